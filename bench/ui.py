"""The web UI as its users meet it: ``ethics-assistant serve`` in a process of its own, clients in
this process over loopback through the page's own event protocol (as the browser's calls).

- turn latency for one user (after a warm-up turn), and for many users at once (each its own
  browser memory, a bounded number of turns each): errors and cross-talk are counted; the
  server's and the clients' CPU time per turn are recorded, so a loaded machine can be read;
- a fresh data dir: seconds from starting ``serve`` to the first HTTP 200 (the start-up page), to
  the app's own page, and to the first answered turn (the index of the shipped corpus is built
  in the background meanwhile).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.report import Figure, figure
from bench.startup import free_port, serving, until_http
from bench.stats import summarize

TURN_TIMEOUT_S = 60
START_TIMEOUT_S = 90
FIRST_TURN_TIMEOUT_S = 300  # a fresh data dir's first turn waits for the corpus index
PLACES = ("Appelstad", "Peerdorp", "Kersveen", "Pruimwijk", "Bramenhof", "Druivenhoek")


def script(place: str, turns: int) -> list[str]:
    """A guided conversation about ``place`` (case, actors, effects, values, options)."""
    lines = [
        f"De gemeente {place} gebruikt een chatbot die vragen van inwoners beantwoordt; het "
        "klantcontactcentrum werkt ermee en de chatbot beslist welke vragen naar een medewerker "
        "gaan. Het is een pilot.",
        "volgende",
        f"inwoners van {place}, medewerkers klantcontact en de leverancier",
        "volgende",
        "positief: sneller antwoord. negatief: minder persoonlijk contact",
        "volgende",
        "1, 2",
        "volgende",
        "ontwerp: gesprekken na dertig dagen automatisch wissen",
        "omgeving: de chatbot opnemen in het algoritmeregister",
        "mens: medewerkers leren wanneer ze een gesprek overnemen",
        "volgende",
    ]
    return [lines[i % len(lines)] for i in range(turns)]


class Browser:
    """One browser: its own Gradio session and its own memory (session id, owner key), speaking
    the page's own protocol (join the queue, read the event stream) with one HTTP connection,
    as light as a browser tab on the server; ``gradio_client`` itself would poll every 50 ms and
    spend about 150 ms of this machine's CPU per call."""

    def __init__(self, url: str) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.http = httpx.Client(timeout=FIRST_TURN_TIMEOUT_S)
        config = self.http.get(f"{self.url}/config").json()
        self.prefix = config.get("api_prefix", "/gradio_api")
        kinds = {c["id"]: c["type"] for c in config["components"]}
        self.events = {d["api_name"]: d for d in config["dependencies"] if d.get("api_name")}
        self.memo_at = {
            name: [kinds[i] for i in self.events[name]["outputs"]].index("browserstate")
            for name in ("load", "send")
        }
        self.chat_at = [kinds[i] for i in self.events["send"]["outputs"]].index("chatbot")
        self.session = uuid.uuid4().hex[:11]
        self.memo: Any = None
        self.sids: set[str] = set()

    def call(self, api_name: str, *data: Any, timeout: float = TURN_TIMEOUT_S) -> list[Any]:
        """The outputs of one event, once it has completed (``TimeoutError`` after
        ``timeout`` seconds)."""
        deadline = time.monotonic() + timeout
        event = self.events[api_name]
        body = {"data": list(data), "event_data": None, "fn_index": event["id"],
                "trigger_id": None, "session_hash": self.session}  # fmt: skip
        joined = self.http.post(f"{self.url}{self.prefix}/queue/join", json=body)
        event_id = joined.raise_for_status().json()["event_id"]
        params = {"session_hash": self.session}
        with self.http.stream("GET", f"{self.url}{self.prefix}/queue/data", params=params) as sse:
            for line in sse.iter_lines():
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{api_name}: no result after {timeout:.0f} s")
                message = json.loads(line[5:]) if line.startswith("data:") else {}
                if message.get("event_id") == event_id and message["msg"] == "process_completed":
                    if not message.get("success"):
                        raise RuntimeError(str(message.get("output"))[:300])
                    return list(message["output"]["data"])
        raise RuntimeError(f"{api_name}: the event stream ended without a result")

    def load(self) -> None:
        outputs = self.call("load", "nl", None)
        self._remember(outputs[self.memo_at["load"]])

    def send(self, text: str, timeout: float = TURN_TIMEOUT_S) -> tuple[float, list[str]]:
        """Seconds until the reply is complete, and the user messages the chat then shows."""
        start = time.perf_counter()
        outputs = self.call("send", "nl", self.memo, text, timeout=timeout)
        seconds = time.perf_counter() - start
        self._remember(outputs[self.memo_at["send"]])
        chat = _value(outputs[self.chat_at]) or []
        return seconds, [_text(m["content"]) for m in chat if m["role"] == "user"]

    def _remember(self, memo: Any) -> None:
        memo = _value(memo)
        if isinstance(memo, dict) and memo.get("sid"):
            self.memo = memo
            self.sids.add(memo["sid"])


def _value(output: Any) -> Any:
    if isinstance(output, dict) and output.get("__type__") == "update":
        return output.get("value")
    return output


def _text(content: Any) -> str:
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content)
    return str(content)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class UserRun:
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    crossed: bool = False


def _open(url: str) -> Browser | str:
    """A browser with its page loaded, or why it could not open the page."""
    try:
        browser = Browser(url)
        browser.load()
        return browser
    except Exception as exc:  # counted by the caller
        return f"open: {type(exc).__name__}: {exc}"[:300]


def _converse(browser: Browser | str, place: str, turns: int) -> UserRun:
    """One user's bounded conversation; cross-talk: the chat shows anything but what this user
    sent, or the user's session changed."""
    run = UserRun()
    if isinstance(browser, str):
        run.errors += [browser] * turns
        return run
    sent: list[str] = []
    for text in script(place, turns):
        try:
            seconds, shown = browser.send(text)
        except Exception as exc:  # counted: a turn that got no answer
            run.errors.append(f"turn: {type(exc).__name__}: {exc}"[:300])
            continue
        sent.append(text)
        run.seconds.append(seconds)
        run.crossed |= shown != sent or len(browser.sids) != 1
    return run


def latency(data_dir: Path, users: int, turns: int, single: int) -> dict[str, Any]:
    """Turn latency through the running server: one user (``single`` turns, after a warm-up
    conversation), then ``users`` at once (``turns`` each; their pages are opened first, one
    after another, as people arrive; the turns then run all at once)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with serving(data_dir, port) as (process, started):
        if until_http(url, process, started, START_TIMEOUT_S, app=True) is None:
            raise RuntimeError("ethics-assistant serve did not answer")
        _converse(_open(url), "Opwarmdorp", 3)  # waits for the background warm-up
        load_before = os.getloadavg()[0]
        browser = _open(url)
        cpu = cpu_seconds(process.pid), time.process_time()
        one = _converse(browser, PLACES[0], single)
        cpu_one = cpu_seconds(process.pid) - cpu[0], time.process_time() - cpu[1]
        browsers = [_open(url) for _ in range(users)]
        cpu = cpu_seconds(process.pid), time.process_time()
        with ThreadPoolExecutor(users) as pool:
            runs = list(
                pool.map(
                    lambda n: _converse(browsers[n], f"{PLACES[n % len(PLACES)]}{n}", turns),
                    range(users),
                )
            )
        cpu_many = cpu_seconds(process.pid) - cpu[0], time.process_time() - cpu[1]
        load_after = os.getloadavg()[0]
    done_many = max(1, sum(len(run.seconds) for run in runs))
    return {
        "one": one.seconds,
        "one_errors": one.errors,
        "many": [s for run in runs for s in run.seconds],
        "many_errors": [e for run in runs for e in run.errors],
        "crossed": sum(run.crossed for run in runs) + int(one.crossed),
        "users": users,
        "turns": turns,
        "load": [round(load_before, 2), round(load_after, 2)],
        "cpu_ms_per_turn": {  # server process, and these clients (gradio_client)
            "one": [round(c * 1000 / max(1, len(one.seconds)), 1) for c in cpu_one],
            "many": [round(c * 1000 / done_many, 1) for c in cpu_many],
        },
    }


def fresh_start(data_dir: Path) -> dict[str, float | None]:
    """A fresh data dir: seconds to the first HTTP 200 and to the first answered turn."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with serving(data_dir, port) as (process, started):
        http = until_http(url, process, started, START_TIMEOUT_S)
        app = until_http(url, process, started, START_TIMEOUT_S, app=True)
        turn = None
        if app is not None:
            browser = Browser(url)
            browser.load()
            browser.send(script("Nieuwstad", 1)[0], FIRST_TURN_TIMEOUT_S)
            turn = time.perf_counter() - started
    return {"http_s": http, "app_s": app, "turn_s": turn}


def figures(found: dict[str, Any] | None, fresh: dict[str, Any] | None) -> list[Figure]:
    one = summarize([s * 1000 for s in found["one"]]) if found and found["one"] else None
    many = summarize(found["many"]) if found and found["many"] else None
    load = ""
    if found:
        cpu = found["cpu_ms_per_turn"]
        load = (
            f"load average {found['load'][0]}-{found['load'][1]} during the runs; CPU per turn "
            f"(server, clients): one user {cpu['one'][0]:.0f}, {cpu['one'][1]:.0f} ms; "
            f"many {cpu['many'][0]:.0f}, {cpu['many'][1]:.0f} ms"
        )
    users, turns = (found["users"], found["turns"]) if found else (0, 0)
    fresh = fresh or {}
    return [
        figure(
            "ui.turn_p95", "UI turn through the running server, one user, guided", one, "ms",
            stat="p95",
            note=f"the page's event protocol over loopback, server in its own process; {load}",
            details={"samples": [round(s * 1000) for s in found["one"]] if found else []},
        ).check("<=", 300),
        figure(
            "ui.concurrent_p95", f"UI turn, {users} users at once x {turns} turns, guided",
            many, "s", stat="p95", note=load,
            details={"samples": [round(s, 2) for s in found["many"]] if found else []},
        ).check("<=", 5),
        Figure(
            "ui.concurrent_errors", f"UI turns failed, {users} users at once",
            len(found["many_errors"] + found["one_errors"]) if found else None, "turns", "count",
            details={"errors": (found["many_errors"] + found["one_errors"])[:10] if found else []},
        ).check("<=", 0),
        Figure(
            "ui.cross_talk", "UI users whose chat showed another's message or session",
            found["crossed"] if found else None, "users", "count",
        ).check("<=", 0),
        Figure(
            "ui.fresh_http_s", "Fresh data dir: `serve` to first HTTP 200",
            fresh.get("http_s"), "s", "single run",
            note="the start-up page, which reloads into the app by itself",
        ).check("<", 5),
        Figure(
            "ui.fresh_app_s", "Fresh data dir: `serve` to the app's own page",
            fresh.get("app_s"), "s", "single run",
            note="the web framework loaded; the index of the shipped corpus is built in the "
            "background",
        ),
        Figure(
            "ui.fresh_turn_s", "Fresh data dir: `serve` to first answered turn",
            fresh.get("turn_s"), "s", "single run",
            note="waits for the index (built on first use) and the first turn",
        ).check("<", 30),
    ]  # fmt: skip
