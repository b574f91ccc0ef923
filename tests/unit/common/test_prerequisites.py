"""Missing host prerequisites give one clear line (the checks run before any command)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from common import services as svc
from common.errors import PrerequisiteError

LAYOUT = svc.Layout(
    instance="unit", state_dir=Path("/nonexistent/state"), cache_dir=Path("/nonexistent/cache"),
    debian_mirror="http://deb.debian.org/debian", backend="chroot", pg_port=1, db_name="soc",
    db_user="soc", db_password="x", mqtt_port=1, mqtt_passwords={"ingest": "p"},
)


def test_not_root_is_refused_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(svc.os, "geteuid", lambda: 1000)
    with pytest.raises(PrerequisiteError) as err:
        svc.pg_up(LAYOUT, "chroot")
    assert "must run as root" in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_debootstrap_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(svc.os, "geteuid", lambda: 0)
    monkeypatch.setattr(svc.shutil, "which", lambda name: None)
    with pytest.raises(PrerequisiteError) as err:
        svc.ensure_trixie_root(replace(LAYOUT, cache_dir=tmp_path))
    assert str(err.value) == "soc services: debootstrap is missing: apt-get install -y debootstrap"


def test_missing_mosquitto_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(svc.shutil, "which", lambda name: None)
    monkeypatch.setattr(svc.Path, "exists", lambda self: False)
    with pytest.raises(PrerequisiteError, match="mosquitto is missing: apt-get install -y mosquitto"):
        svc.mqtt_up(replace(LAYOUT, state_dir=tmp_path))
