"""Whom one effect clause is about: the speaker's own side, the people it starts with or
mentions first, whom it is told about or a gain for, the public the case serves."""

from __future__ import annotations

import re

from assistant.domain.session import Actor
from assistant.language.cues.actor_names import (
    ELDER_PERSON_RE,
    ELDER_WORDS,
    GENERIC_HEADS,
    NAME_BREAKS,
    PERSON_PLURAL_ENDINGS,
    SUBJECT_STOPS,
)
from assistant.language.cues.direction import (
    BENEFICIARY_BEFORE_RE,
    BENEFICIARY_RE,
    FOR_WHOM_JUDGED_RE,
    HELPS_WHOM_BEFORE_RE,
    HELPS_WHOM_RE,
    JUDGED_FOR_RE,
    LIKED_BY_RE,
)
from assistant.language.cues.grammar import (
    COMPLEMENTISERS,
    JOINED_CLAUSE_RE,
    PERSON_PRONOUN_RE,
    PERSONAL_PRONOUNS,
    POINTER_LEAD_RE,
    STANCE_LEAD_RE,
    THIRD_PERSON_PRONOUNS,
)
from assistant.language.cues.named_people import ONE_OF_A_GROUP_RE, PLAIN_GROUP_WORDS
from assistant.language.cues.people import GROUP_WORDS
from assistant.language.cues.people_in_sentences import (
    BARE_REPORT_RE,
    COLLEAGUE_RE,
    FOR_WHOM_RE,
    GENERIC_SUBJECTS,
    NOTICED_BY_RE,
    PLURAL_ENDINGS,
    REPORTER_RE,
)
from assistant.language.cues.speaker_roles import ONE_PERSON_ROLE_ENDS, SPEAKING_AS_RE
from assistant.language.textparts import strip_article, words
from assistant.method.reading.actor_lists import actor_name, names_organisation
from assistant.method.reading.clause_subjects import (
    QUANTIFIERS,
    SUBJECT_SPOT,
    SUBJECT_WINDOW,
    about_the_tellers,
    clause_people,
    fronted_people,
    subject_person,
    without_quantity,
)
from assistant.method.reading.effect_text import clean_clause, effect_core
from assistant.method.reading.line_actors import (
    LineActor,
)
from assistant.method.reading.mentions import (
    group_of_one,
    mention_position,
    mentioned_actor,
    referred_actor,
)
from assistant.method.reading.organisation_kinds import organisation_kind
from assistant.method.reading.people_names import (
    PERSON_HEADS,
    generic_name,
    head_in,
    one_group_word,
    people_word,
    person_name,
)
from assistant.method.reading.reported_views import viewed_people
from assistant.method.reading.segments import clauses, is_clause, split_sentences

SPEAKER_SIDE = frozenset(("ik", "i", "we", "wij", "ons", "onze", "our", "us"))


SPEAKER_SELF = frozenset(("ik", "i"))  # the speaker alone: not the others the clause names


OBJECT_PRONOUNS = frozenset((
    "hen", "hun", "hem", "haar", "ze", "zij", "them", "him", "her", "us", "ons", "mij", "me",
))  # fmt: skip


def first_person(text: str, opening: frozenset[str] = SPEAKER_SIDE) -> bool:
    """An effect told of the speaker's own side ("wij hoeven minder vaak langs", "I notice I
    read them less carefully", "our inspectors lose time"), also after a stance; not a lead
    before a pronoun for others ("ik bedoel ze gaan ...", "what we hear: they ...")."""
    first = words(_after_pointer_lead(text))[:1]
    return bool(first) and first[0] in opening


def speaker_actor(actors: list[Actor], own_words: str) -> Actor | None:
    """The actor the speaker belongs to: the one whose whole name is in what the speaker said
    of their own place ("wijkverpleging hier" -> "Wijkverpleging"), None if not one."""
    lowered = f" {' '.join(words(own_words))} "
    found = [a for a in actors if words(a.name) and f" {' '.join(words(a.name))} " in lowered]
    return found[0] if len(found) == 1 else None


def not_a_speaker(who: LineActor, actors: list[Actor]) -> LineActor:
    """A label that names no people, before a clause about people of its own ("2. Anja:
    centralisten zijn positief", "+ bij gordel: ook kinderen achterin ..."): who said it or
    what it is about, not the actor; the clause's people are."""
    known = next((a.name for a in actors if a.id == who.actor_id), "") if who.actor_id else ""
    name = known or who.new_name
    if not name or (_person_like(name) and not _one_speaker(name)):
        return who
    first = next(iter(split_sentences(who.rest)), "")
    clause = next(iter(clauses(first)), "")
    opens = clause and (
        own_subject(clean_clause(clause), actors) or clause_people(clean_clause(clause))
    )
    if not opens:
        return who  # "Impact, even brainstormen: agents hoeven ...": the agents
    return LineActor(None, "", who.rest, who.direction)


SPEAKER_WORDS = 3  # "Student rep", "Privacy officer", "Ria": a speaker's label is short


def _one_speaker(name: str) -> bool:
    """Whether a label names one person who speaks ("Student rep", "Privacy officer",
    "Samira" in minutes), not a group ("Bewoners", "Drivers", "two reps of the union") nor an
    organisation."""
    tokens = [t.rstrip("'") for t in words(name)]  # "tenants' committee": plural too
    if not tokens or len(tokens) > SPEAKER_WORDS or name.isupper():
        return False  # "Yasmin El Idrissi (client council)": whom she speaks for
    one = tokens[-1] in ONE_PERSON_ROLE_ENDS  # "GP liaison", "Privacy officer"
    if not one and (names_organisation(name) or organisation_kind(name)):
        return False  # "Client council", "Works council": a body that speaks for a group
    return not any(t.endswith(PLURAL_ENDINGS + PERSON_PLURAL_ENDINGS) for t in tokens)


def _person_like(name: str) -> bool:
    """Whether a label's name could be people: a word for people, a plural or an organisation."""
    lowered = f" {name.lower()} "
    if any(head_in(w, lowered) for w in PERSON_HEADS) or any(people_word(t) for t in words(name)):
        return True
    return names_organisation(name) or name.isupper()


def public(actors: list[Actor]) -> Actor | None:
    """The public the case serves: the first actor of the affected group ("bewoners",
    "clients"), else the first actor named that is no organisation."""
    affected = [a for a in actors if _affected_group(a.name)]
    found = affected or [a for a in actors if not organisation_kind(a.name)]  # not "Corporaties"
    return found[0] if found else None


COMPOUND_GROUP = 6  # "buurtbewoners", "zorgcliënten": a longer group word may end a compound


def _affected_group(name: str) -> bool:
    """Whether a name is a group of the people affected ("Ouders", "Buurtbewoners", "Parents of
    pupils"), a word of its own or the end of a compound, not a word inside another word
    ("Wethouder" holds "ouder")."""
    for token in words(name):
        for word in GROUP_WORDS["affected"]:
            if token.startswith(word) or (len(word) >= COMPOUND_GROUP and word in token):
                return True
    return False


def people_served(actors: list[Actor]) -> Actor | None:
    """The public the case serves as ``public`` finds it, when its name is a word for people
    ("Bewoners", "Patients"), not a phrase read as a name ("Mooiste voorbeeld")."""
    served = public(actors)
    return served if served is not None and _person_like(served.name) else None


def generic_subject(text: str) -> bool:
    """An effect about people in general ("mensen die ...", "many more people get ...",
    "wie net buiten de regels valt ...")."""
    tokens = words(text)
    if tokens[:1] and tokens[0] in GENERIC_SUBJECTS:
        return True
    return (
        len(tokens) > 1
        and tokens[0] in QUANTIFIERS
        and tokens[1]
        in GENERIC_HEADS
        | {
            "meer",
            "more",
        }
    )


def draft_actor(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The actor of an effect clause: the actor it mentions first, else the group of people it
    starts with, else whom it is told about or a gain for; None when it names none."""
    speaking_as = _speaking_as(body, actors)
    if speaking_as is not None:
        return speaking_as  # "wij als jobcoaches kunnen eindelijk ...": the job coaches
    remark = judged_for_actor(body, actors)
    if remark is not None:
        return remark  # "X ..., erg vervelend voor die verkoper": the seller
    viewed = viewed_people(body, actors)
    if viewed is not None:
        return viewed  # "volgens de coaches voelen ouders zich ...": the parents
    core = effect_core(body)
    found = _clause_actor(core, actors) if core != body else None
    own = _clause_actor(body, actors)
    if core != body and (found is None or _anyone(found)):
        own = own or _cause_subject(body[: len(body) - len(core)])
        found = None if own else found  # "car drivers wait longer, so people who ..."
    told = _told_about(body, actors) if not found else None
    gains = None if found or own else beneficiary(body, actors) or for_whom(core, actors)
    chosen = found or told or own or gains
    if chosen is None or chosen[0] is None:  # "mevrouw De Boer (88) zei ...": the elderly
        chosen = _elder(body, actors) or _group_of_the_one(body, actors) or chosen
        chosen = chosen or _fronted(body, actors)
    return chosen or _noticing(body, actors) or _joined_subject(body, actors)


def _speaking_as(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The group the speaker says they speak as in front of the effect ("ik als teamleider
    ...", "we as inspectors ..."): a known actor by that name or its plural, else the role as a
    new name; None when the words after "als/as" name no people ("ik als ouder" does)."""
    found = SPEAKING_AS_RE.match(body.strip())
    role = found.group("role") if found is not None else ""
    if not role or not person_name([role]):
        return None
    known = referred_actor(role, actors) or group_of_one(role, actors)
    return (known.id, "") if known is not None else (None, role[:1].upper() + role[1:])


def _noticing(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people a tail names as the ones who notice what the clause tells ("inbraken zijn
    gehalveerd, dat merken de huurders echt", "..., which the tenants notice")."""
    found = NOTICED_BY_RE.search(body)
    if found is None:
        return None
    people = person_name((found.group("people") or found.group("people2")).split())
    if not people:
        return None
    known = referred_actor(people, actors)
    return (known.id, "") if known is not None else (None, people)


def _joined_subject(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people a clause joined on after a comma opens with, when the clause before names
    none ("no more paper rulers, and the wound consultant saves a lot of driving")."""
    for piece in JOINED_CLAUSE_RE.split(body)[1:]:
        if not is_clause(piece.split(",")[0]):
            continue  # "..., en de vissers in de haven, die ...": named in a list, no subject
        people = clause_people(piece)
        if people and not generic_name(people):
            known = mentioned_actor(piece, actors) or referred_actor(people, actors)
            return (known.id, "") if known is not None else (None, people)
    return None


def _fronted(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people a clause is about after a phrase put in front ("dan krijgen de bewoners daar
    een stempel"): a known actor by that name, else the name."""
    name = fronted_people(body)
    if not name:
        return None
    known = referred_actor(name, actors)
    return (known.id, "") if known is not None else (None, name)


MAX_GROUP_WORDS = 3  # "een van onze vaste handhavers"


def _group_of_the_one(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The group one person by first name is said to belong to ("Jan, een van onze
    handhavers, ...", "Tom, one of our wardens, ..."): a known actor by that name, else the
    group's name."""
    one = ONE_OF_A_GROUP_RE.match(body.strip())
    group = one.group("group").split() if one is not None else []
    if not group or len(group) > MAX_GROUP_WORDS or group[-1].lower() in PLAIN_GROUP_WORDS:
        return None  # "one of our older guys": no group by what they do
    name = person_name(group) or " ".join(group).capitalize()  # "one of our X": X are people
    known = referred_actor(name, actors)
    return (known.id, "") if known is not None else (None, name)


def _elder(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The actor for the elderly when a clause tells of one older person by title or age
    ("mevr (87) zei laatst: ...", "Mrs Smith, 84, told us ...")."""
    if ELDER_PERSON_RE.search(body) is None:
        return None
    elders = (a for a in actors if any(w in a.name.lower() for w in ELDER_WORDS))
    return next(((a.id, "") for a in elders), None)


POINTING_WORDS = frozenset(("die", "deze", "dat", "zo'n", "that", "this", "those", "these"))


def judged_for(body: str) -> re.Match[str] | None:
    """A remark of its own that judges what ``body`` tells for some people: the whole clause
    or a part after a comma ("..., erg vervelend voor die verkoper", "..., and for victims
    that's huge"); its ``who`` group holds them."""
    for part in [body, *body.split(",")[1:]]:
        found = JUDGED_FOR_RE.match(part.strip()) or FOR_WHOM_JUDGED_RE.match(part.strip())
        if found is not None:
            return found
    return None


def judged_for_actor(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people a remark after a comma judges the effect for, or a known actor it says the
    effect helps or costs: whom the effect is about, though the clause names others first
    ("de wijkagent stond voor niks op de stoep, erg vervelend voor die verkoper")."""
    tails = ",".join(body.split(",")[1:])
    if not tails:
        return None
    liking = liked_by(body.split(",")[-1], actors)
    if liking is not None:
        return liking  # "the drafts are kinder now, patients like that"
    helps = HELPS_WHOM_RE.search(tails) or HELPS_WHOM_BEFORE_RE.search(tails)
    if not (judged_for(f" ,{tails}") or helps):
        return None
    return beneficiary(tails, actors)


def liked_by(clause: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people a clause says like or dislike what was told before it ("..., and patients
    like that", "..., de buren vinden dat prettig"); None when it says no such thing or of no
    people ("I like that")."""
    found = LIKED_BY_RE.match(clause.strip())
    if found is None:
        return None
    who = found.group("who").split()
    known = mentioned_actor(" ".join(who), actors)
    if known is not None:
        return known.id, ""
    name = person_name(who)
    return (None, name) if name else None


def beneficiary(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people a remark says the effect is a gain or loss for ("..., wat winst is voor
    asielzoekers die nu maanden wachten" -> "Asielzoekers", "..., erg vervelend voor die
    verkoper", "..., and for victims that's huge"), or a known actor it says the effect helps
    or costs ("..., which really helps the water managers")."""
    match = BENEFICIARY_RE.search(body) or BENEFICIARY_BEFORE_RE.search(body) or judged_for(body)
    match = match or HELPS_WHOM_RE.search(body) or HELPS_WHOM_BEFORE_RE.search(body)
    if match is None:
        return None
    who = match.group("who").split()
    if len(who) > 1 and who[0].lower() in POINTING_WORDS:
        who = who[1:]  # "erg vervelend voor die verkoper": the seller
    stop = (NAME_BREAKS | COMPLEMENTISERS) - {"met", "with"}
    cut = next((i for i, t in enumerate(who) if t.lower() in stop), len(who))
    if match.re in (HELPS_WHOM_RE, HELPS_WHOM_BEFORE_RE):  # "which saves the farmers money"
        cut = next((i + 1 for i, t in enumerate(who[:cut]) if people_word(t.lower())), 0)
    named = mentioned_actor(" ".join(who[:cut]), actors)
    if named is not None:
        return named.id, ""
    name = person_name(who[:cut]) if 0 < cut <= SUBJECT_WINDOW else ""
    return (None, name) if name else None


def for_whom(body: str, actors: list[Actor], new: bool = False) -> tuple[str | None, str] | None:
    """The actor a clause says its effect is for, when it starts with none of its own ("minder
    papierwerk voor de handhavers" -> "Handhavers", "home visits are stressful for students");
    not a pronoun ("for them": the effect before says whom). A name that is no actor yet only
    with ``new`` ("fewer searches for missing elderly" names no group of its own)."""
    if PERSON_PRONOUN_RE.match(body):
        return None  # "but they lose their feel for the patients": about who "they" are
    for match in FOR_WHOM_RE.finditer(body):
        who = match.group("who").split()
        cut = next((i for i, t in enumerate(who) if t.lower() in NAME_BREAKS | SUBJECT_STOPS), 3)
        who = who[:cut]
        if not who or who[0].lower() in OBJECT_PRONOUNS | PERSONAL_PRONOUNS:
            continue
        named = mentioned_actor(" ".join(who), actors)
        if named is not None:
            return named.id, ""
        names = (person_name(who[:size]) for size in range(len(who), 0, -1))
        name = next((n for n in names if n), "")  # "the night nurses" before "the night"
        if name and (new or one_group_word(name)):
            return None, name  # "less paperwork for guards": a group of its own
    return None


def _told_about(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people an effect told by others is about, not the ones who tell it ("controllers
    report that home visits are stressful for students" -> "Students"); the tellers when what
    they tell names no people of its own ("de boa's melden dat ze vaker ...", "een analist
    zei: ..." -> "Analist"); None without a teller."""
    lead = REPORTER_RE.match(body)
    if lead is None:
        return _bare_report(body, actors)
    if words(lead.group(0))[-1:] in (["dat"], ["that"]) or lead.group(0).rstrip().endswith(":"):
        rest = body[lead.end() :].strip()
        about = _clause_actor(rest, actors) or for_whom(rest, actors, new=True)
        if about is not None:
            return about
    who = without_quantity(lead.group("who"))  # "de meeste ouders zeggen ...": the parents
    colleague = COLLEAGUE_RE.match(who)  # "mijn collega van X zegt dat ...": X if about them
    if colleague is not None:
        team = actor_name(colleague.group("team"))
        return (None, team) if team and about_the_tellers(body) else None
    teller = mentioned_actor(who, actors)
    if teller is not None:
        return teller.id, ""
    name = person_name(who.split())
    return (None, name) if name else None


def _bare_report(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The people what was said opens with, in a report without "that" ("judges say children
    now get a letter" -> "Children"); None when it opens otherwise ("judges say it helps")."""
    lead = BARE_REPORT_RE.match(body)
    if lead is None or not person_name(lead.group("who").split()):
        return None
    rest = lead.group("rest")
    return _clause_actor(rest, actors) if clause_people(rest) else None


def _anyone(found: tuple[str | None, str]) -> bool:
    """A new name for people in general ("people who ...", "mensen die ..."), not an actor."""
    tokens = words(found[1])
    return found[0] is None and bool(tokens) and tokens[0] in GENERIC_SUBJECTS


def _cause_subject(cause: str) -> tuple[str | None, str] | None:
    """The people a cause starts with, up to the first word that qualifies them ("car drivers
    | without the app wait longer"), also after a stance ("ik hoop dat schapenhouders ...",
    "I hope cyclists get ...")."""
    cause = STANCE_LEAD_RE.sub("", cause, count=1)
    tokens = words(cause)
    cut = next((i for i, t in enumerate(tokens) if t in NAME_BREAKS), len(tokens))
    name = person_name(cause.split()[:cut]) if 0 < cut <= SUBJECT_WINDOW else ""
    return (None, name) if name else None


PLURAL_VERB_END = "en"  # a Dutch verb in the plural ("vinden", "krijgen", "haken")


def people_pronoun_led(text: str) -> bool:
    """Whether a clause's subject is a pronoun for people named before: "ze", "they", or a
    Dutch "die" before a plural verb ("die haken af"; not "die mag niet gelezen worden", a
    thing), also after a lead that weighs it or points to it ("what they worry about is that
    they ...", "eerder andersom: die krijgen ...", "ik bedoel ze gaan ...")."""
    return _pronoun_first(words(text)) or _pronoun_first(words(_after_pointer_lead(text)))


LEAD_PEOPLE = frozenset(("those", "degenen", "wie", "whoever"))  # "as for those whose ...: they"


def lead_names_others(text: str, actors: list[Actor]) -> bool:
    """Whether the lead before a clause's pronoun names people of its own who are no actor
    ("as for those whose data leaked: they never hear ..."): the pronoun is about them."""
    lead = words(text)[: len(words(text)) - len(words(_after_pointer_lead(text)))]
    people = any(people_word(w) or w in LEAD_PEOPLE for w in lead)
    return people and mentioned_actor(" ".join(lead), actors) is None


def _after_pointer_lead(text: str) -> str:
    plain = STANCE_LEAD_RE.sub("", clean_clause(text), count=1)
    return POINTER_LEAD_RE.sub("", plain, count=1)


def _pronoun_first(tokens: list[str]) -> bool:
    if not tokens:
        return False
    if tokens[0] in THIRD_PERSON_PRONOUNS:
        return True
    plural = len(tokens) > 1 and tokens[1].endswith(PLURAL_VERB_END) and len(tokens[1]) > 3
    return tokens[0] == "die" and plural


def _clause_actor(body: str, actors: list[Actor]) -> tuple[str | None, str] | None:
    """The actor a clause mentions first, else the group of people it starts with."""
    mentioned = mentioned_actor(body, actors)
    subject = clause_people(body)
    led = PERSON_PRONOUN_RE.match(body) is not None or people_pronoun_led(body)
    pronoun = led and not subject
    if mentioned is not None and pronoun and not _named_in_lead(body, mentioned):
        return None  # "die krijgen meer mails van zoekers": the pronoun is the subject
    if mentioned is not None and (not subject or _mentioned_first(body, mentioned)):
        subject = ""  # "ouders ..." is about "Ouders"; "leidsters ... ouders" is not
    elif subject:
        mentioned = None
    referred = referred_actor(subject, actors) if subject else None
    if mentioned or referred:
        return (mentioned or referred).id, ""  # type: ignore[union-attr]
    return (None, subject) if subject else None


def own_subject(body: str, actors: list[Actor]) -> bool:
    """Whether a clause starts with people of its own ("ouders hebben minder zorgen", "but
    inspectors worry ...", "controllers report that ..."): the actor a label gave the sentence
    does not hold for it."""
    core = effect_core(body)
    mentioned = mentioned_actor(core, actors)
    if _told_about(body, actors) is not None:
        return True
    return bool(subject_person(core)) or (
        mentioned is not None and _mentioned_first(core, mentioned)
    )


def _named_in_lead(body: str, actor: Actor) -> bool:
    """Whether ``actor`` is named first in a clause or in the lead before its pronoun subject
    ("concern from the nurses: they ..."; not "they can't check what the judge read")."""
    if _mentioned_first(body, actor):
        return True
    tokens = words(strip_article(body))
    lead = len(tokens) - len(words(_after_pointer_lead(body)))
    spot = mention_position(tokens, actor)
    return spot is not None and spot[0] < lead


def _mentioned_first(body: str, actor: Actor) -> bool:
    spot = mention_position(words(strip_article(body)), actor)
    return spot is not None and spot[0] <= SUBJECT_SPOT
