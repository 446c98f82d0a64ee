"""The little JavaScript the page runs itself (nothing fetched; it ships in the page's head):

- ``MAP_PNG``: turn the map's SVG into a PNG download in the browser (no server work);
- one language per page: Gradio's own texts (toasts such as "Connection errored out", its
  component menus) follow the page's language: known texts are translated as they appear, and
  Gradio's interface locale is set to the page's language when that is possible;
- no lost message: what is typed in the message box is kept in the tab's ``sessionStorage``
  until the server has stored it. When the server goes away, Gradio reloads the page as soon as
  it is back; the page then resumes its session (``gr.BrowserState``) and ``RESTORE_DRAFT`` puts
  the unsent message back in the box (unless the chat shows it was stored after all).
"""

from __future__ import annotations

import json

from assistant.ui.strings import t

GRADIO_TEXTS = {
    "Connection to the server was lost. Attempting reconnection...": "gradio_lost",
    "Connection errored out.": "gradio_errored",
    "Connection errored out": "gradio_errored",
    "This application is currently busy. Please try again.": "gradio_queue_full",
    "Connection Lost": "gradio_lost_title",
    "Error": "gradio_error",
    "Warning": "gradio_warning",
    "Info": "gradio_info",
}

MAP_PNG = """() => {
  const box = document.querySelector('#map [data-file]');
  const svg = box && box.querySelector('svg');
  if (!svg) return;
  const view = svg.viewBox.baseVal, scale = 2;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = view.width * scale; canvas.height = view.height * scale;
    const g = canvas.getContext('2d');
    g.fillStyle = '#ffffff'; g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(image, 0, 0, canvas.width, canvas.height);
    const link = document.createElement('a');
    link.download = box.dataset.file; link.href = canvas.toDataURL('image/png');
    document.body.appendChild(link); link.click(); link.remove();
  };
  image.src = 'data:image/svg+xml;charset=utf-8,'
    + encodeURIComponent(new XMLSerializer().serializeToString(svg));
}"""

_SCRIPT = r"""<script>
(() => {
  const TEXTS = %s;
  const lang = () => {
    const picked = document.querySelector('#language input:checked');
    return picked ? picked.value : (document.documentElement.lang || 'nl');
  };
  const translate = (root) => {
    const table = TEXTS[lang()] || {};
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      const text = node.nodeValue.trim();
      if (table[text]) node.nodeValue = table[text];
    }
  };
  const locale = async (code) => {
    document.documentElement.lang = code;
    try {
      const url = performance.getEntriesByType('resource').map((e) => e.name)
        .find((name) => /\/assets\/core-[\w-]+\.js$/.test(name));
      if (url) (await import(url)).changeLocale(code);
    } catch (error) { /* Gradio's own locale stays; its toasts are still translated */ }
  };
  const DRAFT = 'ethics-assistant-draft';
  const box = () => document.querySelector('#message textarea');
  const same = (a, b) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
  document.addEventListener('input', (event) => {
    if (event.target === box()) sessionStorage.setItem(DRAFT, event.target.value);
  });
  const restoreDraft = () => {
    const draft = sessionStorage.getItem(DRAFT), field = box();
    if (!draft || !field || field.value) return;
    const users = document.querySelectorAll('#chat [data-testid="user"]');
    if (users.length && same(users[users.length - 1].innerText, draft)) {
      sessionStorage.removeItem(DRAFT);
      return;
    }
    field.value = draft;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const storedDraft = () => {
    const field = box();
    if (field && !field.value) sessionStorage.removeItem(DRAFT);
  };
  window.ethicsAssistant = { locale, restoreDraft, storedDraft };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const element = node.nodeType === 1 ? node : node.parentElement;
        if (element && element.closest('.toast-wrap')) translate(element);
      }
      if (record.type === 'characterData' && record.target.parentElement
          && record.target.parentElement.closest('.toast-wrap')) {
        translate(record.target.parentElement);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
</script>"""

# Chained after the events that can switch the page's language (load, switch, resume).
SYNC_LANGUAGE = """() => {
  const picked = document.querySelector('#language input:checked');
  if (picked && window.ethicsAssistant) window.ethicsAssistant.locale(picked.value);
}"""

# Chained after the page's first load: an unsent message comes back into the box.
RESTORE_DRAFT = """() => { if (window.ethicsAssistant) window.ethicsAssistant.restoreDraft(); }"""

# Chained after a turn: the message box is empty once the server stored the message.
STORED_DRAFT = """() => { if (window.ethicsAssistant) window.ethicsAssistant.storedDraft(); }"""


def head() -> str:
    """The ``<script>`` for the page's head, with Gradio's texts in both languages."""
    texts = {
        language: {english: t(language, key) for english, key in GRADIO_TEXTS.items()}
        for language in ("nl", "en")
    }
    return _SCRIPT % json.dumps(texts, ensure_ascii=False)
