"""Argument checks shared by the commands that ingest (`ingest`, `serve`)."""

from __future__ import annotations

import os
import sys


def missing_paths(command: str, paths: list[str]) -> bool:
    """Say which paths do not exist (feed URLs are fetched, not looked up); True when any
    is missing."""
    from timeline.feed_fetch import is_url

    missing = [p for p in paths if not is_url(p) and not os.path.exists(p)]
    if missing:
        print(f"timeline {command}: no such file or folder: {', '.join(missing)}",
              file=sys.stderr)
    return bool(missing)


def bad_default_date(command: str, value: str | None) -> bool:
    """Say why --default-date is not a usable reference time; True when it is not."""
    if not value:
        return False
    from timeline.dateline import parse_iso_reference

    try:
        parse_iso_reference(value)
    except ValueError as err:
        print(f"timeline {command}: --default-date: {err}", file=sys.stderr)
        return True
    return False
