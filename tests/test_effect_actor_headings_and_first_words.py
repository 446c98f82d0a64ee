"""Whose effects a message tells, by three forms the reader missed: a line that only names a
known actor over "+"/"-" lines is a heading of those lines, also right after a long line that
ends without punctuation (it is no wrapped end of that line); a group named by the first word of
its name alone as the subject ("defence can't ..." for "Defence lawyers", "internationalen ..."
for "Internationale studenten"), not by a word that only says of what kind its people are ("the
public", "de gezondheid"); and a group named after a third person's owner further on ("... over
hun ouders ...") is not the people the clause is about."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Actor
from assistant.method.reading.effect_subjects import draft_actor
from assistant.method.reading.mentions import mentioned_actor
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


def test_a_group_named_by_the_first_word_of_its_name() -> None:
    actors = _actors(("Witnesses", "Defence lawyers", "Intake officers", "Public prosecutor"))
    found = mentioned_actor("defence cannot question the witness properly", actors)
    assert found is not None and found.name == "Defence lawyers"
    found = mentioned_actor("the intake is less swamped on mondays", actors)
    assert found is not None and found.name == "Intake officers"
    assert mentioned_actor("the public loses trust in the courts", actors) is None
    nl = _actors(("Leerlingen", "Internationale studenten", "Gezondheid coaches"))
    found = mentioned_actor("internationalen kijken alles terug in hun eigen tempo", nl)
    assert found is not None and found.name == "Internationale studenten"
    assert mentioned_actor("de gezondheid gaat erop vooruit", nl) is None


def test_a_word_for_people_is_no_first_word_of_another_group() -> None:
    actors = _actors(("Student council", "Teachers"))
    assert mentioned_actor("students feel watched all day", actors) is None
    actors = _actors(("Patiëntenraad", "Artsen", "Cliënt adviseurs"))
    assert mentioned_actor("cliënten voelen zich bekeken", actors) is None


def test_reader_ties_the_effect_to_the_group_named_by_its_first_word(
    message_reader: Reader,
) -> None:
    reading = read_in(
        message_reader,
        "Defence can no longer test how credible a witness is.",
        ("Witnesses", "Judges", "Defence lawyers"),
        "en",
        "voice masking for threatened witnesses",
    )
    assert [actor for _text, _direction, actor in told(reading)] == ["Defence lawyers"]


def test_a_group_owned_by_others_further_on_is_not_the_clause_s_actor() -> None:
    nl = _actors(("Leerlingen", "Ouders", "Mentoren"))
    assert draft_actor("Als de app alles over hun ouders bewaart, voelt dat rot", nl) is None
    assert draft_actor("Hun ouders krijgen elke week een overzicht", nl) == ("a1", "")
    assert draft_actor("Leerlingen schamen zich dan voor hun ouders", nl) == ("a0", "")
    en = _actors(("Pupils", "Parents", "Heads"))
    assert draft_actor("Some walk in with the score already in their heads", en) is None
    assert draft_actor("Our parents get a weekly overview", en) == ("a1", "")
