"""The sixty-fifth reading (24 pages of Mozilla Readability's current test set, copied as plain
text, judged on code a84301f as a held-out reading) found flags in the wrong sense and in the
wrong voice; each rule reads the construction, with the loaded use beside it. Written after
that reading was scored, so the reading is tuning text for these rules. The sentences are our
own."""

from __future__ import annotations

import pytest

from annotator.pipeline import annotate

HEAD = "Campaign news of the day for voters\n\n"


def _flags(text: str) -> list[str]:
    return [f.text for f in annotate(text=HEAD + text).flags]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a relative's given name that is spelt like a sectarian slur
        ("The blogger was killed; his widow, Rafida Noor Khan, was badly hurt.", "Rafida"),
        # bad dreams themselves
        ("The lawyers on the deal will have nightmares for years.", "nightmares"),
        # a demand, not a doubted claim
        ("The board is insisting that the Senate require full disclosure.", "insisting"),
        # idioms and terms of science
        ("His stories about the weather had gone untold for decades.", "untold"),
        ("The old astronomical observatory was closed for repairs.", "astronomical"),
        ("Lorenz showed that chaotic systems defy long forecasts.", "chaotic"),
        ("A cracked main was spewing water across the avenue.", "spewing"),
        ("The bull slams its horns into the gate of the pen.", "slams"),
        ("Less than a mile away lies the old plantation house.", "lies"),
        # the wire's word for the planner of an attack
        ("The suspected terrorist mastermind was captured in a raid.", "mastermind"),
        # from the sixty-sixth reading (newspaper4k's test pages, judged on code 0521c94)
        ("It is a perversion of what the charter stands for, the minister said.", "perversion"),
        ("He was a captain of the mujahedeen who fought the Soviet occupation.", "mujahedeen"),
        ("The files describe a US regime change operation in the region.", "US regime"),
        ("“We lied, we cheated, we stole,” the director told students.", "lied"),
        ('Lee "Faker" Sang-hyeok lifted the trophy for a fourth time.', "Faker"),
        # from the sixty-seventh reading (newspaper's test texts, judged on code 913cb2e)
        ("My years in the legislature were nasty, brutish, and short.", "nasty"),
        ("Perversely, the central bank raised rates in a slump.", "Perversely"),
        ("The country's propaganda system paints the West as its enemy.", "propaganda"),
        # from the sixty-eighth reading (newspaper's test texts, judged on code fbbe15a)
        ("They were victims of swatting, an online hoax where the caller spoofs a number.", "hoax"),
        ("Police said the hoax calls came from abroad.", "hoax"),
    ],
)
def test_plain_senses_are_not_flagged(text: str, word: str) -> None:
    assert word not in _flags(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The statement called them Rafida and infidels.", "Rafida"),
        ("He called the new policy a nightmare for families.", "nightmare"),
        ("She insisted that the economy grew last year.", "insisted"),
        ("Only a fool would sign such a deal.", "fool"),
        ("Untold numbers of voters were turned away.", "Untold"),
        ("The senator slammed the president for the decision.", "slammed"),
        ("She railed against the plan at the town hall.", "railed against"),
        ("He spewed hatred at the rally.", "spewed"),
        ("The campaign's digital mastermind turned a long shot into a winner.", "mastermind"),
        ("The crowd shouted that he was a pervert.", "pervert"),
        ("The mujahedeen stormed the outpost, the statement said.", "mujahedeen"),
        ("The broadcaster said the US regime had struck again.", "US regime"),
        ("The now-infamous memo was leaked by the senator.", "infamous"),
        ("“They lied to the voters,” she said.", "lied"),
        ("It was a nasty campaign from start to finish.", "nasty"),
        ("The rule has perverse effects, critics said.", "perverse"),
        ("The anchor dismissed the report as Western propaganda.", "propaganda"),
        ("Climate change is a hoax, the senator said.", "hoax"),
    ],
)
def test_the_loaded_use_stays_flagged(text: str, word: str) -> None:
    assert word in _flags(text)


def _voice(text: str, word: str) -> tuple[str, str | None]:
    report = annotate(text=HEAD + text)
    flag = next(f for f in report.flags if f.text == word)
    return flag.voice, flag.speaker


def test_a_verb_of_saying_before_and_reports_nothing() -> None:
    # the quotation is the poster's, not the teacher's named earlier
    text = (
        "Ann Ruiz, a teacher, hung the flag in her room. An unnamed poster put up her picture "
        "writing and wrote they found it “disgusting.”"
    )
    assert _voice(text, "disgusting") == ("quoted", "An unnamed poster")


def test_seemed_like_is_how_someone_looked() -> None:
    # the outlet's own judgement, not the president's words
    text = "A year ago, the president seemed like a spent force, beaten in the midterms."
    assert _voice(text, "spent force")[0] == "outlet"


def test_a_heading_before_a_colon_is_no_speaker() -> None:
    # a fact sheet's "State: passed two laws": the quote inside is the group's that said it
    text = "Ohio: passed two laws on drones. The group said it would fight “cruel” hunting."
    assert _voice(text, "cruel") == ("quoted", "The group")


def test_a_think_tank_thinks_nothing() -> None:
    text = (
        "His first speech, hosted at the Center for Policy Studies think tank in April, was "
        "one of the most paranoid addresses ever given."
    )
    assert _voice(text, "paranoid") == ("outlet", None)


def test_a_letters_sign_off_is_no_speaker() -> None:
    text = (
        "Some will call the trade venal. I find it noble and I hope you will too.\n\n"
        "—Warmly, Michael"
    )
    assert _voice(text, "noble") == ("outlet", None)
