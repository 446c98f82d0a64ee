"""The map picture: actors -> effects -> values -> options, for full, partial and empty sessions."""

from __future__ import annotations

import io

import pytest
from brief_fakes import FINISHED

from assistant.domain.session import Actor, Case, Effect, HandlingOption, Session, Value
from assistant.picture import MAX_ROWS, columns, png_size, render_map, render_map_svg, shorten

PNG = b"\x89PNG\r\n\x1a\n"


def _size(png: bytes) -> tuple[int, int]:
    from PIL import Image

    size = Image.open(io.BytesIO(png)).size
    assert png_size(png) == size
    return size


def _finished() -> Session:
    return Session.model_validate_json(FINISHED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_full_session_renders_png(language: str) -> None:
    png = render_map(_finished(), language)  # type: ignore[arg-type]
    assert png.startswith(PNG)
    width, height = _size(png)
    assert width > 1000 and height > 400


def test_empty_session_renders_placeholders() -> None:
    session = Session()
    cols = columns(session, "en")
    assert [c[0].text for c in cols] == ["no actors yet", "no effects yet", "no values yet",
                                         "no options yet"]  # fmt: skip
    png = render_map(session, "nl")
    assert png.startswith(PNG)
    assert _size(png)[0] > 1000


def test_columns_follow_links_and_group_options_by_kind() -> None:
    cols = columns(_finished(), "nl")
    actors, effects, values, options = cols
    assert [b.key for b in actors] == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert all(b.links and b.links[0].startswith("a") for b in effects)
    assert next(b for b in values if b.key == "v2").links == ["e1", "e3", "e6"]
    headers = [b.text for b in options if b.header]
    assert headers == ["Technologie / ontwerp", "Omgeving / context", "Mens / gebruiker"]
    assert next(b for b in values if b.key == "v1").text.startswith("★")


def test_long_texts_are_wrapped_and_cut() -> None:
    text = "woord " * 60
    short = shorten(text)
    assert short.count("\n") == 2 and short.endswith("…")
    assert all(len(line) <= 30 for line in short.split("\n"))


def test_partial_session_with_dangling_links_and_many_items() -> None:
    session = Session(case=Case(technology="x" * 500))
    session.actors = [Actor(id=f"a{i}", name=f"Actor {i}") for i in range(1, 61)]
    session.effects = [Effect(id="e1", actor_id="a999", direction="negative", text="lost link")]
    session.values = [Value(id="v1", name="Privacy", effect_ids=["e404"])]
    session.options = [HandlingOption(id="o1", kind="human", text="Training", value_ids=["v9"])]
    actors = columns(session, "en")[0]
    assert len(actors) == MAX_ROWS and actors[-1].text == "+21 more"
    assert render_map(session, "en").startswith(PNG)


def test_svg_variant() -> None:
    svg = render_map_svg(_finished(), "en")
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg


def test_hints_fill_empty_columns_only() -> None:
    cols = columns(Session(), "nl", ["Toezicht?"], ["Privacy?"])
    assert [b.text for b in cols[0]] == ["Toezicht?"] and cols[0][0].dashed
    assert [b.text for b in cols[2]] == ["Privacy?"]
    full = columns(_finished(), "nl", ["Toezicht?"], ["Privacy?"])
    assert "Toezicht?" not in [b.text for b in full[0]]
    assert render_map(Session(), "en", ["Oversight?"], ["Privacy?"]).startswith(PNG)
