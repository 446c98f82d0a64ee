"""Where values are asked, messages that are about something else: one value moved to the top
("zet privacy bovenaan") and measures given before the options step ("foto meesturen bij elke
naheffing", "1 en 3 van je voorstellen. plus: de brief blijft altijd")."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from assistant.domain.session import Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.language.cues.conversation import STEP_WORDS
from assistant.language.cues.measure_leads import ADDED_MEASURE_LEAD_RE
from assistant.language.cues.measure_phrasings import (
    ANNOUNCED_MEASURES_RE,
    MEASURE_ITEM_RE,
    OPTIONS_LABEL_RE,
)
from assistant.language.cues.references import ALL_OF_THEM_RE
from assistant.language.cues.replies import AGREEING_RE
from assistant.language.cues.value_reasons import (
    MEASURE_WORD_RE,
    OWN_VALUE_REASON_RE,
    VALUE_ASKED_BACK_RE,
    VALUE_MEANING_RE,
)
from assistant.language.cues.values import (
    TOP_VALUE_RE,
    VALUE_ADDED_TAIL_RE,
    VALUE_ADDED_WORDS,
    VALUE_STATE_WORDS,
)
from assistant.language.textparts import word_count, words
from assistant.method.reading.reading import Reading
from assistant.method.reading.segments import MIN_NUMBERED, NUMBERED_HEAD_RE, numbered_lines
from assistant.method.reading.value_lists import ValueLists
from assistant.method.reading.value_names import match_values

SHORT_REMARK = 5  # "ok, dan de waarden graag"
OWN_VALUE_WORDS = 3  # "menselijk contact" is a value's name; "foto meesturen bij ..." is more
TextReader = Callable[[str, Session, Reading], None]
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
LABEL_SPLIT_RE = re.compile(r":\s+(?=\S)")


def value_added(text: str) -> str:
    """A value added with what the speaker says of it after it ("vakmanschap wil ik er zelf
    bij", "en eh rust wil ik er ook bij hebben, ...", "dignity I'd add myself"): the value,
    with a comma where that was said; ``text`` as it is when more than a value's name comes
    before it."""
    added = VALUE_ADDED_TAIL_RE.search(text)
    if added is None or len(words(text[: added.start()])) > VALUE_ADDED_WORDS:
        return text
    if ADDED_MEASURE_LEAD_RE.match(text.strip()):
        return text  # "what I'd add myself is a compensation scheme ...": a measure, no value
    rest = text[added.end() :].strip(" ,.;!")
    return f"{text[: added.start()]}, {rest}" if rest else text[: added.start()]


def to_the_top(text: str, session: Session, reading: Reading, catalogue: Catalogue) -> bool:
    """One chosen value moved to the top ("zet privacy bovenaan", "fairness matters most"):
    that value, ranked first."""
    top = TOP_VALUE_RE.match(text.strip())
    if top is None or session.step != Step.VALUES or not session.chosen_values():
        return False
    name = top.group("put") or top.group("said") or top.group("most")
    found = match_values(name, catalogue)
    own = {v.name.lower() for v in session.chosen_values()}
    if len(found) != 1 or (found[0].entry is None and found[0].name.lower() not in own):
        return False  # "zet de camera bovenaan" names no value
    reading.values = found
    reading.top_value = True
    return True


def values_among_options(text: str, session: Session, reading: Reading, lists: ValueLists) -> None:
    """Where options are asked, a message that is only a list of values, each led by a value
    of the catalogue ("menselijke waardigheid, veiligheid, vertrouwen tussen jongere en
    groepsleider"), gives the values late, as after passing the proposals by: values, not
    options."""
    if session.step != Step.OPTIONS or not reading.options:
        return
    _values_with_reasons(reading, lists)
    if not reading.options or reading.effects or not lists.values_led_list(text):
        return
    reading.options = []
    reading.values = match_values(text, lists.catalogue)
    reading.value_list = True


def _values_with_reasons(reading: Reading, lists: ValueLists) -> None:
    """Options that only name a value with its reason ("privacy, because of the cameras",
    "en toegankelijkheid vanwege die meneer"): the values, given late, not measures."""
    named = [o for o in reading.options if lists.value_with_reason(o.text)]
    meant = [o for o in reading.options if VALUE_MEANING_RE.match(o.text)]  # "meaning ..."
    for option in named:
        found = [v for v in match_values(option.text, lists.catalogue) if v.entry is not None]
        if found:
            reading.options.remove(option)
            reading.values.extend(
                v for v in found if v.name not in {w.name for w in reading.values}
            )
    if reading.values and named:
        reading.options = [o for o in reading.options if o not in meant]
        _own_values_with_reasons(reading, lists)
    reading.value_list = reading.value_list or bool(named and reading.values)


def _own_values_with_reasons(reading: Reading, lists: ValueLists) -> None:
    """In a message that gives values with their reasons, an option that names a short value of
    the speaker's own before its reason ("de menselijke maat, dat je ... kunt zeggen"): a
    value too."""
    for option in list(reading.options):
        own = OWN_VALUE_REASON_RE.match(option.text)
        if own is None or MEASURE_WORD_RE.search(option.text):
            continue
        found = match_values(own.group("name"), lists.catalogue)
        if len(found) == 1 and word_count(own.group("name")) <= OWN_VALUE_WORDS + 1:
            reading.options.remove(option)
            reading.values.extend(found)


def values_asked_back(text: str, session: Session, reading: Reading, lists: ValueLists) -> None:
    """Where values or options are asked, a value asked back and answered at once ("would
    dignity count? I think so", "telt rust ook? ja, denk het wel"): that value."""
    if session.step not in (Step.VALUES, Step.OPTIONS):
        return
    for asked in VALUE_ASKED_BACK_RE.finditer(text):
        found = match_values(asked.group("value"), lists.catalogue)
        if len(found) != 1:
            continue
        reading.values.extend(v for v in found if v.name not in {w.name for w in reading.values})
        said = asked.group(0)
        reading.unread = [u for u in reading.unread if u.strip(" ?.") not in said]
        reading.value_list = True


def options_among_values(session: Session, reading: Reading, read: TextReader) -> None:
    """Where values are asked, a message that gives options is an answer for the options:
    what it holds besides and was not read, is read as the options step would ("foto
    meesturen bij elke naheffing. ... en handhavers ff trainen op die kaarten"). Once values
    are chosen after the effects, a message that names no value of the catalogue is read so
    too: what it holds unread, or as long values of the user's own, are kept as options when
    they read as options ("1 en 3 van je voorstellen. plus: de brief blijft altijd")."""
    if session.step != Step.VALUES:
        return
    through = bool(session.chosen_values() and session.effects and session.actors)
    chosen = through and not _holds_more(reading)
    if not (reading.options or chosen):
        return
    remarks = [u for u in reading.unread if AGREEING_RE.match(u) and len(u.split()) <= SHORT_REMARK]
    left = [u for u in reading.unread if u not in remarks]  # "ok those r fine" stays a remark
    if not reading.options:
        left = [u for u in left if _reads_as_measure(u)]  # not "en gezien worden als mens"
    # sentences that held nothing for the values ("elke naheffing met een foto versturen")
    left.extend(p for p in reading.passed if p not in left and _reads_as_measure(p))
    phrases = [v for v in reading.values if chosen and _reads_as_measure(v.name)]
    if not left and not phrases:
        return
    found = Reading()
    read(". ".join([*left, *(v.name for v in phrases)]), _at_the_options(session), found)
    if not found.options and not reading.options:
        return  # neither options nor read as options: said back as unread
    reading.unread = remarks + found.unread
    reading.values = [v for v in reading.values if v not in phrases or not found.options]
    reading.value_list = reading.value_list and bool(reading.values)
    for kind in ("options", "effects", "actors", "users", "questions"):
        getattr(reading, kind).extend(getattr(found, kind))


def numbered_measures(text: str, session: Session, reading: Reading, read: TextReader) -> None:
    """Measures typed before the options step, each an option (its kind by the usual rules),
    none an effect, an actor or a fact of the case: where values are asked a numbered list
    whose items all read as options where options are asked ("ideeën die ik al heb: 1. een
    consulent kijkt elke melding na 2. brief aan aanvragers ..."), and at any step before the
    options a list under a label that announces measures ("Ik stel voor:" over "- ...", "Opties
    die ik wil voorleggen: 1. ...", "I want to bring three starters: (a) ...; (b) ...",
    "Agreed:"). The label over the list names no value."""
    if session.step.position >= Step.OPTIONS.position:
        return
    label, items = announced_measures(text)
    if len(items) < MIN_NUMBERED and session.step == Step.VALUES:
        lines = numbered_lines(text).splitlines()
        items = [NUMBERED_HEAD_RE.sub("", ln).strip() for ln in lines if NUMBERED_HEAD_RE.match(ln)]
        label = " ".join(line for line in lines if not NUMBERED_HEAD_RE.match(line))
    if len(items) < MIN_NUMBERED:
        return
    found = Reading()
    read(
        "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1)),
        _at_the_options(session),
        found,
    )
    if len(found.options) < len(items):
        return
    said = [*items, label]  # "mijn ideeën: 1) ...": the label is no value
    reading.values = [v for v in reading.values if v.entry or not _said_in(v.name, said)]
    if len([o for o in reading.options if _said_in(o.text, items)]) >= len(items):
        return  # each item read as an option already
    reading.options = [o for o in reading.options if not _said_in(o.text, said)] + found.options
    reading.effects = [e for e in reading.effects if not said_among(e.text, items)]
    reading.actors = [n for n in reading.actors if not _said_in(n, items)]
    reading.unread = [u for u in reading.unread if not said_among(u, items)]
    reading.case = {k: _without(v, items) for k, v in reading.case.items()}
    if session.step.position < Step.EFFECTS.position:
        reading.drawn += len(found.options)  # beside the case: kept, not moving to the options


def announced_measures(text: str) -> tuple[str, list[str]]:
    """The label and the items of a list of measures it announces, on the lines under it or
    after it in its sentence ("Ik stel voor:" over "- ...", "starters: (a) ...; (b) ..."), each
    item up to its first full stop; a speaker's name before the label is left off ("Mehmet:
    Ik stel voor:"). No items where no label announces them."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        for head in _label_spots(line):
            announced = ANNOUNCED_MEASURES_RE.match(head)
            rest = head[announced.end() :].strip() if announced else ""
            if announced is None or (rest and MEASURE_ITEM_RE.match(rest) is None):
                continue
            under = takewhile(lambda ln: MEASURE_ITEM_RE.match(ln.strip()), lines[index + 1 :])
            items = _items(rest) if rest else [_items(ln.strip())[0] for ln in under]
            if len(items) >= MIN_NUMBERED:
                return head[: announced.end()], items
    return "", []


def _label_spots(line: str) -> list[str]:
    """Where a label may start in ``line``: each sentence, and after a speaker's name."""
    spots = SENTENCE_END_RE.split(line.strip())
    return spots + [s[m.end() :] for s in spots for m in LABEL_SPLIT_RE.finditer(s)]


def _items(text: str) -> list[str]:
    """The items of a list, each without its mark and up to its first full stop."""
    parts = [p.strip(" ;,") for p in MEASURE_ITEM_RE.split(text) if p.strip(" ;,")]
    return [SENTENCE_END_RE.split(p)[0].rstrip(" .;") for p in parts]


def _without(told: str, items: list[str]) -> str:
    """``told`` (a fact of the case) without the sentences that hold one of ``items``."""
    kept = [
        s for s in SENTENCE_END_RE.split(told) if not any(i.lower() in s.lower() for i in items)
    ]
    return " ".join(kept)


def said_among(said: str, items: list[str]) -> bool:
    """Whether ``said`` is part of one of ``items`` or holds one ("(a) " before it)."""
    bare = MEASURE_ITEM_RE.sub("", said.strip(), count=1)
    return _said_in(bare, items) or any(i.lower() in bare.lower() for i in items if i)


def _said_in(said: str, parts: list[str]) -> bool:
    bare = said.lower().strip(" .:")
    return bool(bare) and any(bare in part.lower() for part in parts)


def numbers_for_options(session: Session, reading: Reading, text: str) -> None:
    """Where values are asked, numbers picked in a message that gives options and names no value
    of the catalogue ("opties: de toeslag schrappen, ... 1 en 2 van jou ook", "1 3 en 4 van je
    voorstellen. plus: de brief blijft altijd") are of the option proposals, not yet shown: once
    values are chosen, or where the message opens as one about the options."""
    if session.step != Step.VALUES or reading.reference is None:
        return
    if any(v.entry for v in reading.values):
        return  # "1 en 3, en privacy": values picked and named
    if not (reading.options or (session.chosen_values() and _names_options(text))):
        return  # "1 en 3" alone: the values shown
    if not reading.reference and not _all_or_options(text):
        return  # "ok, en nog een maatregel: ...": agreeing, no proposals taken
    if session.chosen_values() or OPTIONS_LABEL_RE.match(text.strip()):
        reading.options_picked = True


def _names_options(text: str) -> bool:
    said = set(words(text))
    return bool(said & set(STEP_WORDS[Step.OPTIONS])) and not said & set(STEP_WORDS[Step.VALUES])


def _all_or_options(text: str) -> bool:
    """Taking every proposal ("take them all, plus ...") or the options ("je opties neem ik
    over"): with a measure of one's own once values are chosen, those of the options."""
    return ALL_OF_THEM_RE.search(text) is not None or _names_options(text)


def _at_the_options(session: Session) -> Session:
    return session.model_copy(update={"step": Step.OPTIONS})


def _holds_more(reading: Reading) -> bool:
    """A value of the catalogue, effects, actors or facts of the case: no message of options."""
    catalogued = any(v.entry for v in reading.values)
    return catalogued or bool(reading.effects or reading.actors or reading.case or reading.users)


def _reads_as_measure(text: str) -> bool:
    """Words that may be a measure, not a state or a remark: long enough, no verb of being
    ("foto meesturen bij elke naheffing", not "hmm lastig", "gezien worden als mens" or a
    value's name such as "menselijk contact")."""
    said = words(text)
    return len(said) >= OWN_VALUE_WORDS and not VALUE_STATE_WORDS & set(said)
