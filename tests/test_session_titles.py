"""A session's short title names the technology in a few of the user's own words (Dutch and
English); the session list, the status line and the brief show it, and the case keeps the full
description."""

from __future__ import annotations

from ui_client import Api, texts

from assistant.domain.session import Session
from assistant.language.titles import TITLE_WORDS, session_title, short_title
from assistant.store.base import session_row


def test_short_title_names_the_thing_after_its_article():
    assert (
        short_title(
            "wij willen als waterschap een drone met een warmtecamera laten vliegen die "
            "lekkages in dijken opspoort"
        )
        == "Drone met een warmtecamera"
    )
    assert (
        short_title(
            "Our library wants to try a lending robot that brings books to people at home, "
            "its only an idea"
        )
        == "Lending robot"
    )


def test_short_title_leaves_out_the_verb_of_use_and_the_clause_after_it():
    assert (
        short_title("de provincie wil een spraakbot op de klachtenlijn zetten die klachten noteert")
        == "Spraakbot op de klachtenlijn"
    )
    assert (
        short_title("We are testing a parking app for the harbour area, because it is busy")
        == "Parking app for the harbour area"
    )


def test_short_title_of_a_generic_word_says_what_it_does():
    assert short_title("We gebruiken een app die meldingen over zwerfafval op een kaart zet") == (
        "App die meldingen over zwerfafval…"
    )
    assert short_title("our team uses an AI that reads incoming invoices and books them") == (
        "AI that reads incoming invoices and…"
    )


def test_short_title_skips_headings_brackets_and_framing():
    assert short_title("Kort: de gemeente (Almelo) zet sensoren in de containers") == (
        "Sensoren in de containers"
    )
    assert short_title("Het gaat om de parkeerscanauto's in het centrum") == (
        "Parkeerscanauto's in het centrum"
    )
    assert short_title("It's about the new intake procedure for volunteers") == (
        "New intake procedure for volunteers"
    )


def test_short_title_is_short_and_marks_a_cut():
    title = short_title(
        "Elke week sturen alle bewoners van de binnenstad hun meterstanden door via de website"
    )
    assert title.endswith("…")
    assert len(title.rstrip("…").split()) <= TITLE_WORDS
    assert short_title("") == "" and short_title("  \n ") == ""
    assert short_title("fietstelling") == "Fietstelling"


def test_session_title_prefers_the_title_a_person_gave():
    session = Session(language="en")
    session.case.technology = "we want to use a noise camera on the ring road to fine loud cars"
    assert session_title(session) == "Noise camera on the ring road"
    assert session_row(session)["title"] == "Noise camera on the ring road"
    session.title = "Geluidsflitser  ring"
    assert session_title(session) == "Geluidsflitser ring"


def test_session_list_and_status_line_show_the_short_title_in_both_languages(ui_server):
    cases = {
        "nl": (
            "we willen als gemeente een chatbot op de website zetten die vragen over afval "
            "beantwoordt, het is nog een idee",
            "Chatbot op de website",
        ),
        "en": (
            "Our port authority wants to use a drone with a camera to inspect the quay walls "
            "every month",
            "Drone with a camera",
        ),
    }
    for lang, (message, title) in cases.items():
        api = Api(ui_server.url)
        api.load(lang)
        if lang == "en":
            api.call("set_language", "en")
        out = api.send(message, lang)
        assert texts(out["Gesprek"], "user") == [message]
        info = str(api.shown["session"])
        assert f"**{title}**" in info, info
        choices = out["Opgeslagen sessies"]["choices"]  # the API names outputs by first label
        assert any(label.startswith(f"{title} · ") for label, _ in choices), choices
        sid = choices[0][1]
        case = ui_server.services.chat.load(sid).case
        assert case.technology.startswith(message.split(",")[0][:40])  # the full text stays


def test_brief_has_the_short_title_and_quotes_a_technology_told_as_a_sentence():
    from assistant.brief.builder import BriefInput, build_brief
    from assistant.knowledge.catalogue import Catalogue
    from assistant.paths import PROJECT_ROOT

    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    told = {
        "nl": ("we willen een spraakbot op de klachtenlijn zetten die klachten noteert",
               "Spraakbot op de klachtenlijn", "De casus in eigen woorden: We willen een"),
        "en": ("our team wants a parking app for the harbour area that shows free spots",
               "Parking app for the harbour area", "The case in its owner's words: Our team"),
    }  # fmt: skip
    for language, (technology, title, summary) in told.items():
        session = Session(language=language)  # type: ignore[arg-type]
        session.case.technology = technology
        brief = build_brief(BriefInput.from_session(session), catalogue, None, language)  # type: ignore[arg-type]
        assert brief.title == title
        assert brief.case_summary.startswith(summary), brief.case_summary
    session = Session(language="nl")
    session.case.technology = "Een spraakbot op de klachtenlijn"
    brief = build_brief(BriefInput.from_session(session), catalogue, None, "nl")
    assert brief.case_summary.startswith("Het gaat om een spraakbot op de klachtenlijn")


def test_short_title_of_a_generic_word_used_as_an_instrument_is_the_sentence_start():
    assert short_title("De waterschappen meten met een sensor elke dag het peil in sloten") == (
        "Waterschappen meten met een sensor elke…"
    )
    assert short_title("The fire brigade checks with an app every hydrant twice a year") == (
        "Fire brigade checks with an app…"
    )


def test_markdown_export_is_headed_by_the_short_title_and_keeps_the_full_text():
    from assistant.store.export import to_markdown

    for language, technology, title in (
        (
            "nl",
            "wij willen een parkeerapp voor de haven die vrije plekken toont",
            "Parkeerapp voor de haven",
        ),
        (
            "en",
            "we want a parking app for the harbour that shows free spots",
            "Parking app for the harbour",
        ),
    ):
        session = Session(language=language)  # type: ignore[arg-type]
        session.case.technology = technology
        md = to_markdown(session)
        assert md.startswith(f"# {title}\n"), md[:80]
        assert technology in md


def test_short_title_names_recognition_and_satellites_as_technology():
    assert (
        short_title(
            "We willen gezichtsherkenning gebruiken bij de poortjes: de computer vergelijkt "
            "een foto met het paspoort"
        )
        == "Gezichtsherkenning"
    )
    assert (
        short_title("we gebruiken satellietbeelden om sloten te controleren") == "Satellietbeelden"
    )
