"""Effects not cut into fragments: a condition that opens with "en"/"and" or sits behind a short
label ("En als ..., ...", "negatief nog: als ..., ..."), the subject after "dat"/"that" that
goes on after "en"/"and" ("negatief is dat X en Y gefilmd worden"), and a paragraph behind a
label ("Aandachtspunt: ...") wrapped by hand. Each is one effect, not a fragment and a rest."""

from __future__ import annotations

from method_fakes import read_in

from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading
from assistant.method.reading.segments import clauses, unwrapped

SPORTS_HALL_APP = "Een app die de bezetting van de sporthal bijhoudt"


def texts(reading: Reading) -> list[str]:
    return [e.text for e in reading.effects]


def test_a_condition_after_en_stays_with_what_follows_it() -> None:
    sentence = "En als de beheerders alleen nog naar het scherm kijken, zien ze de kinderen minder."
    assert clauses(sentence) == [sentence]


def test_a_condition_after_and_stays_with_what_follows_it() -> None:
    sentence = "And if the caretakers only watch the screen, they notice the children less."
    assert clauses(sentence) == [sentence]


def test_a_condition_behind_a_short_label_stays_with_what_follows_it() -> None:
    sentence = "nadeel nog: als de meting faalt, staat de trainer voor een dichte deur"
    assert clauses(sentence) == [sentence]


def test_a_subject_after_dat_goes_on_after_en() -> None:
    sentence = "Het nadeel is dat trainers en ouders gevolgd worden zonder dat ze het weten."
    assert clauses(sentence) == [sentence]


def test_a_subject_after_that_goes_on_after_and() -> None:
    sentence = "The downside is that coaches and parents are tracked without knowing it."
    assert clauses(sentence) == [sentence]


def test_the_reader_keeps_the_condition_and_its_outcome_as_one_effect(
    message_reader: Reader,
) -> None:
    reading = read_in(
        message_reader,
        "En als de beheerders alleen nog naar het scherm kijken, letten ze minder op de kinderen.",
        ("Beheerders", "Kinderen"),
        "nl",
        SPORTS_HALL_APP,
    )
    assert len(reading.effects) == 1
    assert "letten ze minder op de kinderen" in reading.effects[0].text


def test_the_reader_keeps_a_subject_of_two_groups_in_one_effect(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "The downside is that coaches and parents are tracked without knowing it.",
        ("Coaches", "Parents"),
        "en",
        SPORTS_HALL_APP,
    )
    assert len(reading.effects) == 1
    assert "are tracked" in reading.effects[0].text


def test_a_labelled_paragraph_wrapped_by_hand_is_joined() -> None:
    text = (
        "Aandachtspunt: trainers zonder smartphone kunnen de zaal niet meer reserveren, dus zij\n"
        "schuiven achteraan in de rij, en dat voelt niet eerlijk."
    )
    assert unwrapped(text) == text.replace("zij\n", "zij ")


def test_a_labelled_wrapped_paragraph_in_english_is_joined() -> None:
    text = (
        "Point of attention: coaches without a smartphone can no longer book the hall, so they\n"
        "end up at the back of the queue, which feels unfair."
    )
    assert unwrapped(text) == text.replace("they\n", "they ")


# Guards: what must stay as it was.


def test_two_clauses_after_dat_with_their_own_verbs_stay_two() -> None:
    assert clauses("Ik weet dat het werkt en de trainers zijn er blij mee.") == [
        "Ik weet dat het werkt",
        "de trainers zijn er blij mee.",
    ]


def test_two_clauses_after_that_with_their_own_verbs_stay_two() -> None:
    assert clauses("The coaches say that it saves time and the parents are happy with it.") == [
        "The coaches say that it saves time",
        "the parents are happy with it.",
    ]


def test_short_labelled_lines_stay_lines_of_their_own() -> None:
    text = "ouders: minder zorgen over de planning\nkinderen sporten vaker"
    assert unwrapped(text) == text


def test_short_labelled_lines_in_english_stay_lines_of_their_own() -> None:
    text = "parents: fewer worries about the schedule\nchildren play sports more often"
    assert unwrapped(text) == text


def test_a_condition_of_two_parts_stays_with_its_outcome() -> None:
    sentence = "Als de app hapert en de trainer is laat, staan de kinderen buiten in de kou."
    assert clauses(sentence) == [sentence]


def test_a_condition_of_two_parts_in_english_stays_with_its_outcome() -> None:
    sentence = "If the app fails and the coach is late, the children wait outside in the cold."
    assert clauses(sentence) == [sentence]


def test_a_condition_after_a_clause_of_its_own_leaves_that_clause_apart() -> None:
    assert clauses("De ouders zijn blij en als de app werkt, slapen de kinderen beter.") == [
        "De ouders zijn blij",
        "als de app werkt, slapen de kinderen beter.",
    ]


def test_a_condition_that_is_the_label_itself_stays_with_its_remark() -> None:
    sentence = "Als je aan veiligheid denkt: dat speelt hier niet, de hal is altijd bemand"
    assert clauses(sentence) == [sentence]


def test_the_next_item_of_a_labelled_list_is_no_wrapped_rest() -> None:
    text = (
        "Groep 1: de trainers kunnen sneller een zaal boeken omdat de app alles bijhoudt\n"
        "groep 2 vond dat de ouders minder contact hebben met de beheerder"
    )
    assert unwrapped(text) == text


def test_the_next_item_of_a_labelled_list_in_english_is_no_wrapped_rest() -> None:
    text = (
        "Group 1: the coaches can book a hall much faster because the app keeps track of it\n"
        "group 2 felt that parents have less contact with the caretaker"
    )
    assert unwrapped(text) == text


def test_dat_as_a_pronoun_keeps_the_clause_after_en_apart() -> None:
    assert clauses("De trainers vinden dat lastig en de ouders zijn boos.") == [
        "De trainers vinden dat lastig",
        "de ouders zijn boos.",
    ]


def test_that_as_a_pronoun_keeps_the_clause_after_and_apart() -> None:
    assert clauses("The councillors find that risky and the farmers are angry.") == [
        "The councillors find that risky",
        "the farmers are angry.",
    ]


def test_a_lone_word_under_a_labelled_line_is_the_next_item() -> None:
    text = "klanten: hun bezoek aan een coffeeshop staat geregistreerd bij de gemeente\nboa's"
    assert unwrapped(text) == text
