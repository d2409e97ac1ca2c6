"""Verbs of attack report a view only with "as": "the Democrats demonized conservatives as
racist" gives "racist" to the Democrats; "demonized conservatives for years" reports nothing
anyone said. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


def test_a_label_after_demonized_as_is_the_subjects() -> None:
    text = "For years the Democrats have demonized conservatives as racist and sexist."
    assert _who([text], 0, "racist") == ("paraphrase", "the Democrats")
    assert _who(["Critics smeared the mayor as a traitor."], 0, "traitor") == (
        "paraphrase",
        "Critics",
    )


def test_without_as_nothing_is_reported() -> None:
    assert _who(["The Democrats have demonized conservatives for years."], 0, "years") == (
        "outlet",
        "",
    )
    assert _who(["The campaign tried to vilify the senator."], 0, "senator") == ("outlet", "")
