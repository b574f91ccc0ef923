"""Fixtures of the security suite: the real ``soc web`` process, its log, real accounts.

``web_server`` starts ``python -m soc web`` (uvicorn with its access log, as in
production) over this module's fresh database on a free port, with every
output line captured in a file, so that tests can replay attacks from outside and
then read what the server wrote. ``sec_accounts`` creates one account per role with
a random password (returned, so the log tests can search for them).
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

from common.settings import Settings
from tests.api.conftest import free_port
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


def start_web(settings: Settings, log_path: Path, **extra_env: str) -> WebProcess:
    """Start ``soc web`` on a free port and wait until it answers; see :class:`WebProcess`."""
    port = free_port()
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
            if httpx.get(f"{url}/openapi.json", timeout=2).status_code == 200:
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


@pytest.fixture(scope="module")
def web_server(db_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebProcess]:
    """``soc web`` over this module's database, with accounts made (see :data:`ACCOUNTS`)."""
    log_path = tmp_path_factory.mktemp("web") / "web.log"
    web = start_web(db_settings, log_path)
    try:
        for name, (role, agency) in ACCOUNTS.items():
            password = None if role is Role.DISPLAY else f"pw-{secrets.token_hex(12)}"
            run_users_add(db_settings, name, role=role, agency=agency, password=password)
            if password is not None:
                web.passwords[name] = password
        yield web
    finally:
        stop_web(web)


def login(web: WebProcess, name: str) -> str:
    """A bearer token for ``name`` (a display token for display accounts)."""
    role = ACCOUNTS[name][0]
    if role is Role.DISPLAY:
        return run_display_token(web.settings, name)
    r = httpx.post(f"{web.url}/api/auth/token", timeout=30,
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
