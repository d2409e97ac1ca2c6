"""A label after a passive verb of praise or blame with "as" is the critics' (or admirers')
word, not the writer's: "was widely condemned as fearmongering". The agent, where the sentence
names one ("by Senate Democrats"), speaks it."""

from __future__ import annotations

import pytest

from annotator.framing.voices import segment_body
from annotator.pipeline import annotate

HEADLINE = "Campaign news of the day for voters\n\n"


def _flag(sentence: str, word: str) -> tuple[str, str | None, bool]:
    report = annotate(text=HEADLINE + sentence)
    (hit,) = [f for f in report.flags if f.text == word]
    return hit.voice, hit.speaker, hit.shown


@pytest.mark.parametrize(
    ("sentence", "word", "speaker"),
    [
        # nobody named: a view reported, so out of the default view (an unnamed speaker)
        (
            "His ongoing rhetoric has been widely condemned as fearmongering, both in America "
            "and abroad.",
            "fearmongering",
            None,
        ),
        ("The plan has been criticized as a boondoggle.", "boondoggle", None),
        # the agent after the label
        (
            "His rhetoric was condemned as fearmongering by Senate Democrats on Tuesday.",
            "fearmongering",
            "Senate Democrats",
        ),
        (
            "They were regularly denounced as nativists by party elites, many of whom now back "
            "the wall.",
            "nativists",
            "party elites",
        ),
        # the agent before "as"
        (
            "Lazio was quickly dismissed by the media and voters as an un-senatorial bumbler.",
            "bumbler",
            "the media and voters",
        ),
    ],
)
def test_a_passive_view_is_someone_elses_label(
    sentence: str, word: str, speaker: str | None
) -> None:
    voice, who, shown = _flag(sentence, word)
    assert (voice, who) == ("paraphrase", speaker)
    assert not shown


def test_the_label_ends_where_a_new_clause_starts() -> None:
    # "and the illegal aliens ordered deported" is the writer's own clause
    voice, _, shown = _flag(
        "The claims were rejected as unsubstantiated and the illegal aliens ordered deported.",
        "illegal aliens",
    )
    assert (voice, shown) == ("outlet", True)


def test_a_hedged_passive_is_the_writers_own() -> None:
    assert _flag("The rhetoric could be criticized as fearmongering.", "fearmongering")[0] == (
        "outlet"
    )


def test_a_dash_ends_the_label_and_a_participles_agent_is_not_the_viewer() -> None:
    text = "Lazio, who was regarded as a lightweight — was dismissed early on."
    (span,) = segment_body([text])[0]
    assert text[span.start : span.end].strip() == "as a lightweight"
    text = "Clinton is seen as a leader for Americans exasperated by the gridlocked government."
    (span,) = segment_body([text])[0]
    assert (span.voice, span.speaker) == ("paraphrase", None)
    text = "The hiring was seen by some as a demotion for him."
    (span,) = segment_body([text])[0]
    assert (span.voice, span.speaker) == ("paraphrase", None)


def test_the_reporter_not_the_recounted_speaker_goes_on_speaking() -> None:
    # the quote inside Susan's report is her friends' words; the next paragraph is hers
    paras = [
        "Her friends have mocked the mayor's plan, calling Ruiz “an orange buffoon,” Susan said "
        "as she turned around.",
        "“But she's our orange buffoon, and we love her!”",
    ]
    first, second = segment_body(paras)
    assert [s.speaker for s in first if s.voice == "quoted"] == ["Her friends"]
    assert [(s.voice, s.speaker) for s in second] == [("quoted", "Susan")]


@pytest.mark.parametrize(
    ("sentence", "word", "speaker"),
    [
        (
            "His call to deport 11 million people, denounced as impossible and inhumane, has "
            "substantial support.",
            "inhumane",
            None,
        ),
        ("Trump, dismissed as a clown by party elders, won the primary.", "clown", "party elders"),
    ],
)
def test_a_reduced_relative_is_a_passive_view(
    sentence: str, word: str, speaker: str | None
) -> None:
    assert _flag(sentence, word)[:2] == ("paraphrase", speaker)


def test_present_as_is_a_view_and_ends_before_a_clause_of_reason() -> None:
    sentence = "Clinton is attempting to present Sanders as a traitor to the cause."
    assert _flag(sentence, "traitor")[:2] == ("paraphrase", "Clinton")
    # no "as": nothing anyone said
    sentence = "The mayor presented the award to a traitor of the cause on Monday."
    assert _flag(sentence, "traitor")[0] == "outlet"
    text = (
        "Switzerland presents itself as an excellent barometer of public sentiment, as the "
        "country's system tracks the rise of xenophobia gripping Europe."
    )
    assert _flag(text, "xenophobia")[0] == "outlet"
    # "just as": a comparison, not a view
    assert segment_body(["She presented herself just as many other women on the app would."]) == [
        []
    ]


def test_a_scare_quoted_object_and_a_habitual_verb_keep_the_view() -> None:
    sentence = (
        "On the same day, Trump continued to portray “illegal” immigrants as violent criminals."
    )
    assert _flag(sentence, "violent criminals")[:2] == ("paraphrase", "Trump")
    text = "Where he used to boast that he had decimated the rebels, he now says they endure."
    spans = segment_body(["Mayor Ana Ruiz spoke on Monday.", text])[1]
    (boast,) = [s for s in spans if text[s.start : s.end].startswith("that he had decimated")]
    assert (boast.voice, boast.speaker) == ("paraphrase", "Mayor Ana Ruiz")
    # a participle of "use" is no habit: "a term Rubio has used to describe" reports nothing
    text = "“Who is the real con man?” said Murphy, using a term Rubio has used to describe him."
    assert all(s.speaker != "Rubio" for s in segment_body([text])[0])


def test_a_relative_clause_after_a_dash_is_its_antecedents() -> None:
    text = (
        "Trump ignored the allies after his meeting with Kim – who routinely blasts Japan and "
        "South Korea as ‘America’s stooges.’"
    )
    assert _flag(text, "stooges")[:2] == ("quoted", "Kim")
