"""Optional login for the web UI: users from ``ui.auth_file`` and/or ``ui.users``.

With login on, every call to the conversation service carries the user's name as ``owner``, so
each user sees and changes only their own sessions. Passwords are compared in constant time.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from assistant.errors import ConfigError
from assistant.settings import UISettings

AUTH_FIX = "write one `user:password` per line (lines starting with # are ignored)"


def _parse(lines: list[str], where: str) -> dict[str, str]:
    users: dict[str, str] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, password = line.partition(":")
        if not sep or not name.strip() or not password:
            raise ConfigError(f"{where}, entry {number}: expected `user:password`", AUTH_FIX)
        users[name.strip()] = password
    return users


def load_users(ui: UISettings) -> dict[str, str]:
    """All configured users (empty: login is off)."""
    users: dict[str, str] = {}
    if ui.auth_file is not None:
        try:
            text = ui.auth_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                f"The users file {ui.auth_file} cannot be read ({exc.strerror or exc})",
                "create it or correct ASSISTANT_UI__AUTH_FILE",
            ) from exc
        users.update(_parse(text.splitlines(), f"Users file {ui.auth_file}"))
        if not users:
            raise ConfigError(f"The users file {ui.auth_file} holds no users", AUTH_FIX)
    if ui.users:
        users.update(_parse(ui.users.split(","), "ASSISTANT_UI__USERS"))
    return users


def checker(users: dict[str, str]) -> Callable[[str, str], bool]:
    """The ``auth`` callable for ``Blocks.launch``."""

    def check(username: str, password: str) -> bool:
        expected = users.get(username)
        if expected is None:
            hmac.compare_digest(password.encode(), password.encode())
            return False
        return hmac.compare_digest(expected.encode(), password.encode())

    return check
