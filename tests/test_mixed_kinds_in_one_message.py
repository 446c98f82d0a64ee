"""A message that holds more than one kind at once, as people write it: the value an effect
touches and the measure drawn from it in one sentence ("dat raakt aan X, dus ..."), an actor
named and taken back in the same message ("o ja, X hoort erbij ... nee wacht, X niet"), a value
added the way an actor is added ("add children's privacy"), and a measure for some people given
where values are asked ("en iets voor de baliemedewerkers: een cursus ...")."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.option_kind_scores import option_kind
from assistant.method.reading.questions import proposal_request
from assistant.method.reading.reader import Reader

DESK_NL = ("Baliemedewerkers", "Aanvragers")
POOL_EN = ("Lifeguards", "Swimmers")


def _nl(reader: Reader, text: str, step: Step = Step.EFFECTS) -> object:
    return read_in(reader, text, DESK_NL, "nl", "een afsprakenbot", step)


def _en(reader: Reader, text: str, step: Step = Step.EFFECTS) -> object:
    return read_in(reader, text, POOL_EN, "en", "drowning-detection cameras", step)


def _values(reading: object) -> list[str]:
    return [v.entry.id if v.entry else v.name for v in reading.values]  # type: ignore[attr-defined]


def _options(reading: object) -> list[tuple[str, str]]:
    return [(o.text, o.kind) for o in reading.options]  # type: ignore[attr-defined]


def test_a_value_then_the_measure_drawn_from_it_nl(message_reader: Reader) -> None:
    reading = _nl(
        message_reader,
        "dat van die lange wachtrij raakt echt aan gelijke behandeling, dus ik zou zeggen: "
        "nooit een afspraak weigeren op basis van alleen de postcode",
    )
    assert _values(reading) == ["equal-treatment"]
    assert [t for t, _ in _options(reading)] == [
        "Nooit een afspraak weigeren op basis van alleen de postcode"
    ]
    assert reading.effects == []  # type: ignore[attr-defined]


def test_a_value_then_the_measure_drawn_from_it_en(message_reader: Reader) -> None:
    reading = _en(
        message_reader, "that touches on privacy, so I'd say: never keep the footage past a week"
    )
    assert _values(reading) == ["privacy"]
    assert [t for t, _ in _options(reading)] == ["Never keep the footage past a week"]
    assert reading.effects == []  # type: ignore[attr-defined]


def test_a_value_then_the_measure_does_not_move_the_conversation(
    message_reader: Reader,
) -> None:
    reading = _en(message_reader, "that is about fairness, so only show totals per pool")
    assert _values(reading) == ["justice"]
    assert reading.content_step(early_options=True) is None  # type: ignore[attr-defined]
    reading = _en(
        message_reader,
        "Swimmers feel watched. That's dignity and privacy, so never store the footage, and "
        "the swimmers are told at the entrance.",
        Step.CASE,
    )
    assert len(reading.options) == 2  # type: ignore[attr-defined]
    assert reading.content_step(early_options=False) == Step.EFFECTS  # type: ignore[attr-defined]


def test_a_remark_on_an_effect_with_a_direction_stays_an_effect_nl(
    message_reader: Reader,
) -> None:
    reading = _nl(message_reader, "dat van die wachtrij is echt een probleem voor de aanvragers")
    assert [e.direction for e in reading.effects] == ["negative"]  # type: ignore[attr-defined]


def test_an_actor_named_and_taken_back_in_one_message_nl(message_reader: Reader) -> None:
    reading = _nl(
        message_reader,
        "oja de bibliotheek hoort er ook bij, en de gemeente. nee wacht, de bibliotheek niet, "
        "die doet niet mee",
    )
    assert reading.actors == ["Gemeente"]  # type: ignore[attr-defined]
    assert reading.effects == []  # type: ignore[attr-defined]


def test_a_known_actor_taken_off_with_niet_after_it_nl(message_reader: Reader) -> None:
    reading = _nl(message_reader, "nee wacht, de aanvragers niet, die merken er niks van")
    assert reading.removed_actors == ["Aanvragers"]  # type: ignore[attr-defined]
    assert reading.effects == []  # type: ignore[attr-defined]


def test_oja_without_a_comma_is_no_part_of_the_name_nl(message_reader: Reader) -> None:
    reading = _nl(message_reader, "oja de huisartsen horen er ook bij")
    assert reading.actors == ["Huisartsen"]  # type: ignore[attr-defined]


def test_a_value_added_like_an_actor_is_a_value_en(message_reader: Reader) -> None:
    reading = _en(message_reader, "and add children's privacy", Step.VALUES)
    assert reading.actors == []  # type: ignore[attr-defined]
    assert _values(reading) == ["privacy"]


def test_a_value_added_like_an_actor_is_a_value_nl(message_reader: Reader) -> None:
    reading = _nl(message_reader, "en voeg privacy van de aanvragers toe", Step.VALUES)
    assert reading.actors == []  # type: ignore[attr-defined]
    assert _values(reading) == ["privacy"]


def test_a_measure_for_some_people_where_values_are_asked_nl(message_reader: Reader) -> None:
    reading = _nl(
        message_reader,
        "en iets voor de baliemedewerkers: een cursus om het gesprek te voeren ipv te controleren",
        Step.VALUES,
    )
    assert _options(reading) == [
        ("Een cursus om het gesprek te voeren ipv te controleren", "human")
    ]
    assert reading.effects == []  # type: ignore[attr-defined]


def test_a_measure_for_some_people_where_values_are_asked_en(message_reader: Reader) -> None:
    reading = _en(
        message_reader,
        "and something for the lifeguards: a training on what the alarm can and cannot see",
        Step.VALUES,
    )
    assert [k for _, k in _options(reading)] == ["human"]
    assert reading.effects == []  # type: ignore[attr-defined]


def test_no_sanction_on_the_output_alone_is_a_rule() -> None:
    assert option_kind("Nooit een boete op basis van alleen de camerabeelden") == "environment"
    assert option_kind("never a fine based on the sensor readings alone") == "environment"
    assert option_kind("geen korting op de uitkering zonder gesprek") == "environment"


def test_an_explanation_in_their_own_language_is_for_people() -> None:
    assert option_kind("uitleg in de eigen taal over wat de camera ziet") == "human"
    assert option_kind("an explanation in their own language of what is stored") == "human"


def test_a_polite_request_for_numbered_options_asks_for_proposals() -> None:
    asked = proposal_request("Graag een paar opties, genummerd.", Step.VALUES)
    assert asked is not None and asked.step == Step.OPTIONS and asked.propose
    asked = proposal_request("some options pls, numbered", Step.VALUES)
    assert asked is not None and asked.step == Step.OPTIONS
    assert proposal_request("graag privacy en autonomie", Step.VALUES) is None


def test_an_actor_named_and_taken_back_in_one_message_en(message_reader: Reader) -> None:
    reading = _en(
        message_reader,
        "oh and the school board too. no wait, not the school board, they aren't in it",
    )
    assert reading.actors == []  # type: ignore[attr-defined]
    assert reading.effects == []  # type: ignore[attr-defined]


def test_a_name_said_not_in_passing_is_not_taken_back_nl(message_reader: Reader) -> None:
    reading = _nl(message_reader, "+ baliemedewerkers zien alleen de afspraak, niet de bezoeker")
    assert [e.direction for e in reading.effects] == ["positive"]  # type: ignore[attr-defined]


def test_a_name_with_niet_after_it_is_no_actor_nl(message_reader: Reader) -> None:
    reading = _nl(
        message_reader, "Actoren nog: de GGD niet, die doet niets met de data. Wel de wethouder."
    )
    assert reading.actors == ["Wethouder"]  # type: ignore[attr-defined]
    assert reading.effects == []  # type: ignore[attr-defined]


def test_a_proposal_by_its_number_is_no_actor_taken_off_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "De tweede niet, dat wordt te duur.",
        ("Tweede Kamer", "Aanvragers"),
        "nl",
        "een afsprakenbot",
        Step.OPTIONS,
    )
    assert reading.removed_actors == []  # type: ignore[attr-defined]


def test_learning_how_is_for_people_whatever_it_is_about() -> None:
    assert option_kind("De baliemedewerker leert hoe je een foute melding in de app herkent") == (
        "human"
    )
    assert option_kind("lifeguards learn how to tell a false alarm on the screen") == "human"
    assert option_kind("de camera leert wat een normale stand is") == "design"


def test_someone_who_learns_how_is_for_people() -> None:
    assert option_kind("De planner leert hoe hij de keuzes van het programma kan uitleggen") == (
        "human"
    )
