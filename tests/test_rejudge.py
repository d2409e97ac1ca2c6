"""bench/rejudge.py: page files parsed back into flags, and judgements carried over honestly."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.rejudge import Flag, flags_of, verdict  # noqa: E402

PAGE = """# page.txt
genre: news (x); topic: public_affairs (score 3.0)
outlet: no_url
HEADLINE: Mayor slammed over plan

- FLAG 'slammed' entry=slammed cat=attribution sev=low voice=outlet speaker=None shown=True
    context: Mayor [[slammed]] over plan
    neutral: ['criticized']
- FLAG "mayor's folly" entry=folly cat=loaded sev=medium voice=quoted speaker=Ann Lee shown=False
    context: called it "the [[mayor's folly]]," she said
    neutral: ['mistake']
- FLAG 'slammed' entry=slammed cat=attribution sev=low voice=outlet speaker=None shown=False \
repeat=True
    context: The council [[slammed]] it again
    neutral: ['criticized']

BODY:
text
"""


def test_page_files_parse_back_into_flags_with_context() -> None:
    flags = flags_of(PAGE)
    assert [f.text for f in flags] == ["slammed", "mayor's folly", "slammed"]
    assert not flags[2].shown  # a page file written while repeats were out of the default view
    assert flags[1].speaker == "Ann Lee" and flags[1].voice == "quoted"
    assert flags[0].shown and not flags[1].shown
    assert flags[0].context == "Mayor [[slammed]] over plan"


def test_a_judgement_carries_over_only_when_it_did_not_depend_on_what_changed() -> None:
    old = Flag("folly", "folly", "quoted", "Ann Lee", True, "c")
    moved = Flag("folly", "folly", "paraphrase", "Bo Kim", True, "c")
    assert verdict((old, "right", ""), old) == "right"
    assert verdict((old, "right", ""), moved) == "changed"
    assert verdict((old, "wrong_voice", ""), moved) == "changed"
    assert verdict((old, "wrong_sense", ""), moved) == "wrong_sense"
    assert verdict((old, "trivial", ""), moved) == "trivial"
    assert verdict(None, moved) == "new"
