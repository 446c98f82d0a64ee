"""An effect's actor among groups that share a head word: a clause that names the group with
the qualifier of one known name ("leerlingen met dyslexie", "visitors without a smartphone")
is about that actor, not about a shorter name with the same head ("Andere leerlingen",
"Visitors with the app"); a clause that goes on with another link word, or with none, keeps
the earlier choice (Dutch and English)."""

from __future__ import annotations

from method_fakes import drafted_actor, numbered_actors

from assistant.method.reading.mentions import mentioned_actor

_actors = numbered_actors
_named = drafted_actor


def test_qualified_group_before_shorter_name_nl() -> None:
    actors = _actors("Scholieren met een beperking", "Andere scholieren", "Mentoren")
    text = "Scholieren met een beperking lezen de opgaven nu zelf en wachten niet meer op hulp"
    assert _named(text, actors) == "Scholieren met een beperking"


def test_group_without_something_nl() -> None:
    actors = _actors("Reizigers met de app", "Reizigers zonder smartphone", "Chauffeurs")
    text = "Reizigers zonder smartphone missen de melding dat de bus later komt"
    assert _named(text, actors) == "Reizigers zonder smartphone"


def test_qualified_group_before_plain_head_en() -> None:
    actors = _actors("Tenants", "Tenants with a disability", "Caretakers")
    text = "Tenants with a disability can open the front door from their wheelchair"
    assert _named(text, actors) == "Tenants with a disability"


def test_group_without_something_en() -> None:
    actors = _actors("Visitors with the app", "Visitors without a smartphone", "Guides")
    text = "Visitors without a smartphone get a thinner tour"
    assert _named(text, actors) == "Visitors without a smartphone"


def test_other_link_word_keeps_the_shorter_name_nl() -> None:
    # "met een laptop" is not "zonder laptop": the qualifier must come with its own link word
    actors = _actors("Leerlingen zonder laptop thuis", "Leerlingen", "Docenten")
    text = "Leerlingen met een laptop maken het huiswerk sneller af"
    assert mentioned_actor(text, actors) == actors[1]


def test_named_by_its_own_modifier_stays_en() -> None:
    actors = _actors("Students with dyslexia", "Other students", "Teachers")
    assert _named("Other students find the extra help unfair", actors) == "Other students"


def test_plain_head_stays_with_the_plain_name_nl() -> None:
    actors = _actors("Bewoners", "Bewoners met een rolstoel", "Huismeesters")
    assert _named("Bewoners krijgen sneller bericht over een storing", actors) == "Bewoners"


def test_qualifier_as_adjective_en() -> None:
    actors = _actors("Pupils", "Pupils with autism", "Teachers")
    assert _named("Autistic pupils get overwhelmed by the noise of the tablets", actors) == (
        "Pupils with autism"
    )


def test_qualifier_as_adjective_nl() -> None:
    actors = _actors("Leerlingen", "Leerlingen met dyslexie", "Docenten")
    text = "Dyslectische leerlingen krijgen de tekst voorgelezen"
    assert mentioned_actor(text, actors) == actors[1]


def test_adjective_without_the_qualifier_stays_en() -> None:
    # "without" is no "with": the adjective says they have it
    actors = _actors("Drivers", "Drivers without a licence", "Inspectors")
    assert _named("Licensed drivers pass the gate faster", actors) == "Drivers"
