"""A throwaway PostgreSQL cluster for the session store tests, from Debian's postgresql package.

The cluster lives in a temporary folder, listens on a free port on 127.0.0.1 (and a unix socket in
the same folder), trusts local logins and runs without fsync: fast, and gone after the tests.
PostgreSQL refuses to run as root, so as root its programs run as the ``postgres`` user (or
``nobody``) through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

INSTALL_FIX = "install PostgreSQL's server programs with `apt-get install postgresql`"
SEARCH = ["/usr/lib/postgresql/*/bin"]


class MissingPostgres(RuntimeError):
    """PostgreSQL's server programs (initdb, pg_ctl) are not installed."""


def postgres_bin_dir(patterns: list[str] = SEARCH) -> Path:
    """The newest folder holding ``initdb`` and ``pg_ctl`` (Debian's layout, then PATH)."""
    found = [Path(p) for pattern in patterns for p in glob.glob(pattern)]
    found.sort(key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        found.append(Path(on_path).parent)
    for folder in found:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise MissingPostgres(
        f"PostgreSQL server programs (initdb, pg_ctl) not found in {patterns} or on PATH - "
        f"{INSTALL_FIX}"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _service_user() -> str | None:
    """Who runs the server: the current user, or (as root) ``postgres`` or ``nobody``."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise MissingPostgres(f"Running as root and no `postgres` user exists - {INSTALL_FIX}")


class PgCluster:
    """A running cluster with database ``ea``; ``fresh_url()`` gives each test an empty schema.

    (A schema per test instead of a database: CREATE DATABASE takes about a second here.)
    """

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.user = _service_user()
        self.root = Path(tempfile.mkdtemp(prefix="ea-pg-"))
        if self.user is not None:
            shutil.chown(self.root, user=self.user)
        self.data = self.root / "data"
        self.port = _free_port()

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def start(self) -> PgCluster:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = str(self.root / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-w", "-t", "60", "-o", options,
                  "start")  # fmt: skip
        self._admin(b"CREATE DATABASE ea")
        return self

    def fresh_url(self) -> str:
        """URL of database ``ea`` that works in a new, empty schema (its search_path)."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        self._admin(f"CREATE SCHEMA {name}".encode(), dbname="ea")
        return f"{self.url('ea')}?options=-csearch_path%3D{name}"

    def _admin(self, sql: bytes, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "server.log"
        return path.read_text(errors="replace")[-3000:] if path.is_file() else ""

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin_dir / program), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(
                f"{program} failed ({done.returncode}): {done.stderr.strip()}\n{self.log()}"
            )
