"""Words in a handling option that point to the value it protects, for tying an option to one
of the chosen values ("tweestapsverificatie" -> security, "omscholen" -> livelihood, "alleen bij
grote evenementen" -> proportionality). A small push on top of the value similarity and the
votes of the nearest option patterns (Dutch and English)."""

from __future__ import annotations

import re

OPTION_VALUE_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), value)
    for pattern, value in (
        # logins, keys and encryption
        (r"\b(?:two[- ]factor|2fa|mfa|multi[- ]factor|tweestaps\w*|versleutel\w*|encrypt\w*|"
         r"wachtwoord\w*|passwords?|pentest\w*|penetration\s+test\w*|toegangspas\w*|pasje|"
         r"pincode|inlogcode|tokens?|access\s+cards?|key\s+cards?)\b", "security"),
        # a warning before a sanction, no sanction by machine
        (r"\b(?:eerst\s+(?:\w+\s+)?(?:een\s+)?waarschuwing|(?:a\s+)?warning\s+(?:\w+\s+){0,2}"
         r"first|first\s+(?:\w+\s+){0,2}(?:a\s+)?warning|eerste\s+keer\s+(?:\w+\s+)?(?:een\s+)?"
         r"waarschuwing|(?:pas\s+)?bij\s+herhaling|if\s+it\s+"
         r"happens\s+again|(?:only\s+)?(?:the\s+)?(?:second|2nd)\s+time|(?:de\s+)?tweede\s+keer|"
         r"geen\s+automatische\s+(?:boetes?|sancties?|besluiten|beslissingen)|no\s+automatic\s+"
         r"(?:fines?|penalt(?:y|ies)|sanctions?|decisions?))\b", "justice"),
        # the professional's own judgement and know-how
        (r"\b(?:beslist|beslissen|oordeelt|oordelen)\s+(?:\w+\s+)?(?:zelf|bij\s+elke|over\s+elke)\b|"
         r"\b(?:decides?|judges?)\s+(?:on|about)\s+(?:every|each)\b|\beigen\s+(?:vak)?oordeel\b|"
         r"\bown\s+(?:professional\s+)?judge?ment\b|\bvakkennis\b|"
         r"\b\w*(?:wachters?|keepers?|staff|medewerkers|employees|workers|operators?|nurses|"
         r"verpleegkundigen|agenten|officers|handhavers|inspecteurs|inspectors|consulenten|"
         r"professionals)\s+(?:\w+\s+){0,2}(?:co-?design|help\s+(?:to\s+)?design|"
         r"(?:ontwerpen|denken|bouwen)\s+(?:\w+\s+){0,3}mee)\b", "craftsmanship"),
        # other work for those whose work goes
        (r"\b(?:omscho\w*|herscho\w*|retrain\w*|reskill\w*|upskill\w*|werkgarantie|"
         r"baangarantie|job\s+guarantee|van\s+werk\s+naar\s+werk)\b|"
         r"\b(?:new|other|another)\s+(?:jobs?|work)\b|\b(?:nieuw|ander)e?\s+(?:baan|werk)\b",
         "livelihood"),
        # used only where and when it is needed
        (r"\balleen\s+(?:\w+\s+)?(?:bij|tijdens|als|wanneer|in\s+geval)\b|\bonly\s+(?:\w+\s+){0,4}"
         r"(?:during|when|if|in\s+case|for\s+(?:serious|major|large))\b|"
         r"\bniet\s+(?:elke|iedere)\s+dag\b|\bnot\s+every\s+day\b", "proportionality"),
        # one's own say over whether it applies
        (r"\bzelf\s+(?:\w+\s+)?(?:uit|aan)(?:zetten|schakelen)\b|\b(?:switch|turn)\s+(?:it\s+|"
         r"the\s+\w+\s+(?:\w+\s+)?)?off\s+themselves\b|\bopt[- ]?(?:out|in)\b|\bafmelden\b",
         "autonomy"),
        # who did what, traced afterwards
        (r"\b(?:logboek\w*|audit\s*trail|log\s+(?:every|each|all)|trace\s+(?:\w+\s+)?who|"
         r"herleid\w*|vastleggen\s+wie|(?:bijhouden|noteren)\s+wie)\b", "accountability"),
        # a person to talk to, face to face or on the phone
        (r"\b(?:persoonlijk\s+(?:contact|gesprek)|face[- ]to[- ]face|"
         r"in\s+person|(?:a\s+)?real\s+person|(?:een\s+)?echte?\s+(?:mens|medewerker)|"
         r"gastheer|gastvrouw|huisbezoek\w*|home\s+visits?|"
         r"iemand\s+(?:te\s+)?spreken|(?:talk|speak)\s+to\s+(?:a\s+|someone|somebody))\b",
         "human-contact"),
        # taking doubts and worries seriously
        (r"\b(?:gerust\s*(?:te\s+)?stellen|geruststell\w*|twijfelende|wantrouw\w*|"
         r"ongeruste|bezorgde|reassur\w*|worried|doubtful|distrustful|wary)\b", "trust"),
        # saying openly what the technology is and does ("a banner that it's a bot", "melden dat
        # het een computer is", "publish the criteria", "in het algoritmeregister")
        (r"\b(?:(?:it'?s|it\s+is|that\s+it'?s)\s+(?:a|an)\s+(?:bot|chatbot|computer|machine|ai|"
         r"algorithm)|dat\s+(?:het|je)\s+(?:met\s+)?een\s+(?:bot|chatbot|computer|algoritme)|"
         r"banners?|algoritmeregister|algorithm\s+register|publish\w*|publiceren|publiceert|"
         r"openbaar\s+maken|make\s+(?:\w+\s+)?public|open\s+(?:zijn\s+)?over|be\s+open\s+about)\b",
         "transparency"),
        # bias and unequal treatment ("een training over vooroordelen", "test for bias")
        (r"\b(?:vooroorde\w*|bias\w*|discrimin\w*|ongelijke\s+behandeling|unequal\s+"
         r"treatment)\b", "equal-treatment"),
        (r"\b(?:vooroorde\w*|bias\w*|discrimin\w*)\b", "justice"),
        # disturbance of animals and nature ("broedseizoen", "nesting birds", "wildlife")
        (r"\b(?:broedseizoen|broedende|nesten|nesting|breeding\s+season|wildlife|dieren|animals|"
         r"vogels|birds|ecoloog|ecologist)\b", "animal-welfare"),
        # quiet nights and nuisance for those who live there
        (r"\b(?:'s\s+nachts|at\s+night|overlast|nuisance|geluidsoverlast|noise|lawaai)\b",
         "livability"),
    )
)  # fmt: skip


def option_cued_values(text: str) -> set[str]:
    """The values whose option cue words ``text`` has."""
    return {value for pattern, value in OPTION_VALUE_CUES if pattern.search(text)}
