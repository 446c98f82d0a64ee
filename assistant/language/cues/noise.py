"""Text that is not about the case: instructions to the assistant, greetings, complaints, markup."""

from __future__ import annotations

import re

from assistant.language.cues.chatter import HESITATION

# Text that is not about the case: instructions to the assistant, greetings, complaints.
INSTRUCTION_RE = re.compile(
    r"^\s*\[\s*(?:systeem|system|admin|instructie|instruction|sys)\b|"
    r"\b(?:negeer|vergeet|ignore|forget|disregard|skip|sla)\s+(?:\w+\s+){0,3}(?:instructies|"
    r"instructions|regels|rules|prompt|opdracht|methode|method|stappen|steps)|"
    r"\b(?:zet|set|mark)\s+de\s+sessie\b|\bset the session\b|"
    r"\b(?:je bent nu|you are now|act as|doe alsof|pretend|"
    r"system prompt|systeemprompt|jailbreak|developer mode)\b|\b(?:schrijf|write|vertel|tell)\s+"
    r"(?:me\s+)?(?:een|a)\s+(?:gedicht|poem|mop|joke|verhaal|story)",
    re.IGNORECASE,
)
GREETING_RE = re.compile(
    r"^(?:(?:hi|hey|hello|hallo) (?:there|daar|allemaal|all)|hoi|hallo|hey|hi|hello|"
    r"goedemorgen|goedemiddag|goedenavond|good morning|"
    r"good afternoon|dag|beste|dank je(?: wel)?|bedankt|thanks|thank you|top|mooi|super|"
    r"fijn|great|nice|cool|o ja|oh ja|oja|ohja|oh|"
    r"(?:ok[eé]?|okay|alright|right) (?:then|dan|so)|got it|snap ik|snap het|helder|duidelijk|"
    r"begrepen|i see|understood|fair enough|makes sense|klopt|right|alright|sure|yeah|yep|"
    r"oké|ok|okay|prima|ja|yes|hm+|uhm+|ehm+|tja|pff+|wacht(?: even)?|wait|hold on|jammer|"
    r"(?:what a )?pity|too bad|(?:goed|goeie|terecht|good|fair|valid)e? (?:punt|point)|"
    r"(?:goede|goeie|good) (?:vraag|question)|"
    r"(?:a )?quick (?:one|question)|(?:een )?(?:korte|snelle) vraag|(?:snel )?vraagje|"
    r"(?:nee|no),? (?:die|dat|those|them|that one) (?:niet|not)|"
    r"(?:nee|no),? not (?:them|those|that one)|"
    r"(?:nee,?\s+|no,?\s+)?(?:laat maar(?: zitten)?|never ?mind|nvm|forget it|maakt niet uit|"
    r"doet er niet toe|(?:it )?doesn'?t matter|no worries|geen punt))\b[\s,!.:]*",
    re.IGNORECASE,
)
# A sentence that only hands the case over: "Hierbij onze casus.", "Here is our case:".
LEAD_IN_RE = re.compile(
    r"^\s*(?:hierbij|hier is|hier komt|dit is|here is|here's|this is|below is)\s+"
    r"(?:dan\s+)?(?:onze|ons|mijn|de|het|our|my|the)\s+(?:casus|case|situatie|situation|"
    r"verhaal|story|vraag|question|voorbeeld|example)\s*[.:!]?\s*$|"
    r"^\s*(?:twee|drie|vier|vijf|een paar|enkele|two|three|four|five|a few|some)\s+"
    r"(?:dingen|punten|opties|ideeën|maatregelen|things|points|options|ideas|measures)"
    r"(?:\s+(?:die|dat)\s+(?:ik|we|wij)\s+(?:(?:heb|hebben)\s+)?(?:gezien|gemerkt|gehoord|zag|zie)"
    r"(?:\s+heb|\s+hebben)?|\s+(?:(?:that\s+)?(?:i|we)(?:'ve|\s+have)?\s+)(?:seen|noticed|heard|saw))?"
    r"\s*[.:!]?\s*$|"
    r"^\s*(?:ff|even|effe|snel|hier|quick(?:ly)?|just)?\s*(?:een|a|an)\s+(?:korte\s+|quick\s+)?"
    r"(?:casus|case|vraag|vraagje|question|situatie|situation)\s*(?:voor je|for you)?\s*[.:!]?\s*$|"
    # "Ik wil even een verhaal vertellen.", "Let me tell you a story.", "I'd like to share our case"
    r"^\s*(?:ik\s+wil|ik\s+ga|ik\s+zal|laat\s+me|i\s+want\s+to|i'?d\s+like\s+to|let\s+me|i'?ll)\s+"
    r"(?:je\s+|jullie\s+|you\s+)?(?:even\s+|graag\s+|eerst\s+|first\s+|quickly\s+)*"
    r"(?:(?:een|ons|mijn|het)\s+(?:verhaal|casus|situatie)\s+(?:vertellen|voorleggen|delen|schetsen)|"
    r"(?:tell|share|describe|explain)\s+(?:you\s+)?(?:a|our|my|the)\s+(?:story|case|situation))"
    r"\s*[.:!]?\s*$|"
    # "Even wat achtergrond, want het is een lang verhaal.", "Bit of background first, sorry."
    r"^\s*(?:(?:a\s+)?bit\s+of|some|first\s+some|eerst\s+(?:even\s+)?wat|even\s+wat|wat)\s+"
    r"(?:background|context|achtergrond)(?:\s+first|\s+eerst)?\b[^.!?:]{0,60}[.!:]?\s*$",
    re.IGNORECASE,
)
COMPLAINT_RE = re.compile(
    r"\b(?:je begrijpt (?:me|het) niet|dit werkt niet|dat klopt niet|wat een onzin|"
    r"slaat nergens op|you don'?t understand|this (?:doesn'?t|does not) work)\b",
    re.IGNORECASE,
)
# A word of complaint: about the assistant only in a short remark or one that addresses it
# ("useless.", "wat stom", "you're annoying"); in a longer sentence it judges what happens to
# people ("operators get hundreds of photos, mostly useless, so they drown in it").
COMPLAINT_WORD_RE = re.compile(
    r"\b(?:useless|nutteloos|waardeloos|irritant|annoying|stom|stupid)\b", re.IGNORECASE
)
# The speaker's own working day told beside the case: what their own boss wants of them or of
# this session ("mijn leidinggevende wil het liefst morgen al kopen", "my director just emailed
# asking for the figures", "onze teamleider is er erg enthousiast over"), a call or a
# distraction ("sorry, had to take a call from my boss", "ik werd even weggeroepen"), a
# colleague's other project ("a colleague of mine is looking at smart parking") and remarks on
# the assistant itself ("jullie tool toont mijn lijst verkeerd"; "is this chat stored anywhere?"
# is a question answered, ``PRIVACY_QUESTION_RES``). Never an actor, an effect or an option.
_ASIDE_LEAD = (
    r"(?:(?:even\s+)?tussendoor|terzijde|trouwens|overigens|btw|by\s+the\s+way|side\s*note|"
    r"o\s+ja|oh|ok[eé]?|okay|sorry|excuses|apologies|en|and|maar|but|ook|also|nou|well|mooi|top|"
    r"super|fijn|great|dank\s+je(?:\s+wel)?|dankjewel|bedankt|thanks|thank\s+you|"
    r"sorry\s+(?:for\s+the|voor\s+de)\s+(?:delay|pause|onderbreking|vertraging))"
)
# The speaker's own mood about their working day, in front of what their boss wants or alone
# ("honestly I'm a bit annoyed, my manager wants ...", "ik baal een beetje, ..."); a worry about
# people ("ik ben bang dat ...") is no mood of this kind.
_OWN_MOOD = (
    r"(?:(?:honestly|frankly|eerlijk\s+gezegd)\W+)?(?:(?:i'?m|i\s+am|ik\s+ben)\s+(?:(?:a\s+bit|a\s+little|"
    r"pretty|quite|so|really|een\s+beetje|wat|best|nogal|echt|wel)\s+)?(?:annoyed|irritated|"
    r"stressed|frustrated|tired|in\s+a\s+hurry|rushed|geïrriteerd|geirriteerd|gestrest|"
    r"gefrustreerd|moe|gehaast|chagrijnig|geïrriteerd)|ik\s+baal(?:\s+(?:een\s+beetje|wel|"
    r"echt|ervan))?)"
)
_OWN_BOSS = (
    r"(?:mijn|onze|ons|my|our)\s+(?:(?:regional|regio|eigen|own|new|nieuwe)\s+)?(?:manager|"
    r"director|directeur|teamleider|team\s*lead(?:er)?|leidinggevende|baas|boss|afdelingshoofd|"
    r"head\s+of\s+(?:department|unit)|supervisor|chef|mt|management\s*team|regiodirecteur)"
)
_BOSS_DOES = (
    r"(?:\w+\s+){0,3}?(?:wil|wilde|wants|wanted|vraagt|vroeg|asks|asked|is\s+asking|"
    r"mailde|appte|belde|emailed|e-mailed|messaged|texted|called|rang|pusht|pushes|"
    r"verwacht|expects|(?:is|was)\s+(?:\w+\s+){0,3}?(?:enthousiast|enthusiastic|blij|happy|keen|"
    r"excited|fan|dol|gecharmeerd|sold)|vindt\s+(?:het|dit)\s+(?:\w+\s+)?(?:fantastisch|"
    r"geweldig|prachtig|top|super|prima)|loves\s+(?:it|this))\b"
)
_INTERRUPTED = (
    r"(?:i\s+)?(?:had\s+to|needed\s+to)\s+(?:take|answer|jump\s+on)\s+a\s+(?:call|phone\s+call)|"
    r"(?:i\s+)?(?:got|was|'ve\s+been|have\s+been)\s+(?:a\s+bit\s+)?(?:distracted|interrupted|"
    r"pulled\s+(?:away|into\s+a\s+(?:call|meeting)))|"
    r"(?:ik\s+)?(?:moest|moet)\s+(?:even\s+)?(?:een\s+telefoontje\s+)?(?:opnemen|bellen|weg)|"
    r"(?:ik\s+)?(?:werd|ben|was)\s+(?:even\s+)?(?:gebeld|afgeleid|gestoord|weggeroepen|"
    r"onderbroken)|"
    r"(?:waar|where)\s+(?:waren\s+we(?:\s+gebleven)?|was\s+ik(?:\s+gebleven)?|were\s+we|was\s+i)|"
    r"(?:terug\s+naar|back\s+to)\s+(?:dit|this|de\s+casus|the\s+case|ons\s+onderwerp|"
    r"the\s+topic|where\s+we\s+were)\W*$"
)
# The speaker's other work or what they do with this session ("we also have drones running for
# the dikes", "dit stuur ik door naar de ondernemingsraad", "I'll forward this to my team").
_OTHER_WORK = (
    r"(?:we|wij)\s+(?:(?:hebben|have|run|draaien)\s+(?:ook\s+nog|ook|also|nog|another)|"
    r"(?:also|still)\s+(?:have|run))\s+"
    r"(?:[\w'-]+\s+){1,5}?(?:lopen|running|draaien|in\s+de\s+pijplijn|in\s+the\s+pipeline|"
    r"op\s+stapel)\W*$|"
    r"(?:dit|dat|deze|die|this)\s+(?:\w+\s+)?(?:stuur|deel|mail)\s+ik\s+(?:\w+\s+)?"
    r"(?:door|rond)\b|"
    r"(?:ik|i'?ll|i\s+will|i'?m\s+going\s+to)\s+(?:\w+\s+)?(?:stuur|deel|forward|pass|share|"
    r"send)\s+(?:dit|this|it|the\s+summary|de\s+samenvatting)\s+(?:door|on|along|over|to|naar|"
    r"with|met)\b"
)
_COLLEAGUES_OTHER_WORK = (
    r"(?:a|an|een|my|mijn)\s+(?:\w+\s+)?(?:colleague|collega)(?:\s+of\s+mine|\s+van\s+"
    r"(?:mij|me))?\s+(?:is\s+(?:also\s+)?(?:looking\s+(?:at|into)|working\s+on|doing)|"
    r"(?:kijkt|werkt)\s+(?:ook\s+)?(?:naar|aan)|is\s+(?:ook\s+)?bezig\s+met)\b"
)
_ABOUT_THE_TOOL = (
    r"(?:jullie|jouw|je|your)\s+(?:tool|assistent|assistant|chatbot|programma|program|app|"
    r"site|website|interface|instrument|systeem|system)\b(?!\s+(?:is|are)\s+(?:not\s+)?"
    r"(?:about|over))"
)  # whether this conversation is stored is a question answered (``privacy_question``), no noise
OWN_AFFAIRS_RE = re.compile(
    rf"^\W*(?:(?:{_ASIDE_LEAD}|{_OWN_MOOD})\W+)*(?:{_OWN_BOSS}\s+{_BOSS_DOES}|{_INTERRUPTED}|"
    rf"{_COLLEAGUES_OTHER_WORK}|{_OTHER_WORK})|^\W*(?:{_ASIDE_LEAD}\W+)*(?:(?:\w+\s+){{0,3}})?{_ABOUT_THE_TOOL}|"
    rf"\b(?:call|telefoontje|mail|bericht|message)\s+(?:from|van)\s+{_OWN_BOSS}\b|"
    rf"^\W*{_OWN_MOOD}\W*$",
    re.IGNORECASE,
)
# A sentence that only asks the assistant for the next thing or leaves the rest to it, no item:
# "En nu wil ik de samenvatting.", "Vul maar aan als het moet.", "Meer heb ik niet.", "noteer
# maar", "Now I'd like the summary", "you can add if something's missing", "don't give me the
# 'it's neutral' speech", "spare me the lecture".
_REQUEST_LEAD = (
    r"^\W*(?:(?:en|and|ok[eé]?|oké|zo|so|nou|well|dus|maar|but|dat\s+was\s+het|that's\s+it)\W+)*"
)
REQUEST_TO_ASSISTANT_RE = re.compile(
    _REQUEST_LEAD + r"(?:"
    r"(?:nu|dan|now|then)?\s*(?:wil\s+ik|would\s+i\s+like|i\s+(?:want|would\s+like)|i'?d\s+like)"
    r"\s+(?:nu\s+|now\s+|graag\s+)?(?:de|een|the|a|my)\s+(?:samenvatting|overzicht|summary|"
    r"overview)(?:\s+(?:zien|hebben|please|graag|now|nu))*|"
    r"(?:vul|voeg)\s+(?:(?:maar|gerust|zelf|nog|jij|u|het|dit|dat|die|ze)\s+){0,3}?(?:aan|toe)(?:\s+(?:als|waar|if|where)\b[^.!?]{0,30})?|"
    r"(?:meer|verder)\s+heb\s+ik\s+(?:niet|niks|niets)|that'?s\s+all\s+i\s+have|"
    r"i\s+(?:want|need)\s+(?:these|those|them|this|that)\s+in\b[^.!?]{0,60}|"
    r"(?:you\s+(?:can|may)|feel\s+free\s+to|please)\s+add\b[^.!?]{0,50}|"
    r"(?:noteer|note|write)\s+(?:dat|dit|het|that|this|it)?\s*(?:maar|down|please|graag)?|"
    r"(?:(?:please\s+)?(?:don'?t|do\s+not)\s+give\s+me|spare\s+me|"
    r"(?:kom|begin)\s+(?:me\s+)?(?:niet|nou\s+niet)\s+(?:aan\s+)?met)\s+(?:the|a|an|een|het|dat|that)?"
    r"\s*[^.!?]{0,50}\b(?:speech|lecture|praatje|preek|verhaal|verhaaltje|riedel)(?:\s+(?:aan|please))?"
    r")\W*$",
    re.IGNORECASE,
)
COMPLAINT_ADDRESSED_RE = re.compile(r"\b(?:you|you're|u|je|jij|jouw|your)\b", re.IGNORECASE)
COMPLAINT_REMARK_WORDS = 6
COMPLAINT_SENTENCE_WORDS = 10  # "dat klopt niet" in a longer sentence tells of the case
COMPLAINT_LEAD_WORDS = 2  # unless it opens the sentence ("nee dat klopt niet, ...")
# A markdown heading line ("## Case", "### Risico's", a line in bold): a label of a step's
# words becomes that label with a colon ("Actoren:"), any other label of a document's parts is
# dropped, and a heading that says something ("## Drones boven de dijk") stays a sentence.
HEADING_LINE_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+(?P<text>[^\n]*?)|\*\*(?P<bold>[^*\n]{1,60}?)[ \t:]*\*\*)[ \t#:]*$",
    re.MULTILINE,
)  # "## Case", "**Casus**", "**Betrokken:**" on a line of their own
STEP_HEADING_RE = re.compile(
    r"^(?:(?:de|the)\s+)?(?:actoren|actors|stakeholders|betrokkenen|betrokken|effecten|effects|"
    r"gevolgen|waarden|values|opties|options|handelingsopties|maatregelen|measures|"
    r"mitigerende\s+maatregelen|mitigations|voordelen|nadelen|kansen|risico'?s|risks|benefits|"
    r"downsides|upsides|pros|cons)$",
    re.IGNORECASE,
)
PART_HEADING_RE = re.compile(
    r"^(?:(?:de|het|the|onze|our|mijn|my)\s+)?(?:casus|case|context|status|stand\s+van\s+zaken|"
    r"stage|fase|achtergrond|background|aanleiding|doel|doelen|aim|goal|goals|purpose|"
    r"samenvatting|summary|toelichting|notes|opmerkingen|planning|timeline|tijdlijn|inleiding|"
    r"introduction|conclusie|conclusion|overzicht|overview|vraag|question|vragen|questions|"
    r"situatie|situation|beschrijving|description|idee|idea|voorstel|proposal|update)$",
    re.IGNORECASE,
)
MARKUP_RE = re.compile(r"<[^>]{1,200}>|```[\s\S]*?```|\*\*|__|`|^#+\s*", re.MULTILINE)
# A letter's salutation or sign-off on a line of its own, and the name lines after it.
SALUTATION_RE = re.compile(
    r"^\s*[\"\u201c\u201e']?\s*(?:(?:hoi|hallo|hey|hi|hello|beste|dear|goedemorgen|goedemiddag|"
    r"good morning)\b[\w ]{0,20}|geachte\s+(?:heer|mevrouw|mw\.?|dhr\.?|college|leden)?"
    r"[\w .-]{0,30})[,!]?\s*$",
    re.IGNORECASE,
)
SIGN_OFF_RE = re.compile(
    r"^\s*(?:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?|mvg|"
    r"kind regards|best regards|regards|best wishes|best(?=\s*,)|cheers|dank(?:je|jewel)?|bedankt|"
    r"thanks|"
    r"thank you)\b[,!.]?(?:\s*,?\s*(?:groet(?:en)?\s+)?[A-Z][\w.-]*(?:\s+[\w.-]+){0,3})?"
    r"\s*[!.]?[\"\u201d']?\s*$",
    re.IGNORECASE,
)
# A comma said aloud and typed out by speech-to-text ("... als ze vol zijn komma en dan ..."),
# not in a number ("twee komma vijf procent", "3 komma 5"): the word before it and after it.
SPOKEN_COMMA_RE = re.compile(r"(?P<before>\S+)\s+(?:komma|comma)\b(?P<after>\s*\S*)", re.I)
NUMBER_WORDS = frozenset((
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
))  # fmt: skip
# Words that point at the word after them ("de komma staat verkeerd"): that word is meant itself.
WORD_POINTERS = frozenset(("de", "het", "een", "die", "deze", "the", "a", "this", "that"))
# A question announced as short ("snel vraagje", "quick one").
_QUICK_QUESTION = (
    r"(?:(?:een\s+)?(?:korte|snelle)\s+vraag|(?:snel\s+)?vraagje|(?:a\s+)?quick\s+(?:one|question))"
)
_QUICK_END = r"\s*(?:[,!:.]+|[-–—]+)\s*"  # "quick one:", "quick one - we want ..."
_FILLER = r"(?:ok[eé]?|okay|nou|dus|so)"  # two in a row say nothing ("ok dus", "okay so")
# Greetings and addressees in front of a sentence ("Hoi allemaal,", "Hi there -", "Hello!").
GREETING_LEAD_RE = re.compile(
    r"^\s*(?:(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|good morning|"
    r"good afternoon|good evening|dag)(?:\s+(?:allemaal|allen|daar|there|all|everyone|team|"
    r"folks|iedereen|lieve mensen|mensen|zo|assistent|assistant|bot|(?-i:[A-Z][\w-]+)))?"
    r"(?:\s*[,!:.]+|\s+-+)\s*"  # "Hi. Quick one - ...": a greeting of its own sentence too
    # "hoi, snel vraagje: wij willen ...", "quick one: we want ...": the question announced
    rf"(?:{_QUICK_QUESTION}{_QUICK_END})?|{_QUICK_QUESTION}{_QUICK_END}|"
    # hesitations of people who talk as they type ("ok dus eh wij zijn ...", "uhm so we ...")
    rf"(?:{_FILLER}\s*,?\s+)*{HESITATION}\s*,?\s+(?:{_FILLER}\s*,?\s+)*|"
    rf"(?:{_FILLER}\s*,?\s+){{2,}})",
    re.IGNORECASE,
)
# Thanks said ahead, at the end of a message ("Alvast bedankt!", "Thanks in advance.").
THANKS_AHEAD_RE = re.compile(
    r"^\s*(?:alvast (?:heel erg |erg )?(?:bedankt|dank(?:je(?:wel)?)?)|bij voorbaat dank|"
    r"(?:many |much )?thanks in advance|thank you in advance|thanks a lot|thanks so much|"
    r"dank je wel|dankjewel|bedankt)\b[\s!.]*$",
    re.IGNORECASE,
)
# A pasted e-mail or minutes: quote markers in front of a line ("> "), header lines ("Van:",
# "Subject:"), separators ("-----Original Message-----"), who was there ("Aanwezig: ..."), a
# title ("Notulen werkgroep X"), a section heading ("Besproken:") and a disclaimer under a
# signature. None of it is the case.
QUOTE_MARK_RE = re.compile(r"^\s*(?:>\s?)+")
MAIL_HEADER_RE = re.compile(
    r"^\s*(?:van|aan|cc|bcc|onderwerp|betreft|kenmerk|verzonden|datum|from|to|sent|subject|"
    r"date|re|ref|our\s+ref|ons\s+kenmerk|"
    r"aanwezig|afwezig|present|absent|attendees|afmeldingen|notulist|minutes by)\s*:|"
    r"^\s*-{2,}\s*(?:original message|oorspronkelijk bericht|forwarded message|"
    r"doorgestuurd bericht)?\s*-*\s*$|"
    r"^\s*(?:notulen|verslag|minutes|notes)\b[^.:!?]{0,80}$|"
    r"^\s*(?:besproken|notulen|verslag|minutes|notes|discussed|agenda|mededelingen|"
    r"announcements|rondvraag)\s*:\s*$|"  # a section of minutes over its lines
    r"^\s*(?:this e-?mail|dit (?:e-?mail)?bericht|deze e-?mail)\b.{0,40}"
    r"\b(?:confidential|vertrouwelijk)",
    re.IGNORECASE,
)
# A salutation in front of a pasted mail's first line ("Collega's, per 1 maart ...", "Hi all,").
MAIL_SALUTATION_RE = re.compile(
    r"^\s*(?:(?:beste|dear|hi|hoi|hallo|hello)\s+)?(?:collega'?s|colleagues|allen|all|team|"
    r"iedereen|everyone)\s*[,!:]\s*",
    re.IGNORECASE,
)
# A letter's salutation in front of its first sentence, anywhere ("Dear team, we have received
# ...", "\"Beste collega's, we krijgen ..."): never a label or a name.
LETTER_SALUTATION_RE = re.compile(
    r"^\s*[\"\u201c\u201e']?\s*(?:dear|beste|geachte)\s+[\w'.-]+(?:\s+[\w'.-]+){0,3}\s*,\s+"
    r"(?=\S)",
    re.IGNORECASE,
)
# The title of a pasted document, framed by dashes ("--- Projectplan 'X', versie 0.4 ---"): no
# content of its own.
DOC_TITLE_RE = re.compile(
    r"^\s*-{2,}\s*[^.!?\s-][^!?]{0,80}?\s*-{2,}\s*$",
    re.IGNORECASE,
)
# A line that announces pasted text ("Ik plak even de mail van mijn teamleider:", "Forwarding
# you this so you know the context:", "Even een mail van mijn teamleider erbij geplakt:", "the
# minutes of Tuesday:"): a lead-in, not the case.
PASTE_LEAD_RE = re.compile(
    r"^\s*(?:even\s+|hier\s+|hierbij\s+|here'?s\s+|see\s+|zie\s+)?(?:een|de|het|the|a|an|my|mijn|"
    r"our|onze)\s+(?:mail|e-?mail|notulen|bericht|verslag|minutes|message|notes|memo)\b[^.!?]{0,60}:"
    r"\s*$|"
    r"^\s*(?:(?:hoi|hi|hallo|hello|hey|dag|goedemorgen|good\s+morning)\b[\s,!.]*)?"
    r"(?:(?:ik|i)\s+)?(?:plak|stuur|paste|pasting|forward(?:ing)?|copy|kopieer|"
    r"i'?m\s+(?:pasting|forwarding)|i'?ll\s+paste|hieronder|below|hierbij|here'?s|"
    r"here\s+is)\b.{0,80}?"
    r"(?:\b(?:mail|e-?mail|notulen|bericht|verslag|minutes|message|notes|this|dit|"
    r"hieronder|below)\b).{0,80}$|"
    # "ik stuur je even door wat we vorige week bespraken", "forwarding you what we discussed"
    r"^\s*(?:(?:ik|i)\s+)?(?:stuur|forward(?:ing)?)\s+(?:je|jullie|u|you)\s+(?:(?:even|hierbij|"
    r"alvast|nog|just|quickly)\s+)*(?:door\b|what\b).{0,100}$",
    re.IGNORECASE,
)
# Who was there, in minutes ("Aanwezig: Anja (teamleider), Pieter, ..."): their first names
# label what they said further on ("2. Anja: centralisten zijn positief"), they are no actors.
ATTENDANCE_RE = re.compile(
    r"^\s*(?:aanwezig|present|attendees|deelnemers|participants)\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)
# A title in front of a name ("dr. Bakker", "mevr. Jansen", "Prof Smit").
NAME_TITLE = r"(?i:dr|drs|ir|mr|mrs|ms|prof|mevr|mevrouw|dhr|mw)\.?\s+"
ATTENDEE_RE = re.compile(rf"(?:^|,|\ben\b|\band\b)\s*(?:{NAME_TITLE})?(?P<name>[A-Z][\w-]+)")
# A word between a speaker's name and the colon ("Ruud also: ...", "Fatma nog: ...").
SPEAKER_AGAIN = r"(?:\s+(?i:also|too|again|adds|ook|nog|verder|vult\s+aan))?"
# Who wrote a line of a pasted chat log, after its time ("[09:14] Yvonne (KCC): ...", "[Tue
# 10:02] Mark de V.: ..."): the speaker, not part of what is said; the role in brackets is who
# "we" are in that line ("Sem (boa): and we get there sooner").
CHAT_SPEAKER_RE = re.compile(
    r"^(?P<lead>\s*(?:[-*\u2022]\s*)?)\[?(?:[A-Za-z]{2,9}\.?,?\s+)?(?:\d{1,2}[-/.]\d{1,2}"
    r"(?:[-/.]\d{2,4})?,?\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?\s*[-\u2013]?\s*"
    r"[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,2}?(?:\s*\((?:[^)]*,\s*)?(?P<role>[^),]*)\))?\s*:\s*"
)
# Who wrote a pasted mail, with their role ("Van: Fatima El Idrissi (data scientist)", "From:
# Youssef Amrani (klantbehandelaar)"): the role speaks in the lines under it.
MAIL_SENDER_RE = re.compile(
    r"^\s*(?:van|from)\s*:\s*[^()]{2,60}\((?P<role>[^()]{2,40})\)\s*$", re.IGNORECASE
)
# The writer's own side somewhere in a line ("the drafts save me hours", "I notice I ...").
OWN_SIDE_WORD_RE = re.compile(r"\b(?:ik|mij|me|mijn|wij|we|ons|onze|i|my|our|us)\b", re.I)
# A line that speaks for the speaker's own side ("we ...", "our members ...", "en wij ...").
OWN_SIDE_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ja|yes|nee|no|top|ok|oh|o)\W+)*(?:we|wij|ons|onze|our|us|ik|i)\b",
    re.IGNORECASE,
)
# A label of the method typed with an equals sign at the start of a line ("users = the crew +
# operators", "pos = fewer callouts"): a label with a colon. Only such labels: "attendance scans
# = surveillance" says what something amounts to.
_EQUALS_LABELS = (
    r"users?|gebruikers?|actors?|actoren|betrokkenen|stakeholders|pos|neg|positief|negatief|"
    r"positive|negative|plus|min|voordeel|voordelen|nadeel|nadelen|pros?|cons?|effects?|effecten|"
    r"values?|waarden|options?|opties|maatregelen|measures|design|ontwerp|techniek|tech|env|"
    r"environment|omgeving|human|mens|context|case|casus"
)
LABEL_EQUALS_RE = re.compile(
    rf"^(?P<lead>\s*(?:[-*•]\s*)?)(?P<label>{_EQUALS_LABELS})\s*=\s*(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
# A step's label dictated without a colon, right before a clause ("opties het algoritme geeft
# alleen een voorstel", "options the model only suggests"): a label with a colon; not a lead-in
# with a colon of its own later in the line ("Options the board already floated: ...").
LABEL_BARE_RE = re.compile(
    r"^(?P<lead>\s*(?:(?:ok[eé]?|dus|so|en|and)\s+)?)(?P<label>(?:handelings)?opties|options|"
    r"maatregelen|measures)\s+(?=(?:het|de|een|we|wij|ik|er|the|a|an|i|our|onze|ons)\s[^:\n]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# Phrases typed wrongly often enough to read as their right form ("and off course the
# gedeputeerde", "ofcourse"): the filler they are.
OF_COURSE_TYPED_RE = re.compile(r"\b(?:off\s+course|ofcourse|offcourse)\b", re.IGNORECASE)
