"""The session brief's formats carry names people know ("Word (.docx)"), in the page's language,
while the brief handler still gets the file type."""

from __future__ import annotations

from pathlib import Path

from ui_client import Api

from assistant.ui.layout import brief_choices

FORMAT = "Formaat van de sessiebrief"  # the API names outputs by their first (Dutch) label


def test_brief_formats_are_named_in_both_languages():
    assert brief_choices("nl") == [
        ("Word (.docx)", "docx"),
        ("PDF", "pdf"),
        ("Markdown (.md, platte tekst)", "md"),
    ]
    assert ("Markdown (.md, plain text)", "md") in brief_choices("en")


def test_language_switch_renames_the_brief_formats_and_a_brief_still_downloads(ui_server):
    api = Api(ui_server.url)
    api.load("nl")
    api.send("We willen een chatbot op de website die vragen over afval beantwoordt")
    out = api.call("set_language", "en")
    choices = [tuple(choice) for choice in out[FORMAT]["choices"]]
    assert choices == brief_choices("en")
    assert out[FORMAT]["label"] == "Format of the session brief"
    out = api.call("brief", "en", "md")
    path = out["Download"]
    path = path["value"] if isinstance(path, dict) else path
    text = Path(path if isinstance(path, str) else path["path"]).read_text(encoding="utf-8")
    assert text.startswith("# ") and "Chatbot op de website" in text.splitlines()[0]
