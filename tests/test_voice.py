"""Voices: quotation styles, speaker attribution, paraphrase and continuation."""

from __future__ import annotations

import pytest

from annotator.framing.voices import find_quotes, segment_body, voice_at


def _voice_of(paragraphs: list[str], para: int, word: str) -> tuple[str, str | None]:
    spans = segment_body(paragraphs)[para]
    return voice_at(spans, paragraphs[para].index(word))


@pytest.mark.parametrize(
    "text",
    [
        'The minister said "the plan is reckless" on Monday.',
        "The minister said “the plan is reckless” on Monday.",
        "The minister said «the plan is reckless» on Monday.",
        "The minister said „the plan is reckless“ on Monday.",
        "The minister said ‘the plan is reckless’ on Monday.",
        "The minister said 'the plan is reckless' on Monday.",
        "The minister said »the plan is reckless« on Monday.",
    ],
)
def test_every_quotation_style_is_quoted(text: str) -> None:
    assert _voice_of([text], 0, "reckless")[0] == "quoted"
    assert _voice_of([text], 0, "Monday")[0] == "outlet"


def test_apostrophes_are_not_quotes() -> None:
    text = "Iraq’s government and the party's leader don't agree."
    assert find_quotes(text) == []


def test_nested_quotes_stay_in_outer_quote() -> None:
    text = "“He told me ‘never again’ and left,” said Ana Ruiz."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert _voice_of([text], 0, "never") == ("quoted", "Ana Ruiz")


def test_unbalanced_quote_runs_to_paragraph_end() -> None:
    text = "Ana Ruiz said: “The budget is a disgrace and everyone knows it"
    assert find_quotes(text) == [(15, len(text), False)]
    assert _voice_of([text], 0, "disgrace") == ("quoted", "Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The plan is reckless,” said Ana Ruiz.", "Ana Ruiz"),
        ("“The plan is reckless,” Ana Ruiz said.", "Ana Ruiz"),
        ("Ana Ruiz said: “The plan is reckless.”", "Ana Ruiz"),
        ("“The plan is reckless,” according to Ana Ruiz.", "Ana Ruiz"),
        ("Ana Ruiz criticised the budget, adding, “The plan is reckless.”", "Ana Ruiz"),
    ],
)
def test_speaker_attribution_forms(text: str, speaker: str) -> None:
    assert _voice_of([text], 0, "reckless") == ("quoted", speaker)


def test_quote_continues_in_next_paragraph_with_its_speaker() -> None:
    paras = [
        "“We will not retreat,” said Mayor Jonas Berg.",
        "“The opposition is a gang of saboteurs and we will say so.”",
        "The council meets again on Friday.",
    ]
    assert _voice_of(paras, 1, "saboteurs") == ("quoted", "Mayor Jonas Berg")
    assert _voice_of(paras, 2, "Friday")[0] == "outlet"


def test_open_quote_paragraph_convention() -> None:
    # Newspaper style: an unclosed quote that resumes in the next paragraph.
    paras = ["Ana Ruiz said: “The plan is reckless.", "“It is also cruel,” she added."]
    assert _voice_of(paras, 1, "cruel") == ("quoted", "Ana Ruiz")


def test_pronoun_resumes_last_named_speaker() -> None:
    paras = ["Ana Ruiz spoke for an hour.", "“This is a scandal,” she added."]
    # "she" resolves to the last *named speaker*; none was named in a speech verb yet.
    assert _voice_of(paras, 1, "scandal")[0] == "quoted"
    paras = ["“Enough,” said Ana Ruiz.", "“This is a scandal,” she added."]
    assert _voice_of(paras, 1, "scandal") == ("quoted", "Ana Ruiz")


def test_paraphrase_said_that() -> None:
    text = "The minister Ana Ruiz said that the plan was reckless. The vote is on Friday."
    assert _voice_of([text], 0, "reckless")[0] == "paraphrase"
    assert _voice_of([text], 0, "Friday")[0] == "outlet"


def test_paraphrase_according_to() -> None:
    text = "According to Ana Ruiz, the plan is reckless."
    assert _voice_of([text], 0, "reckless") == ("paraphrase", "Ana Ruiz")


def test_paraphrase_trailing_he_added() -> None:
    paras = ["“Enough,” said Ana Ruiz.", "The plan is reckless and doomed, she added."]
    assert _voice_of(paras, 1, "reckless") == ("paraphrase", "Ana Ruiz")


def test_epithet_chain_is_trimmed_from_speaker_name() -> None:
    text = (
        "Leader of the Ummah and Beloved Guide Ayatollah Ali Khamenei said that the talks "
        "were useful."
    )
    assert _voice_of([text], 0, "useful") == ("paraphrase", "Ayatollah Ali Khamenei")


def test_narration_is_outlet_voice() -> None:
    text = "The reckless plan passed on Monday."
    assert _voice_of([text], 0, "reckless") == ("outlet", None)


def test_quote_carried_over_without_opening_mark_until_its_close() -> None:
    # One sentence a line (as in sentence-split corpora): the quote opens on one line and
    # closes on the next without a new opening mark.
    paras = ["“The plan is reckless.", "It is also cruel,” said Ana Ruiz.", "The vote is Friday."]
    assert _voice_of(paras, 1, "cruel") == ("quoted", "Ana Ruiz")
    assert _voice_of(paras, 2, "vote")[0] == "outlet"


def test_unclosed_quote_does_not_swallow_the_next_plain_paragraph() -> None:
    paras = ["Ana Ruiz said: “The plan is reckless.", "The council voted on Friday."]
    assert _voice_of(paras, 1, "council")[0] == "outlet"


def test_sentences_separated_by_closing_quote_and_spaces_terminate() -> None:
    # A closing mark and several spaces between sentences once made the sentence walk loop.
    text = "He spoke.”   Then she left.  “Fine,” said Ana Ruiz.   According to Ana Ruiz, it ended."
    spans = segment_body([text])[0]
    assert any(s.voice == "paraphrase" and s.speaker == "Ana Ruiz" for s in spans)


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ("Ali Khan said the regime had massacred protesters.", "massacred", "Ali Khan"),
        ("Minister Ali Khan said on Monday that the regime lied.", "lied", "Minister Ali Khan"),
        ("Ali Khan told Reuters that the regime lied.", "lied", "Ali Khan"),
        ("Ali Khan told Reuters the regime lied.", "lied", "Ali Khan"),
        ("Ali Khan said in a statement that the regime lied.", "lied", "Ali Khan"),
        ("The regime lied to everyone, the minister said.", "lied", "the minister"),
        ("The regime lied to everyone, said Ali Khan.", "lied", "Ali Khan"),
        ("Jones, however, called the militants freedom fighters.", "freedom", "Jones"),
        ("Police said the thugs fled.", "thugs", "Police"),
    ],
)
def test_reported_speech_in_common_wire_phrasing(text: str, word: str, speaker: str) -> None:
    assert _voice_of([text], 0, word) == ("paraphrase", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“They lied to us,” Ali Khan, the defence minister, told reporters.", "Ali Khan"),
        ("“They lied to us,” the defence minister said.", "the defence minister"),
        ("“They lied to us,” the ministry said in a statement.", "the ministry"),
    ],
)
def test_quote_attributed_to_described_speaker(text: str, speaker: str) -> None:
    assert _voice_of([text], 0, "lied") == ("quoted", speaker)


def test_plain_narration_stays_outlet_voice() -> None:
    assert _voice_of(["The regime lied to everyone on Monday."], 0, "lied") == ("outlet", None)
    assert _voice_of(["Police said the thugs fled. The regime lied later."], 0, "lied")[0] == (
        "outlet"
    )


def test_an_apostrophe_before_a_quote_does_not_hide_it() -> None:
    from annotator.framing.quotes import find_quotes

    text = "Park said in ‘08 that it was over. “It is over,” he said. “It ‘is’ done.”"
    quotes = find_quotes(text)
    assert [text[s:e] for s, e, _ in quotes] == ["“It is over,”", "“It ‘is’ done.”"]
    # A real single quotation round a double one is one quotation.
    british = "‘He said “no” to me’ was all."
    assert [british[s:e] for s, e, _ in find_quotes(british)] == ["‘He said “no” to me’"]


def test_a_word_list_as_a_trie_matches_exactly_its_words() -> None:
    import re

    from annotator.framing.speakers import GROUP_NOUNS, ROLE_WORDS, TITLE_ABBREV, alternation

    for options in (GROUP_NOUNS, ROLE_WORDS, TITLE_ABBREV):
        listed, trie = re.compile(f"(?:{options})"), re.compile(alternation(options))
        for word in set(options.split("|")):
            for probe in (word, word[:-1], word + "s", word + "x", "x" + word, word.upper()):
                assert bool(listed.fullmatch(probe)) == bool(trie.fullmatch(probe)), probe
