"""Rule-based extraction of actors, effects, values and options from free text (nl and en)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor
from assistant.knowledge.catalogue import Catalogue
from assistant.language.textparts import split_items, words
from assistant.method.reading import polarity
from assistant.method.reading.extraction import (
    actor_group,
    detect_context,
    detect_direction,
    detect_stage,
    extract_actors,
    extract_effects,
    extract_options,
    match_values,
    parse_numbers,
)

ACTORS = [Actor(id="a1", name="Inwoners", group="affected"), Actor(id="a2", name="Leverancier")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("inwoners, medewerkers en de leverancier", ["Inwoners", "Medewerkers", "Leverancier"]),
        ("- inwoners\n- team handhaving\n- de raad", ["Inwoners", "Team handhaving", "Raad"]),
        (
            "1. residents\n2. planners\n3. the data supplier",
            ["Residents", "Planners", "Data supplier"],
        ),
        ("residents and municipal staff", ["Residents", "Municipal staff"]),
        (
            "Ik denk aan inwoners. Ook de gemeenteraad en de leverancier van de tool.",
            ["Inwoners", "Gemeenteraad", "Leverancier van de tool"],
        ),
    ],
)
def test_actors_from_lists_commas_and_sentences(text: str, names: list[str]) -> None:
    assert extract_actors(text) == names


def test_a_sentence_with_a_comma_stays_one_item() -> None:
    text = "Inwoners voelen zich bekeken, zeker als ze kritisch zijn op het beleid van de gemeente"
    assert split_items(text, split_and=False) == [text]


@pytest.mark.parametrize(
    ("name", "group"),
    [("Inwoners", "affected"), ("residents", "affected"), ("Medewerkers communicatie",
     "professionals"), ("de leverancier", "technical"), ("Toezichthouder", "oversight"),
     ("wethouder", "management"), ("Buurman", "other")],
)  # fmt: skip
def test_actor_groups(name: str, group: str) -> None:
    assert actor_group(name) == group


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("+ sneller geholpen", "positive"),
        ("-minder contact", "negative"),
        ("risico op een datalek", "negative"),
        ("een groot voordeel voor de planning", "positive"),
        ("residents feel watched", "negative"),
        ("a real benefit for planners", "positive"),
        ("het dashboard", None),
    ],
)
def test_direction_from_markers_and_words(text: str, direction: str | None) -> None:
    assert detect_direction(text) == direction


def _every_term(tokens: list[str]) -> list[tuple[int, int, int]]:
    """``polarity._matches`` as it was before its first-word index: every term at every token."""
    taken = [False] * len(tokens)
    found: list[tuple[int, int, int]] = []
    for term, sign in polarity._terms():
        for start in range(len(tokens) - len(term) + 1):
            span = range(start, start + len(term))
            if any(taken[k] for k in span):
                continue
            if all(polarity._word_matches(w, tokens[start + k]) for k, w in enumerate(term)):
                found.append((start, start + len(term), sign))
                for k in span:
                    taken[k] = True
    free = [t if not taken[i] else "" for i, t in enumerate(tokens)]  # a term's "niet" is used
    for index, token in enumerate(tokens):
        turned = polarity._turned(free, index, index + 1, burden=True)
        negated = polarity._negated_good(token)  # "onrustig", "unhelpful"
        if not taken[index] and (negated or (polarity._burden(token) and turned)):
            found.append((index, index + 1, -1))
    return sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Inwoners voelen zich bekeken en gevolgd, maar de handhavers hebben sneller overzicht",
        "minder typwerk en geen onnodige controles meer; wel zorgen over een datalek",
        "Residents feel watched, but inspectors spend less time on files and find damage sooner",
        "fewer pointless audits, no longer a risk for the drivers, the planners are more satisfied",
        "te veel meldingen, te weinig tijd; het gaat mis bij de ouderen en zij snappen niet waarom",
        "helpers and supporters get real help; the improvements are accessible within a day",
        "het dashboard van de gemeente",
    ],
)
def test_direction_terms_found_by_first_word_are_those_every_term_finds(text: str) -> None:
    tokens = words(text)
    assert polarity._matches(tokens) == _every_term(tokens)


def test_explicit_positive_and_negative_labels_in_one_line() -> None:
    drafts = extract_effects(
        "positief: sneller antwoord, minder wachten. negatief: gevoel bekeken te worden",
        ACTORS, "a1", "positive",
    )  # fmt: skip
    assert [(d.direction, d.text) for d in drafts] == [
        ("positive", "Sneller antwoord"),
        ("positive", "Minder wachten"),
        ("negative", "Gevoel bekeken te worden"),
    ]
    assert {d.actor_id for d in drafts} == {"a1"}


def test_plus_minus_lines_and_english_labels() -> None:
    drafts = extract_effects("+ quicker answers\n- errors with irony", ACTORS, "a2", "positive")
    assert [(d.direction, d.text) for d in drafts] == [
        ("positive", "Quicker answers"),
        ("negative", "Errors with irony"),
    ]
    english = extract_effects("benefits: faster planning. risks: bias", ACTORS, None, "positive")
    assert [d.direction for d in english] == ["positive", "negative"]


def test_actor_attribution_from_labels_and_mentions() -> None:
    drafts = extract_effects(
        "voor de leverancier: positief: omzet\nvoor jongeren: negatief: uitsluiting\n"
        "inwoners voelen zich bekeken",
        ACTORS, None, "positive",
    )  # fmt: skip
    by_text = {d.text: d for d in drafts}
    assert by_text["Omzet"].actor_id == "a2"
    assert by_text["Uitsluiting"].actor_name == "jongeren"
    assert by_text["Uitsluiting"].direction == "negative"
    assert by_text["Inwoners voelen zich bekeken"].actor_id == "a1"
    assert by_text["Inwoners voelen zich bekeken"].direction == "negative"


def test_an_effect_without_cues_takes_the_asked_direction() -> None:
    drafts = extract_effects("het werk verandert", ACTORS, "a1", "negative")
    assert [(d.direction, d.actor_id) for d in drafts] == [("negative", "a1")]


def test_values_by_name_and_synonym_in_both_languages(method_catalogue: Catalogue) -> None:
    found = match_values("privacy, transparantie en vrijheid van meningsuiting", method_catalogue)
    assert [c.entry.id for c in found if c.entry] == [
        "privacy", "transparency", "freedom-of-expression",
    ]  # fmt: skip
    english = match_values("Justice and human dignity matter most", method_catalogue)
    assert [c.entry.id for c in english if c.entry] == ["justice", "human-dignity"]


def test_values_by_number_and_own_values(method_catalogue: Catalogue) -> None:
    assert [c.number for c in match_values("1, 3 en 2", method_catalogue)] == [1, 3, 2]
    own = match_values("privacy en gezelligheid", method_catalogue)
    assert [(c.entry.id if c.entry else None, c.name) for c in own] == [
        ("privacy", "privacy"), (None, "Gezelligheid"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("neem 1 en 3", [1, 3]), ("take 2", [2]), ("1, 2", [1, 2]), ("alle drie", [0]),
     ("all of them", [0]), ("neem het register", None)],
)  # fmt: skip
def test_numbers_that_refer_to_proposals(text: str, numbers: list[int] | None) -> None:
    assert parse_numbers(text) == numbers


def test_option_kinds_from_labels_words_and_the_asked_kind() -> None:
    drafts = extract_options(
        "ontwerp: gezichten vervagen\nomgeving: een openbaar register\nmens: training voor "
        "medewerkers\nhuman: ask for a person",
        "design",
    )
    assert [d.kind for d in drafts] == ["design", "environment", "human", "human"]
    worded = extract_options("Afspraken in het contract met de leverancier", "design")
    assert worded[0].kind == "environment"
    asked = extract_options("iets met de data", "human")
    assert asked[0].kind == "human"


@pytest.mark.parametrize(
    ("text", "stage"),
    [("Het is een pilot", "pilot"), ("we gebruiken het al sinds 2021", "in_use"),
     ("just an idea for now", "idea"), ("geen idee wanneer", "idea"), ("camera's", None)],
)  # fmt: skip
def test_stage_detection(text: str, stage: str | None) -> None:
    assert detect_stage(text) == stage


def test_context_detection() -> None:
    assert detect_context("De gemeente Utrecht wil sociale media volgen") == "De gemeente Utrecht"
    assert detect_context("The province of Utrecht builds a twin") == "The province of Utrecht"


SOCIAL = [
    Actor(id="a1", name="Bijstandsgerechtigden", group="affected"),
    Actor(id="a2", name="Klantmanagers", group="professionals"),
    Actor(id="a3", name="Residents", group="affected"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voor bijstandsgerechtigden is het negatief: mensen met een bepaalde achtergrond "
            "krijgen vaker een hoge score. Positief: minder controles voor wie niets fout doet.",
            [("a1", "negative"), ("a1", "positive")],
        ),
        ("Voor klantmanagers: negatief ze gaan blind op de score vertrouwen", [("a2", "negative")]),
        ("Negatief voor klantmanagers: meer werk bij bezwaar", [("a2", "negative")]),
        ("For residents the downside is that they feel watched", [("a3", "negative")]),
        ("Negative for residents: their data are kept too long", [("a3", "negative")]),
        ("For residents, a benefit is quicker answers", [("a3", "positive")]),
    ],
)
def test_actor_and_direction_in_either_order(text: str, expected: list[tuple[str, str]]) -> None:
    drafts = extract_effects(text, SOCIAL, None, "positive")
    assert [(d.actor_id, d.direction) for d in drafts] == expected
    assert not any(
        d.text.lower().startswith(("negatief", "negative", "that", "is ")) for d in drafts
    )


def test_a_new_actor_with_a_direction_is_named_without_the_direction() -> None:
    [draft] = extract_effects(
        "Negatief voor de gemeenteraad: minder grip", SOCIAL, None, "positive"
    )
    assert (draft.actor_name, draft.direction, draft.text) == (
        "gemeenteraad",
        "negative",
        "Minder grip",
    )
