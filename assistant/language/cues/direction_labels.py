"""Cue words for direction labels: words that say an effect is good or bad in front of it
("positief: ...", "Minpunt: ...", "The downside is that ...", "on the plus side"), headings over
a list of effects ("Nadelen:"), leads that announce an effect ("nog een effect: ...") and an
actor with a direction ("voor X is het negatief: ...", "negative for X: ...")."""

from __future__ import annotations

import re

# Direction labels: "positief: ...", "pos: ...", "Minpunt: ...", "The downside is that ...",
# "Het voordeel is dat ...", "On the plus side ...", "positive, ...".
_POS_LABELS = (
    r"good stuff|the good stuff|(?:the )?good part|(?:het )?goede eerst|goede dingen|goeie dingen|"
    r"wat het oplevert|what it brings|"
    r"positief|positieve effecten|positive effects|positive|voordelen|voordeel|benefits?|"
    r"pluspunten|pluspunt|kansen|pos|good|goed|upsides?|advantages?|positives|positieve punten|"
    r"pros?|(?:verwachte|beoogde) opbrengst(?:en)?|expected benefits|expected gains|"
    # a memo's or board note's words ("Baten:", "Opportunities")
    r"baten|opportunities|gains|"
    # an evaluation's words ("Wat goed ging:", "What went well:")
    r"wat (?:er )?goed (?:ging|gaat|liep|loopt|werkt|werkte)|wat meeviel|wat meevalt|"
    r"what (?:went|goes|worked|works) well|what worked|what works"
)
_NEG_LABELS = (
    r"bad stuff|the bad stuff|(?:the )?bad part|(?:het )?slechte eerst|slechte dingen|"
    r"minder goede dingen|"
    r"negatief|negatieve effecten|negative effects|negative|nadelen|nadeel|risico'?s|risico|risks?|"
    r"harms?|minpunten|minpunt|zorgen|concerns|neg|bad|slecht|downsides?|drawbacks?|"
    r"disadvantages?|minder leuk|not so good|minder goed|negatives|negatieve punten|cons?|"
    r"pain ?points?|knelpunten|knelpunt|"
    # a memo's or board note's words ("Lasten:", "Bezwaren")
    r"lasten|bezwaren|threats|"
    # an evaluation's words ("Wat minder ging:", "Wat minder:", "Wat tegenviel:", "Not so great:",
    # "What went less well:")
    r"wat (?:er )?(?:minder|niet) (?:goed |lekker )?(?:ging|gaat|liep|loopt|werkt|werkte)|"
    r"wat minder|wat tegenviel|wat tegenvalt|minder fijn|niet zo fijn|niet zo goed|"
    r"what (?:went|goes) (?:less well|wrong|badly|not so well)|"
    r"what (?:didn'?t|did not|doesn'?t|does not) (?:go well|work)|not so great|less good|less great"
)
# A line that is only a direction label, as a heading over a list of effects ("**Bad**",
# "Nadelen:", "good things", "Risico's"): the items under it have that direction.
DIRECTION_HEADING_RE = re.compile(
    rf"^[\s*#_]*(?P<label>{_POS_LABELS}|{_NEG_LABELS}|plussen|minnen|plus|minus|min|"
    r"(?:good|bad|goede|slechte) (?:things|points|dingen|punten))[\s*#_]*:?[\s*#_]*$",
    re.IGNORECASE,
)
# A sentence that is only a direction label, asked or trailing off ("positief?", "en
# negatief..", "Risico's...", "Positive and negative, right?"): it says which side the
# sentences after it are on and is no effect itself.
LABEL_ONLY_RE = re.compile(
    r"^\W*(?:(?:en|and|maar|but|ook|also|nou|well|ok[eé]?|dan|then)\W+)*"
    rf"(?P<label>{_POS_LABELS}|{_NEG_LABELS})"
    rf"(?:\s+(?:en|and|&|of|or)\s+(?P<other>{_POS_LABELS}|{_NEG_LABELS}))?"
    r"\W*(?:(?:right|toch|ofzo|or so|dan|then)\W*)?$",
    re.IGNORECASE,
)
# What a story calls the good or the bad side ("het mooie is dat ...", "the hard part is that
# ..."): a direction label only where it opens a sentence with "dat"/"that".
_STORY_POS = (
    r"mooie|fijne|goede|leuke|positieve|good part|good thing|nice thing|great thing|best part|"
    r"nice part|good news"
)
_STORY_NEG = (
    r"lastige|nare|vervelende|enge|zorgelijke|moeilijke|hard part|bad part|bad thing|tricky part|"
    r"tricky thing|difficult part|problem|probleem|catch|worrying part|bad news|flip side|"
    r"keerzijde|schaduwkant|gevaar|danger"
)
# A group asked about and then told about ("En de verpleegkundigen? Die krijgen ...", "and the
# nurses? they might ..."): read as the label "en de verpleegkundigen: die krijgen ...".
ASKED_ABOUT_LABEL_RE = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<lead>(?:en|and|maar|but|ook|also)\s+)(?P<who>(?:de|het|onze|ons|"
    r"the|our)\s+[^?.!,:;\n]{2,40}?)\?\s+(?=(?:die|dat|ze|zij|hij|those|they|he|she)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# Agreeing before an effect told for some people ("ja en voor de klanten is het ook positief:
# ...", "yes and for the clients it can also be positive: ..."): the lead "for X" opens the line.
AGREED_BEFORE_FOR_RE = re.compile(
    r"^\s*(?:ja|yes|yeah|yep|klopt|right)\s*[,!.]?\s+(?:en|and)\s+(?=(?:voor|for|bij)\s)", re.I
)
# A direction label with a dash instead of a colon ("downside - ppl already distrust us", "Nadeel –
# mensen voelen zich bekeken"): read as "downside: ...". Only labels that cannot open anything
# else ("goed - dan doen we dat" stays as it is; "bad - ..." opens nothing else).
DASH_LABEL_RE = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<label>(?:positief|negatief|positive|negative|voordelen|voordeel|nadelen|"
    r"nadeel|upsides?|downsides?|pluspunten|pluspunt|minpunten|minpunt|risico'?s|risico|risks?|"
    r"benefits?|drawbacks?|advantages?|disadvantages?|bad|cons?|pros?))\s+(?:-{1,2}|[\u2013\u2014])\s+",
    re.IGNORECASE | re.MULTILINE,
)
# Who raised the effects under a label in a pasted memo ("Risks raised by the participation
# team:", "Zorgen van de wijkraad:", "Kansen volgens het wijkteam:"): part of the label.
_LABEL_SOURCE = (
    r"(?:\s+(?:raised|named|mentioned|noted|flagged|seen|genoemd|gezien|aangedragen|gemeld))?"
    r"\s+(?:by|from|volgens|van|door|uit|bij)\s+[^:;.!?]{2,40}?"
)
# The step a label is told before ("one more con before the values: ...", "nog een nadeel
# voordat we opties doen: ..."): still a label, an effect told late.
_LABEL_FOR = (
    r"\s+(?:before|voordat|voor)\s+(?:we\s+)?(?:(?:go\s+to|move\s+on\s+to|do|naar)\s+)?"
    r"(?:the\s+|de\s+)?(?:options|opties|values|waarden)(?:\s+(?:doen|gaan))?"
)
# What comes before a label word that makes it the end of a statement, no label ("gerichter
# werken is voor hen ook een nadeel: ze ...", "that is a real downside: they ..."): a verb "is"
# earlier in the clause and an article right before the word.
PREDICATE_BEFORE_RE = re.compile(
    r"\b(?:is|zijn|was|waren|wordt|worden|are|were|becomes?|blijft)\b[^.;!?]*\b(?:een|a|an)\s+"
    r"(?:(?:echt|groot|grote|real|big|serious|serieus)\s+)?$",
    re.IGNORECASE,
)
LABEL_RE = re.compile(
    rf"(?:(?P<label>{_POS_LABELS}|{_NEG_LABELS}|minus|min|"
    r"(?:(?:nog\s+)?een|another|one more|a)\s+plus|\+|-)(?:\s+(?:too|ook|also|as well|tbh|"
    r"imo|imho|wel|eigenlijk|zeker|vooral|hoor|though|honestly|really|mss|misschien|first|"
    r"eerst|next|then|dan)){0,2}"
    r"(?:\s+(?:die|dat)\s+ik\s+zie|\s+(?:that\s+)?i\s+see|"
    + _LABEL_SOURCE
    + r"|"
    + _LABEL_FOR
    + r")?\s*:"
    r"|(?:^|(?<=[;.]))\s*(?P<label2>positief|negatief|positive|negative|plus|min|pro|con|"
    r"upside|downside)\s*,"
    # a label word right before the clause it judges ("downside the farmers feel watched",
    # "nadeel we moeten ...")
    r"|(?:^|(?<=[;.]))\s*(?:(?:and|en|but|maar)\s+)?(?P<label6>upside|downside|voordeel|nadeel|"
    r"pluspunt|minpunt|drawback|benefit)\s+(?=(?:the|de|het|die|we|wij|they|people|mensen|ze|zij|"
    r"it|our|onze|ons|their|hun|you|je|i|ik|er|there|residents|bewoners)\s)"
    # the same said mid-sentence in dictated text without stops ("... minder handwerk heeft nadeel
    # is dat als het algoritme ...", "... less typing the downside is that ...")
    r"|(?<=\s)(?:(?:het|de|een|the|a|an)\s+)?(?P<label7>voordeel|nadeel|upside|downside|pluspunt|"
    r"minpunt|drawback)\s+(?:is|was)\s+(?:(?:wel|ook|also)\s+)?(?:dat|that)\b"
    rf"|(?:^|(?<=[;.,]))\s*(?:(?:nou|well|so|dus|ok[eé]?|okay|en|and|maar|but|oh|ah|ja|yes)\s*,?\s+)?"
    r"(?:(?:het|de|een|the|a|an|one|[eé]én)\s+)?(?:(?:grote|big|main|"
    rf"enige|only)\s+)?(?P<label3>{_POS_LABELS}|{_NEG_LABELS}|{_STORY_POS}|{_STORY_NEG})\s+"
    r"(?:(?:is|zijn|are|was)\s+(?:(?:wel|ook|also)\s+)?(?:dat|that)\b"
    # "good thing is the drone sees cracks earlier": "that" left out before a clause
    r"|(?:is|was)\s+(?=(?:the|we|they|our|their|it|you|people)\s)"
    # "positive is less trucks on the street", "negatief is minder contact": a comparison follows
    r"|(?:is|was)\s+(?=(?:less|fewer|more|minder|meer|geen|no)\s))"
    r"|(?:^|(?<=[;.,]))\s*on the (?P<label4>plus|minus|positive|negative|bright|down) side\b,?"
    r"|(?:^|(?<=[;.]))\s*(?P<label5>good things|bad things|goede dingen|goeie dingen|"
    r"slechte dingen|good stuff|bad stuff|slechte kant)\b"
    r"(?!\s+(?:is|are|about|of|over|van|zijn|was|were|happen|gebeuren)\b)"
    r"\s*[:,]?)",
    re.IGNORECASE,
)
# A short lead that announces one more effect ("o wacht, nog een effect:", "one more thing:",
# "en nog iets:"): not part of the effect.
_SEEN_LEAD = (
    r"wat ik (?:nu al |al |nu |ervan |er zelf van |zelf )?(?:zie|verwacht|merk)|what i "
    r"(?:already |can )?(?:see|expect)(?: already| so far| from it)?|effects as i see them|"
    r"effecten zoals ik ze zie"
)
# What the speaker says of the effect word before the colon ("nog een effect dat ik vergat:",
# "one more effect I forgot:", "effects i hear:").
_FORGOT = (
    r"(?:(?:\s+(?:dat|die|that|which))?\s+(?:i|we|ik|wij)(?:\s+(?:nog|ook|also|still))?\s+"
    r"(?:vergat|vergeten|was\s+vergeten|forgot|missed|hear|heard|hoor|hoorde|zie|see|saw|"
    r"noticed|merk|merkte))?"
)
EFFECT_LEAD_RE = re.compile(
    rf"^(?:[\w',]+\s+){{0,5}}?(?:(?:effect|effecten|effects|gevolg|gevolgen){_FORGOT}|ding|thing|"
    r"punt|point|iets|something|one)\s*(?:erbij|too|ook|nog|more)?\s*:\s*|"
    rf"^(?:[\w',]+\s+){{0,2}}?(?:{_SEEN_LEAD})\s*:\s*",
    re.IGNORECASE,
)
# A sentence announced as an effect, or judged as good or bad for someone after a comma ("nog
# een effect: ...", "I'd add that ..., that's a positive for them", "..., dat is een nadeel voor
# hen"): an effect at whatever step it is told.
EFFECT_ANNOUNCED_RE = re.compile(
    rf"^(?:[\w',]+\s+){{0,4}}?(?:effect|effecten|effects|gevolg|gevolgen){_FORGOT}\s*(?:erbij|"
    rf"too|ook|nog|more)?\s*:\s*\S|^(?:[\w',]+\s+){{0,2}}?(?:{_SEEN_LEAD})\s*:\s*\S|"
    # "nog een effect dat niet in de notulen staat: ...", "one effect that nobody mentioned: ..."
    r"^(?:[\w',]+\s+){0,4}?(?:effect|gevolg)\s+(?:dat|die|that|which)\s+[^:.?!]{3,50}:\s*\S|"
    # "one more minus before the options: ...", "een nadeel voordat we opties doen: ..." (one
    # "for X" names its people and a bare "nog een nadeel: ..." is a direction label: both are
    # read as such)
    r"^(?:[\w',]+\s+){0,2}?(?:een|a|an|one|another|één|nog\s+een)\s+(?:more\s+|extra\s+)?"
    r"(?:minus|minpunt|nadeel|downside|drawback|disadvantage|pluspunt|voordeel|upside|"
    r"advantage)\b(?!\s+(?:voor|for|bij)\b)[^:.?!]{2,40}:\s*\S|"
    r"[,;]\s*(?:that'?s|that is|which is|dat is|wat)\s+(?:(?:a|an|een|ook|also|wel)\s+)*"
    r"(?:positive|negative|plus|minus|voordeel|nadeel|pluspunt|minpunt|winst|verlies|risk|risico|"
    r"downside|upside|benefit|drawback)\b(?:\s+(?:for|voor)\s+[\w ]{2,30})?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# An actor label with a marker after it on a line: "ouders: - ...", "- drivers: + ...".
WHO_MARKER_RE = re.compile(r"^[-*•]?\s*[\w' -]{2,40}:\s*[+\-−–]")
ACTOR_LABEL_RE = re.compile(r"^\s*(?:voor|for|bij)\s+(?P<actor>[^:]{2,50}):\s*(?P<rest>.*)$", re.I)
# The same with a comma after a short name of people ("for residents, fewer bad decisions",
# "en voor de boeren, minder werk"): read only where the name is of people.
ACTOR_COMMA_LABEL_RE = re.compile(
    r"^\s*(?:(?:en|and|ook|also)\s+)?(?:voor|for)\s+(?P<actor>[^,:]{2,40}),\s*(?P<rest>\S.*)$",
    re.I,
)
# A verb after the actor in a label that says the effect follows ("voor de ouders betekent het
# ook iets: ...", "for the drivers it means: ..."): where the name ends.
LABEL_VERB_RE = re.compile(
    r"\s+(?:(?:het|it|er|there)\s+)?(?:betekent|betekenen|verandert|veranderen|geldt|gelden|"
    r"scheelt|is|zijn|wordt|worden|heeft|hebben|geeft|means|mean|changes|change|are|has|have|"
    r"gives)\b.*$",
    re.IGNORECASE,
)
# Words before an actor label that do not belong to it ("o, en voor boswachters is het positief:
# ...", "oh and for the drivers: ...").
LABEL_FILLER_RE = re.compile(
    r"^\s*(?:(?:o|oh|ah|en|and|ook|also|verder|daarnaast|trouwens|btw|plus)\b,?\s+)+(?=voor\b|for\b|"
    r"bij\b)",
    re.IGNORECASE,
)
# An actor with a marker after it: "belastingplichtigen + sneller een beslissing".
ACTOR_MARK_RE = re.compile(
    r"^\s*(?P<actor>[^:+\-−–()]{2,50}?)\s+(?P<mark>[+\-−–])\s+(?P<rest>\S.*)$", re.I
)
_DIR = (
    r"(?:(?:een|het|de|the|a|an)\s+)?(?:positief|negatief|positive|negative|gunstig|ongunstig|"
    r"voordeel|nadeel|pluspunt|minpunt|risico|upside|downside|benefit|drawback|risk|advantage|"
    r"disadvantage)"
)
_THEN = r"(?:\s+(?:is|zijn|are))?\s*(?:\b(?:dat|that)\b|[:,-])?\s*(?P<rest>.*)$"
# An actor with a direction, in either order: "voor X is het negatief: ...", "voor X: negatief
# ...", "for X the downside is ...", "negative for X: ...".
ACTOR_DIRECTION_RES = (
    re.compile(
        rf"^\s*(?:voor|for|bij)\s+(?P<actor>[^:,]{{2,50}}?)\s*:\s*(?P<dir>{_DIR})\b" + _THEN, re.I
    ),
    re.compile(
        r"^\s*(?:voor|for|bij)\s+(?P<actor>[^:,]{2,50}?),?\s+(?:is het|is dat|is dit|is er|"
        rf"zijn er|it is|it's|there is|is)?\s*(?P<dir>{_DIR})\b" + _THEN,
        re.I,
    ),
    re.compile(
        rf"^\s*(?P<dir>{_DIR})\s+(?:voor|for)\s+(?P<actor>[^:]{{2,50}}?)\s*:\s*(?P<rest>.*)$", re.I
    ),
    # a judgement in everyday words, with "het is"/"it's" ("for residents its great, ...",
    # "voor bewoners is het top, ...")
    re.compile(
        r"^\s*(?:voor|for)\s+(?P<actor>[^:,]{2,40}?)\s+(?:is\s+het|is\s+dat|het\s+is|it'?s|its|"
        r"it\s+is|that'?s|thats)\s+(?:(?:heel|erg|echt|really|very|just|pretty|quite|super|wel|"
        r"best|gewoon)\s+)*(?P<dir>great|good|fine|nice|top|goed|fijn|prima|mooi|handig|helpful|"
        r"bad|terrible|awful|slecht|vervelend|lastig|naar|rot|annoying)\b\s*[:,;\-]\s*"
        r"(?P<rest>\S.*)$",
        re.I,
    ),
)
NEGATIVE_LABELS = (
    "neg", "nade", "risic", "risk", "harm", "min", "zorg", "concern", "-", "−", "–", "ongunstig",
    "bad", "slecht", "down", "not so", "minder",
    "downside", "drawback", "disadvantage", "con",
    "lastig", "nare", "vervelend", "eng", "zorgelijk", "moeilijk", "hard", "tricky", "difficult",
    "problem", "probleem", "catch", "worrying", "flip", "keerzijde", "schaduw", "gevaar", "danger",
    "pain", "knelpunt", "lasten", "bezwaren", "threat", "terrible", "awful", "naar", "rot",
    "annoying", "wat minder", "wat niet", "wat tegen", "niet zo", "less", "what went less",
    "what went wrong", "what went badly", "what went not", "what goes less", "what goes wrong",
    "what goes badly", "what goes not", "what didn", "what did not", "what doesn", "what does not",
)  # fmt: skip

# What a sentence "voor X is het ..." / "for X it is ..." says after its actor when it only
# announces that the effects on X go both ways ("voor de chauffeurs is het dubbel", "for the
# nurses it's mixed"): no effect of its own; the sentences after it are about X.
MIXED_FOR_RE = re.compile(
    r"^\s*(?:(?:het|it|is|'s|zijn|are)\s+)*(?:(?:echt|wel|nogal|een\s+beetje|really|a\s+bit|"
    r"quite|very|pretty)\s+)?(?:dubbel|gemengd|tweeledig|tweeslachtig|tweezijdig|mixed|"
    r"double[- ]edged|two[- ]sided|a\s+mixed\s+bag|een\s+tweesnijdend\s+zwaard|"
    r"a\s+double[- ]edged\s+sword|plus\s+en\s+min|both|allebei|beide)\b[\s.!:;,]*$",
    re.IGNORECASE,
)
# A worry that only names whom it is about ("I also worry about the contractors.", "ik maak me
# ook zorgen om de schoonmakers", "and then there are the cleaners I'm worried about"): no
# effect of its own; the sentences after it tell the effect on them, negative unless said.
WORRY_ABOUT_RE = re.compile(
    r"^\W*(?:(?:and|en|but|maar|also|ook|then|dan)\W+)*(?:"
    r"i(?:'m|\s+am)?\s+(?:also\s+|really\s+|a\s+bit\s+)?(?:worry|worried|concerned|anxious)\s+"
    r"(?:also\s+)?(?:about|for)|"
    r"ik\s+(?:maak\s+me|ben)\s+(?:ook\s+|echt\s+|wel\s+|een\s+beetje\s+)*"
    r"(?:zorgen|bezorgd|ongerust|bang)\s+(?:ook\s+)?(?:om|over|voor)|"
    r"my\s+(?:other\s+|second\s+|biggest\s+)?(?:worry|concern)\s+is|"
    r"mijn\s+(?:andere\s+|tweede\s+|grootste\s+)?zorg\s+is)\s+"
    r"(?P<people>(?:de\s+|het\s+|onze\s+|the\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+){0,3})"
    r"\s*(?:too|also|ook|nog)?\s*[.!:]*\s*$",
    re.IGNORECASE,
)


# A short label before a +/- list typed on one line ("melders: + sneller een reactie / - foto
# wordt verkeerd ingedeeld", "haulage cos: - higher costs, small firms hit hardest / + ..."):
# each item is about the label's people, with its own sign.
LABELLED_SIGNS_RE = re.compile(
    r"^(?P<label>[^:+\-\u2013\u2212.!?]{1,40}?)\s*:\s*(?P<rest>[+\-\u2013\u2212]\s+\w.*[,;/.]\s*"
    r"[+\-\u2013\u2212]\s+\w.*)$"
)
# A new label at the end of an item, after its sentence ends ("... met elkaar. groepsleiders:").
NEXT_LABEL_RE = re.compile(r"[.;]\s+(?P<label>[^.:;,]{1,40}?)\s*:\s*$")

# Sign emoji opening a line, as people bullet gains and losses in a chat ("✅ sneller een besluit",
# "❌ ouderen haken af", "👍 less driving", "⚠️ the bot misses dialect"): read as "+" and "-".
PLUS_EMOJI_LINE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*•][ \t]*)?(?:✅|✔️?|☑️?|👍|➕|🟢|💚)[ \t]*", re.MULTILINE
)
MINUS_EMOJI_LINE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*•][ \t]*)?(?:❌|❎|✖️?|✗|✘|👎|➖|🔴|⛔|⚠️?|🚫)[ \t]*", re.MULTILINE
)
