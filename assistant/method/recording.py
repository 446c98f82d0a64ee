"""Recording what a message held: each item where it belongs in the session, whatever step the
conversation is at, with a note of it in the turn's ``Changes`` for the reply."""

from __future__ import annotations

import re
from itertools import product

from assistant.domain.session import (
    OPTION_KINDS,
    Actor,
    Effect,
    HandlingOption,
    OptionKind,
    Session,
    Value,
)
from assistant.knowledge.catalogue import ValueEntry
from assistant.language.cues.actor_names import SUBGROUP_WORDS
from assistant.language.cues.people_in_sentences import PLURAL_ENDINGS, QUANTITY_LEAD_RE
from assistant.language.textparts import normalise, similar_text, strip_article, words
from assistant.method.changes import Changes, Tools, learned_chances, learned_vectors
from assistant.method.editing.canvas import (
    item_label,
    normalise_priorities,
    remove_item,
    value_in_own_words,
)
from assistant.method.editing.corrections import fix_effects, move_effects, rename_item
from assistant.method.joined_pieces import join_pieces
from assistant.method.learned_effects import learned_effects, story_effects
from assistant.method.learned_options import learned_options, measures_after_values
from assistant.method.learned_told_effects import effects_read_as_options
from assistant.method.reading.direction_model import (
    combined_direction,
    direction_model,
    direction_sure,
)
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.effect_people import loose_group
from assistant.method.reading.effect_subjects import draft_actor
from assistant.method.reading.extraction import (
    OptionDraft,
    ValueChoice,
    actor_group,
    find_actor,
)
from assistant.method.reading.kind_model import (
    LAST_RESORT_MARGIN,
    LIKELY_LAST,
    combined_kind,
    kind_leanings,
    kind_model,
    likely_kinds,
)
from assistant.method.reading.mentions import (
    abbreviated_actor,
    group_of_one,
    head_word,
    mention_position,
    mentioned_actor,
    name_words,
    referred_actor,
    same_word,
)
from assistant.method.reading.name_fragments import fragment_name, names_no_one
from assistant.method.reading.organisations_at_work import body_of_group
from assistant.method.reading.reading import Reading
from assistant.method.reading.same_group import (
    better_group_name,
    bracketed_alias,
    same_group_actor,
)
from assistant.method.reading.story_cast import (
    effects_of_the_cast,
    roles_of_the_cast,
    told_back,
)
from assistant.method.reading.weighed_sides import weigh_sides
from assistant.method.suggestions import LINK_THRESHOLD
from assistant.method.uncued_options import weigh_uncued_options


def record(tools: Tools, session: Session, reading: Reading, changes: Changes) -> None:
    """Every item of ``reading`` into ``session``."""
    story_effects(tools, session, reading)  # a story told to the case: its effects
    weigh_uncued_options(tools, session, reading)  # options only because options are asked
    learned_options(tools, session, reading)  # measures the rules passed by or read otherwise
    measures_after_values(session, reading)  # values chosen: measures move on to the options
    effects_read_as_options(tools, session, reading)  # "de stokers voelen zich aangekeken"
    for field, text in reading.case.items():
        setattr(session.case, field, text)
        changes.case[field] = text
    for old, new in reading.renamed_actors:  # "the vendor is a consortium, call them that"
        known = next((a for a in session.actors if a.name == old), None)
        if known is not None and not names_no_one(new):  # not "it's not 60 officers but 45"
            rename_item(session, "actor", known, new, tools.catalogue)
            changes.corrected.append((old, known.name))
    for name in reading.removed_actors:  # "X isn't an actor for us, drop them"
        gone = next((a for a in session.actors if a.name == name), None)
        if gone is not None:
            remove_item(session, "actor", gone.id)
            changes.removed.append(gone.name)
    fix_effects(session, reading.effect_fixes, changes)  # "geen plus maar een min voor X"
    for kind, item_id in reading.removed_items:  # "scratch the travel one"
        found = next((i for i in getattr(session, f"{kind}s") if i.id == item_id), None)
        if found is not None:
            remove_item(session, kind, item_id)
            changes.removed.append(item_label(found))
    listed = _record_actors(session, reading, changes)
    _fold_one_person_actors(session, changes, reading.text)
    _attach_loose_effects(session, listed)
    _attach_told_of_people(session)
    attach_followers(session)
    _join_scenes(session, reading, changes)
    move_effects(session, reading.effect_fixes, changes)  # "niet de IB'er, de directeur ..."
    _record_effects(tools, session, reading, changes)
    if reading.values:
        replaced = _drop_values_taken_to_move_on(session, reading)
        record_values(
            tools, session, reading.values, reading.value_list, changes, reading.top_value
        )
        if replaced:
            link_options(tools, session)  # the user's own options: to the user's own values
    weigh_learned_kinds(tools, reading.options)
    own_kinds = [d.kind for d in reading.options]
    choose_kinds(session, reading.options)
    for draft, own in zip(reading.options, own_kinds, strict=True):
        option = add_option(tools, session, draft)
        changes.options.append(option)
        if option.kind != own:  # moved by the joint choice to fill a kind still missing
            session.meta.setdefault(MOVED_KINDS, {})[option.id] = [own, option.kind]
    restore_moved_kinds(session)


def _record_effects(tools: Tools, session: Session, reading: Reading, changes: Changes) -> None:
    """The effects of ``reading`` into ``session``, after the learned models had their say (the
    sentences the rules passed by, their directions, the sides weighed against each other)."""
    named = len(session.actors)
    for name in learned_effects(tools, session, reading):  # sentences the rules passed by
        if _known_by_name(name, session.actors) is None:  # the people of an effect it dropped
            changes.actors.append(add_actor(session, name).name)
    weigh_learned_directions(tools, reading.effects)
    weigh_sides(reading.effects)  # "aan de ene kant ..., aan de andere kant ..."
    effects_of_the_cast(reading.text, session, reading.effects)  # "Henk, een van de X, ..."
    added = [add_effect(session, draft, changes) for draft in reading.effects]
    _keep_followers(session, reading.effects, added)
    told = [t.text for t in session.transcript if t.role == "user"] + [reading.text]
    told_back(session.effects, told, session.actors)  # "Ze staan minder vaak ...": named before
    changes.effects.extend(added)
    _attach_by_subject(session, session.actors[named:])
    _attach_by_own_words(session)
    attach_followers(session)
    kept = join_pieces(session, added, reading.text)  # "more alerts, so more workload"
    changes.effects[:] = [e for e in changes.effects if e not in added or e in kept]


def _record_actors(session: Session, reading: Reading, changes: Changes) -> list[Actor]:
    """The actors and users of ``reading`` into ``session``: new ones added, known ones named
    as the group where the message names it so; the actors the message names, in order."""
    listed: list[Actor] = []
    added: set[str] = set()
    for name in reading.actors + reading.users:
        if fragment_name(name):
            continue  # "45", "not involved at this stage", "die mensen": no one, no new name
        actor = known_actor(name, session.actors)
        if actor is not None and actor.id in added and _another_group(name, actor.name):
            actor = None  # "teachers, the remedial teachers": two groups named side by side
        if actor is None:
            actor = add_actor(session, name)
            added.add(actor.id)
            changes.actors.append(actor.name)
            if name in reading.roles:  # named in passing in the case: asked about last
                session.meta["passing_roles"] = [*session.meta.get("passing_roles", []), actor.id]
        elif plural_of(name, actor.name) or named_by_name(name, actor.name):
            actor.name = name  # "de advocaat" in the case, "advocaten" in the list: the group
        elif better_group_name(actor.name, name):
            actor.name = name  # "the kids" in a story, "pupils" in the list: the group's name
        elif group_of_one(actor.name, [Actor(id=actor.id, name=name)]) is not None:
            actor.name = name  # "Ranger Tom" first, "rangers" in the list: the group
        listed.append(actor)
    return listed


def _drop_values_taken_to_move_on(session: Session, reading: Reading) -> bool:
    """Values adopted as a starting point when the user went on without choosing give way to a
    list of values the user names later ("menselijke waardigheid, veiligheid, vertrouwen" where
    options are asked): those not named again and protected by no proposal taken over are no
    longer chosen, and the user's own options tied to them lose the tie (tied anew to the
    user's values once recorded). Whether they gave way."""
    taken = session.meta.get("values_taken_to_move_on") or []
    if not taken or not reading.value_list or len(reading.values) < MIN_OWN_LIST:
        return False
    session.meta["values_taken_to_move_on"] = []
    named = {c.entry.id for c in reading.values if c.entry} | {
        c.name.lower() for c in reading.values
    }
    protected = {i for o in session.options if o.proposed for i in o.value_ids}
    dropped = set()
    for value in session.values:
        kept = value.id not in taken or value.id in protected
        if not kept and (value.key or value.name.lower()) not in named:
            value.priority = None
            dropped.add(value.id)
    for option in session.options:
        option.value_ids = [i for i in option.value_ids if i not in dropped]
    normalise_priorities(session)
    return True


MIN_OWN_LIST = 2  # a list of values the user names, not one value added
JOINT_CHOICE_LIMIT = 6  # options with another kind weighed together (3**6 choices at most)


def weigh_learned_kinds(tools: Tools, drafts: list[OptionDraft]) -> None:
    """The kinds the rules chose without being sure, weighed with the learned model of kinds
    (:mod:`assistant.method.reading.kind_model`): its log-probabilities added to the rules'
    scores. The kind the rules chose stays a choice for the joint choice of kinds, and so does
    any kind the model finds likely (:func:`likely_kinds`), also where the rules are sure. Only
    with the encoder the model learned from; without it the rules' kinds stay."""
    scored = [d for d in drafts if d.scores is not None]
    if not scored:
        return
    texts = [d.text for d in scored]
    probabilities = learned_chances(tools, kind_model(), texts)
    if probabilities is None:
        return
    for draft, row in zip(scored, probabilities, strict=True):
        kind = combined_kind(draft.scores or {}, row)
        others = (draft.kind, *draft.alternatives, *likely_kinds(row))
        draft.kind = kind
        draft.leanings = kind_leanings(draft.scores or {}, row)
        draft.alternatives = tuple(dict.fromkeys(k for k in others if k != kind))
        weaker = [k for k in likely_kinds(row, LIKELY_LAST) if _rules_allow(draft.scores or {}, k)]
        draft.last_resorts = tuple(k for k in weaker if k != kind and k not in draft.alternatives)


def _rules_allow(scores: dict[OptionKind, float], kind: OptionKind) -> bool:
    """Whether the rules leave room for ``kind`` as a last resort: they give it something, or
    their best kind is below ``LAST_RESORT_MARGIN`` ("de camera staat uit op het terrein" is
    design by the rules alone: no kind the model finds less likely moves it)."""
    return scores.get(kind, 0.0) > 0 or max(scores.values(), default=0.0) < LAST_RESORT_MARGIN


def weigh_learned_directions(tools: Tools, drafts: list[EffectDraft]) -> None:
    """The directions the rules gave without being sure (weakly decided by the clause's words,
    or taken from the sentence before or the one asked), weighed with the learned model of
    directions (:mod:`assistant.method.reading.direction_model`). A direction changed since
    it was read (a correction, a worry) stays; so do all without the encoder the model
    learned from."""
    open_ones = [
        d
        for d in drafts
        if d.weighed is not None
        and d.weighed[0] == d.direction
        and not direction_sure(d.weighed[1])
    ]
    if not open_ones:
        return
    texts = [d.text for d in open_ones]
    vectors = learned_vectors(tools, direction_model(), texts)
    if vectors is None:
        return
    positive = direction_model().positive(texts, vectors)
    for draft, chance in zip(open_ones, positive, strict=True):
        if draft.weighed is not None:
            direction, strength = draft.weighed
            draft.direction = combined_direction(direction, strength, float(chance))


def choose_kinds(session: Session, drafts: list[OptionDraft]) -> None:
    """The kinds of a message's options chosen together with those recorded: of the kinds each
    option's words point to almost as strongly, the choice that leaves the fewest kinds missing,
    then the one that gives the kind the assistant asked for last as missing beside the options
    there (``options_focus``), with as few options moved from their first kind as that allows,
    and of those the options that lean least to their own kind moved ("design: a filter; een
    ouderavond over de app" with no environment option yet: the evening is environment; two
    options that could each be environment or human, with only design recorded: one of each,
    the one whose words say less of its first kind moved; "a drop-in hour at the library"
    after "which agreements would help?": environment, not human). Where that leaves one kind
    missing, a kind the learned model finds less likely (``last_resorts``) fills it if it can:
    after design and rules, "een voorlichtingsavond in de dorpen" is for the people."""
    recorded = {o.kind for o in session.options}
    asked = session.meta.get("options_focus") if session.options else None  # asked as missing
    chosen = _joint_kinds(recorded, drafts, asked, last_resort=False)
    covered = chosen[0] if chosen else len(recorded | {d.kind for d in drafts})
    if covered == len(OPTION_KINDS) - 1:
        filled = _joint_kinds(recorded, drafts, asked, last_resort=True)
        chosen = filled if filled is not None and filled[0] == len(OPTION_KINDS) else chosen
    for index, kind in chosen[1].items() if chosen is not None else ():
        drafts[index].kind = kind


MOVED_KINDS = "kinds_moved"  # session.meta: option id -> [its own kind, the kind moved to]


def restore_moved_kinds(session: Session) -> None:
    """Options the joint choice of kinds moved to fill a kind still missing (``MOVED_KINDS``)
    go back to the kind their own words point to once another option holds the kind they
    were moved to: the move was only there to cover that kind ("een sticker op elke paal"
    read as design, moved to environment while no rule was named, is design
    again once the user names a contract). No kind goes missing by it; an option whose kind
    changed since (a correction) or that was removed is let go."""
    moved: dict[str, list[OptionKind]] = session.meta.get(MOVED_KINDS) or {}
    for option_id, (own, moved_to) in list(moved.items()):
        option = next((o for o in session.options if o.id == option_id), None)
        if option is None or option.kind != moved_to:
            del moved[option_id]
        elif any(o.kind == moved_to for o in session.options if o.id != option_id):
            option.kind = own
            del moved[option_id]


def _joint_kinds(
    recorded: set[OptionKind], drafts: list[OptionDraft], asked: object, last_resort: bool
) -> tuple[int, dict[int, OptionKind]] | None:
    """The best joint choice of kinds for the drafts with another kind to choose (with their
    ``last_resorts`` too where so asked): how many kinds it covers, and the kind per draft."""

    def choices(draft: OptionDraft) -> tuple[OptionKind, ...]:
        more = draft.last_resorts if last_resort else ()
        return (draft.kind, *draft.alternatives, *more)

    open_ones = [i for i, d in enumerate(drafts) if len(choices(d)) > 1][:JOINT_CHOICE_LIMIT]
    if not open_ones:
        return None
    fixed = {d.kind for i, d in enumerate(drafts) if i not in open_ones}
    options = [choices(drafts[i]) for i in open_ones]
    leanings = [drafts[i].leanings or {} for i in open_ones]
    best: tuple[int, bool, int, float] | None = None
    chosen: tuple[OptionKind, ...] = ()
    for kinds in product(*options):
        covered = len(recorded | fixed | set(kinds))
        moved = sum(1 for k, o in zip(kinds, options, strict=True) if k != o[0])
        leaning = sum(lean.get(k, 0.0) for k, lean in zip(kinds, leanings, strict=True))
        score = (covered, asked in kinds and asked not in recorded | fixed, -moved, leaning)
        if best is None or score > best:
            best, chosen = score, kinds
    assert best is not None
    return best[0], dict(zip(open_ones, chosen, strict=True))


def _fold_one_person_actors(session: Session, changes: Changes, text: str) -> None:
    """An actor named by one person of a group ("Één mantelzorger", "Raadsonderzoeker Mirjam",
    "a volunteer", or "Kees" told of as "Kees, een van onze behandelaars" in ``text`` or a
    message before) once the group is an actor too ("Mantelzorgers"): its effects are the
    group's, the effects asked of it too, and it is no actor of its own."""
    told = [t.text for t in session.transcript if t.role == "user"] + [text]
    named = any(len(a.name.split()) == 1 for a in session.actors)  # "Kees", not "Behandelaars"
    roles = roles_of_the_cast(told) if named else {}
    for actor in list(session.actors):
        others = [a for a in session.actors if a.id != actor.id]
        group = group_of_one(actor.name, others) or _group_of_the_cast(actor.name, roles, others)
        if group is None:
            continue
        for effect in (e for e in session.effects if e.actor_id == actor.id):
            effect.actor_id = group.id
        if session.meta.get("effects_focus") == actor.id:
            session.meta["effects_focus"] = group.id
        remove_item(session, "actor", actor.id)
        changes.actors = [n for n in changes.actors if n != actor.name]


def _group_of_the_cast(name: str, roles: dict[str, str], actors: list[Actor]) -> Actor | None:
    """The known group of a person of the story named by first name: the group the story says
    that person is one of ("Behandelaars"), or the one the person's role is one of ("een oudere
    strandwacht" of "Strandwachten")."""
    role = roles.get(name.strip())
    if not role:
        return None
    return group_of_one(role, actors) or referred_actor(role, actors)


def _attach_loose_effects(session: Session, added: list[Actor]) -> None:
    """Effects told before their actor was listed ("social workers save time" in the first
    message, "social workers" in the list after it) go to that actor once it is listed, also
    when the actor was already known from an earlier message ("het verpleeghuis" in the case,
    its effects loose, then "het verpleeghuis, de bewoners" as the actor list)."""
    for effect in session.effects:
        actor = mentioned_actor(effect.text, added) if effect.actor_id is None else None
        if actor is not None:
            effect.actor_id = actor.id


def _attach_told_of_people(session: Session) -> None:
    """Effects told before any actor was named, of one person ("mevrouw Jansen kreeg een
    boete") or of people in general ("people get stared at"), go to that person's group or the
    public the case serves once the actors are known."""
    for effect in (e for e in session.effects if e.actor_id is None):
        group = loose_group(effect.text, session.actors)
        if group is not None:
            effect.actor_id = group.id


def _attach_by_subject(session: Session, added: list[Actor]) -> None:
    """Effects without an actor that start with an actor another effect of the same message
    named ("kinderen lezen meer ... kinderen met een accent worden fout gerekend")."""
    for effect in session.effects:
        actor = mentioned_actor(effect.text, added) if effect.actor_id is None else None
        spot = mention_position(words(strip_article(effect.text)), actor) if actor else None
        if actor is not None and spot is not None and spot[0] == 0:
            effect.actor_id = actor.id


def _attach_by_own_words(session: Session) -> None:
    """Effects still without an actor whose own words name a known actor the way the reader
    finds an effect's actor (its subject, whom it is for, whom it is told about): told before
    that actor was known or in the same message that named it ("de huurders hadden een lagere
    rekening" with "Huurders" listed after it). No new actor is made from them."""
    for effect in (e for e in session.effects if e.actor_id is None):
        found = draft_actor(effect.text, session.actors)
        if found is not None and found[0] is not None:
            effect.actor_id = found[0]


FOLLOWERS = "effects_following"  # session.meta: effect id -> the effect whose actor it takes


def _keep_followers(session: Session, drafts: list[EffectDraft], added: list[Effect]) -> None:
    """For each effect recorded without an actor that took its actor from another effect of the
    same message (``EffectDraft.follows``), which also has none yet: that effect, so that it
    goes where that one goes once its people are an actor."""
    recorded = {id(draft): effect for draft, effect in zip(drafts, added, strict=True)}
    links: dict[str, str] = session.meta.setdefault(FOLLOWERS, {})
    for draft, effect in zip(drafts, added, strict=True):
        followed = recorded.get(id(draft.follows)) if draft.follows is not None else None
        if effect.actor_id is None and followed is not None and followed is not effect:
            links[effect.id] = followed.id


def attach_followers(session: Session) -> None:
    """Effects without an actor that took theirs from another effect, once that one has an
    actor: the same actor ("een moeder kreeg een brief, wachtte zes weken" with "Ouders" added
    later); links to effects removed or with an actor are let go."""
    links: dict[str, str] = session.meta.get(FOLLOWERS) or {}
    effects = {e.id: e for e in session.effects}
    attached = True
    while attached:  # one that follows a follower ("..., wachtte ..., en was bang")
        attached = False
        for follower_id, followed_id in list(links.items()):
            follower, followed = effects.get(follower_id), effects.get(followed_id)
            if follower is None or followed is None or follower.actor_id is not None:
                del links[follower_id]
            elif followed.actor_id is not None and session.actor(followed.actor_id) is not None:
                follower.actor_id = followed.actor_id
                del links[follower_id]
                attached = True


def plural_of(name: str, known: str) -> bool:
    """Whether ``name`` is the plural of a known actor named by one person ("advocaten" for
    "Advocaat", "lawyers" for "Lawyer"): the group is the actor."""
    new, old = words(strip_article(name)), words(strip_article(known))
    if len(new) != 1 or len(old) != 1 or new == old:
        return False
    plural = new[0].endswith(PLURAL_ENDINGS) and not old[0].endswith(PLURAL_ENDINGS)
    return plural and len(new[0]) > len(old[0]) and same_word(new[0], old[0])


def named_by_name(name: str, known: str) -> bool:
    """Whether ``name`` is a known actor's role with its proper name after it ("vervoerder
    Arriva" for "Vervoerder", "the supplier Acme Data" for "Supplier"): the fuller name."""
    new, old = name.split(), strip_article(known).split()
    if len(new) <= len(old) or [w.lower() for w in new[: len(old)]] != [w.lower() for w in old]:
        return False
    return all(w[:1].isupper() for w in new[len(old) :])


def known_actor(name: str, actors: list[Actor]) -> Actor | None:
    """The actor ``name`` refers to; a subgroup ("studenten met een functiebeperking") is an
    actor of its own beside its group ("studenten")."""
    found = find_actor(name, actors)
    if found is None:  # "MR" is "Medezeggenschapsraad (MR)", "the kids" are "Pupils"
        return abbreviated_actor(name, actors) or same_group_actor(name, actors)
    if bracketed_alias(found.name, name) or bracketed_alias(name, found.name):
        return found  # "Inspectors (opzichters)" after "Opzichter": one group
    if found is not None and _subgroup(name) and not _subgroup(found.name):
        return None
    if found is not None and body_of_group(name, found.name):
        return None  # "the student council" is not "students"
    if found is not None and _only_in_qualifier(name, found.name):
        return None  # "the union of caseworkers" is not "caseworkers"
    if found is not None and _only_as_owner(name, found.name):
        return None  # "the clients' families" are not "clients"
    return found


def _only_as_owner(name: str, known: str) -> bool:
    """Whether the known actor is only the owner in ``name`` ("clients' families", "de
    kinderen's ouders", "the operator's planning department"): what is owned is another."""
    owned = re.search(r"\w(?:'s|s')\s+(\w.*)$", name)
    if owned is None:
        return False
    return not any(same_word(w, head_word(known)) for w in words(owned.group(1)))


def _only_in_qualifier(name: str, known: str) -> bool:
    """Whether the known actor's head word comes only after the head of ``name``."""
    head = name_words(name)
    qualified = len(head) < len(words(strip_article(name)))
    return qualified and bool(head) and not any(same_word(w, head_word(known)) for w in head)


def _subgroup(name: str) -> bool:
    return any(w in SUBGROUP_WORDS for w in words(name)[1:])


GROUP_NAME_WORDS = 4  # longer, a name beside a known group is a sentence about it


def _another_group(name: str, known: str) -> bool:
    """Whether a short name listed beside a known one is another group ("remedial teachers"
    beside "teachers"), not the same name again or a sentence around it."""
    same = normalise(strip_article(name)) == normalise(strip_article(known))
    return not same and len(words(name)) <= GROUP_NAME_WORDS


def add_actor(session: Session, name: str) -> Actor:
    """A new actor, named without a word of quantity in front ("sommige cliënten" is
    "Cliënten", "some parents" is "Parents")."""
    name = QUANTITY_LEAD_RE.sub("", name, count=1) or name
    name = name[:1].upper() + name[1:]
    actor = Actor(id=session.new_id("a"), name=name, group=actor_group(name))
    session.actors.append(actor)
    return actor


def add_effect(session: Session, draft: EffectDraft, changes: Changes) -> Effect:
    actor_id = draft.actor_id
    if draft.actor_name and not names_no_one(draft.actor_name):
        actor = _known_by_name(draft.actor_name, session.actors)
        if actor is None:
            actor = add_actor(session, draft.actor_name)
            changes.actors.append(actor.name)
        actor_id = actor.id
    effect = Effect(
        id=session.new_id("e"),
        actor_id=actor_id,
        direction=draft.direction or "positive",
        text=draft.text,
    )
    session.effects.append(effect)
    return effect


def _known_by_name(name: str, actors: list[Actor]) -> Actor | None:
    """The known actor an effect's people are named as: the same name, its abbreviation ("de
    MR zegt") or the same group in other words ("the kids" for "Pupils")."""
    found = find_actor(name, actors) or abbreviated_actor(name, actors)
    return found or same_group_actor(name, actors)


def _join_scenes(session: Session, reading: Reading, changes: Changes) -> None:
    """The effect of a scene opened in the message before, with its rest told now ("and every
    time she does, ..."): its whole text, direction and the group it is tied to, if any."""
    for fix in (f for f in reading.effect_fixes if f.joined):
        effect = next((e for e in session.effects if e.id == fix.effect_id), None)
        if effect is None:
            continue
        effect.text, effect.direction = fix.text, fix.direction
        effect.actor_id = fix.actor_id if session.actor(fix.actor_id) else None
        if fix.actor_name:
            actor = _known_by_name(fix.actor_name, session.actors)
            if actor is None:
                actor = add_actor(session, fix.actor_name)
                changes.actors.append(actor.name)
            effect.actor_id = actor.id
        changes.effects.append(effect)


def add_option(
    tools: Tools,
    session: Session,
    draft: OptionDraft,
    value_ids: list[str] | None = None,
    proposed: bool = False,
) -> HandlingOption:
    """An option, tied to the chosen value it serves best when no values are given;
    ``proposed``: adopted from the assistant's proposals."""
    if not value_ids:
        best = tools.suggester.best_value(draft.text, session.chosen_values() or session.values)
        value_ids = [best.id] if best else []
    option = HandlingOption(
        id=session.new_id("o"), kind=draft.kind, text=draft.text, value_ids=value_ids,
        proposed=proposed,
    )  # fmt: skip
    session.options.append(option)
    return option


def link_options(tools: Tools, session: Session) -> None:
    """Options given before any value was chosen get the chosen value they serve best."""
    chosen = session.chosen_values()
    for option in session.options:
        if chosen and not any(session.value(v) for v in option.value_ids):
            best = tools.suggester.best_value(option.text, chosen)
            option.value_ids = [best.id] if best else []


def record_values(
    tools: Tools,
    session: Session,
    choices: list[ValueChoice],
    ranked: bool,
    changes: Changes,
    top: bool = False,
) -> None:
    """Values named by the user are chosen, in the order named; naming chosen ones again in a
    list ranks them anew, and one named to go first ("zet privacy bovenaan") goes first."""
    picked = [v for v in (_resolve(tools, session, c) for c in choices) if v is not None]
    chosen = session.chosen_values()
    first = top and len(picked) == 1 and picked[0].chosen and len(chosen) > 1
    if (ranked and len(picked) >= 2 and all(v.chosen for v in picked)) or first:
        _rank(picked + [v for v in chosen if v not in picked], changes)
        return
    for value in picked:
        if value.chosen:
            continue
        if len(session.chosen_values()) >= tools.max_values:
            changes.notice("cap", max=tools.max_values)
            break
        value.priority = len(session.chosen_values()) + 1
        changes.values.append(value.name)
    normalise_priorities(session)
    named = list({v.id: v for v in picked if v.chosen}.values())
    if ranked and len(named) >= 2 and any(v.name not in changes.values for v in named):
        # a list naming one chosen before among new ones ranks them as named
        _rank([*named, *(v for v in session.chosen_values() if v not in named)], changes)
    if top and picked and picked[0].chosen:  # "trust, fairness and nature. trust first"
        chosen = session.chosen_values()
        _rank([picked[0], *(v for v in chosen if v is not picked[0])], changes)
    undefined = next((v for v in session.chosen_values() if not v.definition.strip()), None)
    session.meta["define_value"] = undefined.id if undefined else None


def _rank(order: list[Value], changes: Changes) -> None:
    """The chosen values ranked in ``order``."""
    for rank, value in enumerate(order, start=1):
        value.priority = rank
    changes.reordered[:] = [v.name for v in order]  # the last ranking of the message counts


def _resolve(tools: Tools, session: Session, choice: ValueChoice) -> Value | None:
    if choice.number:
        proposals = [p for p in session.proposals if p.kind == "value"]
        match = next((p for p in proposals if p.number == choice.number), None)
        return session.value(match.ref) if match else None
    if choice.entry is not None:
        existing = next((v for v in session.values if v.key == choice.entry.id), None)
        if existing is None:
            existing = value_from_entry(
                session, choice.entry, value_links(tools, session, choice.entry), choice.said
            )
            session.values.append(existing)
        elif existing.name == choice.entry.text(session.language).name:
            existing.name = value_in_own_words(
                choice.said, existing.name
            )  # proposed, now in their words
        return existing
    if not choice.name.strip(" .,;:'\""):
        return None  # nothing left of the words once a lead was taken off: no value
    existing = next((v for v in session.values if similar_text(v.name, choice.name)), None)
    if existing is None:
        existing = Value(id=session.new_id("v"), name=choice.name)
        session.values.append(existing)
    return existing


def value_from_entry(
    session: Session, entry: ValueEntry, effect_ids: list[str], said: str = ""
) -> Value:
    """A catalogue value for the session, under the user's own words when they named it by
    another word than the catalogue's ("eerlijkheid" for Rechtvaardigheid, "menselijke maat"):
    the board keeps the words the user chose, the catalogue gives the meaning."""
    text = entry.text(session.language)
    return Value(
        id=session.new_id("v"),
        name=value_in_own_words(said, text.name),
        key=entry.id,
        definition=text.definition,
        effect_ids=effect_ids,
    )


def value_links(tools: Tools, session: Session, entry: ValueEntry) -> list[str]:
    """The effects a catalogue value lies behind (at least the closest one)."""
    if not session.effects:
        return []
    index = tools.catalogue.values.index(entry)
    sims = tools.suggester.similarity([e.text for e in session.effects])[:, index]
    best = max(range(len(sims)), key=lambda i: sims[i])
    linked = [e.id for e, s in zip(session.effects, sims, strict=True) if s >= LINK_THRESHOLD]
    return linked or [session.effects[best].id]
