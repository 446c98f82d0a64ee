"""Look of the web UI: a calm theme and a little CSS (step indicator, banner, status line, canvas
tables, map), usable from a 390 px phone to a wide screen without sideways scrolling of the page.
"""

from __future__ import annotations

from typing import Any

CSS = """
.gradio-container { max-width: 1480px !important; margin: 0 auto; }
#status { font-size: 0.9em; color: var(--body-text-color-subdued); }
#status p { margin: 0; }
.banner { border-radius: 8px; padding: 6px 12px; background: #fff7e0;
          border: 1px solid #f0d48a; }
.banner p { margin: 0; }
#banner:not(:has(.md *)) { display: none !important; }
#stepper .wrap { display: flex; flex-wrap: wrap; gap: 6px; }
#stepper label { flex: 1 1 0; justify-content: center; border-radius: 999px;
                 white-space: nowrap; min-width: max-content; }
#stepper label.selected { background: var(--color-accent); color: white;
                          border-color: var(--color-accent); }
#stepper label.selected span { color: white; }
.sources { font-size: 0.92em; }
.session-info { font-size: 0.85em; color: var(--body-text-color-subdued); }
.session-info p { margin: 0; }
/* the chat's own "clear" button only empties the view: the session, its canvas and the list
   stay, and a reload brings every message back (a new session is in the Sessions tab) */
#chat .top-panel { display: none !important; }
.confirm { padding: 8px; border: 1px solid var(--border-color-primary); border-radius: 8px; }
/* long Dutch compounds ("gegevensbeschermingseffectbeoordeling") may break rather than widen
   the page on a phone */
#chat .prose, #chat .prose *, .sources, .session-info, #status, .banner {
  overflow-wrap: anywhere !important; }
/* wide content scrolls inside its own box (contain: its width never widens the page) */
#map { contain: inline-size; }
#map .map-scroll { overflow-x: auto; }
#map svg { display: block; min-width: 720px; height: auto; }
/* canvas tables: the item id column carries the link back to the session, but is not shown */
.canvas-table th[data-heading="0"], .canvas-table [role="gridcell"][data-col="0"],
.canvas-table .sizing-body td:first-child { display: none !important; }
.canvas-table .header { word-break: normal !important; overflow-wrap: normal !important;
                        hyphens: manual; }
.canvas-table .text.wrap { word-break: normal !important; overflow-wrap: break-word !important; }
.canvas-table span.text { font-family: var(--font); }
@media (max-width: 720px) {
  .gradio-container { padding: 0 6px !important; }
  #stepper label { flex: 1 1 40%; }
  /* the message box takes the whole width, the send button goes under it */
  #compose { flex-wrap: wrap; }
  #compose > * { flex: 1 1 100% !important; min-width: 100% !important; }
  .canvas-table { contain: inline-size; overflow-x: auto; }
  .canvas-table .table-container { min-width: 520px; }
  #canvas .tab-wrapper { contain: inline-size; }
  /* every canvas tab in sight, on two rows, instead of four of them behind a "more" menu:
     Gradio measures the tabs in a hidden copy, which then takes no room */
  #canvas .tab-wrapper { height: auto !important; }
  #canvas .tab-container:not(.visually-hidden) { flex-wrap: wrap; row-gap: 4px;
                                                 height: auto !important; }
  #canvas .tab-container.visually-hidden button { font-size: 0 !important; width: 1px !important;
                                                  padding: 0 !important; min-width: 0 !important; }
}
"""


def theme() -> Any:
    """The theme (built at launch: Gradio 6 takes it in ``launch``)."""
    import gradio as gr

    return gr.themes.Soft(
        primary_hue="indigo",
        secondary_hue="teal",
        neutral_hue="slate",
        font=("system-ui", "Segoe UI", "Roboto", "Noto Sans", "Arial", "sans-serif"),
        font_mono=("ui-monospace", "DejaVu Sans Mono", "monospace"),
    )
