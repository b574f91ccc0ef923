"""Hostile agency messages against the real database: each is refused and audited, none stops the center.

The ops center's MQTT intake holds a message until it has been applied (QoS 1), so a
message whose handling raises is delivered again after every restart: one message
PostgreSQL cannot store (a NUL in a string) would keep the center down for good.
"""

from __future__ import annotations

import json
import secrets
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.cap_exchange import CENTER_SENDER, ack_message, message_ref
from ops_center.dispatch import load_routing
from ops_center.service import OpsService
from tests.fix_services import stop_processes, wait_while_running
from tests.integration.ingest.ingest_helpers import close, publish_all, publisher
from tests.integration.ops_center.ops_helpers import start_ops

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")


@pytest.mark.parametrize("payload", [
    b'{"state": "en_route", "by": "\\u0000"}',           # a NUL in the display name
    b'{"state": "en_route", "note": "a\\u0000b"}',       # a NUL in the note
    b'{"state": \x00 "en_route"}',                       # a raw NUL byte: not JSON
    b"\xff\xfe\x00\x00",                                 # not UTF-8, with NULs
], ids=["nul-by", "nul-note", "raw-nul", "binary"])
def test_a_status_report_postgresql_cannot_store_is_refused_and_audited(
    db_settings: Settings, unique_id: str, payload: bytes
) -> None:
    topic = f"soc/v1/dispatch/public_works/status/inc-{unique_id}"
    with connect(db_settings, autocommit=True) as conn:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
        svc.start()
        assert svc.apply_message(topic, payload) == 0
        assert svc.refuse_retained(topic, payload) == 1
        rows = conn.execute(
            "SELECT reason FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id IN (%s, %s)",
            (topic, f"inc-{unique_id}"),
        ).fetchall()
    assert len(rows) == 2, rows


INSERT_FIRE = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe', ST_SetSRID(ST_MakePoint(%s, 24.16), 4326), '{}')
"""


def _ack(sender: str, identifier: str, note: str, *, encoding: str) -> bytes:
    """A CAP 1.2 Ack in ``encoding``, as an agency's CAP system might write it."""
    xml = (f'<?xml version="1.0" encoding="{encoding}"?>'
           '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'
           f"<identifier>{identifier}</identifier><sender>{sender}</sender>"
           "<sent>2026-12-06T11:00:00+08:00</sent><status>Actual</status><msgType>Ack</msgType>"
           f"<scope>Public</scope><note>{note}</note></alert>")
    return xml.encode(encoding)


UNSTORABLE_ACKS = [
    _ack("fire@taichung", "f-1", "已收到", encoding="UTF-16"),                  # with a BOM
    _ack("fire@taichung", "f-1", "已收到", encoding="UTF-16LE"),                # no BOM: NULs pass as UTF-8
    _ack("fire@taichung", "f-1", "reçu", encoding="ISO-8859-1"),
    _ack("fire@taichung", "f-1", "已收到", encoding="Big5"),
    _ack("fire@taichung", secrets.token_hex(3000), "", encoding="UTF-8"),   # over a btree key
    _ack(secrets.token_hex(3000), "f-1", "", encoding="UTF-8"),
    _ack("fire@taichung", "f-1", "x" * 5000, encoding="UTF-8"),             # longer than a status note
]


@pytest.mark.parametrize("case", range(len(UNSTORABLE_ACKS)),
                         ids=["utf16-bom", "utf16le", "latin1", "big5", "long-identifier", "long-sender", "long-note"])
def test_a_cap_ack_the_center_cannot_store_is_refused_and_the_reports_after_it_apply(
    db_settings: Settings, unique_id: str, case: int
) -> None:
    """A well-formed Ack on a live assignment reaches the write of ``ops_cap_messages``;
    one that cannot be stored there (not UTF-8 text, a key over PostgreSQL's btree limit)
    raised out of the step, was held and applied first again after every restart, and a
    note a status report may not carry was taken. Each case has its own fire, 2 km from
    the others."""
    payload = UNSTORABLE_ACKS[case]
    with connect(db_settings, autocommit=True) as conn:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
        svc.start()
        with conn.transaction():
            conn.execute(INSERT_FIRE, (datetime(2026, 12, 6, 3, 0, tzinfo=UTC), f"ack-{unique_id}-{case}",
                                       120.5 + case / 50))
        deadline = time.monotonic() + 30
        row = None
        while row is None:
            svc.poll_once()
            row = conn.execute(
                "SELECT incident_id FROM ops_incident_members WHERE source_id = %s", (f"ack-{unique_id}-{case}",)
            ).fetchone()
            assert time.monotonic() < deadline, "the fire alarm opens no incident"
        inc = row[0]
        assert svc.apply_message(f"soc/v1/dispatch/fire/ack/{inc}", payload) == 0
        (reason,) = conn.execute(
            "SELECT reason FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id = %s",
            (f"soc/v1/dispatch/fire/ack/{inc}",),
        ).fetchone() or ("",)
        assert reason == "bad_cap"
        assert svc.apply_message(f"soc/v1/dispatch/fire/status/{inc}", b'{"state": "acknowledged"}') == 1


def test_a_cap_ack_naming_a_message_number_the_center_never_sent_is_refused(
    db_settings: Settings, unique_id: str
) -> None:
    """The center has sent the fire's first message (``{incident_id}-1``) and no other: an
    Ack referencing ``-7`` under the center's sender acknowledges nothing it sent (CAP 1.2
    §3.2.1, docs/ops_center.md) and is refused; one referencing ``-1`` acknowledges."""
    with connect(db_settings, autocommit=True) as conn:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
        svc.start()
        with conn.transaction():
            conn.execute(INSERT_FIRE, (datetime(2026, 12, 6, 3, 0, tzinfo=UTC), f"ackn-{unique_id}", 120.45))
        deadline = time.monotonic() + 30
        row = None
        while row is None:
            svc.poll_once()
            row = conn.execute(
                "SELECT incident_id FROM ops_incident_members WHERE source_id = %s", (f"ackn-{unique_id}",)
            ).fetchone()
            assert time.monotonic() < deadline, "the fire alarm opens no incident"
        inc = row[0]
        sent = datetime(2026, 12, 6, 3, 1, tzinfo=UTC)
        topic = f"soc/v1/dispatch/fire/ack/{inc}"
        never = ack_message(message_ref("fire@taichung", "f-7", sent), message_ref(CENTER_SENDER, f"{inc}-7", sent))
        assert svc.apply_message(topic, never) == 0
        (reason,) = conn.execute(
            "SELECT reason FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id = %s", (topic,),
        ).fetchone() or ("",)
        assert reason == "bad_cap"
        first = ack_message(message_ref("fire@taichung", "f-1", sent), message_ref(CENTER_SENDER, f"{inc}-1", sent))
        assert svc.apply_message(topic, first) == 1


def test_the_real_center_refuses_a_latin1_ack_and_applies_the_report_after_it(
    db_settings: Settings, db_dsn: str, tmp_path: Path
) -> None:
    """Through ``soc ops run`` and the broker, with the fire bureau's own account: the
    Ack it cannot store used to be held and retried after every reload, so no report
    behind it was ever applied."""
    log = tmp_path / "ops.log"
    ops = start_ops(db_settings, log)
    try:
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            conn.execute(INSERT_FIRE, (datetime.now(UTC), "ack-real", 120.3))
            found: list[str] = []

            def assigned() -> bool:
                row = conn.execute("SELECT a.incident_id FROM ops_assignments a JOIN ops_incident_members m "
                                   "USING (incident_id) WHERE m.source_id = 'ack-real' AND a.agency = 'fire' "
                                   "AND a.state = 'assigned'").fetchone()
                found.extend([row[0]] if row else [])
                return bool(found)

            wait_while_running(ops, log, assigned, "the fire bureau assigned to the fire alarm")
            inc = found[0]
            pub = publisher(db_settings, "agency-fire")
            try:
                publish_all(pub, [(f"soc/v1/dispatch/fire/ack/{inc}", UNSTORABLE_ACKS[2]),  # ISO-8859-1
                                  (f"soc/v1/dispatch/fire/status/{inc}", b'{"state": "acknowledged"}')])
            finally:
                close(pub)

            def state() -> str:
                row = conn.execute("SELECT state FROM ops_assignments WHERE incident_id = %s AND agency = 'fire'",
                                   (inc,)).fetchone()
                return str(row[0]) if row else ""

            def refusals() -> list[str]:
                return [str(r[0]) for r in conn.execute(
                    "SELECT reason FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id = %s",
                    (f"soc/v1/dispatch/fire/ack/{inc}",)).fetchall()]

            # The reports of one batch that parse are committed one by one, the refusals after
            # them in one transaction (OpsService.apply_messages): wait for both.
            wait_while_running(ops, log, lambda: state() == "acknowledged" and bool(refusals()),
                               "the status after the Ack applied, and the Ack refused")
            assert refusals() == ["bad_cap"]
    finally:
        stop_processes([ops])


LONG = secrets.token_hex(4000)  # incompressible: over PostgreSQL's btree limit in any index


@pytest.mark.parametrize("topic", [
    f"soc/v1/dispatch/fire/status/inc-{LONG}",        # an incident id of 8,004 characters
    f"soc/v1/dispatch/fire/status/inc-1/{LONG}",      # a level too deep, under the agency's ACL
    f"soc/v1/dispatch/fire/ack/{LONG}",
], ids=["long-incident", "long-extra-level", "long-ack-level"])
def test_a_report_on_a_very_long_topic_is_refused_and_audited(db_settings: Settings, topic: str) -> None:
    """The ACL lets an agency write anywhere under its ``status/#`` and ``ack/#``, and a
    topic may be 65,535 bytes: the audit row names the topic (actor, subject), whose
    indexes hold no key over 2,704 bytes, so the audit itself failed, out of the step."""
    with connect(db_settings, autocommit=True) as conn:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
        svc.start()
        assert svc.apply_message(topic, b'{"state": "acknowledged"}') == 0
        assert svc.refuse_retained(topic, b'{"state": "acknowledged"}') == 1
        rows = conn.execute(
            "SELECT reason, actor, subject_id FROM audit_log WHERE action = 'dispatch.rejected' AND at = %s",
            (datetime.fromtimestamp(1_700_000_000.0, tz=UTC),),
        ).fetchall()
    head = topic[:100]  # the cases differ within it
    mine = [r for r in rows if r[1].startswith(f"mqtt:{head}") or r[2].startswith(head)]
    assert sorted(r[0] for r in mine) == ["bad_topic", "retained"], mine


def test_a_refused_report_is_audited_under_its_agency_s_account_and_a_bad_incident_id_is_answered(
    db_settings: Settings, unique_id: str
) -> None:
    """The broker lets only ``agency-environment`` write under its status tree, so a report
    there that does not parse, or comes retained, is the desk's: an admin finds which desk
    floods the log by its account. A report on an id that is no incident's (``None``) is
    told so on that id's reply topic, as any unreadable report is."""
    sent: list[tuple[str, bytes]] = []

    def publish(topic: str, payload: bytes, retain: bool) -> None:
        sent.append((topic, payload))

    status = f"soc/v1/dispatch/environment/status/inc-{unique_id}"
    none = f"soc/v1/dispatch/environment/status/None{unique_id}"
    with connect(db_settings, autocommit=True) as conn:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_100.0, publish=publish)
        svc.start()
        for payload in (b'{"state": "partying"}', b"\xff\xfe", b'{"state": "en_route", "agency": "fire"}'):
            assert svc.apply_message(status, payload) == 0
        assert svc.refuse_retained(status, b'{"state": "en_route"}') == 1
        assert svc.apply_message(none, b'{"state": "en_route"}') == 0
        rows = conn.execute(
            "SELECT actor FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id IN (%s, %s)",
            (status, none),
        ).fetchall()
    assert sorted(r[0] for r in rows) == ["agency-environment"] * 5
    replies = [json.loads(p) for t, p in sent if t == f"soc/v1/dispatch/environment/reply/None{unique_id}"]
    assert [(r["accepted"], r["error"]) for r in replies] == [(False, "bad_topic")]
