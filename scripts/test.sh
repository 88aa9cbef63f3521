#!/usr/bin/env bash
# Install into .venv (if needed), lint, and run the whole test suite.
# Extra arguments go to pytest (e.g. -m "not slow" to skip the end-to-end serve test).
set -euo pipefail
source "$(dirname "$0")/setup.sh"

ruff check .
pytest -q "$@"
