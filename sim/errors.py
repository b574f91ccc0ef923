"""Errors of the simulator. The tree::

SocError
└── SimError
    ├── RegistryError     the sensor registry file is missing or malformed
    │                     (carries ``path`` and ``sensor_id``)
    ├── ScenarioError     unknown scenario or arguments it cannot run with
    │                     (carries ``scenario``)
    ├── RecordingError    a recording line cannot be read (carries ``path``, ``line``)
    └── PublishError      the broker refused or lost a publisher (carries ``account``)
"""

from __future__ import annotations

from pathlib import Path

from common.errors import SocError


class SimError(SocError):
    """Root of the simulator subtree."""


class RegistryError(SimError):
    """The sensor registry cannot be used as it is."""

    def __init__(self, message: str, *, path: Path | None = None, sensor_id: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.sensor_id = sensor_id


class ScenarioError(SimError):
    """A scenario is unknown or cannot run with the given arguments."""

    def __init__(self, message: str, *, scenario: str) -> None:
        super().__init__(message)
        self.scenario = scenario


class RecordingError(SimError):
    """A recording cannot be read back."""

    def __init__(self, message: str, *, path: Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line


class PublishError(SimError):
    """A publisher could not connect, or the broker refused a message."""

    def __init__(self, message: str, *, account: str) -> None:
        super().__init__(message)
        self.account = account
