"""Sentences among measures that name no measure by their form (Dutch and English): a verdict
on proposals by their number or a pointer ("De vierde vind ik ook goed", "The third one I don't
like", "Kan dat als optie?"), a decision still to take ("we must decide whether to continue",
"de vraag is of dit mag"), a measure turned down ("training voor de wijkagent hoeft niet",
"I'm dropping the monthly rhythm"), a story told to the speaker ("a parent came up to me
...") and someone asked to be added to the list of actors ("de OR moet er echt bij", "add the
parents of young candidates")."""

from __future__ import annotations

import re

# Words that point at proposals, number them or give a verdict on them: a sentence of only
# these (and stop words) names no measure of its own.
_POINTING = (
    "eerste tweede derde vierde vijfde zesde laatste first second third fourth fifth sixth last "
    "1st 2nd 3rd 4th 5th one ones die deze dat dit daar that this those these it them lijstje "
    "lijst list voorstel voorstellen suggestie suggesties proposal proposals suggestion "
    "suggestions idee ideeën idea ideas optie opties option options rest others andere other"
)
_VERDICT = (
    "jouw je your u uw mine mijn goed prima mooi ja nee yes no ok oké okay like don't dont not "
    "niet good fine great also ook mee overgenomen adopted take neem nemen keep houd houden sluit "
    "aan agree eens vind think wil willen want doe do add toevoegen erbij bij er weg drop skip "
    "laat leave graag please sure zeker akkoord agreed kan can als as wordt is are zijn me i ik "
    "we wij really echt erg best heel niks niets nothing hoeft hoef need needed thanks bedankt "
    "liever rather slecht bad sterk weak zwak zie see zitten geen none nah nope meh helemaal "
    "at all for voor ons us isn't isnt aren't doesn't won't"
)
POINTING_WORDS = frozenset(_POINTING.split())
VERDICT_WORDS = frozenset(_VERDICT.split())
# A decision still to take, or the question the speaker brings: no measure ("we must decide
# whether to continue", "vraag van mijn mt is of dit ethisch ok is").
DECISION_TO_TAKE_RE = re.compile(
    r"\b(?:we|wij|ik|i)\s+(?:must|have\s+to|need\s+to|will|should|moeten|gaan|zullen|"
    r"mogen)\s+(?:[\w']+\s+){0,3}?(?:decide|beslissen|besluiten|kiezen)\s+"
    r"(?:on\s+)?(?:whether|if|of)\b|"
    r"\b(?:the\s+question|de\s+vraag|vraag\s+van\s+(?:[\w']+\s+){1,3})\s*(?:is|was)\s+"
    r"(?:whether|if|of)\b",
    re.IGNORECASE,
)
# A measure turned down, by its tail ("training voor de wijkagent hoeft niet", "de data na een
# jaar wissen heeft geen zin", "a second reviewer is not needed") or its lead ("I'm dropping
# the monthly rhythm", "we gaan niet elke samenvatting laten checken").
TURNED_DOWN_TAIL_RE = re.compile(
    r"\s(?:hoeft\s+(?:echt\s+)?niet|(?:is|vind\s+ik)\s+(?:echt\s+)?niet\s+nodig|heeft\s+(?:geen|"
    r"weinig)\s+zin|(?:is|are)\s+not\s+needed|(?:isn'?t|aren'?t)\s+needed|makes\s+no\s+sense|"
    r"(?:is|are)\s+pointless|kan\s+niet\s+(?:vanwege|want|omdat|door)|(?:is|isn'?t)\s+(?:not\s+)?"
    r"possible\s+because|can'?t\s+be\s+done\s+because)\b[^.!?]{0,100}[.!]*$",
    re.IGNORECASE,
)
TURNED_DOWN_LEAD_RE = re.compile(
    r"^(?:(?:and|en|maar|but|ok|oh)\s*,?\s+)?(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:dropping|"
    r"scrapping)\b|(?:we\s+gaan\s+niet|we'?re\s+not\s+going\s+to|we\s+won'?t)\b[^.!?]*,\s*"
    r"(?:(?:veel|way|much|far)\s+)?(?:te|too)\s+(?:duur|expensive|veel|much)\b)",
    re.IGNORECASE,
)
# A story told or a remark announced, no measure: someone who told the speaker something ("A
# parent came up to me at the open evening", "an older colleague told her ...", "een bewoner zei
# tegen me dat ..."), "let me tell you ...", "let op, ...".
TOLD_STORY_RE = re.compile(
    r"\b(?:told\s+(?:me|us|her|him|them)|came\s+up\s+to\s+(?:me|us)|zei\s+tegen\s+(?:me|mij|ons)|"
    r"kwam\s+naar\s+(?:me|mij|ons)\s+toe|let\s+me\s+(?:tell|explain|describe))\b|^let\s+op\b",
    re.IGNORECASE,
)
# Someone reported to have said or offered something, in the speaker's own words ("Sandra zei dat
# ze dat nu zelf probeert", "Erik offered to run it", "Samira heeft zelf aangeboden te helpen"):
# a story around a measure, none of its own (a quoted wish after a colon is read as said).
REPORTED_RE = re.compile(
    r"\b(?:(?:zei|zeiden|vertelde|vertelden)\s+(?:dat|op|tegen|laatst|vorige|gisteren)|"
    r"offered\s+to|(?:heeft|hebben)\s+(?:zelf\s+|al\s+)?aangeboden|said\s+(?:that|at|last))\b",
    re.IGNORECASE,
)
# A wish or duty in what someone is reported to have said ("de OR zei dat er een loket moet
# komen"): a measure told through them.
REPORTED_WISH_RE = re.compile(
    r"\b(?:moet|moeten|mag|mogen|zou|zouden|wil|willen|should|must|wants?|would|has\s+to|have\s+to|"
    r"needs?\s+to)\b",
    re.IGNORECASE,
)
# What follows "moet er (ook) bij" when it adds someone to the list: the end of the clause or
# its reason ("De OR moet er echt bij, die ...", "de buurt hoort er ook bij want ..."); not
# "moet bij elke zin ... verwijzen".
ADDED_END_RE = re.compile(r"\s*(?:[,.;:!?]|$|(?:want|omdat|die|dat|hoor|natuurlijk)\b)", re.I)
# Asking for someone to be added to the list ("the works council must be added too", "the
# judges should be in the list", "de OR moet er echt bij", "de buren horen er dus ook bij"):
# about the actors, not a measure.
ADDED_TO_LIST_RE = re.compile(
    r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:added|included|listed|"
    r"mentioned|named|(?:on|in)\s+the\s+list|in\s+there|an?\s+actors?\b|one\s+of\s+the\s+"
    r"actors)\b|"
    r"\b(?:moet|moeten)\s+(?:er\s+)?(?:(?:ook|nog|echt|wel|dus|zeker)\s+)*(?:bij|erbij|"
    r"worden\s+toegevoegd|toegevoegd\s+worden|genoemd\s+worden|worden\s+genoemd)\b"
    r"(?!\s+(?:zijn|zitten|staan|blijven|komen|kijken))|"  # "moet er wel bij zijn": present
    r"\b(?:hoort|horen)\s+er\s+(?:(?:ook|nog|echt|wel|dus|zeker)\s+)*bij\b",
    re.IGNORECASE,
)
# "Add" in front of people where actors are asked ("add the parents of young candidates", "voeg
# de tolken toe"): people for the list, no measure.
ADD_PEOPLE_LEAD_RE = re.compile(
    r"^(?:(?:and|en|also|ook|plus|oh|o)\s*,?\s+)?(?:please\s+)?(?:add|voeg)\s+"
    r"(?:(?:also|ook|nog|er|even)\s+)*",
    re.IGNORECASE,
)
ADDED_PEOPLE_REACH = 3
