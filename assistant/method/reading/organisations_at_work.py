"""Organisations named in passing by what they do in the case: the subject of a sentence whose
head is a kind of organisation or body, before its verb ("het lab analyseert de monsters",
"de apotheek vult de rol elke week", "corporaties en energiebedrijven geven achterstanden
door", "the supplier is a Dutch scale-up", "De FG is geïnformeerd"); never the speaker's own
organisation ("ik werk bij de gemeente ... de gemeente wil ..."). Also whether two names are a
group and a body that speaks for it ("Studentenraad" and "Studenten"): two actors, not one."""

from __future__ import annotations

import re

from assistant.domain.session import Step
from assistant.language.cues.grammar import VERB_WORDS
from assistant.language.cues.organisations import BODY_HEADS, ORGANISATION_VERBS
from assistant.language.cues.people import NAME_BREAKS
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import actor_name, without_fillers
from assistant.method.reading.clause_subjects import LEADING_RE
from assistant.method.reading.organisation_kinds import SUBJECT_WORDS, organisation_kind
from assistant.method.reading.sentence_kinds import has_direction

OWN_WORDS = frozenset(("our", "onze", "ons", "my", "mijn", "m'n", "we", "wij"))
PROPER_NAME_WORDS = 3  # "Leverancier is Acme Data Systems"
COPULAS = frozenset(("is", "zijn", "are", "was", "were", "waren"))
INDEFINITE = frozenset(("een", "a", "an"))
WORD_RE = re.compile(r"^[\w'()][\w'()-]*$")  # "de KCC-medewerkers", not "-", "+" or "x,"
JOINED_RE = re.compile(r"\s+(?:en|and)\s+", re.IGNORECASE)
# Verb forms a finite verb after an organisation takes when it is not a listed one ("het lab
# analyseert", "de apotheek vult", "the pharmacy fills"): Dutch "-t", English "-s".
VERB_ENDINGS_NL = ("eert", "elt", "ult", "alt", "ijft", "ert", "at", "it", "ot", "ut", "mt", "nt")
VERB_ENDINGS_EN = ("es", "ds", "ks", "ts", "ps", "ls", "ns", "rs", "ys")
MIN_VERB = 4
THING_ENDINGS = ("heid", "icht", "ment", "ant", "ent", "ist", "ness", "ers", "ies", "ions", "nces")


def at_work(text: str, step: Step, own: str) -> tuple[list[str], bool]:
    """(organisations, whether the sentence only says who one is) for a sentence at ``step``:
    in the case only once the speaker said where they work (``own``; the first organisation
    named is mostly their own); who one is only counts among actors and effects ("de
    leverancier is een bedrijf uit Delft" is no effect)."""
    if step == Step.CASE and not own.strip():
        return [], False
    names = organisations_at_work(text, own)
    early = step in (Step.ACTORS, Step.EFFECTS)
    return names, bool(names) and early and described(text) and not has_direction(text)


def organisations_at_work(text: str, own: str) -> list[str]:
    """The organisations a sentence opens with before its verb (see the module's docstring);
    ``own`` is what the speaker said of where they work, whose organisation is left out."""
    tokens = without_fillers(LEADING_RE.sub("", text.strip())).split()
    spot = next((i for i, t in enumerate(tokens[: SUBJECT_WORDS + 1]) if _verb(t)), 0)
    subject = " ".join(tokens[:spot])
    if not spot or not all(WORD_RE.match(t) for t in tokens[:spot]):
        return []  # "waterschap - dijkinspectie met drones - ...": a title, no subject
    if tokens[0].lower() in OWN_WORDS:
        return []  # "our water board is building ...", "onze gemeente wil ...": the speaker's
    own_words = f" {' '.join(words(own))} "
    names = []
    for part in JOINED_RE.split(subject):
        kind = organisation_kind(part)
        if not kind or f" {kind}" in own_words:
            return []  # "de gemeente wil ..." said by someone of the gemeente: the speaker
        names.append(actor_name(part))
    proper = _proper_name(tokens[spot:])
    if len(names) == 1 and proper:
        names = [f"{names[0]} ({proper})"]  # "Leverancier is Nuance": the supplier, by name
    return [n for n in names if n]


def described(text: str) -> bool:
    """Whether a sentence about an organisation only says what it is ("Leverancier is Nuance",
    "the supplier is a Dutch scale-up", "de leverancier is een bedrijf dat ... koppelt")."""
    tokens = without_fillers(LEADING_RE.sub("", text.strip())).split()
    spot = next((i for i, t in enumerate(tokens[: SUBJECT_WORDS + 1]) if _verb(t)), 0)
    rest = [t.lower().strip(".,;!") for t in tokens[spot + 1 : spot + 2]]
    if not spot or tokens[spot].lower() not in COPULAS or not rest:
        return False
    return rest[0] in INDEFINITE or bool(_proper_name(tokens[spot:]))


def _proper_name(predicate: list[str]) -> str:
    """The name a short "is" sentence gives ("is Nuance.", "is Acme Systems"), else ""."""
    if len(predicate) < 2 or predicate[0].lower() not in ("is", "zijn", "are", "was"):
        return ""
    rest = [t.strip(".,;!") for t in predicate[1:]]
    capitalised = all(t[:1].isupper() for t in rest if t)
    return " ".join(rest) if capitalised and len(rest) <= PROPER_NAME_WORDS else ""


def body_of_group(name: str, other: str) -> bool:
    """Whether one name is a body that speaks for the group the other names ("Studentenraad"
    and "Studenten", "the student council" and "students", "student unions"): the one's head is
    a body, the other's is not."""
    return _body(name) != _body(other)


def _body(name: str) -> bool:
    tokens = words(name)
    cut = next((i for i, t in enumerate(tokens) if t in NAME_BREAKS), len(tokens))
    last = tokens[:cut][-1:] if cut else tokens[:1]
    return bool(last) and last[0].endswith(BODY_HEADS)


def _verb(token: str) -> bool:
    """Whether a word is a finite verb: a listed one, or a Dutch "-t" or English "-s" form of
    a lower-case word that is no noun by its ending ("analyseert", "vult", "fills")."""
    word = token.strip(",.;:!?")
    lowered = word.lower()
    if lowered in VERB_WORDS or lowered in ORGANISATION_VERBS:
        return True
    if not word.isalpha() or not word.islower() or len(word) < MIN_VERB:
        return False
    if lowered.endswith(THING_ENDINGS):
        return False
    return lowered.endswith(VERB_ENDINGS_NL) or lowered.endswith(VERB_ENDINGS_EN)
