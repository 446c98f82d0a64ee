"""Handling options: words for each kind, kind labels, and how a measure is phrased (Dutch and
English)."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind

OPTION_KIND_WORDS: dict[OptionKind, tuple[str, ...]] = {
    "design": ("systeem toont", "the system shows", "herkent", "recognises", "recognizes",
               "schakelt", "switches", "markeert", "flags", "confidence", "ontwerp", "techniek",
               "technisch", "instelling", "anonimis", "pseudonimis",
               "vervag", "blur", "bewaartermijn", "bewaar", "versleutel", "encrypt", "aggregat",
               "geaggregeerd", "filter", "dashboard", "uitlegscherm", "design", "setting",
               "retention", "store only", "delete after", "verwijder na", "logging",
               "algoritme aanpassen",
               "drempel", "threshold", "by design", "minimal data", "dataminimalisatie", "opt-in",
               "settings", "instellingen", "delete", "wis ", "gewist", "wissen", "verwijder",
               "store only", "templates", "on the device", "op het apparaat", "lokaal", "locally",
               "tonen", "toon", "show", "scherm", "screen", "melding", "notification",
               "automatisch", "automatic", "in het systeem", "in the system", "redenen erbij",
               "reasons", "bewaar", "opslaan", "store", "functie", "feature", "knop", "button",
               "software", "model", "versleuteld", "pseudonym", "anonym", "minder gegevens",
               "less data", "eigen servers", "eigen server", "own servers", "own server",
               "on-prem", "on premise", "on-premise"),
    "environment": ("werkinstructie", "work instruction", "instructions", "leggen vast",
                    "vastleggen", "leggen we vast", "lay down", "werkproces", "work process",
                    "hoor en wederhoor", "vergunning", "permit", "richtlijn", "guideline",
                    "opdrachtgever", "client of the", "rapport", "report", "openbaar", "public",
                    "we'd say", "we zeggen", "minimum share", "afspraak", "afspraken", "beleid",
                    "regel", "protocol", "contract", "inkoop",
                    "register", "toezicht", "commissie", "ethische commissie", "audit", "wet",
                    "communicatie", "communiceer", "publiceer", "evaluatie", "evalueer",
                    "governance", "policy", "agreement", "procurement", "oversight", "board",
                    "review", "law", "publish", "communicate", "rule", "clause", "dpia", "iama",
                    "organisatie", "verantwoordelijk", "responsible", "raad informeren",
                    "spreken af", "afspreken", "agree", "works council", "ondernemingsraad",
                    "instemming", "consent", "algoritmeregister", "huisbezoek", "nooit alleen",
                    "never solely", "procedure", "toestemming van de", "approval", "goedkeuring",
                    "klachten", "complaint", "meldpunt", "nalezen", "controleren", "check",
                    "overrule", "vier ogen", "four eyes", "contract", "leverancier", "vendor",
                    "supplier", "informeer", "inform", "website", "brief", "letter", "verslag",
                    "rapportage", "verantwoording", "accountability report", "write into",
                    "written into"),
    "human": ("training", "cursus", "opleiding", "vaardigheden", "right to object",
              "recht van bezwaar", "bezwaar maken", "can object", "les ", "lessen", "workshops",
              "interview", "gesprek", "themselves", "zelf ook", "ask them", "vragen actief",
              "menselijk contact", "persoonlijk contact", "uitleg aan", "medewerkers leren",
              "leren", "skills",
              "awareness", "human contact", "educate", "teach", "workshop",
              "digitale vaardigheid", "keuze", "choice", "opt out", "opt-out", "zelf",
              "themselves", "train", "alternatief", "alternative", "nee kunnen zeggen",
              "nee zeggen", "say no", "weigeren", "refuse", "coach", "begeleid", "flag",
              "signaleren", "signal", "oefenen", "practice", "bevragen", "question the",
              "aanspreekpunt", "contactpersoon", "contact person", "persoonlijk gesprek",
              "uitleggen aan", "explain to", "badge"),
}  # fmt: skip
KIND_LABEL_RE = re.compile(
    r"^\s*(?P<label>ontwerp|techniek|technologie|design|technology|omgeving|context|environment|"
    r"mens|gebruiker|human|user|people|organisatie|organisation|organization|techniek zelf)"
    r"\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
KIND_LABELS: dict[str, OptionKind] = {
    "ontwerp": "design", "techniek": "design", "technologie": "design", "design": "design",
    "technology": "design", "omgeving": "environment", "context": "environment",
    "environment": "environment", "mens": "human", "gebruiker": "human", "human": "human",
    "user": "human", "people": "human", "organisatie": "environment",
    "organisation": "environment", "organization": "environment", "techniek zelf": "design",
}  # fmt: skip
# An opinion or addition in front of a measure, not part of it: "ik zou zelf zeggen dat een
# notulist ...", "en zelf zou ik zeggen: ...", "I'd say ...", "also: ...".
OPINION_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|maar|but)\s*[:,]?\s+)?(?:(?:ik|wij|we)\s+zou(?:den)?\s+(?:zelf\s+)?"
    r"zeggen|(?:zelf\s+)?zou\s+ik\s+(?:zelf\s+)?zeggen|i'?d\s+say|i\s+would\s+say|ik\s+denk|"
    r"i\s+think|volgens\s+mij|mijn\s+voorstel\s+is|my\s+suggestion\s+is|ik\s+stel\s+voor|"
    r"i\s+suggest|ik\s+zou\s+willen|i\s+would\s+like)\s*(?:,\s*)?(?:dat\s+|that\s+)?[:,]?\s*|"
    r"^(?:en|and|ook|also|plus)\s*:\s*",
    re.IGNORECASE,
)
# Words that start an instruction or a measure (handling options).
OPTION_START_RE = re.compile(
    r"^(?:(?:en|and|also|ook|daarnaast|verder|then|dan)\s+)?(?:we\s+(?:zouden|moeten|"
    r"spreken|could|should|must)\b|(?:laat|zorg|bewaar|verwijder|wis|train|"
    r"leg|spreek|maak|bied|beperk|publiceer|informeer|vraag|geef|zet|voeg|stel|houd|hou|"
    r"toon|gebruik|betrek|regel|organiseer|evalueer|controleer|check|anonimiseer|versleutel|"
    r"let|keep|store|delete|ask|add|train|make|offer|limit|publish|inform|give|set|show|use|"
    r"involve|allow|require|review|audit|explain|tell|provide|remove|encrypt|anonymise|"
    r"anonymize|blur|turn|build|run|hold|create|introduce|appoint|agree|write|check|"
    r"discuss|bespreek|stop|schakel|start|begin|kies|choose|do not|don't|never|nooit|"
    r"always|altijd)\b)",
    re.IGNORECASE,
)
OPTION_CUE_RE = re.compile(
    r"\b(?:moet(?:en)?\s+(?:altijd|kunnen|worden)|mogen\s+(?:altijd|nooit)|spreken\s+af|"
    r"afspraak\s+dat|afspreken|should|must|ought to|we could|kunnen we|zouden we|zou je|"
    r"by (?:adding|keeping|using)|door te|optie|option|maatregel|measure|"
    r"in de instellingen|in the settings|altijd\s+\w+\s+kunnen|always be able)\b",
    re.IGNORECASE,
)
# Who acts in an option: a system ("het model ...", "the dashboard shows ...") makes it a design
# option, people ("rechercheurs krijgen les", "case officers interview ...") a human one.
SYSTEM_SUBJECTS = (
    "systeem", "system", "model", "app", "dashboard", "camera", "tool", "platform", "algoritme",
    "algorithm", "sensor", "software", "bot", "chatbot", "ai", "scanner", "polsband", "score",
    "vertaaltool", "assistent", "assistant", "scherm", "screen", "formulier", "form",
)  # fmt: skip
