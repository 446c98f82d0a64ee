"""What people set right in their own words in the message that tells the effects, or just
after (Dutch and English): the opening words of a correction are no effect ("Nee wacht"), the
part taken back goes ("Hmm, no, not ignore, they use it as a second opinion" is "They use it as
a second opinion"), a direction set right after an effect turns it ("..., that's fine
actually", "Dus eigenlijk is dat positief": the effect before it), a direction for the people
just named with what it is becomes their effect ("so for them it's mostly positive: less walking
in the mud"), a part taken back goes with what it names ("so scratch the officer bit"), an
effect moves to other people ("niet de adviseurs krijgen er werk bij, dat zijn de teamleiders"),
what went before a correction midway a sentence goes ("..., no wait, most of them say ..."),
half an effect goes ("dat lege huis is niet erg"), and a reason set right with the measure kept
("wait, we checked, ... But I still want it out") adds nothing."""

from __future__ import annotations

import re

from assistant.domain.session import Direction, Effect, Session
from assistant.language.cues.late_edits import (
    FIX_LEAD_RE,
    SET_RIGHT_RE,
    TURNED_SIGN_RE,
    WHAT_LEAD_RE,
    WHAT_TAIL_RE,
)
from assistant.language.cues.own_corrections import (
    AGREED_TOO_RE,
    CHECKED_RE,
    FOR_THEM_RE,
    LEAD_ONLY_RE,
    LEAD_RE,
    MID_LEAD_RE,
    MOVED_RE,
    NAMED_BY_MISTAKE_RE,
    NOT_SO_BAD_RE,
    PART_JOINT_RE,
    PRONOUN_NAME_RE,
    RESTARTED_PHRASE_RE,
    SAME_PEOPLE_RE,
    SAYS_SO_RE,
    SCRATCH_POINTERS,
    SCRATCH_RE,
    STILL_WANT_RE,
    TAKEN_BACK_RE,
    TURN_TAIL_RE,
    is_plus,
)
from assistant.language.textparts import normalise, strip_article, words
from assistant.method.reading.actor_edits import said_in
from assistant.method.reading.actor_lists import is_person
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.last_item import holds
from assistant.method.reading.mentions import referred_actor
from assistant.method.reading.people_names import people_word
from assistant.method.reading.reading import EffectFix, Reading

NEGATION_WORDS = frozenset(("niet", "not", "geen", "no"))
NEGATION_REACH = 2  # "niet bij de X, ik bedoel de Y": the words before the phrase taken back
SENTENCE_SPLIT_RE = re.compile(r"[.;!?]+(?:\s+|$)|\n+")
MIN_KEY_LETTERS = 4
MIN_NAME_LETTERS = 3  # "IB'er", "GPs"


def without_restarted_phrases(text: str) -> str:
    """``text`` without the phrases its writer took back at once to say them again ("Bij de
    belastingdienst... nee sorry, bij het waterschap willen ze ..." is "bij het waterschap
    willen ze ...")."""
    out, at = [], 0
    for match in RESTARTED_PHRASE_RE.finditer(text):
        if NEGATION_WORDS & set(words(text[: match.start()])[-NEGATION_REACH:]):
            continue  # "het ligt niet bij de advocaten, ik bedoelde de verdachten": moved, kept
        rest = text[match.end() :]
        capital = match.group(0)[:1].isupper() and rest[:1].islower()
        out += [text[at : match.start()], rest[:1].upper() if capital else rest[:1]]
        at = match.end() + 1
    return "".join(out) + text[at:]


def take_own_corrections(text: str, session: Session, reading: Reading) -> None:
    """The effects of ``reading`` with what the message sets right in its own words (see
    module); a direction set right of an effect told before goes in ``reading.effect_fixes``."""
    _reason_set_right(text, reading)
    if not reading.effects:
        return
    _moved(text, session, reading)
    _taken_back_midway(text, reading)
    _half_taken_back(text, session, reading)
    _for_them(text, reading)
    _scratched(text, reading)
    _set_right_here(text, reading)
    kept: list[EffectDraft] = []
    for draft in reading.effects:
        if _no_effect(draft.text):
            continue
        turned = _turned(draft)
        if turned is None:
            kept.append(draft)
        elif kept:
            kept[-1].direction = turned  # "Eigenlijk is dat positief": the effect before it
        elif session.effects and not reading.effect_fixes:
            reading.effect_fixes.append(EffectFix(session.effects[-1].id, turned))
    reading.effects = kept


def _no_effect(text: str) -> bool:
    """ "Nee wacht", "vinden ze zelf ook", "niet de verlofunit trouwens, die heeft er niks mee
    te maken": said in a correction, no effect."""
    if LEAD_ONLY_RE.match(text) or AGREED_TOO_RE.match(text):
        return True
    return NAMED_BY_MISTAKE_RE.match(LEAD_RE.sub("", text, count=1)) is not None


def _turned(draft: EffectDraft) -> Direction | None:
    """Set ``draft`` right: without the opening words and the part taken back, with the
    direction its tail sets; the direction when the draft said nothing but that."""
    lead = LEAD_RE.match(draft.text)
    text = draft.text[lead.end() :] if lead and lead.end() < len(draft.text) else draft.text
    if lead is not None:
        text = TAKEN_BACK_RE.sub("", text, count=1)
    tail = TURN_TAIL_RE.search(text)
    direction: Direction | None = None
    if tail is not None:
        now = tail.group("now1") or tail.group("now2") or tail.group("now3")
        direction = "positive" if is_plus(now) else "negative"
        text = text[: tail.start()]
    text = text.strip(" ,;:-") if lead or tail else draft.text
    if not text and direction is not None:
        return direction
    if text and text != draft.text:
        draft.text = text[:1].upper() + text[1:]
    draft.direction = direction or draft.direction
    return None


def _for_them(text: str, reading: Reading) -> None:
    """ "..., so for them it's mostly positive: less walking in the mud": what follows the
    colon is an effect with that direction for the people named before; after the opening words
    of a correction it takes the place of their effect told before in the message."""
    for sentence in SENTENCE_SPLIT_RE.split(text):
        match = FOR_THEM_RE.search(sentence.strip())
        if match is None:
            continue
        before = sentence.strip()[: match.start()]
        direction: Direction = "positive" if is_plus(match.group("now")) else "negative"
        new = match.group("new").strip()
        told = [normalise(sentence.strip()[match.start() :]), normalise(new)]
        here = [d for d in reading.effects if said_in(d.text, told) or _within(d.text, sentence)]
        _without_pronoun_names(sentence, here, reading)
        who = [d for d in here if d.actor_id or d.actor_name][-1:]
        draft = EffectDraft(new[:1].upper() + new[1:], direction)
        if reading.intent is not None and reading.intent.kind == "correct":
            draft.actor_name = reading.intent.replacement  # "not X, I meant Y. For them ..."
        elif who:
            draft.actor_id, draft.actor_name = who[0].actor_id, who[0].actor_name
        elif named := [d for d in reading.effects if d.actor_id or d.actor_name]:
            draft.actor_id, draft.actor_name = named[-1].actor_id, named[-1].actor_name
        opens = LEAD_RE.match(sentence.strip()) or not before.strip(" ,;")
        dropped = here if opens else [d for d in here if said_in(d.text, told)]
        reading.effects = [d for d in reading.effects if d not in dropped]
        earlier = _told_before(reading.effects, draft) if LEAD_RE.match(sentence.strip()) else None
        if earlier is not None:
            earlier.text, earlier.direction = draft.text, direction
        else:
            reading.effects.append(draft)


def _moved(text: str, session: Session, reading: Reading) -> None:
    """ "nee wacht, niet de IB'er, de directeur doet die gesprekken": the last effect told of the
    people taken back (or naming them) is theirs, the people named instead; the sentence that
    said so is no effect."""
    for sentence in SENTENCE_SPLIT_RE.split(text):
        lead = LEAD_RE.match(sentence.strip())
        plain = sentence.strip()[lead.end() :] if lead else sentence.strip()
        match = MOVED_RE.match(plain)
        if match is None or not _moves(match, session):
            continue
        effect = _effect_of(match.group("old"), match.group("what"), session)
        if effect is None:
            continue
        if reading.intent is not None and reading.intent.kind == "correct":
            reading.intent = None  # the effect moves; the people taken back stay who they are
        new = strip_article(match.group("new"))
        text_now = _renamed_in(effect.text, match.group("old"), match.group("new"))
        fix = EffectFix(effect.id, effect.direction, None, text_now, moved_to=new)
        reading.effect_fixes.append(fix)
        said = [normalise(sentence.strip()), normalise(plain)]
        reading.effects = [
            d for d in reading.effects if not (said_in(d.text, said) or _within(d.text, plain))
        ]


def _renamed_in(text: str, old: str, new: str) -> str:
    """The effect's text with the people taken back replaced ("De planners krijgen er werk
    bij" is "De teamleiders krijgen er werk bij"); "" when it does not name them."""
    pattern = re.compile(rf"\b{re.escape(old.strip())}\b", re.IGNORECASE)
    found = pattern.search(text)
    if found is None:
        return ""
    told = new.strip()
    told = told[:1].upper() + told[1:] if found.start() == 0 else told
    return text[: found.start()] + told + text[found.end() :]


def moves_an_effect(text: str, session: Session) -> bool:
    """Whether ``text`` opens with an effect moved to other people ("o nee, niet de adviseurs
    krijgen er werk bij, dat zijn de teamleiders"): no rename of the people taken back."""
    first = SENTENCE_SPLIT_RE.split(text.strip(), maxsplit=1)[0]
    lead = LEAD_RE.match(first)
    match = MOVED_RE.match(first[lead.end() :] if lead else first)
    if match is None or not _moves(match, session):
        return False
    return _effect_of(match.group("old"), match.group("what"), session) is not None


def _moves(match: re.Match[str], session: Session) -> bool:
    """Whether "niet X ..., Y" moves an effect to people Y: what X was told to get is named
    ("niet de adviseurs krijgen er werk bij"), or X is no actor (then it renames no one)."""
    new = match.group("new")
    if not (is_person(new) or people_word(words(new)[-1].lower())):
        return False  # "niet de kosten, de tijd is het probleem"
    old = strip_article(match.group("old"))
    return bool(match.group("what")) or referred_actor(old, session.actors) is None


def _effect_of(old: str, what: str | None, session: Session) -> Effect | None:
    """The last recorded effect of the people ``old`` names, or naming them in its text; with
    ``what`` told of them ("krijgen er werk bij"), one that holds its words."""
    actor = referred_actor(strip_article(old), session.actors)
    keys = [w for w in words(strip_article(old)) if len(w) >= MIN_NAME_LETTERS]
    found = [
        e
        for e in session.effects
        if (actor is not None and e.actor_id == actor.id)
        or (keys and all(holds(e.text, k) for k in keys))
    ]
    told = [w for w in words(what or "") if len(w) >= MIN_KEY_LETTERS]
    narrowed = [e for e in found if told and all(holds(e.text, k) for k in told)]
    chosen = narrowed or found
    return chosen[-1] if chosen else None


def _set_right_here(text: str, reading: Reading) -> None:
    """ "De langgestraften schrikken, dat is confronterend. Nee wacht, dat confronterende is
    eigenlijk positief, liever in VR": the effect of the same message the words name takes the
    direction; the sentence that said so (and why) is no effect."""
    found = SENTENCE_SPLIT_RE.split(text)
    for index, sentence in enumerate(found):
        plain = FIX_LEAD_RE.sub("", sentence.strip())
        match = SET_RIGHT_RE.match(plain) or TURNED_SIGN_RE.match(plain)
        if match is None:
            continue
        after = found[index + 1].strip() if index + 1 < len(found) else ""
        if SAYS_SO_RE.match(after):  # "De commandant zegt dat mensen dan beter opletten."
            reading.effects = [d for d in reading.effects if not _words_of(d.text, after)]
        name = WHAT_TAIL_RE.sub("", WHAT_LEAD_RE.sub("", match.group("what").strip()))
        keys = [w for w in words(name) if len(w) >= MIN_KEY_LETTERS]
        said = [normalise(sentence.strip()), normalise(plain)]
        others = [d for d in reading.effects if not said_in(d.text, said)]
        held = [d for d in others if keys and all(holds(d.text, k) for k in keys)]
        if len(held) != 1:
            continue
        now = match.group("now")
        held[0].direction = "positive" if is_plus(now) else "negative"
        reading.effects = others


def _taken_back_midway(text: str, reading: Reading) -> None:
    """ "Officers feel the tool takes their judgment away, no wait, most of them say it backs
    them up": the effect before the correction is taken back; the one after it, about the same
    people, is theirs."""
    for sentence in SENTENCE_SPLIT_RE.split(text):
        mid = MID_LEAD_RE.search(sentence)
        if mid is None:
            continue
        before, after = sentence[: mid.start()], sentence[mid.end() :]
        back = [d for d in reading.effects if _within(d.text, before)][-1:]
        then = [d for d in reading.effects if _within(LEAD_RE.sub("", d.text, count=1), after)]
        then = then[:1]
        if not back or not then:
            continue
        if SAME_PEOPLE_RE.match(LEAD_RE.sub("", then[0].text, count=1)):
            then[0].actor_id, then[0].actor_name = back[0].actor_id, back[0].actor_name
        reading.effects = [d for d in reading.effects if d is not back[0]]


def _half_taken_back(text: str, session: Session, reading: Reading) -> None:
    """ "Nee wacht, dat lege huis is niet erg, het missen van nieuwe bewoners is het echte
    probleem": the part of the effect about the thing named goes, the rest stays; the sentence
    that said so is no effect."""
    for sentence in SENTENCE_SPLIT_RE.split(text):
        lead = LEAD_RE.match(sentence.strip())
        match = NOT_SO_BAD_RE.match(sentence.strip()[lead.end() :]) if lead else None
        if match is None:
            continue
        keys = [w for w in words(match.group("what")) if len(w) >= MIN_KEY_LETTERS]
        said = [d for d in reading.effects if _within(LEAD_RE.sub("", d.text, count=1), sentence)]
        others = [d for d in reading.effects if d not in said]
        items: list[EffectDraft | Effect] = [*others, *session.effects]
        held = [i for i in items if keys and _part_holding(i.text, keys) is not None]
        if not held:
            continue
        held[-1].text = _part_holding(held[-1].text, keys) or held[-1].text
        reading.effects = others


def _part_holding(text: str, keys: list[str]) -> str | None:
    """``text`` without its one part that holds the words ``keys`` (split at "of", "and" and
    commas); None when no part, or every part, holds them."""
    pieces = PART_JOINT_RE.split(text)
    parts = pieces[::2]
    found = [i for i, p in enumerate(parts) if all(_holds_stem(p, k) for k in keys)]
    if len(found) != 1 or len(parts) < 2:
        return None
    index = found[0] * 2
    last = index == len(pieces) - 1
    cut = (
        pieces[: index - 1] + pieces[index + 1 :] if last else pieces[:index] + pieces[index + 2 :]
    )
    kept = "".join(cut).strip(" ,")
    return kept[:1].upper() + kept[1:]


def _holds_stem(text: str, key: str) -> bool:
    """Whether ``text`` holds ``key`` or a word of the same stem ("leeg" for "lege")."""
    stem = key.lower().rstrip("e")
    return holds(text, key) or any(w.lower().startswith(stem[:4]) for w in words(text))


def _reason_set_right(text: str, reading: Reading) -> None:
    """ "Wait, we checked, it's mostly payment history that drives it. But I still want it
    out.": the reason set right and the measure kept are no effect, value or option."""
    said: list[str] = []
    for sentence in SENTENCE_SPLIT_RE.split(text):
        lead = LEAD_RE.match(sentence.strip())
        rest = sentence.strip()[lead.end() :] if lead else ""
        if (lead and CHECKED_RE.match(rest)) or STILL_WANT_RE.match(sentence.strip()):
            said.append(normalise(sentence.strip()))
    if not said:
        return
    reading.effects = [d for d in reading.effects if not _said_here(d.text, said)]
    reading.options = [o for o in reading.options if not _said_here(o.text, said)]
    reading.values = [v for v in reading.values if not _said_here(v.said or v.name, said)]


def _said_here(item: str, said: list[str]) -> bool:
    plain = normalise(item).strip(" .")
    return bool(plain) and any(plain in s for s in said)


def _without_pronoun_names(sentence: str, drafts: list[EffectDraft], reading: Reading) -> None:
    """No actor "Them it's actually partly" from "for them it's actually partly positive"."""
    for draft in drafts:
        if PRONOUN_NAME_RE.match(draft.actor_name):
            draft.actor_name = ""
    lowered = sentence.lower()
    reading.actors = [
        n for n in reading.actors if not (PRONOUN_NAME_RE.match(n) and n.lower() in lowered)
    ]


def _words_of(draft: str, part: str) -> bool:
    """Whether the words of ``draft`` are all words of ``part`` (read with a comma or a "die"
    left out: "Teamleider de roosters maakt")."""
    told = {w.lower() for w in words(part)}
    mine = [w.lower() for w in words(draft)]
    return bool(mine) and all(w in told for w in mine)


def _within(draft: str, part: str) -> bool:
    plain = normalise(draft).strip(" .")
    return bool(plain) and plain in normalise(part)


def _told_before(drafts: list[EffectDraft], draft: EffectDraft) -> EffectDraft | None:
    """The effect told before in the message of the same people with the other direction."""
    if not (draft.actor_id or draft.actor_name):
        return None
    same = [
        d
        for d in drafts
        if (d.actor_id, d.actor_name) == (draft.actor_id, draft.actor_name)
        and d.direction not in (None, draft.direction)
    ]
    return same[0] if same else None


def _scratched(text: str, reading: Reading) -> None:
    """ "..., so scratch the officer bit": the part that says so is no effect, nor are the
    effects of the message that hold the words it names."""
    for sentence in SENTENCE_SPLIT_RE.split(text):
        match = SCRATCH_RE.search(sentence.strip())
        if match is None:
            continue
        keys = [
            w
            for w in words(match.group("what"))
            if len(w) >= MIN_KEY_LETTERS and w.lower() not in SCRATCH_POINTERS
        ]
        said = [normalise(match.group(0).strip(" ,;"))]
        reading.effects = [
            d
            for d in reading.effects
            if not (said_in(d.text, said) or normalise(said[0]) in normalise(d.text))
            and not (keys and all(holds(d.text, k) for k in keys))
        ]
