"""The speaker's talk around the items (Dutch and English): a hedge about what follows ("not
sure if this counts", "ik weet niet of dit telt"), an announcement of it ("here's what bothers
me", "two more I forgot", "one more thing, sorry", "mijn voorwaarden", "ik noem ze maar"), a
discourse marker said alone ("hang on", "nee wacht", "but I still"), a wish for how the
assistant answers ("numbered please", "graag een paar opties, genummerd") and a reaction to
numbered proposals ("liever niet", "4 not", "meer heb ik niet"). None of it is an actor, a
value or an option."""

from __future__ import annotations

import re

from assistant.language.cues.formal import FORMAL_ANNOUNCE, FORMAL_POINTER
from assistant.language.cues.language_talk import LANGUAGE_TALK

# A sound of hesitation ("eh", "ehm", "uh", "uhm", "um"), as people who talk as they type
# write it: one pattern for every reading that skips it.
HESITATION = r"(?:eh+m*|uh+m*|um+)"
# Words that may open or close a piece of talk without changing it ("oh", "sorry", "ok").
_FILL = (
    r"(?:oh|o|ok[eé]?|okay|so|well|and|but|en|maar|nou|dus|ja|yes|nee|no|sorry|hm+|"
    rf"{HESITATION}|right|actually|eigenlijk|trouwens|btw|oja|o\s+ja|oh\s+ja)"
)
# A hedge about whether what follows belongs in ("not sure if this counts", "I don't know if
# this is relevant", "ik weet niet of dit telt", "misschien hoort dit er niet bij").
_HEDGE = (
    r"(?:i'?m\s+)?not\s+sure\s+(?:if|whether)\s+(?:this|that|it)\s+(?:counts|matters|is\s+"
    r"relevant|belongs(?:\s+here)?|fits(?:\s+here)?)|"
    r"i\s+(?:don'?t|do\s+not)\s+know\s+(?:if|whether)\s+(?:this|that|it)\s+(?:counts|matters|"
    r"is\s+relevant|belongs(?:\s+here)?|fits(?:\s+here)?)|"
    r"(?:ik\s+)?weet\s+(?:ik\s+)?niet\s+(?:zeker\s+)?of\s+(?:dit|dat|het)\s+(?:telt|meetelt|"
    r"relevant\s+is|ertoe\s+doet|erbij\s+hoort|hier\s+hoort|past)|"
    r"geen\s+idee\s+of\s+(?:dit|dat|het)\s+(?:telt|meetelt|relevant\s+is|erbij\s+hoort)|"
    r"(?:this|that)\s+may\s+not\s+count|(?:dit|dat)\s+telt\s+misschien\s+niet"
)
# An announcement of what follows ("here's what bothers me", "so here's the thing", "nou, het
# zit zo", "two more I forgot", "one more thing", "my conditions, if we go on with it", "ik
# noem ze gewoon", "back to the people").
_ANNOUNCE = (
    r"here'?s\s+what\s+(?:bothers|worries|troubles|strikes)\s+me|"
    r"here'?s\s+the\s+(?:thing|deal|situation|story|idea)|the\s+thing\s+is|"
    r"(?:het|'t)\s+zit\s+(?:zo|als\s+volgt)|zit\s+het\s+zo|het\s+volgende|"
    r"(?:some|quick|a\s+bit\s+of)\s+(?:background|context)(?:\s+first)?|"
    r"(?:eerst\s+)?(?:even\s+)?(?:wat|kort|wat\s+korte)\s+(?:achtergrond|context)|"
    r"(?:this|that)\s+is\s+what\s+(?:bothers|worries|troubles)\s+me|"
    r"(?:hier\s+is\s+|dit\s+is\s+)?wat\s+me\s+(?:dwarszit|zorgen\s+baart|opvalt)|"
    r"(?:dit|dat)\s+zit\s+me\s+dwars|"
    r"(?:one|two|three|a\s+few|some)\s+more(?:\s+(?:thing|things|point|points))?"
    r"(?:\s+(?:that\s+)?i\s+(?:forgot|missed|skipped))?|"
    r"(?:nog\s+)?(?:eentje|een|twee|drie|iets|een\s+paar)(?:\s+(?:ding|dingen|punt|punten))?"
    r"\s+(?:die|dat)\s+ik\s+(?:vergat|vergeten\s+was|oversloeg)|"
    r"nog\s+(?:eentje|iets|een\s+ding)(?:\s+en\s+een\s+groep\s+die\s+ik\s+vergat)?|"
    r"i\s+(?:skipped|forgot|missed)\s+(?:some|a\s+few|one|two|a\s+couple)|"
    r"ik\s+(?:sloeg|heb)\s+er\s+(?:een\s+paar|wat|eentje)\s+(?:over|overgeslagen)|"
    r"(?:my|mijn)\s+(?:conditions|voorwaarden|wishes|wensen|points|punten)(?:\s*,?\s*(?:if|als)\s+"
    r"(?:we|wij)\s+(?:ermee\s+)?(?:go\s+on|go\s+ahead|proceed|doorgaan|verder\s+gaan)(?:\s+with\s+it|"
    r"\s+ermee)?)?|"
    r"(?:i'?ll|let\s+me)\s+(?:just\s+)?(?:name|list|answer)\s+(?:them|it)(?:\s+myself)?|"
    r"ik\s+(?:noem|geef)\s+ze(?:\s+(?:gewoon|maar|even|dan))*|"
    r"ik\s+beantwoord\s+(?:het|die|dat)\s+(?:zelf|maar)|"
    r"(?:sorry,?\s+)?back\s+to\s+the\s+(?:people|actors|list)|"
    r"(?:sorry,?\s+)?terug\s+naar\s+de\s+(?:mensen|actoren|lijst)|"
    r"(?:wacht,?\s+)?ik\s+had\s+de\s+lijst\s+nog\s+niet\s+af|"
    r"(?:wait,?\s+)?i\s+(?:wasn'?t|hadn'?t)\s+(?:done|finished)(?:\s+with\s+the\s+list)?|"
    r"(?:ik\s+(?:was|ben)\s+)?nog\s+niet\s+(?:klaar|uitgepraat)|"
    r"(?:i\s+(?:was|am)\s+|i'?m\s+)?not\s+(?:done|finished)(?:\s+yet)?|"
    r"ik\s+moet\s+(?:toch\s+)?(?:nog\s+)?(?:even\s+)?terug(?:\s*,?\s*er\s+schoot\s+me\s+"
    r"(?:nog\s+)?(?:meer|iets)\s+te\s+binnen)?|"
    r"er\s+schoot\s+me\s+(?:nog\s+)?(?:meer|iets)\s+te\s+binnen|"
    r"(?:nog\s+|another\s+)?(?:een|één|one)?\s*(?:punt|point)|"
    r"there'?s\s+(?:a|one)\s+(?:(?:type|kind|sort)\s+of\s+)?(?:case|thing|situation|scenario|group)"
    r"\s+that\s+(?:really\s+)?(?:worries|bothers|concerns|troubles)\s+me|"
    r"er\s+is\s+(?:een|één)\s+(?:(?:soort|type)\s+)?(?:geval|ding|situatie|groep)\s+(?:dat|die)\s+"
    r"me\s+(?:echt\s+)?(?:zorgen\s+baart|dwarszit|zorgen\s+maakt)|"
    r"er\s+zijn\s+(?:nog\s+)?(?:twee|drie|een\s+paar|wat)\s+(?:dingen|punten)|"
    r"there\s+are\s+(?:two|three|a\s+few|some)\s+more\s+(?:things|points)|"
    r"(?:ik\s+vertel\s+het|zoals\s+ik\s+het\s+zie|as\s+i\s+see\s+it|let\s+me\s+tell\s+you)|"
    r"(?:er\s+gebeurde|er\s+is)\s+(?:ook\s+|nog\s+)?iets(?:\s+(?:anders|geks))?|"
    r"something\s+(?:else\s+|odd\s+)?happened(?:\s+too)?|"
    r"the\s+(?:positive|negative|good|bad)\s+one\s+is\s+easy|"
    r"de\s+(?:positieve|negatieve|goede|slechte)\s+is\s+makkelijk|"
    # a pasted text announced ("here's a bit from the team meeting, the effects are in there",
    # "hier nog aantekeningen van de evaluatie, misschien staat er iets bruikbaars in")
    r"here'?s\s+(?:a\s+bit|a\s+part|an?\s+excerpt|a\s+piece|part|some|the)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:from|of)\s+(?:the\s+|our\s+|my\s+|an?\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:meeting|minutes|notes|memo|e-?mail|mail|report|evaluation|document|letter|thread)\b"
    r"[^.:!?,]{0,30}|"
    r"hier\s+(?:nog\s+|even\s+|alvast\s+)*(?:de\s+|het\s+|een\s+|wat\s+)?(?:aantekeningen|notulen|"
    r"stukje\s+uit|passage\s+uit|fragment\s+uit|verslag|uittreksel)\b[^.:!?,]{0,60}|"
    r"(?:the\s+)?(?:effects|measures|options|points|details)\s+(?:are|is)\s+(?:all\s+)?in\s+"
    r"(?:there|it|them)|(?:maybe|perhaps)\s+there'?s\s+something\s+(?:useful|in\s+it|of\s+use)"
    r"(?:\s+in\s+(?:there|it))?|"
    r"(?:misschien\s+)?staat\s+er\s+(?:nog\s+)?iets\s+(?:bruikbaars|nuttigs|in)(?:\s+in)?|"
    r"(?:de\s+effecten|het\s+meeste|alles)\s+(?:staan|staat)\s+(?:er\s*in|daarin)|"
    + FORMAL_ANNOUNCE
    + "|"
    + FORMAL_POINTER
)
# A discourse marker or a thought cut off ("hang on", "nee wacht", "but I still", "values,
# hmm", "waarden, lastig").
_MARKER = (
    r"hang\s+on|hold\s+on|wait(?:\s+a\s+(?:sec|second|moment|minute))?|wacht(?:\s+even)?|"
    r"let\s+me\s+think|even\s+denken|(?:but\s+)?i\s+still|(?:maar\s+)?ik\s+(?:wel|nog|toch)|"
    r"(?:values|waarden|options|opties|actors|actoren),?\s+(?:hmm+|lastig|tricky|hard|moeilijk)|"
    r"(?:hmm+,?\s+)?(?:lastig|tricky|moeilijk|difficult)|serieus|seriously|leuk|well|nou|"
    r"(?:nog\s+)?niet\s+(?:volgende|verder)|not\s+next\s+yet|ga\s+(?:maar\s+)?(?:verder|door)|"
    r"volgende|next"
)
# A wish for how the assistant answers ("numbered please", "graag een paar opties, genummerd",
# "kom maar met een lijstje opties").
_REQUEST = (
    r"(?:(?:graag|give\s+me|a\s+few|some|een\s+paar|please)\s+)*(?:(?:opties|options|ideeën|"
    r"ideas|voorstellen|suggestions)\s*,?\s*)?(?:numbered|genummerd|in\s+a\s+list|als\s+lijst)"
    r"(?:\s+(?:please|graag|pls))?|"
    r"kom\s+maar\s+(?:op\s+)?met\s+(?:een\s+)?(?:lijstje|lijst|paar)\s+(?:opties|voorstellen|"
    r"ideeën)|"
    r"(?:give|show)\s+me\s+(?:a\s+list\s+of\s+|some\s+|a\s+few\s+)(?:options|suggestions|ideas)"
)
# A reaction to numbered proposals or a question ("liever niet", "4 not", "meer heb ik niet").
_REACTION = (
    r"(?:(?:\d{1,2}|die|dat|de\s+\w+e)\s+)?(?:liever\s+niet|niet\s+doen)|"
    r"(?:(?:not|no)\s+\d{1,2}|(?:no\s+)?to\s+\d{1,2}|\d{1,2}\s+not|rather\s+not|"
    r"(?:nee\s+)?(?:tegen|op)\s+\d{1,2})"
    r"(?:\s*[,;:]\s*[^.!?]{0,80})?|"
    # a measure judged too heavy ("de huisarts erbij betrekken is te zwaar", "a separate room
    # is stigmatising", "that's overkill")
    r"[^.!?,]{3,60}?\s+(?:is|are|lijkt\s+me|seems|feels|voelt)\s+(?:(?:juist|echt|veel|wel|gewoon|"
    r"really|way|just|actually|me)\s+)*(?:te\s+(?:zwaar|veel|ver|duur|ingrijpend|omslachtig)|too\s+(?:heavy|"
    r"much|far|expensive|intrusive)|stigmatiserend|stigmati[sz]ing|overdreven|overkill|onwerkbaar|"
    r"unworkable|(?:geen|not\s+a)\s+goed\s+idee|not\s+a\s+good\s+idea|(?:a|een)\s+(?:bad|slecht)\s+"
    r"idea|idee)|"
    r"meer\s+heb\s+ik\s+niet|that'?s\s+all\s+i\s+(?:have|got)|"
    r"(?:\d{1,2}|die|dat)\s+is\s+(?:goed|prima|fine)|"
    # a proposal turned down by its number ("1 is te duur", "de tweede niet, dat wordt te veel",
    # "too expensive for us", "number 3 not, too much work")
    r"(?:(?:nummer|number|no\.?)\s*)?(?:\d{1,2}|de\s+(?:eerste|tweede|derde|vierde|vijfde|laatste)|"
    r"the\s+(?:first|second|third|fourth|fifth|last)(?:\s+one)?)\s+(?:is\s+)?(?:te\s+duur|"
    r"too\s+expensive|niet|not|no)\b(?:\s*[,;:]\s*[^.!?]{0,80})?|"
    r"(?:te\s+(?:duur|algemeen|vaag)|too\s+(?:expensive|general|vague))(?:\s+(?:voor\s+ons|for\s+us))?|"
    # an example turned down by its number or by what it was about ("2 klopt niet, daar hebben
    # we geen klacht over gehad", "die over duidelijkheid niet, te algemeen", "not the one about
    # planning, that doesn't apply to us")
    r"(?:(?:nummer|number|no\.?)\s*)?\d{1,2}\s+(?:klopt\s+niet|herken\s+ik\s+niet|is\s+wrong|"
    r"isn'?t\s+right|doesn'?t\s+(?:fit|apply))\b(?:\s*[,;:]\s*[^.!?]{0,100})?|"
    r"(?:die|dat|the\s+one)\s+(?:over|van|met|about|on)\s+[^.!?,]{2,50}?\s+(?:niet|not|no)\b"
    r"(?:\s*[,;:]\s*[^.!?]{0,100})?|"
    r"not\s+the\s+(?:one|bit|part)\s+(?:about|on|with)\s+[^.!?,]{2,50}?(?:\s*[,;:]\s*[^.!?]{0,100})?|"
    # a slip owned up to ("dat laatste heb ik verkeerd gezegd", "I said that wrong", "sorry, that
    # sentence was a mess", "ik haalde twee dingen door elkaar", "dat laatste klopt zo niet")
    r"(?:dat|dit|die|that|this)(?:\s+(?:laatste|last(?:\s+one)?|one|bit|sentence|zin))?\s+"
    r"(?:heb\s+ik\s+(?:verkeerd|fout|niet\s+goed)\s+(?:gezegd|opgeschreven|genoemd)|"
    r"(?:klopt|klopte)\s+(?:zo\s+)?niet|(?:was|is)\s+(?:wrong|a\s+mess|not\s+right)|"
    r"(?:was|is)\s+(?:fout|verkeerd|een\s+rommeltje))|"
    r"i\s+(?:said|put|wrote|got)\s+(?:that|it|this)(?:\s+(?:one|bit))?\s+wrong|"
    r"ik\s+(?:haalde|haal|heb)\s+(?:twee\s+dingen|het|dat|die|ze)\s+door\s+elkaar(?:\s+gehaald)?|"
    r"i\s+(?:mixed|got)\s+(?:two\s+things|it|that|them)\s+(?:up|mixed\s+up)|"
    r"ik\s+zat\s+te\s+ver\s+vooruit\s+te\s+denken|i\s+was\s+thinking\s+too\s+far\s+ahead|"
    # a feeling about what was said, or the difficulty of the question ("dat raakt me wel",
    # "dat lijkt me zeer onwenselijk", "ik vind het lastig om die te benoemen")
    r"(?:dat|dit|that|this)\s+(?:raakt\s+me|really\s+gets\s+to\s+me|gets\s+to\s+me)(?:\s+wel)?|"
    r"(?:dat|dit)\s+lijkt\s+me\s+(?:zeer\s+|heel\s+|erg\s+)?(?:onwenselijk|geen\s+goed\s+idee)|"
    r"ik\s+vind\s+het\s+(?:lastig|moeilijk)\s+om\s+(?:die|dat|ze|het)\s+(?:zelf\s+)?te\s+"
    r"(?:benoemen|noemen|kiezen)|i\s+find\s+it\s+hard\s+to\s+(?:name|pick|choose)\s+"
    r"(?:them|it|those)(?:\s+myself)?|"
    # a question back about what the assistant asks ("bedoelt u iedereen ...?", "or only ...?",
    # "moet ik daar ook de daders bij rekenen?", "should I count X too?")
    r"(?:bedoelt\s+u|bedoel\s+je|do\s+you\s+mean)\b[^.!]{0,80}|"
    r"(?:of|or)\s+(?:alleen|only|ook|also|just)\s+(?:wie|who|those\s+who|de\s+mensen\s+die|"
    r"people\s+who)\b[^.!?]{0,80}\?|"
    r"(?:moet|zal|mag)\s+ik\s+[^.!?]{0,60}\b(?:rekenen|meetellen|meerekenen|noemen)\s*\?|"
    r"should\s+i\s+(?:also\s+)?(?:count|include|add|list)\b[^.!?]{0,60}\?|"
    # a greeting of a pasted mail that thanks its reader ("goed dat je dit oppakt", "thanks for
    # picking this up")
    r"(?:goed|fijn|mooi|leuk|top)\s+dat\s+(?:je|jij|u|jullie)\s+(?:dit|dat|het|hier|daar)\s*"
    r"(?:mee\s+bezig\s+bent|oppakt|uitzoekt|regelt|doet|naar\s+kijkt)|"
    r"(?:thanks|thank\s+you)\s+for\s+(?:picking\s+(?:this|it)\s+up|looking\s+into\s+(?:this|it)|"
    r"taking\s+(?:this|it)\s+on)|good\s+that\s+you'?re\s+(?:looking\s+into|on)\s+(?:this|it)"
)
# A remark or request to the assistant about what was said, not an item ("sorry, should have
# said that earlier", "just connect them to the values for me", "that's a system setting",
# "als jij per soort nog iets aanvult is dat prima", "ik zat te denken", "kan dit zo?", "the
# actions miss a context one", "besides the cash alternative").
_REMARK = (
    r"(?:i\s+)?should\s+have\s+(?:said|mentioned|told\s+you)\s+(?:that|this|it)\s+(?:earlier|before|"
    r"sooner)|(?:dat|dit|het)\s+had\s+ik\s+(?:al\s+)?(?:eerder|meteen)\s+moeten\s+(?:zeggen|noemen)|"
    r"(?:(?:just|please|can\s+you)\s+)*(?:connect|link|match|tie|couple)\s+(?:them|those|these|it|"
    r"the\s+options)\s+to\s+(?:the|my)\s+values(?:\s+for\s+me)?|"
    r"koppel\s+(?:ze|die|deze|het|de\s+opties)\s+(?:maar\s+|zelf\s+|even\s+)*aan\s+de\s+waarden|"
    r"(?:al\s+)?(?:that'?s|that\s+is|this\s+is|it'?s|dat\s+is|is\s+dat)\s+(?:ook\s+weer\s+|ook\s+|"
    r"weer\s+|also\s+|again\s+|just\s+|more\s+of\s+)?(?:a|an|een)\s+(?:system\s+|technical\s+|"
    r"technische\s+)?(?:setting|instelling|design\s+(?:one|thing)|ontwerpkeuze|policy\s+(?:one|thing)|"
    r"human\s+one|context\s+one)|"
    r"(?:als|if)\s+(?:jij|je|u|you)\s+[^.!?]{0,40}\b(?:aanvult|toevoegt|aanvullen|add|fill\s+in)"
    r"\b[^.!?]{0,30}|"
    r"(?:ik\s+zat\s+te\s+denken|i\s+was\s+thinking|i\s+was\s+wondering)|"
    r"(?:kan|klopt|is)\s+(?:dit|dat|het)\s+(?:zo|goed)|(?:is\s+this|does\s+this)\s+(?:ok|okay|work|fine)|"
    r"(?:the\s+|de\s+)?(?:actions|options|measures|maatregelen|opties|acties)\s+(?:miss|lack|missen|"
    r"mist)\s+(?:still\s+|nog\s+)?(?:a|an|een)\s+\w+(?:\s+one|\s+kind|\s+soort)?|"
    r"(?:let\s+me|i'?ll|i\s+will)\s+paste\s+[^.!?]{0,60}|(?:ik\s+plak|laat\s+me)\s+[^.!?]{0,40}\bplakken?\b"
    r"[^.!?]{0,30}|i\s+remember\s+(?:a|an|one)\s+(?:court\s+)?(?:case|ruling|story|article)\b[^.!?]{0,40}|"
    r"ik\s+herinner\s+me\s+(?:een|zo'?n)\s+(?:rechtszaak|uitspraak|verhaal|artikel)\b[^.!?]{0,40}|"
    r"fair(?:\s+enough)?|terecht|(?:wishes|wensen)(?:\W+(?:really|eigenlijk|dan|then))?|"
    r"(?:only\s+if|alleen\s+als)|"
    # a busy speaker's aside, or the rest left to the assistant ("ik zit in een overleg", "I'm
    # in a meeting", "rest graag van jou", "the rest from you please", "kies jij maar")
    r"(?:ik\s+)?(?:zit|zat)\s+(?:nu\s+|net\s+)?in\s+(?:een|de|het)\s+(?:overleg|vergadering|"
    r"meeting)|i'?m\s+(?:(?:in|between)\s+(?:a\s+)?meetings?|busy|short\s+on\s+time)|"
    r"(?:ik\s+)?heb\s+(?:het\s+)?(?:druk|weinig\s+tijd)|"
    r"(?:(?:de|the)\s+)?rest\s+(?:(?:graag|please)\s+)?(?:van\s+jou|from\s+you|is\s+(?:up\s+)?to\s+"
    r"you|mag\s+jij|aan\s+jou)|(?:kies|kiest)\s+(?:jij|je|u)(?:\s+maar)?|you\s+(?:pick|choose)|"
    r"(?:besides|apart\s+from|naast|behalve)\s+(?:the|de|het|die|that|wat|what)"
    r"(?:\s+(?!(?:ook|also|too|een|an?|we|wij|nog)\b)[\w'-]+){1,4}"
)
# Words that only point back to people of a story told before ("so, for that boy and that
# girl", "vanwege die meneer"): the reason for what was said, no item.
_POINTING_BACK = (
    r"(?:for|voor|vanwege|because\s+of|om)\s+(?:that|those|this|these|die|dat|deze|dit)\s+"
    r"[\w'-]+(?:\s+(?:and|en)\s+(?:that|those|this|these|die|dat|deze|dit)\s+[\w'-]+)?"
)
# The assistant's reading or proposal turned down, before what is meant ("that's not quite
# it about the nurses", "I don't mean the legal side", "dat klopt niet helemaal",
# "betrouwbaarheid is het niet echt", "het gaat niet om de kosten").
_DISAGREE = (
    r"(?:that'?s|that\s+is|it'?s|it\s+is)\s+not\s+(?:quite\s+|really\s+|exactly\s+)?(?:it|right|"
    r"what\s+i\s+mean[t]?)(?:\s+(?:about|with|for)\s+(?:the\s+)?[\w'-]+)?|"
    r"(?:dat|het)\s+(?:klopt|bedoel\s+ik)\s+niet(?:\s+(?:helemaal|echt|zo))?(?:\s+(?:bij|over|met|"
    r"voor)\s+(?:de\s+|het\s+)?[\w'-]+)?|"
    r"(?:dat|het)\s+is\s+het\s+niet(?:\s+(?:helemaal|echt|zo))?|"
    r"[\w'-]+\s+is\s+het\s+niet(?:\s+(?:helemaal|echt|zo))?|"
    r"i\s+(?:don'?t|do\s+not|didn'?t)\s+mean\s+(?:the\s+|that\s+|it\s+)?[\w'-]+(?:\s+[\w'-]+)?|"
    r"ik\s+bedoel\s+niet\s+(?:de\s+|het\s+|dat\s+)?[\w'-]+(?:\s+[\w'-]+)?|"
    r"(?:it'?s|it\s+is|het\s+gaat)\s+not\s+(?:really\s+|so\s+much\s+)?about\s+(?:the\s+)?[\w'-]+|"
    r"het\s+gaat\s+(?:niet|me\s+niet|mij\s+niet)\s+(?:echt\s+|zozeer\s+)?om\s+(?:de\s+|het\s+)?"
    r"[\w'-]+"
)
_CORE = (
    rf"(?:{_DISAGREE}|{_HEDGE}|{_ANNOUNCE}|{_MARKER}|{_REQUEST}|{_REACTION}|{_REMARK}|{_POINTING_BACK}|"
    rf"{LANGUAGE_TALK})"
)
# Each word of talk is taken whole and never given back (atomic groups): a long sentence of
# content is turned down at once.
_END = r"(?=\W|$)"
CHATTER_RE = re.compile(
    rf"^\W*(?:(?>{_FILL}{_END})\W+)*+(?>{_CORE}{_END})"
    rf"(?:\W+(?>(?:{_FILL}|{_CORE}|please|graag|then|dan){_END}))*+\W*$",
    re.IGNORECASE,
)
# A label in front of an effect that judges it, without anyone's name ("the big plus: ...",
# "grootste nadeel: ...", "main worry: ..."): a direction, not an actor.
JUDGING_LABEL_RE = re.compile(
    r"^\W*(?:(?:the|a|an|one|my|our|het|de|een|mijn|ons|onze)\s+)?(?:(?:big|biggest|main|major|"
    r"real|only|huge|grote|groot|grootste|echte|enige|belangrijkste|main)\s+)?"
    r"(?:(?P<pos>plus|win|gain|winst|pluspunt|voordeel|upside|benefit|advantage|"
    r"(?:good|bright|positive)\s+side|(?:goede|positieve|zonnige)\s+kant|lichtpunt|"
    r"(?:mooiste|beste|best|nicest|finest)\s+(?:voorbeeld|example))|"
    r"(?P<neg>minus|minpunt|nadeel|downside|drawback|worry|concern|probleem|problem|"
    r"issue|risk|risico|(?:bad|dark|negative|flip)\s+side|(?:slechte|negatieve)\s+kant|"
    r"keerzijde|schaduwkant|schaduwzijde))\W*$",
    re.IGNORECASE,
)
# Words that open no value's name of the speaker's own: a demonstrative or a reason pointing back
# ("dat moeder", "vanwege dat meisje"), a question word ("welke soorten bedoelt u"), an amount
# ("thousands a day"), or a summary with a colon or a plus ("dus: leverancier + callcenter").
NO_OWN_VALUE_RE = re.compile(
    r"^\W*(?:dat|die|deze|dit|vanwege|omdat|want|wie|welke|wat|who|which|what|because|that|"
    r"those|this|these|thousands|hundreds|dozens|duizenden|honderden|tientallen|\d+)\b|[:+]",
    re.IGNORECASE,
)
# A clause that only gives the reason or the moment of the measure before it ("otherwise we
# can't check it", "before anything is decided", "anders houden ze het niet vol"): part of that
# measure, no measure of its own.
MEASURE_TAIL_RE = re.compile(
    r"^\W*(?:otherwise|or\s+else|else|anders|before|voordat|zodat|so\s+that|because|omdat|want|"
    r"until|totdat|or\s+we\s+(?:don'?t|do\s+not|won'?t)\s+(?:continue|go\s+on|proceed|start)|"
    r"or\s+we\s+stop|(?:of|anders)\s+(?:we\s+stoppen|stoppen\s+we|gaan\s+we\s+niet\s+door|"
    r"we\s+gaan\s+niet\s+door))\b[^,;:]*$",
    re.IGNORECASE,
)
MEASURE_TAIL_WORDS = 10
# Talk about the items on the canvas, made of pointers and canvas words only ("keep the negative
# but add that", "the contractors one is actually positive too", "laat de negatieve staan maar
# voeg dat toe", "die van de aannemers is ook positief"): an instruction or a remark about what
# is written down, no item of its own. A pointer to one item by its actor ("the X one", "die van
# de X") may name that actor.
CANVAS_POINTER_RE = re.compile(
    r"\b(?:the\s+)?[\w'-]+\s+one\b|\b(?:die|dat|the\s+one)\s+(?:van|of|for|voor)\s+"
    r"(?:de\s+|het\s+|the\s+)?[\w'-]+",
    re.IGNORECASE,
)
CANVAS_POINTERS = frozenset((
    "that", "this", "it", "those", "these", "one", "ones", "dat", "die", "deze", "dit", "them",
    "ze", "hem", "that's", "thats", "it's",
))  # fmt: skip
CANVAS_WORDS = CANVAS_POINTERS | frozenset((
    "keep", "add", "leave", "put", "change", "make", "mark", "flip", "switch", "move", "laat",
    "staan", "houd", "hou", "voeg", "toe", "erbij", "zet", "maak", "verander", "draai", "om",
    "negative", "positive", "negatieve", "positieve", "negatief", "positief", "plus", "minus",
    "effect", "effects", "item", "point", "punt", "line", "regel", "version", "versie", "as",
    "als", "the", "de", "het", "a", "an", "een", "but", "maar", "and", "en", "too", "also",
    "ook", "as", "well", "wel", "actually", "eigenlijk", "just", "gewoon", "then", "dan", "is",
    "are", "was", "zijn", "please", "graag", "now", "nu", "both", "beide", "allebei", "in",
    "there", "er", "still", "nog", "in", "side", "kant",
))  # fmt: skip
CANVAS_TALK_WORDS = 10
# A pointer given a direction ("eigenlijk is dat positief", "that one is negative"): the
# direction of that item set right, read as such; with "too"/"ook" it only says the item has
# that side as well ("die van de aannemers is ook positief").
DIRECTION_SET_RE = re.compile(
    r"\b(?:is|zijn|are|was)\s+(?!(?:\w+\s+){0,2}(?:ook|too|also)\b)(?:\w+\s+){0,2}"
    r"(?:positief|negatief|positive|negative)\b",
    re.IGNORECASE,
)
