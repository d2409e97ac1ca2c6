"""An insult adjective said of "it" judges a situation, not a person: "It's crazy that ..."."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _entries(body: str) -> list[str]:
    return [f.entry_id for f in flag(Article(headline="", body=body), default_lexicon())]


@pytest.mark.parametrize(
    "body",
    [
        "“It's crazy that the city still has no budget,” the councilwoman said.",
        "It is kind of insane to pay that much for a ticket, one fan wrote.",
        "Eight billion miles from home. Yeah, it’s kind of crazy.",
    ],
)
def test_insult_said_of_it_names_no_one(body: str) -> None:
    assert "crazy" not in _entries(body) and "insane" not in _entries(body)


@pytest.mark.parametrize(
    ("body", "entry_id"),
    [
        ("“He's crazy,” the councilwoman said of the mayor.", "crazy"),
        ("“It is crazy Joe who wrote the plan,” she said.", "crazy"),  # a name follows: a label
        ("“They are stupid people,” he said.", "stupid"),
        ("“He's not media at all, it's all a fraud,” the rancher says.", "fraud-label"),
    ],
)
def test_insults_of_people_and_labels_stay(body: str, entry_id: str) -> None:
    assert entry_id in _entries(body)
