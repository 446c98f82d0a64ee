#!/usr/bin/env bash
# Test ethics-assistant in the .venv made by ./setup.sh: lint (ruff), format, types (mypy), then
# the whole pytest suite (extra arguments go to pytest). Every check runs; the exit status is 0 only
# when all passed (pytest finding no tests is a failure too).
set -uo pipefail
cd "$(dirname "$0")" || exit 1

VENV=${VENV:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
  echo "test: there is no $VENV here; run ./setup.sh first" >&2
  exit 1
fi
# shellcheck disable=SC1091
. "$VENV/bin/activate"

failed=()
check() {  # $1: name; the rest: the command
  local name=$1
  shift
  echo "test: $name: $*"
  "$@" || failed+=("$name")
}

check lint ruff check assistant tests bench
check format ruff format --check assistant tests bench
check types mypy
mkdir -p test-artifacts
check pytest pytest -q -p no:cacheprovider "$@"

if [ ${#failed[@]} -gt 0 ]; then
  echo "test: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "test: all passed"
