"""Word lists and sentence templates (Dutch and English) for the generated benchmark corpus."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    bodies: tuple[str, ...]
    technologies: tuple[str, ...]
    actors: tuple[str, ...]
    values: tuple[str, ...]
    goods: tuple[str, ...]
    risks: tuple[str, ...]
    measures: tuple[str, ...]
    templates: tuple[str, ...]
    headings: tuple[str, ...]


NL = Lexicon(
    bodies=(
        "de gemeente Utrecht",
        "de provincie Gelderland",
        "waterschap Rivierenland",
        "de veiligheidsregio Twente",
        "het ministerie van Binnenlandse Zaken",
        "de gemeente Zwolle",
        "de politie-eenheid Oost-Brabant",
        "de Omgevingsdienst Haaglanden",
        "het UWV",
    ),
    technologies=(
        "slimme camera's in de binnenstad",
        "een algoritme dat fraudesignalen ordent",
        "een chatbot voor inwonersvragen",
        "een digitale tweeling van de wijk",
        "drones die dijken inspecteren",
        "sensoren in huizen van ouderen",
        "een dashboard voor jeugdzorg",
        "generatieve AI voor beleidsnotities",
        "sentimentmonitoring op sociale media",
        "een voorspelmodel voor brandrisico",
    ),
    actors=(
        "inwoners",
        "handhavers",
        "beleidsmedewerkers",
        "wijkagenten",
        "mantelzorgers",
        "ondernemers",
        "jongeren",
        "ouderen met weinig digitale vaardigheden",
        "de gemeenteraad",
        "leveranciers",
        "zorgverleners",
        "boeren in het buitengebied",
    ),
    values=(
        "privacy",
        "autonomie",
        "rechtvaardigheid",
        "transparantie",
        "veiligheid",
        "menselijk contact",
        "verantwoordelijkheid",
        "gelijke behandeling",
        "vertrouwen",
        "duurzaamheid",
        "toegankelijkheid",
        "betrouwbaarheid",
    ),
    goods=(
        "sneller hulp krijgen",
        "minder papierwerk hebben",
        "eerder risico's zien",
        "beter geïnformeerd besluiten",
        "meer tijd voor persoonlijk contact houden",
    ),
    risks=(
        "zich bekeken voelen",
        "een fout besluit niet kunnen aanvechten",
        "afhankelijk worden van één leverancier",
        "buiten de boot vallen",
        "het overzicht over hun gegevens verliezen",
    ),
    measures=(
        "een heldere bezwaarprocedure",
        "een jaarlijkse toets van het model",
        "een loket waar mensen met vragen terechtkunnen",
        "het wissen van beelden na 24 uur",
        "een klankbordgroep van bewoners",
        "training voor medewerkers die de uitkomsten lezen",
    ),
    templates=(
        "{Body} onderzoekt of {tech} kan helpen bij het dagelijkse werk.",
        "Volgens {actor} zorgt {tech} ervoor dat zij {good}.",
        "Tegelijk vrezen {actor2} dat zij door {tech} {risk}.",
        "In de gesprekken kwam {value} steeds terug als waarde die op het spel staat.",
        "Een mogelijke handelingsoptie is {measure}, zodat {value} beter beschermd wordt.",
        "Het is de bedoeling dat {actor} meedenken over de inrichting van {tech}.",
        "Niet de vraag of {tech} wordt ingevoerd staat centraal, maar hoe dat verantwoord gebeurt.",
        "{Body} legt vast wie verantwoordelijk is als {tech} een verkeerde uitkomst geeft.",
        "Daarnaast wil men met {measure} laten zien dat {value2} serieus wordt genomen.",
        "Deelnemers merkten op dat {actor2} vaak pas laat bij zo'n project betrokken worden.",
    ),
    headings=(
        "Aanleiding",
        "Betrokkenen",
        "Effecten",
        "Waarden",
        "Handelingsopties",
        "Ontwerp",
        "Omgeving",
        "Gebruikers",
        "Evaluatie",
        "Vervolgstappen",
    ),
)

EN = Lexicon(
    bodies=(
        "the municipality of Utrecht",
        "the province of Gelderland",
        "the Rivierenland water board",
        "the Twente safety region",
        "the Ministry of the Interior",
        "the municipality of Zwolle",
        "the Oost-Brabant police unit",
        "the Haaglanden environment agency",
        "the benefits agency",
    ),
    technologies=(
        "smart cameras in the city centre",
        "an algorithm that ranks fraud signals",
        "a chatbot for residents' questions",
        "a digital twin of the neighbourhood",
        "drones that inspect dykes",
        "sensors in the homes of older people",
        "a youth-care dashboard",
        "generative AI for policy notes",
        "sentiment monitoring on social media",
        "a fire-risk prediction model",
    ),
    actors=(
        "residents",
        "enforcement officers",
        "policy advisers",
        "community police officers",
        "informal carers",
        "local businesses",
        "young people",
        "older people with few digital skills",
        "the council",
        "suppliers",
        "care workers",
        "farmers in the countryside",
    ),
    values=(
        "privacy",
        "autonomy",
        "fairness",
        "transparency",
        "safety",
        "human contact",
        "accountability",
        "equal treatment",
        "trust",
        "sustainability",
        "accessibility",
        "reliability",
    ),
    goods=(
        "get help sooner",
        "spend less time on paperwork",
        "see risks earlier",
        "make better-informed decisions",
        "keep more time for personal contact",
    ),
    risks=(
        "feel watched",
        "be unable to challenge a wrong decision",
        "become dependent on a single supplier",
        "be left behind",
        "lose track of their own data",
    ),
    measures=(
        "a clear objection procedure",
        "a yearly review of the model",
        "a desk where people can bring their questions",
        "deleting footage after 24 hours",
        "a residents' sounding board",
        "training for staff who read the results",
    ),
    templates=(
        "{Body} is looking into whether {tech} can support its daily work.",
        "According to {actor}, {tech} means that they {good}.",
        "At the same time {actor2} fear that because of {tech} they will {risk}.",
        "In the sessions {value} kept coming back as a value that is at stake.",
        "One possible handling option is {measure}, so that {value} is better protected.",
        "The intention is that {actor} help shape how {tech} is set up.",
        "The question is not whether {tech} is introduced, but how that is done responsibly.",
        "{Body} records who is responsible when {tech} gives a wrong result.",
        "In addition, {measure} should show that {value2} is taken seriously.",
        "Participants noted that {actor2} are often involved late in such a project.",
    ),
    headings=(
        "Background",
        "Stakeholders",
        "Effects",
        "Values",
        "Handling options",
        "Design",
        "Environment",
        "Users",
        "Evaluation",
        "Next steps",
    ),
)

LEXICONS = {"nl": NL, "en": EN}
