"""What the user wants with a turn: answer the question, move, edit, or something else.

Rule-based and bilingual, so it works the same with and without a generative model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.session import Step
from assistant.language.cues.conversation import (
    ACK_LEAD_RE,
    AFFIRM,
    AFFIRM_MAX_WORDS,
    AFFIRM_WORDS,
    BACK,
    BEHIND_EFFECTS_RE,
    COMMAND_SPELLING,
    DONE,
    DONE_QUESTION_RE,
    EXPORT_RE,
    FILLER_TAIL_RE,
    NEXT,
    NEXT_LEAD,
    NEXT_STEP_QUESTION_RE,
    NEXT_TYPO_WORDS,
    NO,
    NO_WORDS,
    ON_WITH_STEP_RE,
    SCOPE_STEP_WORDS,
    STEP_CLOSED_RE,
    STEP_WORDS,
    SUMMARY_ASK_RE,
    TECHNOLOGY_PART_WORDS,
    TERM_MEANING_RE,
    THANKS_RE,
    THEN_STEP_RE,
    WHO_STEP_RE,
)
from assistant.language.cues.grammar import DROP_OUT_VERBS, VERB_WORDS
from assistant.language.cues.references import SHORT_HEDGE_LEAD_RE, SHORT_HEDGE_RE, THANKS
from assistant.language.cues.regrouping import AS_A_WHOLE_RE, MOSTLY_LEAD_RE
from assistant.language.textparts import normalise, one_typo, word_count, words
from assistant.method.reading.asides import (
    about_approach,
    help_topic,
    is_offtopic,
    language_switch,
    privacy_question,
    step_of_term,
)

# Words after a short request that add nothing to it ("volgende dan", "next please", "waarden
# dan maar").
COURTESY = frozenset(("graag", "please", "pls", "plz", "alsjeblieft", "alstublieft", "aub", "svp",
                      "dan", "then", "nu", "now", "maar"))  # fmt: skip
COURTESY_REACH = 6
SPELLING_REACH = 5
SPELLING_ORDER = tuple(sorted(COMMAND_SPELLING))  # the same word wins every time, sorted once
# Words after the term a meaning is asked of ("wat houdt X eigenlijk in?"), and pointers that
# name no term ("wat betekent dat?").
TERM_TAIL_WORDS = frozenset(
    ("eigenlijk", "precies", "hier", "dan", "nou", "here", "exactly", "then")
)  # fmt: skip
POINTER_TERMS = frozenset(("dat", "dit", "het", "that", "this", "it"))

VERDICT_PATTERNS = (
    r"\b(is|zijn|vind je|vindt u)\b.{0,40}\b(on)?ethisch\b",
    r"\bethisch (verantwoord|goed|fout|toelaatbaar)\b",
    r"^(mag|mogen)\s+(dit|dat|het|zoiets)\b",
    r"\b(mag|mogen)\s+(we|wij|ik|ze|zij|de \w+)\s+(dit|dat|zoiets|het)\b",
    r"\b(is|zijn)\s+(dit|dat|het)\b.{0,20}\b(toegestaan|verantwoord|acceptabel|oké|ok|"
    r"goed of fout)\b",
    r"\bja of nee\b",
    r"\b(moeten|moet|kunnen|kan)\s+(we|wij|ik|de \w+)\s+(dit|dat|het)\s+"
    r"(?:(?:nou|nu|eigenlijk|echt|überhaupt|uberhaupt|wel|niet)\s+)*(doen|gebruiken|invoeren|maken)\b",
    r"\bis (this|it|that)\b.{0,40}\b(un)?ethical\b",
    r"\b(un)?ethical or not\b|\b(on)?ethisch of niet\b",
    r"\b(is|are)\s+(this|it|that|they|we)\b.{0,25}\b(allowed|acceptable|permissible|okay|ok|"
    r"right or wrong|legitimate)\b",
    r"\b(should|may|can)\s+(we|i|the \w+)\s+(?:(?:even|really|actually|still|ever)\s+)*"
    r"(do|use|deploy|introduce)\s+(this|it|that)\b",
    r"\byes or no\b",
    # not "naar uw oordeel" ("which values, in your view?"): whose view, no verdict asked
    r"(?<!naar )(?<!volgens )\b(your|jouw|uw|een) (verdict|oordeel)\b",
    # the assistant asked to choose in the user's place ("wat zou jij doen?", "would you do
    # it?"); "wat zou jij doen als opties?" asks for proposals
    r"^(en\s+|and\s+|maar\s+|but\s+)?(wat|what)\s+(zou|zoudt|would)\s+(jij|je|u|you)\s+"
    r"(doen|do|kiezen|choose)(\s+(hier|here|in mijn plaats|in my place|then|dan))?\W*$",
    r"^(en\s+|and\s+)?(zou|would)\s+(jij|je|u|you)\s+(het|dit|dat|it|this|that)\s+"
    r"(doen|invoeren|gebruiken)\W*$",
    r"^(and\s+)?would\s+you\s+(do|use|introduce)\s+(it|this|that)\W*$",
    # the same with the choice or the condition after it ("wat zou jij doen, doorgaan of
    # stoppen?", "zou jij dit invoeren als je hier werkte?")
    r"^(en\s+|and\s+)?(wat|what)\s+(zou|zoudt|would)\s+(jij|je|u|you)\s+(doen|do),\s+[^?]{0,40}"
    r"\b(doorgaan|stoppen|ermee|continue|stop|go on|carry on|with it)\b",
    r"\b(zou|would)\s+(jij|je|u|you)\s+(het|dit|dat|it|this|that)\s+(doen|invoeren|gebruiken|"
    r"do|use|introduce|roll out)\s+(als|if)\b",
    # a decision asked as either-or ("moeten we dit nou breed uitrollen of niet?", "should we
    # roll this out or not?", "should we even charge for it?")
    r"\b(moeten|moet|kunnen|gaan|zullen|should|shall|must)\s+(we|wij|ik|i)\s+([^?,.]{0,15}\s)?"
    r"(dit|dat|het|this|it|that|ermee|de pilot|the pilot)\b[^?,.]{0,40}\b(of niet|wel of niet|"
    r"or not)\b",
    r"\b(moeten|moet|should)\s+(we|wij)\s+(even|überhaupt|uberhaupt|at all)\s+\w+",
    # whether it is the right thing ("doen we hier goed aan?", "are we doing the right thing?",
    # "is a model the right tool here at all?", "is het wel onze taak om ...?")
    r"\b(doen|doe)\s+(we|wij|ik)\s+(hier\s+|er\s+|daar\s+|hiermee\s+)?(wel\s+)?goed\s+aan\b",
    r"\b(are we|we'?re|am i|i'?m)\s+doing\s+the\s+right\s+thing\b",
    r"^(\w+,\s*)?(is|are)\s+[^?,.]{1,40}\s+the\s+right\s+(thing|tool|choice|way|call|answer)\b",
    r"^(\w+,\s*)?(is|are|zijn)\s+(this|it|that|dit|het|dat)\s+(even|really|überhaupt|uberhaupt|"
    r"eigenlijk\s+wel|wel|eigenlijk)\s+(needed|necessary|nodig|onze\s+taak|our\s+(job|task|role))\b",
)
# A judgement of the whole asked, where the message has a question mark ("is dit
# proportioneel?", "would you say it's irresponsible to ...?", "is ranking stops by algorithm
# OK?"); not "is het ok als ik ...?".
JUDGEMENT_ASKED_RE = re.compile(
    r"^([^,]{1,30},\s*)?"
    r"(is|are|zijn|would you say (it'?s|this is|that'?s)|vind (je|jij|u) (dit|het|dat))\b[^?]{0,70}"
    r"\b(ok|okay|oké|proportional|proportionate|proportioneel|(ir)?responsible|(on)?verantwoord|"
    r"justified|gerechtvaardigd|legitimate|legitiem|acceptable|acceptabel|discrimination|"
    r"discriminatie|discriminerend|discriminatory)\b(?!\s+(als|if|dat|that|with|met)\b)[^?]{0,45}$"
)
# Asked whether it is allowed ("kun je zeggen of dit juridisch mag?", "can you tell me whether
# this is legal?"); a question only: "ouders twijfelen of het mag" is an effect.
ALLOWED_QUESTION_RE = re.compile(
    r"\b(?:of|whether)\s+(?:dit|dat|het|this|it|that)\s+(?:(?:juridisch|wettelijk|ethisch)\s+)?"
    r"(?:mag|toegestaan is|legaal is|is\s+(?:legal|allowed|lawful))\b"
    # "kun je zeggen of het ethisch is om ...", "tell me whether it is responsible to ..."
    r"|\b(?:of|whether)\s+(?:dit|dat|het|this|it|that)\s+(?:is\s+)?(?:ethisch|verantwoord|"
    r"ethical|responsible|acceptabel|acceptable)\s+(?:is\b|to\b|om\b)"
)
# A demand to declare the case fine, at any length ("just tell me it is ethical so I can put it
# in my memo", "zeg nou gewoon dat het mag").
DEMANDED_VERDICT_RE = re.compile(
    r"^(?:(?:just|please|so|then|dus|nou|gewoon|even|maar|dan)\s+)*"
    r"(?:tell me|tell us|say|confirm|zeg|bevestig)\b.{0,20}\b(?:it|this|that|het|dit|dat)\s+"
    r"(?:(?:is|zijn)\b.{0,15}\b(?:(?:un)?ethical|(?:on)?ethisch|fine|ok|okay|allowed|acceptable|"
    r"toegestaan|verantwoord|in orde)|mag|kan)\b",
    re.IGNORECASE,
)
_EDIT_FILLER = (
    r"(?:(?:hm+|ah|oh|o|actually|eigenlijk|wacht|wait|sorry|oops|toch|ok[eé]?|oké|okay|please|"
    r"graag|nee|no)[,.!]?\s+)*"
)
_REMOVE_VERB = r"(?:verwijder|schrap|wis|remove|delete|drop|strike)"
# "verwijder X, ik bedoel eigenlijk Y", "scratch X, I mean Y": the item removed for another.
REMOVED_FOR_RE = re.compile(
    r"^" + _EDIT_FILLER + r"(?:verwijder|schrap|wis|remove|delete|drop|strike|scratch)"
    r"\s+(?P<old>[^,.;]+?)\s*(?:[,;.]\s*|\s+)"
    r"(?:ik bedoel(?:de)?|i mean|i meant)(?:\s+(?:eigenlijk|actually|really))?[,:]?\s+"
    r"(?P<new>[^.;]+)$",
    re.IGNORECASE,
)
REMOVE_RE = re.compile(
    r"^" + _EDIT_FILLER + _REMOVE_VERB + r"\s+(?P<target>.+?)"
    r"(?:\s+(?:weg|eruit))?$"
    r"|^" + _EDIT_FILLER + r"haal\s+(?P<target2>.+?)\s+(?:maar\s+|toch\s+)?(?:weg|eruit)$"
    r"|^(?P<target3>[\w'-]+(?:\s+[\w'-]+){0,2})\s+(?:eruit|er\s+uit|out)$",  # "efficiëntie eruit"
    re.IGNORECASE,
)
# "Wacht, niet X maar Y", "sorry, not X but Y", "nee wacht, niet X maar Y": a correction after
# a word or two that announce it.
_CORRECTION_LEAD = (
    r"^(?:(?:oh|o|ah|hm+|ehm|uhm|en|and)\b\s*[,!]?\s+){0,2}"  # "oh en eigenlijk niet X maar Y"
    r"(?:(?:wacht|wait|o nee|oh no|oops|sorry|pardon|correctie|correction|actually|eigenlijk|"
    r"nee|no)\b(?:\s+(?:op|on|for|bij|to)\s+(?:de|het|the)\s+\w+)?\s*[,:!\-–—]?\s+){0,2}"
    r"(?:(?:i must|i have to|i need to|let me|ik moet|even)\s+(?:even\s+)?"
    r"(?:correct|corrigeren|verbeteren)(?:\s+(?:this|that|dit|dat))?\s*[,:!]?\s+)?"
    r"(?:(?:it is|it's|it was|that is|that's|het is|het was|dat is|dat was)\s+)?"
)
# "het is niet zo dat ze er slechter van worden, maar ...", "it's not that drivers are worse
# off, but ...": a clause denied, no item to correct.
_NO_CLAUSE = (
    r"(?!zo\s+dat\b|zozeer\b|dat\s+(?:ze|zij|we|wij|hij|het|er|ik|je|men)\b|"
    r"that\s+(?:they|we|it|he|she|i|you|people|there)\b|so\s+much\s+that\b|"
    r"that\s+(?:\w+\s+){1,3}(?:are|is|were|was|will|would|get|gets|have|has|lose|loses)\b)"
)
CORRECT_RES = (
    # "correctie: niet X, die zit er niet bij. Ik bedoelde Y", "not "X", I meant Y"
    re.compile(
        _CORRECTION_LEAD + r"(?:niet|not)\s+(?!alleen\b|enkel\b|only\b|just\b)(?P<old>[^,.;]+?)"
        r"\s*[,;.]\s*(?:[^.;]{0,80}[.;]\s*)?(?:ik bedoel(?:de)?|i mean|i meant)"
        r"(?:\s+(?:eigenlijk|actually|really))?\s+(?P<new>[^.;]+)",
        re.IGNORECASE,
    ),
    re.compile(
        _CORRECTION_LEAD
        + r"niet\s+(?!alleen\b|enkel\b)"
        + _NO_CLAUSE
        + r"(?P<old>.+?),?\s+maar\s+(?P<new>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        _CORRECTION_LEAD
        + r"not\s+(?!only\b|just\b)"
        + _NO_CLAUSE
        + r"(?P<old>.+?),?\s+but\s+(?P<new>.+)$",
        re.IGNORECASE,
    ),
    # "correction - not X, it's Y", "nee, niet X, het is Y": the new name after "it is".
    re.compile(
        _CORRECTION_LEAD + r"niet\s+(?!alleen\b|enkel\b)(?P<old>.+?)\s*[,;]\s*(?:het is|het zijn|"
        r"het was|dat is|dat zijn|het gaat om|wel)\s+(?P<new>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        _CORRECTION_LEAD + r"not\s+(?!only\b|just\b)(?P<old>.+?)\s*[,;]\s*(?:it's|it is|it was|"
        r"that's|that is|they are|they're|rather)\s+(?P<new>.+)$",
        re.IGNORECASE,
    ),
    # "ipv ouders bedoel ik eigenlijk ouders/verzorgers", "instead of X I actually mean Y"
    re.compile(
        _CORRECTION_LEAD + r"(?:ipv|i\.p\.v\.?|in plaats van|instead of|rather than)\s+"
        r"(?P<old>[^,.;]+?)\s*,?\s+"
        r"(?:bedoel(?:de)? ik|i (?:actually |really )?mean(?:t)?|moet (?:het|er) )"
        r"(?:\s*(?:eigenlijk|actually|really|zijn|staan))?\s+(?P<new>[^.;]+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:verander|wijzig|vervang|change|replace|rename)\s+(?P<old>.+?)\s+"
        r"(?:in|naar|door|to|into|with|by)\s+(?P<new>.+)$",
        re.IGNORECASE,
    ),
)
# What follows the new name and describes it or goes on: not part of the name ("Y, die ...",
# "Y, a Dutch firm", "Y. Die ...").
DESCRIBED_RE = re.compile(
    r",\s*(?:die|dat|wie|who|which|that|want|omdat|because|a|an|een|they|ze|zij|he|she|hij)\b|"
    r"[.;!]\s",
    re.I,
)
MAX_PARTS_IN_A_ROW = 3  # replies and moves in a row: "Nee. Dat was het. Naar de samenvatting."
GOTO_RE = re.compile(
    r"^(?:(?:ga|gaan|spring|terug|door|verder|we gaan|dan|over|on|let's go|lets go|now)\s+)?"
    r"(?:naar|to)\s+(?:de\s+|het\s+|the\s+)?"
    r"(?:stap\s+|step\s+)?(?P<step>[\w -]+)$"
    r"|^(?:go|jump|skip|move|back|return)\s+(?:back\s+)?to\s+(?:the\s+)?(?:step\s+)?"
    r"(?P<step2>[\w -]+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Intent:
    """``kind`` is one of: empty, answer, next, back, goto, remove, correct, affirm, done, no,
    verdict, offtopic, help (about a step), about (the approach as a whole), pause (only a
    greeting or filler: "hmm", "hoi"), language, export (how to export or share the session),
    overview (a summary asked for: what the session holds so far)."""

    kind: str
    step: Step | None = None
    target: str = ""
    replacement: str = ""
    language: str = ""


def step_from_words(text: str) -> Step | None:
    cleaned = normalise(text)
    for step, names in STEP_WORDS.items():
        if any(
            cleaned == n or cleaned.endswith(" " + n) or cleaned.startswith(n + " ") for n in names
        ):
            return step
    return Step.ACTORS if WHO_STEP_RE.match(cleaned) else None


def detect_intent(text: str, domain_words: set[str] | None = None) -> Intent:
    """Classify one user message; ``domain_words`` (case, actors, values) help spot off-topic."""
    cleaned = normalise(text)
    if not cleaned:
        return Intent("empty")
    for detector in (_language, _verdict, _move, _edit, _export, _short_reply, _help):
        intent = detector(text, cleaned)
        if intent is not None:
            return intent
    slipped = _spelled_right(cleaned)
    if slipped != cleaned:  # "ga vedrer", "naar de optes": a move or reply typed with a slip
        for detector in (_move, _short_reply):
            intent = detector(slipped, slipped)
            if intent is not None:
                return intent
    in_a_row = _replies_then_move(text)  # "nee dat is het wel. kun je een samenvatting maken?"
    if in_a_row is not None:
        return in_a_row
    if is_offtopic(text, cleaned, domain_words or set()):
        return Intent("offtopic")
    return Intent("answer")


MOVES = ("next", "back", "goto", "export", "overview")


def _replies_then_move(text: str) -> Intent | None:
    """A message of a few sentences that each only reply or move ("Nee, dat was het. Door naar
    de samenvatting.", "ok thanks. can you summarise?"): the last move it asks for."""
    parts = [p for p in re.split(r"(?<=[.!?;])\s+|\n+", text.strip()) if normalise(p)]
    if not 1 < len(parts) <= MAX_PARTS_IN_A_ROW:
        return None
    found = [_reply_or_move(part) for part in parts]
    if any(intent is None for intent in found):
        return None
    moves = [i for i in found if i is not None and i.kind in MOVES]
    return moves[-1] if moves else None


def _reply_or_move(part: str) -> Intent | None:
    cleaned = normalise(part)
    for detector in (_move, _export, _short_reply):
        intent = detector(part, cleaned)
        if intent is not None and intent.kind in (*MOVES, "affirm", "done", "no", "thanks"):
            return intent
    return None


def _spelled_right(cleaned: str) -> str:
    """A short message with each word one slip away from a command word put right."""
    tokens = cleaned.split()
    if len(tokens) > SPELLING_REACH:
        return cleaned
    return " ".join(_command_word(token) for token in tokens)


def _command_word(token: str) -> str:
    bare = token.strip(",.!?;:")
    if bare in COMMAND_SPELLING or len(bare) < 5:
        return token
    match = next((w for w in SPELLING_ORDER if one_typo(bare, w)), None)
    return token.replace(bare, match) if match else token


def _language(text: str, cleaned: str) -> Intent | None:
    language = language_switch(cleaned)
    return Intent("language", language=language) if language else None


def _verdict(text: str, cleaned: str) -> Intent | None:
    if DEMANDED_VERDICT_RE.search(cleaned):
        return Intent("verdict")
    if "?" not in text and word_count(cleaned) > 12:
        return None
    asked = [q.strip() for q in re.split(r"(?<=[?!.])\s+", cleaned) if q.strip()]
    if any(re.search(p, part) for p in VERDICT_PATTERNS for part in [cleaned, *asked]):
        return Intent("verdict")  # also "zijn we klaar? wat zou jij doen?"
    if "?" in text and ALLOWED_QUESTION_RE.search(cleaned):
        return Intent("verdict")
    if "?" in text and any(JUDGEMENT_ASKED_RE.match(part) for part in asked):
        return Intent("verdict")
    return None


def _move(text: str, cleaned: str) -> Intent | None:
    if SUMMARY_ASK_RE.match(cleaned):
        return Intent("overview")  # "kun je samenvatten wat we hebben?": where we are
    if NEXT_STEP_QUESTION_RE.match(cleaned):
        return Intent("next")  # "what's the next step?": going there answers it
    named = _step_asked_for(cleaned)
    if named is not None:
        return Intent("goto", step=named)
    plain = _without_courtesy(cleaned)  # "volgende stap graag", "next step please"
    if plain != cleaned and len(plain.split()) == 1 and plain not in NEXT:
        step = _step_named(plain)  # "opties dan", "values please": to that step
        if step is not None:
            return Intent("goto", step=step)
    cleaned = plain
    *lead, last = cleaned.split() or [""]
    only_lead = word_count(cleaned) <= 4 and all(w.strip(",.!") in NEXT_LEAD for w in lead)
    if cleaned in NEXT or (only_lead and last in ("volgende", "next", "verder")):
        return Intent("next")
    if word_count(cleaned) == 1 and any(one_typo(cleaned, w) for w in NEXT_TYPO_WORDS):
        return Intent("next")  # "volgnde", "verdre"
    if cleaned in BACK or (word_count(cleaned) <= 3 and cleaned.split()[0] in ("terug", "back")):
        return Intent("back")
    then = THEN_STEP_RE.match(ACK_LEAD_RE.sub("", cleaned)) or THEN_STEP_RE.match(cleaned)
    if then and (step := _step_named(then.group("step").lower())) is not None:
        return Intent("goto", step=step)  # "ok, dan de waarden", "then the options"
    acked = ACK_LEAD_RE.sub("", cleaned)  # "ok, door naar de opties"
    if acked != cleaned and word_count(acked) == 1:
        step = _step_named(acked.strip(" .!").lower())  # "ok, waarden", "right, options"
        if step is not None:
            return Intent("goto", step=step)
    cleaned = acked
    if cleaned.rstrip(" .!") in NEXT:
        return Intent("next")  # "fine, go on", "prima, ga door"
    match = GOTO_RE.match(cleaned) if word_count(cleaned) <= 8 else None
    if match:
        step = step_from_words(match.group("step") or match.group("step2") or "")
        if step is not None:
            return Intent("goto", step=step)
    return None


def _step_asked_for(cleaned: str) -> Step | None:
    """A step asked for in words of going on ("ga door met de opties", "ok, maatregelen dan",
    "go on with the options"), by its question ("wat zit daarachter?": the values) or by what it
    gives ("kun je een samenvatting maken?": the summary)."""
    if BEHIND_EFFECTS_RE.match(cleaned):
        return Step.VALUES
    with_step = ON_WITH_STEP_RE.match(cleaned)
    if with_step is not None:
        return _step_named(with_step.group("step").lower())
    unled = ACK_LEAD_RE.sub("", cleaned)
    plain = _without_courtesy(unled)  # "ok, maatregelen dan", "right, values please"
    if unled != cleaned and plain != unled and len(plain.split()) == 1 and plain not in NEXT:
        return _step_named(plain)
    return None


def _step_named(word: str) -> Step | None:
    """The step one word names ("opties", "values"), exactly."""
    return next((step for step, names in STEP_WORDS.items() if word in names), None)


def _without_courtesy(cleaned: str) -> str:
    """A short request to go on without the courtesy and the word "stap"/"step" after it
    ("volgende stap graag", "graag de volgende stap", "next step please"): "volgende"."""
    tokens = [w.strip(",.!") for w in cleaned.split()]
    if len(tokens) > COURTESY_REACH:
        return cleaned
    while tokens and tokens[-1] in COURTESY:
        tokens.pop()
    if len(tokens) >= 2 and tokens[-1] in ("stap", "step") and tokens[-2] in NEXT:
        tokens.pop()
    return " ".join(tokens) if tokens else cleaned


def _edit(text: str, cleaned: str) -> Intent | None:
    raw = text.strip().strip(".!")
    swapped = REMOVED_FOR_RE.match(raw)
    if swapped:
        return Intent("correct", target=swapped.group("old").strip(" '\""),
                      replacement=swapped.group("new").strip(" '\""))  # fmt: skip
    match = REMOVE_RE.match(raw)
    if match:
        if match.group("target3") and _said_with_verb(match.group("target3")):
            return None  # "kinderen vallen eruit", "people drop out": what happens, no edit
        target = next((t for t in match.group("target", "target2", "target3") if t), "")
        target = target.strip(" '\"")
        if _part_of_the_technology(target):
            return None  # "remove the data broker part - ...": a measure, no edit
        return Intent("remove", target=target)
    for pattern in CORRECT_RES:
        match = pattern.match(raw)
        if match:
            old, new = match.group("old").strip(" '\""), match.group("new").strip(" '\"")
            old, new = AS_A_WHOLE_RE.sub("", old), MOSTLY_LEAD_RE.sub("", new)  # "in general"
            new = DESCRIBED_RE.split(new, maxsplit=1)[0]  # "Y, die de zoekgebieden vaststellen"
            new = FILLER_TAIL_RE.sub("", new) or new  # "maar de bewonersvereniging trouwens"
            return Intent("correct", target=old, replacement=new)
    return None


def _part_of_the_technology(target: str) -> bool:
    """Whether what is to be removed is a part of the technology ("the data broker part", "de
    koppeling met de bank", "de camerafunctie"): a measure, not an item of the session."""
    named = re.split(r"\s+[-–—]\s+|[,.;:]\s", target, maxsplit=1)[0]
    return any(
        w in TECHNOLOGY_PART_WORDS or w.endswith(("functie", "koppeling")) for w in words(named)
    )


def _said_with_verb(name: str) -> bool:
    """Whether the words before "eruit"/"out" hold a verb: they tell what happens."""
    return any(w in VERB_WORDS or w in DROP_OUT_VERBS for w in words(name))


def only_agrees(text: str) -> bool:
    """Whether a piece of a longer message only agrees or closes ("ja dat klopt allemaal",
    "yes that's all correct"): nothing to read, nothing left unread."""
    intent = _short_reply(text, normalise(text))
    return intent is not None and intent.kind in ("affirm", "done")


def _short_reply(text: str, cleaned: str) -> Intent | None:
    plain = _without_thanks(cleaned.replace(",", ""))
    closed = _step_closed(plain)
    if closed is not None:
        return closed  # "I think that's it for effects": on to the step after it
    if plain in AFFIRM:
        return Intent("affirm")
    if plain in DONE or _after_agreeing(plain) or DONE_QUESTION_RE.match(plain):
        return Intent("done")  # "good, that's it", "zijn we klaar?"
    if _closing_after_no(plain):
        return Intent("done")  # "nee dat is het wel", "no, that's all"
    if THANKS_RE.match(cleaned):
        return Intent("thanks")  # "bedankt!", "thanks, this was useful"
    if _affirm_words(plain):
        return Intent("affirm")  # "yes that's good"
    if plain in NO:
        return Intent("no")
    return _short_reply_parts(cleaned)


def _step_closed(plain: str) -> Intent | None:
    """A closing that names the step it closes ("that's it for effects", "dat was het voor de
    actoren", "meer weet ik niet qua waarden"): going to the step after it; None else."""
    said = STEP_CLOSED_RE.search(plain)
    if said is None:
        return None
    word = said.group("step").lower()
    step = next((s for s, names in SCOPE_STEP_WORDS.items() if word in names), None)
    rest = _without_thanks(plain[: said.start()])
    if step is None or not (rest in DONE or _after_agreeing(rest)):
        return None
    return Intent("goto", step=step.next())


def _short_reply_parts(cleaned: str) -> Intent | None:
    """Short replies in a row ("Yes, that's the list. Done.", "ok thats it, done"): done when
    one of them closes and the others agree, else agreeing when all agree."""
    parts = [_without_thanks(p.strip()) for p in re.split(r"[,.;!]+", cleaned) if p.strip()]
    parts = [p for p in parts if p not in THANKS]  # "ok, thanks, that's all"
    if not 1 < len(parts) <= 3:
        return None
    kinds = [_one_short_reply(part) for part in parts]
    if all(kind in ("affirm", "done") for kind in kinds):
        return Intent("done" if "done" in kinds else "affirm")
    return None


def _one_short_reply(part: str) -> str:
    if part in DONE or _after_agreeing(part) or _closing_after_no(part):
        return "done"
    return "affirm" if part in AFFIRM or _affirm_words(part) else ""


def _without_thanks(plain: str) -> str:
    """A short reply without the thanks and the hedge around it: "sounds good thx" is "sounds
    good", "thx, that's it I guess" is "that's it"."""
    unhedged = SHORT_HEDGE_LEAD_RE.sub("", plain, count=1)
    while (shorter := SHORT_HEDGE_RE.sub("", unhedged)) != unhedged:
        unhedged = shorter  # "that's it for me I think": both hedges go
    tokens = unhedged.split()
    while tokens and tokens[-1].strip(".!") in THANKS | {"you", "je", "wel"}:
        tokens.pop()
    while len(tokens) > 1 and tokens[0].strip(".!") in THANKS:
        tokens.pop(0)  # "thx thats it"
    return " ".join(tokens) or plain


def _closing_after_no(plain: str) -> bool:
    """A "no" to "anything else?" followed by a closing ("nee dat is het wel", "no, that's all",
    "nope nothing else")."""
    first, _, rest = plain.partition(" ")
    rest = rest.strip(" ,.!")
    if first.strip(",.!") not in NO_WORDS or not rest:
        return False
    return rest in DONE or bool(_after_agreeing(rest))


def _after_agreeing(plain: str) -> str:
    """What follows the agreeing words a reply starts with: "good that's it" -> "that's it",
    "good. that's all" -> "that's all"."""
    tokens = [w.strip(".!") for w in plain.split()]
    for start in range(1, min(len(tokens), AFFIRM_MAX_WORDS)):
        if all(w in AFFIRM_WORDS for w in tokens[:start]) and " ".join(tokens[start:]) in DONE:
            return " ".join(tokens[start:])
    return ""


def _affirm_words(plain: str) -> bool:
    """A short reply made of agreeing words only ("yes that's good", "ja zo is het goed")."""
    tokens = [w.strip(".!") for w in plain.split()]
    return 0 < len(tokens) <= AFFIRM_MAX_WORDS and all(w in AFFIRM_WORDS for w in tokens)


def _export(text: str, cleaned: str) -> Intent | None:
    """Asking in the chat to export, save or share the session: the way to do it is told."""
    return Intent("export") if EXPORT_RE.match(text.strip()) else None


def _help(text: str, cleaned: str) -> Intent | None:
    if privacy_question(text):
        return Intent("privacy")  # "slaat dit gesprek iets op?": how sessions are kept
    if about_approach(text):
        return Intent("about")  # "wat is begeleidingsethiek?": the approach as a whole
    term = _term_asked(cleaned)
    if term and step_of_term(term) is None:
        return Intent("help", target=term)  # "what does accountability mean here?"
    asks, topic = help_topic(cleaned)
    return Intent("help", step=topic) if asks else None


def _term_asked(cleaned: str) -> str:
    """The word whose meaning ``cleaned`` asks ("" when it asks none)."""
    asked = TERM_MEANING_RE.match(cleaned.strip())
    if asked is None:
        return ""
    tokens = next((t for t in asked.groups() if t), "").strip(" '").split()
    while tokens and tokens[-1].lower() in TERM_TAIL_WORDS:
        tokens.pop()  # "wat houdt proportionaliteit eigenlijk in?"
    term = " ".join(tokens)
    return "" if term.lower() in POINTER_TERMS else term  # "wat betekent dat?": no word named
