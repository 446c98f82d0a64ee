"""The reader on effects as people tell them in the newer conversations: directions that only
the wording gives (doing worse, alerts for nothing, falling outside, stopping), a point granted
before an objection, someone added in passing with their effects after, effects after a
correction, proposals and value stances among effects, what a source holds, lists of what
changes given where actors are asked, and clauses that stay whole."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

PARKING = ("Bewoners", "Handhavers", "Winkeliers", "Gemeente")
SCHOOL = ("Pupils", "Teachers", "Parents", "School board")


def read(
    reader: Reader, text: str, actors: tuple[str, ...], language: str, step: Step = Step.EFFECTS
) -> Reading:
    technology = "een parkeerapp" if language == "nl" else "an attendance app"
    return read_in(reader, text, actors, language, technology, step)


def directions(reading: Reading) -> list[str]:
    return [e.direction or "" for e in reading.effects]


def test_doing_worse_than_before_is_negative_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Handhavers kijken minder goed naar de meldingen.", PARKING, "nl"
    )
    assert directions(reading) == ["negative"]


def test_doing_worse_than_before_is_negative_en(message_reader: Reader) -> None:
    reading = read(message_reader, "Teachers sleep less well since the launch.", SCHOOL, "en")
    assert directions(reading) == ["negative"]


def test_alerts_for_nothing_are_negative_nl(message_reader: Reader) -> None:
    text = "Winkeliers krijgen elke week drie waarschuwingen terwijl er niets aan de hand is."
    assert directions(read(message_reader, text, PARKING, "nl")) == ["negative"]


def test_alerts_for_nothing_are_negative_en(message_reader: Reader) -> None:
    text = "Parents get two messages a day for no reason at all."
    assert directions(read(message_reader, text, SCHOOL, "en")) == ["negative"]


def test_falling_outside_with_words_between_is_negative_nl(message_reader: Reader) -> None:
    text = "Bezoekers met een oude auto vallen er meestal buiten."
    assert directions(read(message_reader, text, PARKING, "nl")) == ["negative"]


def test_falling_outside_with_words_between_is_negative_en(message_reader: Reader) -> None:
    text = "Part-time pupils fall completely outside the scheme."
    assert directions(read(message_reader, text, SCHOOL, "en")) == ["negative"]


def test_no_longer_doing_something_is_negative_nl(message_reader: Reader) -> None:
    text = "De handhavers openen de meldingen eigenlijk niet meer."
    assert directions(read(message_reader, text, PARKING, "nl")) == ["negative"]


def test_things_that_no_longer_happen_are_not_made_negative_nl(message_reader: Reader) -> None:
    text = "De aanvragen liggen niet meer twee weken op de stapel."
    assert directions(read(message_reader, text, PARKING, "nl")) != ["negative"]


def test_stopping_something_good_is_negative_en(message_reader: Reader) -> None:
    text = "After a month pupils stop taking them seriously."
    assert directions(read(message_reader, text, SCHOOL, "en")) == ["negative"]


def test_a_participle_finds_its_direction_word_nl(message_reader: Reader) -> None:
    text = "Oudere bewoners zijn gefrustreerd over de app."
    assert directions(read(message_reader, text, PARKING, "nl")) == ["negative"]


def test_a_rosy_picture_is_negative_en(message_reader: Reader) -> None:
    text = "The dashboard gives the school board a rosier picture than the classroom shows."
    assert directions(read(message_reader, text, SCHOOL, "en")) == ["negative"]


def test_a_granted_point_and_its_objection_are_one_negative_effect_nl(
    message_reader: Reader,
) -> None:
    text = "De kentekens worden wel versleuteld, maar een maand lang bewaard."
    [(effect, direction, _actor)] = told(read(message_reader, text, PARKING, "nl"))
    assert direction == "negative"
    assert "versleuteld" in effect and "maand" in effect


def test_a_granted_point_and_its_objection_are_one_negative_effect_en(
    message_reader: Reader,
) -> None:
    text = "Parents do get the message, but it is in Dutch only, so many of them miss it."
    [(effect, direction, _actor)] = told(read(message_reader, text, SCHOOL, "en"))
    assert direction == "negative"
    assert "Dutch only" in effect


def test_someone_added_with_their_possession_gets_the_effect_nl(message_reader: Reader) -> None:
    text = "o ja, en de marktkramers ook, hun kramen krijgen nu vaker een boete"
    reading = read(message_reader, text, PARKING, "nl")
    assert "Marktkramers" in reading.actors
    [(effect, direction, actor)] = told(reading)
    assert (direction, actor) == ("negative", "Marktkramers")
    assert effect.startswith("Hun kramen")


def test_someone_added_with_who_gets_the_effect_en(message_reader: Reader) -> None:
    text = "oh, and the caretakers, who now have extra work every evening"
    reading = read(message_reader, text, SCHOOL, "en")
    assert "Caretakers" in reading.actors
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Caretakers")]


def test_the_sentences_after_someone_added_are_theirs_nl(message_reader: Reader) -> None:
    text = "O ja, en de marktkramers. Die krijgen nu vaker een boete."
    reading = read(message_reader, text, PARKING, "nl")
    assert "Marktkramers" in reading.actors
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Marktkramers")]


def test_the_sentences_after_someone_added_are_theirs_en(message_reader: Reader) -> None:
    text = "Oh and the caretakers. They now have extra work every evening."
    reading = read(message_reader, text, SCHOOL, "en")
    assert "Caretakers" in reading.actors
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Caretakers")]


def test_an_effect_after_a_correction_is_read_for_the_corrected_actor_nl(
    message_reader: Reader,
) -> None:
    text = (
        "Niet de handhavers maar de parkeercontroleurs, die doen de rondes. Die krijgen nu veel "
        "meer klachten van winkeliers."
    )
    reading = read(message_reader, text, PARKING, "nl")
    assert reading.intent is not None and reading.intent.kind == "correct"
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Handhavers")]


def test_an_effect_after_a_correction_is_read_for_the_corrected_actor_en(
    message_reader: Reader,
) -> None:
    text = "Not the teachers but the mentors, they read the reports. They now get angry emails."
    reading = read(message_reader, text, SCHOOL, "en")
    assert reading.intent is not None and reading.intent.kind == "correct"
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Teachers")]


def test_a_proposal_in_a_labelled_effect_line_is_an_option_nl(message_reader: Reader) -> None:
    text = (
        "Negatief: bewoners krijgen vaker een boete. Daarom vind ik dat we elke boete door een "
        "medewerker moeten laten nakijken."
    )
    reading = read(message_reader, text, PARKING, "nl", Step.ACTORS)
    assert [d for _t, d, _a in told(reading)] == ["negative"]
    assert len(reading.options) == 1


def test_a_question_that_proposes_is_no_effect_en(message_reader: Reader) -> None:
    text = "Would it help to let parents choose when the messages arrive?"
    reading = read(message_reader, text, SCHOOL, "en", Step.VALUES)
    assert reading.effects == []
    assert len(reading.options) == 1


def test_a_value_stance_where_values_are_asked_is_no_effect_nl(message_reader: Reader) -> None:
    text = "Voor mij gaat het vooral om privacy, maar ook vertrouwen tussen bewoners en gemeente."
    reading = read(message_reader, text, PARKING, "nl", Step.VALUES)
    assert reading.effects == []
    assert reading.values


def test_a_value_stance_where_values_are_asked_is_no_effect_en(message_reader: Reader) -> None:
    text = "For me it comes down to privacy, and trust between parents and the school."
    reading = read(message_reader, text, SCHOOL, "en", Step.VALUES)
    assert reading.effects == []
    assert reading.values


def test_what_a_source_holds_is_no_effect_nl(message_reader: Reader) -> None:
    text = (
        "Er zitten ook oude vergunningen in, en die zijn nu voor iedereen te vinden, wat "
        "pijnlijk kan zijn voor bewoners."
    )
    [(effect, direction, _actor)] = told(read(message_reader, text, PARKING, "nl"))
    assert direction == "negative"
    assert effect.startswith("Die zijn nu")


def test_what_a_source_holds_is_no_effect_en(message_reader: Reader) -> None:
    text = "There are old absence notes in it, and those are now easy to find, which hurts pupils."
    [(effect, _direction, _actor)] = told(read(message_reader, text, SCHOOL, "en"))
    assert effect.startswith("Those are now")


def test_a_list_of_what_changes_where_actors_are_asked_is_effects_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader, "sneller een plek, minder zoekverkeer", PARKING, "nl", Step.ACTORS
    )
    assert reading.actors == []
    assert len(reading.effects) == 2


def test_a_sentence_after_effects_where_actors_are_asked_is_an_effect_en(
    message_reader: Reader,
) -> None:
    text = (
        "Absences are handled faster. But the app flags too much, even pupils who were at the "
        "dentist, so parents get letters they do not deserve."
    )
    reading = read(message_reader, text, SCHOOL, "en", Step.ACTORS)
    assert reading.actors == []
    assert [(d, a) for _t, d, a in told(reading)][1] == ("negative", "Parents")
    assert len(reading.effects) == 2


def test_a_negated_tail_and_question_words_stay_in_the_clause_en(message_reader: Reader) -> None:
    text = (
        "+ parents see only the grade, not the whole file\n"
        "- the vendor sees when and where the app is used"
    )
    reading = read(message_reader, text, SCHOOL, "en", Step.ACTORS)
    assert [d for _t, d, _a in told(reading)] == ["positive", "negative"]


def test_a_negated_tail_and_question_words_stay_in_the_clause_nl(message_reader: Reader) -> None:
    text = (
        "+ handhavers zien alleen het kenteken, niet de bestuurder\n"
        "- de leverancier ziet wanneer en waar de app wordt gebruikt"
    )
    reading = read(message_reader, text, PARKING, "nl", Step.ACTORS)
    assert [d for _t, d, _a in told(reading)] == ["positive", "negative"]


def test_a_place_with_where_before_the_comma_stays_with_its_clause_nl(
    message_reader: Reader,
) -> None:
    text = "Op plekken waar veel ouderen wonen, geeft de kaart een te rooskleurig beeld."
    assert directions(read(message_reader, text, PARKING, "nl")) == ["negative"]


def test_people_in_general_are_the_public_where_no_actor_was_asked_nl(
    message_reader: Reader,
) -> None:
    text = "Positief: veel meer mensen vinden een plek. Negatief: winkeliers zien minder klanten."
    reading = read(message_reader, text, PARKING, "nl", Step.ACTORS)
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Bewoners"),
        ("negative", "Winkeliers"),
    ]


def test_people_in_general_are_the_public_where_no_actor_was_asked_en(
    message_reader: Reader,
) -> None:
    text = "Good: people get their letters a week sooner."
    reading = read(message_reader, text, ("Teachers", "Parents", "School board"), "en", Step.ACTORS)
    assert [(d, a) for _t, d, a in told(reading)] == [("positive", "Parents")]


def test_pro_and_con_labels_give_the_direction_nl(message_reader: Reader) -> None:
    text = "Pro: de stapel is weg. Con: de winkeliers weten niet wat er gebeurt."
    reading = read(message_reader, text, PARKING, "nl", Step.ACTORS)
    assert directions(reading) == ["positive", "negative"]
    assert reading.actors == []


def test_pro_and_con_labels_give_the_direction_en(message_reader: Reader) -> None:
    text = "Pro: the pile of forms is gone. Con: parents never hear why a pupil was flagged."
    reading = read(message_reader, text, SCHOOL, "en", Step.ACTORS)
    assert directions(reading) == ["positive", "negative"]


def test_what_ought_to_happen_once_values_are_asked_is_a_measure_en(
    message_reader: Reader,
) -> None:
    text = "And the teachers should keep calling parents themselves."
    reading = read(message_reader, text, SCHOOL, "en", Step.VALUES)
    assert reading.effects == []
    assert len(reading.options) == 1


def test_a_list_with_a_possessive_stays_a_list_of_actors_en(message_reader: Reader) -> None:
    text = "pupils with dyslexia, their parents, the teachers and the app supplier"
    reading = read(message_reader, text, (), "en", Step.ACTORS)
    assert reading.effects == []
    assert len(reading.actors) == 4


def test_a_list_with_a_possessive_stays_a_list_of_actors_nl(message_reader: Reader) -> None:
    text = "bewoners met een vergunning, hun bezoekers, de handhavers en de leverancier"
    reading = read(message_reader, text, (), "nl", Step.ACTORS)
    assert reading.effects == []
    assert len(reading.actors) == 4


def test_no_longer_asking_is_not_fewer_questions_nl(message_reader: Reader) -> None:
    text = "Bewoners kunnen niet meer vragen om een vaste plek."
    assert directions(read(message_reader, text, PARKING, "nl")) == ["negative"]


def test_more_of_a_burden_is_negative_en(message_reader: Reader) -> None:
    text = "Teachers now have far more paperwork on Fridays."
    assert directions(read(message_reader, text, SCHOOL, "en")) == ["negative"]


def test_a_hedged_clause_after_and_stays_with_its_subject_en(message_reader: Reader) -> None:
    text = "Teachers also get reports at night and maybe feel they have to reply, which is tiring."
    reading = read(message_reader, text, SCHOOL, "en")
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Teachers")]


def test_a_hedged_clause_after_en_stays_with_its_subject_nl(message_reader: Reader) -> None:
    text = "Handhavers krijgen 's avonds meldingen en misschien voelen ze zich opgejaagd."
    reading = read(message_reader, text, PARKING, "nl")
    assert len(reading.effects) == 1


def test_a_skewed_picture_is_negative_nl(message_reader: Reader) -> None:
    text = "De app telt vooral de drukke straten, dus de gemeente krijgt een scheef beeld."
    assert directions(read(message_reader, text, PARKING, "nl")) == ["negative"]


def test_a_skewed_picture_is_negative_en(message_reader: Reader) -> None:
    text = "The app mostly counts loud classes, so the school board gets a skewed view."
    assert directions(read(message_reader, text, SCHOOL, "en")) == ["negative"]


def test_an_actor_with_an_ing_qualifier_is_found_by_its_head_en(message_reader: Reader) -> None:
    actors = ("Parents living abroad", "Teachers")
    reading = read(message_reader, "Parents feel left out of the loop.", actors, "en")
    assert [a for _t, _d, a in told(reading)] == ["Parents living abroad"]


def test_options_announced_among_effects_are_no_effects_nl(message_reader: Reader) -> None:
    text = (
        "Als opties heb ik zelf al een vergunningenloket. Verder: de wijkraad elk kwartaal "
        "laten meekijken naar de instellingen van de app."
    )
    reading = read(message_reader, text, PARKING, "nl")
    assert reading.effects == []
    assert len(reading.options) == 2


def test_options_announced_among_effects_are_no_effects_en(message_reader: Reader) -> None:
    text = (
        "As options I have a help desk at the school. Also: let the parents council look at the "
        "settings every term."
    )
    reading = read(message_reader, text, SCHOOL, "en")
    assert reading.effects == []
    assert len(reading.options) == 2


def test_a_closing_remark_in_chat_words_is_no_effect_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "idd dat was t wel", PARKING, "nl")
    assert reading.effects == []
    assert reading.intent is not None and reading.intent.kind == "done"


def test_a_closing_remark_is_no_effect_en(message_reader: Reader) -> None:
    reading = read(message_reader, "indeed, that was it", SCHOOL, "en")
    assert reading.effects == []
    assert reading.intent is not None and reading.intent.kind == "done"


def test_a_verb_last_clause_without_subject_goes_on_nl(message_reader: Reader) -> None:
    text = (
        "Wat ik merk is dat de handhavers, omdat de app alles aanwijst, minder met bewoners "
        "praten en alleen nog naar hun scherm zitten te kijken."
    )
    reading = read(message_reader, text, PARKING, "nl")
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Handhavers")]


def test_a_clause_without_subject_after_and_goes_on_en(message_reader: Reader) -> None:
    text = "What I see is that teachers talk less with pupils and just stare at their screens."
    reading = read(message_reader, text, SCHOOL, "en")
    assert len(reading.effects) == 1


def test_a_subgroup_of_four_words_is_the_subject_nl(message_reader: Reader) -> None:
    text = "nog een nadeel: kinderen onder de 12 mogen de app niet gebruiken"
    reading = read(message_reader, text, PARKING, "nl")
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Kinderen onder de 12")]


def test_a_subgroup_of_four_words_is_the_subject_en(message_reader: Reader) -> None:
    text = "one more downside: parents without a smartphone cannot see the absences"
    reading = read(message_reader, text, ("Pupils", "Teachers"), "en")
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Parents without a smartphone")]
