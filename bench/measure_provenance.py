"""Measure the provenance stage on saved news pages: wire copies found, cited sources found.

Usage (from the project root):
    python bench/measure_provenance.py [--data ../shared/data/extraction] [--show N] [--jsonl F]

Reads both extraction sets (ScrapingHub: ground-truth.json gives each page's URL; WCXB: each
ground-truth file's `url`), runs the page stage and `provenance.trace()` on every page with the
page's own URL, and prints: pages read, pages with a syndication finding (and the evidence
kinds), outbound links in the body and named sources (identified against the registry or not),
disclosures and ClaimReview found, and body links that pass through a wrapper (unwrapped
offline) or point at a social account. `--show N` prints N syndication findings with their
evidence for reading by hand; `--jsonl` writes one line per page for closer checks.
There is no reference implementation to compare against, so this prints counts, not ratios.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.errors import AnnotatorError  # noqa: E402
from annotator.page.decode import decode_html  # noqa: E402
from annotator.page.read import read_page  # noqa: E402
from annotator.provenance import trace  # noqa: E402
from annotator.sources import default_registry  # noqa: E402
from annotator.sources.social import account  # noqa: E402
from annotator.sources.wrappers import unwrap  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "extraction"


def pages(data: Path) -> list[tuple[str, Path, str]]:
    out = []
    sh = data / "scrapinghub"
    if (sh / "ground-truth.json").is_file():
        truth = json.loads((sh / "ground-truth.json").read_text())
        for pid, rec in sorted(truth.items()):
            path = sh / "html" / f"{pid}.html.gz"
            if path.is_file():
                out.append((f"scrapinghub/{pid}", path, rec.get("url") or ""))
    wc = data / "wcxb-dev-articles"
    for gt in sorted((wc / "ground-truth").glob("*.json")):
        path = wc / "html" / f"{gt.stem}.html.gz"
        if path.is_file():
            out.append((f"wcxb/{gt.stem}", path, json.loads(gt.read_text()).get("url") or ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--jsonl", type=Path)
    args = ap.parse_args()
    reg = default_registry()
    counts: Counter[str] = Counter()
    evidence: Counter[str] = Counter()
    wrappers: Counter[str] = Counter()
    shown = 0
    out = args.jsonl.open("w") if args.jsonl else None
    for name, path, url in pages(args.data):
        html, _, _ = decode_html(gzip.decompress(path.read_bytes()), None)
        try:
            page = read_page(html=html, url=url or None)
        except AnnotatorError:
            counts["unreadable"] += 1
            continue
        counts["pages"] += 1
        match = reg.lookup(url) if url else reg.lookup(page.article.canonical_url)
        prov = trace(page.article, match, reg, url=url or None, tree=page.tree, jsonld=page.jsonld)
        counts["outlet matched"] += match.status == "matched"
        if prov.syndication:
            counts["syndicated"] += 1
            counts["syndicated, original identified"] += bool(prov.syndication.original and
                                                             prov.syndication.original.outlet_id)
            for why in prov.syndication.evidence:
                evidence[why.split(":")[0].split(" (")[0].split(" '")[0]] += 1
            if shown < args.show:
                shown += 1
                orig = prov.syndication.original
                print(f"{name} {url}\n  host: {prov.syndication.host.name} "
                      f"original: {orig.name if orig else None}\n  "
                      + "\n  ".join(prov.syndication.evidence))
        links = [c for c in prov.cited if c.kind == "link"]
        named = [c for c in prov.cited if c.kind == "named"]
        counts["pages with body links"] += bool(links)
        counts["body links"] += len(links)
        counts["body links identified"] += sum(1 for c in links if c.source.outlet_id)
        for c in links:
            found = unwrap(c.source.url or "")
            if found:
                wrappers[found.via] += 1
            if account(c.source.url or ""):
                wrappers["social account"] += 1
                wrappers["social account, outlet identified"] += bool(c.source.outlet_id)
        counts["pages with named sources"] += bool(named)
        counts["named sources"] += len(named)
        counts["pages with disclosures"] += bool(prov.disclosures)
        counts["pages with ClaimReview"] += bool(prov.fact_checks)
        counts["canonical on another site"] += bool(prov.canonical_warning)
        if out:
            out.write(json.dumps({"page": name, "url": url,
                                  "provenance": prov.model_dump(mode="json")}) + "\n")
    print(json.dumps(counts, indent=2))
    print("syndication evidence kinds:", json.dumps(evidence, indent=2))
    print("body links through wrappers or to social accounts:", json.dumps(wrappers, indent=2))


if __name__ == "__main__":
    main()
