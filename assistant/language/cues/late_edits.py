"""Cue words for corrections of items recorded before, said in a later message (Dutch and
English): an effect's direction set right ("die ritdata is geen plus voor de fabrikant, het is
een min voor de forenzen", "the municipalities one is wrong, it's the opposite", "dat is juist
negatief"), the last item replaced ("fix the last one: not a leaflet, a short e-learning",
"vervang de laatste: ...") or taken off ("schrap die", "scratch that")."""

from __future__ import annotations

import re

_PLUS = (
    r"(?:plus|pluspunt|voordeel|positief(?:\s+effect)?|positive(?:\s+(?:one|effect))?|upside|"
    r"benefit|advantage|good\s+thing)"
)
_MINUS = (
    r"(?:min|minpunt|nadeel|negatief(?:\s+effect)?|minus|negative(?:\s+(?:one|effect))?|"
    r"downside|disadvantage|bad\s+thing)"
)
_FOR = r"(?:\s+(?:voor|for)\s+(?P<{name}>[^,;]+?))?"
_IS = r"\s+(?:is|are|was|were|zijn|'s)\s+"
# "X is geen plus (voor A), het is een min (voor B)", "X is not a plus for A but a minus for B".
TURNED_SIGN_RE = re.compile(
    rf"^(?P<what>.+?){_IS}(?:geen|not\s+an?|niet\s+een|no)\s+(?P<was>{_PLUS}|{_MINUS})"
    + _FOR.format(name="old")
    + r"\s*(?:[,;:]|\s+maar|\s+but)\s*(?:(?:maar|but)\s+)?(?:(?:het|dat|it|that|they)"
    r"(?:\s+(?:is|zijn|are)|'s|'re)\s+)?(?:juist\s+|eerder\s+|actually\s+|rather\s+|really\s+)?"
    rf"(?:een\s+|an?\s+)?(?P<now>{_PLUS}|{_MINUS})" + _FOR.format(name="who") + r"\s*$",
    re.IGNORECASE,
)
# "the municipalities one is wrong, it's the opposite", "dat effect klopt niet, het is andersom".
_OPPOSITE = (
    r"(?:(?:precies\s+|juist\s+|exactly\s+|just\s+)?(?:the\s+opposite|andersom|omgekeerd|"
    r"het\s+omgekeerde|the\s+other\s+way\s+(?:a)?round|the\s+reverse|reversed))"
)
_WRONG = (
    r"(?:(?:is|was|are)\s+(?:wrong|incorrect|not\s+right|verkeerd|fout|verkeerd\s+om)|"
    r"klopt\s+niet|(?:staat|staan)\s+verkeerd(?:\s+om)?)"
)
OPPOSITE_RE = re.compile(
    rf"^(?P<what>.+?)\s+(?:{_WRONG}\s*(?:[,;:]\s*|\s+)(?:(?:it'?s|its|it\s+is|het\s+is|dat\s+is|"
    rf"they'?re)\s+)?{_OPPOSITE}|(?:is|zijn|are)\s+(?:juist\s+|eigenlijk\s+|actually\s+)?"
    rf"{_OPPOSITE})\b",
    re.IGNORECASE,
)
# "dat is juist negatief", "that one is actually a downside for the drivers": a word that sets
# it right before the new direction.
SET_RIGHT_RE = re.compile(
    rf"^(?P<what>.+?){_IS}(?:juist|eigenlijk|eerder|actually|really|rather|in\s+fact)\s+"
    r"(?:(?:vooral|mainly|mostly|meer|more)\s+)?"
    rf"(?:een\s+|an?\s+)?(?P<now>{_PLUS}|{_MINUS})"
    + _FOR.format(name="who")
    # "..., niet voor de studenten zelf": whom it is not for
    + r"(?:\s*,\s*(?:niet|not)\s+(?:voor|for)\s+[^,;]{1,40})?"
    # then the end, or a tail that says why or what it is ("..., liever in VR dan op dag 1")
    + r"\s*(?=$|[,:]\s)",
    re.IGNORECASE,
)
# A tail after a direction set right that tells of others, not why: it is read as itself.
OTHERS_TAIL_RE = re.compile(r"^(?:maar|but|en\s+ook|and\s+also|wel)\b", re.IGNORECASE)
# What a correction goes on with that says what the effect is, about the same people ("..., it's
# the opposite, they get more wear on their roads", "..., ze krijgen juist meer last").
THEY_LEAD_RE = re.compile(r"^(?:they|ze|zij|die|he|she|hij)\s+\w+", re.IGNORECASE)
PLUS_RE = re.compile(rf"^{_PLUS}$", re.IGNORECASE)
# Words in front of a correction that are no part of it ("correctie:", "wait,", "o ja").
FIX_LEAD_RE = re.compile(
    r"^(?:(?:correctie|correction|wacht|wait|sorry|oops|o\s+ja|oja|oh|nee|no|en|and|ook|also|nog|"
    r"btw|trouwens)\b(?:\s+(?:op|on)\s+[^,:]{1,40}?)?[\s,:!\-]*)+",
    re.IGNORECASE,
)
# Words for the item named by its place or a pronoun ("the municipalities one", "die ritdata").
WHAT_LEAD_RE = re.compile(r"^(?:die|dat|deze|dit|de|het|the|that|this|those|these)\s+", re.I)
WHAT_TAIL_RE = re.compile(
    r"\s+(?:one|effect|effects|thing|point|punt|ding|item|bullet|plus|min|minus)$", re.I
)
PRONOUN_WHATS = frozenset(("dat", "die", "that", "this", "it", "het", "dit", "deze", "that one",
                           "this one", "the last one", "de laatste", "die laatste"))  # fmt: skip
# "fix the last one: not a leaflet, a short e-learning ...", "vervang de laatste door ...",
# "the last one should be: ...": the new text of the last item of the step.
LAST_FIX_RE = re.compile(
    r"^(?:(?:actually|oh|wait|sorry|oops|eigenlijk|nee|no|o|wacht|hmm|ok)[,!]?\s+)*"
    r"(?:(?:fix|change|correct|replace|edit|update|vervang|verander|wijzig|corrigeer|verbeter)"
    r"\s+(?:the\s+|de\s+|die\s+|that\s+)?(?:last|laatste)(?:\s+(?:one|option|optie|effect|item|"
    r"punt|value|waarde|bullet))?|(?:the|de|die)\s+(?:last|laatste)(?:\s+(?:one|option|optie|"
    r"effect|item|punt))?\s+(?:should\s+be|must\s+be|moet\s+(?:zijn|worden)|wordt|becomes))"
    r"(?:\s+(?:to|into|in|naar|door|with))?\s*[:,\-\u2013]?\s+"
    r"(?:(?:not|niet|geen)\s+(?P<old>[^,;]+?)\s*(?:[,;]\s*|\s+(?=but\b|maar\b))"
    r"(?:(?:but|maar)\s+)?)?(?:(?:rather|instead|liever|wel)\s*[:,]?\s+)?(?P<new>.+)$",
    re.IGNORECASE | re.DOTALL,
)
# What "schrap die" and "scratch that" point at: the last item named ("die maar", "that one").
LAST_ITEM_WORDS = frozenset((
    "die", "dat", "deze", "dit", "that", "this", "it", "that one", "this one", "the last one",
    "de laatste", "die laatste", "die ook", "that too", "that as well", "het laatste",
    "the last", "last one", "laatste",
))  # fmt: skip
LAST_ITEM_FILLERS_RE = re.compile(
    r"\s+(?:maar|even|graag|weer|again|please|then|dan|toch|alsjeblieft)$", re.I
)
# A whole message that takes off the last item named ("scratch that", "schrap die maar",
# "die mag weg", "that one can go").
LAST_REMOVE_RE = re.compile(
    r"^(?:(?:nee|no|oh|hmm|ok|oké)[,\s]+)?(?:(?:scratch|schrap|drop|delete|remove|verwijder|"
    r"strike|skip)\s+(?P<target>.+?)(?:\s+(?:weg|eruit))?|haal\s+(?P<target2>.+?)\s+(?:weg|eruit)|"
    r"(?P<target3>die|dat|deze|that(?:\s+one)?|this(?:\s+one)?)\s+(?:mag|kan|moet|can|should|"
    r"may)\s+(?:weg|eruit|vervallen|go|be\s+(?:removed|dropped|scratched)))[.!]*$",
    re.IGNORECASE,
)
# A bare request to take it off, after the part that named what ("..., haal maar weg", "...,
# remove it please"): part of that removal.
BARE_REMOVE_RE = re.compile(
    r"^(?:(?:dus|so|en|and|ok|oké)[,\s]+)?(?:haal\s+(?:het|dat|die|dit)?\s*(?:(?:maar|dan|dus|"
    r"ook)\s+)*(?:weg|eruit)|(?:het|dat|die)\s+mag\s+(?:(?:dus|maar|dan)\s+)*(?:weg|eruit)|"
    r"weg\s+ermee|(?:remove|delete|drop|scratch|strike)\s+(?:it|that)(?:\s+please)?|"
    r"(?:it|that)\s+can\s+go|(?:leave|keep)\s+(?:it|that)\s+out|laat\s+(?:het|dat|die)\s+"
    r"(?:maar\s+)?weg)[\s.!]*$",
    re.IGNORECASE,
)
# One part of a message that takes off an effect, value or option named by a word of it
# ("scratch the travel one", "drop the leaflet option", "schrap die knop", "die knop schrappen",
# "de folder-optie mag eruit").
_WHAT = r"(?P<what>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
_ITEM_NOUN = r"(?:[\s-]?(?:one|effect|option|thing|point|bit|idea|optie|effect|idee|punt))?"
ITEM_REMOVED_RES = (
    re.compile(
        rf"^(?:scratch|drop|delete|remove|strike|lose)\s+(?:the|that|this)\s+{_WHAT}\s+"
        r"(?:one|effect|option|thing|point|bit|idea)(?:\s+(?:too|as\s+well|please))?$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:schrap|verwijder|haal)\s+(?:die|dat|deze)\s+{_WHAT}{_ITEM_NOUN}"
        r"(?:\s+(?:maar|ook|weg|eruit))*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:(?:eigenlijk|toch|ok|oh|o|hmm|nee|en)[,\s]+)*"
        rf"(?:die|dat|deze)\s+{_WHAT}{_ITEM_NOUN}\s+(?:schrappen|weghalen|verwijderen|mag\s+weg|"
        r"mag\s+eruit|kan\s+weg|kan\s+eruit|mag\s+vervallen)$",
        re.IGNORECASE,
    ),
    # taken back as said before ("dat van het verplaatsen neem ik terug", "het punt over de
    # wachttijd trek ik in", "ik neem dat van de kosten terug")
    re.compile(
        r"^(?:(?:wacht|eigenlijk|toch|ok|oh|o|hmm|nee|en)[,\s]+)*(?:(?:dat|die|het|de)\s+"
        r"(?:stuk|punt|effect|ding|verhaal)\s+|dat\s+|die\s+)?(?:van|over|met)\s+"
        rf"(?:het\s+|de\s+|die\s+)?{_WHAT}\s+(?:neem|trek)\s+ik\s+(?:(?:toch|maar|weer|dan|"
        r"eigenlijk)\s+)*(?:terug|in)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:(?:wacht|eigenlijk|toch|ok|oh|o|hmm|nee|en)[,\s]+)*ik\s+(?:neem|trek)\s+"
        r"(?:(?:dat|die|het|de)\s+(?:(?:stuk|punt|effect|ding)\s+)?)?(?:van|over|met)\s+"
        rf"(?:het\s+|de\s+|die\s+)?{_WHAT}\s+(?:(?:toch|maar|weer|dan|eigenlijk)\s+)*"
        r"(?:terug|in)$",
        re.IGNORECASE,
    ),
    # "I take back the bit about people moving", "I'd take back the moving one", "forget the
    # part about the queues"
    re.compile(
        r"^(?:(?:wait|actually|ok|okay|oh|hmm|no)[,\s]+)*(?:i(?:'d|'ll|\s+will|\s+want\s+to|"
        r"\s+would)?\s+(?:take\s+back|withdraw)|(?:scratch|drop|forget|scrap))\s+"
        r"(?:the|that|this|what\s+i\s+said)\s+(?:(?:bit|part|point|thing|one|stuff)\s+)?"
        rf"(?:about|on|of)\s+(?:the\s+)?{_WHAT}(?:\s+(?:too|as\s+well|please))?$",
        re.IGNORECASE,
    ),
)
# An effect told before, said to be no effect but a risk to the speaker's own organisation
# ("die rechtszaak is geen effect", "the hacking thing is really a risk for us, not an
# effect", "dat boetegedoe is een risico voor ons"): taken off.
_DISOWNED_LEAD = r"^(?:(?:ok[eé]?|okay|oh|o|nee|no|wacht|wait|hmm|so|dus|en|and|but|maar)[,\s]+)*"
_FOR_US = r"(?:for|voor)\s+(?:us|ons|our\s+\w+|onze\s+\w+|de\s+organisatie|the\s+organi[sz]ation)"
# A thing called a risk for the organisation itself ("een risico voor ons", "really a legal risk
# for us"): said of an effect taken back.
_RISK_FOR_US = (
    r"(?:(?:really|just|more|echt|eigenlijk|gewoon|meer)\s+)*(?:an?|een)\s+"
    r"(?:[\w-]+\s+){0,2}(?:risk|risico|problem|probleem|issue)\s+" + _FOR_US + r"\b"
)
DISOWNED_EFFECT_RES = (
    re.compile(
        _DISOWNED_LEAD + rf"(?:the|that|this|die|dat|deze|het|de)\s+{_WHAT}{_ITEM_NOUN}\s+"
        r"(?:is|was)\s+(?:(?:really|just|more|echt|eigenlijk|gewoon|meer)\s+)*(?:geen|not\s+an?|"
        r"no)\s+(?:echt\s+|real\s+)?(?:effect|gevolg)$",
        re.IGNORECASE,
    ),
    re.compile(
        _DISOWNED_LEAD + rf"(?:the|that|this|die|dat|deze|het|de)\s+{_WHAT}{_ITEM_NOUN}\s+"
        r"(?:is|was)\s+" + _RISK_FOR_US + r".*$",
        re.IGNORECASE,
    ),
)
# What may follow such a part and says no more ("not an effect", "dat is een risico voor ons",
# "leave it out").
DISOWNED_AFTER_RE = re.compile(
    r"^(?:(?:dat|dit|this|that|it)\s*(?:is|'s)\s+)?(?:(?:geen|not\s+an?|no)\s+(?:echt\s+)?"
    r"(?:effect|gevolg)|" + _RISK_FOR_US + r".*|"
    r"(?:leave|keep)\s+(?:it|that|this)\s+out|laat\s+(?:het|dat|die)\s+(?:maar\s+)?weg)[\s.!]*$",
    re.IGNORECASE,
)
# A direction set right with the word that sets it right after it ("the reading along is
# negative actually", "dat is negatief eigenlijk").
SET_RIGHT_AFTER_RE = re.compile(
    rf"^(?P<what>.+?){_IS}(?:een\s+|an?\s+)?(?P<now>{_PLUS}|{_MINUS})\s+(?:actually|really|"
    r"after\s+all|eigenlijk|toch|juist)\s*(?=$|[,:]\s|[,:]$)",
    re.IGNORECASE,
)
# Someone who calls an effect told before the other way ("LTO actually calls the inspections
# point negative", "de OR noemt dat overzicht juist negatief"): ``speaker`` is no actor of it.
CALLS_IT_RE = re.compile(
    r"^(?P<speaker>.+?)\s+(?:(?:actually|really|eigenlijk|juist|zelf)\s+)?(?:calls|call|noemt|"
    r"noemen|ziet|zien|sees|see|considers|consider|vindt|vinden|finds|find)\s+(?P<what>.+?)\s+"
    rf"(?:(?:juist|eigenlijk|actually|really|eerder|rather)\s+)?(?:een\s+|an?\s+)?(?P<now>{_PLUS}|"
    rf"{_MINUS})\s*(?=$|[,:]\s|[,:]$)",
    re.IGNORECASE,
)
# Someone who disagrees with an effect told before, then says its direction ("the works council
# disagrees on that last one: the skills insight is negative", "de OR is het er niet mee eens:
# dat overzicht is negatief").
DISAGREES_RE = re.compile(
    r"^(?P<speaker>.+?)\s+(?:disagrees?|doesn'?t\s+agree|don'?t\s+agree|sees\s+it\s+differently|"
    r"(?:is|zijn)\s+het\s+(?:er\s+)?(?:helemaal\s+)?niet\s+mee\s+eens|denkt\s+(?:er|daar)\s+"
    rf"anders\s+over)\b[^:]*:\s*(?P<what>.+?){_IS}(?:(?:juist|eigenlijk|actually|really)\s+)?"
    rf"(?:een\s+|an?\s+)?(?P<now>{_PLUS}|{_MINUS})\s*(?=$|[,:]\s|[,:]$)",
    re.IGNORECASE,
)
# Words in front of the effect named that only say whose view it is ("the HV says the speed",
# "mijn collega zegt dat die lijst"): the effect named follows.
VIEW_LEAD_RE = re.compile(
    r"^(?:.+?\s+)?(?:says|say|said|thinks|think|feels|feel|zegt|zeggen|zei|vindt|vinden|denkt|"
    r"denken)\s+(?:that\s+|dat\s+)?",
    re.IGNORECASE,
)
# "dat van de boeren", "the one about the flags", "het punt over de lijst": the effect named by
# the people or thing it is about.
WHAT_OF_RE = re.compile(
    r"^(?:dat|die|that|this|the\s+one|het\s+punt|the\s+point|the\s+bit|dat\s+stuk)\s+(?:van|over|"
    r"of|about|met|with)\s+(?:de\s+|het\s+|the\s+|die\s+|dat\s+)?",
    re.IGNORECASE,
)
# "dat van de boeren klopt niet, dat", "the flags one is wrong, it": the effect named, then that
# it was wrong, before the direction set right.
WRONG_THEN_RE = re.compile(
    r"\s+(?:klopt\s+niet|is\s+(?:wrong|not\s+right|niet\s+goed|fout|verkeerd))\s*,?\s*"
    r"(?:dat|het|it|that|die|this)?$",
    re.IGNORECASE,
)
# A sentence after a direction set right that only agrees with it ("Go with that", "I agree,
# switch it", "I think they're right, so make it negative", "klopt, zet hem op negatief").
AGREED_FLIP_RE = re.compile(
    r"^(?=\w)(?:(?:i\s+agree|agreed|i\s+think\s+(?:they'?re|he'?s|she'?s|that'?s|it'?s)\s+right|"
    r"they'?re\s+right|fair\s+enough|true|klopt|mee\s+eens|ik\s+ben\s+het\s+(?:er\s+)?mee\s+eens|"
    r"terecht|daar\s+ga\s+ik\s+in\s+mee|ze\s+hebben\s+gelijk)[\s,.!]*)*(?:(?:so|dus|then|dan)\s+)?"
    r"(?:go\s+with\s+(?:that|it|them|theirs)|switch\s+it|flip\s+it|change\s+it|turn\s+it\s+round|"
    r"make\s+it\s+(?:negative|positive|a\s+minus|a\s+plus)|zet\s+(?:het|hem|dat|die)\s+(?:maar\s+)?"
    r"op\s+(?:negatief|positief|min|plus)|draai\s+(?:het|hem|dat|die)\s+(?:maar\s+)?om|"
    r"maak\s+(?:er|het|hem)\s+(?:maar\s+)?(?:een\s+)?(?:min|nadeel|negatief|plus|voordeel|"
    r"positief)\s*(?:van)?)?[\s.!]*$",
    re.IGNORECASE,
)
# The words for the item told last ("scratch that last one", "schrap die laatste").
LAST_WORDS = frozenset(("last", "latest", "laatste"))
_SIGN_WORDS = (
    rf"(?:{_PLUS}|{_MINUS}|plussen|minnen|voordelen|nadelen|positives|negatives|upsides|"
    r"downsides|benefits|pluskant|minkant)"
)
# An effect said not to be what it was recorded as, the new direction after it or not ("dat
# van de omgevingsdienst was geen nadeel maar juist een voordeel, ze hoeven ...", "the
# enforcement one isn't a negative", "that's not a downside but an upside, every plan ...").
NOT_THAT_SIGN_RE = re.compile(
    r"^(?P<what>.+?)(?:\s+(?:is|was|are|were|zijn)\s+(?:geen|not\s+an?|niet\s+een|no)|"
    r"\s+(?:isn'?t|wasn'?t|aren'?t|weren'?t)\s+an?|'s\s+not\s+an?)\s+"
    rf"(?P<was>{_PLUS}|{_MINUS})"
    + _FOR.format(name="old")
    + r"(?:\s*(?:[,;:]|\s+maar|\s+but)\s*(?:(?:maar|but)\s+)?(?:(?:het|dat|it|that|they)"
    r"(?:\s+(?:is|zijn|are)|'s|'re)\s+)?(?:juist\s+|eerder\s+|actually\s+|rather\s+|really\s+)?"
    rf"(?:een\s+|an?\s+)?(?P<now>{_PLUS}|{_MINUS})" + _FOR.format(name="who") + r")?"
    r"\s*(?=$|[,:]\s|[,:]$)",
    re.IGNORECASE,
)
# An effect put on the wrong side by mistake ("die van de omwonenden zette ik per ongeluk bij
# min", "I put the parking one under negatives by mistake").
MISPLACED_SIGN_RE = re.compile(
    r"^(?P<what>.+?)\s+(?:zette|zetten|heb|had)\s+ik\s+(?:(?:per\s+ongeluk|verkeerd|abusievelijk|"
    r"eerst|net)\s+)*(?:bij|als|onder|op)\s+(?:de\s+|het\s+)?(?:een\s+)?"
    rf"(?P<was>{_SIGN_WORDS})(?:\s+(?:gezet|neergezet|staan))?|"
    r"^I\s+(?:put|listed|wrote|had)\s+(?P<what2>.+?)\s+(?:down\s+)?(?:as|under|with)\s+(?:the\s+|an?\s+)?"
    rf"(?P<was2>{_SIGN_WORDS})(?:\s+by\s+mistake|\s+wrongly)?"
    r"\s*(?=$|[,:]\s|[,:]$)",
    re.IGNORECASE,
)
# The direction asked for after it was set right ("So put it as positive", "Zet het bij de
# voordelen", "dat hoort bij positief", "make it a plus"): ``now`` the new side.
PUT_AS_RE = re.compile(
    r"^(?:(?:so|dus|then|dan|and|en)\s+)*(?:(?:put|zet|make|maak|move|schuif|list)\s+(?:it|het|"
    r"hem|dat|die|that|this)\s+(?:(?:maar|then|dan|down)\s+)*(?:as|bij|op|onder|under|with|in|to|"
    r"naar)?\s*(?:de\s+|the\s+|a\s+|an\s+|een\s+)?|(?:dat|dit|het|that|it)\s+(?:hoort|belongs|goes)"
    rf"\s+(?:dus\s+|then\s+)?(?:bij|with|under|in|onder)\s+(?:de\s+|the\s+)?)(?P<now>{_SIGN_WORDS})"
    r"(?:\s+(?:van|of))?[\s.!]*$",
    re.IGNORECASE,
)
# Words in front of a correction that name the effect it is about ("about the fixed structure:",
# "over die lijst:", "wat betreft de boetes:").
ABOUT_LEAD_RE = re.compile(
    r"^(?:(?:and|en)\s+)?(?:about|over|regarding|re|wat\s+betreft)\s+(?P<what>[^:,]{3,50}?)\s*[:,]\s+",
    re.IGNORECASE,
)
# A word for the plus side, one or more ("voordelen", "positives").
PLUS_SIDE_RE = re.compile(
    rf"^(?:{_PLUS}|plussen|voordelen|positives|upsides|benefits|pluskant)$", re.IGNORECASE
)
# An item named by a pointer and a word of it alone, to be taken back in the next part ("die
# app, nee toch niet, ...", "that leaflet, no, not after all").
POINTED_ITEM_RE = re.compile(
    rf"^(?:(?:en|and|oh|o|ok)[,\s]+)?(?:die|dat|deze|that|the|this)\s+{_WHAT}{_ITEM_NOUN}$",
    re.IGNORECASE,
)
# What takes the item named just before back ("nee toch niet", "toch niet", "no, not after all").
NOT_AFTER_ALL_RE = re.compile(
    r"^(?:(?:nee|no|hmm|oh)[,\s]+)*(?:toch\s+niet|not\s+after\s+all|laat\s+maar|never\s*mind|"
    r"scratch\s+that|liever\s+niet|rather\s+not|nee|no|nope)[\s.!]*$",
    re.IGNORECASE,
)
# Why an item taken off goes, said right after it in the same sentence: a statement with a
# "not" in it ("de recruiters zien de score niet eens", "we don't need it", "te duur").
REASON_NOT_RE = re.compile(
    r"^(?!(?:en|and|maar|but|plus|wel|voeg|add|ook|also)\b)[^:]{0,80}?\b(?:niet|not|geen|no|"
    r"never|nooit|te\s+(?:duur|veel|zwaar)|too\s+(?:expensive|much|heavy))\b|n't\b",
    re.IGNORECASE,
)
