"""Values in what the user wrote: catalogue names and synonyms (nl and en), the user's own
words for them, everyday value words where values are named, numbers that refer to proposals,
and short unknown names as values of the user's own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.knowledge.catalogue import Catalogue, ValueEntry
from assistant.language.cues.formal import FORMAL_FRAME_LEAD_RE
from assistant.language.cues.references import (
    ABBREVIATION_RE,
    ADDED_VALUE_RE,
    APOLOGY_RE,
    FILLER,
    NOT_OWN_VALUE_RE,
    OWN_NAME_OF_RE,
    OWN_VALUE_FOR_RE,
    QUESTION_NAME_RE,
    REASON_TAIL_RE,
    TRAILING_LIST_WORD_RE,
    VALUE_ASIDE_RE,
    VALUE_FILLER,
    VALUE_LEAD_RE,
    VALUE_QUALIFIER_RE,
)
from assistant.language.cues.values import (
    CALLED_RE,
    CLAUSE_VERB_BEFORE_RE,
    EVERYDAY_VALUES,
    HONEST_ASIDE_RE,
    IMPORTANT_LABEL_RE,
    KEPT_VALUE_WORDS,
    NAMED_AFTER_RE,
    NO_KIND_WORDS,
    PASSIVE_STATE_RE,
    QUALIFIER_PEOPLE_RE,
    QUOTED_NAME_RE,
    RANK_AFTER_RE,
    VALUE_HEDGE_RE,
    VALUE_KIND_WORD_RE,
)
from assistant.language.stems import content_words
from assistant.language.textparts import (
    OTHER_WORD_LETTERS,
    edit_distance,
    normalise,
    similar_text,
    split_items,
    strip_article,
    word_count,
    words,
)
from assistant.method.reading.actor_lists import head_is_person
from assistant.method.reading.passing_actors import starts_with_people
from assistant.method.reading.segments import is_clause

QUALIFIER_GOES_ON_RE = re.compile(
    r"[^,;.!?\n]*?\s(?:and|en)\s+(?P<more>[^,;.!?\n]+)", re.IGNORECASE
)  # "... in the photos [and their families]"
LIST_BEFORE_RE = re.compile(r"(?:^|[,;:]|\b(?:en|and|of|or|dan|then|plus))\s*$", re.I)
LIST_AFTER_RE = re.compile(r"\s*(?:$|[,;.!]|(?:en|and|of|or|dan|then|plus)\b)", re.I)
OWN_VALUE_WORDS = 5  # "the right to a fair procedure"
NOTE_RE = re.compile(r"\s*\([^()]*\)")
NOTE_ADDS_RE = re.compile(r"\s*\(\s*(?:en|and|ook|also|plus|\+)\b", re.IGNORECASE)
COMPOUND_NOUN_LETTERS = 13  # "patiëntveiligheid", not "eerlijkheid" or "veiligheid"
COMPOUND_NOUN_END_RE = re.compile(r"(?:heid|ing|teit|schap)$")
SHORT_NAME = 6  # shorter names ("trust", "rust") are only matched as typed
LONG_NAME = 10  # from here two typos ("accesability")
TYPOS_LONG = 2


@dataclass
class ValueChoice:
    name: str
    entry: ValueEntry | None = None
    number: int | None = None
    said: str = ""  # the user's own words for a catalogue value ("eerlijkheid", "fairness")


def match_values(text: str, catalogue: Catalogue) -> list[ValueChoice]:
    """Values the user named, in the order named: catalogue names and synonyms (nl and en),
    numbers that refer to proposals, and short unknown names as the user's own values."""
    numbers = parse_numbers(text)
    if numbers:
        return [ValueChoice(name="", number=n) for n in numbers]
    text = VALUE_HEDGE_RE.sub("", text)  # "some sort of fairness" names fairness
    mentions = _named_mentions(text, catalogue)
    said = {
        s: "" if QUESTION_NAME_RE.match(text[s:e]) else _with_kind_word(text, s, e)
        for s, e, _entry in catalogue.mention_spans(text)
    }
    lowered_text = text.lower()
    found = [
        (pos, ValueChoice(name=entry.id, entry=entry, said=said.get(pos, "")))
        for pos, entry in mentions
    ]
    names = [name for _p, e in mentions for name in e.names()]
    noted = _without_notes(text, catalogue, adding=False)  # "safety (inside and outside)"
    rest = VALUE_LEAD_RE.sub("", _without_qualifiers(noted, catalogue).strip())
    rest = FORMAL_FRAME_LEAD_RE.sub("", rest, count=1)  # "In the assessment, ..."
    rest = IMPORTANT_LABEL_RE.sub("", rest, count=1)  # "Belangrijk: het belang van het kind, ..."
    rest = REASON_TAIL_RE.sub("", ADDED_VALUE_RE.sub(_added, rest))
    items = [
        TRAILING_LIST_WORD_RE.sub("", strip_article(_without_rank(VALUE_ASIDE_RE.sub("", i))))
        for i in split_items(rest, split_and=True, max_words=OWN_VALUE_WORDS + 2, and_words=4)
    ]
    items = _own_names_whole(items, rest, catalogue)
    own = [i for i in items if everyday_values(i, catalogue) and _own_phrase(i)]
    blanked = _blanked(_without_notes(text, catalogue), own)
    for pos, value in everyday_values(blanked, catalogue):
        if _named_after(blanked, pos, catalogue):
            continue  # "..., vertrouwen dus": the value named after it
        if all(c.entry is not value for _p, c in found):
            word = _value_noun(blanked, pos, value)
            found.append((pos, ValueChoice(name=value.id, entry=value, said=word)))
    phrases = _everyday_phrases(blanked)
    for item in items:
        item = _called(item, found)
        quoted = QUOTED_NAME_RE.fullmatch(item.strip())  # "being heard": a name as quoted
        item = quoted.group("name") if quoted is not None else item
        lowered = item.lower()
        if not (quoted or _own_value_words(item)) or not any(c.isalpha() for c in item):
            continue  # "3" is a number, not a name
        if any(lowered in phrase for phrase in phrases) or _in_phrase(lowered, lowered_text):
            continue  # "their own lives" of "in charge of their own lives" (autonomy)
        if any(lowered in name or name in lowered for name in names):
            continue
        if item not in own and everyday_values(item, catalogue):
            continue  # "het moet eerlijk zijn" is justice, not a value of its own
        entry, typo = (None, False) if starts_with_people(item) else _fuzzy_value(item, catalogue)
        position = lowered_text.find(lowered)
        if entry is not None and all(c.entry is not entry for _p, c in found):
            said_item = "" if typo else _without_filler(item)  # "professional skills"
            found.append((position, ValueChoice(name=entry.id, entry=entry, said=said_item)))
        elif entry is None and 1 <= word_count(item) <= OWN_VALUE_WORDS:
            found.append((position, _own_choice(item)))
    return [choice for _pos, choice in sorted(found, key=lambda f: f[0])]


def _added(match: re.Match[str]) -> str:
    """The value of "voeg X toe" / "add X", as an item of its own: ", X"."""
    return f", {match.group('nl') or match.group('en')}"


def _in_phrase(item: str, text: str) -> bool:
    """Whether ``item`` (lower-cased) overlaps an everyday phrase for a value in ``text`` where
    it stands there: a list split inside the phrase ("dat niemand tussen wal | en schip valt")."""
    start = text.find(item)
    if start < 0:
        return False
    end = start + len(item)
    spans = [m.span() for pattern, _key in EVERYDAY_VALUES for m in pattern.finditer(text)]
    return any(s < end and start < e and (s < start or e > end) for s, e in spans)


def _with_kind_word(text: str, start: int, end: int) -> str:
    """The words that name a catalogue value at ``start``..``end``, with a word of kind in front
    of them ("cultural diversity", "culturele diversiteit"): the speaker's name for it."""
    kind = VALUE_KIND_WORD_RE.search(text[:start])
    if kind is None or kind.group("kind").lower() in NO_KIND_WORDS:
        return text[start:end].strip()
    return text[kind.start("kind") : end].strip()


def _named_mentions(text: str, catalogue: Catalogue) -> list[tuple[int, ValueEntry]]:
    """The catalogue values ``text`` names, without a name in the note that explains a value
    named just before it ("menselijke waardigheid (het vakmanschap van de tolken)") or says
    whom or what it is for ("privacy of health data"), and without
    a name that is the verb of a clause ("dat mensen zelf kiezen wanneer ze meedoen")."""
    spans = catalogue.mention_spans(text)
    notes = [
        (end, note.end())
        for _start, end, _entry in spans
        if (note := NOTE_RE.match(text, end)) is not None and not NOTE_ADDS_RE.match(note.group(0))
    ]
    notes += [  # whom or what a named value is for ("privacy of health data")
        (end, qualifier.end())
        for _start, end, _entry in spans
        if (qualifier := VALUE_QUALIFIER_RE.match(text, end)) is not None
    ]
    return [
        (pos, entry)
        for pos, entry in catalogue.mentions(text)
        if not any(start < pos < end for start, end in notes)
        and CLAUSE_VERB_BEFORE_RE.search(text[:pos]) is None
    ]


def _own_choice(item: str) -> ValueChoice:
    """A value of the user's own, named by its abstract noun where it says whom it is for
    ("vertrouwelijkheid van de advocatenpost" -> "Vertrouwelijkheid")."""
    head = OWN_VALUE_FOR_RE.match(item)
    name = head.group("value") if head is not None else item
    return ValueChoice(name=name[:1].upper() + name[1:])


def _own_names_whole(items: list[str], text: str, catalogue: Catalogue) -> list[str]:
    """``items`` with two joined again that ``text`` has as one name of the user's own with "of"
    ("presumption of innocence", "best interest of the child"); where the first names a catalogue
    value, the second is whom it is for and is left out ("the workload of the drivers")."""
    joined: list[str] = []
    for item in items:
        last = joined[-1] if joined else ""
        pattern = rf"{re.escape(last)}{OWN_NAME_OF_RE.pattern}{re.escape(item)}"
        whole = re.search(pattern, text, re.I) if last else None
        if whole is not None and _no_value_by_name(last, catalogue):
            joined[-1] = whole.group(0)
        elif whole is None:
            joined.append(item)  # else whom the value before is for ("of the case files")
    return joined


def _no_value_by_name(item: str, catalogue: Catalogue) -> bool:
    """Whether ``item`` names no catalogue value as such: no name or synonym, typed or with a
    typo, and no everyday value word. A word that only resembles a name ("sense" of "sense of
    community", "protection") is the start of a name of the user's own ("sense of belonging",
    "protection of minors")."""
    if everyday_values(item, catalogue) or catalogue.find_value(strip_article(item)) is not None:
        return False
    return _misspelt_value(item, catalogue) is None


def _without_filler(item: str) -> str:
    """``item`` without the filler words it starts with ("keeping professional skills")."""
    kept = item.split()
    while kept and kept[0].lower() in VALUE_FILLER | FILLER:
        kept = kept[1:]
    return " ".join(kept)


def _own_phrase(item: str) -> bool:
    """A short name of the user's own around an everyday value word ("eerlijk proces", "fair
    procedure"): no clause, and a content word beside the value word, which is one word."""
    if is_clause(item) or not 2 <= word_count(item) <= OWN_VALUE_WORDS:
        return False
    if any(" " in phrase.strip() for phrase in _everyday_phrases(item)):
        return False  # "living independently at home" says the value in a phrase: autonomy
    if _for_someone(item):
        return False  # "werkdruk van de conciërges" is well-being, for them
    plain = item
    for pattern, _key in EVERYDAY_VALUES:
        plain = pattern.sub(" ", plain)
    return any(w not in VALUE_FILLER and w not in FILLER for w in content_words(plain))


def _named_after(text: str, pos: int, catalogue: Catalogue) -> bool:
    """Whether the everyday phrase at ``pos`` is followed by the catalogue value it means
    ("dat kinderen niet als verdachte worden behandeld, vertrouwen dus")."""
    ends = [m.end() for p, _key in EVERYDAY_VALUES if (m := p.match(text, pos)) is not None]
    named = NAMED_AFTER_RE.match(text, max(ends)) if ends else None
    if named is None:
        return False
    name = named.group("first") or named.group("then") or named.group("bracket")
    return catalogue.find_value(name.strip()) is not None


def _for_someone(item: str) -> bool:
    """Whether an everyday value word in ``item`` is followed by whom it is for ("werkdruk vd
    conciërges", "workload of the team")."""
    return any(
        VALUE_QUALIFIER_RE.match(item, m.end()) is not None
        for pattern, _key in EVERYDAY_VALUES
        for m in pattern.finditer(item)
    )


def _value_noun(text: str, pos: int, entry: ValueEntry) -> str:
    """The value noun of an everyday word at ``pos`` when the catalogue names the value by it
    ("eerlijk" -> "eerlijkheid", "fair" -> "fairness", "careful" -> "carefulness"): the board
    keeps the user's word; "" when the word makes no name of the value."""
    word = re.match(r"[\w-]+", text[pos:])
    if word is None:
        return ""
    stem = word.group(0).lower()
    if stem in KEPT_VALUE_WORDS or _compound_value_noun(stem):
        return stem  # "workload", "patiëntveiligheid": the speaker's word for the value
    for noun in (stem, stem + "heid", stem + "ness", re.sub(r"(?:e|er|ly)$", "", stem) + "heid"):
        if noun in entry.names() and noun != stem:
            return noun
    return ""


def _compound_value_noun(word: str) -> bool:
    """A compound noun that names a value in the speaker's words ("patiëntveiligheid",
    "natuurbescherming"): one long word ending as a noun of a quality or a protection."""
    return len(word) >= COMPOUND_NOUN_LETTERS and COMPOUND_NOUN_END_RE.search(word) is not None


def _everyday_phrases(text: str) -> list[str]:
    """The everyday phrases for values in ``text``, lower-cased."""
    return [m.group(0).lower() for pattern, _key in EVERYDAY_VALUES for m in pattern.finditer(text)]


def _without_notes(text: str, catalogue: Catalogue, adding: bool = True) -> str:
    """``text`` with the note in brackets right after a named value blanked out ("autonomy
    (people get no say now)"): it explains that value and names no other (same length).
    ``adding=False`` keeps a note that adds one ("privacy (en ook rust)")."""
    for _start, end, _entry in catalogue.mention_spans(text):
        note = NOTE_RE.match(text, end)
        if note is not None and (adding or not NOTE_ADDS_RE.match(note.group(0))):
            text = text[: note.start()] + " " * len(note.group(0)) + text[note.end() :]
    return text


def _blanked(text: str, phrases: list[str]) -> str:
    """``text`` with ``phrases`` blanked out (same length, so positions hold)."""
    for phrase in phrases:
        start = text.lower().find(phrase.lower())
        if start >= 0:
            text = text[:start] + " " * len(phrase) + text[start + len(phrase) :]
    return text


def everyday_values(text: str, catalogue: Catalogue) -> list[tuple[int, ValueEntry]]:
    """Catalogue values named in everyday words ("dat mensen niet bekeken worden" -> privacy,
    "transparanter" -> transparency), with their position; where two readings overlap, the
    one listed first (a phrase) wins."""
    taken = [m.span() for m in HONEST_ASIDE_RE.finditer(text)]  # "eerlijk gezegd"
    found: list[tuple[int, ValueEntry]] = []
    for pattern, key in EVERYDAY_VALUES:
        entry = catalogue.value(key)
        for match in pattern.finditer(text):
            span = match.span()
            if entry is None or any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            if all(e is not entry for _p, e in found):
                found.append((span[0], entry))
    return sorted(found, key=lambda f: f[0])


def _without_qualifiers(text: str, catalogue: Catalogue) -> str:
    """``text`` with whom a named value is for cut out ("the wellbeing of the pilots"): the
    value stays, the pilots do not become a value of their own. A catalogue value that stands as
    an item of a list is cut out too, so that the items beside it are read on their own
    ("privacy en rust in de wijk")."""
    cuts: list[tuple[int, int, str]] = []
    for start, end, _entry in catalogue.mention_spans(text):
        qualifier = VALUE_QUALIFIER_RE.match(text, end)
        stop = _more_people(text, qualifier.end()) if qualifier is not None else end
        if LIST_BEFORE_RE.search(text[:start]) and LIST_AFTER_RE.match(text[stop:]):
            cuts.append((start, stop, ","))
        elif qualifier is not None:
            cuts.append((end, stop, ""))
    for start, end, by in sorted(cuts, reverse=True):
        text = text[:start] + by + text[end:]
    return text


def _called(item: str, found: list[tuple[int, ValueChoice]]) -> str:
    """The name an item gives to the value said just before it ("good care, I'd call it
    attentiveness"), that value of the user's own taken out for it; else the item."""
    called = CALLED_RE.match(item.strip())
    if called is None:
        return item
    if found and found[-1][1].entry is None and found[-1][1].number is None:
        found.pop()
    return next(n for n in called.groups() if n).strip()


def _more_people(text: str, stop: int) -> int:
    """Where a value's qualifier ends, including more people joined to it up to the end of the
    item ("privacy of the people in the photos and their families", "privacy van de bewoners
    en hun kinderen"): whom the value is for, not a value of their own."""
    item = QUALIFIER_GOES_ON_RE.match(text, stop)
    if item is None:
        return stop
    more = item.group("more")
    if not (starts_with_people(more) or QUALIFIER_PEOPLE_RE.match(more.strip())):
        return stop
    return item.end()


def _own_value_words(item: str) -> bool:
    """Whether a short item can be a value of the user's own: not only agreeing, thanking or
    pointing words ("sounds good, thx", "die twee", "those sound right"), not a clause ("kun je
    eigenlijk zeggen", "a camera isn't a person"), an aside or words about the method ("if that
    counts", "max vier", "now the options"), not a group of people."""
    if not item or all(w in VALUE_FILLER or w in FILLER for w in words(item)):
        return False
    if ABBREVIATION_RE.match(item.strip()) or APOLOGY_RE.match(item.strip()):
        return False  # "lln", "mw": an abbreviation is no name of a value
    if is_clause(item) and not PASSIVE_STATE_RE.match(item.strip()):
        return False  # "gehoord worden", "being heard" name a value
    if NOT_OWN_VALUE_RE.search(item.strip()):
        return False
    return not head_is_person(item)


def _without_rank(item: str) -> str:
    """An item without its rank: "1 equal treatment", "eerlijk proces op 1", "dan X"."""
    text = re.sub(r"^\s*(?:\d{1,2}[.):]?|(?:en|and|dan|then|plus)\b)\s*", "", item, flags=re.I)
    text = re.sub(r"\s+(?:op|at)\s+\d{1,2}\s*$", "", text)
    return RANK_AFTER_RE.sub("", text).strip()  # "life first", "rust voorop"


def _fuzzy_value(item: str, catalogue: Catalogue) -> tuple[ValueEntry | None, bool]:
    """The catalogue value ``item`` names, and whether it names it with a typo (the board then
    shows the catalogue's name, not the typo)."""
    exact = catalogue.find_value(item)
    if exact is not None:
        return exact, False
    for entry in catalogue.values:
        if any(len(n) >= 5 and _similar_words(n, item) for n in entry.names()):
            return entry, False
    misspelt = _misspelt_value(item, catalogue)
    return misspelt, misspelt is not None


def _misspelt_value(item: str, catalogue: Catalogue) -> ValueEntry | None:
    """The catalogue value ``item`` names with a typo ("accesability", "transparantei",
    "privasy"): a name or synonym (either language) one letter off, two in names of ten letters
    or more of about the same length, beginning with the same letter; short names only as typed.
    The closest name wins, then the one that starts most alike; a tie names none."""
    typed = normalise(item)
    scored: dict[str, tuple[int, int, ValueEntry]] = {}
    for entry in catalogue.values:
        for name in entry.names():
            allowed = TYPOS_LONG if len(name) >= LONG_NAME else 1 if len(name) >= SHORT_NAME else 0
            if not allowed or name[0] != typed[:1] or abs(len(name) - len(typed)) > 1:
                continue
            distance = edit_distance(typed, name)
            if distance <= allowed:
                score = (distance, -_common_start(typed, name), entry)
                scored[entry.id] = min(scored.get(entry.id, score), score, key=lambda s: s[:2])
    ranked = sorted(scored.values(), key=lambda s: s[:2])
    if not ranked or (len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]):
        return None
    return ranked[0][2]


def _common_start(a: str, b: str) -> int:
    shared = min(len(a), len(b))
    return next((i for i in range(shared) if a[i] != b[i]), shared)


def _similar_words(name: str, item: str) -> bool:
    """``similar_text`` at word starts: "biodiversity" is no "diversity"."""
    if not similar_text(name, item):
        return False
    short, long_ = sorted((name.lower(), item.lower()), key=len)
    start = re.search(rf"(?<![\w-]){re.escape(short[: max(4, len(short) - 2)])}\w*", long_)
    if start is None:
        return False
    word = start.group(0)  # "vertrouwelijkheid" is another word than "vertrouwen"
    return " " in short or word.startswith(short) or len(word) - len(short) <= OTHER_WORD_LETTERS


ALL_RE = re.compile(
    r"(ja |yes )?(neem |take )?(ze |them )?(alle|all|allemaal|alles|everything)\w*"
    r"( drie| three| of them| van)?"
)


def parse_numbers(text: str) -> list[int] | None:
    """[1, 3] for "1 en 3" / "neem 1, 3" / "take 1 and 3"; [0] for "all"; None otherwise."""
    cleaned = normalise(text)
    cleaned = re.sub(r"^(neem|kies|graag|take|choose|pick|ja|yes)\b[ ,:]*", "", cleaned)
    if ALL_RE.fullmatch(cleaned):
        return [0]
    if not re.fullmatch(r"(\d{1,2}|,|en|and|&|\s|nummer|number|nr|optie|option|\.)+", cleaned):
        return None
    return [int(n) for n in re.findall(r"\d{1,2}", cleaned)] or None
