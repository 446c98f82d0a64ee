"""Joints of a run-on sentence (Dutch and English): a long message typed or dictated without
full stops goes on at a comma with "en"/"and", "maar"/"but", "en dan"/"and then", "also",
"ook", at "maar"/"but" before a new subject ("... plannen maar de collega's klagen ..."), at
"en"/"and" before a new subject with its verb ("... resultaten en een collega zei ...") and at
an opinion that starts afresh ("... doorzocht worden ik denk dat we ..."). Only a sentence much
longer than people write with stops is cut there."""

from __future__ import annotations

import re

from assistant.language.cues.chatter import HESITATION

# A new subject right after "maar"/"but" without a comma: a pronoun or a determiner.
_NEW_SUBJECT = (
    r"(?:ik|je|jij|we|wij|ze|zij|hij|het|er|de|die|dat|sommige|veel|mensen|"
    r"i|you|we|they|he|she|it|there|the|some|many|people|our|their|ons|onze|hun)"
)
# A condition after the joint goes on describing ("..., en als iemand rood geeft krijgt de
# mentor een melding"): no cut there.
_CONDITION = r"(?:als|wanneer|zodra|if|when|once|whenever)"
# A word that turns to a new point after "en"/"and" without a comma ("... for a year now and
# honestly people ...", "... en eerlijk gezegd zijn ...", "... en dan de vraag ...").
_NEW_TURN = (
    r"(?:honestly|tbh|frankly|btw|then|eerlijk\s+gezegd|eerlijk\s+is\s+eerlijk|"
    r"trouwens|dan|daarnaast)"
)
# An opinion that opens a new sentence without a joint; not after a word that makes it part of
# the clause before ("omdat ik denk", "what I think").
_OPINION = (
    r"(?:ik\s+(?:denk|vind|zou|wil|ben\s+bang|maak\s+me\s+zorgen|weet\s+niet)|"
    r"i\s+(?:think|would|want|worry|wonder)|i'd|i'm\s+(?:worried|afraid|not\s+sure))"
)
_NO_OPINION_BEFORE = r"(?<!\bdat)(?<!\bwat)(?<!\bomdat)(?<!\bof)(?<!\bals)(?<!\bthat)(?<!\bwhat)"
# Where a run-on sentence may be cut: the joint word stays with the piece after it.
RUN_ON_JOINT_RE = re.compile(
    r",\s+(?=(?:en\s+dan|and\s+then|en|and|maar|but|also|ook|plus|verder|daarnaast|"
    rf"anyway|btw|oh|ow|o)\b(?!\s+{_CONDITION}\b))|"
    rf"(?<=\w)\s+(?=(?:maar|but)\s+{_NEW_SUBJECT}\b)|"
    rf"(?<=\w)\s+(?=(?:en|and)\s+{_NEW_TURN}\b)|"
    rf"(?<=\w){_NO_OPINION_BEFORE}\s+(?={_OPINION}\b)",
    re.IGNORECASE,
)
# "en"/"and" without a comma, a candidate joint when a new subject and its verb follow.
AND_RE = re.compile(r"(?<=\w)\s+(?=(?:en|and)\s)", re.IGNORECASE)
# Subjects of a new clause after "en"/"and": a pronoun (the verb next, or after one adverb) or
# a determiner (the verb after one or two nouns); not "dat"/"that", which points back to the
# clause before ("..., en dat komt in het reglement" goes on with it).
PRONOUN_SUBJECTS = frozenset((
    "ik", "je", "jij", "we", "wij", "ze", "zij", "hij", "men",
    "i", "i'm", "you", "we", "they", "he", "she",
))  # fmt: skip
DETERMINERS = frozenset((
    "de", "het", "een", "onze", "hun", "die", "zo'n", "sommige", "veel",
    "the", "a", "an", "our", "their", "some", "many", "most",
))  # fmt: skip
# Names dictated one after another with their articles but no commas ("het openbaar ministerie
# de gemeente als eigenaar van de cameras de leverancier"): a new name at each article, unless
# a preposition or "als"/"as" before it ties it to the name before ("van de cameras").
NAME_ARTICLES = frozenset(("de", "het", "the"))
TYING_WORDS = frozenset((
    "van", "voor", "bij", "in", "op", "met", "door", "aan", "naar", "over", "uit", "om", "tot",
    "als", "onder", "tegen", "zoals", "vd", "of", "for", "at", "on", "with", "by", "to", "from",
    "about", "as", "like", "under", "en", "and", "of", "or", "near", "around", "behind",
    "outside", "inside", "buiten", "binnen", "naast", "achter", "rond", "rondom", "nabij",
    "langs", "along", "tussen", "between", "boven", "above", "tegenover", "opposite", "across",
    "via", "zonder", "without", "through", "beside",
))  # fmt: skip
# Words that open a clause inside such an item; after a Dutch relative word the clause ends at
# its verb ("die een sloot hebben"), after the others it runs on to the end.
VERB_FINAL_OPENERS = frozenset(("die", "dat", "wie", "wier", "wiens", "waarvan"))
CLAUSE_OPENERS = frozenset((
    *VERB_FINAL_OPENERS, "who", "whose", "that", "which", "want", "omdat", "because", "since",
    "zodat",
))  # fmt: skip
# A relative clause at the end of a dictated name ("de bewoners die een balkon hebben"): its
# verb does not make the name a clause.
RELATIVE_TAIL_RE = re.compile(r"\s(?:die|dat|wie|wier|wiens|who|whose|that|which)\s.*$", re.I)
# A short question to oneself that trails off and is answered straight after ("who else.. the
# MT members, ...", "wie nog meer.. de ouders"): no sentence of its own.
SELF_ASKED_RE = re.compile(
    r"^\s*(?:wie|wat|welke|who|what|which)\b(?:\s+[\w']+){0,2}\s*\.\.+\s+$", re.IGNORECASE
)
# A scenario asked and its outcome told straight after ("wat als de sensor een vrachtwagen meet?
# dan ligt het werk stil", "what if the link drops? then nobody closes the gate"): one sentence,
# the effect the scenario brings; the question is no effect of its own. Also after a label
# ("egels: wat als ...? dan ...").
WHAT_IF_RE = re.compile(
    r"^\s*(?:[\w' -]{1,40}:\s*)?(?:(?:en|and|maar|but|of|or|o\s+ja|oh)\s*,?\s+)?"
    r"(?:wat\s+als|what\s+if|stel\s+(?:nou\s+|je\s+eens\s+)?dat|suppose|imagine)\b[^?]*$",
    re.IGNORECASE,
)
OUTCOME_LEAD_RE = re.compile(r"^\s*(?:dan|then)\b", re.IGNORECASE)
# A filler said between two names of a dictated list ("de planners eh de chauffeurs", "the
# drivers um the mechanics"): a pause that stands for a comma there.
SPOKEN_PAUSE_RE = re.compile(
    rf"\s*,?\s+(?:(?:en|and)\s+)?(?:{HESITATION}|hm+)\s*,?\s+(?=\w)", re.IGNORECASE
)
# A name taken back in the same breath and the one meant said after it ("de monteurs nee wacht
# ik bedoel de werkplaatsleiders", "de leerplicht nee sorry niet leerplicht ik bedoel de
# afdeling", "the mechanics no wait I mean the workshop leads"); ``named`` is the name taken
# back when it is said again.
SPOKEN_CORRECTION_RE = re.compile(
    r"\s*,?\s+(?:nee|neen|no|nope|sorry)\b[\s,]*(?:(?:wacht|wait|sorry|hold\s+on)\b[\s,]*)?"
    r"(?:(?:niet|not)\s+(?P<named>[^,]{1,40}?)[\s,]+)?"
    r"(?:ik\s+bedoel(?:de)?|i\s+mean[t]?)\b[\s,:]*",
    re.IGNORECASE,
)
# Words that open a new name in a dictated list besides the articles: a possessive ("de
# peuters hun ouders", "the pupils their parents").
DICTATED_NAME_OPENERS = frozenset((*NAME_ARTICLES, "hun", "their"))
# A pause after "en"/"and" among measures dictated in one go ("... slaat geen beelden op en eh
# de wachttijd ...", "... and then um a budget ..."), or a forgotten one announced ("en eh
# wacht ik was nog iets vergeten ja uitleg via ..."): a new measure starts there.
SPOKEN_MEASURE_JOINT_RE = re.compile(
    rf"\s+(?:en|and)\s+(?:(?:dan|then|ook|also)\s+)?{HESITATION}[\s,]+"
    r"(?:(?:wacht|wait|oh)[\s,]+)?(?:(?:ik\s+was\s+(?:nog\s+)?(?:iets|er\s+een)\s+vergeten|"
    r"i\s+forgot\s+(?:one|something))[\s,]*(?:(?:ja|yes|yeah)[\s,]+)?)?(?=\w)",
    re.IGNORECASE,
)
# Measures typed in one go without stops or commas ("... ondertekend wordt en een studiemiddag
# voor alle leerkrachten", "... alleen aantallen verder een bord bij elk zebrapad", "... no
# fines and at school a lesson on ..."): a new measure starts at "verder"/"furthermore" before an
# article, or at "en"/"and" before an article and its noun (after a short place: "en op school
# een ..."). Only a line this long without a stop is cut there.
RUN_ON_MEASURE_JOINT_RE = re.compile(
    r"\s+(?:(?:en|and)\s+)?(?:verder|furthermore|daarnaast)\s+(?=(?:een|de|het|a|an|the)\s)|"
    r"(?<=\w)\s+(?:en|and)\s+(?=(?:(?:op|in|bij|voor|at|on|for)\s+(?:de\s+|het\s+|the\s+)?\w+\s+)?"
    r"(?:een|an?)\s+\w{4,})",
    re.IGNORECASE,
)
RUN_ON_MEASURE_WORDS = 30
# A stop inside a line: the line has sentences, no run-on.
STOP_INSIDE_RE = re.compile(r"[.;!?](?:\s|$)")
