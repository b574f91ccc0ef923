"""Health checks asked at once (two load balancers, a monitor beside the wall) while the
database answers: every one is told the database is up, none that it is unreachable."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from tests.api.conftest import LiveApp


def _health(url: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"{url}/api/health", timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_health_asked_at_once_never_says_the_database_is_away(live_app: LiveApp) -> None:
    with ThreadPoolExecutor(8) as pool:
        for _ in range(5):
            answers = list(pool.map(_health, [live_app.url] * 8))
            assert [body["database"] for _, body in answers] == ["up"] * 8, answers
            assert len({code for code, _ in answers}) == 1, answers
