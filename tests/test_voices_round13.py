"""Round thirteen of voice and speaker fixes (editor reading 45, ptc-tune pages): nested
quotation, posts signed at their end, headline labels that name nobody, and reports of a
person's charges. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

# 1. Nested quotation: the inner quote's words are the person the outer speaker names


def test_inner_quote_after_he_is_the_named_person_in_the_outer_quote() -> None:
    body = [
        "Ana Ruiz went further in her speech.",
        "“When Peter Lund took the medal in 1990, he referred to ‘a rotten harbour of lies.’ "
        "Nobody listened to him,” Ruiz said.",
    ]
    assert _who(body, 1, "rotten") == ("quoted", "Peter Lund")
    assert _who(body, 1, "Nobody") == ("quoted", "Ruiz")


def test_inner_quote_with_a_named_tag() -> None:
    body = ["“As Sarah Olsen said, ‘the board is a corrupt racket,’ and she was right,” "
            "Tom Lee told the council."]
    assert _who(body, 0, "corrupt") == ("quoted", "Sarah Olsen")
    assert _who(body, 0, "she was right") == ("quoted", "Tom Lee")


def test_inner_quote_without_a_tag_stays_the_outer_speakers() -> None:
    body = ["“They call this a ‘reform’ and it is a disgraceful sham,” Tom Lee said."]
    assert _who(body, 0, "reform") == ("quoted", "Tom Lee")


def test_inner_quote_whose_he_names_nobody_in_the_quote_stays_the_outer_speakers() -> None:
    body = ["“The minister came by and he said, ‘this is a shameful mess,’ then left,” "
            "Tom Lee said."]
    assert _who(body, 0, "shameful") == ("quoted", "Tom Lee")


def test_the_outer_speaker_quoting_themself_stays_theirs() -> None:
    body = ["“Back then Tom Lee said, ‘never again,’ and I meant it,” Tom Lee recalled."]
    assert _who(body, 0, "never again")[1] == "Tom Lee"


# 2. A post printed a sentence per line and signed under its last line is all the poster's

# a page printed a sentence per line, as PTC prints its articles
_LINES = [
    "The harbour board voted on Tuesday to close the old ferry terminal for good.",
    "Its members said the terminal had cost the town far more than it ever earned.",
    "Several councillors objected to the vote and asked for a fresh study of the costs.",
    "The mayor, Ana Ruiz, said she would take the matter to the regional court.",
    "Ruiz had promised in her campaign that the ferry would keep running every day.",
]


def test_post_signed_under_its_lines_is_the_posters() -> None:
    body = [
        *_LINES,
        "Ana Ruiz answered the harbour board later that night in a long reply.",
        "I respect the board.",
        "But its ruling is a shameful farce, and everyone knows it.",
        "Let's see the papers.",
        "— Ana Ruiz (@anaruiz) May 2, 2018",
        "The board did not respond.",
    ]
    assert _who(body, 6, "respect") == ("quoted", "Ana Ruiz")
    assert _who(body, 7, "shameful") == ("quoted", "Ana Ruiz")
    assert _who(body, 5, "answered")[0] == "outlet"
    assert _who(body, 10, "respond")[0] == "outlet"


def test_post_lines_over_a_link_and_its_credit() -> None:
    body = [
        *_LINES,
        "The senator then weighed in on the count:",
        "No fraud in the count?",
        "Clerks took forged ballots by the thousand.",
        "https://t.co/abc123 — Tom Lee (@tomlee) June 3, 2018",
    ]
    assert _who(body, 7, "forged") == ("quoted", "Tom Lee")
    assert _who(body, 5, "weighed")[0] == "outlet"


def test_post_lines_stop_at_a_posts_length() -> None:
    long = "The harbour board met again on Friday to weigh the ferry contract and its cost " * 4
    body = [*_LINES, long.strip() + ".", "What a farce.", "— Tom Lee (@tomlee) June 3, 2018"]
    assert _who(body, 6, "farce") == ("quoted", "Tom Lee")
    assert _who(body, 5, "weigh")[0] == "outlet"


def test_post_in_paragraphs_signs_only_the_paragraph_above() -> None:
    # paragraphs of several sentences: a post is one paragraph, the line above is narration
    body = [
        "The board met on Friday. It voted to close the terminal. Ruiz objected at once.",
        "She wrote late that night. Her reply was short. It was also blunt.",
        "The council will meet again. Its members are split. Nobody expects a deal.",
        "The court may rule first. Its date is not set. Lawyers expect a delay.",
        "Ferries still run on Sundays. Fares went up in May. Few riders complain.",
        "Ruiz posted again on Monday.",
        "What a farce this board is.",
        "— Ana Ruiz (@anaruiz) May 2, 2018",
    ]
    assert _who(body, 6, "farce") == ("quoted", "Ana Ruiz")
    assert _who(body, 5, "posted")[0] == "outlet"


# 3. A label before a colon that is a topic, not a person, names nobody


def test_headline_topic_label_names_nobody() -> None:
    body = ["Professor Ann Lee said the fever was ‘a ticking time bomb’ for the region."]
    headline = "Red Fever: ‘Ticking Time Bomb’ Set To Spread"
    assert _who(body, -1, "Ticking", headline=headline)[1] != "Red Fever"


def test_caption_label_names_nobody() -> None:
    body = [
        "In the video, Tom Lee talks to a campaign worker.",
        "Harbour Plan: “You sell the ferry and nobody notices.”",
    ]
    assert _who(body, 1, "sell")[1] != "Harbour Plan"


def test_a_label_that_is_a_person_still_speaks() -> None:
    body = ["Ann Lee: “The board is a disgrace.”", "Lee said the vote was rigged."]
    assert _who(body, 0, "disgrace") == ("quoted", "Ann Lee")
    body = ["Scholes: “The board is a disgrace.”", "Scholes said the vote was rigged."]
    assert _who(body, 0, "disgrace") == ("quoted", "Scholes")


def test_a_quoted_phrase_opening_a_sentence_is_nobody() -> None:
    body = [
        "Tom Lee says the campaign must rouse the voters.",
        "“Stir up” the poor into a “frenzy so they vote.”",
    ]
    assert _who(body, 1, "frenzy")[1] != "Stir"


# 4. A station that reported a post is not its speaker: with the poster unnamed, nobody


def test_a_post_nobody_is_named_for_is_nobodys_even_beside_a_reports_source() -> None:
    body = [
        'A clip of the fight was posted online with a request to find the "worst thug in town." '
        "It was viewed a million times before it was removed, according to KXYZ 7."
    ]
    assert _who(body, 0, "thug") == ("quoted", "")
    assert _who(body, 0, "viewed")[1] == "KXYZ 7"


def test_a_named_posters_request_stays_theirs() -> None:
    body = ['Tom Lee posted a request to find the "worst thug in town," he said.']
    assert _who(body, 0, "thug")[1] == "Tom Lee"


# 6. Round-12 leftovers: a passive smear's agent, and an outlet's possessive before a name


def test_smeared_as_by_an_agent_is_the_agents_word() -> None:
    assert _who(["Ana Ruiz was smeared as a “bigot” by Tom Lee on Friday."], 0, "bigot") == (
        "quoted", "Tom Lee"
    )
    assert _who(["Ana Ruiz was smeared as a “bigot” last week."], 0, "bigot") == ("quoted", "")


def test_an_outlets_possessive_before_a_full_name_is_the_person() -> None:
    body = ["The Gazette’s Anna Ruiz said the board is “a greedy cabal.”"]
    assert _who(body, 0, "greedy") == ("quoted", "Anna Ruiz")
    body = ["Fox News’ Tom Lee said it was “a hoax.”"]
    assert _who(body, 0, "hoax") == ("quoted", "Tom Lee")


def test_a_possessive_before_a_things_name_stays_whole() -> None:
    body = ["Lee’s Final Column says the board is “a greedy cabal.”"]
    assert _who(body, 0, "greedy")[1] != "Final Column"


def test_what_someone_became_is_not_who_speaks() -> None:
    from annotator.framing.subjects import subject_before

    lead = "Those familiar with Peter Lund in Spain before he became Mayor Tom Lee"
    assert subject_before(lead, at_start=True) is None
    assert subject_before("The mayor, Tom Lee,", at_start=True) is not None


def test_a_surname_alone_keeps_the_full_names_gender() -> None:
    from annotator.framing.speakers import SpeakerBook

    book = SpeakerBook(["x"])
    book.remember("Elizabeth Yore")
    assert book.personal("she").name == "Elizabeth Yore"  # her gender is now known
    book.remember("Yore")  # the same woman by her surname alone: never a later "he"
    assert book.known[-1].gender == "she"


def test_a_surname_two_people_share_inherits_nothing() -> None:
    from annotator.framing.speakers import SpeakerBook

    book = SpeakerBook(["x"])
    book.remember("Hillary Clinton")
    assert book.personal("she").name == "Hillary Clinton"
    book.remember("Bill Clinton")
    book.remember("Clinton")
    assert book.known[-1].gender is None
