"""Shared fixtures: a fresh database per test, isolated preferences, the main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")

import pytest

from corelog.store.store import Store


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "corelog.db"


@pytest.fixture
def store(db_path):
    opened = Store.open(db_path)
    yield opened
    opened.close()
