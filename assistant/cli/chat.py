"""``ethics-assistant chat``: the guided conversation in the terminal, interactive or scripted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.common import handle_errors, state
from assistant.errors import AssistantError, InputError

if TYPE_CHECKING:
    from assistant.domain.session import Session
    from assistant.services import Services
    from assistant.services.chat import ChatService

QUIT = ("/quit", "/exit", "/stop")
HELP = (
    "Type your answer and press Enter. Say 'volgende'/'next', 'terug'/'back', 'ga naar waarden' / "
    "'go to values', 'verwijder ...'/'remove ...'. Commands: /quit, /help, /session."
)


def read_script(path: Path) -> list[str]:
    """User turns from ``path``: a YAML list, or one turn per line (blank and # lines skipped)."""
    import yaml

    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"Cannot read the script {path}: {exc}", "pass a readable UTF-8 text or YAML file"
        ) from exc
    is_yaml = path.suffix.lower() in (".yaml", ".yml")
    try:
        data = yaml.load(raw, Loader=yaml.BaseLoader)  # every item as typed: 'yes' stays 'yes'
    except yaml.YAMLError as exc:
        if is_yaml:
            raise InputError(
                f"The script {path} is not valid YAML: {exc}",
                "write a YAML list of strings, or one turn per line in a .txt file",
            ) from exc
        data = None
    if isinstance(data, list):
        return ["" if item is None else str(item) for item in data]
    if is_yaml:
        raise InputError(f"The script {path} is not a YAML list", "write one `- turn` per line")
    return [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]


class Terminal:
    """Prints the conversation; to stderr when stdout is reserved for ``--json``."""

    def __init__(self, to_stderr: bool) -> None:
        self.err = to_stderr

    def say(self, text: str = "", nl: bool = True, **style: object) -> None:
        if style:
            typer.secho(text, nl=nl, err=self.err, **style)  # type: ignore[arg-type]
        else:
            typer.echo(text, nl=nl, err=self.err)

    def stream(self, chat: ChatService, session_id: str, text: str) -> None:
        for piece in chat.turn(session_id, text):
            self.say(piece, nl=False)
        self.say("\n")


def _prepare(services: Services, out: Terminal) -> None:
    choice = services.backend
    out.say(f"Backend: {choice.active} - {choice.reason}", fg=typer.colors.CYAN)
    if choice.fix:
        out.say(f"  ({choice.fix})", fg=typer.colors.CYAN)
    try:
        services.prepare()
    except AssistantError as exc:
        out.say(f"Sources unavailable: {exc.message} ({exc.fix})", fg=typer.colors.YELLOW)


def _open(chat: ChatService, session_id: str | None, lang: str, out: Terminal) -> Session:
    if session_id:
        session = chat.load(session_id)
        out.say(f"Resuming session {session.id} at step {session.step.value}.", bold=True)
        last = session.transcript[-1] if session.transcript else None
        if last is not None:
            out.say(f"{'> ' if last.role == 'user' else ''}{last.text}\n")
        return session
    session = chat.start(language="en" if lang == "en" else "nl")
    out.say(f"Session {session.id}", bold=True)
    out.say(session.transcript[-1].text + "\n")
    return session


def _interactive(chat: ChatService, session_id: str, out: Terminal) -> None:
    out.say(HELP, dim=True)
    while True:
        try:
            text = input("> ")
        except EOFError:
            out.say("")
            return
        command = text.strip().lower()
        if command in QUIT:
            return
        if command == "/help":
            out.say(HELP)
            continue
        if command == "/session":
            out.say(session_id)
            continue
        out.stream(chat, session_id, text)


@handle_errors
def chat_command(
    ctx: typer.Context,
    backend: Annotated[
        str | None, typer.Option("--backend", help="auto, ollama, embedded or guided.")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of a new session: nl or en.")] = "",
    session_id: Annotated[
        str | None, typer.Option("--session", help="Resume this session id.")
    ] = None,
    script: Annotated[
        Path | None, typer.Option("--script", help="Feed user turns from this file.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the final session as JSON on stdout.")
    ] = False,
) -> None:
    """Talk the method through: case, actors, effects, values, handling options."""
    from assistant.store.export import to_json

    if backend not in (None, "auto", "ollama", "embedded", "guided"):
        raise InputError(f"Unknown backend {backend!r}", "use auto, ollama, embedded or guided")
    if lang not in ("", "nl", "en"):
        raise InputError(f"Unknown language {lang!r}", "use --lang nl or --lang en")
    turns = read_script(script) if script is not None else None
    services = state(ctx).services(backend=backend, llm__backend=backend)
    out = Terminal(to_stderr=as_json)
    _prepare(services, out)
    chat = services.chat
    session = _open(chat, session_id, lang or services.settings.language, out)
    try:
        if turns is None:
            _interactive(chat, session.id, out)
        for text in turns or []:
            out.say(f"> {text}", bold=True)
            out.stream(chat, session.id, text)
    finally:
        out.say(f"Saved. Resume with: ethics-assistant chat --session {session.id}", dim=True)
    if as_json:
        typer.echo(to_json(chat.load(session.id)))


def register(app: typer.Typer) -> None:
    app.command("chat")(chat_command)
