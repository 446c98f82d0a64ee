"""Actors named in passing, outside a list: a subject put in front and taken up again ("mensen
met een uitkering, die worden ..."), what someone does in the case ("de leverancier levert de
camera's"), a speaker in a story ("mijn collega van handhaving zei al dat ..."), and whether a
name is one of people at all (Dutch and English)."""

from __future__ import annotations

import re

from assistant.language.cues.actor_list_items import INSTEAD_OF_LEAD_RE
from assistant.language.cues.actor_lists import FRONT_ADVERBS
from assistant.language.cues.actor_names import (
    AGENT_ENDINGS,
    ARTICLES_AND_OWNERS,
    CAPTURED_RE,
    GENERIC_HEADS,
    NAME_BREAKS,
    NOT_PEOPLE,
    SOME_OF_THEM,
)
from assistant.language.cues.case import TECHNOLOGY_HINT_RE
from assistant.language.cues.grammar import COMPLEMENTISERS, PERSONAL_PRONOUNS
from assistant.language.cues.named_people import ONE_COLLEAGUE_RE
from assistant.language.cues.people import NOT_NAME_LEADS, PEOPLE_WORDS
from assistant.language.cues.people_in_sentences import (
    COLLEAGUE_RE,
    DISLOCATED_RE,
    IDENTITY_RE,
    NOT_A_SPEAKER,
    POSSESSIVES,
    REPORTER_RE,
    ROLE_RE,
)
from assistant.language.cues.reported_views import HOLDER_QUANTITIES
from assistant.language.cues.sides import BOTH_WAYS_FOR_RE, BOTH_WAYS_RE, BOTH_WAYS_WORDS
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import (
    actor_name,
    head,
    head_is_person,
    is_person,
    list_items,
    without_fillers,
)
from assistant.method.reading.clause_subjects import (
    about_the_tellers,
    clause_people,
    subject_person,
    without_quantity,
)
from assistant.method.reading.mentions import head_word, name_words
from assistant.method.reading.segments import is_clause

THEM = frozenset(("them", "hen", "hun", "us", "ons"))

MAX_SUBJECT_WORDS = 6
SPEAKER_WORDS = 3  # "de huismeester vertelde ...": whoever speaks is someone
MIN_REST_WORDS = 2  # "..., die vallen buiten de boot": the pronoun takes up the subject
PEOPLE_STEMS = tuple(w.strip() for w in PEOPLE_WORDS if len(w.strip()) > 2)
LONE_COLLEAGUES = frozenset(("collega", "colleague", "een collega", "a colleague"))
THING_TAILS = ("kamers", "rooms", "nummers", "numbers", "papers", "folders", "meters")
TIME_WORDS = frozenset(("gisteren", "vandaag", "laatst", "yesterday", "today", "recently"))
JOINED_RE = re.compile(r"\s+(?:en|and|plus)\s+|\s*&\s*", re.IGNORECASE)


def names_someone(who: str) -> str:
    """``who`` as an actor's name when it names people or an organisation, else ""."""
    name = actor_name(who)
    if not name or is_clause(name) or len(words(name)) > MAX_SUBJECT_WORDS:
        return ""
    if name.lower() in GENERIC_HEADS:
        return ""  # "mensen zeggen dat ...", "iedereen vindt ..."
    head_ = head_word(name)
    if head_ in NOT_PEOPLE:
        return ""  # "de containers, die ..."
    agent = head_.endswith(AGENT_ENDINGS)
    return name if is_person(name) or head_is_person(name) or agent else ""


def starts_with_people(name: str) -> bool:
    """Whether a name starts with a word for people ("de buren", "the neighbours"), not with
    something for them ("rust voor bewoners")."""
    first = name_words(name)[:1]
    return bool(first) and (is_person(first[0]) or head_is_person(first[0]))


def reporter(text: str) -> str:
    """Who speaks in a story: "mijn collega van handhaving zei al dat ..." -> "Handhaving",
    "de wijkagent zegt dat ..." -> "Wijkagent"; "" when no person speaks."""
    match = REPORTER_RE.match(without_fillers(text))
    if match is None:
        return ""
    if match.group("who").lower().strip() in HOLDER_QUANTITIES:
        return ""  # "most said ...", "sommigen zeiden ...": how many of those present, no party
    who = without_quantity(match.group("who"))  # "most clients say ...": the clients
    if any(w in PERSONAL_PRONOUNS | THEM | SOME_OF_THEM for w in words(who)):
        return ""  # "most of them say ...": people named before
    colleague = COLLEAGUE_RE.match(who)
    if colleague is not None:  # the team only when what is said is about them
        team = actor_name(colleague.group("team"))
        told_of_them = about_the_tellers(without_fillers(text))
        return team if team and told_of_them and not is_clause(team) else ""
    if _named_person(who):
        return ""  # "collega Henk van inkoop zegt ...", "vorige week zei ...": no party
    name = actor_name(who)
    if name.lower() in LONE_COLLEAGUES or ONE_COLLEAGUE_RE.match(name):
        return ""  # "een collega zei ...": one colleague of the speaker, no party
    nobody = any(w in NOT_A_SPEAKER for w in words(who)) or name.lower() in GENERIC_HEADS
    if not name or nobody or is_clause(who) or TECHNOLOGY_HINT_RE.search(name):
        return ""  # "ze zei", "ik zou zeggen", "het systeem zegt"
    return names_someone(who) or (name if len(words(name)) <= SPEAKER_WORDS else "")


def _named_person(who: str) -> bool:
    """Whether a speaker is one person by first name ("collega Henk van inkoop", "Ria from
    the team") or a time, not a party ("vorige week", "last week", "gisteren")."""
    tokens = who.split()
    if tokens[:1] and tokens[0].lower() in NOT_NAME_LEADS | TIME_WORDS:
        return True
    return any(t[:1].isupper() and not t.isupper() for t in tokens[1:])


def role_holder(text: str) -> tuple[str, str]:
    """(who, what) for a sentence that says what someone does in the case ("de leverancier
    levert de camera's"), else ("", "")."""
    match = ROLE_RE.match(without_fillers(text))
    if match is None:
        return "", ""
    name = names_someone(match.group("who"))
    return (name, match.group("what")) if name else ("", "")


# "dat is fijn, ...", "that's nice, ...": a short judgement of the clause before it.
JUDGED_REMARK_RE = re.compile(
    r"^(?:dat|dit|that|this|which)\s+(?:is|was|'s)\s+(?:(?:heel|erg|echt|wel|best|ook|"
    r"natuurlijk|toch|really|very|quite|also|of\s+course)\s+)*[\w-]+\s*(?:[,.!;]|$)|"
    r"^(?:that|this)'s\s+(?:(?:really|very|quite|also)\s+)*[\w-]+\s*(?:[,.!;]|$)",
    re.IGNORECASE,
)


def dislocated(text: str) -> tuple[str, str]:
    """(who, rest) for a subject put in front and taken up again ("mensen met een uitkering,
    die worden vaker gecontroleerd"), else ("", "")."""
    plain = without_fillers(text)
    match = DISLOCATED_RE.match(plain)
    if match is None or len(words(match.group("rest"))) < MIN_REST_WORDS:
        return "", ""
    if JUDGED_REMARK_RE.match(plain[match.end("who") :].lstrip(", ")):
        return "", ""  # "de chauffeurs rijden minder rondes, dat is fijn": a remark on a clause
    if len(words(match.group("who"))) > MAX_SUBJECT_WORDS or is_clause(match.group("who")):
        return "", ""  # "aangevers horen vaker dat er iets gebeurt, dat is goed"
    who = match.group("who")
    if _verb_second(who, text):
        who = _subject_after_verb(who)  # "toen kwam ook nog de politie, die ...": the police
    if _pronoun_after(who):
        return _clause_in_front(who, match.group("rest"))
    rest = match.group("rest")
    if words(rest)[:1] and words(rest)[0] in POSSESSIVES and not is_clause(rest.split(",")[0]):
        return "", ""  # "residents, their families, care staff": a list of names
    name = names_someone(who) if who else ""
    return (name, match.group("rest")) if name else ("", "")


def _verb_second(who: str, text: str) -> bool:
    """Whether the sentence opens with an adverb and a word that is no article ("toen kwam de
    politie", "daarna belde de wijkagent", "dan krijgen ouders"): a Dutch clause with its verb
    second, its words in front no name."""
    tokens, first = words(who), words(text)[:1]
    fronted = bool(first) and first[0] in FRONT_ADVERBS
    if not fronted or len(tokens) < 2 or tokens[0] in ARTICLES_AND_OWNERS:
        return False
    return tokens[0] != first[0] or tokens[1] not in ARTICLES_AND_OWNERS


def _subject_after_verb(who: str) -> str:
    """The subject after the verb of a clause with its verb second: the words from the first
    article on ("toen kwam ook nog de politie" -> "de politie"), else ""."""
    tokens = who.split()
    start = next((i for i, t in enumerate(tokens) if i and t.lower() in ARTICLES_AND_OWNERS), 0)
    return " ".join(tokens[start:]) if start else ""


def _pronoun_after(who: str) -> bool:
    """Whether words in front hold a pronoun after their first word, before any relative word
    ("most parents think it is fine", "de buren vinden het fijn"; not "mensen die je nooit
    ziet"): a clause with its own subject, not a name."""
    tokens = words(who)
    cut = next((i for i, t in enumerate(tokens) if t in COMPLEMENTISERS), len(tokens))
    pronouns = PERSONAL_PRONOUNS - {"het"} | {"it's", "its"}
    return any(t in pronouns for t in tokens[1:cut])


def _clause_in_front(clause: str, rest: str) -> tuple[str, str]:
    """(who, rest) for a clause in front whose subject is taken up again ("most parents think
    it's fine, they like the updates" -> ("Parents", "think it's fine, they like ...")), else
    ("", "")."""
    subject = clause_people(clause)
    tokens = clause.split()
    last = words(subject)[-1:]
    spot = next((i for i, t in enumerate(tokens) if words(t)[-1:] == last), -1) if last else -1
    name = names_someone(subject) if spot >= 0 else ""
    return (name, f"{' '.join(tokens[spot + 1 :])}, {rest}") if name else ("", "")


def joined_groups(name: str) -> list[str]:
    """The groups a subject joins ("Bezoekers en huisgenoten" -> ["Bezoekers", "Huisgenoten"],
    "tenants and their children"), each an actor; [] when it joins no two groups of people."""
    parts = JOINED_RE.split(name)
    if len(parts) != 2:
        return []
    names = [names_someone(p) for p in parts]
    return names if all(names) else []


def captured(text: str) -> list[str]:
    """People the technology catches, named after its verb ("de camera's leggen ook
    voorbijgangers en voortuinen vast" -> ["Voorbijgangers"], "the cameras also film hikers and
    couples who think they are alone" -> ["Hikers", "Couples"]); only names of people."""
    match = CAPTURED_RE.match(without_fillers(text))
    if match is None:
        return []
    items = list_items(INSTEAD_OF_LEAD_RE.sub("", match.group("who")))
    names = [names_someone(head(i)) for i in items]
    return [n for n in names if n and _people_head(n)]


def _people_head(name: str) -> bool:
    """Whether the head word of ``name`` is itself a word for people ("wandelaars",
    "voorbijgangers", "cyclists"), not a thing whose name holds one ("kinderkamers",
    "persoonlijke dingen")."""
    tokens = words(name)
    cut = next((i for i, t in enumerate(tokens) if t in NAME_BREAKS), len(tokens))
    word = tokens[cut - 1] if cut else ""
    if not word or word.endswith(THING_TAILS):
        return False
    return word.startswith(PEOPLE_STEMS) or word.endswith(AGENT_ENDINGS)


def case_people(text: str) -> list[str]:
    """People named in a sentence about the case: two groups as its subject ("bezoekers en
    huisgenoten worden ook gezien", "handhavers en boa's gebruiken de app") or people the
    technology catches ("de camera's filmen ook voorbijgangers")."""
    joined = joined_groups(subject_person(text)) or captured(text)
    return joined or _group_at_work(text)


def _group_at_work(text: str) -> list[str]:
    """One group of people a sentence about the case opens with, by a plural word for people
    ("de planners vullen daarmee het rooster", "residents report faults to the caretaker"): who
    works with it or feels it. Not where the sentence tells what the technology does (its
    audience, named more closely later: "fietsers krijgen met een app eerder groen"), not the
    speaker's own people ("our crews ..."), people in general, one person or a counted sample."""
    if TECHNOLOGY_HINT_RE.search(text) or words(text)[:1] in (["our"], ["onze"], ["ons"]):
        return []
    name = names_someone(clause_people(text))
    tokens = words(name)
    plural = bool(tokens) and tokens[-1].endswith(("s", "en")) and tokens[0] not in GENERIC_HEADS
    counted = any(c.isdigit() for c in name)  # "2% of all students get a visit": a sample
    return [name] if plural and not counted else []


def both_ways_for(text: str) -> str:
    """The people a short sentence says it goes both ways for, whose effects follow ("ik zie
    bij de werkcoaches twee kanten" -> "Werkcoaches", "for the nurses it cuts both ways" ->
    "Nurses"); "" when it says more or names no people."""
    if len(words(text)) > BOTH_WAYS_WORDS or BOTH_WAYS_RE.search(text) is None:
        return ""
    for match in BOTH_WAYS_FOR_RE.finditer(text):
        who = match.group("who").split()
        cut = next((i for i, t in enumerate(who) if t.lower() in NAME_BREAKS), len(who))
        who = who[:cut]  # "the residents of (the old town)"
        for size in range(len(who), 0, -1):  # "de werkcoaches twee (kanten)": the longest name
            part = " ".join(who[:size])
            name = "" if BOTH_WAYS_RE.search(part) else names_someone(part)
            if name and starts_with_people(name_words(name)[-1]):
                return name
    return ""


def who_they_are(text: str) -> str:
    """The people a sentence says some people are ("dijkwachters zijn deels vrijwilligers die
    dit al jaren doen" -> "Vrijwilligers", "the interpreters are mostly freelancers"); "" when
    it says something else ("bewoners zijn boos", "de kosten zijn hoog")."""
    match = IDENTITY_RE.match(without_fillers(text.strip()))
    if match is None or not names_someone(match.group("who")):
        return ""
    what = names_someone(match.group("what"))
    return what if what and starts_with_people(what) else ""
