"""Pick the session store from settings: SQLite by default, PostgreSQL when a URL is set."""

from __future__ import annotations

from assistant.errors import ConfigError
from assistant.settings import Settings
from assistant.store.base import SessionStoreProtocol

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_session_store(settings: Settings) -> SessionStoreProtocol:
    """``PostgresSessionStore`` for a ``postgresql://`` ``sessions.url``, else the SQLite file.

    Nothing is connected or created here; the store does that on first use.
    """
    url = (settings.sessions.url or "").strip()
    if not url:
        from assistant.store.sessions import SessionStore

        return SessionStore(settings.sessions_db)
    if url.lower().startswith(POSTGRES_SCHEMES):
        from assistant.store.postgres import PostgresSessionStore

        return PostgresSessionStore(url)
    scheme = url.split("://", 1)[0] if "://" in url else url[:12]
    raise ConfigError(
        f"ASSISTANT_SESSIONS__URL must be a PostgreSQL URL, not {scheme!r}...",
        "use postgresql://user:password@host:5432/database, or leave it empty to keep sessions "
        "in the SQLite file (ASSISTANT_SESSIONS__DATABASE)",
    )
