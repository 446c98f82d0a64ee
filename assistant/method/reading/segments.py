"""A message cut into the pieces the reader classifies: lines (with the header above a bullet
list), sentences, and for effects the clauses within a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from assistant.domain.session import Step
from assistant.language.cues.actor_names import (
    GENERIC_HEADS,
    NAME_BREAKS,
    NOT_PEOPLE,
    PERSON_PLURAL_ENDINGS,
    PLACE_QUALIFIER_WORDS,
)
from assistant.language.cues.conversation import (
    ADDITION_LEAD_RE,
    HEADER_STEPS,
    LIMITS_HEADER_RE,
    LOOSE_SECTION_RES,
    OBSERVED_HEADER_RE,
    REQUIREMENT_HEADS,
    SCOPE_STEP_WORDS,
    SECTION_LEAD_RE,
    SECTION_RES,
)
from assistant.language.cues.direction import (
    CONCESSION_RE,
    CONTRAST_SPLIT_RE,
    JUDGED_FOR_RE,
)
from assistant.language.cues.direction_labels import (
    DIRECTION_HEADING_RE,
    LABEL_RE,
    NEGATIVE_LABELS,
)
from assistant.language.cues.formal import FORMAL_ACTOR_HEADER_RE, HEDGED_RISK_RE
from assistant.language.cues.grammar import (
    ABBREVIATIONS,
    APPOSITION_RE,
    CLAUSE_JOINER_RE,
    COMPLEMENTISERS,
    CONDITION_WORD_RE,
    CONSEQUENCE_JOINT_RE,
    CONSEQUENCE_RE,
    CONTINUATION_RE,
    COPULAS,
    INVERTED_SUBJECTS,
    NOUN_OR_VERB_WORDS,
    PARTICLE_HOSTS,
    REACTION_RE,
    REFLEXIVES,
    RELATIVE_RE,
    SUBJECT_COMPLEMENTISERS,
    SUBJECT_OPENERS,
    SUBORDINATE_RE,
    TE_INFINITIVE_END_RE,
    UNMARKED_QUESTION_RE,
    UNMARKED_QUESTION_WORDS,
    VERB_WORDS,
)
from assistant.language.cues.measure_leads import KIND_LABEL_RE
from assistant.language.cues.measure_phrasings import OPTION_START_RE
from assistant.language.cues.people import PEOPLE_WORDS
from assistant.language.cues.run_ons import (
    AND_RE,
    DETERMINERS,
    OUTCOME_LEAD_RE,
    PRONOUN_SUBJECTS,
    RUN_ON_JOINT_RE,
    SELF_ASKED_RE,
    WHAT_IF_RE,
)
from assistant.language.textparts import BULLET_RE, words
from assistant.method.reading.polarity import clause_direction, feared

# A sentence ends at . ! ? ; (any case after it), not inside "o.a." or "vd." (nor after an
# abbreviation: ``_after_abbreviation``)
SENTENCE_END_RE = re.compile(r"(?<![A-Za-z]\.[a-z])[.!?;]+\s+")
LAST_WORD_RE = re.compile(r"([\w.]+)$")
SHORT_ITEM = 5
STEP_LABEL_WORDS = 7  # "voor de opties heb ik zelf al wat:"
SUBJECT_WORDS = frozenset((
    "ze", "zij", "hij", "we", "wij", "je", "jij", "u", "ik", "men", "het", "er", "de", "een",
    "die", "dat", "they", "he", "she", "we", "i", "you", "it", "the", "a", "an", "there",
))  # fmt: skip
HEDGE_ADVERBS = frozenset((
    "maybe", "perhaps", "probably", "sometimes", "often", "also", "then", "still", "even",
    "misschien", "mss", "wellicht", "waarschijnlijk", "soms", "vaak", "ook", "dan", "nog", "zelfs",
))  # fmt: skip
NEGATED_TAIL_WORDS = frozenset(("not", "niet", "geen", "never", "nooit", "rather", "instead"))
QUESTION_WORDS = frozenset((
    "when", "where", "what", "who", "how", "why", "wanneer", "waar", "wat", "wie", "hoe", "waarom",
))  # fmt: skip
SHORT_CLAUSE = 3
SHORT_LABEL = 3  # words of a label in front of a clause ("negatief nog:", "risk for us:")
SHORT_TAIL = 2
WRAPPED_LINE = 50  # a line at least this long that stops mid-sentence was wrapped by hand
LINE_LABEL_RE = re.compile(r"^\s*[^:.]{1,40}:")  # "ouders: ...", a line of its own
HEADER_RE = re.compile(r"^\s*(?P<head>[\w ]{3,30}?)\s*:\s*$")
BRACKETED_RE = re.compile(r"\([^()]*\)")
SHIELD = "\x00"  # a comma inside brackets while a piece is cut at its commas
AGENDA_ITEM_RE = re.compile(
    r"^\s*(?:item|punt|agendapunt|agenda item)\s+\d{1,2}\s*[-\u2013:.]\s*", re.I
)
NUMBERED_HEAD_RE = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\w)")  # "2. Observations" over bullets
BARE_HEADER_RE = re.compile(r"^\s*(?P<head>[\w ]{3,30}?)\s*$")
# A header with a remark on it, over bullets ("Effecten, wat ik op de gang hoor:", "Effects (so
# far):", "Stakeholders - as I see them:").
REMARKED_HEADER_RE = re.compile(
    r"^\s*(?P<head>[\w ]{3,30}?)\s*(?:,|\(|\s[-\u2013]\s)[^:]{2,50}:\s*$"
)


@dataclass
class Sentence:
    """One sentence, with the step a header above it names (``Betrokken:`` over a list),
    whether it was a bullet or a line of its own, and whether it is a value or a measure drawn
    from an effect in passing ("dat raakt aan X, dus ..."): those move the conversation on."""

    text: str
    header: Step | None = None
    bullet: bool = False
    line: int = 0
    drawn: bool = False


def sentences(text: str, requirements: bool = True) -> list[Sentence]:
    """Lines, then sentences; a line ``Betrokken:`` gives its step to the bullets below it, a
    label in front ("Opties: ...") to the rest of its line (actors: to its own sentence).
    Without ``requirements`` (the case told) a head of requirements ("Eisen:") names no step."""
    found: list[Sentence] = []
    header: Step | None = None
    numbered = False  # the header has a number ("2. Observations"): the next number ends it
    lines = text.splitlines()
    for number, raw in enumerate(lines):
        if not raw.strip():
            continue
        named = _header_step(raw, lines[number + 1 :], requirements)
        if named is not None or HEADER_RE.match(raw):
            header, numbered = named, NUMBERED_HEAD_RE.match(raw) is not None
            if header is not None:
                continue
        elif numbered and NUMBERED_HEAD_RE.match(raw):
            header, numbered = None, False  # "3. Next meeting: ..."
        bullet = bool(BULLET_RE.match(raw))
        if not bullet:
            header = None if found and not found[-1].bullet else header
        line = _one_list(BULLET_RE.sub("", raw).strip())
        section: Step | None = None
        pieces = split_sentences(line)
        if typed_in_one_go(line, pieces):
            pieces = [p for s in pieces for p in run_on_pieces(s)]
        for index, piece in enumerate(pieces):
            piece = ADDITION_LEAD_RE.sub("", piece, count=1) or piece  # "verder: ..."
            named_only = _step_named_only(piece) if index == 0 and len(pieces) > 1 else None
            if named_only is not None:
                section = named_only  # "Options. Drop the question. ...": the rest is options
                continue
            labelled = section_label(piece)
            if labelled is not None:
                section, piece = labelled
            elif section is not None and _own_label(piece):
                section = None
            step = section if section is not None else header if bullet else None
            found.append(Sentence(piece, step, bullet, number))
            section = None if section == Step.ACTORS else section
    return found


LATER_STEPS = (Step.EFFECTS, Step.VALUES, Step.OPTIONS)


def _one_list(line: str) -> str:
    """A line of actors after a label with its items between semicolons ("people involved:
    residents; the crews doing the visits; the data team"): one list, its items between
    commas, not a list and sentences of their own."""
    labelled = section_label(line) if ";" in line else None
    if labelled is None or labelled[0] != Step.ACTORS:
        return line
    return line.replace(";", ",")


def _step_named_only(piece: str) -> Step | None:
    """The later step a sentence of only its name opens a line with ("Options.", "Opties!")."""
    bare = AGENDA_ITEM_RE.sub("", piece, count=1)  # "Item 2 - Experiences. Ruud: ..."
    step = HEADER_STEPS.get(bare.strip(" .!:").lower())
    return step if step in LATER_STEPS else None


def labelled_bullets(text: str) -> str:
    """``text`` with the bullets below a line that only names a direction ("Good", "Nadelen:")
    labelled with it ("Good: free racks"), so they read as effects whatever step it is."""
    lines = text.splitlines()
    label = ""
    for number, raw in enumerate(lines):
        header = DIRECTION_HEADING_RE.match(raw)
        if header is not None and _bullet_below(lines[number + 1 :]):
            negative = header.group("label").lower().startswith(NEGATIVE_LABELS)
            label = "-" if negative else "+"
            lines[number] = ""
        elif label and BULLET_RE.match(raw):
            lines[number] = f"{label}: {BULLET_RE.sub('', raw).strip()}"
        elif raw.strip():
            label = ""
    return "\n".join(lines)


def _bullet_below(below: list[str]) -> bool:
    return bool(BULLET_RE.match(next((line for line in below if line.strip()), "")))


def _header_step(raw: str, below: list[str], requirements: bool = True) -> Step | None:
    """The step a header line names: "Betrokken:", or a bare word above bullets ("**Who**" over
    a list of names, "Case" over bullets that describe it), also with a remark on it over
    bullets ("Effecten, wat ik op de gang hoor:") or a number in front ("2. Observations");
    a lead of what was seen so far ("What we've seen so far:") names the effects."""
    raw = NUMBERED_HEAD_RE.sub("", raw, count=1)
    if OBSERVED_HEADER_RE.match(raw.strip()):
        return Step.EFFECTS
    if LIMITS_HEADER_RE.match(raw.strip()):
        return Step.OPTIONS  # "Grenzen die we stellen:" over the limits set: measures
    if FORMAL_ACTOR_HEADER_RE.match(raw.strip()):
        return Step.ACTORS  # "Als betrokken actoren worden aangemerkt:" over the names
    head = HEADER_RE.match(raw)
    if head is None:
        head = BARE_HEADER_RE.match(raw) or REMARKED_HEADER_RE.match(raw)
        head = head if _bullet_below(below) else None
    if head is None:
        return None
    said = head.group("head").strip().lower()
    return None if said in REQUIREMENT_HEADS and not requirements else HEADER_STEPS.get(said)


INLINE_NUMBER_RE = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)]\s+")
MIN_NUMBERED = 2
HEDGE_OPENING = 4  # "daartegenover staat dat", "however,": words before a hedged risk


def numbered_lines(text: str) -> str:
    """A numbered list typed on one line ("1. X 2. Y 3. Z") as one item a line; numbers that
    do not count up from 1 ("na 2. ..." , "3 dagen") are left alone."""
    out: list[str] = []
    for line in text.splitlines():
        found = list(INLINE_NUMBER_RE.finditer(line))
        counted = [m for i, m in enumerate(found) if int(m.group("n")) == i + 1]
        label = line[: found[0].start()].strip() if found else ""
        if len(counted) < MIN_NUMBERED or len(counted) != len(found) or not _label(label):
            out.append(line)
            continue
        out.extend([label] if label else [])  # "measures: 1. X 2. Y": the label on its own
        cuts = [m.start() for m in counted] + [len(line)]
        out.extend(line[a:b].strip() for a, b in pairwise(cuts))
    return "\n".join(out)


def _label(before: str) -> bool:
    """Nothing before a numbered list typed on one line, or a label with a colon ("ideas: 1.
    ...")."""
    return not before or before.endswith(":")


def unwrapped(text: str, heading: Callable[[str, list[str]], bool] | None = None) -> str:
    """``text`` with hard-wrapped lines joined: a long line that ends without punctuation and
    a next line that goes on in lower case are one sentence ("Het is\neen pilot"); a line that
    ``heading`` takes for a heading of the lines below it (given the next line) stays a line of
    its own ("monteurs" over "+ sneller aan de slag")."""
    lines = text.splitlines()
    joined: list[str] = []
    for number, line in enumerate(lines):
        before = joined[-1].rstrip() if joined else ""
        goes_on = line[:1].islower() and not BULLET_RE.match(line)
        goes_on = goes_on and not (heading and heading(line, lines[number + 1 : number + 2]))
        labelled = LINE_LABEL_RE.match(line) is not None or _short_labelled(before)
        labelled = labelled or _next_item(before, line)
        labelled = labelled or DIRECTION_HEADING_RE.match(line) is not None  # "min" over bullets
        if goes_on and not labelled and len(before) >= WRAPPED_LINE and before[-1:].isalnum():
            joined[-1] = f"{before} {line.strip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


def _short_labelled(line: str) -> bool:
    """A line with a label in front ("ouders: minder zorgen") whose words after the label are
    too short to have been wrapped; a label over a long paragraph wrapped by hand
    ("Aandachtspunt: fietsers ... dus investeringen\nschuiven richting de auto") is no stop."""
    label = LINE_LABEL_RE.match(line)
    return label is not None and len(line[label.end() :].strip()) < WRAPPED_LINE


def _next_item(before: str, line: str) -> bool:
    """Whether ``line`` opens like the labelled line before it ("groep 1: ..." over "groep 2
    vond ...") or is one word ("handhavers" under "klanten: ..."): the next item of a list, not
    the rest of a wrapped line."""
    label = LINE_LABEL_RE.match(before)
    head, first = words(label.group())[:1] if label else [], words(line)[:1]
    lone = label is not None and len(words(line)) == 1  # "handhavers", a row of a table left empty
    return lone or (bool(head) and head == first)


def section_label(sentence: str) -> tuple[Step, str] | None:
    """The step a label in front names, and the sentence without it; small words in front of
    the label are no part of the sentence ("so options: ...")."""
    lead = SECTION_LEAD_RE.match(sentence)
    for text in (sentence, sentence[lead.end() :] if lead else ""):
        for step, pattern in (*SECTION_RES.items(), *LOOSE_SECTION_RES.items()):
            match = pattern.match(text)
            if match is not None and text[match.end() :].strip():
                return step, text[match.end() :].strip()
    return _step_noun_label(sentence)


def _step_noun_label(sentence: str) -> tuple[Step, str] | None:
    """A short label before a colon that names one step by its noun ("voor opties heb ik al
    wat: ...", "as for the values, I see: ...", "en de effecten die ik zie: ...")."""
    head, colon, rest = sentence.partition(":")
    if not colon or not rest.strip() or len(head.split()) > STEP_LABEL_WORDS or "?" in head:
        return None
    said = set(words(head))
    if said & {"terug", "back", "return", "opnieuw", "again"}:
        return None  # "back to the effects: ..." goes there (the reader's move)
    named = [step for step, nouns in SCOPE_STEP_WORDS.items() if said & set(nouns)]
    return (named[0], rest.strip()) if len(named) == 1 else None


def _own_label(sentence: str) -> bool:
    """A sentence that starts with a label of its own (a direction or an option kind)."""
    return bool(LABEL_RE.match(sentence) or KIND_LABEL_RE.match(sentence))


def split_sentences(line: str) -> list[str]:
    """Sentences of a line; a question keeps its question mark."""
    pieces: list[str] = []
    start = 0
    text = line + " "
    for match in SENTENCE_END_RE.finditer(text):
        if match.group().strip() == "." and _after_abbreviation(text[start : match.start()]):
            continue
        if SELF_ASKED_RE.match(text[start : match.end()]):
            continue  # "who else.. the MT, the works council": asked and answered at once
        if _scenario_then_outcome(text[start : match.start()], match.group(), text[match.end() :]):
            continue  # "wat als de sensor faalt? dan ligt alles stil": one effect
        pieces.append(text[start : match.start()] + ("?" if "?" in match.group() else ""))
        start = match.end()
    pieces.append(text[start:])
    return [_marked(p.strip()) for p in pieces if p.strip(" .!?;")]


def _scenario_then_outcome(asked: str, end: str, rest: str) -> bool:
    """Whether a question asks a scenario whose outcome the next sentence tells ("what if the
    link drops? then nobody closes the gate")."""
    return "?" in end and WHAT_IF_RE.match(asked) is not None and bool(OUTCOME_LEAD_RE.match(rest))


def _marked(piece: str) -> str:
    """A short question typed without its question mark gets one ("wat kunnen we doen..")."""
    short = len(piece.split()) <= UNMARKED_QUESTION_WORDS
    if piece.endswith("?") or not short or not UNMARKED_QUESTION_RE.match(piece):
        return piece
    return piece.rstrip(" .!,;:") + "?"


RUN_ON = 35  # words: a sentence this long without a stop was typed or dictated in one go
RUN_ON_AVERAGE = 50  # words per sentence of a line typed without minding its stops
RUN_ON_LIST = 3  # parts between commas: more of them, mostly no clause, make a list
RUN_ON_PIECE = 6  # words each piece of a run-on keeps at least


def run_on_pieces(sentence: str) -> list[str]:
    """A run-on sentence (far longer than people write with stops) cut at its joints: a comma
    before "en"/"maar"/"and then"/"also", "maar"/"but" before a new subject, "en"/"and" before
    a new subject with its verb, an opinion that starts afresh; a piece shorter than
    ``RUN_ON_PIECE`` words stays with the one before it. Shorter sentences stay whole."""
    if len(sentence.split()) < RUN_ON or _listing(sentence):
        return [sentence]
    joints = [m.start() for m in RUN_ON_JOINT_RE.finditer(sentence)]
    joints += [m.start() for m in AND_RE.finditer(sentence) if _new_clause(sentence[m.end() :])]
    pieces: list[str] = []
    start = 0
    for joint in sorted(set(joints)):
        piece = sentence[start:joint]
        if len(piece.split()) >= RUN_ON_PIECE and len(sentence[joint:].split()) > RUN_ON_PIECE:
            pieces.append(piece)
            start = joint
    pieces.append(sentence[start:])
    cut = [p.strip(" ,") for p in pieces]
    return [p[:1].upper() + p[1:] if i else p for i, p in enumerate(cut) if p]


def typed_in_one_go(line: str, pieces: list[str]) -> bool:
    """Whether a line was typed or dictated without minding its stops: none of its sentences
    starts with a capital ("ik ben teamleider ... maar ik weet ook ..."), or they are extremely
    long on average. A line written with stops and capitals keeps its long sentences whole
    ("Na de storm van vorig jaar, waarbij ..., heeft het college besloten ...")."""
    if not pieces:
        return False
    if len(line.split()) >= RUN_ON_AVERAGE * len(pieces):
        return True
    return not any(p[:1].isupper() for p in pieces)


def _listing(sentence: str) -> bool:
    """Whether a long sentence is a list: three or more parts between commas, most of them no
    clause ("the MT members, staff who join, the works council, ..., and people who file
    requests because ..."), so no run-on of statements."""
    parts = sentence.split(",")
    return len(parts) > RUN_ON_LIST and 2 * sum(not is_clause(p) for p in parts) > len(parts)


def _new_clause(after: str) -> bool:
    """Whether the words after "en"/"and" open a clause of their own: a subject and its verb
    ("en een collega zei", "and the transport company wants", "en ik weet", "en winkeliers
    weten"), not a second name ("en de leverancier van de app")."""
    tokens = words(after.lower())[1:6]
    if not tokens:
        return False
    if tokens[0] in PRONOUN_SUBJECTS:
        return any(t in VERB_WORDS for t in tokens[1:3])
    if tokens[0] in DETERMINERS:
        return any(t in VERB_WORDS for t in tokens[2:4]) and tokens[1] not in VERB_WORDS
    people = tokens[0] in PEOPLE_WORDS or tokens[0].endswith(PERSON_PLURAL_ENDINGS)
    return people and tokens[1:2] != [] and tokens[1] in VERB_WORDS  # "en winkeliers weten"


def _after_abbreviation(before: str) -> bool:
    word = LAST_WORD_RE.search(before)
    return word is not None and word.group(1).lower() in ABBREVIATIONS


def _subject_word(token: str) -> bool:
    """Whether ``token`` can be the subject before a verb: a pronoun or a word for people."""
    if token in PRONOUN_SUBJECTS or token in PEOPLE_WORDS:
        return True
    return token.endswith(PERSON_PLURAL_ENDINGS) and token not in NOT_PEOPLE


def is_clause(text: str) -> bool:
    """Whether ``text`` holds a finite verb (a clause), as opposed to a name or noun phrase."""
    tokens = words(text)
    if any(t in VERB_WORDS for t in tokens):
        return True
    if any(t in NOUN_OR_VERB_WORDS and _subject_word(s) for s, t in pairwise(tokens)):
        return True  # "staff trust the tool too much", "inwoners vertrouwen de uitslag niet"
    if any(t in REFLEXIVES for t in tokens[2:]):
        return True  # "bewoners vragen zich af ...": the word before "zich" is a verb
    return bool(OPTION_START_RE.match(text.strip())) and len(tokens) >= 3


def clauses(sentence: str) -> list[str]:
    """Clauses of one sentence: at "maar"/"but", at ", en"/", and" and at commas between two
    clauses ("als ..., dan ..." stays whole)."""
    if _hedged_risk(sentence):
        return [sentence.strip(" ,")]  # "niet uitgesloten is echter dat X, waarna Y": one risk
    parts: list[str] = []
    for piece in _contrasts(sentence):
        marker = "" if not parts else "maar "
        for sub in _comma_clauses(piece):
            parts.append(marker + sub)
            marker = ""
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


def _hedged_risk(sentence: str) -> bool:
    """A sentence that opens with a hedged risk ("Niet uitgesloten is echter dat ...", "However,
    it cannot be ruled out that ..."): what may happen, with its circumstances, is one risk."""
    hedge = HEDGED_RISK_RE.search(sentence)
    return hedge is not None and len(words(sentence[: hedge.start()])) <= HEDGE_OPENING


def _contrasts(sentence: str) -> list[str]:
    """The sentence split at "maar"/"but", except between two words said of one subject
    ("drivers of cars that are loud but legal get letters", "dat oud maar veilig is") and after
    a point granted ("ze worden wel gehasht, maar ...")."""
    pieces: list[str] = []
    for joint, piece in _with_joints(sentence):
        if pieces and (_coordinated(pieces[-1], piece) or conceded(pieces[-1])):
            pieces[-1] = f"{pieces[-1]}{joint}{piece}"
        else:
            pieces.append(piece)
    return pieces


def conceded(before: str) -> bool:
    """Whether the part before a "maar"/"but" only grants a point ("de adressen worden wel
    gehasht", "they do get the broadcast"): no direction of its own, so it is no effect apart
    from the objection after it."""
    last = re.split(r",\s*(?:(?:en|and)\s+)?", before)[-1]  # the clause right before the joint
    return CONCESSION_RE.search(last) is not None and clause_direction(last) is None


def _with_joints(sentence: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    start, joint = 0, ""
    for match in CONTRAST_SPLIT_RE.finditer(sentence):
        found.append((joint, sentence[start : match.start()]))
        start, joint = match.end(), match.group()
    found.append((joint, sentence[start:]))
    return found


NEGATIONS = frozenset(("not", "niet", "never", "nooit"))


def _coordinated(before: str, after: str) -> bool:
    """ "... that are loud" + "legal get letters": a copula with one word before the joint
    and one word before a verb after it."""
    left, right = words(before), words(after)
    if left and left[-1] in PARTICLE_HOSTS and len(right) <= SHORT_TAIL:
        return True  # "die moeten ons maar geloven": "maar" as a particle, no contrast
    copula = len(left) >= 2 and left[-2] in COPULAS
    said = [w for w in words(after.split(",")[0]) if w not in NEGATIONS]
    if copula and len(said) == 1 and right[0] not in VERB_WORDS:
        return True  # "they were surprised but grateful, ...", "informed but not asked"
    return copula and len(right) >= 2 and right[0] not in VERB_WORDS and right[1] in VERB_WORDS


def _comma_clauses(text: str) -> list[str]:
    """The clauses of a piece between commas; commas inside brackets ("groepen met weinig
    data (kleine talen, grensgebieden) ...") join no clauses."""
    shielded = BRACKETED_RE.sub(lambda m: m.group().replace(",", SHIELD), text)
    return [part.replace(SHIELD, ",") for part in _open_comma_clauses(shielded)]


def _open_comma_clauses(text: str) -> list[str]:
    parts = re.split(r"((?<!\d),\s*(?:(?:en|and)\s+)?|,(?!\d)\s*(?:(?:en|and)\s+)?)", text)
    pieces = [(parts[i - 1] if i else "", parts[i]) for i in range(0, len(parts), 2)]
    pieces = _with_negated_tails([(joint, piece) for joint, piece in pieces if piece.strip()])
    if len(pieces) < 2:
        return _and_clauses(text)
    if all(not is_clause(p) and len(words(p)) <= SHORT_ITEM for _, p in pieces):
        return [p for _, p in pieces]  # a list of short items: "sneller antwoord, minder wachten"
    merged: list[str] = []
    embedded = False  # a subject, then ", omdat ...,": the verb after the next comma is its own
    for joint, piece in pieces:
        opens = bool(merged) and (embedded or _goes_on(merged[-1], piece))
        embedded = bool(merged) and _embeds(merged[-1], piece)
        apart = _effect_then_clause(merged[-1], joint, piece) if merged else False
        if merged and not apart and (opens or not is_clause(piece) or not is_clause(merged[-1])):
            merged[-1] = f"{merged[-1]}{joint}{piece}"  # the user's own words, unchanged
        else:
            merged.append(piece)
    return [sub for part in merged for sub in _and_clauses(part)]


def _effect_then_clause(before: str, joint: str, piece: str) -> bool:
    """A short effect without a verb, then ", en"/", and" and a clause with a subject of its own
    ("minder wachttijd voor iedereen, en het callcenter kan ...", "fewer searches, and family
    carers tell me ..."): two effects."""
    joined = words(joint)[:1] in (["en"], ["and"])
    effect = not is_clause(before) and clause_direction(before) is not None
    return joined and effect and is_clause(piece) and _subject_first(piece)


def effect_pieces(clause: str) -> list[str]:
    """A clause read for effects, split after a short judged part without a verb when a clause
    with a subject of its own follows a bare comma ("straten schoner, handhavers hoeven niet
    meer te posten", "fewer calls, the staff have time for ..."): two effects; not when the
    clause only reacts to it ("minder wachten, scholieren zijn er blij mee"). Only where effects
    are read: measures keep their commas."""
    pieces = re.split(r"(?<!\d),\s+", clause)
    found = [pieces[0]]
    for piece in pieces[1:]:
        before = found[-1]
        judged = len(words(before)) <= SHORT_ITEM and clause_direction(before) is not None
        subject = is_clause(piece) and _subject_first(piece) and not _goes_on(before, piece)
        subject = subject and REACTION_RE.search(piece) is None  # "..., ze zijn er blij mee"
        if (judged and not is_clause(before) and subject) or _judged_both_ways(before, piece):
            found.append(piece)
            continue
        found[-1] = f"{before}, {piece}"
    return found if len(found) > 1 else [clause]


def _judged_both_ways(before: str, piece: str) -> bool:
    """Two judgements for two groups, one good and one bad ("leuk voor wie al zuinig is,
    beschamend voor een gezin dat meer verbruikt", "handy for the big firms, a burden for the
    small ones"): two effects."""
    head = before.rsplit(": ", 1)[-1].strip()
    both = JUDGED_FOR_RE.match(head) is not None and JUDGED_FOR_RE.match(piece.strip()) is not None
    return both and _turns(head, piece)


def _subject_first(piece: str) -> bool:
    """Whether a clause opens with its subject: an article or pronoun, or a word for people in
    its first two words ("het callcenter kan ...", "family carers tell ..."), not an adjective
    ("eerlijker want iedereen ...")."""
    tokens = words(piece)
    if not tokens or _verb_first(piece):
        return False
    if tokens[0] in SUBJECT_OPENERS:
        return True
    return any(
        t in PEOPLE_WORDS or (t.endswith(PERSON_PLURAL_ENDINGS) and t not in NOT_PEOPLE)
        for t in tokens[:2]
    )


def _with_negated_tails(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A short part that says what is not so ("only what's needed, not the whole passport",
    "alleen de naam, niet het adres") stays with the part before it."""
    joined: list[tuple[str, str]] = []
    for joint, piece in pieces:
        tokens = words(piece)
        negated = bool(tokens) and tokens[0] in NEGATED_TAIL_WORDS and not is_clause(piece)
        if joined and negated and len(tokens) <= SHORT_ITEM:
            joined[-1] = (joined[-1][0], f"{joined[-1][1]}{joint}{piece}")
        else:
            joined.append((joint, piece))
    return joined


def _embeds(before: str, piece: str) -> bool:
    """Whether ``piece`` is a reason or condition set between commas inside the clause before
    it ("de chauffeurs, omdat ze ..., praten minder"): the part before has a subject and no
    verb of its own yet."""
    if not SUBORDINATE_RE.match(piece.strip()):
        return False
    tokens = words(before)
    opens = [i for i, t in enumerate(tokens) if t in COMPLEMENTISERS]
    tail = tokens[opens[-1] + 1 :] if opens else tokens
    return bool(tail) and not any(t in VERB_WORDS for t in tail)


def _goes_on(before: str, piece: str) -> bool:
    """Whether ``piece`` goes on with the clause before the comma: after "als ..." ("als ...,
    dan ..."), a subordinate clause or a consequence ("ook als ...", "so innocent people ..."),
    or the verb of a subject with a relative clause ("een zaak die ooit fout ging, blijft
    verdacht")."""
    if SUBORDINATE_RE.match(before.strip()) or SUBORDINATE_RE.match(_opening(before)):
        return True
    if CONTINUATION_RE.match(piece.strip()):
        return True
    if APPOSITION_RE.match(piece.strip()):
        return True  # "..., also names of officials that should stay visible"
    if words(piece)[:1] in (["maar"], ["but"]) and conceded(before):
        return True  # "they do get it, but ...": the objection to the point granted
    tokens = words(piece)
    return bool(tokens) and tokens[0] in VERB_WORDS and RELATIVE_RE.search(before) is not None


def _condition_end(text: str) -> int:
    """Where a condition that opens ``text`` ends ("(maar) als X en Y, ...", "but if X and Y"):
    at its comma, or the end of the text; 0 when no condition opens it."""
    opening = CLAUSE_JOINER_RE.match(text)
    start = opening.end() if opening is not None else 0
    if CONDITION_WORD_RE.match(text[start:]) is None:
        return 0
    comma = text.find(",", start)
    return comma if comma >= 0 else len(text)


def _opening(clause: str) -> str:
    """``clause`` without a short label in front and the joining words it opens with ("negatief
    nog: als de app het mis heeft", "En als de surveillanten ... kijken"): how its own words
    start."""
    label = LINE_LABEL_RE.match(clause)
    short = label is not None and len(words(label.group())) <= SHORT_LABEL
    bare = clause[label.end() :] if label and short and not is_clause(label.group()) else clause
    return CLAUSE_JOINER_RE.sub("", bare.strip())


def _subject_open(clause: str) -> bool:
    """Whether ``clause`` ends in people as the subject of a clause after "dat"/"that", its
    verb not yet said ("negatief is dat vissers"): what follows "en"/"and" is more of that
    subject. "dat" as a pronoun ("statenleden vinden dat gevaarlijk") ends in no people."""
    tokens = words(clause)
    opens = [i for i, t in enumerate(tokens) if t in SUBJECT_COMPLEMENTISERS and i]
    tail = tokens[opens[-1] + 1 :] if opens else []
    if not 0 < len(tail) <= SHORT_CLAUSE or any(t in VERB_WORDS for t in tail):
        return False
    last = tail[-1]
    return last in PEOPLE_WORDS or (last.endswith(PERSON_PLURAL_ENDINGS) and last not in NOT_PEOPLE)


def _condition_goes_on(before: str, piece: str) -> bool:
    """A condition of two parts before its outcome ("als de app het mis heeft en iemand heeft
    een drukke week, belt de behandelaar op"): the part after "en"/"and" is still the condition
    when its comma (the outcome after it) is yet to come."""
    return SUBORDINATE_RE.match(_opening(before)) is not None and "," in piece and "," not in before


def _and_clauses(text: str) -> list[str]:
    """Split at "en"/"and" only where both sides are clauses of their own; a side without a
    subject ("... en lezen steeds hetzelfde") stays with the one before unless it turns the
    direction ("saves hours and loses the skill")."""
    parts = re.split(r"(\s+(?:en|and)\s+)", text)
    end = _condition_end(text)  # "als X en Y, dan Z": no split inside the "als"
    while len(parts) > 1 and len(parts[0]) < end:
        parts[:3] = ["".join(parts[:3])]
    pieces = parts[::2]
    if len(pieces) < 2 or not all(_own_clause(p) for p in pieces):
        return [text]
    if any(words(p)[-1:] and words(p)[-1] in QUESTION_WORDS for p in pieces[:-1]):
        return [text]  # "sees when and where the app is used": one clause
    joined = [pieces[0]]
    for joint, piece in zip(parts[1::2], pieces[1:], strict=True):
        goes_on = (
            _subject_open(joined[-1])
            or _condition_goes_on(joined[-1], piece)
            or _verb_first(piece)
            or CONSEQUENCE_RE.match(piece.strip()) is not None
            or _verb_last_without_subject(joined[-1], piece)
            or _te_infinitive(piece)
        )
        if goes_on and (feared(joined[-1]) or not _turns(joined[-1], piece)):
            joined[-1] = f"{joined[-1]}{joint}{piece}"
        else:
            joined.append(piece)
    return joined


def _te_infinitive(piece: str) -> bool:
    """A part without a subject that ends in "te" and an infinitive ("... niet meer te bellen
    en in de wacht te staan"): it goes on with the verb before "en"."""
    return TE_INFINITIVE_END_RE.search(piece) is not None and not _subject_first(piece)


def _own_clause(piece: str) -> bool:
    """A clause of at least three words with a verb before any consequence it gives: in "dag
    en nacht bereikbaar dus inwoners hoeven ..." the part "nacht bereikbaar" is none."""
    cause = CONSEQUENCE_JOINT_RE.split(piece, maxsplit=1)[0]
    return (is_clause(cause) or _people_first(cause)) and len(words(piece)) >= SHORT_CLAUSE


def _people_first(piece: str) -> bool:
    """A part that starts with a word for people and goes on with more than a name ("the
    staff just react to alarms", not "de omwonenden in Maassluis"): a clause, whether or not
    its verb is a known one."""
    tokens = words(piece)
    tokens = tokens[1:] if tokens[:1] in (["de"], ["het"], ["the"]) else tokens
    if len(tokens) < SHORT_CLAUSE or tokens[1] in NAME_BREAKS | PLACE_QUALIFIER_WORDS:
        return False  # "de bewoners aan de overkant van het plein" is a name
    if "," in piece:
        return False  # "de omwonenden in Maassluis", "owners, like hairdressers" are names
    plural = tokens[0].endswith(PERSON_PLURAL_ENDINGS) and tokens[0] not in NOT_PEOPLE
    return tokens[0] in PEOPLE_WORDS or plural


def _verb_first(piece: str) -> bool:
    """A clause that starts with its verb, also after a hedge: no subject of its own ("... en
    lezen steeds hetzelfde", "... and maybe feel ..."), or its subject after the verb ("... en
    tekenen ze iets")."""
    tokens = words(piece)
    while len(tokens) > 1 and tokens[0] in HEDGE_ADVERBS:
        tokens = tokens[1:]  # "... and maybe feel they have to respond"
    return tokens[0] in VERB_WORDS or (len(tokens) > 1 and tokens[1] in INVERTED_SUBJECTS)


def _verb_last_without_subject(before: str, piece: str) -> bool:
    """A Dutch clause with its verb last and no subject of its own after a subordinate one
    ("dat de chauffeurs minder praten en stijfjes voor zich uit zitten te staren"): the same
    subject goes on."""
    if not any(t in COMPLEMENTISERS for t in words(before)):
        return False
    tokens = words(piece)
    first = next((i for i, t in enumerate(tokens) if t in VERB_WORDS), None)
    if first is None or first == 0:
        return False
    last = tokens[-1]
    verb_last = last in VERB_WORDS or last.endswith("en")  # "... zitten te staren"
    lead = tokens[:first]
    people = any(t.endswith(PERSON_PLURAL_ENDINGS) or t in GENERIC_HEADS for t in lead)
    return verb_last and not people and not any(t in SUBJECT_WORDS for t in lead)


def _turns(before: str, after: str) -> bool:
    first, second = clause_direction(before), clause_direction(after)
    return first is not None and second is not None and first != second
