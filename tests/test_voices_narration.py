"""Whose words a flag stands in: narration next to a speaker stays the outlet's, and a report is
the speaker's only as far as its clause runs. Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.voices import segment


def _who(paragraphs: list[str], para: int, word: str) -> tuple[str, str]:
    """Voice and speaker of the text at `word` in paragraph `para`."""
    seg = segment("", paragraphs)
    pos = paragraphs[para].index(word)
    for s in seg.body[para]:
        if s.start <= pos < s.end:
            return s.voice, s.speaker or ""
    return "outlet", ""


def test_fronted_subordinate_clause_ends_at_its_comma() -> None:
    # The main clause after "When X attacked Y," is the outlet's narration, not X's report.
    text = "When Ana Ruiz attacked the harbour board, the fishermen were furious."
    assert _who([text], 0, "harbour") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "furious") == ("outlet", "")
    # ... and so is what a report nested inside the clause would otherwise run into.
    nested = "When Ana Ruiz noted that Leo Park calls it a “ghost ferry,” the mayor laughed."
    assert _who([nested], 0, "laughed") == ("outlet", "")
    # A clause after the main one runs on to the sentence's end ("in Salem, Oregon that").
    late = "The board met after Ana Ruiz told a crowd in Salem, Oregon that the ferry was doomed."
    assert _who([late], 0, "doomed") == ("paraphrase", "Ana Ruiz")


def test_sentence_adverb_between_auxiliary_and_cue() -> None:
    text = "Leo Park has nevertheless called the plan a reckless gamble."
    assert _who([text], 0, "reckless") == ("paraphrase", "Leo Park")


def test_fronted_participle_describes_the_speaker() -> None:
    # "Horrified at ..., X believes": the outlet's description of X, not X's report.
    text = "Appalled at the cost of the harbour, Ana Ruiz believes in smaller ferries."
    assert _who([text], 0, "Appalled") == ("outlet", "")
    assert _who([text], 0, "smaller") == ("paraphrase", "Ana Ruiz")
    # A sentence before a closing tag is still what the tag reports.
    closing = "Relieved families cheered the harbour plan, Ana Ruiz said in Dover."
    assert _who([closing], 0, "cheered") == ("paraphrase", "Ana Ruiz")


def test_manner_of_saying_is_the_outlets() -> None:
    terms = "Leo Park described, in unusually scathing terms, a board that ignored the harbour."
    assert _who([terms], 0, "scathing") == ("outlet", "")
    assert _who([terms], 0, "ignored") == ("paraphrase", "Leo Park")
    adverb = "Leo Park responded angrily to the harbour board."
    assert _who([adverb], 0, "angrily") == ("outlet", "")
    # An adjective opening what was said stays in it.
    adjective = "Leo Park warned elderly residents to stay home."
    assert _who([adjective], 0, "elderly") == ("paraphrase", "Leo Park")


def test_relative_clause_with_its_own_subject_ends_the_object() -> None:
    text = "Ana Ruiz praised Leo Park, whom she attacked fiercely during the race."
    assert _who([text], 0, "fiercely") == ("outlet", "")
    called = "Ana Ruiz praised Leo Park, whom she called a reckless hero."
    assert _who([called], 0, "reckless") == ("paraphrase", "Ana Ruiz")


def test_unnamed_source_after_according_to_is_a_conduit() -> None:
    # The sentence names who called the levy absurd; the unnamed people only passed it on.
    conduit = "Leo Park called the levy absurd, according to people close to the campaign."
    assert _who([conduit], 0, "absurd") == ("paraphrase", "Leo Park")
    # A named source keeps what it reports, and with no other speaker so does an unnamed one.
    named = "Leo Park called the levy absurd, according to the Coastal Courier."
    assert _who([named], 0, "absurd") == ("paraphrase", "Coastal Courier")
    alone = "The levy was absurd, according to people close to the campaign."
    assert _who([alone], 0, "absurd") == ("paraphrase", "people close to the campaign")


def test_object_of_praise_or_attack_ends_where_a_new_clause_begins() -> None:
    text = "Ana Ruiz endorsed Leo Park, and the harbour board caused an uproar last week."
    assert _who([text], 0, "Park") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "uproar") == ("outlet", "")
    # The same subject's next verb, and a list's last item, stay in the report.
    same = "Ana Ruiz opposes the levy, and has pledged to scrap the reckless toll."
    assert _who([same], 0, "reckless") == ("paraphrase", "Ana Ruiz")
    listed = "Ana Ruiz praised Dover, Calais, and Harbour Town crews for their heroic work."
    assert _who([listed], 0, "heroic") == ("paraphrase", "Ana Ruiz")


def test_verb_after_but_on_a_day_has_the_sentence_subject() -> None:
    # The columnist, named in apposition to her role, wrote it; "she" then resolves to her, not
    # to the woman named in the paragraph before.
    paras = [
        "Mrs. Ortiz said she doubted the ferry would return.",
        "The Courier columnist Ana Ruiz has been critical of the board but on Tuesday wrote "
        "that she agreed with it. “The board has been reckless,” she wrote.",
    ]
    assert _who(paras, 1, "agreed") == ("paraphrase", "Ana Ruiz")
    assert _who(paras, 1, "reckless") == ("quoted", "Ana Ruiz")


def test_posts_signed_by_a_handle_after_their_text() -> None:
    paras = [
        "We asked readers about the ferry.",
        "What a reckless plan. Ana Ruiz said, “It will sink,” and she is right.",
        "@harbourfan.",
        "The board has been hopeless for years.",
        "@dover_dave.",
    ]
    assert _who(paras, 1, "reckless") == ("quoted", "@harbourfan")
    assert _who(paras, 1, "sink") == ("quoted", "Ana Ruiz")  # a quote inside keeps its speaker
    assert _who(paras, 3, "hopeless") == ("quoted", "@dover_dave")
    assert _who(paras, 0, "readers") == ("outlet", "")
    # One handle on its own signs nothing: it may be a credit or a link.
    assert _who(paras[:3], 1, "reckless") == ("outlet", "")


def test_a_report_naming_nobody_in_a_signed_post_is_the_writers() -> None:
    paras = [
        "We asked readers about the ferry.",
        "The board lost. Outside the harbour, its members are seen as a circus.",
        "@harbourfan.",
        "The ferry will sink, Ana Ruiz says, and the board is hopeless.",
        "@dover_dave.",
    ]
    assert _who(paras, 1, "circus") == ("quoted", "@harbourfan")
    assert _who(paras, 3, "sink") == ("paraphrase", "Ana Ruiz")  # a named report keeps its own


def test_readers_letters_signed_by_name_and_town_are_the_writers() -> None:
    paras = [
        "LETTERS.",
        "I have ridden the ferry for years.",
        "The board's plan is foolish and the fares are a scandal.",
        "Mia Stone.",
        "Dover, Del.",
        "The harbour board has been waffling for a decade. Ana Ruiz said it “will sink.”",
        "Leo J. Park.",
        "Salem, Ore.",
    ]
    assert _who(paras, 2, "foolish") == ("quoted", "Mia Stone")
    assert _who(paras, 1, "ridden") == ("quoted", "Mia Stone")  # a letter runs to its heading
    assert _who(paras, 5, "waffling") == ("quoted", "Leo J. Park")
    assert _who(paras, 5, "sink") == ("quoted", "Ana Ruiz")
    assert _who(paras, 4, "Dover") == ("outlet", "")
    # A name with no town under it is no signature (a title-case heading looks the same) ...
    bare = [p for p in paras if "," not in p or len(p) > 20]
    assert _who(bare, 2, "foolish") == ("outlet", "")
    # ... and one letter alone is not a letters page.
    assert _who(paras[:5], 2, "foolish") == ("outlet", "")


def test_gerund_after_a_preposition_has_its_clauses_subject() -> None:
    text = (
        "As the Courier reported, according to people in the room, Ana Ruiz calmed the board "
        "by telling it that she would not wage a crusade against the harbour."
    )
    assert _who([text], 0, "crusade") == ("paraphrase", "Ana Ruiz")


def test_a_sentences_own_subject_is_its_pronouns_antecedent() -> None:
    paras = [
        "“The pier is safe,” Mia Stone said.",
        "Rep. Ana Ruiz (D-Ore.), chair of the harbour board, did not fault the audit, but "
        "she did call for a review. “The handling was reckless,” she said.",
    ]
    assert _who(paras, 1, "review") == ("paraphrase", "Rep. Ana Ruiz")
    assert _who(paras, 1, "reckless")[1] == "Rep. Ana Ruiz"


def test_statement_by_someone_that_is_their_report() -> None:
    text = "Leo Park mocked a statement by actor Mia Stone that a “shameful sum” was spent."
    assert _who([text], 0, "shameful") == ("quoted", "Mia Stone")
    # "said in a statement that" stays the sayer's.
    said = "Ana Ruiz said in a statement that the ferry plan was “a shameful waste.”"
    assert _who([said], 0, "shameful") == ("quoted", "Ana Ruiz")


def test_absolute_clause_with_its_own_speaker() -> None:
    text = (
        "The harbour board denied it, with Ana Ruiz going on the radio to call the critics "
        "“utterly hysterical” for the claim."
    )
    assert _who([text], 0, "hysterical") == ("quoted", "Ana Ruiz")
    assert _who([text], 0, "going") == ("outlet", "")
    assert _who([text], 0, "denied") == ("outlet", "")


def test_gerund_after_by_takes_the_sentence_subject_not_a_later_tag() -> None:
    text = (
        "The harbour chief began her talk by slamming critics who think they can hand the "
        "ferry to “cowboys” and followed up with an attack on Leo Park, who has said he "
        "wants a “neutral” pier."
    )
    assert _who([text], 0, "cowboys")[1] == "The harbour chief"
    assert _who([text], 0, "neutral")[1] == "Leo Park"
    # A time opening the sentence is no subject: the gerund waits for the main clause's.
    fronted = "One month after praising the “heroic” crew, Ana Ruiz still backs the plan."
    assert _who([fronted], 0, "heroic") == ("quoted", "Ana Ruiz")


def test_title_abbreviation_opens_the_speakers_name() -> None:
    # "said Rep. X (D-Ore.)": the name runs past the title's period and stops at the party tag.
    text = "“The harbour is not for sale,” said Rep. Ana Ruiz (D-Ore.) at the hearing."
    assert _who([text], 0, "harbour") == ("quoted", "Rep. Ana Ruiz")
    after = "“The harbour is not for sale,” added Sen. Leo Park (R-Idaho), the board's chairman."
    assert _who([after], 0, "harbour") == ("quoted", "Sen. Leo Park")
    # "according to ... Mrs. X ...": the source is not cut at the honorific's period.
    acc = "The ferry will close, according to a letter Mrs. Ruiz sent to the board in May."
    voice, speaker = _who([acc], 0, "ferry")
    assert voice == "paraphrase" and "Mrs. Ruiz" in speaker


def test_a_noun_before_a_plural_noun_is_no_coordinated_verb() -> None:
    # "and state primaries": "state" modifies a noun; nobody states anything.
    text = ("Though she has won more votes and state primaries than Leo Park, Ana Ruiz has "
            "failed spectacularly to win the harbour board.")
    assert _who([text], 0, "spectacularly") == ("outlet", "")
    # A coordinated verb of saying still reports.
    said = "Ana Ruiz opened the meeting and warned that the ferry was doomed."
    assert _who([said], 0, "doomed") == ("paraphrase", "Ana Ruiz")


def test_considering_a_thing_after_a_conjunction_reports_nothing() -> None:
    text = ("They both got choked up when considering the history of the old pier, where the "
            "legendary captain Leo Park once docked.")
    assert _who([text], 0, "legendary") == ("outlet", "")


def test_the_writers_own_i_or_we_reports_nothing_someone_else_said() -> None:
    # "I can say that", "we know that": the writer's own view is the outlet's voice.
    assert _who(["I can confidently say that the ferry is a disgrace."], 0, "disgrace") == (
        "outlet", ""
    )
    known = "Yes, we know that the harbour board is a cartel."
    assert _who([known], 0, "cartel") == ("outlet", "")
    # Someone else's report stays theirs, an "I" inside it too, and so does a quote's "I".
    mixed = "We found the pier in ruins, and Ana Ruiz said I was wrong about the scandal."
    assert _who([mixed], 0, "scandal") == ("paraphrase", "Ana Ruiz")
    quoted = "“I think the pier is a ruin,” Ana Ruiz said."
    assert _who([quoted], 0, "ruin") == ("quoted", "Ana Ruiz")


def test_a_definite_description_of_a_person_in_a_report_is_the_outlets() -> None:
    # How the reporter refers to someone inside a report is the reporter's choice of words.
    cover = "Ana Ruiz said the plan gives cover to voters wary of the brash billionaire."
    assert _who([cover], 0, "brash") == ("outlet", "")
    assert _who([cover], 0, "cover") == ("paraphrase", "Ana Ruiz")
    most = "Ana Ruiz warned that mayors fear being tied to the most reviled harbour candidate."
    assert _who([most], 0, "reviled") == ("outlet", "")
    # A predicate is the speaker's claim, and so is an indefinite description.
    claim = "Ana Ruiz said Leo Park is the most reckless candidate in memory."
    assert _who([claim], 0, "reckless") == ("paraphrase", "Ana Ruiz")
    called = "Ana Ruiz called Leo Park the worst mayor in decades."
    assert _who([called], 0, "worst") == ("paraphrase", "Ana Ruiz")
    dismissed = "Ana Ruiz dismissed Leo Park as an ineffective leader."
    assert _who([dismissed], 0, "ineffective") == ("paraphrase", "Ana Ruiz")
    # "the rhetoric of mogul Leo Park": the rhetoric is no person.
    rhetoric = "Ana Ruiz said the ferry debate is ruled by the heated rhetoric of mogul Leo Park."
    assert _who([rhetoric], 0, "heated") == ("paraphrase", "Ana Ruiz")
    perhaps = "Ana Ruiz said Leo Park is perhaps the most reckless candidate in memory."
    assert _who([perhaps], 0, "reckless") == ("paraphrase", "Ana Ruiz")


def test_a_reported_clauses_own_description_stays_the_speakers() -> None:
    # The subject or object of what the speaker said is the speaker's characterisation.
    subject = "Leo Park said the corrupt politician should resign."
    assert _who([subject], 0, "corrupt") == ("paraphrase", "Leo Park")
    warned = "Ana Ruiz warned that the dangerous demagogue would wreck the harbour economy."
    assert _who([warned], 0, "demagogue") == ("paraphrase", "Ana Ruiz")
    obj = "Ana Ruiz said voters would punish the reckless mayor at the ballot box."
    assert _who([obj], 0, "reckless") == ("paraphrase", "Ana Ruiz")
    under = "Ana Ruiz said the port would suffer under the dangerous demagogue."
    assert _who([under], 0, "demagogue") == ("paraphrase", "Ana Ruiz")
    apposed = "Ana Ruiz said Leo Park, the most corrupt politician in the county, must go."
    assert _who([apposed], 0, "corrupt") == ("paraphrase", "Ana Ruiz")
    # Someone else's feelings about the person are the reporter's reference to them.
    uneasy = "Ana Ruiz said council members were uneasy about the brash billionaire."
    assert _who([uneasy], 0, "brash") == ("outlet", "")


def test_a_report_nobody_made_is_the_writers_narration() -> None:
    nobody = "So far, no harbour group has suggested that the fire was a heinous act."
    assert _who([nobody], 0, "heinous") == ("outlet", "")
    neither = "Neither Ana Ruiz nor Leo Park said the ferry plan was a scam."
    assert _who([neither], 0, "scam") == ("outlet", "")
    wonder = "No wonder Ana Ruiz said the ferry plan was a scam."
    assert _who([wonder], 0, "scam") == ("paraphrase", "Ana Ruiz")
    someone = "Ana Ruiz said the ferry plan was a scam."
    assert _who([someone], 0, "scam") == ("paraphrase", "Ana Ruiz")


def test_claiming_responsibility_reports_nothing() -> None:
    deed = "The Harbour Front claimed responsibility for the cowardly attack on the pier."
    assert _who([deed], 0, "cowardly") == ("outlet", "")
    claim = "The Harbour Front claimed the attack on the pier was cowardly."
    assert _who([claim], 0, "cowardly") == ("paraphrase", "The Harbour Front")


def test_a_relative_clauses_report_is_its_own_speakers() -> None:
    # "X, who has called Y a crook" inside another's report: the writer's background on X.
    text = "Ana Ruiz said the plan echoed the tone of Leo Park, who has called the mayor a crook."
    assert _who([text], 0, "crook") == ("paraphrase", "Leo Park")
    assert _who([text], 0, "plan") == ("paraphrase", "Ana Ruiz")
    neither = ("But neither Ana Ruiz nor Mia Cole echoed the tone of Leo Park, who has called "
               "the mayor an obvious phony.")
    assert _who([neither], 0, "phony") == ("paraphrase", "Leo Park")


def test_the_writers_aside_and_a_seeming_report_nothing() -> None:
    worth = "It’s worth noting that the old ferry is notoriously late in winter."
    assert _who([worth], 0, "notoriously") == ("outlet", "")
    felt = "By spring, sailing on the old Harbour Queen felt almost irresponsible."
    assert _who([felt], 0, "irresponsible") == ("outlet", "")
    view = "Ana Ruiz felt that the ferry was a disgrace."
    assert _who([view], 0, "disgrace") == ("paraphrase", "Ana Ruiz")


def test_what_a_speaker_calls_something_ends_at_its_apposition() -> None:
    text = ("The port aims to be what it calls the “ferry hub” of tomorrow, a new kind of "
            "terminal, by investing in cutting-edge cranes.")
    assert _who([text], 0, "ferry hub") == ("quoted", "")
    assert _who([text], 0, "cutting-edge") == ("outlet", "")
    view = "Ana Ruiz is making what many sailors view as an unrealistic, even dishonest, claim."
    assert _who([view], 0, "dishonest") == ("paraphrase", "many sailors")


def test_verbs_whose_object_is_no_report() -> None:
    # "continued his remarks": the remarks go on; the writer names them.
    remarks = "Leo Park continued his scathing remarks."
    assert _who([remarks], 0, "scathing") == ("outlet", "")
    # "what seems": the free relative is the verb's subject, nobody speaks.
    seems = "But I stopped following some people who spew what seems a stream of drivel."
    assert _who([seems], 0, "drivel") == ("outlet", "")
    # "might be seen as": the writer's own hedge.
    seen = "A tip could confuse the staff, and might even be seen as condescending."
    assert _who([seen], 0, "condescending") == ("outlet", "")
    portrayed = "Leo Park, while being portrayed as a flip-flopper, kept his lead."
    assert _who([portrayed], 0, "flip-flopper") == ("paraphrase", "")
    # A participle nobody in the sentence owns, with an object and no clause.
    skill = ("You had to learn a new skill: accepting the good ones, tweaking the close ones, "
             "rejecting the nonsense.")
    assert _who([skill], 0, "nonsense") == ("outlet", "")
    # The reader's generic "you" is the writer speaking.
    you = "You might never write a ferry app, but you absolutely had one installed."
    assert _who([you], 0, "absolutely") == ("outlet", "")


def test_a_seeming_before_its_noun_reports_nothing() -> None:
    text = ("With his seeming tolerance of the smugglers, the reality TV star is steering the "
            "harbour board into a corner.")
    assert _who([text], 0, "reality TV star") == ("outlet", "")
    hedge = "Leo Park, seeming to shrug, said the harbour board was a joke."
    assert _who([hedge], 0, "joke") == ("paraphrase", "Leo Park")


def test_a_participle_casting_someone_as_something_is_its_sentences_view() -> None:
    text = "Ana Ruiz continued her attack on Saturday, casting Leo Park as a shameless liar."
    assert _who([text], 0, "shameless") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "attack") == ("outlet", "")


def test_believing_a_person_is_trust_not_a_report() -> None:
    trust = "If harbour fans choose to not believe Liar-of-the-Year Leo Park, nobody can help."
    assert _who([trust], 0, "Liar") == ("outlet", "")
    claim = "Ana Ruiz does not believe Leo Park is a liar."
    assert _who([claim], 0, "liar") == ("paraphrase", "Ana Ruiz")
    doubt = "The pier, which even the most hopeful sailors doubt will open in November, is shut."
    assert _who([doubt], 0, "November") == ("paraphrase", "most hopeful sailors")


def test_more_than_opens_no_speaker() -> None:
    text = ("More than a few times Ana Ruiz has come out to plant without stakes, only to step "
            "back and see a bunch of crooked plants.")
    assert _who([text], 0, "crooked")[1] != "More"


def test_what_was_found_ends_before_the_writers_description_of_it() -> None:
    text = ("Arriving at the pier, harbour police began searching, believing there may be "
            "three boats, but finding only one skiff — an unmarked wreck — which had sunk "
            "after a heinous storm.")
    assert _who([text], 0, "heinous") == ("outlet", "")
    assert _who([text], 0, "three boats") == ("paraphrase", "harbour police")
    found = "A harbour survey found that the pier was a disgrace."
    assert _who([found], 0, "disgrace") == ("paraphrase", "A harbour survey")


def test_a_report_in_a_fronted_clause_ends_at_its_comma() -> None:
    carping = ("But despite carping that Leo Park is nothing but a quixotic crusader, he has "
               "often been an effective and shrewd mayor.")
    assert _who([carping], 0, "quixotic") == ("paraphrase", "")
    assert _who([carping], 0, "shrewd") == ("outlet", "")
    warning = "Despite warning that the pier was a death trap, Ana Ruiz signed the shameful permit."
    assert _who([warning], 0, "death trap") == ("paraphrase", "Ana Ruiz")
    assert _who([warning], 0, "shameful") == ("outlet", "")
    opening = "As Ana Ruiz said, the pier is a disgrace."
    assert _who([opening], 0, "disgrace") == ("paraphrase", "Ana Ruiz")
