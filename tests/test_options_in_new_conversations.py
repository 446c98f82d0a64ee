"""Options as people give them in natural conversations (Dutch and English; sentences written for
these tests): two measures in one frame ("aan X en aan Y") are two options, a proposal at the end
of an effect or among labelled effects is an option, a lead ("wat mij betreft:", "naast X:",
"options I have:") does not hide the measures after it, a list typed on one line is a list, the
kind follows the measure's own noun, its place and who is made to act; and the conductor never
leaves options of fewer than three kinds silently: "verder" with a kind missing says so once,
"die andere voorstellen ook" takes them, and a request for options at the summary goes back to
the options with proposals of the kind asked for."""

from __future__ import annotations

import pytest
from method_fakes import reading_session, session_at

from assistant.domain.session import HandlingOption, Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


def at(step: Step, language: str = "nl") -> Session:
    technology = "Een systeem dat de pompen in de polder automatisch aanstuurt"
    return reading_session(step, language, technology, ("Boeren", "Gemalbeheerders", "Bewoners"))


def options(reader: Reader, text: str, step: Step = Step.OPTIONS, language: str = "nl"):
    return reader.read(text, at(step, language)).options


def pairs(reader: Reader, text: str, step: Step = Step.OPTIONS, language: str = "nl"):
    return [(o.kind, o.text) for o in options(reader, text, step, language)]


# --- reader: one option per measure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        ("Ik denk aan een noodschakelaar bij elk gemaal en aan een vaste afspraak dat boeren "
         "een bericht krijgen als het peil verandert.", "nl", "noodschakelaar", "vaste afspraak"),
        ("I'm thinking of a pause button on every screen and of a clear rule that nobody is "
         "judged on the figures alone.", "en", "pause button", "clear rule"),
    ],
)  # fmt: skip
def test_two_measures_in_one_frame_are_two_options(
    reader: Reader, text: str, language: str, first: str, second: str
) -> None:
    found = options(reader, text, language=language)
    assert len(found) == 2
    assert first in found[0].text.lower() and not found[0].text.lower().startswith(("aan", "of"))
    assert second in found[1].text.lower()
    assert found[1].kind == "environment"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Huisregels bij de ingang en een alarmknop die direct met de meldkamer verbindt.", "nl"),
        ("An entry in the algorithm register and a pause button in the app.", "en"),
    ],
)
def test_two_named_measures_of_different_kinds_are_two_options(
    reader: Reader, text: str, language: str
) -> None:
    assert [k for k, _t in pairs(reader, text, language=language)] == ["environment", "design"]


def test_one_measure_with_two_objects_stays_one_option(reader: Reader) -> None:
    assert len(options(reader, "Vervaag gezichten en kentekens in de camera.")) == 1


@pytest.mark.parametrize(
    ("text", "language", "effect", "option"),
    [
        ("Het nadeel is dat de gemalbeheerders hun polder minder goed kennen, omdat ze er niet "
         "meer langs gaan, dus misschien moeten we ze gewoon één dag per maand laten meerijden.",
         "nl", "minder goed kennen", "meerijden"),
        ("The drawback is that the pump keepers lose touch with the polder because they no "
         "longer visit it, so maybe we should let them join the old rounds once a month.", "en",
         "lose touch", "old rounds"),
    ],
)  # fmt: skip
def test_a_hedged_proposal_after_an_effect_is_a_human_option(
    reader: Reader, text: str, language: str, effect: str, option: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert [o.kind for o in reading.options] == ["human"]
    assert option in reading.options[0].text
    assert any(effect in e.text for e in reading.effects)
    assert all(option not in e.text for e in reading.effects)


@pytest.mark.parametrize(
    "text",
    [
        "Positief: boeren hoeven minder te pompen. Negatief: het systeem mist soms een bui, "
        "zodat kelders onderlopen. Daarom denk ik dat we bij elke ingreep in het model moeten "
        "laten zien hoe zeker het is. En de beheerders voelen zich overbodig.",
        "Daarom moeten we in het scherm tonen hoe zeker de voorspelling is.",
    ],
)
def test_a_measure_drawn_as_a_consequence_among_effects_is_an_option(
    reader: Reader, text: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS))
    assert [o.kind for o in reading.options] == ["design"]
    assert all("hoe zeker" not in e.text for e in reading.effects)


def test_a_consequence_without_a_measure_stays_an_effect(reader: Reader) -> None:
    reading = reader.read("Dus moeten we langer wachten op de uitslag.", at(Step.EFFECTS))
    assert not reading.options and reading.effects


@pytest.mark.parametrize(
    ("text", "step", "language", "kinds"),
    [
        ("Wat mij betreft: de tellingen direct na een uur weggooien in plaats van na een dag, "
         "borden bij de ingangen en een tekst op de website dat er gemeten wordt, en de "
         "gemalbeheerders leren dat ze de kaart naast hun eigen ogen moeten leggen.",
         Step.OPTIONS, "nl", ["design", "environment", "human"]),
        ("Naast die foutmarge: een vaste regel dat metingen ouder dan een jaar niet op adres te "
         "vinden zijn, en de vrijwilligers een nieuwe rol geven als controleur van de lastige "
         "gevallen.", Step.VALUES, "nl", ["environment", "human"]),
        ("Options I have: a clause in the contract that the supplier logs every change; an "
         "independent complaints desk for farmers; and a visit protocol where inspectors "
         "announce the visit and farmers may refuse entry.", Step.OPTIONS, "en",
         ["environment", "environment", "environment"]),
    ],
)  # fmt: skip
def test_a_lead_in_front_of_measures_does_not_hide_them(
    reader: Reader, text: str, step: Step, language: str, kinds: list[str]
) -> None:
    found = pairs(reader, text, step, language)
    assert [k for k, _t in found] == kinds
    assert all(not t.lower().startswith(("wat mij", "naast", "options i")) for _k, t in found)


def test_options_named_as_such_among_the_effects_are_options(reader: Reader) -> None:
    text = (
        "Als opties heb ik zelf al die inspraakavond. Verder: de gemeenteraad elk kwartaal laten "
        "meekijken naar de aannames in het model, en in het model bij elke uitkomst de "
        "onzekerheid laten zien."
    )
    reading = reader.read(text, at(Step.EFFECTS))
    assert [o.kind for o in reading.options] == ["environment", "environment", "design"]
    assert "inspraakavond" in reading.options[0].text  # "heb ik zelf al X": X is one of them
    assert not reading.effects


def test_a_numbered_list_on_one_line_is_read_item_by_item(reader: Reader) -> None:
    text = (
        "1. een vaste termijn voor elke aanvraag, vastgelegd in de werkinstructie 2. de "
        "voorspelling met de drie belangrijkste redenen laten zien 3. wijkteams een uitleg van "
        "de voorspelling geven zodat ze kunnen helpen"
    )
    found = pairs(reader, text, Step.VALUES)
    assert [k for k, _t in found] == ["environment", "design", "human"]
    assert not found[0][1].endswith("2") and not found[1][1].endswith("3")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ik zou willen dat het model geen score meer toont maar alleen een toelichting. En dat "
         "de commissie elk jaar een steekproef laat controleren door twee collega's.", "nl"),
        ("I'd like the model to show no score, only an explanation. And that the board has a "
         "sample checked by two colleagues every year.", "en"),
    ],
)  # fmt: skip
def test_a_wish_that_goes_on_in_the_next_sentence_is_a_second_option(
    reader: Reader, text: str, language: str
) -> None:
    kinds = [k for k, _t in pairs(reader, text, Step.EFFECTS, language)]
    assert kinds == ["design", "environment"]


def test_a_numbered_list_of_values_on_one_line_stays_values(reader: Reader) -> None:
    reading = reader.read("1. rechtvaardigheid 2. privacy 3. zorgvuldigheid", at(Step.VALUES))
    assert len(reading.values) == 3 and not reading.options


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("would be nice if the works council got a veto on any new feature. and team leads "
         "need coaching on how to talk about workload", "en", ["environment", "human"]),
        ("zou mooi zijn als de ondernemingsraad een veto krijgt op elke nieuwe functie. En de "
         "leidinggevenden hebben coaching nodig over hoe je over werkdruk praat.", "nl",
         ["environment", "human"]),
        ("kunnen we niet bij elke afwijzing een mens laten meekijken? en een brief in simpele "
         "taal waarin staat waarom je geen toeslag krijgt. mss ook de wijkteams uitleggen hoe "
         "het werkt", "nl", ["environment", "environment", "human"]),
    ],
)  # fmt: skip
def test_wishes_needs_and_hedged_measures_while_values_are_asked_are_options(
    reader: Reader, text: str, language: str, kinds: list[str]
) -> None:
    assert [k for k, _t in pairs(reader, text, Step.VALUES, language)] == kinds


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("I'd like the camera to point straight down unless the pilot decides otherwise.", "en",
         "design"),
        ("And the pump keepers should keep walking their rounds, maybe as part of their "
         "briefing.", "en", "human"),
        ("En kunnen we niet vrijwilligers van het buurthuis een paar avonden laten komen?", "nl",
         "human"),
        ("And in the app itself, inspectors should see only the address and the reason.", "en",
         "design"),
        ("A visit protocol where inspectors announce the visit and farmers may refuse.", "en",
         "environment"),
        ("De provinciale staten elk halfjaar laten meekijken naar de aannames in het model.",
         "nl", "environment"),
    ],
)  # fmt: skip
def test_the_kind_follows_who_acts_the_place_and_the_measures_own_noun(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    assert [k for k, _t in pairs(reader, text, Step.VALUES, language)] == [kind]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("Kunnen we het niet in het contract vastleggen? En ik zou willen dat het systeem alleen "
         "een seintje geeft en niets opslaat.", "nl", ["environment", "design"]),
        ("Could the data stay on the phone? Would it help to agree within the team that "
         "alerts at night are only read the next morning?", "en", ["design", "environment"]),
    ],
)  # fmt: skip
def test_a_second_wish_or_a_would_it_help_question_is_an_option_too(
    reader: Reader, text: str, language: str, kinds: list[str]
) -> None:
    assert [k for k, _t in pairs(reader, text, Step.VALUES, language)] == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En misschien dat de beheerders een korte uitleg krijgen, want veel van hen denken dat "
         "er iemand meekijkt.", "nl"),
        ("And maybe the keepers get a short briefing, because many of them think someone "
         "watches along.", "en"),
    ],
)  # fmt: skip
def test_a_reason_after_a_measure_is_part_of_it(reader: Reader, text: str, language: str) -> None:
    found = pairs(reader, text, language=language)
    assert len(found) == 1 and found[0][0] == "human"


@pytest.mark.parametrize(
    ("text", "language"),
    [("Use only sensor data plus what farmers themselves report.", "en"),
     ("Gebruik alleen de gegevens van de pompen en wat boeren zelf melden.", "nl")],
)  # fmt: skip
def test_an_instruction_about_the_data_a_system_holds_is_design(
    reader: Reader, text: str, language: str
) -> None:
    assert [k for k, _t in pairs(reader, text, language=language)] == ["design"]


# --- conductor: never fewer than three kinds silently -------------------------------------------


def say(conductor: Conductor, session: Session, text: str) -> str:
    return conductor.plan(session, text).draft.text


def all_kinds(language: str) -> Session:
    """A session at the options step with one option of each kind."""
    session = session_at(Step.OPTIONS, language)
    session.options = [
        HandlingOption(id=f"o{i}", kind=k, text=f"Optie {i}", value_ids=["v1"])
        for i, k in enumerate(("design", "environment", "human"), start=1)
    ]
    return session


def one_kind_only(language: str = "nl") -> Session:
    session = session_at(Step.OPTIONS, language)
    session.options = [
        HandlingOption(id="o1", kind="environment", text="Een vaste afspraak", value_ids=["v1"])
    ]
    return session


@pytest.mark.parametrize(
    ("language", "word", "said"),
    [("nl", "ga verder", "nog geen optie"), ("en", "next", "no option yet")],
)
def test_moving_on_with_kinds_missing_says_which_once_then_moves_on(
    conductor: Conductor, language: str, word: str, said: str
) -> None:
    session = one_kind_only(language)
    reply = say(conductor, session, word)
    assert session.step == Step.OPTIONS and said in reply
    assert {p.option_kind for p in session.proposals} >= {"design", "human"}
    say(conductor, session, word)
    assert session.step == Step.SUMMARY


@pytest.mark.parametrize(("language", "word"), [("nl", "ga verder"), ("en", "next")])
def test_yes_after_the_missing_kinds_are_named_takes_their_proposals(
    conductor: Conductor, language: str, word: str
) -> None:
    session = one_kind_only(language)
    say(conductor, session, word)
    say(conductor, session, "ja" if language == "nl" else "yes")
    assert {o.kind for o in session.options} == {"design", "environment", "human"}


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "die andere voorstellen zijn ook prima"), ("nl", "akkoord, en vul maar aan"),
     ("en", "the other proposals are fine too"),
     ("en", "fine, add your other ideas as well. Thanks a lot, this helps!"),
     ("nl", "goed, voeg die andere ideeën ook toe. Bedankt, hier kan ik mee verder.")],
)  # fmt: skip
def test_agreeing_to_the_other_proposals_takes_them_and_records_no_words_of_thanks(
    conductor: Conductor, language: str, text: str
) -> None:
    session = one_kind_only(language)
    say(conductor, session, "ga verder" if language == "nl" else "next")
    offered = len(session.proposals)
    say(conductor, session, text)
    assert len(session.options) == 1 + offered
    assert all(text.lower() not in o.text.lower() for o in session.options)
    assert not any(w in o.text.lower() for o in session.options for w in ("thanks", "bedankt"))


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("nl", "prima, en als je nog een optie voor de omgeving hebt hoor ik het graag",
         "environment"),
        ("nl", "heb je nog een idee voor de techniek zelf?", "design"),
        ("en", "fine, and if you have another option for the people themselves, let me know",
         "human"),
    ],
)  # fmt: skip
def test_asking_for_options_of_a_kind_at_the_summary_goes_back_with_proposals_of_it(
    conductor: Conductor, language: str, text: str, kind: str
) -> None:
    session = all_kinds(language)
    session.step = Step.SUMMARY
    say(conductor, session, text)
    assert session.step == Step.OPTIONS
    assert session.proposals and {p.option_kind for p in session.proposals} == {kind}
    say(conductor, session, "prima" if language == "nl" else "fine")
    assert len(session.options) > 3 and session.options[-1].kind == kind


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "prima zo, dank je wel, hier kan ik mee verder"),
     ("en", "fine, thanks, I can work with this")],
)  # fmt: skip
def test_agreeing_with_closing_words_when_all_kinds_are_there_records_nothing(
    conductor: Conductor, language: str, text: str
) -> None:
    session = all_kinds(language)
    say(conductor, session, text)
    assert len(session.options) == 3


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "a pause rule for night shifts. for the rest, go ahead and suggest"),
     ("nl", "een pauzeregel voor nachtdiensten. voor de rest, stel maar voor")],
)  # fmt: skip
def test_asking_to_suggest_the_rest_proposes_here_instead_of_moving_on(
    conductor: Conductor, language: str, text: str
) -> None:
    session = one_kind_only(language)
    say(conductor, session, text)
    assert session.step == Step.OPTIONS and session.proposals


@pytest.mark.parametrize(
    ("text", "language"),
    [("ok, that covers it", "en"), ("oké, dat was het", "nl")],
)
def test_a_closing_remark_among_the_options_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    assert not options(reader, text, language=language)


def test_a_participle_after_a_comma_goes_on_with_the_measure_before(reader: Reader) -> None:
    text = "A register of every search, checked by the water board every quarter."
    assert len(options(reader, text, language="en")) == 1


def test_an_option_given_with_a_colon_at_the_summary_is_no_request(reader: Reader) -> None:
    reading = reader.read("Nog een optie: een klachtenloket bij de gemeente.", at(Step.SUMMARY))
    assert not reading.questions
