"""``soc alerts run`` and the CLI against the real database (shipped rules file)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from soc.cli import main
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings

pytestmark = pytest.mark.integration


def test_run_alerts_raises_from_committed_readings_then_cli_exports_cap(
    db_settings: Settings,
    db_dsn: str,
    unique_id: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from alerts.service import run_alerts

    sid = f"WLr-{unique_id}"
    now = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        # the shipped rule "water-level" needs level 2 (10.5 m) held for 60 s
        insert_readings(ingest, [(sid, now - timedelta(seconds=90), 10.7), (sid, now, 10.7)])

    stop = threading.Event()
    worker = threading.Thread(target=run_alerts, args=(db_settings,), kwargs={"stop": stop})
    worker.start()
    found = None
    try:
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            deadline = time.monotonic() + 60  # a bound on waiting, not a timing assertion
            while found is None and time.monotonic() < deadline:
                found = conn.execute(
                    "SELECT alert_id, severity, label FROM alerts WHERE rule_id = 'water-level' AND source_id = %s",
                    (sid,),
                ).fetchone()
                if found is None:
                    stop.wait(0.1)
    finally:
        stop.set()
        worker.join(timeout=30)
    assert not worker.is_alive()
    assert found is not None
    alert_id, severity, label = found
    assert (severity, label) == ("Moderate", "二級警戒")

    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)
    assert main(["alerts", "cap", str(alert_id)]) == 0
    out = capsys.readouterr().out
    assert "<msgType>Alert</msgType>" in out
    assert "<value>highWater</value>" in out
    assert main(["alerts", "cap", str(alert_id)]) == 0
    assert "<msgType>Update</msgType>" in capsys.readouterr().out
    assert main(["alerts", "act", str(alert_id), "acknowledged", "--actor", "op-wu", "--reason", "ok"]) == 0
    assert "acknowledged" in capsys.readouterr().out
    assert main(["alerts", "act", str(alert_id), "closed", "--actor", "op-wu"]) == 2  # illegal: not resolved
    assert "illegal alert transition acknowledged -> closed" in capsys.readouterr().err


def test_cli_import_cap_stores_or_quarantines(
    db_settings: Settings,
    db_dsn: str,
    unique_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)
    good = tmp_path / "good.cap"
    good.write_text(
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'
        f"<identifier>CWA-{unique_id}</identifier><sender>weather@cwa.gov.tw</sender>"
        "<sent>2016-06-02T14:12:12+08:00</sent><status>Actual</status><msgType>Alert</msgType>"
        "<scope>Public</scope><info><language>zh-TW</language><category>Met</category>"
        "<event>降雨</event><urgency>Future</urgency><severity>Moderate</severity>"
        "<certainty>Likely</certainty><eventCode><valueName>profile:CAP-TWP:Event:1.0</valueName>"
        "<value>rainfall</value></eventCode><area><areaDesc>臺中市西屯區</areaDesc>"
        "<circle>24.18,120.64 5</circle></area></info></alert>",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.cap"
    bad.write_bytes(b'<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><alert>&x;</alert>')
    assert main(["alerts", "import-cap", str(good)]) == 0
    assert main(["alerts", "import-cap", str(bad)]) == 1
    assert capsys.readouterr().out.split("\n")[:2] == [f"stored CWA-{unique_id}", "quarantined cap_forbidden_xml"]
    with psycopg.connect(db_dsn) as conn:
        ev = conn.execute(
            "SELECT source_id, category, severity, ST_X(geom), ST_Y(geom) FROM events WHERE event_key = %s",
            (f"CWA-{unique_id}",),
        ).fetchone()
        q = conn.execute("SELECT reason, payload FROM quarantine WHERE topic = %s", (f"file:{bad}",)).fetchone()
    assert ev == ("cap:weather@cwa.gov.tw:rainfall", "rainfall", "Moderate", 120.64, 24.18)
    assert q == ("cap_forbidden_xml", bad.read_bytes())
