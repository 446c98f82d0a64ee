"""Cue words for talk about measures that names no measure of its own (Dutch and English): a
measure turned down ("not the newsletter", "dat infomoment voor tuinders niet, daar komt
niemand"), a doubt or a pause ("ik twijfel of dat nodig is", "daar moet ik even over
nadenken", "hm, hadn't thought of that"), measures pointed at where they were written ("die
afspraken uit de notulen zijn er twee", "the two actions from the minutes stand") and a
proposal picked by a word alone ("the appeal one too", "het camera-idee hierboven, ja") and the
direction of an effect set ("zet het maar als negatief", "keep it negative for the job loss");
talk about options and their kinds ("a design thing - ...", "is dat context of design?"), a
short comment on the measure before ("dat scheelt een hoop") and chatter among options ("ja
lastig", "let's go through it then")."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind

_LEAD = r"^\W*(?:(?:en|and|maar|but|ok[eé]?|nou|well|hm+|so|dus|ja|yes|nee|no)\W+)*"
_POINTER = r"(?:the|that|this|those|de|het|die|dat|deze|dit)"
# A measure turned down by what it is: "not the newsletter", "niet die brief aan iedereen",
# "dat infomoment voor tuinders niet", "the dashboard, no" - unless a measure takes its place
# in the same words ("niet de brief maar een telefoontje", "not X, rather Y").
DECLINED_MEASURE_RES = (
    re.compile(_LEAD + rf"(?:not|niet)\s+{_POINTER}\b", re.IGNORECASE),
    re.compile(
        _LEAD + rf"{_POINTER}\s+(?:[\w'/-]+\s+){{0,8}}?(?:niet|no|not)\s*(?:[,.;:!]|$)",
        re.IGNORECASE,
    ),
)
INSTEAD_RE = re.compile(
    r"\b(?:maar|but|liever|rather|instead|in\s+plaats|wel|alleen|only|just|enkel|slechts)\b",
    re.IGNORECASE,
)
# A measure offered with a doubt is still one ("not sure, maybe a buddy for new staff").
HEDGED_MEASURE_RE = re.compile(r"\b(?:misschien|wellicht|mss|maybe|perhaps)\b", re.IGNORECASE)
# A doubt or a pause about a measure or a kind, no measure itself: "ik twijfel of dat nodig
# is", "daar moet ik even over nadenken", "hadn't thought of that", "not sure", "geen idee".
DOUBT_RE = re.compile(
    r"\b(?:ik\s+twijfel|i\s+doubt|(?:moet|wil)\s+ik\s+(?:nog\s+)?(?:even\s+)?(?:over\s+)?"
    r"nadenken|(?:need|have)\s+to\s+think|let\s+me\s+think|(?:hadn'?t|had\s+not|never)\s+"
    r"thought\s+(?:of|about)|had\s+ik\s+(?:nog\s+)?niet\s+(?:aan\s+)?gedacht|weet\s+ik\s+"
    r"(?:nog\s+)?niet|(?:i'?m\s+)?not\s+sure|geen\s+idee|no\s+idea|kan\s+niet\s+zoveel|"
    r"can'?t\s+do\s+(?:much|a\s+lot))\b",
    re.IGNORECASE,
)
DOUBT_WORDS = 10  # "Voor de mensen zelf, daar moet ik even over nadenken": no room for a measure
# Measures pointed at where they were written, not said again: "die afspraken uit de notulen",
# "the two actions from the minutes stand", "the measures in the mail".
WRITTEN_ELSEWHERE_RE = re.compile(
    r"\b(?:afspraken|acties|actiepunten|maatregelen|punten|actions|action\s+points|"
    r"agreements|measures|points)\s+(?:uit|in|van|from|in|of)\s+(?:de|het|die|dat|the|that)\s+"
    r"(?:notulen|verslag|mail|e-?mail|memo|brief|stuk|minutes|notes|letter|report)\b",
    re.IGNORECASE,
)
WRITTEN_ELSEWHERE_WORDS = 9
# A proposal picked by a word alone: "the appeal one too", "the camera idea above, yes", "the
# training one, not the dashboard", "die met de audit wil ik wel", "het camera-idee, ja".
PICKED_BY_WORD_RE = re.compile(
    _LEAD + rf"{_POINTER}\s+(?:[\w'/-]+\s+){{0,2}}?(?:[\w'/-]+[- ])?(?:one|idea|thing|idee|ding|"
    r"voorstel|optie|option)\b(?:\s+(?:above|too|as\s+well|also|ook|hierboven|van\s+(?:jou|je|"
    r"u)|from\s+(?:you|above)))*\W*(?:(?:yes|ja|graag|please|too|ook|wel|prima|fine|ok[eé]?)\W*)*"
    rf"(?:(?:not|niet)\s+{_POINTER}\s+[\w'/-]+(?:\s+[\w'/-]+)?\W*)?$",
    re.IGNORECASE,
)
# The direction of an effect set, no measure: "zet het maar als negatief", "keep it negative for
# the job loss but add the positive one", "mark that one as positive", "noteer die als min".
DIRECTION_SET_RE = re.compile(
    _LEAD + r"(?:zet|noteer|maak|houd|hou|laat|keep|mark|make|put|leave|note|record)\s+"
    r"(?:het|it|dat|that|die|this|dit|deze|the\s+\w+(?:\s+one)?)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:als|as|op)\s+)?(?:een\s+|a\s+)?(?:negatie[fv]e?|positie[fv]e?|negative|positive|min|"
    r"plus|minus)(?=\s*(?:$|[,.;!]|(?:for|voor|bij|but|maar|then|dan|staan)\b))",
    re.IGNORECASE,
)
# Talk about options that names no measure itself: a lead before a dash or colon ("one small
# thing - ...", "a design thing - ...", "aanvulling op de mens-optie - ...", "from the other
# kinds: ..."), a remark on a kind ("that's a contract thing i guess", "is dat context of
# design?"), a pointer to options told elsewhere ("the three actions from the minutes are our
# options", "opties die ik zelf al had"). Words of the kinds themselves are in KIND_TALK_WORDS.
OPTION_TALK_WORDS = frozenset((
    "option", "options", "optie", "opties", "thing", "things", "ding", "dingen", "dingetje",
    "kwestie", "matter", "more", "meer", "nog", "small", "little", "klein", "kleine", "klein",
    "another", "other", "others", "andere", "ander", "extra", "side", "kant", "kinds", "soorten",
    "from", "uit", "on", "op", "aanvulling", "addition", "to", "aan", "guess", "suppose", "say",
    "zeg", "volgens", "mij", "my", "mijn", "our", "onze", "ons", "own", "eigen", "zelf", "al",
    "already", "had", "have", "got", "heb", "hebben", "meteen", "straight", "away", "right",
    "actually", "eigenlijk", "change", "verander", "wijzig", "pas", "replace", "vervang",
    "actions", "action", "points", "actiepunten", "actiepunt", "acties", "minutes", "notulen",
    "meeting", "overleg", "vergadering", "same", "hetzelfde", "dezelfde", "zelfde", "two",
    "three", "four", "twee", "drie", "vier", "or", "which", "welke", "there", "daar", "nog",
    "one", "een", "wait", "wacht", "oh", "o", "hmm", "k", "kk", "next", "volgende", "verder",
    "whether", "of", "bedoel", "mean", "meant", "would", "be", "zijn", "is", "are", "was", "wat",
    "what", "hoort", "belongs", "fits", "past", "onder", "under", "a", "an", "ours", "mine",
    # closing remarks: "ok, rond maar af", "anders mag je afronden", "you can wrap up"
    "rond", "afronden", "afsluiten", "wrap", "up", "finish", "anders", "otherwise", "mag", "je",
    "you", "can", "may", "genoeg", "enough", "mis", "missing", "iets", "something", "anything",
    # agreeing, taking over, denying: "jep neem over", "we'd do all five", "no, that's not true"
    "jep", "yep", "yup", "over", "your", "ones", "we're", "we'd", "we've", "five", "vijf", "no",
    "nee", "not", "true", "klopt", "done",
    # a stance: "de actiepunten zijn wat mij betreft de opties", "as far as I'm concerned"
    "betreft", "far", "i'm", "concerned",
    # talk about how to go on with the options: "let's do both then", "I've got some", "yours
    # first", "stel maar iets voor", "dan ben ik voor nu klaar", "idk", "geef maar een lijst met
    # opties, per soort"
    "idk", "dunno", "both", "allebei", "beide", "let's", "lets", "do", "doen", "then", "dan",
    "yours", "jouw", "jij", "first", "eerst", "i've", "got", "some", "stel", "voor", "maar",
    "ben", "klaar", "nu", "for", "now", "ik", "i", "give", "geef", "list", "lijst", "met", "per",
    "soort", "sort", "kind", "type", "ready", "go", "ahead", "er", "paar", "few", "couple", "de",
    "het", "the", "jouwe", "but", "myself", "mezelf",
    # a pointer to measures listed in what was pasted: "in de notulen stonden ook actiepunten,
    # die wil ik als opties", "the minutes also had action points, I want those as options"
    "in", "stonden", "stond", "staan", "stood", "were", "had", "ook", "also", "die", "those",
    "these", "deze", "wil", "want", "als", "as", "points", "items", "punten", "verslag",
    # "de actiepunten uit de notulen zijn toch al opties?", "all of them from the minutes"
    "toch", "van", "all", "alle", "allemaal", "them", "ze",
    # the step named as a heading: "ok maatregelen.", "right, measures then"
    "measure", "measures", "maatregel", "maatregelen", "handelingsoptie", "handelingsopties",
    # "de actiepunten zijn wat mij betreft de opties", "as far as I'm concerned"
    "betreft", "far", "i'm", "concerned",
    # measures pointed at that stay: "the two actions from the minutes stand", "die afspraken
    # uit de notulen wil ik trouwens houden", "the agreements in the minutes remain"
    "stand", "stands", "remain", "stay", "houden", "behouden", "blijven", "trouwens", "anyway",
    "afspraken", "agreements",
))  # fmt: skip
# The end of a word that names a meeting or its minutes ("collectievenoverleg", "teamvergadering",
# "board meeting"): talk about where options stand, no measure.
MEETING_WORD_ENDS = ("overleg", "vergadering", "verslag", "notulen", "meeting", "minutes")
# Words that make a lead talk about options (not a mere "maar:" or "ok so:" before an effect).
OPTION_TALK_MARKERS = frozenset((
    "option", "options", "optie", "opties", "thing", "things", "ding", "dingen", "dingetje",
    "kwestie", "matter", "side", "kant", "kinds", "soorten", "aanvulling", "addition", "actions",
    "actiepunten", "acties", "minutes", "notulen", "extra", "another", "andere", "more", "meer",
    "small", "klein", "kleine", "add", "voeg", "ours",
))  # fmt: skip
# The names of the kinds in talk about options ("a design thing", "op de mens-optie", "on the
# context side"): the kind of the measure that follows.
KIND_TALK_WORDS: dict[str, OptionKind] = {
    "design": "design", "ontwerp": "design", "technology": "design", "technologie": "design",
    "techniek": "design", "technical": "design", "technische": "design", "tech": "design",
    "environment": "environment", "omgeving": "environment", "context": "environment",
    "organisation": "environment", "organization": "environment", "organisatie": "environment",
    "human": "human", "mens": "human", "menselijke": "human", "user": "human",
    "gebruiker": "human", "people": "human",
}  # fmt: skip
# The word a remark names a kind of option by ("a contract thing", "een contractding"): the
# word before it is that kind's name, not a measure.
KIND_NOUNS = frozenset(("thing", "ding", "kwestie", "matter", "side", "kant", "optie", "option"))
# Where a lead about options ends and the measure begins: a colon or a dash between spaces.
LEAD_END_RE = re.compile(r"\s*:\s+|\s+[\u2013\u2014-]\s+")
# A short comment on the measure before ("That would solve a lot", "dat scheelt een hoop"): it
# points back and names no measure of its own.
COMMENT_BACK_RE = re.compile(
    r"^(?:that'?s\b|(?:that|this|dat|dit|which|wat|het)\s+(?:would|will|could|should|zou|zal|"
    r"kan|scheelt|helps|helpt|solves|lost|is|sounds|klinkt)\b)",
    re.IGNORECASE,
)
COMMENT_WORDS = 7
# Such a comment that says what the measure is or where it lies ("that's policy at ministry
# level", "dat is iets voor de gemeente"): a comment even with words of a kind in it.
COMMENT_IS_RE = re.compile(r"^(?:that'?s|(?:that|this|dat|dit)\s+is)\s+(?!not\b|niet\b)", re.I)
# Chatter among options that names no measure ("ja lastig", "let's go through it then", "kan
# dat een waarde zijn?", "hmm tricky", "met vriendelijke groet", "haha, gewoonte"): no option.
OPTIONS_CHATTER_RE = re.compile(
    r"^(?:(?:ja|yes|ok[eé]?|okay|nou|well|hmm+|ah|oh|tja|pff)\s*[,!.]*\s*)*"
    r"(?:(?:lastig|moeilijk|tricky|hard|difficult|pittig)(?:\s+(?:hoor|one|hè|he))?|"
    r"let'?s\s+(?:go\s+through|do|look\s+at)\s+(?:it|this|them|that)(?:\s+(?:then|now))?|"
    r"laten\s+we\s+(?:ze|het|die)\s+(?:dan\s+|maar\s+)*(?:doorlopen|doen|bekijken)|"
    r"(?:kan|mag|is)\s+dat\s+(?:ook\s+)?een\s+waarde(?:\s+zijn)?|"
    r"(?:can|could|is)\s+(?:that|this)\s+(?:also\s+)?(?:be\s+)?a\s+value|"
    r"(?:goed|terecht|sterk)\s+punt|(?:good|fair|valid)\s+point|"
    # the close of a mail pasted or typed out of habit ("Met vriendelijke groet", "Kind
    # regards"), and a laugh at oneself ("haha, gewoonte", "lol, habit")
    r"(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?|(?:kind|best|warm)\s+regards|"
    r"(?:ha){2,}\s*[,!.]*\s*(?:[\w']+\s*){0,2}|lol\s*[,!.]*\s*(?:[\w']+\s*){0,2})\s*[?.!]*$",
    re.IGNORECASE,
)
# Remarks at the options step that name no measure (Dutch and English).
# A verdict on the assistant's proposals without a measure of its own: "nee, daar heb ik niks
# aan", "te algemeen, niet overnemen", "dit past niet bij ons", "too generic", "the rest doesn't
# fit a small club", "the second I'd skip", "is te vaag voor een toezichthouder".
PROPOSALS_JUDGED_RE = re.compile(
    r"\b(?:(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:niks|niets)\s+aan|daar\s+(?:heb|hebben)\s+"
    r"(?:ik|we|wij)\s+(?:niks|niets)\s+aan|te\s+(?:algemeen|vaag|abstract|generiek)|niet\s+"
    r"overnemen|past\s+niet\s+bij\s+(?:ons|onze|mij)|passen\s+niet\s+bij\s+(?:ons|onze|mij)|"
    r"too\s+(?:generic|vague|general|abstract)|(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+fit\s+"
    r"(?:us|our|a|an|the|here)\b|(?:i'?d|i\s+would|we'?d|we\s+would)\s+skip|sla\s+ik\s+over)",
    re.IGNORECASE,
)
# "Als er iets over X tussen zit: niet doen", "if there's anything about X in there, don't":
# a proposal turned down before it is read, no measure.
PROPOSAL_RULED_OUT_RE = re.compile(
    r"^\W*(?:als|if)\s+(?:er\s+)?(?:there'?s\s+|there\s+is\s+)?(?:iets|something|anything)\b"
    r"(?=.{0,80}?\b(?:tussen\s*(?:zit|staat)|in\s+there|among\s+them)\b).{0,100}?[:,]\s*"
    r"(?:niet\s+doen|schrappen|weglaten|don'?t|skip\s+it|leave\s+it\s+out)\b",
    re.IGNORECASE,
)
# Time pressure or a request about the reply, no measure: "houd het graag kort", "keep it short",
# "kom maar met opties".
REPLY_WISH_RE = re.compile(
    r"\b(?:hou(?:d)?\s+het\s+(?:graag\s+|even\s+|wel\s+)?(?:kort|beknopt)|kort\s+houden|keep\s+it\s+"
    r"(?:short|brief)|be\s+brief)\b|^\W*(?:kom\s+maar\s+(?:op\s+)?met|come\s+up\s+with|let'?s\s+"
    r"(?:hear|see)|show\s+me)\s+(?:\w+\s+)?(?:opties|ideeën|voorstellen|options|ideas|proposals|"
    r"suggestions)\W*$",
    re.IGNORECASE,
)
# An effect said again at the options step: "ik zei het al, maar X blijft mijn grootste zorg",
# "as I said before, that worry about the fee is real".
CONCERN_REPEATED_RE = re.compile(
    r"^\W*(?:(?:zoals\s+)?ik\s+(?:zei|zeg)\s+(?:het\s+)?(?:al|eerder|net)|zoals\s+gezegd|"
    r"zoals\s+ik\s+(?:al|eerder|net)\s+(?:zei|zeg)|"
    r"(?:as|like)\s+i\s+said(?:\s+(?:before|earlier))?)\b.*\b(?:zorg|zorgen|bang|worry|worries|"
    r"worried|concern|concerns|afraid)\b",
    re.IGNORECASE,
)
# A side remark beside the options: a matter left for later ("maar dat is een andere
# discussie", "that's for another day"), whether it is allowed at all ("mag dat eigenlijk wel",
# "can we even legally ..."), or a guess that others have it ("ik meen dat Denemarken zoiets
# heeft", "I think Ghent has something like this"), or the speaker's lasting feeling ("ik blijf
# het wel spannend vinden").
ASIDE_AT_OPTIONS_RE = re.compile(
    r"\b(?:(?:dat|that)\s+is\s+(?:een\s+|a\s+)?(?:andere|another|different|separate|aparte)\s+"
    r"(?:discussie|discussion|kwestie|matter|story|verhaal)|(?:that'?s|that\s+is)\s+for\s+another"
    r"\s+(?:day|time)|mag\s+(?:dat|dit|het)\s+(?:eigenlijk\s+)?(?:wel|zomaar)|(?:can|could|may)\s+"
    r"we\s+even\s+(?:legally|lawfully)|is\s+(?:that|this|it)\s+even\s+(?:legal|allowed))\b|"
    r"^\W*(?:ik\s+meen|ik\s+denk|volgens\s+mij|i\s+think|i\s+believe)\b.{0,40}\b(?:zoiets|"
    r"iets\s+(?:vergelijkbaars|soortgelijks)|something\s+(?:like\s+(?:this|that)|similar))\b"
    r"[^,;:]{0,20}$|^\W*ik\s+(?:blijf|vind)\s+(?:het|dit|dat)\s+(?:wel\s+|toch\s+|nog\s+(?:steeds\s+)?"
    r")*(?:spannend|eng|lastig|moeilijk|ingewikkeld)\b",
    re.IGNORECASE,
)
# A short word that a measure before must be in ("dat moet erin", "that has to be in there").
MUST_BE_IN_RE = re.compile(
    r"^\W*(?:dat|dit|die|that|this)\s+(?:moet|moeten|must|should|has\s+to|needs\s+to)\s+"
    r"(?:er\s*in|erbij|er\s+ook\s+in|be\s+in(?:\s+there)?|go\s+in)\W*$",
    re.IGNORECASE,
)
REMARK_AT_OPTIONS_WORDS = 18  # longer: room for a measure beside the remark
# A clause that counts the measure just said among the options ("...; dat wil ik als maatregel
# tegen het blind varen meenemen", "die zie ik als optie", "I'd count that as an option too",
# "I regard that as a measure for ..."): it names no measure of its own, and the measure it
# points back at is an option, even where it is told as a decision already taken.
_CLAIMED = (
    r"(?:een\s+|de\s+|mijn\s+|an?\s+|one\s+of\s+(?:the|my)\s+|the\s+|my\s+)?(?:handelings)?"
    r"(?:optie|opties|maatregel|maatregelen|option|options|measure|measures)\b"
)
OPTION_CLAIM_RE = re.compile(
    r"^\W*(?:(?:en|maar|ook|and|but|so)\s+)?(?:"
    r"(?:dat|die|dit|deze|het)\s+(?:wil|zie|tel|reken|neem|beschouw|noem|zou|zet)\s+(?:ik|we|wij)"
    r"\s+(?:[\w'-]+\s+){0,3}?(?:als|tot|bij|onder)\s+"
    r"|ik\s+(?:wil|zie|tel|reken|neem|beschouw|noem|zou|zet)\s+(?:[\w'-]+\s+){0,2}?(?:dat|die|dit|"
    r"het)\s+(?:[\w'-]+\s+){0,2}?(?:als|tot|bij|onder)\s+"
    r"|(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+also|\s+do)?\s+(?:also\s+|like\s+to\s+|want\s+to\s+)?"
    r"(?:see|count|regard|consider|treat|want|take|include|list|put|class|classify|keep|add)\s+"
    r"(?:that|this|it|those|these)\s+(?:[\w'-]+\s+){0,2}?(?:as|among|with)\s+"
    r"|(?:that|this|it|which)\s+(?:counts|could\s+count|would\s+count|should\s+count)\s+as\s+"
    r")" + _CLAIMED + r"[^:;]{0,80}$",
    re.IGNORECASE,
)
