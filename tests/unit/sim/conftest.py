"""Fixtures of the simulator's unit tests: a small registry of our own and a fixed start."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sim.model import TPE
from sim.registry import Registry, load_registry

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def registry() -> Registry:
    """18 sensors covering every kind and every role the scenarios look for."""
    return load_registry(DATA / "sensors.geojson")


@pytest.fixture
def start() -> datetime:
    """A Monday at midnight, Taiwan time (weekday traffic profile)."""
    return datetime(2026, 11, 23, 0, 0, tzinfo=TPE)
