"""Cue words for a list of actors (Dutch and English): the lead-ins and tails around it
("betrokken zijn ...", "... zijn betrokken", "stakeholders:"), parties added to it afterwards
or in passing ("en verder de GGD", "o ja, en de nazaten", "vergeet de GGD niet"), named as a
guess or with what they are, and someone said not to be involved."""

from __future__ import annotations

import re

from assistant.language.cues.formal import FORMAL_ACTOR_LEAD, FORMAL_STANCE

# A lead of the speaker's own before a colon ("The people around it, roughly in the order they
# came up: ...", "Rond het project zitten best veel partijen: ..."): no question, no second colon.
OWN_LEAD_RE = re.compile(r"^(?P<lead>[^:?]{3,160}):\s*(?P<names>[^:?]+)$")
# Words that open or link clauses, never part of a name before its verb ("maar de kabel", "nu
# kunnen trainers", "waardoor ze", "ik ben docent").
CLAUSE_WORDS = frozenset((
    "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "het", "er", "i", "you", "they",
    "he", "she", "it", "there", "maar", "but", "en", "and", "of", "or", "dus", "so", "nu", "now",
    "dan", "then", "toen", "ook", "also", "waardoor", "waar", "where", "which", "die", "dat",
    "that", "who", "wie", "als", "if", "when", "wanneer", "omdat", "because", "want", "niet",
    "not", "geen", "no", "sometimes", "soms", "vaak", "often", "still", "nog", "al", "already",
    "zelf", "zich", "themselves", "hun", "their", "onze", "our", "mijn", "my", "ons", "us",
    "to", "naar", "aan", "about", "over", "like", "zoals",
))  # fmt: skip
# A part of a list that says the part before it again in other words ("the social workers,
# i.e. the wijkteam, ...", "monteurs, dus de mensen van de storingsdienst, ...", "the operator,
# that is the cooperative that owns it"): the same party, no second one; up to the next comma.
APPOSITION_RE = re.compile(
    r",\s*(?:i\.\s?e\.?|ie|that is|that's|namely|in other words|dus|oftewel|ofwel|namelijk|"
    r"so(?=\s+(?:the|de|het)\s)|"
    r"d\.w\.z\.?|dat wil zeggen|met andere woorden)\s+[^,;()]*(?:\([^()]*\)[^,;()]*)*",
    re.IGNORECASE,
)
# Words that give a quantity or part of a group ("veel ouders", "most tenants", "sommige
# bewoners"): the group is the actor.
QUANTITY_WORDS = frozenset((
    "veel", "vele", "sommige", "meeste", "alle", "enkele", "weinig", "minder", "meer", "many",
    "most", "some", "all", "few", "fewer", "several", "more", "both", "beide",
))  # fmt: skip
# Words in such a lead that say the list holds something other than people ("effecten:",
# "de risico's die ik zie:", "wishes:").
NOT_PEOPLE_LEAD_RE = re.compile(
    r"\b(?:effect\w*|gevolg\w*|waarde\w*|values?|optie\w*|options?|maatregel\w*|measures?|"
    r"risico\w*|risks?|voordel\w*|nadel\w*|advantages?|downsides?|upsides?|benefits?|"
    r"data|gegevens|kenmerken|features|stappen|steps|vragen|questions|actiepunt\w*|actions?|"
    r"besluit\w*|decisions?|agenda|positief|negatief|positive|negative|pluspunt\w*|"
    r"minpunt\w*|zorg(?:en)?|worr(?:y|ies)|concerns?|wens\w*|wish\w*|idee\w*|ideas?|"
    r"voorstel\w*|proposals?|aanwezig\w*|present|attendees)\b",
    re.IGNORECASE,
)
# Lead-ins and tails around a list of actors ("betrokken zijn ...", "... zijn betrokken").
ACTOR_LEAD_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oh|oh wait|wait|en|and|ook|also|verder|daarnaast|plus|verder zijn|"
    r"further|so|dus)\b[,:]?\s*)*"
    r"(?P<main>"
    + FORMAL_ACTOR_LEAD
    + r"|(?:de\s+)?(?:betrokken(?:en)?|actoren|stakeholders|belanghebbenden|partijen)"
    r"(?:\s+(?:zijn|are|zou ik zeggen|denk ik|zoals ik ze zie|die ik zie|as i see them|i see|"
    r"i'?d list|volgens mij))?\s*(?:[:,]|\s-+\s)?|"
    r"(?:zijn|are)\s+(?:er\s+)?(?:ook\s+)?"
    r"(?:betrokken|involved)\s*:?|it affects|this affects|(?:the\s+)?affected are|"
    r"(?:the\s+)?involved are|"
    r"(?:the |my |our )?(?:actors|stakeholders|people involved|parties) "
    r"(?:are|would be|will be|include)|(?:the\s+)?(?:people|ppl) involved(?:\s+are)?|"
    r"(?:the )?actors(?::|\s+-+\s)|"
    r"(?:(?:so\s+)?far|tot nu toe|until now|for now|right now)?\s*,?\s*(?:i have|i've got|"
    r"ik heb|heb ik)(?:\s+(?:nu|er|al|zelf|zelf al|tot nu toe|so far|now|already|myself|"
    r"on the list|op de lijst|on my list|op mijn lijstje|op mijn lijst))*"
    r"\s*:|"
    r"(?:(?:main|key|belangrijkste|de|the)\s+)?(?:groups|groepen|parties|partijen|players|"
    r"spelers)\s*:|"
    r"(?:(?:the\s+|de\s+)?(?:others?|other\s+people|those|all\s+those|ook|also|verder|nog|"
    r"more|andere|anderen|"
    r"meer|overige|further)\s+)?(?:involved|affected|betrokken(?:en)?|geraakt)\s*(?::|\s+-+\s)|"
    r"(?:dan\s+)?(?:zijn het|het zijn)\s*:|(?:wie|who)\b[^:,.?]{0,30}:|"
    # a list said as the answer ("Dan zijn het de ondernemers, ...", "then it's the owners, ...")
    r"(?:(?:(?:dan|then)\s+)?(?:it'?s|they'?re)(?=\s+[\w' -]{2,40},\s[\w' -]{2,40},)|"
    r"(?:dan\s+)?(?:zijn het|zijn dat))(?![^?]*\?\s*$)\s*:?|"
    r"(?:it|this|that)\s+involves\s*:?|"
    r"(?:ik denk (?:(?:zelf|zelf ook|vooral|dan|eerst|ook|als eerste)\s+)?aan|denk aan|"
    r"i(?:'m| am) thinking (?:of|about)|i think (?:(?:mainly|first|mostly)\s+)?of|think of|"
    r"dat zijn|those are|these are|namelijk|"
    r"het gaat om|het gaat over|it'?s about|it concerns|this concerns|dit raakt|that'?s|"
    r"(?:we have|we hebben|je hebt|jij hebt|u hebt|you have|you've got|er zijn|there are)"
    r"(?:\s+(?:natuurlijk|uiteraard|eigenlijk|dan|ook|sowieso|of course|obviously|also))*"
    r"(?!\s+(?:\w+ed|received|got|gotten|had|been|seen|heard|ge\w+|ontvangen|al)\b))"
    r"\b:?|"
    r"(?:wie|who)\s+(?:zijn|are)\s+(?:er\s+)?(?:betrokken|involved)\s*[:?]?)?\s*"
    # whose view, after the lead ("betrokken zijn wat ons betreft ...", "involved are, in our
    # view, ...")
    r"(?:,?\s*" + FORMAL_STANCE + r"\s*[:,]?\s*)?",
    re.IGNORECASE,
)
ACTOR_TAIL_RE = re.compile(
    r"\s*,?\s*(?:(?:zijn|is|worden|raken)\s+(?:er\s+)?(?:ook\s+)?(?:allemaal\s+)?"
    r"(?:betrokken|geraakt)(?:\s+bij)?|(?:horen|hoort)\s+er\s*(?:(?:natuurlijk|eigenlijk|zeker|ook|nog)\s+)*bij|"
    r"(?:are|is)\s+(?:also\s+)?(?:involved|affected)(?:\s+too)?|(?:too|ook(?:\s+wel|\s+nog)?|"
    r"as well|iig|in ieder geval)|"
    r"should be (?:added|included|(?:in\s+)?(?:there|on it|on the list|in it)(?:\s+too)?)|"
    # put on the list ("de fietsersbond hoort wel op de lijst", "belongs on the list")
    r"(?:horen|hoort|moeten|moet)\s+(?:(?:wel|ook|nog|zeker|eigenlijk)\s+)*op\s+de\s+lijst"
    r"(?:\s+(?:staan|komen|erbij))?|(?:belong|belongs)\s+on\s+the\s+list(?:\s+too)?|"
    # named on their own ("arbeidsmigranten wil ik apart noemen", "migrant workers I'd name
    # separately")
    r"(?:wil|zou)\s+ik\s+(?:(?:ook|nog|even|graag|wel)\s+)*(?:apart|los|afzonderlijk)\s+"
    r"(?:noemen|vermelden)|i(?:'d|\s+would|\s+want\s+to)?\s+(?:also\s+)?(?:like\s+to\s+)?"
    r"(?:name|mention|list)\s+(?:them\s+)?(?:separately|on\s+their\s+own)|"
    r"(?:moeten|moet|zitten|zit) er ?(?:ook )?bij|natuurlijk|of course|(?:zijn|are)\s+(?:de|the)\s+"
    r"(?:(?:belangrijkste|voornaamste|main|key|most important)\s+)?(?:partijen|betrokkenen|"
    r"actoren|spelers|stakeholders|parties|actors|players))"
    # with a hedge after it ("... zijn de belangrijkste betrokkenen denk ik", "I think")
    r"(?:\s*,?\s*(?:denk\s+ik|volgens\s+mij|lijkt\s+me|i\s+think|i\s+guess|i'?d\s+say))?\s*[.!]*$",
    re.IGNORECASE,
)
# A tail that says the names before it are involved, with more names after it ("X en Y zijn
# betrokken, en ook Z", "X and Y are involved, and also Z"): read as a comma.
MID_TAIL_RE = re.compile(
    r"\s+(?:(?:zijn|is|are)\s+(?:er\s+)?(?:ook\s+)?(?:allemaal\s+)?(?:betrokken|involved)|"
    r"(?:horen|hoort)\s+er\s+(?:(?:natuurlijk|eigenlijk|zeker|ook|nog)\s+)*bij)"
    r"\s*,\s*(?:(?:en|and|plus)\s+)?(?:(?:ook|also|nog|then)\s+)?",
    re.IGNORECASE,
)
# "Verder zijn X en Y betrokken": the verb in front, "betrokken" at the end.
INVERTED_LEAD_RE = re.compile(
    r"^(?:(?:verder|daarnaast|dan|ook|en|bovendien)\s+)+(?:zijn|zitten)\s+(?:er\s+)?(?:ook\s+)?"
    r"(?:nog\s+)?(?P<names>.+?)\s+(?:ook\s+)?(?:betrokken|erbij|er\s+bij)\s*[.!]*$",
    re.IGNORECASE,
)
# Lead-ins that always announce actors ("betrokken zijn", "stakeholders:", "involved are"); the
# others ("het gaat om", "ik denk aan") only before names of people.
STRONG_LEAD_RE = re.compile(
    r"^(?:(?:o ja|oh|en|and|ook|also|verder|daarnaast|plus|so|dus)\b[,:]?\s*)*(?:"
    + FORMAL_ACTOR_LEAD
    + r"|(?:de\s+)?"
    r"(?:betrokken(?:en)?|actoren|stakeholders|belanghebbenden)\b|(?:zijn|are)\s+(?:er\s+)?"
    r"(?:ook\s+)?(?:betrokken|involved)|(?:the\s+|those\s+|all\s+those\s+)?involved\b|"
    r"(?:the\s+)?affected are|"
    r"(?:the\s+)?(?:people|ppl|parties)\s+involved\b|affected\s*:|"
    r"(?:dan\s+)?(?:zijn het|het zijn)\s*:|(?:wie|who)\b[^:,.?]{0,30}:|"
    # a list said as the answer ("Dan zijn het de ondernemers, ...", "then it's the owners, ...")
    r"(?:(?:(?:dan|then)\s+)?(?:it'?s|they'?re)(?=\s+[\w' -]{2,40},\s[\w' -]{2,40},)|"
    r"(?:dan\s+)?(?:zijn het|zijn dat))(?![^?]*\?\s*$)\s*:?|"
    r"(?:it|this|that)\s+involves\s*:?|"
    r"(?:the |my |our )?(?:actors|stakeholders|people involved|parties) are|"
    r"(?:wie|who)\s+(?:zijn|are)\s+(?:er\s+)?(?:betrokken|involved))",
    re.IGNORECASE,
)
# A lead-in that adds to what was said before ("en verder de GGD en de school", "and also the
# union"): names after it, once the actors step is past, are actors added late.
LATE_ADDITION_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:verder|daarnaast|bovendien|ook(?:\s+nog)?|nog|plus|also|further|"
    r"furthermore|besides|additionally|then there'?s)\b",
    re.IGNORECASE,
)
# Words that open an afterthought ("o ja, ...", "oh, and ...", "o wacht, ...", "oh wait, and"):
# what follows is read as if said on its own.
AFTERTHOUGHT_RE = re.compile(
    r"^(?:o+h?\s+ja|oja|oh+|o\s+wacht|oh\s+wait|ah)(?:\s*[,!]\s*|\s+)(?:(?:en|and)\b\s*)?",
    re.IGNORECASE,
)
# One more party after a list of actors, with a lead that adds it and what is said of it
# after a comma or a hedge ("En de studentenraad, die is nog niet gevraagd.", "also families of
# detainees i guess", "oh and the works council too"): the party.
AFTER_A_LIST_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oja|ohja|oh|en|and|also|ook|plus)\b[,]?\s+)+(?P<who>[^,.;:!?]{2,60}?)"
    r"(?:\s*,\s*(?:die|dat|wie|who|which|that)\b.*|\s+(?:i guess|i think|i suppose|denk ik|"
    r"geloof ik|trouwens|btw|too|ook|as well|natuurlijk|of course|vanwege|because of)\b.*)?[.!]?$",
    re.IGNORECASE,
)
# A party added with the reason it is involved ("En de MR, want die moet instemmen.", "and the
# union, because they negotiate the rosters"): the party; the reason may tell an effect.
REASONED_PARTY_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oja|oh|en|and|ook|also|plus)\b[,]?\s+)+(?:ook\s+|also\s+)?"
    r"(?P<who>(?:de|het|the|onze|our)\s+[^,.;:!?]{2,50}?)\s*,\s*"
    r"(?:(?:want|omdat|because|since|as)\s+|"
    # their part told after them ("ook de gemeente, die moet bij evacuatie", "who has to ...")
    r"(?=(?:die|who)\s+(?:moet|moeten|must|has\s+to|have\s+to|needs?\s+to)\b))"
    r"(?P<rest>[^.;!?]+?)[.!]?$",
    re.IGNORECASE,
)
# "Vergeet de GGD niet, die ...", "don't forget the union": an actor added in passing.
FORGET_RE = re.compile(
    r"^(?:(?:o ja|oh|en|and|maar|but)[,]?\s+)?(?:vergeet\s+(?P<nl>.+?)\s+niet\b|"
    r"(?:don'?t|do not) forget\s+(?:about\s+)?(?P<en>[^,.;]+))",
    re.IGNORECASE,
)
# "Bijna vergeten: X en Y", "oh, and I forgot: the X": names added after saying they were
# nearly left out.
FORGOT_LEAD_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oja|oh|o|en|and|maar|but)\b[,!]?\s*)*(?:(?:ik\s+was\s+|ik\s+ben\s+)?"
    r"(?:bijna|haast|nog)?\s*vergeten|(?:i\s+)?(?:almost\s+|nearly\s+)?forgot(?:ten)?)"
    r"\s*:\s*(?P<who>.+)$",
    re.IGNORECASE,
)
# A sentence that only adds someone in passing ("o ja, en de nazaten.", "oh and the cleaners
# too"): an actor, whatever the sentences after it say.
ADDED_RE = re.compile(
    r"^(?:o ja|oh ja|oh|o|ah|oja)[,!]?\s+(?:en|and)\s+(?P<who>[^,.;:!?]{2,60}?)"
    r"(?:\s+(?:ook|too|also|as well))?[.!]?$",
    re.IGNORECASE,
)
# One more party added after an interjection, with a comment, a condition or a hedge after it
# ("O, en de griffie.", "o en boeren, hij vliegt over hun land", "ow en de AP misschien", "oh
# and the ombudsman, they get the complaints anyway"): the party, named by the words right
# after "en"/"and"; not asked ("oh en de ombudsman misschien?"), and "ook"/"natuurlijk" only at
# the end ("o, en de camera's leggen natuurlijk ook ..." is a clause).
AFTERTHOUGHT_PARTY_RE = re.compile(
    r"^(?:o+h?|ow|owh|ah|oja|o+h? ja)[,!]?\s+(?:en|and)\s+(?:ook\s+|also\s+)?"
    r"(?P<who>(?:de|het|the)\s+[^,.;:!?]{2,50}?|[^\s,.;:!?]{3,30})"
    r"(?:\s*[,\-\u2013].*|\s+(?:als|if|want|omdat|because|misschien|wellicht|maybe|perhaps|"
    r"denk ik|i guess|i think)\b.*|\s+(?:natuurlijk|of course|ook|too|also|as well))?[.!]?$",
    re.IGNORECASE,
)
# Parties named as a guess, with no verb of their own ("Misschien de Autoriteit
# Persoonsgegevens.", "en wellicht deurwaarders, als een regeling misloopt", "The landlords
# maybe.", "perhaps also the works council"): a hedge before or after the names, a condition or
# reason after a comma left off.
HEDGE_WORDS = (
    r"(?:misschien|wellicht|mogelijk|eventueel|maybe|perhaps|possibly|i\s+suppose|i\s+guess|"
    r"denk\s+ik)"
)
SUGGESTED_RE = re.compile(
    rf"^(?:(?:en|and|of|or|plus|ook|also)\s+)?(?:(?P<lead>{HEDGE_WORDS})\s+(?:ook\s+|also\s+)?)?"
    r"(?P<who>[^,.;:!?]{2,80}?)"
    rf"(?:[\s,]+(?P<tail>{HEDGE_WORDS})(?:\s+(?:ook|too|also|as well))?)?"
    r"(?:\s*,\s*(?:als|wanneer|zodra|indien|omdat|want|if|when|once|because|since|although|"
    r"though|even\s+though|hoewel|al)\b[^.;!?]*)?"
    r"[\s.!?]*$",
    re.IGNORECASE,
)
# Words put in front of a Dutch main clause, after which its verb comes before its subject ("dan
# krijgen de bewoners ...", "bij beide voorstellen krijgen ouders ...").
FRONT_ADVERBS = frozenset((
    "dan", "toen", "nu", "straks", "daarna", "daardoor", "hierdoor", "daarom", "zo", "ook",
    "dus", "vaak", "soms", "misschien", "eerst", "later", "vervolgens", "uiteindelijk", "al",
    "nog", "voortaan", "binnenkort", "tegenwoordig", "vroeger", "daarbij", "bovendien",
))  # fmt: skip
FRONT_PREPOSITIONS = frozenset((
    "bij", "in", "na", "met", "door", "zonder", "tijdens", "volgens", "op", "onder", "sinds",
    "vanaf", "per", "binnen", "voor",
))  # fmt: skip
# Words a place or an arrangement starts with, never the name of a party added ("add: in the
# contract with the insurer, ...", "voeg toe: bij elke melding ...").
PLACE_PREPOSITIONS = frozenset((
    "in", "into", "with", "at", "on", "under", "during", "within", "after", "before", "bij", "na",
    "met", "door", "zonder", "tijdens", "op", "onder", "binnen",
))  # fmt: skip
# Words a lead before a colon starts with when it says how or when, not who ("Liever zo: ...",
# "Before anything else: ...", "Rather: ..."): no actor's label.
ADVERB_LABEL_STARTS = PLACE_PREPOSITIONS | frozenset((
    "liever", "rather", "eerst", "first", "sowieso", "anyway", "kortom", "overigens",
    "alternatively", "alternatief", "preferably", "instead", "anders", "otherwise",
))  # fmt: skip
# A party added with what it is after a comma, no verb of its own ("En de commissie van toezicht,
# de commissie die elke gevangenis heeft.", "And the ethics committee, the board that approves
# it."); not one taken up by "die"/"who" ("en de bewoners, die klagen ...": an effect).
APPOSED_RE = re.compile(
    r"^(?:en|and|plus)\s+(?:ook\s+|also\s+)?(?P<who>(?:de|het|the)\s+[^,.;:!?]{2,60}?)\s*,\s*"
    r"(?:de|het|een|the|a|an)\b[^.;!?]*[.!]?$",
    re.IGNORECASE,
)
# People obliged to do something ("zij moeten de app uitleggen", "they have to explain it"): what
# the technology asks of them.
OBLIGED_RE = re.compile(
    r"^(?:zij|ze|hij|they|he|she|we|wij)\s+(?:moeten|moet|must|have to|has to|need to|"
    r"needs to)\b",
    re.IGNORECASE,
)
# Someone said not to be involved ("the IT department is not really involved", "de leverancier
# hoort er eigenlijk niet bij"): about who the actors are, no effect.
NOT_INVOLVED_RE = re.compile(
    r"^(?:(?:en|and|ook|also|maar|but)\s+)?[^,.;:!?]{2,50}?\s+(?:(?:is|are|was|were)\s+(?:not|niet|"
    r"geen)\s+(?:really\s+|echt\s+|eigenlijk\s+|directly\s+|direct\s+)?(?:involved|betrokken)|"
    r"(?:hoort|horen)\s+er\s+(?:eigenlijk\s+|echt\s+)?niet\s+bij|"
    r"(?:zijn|is)\s+er\s+(?:eigenlijk\s+|echt\s+)?niet\s+bij\s+betrokken)\s*[.!]?$",
    re.IGNORECASE,
)
# Someone added with what follows about them ("de ouders horen er ook bij, want bij hen ...",
# "the works council must be added, they worry about ..."): an actor; what follows may be an
# effect about it (``reason``: it was given as the reason why).
ADDED_WITH_REST_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oja|ohja|oh|o|en|and|ook|also|verder|plus)[,]?\s+|"
    r"(?:nog\s+)?vergeten\s*:\s*|forgot(?:\s+one)?\s*:\s*|(?:ik\s+zou|i'?d|i\s+would)\s+)*"
    r"(?P<who>[^,.;:!?]{2,60}?)\s+(?:(?:horen|hoort|moeten|moet|zitten|zit)\s+er\s*(?:ook\s+|nog\s+|"
    r"zeker\s+|natuurlijk\s+|uiteraard\s+|eigenlijk\s+|wel\s+|echt\s+|dus\s+|toch\s+|"
    r"even\s+|maar\s+|trouwens\s+|dan\s+)*bij|(?:horen|hoort|moeten|moet)\s+(?:ook\s+|nog\s+|echt\s+)*op\s+de\s+"
    r"(?:actoren)?lijst|"
    r"(?:zijn|is)\s+ook\s+betrokken|(?:are|is)\s+also\s+involved|"
    # a party said to be an actor too ("X zijn ook een actor", "X is an actor too")
    r"(?:zijn|is)\s+(?:trouwens\s+|eigenlijk\s+|natuurlijk\s+)*ook\s+(?:een\s+)?"
    r"(?:actor|actoren|betrokkene|betrokkenen)|"
    r"(?:are|is)\s+(?:also\s+(?:an?\s+)?actors?|(?:an?\s+)?actors?\s+too)|"
    r"(?:must|should|needs? to|has to|have to)\s+(?:also\s+)?be\s+(?:added|included|listed|"
    r"(?:in|on)\s+(?:the|my|our|this|that)\s+(?:actors?\s+)?list|in\s+there|on\s+there|an\s+actor)|"
    r"(?:belong|belongs)\s+(?:(?:on|in)\s+(?:the|my|our|this)\s+(?:actors?\s+)?list|in it|there)|"
    r"(?:horen|hoort|moeten|moet)\s+(?:(?:wel|ook|nog|zeker|eigenlijk)\s+)*op\s+de\s+lijst|"
    # a party said to want a part in it ("de wethouder wil er wat mee", "the union wants in")
    r"(?:wil|willen|zal|zullen)\s+(?:er\s+)?(?:ook\s+|vast\s+|zeker\s+)*(?:wat|iets)\s+mee|"
    r"(?:wil|willen)\s+(?:er\s+)?(?:ook\s+|vast\s+|zeker\s+)*(?:over\s+)?(?:meepraten|"
    r"meedenken|meebeslissen|inspraak|betrokken\s+worden|bij\s+betrokken\s+worden)|"
    r"(?:wants?|will want)\s+(?:in(?:\s+on\s+(?:this|it|that))?|a say(?:\s+in\s+(?:this|it))?|"
    r"to be (?:involved|heard|consulted))|"
    r"(?:moet|moeten|wil|willen)\s+(?:er\s+)?(?:ook\s+|nog\s+|zeker\s+)*(?:naar\s+kijken|"
    r"meekijken)|(?:needs?|has|have|wants?)\s+to\s+(?:look at|see|sign off on)\s+(?:it|this)|"
    r"(?:ook\s+)?als\s+actor(?:en)?(?:\s+ook)?(?:\s+(?:noemen|toevoegen|zien|meenemen))?|"
    r"(?:too\s+|also\s+)?as\s+(?:an?\s+)?actors?(?:\s+too)?)"
    r"(?:\s+(?:too|as well|ook|natuurlijk|of course))?"
    r"\s*(?:(?:[,;:]\s*|\s+(?=want|omdat|because|since))(?:(?P<reason>want|omdat|because|since|as)"
    r"\s+)?(?P<rest>.+?))?[.!]?$",
    re.IGNORECASE,
)
