"""State media's labels that issue 9 names (Beijing on Taiwan, Moscow on Ukraine, Hezbollah on
Israel), with the plain uses of the same words that must stay unflagged. Every sentence here is
our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing.lexicon import normalise
from annotator.models import Flag

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import flags
except ImportError:
    from flag_texts import flags  # type: ignore[no-redef]


def _by_text(body: str) -> dict[str, Flag]:
    return {f.text: f for f in flags(body, "Report")}


@pytest.mark.parametrize(
    ("sentence", "label", "entry"),
    [
        # Xinhua writes the movement's name in quotation marks inside the label
        (
            'The office warned "Taiwan independence" forces against provocations in the Strait.',
            '"Taiwan independence" forces',
            "taiwan-separatists",
        ),
        (
            "The drills were a stern warning to “Taiwan independence” separatist forces.",
            "“Taiwan independence” separatist forces",
            "taiwan-separatists",
        ),
        # a paragraph of a story about Taiwan that does not name it
        (
            "Beijing urged the secessionists on the island to stop their provocations.",
            "secessionists",
            "china-separatist-labels",
        ),
        (
            "The DPP's separatist activities are doomed to fail, the state broadcaster said in"
            " its evening commentary on Taiwan.",
            "separatist activities",
            "china-separatist-labels",
        ),
        # the island's president demoted to a region's leader
        (
            "The so-called “president” of the island, regional leader Lai Ching-te, spoke on"
            " Tuesday.",
            "so-called “president”",
            "regional-leader",
        ),
        (
            "The so-called “president” of the island, regional leader Lai Ching-te, spoke on"
            " Tuesday.",
            "regional leader",
            "regional-leader",
        ),
        # Moscow's names for Ukraine's army, its foreign volunteers and its allies
        (
            "The ministry said its forces destroyed neo-Nazi battalions near Donetsk.",
            "neo-Nazi battalions",
            "russia-state-labels",
        ),
        (
            "State television said Ukrainian militants shelled a market overnight.",
            "Ukrainian militants",
            "russia-state-labels",
        ),
        (
            "The channel said the West would fight to the last Ukrainian.",
            "to the last Ukrainian",
            "russia-state-labels",
        ),
        (
            "Denazification of Ukraine remains a goal of the operation, the envoy said.",
            "Denazification",
            "kremlin-war-claims",
        ),
        (
            "The ministry said Western media spread fakes about its troops near Kharkiv.",
            "spread fakes",
            "kremlin-war-claims",
        ),
        ("Rampant Russophobia in Europe has led to new bans.", "Russophobia", "kremlin-war-claims"),
        # Beijing's stock phrases
        (
            "Washington's zero-sum mentality is the root of the tension, the spokesperson said.",
            "zero-sum mentality",
            "china-labels",
        ),
        # an armed group described by its allies' name for it
        (
            "The Lebanese resistance movement Hezbollah fired rockets across the border.",
            "resistance movement Hezbollah",
            "axis-of-resistance",
        ),
        # Hezbollah's and Lebanese communiqués' name for Israel
        (
            "The group said its fighters struck the Israeli enemy's positions with rockets.",
            "Israeli enemy",
            "zionist-entity",
        ),
    ],
)
def test_state_label_is_flagged(sentence: str, label: str, entry: str) -> None:
    flags = _by_text(sentence)
    assert label in flags, sorted(flags)
    assert flags[label].entry_id == entry


_STATE_ENTRIES = {
    "taiwan-separatists",
    "china-separatist-labels",
    "regional-leader",
    "russia-state-labels",
    "kremlin-war-claims",
}


@pytest.mark.parametrize(
    "sentence",
    [
        # the wire's plain words for other conflicts
        "Catalan separatists rallied in Barcelona on Sunday, demanding a new referendum.",
        "Pro-Russian separatist forces shelled the port, officials in Kyiv said.",
        "The Kurdish regional leader met the prime minister in Baghdad on Monday.",
        # the same words where they name what they say
        "Police arrested three members of neo-Nazi units of a banned group in Dresden.",
        "The Anglo-Saxons settled much of England in the fifth and sixth centuries.",
        "The junta hired foreign mercenaries to guard the gold mines, the report said.",
        "After 1945 the Allies ran a denazification programme in occupied Germany.",
    ],
)
def test_plain_use_is_not_flagged(sentence: str) -> None:
    flags = _by_text(sentence)
    assert not any(f.entry_id in _STATE_ENTRIES for f in flags.values()), sorted(flags)


def test_quoted_term_inside_the_outlets_phrase_is_the_outlets_voice() -> None:
    """The quotation marks set off the movement's name; the label around it is narration."""
    flags = _by_text('Officials blamed "Taiwan independence" forces for the unrest in Taipei.')
    assert flags['"Taiwan independence" forces'].voice == "outlet"


def test_curly_quotes_match_straight_ones_at_the_same_offsets() -> None:
    text = "the “Taiwan independence” forces"
    assert normalise(text) == 'the "taiwan independence" forces'
    assert len(normalise(text)) == len(text)


def test_regime_for_an_elected_government_is_shown_in_narration() -> None:
    """'Regime' for a government voters elected is a stronger charge than for a dictatorship,
    where wire copy sometimes uses the word itself: the first is in the default view."""
    flags = _by_text(
        "The Israeli regime struck the port again, while the Assad regime stayed silent."
    )
    elected, dictator = flags["Israeli regime"], flags["Assad regime"]
    assert (elected.entry_id, elected.severity, elected.shown) == ("regime-elected", "medium", True)
    assert (dictator.entry_id, dictator.severity, dictator.shown) == ("x-regime", "low", False)


def test_so_called_casts_doubt_on_an_allegation() -> None:
    """'so-called forced labour': the word after 'so-called' names what others allege."""
    flags = _by_text("The so-called forced labor in the region is a lie, the spokesperson said.")
    assert flags["so-called"].entry_id == "so-called"
