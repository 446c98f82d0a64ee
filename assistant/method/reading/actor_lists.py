"""Actors from the way people list them: commas with "en"/"and", bullets, "betrokken zijn ...",
"... zijn betrokken", "o ja, X hoort er ook bij", "behalve X en Y", relative clauses."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from assistant.language.cues.actor_list_items import (
    GENERIC_PARTY_HEADS,
    GROUP_PART_JOINT_RE,
    GROUP_PART_LEAD_RE,
    GROUP_PART_WORDS,
    LIST_REASON_RE,
    LIST_TAG_RE,
    LISTED_ADDITION_RE,
    OR_WHOEVER_RE,
    WHOEVER_RE,
    WHOEVER_VERBS,
    WHOEVER_VERBS_NL,
)
from assistant.language.cues.actor_lists import (
    ACTOR_LEAD_RE,
    ACTOR_TAIL_RE,
    ADDED_RE,
    ADDED_WITH_REST_RE,
    AFTER_A_LIST_RE,
    AFTERTHOUGHT_PARTY_RE,
    APPOSED_RE,
    APPOSITION_RE,
    FORGET_RE,
    FORGOT_LEAD_RE,
    INVERTED_LEAD_RE,
    MID_TAIL_RE,
    NOT_PEOPLE_LEAD_RE,
    OWN_LEAD_RE,
    REASONED_PARTY_RE,
    STRONG_LEAD_RE,
    SUGGESTED_RE,
)
from assistant.language.cues.actor_names import (
    AMOUNT_RE,
    END_APPOSITION_RE,
    EXAMPLES_TAIL_RE,
    FILLER_LEAD_RE,
    GENERIC_HEADS,
    HEDGE_TAIL_RE,
    NAME_BREAKS,
    NAME_TAIL_WORDS,
    NOT_A_NAME_RE,
    NOT_PEOPLE,
    OWN_ORGANISATION_RE,
    PEOPLE_AT_WORK_RE,
    PERSON_PLURAL_ENDINGS,
    ROOM_WORDS,
    SELF_TAIL_RE,
    TOPIC_LABEL_RE,
)
from assistant.language.cues.case import DATA_LABEL_RE, DATA_LEAD_RE, ORG_RE, STAGE_RES
from assistant.language.cues.conversation import ASKING_RE
from assistant.language.cues.direction import STEP_NAME_ONLY_RE
from assistant.language.cues.grammar import PERSONAL_PRONOUNS, VERB_WORDS
from assistant.language.cues.noise import GREETING_RE
from assistant.language.cues.people import (
    ABBREVIATION_PLURAL_RE,
    ABBREVIATION_RE,
    BODY_ROLE_ENDS,
    GROUP_WORDS,
    MAIL_PARTY_RE,
    NOT_NAME_LEADS,
    NOT_ORGANISATION_ABBREVIATIONS,
    ON_BEHALF_RE,
    PEOPLE_WORDS,
    PERSON_FOR_GROUP_RE,
    PERSON_OF_ORGANISATION_RE,
    PRESENT_RE,
)
from assistant.language.cues.people_in_sentences import (
    ADD_NAMES_RE,
    ADDED_NAME_WORDS,
    ADDED_NAMES_MAX,
    BARE_OBJECT_VERBS,
    BARE_VERB_MODALS,
    DESCRIBING_ENDINGS,
    DESCRIBING_WORDS,
    INCLUDE_NAMES_RE,
    NAME_LINKS,
    SELF_QUESTION_RE,
)
from assistant.language.cues.run_ons import (
    AND_RE,
    CLAUSE_OPENERS,
    DICTATED_NAME_OPENERS,
    NAME_ARTICLES,
    RELATIVE_TAIL_RE,
    SPOKEN_CORRECTION_RE,
    SPOKEN_PAUSE_RE,
    TYING_WORDS,
    VERB_FINAL_OPENERS,
)
from assistant.language.cues.side_remarks import DOUBT_ONLY_RE, LAUGH_RE
from assistant.language.textparts import clean_item, strip_article, words
from assistant.method.reading.mentions import head_word
from assistant.method.reading.organisation_kinds import organisation_kind
from assistant.method.reading.segments import is_clause, split_sentences

MAX_NAME_WORDS = 9
# The name of a team or department in brackets after a group, at the end of a name ("de schrijvers
# van de brieven (team Communicatie)", "the drivers (the logistics team)"): later the team's name
# stands for them.
TEAM_BRACKET_RE = re.compile(
    r"\s*\((?:het\s+|de\s+|the\s+|our\s+|ons\s+|onze\s+)?(?:(?:team|afdeling|dienst|unit|"
    r"department|sector|cluster|directie)\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+\s+(?:team|unit|"
    r"department|desk))\)\s*$",
    re.IGNORECASE,
)
# An abbreviation with its words in brackets after it, at the end of a name.
SPELLED_OUT_RE = re.compile(r"\b(?P<short>[A-Z]{2,6})(?P<bracket>\s*\((?P<long>[^()]{3,80})\))\s*$")
SPELLING_LINKS = frozenset(("van", "de", "het", "der", "voor", "en", "of", "the", "for", "and"))
ABBREVIATION_WORDS = 6  # "het CJIB", "de DCMR als milieudienst": the abbreviation leads a name
CLAUSE_LEADS = frozenset((
    "it", "they", "we", "he", "she", "ze", "zij", "wij", "hij", "where", "when", "how",
    "what", "why", "waar", "wanneer", "hoe", "wat", "waarom", "they're", "it's", "we're",
    "he's", "she's", "there's", "that's", "these", "those", "deze", "dit",
))  # fmt: skip
LEADING_LINKS = frozenset(("aan", "het", "de", "een", "to", "the", "a", "an", "on"))
OBJECT_LINKS = frozenset((
    "van", "voor", "naar", "tegenover", "richting", "jegens", "tussen", "of", "for", "to",
    "towards", "between", "in",  # "vertrouwen in de overheid", "trust in the authorities"
))  # fmt: skip
# The speaker's own organisation in a list ("en natuurlijk wij als provincie"): the role is
# the name.
SPEAKER_ROLE_RE = re.compile(r"^(?:wij|we|ons|us|ik|i)\s+(?:als|as|in|bij|at|from|van|op)\s+", re.I)
# A condition after a name in a list ("de Jeugdbescherming als er een maatregel loopt", "the
# police when someone goes missing"): not part of the name.
CONDITION_CUT_RE = re.compile(
    r"\s+(?:(?:als|zodra|wanneer|indien)\s+(?:er|ze|zij|het|hij|we|wij|je|iemand|een)|"
    r"(?:when|if|whenever|once)\s+\w+)\b.*$",
    re.I,
)
LONG_ITEM = 12
LIST_COMMAS = 2  # a list long enough that a reason at its end is no name
ACTING_SUBJECT_WORDS = 4  # "de Autoriteit Persoonsgegevens kijkt ...": the verb within four words
DASH_ITEM_RE = re.compile(r"\s+[-\u2013\u2014]\s+")
DASH_ITEMS = 2  # "wie: X - Y - Z": two dashes or more make a list
# One more name after a name added ("..., en de provincie als toezichthouder").
ANOTHER_NAME_RE = re.compile(r"^(?:en|and)\s+(?:(?:ook|also)\s+)?(?P<names>.+)$", re.I)
# A reason after a name ("de GGD, want die ..."); English "want" after who wants it ("people
# who want a test", "those that don't want the app") is no reason.
REASON_CUT_RE = re.compile(
    r"\s+(?:omdat|because|zodat)\s.*$|(?<!\bwho)(?<!\bthat)(?<!\bdie)(?<!n't)(?<!\bnot)\s+want\s.*$",
    re.I,
)
# The role a party is named in, after its name ("de Waarderingskamer als toezichthouder", "the
# vendor as processor"): no part of the name; not after a clause ("mensen die als ... werken").
ROLE_TAIL_RE = re.compile(
    r"^(?P<name>(?:(?!\b(?:die|dat|wie|who|that|which|whose|wiens|wier)\b)[^,])+?)\s+(?:als|as)\s+"
    r"(?P<role>(?:(?:de|het|een|the|a|an|onze|our)\s+)?[\w'-]+(?:\s+[\w'-]+)?)$",
    re.I,
)
CONTACT_CLAUSE_TAIL = 3  # "the people they stop on the street"
DESCRIPTION_WORDS = 3  # "... who partly pays for it": a description after the name
ANSWER_SHARE = 0.5
OWN_LEAD_NAMES = 3  # "X: a, b and c": three parties after a lead of one's own make a list
OWN_LEAD_SHARE = 2 / 3
# A relative pronoun after a name ("burgers die gefilmd worden", "de centrale waar de
# verpleegkundigen zitten"), not a demonstrative after a preposition ("jongeren in die buurten
# worden ...", "people in that street").
RELATIVE_RE = re.compile(
    r"\s+(?:wie|who|which|waarvan|whose|wiens|wier|waar|where)\s+|(?<!\bin)(?<!\bop)(?<!\bvan)(?<!\bmet)(?<!\buit)"
    r"(?<!\bbij)(?<!\bof)(?<!\bon)(?<!\bat)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\bvoor)"
    r"(?<!\bnaar)\s+(?:die|dat|that)\s+",
    re.I,
)
CONTRAST_CUT_RE = re.compile(r",|\s(?:but|maar|and|en)\s", re.I)
OWNER_RE = re.compile(
    r"^(?:de|het|een|the|a|an|hun|haar|zijn|onze|ons|their|our|its|his|her|there|thier|"
    r"us|we|wij)\s+(?:(?:own|eigen)\s+(?=\w))?(?!(?:als|as)\b)",
    re.I,
)  # "our own inspectors", "onze eigen handhavers": the inspectors
BESIDES_RE = re.compile(
    r"\b(?:behalve|naast|buiten|besides|apart from|other than|except)\s+(?P<names>[^?.!]+)", re.I
)
SPEAKER_WORDS = frozenset(("ik", "mij", "me", "wij", "we", "ons", "i", "us", "jij", "jou", "you"))
RELATIVE_PRONOUNS = frozenset(("die", "dat", "who", "that", "which", "whose"))
ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:en\s+|and\s+)?|\s+(?:en|and|plus)\s+", re.I)
# "+" or "&" between two words of a labelled list ("users: the crew + the operators"): a comma
# there only ("satellietbeelden + ai die ..." is one thing, "1 + you can ..." a sign).
LABELLED_JOINT_RE = re.compile(r"(?<=[^\W\d_])\s+[+&]\s+(?=[^\W\d_])")
_ITEM = r"(?:(?:de|het|the)\s+)?[\w'-]+"
# A list of single names inside a sentence: "van corporaties, energieleveranciers en
# zorgverzekeraars", "with tenants, landlords and the council".
EMBEDDED_RE = re.compile(
    rf"(?P<items>[\w'-]+(?:\s*,\s*{_ITEM}){{1,}}\s*,?\s+(?:en|and)\s+{_ITEM})", re.I
)
EMBEDDED_MIN = 3
EMBEDDED_SHARE = 0.5
BRACKETS_RE = re.compile(r"\s*\([^)]*\)?")
LONG_BRACKETS_RE = re.compile(r"\s*\((?:[^)\s]+\s+){3,}[^)]*\)")  # a remark of four words or more
# One attendee by first name with a role in brackets ("Kees (inkoop)", "Anna (chair)"): who
# came; "MarktOnline (leverancier)" and "gemeente Utrecht (Pim)" are the parties involved.
FIRST_NAME_WITH_ROLE_RE = re.compile(r"^\s*[A-Z][a-z\u00e0-\u00ff]+\s*\([^)]*\)\s*$")
UNLED_NAME_WORDS = 5  # "bewoners van de binnenstad", not "lunch verzorgd door de gemeente ..."
RUN_ON_WORDS = 14
SENTENCE_WORDS = frozenset(("de", "het", "the", "aan", "to", "on", "is", "are", "zijn"))
RUN_ON_MIN = 3
MIN_TOKEN = 3
AGENT_STEM = 4  # "assessor": a short word for people ends a longer word, not "voor"
ALL_PEOPLE = tuple(PEOPLE_WORDS) + tuple(w for group in GROUP_WORDS.values() for w in group)
PEOPLE_STEMS = tuple(w.strip() for w in ALL_PEOPLE if len(w.strip()) > MIN_TOKEN)


def has_lead(text: str) -> bool:
    """Whether the sentence announces actors ("betrokken zijn ...", "... horen er ook bij"), or
    lists them after a lead of its own."""
    return _known_lead(text) or bool(own_lead_list(text))


def _known_lead(text: str) -> bool:
    stripped = FILLER_LEAD_RE.sub("", text.strip().rstrip(".!"), count=1)
    lead = ACTOR_LEAD_RE.match(stripped)
    tails = ACTOR_TAIL_RE.search(stripped) or MID_TAIL_RE.search(stripped)
    return bool(lead and lead.group("main")) or bool(tails) or bool(INVERTED_LEAD_RE.match(text))


def own_lead_list(text: str) -> str:
    """The list after a lead of the speaker's own and a colon, when it names three or more
    parties and most of them are people or organisations ("The people around it, in the order
    they came up: the duty officers, the aircraft crews, the prosecutor, ...", "Rond het project
    zitten veel partijen: de GGD, de huisartsen en de scholen"); "" otherwise. Remarks in
    brackets go; "..., which pays for it" stays with its name."""
    match = OWN_LEAD_RE.match(text.strip().rstrip(".!"))
    if match is None or NOT_PEOPLE_LEAD_RE.search(match.group("lead")):
        return ""
    if PRESENT_RE.match(text.strip()) or DATA_LABEL_RE.match(text) or TOPIC_LABEL_RE.match(text):
        return ""  # attendees, data, "Planning: ..."
    body = LONG_BRACKETS_RE.sub("", match.group("names"))  # "fishermen (who sometimes ...)"
    names = names_in_list(body)
    enough = len(names) >= OWN_LEAD_NAMES and person_share(names) >= OWN_LEAD_SHARE
    return body if enough else ""


def has_tail(text: str) -> bool:
    """Whether the sentence ends by saying these are actors ("... horen er ook bij")."""
    return bool(ACTOR_TAIL_RE.search(text.strip().rstrip(".!")))


def list_items(text: str) -> list[str]:
    """The parts of a list sentence, lead-in and tail removed, without the parts that are a
    relative clause or a reason ("de inspecteurs, die de bezoeken afleggen, ...")."""
    body = own_lead_list(text) or MID_TAIL_RE.sub(", ", text.strip().rstrip(".!"))
    inverted = INVERTED_LEAD_RE.match(body)  # "verder zijn de ouders en de school betrokken"
    body = inverted.group("names") if inverted else body
    body = FILLER_LEAD_RE.sub("", body, count=1)
    body = ACTOR_LEAD_RE.sub("", body, count=1)
    body = ACTOR_TAIL_RE.sub("", spoken_list(body))
    body = _without_appositions(body)  # "the social workers, i.e. the wijkteam, ..."
    pieces = [p for p in split_outside_brackets(body) if p.strip(" ,.")]
    pieces = pieces[:1] + [_whoever_as_people(p) for p in pieces[1:]]  # "..., and whoever ..."
    parts = [without_fillers(_own_name(p)) for p in pieces]
    kept: list[str] = []
    for part in (p for p in parts if p and not _reaction(p)):
        if not NOT_A_NAME_RE.match(part):
            kept.append(part)
        elif kept and head_word(kept[-1]) in NOT_PEOPLE:
            kept.pop()  # "de containers, die staan al in de straat" names no one
    return kept


def _without_appositions(body: str) -> str:
    """A list without the parts that name the people before them again ("the social workers,
    i.e. the wijkteam, the volunteers" -> "the social workers, the volunteers", "the operator,
    i.e. the cooperative that owns it" -> "the operator"); a clause after "dus"/"so" that
    follows no people's name ("minder verkeer, dus de bewoners zijn blij", "en de leverancier
    bewaart de data op zijn servers, dus ...") stays."""
    kept, start = [], 0
    for match in APPOSITION_RE.finditer(body):
        before = re.split(r"[,;:]", body[: match.start()])[-1]
        named = 0 < len(before.split()) <= APPOSED_NAME_WORDS  # a name, not a clause
        if named and (is_person(before) or head_is_person(before)):
            kept.append(body[start : match.start()])
            start = match.end()
    return "".join(kept) + body[start:]


NAME_ITEM_WORDS = 4  # "the software company", not "de buurtcoaches brengen de mensen"
APPOSED_NAME_WORDS = 5  # "de mensen van de storingsdienst": a name said again, not a clause
DICTATED_LIST_ITEMS = 3  # items of a list that shows itself a list without a lead
SHORT_DICTATED = 3  # words: "de planners de conducteurs" holds two names


def spoken_list(body: str) -> str:
    """A list as it is dictated, written with commas: a filler between two names stands for a
    comma ("de planners eh de chauffeurs"), and a name taken back in the same breath gives way
    to the one meant ("de monteurs nee wacht ik bedoel de werkplaatsleiders" -> "de
    werkplaatsleiders")."""
    body = SPOKEN_PAUSE_RE.sub(", ", body)
    while (found := SPOKEN_CORRECTION_RE.search(body)) is not None:
        before = _without_last_name(body[: found.start()], found.group("named") or "")
        body = f"{before}, {body[found.end() :]}" if before.strip(" ,") else body[found.end() :]
    return body


def _without_last_name(before: str, named: str) -> str:
    """What was said before a correction, less the name it takes back: from where that name is
    said again, else from the last comma, else from the last article that opens a name."""
    start = before.lower().rfind(named.lower().strip()) if named.strip() else -1
    if start < 0:
        start = before.rfind(",")
    if start < 0:
        tokens = before.split()
        opens = [i for i, t in enumerate(tokens) if t.lower() in NAME_ARTICLES]
        return " ".join(tokens[: opens[-1]]) if opens else ""
    head = before[:start].rstrip()
    last = head.split()[-1:] if head else []
    return head[: -len(last[0])] if last and last[0].lower() in NAME_ARTICLES else head


def _whoever_as_people(part: str) -> str:
    """ "whoever is named in the documents" as "people who are named in the documents", "wie er
    in de stukken staat" as "mensen die in de stukken staan": a name of people, no clause."""
    found = WHOEVER_RE.match(part.strip())
    if found is None:
        return part
    verb, _, rest = found.group("rest").partition(" ")
    if found.group("nl"):
        *clause, last = found.group("rest").split(" ")
        return " ".join(["mensen die", *clause, WHOEVER_VERBS_NL.get(last.lower(), last)])
    return f"people who {WHOEVER_VERBS.get(verb.lower(), verb)} {rest}".strip()


def _reaction(part: str) -> bool:
    """A part of a list that only reacts ("goed punt", "fair point", "ok"): no name."""
    said = GREETING_RE.match(part.strip())
    return said is not None and said.end() == len(part.strip())


def split_outside_brackets(body: str) -> list[str]:
    """The parts of a list split at commas and "en"/"and", not inside brackets ("the student
    unions (LSVb, ISO)" is one part) nor at "en" inside an organisation's name ("waterschap Aa
    en Maas")."""
    parts: list[str] = []
    start = 0
    names = [m.span() for m in ORG_RE.finditer(body)]  # "waterschap Rijn en IJssel": one name
    for match in ITEM_SPLIT_RE.finditer(body):
        before = body[: match.start()]
        if before.count("(") > before.count(")"):
            continue  # a comma inside brackets
        if "," not in match.group(0) and before.endswith("-"):
            continue  # "Voedsel- en Warenautoriteit": a word cut short shares the next one's end
        if "," not in match.group(0) and any(a < match.start() < b for a, b in names):
            continue  # "en" inside an organisation's name
        if "," not in match.group(0) and _joins_clause_things(body[start:], match):
            continue  # "omwonenden die klagen over stank en lawaai": "en" inside the clause
        parts.append(body[start : match.start()])
        start = match.end()
    parts.append(body[start:])
    return parts


def _joins_clause_things(rest: str, joint: re.Match[str]) -> bool:
    """Whether "en"/"and" at ``joint`` joins two things inside a relative clause of the part
    before it ("bewoners die klagen over stank en lawaai", "drivers who hate noise and dust"),
    not a second name: the part has a relative pronoun after its first word and what follows
    up to the next comma names no people."""
    offset = len(joint.string) - len(rest)
    before = rest[: joint.start() - offset].split()
    if not any(w.lower() in RELATIVE_PRONOUNS for w in before[1:]):
        return False
    if before[-1].lower().strip(",.") in VERB_WORDS:
        return False  # "de zorgverzekeraar die betaalt en de bouwer": the clause ended
    after = joint.string[joint.end() :].split(",")[0].strip(" .")
    return bool(after) and not (is_person(after) or head_is_person(after) or names_people(after))


def name_like(name: str) -> bool:
    """Whether a part of a list that nothing announced can be a name: a few words, no label
    inside ("Actie Bas: contract verlengen"), no number ("volgend overleg 3 oktober"), not
    opened by a word that starts a clause or a remark ("when a roommate opens the door",
    "sinds dit schooljaar")."""
    core = head(BRACKETS_RE.sub("", name)).strip(" ,.;")  # "team leaders who get the scores"
    tokens = core.split()
    if not tokens or len(tokens) > UNLED_NAME_WORDS or ":" in core.rstrip(":"):
        return False
    if any(t.strip(",.()[]").isdigit() for t in tokens) or "[" in core or '"' in core:
        return False
    return tokens[0].lower().strip(",.") not in NOT_NAME_LEADS


def names_people(name: str) -> bool:
    """Whether the head word of ``name`` is a word for people or an organisation ("bewoners
    van de binnenstad", "politie", "de GGD"), not a word that merely holds one ("vraagje
    tussendoor")."""
    word = head_word(name)
    stem = len(word) > MIN_TOKEN and any(word.startswith(p) for p in PEOPLE_STEMS)
    return stem or head_is_person(name) or names_organisation(name)


def unled_names(names: list[str]) -> list[str]:
    """The names of a list that no lead-in announced, when most of its parts can be names and
    at least half of those name people or organisations (else [], a sentence or a line of a
    pasted document, not a list of actors)."""
    kept = [n for n in names if name_like(n)]
    enough = len(kept) * 2 > len(names) and person_share(kept) >= ANSWER_SHARE
    return kept if enough else []


def verb_after_people(name: str) -> bool:
    """Whether a word for people opens ``name`` and an unknown word follows it where a name
    goes on with a link ("kinderen beschermen tegen pesten", "the officer stays responsible";
    not "bewoners van de wijk", "dronepiloot vh bedrijf"): a value in the speaker's words, not
    people, when it is read among values (not used on lists: too many names go on so)."""
    tokens = words(strip_article(name))
    if len(tokens) < RUN_ON_MIN or not (_group_word(tokens[0]) or is_person(tokens[0])):
        return False
    second = tokens[1]
    linked = second in NAME_BREAKS or second in NAME_LINKS or _group_word(second)
    return not (linked or is_person(second) or names_organisation(second))


def run_on_names(text: str) -> list[str]:
    """Names typed one after another without commas or articles ("handhavers parkeerders
    bewoners met vergunning leverancier", "tenants landlords cleaners"): a new name at each word for
    people, the words after it its qualifier; [] unless three or more such words make up at
    least half of the text."""
    tokens = text.split()
    if len(tokens) > RUN_ON_WORDS or any(t.endswith((",", ";", ":")) for t in tokens[:-1]):
        return []
    if any(t.lower() in SENTENCE_WORDS or t.lower() in CLAUSE_LEADS for t in tokens):
        return []  # "bewoners klagen over de buren": a sentence with articles, not bare names
    starts = [i for i, t in enumerate(tokens) if _person_token(t)]
    if len(starts) < RUN_ON_MIN or len(starts) * 2 < len(tokens) - len(starts) + 1:
        return []
    bounds = [0, *starts[1:], len(tokens)] if starts[0] <= 1 else []
    return [" ".join(tokens[a:b]) for a, b in pairwise(bounds)]


def _closed(opened: str, before: str) -> bool:
    """No clause open, or a Dutch relative clause closed by its verb ("die een sloot hebben")."""
    return not opened or (opened in VERB_FINAL_OPENERS and before in VERB_WORDS)


def dictated_names(item: str, *, short: bool = False) -> list[str]:
    """An item of a led list that holds names dictated without commas, cut at each article
    not tied to the word before ("het openbaar ministerie de gemeente als eigenaar van de
    cameras" -> "het openbaar ministerie", "de gemeente als eigenaar van de cameras"), nor
    inside a clause ("die een sloot hebben de schouwmeesters" cuts after the verb that ends
    it, "who used to triage the inbox" and "want die doet het ..." not at all); ``[item]`` when
    it is short (``short``: shorter than two names with their articles, in a list of three or
    more; a short item is cut only after a word for people: "de planners de conducteurs", not
    "residents near the incident"), opens with neither an article nor people, or a piece would
    be a clause."""
    tokens = item.split()
    named = tokens and (tokens[0].lower() in NAME_ARTICLES or _person_token(tokens[0]))
    if len(tokens) <= (SHORT_DICTATED if short else LONG_ITEM // 2) or not named:
        return [item]  # "sinds kort ook de verzekeraar van de gemeente" is one name
    short = short and len(tokens) <= LONG_ITEM // 2  # cut only after a word for people
    cuts: list[int] = []
    opened = ""
    for i, token in enumerate(tokens):
        lowered, before = token.lower(), tokens[i - 1].lower() if i else ""
        if lowered in CLAUSE_OPENERS and i:
            opened = opened or lowered
        elif (
            i > 1
            and lowered in DICTATED_NAME_OPENERS
            and before not in TYING_WORDS
            and (not short or _person_token(before))
            and _closed(opened, before)
        ):
            cuts.append(i)
            opened = ""
    bounds = [0, *cuts, len(tokens)]
    pieces = [" ".join(tokens[a:b]) for a, b in pairwise(bounds)]
    if len(pieces) < 2 or any(is_clause(RELATIVE_TAIL_RE.sub("", p)) for p in pieces):
        return [item]
    return pieces


def _person_token(token: str) -> bool:
    word = token.strip(".,;:!?()").lower()
    if len(word) <= MIN_TOKEN or word in NOT_PEOPLE or word in GENERIC_HEADS:
        return False
    return head_is_person(word) or any(word.startswith(p.strip()) for p in PEOPLE_STEMS)


def _own_name(item: str) -> str:
    """The speaker's own organisation by the name in brackets ("us (the wijkteam)" ->
    "wijkteam"), else ``item``."""
    own = OWN_ORGANISATION_RE.match(item.strip())
    return own.group("name") if own else item


def without_fillers(item: str) -> str:
    """A list item without the words said around a name: "ok so residents" -> "residents",
    "de ouders denk ik" -> "de ouders", "the council (not the mayor)" -> "the council"; ""
    when the item is only such words ("hmm")."""
    text = item.strip()
    spelled = SPELLED_OUT_RE.search(text)
    kept = ""
    team = TEAM_BRACKET_RE.search(text)
    if spelled is not None and _spells_out(spelled.group("short"), spelled.group("long")):
        text, kept = text[: spelled.start("bracket")], spelled.group("bracket").strip()
    elif team is not None:  # "de schrijvers (team Communicatie)": the team's name is theirs
        text, kept = text[: team.start()], team.group().strip()
    examples = EXAMPLES_TAIL_RE.search(text)
    if examples is not None and _group_with_examples(text[: examples.start()], examples.group()):
        text = text[: examples.start()]  # "schuldeisers zoals de zorgverzekeraar": the group
    for _ in range(2):
        text = FILLER_LEAD_RE.sub("", text, count=1)
        text = HEDGE_TAIL_RE.sub("", text).strip(" ,.;:!-")
    return f"{text} {kept}" if text and kept else text  # "de FG (functionaris ...)"


def _people_word(name: str) -> bool:
    """Whether ``name`` names people or parties ("vergunningverleners", "bedrijven")."""
    named = is_person(name) or head_is_person(name) or names_people(name)
    return named or head_word(name) in GENERIC_PARTY_HEADS


def _group_with_examples(group: str, examples: str) -> bool:
    """Whether ``examples`` ("zoals de zorgverzekeraar") name some of the people ``group``
    names ("schuldeisers"), not the speaker ("mensen zoals ik")."""
    said = words(examples)[1:2]
    if not said or said[0] in SPEAKER_WORDS or head_word(group) in GENERIC_PARTY_HEADS:
        return False  # "organisaties zoals de GGD": the examples are the names
    if any(w[:1].isupper() for w in examples.split()[1:]):
        return False  # "belangenclubs zoals de Groninger Bodem Beweging": a name of its own
    return _people_word(group)


def _spells_out(short: str, long: str) -> bool:
    """Whether the words in brackets spell out the abbreviation before them ("FG (functionaris
    gegevensbescherming)", "the AGS (adviseur gevaarlijke stoffen)")."""
    initials = "".join(w[0] for w in words(long) if w not in SPELLING_LINKS)
    return len(initials) > 1 and initials == short.lower()


def actor_name(item: str) -> str:
    """``item`` as a name: no article or possessive, a long relative clause cut off."""
    name = clean_item(without_fillers(item))
    at_work = PEOPLE_AT_WORK_RE.match(name)
    if at_work is not None and _people_word(at_work.group("name")):
        name = at_work.group("name")  # "de vergunningverleners werken ermee"
    name = REASON_CUT_RE.sub("", OWNER_RE.sub("", name))
    name = _without_role(name)  # "de Waarderingskamer als toezichthouder"
    if len(words(name)) > MAX_NAME_WORDS:
        head_only = RELATIVE_RE.split(name, maxsplit=1)[0]
        generic = head_only.strip().lower() in GENERIC_HEADS  # "people whose data ..." stays
        name = CONTRAST_CUT_RE.split(name, maxsplit=1)[0] if generic else head_only
    name = _without_description(name)
    kept = name.split()[:MAX_NAME_WORDS]
    while len(kept) > 1 and kept[-1].lower() in NAME_TAIL_WORDS:
        kept.pop()
    name = " ".join(kept)
    return name[:1].upper() + name[1:] if name else ""


def _without_role(name: str) -> str:
    """A party named in a role ("de Waarderingskamer als toezichthouder") is the party; one
    person's first name in a role ("Henk als beheerder") is the role."""
    role = ROLE_TAIL_RE.match(name)
    if role is None:
        return name
    party, said = role.group("name"), strip_article(role.group("role"))
    return said if not is_person(party) and is_person(said) else party


def _without_description(name: str) -> str:
    """A name without a long relative clause that describes one party ("the health insurer who
    partly pays for it" -> "the health insurer"); a clause that says which of a group are meant
    stays ("mensen die er wonen", "residents who park on the street")."""
    parts = RELATIVE_RE.split(name, maxsplit=1)
    if len(parts) < 2:
        return name
    head_part = parts[0].strip()
    one = head_word(head_part)
    if words(strip_article(head_part)) == [one] and one in GENERIC_PARTY_HEADS:
        return name  # "het bedrijf dat de tours maakt": only the clause says which company
    said = words(parts[1])
    while len(said) > 1 and said[0] in BARE_VERB_MODALS:
        said = said[1:]  # "who must decide": decide
    if " ".join(said) in BARE_OBJECT_VERBS and one not in GENERIC_HEADS:
        return head_part  # "MPs who ask": a verb without its object names no one new
    if len(words(parts[1])) < DESCRIPTION_WORDS:
        return name
    singular = not one.endswith(("s", "en")) and one not in GENERIC_HEADS  # not "residents who"
    return head_part if singular and (is_person(head_part) or head_is_person(head_part)) else name


def head(item: str) -> str:
    """The item without a relative clause ("burgers die gefilmd worden" -> "burgers")."""
    return RELATIVE_RE.split(item, maxsplit=1)[0]


@lru_cache(maxsize=8192)
def is_person(item: str) -> bool:
    """Whether ``item`` names people or an organisation by a word for them (cached: asked of the
    same names many times a turn)."""
    lowered = f" {item.lower()} "
    for room in ROOM_WORDS:
        lowered = lowered.replace(room, " ")  # "badkamer": a room, not the Kamer
    return any(_holds(w, lowered) for w in ALL_PEOPLE if w) or names_organisation(item)


def _holds(head: str, lowered: str) -> bool:
    """A word for people in a name; a short one ("or ") at the start of a word or at the end of
    a longer one ("assessor "), not in "zuilen voor lenen" or "door"."""
    if len(head.strip()) > MIN_TOKEN:
        return head in lowered
    pattern = rf"(?:(?<![\w'])|(?<=\w{{{AGENT_STEM}}})){re.escape(head)}"
    return re.search(pattern, lowered) is not None


def names_organisation(item: str) -> bool:
    """Whether a short name is an organisation's abbreviation ("de GGD", "het CJIB", "DCMR als
    milieudienst"), not one of a law, document or technique ("de AVG", "the DPIA")."""
    tokens = [t.strip(",.;:()") for t in item.split()]
    if not tokens or len(tokens) > ABBREVIATION_WORDS:
        return False
    return any(_organisation_abbreviation(t) for t in tokens[:2])


def _organisation_abbreviation(token: str) -> bool:
    """An abbreviation of an organisation or of people, also in the plural ("GGD", "GPs"), not
    of a law, document or technique ("AVG", "KPIs")."""
    plural = ABBREVIATION_PLURAL_RE.match(token)
    short = plural.group("short") if plural else token
    return bool(ABBREVIATION_RE.match(short)) and short not in NOT_ORGANISATION_ABBREVIATIONS


def head_is_person(item: str) -> bool:
    """Whether the name's head word is a plural of people ("auditors", "behandelaars")."""
    word = head_word(item)
    return word.endswith(PERSON_PLURAL_ENDINGS) and word not in NOT_PEOPLE  # not "printers"


def names_in_list(text: str, *, led: bool = False) -> list[str]:
    """Actor names when ``text`` is a list of names, else []. A list: parts that are no
    clauses (once a relative clause is cut off), none about the stage. ``led``: a label above
    or in front announced actors ("Betrokken:")."""
    if _three_or_more(text):  # "..., and people who file requests because ... right?"
        text = LIST_REASON_RE.sub("", LIST_TAG_RE.sub("", text))
    text = _unsure_end(text)  # "de monteurs, de huurdersvereniging, en misschien de GGD?"
    if "?" in text or DATA_LABEL_RE.match(text) or STEP_NAME_ONLY_RE.match(text):
        return []  # "inputs: earlier results, complaints and reviews" lists data; "effecten
        # die ik zie." announces effects
    if text.rstrip().endswith(":") and NOT_PEOPLE_LEAD_RE.search(text):
        return []  # "Effecten, kort en krachtig:": a heading over the effects below it
    if DOUBT_ONLY_RE.match(text) or LAUGH_RE.match(text.strip(" -*•")):
        return []  # "not sure about that one", "haha not great": an aside names nobody
    strong = led or STRONG_LEAD_RE.match(text.strip()) is not None
    text = dashes_as_commas(text) if strong else text  # "wie: dijkwachters - inspecteurs - ..."
    items = [SPEAKER_ROLE_RE.sub("", i) for i in list_items(text)]  # "wij als provincie"
    items = [OR_WHOEVER_RE.sub("", i) or i for i in items]  # "hun kinderen of wie het ... krijgt"
    if len(items) == 1:
        items = run_on_names(items[0]) or items  # "handhavers parkeerders bewoners"
    if strong or len(items) >= DICTATED_LIST_ITEMS:  # "het OM de gemeente de ..."
        short = len(items) >= DICTATED_LIST_ITEMS  # "de planners de conducteurs, de ..."
        items = [n for i in items for n in dictated_names(i, short=short)]
    if len(items) > 2 and END_APPOSITION_RE.search(text):
        items = items[:-1]  # "... en de leverancier, een startup uit Eindhoven"
    if strong:
        items = _led_items(items)  # "betrokken: X als er ..., Y die ..."
    if items and _pronoun_led(items[0]):
        return []  # "it also measures heart rate and where they look": a clause
    names_first = all(_plain_name(i) for i in items[:-1])
    if len(items) >= DICTATED_LIST_ITEMS and names_first and _clause_item(items[-1]):
        items = [*items[:-1], _named_before_verb(items[-1]) or items[-1]]  # "..., and the
        # public prosecutor gets the reports": the prosecutor, with what they do told after
    if not items or any(_clause_item(i) or len(words(i)) > LONG_ITEM for i in items):
        return []
    if any(_only_stage(i) or AMOUNT_RE.search(i) for i in items):
        return []  # "pilot sinds mei", "licentie 65k per jaar": facts, no names
    names = [n for n in (actor_name(i) for i in _shared_nouns(items, text)) if n]
    return names + [p for p in group_parts(text) if p not in names]


def group_parts(text: str) -> list[str]:
    """The parts of a group named in brackets after it, when the remark says they are the
    part meant ("night passengers (lots of students + women travelling alone)", "bewoners
    (vooral ouderen en gezinnen)", "the people looked for (missing persons but also
    suspects)"): each part a group of people or an organisation; [] for a remark that is no
    such part ("(mostly newcomers who need the exam)", "(jgz, tbc)", "(kids and the elderly
    especially)")."""
    found: list[str] = []
    for remark in re.findall(r"\(([^()]*)\)", text):
        lead = GROUP_PART_LEAD_RE.match(remark.strip())
        if lead is None and not re.search(r"\s(?:but also|maar ook)\s", remark, re.I):
            continue
        parts = [GROUP_PART_LEAD_RE.sub("", p.strip()) for p in GROUP_PART_JOINT_RE.split(remark)]
        parts = [p.strip(" .!?") for p in parts if p.strip(" .!?")]
        if len(parts) < 2 or not all(_group_part(p) for p in parts):
            continue
        found += [actor_name(p) for p in parts]
    return [n for n in found if n]


def _group_part(part: str) -> bool:
    """A short name of people or an organisation, no clause."""
    if len(words(part)) > GROUP_PART_WORDS or is_clause(head(part)) or _pronoun_led(part):
        return False
    return is_person(part) or head_is_person(part) or names_organisation(part)


def _untailed(item: str) -> str:
    """An item without the words that trail a name ("de dijkwachters zelf", "the crews
    themselves"): a reflexive word there makes no clause."""
    kept = item.split()
    while len(kept) > 1 and kept[-1].lower().strip(",.;:!") in NAME_TAIL_WORDS:
        kept.pop()
    return " ".join(kept)


def _three_or_more(text: str) -> bool:
    """Whether ``text`` reads as a list of three or more ("A, B, C", "A, B en C")."""
    commas = text.count(",")
    return commas >= LIST_COMMAS or (commas == 1 and AND_RE.search(text.split(",")[1]) is not None)


def _unsure_end(text: str) -> str:
    """A list that ends in a question mark because the writer is unsure of it, not because it
    asks: two commas or more, and no question word or verb in front ("huurders, de monteurs,
    en misschien de GGD?", "residents, the drivers, the union?")."""
    stripped = text.rstrip()
    if not stripped.endswith("?") or stripped.count("?") > 1 or stripped.count(",") < 2:
        return text
    if ASKING_RE.match(stripped) or is_clause(head(stripped.split(",")[0])):
        return text
    return stripped[:-1]


def _shared_nouns(items: list[str], text: str) -> list[str]:
    """Two words joined by "en"/"and" before one word for people are one group ("dove en
    slechthorende inwoners", "deaf and hard-of-hearing residents"), not "Dove" beside
    "Slechthorende inwoners"; so are a word for no one and a kind of people ("community and
    church leaders", "buurt en kerkleiders")."""
    joined: list[str] = []
    for item in items:
        before = joined[-1] if joined else ""
        said = re.search(rf"\b{re.escape(before)}\s+(?:en|and)\s+{re.escape(item)}", text, re.I)
        described = _lone_describing_word(before) and _described_people(item)
        shared = described or (_lone_thing_word(before) and _kind_of_people(item))
        if before and said is not None and shared:
            joined[-1] = said.group(0)
        else:
            joined.append(item)
    return joined


def _lone_describing_word(item: str) -> bool:
    """One word that names no people or body itself ("dove", "older")."""
    tokens = words(strip_article(item))
    return len(tokens) == 1 and _describing(tokens[0]) and not names_organisation(tokens[0])


def _lone_thing_word(item: str) -> bool:
    """One bare word that names no people or body ("community" in "community and church
    leaders")."""
    tokens = item.split()
    return len(tokens) == 1 and tokens[0].islower() and not (is_person(item) or _group_word(item))


def _kind_of_people(item: str) -> bool:
    """Two words of which the last names people ("church leaders", "kerk leiders")."""
    tokens = words(strip_article(item))
    if len(tokens) != 2 or _describing(tokens[0]):
        return False  # "privacy en kwetsbare huurders": a value and a described group
    return _group_word(tokens[1]) and not _group_word(tokens[0])


def _described_people(item: str) -> bool:
    """A describing word before a word for people ("slechthorende inwoners"; not "its
    reviewers"), or one word for people of a kind ("vrije-uitloophouders" after "biologische
    en")."""
    tokens = words(strip_article(item))
    if len(tokens) == 1:
        return "-" in tokens[0] and (_group_word(tokens[0]) or is_person(tokens[0]))
    return len(tokens) == 2 and _describing(tokens[0]) and _group_word(tokens[1])


def _describing(word: str) -> bool:
    """A word that describes people rather than names them ("dove", "older", "blind")."""
    if _group_word(word):
        return False
    return word in DESCRIBING_WORDS or word.endswith(DESCRIBING_ENDINGS)


def _group_word(word: str) -> bool:
    """A word for a group of people ("inwoners", "residents"), not "dove" or "kwetsbare"."""
    plural = word.endswith(PERSON_PLURAL_ENDINGS) and word not in NOT_PEOPLE
    return word in PEOPLE_WORDS or plural


def _led_items(items: list[str]) -> list[str]:
    """The items of a list after a lead-in that announces actors ("involved: ..."): a condition
    after a name cut off ("de Jeugdbescherming als er een maatregel loopt"), a part that is a
    clause of its own left out, so one long part does not undo the list."""
    cut = [SELF_TAIL_RE.sub("", CONDITION_CUT_RE.sub("", i)).strip(" ,") for i in items]
    kept = [_acting_subject(i) if is_clause(head(i)) else i for i in cut]
    return [i for i in kept if i and len(words(i)) <= LONG_ITEM]


def _acting_subject(item: str) -> str:
    """The people or organisation a part of a led list opens with when the part goes on as a
    clause ("en de Autoriteit Persoonsgegevens kijkt vast mee", "and the union will want a
    say"): the words before the verb; "" when they name no one."""
    tokens = item.split()
    spot = _first_verb(tokens)
    subject = " ".join(tokens[:spot])
    if _contact_clause(tokens, spot):
        return item  # "the people they stop", "the ones we check": who is meant
    if not spot or spot > ACTING_SUBJECT_WORDS or is_clause(subject):
        return ""
    return subject if is_person(subject) or head_is_person(subject) else ""


def _clause_item(item: str) -> bool:
    """Whether a list item is a clause, not a name ("the people they stop" is a name)."""
    if not is_clause(_untailed(head(item))):
        return False
    tokens = item.split()
    spot = _first_verb(tokens)
    return not _contact_clause(tokens, spot)


def _plain_name(item: str) -> bool:
    """Whether a list item is only a short name that ends in its word for people or parties
    ("the software company", "hun families soms"), not a clause ("student vult profiel in")."""
    tokens = words(without_fillers(item))
    if not tokens or len(tokens) > NAME_ITEM_WORDS:
        return False
    last = tokens[-1]
    return is_person(last) or head_is_person(last) or last in GENERIC_PARTY_HEADS


def _named_before_verb(item: str) -> str:
    """The people or organisation a list's last item names before its verb ("the public
    prosecutor gets the reports" -> "the public prosecutor", "de rechtbank krijgt ..."); ""
    where the words before the verb name neither ("the market gets quieter")."""
    tokens = item.split()
    before = " ".join(tokens[: _first_verb(tokens)])
    named = before and (_people_word(before) or organisation_kind(strip_article(before)))
    return before if named else ""


def _first_verb(tokens: list[str]) -> int:
    """Where the first verb of a list item stands (0 where it has none)."""
    return next((i for i, t in enumerate(tokens) if t.lower().strip(",.") in VERB_WORDS), 0)


def _contact_clause(tokens: list[str], spot: int) -> bool:
    """Whether the verb at ``spot`` ends a clause without a relative pronoun that says which
    people are meant ("the people they stop", "the families we visit"): people, then a
    pronoun, then the verb and little more."""
    if spot < 2 or tokens[spot - 1].lower() not in PERSONAL_PRONOUNS:
        return False
    people = " ".join(tokens[: spot - 1])
    short = len(tokens) - spot <= CONTACT_CLAUSE_TAIL
    return short and not is_clause(people) and (is_person(people) or head_is_person(people))


def people_only_after_head(name: str) -> bool:
    """Whether people are named only after the head of ``name``, as whom something is for or
    of ("het belang van het kind", "transparantie naar ouders", "respect for tenants"): what
    the name is about is no one."""
    tokens = words(name)
    while tokens and tokens[0] in LEADING_LINKS:
        tokens = tokens[1:]  # "aan het belang van ...", "to the interest of ..."
    spot = next((i for i, t in enumerate(tokens) if t in OBJECT_LINKS), 0)
    head, rest = " ".join(tokens[:spot]), " ".join(tokens[spot + 1 :])
    if not spot or not rest:
        return False
    return not (is_person(head) or head_is_person(head)) and is_person(rest)


def _pronoun_led(item: str) -> bool:
    """A part that starts with a pronoun or a question word ("it also measures heart rate",
    "where they look", "ze kijken mee"): a clause, not a name."""
    first = item.split()[:1]
    return bool(first) and not first[0].isupper() and first[0].lower() in CLAUSE_LEADS


def _only_stage(item: str) -> bool:
    """A part that says the stage ("nog een idee", "in gebruik sinds 2023"), not a name; a
    stage word in a clause about people ("mensen die een test willen") is no stage."""
    lowered = f" {head(item).lower()} "
    named = any(pattern.search(lowered) for pattern in STAGE_RES.values())
    return named and not is_person(item)


def dashes_as_commas(text: str) -> str:
    """A list split by dashes as one split by commas ("buren - handhavers - leverancier"),
    when two dashes or more split it; else ``text``."""
    return DASH_ITEM_RE.sub(", ", text) if len(DASH_ITEM_RE.findall(text)) >= DASH_ITEMS else text


def names_answered(text: str) -> list[str]:
    """Actors named right after the user's own question: "who's involved, hmm, the parents,
    the school", "wie er allemaal bij zit: de bewoners en de winkeliers"."""
    if text.rstrip().endswith("?") and not _three_or_more(text):
        return []  # "wie is hier eigenlijk bij betrokken?" asks; "who else.. A, B, C right?"
    match = SELF_QUESTION_RE.match(without_fillers(text))
    if match is None:
        return []
    names = names_in_list(dashes_as_commas(match.group("rest")))  # "wie: X - Y - Z"
    return names if person_share(names) >= ANSWER_SHARE else []


def names_forgotten(text: str) -> list[str]:
    """Actors added in passing: "vergeet de GGD niet, die ...", "don't forget the union", "o ja,
    en de nazaten.", "O, en bijna vergeten: de familie", "oh, I forgot: the caretakers"."""
    match = FORGET_RE.match(text.strip())
    if match is not None:
        return names_in_list(match.group("nl") or match.group("en") or "")
    added = ADDED_RE.match(text.strip()) or FORGOT_LEAD_RE.match(text.strip())
    if added is None:  # "o ja, en de nazaten.", "bijna vergeten: de familie en ..."
        return []
    return [n for n in names_in_list(added.group("who")) if is_person(n) or head_is_person(n)]


def afterthought_party(text: str) -> tuple[list[str], str]:
    """(names, what follows) for one more party added after an interjection: "O, en de
    griffie." -> (["Griffie"], ""), "o en boeren, hij vliegt over hun land" -> (["Boeren"],
    "hij vliegt over hun land"); a name with an article needs no word for people ("de
    marechaussee"), a bare one does; ([], "") when none."""
    match = AFTERTHOUGHT_PARTY_RE.match(text.strip())
    if match is None or is_clause(match.group("who")) or text.rstrip().endswith("?"):
        return [], ""  # "oh en de ombudsman misschien?": asked, not added
    who = match.group("who")
    with_article = who.split()[0].lower() in NAME_ARTICLES
    people = is_person(who) or head_is_person(who)
    if len(words(who)) > UNLED_NAME_WORDS or not (with_article or people):
        return [], ""
    name = actor_name(who)
    rest = text.strip()[match.end("who") :].strip(" ,-\u2013.!?")
    if len(names_in_list(rest)) > 1:
        return [], ""  # "oh and the medical service, families, the vendor ...": a list
    return ([name], rest) if name else ([], "")


def names_after_a_list(text: str) -> list[str]:
    """One more party said after a list of actors: "En de studentenraad, die is nog niet
    gevraagd." -> ["Studentenraad"]; [] unless each name is people or an organisation before
    any qualifier, and no clause ("en de bewoners klagen")."""
    match = AFTER_A_LIST_RE.match(text.strip())
    if match is None or is_clause(match.group("who")):
        return []
    items = list_items(match.group("who"))
    if not items or any(len(words(i)) > UNLED_NAME_WORDS for i in items):
        return []
    if not all(is_person(head_word(i)) or organisation_kind(i) for i in items):
        return []
    return [n for n in (actor_name(i) for i in items) if n]


def names_with_reason(text: str) -> tuple[list[str], str]:
    """(names, reason) for a party added with the reason it is involved: "En de MR, want die
    moet instemmen." -> (["MR"], "die moet instemmen"); ([], "") unless it names people or an
    organisation."""
    match = REASONED_PARTY_RE.match(text.strip())
    if match is None or is_clause(match.group("who")):
        return [], ""
    items = list_items(match.group("who"))
    if not items or not all(_people_before_qualifier(i) for i in items):
        return [], ""
    names = [n for n in (actor_name(i) for i in items) if n]
    return names, match.group("rest").strip() if names else ""


FRONT_BREAKS = NAME_BREAKS | {"to", "naar", "aan", "about", "over"}


def _people_before_qualifier(item: str) -> bool:
    """Whether a name is people or an organisation before any qualifier ("de MR", "the union
    of bus drivers"), not a thing said of them ("the letters to the residents")."""
    tokens = item.split()
    cut = next((i for i, t in enumerate(tokens) if i and t.lower() in FRONT_BREAKS), len(tokens))
    front = " ".join(tokens[:cut])
    return is_person(front) or head_is_person(front) or bool(organisation_kind(front))


def names_suggested(text: str) -> list[str]:
    """Parties named as a guess, with no verb of their own: "Misschien de Autoriteit
    Persoonsgegevens.", "En misschien deurwaarders, als een regeling misloopt." ->
    ["Deurwaarders"], "The landlords maybe." -> ["Landlords"]; also one added with what it is
    ("And the ethics committee, the board that ..."); [] unless each name is one of people or
    an organisation."""
    match = SUGGESTED_RE.match(text.strip())
    hedged = match is not None and bool(match.group("lead") or match.group("tail"))
    apposed = None if hedged else APPOSED_RE.match(text.strip())  # "and the X, the body ..."
    if not (hedged or apposed):
        return []
    items = list_items((match if hedged else apposed).group("who"))  # type: ignore[union-attr]
    if not items or any(is_clause(head(i)) or len(words(i)) > UNLED_NAME_WORDS for i in items):
        return []  # "misschien krijgen ze minder boetes": a clause, no name
    if not all(names_people(i) or is_person(head_word(i)) or organisation_kind(i) for i in items):
        return []  # "misschien de kosten", "maybe less waiting for residents"
    return [n for n in (actor_name(i) for i in items) if n]


def names_added_with_rest(text: str) -> tuple[list[str], str, bool]:
    """(names, rest, whether the rest is given as the reason) for someone added with what follows
    about them: "de ouders horen er ook bij, want bij hen wordt aangebeld" -> (["Ouders"], "bij
    hen wordt aangebeld", True); the names must be people or organisations."""
    match = ADDED_WITH_REST_RE.match(FILLER_LEAD_RE.sub("", text.strip(), count=1))
    if match is None:
        return [], "", False
    names = _one_or_more(match.group("who"))
    listed = LISTED_ADDITION_RE.search(match.group(0)[match.end("who") - match.start() :])
    proper = listed and _all_names(names) and _proper(match.group("who"))
    if not names or not (person_share(names) == 1 or proper):
        return [], "", False
    rest = (match.group("rest") or "").strip()
    more = ANOTHER_NAME_RE.match(rest)  # "..., en de provincie als toezichthouder"
    also = names_in_list(more.group("names")) if more and not match.group("reason") else []
    if also and person_share(also) == 1:
        return names + also, "", False
    return names, rest, match.group("reason") is not None


def _proper(who: str) -> bool:
    """Whether a word after the first is capitalised ("Provinciale Staten", "het ROCOV"), as in
    a proper name; not "De kosten" at the start of a sentence."""
    return any(w[:1].isupper() for w in who.split()[1:])


def _all_names(names: list[str]) -> bool:
    """Whether each of ``names`` can be a name put on the list ("Provinciale Staten"), not a
    clause or a pronoun ("het", "dat")."""
    return all(name_like(n) and not is_clause(n) and not _pronoun_led(n) for n in names)


def more_names(rest: str) -> list[str]:
    """The names in what follows someone added when it only adds more ("..., en de advocaten",
    "..., and the lawyers"), whatever word for people they are; [] for a clause."""
    more = ANOTHER_NAME_RE.match(rest.strip())
    if more is None or is_clause(more.group("names")):
        return []
    items = list_items(more.group("names"))
    if not items or any(len(words(i)) > UNLED_NAME_WORDS for i in items):
        return []
    return [n for n in (actor_name(i) for i in items) if n]


def _one_or_more(who: str) -> list[str]:
    """The names in ``who``; one name when its "en"/"and" is inside the first name's qualifier
    ("de leverancier van de drones en het AI-model", "the supplier of the cameras and the
    software")."""
    names = names_in_list(who)
    if len(names) < 2 or person_share(names) == 1 or not is_person(names[0]):
        return names
    qualified = any(w in NAME_BREAKS for w in words(names[0])[1:])
    return [actor_name(who)] if qualified else names


def person_share(names: list[str]) -> float:
    """The share of ``names`` that look like people or organisations."""
    return sum(1 for n in names if is_person(n) or head_is_person(n)) / len(names) if names else 0


def names_besides(text: str) -> list[str]:
    """Actors named in a question: "wie nog meer, behalve bewoners en de inzamelaar?"."""
    match = BESIDES_RE.search(text)
    if match is None:
        return []
    return names_in_list(match.group("names"))


def names_embedded(text: str) -> list[str]:
    """Actors listed inside a sentence about something else (the case): three or more single
    names, at least half of them people or organisations."""
    match = EMBEDDED_RE.search(text)
    if match is None or DATA_LABEL_RE.match(text):
        return []
    if DATA_LEAD_RE.search(text[: match.start()]):
        return []  # "op basis van opleiding, beoordelingen en woonplaats": what it works from
    items = [i for i in ITEM_SPLIT_RE.split(match.group("items")) if i.strip()]
    names = [n for n in (actor_name(i) for i in items) if n]  # "and maybe the police?": ""
    if len(names) < EMBEDDED_MIN or person_share(names) < EMBEDDED_SHARE:
        return []
    return names


def names_present(text: str) -> list[str]:
    """The organisations and groups on a line of attendees in pasted minutes ("Aanwezig:
    gemeente Utrecht (Pim), Kees (notulist), de GGD", "Present: Anna (chair), the police"):
    first names and roles in brackets are who came, not who is involved. Or the office or body
    a pasted memo comes from or goes to ("Aan: college van B&W")."""
    match = PRESENT_RE.match(text.strip())
    if match is None:
        party = MAIL_PARTY_RE.match(text.strip())  # "Aan: college van B&W"
        return [actor_name(party.group("party").strip())] if party else []
    listed = split_outside_brackets(match.group("names"))
    sent = [_sent_by(i) for i in listed]  # "Kees van Vattenfall (laadpaalexploitant)"
    groups = [PERSON_FOR_GROUP_RE.match(i) for i in listed]  # "Ahmed from the app vendor"
    sent += [actor_name(g.group("group")) for g in groups if g is not None]
    sent += [_role_group(i) for i in listed if FIRST_NAME_WITH_ROLE_RE.match(i)]
    items = [
        BRACKETS_RE.sub("", i)
        for i, group in zip(listed, groups, strict=True)
        if not (FIRST_NAME_WITH_ROLE_RE.match(i) or PERSON_OF_ORGANISATION_RE.match(i) or group)
    ]
    named = [i for i in items if name_like(i) and (is_person(i) or head_is_person(i))]
    return [n for n in sent if n] + [actor_name(i) for i in named if actor_name(i)]


def _role_group(item: str) -> str:
    """The group a first name came for, from its role in brackets ("Bas (namens de
    laboranten)" -> "Laboranten", "Ineke (cliëntenraad)" -> "Cliëntenraad"); "" for a role
    of their own ("Kees (notulist)", "Fenna (projectleider)")."""
    role = BRACKETS_RE.search(item)
    said = role.group(0).strip("() ") if role else ""
    behalf = ON_BEHALF_RE.match(said)
    if behalf is not None:
        return actor_name(said[behalf.end() :])
    head = said.split()[0].lower() if said.split() else ""
    return actor_name(said) if head and head.endswith(BODY_ROLE_ENDS) else ""


def _sent_by(item: str) -> str:
    """The organisation an attendee came for, in its role ("Kees van Vattenfall
    (laadpaalexploitant)" -> "Laadpaalexploitant (Vattenfall)"); "" for anyone else, or when
    the role is none of an organisation's ("Jan van Dijk (voorzitter)": a surname)."""
    match = PERSON_OF_ORGANISATION_RE.match(item)
    role = (match.group("role") or "").strip() if match else ""
    if not role or not organisation_kind(role):
        return ""
    return f"{role[:1].upper()}{role[1:]} ({match.group('org')})"  # type: ignore[union-attr]


PROPER_NAME_RE = re.compile(r"^[A-Z][a-zà-ÿ]")  # "Fryske Akademy", not "GPS"
NAMES_JOINT_RE = re.compile(r"\s*,\s*(?:(?:en|and)\s+)?|\s+(?:en|and)\s+", re.IGNORECASE)


def names_added_by_add(text: str) -> list[str]:
    """The names "add" has as its only object ("voeg de Fryske Akademy en de Statenleden nog
    toe", "add the Rotary Club and the caretakers too"): people or organisations, each a
    proper name or a word for people; none for a thing ("voeg een knop toe")."""
    said = FILLER_LEAD_RE.sub("", text.strip(), count=1)
    match = ADD_NAMES_RE.match(said) or INCLUDE_NAMES_RE.match(said)
    if match is None:
        return []
    who = match.group("who") or match.groupdict().get("put") or ""
    names = [n for n in NAMES_JOINT_RE.split(who) if n.strip()]
    if not names or len(names) > ADDED_NAMES_MAX:
        return []
    for name in names:
        head = strip_article(name.strip())
        if words(name)[:1] in (["een"], ["a"], ["an"]) or len(words(head)) > ADDED_NAME_WORDS:
            return []  # "de portiers van de clubs": four words without the article
        named = any(w[:1].isupper() for w in head.split()[1:])  # "the port of Hengelo"
        if not (PROPER_NAME_RE.match(head) or is_person(head) or named):
            return []
    bare = [strip_article(n.strip()) for n in names]
    return [n[:1].upper() + n[1:] for n in bare]


BRACKETED_RE = re.compile(r"\([^)]*\)")
DOTTED_ITEMS = 3  # "boeren. taxateurs. bij12.": at least this many short pieces
DOTTED_ITEM_WORDS = 5  # words of a piece outside brackets


def dotted_list(text: str) -> str:
    """A one-line list typed with full stops ("boeren. taxateurs. bij12. faunabeheereenheid",
    "case managers. their lawyers. coa. ind. judges (...)") as a comma list, so it reads as
    the list it is at any step; other text as it is: a piece that is a clause or longer than a
    name, or fewer than half of the pieces naming people."""
    if "\n" in text.strip():
        return text
    pieces = [p.strip(" .") for p in split_sentences(text)]
    if len(pieces) < DOTTED_ITEMS or any("?" in p for p in pieces):
        return text
    bare = [BRACKETED_RE.sub("", p).strip() for p in pieces]
    if any(not b or len(b.split()) > DOTTED_ITEM_WORDS or is_clause(b) for b in bare):
        return text
    if sum(1 for b in bare if is_person(b) or head_is_person(b)) * 2 < len(bare):
        return text
    return ", ".join(pieces)
