"""Options given early are read as options whatever the step (guided mode; sentences written for
these tests): at the values step a message of measures gives one option per measure: a measure
asked as a question and one named after it ("Of een zone ...?"), the speaker's own wish with the
verb first ("verder wil ik vastleggen dat ..."), a measure for people with its verb left out ("de
conducteurs een korte cursus ..."), one named with a joint ("En een stukje in de wijkkrant"); a
list after a lead ("options - ...", "one of my own: ...", "zelf wil ik erbij: ...", "voeg toe:
...") is options, unless it names only values, and so is what follows a question for options
("Options? I was thinking: ..."); English "I want" is no Dutch "want" (because)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.reading.extraction import option_kind
from assistant.method.reading.reader import Reader


def at_values(language: str) -> Session:
    technology = "Camera's in de bus die zwartrijders herkennen"
    return reading_session(Step.VALUES, language, technology, ("Reizigers", "Conducteurs"))


def read(reader: Reader, text: str, language: str = "nl"):
    reading = reader.read(text, at_values(language))
    return [(o.kind, o.text) for o in reading.options], reading


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        ("Zou de camera niet ook een abonnement op de telefoon kunnen lezen? Of een lijn zonder "
         "camera's langs de scholen? Verder wil ik vastleggen dat een conducteur altijd zelf "
         "controleert voordat er een boete komt. De conducteurs een korte cursus in omgaan met "
         "boze reizigers. En een stukje in de wijkkrant voordat we starten.", "nl",
         ["abonnement", "scholen", "vastleggen", "cursus", "wijkkrant"]),
        ("Could the camera not read a pass on a phone too? Or a line without cameras past the "
         "schools? Further I want to lay down that a conductor always checks in person before a "
         "fine. The conductors a short course on dealing with angry passengers. And a piece in "
         "the local newspaper before we start.", "en",
         ["pass", "schools", "lay down", "course", "newspaper"]),
    ],
)  # fmt: skip
def test_a_message_of_measures_at_the_values_step_gives_options(
    reader: Reader, text: str, language: str, parts: list[str]
) -> None:
    found, reading = read(reader, text, language)
    assert len(found) == len(parts)
    assert all(part in found[i][1].lower() for i, part in enumerate(parts))
    assert not reading.effects and not reading.values
    assert found[2][0] == "environment" and found[3][0] == "human"
    assert found[4][0] == "environment"


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("options - blur faces at the camera, keep images 7 days at most", "en", 2),
        ("Opties - gezichten blurren in de camera, beelden na zeven dagen wissen", "nl", 2),
        ("And one of my own: every passenger can see which photo was taken of them.", "en", 1),
        ("Zelf wil ik erbij: de beelden alleen per lijn tonen; en reizigers bij het instappen "
         "vertellen dat er camera's hangen.", "nl", 2),
        ("Ik wil er nog twee bij: een bord bij elke deur, en conducteurs leren de meldingen "
         "kritisch te bekijken.", "nl", 2),
        ("Voeg toe: de camera nooit als enige bewijs voor een boete.", "nl", 1),
    ],
)  # fmt: skip
def test_a_lead_of_the_users_own_options_gives_options(
    reader: Reader, text: str, language: str, count: int
) -> None:
    found, reading = read(reader, text, language)
    assert len(found) == count
    assert not reading.values and not reading.effects
    assert not any(t.lower().startswith(("options", "opties", "voeg", "zelf", "ik wil", "and"))
                   for _k, t in found)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [("Voeg toe: autonomie", "nl", "autonomy"), ("Add: privacy", "en", "privacy")],
)
def test_a_lead_before_only_a_value_adds_the_value(
    reader: Reader, text: str, language: str, value: str
) -> None:
    found, reading = read(reader, text, language)
    assert not found
    assert [v.name for v in reading.values] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Verder wil ik dat de effecten nog eens bekeken worden.",
        "I want the effects to be listed again.",
        "De reizigers een vervelend gevoel, dat is het risico.",
    ],
)
def test_wishes_about_the_method_and_effects_are_no_options(reader: Reader, text: str) -> None:
    found, _reading = read(reader, text)
    assert not found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("And I want a free practice day for new conductors", "human"),
        ("I want to lay down that a conductor checks in person before a fine", "environment"),
        ("een extra spreekuur, want reizigers willen iemand kunnen spreken", "human"),
    ],
)
def test_english_want_is_no_reason_clause(text: str, kind: str) -> None:
    assert option_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("faces blurred at the camera, 14-day retention for all footage, a yearly audit by the "
         "privacy officer, conductors check a sample of the alerts each week", 4),
        ("gezichten automatisch blurren, foto's zonder zwartrijder direct wissen, twee "
         "conducteurs beoordelen elke melding", 3),
        ("een brief aan reizigers, met uitleg over de camera", 1),
        ("a poster in every bus, for the passengers who ask", 1),
    ],
)  # fmt: skip
def test_a_list_typed_tersely_gives_one_option_per_part(
    reader: Reader, text: str, count: int
) -> None:
    found = reader.read(text, reading_session(Step.OPTIONS, "nl", "Camera's in de bus")).options
    assert len(found) == count


@pytest.mark.parametrize(
    ("text", "language", "starts"),
    [
        ("Options? I was thinking: only show the fare for the line. Conductors get a short "
         "session on angry passengers.", "en", ["Only show", "Conductors get"]),
        ("Opties? Ik dacht: alleen de ritprijs per lijn tonen. Conducteurs krijgen een korte "
         "sessie over boze reizigers.", "nl", ["Alleen de ritprijs", "Conducteurs krijgen"]),
    ],
)  # fmt: skip
def test_asking_for_options_then_giving_them_at_the_values_step(
    reader: Reader, text: str, language: str, starts: list[str]
) -> None:
    found, reading = read(reader, text, language)
    assert len(found) == len(starts)
    assert all(found[i][1].startswith(start) for i, start in enumerate(starts))
    assert not reading.effects and [q.step for q in reading.questions] == [Step.OPTIONS]


def test_chat_words_agreeing_are_no_value(reader: Reader) -> None:
    found, reading = read(reader, "ok those r fine. plus: a sign at every door", "en")
    assert not reading.values
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "alleen warmtebeeld, geen gewone camera, zodat niemand herkenbaar is",
        "geen leeftijd, postcode of geslacht als kenmerk in het model",
        "de sms gaat eerst, pas daarna een bezoek aan huis",
        "only counts, no raw footage, so nobody can be recognised",
    ],
)
def test_a_part_that_goes_on_with_the_measure_before_is_no_option_of_its_own(
    reader: Reader, text: str
) -> None:
    found = reader.read(text, reading_session(Step.OPTIONS, "nl", "Camera's in de bus")).options
    assert len(found) == 1


@pytest.mark.parametrize(
    "text", ["een bedrijf eerst hoor en wederhoor geven", "companies get a hearing before a fine"]
)
def test_a_right_for_a_company_is_environment(text: str) -> None:
    assert option_kind(text) == "environment"
