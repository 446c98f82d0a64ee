"""Errors that carry their fix.

Every error a user can meet is an ``AssistantError`` with a ``fix``: the command or setting that
resolves it. The CLI and UI translate them at the edge; code below never prints.
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base error: ``message`` says what went wrong, ``fix`` says what to do about it."""

    def __init__(self, message: str, fix: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message} - {self.fix}" if self.fix else self.message


class ConfigError(AssistantError):
    """Invalid settings or options."""


class BackendUnavailable(AssistantError):
    """A model backend cannot be used (server down, model missing, package not installed)."""


class BackendFailed(AssistantError):
    """A model backend failed while producing a reply (server died mid-stream, timeout)."""


class IndexBroken(AssistantError):
    """The knowledge index is missing, corrupt or cannot be written."""


class NotFound(AssistantError):
    """A session, document or file does not exist."""


class InputError(AssistantError):
    """User input that cannot be used (empty, unreadable, wrong format)."""
