"""Option cue words for human contact (a person to talk to, face to face, a host at the door,
a home visit) and for trust (taking doubts and worries seriously): with staff, volunteers or
trainings in an option, the nearest option patterns often serve another value (a staff training
about data care votes for privacy), so the option's own words have to say it."""

from __future__ import annotations

import pytest

from assistant.domain.session import Value
from assistant.language.cues.option_value_signals import option_cued_values
from assistant.method.suggestions import ValueSuggester


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("Wie wil kan altijd iemand spreken op het gemeentehuis", "human-contact"),
        ("De wijkagent komt op huisbezoek in plaats van een brief te sturen", "human-contact"),
        ("Bij de ingang staat een gastvrouw die de weg wijst", "human-contact"),
        ("Residents can always talk to someone at the town hall", "human-contact"),
        ("Claims are discussed face to face before a decision", "human-contact"),
        ("De baliemedewerkers leren ongeruste inwoners gerust te stellen", "trust"),
        ("Een apart spreekuur voor twijfelende ouders", "trust"),
        ("Call centre staff learn how to reassure worried callers", "trust"),
    ],
)
def test_option_cue_words_for_contact_and_trust(option: str, value: str) -> None:
    assert value in option_cued_values(option)


def test_no_contact_or_trust_cue_in_plain_options() -> None:
    assert not option_cued_values("De gegevens worden na een maand gewist") & {
        "human-contact",
        "trust",
    }
    assert not option_cued_values("The model is retrained every quarter") & {
        "human-contact",
        "trust",
    }


@pytest.mark.parametrize(
    ("language", "keys", "option", "protects"),
    [
        ("nl", ["trust", "privacy", "accessibility"],
         "De klantcontactmedewerkers krijgen een training in het gesprek met twijfelende ouders",
         "trust"),
        ("en", ["trust", "privacy", "accessibility"],
         "Helpdesk staff are trained to reassure doubtful parents about the app", "trust"),
        ("nl", ["privacy", "efficiency", "human-contact"],
         "De medewerkers van de bibliotheek worden gastheer of gastvrouw bij de zelfscan",
         "human-contact"),
        ("nl", ["trust", "privacy", "accessibility"],
         "Een training voor de collega's van de klantenservice over het gesprek met wantrouwige "
         "bellers", "trust"),
        ("en", ["privacy", "efficiency", "human-contact"],
         "Library staff stay on the floor so visitors can talk to someone", "human-contact"),
    ],
)  # fmt: skip
def test_staff_options_with_contact_or_trust_words_are_tied_to_that_value(
    value_suggester: ValueSuggester, language: str, keys: list[str], option: str, protects: str
) -> None:
    entries = {entry.id: entry for entry in value_suggester.catalogue.values}
    chosen = [
        Value(id=f"v{n}", name=entries[key].text(language).name, key=key, priority=n)
        for n, key in enumerate(keys, start=1)
    ]
    best = value_suggester.best_value(option, chosen)
    assert best is not None and best.key == protects, (option, best)
