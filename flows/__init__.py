"""Prefect flows: ingest (discover -> extract -> store -> report) and its scheduled serve.

Importing this package sets Prefect defaults that must be in place before Prefect itself is
imported: a temporary server may take long to start on a busy machine, and nothing is sent
home. Values already set in the environment win.
"""

import os

PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
}

for _name, _value in PREFECT_DEFAULTS.items():
    os.environ.setdefault(_name, _value)
