"""Which people a clause opens with: its subject when it names people ("ouderen raken hun pas
kwijt", "de omwonenden in dorp X merken ..."), or the plural word for people it starts with
("Detainees keep in touch ..."); "" when it opens with something else (Dutch and English)."""

from __future__ import annotations

import re

from assistant.language.cues.actor_list_items import THING_POINTER_RE
from assistant.language.cues.actor_lists import FRONT_ADVERBS, FRONT_PREPOSITIONS
from assistant.language.cues.actor_names import (
    GENERIC_HEADS,
    NAME_BREAKS,
    NAME_QUALIFIER_WORDS,
    NOT_PEOPLE,
    PLACE_QUALIFIER_WORDS,
    SOME_OF_THEM,
    SUBJECT_STOPS,
)
from assistant.language.cues.chatter import HESITATION
from assistant.language.cues.direction import CONTRAST_RE, DIRECTION_FOR_RE
from assistant.language.cues.grammar import (
    CLEFT_RE,
    COMPLEMENTISERS,
    FOCUS_LEAD_RE,
    NOUN_PAIRS,
    PERSONAL_PRONOUNS,
    REFLEXIVES,
    SUBJECT_ENDS,
    SUBORDINATE_RE,
    VERB_WORDS,
)
from assistant.language.cues.named_people import ONE_COLLEAGUE_RE, ONE_PERSON_WORDS
from assistant.language.cues.people_in_sentences import (
    POINTING_LEAD_RE,
    QUANTITY_LEAD_RE,
    REPORTER_RE,
    TEAM_PRONOUNS,
)
from assistant.language.textparts import strip_article, words
from assistant.method.reading.people_names import OWNERS, generic_name, people_word, person_name

QUANTIFIERS = frozenset(("veel", "meer", "many", "more", "most", "sommige", "some", "alle", "all"))
LEADING_RE = re.compile(
    r"^(?:(?:en|and|ook|also|dus|so|daarnaast|verder|plus|bovendien|o ja|oh ja|oja|ohja|oh|"
    # fillers of people who talk as they type ("o en mensen die ...", "eh de planners", "nou ...")
    rf"o|{HESITATION}|nou|"
    r"trouwens|btw|by the way|tbh|tbf|imo|imho|honestly|frankly|idd|"
    # a time in front ("right now guards do it on paper", "currently the caseworkers ...")
    # (English only: a Dutch time in front puts the verb before the subject, "nu doen de ...")
    r"right now|now|currently|nowadays|these days|today|at the moment|at present|"
    r"(?:dan|then)(?=\s+(?:de|het|the|onze|our)\b))\b[,]?\s+)+",
    re.I,
)
LINK_WORDS = NAME_BREAKS | NAME_QUALIFIER_WORDS | PLACE_QUALIFIER_WORDS | frozenset((
    "onder", "boven", "tussen", "tot", "under", "over", "between", "above", "below", "to",
))  # fmt: skip
TOPIC_WORDS = frozenset(("over", "about", "on", "regarding", "omtrent", "voor", "for"))
JOINS = frozenset(("en", "and", "of", "or", "&"))  # "studenten en scholieren": one subject
OBJECT_ARTICLES = frozenset(("het", "de", "een", "the", "a", "an"))
LEAD_COMPLEMENTISERS = frozenset(("dat", "that", "of", "whether"))
QUALITY_WORDS = frozenset(("met", "zonder", "with", "without"))
RELATIVES = frozenset(("die", "who", "which"))
RELATIVE_REACH = 9  # the words a relative clause in a subject may run to
AMOUNT_WORDS = QUANTIFIERS | frozenset(("minder", "less", "fewer", "weinig", "few", "geen", "no"))
SUBJECT_WINDOW = 5  # "kinderen onder de 14 mogen ...": up to four words before the verb
QUALIFIED_HEAD_WORDS = 2  # "de omwonenden in ...", "the local residents along ..."
SUBJECT_SPOT = 2  # a known actor's head among the first words is the subject


def subject_person(clause: str) -> str:
    """A group of people that a clause starts with ("ouderen raken hun pas kwijt", "maar
    ouderen ...")."""
    cleft = CLEFT_RE.match(clause.strip())
    if cleft is not None and len(cleft.group("people").split()) <= SUBJECT_WINDOW:
        return person_name(cleft.group("people").split())  # "it's the team leaders who ..."
    lead = without_quantity(CONTRAST_RE.sub("", LEADING_RE.sub("", clause.strip())))
    tokens = DIRECTION_FOR_RE.sub("", lead, count=1).split()  # "positief voor ondernemers die"
    if len(tokens) > 1 and tokens[0].lower() in LEAD_COMPLEMENTISERS:
        tokens = tokens[1:]  # "(en) dat ouders niet snappen ...": the clause's subject follows
    closed = _relative_clause_closed(tokens)
    if closed:
        return person_name(closed)  # "mensen die slecht ter been zijn moeten ..."
    subject: list[str] = []
    for index, token in enumerate(tokens[:SUBJECT_WINDOW]):
        lowered = token.lower().strip(",.")
        relative = any(t.lower() in COMPLEMENTISERS for t in subject)  # "mensen die hun ..."
        if lowered in REFLEXIVES and len(subject) > 1 and not relative:
            subject.pop()  # "omwonenden ergeren zich": the word before "zich" is the verb
            break
        if lowered in VERB_WORDS | SUBJECT_STOPS or (lowered in SUBJECT_ENDS and not relative):
            break
        linked = subject and subject[-1].lower() in LINK_WORDS
        if lowered in OBJECT_ARTICLES and subject and not linked:
            return ""  # "(dat) collega's het cijfer overnemen": an object follows, verb last
        subject.append(token.strip(",.") if len(token) == 1 else token.strip(",.:;"))
        if token.endswith(":") and len(token) > 1:
            return _label_people(subject)  # "bewoners van de binnenstad: die ...": a label
        if token.endswith(",") and SUBORDINATE_RE.match(" ".join(tokens[index + 1 :])):
            return person_name(subject)  # "inspecteurs, omdat het model ..., volgen ..."
    if len(subject) == len(tokens[:SUBJECT_WINDOW]):
        return _qualified_head(subject) or _relative_head(subject)
    return person_name(_cut_relative(subject))


def _relative_clause_closed(tokens: list[str]) -> list[str]:
    """People in general with a Dutch relative clause closed by its verb, where the clause's
    verb is followed by the main verb or a comma ("mensen die slecht ter been zijn moeten verder
    lopen", "mensen die geen DigiD hebben, krijgen ..."): the people and the clause that says
    whom it means; [] else (a named group keeps its name alone: "klasgenoten die thuis zitten
    missen de les" is about the classmates)."""
    if len(tokens) < 3 or tokens[1].lower() != "die" or not generic_name(tokens[0]):
        return []
    for index in range(2, min(len(tokens) - 1, RELATIVE_REACH)):
        word, after = tokens[index].lower(), tokens[index + 1].lower().strip(",.")
        if word.strip(",") not in VERB_WORDS or f"{tokens[index - 1].lower()} {word}" in NOUN_PAIRS:
            continue
        if word.endswith(",") or after in VERB_WORDS:
            return [t.strip(",") for t in tokens[: index + 1]]
        return []
    return []


def _cut_relative(subject: list[str]) -> list[str]:
    """A subject cut off inside a relative clause, before its verb ("chirurgen die sneller |
    zijn ..."): the people before "die"/"who", unless they are people in general ("mensen die
    slecht ter been zijn" names whom it means)."""
    spot = next((i for i, t in enumerate(subject) if i and t.lower() in RELATIVES), 0)
    if not spot:
        return subject
    before = _without_people_in_general(subject[:spot])
    if spot == len(subject) - 1:
        return before
    head = person_name(before)
    return before if head and not generic_name(head) else subject


def _without_people_in_general(head: list[str]) -> list[str]:
    """The group named before a relative clause without "en mensen"/"and people" joined on:
    the clause tells whom those mean, and it is cut off ("ouderen en mensen die ...")."""
    if len(head) > 2 and head[-2].lower() in JOINS and generic_name(head[-1]):
        return head[:-2]
    return head


def without_quantity(clause: str) -> str:
    """A clause without the quantity or pointing word its group opens with ("veel dijkwachters
    voelen ...", "de meeste ouders ...", "a lot of volunteers will ...", "die adviseurs gaan
    ..."): the group is who it is about; a quantity of things stays ("meer meldingen", "most of
    the time"), and so does a pronoun ("die krijgen ...")."""
    rest = POINTING_LEAD_RE.sub("", QUANTITY_LEAD_RE.sub("", clause, count=1), count=1)
    first = rest.split()[:1]
    return rest if first and people_word(first[-1].lower().strip(",.:;")) else clause


LABEL_WORDS = 6  # a label in front of a colon ("dat vergelijken met de buren:")


def clause_people(clause: str) -> str:
    """The people a clause opens with: its subject, up to its last word for people when the
    subject runs on into a verb that is not a known one ("Guards talk less with ..." ->
    "Guards", "guards and nurses talk ..." -> "Guards and nurses"; "de omwonenden in dorp X
    merken ..." and "studenten en scholieren hebben ..." stay whole), else the plural word for
    people it starts with."""
    clause = FOCUS_LEAD_RE.sub("", clause.strip(), count=1)  # "Vooral ouderen hebben ..."
    label, colon, _rest = clause.partition(":")
    pointer = THING_POINTER_RE.match(label) if colon and len(words(label)) <= LABEL_WORDS else None
    if pointer is not None and not people_word(pointer.group("head").lower()):
        return ""  # "dat vergelijken met de buren: ...": a thing said before, no people
    subject = subject_person(clause)
    if not subject:
        found = leading_people(clause)
        return "" if ONE_COLLEAGUE_RE.match(found) else found  # "our legal colleague says"
    tokens = subject.split()
    last = max((i for i, t in enumerate(tokens) if people_word(t.lower())), default=-1)
    after = tokens[last + 1].lower() if 0 <= last < len(tokens) - 1 else ""
    if after and after not in LINK_WORDS | QUALITY_WORDS | COMPLEMENTISERS | JOINS:
        return " ".join(tokens[: last + 1])
    return subject


def leading_people(clause: str) -> str:
    """The people a clause opens with when the verb after them is not a known one ("Detainees
    keep in touch ...", "students living in small houses get ...", "the interpreters of the
    centre are ...", "omwonenden vragen of ..."): the words up to a plural word for people
    among the first ones; "" when none is or it names people in general."""
    tokens = without_quantity(CONTRAST_RE.sub("", LEADING_RE.sub("", clause.strip()))).split()
    while tokens and tokens[0].lower() in OBJECT_ARTICLES | OWNERS:
        tokens = tokens[1:]
    if tokens[:1] and tokens[0].lower() in AMOUNT_WORDS:
        return ""  # "fewer accidents happen", "meer meldingen": an amount of something
    for index, token in enumerate(tokens[: SUBJECT_SPOT + 1]):
        word = token.lower().strip(",.:;()")
        if word in VERB_WORDS | SUBJECT_STOPS | COMPLEMENTISERS | PERSONAL_PRONOUNS:
            return ""
        people = people_word(word) and word not in GENERIC_HEADS | SOME_OF_THEM
        if not people and (word in LINK_WORDS or word.endswith(("s", "en"))):
            return ""  # "dialects and accents ...", "repairs before accidents ...": things first
        if people:
            after = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
            if after in QUALITY_WORDS:
                return ""  # "ouderen met gehoorproblemen ...": who they are is not sure
            named = tokens[index + 1] if index + 1 < len(tokens) else ""
            if word in ONE_PERSON_WORDS and named[:1].isupper() and not named.isupper():
                return ""  # "mijn collega Henk zegt ...": one person by name
            name = " ".join(t.strip(",.:;()") for t in tokens[: index + 1])
            return name[:1].upper() + name[1:]
    return ""


def _label_people(label: list[str]) -> str:
    """The people a label before a colon names: after a word for what it is about ("over de
    boeren:", "correction on the tourists:" -> "Tourists"), else the whole label ("bewoners
    van de binnenstad:")."""
    spot = max((i for i, t in enumerate(label) if t.lower() in TOPIC_WORDS), default=-1)
    if spot >= 0 and not person_name(label[:spot]):
        return person_name(label[spot + 1 :])
    return person_name(label)


def _relative_head(subject: list[str]) -> str:
    """People named before a long relative clause, when the verb comes after the window
    ("mantelzorgers die even bij hun moeder binnen zijn, staan ...", "carers who pop in on
    their mother for a minute get ..."): the words before "die"/"who"."""
    relative = COMPLEMENTISERS - {"of", "whether"}  # "ouderen met ... of een accent": no clause
    spot = next((i for i, t in enumerate(subject) if t.lower() in relative), 0)
    return person_name(_without_people_in_general(subject[:spot])) if spot else ""


def _qualified_head(subject: list[str]) -> str:
    """People named before a long place, when the verb comes after the window ("de omwonenden
    in dorp X en dorp Y merken ...", "the residents along the old road ..."): the words before
    the place; not before a subgroup ("ouderen met ...": who they are is not sure)."""
    spot = next((i for i, t in enumerate(subject) if t.lower() in PLACE_QUALIFIER_WORDS), 0)
    head = strip_article(" ".join(subject[:spot]))
    last = words(head)[-1:]
    if not last or len(words(head)) > QUALIFIED_HEAD_WORDS or last[0] in NOT_PEOPLE:
        return ""  # "the employees write letters in ...": a clause, no name
    if not person_name([last[0]]):
        return ""  # "de agenten varen op ...": the word before the place is a verb
    return person_name(subject[:spot])


FRONTED_WINDOW = 8  # "toen de krant een kaartje publiceerde, | kregen bewoners ..."
FRONTED_PARTS = 3


def fronted_people(clause: str) -> str:
    """One plural word for people that is the subject after a phrase put in front: right after
    the verb in Dutch ("dan krijgen de bewoners daar een stempel", "toen ..., kregen bewoners
    opmerkingen"), right before it in English ("under both plans the parents get a letter");
    "" when the verb has a subject of its own before it ("we bellen de ouders")."""
    for part in clause.split(",")[:FRONTED_PARTS]:
        tokens = [t.lower().strip(".:;()!?\"'") for t in part.split()[:FRONTED_WINDOW]]
        name = next((n for n in (_fronted_at(tokens, i) for i in range(len(tokens))) if n), "")
        if name:
            return name
    return ""


def _fronted_at(tokens: list[str], index: int) -> str:
    word = tokens[index]
    plural = word.endswith(("s", "en")) and word not in ONE_PERSON_WORDS  # not "een collega"
    if not plural or not people_word(word) or word in GENERIC_HEADS | SOME_OF_THEM | NOT_PEOPLE:
        return ""
    before = [t for t in tokens[:index] if t not in OBJECT_ARTICLES | OWNERS]
    verb_before = bool(before) and before[-1] in VERB_WORDS
    verb_before = verb_before or (len(before) == 2 and before[0] in FRONT_ADVERBS)  # "vroeger
    # liepen onze dijkwachters": the finite verb after the word in front, whatever verb it is
    fronted = len(before) == 1 or (
        len(before) > 1 and (before[-2] in FRONT_ADVERBS or before[0] in FRONT_PREPOSITIONS)
    )  # "dan krijgen de bewoners", "bij beide voorstellen krijgen ouders"; not "this makes"
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    article = index > 0 and tokens[index - 1] in OBJECT_ARTICLES
    if (verb_before and fronted) or (article and after in VERB_WORDS):
        return word[:1].upper() + word[1:]
    return ""


def about_the_tellers(told: str) -> bool:
    """Whether what someone is said to say is about themselves: its subject is "ze", "we",
    "they" ("mijn collega van handhaving zegt dat ze meer werk krijgen"), or it names no other
    people ("... zei dat het veel extra ritten kost"); not when it tells of others ("... zegt
    dat aanvragers vaak bellen": the team only passes it on)."""
    said = REPORTER_RE.match(told)
    if said is None:
        return False
    rest = words(told[said.end() :])
    if any(w in TEAM_PRONOUNS for w in (words(said.group(0))[-1:] + rest)[:2]):
        return True
    return not any(people_word(w) for w in rest)
