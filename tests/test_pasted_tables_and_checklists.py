"""Tables pasted from Word, Excel or markdown and checklists: the rule under the header row and
the header row drop, a row becomes a labelled line, a table with direction columns one effect
line per filled cell, and a checkbox drops in front of its item (Dutch and English; texts
written for these tests)."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.pasted_tables import tables_as_lines
from assistant.method.reading.reader import Reader

OPTIONS_TABLE_NL = """| Soort | Maatregel |
|---|---|
| techniek | de bezoeker ziet zijn eigen gegevens in de app |
| | |
| omgeving | de verordening regelt dat de data na een maand weg is |
| mens | een vast aanspreekpunt per wijk |"""

EFFECTS_TABLE_EN = (
    "from our spreadsheet:\n"
    "actor\tpositive\tnegative\n"
    "bus drivers\tshorter waits at crossings\tmore alarms from the sensor\n"
    "cyclists (commuters, pupils)\tsafer crossings\t\n"
    "shop owners\t-\tless parking in front of the shop"
)


def test_a_pipe_table_becomes_labelled_lines_without_rule_or_header() -> None:
    assert tables_as_lines(OPTIONS_TABLE_NL).splitlines() == [
        "techniek: de bezoeker ziet zijn eigen gegevens in de app",
        "omgeving: de verordening regelt dat de data na een maand weg is",
        "mens: een vast aanspreekpunt per wijk",
    ]


def test_a_tab_table_with_direction_columns_becomes_one_line_per_filled_cell() -> None:
    assert tables_as_lines(EFFECTS_TABLE_EN).splitlines() == [
        "from our spreadsheet:",
        "positive for bus drivers: shorter waits at crossings",
        "negative for bus drivers: more alarms from the sensor",
        "positive for cyclists: safer crossings",
        "negative for shop owners: less parking in front of the shop",
    ]


def test_a_single_line_with_pipes_is_no_table() -> None:
    signature = "Regards,\nAnna Smit | Adviseur | Provincie\nDit bericht is vertrouwelijk."
    assert tables_as_lines(signature) == signature


def test_checkboxes_drop_in_front_of_their_items() -> None:
    text = "Wat mij betreft:\n- [ ] geen opslag van beelden\n- [x] uitleg vooraf\n* [ ] a sign"
    assert tables_as_lines(text).splitlines() == [
        "Wat mij betreft:",
        "- geen opslag van beelden",
        "- uitleg vooraf",
        "* a sign",
    ]


def test_an_options_table_gives_options_of_each_kind_without_pipes(reader: Reader) -> None:
    session = reading_session(Step.OPTIONS, "nl", "een app voor parkeervergunningen")
    reading = reader.read(OPTIONS_TABLE_NL, session)
    texts = [o.text for o in reading.options]
    assert not any("|" in t or "---" in t for t in texts)
    kinds = {o.kind for o in reading.options}
    assert kinds == {"design", "environment", "human"}


def test_an_effects_table_gives_each_effect_its_actor_and_direction(reader: Reader) -> None:
    session = reading_session(
        Step.EFFECTS, "en", "sensors at crossings", ("Bus drivers", "Cyclists", "Shop owners")
    )
    reading = reader.read(EFFECTS_TABLE_EN, session)
    found = {(e.actor_name or e.actor_id, e.direction, e.text.lower()) for e in reading.effects}
    assert not any("\t" in text or "actor" in text for _, _, text in found)
    directions = {text: direction for _, direction, text in found}
    assert directions.get("less parking in front of the shop") == "negative"
    assert directions.get("safer crossings") == "positive"
