"""A measure told with its parts (Dutch and English, sentences written for these tests) is one
option: a condition after a comma ("..., als de server het aankan", "..., even if the sensor
works"), a second infinitive of the same verb ("taught to X and to Y", "leren om X te doen en
Y te noteren"), the verb of a subject or a phrase in front that has none ("The caretaker, not
the app, opens ...", "Bij een storing, moet er ...") and a verb going on with the subject after
"and" ("..., and writes it down"). Measures listed side by side stay apart."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options


@pytest.mark.parametrize(
    "text",
    [
        "Keep the raw footage on the camera itself, even if the upload would be faster.",
        "Show the reason next to every route change, whatever the planner decides.",
        "Let residents pause the sensor with a switch, if the supplier can build that.",
        "De ruwe beelden op de camera zelf houden, ook als het uploaden sneller zou gaan.",
        "Bewoners de sensor laten uitzetten met een schakelaar, als de leverancier dat kan bouwen.",
        "Een knop om de melding te verbergen, voor als er bezoek is.",
    ],
)
def test_a_condition_after_a_measure_stays_with_it(text: str) -> None:
    assert len(extract_options(text, "design")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors are taught to read the heat map with care and to ask the owner first.",
        "Handhavers worden getraind om de kaart als hulpmiddel te gebruiken en het gesprek met de "
        "bewoner aan te gaan.",
    ],
)
def test_a_second_infinitive_stays_with_its_measure(text: str) -> None:
    assert len(extract_options(text, "human")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The caretaker, not the app, opens the door for a visitor at night.",
        "A planner, never the model, approves the route, and writes the reason down.",
        "Bij een storing in de nacht, moet er altijd een medewerker langskomen.",
    ],
)
def test_the_verb_of_a_subject_before_it_stays_with_it(text: str) -> None:
    assert len(extract_options(text, "design")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Blur faces at the edge, delete raw video after a week, inspectors check a sample.",
        "Gezichten aan de rand blurren, ruwe beelden na een week wissen, en de OR laten meekijken.",
        "Delete the footage after a week, and if a resident objects, stop the camera at once.",
    ],
)
def test_measures_listed_side_by_side_stay_apart(text: str) -> None:
    assert len(extract_options(text, "design")) >= 2
