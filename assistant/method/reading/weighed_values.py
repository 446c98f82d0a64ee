"""Values weighed against each other where values are asked: the sentence names values and ranks
them, it tells no effect and no actor ("onafhankelijkheid van de rechter staat voor mij
bovenaan, die vind ik belangrijker dan efficiëntie", "efficiëntie telt wel mee", "fairness
weighs heavier for me than efficiency"), and a value kept after doubt ("nee, laat maar
privacy", "keep fairness then")."""

from __future__ import annotations

from assistant.knowledge.catalogue import Catalogue
from assistant.language.cues.values import ABSTRACT_HEAD_RE
from assistant.language.cues.weighed_values import (
    KEPT_AFTER_DOUBT_RE,
    NO_NAME_WORDS,
    VALUE_POINTED_AT_RES,
    WEIGHED_AGAINST_RE,
    WEIGHED_LEAD_RE,
    WEIGHED_NAME_WORDS,
    WEIGHING_RE,
)
from assistant.language.textparts import words

# Endings of English nouns for a value named among values weighed ("the independence of the
# judge", "freedom of speech", "protection of minors"), besides the abstract endings.
VALUE_NOUN_ENDINGS = ("ence", "dom", "tion")
OWN_NAME_WORDS = 4  # "onafhankelijkheid van de rechter": a name; more is a clause


def weighed_values(text: str, catalogue: Catalogue) -> list[str]:
    """The names of the values a sentence weighs, the one it weighs first ("onafhankelijkheid
    van de rechter", "fairness") and, where it is weighed against a value of the catalogue,
    that one ("efficiëntie"); none where the sentence weighs no value."""
    weighing = WEIGHING_RE.search(text)
    if weighing is None:
        return []
    head = text[: weighing.start()].strip(" ,;:")
    head = head[WEIGHED_LEAD_RE.match(head).end() :].strip()  # type: ignore[union-attr]
    if not _value_name(head, catalogue):
        return []
    names = [head]
    against = WEIGHED_AGAINST_RE.search(text, weighing.start())
    other = against.group("other").strip() if against else ""
    if other and _catalogued(other, catalogue):
        names.append(other)
    return names


def values_weighed_in(text: str, catalogue: Catalogue) -> str:
    """The names of the values a sentence weighs, keeps after doubt or says a remark is about
    ("X staat voor mij bovenaan, belangrijker dan Y", "nee, laat maar privacy", "the point is
    really about proportionality"), joined by commas; empty where it does none of these."""
    weighed = ", ".join(weighed_values(text, catalogue))
    return weighed or kept_after_doubt(text, catalogue) or value_pointed_at(text, catalogue)


def own_name_led_by_abstract_noun(name: str) -> bool:
    """A short name of the user's own that starts with an abstract noun ("the independence of
    the judge", "onafhankelijkheid van de rechter"), also an English one in -ence, -dom, -tion."""
    said = [w for w in words(name) if w.lower() not in ("the", "de", "het")]
    first = said[0].lower() if said else ""
    abstract = ABSTRACT_HEAD_RE.search(first) is not None or first.endswith(VALUE_NOUN_ENDINGS)
    return len(said) <= OWN_NAME_WORDS and abstract


def kept_after_doubt(text: str, catalogue: Catalogue) -> str:
    """The value of the catalogue kept after doubt ("nee, laat maar privacy", "keep fairness
    then"); empty where the sentence keeps none."""
    kept = KEPT_AFTER_DOUBT_RE.match(text.strip())
    if kept is None or not _catalogued(kept.group("value"), catalogue):
        return ""
    return kept.group("value").strip()


def value_pointed_at(text: str, catalogue: Catalogue) -> str:
    """The value of the catalogue a remark says it is really about ("the ondernemers' point is
    really about proportionality", "the bigger issue is trust: ..."); empty where none."""
    for pattern in VALUE_POINTED_AT_RES:
        pointed = pattern.search(text.strip())
        if pointed is not None and _catalogued(pointed.group("value"), catalogue):
            return pointed.group("value").strip()
    return ""


def _value_name(head: str, catalogue: Catalogue) -> bool:
    """Whether ``head`` is a value's name: one of the catalogue at its start, or a short name
    led by an abstract noun ("onafhankelijkheid van de rechter"), not a word pointing back."""
    said = words(head)
    if not said or len(said) > WEIGHED_NAME_WORDS or said[0].lower() in NO_NAME_WORDS:
        return False
    return _catalogued(head, catalogue) or ABSTRACT_HEAD_RE.search(said[0]) is not None


def _catalogued(name: str, catalogue: Catalogue) -> bool:
    """Whether ``name`` starts with a value of the catalogue and holds little more."""
    spans = catalogue.mention_spans(name.lower())
    return bool(spans) and spans[0][0] == 0 and len(words(name)) <= WEIGHED_NAME_WORDS
