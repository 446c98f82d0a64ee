"""An effect's actor by the words people use for a group: an everyday word finds the known
actor it stands for ("kids" are the pupils or the children, "de ouders" the families a case
serves) when no actor is named by that word itself; a name that is the word itself beats one
that only shares its stem ("owner-drivers" are not "Truck drivers"); plural words for people
no ending finds name a new actor ("vrouwen", "radiologen", "decanen", "secretaries")."""

from __future__ import annotations

from method_fakes import drafted_actor, numbered_actors

from assistant.method.reading.effect_lines import _named_before
from assistant.method.reading.effect_subjects import draft_actor
from assistant.method.reading.mentions import mentioned_actor
from assistant.method.reading.people_names import person_name

_actors = numbered_actors
_named = drafted_actor


def test_kids_are_the_pupils_nl() -> None:
    actors = _actors("Leerkrachten", "Leerlingen", "Schoolbestuur")
    assert _named("De kids vinden het leesspel leuker dan de oude toets", actors) == "Leerlingen"


def test_kids_are_the_children_en() -> None:
    actors = _actors("Parents", "Children", "Youth nurses")
    assert _named("Some kids feel watched at the swimming pool", actors) == "Children"


def test_kids_go_to_parents_named_as_themselves() -> None:
    actors = _actors("Kids", "Pupils")
    assert _named("The kids lose their break time", actors) == "Kids"


def test_parents_are_the_families_nl() -> None:
    actors = _actors("Wijkcoaches", "Gezinnen", "Woningcorporatie")
    text = "De ouders hoeven hun verhaal niet telkens opnieuw te doen"
    assert _named(text, actors) == "Gezinnen"


def test_parents_stay_parents_when_listed_en() -> None:
    actors = _actors("Families", "Parents", "Teachers")
    assert _named("Parents get the letter a week earlier", actors) == "Parents"


def test_name_as_such_beats_a_shared_stem_en() -> None:
    actors = _actors("Truck drivers", "Owner-drivers", "Inspectors")
    found = mentioned_actor("Owner-drivers get checked twice as often", actors)
    assert found is not None and found.name == "Owner-drivers"


def test_name_as_such_beats_a_shared_stem_nl() -> None:
    actors = _actors("Bus chauffeurs", "Invalchauffeurs", "Planners")
    found = mentioned_actor("Invalchauffeurs moeten vaker een rustpauze bewijzen", actors)
    assert found is not None and found.name == "Invalchauffeurs"


def test_plural_people_words_name_a_new_actor_nl() -> None:
    assert person_name(["De", "decanen"]) == "Decanen"
    assert person_name(["Radiologen"]) == "Radiologen"
    assert person_name(["Vrouwen"]) == "Vrouwen"
    assert _named("Vrouwen krijgen eerder hun uitslag", _actors("Laboranten")) == "new Vrouwen"


def test_plural_people_words_name_a_new_actor_en() -> None:
    assert person_name(["The", "secretaries"]) == "Secretaries"
    assert person_name(["Kids"]) == "Kids"
    assert _named("The secretaries save a day per week", _actors("Drivers")) == "new Secretaries"


def test_one_father_or_girl_of_a_story_is_the_group_nl() -> None:
    actors = _actors("Leerlingen", "Ouders", "Mentoren")
    assert _named("Een vader belde boos omdat de mentor niets had gezegd", actors) == "Ouders"
    actors = _actors("Kinderen", "Ouders", "Leerkrachten")
    assert _named("Een meisje dat nooit gekozen werd kreeg een label", actors) == "Kinderen"


def test_one_boy_of_a_story_is_the_group_en() -> None:
    actors = _actors("Youngsters", "Parents", "Coaches")
    assert _named("A boy with a stutter got marked as unwilling", actors) == "Youngsters"


def test_own_mother_is_no_parent_en() -> None:
    actors = _actors("People with dementia", "Parents")
    found = draft_actor("The sensor log feels like spying on my mother", actors)
    assert found is None or found[0] != "1"


def test_speaking_as_a_group_nl() -> None:
    actors = _actors("Directie", "Wijkverpleegkundigen", "Cliënten")
    text = "Wij als wijkverpleegkundigen kunnen eindelijk laten zien wat we doen voor de directie"
    assert _named(text, actors) == "Wijkverpleegkundigen"
    assert _named("Ik als planner hoef niet meer te puzzelen", _actors("Cliënten")) == "new Planner"


def test_speaking_as_a_group_en() -> None:
    actors = _actors("Schools", "Inspectors", "Parents")
    assert _named("We as inspectors finally see where the schools struggle", actors) == "Inspectors"


def test_die_before_a_plural_verb_is_the_people_named_before_nl() -> None:
    actors = _actors("Chauffeurs", "Handhavers", "Leverancier")
    text = "De handhavers krijgen een ritoverzicht. Die vinden dat oneerlijk"
    assert _named_before("Die vinden dat oneerlijk", text, actors) == "1"
    text = "De handhavers lezen de brief. Die mag niet zomaar gedeeld worden"
    assert _named_before("Die mag niet zomaar gedeeld worden", text, actors) is None
