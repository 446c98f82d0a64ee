"""Sentences said beside the effects that are no effect (Dutch and English): a fact corrected, a
joke or an aside told with a laugh, a remark that something hardly matters, and facts of the
case's funding or legal basis."""

from __future__ import annotations

import re

# A figure set straight ("die score is 21%, niet 23", "there are 40 of them, not 45", "it's not
# 60 officers, 45", "I said
# 40,000 parcels, it's more like 28,000"), or the speaker taking back what they said ("schrap
# dat", "scratch that", "anders dan ik zei", "other than I said").
FIGURE_CORRECTED_RE = re.compile(
    r"\d[\d.,]*\s*%?(?:\s+[\w'-]+){0,3}?\s*,?\s*(?:en\s+|and\s+)?(?:niet|not)\s+\d|"
    r"\b(?:niet|not|geen)\s+\d[\d.,]*\s*%?(?:\s+[\w'-]+)?(?:\s*,\s*|\s+)(?:maar\s+|but\s+)?\d|"
    r"\b(?:ik\s+zei|ik\s+schreef|i\s+said|i\s+wrote)\b[^.?!]{0,30}?\d",
    re.IGNORECASE,
)
RETRACTED_RE = re.compile(
    r"\b(?:schrap\s+dat|streep\s+dat\s+door|vergeet\s+dat\s+maar|scratch\s+that|strike\s+that|"
    r"forget\s+(?:i\s+said\s+)?that)\b",
    re.IGNORECASE,
)
# A clause that only says the sentence differs from what was said before ("..., maar anders dan
# ik zei", "..., unlike what I said earlier").
SAID_OTHERWISE_RE = re.compile(
    r"^\W*(?:(?:maar|but|en|and)\s+)?(?:anders\s+dan\s+(?:ik|we)\s+(?:eerder\s+)?(?:zei|"
    r"schreef|zeiden)|(?:other\s+than|unlike\s+what|not\s+what)\s+(?:i|we)\s+(?:said|wrote)"
    r")(?:\s+(?:eerder|before|earlier))?\W*$",
    re.IGNORECASE,
)
# A sentence that is only a figure ("45.", "ca. 300"): the answer to a correction, no effect.
BARE_FIGURE_RE = re.compile(r"^\W*(?:ca\.?\s*|about\s+|zo'?n\s+)?\d[\d.,]*\s*%?\W*$", re.I)
# A laugh ("haha", "hihi", "hehe"): the sentence is a joke or an aside, not an effect told.
LAUGH_RE = re.compile(r"\b(?:ha\s?){2,}\b|\b(?:hi){2,}\b|\b(?:he){2,}\b", re.IGNORECASE)
# A comma before a laugh that opens an aside ("bewoners voelen zich bekeken, haha niet echt
# leuk"): the aside is a sentence of its own, what comes before it is said in earnest.
LAUGH_ASIDE_RE = re.compile(r"\s*,\s*(?=(?:ha\s?){2,}\b|(?:hi){2,}\b|(?:he){2,}\b)", re.I)
# An emoticon, an emoji or a chat laugh ("... zelf :) maar ...", "bird droppings lol, so ...",
# "top 👍"): a mood, no words of the item; where text follows it ends the sentence.
EMOTICON_RE = re.compile(
    r"[ \t]*(?:(?<![\w:/])[:;=][-'^]?[)(DPp|\]\[/]+(?![\w/])|"
    r"(?<=\s)(?:lol|lmao|rofl|xd)(?=\s*(?:[,.!?]|$))|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+)",
    re.IGNORECASE,
)
# A sound of hesitation that opens a sentence ("hmm also the neighbours ...", "uhm, de boeren
# ...", "eh. ja."): no word of what follows; alone it stays (a reply of its own).
HESITATION_RE = re.compile(
    r"(?:^[ \t]*|(?<=[.!?][ \t]))(?:h+m+|u+h*m+|u+h+|e+h+m*|e+u+h+|e+r+m+)"
    r"\b[,.!…]*[ \t]+(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
# Someone's words or doings reported ("hij zei dat ...", "she told me", "plakte er een sticker
# op"): a story around the laugh, not an effect told with a laugh.
REPORTED_RE = re.compile(
    r"\b(?:zei|zegt|zeiden|vertelde|riep|plakte|said|says|told|shouted|stuck)\b", re.IGNORECASE
)
# A sentence about a joke itself ("it wasn't a joke", "haar grap is niet eens zo gek").
JOKE_RE = re.compile(
    r"^\W*(?:(?:maar|but|and|en)\s+)?(?:(?:[\w']+\s+){0,2}?(?:joke|grap|grapje)\b|"
    r"(?:it|that|this|het|dat|dit)\s+(?:was|is|wasn't|isn't|was\s+not|is\s+not|was\s+geen|"
    r"is\s+geen)\s+(?:a\s+|een\s+|just\s+a\s+)?(?:joke|grap|grapje)\W*$)",
    re.IGNORECASE,
)
# A remark that something hardly matters ("doesn't change much", "maakt weinig uit").
HARDLY_MATTERS_RE = re.compile(
    r"^\W*(?:(?:maar|but|and|en|ok|oké|anyway)\W+)?(?:(?:it|that|this|dat|dit|het)\s+)?"
    r"(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+(?:change|matter)\s+(?:much|a\s+lot|anything)|"
    r"^\W*(?:(?:maar|en)\W+)?(?:(?:dat|dit|het)\s+)?(?:maakt|verandert)\s+(?:niet\s+(?:veel|zoveel)"
    r"|weinig)\b",
    re.IGNORECASE,
)
# Who pays for the case ("de gemeente betaalt mee via de wmo", "het waterschap betaalt uit het
# klimaatbudget", "it is paid for by the ministry") and its legal basis ("the legal basis is
# ...", "juridisch vallen we onder de wet X"): facts of the case, no effect on anyone.
FUNDING_RE = re.compile(
    r"\b(?:betaalt|betalen|financiert|financieren)\s+(?:het\s+|dit\s+|het\s+project\s+)?"
    r"(?:mee\s+)?(?:via|uit)\b|(?:\b(?:is|are|gets?|wordt|worden)|'s)\s+(?:paid(?:\s+for)?|funded|"
    r"financed|betaald|gefinancierd)\s+(?:by|from|through|via|uit|door)\b",
    re.IGNORECASE,
)
# How long people have done their work, said of them ("die dit al dertig jaar doen", "they
# have been doing this for 30 years"): who they are, not an effect.
TENURE_RE = re.compile(
    r"\b(?:dit|dat|het)\s+al\s+(?:\d+|[a-z]+tig|tien|twaalf|vijftien|jaren|decennia)\s+"
    r"(?:jaar\s+)?(?:doen|doet|deden|deed)\b|"
    r"\b(?:doen|doet|deden|deed)\s+(?:dit|dat|het)\s+al\s+(?:\d+|[a-z]+tig|tien|twaalf|"
    r"vijftien|jaren|decennia)\b|"
    r"\b(?:been\s+doing|done|do|did)\s+(?:this|that|it)\s+for\s+(?:\d+|[a-z]+ty|ten|twelve|"
    r"fifteen|many|years|decades)\b|"
    # one person's years at it, told in a story ("hij loopt al dertig jaar met een stok door
    # het land", "she has been walking these fields for thirty years")
    r"^\W*(?:en\s+|and\s+)?(?:hij|zij|ze|die)\s+(?:\w+\s+){0,2}?al\s+(?:\d+|[a-z]+tig|tien|"
    r"twaalf|vijftien|jaren|decennia)\s+jaar\b|"
    r"^\W*(?:and\s+)?(?:he|she|they|who)\s+(?:has|have|had|'s|'ve)\s+(?:been\s+\w+|worked|"
    r"walked|lived)\b[^.,;]*?\bfor\s+(?:\d+|[a-z]+ty|ten|twelve|fifteen|many)\s+years\b",
    re.IGNORECASE,
)
LEGAL_BASIS_RE = re.compile(
    r"\b(?:legal\s+basis|legal\s+ground|wettelijke\s+(?:basis|grondslag)|juridische\s+"
    r"(?:basis|grondslag)|grondslag\s+is)\b|^\W*(?:juridisch|legally)\b[^.?!]{0,20}?\b(?:vallen|"
    r"valt|falls?|comes?)\s+(?:\w+\s+)?(?:onder|under)\b|"
    # what a law or regulation says, or a right given under one, mentioned in passing ("the
    # housing decree only says we must inspect", "de Omgevingswet zegt alleen dat ...", "the
    # staff council has a say under the Works Councils Act", "op grond van de Wet X")
    r"\b(?:the|de|het|die|that|this|dit|deze)\s+(?:[\w'-]+\s+){0,4}?[\w'-]*(?:act|wet|decree|"
    r"besluit|regeling|regulation|verordening|law|directive|richtlijn)\s+(?:only\s+|alleen\s+|"
    r"just\s+|ook\s+|also\s+)?(?:says|zegt|requires|vereist|states|stelt|schrijft)\b|"
    r"\b(?:under|onder)\s+the\s+(?:[\w'-]+\s+){0,4}?(?:act|law|regulation|decree|directive)\b|"
    r"\b(?:op\s+grond\s+van|krachtens)\s+(?:de|het)\s+(?:[\w'-]+\s+){0,3}?[\w'-]*(?:wet|besluit|"
    r"regeling|verordening)\b",
    re.IGNORECASE,
)
# A decision taken earlier by a board or council, mentioned in passing ("because the board
# decided in 2021 that costs must fall", "het college heeft vorig jaar besloten dat ...", "de
# raad nam een motie aan"): why the case exists, no effect on anyone.
EARLIER_DECISION_RE = re.compile(
    r"\b(?:heeft|hebben|had|hadden|has|have|had)\s+(?:[\w'-]+\s+){0,4}?(?:besloten|decided)\s+"
    r"(?:dat|that)\b|\b(?:besloot|besloten|decided)\s+(?:in|sinds|since)\s+\d{4}\b|"
    r"\b(?:in|sinds|since)\s+\d{4}\s+(?:\w+\s+){0,2}?(?:besloten|decided)\b|"
    r"\b(?:motie|motion)\b[^.!?]{0,40}\b(?:aangenomen|passed|adopted|carried)\b|"
    r"\b(?:nam|namen|neemt|adopted|passed)\s+(?:[\w'-]+\s+){0,3}?(?:motie|motion)\b",
    re.IGNORECASE,
)
# The party that pays, named in a sentence about funding ("de gemeente betaalt mee via de wmo",
# "it is paid for by the ministry"): someone involved in the case.
PAYER_RE = re.compile(
    r"^\W*(?:(?:en|and|ook|also)\s+)*(?P<who>(?:de\s+|het\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:betaalt|betalen|financiert|financieren|pays|funds)\b|"
    r"\b(?:paid(?:\s+for)?|funded|financed|betaald|gefinancierd)\s+(?:by|door)\s+"
    r"(?P<who2>(?:de\s+|het\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?)",
    re.IGNORECASE,
)
# A doubt about what was said before, alone ("not sure about that one", "weet ik niet zeker
# van die laatste"): no name and no effect.
DOUBT_ONLY_RE = re.compile(
    r"^\W*(?:(?:but|maar|hmm+|well|nou)\W+)?(?:i'?m\s+|ik\s+ben\s+)?(?:not\s+(?:so\s+)?sure|"
    r"niet\s+(?:zo\s+)?zeker|no\s+idea|geen\s+idee|(?:dat\s+)?weet\s+ik\s+niet(?:\s+zeker)?)"
    r"(?:\s+(?:about|over|of|van)\s+(?:that|this|it|dat|dit|die|deze)(?:\s+(?:one|een|laatste|"
    r"last\s+one|point|punt))?)?\W*$",
    re.IGNORECASE,
)
# A remark on the text pasted before itself ("the memo is a bit thin on who's involved", "de
# mail zegt niks over de kosten", "die notulen zijn wat kort", "the letter doesn't mention the
# drivers"): about the document, no effect; what it lacks may follow as items of their own.
DOCUMENT_REMARK_RE = re.compile(
    r"^\W*(?:(?:maar|but|en|and|ok[eé]?|well|nou|hmm+)\W+)*(?:the|that|this|die|dat|de|het|deze|"
    r"dit|his|her|their|zijn|haar|hun)\s+(?:memo|mail|e-?mail|letter|brief|minutes|notulen|"
    r"verslag|notes|aantekeningen|thread|chat|log|stuk|document|doc)\s+(?:is|zijn|are|was|"
    r"says|said|zegt|zei|mentions|noemt|misses|mist|lacks|doesn'?t|does\s+not|didn'?t|heeft|"
    r"has|gaat|goes|staat|stays|blijft)\b",
    re.IGNORECASE,
)
# A party's concern about the case as a whole, opening what it writes ("Het ROCOV maakt zich
# zorgen over het cashloos maken van de bus", "The tenants' association has concerns about the
# app"): the topic of a pasted letter; the effects follow it. The party and the thing it is
# about, named with an article (not "... is worried about fraud").
CONCERN_TOPIC_RE = re.compile(
    r"^\W*(?P<who>(?:(?:de|het|onze|the|our)\s+)?[\w'&-]+(?:\s+[\w'&-]+){0,2}?)\s+(?:"
    r"(?:maakt|maken)\s+zich\s+(?:grote\s+|ernstige\s+|wel\s+)?zorgen|(?:heeft|hebben)\s+"
    r"(?:grote\s+|ernstige\s+)?zorgen|(?:has|have)\s+(?:serious\s+|some\s+|grave\s+)?"
    r"concerns|(?:is|are)\s+(?:seriously\s+|very\s+)?(?:concerned|worried))\s+(?:over|about|om)\s+"
    r"(?P<what>(?:de|het|dit|deze|die|dat|the|this|these|that|those)\s+[^,;:.!?]{3,60})[.!]?\s*$",
    re.IGNORECASE,
)
# The words for a party that writes ("raad", "vereniging", "association", "council"): with an
# organisation's kind or an acronym ("ROCOV", "OR"), who a concern about the case comes from.
WRITING_PARTY_ENDS = (
    "raad", "vereniging", "bond", "commissie", "panel", "platform", "association", "council",
    "committee", "board", "union", "federation", "federatie", "overleg",
)  # fmt: skip
# Words someone said, reported without what they said ("een collega zei van niet", "but people
# in the team mentioned it", "my manager said so"): where a remark came from, no effect.
HEARSAY_ONLY_RE = re.compile(
    r"^\W*(?:(?:maar|but|en|and|though|al)\s+)?(?:[\w'-]+\s+){1,5}?(?:zei|zeiden|zegt|zeggen|"
    r"vertelde|vertelden|noemde|noemden|mentioned|said|says|told\s+(?:me|us)|raised)"
    r"(?:\s+(?:van\s+(?:niet|wel)|so|it|that|this|dat|dit|het|not|ook|too|also|once|al|"
    r"already))*\W*$",
    re.IGNORECASE,
)
# A doubt whether what was just said is true ("we don't know yet if that's true", "we weten nog
# niet of dat klopt", "not sure if that's the case"): about the claim before, no effect.
TRUTH_UNKNOWN_RE = re.compile(
    r"^\W*(?:(?:but|maar|en|and|though)\s+)?(?:(?:we|i|ik|wij|je|you)\s+)?(?:(?:don'?t|do\s+not|"
    r"weten|weet|can'?t|cannot|kunnen|kan)\s+)?(?:(?:yet|nog|niet|really|echt|precies|be)\s+)*"
    r"(?:know|sure|zeker|say|zeggen|(?:i'?m\s+)?not\s+sure|geen\s+idee|no\s+idea)?\s*"
    r"(?:(?:yet|nog)\s+)?(?:if|whether|of)\s+(?:that|this|it|dat|dit|het)\s*(?:'s|is)?\s+"
    r"(?:(?:really|echt|ook|wel|actually)\s+)*(?:true|the\s+case|so|right|correct|klopt|waar|"
    r"zo|zo\s+is|het\s+geval\s+is|waar\s+is)\W*$",
    re.IGNORECASE,
)
# Nothing to tell, said alone where effects are asked ("niks direct", "nothing really"): no
# effect (what follows after "maar" is read by its own words).
NOTHING_ONLY_RE = re.compile(
    r"^\W*(?:niks|niets|nothing|none)(?:\s+(?:direct|directly|echt|really|bijzonders|special|"
    r"much|veel|concreets|concrete))?\W*$",
    re.IGNORECASE,
)
# A remark opened as an aside ("fwiw it was trained on concrete", "for what it's worth, ..."):
# said beside the effects; one with a direction of its own is still read.
ASIDE_LEAD_RE = re.compile(
    r"^\W*(?:fwiw|for\s+what\s+it'?s\s+worth|voor\s+de\s+volledigheid|tussen\s+haakjes)\b",
    re.IGNORECASE,
)
# A short question without content of its own ("what's the catch", "wat is het addertje"):
# said to oneself or to the assistant, no effect.
BARE_QUESTION_RE = re.compile(
    r"^\W*(?:(?:so|but|and|maar|en|dus)\s+)?(?:what'?s|whats|what\s+is|wat\s+is|waar\s+zit|"
    r"where'?s|where\s+is)\s+(?:(?:the|de|het|dan|then)\s+)?(?:catch|addertje|probleem|problem|"
    r"downside|nadeel|risk|risico|point|punt|idea|idee|harm|kwaad)"
    r"(?:\s+(?:then|dan|here|hier|onder\s+het\s+gras))?\W*$",
    re.IGNORECASE,
)
# A question to the listener about the method, not of anyone's gain or loss: whether a side
# has a plus or a minus for a group ("is there a positive for the porters too?", "nadeel voor
# de bezoekers?", "what about negative for the planners"; without a question mark only after
# an asking lead: "Negative for them." labels a side), what the listener thinks someone gains
# or who bears it ("wat denk jij dat het voor hen betekent?", "who actually suffers from
# this?") or what a thing is called ("hoe noem je dat?"). Not whether someone counts as an
# actor: the people it names are still taken as actors.
_SIDE_WORD = (
    r"(?:positive|negative|plus|minus|upside|downside|benefit|drawback|voordeel|nadeel|"
    r"positief|negatief|pluspunt|minpunt|positieve\s+kant|negatieve\s+kant)"
)
_SIDE_LEAD = (
    r"(?:(?:is|are)\s+there|is\s+er|zijn\s+er|any|what\s+about|how\s+about|wat\s+met|"
    r"hoe\s+zit\s+het\s+met)"
)
_SIDE_FOR_WHOM = (
    r"(?:(?:also|ook|nog)\s+)?(?:(?:a|an|een|any)\s+)?" + _SIDE_WORD + r"(?:s|en)?\s+"
    r"(?:(?:too|also|ook|as\s+well)\s+)?(?:for|voor)\s+(?:[\w'-]+\s*){1,4}"
    r"(?:\s+(?:too|also|ook|as\s+well|dan|then))?\s*"
)
_JOINT = r"^\W*(?:(?:and|en|so|dus|but|maar)\s+)?"
METHOD_QUESTION_RES = (
    re.compile(_JOINT + _SIDE_LEAD + r"\s+" + _SIDE_FOR_WHOM + r"\??\W*$", re.IGNORECASE),
    re.compile(_JOINT + r"(?:" + _SIDE_LEAD + r"\s+)?" + _SIDE_FOR_WHOM + r"\?\W*$", re.I),
    re.compile(
        r"^\W*(?:who|what|how|wie|wat|hoe)\b[^?]*\b(?:do\s+you\s+think|would\s+you\s+say|"
        r"denk\s+(?:je|jij)|vind\s+(?:je|jij)|zou\s+(?:je|jij)\s+zeggen)\b[^?]*\?\W*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*(?:what\s+would\s+it\s+(?:do|mean)\s+for|wat\s+(?:doet|betekent|levert)\s+"
        r"(?:het|dit|dat)\s+(?:dan\s+)?(?:voor|op\s+voor))\s+(?:them|him|her|us|hen|hun|ze|"
        r"hem|haar|ons)(?:\s+(?:op|then|dan))?\s*\?\W*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*(?:who|wie)\s+(?:(?:heeft|hebben|has|have|is|are|actually|eigenlijk|nu|er|then|"
        r"dan)\s+){1,4}(?:last|baat|suffers?|benefits?|affected|hit\s+hardest)"
        r"(?:\s+(?:van|bij|from|by|it|this|that|most|daarvan|hiervan|dan|then|here))*\s*\?\W*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:hoe\s+heet\s+dat|hoe\s+noem\s+(?:je|jij|we)\s+dat|what(?:'s|\s+is)\s+that\s+"
        r"called|what\s+do\s+(?:you|we)\s+call\s+that)\s*\?\W*$",
        re.IGNORECASE,
    ),
)
# A line that only says who said or asked something, with no effect in it ("people in the team
# mentioned it", "Harm vraagt advies over de ethische kant", "collega's noemden dat ook", "Anna
# asked for advice on it"): where a point comes from, not an effect.
REPORTING_LINE_RE = re.compile(
    r"^\W*(?:(?:but|maar|and|en|ook|also)\s+)?[\w' -]{2,40}?\s+(?:"
    r"(?:mentioned|said|raised|told\s+(?:me|us)|noemde|noemden|zei|zeiden|vertelde|vertelden|"
    r"meldde|meldden)\s+(?:it|that|so|this|het|dat|dit)(?:\s+(?:too|also|ook|al|before|eerder|"
    r"to\s+(?:me|us)|tegen\s+(?:mij|ons)))*|"
    r"(?:vraagt|vroeg|vragen|vroegen)\s+(?:om\s+)?(?:advies|input|feedback)\b[^.!?]{0,60}|"
    r"(?:asks|asked|ask)\s+(?:for\s+)?(?:advice|input|feedback)\b[^.!?]{0,60}"
    r")\s*[.!]?\s*$",
    re.IGNORECASE,
)
# The joint between a doubt and who raised the point ("we don't know if it's true, but people
# mentioned it").
HEDGE_JOINT_RE = re.compile(r",?\s+(?:but|maar)\s+", re.IGNORECASE)
# A clause that says nothing changes for someone, or that no one loses or notices anything ("die
# merken er niks van", "boeren merken er weinig van", "they'll barely notice", "voor hen
# verandert er niets", "nothing changes for them", "our staff won't lose their jobs", "nobody is
# talking about that", "de buren hebben er geen last van", "niemand wordt eruit gezet"): no
# effect. A change said with it ("hebben er geen last meer
# van", "won't lose their place any more") is one.
NO_CHANGE_RE = re.compile(
    r"^(?!.*\b(?:meer|langer|minder|any\s*more|no\s+longer|less|fewer|now|nu|straks|tenzij|unless|"
    r"behalve|except|totdat|until|zolang|as\s+long\s+as)\b)\W*"
    r"(?:(?:maar|but|en|and|ok|well|nou|misschien|maybe|perhaps|probably|waarschijnlijk)\W+)*(?:"
    r"(?:[\w'-]+\s+){0,4}?(?:(?:verandert|wijzigt)\s+(?:(?:er|voor\s+\w+|dan|eigenlijk|"
    r"helemaal|verder|gewoon|daar)\s+)*(?:niks|niets)|(?:merken|merkt|voelen|voelt|zien|ziet)\s+"
    r"(?:(?:er|daar|eigenlijk|helemaal|verder|dus)\s+)*(?:niks|niets|weinig|nauwelijks\s+iets|"
    r"bijna\s+(?:niks|niets))\s+van|(?:merken|merkt|zien|ziet)\s+(?:er\s+)?(?:weinig|nauwelijks|"
    r"geen)\s+verschil|(?:hebben|heeft)\s+"
    r"(?:(?:er|daar|eigenlijk|helemaal|verder|dus|ook)\s+)*geen\s+(?:last|hinder|nadeel|"
    r"gevolgen|(?:\w+\s+)?verschil)(?:\s+van)?)|"
    r"(?:niemand|geen\s+mens)\s+(?:wordt|raakt|verliest|gaat|komt|merkt|heeft)\b|"
    r"geen\s+(?:nadeel|gevolgen|verschil)\s+voor\b|"
    r"(?:[\w'-]+\s+){0,4}?(?:nothing\s+(?:really\s+|much\s+)?(?:changes?|will\s+change)|"
    r"(?:won'?t|will\s+not|don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:really\s+)?"
    r"(?:notice\s+(?:anything|a\s+thing|it|a\s+difference|much)|change\s+(?:anything|much|a\s+thing)"
    r"|lose\s+(?:their|his|her|its|our|any)\s+(?:jobs?|work|income|judge?ment))|"
    r"(?:aren'?t|are\s+not|isn'?t|is\s+not|won'?t\s+be|will\s+not\s+be)\s+(?:really\s+)?"
    r"affected(?!\s+(?:less|more))|(?:has|have|see|feel|notice)\s+no\s+(?:difference|effect|"
    r"impact)|(?:barely|hardly|scarcely)\s+notice\b)|(?:nobody|no\s+one|none\s+of\s+them)\s+(?:will\s+)?(?:is\s+|are\s+)?(?:loses?|"
    r"talking\s+about|notices?|gets?\s+(?:fired|sacked|evicted|thrown\s+out))\b)",
    re.IGNORECASE,
)
# Doubt that gives no direction ("Victims, I honestly don't know", "of het voor architecten
# positief is weet ik niet", "uitzendbureaus weten niet of ze hier blij mee moeten zijn", "I'm
# not sure it's bad for them"): no effect; a reason that gives one follows on its own.
UNDIRECTED_DOUBT_RE = re.compile(
    r"^\W*(?:(?:maar|but|en|and|well|nou|hmm+)\W+)*(?:(?:[\w'-]+\W+){0,3}?(?:i|ik)\s+"
    r"(?:(?:honestly|really|just|eerlijk\s+gezegd|echt|gewoon)\s+)?(?:don'?t|do\s+not|weet)\s+"
    r"(?:(?:het|ik)\s+)?(?:(?:honestly|really|echt|eigenlijk)\s+)?(?:know|niet)\W*$|"
    r"(?:i'?m|i\s+am|ik\s+ben|we'?re|we\s+are)\s+(?:really\s+|echt\s+)?not\s+(?:so\s+)?sure\s+"
    r"(?:if\s+|whether\s+)?(?:it'?s|it\s+is|that'?s|it\s+will\s+be|this\s+is)\s+(?:all\s+)?"
    r"(?:good|bad|positive|negative|better|worse)\b[^:,;]*$|"
    r"(?:[\w'-]+\s+){0,4}?(?:weet|weten)\s+(?:ik\s+|ze\s+|we\s+)?(?:(?:eigenlijk|echt|ook)\s+)?"
    r"niet\s+of\s+(?:het|dit|dat|ze|hij|zij)\b[^:]*\b(?:positief|negatief|goed|slecht|blij|"
    r"beter|slechter)\b[^:,;]*$|"
    r"of\s+(?:het|dit|dat)\s+[^:]*\b(?:positief|negatief|goed|slecht|beter|slechter)\s+"
    r"(?:is|wordt|uitpakt)\s+(?:\w+\s+)?weet\s+ik\s+(?:(?:eigenlijk|echt|ook)\s+)?niet\b[^:,;]*$)",
    re.IGNORECASE,
)
# A clause that only says what it is not, before what it is ("it's not that they'll feel less
# safe, ...", "het is niet zo dat ze langer wachten, ..."): no effect of its own; the clause
# after it tells the effect. Said with what follows after a colon it is read whole.
DENIED_LEAD_RE = re.compile(
    r"^\W*(?:(?:maar|but|en|and|and\s+no|well|nou)\W+)*(?:it'?s|it\s+is|het\s+is|'t\s+is)\s+"
    r"(?:(?:also|ook|echt|really)\s+)?not\s+(?:that|as\s+if|like)\b[^:,;]*$|"
    r"^\W*(?:(?:maar|but|en|and)\W+)*het\s+is\s+(?:(?:ook|echt)\s+)?niet\s+(?:zo\s+)?dat\b[^:,;]*$",
    re.IGNORECASE,
)
# A group named with a bare denial ("Eerlijke verhuurders toch niet", "de buren ook niet", "the
# neighbours, not at all"): they are not affected; no effect.
BARE_DENIAL_RE = re.compile(
    r"^\W*(?:(?:maar|but|en|and)\W+)?(?:[\w'-]+\s+){0,2}[\w'-]+\s*,?\s*(?:(?:toch|ook|helemaal)\s+"
    r"niet|(?:not\s+)?either|neither|not\s+at\s+all)\W*$",
    re.IGNORECASE,
)
# A reaction of a word or two on its own, said beside an effect or after a question the speaker
# answers themselves ("precies, niemand", "Lovely.", "tja", "exactly"): no effect of its own.
REACTION_ONLY_RE = re.compile(
    r"^\W*(?:(?:en|and|nou|well|oh)\s*,?\s+)?(?:precies|exact|exactly|indeed|inderdaad|juist|"
    r"niemand|nobody|no\s+one|none|geen\s+een|lovely|heerlijk|geweldig|great|fantastisch|"
    r"fantastic|wonderful|brilliant|charming|tja|zeker|sure|right|yep|ja\s+hoor|mooi\s+zo)"
    r"(?:\s*,?\s*(?:hoor|dus|then|hè|toch|natuurlijk|indeed|really|echt|joh))?\W*$",
    re.IGNORECASE,
)
# The speaker's own feeling or bet about the case, said of no one else ("Eerlijk gezegd word ik
# hier ongerust van, mijn oom is doof", "Persoonlijk vind ik het een rotdossier", "Die laatste
# vertrouw ik voor geen meter", "daar durf ik geld op te zetten", "Honestly, I'm livid", "I
# don't trust them one bit"): how the speaker stands, no effect; one that goes on about
# someone ("ik ben bang dat ouders afhaken", "I'm worried that ...") is not this.
_OWN_LEAD = (
    r"^\W*(?:(?:eerlijk\s+gezegd|persoonlijk|zelf|echt|nou|en|maar|ook|dus|honestly|personally|"
    r"frankly|to\s+be\s+honest|and|but|so|well)\W+)*"
)
_OWN_FEELING = (
    r"ongerust|bang|boos|woedend|verdrietig|zenuwachtig|onrustig|bezorgd|chagrijnig|kwaad|"
    r"nerveus|misselijk|worried|angry|livid|furious|scared|upset|anxious|nervous|sad|grumpy"
)
_PERSONAL_TIE = r"(?:\s*,\s*(?:mijn|my)\s+[^.!?,]{1,40})?\W*$"  # ", mijn oom is doof"
SPEAKER_FEELING_RE = re.compile(
    _OWN_LEAD + r"(?:"
    rf"(?:word|raak|ben|voel)\s+ik\s+(?:me\s+|mij\s+)?(?:[\w-]+\s+){{0,4}}?(?:{_OWN_FEELING})"
    r"(?:\s+(?:van|over|door))?|"
    rf"ik\s+(?:word|raak|ben|voel\s+me)\s+(?:[\w-]+\s+){{0,4}}?(?:{_OWN_FEELING})"
    r"(?:\s+(?:van|over|door))?|"
    rf"i'?m\s+(?:[\w-]+\s+){{0,3}}?(?:{_OWN_FEELING})(?:\s+about\s+(?:it|this|that))?|"
    r"(?:vind|noem)\s+ik\s+(?:het|dit|dat)\s+(?:echt\s+|gewoon\s+|maar\s+)?(?:een\s+)?[\w*-]+|"
    r"(?:die|dat|deze|dit)\s+(?:laatste\s+)?(?:vertrouw|geloof)\s+ik\s+(?:voor\s+geen\s+meter|"
    r"niet|nooit|voor\s+geen\s+cent)|"
    r"i\s+(?:don'?t|do\s+not|never)\s+(?:fully\s+|really\s+)?trust\s+(?:them|him|her|it|that|"
    r"those|you)(?:\s+(?:one\s+bit|either|at\s+all|an\s+inch))?|"
    r"daar\s+durf\s+ik\s+(?:[\w-]+\s+){0,3}?op\s+te\s+(?:zetten|wedden)|"
    r"i'?d\s+(?:bet|put)\s+(?:money|my\s+[\w-]+)\s+on\s+(?:it|that)"
    r")" + _PERSONAL_TIE,
    re.IGNORECASE,
)

# A judgement of an effect already named, pointing to it by its place or its word ("die eerste
# over de chauffeurs is eigenlijk niet zo erg", "dat nadeel valt wel mee", "that first one about
# the drivers isn't that bad", "the last point is overblown"): no new effect.
EFFECT_POINTER_RE = re.compile(
    r"^\W*(?:(?:maar|but|en|and|ok|nou|well|hmm+)\W+)*(?:die|dat|de|het|dit|deze|that|the|this)\s+"
    r"(?:(?:eerste|tweede|derde|laatste|vorige|first|second|third|last|previous)(?:\s+(?:one|"
    r"effect|punt|point|nadeel|voordeel|downside|upside))?|(?:nadeel|voordeel|effect|punt|"
    r"downside|upside|point|concern|zorg))\b(?:\s+(?:over|van|voor|met|about|for|on|of)\s+"
    r"[^,.]{1,40}?)?\s+(?:is|was|valt|lijkt|klinkt|isn'?t|is\s+not|seems|sounds|feels|voelt)\b"
    r"(?!\s+(?:dat|dus|so)\b)(?!\s+that\s+(?!bad|big|serious|heavy|important)\w)[^.!?:]{0,30}?\b(?:erg|mee|overdreven|zwaar|groot|klein|bad|big|serious|overblown|"
    r"exaggerated|minor|heavy|belangrijk|important)\b",
    re.IGNORECASE,
)
