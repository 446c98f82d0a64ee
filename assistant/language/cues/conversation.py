"""The conversation: step names, navigation, short replies, help, questions about the method,
asking for proposals, and headers over a list (Dutch and English)."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind, Step

STEP_WORDS: dict[Step, tuple[str, ...]] = {
    Step.CASE: ("casus", "case", "technologie", "technology", "begin", "start"),
    Step.ACTORS: ("actoren", "actors", "betrokkenen", "stakeholders", "actor", "belanghebbenden"),
    Step.EFFECTS: ("effecten", "effects", "gevolgen", "effect", "consequences"),
    Step.VALUES: ("waarden", "values", "waarde", "value"),
    Step.OPTIONS: (
        "handelingsopties",
        "opties",
        "options",
        "maatregelen",
        "handling options",
        "actions",
        "measures",
    ),
    Step.SUMMARY: ("samenvatting", "summary", "afronding", "wrap-up", "wrap up", "einde", "end"),
}
SINGULAR_STEP_WORDS = frozenset(("actor", "effect", "waarde", "value", "actions"))
# The plural nouns that name a step and scope a request in the same message to it ("bij de opties
# weet ik het niet, geef eens voorbeelden"): no singulars, phrases, "actions" or the case.
SCOPE_STEP_WORDS: dict[Step, tuple[str, ...]] = {
    step: tuple(w for w in STEP_WORDS[step] if " " not in w and w not in SINGULAR_STEP_WORDS)
    for step in (Step.ACTORS, Step.EFFECTS, Step.VALUES, Step.OPTIONS)
}
# The step a closing names ("that's it for effects", "dat was het voor de actoren"): the step
# word, checked against ``SCOPE_STEP_WORDS``.
STEP_CLOSED_RE = re.compile(
    r"[\s,]+(?:for|voor|with|met|wat|qua)\s+(?:the\s+|de\s+)?(?P<step>[\w']+)[\s.!]*$", re.I
)
NEXT = (
    "volgende", "verder", "door", "ga door", "ga verder", "next", "continue", "go on", "move on",
    "nxt", "nex", "next step", "volgende stap", "verder maar", "go ahead", "verder gaan",
    "doorgaan", "door gaan", "gaan we verder", "we gaan verder", "keep going", "carry on",
    "moving on", "move along", "onwards", "onward", "laten we verder gaan", "laten we doorgaan",
    "let's move on", "lets move on", "let's go on", "let's continue", "let us move on",
)  # fmt: skip
# Going on, as one word typed with a slip ("volgnde", "verdr"); shorter words must be exact.
NEXT_TYPO_WORDS = ("volgende", "verder", "continue")
# Words that may come before a closing "volgende"/"next" in a message that only moves on
# ("ok volgende", "ja, door naar de volgende"); any other word there is content.
_NEXT_LEAD = (
    "ok oke oké okay ja yes yep prima goed fine good mooi top great dan then en and nu now "
    "ga go door naar to de the maar graag please we let's lets on verder "
    "helder duidelijk begrepen clear understood"  # "helder, dan verder": understood, no value
)
NEXT_LEAD = frozenset(_NEXT_LEAD.split())
# An acknowledgement in front of a request to move ("ok, door naar de opties", "right, on to the
# values", "begrepen, door naar de opties", "understood, on to the options"): it does not make
# the request content.
ACK_LEAD_RE = re.compile(
    r"^(?:ok[eé]?|okay|prima|goed|ja|yes|right|alright|fine|top|mooi|nou|so|well|dan|then|"
    r"helder|duidelijk|begrepen|clear|understood|got\s+it)"
    r"[,!.]?\s+"
)
# A step named after "dan"/"nu"/"then" as a move of its own ("ok, dan de waarden", "nu de
# opties graag", "then the options", "and now values").
THEN_STEP_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:dan|nu|now|then|next|daarna|vervolgens|afterwards)\s+(?:(?:de|het|the)\s+)?"
    r"(?:stap\s+|step\s+)?(?P<step>[\w-]+)(?:\s+(?:maar|dan|graag|please|pls|then|now|nu))*$",
    re.IGNORECASE,
)
# Asking what comes next ("wat is de volgende stap?", "whats the next step"): going there answers.
NEXT_STEP_QUESTION_RE = re.compile(
    r"^(?:en\s+|and\s+|so\s+)?(?:wat is|wat wordt|what is|what's|whats|what s)\s+"
    r"(?:de|the|onze|our)\s+(?:volgende|next)\s+(?:stap|step)(?:\s+(?:dan|then|nu|now))?\s*\??$"
)
BACK = ("terug", "vorige", "ga terug", "back", "go back", "previous", "vorige stap")
AFFIRM = (
    "ja", "klopt", "ja klopt", "dat klopt", "ok", "oké", "oke", "okay", "prima", "goed", "akkoord",
    "ja hoor", "yes", "yep", "correct", "right", "sure", "agreed", "sounds good", "fine",
    "ja graag", "yes please", "prima zo", "goed zo", "that's right", "looks good",
    "ziet er goed uit", "ja goed", "goed zo", "top", "mooi", "great", "good", "fine", "nice",
    "ok prima", "oke prima", "prima hoor", "klinkt goed", "all good", "is goed", "is prima",
    "dat is goed", "dat is prima", "helemaal goed", "prima zo", "ok dan", "oké dan", "akkoord hoor",
    "that's fine", "thats fine", "fine by me", "sounds right", "alright", "all right", "yeah",
    "ok sure", "sure thing", "that works", "works for me", "lijkt me goed", "lijkt me prima",
)  # fmt: skip
# The words of a short reply that only agrees ("yes that's good", "ja zo is het goed").
_AFFIRM_GLUE = (
    "that's thats it's its is zo het dat dit this me to mij ook too all helemaal allemaal je you "
    "wel "
    "idd indeed"
)
AFFIRM_WORDS = frozenset(w for phrase in AFFIRM for w in phrase.split()) | frozenset(
    _AFFIRM_GLUE.split()
)
AFFIRM_MAX_WORDS = 6
# Asked whether the work is done ("zijn we klaar?", "are we done?", "is this enough?"): answered
# like "klaar" (finish, or say what is still missing first).
DONE_QUESTION_RE = re.compile(
    r"^(?:(?:ok[eé]?|oke|so|dus|en|and|right|nou)[,!]?\s+)?(?:zijn\s+we|are\s+we|is\s+(?:dit|dat|het)|"
    r"is\s+(?:this|that|it)|ben\s+ik|am\s+i)\s+(?:(?:nu|now|dan|then|zo|so|wel|al|already)\s+)*"
    r"(?:klaar|done|finished|af|rond|compleet|complete|genoeg|enough)(?:\s+(?:nu|now|dan|then))?\s*\?*$"
)
DONE = (
    "dat is alles", "dat was het", "niets meer", "niks meer", "geen", "niets", "niks", "geen idee",
    "that's all", "that is all", "nothing else", "nothing", "none", "no more", "nee dat is alles",
    "no that's all", "weet ik niet", "i don't know", "i do not know", "klaar", "done",
    "don't know", "dont know", "dunno", "idk", "no idea", "no clue", "weet niet", "geen flauw idee",
    "that's it", "thats it", "that is it", "dat is het", "dat was het wel", "ik ben klaar",
    "dat is het wel", "dat is t wel", "dat was alles", "that's it really", "that was it really",
    "i'm done", "im done", "finished", "that's everything", "dat is alles wel",
    "ready", "i'm ready", "im ready", "i am ready", "we're ready", "all ready",  # Dunglish "klaar"
    "dat was t", "dat was t wel", "dat is t", "that was it", "that was all", "that was everything",
    "that's the list", "thats the list", "that is the list", "dat is de lijst", "dat zijn ze",
    "dat waren ze", "that's them", "thats them", "those are them", "that's all of them",
    "meer heb ik niet", "that's all i have", "thats all i have", "that's all i've got",
    "verder niks", "verder niets", "nothing more", "nothing else to add", "niks toe te voegen",
    "dat dat het is", "dat het is", "dat was het dan", "meer weet ik niet", "meer weet ik er niet",
    "genoeg", "enough", "i can't think of more", "i cannot think of more", "can't think of more",
    "we're done", "we are done", "were done", "we're finished", "we are finished", "we zijn klaar",
    "dat we klaar zijn", "we klaar zijn", "we zijn er", "we're there",
    "wrap it up", "wrap up", "let's wrap up", "lets wrap up", "let's wrap it up", "lets wrap it up",
    "wrap things up", "rond af", "rond maar af", "rond het af", "rond het maar af", "afronden",
    "laten we afronden", "we ronden af", "afronden maar",
)  # fmt: skip
# Words typed with a slip that still name a move or a reply ("ga vedrer", "volgnde", "optes"):
# these are matched at one slip in a short message; shorter words must be exact.
COMMAND_SPELLING = frozenset(
    w
    for phrase in (*NEXT, *BACK, *DONE, *(n for names in STEP_WORDS.values() for n in names))
    for w in phrase.split()
    if len(w) >= 5 and w.isalpha()
)
NO = ("nee", "no", "nope", "niet helemaal", "not quite")
# A one-word "no" in front of more ("nee dat is het wel", "nope, nothing else").
NO_WORDS = frozenset((*(w for w in NO if " " not in w), "neen", "nah"))
HELP = (
    "help", "hulp", "wat bedoel je", "wat moet ik", "wat betekent", "hoe werkt", "uitleg",
    "what do you mean", "what should i", "how does this work", "explain", "what does",
    "what do i need to", "what do i have to", "what do you need", "what do you want to know",
    "wat wil je weten", "wat heb je nodig", "wat moet je weten", "waar moet ik beginnen",
    "where do i start", "how do i start", "hoe begin ik", "waar begin ik",
)  # fmt: skip
WHAT_IS_RE = re.compile(
    r"^(?:wat|what)\s+(?!(?:zijn|are)\s+(?:(?:de|the)\s+)?(?:mogelijke\s+|possible\s+)?(?:opties|options)\b)"
    r"(?!(?:zijn|are)\s+(?:de|the)\s+(?:actoren|actors|effecten|effects|waarden|values)\b)"
    r"(?:is|zijn|are|means|betekent|betekenen)\s+(?:(?:een|a|an|the|de|het)\s+)?"
    r"(?P<term>[\w -]{2,40})$"  # "wat zijn actoren": the article is a word of its own
)
# Asked what one word means, in any step ("can you explain what accountability means here?",
# "what does privacy mean?", "wat betekent verantwoording eigenlijk?", "wat bedoel je met
# menselijke maat?", "wat houdt proportionaliteit in?"): the word asked about is ``term``.
TERM_MEANING_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|and|en|maar|but|so|dus|sorry|hmm+)[,]?\s+)*"
    r"(?:(?:(?:can|could|would)\s+you\s+(?:please\s+)?(?:explain|tell\s+me)|explain|"
    r"(?:kun|kan|kunt|wil)\s+(?:je|jij|u)\s+(?:even\s+|nog\s+|eens\s+)*(?:uitleggen|zeggen|"
    r"vertellen))\s+)?"
    r"(?:what\s+(?:does\s+)?(?:the\s+word\s+|the\s+value\s+)?(?P<en>[\w' -]{2,40}?)\s+means?|"
    r"what\s+(?:do\s+you|you)\s+mean\s+by\s+(?P<en2>[\w' -]{2,40}?)|"
    r"wat\s+(?:betekent|betekenen)\s+(?:het\s+woord\s+|de\s+waarde\s+)?(?P<nl>[\w' -]{2,40}?)|"
    r"wat\s+(?:(?:het\s+woord\s+|de\s+waarde\s+)?(?P<nl2>[\w' -]{2,40}?)\s+(?:betekent|"
    r"inhoudt)|je\s+(?:met\s+)?(?P<nl3>[\w' -]{2,40}?)\s+bedoelt)|"
    r"wat\s+(?:bedoel|bedoelt)\s+(?:je|jij|u)\s+met\s+(?P<nl4>[\w' -]{2,40}?)|"
    r"wat\s+houdt\s+(?P<nl5>[\w' -]{2,40}?)\s+in)"
    r"(?:\s+(?:here|exactly|precisely|in\s+this\s+case|hier|eigenlijk|precies|in\s+dit\s+geval|"
    r"dan))*\s*\?*$",
    re.IGNORECASE,
)
METHOD_TERMS: dict[Step, tuple[str, ...]] = {
    Step.CASE: ("casus", "case"),
    Step.ACTORS: ("actor", "actoren", "actors", "betrokkene", "betrokkenen", "stakeholder",
                  "stakeholders"),
    Step.EFFECTS: ("effect", "effecten", "effects", "gevolg", "gevolgen"),
    Step.VALUES: ("waarde", "waarden", "value", "values"),
    Step.OPTIONS: ("handelingsoptie", "handelingsopties", "optie", "opties", "option", "options",
                   "maatregel", "maatregelen"),
    Step.SUMMARY: ("samenvatting", "summary", "afronding"),
}  # fmt: skip
GENERAL_TERMS = ("begeleidingsethiek", "guidance ethics", "methode", "method", "aanpak",
                 "approach", "stap", "step", "stappen", "steps")  # fmt: skip
# A question about the approach as a whole ("wat is begeleidingsethiek?", "hoe werkt deze aanpak
# eigenlijk?", "what do you do?"): answered with an overview, not with the current step's help.
APPROACH_RE = re.compile(
    r"\b(?:begeleidingsethiek|guidance[- ]ethics|ethische begeleiding|"
    r"(?:deze|die|de|jullie|jouw|je|uw|this|that|the|your)\s+"
    r"(?:aanpak|methode|method|approach|werkwijze|way of working)\b"
    r"(?!\s+(?:van|voor|om|bij|tegen|op|of|for|to|against|on|in)\b))"  # "de aanpak van de gemeente"
)
ABOUT_YOU_RE = re.compile(
    r"^(?:wat (?:doe|kun|kan) (?:jij|je|u)(?: (?:precies|eigenlijk|voor me|voor mij))?|"
    r"what (?:do|can) you do(?: exactly| for me)?|wat is (?:hier )?de bedoeling(?: hiervan)?|"
    r"what(?:'s| is) the (?:idea|point)(?: of this| here)?|wat is dit(?: eigenlijk| precies)?|"
    r"what is this(?: exactly)?|wat gaan we (?:doen|precies doen)|"
    r"what are we (?:going to do|doing))$"
)
# A question about what happens to the conversation itself: whether it is stored, sent or read
# by others ("slaat dit gesprek iets op buiten mijn laptop?", "is this stored anywhere?", "who can
# read what I type?"). Answered with how the assistant keeps sessions; never read as the case. The
# subject is the conversation, the assistant or what the user types, so "worden de beelden
# opgeslagen?" about the case's own data stays the case's.
_TALK = (
    r"(?:dit|dit gesprek|deze chat|dit chatgesprek|het gesprek|deze sessie|deze tool|"
    r"deze assistent|de assistent|wat ik (?:hier )?(?:typ|tik|schrijf|invul|vertel|deel)|"
    r"mijn (?:antwoorden|invoer|berichten|tekst|teksten)|this|this conversation|this chat|"
    r"this session|this tool|this assistant|the assistant|"
    r"what i (?:type|write|enter|share|say)(?: here)?|my (?:answers|input|messages|text))"
)
_SENT_AWAY = (
    r"(?:opgeslagen|bewaard|gedeeld|doorgestuurd|verstuurd|gelogd|meegelezen|lokaal|"
    r"naar (?:de cloud|internet|buiten|een server|openai|microsoft|google))"
)
PRIVACY_QUESTION_RES = (
    re.compile(
        r"\b(?:slaat|sla|bewaart|bewaar|onthoudt|onthoud|logt|log)\s+(?:je|jij|u|"
        + _TALK
        + r")\b(?:\s+\w+){0,5}?\s+(?:op|bewaard|ergens)\b"
    ),
    re.compile(
        r"\b(?:wordt|worden|blijft|blijven|gaat|gaan|komt|komen)\s+"
        + _TALK
        + r"\s+(?:\w+\s+){0,2}?"
        + _SENT_AWAY
    ),
    re.compile(
        r"\b(?:bewaar|bewaart|onthoud|onthoudt|deel|deelt)\s+(?:je|jij|u)\s+" + _TALK + r"\b"
    ),
    re.compile(
        r"\bwie\s+(?:anders\s+)?(?:kan|kunnen|mag|mogen)\s+(?:\w+\s+)?"
        + _TALK
        + r"\s+(?:ook\s+)?(?:lezen|zien|inzien|meelezen)\b"
    ),
    re.compile(
        r"\bwie\s+(?:anders\s+)?(?:kan|kunnen|mag|mogen)\s+(?:mee)?(?:lezen|kijken)\s+"
        r"(?:met|in|naar)\s+" + _TALK + r"\b"
    ),
    re.compile(r"\bbuiten\s+(?:mijn|deze|onze)\s+(?:laptop|computer|pc|machine)\b"),
    re.compile(
        r"\bis\s+(?:dit gesprek|deze chat|deze tool|deze assistent)\s+(?:wel\s+)?"
        r"(?:veilig|privé|prive|vertrouwelijk|lokaal|avg-proof)\b"
    ),
    re.compile(
        r"\b(?:do|will|does|are|would)\s+(?:you|this|this tool|this chat|this assistant)"
        r"\s+(?:\w+\s+)?(?:store|save|keep|log|record|send|share|upload|remember|"
        r"train on|storing|saving|keeping|logging|sending|sharing)\b"
        r"(?!\s+(?:the|a|an|their|his|her)\b)"
    ),
    re.compile(
        r"\b(?:is|are|does|will|gets?)\s+" + _TALK + r"\s+(?:\w+\s+)?(?:stored|saved|kept|"
        r"logged|sent|shared|uploaded|leave|leaving)\b"
    ),
    re.compile(
        r"\bis\s+(?:this conversation|this chat|this tool|this assistant)\s+(?:\w+\s+)?"
        r"(?:private|confidential|local|secure|safe)\b"
    ),
    re.compile(
        r"\bwho\s+(?:else\s+)?(?:can|could|will|gets to)\s+(?:see|read|access)\s+" + _TALK + r"\b"
    ),
    re.compile(r"\b(?:leave|leaves|leaving)\s+(?:my|this|our)\s+(?:laptop|computer|pc|machine)\b"),
)
# The assistant asked what it would do in the user's place ("wat zou jij doen?", "what would you
# do here?"): a verdict asked, except among the options, where it asks for proposals.
YOUR_CHOICE_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ok|so|dus)\s+)?(?:wat|what)\s+(?:zou|zoudt|would)\s+(?:jij|je|u|you)\s+"
    r"(?:doen|do)(?:\s+(?:hier|here|then|dan|in mijn plaats|in my place))?\W*$",
    re.IGNORECASE,
)
# Words for the guidance texts themselves: a question about what they say is a question about the
# method ("wat zegt de handreiking over chatbots?").
GUIDANCE_TERMS = ("handreiking", "handleiding", "richtlijn", "guidance", "guide", "guideline",
                  "handbook", "handboek", "kennisbank", "knowledge base", "sessie", "session",
                  "workshop", "bijeenkomst", "moderator", "gespreksleider",
                  "facilitator")  # fmt: skip
# Words that ask what a term of the method means ("wat is eigenlijk het verschil tussen een actor
# en een gebruiker?"); without them a question naming a step's term may hold a value or an effect
# ("is privacy hier een waarde?").
MEANING_WORDS = ("verschil", "difference", "betekent", "betekenis", "means", "meaning", "bedoeld",
                 "meant", "definitie", "definition", "wat is een", "what is a", "what's a",
                 "wat zijn eigenlijk", "what are actually", "precies", "exactly")  # fmt: skip
# Saying you cannot think of something ("ik zou niet weten welke", "no idea").
CANNOT_THINK_RE = re.compile(
    r"\b(?:zou\s+(?:\w+\s+){0,3}niet\s+weten|weet\s+(?:ik\s+)?(?:\w+\s+){0,4}niet|geen idee|"
    r"kan\s+(?:ik\s+)?(?:er\s+)?(?:\w+\s+){0,2}niet\s+(?:op\s+)?(?:komen|bedenken)|"
    r"can'?t think|cannot think|no idea|(?:(?<=^)|(?<=\bi )|(?<=\bwe )|(?<=: ))don'?t know"
    r"(?:\s+yet)?(?: (?:any|which|what)|(?=\s*[.,!;?]|\s*$))|"
    r"dunno|idk|no clue|i do not know|"
    r"not sure which|niks te bedenken|lastig te bedenken|hard to think)\b|"
    # having none yet: "I have none yet, honestly", "heb ik nog niet", "ik heb er nog geen"
    r"\b(?:i|we)\s+(?:have|'ve|got|have got)\s+(?:none|nothing)(?:\s+yet)?\s*"
    r"(?:[.,!;)]|honestly|really|to be honest|$)|"
    r"\b(?:none|nothing|no ideas|no options)\s+yet\b|"
    r"\bheb(?:ben)?\s+(?:ik\s+|we\s+)?(?:er\s+)?(?:zelf\s+)?nog\s+(?:geen|niks|niets|niet)"
    r"(?:\s+(?:idee|ideeën|opties))?\s*(?:[.,!;)]|bedacht|eerlijk|hoor|$)",
    re.IGNORECASE,
)
# Words that may stand before "geen idee" / "weet niet" in the speaker's own not knowing ("ik
# heb echt geen idee", "honestly no idea", "we weten het niet"); any other word right before it
# is someone else who does not know ("owners have no idea why they were picked", "de cliënt weet
# niet dat ...", "het systeem weet dat niet"): an effect told, not the speaker at a loss.
SPEAKER_NOT_KNOWING_WORDS = frozenset(
    ("ik", "i", "we", "wij", "me", "mij", "jij", "je", "you", "u", "heb", "hebben", "have",
     "has", "had", "hadden", "honestly", "really", "absolutely", "just", "simply", "still", "yet",
     "even", "so", "dus", "echt", "nog", "eigenlijk", "ook", "totaal", "helemaal", "gewoon",
     "zelf", "eerlijk", "gezegd", "serieus", "nou", "eh", "ehm", "uhm", "hmm", "hm", "sorry",
     "ok", "oké", "okay", "dan", "then", "zo", "verder", "meer", "further", "else", "beyond",
     "otherwise", "anders", "voorlopig", "for", "now", "right")
)  # fmt: skip
# The speaker as a word ("ik", "we've"): a not knowing near it is the speaker's own.
SPEAKER_WORDS = frozenset(("ik", "i", "we", "wij", "i've", "we've", "ive", "weve", "ve", "me"))
# The verbs of having between someone and "no idea" ("they have no idea", "ze hebben geen
# idee"): the word before them says whose not knowing it is.
HAVING_WORDS = frozenset(
    ["have", "has", "had", "having", "got", "heb", "hebt", "heeft", "hebben", "hadden"]
)
# Words that open whom or what the speaker does not know about ("voor de boeren geen idee").
ASKED_ABOUT_WORDS = frozenset(
    ["voor", "for", "bij", "over", "about", "as", "qua", "regarding", "wat", "what", "van", "of"]
)
# A hedged answer after not knowing ("geen idee eigenlijk, misschien minder ..."): an answer.
HEDGED_ANSWER_RE = re.compile(
    r"[,;:]\s*(?:maar\s+|but\s+)?(?:misschien|wellicht|mogelijk|maybe|perhaps|possibly)"
    r"(?:\s+[\w'-]+){2,}",
    re.IGNORECASE,
)
# Questions that ask the method's own question ("welke waarden spelen hier?").
METHOD_QUESTION_RES: dict[Step, re.Pattern[str]] = {
    Step.ACTORS: re.compile(
        r"\b(?:wie|who|whos|who's)\b.*\b(?:actor|actoren|actors|betrokken|involved|affected|"
        r"stakeholder|meenemen|include|nog meer|else|vergeten|forget|missing|mis ik|noemen|"
        r"opschrijven|opnemen|list|name|mention|add)|"
        r"\b(?:wie|who)\s+(?:hoort|horen|hoorden|belongs?|is\s+part)\s+(?:er|daar|hier|in\s+this|"
        r"to\s+this|of\s+this)?\s*(?:(?:allemaal|nog|eigenlijk|dan|all|else)\s+)*(?:bij|in|here)?"
        r"\s*\??$|"
        r"\b(?:moet|moeten|kan|should|do|must|can)\s+(?:ik|we|i)\s+(?:ook\s+|also\s+)?(?:\w+\s+){0,4}"
        r"(?:noemen|opschrijven|list|mention)\b|"
        r"\b(?:welke|which|what)\s+(?:actoren|actors|stakeholders|betrokkenen|partijen|parties)|"
        r"^(?:wat|what)\s+(?:zijn|are)\s+(?:de|the)\s+(?:actoren|actors|betrokkenen)\b",
        re.I,
    ),
    Step.EFFECTS: re.compile(
        r"\b(?:effect|effecten|effects|gevolgen|consequences|nadelen|voordelen|risico|risks|"
        r"downsides|upsides|benefits)\b.*\?|^(?:negatieve|positieve|negative|positive)\s+"
        r"(?:effecten|effects)\b|\bwat\s+(?:zijn|kunnen)\s+(?:de\s+)?(?:nadelen|voordelen|"
        r"risico)|\bwhat (?:are|could be) the (?:downsides|risks|benefits)|"
        r"^(?:wat|what)\s+(?:zijn|are)\s+(?:de|the)\s+(?:effecten|effects|gevolgen|consequences)\b",
        re.I,
    ),
    Step.VALUES: re.compile(
        r"\b(?:welke|which|what)\s+(?:waarden|waarde|values|value)\b|"
        r"\b(?:waarden|values)\b.*\?|\b(?:welke|which|what)\b.*\b(?:waarden|values)\b",
        re.I,
    ),
    Step.OPTIONS: re.compile(
        r"\bwat\s+(?:kunnen|kan|moeten|zouden)\s+(?:we|wij|ik|je)\s+(?:(?:nu|dan|eraan|hieraan|"
        r"daaraan|er|aan|zelf|concreet|hier|nog|dus|wel|kunnen|moeten|eigenlijk|allemaal|nou)\s+)"
        r"{0,4}(?:doen|ondernemen)|\bwat\s+(?:zou|zouden|raad)\s+(?:je|jij|u)\s+(?:ons\s+|mij\s+|"
        r"me\s+)?(?:aan(?:raden)?|adviseren)\b|\bwat\s+(?:zou|zoudt)\s+(?:jij|je|u)\s+(?:hier\s+)?"
        r"doen\b|\bwhat\s+would\s+you\s+do\b|"
        r"\bwhat\s+would\s+you\s+(?:recommend|advise)\b(?!.*"
        r"\bvalues?\b)|\bwhat\s+(?:else\s+)?(?:can|could|should)\s+(?:we|i)\s+(?:(?:possibly|"
        r"actually|really|then|still|else)\s+)?do\b|\bwat\s+valt\s+er\s+(?:nog\s+)?(?:aan\s+)?te\s+"
        r"doen\b|\b(?:welke|which|what)\s+"
        r"(?:handelingsopties|opties|options|maatregelen|measures)|\b(?:opties|options|"
        r"maatregelen|measures|handelingsopties)\b.*\?|\b(?:optie|option|maatregel|measure)\b"
        r".*\b(?:bedenken|verzinnen|noemen|geven)\b|\b(?:think of|come up with|suggest)\b.*"
        r"\b(?:option|measure)\b|\bhoe\s+(?:kunnen|kan)\s+(?:we|ik)\b.*"
        r"\b(?:voorkomen|beschermen|oplossen|verbeteren)|\bhow\s+(?:can|could)\s+we\b.*"
        r"\b(?:prevent|protect|mitigate|address)|"
        # one measure asked for ("wat zou een goede maatregel zijn voor ...?", "what would be a
        # good measure for ...?") and what would help ("wat zou hier helpen?")
        r"\b(?:wat|welke|what|which)\b.*\b(?:maatregel|measure|handelingsoptie|oplossing|"
        r"solution)\b.*\?|\bwat\s+(?:zou|kan|kunnen)\s+(?:hier\s+|daarbij\s+)?helpen\b|"
        r"\bwhat\s+(?:would|could|might)\s+help\b|"
        # "wat zijn de opties", "what are options": asking for them (a definition is asked with
        # "wat is een optie" or "wat zijn handelingsopties")
        r"^(?:wat|what)\s+(?:zijn|are)\s+(?:de\s+|the\s+)?(?:mogelijke\s+|possible\s+)?(?:opties|options)\b",
        re.I,
    ),
}
# Asking the assistant to propose or give examples ("doe maar een voorstel", "geef voorbeelden").
PROPOSE_RE = re.compile(
    r"\b(?:voorstel|voorstellen|stel\s+(?:\w+\s+)?voor|suggestie|suggesties|voorbeeld|"
    r"voorbeelden|ideeën|ideeen|inspiratie|suggest|suggestion|suggestions|propose|proposal|"
    r"proposals|idea|"
    r"example|examples|ideas|help me|help mij|help je me|zie jij|do you see|would you)\b",
    re.IGNORECASE,
)
# Words around a request for proposals that is no question ("graag je voorstellen", "verder graag
# jouw voorstellen", "your proposals please", "kom maar op met ideeën"): politeness, pronouns and
# going on. A short message of only these and a proposal word asks for proposals.
_REQUEST_WORDS = (
    "graag please pls plz je jouw uw your you jij u de het the een a an some wat paar few maar "
    "dan then doe geef give kom come op met with me mij us ons eerst first even eens nu now ok "
    "oke oké okay ja yes nog more meer andere other any heb hebt have got let's lets laat let see "
    "zien show toon dus so hier here voor for on welke which what je's deze these those die "
    "mag may i ik wil would like zou zie hear hoor horen lees read stel help en and rest ahead go "
    "per soort kind elke each van of bedenk verzin noem name list think up categorie category "
    "categories categorieën type types every one twee two couple stuk stuks aub alsjeblieft "
    "alstublieft plz thx lijst lijstje overzicht overview genummerd numbered nummers numbers "
    "nummer number genummerde"
)
REQUEST_WORDS = frozenset(_REQUEST_WORDS.split())
# Going on in the same message ("verder graag jouw voorstellen", "next, your suggestions").
ONWARD_WORDS = frozenset(("verder", "volgende", "door", "ga", "next", "onward", "continue", "go"))
# Asking what is still missing ("anything I'm missing?", "mis ik nog iets?"): answered with the
# current step's prompts.
MISSING_RE = re.compile(
    r"\b(?:(?:am i|are we|i'?m|we'?re|i am|we are)\s+(?:\w+\s+)?missing|anything\s+(?:else\s+)?"
    r"missing|anything\s+(?:(?:that\s+)?(?:i|we)\s+)?(?:missed|forgot|overlooked)|"
    r"did (?:i|we) (?:forget|miss)|mis(?:sen)? (?:ik|we)\s+(?:nog\s+)?iets|"
    r"vergeet (?:ik|we)\s+(?:nog\s+)?iets|(?:heb ik|hebben we)\s+(?:nog\s+)?iets\s+"
    r"(?:vergeten|gemist|over het hoofd gezien)|ontbreekt er\s+(?:nog\s+)?iets|"
    # "effecten die ik over het hoofd zie?", "welke mis ik nog?", "any I am overlooking?"
    r"over\s+het\s+hoofd\s+(?:zie|zien|gezien)|(?:mis|missen|vergeet)\s+(?:ik|we)\b|"
    r"overlook(?:ing|ed)?|(?:did|have)\s+(?:i|we)\s+missed?\s+any|"
    # "zijn er nog effecten die ik mis?", "any effects that I might miss?"
    r"die\s+(?:ik|we)\s+(?:nog\s+)?(?:mis|missen|vergeet|vergeten)|"
    r"(?:that|which)\s+(?:i|we)\s+(?:might\s+|may\s+|could\s+)?(?:miss|forget|forgot)|"
    # "what kind is still missing?", "welke soort ontbreekt nog?", "wat mist er nog?"
    r"(?:welke?|wat\s+voor)\s+(?:soort|soorten|type|types)\s+(?:\w+\s+){0,2}?(?:mist|missen|"
    r"ontbreekt|ontbreken)|(?:which|what)\s+(?:kind|kinds|type|types|sort)\s+(?:\w+\s+){0,3}?"
    r"(?:missing|lacking)|wat\s+(?:mist|ontbreekt)\s+(?:er\s+)?nog|"
    r"what(?:'?s|\s+is|\s+are)\s+(?:we\s+)?still\s+(?:missing|lacking))\b",
    re.IGNORECASE,
)
# The options named in a request ("een optie per waarde", "options for each value"): it asks for
# options, whatever else it names.
OPTION_NOUN_RE = re.compile(
    r"\b(?:handelingsopties?|opties?|options?|maatregel(?:en)?|measures?)\b"
)
# A request that gives an order instead of a proposal word ("geef me per soort een paar opties",
# "give me some options per kind"): proposals of the step it names.
GIVE_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|dan|then|nu|now|ja|yes)[,]?\s+)?(?:geef|noem|bedenk|verzin|toon|laat|"
    r"give|list|name|show|suggest|come up with|think of)\b"
)
# "Give me some" alone ("geef er een paar", "give me a numbered list"): after a step named
# in the same message, a request for that step's proposals.
GIVE_SOME_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|dan|then|nu|now|ja|yes|en|and)[,]?\s+)?(?:geef|give)\b", re.IGNORECASE
)
# A polite request ("graag een paar opties, genummerd", "options please"): with a step named
# and nothing else, a request for that step's proposals.
PLEASE_RE = re.compile(r"\b(?:graag|please|pls|plz|aub|alsjeblieft|alstublieft)\b", re.I)
PER_KIND_RE = re.compile(
    r"\b(?:per (?:soort|kind|categorie|category|type)|(?:each|every) (?:kind|category|type)|"
    r"van elke (?:soort|categorie)|of each (?:kind|category|type))\b",
    re.I,
)
# One proposal of each kind asked for ("doe een voorstel per soort", "één van elke soort", "one
# option per kind", "one of each kind"): one per kind, not the longer list of a few per kind.
ONE_PER_KIND_RE = re.compile(
    r"\b(?:een|één|1|one|a|an)\s+(?:(?:voorstel|optie|idee|suggestie|maatregel|proposal|option|"
    r"idea|suggestion|measure)\s+)?(?:per|van\s+(?:elke|iedere)|for\s+(?:each|every)|of\s+(?:each|"
    r"every)|from\s+(?:each|every))\s+(?:soort|categorie|kind|category|type)\b",
    re.I,
)
# Giving asked for anywhere in a question ("kun je er per soort twee geven?", "could you list
# two per kind?"): with a number per kind, a request for proposals.
GIVE_ASKED_RE = re.compile(
    r"\b(?:geven|geef|noemen|noem|bedenken|bedenk|verzinnen|give|list|name|suggest|come\s+up\s+"
    r"with|think\s+of)\b",
    re.I,
)
# Asking for the summary in words of one's own ("kun je een samenvatting maken?", "maak even een
# korte samenvatting", "can you summarise what we have?", "give me a recap please", "kan ik een
# samenvatting krijgen?", "can I get a summary?"): the wrap-up.
_SUMMARY_NOUN = (
    r"(?:(?:een|de|het|a|an|the)\s+)?(?:korte\s+|short\s+|quick\s+)?(?:samenvatting|summary|recap)"
)
SUMMARY_ASK_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|oké|prima|goed|mooi|fine|good|great|graag|please|en|and|nu|now|dan|then)"
    r"[,\s]+)*"
    r"(?:(?:kun|kan|wil|zou)\s+(?:je|jij|u)\s+|(?:can|could|would|will)\s+(?:you|u)\s+|"
    # asked for oneself ("kan ik een samenvatting krijgen?", "can I get a summary?")
    r"(?:kan|mag|kunnen|mogen)\s+(?:ik|we|wij)\s+|(?:ik\s+wil|ik\s+zou)\s+(?:graag\s+)?|"
    r"(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have|see)\s+|"
    r"(?:i'?d|i\s+would)\s+like\s+|i\s+want\s+)?"
    r"(?:(?:nu|even|eens|dan|alvast|misschien|me|mij|ons|now|please|just|maybe|us)\s+)*"
    r"(?:"
    + _SUMMARY_NOUN
    + r"(?:\s+(?:maken|geven|tonen|laten\s+zien|sturen|krijgen|zien|hebben|make|give|show))?"
    r"|(?:maak|geef|toon|make|give|show|send)\s+(?:(?:me|mij|ons|us|even|eens|nu|now)\s+)*"
    + _SUMMARY_NOUN
    + r"|(?:samenvatten|summari[sz]e|sum\s+(?:it|this|everything|things)?\s*up|recap)"
    r"|(?:alles|het)\s+(?:even\s+)?(?:samenvatten|op\s+een\s+rij\s+zetten))"
    r"(?:\s+(?:van|of|what|wat|we|have|hebben|so|far|tot|nu|toe|alles|everything|it|this|het|dit|"
    r"graag|please|pls|aub|alsjeblieft|dan|now|then|maken|geven|where|waar|are|staan|stand|zijn))*"
    r"\s*[?.!]*$",
    re.IGNORECASE,
)
# Thanks, with a word of praise at most ("bedankt!", "dank je wel, dit was nuttig", "thanks, that
# was really helpful"): answered in kind, nothing read and nothing moved.
THANKS_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|oké|super|top|mooi|great|perfect|prima|fijn|nice|cool|heel|erg|"
    r"hartelijk|many|much)[,!.\s]+)*"
    r"(?:dank\s*je(?:\s*wel)?|dankjewel|dank\s*u(?:\s*wel)?|bedankt|thanks|thank\s+you|thx|ty|"
    r"cheers|merci)"
    r"(?:\s+(?:so\s+much|a\s+lot|very\s+much|heel\s+erg|hoor|voor\s+(?:de|je|het|alles|your|the)"
    r"(?:\s+\w+)?|for\s+(?:the|your|this|all)(?:\s+\w+)?))*[,!.\s]*"
    r"(?:(?:dit|dat|het|this|that|it)\s+(?:was|is|were|has\s+been)\s+(?:(?:heel|erg|echt|zeer|"
    r"really|very|super)\s+)?(?:nuttig|handig|fijn|leerzaam|helpful|useful|great|nice|good|goed|"
    r"interessant|interesting)[!.\s]*)?$",
    re.IGNORECASE,
)
# Asking what comes next ("en nu?", "what now?").
WHAT_NOW_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|so|right|goed|prima|top|ja|yes|yeah|nou|well|dus)[,!.]?\s+)?"
    r"(?:(?:en|and)\s+)?(?:nu|wat nu|hoe nu verder|en dan|wat is de volgende stap|what now|"
    r"now what|what'?s next|what s next|now|then what|wat komt er nu|wat komt nu|what comes next)"
    r"\s*\??$",
    re.IGNORECASE,
)
# Going on with a step named after it ("ga door met de opties", "verder met de maatregelen",
# "go on with the options", "let's continue with the values"): to that step.
ON_WITH_STEP_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|so|right|goed|prima|ja|yes|dan|then)[,!.]?\s+)*"
    r"(?:(?:ga|gaan|we\s+gaan|gaan\s+we|laten\s+we|let'?s|lets|we|can\s+we|kunnen\s+we)\s+)?"
    r"(?:(?:nu|maar|dan|now|then)\s+)*"
    r"(?:door|verder|doorgaan|go\s+on|carry\s+on|continue|move\s+on|proceed)\s+"
    r"(?:(?:nu|maar|dan|now|then)\s+)*(?:met|with)\s+(?:de|het|the)?\s*(?P<step>[\w-]+)"
    r"(?:\s+(?:dan|maar|graag|please|now|nu|then))*\s*[.!?]?$",
    re.IGNORECASE,
)
# Asking what lies behind the effects ("wat zit daar volgens jou achter?", "what's behind this,
# do you think?"): the values, which the values step proposes ("welke waarden zitten erachter?"
# asks for them by name, a question of the values step).
BEHIND_EFFECTS_RE = re.compile(
    r"^(?:(?:en|maar|ok[eé]?|so|and|but)[,]?\s+)?wat\s+(?:zit|zitten|ligt|"
    r"liggen)\s+(?:er|daar|hier)\s*(?:(?:volgens\s+(?:jou|je|u)|dan|nou|eigenlijk|nu)\s+)*"
    r"achter(?:\s+(?:volgens\s+(?:jou|je|u)|dan|nou|eigenlijk))*\s*\??$"
    r"|^(?:(?:and|but|ok|so)[,]?\s+)?(?:what|whats)(?:'s|\s+(?:is|lies|s))?\s+"
    r"behind\s+(?:this|that|it|these|them|those|all\s+this)"
    r"(?:[,]?\s+(?:do\s+you\s+think|in\s+your\s+view|then))?\s*\??$",
    re.IGNORECASE,
)
# Only going back, with a pause word before it ("hmm go back.", "wacht, even terug."): a move
# in a longer message, no item of its own.
BACK_ONLY_RE = re.compile(
    r"^(?:(?:hmm+|uh+|oh|o|wacht|wait|ok[eé]?|okay|sorry|eh+|nee|no|oops|oeps)[,.!]?\s+)*"
    r"(?:(?:let'?s|lets|we)\s+)?(?:ga\s+|go\s+)?(?:even\s+|nog\s+even\s+)?(?:terug|back)"
    r"(?:\s+(?:even|a\s+sec|for\s+a\s+sec))?\s*[.!]*$",
    re.IGNORECASE,
)
# Going back to a step inside a longer message ("kun je nog eens terug naar de actoren?").
BACK_TO_RE = re.compile(
    r"\b(?:terug|back|opnieuw|nog eens)\b.{0,20}?\b(?:naar|to)\s+(?:de\s+|het\s+|the\s+)?"
    r"(?:stap\s+|step\s+)?(?P<step>(?:wie|who)(?:\s+[\w']+){1,4}?(?=\s*[:,.;-]|\s*$)|\w+)",
    re.IGNORECASE,
)
# The actors step named by its question ("terug naar wie het raakt", "back to who is involved").
WHO_STEP_RE = re.compile(
    r"^(?:wie|who)\s+(?:(?:het|er|it|this|is|are|s|else|nog|meer|allemaal|also|ook)\s+)*"
    r"(?:raakt|raken|betrokken|bij\s+hoort|bij\s+horen|affects|affected|involved|concerns)\b",
    re.IGNORECASE,
)
# Asking the assistant to add its own ("en wat jij nog belangrijk vindt", "and whatever you
# think matters too", "plus what you would add"): a request for proposals, not an item.
ASK_YOURS_RE = re.compile(
    r"^(?:(?:en|and|plus|ook|also)\s+)?(?:wat|what(?:ever)?)\s+(?:jij|je|u|you)\s+"
    r"(?:(?:zelf|nog|ook|else|also|yourself)\s+)*(?:(?:belangrijk|important)\s+)?"
    r"(?:vindt|vind|denkt|zou\s+toevoegen|zou\s+kiezen|think\s+matters|think\s+is\s+important|"
    r"find\s+important|would\s+add|would\s+choose|(?:would\s+)?suggest)\b",
    re.IGNORECASE,
)
# Headers that say what the lines below them hold ("Betrokken:", "Effecten:", "Opties:").
HEADER_STEPS: dict[str, Step] = {
    "casus": Step.CASE, "case": Step.CASE, "de casus": Step.CASE, "the case": Step.CASE,
    "wie": Step.ACTORS, "who": Step.ACTORS, "wie doen er mee": Step.ACTORS,
    "who is involved": Step.ACTORS, "wie zijn betrokken": Step.ACTORS,
    "betrokken": Step.ACTORS, "betrokkenen": Step.ACTORS, "actoren": Step.ACTORS,
    "actors": Step.ACTORS, "stakeholders": Step.ACTORS, "involved": Step.ACTORS,
    "effecten": Step.EFFECTS, "effects": Step.EFFECTS, "gevolgen": Step.EFFECTS,
    # what was seen so far, over the lines that tell it ("2. Observations", "Ervaringen:")
    "observations": Step.EFFECTS, "findings": Step.EFFECTS, "experiences": Step.EFFECTS,
    "ervaringen": Step.EFFECTS, "observaties": Step.EFFECTS, "bevindingen": Step.EFFECTS,
    "eerste ervaringen": Step.EFFECTS, "first experiences": Step.EFFECTS,
    "eff": Step.EFFECTS, "effs": Step.EFFECTS, "people involved": Step.ACTORS,
    "ppl involved": Step.ACTORS,
    "waarden": Step.VALUES, "values": Step.VALUES, "opties": Step.OPTIONS,
    "options": Step.OPTIONS, "handelingsopties": Step.OPTIONS, "maatregelen": Step.OPTIONS,
    "measures": Step.OPTIONS, "handling options": Step.OPTIONS, "wishlist": Step.OPTIONS,
    "wish list": Step.OPTIONS,
    "my wishes": Step.OPTIONS, "wensen": Step.OPTIONS, "mijn wensen": Step.OPTIONS,
    "wensenlijst": Step.OPTIONS, "verlanglijst": Step.OPTIONS, "verlanglijstje": Step.OPTIONS,
    "would like": Step.OPTIONS, "i would like": Step.OPTIONS, "i'd like": Step.OPTIONS,
    "ik zou graag willen": Step.OPTIONS, "zou graag willen": Step.OPTIONS,
    # the speaker's own ideas over the measures ("Mijn ideeën:", "Our ideas:")
    "ideeën": Step.OPTIONS, "mijn ideeën": Step.OPTIONS, "onze ideeën": Step.OPTIONS,
    "ideas": Step.OPTIONS, "my ideas": Step.OPTIONS, "our ideas": Step.OPTIONS,
    "mijn opties": Step.OPTIONS, "onze opties": Step.OPTIONS, "my options": Step.OPTIONS,
    "our options": Step.OPTIONS, "mijn voorstellen": Step.OPTIONS, "my proposals": Step.OPTIONS,
    # requirements and conditions over the measures ("Eisen:", "Wat we willen, onder
    # voorwaarden:", "Only if:"); before the effects a list of requirements tells the case
    # (``REQUIREMENT_HEADS``)
    "eisen": Step.OPTIONS, "onze eisen": Step.OPTIONS, "voorwaarden": Step.OPTIONS,
    "onze voorwaarden": Step.OPTIONS, "randvoorwaarden": Step.OPTIONS,
    "wat we willen": Step.OPTIONS, "wat wij willen": Step.OPTIONS, "wat we eisen": Step.OPTIONS,
    "alleen als": Step.OPTIONS, "alleen onder voorwaarden": Step.OPTIONS,
    "onder voorwaarden": Step.OPTIONS, "requirements": Step.OPTIONS,
    "our requirements": Step.OPTIONS, "conditions": Step.OPTIONS, "our conditions": Step.OPTIONS,
    "preconditions": Step.OPTIONS, "what we want": Step.OPTIONS, "what we need": Step.OPTIONS,
    "only if": Step.OPTIONS, "only under conditions": Step.OPTIONS,
    # the headings of a memo or board note over its measures ("Mitigerende maatregelen",
    # "Mitigations")
    "mitigerende maatregelen": Step.OPTIONS, "beheersmaatregelen": Step.OPTIONS,
    "voorgestelde maatregelen": Step.OPTIONS, "mitigations": Step.OPTIONS,
    "mitigating measures": Step.OPTIONS, "mitigation measures": Step.OPTIONS,
    "proposed measures": Step.OPTIONS,
}  # fmt: skip
# The heads of HEADER_STEPS that name requirements or conditions: over a list pasted with the
# case they describe the technology ("Eisen:" over "- registratie binnen 24 uur"), from the
# effects on they are measures.
REQUIREMENT_HEADS = frozenset((
    "eisen", "onze eisen", "voorwaarden", "onze voorwaarden", "randvoorwaarden", "wat we willen",
    "wat wij willen", "wat we eisen", "alleen als", "alleen onder voorwaarden",
    "onder voorwaarden", "requirements", "our requirements", "conditions", "our conditions",
    "preconditions", "what we want", "what we need", "only if", "only under conditions",
))  # fmt: skip
# A label in front of what follows on its line: "Opties: ...", "For the options: ...",
# "Values for me: ...", "Involved: ...", "Wat we kunnen doen: ...".
# The end of a section label: a colon, or a dash after a space ("options - blur the edges, ...").
# A remark about the method's own steps or items ("ok de waarden zijn duidelijk", "the actors
# look complete", "die effecten kloppen"): no effect of the technology.
ABOUT_THE_STEPS_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|ja|yes|nou|so|well|goed|prima)[,!]?\s+)?(?:(?:de|die|deze|the|these|"
    r"those|my|mijn|onze|our)\s+)?(?:actoren|actors|effecten|effects|waarden|values|opties|"
    r"options|handelingsopties|stappen|steps|voorstellen|proposals|suggestions)\s+(?:zijn|is|"
    r"are|lijken|look|seem|kloppen|klopt|staan|sound|klinken)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# Small words in front of a section label ("so options: ...", "en dan de waarden: ...", "ok
# values - ..."): the label still opens the section.
SECTION_LEAD_RE = re.compile(
    r"^(?:(?:so|ok[eé]?|okay|and|en|dan|then|now|nu|right|well|nou|oh|o|ja|oja|yes|alright|btw|"
    r"finally|tot\s+slot|lastly|verder|also|ook|plus|next|volgende|trouwens|anyway)[,!]?\s+){1,3}",
    re.I,
)
_SECTION_END = r"\s*(?::|\s[-\u2013\u2014])\s*"
# What the speaker has seen happen so far, announced with a colon: the effects follow ("What
# we've seen so far, in no particular order: ...", "wat we al zien: ...", "Ervaringen: ...").
_OBSERVED_LEAD = (
    r"^(?:what\s+(?:i|we)(?:'ve|\s+have)?\s+(?:seen|heard|noticed|learned|see|hear|notice)|"
    r"wat\s+(?:ik|we|wij)\s+(?:(?:al|nu|tot\s+nu\s+toe|inmiddels|sindsdien)\s+)?(?:hebben\s+|heb\s+)?"
    r"(?:zien|zie|zagen|gezien|horen|hoor|terughoren|terugkrijgen|gehoord|merken|merk|gemerkt)|"
    r"(?:(?:de|onze|eerste|the|our|first)\s+){0,2}(?:ervaringen|observaties|bevindingen|"
    r"observations|findings|experiences))\b[^:.?!]{0,50}?"
)
# That lead as a line of its own, over the lines or bullets that tell what was seen.
OBSERVED_HEADER_RE = re.compile(_OBSERVED_LEAD + r"\s*:\s*$", re.I)
# Limits set on the technology, as a heading over the measures ("Grenzen die we stellen:",
# "Onze harde grenzen:", "Limits we set:", "Red lines:"): the lines below are options.
LIMITS_HEADER_RE = re.compile(
    r"^(?:onze\s+|our\s+|de\s+|the\s+|a\s+few\s+|een\s+paar\s+)?(?:harde\s+|hard\s+|vaste\s+|"
    r"firm\s+)?(?:grenzen|limieten|limits|boundaries|red\s+lines|rode\s+lijnen)(?:\s+(?:die|that|"
    r"which)?\s*(?:we|wij|ik|i)\s+(?:stellen|trekken|hanteren|leggen|set|draw|put|use))?\s*:\s*$",
    re.I,
)
# A step's noun with a word after it instead of a colon, as fast typing or dictation labels
# a message ("opties dus loggen ...", "actoren verder het OM ...", "qua opties dan ...",
# "options ok ..."): only the plain nouns, never a noun in a sentence ("opties zijn er genoeg").
_LOOSE_END = r"\s+(?:dus|dan|verder|then|so|ok[eé]?|okay)\b[,:]?\s*"
_LOOSE_NOUNS: dict[Step, str] = {
    Step.ACTORS: r"(?:actoren|actors|stakeholders|betrokkenen)",
    Step.EFFECTS: r"(?:effecten|effects)",
    Step.VALUES: r"(?:waarden|values)",
    Step.OPTIONS: r"(?:handelingsopties|opties|options|maatregelen|measures)",
}
LOOSE_SECTION_RES: dict[Step, re.Pattern[str]] = {
    step: re.compile(rf"^(?:qua\s+)?{nouns}{_LOOSE_END}", re.I)
    for step, nouns in _LOOSE_NOUNS.items()
}
SECTION_RES: dict[Step, re.Pattern[str]] = {
    Step.ACTORS: re.compile(
        r"^(?:(?:de|the)\s+)?(?:(?:other|more|andere|overige|meer)\s+)?(?:betrokken(?:en)?|"
        r"actoren|actors|stakeholders|involved|belanghebbenden|partijen|people involved)"
        r"(?:\s+(?:zijn|are))?" + _SECTION_END,
        re.I,
    ),
    Step.EFFECTS: re.compile(
        r"^(?:(?:de|the)\s+)?(?:effecten|effects|gevolgen|consequences|impact)"
        + _SECTION_END
        + r"|"
        + _OBSERVED_LEAD
        + r"\s*:\s*",
        re.I,
    ),
    Step.VALUES: re.compile(
        r"^(?:(?:de|the)\s+)?(?:waarden|values)(?:\s+(?:for me|voor mij|volgens mij|i see|"
        r"zie ik|that matter))?" + _SECTION_END,
        re.I,
    ),
    Step.OPTIONS: re.compile(
        r"^(?:(?:voor|for|als|as)\s+)?(?:(?:de|the|mijn|onze|my|our)\s+)?(?:handelingsopties|"
        r"opties|options|maatregelen|measures|mogelijkheden|possibilities)(?:\s+(?:zie ik|i see|"
        r"would be|zijn|"
        r"are))?(?::|\s[-\u2013\u2014])\s*|"
        r"^(?:voor|for|als|as)\s+(?:de\s+|the\s+)?(?:handelingsopties|opties|options|maatregelen|"
        r"measures)\s+(?:denk\s+ik\s+aan|zou\s+ik\s+(?:zeggen|kiezen)|i\s+(?:think|thought|"
        r"was\s+thinking)\s+(?:of|about)|i'?d\s+(?:suggest|say|go\s+for))\s*:?\s*|"
        r"^(?:(?:mijn|onze|eigen|my|our|own|een\s+paar|a\s+few|wat|some)\s+){0,2}"
        r"[\w]*-?(?:handelingsopties|opties|options|maatregelen|measures|ideeën|ideas)\s*:\s*|"
        # a wish list announced with a colon: "wat ik zou willen: ...", "what I'd like to see: ..."
        r"^(?:wat\s+(?:ik|we|wij)\s+(?:\w+\s+){0,3}(?:zou|zouden)\s+(?:willen|wensen|adviseren|"
        r"aanraden|voorstellen)(?:\s+zien)?|wat\s+(?:ik|we|wij)\s+(?:wil|willen|adviseer|"
        r"adviseren)(?:\s+zien)?|(?:mijn|onze)\s+(?:wens(?:en)?|advies|adviezen)|wensen|"
        r"wishlist|wish list|my wishes|(?:my|our)\s+(?:advice|recommendations?)|"
        r"what\s+(?:i|we)'?d\s+(?:like|want|recommend|advise|suggest)(?:\s+to\s+see)?|"
        r"what\s+(?:i|we)\s+(?:would\s+)?(?:like|want|recommend|advise|suggest)"
        r"(?:\s+(?:to\s+see|\w+))?)\s*:\s*|"
        # the speaker's conditions, announced with a colon: "mijn voorwaarden voor de proef: ..."
        r"^(?:mijn|onze|my|our)\s+(?:voorwaarden|conditions|eisen|requirements)"
        r"(?:\s+[\w']+){0,5}?\s*:\s*|"
        # a measure thought of before, announced with a colon: "we dachten zelf al aan dit: ..."
        r"^(?:we|wij|ik)\s+(?:dachten|dacht|denken|denk)\s+(?:zelf\s+)?(?:al\s+)?aan\s+"
        r"(?:dit|het\s+volgende|iets\s+als)\s*:\s*|"
        r"^(?:we|i)\s+(?:were\s+|was\s+)?(?:already\s+)?(?:thinking|thought)\s+(?:of|about)\s+"
        r"(?:this|the\s+following|something\s+like)\s*:\s*|"
        r"^(?:(?:mijn|onze|eigen|my|our|own|een\s+paar|a\s+few|wat|some)\s+){0,2}"
        r"(?:handelingsopties|opties|options|maatregelen|measures|ideeën|ideas)"
        r"(?:\s+[\w']+){1,5}?\s*:\s*|"  # "opties die ik zelf bedenk: ...", "options I have: ..."
        # a remark after a comma before the colon: "options, the way I'd put them to the
        # board: ...", "opties, zoals ik ze zou opschrijven: ..."
        r"^(?:handelingsopties|opties|options|maatregelen|measures)\s*,\s*[^:?]{3,60}:\s*|"
        # a wish without its subject before a colon: "would like: ...", "graag: ..."
        r"^(?:(?:i|we)\s+)?(?:would|'d)\s+(?:really\s+)?(?:like|want)(?:\s+to\s+see)?\s*:\s*|"
        r"^(?:i|we)'d\s+(?:really\s+)?(?:like|want)(?:\s+to\s+see)?\s*:\s*|"
        r"^(?:(?:ik|wij|we)\s+)?(?:zou|zouden)\s+(?:graag\s+)?(?:willen|wensen)(?:\s+zien)?\s*:\s*|"
        r"^(?:als|as)\s+(?:handelingsopties|opties|options|maatregelen|measures)\s+"
        r"(?:(?:heb|zie|bedenk|noem)\s+ik\s+|i\s+(?:have|see|would\s+suggest)\s+)?"
        r"(?:(?:zelf|al|nu|myself|already|now)\s+)*(?=\w)|"
        r"^(?:wat|what)\s+(?:we|wij|je|you)\s+(?:kunnen|zouden kunnen|can|could)\s+(?:doen|do)"
        r"\s*:\s*|"
        # the user's own added with a colon: "one of my own: ...", "zelf wil ik erbij: ...",
        # "ik wil er nog drie bij: ...", "voeg toe: ...", "add: ..."
        r"^(?:(?:en|and|plus)\s+)?(?:one|two|three|een|eentje|twee|drie)\s+(?:more\s+)?"
        r"(?:of\s+my\s+own|of\s+mine|van\s+mezelf|van\s+mijzelf|van\s+mij)\s*:\s*|"
        r"^(?:(?:en|and|zelf|verder|ook)\s+)?(?:wil\s+ik|ik\s+wil)\s+(?:er\s*)?(?:zelf\s+)?"
        r"(?:(?:nog|ook)\s+)*(?:(?:een|eentje|twee|drie|iets)\s+)?(?:bij|toevoegen|aanvullen)"
        r"\s*:\s*|"
        r"^(?:(?:en|and)\s+)?(?:voeg\s+(?:nog\s+)?toe|add|i'?d\s+add|i\s+want\s+to\s+add)\s*:\s*",
        re.I,
    ),
}
# Recognising what the assistant said before going on: "ja, dat herken ik: ...".
RECOGNISE_RE = re.compile(
    r"^(?:ja|yes|klopt|inderdaad|indeed|right|true|precies|exactly)?[,!]?\s*"
    r"(?:dat|die|this|that|these|those|the)?\s*(?:laatste|eerste|last|first|one)?\s*"
    r"(?:herken ik|klopt|is waar|i recognise|i recognize|rings true|is true|is right)\s*[:,.!]\s*",
    re.I,
)
# A label in front of a correction or an addition: "correctie: niet X maar Y", "update: ...".
EDIT_LABEL_RE = re.compile(
    r"^\s*(?:correctie|correction|verbetering|aanvulling|addition|update|edit)\s*:\s*", re.I
)
# A message that asks something ("wie zijn ...", "kun je ...", "suggest ..."), and which
# direction a question about effects asks for.
ASKING_RE = re.compile(
    r"^(?:en\s+|and\s+|maar\s+|but\s+|ok[eé]?,?\s+)?(?:wie|welke|wat|hoe|waar|kun|kan|kunt|"
    r"zou|geef|doe|stel|noem|help|laat|who|which|what|how|can|could|would|give|suggest|"
    r"propose|show|toon|name|list)\b",
    re.IGNORECASE,
)
# Asking what could go wrong ("hmm what else could go wrong", "wat kan er nog meer misgaan?"): a
# request for examples of negative effects, never an effect itself.
GO_WRONG_RE = re.compile(
    r"^\W*(?:(?:hm+|ok[eé]?|okay|en|and|so|dus|nou|well|maar|but)\W+)*(?:what|wat)\s+(?:else\s+)?"
    r"(?:could|can|might|would|will|kan|kunnen|zou|zouden)\s+(?:er\s+)?(?:(?:nog|meer|else|"
    r"allemaal|possibly|still)\s+)*(?:go\s+wrong|misgaan|mis\s+gaan|fout\s*gaan|"
    r"tegenvallen)(?:\s+(?:here|hier|with\s+(?:it|this)|ermee|daarmee|then|dan|nog))*\s*[?.!]*$",
    re.IGNORECASE,
)
NEGATIVE_RE = re.compile(r"\b(?:negatie\w*|nade\w*|risico\w*|negative|downsides?|risks?)\b", re.I)
POSITIVE_RE = re.compile(r"\b(?:positie\w*|voorde\w*|positive|upsides?|benefits?)\b", re.I)
# Asking for (more) options, maybe of one kind, in a sentence that names no measure ("als je nog
# een optie voor de omgeving hebt hoor ik het graag", "got another design idea?").
OPTION_ASK_RE = re.compile(
    r"\b(?:(?P<before>\w+?)-?)?(?:optie|opties|option|options|idee|ideeën|ideeen|idea|ideas|"
    r"voorstel|voorstellen|suggestie|suggesties|suggestion|suggestions|maatregel|maatregelen|"
    r"measure|measures)\b(?P<after>(?:\s+[\w'-]+){0,5})",
    re.IGNORECASE,
)
OPTION_ASK_CUE_RE = re.compile(
    r"\b(?:heb\s+je|hebt\s+u|heeft\s+u|als\s+je|als\s+u|hoor\s+ik|graag|kun\s+je|kunt\s+u|"
    r"weet\s+je|nog\s+(?:een|wat|meer|andere)|have\s+you|do\s+you\s+have|got\s+(?:any|another)|"
    r"any\s+(?:more|other)|another|one\s+more|can\s+you|could\s+you|i'?d\s+(?:like|welcome|love)|"
    r"let\s+me\s+know|if\s+you\s+have)\b",
    re.IGNORECASE,
)
# A question to the assistant for one more, without an option word: "anything you'd add on the
# design side?", "heb jij er nog een voor de menselijke kant?", "iets wat jij zou toevoegen?".
MORE_ASKED_RE = re.compile(
    r"\b(?:anything|something|iets)\s+(?:(?:else\s+)?(?:you'?d|you\s+would|wat\s+(?:jij|je)\s+"
    r"zou|dat\s+(?:jij|je)\s+zou))\s+(?:add|toevoegen)\b|"
    r"\b(?:heb|hebt|weet)\s+(?:jij|je|u)\s+(?:er\s+)?(?:zelf\s+)?nog\s+(?:een|eentje|iets|wat)\b|"
    r"\b(?:do\s+)?you\s+have\s+(?:one|another\s+one|something)\s+(?:for|on)\b|"
    # what to do, asked back ("what else could we do on the human side?", "wat kunnen we nog
    # meer doen aan de menskant?", "anything on the design side?")
    r"\bwhat\s+(?:else\s+|more\s+)?(?:can|could|should|might)\s+(?:we|i|they)\s+(?:else\s+)?do\b|"
    r"\bwat\s+(?:kunnen|kan|zouden|moeten)\s+(?:we|wij|ik)\s+(?:(?:daar|er|nog|meer|verder|dan|"
    r"nog\s+meer)\s+)*doen\b|"
    r"\b(?:anything|something|iets)\s+(?:else\s+)?(?:on|for|voor|aan)\s+(?:the|de|het)\s+"
    r"(?:\w+\s+)?(?:side|kant)\b",
    re.IGNORECASE,
)
# The kind of option asked for, by a word near the option word ("een optie voor de omgeving",
# "a design idea", "iets voor de mensen zelf").
ASKED_KIND_WORDS: dict[OptionKind, tuple[str, ...]] = {
    "design": ("ontwerp", "ontwerpkant", "techniek", "technologie", "technisch", "technische",
               "design", "technology", "technical", "tech", "techniekkant", "technologiekant"),
    "environment": ("omgeving", "omgevings", "context", "afspraken", "beleid", "organisatie",
                    "environment", "environmental", "policy", "organisation", "organization",
                    "agreements", "rules", "regels", "omgevingskant", "beleidskant",
                    "organisatiekant", "contextkant"),
    "human": ("mens", "mensen", "gebruiker", "gebruikers", "human", "people", "user", "users",
              "menselijke", "zelf", "themselves", "yourself", "zelve", "menskant",
              "mensenkant", "gebruikerskant"),
}  # fmt: skip
# "Self" after a kind that is no people ("de techniek zelf"): the thing itself, no human kind.
ITSELF = frozenset(("zelf", "itself", "zelve"))
# A lead that adds to what came before, in front of a colon: "naast dat percentage: ...",
# "verder: ...", "besides the map: ..." (what follows is read by its own words).
ADDITION_LEAD_RE = re.compile(
    r"^(?:naast|behalve|besides|apart\s+from|in\s+addition\s+to|on\s+top\s+of)\b[^:]{1,50}:\s*|"
    r"^(?:verder|daarnaast|ook|further(?:more)?|also|plus|wat\s+mij\s+betreft|"
    r"as\s+far\s+as\s+i'?m\s+concerned|for\s+my\s+part)\s*:\s*|"
    # "o ja vergeten: ...", "vergeten bij de effecten: ...", "forgot to mention: ..."
    r"^(?:(?:o\s+ja|oh\s+ja|oja|oh|o|ah)[,!]?\s+)?(?:nog\s+)?(?:vergeten|forgot|forgotten|"
    r"i\s+forgot)(?:\s+(?:te\s+(?:zeggen|noemen)|to\s+(?:say|mention|add)))?"
    r"(?:\s+(?:bij|bij\s+de|for|for\s+the|in|in\s+de|under)\s+\w+)?\s*:\s*",
    re.IGNORECASE,
)
# One part of a message that takes an actor off the list, among other parts ("Wageningen isn't
# an actor for us", "scratch the council", "de privacyjurist mag eruit", "het loket is geen
# aparte partij", "schrap de banken"): ``who`` must be an actor already named.
_NO_ACTOR = r"(?:actor|actors|actoren|stakeholders?|betrokkenen?|part(?:y|ies)|partij(?:en)?)"
ACTOR_REMOVED_RES = (
    re.compile(
        r"^(?P<who>.+?)(?:\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)|'re\s+not)\s+"
        r"(?:really\s+|actually\s+)?"
        rf"(?:(?:an?|one\s+of\s+the)\s+)?(?:\w+\s+)?(?:{_NO_ACTOR}|involved|in\s+scope)\b.*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:(?:i|we)(?:'d|\s+would|\s+should)\s+|(?:you|we)\s+(?:can|could)\s+)?(?:drop|scratch|"
        r"remove|delete|strike|cross\s+out|take\s+out|leave\s+out|schrap|verwijder|haal)\s+"
        r"(?P<who>.+?)(?:\s+(?:off|out|weg|eruit|er\s+uit|van\s+de\s+lijst|from\s+the\s+list|"
        r"off\s+the\s+list))?$|^(?:(?:i|we)(?:'d|\s+would|\s+should)\s+|(?:you|we)\s+(?:can|could)"
        r"\s+)?leave\s+(?P<who2>.+?)(?:\s+as\s+[\w-]+(?:\s+[\w-]+)?)?\s+out$",
        re.IGNORECASE,
    ),
    # "laat LTO maar weg", "laat de bank er maar buiten", "forget the council", "skip the banks"
    re.compile(
        r"^(?:(?:en|and|oh|o|ok|oké)[,\s]+)?(?:laat|laten\s+we)\s+(?P<who>.+?)(?:\s+er)?(?:\s+(?:dan|"
        r"toch|gewoon))?(?:\s+maar)?\s+(?:weg|eruit|er\s+uit|er\s+buiten|buiten|achterwege|"
        r"buiten\s+beschouwing)(?:\s+(?:trouwens|hoor|maar|even|dus|dan))*$|^(?:(?:and|oh|ok)[,\s]+)?"
        r"(?:just\s+)?(?:forget(?:\s+about)?|skip|ditch|lose)\s+(?P<who2>.+?)(?:\s+(?:then|"
        r"actually|btw|by\s+the\s+way|too|as\s+well))*$",
        re.IGNORECASE,
    ),
    # the one just named, by a pronoun in front ("..., die laat ik eruit", "die halen we weg",
    # "those I'd leave out", "that one we can drop")
    re.compile(
        r"^(?P<who>die|dat|deze|ze|zij|hen|hun)\s+(?:laat|laten|haal|halen|schrap|schrappen|zet|"
        r"zetten)\s+(?:ik|we|wij|je)\s+(?:(?:er|dan|toch|maar|gewoon|wel|liever|ook|dus)\s+)*"
        r"(?:eruit|uit|weg|buiten|af|van\s+de\s+lijst(?:\s+af)?)(?:\s+(?:laten|halen|zetten))?$|"
        r"^(?P<who2>those|them|that\s+one|these|they)\s+(?:i|we)(?:'d|'ll|\s+would|\s+will|"
        r"\s+can|\s+could|\s+should)?\s+(?:just\s+)?(?:leave\s+out|drop|remove|scratch|skip|"
        r"take\s+off|cross\s+off)\b.*$",
        re.IGNORECASE,
    ),
    # "de AP streep je maar door", "de huurcommissie haal je weg", "streep de bank door", "take
    # them off (the list)"
    re.compile(
        r"^(?P<who>.+?)\s+(?:streep|haal|gooi)\s+(?:je|jij|u|ik|we)\s+(?:(?:maar|dan|gewoon|wel|"
        r"toch|er|ook)\s+)*(?:door|weg|af|eruit|uit)\b.*$|^(?:streep|gooi)\s+(?P<who2>.+?)\s+"
        r"(?:(?:maar|dan|gewoon|ook)\s+)*(?:door|weg|eruit)$|^(?:please\s+)?(?:take|cross)\s+"
        r"(?P<who3>.+?)\s+off(?:\s+the\s+list)?(?:\s+(?:too|as\s+well|please))?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<who>.+?)\s+(?:can|should|must|may)\s+(?:go|be\s+(?:dropped|removed|deleted|"
        r"struck))\b.*$|^(?P<who2>.+?)\s+(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+belong\b.*$|"
        # "parents are out actually, ...", "de ouders vallen eigenlijk af"
        r"^(?P<who3>.+?)(?:\s+(?:is|are)|'re)\s+(?:actually\s+|really\s+)?out(?:\s+of\s+(?:scope|"
        r"the\s+list))?(?:\s+(?:actually|then|too|as\s+well|I\s+think))*\s*(?:[,.;!]|$).*$|"
        r"^(?P<who4>.+?)\s+(?:valt|vallen)\s+(?:(?:eigenlijk|toch|dus|ook|dan|wel)\s+)*af\b.*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<who>.+?)\s+(?:is|zijn)\s+(?:er\s+)?(?:eigenlijk\s+|toch\s+|helemaal\s+)?niet\s+"
        r"(?:echt\s+|zo\s+|direct\s+|meer\s+)?(?:bij\s+)?betrokken\b.*$|^(?P<who2>.+?)\s+"
        r"(?:doet|doen)\s+(?:eigenlijk\s+|toch\s+)?niet\s+(?:echt\s+)?mee\b.*$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?P<who>.+?)\s+(?:is|zijn)\s+(?:eigenlijk\s+|gewoon\s+|ook\s+)?geen\s+(?:\w+\s+)?"
        rf"{_NO_ACTOR}\b.*$|^(?P<who2>.+?)\s+(?:mag|mogen|kan|kunnen|moet|moeten)\s+"
        r"(?:er\s*uit|eruit|weg|vervallen|geschrapt(?:\s+worden)?)$|^(?P<who4>.+?)\s+(?:eruit|"
        r"er\s+uit|van\s+de\s+lijst(?:\s+af)?)$|"
        r"^(?P<who3>.+?)\s+(?:hoort|horen)\s+er\s+(?:eigenlijk\s+)?niet\s+bij\b.*$",
        re.IGNORECASE,
    ),
)
# Right after taking an actor off, keeping it after all ("..., keep them though", "laat ze
# toch maar staan", "houd ze er wel in").
KEEP_THEM_RE = re.compile(
    r"^(?:(?:but|maar|ok|oké|nah|nee|no)[,\s]+)?(?:(?:i'?d|we'?d|let'?s)\s+)?(?:keep|leave)\s+"
    r"(?:them|it|that\s+one|those)(?:\s+(?:in|on\s+the\s+list|there))?(?:\s+(?:though|anyway|"
    r"after\s+all|for\s+now|then))*[.!]*$|^(?:(?:maar|ok|oké|nee)[,\s]+)?(?:laat|houd|hou)\s+"
    r"(?:ze|die|hen|het)\s+(?:(?:toch|maar|wel|gewoon|dan)\s+)*(?:staan|erin|er\s+in|erbij|"
    r"er\s+bij)(?:\s+(?:hoor|toch|dan))*[.!]*$",
    re.IGNORECASE,
)
# A known actor alone, by all of its words, with a short word that takes it off after it
# ("external applicants out", "HVC schrappen", "de burgemeester kun je schrappen"; not
# "tenants can't opt out", "tenants moving out": a verb before "out").
ACTOR_OUT_RE = re.compile(
    r"^(?P<who>.+?)(?:(?<!ing)(?<!ed)(?<!\bopt)(?<!\bcheck)(?<!\bfind)(?<!\bsort)(?<!\bcarry)"
    r"(?<!\bpoint)(?<!\bwork)(?<!\bmove)(?<!\bleft)(?<!\bget)(?<!\bgot)(?<!\bmiss)(?<!\bkept)"
    r"(?<!\bkeep)(?<!\bshut)(?<!\block)(?<!\bdrop)(?<!\bphase)(?<!\bfill)(?<!\bcross)\s+out"
    r"|\s+(?:schrappen|weghalen|weglaten|(?:kun|kan|kunt)\s+(?:je|u|jij)\s+"
    r"(?:(?:wel|gewoon|ook|dus)\s+)*(?:schrappen|weghalen|weglaten|vergeten)))$",
    re.IGNORECASE,
)
# "correctie, niet de apotheek, die ...": a known actor alone after "niet"/"not", by all of its
# words ("not the student's whole file", "niet bij de leverancier" take off no one).
ACTOR_NOT_RE = re.compile(r"^(?:niet|not)\s+(?P<who>(?:(?!\b(?:maar|but)\b).)+)$", re.IGNORECASE)
# One part that takes a name off with "niet" after it, the Dutch order ("de taalschool niet",
# "de wijkagent dus niet", "ouders eigenlijk niet"); not a proposal by its number ("de tweede
# niet", "3 niet").
ACTOR_NOT_AFTER_RE = re.compile(
    r"^(?!(?:(?:de|het|die|dat|nummer|optie|voorstel)\s+)?(?:eerste|tweede|derde|vierde|vijfde|"
    r"zesde|laatste|andere|rest|\d+)\b)(?P<who>(?:(?!\b(?:maar|wel|is|zijn|doet|doen)\b).){2,60}?)"
    r"\s+(?:(?:dus|toch|ook|eigenlijk|maar)\s+){0,2}niet$",
    re.IGNORECASE,
)
# One part of a message that adds an actor ("please add the inspectors", "add the audit office
# instead", "de vakbond hoort er wel bij", "wel de leerlingenraad toevoegen", "voeg de MR toe").
ACTOR_ADDED_RES = (
    re.compile(
        r"^(?:(?:please|also|and|but|then|so)\s+)*(?:(?:can|could)\s+you\s+|(?:i|we)(?:'d|\s+would|"
        r"\s+should|\s+want\s+to|'d\s+like\s+to|\s+would\s+like\s+to)\s+(?:also\s+)?|let'?s\s+)?"
        r"add\s+(?P<who>.+?)"
        r"(?:\s+(?:instead|too|as\s+well|also|as\s+an?\s+(?:actor|stakeholder)|to\s+the\s+"
        r"(?:actors|list|stakeholders)))*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<who>.+?)\s+(?:hoort|horen|moet|moeten|mag|mogen)\s+er\s+(?:trouwens\s+)?(?:wel|ook|toch|eigenlijk|"
        r"zeker|nog)(?:\s+(?:wel|ook|nog|bij))?\s+bij$|^(?:voeg|zet)\s+(?P<who2>.+?)\s+(?:er\s+)?(?:ook\s+|nog\s+)?(?:bij|toe)$"
        r"|^(?:wel|ook|nog|en)?\s*(?P<who3>.+?)\s+(?:toevoegen|erbij(?:\s+zetten)?|erbij\s+graag)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<who>.+?)\s+(?:should|must|needs?\s+to)\s+(?:also\s+)?be\s+(?:added|on\s+the\s+list|"
        r"included)(?:\s+too)?$",
        re.IGNORECASE,
    ),
    re.compile(  # "maar de fietsersbond hoort wel op de lijst", "the union belongs on the list"
        r"^(?:(?:maar|en|but|and)\s+)?(?P<who>.+?)\s+(?:(?:hoort|horen|moet|moeten)\s+(?:(?:wel|ook|"
        r"nog|zeker|eigenlijk|toch)\s+)*op\s+de\s+lijst(?:\s+(?:staan|komen))?|belongs?\s+on\s+the"
        r"\s+list(?:\s+too)?)$",
        re.IGNORECASE,
    ),
    re.compile(  # "ik ben de cliëntenraad vergeten (als actor)", "I forgot the union as an actor"
        r"^(?:(?:oh|o|oja|wacht|wait|sorry|en|and|but|maar)\s*,?\s+)*(?:(?:ik|we|wij)\s+(?:ben|zijn|"
        r"heb|hebben)\s+(?P<who>.+?)\s+vergeten|(?:i|we)(?:'ve|\s+have)?\s+forgot(?:ten)?\s+"
        r"(?:(?:about|to\s+(?:add|mention))\s+)?(?P<who2>.+?))"
        r"(?:\s+(?:als|as)\s+(?:een\s+|an?\s+)?(?:actor|betrokkene|stakeholder|partij|party))?"
        r"(?:\s+(?:te\s+noemen|bij\s+de\s+actoren|in\s+the\s+list))?$",
        re.IGNORECASE,
    ),
)
# Words for what is said, not for people, in front of a part ("een effect voor familie", "one
# more point for the drivers"): the part names no actor of its own.
SAID_ITEM_WORDS = frozenset((
    "effect", "effecten", "gevolg", "gevolgen", "effects", "punt", "punten", "point", "points",
    "optie", "opties", "option", "options", "waarde", "waarden", "value", "values", "ding",
    "dingen", "thing", "things", "vraag", "question", "idee", "idea", "plus", "min", "minpunt",
    "pluspunt", "nadeel", "voordeel", "risico", "risk", "upside", "downside",
))  # fmt: skip
# A verb in front of the names an addition ends on ("(verder) zitten de boeren erbij", "zijn de
# buren er ook bij"): no part of the names.
ADDED_VERB_LEAD_RE = re.compile(
    r"^(?:zitten|zit|zijn|is|horen|hoort)\s+(?:er\s+)?(?:ook\s+|nog\s+|eigenlijk\s+)*",
    re.IGNORECASE,
)
# A label that adds actors after its colon ("wel erbij: de woningcorporaties", "also add: ...",
# "wel vergeten: de natuurfotografen", "I forgot: the umpires").
ACTOR_ADD_LABEL_RE = re.compile(
    r"^(?:(?:wel|ook|nog|en|and|also|please|but)\s+)*(?:erbij|toevoegen|add|vergeten|"
    r"(?:ik\s+|i\s+)?(?:vergat|forgot)|forgotten)$",
    re.IGNORECASE,
)
# A part right after an actor taken off that names who it is instead ("that's the dean's office",
# "it's the CJIB that handles the fines", "dat is de ombudsman", "wel de cliëntenraad"): a
# name after an article or with a capital ("dat zijn bij ons dezelfde mensen" names no one).
ACTOR_INSTEAD_RE = re.compile(
    r"^(?i:(?:(?:no|nee|but|maar)\s+)?(?:(?:that'?s|that\s+is|it'?s|its|it\s+is|dat\s+is|"
    r"het\s+is|het\s+zijn|dat\s+zijn)\s+|wel\s+|(?:but|maar)\s+)(?:actually\s+|really\s+|"
    r"eigenlijk\s+|gewoon\s+|mostly\s+|mainly\s+|vooral\s+|meestal\s+)?)"
    r"(?P<who>(?i:the|de|het|an?|een)\s.+?|[A-Z].+?)(?:\s+(?:that|who|which|die|dat)\b.*)?$",
)
# Someone named alone by an article or a capital ("the data protection officer", "de boa"):
# after "not X" in a correction, who it is instead.
BARE_WHO_RE = re.compile(r"^(?P<who>(?i:the|de|het|an?|een)\s[\w' -]+|[A-Z][\w' -]+)$")
# A known actor said to be something else than its name says ("the vendor is a consortium of
# three universities" with "not a company" beside it, "de leverancier is geen bedrijf maar een
# stichting"): ``who`` is renamed to ``new``.
ACTOR_IS_RE = re.compile(
    r"^(?P<who>.+?)\s+(?:is|are|zijn)\s+(?:actually\s+|really\s+|eigenlijk\s+|gewoon\s+)?"
    r"(?P<new>(?:an?|een|the|de|het)\s+.+)$",
    re.IGNORECASE,
)
ACTOR_IS_NOT_RE = re.compile(
    r"^(?P<who>.+?)\s+(?:is|are|zijn)\s+(?:actually\s+|eigenlijk\s+)?(?:geen|not\s+an?|"
    r"niet\s+een|no)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:but|maar)\s+(?P<new>.+)$",
    re.IGNORECASE,
)
# The part beside "X is a Y" that says what X is not ("not a company", "geen bedrijf").
NOT_A_KIND_RE = re.compile(
    r"^(?:and\s+|en\s+)?(?:not\s+an?|niet\s+een|geen|no)\s+[\w-]+(?:\s+[\w-]+)?$",
    re.IGNORECASE,
)
# A new name for the actor just spoken of ("call them the consortium", "noem ze de stichting").
CALL_THEM_RE = re.compile(
    r"^(?:(?:just|so|dus|gewoon)\s+)?(?:call|name)\s+(?:them|it|him|her|those)\s+(?:just\s+)?"
    r"(?P<new>.+)$|^(?:noem)\s+(?:ze|hen|die|het|hem|haar)\s+(?:maar\s+|gewoon\s+)?"
    r"(?P<new2>.+?)(?:\s+maar)?$",
    re.IGNORECASE,
)
# A part after an actor taken off that only says why, about them ("die heeft alleen advies
# gegeven", "they only gave advice once", "dat zijn dezelfde mensen als ..."): no effect.
ABOUT_THEM_RE = re.compile(
    r"^(?:die|dat|ze|zij|hij|they|he|she|that|those|that'?s|they'?re|dat\s+zijn)\b", re.IGNORECASE
)
# Words that set right what was just said ("nee wacht", "no wait", "sorry", "correctie").
CORRECTION_LEAD_RE = re.compile(
    r"^(?:nee|no|nope|wacht|wait|hang\s+on|sorry|oops|oeps|correctie|correction|excuses|"
    r"eigenlijk|actually)\b",
    re.IGNORECASE,
)
# Words in front of a part of a correction that are no part of it ("correctie", "but", "wel").
EDIT_PART_LEAD_RE = re.compile(
    r"^(?:(?:correctie|correction|en|and|but|maar|ook|also|dus|so|oh|o|ja|oja|wait|wacht|nee|nope|"
    r"verder|further|then|dan|sorry|oops|oeps|excuses|"
    # "actually" only in front of a removal ("actually remove the police as an actor"), not in
    # front of a correction of whom a measure is for ("actually not X, the installers")
    r"(?:actually|eigenlijk)(?=\s*,?\s*(?:remove|drop|delete|scratch|strike|haal|schrap|"
    r"verwijder)\b)|(?:a\s+|een\s+)?(?:typo|typfout|tikfout)"
    r"(?:\s+(?:before|earlier|eerder|hiervoor|net))?|my\s+(?:bad|mistake)|mijn\s+fout|hmm+|"
    # a hedge in front ("I'd say victims aren't really involved", "ik denk dat X er niet bij
    # hoort"): the edit is the same
    r"i'?d\s+say|i\s+(?:would\s+say|think|guess|suppose)|ik\s+denk(?:\s+dat)?|volgens\s+mij)"
    r"\b[\s,:]*)+",
    re.IGNORECASE,
)
# A filler word after a name ("niet X maar Y trouwens", "not X but Y actually", "not X actually").
FILLER_TAIL_RE = re.compile(
    r"[\s,]+(?:trouwens|overigens|eigenlijk|hoor|dus|btw|by\s+the\s+way|actually|then|though"
    r"|sorry|oops"
    # the new one said to belong ("... maar de FG hoort erbij", "but the DPO is involved")
    r"|(?:hoort|horen|zit|zitten)\s+(?:er\s+)?(?:ook\s+)?(?:wel\s+)?(?:erbij|bij)"
    r"|(?:is|are)\s+(?:also\s+)?(?:involved|part\s+of\s+it)|belongs?(?:\s+(?:in|here))?"
    r")[\s.!?]*$",
    re.IGNORECASE,
)
_ITEM_NOUN = (
    r"(?:actor|actors|actoren|effect|effects|effecten|waarde|waarden|value|values|risico|"
    r"risico's|risk|risks|optie|opties|option|options|maatregel|measure)"
)
_KIND_NOUN = r"(?:design|ontwerp|human|mens|menskant|environment|omgeving|context|rules|regels)"
# A question back about where something belongs in the method ("is de examencommissie eigenlijk
# een actor of niet?", "is dat nou een effect of een risico?", "nationale veiligheid, is dat een
# waarde op dit niveau?", "are away fans a separate actor?", "moet ik meiden apart zetten als
# actor?", "is 3 design or human?", "do these cover the three kinds?", "dat is de derde soort
# toch?", "what would it do for them?"): help, never an item of its own.
CATEGORY_QUESTION_RES = (
    re.compile(
        r"\b(?:is|zijn|are|was|count|counts|telt|tellen|hoort|horen|valt|vallen|noem|call)\b"
        r"[^?]{0,60}?\b(?:een|an?|as\s+an?|als|als\s+een|onder\s+de)\s+(?:(?:aparte?|separate|eigen|"
        r"own|echte|real)\s+)?(?:actor|actors|actoren|effect|effects|effecten|waarde|waarden|value|"
        r"values|optie|opties|option|options)\b[^?]{0,40}\?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_ITEM_NOUN}\s+(?:of|or)\s+(?:een\s+|an?\s+)?{_ITEM_NOUN}\b[^?]{{0,30}}\?",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_KIND_NOUN}\s+(?:of|or)\s+{_KIND_NOUN}\b[^?]{{0,30}}\?", re.IGNORECASE),
    re.compile(
        r"\b(?:apart|separate|aparte|separately)\b[^?]{0,40}\b(?:actor|actoren|groep|group|"
        r"noemen|zetten|list)\b[^?]{0,20}\?",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:cover|covers|dekken|dekt)\b[^?]{0,30}\b(?:kinds|soorten|types)\b[^?]{0,20}\?|"
        r"\b(?:de|the)\s+(?:derde|eerste|tweede|andere|third|first|second|other)\s+(?:soort|kind)"
        r"\b[^?]{0,15}\?",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*(?:[^?,.]{0,40},\s*)?(?:(?:and|en|but|maar)\s+)?(?:what|wat)\s+(?:would|does|will|zou|doet)\s+"
        r"(?:it|het|dat|that|this|dit)\s+(?:do\s+|mean\s+|betekenen\s+)?(?:for|voor|met|to)\s+"
        r"(?:them|hen|hun|ze|those)(?:\s+(?:doen|betekenen))?\s*\?",
        re.IGNORECASE,
    ),
)
# Asking to export, save or share the session in the chat ("export", "exporteer als pdf", "kan
# ik dit downloaden?", "save this as markdown please", "maak er een sessiebrief van").
EXPORT_RE = re.compile(
    r"^(?:(?:ok[eé]?|oké|graag|please|nu|now|en|and)[,\s]+)*(?:(?:kan|kun|mag)\s+(?:ik|je|u)\s+|"
    r"(?:can|could|may)\s+(?:i|you|we)\s+|hoe\s+(?:kan\s+ik\s+)?|how\s+(?:do|can)\s+i\s+)?"
    r"(?:(?:dit|deze|het|de|this|the|my|mijn|onze|our)\s+)?(?:(?:sessie|session|gesprek|"
    r"conversation|samenvatting|summary|resultaat|result|canvas)\s+)?"
    r"(?:export(?:eer|eren|en|ed)?|download(?:en)?|opslaan|bewaren|save|print(?:en)?|delen|share|"
    r"(?:maak|make)\s+(?:er\s+)?(?:een|a)\s+(?:sessie)?brief(?:ing)?)\b"
    r"(?:\s+(?:(?:dit|deze|het|de|this|the|it|as|als|to|naar|in|er|van|of)\s+)*"
    r"(?:sessie|session|gesprek|samenvatting|summary|pdf|markdown|md|json|word|docx|bestand|file)?)*"
    r"(?:\s+(?:graag|please|pls|plz|ik|i|dit|this|it|er|van|of))*\s*[?.!]*$",
    re.IGNORECASE,
)
# Words for a part of the technology ("remove the data broker part", "haal de koppeling met de
# bank eruit"): what is removed then is a measure, not an item of the session.
TECHNOLOGY_PART_WORDS = frozenset((
    "part", "deel", "gedeelte", "onderdeel", "stuk", "bit", "feature", "features", "function",
    "functie", "koppeling", "link", "module", "component", "functionaliteit", "functionality",
))  # fmt: skip

# The lead of what a value of one's own means, naming it or pointing to it ("goed werkgeverschap
# bedoel ik als: ...", "daarmee bedoel ik dat ...", "met rust bedoel ik ...", "by fairness I
# mean ...", "what I mean by that is ..."): no part of the definition.
DEFINITION_LEAD_RE = re.compile(
    r"^(?:(?:nou|well|ok[eé]?|so|dus)\W+)?(?:(?:met|by)\s+)?(?:[\w'-]+\s+){0,5}?"
    r"(?:bedoel\s+ik(?:\s+(?:eigenlijk|vooral|gewoon))?(?:\s+(?:als|mee|dat))?|i\s+mean|"
    r"i\s+meant|what\s+i\s+mean\s+(?:by\s+(?:that|it)\s+)?is|means?\s+to\s+me)\s*:?\s*",
    re.IGNORECASE,
)
# A word that points back to what was asked ("daarmee", "daar", "by that", "with that").
POINTER_RE = re.compile(r"\b(?:daarmee|daar\s+bedoel|by\s+that|with\s+that|by\s+it)\b", re.I)
