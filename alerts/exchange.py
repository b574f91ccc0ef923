"""CAP exchange with the database: the log of exported messages and incoming CAP.

Shell around the pure :mod:`alerts.cap`: ``export_cap`` renders an alert's next message
(Alert, Update or Cancel) and logs it in ``alert_cap_messages``; ``import_cap`` stores an
incoming message as an ``events`` row (feed ``cap``) or quarantines the raw bytes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import psycopg
import shapely
import shapely.geometry
from psycopg.types.json import Jsonb

from alerts import repo
from alerts.cap import CapMessage, CapRef, District, area_for, parse_cap, render_alert
from alerts.errors import AlertsError, CapParseError
from alerts.rules import RuleSet
from alerts.service import AlertStore
from common.logging import log_event

log = logging.getLogger(__name__)

#: The zones file of the geo package (team contract 1); districts carry ``geocode``.
ZONES_FILE = Path("geo/data/zones.geojson")


def _refs(text: str) -> tuple[CapRef, ...]:
    """The ``references`` logged with a message (``sender,identifier,sent`` separated by spaces)."""
    out = []
    for ref in (text or "").split():
        sender, identifier, sent = ref.rsplit(",", 2)
        out.append(CapRef(sender, identifier, datetime.fromisoformat(sent)))
    return tuple(out)


def load_districts(path: Path = ZONES_FILE) -> tuple[District, ...]:
    """District outlines with geocodes from the zones GeoJSON (empty if the file is absent)."""
    if not path.exists():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for f in data.get("features", []):
        props = f.get("properties") or {}
        if props.get("level") == "district" and props.get("geocode") and f.get("geometry"):
            geom = shapely.geometry.shape(f["geometry"])
            if isinstance(geom, shapely.Polygon | shapely.MultiPolygon):
                # DOMAIN.md §3: all our districts are in 臺中市 (county geocode 66)
                out.append(District(f"臺中市{props['name']}", str(props["geocode"]), geom))
    return tuple(out)


def export_cap(
    conn: psycopg.Connection,
    rules: RuleSet,
    alert_id: int,
    now: datetime,
    districts: Sequence[District] = (),
) -> CapMessage:
    """Render the alert's next CAP message (Alert, Update or Cancel), log it and commit;
    once a Cancel is logged, that Cancel again (the chain has ended).

    The area is the district containing the alert's point (``districts``, see
    :func:`load_districts`), else the rules file's default area.
    """
    store = AlertStore(conn, rules)
    try:
        alert = store.get(alert_id)
        rule = rules.by_id().get(alert.rule_id)
        if rule is None:
            raise AlertsError(f"alert {alert_id} has rule {alert.rule_id!r}, not in the rules file")
        cancelled = conn.execute(repo.SQL_CAP_CANCEL, (alert_id,)).fetchone()
        if cancelled is not None:
            # One Cancel ends the chain: asked again (a second click), the same message, not
            # one more Cancel to every receiver; nothing is logged (the caller's audit row is kept).
            identifier, sender, sent, refs, xml = cancelled
            conn.commit()
            return CapMessage(identifier, sender, sent, "Cancel", _refs(refs), xml)
        earlier = [CapRef(s, i, t) for s, i, t in conn.execute(repo.SQL_CAP_EARLIER, (alert_id,)).fetchall()]
        area = area_for(alert.lon, alert.lat, districts, rules.cap.default_area)
        instance = conn.execute(repo.SQL_CAP_INSTANCE).fetchone()
        if instance is None:
            raise AlertsError("alert_cap_instance is empty: the database was not migrated by soc db migrate")
        msg = render_alert(alert, rule, rules.cap, instance=str(instance[0]), sent=now, earlier=earlier, area=area)
        conn.execute(
            repo.SQL_CAP_INSERT,
            (
                msg.identifier,
                alert_id,
                msg.msg_type,
                msg.sender,
                msg.sent,
                " ".join(r.text() for r in msg.references),
                msg.xml,
            ),
        )
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return msg


def import_cap(conn: psycopg.Connection, data: bytes, *, origin: str) -> tuple[bool, str]:
    """Store an incoming CAP message as an ``events`` row (feed ``cap``), or quarantine it.

    Returns (stored, detail). Bad bytes never raise: they go to ``quarantine`` raw,
    with the parser's reason, as every bad input does (house rule 7).
    """
    try:
        cap = parse_cap(data)
    except CapParseError as exc:
        conn.execute(repo.SQL_QUARANTINE_INSERT, (origin, data, exc.reason, str(exc), None))
        conn.commit()
        log_event(log, "cap_quarantined", reason=exc.reason, origin=origin)
        return False, exc.reason
    point = cap.point()
    payload = {
        "identifier": cap.identifier,
        "sender": cap.sender,
        "sent": cap.sent.isoformat(),
        "status": cap.status,
        "msgType": cap.msg_type,
        "references": cap.references,
        "info": {
            "event": cap.event,
            "eventCode": cap.event_code,
            "severity": cap.severity,
            "urgency": cap.urgency,
            "certainty": cap.certainty,
            "headline": cap.headline,
            "description": cap.description,
            "expires": cap.expires.isoformat() if cap.expires else None,
            "parameter": [{"valueName": n, "value": v} for n, v in cap.parameters],
            "area": [
                {"areaDesc": a.area_desc, "geocode": [{"valueName": n, "value": v} for n, v in a.geocodes]}
                for a in cap.areas
            ],
        },
    }
    conn.execute(
        repo.SQL_CAP_EVENT_INSERT,
        {
            "time": cap.sent,
            "source_id": f"cap:{cap.sender}:{cap.event_code or cap.event}",
            "event_key": cap.identifier,
            "category": "cancelled" if cap.msg_type == "Cancel" else (cap.event_code or cap.event),
            "severity": cap.severity or None,
            "lon": point[0] if point else None,
            "lat": point[1] if point else None,
            "payload": Jsonb(payload),
        },
    )
    conn.commit()
    return True, cap.identifier
