"""People who are never told something about themselves ("buren krijgen nooit te horen dat ...",
"patients never hear that ...", "are never told who ..."): a negative effect for them."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader


def test_never_told_is_negative_nl(message_reader: Reader) -> None:
    for text in (
        "Buren krijgen misschien nooit te horen dat hun straat gefilmd wordt.",
        "Huurders horen nooit wat er met hun meterstanden gebeurt.",
    ):
        reading = read_in(message_reader, text, ("Buren", "Huurders"), "nl", "een slimme meter")
        assert [d for _, d, _ in told(reading)] == ["negative"], text


def test_never_told_is_negative_en(message_reader: Reader) -> None:
    for text in (
        "Patients may never hear that a model sorted their referral.",
        "Drivers are never told who looked at their route.",
    ):
        reading = read_in(message_reader, text, ("Patients", "Drivers"), "en", "a triage model")
        assert [d for _, d, _ in told(reading)] == ["negative"], text
