"""Formal official language (memos, board notes): measures told in the passive or the future
tense of an arrangement ("er wordt voorzien in ...", "voorts wordt het algoritme opgenomen in
het register", "it will be laid down in the working instructions that ...", "case handlers will
receive training on ..."), and hedged risks ("niet uitgesloten is dat ...", "it cannot be
ruled out that ..."), Dutch and English."""

from __future__ import annotations

import re

# Leads a formal sentence may open with before what it says ("Voorts", "Tevens", "Further,").
_FORMAL_LEAD = (
    r"^\W*(?:\(?\w\)\s*|\d+[.)]\s*)?(?:(?:voorts|tevens|daarnaast|verder|bovendien|ook|en|"
    r"ten\s+slotte|tot\s+slot|further(?:more)?|moreover|in\s+addition|also|and|finally|"
    r"lastly)\s*,?\s+)*"
)
# Participles of an arrangement made or something set up (not of what happens to people).
_ARRANGED_NL = (
    r"(?:vastgelegd|opgenomen|ingericht|ingesteld|ingevoerd|aangesteld|aangewezen|toegevoegd|"
    r"aangeboden|uitgevoerd|belegd|georganiseerd|gepubliceerd|geregeld|afgesproken|opgezet|"
    r"verplicht\s+gesteld|beschikbaar\s+gesteld|geborgd|gewaarborgd|geëvalueerd|geevalueerd|"
    r"aangebracht)"
)
_ARRANGED_EN = (
    r"(?:laid\s+down|set\s+out|set\s+up|stipulated|recorded|included|introduced|established|"
    r"appointed|designated|carried\s+out|conducted|performed|added|provided|offered|published|"
    r"organi[sz]ed|installed|arranged|agreed|made\s+available|made\s+mandatory|evaluated|"
    r"registered|put\s+in\s+place)"
)
# People taught or instructed, a measure: "medewerkers worden geschoold in ...", "case
# handlers will be trained", "staff will receive training on ..." ("who" must be people,
# checked where it is used).
FORMAL_TAUGHT_RE = re.compile(
    _FORMAL_LEAD + r"(?:(?:de|het|alle|onze|the|all|our)\s+)?(?P<who>[\w'-]+(?:\s+[\w'-]+){0,5}?)"
    r"\s+(?:(?:worden|wordt|zullen\s+worden|will\s+be|shall\s+be|are\s+to\s+be|are|is)\s+"
    r"(?:\w+\s+)?(?:geschoold|getraind|opgeleid|ge[iï]nstrueerd|bijgeschoold|trained|"
    r"instructed|briefed|taught|coached)|(?:will|shall)\s+(?:\w+\s+)?(?:receive|get|follow|"
    r"attend)\s+(?:\w+\s+){0,2}?(?:training|instruction|instructions|briefing|course|"
    r"guidance)|(?:krijgen|ontvangen|volgen|zullen\s+\w+)\s+(?:\w+\s+){0,2}?(?:een\s+)?"
    r"(?:training|instructie|scholing|cursus|opleiding))\b",
    re.IGNORECASE,
)
# Something set up or laid down in the passive or the future of an arrangement: "er wordt
# voorzien in ...", "er wordt in het scherm een toelichting opgenomen", "voorafgaand aan de
# invoering wordt een IAMA uitgevoerd", "het algoritme wordt opgenomen in het register", "it
# will be laid down in the working instructions that ...", "a DPIA will be carried out",
# "provision is made for ...".
FORMAL_MEASURE_RE = re.compile(
    _FORMAL_LEAD
    + r"(?:er\s+(?:wordt|worden|zal|zullen)\s+(?:[^.;:?!]{0,80}?\s)?(?:voorzien\s+in|"
    + _ARRANGED_NL
    + r")\b"
    r"|er\s+(?:wordt|worden)\s+voorzien\b"
    r"|(?:[\w'-]+\s+){0,8}?(?:wordt|worden|zal|zullen)\s+(?:[^.;:?!,]{0,60}?\s)?(?:een|the)\s+"
    r"[^.;:?!,]{0,60}?\b" + _ARRANGED_NL + r"\b"
    r"|(?:[\w'-]+\s+){0,8}?(?:wordt|worden)\s+(?:[^.;:?!,]{0,40}?\s)?(?:vastgelegd|opgenomen)\s+in\s+"
    r"(?:de|het|een)\s+(?:\w+\s+)?(?:\w*register|\w*instructies?|protocol|contract|\w*overeenkomst|"
    r"convenant|handboek|regeling|beleid\w*|reglement|privacyverklaring|besluit)\b"
    r"|(?:[\w'-]+\s+){0,8}?(?:wordt|worden|zal|zullen)\s+(?:[^.;:?!]{0,80}?\s)?(?:vastgelegd|"
    r"bepaald|geregeld|afgesproken|opgenomen)\s+dat\b"
    r"|(?:it\s+)?(?:will|shall)\s+(?:also\s+)?be\s+(?:laid\s+down|set\s+out|stipulated|"
    r"recorded|written\s+down|specified)\s+(?:in|that)\b"
    r"|provision\s+(?:is|will\s+be|shall\s+be)\s+made\s+for\b"
    r"|(?:a|an|one)\s+(?:[\w'-]+\s+){0,5}?(?:will|shall)\s+(?:also\s+)?be\s+" + _ARRANGED_EN + r"\b"
    r"|(?:[\w'-]+\s+){0,6}?(?:will|shall)\s+(?:also\s+)?be\s+(?:registered|included|recorded|"
    r"published)\s+in\s+the\s+(?:[\w'-]+\s+){0,2}?(?:register|instructions|contract|agreement|"
    r"protocol|policy|privacy\s+statement)\b"
    r"|(?:we|the\s+\w+)\s+(?:will|shall)\s+(?:also\s+)?(?:introduce|set\s+up|establish|appoint|"
    r"carry\s+out|conduct|publish|lay\s+down|include)\b)",
    re.IGNORECASE,
)
# A risk told as a hedge ("niet uitgesloten is dat ...", "het valt niet uit te sluiten dat ...",
# "it cannot be ruled out that ..."): what follows may happen, a negative effect.
HEDGED_RISK_RE = re.compile(
    r"\b(?:(?:het\s+is\s+)?niet\s+uitgesloten(?:\s+is)?|(?:het\s+)?(?:valt|is)\s+niet\s+uit\s+te\s+"
    r"sluiten|kan\s+niet\s+worden\s+uitgesloten|(?:it\s+)?(?:cannot|can\s*not|can't)\s+be\s+"
    r"(?:ruled\s+out|excluded)|(?:it\s+)?is\s+not\s+(?:to\s+be\s+)?(?:ruled\s+out|excluded))"
    r"(?:\s+(?:echter|however|wel|evenwel))?\s*,?\s+(?:dat|that)\b",
    re.IGNORECASE,
)
# A formal lead in front of a list of actors ("Als betrokken actoren worden aangemerkt: ...",
# "Als betrokkenen worden onderscheiden de toezichthouders, ...", "The following actors are
# identified: ...", "As stakeholders we distinguish ...", "The relevant actors are in our
# view: ...").
FORMAL_ACTOR_LEAD = (
    r"(?:als|as)\s+(?:(?:betrokken|relevante|belangrijkste|relevant|main|principal)\s+)?"
    r"(?:actoren|betrokkenen|partijen|belanghebbenden|stakeholders|actors|parties)\s+"
    r"(?:(?:worden|zijn|are|have\s+been|were)\s+(?:\w+\s+)?(?:aangemerkt|onderscheiden|onderkend|"
    r"beschouwd|ge[iï]dentificeerd|genoemd|aangewezen|identified|distinguished|considered|"
    r"regarded|recognised|recognized)|(?:we|wij)\s+(?:\w+\s+)?(?:onderscheiden|identify|"
    r"distinguish|consider|see))\b\s*:?"
    r"|(?:the\s+|de\s+)?(?:following|relevant|principal|main|volgende|relevante)\s+"
    r"(?:actors|stakeholders|parties|actoren|betrokkenen|partijen)\s+(?:are|have\s+been|worden|"
    r"zijn)\s+(?:(?:in\s+our\s+view|identified|distinguished|considered|onderscheiden|"
    r"aangemerkt|onderkend|volgens\s+ons)\s*)+:?"
)
# That lead as a line of its own, over the names ("Als betrokken actoren worden aangemerkt:").
FORMAL_ACTOR_HEADER_RE = re.compile(r"^(?:" + FORMAL_ACTOR_LEAD + r")\s*$", re.IGNORECASE)
# A formal announcement of what follows, that names nothing itself ("Ten aanzien van de
# handelingsopties wordt het volgende voorgesteld.", "De volgende maatregelen worden
# voorgesteld.", "With regard to the measures, the following is proposed."): talk.
_STEP_NOUNS = (
    r"(?:handelingsopties|opties|maatregelen|mitigerende\s+maatregelen|effecten|risico'?s|"
    r"waarden|actoren|betrokkenen|measures|options|mitigations|mitigating\s+measures|effects|"
    r"risks|values|actors|stakeholders)"
)
FORMAL_ANNOUNCE = (
    r"(?:(?:ten\s+aanzien\s+van|wat\s+betreft|met\s+betrekking\s+tot|inzake|voor)\s+(?:de\s+)?"
    + _STEP_NOUNS
    + r"\s*,?\s+(?:wordt|worden)\s+(?:het\s+volgende|(?:de\s+)?volgende\s+\w+)\s+"
    r"(?:voorgesteld|opgemerkt|genoemd|onderscheiden|onderkend)|"
    r"(?:het\s+volgende|(?:de\s+)?volgende\s+" + _STEP_NOUNS + r")\s+(?:wordt|worden)\s+"
    r"(?:voorgesteld|opgemerkt|onderscheiden|onderkend)|"
    r"(?:with\s+regard\s+to|as\s+regards|regarding|concerning|as\s+for|with\s+respect\s+to)\s+"
    r"(?:the\s+)?" + _STEP_NOUNS + r"\s*,?\s+the\s+following\s+(?:is|are)\s+(?:proposed|"
    r"suggested|noted|identified)|"
    r"the\s+following\s+(?:" + _STEP_NOUNS + r"\s+)?(?:is|are)\s+(?:proposed|suggested|noted|"
    r"identified))"
)
# Values said to weigh in formal words ("In de afweging staan rechtmatigheid en proportionaliteit
# centraal", "Tevens wordt vertrouwen van belang geacht", "legitimacy and transparency are
# considered paramount"): the values named before it are values, wherever they are said.
FORMAL_VALUE_WEIGHT_RE = re.compile(
    r"\bsta(?:at|an)\b[^.;:?!]{0,120}?\bcentraal\b|\b(?:wordt|worden)\b[^.;:?!]{0,120}?\b(?:van\s+"
    r"(?:groot\s+|bijzonder\s+|wezenlijk\s+)?belang|essentieel|zwaarwegend|leidend)\s+geacht\b|"
    r"\b(?:is|zijn)\b[^.;:?!]{0,120}?\bin\s+het\s+geding\b|\bwegen\b[^.;:?!]{0,120}?\bzwaar(?:st)?\b|"
    r"\b(?:wordt|worden)\b[^.;:?!]{0,120}?\bals\s+(?:leidend|zwaarwegend)\s+beschouwd\b|"
    r"\b(?:is|are)\s+(?:also\s+)?(?:considered|deemed|regarded\s+as)\s+(?:\w+\s+)?(?:paramount|"
    r"important|essential|central|key|leading|decisive)\b|\b(?:is|are)\s+(?:central|paramount)\b|"
    r"\b(?:is|are)\s+at\s+stake\b|\bweighs?\s+(?:most\s+)?heavily\b",
    re.IGNORECASE,
)
# A measure put as a question whether it may be proposed ("Is het binnen de methode toegestaan
# voor te stellen dat ...?", "Would it be acceptable to propose that the model ...?").
ASKED_PROPOSAL_RE = re.compile(
    r"\b(?:(?:acceptable|allowed|possible|ok(?:ay)?|fine|permitted|can\s+(?:i|we)|could\s+(?:i|we)|"
    r"may\s+(?:i|we))\b[^?]{0,60}?\b(?:to\s+)?(?:propose|suggest)\s+that|(?:toegestaan|"
    r"aanvaardbaar|mogelijk|goed|mag\s+(?:ik|we)|kan\s+(?:ik|we)|kunnen\s+we|mogen\s+we)\b[^?]{0,60}?"
    r"\b(?:voor\s+te\s+stellen|voorstellen)\s+(?:dat|om)\b)",
    re.IGNORECASE,
)
# The question around such a measure, left off it ("Is it acceptable ... to propose that").
ASKED_PROPOSAL_LEAD_RE = re.compile(
    r"^[^?]{0,40}?" + ASKED_PROPOSAL_RE.pattern + r"\s*", re.IGNORECASE
)
# Pointing back at a measure just asked ("If so, that is our first measure.", "Zo ja, dan is
# dat onze eerste maatregel."): talk, no measure of its own.
FORMAL_POINTER = (
    r"(?:(?:if\s+so|in\s+that\s+case|zo\s+ja|in\s+dat\s+geval|dan)\s*,?\s+)?(?:(?:dan\s+)?is\s+)?"
    r"(?:that|this|dat|dit)\s+(?:is\s+|would\s+be\s+|zou\s+)?(?:our|onze)\s+(?:first|second|"
    r"third|next|eerste|tweede|derde|volgende)\s+(?:measure|option|proposal|maatregel|"
    r"handelingsoptie|optie|voorstel)(?:\s+(?:zijn|is))?"
)
# Whose view a lead gives, between the lead and what it leads in ("Betrokken zijn wat ons
# betreft ...", "Involved are, in our view, ..."): no part of the names.
FORMAL_STANCE = (
    r"(?:wat\s+(?:ons|mij)\s+betreft|naar\s+(?:ons|mijn)\s+(?:oordeel|idee|mening)|in\s+(?:onze|"
    r"mijn)\s+ogen|volgens\s+ons|ons\s+inziens|mijns\s+inziens|in\s+(?:our|my)\s+(?:view|"
    r"opinion|assessment)|as\s+(?:we|i)\s+see\s+it|to\s+our\s+mind)"
)
# The frame a memo puts in front of its values ("In de afweging staan ...", "In the assessment,
# legitimacy and ..."): no value of the speaker's own.
FORMAL_FRAME_LEAD_RE = re.compile(
    r"^(?:in|bij|within|binnen|for|voor)\s+(?:the|de|het|this|deze|dit|our|onze)\s+(?:\w+\s+)?"
    r"(?:assessment|afweging|weighing|beoordeling|balance|analysis|analyse|consideration|"
    r"overweging|toetsing|review)\s*,?\s*(?:(?:staan|staat|zijn|is|are|spelen|speelt)\s+)?",
    re.IGNORECASE,
)
