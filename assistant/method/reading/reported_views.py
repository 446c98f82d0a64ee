"""Whom a view reported of others is about: the people what follows the lead opens with
("volgens de jongerenwerkers voelen tieners zich ..." -> "Tieners", "the wardens felt that
residents ..." -> "Residents"), not the ones who hold it; no one when one person by first name
or a mere number of the group holds it and what follows names no people ("Kees maakte zich
zorgen dat het model ...", "most said it ...")."""

from __future__ import annotations

from typing import NamedTuple

from assistant.domain.session import Actor
from assistant.language.cues.grammar import VERB_WORDS
from assistant.language.cues.reported_views import (
    ACCORDING_TO_RE,
    HOLDER_QUANTITIES,
    ONE_HOLDER_VERBS,
    QUANTITY_HOLDER_RE,
    VIEW_LEAD_RE,
    WORRY_VERBS,
)
from assistant.method.reading.clause_subjects import clause_people
from assistant.method.reading.mentions import mentioned_actor, referred_actor
from assistant.method.reading.people_names import person_name

HOLDER_WORDS = 5  # "volgens de meeste ervaren handhavers ...": a holder is short


class ReportedView(NamedTuple):
    """Who holds a view (``one``: a verb for one person), and what the view says."""

    holder: str
    rest: str
    one: bool = False
    worry: bool = False  # "zijn bang dat", "are worried that": the holders' own effect


def reported_view(body: str) -> ReportedView | None:
    """The holder of a reported view and what it is about, or None when ``body`` reports no
    view of others."""
    text = body.strip()
    according = ACCORDING_TO_RE.match(text)
    if according is not None:
        return _according_to(according.group("rest"))
    lead = VIEW_LEAD_RE.match(text)
    if lead is not None:
        verb = lead.group("verb").split()[0].lower()
        worry = verb in WORRY_VERBS
        return ReportedView(lead.group("who"), lead.group("rest"), verb in ONE_HOLDER_VERBS, worry)
    lead = QUANTITY_HOLDER_RE.match(text)
    return ReportedView(lead.group("who"), lead.group("rest")) if lead is not None else None


def _according_to(rest: str) -> ReportedView | None:
    """Holder and view after "volgens"/"according to": up to a comma, or up to the verb the
    Dutch word order puts right after the holder (that verb is dropped)."""
    holder, comma, after = rest.partition(",")
    if comma and len(holder.split()) <= HOLDER_WORDS:
        return ReportedView(holder.strip(), after.strip())
    tokens = rest.split()
    for index, token in enumerate(tokens[1 : HOLDER_WORDS + 1], start=1):
        if token.lower() in VERB_WORDS:
            return ReportedView(" ".join(tokens[:index]), " ".join(tokens[index + 1 :]))
    return None


def viewed_people(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The actor (id, or a new name) a reported view is about; ``(None, "")`` for no one when
    one person by name or a mere number holds it and it names no people; None when ``body``
    reports no view, or one whose holders are the people it is about."""
    view = reported_view(body)
    if view is None:
        return None
    if view.worry:  # "boeren zijn bang dat het waterschap ...": the farmers' worry
        return (None, "") if _nobody_in_particular(view, actors) else None
    people = clause_people(view.rest) if view.rest else ""
    if people:
        known = mentioned_actor(people, actors) or referred_actor(people, actors)
        return (known.id, "") if known is not None else (None, people)
    return (None, "") if _nobody_in_particular(view, actors) else None


def _nobody_in_particular(view: ReportedView, actors: list[Actor]) -> bool:
    """A holder that names no party: a number of those present ("most", "sommigen") or one
    person by first name ("Kees maakte zich zorgen", "Fatima vond")."""
    if view.holder.lower().strip() in HOLDER_QUANTITIES:
        return True
    tokens = view.holder.split()
    if not view.one or len(tokens) != 1 or not tokens[0].isalpha():
        return False
    if not tokens[0][:1].isupper() or not tokens[0][1:].islower():
        return False
    return mentioned_actor(view.holder, actors) is None and not person_name(tokens)
