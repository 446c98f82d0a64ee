"""The components of the web UI and where they sit: chat and sources on the left, the live canvas
(case, actors, effects, values, options, map, sessions) on the right, a step indicator above.

``build_layout`` must run inside a ``gr.Blocks`` context; it returns the components in a
``Widgets`` object. Every visible text is registered with its string key, so the language switch
can relabel the whole page (``Widgets.relabel``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from assistant.domain.session import OPTION_KINDS, Step
from assistant.ui.canvas import STATIC, WIDTHS, headers
from assistant.ui.strings import LANGUAGES, t
from assistant.ui.views import step_choices

STAGES = ("idea", "pilot", "in_use", "unknown")
BRIEF_FORMATS = ("docx", "pdf", "md")
MAX_CELL_CHARS = 140  # longer texts show in full when the cell is clicked
CASE_FIELDS = ("technology", "context", "users", "decisions", "notes")
TAB_OF_STEP = {
    Step.CASE: "case",
    Step.ACTORS: "actors",
    Step.EFFECTS: "effects",
    Step.VALUES: "values",
    Step.OPTIONS: "options",
    Step.SUMMARY: "options",
}


def stage_choices(language: str) -> list[tuple[str, str]]:
    return [(t(language, f"stage_{stage}"), stage) for stage in STAGES]


def brief_choices(language: str) -> list[tuple[str, str]]:
    """The brief's formats by the names people know ("Word (.docx)"), not bare file types."""
    return [(t(language, f"brief_fmt_{fmt}"), fmt) for fmt in BRIEF_FORMATS]


@dataclass
class Widgets:
    """Every component a handler reads or writes."""

    c: dict[str, Any] = field(default_factory=dict)
    labels: list[tuple[Any, str, str]] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["c"][name]
        except KeyError as exc:
            raise AttributeError(name) from exc

    def add(self, name: str, component: Any, **texts: str) -> Any:
        """Keep ``component`` as ``name``; ``texts`` map its attributes to string keys."""
        self.c[name] = component
        self.labels += [(component, attr, key) for attr, key in texts.items()]
        return component

    def relabel(self, language: str) -> dict[Any, Any]:
        """Updates that put every registered text in ``language``."""
        updates: dict[Any, dict[str, Any]] = {}
        for component, attr, key in self.labels:
            updates.setdefault(component, {})[attr] = t(language, key)
        updates.setdefault(self.stepper, {})["choices"] = step_choices(language)
        updates.setdefault(self.case_stage, {})["choices"] = stage_choices(language)
        updates.setdefault(self.brief_format, {})["choices"] = brief_choices(language)
        return {component: gr.update(**attrs) for component, attrs in updates.items()}

    @property
    def canvas_tables(self) -> list[Any]:
        return [self.actors, self.effects, self.values, *self.options.values()]


def _header(w: Widgets, language: str) -> None:
    with gr.Row(equal_height=True):
        with gr.Column(scale=5):
            w.add("title", gr.Markdown(t(language, "heading")), value="heading")
            w.add("intro", gr.Markdown(t(language, "intro")), value="intro")
        with gr.Column(scale=1, min_width=160):
            w.add(
                "lang",
                # not clickable before the page's first load has answered: that answer sets the
                # language, and would undo a click made before it
                gr.Radio(
                    LANGUAGES,
                    value=language,
                    elem_id="language",
                    show_label=False,
                    interactive=False,
                ),
            )
    w.add("status", gr.Markdown("", label="status", elem_id="status"))
    banner = gr.Markdown("", label="banner", elem_id="banner", elem_classes=["banner"])
    w.add("banner", banner)
    w.add(
        "stepper",
        gr.Radio(
            step_choices(language),
            value=Step.CASE.value,
            label=t(language, "steps"),
            elem_id="stepper",
            elem_classes=["stepper"],
        ),
        label="steps",
    )


def _chat_column(w: Widgets, language: str) -> None:
    w.add(
        "chat",
        gr.Chatbot(
            label=t(language, "chat"),
            show_label=False,
            height=560,
            elem_id="chat",
            feedback_options=None,
            buttons=["copy"],
            layout="bubble",
            sanitize_html=True,
            allow_tags=False,
            latex_delimiters=[],
            allow_file_downloads=False,
        ),
        label="chat",
    )
    with gr.Row(equal_height=False, elem_id="compose"):
        w.add(
            "message",
            gr.Textbox(
                label=t(language, "message"),
                placeholder=t(language, "placeholder"),
                lines=1,  # Enter sends, Shift+Enter starts a new line (a chat's habit);
                max_lines=8,  # with more lines Gradio sends on Shift+Enter only
                scale=8,
                elem_id="message",
                interactive=False,  # until the page's first load has answered (see "lang")
            ),
            label="message",
            placeholder="placeholder",
        )
        send = gr.Button(
            t(language, "send"), variant="primary", scale=1, elem_id="send", interactive=False
        )
        w.add("send", send, value="send")
    info = gr.Markdown("", label="session", elem_id="session-info", elem_classes=["session-info"])
    w.add("session_info", info)
    with gr.Accordion(t(language, "sources"), open=True, elem_id="sources") as accordion:
        w.add("sources_box", accordion, label="sources")
        sources = gr.Markdown(
            t(language, "sources_none"),
            label="sources",
            elem_id="sources-list",
            elem_classes=["sources"],
        )
        w.add("sources", sources)


def _table(w: Widgets, name: str, kind: str, language: str, label: str) -> Any:
    table = gr.Dataframe(
        value={"headers": headers(kind, language), "data": [[""] * len(headers(kind, language))]},
        headers=headers(kind, language),
        type="array",
        datatype="str",
        interactive=True,
        static_columns=STATIC[kind],
        column_widths=WIDTHS[kind],
        max_chars=MAX_CELL_CHARS,
        wrap=True,
        label=t(language, label),
        elem_id=f"table-{name}",
        elem_classes=["canvas-table"],
        max_height=420,
        buttons=["fullscreen"],
    )
    return w.add(name, table, label=label)


def _save(w: Widgets, name: str, language: str) -> Any:
    button = gr.Button(t(language, "save"), variant="primary", size="sm", elem_id=f"save-{name}")
    return w.add(f"save_{name}", button, value="save")


def _case_tab(w: Widgets, language: str) -> None:
    for name in CASE_FIELDS:
        box = gr.Textbox(label=t(language, f"case_{name}"), lines=2, elem_id=f"case-{name}")
        w.add(f"case_{name}", box, label=f"case_{name}")
    stage = gr.Dropdown(
        stage_choices(language),
        value="unknown",
        label=t(language, "case_stage"),
        elem_id="case-stage",
    )
    w.add("case_stage", stage, label="case_stage")
    _save(w, "case", language)


def _canvas_tabs(w: Widgets, language: str) -> None:
    w.add("proposals", gr.Markdown("", elem_id="proposals"))
    with gr.Tabs(selected="case", elem_id="canvas") as tabs:
        w.add("tabs", tabs)
        with gr.Tab(t(language, "tab_case"), id="case") as tab:
            w.add("tab_case", tab, label="tab_case")
            _case_tab(w, language)
        for name, kind in (("actors", "actor"), ("effects", "effect"), ("values", "value")):
            with gr.Tab(t(language, f"tab_{name}"), id=name) as tab:
                w.add(f"tab_{name}", tab, label=f"tab_{name}")
                w.add(f"help_{name}", gr.Markdown(t(language, "table_help")), value="table_help")
                if name == "values":
                    w.add(
                        "help_priority",
                        gr.Markdown(t(language, "values_help")),
                        value="values_help",
                    )
                _table(w, name, kind, language, f"tab_{name}")
                _save(w, name, language)
        with gr.Tab(t(language, "tab_options"), id="options") as tab:
            w.add("tab_options", tab, label="tab_options")
            w.add("help_options", gr.Markdown(t(language, "table_help")), value="table_help")
            w.c["options"] = {
                kind: _table(w, f"options_{kind}", "option", language, f"kind_{kind}")
                for kind in OPTION_KINDS
            }
            _save(w, "options", language)
        with gr.Tab(t(language, "tab_sessions"), id="sessions") as tab:
            w.add("tab_sessions", tab, label="tab_sessions")
            _sessions_tab(w, language)


def _map(w: Widgets, language: str) -> None:
    """The picture of the result, full width under the chat and the canvas: an SVG drawn in the
    page (no file, no request), which the browser itself turns into a PNG download."""
    with gr.Accordion(t(language, "map"), open=True, elem_id="map-box") as box:
        w.add("map_box", box, label="map")
        w.add("map", gr.HTML("", label="map", elem_id="map", js_on_load=None, padding=False))
        button = gr.Button(
            t(language, "map_download"), size="sm", elem_id="map-download", variant="secondary"
        )
        w.add("map_download", button, value="map_download")


def _confirm(w: Widgets, name: str, language: str, ask: str, yes: str) -> None:
    with gr.Group(visible=False, elem_classes=["confirm"]) as group:
        w.add(f"{name}_box", group)
        w.add(f"{name}_ask", gr.Markdown(t(language, ask)), value=ask)
        with gr.Row():
            yes_button = gr.Button(
                t(language, yes), variant="stop", size="sm", elem_id=f"{name}-yes"
            )
            w.add(f"{name}_yes", yes_button, value=yes)
            w.add(f"{name}_no", gr.Button(t(language, "cancel"), size="sm"), value="cancel")


def _sessions_tab(w: Widgets, language: str) -> None:
    sessions = gr.Dropdown(
        [],
        label=t(language, "sessions"),
        elem_id="sessions",
        interactive=True,
        allow_custom_value=True,  # the owner check decides what may be opened, not the list
    )
    w.add("sessions", sessions, label="sessions")
    with gr.Row():
        w.add(
            "resume", gr.Button(t(language, "resume"), size="sm", elem_id="resume"), value="resume"
        )
        w.add("new", gr.Button(t(language, "new"), size="sm", elem_id="new"), value="new")
        w.add("delete", gr.Button(t(language, "delete"), size="sm", variant="stop"), value="delete")
    _confirm(w, "delete", language, "delete_ask", "delete_confirm")
    w.add("export_title", gr.Markdown(t(language, "export")), value="export")
    with gr.Row():
        w.add("export_json", gr.Button(t(language, "export_json"), size="sm"), value="export_json")
        w.add("export_md", gr.Button(t(language, "export_md"), size="sm"), value="export_md")
    with gr.Row(equal_height=False):
        fmt = gr.Dropdown(
            brief_choices(language),
            value="docx",
            label=t(language, "brief_format"),
            elem_id="brief-format",
        )
        w.add("brief_format", fmt, label="brief_format")
        w.add("brief", gr.Button(t(language, "brief"), size="sm"), value="brief")
    download = gr.File(label=t(language, "download"), interactive=False, height=90)
    w.add("download", download, label="download")
    w.add("share", gr.Button(t(language, "share"), size="sm", elem_id="share"), value="share")
    _confirm(w, "share", language, "share_ask", "share_confirm")


def build_layout(language: str, secret: str) -> Widgets:
    """All components, in a ``gr.Blocks`` context. ``memo``: what the browser remembers (session
    id, language, owner key; ``secret`` scrambles it in the browser's storage; no language until
    the first visit picks one from the browser's languages); ``timer``:
    refreshes the status line while the knowledge base is prepared."""
    w = Widgets()
    memo = {"sid": None, "lang": None, "key": None}
    w.add("memo", gr.BrowserState(memo, storage_key="ethics-assistant", secret=secret))
    w.add("timer", gr.Timer(1.0, active=False))
    _header(w, language)
    with gr.Row(equal_height=False, elem_id="main"):
        with gr.Column(scale=6, min_width=300):
            _chat_column(w, language)
        with gr.Column(scale=5, min_width=300):
            _canvas_tabs(w, language)
    _map(w, language)
    return w
