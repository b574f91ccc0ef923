"""The correlator's retention is one setting (``SOC_OPS__RETENTION_S``) whose default is the
correlator's own; the replay window is twice it and an incident is held for one of it
(docs/ops_center.md, "What a replay reads, and the prune")."""

from __future__ import annotations

import pytest

from common.settings import load_settings
from ops_center.log_window import held_since, replay_since
from ops_center.policies import RETENTION_S
from tests.unit.common.test_settings import SECRETS


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    import os

    for key in list(os.environ):
        if key.startswith("SOC_"):
            monkeypatch.delenv(key)
    for k, v in SECRETS.items():
        monkeypatch.setenv(k, v)
    return monkeypatch


def test_the_settings_default_is_the_correlator_s_own_retention(env: pytest.MonkeyPatch) -> None:
    assert load_settings(None).ops.retention_s == RETENTION_S


def test_the_environment_sets_the_retention(env: pytest.MonkeyPatch) -> None:
    env.setenv("SOC_OPS__RETENTION_S", "28800")
    assert load_settings(None).ops.retention_s == 8 * 3600.0


def test_the_window_follows_the_retention_it_is_given() -> None:
    clock = 100_000.0
    assert replay_since(clock, 8 * 3600.0) == clock - 16 * 3600.0
    assert held_since(clock, 8 * 3600.0) == clock - 8 * 3600.0
