"""Whose effects a message tells: a line that only names a known actor over "+"/"-" lines is a
heading of those lines, also right after a long line that ends without punctuation (it is no
wrapped end of that line)."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Actor
from assistant.method.reading.reader import Reader
from assistant.method.reading.segments import unwrapped

NL_ACTORS = ("Bewoners", "Conciërges", "Beheerder")
EN_ACTORS = ("Visitors", "Lifeguards", "Duty manager")


def _actors(names: tuple[str, ...]) -> list[Actor]:
    return [Actor(id=f"a{i}", name=n) for i, n in enumerate(names)]


def _actor_of(found: list[tuple[str, str, str]], start: str) -> str:
    return next(actor for text, _direction, actor in found if text.startswith(start))


def test_a_heading_line_is_not_joined_to_the_long_line_before_it() -> None:
    text = (
        "- de lift staat vaker stil omdat het systeem te voorzichtig afstelt\n"
        "conciërges\n+ minder rondes"
    )

    def heading(line: str, below: list[str]) -> bool:
        return line.strip() == "conciërges" and bool(below)

    assert unwrapped(text, heading).splitlines()[1] == "conciërges"
    assert "stil omdat het systeem te voorzichtig afstelt conciërges" in unwrapped(text)


def test_reader_gives_the_lines_under_a_heading_to_its_actor_nl(message_reader: Reader) -> None:
    text = (
        "bewoners\n"
        "+ de hal is 's avonds beter verlicht\n"
        "- de camera bij de ingang kijkt ook de gang in zonder dat ze dat weten\n"
        "conciërges\n"
        "+ minder rondes lopen, meer tijd voor een praatje\n"
        "beheerder\n"
        "- ziet precies wie wanneer binnenkomt, dat is meer dan hij hoeft te weten"
    )
    reading = read_in(message_reader, text, NL_ACTORS, "nl", "slimme verlichting in een flat")
    assert _actor_of(told(reading), "Minder rondes") == "Conciërges"
    assert _actor_of(told(reading), "Ziet precies") == "Beheerder"
    assert not any(t.endswith(("conciërges", "beheerder")) for t, _d, _a in told(reading))


def test_reader_gives_the_lines_under_a_heading_to_its_actor_en(message_reader: Reader) -> None:
    text = (
        "visitors\n"
        "+ fewer people get into trouble in the deep end\n"
        "- the cameras above the pool film everyone in their swimwear all day long\n"
        "lifeguards\n"
        "+ an extra pair of eyes on busy afternoons\n"
        "duty manager\n"
        "- gets every false alarm on the phone, also at night"
    )
    reading = read_in(message_reader, text, EN_ACTORS, "en", "drowning detection cameras")
    assert _actor_of(told(reading), "An extra pair") == "Lifeguards"
    assert _actor_of(told(reading), "Gets every") == "Duty manager"
