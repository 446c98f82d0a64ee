"""Organisations named in passing by what they do in the case: the subject of a sentence whose
head is a kind of organisation or body, before its verb ("het lab analyseert de monsters",
"de apotheek vult de rol elke week", "corporaties en energiebedrijven geven achterstanden
door", "the supplier is a Dutch scale-up", "De FG is geïnformeerd"); never the speaker's own
organisation ("ik werk bij de gemeente ... de gemeente wil ..."). Also whether two names are a
group and a body that speaks for it ("Studentenraad" and "Studenten"): two actors, not one."""

from __future__ import annotations

import re

from assistant.domain.session import Step
from assistant.language.cues.actor_lists import CLAUSE_WORDS, QUANTITY_WORDS
from assistant.language.cues.actor_names import NAME_BREAKS, SOME_OF_THEM, STAFF_HEADS
from assistant.language.cues.grammar import VERB_WORDS
from assistant.language.cues.organisations import BODY_HEADS, ORGANISATION_VERBS
from assistant.language.cues.people import ABBREVIATION_RE
from assistant.language.cues.people_in_sentences import NAME_LINKS
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import (
    actor_name,
    has_lead,
    head_is_person,
    names_in_list,
    names_people,
    without_fillers,
)
from assistant.method.reading.clause_subjects import LEADING_RE
from assistant.method.reading.organisation_kinds import SUBJECT_WORDS, organisation_kind
from assistant.method.reading.sentence_kinds import has_direction

OWN_WORDS = frozenset(("our", "onze", "ons", "my", "mijn", "m'n", "we", "wij"))
PROPER_NAME_WORDS = 3  # "Leverancier is Acme Data Systems"
COPULAS = frozenset(("is", "zijn", "are", "was", "were", "waren"))
INDEFINITE = frozenset(("een", "a", "an"))
ARTICLE_WORDS = frozenset(("de", "het", "the", "een", "a", "an"))
WORD_RE = re.compile(r"^[\w'()][\w'()-]*$")  # "de KCC-medewerkers", not "-", "+" or "x,"
JOINED_RE = re.compile(r"\s+(?:en|and)\s+", re.IGNORECASE)
# Verb forms a finite verb after an organisation takes when it is not a listed one ("het lab
# analyseert", "de apotheek vult", "the pharmacy fills"): Dutch "-t", English "-s".
VERB_ENDINGS_NL = ("eert", "elt", "ult", "alt", "ijft", "ert", "at", "it", "ot", "ut", "mt", "nt")
VERB_ENDINGS_EN = ("es", "ds", "ks", "ts", "ps", "ls", "ns", "rs", "ys")
MIN_VERB = 4
# The clauses of a sentence that says who does what ("het Leger des Heils draait de opvang, de
# straatcoaches leveren informatie aan en de GGD zit in de stuurgroep").
CLAUSE_RE = re.compile(r"\s*[;,]\s*(?:(?:en|and|but|maar)\s+)?|\s+(?:en|and|but|maar)\s+", re.I)
ROLE_SUBJECT_WORDS = 3  # "de straatcoaches", "the youth health nurses", "Leger des Heils"
ROLE_CLAUSES = 2
PLURAL_ENDINGS = ("s", "en", "ren")
BARE_SUBJECT_WORDS = 2  # "honest taxpayers are ...", not "bad things residents cant ..."
ROMAN_RE = re.compile(r"^[IVX]+$")  # "types V and VI": numerals, no abbreviation
LEAD_CHARS = 80  # "What we've seen so far: the crews fly ...": a lead before the clauses
NAME_PARTICLES = frozenset(("des", "van", "der", "den", "voor", "of", "the", "de", "het"))
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


def parties_at_work(text: str) -> list[str]:
    """The parties in a sentence that says who does what in two clauses or more, each opened by
    people or an organisation right before its verb ("Het Leger des Heils draait de opvang, de
    straatcoaches leveren informatie aan en de GGD zit in de stuurgroep", "the crews fly less
    and the fishermen are furious"); [] when fewer clauses open so, or for a list of names."""
    if has_lead(text) or names_in_list(text):
        return []  # "actors: the inspectors, the school boards, ...": a list, read as one
    body = text.partition(":")[2] if ":" in text[:LEAD_CHARS] else text
    found = [_party(c) for c in CLAUSE_RE.split(body.strip().rstrip(".!"))]
    named = [n for n in found if n]
    return named if len(named) >= ROLE_CLAUSES else []


def _party(clause: str) -> str:
    """The people or organisation a clause opens with, right before its verb, else ""."""
    tokens = clause.split()
    start = 1 if tokens[:1] and tokens[0].lower() in ARTICLE_WORDS else 0
    for end in range(start + 1, min(len(tokens), start + ROLE_SUBJECT_WORDS + 1)):
        subject = tokens[start:end]
        if not all(WORD_RE.match(t) for t in subject) or not _clause_verb(tokens[end]):
            continue
        if all(t.lower() in SOME_OF_THEM for t in subject):
            return ""  # "maar sommigen vinden ...", "some say ...": some of those named before
        if _party_words(subject, led=start == 1):
            return actor_name(" ".join(_group(subject)))
    return ""


def _group(subject: list[str]) -> list[str]:
    """The group a subject names, without a quantity in front ("many residents", "de meeste
    bewoners", "fewer police")."""
    kept = subject
    while len(kept) > 1 and kept[0].lower() in QUANTITY_WORDS:
        kept = kept[1:]
    return kept


def _party_words(subject: list[str], *, led: bool) -> bool:
    """Whether words before a verb name a party: a proper name after an article ("het Leger
    des Heils"), or words that end in a word for people or an organisation ("de straatcoaches",
    "youth health nurses", "de GGD"), none of them a verb, pronoun or linking word."""
    name = " ".join(subject)
    if led and _proper(subject):
        return True  # "het Rode Kruis", "the Ministry of Infrastructure"
    if any(_goes_on(t) or _clause_word(t) or ROMAN_RE.match(t) for t in subject):
        return False  # "the prosecutor for (the first time)", "ik ben (docent)", "nu kunnen"
    head = subject[-1]
    people = head_is_person(head) or names_people(head) or bool(organisation_kind(name))
    plural = head_is_person(head) or _plural(head) or ABBREVIATION_RE.match(head)
    if not led and not (plural and len(subject) <= BARE_SUBJECT_WORDS):
        return False  # "student vult profiel in, bedrijf krijgt ...": chat, names no party
    return people and not any(_verb(t) for t in subject[:-1])  # not "nu kunnen trainers"


def _plural(word: str) -> bool:
    """Whether a word for people is plural ("ouders", "verzorgenden", "leraren", "crews")."""
    return word.lower().endswith(PLURAL_ENDINGS) and names_people(word)


def _clause_word(token: str) -> bool:
    """An article, pronoun or linking word: a clause, not a name, where it stands."""
    lowered = token.lower().strip(",.;:!?")
    return lowered in ARTICLE_WORDS or lowered in CLAUSE_WORDS


def _clause_verb(token: str) -> bool:
    """Whether the word after a subject can be its verb: a known one, or a lower-case word that
    does not go on with the name ("draait", "leveren", "fly", "are"; not "van", "des", "de",
    "students")."""
    word = token.strip(",.;:!?")
    if _goes_on(word) or _clause_word(word) or head_is_person(word):
        return False  # "BBL students", "de Rode Kruis-vrijwilligers"
    if word.lower() in STAFF_HEADS:
        return False  # "the customer service team": the name goes on
    return _verb(token) or (word.isalpha() and word.islower() and not _plural(word))


def _goes_on(word: str) -> bool:
    """Whether a word goes on with a name rather than end it ("van", "des", "for")."""
    lowered = word.lower()
    return lowered in NAME_PARTICLES or lowered in NAME_BREAKS or lowered in NAME_LINKS


def _proper(tokens: list[str]) -> bool:
    """A proper name ("Leger des Heils", "Rode Kruis"), capitals but for its particles."""
    capitals = [t for t in tokens if t.lower() not in NAME_PARTICLES]
    return bool(capitals) and all(t[:1].isupper() and t[1:2].islower() for t in capitals)
