"""What people say among the options that is no option (Dutch and English; sentences written
for these tests): a step named as a heading ("opties dan"), a remark on the conversation, a
pointer to what was chosen ("keep those three"), a value added by name or said to weigh most
(read as a value, also where options are asked), and asking the assistant for its own ideas
("en wat jij nog belangrijk vindt")."""

from __future__ import annotations

import pytest
from method_fakes import reading_session, session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.reader import Reader
from assistant.method.reading.sentence_kinds import no_measure


def at(step: Step, language: str):
    return reading_session(step, language, "Camera's op het plein", ("Bewoners", "Handhavers"))


@pytest.mark.parametrize(
    ("text", "step"),
    [("opties dan", Step.OPTIONS), ("options then", Step.OPTIONS), ("waarden graag", Step.VALUES),
     ("volgende dan", None)],
)  # fmt: skip
def test_a_step_named_with_a_short_word_after_it_goes_there(text: str, step: Step | None) -> None:
    intent = detect_intent(text)
    assert intent.kind == ("goto" if step else "next")
    assert intent.step == step


@pytest.mark.parametrize(
    ("text", "language"),
    [("opties dan. de camera's slaan geen beelden op, alleen tellingen.", "nl"),
     ("options then. the cameras store no images, only counts.", "en")],
)  # fmt: skip
def test_a_step_named_as_a_heading_is_no_option(reader: Reader, text: str, language: str) -> None:
    found = reader.read(text, at(Step.OPTIONS, language))
    assert len(found.options) == 1
    assert found.options[0].kind == "design"
    assert reader.read(text, at(Step.VALUES, language)).goto == Step.OPTIONS


@pytest.mark.parametrize(
    "text",
    ["fijn, dit ging sneller dan verwacht", "great, that was quicker than I feared",
     "keep those four", "houd die drie maar"],
)  # fmt: skip
def test_a_remark_or_a_pointer_is_no_measure(text: str) -> None:
    assert no_measure(text)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [("voeg autonomie toe, dan is het goed", "nl", "autonomy"),
     ("add privacy too", "en", "privacy"),
     ("rechtvaardigheid vind ik het belangrijkst, want iedereen moet gelijk behandeld worden",
      "nl", "justice"),
     ("fairness matters most to me, since everyone should be treated alike", "en", "justice")],
)  # fmt: skip
def test_a_value_said_where_options_are_asked_is_a_value(
    reader: Reader, text: str, language: str, value: str
) -> None:
    found = reader.read(text, at(Step.OPTIONS, language))
    assert not found.options
    assert any(v.entry is not None and v.entry.id == value for v in found.values)


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "veiligheid en privacy. en wat jij nog belangrijk vindt"),
     ("en", "safety and privacy. and whatever you think matters")],
)  # fmt: skip
def test_asking_for_the_assistants_own_values_names_no_value(
    conductor: Conductor, language: str, text: str
) -> None:
    session = session_at(Step.VALUES, language)
    session.values = []
    conductor.plan(session, text)
    names = [v.name.lower() for v in session.chosen_values()]
    assert len(names) == 2
    assert not any(n.startswith(("wat", "whatever", "and")) for n in names)
    assert any(p.kind == "value" for p in session.proposals)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Ook de cliëntenraad moet er nog bij, die maakt zich zorgen over de wachttijden.", "nl"),
     ("De buren horen er ook bij.", "nl"),
     ("Also the tenants' panel must be added, they worry about the rents.", "en"),
     ("The school nurses should be included too.", "en")],
)  # fmt: skip
def test_asking_to_add_someone_to_the_list_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    assert not reader.read(text, at(Step.EFFECTS, language)).options
