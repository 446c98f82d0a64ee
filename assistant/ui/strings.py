"""Every text the web UI shows, in Dutch and English, in one place.

``TEXT[key] = (dutch, english)``; ``t(language, key, **values)`` picks and fills one. Texts from the
method engine (replies, notices inside replies) come from ``prompts/``; this file holds only the
interface around the conversation.
"""

from __future__ import annotations

from assistant.domain.session import Language
from assistant.language.labels import label_pair

LANGUAGES: list[tuple[str, str]] = [("Nederlands", "nl"), ("English", "en")]


def _asked(key: str, dutch: str, english: str) -> tuple[str, str]:
    """A case field's label followed by the question it answers."""
    label_nl, label_en = label_pair(key)
    return f"{label_nl}: {dutch}", f"{label_en}: {english}"


TEXT: dict[str, tuple[str, str]] = {
    # header and status
    "title": ("Begeleidingsethiek-assistent", "Guidance ethics assistant"),
    "heading": ("## Begeleidingsethiek-assistent", "## Guidance ethics assistant"),
    "intro": (
        "Denk een technologie stap voor stap door: van de casus naar actoren, effecten, waarden "
        "en handelingsopties. De assistent geeft geen oordeel, wel richting. "
        "Alles blijft op deze computer.",
        "Think a technology through step by step: from the case to actors, effects, values and "
        "handling options. The assistant gives guidance, not a verdict. "
        "Everything stays on this computer.",
    ),
    "language": ("Taal", "Language"),
    # the page served while the web interface is still loading (ui/startup_page.py)
    "startup_loading": (
        "De assistent start op. Deze pagina gaat vanzelf verder zodra hij klaar is.",
        "The assistant is starting. This page continues by itself as soon as it is ready.",
    ),
    "startup_elapsed": ("Bezig sinds {s} seconden.", "Starting for {s} seconds."),
    "startup_private": (
        "Alles blijft op deze computer; er wordt niets van elders geladen.",
        "Everything stays on this computer; nothing is loaded from elsewhere.",
    ),
    "status_ollama_ok": ("Taalmodel: Ollama ({model}).", "Language model: Ollama ({model})."),
    "status_ollama_down": (
        "Ollama niet bereikbaar; begeleide modus (zonder taalmodel).",
        "Ollama not reachable; guided mode (no language model).",
    ),
    "status_ollama_model_missing": (
        "Ollama-model {model} ontbreekt; begeleide modus (zonder taalmodel).",
        "Ollama model {model} is missing; guided mode (no language model).",
    ),
    "status_guided": (
        "Begeleide modus: vragen en voorstellen uit de methode, zonder taalmodel.",
        "Guided mode: questions and proposals from the method, without a language model.",
    ),
    "status_embedded": (
        "Ingebouwd taalmodel (SmolLM2, klein en Engelstalig).",
        "Embedded language model (SmolLM2, small and English only).",
    ),
    "status_ollama": ("Taalmodel: Ollama ({model}).", "Language model: Ollama ({model})."),
    "fix": ("Oplossing", "Fix"),
    "fix_ollama_down": (
        "start Ollama met `ollama serve`, of zet OLLAMA_HOST op het adres van je Ollama-server",
        "start Ollama with `ollama serve`, or set OLLAMA_HOST to your Ollama server's address",
    ),
    "fix_ollama_model_missing": (
        "haal het model op met `ollama pull {model}`",
        "fetch the model with `ollama pull {model}`",
    ),
    "ready_index": (
        "⏳ De kennisbank wordt opgebouwd (alleen de eerste keer) · {seconds} s. Je kunt al "
        "beginnen; het eerste antwoord wacht tot ze klaar is.",
        "⏳ Building the knowledge base (first use only) · {seconds} s. You can start already; "
        "the first answer waits until it is ready.",
    ),
    "ready_models": (
        "⏳ Het taalmodel voor zoeken en suggesties wordt geladen · {seconds} s.",
        "⏳ Loading the model for search and suggestions · {seconds} s.",
    ),
    "ready_failed": (
        "⚠️ De kennisbank kon niet worden voorbereid: {error}",
        "⚠️ The knowledge base could not be prepared: {error}",
    ),
    "logged_in": ("Ingelogd als **{user}**.", "Logged in as **{user}**."),
    "auth_message": (
        "Log in om je eigen sessies te zien. / Log in to see your own sessions.",
        "Log in om je eigen sessies te zien. / Log in to see your own sessions.",
    ),
    # steps
    "steps": (
        "Stappen (klik om naar een stap te gaan, terug of vooruit)",
        "Steps (click to go to a step, back or forward)",
    ),
    # chat
    "chat": ("Gesprek", "Conversation"),
    "message": ("Jouw bericht", "Your message"),
    "placeholder": (
        "Beschrijf de technologie of beantwoord de vraag. Typ 'volgende' of 'terug' om te "
        "wisselen van stap. Enter verstuurt, Shift+Enter begint een nieuwe regel.",
        "Describe the technology or answer the question. Type 'next' or 'back' to change step. "
        "Enter sends, Shift+Enter starts a new line.",
    ),
    "send": ("Verstuur", "Send"),
    "sources": ("Bronnen bij het laatste antwoord", "Sources of the latest answer"),
    "proposals_open": (
        '**Voorstellen** (neem ze over met bijvoorbeeld "neem 1 en 3" of "neem ze over")',
        '**Proposals** (adopt them with, for example, "take 1 and 3" or "take them")',
    ),
    "sources_none": (
        "_Het laatste antwoord gebruikt geen bronnen uit de kennisbank._",
        "_The latest answer uses no sources from the knowledge base._",
    ),
    "sources_answer": ("Antwoord {n} · {step}", "Answer {n} · {step}"),
    "session_gone": (
        "Het gesprek van deze pagina is hier niet (meer) te vinden.",
        "This page's conversation cannot be found here (any more).",
    ),
    "message_kept": (
        "Je bericht is niet verstuurd en staat nog in het invoervak.",
        "Your message was not sent and is still in the message box.",
    ),
    "session_gone_fix": (
        "herlaad de pagina; je ziet dan je eigen opgeslagen sessies",
        "reload the page; you will then see your own saved sessions",
    ),
    "session_restarted": (
        "Het gesprek dat deze browser onthield, is er niet meer (verwijderd?); er is een nieuw "
        "gesprek begonnen.",
        "The conversation this browser remembered is gone (deleted?); a new one was started.",
    ),
    "empty_message": (
        "Typ eerst een bericht; een leeg bericht wordt niet verstuurd.",
        "Type a message first; an empty message is not sent.",
    ),
    "notice_truncated": (
        "Je bericht was langer dan {limit} tekens; alleen het begin is gebruikt.",
        "Your message was longer than {limit} characters; only the beginning was used.",
    ),
    "notice_backend_failed": (
        "Het taalmodel viel uit tijdens het antwoord; de tekst tot dat moment is bewaard.",
        "The language model failed during the reply; the text up to that point is kept.",
    ),
    "notice_index_building": (
        "De kennisbank wordt nog opgebouwd; dit antwoord is zonder bronnen.",
        "The knowledge base is still being built; this answer has no sources.",
    ),
    "notice_retrieval_failed": (
        "De kennisbank kon niet worden doorzocht; het gesprek gaat verder zonder bronnen.",
        "The knowledge base could not be searched; the conversation goes on without sources.",
    ),
    # canvas
    "canvas": ("Canvas", "Canvas"),
    "tab_case": label_pair("step.case"),
    "tab_actors": label_pair("step.actors"),
    "tab_effects": label_pair("step.effects"),
    "tab_values": label_pair("step.values"),
    "tab_options": label_pair("step.options"),
    "tab_sessions": ("Sessies", "Sessions"),
    "table_help": (
        "Pas een cel aan, vul de lege onderste regel om iets toe te voegen of maak de tekst leeg "
        "om het te verwijderen. Klik daarna op **Opslaan**; het gesprek gaat verder vanaf "
        "wat hier staat.",
        "Change a cell, fill the empty bottom row to add something, or clear the text to remove "
        "it. Then click **Save**; the conversation continues from what is here.",
    ),
    "save": ("Opslaan", "Save"),
    "saved": ("Opgeslagen: {n} wijziging(en).", "Saved: {n} change(s)."),
    "no_changes": ("Geen wijzigingen om op te slaan.", "No changes to save."),
    "case_technology": _asked(
        "case.technology", "wat is het, wat doet het?", "what is it, what does it do?"
    ),
    "case_context": _asked(
        "case.context", "waar, bij welke organisatie?", "where, in which organisation?"
    ),
    "case_users": _asked("case.users", "wie gebruikt het?", "who uses it?"),
    "case_decisions": _asked(
        "case.decisions", "welke worden ermee genomen?", "which are taken with it?"
    ),
    "case_stage": label_pair("case.stage"),
    "case_notes": label_pair("case.notes"),
    "stage_idea": label_pair("stage.idea", capital=True),
    "stage_pilot": label_pair("stage.pilot", capital=True),
    "stage_in_use": label_pair("stage.in_use", capital=True),
    "stage_unknown": label_pair("stage.unknown", capital=True),
    "col_id": ("id", "id"),
    "col_name": ("Naam", "Name"),
    "col_group": ("Groep", "Group"),
    "col_actor": ("Actor", "Actor"),
    "col_direction": ("+/−", "+/−"),
    "col_text": ("Tekst", "Text"),
    "col_definition": ("Definitie", "Definition"),
    "col_priority": label_pair("priority"),
    "col_effects": label_pair("step.effects"),
    "values_help": (
        "Prioriteit: 1 is het belangrijkst; laat de cel leeg voor een waarde die je niet kiest. "
        "Een nieuwe waarde uit de waardenlijst krijgt vanzelf haar definitie.",
        "Priority: 1 is the most important; leave the cell empty for a value you do not choose. "
        "A new value from the value catalogue gets its definition by itself.",
    ),
    "col_values": ("Beschermt waarden", "Protects values"),
    "group_users": label_pair("group.users"),
    "group_affected": label_pair("group.affected"),
    "group_professionals": label_pair("group.professionals"),
    "group_management": label_pair("group.management"),
    "group_technical": label_pair("group.technical"),
    "group_oversight": label_pair("group.oversight"),
    "group_other": label_pair("group.other"),
    "kind_design": label_pair("kind.design"),
    "kind_environment": label_pair("kind.environment"),
    "kind_human": label_pair("kind.human"),
    "bad_direction": (
        "Richting '{cell}' bij effect '{text}' is onduidelijk",
        "Direction '{cell}' of effect '{text}' is unclear",
    ),
    "bad_direction_fix": ("gebruik + of −", "use + or −"),
    "bad_group": ("Onbekende groep '{cell}' bij '{text}'", "Unknown group '{cell}' for '{text}'"),
    "bad_group_fix": ("gebruik een van: {choices}", "use one of: {choices}"),
    "bad_actor": (
        "Onbekende actor '{cell}' bij effect '{text}'",
        "Unknown actor '{cell}' for effect '{text}'",
    ),
    "bad_actor_fix": (
        "gebruik een naam uit het tabblad Actoren, of laat de cel leeg",
        "use a name from the Actors tab, or leave the cell empty",
    ),
    "bad_value": (
        "Onbekende waarde '{cell}' bij optie '{text}'",
        "Unknown value '{cell}' for option '{text}'",
    ),
    "bad_value_fix": (
        "gebruik namen uit het tabblad Waarden, gescheiden door komma's",
        "use names from the Values tab, separated by commas",
    ),
    "bad_priority": (
        "Prioriteit '{cell}' bij '{text}' is geen getal",
        "Priority '{cell}' of '{text}' is not a number",
    ),
    "bad_priority_fix": (
        "vul een heel getal in (1 = belangrijkst) of laat de cel leeg",
        "enter a whole number (1 = most important) or leave the cell empty",
    ),
    # map
    "map": (
        "Kaart: actoren → effecten → waarden → opties",
        "Map: actors → effects → values → options",
    ),
    "map_download": ("Download kaart (PNG)", "Download map (PNG)"),
    "map_file": ("kaart", "map"),
    # sessions
    "session_current": (
        "Sessie **{title}** · `{id}` · stap {step} · berichten: {turns} · automatisch bewaard",
        "Session **{title}** · `{id}` · step {step} · messages: {turns} · saved automatically",
    ),
    "untitled": ("(nog zonder titel)", "(no title yet)"),
    "sessions": ("Opgeslagen sessies", "Saved sessions"),
    "resume": ("Hervatten", "Resume"),
    "new": ("Nieuwe sessie", "New session"),
    "delete": ("Verwijderen", "Delete"),
    "delete_confirm": ("Ja, definitief verwijderen", "Yes, delete for good"),
    "delete_ask": (
        "De gekozen sessie wordt definitief verwijderd. Exporteer haar eerst als je haar wilt "
        "bewaren.",
        "The chosen session will be deleted for good. Export it first if you want to keep it.",
    ),
    "deleted": ("Sessie verwijderd.", "Session deleted."),
    "cancel": ("Annuleren", "Cancel"),
    "pick_session": ("Kies eerst een sessie in de lijst.", "Pick a session from the list first."),
    "export": ("**Exporteren en delen**", "**Export and share**"),
    "export_json": ("Exporteer JSON", "Export JSON"),
    "export_md": ("Exporteer Markdown", "Export Markdown"),
    "brief_format": ("Formaat van de sessiebrief", "Format of the session brief"),
    "brief_fmt_docx": ("Word (.docx)", "Word (.docx)"),
    "brief_fmt_pdf": ("PDF", "PDF"),
    "brief_fmt_md": ("Markdown (.md, platte tekst)", "Markdown (.md, plain text)"),
    "brief": ("Maak sessiebrief", "Make session brief"),
    "download": ("Download", "Download"),
    "share": ("Uitkomst delen…", "Share outcome…"),
    "share_ask": (
        "**Wat wordt gedeeld?** Alleen de uitkomst: de technologie, de context, de waarden en de "
        "handelingsopties. Het gesprek zelf wordt **niet** gedeeld. Namen, e-mailadressen en "
        "telefoonnummers worden eruit gehaald. De uitkomst komt in de lokale kennisbank, zodat "
        "latere sessies over vergelijkbare technologie ervan kunnen leren.",
        "**What is shared?** Only the outcome: the technology, the context, the values and the "
        "handling options. The conversation itself is **not** shared. Names, e-mail addresses "
        "and phone numbers are removed. The outcome goes into the local knowledge base, so that "
        "later sessions about similar technology can learn from it.",
    ),
    "share_confirm": ("Ja, deel de uitkomst", "Yes, share the outcome"),
    "shared": (
        "Gedeeld als '{id}'. Latere sessies over vergelijkbare technologie kunnen deze uitkomst "
        "vinden.",
        "Shared as '{id}'. Later sessions about similar technology can find this outcome.",
    ),
    "share_too_early": (
        "Er is nog geen uitkomst om te delen",
        "There is no outcome to share yet",
    ),
    "share_too_early_fix": (
        "werk eerst alle stappen door, tot en met de samenvatting",
        "first work through all the steps, up to and including the summary",
    ),
    # Gradio's own texts (toasts), in the page's language
    "gradio_lost": (
        "De verbinding met de server is verbroken. Zodra de server terug is, laadt de pagina "
        "opnieuw en gaat je gesprek verder; een bericht dat je nog niet verstuurde, blijft "
        "bewaard.",
        "Connection to the server was lost. As soon as the server is back, the page reloads and "
        "your conversation continues; a message you have not sent yet is kept.",
    ),
    "gradio_errored": (
        "De verbinding met de server is mislukt; je bericht is niet verstuurd. Probeer het zo "
        "opnieuw.",
        "Connection errored out; your message was not sent. Try again in a moment.",
    ),
    "gradio_lost_title": ("Verbinding verbroken", "Connection lost"),
    "gradio_error": ("Fout", "Error"),
    "gradio_warning": ("Let op", "Warning"),
    "gradio_info": ("Info", "Info"),
    "gradio_queue_full": (
        "Het is erg druk; probeer het over een paar seconden opnieuw.",
        "It is very busy; try again in a few seconds.",
    ),
    # errors at the edge
    "err_NotFound": ("Niet gevonden.", "Not found."),
    "err_SessionGone": ("Sessie niet gevonden.", "Session not found."),
    "not_yours": (
        "Die sessie bestaat niet (meer), of hoort niet bij deze browser.",
        "That session does not exist (any more), or does not belong to this browser.",
    ),
    "not_yours_fix": (
        "kies een sessie uit de lijst Opgeslagen sessies",
        "pick a session from the list of saved sessions",
    ),
    "err_InputError": ("Dit kon niet worden gebruikt.", "This could not be used."),
    "err_BackendUnavailable": (
        "Het taalmodel is niet beschikbaar.",
        "The language model is not available.",
    ),
    "err_BackendFailed": ("Het taalmodel gaf een fout.", "The language model failed."),
    "err_IndexBroken": ("Probleem met de kennisbank.", "Problem with the knowledge base."),
    "err_ConfigError": ("Probleem met de instellingen.", "Problem with the settings."),
    "err_other": ("Er ging iets mis.", "Something went wrong."),
    "err_unexpected": (
        "Er ging onverwacht iets mis; je sessie is bewaard. Probeer het opnieuw of herlaad de "
        "pagina.",
        "Something unexpected went wrong; your session is saved. Try again or reload the page.",
    ),
    "err_login": ("Je bent niet ingelogd.", "You are not logged in."),
    "err_login_fix": ("herlaad de pagina en log in", "reload the page and log in"),
}


def t(language: str, key: str, **values: object) -> str:
    """The text ``key`` in ``language`` (Dutch for anything but ``en``), filled with ``values``."""
    dutch, english = TEXT[key]
    text = english if language == "en" else dutch
    return text.format(**values) if values else text


def lang_of(value: str | None) -> Language:
    """A safe language code from user input (the language switch, the browser's memory)."""
    return "en" if value == "en" else "nl"
