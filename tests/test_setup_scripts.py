"""The README's two commands: ``./setup.sh`` installs the system packages the tests need when they
are missing (or says clearly why it cannot), ``./test.sh`` runs every check and fails when any
fails. Driven here with stand-ins for ``id``, ``sudo``, ``apt-get`` and the tools, never the real
package manager."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.paths import PROJECT_ROOT

PACKAGES = "chromium chromium-driver postgresql"


def _tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/bash\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path: Path) -> dict[str, str]:
    """A machine without chromium and PostgreSQL: where setup.sh looks, nothing is there."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("dirname", "cat", "mktemp", "tail", "rm", "date", "mkdir", "touch", "chmod"):
        (bin_dir / name).symlink_to(f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists()
                                    else f"/bin/{name}")  # fmt: skip
    _tool(bin_dir, "id", 'echo "${FAKE_UID:-0}"')
    return {
        "PATH": str(bin_dir),
        "PYTHON": sys.executable,
        "CHROMIUM": str(tmp_path / "usr/bin/chromium"),
        "CHROMEDRIVER": str(tmp_path / "usr/bin/chromedriver"),
        "POSTGRES_LIB": str(tmp_path / "usr/lib/postgresql"),
        "CALLS": str(tmp_path / "calls"),
        "ROOT": str(tmp_path),
        "HOME": str(tmp_path),
    }


def _apt_get(env: dict[str, str], works: bool = True) -> None:
    """apt-get that records its arguments and, when ``works``, installs the two programs."""
    install = (
        'mkdir -p "$ROOT/usr/bin" "$ROOT/usr/lib/postgresql/15/bin"; '
        "for f in usr/bin/chromium usr/bin/chromedriver usr/lib/postgresql/15/bin/initdb; do "
        'touch "$ROOT/$f"; chmod +x "$ROOT/$f"; done'
        if works
        else 'echo "E: Unable to locate package chromium" >&2; exit 100'
    )
    body = f'echo "apt-get $*" >> "$CALLS"\n[ "$1" = update ] && exit 0\n{install}'
    _tool(Path(env["PATH"]), "apt-get", body)


def setup_sh(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/bash", str(PROJECT_ROOT / "setup.sh"), *args],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def _calls(env: dict[str, str]) -> list[str]:
    path = Path(env["CALLS"])
    return path.read_text().splitlines() if path.exists() else []


def test_setup_installs_missing_system_packages_as_root(machine: dict[str, str]) -> None:
    _apt_get(machine)
    done = setup_sh(machine, "--system-only")
    assert done.returncode == 0, done.stderr
    assert _calls(machine) == ["apt-get update -qq", f"apt-get install -y -qq {PACKAGES}"]
    assert f"installing system packages: {PACKAGES}" in done.stderr
    assert "the system packages the tests need are installed" in done.stdout
    again = setup_sh(machine, "--system-only")
    assert again.returncode == 0 and len(_calls(machine)) == 2  # nothing left to install


def test_setup_uses_sudo_when_it_needs_no_password(machine: dict[str, str]) -> None:
    _apt_get(machine)
    _tool(Path(machine["PATH"]), "sudo", 'echo "sudo $*" >> "$CALLS"; shift; "$@"')
    done = setup_sh(machine | {"FAKE_UID": "1000"}, "--system-only")
    assert done.returncode == 0, done.stderr
    assert f"sudo -n apt-get install -y -qq {PACKAGES}" in _calls(machine)


def test_setup_without_root_says_what_to_run(machine: dict[str, str]) -> None:
    _apt_get(machine)
    _tool(Path(machine["PATH"]), "sudo", "exit 1")  # sudo wants a password
    done = setup_sh(machine | {"FAKE_UID": "1000"}, "--system-only")
    assert done.returncode == 3
    assert "not root and cannot use sudo without a password" in done.stderr
    assert f"sudo apt-get install -y {PACKAGES}" in done.stderr
    assert _calls(machine) == []


def test_setup_reports_a_failing_apt_get_with_its_own_words(machine: dict[str, str]) -> None:
    _apt_get(machine, works=False)
    done = setup_sh(machine, "--system-only")
    assert done.returncode == 3
    assert "E: Unable to locate package chromium" in done.stderr
    assert "apt-get could not install them" in done.stderr


def test_setup_off_debian_says_so(machine: dict[str, str]) -> None:
    done = setup_sh(machine, "--system-only")
    assert done.returncode == 3
    assert "apt-get is not available (not a Debian or Ubuntu system)" in done.stderr


def test_setup_refuses_an_unsupported_python(machine: dict[str, str], tmp_path: Path) -> None:
    _tool(tmp_path, "python3.9", 'if [ "$1" = --version ]; then echo "Python 3.9.2"; fi; exit 1')
    done = setup_sh(machine | {"PYTHON": str(tmp_path / "python3.9")})
    assert done.returncode == 1
    assert (
        "Python 3.9.2 is not supported; ethics-assistant needs Python 3.11 or 3.12" in done.stderr
    )


@pytest.fixture
def fake_venv(tmp_path: Path) -> dict[str, str]:
    """A .venv whose ruff, mypy and pytest exit with the codes given in the environment."""
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(sys.executable)
    (bin_dir / "activate").write_text(f'PATH="{bin_dir}:$PATH"\n', encoding="utf-8")
    for tool, var in (("ruff", "RUFF_RC"), ("mypy", "MYPY_RC"), ("pytest", "PYTEST_RC")):
        _tool(bin_dir, tool, f'echo "{tool} $*" >> "$CALLS"; exit "${{{var}:-0}}"')
    return dict(os.environ, VENV=str(tmp_path / "venv"), CALLS=str(tmp_path / "calls"))


def run_test_sh(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/bash", str(PROJECT_ROOT / "test.sh"), *args],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_test_sh_runs_lint_types_and_pytest(fake_venv: dict[str, str]) -> None:
    done = run_test_sh(fake_venv, "-k", "brief")
    assert done.returncode == 0 and "test: all passed" in done.stdout
    assert [line.strip() for line in Path(fake_venv["CALLS"]).read_text().splitlines()] == [
        "ruff check assistant tests bench",
        "ruff format --check assistant tests bench",
        "mypy",
        "pytest -q -p no:cacheprovider -k brief",
    ]


@pytest.mark.parametrize(
    ("codes", "failed"),
    [
        ({"PYTEST_RC": "5"}, "pytest"),  # no tests collected is a failure
        ({"RUFF_RC": "1", "MYPY_RC": "1"}, "lint format types"),
    ],
)
def test_test_sh_fails_when_any_check_fails(
    fake_venv: dict[str, str], codes: dict[str, str], failed: str
) -> None:
    done = run_test_sh(fake_venv | codes)
    assert done.returncode == 1
    assert f"test: FAILED: {failed}" in done.stderr
    assert "pytest" in Path(fake_venv["CALLS"]).read_text()  # every check ran


def test_test_sh_without_setup_says_what_to_run(tmp_path: Path) -> None:
    done = run_test_sh(dict(os.environ, VENV=str(tmp_path / "none")))
    assert done.returncode == 1 and "run ./setup.sh first" in done.stderr


def test_ci_runs_exactly_the_readme_commands() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    set_up = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    first_block = set_up.split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()]
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    ci_commands = [line for line in ci if line and not line.startswith(("#", "set ", "cd "))]
    assert commands[:2] == ci_commands == ["./setup.sh", "./test.sh"]
