"""Round ten of voice and speaker fixes (editor readings 34-42): a "he" or "she" stands only for
a person the speaker book knows (no news agency, web site, state or plural group), and a
pronoun is never shown as a speaker's name. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

from annotator.framing.speakers import SpeakerBook

# 1. A person's pronoun never resolves to a medium, a body, a place or a plural group


def test_he_skips_a_name_its_appositive_makes_a_news_agency() -> None:
    body = [
        "Adm. Tom Reyes leads the fleet in the Pacific.",
        "''Some may call this unkind,'' Tidewire, the official state news agency, wrote.",
        "The admiral shrugs it off. ''They try to paint me as a foreigner,'' he said.",
    ]
    assert _who(body, 2, "foreigner") == ("quoted", "Adm. Tom Reyes")


def test_he_skips_a_name_the_words_before_it_make_a_news_agency() -> None:
    book = SpeakerBook()
    book.resolve("Mayor Ana Ruiz")
    book.resolve("state news agency Tidewire")
    assert book.resolve("she").name == "Mayor Ana Ruiz"


def test_he_skips_a_web_site_and_a_state() -> None:
    book = SpeakerBook()
    book.resolve("Tom Reyes")
    book.resolve("Fieldnotes.com")
    assert book.resolve("he").name == "Tom Reyes"
    book.resolve("Nebraska")
    assert book.resolve("he").name == "Tom Reyes"


def test_he_skips_a_plural_common_noun() -> None:
    body = [
        "Tom Reyes pitched for a decade.",
        "Reyes posted again, even as advocates in the community called for his dismissal.",
        "''Let me be clear,'' he wrote.",
    ]
    assert _who(body, 2, "clear") == ("quoted", "Reyes")


def test_a_person_named_with_a_role_stays_a_he() -> None:
    book = SpeakerBook()
    book.resolve("campaign manager Robby Vale")
    assert book.resolve("he").name == "Robby Vale"
    book = SpeakerBook()
    book.resolve("Ana Ruiz", ", a member of the city council,")
    assert book.resolve("she").name == "Ana Ruiz"


# 3. A pronoun is the subject, never a name shown as the speaker


def test_a_pronoun_after_doubled_apostrophe_quotes_is_resolved_not_named() -> None:
    body = [
        "Pat Quill, a pitcher, wrote a post on Tuesday.",
        "''Let's be clear,'' he wrote. ''If you get upset, that's your fault, all yours.'' "
        "He added: ''This latest fuss is hilarious.''",
    ]
    assert _who(body, 1, "hilarious") == ("quoted", "Pat Quill")


def test_a_phrase_ending_on_an_unresolved_pronoun_names_nobody() -> None:
    book = SpeakerBook()
    assert book.resolve("all yours.'' He").name is None


# 1b. A quote after a colon: the absolute clause's subject speaks, a town's state does not


def test_a_with_absolute_before_the_colon_gives_its_subject() -> None:
    text = (
        "At a rally in Dayton, Ohio, on Saturday, some of his backers shoved a heckler, "
        "with Vance reportedly yelling: “Throw him out of here!”"
    )
    assert _who([text], 0, "Throw") == ("quoted", "Vance")
    text = "The hall cheered, with the mayor adding: “We are not done.”"
    assert _who([text], 0, "done") == ("quoted", "the mayor")


def test_a_state_set_off_by_commas_is_no_colon_speaker() -> None:
    text = "At a rally in Dayton, Ohio, on Saturday, the crowd grew loud: “Out!”"
    assert _who([text], 0, "Out")[1] != "Ohio"


# 2. Speaker fragments: a name that ends on a month's short form, a quantified group


def test_a_name_ending_on_a_month_short_form_still_speaks() -> None:
    text = "“Many of his plans are far from kind,” columnist Ai Jun wrote in the paper."
    assert _who([text], 0, "kind") == ("quoted", "Ai Jun")
    assert _who(["“We won,” Kim Jan said."], 0, "won") == ("quoted", "Kim Jan")


def test_a_quantified_plural_group_is_no_he() -> None:
    body = ["Tom Reyes spoke first. Other Netizens enjoyed the spectacle.", "“A clown,” he wrote."]
    assert _who(body, 1, "clown") == ("quoted", "Tom Reyes")


# 4. A relative clause's report after a description in apposition is the named person's


def test_who_after_an_apposed_description_is_the_name() -> None:
    text = (
        "“Do these people read papers?” said Bob Lind, a state delegate and Vance supporter "
        "who has accused rival fans of harassing his peers. “Are they reading some chain "
        "email with bogus numbers?”"
    )
    assert _who([text], 0, "bogus") == ("quoted", "Bob Lind")
    assert _who([text], 0, "harassing") == ("paraphrase", "Bob Lind")


def test_he_after_a_sentence_opened_by_a_names_act_is_that_name() -> None:
    body = [
        "Tom Reyes sparred with Dan Vale on the stage on Monday.",
        "Vale answered every charge in turn.",
        "Reyes’s attempt to stay polite did not last long. Within minutes, he called Vale "
        "“Little Danny” again and again.",
    ]
    assert _who(body, 2, "Little Danny") == ("quoted", "Reyes")


def test_an_infinitives_object_is_no_speaker() -> None:
    text = (
        "One group campaigning for Wales to leave the Northern Union in the June 23 national "
        "referendum posted a message that showed rebels warning of a ''Dayton-style "
        "disaster'' if Wales stayed."
    )
    assert "Northern Union" not in _who([text], 0, "Dayton-style")[1]
    # "to what ... called" is a relative clause: its subject speaks
    text = "The plan led to what aide Kim Tallis called “the start of a new era” in his book."
    assert _who([text], 0, "new era") == ("quoted", "Kim Tallis")


def test_he_after_a_report_about_someone_else_is_the_reporter() -> None:
    body = [
        "Dan Vale is running against Speaker Ross in the primary.",
        "Vale responded Friday to reports that Ross planned to back his rival. “Ross will "
        "never abandon his old friends in the lobby,” he said.",
    ]
    assert _who(body, 1, "abandon") == ("quoted", "Vale")


def test_a_colon_after_to_which_gives_the_relatives_subject() -> None:
    text = (
        "Ann Lee said the plan was sound, to which Dan Vale interjected: “It's just not true.”"
    )
    assert _who([text], 0, "not true") == ("quoted", "Dan Vale")


def test_a_participle_after_a_clause_of_its_own_is_that_clauses_subjects() -> None:
    body = [
        "The day before, at a rally in Dayton, Ohio., Mr. Vale was just as blunt, claiming "
        "without evidence that Mayor Ross wanted to raise every tax. ''You'd have to be "
        "mad,'' he said."
    ]
    assert _who(body, 0, "raise") == ("paraphrase", "Mr. Vale")
    assert _who(body, 0, "mad") == ("quoted", "Mr. Vale")


def test_he_is_never_the_name_that_acted_on_him() -> None:
    body = [
        "Dan Vale may be harder to ignore.",
        "After Ann Lee accused him of bias, he warned, “If they play that card, it is fair "
        "game,” Vale told a morning show.",
    ]
    assert _who(body, 1, "fair game") == ("quoted", "Dan Vale")


def test_a_trips_purpose_infinitive_is_the_travellers_report() -> None:
    text = "On Monday, Ann Lee went to Ohio to tell voters that the vote had been rigged."
    assert _who([text], 0, "rigged") == ("paraphrase", "Ann Lee")
    text = "Lee flew home on Friday to ask her staff whether the plan was dead."
    assert _who([text], 0, "dead") == ("paraphrase", "Lee")


def test_a_common_given_name_tells_the_gender_no_pronoun_told() -> None:
    body = ["Tom Reyes chatted with Jennifer Lanz at the rally.", "“It was fun,” he said."]
    assert _who(body, 1, "fun") == ("quoted", "Tom Reyes")
    body = ["Jennifer Lanz sang at the rally on Friday.", "“It was fun,” he said."]
    assert _who(body, 1, "fun") == ("quoted", "")  # None over a wrong name
    # the article's own pronouns outweigh the name
    body = ["Jennifer Lanz sang on Friday, and he said his voice held.", "“It was fun,” he said."]
    assert _who(body, 1, "fun") == ("quoted", "Jennifer Lanz")


# 4b. A quote in a sentence with no tag is its named subject's phrase, not a later tag's


def test_an_untagged_quote_after_a_named_subject_is_that_persons() -> None:
    text = (
        "Dan Vale spent two sentences on the threat before turning to a ''rigged harbour.'' "
        "Ann Lee said on Sunday that the fund was safe."
    )
    assert _who([text], 0, "rigged") == ("quoted", "Dan Vale")


def test_an_untagged_quote_after_a_place_or_a_medium_is_not_theirs() -> None:
    text = "In Dayton, Ohio, on Monday, a ''harbour tax'' came up. Ann Lee answered questions."
    assert _who([text], 0, "harbour tax")[1] != "Ohio"
    scene = "The ad ran during the “Harbour Hour” on Monday. Ann Lee said it was hers."
    assert _who([scene], 0, "Hour")[1] != "The ad"


def test_two_roles_joined_by_and_before_a_name_remember_the_name() -> None:
    body = [
        "Long-shot candidate and former Ohio governor Martin Lowe joined Ann Lee for the "
        "debate.",
        "“It is just not true,” he said.",
    ]
    assert _who(body, 1, "not true") == ("quoted", "Martin Lowe")
