"""Values in a sentence, by the catalogue: a sentence that is only values and ranking words, one
that starts with values and comments on them, a clause that only names the value of an effect
("dat raakt aan privacy"), and a measure that names none."""

from __future__ import annotations

import re
from functools import cache

from assistant.knowledge.catalogue import Catalogue
from assistant.language.cues.grammar import REMARK_RE
from assistant.language.cues.references import (
    CHANGE_BEFORE_VALUE_RE,
    VALUE_FILLER,
    VALUE_PHRASE_LEAD_RE,
    VALUE_REMARK_RE,
)
from assistant.language.cues.value_reasons import (
    MEASURE_WORD_RE,
    VALUE_AT_END_RE,
    VALUE_LEAD_RE,
    VALUE_REASON_RE,
)
from assistant.language.cues.values import EVERYDAY_LEAD_RE, EVERYDAY_WORDS
from assistant.language.textparts import strip_article, words
from assistant.method.reading.extraction import everyday_values, option_kind
from assistant.method.reading.questions import is_question
from assistant.method.reading.segments import is_clause
from assistant.method.reading.sentence_kinds import has_direction, labelled_effect

MIN_LISTED = 2
MEASURE_WORDS = 6
LED_ITEM_WORDS = 6
EXPLAINED_ITEM_WORDS = 4  # "en hoor en wederhoor"  # "vertrouwen tussen jongere en groepsleider"
LIST_SPLIT_RE = re.compile(r",|;|\s(?:en|and)\s", re.I)
RELATIVE_RE = re.compile(r"\b(?:wat|die|dat|waar|wie|what|who|whom|which|that|where)\b", re.I)
ITEM_SPLIT_RE = re.compile(r"[,;]")
ITEM_LEAD_RE = re.compile(r"^(?:(?:en|and|ook|also|plus|of|or)\b\s*)+", re.I)
BRACKETED_RE = re.compile(r"\([^)]*\)")
CONCERNING_RE = re.compile(r"\s+(?:van|voor|tussen|of|for|between|towards|naar)\s+\w", re.I)


class ValueLists:
    """Reads values for one catalogue (shared, read-only)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def named_value(self, clause: str) -> bool:
        """A clause that only names a value ("dat gaat over veiligheid natuurlijk"), not a change
        in it ("minder persoonlijk contact" is an effect)."""
        if CHANGE_BEFORE_VALUE_RE.search(clause) and len(self.catalogue.mentions(clause)) == 1:
            return False
        remark = VALUE_REMARK_RE.match(clause)
        if remark is not None and remark.end() and self.value_list(clause[remark.end() :]):
            return True
        return self.value_list(clause) and not is_clause(_without_values(clause, self.catalogue))

    def value_phrase(self, clause: str) -> str:
        """A clause that starts with a value and only says what it concerns, without a verb or
        a direction beyond the value ("eerlijk gezegd ook vertrouwen tussen gezin en wijkteam",
        "transparency towards parents"); "minder vertrouwen in de politie" is an effect. The
        phrase without its lead, or "" when the clause is none."""
        rest, _comma, remark = VALUE_PHRASE_LEAD_RE.sub("", clause.strip(), count=1).partition(",")
        if remark.strip() and REMARK_RE.match(remark.strip()) is None:
            return ""  # "..., dat is nu al broos" only remarks on it
        spans = self.catalogue.mention_spans(rest)
        if not spans or spans[0][0] != 0 or is_clause(rest):
            return ""
        start, end, entry = spans[0]
        if rest[start:end].lower() not in (entry.nl.name.lower(), entry.en.name.lower()):
            return ""  # "accessible for deaf viewers" says what changes, it names no value
        return "" if has_direction(rest[end:]) else rest

    def value_concerning(self, text: str) -> bool:
        """A sentence that is one value of the catalogue by its own name and whom or what it
        concerns, a clause about that included ("betrouwbaarheid van wat er gezegd wordt",
        "reliability of what the registry holds"), with no change in it ("privacy van de
        bewoners gaat achteruit" is an effect)."""
        rest = VALUE_PHRASE_LEAD_RE.sub("", text.strip().rstrip(".!"), count=1)
        spans = self.catalogue.mention_spans(rest)
        if not spans or spans[0][0] != 0 or is_question(text):
            return False
        _start, end, entry = spans[0]
        if rest[:end].lower() not in (entry.nl.name.lower(), entry.en.name.lower()):
            return False  # "accessible for deaf viewers" says what changes
        after = CONCERNING_RE.match(rest[end:])
        return after is not None and _says_no_change(rest[end:])

    def everyday(self, text: str) -> bool:
        """A sentence that names values in everyday words as an answer where values are asked:
        short or led by what matters ("dat mensen zelf kunnen kiezen", "it has to be fair")."""
        if is_question(text):
            return False
        led = EVERYDAY_LEAD_RE.match(text) is not None
        if not everyday_values(text, self.catalogue):  # "dat de mens beslist" names one too
            return led and bool(self.catalogue.mentions(text)) and not has_direction(text)
        return len(text.split()) <= EVERYDAY_WORDS or led

    def measure_for_values(self, text: str) -> bool:
        """A clause of some length with the words of a kind of option, no value and no
        direction: a measure, even where values are asked."""
        if is_question(text) or not is_clause(text) or len(text.split()) < MEASURE_WORDS:
            return False
        if self.catalogue.mentions(text) or has_direction(text):
            return False
        return option_kind(text) is not None

    def leads_with_values(self, text: str) -> bool:
        """Whether a sentence starts with a value and names more, some with a comment."""
        first = LIST_SPLIT_RE.split(text, maxsplit=1)[0]
        return self.value_list(first) and len(self.catalogue.mentions(text)) >= MIN_LISTED

    def items_led_by_values(self, text: str) -> bool:
        """A list whose items start with a value and say what it concerns ("veiligheid van de
        dijk natuurlijk, privacy, en respect voor wat de vrijwilligers kunnen"), two at least,
        the others values in everyday words ("and keeping people in charge")."""
        items = [ITEM_LEAD_RE.sub("", i.strip()) for i in LIST_SPLIT_RE.split(text)]
        items = [i for i in items if i]
        if len(items) < MIN_LISTED or CHANGE_BEFORE_VALUE_RE.search(text):
            return False
        led = 0
        for item in items:
            spans = self.catalogue.mention_spans(item)
            if spans and spans[0][0] == 0 and _says_no_change(item[spans[0][1] :]):
                led += 1
            elif has_direction(item) or not everyday_values(item, self.catalogue):
                return False  # "keeping people in charge" names a value in everyday words
        return led >= MIN_LISTED

    def values_first_in_items(self, text: str, plain: bool = False) -> bool:
        """A list whose first item and one more start with a value of the catalogue, whatever
        follows them, a reason in brackets or after "want"/"because" ("rechtvaardigheid
        (iedereen betaalt), privacy, menselijke waardigheid want niemand is ..."), after a
        bare "values," if any: values. ``plain``: no item tells a change besides its value
        ("privacy goes down, safety improves" tells effects), and then most items may start
        with a value ("dit gaat over rechtvaardigheid, privacy vanwege de BRP en ...")."""
        parts = LIST_SPLIT_RE.split(BRACKETED_RE.sub("", text))
        items = [i for i in (ITEM_LEAD_RE.sub("", p.strip()) for p in parts) if i]
        if items and words(items[0]) in (["values"], ["waarden"]):
            items = items[1:]  # "Values, donor health, solidarity (...), transparency"
        if plain and not all(self._no_change(i) for i in items):
            return False
        led = [self._starts_with_value(i) for i in items]
        first = bool(led) and (led[0] or (plain and 2 * sum(led) > len(led)))
        return first and sum(led) >= MIN_LISTED

    def _no_change(self, item: str) -> bool:
        """An item that tells no change besides the value it names ("reliability of supply";
        not "privacy goes down")."""
        spans = self.catalogue.mention_spans(item)
        if spans and spans[0][0] == 0:
            return _says_no_change(item[spans[0][1] :])
        return not has_direction(_without_values(item, self.catalogue))

    def _starts_with_value(self, item: str) -> bool:
        spans = self.catalogue.mention_spans(item)
        return bool(spans) and spans[0][0] == 0

    def values_led_items(self, text: str) -> bool:
        """A list split by commas whose items mostly start with a value and say whom or what
        it concerns, "and" included ("rechtsbescherming van de mensen onder bewind,
        proportionaliteit, en vertrouwen tussen de rechtbank en de bewindvoerders", "privacy of
        the people in the photos and their families, respect for the dead"), the other items
        short and without a direction ("I suppose that's dignity"): values, not people."""
        if is_question(text) or CHANGE_BEFORE_VALUE_RE.search(text):
            return False
        items = [VALUE_LEAD_RE.sub("", i) for i in ITEM_SPLIT_RE.split(text.strip(" ."))]
        items = [i for i in items if i]
        led = 0
        for item in items:
            bare = strip_article(item)
            spans = self.catalogue.mention_spans(bare)
            if spans and spans[0][0] == 0 and _says_no_change(bare[spans[0][1] :]):
                led += 1
            elif len(item.split()) > LED_ITEM_WORDS or (" " in item and has_direction(item)):
                return False  # one word is a name of one's own ("betaalbaarheid")
        return led >= MIN_LISTED and 2 * led >= len(items)

    def explained_front(self, text: str) -> str:
        """The values before a colon that says what they mean ("en hoor en wederhoor: dat je
        als bewoner kunt uitleggen ...", "fairness: volunteers are no second-rate crew"): short
        items without a verb or a direction, one a value of the catalogue; else ""."""
        front, colon, after = text.partition(":")
        front = VALUE_LEAD_RE.sub("", front).strip()
        if not colon or not after.strip() or not front or is_question(front):
            return ""
        if not self.catalogue.mentions(front) or is_clause(front):
            return ""
        if CHANGE_BEFORE_VALUE_RE.search(front) or labelled_effect(f"{front}:"):
            return ""  # "minder privacy: ...", "nadeel voor privacy: ..."
        items = ITEM_SPLIT_RE.split(front)
        return front if all(len(i.split()) <= EXPLAINED_ITEM_WORDS for i in items) else ""

    def value_with_reason(self, text: str) -> bool:
        """A sentence that names a value of the catalogue with why it matters or what it means,
        no measure ("privacy, because of the cameras", "toegankelijkheid vanwege die meneer",
        "then also justice, and autonomy", "zeggenschap over je spullen, dus autonomie denk
        ik")."""
        stripped = text.strip()
        if MEASURE_WORD_RE.search(stripped) or is_question(stripped):
            return False
        at_end = VALUE_AT_END_RE.search(stripped)
        if at_end is not None and self.value_list(at_end.group("value")):
            return True
        lead = VALUE_LEAD_RE.match(stripped)
        rest = stripped[lead.end() if lead else 0 :]
        spans = self.catalogue.mention_spans(rest)
        if not spans or spans[0][0] != 0:
            return False
        return VALUE_REASON_RE.match(rest[spans[0][1] :]) is not None

    def values_led_list(self, text: str) -> bool:
        """A list of short items split by commas, each led by a catalogue value and saying at
        most whom or what it concerns, two of them bare names ("menselijke waardigheid,
        veiligheid, autonomie over je eigen lijf", "dignity, safety, trust between pupil and
        teacher"): values, never measures."""
        items = [ITEM_LEAD_RE.sub("", i.strip()) for i in re.split(r"[,;\n]", text.strip(" ."))]
        items = [i for i in items if i]
        if len(items) < MIN_LISTED or CHANGE_BEFORE_VALUE_RE.search(text) or is_question(text):
            return False
        bare = 0
        for item in items:
            spans = self.catalogue.mention_spans(item)
            if len(item.split()) > LED_ITEM_WORDS or not spans or spans[0][0] != 0:
                return False
            if not _says_no_change(item[spans[0][1] :]):
                return False
            bare += not item[spans[0][1] :].strip()
        return bare >= MIN_LISTED  # not "privacy by design, transparency to parents"

    def value_list(self, text: str) -> bool:
        """Whether the sentence is only values (names, synonyms, own short names) and ranking
        words: "privacy en autonomie eerst, dan waardigheid", "1 equal treatment, 2 ..."."""
        mentions = self.catalogue.mentions(text)
        if not mentions:
            return False
        rest = [
            w
            for w in words(_without_values(text, self.catalogue))
            if w not in VALUE_FILLER and not w.isdigit()
        ]
        return len(rest) <= len(mentions) and not labelled_effect(text)


def _says_no_change(rest: str) -> bool:
    """What follows a value in a list says whom or what it concerns, not how it changes ("van
    de dijk", "voor wat de vrijwilligers kunnen"; not "goes down", "neemt af")."""
    own = RELATIVE_RE.split(rest, maxsplit=1)[0]
    return not has_direction(rest) and not is_clause(own)


def _without_values(text: str, catalogue: Catalogue) -> str:
    lowered = text.lower()
    for _pos, entry in catalogue.mentions(text):
        for name in sorted(entry.names(), key=len, reverse=True):
            lowered = _whole_word(name).sub(" ", lowered)
    return lowered


@cache
def _whole_word(name: str) -> re.Pattern[str]:
    """``name`` as a whole word (one compiled pattern per catalogue name: there are more of
    them than ``re`` keeps compiled)."""
    return re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])")
