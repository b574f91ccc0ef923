"""JSON Schemas of the wire contract, one per feed, generated from the parsing models.

``ingest/schemas/{domain}.{feed}.json`` and ``ingest/schemas/status.json`` are
written by ``python -m ingest.wire_schema`` and checked by a unit test, so the
published schemas can never drift from what :mod:`ingest.payloads` accepts. The
schemas describe the shape; physical ranges (``x-physical-range``) and the rule
"a timestamp needs an offset and must not be in the future" are checked by the
parser too, and a violation there is quarantined as ``out_of_range`` /
``naive_timestamp`` / ``future_timestamp`` rather than ``schema``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ingest.payloads import MODELS, RAIN_METRICS, RANGES, VD_NO_VALUE, StatusObs
from ingest.topics import FEEDS, Feed

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
_TS_FIELDS = frozenset({"ts", "DataCollectTime", "createdAt", "updatedAt", "sent", "start", "end"})
TIMESTAMP: dict[str, Any] = {
    "description": "ISO 8601 with an offset (+08:00 or Z), or integer epoch milliseconds",
    "anyOf": [
        {"type": "integer", "minimum": 631152000000},
        {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}[T ].*(Z|[+-]\\d{2}:?\\d{2})$"},
    ],
}
# Field → metric whose physical range applies (documentation for adapters).
_FIELD_RANGES: dict[str, str] = {
    **RAIN_METRICS,
    "Speed": "speed_kmh",
    "Occupancy": "occupancy_pct",
    "Volume": "volume_veh",
    "AvailableCar": "available_car",
    "AvailableMotor": "available_motor",
    "confidence": "confidence",
    "radius_m": "radius_m",
    "expected_attendance": "expected_attendance",
}
_VALUE_METRIC = {Feed.WATER_LEVEL: "water_level_m", Feed.FLOOD: "flood_depth_cm"}


def _annotate(node: Any, feed: Feed | None) -> Any:
    """Replace timestamp fields and add physical ranges, recursively."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for k, v in node.items():
            if k == "properties" and isinstance(v, dict):
                props: dict[str, Any] = {}
                for name, raw in v.items():
                    if name in _TS_FIELDS:
                        props[name] = TIMESTAMP
                        continue
                    sub = _annotate(raw, feed)
                    metric = _FIELD_RANGES.get(name) or (_VALUE_METRIC.get(feed) if feed and name == "value" else None)
                    if metric is not None:
                        sub = {**sub, "x-physical-range": list(RANGES[metric])}
                        if feed is Feed.VD:
                            sub["x-no-value"] = VD_NO_VALUE
                    props[name] = sub
                out[k] = props
            else:
                out[k] = _annotate(v, feed)
        return out
    if isinstance(node, list):
        return [_annotate(v, feed) for v in node]
    return node


def _envelope(title: str, topic: str, one: dict[str, Any]) -> dict[str, Any]:
    defs = one.pop("$defs", {})
    defs["Observation"] = one
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "description": f"MQTT topic {topic}; one observation or a batch (docs/mqtt.md)",
        "$defs": defs,
        "oneOf": [
            {"$ref": "#/$defs/Observation"},
            {
                "type": "object",
                "properties": {
                    "batch": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/$defs/Observation"},
                    }
                },
                "required": ["batch"],
                "additionalProperties": False,
            },
        ],
    }


def schemas() -> dict[str, dict[str, Any]]:
    """File name → schema, for every feed and the status topic."""
    out: dict[str, dict[str, Any]] = {}
    for domain, feeds in FEEDS.items():
        for feed in sorted(feeds):
            one = _annotate(MODELS[feed].model_json_schema(), feed)
            topic = f"soc/v1/{domain}/{feed}/{{source_id}}"
            out[f"{domain}.{feed}.json"] = _envelope(f"{domain}/{feed}", topic, one)
    status = _annotate(StatusObs.model_json_schema(), None)
    out["status.json"] = _envelope("status", "soc/v1/{domain}/{feed}/{source_id}/status", status)
    return out


def render(schema: dict[str, Any]) -> str:
    """Stable JSON text of a schema."""
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    """Write every schema file; returns 0."""
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name, schema in schemas().items():
        (SCHEMA_DIR / name).write_text(render(schema), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
