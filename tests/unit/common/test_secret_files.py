"""Files holding secrets are private from the moment they exist, not made private afterwards.

``.env`` (every password and the web's signing key) and the broker's password file were
written with the process's umask (0644 under the usual 022) and then chmod-ed to 0600: a
local user who opens such a file in that moment (inotify tells when it is created) keeps
reading it through the descriptor whatever the mode becomes. Each test takes the after-
the-fact ``chmod`` away: what is left is the mode the file was created with.
"""

from __future__ import annotations

import importlib.util
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from common import services as svc
from common.settings import Settings

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def no_late_chmod(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No ``chmod`` after the fact, under the usual umask 022."""
    monkeypatch.setattr(Path, "chmod", lambda self, mode, **kw: None)
    monkeypatch.setattr(os, "chmod", lambda path, mode, **kw: None)
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _make_env() -> ModuleType:
    """``scripts/make_env.py`` (a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("make_env", ROOT / "scripts" / "make_env.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_env_file_is_created_private(tmp_path: Path, no_late_chmod: None) -> None:
    make_env = _make_env()
    target = tmp_path / ".env"
    assert make_env.main(["make_env.py", str(target)]) == 0
    assert _mode(target) == 0o600
    assert not [line for line in target.read_text().splitlines() if line.endswith("=change-me")]


def test_env_file_never_follows_a_planted_link(tmp_path: Path) -> None:
    """A link planted where ``.env`` goes is left alone, not written through."""
    make_env = _make_env()
    elsewhere = tmp_path / "readable-by-all"
    target = tmp_path / ".env"
    target.symlink_to(elsewhere)
    make_env.main(["make_env.py", str(target)])
    assert not elsewhere.exists()


def test_broker_password_file_and_acl_are_created_private(
    tmp_path: Path, settings: Settings, no_late_chmod: None
) -> None:
    layout = svc.Layout.from_settings(settings)
    conf = tmp_path / "config"
    conf.mkdir()
    svc.write_mosquitto_files(layout, conf, tmp_path / "data")
    assert _mode(conf / "passwd") == 0o600
    assert _mode(conf / "acl") == 0o600
    assert (conf / "passwd").read_text().count("$7$") == len(layout.mqtt_passwords)
