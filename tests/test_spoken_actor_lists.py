"""Actor lists as they are dictated: fillers between names, a name taken back in the same breath
and possessives that open a new name (Dutch and English)."""

from assistant.method.reading.actor_lists import names_in_list, spoken_list


def test_filler_between_names_stands_for_a_comma() -> None:
    assert spoken_list("de planners eh de chauffeurs") == "de planners, de chauffeurs"
    assert spoken_list("the drivers um the mechanics") == "the drivers, the mechanics"


def test_name_taken_back_gives_way_to_the_one_meant() -> None:
    names = names_in_list(
        "betrokken zijn de roostermakers de conducteurs eh de monteurs nee wacht ik bedoel de "
        "werkplaatschefs en ook de gemeente en de leverancier van de software"
    )
    assert "Monteurs" not in names
    assert names[:2] == ["Roostermakers", "Conducteurs"]
    assert any(n.startswith("Werkplaatschefs") for n in names)
    assert "Leverancier van de software" in names


def test_name_said_again_after_not_is_taken_back() -> None:
    names = names_in_list(
        "de reizigers zelf hun begeleiders de conducteurs eh de schoonmakers nee sorry niet de "
        "schoonmakers ik bedoel de afdeling beheer van de gemeente en de leverancier"
    )
    assert names == [
        "Reizigers",
        "Begeleiders",
        "Conducteurs",
        "Afdeling beheer van de gemeente",
        "Leverancier",
    ]


def test_english_dictated_list_with_a_correction() -> None:
    names = names_in_list(
        "uh so the planners the drivers of the trams um the cleaners no wait I mean the depot "
        "leads and also the city and the supplier of the software"
    )
    assert names == [
        "Planners",
        "Drivers of the trams",
        "Depot leads",
        "City",
        "Supplier of the software",
    ]


def test_list_with_commas_is_left_as_it_is() -> None:
    assert names_in_list("de conducteurs, de reizigers en de vervoerder") == [
        "Conducteurs",
        "Reizigers",
        "Vervoerder",
    ]
