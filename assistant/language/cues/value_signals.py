"""Words in an effect that point to the value behind it, for the value suggestions ("family
members photographed every time they drive" -> privacy, "poor drivers can't afford it" ->
justice, "de voorspelling gaat een eigen leven leiden" -> control over technology). Each is a
small push on top of the embedding and stem match, not a value named by the user (Dutch and
English)."""

from __future__ import annotations

import re

EFFECT_VALUE_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), value)
    for pattern, value in (
        # being seen, recorded or followed
        (r"\b(?:photo(?:s|graphed)?|gefotografeerd|foto'?s|camera'?s?|filmed|filming|gefilmd|"
         r"footage|camerabeelden|gps|location\s+data|locatiegegevens|tracked|tracking|"
         r"face\s+recognition|facial|gezichts\w+|meekijk\w*|watched|bekeken|gevolgd|"
         r"personal\s+data|persoonsgegevens|gegevens\s+over|data\s+about|meeluister\w*|"
         r"luistert\s+mee|listen(?:s|ing)?\s+in|overheard|afgeluisterd|opnames?|"
         r"recordings?|recorded|opgenomen\s+gesprek\w*)\b", "privacy"),
        # harm on the road or to the body
        (r"\b(?:accidents?|ongelukken|ongeluk|ongevallen?|drunk|dronken|crash(?:es)?|"
         r"gevaarlijke?|dangerous|danger|gevaar|unsafe|onveilige?|injur(?:y|ies|ed)|gewond)\b",
         "public-safety"),
        # who can pay, who bears the load
        (r"\b(?:can'?t|cannot|could\s+not|couldn'?t)\s+afford\b|\b(?:niet|nauwelijks)\s+"
         r"(?:\w+\s+){0,2}betalen\b|\b(?:poor|poorer|low[- ]income|lage\s+inkomens?|minima|"
         r"armere?)\b|\bpushed\s+onto\b|\bafgeschoven\s+op\b|\bop\s+(?:hen|hun|ons)\s+"
         r"afgewenteld\b", "justice"),
        # the same work or case, another treatment
        (r"\b(?:the\s+)?same\s+(?:work|job)\b|\b(?:hetzelfde|zelfde)\s+werk\b|"
         r"\bdiscriminat\w*|\bdiscrimin\w*", "equal-treatment"),
        # no way out, no consent
        (r"\blocked\s+out\b|\bbuitengesloten\b|\b(?:no|geen)\s+(?:choice|keus|keuze)\b|"
         r"\bwithout\s+(?:their\s+|his\s+|her\s+)?consent\b|\bzonder\s+(?:hun\s+|zijn\s+|"
         r"haar\s+)?toestemming\b|\b(?:forced|gedwongen)\b", "autonomy"),
        # not knowing what is real or why
        (r"\bvoor\s+de\s+gek\s+gehouden\b|\b(?:fooled|misled|misleid\w*)\b|\b(?:echte|real)\s+"
         r"(?:mensen|people|foto'?s|photos)\b|\b(?:wonder|wonders|don'?t\s+know|doesn'?t\s+know)"
         r"\s+why\b|\b(?:vragen|vraagt)\s+zich\s+af\s+waarom\b|\bweten?\s+niet\s+waarom\b",
         "transparency"),
        # the output taking over
        (r"\been\s+eigen\s+leven\s+(?:gaan\s+)?leiden\b|\ba\s+life\s+of\s+its\s+own\b|"
         r"\bblind(?:ly|elings)\b|\bcomputer\s+says\b", "control-over-technology"),
        # care taken over each case
        (r"\bfalse\s+(?:positives?|alarms?)\b|\bvals(?:e|\s+alarm|\s+positief)\b|"
         r"\bniet\s+(?:\w+\s+)?geregeld\b|\bnot\s+(?:yet\s+)?(?:arranged|in\s+place)\b|"
         r"\bte\s+vroeg\s+naar\s+huis\b|\bsent\s+home\s+too\s+(?:early|soon)\b", "due-care"),
        # fooled about what is real: trust as well
        (r"\bvoor\s+de\s+gek\s+gehouden\b|\b(?:fooled|misled|misleid\w*)\b", "trust"),
        # income stopped or lost
        (r"\b(?:geen|minder)\s+(?:geld|inkomen|loon)\b|\b(?:no|less|lose|loses|losing|lost)\s+"
         r"(?:their\s+|his\s+|her\s+)?(?:money|income|wages?|pay)\b|\binkomen\s+(?:kwijt|"
         r"verliezen)\b", "livelihood"),
        # being ill, unsteady, in care, getting one's medicines
        (r"\b(?:ziek|zieke|sick|ill|patiënten|patients?|wankel|unsteady|pijn|pain)\b|"
         r"\b(?:medicines?|meds|medications?|medicijn\w*|medicatie|prescriptions?|"
         r"huisarts\w*)\b", "health"),
        # stolen, intercepted or broken into
        (r"\b(?:intercept\w*|onderschep\w*|stolen|gestolen|steal\w*|stelen|theft|diefstal|"
         r"hack(?:ed|ers?|ing)?|gehackt|hackers?|data\s?breach\w*|datalek\w*|"
         r"go(?:es|ing)?\s+missing|zoekraken|kwijtraken)\b", "security"),
        # output that is wrong
        (r"\b(?:(?:confidently|sometimes|often|plain)\s+)?wrong\s+(?:answers?|advice|"
         r"information|outcomes?)\b|\b(?:is|are|gets?|was)\s+(?:\w+\s+){0,2}wrong\b|"
         r"\bincorrect\b|\bonjuist\w*|\b(?:klopt|kloppen)\s+(?:\w+\s+)?niet\b|"
         r"\bniet\s+(?:klopt|kloppen)\b",
         "reliability"),
        # cheating and copying
        (r"\b(?:cheat\w*|spiek\w*|plagia\w*|overschrijv\w*|schrijven\s+\w+\s+over)\b|"
         r"\bcop(?:y|ies|ying)\s+(?:[\w']+\s+){0,3}(?:answers?|solutions?|work)\b",
         "integrity"),
        # animals disturbed
        (r"\b(?:birds?|vogels?|broedvogels?|breeding|broedende?|animals?|dieren|wildlife|"
         r"cattle|cows|koeien|\bvee\b|dier|egels?|hedgehogs?|insect(?:s|en)?|bijen|bees|"
         r"vleermuizen|bats|dassen|badgers|reeën|deer|vissen|fish|pets|huisdieren)\b",
         "animal-welfare"),
        # data from people's phones ("the phone data thing", "telefoongegevens van een broker")
        (r"\b(?:phone|telefoon|mobile)\s*[- ]?(?:data|location|locations|gegevens|locatie\w*)\b|"
         r"\btelefoon(?:data|gegevens|locaties)\b", "privacy"),
        # people barely in the data the system learns from ("cyclists are barely in the counts,
        # so the model ignores them", "ouderen zitten nauwelijks in de cijfers")
        (r"\b(?:barely|hardly|rarely|nauwelijks|amper|bijna\s+niet|niet|not)\s+(?:\w+\s+){0,2}"
         r"(?:in|into)\s+(?:the|de|het|our|onze)\s+(?:\w+\s+)?(?:data|counts|tellingen|cijfers|"
         r"gegevens|dataset|trainingsdata)\b", "inclusion"),
        # those who find it hardest to take part
        (r"\b(?:shy|verlegen|weaker\s+(?:students|pupils)|zwakkere\s+(?:studenten|leerlingen)|"
         r"(?:no|geen|without|zonder)\s+(?:a\s+|een\s+)?smartphone|laaggeletterd\w*|low\s+literacy|digitally\s+less\s+"
         r"skilled|digibeet\w*)\b", "inclusion"),
        # nobody there to help or talk to, a machine in a person's place
        (r"\bniemand\s+(?:\w+\s+)?om\s+(?:je\s+|hen\s+)?te\s+helpen\b|\bzonder\s+personeel\b|"
         r"\b(?:no\s+one|nobody|no\s+staff)\s+(?:\w+\s+)?to\s+(?:help|talk\s+to|ask)\b|"
         r"\bwithout\s+staff\b|\bgeen\s+(?:mens|medewerker)\s+(?:meer\s+)?(?:aan\s+de\s+lijn|"
         r"te\s+spreken)\b|\b(?:a\s+)?machine\s+(?:keeps|replaces)\b|\bpersoonlijk\s+contact\b|"
         r"\bface[- ]to[- ]face\b|\b(?:achter|behind)\s+(?:een|a)\s+(?:scherm|screen)\b|"
         r"\b(?:minder|less)\s+(?:vaak\s+)?(?:om\s+advies\s+gevraagd|asked\s+for\s+advice)\b",
         "human-contact"),
        # those left out: reading, hearing, moving, language
        (r"\bvall?en\s+(?:er\s+)?(?:\w+\s+)?buiten\b|\bmoeite\s+(?:\w+\s+){0,2}met\s+(?:lezen|"
         r"computers?|digitale?\w*|taal)\b|\bniet\s+goed\s+(?:kunnen\s+)?lezen\b|"
         r"\bgeen\s+nederlands\b|\b(?:gehoorproblemen|slechthorend\w*|doven|blinden|"
         r"slechtziend\w*|rolstoel\w*|rollator\w*|wheelchairs?|deaf|hard\s+of\s+hearing|"
         r"visually\s+impaired)\b|\b(?:blinde|dove|blind|deaf)\s+(?:mensen|bewoners|inwoners|"
         r"burgers|people|residents|users|citizens)\b|"
         r"\bstruggle\s+with\s+(?:reading|computers|technology)\b|\b(?:don'?t|doesn'?t|can'?t)\s+"
         r"(?:speak|read)\s+(?:dutch|english|well)\b|\bleft\s+out\b", "inclusion"),
        # choice taken away, kept to the same
        (r"\b(?:free|own)\s+choice\b|\bvrije\s+keuze\b|\bkeuzevrijheid\b|\b(?:bubbel|bubble)\b|"
         r"\b(?:felt|feel|feels|voel\w*)\s+(?:\w+\s+)?(?:checked\s+on|gecontroleerd|betutteld|"
         r"patronised)\b", "autonomy"),
        # heavier work, tiredness, loneliness
        (r"\b(?:zwaarder|heavier|harder)\s+werk\b|\b(?:werkdruk|workload|tiring|vermoeiend|"
         r"uitgeput|exhausted|eenzaam\w*|lonely|loneliness|alone)\b|\bstress\w*\b|"
         r"\b(?:voel\w*\s+zich|feel|feels|are|is|zijn)\s+(?:\w+\s+)?(?:calmer|rustiger)\b|"
         r"\b(?:slapen|slaapt|sleep|sleeps)\s+(?:\w+\s+)?(?:rustiger|better|beter)\b", "wellbeing"),
        # what people do or where they are, kept track of
        (r"\bbijgehouden\b|\bkept\s+track\b|\b(?:locaties?|locations?)\s+(?:van|of)\s+"
         r"(?:mensen|people|bewoners|residents)\b|\bmac-adress?\w*|\b(?:telefoons?|phones?)\s+"
         r"(?:\w+\s+){0,2}(?:geteld|counted)\b|\b(?:gezichten|kentekens|faces|licen[cs]e\s+plates|"
         r"voices|stemmen\s+van)\b", "privacy"),
        # wrongly done to someone
        (r"\b(?:onterecht\w*|ten\s+onrechte|wrongly|unjustly|unfairly)\b", "justice"),
        # things made up or matched wrongly
        (r"\b(?:verzin\w*|verzon\w*|invents?|made[- ]up|makes\s+up)\b|\b(?:don'?t|doesn'?t)\s+"
         r"exist\b|\bbestaa?n\s+niet\b|\bverkeerd\s+(?:\w+\s+)?(?:koppelt|gekoppeld|herkend|"
         r"gelezen)\b|\bloos\s+alarm\b", "reliability"),
        # watched at work or at home
        (r"\b(?:gemonitord|monitored|surveillance|gecontroleerd\s+worden|spied\s+on|"
         r"big\s+brother|(?:voelen|voelt|voel)\s+(?:\w+\s+){0,2}gecontroleerd|"
         r"(?:feel|feels|felt)\s+(?:\w+\s+){0,2}(?:controlled|checked\s+on|spied\s+on))\b",
         "privacy"),
        # put to shame
        (r"\b(?:vernederend\w*|vernederd|humiliat\w*|degrading|demeaning|beschaamd|ashamed)\b",
         "human-dignity"),
        # trust lost
        (r"\b(?:wantrouw\w*|distrust\w*|mistrust\w*)\b|\b(?:kost|costs?|lose|loses|losing|"
         r"verliezen|verliest)\s+(?:[\w']+\s+){0,2}(?:trust|vertrouwen)\b", "trust"),
        # punished for what everyone has
        (r"\b(?:gestraft|afgestraft|punished|penalised|penalized)\b", "justice"),
        # not knowing it happens
        (r"\bzonder\s+dat\s+(?:ze|zij|hij|men|mensen)\s+(?:het|dat|er\s+\w+)\s+(?:weten|weet)\b|"
         r"\bwithout\s+(?:them|people|anyone)\s+knowing\b|\bweten\s+(?:\w+\s+)?niet\s+dat\b|\b(?:don'?t|doesn'?t)\s+know\s+(?:that|they)\b|"
         r"\bwonder\s+how\b|\bvragen\s+(?:zich\s+af\s+)?(?:of|hoe)\b", "transparency"),
    )
)  # fmt: skip


def cued_values(text: str) -> set[str]:
    """The values whose cue words ``text`` has."""
    return {value for pattern, value in EFFECT_VALUE_CUES if pattern.search(text)}
