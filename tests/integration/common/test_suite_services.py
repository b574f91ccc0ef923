"""A pytest session leaves no test services running, unless another session still uses them.

A real inner pytest session (a subprocess, as ``make test`` runs it) requests the
``services`` fixture on a private instance and free ports; afterwards its
TimescaleDB and Mosquitto must be stopped (CI runs on the same host later), but
not while a second session of the same instance (here: this test, holding the
instance's session lock as a running session does) still needs them.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from dataclasses import replace

import pytest

from common import services as svc
from common.settings import Settings
from tests.fix_services import ROOT

pytestmark = [pytest.mark.integration, pytest.mark.slow]

INNER = """
def test_the_services_run(services):
    assert services.instance == {instance!r}
    assert services.pg_port == {pg_port}
"""


@pytest.fixture
def own(settings: Settings, unique_id: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[svc.Layout]:
    """A private instance the inner session will use as its test instance; removed afterwards."""
    base = svc.Layout.from_settings(settings)
    layout = replace(base, instance=f"priv-{unique_id}", pg_port=svc.free_port(), mqtt_port=svc.free_port(),
                     db_name="soc_test")
    monkeypatch.setenv("SOC_TEST_INSTANCE", layout.instance)
    monkeypatch.setenv("SOC_TEST_PG_PORT", str(layout.pg_port))
    monkeypatch.setenv("SOC_TEST_MQTT_PORT", str(layout.mqtt_port))
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)  # the inner session runs without workers
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    yield layout
    svc.down(layout)
    svc.remove_instance(layout)


def _inner_session(pytester: pytest.Pytester, layout: svc.Layout) -> None:
    pytester.makepyfile(test_inner=INNER.format(instance=layout.instance, pg_port=layout.pg_port))
    result = pytester.runpytest_subprocess("-p", "tests.fix_services", "-p", "no:cacheprovider", "-q",
                                           timeout=600)
    result.assert_outcomes(passed=1)


def test_a_session_stops_its_services_unless_another_session_still_uses_them(
    pytester: pytest.Pytester, own: svc.Layout,
) -> None:
    own.instance_dir.mkdir(parents=True, exist_ok=True)
    with (own.instance_dir / "sessions.lock").open("a") as other_session:
        fcntl.flock(other_session, fcntl.LOCK_SH)  # as a running session of the instance holds it
        _inner_session(pytester, own)
        assert all(s.running for s in svc.status(own)), svc.status(own)
    _inner_session(pytester, own)  # the last session of the instance
    assert not any(s.running for s in svc.status(own)), svc.status(own)
