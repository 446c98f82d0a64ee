"""Which known actor a clause is about: an actor's name is found by its head word ("Small
business owners" by "owners", "Behandelaars bezwaar" by "behandelaars"), with its stems, so
"owner" finds "owners" and "bewoner" finds "bewoners". The earliest mention wins (the subject
comes first in both languages); a tie goes to the name whose qualifier the clause tells after
the head with the same link word ("leerlingen met dyslexie" is "Leerlingen met dyslexie", not
"Andere leerlingen"), then to the name with more of its words in the clause, then to the
shorter name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from assistant.domain.session import Actor
from assistant.language.cues.actor_list_items import LIVING_NEAR_RE, NEIGHBOUR_WORDS
from assistant.language.cues.actor_names import (
    ARTICLES_AND_OWNERS,
    GENERIC_HEADS,
    MIN_TEAM_WORD,
    NAME_BREAKS,
    PERSON_PLURAL_ENDINGS,
    STAFF_HEADS,
)
from assistant.language.cues.named_people import ONE_OF_THE_GROUP_WORDS
from assistant.language.cues.organisations import NAME_LINK_WORDS
from assistant.language.cues.people import PEOPLE_WORDS
from assistant.language.stems import stems
from assistant.language.textparts import one_typo, similar_text, strip_article, words
from assistant.method.reading.people_across_languages import (
    everyday_spots,
    same_people_across_languages,
)

BRACKETS_RE = re.compile(r"\([^)]*\)")
MIN_HEAD = 3
_BRACKETS = re.compile(r"\(([^)]*)\)")  # what a name says in brackets: "(MR)", "(HV, ...)"
MIN_GERUND = 5  # "working", not "king" or "ring"
COMPOUND_HEAD = 6  # the head of a Dutch compound names the same group
# Endings that make the same word ("owner"/"owners", "klant"/"klanten"), unlike "oude"/"ouders".
INFLECTIONS = frozenset(("s", "es", "'s", "n", "en", "e", "ren", "eren", "ien"))
TYPO_WORD = 7  # a word this long with one letter off is the same word
ABBREVIATION = 6  # "KCC", "DCMR": an organisation's abbreviation
MIN_INITIALS = 2  # "Autoriteit Persoonsgegevens": two words give "AP"
ADJECTIVE_STEM = 5  # "dyslexic"/"dyslexia", "autistische"/"autisme": one stem
WITH_WORDS = frozenset(("met", "with"))  # "Leerlingen met dyslexie": "dyslectische leerlingen"


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name before its qualifier, without articles and what it puts in brackets
    ("Court clerks (griffiers) who ..." are clerks)."""
    found: list[str] = []
    for word in words(strip_article(BRACKETS_RE.sub(" ", name))):
        if not any(c.isalpha() for c in word):
            continue  # "Kids 8-14", "Senioren 65+": an age range qualifies, it names no one
        if found and (word in NAME_BREAKS or (_gerund(word) and found[-1] not in STAFF_HEADS)):
            break  # "employees working from home" are employees; "Team handhaving" is a team
        if word not in ARTICLES_AND_OWNERS:
            found.append(word)
    return tuple(found)


def _gerund(word: str) -> bool:
    """An English "-ing" word after a noun that starts a qualifier ("working", "living")."""
    return word.endswith("ing") and len(word) > MIN_GERUND


@lru_cache(maxsize=4096)
def head_word(name: str) -> str:
    """The word a name is about: the last people word or plural person noun before the
    qualifier, else the last word before it."""
    parts = name_words(name)
    if not parts:
        return ""
    people = [w for w in parts if _people_word(w)]
    return (people or list(parts))[-1]


JOIN_WORDS = frozenset(("en", "and", "&"))


@lru_cache(maxsize=4096)
def joined_heads(name: str) -> tuple[str, ...]:
    """The head words of the groups a name joins before its own head ("Procespartijen en hun
    familie", "Witnesses/victims", "Officier en griffier"), so the actor is found by either
    group; empty for a name of one group."""
    plain = BRACKETS_RE.sub(" ", name).replace("/", " & ")
    parts: list[list[str]] = [[]]
    for word in words(strip_article(plain)) if "&" not in plain else _joined_words(plain):
        if word in NAME_BREAKS:
            break
        if word in JOIN_WORDS:
            parts.append([])
        elif word not in ARTICLES_AND_OWNERS and any(c.isalpha() for c in word):
            parts[-1].append(word)
    heads = [p[-1] for p in parts[:-1] if p and len(p[-1]) > MIN_HEAD]
    return tuple(h for h in heads if h != head_word(name))


def _joined_words(plain: str) -> list[str]:
    """The words of a name with "/" read as "&", kept as a word of its own."""
    return [w for piece in plain.split("&") for w in ([*words(piece), "&"])][:-1]


def _people_word(word: str) -> bool:
    return word.endswith(PERSON_PLURAL_ENDINGS) or any(
        word.startswith(p.strip()) for p in PEOPLE_WORDS if len(p.strip()) >= MIN_HEAD
    )


@lru_cache(maxsize=8192)
def _plain(word: str) -> str:
    """The word without accents ("conciërges" -> "concierges")."""
    folded = unicodedata.normalize("NFKD", word)
    return "".join(c for c in folded if not unicodedata.combining(c))


def same_word(a: str, b: str) -> bool:
    """Two words for the same thing: equal (accents aside), a shared stem, or one a short
    extension of the other ("owner"/"owners", "bewoner"/"bewoners", "conciërges"/"conciergen");
    a Dutch compound is its head ("botenverhuurders" are "verhuurder")."""
    if a == b:
        return True
    a, b = _plain(a), _plain(b)
    if len(a) < MIN_HEAD or len(b) < MIN_HEAD:
        return False
    if stems(a) & stems(b):
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= COMPOUND_HEAD and long_.endswith(short):
        return True  # "restaurantondernemers" are "ondernemers"
    if len(short) >= COMPOUND_HEAD and any(long_.endswith(short + e) for e in INFLECTIONS):
        return True  # "botenverhuurders" are "verhuurder"
    if _compound_of_plural(short, long_):
        return True  # "raadsonderzoeker" is one of the "onderzoekers"
    if one_typo(a, b, TYPO_WORD):
        return True  # "dijkwachtrs" are "dijkwachters"
    ending = long_[len(short) :]
    return len(short) >= 4 and long_.startswith(short) and ending in INFLECTIONS


def _compound_of_plural(short: str, long_: str) -> bool:
    """Whether ``long_`` is a Dutch compound of one of the group ``short`` names in the plural
    ("raadsonderzoeker" of "onderzoekers", "wijkverpleegkundige" of "verpleegkundigen")."""
    for ending in INFLECTIONS:
        stem = short[: -len(ending)]
        if short.endswith(ending) and len(stem) >= COMPOUND_HEAD and long_.endswith(stem):
            return long_ != stem
    return False


def mention_position(tokens: list[str], actor: Actor) -> tuple[int, int] | None:
    """(position of the head word, number of the name's words present) or None."""
    head = head_word(actor.name)
    if not head:
        return None
    spots = [i for i, t in enumerate(tokens) if same_word(t, head)]
    joined = [i for h in joined_heads(actor.name) for i, t in enumerate(tokens) if same_word(t, h)]
    spots = sorted(spots + joined)  # "procespartijen" for "Procespartijen en hun familie"
    if not spots:
        return _team_by_its_work(tokens, actor) or _named_in_other_language(tokens, head)
    present = sum(1 for w in name_words(actor.name) if any(same_word(w, t) for t in tokens))
    if head in GENERIC_HEADS:
        qualifier = [w for w in words(actor.name) if len(w) > MIN_HEAD and w != head]
        if not any(any(same_word(w, t) for t in tokens) for w in qualifier):
            return None  # "mensen" alone is not "mensen met een beperking"
        present = max(present, 2)
    return spots[0], present


def _named_in_other_language(tokens: list[str], head: str) -> tuple[int, int] | None:
    """(position, 0) of the word for the group ``head`` names in the other language ("het
    kassapersoneel" for "Box office staff", "the parents" for "Ouders") or by an everyday word
    ("kids" for "Leerlingen"), else None: after any actor named in the sentence's own words at
    the same place."""
    spots = [i for i, t in enumerate(tokens) if same_people_across_languages(t, head)]
    spots = sorted(spots + everyday_spots(tokens, head))
    return (spots[0], 0) if spots else None


def mentioned_actor(text: str, actors: list[Actor]) -> Actor | None:
    """The known actor the clause is about (see the module's docstring), or None."""
    tokens = words(text)
    best: tuple[int, int, int, bool, int] | None = None
    found: Actor | None = None
    for actor in actors:
        spot = mention_position(tokens, actor)
        if spot is None:
            continue
        key = (
            spot[0],
            -_qualified_here(tokens, spot[0], actor),
            -spot[1],
            not _named_as_such(tokens, spot[0], actor),
            len(actor.name),
        )
        if best is None or key < best:
            best, found = key, actor
    return found


def _qualified_here(tokens: list[str], spot: int, actor: Actor) -> int:
    """How many words of the name's qualifier the clause tells with its head word: after it with
    the same link word ("leerlingen met dyslexie" names "Leerlingen met dyslexie" before "Andere
    leerlingen", "visitors without a phone" "Visitors without a smartphone" before "Visitors
    with the app"), or as the word before it that "with" gives ("dyslexic students" are
    "Students with dyslexia"); 0 when the clause goes on with another link word or none."""
    name = words(strip_article(BRACKETS_RE.sub(" ", actor.name)))
    lead = name_words(actor.name)
    rest = name[name.index(lead[-1]) + 1 :] if lead and lead[-1] in name else []
    if not rest or rest[0] not in NAME_BREAKS:
        return 0
    wanted = [w for w in rest[1:] if len(w) >= MIN_HEAD and w not in NAME_BREAKS]
    before = tokens[spot - 1] if spot > 0 else ""
    if rest[0] in WITH_WORDS and any(_same_stem(before, w) for w in wanted):
        return 1
    if tokens[spot + 1 : spot + 2] != rest[:1]:
        return 0
    window = tokens[spot + 2 : spot + 2 + len(rest) + 1]
    return sum(1 for w in wanted if any(same_word(w, t) for t in window))


def _same_stem(modifier: str, word: str) -> bool:
    """A word before a head that is the qualifier's noun as an adjective ("dyslexic" for
    "dyslexia", "autistische" for "autisme")."""
    return (
        min(len(modifier), len(word)) >= ADJECTIVE_STEM
        and modifier[:ADJECTIVE_STEM] == word[:ADJECTIVE_STEM]
    )


def _named_as_such(tokens: list[str], spot: int, actor: Actor) -> bool:
    """Whether the word at ``spot`` is the actor's head word itself, not a compound or another
    word with the same stem ("owner-drivers" is "Owner-drivers" before "Truck drivers")."""
    heads = (head_word(actor.name), *joined_heads(actor.name))
    return 0 <= spot < len(tokens) and any(_plain(tokens[spot]) == _plain(h) for h in heads)


def find_actor(name: str, actors: list[Actor]) -> Actor | None:
    """The known actor with this name (or nearly)."""
    return next((a for a in actors if similar_text(a.name, name)), None)


def referred_actor(name: str, actors: list[Actor]) -> Actor | None:
    """The known actor a subject refers to: the same name, or the only one with the same head
    word ("honest owners" is "Small business owners" when there is no other owner)."""
    same = find_actor(name, actors)
    if same is not None:
        return same
    head = head_word(name)
    matching = [
        a
        for a in actors
        if head and any(same_word(h, head) for h in (head_word(a.name), *joined_heads(a.name)))
    ]
    matching = matching or [
        a for a in actors if head and same_people_across_languages(head_word(a.name), head)
    ]
    by_kind = _named_by_modifier(name, head, actors, matching) or _by_abbreviation(name, actors)
    by_kind = by_kind or (abbreviated_actor(name, actors) if not matching else None)  # "de AP"
    by_kind = by_kind or (_doers_of(name, actors) if not matching else None)
    by_kind = by_kind or (_neighbours(head, actors) if not matching else None)
    if by_kind is not None:
        return by_kind
    return matching[0] if len(matching) == 1 else None


def _neighbours(head: str, actors: list[Actor]) -> Actor | None:
    """ "De buren", "the neighbours": the one known actor named as the people who live near
    ("People living near the bridges", "mensen die naast het terrein wonen")."""
    if head.lower() not in NEIGHBOUR_WORDS:
        return None
    near = [a for a in actors if LIVING_NEAR_RE.search(a.name)]
    return near[0] if len(near) == 1 else None


AGENT_SUFFIXES = ("aars", "aar", "ers", "er", "ars", "ors", "or")  # "twijfelaars", "doubters"
MIN_STEM = 4
RELATIVE_WORDS = frozenset(("die", "dat", "who", "that", "which"))


def _doers_of(name: str, actors: list[Actor]) -> Actor | None:
    """The one known actor named as the people who do something that ``name`` names them by
    ("twijfelaars" is "Mensen die twijfelen over vaccineren", "doubters" is "People who doubt
    the vaccine")."""
    tokens = words(strip_article(name))
    if len(tokens) != 1:
        return None
    suffix = next((s for s in AGENT_SUFFIXES if tokens[0].endswith(s)), "")
    stem = tokens[0][: len(tokens[0]) - len(suffix)] if suffix else ""
    if len(stem) < MIN_STEM:
        return None
    found = [
        a
        for a in actors
        if RELATIVE_WORDS & set(words(a.name))
        and any(t.startswith(stem) for t in words(a.name)[1:])
    ]
    return found[0] if len(found) == 1 else None


def abbreviated_actor(name: str, actors: list[Actor]) -> Actor | None:
    """The one known actor that ``name`` is the abbreviation of, or the full name of: given in
    brackets ("MR" is "Medezeggenschapsraad (MR)", "HV" is "Tenants' association (HV,
    huurdersvereniging)") or by the initials of its words ("de AP" is "Autoriteit
    Persoonsgegevens", "Data Protection Authority" is "DPA"), else None."""
    token = strip_article(BRACKETS_RE.sub("", name).strip())
    shorts = [token] + [t for part in _BRACKETS.findall(name) for t in _bracketed(part)]
    found = [a for a in actors if any(_abbreviates(s, a.name) for s in shorts)]
    found += [a for a in actors if a not in found and _abbreviates(a.name, token)]
    return found[0] if len(found) == 1 else None


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is an abbreviation of ``name``: in its brackets, or its initials."""
    short = strip_article(short.strip())
    capitals = sum(c.isupper() for c in short)
    if not (short[:1].isupper() and capitals >= MIN_INITIALS and short.isalpha()):
        return False
    if len(short) > ABBREVIATION:
        return False
    if any(short in _bracketed(part) for part in _BRACKETS.findall(name)):
        return True
    return short.upper() in initials(name)


def initials(name: str) -> tuple[str, str]:
    """The first letters of a name's words, without what it says in brackets: without its
    articles and linking words and with them ("Autoriteit Persoonsgegevens (AP)" -> "AP",
    "Raad van State" -> "RS", "RVS"); none for a name of one word."""
    tokens = BRACKETS_RE.sub("", name).split()
    if len(tokens) < MIN_INITIALS:
        return ("", "")
    own = "".join(t[0] for t in tokens if t.lower() not in NAME_LINK_WORDS).upper()
    return own, "".join(t[0] for t in tokens).upper()


def _bracketed(part: str) -> list[str]:
    return [t for t in re.split(r"[\s,;/]+", part) if t]


def _by_abbreviation(name: str, actors: list[Actor]) -> Actor | None:
    """The one actor whose name holds the abbreviation the subject is ("het KCC" is
    "Medewerkers van het KCC")."""
    tokens = strip_article(name.strip()).split()
    if len(tokens) != 1 or not (tokens[0].isupper() and 2 <= len(tokens[0]) <= ABBREVIATION):
        return None
    found = [a for a in actors if tokens[0] in re.split(r"[\s(),-]+", a.name)]  # "Inzamelaar (HVC)"
    return found[0] if len(found) == 1 else None


def _named_by_modifier(
    name: str, head: str, actors: list[Actor], matching: list[Actor]
) -> Actor | None:
    """The actor the word before the subject's head names: one with the same head that starts
    with it ("bus chauffeurs" are "Buschauffeurs"), else one whose name starts with it and has
    another head ("car drivers" are "Car commuters", not "Truck drivers")."""
    modifiers = [w for w in name_words(name) if w != head][:1]
    if not modifiers or len(modifiers[0]) < MIN_HEAD:
        return None
    same = [a for a in matching if "".join(name_words(a.name)).startswith(modifiers[0])]
    if same:
        return same[0] if len(same) == 1 else None
    found = [a for a in actors if name_words(a.name)[:1] == tuple(modifiers) and a not in matching]
    return found[0] if len(found) == 1 else None


def _team_by_its_work(tokens: list[str], actor: Actor) -> tuple[int, int] | None:
    """A team named without its staff word: "road maintenance gets ..." is "Road maintenance
    staff", "handhaving krijgt ..." is "Team handhaving" (the other words, in a row, at the
    start of the clause)."""
    parts = [w for w in name_words(actor.name) if w not in STAFF_HEADS]
    if len(parts) == 1 and "-" in parts[0]:  # "horeca" for "Horeca-ondernemers"
        first, _, rest = parts[0].partition("-")
        parts = [first] if _people_word(rest) and len(first) >= MIN_TEAM_WORD - 1 else parts
    if parts == list(name_words(actor.name)) or not parts:
        return None
    if len(parts) == 1 and len(parts[0]) < MIN_TEAM_WORD:
        return None
    start = 1 if tokens[:1] and tokens[0] in ARTICLES_AND_OWNERS else 0
    if all(same_word(t, w) for t, w in zip(tokens[start:], parts, strict=False)):
        return (start, len(parts)) if len(tokens) - start >= len(parts) else None
    return None  # only as the subject: "de kwijtschelding" further on is the topic, no team


SINGULAR_TO_PLURAL = ("s", "es", "'s", "n", "en")  # "dijkwachter"/"dijkwachters", "boa"/"boa's"


def group_of_one(name: str, actors: list[Actor]) -> Actor | None:
    """The known group one person told of belongs to: the one actor whose head word is the
    plural of the person's ("een oudere dijkwachter" of "Dijkwachters", "Raadsonderzoeker
    Mirjam" of "Raadsonderzoekers", "a volunteer" of "Volunteers"); None when not one."""
    tokens = name.split()
    role = tokens[:1] + [t for t in tokens[1:] if not (t[:1].isupper() and t[1:].islower())]
    parts = name_words(" ".join(role))  # "Raadsonderzoeker Mirjam": her role
    head = parts[-1] if parts else ""  # the noun after its adjectives ("een oudere X")
    if len(head) < MIN_HEAD:
        return None
    found = [
        a
        for a in actors
        if _plural_of(head, head_word(a.name)) and _same_kind(parts[:-1], name_words(a.name))
    ]
    return found[0] if len(found) == 1 else None


def _same_kind(modifiers: tuple[str, ...], group: tuple[str, ...]) -> bool:
    """Whether the words before one person's role name no other group than ``group``'s ("een
    oudere dijkwachter" is one of the "Dijkwachters"; a "battalion commander" is none of the
    "Platoon commanders", a "privacy officer" none of the "Decision officers")."""
    return all(
        w in ONE_OF_THE_GROUP_WORDS or any(same_word(w, g) for g in group) for w in modifiers
    )


def _plural_of(one: str, group: str) -> bool:
    """Whether ``group`` is the plural of ``one`` ("vrijwilliger"/"vrijwilligers")."""
    one, group = _plain(one), _plain(group)
    return group.startswith(one) and group[len(one) :] in SINGULAR_TO_PLURAL


def last_mentioned_actor(text: str, actors: list[Actor]) -> Actor | None:
    """The known group of people named last in ``text`` (whom a pronoun after it is about:
    "de vrijwilligers krijgen een melding. Ze ..."), or None."""
    tokens = words(text)
    best: tuple[int, int] | None = None
    found: Actor | None = None
    for actor in actors:
        head = head_word(actor.name)
        if not _people_word(head):
            continue  # "de gemeente ... Ze ...": people, not an organisation or a thing
        spots = [i for i, t in enumerate(tokens) if len(t) >= len(head) - 2 and same_word(t, head)]
        if not spots or (head in GENERIC_HEADS and mention_position(tokens, actor) is None):
            continue
        key = (spots[-1], -len(actor.name))
        if best is None or key > best:
            best, found = key, actor
    return found
