"""Round sixteen of voice and speaker fixes (session 17): headings and clauses that were read as
speakers on ptc-tune articles and web pages at scale. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

# 1. A label whose head is a common noun the page writes in lower case, and no role, group or
# given name, is a heading: it names nobody ("Harbour Comment:", "Ferry Strike:").


def test_capitals_heading_with_a_common_head_names_nobody() -> None:
    body = [
        "Readers sent us many a comment about the ferry this week.",
        "HARBOUR COMMENT: The new timetable is a disaster for everyone who works in town.",
    ]
    assert _who(body, 1, "disaster")[1] == ""


def test_title_case_kicker_in_a_headline_names_nobody() -> None:
    headline = "Ferry Strike: Islanders Face Chaos as Crews Walk Out"
    body = ["The strike began at dawn, and the last ferry left at six.", "Crews want more pay."]
    assert _who(body, -1, "Chaos", headline=headline)[1] == ""


def test_transcript_label_in_capitals_still_speaks() -> None:
    body = [
        "LIND: I have no comment on the timetable, and I will not be drawn on it.",
        "RUIZ: Then the islanders will have to wait another week for an answer.",
    ]
    assert _who(body, 0, "timetable") == ("quoted", "LIND")


def test_headline_name_before_colon_still_speaks() -> None:
    headline = "Ruiz: ‘The Ferry Plan Is a Disaster’"
    body = ["Ana Ruiz said the plan was a disaster for the island.", "She spoke on Monday."]
    assert _who(body, -1, "Disaster", headline=headline) == ("quoted", "Ruiz")


# 2. "It" and the verb after it are a clause, never a speaker's name ("It offers").


def test_it_and_its_verb_are_no_speaker() -> None:
    body = [
        "Linguafun is an app for travellers.",
        "It offers a pile of data at a glance, including charts showing the cost of a trip.",
        "It covers more topics than the old guide and talks about grammar and some drills.",
    ]
    assert _who(body, 1, "charts")[1] == ""
    assert _who(body, 2, "drills")[1] == ""


# 3. In capitals, a label headed by a noun of saying ("WEEKLY COMMENT:", "HARBOUR NOTE:") is
# the page's own heading, not a transcript's speaker; in title case such a head may be a
# paper's name ("Harbour Post:") and still speaks.


def test_capitals_label_headed_by_a_noun_of_saying_names_nobody() -> None:
    body = [
        "The ferry was late again on Monday.",
        "HARBOUR COMMENT: The new timetable is a disaster for everyone who works in town.",
    ]
    assert _who(body, 1, "disaster")[1] == ""


# 4. A reporting verb's inflected form after "and" or a subject pronoun is a verb of its own,
# never the subject of the verb after it ("and forecasts demand", "it offers tools").


def test_coordinated_verb_is_no_subject() -> None:
    body = ["The app adjusts prices to demand, and forecasts demand to keep stock levels right."]
    assert _who(body, 0, "stock")[1] == ""


def test_verb_after_a_pronoun_is_no_subject() -> None:
    body = ["Linguafun is an app. Though it is a chat app, it offers tools that promote learning."]
    assert _who(body, 0, "promote")[1] == ""


def test_plural_noun_after_and_still_speaks() -> None:
    body = ["The deal was secret, and emails revealed that the mayor had ordered it."]
    assert _who(body, 0, "mayor") == ("paraphrase", "emails")


# 5. A heading line cut at its preposition ("The Importance of Catering Software") is no
# antecedent: a later "they" or "it" does not stand for "The Importance".


def test_heading_line_is_no_antecedent_for_they() -> None:
    body = [
        "The Importance of Catering Software",
        "Many restaurants use ordering tools. That way they offer customers a quicker order.",
    ]
    assert _who(body, 1, "quicker")[1] != "The Importance"


def test_heading_line_is_no_antecedent_for_it() -> None:
    body = [
        "The Ultimate Guide to Moving House",
        "Movers bring their own boxes. They know how to pack in a way that minimizes damage.",
    ]
    assert _who(body, 1, "minimizes")[1] != "The Ultimate Guide"


def test_named_group_in_a_sentence_stays_an_antecedent() -> None:
    body = [
        "The Harbour League of Traders met on Monday.",
        "It says that the ferry timetable is a disaster for every shop in town.",
    ]
    assert _who(body, 1, "disaster")[1] != ""


# 6. "All of the above", "the following": a phrase that points at the page's own text names
# nobody; a source the page cites above still speaks.


def test_all_of_the_above_names_nobody() -> None:
    body = [
        "The imam told a crowd that the enemy must be beaten.",
        "All of the above testifies to hatred, and it is more disturbing given his board seats.",
    ]
    assert _who(body, 1, "hatred")[1] == ""


def test_research_cited_above_still_speaks() -> None:
    body = ["According to Harbour Trust's research cited above, ferries run late twice a week."]
    assert _who(body, 0, "ferries")[1] != ""


# 7. In the body, a title-case label over title-case words with no sentence end is a
# heading ("Final Thoughts: The Future of Ferries", "Key Services: Repairs, Storage"); a
# person's label still speaks, and so does a label over a question in an interview.


def test_body_heading_over_title_case_words_names_nobody() -> None:
    body = [
        "The harbour board met twice this year to discuss the timetable.",
        "Final Thoughts: The Future of Island Ferries",
    ]
    assert _who(body, 1, "Future")[1] == ""


def test_interview_label_over_a_question_still_speaks() -> None:
    body = [
        "I met the old sailor at the quay, and he talked about the harbour board.",
        "Old Sailor: What About Ferries?",
    ]
    assert _who(body, 1, "Ferries")[1] != ""


def test_persons_label_over_title_case_words_still_speaks() -> None:
    body = ["Ana Ruiz spoke to the harbour board on Monday.", "Ana Ruiz: Ferries First, Then Roads"]
    assert _who(body, 1, "Ferries")[1] != ""


# 8. "Whether you", "Whether it": a subordinate clause's opening is no speaker's name.


def test_whether_clause_names_nobody() -> None:
    body = [
        "Whether you’re sailing for work, seeking a quiet crossing, or exploring the islands, "
        "our crews are here to help.",
    ]
    assert not _who(body, 0, "quiet")[1].startswith("Whether")
