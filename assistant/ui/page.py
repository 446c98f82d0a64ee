"""The little JavaScript the page runs itself (nothing fetched; it ships in the page's head):

- ``mapPng``: turn the map's SVG into a PNG download in the browser (no server work);
- one language per page: Gradio's own texts (toasts such as "Connection errored out", its
  component menus) follow the page's language: known texts are translated as they appear, and
  Gradio's interface locale is set to the page's language when that is possible.
"""

from __future__ import annotations

import json

from assistant.ui.strings import t

GRADIO_TEXTS = {
    "Connection to the server was lost. Attempting reconnection...": "gradio_lost",
    "Connection errored out.": "gradio_errored",
    "Connection errored out": "gradio_errored",
    "This application is currently busy. Please try again.": "gradio_queue_full",
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

_SCRIPT = """<script>
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
        .find((name) => /\\/assets\\/core-[\\w-]+\\.js$/.test(name));
      if (url) (await import(url)).changeLocale(code);
    } catch (error) { /* Gradio's own locale stays; its toasts are still translated */ }
  };
  window.ethicsAssistant = { locale };
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


def head() -> str:
    """The ``<script>`` for the page's head, with Gradio's texts in both languages."""
    texts = {
        language: {english: t(language, key) for english, key in GRADIO_TEXTS.items()}
        for language in ("nl", "en")
    }
    return _SCRIPT % json.dumps(texts, ensure_ascii=False)
