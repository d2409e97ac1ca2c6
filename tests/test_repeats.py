"""The default view lists each framing choice once: a later flag of the same entry in the same
voice and speaker is a repeat, out of the default view but in the JSON, under `--all` and among
the extension's highlights. Every sentence here is our own."""

from __future__ import annotations

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag, Report
from annotator.report.sections import in_view

_BODY = (
    "The thugs who looted the depot escaped before dawn.\n\n"
    "Residents watched as the thugs cut the fence.\n\n"
    '"These thugs must go," Mayor Ann Patel said on Monday.\n\n'
    "By noon the thugs were gone."
)


def _flags(body: str = _BODY) -> list[Flag]:
    found = flag(Article(headline="", body=body), default_lexicon(), genre="news",
                 topic="public_affairs")
    return [f for f in found if f.text.lower() == "thugs"]


def test_a_word_the_outlet_repeats_is_shown_once() -> None:
    outlet = [f for f in _flags() if f.voice == "outlet"]
    assert len(outlet) == 3
    assert [(f.shown, f.repeat) for f in outlet] == [(True, False), (False, True), (False, True)]


def test_the_same_word_in_a_speakers_mouth_is_its_own_choice() -> None:
    quoted = [f for f in _flags() if f.voice == "quoted"]
    assert len(quoted) == 1 and quoted[0].shown and not quoted[0].repeat


def test_a_flag_hidden_for_another_reason_is_not_called_a_repeat() -> None:
    body = 'By morning, "these thugs must go" was painted on the wall.\n\n"Thugs!" someone cried.'
    assert all(not f.repeat and not f.shown for f in _flags(body))


def test_the_listed_flag_says_where_the_word_comes_back() -> None:
    report = Report.model_construct(flags=_flags())
    wheres = {o.flag.voice: o.where for o in in_view(report)}
    assert wheres["outlet"] == "para 1; again in para 2, 4"
    assert wheres["quoted"] == "para 3"
    assert len(in_view(report, show_all=True)) == 4
