"""Hostile inputs from issue 8: response size and CPU for repetitive posted HTML (the selector
case) and for one-paragraph text (the lexicon-overlap case); both should grow linearly.

Usage (from the project root):
    python bench/bench_hostile.py [--units 2000 4000 8000]

Posted HTML goes through the API app in-process (TestClient, no network); the text goes
through annotate(). Prints bytes out per character in and CPU seconds per size, so a
quadratic step shows as a ratio that doubles with the input.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

UNIT = "regime terrorists martyr zionist entity "


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--units", type=int, nargs="+", default=[2000, 4000, 8000])
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from annotator.pipeline import annotate
    from annotator.server import Settings, create_app

    settings = Settings(rate_limit=0, max_body=50_000_000, request_timeout=600)
    client = TestClient(create_app(settings))
    print("posted HTML (one <p>):")
    for n in args.units:
        html = f"<html><body><h1>News</h1><p>{UNIT * n}</p></body></html>"
        t = time.process_time()
        r = client.post("/v1/annotate", json={"url": "https://page.test/a", "html": html})
        cpu = time.process_time() - t
        print(f"  {len(html):>9} chars -> HTTP {r.status_code} {len(r.content):>10} bytes "
              f"({len(r.content) / len(html):.1f} per char), {cpu:.2f} s CPU")
    print("one-paragraph text through annotate():")
    for n in args.units:
        text = "Headline\n\n" + UNIT * (n * 5)
        t = time.process_time()
        report = annotate(text=text, url="https://page.test/a")
        cpu = time.process_time() - t
        print(f"  {len(text):>9} chars -> {len(report.flags)} flags, {cpu:.2f} s CPU "
              f"({cpu / len(text) * 1e6:.2f} us per char)")


if __name__ == "__main__":
    main()
