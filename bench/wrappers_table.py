"""Print a table of wrapper addresses unwrapped offline and the outlet each original names.

Usage (from the project root):  python bench/wrappers_table.py

One example address per kind of wrapper, each unwrapped by `sources.wrappers.unwrap` and looked up
in the bundled registry (no network). For how often wrappers occur in real article bodies, see
bench/measure_provenance.py.
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.sources import default_registry  # noqa: E402
from annotator.sources.wrappers import unwrap  # noqa: E402


def _gnews(url: str) -> str:
    record = b"\x08\x13\x22" + bytes([len(url)]) + url.encode() + b"\xd2\x01\x00"
    return "https://news.google.com/rss/articles/" + base64.urlsafe_b64encode(record).decode()


EXAMPLES = [
    "https://web.archive.org/web/20200721123456/https://english.almanar.com.lb/1",
    "https://archive.org/wait/https://www.rt.com/news/3/",
    "https://archive.ph/20200721123456/https://www.presstv.ir/Detail/2",
    "https://archive.ph/2020.07.21-123456/https://www.presstv.ir/Detail/1",
    "https://www-rt-com.cdn.ampproject.org/c/s/www.rt.com/news/1/amp/",
    "https://www.google.com/amp/s/www.presstv.ir/Detail/1/amp",
    "https://www-rt-com.translate.goog/news/1/?_x_tr_sl=en&_x_tr_tl=fr",
    "https://webcache.googleusercontent.com/search?q=cache:AbCdEf12345:https://www.rt.com/news/1/",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.presstv.ir%2FDetail%2F1&h=AT0x",
    _gnews("https://www.reuters.com/world/x-2020/"),
    "https://www.google.com/url?q=https://english.almanar.com.lb/1&sa=D",
    "https://nam04.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.tasnimnews.com%2Fen",
    "https://t.me/s/rtnews/12345",
    "https://www.youtube.com/@PressTV/videos",
    "https://news.google.com/articles/CBMiAU_yqLtoken",
]


def main() -> None:
    reg = default_registry()
    print("| address | unwrapped via | original | outlet |")
    print("| --- | --- | --- | --- |")
    for url in EXAMPLES:
        found = unwrap(url)
        original = found.original if found else url
        match = reg.lookup(original)
        outlet = match.outlet.name if match.outlet else f"none ({match.how or match.status})"
        shown = url if len(url) <= 70 else url[:67] + "..."
        via = found.via if found else "-"
        print(f"| `{shown}` | {via} | {original if found else '-'} | {outlet} |")


if __name__ == "__main__":
    main()
