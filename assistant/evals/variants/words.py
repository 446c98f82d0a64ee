"""The words the variants are made of: how people say "go on", the method's questions asked
back, and the shape of commands. These describe users, not the product: they are deliberately not
read from the product's cue words (``assistant.language.cues``), so that a variant can test words
the product does not know."""

from __future__ import annotations

import re

from assistant.domain.session import Step

#: A turn that is only one of these (punctuation aside) moves the conversation one step on.
NEXT_WORDS: dict[str, tuple[str, ...]] = {
    "nl": ("volgende", "volgende stap", "verder", "ga door", "ga verder", "door", "doorgaan",
           "ok", "oke", "oké", "prima", "ja", "klaar", "next"),
    "en": ("next", "next step", "continue", "go on", "carry on", "move on", "ok", "okay", "fine",
           "yes", "done"),
}  # fmt: skip

#: What a variant says instead of the scenario's navigation word.
NEXT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "nl": ("ga door", "ok", "prima", "verder", "oké, volgende stap", "prima, ga verder"),
    "en": ("go on", "ok", "fine", "continue", "ok, next step", "let's move on"),
}

#: The method's question for a step, asked back by the user before answering it.
METHOD_QUESTIONS: dict[str, dict[Step, str]] = {
    "nl": {
        Step.ACTORS: "wie zijn hier eigenlijk de actoren?",
        Step.EFFECTS: "wat bedoel je precies met effecten?",
        Step.VALUES: "welke waarden spelen hier?",
        Step.OPTIONS: "wat zijn handelingsopties precies?",
    },
    "en": {
        Step.ACTORS: "who are the actors here, actually?",
        Step.EFFECTS: "what do you mean by effects exactly?",
        Step.VALUES: "which values are at stake here?",
        Step.OPTIONS: "what kind of handling options do you mean?",
    },
}

#: Words naming a step, for "ga naar de waarden" / "go to values".
STEP_WORDS: dict[str, Step] = {
    "casus": Step.CASE, "case": Step.CASE,
    "actoren": Step.ACTORS, "actors": Step.ACTORS,
    "effecten": Step.EFFECTS, "effects": Step.EFFECTS,
    "waarden": Step.VALUES, "values": Step.VALUES,
    "opties": Step.OPTIONS, "handelingsopties": Step.OPTIONS, "options": Step.OPTIONS,
    "samenvatting": Step.SUMMARY, "summary": Step.SUMMARY,
}  # fmt: skip

BACK_RE = re.compile(r"^(?:ga )?(?:terug|vorige(?: stap)?|go back|back|previous(?: step)?)\b", re.I)
GOTO_RE = re.compile(
    r"^(?:ga |go )?(?:naar|to) (?:de |het |the )?(?P<step>" + "|".join(STEP_WORDS) + r")\b", re.I
)
EDIT_RE = re.compile(
    r"^(?:verwijder|schrap|remove|delete|drop)\b|\b(?:niet|not)\b.+\b(?:maar|but)\b", re.I
)
BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
AND_WORD = {"nl": "en", "en": "and"}
