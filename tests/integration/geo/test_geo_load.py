"""``soc geo load`` against the real PostGIS: all or nothing, idempotent, audited."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common.errors import DatabaseError
from common.settings import Settings
from geo.errors import LayerInvalidError, ProblemKind
from geo.loaders import DATA_DIR, load_dataset
from geo.service import LAYER_FILES, run_geo_load, store

pytestmark = pytest.mark.integration

SNAPSHOT_SQL = {
    "sensors": "SELECT sensor_id, agency, kind, name, name_en, ST_AsText(geom), zone, sub_area,"
               " district, expected_interval, metadata, precision FROM sensors ORDER BY 1",
    "zones": "SELECT zone_id, level, parent, geocode, ST_AsText(geom) FROM zones ORDER BY 1",
    "roads": "SELECT road_id, name, ST_AsText(geom) FROM roads ORDER BY 1",
}


def _snapshot(dsn: str) -> dict[str, list[Any]]:
    with psycopg.connect(dsn) as conn:
        return {t: conn.execute(q).fetchall() for t, q in SNAPSHOT_SQL.items()}


def _count(dsn: str, sql: str) -> int:
    with psycopg.connect(dsn) as conn:
        row = conn.execute(sql.encode()).fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for name in LAYER_FILES:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


@pytest.fixture(scope="module")
def loaded(db_settings: Settings, db_dsn: str) -> str:
    run_geo_load(db_settings, reason="first load")
    return db_dsn


def test_load_stores_the_registry_with_zones(loaded: str) -> None:
    ds = load_dataset()
    snap = _snapshot(loaded)
    assert len(snap["sensors"]) == len(ds.sensors)
    assert len(snap["zones"]) == len(ds.zones)
    assert len(snap["roads"]) == len(ds.roads)
    with psycopg.connect(loaded) as conn:
        row = conn.execute(
            "SELECT zone, sub_area, district, EXTRACT(EPOCH FROM expected_interval),"
            " metadata->'alert_levels_m'->>'1', name_en FROM sensors WHERE sensor_id = 'SN-WL-001'"
        ).fetchone()
        assert row == ("shuinan", "central_park", "xitun", 600, "3.0",
                       "Central Park north detention pond level")
        assert conn.execute("SELECT expected_interval FROM sensors WHERE sensor_id = 'SN-FA-001'"
                            ).fetchone() == (None,)
        rain = conn.execute("SELECT kind, agency, zone FROM sensors WHERE sensor_id = 'C0F9T0'"
                            ).fetchone()
        assert rain == ("rain", "disaster", None)


def test_load_is_idempotent_and_audited(db_settings: Settings, loaded: str) -> None:
    before = _snapshot(loaded)
    audits = _count(loaded, "SELECT count(*) FROM audit_log WHERE action = 'geo.load'")
    result = run_geo_load(db_settings, reason="again")
    assert _snapshot(loaded) == before
    assert _count(loaded, "SELECT count(*) FROM audit_log WHERE action = 'geo.load'") == audits + 1
    with psycopg.connect(loaded) as conn:
        row = conn.execute("SELECT subject_id, reason, detail FROM audit_log"
                           " WHERE action = 'geo.load' ORDER BY id DESC LIMIT 1").fetchone()
    assert row is not None
    assert row[0] == result.digest
    assert row[1] == "again"
    assert row[2]["sensors"] == result.report.sensors


def test_invalid_layer_leaves_the_database_unchanged(db_settings: Settings, loaded: str,
                                                     data: Path) -> None:
    before = _snapshot(loaded)
    path = data / "sensors.geojson"
    text = path.read_text(encoding="utf-8")
    # A new sensor (it would be added) plus a bad one further down.
    doc = json.loads(text)
    new = json.loads(json.dumps(doc["features"][0]))
    new["properties"]["sensor_id"] = "SN-NEW-001"
    bad = json.loads(json.dumps(doc["features"][1]))
    bad["properties"]["sensor_id"] = "SN-BAD-001"
    bad["geometry"]["coordinates"] = [121.5, 25.04]  # Taipei: outside the study area
    doc["features"] = [new, *doc["features"], bad]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LayerInvalidError) as info:
        run_geo_load(db_settings, data_dir=data, prune=True)
    assert info.value.kinds == {ProblemKind.OUTSIDE_STUDY_AREA}
    assert _snapshot(loaded) == before


def test_database_failure_mid_load_leaves_nothing_half_loaded(db_settings: Settings,
                                                              loaded: str) -> None:
    # The zones are replaced before the roads; make the server reject one road so the
    # failure comes after zones were already rewritten inside the transaction.
    with psycopg.connect(loaded, autocommit=True) as conn:
        conn.execute("""
            CREATE FUNCTION reject_road() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'test rejects road %', NEW.road_id; END $$""")
        conn.execute("CREATE TRIGGER reject_road BEFORE INSERT ON roads FOR EACH ROW"
                     " WHEN (NEW.road_id = 'zhongke') EXECUTE FUNCTION reject_road()")
    try:
        before = _snapshot(loaded)
        audits = _count(loaded, "SELECT count(*) FROM audit_log")
        ds = load_dataset()
        with psycopg.connect(loaded) as conn, pytest.raises(DatabaseError) as info:
            store(conn, ds, prune=True, digest="t")
        assert info.value.sqlstate == "P0001"
        assert _snapshot(loaded) == before
        assert _count(loaded, "SELECT count(*) FROM audit_log") == audits
    finally:
        with psycopg.connect(loaded, autocommit=True) as conn:
            conn.execute("DROP TRIGGER reject_road ON roads")
            conn.execute("DROP FUNCTION reject_road()")


def test_prune_removes_sensors_absent_from_the_file(db_settings: Settings, loaded: str,
                                                    data: Path) -> None:
    with psycopg.connect(loaded) as conn:
        conn.execute("INSERT INTO sensors (sensor_id, agency, kind, geom) VALUES"
                     " ('SN-OLD-001', 'disaster', 'rain', ST_SetSRID(ST_MakePoint(120.65, 24.18), 4326))")
    run_geo_load(db_settings)  # without --prune the stray sensor stays
    assert _count(loaded, "SELECT count(*) FROM sensors WHERE sensor_id = 'SN-OLD-001'") == 1
    result = run_geo_load(db_settings, prune=True)
    assert result.report.pruned == 1
    assert _count(loaded, "SELECT count(*) FROM sensors WHERE sensor_id = 'SN-OLD-001'") == 0


def test_cli_load_and_check(db_settings: Settings, loaded: str, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str], data: Path) -> None:
    from soc.cli import main

    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)
    assert main(["geo", "check", "--coverage"]) == 0
    assert main(["geo", "load", "--reason", "cli test"]) == 0
    out = capsys.readouterr().out
    assert "sensors" in out
    assert "ok: population and base-station layers" in out
    assert "loaded" in out
    assert main(["geo", "near", "120.6564", "24.1830", "--radius", "300", "--kind", "flood"]) == 0
    out = capsys.readouterr().out
    assert "sub_area=central_park" in out
    assert "district=xitun road=" in out
    assert "SN-FL-" in out
    # A bad layer: exit code 2 and the line of the bad feature on stderr.
    path = data / "sensors.geojson"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[1] = lines[1].replace('"agency":"disaster"', '"agency":"army"')
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(["geo", "load", "--data-dir", str(data)]) == 2
    assert "sensors.geojson:2:" in capsys.readouterr().err
