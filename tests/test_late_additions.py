"""The reader on actors and effects added late, where the options are asked: an actor announced
as forgotten is an actor and what is said of them an effect on them (also in the sentences after
it, with a direction said afterwards), and remarks, requests and proposals turned down are no
options (Dutch and English)."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.late_additions import direction_said, late_addition
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

LIBRARY = ("Bezoekers", "Bibliothecarissen", "Gemeente")
HARBOUR = ("Skippers", "Harbour master", "Port authority")


def read(reader: Reader, text: str, language: str, step: Step = Step.OPTIONS) -> Reading:
    actors = LIBRARY if language == "nl" else HARBOUR
    technology = "een robot die boeken sorteert" if language == "nl" else "a berth planner"
    return read_in(reader, text, actors, language, technology, step)


def option_texts(reading: Reading) -> list[str]:
    return [o.text for o in reading.options]


def test_late_actor_announced_with_a_colon_is_an_actor_with_effects_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "One more group I forgot: the ferry crews. They lose their fixed berth every evening, "
        "so they have to wait outside the harbour.",
        "en",
    )
    assert reading.actors == ["Ferry crews"]
    assert reading.options == []
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Ferry crews")]


def test_late_actor_announced_with_a_colon_is_an_actor_with_effects_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "o ja, nog een actor: de schoonmakers. Zij moeten voortaan om de robot heen werken en "
        "raken daardoor later klaar.",
        "nl",
    )
    assert reading.actors == ["Schoonmakers"]
    assert reading.options == []
    assert [a for _t, _d, a in told(reading)] == ["Schoonmakers"]


def test_people_forgotten_with_what_happens_to_them_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Oh and I forgot the yacht owners, their bookings get cancelled without warning.",
        "en",
    )
    assert reading.actors == ["Yacht owners"]
    assert told(reading) == [
        ("Their bookings get cancelled without warning", "negative", "Yacht owners")
    ]
    assert reading.options == []


def test_people_forgotten_with_what_happens_to_them_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "en ik vergat de studenten die 's avonds studeren, die moeten langer wachten op hun boeken",
        "nl",
    )
    assert reading.actors == ["Studenten die 's avonds studeren"]
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("negative", "Studenten die 's avonds studeren")
    ]
    assert reading.options == []


def test_effect_announced_late_with_its_people_and_a_direction_after_it_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "An effect I forgot, fishing crews: the planner keeps their usual spot for them. "
        "That's good for them, positive really.",
        "en",
    )
    assert reading.actors == ["Fishing crews"]
    assert [(d, a) for _t, d, a in told(reading)] == [("positive", "Fishing crews")]
    assert reading.options == []


def test_people_not_yet_among_the_effects_then_their_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "o, de vrijwilligers had ik nog niet bij de effecten. Die zien hun vaste taak verdwijnen "
        "en voelen zich overbodig. Zet dat er ook bij, als negatief.",
        "nl",
    )
    assert reading.actors == ["Vrijwilligers"]
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Vrijwilligers")]
    assert reading.options == []


def test_a_measure_after_people_added_late_stays_a_measure_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "I forgot the dock workers, they have to wait longer for their orders. We should send "
        "them the plan a day ahead.",
        "en",
    )
    assert reading.actors == ["Dock workers"]
    assert len(told(reading)) == 1
    assert len(reading.options) == 1


def test_direction_said_of_the_effect_before() -> None:
    assert direction_said("Negative for them.") == "negative"
    assert direction_said("That's fine for them, positive really, nothing changes.") == "positive"
    assert direction_said("Zet dat er ook bij, als positief.") == "positive"
    assert direction_said("dat moet er ook bij, als negatief denk ik") == "negative"
    assert direction_said("Positive?") is None
    assert direction_said("Negative effects on skippers are worse") is None


def test_no_late_addition_in_a_measure_or_a_forgotten_thing() -> None:
    assert late_addition("I forgot to say that the plan is due in May") is None
    assert late_addition("ik vergat te zeggen dat het in mei begint") is None
    assert late_addition("Nog een optie: een folder voor bezoekers") is None
    assert late_addition("Ik vergat nog iets: bezoekers met een rolstoel, die ...") is None
    added = late_addition("I also forgot the tug operators as an actor, they lose work")
    assert added is not None and added.names == ["Tug operators"]


def test_remarks_and_requests_among_options_are_no_options_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Put the berth rules on the harbour website. Sorry, should have said that earlier. "
        "That's a system setting. Just connect them to the values for me.",
        "en",
    )
    assert option_texts(reading) == ["Put the berth rules on the harbour website"]


def test_remarks_and_requests_among_options_are_no_options_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De robot stopt zodra er iemand in het magazijn staat. Al is dat ook weer een instelling. "
        "Als jij per soort nog iets aanvult is dat prima.",
        "nl",
    )
    assert option_texts(reading) == ["De robot stopt zodra er iemand in het magazijn staat"]


def test_proposals_turned_down_are_no_options(message_reader: Reader) -> None:
    en = read(message_reader, "No to 3, we're not writing that into the lease.", "en")
    nl = read(message_reader, "Een extra balie voor de robot is echt te omslachtig.", "nl")
    assert en.options == [] and nl.options == []


def test_a_condition_after_a_measure_is_part_of_it(message_reader: Reader) -> None:
    reading = read(
        message_reader, "A clause in the contract with the vendor, or we don't continue.", "en"
    )
    joined = "A clause in the contract with the vendor, or we don't continue"
    assert option_texts(reading) == [joined]


def test_people_added_with_a_colon_among_options_are_actors_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Add the boat rental firms: they rent out the berths in summer.", "en"
    )
    assert reading.actors == ["Boat rental firms"]
    assert reading.options == []


def test_people_added_with_a_colon_among_options_are_actors_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Voeg de leesclubs ook toe: die lenen hele series tegelijk.", "nl"
    )
    assert reading.actors == ["Leesclubs"]
    assert reading.options == []


def test_a_rule_added_with_a_colon_stays_a_measure(message_reader: Reader) -> None:
    reading = read(message_reader, "Add a rule: the harbour master never sees the names.", "en")
    assert reading.actors == []
    assert len(reading.options) == 1


def test_short_reactions_among_options_are_no_options(message_reader: Reader) -> None:
    en = read(message_reader, "Ok, fair. Let me paste the mail that started this.", "en")
    nl = read(message_reader, "Wensen, eigenlijk. Alleen als.", "nl")
    assert en.options == [] and nl.options == []


def test_values_led_by_what_they_come_down_to_among_options(message_reader: Reader) -> None:
    nl = read(message_reader, "Qua waarden draait het om privacy en vertrouwen.", "nl")
    en = read(message_reader, "As for values, it's about fairness and privacy.", "en")
    assert nl.options == [] and en.options == []
    assert len(nl.values) == 2 and len(en.values) == 2
