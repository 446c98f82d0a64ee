"""Cue words for measures that others put forward or a pasted text holds (Dutch and English): a
proposal reported as minutes report it ("Joost stelt voor ...", "the chair proposes an audit"),
labels and headers of minutes and action points ("Afgesproken: ...", "AP1 (Mehmet): ..."),
measures a pasted letter or memo asks for ("Wij vragen de provincie om: ..."), a label that puts
a proposal forward ("Voorstel: ...") and pointers to the measures of a text pasted before
("die drie uit de mail", "the actions miss a context one")."""

from __future__ import annotations

import re

# Capitalised words that name no one in particular ("Niemand wil een camera", "Ik wil ...").
NO_NAMES = (
    r"(?:Niemand|Iedereen|Nobody|Everyone|Everybody|Ik|Je|Jij|We|Wij|Hij|Zij|Ze|Men|You|He|"
    r"She|They|It|Het|Dat|Dit|Die|Er|Nu|Now|Who|Wie|Dan|Then|Ook|Also)"
)
# A measure someone put forward, as minutes report it ("Joost vraagt of er een toezichthouder
# moet komen", "Anna stelt voor de data korter te bewaren", "Tom asks whether the unit should
# get a private mode", "the chair proposes an audit", "Els wil een whitelist"): a proposal, no
# effect on anyone.
REPORTED_PROPOSAL_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:[\w -]{2,30}:\s*)?"
    r"(?:(?!" + NO_NAMES + r"\b)[A-Z][a-z\u00e0-\u00ff]+|(?:[Dd]e|[Tt]he)\s+"
    r"(?:voorzitter|chair))\s+(?:"
    r"(?:wil|wilde|wants|wanted)\s+(?:een|a|an|dat|that|the|de|het)\b|"
    r"(?:vraagt|vroeg|asks|asked)\s+(?:zich\s+af\s+)?(?:of|whether|if)\b.{3,160}?"
    r"\b(?:moet|moeten|zou|zouden|kan|kunnen|mag|mogen|should|could|would|can|might)\b|"
    r"(?:stelt|stelde)\s+voor\b|(?:suggests|suggested|proposes|proposed|recommends|"
    r"recommended|adviseert|adviseerde|pleit|pleitte)\b)",
)
# The lead of a measure someone put forward, reported where values or options are asked ("Els
# wil een whitelist ...", "Joost stelt voor om de beelden te wissen", "Anna proposes a
# whitelist"): the measure is what follows.
REPORTED_LEAD_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?!" + NO_NAMES + r"\b)[A-Z][a-z\u00e0-\u00ff]+|(?:[Dd]e|[Tt]he)\s+"
    r"(?:voorzitter|chair))\s+(?:(?:wil|wilde|wants|wanted)(?=\s+(?:een|a|an|de|het|the)\b)|"
    r"(?:stelt|stelde)\s+voor(?:\s+om)?|(?:suggests|suggested|proposes|proposed|recommends|"
    r"recommended)|(?:adviseert|adviseerde)(?:\s+om)?|(?:pleit|pleitte)\s+voor)\s+(?=\w)",
    re.MULTILINE,
)
# A label of minutes in front of a measure ("Afgesproken: ...", "Actiepunt: ...", "Vraag van de
# buurt: ...", "Agreed: ...", "Action point: ...", "Question from legal: ..."): what was agreed
# or asked there; the label names no measure and no kind.
MINUTES_LABEL_RE = re.compile(
    r"^(?:afgesproken|besloten|besluit|actiepunt(?:en)?|actie|afspraak|agreed|decided|decision|"
    r"action(?:\s+points?|\s+items?)?|(?:vraag|verzoek|voorstel|idee|suggestie)\s+(?:van|uit)\s+"
    r"[^:]{2,30}?|(?:question|request|proposal|idea|suggestion)\s+(?:from|by)\s+[^:]{2,30}?)"
    r"\s*:\s+(?=\w)",
    re.IGNORECASE,
)
# A pointer to the measures in pasted minutes ("de actiepunten uit de notulen zijn al opties", "the
# options in the minutes, all of them", "neem de actiepunten uit het verslag over"): it names the
# minutes or their action points.
MINUTES_POINTER_RE = re.compile(
    r"\b(?:notulen|verslag|actiepunten|acties|minutes|action\s+points|action\s+items|actions)\b",
    re.IGNORECASE,
)
# A line of minutes that lists action points ("3. Actiepunten: ...", "Action: Bas tests ...").
MINUTES_ACTIONS_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:actiepunt(?:en)?|acties|actie|action(?:\s+points?|\s+items?)?|"
    r"actions)\s*:\s*"
    # a numbered item of the agenda with its agreements after it ("3. Afspraken. Voortaan ...")
    r"|^\W*\d+[.)]\s*(?:afspraken|actiepunten|acties|agreements|actions|agreed\s+actions)"
    r"\s*[.:]\s+(?=\w)",
    re.IGNORECASE,
)
# A label over the measures a pasted letter, memo or mail asks for or puts forward ("Wij vragen
# de provincie om: ...", "Maatregelen: ...", "Aanbevelingen:", "We ask for: ...", "Measures
# proposed: ...", "We ask the council to: ..."): what follows are measures, not effects.
REQUESTED_MEASURES_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:"
    r"(?:voorgestelde\s+|gevraagde\s+|mogelijke\s+)?maatregel(?:en)?(?:\s+voorgesteld)?|"
    r"aanbeveling(?:en)?|(?:ons|onze)\s+(?:verzoek(?:en)?|advies|aanbevelingen)|"
    r"(?:wij|we)\s+(?:vragen|verzoeken|adviseren)(?:\s+(?:de|het|u|jullie)\b[^:]{0,40}?)?"
    r"(?:\s+om)?|"
    r"(?:proposed\s+|possible\s+|requested\s+)?measures(?:\s+proposed)?|recommendations?|"
    r"(?:our\s+)?requests?|(?:we|i)\s+(?:ask|request|recommend|urge)(?:\s+(?:for|you|the)\b"
    r"[^:]{0,40}?)?)\s*:\s*",
    re.IGNORECASE,
)
# A label that puts a proposal forward ("Voorstel: ...", "Proposal: ...", "Wat mij betreft:
# ..."): measures only once a pasted text has told its effects (a writer's own advice also
# when no effects follow it), for in a plan or minutes a proposal may well describe the
# technology itself ("Voorstel: een taalmodel leest de antwoorden ...").
PROPOSAL_LABEL_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:(?P<plan>voorstel(?:len)?|proposals?)|wat\s+mij\s+betreft|as\s+far\s+"
    r"as\s+i'?m\s+concerned)\s*:\s*",
    re.IGNORECASE,
)
# A pointer to the measures of a text pasted before, by their number and where they came from
# ("die drie uit de mail", "de drie uit de memo", "die twee van het ROCOV", "the three from the
# association", "the two in the letter"): they are taken over. Not the assistant's own ("the
# three from your list", "de twee uit de voorstellen").
PASTED_COUNT_POINTER_RE = re.compile(
    r"^(?:(?:ok[eé]?|ja|yes|dus|so|maatregelen|measures|opties|options)\s*[,:]?\s+)*"
    r"(?:die|de|deze|alle|the|those|these|all)\s+(?:twee|drie|vier|vijf|two|three|four|five|\d)"
    r"(?:\s+(?:maatregelen|opties|verzoeken|voorstellen|punten|measures|options|requests|"
    r"proposals|points|ideas|ideeën))?\s+(?:uit|van|in|from|of|in)\s+"
    r"(?!(?:your|je|jouw|uw|jullie|you)\b|(?:de|het|the)\s+(?:lijst|list|voorstellen|suggesties|"
    r"suggestions|proposals)\b)(?:(?:de|het|die|dat|the|"
    r"that|this|their|hun|onze|our)\s+)?[\w'-]+(?:\s+(?!(?:plus|and|en|ook|also)\b)[\w'-]+)?",
    re.IGNORECASE,
)
# A pointer to the measures or action points of a text pasted before ("die actiepunten", "the
# actions", "de maatregelen uit de memo"), in a remark about which kind they lack ("the actions
# miss a context one", "wat mist er nog bij die actiepunten?").
PASTED_MEASURES_WORD_RE = re.compile(
    r"\b(?:actiepunten|acties|actions|action\s+points|action\s+items|maatregelen|measures|"
    r"verzoeken|requests|aanbevelingen|recommendations)\b",
    re.IGNORECASE,
)
# What a pointer to pasted measures may hold besides the pointer ("... zijn goed", "... are
# good", "wat mist er nog bij ...", "... miss a context one"): no measure of its own.
PASTED_POINTER_TALK_WORDS = frozenset((
    "are", "zijn", "were", "waren", "miss", "misses", "missing", "mist", "missen", "mis", "lack",
    "lacks", "lacking", "ontbreekt", "ontbreken", "need", "needs", "nodig", "a", "an", "what",
    "wat", "bij", "in", "from", "uit", "with", "met", "we", "our", "onze", "wil", "want", "want",
    "fine", "solid", "sound", "prima", "sterk", "strong", "right", "terecht", "agree", "eens",
    "also", "ook", "still", "nog", "over", "overnemen", "just", "gewoon", "them", "all", "alle",
))  # fmt: skip
# The words of a pointer that say a kind is missing ("the actions miss a context one").
PASTED_MISSING_WORDS = frozenset((
    "miss", "misses", "missing", "mist", "missen", "mis", "lack", "lacks", "lacking",
    "ontbreekt", "ontbreken",
))  # fmt: skip
# What joins a measure of one's own to the pointer ("die drie uit de mail + training ...",
# "the three from the letter plus a help desk"): the measure after it.
POINTER_JOINT_RE = re.compile(r"^\s*(?:\+|&|,?\s*(?:plus|en\s+ook|and\s+also|en|and)\b)\s*")
# A header over the action points of minutes ("3. Actiepunten:", "Item 3 - Action points",
# "Afspraken"): the bullets below it are action points.
ACTIONS_HEADER_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:(?:item|punt|agendapunt)\s*\d+\s*[-\u2013:.]\s*)?"
    r"(?:actiepunten|acties|afspraken|action\s+points|action\s+items|actions|agreed\s+actions)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# The label of one action point and who takes it on ("AP1 (Mehmet): ...", "AP2 Ruud - ...",
# "Actie 3 Harm: ...", "Action (Tom): ..."): the owner is no actor and no part of the measure.
ACTION_LABEL_RE = re.compile(
    r"^\W*(?i:(?:ap|ai|a|actiepunt|actie|action(?:\s+point|\s+item)?)\s*\d{1,2}\b|actie|action)"
    r"\s*(?:\([^)]{1,40}\)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*(?::|\s[-\u2013\u2014])\s+(?=\w)"
)
# A measure asked in minutes ("should we not publish the criteria?", "kan de provincie de boer
# compenseren?"): put forward, as a question.
MINUTES_ASKED_RE = re.compile(
    r"^(?:(?:should|shall)\s+we\s+not|(?:kan|kunnen|zou|zouden|moet|moeten|can|could|should)\s+"
    r"(?:we|wij|the|de|het|er))\b",
    re.IGNORECASE,
)
