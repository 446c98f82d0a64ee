"""The reader on effects told inside stories: long sentences with a reason between commas,
consequences ("waardoor", "which means"), worries and hedges, a group named before its
effect, two effects in one sentence, and directions that only the wording implies; and the
sentences that tell no effect (questions, requests, measures, descriptions of the case and of
roles)."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

BUS = ("Chauffeurs", "Reizigers", "Planners", "Ondernemingsraad")
WARD = ("Nurses", "Patients", "Relatives", "Hospital board")


def read(
    reader: Reader, text: str, actors: tuple[str, ...], language: str, step: Step = Step.EFFECTS
) -> Reading:
    technology = "een dashboard in de bus" if language == "nl" else "a bed sensor"
    return read_in(reader, text, actors, language, technology, step)


def only(reading: Reading) -> tuple[str, str]:
    """(direction, actor) of the one effect read."""
    [(_text, direction, actor)] = told(reading)
    return direction, actor


def test_a_reason_between_commas_stays_inside_the_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Het punt is dat planners, omdat het rooster nu vanzelf klaarstaat, veel minder tijd "
        "kwijt zijn aan puzzelen.",
        BUS,
        "nl",
    )
    assert only(reading) == ("positive", "Planners")
    assert "puzzelen" in reading.effects[0].text


def test_a_reason_between_commas_stays_inside_the_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "The thing is that nurses, because they now have to acknowledge every alarm, spend "
        "less time at the bedside.",
        WARD,
        "en",
    )
    assert only(reading) == ("negative", "Nurses")


def test_a_consequence_gives_the_effect_its_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Het dashboard toont alles op één scherm dus planners hoeven niet meer rond te bellen.",
        BUS,
        "nl",
    )
    assert only(reading) == ("positive", "Planners")


def test_a_consequence_gives_the_effect_its_direction_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De app schuift ritten automatisch op, waardoor reizigers vaker te laat op school komen.",
        BUS,
        "nl",
    )
    assert only(reading) == ("negative", "Reizigers")


def test_a_consequence_is_one_effect_with_its_cause_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Readings go straight into the record, with the result that patients are asked the "
        "same questions less often.",
        WARD,
        "en",
    )
    assert only(reading) == ("positive", "Patients")


def test_a_consequence_told_while_actors_are_asked_is_an_effect_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "The alarm goes off at every movement, which means relatives get woken up in the "
        "middle of the night.",
        WARD,
        "en",
        Step.ACTORS,
    )
    assert only(reading) == ("negative", "Relatives")


def test_a_consequence_told_with_the_case_is_an_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Soms valt een rit uit zonder bericht, met als gevolg dat reizigers te laat op hun "
        "werk komen.",
        (),
        "nl",
        Step.CASE,
    )
    assert only(reading) == ("negative", "Reizigers")


def test_a_worry_about_people_is_their_negative_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Ik vrees dat de chauffeurs hun eigen inschatting gaan wantrouwen.",
        BUS,
        "nl",
        Step.ACTORS,
    )
    assert only(reading) == ("negative", "Chauffeurs")
    assert reading.actors == []


def test_a_hedged_effect_keeps_its_wording_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "mss worden chauffeurs er ook lui van", BUS, "nl")
    assert only(reading) == ("negative", "Chauffeurs")


def test_a_guess_about_people_is_an_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "I guess patients will feel more at ease once they know someone is looking.",
        WARD,
        "en",
        Step.VALUES,
    )
    assert only(reading) == ("positive", "Patients")


def test_a_group_named_before_its_effect_keeps_the_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Mensen met een uitkering, die worden onterecht beboet als het systeem zich vergist.",
        ("Inwoners", "Handhavers", "Mensen met een uitkering"),
        "nl",
        Step.ACTORS,
    )
    assert only(reading) == ("negative", "Mensen met een uitkering")
    assert "beboet" in reading.effects[0].text


def test_a_group_named_before_its_effect_keeps_the_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Tenants on a small income, they get flagged far more often than others.",
        ("Tenants", "Housing officers", "Landlords"),
        "en",
    )
    # the group named is new here and said with its qualifier: it keeps its own effect (as the
    # known "Mensen met een uitkering" above), no longer the shorter "Tenants" (r29)
    assert only(reading) == ("negative", "Tenants on a small income")


def test_two_effects_joined_by_comma_and_are_two_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Planners besparen elke week uren, en reizigers krijgen betere aansluitingen.",
        BUS,
        "nl",
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Planners"),
        ("positive", "Reizigers"),
    ]


def test_two_effects_joined_by_but_have_their_own_direction_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Chauffeurs hoeven minder te schrijven maar ze voelen zich wel gecontroleerd.",
        BUS,
        "nl",
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Chauffeurs"),
        ("negative", "Chauffeurs"),
    ]


def test_two_effects_joined_by_and_also_are_two_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Reizigers zien eerder wanneer de bus komt en ook de planners hebben meer overzicht.",
        BUS,
        "nl",
    )
    assert [a for _t, _d, a in told(reading)] == ["Reizigers", "Planners"]


def test_two_effects_joined_by_and_or_but_are_two_en(message_reader: Reader) -> None:
    first = read(
        message_reader,
        "Nurses save time on paperwork, and patients get their medication on schedule.",
        WARD,
        "en",
    )
    second = read(
        message_reader,
        "Relatives feel reassured but patients lose some privacy in their own room.",
        WARD,
        "en",
    )
    assert [(d, a) for _t, d, a in told(first)] == [
        ("positive", "Nurses"),
        ("positive", "Patients"),
    ]
    assert [(d, a) for _t, d, a in told(second)] == [
        ("positive", "Relatives"),
        ("negative", "Patients"),
    ]


def test_a_direction_implied_by_the_verb_nl(message_reader: Reader) -> None:
    lost = read(message_reader, "Chauffeurs raken het contact met vaste klanten kwijt.", BUS, "nl")
    saved = read(message_reader, "De tool bespaart planners een halve dag per week.", BUS, "nl")
    feel = read(message_reader, "Reizigers voelen zich 's avonds veiliger.", BUS, "nl")
    assert [only(lost), only(saved), only(feel)] == [
        ("negative", "Chauffeurs"),
        ("positive", "Planners"),
        ("positive", "Reizigers"),
    ]


def test_a_direction_implied_by_the_verb_en(message_reader: Reader) -> None:
    lost = read(message_reader, "Nurses lose the sense that they know their patients.", WARD, "en")
    saved = read(message_reader, "It saves relatives a trip to the ward.", WARD, "en")
    feel = read(message_reader, "Patients feel like a number.", WARD, "en")
    assert [only(lost), only(saved), only(feel)] == [
        ("negative", "Nurses"),
        ("positive", "Relatives"),
        ("negative", "Patients"),
    ]


def test_relief_from_a_duty_is_positive(message_reader: Reader) -> None:
    nl = read(message_reader, "Planners hoeven niet meer alles na te lopen.", BUS, "nl")
    en = read(message_reader, "Nurses no longer have to chase the pharmacy.", WARD, "en")
    assert [only(nl), only(en)] == [("positive", "Planners"), ("positive", "Nurses")]


def test_questions_and_requests_are_no_effects(message_reader: Reader) -> None:
    texts = (
        ("nl", BUS, "Hoe zien jullie dat voor de reizigers?"),
        ("nl", BUS, "Kun je me helpen met de effecten voor de chauffeurs?"),
        ("en", WARD, "What would this mean for the relatives?"),
        ("en", WARD, "Could you list the effects for nurses?"),
    )
    assert [told(read(message_reader, t, a, lang)) for lang, a, t in texts] == [[], [], [], []]


def test_measures_are_no_effects(message_reader: Reader) -> None:
    texts = (
        ("nl", BUS, "We zouden de chauffeurs moeten trainen in het lezen van het dashboard."),
        ("nl", BUS, "Laten we afspreken dat planners altijd het laatste woord hebben."),
        ("en", WARD, "We should train nurses to read the dashboard."),
        ("en", WARD, "Let's agree that nurses always have the final say."),
    )
    assert [told(read(message_reader, t, a, lang)) for lang, a, t in texts] == [[], [], [], []]


def test_descriptions_of_the_case_and_of_roles_are_no_effects(message_reader: Reader) -> None:
    texts = (
        ("nl", BUS, "Het systeem meet hoe hard chauffeurs remmen en optrekken."),
        ("nl", BUS, "We willen het dashboard vanaf volgend jaar in alle bussen inzetten."),
        ("nl", BUS, "De planners zijn verantwoordelijk voor het rooster."),
        ("en", WARD, "The sensor measures heart rate and movement every minute."),
        ("en", WARD, "We want to roll the sensor out to all wards next year."),
        ("en", WARD, "Nurses are responsible for answering the alarms."),
    )
    assert [told(read(message_reader, t, a, lang)) for lang, a, t in texts] == [[]] * 6


def test_a_worry_in_a_story_about_the_case_is_an_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Crews spend hours parked at standby spots, and I worry that small villages end up "
        "waiting longer for an ambulance.",
        (),
        "en",
        Step.CASE,
    )
    assert [d for _t, d, _a in told(reading)][-1] == "negative"
    assert "villages" in reading.effects[-1].text


def test_a_subject_before_a_reason_between_commas_is_the_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Wat ik merk is dat inspecteurs, omdat het model de lijst bepaalt, hun eigen gevoel "
        "minder volgen.",
        (),
        "nl",
        Step.CASE,
    )
    assert only(reading) == ("negative", "Inspecteurs")


def test_some_of_them_is_about_the_people_before(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Ouders krijgen elke dag een bericht over hun kind en sommigen worden daar onrustig van.",
        ("Leraren", "Leerlingen", "Ouders"),
        "nl",
    )
    assert told(reading)[-1][1:] == ("negative", "Ouders")


def test_a_good_word_with_un_in_front_is_bad(message_reader: Reader) -> None:
    nl = read(
        message_reader, "Reizigers vinden de nieuwe haltes onduidelijk en onprettig.", BUS, "nl"
    )
    en = read(message_reader, "Patients find the new screen unhelpful.", WARD, "en")
    assert [only(nl), only(en)] == [("negative", "Reizigers"), ("negative", "Patients")]


def test_too_much_of_a_good_thing_is_bad(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Nurses will probably trust the score too much.", WARD, "en", Step.VALUES
    )
    assert only(reading) == ("negative", "Nurses")


def test_a_hedged_measure_is_no_effect(message_reader: Reader) -> None:
    texts = (
        (
            "nl",
            BUS,
            "Misschien moeten we chauffeurs zelf laten kiezen wanneer het scherm aan staat.",
        ),
        ("en", WARD, "Maybe we should let nurses switch the alarm off for an hour."),
    )
    assert [told(read(message_reader, t, a, lang)) for lang, a, t in texts] == [[], []]


def test_a_second_clause_with_its_own_people_leaves_the_label(message_reader: Reader) -> None:
    nl = read(
        message_reader,
        "Voor reizigers is het fijn dat de bus vaker rijdt, en planners hebben minder zorgen.",
        BUS,
        "nl",
    )
    en = read(
        message_reader,
        "For patients it is reassuring, but nurses worry they will be judged on the numbers.",
        WARD,
        "en",
    )
    assert [(d, a) for _t, d, a in told(nl)] == [
        ("positive", "Reizigers"),
        ("positive", "Planners"),
    ]
    assert [(d, a) for _t, d, a in told(en)] == [("positive", "Patients"), ("negative", "Nurses")]


def test_fewer_people_is_a_loss_not_less_of_a_burden(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De vervoerder bespaart op personeel, met als gevolg dat er minder chauffeurs rondlopen.",
        BUS,
        "nl",
    )
    assert only(reading) == ("negative", "Chauffeurs")


def test_losing_something_good_is_bad(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Planners, die krijgen tien meldingen per uur en raken zo het overzicht kwijt.",
        BUS,
        "nl",
    )
    assert only(reading) == ("negative", "Planners")


def test_a_judging_remark_after_a_comma_gives_the_direction(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "tja, chauffeurs kijken nu vooral naar het scherm ipv naar de weg, dat vind ik eng",
        BUS,
        "nl",
    )
    assert only(reading) == ("negative", "Chauffeurs")


def test_a_proposal_for_others_to_act_is_no_effect(message_reader: Reader) -> None:
    texts = (
        "De planners zouden elke week het rooster moeten controleren.",
        "Laten we ook de ondernemingsraad betrekken bij de evaluatie.",
    )
    assert [told(read(message_reader, t, BUS, "nl")) for t in texts] == [[], []]


def test_the_purpose_of_a_plan_is_the_case_not_an_effect(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "We willen de bussen een scherm geven, zodat chauffeurs vrij kunnen rijden.",
        (),
        "nl",
        Step.CASE,
    )
    assert told(reading) == []


def test_the_good_and_the_hard_part_of_a_story_are_labels(message_reader: Reader) -> None:
    nl = read(
        message_reader,
        "Het mooie is dat planners een storing eerder zien. Het lastige is dat chauffeurs zich "
        "gecontroleerd voelen.",
        BUS,
        "nl",
        Step.CASE,
    )
    en = read(
        message_reader,
        "The hard part is that relatives wonder who reads the data, and some refuse to visit.",
        WARD,
        "en",
        Step.CASE,
    )
    assert [(d, a) for _t, d, a in told(nl)] == [
        ("positive", "Planners"),
        ("negative", "Chauffeurs"),
    ]
    assert [(d, a) for _t, d, a in told(en)] == [
        ("negative", "Relatives"),
        ("negative", "Relatives"),
    ]


def test_not_knowing_that_one_is_counted_is_bad(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Reizigers weten helemaal niet dat hun telefoon wordt geteld.", BUS, "nl"
    )
    assert only(reading) == ("negative", "Reizigers")


def test_at_the_same_time_turns_the_direction(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Planners zien eerder waar het misgaat. Tegelijk komen chauffeurs minder aan het woord.",
        BUS,
        "nl",
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Planners"),
        ("negative", "Chauffeurs"),
    ]


def test_maar_as_a_particle_does_not_split_an_effect(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Kleine vervoerders hebben geen planners, dus die moeten ons maar geloven.",
        BUS,
        "nl",
    )
    assert len(reading.effects) == 1


def test_something_that_would_help_is_a_measure(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Planners krijgen een rustiger rooster. Een vaste contactpersoon voor chauffeurs zou daar "
        "denk ik bij helpen.",
        BUS,
        "nl",
    )
    assert [a for _t, _d, a in told(reading)] == ["Planners"]
    assert [o.text.split()[:3] for o in reading.options] == [["Een", "vaste", "contactpersoon"]]
