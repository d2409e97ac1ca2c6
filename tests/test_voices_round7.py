"""Round seven of voice and speaker fixes: who is named for quoted and paraphrased words, and
None rather than a wrong name. Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.speakers import SpeakerBook
from annotator.framing.subjects import subject_before

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


# 1. A relative clause between the subject and its verb


def test_a_place_inside_a_relative_clause_is_not_the_subject() -> None:
    # "Aurora, Colorado," sits inside "who lost ...": the one who said it is Nora Vance.
    text = (
        "Nora Vance, who lost her brother in the flood at Aurora, Colorado, in May 2012, said "
        "that the levee board had ignored her letters."
    )
    assert _who([text], 0, "levee") == ("paraphrase", "Nora Vance")


def test_subject_before_reads_past_a_relative_clause_with_commas() -> None:
    subj = subject_before("Ivo Kern, who grew up in Salem, Oregon, in the 1990s, ", at_start=True)
    assert subj is not None and subj.np == "Ivo Kern" and not subj.relative


def test_an_appositive_without_who_keeps_its_rule() -> None:
    # "the mayor of Oakland, California," closes an appositive: the name before it speaks.
    subj = subject_before("Libby Hart, the mayor of Oakland, California, ", at_start=True)
    assert subj is not None and subj.np == "Libby Hart"
    # and a verb inside the relative clause itself is still the relative's
    subj = subject_before("Trump, who has long ", at_start=True)
    assert subj is not None and subj.np == "Trump" and subj.relative


# 2. A common word opening a sentence is no speaker


def test_a_common_word_written_lower_case_elsewhere_names_nobody() -> None:
    book = SpeakerBook(["Head", "Rather than waiting, he acted.", "It was rather late."])
    assert book.resolve("Rather").name is None


def test_a_name_seen_capitalised_mid_sentence_still_names_someone() -> None:
    # "small" is a common word too, but "said Small" shows it is a name on this page
    book = SpeakerBook(["Head", "It was a small crowd.", "The plan failed, said Small."])
    assert book.resolve("Small").name == "Small"


def test_a_word_that_names_speakers_still_speaks() -> None:
    book = SpeakerBook(["Head", "Critics said so.", "The critics were loud."])
    assert book.resolve("Critics").name == "Critics"


def test_a_participle_opening_a_sentence_is_not_its_speaker() -> None:
    # "Having announced ..., Judge Orr proceeded": no "Having" speaks ("having" appears in
    # lower case on the page); an unknown speaker, not a wrong one.
    paras = [
        "Having announced that he would not jail the clerk, Judge Orr proceeded to read the "
        "sentence.",
        "The clerk was having a hard day.",
    ]
    assert _who(paras, 0, "would not jail") == ("paraphrase", "")


def test_a_quote_after_an_adverb_opening_the_sentence_takes_the_named_speaker() -> None:
    # "Often, Mr. Kale interrupted himself. '...' he said": "Often" is no one.
    paras = [
        "Often, Mr. Kale interrupted himself, as if arguing with his notes. “I mean this,” he "
        "said.",
        "He often did so.",
    ]
    assert _who(paras, 0, "I mean") == ("quoted", "Mr. Kale")


def test_a_report_whose_subject_is_a_common_word_stays_a_report_of_someone_unknown() -> None:
    # "Hours later, she issued a statement calling on ...": "Hours" is no speaker, but the
    # call is still a report, not the writer's narration; the clause's "she" is who calls.
    paras = [
        "Ana Ruiz is the mayor.",
        "Hours later, she issued a statement calling on the state “to act now” while also "
        "imposing a curfew.",
        "It took hours.",
    ]
    assert _who(paras, 1, "on the state") == ("paraphrase", "Ana Ruiz")
    assert _who(paras, 1, "to act now") == ("quoted", "Ana Ruiz")


# 3. The writer's account of how someone acted is narration


def test_a_dashed_manner_adverb_after_a_request_is_the_writers() -> None:
    # "- most directly and pointedly for the past month" tells how the paper asked, not what
    # it asked for.
    text = (
        "The Daily Ledger has repeatedly asked the council to release its minutes - most "
        "directly and pointedly for the past month."
    )
    assert _who([text], 0, "release its minutes") == ("paraphrase", "The Daily Ledger")
    assert _who([text], 0, "pointedly") == ("outlet", "")


def test_a_dash_before_a_clause_of_the_report_keeps_it() -> None:
    # "- and more" or a clause after the dash is still what was said.
    text = "Leo Park said the mayor is unfit to lead — and that she knows it."
    assert _who([text], 0, "she knows") == ("paraphrase", "Leo Park")


# 4. A heading in capitals is no transcript label


def test_a_capitals_heading_of_common_words_names_nobody() -> None:
    paras = [
        "The shop sells many items, and the blue mug is my favorite.",
        "FAVORITE ITEMS: the blue mug and a brass lamp.",
        "TAPPER: Are you running?",
    ]
    assert _who(paras, 1, "brass lamp") == ("outlet", "")
    assert _who(paras, 2, "Are you") == ("quoted", "TAPPER")
