"""The people of a story by first name tied to their group ("Fleur, een van onze
wijkverpleegkundigen, ..."): what the story tells of that person, by name or by he or she after
the introduction, is an effect on the group; an effect without an actor that opens with a
pronoun goes to the people named last before it."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Actor, Effect, Step, Turn
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.story_cast import cast_of, effects_of_the_cast, told_back


def test_story_cast_ties_a_first_name_to_its_group() -> None:
    nl = "Vorige week belde Fleur, een van onze jongste wijkverpleegkundigen, me op."
    en = "One of the bus drivers, Tariq, told me the route changed twice."
    assert [(n, g) for _, n, g in cast_of(nl)] == [("Fleur", "Wijkverpleegkundigen")]
    assert [(n, g) for _, n, g in cast_of(en)] == [("Tariq", "Bus drivers")]


def test_story_cast_leaves_plain_words_and_plain_commas() -> None:
    assert cast_of("Ruud, one of our older guys, thinks it's fine.") == []
    assert cast_of("Gisteren, een van de drukste dagen, ging het mis.") == []


def _drafts(text: str, *effects: str, actors: tuple[str, ...] = (), earlier: str = "") -> list:
    session = reading_session(Step.CASE, "nl", "een app", actors)
    if earlier:
        session.transcript.append(Turn(role="user", text=earlier, step=Step.CASE))
    drafts = [EffectDraft(e, "negative") for e in effects]
    effects_of_the_cast(text, session, drafts)
    return [d.actor_id or d.actor_name for d in drafts]


def test_effect_told_of_a_named_person_is_on_the_group() -> None:
    text = (
        "Fleur, een van onze wijkverpleegkundigen, vertelde het. Het is druk. Ze moet nu elke "
        "avond de meldingen nalopen."
    )
    found = _drafts(text, "Het is druk", "Ze moet nu elke avond de meldingen nalopen")
    assert found == ["", "Wijkverpleegkundigen"]


def test_effect_told_of_a_named_person_goes_to_the_known_group() -> None:
    text = "One of the bus drivers, Tariq, told me. Tariq now skips his break on most days."
    assert _drafts(text, "Tariq now skips his break on most days", actors=("Bus drivers",)) == [
        "a1"
    ]


def test_first_name_named_in_an_earlier_message_stays_tied() -> None:
    earlier = "Last year Tariq, one of the bus drivers, fell on the ice."
    assert _drafts("Tariq says he feels safer now.", "Tariq says he feels safer now") == [""]
    found = _drafts(
        "Tariq says he feels safer now.", "Tariq says he feels safer now", earlier=earlier
    )
    assert found == ["Bus drivers"]


def test_told_back_gives_a_pronoun_effect_the_people_named_before() -> None:
    actors = [Actor(id="a1", name="Handhavers"), Actor(id="a2", name="Bewoners")]
    text = "De bewoners zijn boos. Ook de handhavers klagen, en ze lopen nu vaker rondes."
    effects = [
        Effect(id="e1", actor_id=None, direction="negative", text="Ze lopen nu vaker rondes")
    ]
    told_back(effects, [text], actors)
    assert effects[0].actor_id == "a1"
    en = [Effect(id="e2", actor_id=None, direction="negative", text="The rain keeps falling")]
    told_back(
        en, ["The wardens are tired. The rain keeps falling."], [Actor(id="w", name="Wardens")]
    )
    assert en[0].actor_id is None


def test_told_back_once_the_people_are_listed_later() -> None:
    said = "Some tenants never open the app. Their repairs now wait for weeks."
    effects = [Effect(id="e1", actor_id=None, direction="negative", text="Their repairs now wait")]
    told_back(effects, [said, "Involved: tenants, caretakers."], [])
    assert effects[0].actor_id is None
    told_back(effects, [said, "Involved: tenants, caretakers."], [Actor(id="t", name="Tenants")])
    assert effects[0].actor_id == "t"
