"""Effects from free text: per line an actor ("voor inwoners: ...", "negative for staff: ..."),
direction labels and markers, then the items (Dutch and English)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.domain.session import Actor, Direction
from assistant.language.cues.direction import (
    BENEFICIARY_RE,
    CONTENTS_RE,
    CONTRAST_RE,
    CONTRAST_SPLIT_RE,
    STEP_NAME_ONLY_RE,
)
from assistant.language.cues.direction_labels import (
    EFFECT_LEAD_RE,
    LABEL_RE,
    MIXED_FOR_RE,
)
from assistant.language.cues.grammar import (
    COMPARISON_RE,
    COMPLEMENTISERS,
    CONSEQUENCE_JOINT_RE,
    HEARSAY_RE,
    HEDGE_END_RE,
    JUDGING_TAIL_RE,
    JUDGING_TAIL_WORDS,
    PERSON_PRONOUN_RE,
    PERSONAL_PRONOUNS,
    PRONOUN_RE,
    QUESTION_TAG_RE,
    QUESTION_TAIL_RE,
    REMARK_RE,
    STANCE_LEAD_RE,
    VERB_WORDS,
    VERDICT_RE,
    VERDICT_WORDS,
)
from assistant.language.cues.people import (
    ELDER_PERSON_RE,
    ELDER_WORDS,
    FEELING_RE,
    FOR_WHOM_RE,
    GENERIC_HEADS,
    GENERIC_SUBJECTS,
    GROUP_WORDS,
    NAME_BREAKS,
    REPORTER_RE,
    SUBJECT_STOPS,
    TOPIC_LABEL_RE,
)
from assistant.language.cues.side_remarks import TENURE_RE
from assistant.language.cues.stories import INCIDENT_RE, STORY_JUDGED_RE
from assistant.language.textparts import strip_article, words
from assistant.method.reading.actor_lists import names_organisation
from assistant.method.reading.clause_subjects import (
    LEADING_RE,
    QUANTIFIERS,
    SUBJECT_SPOT,
    SUBJECT_WINDOW,
    clause_people,
    fronted_people,
    subject_person,
)
from assistant.method.reading.line_actors import (
    LineActor,
    label_direction,
    line_actor,
    named_actor,
)
from assistant.method.reading.mentions import mention_position, mentioned_actor, referred_actor
from assistant.method.reading.noise import greeting_only
from assistant.method.reading.organisation_kinds import organisation_kind
from assistant.method.reading.people_names import (
    PERSON_HEADS,
    head_in,
    one_group_word,
    people_word,
    person_name,
)
from assistant.method.reading.polarity import (
    after_condition,
    clause_direction,
    marker_direction,
    without_marker,
    worry_direction,
)
from assistant.method.reading.segments import clauses, conceded, split_sentences
from assistant.method.reading.side_remarks import side_remark

SENTENCE_ACTOR_RE = re.compile(
    r"^\s*(?:voor|for|bij)\s+(?P<actor>(?:de\s+|het\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:is|zijn|wordt|worden|scheelt|geeft|betekent|levert|means|gives|it|is het|heeft|"
    r"hebben|kan|kunnen|gaat|the)\b",
    re.I,
)

OBJECT_PRONOUNS = frozenset((
    "hen", "hun", "hem", "haar", "ze", "zij", "them", "him", "her", "us", "ons", "mij", "me",
))  # fmt: skip
SHORT_LEAD = 4
SHORT_REMARK = 3  # "..., scheelt echt", "..., helps a lot": a verb that judges the clause before


@dataclass
class EffectDraft:
    text: str
    direction: Direction | None
    actor_id: str | None = None
    actor_name: str = ""
    story: bool = False  # told in an incident ("vorige week belde ..."): dropped unless judged
    lead_in: bool = False  # "voor de chauffeurs is het dubbel": names whom the next are about


def count_terms(text: str, terms: tuple[str, ...]) -> int:
    lowered = f" {text.lower()} "
    return sum(1 for t in terms if re.search(rf"(?<![\w]){re.escape(t)}", lowered))


def detect_direction(text: str) -> Direction | None:
    """positive/negative from +/- markers and cue words; None when undecided."""
    return clause_direction(text)


def _segments(text: str) -> list[tuple[Direction | None, str]]:
    """Split at direction labels ("positief: ... negatief: ...", "positive, ...")."""
    matches = list(LABEL_RE.finditer(text))
    if not matches:
        return [(None, text)]
    parts: list[tuple[Direction | None, str]] = []
    lead = text[: matches[0].start()].strip(" ;,.")
    if len(lead.split()) > SHORT_LEAD:  # "wait, there are negatives too:" is no effect
        parts.append((None, text[: matches[0].start()]))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        label = next(g for g in match.group("label", "label2", "label3", "label4", "label5") if g)
        parts.append((label_direction(label), text[match.end() : end]))
    return parts


@dataclass
class _Flow:
    """What carries over from one clause to the next: the last direction and actor."""

    direction: Direction | None = None
    actor_id: str | None = None
    actor_name: str = ""


def extract_effects(
    text: str,
    actors: list[Actor],
    focus_actor_id: str | None,
    default_direction: Direction,
    skip: Callable[[str], bool] | None = None,
    earlier: list[EffectDraft] | None = None,
    speaker_id: str | None = None,
) -> list[EffectDraft]:
    """Effects with direction and actor from lines, labels, markers, sentences and clauses.
    ``skip``: clauses that are something else (a value named beside an effect); ``earlier``:
    the effects read before in the same message ("ze ..." is about their actor);
    ``speaker_id``: the actor the speaker belongs to, for effects told of "we"/"ik"."""
    drafts: list[EffectDraft] = list(earlier or [])
    first = len(drafts)
    flow = _Flow()
    for line in (line for line in text.splitlines() if line.strip()):
        who = _not_a_speaker(line_actor(line, actors), actors)
        flow = _Flow(who.direction or flow.direction, who.actor_id, who.new_name)
        named = bool(who.actor_id or who.new_name)
        if not named and drafts and drafts[-1].lead_in:  # "... is het dubbel." "Ze ..."
            flow.actor_id, flow.actor_name = drafts[-1].actor_id, drafts[-1].actor_name
        for number, sentence in enumerate(split_sentences(who.rest)):
            lead = who.direction if number == 0 else None
            labelled = named and number == 0
            if TOPIC_LABEL_RE.match(sentence) or side_remark(sentence):
                continue  # "timeline: evaluation in june" tells the case; "..., haha": an aside
            own = line_actor(sentence, actors) if number else None
            if own is not None and (own.actor_id or own.new_name):
                flow = _Flow(own.direction or flow.direction, own.actor_id, own.new_name)
                sentence, lead, labelled = own.rest, own.direction, True
            _sentence_effects(sentence, actors, flow, skip, drafts, lead, labelled)
    for draft in drafts[first:]:
        ours = speaker_id is not None and first_person(draft.text)
        if ours and first_person(draft.text, SPEAKER_SELF):  # "ik hoef niet meer elk kind ..."
            draft.actor_id, draft.actor_name = speaker_id, ""
        if not (draft.actor_id or draft.actor_name):
            draft.actor_id = speaker_id if ours else focus_actor_id
        if draft.direction is None:
            draft.direction = default_direction
    return drafts[first:]


SPEAKER_SIDE = frozenset(("ik", "i", "we", "wij", "ons", "onze", "our", "us"))
SPEAKER_SELF = frozenset(("ik", "i"))  # the speaker alone: not the others the clause names


def first_person(text: str, opening: frozenset[str] = SPEAKER_SIDE) -> bool:
    """An effect told of the speaker's own side ("wij hoeven minder vaak langs", "I notice I
    read them less carefully", "our inspectors lose time"), also after a stance."""
    first = words(STANCE_LEAD_RE.sub("", _clean(text), count=1))[:1]
    return bool(first) and first[0] in opening


def speaker_actor(actors: list[Actor], own_words: str) -> Actor | None:
    """The actor the speaker belongs to: the one whose whole name is in what the speaker said
    of their own place ("wijkverpleging hier" -> "Wijkverpleging"), None if not one."""
    lowered = f" {' '.join(words(own_words))} "
    found = [a for a in actors if words(a.name) and f" {' '.join(words(a.name))} " in lowered]
    return found[0] if len(found) == 1 else None


def _not_a_speaker(who: LineActor, actors: list[Actor]) -> LineActor:
    """A label that names no people, before a clause about people of its own ("2. Anja:
    centralisten zijn positief", "+ bij gordel: ook kinderen achterin ..."): who said it or
    what it is about, not the actor; the clause's people are."""
    known = next((a.name for a in actors if a.id == who.actor_id), "") if who.actor_id else ""
    name = known or who.new_name
    if not name or _person_like(name):
        return who
    first = next(iter(split_sentences(who.rest)), "")
    clause = next(iter(clauses(first)), "")
    opens = clause and (_own_subject(_clean(clause), actors) or clause_people(_clean(clause)))
    if not opens:
        return who  # "Impact, even brainstormen: agents hoeven ...": the agents
    return LineActor(None, "", who.rest, who.direction)


def _person_like(name: str) -> bool:
    """Whether a label's name could be people: a word for people, a plural or an organisation."""
    lowered = f" {name.lower()} "
    if any(head_in(w, lowered) for w in PERSON_HEADS) or any(people_word(t) for t in words(name)):
        return True
    return names_organisation(name) or name.isupper()


def public(actors: list[Actor]) -> Actor | None:
    """The public the case serves: the first actor of the affected group ("bewoners",
    "clients"), else the first actor named that is no organisation."""
    affected = [a for a in actors if any(t in a.name.lower() for t in GROUP_WORDS["affected"])]
    found = affected or [a for a in actors if not organisation_kind(a.name)]  # not "Corporaties"
    return found[0] if found else None


def generic_subject(text: str) -> bool:
    """An effect about people in general ("mensen die ...", "many more people get ...",
    "wie net buiten de regels valt ...")."""
    tokens = words(text)
    if tokens[:1] and tokens[0] in GENERIC_SUBJECTS:
        return True
    return (
        len(tokens) > 1
        and tokens[0] in QUANTIFIERS
        and tokens[1]
        in GENERIC_HEADS
        | {
            "meer",
            "more",
        }
    )


def _sentence_effects(
    sentence: str,
    actors: list[Actor],
    flow: _Flow,
    skip: Callable[[str], bool] | None,
    drafts: list[EffectDraft],
    lead: Direction | None = None,
    labelled: bool = False,
) -> None:
    """The effects of one sentence, added to ``drafts`` (the message's so far): direction
    labels, +/- markers, then clauses."""
    start = len(drafts)
    marker: Direction | None = marker_direction(sentence) or lead
    stripped = without_marker(sentence.strip())
    if drafts and _verdict(stripped, drafts[-1], actors):
        return  # "In November a detainee slept through the night. That's the big plus."
    who = _Flow(None, flow.actor_id, flow.actor_name)
    prefix = SENTENCE_ACTOR_RE.match(stripped)
    if prefix is not None and prefix.group("actor").lower() not in OBJECT_PRONOUNS:
        found = named_actor(prefix.group("actor"), actors, "", None)  # not "bij hen wordt ..."
        who = _Flow(None, found.actor_id, found.new_name)
        labelled = True
        if _both_ways_for(stripped[prefix.end() :], found, flow, drafts):
            return  # "voor de chauffeurs is het dubbel": the sentences after are theirs
    for label, segment in _segments(stripped.lstrip("+-−– ")):
        if label or marker:
            flow.direction = label or marker
        for clause in clauses(segment):
            contrast = CONTRAST_RE.match(clause) is not None
            body = _clean(clause)
            if _no_effect_clause(clause, body, skip):
                continue
            if TENURE_RE.search(body) and clause_direction(body) is None:
                drafts.append(_draft(body, None, actors, who, labelled))
                drafts[-1].lead_in = True  # "ze doen dit al dertig jaar": who they are
                continue
            asked = f"{body.rstrip('?')}?" if sentence.rstrip().endswith("?") else body
            told = worry_direction(asked, effect_direction(asked))
            direction = _signed(label or marker, told, contrast)
            if direction is None and CONTENTS_RE.match(body):
                continue  # "er staan ook faillissementen in, en die ...": what it holds
            if len(drafts) > start and _remark(body, drafts[-1], told or direction):
                _gains_for(body, drafts[-1], actors)  # "..., wat winst is voor asielzoekers"
                continue
            if len(drafts) > start and not contrast and _feeling_reason(body, drafts[-1], actors):
                continue  # "fraud team is happy, fewer dead people getting paid"
            if _aside(body, drafts[start:]):
                continue  # "..., zeggen ze", "..., zoals bij het oude model ook is gebeurd"
            if direction is None and contrast:
                direction = "positive" if flow.direction == "negative" else "negative"
            if direction is None and _objection(body):
                direction = "negative"  # "ze worden wel gehasht, maar een week bewaard"
            direction = direction or flow.direction
            flow.direction = direction
            own = len(drafts) > start and _own_subject(body, actors)  # "..., en ouders ..."
            draft = _draft(body, direction, actors, who, labelled and not own)
            if not (draft.actor_id or draft.actor_name):
                _same_subject(body, draft, drafts, start)
            drafts.append(draft)
    _mark_story(stripped, drafts[start:])


def _mark_story(sentence: str, drafts: list[EffectDraft]) -> None:
    """The effects of a sentence that tells an incident ("last month one farmer said ...") are
    a story, unless a verdict follows in it."""
    if INCIDENT_RE.search(sentence) and not STORY_JUDGED_RE.search(sentence):
        for draft in drafts:
            draft.story = True


def _no_effect_clause(clause: str, body: str, skip: Callable[[str], bool] | None) -> bool:
    """A clause that tells no effect: empty, skipped, a greeting (", top."), a step's name
    ("Effecten...", "Effects as I see them:") or a doubt about the effect before ("..., of is
    dat overdreven?")."""
    if not body or (skip is not None and skip(body)) or greeting_only(body):
        return True
    return bool(STEP_NAME_ONLY_RE.match(body) or QUESTION_TAG_RE.match(clause.strip(" ,")))


def _both_ways_for(rest: str, found: LineActor, flow: _Flow, drafts: list[EffectDraft]) -> bool:
    """Whether a sentence "voor X is het ..." only says the effects on X go both ways ("voor de
    chauffeurs is het dubbel", "for the nurses it's mixed"): then X is the actor of the
    sentences after it, and the sentence is kept as their lead-in, no effect of its own."""
    if not MIXED_FOR_RE.match(rest):
        return False
    flow.actor_id, flow.actor_name = found.actor_id, found.new_name
    drafts.append(EffectDraft(rest, None, found.actor_id, found.new_name, lead_in=True))
    return True


def _signed(sign: Direction | None, own: Direction | None, contrast: bool) -> Direction | None:
    """The direction of a clause under a label or marker ``sign``: the sign, unless the clause
    turns against it with "maar"/"but" and its own words say otherwise ("positief is dat ...,
    maar ze vrezen dat ...", "+ faster, but staff lose contact")."""
    if sign is None:
        return own
    return own if contrast and own is not None and own != sign else sign


def _verdict(sentence: str, before: EffectDraft, actors: list[Actor]) -> bool:
    """A short sentence that only judges the effect told before it ("Dat voelt niet goed.",
    "That's the big plus."): its direction and words go to that effect."""
    text = sentence.strip(" .!")
    if VERDICT_RE.match(text) is None or len(words(text)) > VERDICT_WORDS:
        return False
    direction = clause_direction(text)
    if direction is None:
        return False
    before.text = f"{before.text}. {text}"
    before.direction = direction
    before.story = False  # "In November a detainee slept through. That's the big plus."
    gains = _beneficiary(text, actors) or _for_whom(text, actors, new=True)
    if gains is not None:  # "Dat is mooi voor de ouders."
        before.actor_id, before.actor_name = gains
    return True


def _feeling_reason(body: str, before: EffectDraft, actors: list[Actor]) -> bool:
    """A clause after a short one that only says how people feel ("de ouders zijn blij, minder
    gedoe bij het ophalen", "fraud team is happy, fewer dead people getting paid"): what they
    feel it about, so its words go to that effect, with the feeling's direction and people."""
    if FEELING_RE.match(_clean(before.text)) is None or _own_subject(body, actors):
        return False
    before.text = f"{before.text}, {body[:1].lower()}{body[1:]}"
    return True


def _objection(body: str) -> bool:
    """A point granted and an objection after it, in one clause ("they do get it, but ...")."""
    joint = CONTRAST_SPLIT_RE.search(body)
    return joint is not None and conceded(body[: joint.start()])


def _remark(body: str, before: EffectDraft, direction: Direction | None) -> bool:
    """A clause that judges the one before it ("..., en dat is gevoelig", "which can sink
    their case", "..., scheelt echt", "wat pijnlijk kan zijn", "..., vind ik jammer"): its
    direction goes to that effect, its words to that effect's text."""
    match = REMARK_RE.match(body)
    tokens = words(body)
    short = len(tokens) <= SHORT_REMARK and tokens[0] in VERB_WORDS
    judged = match is not None and len(tokens) > 2 and tokens[2] in VERB_WORDS  # "wat pijnlijk kan"
    tail = JUDGING_TAIL_RE.match(body) is not None and len(tokens) <= JUDGING_TAIL_WORDS
    if not (tail or ((short or judged) and direction)) and (
        match is None or (match.group("verb") or "is").lower() not in VERB_WORDS
    ):
        return False
    before.text = f"{before.text}, {_lowered(body)}"
    before.direction = direction or before.direction
    return True


def _lowered(body: str) -> str:
    """``body`` with a small first letter, to go on after a comma ("I" stays "I")."""
    return body if words(body)[:1] == ["i"] else f"{body[:1].lower()}{body[1:]}"


def _aside(body: str, before: list[EffectDraft]) -> bool:
    """A clause that only says who told the effect before it ("zeggen ze", "so they say") or
    compares it with before ("zoals bij het oude model ook is gebeurd", "as happened last
    year"): its words go to that effect; alone it is no effect."""
    if HEARSAY_RE.match(body) is None and COMPARISON_RE.match(body) is None:
        return False
    if before:
        before[-1].text = f"{before[-1].text}, {body[:1].lower()}{body[1:]}"
    return True


def _same_subject(body: str, draft: EffectDraft, drafts: list[EffectDraft], start: int) -> None:
    """A clause without a subject of its own ("... and have more time"), or with a pronoun for
    people ("ze komen in een bubbel"), is about the actor of the effect before it; "dat"/"it"
    only within one sentence."""
    if not drafts:
        return
    tokens = body.lower().split()
    carried = PERSON_PRONOUN_RE.match(body) or (tokens and tokens[0] in VERB_WORDS)
    if carried or (len(drafts) > start and PRONOUN_RE.match(body)):
        draft.actor_id, draft.actor_name = drafts[-1].actor_id, drafts[-1].actor_name


def _draft(
    body: str, direction: Direction | None, actors: list[Actor], who: _Flow, labelled: bool
) -> EffectDraft:
    """The effect with its actor: the label that names it for this sentence, else the actor
    the clause mentions first, else the group of people it starts with, else the line's."""
    actor_id, actor_name = who.actor_id, who.actor_name
    if not labelled:
        core = effect_core(body)
        found = _clause_actor(core, actors) if core != body else None
        own = _clause_actor(body, actors)
        if core != body and (found is None or _anyone(found)):
            own = own or _cause_subject(body[: len(body) - len(core)])
            found = None if own else found  # "car drivers wait longer, so people who ..."
        told = _told_about(body, actors) if not found else None
        gains = None if found or own else _beneficiary(body, actors) or _for_whom(core, actors)
        chosen = found or told or own or gains
        if chosen is None or chosen[0] is None:  # "mevrouw De Boer (88) zei ...": the elderly
            chosen = _elder(body, actors) or chosen or _fronted(body, actors)
        actor_id, actor_name = chosen or (actor_id, actor_name)
    text = body[:1].upper() + body[1:]
    return EffectDraft(text, direction, actor_id, actor_name)


def _fronted(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people a clause is about after a phrase put in front ("dan krijgen de bewoners daar
    een stempel"): a known actor by that name, else the name."""
    name = fronted_people(body)
    if not name:
        return None
    known = referred_actor(name, actors)
    return (known.id, "") if known is not None else (None, name)


def _elder(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The actor for the elderly when a clause tells of one older person by title or age
    ("mevr (87) zei laatst: ...", "Mrs Smith, 84, told us ...")."""
    if ELDER_PERSON_RE.search(body) is None:
        return None
    elders = (a for a in actors if any(w in a.name.lower() for w in ELDER_WORDS))
    return next(((a.id, "") for a in elders), None)


def _gains_for(body: str, draft: EffectDraft, actors: list[Actor]) -> None:
    """The actor of ``draft`` from a remark on it that says whom it is a gain or loss for."""
    gains = _beneficiary(body, actors)
    if gains is not None:
        draft.actor_id, draft.actor_name = gains


def _beneficiary(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people a remark says the effect is a gain or loss for ("..., wat winst is voor
    asielzoekers die nu maanden wachten" -> "Asielzoekers")."""
    match = BENEFICIARY_RE.search(body)
    if match is None:
        return None
    who = match.group("who").split()
    stop = (NAME_BREAKS | COMPLEMENTISERS) - {"met", "with"}
    cut = next((i for i, t in enumerate(who) if t.lower() in stop), len(who))
    named = mentioned_actor(" ".join(who[:cut]), actors)
    if named is not None:
        return named.id, ""
    name = person_name(who[:cut]) if 0 < cut <= SUBJECT_WINDOW else ""
    return (None, name) if name else None


def _for_whom(body: str, actors: list[Actor], new: bool = False) -> tuple[str | None, str] | None:
    """The actor a clause says its effect is for, when it starts with none of its own ("minder
    papierwerk voor de handhavers" -> "Handhavers", "home visits are stressful for students");
    not a pronoun ("for them": the effect before says whom). A name that is no actor yet only
    with ``new`` ("fewer searches for missing elderly" names no group of its own)."""
    if PERSON_PRONOUN_RE.match(body):
        return None  # "but they lose their feel for the patients": about who "they" are
    for match in FOR_WHOM_RE.finditer(body):
        who = match.group("who").split()
        cut = next((i for i, t in enumerate(who) if t.lower() in NAME_BREAKS | SUBJECT_STOPS), 3)
        who = who[:cut]
        if not who or who[0].lower() in OBJECT_PRONOUNS | PERSONAL_PRONOUNS:
            continue
        named = mentioned_actor(" ".join(who), actors)
        if named is not None:
            return named.id, ""
        names = (person_name(who[:size]) for size in range(len(who), 0, -1))
        name = next((n for n in names if n), "")  # "the night nurses" before "the night"
        if name and (new or one_group_word(name)):
            return None, name  # "less paperwork for guards": a group of its own
    return None


def _told_about(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people an effect told by others is about, not the ones who tell it ("controllers
    report that home visits are stressful for students" -> "Students"); the tellers when what
    they tell names no people of its own ("de boa's melden dat ze vaker ...", "een analist
    zei: ..." -> "Analist"); None without a teller."""
    lead = REPORTER_RE.match(body)
    if lead is None:
        return None
    if words(lead.group(0))[-1:] in (["dat"], ["that"]) or lead.group(0).rstrip().endswith(":"):
        rest = body[lead.end() :].strip()
        about = _clause_actor(rest, actors) or _for_whom(rest, actors, new=True)
        if about is not None:
            return about
    teller = mentioned_actor(lead.group("who"), actors)
    if teller is not None:
        return teller.id, ""
    name = person_name(lead.group("who").split())
    return (None, name) if name else None


def _anyone(found: tuple[str | None, str]) -> bool:
    """A new name for people in general ("people who ...", "mensen die ..."), not an actor."""
    tokens = words(found[1])
    return found[0] is None and bool(tokens) and tokens[0] in GENERIC_SUBJECTS


def _cause_subject(cause: str) -> tuple[str | None, str] | None:
    """The people a cause starts with, up to the first word that qualifies them ("car drivers
    | without the app wait longer"), also after a stance ("ik hoop dat schapenhouders ...",
    "I hope cyclists get ...")."""
    cause = STANCE_LEAD_RE.sub("", cause, count=1)
    tokens = words(cause)
    cut = next((i for i, t in enumerate(tokens) if t in NAME_BREAKS), len(tokens))
    name = person_name(cause.split()[:cut]) if 0 < cut <= SUBJECT_WINDOW else ""
    return (None, name) if name else None


def _clause_actor(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The actor a clause mentions first, else the group of people it starts with."""
    mentioned = mentioned_actor(body, actors)
    subject = clause_people(body)
    pronoun = PERSON_PRONOUN_RE.match(body) is not None and not subject
    if mentioned is not None and pronoun and not _mentioned_first(body, mentioned):
        return None  # "die krijgen meer mails van zoekers": the pronoun is the subject
    if mentioned is not None and (not subject or _mentioned_first(body, mentioned)):
        subject = ""  # "ouders ..." is about "Ouders"; "leidsters ... ouders" is not
    elif subject:
        mentioned = None
    referred = referred_actor(subject, actors) if subject else None
    if mentioned or referred:
        return (mentioned or referred).id, ""  # type: ignore[union-attr]
    return (None, subject) if subject else None


def effect_direction(clause: str) -> Direction | None:
    """The direction of a clause, its consequence weighing double ("de directie bespaart op
    personeel, met als gevolg dat er minder badmeesters rondlopen")."""
    feeling, comma, _reason = clause.partition(",")
    if comma and FEELING_RE.match(_clean(feeling)):
        return clause_direction(feeling)  # "the team is happy, fewer payments to the dead"
    core = effect_core(clause)
    consequence = core if core != clause and clause.endswith(core) else ""
    return clause_direction(clause, consequence)


def effect_core(clause: str) -> str:
    """The part of a clause that tells what happens to someone: after a lead that weighs it
    ("ik ben bang dat ...", "the thing is that ...") and after a joint that gives its
    consequence ("..., waardoor reizigers te laat komen", "which means relatives ...")."""
    text = STANCE_LEAD_RE.sub("", _clean(clause), count=1)
    text = after_condition(text) or text  # "als het model scheef is, krijgen importeurs ..."
    joints = list(CONSEQUENCE_JOINT_RE.finditer(text))
    return text[joints[-1].end() :] if joints else text


def _own_subject(body: str, actors: list[Actor]) -> bool:
    """Whether a clause starts with people of its own ("ouders hebben minder zorgen", "but
    inspectors worry ...", "controllers report that ..."): the actor a label gave the sentence
    does not hold for it."""
    core = effect_core(body)
    mentioned = mentioned_actor(core, actors)
    if _told_about(body, actors) is not None:
        return True
    return bool(subject_person(core)) or (
        mentioned is not None and _mentioned_first(core, mentioned)
    )


def _mentioned_first(body: str, actor: Actor) -> bool:
    spot = mention_position(words(strip_article(body)), actor)
    return spot is not None and spot[0] <= SUBJECT_SPOT


def _clean(clause: str) -> str:
    text = EFFECT_LEAD_RE.sub("", QUESTION_TAIL_RE.sub("", clause.strip()), count=1)
    text = HEDGE_END_RE.sub("", text) or text  # "... een verklikker denk ik"
    text = CONTRAST_RE.sub("", text)
    text = LEADING_RE.sub("", text)
    return text.strip(" ,.;:")


def point_by_name(drafts: list[EffectDraft], named: list[Actor]) -> None:
    """Effects about an actor named in the same message point at it by name (it is recorded
    with the message)."""
    names = {actor.id: actor.name for actor in named}
    for draft in drafts:
        name = names.get(draft.actor_id or "")
        if name is not None:
            draft.actor_id, draft.actor_name = None, name
