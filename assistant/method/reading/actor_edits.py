"""Actors taken off or added in a part of a message that says more ("Correction: Wageningen
isn't an actor for us, drop them. But add the vessel owners: they pay ...", "correctie: schrap
de banken, die ... Wel erbij: de woningcorporaties", "de privacyjurist mag eruit. De vakbond
hoort er wel bij") (Dutch and English). An actor is only taken off when it was named before."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.domain.session import Actor, Session, Step
from assistant.language.cues.actor_lists import PLACE_PREPOSITIONS
from assistant.language.cues.conversation import (
    ABOUT_THEM_RE,
    ACTOR_ADD_LABEL_RE,
    ACTOR_ADDED_RES,
    ACTOR_INSTEAD_RE,
    ACTOR_IS_NOT_RE,
    ACTOR_IS_RE,
    ACTOR_NOT_AFTER_RE,
    ACTOR_NOT_RE,
    ACTOR_OUT_RE,
    ACTOR_REMOVED_RES,
    ADDED_VERB_LEAD_RE,
    BARE_WHO_RE,
    CALL_THEM_RE,
    CORRECTION_LEAD_RE,
    EDIT_PART_LEAD_RE,
    FILLER_TAIL_RE,
    KEEP_THEM_RE,
    NOT_A_KIND_RE,
    SAID_ITEM_WORDS,
)
from assistant.language.cues.direction_labels import DIRECTION_HEADING_RE
from assistant.language.cues.grammar import PERSONAL_PRONOUNS
from assistant.language.cues.regrouping import (
    AGREED_ADD_RE,
    AS_A_WHOLE_RE,
    CLAUSE_START_RE,
    GROUP_COUNTS,
    MEANT_BY_RE,
    MEANT_RE,
    MERGE_RES,
    OWN_GROUP_RE,
    REASON_AFTER_RE,
    REST_OF_RE,
    SPLIT_RES,
)
from assistant.language.textparts import normalise, strip_article, words
from assistant.method.reading.actor_lists import (
    actor_name,
    head_is_person,
    is_person,
    names_in_list,
)
from assistant.method.reading.clause_subjects import clause_people
from assistant.method.reading.intents import Intent
from assistant.method.reading.mentions import (
    find_actor,
    head_word,
    mentioned_actor,
    referred_actor,
    same_word,
)
from assistant.method.reading.organisation_kinds import organisation_kind
from assistant.method.reading.reading import Reading
from assistant.method.reading.segments import is_clause
from assistant.method.reading.sentence_kinds import measure

# The parts of a message: its sentences and the parts of them between commas and colons,
# not inside brackets ("the Rekenkamer (audit office)").
PART_SPLIT_RE = re.compile(r"[.;!?]+(?:\s+|$)|[,:]\s+|\n+")
SENTENCE_SPLIT_RE = re.compile(r"[.;!?]+(?:\s+|$)|\n+")
MAX_WHO_WORDS = 8
MAX_GROUP_WORDS = 4  # a group named in a split: "project leaders", "de eerste contactpersoon"
MAX_LEAD_WORDS = 3  # "no wait", "nee wacht even"
JOIN_TAIL_RE = re.compile(r"[\s,;]*(?:\b(?:en|and|plus)\b)?[\s,;]*$", re.IGNORECASE)
THEY_OPEN = [[w] for w in ("die", "ze", "zij", "they", "those", "these")]
ARTICLES = frozenset(("de", "het", "the", "een", "a", "an"))
THEM = frozenset(("them", "hen", "hun", "die", "those", "these", "deze", "dat", "that"))


@dataclass
class ActorEdits:
    """Known actors taken off (their names), new names added, known actors renamed (old name,
    new name), and the parts that said so."""

    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    last: str = ""  # what the last part did: "removed", "added", "renamed" or "merged"
    kept: bool = False  # an actor taken off and kept after all: the parts are no effects
    grouped: str = ""  # the actor groups were merged into, still to be named ("noem het X")


def message_parts(text: str) -> list[str]:
    """The parts of ``text`` without the words in front that are no part of an edit."""
    parts = [p.strip() for p in PART_SPLIT_RE.split(text)]
    return [EDIT_PART_LEAD_RE.sub("", p).strip() for p in parts if p]


def actor_edits(
    text: str, actors: list[Actor], named_now: list[Actor] | None = None, step: Step | None = None
) -> ActorEdits:
    """The actors ``text`` takes off the list, adds to it or renames, part by part; of the
    names read in the message itself (``named_now``), those it takes back by name ("o ja, de
    taalschool ook. Nee wacht, de taalschool niet"). Where options are asked (``step``), a
    pronoun after a measure adds the measure, not its people ("owners should see their own
    images. add that please")."""
    edits = ActorEdits()
    parts = message_parts(text)
    raw = [p.strip() for p in PART_SPLIT_RE.split(text) if p]
    ends = sentence_ends(text, len(parts))
    done = -1
    for index, part in enumerate(parts):
        if index <= done:
            continue  # the rest of a sentence that split or merged groups: how they are made up
        done = regrouped(parts, index, ends[index], actors, edits)
        if done >= index:
            continue
        before = parts[index - 1] if index else ""
        after = parts[index + 1] if index + 1 < len(parts) else ""
        set_right = index > 0 and (_sets_right(raw[index]) or _sets_right(raw[index - 1], True))
        if DIRECTION_HEADING_RE.match(before):
            continue  # "negatief: oudere kooplui vallen af": they drop out of it, an effect
        taken_back = _taken_back(part, named_now or [], set_right)
        if _removal(part, before, actors, taken_back, edits):
            continue
        if _renamed(part, before, after, actors, edits):
            continue
        if _own_group(part, edits):
            continue
        if ACTOR_ADD_LABEL_RE.match(part) and after:
            edits.parts.append(part)
            part = after  # "wel erbij: de woningcorporaties, die ..."
            added = _people(part) if _names_only(part) else []  # "add: a training for ..."
        else:
            added = _added(part)
            if not added and _added_before(part, before) and not _measure_before(before, step):
                added = _added_before(part, before)
                edits.parts.append(before)  # "X heeft een brief gestuurd": who, no effect
        if added:
            edits.added.extend(a for a in added if a not in edits.added)
            edits.parts.append(part)
            edits.last = "added"  # "..., they fear for their jobs": the effect that follows
    return edits


def _removed_pointing_back(part: str, before: str, actors: list[Actor]) -> Actor | None:
    """The actor the part before names, taken off by a pronoun ("de leverancier doet alleen de
    aanleg, die laat ik eruit", "the vendor only installs it, those I'd leave out")."""
    named = mentioned_actor(before, actors) if before else None
    return _removed(part, [named], True) if named is not None else None


def _follow_up(part: str, actors: list[Actor], edits: ActorEdits) -> bool:
    """A part right after an edit that goes on with it: "drop them", who it is instead ("that's
    the dean's office": added), or why, about them ("die heeft alleen advies gegeven")."""
    if _removed(part, actors, True):
        return True
    if edits.last == "merged":
        return bool(ABOUT_THEM_RE.match(part) or REASON_AFTER_RE.match(part))  # "they work as one"
    if edits.last == "renamed":  # "..., not a company", "de rest doet niet mee"
        return bool(NOT_A_KIND_RE.match(part) or REASON_AFTER_RE.match(part))
    if edits.last == "added" and part.strip() and AGREED_ADD_RE.match(part):
        return True  # "..., fair enough, add them"
    if edits.last == "added":
        more = _name_alone(part)  # "X zit erbij, en de boeren met land"
        edits.added.extend(n for n in more if n not in edits.added)
        return bool(more)
    if edits.last != "removed":
        return False
    meant = MEANT_RE.match(part)  # "I meant the remote operators": a group of people
    instead = ACTOR_INSTEAD_RE.match(part) or meant or _bare_instead(part, edits)
    who = CLAUSE_START_RE.sub("", _who(instead)) if instead else ""
    names = _added(part) or _people(who) or (_groups(who) if meant else [])
    if len(names) == 1:
        edits.added.extend(n for n in names if n not in edits.added)
        edits.last = "added"  # "wel de cliëntenraad, die moet instemmen": their effect
        return True
    return bool(ABOUT_THEM_RE.match(part) or REASON_AFTER_RE.match(part))  # "there aren't any"


def _bare_instead(part: str, edits: ActorEdits) -> re.Match[str] | None:
    """Who it is instead, named alone right after "not X" ("not the it guy, the data protection
    officer", "niet de wijkagent, de boa")."""
    if not edits.parts or ACTOR_NOT_RE.match(edits.parts[-1]) is None or not _name_alone(part):
        return None
    return BARE_WHO_RE.match(part)


def _name_alone(part: str) -> list[str]:
    """The one name a part is, with nothing said beside it ("the data protection officer",
    "de boeren met land tegen de dijk"; not "the vendor is a consortium"), else []."""
    named = _people(part) if BARE_WHO_RE.match(part) else []
    alone = len(named) == 1 and normalise(named[0]) == normalise(strip_article(part))
    alone = alone and not set(words(part)) & SAID_ITEM_WORDS  # "een effect voor familie"
    return named if alone else []


def _renamed(part: str, before: str, after: str, actors: list[Actor], edits: ActorEdits) -> bool:
    """A known actor said to be something else ("the vendor is a consortium, not a company",
    "de leverancier is geen bedrijf maar een stichting") or given a name for the actor just
    spoken of ("call them the consortium"): its new name in ``edits``."""
    called = CALL_THEM_RE.match(part)
    if called is not None:
        new = called.group("new") or called.group("new2") or ""
        taken = len(edits.removed)
        done = _rename(_called_before(before, actors, edits), new, part, edits)
        edits.last = "merged" if done and len(edits.removed) > taken else edits.last
        return done
    meant = MEANT_BY_RE.match(part)  # "met natuurorganisaties bedoel ik alleen X"
    if meant is not None:
        known = referred_actor(strip_article(_who(meant)), actors)
        named = _groups(CLAUSE_START_RE.sub("", meant.group("new")))
        return known is not None and len(named) == 1 and _rename(known.name, named[0], part, edits)
    said = ACTOR_IS_NOT_RE.match(part)
    if said is None and NOT_A_KIND_RE.match(after):
        said = ACTOR_IS_RE.match(part)
    if said is None:
        return False
    known = referred_actor(strip_article(_who(said)), actors)
    named = _people(said.group("new"))  # "... is a foundation": a name; "... is external": none
    return known is not None and bool(named) and _rename(known.name, named[0], part, edits)


def _called_before(before: str, actors: list[Actor], edits: ActorEdits) -> str:
    """The known actor "call them ..." names: the group just merged, the actor just renamed
    ("... is a consortium, not a company, call them ..."), the first of a list of known actors
    just before, the others merged into it ("pharmacists and assistants, just call them the
    pharmacy team"), or the actor the part before is about."""
    if edits.grouped and edits.parts and edits.parts[-1] == before:
        old, edits.grouped = edits.grouped, ""
        return old
    if edits.renamed and edits.parts and edits.parts[-1] == before:
        return edits.renamed.pop()[0]
    listed = known_list(before, actors)
    if len(listed) > 1:
        edits.removed.extend(a.name for a in listed[1:] if a.name not in edits.removed)
        edits.parts.append(before)
        return listed[0].name
    known = mentioned_actor(before, actors) if before else None
    return known.name if known is not None else ""


def known_list(text: str, actors: list[Actor]) -> list[Actor]:
    """The known actors ``text`` lists by name and nothing else ("boa's en handhaving"), else
    []."""
    found = []
    for name in names_in_list(text, led=True) if text else []:
        known = find_actor(name, actors) or referred_actor(name, actors)
        if known is None or known in found:
            return []
        found.append(known)
    return found


def _own_group(part: str, edits: ActorEdits) -> bool:
    """A group said to be one of its own, added ("the HV says status holders should be a
    separate group")."""
    match = OWN_GROUP_RE.match(part)
    named = _people(strip_article(match.group("who"))) if match is not None else []
    if len(named) != 1:
        return False
    edits.added.extend(n for n in named if n not in edits.added)
    edits.parts.append(part)
    edits.last = "added"
    return True


def _rename(old: str, new: str, part: str, edits: ActorEdits) -> bool:
    name = actor_name(strip_article(new.strip(" '\".")))
    if not old or not name or len(words(name)) > MAX_WHO_WORDS:
        return False
    edits.renamed.append((old, name))
    edits.parts.append(part)
    edits.last = "renamed"
    return True


def _who(match: re.Match[str]) -> str:
    found = (v for k, v in match.groupdict().items() if k.startswith("who") and v)
    return next(found, "").strip(" '\"")


def _removed(part: str, actors: list[Actor], pronoun: bool = False) -> Actor | None:
    """The known actor a part takes off the list, None when it takes off no known actor; with
    ``pronoun`` the first actor when the part takes off "them" ("drop them", "ze zijn geen
    actor"), the part before having named whom."""
    bare = FILLER_TAIL_RE.sub("", part) or part  # "not IT staff actually", "X niet eigenlijk"
    alone = ACTOR_NOT_RE.match(bare) or ACTOR_NOT_AFTER_RE.match(bare)
    if alone is not None:  # "not the police in general"
        return _named_alone(AS_A_WHOLE_RE.sub("", _who(alone)), actors)
    out = ACTOR_OUT_RE.match(part)  # "BKR out", "bezoek schrappen"
    found = _named_alone(_who(out), actors) if out is not None else None
    if found is not None:
        return found
    for pattern in ACTOR_REMOVED_RES:
        match = pattern.match(part)
        if match is None:
            continue
        who = strip_article(_who(match))
        tokens = words(who)
        if not tokens or len(tokens) > MAX_WHO_WORDS:
            continue
        if tokens[0] in PERSONAL_PRONOUNS | THEM or tokens[0] in ("they're", "theyre"):
            if pronoun and actors:
                return actors[0]
            continue  # "drop them": the part before named whom
        found = referred_actor(who, actors)
        if found is not None:
            return found
    return None


def _sets_right(part: str, alone: bool = False) -> bool:
    """Whether a part opens with words that set right ("nee wacht, ..."); with ``alone``,
    whether it is only such words ("no wait")."""
    led = CORRECTION_LEAD_RE.match(part) is not None
    return led and (not alone or len(words(part)) <= MAX_LEAD_WORDS)


def _removed_together(part: str, actors: list[Actor]) -> list[Actor]:
    """The known actors a part takes off together ("gastouderbureaus en de AP kunnen eruit",
    "drop the union and the vendor"): all of them when each name in the list is one; else []."""
    for pattern in ACTOR_REMOVED_RES:
        match = pattern.match(FILLER_TAIL_RE.sub("", part) or part)
        found = known_list(_who(match), actors) if match is not None else []
        if len(found) > 1:
            return found
    return []


def _taken_back(part: str, named_now: list[Actor], set_right: bool) -> Actor | None:
    """A name read in the same message that a part takes back by itself: "de NAM niet", or
    after words that set right, "no wait, not the caretakers"; not by what is said of it
    ("ouderen doen niet mee") or in passing ("alleen het kenteken, niet de bestuurder")."""
    alone = ACTOR_NOT_AFTER_RE.match(part) or (ACTOR_NOT_RE.match(part) if set_right else None)
    return _named_alone(_who(alone), named_now) if alone is not None else None


def _named_alone(who: str, actors: list[Actor]) -> Actor | None:
    """The known actor ``who`` names with no word that is not in its name ("de apotheek")."""
    said = words(strip_article(who))
    for actor in actors if said and len(said) <= MAX_WHO_WORDS else []:
        own = words(actor.name)
        if all(any(same_word(w, o) for o in own) for w in said) and not _place_only(said, own):
            return actor
    return None


def _removal(
    part: str, before: str, actors: list[Actor], taken_back: Actor | None, edits: ActorEdits
) -> bool:
    """Whether ``part`` takes actors off the list (``taken_back``: one of the names read in the
    message itself that it takes back) or goes on about the ones taken off just before; what it
    does goes into ``edits``."""
    removed = _removed_together(part, actors)  # "X en de Y kunnen eruit"
    one = _removed(part, actors) or taken_back
    removed = removed or ([one] if one is not None else [])
    pointed = None if removed else _removed_pointing_back(part, before, actors)
    if pointed is not None:  # "de leverancier doet alleen de aanleg, die laat ik eruit"
        removed = [pointed]
        edits.parts.append(before)
    if removed:
        edits.removed.extend(a.name for a in removed if a.name not in edits.removed)
        edits.parts.append(part)
        edits.last = "removed"
        return True
    if edits.last == "removed" and _removed(part, actors, True) is not None:
        edits.parts.append(part)  # "X isn't involved, we don't ask them. Remove it."
        return True
    if edits.last == "removed" and KEEP_THEM_RE.match(part.strip()):
        edits.removed.pop()  # "X isn't really involved ... keep them though"
        edits.parts.append(part)
        edits.last, edits.kept = "", True
        return True
    if edits.parts and edits.parts[-1] == before and _follow_up(part, actors, edits):
        edits.parts.append(part)  # "..., they're not really involved": why, no effect
        return True
    return False


def _place_only(said: list[str], own: list[str]) -> bool:
    """Whether ``said`` holds only words of where the actor is ("niet de kade" of "Wandelaars
    op de kade"): the place, not the people."""
    cut = next((i for i, w in enumerate(own) if i and w in PLACE_PREPOSITIONS), len(own))
    return not any(same_word(w, o) for w in said for o in own[:cut])


def _added(part: str) -> list[str]:
    """The names a part adds to the list ("please add the inspectors"), else []."""
    for pattern in ACTOR_ADDED_RES:
        match = pattern.match(part)
        if match is not None:
            return _people(ADDED_VERB_LEAD_RE.sub("", _who(match)))
    return []


def _added_before(part: str, before: str) -> list[str]:
    """The people the part before opens with, added by a pronoun ("de Fietsersbond heeft al
    een brief gestuurd, die horen er ook bij", "the union wrote to us, add them too")."""
    for pattern in ACTOR_ADDED_RES if before else ():
        match = pattern.match(part)
        if match is not None and words(_who(match))[:1] in ([t] for t in THEM | {"they"}):
            tokens = before.split()
            head = tokens[:2] if tokens[0].lower() in ARTICLES else tokens[:1]
            return _people(clause_people(before)) or _people(" ".join(head))
    return []


def _measure_before(before: str, step: Step | None) -> bool:
    """Whether the part a pronoun points back to is a measure, where options are asked ("de
    eigenaren moeten hun beelden kunnen inzien, voeg dat toe"): the measure is meant."""
    return step in (Step.OPTIONS, Step.SUMMARY) and measure(before, step)


def _people(who: str) -> list[str]:
    """The names in ``who`` when each names people or an organisation, else []."""
    if not who or len(words(who)) > MAX_WHO_WORDS:
        return []
    names = names_in_list(who, led=True)
    if any(words(n)[:1] and words(n)[0] in PLACE_PREPOSITIONS for n in names):
        return []  # "add: in the contract with the insurer, ...": a measure
    people = all(is_person(n) or head_is_person(n) or organisation_kind(n) for n in names)
    return names if names and people else []


def _names_only(who: str) -> bool:
    """Whether what follows "add:" only names people or organisations ("add: the works council
    and the union"), not a measure for them ("add: a training for caseworkers", "voeg toe:
    aanvragers krijgen een brief")."""
    if is_clause(who):
        return False
    names = names_in_list(who, led=True)
    return all(is_person(head_word(n)) or organisation_kind(n) for n in names)


def take_actor_edits(text: str, session: Session, reading: Reading) -> None:
    """The actors a message takes off, adds or renames in a part of it, at any step, put in
    ``reading``: the parts that said so are no effects, values or options; a correction's new
    name ends before them ("niet X maar Y, en Z mag eruit": Y)."""
    known = session.actors
    named_now = [Actor(id="", name=n) for n in reading.actors if find_actor(n, known) is None]
    edits = actor_edits(text, known, named_now, session.step)  # "X erbij. Nee wacht, X niet"
    taken_back = [a for a in named_now if a.name in edits.removed]
    edits.added = [n for n in edits.added if find_actor(n, taken_back) is None]
    intent = reading.intent = _correction_read(reading.intent, edits, session)
    if not (edits.removed or edits.added or edits.renamed or edits.kept):
        return
    alone = len(edits.parts) == 1 and len(edits.removed) < 2
    if intent is not None and intent.kind == "remove" and alone:
        return  # "schrap de aannemers": the edit as a whole
    reading.removed_actors = edits.removed
    reading.renamed_actors = edits.renamed
    gone = [a for a in known + named_now if a.name in edits.removed]
    said = [_plain(p) for p in edits.parts]
    kept = [n for n in reading.actors if find_actor(n, gone) is None]
    reading.actors = [n for n in kept if not any(_plain(n) in p for p in said)]  # "X toevoegen"
    reading.actors.extend(n for n in edits.added if n not in reading.actors)  # recorded once
    reading.effects = [e for e in reading.effects if not any(p in _plain(e.text) for p in said)]
    reading.effects = [e for e in reading.effects if not _lead_only(e.text)]  # "Wacht"
    taken = {a.name for a in taken_back}  # "de NAM niet, die heeft geen rol": about no actor
    reading.effects = [e for e in reading.effects if e.actor_name not in taken]
    reading.actors = [n for n in reading.actors if not _lead_only(n)]  # "Sorry typo before"
    reading.values = [v for v in reading.values if not said_in(v.said or v.name, said)]
    reading.values = [v for v in reading.values if not _lead_only(v.said or v.name)]
    reading.options = [o for o in reading.options if not said_in(o.text, said)]
    reading.unread = [u for u in reading.unread if not said_in(u, said)]
    if edits.last == "added" and edits.added:  # the one added may be the correction's new name
        _theirs(reading, edits.added[-1])
    if intent is not None and intent.kind == "correct":
        reading.intent = replace(intent, replacement=_before_parts(intent.replacement, said))
    elif intent is not None and intent.kind == "remove":
        reading.intent = None  # "scratch X, they're not involved, add Y": read part by part


def _correction_read(intent: Intent | None, edits: ActorEdits, session: Session) -> Intent | None:
    """A correction of an actor as the edits read it: "not X, they ..., I meant Y" renames X,
    its new name the actor added in it ("niet X maar Y, die hoort wel op de lijst": Y); where
    its target is no known actor but the edits take one off ("not the deputy, she's not
    involved; but the arts council should be on the list"), the edits say it all: X off, Y on
    (None then)."""
    if intent is None or intent.kind != "correct":
        return intent
    corrected = find_actor(intent.target, session.actors)
    if corrected is None and edits.removed and edits.added:
        return None
    edits.removed = [n for n in edits.removed if corrected is None or n != corrected.name]
    meant = [Actor(id="", name=strip_article(intent.replacement))]  # "..., I meant Y": renamed
    named = [n for n in edits.added if find_actor(n, meant) is not None]
    edits.added = [n for n in edits.added if n not in named]
    put_on = _added(intent.replacement.strip(" .;"))  # "Y should be on the list": Y
    if (
        named
        and corrected is not None
        and put_on
        and put_on[0].lower() != intent.replacement.lower()
    ):
        return replace(intent, replacement=put_on[0])
    return intent


def _theirs(reading: Reading, name: str) -> None:
    """Effects told of "die"/"they" with no actor, after actors added: the last one added's
    ("..., en de boeren, die vinden het fijn dat ...")."""
    for effect in reading.effects:
        if not (effect.actor_id or effect.actor_name) and words(effect.text)[:1] in THEY_OPEN:
            effect.actor_name = name


def _plain(text: str) -> str:
    """``text`` normalised without apostrophes: "isnt" as typed is the "isn't" read."""
    return normalise(text).replace("'", "").replace("\u2019", "")


def _lead_only(text: str) -> bool:
    """Whether an item read beside an edit is only the word in front of it ("Wacht", "So")."""
    return not EDIT_PART_LEAD_RE.sub("", text.strip()).strip(" .,:;!-")


def said_in(item: str, said: list[str]) -> bool:
    """Whether an item read is (mostly) a part that edits the actors ("Schrap die", "Wel erbij:
    de Fietsersbond", "Call them the consortium"): no value or option of its own."""
    text = _plain(item)
    said = [_plain(p) for p in said]
    if not text:
        return False
    if any(text in p for p in said):
        return True
    covered = sum(len(words(p)) for p in said if p and p in text)
    return covered * 2 >= len(words(text))


def _before_parts(replacement: str, said: list[str]) -> str:
    """A correction's new name without the parts after it that edit other actors."""
    lowered = replacement.lower()
    spots = [lowered.find(p) for p in said if p and lowered.find(p) > 0]
    if not spots:
        return replacement
    return JOIN_TAIL_RE.sub("", replacement[: min(spots)]) or replacement


def sentence_ends(text: str, count: int) -> list[int]:
    """For each of the ``count`` parts of ``text``, the index of the last part of its sentence
    (all parts one sentence when the sentences do not add up to the parts)."""
    ends: list[int] = []
    for sentence in (s for s in SENTENCE_SPLIT_RE.split(text) if s and s.strip()):
        size = len([p for p in PART_SPLIT_RE.split(sentence) if p and p.strip()])
        ends.extend([len(ends) + size - 1] * size)
    return ends if len(ends) == count else [count - 1] * count


def regrouped(
    parts: list[str], index: int, end: int, actors: list[Actor], edits: ActorEdits
) -> int:
    """A part that splits a known group in two or merges known groups into one, in ``edits``:
    the index of the last part it takes (the rest of its sentence, that says how the groups are
    made up), else -1."""
    part = parts[index]
    for pattern in SPLIT_RES:
        match = pattern.match(part)
        if match is not None and _split(match, parts[index + 1 : end + 1], actors, edits):
            edits.parts.extend(parts[index : end + 1])
            return end
    for pattern in MERGE_RES:
        match = pattern.match(part)
        if match is not None and _merge(match, actors, edits):
            edits.parts.extend(parts[index : end + 1])
            return end
    return -1


def _split(match: re.Match[str], rest: list[str], actors: list[Actor], edits: ActorEdits) -> bool:
    """One group split in two (or three): the known group renamed to the first new one, the
    others added; the new groups named in the part, after it in its sentence, or as the group
    itself ("ouders en kinderen zijn twee groepen")."""
    said = match.groupdict()
    who = strip_article(_who(match).strip(" '\"“”"))
    count = GROUP_COUNTS.get((said.get("count") or "two").lower(), 2)
    new = said.get("new") or said.get("new2")
    names = _group_names([new] if new else rest, count)
    if len(names) < 2:
        names = _groups(who)
    known = find_actor(who, actors) or _named_alone(who, actors)
    known_names = {normalise(a.name) for a in actors}
    fresh = [n for n in names if normalise(n) not in known_names]  # "line managers" is new
    if len(names) < 2 or (known is None and not fresh):
        return False
    if known is not None and fresh and normalise(known.name) not in map(normalise, names):
        edits.renamed.append((known.name, fresh.pop(0)))  # "bewoners": eigenaren and huurders
    edits.added.extend(n for n in fresh if n not in edits.added)
    edits.last = "merged"
    return True


def _group_names(texts: list[str], count: int) -> list[str]:
    """The names of up to ``count`` groups in ``texts``, one list or one name a part, each
    without what is said of them ("line managers who lose people to gigs")."""
    names: list[str] = []
    for text in texts:
        if len(names) >= count:
            break
        if not text or words(text)[:1] in THEY_OPEN:
            continue  # "die beslist mee"
        names.extend(n for n in _groups(CLAUSE_START_RE.sub("", text)) if n not in names)
    return names[:count]


def _groups(text: str) -> list[str]:
    """The names ``text`` lists where groups of people are said to be meant (after "two
    groups:", "bedoel ik"), each short, else []: no need to be known as people ("eigenaren")."""
    text = REST_OF_RE.sub("", text.strip())  # "de rest van de familie": the family
    names = names_in_list(text, led=True) if len(words(text)) <= MAX_WHO_WORDS else []
    return names if all(len(words(n)) <= MAX_GROUP_WORDS for n in names) else []


def _merge(match: re.Match[str], actors: list[Actor], edits: ActorEdits) -> bool:
    """Known groups merged into one: all but the last taken off, the last renamed to the new
    name when one is given ("... neem ik samen als 'hulpdiensten'"), else kept to be named by
    a part after it ("noem het maar handhaving")."""
    said = match.groupdict()
    who = next((said[k] for k in ("who", "who2", "who3") if said.get(k)), "")
    listed = known_list(who.strip(" '\""), actors)
    if len(listed) < 2:
        return False
    kept = listed[-1]
    edits.removed.extend(a.name for a in listed[:-1] if a.name not in edits.removed)
    new = next((said[k] for k in ("new", "new2", "new3") if said.get(k)), "")
    name = actor_name(strip_article(new.strip(" '\"‘’“”.")))
    if name:
        edits.renamed.append((kept.name, name))
    else:
        edits.grouped = kept.name
    edits.last = "merged"
    return True
