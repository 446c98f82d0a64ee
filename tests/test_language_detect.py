"""Language detection on what users type: short Dutch and English chat messages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.language.detect import detect_language, language_scores

MESSAGES = Path(__file__).parent / "data" / "language" / "short-messages.yaml"


def _messages() -> list[tuple[str, str]]:
    data = yaml.safe_load(MESSAGES.read_text(encoding="utf-8"))
    return [(text, language) for language, texts in data.items() for text in texts]


def test_short_chat_messages_are_told_apart() -> None:
    messages = _messages()
    assert len(messages) >= 100
    found = [(text, language, detect_language(text)) for text, language in messages]
    wrong = [(text, language, got) for text, language, got in found if got not in (None, language)]
    undecided = [text for text, _, got in found if got is None]
    assert wrong == []
    assert len(undecided) <= 3, undecided  # "privacy en autonomie" is a fair doubt


@pytest.mark.parametrize("text", ["OK.", "privacy", "pilot", "AI", "1", "...", ""])
def test_a_word_both_languages_share_gives_the_default(text: str) -> None:
    assert detect_language(text) is None
    assert detect_language(text, default="en") == "en"


def test_a_long_reply_that_quotes_the_other_language_gets_its_own() -> None:
    reply = (  # the guided backend's reply in evals/nl-taalwissel-engels.yaml, turn 4
        "This is the case as I have it now:\n- Technology: De gemeente Groningen gebruikt een "
        "algoritme dat voorspelt welke straten het eerst onderhoud nodig hebben, op basis van "
        "meldingen van inwoners en sensordata.\n- Context: De gemeente Groningen\n- Decisions: "
        "The public works department uses it to plan road maintenance.\n- Stage: unknown\n\n"
        "Is this right? Feel free to add something, or say 'next' to go on to the actors: who "
        "is involved?"
    )
    assert 0.55 < language_scores(reply)["en"] < 0.7
    assert detect_language(reply) == "en"


def test_scores_are_the_two_languages_probabilities() -> None:
    scores = language_scores("De gemeente bewaart de beelden achtentwintig dagen.")
    assert set(scores) == {"nl", "en"} and scores["nl"] > 0.9
    assert abs(scores["nl"] + scores["en"] - 1) < 0.01
