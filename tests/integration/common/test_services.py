"""`soc services` for real: idempotent up, truthful status, data kept across down/up.

Uses a private instance on free ports, so stopping it never disturbs the shared
test instance.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from soc.cli import main
from tests.fix_services import private_instance, settings_for_layout, subprocess_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture
def private_layout(settings: Settings, unique_id: str) -> Iterator[svc.Layout]:
    """A private instance with no data yet, unlike the suite's (a copy of a seed): here
    ``soc services up`` initialises it, as on a new machine."""
    with private_instance(settings, unique_id) as layout:
        yield layout


def test_up_twice_status_and_data_survive_down_up(settings: Settings, private_layout: svc.Layout) -> None:
    first = svc.up(private_layout)
    assert all(s.running for s in first)
    second = svc.up(private_layout)  # idempotent
    assert all(s.running for s in second)
    own = settings_for_layout(settings, private_layout)
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        conn.execute("CREATE TABLE keepme (v text)")
        conn.execute("INSERT INTO keepme VALUES ('still here')")
    stopped = svc.down(private_layout)
    assert not any(s.running for s in stopped)
    assert not svc.port_open(private_layout.pg_port)
    assert not svc.port_open(private_layout.mqtt_port)
    again = svc.up(private_layout)
    assert all(s.running for s in again)
    with psycopg.connect(own.db.conninfo()) as conn:
        assert conn.execute("SELECT v FROM keepme").fetchone() == ("still here",)


def test_port_taken_is_a_clear_one_line_error(settings: Settings, private_layout: svc.Layout,
                                              services: svc.Layout) -> None:
    from dataclasses import replace

    from common.errors import PrerequisiteError

    clash = replace(private_layout, pg_port=services.pg_port)  # the shared test instance's port
    with pytest.raises(PrerequisiteError, match=f"port {services.pg_port} is taken"):
        svc.pg_up(clash)


def test_cli_status_reports_truthfully(settings: Settings, private_layout: svc.Layout,
                                       monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    own = settings_for_layout(settings, private_layout)
    for key, value in subprocess_env(own).items():
        if key.startswith("SOC_"):
            monkeypatch.setenv(key, value)
    assert main(["services", "status"]) == 3  # nothing running yet
    assert "stopped" in capsys.readouterr().out
    assert main(["services", "up"]) == 0
    out = capsys.readouterr().out
    assert out.count("running") == 2
    assert main(["services", "status"]) == 0


def test_a_running_instance_with_an_older_config_takes_the_new_one_at_its_next_start(
        private_layout: svc.Layout, caplog: pytest.LogCaptureFixture) -> None:
    svc.pg_up(private_layout)
    rt = svc.PgRuntime(private_layout, svc.choose_backend(private_layout))
    written = (rt.data_host / "soc.conf").read_text()
    assert "pg_stat_statements" in written
    # As an instance started by an older checkout runs: without pg_stat_statements.
    svc.pg_down(private_layout)
    (rt.data_host / "soc.conf").write_text(written.replace(",pg_stat_statements", ""))
    svc._run(rt.argv("pg_ctl", "-D", str(rt.data_inner), "-l", str(rt.data_inner / "server.log"), "-w", "start"))

    def preloaded() -> str:
        with psycopg.connect(svc.superuser_conninfo(private_layout), autocommit=True) as admin:
            row = admin.execute("SHOW shared_preload_libraries").fetchone()
            assert row is not None
            return str(row[0])

    assert preloaded() == "timescaledb"
    with caplog.at_level("WARNING", logger="common.services"):
        svc.pg_up(private_layout)  # running: left as it is, and says so
    assert preloaded() == "timescaledb"
    assert "pg_restart_needed" in caplog.text
    caplog.clear()

    svc.pg_down(private_layout)
    with caplog.at_level("WARNING", logger="common.services"):
        svc.pg_up(private_layout)
        svc.pg_up(private_layout)
    assert preloaded() == "timescaledb,pg_stat_statements"
    assert "pg_restart_needed" not in caplog.text
    with psycopg.connect(svc.superuser_conninfo(private_layout), autocommit=True) as admin:
        admin.execute("SELECT pg_stat_statements_reset()")
        admin.execute("SELECT count(*) FROM pg_stat_statements")  # raises where not preloaded


def test_a_stale_pid_file_naming_another_instances_broker_leaves_that_broker_running(
        private_layout: svc.Layout) -> None:
    """A broker killed with SIGKILL leaves its pid file; once its pid is reused by another
    instance's broker (pids wrap at ``kernel.pid_max``, 32,768 here), stopping the first
    instance must not stop the second, and starting it must start its own."""
    import shutil
    from dataclasses import replace

    svc.mqtt_up(private_layout)  # the other instance's broker
    pid = svc._mosquitto_pid(private_layout)
    assert pid is not None
    stale = replace(private_layout, instance=f"{private_layout.instance}-stale", mqtt_port=svc.free_port())
    stale.mqtt_dir.mkdir(parents=True, exist_ok=True)
    (stale.mqtt_dir / "mosquitto.pid").write_text(f"{pid}\n")
    try:
        assert svc._mosquitto_pid(stale) is None
        svc.mqtt_down(stale)
        assert svc._mosquitto_pid(private_layout) == pid
        assert svc.port_open(private_layout.mqtt_port), "the other instance's broker was stopped"
        svc.mqtt_up(stale)
        assert svc.port_open(stale.mqtt_port), "a reload of the other broker, no broker of its own"
    finally:
        svc.mqtt_down(stale)
        shutil.rmtree(stale.instance_dir, ignore_errors=True)
