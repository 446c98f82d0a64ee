"""One measure stays one option and talk around measures is none: a comma inside a number
("2,5 meter", "12,000 euros") joins no two measures; what a measure stands apart from after a
comma ("..., independent from the supplier", "..., los van het aantal klachten") is part of it;
the close of a mail ("Met vriendelijke groet") or a laugh at oneself ("haha, gewoonte") is no
option; a drawback announced among options ("one more downside I see: ...") is an
effect, not a measure; a device that measures something ("sensors on each bin measure how full
it is") tells how the technology works, where "measure" the noun ("one measure we want: ...")
names one."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.extraction import option_items
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

WIJK = ("Bewoners", "Handhavers", "Gemeente")
DEPOT = ("Planners", "Drivers", "Supplier")


def read(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> Reading:
    technology = "geluidsmeters in de wijk" if language == "nl" else "route planning software"
    return read_in(reader, text, actors, language, technology, Step.OPTIONS)


def test_a_decimal_comma_cuts_no_measure_nl() -> None:
    items = option_items("De meter hangt op 2,5 meter hoogte en meet alleen het geluidsniveau.")
    assert items == ["De meter hangt op 2,5 meter hoogte en meet alleen het geluidsniveau"]


def test_a_thousands_comma_cuts_no_measure_en() -> None:
    items = option_items("A budget of 12,000 euros a year for extra drivers.")
    assert items == ["A budget of 12,000 euros a year for extra drivers"]


def test_what_a_measure_stands_apart_from_is_part_of_it_en() -> None:
    items = option_items("An auditor checks the routes each month, independent from the supplier.")
    assert items == ["An auditor checks the routes each month, independent from the supplier"]


def test_what_a_measure_stands_apart_from_is_part_of_it_nl() -> None:
    items = option_items("Elke wijk krijgt een vast aantal rondes, los van het aantal klachten.")
    assert items == ["Elke wijk krijgt een vast aantal rondes, los van het aantal klachten"]


def test_two_measures_after_a_comma_stay_two_en() -> None:
    items = option_items("A help desk at the depot, and a letter to every driver.")
    assert items == ["A help desk at the depot", "a letter to every driver"]


def test_the_close_of_a_mail_is_no_option_nl(message_reader: Reader) -> None:
    text = "De meters gaan 's nachts uit. Met vriendelijke groet"
    reading = read(message_reader, text, WIJK, "nl")
    assert [o.text for o in reading.options] == ["De meters gaan 's nachts uit"]


def test_a_laugh_at_oneself_is_no_option_nl(message_reader: Reader) -> None:
    text = "De meters gaan 's nachts uit. Haha, gewoonte."
    reading = read(message_reader, text, WIJK, "nl")
    assert [o.text for o in reading.options] == ["De meters gaan 's nachts uit"]


def test_the_close_of_a_mail_is_no_option_en(message_reader: Reader) -> None:
    text = "Drivers can always override the route. Kind regards"
    reading = read(message_reader, text, DEPOT, "en")
    assert [o.text for o in reading.options] == ["Drivers can always override the route"]


def test_a_drawback_announced_among_options_is_an_effect_en(message_reader: Reader) -> None:
    text = "One more downside I see: planners stop trusting their own knowledge of the roads."
    reading = read(message_reader, text, DEPOT, "en")
    assert reading.options == []
    assert [d for _t, d, _a in told(reading)] == ["negative"]


def test_a_drawback_announced_among_options_is_an_effect_nl(message_reader: Reader) -> None:
    text = "Een nadeel dat ik nog zie: handhavers gaan alleen nog af op de meter."
    reading = read(message_reader, text, WIJK, "nl")
    assert reading.options == []
    assert len(told(reading)) == 1


def test_a_device_that_measures_is_no_measure_en(message_reader: Reader) -> None:
    text = "Sensors on each bin measure how full it is, and the route is planned from that."
    reading = read_in(message_reader, text, (), "en", "smart waste bins", Step.CASE)
    assert reading.options == []


def test_a_device_that_measures_is_no_measure_nl(message_reader: Reader) -> None:
    text = "Sensoren op elke container meten hoe vol hij is, en daarop wordt de route gepland."
    reading = read_in(message_reader, text, (), "nl", "slimme containers", Step.CASE)
    assert reading.options == []


def test_a_measure_named_as_a_noun_stays_one_en(message_reader: Reader) -> None:
    text = "One measure we already want: drivers can always skip a bin."
    reading = read(message_reader, text, DEPOT, "en")
    assert len(reading.options) == 1


def test_a_drawback_for_named_people_keeps_them_nl(message_reader: Reader) -> None:
    text = "Nog een nadeel voor de handhavers: ze gaan alleen nog af op de meter."
    reading = read_in(message_reader, text, WIJK, "nl", "geluidsmeters in de wijk", Step.EFFECTS)
    assert [a for _t, _d, a in told(reading)] == ["Handhavers"]
