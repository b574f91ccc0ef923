"""A token-signing key anyone could guess is refused before ``soc web`` serves anything.

Whoever knows ``SOC_WEB__SECRET_KEY`` signs any token: ``.env.example``'s placeholder
``change-me`` (a ``.env`` copied by hand instead of ``make env``) let anyone mint an admin's
token for a real ``soc web``, which answered it 200. The settings refuse a key shorter than
32 characters, with fewer than 12 different ones, or holding the placeholder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import SecretStr, ValidationError

from common.services import free_port
from common.settings import MIN_SECRET_KEY_CHARS, MqttSettings, Settings, WebSettings
from tests import http_calls
from tests.fix_services import subprocess_env
from tests.security.conftest import WebProcess, bearer
from web.security import Principal, Role, TokenKind, issue_token

ROOT = Path(__file__).resolve().parents[2]

MQTT_PASSWORDS = ("ingest", "disaster", "traffic", "police", "citizen", "center")

GUESSABLE = ["change-me", "change-me" * 4, "x" * 64, "0123456789" * 4, "Kq3-vT8_pLm2Zr9w-Xa4Yb7Nc1Ud5Ee"]


def _admin_token(key: str) -> str:
    """A token for the admin ``root`` (tests/security/conftest.py) signed with ``key``."""
    admin = Principal("root", Role.ADMIN, None, TokenKind.ACCESS, 1)
    return issue_token(admin, secret=key.encode(), now=time.time(), ttl_s=3600)


@pytest.mark.parametrize("key", GUESSABLE, ids=["placeholder", "placeholder-x4", "one-char", "digits", "31-chars"])
def test_soc_web_with_a_guessable_key_serves_nothing(
    web_server: WebProcess, db_settings: Settings, tmp_path: Path, key: str,
) -> None:
    """``soc web`` exits naming the variable, never quoting the key; had it started, the
    admin's token forged with the key would have been answered."""
    port = free_port()
    env = subprocess_env(db_settings, SOC_WEB__PORT=str(port), SOC_WEB__HOST="127.0.0.1",
                         SOC_WEB__SECRET_KEY=key, PYTHONUNBUFFERED="1")
    log = tmp_path / "web.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "soc", "web"], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    answered: int | None = None
    try:
        deadline = time.monotonic() + 180  # a bound for a start that hangs, not a speed check
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                r = http_calls.get(f"{url}/api/users", headers=bearer(_admin_token(key)), timeout=5)
                answered = r.status_code
                break
            except httpx.HTTPError:
                time.sleep(0.2)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    output = log.read_text(errors="replace")
    assert answered is None, f"soc web served with the key {key!r}: a forged admin token got {answered}"
    assert proc.returncode != 0
    assert "SOC_WEB__SECRET_KEY" in output
    assert key not in output.replace("'change-me'", "")  # the placeholder is named, being public


def test_a_token_forged_with_the_placeholder_is_refused_by_a_server_with_its_own_key(web_server: WebProcess) -> None:
    r = http_calls.get(f"{web_server.url}/api/users", headers=bearer(_admin_token("change-me")), timeout=30)
    assert r.status_code == 401
    assert r.json()["reason"] == "bad_signature"


@given(st.text(min_size=MIN_SECRET_KEY_CHARS, max_size=200).filter(lambda k: len(set(k)) >= 12
                                                                      and "change-me" not in k.lower()))
def test_any_long_varied_key_is_taken(key: str) -> None:
    assert WebSettings(secret_key=SecretStr(key)).secret_key.get_secret_value() == key
    mqtt = MqttSettings(agency_secret=SecretStr(key), **{f"{n}_password": SecretStr("x") for n in MQTT_PASSWORDS})
    assert mqtt.agency_secret.get_secret_value() == key


@given(st.one_of(st.text(max_size=MIN_SECRET_KEY_CHARS - 1),
                 st.text(alphabet=st.characters(max_codepoint=0x60), min_size=0, max_size=11).map(lambda k: k * 9)))
def test_a_short_or_repetitive_key_is_refused(key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        WebSettings(secret_key=SecretStr(key))
    assert f"at least {MIN_SECRET_KEY_CHARS} characters" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        MqttSettings(agency_secret=SecretStr(key), **{f"{n}_password": SecretStr("x") for n in MQTT_PASSWORDS})
    assert f"at least {MIN_SECRET_KEY_CHARS} characters" in str(caught.value)


def test_a_dot_env_copied_from_the_example_starts_no_process(tmp_path: Path) -> None:
    """Every secret of ``.env.example`` left at ``change-me`` but the web key (a broker whose
    agency passwords all derive from that word, a database role with it as its password): a
    ``soc`` command exits naming each such variable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOC_")}
    placeholders = []
    for line in (ROOT / ".env.example").read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            env[name] = value
            if value == "change-me" and name != "SOC_WEB__SECRET_KEY":
                placeholders.append(name)
    env["SOC_WEB__SECRET_KEY"] = "a-random-enough-signing-key-0123456789"
    assert "SOC_MQTT__AGENCY_SECRET" in placeholders
    assert "SOC_DB__PASSWORD" in placeholders
    proc = subprocess.run([sys.executable, "-m", "soc", "services", "status"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode != 0, proc.stdout
    for name in placeholders:
        assert f"{name}: Value error, still 'change-me'" in proc.stderr


def test_a_short_agency_secret_starts_no_process(tmp_path: Path, settings: Settings) -> None:
    """Every agency's MQTT password is HMAC(agency_secret, agency): a desk holding its own
    password could search a short secret offline and derive the others'. A ``soc`` command
    with a 12-character ``SOC_MQTT__AGENCY_SECRET`` exits naming it."""
    env = subprocess_env(settings, SOC_MQTT__AGENCY_SECRET="Kq3-vT8_pLm2")
    proc = subprocess.run([sys.executable, "-m", "soc", "services", "status"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "SOC_MQTT__AGENCY_SECRET: Value error, the key must be at least 32 characters" in proc.stderr
    assert "Kq3-vT8_pLm2" not in proc.stderr + proc.stdout
