"""Cue words for a group's disagreement that the speaker reports without taking a side (Dutch
and English): "de groep was het niet eens over ...", "the working group was split", the sides
that follow ("de jongerenwerkers willen ..., het projectteam wil ...", "half of them want
..."), "ik wil daar niet kiezen", and options left to the group ("de groep gaat zelf opties
bedenken"). None of it is a measure of the speaker's own."""

from __future__ import annotations

import re

# A disagreement reported of a group ("de werkgroep was het over één ding oneens", "de groep
# was het niet eens over de richting", "the panel was split", "the team couldn't agree").
DISAGREEMENT_RE = re.compile(
    r"\b(?:(?:was|waren|is|zijn)\s+het\s+(?:[\w']+\s+){0,5}?(?:niet\s+(?:met\s+elkaar\s+)?eens|"
    r"oneens)|(?:was|waren|is|zijn)\s+(?:sterk\s+|erg\s+)?verdeeld|meningen\s+liepen\s+uiteen|"
    r"geen\s+overeenstemming|in\s+twee\s+kampen|"
    r"(?:was|were|is|are)\s+(?:deeply\s+|sharply\s+)?(?:split|divided)|disagreed|"
    r"(?:did\s*n[o']t|could\s*n[o']t|couldn't|didn't|could\s+not|did\s+not)\s+agree|"
    r"no\s+agreement|opinions\s+(?:were|are)\s+divided|in\s+two\s+camps)\b",
    re.IGNORECASE,
)
# The speaker declining to pick a side ("ik wil daar niet kiezen", "ik kies geen kant", "I
# don't want to choose between them", "I won't take sides").
NO_SIDE_TAKEN_RE = re.compile(
    r"^(?:(?:en|maar|and|but)\s+)?(?:ik\s+(?:wil|ga)\s+(?:daar|hier|daarin|er|daartussen|"
    r"tussen\s+\w+)?\s*(?:niet|geen)\s+(?:in\s+)?(?:kiezen|kant\s+kiezen|partij\s+kiezen)|"
    r"ik\s+kies\s+(?:daar\s+|hier\s+)?geen\s+(?:kant|partij)|"
    r"i\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:want\s+to\s+)?(?:choose|pick|take\s+sides?|"
    r"take\s+a\s+side))\b",
    re.IGNORECASE,
)
# Options left to the group itself ("de groep gaat zelf opties bedenken", "the participants
# will come up with options themselves").
OPTIONS_LEFT_TO_GROUP_RE = re.compile(
    r"^(?:(?:en|maar|and|but)\s+)?(?:de|het|the)\s+[\w-]+\s+(?:gaat|gaan|zal|zullen|will|is\s+"
    r"going\s+to|are\s+going\s+to)\s+(?:zelf\s+|themselves\s+)?(?:de\s+)?(?:opties|maatregelen|"
    r"ideeën|oplossingen|options|measures|ideas|solutions)\s+(?:bedenken|verzinnen|maken|"
    r"come\s+up\s+with|think\s+of|think\s+up)\b|"
    r"^(?:(?:en|maar|and|but)\s+)?(?:de|het|the)\s+[\w-]+\s+(?:will|is\s+going\s+to|are\s+going\s+"
    r"to)\s+(?:come\s+up\s+with|think\s+of|think\s+up)\s+(?:the\s+)?(?:options|measures|ideas|"
    r"solutions)\b",
    re.IGNORECASE,
)
# One side of a disagreement told after it: others who want something ("de jongerenwerkers
# willen dat ...", "half of them want to drop it", "the other half prefers ...").
SIDE_WISH_RE = re.compile(
    r"^(?:(?:en|maar|and|but|terwijl|while|whereas)\s+)?(?!(?:ik|wij|we|i|jij|you)\b)"
    r"(?:[\w'-]+\s+){1,5}?(?:wil|willen|wilde|wilden|wants?|wanted|prefers?|preferred|"
    r"pleit|pleiten|pleitten|argues?|argued|kiest|kiezen|koos|kozen)\b",
    re.IGNORECASE,
)
# The same, as the lead of a sentence that goes on with the speaker's own measures after "maar"
# / "but" and a short lead up to a colon ("De deelnemers gaan zelf opties bedenken, maar ik zet
# er alvast twee neer: X en Y", "..., but here are two to start: X and Y"): X and Y remain.
LEFT_TO_GROUP_LEAD_RE = re.compile(
    r"^(?P<left>[^,:;.!?]+?)\s*,\s*(?:maar|but)\s+(?:[^,:;.!?]{0,60}:\s*)?(?=\S)",
    re.IGNORECASE,
)
# A gathering the speaker reports, with the group that took part in it ("a residents' evening",
# "a session with shopkeepers", "een avond met bewoners", "panel met 8 studentes"): what those
# present said in the first person or as "some"/"others"/"one participant" is theirs.
_GATHERINGS = (
    r"evening|meeting|session|workshop|panel|focus\s+group|round\s+table|night|"
    r"avond|bijeenkomst|sessie|panel|klankbordgroep|werksessie|gesprek|gesprekken"
)
_HOW_MANY = (
    r"(?:\d+|a\s+few|some|several|two|three|four|five|six|eight|ten|een\s+paar|enkele|twee|drie|"
    r"vier|vijf|zes|acht|tien)\s+"
)
GATHERING_WITH_RE = re.compile(
    r"\b(?:" + _GATHERINGS + r")\s+(?:with|met)\s+(?:" + _HOW_MANY + r")?(?:de\s+|the\s+|our\s+|"
    r"onze\s+)?(?P<group>[\w-]+)",
    re.IGNORECASE,
)
GROUP_GATHERING_RE = re.compile(
    r"\b(?P<group>[\w-]+)(?:'s?|s')?\s+(?:" + _GATHERINGS + r")\b", re.IGNORECASE
)
# The speaker's own words in a quote of one of those present ("my street", "ik kan nu ...").
FIRST_PERSON_WORDS = frozenset(("i", "i'm", "i've", "my", "me", "mine", "ik", "mijn", "m'n", "mij"))
# One of those present, by no name ("one participant said", "een deelnemer vond", "someone").
ONE_PRESENT_RE = re.compile(
    r"^(?:(?:en|and|maar|but)\s+)?(?:one|a|another|een|één|nog\s+een)\s+(?:participant|attendee|"
    r"deelnemer|aanwezige)\b|^(?:another|someone|somebody|iemand)\s+(?:said|says|felt|zei|vond)\b",
    re.IGNORECASE,
)
