"""The reader on what is told among effects but is no effect of its own: who said it ("zeggen
ze"), a comparison with before, how the paperwork is routed, the project's own plans and
proposals told with the case, someone added among the actors with the reason why, a value named
with what it concerns ("vertrouwen tussen gezin en school"), what the project costs, how the
technology works (without people in it) and a demand to declare the case fine; and an effect
that says it is the same again ("ook"), which keeps the direction before. A question tag after
an effect ("..., of is dat overdreven?") is no part of it."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

MARKET = ("Marktkooplieden", "Bezoekers", "Marktmeesters", "Gemeente")
HARBOUR = ("Skippers", "Harbour staff", "Residents", "Port authority")


def read(
    reader: Reader, text: str, actors: tuple[str, ...], language: str, step: Step = Step.EFFECTS
) -> Reading:
    technology = "een app voor marktplaatsen" if language == "nl" else "a mooring sensor"
    return read_in(reader, text, actors, language, technology, step)


def texts(reading: Reading) -> list[str]:
    return [e.text for e in reading.effects]


def test_who_said_it_is_part_of_the_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "De kooplieden verkopen minder op zaterdag, zeggen ze.", MARKET, "nl"
    )
    assert texts(reading) == ["De kooplieden verkopen minder op zaterdag, zeggen ze"]


def test_who_said_it_is_part_of_the_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Skippers pay more for a night in the harbour, so they say.", HARBOUR, "en"
    )
    assert len(reading.effects) == 1


def test_a_comparison_with_before_is_part_of_the_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Nadeel: bezoekers met een rolstoel vinden hun plek vaker niet, zoals vorig jaar ook al "
        "gebeurde.",
        MARKET,
        "nl",
    )
    assert [d for _t, d, _a in told(reading)] == ["negative"]


def test_a_comparison_with_before_is_part_of_the_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Downside: residents get woken by the alarms, as happened with the old system.",
        HARBOUR,
        "en",
    )
    assert [d for _t, d, _a in told(reading)] == ["negative"]


def test_how_the_paperwork_is_routed_is_no_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De boetes lopen via een landelijk incassobureau.",
        MARKET,
        "nl",
        Step.VALUES,
    )
    assert reading.effects == []


def test_how_the_paperwork_is_routed_is_no_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "The fines are handled by the national agency.", HARBOUR, "en", Step.VALUES
    )
    assert reading.effects == []


def test_the_projects_own_plan_and_proposal_with_the_case_are_no_effects(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Ik werk bij de afdeling markten van een gemeente. Ons marktbureau wil een app gaan "
        "gebruiken die kooplieden helpt een plek te vinden. Zelf dacht ik al dat we in de "
        "aanbesteding moeten zetten dat de leverancier de regels uitlegt.",
        (),
        "nl",
        Step.CASE,
    )
    assert reading.effects == []
    assert len(reading.options) == 1


def test_someone_added_with_the_reason_why_is_an_actor_not_an_effect_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "O ja, de buurtbewoners horen er ook bij, want bij hen wordt de markt opgebouwd.",
        MARKET,
        "nl",
    )
    assert reading.actors == ["Buurtbewoners"]
    assert reading.effects == []


def test_someone_added_with_their_effect_gets_the_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Also the harbour master must be added, they worry about the noise at night.",
        HARBOUR,
        "en",
    )
    assert reading.actors == ["Harbour master"]
    assert told(reading) == [("They worry about the noise at night", "negative", "Harbour master")]


def test_a_demand_to_declare_the_case_fine_is_no_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Just tell me it is fine so I can close the file today.", HARBOUR, "en"
    )
    assert reading.effects == []
    assert reading.intent is not None and reading.intent.kind == "verdict"


def test_a_demand_to_declare_the_case_fine_is_no_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Zeg nou gewoon dat het mag, dan ben ik klaar met mijn notitie.",
        MARKET,
        "nl",
    )
    assert reading.effects == []


def test_others_saying_it_is_fine_is_no_demand(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "The residents say it is fine that the sensors are there, but they worry about noise.",
        HARBOUR,
        "en",
    )
    assert reading.intent is None or reading.intent.kind != "verdict"


def test_the_same_again_keeps_the_direction_before_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Kooplieden schamen zich als hun plek wordt afgepakt. En de bezoekers zien dat ook.",
        MARKET,
        "nl",
    )
    assert [d for _t, d, _a in told(reading)] == ["negative", "negative"]


def test_the_same_again_keeps_the_direction_before_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Skippers lose their favourite spot. The residents see that happen too.",
        HARBOUR,
        "en",
    )
    assert [d for _t, d, _a in told(reading)] == ["negative", "negative"]


def test_a_condition_with_als_is_no_comparison(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Bezoekers vinden sneller een kraam, en als de app ernaast zit weet niemand waarom.",
        MARKET,
        "nl",
    )
    assert [d for _t, d, _a in told(reading)] == ["positive", "negative"]


def test_a_value_named_with_what_it_concerns_is_a_value_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "En eerlijk gezegd ook vertrouwen tussen kooplieden en gemeente, dat is nu al broos.",
        MARKET,
        "nl",
    )
    assert reading.effects == []
    assert [v.name for v in reading.values] == ["trust"]


def test_a_value_named_with_what_it_concerns_is_a_value_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "And honestly also transparency towards the skippers.", HARBOUR, "en"
    )
    assert reading.effects == []


def test_a_change_in_a_value_is_an_effect(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Minder vertrouwen in de gemeente bij de kooplieden.", MARKET, "nl"
    )
    assert [d for _t, d, _a in told(reading)] == ["negative"]


def test_a_value_word_used_to_say_what_changes_stays_an_effect_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader, "pro: searchable, and accessible for blind skippers", HARBOUR, "en"
    )
    assert len(reading.effects) == 2


def test_someone_said_not_to_be_involved_is_no_effect_en(message_reader: Reader) -> None:
    reading = read(message_reader, "The port authority is not really involved.", HARBOUR, "en")
    assert reading.effects == []


def test_someone_said_not_to_be_involved_is_no_effect_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "De gemeente hoort er eigenlijk niet bij.", MARKET, "nl")
    assert reading.effects == []


def test_what_the_project_costs_is_no_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "De licentie van de app kost 12.000 euro per jaar.", MARKET, "nl"
    )
    assert reading.effects == []


def test_what_the_project_costs_is_no_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "The sensors cost us 40,000 euros for the first year.", HARBOUR, "en"
    )
    assert reading.effects == []


def test_what_it_costs_people_is_a_negative_effect(message_reader: Reader) -> None:
    reading = read(message_reader, "Het kost de kooplieden 30 euro per maand extra.", MARKET, "nl")
    assert [d for _t, d, _a in told(reading)] == ["negative"]


def test_how_the_technology_works_is_no_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Het model is getraind op marktdata van vijf jaar. De gegevens worden na een week gewist.",
        MARKET,
        "nl",
    )
    assert reading.effects == []


def test_how_the_technology_works_is_no_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "The sensors send a signal when a berth is empty.", HARBOUR, "en"
    )
    assert reading.effects == []


def test_what_the_technology_does_to_people_stays_an_effect(message_reader: Reader) -> None:
    reading = read(
        message_reader, "The sensors wake the residents when a boat comes in.", HARBOUR, "en"
    )
    assert len(reading.effects) == 1


def test_a_question_tag_after_an_effect_is_no_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Kooplieden voelen zich gecontroleerd, of is dat overdreven? Bezoekers lopen vaker "
        "verkeerd, toch?",
        MARKET,
        "nl",
    )
    assert texts(reading) == [
        "Kooplieden voelen zich gecontroleerd",
        "Bezoekers lopen vaker verkeerd",
    ]


def test_a_question_tag_after_an_effect_is_no_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Skippers lose their favourite berth, right? Residents sleep worse, or am I wrong?",
        HARBOUR,
        "en",
    )
    assert texts(reading) == ["Skippers lose their favourite berth", "Residents sleep worse"]
