"""Logins sent all at once cannot take the web from everyone else.

A password is checked with argon2id (64 MiB and about 0.75 s on this host each), and
each login held a pooled database connection (8 in all) through its check. Replayed
against the real server: 40 failing logins sent at once, with no account and no
password, left the pool empty for 20 s: an operator's request in the meantime was
answered 503 after 10 s, 32 of the 40 logins too, and the web's peak memory grew by
400 MiB. docs/security.md: at most ``settings.web.login_concurrency`` passwords are
checked at once, with no database connection held during the check; a login that finds
no free place within ``login_wait_s`` is answered 429 with ``Retry-After``.

The per-address limit (20 failures) is raised here, as for an attacker with many
addresses: it is the concurrency bound under test, not the throttle.
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from tests.security.conftest import WebProcess, bearer, cached_login

LOGINS = 40
MIB = 1024


@pytest.fixture(scope="module")
def web_env() -> dict[str, str]:
    return {"SOC_WEB__LOGIN_MAX_FAILURES_ADDRESS": "10000", "SOC_WEB__LOGIN_MAX_FAILURES_ACCOUNT": "10000"}


def _peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def test_failing_logins_sent_at_once_leave_the_api_served(web_server: WebProcess) -> None:
    operator = cached_login(web_server, "op")
    before = max(_peak_kib(web_server.proc.pid), web_server.rss_kib())
    answers: list[int] = []
    started = threading.Barrier(LOGINS + 1)

    def fail(i: int) -> None:
        with httpx.Client(base_url=web_server.url, timeout=180) as client:
            started.wait()
            r = client.post("/api/auth/token", data={"username": f"nobody{i}", "password": f"wrong-{i:04d}"})
            answers.append(r.status_code)

    threads = [threading.Thread(target=fail, args=(i,)) for i in range(LOGINS)]
    for t in threads:
        t.start()
    started.wait()
    with httpx.Client(base_url=web_server.url, timeout=180) as client:
        # Sent while the logins are being checked (each takes a good part of a second).
        me = client.get("/api/auth/me", headers=bearer(operator))
        incidents = client.get("/api/incidents", headers=bearer(operator))
    for t in threads:
        t.join(timeout=300)
    assert me.status_code == 200, me.text
    assert incidents.status_code == 200, incidents.text
    assert len(answers) == LOGINS
    assert set(answers) <= {401, 429}, sorted(answers)
    assert 401 in answers, "no login was checked at all"
    grown_mib = (_peak_kib(web_server.proc.pid) - before) / MIB
    assert grown_mib < 256, f"peak memory grew by {grown_mib:.0f} MiB"
    # The right password is still taken once the flood is over.
    r = httpx.post(f"{web_server.url}/api/auth/token", timeout=60,
                   data={"username": "coord", "password": web_server.passwords["coord"]})
    assert r.status_code == 200, r.text
