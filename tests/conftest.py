"""Shared fixtures. The Prefect test server starts once per session, and only when a test
asks for it (the `prefect_server` fixture), so unit tests do not pay for it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import flows  # noqa: F401  (Prefect defaults: set before any test imports Prefect)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_33eeec6a297089cc.txt"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: takes more than a minute (deselect with -m 'not slow')")


@pytest.fixture(scope="session")
def prefect_server():
    """One Prefect test server (its own temporary database) for the whole session."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=None):
        yield


@pytest.fixture(scope="session")
def prefect_api_url(prefect_server) -> str:
    """The test server's API address, for child processes that run flows: they inherit
    the environment, not this process's Prefect settings."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value()


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """An inbox folder holding a copy of the sample article."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / SEED.name).chmod(0o644)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "timeline.duckdb")
