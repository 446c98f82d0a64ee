"""Referring to the assistant's proposals: numbers, ordinals, adopting them (Dutch and English)."""

from __future__ import annotations

import re

from assistant.language.cues.chatter import HESITATION

# Referring to proposals: "die eerste drie", "nummer 1 en 3", "neem ze allemaal over".
NUMBER_WORDS = {
    "een": 1, "één": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4,
    "four": 4, "vijf": 5, "five": 5, "zes": 6, "six": 6,
}  # fmt: skip
ORDINALS = {
    "eerste": 1, "first": 1, "tweede": 2, "second": 2, "derde": 3, "third": 3, "vierde": 4,
    "fourth": 4, "vijfde": 5, "fifth": 5, "zesde": 6, "sixth": 6, "laatste": -1, "last": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "1e": 1, "2e": 2, "3e": 3,
    "4e": 4, "5e": 5, "6e": 6, "2de": 2, "3de": 3, "4de": 4,
}  # fmt: skip
ADOPT_RE = re.compile(
    r"\b(?:neem|nemen|take|adopt|use|gebruik|pak|kies|choose|pick|akkoord met|agree with|"
    r"ga voor|go with|die zijn goed|these are good|those are good|they are good|prima|goed zo|"
    r"sounds good|looks good|klinkt goed|lijkt me goed|mee eens|fine by me|doe maar|ok[eé]?|"
    r"okay|yes|ja|top|mooi|perfect|great|super|fijn|excellent|akkoord|agreed|agree|sure|yep|"
    r"yeah|alright|allright|okido|eens|goed|good|fine|works|werkt|prachtig|uitstekend|"
    r"vul\s+(?:\w+\s+)?aan|aanvullen|fill\s+(?:it\s+|them\s+)?in|fill\s+in\s+the\s+rest|add|"
    r"voeg|toevoegen)\b",
    re.IGNORECASE,
)
# A proposal picked by what it is about ("the one about a human making the final decision", "die
# over de uitleg aan ouders", "en die met de knop"): the words after it name the proposal.
DESCRIBED_PICK_RE = re.compile(
    r"\b(?:the one|that one|the ones|the proposal|the suggestion|the idea|the option|die|degene|"
    r"het voorstel|de optie|het idee)(?:\s+(?:van jou|van je|of yours|you suggested|you gave|"
    r"je noemde|die je noemde|you mentioned))?\s+(?:about|on|with|for|where|over|met|voor|"
    r"waarin|waarbij)"
    r"\s+(?P<what>.+?)(?=\s+(?:and|en|plus|&)\s+(?:also\s+|ook\s+)?(?:the|that|die|degene|"
    r"het|de)\b|[,.;!?]|$)",
    re.IGNORECASE,
)
# A proposal picked by a word of it before "one", said on its own ("the appeal one too", "and the
# helpline one"): the word names the proposal (read only where it fits one on the table).
NOUN_ONE_PICK_RE = re.compile(
    r"^\W*(?:(?:and|also|plus)\s+)?(?:the|that)\s+(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+one"
    r"(?:\s+(?:too|as\s+well|also))?\W*$",
    re.IGNORECASE,
)
# A judgement after what a pick describes ("die over een check van het dashboard vind ik goed",
# "the one about a complaints line sounds good"): no part of the measure described.
PICK_JUDGED_TAIL_RE = re.compile(
    r"\s+(?:vind\s+ik|lijkt\s+me|lijkt\s+mij|klinkt|sounds|seems|looks|is|are|zijn|vond\s+ik)"
    r"(?:\s+(?:wel|heel|echt|really|very|quite|erg|me|mij|ook|also))*\s+(?:goed|prima|mooi|fijn|"
    r"sterk|top|good|fine|great|nice|ok[eé]?|okay|right|useful|handig|zinvol)\s*[.!]*$",
    re.IGNORECASE,
)
# A yes after what a pick describes, set off by a dash ("the one where X - yes", "die met X -
# ja graag"): no part of the measure described.
PICK_YES_TAIL_RE = re.compile(
    r"\s+[-\u2013\u2014]+\s*(?:yes|yep|yeah|ja|jep|sure|zeker|graag|please|def(?:initely)?|"
    r"absolutely|doen|prima|ok[eé]?|okay)\b[\w\s!.]*$",
    re.IGNORECASE,
)
# Taking a proposal, in front of a sentence ("neem die over ...", "I'll take the one ...", "ok,
# go with the one about ..."): a pick by description, also when the description fits none.
PICK_LEAD_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|ja|yes|prima|goed|fine|dan|then)[,!]?\s+)?(?:(?:i'?ll|we'?ll|i'?d|we'?d|i|we|ik|"
    r"wij)\s+)?(?:(?:would|will|wil|zou|want\s+to)\s+)?(?:neem|nemen|take|kies|kiezen|choose|"
    r"pick|go\s+with|ga\s+voor|doe\s+maar|use|gebruik|like|want)\b",
    re.IGNORECASE,
)
# A count said of the items just chosen ("die twee", "those three", "beide", "both of them").
CHOSEN_COUNT_RE = re.compile(
    r"\b(?:(?:die|deze|those|these|the)\s+(?P<count>twee|drie|vier|two|three|four)\b|"
    r"(?P<count2>beide|both)\b)",
    re.I,
)
ALL_WORDS_RE = re.compile(
    r"\b(?:alle|allemaal|alles|all|everything|both|beide|ze|die|them|those|these|deze)\b", re.I
)
# Every one of them said in so many words ("take them all", "neem ze allemaal over", "both"):
# an opening that takes them all, also when more follows ("take them all, but I'd add ...").
ALL_OF_THEM_RE = re.compile(r"\b(?:alle|allemaal|all|everything|both|beide)\b", re.I)
# "That's all" / "dat is alles": nothing more to add, no "all" of the proposals ("thanks,
# that's all", "dat is alles wel"); "that's all good" still agrees with them.
NOTHING_MORE_RE = re.compile(
    r"\b(?:that'?s|thats|that is|this is|dat is|dat was|dit is|dit was|verder)\s+(?:all|alles|"
    r"niks|niets)\b(?!\s+(?:good|goed|fine|prima|great|ok|oke|oké|top|mooi|right|correct))",
    re.I,
)
# Thanks at the end of a short reply ("sounds good, thx"): they add nothing to it.
_THANKS = "thx thanks thank thnx tnx ty cheers dank dankje dankjewel dankuwel bedankt merci"
THANKS = frozenset(_THANKS.split())
# A hedge or a time closing a short reply ("dat was het wel denk ik", "that's it I guess",
# "that's it for now", "klaar voor vandaag", "that's it for me", "dat was het voor mij").
SHORT_HEDGE_RE = re.compile(
    r"[\s,]+(?:denk ik|i think|i guess|i suppose|volgens mij|geloof ik|(?:for|voor)\s+"
    r"(?:now|nu|today|vandaag|the moment|het moment|me|mij|my part|mijn part|mijn kant)|so far|"
    r"tot nu toe|zo|hoor|wel)[\s.!]*$",
    re.IGNORECASE,
)
# A hedge in front of a short reply ("hmm, I think that's it", "ik denk dat dat het is").
SHORT_HEDGE_LEAD_RE = re.compile(
    rf"^(?:(?:hmm+|{HESITATION}|ok[eé]?|okay|so|nou|well)[\s,]+)*(?:i\s+think|i\s+guess|"
    r"ik\s+denk(?:\s+dat)?|volgens\s+mij)[\s,]+",
    re.IGNORECASE,
)
# Words around a reference to proposals that add nothing ("ja, die zijn goed").
_FILLER = (
    "ja yes nee no ok oké oke okay prima goed zo die dat deze ze them those these the de het "
    "neem nemen overnemen take over graag please maar dan en and of nummer number nr nrs "
    "optie opties "
    "option options voorstel voorstellen proposal proposals waarde waarden value values zijn "
    "is are good fine goede lijken lijkt me klinkt sounds looks top mooi perfect allemaal "
    "alle all everything alles wel doe i'll ik wil want we use gebruik kies choose pick "
    "akkoord agree agreed with met mee eens go for voor ga just alleen only sound right great "
    "nice lovely fine your jouw je suggestions suggestion suggested proposed stelt wat what "
    "you jij idem same gewoon those ok okay yes yeah sure dat those add adopt neem over "
    "voorstelt stel zeg zegt say says three drie twee two hoor by helemaal yeah yep sure alright "
    "allright okido works werkt thats that's akkoord agree mij that it this dit voeg toe "
    "toevoegen erbij include ook also too klinken lijken look seem seems ziet zien er uit "
    "andere other others overige rest remaining vul aan aanvullen fill in complete ideas ideeën "
    "ideeen suggesties as well vind vinden denk think definitely absolutely certainly zeker "
    "absoluut natuurlijk really echt exactly precies inderdaad indeed bij klaar done r u ur keep "
    "houd van of from uit list lijst jou yours plus jep jup yup jap jawel nog extra to "
    "listed mentioned gave named noemde noemt gaf gaven voorstelde " + " ".join(THANKS)
)
FILLER = frozenset(_FILLER.split())
# Words around a recognised effect prompt and the actor it is of ("ja, de tweede herken ik
# wel, vooral bij de monteurs", "the first one rings true for the drivers").
_RECOGNISING = (
    "herken herkennen herkenbaar herkende klopt kloppen zeker wel vooral bij voor ook zeer heel "
    "erg echt precies dat die het de een speelt speelt hier geldt past recognise recognize "
    "recognised recognized familiar rings ring true bell applies fits spot on for with "
    "especially too also here that this really definitely the a one is ik i we wij denk think "
    "zou would say zeggen"
)
RECOGNISING = frozenset(_RECOGNISING.split())
# Words around a list of values that rank them or fill ("privacy eerst, dan waardigheid").
_RANKING = (
    "eerst eerste first then daarna dan vervolgens en and ook also maar but minder less meer "
    "more belangrijk belangrijker belangrijkst important most vooral especially mostly de het "
    "the a voor for mij me ik i vind think dus so natuurlijk of course zeker certainly gaat "
    "over is about dat this that zijn are als as tweede second derde third laatste last top "
    "hoogst highest priority prioriteit "
)
RANKING = frozenset(_RANKING.split())
# Extra filler around values: "ik zou zeggen", "op 1", "voor mij gaat het over".
_VALUE_FILLER = (
    "op zou zeggen say would denk denken mij my me gaat het over about it's its nummer number "
    "nr plaats place en and ook too also die that wil want er bij erbij add graag please as als "
    "waarde value waarden values hier here echt really heel very erg zeer super much lot "
    "matters matter telt tellen counts count obviously obvious uiteraard clearly duidelijk "
    # words that keep a value going ("keeping staff in charge", "blijven houden")
    "keeping keep staying stay being houden blijven "
    # a hedge typed after a value ("convenience or something", "saamhorigheid ofzo")
    "something sth whatever zoiets ofzo"
)
VALUE_FILLER = RANKING | frozenset(_VALUE_FILLER.split())
# Short items beside named values that are no value of the user's own: a condition or an aside
# ("if that counts", "of is dat te hip"), words about the method itself ("now the options", "max
# vier", "one per kind"), a sound or a bare direction ("hmm", "positief"), a move ("ga verder").
NOT_OWN_VALUE_RE = re.compile(
    r"^(?:if|als|of|or|anders|otherwise|unless|tenzij|ga|go|hmm+|uh+m*|eh+m*|mwah+|meh+|tja+)\b|"
    # not knowing, no name ("idk", "dunno", "geen idee", "weet ik niet")
    r"^(?:idk|dunno|i\s+don'?t\s+know|no\s+idea|geen\s+idee|weet\s+(?:ik\s+)?niet|"
    r"weetniet|wn)\b|"
    r"\b(?:options?|opties|handelingsopties|voorstellen|proposals?|max(?:imum)?|hooguit|"
    r"at\s+most|per\s+(?:kind|soort|waarde|value)|each\s+kind|elke\s+soort)\b|"
    r"^(?:positi(?:ve|ef)|negati(?:ve|ef))$|"
    # a contrast or a denial, not a name ("niet de computer", "nee, gewoon helemaal niet")
    r"^(?:nee\W+|no\W+)?(?:(?:gewoon|just|dus|so)\s+)?(?:(?:helemaal|absoluut|at all)\s+)?"
    r"(?:niet|nooit|not|never)\b|\b(?:helemaal niet|not at all)$|"
    # a remark on what was said ("it's a prison", "that's obvious", "maar dat is bijzaak")
    r"^(?:(?:but|and|though|maar|en)\s+)?(?:it|that|this|there|het|dat|dit)(?:'s|'re|\s+(?:is|"
    r"was|zijn|are))\b|"
    # the rest of a qualifier, not a name ("[equal treatment of tenants with and] without a
    # smartphone", "[vertrouwen tussen school en] ouders")
    r"^(?:with|without|met|zonder|between|tussen)\b|"
    # whom the value before is for, or for whom above all ("[vrijheid van meningsuiting en] van
    # kunst", "[proportionality,] especially for kids")
    r"^(?:van|for|voor|especially|particularly|vooral|met\s+name|in\s+het\s+bijzonder)\b|"
    # the next step named as a move ("so, measures", "ok maatregelen")
    r"^(?:(?:so|ok[eé]?|dus|nu|now|then|dan|en|and)\W+)*(?:measures|maatregelen|actions|acties)$|"
    # what the value before means in the speaker's words ("autonomy, like owning your own
    # story", "privacy, zoals niet gevolgd worden")
    r"^(?:like|such\s+as|zoals|e\.?g\.?|bv\.?|bijv\.?|bijvoorbeeld|for\s+example|i\.?e\.?)\s|"
    # a move on or nothing more to add ("nee verder niets", "volgende", "nothing else")
    r"^(?:(?:nee|no|ok[eé]?)\W+)?(?:verder\s+)?(?:niets|niks|nothing)(?:\s+(?:meer|verder|else|"
    r"more))?$|^(?:volgende|verder|next|door|doorgaan|continue)(?:\s+(?:stap|step|graag|please))?$|"
    # the lead of what the speaker thinks of ("I'm thinking of ...", "ik denk zelf aan ...")
    r"^(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are)\s+thinking\b|^ik\s+(?:denk|zat)\s+(?:\w+\s+)?aan\b|"
    # asking for a name, naming none ("hoe heet dat", "what's it called")
    r"\bhoe\s+(?:heet|noem\s+je)\s+(?:dat|het|zoiets)\b|\bwhat'?s\s+(?:it|that|this)\s+called\b|"
    r"\b(?:what|how)\s+do\s+you\s+call\s+(?:it|that|this)\b|"
    # a fact about the case: since when, run by whom ("sinds 2022 in gebruik", "beheerd door de
    # afdeling", "managed by the IT team")
    r"^(?:sinds|since|vanaf)\b|\b(?:19|20)\d\d\b|^(?:ge|be|ver|ont)\w+[dt]\s+door\b|"
    r"^(?:run|owned|operated|managed|funded|paid|built|bought)\s+by\b|"
    # an aside of certainty or a pointer to what was named ("I'm sure", "denk ik", "so put that
    # in too", "zet die er ook bij")
    r"^(?:i'?m\s+(?:sure|certain)|i\s+(?:think|guess|suppose)|surely|zeker(?:\s+weten)?|"
    r"denk\s+ik|volgens\s+mij)$|^(?:(?:so|dus|and|en)\s+)?(?:put|add|include|zet|voeg|doe)\s+"
    r"(?:that|this|it|those|dat|die|dit|het|ze)\b|"
    # the order of the values named before ("in that order", "in die volgorde", "precies in deze
    # volgorde", "ranked like that")
    r"^(?:(?:and|en|ok|so|dus)\W+)?(?:(?:precies|exactly|ook|also)\s+)?(?:in\s+(?:that|this|die|"
    r"deze)\s+(?:order|volgorde)|(?:ranked|ordered)\s+(?:like\s+)?(?:that|this)|op\s+(?:die|deze)\s+"
    r"volgorde)$|"
    # both of the values weighed before, naming neither ("Allebei, denk ik", "but keep both")
    r"^(?:(?:but|maar|so|dus|and|en)\s+)?(?:(?:keep|houd|hou|neem)\s+)?(?:both|allebei|"
    r"alle\s*twee|beide)(?:\s+(?:of\s+them|dus|then|maar|wel))?$",
    re.IGNORECASE,
)
# An abbreviation or a fragment, never a value's name: a word without a vowel ("lln", "mw",
# "ff") or of one or two letters.
ABBREVIATION_RE = re.compile(r"^(?:[^\Waeiouyàáäâèéëêìíïîòóöôùúüû]+|\w{1,2})$", re.IGNORECASE)
# A list word left at the end of an item ("rust en [welzijn]"): cut off, not part of the name.
TRAILING_LIST_WORD_RE = re.compile(r"\s+(?:en|and|of|or|plus|maar|but)$", re.IGNORECASE)
# Asides around a list of values that name none ("..., eerlijk gezegd", "to be honest").
VALUE_ASIDE_RE = re.compile(
    r"\b(?:eerlijk gezegd|om eerlijk te zijn|zeg maar|to be honest|honestly|frankly|"
    r"i think|i guess|denk ik|lijkt me|volgens mij|eigenlijk|actually|"
    # a name hedged ("..., whatever you call that", "of hoe je dat ook noemt")
    r"whatever\s+you(?:'d)?\s+(?:call|name)\s+(?:that|it|this)|or\s+whatever|so\s+to\s+speak|"
    r"(?:of\s+)?hoe\s+je\s+(?:dat|het)\s+(?:ook\s+)?(?:noemt|wilt\s+noemen))\b",
    re.IGNORECASE,
)
# The reason given after the values, up to the end of the sentence ("..., want dat laatste is
# waar we het voor doen", "... because that is what we do it for"): names no value of its own.
REASON_TAIL_RE = re.compile(
    r",?\s+\b(?:want|omdat|aangezien|gezien|vanwege|because|since|given|due\s+to)\b[^.!?\n]*|"
    # "..., dat is voor ons echt een kernwaarde", "..., that's what we stand for"
    r",\s+(?:dat|dit|that|this)\s+(?:is|was|zijn|are)\b[^.!?\n]*|,\s+that'?s\b[^.!?\n]*",
    re.IGNORECASE,
)
# A value added in so many words ("en voeg gastvrijheid toe", "zet rust er ook bij", "and add
# hospitality"): the value alone, as an item of the list.
ADDED_VALUE_RE = re.compile(
    r"\b(?:voeg|zet|doe)\s+(?:(?:ook|nog|er|maar)\s+)*(?P<nl>[\w-]+(?:\s+[\w-]+){0,3}?)"
    r"(?:\s+(?:er|ook|nog|maar))*\s+(?:toe|bij|erbij|aan\s+toe)\b|"
    r"\b(?:(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+want\s+to)?\s+(?:also\s+)?)?(?:add|include)\s+"
    r"(?:(?:also|too)\s+)?(?P<en>[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s*(?:[,.;!?]|$|\s+(?:too|as\s+"
    r"well|to\s+(?:that|the\s+list|it))\b))",
    re.IGNORECASE,
)
# What qualifies a value named just before it ("the wellbeing of the pilots", "vakmanschap van de
# handhavers"): who it is for, not a value of its own.
VALUE_QUALIFIER_RE = re.compile(
    r"\s+(?:of|for|among|van|voor|bij|onder|vd|v\.d\.|v/d|vh|v\.h\.)\s+(?:(?:the|de|het|our|their|"
    r"onze|hun|all|alle)\s+)?"
    r"[\w'-]+(?:\s+(?!(?:and|en|or|of)\b)[\w'-]+)?|"
    # between whom it holds ("vertrouwen tussen cliënt en behandelaar", "trust between the
    # pupil and the teacher"): both sides belong to the qualifier
    r"\s+(?:between|tussen)\s+(?:(?:the|de|het|a|een)\s+)?[\w'-]+\s+(?:and|en)\s+"
    r"(?:(?:the|de|het|a|een|hun|their|his|her|zijn|haar)\s+)?[\w'-]+",
    re.IGNORECASE,
)
# Words around a list of values that name none of them: an apology or a correction of something
# said before ("sorry typo before", "oeps, vergeten"), never a value's name.
APOLOGY_RE = re.compile(
    r"^(?:sorry|soz|oops|oeps|excuse me|pardon|my bad|mijn fout|typo|tikfout)\b", re.IGNORECASE
)
# A value of one's own named by an abstract noun, then whom or what it is for ("vertrouwelijkheid
# van de advocatenpost", "openness of the process"): the noun names the value; without an article
# the whole stays its name ("sanctity of life", "zekerheid van inkomen").
OWN_VALUE_FOR_RE = re.compile(
    r"^(?P<value>\w+(?:heid|ness|ity|iteit|schap))\s+(?:van|of|voor|for|bij|towards|naar)\s+"
    r"(?:de|het|the|een|a|an|hun|their|onze|our|alle|all)\s+\S",
    re.IGNORECASE,
)
# A synonym said as a question ("who is responsible", "wie is er verantwoordelijk"): the value is
# named by the catalogue's name, not by the question.
QUESTION_NAME_RE = re.compile(r"^(?:who|what|how|why|which|wie|wat|hoe|waarom|welke)\b", re.I)
# "of" between two words of the user's own that are no catalogue value: in English the name of one
# value ("presumption of innocence", "best interest of the child"), not two.
OWN_NAME_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# A change word at the start of a short clause makes a value's name an effect ("minder persoonlijk
# contact", "more transparency", "geen privacy meer").
CHANGE_BEFORE_VALUE_RE = re.compile(
    r"^\s*(?:(?:veel|much|far|nog|even)\s+)?"
    r"(?:minder|meer|less|more|fewer|geen|no|verlies van|loss of|"
    r"betere?|better|slechtere?|worse)\b",
    re.IGNORECASE,
)
# A remark that only names the value an effect is about: "dat raakt aan gelijke behandeling",
# "which is about service and efficiency", "that has to do with fairness", "dat van die
# gedeelde telefoon raakt echt aan gelijke behandeling".
VALUE_REMARK_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:dat|dit|wat|het|which|that|this|it)"
    r"(?:\s+(?:van|met|over|with|about|of)\s+(?:die|dat|de|het|the|that|those)\s+[\w' -]{1,40}?"
    r"(?=(?:\s+(?:echt|really|wel|ook|also|vooral|mostly|gewoon|just|toch|definitely|zeker))*\s+"
    r"(?:raakt|gaat\s+over|heeft\s+te\s+maken|komt\s+neer|has\s+to\s+do|touches|concerns|comes\s+down|"
    r"is\s+about)\b))?"
    r"(?:'s\b|\s+(?:is|was|zijn))?(?:\s+(?:echt|really|wel|ook|also|vooral|mostly|gewoon|just|"
    r"toch|definitely|zeker|all))*\s*"
    r"(?:raakt(?:\s+aan)?|gaat\s+over|heeft\s+te\s+maken\s+met|komt\s+neer\s+op|"
    r"has\s+to\s+do\s+with|touches(?:\s+on)?|concerns|comes\s+down\s+to|is\s+about|about|"
    r"over)?\s*",
    re.I,
)
# A value added by name: "zet inclusie er ook bij als waarde", "add trust as a value".
VALUE_CUE_RE = re.compile(r"\b(?:als (?:een )?waarde|as a value|als extra waarde)\b", re.I)
# A name added with an instruction and nothing else: "voeg autonomie toe, dan is het goed",
# "add dignity too" (a value when the name is one in the catalogue).
ADD_NAME_RE = re.compile(
    r"^(?:(?:en|and|ook|also|dan|then|nog)\s+)?(?:(?:i|we)(?:'d|\s+would)\s+(?:also\s+)?)?"
    r"(?:voeg|zet|neem|add|include|put)\s+"
    r"(?P<name>[\w' -]+?)(?:\s+(?:explicitly|expliciet|separately|apart))?"
    r"(?:\s+(?:er\s*)?(?:ook\s+|nog\s+)?(?:toe|bij|erbij|erin|mee|too|as\s+well|also))?"
    # "add representativeness if that counts as a value", "voeg X toe als dat als waarde telt"
    r"(?:\s+(?:if|als|indien|mits)\s+(?:that|this|it|dat|dit|het)\s+(?:counts|telt|geldt|"
    r"qualifies|is\s+allowed)\s+(?:as\s+(?:a\s+)?value|als\s+(?:een\s+)?waarde)|\s+(?:if|als|indien|"
    r"mits)\s+(?:that|this|it|dat|dit|het)\s+(?:als\s+(?:een\s+)?waarde\s+(?:telt|geldt|mag)))?"
    r"\s*(?:[,.;!]|$)",
    re.I,
)
# Which value weighs most, said after its name where options are asked ("rechtvaardigheid vind
# ik het belangrijkst", "fairness matters most to me"): values, not a measure.
VALUE_WEIGHT_RE = re.compile(
    r"\b(?:vind\s+ik\s+(?:het\s+)?(?:belangrijk\w*|het\s+zwaarst)|is\s+(?:voor\s+mij\s+)?het\s+"
    r"belangrijkst\w*|weegt\s+(?:voor\s+mij\s+)?het\s+zwaarst|matters?\s+(?:the\s+)?most|"
    r"(?:is|are)\s+(?:the\s+)?most\s+important|comes?\s+first|sta(?:at|an)\s+voorop|"
    r"sta(?:at|an)\s+(?:voor\s+(?:mij|ons)\s+)?(?:bovenaan|op\s+(?:één|een|1))|"
    r"(?:is|are)\s+(?:at\s+)?(?:the\s+)?top\s+of\s+(?:my|our|the)\s+list)\b",
    re.I,
)
# Not knowing said before a value named unsure ("idk, rechtvaardigheid?", "no idea, fairness?",
# "geen idee, privacy misschien?"): the value is named all the same.
UNSURE_LEAD_RE = re.compile(
    r"^\W*(?:idk|dunno|i\s+don'?t\s+know|no\s+idea|not\s+sure|geen\s+(?:flauw\s+)?idee|"
    r"weet\s+(?:ik\s+)?niet|geen\s+idee\s+eigenlijk)\b[\s,.:;-]*",
    re.I,
)
# One value put above another ("ik zou gezondheid boven veiligheid zetten", "put fairness above
# efficiency", "rank privacy ahead of speed"): a ranking of values, no effect.
VALUES_RANKED_RE = re.compile(
    r"\b(?:boven|above|ahead\s+of|higher\s+than|hoger\s+dan)\b.*\b(?:zetten|zet|plaatsen|"
    r"plaats|stellen|zou\s+zetten)\b|\b(?:zet|zetten|plaats|plaatsen|put|place|rank)\b.*"
    r"\b(?:boven|above|ahead\s+of|higher\s+than|hoger\s+dan)\b",
    re.I,
)
# A name added by saying one would put it in, the verb after it ("ik zou er zelf nog
# betrouwbaarheid bij zetten", "we willen er ook autonomie bij hebben", "I'd put fairness on the
# list too"): as ``ADD_NAME_RE``, a value when the name is one in the catalogue.
ADD_NAME_AFTER_RE = re.compile(
    r"^(?:(?:en|and|ook|also|dan|then|maar|but)\s+)?(?:ik|wij|we)\s+(?:zou|zouden|wil|willen)\s+"
    r"(?:er\s+)?(?:(?:zelf|nog|ook|graag|wel)\s+)*(?P<name>[\w' -]+?)\s+(?:er\s*)?"
    r"(?:ook\s+|nog\s+)?"
    r"(?:bij|erbij|aan\s+toe)\s+(?:zetten|doen|nemen|hebben|willen)\b|"
    r"^(?:(?:and|also|then|but)\s+)?(?:i|we)(?:'d|\s+would)\s+(?:also\s+)?(?:put|place)\s+"
    r"(?P<en>[\w' -]+?)\s+(?:on|in)\s+(?:the\s+list|there)(?:\s+(?:too|as\s+well))?\s*(?:[,.;!]|$)|"
    # what others would add ("the patient council would add respect, I'm sure")
    r"^(?:the\s+)?(?:[\w'-]+\s+){1,3}(?:would|will)\s+(?:also\s+|surely\s+)?add\s+"
    r"(?P<other>[\w' -]+?)\s*(?:[,.;!]|$)",
    re.I,
)
# A value asked back as a question ("zou transparantie niet ook een ding zijn?", "isn't privacy
# a thing too?", "is eerlijkheid niet belangrijk?"): that value, also where options are asked.
VALUE_ASKED_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ok|oké|oh|o|hmm|ja|yes)\W+)*(?:zou|is|isn'?t|wouldn'?t|would|"
    r"speelt|doesn'?t)\s+(?P<name>[\w' -]+?)\s+(?:(?:niet|not|ook|also|eigenlijk|actually|hier|"
    r"here)\s+)*(?:(?:een|a|an)\s+(?:ding|thing|issue|waarde|value|punt|point)|belangrijk|"
    r"important|relevant|meespelen|mee|in\s+play|(?:een\s+)?rol\s+spelen|play\s+a\s+role|"
    r"matter)(?:\s+(?:zijn|be|too|ook|hier|here|spelen|as\s+well))*\W*$",
    re.I,
)
# A sentence that says it lists values: "de waarden zijn voor mij ...", "dan zou ik de waarden zo
# noemen: ...", "my values would be ...", "values: ...", "values i think.. ...", "waarden denk
# ik... ...".
VALUES_LEAD_RE = re.compile(
    r"^(?:[\w']+[\s,]+){0,6}?(?:waarden|values)(?:\s*(?:\.{2,}|…|[-–—]+)|\b[^.?!:]{0,60}?"
    r"(?::|\b(?:zijn|zou ik|noem ik|zie ik|would be|are|i'd say|i see|i'd name|draait het om|"
    r"gaat het om|gaat het mij om|it'?s about|it'?s all about|it comes down to)\b)|"
    r"\s+(?:i\s+(?:think|guess|suppose|reckon)|denk\s+ik|zou\s+ik\s+zeggen)\s*(?:\.{2,}|…|[-–—:,]))",
    re.IGNORECASE,
)
# A sentence that only says values follow ("values i think..", "my values:", "waarden denk
# ik...", "values, in my words:"): it names none itself. Not "values?", which asks to go on.
VALUES_WORD_ONLY_RE = re.compile(
    r"^\W*(?:(?:so|ok|oké|dus|nou|well|en|and|oh|o|ah|ja|yes)\W+)*(?:(?:my|mijn|our|onze|the|de)\s+)?"
    r"(?:values|waarden)(?:\W+(?:i\s+(?:think|guess|suppose|reckon|'d\s+say)|denk\s+ik|"
    r"zou\s+ik\s+zeggen|then|dan|in\s+(?:my|our)\s+(?:own\s+)?words|in\s+(?:mijn|onze)\s+"
    r"(?:eigen\s+)?woorden))?[^\w?]*$",
    re.IGNORECASE,
)
# Where values are asked, a sentence that says what it is about for the speaker ("voor mij zit
# het vooral in veiligheid", "for me it comes down to privacy", "I'd pick ..."): the values it
# names.
_VALUE_LEAD = (
    r"^(?:(?:en|and|nou|well|ok)\W+)?(?:voor mij(?: zelf)?|voor ons|wat mij betreft|for me|for "
    r"us|to me)"
    r"(?:\s*:|\W+(?:(?:zit|gaat|draait|ligt)\s+(?:het|'?t)|(?:it|this)\s+(?:is|(?:all\s+)?comes "
    r"down to|'s))\b)|"
    # a lead that says what it is about for the speaker ("waar het mij om gaat: dat ...", "mij
    # gaat t om: ...", "it all comes down to: ...", "mine would be: ...", "what drives me: ...")
    r"^(?:(?:en|and|nou|well|ok|oké|so|dus|maar|but)\W+)*(?:waar het (?:mij|ons|me) "
    r"(?:\w+\s+)?om gaat|(?:het|'?t) gaat (?:mij|ons|me) (?:\w+\s+)?om|(?:mij|ons|me) gaat "
    r"(?:het|'?t) (?:\w+\s+)?om|wat (?:mij|ons) drijft|"
    # after a thought, the verb first ("als ik erover nadenk gaat het mij in de eerste plaats
    # om ...", "when I think about it, for me it's first of all about ...")
    r"(?:als|wanneer) (?:ik|we|wij) (?:er )?(?:erover|goed|zo) (?:na)?den\w*,? gaat (?:het|'?t) "
    r"(?:mij|ons|me) (?:\w+\s+){0,4}?om|when (?:i|we) think (?:about it|it over),? (?:for "
    r"(?:me|us),? )?(?:it'?s|it is|this is) (?:\w+\s+){0,4}?about|"
    r"(?:it|this) (?:all\s+)?comes down to|"
    r"what (?:it|this) (?:all\s+)?comes down to|what drives (?:me|us)|mine (?:would be|are|is)|"
    r"mine\s*:|my values? (?:would be|are|is)|mijn waarden (?:zijn|zouden zijn)|de mijne "
    r"(?:zijn|zouden zijn|is)|"
    # what the speaker keeps coming back to or named already ("what I keep coming back to is
    # ...", "waar ik steeds op terugkom: ...", "ik noemde zelf al ...", "I already mentioned ...")
    r"what (?:i|we) keep (?:coming|going) back to(?: is| are)?|waar (?:ik|we|wij) (?:steeds|"
    r"telkens|elke keer|almaar) (?:weer )?(?:op )?(?:terugkom\w*|uitkom\w*)(?: is| zijn)?|"
    r"(?:ik|wij|we) (?:noemde|noemden|had|hadden) (?:zelf )?(?:al|eerder|net)(?: genoemd)?|"
    r"(?:i|we) (?:already|just|also) (?:mentioned|named)|(?:i|we) mentioned (?:earlier|before))"
    r"(?!\w)\W*|"
    # what the speaker finds important, said as such ("wat ik belangrijk vind: dat ...", "what
    # matters to me: that ...", "values for me: ...")
    r"^(?:(?:en|and|nou|well|ok|oké)\W+)*(?:wat (?:ik|wij|we) (?:belangrijk vind\w*|wil\w*)|"
    r"wat (?:voor mij|voor ons|mij|ons) (?:telt|belangrijk is)|what (?:matters|counts) (?:to|for) "
    r"(?:me|us)|what (?:i|we) (?:care about|find important|value)|"
    r"(?:values|waarden) (?:for|voor) (?:me|mij|us|ons))\s*[:?]|"
    # what matters after whom it matters to ("for me what matters is that ...", "voor mij is
    # wat telt dat ...")
    r"^(?:(?:en|and|nou|well|ok|oké|so|dus|maar|but)\W+)*(?:for|to|voor) (?:me|us|mij|ons)\W+"
    r"(?:what (?:really )?(?:matters|counts)(?: most)? is|(?:is )?wat (?:echt )?(?:telt|"
    r"belangrijk is),? is)\b"
)
# A lead that says what follows is what matters to the speaker (the first two kinds above):
# what follows names values, never an actor or an effect.
VALUE_LEAD_RE = re.compile(_VALUE_LEAD, re.IGNORECASE)
VALUE_STANCE_RE = re.compile(
    _VALUE_LEAD + "|"
    # a choice said as such: "then I'd pick ...", "ik zou kiezen voor ..."
    r"^(?:(?:right|ok|oké|dan|then|so|dus|nou|well)\W+)*(?:i'd|i would|i|ik zou|ik|we'd|we)\s+"
    r"(?:(?:dan|then)\s+)?(?:pick|choose|go for|kies|kiezen|ga voor|gaan voor)\b|"
    r"^(?:(?:ok|oké|dan|dus|nou)\W+)*(?:kies|kiezen|ga|gaan)\s+(?:ik|we|wij)\s+(?:voor\b)?|"
    # what the speaker would name ("I'd say ...", "ik zou zeggen ...")
    r"^(?:(?:right|ok|oké|dan|then|so|dus|nou|well|hmm)\W+)*(?:i'?d|i would|we'?d|we would|"
    r"ik zou|wij zouden|we zouden)\s+(?:say|zeggen)\b",
    re.IGNORECASE,
)
# What the speaker was thinking of ("ik dacht zelf aan ...", "I was thinking of ..."): values
# where a value follows at once.
THINKING_OF_RE = re.compile(
    r"^(?:(?:ok|oké|nou|well|so|dus)\W+)*(?:ik|wij|we)\s+(?:dacht|dachten|zat|zaten)\s+"
    r"(?:(?:zelf|eerder|vooral|zo|te\s+denken)\s+)*aan\s+|^(?:(?:ok|well|so)\W+)*(?:i|we)\s+(?:was|were)\s+thinking\s+"
    r"(?:of|about)\s+|^(?:(?:ok|well|so)\W+)*(?:i|we)\s+thought\s+(?:of|about)\s+",
    re.IGNORECASE,
)
# A sentence opened by what the speaker finds important ("waar het mij om gaat: dat ...", "wat ik
# belangrijk vind? dat ...", "voor mij gaat t om: ...", "what matters most to me is that ..."):
# what follows says what should be protected, not what happens; nor do the bare "dat ..."/
# "that ..." sentences right after it.
MATTERS_LEAD_RE = re.compile(
    r"^\W*(?:(?:en|and|nou|well|ok|oké|mwah|maar|but|dus|so)\W+)*(?:"
    r"wat\s+(?:ik|wij|we)\s+(?:zelf\s+)?(?:echt\s+)?(?:het\s+)?belangrijk(?:st)?\w*\s+vind\w*|"
    r"waar\s+het\s+(?:mij|ons|me)\s+(?:\w+\s+)?om\s+gaat|waar\s+het\s+(?:voor\s+)?(?:mij|ons)\s+"
    r"(?:\w+\s+)?om\s+(?:gaat|draait)|(?:voor\s+(?:mij|ons)|mij|ons)\s+(?:gaat|draait)\s+(?:het|'?t)\s+"
    r"(?:\w+\s+)?om|wat\s+(?:voor\s+)?(?:mij|ons)\s+(?:\w+\s+)?(?:telt|belangrijk\s+is)|"
    r"het\s+belangrijkste\s+(?:vind\s+ik|voor\s+(?:mij|ons)|is)|"
    r"wat\s+(?:ik|wij|we)\s+het\s+zwaarst\s+(?:vind\w*\s+)?(?:wegen|weegt)|"
    r"wat\s+(?:voor\s+)?(?:mij|ons)\s+het\s+zwaarst\s+weegt|"
    r"what\s+weighs\s+(?:most|heaviest)\s+(?:to|for|with)\s+(?:me|us)|"
    r"what\s+(?:really\s+)?(?:matters|counts)\s+(?:most\s+)?(?:to|for)\s+(?:me|us)|"
    r"what\s+(?:i|we)\s+(?:really\s+)?(?:care\s+about|find\s+important|value)|"
    r"what'?s\s+important\s+(?:to|for)\s+(?:me|us)|for\s+(?:me|us)\s+it'?s\s+about|"
    r"the\s+most\s+important\s+thing\s+(?:to|for)\s+(?:me|us)|"
    r"for\s+(?:me|us)\s+it\s+(?:comes\s+down\s+to|is\s+about))"
    r"(?:\s*(?:\?|:|,|\bis\b|\bzijn\b|\bare\b)|\s*$)",
    re.IGNORECASE,
)
# A bare "dat ..."/"that ..." sentence, as after "wat ik belangrijk vind?".
BARE_THAT_RE = re.compile(
    r"^\W*(?:(?:en|and|ook|also)\s+)?(?:dat|that)\s+(?!is\b|was\b|'s\b)", re.IGNORECASE
)
# Words that ask to adopt proposals, beyond agreeing ("neem ze over", "take them", "all").
ADOPT_WORD_RE = re.compile(
    r"\b(?:neem|nemen|take|adopt|add|include|voeg|toevoegen|erbij|overnemen|over|alle|"
    r"allemaal|all|both|beide|those|them|die|"
    r"deze|these|voorstel\w*|suggest\w*|\d)\b",
    re.IGNORECASE,
)
# Words before a value named on its own with what it concerns ("en eerlijk gezegd ook
# vertrouwen tussen gezin en wijkteam", "and honestly also trust between ..."): no part of it.
VALUE_PHRASE_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|eerlijk gezegd|honestly|vooral|especially|maar|but|verder|plus)"
    r"[,]?\s+)*",
    re.IGNORECASE,
)
# A value named in brackets after an effect: "schonere lucht (gezondheid)", "(privacy, trust)".
VALUE_BRACKETS_RE = re.compile(r"\s*\((?P<value>[\w ,/&'-]{3,60})\)\s*[.!]?\s*$")
# A value named after an effect: "..., dus privacy", "(that's fairness)".
VALUE_TAIL_RE = re.compile(
    r"[,(–-]\s*(?:dus|so|that'?s|dat is|oftewel|i\.e\.|ofwel|thus)\s+(?P<value>[\w -]{3,40})\)?$",
    re.I,
)

# Taking the assistant's proposals for a step it has not shown yet ("opties neem ik van jou over",
# "for the options I'll take yours", "de waarden laat ik aan jou"): proposals, adopted.
TAKE_YOURS_RE = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?:(?:ok[eé]?|ja|yes|en|and|voor\s+de|for\s+the|de|the)\s+)*"
    r"(?P<step>\w+)\s*[:,]?\s+"
    r"(?:(?:neem|take|adopt|gebruik|use|pak)\s+(?:ik|i'?ll|we|i)?\s*(?:maar\s+|gewoon\s+|just\s+)?"
    r"(?:die\s+|the\s+ones\s+)?(?:van\s+jou|van\s+je|jouw|yours|your\s+(?:suggestions|proposals|"
    r"ideas|ones))(?:\s+over)?|(?:i'?ll|we'?ll|i|we|ik)\s+(?:take|neem|adopt|use)\s+(?:yours|"
    r"your\s+(?:suggestions|proposals|ideas|ones)|die\s+van\s+jou)(?:\s+over)?|laat\s+ik\s+"
    r"(?:aan|over\s+aan)\s+jou)(?:\s*(?:[,.;:!]\s*(?:(?:plus|en|and|maar|but)\b[\s:,]*)?|$|"
    r"\s+(?:plus|en|and|maar|but)\b[\s:,]*))",
    re.IGNORECASE | re.MULTILINE,
)
# An item named by its number alone ("remove 4", "verwijder nummer 2", "#3"): at the values, the
# chosen value of that rank, else the proposal of that number.
ITEM_NUMBER_RE = re.compile(r"^(?:nummer|nr\.?|number|no\.?|#)?\s*(?P<n>\d{1,2})$", re.I)
# A proposal turned down by number in a list of answers ("1 ja, 2 nee", "not 3", "no to 4"): that
# number is no pick.
# Words after a proposal's number that turn it down ("2 nee", "3 niet", "4 skip"); also in the
# option cues (``options.REJECTED_NUMBERS_RE``, ``options.REFUSED_NUMBER_LEAD_RE``).
TURNED_DOWN_WORDS = r"(?:niet|not|nee|no|skip)"
# A proposal disliked in words ("2 vind ik niks", "3 hoeft niet", "2 I don't like", "4 is not
# for me"): turned down.
DISLIKED = (
    r"(?:vind\s+ik\s+(?:maar\s+|echt\s+)?(?:niks|niets|niet\s+(?:goed|nodig|nuttig))|"
    r"hoeft\s+(?:wat\s+mij\s+betreft\s+)?niet|laat\s+ik\s+(?:weg|vallen|liggen)|doe\s+ik\s+niet|"
    r"(?:is|zie\s+ik)\s+niks|(?:i|we)\s+(?:don'?t|do\s+not)\s+(?:like|want|need)(?:\s+(?:it|that))?|"
    r"(?:is\s+)?not\s+for\s+(?:me|us)|(?:i|we)'?d\s+(?:skip|drop|leave\s+out))"
)
DISLIKED_RE = re.compile(r"(?<=\d\s)" + DISLIKED, re.IGNORECASE)  # only after a number
REFUSED_NUMBER_RE = re.compile(
    r"\b(?P<n>\d{1,2})\s+(?:" + TURNED_DOWN_WORDS + r"\b|" + DISLIKED + r")|"
    r"\b(?:niet|not|geen|no\s+to|nee\s+op)\s+"
    r"(?:(?:nummer|number|nr)\.?\s*)?(?P<m>\d{1,2})\b",
    re.IGNORECASE,
)
# An opening that ends by turning down a proposal by number ("1 ja. 2 nee"): what follows up to
# the end of its sentence is the reason.
# Also by its place ("neem 1 en 3, de tweede niet, ...", "take 1 and 3 but not the second, ...").
_PLACE = (
    r"(?:\d{1,2}|(?:(?:de|het|the)\s+)?(?:eerste|tweede|derde|vierde|vijfde|laatste|middelste|first|"
    r"second|third|fourth|fifth|last|middle)(?:\s+(?:one|voorstel|optie|idee|proposal|suggestion))?)"
)
ENDS_REFUSED_RE = re.compile(
    rf"(?:\b\d{{1,2}}\s+(?:nee|no)|\b{_PLACE}\s+(?:niet|not|no|nee)|\b(?:niet|not)\s+{_PLACE})\W*$",
    re.IGNORECASE,
)
# What follows a proposal turned down and adds a measure of the user's own ("5 no. Plus: ...",
# "2 nee. Daarnaast zelf nog: ...", "3 no. Also, ..."): no reason for turning it down.
ADDED_AFTER_REFUSAL_RE = re.compile(
    r"^(?:(?:and|en)\s+)?(?:plus|also|ook|daarnaast|verder|bovendien|additionally|in\s+addition|"
    r"besides|extra|zelf|myself|my\s+own|mijn\s+eigen|van\s+mij|from\s+me|i'?d\s+(?:also\s+)?add|"
    r"ik\s+wil|i\s+want|i'?d\s+like)\b",
    re.IGNORECASE,
)
# The proposals not picked turned down together, after a pick by number ("2 en 4 ja, de rest
# niet", "1 and 3 yes, the rest not", "the others no", "de overige laten we vallen"): no item of
# its own, only the pick.
REST_REFUSED_RE = re.compile(
    r"(?:^|[,;.:]?\s*)(?:(?:maar|but|en|and)\s+)?(?:(?:de|het|the|all\s+the)\s+)?(?:rest|others|"
    r"other\s+ones|overige|overigen|andere|anderen)\s+(?:(?:dus|so|graag|liever|please|dan|then)\s+)?"
    r"(?:niet|not|no|nee|weg|skip|laten\s+(?:we\s+)?(?:vallen|liggen)|not\s+for\s+now|"
    r"voor\s+nu\s+niet)\b",
    re.IGNORECASE,
)
# The same refusal right after the opening, with its reason after it ("neem 1 en 3, de tweede
# niet, we gaan niet ... laten checken").
OPENS_REFUSED_RE = re.compile(
    rf"^\W*(?:(?:maar|but|en|and)\s+)?(?:{_PLACE}\s+(?:niet|not|no|nee|{DISLIKED})|"
    rf"(?:niet|not)\s+{_PLACE})"
    r"(?:\s*[,;:\u2013-]\s*|\s*[.!]*\s*$)",
    re.IGNORECASE,
)
# A request for proposals ("doe eens een voorstel voor opties", "doe maar een paar voorstellen",
# "make a proposal", "give us some suggestions"): asks for new ones, refers to none on the table
# (its "eens" or "maar" is no agreeing).
PROPOSALS_ASKED_RE = re.compile(
    r"\b(?:doe|geef|give|make|do)\s+(?:(?:eens|maar|me|mij|ons|us|even|ff|nog)\s+)*"
    r"(?:(?:een|a|an|some|paar|few|wat|nog|more|meer)\s+)*(?:voorstel|voorstellen|proposal|"
    r"proposals|suggestie|suggesties|suggestion|suggestions)\b",
    re.IGNORECASE,
)
# What is left of a proposal taken by number that only changes or limits it ("maar dan zonder
# die jaarlijkse audit", "but without the step where ...", "the first one only if it doesn't mean
# more typing", "3 ja maar zonder de auditor"): part of the pick, no measure of its own.
PICK_CHANGE_RE = re.compile(
    r"^(?:(?:maar|but|en|and|ja|yes)\s+)*(?:(?:dan|then|wel|just|alleen|only)\s+)?(?:zonder|without|"
    r"except(?:\s+for)?|behalve|minus|maar\s+niet|but\s+not)\b|"
    r"^(?:(?:but|maar|and|en)\s+)?(?:(?:the|de|het|je|jouw|your)\s+)?(?:first|second|third|fourth|"
    r"last|other|eerste|tweede|derde|vierde|laatste|andere)(?:\s+(?:one|voorstel|optie|idee|"
    r"proposal|suggestion))?\s+(?:(?:only|alleen|wel|ja|yes)\s+)?(?:if|als|mits|provided|on\s+"
    r"condition)\b",
    re.IGNORECASE,
)
# The first proposal of every kind picked at once ("doe van elke soort de eerste", "de eerste van
# elke soort", "neem per soort de bovenste", "the first one of each kind", "take the top one per
# category"): the first number of each option kind on the table.
_EACH_KIND = (
    r"(?:van\s+(?:elke|iedere)|per|uit\s+(?:elke|iedere)|of\s+(?:each|every)|for\s+(?:each|every)|"
    r"per|from\s+(?:each|every))\s+(?:soort|categorie|kind|category|type)"
)
_FIRST_ONE = (
    r"(?:de|die|het|the)?\s*(?:eerste|bovenste|first|top)(?:\s+(?:one|voorstel|optie|idee|"
    r"proposal|suggestion|option))?"
)
FIRST_OF_EACH_KIND_RE = re.compile(
    rf"(?:{_EACH_KIND}\s*,?\s*{_FIRST_ONE}|{_FIRST_ONE}\s*,?\s*{_EACH_KIND})\b", re.IGNORECASE
)
# Agreeing on its own in a first sentence, before more ("Goed. Voeg nog toe dat ...", "Fine. And
# one of my own: ..."): after proposals the user asked for, taking them; not where the rest turns
# them down or puts something in their place ("Goed. Maar liever ...").
AGREEING_SENTENCE_RE = re.compile(
    r"^\W*(?:(?:ok[eé]?|okay|good|goed|prima|fine|great|mooi|top|perfect|uitstekend|excellent|"
    r"akkoord|agreed|ja|yes|sure)\b[\s,]*)+[.!]\s+(?!(?:maar|but|nee|no|niet|not|liever|rather|"
    r"alleen|only|behalve|except)\b)(?=\S)",
    re.IGNORECASE,
)
# A proposal picked by its place among those of one kind ("take your first human one", "the
# design one", "de eerste omgevingsoptie", "die ene voor de mensen"), or by a Dutch adjective of
# its kind with the noun left out ("neem de technische over", "de organisatorische ook"; not "de
# menselijke maat"): the kind and its place.
KIND_PICK_RE = re.compile(
    r"\b(?:your|the|je|jouw|de|die)\s+(?:(?P<place>first|second|eerste|tweede|only|enige)\s+)?"
    r"(?P<kind>design|technical|technology|environment|context|policy|human|people|user|ontwerp|"
    r"techniek|omgevings?|context|menselijke|mens|gebruikers?)[\s-]*(?:one|option|proposal|"
    r"suggestion|optie|voorstel|idee)\b|"
    r"\b(?:the|de|die)\s+(?:(?P<adjective_place>eerste|tweede|enige)\s+)?"
    r"(?P<adjective>technische|organisatorische|menselijke)"
    r"(?=\s*(?:$|[.,;:!]|over\b|ook\b|erbij\b|mee\b|maar\b|en\b|wel\b))",
    re.IGNORECASE,
)
KIND_PICK_WORDS = {
    "design": "design", "technical": "design", "technology": "design", "ontwerp": "design",
    "techniek": "design", "environment": "environment", "context": "environment",
    "policy": "environment", "omgeving": "environment", "omgevings": "environment",
    "human": "human", "people": "human", "user": "human", "menselijke": "human",
    "mens": "human", "gebruiker": "human", "gebruikers": "human", "technische": "design",
    "organisatorische": "environment",
}  # fmt: skip
# Taking said before a proposal picked by its kind ("take your first human one"); without it,
# "the human option: ..." announces a measure of one's own.
KIND_PICK_VERB_RE = re.compile(
    r"\b(?:take|neem|pak|kies|choose|pick|adopt|go\s+with|ga\s+voor|doe\s+maar|i'?ll\s+have)\b",
    re.IGNORECASE,
)

# Some proposals turned down and the rest taken ("nummer 2 niet, de rest wel", "not 2, the rest
# yes", "de tweede niet, de andere wel", "number 2 no, the others fine"): the tail names the ones
# left out.
REST_BUT_RE = re.compile(
    r"^(?:(?:not|niet)\s+(?P<tail1>[^,;.]+?)|(?P<tail2>[^,;.]+?)\s+(?:niet|not|no|nee))\s*[,;.]\s*"
    r"(?:(?:maar|but|en|and)\s+)?(?:(?:de|het|the|all\s+the|alle)\s+)?(?:rest|others|other\s+ones|"
    r"overige|overigen|andere|anderen)\s+(?:wel|yes|ja|fine|ok[eé]?|okay|graag|please|are\s+fine|"
    r"zijn\s+goed|prima|goed)\b[\s.!]*$",
    re.IGNORECASE,
)
# All proposals but some ("take them all except the last one", "neem ze allemaal behalve de
# laatste", "alles behalve 3", "all but 2", "neem ze over, behalve nummer 2"): the head agrees or
# takes all, the tail names the ones left out by number or place.
ALL_BUT_RE = re.compile(
    r"^(?P<head>.*?)\s*,?\s*\b(?:except(?:\s+for)?|but\s+not|behalve|minus|uitgezonderd|"
    r"zonder|all\s+but|alles\s+behalve|alle\s+behalve)\s+(?P<tail>[^,;.]+?)[\s.!]*$",
    re.IGNORECASE,
)
