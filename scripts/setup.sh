# Shared by the quick-start scripts (sourced, not run): a project virtualenv with the
# package and its dev tools installed from pyproject.toml, and Prefect's local defaults.
# Reinstalls only when pyproject.toml is newer than the last install.

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3.11}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    PYTHON=python3
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "timeline needs Python 3.11 or newer (tried $PYTHON); set PYTHON=/path/to/python3.11" >&2
    exit 1
fi

if [ ! -x .venv/bin/python ]; then
    echo "creating .venv with $PYTHON ..." >&2
    "$PYTHON" -m venv .venv
fi
if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ]; then
    echo "installing timeline and its dependencies into .venv (quietly) ..." >&2
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[dev]'
    touch .venv/.installed
fi

export PATH="$PWD/.venv/bin:$PATH"
# Prefect: give a temporary server time to start on a busy machine, send nothing home.
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="${PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS:-180}"
export PREFECT_SERVER_ANALYTICS_ENABLED=false
export DO_NOT_TRACK=1
