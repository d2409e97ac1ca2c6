"""Round eleven of voice and speaker fixes (editor reading 43, ptc-tune pages): the outlet's
own words are not a paraphrase of the person written about, and speakers are names, not
fragments. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

from annotator.framing.speakers import SpeakerBook

# 2. The writer's words are not a paraphrase of the person written about


def test_the_addressee_of_a_directive_is_the_writers_noun_phrase() -> None:
    body = ["Mayor Ana Ruiz has not wavered.", "She has told the Martian squatters to leave."]
    assert _who(body, 1, "squatters") == ("outlet", "")
    assert _who(body, 1, "leave") == ("paraphrase", "Mayor Ana Ruiz")


def test_there_is_no_telling_reports_nothing() -> None:
    body = ["Ana Ruiz kept the harbour open, and there's no telling the harm to the greedy port."]
    assert _who(body, 0, "greedy") == ("outlet", "")


# 1. Speaker fragments: an epithet is someone already named, never a name of its own


def test_a_hyphenated_epithet_stands_for_the_last_person_named() -> None:
    body = [
        "Mayor Ana Ruiz spoke on Monday.",
        "Instead, the tough-talking politician said the ferry was a ''floating ruin.''",
    ]
    assert _who(body, 1, "floating") == ("quoted", "Mayor Ana Ruiz")


def test_an_epithet_with_nobody_named_names_nobody() -> None:
    book = SpeakerBook()
    assert book.resolve("the tough-talking politician").name is None
    book.resolve("Ana Ruiz")
    assert book.resolve("the politician").name == "Ana Ruiz"


def test_lets_names_nobody_a_later_he_could_stand_for() -> None:
    body = [
        "Let’s remember that this comes from the harbour board.",
        "Close on the heels of the vote he slammed the plan to curb the notorious dockers.",
    ]
    assert _who(body, 1, "notorious")[1] != "Let"


def test_an_epigraph_credited_after_a_dash_is_its_authors() -> None:
    body = ["“How silly to trade a harbour for a car park!” -Ana Maria Ruiz"]
    assert _who(body, 0, "silly") == ("quoted", "Ana Maria Ruiz")


def test_a_lone_quantifier_is_no_speaker() -> None:
    book = SpeakerBook()
    assert book.resolve("all").name is None


# 2. A report ends with the clause its verb stands in


def test_a_report_inside_a_parenthesis_ends_where_it_closes() -> None:
    body = ["The town is full of deals (where two mayors agree on a plan) and the chaos of a port."]
    assert _who(body, 0, "chaos") == ("outlet", "")
    assert _who(body, 0, "on a plan") == ("paraphrase", "two mayors")


def test_a_report_in_an_opening_where_clause_ends_at_its_comma() -> None:
    body = [
        "Where the charter proclaims peace for all, the port offers nothing but grime and "
        "the “loafers” who run it."
    ]
    assert _who(body, 0, "grime") == ("outlet", "")
    assert _who(body, 0, "loafers") == ("quoted", "")


def test_an_opening_as_clause_still_speaks_the_main_clause() -> None:
    body = ["As Ana Ruiz wrote, the plan is “a gift nobody asked for.”"]
    assert _who(body, 0, "gift") == ("quoted", "Ana Ruiz")


# 3. Speaker None where the sentence names the source


def test_a_book_cited_with_its_chapter_and_verse_speaks_its_quote() -> None:
    body = ['Similarly, Hosea 4:1-2 declares, "There is no faith in the harbour board."']
    assert _who(body, 0, "faith") == ("quoted", "Hosea 4:1-2")


def test_why_a_directive_was_given_is_the_writers_account() -> None:
    body = [
        "Mayor Ana Ruiz ordered that the plaques be removed, because the board failed to stop "
        "dozens of crooked dockers."
    ]
    assert _who(body, 0, "plaques") == ("paraphrase", "Mayor Ana Ruiz")
    assert _who(body, 0, "crooked") == ("outlet", "")


def test_things_a_name_acted_on_are_the_subject_of_the_writers_predicate() -> None:
    body = ["The files Ruiz ordered released involve the disgraced former harbour chiefs."]
    assert _who(body, 0, "disgraced") == ("outlet", "")
    body = ["She wants the ones Ruiz now says are “secret” released."]
    assert _who(body, 0, "secret") == ("quoted", "Ruiz")


def test_a_headline_label_with_its_verb_names_only_its_subject() -> None:
    assert _who(["Ruiz spoke."], -1, "end", headline="Mayor Ruiz Warns: ‘This is the end’") == (
        "quoted", "Mayor Ruiz"
    )
    spans = _who(["The nun wrote to us."], -1, "ruin", headline="A Nun Speaks: ‘It is a ruin’")
    assert spans[1] != "A Nun Speaks"


def test_an_inverted_passive_subject_reports_nothing() -> None:
    body = ["At no time was Ana Ruiz offered a reply to this shocking report."]
    assert _who(body, 0, "shocking") == ("outlet", "")


def test_a_peoples_adjective_opening_a_sentence_is_no_name() -> None:
    body = [
        "The Norwegian government and its harbour master have a choice to make.",
        "A report from the harbour board set out the plan.",
        "This would be done, they wrote, with an unrelenting campaign.",
    ]
    assert _who(body, 2, "unrelenting")[1] != "The Norwegian"


def test_a_passive_with_an_adverb_before_its_participle_reports_nothing() -> None:
    body = ["Dockers are often derided by critics for trusting supposedly lost charters."]
    assert _who(body, 0, "supposedly") == ("outlet", "")


def test_a_capital_before_a_noun_that_speaks_nothing_names_no_one() -> None:
    body = ['The Latin word rendered "wicked" also names a "ruin" in the old charters.']
    assert _who(body, 0, "ruin") == ("quoted", "")
