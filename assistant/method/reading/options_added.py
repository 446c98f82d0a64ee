"""An instruction to add a measure to the list of options ("Vul nog aan bij de maatregelen dat
de cliëntenraad ...", "Add to the measures that the council ..."): the measure under the label
of the options, read as a measure at any step."""

from __future__ import annotations

from assistant.language.cues.measure_statements import ADD_TO_OPTIONS_LEAD_RE


def options_added(text: str) -> str:
    """``text`` with an instruction to add to the options as the label of the options ("Vul
    nog aan bij de maatregelen dat X" -> "Maatregelen: X")."""
    found = ADD_TO_OPTIONS_LEAD_RE.search(text)
    if found is None or not text[found.end() :].strip():
        return text
    label = "Maatregelen: " if found.group("nl") else "Measures: "
    rest = text[found.end() :]
    return f"{text[: found.start()]}{label}{rest[:1].upper()}{rest[1:]}"
