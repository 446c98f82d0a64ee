"""Effects told as a scene about one person: an opener that says who ("take a pharmacist
whose ...", "ik zie een mevrouw van 80 voor me ..."), then what happens to her, in the same
message or in the next one (a half sentence sent too early). The scene is one effect: its
direction is what its consequence says, its actor a group the user names in it."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.domain.session import Actor, Direction, Effect, Session, Step
from assistant.language.cues.actor_names import PERSON_PLURAL_ENDINGS
from assistant.language.cues.direction_labels import LABEL_RE
from assistant.language.cues.grammar import PERSON_PRONOUN_RE
from assistant.language.cues.scenes import (
    ALSO_RE,
    GROUP_REMARK_RE,
    GROUP_SUBJECT_RE,
    JOINED_ON_RE,
    PEOPLE_FIRST_RE,
    PERSON_RE,
    SCENE_LEAD_RE,
    SCENE_OPENER_RE,
    SCENE_STOP_RE,
    SCENE_TURN_RE,
)
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import head_is_person, is_person, names_in_list
from assistant.method.reading.clause_subjects import subject_person
from assistant.method.reading.effect_lines import SENTENCE_ACTOR_RE, EffectDraft
from assistant.method.reading.effect_text import clean_clause
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.mentions import mentioned_actor, same_word
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.questions import method_question
from assistant.method.reading.reading import EffectFix
from assistant.method.reading.segments import split_sentences

PROBE_WORDS = 4  # the first words of an effect, to find the sentence it was read from
SCENE_SENTENCES = 4  # a scene goes on for at most this many sentences after its opener
SUBJECT_WORDS = 5  # where a sentence's subject is looked for
GROUP_WORDS = 4  # the group a scene's person belongs to is named this close after her
# a message ending on a move is told
ENDING_MOVES = ("next", "done", "back", "goto", "affirm", "overview")


@dataclass
class _Scene:
    """The sentences of a message and, per effect read from it, the sentence it came from."""

    said: list[str]
    placed: list[int | None]
    lines: list[int]  # the line each sentence stands on: a scene stays on its line


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in split_sentences(line) if s.strip()]


def _lines(text: str) -> list[int]:
    split = (split_sentences(line) for line in text.splitlines())
    return [n for n, said in enumerate(split) for s in said if s.strip()]


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def _last_line(text: str) -> str:
    return next((line for line in reversed(text.splitlines()) if line.strip()), "")


def _placed(said: list[str], drafts: list[EffectDraft]) -> list[int | None]:
    """The sentence each effect was read from (in order), None where it is not found."""
    told = [words(s) for s in said]
    placed: list[int | None] = []
    start = 0
    for draft in drafts:
        probe = words(draft.text)[:PROBE_WORDS]
        spot = next((i for i in range(start, len(told)) if holds_words(told[i], probe)), None)
        placed.append(spot)
        start = spot if spot is not None else start
    return placed


def holds_words(tokens: list[str], probe: list[str]) -> bool:
    """Whether the words ``probe`` stand in ``tokens`` one after the other."""
    size = len(probe)
    return size > 0 and any(tokens[i : i + size] == probe for i in range(len(tokens) - size + 1))


def person_of(sentence: str) -> str:
    """The person a scene opens on ("a farmer", "een mevrouw"), "" when it opens none (a
    question opens none: "kun jij er nog een voor de gebruiker bedenken?")."""
    opener = None if sentence.rstrip().endswith("?") else SCENE_OPENER_RE.search(sentence)
    if opener is None:
        return ""
    found = PERSON_RE.findall(sentence[: opener.end()])
    return found[-1].lower() if found else ""


def _goes_on(sentence: str, person: str, actors: list[Actor], cut: bool = False) -> bool:
    """Whether a sentence after a scene's opener still tells that scene: not another scene,
    another point ("ook ...", "positief: ...", "voor de bedrijven ...") or another group as
    subject; a group the person stands for ("farmers are happy", "ouderen zijn een groep")
    goes on. ``cut``: the first sentence of a message after one cut off, which goes on with
    it when it opens on a joint ("en een huisgenoot die ...", "...and then the barrier")."""
    if SCENE_STOP_RE.match(sentence):
        return False
    if cut and JOINED_ON_RE.match(sentence):
        return True
    if SCENE_OPENER_RE.search(sentence):
        return False
    if ALSO_RE.match(sentence) and not PERSON_PRONOUN_RE.match(sentence):
        return False  # "The camera also films everyone walking past"
    if LABEL_RE.match(sentence) or SENTENCE_ACTOR_RE.match(sentence):
        return False
    if GROUP_REMARK_RE.search(sentence):
        return True
    if GROUP_SUBJECT_RE.match(sentence) or _people_first(sentence):
        return False
    people = subject_person(sentence)
    if people and not _the_person(people, person):
        return False  # "Family mediators will also lose work"; "farmers are happy" goes on
    subject = " ".join(words(sentence)[:SUBJECT_WORDS])
    actor = mentioned_actor(subject, actors)
    return actor is None or _the_person(actor.name, person)


def _people_first(sentence: str) -> bool:
    """Whether a sentence opens on a group of people ("En de vrijwilligers van de belcirkel,
    die ...", "the residents of the home ...")."""
    found = PEOPLE_FIRST_RE.match(sentence)
    return found is not None and found.group("people").lower().endswith(PERSON_PLURAL_ENDINGS)


def _the_person(name: str, person: str) -> bool:
    """Whether a group's name is the person's kind ("farmers" for "a dairy farmer")."""
    return any(same_word(word, person) for word in words(name))


def scene_direction(
    consequence: list[str], opener: str, turned_from: Direction | None
) -> Direction:
    """What a scene's consequence says in its own words (a loss anywhere in it makes it
    negative), unless the opener turned against good news before it ("Het voordeel is ...
    Maar ik moet steeds denken aan ...": ``turned_from`` is the direction before it, or the
    opener's own); else negative: a scene about one person is mostly told for what goes wrong
    for her."""
    found = {clause_direction(text) for text in consequence}
    if "negative" in found:
        return "negative"
    if SCENE_TURN_RE.match(opener) and turned_from is not None:
        return "negative"
    return "positive" if "positive" in found else "negative"


def _scene_actor(
    texts: list[str], drafts: list[EffectDraft], actors: list[Actor]
) -> tuple[str | None, str]:
    """The group a scene is tied to: one the user names in it as a group ("ouderen zonder
    smartphone zijn dus ook een groep", "farmers are happy ..."), else a known actor it names
    ("een wijkverpleegkundige van de thuiszorg"); none for a person alone."""
    for draft in drafts:
        if draft.actor_name and GROUP_REMARK_RE.search(draft.text):
            return None, draft.actor_name
    person = person_of(texts[0]) if texts else ""
    spot = next((i for i, w in enumerate(words(texts[0])) if w == person), -1) if texts else -1
    window = " ".join(words(texts[0])[: spot + 1 + GROUP_WORDS]) if spot >= 0 else ""
    found = mentioned_actor(window, actors)  # "een wijkverpleegkundige van de thuiszorg"
    if found is not None:
        return found.id, ""
    kind = next((a for a in actors if person and _the_person(a.name, person)), None)
    return (kind.id, "") if kind is not None else (None, "")


def _joined(texts: list[str]) -> str:
    """The texts of a scene as one ("... what if she hadn't? That woman ...")."""
    parts = [t.strip(" ,.;:") for t in texts if t.strip(" ,.;:")]
    text = ""
    for part in parts:
        joint = "" if not text else " " if text.endswith(("?", "!")) else ". "
        text = f"{text}{joint}{part[:1].upper()}{part[1:]}"
    return text


def join_scenes(text: str, drafts: list[EffectDraft], actors: list[Actor]) -> list[EffectDraft]:
    """The effects read from ``text`` with each scene told in it as one effect, without the
    sentence that only announced it ("Maar er gebeurde ook iets.")."""
    scene = _Scene(_sentences(text), [], _lines(text))
    drafts = _with_openers(scene, drafts, actors)
    kept: list[tuple[EffectDraft, int | None]] = []
    index = 0
    while index < len(drafts):
        end = _scene_end(scene, drafts, index, actors)
        where = scene.placed[index]
        if where and person_of(scene.said[where]):
            while kept and kept[-1][1] == where - 1 and _lead(scene.said[where - 1]):
                kept.pop()  # "Maar er gebeurde ook iets." announces the scene
        if end - index < 2:
            kept.append((drafts[index], where))
            index += 1
            continue
        prior = kept[-1][0].direction if kept else None
        opener = scene.said[where or 0]
        kept.append((_one_effect(drafts[index:end], opener, actors, prior), where))
        index = end
    return [draft for draft, _ in kept]


def _with_openers(
    scene: _Scene, drafts: list[EffectDraft], actors: list[Actor]
) -> list[EffectDraft]:
    """``drafts`` with an effect for each opener read as nothing ("Maar neem een meisje met
    eczeem aan haar handen.") that the effects of the next sentence go on with; ``scene``
    gets where each was read."""
    placed = _placed(scene.said, drafts)
    for index, sentence in enumerate(scene.said[:-1]):
        person = person_of(sentence)
        after = [i for i, spot in enumerate(placed) if spot is not None and spot > index]
        if not person or index in placed or not after or placed[after[0]] != index + 1:
            continue
        if scene.lines[index] != scene.lines[index + 1]:
            continue
        if _goes_on(scene.said[index + 1], person, actors):
            drafts = [
                *drafts[: after[0]],
                EffectDraft(clean_clause(sentence), None),
                *drafts[after[0] :],
            ]
            placed = [*placed[: after[0]], index, *placed[after[0] :]]
    scene.placed = placed
    return drafts


def _lead(sentence: str) -> bool:
    return SCENE_LEAD_RE.match(sentence) is not None


def _scene_end(scene: _Scene, drafts: list[EffectDraft], index: int, actors: list[Actor]) -> int:
    """Where the scene that opens at ``drafts[index]`` ends (``index + 1`` when it opens none)."""
    where = scene.placed[index]
    person = person_of(scene.said[where]) if where is not None else ""
    if where is None or not person:
        return index + 1
    end, last = index + 1, where
    while end < len(drafts):
        spot = scene.placed[end]
        if (
            spot is None
            or spot - where > SCENE_SENTENCES
            or scene.lines[spot] != scene.lines[where]
        ):
            break
        if spot != last and not _goes_on(scene.said[spot], person, actors):
            break
        last, end = spot, end + 1
    return end


def _turned_from(prior: Direction | None, told: list[EffectDraft]) -> Direction | None:
    """Whether a scene turns against good news: told after a positive effect, or its opener
    read as negative."""
    if prior == "positive" or (told and told[0].direction == "negative"):
        return "positive"
    return None


def _one_effect(
    drafts: list[EffectDraft], opener: str, actors: list[Actor], prior: Direction | None
) -> EffectDraft:
    """One effect for a scene's effects: the opener's words from the person on ("Ik weet niet
    of dit telt" before "ik zie een mevrouw ..." is dropped), then the consequence."""
    person = person_of(opener)
    start = next((i for i, d in enumerate(drafts) if person in d.text.lower()), 0)
    told = [d for d in drafts[start:] if not _move(d.text)]
    texts = [d.text for d in told]
    actor_id, actor_name = _scene_actor(texts, told, actors)
    direction = scene_direction(texts[1:], opener, _turned_from(prior, told))
    return EffectDraft(_joined(texts), direction, actor_id, actor_name)


@dataclass
class SceneTail:
    """The first effects of a message that go on with a scene opened in the message before:
    how many, and the one effect they make (a fix of the effect recorded then, or new)."""

    taken: int
    fix: EffectFix | None = None
    draft: EffectDraft | None = None
    texts: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # sentences of it read as nothing or else


def scene_before(text: str, session: Session, drafts: list[EffectDraft]) -> SceneTail | None:
    """The scene the message before left open (it ends on the opener, or mid-sentence: "But
    there's a woman in her forties who loves to sing in bed,") and this message goes on with
    ("and every time she does, ..."); None when there is none."""
    if session.step.position < Step.EFFECTS.position:
        return None  # the case told, or the actors: no effect to go on with
    raw = _last_line(_previous_message(session, text))
    before = _sentences(raw)
    opened = _open_scene(raw, before, session.actors)
    if opened is None:
        return None
    start, cut = opened
    person = person_of(before[start])
    said = _sentences(_first_line(text))
    tail = _going_on(said, _placed(said, drafts), drafts, person, session, cut)
    if not tail.texts:
        return None
    target = _told_in(session.effects[-1:], before[start:])
    opening = [target.text] if target else [clean_clause(" ".join(before[start:]))]
    told = opening + tail.texts
    actor_id, actor_name = _scene_actor(told, drafts[: tail.taken], session.actors)
    turned: Direction | None = None
    if target is not None and target.direction == "negative":
        turned = "positive"  # "But there's a woman ...," read as a turn against good news
    direction = scene_direction(tail.texts, before[start], turned)
    if target is None:
        tail.draft = EffectDraft(_joined(told), direction, actor_id, actor_name)
    else:
        tail.fix = EffectFix(
            target.id, direction, actor_id, _joined(told), actor_name=actor_name, joined=True
        )
    return tail


def _previous_message(session: Session, text: str) -> str:
    said = [t.text for t in session.transcript if t.role == "user"]
    if said and said[-1].strip() == text.strip():
        said = said[:-1]
    return said[-1] if said else ""


def _open_scene(raw: str, said: list[str], actors: list[Actor]) -> tuple[int, bool] | None:
    """Where the last scene of a message opens, and whether the message stops mid-sentence;
    None when it ends on anything but that scene (on "ga verder", say)."""
    if not said or detect_intent(said[-1]).kind in ENDING_MOVES:
        return None
    last = raw.rstrip()
    cut = last.endswith(("...", "…")) or last[-1:] not in ".!?"
    start = next((i for i in range(len(said) - 1, -1, -1) if person_of(said[i])), None)
    if start is None or not (cut or start == len(said) - 1):
        return None
    person = person_of(said[start])
    if not all(_goes_on(s, person, actors) for s in said[start + 1 :]):
        return None
    return start, cut


def _going_on(
    said: list[str],
    placed: list[int | None],
    drafts: list[EffectDraft],
    person: str,
    session: Session,
    cut: bool,
) -> SceneTail:
    """The first sentences of a message that go on with a scene: their texts and how many of
    its first effects they hold; a sentence read as nothing goes on it too ("en een huisgenoot
    die over haar schouder meekijkt", "ze stond te huilen bij de poort")."""
    tail = SceneTail(0)
    for index, sentence in enumerate(said[:SCENE_SENTENCES]):
        own = [d for d, spot in zip(drafts, placed, strict=True) if spot == index]
        if not _goes_on(sentence, person, session.actors, index == 0 and cut):
            break
        if not own and _turns_away(sentence, session.step):
            break
        if own and drafts[tail.taken : tail.taken + len(own)] != own:
            break
        if own:
            tail.texts.extend(d.text for d in own if not _move(d.text))
            tail.taken += len(own)
        elif _told_on(sentence):
            tail.texts.append(clean_clause(sentence))  # "ze stond te huilen bij de poort"
            tail.unread.append(sentence)
    return tail


def _turns_away(sentence: str, step: Step) -> bool:
    """A sentence that leaves the scene for the method: a question about a step ("wie zijn
    erbij betrokken?") or a list of people ("de boeren, onze handhavers en omwonenden")."""
    if method_question(sentence, step) is not None:
        return True
    names = names_in_list(sentence)
    return len(names) > 1 and all(is_person(n) or head_is_person(n) for n in names)


def _told_on(sentence: str) -> bool:
    """Whether a sentence read as nothing still tells the scene it stands in ("en een
    huisgenoot die ...", "ze stond te huilen bij de poort", "that woman would have been treated
    as a fraud"): no question ("welke waarden zitten hier achter?"), move or label."""
    if len(words(sentence)) < SUBJECT_WORDS or _move(sentence) or ":" in sentence:
        return False
    return not sentence.rstrip().endswith("?")


def _move(text: str) -> bool:
    """A step move said among a scene's sentences ("ga verder", "ok next")."""
    return detect_intent(text).kind in ENDING_MOVES


def _told_in(effects: list[Effect], said: list[str]) -> Effect | None:
    """The effect (the last recorded) when it was read from these sentences."""
    if not effects:
        return None
    probe = words(effects[-1].text)[:PROBE_WORDS]
    return effects[-1] if any(holds_words(words(s), probe) for s in said) else None
