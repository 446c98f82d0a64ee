"""Small text helpers shared by intent detection and extraction (Dutch and English)."""

from __future__ import annotations

import re

BULLET_RE = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s+", re.IGNORECASE)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
WORD_RE = re.compile(r"[\wÀ-ÿ'-]+", re.UNICODE)
FILLERS = (
    "ik denk aan",
    "ik denk ook aan",
    "denk aan",
    "bijvoorbeeld",
    "verder",
    "daarnaast",
    "en ook",
    "ook",
    "i think of",
    "i would say",
    "for example",
    "also",
    "and also",
    "nog",  # "en ook nog training voor ...": what follows is the measure
)
ARTICLES = ("de ", "het ", "een ", "the ", "a ", "an ")


def normalise(text: str) -> str:
    """Lower case, single spaces, no surrounding punctuation."""
    text = re.sub(r"\s+", " ", text.strip().lower())
    return text.strip(" .,!?;:'\"")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text)]


def word_count(text: str) -> int:
    return len(words(text))


def clean_item(text: str) -> str:
    """Strip bullets, fillers and trailing punctuation from one list item."""
    text = BULLET_RE.sub("", text.strip())
    lowered = text.lower()
    for filler in FILLERS:
        if lowered.startswith(filler + " ") or lowered.startswith(filler + ":"):
            text = text[len(filler) :].lstrip(" :,")
            lowered = text.lower()
    return _quotes_closed(text, text.strip(" .,;:!?\"'"))


def _quotes_closed(text: str, stripped: str) -> str:
    """``stripped`` with a quotation mark put back that the stripping took from a quote it keeps
    the other mark of ("... only 'talk to a consultant'", "de knop 'tekst tonen'")."""
    if not stripped:
        return stripped
    start = text.find(stripped)
    head, tail = text[:start], text[start + len(stripped) :]
    for mark in ("'", '"'):
        if stripped.count(mark) % 2 == 0:
            continue
        if mark in tail:
            stripped += mark
        elif mark in head:
            stripped = mark + stripped
    return stripped


def strip_article(text: str) -> str:
    lowered = text.lower()
    for article in ARTICLES:
        if lowered.startswith(article):
            return text[len(article) :]
    return text


def lines_and_sentences(text: str) -> list[str]:
    """Split on new lines, bullets, semicolons and sentence ends."""
    pieces: list[str] = []
    for line in re.split(r"[\n;]+", text):
        if not line.strip():
            continue
        pieces.extend(p for p in SENTENCE_RE.split(line.strip()) if p.strip())
    return pieces


def split_items(
    text: str, split_and: bool = True, max_words: int = 8, and_words: int = 4
) -> list[str]:
    """Items from a list, bullets, commas or 'en'/'and' (short parts only); empty ones dropped.

    Commas only split when every part has at most ``max_words`` words, 'en'/'and' when every
    part has at most ``and_words``, so a sentence with a comma in it stays one item.
    """
    items: list[str] = []
    for piece in lines_and_sentences(text):
        piece = BULLET_RE.sub("", piece)
        parts = [piece]
        comma_parts = [p for p in re.split(r",", piece) if p.strip()]
        if len(comma_parts) > 1 and all(word_count(p) <= max_words for p in comma_parts):
            parts = comma_parts
        if split_and:
            parts = [sub for part in parts for sub in _split_and(part, and_words)]
        items.extend(clean_item(p) for p in parts)
    return _dedupe([i for i in items if i])


def _split_and(part: str, max_words: int) -> list[str]:
    subs = [s for s in re.split(r"\s+(?:en|and|&|of|or)\s+", part, flags=re.I) if s.strip()]
    if len(subs) > 1 and all(word_count(s) <= max_words for s in subs):
        return subs
    return [part]


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    unique: list[str] = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


OTHER_WORD_LETTERS = 2  # one word this much longer than the other is another word


# Endings a name may carry that another form of it lacks ("leerlingen", "klant's", "boa's").
INFLECTION_ENDS = ("en", "es", "'s", "s", "e", "n")
LONG_STEM = 6  # shared first letters that make two words one whatever their endings


def similar_text(a: str, b: str) -> bool:
    """Loose match for referring to an item: equal, one contains the other, or a shared prefix."""
    x, y = normalise(strip_article(a)), normalise(strip_article(b))
    if not x or not y:
        return False
    if x == y or (len(x) >= 4 and x in y) or (len(y) >= 4 and y in x):
        return True
    short, long_ = sorted((x, y), key=len)
    if " " not in long_ and len(long_) - len(short) > OTHER_WORD_LETTERS:
        return False  # "scholen" and "scholieren", "klanten" and "klantadviseurs": two words
    if len(short) < 6 or len(long_) <= len(short):
        return False
    inflected = short.endswith(INFLECTION_ENDS) or len(short) >= LONG_STEM + 2  # "advocaat"
    return long_.startswith(short) or (inflected and long_.startswith(short[:-2]))
    # "leerlingen" and "leerling met dyslexie", "advocaat" and "advocaten", not "bureau" and
    # "buren die klagen" (four shared letters)


def one_typo(word: str, target: str, shortest: int = 5) -> bool:
    """Whether ``word`` is ``target`` with one letter left out, added, changed or two swapped
    ("volgnde", "vloegende", "nexst"); both at least ``shortest`` letters."""
    if word == target or min(len(word), len(target)) < shortest or abs(len(word) - len(target)) > 1:
        return word == target
    if len(word) == len(target):
        wrong = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        swapped = (
            len(wrong) == 2 and wrong[1] == wrong[0] + 1 and word[wrong[0]] == target[wrong[1]]
        )
        return len(wrong) == 1 or (swapped and word[wrong[1]] == target[wrong[0]])
    short, long_ = sorted((word, target), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def edit_distance(a: str, b: str) -> int:
    """Letters left out, added or changed to make ``a`` into ``b`` (Levenshtein)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"
