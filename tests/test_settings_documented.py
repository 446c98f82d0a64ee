"""Every setting is documented: the README's configuration table lists each one, up to date."""

from __future__ import annotations

import re

from assistant.paths import PROJECT_ROOT
from assistant.settings_docs import iter_fields, settings_markdown

README = PROJECT_ROOT / "README.md"


def _readme_table() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- settings:start -->\n(.*?)\n<!-- settings:end -->", text, re.S)
    assert match, "README.md lacks the settings table markers"
    return match.group(1).strip()


def test_every_setting_has_a_description() -> None:
    missing = [env for env, _type, description, _default in iter_fields() if not description]
    assert missing == []


def test_every_setting_is_in_the_readme() -> None:
    table = _readme_table()
    missing = [env for env, *_ in iter_fields() if f"`{env}`" not in table]
    assert missing == [], "run `ethics-assistant settings --markdown` and paste it into README.md"


def test_readme_table_is_current() -> None:
    assert _readme_table() == settings_markdown().strip()
