"""`python -m annotator.cli`."""

from . import main

main()
