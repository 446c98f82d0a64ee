"""A party said again in other words inside a list ("the caretakers, i.e. the janitors' team",
"monteurs, dus de mensen van de storingsdienst"), a word cut short that shares the end of the
next ("land- en tuinbouwers"), a describing word that shares the next word for people, and
direction labels or an owner's word that are no name (Dutch and English)."""

from assistant.method.reading.actor_lists import names_in_list
from assistant.method.reading.name_fragments import fragment_name


def test_english_apposition_is_the_same_party() -> None:
    names = names_in_list(
        "Involved: the tenants, the caretakers, i.e. the janitors' team, the landlord and the "
        "software supplier"
    )
    assert names == ["Tenants", "Caretakers", "Landlord", "Software supplier"]


def test_dutch_apposition_with_dus_is_the_same_party() -> None:
    names = names_in_list(
        "Betrokken: de chauffeurs, dus de mensen van de buitendienst en van de werkplaats, de "
        "planners en de reizigers"
    )
    assert names == ["Chauffeurs", "Planners", "Reizigers"]


def test_apposition_at_the_end_of_a_numbered_line() -> None:
    line = "3. the landlord, that is the housing cooperative that owns the flats"
    assert names_in_list(line) == ["Landlord"]


def test_a_clause_after_dus_that_follows_no_people_stays() -> None:
    assert names_in_list("Minder verkeer, dus de bewoners zijn blij") == []


def test_word_cut_short_shares_the_next_ones_end() -> None:
    names = names_in_list("Betrokken: de land- en tuinbouwers, de gemeente en de waterbeheerder")
    assert names[0] == "Land- en tuinbouwers"
    assert "Land-" not in names


def test_describing_word_shares_a_compound_for_people() -> None:
    names = names_in_list(
        "actoren: de melkveehouders, de biologische en vrije-uitloopboeren, de provincie"
    )
    assert "Biologische" not in names
    assert "Biologische en vrije-uitloopboeren" in names


def test_direction_labels_and_owner_words_are_no_names() -> None:
    assert fragment_name("Good part")
    assert fragment_name("Bad part")
    assert fragment_name("Goede eerst")
    assert fragment_name("Eigen")
    assert not fragment_name("Eigenaren")
    assert not fragment_name("Good neighbours")


def test_a_clause_before_dus_is_no_name_said_again() -> None:
    text = (
        "Maar de sensor pikt ook wandelaars, fietsers en honden op, en de leverancier bewaart "
        "die ruwe data gewoon op zijn eigen servers, dus je kunt zien wie er 's avonds loopt."
    )
    assert "Fietsers" not in names_in_list(text)
