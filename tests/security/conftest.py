"""Fixtures of the security suite: the real ``soc web`` process, its log, real accounts.

``web_server`` starts ``python -m soc web`` (uvicorn with its access log, as in
production) over this module's fresh database on a free port, with every
output line captured in a file, so that tests can replay attacks from outside and
then read what the server wrote. Its database comes with one account per role, each with a random
password (``WebProcess.passwords``, so the log tests can search for them), made once per
worker (``security_accounts``).
"""

from __future__ import annotations

import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from common.services import free_port
from common.settings import Settings
from tests import http_calls
from tests.api.conftest import module_database
from tests.fix_db import database_copy
from tests.fix_services import subprocess_env
from web.cli import run_display_token, run_users_add
from web.security import Role

ROOT = Path(__file__).resolve().parents[2]

ACCOUNTS: dict[str, tuple[Role, str | None]] = {
    "op": (Role.OPERATOR, None),
    "coord": (Role.COORDINATOR, None),
    "plan": (Role.PLANNER, None),
    "water1": (Role.AGENCY, "water"),
    "wall1": (Role.DISPLAY, None),
    "root": (Role.ADMIN, None),
}


@dataclass
class WebProcess:
    """A running ``soc web``: its URL, settings, process and log file."""

    url: str
    ws_url: str
    port: int
    settings: Settings
    proc: subprocess.Popen[bytes]
    log_path: Path
    passwords: dict[str, str] = field(default_factory=dict)

    def log(self) -> str:
        """Everything the process has written so far (stdout and stderr)."""
        return self.log_path.read_bytes().decode("utf-8", "replace")

    def rss_kib(self) -> int:
        """The server's resident memory (VmRSS), in KiB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")


def start_web(settings: Settings, log_path: Path, port: int | None = None, **extra_env: str) -> WebProcess:
    """Start ``soc web`` on ``port`` (a free one by default: a restart passes the port it had)
    and wait until it answers; see :class:`WebProcess`."""
    port = port or free_port()
    env = subprocess_env(settings, SOC_WEB__PORT=str(port), SOC_WEB__HOST="127.0.0.1",
                         SOC_LOG_LEVEL="INFO", PYTHONUNBUFFERED="1", **extra_env)
    out = log_path.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "soc", "web"], cwd=ROOT, env=env,
                            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    out.close()
    url = f"http://127.0.0.1:{port}"
    # A bound for a start-up that hangs, not a speed check: under a loaded CI host
    # (parallel workers) the imports alone have taken over a minute.
    deadline = time.monotonic() + 180
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"soc web exited {proc.returncode}: {log_path.read_text()[-2000:]}")
        try:
            if http_calls.get(f"{url}/openapi.json", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait(timeout=30)  # reaped here, or its warning fails a later test
            raise RuntimeError(f"soc web did not start: {log_path.read_text()[-2000:]}")
        time.sleep(0.2)
    return WebProcess(url, f"ws://127.0.0.1:{port}", port, settings, proc, log_path)


def stop_web(web: WebProcess) -> None:
    """SIGTERM, then SIGKILL after a bound."""
    if web.proc.poll() is None:
        web.proc.send_signal(signal.SIGTERM)
        try:
            web.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            web.proc.kill()
            web.proc.wait(timeout=10)


@dataclass(frozen=True, slots=True)
class AccountsTemplate:
    """A database holding the accounts of :data:`ACCOUNTS`, and their passwords."""

    name: str
    passwords: dict[str, str]


@pytest.fixture(scope="session")
def security_accounts(settings: Settings, db_template: str) -> Iterator[AccountsTemplate]:
    """Once per worker: a copy of the migrated template with the accounts of :data:`ACCOUNTS`
    made by the CLI's ``run_users_add``, each with a random password (none for the display
    account). Every module that starts ``web_server`` gets a fresh copy of it as its database:
    the same rows it would make itself, without an argon2 hash per account and module."""
    with database_copy(settings, db_template) as name:
        s = settings.model_copy(update={"db": settings.db.model_copy(update={"name": name})})
        passwords: dict[str, str] = {}
        for user, (role, agency) in ACCOUNTS.items():
            password = None if role is Role.DISPLAY else f"pw-{secrets.token_hex(12)}"
            run_users_add(s, user, role=role, agency=agency, password=password)
            if password is not None:
                passwords[user] = password
        yield AccountsTemplate(name, passwords)


@pytest.fixture(scope="module")
def db_name(request: pytest.FixtureRequest, settings: Settings, db_template: str) -> Iterator[str]:
    """A fresh migrated database for this module, dropped afterwards: a copy of
    ``security_accounts`` when a test of the module asks for ``web_server``."""
    yield from module_database(request, settings, db_template, "web_server", "security_accounts")


@pytest.fixture(scope="module")
def web_env() -> dict[str, str]:
    """Environment added to ``web_server``'s (settings a module shortens); none by default."""
    return {}


@pytest.fixture(scope="module")
def web_server(request: pytest.FixtureRequest, db_settings: Settings, web_env: dict[str, str],
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebProcess]:
    """``soc web`` over this module's database, with the accounts of :data:`ACCOUNTS` (the
    database is a copy of ``security_accounts``) and ``web_env`` in its environment."""
    accounts: AccountsTemplate = request.getfixturevalue("security_accounts")
    log_path = tmp_path_factory.mktemp("web") / "web.log"
    web = start_web(db_settings, log_path, **web_env)
    web.passwords = dict(accounts.passwords)
    try:
        yield web
    finally:
        stop_web(web)


def login(web: WebProcess, name: str) -> str:
    """A bearer token for ``name`` (a display token for display accounts)."""
    role = ACCOUNTS[name][0]
    if role is Role.DISPLAY:
        return run_display_token(web.settings, name)
    r = http_calls.post(f"{web.url}/api/auth/token", timeout=30,
                   data={"username": name, "password": web.passwords[name]})
    r.raise_for_status()
    return str(r.json()["access_token"])


_LOGINS: dict[tuple[str, str], str] = {}


def cached_login(web: WebProcess, name: str) -> str:
    """:func:`login` once per server and account (Hypothesis calls a test many times)."""
    if (web.url, name) not in _LOGINS:
        _LOGINS[web.url, name] = login(web, name)
    return _LOGINS[web.url, name]


def bearer(token: str) -> dict[str, str]:
    """The Authorization header for ``token``."""
    return {"Authorization": f"Bearer {token}"}
