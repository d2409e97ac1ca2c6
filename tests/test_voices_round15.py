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


# 2. "It" never stands for a plural: when the last group the article named is plural
# ("Republicans", "many workers"), an "it" after it names no one (an older name is as likely
# another thing as its antecedent); "they" still stands for the group.


def test_it_after_a_plural_group_is_not_that_group() -> None:
    body = [
        "Republicans gathered in the hall on Monday to cast their votes.",
        "It was supposed to be the smoothest of votes, but it showed that the party was a "
        "shambles.",
    ]
    assert _who(body, 1, "shambles") == ("paraphrase", "")


def test_it_after_lower_case_plural_workers_is_not_the_workers() -> None:
    body = [
        "Many factory workers say they feel betrayed by the plant's owners.",
        "It could also encourage Lund to stay in the race, and it suggests that the owners were "
        "callous.",
    ]
    assert _who(body, 1, "callous")[1] != "Many factory workers"


def test_it_after_a_singular_body_still_resolves() -> None:
    body = [
        "The Harbour League released its budget on Monday.",
        "It said the plan was a disgrace.",
    ]
    assert _who(body, 1, "disgrace") == ("paraphrase", "The Harbour League")


def test_it_after_a_body_named_with_a_plural_word_still_resolves() -> None:
    body = [
        "The Daily Times published the letters on Monday.",
        "It said the mayor's plan was a disgrace.",
    ]
    assert _who(body, 1, "disgrace") == ("paraphrase", "The Daily Times")


def test_they_after_a_plural_group_is_still_that_group() -> None:
    body = [
        "Senate aides said on Friday that the talks had stalled.",
        "They added that the budget was a disgrace.",
    ]
    assert _who(body, 1, "disgrace") == ("paraphrase", "Senate aides")
