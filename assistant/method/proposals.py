"""Proposals the assistant makes: values behind the effects, handling options for the chosen
values (all three kinds), and prompts for effects. Proposals are numbered in
``Session.proposals`` (the canvas shows them) and adopted when the user agrees."""

from __future__ import annotations

import itertools

from assistant.domain.session import (
    OPTION_KINDS,
    Direction,
    OptionKind,
    Proposal,
    Session,
    Step,
)
from assistant.knowledge.catalogue import OptionPattern
from assistant.language.cues.grammar import STOPWORDS
from assistant.language.stems import content_words
from assistant.language.textparts import words
from assistant.method.changes import Changes, Tools
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.extraction import OptionDraft, ValueChoice
from assistant.method.reading.model_extraction import model_value_names
from assistant.method.reading.polarity import clause_direction
from assistant.method.recording import (
    add_effect,
    add_option,
    record_values,
    value_from_entry,
    value_links,
)
from assistant.method.suggestions import (
    OTHER_ONLY,
    ValueSuggestion,
    best_fitting,
    case_settings,
    case_tags,
    fits,
    propose_options,
    technology_fit,
)

VALUE_PROPOSALS = 6
MIN_SUGGESTED = 3  # values no effect points to are proposed only to reach this many
ADOPT_WHEN_MOVING_ON = 3
EFFECT_PROMPTS = 3


def propose_values(tools: Tools, session: Session) -> list[Proposal]:
    """Values that lie behind the effects (embedding and lexical similarity; plus the model's
    names), added to the session as not yet chosen, and numbered as proposals."""
    limit = min(max(tools.max_values, VALUE_PROPOSALS), len(tools.catalogue.values))
    texts = [e.text for e in session.effects] or [session.case.technology]
    found = tools.suggester.suggest([t for t in texts if t.strip()], limit, actor_words(session))
    found = _pointed_to(found)
    ranked = [
        (s.entry, [session.effects[i].id for i in s.text_indices if session.effects]) for s in found
    ]
    if tools.generative:
        for key in reversed(model_value_names(tools, session)):
            entry = tools.catalogue.value(key)
            if entry is not None and all(e.id != key for e, _ids in ranked):
                ranked.insert(0, (entry, value_links(tools, session, entry)))
    for entry, effect_ids in ranked[:limit]:
        if all(v.key != entry.id for v in session.values):
            session.values.append(value_from_entry(session, entry, effect_ids))
    open_values = [v for v in session.values if not v.chosen][:limit]
    session.proposals = [
        Proposal(number=n, kind="value", ref=v.id, text=v.name)
        for n, v in enumerate(open_values, start=1)
    ]
    return session.proposals


def _pointed_to(found: list[ValueSuggestion]) -> list[ValueSuggestion]:
    """The suggestions some effect points to; values no effect points to (animal welfare for an
    essay checker) only fill the list up to ``MIN_SUGGESTED``."""
    pointed = [s for s in found if s.text_indices]
    if len(pointed) >= MIN_SUGGESTED:
        return pointed
    guesses = [s for s in found if not s.text_indices][: MIN_SUGGESTED - len(pointed)]
    return sorted([*pointed, *guesses], key=lambda s: s.score, reverse=True)


def actor_words(session: Session) -> set[str]:
    """The words that name the actors: "Horecaondernemers" or "Bibliothecarissen" in an effect
    says who feels it, not which value is at stake. Only the name itself, up to a clause or
    preposition: "Rekeninghouders van wie het IBAN misbruikt wordt" names "rekeninghouders",
    and "misbruikt" still counts."""
    found: set[str] = set()
    for actor in session.actors:
        named = words(actor.name.lower().replace("-", " "))
        while named and named[0] in STOPWORDS:
            named = named[1:]
        head = itertools.takewhile(lambda w: w not in STOPWORDS, named)
        found.update(set(head) & set(content_words(actor.name)))
    return found


def refresh_value_proposals(tools: Tools, session: Session, changes: Changes) -> None:
    """New effects while values are proposed and none chosen yet ("wait, there are negatives
    too"): the proposals were made without them, so they are made again."""
    stale = {p.ref for p in session.proposals if p.kind == "value"}
    if not changes.effects or not stale or session.chosen_values():
        return
    session.values = [v for v in session.values if v.chosen or v.id not in stale]
    propose_values(tools, session)


def propose_option_patterns(
    tools: Tools, session: Session, per_kind: int = 1, kind: OptionKind | None = None
) -> list[Proposal]:
    """Option patterns for the chosen values and the technology: ``per_kind`` of each kind
    still missing (of every kind once all three are there); of ``kind`` only when asked."""
    used = set(session.meta.get("options_used", []))
    if kind is not None:
        picks = _of_kind(tools, session, used, per_kind, kind)
    else:
        picks = propose_options(tools.catalogue, session, used, per_kind)
        if not picks:
            picks = propose_options(tools.catalogue, session, used, per_kind, every_kind=True)
        picks += _missing_kinds(tools, session, picks, used)
        picks.sort(key=lambda p: OPTION_KINDS.index(p.kind))  # design, environment, human
    session.proposals = []
    for number, pattern in enumerate(picks, start=1):
        text = pattern.text(session.language)
        session.proposals.append(
            Proposal(
                number=number,
                kind="option",
                ref=pattern.id,
                text=f"{text.title}: {text.text}",
                option_kind=pattern.kind,
                value_keys=list(pattern.values),
            )
        )
    return session.proposals


def _of_kind(
    tools: Tools, session: Session, used: set[str], per_kind: int, kind: OptionKind
) -> list[OptionPattern]:
    """The best ``per_kind`` patterns of one kind asked for, also when options of that kind are
    there already; the best fitting of the kind when none serves the values."""
    every = propose_options(tools.catalogue, session, used, per_kind, every_kind=True)
    picks = [p for p in every if p.kind == kind]
    if picks:
        return picks
    settings = case_settings(session)
    pool = [
        p
        for p in tools.catalogue.options
        if p.kind == kind and p.id not in used and fits(p, settings)
    ]
    return best_fitting(pool, session)[:per_kind]


def _missing_kinds(
    tools: Tools, session: Session, picks: list[OptionPattern], used: set[str]
) -> list[OptionPattern]:
    """One pattern for each kind that neither the session nor ``picks`` holds yet: one that
    serves a chosen value (else any of the session's values) and does not belong to another
    technology, else one made for this technology, else a general one."""
    present = {o.kind for o in session.options} | {p.kind for p in picks}
    chosen = {v.key for v in session.chosen_values() if v.key}
    keys = {v.key for v in session.values if v.key}
    settings, tags = case_settings(session), case_tags(session)
    extra: list[OptionPattern] = []
    for kind in (k for k in OPTION_KINDS if k not in present):
        pool = [
            p
            for p in tools.catalogue.options
            if p.kind == kind and p.id not in used and fits(p, settings)
        ]
        made_for_it = [p for p in pool if technology_fit(p, tags) > 0]
        general = [p for p in pool if "any" in p.technologies or not p.technologies]
        for candidates in (*_serving(pool, chosen, keys, tags), made_for_it, general, pool):
            if candidates:
                extra.extend(best_fitting(candidates, session)[:1])
                break
    return extra


def _serving(
    pool: list[OptionPattern], chosen: set[str], keys: set[str], tags: set[str]
) -> tuple[list[OptionPattern], ...]:
    """The patterns of ``pool`` that serve a value, best first: a chosen value in this case's
    technology or any; a chosen value where the pattern is typical elsewhere but fits any; only
    then one of the values not chosen (a retention period protects privacy, not
    comprehensibility)."""
    for_chosen = [p for p in pool if chosen & set(p.values)]
    for_others = [p for p in pool if keys & set(p.values)]
    return (
        [p for p in for_chosen if technology_fit(p, tags) >= 0],
        [p for p in for_chosen if technology_fit(p, tags) > OTHER_ONLY],
        [p for p in for_others if technology_fit(p, tags) >= 0],
    )


def adopt(
    tools: Tools,
    session: Session,
    numbers: list[int],
    changes: Changes,
    actor_id: str | None = None,
) -> bool:
    """Adopt the proposals with these numbers (all when ``numbers`` is empty); False when
    there were none to adopt. Effect prompts go to ``actor_id`` when the message named one."""
    by_number = {p.number: p for p in session.proposals}
    wanted = (
        list(session.proposals)
        if not numbers
        else [by_number[n] for n in numbers if n in by_number]
    )
    absent = [n for n in numbers if n not in by_number and n > 0]
    if not wanted and absent and by_number:  # "5 is goed" with only 2 shown: say which stand
        changes.notice("no_such_proposal", numbers=absent, shown=sorted(by_number), taken=False)
        return True
    if not wanted:
        return False
    if absent:  # "1 en 4" with three proposals shown: say that there is no 4
        changes.notice("no_such_proposal", numbers=absent, shown=sorted(by_number))
    if wanted[0].kind == "value":
        choices = [ValueChoice(name="", number=p.number) for p in wanted]
        record_values(tools, session, choices, False, changes)
    elif wanted[0].kind == "effect":
        for proposal in wanted:
            _adopt_effect(session, proposal, changes, actor_id)
    else:
        for proposal in wanted:
            _adopt_option(tools, session, proposal, changes)
    session.proposals = [p for p in session.proposals if p not in wanted]
    changes.adopted = True
    return True


def _adopt_option(tools: Tools, session: Session, proposal: Proposal, changes: Changes) -> None:
    linked = [v.id for v in session.chosen_values() if v.key in proposal.value_keys]
    draft = OptionDraft(text=proposal.text, kind=proposal.option_kind or "design")
    changes.options.append(add_option(tools, session, draft, linked, proposed=True))
    session.meta["options_used"] = [*session.meta.get("options_used", []), proposal.ref]


def turn_down(session: Session, numbers: list[int]) -> None:
    """Drop the option proposals turned down by number ("2 vind ik niks"): off the table, and
    not proposed again in this session."""
    refused = [p for p in session.proposals if p.number in numbers and p.kind == "option"]
    if not refused:
        return
    session.proposals = [p for p in session.proposals if p not in refused]
    session.meta["options_used"] = [
        *session.meta.get("options_used", []),
        *(p.ref for p in refused),
    ]


def offer_effect_prompts(
    tools: Tools, session: Session, changes: Changes, direction: Direction | None = None
) -> None:
    """Typical effects of the values closest to this case, of ``direction`` where one is asked,
    as numbered prompts for someone who cannot think of effects: on the table, so "de tweede
    herken ik" takes one."""
    texts = [session.case.technology, *(e.text for e in session.effects)]
    found = tools.suggester.suggest([t for t in texts if t.strip()], 4)
    known = {e.text.lower() for e in session.effects}
    prompts: list[tuple[str, str]] = []
    for suggestion in found:
        effects = suggestion.entry.text(session.language).effects
        fitting = [e for e in effects if direction is None or _prompt_direction(e) == direction]
        first = fitting[0] if fitting else ""
        if first and first.lower() not in known and all(first != p for _, p in prompts):
            prompts.append((suggestion.entry.id, first))
    session.proposals = [
        Proposal(number=n, kind="effect", ref=key, text=text)
        for n, (key, text) in enumerate(prompts[:EFFECT_PROMPTS], start=1)
    ]
    changes.prompts = [p.text for p in session.proposals]


def _prompt_direction(text: str) -> Direction:
    """A typical effect's direction by its words; a concern where they give none ("inspecteurs
    voelen zich uitvoerders van het systeem")."""
    return clause_direction(text) or "negative"


def _adopt_effect(
    session: Session, proposal: Proposal, changes: Changes, actor_id: str | None
) -> None:
    """A typical effect the user recognises, in the direction of its words; of the actor the
    message named, else of no one (the prompts are the catalogue's, not this case's people)."""
    draft = EffectDraft(
        text=proposal.text, direction=_prompt_direction(proposal.text), actor_id=actor_id
    )
    changes.effects.append(add_effect(session, draft, changes))


def missing_kinds_first(session: Session, reference: list[int] | None) -> list[int] | None:
    """ "ok" to the proposals while options of some kinds are there: the proposals of the
    kinds still missing."""
    if reference != [] or session.step != Step.OPTIONS or not session.options:
        return reference
    present = {o.kind for o in session.options}
    missing = [p.number for p in session.proposals if p.option_kind not in present]
    return missing or reference


def bare_yes_to_prompts(
    session: Session, reference: list[int] | None, agreed_only: bool, changes: Changes
) -> list[int] | None:
    """A bare "ja" to several effect prompts says none in particular: nothing is taken (one
    prompt shown: that one), and the reply asks which; "de tweede" or "die herken ik allemaal"
    take what they name."""
    shown = [p.number for p in session.proposals if p.kind == "effect"]
    if reference != [] or not agreed_only or not shown or len(shown) == 1:
        return reference
    changes.notice("which_prompt", shown=shown)
    return None


def strongest_on_agreement(
    session: Session, reference: list[int] | None, agreed_only: bool
) -> list[int] | None:
    """A bare "ok" / "akkoord" to more value proposals than a few: the strongest few (the
    reply says so, and how to take them all); "neem ze allemaal over" takes them all."""
    if reference != [] or not agreed_only or session.step != Step.VALUES:
        return reference
    shown = [p.number for p in session.proposals if p.kind == "value"]
    return shown[:ADOPT_WHEN_MOVING_ON] if len(shown) > ADOPT_WHEN_MOVING_ON else reference
