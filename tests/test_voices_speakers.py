"""Who speaks a quoted or paraphrased span: the reporting clause's subject, and a speaker is a
name, a role or a group, never a fragment. Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.voices import segment

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


def test_a_party_and_state_tag_is_never_the_speaker() -> None:
    # "R-S.C." in apposition names a party and a state, nobody who speaks.
    text = "“The ferry is a ruin,” Sen. Ana Ruiz, R-S.C., said on Monday."
    assert _who([text], 0, "ruin") == ("quoted", "Sen. Ana Ruiz")
    spaced = ("The suit filed by Leo Park, a clerk whom Ruiz, R -S.C., fired in June, alleges a "
              "long list of harbour violations.")
    assert "S.C" not in _who([spaced], 0, "harbour")[1]


def test_a_claim_whose_that_clause_follows_a_copula_is_reported() -> None:
    text = "But Ana Ruiz’s boldest claim is that the harbour board is a “cartel” of insiders."
    assert _who([text], 0, "cartel") == ("quoted", "Ana Ruiz")
    assert _who([text], 0, "harbour") == ("paraphrase", "Ana Ruiz")
    by = "The claim by Leo Park was that the ferry is a “ghost ship.”"
    assert _who([by], 0, "ghost") == ("quoted", "Leo Park")


def test_a_capitalised_will_before_a_verb_is_a_name() -> None:
    paragraphs = [
        "Conservative columnist Ana Will said the harbour plan was finished.",
        "“It is a folly,” Will wrote on Sunday.",
        "Will described the board as a “circus of fools.”",
    ]
    assert _who(paragraphs, 0, "harbour") == ("paraphrase", "Ana Will")
    assert _who(paragraphs, 1, "folly")[1].endswith("Will")
    assert _who(paragraphs, 2, "circus")[1].endswith("Will")
    # in a title-case headline "Will" before the verb is the modal
    assert "Will" not in _who([], -1, "Goodbye", headline="Ruiz Will Say ‘Goodbye’ to Dover")[1]


def test_to_before_a_bare_verb_attaches_nothing_to_a_speaker() -> None:
    # "owners to flee due to ...": an infinitive, so no speaker phrase runs across it
    text = ("The rules forced several ferry owners to flee due to federal vs. state regulation; "
            "they made the harbour a hotbed of smuggling.")
    assert "flee" not in _who([text], 0, "hotbed")[1]
    # "a letter to board members" is still one speaker's phrase
    letter = "A letter to harbour board members urges them to “stop the rot.”"
    assert _who([letter], 0, "rot") == ("quoted", "A letter to harbour board members")


def test_a_capital_opening_a_sentence_is_no_antecedent_for_he() -> None:
    paragraphs = [
        "Leo Park put the ferry up for sale on Tuesday. Similar ferries sell for $200.",
        "“It is a brutal old tub,” he wrote.",
    ]
    assert _who(paragraphs, 1, "brutal") == ("quoted", "Leo Park")
    # a surname the article already gave in full still is
    named = ["Leo Vital put the ferry up for sale.", "Vital also sold the dock.",
             "“It is a brutal old tub,” he wrote."]
    assert _who(named, 2, "brutal")[1].endswith("Vital")


def test_what_someone_said_reports_nothing_after_its_clause() -> None:
    head = "After Ruiz Heard What Her Harbour Rival Just Said, She Instantly Unleashes On Twitter"
    assert _who([], -1, "Unleashes", headline=head) == ("outlet", "")
    # "what X called ..." still reports what follows the verb
    text = "Leo Park attacked what Ana Ruiz called a “rigged harbour.”"
    assert _who([text], 0, "rigged") == ("quoted", "Ana Ruiz")


def test_a_speaker_noun_in_ly_is_no_adverb() -> None:
    text = "Yet representatives of the Ruiz family suggested the ferry sank on purpose."
    assert _who([text], 0, "ferry") == ("paraphrase", "representatives of the Ruiz family")


def test_the_paragraph_after_x_said_colon_is_x_s_with_its_first_person_verbs() -> None:
    paragraphs = [
        "In a speech last July, Ana Ruiz said:",
        "Let no one be mistaken: the ferry is a cancer on the harbour. I believe it must go.",
        "Leo Park said the ferry would stay.",
    ]
    assert _who(paragraphs, 1, "cancer") == ("paraphrase", "Ana Ruiz")
    assert _who(paragraphs, 1, "must go") == ("paraphrase", "Ana Ruiz")
    assert _who(paragraphs, 2, "ferry") == ("paraphrase", "Leo Park")


def test_the_subject_of_a_reported_clause_is_no_addressee() -> None:
    text = "Ana Ruiz warned the ferry plan would sink the harbour."
    assert _who([text], 0, "ferry") == ("paraphrase", "Ana Ruiz")
    named = "Ana Ruiz warned Leo Park would sink the harbour."
    assert _who([named], 0, "Park") == ("paraphrase", "Ana Ruiz")
    # an addressee still is one: "told the crowd that ..."
    told = "Ana Ruiz told the crowd that the harbour was doomed."
    assert _who([told], 0, "crowd") == ("outlet", "")


def test_a_state_after_a_place_closes_the_appositive_not_the_subject() -> None:
    text = "Ana Ruiz, the mayor of Salem, Oregon, also said the harbour plan was dead."
    assert _who([text], 0, "harbour") == ("paraphrase", "Ana Ruiz")


def test_an_appositive_after_a_reported_noun_phrase_is_narration() -> None:
    paragraphs = [
        "Storms hit the harbour in May.",
        "The Sea Front asserted responsibility for that attack, the worst bloodshed in Dover "
        "since the war.",
    ]
    assert _who(paragraphs, 1, "responsibility") == ("paraphrase", "The Sea Front")
    assert _who(paragraphs, 1, "bloodshed") == ("outlet", "")
    # a clause after the comma is still reported; so is who a name is
    clause = "Ana Ruiz said the ferry, a wreck, is a disgrace."
    assert _who([clause], 0, "disgrace") == ("paraphrase", "Ana Ruiz")
    name = "Ana Ruiz praised Leo Park, a fearless harbour master."
    assert _who([name], 0, "fearless") == ("paraphrase", "Ana Ruiz")


def test_an_adjective_of_belief_reports_its_that_clause() -> None:
    text = "Her supporters are optimistic that the ferry will sail again."
    assert _who([text], 0, "sail") == ("paraphrase", "Her supporters")
    convinced = "But Ana Ruiz is still convinced that the harbour board lied."
    assert _who([convinced], 0, "lied") == ("paraphrase", "Ana Ruiz")
    # without a that-clause the adjective reports nothing
    plain = "Ana Ruiz is confident in the harbour board."
    assert _who([plain], 0, "board") == ("outlet", "")


def test_remain_is_a_copula_between_subject_and_belief() -> None:
    text = "But Ana Ruiz remains convinced that the harbour board lied."
    assert _who([text], 0, "lied") == ("paraphrase", "Ana Ruiz")


def test_a_verb_after_and_instead_has_the_sentence_subject() -> None:
    text = "In it, Leo Park departed from the usual story and instead portrayed the mayor as a " \
        "crude bully."
    assert _who([text], 0, "crude") == ("paraphrase", "Leo Park")


def test_a_two_word_adverb_between_subject_and_verb_is_read_past() -> None:
    text = "Back then, Dover and Calais in particular feared the rise of a harbour colossus."
    assert _who([text], 0, "colossus") == ("paraphrase", "Dover and Calais")


def test_a_plural_noun_before_a_relative_that_is_no_verb() -> None:
    text = "Courts have now delivered three rulings that together compose a devastating blow."
    assert _who([text], 0, "devastating") == ("outlet", "")
    carriers = ("The Dover group includes dozens of commercial carriers that sell catastrophe "
                "cover across the coast.")
    assert _who([carriers], 0, "catastrophe") == ("outlet", "")
    # a verb in -s before its that-clause still reports it
    verb = "Ana Ruiz insists that the harbour is doomed."
    assert _who([verb], 0, "doomed") == ("paraphrase", "Ana Ruiz")


def test_a_time_phrase_after_a_closing_tag_is_narration() -> None:
    text = "The ferry sank, Ana Ruiz said hours after the storm wrecked the harbour."
    assert _who([text], 0, "ferry") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "wrecked") == ("outlet", "")


def test_a_warning_owned_by_a_possessive_is_its_owners() -> None:
    paragraphs = [
        "Leo Park spoke in Dover on Monday.",
        "The takeaway was his stern warning that the ferry would sink.",
    ]
    assert _who(paragraphs, 1, "sink") == ("paraphrase", "Leo Park")
    named = "The takeaway was Ana Ruiz's warning that the ferry would sink."
    assert _who([named], 0, "sink") == ("paraphrase", "Ana Ruiz")


def test_a_vertical_bar_ends_what_a_headline_in_a_list_reports() -> None:
    text = ("Harbour critics oppose ferry bill over fees | Senators call for a dock "
            "inquiry | House Dems unveil a reckless harbour plan")
    assert _who([text], 0, "reckless") == ("outlet", "")
    assert _who([text], 0, "fees") == ("paraphrase", "Harbour critics")


def test_the_plus_a_word_that_names_nobody_is_no_speaker() -> None:
    paragraphs = ["The Year was a disaster for the harbour.", "“It sank,” it said."]
    assert _who(paragraphs, 1, "sank") == ("quoted", "")
    # "The Latest:" opening a paragraph is a kicker, not a transcript label
    assert _who(["The Latest: the ferry has sunk."], 0, "ferry") == ("outlet", "")


def test_a_headline_quote_finds_a_name_the_body_gave_long_before() -> None:
    # the speaker book forgets old antecedents for pronouns, but not the names themselves
    others = [f"Leo Park{'abcdefghij'[i // 10]}{'abcdefghij'[i % 10]} said the dock was wet."
              for i in range(80)]
    paragraphs = ["Ana Ruiz said the ferry sank.", *others]
    seg = segment("Storm Over Ruiz and ‘Harbour Values’", paragraphs)
    assert [s.speaker for s in seg.headline if s.voice == "quoted"] == ["Ana Ruiz"]


def test_a_participle_after_a_tag_with_no_speaker_finds_the_clause_subject() -> None:
    text = ("In responding Friday, Ruiz's campaign took the step of criticizing the harbour "
            "board, accusing its clerks of “paperwork run amok.”")
    assert _who([text], 0, "clerks") == ("paraphrase", "Ruiz's campaign")
    even = "And even Ana Ruiz tried to calm them, noting that she would demur too."
    assert _who([even], 0, "demur") == ("paraphrase", "Ana Ruiz")


def test_a_name_in_ing_right_before_the_verb_is_its_subject() -> None:
    text = "Schilling told a radio host: “I replied to the post. I never wrote that.”"
    assert _who([text], 0, "replied") == ("quoted", "Schilling")
    boreing = "Boreing said the members will still meet for drinks."
    assert _who([boreing], 0, "drinks") == ("paraphrase", "Boreing")
    # a participle opening the sentence is still no name
    rallying = "Rallying her crowd, Ana Ruiz said the harbour would be saved."
    assert _who([rallying], 0, "saved") == ("paraphrase", "Ana Ruiz")


def test_a_dateline_or_a_year_is_never_the_speaker() -> None:
    text = ("DOVER, July 25 (UPI) — The harbour board released a statement on Monday, offering "
            "“a deep and sincere apology” to the ferry crews.")
    assert _who([text], 0, "apology") == ("quoted", "The harbour board")
    year = "Back in 1999, Leo Park praised the ferry, telling a radio host: “I love that boat.”"
    assert _who([year], 0, "love") == ("quoted", "Leo Park")
    # a transcript label in capitals still speaks
    assert _who(["RUIZ: The ferry is a disgrace."], 0, "disgrace") == ("quoted", "RUIZ")


def test_a_role_modifier_heads_no_speaker_phrase() -> None:
    text = "He relished his brushes with big political names, posting photos with the mayor."
    assert "political" not in _who([text], 0, "photos")[1]


def test_an_opening_prepositional_phrase_holds_no_subject() -> None:
    text = ("At the Museum of Harbours, twenty clerks listened while Ana Ruiz, the former "
            "mayor, opined on the state of the ferry.")
    assert _who([text], 0, "state") == ("paraphrase", "Ana Ruiz")


def test_a_kicker_with_a_verb_is_no_transcript_label() -> None:
    assert _who(["FIX IS IN: Harbour Board Ignores Ferry Scandal."], 0, "Scandal") == (
        "outlet", ""
    )
    assert _who(["Ana Ruiz: The ferry is finished."], 0, "finished") == ("quoted", "Ana Ruiz")


def test_that_before_a_name_is_no_determiner_of_the_speaker() -> None:
    text = ("It was a charge that Dover Harbour officials strongly denied, noting that they had "
            "used the same rules since 2004.")
    assert _who([text], 0, "same rules") == ("paraphrase", "Dover Harbour officials")


def test_verbs_of_advocacy_report_what_they_take() -> None:
    text = "Ana Ruiz laid out a plan to sink the ghost ferry."
    assert _who([text], 0, "ghost") == ("paraphrase", "Ana Ruiz")
    backers = "Leo Park's backers speak of a harbour reborn."
    assert _who([backers], 0, "reborn") == ("paraphrase", "Leo Park's backers")


def test_they_in_a_sentence_opening_with_a_plural_subject_is_that_subject() -> None:
    paragraphs = [
        "A dozen harbour clerks spoke on Monday.",
        "Both Dover councillors had to answer videos showing that they backed the ferry tax.",
    ]
    assert _who(paragraphs, 1, "ferry tax") == ("paraphrase", "Both Dover councillors")


def test_he_in_an_opening_subordinate_clause_anticipates_the_main_subject() -> None:
    paragraphs = [
        "Leo Park said the deal was a disgrace.",
        "While he refused to release violent smugglers, Mayor Ana Ruiz deemed the release of "
        "a few clerks a fair trade.",
    ]
    assert _who(paragraphs, 1, "violent") == ("paraphrase", "Mayor Ana Ruiz")
    # a "he" in the main clause still stands for the last person named
    after = ["Leo Park spoke on Monday.", "When the vote came, he said the deal was dead."]
    assert _who(after, 1, "dead") == ("paraphrase", "Leo Park")


def test_a_plain_role_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = "Columnist Ana Will said the harbour plan was finished."
    assert _who([text], 0, "harbour") == ("paraphrase", "Ana Will")
    # a title stays with the name
    title = "Senator Ana Will said the harbour plan was finished."
    assert _who([title], 0, "harbour") == ("paraphrase", "Senator Ana Will")


def test_writing_a_thing_after_a_preposition_is_narration() -> None:
    text = ("Columnist Ana Will reignited her feud with the mayor after writing a scathing "
            "op-ed that targeted the ferry plan.")
    assert _who([text], 0, "scathing") == ("outlet", "")
    # what someone writes is still reported
    wrote = "Ana Will wrote that the ferry plan was a scathing failure."
    assert _who([wrote], 0, "scathing") == ("paraphrase", "Ana Will")


def test_a_first_person_label_is_the_writers_own_voice() -> None:
    paragraphs = ["Me: The ferry design is complex.", "Claude: You are absolutely right."]
    assert _who(paragraphs, 0, "complex") == ("outlet", "")
    assert _who(paragraphs, 1, "absolutely") == ("quoted", "Claude")


def test_labels_with_a_party_tag_or_an_inverted_verb_name_the_speaker() -> None:
    tagged = 'Rep. Ana Ruiz (D-Ore.):"Who told you the ferry was safe?"'
    assert _who([tagged], 0, "ferry") == ("quoted", "Rep. Ana Ruiz")
    continued = "Continued Park: “So I think the harbour is a real problem.”"
    assert _who([continued], 0, "harbour") == ("quoted", "Park")


def test_quoted_as_saying_gives_the_words_to_the_person_quoted() -> None:
    text = ("The Dover Gazette quoted Leo Park, a harbour clerk, as saying that the ferry "
            "captain was drunk.")
    assert _who([text], 0, "drunk") == ("paraphrase", "Leo Park")


def test_a_witness_speaks() -> None:
    paragraphs = [
        "The attacker, Leo Park, drove the truck onto the quay.",
        "“I saw bodies flying everywhere,” one witness told the Gazette.",
    ]
    assert _who(paragraphs, 1, "bodies") == ("quoted", "one witness")


def test_a_participle_phrase_opening_a_sentence_is_read_past_to_its_subject() -> None:
    paragraphs = [
        "DOVER —Standing in front of a cheering crowd of 800 harbour workers with the mayor by "
        "her side, Ana Ruiz turned on Sunday to a subject she rarely raises: potholes.",
        "“Here in Dover, I remember the snowfall,” she told the packed hall.",
    ]
    assert _who(paragraphs, 1, "snowfall") == ("quoted", "Ana Ruiz")


def test_documents_that_say_things_speak() -> None:
    paragraphs = [
        "Along with a raft of allegations, the suit claims that the mayor lied.",
        "“The mayor tied these defamatory claims to the firing,” the suit reads.",
        "The bill says that ferries must be inspected.",
    ]
    assert _who(paragraphs, 0, "lied") == ("paraphrase", "the suit")
    assert _who(paragraphs, 1, "defamatory") == ("quoted", "the suit")
    assert _who(paragraphs, 2, "inspected") == ("paraphrase", "The bill")


def test_a_share_of_a_group_is_the_whole_speaker_phrase() -> None:
    text = "Two-thirds of Dover harbour insiders said the ferry would sink."
    assert _who([text], 0, "sink") == ("paraphrase", "Two-thirds of Dover harbour insiders")


def test_about_before_a_share_stays_in_the_speaker_phrase() -> None:
    text = "About three in 10 said they prefer a faster ferry."
    assert _who([text], 0, "faster") == ("paraphrase", "About three in 10")


def test_a_link_or_a_conjunction_is_never_a_speaker() -> None:
    from annotator.framing.speakers import SpeakerBook

    book = SpeakerBook()
    assert book.resolve("t.co/SkKglwQycb").name is None
    assert book.resolve("or").name is None
    assert book.resolve("that several Dover voters").name == "several Dover voters"
    assert book.resolve("ABC News/Washington Post poll").name == "ABC News/Washington Post poll"


# The bundled sample's flags with the voice and speaker each stands in (the words are the
# sample's; the pairs are what a reader is shown). A flag added or dropped by the lexicon is
# not this test's business; a voice or speaker that changes is.
_SAMPLE_VOICES = {
    ("headline", "Certainly"): ("outlet", None),
    ("headline", "Martyr"): ("outlet", None),
    ("body", "martyrdom"): ("paraphrase", "Ayatollah Sayyed Ali Khamenei"),
    ("body", "definitely"): ("paraphrase", "Ayatollah Sayyed Ali Khamenei"),
    ("body", "Imam Khamenei"): ("outlet", None),
    ("body", "meddle"): ("quoted", "Ayatollah Khamenei"),
    ("body", "enemy in the true sense of the word"): ("quoted", "Ayatollah Khamenei"),
    ("body", "source of corruption and destruction"): ("quoted", "Ayatollah Khamenei"),
}


def test_the_sample_keeps_every_flag_in_its_voice_with_its_speaker() -> None:
    from annotator.pipeline import annotate, sample_path

    report = annotate(str(sample_path()))
    seen = {(f.field, f.text): (f.voice, f.speaker) for f in report.flags}
    for key, want in _SAMPLE_VOICES.items():
        if key in seen:
            assert seen[key] == want, key
    assert sum(key in seen for key in _SAMPLE_VOICES) >= 6  # the sample still flags them


def test_a_possessive_before_most_stays_in_the_speaker_phrase() -> None:
    text = "Increasingly, Ana Ruiz's most passionate supporters claim that the vote is rigged."
    assert _who([text], 0, "rigged") == ("paraphrase", "Ana Ruiz's most passionate supporters")


def test_a_name_between_commas_after_an_opening_phrase_is_no_antecedent() -> None:
    paragraphs = [
        "Leo Park spoke first.",
        "At a rally in Salem, Oregon, on Saturday, some of his supporters shoved a protester.",
        "“Get him out of here,” he said.",
    ]
    assert _who(paragraphs, 2, "Get him") == ("quoted", "Leo Park")


def test_one_capitalised_adverb_or_adjective_is_no_speaker() -> None:
    from annotator.framing.speakers import SpeakerBook

    book = SpeakerBook()
    assert book.resolve("Immediately").name is None
    assert book.resolve("Islamic").name is None
    assert book.resolve("Kelly").name == "Kelly"
    assert book.resolve("other Islamic").name is None  # "other Islamic states, all waged"


def test_a_place_and_state_after_an_opening_phrase_keeps_the_subject() -> None:
    text = ("On Wednesday, Bishop Leo Park of the Catholic diocese of Salem, Oregon, ordered "
            "that the names of the harbour masters be removed.")
    voice, speaker = _who([text], 0, "harbour")
    assert voice == "paraphrase" and "Leo Park" in speaker


def test_a_document_that_speaks_speaks_for_its_named_writer() -> None:
    text = ("On her desk, the clerk Mia Stone keeps a framed, handwritten note from Leo J. Park. "
            "“Mia, you are a total disgrace!” the note says.")
    assert _who([text], 0, "disgrace") == ("quoted", "Leo J. Park")
    owned = "Ana Ruiz's angry letter came on Monday. “The board is a farce,” the letter says."
    assert _who([owned], 0, "farce") == ("quoted", "Ana Ruiz")
    # A document whose writer the text never names stays the document.
    alone = "“The board is a farce,” the letter says."
    assert _who([alone], 0, "farce") == ("quoted", "the letter")
    # A writer named with another kind of document is not this one's.
    other = "Ana Ruiz's report came on Monday. “The board is a farce,” the letter says."
    assert _who([other], 0, "farce") == ("quoted", "the letter")


def test_a_quote_inside_a_report_of_speech_is_the_speakers_not_a_thinkers() -> None:
    # "sees" and "offering" utter nothing: the quoted words are the spokesman's.
    text = ("Harbour board spokesman Leo Park said the mayor sees the vote as a chance to show "
            "the plan that the board is offering for residents, unlike “the reckless, gloomy "
            "nonsense” heard at the rally.")
    assert _who([text], 0, "reckless") == ("quoted", "Leo Park")
    # A verb of saying inside the report still gives its own speaker's words.
    told = "Leo Park said the mayor told him the plan was “reckless nonsense.”"
    assert _who([told], 0, "reckless") == ("quoted", "the mayor")


def test_a_pronoun_later_in_a_sentence_refers_to_its_named_subject() -> None:
    paras = [
        "“The harbour is no place for ferries,” Mia Stone said in a letter, according to the "
        "Courier.",
        "At a meeting in Dover, Delaware, on Monday, Leo Park named three piers he said had "
        "rotted for years. “Those piers are a disgrace,” he said.",
    ]
    assert _who(paras, 1, "rotted") == ("paraphrase", "Leo Park")
    assert _who(paras, 1, "disgrace") == ("quoted", "Leo Park")


def test_a_name_and_a_verb_closing_a_quote_name_its_speaker() -> None:
    paras = [
        "“The pier is safe,” Mia Stone said.",
        "“The Courier is reporting today that you met the board in secret,” Leo Park started.",
        "“Why not?” Mr. Park chimed in. Then he left.",
    ]
    assert _who(paras, 1, "secret") == ("quoted", "Leo Park")
    assert _who(paras, 2, "Why") == ("quoted", "Mr. Park")
    # A verb with an object after the name is a new clause, not a tag.
    told = ["“The pier is safe,” Mia Stone said.", "“Not now,” Leo Park stopped the talks."]
    assert _who(told, 1, "Not now")[1] != "Leo Park"


def test_a_verb_after_an_opening_clause_is_the_main_subjects() -> None:
    # "As the crowd began to chant, Ana Cole ... and joked, “...”": the quote is the main
    # clause's subject's, not the speaker of a verb inside the clause that opens the sentence.
    text = ("As the crowd began to chant, Ana Cole was joined on stage by Leo Park and joked, "
            "“you are being ridiculous,” drawing loud jeers.")
    assert _who([text], 0, "ridiculous") == ("quoted", "Ana Cole")
    # Without an opening clause, a verb coordinated with a tag's still takes its speaker.
    same = "The crowd chanted his name and yelled, “you are being ridiculous.”"
    assert _who([same], 0, "ridiculous") == ("quoted", "The crowd")


def test_cast_as_reports_the_view_of_its_subject() -> None:
    # "because the mayor cast the candidate as “...”": the quote is the mayor's, inside the
    # report of the one who speaks in the sentence.
    text = ("Leo Park said on Monday he may not work with Mia Stone because the mayor cast the "
            "harbour candidate as “divisive, stupid and wrong” for proposing a ban.")
    assert _who([text], 0, "divisive") == ("quoted", "the mayor")
    assert _who([text], 0, "work with")[1] == "Leo Park"
    assert _who(["Mia Stone cast her rival as reckless and weak."], 0, "reckless") == (
        "paraphrase", "Mia Stone")
    # A vote, a part in a play or doubt cast is no view reported.
    for plain in ("Voters cast their ballots as the reckless storm hit the town.",
                  "She was cast as the reckless queen in the film.",
                  "The report cast doubt on the reckless plan."):
        assert _who([plain], 0, "reckless") == ("outlet", ""), plain


def test_whom_an_act_is_done_to_is_not_its_speaker() -> None:
    # "the current slandering of harbour workers echoed ...": the act is the subject; the
    # people it is done to do not speak.
    text = ("The current slandering of harbour workers echoed past slandering of dock workers "
            "and their reckless bosses.")
    assert _who([text], 0, "reckless")[1] != "harbour workers"
    # A speaker noun with "of" keeps its attachment ("Supporters of Leo Park said").
    kept = "Supporters of Leo Park said the plan was reckless."
    assert _who([kept], 0, "reckless") == ("paraphrase", "Supporters of Leo Park")
    string = "A string of aides said the plan was reckless."
    assert _who([string], 0, "reckless") == ("paraphrase", "aides")


def test_a_headline_word_the_body_never_names_speaks_no_headline_quote() -> None:
    # "Sex, ‘lies’ and ...": a noun opening a headline list is nobody the body knows.
    body = ["Leo Park and his former wife fought over the harbour house in court."]
    assert _who(body, -1, "lies", headline="Sex, ‘lies’ and the Park family drama") == (
        "quoted", "")
    # A name the body speaks of still gives the headline quote its speaker.
    named = ["Leo Park spoke at the harbour on Monday about Mia Stone and the ferry plan."]
    assert _who(named, -1, "Pervert", headline="Park Invokes ‘Pervert’ Mia Stone")[1] != ""


def test_an_inverted_or_continued_verb_closing_a_quote_names_its_speaker() -> None:
    paras = [
        "“The pier is safe,” Mia Stone said.",
        "“What a night!” beamed Leo Park of Salem, who came early.",
        "“We won,” Ada Lind gushed as she waved to the crowd.",
        "“Not yet,” Ruth Cole scoffed, shaking her head.",
    ]
    assert _who(paras, 1, "What")[1].startswith("Leo Park")
    assert _who(paras, 2, "won") == ("quoted", "Ada Lind")
    assert _who(paras, 3, "Not yet") == ("quoted", "Ruth Cole")
    # "directed by" hands the quote to nobody: no verb and name close it.
    film = ["“The pier is safe,” Mia Stone said.", "“Harbour,” directed by Leo Park, opened."]
    assert _who(film, 1, "Harbour")[1] != "Leo Park"


def test_a_source_familiar_with_or_close_to_something_speaks_after_said() -> None:
    text = "“The deal is dead,” said an official familiar with the talks."
    assert _who([text], 0, "dead") == ("quoted", "an official familiar with the talks")
    close = "“It is a mess,” said one aide close to the mayor, who asked not to be named."
    assert _who([close], 0, "mess") == ("quoted", "one aide close to the mayor")
    plain = "The ferry will run, said a source involved in the planning."
    assert _who([plain], 0, "ferry") == ("paraphrase", "a source involved in the planning")


def test_she_skips_a_man_the_articles_own_pronouns_name_as_he() -> None:
    paras = [
        "Ana Ruiz said the harbour plan would pass.",
        "Leo Park said his rival was weak.",
        "Park has staked his seat on the vote.",
        "She said the board had lied.",
    ]
    assert _who(paras, 3, "board") == ("paraphrase", "Ana Ruiz")
    assert "Park" in _who([*paras[:3], "He said the board had lied."], 3, "board")[1]


def test_gender_evidence_counts_only_pronouns_that_follow_one_name() -> None:
    from annotator.framing.speakers import gender_evidence

    counts = gender_evidence([
        "She thanked Leo Park for his work.",  # "She" is someone named before
        "Leo Park said the ferry was late. Park lost his seat.",
        "Ana Ruiz met Leo Park and praised her staff.",  # two people: nobody's evidence
    ])
    # "Leo Park" and "Park" are one person: their counts pool
    assert counts["park"] == counts["leo park"] == (1, 0)
    assert "ana ruiz" not in counts
    # A last name two people share counts for neither of them.
    shared = gender_evidence(["Ada Lind spoke. Lind lost her seat.", "Tom Lind met voters."])
    assert "lind" not in shared


def test_a_full_name_closing_the_clause_before_a_colon_speaks_the_quote() -> None:
    surprise = "The late surge does not surprise harbour pollster Ada Lind: “Surges are common.”"
    assert _who([surprise], 0, "Surges") == ("quoted", "Ada Lind")
    # a role opening a label is no subject: the name after it speaks
    label = "Former harbour master Ada Lind: “Surges are common.”"
    assert _who([label], 0, "Surges") == ("quoted", "Ada Lind")
    # an imperative and a word of layout name nobody
    watch = "Watch the Video Below: “Surges are common.”"
    assert _who([watch], 0, "Surges") == ("quoted", "")
    # the subject still comes first: the object of its verb is no speaker
    attacked = "Leo Park attacked Ada Lind: “Surges are common.”"
    assert _who([attacked], 0, "Surges") == ("quoted", "Leo Park")


def test_a_trailing_participle_after_an_adverb_is_said_by_the_clause_before_it() -> None:
    text = ("Ana Ruiz had a strong night in the debate, forcefully denouncing the harbour cartel "
            "after Leo Park said he would sell the pier.")
    assert _who([text], 0, "cartel") == ("paraphrase", "Ana Ruiz")


def test_a_gerund_after_by_is_said_by_the_named_subject_of_its_verb() -> None:
    text = ("Voters are watching Ana Ruiz argue that the port is rigged against fishermen, while "
            "her main rival, Leo Park, has soared in the polls by saying that the system is "
            "rigged for the rich.")
    assert _who([text], 0, "rich") == ("paraphrase", "Leo Park")
    # a capitalised word inside a noun phrase is no named subject ("Some Harbour mayors")
    some = "Some Harbour mayors have kept the peace by calling it something else."
    assert _who([some], 0, "else")[1] != "Some Harbour"


def test_an_aide_to_someone_is_not_that_someone() -> None:
    paragraph = ("One of the authors of the harbour report, Ana Ruiz, said the vote will test it. "
                 "“Certainly the mayor has gone the other way,” said the former top aide to "
                 "Mayor Leo Park.")
    seg = segment("", [paragraph])
    pos = paragraph.index("Certainly")
    spans = [s for s in seg.body[0] if s.start <= pos < s.end]
    assert [(s.voice, s.speaker) for s in spans] == [("quoted", "Ana Ruiz")]


def test_a_published_participle_and_its_day_stand_between_subject_and_verb() -> None:
    paragraph = ("A harbour TV ad released Thursday accuses Leo Park of buying votes “in a "
                 "pattern of sleaze stretching back decades.”")
    seg = segment("", [paragraph])
    pos = paragraph.index("sleaze")
    spans = [s for s in seg.body[0] if s.start <= pos < s.end]
    assert [(s.voice, s.speaker) for s in spans] == [("quoted", "A harbour TV ad")]


def test_she_after_an_interview_with_someone_is_that_someone() -> None:
    paragraph = ("In our interview with A. D. Ruiz, she explains, “This was my attempt at a "
                 "harbour novel about propaganda.”")
    seg = segment("", [paragraph])
    pos = paragraph.index("propaganda")
    spans = [s for s in seg.body[0] if s.start <= pos < s.end]
    assert [(s.voice, s.speaker) for s in spans] == [("quoted", "A. D. Ruiz")]
    medium = "In an interview with Harbour News, he said the pier was a disgrace."
    seg = segment("", [medium])
    pos = medium.index("disgrace")
    assert [s.speaker for s in seg.body[0] if s.start <= pos < s.end] != ["Harbour News"]


def test_a_quoted_title_in_apposition_leaves_the_subject_its_speaker() -> None:
    # the quote after "titled" names the ad; the ad says what follows the cue
    text = ("The ad, titled “Harbour?”, concludes that Leo Park is too “dangerous and "
            "careless” to run the port.")
    assert _who([text], 0, "careless") == ("quoted", "The ad")
    comma_inside = ("The new report, called \"Low Tide,\" says that the pier was "
                    "\"careless\" from the start.")
    assert _who([comma_inside], 0, "careless") == ("quoted", "The new report")
    # a quote that is someone's words is still no apposition: the narration stays unowned
    words = "Leo Park, who said “it is careless”, concludes his term on Monday."
    assert _who([words], 0, "Monday") == ("outlet", "")


def test_a_number_and_its_unit_before_the_head_stay_in_the_subject() -> None:
    # "The 30 second ad": the number does not end the phrase before its head
    text = "The 30 second ad ends with a voice over saying: “Free rides for freeloaders.”"
    assert _who([text], 0, "freeloaders") == ("quoted", "The 30 second ad")


def test_a_with_absolute_after_a_comma_is_said_by_its_own_subject() -> None:
    # the main clause's phrase does not run across ", with": Park alone notes it
    text = ("Both Ana Ruiz and Leo Park saw the ferry crash as a sign of disarray, with Park "
            "noting the absurdity of the timetable.")
    voice, who = _who([text], 0, "absurdity")
    assert voice == "paraphrase" and who in ("Park", "Leo Park")


def test_a_title_case_label_named_nowhere_else_over_a_paragraph_is_a_heading() -> None:
    heading = ["Shooting wide views needs care.",
               "Quick Tip: Golden hour is not the only light. Grey days make vivid views."]
    assert _who(heading, 1, "vivid") == ("outlet", "")
    # a label the article names elsewhere, one in capitals, one over a single sentence: speakers
    named = ["Leo Park spoke to the harbour board.", "Park: The plan is a scam. It will fail."]
    assert _who(named, 1, "scam") == ("quoted", "Park")
    caps = ["The board met on Monday.", "PARK: The plan is a scam. It will fail."]
    assert _who(caps, 1, "scam")[0] == "quoted"
    digest = ["The board met on Monday.", "Historians: Park and Ruiz linked no matter what."]
    assert _who(digest, 1, "linked")[1] == "Historians"


def test_boasting_a_thing_is_having_it_not_saying_it() -> None:
    has = "The harbour kettle is sturdy. It also boasts an unusually long battery life."
    assert _who([has], 0, "battery") == ("outlet", "")
    lead = "Ana Ruiz boasts a 45-point lead among ferry workers."
    assert _who([lead], 0, "ferry") == ("outlet", "")
    says = "Ana Ruiz boasted that the harbour plan was a triumph."
    assert _who([says], 0, "triumph") == ("paraphrase", "Ana Ruiz")


def test_a_noun_in_s_after_a_number_or_determiner_is_no_reporting_verb() -> None:
    # "states", "reports", "attacks" are verbs of saying only without a determiner or number
    # before them: the subject runs over them to the real verb.
    six = "Ferry riders in six states said they want the harbour toll cut."
    assert _who([six], 0, "toll") == ("paraphrase", "Ferry riders in six states")
    reports = "The reports say the harbour board misled its riders."
    assert _who([reports], 0, "misled") == ("paraphrase", "The reports")
    verb = "The harbour board states that the toll will rise."
    assert _who([verb], 0, "toll") == ("paraphrase", "The harbour board")


def test_the_share_of_a_group_that_speaks_stays_in_the_speaker() -> None:
    # "Four in 10 riders" said it, not "10 riders"; "half of riders", not all of them.
    four = "Four in 10 ferry riders said the toll was unfair."
    assert _who([four], 0, "toll") == ("paraphrase", "Four in 10 ferry riders")
    half = "Nearly half of riders in each town say they want a new harbour board."
    assert _who([half], 0, "harbour") == ("paraphrase", "Nearly half of riders in each town")
    least = "At least half of riders in each town said the toll was too high."
    assert _who([least], 0, "toll") == ("paraphrase", "At least half of riders in each town")
    most = "Most of the harbour commissioners said the ferry was safe."
    assert _who([most], 0, "ferry") == ("paraphrase", "Most of the harbour commissioners")
    critics = "Critics of the harbour commissioners said the ferry was unsafe."
    assert _who([critics], 0, "ferry") == ("paraphrase", "Critics of the harbour commissioners")


def test_a_report_inside_a_relative_clause_ends_with_the_clause() -> None:
    # Park's attack is inside what Ruiz says in the relative clause; the main clause after
    # its comma is Ruiz's, not Park's.
    text = ("Ana Ruiz, who says Leo Park is attacking her because the polls have tightened, "
            "said riders should back the harbour plan.")
    assert _who([text], 0, "harbour") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "tightened") == ("paraphrase", "Ana Ruiz")
    # a main verb after a relative clause read too long is no report inside it
    friends = ("Friends of Ana Ruiz who have seen her on the trail recently say that her "
               "energy has matured into calm.")
    assert _who([friends], 0, "matured") == ("paraphrase", "Friends of Ana Ruiz")


def test_a_sentence_opening_with_its_poll_reports_the_polls_finding() -> None:
    text = ("In a Harbour Times poll released Monday, 52 percent of riders backed the new toll "
            "and the mayor trailed by nine points.")
    assert _who([text], 0, "trailed") == ("paraphrase", "a Harbour Times poll")
    whom = "In a Harbour Times survey of likely voters taken in May, the mayor trailed by nine."
    assert _who([whom], 0, "trailed") == ("paraphrase", "a Harbour Times survey")
    # a sentence with its own report keeps its speaker; an opening that is no poll, nothing
    own = "In the survey, 40 percent of riders said the toll was too high."
    assert _who([own], 0, "toll") == ("paraphrase", "40 percent of riders")
    other = "In a statement issued Monday, the harbour board cut the toll."
    assert _who([other], 0, "toll") == ("outlet", "")


def test_where_an_object_was_attacked_or_praised_is_the_outlets() -> None:
    # the object is the report; the scene after it is narration
    text = "Ana Ruiz praised the harbour board at a press conference in Salem on Monday."
    assert _who([text], 0, "board") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "conference") == ("outlet", "")
    speech = "Ana Ruiz attacked the harbour board during a fiery speech to dock workers."
    assert _who([speech], 0, "workers") == ("outlet", "")
    # a that-clause after the scene is still what was expressed
    that = "Ana Ruiz expressed frustration in an interview that the board was too slow."
    assert _who([that], 0, "slow") == ("paraphrase", "Ana Ruiz")


def test_a_magnate_or_an_actress_is_a_speaker() -> None:
    magnate = "The harbour magnate says a ferry toll used to be considered a bargain."
    assert _who([magnate], 0, "bargain") == ("paraphrase", "The harbour magnate")
    actress = "The actress told reporters the harbour plan was a disgrace."
    assert _who([actress], 0, "disgrace") == ("paraphrase", "The actress")


def test_a_limiter_before_a_share_stays_with_the_speaker() -> None:
    # "Only" and "At least" open the sentence but limit the share that speaks.
    only = "Only about 4 in 10 voters said the ferry plan was a ruin."
    assert _who([only], 0, "ruin") == ("paraphrase", "Only about 4 in 10 voters")
    least = "At least half of the residents said the harbour was a disgrace."
    assert _who([least], 0, "disgrace") == ("paraphrase", "At least half of the residents")
    # Before a name, "Only" is the sentence's, not part of who speaks.
    name = "Only Ana Ruiz said the harbour was a disgrace."
    assert _who([name], 0, "disgrace") == ("paraphrase", "Ana Ruiz")


def test_they_after_plural_newspapers_stands_for_them() -> None:
    # A plural institution named as a speaker is a group, what a later "They" stands for.
    paragraphs = [
        "Six Oregon newspapers said the mayor is not fit to serve. They called her a political "
        "opportunist."
    ]
    assert _who(paragraphs, 0, "opportunist") == ("paraphrase", "Six Oregon newspapers")


def test_a_quote_with_no_tag_is_the_medium_that_opens_its_sentence() -> None:
    # "The ad targets ...": the ad carries the quote; a title in a scene is nobody's words.
    text = "The mayor’s new ad targets a “ferry to nowhere that drains the harbour fund.”"
    assert _who([text], 0, "drains") == ("quoted", "The mayor’s new ad")
    scene = "The ad ran during the “Harbour Hour” on Monday."
    assert _who([scene], 0, "Hour") == ("quoted", "")


def test_at_least_before_a_count_stays_with_the_speaker() -> None:
    # "least" is no speaker's first word, and "At least" limits the count that speaks.
    count = "At least 20 inspectors said the harbour was a disgrace."
    assert _who([count], 0, "disgrace") == ("paraphrase", "At least 20 inspectors")
    one = "At least one inspector said the harbour was a disgrace."
    assert _who([one], 0, "disgrace") == ("paraphrase", "At least one inspector")


def test_a_quote_after_issued_a_statement_comma_is_the_issuer_s() -> None:
    # "Ruiz issued a statement, “...”": the comma after the document hands it to her.
    text = "Shortly after the vote, Ruiz issued a statement, “Our harbour was betrayed today.”"
    assert _who([text], 0, "betrayed") == ("quoted", "Ruiz")
    released = "Mayor Ada Ruiz released a short statement, “We were betrayed.”"
    assert _who([released], 0, "betrayed") == ("quoted", "Mayor Ada Ruiz")


def test_an_addressee_s_relative_clause_is_not_what_is_told() -> None:
    # "told farmers who came to the hall that ...": what is told starts at "that"; a relative
    # clause that reports speech of its own ("who ask why") stays as it was.
    text = "Lee warned the farmers, who had waited in the rain, that the plan was reckless."
    assert _who([text], 0, "rain") == ("outlet", "")
    assert _who([text], 0, "reckless") == ("paraphrase", "Lee")


def test_state_before_a_noun_is_no_verb_of_saying() -> None:
    # "mayors, state party chairs": the noun, not "mayors ... state (that)"; the verb stays.
    text = (
        "The 90 delegates — members of the council, mayors, state party chairs and other "
        "grandees — are meant to give elders a say against a candidate who might sweep in."
    )
    assert _who([text], 0, "sweep") == ("outlet", "")
    rules = "The guidelines state that officers must wear cameras."
    assert _who([rules], 0, "cameras")[0] == "paraphrase"


def test_a_review_s_pros_and_cons_headings_are_no_speakers() -> None:
    # "Pros: Unrivaled speed": the guide's own heading over its own verdict, not a transcript.
    paragraphs = [
        "Our pick for small teams is Ledgerly, a tidy invoicing tool.",
        "Pros: Unrivaled speed, a generous free tier, friendly support.",
        "Cons: Few reports, no payroll.",
        "Our pick for agencies is Billwise.",
        "Pros: Superb templates, strong exports.",
        "Cons: Pricey at scale.",
    ]
    assert _who(paragraphs, 1, "Unrivaled") == ("outlet", "")
    assert _who(paragraphs, 4, "Superb") == ("outlet", "")


def test_a_progressive_cue_inside_the_subject_reports_nothing_after_it() -> None:
    # "the statement they're quoting is ...": the writer's verdict on what they quote.
    text = "Many reporters do this even when the statement they’re quoting is plainly absurd."
    assert _who([text], 0, "absurd") == ("outlet", "")
    plain = "Lee is quoting a rival who was wrong."
    assert _who([plain], 0, "wrong") == ("paraphrase", "Lee")


def test_two_titles_joined_by_and_before_a_name_give_the_name() -> None:
    # "former Acme CEO and senate candidate Jane Doe opened up, warning": the person, not the
    # first title alone.
    text = ("In reply, former Acme Corp CEO and senate candidate Jane Doe opened up on the radio, "
            "warning that the ferry plan was a disgrace.")
    assert _who([text], 0, "disgrace") == ("paraphrase", "Jane Doe")
    plain = "Ferry board chair Leo Park spoke on Monday, warning that fares would rise."
    assert _who([plain], 0, "fares") == ("paraphrase", "Leo Park")


def test_a_pronoun_after_a_main_clause_whose_tags_are_all_fronted_is_its_subject() -> None:
    # "When Lee tried to defend his remarks ..., Ruiz sharply differed. '...,' he said": the
    # one who differed speaks next, not the one whose remarks the opening clause reports.
    paragraphs = [
        "Mr. Lee said the port was fine.",
        "When Mr. Lee tried to defend his remarks praising the harbour board, Mr. Ruiz "
        "sharply differed.",
        "''I think the board wrecked the port,'' he said.",
    ]
    assert _who(paragraphs, 2, "wrecked") == ("quoted", "Mr. Ruiz")


def test_two_people_joined_by_and_are_never_one_he_or_she() -> None:
    # "Ann Lee and Tom Park" spoke last, but "she" is one person: the last one named alone.
    paragraphs = [
        "Ms. Ruiz said the port would close.",
        "Ann Lee and Tom Park backed the plan, saying it would save money.",
        "“It is a disaster,” she said.",
    ]
    assert _who(paragraphs, 2, "disaster") == ("quoted", "Ms. Ruiz")


def test_venting_to_someone_reports_what_is_vented() -> None:
    # "she vented to her husband that it would be 'ugly'": the quote is hers, not the last
    # speaker's of the paragraph.
    paragraphs = [
        "Tom Park said the merger was sound.",
        "Ann Ruiz was still unsure. Flying home one night, she vented to her husband that it "
        "would be \"incredibly ugly.\"",
    ]
    assert _who(paragraphs, 1, "ugly") == ("quoted", "Ann Ruiz")


def test_a_participle_after_an_opening_phrase_is_said_by_the_clause_s_subject() -> None:
    # "Shortly after the vote, the founders had mobilized, warning that": the founders, not
    # nobody (the opening phrase is no subject).
    text = ("Shortly after the vote, the founders had mobilized, warning that the merger would "
            "wreck the firm.")
    assert _who([text], 0, "wreck") == ("paraphrase", "the founders")


def test_a_name_opening_a_later_clause_after_a_tag_is_the_next_she() -> None:
    # "Few aides knew of the plan, and by June, Ann Ruiz was unsure. ... she vented": Ruiz,
    # not the last speaker named before.
    paragraphs = [
        "Ms. Lee said the merger was sound.",
        "Only a few aides knew of the plan, and by June, Ann Ruiz was still unsure. Flying "
        "home one night, she vented to her husband that it would be \"incredibly ugly.\"",
    ]
    assert _who(paragraphs, 1, "ugly") == ("quoted", "Ann Ruiz")


def test_a_chant_is_the_crowd_s_that_the_sentence_names() -> None:
    # "roused the crowd to chants of '...'": the crowd chants, not nobody.
    text = "At the rally, Mr. Lee roused the crowd to loud chants of “Ship her out!”"
    assert _who([text], 0, "Ship") == ("quoted", "the crowd")
    broke = "Supporters broke into chants of “Ship her out!” as he spoke."
    assert _who([broke], 0, "Ship") == ("quoted", "Supporters")


def test_an_imperative_opening_a_sentence_is_never_a_speaker() -> None:
    # "Consider the case of": a verb with its object, not a name the next "she" stands for
    text = ("Consider the case of the ferry clerk. While she says she will not vote for Mr. "
            "Hale and considers him a crook, she likes his harbour plan.")
    assert _who([text], 0, "crook")[1] != "Consider"
    guide = "Enjoy the calm that comes with knowing our crew is thoroughly trained."
    assert _who([guide], 0, "thoroughly") == ("outlet", "")


def test_an_abstract_noun_ending_like_an_agent_does_not_speak() -> None:
    # "answer" ends like "speaker" or "officer" but names a reply, not anyone who speaks
    text = ("“The port needs it,” she added. The answer did not rebut Park’s point, that Ruiz "
            "might be beholden to ferry owners.")
    assert _who([text], 0, "beholden")[1] != "The answer"


def test_a_subordinator_or_a_cut_coordination_is_never_a_speaker() -> None:
    text = ("Whether you're busy with work or simply seeking top-notch cleaning, choosing a "
            "local crew helps.")
    assert _who([text], 0, "top-notch")[1] == ""


def test_a_possessed_thing_is_never_a_she_but_its_owner_is() -> None:
    # "Ruiz’s Final Column Explains": the column is no person a later "she" stands for
    headline = "Ruiz’s Final Column Explains Why She Backs the Ferry Plan"
    body = ["“The pier stops the rampant decay of the docks,” she wrote."]
    assert _who(body, 0, "rampant", headline) == ("quoted", "Ruiz")


def test_a_name_after_the_is_a_paper_or_a_body_never_a_later_he() -> None:
    # "the Harbour Gazette" may report, but "he said in an interview" is the writer's
    body = [
        "Leo Park, a onetime ferry pilot, later retired. He recently wrote an essay for the "
        "Harbour Gazette, the town's biggest paper, mocking the council as “obsessed” with "
        "parking.",
        "“The politics are just so blatant” at the council, he said in an interview.",
    ]
    assert _who(body, 1, "blatant") == ("quoted", "Leo Park")
