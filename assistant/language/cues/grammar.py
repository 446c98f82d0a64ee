"""Stop words and finite verbs (Dutch and English): content words, and a clause from a name."""

from __future__ import annotations

import re

# Words that carry no meaning of their own (content-word matching).
_STOP_NL = (
    "aan al alle alles als altijd ander andere ben bij dan dat de deze die dit doen door dus een "
    "eens en er geen had heb hebben heeft hem het hier hij hoe hun iets ik in is ja je jij kan "
    "kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook "
    "op over te tegen toch toen tot u uit uw van veel voor wat we wel wie wij wil worden wordt "
    "zal ze zelf zich zij zijn zo zoals zonder zou zullen waar waarbij daar daardoor krijgen "
    "krijgt gaan gaat komen komt laten weten hoeft hoeven minder"
)
_STOP_EN = (
    "a about all also an and any are as at be been being but by can could did do does for from "
    "get gets had has have he her his how if in into is it its more most no not of on one or our "
    "out over own same she should so some such than that the their them then there these they "
    "this those through to too under up very was we were what when where which while who why "
    "will with would you your less without because being"
)
# Generic words that say nothing about a value (a rare one would otherwise weigh heavily).
_GENERIC = (
    "groot grote klein kleine nieuw nieuwe goed goede echt echte hele heel eerst eerste extra "
    "vaak soms zelden nooit steeds alleen iemand iets elk elke ieder iedere andere waarin "
    "maken maakt staan staat zien ziet blijven blijft hele daarbij erg zeer "
    "big large small new good real whole first often always only someone something every each "
    "make makes made see sees stay stays keep keeps very much many"
)
STOPWORDS = frozenset((_STOP_NL + " " + _STOP_EN + " " + _GENERIC).split())
# Finite verbs and auxiliaries: a list item that holds one is a clause, not a name.
_VERBS = (
    "is zijn was waren wordt worden werd werden kan kunnen kon konden moet moeten mag mogen "
    "zal zullen zou zouden wil willen heeft hebben had hadden gaat gaan ging krijgt krijgen "
    "voelt voelen voel weet weten raakt raken maakt maken ziet zien komt komen blijft blijven "
    "scheelt helpt helpen gebruikt gebruiken neemt nemen geeft geven houdt houden staat staan "
    "loopt lopen hoeft hoeven vindt vinden denkt denken werkt verliest verliezen vraagt plant "
    "bepaalt bepalen beslist beslissen leidt kost levert are am were be been being will would "
    "can could may might must shall should has have do does did get gets got feel feels felt "
    "know knows lose loses lost make makes made see sees become becomes saves save takes take "
    "gives give goes go comes come decides decide refuse refuses wonder wonders betaalt wacht "
    "mist zoekt leest rijdt belt meldt hoort zit praat lijken lijkt wint spaart pay pays paid "
    "wait waits waited sold spent found seem seems shows show run runs add adds use uses "
    "checks read reads send sends sent keeps kept lezen zetten zet sturen stuurt schrijft "
    "schrijven bewaren markeren laten toont tonen controleert controleren find finds "
    "frees skip skips stops trusts leaves shares needs wants tend tends asks calls vertrouwt "
    "neemt kijkt stopt slaat likes loves hates prefer prefers appreciate appreciates enjoy "
    "enjoys waardeert vind worry vrees merk hoop verwacht "
    "fotografeert filmt volgt registreert start starts "
    # more verbs people use for effects ("de overlast daalt", "ouderen haken af", "the residents
    # lose out", "drivers complain")
    "daalt dalen stijgt stijgen groeit groeien verdwijnen bespaart besparen verbetert "
    "verbeteren verslechtert vrezen klaagt klagen haakt haken ervaart ervaren merkt merken "
    "snapt snappen begrijpt begrijpen zitten rukt rukken missen verdient verdienen "
    "kiest kiezen verliest wint winnen voelen lijdt lijden profiteert profiteren moest "
    "moesten hoefde hoefden kreeg kregen raakte raakten werd verloren ontvangt ontvangen "
    "worstelt worstelen twijfelt twijfelen schrikt schrikken durft durven kunt wilt zult hebt "
    "heb ben bent "
    "struggle struggles suffer suffers complain complains fears worries sleeps improve "
    "improves worsen worsens decreases increases gains drops rises falls grow grows misses "
    "loses receive receives spend spends notices avoid avoids happen happens knocks flags "
    "flagged records recorded stored understand understands "
    # verbs that report what someone said or thought, or describe a role ("mijn collega zei al
    # dat ...", "the supplier maintains the servers")
    "zei zegt zeggen zeiden vertelt vertelde waarschuwt waarschuwde dacht vond vonden merkte "
    "beheert beheren onderhoudt onderhouden bouwt bouwen ontwikkelt ontwikkelen installeert "
    "said says told tells thinks thought warned warns noticed reckons believes delivers "
    "supplies maintains builds develops installs hosts manages operates provides "
    # common Dutch verb forms with "je" or in a list ("dan krijg je", "we kennen ... toe")
    "krijg ken kent kennen checkt checken doet doen kijkt kijken "
    # English auxiliaries with "not" folded in ("tourists don't get the texts")
    "don't doesn't didn't can't cannot won't isn't aren't wasn't weren't couldn't haven't "
    "hasn't "
    # stopping something ("... and stop doing proper rounds", "en stoppen met ...")
    "stop stops stopt stoppen "
    # telling ("family carers tell me they sleep better")
    "tell tells vertellen vertelt "
    # saying, thinking, loving it ("most clients say it helps", "young teachers love it")
    "say love loves helps ask asks "
    # relying on something ("officers rely on the score", "staff relied on it")
    "rely relies relied relying trusting trusted vertrouwde vertrouwden leunen leunt "
)
VERB_WORDS = frozenset(_VERBS.split())
# Two words in which a verb of the list above is a noun ("ter been": "slecht ter been zijn").
NOUN_PAIRS = frozenset(("ter been", "te been"))
# A Dutch part that ends in "te" and an infinitive ("... en in de wacht te staan", "en naar het
# loket te komen"): a second object of the verb before "en", no clause of its own.
TE_INFINITIVE_END_RE = re.compile(r"\bte\s+\w+(?:en|n)\s*[.!]*$", re.IGNORECASE)
# Verbs that are nouns as well ("trust", "vertrouwen" as a value): a verb only right after a
# subject ("staff trust the tool too much", "inwoners vertrouwen de uitslag niet").
NOUN_OR_VERB_WORDS = frozenset(("trust", "vertrouwen", "doubt", "twijfel", "fear"))
# A word that opens a clause further on in a sentence, about something the main clause names
# ("De software markeerde graven waar de familie planten heeft laten groeien", "... gaan mee naar
# de rechter als de ondertoezichtstelling verlengd moet worden", "then it says how big the cordon
# must be"): what that clause says is no proposal of the speaker's.
EMBEDDED_CLAUSE_RE = re.compile(
    r"\s(?:als|wanneer|waar|waarin|waarbij|hoe|if|when|where|whereby|how|whether)\s", re.IGNORECASE
)
EMBEDDED_AFTER_WORDS = 3  # "alleen als ...", "only if ...": a condition in front, no clause inside
SUBORDINATE_RE = re.compile(
    r"^(?:als|wanneer|omdat|doordat|zodat|terwijl|hoewel|if|when|because|so that|while|"
    r"although|unless|tenzij|voordat|before|nadat|after|since|sinds|zodra|as soon as|once)\b",
    re.IGNORECASE,
)
# Words a clause may open with before its subordinating word ("en als ...", "but if ...",
# "maar wanneer ..."): the clause is still a subordinate one.
CLAUSE_JOINER_RE = re.compile(r"^(?:(?:en|and|maar|but|of|or|ook|also|dus|so)\s+)+", re.IGNORECASE)
# The complementisers after which a clause's subject comes first ("negatief is dat vissers en
# wandelaars gefilmd worden", "the risk is that tenants and visitors ..."): a subject without
# its verb yet goes on after "en"/"and".
SUBJECT_COMPLEMENTISERS = frozenset(("dat", "that"))
# A condition opening a clause ("als X en Y, dan ...", "if the tool says X and it is not, ...").
CONDITION_WORD_RE = re.compile(r"^(?:als|wanneer|indien|zodra|if|when|once)\b", re.IGNORECASE)
# A clause that starts with a word pointing back: to the effect before it ("dat", "it"), to the
# people before it ("ze komen in een bubbel"), or judging it ("en dat is gevoelig", "which can
# sink their case").
PRONOUN_RE = re.compile(r"^(?:dat|dit|het|ze|zij|hij|they|it|this|that|which|wat)\b", re.I)
# A clause whose subject points back to the effect before it in the same sentence, behind a
# fronted phrase ("..., in de winter scheelt dat dagen", "..., in winter that saves them days"),
# or that only says there is more of it ("..., and there could be more exam dates").
FRONTED_PRONOUN_RE = re.compile(
    r"^(?:(?:in|bij|op|tijdens|na|met|zonder|at|on|during|with|without|after)\s+(?:\S+\s+){1,3}?"
    r"|(?:soms|vaak|straks|dan|daarna|later|uiteindelijk|sometimes|often|then|eventually)\s+)"
    r"(?:\S+\s+)?(?:dat|dit|het|that|this|it)\s+\S"
    r"|^(?:there|er)\s+(?:is|are|was|were|will|would|could|can|may|might|zijn|komen|komt|"
    r"wordt|worden|kunnen|kan|zullen|zal)\b",
    re.I,
)
# A clause that goes on about the people of the effect before it in the same sentence, with a
# pronoun for them as its subject ("..., ze hoeven niet meer te wachten", "..., die voelen zich
# overbodig", "..., they used to wait six weeks"): more of that effect. "die" only before a verb
# ("die zien ...", not "die kennis ...").
SAME_PEOPLE_ON_RE = re.compile(
    r"^(?:(?:ze|zij|hij|we|wij|they|he|she)\s|die\s+(?P<verb>\S+))", re.IGNORECASE
)
# A lead in front of a pronoun for people told of before, as the subject of what follows: a few
# words before a colon ("eerder andersom: die krijgen ...", "what they said in the pilot: they
# feel ..."), a correction said in passing ("ik bedoel ze gaan ...", "I mean they ...") or a
# bare "that" ("dat ze niet weten ...", "that they can't check ..."). What follows is theirs.
POINTER_LEAD_RE = re.compile(
    r"^(?:(?:[^\s:]+\s+){0,5}[^\s:]+\s*:\s*|(?:ik bedoel|bedoel ik|i mean|dat|that),?\s+)"
    r"(?=(?:ze|zij|die|they)\s)",
    re.IGNORECASE,
)
# "They" at the start of a clause, for a group named before ("..., ze schrikken ervan").
THEY_RE = re.compile(r"^(?:ze|zij|they)\b", re.IGNORECASE)
PERSON_PRONOUN_RE = re.compile(
    r"^(?:ze|zij|hij|die|hun|they|their|he|she|those|sommigen|velen|enkelen|some of them|"
    r"many of them|most of them|a few of them|some|many|most|a few|"
    # part of the people before ("een paar van hen", "de meesten van hen", "half of them")
    r"(?:een paar|een deel|een aantal|een groot deel|veel|de meesten|twee|drie|een|één|"
    r"half|several|one|two|three|lots|a lot|all|none|each)\s+(?:van hen|van hun|of them)|"
    # what it means for them ("voor hen betekent dit ...", "for them it means ...")
    r"(?:voor|for|bij|to)\s+(?:hen|hun|them|those people|die mensen))\b",
    re.I,
)
# A short sentence that only judges the effect told before it ("That's the big plus.", "Dat
# vind ik een echt pluspunt.", "Dat voelt niet goed.", "That saves lives honestly."): its
# direction goes to that effect; it is no effect of its own.
VERDICT_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ja|yes|nou|well|honestly|eerlijk gezegd)\s+)?(?:that'?s|that is|"
    r"that was|that feels|that felt|that saves|that helps|dat is|dat was|dat voelt|dat voelde|"
    r"dat vind ik|dat scheelt|dat helpt|dit is|this is|"
    # with no subject ("... kan meelezen? voelt niet goed", "... read the messages? feels off")
    r"(?:it\s+)?(?:feels|felt|sounds|seems)|(?:het\s+)?(?:voelt|klinkt|lijkt)\s+(?:me\s+|mij\s+)?"
    r"(?:niet|raar|eng|vreemd|dubbel|fout|gek|wat|best|heel|erg|een\s+beetje|wel))\b",
    re.I,
)
VERDICT_WORDS = 8
# A judgement of what was said and nothing more ("Dat vind ik zorgelijk.", "That worries me.",
# "I find that worrying"): with no effect before it to judge, it is no effect of its own.
BARE_VERDICT_RE = re.compile(
    r"^(?:(?:en|and|maar|but|nou|well|honestly|eerlijk gezegd)\s+)?(?:(?:dat|dit)\s+(?:vind|vond)"
    r"\s+ik|ik\s+(?:vind|vond)\s+(?:dat|dit)|i\s+(?:find|found)\s+(?:that|this|it)|(?:that|this)\s+"
    r"(?:worries|concerns|bothers|scares)\s+(?:me|us)|(?:dat|dit)\s+(?:baart|stoort)\s+(?:me|mij|"
    r"ons))(?:\s+(?:echt|wel|best|heel|erg|zeer|persoonlijk|eigenlijk|really|quite|very|a\s+bit|"
    r"een\s+beetje|zorgen))*(?:\s+[\w-]+)?\W*$",
    re.IGNORECASE,
)
# A judgement after a comma, said of the clause before ("..., vind ik jammer", "..., lijkt me
# lastig", "..., I find that tricky"): its direction goes to that effect; no effect of its own.
JUDGING_TAIL_RE = re.compile(
    r"^(?:en\s+|and\s+)?(?:vind ik|vond ik|lijkt me|lijkt mij|i find (?:that|it)|"
    r"i found (?:that|it)|i think (?:that'?s|it'?s)|seems)\b",
    re.I,
)
JUDGING_TAIL_WORDS = 6
# Verbs that open a short remark weighing the clause before it ("..., scheelt ze veel tijd",
# "..., saves us a lot", "..., kost ons uren"): no effect of its own.
REMARK_VERBS = frozenset((
    "scheelt", "scheelde", "bespaart", "kost", "kostte", "helpt", "hielp", "saves", "saved",
    "costs", "cost", "helps", "helped",
))  # fmt: skip
REMARK_VERB_WORDS = 6
REMARK_RE = re.compile(r"^(?:dat|dit|wat|which|that|this|daar)(?:'s\b|\s+(?P<verb>[\w']+)\b)", re.I)
# A clause that opens with a relative pronoun pointing back at the whole clause before it
# ("..., which they appreciate", "..., which most of them will welcome", "..., wat fysiek echt
# scheelt"): what that clause is to someone, no effect of its own. Not a consequence told with a
# joint ("which means ...", "wat betekent dat ...") nor a worry ("wat als ...").
POINTING_BACK_RE = re.compile(
    r"^\W*(?:which|wat)\s+(?!(?:means?|meant|leads?|led|in\s+turn|results?|als|betekent|"
    r"inhoudt|wil\s+zeggen)\b)\w",
    re.I,
)
POINTING_BACK_WORDS = 10  # longer, it tells more than a remark on the clause before
# Some people set against others in one clause ("some like it and others find it creepy",
# "sommigen vinden het fijn, anderen niet"): two sides, each an effect of its own.
OTHERS_RE = re.compile(r"\b(?:others|the rest|anderen|de rest)\b", re.I)
# A relative pronoun inside a noun phrase ("een zaak die ...", "people who ..."): the verb after
# the next comma belongs to that noun.
RELATIVE_RE = re.compile(
    r"\S\s+(?:die|wie|wier|wiens|waarvan|waar|who|which|that|whose|where)\s|^\s*(?:wie|who|whoever|wat|whatever)\s",
    re.I,
)
# Words that say an effect is the same as the one before ("en de buren zien dat ook", "the
# cleaners too"): without a direction of its own, it has the direction of that one.
SAME_AGAIN_RE = re.compile(r"\b(?:ook|eveneens|evenzo|too|also|as well|likewise)\b", re.I)
# A question tag after an effect ("..., of is dat overdreven?", "..., do you think?", "...,
# right?"): a doubt about the effect, no effect of its own.
QUESTION_TAG_RE = re.compile(
    r"^(?:(?:of|or)\s+(?:is|zijn|was|klopt|overdrijf|ben|am|would|does|do|telt|counts?|"
    r"maak)\b[^.!]*|(?:do you think|don't you think|denk je|denk je niet|vind je|toch|right|"
    r"isn't it|or not|of niet|klopt dat|is dat zo|zou dat kunnen|could that be))\s*\?\s*$",
    re.IGNORECASE,
)
QUESTION_TAIL_RE = re.compile(
    r",\s*(?:right|toch|do you think|denk je|or not|of niet|isn't it|klopt dat|(?:of|or)\s+"
    r"(?:am i|ben ik|is dat|is that|overdrijf ik|do i)\b[^,.!?]{0,25})\s*\?\s*$",
    re.IGNORECASE,
)
# A hedge at the end of a told effect, not part of it ("... een verklikker denk ik", "..., I
# guess"); a laugh there stays, so that an aside with a laugh is still seen as one.
HEDGE_END_RE = re.compile(
    r"(?:[\s,]+(?:denk ik|vermoed ik|geloof ik|volgens mij|i think|i guess|i suppose|i reckon)"
    r"\b[\s.!?]*)+$",
    re.IGNORECASE,
)
# A clause that only says who told it ("zeggen ze", "so they say", "volgens de bewoners") or
# compares with before ("zoals bij het oude model ook is gebeurd", "as happened last year"):
# part of the effect before it, no effect of its own.
HEARSAY_RE = re.compile(
    r"^(?:(?:dat\s+)?(?:zeggen|zegt|zeiden|zei)\s+(?:ze|zij|hij|men|die|ze zelf)|"
    r"(?:so\s+)?(?:they|he|she|people)\s+(?:say|said|tell me|told me)|volgens\s+(?:hen|hem|haar|"
    r"eigen zeggen)|naar (?:eigen|hun|zijn) zeggen|apparently|blijkbaar|zo lijkt het)\s*[.!]?$",
    re.IGNORECASE,
)
# A clause that only sets a claim right or says it goes round as a rumour ("dat is niet zo,
# maar het gerucht gaat rond", "that's not true, but rumour has it"): no effect of its own.
CLAIM_STATUS_RE = re.compile(
    r"^(?:(?:maar|but)\s+)?(?:dat\s+(?:is|was)\s+(?:helemaal\s+)?niet\s+(?:zo|waar)|"
    r"dat\s+klopt\s+(?:helemaal\s+)?niet|(?:that's|that\s+is|it's|it\s+is)\s+not\s+"
    r"(?:true|the\s+case|so)|that\s+isn't\s+(?:true|the\s+case|so)|(?:het|een)\s+gerucht\s+"
    r"gaat(?:\s+rond)?|er\s+gaat\s+een\s+gerucht(?:\s+rond)?|(?:the\s+)?rumou?r\s+(?:goes|is\s+"
    r"going|went)\s+(?:a)?round|rumou?r\s+has\s+it|there's\s+a\s+rumou?r(?:\s+going\s+round)?)"
    r"\s*[.!]?$",
    re.IGNORECASE,
)
# A clause that says the people of the effect before know nothing of it ("..., en die weten van
# niks", "..., and they have no idea"): part of that effect, and it makes it a negative one.
UNAWARE_RE = re.compile(
    r"^(?:(?:en\s+)?(?:die|ze|zij)\s+weten\s+(?:(?:het|dat|er)\s+)?(?:ook\s+)?(?:niet|niks|niets)"
    r"(?:\s+(?:eens|van(?:\s+af)?))?|(?:en\s+)?(?:die|ze|zij)\s+weten\s+(?:er\s+)?van\s+"
    r"(?:niks|niets)|(?:and\s+)?(?:they|who)\s+(?:(?:don't|do\s+not|didn't|did\s+not)\s+"
    r"(?:even\s+)?know(?:\s+(?:it|that|about\s+it|anything))?|(?:have|had)\s+no\s+idea|"
    r"know\s+nothing(?:\s+about\s+it)?))\s*[.!]?$",
    re.IGNORECASE,
)
COMPARISON_RE = re.compile(
    r"^(?:zoals|net als)\s+(?:bij|met|in|vorig|eerder|vroeger|ook|het|dat|dit)\b|"
    r"^(?:just\s+)?(?:as|like)\s+(?:with|at|in|happened|it did|was the case|before|last|"
    r"earlier)\b",
    re.IGNORECASE,
)
# A clause after a comma that goes on with the one before: a condition, a reason or a
# consequence ("..., ook als het er duizenden zijn", "..., so innocent people become suspects",
# "..., want de kaart ligt achter de voorruit").
CONTINUATION_RE = re.compile(
    r"^(?:(?:ook|zelfs|vooral|juist|even|also|especially)\s+)?(?:als|wanneer|omdat|doordat|"
    r"zodat|terwijl|hoewel|tenzij|voordat|nadat|waardoor|dus|if|when|because|so|while|although|"
    r"unless|before|after|which means|wat betekent|dan|then|daardoor|met als gevolg|"
    r"met als resultaat|with the result|with the effect|as a result|meaning|resulting in|"
    r"so that|and so|en dus|en daardoor|since|zodra|as soon as|once|want(?!\s+to\b)|ook al|"
    r"even though|zonder|without|"
    # formal joints: "..., hetgeen tot ... leidt", "..., which in turn leads to ...", "..., nu de
    # alternatieven worden afgebouwd" ("nu" before its subject: since, not "now")
    r"hetgeen|hetwelk|waarna|which\s+(?:in\s+turn\s+)?(?:leads|results|will\s+lead|would\s+lead)|"
    r"nu\s+(?=(?:de|het|een|er|ze|zij|hij|deze|dit|die)\b))\b",
    re.IGNORECASE,
)
# A part after a comma that widens the clause before it ("blacks out too much, also names of
# officials that ...", "wist te veel, zelfs namen van ambtenaren die ..."): no clause of its own.
APPOSITION_RE = re.compile(
    r"^(?:also|even|including|especially|zelfs|inclusief|waaronder|vooral|ook)\s+"
    r"(?:(?:de|het|een|the|a|an|all|alle)\s+)?\w+\s+(?:of|van|die|dat|that|who|which|with|met)\b",
    re.IGNORECASE,
)
# A joint inside a clause after which its consequence follows ("..., waardoor reizigers te laat
# komen", "... dus planners hoeven niet te bellen", "..., which means relatives get called"):
# the effect is told in the part after it, with its own subject.
CONSEQUENCE_JOINT_RE = re.compile(
    r"(?:,\s*|\s+)(?:en\s+|and\s+)?(?:waardoor|zodat|dus|daardoor|met als (?:gevolg|resultaat) dat|"
    r"wat (?:betekent|inhoudt|wil zeggen) dat|dat betekent dat|which means(?: that)?|"
    r"meaning(?: that)?|so that|with the (?:result|effect|consequence) that|as a result|"
    r"resulting in|(?<=,\s)so|and so|(?<=,\s)hetgeen|(?<=,\s)which\s+(?:in\s+turn\s+)?leads)\s+",
    re.IGNORECASE,
)
# A lead that says how the speaker knows or weighs what follows ("wat ik wel merk is dat",
# "ik ben bang dat", "mss", "the thing is that", "I guess"): the effect is told after it.
# A free relative in front of the main clause, a statement and no question ("wie onderaan staat,
# krijgt toch een brief", "whoever is flagged gets a call", "wat de bot niet weet, gaat naar ...").
FREE_RELATIVE_RE = re.compile(
    r"^(?:en\s+|and\s+|maar\s+|but\s+)?(?:wie|wat|whoever|whatever|anyone who|iedereen die)\s+"
    r"[^?,]{3,90},\s*(?:die\s+|dat\s+)?(?:krijgt|krijgen|moet|moeten|mag|mogen|kan|kunnen|komt|"
    r"wordt|worden|gaat|heeft|houdt|blijft|gets|get|must|should|will|can|may|has|goes|stays)\b"
    r"|^(?:whoever|whatever|anyone who)\s+[^?]{3,90}\s(?:gets|must|should|will|can|may|has|"
    r"goes|stays)\b"
    # "wie" before no verb of its own: the people of the clause, no one asked ("wie geen pas
    # heeft telt niet mee", "maar wie niet digitaal is, valt buiten de boot")
    r"|^(?:en\s+|maar\s+)?wie\s+(?:geen|niet|nooit|eenmaal|net|zelf|zich|te|met|zonder|binnen|"
    r"na|pas)\s[^?]{3,}",
    re.IGNORECASE,
)
# A question word in front of a short label before a colon, the statement after it ("Wat goed
# ging: de wachtrij is weg", "What happened: costs dropped", "How it went last year: 40% fewer
# reports"): a heading of what follows, no question (one with a question mark still asks).
LABELLED_STATEMENT_RE = re.compile(
    r"^(?:en\s+|and\s+|maar\s+|but\s+)?(?:wat|hoe|waar|what|how|where)\b[^:?,.]{0,40}:\s*\S",
    re.IGNORECASE,
)
STANCE_LEAD_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ook|also|o|oh)\s+)?(?:"
    r"(?:ik|we|wij)\s+(?:ben|zijn|was|waren)\s+(?:wel\s+|een\s+beetje\s+|best\s+|ook\s+)*"
    r"(?:bang|bezorgd|benieuwd|blij)\s+(?:dat|of)|"
    r"(?:ik|we|wij)\s+(?:vrees|vrezen|denk|denken|verwacht|verwachten|merk|merken|zie|zien|hoor|"
    r"horen|hoop|hopen|schat|gok|vermoed|vermoeden)\s+(?:wel\s+|ook\s+|eigenlijk\s+|vooral\s+)*(?:dat\s+)?|"
    r"(?:wat|what)\s+[^?,.]{1,60}?\s(?:is|was)\s+(?:dat|that)\s+|"
    # "wat ik graag zou willen is een knop ...", "what we need is a walk-in hour", "what I'm
    # missing is something in the software itself": the measure
    r"(?:wat|what)\s+(?:ik|we|wij|i)\b[^?,.]{0,30}?\b(?:wil|willen|wens|wensen|heb|hebben|"
    r"like|want|need|love|mis|missen|miss|missing|add|toevoegen)\s+(?:is|was)\s+"
    r"(?=(?:een|a|an|iets|something|smth|eentje|one)\s)|"
    r"het\s+(?:punt|probleem|gevaar|gevolg|ding|effect|idee)\s+is\s+(?:dat\s+)?|"
    r"i\s+(?:worry|fear|think|guess|suspect|expect|notice|see|hear|hope|reckon|imagine|bet)\s+"
    r"(?:that\s+)?|i'?m\s+(?:afraid|worried|concerned|sure)\s+(?:that\s+)?|"
    r"i\s+am\s+(?:afraid|worried|concerned|sure)\s+(?:that\s+)?|"
    r"the\s+(?:thing|point|problem|danger|result|effect|catch)\s+is\s+(?:that\s+)?|"
    r"(?:mss|misschien|waarschijnlijk|wellicht|vermoedelijk|maybe|probably|perhaps|"
    r"possibly)\s+)",
    re.IGNORECASE,
)
# A consequence after "en"/"and" that belongs to the clause before it ("de bot snapt het niet en
# dan gaat het mis"); a new condition ("en als ...") starts an effect of its own.
CONSEQUENCE_RE = re.compile(r"^(?:dan|then|daardoor|dus|so|waardoor)\b", re.IGNORECASE)
# Words that open a clause inside a sentence ("het punt is dat planners, ...").
COMPLEMENTISERS = frozenset(("dat", "that", "die", "wie", "who", "which", "of", "whether"))
# Words that end the subject of a clause in verb-last order ("waardoor reizigers vaker te laat
# komen", "dat chauffeurs hun eigen oordeel wantrouwen"): never part of a name for people.
SUBJECT_ENDS = frozenset((
    "te", "hun", "hen", "vaker", "minder", "meer", "eerder", "later", "sneller", "langer",
    "straks", "nu", "daardoor", "dan", "to", "their", "more", "less", "sooner", "longer",
    "now", "then", "fewer", "many", "most", "veel", "much",
))  # fmt: skip
# A modal with its subject after it, after a hedge ("misschien moeten we ...", "dan zouden we
# ..."): the same as "we moeten ...".
INVERTED_MODAL_RE = re.compile(
    r"^(?P<verb>moeten|zouden|kunnen|should|could)\s+(?P<subject>we|wij)\b", re.IGNORECASE
)
# The grammar of a proposal, whoever is to act ("laten we de ouders betrekken", "de badmeesters
# zouden elk uur moeten kijken", "let's ask the council").
PROPOSAL_RE = re.compile(
    r"^(?:(?:en|and|ook|also|maar|but)\s+)?(?:laten we|laat ons|let's|let us|"
    r"ik zou (?:zelf )?(?:ook )?(?:graag )?willen dat|i would (?:also )?like|i'd (?:also )?like|"
    r"i wish)\b|(?:(?<=\bwe\s)|(?<=\bwij\s)|(?<=\bik\s))(?:zou|zouden)\b(?:\s+[\w'-]+){0,6}?\s+"
    r"moeten\b|"
    # not a consequence told of others ("haar dochter zou het dan voor haar moeten doen")
    r"\b(?:zou|zouden)\b(?!(?:\s+[\w'-]+){0,3}?\s+dan\b)(?:\s+[\w'-]+){0,6}?\s+moeten\b|"
    r"^(?:een|a|an)\s[^,;]*\b(?:zou|zouden|would)\b[^,;]*\b(?:help|helpen)\s*$|"
    # "daarom denk ik dat we ... moeten laten zien", "zelf dacht ik al dat we ... moeten zetten"
    r"\b(?:denk|vind|denken|vinden|dacht|dachten)\s+(?:ik\s+|we\s+|wij\s+)?(?:\w+\s+){0,2}?dat\s+"
    r"(?:we|wij)\b"
    r"(?:\s+[\w'-]+){0,8}?\s+(?:moeten|zouden)\b",
    re.IGNORECASE,
)
# "Let's" heading a later clause ("we can't change the bus, so let's say: the operator ...",
# "..., dus laten we de beelden na een week wissen"); not "let's be honest", "let's say ten".
LATER_PROPOSAL_RE = re.compile(
    r"[,;]\s*(?:(?:so|dus|then|dan|daarom|and|en|but|maar)\s+)?(?:laten\s+we|let'?s|let\s+us)\s+"
    r"(?!be\b|face\b|eerlijk\b|wel\b|zeggen\b(?!\s*:)|say\b(?!\s*:)|see\b|zien\b)\w+",
    re.IGNORECASE,
)
# What ought to be done, once the effects are past ("the officers should keep asking", "that
# needs to be part of the briefing"): a measure, not an effect.
OUGHT_RE = re.compile(
    r"\b(?:should|ought to|needs? to be|has to be|have to be)\b(?!\s+(?:have|had)\b)|"
    r"\bmust\s+(?:always\s+|never\s+)?(?:have|get|show)\s+(?:a|an)\b|"
    r"\bmoet(?:en)?\s+(?:altijd\s+|ook\s+)?(?:een|een\s+\w+)\s+\w+\s+(?:hebben|krijgen|tonen)\b|"
    r"\bmoet(?:en)?\s+(?:[\w']+\s+){1,6}?kunnen\b",
    re.I,
)  # "the badge must have a light", "de camera moet een rood lampje hebben", "moet hij dat
# kunnen inzien", "bewoners moeten bezwaar kunnen maken": what must be possible, a demand
# Words after which "maar" is a particle when only a verb follows ("die moeten ons maar
# geloven", "dat moet je maar afwachten").
PARTICLE_HOSTS = frozenset((
    "ons", "het", "hem", "haar", "ze", "je", "me", "mij", "dat", "dit", "wel", "even", "gewoon",
    "er", "jullie", "u",
))  # fmt: skip
# Pronouns that start a clause: a clause that starts with one names no group of people.
# Words a clause's subject opens with ("het callcenter kan ...", "their staff ..."), as opposed
# to an adjective or verb ("eerlijker want iedereen ...").
SUBJECT_OPENERS = frozenset((
    "de", "het", "een", "onze", "ons", "hun", "ze", "zij", "we", "wij", "the", "a", "an", "our",
    "their", "they", "many", "veel",
))  # fmt: skip
PERSONAL_PRONOUNS = frozenset((
    "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "het", "men", "i", "you", "they",
    "he", "she", "it",
))  # fmt: skip
# Pronouns for people told of before, as a clause's subject ("ze voelen zich ...", "they
# worry ..."); not "die"/"those", which also go before a noun ("die lijst ...").
THIRD_PERSON_PRONOUNS = frozenset(("ze", "zij", "hij", "they", "he", "she"))
# Reflexive pronouns after a verb ("ze voelen zich", "vragen zich af", "they find themselves").
REFLEXIVES = frozenset(("zich", "zichzelf", "themselves", "himself", "herself"))
# Verbs that join a subject to what is said of it ("that are loud but legal").
COPULAS = frozenset(("is", "are", "was", "were", "zijn", "waren", "wordt", "worden", "lijkt"))
# Subject pronouns: a clause "en tekenen ze ..." has its verb first (Dutch inversion) and goes
# on with the clause before it.
INVERTED_SUBJECTS = frozenset(("ze", "zij", "hij", "we", "wij", "je", "jij", "u", "men"))
# A pronoun or adverb that starts a sentence, not a name: "dat kan later", "we kijken ernaar",
# "that can wait" (a list of own values never starts so).
SENTENCE_START_RE = re.compile(
    r"^\s*(?:dat|dit|die|we|wij|ik|jij|je|u|ze|zij|hij|men|er|daar|hier|that|this|it|we|i|you|"
    r"they|he|she|there|here)\b",
    re.IGNORECASE,
)
# A proposal drawn as a consequence of what was just said: "daarom denk ik dat we ... moeten",
# "daarom moeten we ...", "so I think we should ...".
CONSEQUENCE_LEAD_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:daarom|dus|so|therefore|hence|that'?s\s+why)\s*,?\s+"
    r"(?:(?:denk|vind|zou)\s+ik\s+(?:zeggen\s+)?|i\s+(?:think|would\s+say)\s+|i'?d\s+say\s+)?"
    r"(?:dat\s+|that\s+)?",
    re.IGNORECASE,
)
# Something that should be there, drawn as a consequence ("daarom moet er een bord komen", "so
# there should be a sign at the entrance", "dus er moet ..."): a proposal after the lead.
THERE_SHOULD_RE = re.compile(
    r"^(?:(?:moet|moeten|zou|zouden)\s+er\s+|(?:er|there)\s+(?:moet|moeten|zou|zouden|should|"
    r"must|ought\s+to|needs?\s+to|has\s+to)\s+)",
    re.IGNORECASE,
)
# "we ... moeten" with the verb at the end, as after "dat" ("dat we bij elke uitslag moeten
# laten zien ...").
SUBORDINATE_PROPOSAL_RE = re.compile(r"^(?:we|wij)\s+(?:[\w'-]+\s+){0,8}?(?:moeten|zouden)\b", re.I)
# English contractions typed without the apostrophe ("dont", "theyre"); words that are also
# words without it ("wont", "its", "were", "well", "ill", "shed") are left alone, and so are
# the modals that open a proposal ("couldnt we ..."), which the options read as they are.
CONTRACTIONS = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "isnt": "isn't",
    "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't",
    "hasnt": "hasn't",
    "theyre": "they're", "youre": "you're", "thats": "that's", "whats": "what's",
    "whos": "who's", "theres": "there's", "ive": "I've", "theyve": "they've",
}  # fmt: skip
CONTRACTION_RE = re.compile(r"\b(?:" + "|".join(CONTRACTIONS) + r")\b", re.IGNORECASE)
# "its" before a word a possessive does not stand before ("its maybe good", "its not fair", "its
# a relief"): "it's"; before a noun ("its data") it stays.
ITS_CONTRACTION_RE = re.compile(
    r"\bits(?=\s+(?:maybe|probably|possibly|perhaps|really|not|just|so|very|quite|pretty|also|"
    r"too|good|bad|great|fine|ok|okay|better|worse|hard|easy|unclear|clear|a|an|the|no|all|"
    r"always|never|still|already|fair|unfair)\b)",
    re.IGNORECASE,
)
# A question typed without its question mark ("hmm wat kunnen we doen..", "what can we do
# then"): a question word, a verb and who asks, at the start of a short sentence.
UNMARKED_QUESTION_RE = re.compile(
    r"^(?:(?:hmm+|hm+|uh+m*|eh+m*|ok[eé]?|oke|dus|en|so|and|nou|well|maar|but)[,.!]*\s+)*"
    r"(?:wat|hoe|wie|waar|wanneer|waarom|welke|what|how|who|where|when|why|which)\s+"
    r"(?:kunnen|kan|moeten|moet|zullen|zal|gaan|doen|can|could|should|shall|do|would|might)\s+"
    r"(?:we|wij|ik|je|jij|u|i|you|they|ze|zij)\b",
    re.IGNORECASE,
)
UNMARKED_QUESTION_WORDS = 8  # a longer sentence after such a start tells what to do
#: Abbreviations a sentence does not end after ("afd. zorg", "bijv. camera's", "approx. 200").
ABBREVIATIONS = frozenset((
    "afd", "bijv", "bv", "ca", "evt", "mbt", "ipv", "dhr", "mevr", "gem", "incl", "excl", "resp",
    "vs", "nr", "ong", "zgn", "zg", "jl", "dept", "approx", "mr", "mrs", "ms", "dr", "esp", "espec",
    "prov", "vh", "tbv", "mbv", "ivm",
    "m.n", "vnl", "i.h.b",
    "o.a", "m.b.t", "i.p.v", "n.a.v", "z.s.m", "e.g", "i.e", "a.s",
))  # fmt: skip

# A clause that reacts to the part before it rather than telling an effect of its own: it points
# back ("... zijn er blij mee", "daar", "that helps them") or tells how people take it ("het
# vrachtverkeer gaat mopperen", "drivers will complain").
REACTION_RE = re.compile(
    r"\b(?:er\s+(?:\w+\s+){0,3}(?:mee|over|van|aan|door|om)|ermee|erover|daar\w*|"
    r"mopper\w*|klag\w*|klaagt|blij|boos|tevreden|complain\w*|grumbl\w*|moan\w*|happy|"
    r"unhappy|pleased|glad|upset|it|that|this)\b",
    re.IGNORECASE,
)

# Words quoted from someone ("a few were angry: 'how do you know I'm struggling?'", 'ze vroegen
# "mag dat wel?"'): what others said, not the speaker asking; an apostrophe inside a word
# ("I'm") closes no quote.
QUOTED_SPEECH_RE = re.compile(
    r"(?:^|(?<=[\s:(]))['\"\u2018\u201c].+?['\"\u2019\u201d](?=[\s.,;:!?)]|$)"
)

# A cleft that puts the people in front ("it's the team leaders who feel overruled", "het zijn
# de planners die het merken"): the people between it and "who"/"die" are the subject.
CLEFT_RE = re.compile(
    r"^\W*(?:(?:en|and|maar|but)\s+)?(?:it(?:'s|\u2019s|\s+is|\s+was|\s+are)|"
    r"het\s+(?:is|zijn|was|waren))\s+(?:(?:vooral|mainly|especially|juist|really|echt)\s+)?"
    r"(?P<people>(?:de|het|the|onze|our)\s+[^,.;:]+?)\s+(?:die|who|that)\s",
    re.IGNORECASE,
)

# Where a clause joins on after a comma with "and"/"en" ("..., and the wound consultant saves
# ..."): its own subject may follow.
JOINED_CLAUSE_RE = re.compile(r",\s*(?:and|en)\s+", re.IGNORECASE)
# Verbs that go with "eruit"/"out" to tell what happens to people, not an edit ("kinderen vallen
# eruit", "mensen haken af", "pupils drop out", "they opt out").
_DROP_OUT = (
    "vallen valt viel vielen vliegen vliegt vloog stappen stapt stapte haken haakt springen "
    "springt lopen loopt gooien gooit drop drops dropped dropping fall fell opt opts opted "
    "kicked thrown left locked priced"
)
DROP_OUT_VERBS = frozenset(_DROP_OUT.split())
# Someone's own words quoted after an effect, as its illustration ("Een van hen zei: 'ik ben toch
# geen robot'", "one driver put it like this: \"I feel like a suspect\"", or the quote alone).
_SAID = (
    r"(?:zei|zegt|zeiden|zeggen|vertelde|riep|schreef|said|says|told\s+(?:me|us)|wrote|"
    r"put\s+it(?:\s+like\s+this)?)"
)
_QUOTE = r"['\"\u2018\u201c](?:[^'\"\u2019\u201d]|(?<=\w)['\u2019](?=\w)){3,200}['\"\u2019\u201d]"
QUOTED_REMARK_RE = re.compile(
    rf"^(?:[\w'-]+(?:\s+[\w'-]+){{0,5}}?\s+{_SAID}\s*:\s*)?{_QUOTE}"
    rf"(?:\s*,\s*[\w'-]+(?:\s+[\w'-]+){{0,5}}?\s+{_SAID})?[.!?]*$",
    re.IGNORECASE,
)
# Focus words that narrow down what follows ("vooral ouderen", "especially when ..."): in front
# of a fragment after an effect they narrow that effect down ("Zeker over schulden of ruzie
# thuis.", "Especially the older ones.", "Vooral als ze alleen thuis zijn."); in front of the
# people a clause opens with they are no part of their name.
FOCUS_WORDS = (
    r"(?:zeker|vooral|met\s+name|juist|helemaal|in\s+het\s+bijzonder|especially|particularly|"
    r"notably|above\s+all|mainly|mostly|in\s+particular|certainly)"
)
NARROWING_RE = re.compile(rf"^(?:en\s+|and\s+)?{FOCUS_WORDS}\b", re.IGNORECASE)
NARROWING_CLAUSE_RE = re.compile(
    rf"^(?:en\s+|and\s+)?{FOCUS_WORDS}\s+(?:als|wanneer|bij|in|op|voor|over|met|when|if|on|"
    r"for|about|with)\b",
    re.IGNORECASE,
)
FOCUS_LEAD_RE = re.compile(rf"^{FOCUS_WORDS}\s+(?=\w)", re.IGNORECASE)

# Words that may open an English statement before "the" ("for the nurses it ...", "only the
# drivers ..."): no command.
NOT_COMMAND_OPENERS = frozenset((
    "for", "with", "to", "at", "by", "from", "in", "on", "of", "and", "but", "so", "then", "now",
    "also", "all", "only", "maybe", "when", "if", "because", "once", "after", "before", "since",
    "as", "like", "about", "over", "under", "without", "through", "during", "both", "most",
    "even", "especially", "mainly", "and", "or", "not", "just", "still", "sometimes", "often",
))  # fmt: skip
