"""What a sentence holds by its own cues, whatever was asked: a labelled effect ("+ ...",
"Nadeel: ...", "voor X: ..."), a line labelled with an actor, an effect with a direction about
someone, or a measure ("we spreken af ...", an instruction)."""

from __future__ import annotations

import re

from assistant.domain.session import Actor, Step
from assistant.language.cues.actor_names import NAME_BREAKS, NOT_PEOPLE, PERSON_PLURAL_ENDINGS
from assistant.language.cues.case import SCHEDULED_RE, TECHNOLOGY_HINT_RE
from assistant.language.cues.chatter import JUDGING_LABEL_RE
from assistant.language.cues.direction import (
    ADDRESSED_RE,
    CONTENTS_RE,
    COST_RE,
    DESCRIBING_VERBS,
    FLIP_WORDS,
    PLAN_RE,
    ROLE_RE,
    ROLE_VERBS,
    ROUTED_RE,
    WORRY_LEAD_RE,
)
from assistant.language.cues.direction_labels import (
    ACTOR_DIRECTION_RES,
    ACTOR_LABEL_RE,
    ACTOR_MARK_RE,
    LABEL_RE,
    WHO_MARKER_RE,
)
from assistant.language.cues.formal import (
    ASKED_PROPOSAL_RE,
    FORMAL_MEASURE_RE,
    FORMAL_TAUGHT_RE,
    HEDGED_RISK_RE,
)
from assistant.language.cues.grammar import (
    APPOSITION_RE,
    CONSEQUENCE_LEAD_RE,
    INVERTED_MODAL_RE,
    LATER_PROPOSAL_RE,
    OUGHT_RE,
    PERSONAL_PRONOUNS,
    PROPOSAL_RE,
    STANCE_LEAD_RE,
    SUBORDINATE_PROPOSAL_RE,
    THERE_SHOULD_RE,
)
from assistant.language.cues.measure_forms import (
    ADD_PEOPLE_LEAD_RE,
    ADDED_PEOPLE_REACH,
    ADDED_TO_LIST_RE,
)
from assistant.language.cues.measure_joints import OWN_WISH_RE
from assistant.language.cues.measure_leads import (
    ADDED_MEASURE_LEAD_RE,
    KIND_TAIL_RE,
    TOPIC_LEAD_RE,
)
from assistant.language.cues.measure_phrasings import (
    COMMITMENT_RE,
    COMMITMENT_TAIL_RE,
    CONSEQUENCE_JOINT_RE,
    CORRECTION_RE,
    MEASURE_AFTER_RE,
    MEASURE_CLAUSE_RE,
    NO_LONGER_RE,
    NOUN_MEASURE_RE,
    OPTION_CUE_RE,
    OPTION_START_RE,
    PEOPLE_ASKED_RE,
    RULE_MODAL_RE,
    SUGGESTION_RE,
    THERE_ASKED_RE,
    TO_ASSISTANT_RE,
    WISH_RE,
    WISHED_CHANGE_RE,
)
from assistant.language.cues.measure_statements import (
    CHECKED_FIRST_RE,
    CONDITIONED_RULE_RE,
    DEMANDED_RE,
    FIXED_FOR_SPEAKER_RE,
    GO_AHEAD_IF_RE,
    GOING_AHEAD_LEAD_RE,
    HEDGE_LEAD_RE,
    HEDGED_MEASURE_RE,
    INFORMED_MEASURE_RE,
    LATER_PROPOSAL_LEAD_RE,
    LEARN_HOW_MEASURE_RE,
    MEASURE_JOIN_LEAD_RE,
    MEASURE_TAKEN_RE,
    NEGATED_ASK_RE,
    OBLIGED_MEASURE_RE,
    RECEIVED_MEASURE_RE,
    RESTRICTION_RE,
    RULE_AFTER_SUBJECT_RE,
    SCOPED_RULE_RE,
    STATED_CONDITION_RE,
    TAUGHT_MEASURE_RE,
    UNRECOGNISABLE_RE,
    WISH_INSIDE_RE,
    WISHES_ANNOUNCED_RE,
)
from assistant.language.cues.option_kinds import (
    OPTION_KIND_WORDS,
    TAKING_TURNS_RE,
)
from assistant.language.cues.people import PEOPLE_WORDS
from assistant.language.cues.people_in_sentences import NOTICED_BY_RE
from assistant.language.cues.replies import (
    AGREEING_RE,
    BARE_OBJECTS,
    CASE_FACT_RE,
    CLOSING_RE,
    REMARK_RE,
)
from assistant.language.cues.two_kinds import CHECK_WORD_RE
from assistant.language.textparts import BULLET_RE, strip_article, words
from assistant.method.reading import actor_lists
from assistant.method.reading.clause_subjects import clause_people, subject_person
from assistant.method.reading.effect_text import effect_core
from assistant.method.reading.extraction import kind_terms, option_kind, points_only
from assistant.method.reading.mentions import find_actor, mention_position, mentioned_actor
from assistant.method.reading.polarity import clause_direction, marker_direction
from assistant.method.reading.questions import is_question
from assistant.method.reading.segments import clauses, is_clause

ASKING_WORD_RE = re.compile(
    r"^\W*(?:(?:en|and|maar|but|ok[eé]?|dus|so)\s*,?\s+)?(?:wie|wat|welke|hoe|waar|waarom|"
    r"wanneer|who|what|which|how|where|why|when|is\s+(?:dit|dat|het)|are\s+these|is\s+(?:this|"
    r"that|it))\b",
    re.IGNORECASE,
)
WHO_ELSE_RE = re.compile(r"^\W*(?:only|just|alleen|enkel|ook|also|or|of)\b", re.IGNORECASE)
MAX_LABEL_WORDS = 4
MIN_SUBJECT_CLAUSE = 3
QUALIFIERS = frozenset(("waar", "waarop", "waarin", "where", "after", "na", "over", "about", "by",
                        "door", "bij", "at", "to", "naar", "when", "wanneer"))  # fmt: skip
MIN_CLAUSE_MEASURE = 3  # "mits dat kan" holds no measure
MIN_SUGGESTION = 5  # "wat als?" holds no measure
SUBJECT_REACH = 2  # the actor's head word among the first words: the subject
TECHNOLOGY_SUBJECT = 3
GIVEN_REACH = 3  # "de nieuwe handhavers een ...": the article after the people it is for
PROPOSAL_WORDS = 4  # "het nieuwe systeem meet ...": the technology among the first words


def labelled_effect(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith(("+", "−")) or LABEL_RE.search(stripped):
        return True
    if marker_direction(stripped) is not None:
        return True
    if any(p.match(stripped) for p in ACTOR_DIRECTION_RES) or WHO_MARKER_RE.match(stripped):
        return True
    return ACTOR_LABEL_RE.match(stripped) is not None or judged_label(stripped)


def judged_label(text: str) -> bool:
    """A label in front that judges what follows ("Het grote plus: de brandweer weet ...",
    "Big win: ...", "Main worry: ..."): an effect with that direction."""
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and JUDGING_LABEL_RE.match(label) is not None


def has_direction(text: str) -> bool:
    return any(clause_direction(c) is not None for c in clauses(text))


def effect_like(text: str, actors: list[Actor], loose: bool = False) -> bool:
    """A clause with a direction about someone: an effect even where the case is asked.
    ``loose``: after the first message, also one that opens with people before a verb that is
    not a known one ("most clients say it helps them stay sober")."""
    if not has_direction(text) or not is_clause(text) or PLAN_RE.match(text.strip()):
        return False  # "het college wil een tool inkopen die ... beter maakt": the case
    people = clause_people(text) if loose else subject_person(text)
    if mentioned_actor(text, actors) is not None or people or (loose and _noticed_by(text)):
        return True
    return any(_told_as_effect(c) for c in clauses(text))


def _noticed_by(text: str) -> bool:
    """Whether a tail names people who notice what the sentence tells ("inbraken zijn
    gehalveerd, dat merken de huurders echt", "..., which the drivers notice")."""
    found = NOTICED_BY_RE.search(text)
    people = (found.group("people") or found.group("people2")) if found is not None else ""
    return bool(people) and actor_lists.is_person(people)


def _told_as_effect(clause: str) -> bool:
    """A clause about people after its lead or cause, or a consequence or worry with a
    direction of its own ("..., waardoor ze meer tijd kwijt zijn", "I worry that villages end
    up waiting longer")."""
    if PLAN_RE.match(clause):
        return False  # "we willen ..., zodat ze vrij kunnen lopen": a purpose, the case
    core = effect_core(clause)
    if subject_person(core):
        return True
    return core != clause and clause_direction(core) is not None


def worry_question(text: str, actors: list[Actor]) -> bool:
    """A worry told as a question or a wondering, not a question to the assistant: "wat als de
    data lekt?", "ik vraag me af of ouderen dat snappen", "krijgen ouderen dan nog wel bezoek?",
    "will parents feel watched??" (a question about people, not one that starts with a
    question word: "wie zijn de actoren?", "how does the model work?")."""
    stripped = text.strip()
    if ADDRESSED_RE.search(stripped) is not None or len(words(stripped)) < MIN_SUBJECT_CLAUSE:
        return False
    if WORRY_LEAD_RE.match(stripped) is not None:
        return True
    if "?" not in stripped or ASKING_WORD_RE.match(stripped) is not None:
        return False
    if not is_clause(stripped) or WHO_ELSE_RE.match(stripped) is not None:
        return False  # "gezinnen met kinderen?", "only the people who use it?": who is involved
    return names_people(words(stripped), stripped, actors) or bool(subject_person(stripped))


def subject_effect(text: str, actors: list[Actor]) -> bool:
    """A clause about what happens to the people it starts with ("handhavers moeten vaker in
    dezelfde buurten lopen", "the residents lose out"), with or without a direction word."""
    if not is_clause(text) or len(words(text)) < MIN_SUBJECT_CLAUSE or is_question(text):
        return False
    if subject_person(text):
        return True
    tokens = words(strip_article(text.strip()))
    spots = [mention_position(tokens, actor) for actor in actors]
    return any(spot is not None and spot[0] <= SUBJECT_REACH for spot in spots)


def effect_line(line: str, dashes: bool = True) -> bool:
    """A line that starts with an actor or direction label ("jongeren: + ...", "voor X: ...",
    "Nadeel: ...", "chauffeurs + ..."): read as a whole, so its label holds for every sentence
    in it. Without ``dashes`` (the first words about the case) "gemeente X - afdeling Y" is a
    title, not an effect for the gemeente."""
    stripped = BULLET_RE.sub("", line).strip()
    marked = ACTOR_MARK_RE.match(stripped)
    marked = None if marked is not None and _qualified_measure(marked.group("actor")) else marked
    dashed = marked is not None and marked.group("mark") != "+"
    if marked is not None and actor_lists.is_person(marked.group("actor")):
        return dashes or not dashed
    if WHO_MARKER_RE.match(stripped) or ACTOR_LABEL_RE.match(stripped):
        return True
    if any(p.match(stripped) for p in ACTOR_DIRECTION_RES):
        return True
    label = LABEL_RE.match(stripped)
    return label is not None and label.group("label") not in (None, "-", "+")


def _qualified_measure(label: str) -> bool:
    """Words before a dash that end in one word after a comma, not a person: how a measure
    works, not who it is for ("a button to get a person, always - press 0"; "ouders,
    kinderen - ..." names people)."""
    head, comma, tail = label.rpartition(",")
    lone = tail.split()
    return bool(comma and head.strip()) and len(lone) == 1 and not actor_lists.is_person(lone[0])


def strong_effect(text: str) -> bool:
    return labelled_effect(text) or text.lower().startswith(("voor ", "for "))


def measure(text: str, step: Step) -> bool:
    """A sentence that proposes a measure: an instruction, "moet altijd", "we spreken af", a
    proposal also after a hedge ("maybe we should ..."), a wish or a question that proposes one
    ("zouden we niet ... kunnen?", "what if we ...?")."""
    late = step in (Step.VALUES, Step.OPTIONS, Step.SUMMARY)  # past the effects
    topic = TOPIC_LEAD_RE.match(text) if late else None
    if topic is not None and measure(text[topic.end() :], step):
        return True  # "And the footage: shouldn't there be a rule that ...?"
    if step.position >= Step.EFFECTS.position and ADDED_MEASURE_LEAD_RE.match(text.strip()):
        return True  # "what I'd add myself is ...", "en dan nog iets aan de software: dat ..."
    if ADDED_TO_LIST_RE.search(text) or SCHEDULED_RE.match(text.strip()):
        return False  # "the works council must be added": someone for the list of actors
    if step.position <= Step.ACTORS.position and _people_added(text):
        return False  # "add the parents of young candidates" where actors are asked
    if stated_condition(text):
        return True  # "ik zie het alleen zitten als ...", "my condition: only if ..."
    if step.position >= Step.EFFECTS.position and WISHED_CHANGE_RE.match(text.strip()):
        return True  # "if I could change one thing today, I'd let people say no to ..."
    if step.position >= Step.EFFECTS.position and formal_measure(text):
        return True  # "er wordt voorzien in ...", "it will be laid down that ..."
    if step.position >= Step.EFFECTS.position and ASKED_PROPOSAL_RE.search(text):
        return is_question(text)  # "is it acceptable to propose that the model ...?"
    if KIND_TAIL_RE.search(text) and not is_question(text):
        return True  # "een cursus voor de balie (mens)": a measure with its kind named
    if is_question(text) and not instruction(text):
        asked = late and asked_measure(text) and (step != Step.VALUES or cued_kind(text))
        ruled = restricted_rule(text)  # "misschien iets met dat ... alleen zichtbaar is ...?"
        offered = suggestion(text) or hedged_measure(text) or ruled or _asked_last(text)
        return (offered and (late or ruled or cued_kind(text))) or asked or negated_ask(text)
    if proposal(text) or (late and OUGHT_RE.search(text) and not is_question(text)):
        return True
    if late and _measure_past_the_effects(text, step):
        return True
    if suggestion(text) or WISH_RE.search(text) or hedged_measure(text):
        return late or cued_kind(text) or restricted_rule(text) or _proposed_check(text)
    if restricted_rule(text):
        return True  # "misschien iets met dat de smiley alleen zichtbaar is voor de leerling"
    named = NOUN_MEASURE_RE.match(text.strip()) and not is_clause(_head(text))
    plain = not has_direction(_head(text) or text)  # "een brief waarin staat waarom ..."
    if named and step.position >= Step.EFFECTS.position and plain:
        return cued_kind(text)  # "een onafhankelijk meldpunt voor klachten" (not the case)
    if NO_LONGER_RE.search(text) and option_kind(text) == "design":
        return True  # "het model mag geen postcodes meer gebruiken"
    text = STANCE_LEAD_RE.sub("", text.strip(), count=1)  # "misschien moeten we ..."
    if late and COMMITMENT_RE.match(text) and not has_direction(COMMITMENT_TAIL_RE.sub("", text)):
        return True  # "also we add a line under each answer saying AI helped draft it"
    starts = OPTION_START_RE.match(text.strip()) is not None
    if starts and (step in (Step.VALUES, Step.OPTIONS) or len(text.split()) >= 4):
        return True
    return OPTION_CUE_RE.search(text) is not None and option_kind(text) is not None


def _measure_past_the_effects(text: str, step: Step) -> bool:
    """Forms that propose a measure once the effects are done: people taking turns, a duty of
    people, the speaker's own wish, something given to people, a standing measure, a condition."""
    if TAKING_TURNS_RE.search(text) and not is_question(text):
        return True  # "agents rotate so nobody does the hard calls all day"
    if duty_of_people(text):
        return True  # "landlords have to give their tenants a letter", "boas get a clear
        # instruction when to sample", "onze opzichters moeten leren ... uit te leggen"
    if OWN_WISH_RE.match(text.strip()) or _given_to_people(text):
        return True  # "verder wil ik vastleggen dat ...", "de handhavers een korte training"
    if standing_measure(text):
        return True  # "gezichten vervagen op de camera", "bewoners krijgen een brief met uitleg"
    return conditional_measure(text, step)  # "als we dit doen, dan moet er ...", "alleen als"


def formal_measure(text: str) -> bool:
    """A measure told in the passive or the future of an arrangement, as memos do ("er wordt
    voorzien in een bezwaarprocedure", "voorts wordt het algoritme opgenomen in het register",
    "it will be laid down in the working instructions that ...", "case handlers will receive
    training on ..."): not a question, not a hedged risk ("niet uitgesloten is dat ...")."""
    if is_question(text) or HEDGED_RISK_RE.search(text):
        return False
    if FORMAL_MEASURE_RE.match(text.strip()):
        return True
    taught = FORMAL_TAUGHT_RE.match(text.strip())
    if taught is None:
        return False
    named = re.split(r",\s*|\s+(?:and|en)\s+", taught.group("who").lower())  # "X and Y"
    return any(
        who not in PERSONAL_PRONOUNS
        and (actor_lists.is_person(who) or actor_lists.head_is_person(who))
        for who in named
    )


def _asked_last(text: str) -> bool:
    """A question whose last clause proposes a measure after a fact told before it ("het
    contract loopt nog een jaar, kunnen we in de verlenging opnemen dat ...?", "the contract
    ends in May, could we add a clause that ...?")."""
    head, comma, tail = text.rpartition(",")
    return bool(comma and head.strip()) and suggestion(tail) and not subject_person(head)


def _proposed_check(text: str) -> bool:
    """A check someone proposes that tells no change for people ("misschien kan de controle
    eerst door een mens", "maybe an inspector could look first"): a measure."""
    unchecked = CHECK_WORD_RE.sub(" ", text)  # "controle": the check, not people checked
    return unchecked != text and not has_direction(unchecked)


def stated_condition(text: str) -> bool:
    """The speaker's or a party's condition for going ahead, wherever it is said ("ik zie het
    alleen zitten als ...", "de OR heeft al gezegd: alleen als ...", "I'd only agree if ...",
    "we hebben met de leverancier afgesproken dat ..."), or a measure told as already taken
    ("toen hebben we in de software ingesteld dat ...", "we also capped what ..."): a measure,
    also in the case."""
    if FIXED_FOR_SPEAKER_RE.search(text):
        return True  # "wat voor ons vaststaat: ...": a lead that opens like a question
    if is_question(text):
        return False
    return STATED_CONDITION_RE.search(text) is not None or MEASURE_TAKEN_RE.search(text) is not None


def negated_ask(text: str) -> bool:
    """A measure asked as a negated question ("kunnen we de opname niet beperken tot ...?",
    "can't we just let people switch it off?"), long enough to hold one: a proposal."""
    return NEGATED_ASK_RE.match(text.strip()) is not None and len(words(text)) >= MIN_SUGGESTION


def hedged_measure(text: str) -> bool:
    """A measure after a hedge that is no verb ("misschien dat ze zelf mogen kiezen?", "maybe
    something like a card at the door"), that tells no change for people."""
    found = HEDGED_MEASURE_RE.match(text.strip())
    return found is not None and not has_direction(text) and len(words(text)) >= MIN_SUGGESTION


def restricted_rule(text: str) -> bool:
    """A hedged proposal that limits what a thing does or who gets it ("maybe the summary should
    only go out if the student clicks ok?", "misschien iets met dat de smiley alleen zichtbaar is
    voor de leerling"): a rule for the technology, a measure also where effects are told; not
    one about people ("misschien moeten ze dan alleen nog online ...": what happens to them)."""
    lead = HEDGE_LEAD_RE.match(text.strip())
    if lead is None or not lead.group(0).strip() or RESTRICTION_RE.search(text) is None:
        return False
    rest = text.strip()[lead.end() :]
    ruled = lead.group("frame") or lead.group("modal") or RULE_AFTER_SUBJECT_RE.match(rest)
    if not ruled:
        return False  # "misschien krijgen ouderen alleen nog een brief": what happens
    first = words(rest)[:1]
    people = bool(first) and first[0] in PERSONAL_PRONOUNS and first[0] not in ("het", "it")
    if not first or people or subject_person(rest):
        return False
    return len(words(text)) >= MIN_SUGGESTION


def conditional_measure(text: str, step: Step) -> bool:
    """A measure told as a condition, past the effects: what it takes if it goes ahead ("als
    we dit doen, dan moet er ...", "if it goes ahead, I'd want ..."), the only condition under
    which something may happen ("alleen als ...", "as long as ..."), a scope or an alternative
    ("only for missing persons, ...", "als alternatief ..."), or a wish for something
    with words of an option kind ("voor de thuiszorg zou ik een aparte vergunning willen")."""
    if is_question(text):
        return False
    bare = MEASURE_JOIN_LEAD_RE.sub("", text.strip(), count=1)
    ahead = GOING_AHEAD_LEAD_RE.match(bare)
    if ahead is not None:
        rest = bare[ahead.end() :]
        return DEMANDED_RE.search(rest) is not None or measure(rest, step)
    if CONDITIONED_RULE_RE.match(bare) is not None:
        return True
    if SCOPED_RULE_RE.match(bare) is not None and not has_direction(bare):
        return True  # "only for missing persons, not for ...", "als alternatief een QR-code"
    return WISH_INSIDE_RE.search(text) is not None and cued_kind(text)


def asked_measure(text: str) -> bool:
    """A measure asked as a question about people or about what there should be ("can officers
    get a refresher ...?", "kunnen wijkagenten vaker langs ...?", "should there be a sign ...?",
    "zou t kunnen dat de app alleen ...?"); read only past the effects."""
    stripped = text.strip()
    if THERE_ASKED_RE.match(stripped) is not None:
        return True
    asked = PEOPLE_ASKED_RE.match(stripped)
    if asked is None or asked.group("who").lower() in PERSONAL_PRONOUNS:
        return False
    return actor_lists.is_person(asked.group("who")) and len(words(stripped)) >= MIN_SUGGESTION


def standing_measure(text: str) -> bool:
    """A measure told as what stands, past the effects: what is made unrecognisable, a check
    that always comes first, something with words of an option kind that people receive ("de
    bewoners krijgen een brief met uitleg"; not "bewoners krijgen vaker een boete")."""
    if is_question(text):
        return False
    if UNRECOGNISABLE_RE.search(text) or CHECKED_FIRST_RE.search(text):
        return True
    informed = INFORMED_MEASURE_RE.match(text.strip())  # "families get told the risk level"
    if informed is not None and actor_lists.is_person(informed.group("who").lower()):
        return True
    received = RECEIVED_MEASURE_RE.match(text.strip())
    if received is None or not actor_lists.is_person(received.group("who").lower()):
        return False
    return cued_kind(received.group("what")) and not has_direction(received.group("what"))


def duty_of_people(text: str) -> bool:
    """What people have to do for others or learn, or an instruction or course they get, told
    as a statement past the effects: a measure, not an effect on them."""
    if is_question(text):
        return False
    for pattern in (OBLIGED_MEASURE_RE, TAUGHT_MEASURE_RE, LEARN_HOW_MEASURE_RE):
        found = pattern.match(text.strip())
        named = found.groupdict() if found is not None else {}
        who = (named.get("who") or named.get("learner") or named.get("taught") or "").lower()
        person = actor_lists.is_person(who) or actor_lists.head_is_person(who)
        if who and who not in PERSONAL_PRONOUNS and person:  # "boswachters": "-wachters"
            return True
    return False


def _people_added(text: str) -> bool:
    """ "Add" in front of people ("add the parents of ...", "voeg de tolken toe die ...")."""
    lead = ADD_PEOPLE_LEAD_RE.match(text.strip())
    if lead is None:
        return False
    head = words(strip_article(text.strip()[lead.end() :]))[:ADDED_PEOPLE_REACH]
    return any(actor_lists.is_person(w) for w in head)


def _given_to_people(text: str) -> bool:
    """A measure for people with its verb left out ("de handhavers een korte training in ...",
    "the drivers a short course on ..."): people, then a noun with words of an option kind."""
    tokens = words(strip_article(text.strip()))
    spot = next((i for i, t in enumerate(tokens[:GIVEN_REACH]) if t in ("een", "a", "an")), 0)
    if not spot or is_clause(" ".join(tokens[:spot])):
        return False
    return actor_lists.is_person(tokens[spot - 1]) and cued_kind(" ".join(tokens[spot:]))


def instruction(text: str) -> bool:
    """A measure told as an instruction that reads like a request ("laat de raad meekijken",
    "geef bewoners een keuze"), not one to the assistant ("laat eens voorbeelden zien")."""
    if "?" in text or OPTION_START_RE.match(text.strip()) is None:
        return False
    if SCHEDULED_RE.match(text.strip()):
        return False  # "Start gepland voor volgend schooljaar": when, not a request
    return TO_ASSISTANT_RE.search(text) is None


def suggestion(text: str) -> bool:
    """A wish or a question that proposes a measure ("zouden we ... kunnen?", "what if we
    kept ...?", "misschien moeten ..."), long enough to hold one."""
    return SUGGESTION_RE.match(text.strip()) is not None and len(words(text)) >= MIN_SUGGESTION


def cued_kind(text: str) -> bool:
    """Words of a kind of option in the text (not only who acts in it); a sentence with two
    measures may hold words of two kinds."""
    return any(kind_terms(text, terms) > 0 for terms in OPTION_KIND_WORDS.values())


def proposal(text: str) -> bool:
    """A sentence in the grammar of a proposal, also after a hedge: "laten we ...", "X zouden
    ... moeten", "maybe we should ...", "misschien moeten we ..."."""
    if _drawn_proposal(text):
        return True
    text = STANCE_LEAD_RE.sub("", text.strip(), count=1)
    text = INVERTED_MODAL_RE.sub(r"\g<subject> \g<verb>", text, count=1)
    if PROPOSAL_RE.search(text) or _later_proposal(text):
        return True
    return OPTION_START_RE.match(text) is not None and len(text.split()) >= PROPOSAL_WORDS


def _later_proposal(text: str) -> bool:
    """A proposal with "let's" in a later clause, with words of an option kind or after "let's
    say:" ("..., so let's say: the officer explains beforehand ..."); not talk about the
    conversation ("fine, let's do it properly", "..., but let's keep it to three")."""
    later = LATER_PROPOSAL_RE.search(text)
    if later is None:
        return False
    return LATER_PROPOSAL_LEAD_RE.match(text.strip()) is not None or cued_kind(text[later.end() :])


def _drawn_proposal(text: str) -> bool:
    """A measure drawn as a consequence, with words of an option kind: "daarom denk ik dat we
    bij elke uitslag moeten laten zien hoe zeker het model is", "daarom moeten we ..."."""
    lead = CONSEQUENCE_LEAD_RE.match(text.strip())
    if lead is None or not lead.group(0).strip():
        return False
    rest = INVERTED_MODAL_RE.sub(r"\g<subject> \g<verb>", text.strip()[lead.end() :], count=1)
    ordered = SUBORDINATE_PROPOSAL_RE.match(rest) or OPTION_START_RE.match(rest)
    ordered = ordered or THERE_SHOULD_RE.match(rest)  # "daarom moet er een bord komen"
    return ordered is not None and cued_kind(rest)


def actor_labelled(text: str, actors: list[Actor]) -> bool:
    """A sentence that starts with a known actor and a colon ("automobilisten: langer
    wachten"): effects for that actor, whatever was asked."""
    head, sep, rest = text.partition(":")
    if not sep or not rest.strip() or len(head.split()) > MAX_LABEL_WORDS:
        return False
    return find_actor(strip_article(head.strip()), actors) is not None


def no_measure(text: str) -> bool:
    """Said among options but proposing nothing: a remark on an option ("dat scheelt tijd",
    "goed idee") or how things are now ("we hebben al een contract met ...")."""
    bare = AGREEING_RE.sub("", text.strip())
    if WISHES_ANNOUNCED_RE.search(text):
        return True  # "ik schrijf gewoon op wat ik zou willen": the wishes follow
    if points_only(text):
        return True  # "yes, that's the list", "ja, doe die laatste er ook bij"
    if CLOSING_RE.search(bare) and not OPTION_CUE_RE.search(text) and not cued_kind(text):
        return True  # "prima zo, dank je wel, hier kan ik mee verder"
    verb = OPTION_START_RE.match(bare)
    if verb is not None and all(w in BARE_OBJECTS for w in words(bare[verb.end() :])):
        return True  # "good, add that": it points at a proposal, it names none
    remark = REMARK_RE.match(text.strip())
    if remark and (remark.group("praise") or has_direction(text)) and not cued_kind(text):
        return True
    proposes = OPTION_CUE_RE.search(text) or suggestion(text) or WISH_RE.search(text)
    proposes = proposes or CORRECTION_RE.search(text)
    return bool(CASE_FACT_RE.search(text)) and not proposes


def _head(text: str) -> str:
    """The words before a relative clause or a qualifier ("een meldpunt | waar bewoners ...")."""
    tokens = words(text)
    cut = next((i for i, t in enumerate(tokens) if i and t in NAME_BREAKS | QUALIFIERS), None)
    return " ".join(tokens[:cut])


def measure_clause(text: str) -> tuple[str, str] | None:
    """A measure said inside or right after an effect ("..., tenzij we X", "..., mits X", "dat
    kun je opvangen door X", "it would already help if X"): what comes before it ("" where the
    sentence opens with it) and the measure, long enough to hold one; else None."""
    found = None if is_question(text) else MEASURE_CLAUSE_RE.search(text.strip())
    if found is None:
        return None
    rest = text.strip()[found.end() :].strip(" .!")
    if len(words(rest)) < MIN_CLAUSE_MEASURE:
        return None
    if found.group("provided") and subject_person(rest):
        return None  # "mits de chauffeurs er geen extra werk aan hebben": what they ask
    return text.strip()[: found.start()].strip(" ,;"), rest[:1].upper() + rest[1:]


def opening_measure(text: str) -> str:
    """The measure of a sentence that opens with what would catch or help ("Dat kun je
    opvangen door een vaste contactpersoon", "It would help if there was a sign"), else ""."""
    clause = measure_clause(text)
    return clause[1] if clause is not None and not clause[0] else ""


def effect_then_measure(text: str, step: Step) -> tuple[str, str] | None:
    """An effect followed by a measure in one sentence, before the options are asked: the two
    parts ("bewoners voelen zich bekeken" | "er moet een meldpunt komen"), else None."""
    if step.position >= Step.OPTIONS.position:
        return None
    clause = measure_clause(text)  # "..., tenzij we ...", "..., maar dat kun je opvangen door"
    if clause is not None and clause[0] and (has_direction(clause[0]) or subject_person(clause[0])):
        return clause
    cuts = list(MEASURE_AFTER_RE.finditer(text))
    for cut in cuts:
        before, after = text[: cut.start()].strip(), text[cut.end() :].strip()
        if not before or len(words(after)) < MIN_SUGGESTION or APPOSITION_RE.match(after):
            continue  # "..., also names of officials that should stay visible" widens it
        told = has_direction(before) or bool(subject_person(before))
        drawn = CONSEQUENCE_JOINT_RE.search(cut.group(0)) is not None and drawn_rule(after)
        if told and not measure(before, step) and (_proposes(after, step) or drawn):
            return before, after[:1].upper() + after[1:]
    return None


def drawn_rule(text: str) -> bool:
    """After an effect and "dus"/"so", a rule for what something must or may do ("rondhangen
    moet uit de detectie", "so loitering should come out of the detection", "so we must ..."):
    a measure drawn from it; not what people must do, which tells what happens to them ("dus
    ze moeten elke dag inloggen", "so the drivers have to wait")."""
    rule = RULE_MODAL_RE.match(text.strip())
    if rule is None or has_direction(text):
        return False
    subject = words(rule.group("subject"))
    if subject in (["die"], ["deze"], ["those"], ["these"]):
        return False  # "dus die moeten elke keer bellen": the people just named
    people = [w for w in subject if w in PERSONAL_PRONOUNS or actor_lists.is_person(w)]
    return all(w in ("we", "wij", "het", "it") for w in people)  # "het": an article too


def proposal_among_effects(text: str) -> bool:
    """A sentence among labelled effects that proposes a measure in the grammar of a proposal,
    with words of an option kind or hedged ("daarom denk ik dat we ... moeten laten zien",
    "maybe we should ..."); not one with a label of its own ("Nadeel: we moeten ...")."""
    if WISHED_CHANGE_RE.match(text.strip()):
        return True  # "If I could change one thing today, I'd let people say no to ..."
    if labelled_effect(text) or not proposal(text):
        return False
    return cued_kind(text) or suggestion(text)


def go_ahead_condition(text: str) -> str:
    """Going ahead told as tied to one condition ("alleen als de OR instemt met een draaiboek
    mag het doorgaan", "it should only go live once ..."): that condition, a measure whatever
    the step ("De OR instemt met een draaiboek"); "" for a question ("kan het alleen ...?")."""
    found = None if is_question(text) else GO_AHEAD_IF_RE.search(text.strip())
    if found is None:
        return ""
    condition = (found.group("condition") or found.group("after")).strip(" ,.!")
    return condition[:1].upper() + condition[1:]


def asked_among_effects(text: str, step: Step) -> str:
    """A measure asked as a question where effects are told ("Kunnen we niet gewoon afspreken
    dat ...?", "Can't we just agree that ...?"), also after a label that gives no direction
    ("Eerste vraag: kunnen we ...?"): the question, else "". A worry asked ("kunnen ouderen dan
    nog wel ...?") or a question without words of an option kind holds none."""
    label, colon, rest = text.strip().partition(":")
    bare = not has_direction(label) and len(label.split()) <= MAX_LABEL_WORDS
    asked = rest.strip() if colon and rest.strip() and bare else text.strip()
    if not is_question(asked) or not suggestion(asked):
        return ""
    return asked if measure(asked, step) else ""


def _proposes(text: str, step: Step) -> bool:
    """A clear proposal: a wish, a suggestion or a measure cue, with words of an option kind;
    or a hedged proposal in its own grammar ("misschien moeten we ze ... laten meelopen",
    "maybe we should ..."), whatever its words."""
    if suggestion(text) and proposal(text):
        return True
    cued = suggestion(text) or WISH_RE.search(text) or OPTION_CUE_RE.search(text)
    return bool(cued) and measure(text, step) and cued_kind(text)


def description(text: str, actors: list[Actor]) -> bool:
    """A sentence without a direction that describes instead of telling an effect: a role
    ("de planners zijn verantwoordelijk voor het rooster", "de directie beslist ..."), a plan
    ("we willen het volgend jaar inzetten"), what the technology does ("het programma
    analyseert het huiswerk") or what the speaker did ("I talked to a few drivers")."""
    if has_direction(text):
        return False
    stripped = text.strip()
    if ROLE_RE.search(stripped) or PLAN_RE.match(stripped) or CONTENTS_RE.match(stripped):
        return True
    tokens = words(strip_article(stripped))
    if tokens[:1] in (["ik"], ["i"]):
        return True  # "ik heb er met een paar monteurs over gesproken": the speaker's story
    if _technology_at_work(tokens, stripped, actors):
        return True  # "the sensors send a signal when the bin is full"
    for index, token in enumerate(tokens[:TECHNOLOGY_SUBJECT]):
        if token in ROLE_VERBS:
            return index > 0 and not any(t in FLIP_WORDS for t in tokens)
        if token in DESCRIBING_VERBS:
            return index > 0 and not _people(" ".join(tokens[: index + 1]), actors)
    return False


def procedure(text: str, actors: list[Actor]) -> bool:
    """How the case's paperwork is routed ("de boetes lopen via het CJIB", "fines are handled
    by a national agency") or what the project itself costs ("de licentie kost 20.000 euro per
    jaar"), not said of people: a description, whatever words it holds."""
    stripped = text.strip()
    if ROUTED_RE.match(stripped) is not None and not subject_person(stripped):
        return True
    return COST_RE.search(stripped) is not None and not names_people(words(stripped), text, actors)


def _technology_at_work(tokens: list[str], text: str, actors: list[Actor]) -> bool:
    """A clause whose subject is the technology or its data and that names no people ("het
    model is getraind op data van 2019", "de data worden na 30 dagen verwijderd"): how it
    works, not what it does to someone."""
    if not TECHNOLOGY_HINT_RE.search(" ".join(tokens[:SUBJECT_REACH])):
        return False
    return not names_people(tokens, text, actors)


def names_people(tokens: list[str], text: str, actors: list[Actor]) -> bool:
    """Whether a clause names people anywhere: a word for people or a known actor."""
    plural = (t.endswith(PERSON_PLURAL_ENDINGS) and t not in NOT_PEOPLE for t in tokens)
    if any(t in PEOPLE_WORDS for t in tokens) or any(plural):
        return True
    return mentioned_actor(text, actors) is not None


def _people(clause: str, actors: list[Actor]) -> bool:
    """Whether the subject a clause starts with is people ("ze", "leraren", a known actor)."""
    first = words(clause)[0]
    if first in PERSONAL_PRONOUNS and first not in ("het", "it"):
        return True
    return bool(subject_person(clause)) or mentioned_actor(clause, actors) is not None
