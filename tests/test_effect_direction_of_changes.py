"""The direction of an effect is that of the change, not of its words: a word with a suffix of
absence ("hulpeloos", "harmless") turns its direction word and wins over a shorter word it
starts with ("kansloos" is no chance); "niet meer"/"no longer" turns the first direction word
of its clause however far after it; a noun of decrease turns what it governs across the words
of a count ("vermindering van het aantal klachten"); and how it was ("die vroeger gemist
werden", "used to waste hours") turns the words that tell it."""

from __future__ import annotations

from assistant.method.reading.polarity import clause_direction, direction_strength


def test_absent_good_is_bad_nl() -> None:
    assert clause_direction("Kleine bakkers staan nu kansloos bij de gunning") == "negative"
    assert clause_direction("Mantelzorgers voelen zich hulpeloos") == "negative"


def test_absent_bad_is_good_nl() -> None:
    assert clause_direction("Het aanvragen gaat voortaan foutloos") == "positive"
    assert clause_direction("Een stressvrije eerste week voor nieuwe collega's") == "positive"


def test_absent_good_and_bad_en() -> None:
    assert clause_direction("Small bakers now feel hopeless about the tender") == "negative"
    assert clause_direction("The new scan is harmless for travellers") == "positive"
    assert clause_direction("A stress-free first week for new colleagues") == "positive"


def test_no_longer_reaches_the_clause_nl() -> None:
    text = "Ze staan niet meer elke ochtend een uur met de bus in de file"
    assert clause_direction(text) == "positive"
    assert clause_direction("Buurtbewoners voelen zich niet meer veilig op het plein") == (
        "negative"
    )


def test_no_longer_reaches_the_clause_en() -> None:
    text = "Caseworkers no longer spend whole evenings on the phone waiting for the office"
    assert clause_direction(text) == "positive"


def test_decrease_noun_turns_what_it_counts() -> None:
    assert clause_direction("Een vermindering van het aantal klachten over de bus") == "positive"
    assert clause_direction("Een daling van de tevredenheid van huurders") == "negative"
    assert clause_direction("A reduction in the number of errors in permits") == "positive"


def test_how_it_was_turns_its_words_nl() -> None:
    text = "Signalen die vroeger gemist werden, komen nu op tijd bij de wijkagent"
    assert clause_direction(text) == "positive"
    assert clause_direction("De vissers waren vroeger tevreden") == "negative"
    assert clause_direction("Problemen worden vroeger gesignaleerd") == "positive"


def test_how_it_was_turns_its_words_en() -> None:
    assert clause_direction("Volunteers used to waste hours on the phone") == "positive"
    assert clause_direction("Caretakers who used to do this feel pushed aside") == "negative"


def test_degree_word_before_less_is_no_direction() -> None:
    assert direction_strength("De ochtendtrein is duidelijk minder vol") < 1
    assert direction_strength("The ferry is clearly less full") < 1
    assert clause_direction("Het is duidelijk voor iedereen") == "positive"


def test_less_time_spent_is_a_gain() -> None:
    assert clause_direction("Griffiers besteden minder tijd aan vaste zinnen") == "positive"
    assert clause_direction("Teams spend less time on paperwork") == "positive"
