"""An effect with a remark after it that judges it ("..., which is good", "..., dat is terecht"),
names its goal ("..., daar doen we het voor", "..., which is exactly why we bought it") or
compares it with before takes its direction from that remark, also where the effect's own
words lean the other way ("visited more often", "a fire nobody had reported")."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.polarity import tail_direction
from assistant.method.reading.reader import Reader


def _directions(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list[str]:
    technology = "een app" if language == "nl" else "an app"
    return [e[1] for e in told(read_in(reader, text, actors, language, technology, Step.EFFECTS))]


def test_judgement_after_an_effect_decides_its_direction_en(message_reader: Reader) -> None:
    text = "Older tenants are visited more often by the caretaker, which is good."
    assert _directions(message_reader, text, ("Tenants", "Caretakers"), "en") == ["positive"]


def test_goal_after_an_effect_decides_its_direction_nl(message_reader: Reader) -> None:
    text = "De drone zag een brand in de duinen die niemand had gemeld, daar doen we het voor."
    assert _directions(message_reader, text, ("Boswachters",), "nl") == ["positive"]


def test_aim_after_an_effect_decides_its_direction_nl(message_reader: Reader) -> None:
    text = "De camera vond een scheur die niemand had opgemerkt, dat is precies de bedoeling."
    assert _directions(message_reader, text, ("Inspecteurs",), "nl") == ["positive"]


def test_negative_judgement_after_a_gain_stays_negative_en(message_reader: Reader) -> None:
    text = "The app sends parents a message every time their child is late, which is not great."
    assert _directions(message_reader, text, ("Parents",), "en") == ["negative"]


def test_tail_direction_reads_judgements_and_goals() -> None:
    assert tail_direction("They are checked more often, which is right") == "positive"
    assert tail_direction("Ze worden vaker gebeld, dat is jammer") == "negative"
    assert tail_direction("It found a leak, which is exactly why we want this") == "positive"
    assert tail_direction("They are checked more often") is None
