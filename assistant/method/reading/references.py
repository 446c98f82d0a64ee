"""References to the proposals on the table: "die eerste drie", "nummer 1 en 3", "de eerste en
de derde", "neem ze allemaal over", "ja, die zijn goed", "goed zo"."""

from __future__ import annotations

import re

from assistant.domain.session import OPTION_KINDS, Session, Step
from assistant.language.cues.conversation import AFFIRM_MAX_WORDS, AFFIRM_WORDS, DONE, STEP_WORDS
from assistant.language.cues.measure_leads import COUNTER_LEAD_RE
from assistant.language.cues.measure_phrasings import OPTIONS_LABEL_RE
from assistant.language.cues.references import (
    ADDED_AFTER_REFUSAL_RE,
    ADOPT_RE,
    ADOPT_WORD_RE,
    AGREEING_SENTENCE_RE,
    ALL_BUT_RE,
    ALL_OF_THEM_RE,
    ALL_WORDS_RE,
    CHOSEN_COUNT_RE,
    DESCRIBED_PICK_RE,
    DISLIKED_RE,
    ENDS_REFUSED_RE,
    FILLER,
    FIRST_OF_EACH_KIND_RE,
    KIND_PICK_RE,
    KIND_PICK_VERB_RE,
    KIND_PICK_WORDS,
    NOTHING_MORE_RE,
    NOUN_ONE_PICK_RE,
    NUMBER_WORDS,
    OPENS_REFUSED_RE,
    ORDINALS,
    PICK_CHANGE_RE,
    PICK_JUDGED_TAIL_RE,
    PICK_LEAD_RE,
    PICK_YES_TAIL_RE,
    PROPOSALS_ASKED_RE,
    RECOGNISING,
    REFUSED_NUMBER_RE,
    REST_BUT_RE,
    REST_REFUSED_RE,
    SHORT_HEDGE_RE,
    THANKS,
)
from assistant.language.cues.replies import (
    AGREEING_RE,
    CLOSING_RE,
)
from assistant.language.stems import content_words, stems, stems_match
from assistant.language.textparts import normalise, words
from assistant.method.reading.intents import Intent, detect_intent
from assistant.method.reading.proposal_verdicts import Verdicts, offered_numbers, proposal_verdicts
from assistant.method.reading.reading import Reading
from assistant.method.reading.segments import split_sentences
from assistant.method.reading.sentence_kinds import has_direction, no_measure

MAX_WORDS = 9
BARE_AFFIRM_WORDS = 3
FIRST_N_RE = re.compile(
    r"\b(?:eerste|first|bovenste|top)\s+(?P<n>\d|twee|drie|vier|vijf|zes|two|three|"
    r"four|five|six)\b|\b(?:bovenste|top)\s+(?P<n3>een|één|one)\b|\b(?:de|die|the)\s+(?P<n2>\d|twee|drie|vier|vijf|zes|two|three|four|five|"
    r"six)\s+(?:eerste|first|bovenste)\b",
    re.I,
)


def proposal_reference(text: str) -> list[int] | None:
    """Numbers of the proposals referred to ([] means all of them), or None when the message
    is not about the proposals; after a verb of choosing, what it chooses ("I'd go with the
    first three", "I want 2 and 3")."""
    found = _proposal_reference(text)
    lead = PICK_LEAD_RE.match(text.strip())
    if found is None and lead is not None:
        return _proposal_reference(text.strip()[lead.end() :])
    return found


def _proposal_reference(text: str) -> list[int] | None:
    cleaned = REST_REFUSED_RE.sub(" ", normalise(text))  # "2 en 4 ja, de rest niet": 2 and 4
    tokens = words(cleaned)
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    first = FIRST_N_RE.search(cleaned)
    outside = cleaned[: first.start()] + " " + cleaned[first.end() :] if first else cleaned
    outside = DISLIKED_RE.sub(" ", outside)  # "1 ja, 2 vind ik niks, 3 ja"
    rest = [t for t in words(outside) if t not in FILLER and not t.isdigit()]
    rest = [t for t in rest if t not in NUMBER_WORDS and t not in ORDINALS]
    if rest:
        return None  # "correction on the first one: ...": about something else
    if first is not None:
        count = first.group("n") or first.group("n2") or first.group("n3")
        return list(range(1, _number(count) + 1))
    numbers = _numbers(cleaned)
    refused = {int(m.group("n") or m.group("m")) for m in REFUSED_NUMBER_RE.finditer(cleaned)}
    if refused:  # "1 ja, 2 nee": only 1; "2 nee": none
        return [n for n in numbers if n not in refused] or None
    if numbers:
        return numbers
    if NOTHING_MORE_RE.search(cleaned):
        return None  # "ok thanks, that's all": closing, not "all of them"
    if ADOPT_RE.search(cleaned):
        return []  # only agreeing and adopting words: "ok, take your suggestions"
    if ALL_WORDS_RE.search(cleaned):
        return []  # "all three sound good"
    return None


def refused_numbers(text: str) -> list[int]:
    """The proposals a message turns down by number ("doe 1 en 3 maar, 2 vind ik niks", "1 ja,
    2 nee", "not 3")."""
    found = REFUSED_NUMBER_RE.finditer(normalise(text))
    return list(dict.fromkeys(int(m.group("n") or m.group("m")) for m in found))


def _number(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS.get(token.lower(), 0)


def _numbers(cleaned: str) -> list[int]:
    found: list[int] = []
    for token in words(cleaned):
        if token.isdigit() and 0 < int(token) < 100:
            found.append(int(token))
        elif token in ORDINALS:
            found.append(ORDINALS[token])  # -1: the last one (``_last_resolved``)
    return list(dict.fromkeys(found))


def agreed_only(text: str) -> bool:
    """Agreeing ("ok", "akkoord", "sounds good") without asking to take them over ("neem ze
    over", "take them all", "die zijn goed")."""
    return ADOPT_WORD_RE.search(text) is None


def moves_on(text: str, session: Session) -> bool:
    """A bare "ok" / "ja" while the user already chose in this step: agreeing to go on, not
    adopting every proposal (unless the user asked for these proposals the turn before)."""
    spoken = [w for w in words(text) if w not in THANKS]
    agreeing = len(spoken) <= AFFIRM_MAX_WORDS and all(w in AFFIRM_WORDS for w in spoken)
    if ADOPT_WORD_RE.search(text):
        return False
    if session.step == Step.OPTIONS and _ends_closing(spoken):
        return True  # "fine, done" after proposals the user asked for: finishing, none taken
    if len(spoken) > BARE_AFFIRM_WORDS and not agreeing:
        return False
    if session.step == Step.VALUES:
        return bool(session.chosen_values())
    if session.meta.get("options_asked"):
        return False  # proposals the user asked for just now: "ok" takes them
    kinds = {o.kind for o in session.options}
    return session.step == Step.OPTIONS and len(kinds) == len(OPTION_KINDS)


def _ends_closing(said: list[str]) -> bool:
    """Words that end in a closing phrase after something else: agreeing ("fine, done", "ok
    dat was het", "ok klaar denk ik") or a pick ("1 en 3, klaar")."""
    unhedged = SHORT_HEDGE_RE.sub("", " ".join(said)).split()
    return any(
        " ".join(spoken[start:]) in DONE
        for spoken in (said, unhedged)
        for start in range(1, len(spoken))
    )


def names_the_chosen(text: str, session: Session) -> bool:
    """ "Ja die twee plus ...", "both of those, and ...", "those three": as many values as the
    user chose, said of them while values are asked: those, not the proposals."""
    chosen = len(session.chosen_values()) if session.step == Step.VALUES else 0
    said = CHOSEN_COUNT_RE.search(text)
    if not chosen or said is None:
        return False
    count = (said.group("count") or said.group("count2")).lower()
    return (2 if count in ("beide", "both") else NUMBER_WORDS.get(count, 0)) == chosen


LEAD_SPLIT_RE = re.compile(
    r"\s*(?:[,;:]|[.!](?=\s)|\s-\s)\s*(?:(?:and|en|but|maar|plus)\s+)?|\s+(?:but|maar|plus)\s+"
    r"|\s+(?:and|en)\s+(?=(?:add|also|voeg|zet|ook|put)\b)",
    re.I,
)  # "go with your suggestions. and add one from me, ...": the opening ends at the full stop
MIN_LEAD_WORDS = 2
NUMBER_GOES_ON_RE = re.compile(r"\s*(?:(?:en|and|&)\s+)?\d")


def agreeing_lead(text: str) -> tuple[list[int], str, str] | None:
    """A message that opens by agreeing to the proposals and goes on ("those sound right, and I'd
    add autonomy", "die zijn goed, maar zet privacy bovenaan"): the reference and the rest. A bare
    "ok, ..." opens too many answers to count as taking the proposals; after it the opening may
    follow ("Good. Keep all of them, and add ..."). Returns the reference, the opening and the
    rest."""
    label = OPTIONS_LABEL_RE.match(text.strip())  # "opties: ik neem jouw voorstellen over, en"
    text = text.strip()[label.end() :] if label is not None else text
    found = _lead_and_rest(text.strip())
    opened = AGREEING_RE.match(text.strip())  # "Good. Keep all of them, and add: ..."
    if found is None and opened is not None and text.strip()[opened.end() :]:
        found = _lead_and_rest(text.strip()[opened.end() :])
    return found


def _lead_and_rest(text: str) -> tuple[list[int], str, str] | None:
    """The opening that only refers to proposals, and what follows it; a list of numbers is
    read to its end ("1, 3 en 5. Plus: ..." opens with all three numbers, not with "1")."""
    found = None
    for split in LEAD_SPLIT_RE.finditer(text):
        lead, rest = text[: split.start()], text[split.end() :]
        if not [w for w in words(rest) if w not in FILLER]:
            return found  # "ja, zo is het goed, dank je" says nothing more
        reference = proposal_reference(lead)
        counted = len(words(lead)) >= MIN_LEAD_WORDS or any(c.isdigit() for c in lead)
        goes_on = NUMBER_GOES_ON_RE.match(rest) is not None
        if reference is None or not counted:
            if found is None and goes_on and lead.strip().isdigit():
                continue  # "1, 3 en 5": the first number alone is too short to count
            return found
        found = (reference, lead, _without_reason(lead, rest))
        if not goes_on:
            return found
    return _numbers_going_on(found)


# Numbers that go on after the opening's last comma, before a name ("1, 3 en vertrouwen": the
# rest "3 en vertrouwen" opens with one more number).
NUMBERS_ON_RE = re.compile(
    r"\s*(?:(?:en|and|&)\s+)?(?:\d{1,2}\b\s*(?:,|&|\ben\b|\band\b)?\s*)+", re.I
)


def _numbers_going_on(
    found: tuple[list[int], str, str] | None,
) -> tuple[list[int], str, str] | None:
    """An opening of numbers whose list goes on in the rest up to a name ("1, 3 en vertrouwen"):
    every number in the opening, the name in the rest."""
    if found is None:
        return None
    reference, lead, rest = found
    more = NUMBERS_ON_RE.match(rest)
    if more is None or not reference or not rest[more.end() :].strip():
        return found
    numbers = [int(n) for n in re.findall(r"\d{1,2}", more.group(0))]
    return [*reference, *numbers], f"{lead}, {more.group(0).strip()}", rest[more.end() :]


def _without_reason(lead: str, rest: str) -> str:
    """After an opening that turns a proposal down ("1 ja. 2 nee, geen X, dat werkt niet. ..."):
    the rest less the reason, up to the end of its sentence; what is offered instead or added
    ("5 no. Plus: ...") stays. So too when the rest opens by turning one down by its place ("de
    tweede niet, ...")."""
    opens = OPENS_REFUSED_RE.match(rest)  # "neem 1 en 3, de tweede niet, te duur"
    opens = opens or REST_REFUSED_RE.match(rest)  # "2 en 4 ja, de rest niet. En ..."
    if opens is not None:
        rest = rest[opens.end() :]
    elif ENDS_REFUSED_RE.search(lead) is None:
        return rest
    if ADDED_AFTER_REFUSAL_RE.match(rest.strip()):
        return rest  # "5 no. Plus: families get told ...": a measure added, no reason
    counter = COUNTER_LEAD_RE.match(rest)
    if counter is not None:
        return rest[counter.end() :]
    end = re.search(r"[.;!?](?:\s|$)", rest)
    return rest[end.end() :] if end is not None else ""


def all_but(text: str, session: Session) -> list[int] | None:
    """The proposals on the table but those the message leaves out ("take them all except the
    last one", "alles behalve 3"); None when it says no such thing."""
    said = _all_but_said(normalise(text).strip())
    if said is None:
        return None
    head, tail = said
    left_out = _last_resolved(_proposal_reference(tail), session)
    if not left_out or (head.strip() and _proposal_reference(head) != []):
        return None  # "1 en 2, maar niet zonder uitleg": no exception to all of them
    return [p.number for p in session.proposals if p.number not in left_out] or None


def _all_but_said(text: str) -> tuple[str, str] | None:
    """What agrees and what is left out in "take them all except 2" or "nummer 2 niet, de rest
    wel" (nothing agrees in the second)."""
    found = ALL_BUT_RE.match(text)
    if found is not None:
        return found.group("head"), found.group("tail")
    rest = REST_BUT_RE.match(text)
    return ("", rest.group("tail1") or rest.group("tail2")) if rest is not None else None


def _last_resolved(reference: list[int] | None, session: Session) -> list[int] | None:
    """``reference`` with "the last one" (-1) as the number of the last proposal on the table."""
    if not reference or -1 not in reference:
        return reference
    last = max((p.number for p in session.proposals), default=0)
    numbers = [last if n == -1 else n for n in reference]
    return list(dict.fromkeys(n for n in numbers if n > 0)) or None


PROPOSAL_STEPS = (Step.VALUES, Step.OPTIONS)
MIN_SHARED = 2  # one word of the title, or two of the text
PLACE_WORDS = frozenset(("other", "top", "same", "next", "previous", "bottom"))  # besides ORDINALS
SHARE_OF_LONG = 3  # a description that fits shares at least a third of its words
CLOSING_WORDS = 12  # a longer sentence with a navigation word says more than that


def closing_thanks(text: str, step: Step) -> bool:
    """Among the options or after them, a short thanks that names nothing ("prima zo, dank je
    wel, hier kan ik mee verder"): agreeing."""
    if step not in (Step.OPTIONS, Step.SUMMARY) or len(text.split()) > CLOSING_WORDS:
        return False
    rest = CLOSING_RE.sub(" ", text)  # "dank, dit helpt": the thanks carry no effect
    return bool(CLOSING_RE.search(text)) and no_measure(text) and not has_direction(rest)


def without_closing(text: str) -> str:
    """``text`` without closing thanks in its last sentences, when something else is left."""
    pieces = split_sentences(text)
    while len(pieces) > 1 and CLOSING_RE.search(pieces[-1]) and no_measure(pieces[-1]):
        pieces = pieces[:-1]
    return ". ".join(pieces) if len(pieces) < len(split_sentences(text)) else text


def _moves_to_a_later_step(text: str, step: Step) -> bool:
    """Whether the first sentence of ``text`` only names a later step to go to ("ok options.
    give me some", "ok, opties. ..."): a move, no agreement with the proposals on the table."""
    intent = detect_intent(next(iter(split_sentences(text)), ""))
    target = intent.step if intent.kind == "goto" else None
    return target is not None and target.position > step.position


def _about_other_step(text: str, step: Step) -> bool:
    """Agreeing about the items of another step ("ok die waarden zijn goed" where options are
    proposed, "the actors are fine"): no reference to the proposals on the table."""
    said = set(words(text))
    others = [names for other, names in STEP_WORDS.items() if other not in (step, Step.CASE)]
    return any(said & set(names) for names in others) and not said & set(STEP_WORDS[step])


def described_picks(text: str, session: Session) -> tuple[list[int], str, list[str]]:
    """Proposals picked by what they are about ("I'll take the one about a human making the
    final decision and the one about ..."): their numbers, and the sentences left to read. A
    description names the proposal that shares the most of its words (a word in the title
    counts double); a sentence that picks is no measure of its own, also where one of its
    descriptions fits no proposal (returned as unmatched, so the reply can say so)."""
    if session.step not in PROPOSAL_STEPS or not session.proposals:
        return [], text, []
    picked: list[int] = []
    left: list[str] = []
    unmatched: list[str] = []
    for sentence in split_sentences(text):
        described = [_described(m.group("what")) for m in DESCRIBED_PICK_RE.finditer(sentence)]
        found = [_best_match(what, session) for what in described]
        opens = described and DESCRIBED_PICK_RE.match(sentence.strip()) is not None
        if (any(found) and all(found)) or (described and PICK_LEAD_RE.match(sentence)) or opens:
            picked.extend(n for n in _numbers_before(sentence, session) if n not in picked)
            picked.extend(n for n in found if n and n not in picked)
            unmatched.extend(what for what, n in zip(described, found, strict=True) if n is None)
        elif (what := _noun_one_pick(sentence, session)) is not None:
            number = _best_match(what, session)  # none: read by meaning, or said back
            picked.extend([number] if number and number not in picked else [])
            unmatched.extend([] if number else [what])
        else:
            left.append(sentence)
    return picked, ". ".join(left), unmatched


def _noun_one_pick(sentence: str, session: Session) -> str | None:
    """What a sentence of only "the X one" picks a proposal by ("the appeal one too": "appeal"),
    among the option proposals; a kind or a place ("the human one", "the first one") is read as
    a pick by kind or by place."""
    found = NOUN_ONE_PICK_RE.match(sentence.strip())
    if found is None or session.step != Step.OPTIONS:
        return None
    what = found.group("what").lower()
    if set(words(what)) & (set(KIND_PICK_WORDS) | set(ORDINALS) | PLACE_WORDS):
        return None
    return what


def _numbers_before(sentence: str, session: Session) -> list[int]:
    """Proposals picked by number before the first one picked by what it is about ("neem 1, 2
    en 4, en die voor de boa's", "take 2 and the one about ..."): those numbers too."""
    first = DESCRIBED_PICK_RE.search(sentence)
    head = sentence[: first.start()] if first is not None else ""
    head = re.sub(r"[\s,]*\b(?:and|en|plus|&)?\s*$", "", head, flags=re.IGNORECASE)
    if not re.search(r"\d", head):
        return []
    return [n for n in _last_resolved(proposal_reference(head), session) or [] if n > 0]


def _described(what: str) -> str:
    """What a pick describes, without a judgement after it ("een check van het dashboard vind ik
    goed" describes "een check van het dashboard")."""
    what = PICK_YES_TAIL_RE.sub("", what).strip() or what  # "the one where X - yes"
    return PICK_JUDGED_TAIL_RE.sub("", what).strip() or what


def _best_match(what: str, session: Session) -> int | None:
    """The number of the one proposal that shares the most words with ``what``, when it fits
    (``_fits``: "a sounding board of residents" is not "Point residents to their right to
    object", one word of three and one of the title's four)."""
    said = [stems(w) for w in content_words(what)]
    scores = sorted(
        ((_shared(said, p.text), p.number, p.text) for p in session.proposals), reverse=True
    )
    tied = len(scores) > 1 and scores[1][0] == scores[0][0]
    if not scores or scores[0][0] < MIN_SHARED or tied:
        return None
    return scores[0][1] if _fits(said, scores[0][2]) else None


def _fits(said: list[frozenset[str]], proposal: str) -> bool:
    """Whether a description shares two words with a proposal and a third of its own words,
    more than half of its own words, or half of the title's ("the information evening":
    "Informatieavond"). Two words of a long description are no fit ("an officer checks the
    permit register before any letter goes out" is not "Measure outcomes per group, before
    ...: a standing check"): it is read by meaning, or as a measure of the user's own."""
    theirs = [stems(w) for w in content_words(proposal)]
    found = [mine for mine in said if any(_same(mine, other) for other in theirs)]
    title = [stems(w) for w in content_words(proposal.partition(":")[0])]
    named = [other for other in title if any(_same(mine, other) for mine in said)]
    shared = len(found) >= MIN_SHARED and SHARE_OF_LONG * len(found) >= len(said)
    return shared or 2 * len(found) > len(said) or 2 * len(named) >= max(len(title), 1)


def _shared(said: list[frozenset[str]], proposal: str) -> int:
    title, _, body = proposal.partition(":")
    score = 0
    for weight, part in ((2, title), (1, body)):
        theirs = [stems(w) for w in content_words(part)]
        hits = [mine for mine in said if any(_same(mine, other) for other in theirs)]
        score += weight * len(hits)
        said = [mine for mine in said if mine not in hits]
    return score


def _same(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    return any(stems_match(a, b) for a in mine for b in theirs)


def read_references(text: str, session: Session, reading: Reading) -> str | None:
    """Record a reference to the proposals on the table; what is left to read (None when the
    message was only that). Among options, sentences that judge proposals by their place ("de
    eerste vind ik niks, twee en drie wel") are read first: their picks join the others."""
    if numbered_own_list(text):
        return text  # "1. heatmap niet openbaar ...\n2. ...": the user's own list, no picks
    numbers = offered_numbers(session) if session.step == Step.OPTIONS else []
    verdicts = proposal_verdicts(text, numbers)
    if not verdicts.found:
        return _read_references(text, session, reading)
    left = verdicts.rest
    rest = _read_references(left, session, reading) if left else None
    reading.reference = _with_verdicts(reading.reference, verdicts, numbers)
    reading.refused = sorted({*reading.refused, *verdicts.refused})  # off the table
    if verdicts.taken and _ends_closing(words(text.lower())):
        reading.intent = Intent("done")  # "1, 2 en 3 prima, klaar": taken, and finished
    reading.agreed_only = reading.agreed_only and not verdicts.taken
    return rest


def _with_verdicts(
    reference: list[int] | None, verdicts: Verdicts, numbers: list[int]
) -> list[int] | None:
    """The picks of the message with those its verdicts take and without those they turn down
    ([] is every proposal)."""
    if reference == []:
        reference = list(numbers)
    picked = [*(reference or []), *verdicts.taken]
    kept = [n for n in dict.fromkeys(picked) if n not in verdicts.refused]
    return sorted(kept) or None


def recognised_prompt(text: str, session: Session) -> tuple[list[int] | None, str | None]:
    """The effect prompts a message takes ("ja dat tweede herken ik wel", "1 and 3, for the
    drivers") and the one actor it names with them; (None, None) when it takes none."""
    lowered = normalise(text)
    named = [a for a in session.actors if a.name.lower() in lowered]
    for actor in named:
        lowered = lowered.replace(actor.name.lower(), " ")
    left = [w for w in words(lowered) if w not in RECOGNISING]
    reference = proposal_reference(" ".join(left)) if left else None
    if reference is None or len(named) > 1:
        return reference, None
    return reference, named[0].id if named else None


# Moves that, said with agreeing after effect prompts ("fine, go on"), take none of them.
PROMPT_PASSING_INTENTS = ("next", "goto", "back", "done")


def _read_prompt_reference(text: str, session: Session, reading: Reading) -> str | None:
    """The effect prompts a message takes; a move said with agreeing ("fine, go on", "ok,
    volgende") takes none and is read on as the move it is."""
    reading.reference, reading.prompt_actor = recognised_prompt(text, session)
    if reading.reference == [] and detect_intent(text).kind in PROMPT_PASSING_INTENTS:
        reading.reference = None
    reading.agreed_only = reading.reference == [] and agreed_only(text)
    if reading.reference is None:
        return _prompt_taken_first(text, session, reading)
    return None


def _prompt_taken_first(text: str, session: Session, reading: Reading) -> str:
    """A first sentence that takes effect prompts by number before more is told ("yes the
    second one fits. also officers might ..."): the pick, and the rest to read."""
    pieces = split_sentences(text)
    if len(pieces) < 2:
        return text
    reference, actor = recognised_prompt(pieces[0], session)
    if not reference:
        return text  # none, or only agreeing words ("ja. ...")
    reading.reference, reading.prompt_actor = reference, actor
    return " ".join(pieces[1:])


def _read_references(text: str, session: Session, reading: Reading) -> str | None:
    if any(p.kind == "effect" for p in session.proposals):
        return _read_prompt_reference(text, session, reading)
    text = without_closing(text)  # "fine, add your other ideas. Thanks, this was useful!"
    picked, rest, unmatched = described_picks(text, session)
    if picked or unmatched:  # "I'll take the one about ... and the one about ..."
        reading.reference = picked or None
        reading.unmatched_picks.extend(unmatched)
        return rest or None
    firsts = first_of_each_kind(text, session)
    if firsts is not None:  # "doe van elke soort de eerste. Plus eentje van mij: ..."
        reading.reference, rest = firsts
        return rest or None
    if PROPOSALS_ASKED_RE.search(text) and _about_other_step(text, session.step):
        return text  # "doe eens een voorstel voor opties" among the values: for that step
    reading.refused = refused_numbers(text) if session.step == Step.OPTIONS else []
    but = all_but(text, session)  # "take them all except the last one"
    reading.reference = but or _last_resolved(proposal_reference(text), session)
    if reading.reference == [] and names_the_chosen(text, session):
        reading.reference = None  # "ja die twee" after choosing two: those, and go on
        return text
    if reading.reference is not None and _about_other_step(text, session.step):
        reading.reference = None  # "ok die waarden zijn goed" among the option proposals
        if _moves_to_a_later_step(text, session.step):
            return text  # "ok options. give me a numbered list" among the values: a move
        reading.intent = Intent("affirm")
        return None
    if reading.reference == [] and moves_on(text, session):
        reading.reference = None  # "ok" after choosing: move on, adopt nothing
        return text
    reading.agreed_only = reading.reference == [] and agreed_only(text)
    if reading.reference is not None:
        closing = _ends_closing(words(text.lower())) and not reading.refused  # not "2 vind ik niks"
        if session.step == Step.OPTIONS and closing:
            reading.intent = Intent("done")  # "1, 2 en 3 prima, klaar": taken, and finished
        return None
    lead = agreeing_lead(text) if session.step in PROPOSAL_STEPS else None
    lead = lead or _agreeing_to_asked(text, session)
    if lead is None:
        return _trailing_reference(text, session, reading)
    reference, opening, rest = lead  # "those sound right, and I'd add autonomy"
    reading.reference = _last_resolved(reference, session)
    if reading.reference == [] and names_the_chosen(opening, session):
        reading.reference = None  # "ja die twee plus doelmatigheid": those two and one more
        return rest
    if reading.reference == [] and moves_on(opening, session):
        reading.reference = None  # "ok options. some ideas: ..." after choosing: going on
        return text if _moves_to_a_later_step(opening, session.step) else rest
    every = ALL_OF_THEM_RE.search(opening) is not None  # "take them all, but I'd add ..."
    reading.agreed_only = reading.reference == [] and not every  # more to say: the strongest few
    if CLOSING_RE.match(rest.strip()) and no_measure(rest):  # "prima zo, dank je wel, ..."
        reading.reference = None if moves_on(opening, session) else reading.reference
        reading.intent = Intent("affirm")
        return None
    return rest


NUMBERED_LINE_RE = re.compile(r"^\s*\d{1,2}\s*[.):]\s+(?P<said>\S.*)$")
OWN_LINE_WORDS = 4  # a numbered line that says this much is an item, not a verdict on a pick


def numbered_own_list(text: str) -> bool:
    """Whether ``text`` is a numbered list of the user's own items, two lines or more, each
    saying something of its own ("1. kaart niet openbaar, ...\n2. binnen 2 dagen een bericht
    ..."): its numbers count the lines, they pick no proposal ("1. ja\n2. nee" does)."""
    lines = [line for line in text.splitlines() if line.strip()]
    numbered = [m for line in lines if (m := NUMBERED_LINE_RE.match(line)) is not None]
    if len(numbered) < 2:
        return False
    return all(len(words(m.group("said"))) >= OWN_LINE_WORDS for m in numbered)


def first_of_each_kind(text: str, session: Session) -> tuple[list[int], str] | None:
    """Option proposals picked by their kind: the first of every kind ("doe van elke soort de
    eerste", "the first one of each kind") or one of a kind named ("take your first human
    one"): their numbers, and the other sentences to read."""
    if session.step != Step.OPTIONS or not session.proposals:
        return None
    pieces = split_sentences(text)
    by_kind: dict[str, list[int]] = {}
    for proposal in sorted(session.proposals, key=lambda p: p.number):
        by_kind.setdefault(proposal.option_kind or "", []).append(proposal.number)
    picked: list[int] = []
    picking = []
    for piece in pieces:
        if FIRST_OF_EACH_KIND_RE.search(piece):
            picked.extend(numbers[0] for kind, numbers in by_kind.items() if kind)
        elif found := _picked_by_kind(piece, by_kind):
            picked.extend(found)
        else:
            continue
        picking.append(piece)
    if not picked:
        return None
    rest = ". ".join(p for p in pieces if p not in picking)
    return sorted(set(picked)), rest


def _picked_by_kind(sentence: str, by_kind: dict[str, list[int]]) -> list[int]:
    """Proposals taken by their place among those of one kind ("take your first human one",
    "neem de tweede ontwerp-optie"): the first, or the second where so said."""
    found: list[int] = []
    for match in KIND_PICK_RE.finditer(sentence):
        if KIND_PICK_VERB_RE.search(sentence[: match.start()]) is None:
            continue  # "the human option: staff learn ...": a measure announced
        kind = match.group("kind") or match.group("adjective")
        numbers = by_kind.get(KIND_PICK_WORDS.get(kind.lower(), ""), [])
        place = match.group("place") or match.group("adjective_place") or ""
        second = place.lower() in ("second", "tweede")
        if len(numbers) > int(second):
            found.append(numbers[int(second)])
    return found


def _agreeing_to_asked(text: str, session: Session) -> tuple[list[int], str, str] | None:
    """A first sentence of only agreeing words, right after the user asked for option
    proposals ("Goed. Voeg nog toe dat ..."): taking them, and the rest to read. Elsewhere a
    bare "ok." opens too many answers to take every proposal."""
    if session.step != Step.OPTIONS or not session.meta.get("options_asked"):
        return None
    opened = AGREEING_SENTENCE_RE.match(text.strip())
    if opened is None:
        return None
    return [], text.strip()[: opened.end()].strip(), text.strip()[opened.end() :]


def _trailing_reference(text: str, session: Session, reading: Reading) -> str:
    """A message that ends by picking proposals by number ("... en samen met de bieb
    spreekuren houden. 1 en 2 van jou ook.", "Plus a rule of my own. And take 3 as well."):
    the pick, and the sentences before it to read."""
    if session.step not in PROPOSAL_STEPS:
        return text
    pieces = split_sentences(text)
    if len(pieces) < 2:
        return text
    reference = _last_resolved(proposal_reference(pieces[-1]), session)
    if not reference:
        return text  # none, or only agreeing words ("... ok?")
    reading.reference = reference
    return ". ".join(pieces[:-1])


def without_pick_changes(reading: Reading) -> None:
    """Where proposals were taken by number, the parts left that only change or limit one of
    them ("..., maar dan zonder die jaarlijkse audit", "the first one only if ..."): no
    measures of their own."""
    if reading.reference:
        reading.options = [o for o in reading.options if not PICK_CHANGE_RE.match(o.text)]
