"""`python -m annotator.cli`."""

from . import run

run()
