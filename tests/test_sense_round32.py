"""Word sense, round 32 (issue 9): the shared 'plain sense' word lists split so a nationality
or "attack" no longer hides a use; a word named in quotation marks after a frame that gives it
up or names a remark by it; feelings reported; standard terms. Every sentence here is our own."""

from __future__ import annotations

import pytest

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import shown_in_news, words
except ImportError:
    from flag_texts import shown_in_news, words  # type: ignore[no-redef]


def _words(body: str) -> set[str]:
    return words(body, "Report")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a nationality or party adjective before the word does not make it a term
        ("The speech denounced Russian imperialism in the region.", "imperialism"),
        ("The forum was overrun by Russian trolls, the columnist wrote.", "trolls"),
        ("She introduced the town to her new plutocrat friends.", "plutocrat"),
        # "attack(s)" after an adjective is the attack characterised
        ("The senator launched a bizarre attack on the judge.", "bizarre"),
        ("''He unleashed withering attacks on me,'' Senator Ana Ruiz said.", "withering"),
        ("''We faced blistering attacks from both sides,'' the governor said.", "blistering"),
    ],
)
def test_plain_sense_lists_keep_uses(sentence: str, word: str) -> None:
    # the match may run on into the noun ("withering attacks")
    assert any(word in w.split() for w in _words(sentence))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the lists still give the plain sense where they did
        ("The circus tent went up on the common.", "circus"),
        ("Her alter ego is a jazz singer.", "ego"),
    ],
)
def test_plain_sense_lists_still_plain(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a word given up is named, not used
        (
            "Senator Ana Ruiz promised to refrain from using the phrase"
            " \u201cillegal immigrant\u201d in her speeches.",
            "illegal immigrant",
        ),
        ("The mayor said he had stopped using the word \"thugs\" last year.", "thugs"),
        ("Senator Ana Ruiz stopped short of using the word \"thugs\" for them.", "thugs"),
        # a remark known by its words
        ("Three panels discussed Donald Trump's \"woman's card\" remark.", "woman's card"),
        ("Days before the bishop's \u201ccalumny\u201d comment, a letter ran.", "calumny"),
    ],
)
def test_mentioned_not_used(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a quoted adjective describes the remark: the speaker's word for it
        (
            "Senator Ana Ruiz said Trump's \u201cdivisive\u201d and \u201cmean-spirited\u201d"
            " comments did not fit the man she knew.",
            "mean-spirited",
        ),
        # a use reported, and a label given
        ("Senator Ana Ruiz kept using the word \"thugs\" for the protesters.", "thugs"),
        ("Senator Ana Ruiz called the protesters \"thugs\" in a remark to reporters.", "thugs"),
    ],
)
def test_quoted_use_stays(sentence: str, word: str) -> None:
    assert word in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # how people feel, reported: flagged, out of the default view
        ("Farmers across the state have been outraged by the new levy.", "outraged"),
        ("''My mother would be so appalled at this race,'' Senator Ana Ruiz said.", "appalled"),
        ("''See how terrified they are for their jobs,'' Senator Ana Ruiz said.", "terrified"),
        ("Senator Ana Ruiz said she was \"horrified\" by the remarks.", "horrified"),
        ("Senator Ana Ruiz said the town was \"devastated\" by the closures.", "devastated"),
    ],
)
def test_feeling_reported_hidden(sentence: str, word: str) -> None:
    assert shown_in_news(sentence, "Report").get(word) is False


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a call to feel, testimony of fear, and the word that characterises a target
        ("''You should be outraged at the governor,'' Senator Ana Ruiz said.", "outraged"),
        ("Citizens have every right to be outraged by the inaction.", "outraged"),
        ("''I am terrified,'' Senator Ana Ruiz told the committee.", "terrified"),
        ("''It is an outrageous claim,'' Senator Ana Ruiz said.", "outrageous"),
        ("''His conduct was appalling,'' Senator Ana Ruiz said.", "appalling"),
    ],
)
def test_feeling_as_label_shown(sentence: str, word: str) -> None:
    assert shown_in_news(sentence, "Report").get(word) is True


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # an exception phrase read past the quotation marks round the speaker's word
        (
            "''In 2011 he accused the Fed chair of trying to \"debase\" the dollar,'' Senator Ana"
            " Ruiz said.",
            "debase",
        ),
        # a fabrication the text reports established
        ("Shares recovered once the report was revealed to be a hoax.", "hoax"),
        # a state's information operations, the technical term
        ("Agencies have released fake reports for propaganda purposes.", "propaganda"),
        ("Russia has long engaged in propaganda warfare.", "propaganda"),
        ("The museum hung posters of Soviet propaganda.", "propaganda"),
        ("Transmitters sent Western propaganda across the Iron Curtain each night.", "propaganda"),
        # the verb, in an inverted sentence
        ("South of the border lies one industrial park after another.", "lies"),
        # an exception ending in the article "a" holds "an"
        ("''The team snapped an 11-game losing streak,'' the coach said.", "snapped"),
    ],
)
def test_standard_terms(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("''Climate change is a hoax,'' Senator Ana Ruiz said.", "hoax"),
        ("''That is pure propaganda,'' Senator Ana Ruiz said.", "propaganda"),
        ("''The report is Western propaganda,'' the state TV anchor said.", "propaganda"),
        # an exception phrase is whole words: "lies a" is not in "lies and"
        ("''They told lies and half-truths,'' Senator Ana Ruiz said.", "lies"),
        ("''The reasons for these lies actually matter,'' Senator Ana Ruiz said.", "lies"),
    ],
)
def test_labels_stay(sentence: str, word: str) -> None:
    assert word in _words(sentence)
