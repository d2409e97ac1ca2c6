"""The lexicon engine: matching, inflection, context rules, chains, offsets, overlays."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from annotator.errors import DataFileError
from annotator.framing.flags import flag
from annotator.framing.lexicon import Lexicon, bundled_lexicon_path
from annotator.framing.schema import Entry
from annotator.models import Article
from annotator.page.extract import extract_text


def _texts(lx: Lexicon, text: str) -> list[str]:
    return [text[c.start : c.end] for c in lx.candidates(text)]


def test_matches_multiword_and_inflections(mini_lexicon: Lexicon) -> None:
    text = "Critics slammed the regimes. The senator slams it; she is slamming it? (no)"
    assert _texts(mini_lexicon, text) == ["slammed", "regimes", "slams", "slamming"]


def test_word_boundaries(mini_lexicon: Lexicon) -> None:
    assert _texts(mini_lexicon, "The martyrium and shaheedi are not words here.") == []
    assert _texts(mini_lexicon, "A martyr's funeral.") == ["martyr"]


def test_curly_apostrophe_exception_and_case(mini_lexicon: Lexicon) -> None:
    assert _texts(mini_lexicon, "Crowds gathered in Martyrs’ Square.") == []
    assert _texts(mini_lexicon, "He was a martyr.") == ["martyr"]
    # "Imam" is only a title when capitalised; a mosque's name is not the outlet's label.
    assert _texts(mini_lexicon, "the imam spoke") == []
    assert _texts(mini_lexicon, "Imam Khamenei spoke") == ["Imam"]
    assert _texts(mini_lexicon, "Imam Hussein shrine") == []


def test_not_after_and_exception_phrases(mini_lexicon: Lexicon) -> None:
    assert _texts(mini_lexicon, "The new tax regime starts in May.") == []
    assert _texts(mini_lexicon, "Talk of regime change grew.") == []
    assert _texts(mini_lexicon, "The regime arrested them.") == ["regime"]


def test_longest_match_wins() -> None:
    lx = Lexicon(
        [
            Entry(
                id="a",
                forms=["enemy"],
                category="name_calling",
                technique="Loaded_Language",
                severity="low",
                why="A short form for the longest-match test.",
            ),
            Entry(
                id="b",
                forms=["enemy of the people"],
                category="name_calling",
                technique="Name_Calling,Labeling",
                severity="high",
                why="A long form for the longest-match test.",
            ),
        ]
    )
    (c,) = lx.candidates("They called him an enemy of the people.")
    assert c.entry.id == "b"


def test_chain_of_titles_is_one_flag(mini_lexicon: Lexicon) -> None:
    art = extract_text(
        "Head\n\nLeader of the Islamic Ummah and Oppressed Imam Ayatollah Ali Khamenei spoke."
    )
    flags = flag(art, mini_lexicon)
    assert [f.text for f in flags] == ["Leader of the Islamic Ummah and Oppressed Imam"]


def test_offsets_and_fields(mini_lexicon: Lexicon) -> None:
    art = extract_text(
        "Iran will Certainly Respond\n\nFirst paragraph.\n\n“They are definitely a regime,” "
        "said Ana Ruiz."
    )
    flags = flag(art, mini_lexicon)
    assert [(f.field, f.text, f.voice) for f in flags] == [
        ("headline", "Certainly", "outlet"),
        ("body", "definitely", "quoted"),
        ("body", "regime", "quoted"),
    ]
    for f in flags:
        src = art.headline if f.field == "headline" else art.body
        assert src[f.start : f.end] == f.text
    assert flags[1].speaker == "Ana Ruiz" and flags[1].paragraph == 1


def test_contested_name_lists_other_side_not_neutral(mini_lexicon: Lexicon) -> None:
    (f,) = flag(extract_text("H\n\nSettlers in Judea and Samaria protested."), mini_lexicon)
    assert f.other_side == ["West Bank"] and f.neutral == []


def test_overlay_replaces_entry_by_id(tmp_path: Path, mini_lexicon: Lexicon) -> None:
    overlay = tmp_path / "newsroom.yaml"
    overlay.write_text(
        "schema_version: 1\nentries:\n"
        "  - id: regime\n    forms: [junta]\n    category: name_calling\n"
        "    technique: Name_Calling,Labeling\n    severity: high\n"
        "    why: Our newsroom flags junta instead of regime.\n"
    )
    base = Path(__file__).parent / "fixtures" / "lexicon-mini.yaml"
    lx = Lexicon.load([base, overlay])
    assert _texts(lx, "The regime and the junta.") == ["junta"]
    assert lx.layers["regime"] == str(overlay)
    assert lx.layers["martyr"] == str(base)


def test_invalid_lexicon_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\nentries:\n"
        "  - id: ok\n    forms: [thug]\n    category: name_calling\n"
        "    technique: Name_Calling,Labeling\n    severity: high\n"
        "    why: A label that dehumanises.\n"
        "  - id: broken\n    forms: [x]\n    category: nonsense\n"
        "    technique: Loaded_Language\n    severity: high\n    why: Invalid category here.\n"
    )
    with pytest.raises(DataFileError, match=r"bad\.yaml:11: entries\[1\]\.category"):
        Lexicon.load([bad])


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    entry = (
        "  - id: same\n    forms: [thug]\n    category: name_calling\n"
        "    technique: Name_Calling,Labeling\n    severity: high\n"
        "    why: A label that dehumanises.\n"
    )
    bad = tmp_path / "dup.yaml"
    bad.write_text("schema_version: 1\nentries:\n" + entry + entry)
    with pytest.raises(DataFileError, match=r"dup\.yaml:9: .*duplicate id 'same'"):
        Lexicon.load([bad])


def _tyrant_file(path: Path, forms: str, neutral: str = "") -> Path:
    """A one-entry lexicon whose 'tyranny' has alternatives of its own."""
    path.write_text(
        f"schema_version: 1\nentries:\n  - id: tyrant\n    forms: [{forms}]\n"
        "    category: name_calling\n    technique: Name_Calling,Labeling\n"
        f"    severity: medium\n    why: A label for a ruler.\n{neutral}"
        "    neutral_by_form:\n      tyranny: [authoritarian rule]\n"
    )
    return path


def test_neutral_alternatives_fit_the_form_matched(tmp_path: Path) -> None:
    path = _tyrant_file(tmp_path / "lex.yaml", "tyrant, tyranny", "    neutral: [ruler]\n")
    lex = Lexicon.load([path])
    body = "The tyrant spoke of tyranny and of tyrannies past."
    got = [(f.text, f.neutral) for f in flag(Article(headline="", body=body), lex)]
    assert got == [
        ("tyrant", ["ruler"]),
        ("tyranny", ["authoritarian rule"]),
        ("tyrannies", ["authoritarian rule"]),  # an inflection of the form listed
    ]


def test_neutral_that_the_entry_itself_flags_is_refused(tmp_path: Path) -> None:
    """An alternative the entry flags would be flagged again in the reporter's rewrite."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\nentries:\n  - id: vanity\n    forms: [vanity project, pet project]\n"
        "    category: loaded\n    technique: Loaded_Language\n    severity: medium\n"
        "    why: A charge about motive.\n    neutral: [pet project]\n"
    )
    with pytest.raises(DataFileError, match=r"bad\.yaml:9: .*'pet project' is one of the entry"):
        Lexicon.load([bad])


def test_neutral_for_a_form_the_entry_lacks_is_refused(tmp_path: Path) -> None:
    bad = _tyrant_file(tmp_path / "bad.yaml", "tyrant")
    with pytest.raises(DataFileError, match=r"bad\.yaml:9: .*'tyranny' is not one of"):
        Lexicon.load([bad])


def test_a_wire_form_the_entry_lacks_is_refused(tmp_path: Path) -> None:
    # A misspelt form would otherwise never match and the rule would silently do nothing.
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\nentries:\n  - id: touted\n    forms: [touted]\n"
        "    category: attribution\n    technique: Loaded_Language\n"
        "    severity: low\n    why: Casts a claim as salesmanship.\n"
        "    context:\n      wire_forms: [tooted]\n"
    )
    with pytest.raises(DataFileError, match=r"bad\.yaml:9: .*'tooted' is not one of"):
        Lexicon.load([bad])


@pytest.mark.parametrize("rule", ["not_near", "topic", "plain_in_paragraph", "not_by"])
def test_a_context_rule_naming_an_unknown_word_class_is_refused(tmp_path: Path, rule: str) -> None:
    # A misspelt class would otherwise read as an empty one and the rule would silently do nothing.
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\nentries:\n  - id: dems\n    forms: [dems]\n"
        "    category: name_calling\n    technique: Name_Calling,Labeling\n"
        "    severity: medium\n    why: Headline shorthand used as a jibe.\n"
        f"    context:\n      {rule}: [no_such_class]\n"
    )
    with pytest.raises(DataFileError, match=r"bad\.yaml:9: .*unknown word class 'no_such_class'"):
        Lexicon.load([bad])


def test_bundled_lexicon_is_valid() -> None:
    lx = Lexicon.load([bundled_lexicon_path()])
    assert len(lx.entries) >= 100
    categories = {e.category for e in lx.entries}
    assert {
        "glorifying",
        "name_calling",
        "loaded",
        "certainty",
        "doubt",
        "attribution",
        "euphemism",
        "puffery",
        "contested_name",
        "fear",
    } <= categories


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah, designated a terrorist organisation by the State Department, said no.",
        "The group was designated as a terrorist organization in 2001.",
        "Britain proscribed the terrorist group under UK law.",
        "It is listed as a terrorist group by the EU.",
        "The terrorist group, designated by Washington in 1997, denied it.",
    ],
)
def test_attributed_designation_is_not_the_outlets_label(mini_lexicon: Lexicon, text: str) -> None:
    assert _texts(mini_lexicon, text) == []


def test_unattributed_label_is_flagged(mini_lexicon: Lexicon) -> None:
    text = "The terrorist group attacked the village."
    assert _texts(mini_lexicon, text) == ["terrorist group"]


def test_every_shipped_entry_example_is_flagged_by_it() -> None:
    """Examples document what an entry catches; an example the engine does not flag is wrong."""
    from annotator.models import Article

    lx = Lexicon.load([bundled_lexicon_path()])
    missed = []
    for entry in lx.entries:
        for example in entry.examples:
            flags = flag(Article(headline="", body=example), lx)
            forms = [f.lower() for f in entry.forms]
            # A longer entry may win the longest match ("heroic fighters"): that still counts.
            hit = any(
                f.entry_id == entry.id or any(form in f.text.lower() for form in forms)
                for f in flags
            )
            if not hit:
                missed.append(f"{entry.id}: {example}")
    assert not missed, missed[:10]


@pytest.mark.parametrize(
    ("category", "text", "voice"),
    [
        ("glorifying", "The Martyr Commander was buried on Friday.", "outlet"),
        # "definitely" is flagged only in headlines and speakers' words (outlet_body: false).
        ("certainty", "The plan will absolutely fail.", "outlet"),
        ("contested_name", "Settlers in Judea and Samaria protested.", "outlet"),
    ],
)
def test_shipped_lexicon_flags_each_kind_in_plain_narration(
    category: str, text: str, voice: str
) -> None:
    from annotator.models import Article

    flags = flag(Article(headline="", body=text), Lexicon.load([bundled_lexicon_path()]))
    assert any(f.category == category and f.voice == voice for f in flags), flags


def test_shipped_lexicon_covers_every_category_with_examples() -> None:
    lx = Lexicon.load([bundled_lexicon_path()])
    with_examples = {e.category for e in lx.entries if e.examples}
    assert with_examples == {
        "glorifying",
        "name_calling",
        "loaded",
        "fear",
        "certainty",
        "doubt",
        "attribution",
        "euphemism",
        "puffery",
        "contested_name",
    }


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The “experts” disagreed again.", "“experts”"),
        ("A so-called “investigation” began.", None),  # "so-called" already says it
        ("The word “regime” appears twice.", None),  # mentioned, not used
        ("Critics watched the film “Dune” twice.", None),  # a title, capitalised
        ("“Enough,” said Ana Ruiz.", None),  # attributed speech
        ("Ana Ruiz said the plan was a “disaster” for the city.", None),  # someone speaks here
        ("They issued a statement saying how “thankful” they are.", None),  # a partial quote
        ("The “temporary” tax is now ten years old.", "“temporary”"),
    ],
)
def test_scare_quotes(mini_lexicon: Lexicon, text: str, flagged: str | None) -> None:
    from annotator.models import Article

    flags = [
        f
        for f in flag(Article(headline="", body=text), mini_lexicon)
        if f.entry_id == "scare-quotes"
    ]
    if flagged is None:
        assert flags == []
    else:
        (f,) = flags
        assert (f.text, f.voice, f.category, f.technique) == (flagged, "outlet", "doubt", "Doubt")


def test_zero_width_characters_inside_a_word_do_not_hide_it(mini_lexicon: Lexicon) -> None:
    # Matching skips invisible characters; offsets still slice the original text.
    for hidden in ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"):
        text = f"He was a mar{hidden}tyr, and the re{hidden}gime fell."
        assert _texts(mini_lexicon, text) == [f"mar{hidden}tyr", f"re{hidden}gime"]
    # Not a word boundary either: the hidden character does not split "martyrium".
    assert _texts(mini_lexicon, "The martyr\u200bium.") == []


def test_overlap_choice_is_longest_first_then_leftmost(mini_lexicon: Lexicon) -> None:
    # The overlap check keeps the longest candidate, then the leftmost among equals; a
    # one-paragraph text of many matches keeps one flag per occurrence (linear, not quadratic).
    unit = "the regime slammed the martyr. "
    found = mini_lexicon.candidates(unit * 20_000)
    assert len(found) == 3 * 20_000
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_welfare_labels_are_their_own_entry_and_risk_takers_are_not_labelled() -> None:
    # An editor found "free stuff" reported under the immigration slurs at high severity, and a
    # bare "takers" flagged "risk takers" and "note takers".
    lx = Lexicon.load()
    body = "She called them freeloaders who want free stuff. Risk takers and note takers met."
    flags = flag(Article(headline="", body=body), lx)
    assert [(f.text, f.entry_id, f.severity) for f in flags] == [
        ("freeloaders", "welfare-labels", "medium"),
        ("free stuff", "welfare-labels", "medium"),
    ]
    [f] = flag(Article(headline="", body="He split the nation into makers and takers."), lx)
    assert f.entry_id == "welfare-labels"
