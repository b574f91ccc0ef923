"""Recordings of simulator runs: JSON Lines, one header line per pass, then one line per message.

A recording keeps the exact bytes that were published (base64, since fault
payloads need not be UTF-8), so a replay republishes them unchanged: the
observation timestamps inside are those of the recorded run, and ingest will
count a replay into the same database as duplicates. Lines::

    {"format": "soc-sim-recording/1", "scenario": "typhoon", "seed": 1,
     "pass": 1, "sim_start": "...", "obs_start": "...", "factor": 60.0}
    {"t": "2026-11-26T06:00:00.000+00:00", "account": "disaster",
     "topic": "soc/v1/disaster/rain/C0F9T0", "payload_b64": "eyJ0cyI6...",
     "qos": 1, "retain": false, "fault": null}

:func:`header_line`, :func:`message_line` and :func:`parse_line` are pure;
:func:`read_messages` reads a file lazily.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sim.errors import RecordingError
from sim.model import Fault, SimMessage, TimeMap, iso, utc

FORMAT = "soc-sim-recording/1"


@dataclass(frozen=True, slots=True)
class PassHeader:
    """What one pass of a recording was generated from."""

    scenario: str
    seed: int
    pass_no: int
    time_map: TimeMap


def header_line(h: PassHeader) -> str:
    """The header line of a pass (no trailing newline)."""
    return json.dumps(
        {
            "format": FORMAT,
            "scenario": h.scenario,
            "seed": h.seed,
            "pass": h.pass_no,
            "sim_start": iso(h.time_map.sim_start),
            "obs_start": iso(h.time_map.obs_start),
            "factor": h.time_map.factor,
        },
        ensure_ascii=False,
    )


def message_line(m: SimMessage) -> str:
    """One message as a line (no trailing newline)."""
    return json.dumps(
        {
            "t": utc(m.scenario_time).isoformat(timespec="milliseconds"),
            "account": m.account,
            "topic": m.topic,
            "payload_b64": base64.b64encode(m.payload).decode("ascii"),
            "qos": m.qos,
            "retain": m.retain,
            "fault": None if m.fault is None else str(m.fault),
        },
        ensure_ascii=False,
    )


def parse_line(line: str, *, path: Path | None = None, lineno: int | None = None) -> PassHeader | SimMessage:
    """A header or a message from one line; raises :class:`RecordingError` naming the line."""
    try:
        doc = json.loads(line)
        if not isinstance(doc, dict):
            raise TypeError("not an object")
        if "format" in doc:
            if doc["format"] != FORMAT:
                raise ValueError(f"unknown format {doc['format']!r}")
            tm = TimeMap(
                datetime.fromisoformat(doc["sim_start"]),
                datetime.fromisoformat(doc["obs_start"]),
                float(doc["factor"]),
            )
            return PassHeader(str(doc["scenario"]), int(doc["seed"]), int(doc["pass"]), tm)
        t = datetime.fromisoformat(doc["t"])
        if t.tzinfo is None:
            raise ValueError("time without offset")
        fault = None if doc.get("fault") is None else Fault(doc["fault"])
        return SimMessage(
            t,
            str(doc["account"]),
            str(doc["topic"]),
            base64.b64decode(doc["payload_b64"], validate=True),
            int(doc["qos"]),
            bool(doc["retain"]),
            fault,
        )
    except (ValueError, TypeError, KeyError, binascii.Error) as exc:
        raise RecordingError(f"{path or 'recording'}:{lineno}: {exc}", path=path, line=lineno) from exc


def read_messages(path: Path) -> Iterator[SimMessage]:
    """The messages of a recording in file order (headers skipped), read lazily."""
    try:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                item = parse_line(line, path=path, lineno=lineno)
                if isinstance(item, SimMessage):
                    yield item
    except OSError as exc:
        raise RecordingError(f"cannot read recording {path}: {exc}", path=path) from exc
