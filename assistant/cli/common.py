"""Shared CLI plumbing: settings from global options, services, errors translated at the edge."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import typer

from assistant.errors import AssistantError
from assistant.services import Services
from assistant.settings import Settings, load_settings

P = ParamSpec("P")
R = TypeVar("R")


class CliState:
    """What the global options said; commands turn it into settings and services."""

    def __init__(self, config: Path | None, data_dir: Path | None) -> None:
        self.config = config
        self.data_dir = data_dir

    def settings(self, **overrides: Any) -> Settings:
        return load_settings(self.config, data_dir=self.data_dir, **overrides)

    def log_dir(self) -> Path:
        """The data dir, for the library log (the default one when the settings are broken)."""
        try:
            return self.settings().data_dir
        except AssistantError:
            from assistant.paths import default_data_dir

            return self.data_dir or default_data_dir()

    def services(self, backend: str | None = None, **overrides: Any) -> Services:
        settings = self.settings(**overrides)
        return Services(settings, backend=backend)


def state(ctx: typer.Context) -> CliState:
    obj = ctx.find_root().obj
    if not isinstance(obj, CliState):
        obj = CliState(None, None)
        ctx.find_root().obj = obj
    return obj


def fail(message: str, fix: str = "", code: int = 1) -> typer.Exit:
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    if fix:
        typer.secho(f"Fix: {fix}", fg=typer.colors.YELLOW, err=True)
    return typer.Exit(code)


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn an ``AssistantError`` (and Ctrl-C) into a clear message and exit code 1 (130)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except AssistantError as exc:
            raise fail(exc.message, exc.fix) from None
        except KeyboardInterrupt:
            print("", file=sys.stderr)
            raise typer.Exit(130) from None

    return wrapper
