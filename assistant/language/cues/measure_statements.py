"""Cue words for handling options told as statements rather than instructions (Dutch and
English): what stands once the values are chosen ("faces are blurred", "bewoners krijgen een
brief"), people informed, obliged or taught, rules and conditions for going ahead ("alleen als
de OR instemt mag het doorgaan", "only for missing persons"), a measure already taken, a negated
or hedged ask, a permission, an instruction to add a measure to the list, and the form of a
measure or a proposing question wherever it is said; also a measure put as a question and turned
down at once ("a paid premium tier? obviously not")."""

from __future__ import annotations

import re

# Measures told as what stands once the values are chosen (read only past the effects): what is
# made unrecognisable ("gezichten en kentekens vervagen op de camera", "faces are blurred"), a
# check that always comes first ("een handhaver kijkt altijd eerst zelf voor er een boete
# uitgaat", "a person always checks first"), what people receive ("bewoners krijgen een brief
# met uitleg", "residents get a letter explaining ...").
UNRECOGNISABLE_RE = re.compile(
    r"\b(?:vervagen|vervaagd|blurren|geblurd|blurred|blur|anonimiseren|geanonimiseerd|"
    r"anonymi[sz]ed|pseudonimiseren|gepseudonimiseerd|pseudonymi[sz]ed|versleutelen|versleuteld|"
    r"encrypted|onherkenbaar|unrecogni[sz]able|afgeschermd|masked)\b",
    re.IGNORECASE,
)
CHECKED_FIRST_RE = re.compile(
    r"\b(?:altijd|always)\s+(?:\w+\s+){0,2}?(?:eerst|first)\b|"
    r"\b(?:eerst|first)\b[^.!?]{0,40}?\b(?:voordat|voor\s+er|before)\b",
    re.IGNORECASE,
)
RECEIVED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s+)?"
    r"(?:de\s+|het\s+|alle\s+|the\s+|all\s+)?(?P<who>[\w-]+)\s+(?:krijgen|krijgt|ontvangen|"
    r"ontvangt|get|gets|receive|receives)\s+(?:een|a|an)\s+(?P<what>.+)$",
    re.IGNORECASE,
)
# People told, informed or asked, past the effects ("families get told the risk level and why",
# "bewoners worden vooraf ingelicht", "ouders krijgen altijd te horen waarom"): a measure; "who"
# must be people, checked where it is used.
INFORMED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s+)?(?:de\s+|het\s+|alle\s+|the\s+|"
    r"all\s+)?(?P<who>[\w-]+)\s+(?:(?:get|gets|are|is|will\s+be|worden|wordt)\s+(?:\w+\s+)?"
    r"(?:told|informed|notified|asked|ingelicht|ge[iï]nformeerd|gevraagd)|(?:krijgen|krijgt)\s+"
    r"(?:\w+\s+){0,2}?te\s+horen)\b",
    re.IGNORECASE,
)
# A measure told as what people have to do for others or learn, past the effects ("landlords
# have to give their tenants a letter ...", "onze opzichters moeten leren de beelden uit te
# leggen", "de verhuurders moeten hun huurders een brief sturen"), or an instruction or course
# they get ("boas get a clear instruction when to ...", "wijkagenten krijgen een korte
# opfriscursus"); "who" must be people, checked where it is used.
_OBLIGED_VERBS_EN = (
    r"learn|give|send|tell|explain|inform|offer|ask|attend|follow|take|get|be\s+trained|"
    r"be\s+told|be\s+informed|be\s+briefed|check\s+with|call|visit|show"
)
_OBLIGED_VERBS_NL = (
    r"leren|geven|sturen|vertellen|uitleggen|uit\s+te\s+leggen|informeren|aanbieden|bieden|"
    r"volgen|bellen|langsgaan|langskomen|tonen|laten\s+zien|krijgen|vragen"
)
OBLIGED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?"
    r"(?:(?:de|het|onze|our|the|alle|all|all\s+the|elke|every|each|iedere)\s+)?(?P<who>[\w'-]+)\s+"
    r"(?:(?:have\s+to|has\s+to|must|need\s+to|needs\s+to|should)\s+(?:(?:also|first|always)\s+)?"
    rf"(?:{_OBLIGED_VERBS_EN})\b|"
    r"(?:moeten|moet|zouden\s+moeten|zou\s+moeten)\b[^.;?!]{0,80}?\b"
    rf"(?:{_OBLIGED_VERBS_NL})\b)",
    re.IGNORECASE,
)
TAUGHT_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?"
    r"(?:(?:de|het|onze|our|the|alle|all|all\s+the|elke|every|each|iedere)\s+)?(?P<who>[\w'-]+)\s+"
    r"(?:get|gets|receive|receives|krijgen|krijgt|ontvangen|ontvangt)\s+(?:(?:also|ook)\s+)?"
    r"(?:a|an|een)\s+(?:[\w'-]+\s+){0,2}?(?:instruction|instructie|training|briefing|"
    r"refresher|course|cursus|opfriscursus|workshop|uitleg|explanation|session|sessie|les|"
    r"lesson|toolbox)",
    re.IGNORECASE,
)
# People who learn how to do something, told as a statement among options ("de schippers leren
# hoe ze de camera uitzetten", "the wardens learn when to ignore an alert"): a measure for them.
LEARN_HOW_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?"
    r"(?:(?:de|het|onze|our|the|alle|all)\s+)?(?P<who>[\w'-]+)\s+(?:leren|leert|learn|learns)\s+"
    r"(?:(?:also|ook|eerst|first|not|never)\s+)?(?:hoe|how|om|to|wat|what|wanneer|when)\b|"
    # a skill named by its object: "organisatoren leren de neerslagkaart lezen", "de planners
    # leren de voorspelling niet blind te volgen"
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?"
    r"(?:(?:de|het|onze|alle)\s+)?(?P<learner>[\w'-]+)\s+(?:leren|leert)\s+(?:de|het|een|hun|"
    r"zijn|haar)\s+(?:[\w'-]+\s+){0,2}?(?:lezen|gebruiken|herkennen|begrijpen|uitleggen|"
    r"interpreteren|bedienen|duiden|(?:niet\s+)?(?:(?:blind|zomaar|meteen|klakkeloos)\s+)?"
    r"te\s+\w+)\b|"
    # taught by the speaker: "we leren de planners de kaart te lezen", "we teach staff to ..."
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?(?:we|wij)\s+"
    r"(?:leren|teach)\s+(?:(?:de|het|onze|alle|our|the|all)\s+)?(?P<taught>[\w'-]+)\s+"
    r"(?:(?:de|het|een|hun|how|to|not\s+to|om|hoe)\b)",
    re.IGNORECASE,
)
# A condition on going ahead at all, before what it takes ("als we dit doen, dan moet er ...",
# "als we het al doen, dan alleen als ...", "if it goes ahead, I'd want ..."): a measure follows.
GOING_AHEAD_LEAD_RE = re.compile(
    r"^(?:als|if|wanneer|when)\s+(?:we|wij|jullie|you|it|het|dit|this|dat|that)\s+"
    r"(?:\w+\s+){0,3}?(?:doen|doorgaat|doorgaan|invoeren|inzetten|goes\s+ahead|go\s+ahead|"
    r"do\s+(?:it|this|that)|introduce\s+(?:it|this)|happens|gebeurt)\s*,\s*(?:(?:dan|then)\s+)?",
    re.IGNORECASE,
)
# What a measure after such a condition says: what must, may only or never be, what the speaker
# wants ("dan moet er een telefoonnummer blijven", "I'd want location used only while ...").
DEMANDED_RE = re.compile(
    r"\b(?:moet|moeten|mag|mogen|alleen|uitsluitend|nooit|wil|willen|must|should|only|never|"
    r"want)\b",
    re.IGNORECASE,
)
# A rule told as the only condition under which something may happen ("alleen als een handhaver
# eerst zelf nagaat ...", "only if a person checked it", "as long as a boa reviews every clip").
CONDITIONED_RULE_RE = re.compile(
    r"^(?:(?:dan|then|maar|but)\s+)?(?:alleen|uitsluitend|only)\s+(?:als|if|when|wanneer|"
    r"nadat|after|zolang)\b|^(?:zolang|as\s+long\s+as|provided\s+that|op\s+voorwaarde\s+dat|mits|"
    r"on\s+condition\s+that)\b",
    re.IGNORECASE,
)
# Going ahead told as tied to one condition ("alleen als de OR instemt met een draaiboek mag het
# doorgaan", "het mag wat mij betreft pas live als ...", "only if the council signs off on a
# protocol can it go ahead", "it should only go live once ..."): the condition is a measure, also
# where effects are told.
_GO_ON = (
    r"(?:door(?:gaan)?|verder(?:gaan)?|starten|beginnen|live|ingevoerd|go\s+ahead|continue|"
    r"proceed|start|go\s+live)"
)
_MAY = r"(?:mag|kan|gaat|moet|can|may|should|will|could)"
_IT = r"(?:het|dit|dat|it|this|that|we|wij)"
GO_AHEAD_IF_RE = re.compile(
    r"^(?:(?:maar|en|dus|but|and|so)\s*,?\s+)?(?:alleen|pas|uitsluitend|only)\s+(?:als|wanneer|"
    rf"nadat|indien|if|when|once|after)\s+(?P<condition>[^.?!]{{6,}}?),?\s+{_MAY}\s+{_IT}\s+"
    rf"(?:(?!niet\b|not\b)\w+\s+){{0,4}}?{_GO_ON}\b|"
    rf"\b{_IT}\s+{_MAY}\s+(?:\w+\s+){{0,4}}?(?:alleen|pas|uitsluitend|only)\s+(?:\w+\s+){{0,2}}?"
    rf"{_GO_ON}\s+(?:\w+\s+){{0,4}}?(?:als|wanneer|nadat|mits|indien|if|when|once|after|"
    r"provided)\s+(?P<after>.+)",
    re.IGNORECASE,
)
# A rule that limits where or for whom something is used ("alleen bij zware zaken ...", "only
# for missing persons, not for burglaries"), or a measure offered as an alternative ("als
# alternatief een QR-code ...", "as an alternative, ...", "alternatively, ..."): past the
# effects a measure where it tells no change.
SCOPED_RULE_RE = re.compile(
    r"^(?:(?:dan|then|maar|but)\s+)?(?:alleen|uitsluitend|only)\s+(?:voor|for|bij|in|op|at|"
    r"tijdens|during|within|binnen)\b|^(?:als\s+alternatief|as\s+an\s+alternative|"
    r"alternatively|bij\s+wijze\s+van\s+alternatief)\b",
    re.IGNORECASE,
)
# A wish for a measure inside the sentence, its object between the verbs ("voor de thuiszorg
# zou ik een aparte vergunning willen", "ik zou het fijn vinden als de wijkcoaches ...",
# "if so, I'd want ...").
WISH_INSIDE_RE = re.compile(
    r"\b(?:zou|zouden)\s+(?:ik|we|wij)\s+(?:\w+\s+){1,8}?willen\b|"
    r"\b(?:ik|we|wij)\s+zou(?:den)?\s+het\s+(?:fijn|goed|mooi|prettig|beter)\s+vinden\s+als\b|"
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|really\s+)?(?:want|like)\b",
    re.IGNORECASE,
)
# Words that join a sentence on or name its topic before the measure ("en ook:", "o, en de
# boetes:", "and also"): left out to see how the measure starts.
MEASURE_JOIN_LEAD_RE = re.compile(
    r"^(?:(?:o|oh|en|and|ook|also|plus|verder|maar|but)\b\s*[,:]?\s*)+(?:[\w' -]{1,30}:\s*)?",
    re.IGNORECASE,
)
# A sentence that only announces the speaker's own wishes, with none after it ("ik schrijf
# gewoon op wat ik zou willen", "I'll just say what I'd want"): talk, no measure.
WISHES_ANNOUNCED_RE = re.compile(
    r"\b(?:wat|what)\s+(?:ik|wij|we|i)(?:'d|\s+would|\s+zou|\s+zouden)?\s+"
    r"(?:(?:graag|zelf|eigenlijk|really|myself)\s+)*(?:willen|wil|want|like|propose|voorstel)"
    r"\s*[.!:]?\s*$",
    re.IGNORECASE,
)
# The speaker's (or a party's) condition for going ahead, told before the options are asked ("ik
# zie het alleen zitten als ...", "alleen als de huurders het weten vind ik het verdedigbaar",
# "de OR heeft gezegd: alleen als ...", "I'd only agree if ...", "my condition: only if ...",
# "we hebben met de leverancier afgesproken dat ..."): a measure, wherever it is said.
STATED_CONDITION_RE = re.compile(
    r"\b(?:ik|we|wij)\s+(?:(?:zie|zien)\s+het|wil|willen|ga|gaan)\s+(?:het\s+)?(?:\w+\s+){0,2}?"
    r"(?:alleen|pas|uitsluitend)\s+(?:\w+\s+){0,5}?(?:als|wanneer|mits|zolang)\b|"
    r"\b(?:ik|we|wij)\s+(?:vind|vinden)\s+het\s+(?:\w+\s+){0,2}?(?:alleen|pas)\s+(?:acceptabel|"
    r"goed|ok[eé]?|prima|verdedigbaar|aanvaardbaar|verantwoord)\s+(?:als|wanneer|mits|zolang)\b|"
    r"^(?:(?:maar|en)\s+)?(?:alleen|pas|uitsluitend)\s+(?:als|wanneer|zolang)\b[^.?!]*"
    r"\b(?:vind|zie|ga|wil|kan)\s+ik\b|"
    r"[:]\s*(?:alleen|uitsluitend|only)\s+(?:als|if|wanneer|when|zolang)\b|"
    r"\b(?:mijn|onze|hun)\s+(?:harde\s+|enige\s+)?(?:voorwaarde|ondergrens)\s*"
    r"(?::|is\s+(?:dat\b|:))|\bde\s+enige\s+voorwaarde\s+is\b|"
    r"\b(?:we|wij)\s+hebben\s+(?:\w+\s+){0,4}?afgesproken\s+dat\b|"
    r"\b(?:i|we)(?:'d|\s+would|'ll|\s+will)\s+only\s+(?:[\w']+\s+){1,5}?"
    r"(?:if|when|as\s+long\s+as|provided)\b|"
    r"\b(?:my|our|their)\s+(?:hard\s+|only\s+|one\s+)?condition\s*(?::|is\s+(?:that\b|:))|"
    r"\bthe\s+only\s+condition\s+is\b|"
    # a use the speaker would only allow in part ("I'd only do it for photos older than 80 years",
    # "ik zou het alleen voor oude foto's doen")
    r"\b(?:i|we)(?:'d|\s+would)\s+only\s+(?:do|use|run|allow|deploy|start|roll\s+out)\s+"
    r"(?:it|this|that|them)\s+(?:for|with|on|in|at|where)\b|"
    r"\b(?:ik|we|wij)\s+(?:zou|zouden)\s+(?:het|dit|dat)\s+alleen\s+(?:[\w'-]+\s+){0,8}?"
    r"(?:doen|gebruiken|inzetten|toestaan|toepassen)\b|"
    r"\bwe(?:'ve|\s+have)\s+(?:already\s+)?agreed\s+(?:\w+\s+){0,4}?that\b|"
    r"^(?:als|if)\s+(?:we|wij)\s+(?:\w+\s+){0,2}?(?:do|doen)\s+(?:anything|something|it|iets|"
    r"het)\b[^,.?!]*,\s*(?:(?:dan|then)\s+)?(?:alleen|uitsluitend|only|nooit|never)\b|"
    # a bare condition, a sentence of its own without a clause of what then happens ("Alleen
    # als de gegevens in Nederland blijven.", "ok, and only if the data stay in the EU")
    r"^(?:(?:ok[eé]?|okay|ja|yes|en|and|maar|but|wel|dus|so)\s*,?\s+){0,3}(?:alleen|uitsluitend|"
    r"only)\s+(?:als|wanneer|mits|zolang|if|when|as\s+long\s+as|provided)\s+"
    # not with what then happens after it, its verb before its subject ("alleen als het regent
    # gaat het feest niet door", "only if the check finds a signal do they visit")
    r"(?![^,;:?]*\b(?:gaat|gaan|is|zijn|wordt|worden|kan|kunnen|mag|mogen|moet|moeten|zal|zullen|"
    r"komt|komen|krijgt|krijgen|heeft|hebben|blijft|blijven|do|does|did|will|can|may|must|"
    r"should|would|are)\s+(?:het|de|die|dat|een|er|ze|zij|hij|we|wij|je|jij|u|they|we|you|it|he|"
    r"she|there|the|we)\b)[^,;:?]+[.!]?\s*$",
    re.IGNORECASE,
)
# What is fixed for the speaker, as a lead before the measure ("wat voor ons vaststaat: ...",
# "what's non-negotiable for me: ..."): a condition, though it opens like a question.
FIXED_FOR_SPEAKER_RE = re.compile(
    r"\bwat\s+(?:voor\s+(?:mij|ons)\s+)?vast\s*staat(?:\s+voor\s+(?:mij|ons))?\s*:\s*\S|"
    r"\b(?:what(?:'s|\s+is)\s+)?(?:non-negotiable|fixed)\s+for\s+(?:me|us)\s*:\s*\S",
    re.IGNORECASE,
)
# A measure already put in place, told as done ("toen dat misging hebben we in de software
# ingesteld dat ...", "daarna hebben we met de fotografen afgesproken dat ...", "we also capped
# what a minor can be billed", "we've set the tool so that ..."): a measure, wherever it is said.
MEASURE_TAKEN_RE = re.compile(
    r"\bhebben\s+(?:we|wij)\s+(?:\w+\s+){0,6}?(?:ingesteld|afgesproken|vastgelegd|besloten|"
    r"bepaald|geregeld|ingebouwd)\s+dat\b|"
    r"\b(?:we|wij)\s+hebben\s+(?:\w+\s+){0,6}?(?:ingesteld|vastgelegd|besloten|bepaald|"
    r"ingebouwd)\s+dat\b|"
    r"\bwe(?:'ve|\s+have)?\s+(?:also\s+|then\s+|since\s+|now\s+|already\s+)*(?:capped|"
    r"limited|restricted)\s+(?:what|how|the|it|its|their|our)\b|"
    r"\bwe(?:'ve|\s+have)?\s+(?:also\s+|then\s+|since\s+|now\s+|already\s+)*(?:set|"
    r"configured|changed|built)\s+(?:\w+\s+){1,6}?so\s+that\b|"
    r"\bwe(?:'ve|\s+have)?\s+(?:also\s+|then\s+|since\s+|now\s+|already\s+)*(?:agreed|"
    r"decided|made\s+it\s+a\s+rule)\s+(?:\w+\s+){0,4}?that\b",
    re.IGNORECASE,
)
# A measure asked as a negated question, which proposes it ("kunnen we de opname niet beperken
# tot ...?", "moeten de ouders niet eerst een brief krijgen?", "can't we just let people ...?",
# "shouldn't the staff get ...?"): a measure at any step.
NEGATED_ASK_RE = re.compile(
    r"^(?:(?:en|and|maar|but|dus|so|ok|nou|well)\s*,?\s+)?(?:[\w' ]{1,25}:\s*)?(?:"
    r"(?:kunnen|moeten|zouden|kun|kan|moet|zou)\s+(?:we|wij|jullie|je|u|ze|zij|de\s+\w+|"
    r"\w+)\s+(?:\w+\s+){0,5}?niet\s+(?!zijn\b|waar\b)|"
    r"(?:can'?t|couldn'?t|shouldn'?t|cannot)\s+(?:we|you|they|the\s+\w+)\s+(?!be\b)|"
    r"(?:can|could|should)\s+(?:we|you|they)\s+not\s+|why\s+(?:not|don'?t\s+we)\s+)",
    re.IGNORECASE,
)
# A measure after a hedge that is no verb ("misschien dat ze zelf een plek mogen kiezen?", "mss
# voor hen een uitleg op locatie?", "maybe something like a card at the door", "perhaps for them
# a short talk instead of ..."): a measure where it tells no change for people.
HEDGED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|of|or|dus|so|verder|ook|also)\s*,?\s+)?(?:"
    r"(?:mss|misschien|wellicht|eventueel)\s+(?:ook\s+)?(?:dat|voor\s+(?:hen|hun|ze|die|de|het)|"
    r"iets\s+(?:met|als|voor|zoals)|(?:gewoon\s+)?(?:geen|nooit))|"
    r"(?:maybe|perhaps|possibly)\s+(?:also\s+)?(?:something\s+(?:like|with|for)|"
    r"for\s+(?:them|him|her|the|those)|(?:just\s+)?(?:don'?t|do\s+not|never|no)))\b",
    re.IGNORECASE,
)
# What goes before a proposal told in a later clause with "let's say:" ("we can't change the
# bus lol, so let's say: the operator explains ...", "..., dus laten we zeggen: ..."): the
# measure is what follows the colon.
LATER_PROPOSAL_LEAD_RE = re.compile(
    r"^(?:[^:.!?]*?[,;]\s*)?(?:(?:so|dus|then|dan|and|en|but|maar)\s+)?(?:laten\s+we|let'?s|let\s+us)\s+"
    r"(?:say|zeggen|make\s+it|maken\s+we\s+er\s+van|do\s+this|doen\s+we)\s*:\s*(?=\w)",
    re.IGNORECASE,
)
# The aim after a measure in the same sentence ("..., zodat de burgemeesters leren ...", "...,
# so that residents know ..."): words about what it achieves, not a value named.
AIM_CLAUSE_RE = re.compile(r",?\s+(?:zodat|opdat|so\s+that|in\s+order\s+(?:that|to))\b", re.I)
# A hedge in front of a proposal, up to its subject ("misschien moet", "maybe", "misschien iets
# met dat", "perhaps something like"), and a word that limits what a thing does or who gets it
# ("alleen", "only", "nooit", "never", "pas na", "unless"): a hedged rule for the technology;
# a rule's modal after its subject ("maybe the summary should only ...").
RULE_AFTER_SUBJECT_RE = re.compile(
    r"^(?:[\w'-]+\s+){1,5}?(?:moet|moeten|mag|mogen|should|must|may|hoeft|hoeven)\b", re.I
)
# People allowed to do something, told where options are asked ("de chauffeurs mogen de route
# aanpassen als ze iets zien wat de software mist", "drivers may change the route"): a measure,
# unless what they may do stops ("bewoners mogen niet meer parkeren": an effect).
PERMISSION_RE = re.compile(
    r"^(?:[\w'-]+\s+){1,5}?(?:mogen|mag|may|(?:are|is)\s+allowed\s+to|get\s+to|"
    # given room to act ("X krijgen de ruimte om ...", "X get the freedom to ...")
    r"(?:krijgen|krijgt|get|gets)\s+(?:de|het|the|more|meer)?\s*(?:ruimte|vrijheid|mandaat|"
    r"room|freedom|mandate|space|leeway)\s+(?:om|to))\s+"
    r"(?!(?:\w+\s+){0,3}?(?:niet\s+meer|nooit\s+meer|no\s+longer|not\s+any\s*more)\b)",
    re.I,
)
# A rule for every case, told where options are asked ("every flagged application still gets
# read in full by an officer", "an officer reads each flagged one", "elke melding krijgt ..."):
# a measure, whatever words of harm it holds.
EVERY_CASE_RE = re.compile(
    r"\b(?:every|each|elke|iedere)\s+(?!(?:day|night|week|month|year|morning|evening|time|"
    r"shift|dag|nacht|week|maand|jaar|ochtend|avond|keer|dienst)\b)",
    re.I,
)
# Staff checking the work in a routine ("verpleegkundigen lezen elke week een steekproef van
# de gesprekken na", "a team lead reviews a sample of the letters every month"): a measure,
# also where it names a fault it looks for ("om fouten te vinden").
SAMPLE_CHECK_RE = re.compile(
    r"\b(?:steekproe\w*|spot[-\s]?checks?|random\s+checks?|a\s+sample\s+of|samples\s+of)\b", re.I
)
CHECK_VERB_RE = re.compile(
    r"\b(?:lezen|leest|kijken|kijkt|nakijken|controleren|controleert|checken|checkt|check|"
    r"checks|review|reviews|reviewen|audit\w*|toetsen|toetst|inspect\w*|read\s+through|"
    r"reads\s+through|go\s+through|goes\s+through|loopt|lopen)\b",
    re.I,
)
FREQUENCY_RE = re.compile(
    r"\b(?:elke|iedere|every|each|once\s+a|twice\s+a|per)\s+(?:week|maand|kwartaal|jaar|"
    r"month|quarter|year)\b|\b(?:wekelijks\w*|maandelijks\w*|jaarlijks\w*|weekly|monthly|"
    r"yearly|annually|quarterly)\b",
    re.I,
)
HEDGE_LEAD_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ok|oké|oke|so|dus|of|or)\s*,?\s+)?(?:mss|misschien|wellicht|maybe|"
    r"perhaps)\s+(?P<frame>(?:iets\s+(?:met|als|zoals)|something\s+(?:like|with))\s+"
    r"(?:dat\s+|that\s+)?|(?P<modal>moet|moeten|zou|zouden|kan|kunnen|mag|mogen|should|could|"
    r"can|must)\s+)?",
    re.IGNORECASE,
)
RESTRICTION_RE = re.compile(
    r"\b(?:alleen|uitsluitend|enkel|nooit|tenzij|only|never|unless|pas\s+(?:na|als|nadat|wanneer)|"
    r"not\s+until|no\s+longer|niet\s+meer)\b",
    re.IGNORECASE,
)
# Where a stated condition's own words start ("ik zie het alleen zitten als ...", "I'd only agree
# if ...", "my condition: only if ..."): the measure is what follows, led by "alleen als"/"only if".
CONDITION_CLAUSE_RE = re.compile(
    r"\b(?P<only>alleen|uitsluitend|pas|only)\b(?:\s+[\w']+){0,3}?\s+"
    r"(?P<if>als|wanneer|zolang|mits|if|when|as\s+long\s+as)\s+",
    re.IGNORECASE,
)
# The speaker's stance after a condition ("... vind ik het verdedigbaar", "..., dat is voor mij
# de ondergrens", "..., that's my bottom line"): no part of the measure.
CONDITION_TAIL_RE = re.compile(
    r"(?:,?\s+(?:vind|zie|ga|kan|wil)\s+ik\b|,\s*(?:dat\s+is|that'?s|that\s+is)\b)[^.?!]*$",
    re.IGNORECASE,
)
# An instruction to add a measure to the list ("Vul nog aan bij de maatregelen dat de OR ...",
# "zet bij de opties nog: ...", "Add to the measures that the council ...", "put under the
# options that ..."): the measure follows, at whatever step it is said.
ADD_TO_OPTIONS_LEAD_RE = re.compile(
    r"(?:^|(?<=[.!]\s))(?:(?P<nl>(?:vul|zet|noteer|schrijf|neem)\s+(?:(?:nog|ook|even|graag)\s+)*"
    r"(?:aan\s+)?(?:bij|onder|in)\s+(?:de|het\s+lijstje)\s+(?:maatregelen|opties|handelingsopties)"
    r"|voeg\s+(?:(?:nog|ook|even|graag)\s+)*(?:aan|bij)\s+de\s+(?:maatregelen|opties|"
    r"handelingsopties)\s+(?:(?:nog|ook)\s+)*toe)(?:\s+(?:nog|ook|even|graag))*\s*(?:dat\s+|:\s*)"
    r"|(?P<en>(?:add|put|note|write)\s+(?:(?:also|down)\s+)?(?:to|under|in|among|with)\s+the\s+"
    r"(?:measures|options)(?:\s+(?:also|too|as\s+well))?\s*(?:that\s+|:\s*)))",
    re.IGNORECASE,
)
# A sentence in the form of a measure wished for, demanded or set as a condition, wherever in it
# ("ik zou willen dat ouders ...", "het moet uit te zetten zijn", "only if there is a human
# check", "we need a way to ..."), or already taken ("voortaan ...", "we set a rule"): where
# the learned model of option sentences is very sure, a measure also before options are asked.
MEASURE_FORM_RE = re.compile(
    r"\b(?:moet|moeten|moest|zou|zouden|wil|willen|graag|wens|eis|voorwaarde|mits|tenzij|"
    r"alleen\s+(?:als|wanneer|na|met)|pas\s+(?:als|na|nadat|wanneer)|zolang|afgesproken|"
    r"afspreken|spreken\s+(?:we\s+)?af|laten\s+we|should|must|would|want|wish|need|needs|"
    r"has\s+to|have\s+to|only\s+(?:if|when|after|with)|unless|provided|as\s+long\s+as|"
    r"condition|require[sd]?|agreed|let'?s|"
    # a measure already taken: "daarna hebben we ingesteld dat ...", "after that we set a rule"
    r"voortaan|ingesteld|ingevoerd|vastgelegd|set\s+(?:a|the)\s+rule|introduced|from\s+now\s+on)\b",
    re.IGNORECASE,
)
# A question that proposes a measure ("kunnen we niet gewoon ...?", "zou het helpen als de app
# ...?", "we zouden misschien ... moeten ...?", "can't we ...?", "would it help if ...?"): in
# the form of a measure, also before options are asked.
PROPOSING_QUESTION_RE = re.compile(
    r"\b(?:(?:kunnen|zouden|zullen)\s+we|we\s+zouden|zou\s+het\s+(?:helpen|werken)|"
    r"is\s+het\s+een\s+idee|wat\s+als\s+we|(?:can'?t|could|should|shall)\s+we|"
    r"we\s+(?:could|should)|would\s+it\s+(?:help|work)|what\s+if\s+we|how\s+about)\b",
    re.IGNORECASE,
)
# A measure put as a question and turned down at once, with or without its reason ("een app om
# thuis te oefenen? nee, liever niet, dat ...", "a paid premium tier? obviously not", "- a second
# camera? no, we have enough of those"): no measure, and its reason none either. What is offered
# instead after the refusal stays ("... ? nee, liever een folder"). Two words at least
# ("efficiëntie? nee" turns down a value); a real question ("is dat genoeg? nee, ...", "values,
# what would you say? no, let me try: ...", "what if ...? no idea") is no measure put as one.
_REFUSAL = (
    r"(?:nee|nope|nah|no(?!\s+(?:idea|doubt|clue|one|longer|more|matter))|never|nooit|"
    r"(?:liever|echt|zeker|absoluut|helemaal|beslist|natuurlijk|gewoon)\s+niet|"
    r"(?:obviously|definitely|absolutely|certainly|rather|really|probably|of\s+course|hell)\s+not|"
    r"not\s+really|no\s+way|geen\s+sprake\s+van|niet\s+doen|joh|hoor|thanks|dank\s*je|"
    r"i\s+don'?t\s+think\s+so|(?:ik\s+)?denk\s+het\s+niet|(?:eerder|juist)\s+niet)"
)
_REAL_QUESTION_OPENING = (
    r"(?:(?:en|and|maar|but|of|or)\s+)?(?:wat|wie|waar|wanneer|waarom|hoe|welke?|is|zijn|was|waren|"
    r"wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|mag|mogen|zou|zouden|gaat|gaan|doet|doen|"
    r"klopt|snap|weet|what|who|where|when|why|how|which|are|were|do|does|did|will|would|can|could|"
    r"should|shall|may|might|has|have|had|isn'?t|aren'?t|don'?t|doesn'?t|won'?t|wouldn'?t|"
    r"right|ok(?:ay)?|toch|echt|really|zo|so)\b"
)
_ASKING_WORD = r"(?:wat|wie|hoe|waarom|welke|what|who|how|why|which|is\s+dat|is\s+that)"
TURNED_DOWN_QUESTION_RE = re.compile(
    r"(?:(?<=^)|(?<=[.;!?]\s)|(?<=\n))(?P<lead>\s*(?:[-*\u2022]\s*|\d{1,2}[.)]?\s+)?)"
    r"(?!" + _REAL_QUESTION_OPENING + r")(?![^.;!?\n]*\b" + _ASKING_WORD + r"\b)"
    r"(?P<asked>[^.;!?\n\s]+\s[^.;!?\n]{1,160}\?)\s*"
    r"(?P<no>" + _REFUSAL + r"(?:[\s,!]+" + _REFUSAL + r")*)(?=[\s,.;:!\u2013-]|$)"
    r"(?P<why>[^.;!?\n]*)(?P<end>[.;!]*[ \t]*)",
    re.IGNORECASE,
)
