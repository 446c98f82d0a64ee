"""A group's disagreement that the speaker reports without taking a side ("de groep was het
niet eens over de richting. De jongerenwerkers willen ..., het projectteam wil ...", "the panel
was split", "ik wil daar niet kiezen"): no measure of the speaker's own, though the sides read
like wishes (cue words in :mod:`assistant.language.cues.group_sides`)."""

from __future__ import annotations

from assistant.domain.session import Actor
from assistant.language.cues.group_sides import (
    DISAGREEMENT_RE,
    FIRST_PERSON_WORDS,
    GATHERING_WITH_RE,
    GROUP_GATHERING_RE,
    LEFT_TO_GROUP_LEAD_RE,
    NO_SIDE_TAKEN_RE,
    ONE_PRESENT_RE,
    OPTIONS_LEFT_TO_GROUP_RE,
    SIDE_WISH_RE,
)
from assistant.language.cues.reported_views import HOLDER_QUANTITIES
from assistant.language.textparts import words
from assistant.method.reading.clause_subjects import clause_people
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.mentions import referred_actor
from assistant.method.reading.people_names import person_name
from assistant.method.reading.reported_views import reported_view


def disagreement_told(text: str) -> bool:
    """Whether a sentence reports that a group disagreed ("de werkgroep was het oneens: ...",
    "the residents were split")."""
    return DISAGREEMENT_RE.search(text) is not None


BARE_WORDS = 10  # "de groep was het niet eens over de richting": the disagreement alone


def bare_disagreement(text: str) -> bool:
    """Whether a sentence only reports a disagreement, without its sides or what they said
    ("The market association was split.", "De groep was het niet eens over de richting.")."""
    return disagreement_told(text) and ":" not in text and len(words(text)) <= BARE_WORDS


def side_of_disagreement(text: str, after_disagreement: bool) -> bool:
    """Whether a sentence read among measures is a reported disagreement, a side of one told
    right after it (``after_disagreement``: "de helft wil ..., de andere helft wil ..."), or the
    speaker declining to choose ("ik wil daar niet kiezen", "I won't take sides")."""
    text = text.strip()
    if disagreement_told(text) or NO_SIDE_TAKEN_RE.match(text) is not None:
        return True
    return after_disagreement and SIDE_WISH_RE.match(text) is not None


def options_left_to_group(item: str) -> bool:
    """Whether an item only says the group will think of options itself ("de groep gaat zelf
    opties bedenken", "the participants will come up with options")."""
    return OPTIONS_LEFT_TO_GROUP_RE.match(item.strip()) is not None


def without_options_left_to_group(line: str) -> str:
    """A line less a lead that leaves the options to the group before the speaker's own ("De
    deelnemers gaan zelf opties bedenken, maar ik zet er alvast twee neer: X en Y": "X en Y")."""
    lead = LEFT_TO_GROUP_LEAD_RE.match(line.strip())
    if lead is None or not options_left_to_group(lead.group("left")):
        return line
    return line.strip()[lead.end() :]


NO_GATHERED_GROUP = frozenset(("team", "teams", "project", "board", "staff", "work", "werk"))


def gathering_group(message: str) -> str:
    """The people who took part in a gathering the message reports ("a residents' evening" ->
    "Residents", "een sessie met winkeliers" -> "Winkeliers"); "" when it reports none."""
    for pattern in (GATHERING_WITH_RE, GROUP_GATHERING_RE):
        for found in pattern.finditer(message):
            group = found.group("group")
            name = person_name([group]) if group.lower() not in NO_GATHERED_GROUP else ""
            if name:
                return name
    return ""


def said_by_one_present(text: str) -> bool:
    """Whether an effect is told in the words of one of those present at a gathering: in the
    first person ("my street finally shows up"), or as a view of some of them or of one by no
    name (:func:`held_by_some_present`)."""
    return bool(FIRST_PERSON_WORDS & set(words(text))) or held_by_some_present(text)


def held_by_some_present(text: str) -> bool:
    """Whether an effect is a view held by a number of those present or by one of them by no
    name ("some felt ...", "one participant said ...") with no people of its own after it:
    whom it is about is only the group that took part."""
    view = reported_view(text)
    if view is not None and view.holder.lower().strip() in HOLDER_QUANTITIES:
        return not clause_people(view.rest)
    return ONE_PRESENT_RE.match(text.strip()) is not None


def with_gathered_group(message: str, effects: list[EffectDraft], actors: list[Actor]) -> None:
    """Give the effects of ``message`` said by one of those present at a gathering it reports
    (in the first person: only those about no one yet) to the group that took part ("Post-its
    from the residents' evening: + my street finally shows up" -> "Residents")."""
    group = gathering_group(message)
    if not group:
        return
    known = referred_actor(group, actors)
    for effect in effects:
        unknown = not (effect.actor_id or effect.actor_name)
        if held_by_some_present(effect.text) or (unknown and said_by_one_present(effect.text)):
            effect.actor_id, effect.actor_name = (known.id, "") if known else (None, group)
