"""Effects said by those present at a gathering the speaker reports ("a tenants' evening", "een
avond met melders", "a session with stall holders"): a quote in the first person ("my rent
...", "mijn melding ...") or a view held by a number of them ("some felt ...", "most said
...") or by one of them by no name ("one participant said ...") is the group's that took part;
a sentence that only reports that they disagreed ("the association was split") tells no effect
or option once values or options are asked (among effects it names whom the sides are about)
(guided mode; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "actors", "wanted"),
    [
        ("Yesterday I hosted a tenants' evening about the heat sensors. Post-its as written:\n"
         "+ my flat is finally checked when it gets too hot\n"
         "- the sensor in my bedroom feels like someone is watching", "en",
         ("Tenants", "Housing corporation"), "Tenants"),
        ("Gisteren een avond met melders die de app gebruiken. Wat ze zeiden:\n"
         "- eindelijk wordt mijn melding serieus genomen\n"
         "- ik weet nooit of er iets mee gebeurt", "nl", ("Melders", "Handhavers"), "Melders"),
        ("I held a session with stall holders. Some felt it's good that someone finally checks "
         "the market fees. Most said they can plan their week better now.", "en",
         ("Stall holders", "Market master", "Council"), "Stall holders"),
    ],
)  # fmt: skip
def test_what_those_present_said_is_their_groups(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], wanted: str
) -> None:
    reading = read_in(message_reader, text, actors, language, "a sensor app", Step.EFFECTS)
    said = [(t, a) for t, _d, a in told(reading) if "evening" not in t and "avond" not in t]
    assert said
    assert all(actor == wanted for _t, actor in said)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The market association was split.", "en"),
        ("De groep was het niet eens over de richting.", "nl"),
    ],
)
def test_a_bare_disagreement_tells_no_effect(
    message_reader: Reader, text: str, language: str
) -> None:
    actors = ("Stall holders", "Council") if language == "en" else ("Tieners", "Gemeente")
    reading = read_in(message_reader, text, actors, language, "a market app", Step.VALUES)
    assert not reading.effects and not reading.options
