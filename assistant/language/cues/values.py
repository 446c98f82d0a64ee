"""Values in everyday words: what people say when they name a value without its name ("dat
mensen niet bekeken worden", "het moet eerlijk", "transparanter", "that people can choose for
themselves"), each with the catalogue value it names (Dutch and English).

Read only where values are named (a sentence read as values, the values step): in an effect the
same words describe what happens ("de wachttijd wordt eerlijker verdeeld")."""

from __future__ import annotations

import re

# An adjective with its inflections and comparatives ("eerlijk", "eerlijke", "eerlijker",
# "betrouwbaarder", "fairer", "fairly").
_INFLECTED = r"(?:e|er|ere|der|dere|st|ste|r|ly|ness)?"


def _words(*stems: str) -> str:
    return rf"(?<![\w-])(?:{'|'.join(stems)}){_INFLECTED}(?![\w-])"


# Phrases first (the longest reading wins where they overlap), then single words.
EVERYDAY_VALUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), value)
    for pattern, value in (
        (r"\b(?:eerlijk|open|duidelijk|honest|open|clear|upfront)\s+(?:zijn\s+)?(?:over|about)\b",
         "transparency"),
        # the organisation keeps the say, not the supplier ("dat wij zelf de regie houden en niet
        # de leverancier", "we keep control, not the vendor"): control over the technology
        (r"\b(?:regie|grip|control|the\s+say)\b(?:\s+[\w-]+){0,3}?,?\s+(?:en\s+|and\s+)?(?:niet|not)"
         r"\s+(?:bij\s+|with\s+)?(?:de|het|the|a|een|onze|our)\s+(?:\w+\s+)?(?:leverancier|vendor|"
         r"supplier|bedrijf|company|verzekeraar|insurer|fabrikant|manufacturer|techbedrijf|"
         r"provider|aanbieder)s?\b", "control-over-technology"),
        # being able to rely on what the tool gives ("whether we can rely on the model", "dat we
        # op de uitkomst kunnen bouwen"): reliability
        (r"\brel(?:y|ies|ying)\s+on\s+(?:the|it|its|this|that|those|these|what)\b|"
         r"\b(?:bouwen|rekenen|varen)\s+op\s+(?:het|de|dat|die|wat)\s+(?:\w+\s+)?(?:model|"
         r"systeem|uitkomst\w*|data|cijfers|scores?|algoritme|tool|app|meting\w*|sensor\w*)\b|"
         r"\bop\s+(?:het|de)\s+(?:model|systeem|uitkomst\w*|scores?|algoritme|metingen|"
         r"sensoren|cijfers)\s+(?:\w+\s+){0,2}(?:bouwen|rekenen|varen)\b", "reliability"),
        # knowledge kept by those who do the work ("keeping local knowledge", "de kennis van de
        # dijkwachters behouden"): craftsmanship
        (r"\b(?:keep(?:ing|s)?|retain(?:ing|s)?|preserv(?:e|ing|es)|behoud(?:en|t)?|vasthouden|"
         r"bewaren)\s+(?:(?:the|their|our|de|het|hun|onze)\s+)?(?:[\w']+\s+){0,2}(?:knowledge|know-how|"
         r"expertise|kennis|vakkennis|ervaring)\b|\b(?:behoud|retention)\s+(?:van|of)\s+(?:de\s+|"
         r"the\s+)?(?:\w+\s+)?(?:kennis|vakkennis|knowledge|expertise)\b|\b(?:kennis|knowledge|"
         r"expertise)\s+(?:\w+\s+){0,4}(?:behouden|vasthouden|bewaren|kept|retained)\b",
         "craftsmanship"),
        # people who rely on one another ("dat je als ploeg op elkaar vertrouwt", "elkaar kunnen
        # vertrouwen", "that the crew can trust each other"): trust
        (r"\bop\s+elkaar\s+(?:\w+\s+)?(?:vertrouw\w*|rekenen|bouwen|kunnen\s+bouwen)\b|"
         r"\belkaar\s+(?:\w+\s+)?vertrouw\w*|\bvertrouw\w*\s+(?:\w+\s+)?elkaar\b|"
         r"\b(?:trust|rely\s+on|count\s+on)\s+(?:each\s+other|one\s+another)\b", "trust"),
        # nobody discriminated ("niet discrimineren", "geen discriminatie", "no discrimination")
        (r"\b(?:niet|geen|nooit|zonder|not|no|never|without)\s+(?:\w+\s+)?discrimin\w*",
         "equal-treatment"),
        # data kept with those it is for ("the feed stays with the lifeguards", "de beelden
        # blijven bij de toezichthouder"): privacy
        (r"\b(?:data|gegevens|beelden|feed|footage|images|recordings|opnames?|camerabeelden)\s+"
         r"(?:\w+\s+)?(?:stays?|remains?|blijf\w*)\s+(?:\w+\s+)?(?:with|bij)\b|\b(?:data|gegevens|"
         r"beelden|opnames?|camerabeelden)\s+(?:\w+\s+){0,2}bij\s+(?:de|het|hun|onze)\s+[\w-]+\s+"
         r"blijv\w*", "privacy"),
        # someone stays answerable ("the officer stays responsible", "de arts blijft
        # verantwoordelijk")
        (r"\b(?:stays?|remains?|blijf\w*)\s+(?:\w+\s+)?(?:responsible|accountable|answerable|"
         r"verantwoordelijk|aanspreekbaar|aansprakelijk)\b", "accountability"),
        (r"\bniet\s+(?:\w+\s+){0,2}(?:bekeken|gevolgd|bespied|gefilmd|gevolgd|in de gaten "
         r"gehouden)\b|\b(?:not|never|shouldn'?t|mustn'?t|no one|nobody)\s+(?:\w+\s+){0,2}"
         r"(?:watched|tracked|followed|filmed|filming|recording|spied on|monitored)\b", "privacy"),
        # what is told stays where it was told ("blijft tussen jou en de arts", "stays private",
        # "vrijuit met je advocaat praten", "de data gaan niet zomaar overal heen")
        (r"\b(?:blijf\w*|stays?|remains?|kept)\s+(?:\w+\s+)?(?:tussen|between|privé|prive|"
         r"private|confidential|vertrouwelijk)\b|\bvrijuit\s+(?:\w+\s+){0,4}(?:praten|spreken)\b|"
         r"\b(?:speak|talk)\s+freely\s+(?:to|with)\s+(?:\w+\s+)?(?:lawyer|doctor|counsel\w*)\b|"
         r"\b(?:data|gegevens|beelden|informatie)\s+(?:\w+\s+){0,3}niet\s+zomaar\b|"
         r"\bongestoord\b|\bundisturbed\b|\bzonder\s+(?:dat\s+)?(?:\w+\s+){0,3}(?:bespie\w*|"
         r"bekeken|gevolgd|gefilmd|meekijk\w*)\b|\bwithout\s+(?:\w+\s+){0,3}(?:spying|watching|"
         r"being\s+(?:watched|filmed|tracked))\b", "privacy"),
        # feeling free to speak at all ("dat mensen zich vrij voelen om te praten", "that people
        # feel free to talk"): nobody listens in
        (r"\bvrij\s+(?:\w+\s+)?om\s+te\s+(?:praten|spreken|vertellen)\b|"
         r"\b(?:feel|feels)\s+free\s+to\s+(?:talk|speak)\b|\b(?:speak|talk)\s+freely\s*(?:$|[,.;])",
         "privacy"),
        # what is written down is right ("dat het verslag klopt", "that the report is accurate")
        (r"\b(?:het|de|the)\s+(?:verslag\w*|samenvatting\w*|gegevens|data|cijfers|uitkomst\w*|"
         r"report|reports|summary|summaries|figures|numbers|records?)\s+(?:\w+\s+){0,3}(?:klopt|kloppen|"
         r"juist\s+(?:is|zijn)|(?:is|are)\s+(?:right|correct|accurate))\b", "reliability"),
        (r"\bzonder\s+(?:dat\s+)?een\s+mens\b|\bwithout\s+(?:a\s+)?(?:human|person)\s+"
         r"(?:\w+\s+)?(?:looking|checking|seeing)\b|(?:\b(?:en|and)\s+|,\s*)(?:niet|not)\s+(?:het|de|"
         r"the)\s+(?:algoritme|computer|systeem|model|machine|system|algorithm|app|software|tool)"
         r"\s*(?:$|[,.;])",
         "control-over-technology"),
        (r"\b(?:nagaan|terugzien|navragen|check|trace|look up)\s+(?:\w+\s+){0,2}(?:hoe|waarom|how|"
         r"why)\b|\b(?:weten|weet|know|knows|knowing)\s+(?:met\s+)?(?:wie|who|what)\s+(?:je|you|"
         r"they|ze|hij|zij|we|he|she)\s+(?:praat|praten|spreekt|(?:are|'re)\s+talking)\b|\b(?:weten|weet|know|knows|"
         r"knowing)\s+wat\s+(?:de|het)\s+(?:machine|systeem|computer|algoritme|model|app)\s+doet\b|"
         r"\b(?:know|knows|knowing)\s+what\s+the\s+(?:machine|system|computer|algorithm|model|app)"
         r"\s+does\b", "transparency"),
        (r"\bwho\s+(?:answers|is\s+answerable|is\s+accountable)\s+for\b|\bwie\s+(?:er\s+)?"
         r"(?:op\s+)?aanspreekbaar\b|\bwie\s+(?:er\s+)?verantwoordelijk\b", "accountability"),
        (r"\bnet\s+zo\s+(?:\w+\s+){0,8}als\b|\bjust\s+as\s+(?:\w+\s+){0,8}as\b|"
         r"\b(?:whatever|regardless\s+of|no\s+matter)\s+(?:the\s+)?(?:colou?r|background|origin|"
         r"accent|age)\b|\bongeacht\s+(?:je\s+|de\s+|hun\s+)?(?:huidskleur|kleur|afkomst|accent|"
         r"achtergrond|leeftijd)\b", "equal-treatment"),
        (r"\b(?:als\s+eerste|eerst)\s+aan\s+de\s+beurt\b|\b(?:wie|die|who|those\s+who)\s+"
         r"(?:\w+\s+){0,3}(?:het\s+)?(?:hardst|meest|most)\s+(?:nodig|need)|\bfirst\s+in\s+line\b|"
         r"\b(?:catch\w*|pakken|punish\w*|straffen)\s+(?:\w+\s+){0,3}(?:really|actually|echt)\b",
         "justice"),
        (r"\b(?:echt|really|properly|truly)\s+(?:gehoord|heard)\b", "justice"),
        (r"\bmee(?:praten|praat|spreken|beslissen|beslist)\b|\b(?:a|their|our|your)\s+voice\s+in\b",
         "participation"),
        (r"\b(?:ons|hun|zijn|haar|ons\s+eigen|our|their|his|her|our\s+own)\s+(?:vak|craft|trade)\b",
         "craftsmanship"),
        (r"\bzonder\s+(?:het|dat)\s+(?:\w+\s+)?(?:te\s+)?weten\b|\bwithout\s+(?:them\s+|anyone\s+|"
         r"their\s+|him\s+|her\s+)?knowing\b", "legal-certainty"),
        (r"\b(?:voel\w*|feels?|feeling)\s+(?:zich\s+)?(?:gezien|seen)\b|\b(?:the|a|de|het)\s+"
         r"(?:person|mens)\s+(?:en\s+|and\s+)?(?:niet|not)\s+(?:alleen\s+|just\s+|only\s+)?"
         r"(?:het|de|the|a|een)\b", "human-dignity"),
        (r"\b(?:van|door|from|by)\s+(?:een\s+|a\s+)?(?:echt\w*\s+|real\s+)?(?:mens|human(?:\s+"
         r"being)?|person)\b|\b(?:niet|doesn'?t|never|not)\s+(?:\w+\s+){0,2}(?:vervangt|vervangen|"
         r"replaces?|replace)\b|\bmenselijk\s+blijf\w*|\bblijf\w*\s+menselijk\b", "human-contact"),
        (r"\b(?:beschermen|beschermd|protect\w*|safe\w*)\s+(?:\w+\s+){0,2}(?:tegen|from|against)\s+"
         r"(?:\w+\s+)?(?:pesten|geweld|gevaar|bullying|violence|harm|danger)\b", "public-safety"),
        (r"\b(?:anoniem\w*|anonie?m\w*|anonymous\w*|anonymity)\b", "privacy"),
        (r"\bgezien\s+(?:wordt|worden|word)\s+als\s+(?:een\s+)?mens\b|\bseen\s+as\s+(?:a\s+)?"
         r"(?:person|human(?:\s+being)?)\b|\b(?:ipv|i\.p\.v\.|in\s+plaats\s+van|instead\s+of|rather\s+"
         r"than)\s+(?:als\s+|as\s+)?(?:een\s+|a\s+)?(?:profiel|nummer|getal|dossier|profile|number|"
         r"file|case\s+number)\b(?!\s+(?:klakkeloos\s+)?(?:over\s+te\s+nemen|overnemen|te\s+volgen))",
         "human-dignity"),
        (r"\b(?:een\s+)?(?:etiket|stempel|label)\s+(?:\w+\s+){0,2}(?:krijg\w*|opgeplakt|opplakken)\b|"
         r"\b(?:labelled|labeled|stigmati[sz]ed|branded)\b", "human-dignity"),
        (r"\b(?:nobody|no\s+one|niemand)\s+(?:\w+\s+){0,2}(?:drowns|dies|gets\s+hurt|verdrinkt|"
         r"sterft|overlijdt|gewond\w*|raakt\s+gewond)\b", "public-safety"),
        (r"\bzelf\s+(?:\w+\s+){0,2}(?:kiezen|beslissen|bepalen)\b|\beigen\s+(?:keuze|regie)\b|"
         r"\b(?:choose|decide)\s+for\s+(?:themselves|yourself|ourselves|himself|herself)\b|"
         r"\b(?:their|your) own (?:choice|choices|decisions?)\b", "autonomy"),
        (r"\b(?:niemand|niet)\s+(?:\w+\s+){0,2}buiten de boot\b|"
         r"\biedereen\s+(?:\w+\s+){0,2}(?:meedoen|mee\s+(?:kan|kunnen)\s+doen)\b|"
         r"\b(?:no\s?one|nobody)\s+(?:\w+\s+){0,2}left (?:out|behind)\b|"
         r"\beveryone can (?:take part|join)\b|\bniemand\s+(?:\w+\s+){0,2}(?:achtergelaten|"
         r"uitgesloten)\b|\bniet\s+(?:zo\s+)?digitaal(?:\s+vaardig)?\b|\b(?:not|aren'?t|isn'?t)\s+"
         r"(?:very\s+)?(?:digital|online|tech[- ]savvy|digitally\s+(?:skilled|savvy))\b|"
         r"\b(?:not\s+(?:just|only)|niet\s+alleen)\s+(?:the\s+|de\s+)?(?:digital|digitale|online|"
         r"tech[- ]savvy)\b",
         "inclusion"),
        (r"\b(?:iedereen|elke inwoner|everyone|everybody|anyone|every resident)\s+(?:het\s+|it\s+)?"
         r"(?:kan|kunnen|can|could)\s+(?:\w+\s+){0,2}(?:gebruiken|use|bereiken|reach|get\s+hold\s+of|"
         r"terecht)\b|\biedereen\s+(?:\w+\s+){0,2}(?:kan|kunnen)\s+(?:gebruiken|bereiken|terecht)\b|"
         r"\b(?:ook|even)\s+(?:als|if)\s+(?:je|you)\s+(?:slecht|niet goed|moeilijk|poorly|"
         r"badly|can'?t)\s+(?:leest|lezen|read)\b", "accessibility"),
        (r"\b(?:is|blijft|zijn|blijven)\s+van\s+(?:jou|jezelf|hen|hunzelf|ons|henzelf)\b|"
         r"\b(?:is|stays|are|remain)\s+(?:yours|theirs|ours)\b|\beigen\s+baas\b|"
         r"\b(?:their|your|our)\s+own\s+boss\b|"
         r"\b(?:in charge|in control) of (?:their|his|her|your|our|my) own (?:life|lives)\b|"
         # "keeps the control over his own route", "houdt de regie over haar eigen traject"
         r"\b(?:keeps?|keeping|holds?|retains?|has|have|stays?\s+in)\s+(?:the\s+)?control\s+"
         r"(?:of|over)\s+(?:their|his|her|your|our|my)\s+own\b|"
         r"\b(?:houdt|houden|behoudt|behouden|heeft|hebben)\s+(?:zelf\s+)?(?:de\s+)?regie\s+"
         r"over\s+(?:hun|zijn|haar|je|jouw|ons|onze|mijn)\s+eigen\b|"
         r"\bregie\s+(?:houdt|houden|behoudt|behouden|heeft|hebben)\s+over\s+(?:hun|zijn|haar|je|"
         r"jouw|ons|onze|mijn)\s+eigen\b|"
         r"\bregie over (?:hun|zijn|haar|je|ons|mijn) eigen leven\b|\bzelf\s+de\s+regie\b|"
         r"\bzelfstandig\s+(?:\w+\s+){0,2}(?:wonen|leven)\b|\b(?:live|living)\s+independently\b|"
         r"\bindependent\s+living\b", "autonomy"),
        # living on in one's own home ("in hun eigen huis kunnen blijven wonen", "stay in their
        # own homes"): independence
        (r"\b(?:in|thuis\s+in)\s+(?:hun|zijn|haar|je|jouw|ons|mijn)\s+eigen\s+(?:huis|woning|"
         r"omgeving)\s+(?:\w+\s+){0,2}wonen\b|\blanger\s+thuis\s+(?:\w+\s+){0,2}wonen\b|"
         r"\b(?:stay|stays|staying|live|lives|living|remain)\s+(?:\w+\s+){0,2}(?:in|at)\s+"
         r"(?:their|his|her|your|our|my)\s+own\s+homes?\b|\bstay(?:ing)?\s+at\s+home\s+longer\b",
         "autonomy"),
        # what is left for those after us ("fish for my kids", "voor onze kleinkinderen",
        # "future generations"): sustainability
        (r"\bfor\s+(?:my|our|their|the)\s+(?:kids|children|grandchildren|grandkids)\b|"
         r"\b(?:future|next)\s+generations?\b|\bvoor\s+(?:mijn|onze|hun|de)\s+(?:kinderen|"
         r"kleinkinderen|kleinkids)\b|\b(?:toekomstige|volgende)\s+generaties?\b",
         "sustainability"),
        # a place that is someone's home ("a boat is also someone's home", "is ook iemands
        # thuis"): privacy
        (r"\b(?:someone|somebody|people|their|his|her)'?s?\s+home\b(?!\s+(?:care|visit))|"
         r"\b(?:iemands|hun|zijn|haar)\s+(?:thuis|huis|woning)\b(?!\w)", "privacy"),
        # who bears what others cause ("shouldn't pay the price for", "niet de dupe worden",
        # "de rekening betalen"): justice
        (r"\bpay\s+the\s+price\b|\bfoot\s+the\s+bill\b|\bde\s+(?:prijs|rekening)\s+"
         r"(?:\w+\s+){0,2}betalen\b|\bde\s+dupe\b|\bopdraaien\s+voor\b", "justice"),
        # a say over what is one's own ("zelf iets te zeggen over je eigen fiets", "stay in
        # charge of their own body", "a say over their own data"): autonomy
        (r"\bzelf\s+(?:\w+\s+){0,3}te\s+zeggen\s+(?:\w+\s+){0,2}over\s+(?:je|jouw|hun|zijn|"
         r"haar|ons|onze|mijn)\s+eigen\b|\b(?:a|any|some|the)\s+say\s+over\s+(?:their|your|"
         r"his|her|our|my)\s+own\b|\b(?:in charge|in control)\s+of\s+(?:their|his|her|your|our|"
         r"my)\s+own\s+(?:bod(?:y|ies)|data|time|choices)\b|\b(?:baas|regie)\s+over\s+(?:hun|"
         r"zijn|haar|je|ons|mijn)\s+eigen\s+(?:lichaam|lijf|gegevens|data|tijd)\b", "autonomy"),
        # a hold on one's own time or work ("je eigen week nog in de hand hebben", "keep some
        # control over their own schedule"): autonomy
        (r"\beigen\s+(?:\w+\s+){1,5}?in\s+de\s+hand\s+(?:hebben|hebt|heeft|houden|houdt)\b|"
         r"\b(?:have|has|keep|keeps|having|keeping)\s+(?:some\s+|a\s+bit\s+of\s+)?(?:control|"
         r"a\s+grip)\s+(?:over|of|on)\s+(?:their|your|his|her|our|my)\s+own\b", "autonomy"),
        # a person, not the system, takes the decision ("that a human really decides", "dat een
        # mens echt beslist"): control over the technology
        (r"\b(?:a|the)\s+(?:human|person)\s+(?:\w+\s+)?(?:decides|makes\s+the\s+(?:call|"
         r"decision))\b|\been\s+mens\s+(?:\w+\s+)?(?:beslist|besluit|het\s+besluit\s+neemt)\b",
         "control-over-technology"),
        # being heard ("dat je als ouder gehoord wordt", "being heard"): participation
        (r"\bgehoord\s+(?:wordt|worden|word)\b|\b(?:being|be|are|is|feel|feels)\s+heard\b",
         "participation"),
        # taking part freely ("vrijwillig blijft", "delen is vrijwillig", "voluntary"): autonomy
        (_words("vrijwillig", "vrijwilligheid", "voluntar(?:y|ily)", "voluntariness"), "autonomy"),
        # treated decently ("netjes behandeld worden", "treated like an adult"): dignity
        (r"\b(?:netjes|fatsoenlijk|menswaardig|respectvol|waardig|als\s+(?:een\s+)?volwassenen?|"
         r"als\s+(?:een\s+)?(?:mens|mensen))\s+(?:\w+\s+){0,1}behandeld\b|\btreated\s+(?:\w+\s+){0,1}"
         r"(?:decently|properly|respectfully|with\s+dignity|like\s+(?:an?\s+)?(?:grown-?ups?|adults?|"
         r"human(?:\s+beings?)?|persons?)|as\s+(?:an?\s+)?(?:grown-?ups?|adults?))",
         "human-dignity"),
        # nobody falling through the cracks ("tussen wal en schip", "slip through the net"):
        # inclusion
        (r"\btussen\s+wal\s+en\s+schip(?:\s+(?:valt|vallen|raakt|raken|belandt|belanden))?\b|"
         r"\b(?:falls?|falling|fell|slips?|slipping|slipped)\s+through\s+the\s+(?:cracks|net)\b",
         "inclusion"),
        # living as one wants oneself ("zoals je zelf wilt", "the way they want"): autonomy
        (r"\b(?:zoals|hoe)\s+(?:je|jij|ze|zij|hij|men|mensen|iedereen|u)\s+(?:dat\s+|het\s+)?zelf\s+"
         r"(?:wil|wilt|willen|wenst|wensen|kiest|kiezen)\b|\b(?:the\s+way|how|as)\s+(?:they|you|"
         r"people|he|she|everyone)\s+(?:themselves\s+|yourself\s+)?(?:want|wants|wish|wishes|"
         r"choose|chooses)\s*(?:to\b|$|[,.;!?])",
         "autonomy"),
        # nobody put to shame ("nobody gets shamed", "niemand wordt te kijk gezet"): dignity
        (r"\b(?:shamed|humiliated|belittled|vernederd|te\s+kijk\s+(?:\w+\s+)?(?:gezet|zetten)|"
         r"te\s+schande\s+(?:\w+\s+)?(?:gezet|zetten)|beschaamd)\b", "human-dignity"),
        (r"\b(?:iets|wat)\s+te\s+zeggen\s+(?:hebben|krijgen|houden)\b|\b(?:a|any|some|their)\s+"
         r"say\s+(?:in|over|about)\b", "participation"),
        (r"\b(?:iets|wat)\s+(?:over|in)\s+te\s+zeggen\b|\b(?:have|has|get|gets)\s+(?:a|their|"
         r"some)\s+say\b", "participation"),
        (r"\b(?:trots|plezier|voldoening)\s+(?:\w+\s+){0,2}(?:op|in|uit)\s+(?:hun|zijn|haar|je|"
         r"het|ons)\s+werk\b|\b(?:proud of|enjoy|enjoying|pleasure in)\s+(?:their|his|her|your|"
         r"our|the)\s+(?:work|job)\b", "wellbeing"),
        (r"\b(?:anders|ongelijk)\s+(?:\w+\s+){0,1}behandeld?\w*\b|\btreat(?:s|ed|ing)?\s+"
         r"(?:\w+\s+){0,2}(?:differently|unequally)\b", "equal-treatment"),
        (r"\b(?:protect(?:ing)?|sav(?:e|ing))\s+(?:human\s+)?li(?:fe|ves)\b|"
         r"\b(?:levens?|mensenlevens?)\s+(?:redden|beschermen|sparen)\b", "public-safety"),
        (r"\bafgerekend\s+(?:\w+\s+){0,2}op\s+(?:\w+\s+)?(?:cijfers|getallen|scores?|"
         r"aantallen)\b|\bjudged\s+(?:\w+\s+){0,2}(?:on|by)\s+(?:the\s+)?(?:\w+\s+)?(?:numbers|"
         r"figures|scores?)\b|\b(?:niet|nooit)\s+(?:\w+\s+){0,2}(?:gestraft|afgestraft)\b|"
         r"\b(?:not|never)\s+(?:\w+\s+){0,2}punished\b", "justice"),
        (r"\bgelijk\s+behandeld\b|\bgelijke\s+kansen\b|\btreated\s+(?:\w+\s+)?equally\b|"
         r"\bequal\s+(?:chances|opportunit\w*)\b|\bniet\s+gediscrimineerd\b|"
         r"\bnot\s+discriminated\b", "equal-treatment"),
        (r"\b(?:een\s+)?mens\s+(?:aan de lijn|te spreken)\b|\b(?:a\s+)?(?:real\s+)?person to "
         r"talk to\b|\bhuman touch\b", "human-contact"),
        (r"\b(?:uit te leggen|te begrijpen|te snappen|explain why|understand why)\b|"
         r"\b(?:understand|understands|begrijpen|begrijpt|snappen|snapt)\s+(?:hoe|how)\s+(?:het|it|"
         r"\w+)\s+(?:werkt|works)\b|"
         r"\b(?:snappen|snapt|begrijpen|begrijpt|weten|weet)\s+waarom\b|"
         r"\bunderstands\s+why\b|"
         r"\b(?:kan|kunt|kunnen|can|could|able to)\s+(?:\w+\s+){0,3}(?:uitleggen|verklaren|"
         r"explain)\b", "explainability"),
        (r"\b(?:de\s+)?(?:mens|mensen|medewerkers?|people|humans?|a person|staff)\s+"
         r"(?:\w+\s+){0,2}(?:aan het (?:stuur|roer)|in charge|in control|in the loop|"
         r"(?:het laatste woord|the final say|the last word))\b|"
         r"\bniet\s+(?:het|de)\s+(?:algoritme|computer|systeem|model)\b(?=[^.;]*\bbesli)|"
         r"\bnot\s+(?:the\s+)?(?:algorithm|computer|system|model|machine|software|tool|ai|app)\b"
         r"\s*(?:$|[,.;])",
         "control-over-technology"),
        # the people rather than the tool ("ipv dat de tool het doet", "instead of the system
        # deciding"): human control
        (r"\b(?:ipv|i\.p\.v\.|in\s+plaats\s+van|instead\s+of|rather\s+than)\s+(?:dat\s+)?(?:de|"
         r"het|the|a|een)\s+(?:tool|algoritme|systeem|computer|model|app|machine|algorithm|system|"
         r"software)\b|"
         # rather than taking over a figure ("in plaats van een getal over te nemen", "instead of
         # copying the score")
         r"\b(?:in\s+plaats\s+van|ipv|instead\s+of|rather\s+than)\s+(?:\w+\s+)?(?:een|het|de|a|"
         r"the)\s+(?:getal|score|cijfer|uitkomst|advies|number|figure|outcome)\s+(?:klakkeloos\s+)?"
         r"(?:over\s+te\s+nemen|overnemen|te\s+volgen)\b|\b(?:instead\s+of|rather\s+than)\s+"
         r"(?:copying|following|adopting|taking\s+over)\s+(?:a|the)\s+(?:number|figure|score|"
         r"outcome)\b", "control-over-technology"),
        (r"\ba (?:real\s+)?person (?:is )?there\b|\ber (?:is )?(?:altijd )?een mens\b|"
         r"\been mens blijft\b|\bstays? (?:a )?human\b", "human-contact"),
        (r"\btot een (?:getal|nummer|cijfer)\b|\breduced to (?:a )?(?:number|figure|score)s?\b|"
         r"\b(?:niet|nooit|geen)\s+(?:\w+\s+){0,4}(?:als|als een)\s+(?:verdachte|crimineel|"
         r"fraudeur|nummer|dossier|getal)\b|\b(?:not|never|no)\s+(?:\w+\s+){0,4}(?:as|like)\s+"
         r"(?:an?\s+)?(?:suspects?|criminals?|fraudsters?|numbers?|a case number)\b",
         "human-dignity"),
        (r"\b(?:gegevens|data|informatie|information)\s+(?:\w+\s+){0,2}(?:veilig|secure)\w*",
         "security"),
        (_words("eerlijk", "rechtvaardig", "fair"), "justice"),
        (_words("transparant", "transparent"), "transparency"),
        (_words("autono(?:om|m)", "autonomous"), "autonomy"),
        (_words("betrouwbaa?r", "reliabl"), "reliability"),
        (_words("duurza(?:am|m)", "sustainabl"), "sustainability"),
        # the safety of people in one place or role ("patiëntveiligheid", "verkeersveiligheid",
        # "patient safety", "road safety"): public safety
        (_words("pati[eë]ntveiligheid", "verkeersveiligheid", "arbeidsveiligheid",
                "brandveiligheid", "werkveiligheid", "patient safety", "road safety",
                "traffic safety", "fire safety", "workplace safety", "safety at work"),
         "public-safety"),
        # nature kept as it is ("natuurbescherming", "natuurbehoud", "nature conservation")
        (_words("natuurbescherming", "natuurbehoud", "natuurwaarde", "nature conservation",
                "nature protection", "protection of nature", "bescherming van de natuur"),
         "sustainability"),
        (_words("secure"), "security"),
        (_words("veilig", "safe"), "public-safety"),
        (_words("uitlegbaar", "begrijpelijk", "explainabl", "understandabl"), "explainability"),
        (_words("efficiënt", "efficient"), "efficiency"),
        (_words("effectief", "effectiev", "effective"), "effectiveness"),
        (_words("gezond", "healthy"), "health"),
        (_words("zorgvuldig", "careful"), "due-care"),
        (_words("proportioneel", "proportionele", "proportional", "proportionate"),
         "proportionality"),
        (_words("inclusie(?:f|v)", "inclusive"), "inclusion"),
        (_words("democratisch", "democratic"), "democracy"),
        (_words("legitiem", "legitimate"), "legitimacy"),
        (_words("verantwoordelijk", "accountable", "responsible"), "accountability"),
        (_words("rechtmatig", "wettig", "lawful"), "lawfulness"),
        (_words("gebruiksvriendelijk", "user-friendly", "easy to use", "makkelijk te gebruiken"),
         "ease-of-use"),
        (_words("menswaardig", "respectvol", "dignified", "respectful"), "human-dignity"),
        (_words("trustworthy", "betrouwbare overheid"), "trust"),
        (_words("leefbaa?r", "livable", "liveable"), "livability"),
        (_words("solidair", "solidary"), "solidarity"),
        (_words("toegankelijk", "accessibl"), "accessibility"),
        (_words("privacyvriendelijk", "privacy-friendly"), "privacy"),
        (_words("werkdruk", "workload"), "wellbeing"),
    )
)  # fmt: skip
# A sentence that names a value in everyday words, as an answer where values are asked: short,
# or led by what matters ("dat ...", "het moet ...", "it has to be ...", "what matters is ...").
EVERYDAY_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|vooral|especially|mostly|maar|but)\s+)?(?:dat|that|het moet|"
    r"het is belangrijk dat|belangrijk is dat|wat telt is|it has to|it must|it should|"
    r"what matters is|important is that|it'?s important that|we willen dat|we want|ik wil dat|"
    r"i want|being|zijn|i'?d say|i would say|ik zou zeggen|ik denk (?:zelf |ook |vooral )?aan|"
    r"ik zat (?:zelf )?(?:aan|te denken aan)|i'?m thinking of|i was thinking of|i think of)\b",
    re.IGNORECASE,
)
EVERYDAY_WORDS = 8
# A wish given where values are asked ("dat families zelf bepalen ...", "that a kid feels seen
# ..."): it describes a value, it tells no effect.
WISH_CLAUSE_RE = re.compile(r"^(?:(?:en|and|ook|also|maar|but)\s+)?(?:dat|that)\s+\w", re.I)

# Verbs of being that a value of one's own is phrased with ("gezien worden als mens", "zelf
# kunnen kiezen", "being treated as a person"), unlike a measure ("foto meesturen bij ...").
VALUE_STATE_WORDS = frozenset((
    "is", "zijn", "wordt", "worden", "kunnen", "kan", "voelen", "voelt", "be", "being", "been",
    "can", "feel", "feeling",
))  # fmt: skip

# One chosen value moved to the top ("zet privacy bovenaan", "privacy is het belangrijkst",
# "put fairness first", "autonomy matters most").
# A rank after a value's name ("life first", "rust voorop", "privacy above all").
RANK_AFTER_RE = re.compile(
    r"\s+(?:first|eerst|voorop|bovenaan|above\s+all|most\s+of\s+all|vooral)\s*$", re.IGNORECASE
)
# A sentence that names one value again with its rank after a list of values ("... trust,
# fairness and nature. trust first", "vertrouwen voorop", "dignity most important"): that one goes
# first.
VALUE_FIRST_RE = re.compile(
    r"^\W*(?:(?:en|and|maar|but|dus|so|wel|though)\s+)?(?P<name>[\w' -]{2,40}?)\s+(?:first|eerst|"
    r"voorop|bovenaan|above\s+all|most\s+of\s+all|(?:is\s+)?(?:the\s+)?most\s+important|"
    r"(?:is\s+)?(?:het\s+)?belangrijkst[e]?|matters\s+most|counts\s+most|"
    r"(?:telt|weegt)\s+(?:voor\s+mij\s+|wat\s+mij\s+betreft\s+)?het\s+(?:zwaarst|meest)|"
    r"weighs\s+(?:the\s+)?(?:most|heaviest)(?:\s+for\s+me)?)"
    r"(?:\s+(?:please|graag|though|wel|to\s+me|for\s+me|voor\s+mij))?\s*[.!]*$",
    re.IGNORECASE,
)
TOP_VALUE_RE = re.compile(
    r"^(?:(?:ok[eé]?|ja|yes|nee|no|en|and|maar|but)[,!]?\s+)?(?:(?:zet|put|move|plaats|doe|"
    r"maak)\s+(?P<put>.{2,40}?)\s+(?:maar\s+)?(?:bovenaan|voorop|vooraan|op\s+(?:1|één|een|"
    r"nummer\s+(?:1|één|een))|first|at\s+the\s+top|on\s+top|to\s+the\s+top|als\s+eerste|"
    r"number\s+one)|(?P<said>.{2,40}?)\s+(?:is|vind\s+ik)\s+(?:(?:voor\s+mij|for\s+me)\s+)?"
    r"(?:het|de|the)?\s*(?:allerbelangrijkst\w*|belangrijkst\w*|most\s+important)|"
    r"(?P<most>.{2,40}?)\s+(?:matters|counts)\s+(?:the\s+)?most)"
    r"(?:\s+(?:graag|please|voor\s+mij|for\s+me))?\s*[.!]?$",
    re.IGNORECASE,
)

# Where values are asked, a plus before more values adds them ("+ effectiviteit", "plus
# fairness"); among effects it marks a positive one.
PLUS_LEAD_RE = re.compile(r"^\s*(?:\+|plus\b)\s*", re.IGNORECASE)
# A value an effect touches, then the measure the speaker draws from it in the same sentence
# ("dat raakt aan gelijke behandeling, dus ik zou zeggen: nooit een boete op ...", "that's about
# privacy, so only show totals"): the joint between the two.
VALUE_THEN_MEASURE_RE = re.compile(
    r"(?:,\s*(?:dus|daarom|so|therefore|hence)\b|\s+dus\s(?=\s*\w))(?!\s+(?:that|dat)\b)[\s,:]*"
    r"(?:(?:ik\s+zou\s+zeggen|zou\s+ik\s+zeggen|i'?d\s+say|i\s+would\s+say|wat\s+mij\s+betreft|"
    r"if\s+you\s+ask\s+me)\b[\s,:]*)?",
    re.IGNORECASE,
)
# A measure drawn from a value in the grammar of a rule, whatever its words: what something may
# only or never do, what stays or goes, what is left out ("de tracking alleen aan tijdens een
# dienst", "the link stays off", "can raise the score but never lower it", "geen opnamefunctie").
DRAWN_RULE_RE = re.compile(
    r"\b(?:alleen|uitsluitend|nooit|geen|niets|moet|moeten|mag|mogen|blijft|blijven|"
    r"only|never|no|nothing|must|should|may|stays?|remains?|goes\s+straight)\b",
    re.IGNORECASE,
)
# A modal that limits what something may do ("BMI mag alleen de duur beïnvloeden", "may only be
# used ..."): a rule even where the clause also says what changes.
LIMITING_MODAL_RE = re.compile(
    r"\b(?:mag|mogen|moet|moeten|kan|kunnen|may|must|should|can)\s+(?:\w+\s+){0,4}?"
    r"(?:alleen|uitsluitend|nooit|only|never)\b",
    re.IGNORECASE,
)
# A second value joined to the first in a clause that names a value ("dat raakt hun privacy en
# eerlijk gezegd ook hun waardigheid", "that touches their privacy and also their dignity"):
# the clause names a value with the first alone.
VALUE_AND_MORE_RE = re.compile(r"\s+(?:en|and|maar|but)\s+(?:\w+\s+){0,4}?(?:ook|also)\b.*$", re.I)
# People as the subject of what follows a value (then it tells what happens to them: "dus ze
# kunnen alleen nog via de app parkeren", "so they can only pay online"): no rule.
PEOPLE_START_RE = re.compile(
    r"^(?:ze|zij|hij|they|he|she|mensen|people|iedereen|everyone|niemand|nobody)\b", re.IGNORECASE
)
# A value named as a matter of its own ("een privacy-issue", "a privacy thing"): the value.
VALUE_MATTER_RE = re.compile(
    r"\b(?:een|a|an)\s+(?P<value>\w+)[- ]?(?:issue|probleem|kwestie|dingetje|ding|punt|"
    r"thing|concern|matter|problem|question|vraagstuk)\b",
    re.IGNORECASE,
)
# A judgement on fairness that stands for the value ("dat is niet eerlijk", "that's unfair").
FAIRNESS_REMARK_RE = re.compile(
    r"^\s*(?:dat|dit|het|that|this|it)\s*(?:is|'s|was|voelt|feels)\s+(?:gewoon\s+|just\s+)?"
    r"(?:niet\s+eerlijk|oneerlijk|onrechtvaardig|unfair|not\s+fair|unjust)\s*$",
    re.IGNORECASE,
)

# Where a value's name stands as the verb of a clause ("wanneer ze meedoen", "when they take
# part"): the words before it, a subordinator and its subject; no value is named there.
CLAUSE_VERB_BEFORE_RE = re.compile(
    r"\b(?:wanneer|als|zodra|of|zodat|when|whenever|if|once|whether)\s+(?:ze|zij|ik|we|wij|je|jij|"
    r"hij|men|mensen|they|you|he|she|i|people)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)

# Everyday words that are nouns for a value in the speaker's own terms ("werkdruk", "workload"
# for well-being): the board keeps the word, with the catalogue value beside it.
KEPT_VALUE_WORDS = frozenset(("werkdruk", "workload"))

# An everyday phrase followed by the value it means, named ("dat ze niet als verdachte worden
# behandeld, vertrouwen dus", "(trust, that is)", ", i.e. trust"): the named value stands for
# the phrase, which names no other.
NAMED_AFTER_RE = re.compile(
    r"[^.;(),]{0,60}?(?:(?:,|\(|\s-)\s*(?:(?:dus|so|i\.e\.|ie|oftewel|ofwel|that is|namely)\s+"
    r"(?P<first>[\w\s-]{3,40}?)|(?P<then>[\w\s-]{3,40}?)\s+(?:dus|so|that is))\s*(?:$|[.,;)!?])"
    # "dat het verslag klopt (zorgvuldigheid)": the value's name in brackets after the phrase
    r"|\(\s*(?P<bracket>[\w\s-]{3,40}?)\s*\))",
    re.IGNORECASE,
)

# A name given to the value said just before it ("good care, I'd call it attentiveness", "rust
# op de afdeling, ik noem het maar geborgenheid"): the name stands for the words before it.
CALLED_RE = re.compile(
    r"^(?:(?:i\s+)?(?:suppose|guess|think)\s+)?(?:i'?d|i\s+would|we'?d|we\s+would|you\s+could|"
    r"let'?s)?\s*call\s+(?:it|that|this)\s+(?P<name>[\w' -]{3,40})$|"
    r"^(?:ik|wij|we)?\s*(?:zou|zouden)?\s*(?:noem|noemen|heet)\s+(?:het|dat|dit)\s+(?:maar\s+)?"
    r"(?P<naam>[\w' -]{3,40})$|^(?:dat|dit|het)\s+heet\s+(?:dan\s+)?(?P<heet>[\w' -]{3,40})$",
    re.IGNORECASE,
)

# An aside with a value word in it that names no value ("eerlijk gezegd", "to be fair", "fair
# enough", "honestly"): never the value of fairness or honesty.
HONEST_ASIDE_RE = re.compile(
    r"\beerlijk\s+gezegd\b|\bom\s+eerlijk\s+te\s+zijn\b|\beerlijk\s+is\s+eerlijk\b|"
    r"\bto\s+be\s+(?:fair|honest)\b|\bin\s+all\s+fairness\b|\bfair\s+enough\b|"
    r"\b(?:i'?ll|let\s+me)\s+be\s+honest\b",
    re.IGNORECASE,
)

# A word of kind in front of a catalogue value's name that the speaker names it by ("cultural
# diversity", "culturele diversiteit", "mental health", "financiële zekerheid"): kept in the
# value's name on the board. Words that only stress it ("crucial", "normale") are no kind. "Good"
# makes a name of its own as well ("good employment", "goede zorg", "decent work").
VALUE_KIND_WORD_RE = re.compile(
    r"(?:^|[\s,;:(])(?P<kind>[^\W\d_]{4,}(?:al|ic|ele|ale|ische|iële|ieke)|good|goed|goede|"
    r"decent|fatsoenlijke?)\s+$",
    re.IGNORECASE,
)
NO_KIND_WORDS = frozenset((
    "actual", "normal", "general", "overall", "total", "crucial", "central", "essential",
    "critical", "basic", "typical", "logical", "vital", "special", "principal", "classic",
    "normale", "totale", "cruciale", "centrale", "essentiële", "kritische", "logische",
    "typische", "speciale", "klassieke", "praktische", "practical", "echte", "basic",
))  # fmt: skip

# Values named with the question what they are called after them ("gezondheid, en dat je zelf
# mag kiezen, hoe heet dat?", "privacy and living the way you want, what's that called?"): the
# values, given whatever step asks; the question asks for a name the board gives.
NAME_ASKED_TAIL_RE = re.compile(
    r"[,;.:\s-]*(?:hoe\s+(?:heet|noem\s+je|noemen\s+we)\s+(?:dat|het|zoiets|dit)(?:\s+eigenlijk|"
    r"\s+dan)?|what'?s\s+(?:it|that|this)\s+called|what\s+is\s+(?:it|that|this)\s+called|"
    r"(?:what|how)\s+(?:do|would)\s+you\s+call\s+(?:it|that|this))\s*\?+\s*$",
    re.IGNORECASE,
)

# The items of a list of values given late: commas, and a joint before a value said as a clause
# ("veiligheid, privacy en dat niemand tussen wal en schip valt"); a value said as a clause
# starts with "dat"/"that" after a joint or filler ("and that EV drivers aren't treated
# differently"), not as a measure does ("eerlijk verdelen van de plekken").
VALUE_ITEM_SPLIT_RE = re.compile(r"[,;]|\s+(?:en|and|plus)\s+(?=(?:dat|that)\b)", re.IGNORECASE)
VALUE_CLAUSE_RE = re.compile(
    r"^\W*(?:(?:en|and|ook|also|then|dan|nou|well|oh|plus)\W+)*(?:dat|that)\s", re.IGNORECASE
)
# Words that open a late list of values without naming one ("nou, veiligheid, ...").
OPENING_WORDS = frozenset((
    "nou", "well", "oh", "o", "ah", "ok", "oké", "okay", "dus", "so", "hmm", "ja", "yes", "then",
    "dan", "right",
))  # fmt: skip
# A value's name put in quotes ("being heard", 'gezien worden'): the name as the user gives it,
# also where it reads like a clause.
QUOTED_NAME_RE = re.compile(
    r"[\"'\u201c\u2018](?P<name>[^\"'\u201c\u201d\u2018\u2019]{2,40})[\"'\u201d\u2019]"
)

# Hedges in front of a value's name ("iets van verbondenheid", "een soort rust", "some sort of
# fairness", "something like trust"): the value is named, the hedge is no part of its name.
VALUE_HEDGE_RE = re.compile(
    r"\b(?:(?:een\s+)?soort(?:\s+van)?|iets\s+(?:van|als|met)|zoiets\s+als|een\s+vorm\s+van|"
    r"(?:some|a)\s+(?:sort|kind|form)\s+of|sort\s+of|kind\s+of|something\s+(?:like|of)|"
    r"some\s+(?:level|degree)\s+of)\s+(?=\w)",
    re.IGNORECASE,
)

# A value named first, with a hedge at most, and then what it means to the speaker
# ("rechtvaardigheid denk ik, en dat je niet zomaar verdacht wordt", "fairness I guess, and that
# you're not treated as a suspect"): values in the speaker's words, no effect, at whatever step.
VALUE_THEN_MEANING_RE = re.compile(
    r"^(?P<value>[\w'-]+(?:\s+[\w'-]+)??)\s*,?\s*(?:(?:denk ik|i think|i guess|i'd say|zou ik "
    r"zeggen|vooral|mostly|mainly|voornamelijk|eigenlijk|really|natuurlijk|of course|vind ik|"
    r"for me|voor mij)\s*)?,\s*(?:en|and|maar ook|but also)\s+(?:ook\s+|also\s+)?(?:dat|that)\b",
    re.IGNORECASE,
)
# What or whom a value named alone is of ("betrouwbaarheid van het model", "privacy of the
# residents"): cut off, the rest must be a value's name.
VALUE_OF_WHAT_RE = re.compile(
    r"\s+(?:van|of|voor|for)\s+(?:de|het|the|onze|our|hun|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s*[.!]?$",
    re.I,
)

# A value the speaker adds where values are asked, told with the addition after it
# ("rechtvaardigheid wil ik er zelf bij", "en eh rust wil ik er ook bij hebben", "fairness I'd
# add myself", "dignity I want in there too"): the value, no measure.
VALUE_ADDED_TAIL_RE = re.compile(
    r"\s+(?:(?:wil|zou)\s+ik\s+(?:er|hier)\s+(?:(?:zelf|ook|nog|graag|wel|dan|even|expliciet|echt|toch)\s+)*bij"
    r"(?:\s+(?:hebben|zetten|nemen|doen))?(?:\s+graag)?|i(?:'d|\s+would|\s+want(?:\s+to)?)\s+"
    r"(?:like\s+to\s+)?add(?:\s+(?:myself|too|as\s+well))?|i\s+want\s+(?:in\s+)?there\s+"
    r"(?:too|as\s+well))\b",
    re.IGNORECASE,
)
VALUE_ADDED_WORDS = 6  # "ontwikkeling van de medewerker" is a value's name; more is a measure

# The last word of a short name that makes it a value of some people, not those people ("family
# life", "personal development", "gezinsleven", "persoonlijke ontwikkeling").
ABSTRACT_HEAD_RE = re.compile(
    r"(?:heid|teit|schap|leven|ontwikkeling|life|ment|ness|ity|hood)$", re.IGNORECASE
)
# A label over the values named after it ("Belangrijk: het belang van het kind, veiligheid",
# "What's important: ...", "key: ...").
IMPORTANT_LABEL_RE = re.compile(
    r"^(?:(?:wat|what(?:'s| is)?)\s+)?(?:(?:echt|really|most|het|the)\s+)?(?:belangrijk\w*|"
    r"important|key|essentieel|essential)\s*:\s*",
    re.IGNORECASE,
)
# Plain words for people that go on a qualifier of a value ("veiligheid van die mannen [en
# vrouwen]", "the safety of the men [and women]"): whom the value is for, no value of their own.
QUALIFIER_PEOPLE_RE = re.compile(
    r"^(?:(?:hun|their|de|the|die|those|deze|these)\s+)?(?:vrouwen|mannen|men|women|jongens|"
    r"meisjes|boys|girls)\b",
    re.IGNORECASE,
)
# Values weighed against each other or one left out where values are asked ("privacy weegt voor
# mij zwaarder dan snelheid", "ik vind X belangrijker dan Y", "fairness matters more to me than
# speed", "those matter more to me than efficiency for the staff", "leave out X, that's not our
# worry", "efficiëntie laat ik weg"): the ranking of the values, no effect of its own.
VALUES_WEIGHED_RE = re.compile(
    r"\b(?:(?:weegt|wegen)\s+(?:voor\s+(?:mij|ons)\s+)?(?:zwaarder|lichter|even\s+zwaar|minder\s+"
    r"zwaar)|(?:belangrijker|minder\s+belangrijk|even\s+belangrijk)\s+(?:dan|als)|(?:weighs?|"
    r"weigh)\s+(?:more|less|heavier)\s+(?:for\s+(?:me|us)\s+)?than|(?:matters?|counts?)\s+"
    r"(?:more|less)\s+(?:to|for)\s+(?:me|us)\s+than|(?:more|less)\s+important\s+(?:to\s+(?:me|us)"
    r"\s+)?than|laat\s+ik\s+(?:weg|buiten\s+beschouwing)|^\W*leave\s+out)\b",
    re.IGNORECASE,
)
# A value named as a state one is in, a participle with "worden"/"being" ("gehoord worden",
# "serieus genomen worden", "being heard", "being taken seriously"): a value's name, no clause.
PASSIVE_STATE_RE = re.compile(
    r"^(?:\w+\s+)?ge\w+(?:d|t|n)\s+worden$|^being\s+(?:\w+\s+)?\w+(?:ed|en|eard|own)"
    r"(?:\s+seriously)?$",
    re.IGNORECASE,
)
