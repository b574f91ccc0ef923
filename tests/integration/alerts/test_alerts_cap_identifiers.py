"""CAP identifiers stay unique when the database is dropped and created again.

CAP 1.2 §3.2.1: an ``identifier`` is a number or string uniquely identifying the message,
assigned by the sender; a receiver drops a message whose ``sender,identifier`` it has
seen. Alert ids restart at 1 in a re-created database, so an identifier built from the
alert id and the message's rank alone repeats, and every receiver would drop the new
center's first warnings as already seen. Here one database, under the same name, is
created, migrated, given one alert and its first CAP message, dropped and created again,
with the same alert sent at the same time: the two identifiers must differ.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.exchange import export_cap
from alerts.rules import load_rules_file
from common.db import connect
from common.migrate import migrate
from common.services import Layout
from common.settings import Settings
from tests.fix_db import drop_database

pytestmark = [pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[3]
SENT = datetime(2026, 9, 1, 6, 0, tzinfo=UTC)

SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom, raised_at, updated_at,
                    last_triggered_at, escalate_after_s, auto_resolve_after_s)
VALUES ('cwa-rainfall', 'RAIN-CAP-1', 'raised', 'Severe', 'Met', 'disaster', '豪雨',
        ST_SetSRID(ST_MakePoint(120.6564, 24.1819), 4326), %(t)s, %(t)s, %(t)s, 600, 3600)
RETURNING alert_id
"""


def _first_identifier(settings: Settings, name: str) -> str:
    """Create database ``name``, migrate it, store one alert and export its first CAP message."""
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"'.encode())
    s = settings.model_copy(update={"db": settings.db.model_copy(update={"name": name})})
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    rules = load_rules_file(ROOT / settings.alerts.rules_file)
    with connect(s) as conn:
        row = conn.execute(SQL_ALERT, {"t": SENT}).fetchone()
        assert row is not None
        conn.commit()
        return export_cap(conn, rules, int(row[0]), SENT).identifier


def test_a_re_created_database_never_repeats_a_cap_identifier(settings: Settings, services: Layout) -> None:
    name = f"t_cap_{uuid.uuid4().hex[:10]}"
    identifiers = []
    try:
        for _ in range(2):
            identifiers.append(_first_identifier(settings, name))
            with connect(settings, dbname="postgres", autocommit=True) as admin:
                drop_database(admin, name)
    finally:
        with connect(settings, dbname="postgres", autocommit=True) as admin:
            drop_database(admin, name)
    first, again = identifiers
    assert first != again, f"the re-created database sent identifier {again} again: receivers drop it as seen"
