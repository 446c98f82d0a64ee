"""The one table of labels, Dutch and English: the method's concepts and the exports' words.

Every place that names a concept of the method (a step, a case field, a stage, an actor group,
an option kind, a direction) takes the word from here: the web UI's strings, the map picture, the
session brief, the knowledge documents, the Markdown export and the conversation's prompts. A
test (``tests/test_labels.py``) reads each of those places and fails when one of them says it
differently. Both languages have the same keys; add a key to both at once.

Labels are written as they stand after a colon ("Fase: idee"); a heading or a table cell takes
``label(language, key, capital=True)``. The five step names double as section titles: ``case``,
``actors`` ... are the same words as ``step.case``, ``step.actors`` ...
"""

from __future__ import annotations

from collections.abc import Mapping

from assistant.domain.session import Language

# fmt: off
CONCEPTS: dict[Language, dict[str, str]] = {
    "nl": {
        "step.case": "Casus", "step.actors": "Actoren", "step.effects": "Effecten",
        "step.values": "Waarden", "step.options": "Handelingsopties",
        "step.summary": "Samenvatting",
        "case.technology": "Technologie", "case.context": "Context", "case.users": "Gebruikers",
        "case.decisions": "Beslissingen", "case.stage": "Fase", "case.notes": "Notities",
        "stage.idea": "idee", "stage.pilot": "pilot", "stage.in_use": "in gebruik",
        "stage.unknown": "onbekend",
        "group.users": "gebruikers", "group.affected": "betrokkenen",
        "group.professionals": "professionals", "group.management": "management en beleid",
        "group.technical": "techniek en leveranciers", "group.oversight": "toezicht",
        "group.other": "overig",
        "kind.design": "Technologie / ontwerp", "kind.environment": "Omgeving / context",
        "kind.human": "Mens / gebruiker",
        "direction.positive": "positief", "direction.negative": "negatief",
        "protects": "beschermt",
    },
    "en": {
        "step.case": "Case", "step.actors": "Actors", "step.effects": "Effects",
        "step.values": "Values", "step.options": "Handling options", "step.summary": "Summary",
        "case.technology": "Technology", "case.context": "Context", "case.users": "Users",
        "case.decisions": "Decisions", "case.stage": "Stage", "case.notes": "Notes",
        "stage.idea": "idea", "stage.pilot": "pilot", "stage.in_use": "in use",
        "stage.unknown": "unknown",
        "group.users": "users", "group.affected": "those affected",
        "group.professionals": "professionals", "group.management": "management and policy",
        "group.technical": "technology and suppliers", "group.oversight": "oversight",
        "group.other": "other",
        "kind.design": "Technology / design", "kind.environment": "Environment / context",
        "kind.human": "Human / user",
        "direction.positive": "positive", "direction.negative": "negative",
        "protects": "protects",
    },
}

# Words of the session export and the conversation's prompts that name no concept of the method.
EXPORT_WORDS: dict[Language, dict[str, str]] = {
    "nl": {
        "session": "Sessie", "untitled": "Sessie zonder titel", "transcript": "Gesprek",
        "role.user": "Gebruiker", "role.assistant": "Assistent", "meta.step": "Stap",
        "meta.updated": "Bijgewerkt", "no_actor": "Zonder actor",
        "nothing_yet": "Nog niets vastgelegd.", "priority": "Prioriteit",
        "chosen_values": "Gekozen waarden", "other_values": "Genoemd, niet gekozen",
        "from_effects": "Komt voort uit", "no_value": "nog aan geen waarde gekoppeld",
        "sources": "Bronnen",
        "source.illustrative": (
            "Illustratief voorbeeld, geschreven door het project; geen verslag van een echte sessie"
        ),
    },
    "en": {
        "session": "Session", "untitled": "Untitled session", "transcript": "Transcript",
        "role.user": "User", "role.assistant": "Assistant", "meta.step": "Step",
        "meta.updated": "Updated", "no_actor": "No actor",
        "nothing_yet": "Nothing recorded yet.", "priority": "Priority",
        "chosen_values": "Chosen values", "other_values": "Named, not chosen",
        "from_effects": "Comes from", "no_value": "not yet linked to a value",
        "sources": "Sources",
        "source.illustrative": (
            "Illustrative example written by the project; not the record of a real session"
        ),
    },
}
# fmt: on

SECTIONS = ("case", "actors", "effects", "values", "options")


def _table(language: Language) -> dict[str, str]:
    concepts = CONCEPTS[language]
    sections = {name: concepts[f"step.{name}"] for name in SECTIONS}
    return {**concepts, **sections, **EXPORT_WORDS[language]}


LABELS: dict[Language, dict[str, str]] = {"nl": _table("nl"), "en": _table("en")}


def labels(language: Language) -> Mapping[str, str]:
    """Every label in ``language``: the concepts, the section titles and the export's words."""
    return LABELS[language]


def label(language: Language | str, key: str, capital: bool = False) -> str:
    """One label (Dutch for anything but ``en``); ``capital`` starts it with a capital letter."""
    text = LABELS["en" if language == "en" else "nl"][key]
    return text[:1].upper() + text[1:] if capital else text


def label_pair(key: str, capital: bool = False) -> tuple[str, str]:
    """``(dutch, english)`` for one label, the form of the web UI's string table."""
    return label("nl", key, capital), label("en", key, capital)
