"""Round fifteen of voice and speaker fixes (session 17), chosen from the errors on PolNeAR
train and ptc-tune at scale, not from single pages. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

# 1. An empty "it" before "seems" or "appears" stands for no one: the hedge keeps its
# paraphrase voice (PolNeAR marks it an attribution without a source) but no speaker, not
# the last thing or person an "it" could stand for.


def test_it_seems_that_names_no_speaker() -> None:
    body = [
        "The Harbour League released its budget on Monday.",
        "It seems that the council has lost patience with the reckless plan.",
    ]
    assert _who(body, 1, "reckless") == ("paraphrase", "")


def test_it_appears_with_an_aside_names_no_speaker() -> None:
    body = [
        "Mayor Ana Ruiz spoke to the board for an hour.",
        "It appears, though, that the vote was a fiasco for everyone.",
    ]
    assert _who(body, 1, "fiasco") == ("paraphrase", "")


def test_it_now_seems_with_an_adjective_names_no_speaker() -> None:
    body = [
        "The Texas delegation met on Friday.",
        "It now seems inevitable that Lund and Olsen will lose the vote in a rout.",
    ]
    assert _who(body, 1, "rout") == ("paraphrase", "")


def test_a_quote_in_a_sentence_that_names_its_source_keeps_that_source() -> None:
    body = [
        "The Gazette ran the emails on Tuesday.",
        "According to Tom Lee, it appears that the “disaster” was a reply to a post.",
    ]
    assert _who(body, 1, "disaster") == ("quoted", "Tom Lee")


def test_it_appears_to_show_still_reports_its_antecedent() -> None:
    body = [
        "The Harbour League published a long report on Monday.",
        "It appears to show that the agency hid the shameful data.",
    ]
    assert _who(body, 1, "shameful") == ("paraphrase", "The Harbour League")


def test_a_person_who_seems_to_say_is_still_the_speaker() -> None:
    body = ["Ana Ruiz seemed to suggest that the plan was a disgrace."]
    assert _who(body, 0, "disgrace") == ("paraphrase", "Ana Ruiz")
