"""Sentences said beside the effects that are no effect of their own.

- A fact set straight: "die score is 21%, niet 23", "wait, correction, it's not 60 officers,
  45", "schrap dat"; the sentences after it without a direction go on with it.
- A joke or an aside told with a laugh ("mijn collega vindt het budget krap, haha"), or said of
  a joke ("it wasn't a joke").
- A remark that something hardly matters ("doesn't change much", "maakt weinig uit"), or a
  doubt alone ("not sure about that one").
- Who pays for the case and its legal basis ("de gemeente betaalt mee via de wmo", "the legal
  basis is the customs code").
"""

from __future__ import annotations

from assistant.language.cues.side_remarks import (
    ASIDE_LEAD_RE,
    BARE_DENIAL_RE,
    BARE_FIGURE_RE,
    BARE_QUESTION_RE,
    CONCERN_TOPIC_RE,
    DENIED_LEAD_RE,
    DOCUMENT_REMARK_RE,
    DOUBT_ONLY_RE,
    EARLIER_DECISION_RE,
    EFFECT_POINTER_RE,
    FIGURE_CORRECTED_RE,
    FUNDING_RE,
    HARDLY_MATTERS_RE,
    HEARSAY_ONLY_RE,
    HEDGE_JOINT_RE,
    JOKE_RE,
    LAUGH_RE,
    LEGAL_BASIS_RE,
    METHOD_QUESTION_RES,
    NO_CHANGE_RE,
    NOTHING_ONLY_RE,
    PAYER_RE,
    REACTION_ONLY_RE,
    REPORTED_RE,
    REPORTING_LINE_RE,
    RETRACTED_RE,
    SAID_OTHERWISE_RE,
    SPEAKER_FEELING_RE,
    TRUTH_UNKNOWN_RE,
    UNDIRECTED_DOUBT_RE,
    WRITING_PARTY_ENDS,
)
from assistant.method.reading.actor_lists import actor_name
from assistant.method.reading.passing_actors import names_someone
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.segments import clauses


def directed(text: str) -> bool:
    """Whether a clause of ``text`` says something good or bad for someone."""
    return any(clause_direction(c) is not None for c in clauses(text))


def corrects_a_fact(text: str) -> bool:
    """A sentence without a direction that sets a fact straight ("het zijn er 45, niet 60",
    "polio meten we niet, schrap dat", "45", "correction: I said 40 cars, it's 25"); a
    correction of an effect ("correction on the tourists: they get it in Dutch only") is
    none."""
    stripped = text.strip()
    if BARE_FIGURE_RE.match(stripped):
        return True
    cued = FIGURE_CORRECTED_RE.search(stripped) or RETRACTED_RE.search(stripped)
    return cued is not None and not directed(stripped)


def joke(text: str) -> bool:
    """One clause with a laugh in it or about a joke ("de wethouder heeft er al over getweet
    haha", "it wasn't a joke"); in a longer sentence only that clause is the aside ("er is een
    meneer die zich betutteld voelt, hij zei ... haha", "Ilse's joke isn't crazy, they may
    worry ...")."""
    laugh = LAUGH_RE.search(text) or JOKE_RE.search(text)
    return laugh is not None and len(clauses(text)) == 1 and not _laughed_after(text)


def _laughed_after(text: str) -> bool:
    """A laugh at the end of one statement of a good or bad thing that happens ("mensen
    krijgen een boete terwijl de buren het neerzetten haha"): the laugh is the tone, the effect
    is meant (unlike "de wethouder heeft er al over getweet haha" or a remark after a comma:
    "my manager says the budget is tight, not my problem haha")."""
    laughs = list(LAUGH_RE.finditer(text))
    if not laughs or text[laughs[-1].end() :].strip(" .,!?:;)-"):
        return False
    told = text[: laughs[0].start()].strip(" ,")
    reported = REPORTED_RE.search(told) is not None  # "hij zei dat ...": a story, no effect told
    return "," not in told and not reported and directed(told)


def payer(text: str) -> str:
    """The party a sentence about funding says pays ("de gemeente betaalt mee via de wmo" ->
    "Gemeente", "it is paid for by the ministry" -> "Ministry"), else ""."""
    if FUNDING_RE.search(text) is None:
        return ""
    match = PAYER_RE.search(text.strip())
    if match is None:
        return ""
    return names_someone(match.group("who") or match.group("who2"))


def _aside(text: str) -> bool:
    """Words said about what was said, not of anyone's gain or loss: hearsay without its
    contents ("een collega zei van niet"), a doubt whether it is true ("we don't know yet if
    that's true"), nothing to tell ("niks direct"), a bare question ("what's the catch"), a
    question about the method (a side asked for a group, the listener's view, what a thing is
    called; not whether someone counts as an actor, whose people are still read) or a remark
    opened as an aside without a direction ("fwiw it was trained on concrete")."""
    if HEARSAY_ONLY_RE.match(text) or TRUTH_UNKNOWN_RE.match(text):
        return True
    if NOTHING_ONLY_RE.match(text) or BARE_QUESTION_RE.match(text):
        return True
    if any(pattern.search(text) for pattern in METHOD_QUESTION_RES):
        return True  # "is there a positive for the porters too?", "hoe noem je dat?"
    if DOCUMENT_REMARK_RE.match(text) and not directed(text):
        return True  # "the memo is a bit thin on who's involved"
    if concern_party(text):
        return True  # "The tenants' association has concerns about the self-inspection app"
    return ASIDE_LEAD_RE.match(text) is not None and not directed(text)


def concern_party(text: str) -> str:
    """The party whose concern about the case as a whole opens its letter ("Het ROCOV maakt
    zich zorgen over het cashloos maken van de bus" -> "ROCOV"): an actor, the sentence no
    effect; "" for a concern that names a harm ("The exam board is worried about fraud") or
    people ("... about the drivers"), which is one."""
    found = CONCERN_TOPIC_RE.match(text.strip())
    if found is None:
        return ""
    who = found.group("who").split()
    party = who[-1].isupper() or who[-1].lower().endswith(WRITING_PARTY_ENDS)
    what = found.group("what")
    if not party or directed(what) or any(names_someone(w) for w in what.split()):
        return ""
    return actor_name(found.group("who"))


def side_remark(text: str) -> bool:
    """A sentence among effects that is no effect: a fact set straight, a joke or an aside with
    a laugh, a remark that it hardly matters, a reaction of a word or two ("precies"), the
    speaker's own feeling ("eerlijk gezegd word ik hier ongerust van"), words about what was
    said (``_aside``), or the case's funding, legal basis or an earlier decision
    behind it ("het rijk betaalt mee via een subsidie", "legally it falls under the GDPR", "the
    council decided in 2022 that ...")."""
    stripped = text.strip()
    if corrects_a_fact(stripped) or joke(stripped):
        return True
    if HARDLY_MATTERS_RE.match(stripped) or SAID_OTHERWISE_RE.match(stripped):
        return True
    if DOUBT_ONLY_RE.match(stripped) or _aside(stripped) or _hedge_and_source(stripped):
        return True
    if REACTION_ONLY_RE.match(stripped) or SPEAKER_FEELING_RE.match(stripped):
        return True  # "precies, niemand", "Lovely.", "Persoonlijk vind ik het een rotdossier"
    if EARLIER_DECISION_RE.search(stripped) is not None:
        return True  # "omdat het bestuur in 2023 besloot dat de kosten omlaag moeten"
    if judges_an_effect(stripped):
        return True  # "die eerste over de chauffeurs is eigenlijk niet zo erg hoor"
    return FUNDING_RE.search(stripped) is not None or LEGAL_BASIS_RE.search(stripped) is not None


def judges_an_effect(text: str) -> bool:
    """A judgement of an effect already named ("dat nadeel valt wel mee", "that first one about
    the drivers isn't that bad"): it weighs that effect, it names no new one."""
    return EFFECT_POINTER_RE.match(text) is not None


def tells_no_change(text: str) -> bool:
    """A clause among effects that tells no change: nothing changes for someone or no one
    loses anything ("die merken er niks van", "nobody loses their job"), doubt without a
    direction ("victims, I honestly don't know"), what it is not before what it is ("it's not
    that they feel less safe"), a group with a bare denial ("eerlijke verhuurders toch niet")."""
    return any(
        pattern.match(text.strip()) is not None
        for pattern in (NO_CHANGE_RE, UNDIRECTED_DOUBT_RE, DENIED_LEAD_RE, BARE_DENIAL_RE)
    )


def _hedge_and_source(text: str) -> bool:
    """Only a doubt and who raised the point ("we don't know yet if that's true, but people in
    the team mentioned it", "collega's noemden het"): no effect of its own."""
    parts = [p for p in HEDGE_JOINT_RE.split(text) if p.strip()]
    sourced = any(REPORTING_LINE_RE.match(p) for p in parts)
    doubts = (DOUBT_ONLY_RE, TRUTH_UNKNOWN_RE, HEARSAY_ONLY_RE, REPORTING_LINE_RE)
    return sourced and all(any(d.match(p) for d in doubts) for p in parts)
