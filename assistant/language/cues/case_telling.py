"""Clauses among effects that tell the case, not what happens to someone: a decision or plan
("heeft het college besloten om een proef te doen", "the new plan is that ..."), how the model
works ("een model dat daar een risicoscore van maakt", "the algorithm looks at ..."), what is
done at a threshold ("bij rood gaat er een ploeg heen"), a condition ("mits ...", "provided
..."), who someone is or what they want to do ("de jurist is intern", "I'm the privacy
officer", "de aannemer wil meedoen") and a question about rules ("valt dit onder de AI Act?").
Read only where the clause itself has no direction word (Dutch and English)."""

from __future__ import annotations

import re

from assistant.language.cues.weighed_alternatives import CHOICE_MADE

# A decision taken or a trial started ("heeft het college besloten om ...", "we decided to
# run a trial", "het nieuwe plan is dat de app ...", "we testen een model dat ...").
DECISION_RE = re.compile(
    r"\b(?:besloten|besluit|besloot)\s+(?:om|dat|tot)\b|\b(?:decided|decides|has\s+decided)\s+to\b|"
    r"\b(?:het|ons|the|our)\s+(?:nieuwe\s+|new\s+)?plan\s+is\s+(?:dat|om|that|to)\b|"
    r"^(?:(?:en|and|dus|so)\s+)?(?:we|wij)\s+(?:testen|test|piloten|proberen|are\s+testing|"
    r"are\s+piloting|are\s+trialling|are\s+trying)\s+(?:nu\s+|now\s+)?(?:een|a|an)\b|"
    r"\b(?:een\s+proef|a\s+trial|a\s+pilot)\s+(?:te\s+)?(?:doen|houden|draaien|to\s+run|run)\b|"
    + CHOICE_MADE,  # "we kiezen de sensoren", "the board chose bodycams"
    re.IGNORECASE,
)
_SYSTEM_WORDS = r"model|algoritme|algorithm|systeem|system|software|tool|programma|program"
# What the model or system does ("een model van de leverancier dat daar een score van maakt",
# "a model from the supplier turns that into a risk score", "het model kijkt naar ...").
SYSTEM_WORKING_RE = re.compile(
    rf"^(?:(?:plus|en|and|dan|then)\s+)?(?:een|a|an|het|de|the|ons|onze|our)\s+(?:[\w-]+\s+)?"
    rf"(?:{_SYSTEM_WORDS})\b(?:\s+(?:van|from|of)\s+(?:de|het|the|our|onze)\s+[\w-]+)?\s+"
    r"(?:(?:dat|die|that|which)\s+|(?=\w))"
    r"(?:[\w'-]+\s+){0,6}?(?:maakt|berekent|kijkt|combineert|makes|turns|calculates|"
    r"computes|looks|combines)\b",
    re.IGNORECASE,
)
# The score a model makes, named in its working ("een risicoscore per boom", "a risk score"):
# no harm in itself.
SCORE_WORDS_RE = re.compile(r"\b(?:risk\s+)?[\w-]*(?:score|scores)\b", re.IGNORECASE)
# What is done at a threshold ("bij rood gaat er een snoeiploeg heen", "at red a crew goes
# out", "bij een hoge score komt er een controleur"): the working, the threshold word aside.
THRESHOLD_LEAD_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:bij|at|on|if\s+it(?:'s|\s+is|\s+turns)|als\s+(?:het|die)\s+op)\s+"
    r"(?:een\s+|a\s+)?(?:(?:hoge|lage|high|low)\s+score|rood|oranje|red|amber|orange)\b"
    r"(?:\s+(?:staat|springt|is))?\s*,?\s*",
    re.IGNORECASE,
)
# What is done at the threshold: someone goes there or gets sent.
THRESHOLD_ACTION_RE = re.compile(
    r"\b(?:gaat|gaan|komt|komen|wordt|worden|goes|go|comes|come|is|are|gets?)\b"
    r"(?:\s+[\w-]+){0,6}?\s+(?:heen|langs|gestuurd|out|sent|there|round|around)\b",
    re.IGNORECASE,
)
# A condition on its own ("mits de chauffeurs er geen extra werk aan hebben", "provided the
# staff get training"): what something depends on, no effect.
CONDITION_ONLY_RE = re.compile(
    r"^(?:mits|op\s+voorwaarde\s+dat|provided(?:\s+that)?|as\s+long\s+as|on\s+condition\s+that)"
    r"\b",
    re.IGNORECASE,
)
# Who someone is or where the work is done ("de jurist is intern", "the experts are external",
# "I'm the privacy officer", "we're building it in-house"), or that they want to take part
# ("de aannemer wil meedoen", "the contractor is keen to join").
WHO_THEY_ARE_RE = re.compile(
    r"\b(?:is|zijn|are|was|were)\s+(?:\w+\s+)?(?:intern|extern|internal|external|in-house|"
    r"freelance|freelancers|zzp'?ers)\b|"
    r"^(?:i'?m|i\s+am|ik\s+ben)\s+(?:the|de|hier\s+de|here\s+the)\s+(?:[\w-]+\s+){0,3}[\w-]+$|"
    r"\b(?:bouwen|bouwt|ontwikkelen|building|build|developing|develop)\s+(?:het|it)\s+"
    r"(?:zelf|in-house|ourselves|in\s+eigen\s+huis)\b|"
    r"\bmee\s+te\s+(?:willen\s+)?doen\b|\bwil(?:len)?\s+(?:graag\s+)?meedoen\b|"
    r"\b(?:wants?|keen|willing|eager)\s+to\s+(?:join|take\s+part|participate)\b",
    re.IGNORECASE,
)
# A request or question already put by someone ("de cliëntenraad heeft al vragen gesteld",
# "de politie vraagt om de ruwe data", "the police have already asked if they can get ..."):
# what they want, not what happens to them.
REQUEST_RE = re.compile(
    r"\b(?:heeft|hebben)\s+(?:al\s+|ook\s+)?(?:vragen\s+gesteld|gemaild|gevraagd)\b|"
    r"\b(?:vraagt|vragen|vroeg|vroegen|wil|willen)\s+(?:om\s+|naar\s+)?(?:de|het|hun|alle)\s+"
    r"(?:[\w-]+\s+)?(?:data|gegevens|beelden|opnames)\b|"
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+)?asked\s+(?:if|whether|for)\b|"
    r"\b(?:asks?|asked|wants?|wanted)\s+(?:for\s+)?(?:the|their|all)\s+(?:[\w-]+\s+)?(?:data|"
    r"footage|recordings)\b",
    re.IGNORECASE,
)
# What matters in general ("trust is everything in this job", "dat contact is juist
# belangrijk"), and a remark that something is no effect ("die laatste is geen effect"): a
# stance or a note on the list, no effect.
GENERAL_REMARK_RE = re.compile(
    r"^(?:[\w'-]+\s+){1,6}?(?:is|zijn|are)\s+(?:juist\s+|heel\s+|erg\s+|zo\s+|really\s+|"
    r"so\s+|very\s+)?(?:belangrijk|essentieel|cruciaal|alles|everything|crucial|essential|key|"
    r"vital|important)\b|"
    r"\b(?:is|zijn|are|isn't|aren't)\s+(?:geen|no|not\s+an?|not)\s+(?:effect|effects|"
    r"gevolg)\b",
    re.IGNORECASE,
)
# A question about the rules that apply or what a thing is called ("valt zo'n model onder de
# AI Act?", "moet het in het algoritmeregister?", "hoe heet dat?", "what's that called?").
RULES_QUESTION_RE = re.compile(
    r"\b(?:valt|vallen|falls?)\s+(?:[\w'-]+\s+){0,4}?(?:onder|under)\s+(?:de\s+|het\s+|the\s+)?"
    r"(?:ai[ -]?act|ai-verordening|avg|gdpr|wet|law|act)\b|"
    r"\b(?:algoritmeregister|algorithm\s+register)\b|"
    r"\bhoe\s+(?:heet|noem\s+je)\s+dat\b|\bwhat(?:'s|\s+is)\s+that\s+called\b|"
    r"\bhow\s+do\s+you\s+call\s+(?:that|it)\b",
    re.IGNORECASE,
)
# Words that join the names in a mere naming of people ("bewoners en huisgenoten", "de
# kinderen in het pand"), and the prepositions whose object belongs to the name.
NAME_JOINTS = frozenset(
    ("en", "of", "and", "or", "de", "het", "een", "the", "a", "an", "ook", "also")
)
NAME_PREPOSITIONS = frozenset(("in", "uit", "van", "from", "of", "at", "op", "bij"))
