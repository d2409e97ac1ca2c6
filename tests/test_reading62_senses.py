"""The sixty-second reading (New York Times editorials and ABC wire texts, judged on code
d2a587f as a held-out reading) found shown flags in the wrong sense; each rule reads the
construction, with the loaded use beside it. Written after that reading was scored, so the
reading is tuning text for these rules."""

from __future__ import annotations

import pytest

from annotator.pipeline import annotate

HEAD = "Campaign news of the day for voters\n\n"


def _shown(text: str) -> list[str]:
    return [f.text for f in annotate(text=HEAD + text).flags if f.shown]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # strikes and wreckage told beside the weapons that did them
        ("In Jenin, Apaches blasted a building of the Fatah movement after rocket strikes.",
         "blasted"),
        ("Rocket strikes sent clouds of smoke over a ruined police station.", "ruined"),
        # a crowd that killed, and the Mafia
        ("The station was bombed after a Palestinian mob lynched two Israeli soldiers there.",
         "mob"),
        ("The fix would drop the label from litigation not based on mob-type violence.", "mob"),
        # a passive is no verb of saying
        ("The areas had been stormed after suicide bombers killed 26 people in Jerusalem.",
         "stormed"),
        # a wreck, and snow
        ("It is likely the ferry's designers did not anticipate catastrophe from human error.",
         "catastrophe"),
        ("On a snowy night the snowflakes stuck and melted against the glass.", "snowflakes"),
    ],
)
def test_physical_senses_are_not_shown(text: str, word: str) -> None:
    assert word not in _shown(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator blasted the plan as a waste of money.", "blasted"),
        ("The tax ruined thousands of farmers.", "ruined"),
        ("An angry mob of protesters shouted down the speaker.", "angry mob"),
        ("“Get out of my office,” he stormed.", "stormed"),
        ("Those liberal snowflakes cannot handle free speech.", "snowflakes"),
    ],
)
def test_the_loaded_use_stays_shown(text: str, word: str) -> None:
    assert word in _shown(text)
