"""Helpers for situations 71-82: sensor registry, times, items, writers.

Seeded and deterministic: every random draw comes from a Random seeded per situation.
"""
from __future__ import annotations

import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIT = HERE.parent
REPO = SIT.parents[2]
SENSORS = {
    f["properties"]["sensor_id"]: f
    for f in json.loads((REPO / "geo/data/sensors.geojson").read_text(encoding="utf-8"))["features"]
}
M_LAT = 110800.0  # metres per degree of latitude at 24.17 N
M_LON = 101600.0  # metres per degree of longitude at 24.17 N

SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}


def pos(sensor_id: str) -> tuple[float, float]:
    lon, lat = SENSORS[sensor_id]["geometry"]["coordinates"]
    return lon, lat


def agency_of(sensor_id: str) -> str:
    return SENSORS[sensor_id]["properties"]["agency"]


def iso(t: datetime) -> str:
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    """Collects items of one situation; `t(minutes)` is base + minutes (UTC)."""

    def __init__(self, num: int, name: str, base_utc: str, seed: int):
        self.num, self.name = num, name
        self.base = datetime.fromisoformat(base_utc.replace("Z", "+00:00"))
        self.rng = random.Random(seed)
        self.items: list[dict] = []
        self.n = 0

    def t(self, minutes: float) -> datetime:
        return self.base + timedelta(minutes=minutes)

    def near(self, lon: float, lat: float, radius_m: float) -> tuple[float, float]:
        """A caller's position scattered around (lon, lat) within radius_m."""
        r = radius_m * math.sqrt(self.rng.random())
        a = self.rng.random() * 2 * math.pi
        return round(lon + r * math.cos(a) / M_LON, 6), round(lat + r * math.sin(a) / M_LAT, 6)

    def add(self, feed: str, category: str, minute: float, text: str, truth, *,
            lon: float | None = None, lat: float | None = None, sensor: str | None = None,
            severity: str = "Unknown", agency: str | None = None, delay_s: float | None = None,
            key: str | None = None, kind: str | None = None, observed: datetime | None = None,
            **extra) -> dict:
        """Add one item. delay_s = arrival - observed (default: a few seconds, seeded)."""
        self.n += 1
        if sensor is not None and lon is None:
            lon, lat = pos(sensor)
        if agency is None:
            agency = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
                      "incident": "police", "cctv": "police", "1999": "citizen", "119": "fire",
                      "planned_event": "police"}.get(feed) or agency_of(sensor)
        obs = observed if observed is not None else self.t(minute)
        real = self.t(minute)  # arrival is relative to when it really happened
        if delay_s is None:
            delay_s = self.rng.randint(3, 40)
        item = {
            "key": key or f"s{self.num}-{self.n:03d}",
            "kind": kind or ("alert" if feed == "rule" else "event"),
            "feed": feed, "agency": agency, "category": category, "severity": severity,
            "lon": round(lon, 6), "lat": round(lat, 6),
            "observed": iso(obs), "arrival": iso(real + timedelta(seconds=delay_s)),
            "sensor_id": sensor if feed in SENSOR_FEEDS else None,
            "text": text,
        }
        item.update({k: v for k, v in extra.items() if k != "truth_alt"})
        item["truth"] = truth
        if "truth_alt" in extra:
            item["truth_alt"] = extra["truth_alt"]
        self.items.append(item)
        return item

    def dup(self, item: dict, delay_s: float) -> dict:
        """A duplicated delivery: same key and fields, later arrival."""
        d = dict(item)
        a = datetime.fromisoformat(item["arrival"].replace("Z", "+00:00"))
        d["arrival"] = iso(a + timedelta(seconds=delay_s))
        self.items.append(d)
        return d

    def write(self, slug: str, description: str, incidents: list[dict], alt: dict | None = None,
              notes: str | None = None) -> None:
        items = sorted(self.items, key=lambda i: i["arrival"])  # stable: ties keep insertion order
        stem = f"{self.num}_{slug}"
        with open(SIT / f"{stem}.jsonl", "w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": description, "incidents": incidents}
        if alt is not None:
            truth["alternative_reading"] = alt
        if notes:
            truth["notes"] = notes
        (SIT / f"{stem}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def inc(label: str, type_: str, description: str, key: str) -> dict:
    return {"label": label, "type": type_, "description": description, "sufficient_evidence_key": key}
