"""Cue words for how a handling option is phrased (Dutch and English): an instruction or a
commitment ("we'll train the staff", "wij gaan ... sturen"), a suggestion, a wish or a question
that proposes ("zouden we niet ... kunnen?", "er moet een meldpunt komen"), a measure named by
a noun, a correction, a measure said inside or right after an effect ("..., tenzij we ..."),
sentences and labels that announce options ("als opties heb ik ...", "Ik stel voor:") and
the settings some option patterns fit. Measures told as statements, rules or conditions are in
``measure_statements``; replies among options that name none in ``replies``."""

from __future__ import annotations

import re

# Words that start an instruction or a measure (handling options).
# The speaker's organisation commits to a measure, said past the effects ("also we add a line
# under each answer", "we'll train the staff", "daarnaast zetten we ...", "wij gaan ... sturen").
_WE_VERBS_EN = (
    r"add|put|give|train|offer|limit|publish|inform|ask|send|show|tell|keep|delete|remove|check|"
    r"review|audit|explain|involve|hold|run|write|label|mark|appoint|introduce|set up|build|"
    r"provide|require|report|invite|organi[sz]e|arrange|anonymi[sz]e|blur|encrypt|log"
)
_WE_VERBS_NL = (
    r"voegen|zetten|geven|trainen|bieden|beperken|publiceren|informeren|vragen|sturen|tonen|"
    r"laten|houden|bewaren|verwijderen|wissen|controleren|toetsen|leggen|maken|schrijven|"
    r"vermelden|melden|plaatsen|organiseren|regelen|betrekken|nodigen|spreken|stellen|stoppen|"
    r"beginnen|starten|anonimiseren|versleutelen|evalueren|bespreken|zorgen"
)
COMMITMENT_RE = re.compile(
    r"^(?:(?:en|and|also|ook|daarnaast|verder|then|dan|so|dus|plus)\s*,?\s+)?(?:we|wij)"
    r"(?:'ll)?\s+(?:(?:will|shall|are going to|also|then|always|gaan|zullen|ook|dan|altijd)\s+)*"
    rf"(?:{_WE_VERBS_EN}|{_WE_VERBS_NL})\b"
    rf"|^(?:(?:en|and|ook|daarnaast|verder|dan)\s*,?\s+)?(?:we|wij)\s+(?:gaan|zullen)\s+"
    rf"[^.,;]{{0,60}}\b(?:{_WE_VERBS_NL})\b"
    rf"|^(?:ook|daarnaast|verder|dan|en|bovendien)\s+(?:{_WE_VERBS_NL}|gaan|zullen)\s+(?:we|wij)\b",
    re.IGNORECASE,
)
# Where a commitment goes on with what it says or does ("... saying AI helped draft it"): the
# direction words after it describe the measure, they tell no effect.
COMMITMENT_TAIL_RE = re.compile(
    r"\s(?:saying|stating|that|which|so that|explaining|telling|met de tekst|waarin|dat|die|"
    r"zodat|waarop)\s.*$",
    re.IGNORECASE,
)
OPTION_START_RE = re.compile(
    r"^(?:(?:en|and|also|ook|daarnaast|verder|then|dan)\s+)?(?:we\s+(?:zouden|moeten|"
    r"spreken|could|should|must)\b|(?:laat|zorg|bewaar|verwijder|wis|train|"
    r"leg|spreek|maak|bied|beperk|publiceer|informeer|vraag|geef|zet|voeg|stel|houd|hou|"
    r"toon|gebruik|betrek|regel|organiseer|evalueer|controleer|check|anonimiseer|versleutel|"
    r"let|keep|store|delete|ask|add|train|make|offer|limit|publish|inform|give|set|show|use|"
    r"involve|allow|require|review|audit|explain|tell|provide|remove|encrypt|anonymise|"
    r"anonymize|blur|turn|build|run|hold|create|introduce|appoint|agree|write|check|"
    r"discuss|bespreek|stop|schakel|start|begin|kies|choose|do not|don't|never|nooit|sign|teken|"
    r"put|send|stuur|invite|nodig|appoint|arrange|organi[sz]e|report|rapporteer|"
    r"always|altijd)\b)",
    re.IGNORECASE,
)
# A measure of a subject, then a second measure of the same subject after "en"/"and" ("we
# passen de weging aan en spreken met de leverancier af dat ...", "we zetten het in het script
# en leggen in het contract vast ...", "we'll round the times and ask the vendor to ..."): the
# subject that opens the first, and the verb (for "we" in Dutch its plural) that opens the
# second.
SUBJECT_LEAD_RE = re.compile(
    r"^(?:(?:en|and|dus|so|dan|then|ok[eé]?)\s+)?(?:we|wij|ik|i|we'?ll|we\s+will|we\s+gaan|"
    r"we\s+are\s+going\s+to|we'?re\s+going\s+to|ik\s+ga)\s+\w",
    re.IGNORECASE,
)
NEXT_PREDICATE_RE = re.compile(
    r"^(?:(?:ook|also|dan|then|daarnaast)\s+)?(?:leggen|spreken|maken|bieden|beperken|"
    r"publiceren|informeren|vragen|geven|zetten|voegen|stellen|houden|tonen|gebruiken|"
    r"betrekken|regelen|organiseren|evalueren|controleren|checken|bewaren|verwijderen|wissen|"
    r"trainen|laten|zorgen|sturen|nodigen|kiezen|tekenen|stoppen|schakelen|starten|bespreken|"
    r"passen|bellen|leren|schrijven|melden|ask|agree|put|send|give|offer|train|tell|inform|"
    r"publish|write|add|set|make|arrange|invite|limit|delete|keep|store|check|review|appoint|"
    r"explain|report|involve|hold|run|build|switch|turn)\s+\w",
    re.IGNORECASE,
)
OPTION_CUE_RE = re.compile(
    r"\b(?:moet(?:en)?\s+(?:altijd|kunnen|worden)|mogen\s+(?:altijd|nooit)|spreken\s+af|"
    r"afspraak\s+dat|afspreken|regel\s+dat|rule\s+that|should|must|ought to|we could|"
    r"kunnen we|zouden we|zou je|"
    r"by (?:adding|keeping|using)|door te|optie|option|maatregel|"
    # "measure" the noun, not the verb of a device ("sensors in the bays measure occupancy")
    r"(?:a|an|the|this|that|our|one|another|such|my)\s+(?:(?:first|second|third|last|extra|"
    r"other|simple|concrete|good|possible|new)\s+)?measure|measure(?=\s*:)|"
    r"in de instellingen|in the settings|altijd\s+\w+\s+kunnen|always be able|"
    r"zou(?:den)?\s+(?:\w+\s+){0,7}moeten|"
    r"(?:need|needs|krijgen|krijgt|get|gets)\s+(?:\w+\s+){0,2}(?:training|coaching|cursus|"
    r"course|scholing|opleiding|begeleiding)|(?:hebben|heeft)\s+(?:\w+\s+){0,2}(?:training|"
    r"coaching|cursus|scholing|opleiding|begeleiding)\s+nodig)\b",
    re.IGNORECASE,
)
# A proposal in the form of a wish or a question: "zouden we niet ... kunnen?", "what if we
# kept ...?", "misschien moeten ...", "it would help if ...", "het lijkt me goed als ...".
SUGGESTION_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ok|oké|oke|nou|well|so|dus|verder|daarnaast|ook|also|further)"
    r"\s*,?\s+)?(?:"
    r"zouden\s+we|zou\s+je|zou\s+het|kunnen\s+we|kunnen\s+ze|kan\s+er|moeten\s+we|"
    r"wat\s+als|wat\s+(?:vind|denk)\s+(?:je|jij|u)\s+van|waarom\s+niet|"
    r"(?:mss|misschien|wellicht|maybe|perhaps)\s+(?:ook\s+|also\s+)?(?:moet|moeten|kunnen|kan|"
    r"zou|zouden|should|could|we|is\s+het|it'?s|een|an?|de|het|the)|"
    r"het\s+zou\s+(?:helpen|goed|fijn|mooi|beter|handig)|het\s+lijkt\s+me|"
    r"(?:would|wouldn'?t|does|doesn'?t|will)\s+it\s+help|helpt\s+het\s+(?:als|om)|"
    r"ik\s+zou\s+graag|ik\s+denk\s+(?:zelf\s+|ook\s+|vooral\s+)?aan|denk\s+(?:ik\s+)?aan|"
    r"i'?m\s+(?:also\s+)?thinking\s+of|"
    r"i\s+(?:would\s+)?think\s+of|"
    r"could\s+we|couldn'?t\s+we|can\s+we|can'?t\s+we|should\s+we|shouldn'?t\s+we|"
    r"(?:can|could|should|kunnen|kan|zou|zouden|moeten)\s+(?:\w+\s+){0,3}(?:niet|not)\b|"
    r"(?:could|can|kan|kunnen|zou|zouden)\s+(?:the|de|het|die|dat|this|dit|onze|our)\s+\w+|"
    r"what\s+if|how\s+about|what\s+about|why\s+not|"
    r"(?:it\s+)?would\s+(?:help|be\s+good|be\s+better|be\s+nice|be\s+great|make\s+sense)|"
    # a measure asked whether it helps: "zou een drempel in de bot helpen?", "would a second
    # check before the letter help?"
    r"(?:zou|zouden|would|could)\s+(?:een|an?)\s+(?:[\w'-]+\s+){1,8}?(?:helpen|help|werken|"
    r"work|schelen)\b|"
    r"would\s+it\s+(?:help|be\s+(?:good|better|wise|an\s+idea))|"
    r"(?:het\s+)?zou\s+(?:mooi|fijn|goed|beter|handig)\s+zijn|"
    r"i'?d\s+like|i\s+would\s+like|i'?d\s+want|we\s+might|we\s+may\s+want|"
    # a need in the conditional: "so we'd need an independent check of ...", "we zouden een
    # onafhankelijke toets nodig hebben"
    r"(?:we|i)(?:'?d|\s+would)\s+(?:(?:also|then|really|probably)\s+)?need\s+(?:an?|the|some)|"
    r"(?:we|wij|ik)\s+zou(?:den)?\s+(?:(?:dan|wel|ook|eigenlijk)\s+)*(?:een|de|het)\s+"
    r"[^.?!]*\bnodig\s+hebben|"
    # asked whether it can be done: "couldn't the vendor add ...", "is it possible to train
    # ...", "cld the algorithm also stop ...", "is het mogelijk om ...", "kan de leverancier ..."
    r"(?:couldn'?t|can'?t|cld|cn|shouldn'?t|shld|konden|kon)\s+(?:the|de|het|die|dat|this|dit|"
    r"onze|our|they|ze|zij|you|jullie)\s+\w+|(?:can|could|kunnen|kan)\s+(?:they|ze|zij|people|"
    r"mensen)\s+\w+|"
    r"(?:is|would)\s+it\s+(?:be\s+)?possible\s+(?:to|that)|"
    r"(?:is|zou)\s+het\s+(?:niet\s+)?mogelijk\s+(?:zijn\s+)?(?:om|dat)|"
    r"(?:kan|kunnen|zou|zouden)\s+(?:er|jullie)\s+(?:niet\s+)?(?:ook\s+)?\w+)\b",
    re.IGNORECASE,
)
# A measure asked as a question about people or about what there should be, past the effects:
# "can officers get a refresher on ...?", "kunnen wijkagenten vaker langs ...?", "should there be
# a sign ...?", "zou t kunnen dat de app alleen ...?". The word after the modal must be people
# (checked where it is used) or "there"/"er"; "will officers lose ...?" asks no measure.
PEOPLE_ASKED_RE = re.compile(
    r"^(?:(?:en|and|ook|also|of|or|maar|but|verder|dus|so)\s*,?\s+)?"
    r"(?:can|could|should|shall|shouldn'?t|couldn'?t|kunnen|kan|zouden|zou|moeten|moet|mogen|mag)"
    r"\s+(?:(?:de|het|een|onze|our|the|a|an|alle|all|all\s+the|elke|every|each|iedere)\s+)?"
    r"(?P<who>[\w'-]+)\s+\w",
    re.IGNORECASE,
)
THERE_ASKED_RE = re.compile(
    r"^(?:(?:en|and|ook|also|of|or|maar|but|verder|dus|so)\s*,?\s+)?"
    r"(?:(?:should|shouldn'?t|could|can|must)\s+there\s+(?:not\s+)?be|"
    r"(?:moet|moeten|mag|mogen|komt|komen)\s+er\s+(?:niet\s+)?(?:ook\s+)?(?:een|geen)|"
    r"zou\s+(?:het|t|'t)\s+(?:niet\s+)?kunnen\s+dat)\b",
    re.IGNORECASE,
)
# A wish about a measure in a sentence that is no question: "er moet een meldpunt komen",
# "there should be an appeals route".
WISH_RE = re.compile(
    r"\b(?:er\s+(?:moet|moeten|mag|komt|komen|zou|zouden)\b.*\b(?:komen|zijn|bij|worden)|"
    r"there\s+(?:should|must|has\s+to|needs\s+to|ought\s+to)\s+be|"
    r"(?:laten|let)\s+(?:doen|maken|toetsen|checken|uitvoeren)|laten\s+we|let'?s)\b|"
    r"\blaten\s+\w+en\s*[.!]?\s*$",  # "de raad laten meekijken"
    re.IGNORECASE,
)
# A measure named without a verb ("een onafhankelijk meldpunt", "a clause in the tender"):
# it starts with an article.
NOUN_MEASURE_RE = re.compile(r"^(?:(?:en|and|ook|also|plus)\s+)?(?:een|a|an)\s+\w", re.I)
# One more measure named without a verb, added to what was given ("en ff een bord bij de
# pilotstrook", "and also a sign at the test strip").
ONE_MORE_MEASURE_RE = re.compile(
    r"^(?:en|and|ook|also|plus)\s+(?:(?:ook|also|ff|even|just|nog|maybe|misschien)\s+)*"
    r"(?:een|a|an)\s+\w",
    re.I,
)
# A correction of an option ("niet X maar Y", "not X but Y"): it proposes Y.
CORRECTION_RE = re.compile(r"\b(?:niet|not|geen|no)\b.*\b(?:maar|but|rather)\b", re.I)
# Words of a request to the assistant ("laat eens voorbeelden zien", "give me some ideas"), as
# opposed to an instruction that is a measure ("geef bewoners een keuze", "laat de raad
# meekijken").
TO_ASSISTANT_RE = re.compile(
    r"\b(?:me|mij|us|eens)\b|^\w+\s+(?:(?:wat|some|een\s+paar|a\s+few|nog|more)\s+)?"
    r"(?:voorbeeld\w*|examples?|suggesties|suggestions|voorstellen|proposals|idee[eë]n|ideas|"
    r"opties|options)\b",
    re.IGNORECASE,
)
# Settings that some option patterns only fit (their ``settings``): words in the case that say
# the technology is used there ("zorg" in a compound, not the verb "zorgen").
SETTING_RES: dict[str, re.Pattern[str]] = {
    "care": re.compile(
        r"\b(?:\w*(?<!be)zorg(?!en\b|t\b)\w*|(?:health\s*|home\s+|elderly\s+|youth\s+)?care\b|"
        r"cli[eë]nt\w*|pati[eë]nt\w*|verpleeg\w*|verzorg\w*|nurs\w*|dementi\w*|carers?|"
        r"ziekenhui\w*|hospital\w*|huisarts\w*|wijkverpleg\w*)",
        re.IGNORECASE,
    ),
    "farming": re.compile(
        r"\b(?:boer\w*|farm\w*|veehoud\w*|agrar\w*|agricultur\w*|landbouw\w*|stallen|"
        r"livestock|melkvee\w*|dairy|varkens\w*|pigs?|akkerbouw\w*)\b",
        re.IGNORECASE,
    ),
}
# Where a measure can follow an effect in one sentence: "bewoners voelen zich bekeken, dus er
# moet een meldpunt komen", "drivers lose time; maybe we should ...".
MEASURE_AFTER_RE = re.compile(
    r"\s*(?:;|,|\s-\s)\s*(?:(?:dus|daarom|so|therefore|hence|and\s+so|en\s+dus)\s*,?\s+)?",
    re.IGNORECASE,
)
# The words in a joint before a measure that draw it from what was said ("..., dus ...", "...,
# so ...", "daarom", "therefore").
CONSEQUENCE_JOINT_RE = re.compile(r"\b(?:dus|daarom|so|therefore|hence)\b", re.IGNORECASE)
# A rule for what something must or may do, drawn after an effect: a subject of a few words,
# then a modal ("rondhangen moet uit de detectie", "the report must stay with the trainers",
# "we should add a ..."); the subject is checked for people apart.
RULE_MODAL_RE = re.compile(
    r"^(?P<subject>(?:[\w'-]+\s+){1,5}?)(?:moet|moeten|mag|mogen|should|must|ought\s+to|"
    r"has\s+to|have\s+to|needs?\s+to)\b",
    re.IGNORECASE,
)
# A measure said inside an effect or right after it, up to where the measure starts: what the
# effect hangs on ("..., tenzij we ...", "..., unless we ...", "..., mits ...", "..., provided
# ..."), how it is caught ("dat kun je opvangen door ...", "you can catch that by ...", "dat is op
# te lossen met ..."), or what would help ("het zou al helpen als ...", "it would help if ...").
_CATCH_VERBS = (
    r"opvangen|oplossen|ondervangen|voorkomen|verhelpen|tegengaan|beperken|ondervangen|catch|"
    r"solve|fix|prevent|mitigate|address|avoid|handle|limit|tackle|offset|counter"
)
_CATCH_WAYS = r"(?:\w+\s+){0,2}?(?:door|met|via|by|with|through)\s+"
MEASURE_CLAUSE_RE = re.compile(
    r"(?:,\s*|\s+[\u2013\u2014-]\s+)(?:tenzij|unless)\s+(?:we|wij|jullie|je|you)\s+(?=\w)|"
    r"(?:,\s*|\s+[\u2013\u2014-]\s+)(?:tenzij|unless)\s+(?=(?:er|there)\s+(?:een|a|an)\b)|"
    r"(?:,\s*|\s+[\u2013\u2014-]\s+)(?P<provided>mits|provided(?:\s+that)?|op\s+voorwaarde\s+"
    r"dat|on\s+condition\s+that)\s+|"
    r"(?:^|,\s*|\s+[\u2013\u2014-]\s+)(?:(?:maar|but|en|and)\s+)?(?:dat|dit|het|that|this|it)\s+"
    r"(?:kun|kan|kunnen|could|can)\s+(?:je|we|jullie|u|you)\s+(?:(?:wel|prima|makkelijk|goed|"
    rf"deels|gewoon|easily|partly|simply|wel\s+deels)\s+)*(?:{_CATCH_VERBS})\s+{_CATCH_WAYS}|"
    r"(?:^|,\s*|\s+[\u2013\u2014-]\s+)(?:(?:maar|but|en|and)\s+)?(?:je|we|you)\s+(?:kunt|kan|"
    r"kunnen|can|could)\s+(?:dat|dit|het|that|this|it)\s+(?:(?:wel|prima|makkelijk|goed|deels|"
    rf"gewoon|easily|partly|simply)\s+)*(?:{_CATCH_VERBS})\s+{_CATCH_WAYS}|"
    r"(?:^|,\s*|\s+[\u2013\u2014-]\s+)(?:(?:but|and)\s+)?(?:you|we)\s+(?:can|could)\s+"
    rf"(?:(?:easily|partly|simply|still)\s+)*(?:{_CATCH_VERBS})\s+(?:that|this|it)\s+{_CATCH_WAYS}|"
    r"(?:^|,\s*|\s+[\u2013\u2014-]\s+)(?:(?:maar|but|en|and)\s+)?(?:dat|dit|that|this|it)\s+"
    r"(?:is|can\s+be)\s+(?:wel\s+|prima\s+|easily\s+)?(?:op\s+te\s+lossen|op\s+te\s+vangen|"
    rf"te\s+ondervangen|solved|fixed|caught|prevented|mitigated|handled)\s+{_CATCH_WAYS}|"
    r"^(?:(?:maar|but|en|and)\s*,?\s+)?(?:het|dat|it|that)\s+(?:zou|would)\s+(?:(?:al|wel|echt|"
    r"enorm|veel|already|really|a\s+lot|much)\s+)*(?:helpen|help|schelen)\s+(?:als|if|wanneer|"
    r"when)\s+(?:(?:er|there)\s+(?:(?:was|were|is|would\s+be)\s+)?)?|"
    r"^(?:(?:maar|but|en|and)\s*,?\s+)?(?:wat|what)\s+(?:zou\s+|would\s+)?(?:helpen|helpt|help|"
    r"helps)\s+(?:\w+\s+){0,2}?(?:is|zou\s+zijn|would\s+be)\s*:?\s+",
    re.IGNORECASE,
)
# A period in a measure about data ("na 24 uur", "after a week", "binnen een maand").
PERIOD_RE = re.compile(
    r"\b(?:na|after|binnen|within|elke|every|per)\s+(?:\w+\s+)?(?:uur|hours?|dag|dagen|days?|"
    r"week|weken|weeks|maand|maanden|months?|jaar|jaren|years?|minuten|minutes?)\b",
    re.IGNORECASE,
)
# A rule for what a system may no longer do ("het model mag geen postcodes meer gebruiken"):
# a measure where the system acts (said of people it is an effect: "bewoners mogen niet meer").
NO_LONGER_RE = re.compile(
    r"\b(?:moet|moeten|mag|mogen)\s+(?:\w+\s+){0,3}(?:niet|geen)\s+(?:\w+\s+){0,3}meer\b|"
    r"\b(?:should|must|may)\s+(?:no\s+longer|not\s+\w+\s+any\s*more)\b",
    re.IGNORECASE,
)
# A sentence that says it gives options ("als opties heb ik ...", "mijn opties zijn ...", "as
# options I have ...", "options I can think of: ..."): options, whatever step it is.
OPTIONS_ANNOUNCED_RE = re.compile(
    r"^(?:(?:en|and|ok|nou|well|so)\W+)?(?:als (?:handelings)?opties?|als maatregelen?|"
    r"mijn opties|onze opties|as options?|as measures?|my options|our options|"
    r"(?:handelings)?opties die ik|options i|(?:for|voor) (?:de |the )?(?:handelings)?"
    r"(?:options?|opties?|measures?|maatregelen) (?:i|ik|we|wij|denk|think))\b",
    re.IGNORECASE,
)
# A message that opens about the options, with or without a colon ("opties, hmm. ...",
# "Options I'd push: ...", "maatregelen die ik kan bedenken:", "ok handling options:").
OPTIONS_OPENING_RE = re.compile(
    r"^\W*(?:(?:en|and|ok[eé]?|okay|so|dus|nou|well|dan|then)\W+)*"
    r"(?:(?:mijn|my|onze|our|de|the|some)\s+)?(?:handling\s+|handelings)?"
    r"(?:opties|options|maatregelen|measures)\b",
    re.IGNORECASE,
)
# A message that opens as one about the options ("opties: ...", "Options: ...", "maatregelen -").
OPTIONS_LABEL_RE = re.compile(
    r"^\W*(?:(?:en|and|ok[eé]?|dan|then)\s*,?\s+)?(?:(?:mijn|my|onze|our|de|the)\s+)?"
    r"(?:handelings)?(?:opties|options|maatregelen|measures)\s*(?::|\s[\u2013-])",
    re.IGNORECASE,
)
# A label that announces a list of measures, wherever it is said ("Ik stel voor:", "Opties die ik
# wil voorleggen:", "Mijn ideeën:", "we hebben afgesproken:", "I propose:", "For the session I
# want to bring three starters:", "Agreed:"): the items under or after it are measures proposed.
ANNOUNCED_MEASURES_RE = re.compile(
    r"^[^:\n]{0,60}?\b(?:stel(?:len)?\s+(?:ik|we|wij)?\s*voor|(?:voorstel(?:len)?|opties|"
    r"maatregelen|idee(?:\u00ebn|en)|afspraken)\b"
    r"[^:\n]{0,40}|(?:we\s+hebben\s+)?afgesproken|(?:i|we)\s+(?:would\s+)?(?:propose|suggest)|"
    r"(?:proposals?|options|measures|ideas|starters)\b[^:\n]{0,40}|(?:we\s+)?agreed)\s*:",
    re.IGNORECASE,
)
# An item of a list of measures: numbered, lettered or a bullet ("1. ...", "(b) ...", "- ...").
MEASURE_ITEM_RE = re.compile(
    r"(?:^|(?<=[\s;]))(?:\d{1,2}[.)]|\(?[a-h]\)|[-*\u2022\u2013])\s+(?=\w)", re.MULTILINE
)
# "X laten meekijken", "let the council look at ...": a measure once options are being given.
LET_DO_RE = re.compile(r"\blaten\s+\w+en\b|^(?:\w+\W+)?let\s+(?:the|our|de|het)\b", re.IGNORECASE)
# A second measure in the same frame as the first: "ik denk aan een noodstop en aan een vaste
# afspraak ...", "I'm thinking of a pause button and of a clear rule ..." (the preposition is
# repeated in front of the second one and dropped from it).
PARALLEL_PREP_RE = re.compile(r"^(?:aan|of|about)\s+(?=(?:een|de|het|a|an|the)\s)", re.IGNORECASE)
# People made to act by a causative verb, named by a pronoun: "we moeten ze een dag per maand
# laten meelopen", "let them sit in on the first calls" (a human option: what people do).
PEOPLE_CAUSED_RE = re.compile(
    r"\b(?:ze|hen|hun|them)\s+(?:[\w'-]+\s+){0,7}?laten\s+\w+en\b|"
    r"\b(?:let|have|get)\s+them\b",
    re.IGNORECASE,
)
# Where a measure is made, in front of it: "in the tool itself, ...", "in de app: ...", "op het
# scherm ..." (a system named there makes it a design option).
PLACE_LEAD_RE = re.compile(
    r"^(?:(?:and|en|ook|also|plus)\s+)?(?:in|op|on|within|inside|into)\s+(?:(?:the|de|het|a|"
    r"een|our|onze)\s+)?(?P<place>[\w'-]+)(?:\s+(?:itself|zelf))?\s*$",
    re.IGNORECASE,
)
# The one change the speaker would make ("If I could change one thing today, I'd let people ...",
# "if it were up to me, ...", "als het aan mij lag, ...", "als ik één ding mocht veranderen, dan
# ..."): a measure, also where effects are told; the lead up to the speaker's "I'd" is no part of
# it.
_WISHED_CHANGE = (
    r"^(?:(?:and|en|but|maar|so|dus)\s*,?\s+)?(?:"
    r"if\s+(?:i|we)\s+(?:could|can|were\s+to|got\s+to)\s+change\s+(?:one|a\s+single|just\s+one)"
    r"\s+thing|if\s+it\s+(?:were|was)\s+up\s+to\s+(?:me|us)|"
    r"als\s+(?:ik|we|wij)\s+(?:één|een|1)\s+ding\s+(?:mocht|mochten|kon|konden|zou|zouden)"
    r"(?:\s+(?:mogen|kunnen))?\s+veranderen|als\s+het\s+aan\s+(?:mij|ons)\s+lag)\b"
    r"[^,:]{0,40}[,:]\s*(?:(?:dan|then)\s+)?"
)
_SPEAKER_WOULD = (
    r"(?:i'?d|i\s+would|we'?d|we\s+would|(?:zou|zouden)(?:\s+(?:ik|we|wij))?|"
    r"(?:ik|we|wij)\s+(?:zou|zouden))"
)
WISHED_CHANGE_RE = re.compile(
    _WISHED_CHANGE + r"(?:" + _SPEAKER_WOULD + r"|ik|we|wij|dan)\b", re.IGNORECASE
)
WISHED_CHANGE_LEAD_RE = re.compile(
    _WISHED_CHANGE + r"(?:" + _SPEAKER_WOULD + r"\s+)?(?=\w)", re.IGNORECASE
)
