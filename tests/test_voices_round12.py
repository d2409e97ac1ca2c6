"""Round twelve of voice and speaker fixes (editor reading 44, ptc-tune pages): a quotation
that runs over several paragraphs, reprinted documents, and speakers on unfamiliar layouts.
Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

# 2. A quotation opened in one paragraph and closed in a later one, with no marks between
# (a page printing each sentence on a line of its own)


def test_a_quote_runs_on_to_the_paragraph_that_closes_it() -> None:
    body = [
        "Early on Friday, Ana Ruiz also posted on Twitter about the ferry.",
        '"The harbour board sank the ferry and never paid for it.',
        "Their ruling is a shameful farce.",
        'FIX THE PORT!" Ruiz tweeted.',
        "The board said it would appeal.",
    ]
    assert _who(body, 2, "shameful") == ("quoted", "Ana Ruiz")
    assert _who(body, 3, "FIX")[0] == "quoted"
    assert _who(body, 4, "appeal")[0] != "quoted"


def test_curly_quote_runs_on_over_several_sentences() -> None:
    body = [
        "“We cannot speak of the harbour without the ferry,” Mayor Ana Ruiz said.",
        "“Nearly every delay is the board’s doing.",
        "Its reckless conduct must end.",
        "To do otherwise would be foolish.”",
        "Ruiz then left the hall for good.",
    ]
    assert _who(body, 2, "reckless") == ("quoted", "Mayor Ana Ruiz")
    assert _who(body, 4, "hall") == ("outlet", "")


def test_a_quote_never_closed_does_not_swallow_what_follows() -> None:
    body = [
        '"The harbour board sank the ferry, Ana Ruiz wrote in an open note.',
        "Her critics call this a reckless smear.",
        "The board will meet on Monday.",
    ]
    assert _who(body, 1, "reckless")[0] != "quoted"


def test_a_new_opening_mark_stops_the_run() -> None:
    body = [
        '"The harbour board sank the ferry, said Ana Ruiz, and walked off.',
        "Critics call this a reckless smear.",
        '"It is nothing of the sort," Tom Lee said.',
    ]
    assert _who(body, 1, "reckless")[0] != "quoted"


# 1. A reprinted document (letter, speech, transcript) is its author's words, not the outlet's


def test_a_signed_letter_under_its_heading_is_its_writers() -> None:
    body = [
        "Mayor Ana Ruiz wrote to the town this week. We print her letter in full.",
        "Mayor Ana Ruiz's letter to the people of Dunmore",
        "Dear friends and neighbours,",
        "The past weeks have been hard. I am tired of the harbour board's shameful neglect.",
        "Its conduct is disgraceful, and Tom Lee told me, “The ferry is finished.” I disagree.",
        "Sincerely yours,",
        "Ana Ruiz",
        "Mayor of Dunmore",
        "This letter first appeared in the Dunmore Gazette, whose editors call it reckless.",
    ]
    assert _who(body, 3, "shameful") == ("quoted", "Mayor Ana Ruiz")
    assert _who(body, 4, "disgraceful") == ("quoted", "Mayor Ana Ruiz")
    assert _who(body, 4, "finished") == ("quoted", "Tom Lee")
    assert _who(body, 1, "letter") == ("outlet", "")
    assert _who(body, 8, "reckless")[1] != "Mayor Ana Ruiz"


def test_a_speech_under_a_heading_runs_to_its_notes() -> None:
    body = [
        "In 1976 Archbishop Leo Marsh spoke to a crowd in Duluth.",
        "The Archbishop Speaks",
        "Ladies and Gentlemen:",
        "I thank you for coming.",
        "The new bishops are more or less Marxist.",
        "I think that the devil is in the chancery.",
        "NOTES:",
        "[1] Marsh later softened this Marxist charge.",
    ]
    assert _who(body, 4, "Marxist") == ("quoted", "Archbishop Leo Marsh")
    assert _who(body, 5, "devil") == ("quoted", "Archbishop Leo Marsh")
    assert _who(body, 7, "Marxist")[0] == "outlet"


def test_a_transcript_after_its_introduction_is_the_labelled_speaker() -> None:
    body = [
        "The cleric posted his address online on May 26.",
        "Following is a transcript: Omar Haddad: “Some people have a new fashion.",
        "We used to think fashion was about clothes, but today it is crocodile tears.",
        "I say this is a historical lie.",
    ]
    assert _who(body, 2, "crocodile") == ("quoted", "Omar Haddad")
    assert _who(body, 3, "historical lie") == ("quoted", "Omar Haddad")


def test_an_unsigned_salutation_starts_no_document() -> None:
    body = [
        "Dear reader,",
        "The harbour board has been shameful for years, as I have written before.",
        "It is time for a change.",
    ]
    assert _who(body, 1, "shameful") == ("outlet", "")


def test_a_heading_over_narration_starts_no_document() -> None:
    body = [
        "Ana Ruiz's letter to the board",
        "The mayor sent the board a note on Monday.",
        "The board's conduct has been shameful for years.",
    ]
    assert _who(body, 2, "shameful") == ("outlet", "")


# 3. Speakers on unfamiliar layouts: roles joined by "and" before the name in an inverted tag,
# a verb of saying never opens a name, a caption label names no one


def test_an_inverted_tag_with_joined_roles_names_the_person() -> None:
    body = [
        "Critics say the port board is greedy, said lawyer and child advocate Ana Ruiz on a "
        "radio show last week.",
        "“I think this is a misplaced mercy.",
        "It is mercy for the greedy,” she told KXT’s Tom Lee on the show.",
    ]
    assert _who(body, 0, "greedy")[1] == "Ana Ruiz"
    assert _who(body, 0, "Ana Ruiz")[1] != "lawyer and child"  # "advocate" names her role
    assert _who(body, 2, "mercy for") == ("quoted", "Ana Ruiz")


def test_a_name_never_begins_with_a_verb_of_saying() -> None:
    body = ["Said Ana Ruiz, founder of the Harbour Fund:", "“What we found was shameful.”"]
    assert _who(body, 1, "shameful") == ("quoted", "Ana Ruiz")


def test_a_caption_of_someones_thing_names_no_speaker() -> None:
    body = ["The Mayor’s True Plan: “Sell the harbour” and “Fire the greedy board.”"]
    assert _who(body, 0, "greedy")[1] != "The Mayor’s True Plan"


def test_a_possessive_before_a_known_name_still_names_them() -> None:
    body = ["Ana Ruiz runs the Gazette.", "The Gazette’s Ana Ruiz: “The greedy board must go.”"]
    assert _who(body, 1, "greedy")[0] == "quoted"
    assert "Ana Ruiz" in _who(body, 1, "greedy")[1]


def test_a_labelled_quote_runs_on_over_many_lines() -> None:
    body = [
        "Ruiz explains that the plan could never pass.",
        "RUIZ: “So, let’s go back to the mayor’s platform, right?",
        "Raise the harbour tax from 7 to 11 percent.",
        "That will never happen.",
        "Raise the ferry pay, that will never happen.",
        "Give me another position.",
        "Free parking for all, that will never happen.",
        "The council that writes the bills is all one party.",
        "So, unless the council writes a bill, it is a crazy fairy tale.”",
        "Ruiz later left the meeting.",
    ]
    assert _who(body, 8, "crazy")[0] == "quoted"
    assert _who(body, 9, "meeting") == ("outlet", "")


def test_who_after_as_well_is_the_person_just_named() -> None:
    body = [
        "Ana Ruiz hosts the show.",
        "Ruiz spoke with Tom Lee as well, who said he was “incredibly frustrated” at the board.",
    ]
    assert _who(body, 1, "incredibly") == ("quoted", "Tom Lee")


def test_an_epithet_the_subject_suffers_is_not_theirs() -> None:
    body = [
        "Bishop Ana Ruiz speaks out at a moment when she is under heavy attack as a “hater” "
        "for defending the teaching."
    ]
    assert _who(body, 0, "hater") == ("quoted", "")
    body = ["Ana Ruiz spoke on Monday.", "She has been branded a “bigot” for defending it."]
    assert _who(body, 1, "bigot") == ("quoted", "")
    body = ["Ana Ruiz spoke on Monday.", "Ruiz said she was branded a “bigot” for years."]
    assert _who(body, 1, "bigot") == ("quoted", "Ruiz")


def test_a_quote_the_subject_is_called_is_not_theirs() -> None:
    body = ["Ana Ruiz spoke on Monday.", "Gillum is a “crazy, crazy,” Democrat"]
    assert _who(body, 1, "crazy") == ("quoted", "")
    body = ["Ana Ruiz is the author of “The Harbour Years.”"]
    assert _who(body, 0, "Harbour") == ("quoted", "")
