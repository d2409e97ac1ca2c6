"""Attribution and speakers: reporting verbs of every kind, tags before and after quotes,
paragraph forms (credits, transcripts, posts, "X tweeted:"), headlines, and pronouns and role
nouns resolved to the last compatible named speaker. Every sentence here is invented."""

from __future__ import annotations

import itertools

import pytest

from annotator.framing.subjects import subject_before
from annotator.framing.voices import Span, segment


def _at(headline: str, paragraphs: list[str], para: int | None, word: str) -> Span | None:
    """The span holding `word` in the headline (para=None) or in paragraph `para`."""
    seg = segment(headline, paragraphs)
    text, spans = (headline, seg.headline) if para is None else (paragraphs[para], seg.body[para])
    pos = text.index(word)
    return next((s for s in spans if s.start <= pos < s.end), None)


def _who(headline: str, paragraphs: list[str], para: int | None, word: str) -> tuple[str, ...]:
    span = _at(headline, paragraphs, para, word)
    return ("outlet",) if span is None else (span.voice, span.speaker or "", span.how)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ana Ruiz accused the council of hiding the audit.", "hiding"),
        ("Ana Ruiz praised the volunteers for their patience.", "patience"),
        ("Ana Ruiz argued that the levy was unfair.", "levy"),
        ("Ana Ruiz warned that the bridge would close.", "bridge"),
        ("Ana Ruiz urged residents to vote early.", "residents"),
        ("Ana Ruiz hoped the ferry would run again.", "ferry"),
        ("Ana Ruiz believes the levy is unfair.", "levy"),
        ("Ana Ruiz endorsed the harbour plan.", "harbour"),
        ("Ana Ruiz on Tuesday criticized the harbour plan.", "harbour"),
        ("Ana Ruiz (D-Ore.) opposes the harbour plan.", "harbour"),
    ],
)
def test_reporting_verbs_beyond_said(text: str, word: str) -> None:
    assert _who("", [text], 0, word) == ("paraphrase", "Ana Ruiz", "named")


def test_according_to_documents_polls_and_learned() -> None:
    paras = [
        "According to a report by the harbour board, the ferry lost money.",
        "A new poll found that most residents want the ferry back.",
        "The Coastal Courier has learned that the ferry will be sold.",
    ]
    assert _who("", paras, 0, "ferry") == ("paraphrase", "a report by the harbour board", "named")
    assert _who("", paras, 1, "residents") == ("paraphrase", "A new poll", "named")
    assert _who("", paras, 2, "sold") == ("paraphrase", "The Coastal Courier", "named")
    assert _who("", paras, 0, "According") == ("outlet",)  # the cue is the outlet's


def test_citing_and_group_speakers() -> None:
    paras = [
        "Mayor Ana Ruiz resigned on Friday, citing her health.",
        "Organizers said in a statement that the march would go ahead.",
        "Western diplomats said the talks had stalled.",
    ]
    assert _who("", paras, 0, "health")[:2] == ("paraphrase", "Mayor Ana Ruiz")
    assert _who("", paras, 1, "march") == ("paraphrase", "Organizers", "named")
    assert _at("", paras, 1, "statement") is None  # the adverbial is not what was said
    assert _who("", paras, 2, "stalled") == ("paraphrase", "Western diplomats", "named")


def test_stray_nouns_are_not_speakers() -> None:
    paras = [
        "Harbour spokesman Leo Park said the pier was safe.",
        "The report found that the pier was safe.",
        "Western banks lent the money in March.",
    ]
    assert _who("", paras, 0, "pier")[1] == "Leo Park"
    assert _who("", paras, 1, "pier")[1] == "The report"
    assert _who("", paras, 2, "money") == ("outlet",)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will march again,” said the Rev. Ada Lind.", "Rev. Ada Lind"),
        ("“We will march again,” said Sen. Ada Lind, the harbour Democrat.", "Sen. Ada Lind"),
        ("“We will march again,” Ada Lind, the harbour chair, told reporters.", "Ada Lind"),
        ("''We will march again,'' said Ms. Lind.", "Ms. Lind"),
    ],
)
def test_tag_after_the_quote(text: str, speaker: str) -> None:
    assert _who("", [text], 0, "march")[:2] == ("quoted", speaker)


def test_quote_tag_with_according_to_keeps_the_nearest_speaker() -> None:
    text = "“The pier is safe,” said Ada Lind, according to her office."
    assert _who("", [text], 0, "pier")[:2] == ("quoted", "Ada Lind")


def test_quoted_label_inside_a_verb_is_the_subjects() -> None:
    paras = [
        "Ana Ruiz blamed the council for the ‘reckless’ budget.",
        "Ana Ruiz condemned the levy as “a betrayal.”",
        "Ana Ruiz called the plan “a fraud” on Monday.",
    ]
    assert _who("", paras, 0, "reckless")[:2] == ("quoted", "Ana Ruiz")
    assert _who("", paras, 1, "betrayal")[:2] == ("quoted", "Ana Ruiz")
    assert _who("", paras, 2, "fraud")[:2] == ("quoted", "Ana Ruiz")


def test_quote_opening_a_line_and_running_over_sentences_and_paragraphs() -> None:
    paras = [
        "“The pier is unsafe. It will fall. Everyone knows it,” Ana Ruiz said.",
        "“We will close it.",
        "“And we will rebuild it,” she added.",
        "The council meets on Friday.",
    ]
    assert _who("", paras, 0, "fall")[:2] == ("quoted", "Ana Ruiz")
    assert _who("", paras, 1, "close") == ("quoted", "Ana Ruiz", "named")
    assert _who("", paras, 2, "rebuild") == ("quoted", "Ana Ruiz", "pronoun")
    assert _who("", paras, 3, "council") == ("outlet",)


def test_headline_quotes() -> None:
    body = ["Mayor Ana Ruiz said on Monday that her rival was weak."]
    # Single curly quotes in a headline, after a reporting verb in title case.
    assert _who("Ruiz Invokes ‘Pervert’ Ferry Boss", body, None, "Pervert")[:2] == (
        "quoted",
        "Ruiz",
    )
    # With no reporting verb, the quote is the speaker's the body names before it.
    assert _who("Ruiz Unleashes ‘Pervert’ Jab", body, None, "Pervert") == (
        "quoted",
        "Mayor Ana Ruiz",
        "named",
    )
    assert _who("Ruiz Says Ferry Will ‘Never Return’", body, None, "Ferry")[:2] == (
        "paraphrase",
        "Ruiz",
    )
    assert _who("Ruiz: Ferry Will Return", body, None, "Ferry")[:2] == ("paraphrase", "Ruiz")
    assert _who("Ferry Returns to the Harbour", body, None, "Ferry") == ("outlet",)


def test_quote_running_from_headline_into_body() -> None:
    body = ["and a fraud,” she told the council.", "The vote is on Friday."]
    head = "Ruiz: “The budget is a disgrace"
    assert _who(head, body, 0, "fraud") == ("quoted", "Ruiz", "pronoun")
    assert _who(head, body, 1, "vote") == ("outlet",)


def test_post_introduced_by_a_colon() -> None:
    paras = ["Ana Ruiz tweeted:", "The council is hiding the audit.", "The vote is on Friday."]
    assert _who("", paras, 1, "audit")[:2] == ("paraphrase", "Ana Ruiz")
    assert _who("", paras, 2, "vote") == ("outlet",)


def test_credits_transcripts_and_embedded_posts() -> None:
    credit = ["This app changed how our team works.", "- Mia Stone, Founder & CEO"]
    assert _who("", credit, 0, "team") == ("quoted", "Mia Stone", "named")
    post = ["The budget is a disgrace.", "— Ana Ruiz (@anaruiz) March 3, 2024"]
    assert _who("", post, 0, "disgrace") == ("quoted", "Ana Ruiz", "named")
    transcript = ["Leo Park: The model was never meant for that.", "Update: the vote moved."]
    assert _who("", transcript, 0, "model") == ("quoted", "Leo Park", "named")
    assert _who("", transcript, 1, "vote") == ("outlet",)  # a label word, not a speaker


def test_pronouns_and_role_nouns_resolve_to_the_last_compatible_speaker() -> None:
    paras = [
        "Sen. Ada Lind said the levy was dead.",
        "Harbour board spokesman Leo Park said the ferry was sold.",
        "The senator added that she would vote against it.",
        "The spokesman said the sale was final.",
        "He also warned that fares would rise.",
        "The harbour board said it would appeal.",
    ]
    assert _who("", paras, 2, "vote") == ("paraphrase", "Sen. Ada Lind", "role_noun")
    assert _who("", paras, 3, "final") == ("paraphrase", "Leo Park", "role_noun")
    assert _who("", paras, 4, "fares") == ("paraphrase", "Leo Park", "pronoun")
    # An institution is itself, not the last person who spoke for it.
    assert _who("", paras, 5, "appeal")[1] == "The harbour board"


def test_capitalised_role_and_host() -> None:
    paras = [
        "Leader of the Harbour Union Grand Ayatollah Ali Vahid said that the talks were useful.",
        "The Leader stressed that the port needs calm.",
        "Radio host Jo Marsh asked whether the plan would work.",
        "“It will not,” the radio host said.",
    ]
    assert _who("", paras, 0, "useful")[1] == "Grand Ayatollah Ali Vahid"
    assert _who("", paras, 1, "calm") == ("paraphrase", "Grand Ayatollah Ali Vahid", "role_noun")
    assert _who("", paras, 3, "not") == ("quoted", "Jo Marsh", "role_noun")


def test_unresolved_pronoun_has_no_speaker() -> None:
    assert _who("", ["She said the pier was safe."], 0, "pier") == ("paraphrase", "", "unknown")


def test_spans_are_disjoint_and_ordered() -> None:
    paras = [
        "Ana Ruiz said the council, which she called “a cartel,” had lied, and Leo Park "
        "agreed that the audit was hidden, according to the minutes."
    ]
    spans = segment("", paras).body[0]
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    assert _who("", paras, 0, "cartel")[:2] == ("quoted", "Ana Ruiz")


def test_report_voices_agree_with_flags() -> None:
    from annotator.pipeline import annotate, sample_path

    for report in (
        annotate(str(sample_path())),
        annotate(
            text="Ruiz Slams ‘Regime’ of Thieves\n\n"
            "Ana Ruiz said the regime had lied.\n\n“The regime is a gang,” she added."
        ),
    ):
        assert report.voices
        for f in report.flags:
            holding = [
                v for v in report.voices if v.field == f.field and v.start <= f.start < v.end
            ]
            if f.entry_id == "scare-quotes":
                continue  # the outlet's device, whatever the span it marks
            voice, speaker = (holding[0].voice, holding[0].speaker) if holding else ("outlet", None)
            assert (f.voice, f.speaker) == (voice, speaker), f.text
        for v in report.voices:
            text = report.article.headline if v.field == "headline" else report.article.body
            assert 0 <= v.start < v.end <= len(text) and text[v.start : v.end].strip()
    sample = annotate(str(sample_path()))
    assert any(v.speaker and "Khamenei" in v.speaker and v.voice == "quoted" for v in sample.voices)


def test_pronouns_skip_a_speaker_of_the_other_gender() -> None:
    paras = [
        "Ms. Ada Lind said the ferry was late.",
        "Mr. Leo Park said the pier was safe.",
        "“It is not,” she said.",
        "“It is,” he said.",
    ]
    assert _who("", paras, 2, "not") == ("quoted", "Ms. Ada Lind", "pronoun")
    assert _who("", paras, 3, "is") == ("quoted", "Mr. Leo Park", "pronoun")


# Speakers seen wrong by an editor, paraphrased: fragments of a sentence, the object or a
# bystander instead of the subject, and an earlier speaker instead of the sentence's subject.
@pytest.mark.parametrize(
    "left",
    [
        "The relief effort comes ahead of the ",  # a clause, not a noun phrase
        "a video posted on his channel - ",  # runs over clause punctuation
        "Ana Ruiz wrote a column mocking the deficit ",  # "deficit" cannot speak
        "Like ",  # a capital opening a sentence proves nothing
        "her former record ",
        "an early question about her plan by ",
        "16, 2012 ",
    ],
)
def test_fragments_are_no_speaker(left: str) -> None:
    assert subject_before(left, at_start=True) is None


@pytest.mark.parametrize(
    ("left", "np"),
    [
        ("Sen. Ada Lind, the harbour chair, has also ", "Sen. Ada Lind"),
        ("A spokeswoman for Mayor Ruiz did not ", "A spokeswoman for Mayor Ruiz"),
        ("People familiar with the talks ", "People familiar with the talks"),
        ("In her speech, Ruiz, who spoke for an hour, ", "Ruiz"),
        ("Nearly a third of the dockers ", "Nearly a third of the dockers"),
        ("The harbour board on Friday ", "The harbour board"),
        ("Most ", "Most"),
    ],
)
def test_speaker_phrases(left: str, np: str) -> None:
    found = subject_before(left, at_start=True)
    assert found is not None and found.np == np


def test_seen_speaker_errors() -> None:
    paras = [
        "Ana Ruiz wrote a column mocking the deficit scolds in her party.",
        "Like most owners, the reviewer is hell-bent on quiet blenders.",
        "Insiders say her former record claimed a win in 2012.",
        "The ministers state in the white paper that the port is open.",
        "Leo Park would not comment on an executive order signed by the governor.",
        "Ada Lind, who wants the levy cut, said the ferry would run again.",
    ]
    assert _who("", paras, 0, "scolds")[:2] == ("paraphrase", "Ana Ruiz")
    assert _who("", paras, 1, "hell-bent") == ("outlet",)
    assert _who("", paras, 2, "claimed")[:2] == ("paraphrase", "Insiders")
    assert _who("", paras, 3, "port")[:2] == ("paraphrase", "The ministers")
    assert _who("", paras, 4, "signed") == ("outlet",)  # "an executive" did not "order"
    assert _who("", paras, 5, "ferry")[:2] == ("paraphrase", "Ada Lind")
    assert _who("", paras, 5, "levy")[:2] == ("paraphrase", "Ada Lind")


def test_pronoun_after_a_sentence_naming_its_subject() -> None:
    # The tweet's author is the subject of the sentence before it, not the last speaker.
    paras = [
        "Calder said the wall was a fantasy.",
        "Dunmore also took several swipes at his rival Jed Bosk.",
        "“Everybody is laughing at Jed. A sad figure!” he wrote.",
    ]
    assert _who("", paras, 2, "sad") == ("quoted", "Dunmore", "pronoun")


def test_a_quote_after_a_plural_tag_of_an_earlier_sentence_is_theirs() -> None:
    para = (
        "“The port is open to all,” the ministers state in the white paper, which was "
        "shared on Thursday. “We share the same enemies as our neighbours.”"
    )
    assert _who("", [para], 0, "enemies")[:2] == ("quoted", "the ministers")


def test_question_and_answer_layout() -> None:
    # The answers are the interviewee's: the person the headline and introduction name most.
    head = "Q&A: Ana Ruiz on the ferry"
    paras = [
        "Ana Ruiz, the harbour master, spoke with Leo Park about the ferry. Ruiz has run the "
        "port since 2019.",
        "Q: Why did the ferry stop? Critics call it “a fiasco.”",
        "A: The engines failed and the board would not pay.",
        "Q: Will it run again? A: Not this year.",
    ]
    assert _who(head, paras, 1, "Why") == ("outlet",)  # the interviewer's question
    assert _who(head, paras, 2, "engines") == ("quoted", "Ana Ruiz", "named")
    assert _who(head, paras, 3, "Not this") == ("quoted", "Ana Ruiz", "named")
    # Two people named alike: the answers are quoted, their speaker unknown.
    tied = ["Ana Ruiz met Leo Park.", "Q: Why?", "A: Money."]
    assert _who("Interview", tied, 2, "Money") == ("quoted", "", "unknown")


@pytest.mark.parametrize(
    ("para", "word", "speaker"),
    [
        ("As Professor Lind put it: “The port is the town.”", "town", "Professor Lind"),
        ("Ruiz responded pointedly, with a smile: “It can happen at 45.”", "happen", "Ruiz"),
        ("The Harbour campaign worded it carefully: “We regret the delay.”", "regret",
         "The Harbour campaign"),
        ("The rule is simple: “no shoes.”", "shoes", ""),
    ],
)
def test_quote_after_a_colon(para: str, word: str, speaker: str) -> None:
    assert _who("", [para], 0, word)[:2] == ("quoted", speaker)


@pytest.mark.parametrize(
    ("para", "word", "speaker"),
    [
        ("“We lost the vote,” said one district harbour leader.", "lost",
         "one district harbour leader"),
        ("“We lost,” said former Ruiz adviser Leo Park.", "lost", "Leo Park"),
        ("“We lost,” said the mayor on Monday.", "lost", "the mayor"),
        ("“Nobody would say no if I asked ‘em. We lost,” Park said. “Again.”", "Again", "Park"),
        # Two apostrophes typed as opening marks inside one quote, then the writer's own words.
        ("“As in the ‘70s or the ‘80s, we lost,” Park said. “Again.” On its face it is odd.",
         "Again", "Park"),
        ("‘Back in the ‘90s we lost,’ Park said.", "Back", "Park"),
        ("After the vote, Sen. Ada Lind (D-Ore.), said, “We lost.”", "lost", "Sen. Ada Lind"),
        ("Park told the Courier in a written statement, “We lost.”", "lost", "Park"),
    ],
)
def test_tags_after_quotes_and_odd_marks(para: str, word: str, speaker: str) -> None:
    assert _who("", [para], 0, word)[:2] == ("quoted", speaker)


@pytest.mark.parametrize(
    "para",
    [
        "“As in the ‘70s or the ‘80s, we lost,” Park said. “Again.” On its face it is odd.",
        "“Back in ‘08 we lost,” Park said. On its face it is odd.",
    ],
)
def test_apostrophes_typed_as_opening_marks_do_not_swallow_the_narration(para: str) -> None:
    assert _who("", [para], 0, "odd")[0] == "outlet"


def test_coordinated_subjects_and_trailing_participles() -> None:
    paras = [
        "Ruiz and her aides believe they can win the harbour vote.",
        "Current and former officials said the audit is casting a shadow.",
        "Ruiz hit back, saying Park was too focused on his campaign to care.",
        "The plan failed and officials said the ferry was sold.",
    ]
    assert _who("", paras, 0, "win")[:2] == ("paraphrase", "Ruiz and her aides")
    assert _who("", paras, 1, "audit")[:2] == ("paraphrase", "Current and former officials")
    assert _who("", paras, 2, "focused")[:2] == ("paraphrase", "Ruiz")  # not Park
    assert _who("", paras, 3, "ferry")[:2] == ("paraphrase", "officials")


def test_closing_tags_shares_and_agreement() -> None:
    paras = [
        "The ferry plan is sickening, Ana Ruiz said Tuesday in Paris.",
        "Six in 10 say the mayor is decisive.",
        "The harbour board itself said the deal was on.",
        "Ruiz calls on the board to lead the fight.",
        'On Friday, Ruiz said "local crews" must lead the repairs.',
        "The port opened in 1990, according to his book ''Harbour Days.'' Park said a smaller "
        "ferry would have cost more.",
    ]
    assert _who("", paras, 0, "sickening")[:2] == ("paraphrase", "Ana Ruiz")
    assert _who("", paras, 0, "Paris") == ("outlet",)
    assert _who("", paras, 1, "decisive")[:2] == ("paraphrase", "Six in 10")
    assert _who("", paras, 2, "deal")[:2] == ("paraphrase", "The harbour board")
    assert _who("", paras, 3, "lead")[:2] == ("paraphrase", "Ruiz")
    assert _who("", paras, 4, "repairs")[:2] == ("paraphrase", "Ruiz")
    assert _who("", paras, 5, "smaller")[:2] == ("paraphrase", "Park")


def test_narration_verbs_are_no_reports() -> None:
    paras = [
        "Utah has long been loyal, supporting the party's candidates by wide margins.",
        "Ruiz is appearing in Florida ahead of the harbour vote.",
        "Ruiz hit back, saying the ferry was late.",
    ]
    assert _who("", paras, 0, "candidates") == ("outlet",)
    assert _who("", paras, 1, "Florida") == ("outlet",)
    assert _who("", paras, 2, "ferry")[:2] == ("paraphrase", "Ruiz")


def test_organisations_and_titles_after_inverted_speakers() -> None:
    paras = [
        "Ana Ruiz had logged 2,766 hours at sea with the line, the ferry operator said Thursday.",
        "The levy is dead, said Leo Park, director of the Harbour Institute.",
        "By 58%-33%, those surveyed said the ferry should run.",
    ]
    assert _who("", paras, 0, "logged")[:2] == ("paraphrase", "the ferry operator")
    assert _who("", paras, 1, "levy")[:2] == ("paraphrase", "Leo Park")
    assert _who("", paras, 1, "Institute") == ("outlet",)  # his title, not his words
    assert _who("", paras, 2, "ferry")[:2] == ("paraphrase", "those surveyed")


def test_verbs_and_participles_are_not_speaker_words() -> None:
    paras = [
        "But Ruiz also struck populist notes similar to those Park had sounded.",
        "Rallying hundreds of dock workers, Ana Ruiz promised to deliver change.",
    ]
    assert _who("", paras, 0, "similar") == ("outlet",)  # "struck populist" noted nothing
    assert _who("", paras, 1, "deliver")[:2] == ("paraphrase", "Ana Ruiz")


def test_speakers_attached_to_a_name_are_not_that_name() -> None:
    paras = [
        "The mayor can win back voters, people close to Ruiz say.",
        "A spokeswoman for Mayor Ruiz said the ferry was sold.",
        "Critics of Ruiz argue that the levy is unfair.",
        "The port is struggling, said the company's chief executive, Leo J. Park.",
    ]
    assert _who("", paras, 0, "voters")[:2] == ("paraphrase", "people close to Ruiz")
    assert _who("", paras, 1, "ferry")[:2] == ("paraphrase", "A spokeswoman for Mayor Ruiz")
    assert _who("", paras, 2, "levy")[:2] == ("paraphrase", "Critics of Ruiz")
    assert _who("", paras, 3, "struggling")[:2] == ("paraphrase", "Leo J. Park")


def test_words_a_speaker_recounts_as_another_persons_are_that_persons() -> None:
    # An editor's reading: a quote inside a speaker's report, introduced as another person's
    # words ("X's descriptions of ... as"), is not the reporting speaker's.
    paras = [
        "Mayor Ana Ruiz spoke at the pier.",
        "Ruiz also told the crowd of Lena Ortiz's past descriptions of anglers she dislikes "
        "as “pests and parasites.”",
    ]
    assert _who("", paras, 1, "pests") == ("quoted", "Lena Ortiz", "named")
    assert _who("", paras, 1, "anglers")[:2] == ("paraphrase", "Ruiz")
    # The speaker's verdict on the words stays the speaker's.
    verdicts = [
        "Ana Ruiz said Lena Ortiz's words “amount to a threat.”",
        "Ana Ruiz called Lena Ortiz's remarks a “new low.”",
        "Ana Ruiz said of Lena Ortiz's remarks: “They are shameful.”",
        # "as" after "remarks" is the verb's: the speaker's verdict on them
        "Ana Ruiz denounced Lena Ortiz's remarks as “shameful and cruel” on Monday.",
    ]
    for para in verdicts:
        word = para.split("“")[1].split()[0]
        assert _who("", [para], 0, word)[:2] == ("quoted", "Ana Ruiz"), para


def test_a_parenthesis_after_a_name_keeps_it_the_antecedent() -> None:
    # Seen: a 1963 speech quoted after "George Wallace (a Democrat) was ..." went to the
    # senator named before, and "In a 1963 speech" was read as what he declared.
    paras = [
        "Senator Mark Lind pledged to fight the harbour levy.",
        "Ola Berg (a former mayor) was the voice of the old port, and he carried that message "
        "to the council. In a 1998 speech, he declared:",
        "“The harbour is ours and the levy is theft.”",
    ]
    assert _who("", paras, 2, "theft") == ("quoted", "Ola Berg", "pronoun")
    assert _who("", paras, 1, "speech") == ("outlet",)


def test_narration_and_asides_are_not_reports() -> None:
    paras = [
        "Ana Ruiz mocked the council. Somewhere in there, she jabbed at the port board.",
        "One of the few people she did not attack was Ola Berg - whom she famously lit into "
        "at a meeting in May.",
        "You see, owning harbour berths has become an incredibly lucrative business.",
        "XSS attacks are incredibly rare on the forum, so I shared it with a friend.",
    ]
    assert _who("", paras, 1, "lit into") == ("outlet",)
    assert _who("", paras, 2, "incredibly") == ("outlet",)
    assert _who("", paras, 3, "incredibly") == ("outlet",)


def test_views_reported_with_as_and_speakers_before_an_infinitive() -> None:
    paras = [
        "Lind, who has won the dockers' backing even while being portrayed as a turncoat by "
        "the old guard, said the levy would pass.",
        "The remarks let dockers tie Lind to a board that they widely view as ineffective in "
        "running the port.",
        "Ana Ruiz continued to portray the levy as a tax on anglers.",
        "Ana Ruiz was quick to dismiss the audit as a stunt.",
        "The leading candidates for mayor Thursday lashed out at the harbour board.",
    ]
    # the passive's agent, after the label, holds the view
    assert _who("", paras, 0, "turncoat") == ("paraphrase", "the old guard", "role_noun")
    assert _who("", paras, 0, "levy")[:2] == ("paraphrase", "Lind")
    assert _who("", paras, 1, "ineffective")[0] == "paraphrase"
    assert _who("", paras, 1, "tie") == ("outlet",)
    assert _who("", paras, 2, "anglers") == ("paraphrase", "Ana Ruiz", "named")
    assert _who("", paras, 3, "stunt") == ("paraphrase", "Ana Ruiz", "named")
    assert _who("", paras, 4, "harbour")[1] == "candidates for mayor"


def test_what_is_responded_to_is_the_object_not_the_manner() -> None:
    head = "Harbour Board Just Responded To Ruiz’s Levy Demand In A Way That Could Cause Chaos"
    assert _who(head, [], None, "Chaos") == ("outlet",)
    assert _who(head, [], None, "Levy")[:2] == ("paraphrase", "Harbour Board")


def test_openers_and_floating_quantifiers_are_not_speakers() -> None:
    paras = [
        "Once Lind released the minutes, the town learned the truth. Instead, he seems a "
        "partisan.",
        "The board never explained why, when Lind on a hot mic both offered the dockers a "
        "disturbing bargain.",
    ]
    # "he seems a partisan" reports no one: the writer's own judgement, not a speaker "Once"
    assert _who("", paras, 0, "partisan") == ("outlet",)
    assert _who("", paras, 1, "disturbing")[1] != "a hot mic both"


def test_statements_introduced_without_a_reporting_verb_and_more_inverted_verbs() -> None:
    paras = [
        "After the storm, Ana Ruiz issued the following statement:",
        "“Our thoughts are with every family on the coast.”",
        "As Ola Berg, a historian of the port, put it, “The levy is the old toll in a new coat.”",
        "“Skaters all think they are rebels,” scoffed Lena Ortiz, 22.",
        "“The harbour board has no spine,” reads an editorial in the Coast Herald.",
    ]
    assert _who("", paras, 1, "thoughts")[:2] == ("quoted", "Ana Ruiz")
    assert _who("", paras, 2, "toll")[:2] == ("quoted", "Ola Berg")
    assert _who("", paras, 3, "rebels")[:2] == ("quoted", "Lena Ortiz")
    assert _who("", paras, 4, "spine")[:2] == ("quoted", "an editorial")


def test_a_clause_with_its_own_speaker_ends_the_report_before_it() -> None:
    paras = [
        "While Ruiz pledged to work with the board, Lind insisted that the levy must go.",
        "Berg proposed a debate on the pier, but Lind rejected that, too.",
        "Lind said Ruiz wants the levy kept.",
        "Prosecutors argued that although Ortiz confessed, she showed no remorse.",
    ]
    assert _who("", paras, 0, "levy")[:2] == ("paraphrase", "Lind")
    assert _who("", paras, 0, "board")[:2] == ("paraphrase", "Ruiz")
    assert _who("", paras, 1, "that")[:2] == ("paraphrase", "Lind")
    assert _who("", paras, 2, "levy")[:2] == ("paraphrase", "Lind")  # a report in a report
    assert _who("", paras, 3, "remorse")[:2] == ("paraphrase", "Prosecutors")


def test_short_names_and_digest_labels() -> None:
    paras = [
        "Berg grew up by the pier while Ruiz rose at the board. King says Ruiz “talked the "
        "talk and walked the walk.”",
        "Ted says the levy “will sink the port.”",
        "Pollsters agree - Lena Ortiz: “Keep calling voters as late as you can.”",
        "The rule is simple: “Pay first.”",
    ]
    assert _who("", paras, 0, "talked") == ("quoted", "King", "named")
    assert _who("", paras, 1, "sink") == ("quoted", "Ted", "named")
    assert _who("", paras, 2, "calling")[:2] == ("quoted", "Lena Ortiz")
    assert _who("", paras, 3, "Pay") == ("quoted", "", "unknown")


def test_titles_in_quotes_plural_speakers_and_at_least() -> None:
    paras = [
        "Sunday on the Coast Radio’s “Morning Tide,” Ana Ruiz said the levy is unfair.",
        "Ruiz and her rivals for the mayoralty have said they will scrap the levy.",
        "Friday, as the ferry left, the Herald reported at least six boats were turned back.",
        "Said Ola Berg, who grew up by the pier, “We were all so proud of her.”",
    ]
    assert _who("", paras, 0, "levy")[:2] == ("paraphrase", "Ana Ruiz")
    assert _who("", paras, 0, "Sunday") == ("outlet",)
    assert _who("", paras, 1, "scrap")[0] == "paraphrase"
    assert "rivals" in _who("", paras, 1, "scrap")[1]
    assert _who("", paras, 2, "boats")[:2] == ("paraphrase", "Herald")
    assert _who("", paras, 2, "ferry") == ("outlet",)
    assert _who("", paras, 3, "proud")[:2] == ("quoted", "Ola Berg")


def test_adjectives_before_noun_cues_and_coordinated_verbs() -> None:
    paras = [
        "Ana Ruiz accused the board of making racist remarks by using the term “dockrats.”",
        "As Ola Berg lectured the board and defended his record on Sunday, Ana Ruiz said the "
        "levy would stay.",
    ]
    assert _who("", paras, 0, "dockrats")[:2] == ("quoted", "Ana Ruiz")
    assert _who("", paras, 1, "record")[:2] == ("paraphrase", "Ola Berg")
    assert _who("", paras, 1, "levy")[:2] == ("paraphrase", "Ana Ruiz")


def test_with_gives_a_participle_its_subject() -> None:
    para = (
        "Dockers were irritated by the lack of detail, with Ola Berg calling the plan a "
        "“Chinese menu.”"
    )
    assert _who("", [para], 0, "menu")[:2] == ("quoted", "Ola Berg")


def test_a_verb_whose_past_is_its_base_has_a_singular_subject() -> None:
    para = "As the Herald put it, “The levy is the old toll in a new coat.”"
    assert _who("", [para], 0, "toll")[:2] == ("quoted", "Herald")


def test_party_tags_adverbs_and_likelihood_before_the_verb() -> None:
    paras = [
        "Rep. Ana Ruiz (D-Ore.), ranking member of the harbour committee and one of the "
        "bill’s negotiators, said she fully backs the compromise.",
        "Proponents of the new levy, however, say it would keep the pier open.",
        "Nearly eight in 10 harbour voters overall said they have made up their minds.",
        "Dockers are slightly more likely to say that Ruiz represents them.",
        "Lind at the time said he would look into the fees.",
    ]
    assert _who("", paras, 0, "compromise")[:2] == ("paraphrase", "Rep. Ana Ruiz")
    assert _who("", paras, 1, "pier")[:2] == ("paraphrase", "Proponents of the new levy")
    assert _who("", paras, 2, "minds")[0] == "paraphrase"
    assert _who("", paras, 3, "represents")[:2] == ("paraphrase", "Dockers")
    assert _who("", paras, 4, "fees")[:2] == ("paraphrase", "Lind")


def test_a_speaker_noun_two_attachments_back() -> None:
    para = "The deputy head of Norway’s delegation to the forum said the port must stay open."
    assert _who("", [para], 0, "port")[:2] == (
        "paraphrase", "The deputy head of Norway’s delegation to the forum"
    )


def test_participles_take_the_subject_after_an_opening_time_or_adverb() -> None:
    paras = [
        "This week, two harbour groups rolled out radio advertisements tying Ruiz to the "
        "board and criticizing them as absentees.",
        "Tuesday, the harbour master opened a rally on the pier blasting Ruiz for the levy.",
        "Instead, the harbour master is sticking to his message, hoping to avoid a misstep.",
    ]
    assert _who("", paras, 0, "absentees")[:2] == ("paraphrase", "two harbour groups")
    assert _who("", paras, 1, "levy")[:2] == ("paraphrase", "the harbour master")
    assert _who("", paras, 2, "misstep")[:2] == ("paraphrase", "the harbour master")


def test_a_noun_in_a_prepositions_phrase_is_no_verb() -> None:
    # "the Oslo attacks" after "After": a noun, so the sentence's subject speaks
    paras = [
        "After the Oslo attacks, Ana Ruiz seemed hopeful that the harbour would reopen.",
        "Since the Bergen reports, Lind says the ferry is safe.",
    ]
    assert _who("", paras, 0, "reopen")[:2] == ("paraphrase", "Ana Ruiz")
    assert _who("", paras, 1, "ferry")[:2] == ("paraphrase", "Lind")


def test_a_closing_mark_typed_as_an_opening_one_before_an_inverted_tag() -> None:
    para = "“It is unusual,“ said Ola Berg, a lawyer with the harbour trust. “It is hard.”"
    assert _who("", [para], 0, "unusual")[:2] == ("quoted", "Ola Berg")
    assert _who("", [para], 0, "hard")[:2] == ("quoted", "Ola Berg")


def test_a_quotations_first_word_is_no_antecedent() -> None:
    # "Too" opens a quotation; the "He" after it has no named antecedent
    para = "“Too late?” He posted it when the ferry left the pier."
    assert _who("", [para], 0, "ferry")[1] == ""


def test_a_headline_kicker_is_no_speaker() -> None:
    body = ["The harbour master spoke on Tuesday."]
    for kicker in ("Wow", "EXCLUSIVE", "Revealed", "Soon", "Editor's Note"):
        head = f"{kicker}: Ana Ruiz Says the Ferry Will Run Again"
        assert _who(head, body, None, "Ferry")[:2] == ("paraphrase", "Ana Ruiz"), kicker
    # a one-word source still labels its headline
    assert _who("Poll: Ruiz Leads the Harbour Race", body, None, "Leads")[:2] == (
        "paraphrase", "Poll"
    )


def test_an_opening_adverb_is_no_participles_subject() -> None:
    para = (
        "Soon after, the photograph turned up in a harbour column alongside an item "
        "suggesting that Lind was vain."
    )
    assert _who("", [para], 0, "vain")[1] != "Soon"


def test_a_quotation_after_a_subordinate_clause_is_the_main_speakers() -> None:
    para = (
        "Ana Ruiz said that when Lind railed against the levy from her seat on the board, "
        "''she is speaking for all of us.''"
    )
    assert _who("", [para], 0, "speaking")[:2] == ("quoted", "Ana Ruiz")
    assert _who("", [para], 0, "levy")[:2] == ("paraphrase", "Ana Ruiz")


def test_an_interview_with_an_outlet_is_the_last_named_persons() -> None:
    paras = [
        "Lind had hardly said a word about the levy. In 2009, he said the board had been "
        "treated unfairly.",
        "His complaint, according to an interview with The Harbour Gazette at the time, was "
        "the board's choice of chair: ''It was Berg! I mean, odd choice.''",
    ]
    assert _who("", paras, 1, "Berg")[:2] == ("quoted", "Lind")


def test_the_first_lady_is_the_subject_not_the_appositive_before_her() -> None:
    para = (
        "According to letters from Ola Berg, a close friend of Ms. Ruiz's who died in 2000, "
        "the first lady had called the levy ''a narcissistic toll.''"
    )
    assert _who("", [para], 0, "narcissistic")[1] == "the first lady"


def test_a_credit_with_a_full_stop_credits_a_quote_not_narration() -> None:
    paras = [
        "“The levy will pay for the pier.”",
        "- Ana Ruiz.",
        "The harbour board met on Tuesday and agreed on nothing.",
        "- Ola Berg.",
    ]
    assert _who("", paras, 0, "levy")[:2] == ("quoted", "Ana Ruiz")
    assert _who("", paras, 2, "board") == ("outlet",)  # a section's signature


def test_a_verb_after_but_and_an_adverb_takes_the_sentences_subject() -> None:
    para = (
        "Councillor Ola Berg used to back the levy, but now said the board had "
        "“the duty to scrap it.”"
    )
    assert _who("", [para], 0, "duty")[:2] == ("quoted", "Councillor Ola Berg")


def test_opined_and_a_long_role_before_an_inverted_name() -> None:
    paras = [
        '"Ferry riders should stay home," opined the Harbour Gazette.',
        '"The levy was a mistake," said Bergen Harbour University political scientist '
        "Ola Berg.",
    ]
    assert _who("", paras, 0, "riders")[:2] == ("quoted", "Harbour Gazette")
    assert _who("", paras, 1, "mistake")[:2] == ("quoted", "Ola Berg")


def test_an_inverted_speaker_keeps_what_it_is_attached_to() -> None:
    paras = [
        "“We have work to do,” said a longtime adviser to both Ruizes, who asked not to be "
        "named.",
        "“The levy failed,” said the former top aide to Mayor Ana Ruiz.",
    ]
    assert _who("", paras, 0, "work")[:2] == ("quoted", "a longtime adviser to both Ruizes")
    assert _who("", paras, 1, "levy")[:2] == ("quoted", "the former top aide to Mayor Ana Ruiz")


def test_a_named_subject_right_before_a_participle_is_its_speaker() -> None:
    para = (
        "The two issued a statement – Ruiz saying she was “very encouraged” and Berg calling "
        "it a “great meeting.”"
    )
    assert _who("", [para], 0, "encouraged")[:2] == ("quoted", "Ruiz")
    assert _who("", [para], 0, "great")[:2] == ("quoted", "Berg")


def test_a_role_noun_with_a_place_resolves_only_to_someone_introduced_with_it() -> None:
    paras = [
        "Oslo Mayor Ola Berg said on Monday that fares would rise.",
        "The French mayor said the ferry would run again.",
        "The Oslo mayor said the levy would stay.",
    ]
    assert _who("", paras, 1, "ferry")[:2] == ("paraphrase", "The French mayor")
    assert _who("", paras, 2, "levy")[:2] == ("paraphrase", "Oslo Mayor Ola Berg")


def test_a_speaker_is_a_noun_phrase_never_a_clause() -> None:
    # a contraction or a possessive determiner is no speaker ("It's another", "didn't limit
    # her"); the gerund in a relative clause is the relative's noun's, the participle the
    # sentence subject's
    paras = [
        "It's another blow to the mayor who opened her term by declaring that the port was "
        "bankrupt.",
        "Ana Ruiz spoke to the council on Monday.",
        "Yet she didn't limit her attacks to the budget, also calling on residents to reject "
        "“waste” after citing the audit.",
    ]
    assert _who("", paras, 0, "bankrupt") == ("paraphrase", "the mayor", "role_noun")
    assert _who("", paras, 2, "waste")[:2] == ("quoted", "Ana Ruiz")
    assert _who("", paras, 2, "residents")[:2] == ("paraphrase", "Ana Ruiz")


def test_the_object_of_an_attack_is_not_its_speaker() -> None:
    para = (
        "Ana Ruiz opened her speech by slamming councillors who think they can “outsource” "
        "the harbour to “cronies”."
    )
    assert _who("", [para], 0, "outsource") == ("quoted", "Ana Ruiz", "named")
    assert _who("", [para], 0, "cronies") == ("quoted", "Ana Ruiz", "named")


def test_a_noun_of_saying_with_a_that_clause_is_reported_speech() -> None:
    paras = [
        "The levy lets the mayor avoid Republican criticism that she is caving to developers.",
        "Despite claims that she is a spendthrift, Ana Ruiz has balanced the budget.",
        "Ana Ruiz's accusation that the board hid the audit stunned the room.",
        "The treasurer faces charges that could bring ten years in prison.",
    ]
    assert _who("", paras, 0, "caving") == ("paraphrase", "Republicans", "named")
    assert _who("", paras, 0, "avoid") == ("outlet",)
    assert _who("", paras, 1, "spendthrift") == ("paraphrase", "", "unknown")
    assert _who("", paras, 1, "balanced") == ("outlet",)  # the claim ends at its comma
    assert _who("", paras, 2, "hid") == ("paraphrase", "Ana Ruiz", "named")
    assert _who("", paras, 3, "prison") == ("outlet",)  # "that" + verb: a relative clause


def test_narration_near_a_person_and_speakers_the_text_names() -> None:
    paras = [
        "Ana Ruiz found it difficult in 2019 to overcome a crushing defeat in the port.",
        "Ana Ruiz’s associates insist she is the same stubborn reformer she has always been.",
        "There’s still time for Ana Ruiz to mend fences with the council, even after calling "
        "the treasurer a liar.",
        "Here’s Ana Ruiz in 2019: “The port will thrive.”",
    ]
    assert _who("", paras, 0, "crushing") == ("outlet",)
    assert _who("", paras, 1, "stubborn") == ("paraphrase", "Ana Ruiz’s associates", "named")
    assert _who("", paras, 2, "liar") == ("paraphrase", "Ana Ruiz", "named")
    assert _who("", paras, 3, "thrive")[:2] == ("quoted", "Ana Ruiz")


def test_the_object_moved_to_act_speaks_the_infinitive() -> None:
    # "it prompted X to accuse", "led X to call": X accuses and calls, not the cause.
    text = "The vote was so close that it prompted Ada Lind to accuse the board of fraud."
    seg = segment("", [text])
    at = text.index("fraud")
    span = next(s for s in seg.body[0] if s.start <= at < s.end)
    assert (span.voice, span.speaker) == ("paraphrase", "Ada Lind")
    head = "Harbour loss drives mayor to say pier plan is dead"
    seg = segment(head, [])
    at = head.index("dead")
    span = next(s for s in seg.headline if s.start <= at < s.end)
    assert span.speaker == "mayor"


def test_a_plain_clause_after_a_tag_that_closes_a_quote_is_reported_too() -> None:
    # The quote before the tag is the speaker's, and so is the clause the verb reports.
    text = "“We lost the vote,” one of the inspectors said the ferry had been a disgrace for years."
    assert _who("", [text], 0, "disgrace")[:2] == ("paraphrase", "one of the inspectors")
    assert _who("", [text], 0, "lost")[:2] == ("quoted", "one of the inspectors")
    # A scene after the tag stays the outlet's narration.
    scene = "“We lost the vote,” Ana Ruiz said at the harbour in Salem on Monday."
    assert _who("", [scene], 0, "harbour") == ("outlet",)
