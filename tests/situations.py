"""The independently labelled situations (``tests/data/situations/``) and their quality report.

Each situation is a JSONL file of deliveries in arrival order and a truth file
(format in ``tests/data/situations/README.md``). :func:`load` reads one into
:class:`~tests.quality.Labelled` deliveries under the primary reading and, where
the truth is debatable, the alternative reading; :func:`run` feeds the pure
correlator and scores both readings, with the time from the arrival of each
incident's *sufficient evidence* to the moment an incident holding it existed.

Run ``python -m tests.situations`` to print the table kept in docs/benchmarks.md.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from geo.crs import to_twd97
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.index import SpatialIndex
from geo.loaders import load_roads
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, CaseStatus, Item, ItemKind, PermitStatus, StatusReason
from tests.quality import Labelled, QualityReport, evaluate

DATA_DIR = Path(__file__).resolve().parent / "data" / "situations"
SENSORS = Path(__file__).resolve().parents[1] / "geo" / "data" / "sensors.geojson"


@functools.cache
def _sites() -> dict[str, str]:
    """The registered site of each sensor that has one (an alert carries its sensor's, as in the service)."""
    features = json.loads(SENSORS.read_text(encoding="utf-8"))["features"]
    sites = {f["properties"]["sensor_id"]: f["properties"].get("metadata", {}).get("site") for f in features}
    return {k: v for k, v in sites.items() if isinstance(v, str)}


@functools.cache
def _gateways() -> dict[str, str]:
    """The registered gateway of each sensor that names one (``metadata.gateway``)."""
    features = json.loads(SENSORS.read_text(encoding="utf-8"))["features"]
    gws = {f["properties"]["sensor_id"]: f["properties"].get("metadata", {}).get("gateway") for f in features}
    return {k: v for k, v in gws.items() if isinstance(v, str)}


@functools.cache
def _road_index() -> SpatialIndex:
    return SpatialIndex((), roads=load_roads())


@functools.cache
def _gazetteer() -> Gazetteer:
    return load_gazetteer(roads=load_roads())


def correlator() -> Correlator:
    """A fresh correlator as the service builds it (with the zone's roads, their names and its
    named places), keeping everything."""
    return Correlator(
        roads_at=_road_index().roads_at,
        road_names=_road_index().road_name_of,
        places=_gazetteer().points_named,
        retention_s=1e12,
    )


@dataclass(frozen=True, slots=True)
class Situation:
    """One labelled situation: deliveries under both readings and the truth's incidents."""

    name: str
    primary: tuple[Labelled, ...]
    alternative: tuple[Labelled, ...] | None
    sufficient: dict[str, str]  # truth label -> key of its sufficient evidence (primary reading)


@dataclass(frozen=True, slots=True)
class SituationReport:
    """Scores of one situation under each reading, and the delays to incident."""

    name: str
    primary: QualityReport
    alternative: QualityReport | None
    delays: dict[str, float | None]  # truth label -> seconds from sufficient evidence to incident


def _ts(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


_Word = TypeVar("_Word", StatusReason, CaseStatus, PermitStatus)


def _word(d: dict[str, object], field: str, words: type[_Word]) -> _Word | None:
    """The optional ``field`` of an item line, one of ``words`` (a status's ``reason``, a 119
    case's ``status``, a permit's ``permit_status``); ValueError for any other value, so a typo
    is no silent ``None``."""
    value = d.get(field)
    if value is None:
        return None
    said = words.parse(value) if isinstance(value, str) else None
    if said is None:
        raise ValueError(f"{d.get('key')!r}: {field} {value!r} is none of {[w.value for w in words]}")
    return said


def _reason(d: dict[str, object]) -> StatusReason | None:
    """An ``offline`` status's ``reason`` (as the wire: on an offline status only, else ValueError)."""
    said = _word(d, "reason", StatusReason)
    if said is not None and (d.get("feed"), d.get("category")) != ("status", "offline"):
        raise ValueError(f"{d.get('key')!r}: a reason is given for an offline status only")
    return said


def _permit_status(d: dict[str, object]) -> PermitStatus | None:
    """A planned event's ``permit_status`` (as the wire's ``status``: on a ``planned_event``
    line only, else ValueError); absent on a permit, ``approved``, the wire's default."""
    said = _word(d, "permit_status", PermitStatus)
    if d.get("feed") != "planned_event":
        if said is not None:
            raise ValueError(f"{d.get('key')!r}: a permit_status is given for a planned event only")
        return None
    return said or PermitStatus.APPROVED


#: A planned event's radius as the wire bounds it (docs/mqtt.md: 1-5,000 m).
_RADIUS_M = (1.0, 5000.0)
_GATEWAY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")


def _area_m(d: dict[str, object]) -> float | None:
    """A planned event's ``radius_m`` (its declared area, as the wire's circle), when given:
    a number within the wire's bounds, on a ``planned_event`` line only; else ValueError."""
    value = d.get("radius_m")
    if value is None:
        return None
    if d.get("feed") != "planned_event":
        raise ValueError(f"{d.get('key')!r}: radius_m is given for a planned event only")
    if not isinstance(value, int | float) or isinstance(value, bool) or not _RADIUS_M[0] <= value <= _RADIUS_M[1]:
        raise ValueError(f"{d.get('key')!r}: radius_m {value!r} is no number within {_RADIUS_M} m")
    return float(value)


def _gateway(d: dict[str, object], sensor: str) -> str:
    """The gateway the device of a rule's alert or a status hangs on: the line's ``gateway`` (an
    id as a sensor's), else the registry's; ValueError for a bad id or one on another item."""
    value = d.get("gateway")
    device = d["kind"] == "alert" or d.get("feed") == "status"
    if value is None:
        return _gateways().get(sensor, "") if device else ""
    if not device:
        raise ValueError(f"{d.get('key')!r}: a gateway is given for a rule's alert or a status only")
    if not isinstance(value, str) or _GATEWAY.fullmatch(value) is None:
        raise ValueError(f"{d.get('key')!r}: gateway {value!r} is no id of 1-64 letters, digits and _.:-")
    return value


def _item(d: dict[str, object]) -> Item:
    x, y = to_twd97(float(str(d["lon"])), float(str(d["lat"])))
    ends = d.get("ends")
    follows = d.get("follows")
    if isinstance(follows, list):
        # the police feed's form (a list of report ids); the service keeps the first (docs/ops_center.md)
        follows = follows[0] if follows else None
    sensor = str(d.get("sensor_id") or "")
    return Item(
        str(d["key"]),
        ItemKind(str(d["kind"])),
        str(d["agency"]),
        str(d["feed"]),
        str(d["category"]),
        CapSeverity.parse(str(d.get("severity") or "")),
        x,
        y,
        _ts(str(d["observed"])),
        sensor,
        str(d.get("text") or ""),
        str(follows) if follows else None,
        _ts(str(ends)) if ends else None,
        _sites().get(sensor, "") if d["kind"] == "alert" else "",
        float(str(d["confidence"])) if d.get("confidence") is not None else None,
        _reason(d),
        # the wire's 119 status; a 1999 case's status is its operator's free word, not read
        _word(d, "status", CaseStatus) if d.get("feed") == "119" else None,
        area_m=_area_m(d),
        gateway=_gateway(d, sensor),
        permit_status=_permit_status(d),
    )


def paths(directory: Path = DATA_DIR) -> list[Path]:
    """The situation files (``N_name.jsonl``, any count of digits), in number order."""
    found = [p for p in directory.glob("[0-9]*_*.jsonl") if p.name.split("_")[0].isdigit()]
    return sorted(found, key=lambda p: (int(p.name.split("_")[0]), p.name))


def load(path: Path) -> Situation:
    """Read one situation and its truth file."""
    # JSON Lines end at "\n" only: str.splitlines would also split inside a string at U+0085 or U+2028
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    truth = json.loads(path.with_name(path.name.removesuffix(".jsonl") + ".truth.json").read_text(encoding="utf-8"))
    primary = tuple(Labelled(_item(r), _ts(r["arrival"]), r["truth"]) for r in rows)
    alt = None
    if any("truth_alt" in r for r in rows) or "alternative_reading" in truth:
        alt = tuple(Labelled(_item(r), _ts(r["arrival"]), r.get("truth_alt", r["truth"])) for r in rows)
    sufficient = {
        i["label"]: i["sufficient_evidence_key"] for i in truth["incidents"] if i.get("sufficient_evidence_key")
    }
    return Situation(path.name.removesuffix(".jsonl"), primary, alt, sufficient)


def delays(situation: Situation, correlator: Correlator) -> dict[str, float | None]:
    """Per truth incident: seconds from the first arrival of its sufficient evidence to
    the first moment an incident held any of its items (0 when one already did);
    None when none of its items ever joined an incident."""
    arrival = {}
    for d in situation.primary:
        arrival.setdefault(d.item.key, d.arrival)
    joined: dict[str, float] = {}
    for inc_id in correlator.incident_ids():
        for m in correlator.snapshot(inc_id).members:
            joined[m.item.key] = min(joined.get(m.item.key, m.joined_at), m.joined_at)
    by_truth: dict[str, float] = {}
    for d in situation.primary:
        if d.truth is not None and d.item.key in joined:
            by_truth[d.truth] = min(by_truth.get(d.truth, joined[d.item.key]), joined[d.item.key])
    out: dict[str, float | None] = {}
    for label, key in situation.sufficient.items():
        if label not in by_truth or key not in arrival:
            out[label] = None
        else:
            out[label] = max(0.0, by_truth[label] - arrival[key])
    return out


def run(situation: Situation) -> SituationReport:
    """Feed the situation to a fresh correlator and score both readings."""
    c = correlator()
    primary = evaluate(situation.primary, c)
    alternative = evaluate(situation.alternative, correlator()) if situation.alternative else None
    return SituationReport(situation.name, primary, alternative, delays(situation, c))


def pooled(reports: list[QualityReport]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the pairs of all ``reports`` together."""
    agree = sum(r.agreeing_pairs for r in reports)
    pred = sum(r.predicted_pairs for r in reports)
    true = sum(r.true_pairs for r in reports)
    p = agree / pred if pred else 1.0
    r = agree / true if true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(reports: list[SituationReport]) -> str:
    """The Markdown table of docs/benchmarks.md."""
    lines = [
        "| situation | P | R | F1 | F1 (alt. reading) | incidents truth / predicted | left out | "
        "delay from sufficient evidence (s) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for rep in reports:
        p = rep.primary
        alt = f"{rep.alternative.f1:.3f}" if rep.alternative is not None else "–"
        ds = ", ".join(f"{k} {'never' if v is None else f'{v:.0f}'}" for k, v in sorted(rep.delays.items()))
        lines.append(
            f"| {rep.name} | {p.precision:.3f} | {p.recall:.3f} | {p.f1:.3f} | {alt} | "
            f"{p.truth_incidents} / {p.predicted_incidents} | {p.left_out} | {ds} |"
        )
    pp, pr, pf = pooled([r.primary for r in reports])
    alts = [r.alternative if r.alternative is not None else r.primary for r in reports]
    _, _, af = pooled(alts)
    lines.append(f"| **all (pooled pairs)** | {pp:.3f} | {pr:.3f} | {pf:.3f} | {af:.3f} | | | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the quality table over every situation (or the files given)."""
    args = argv if argv is not None else sys.argv[1:]
    files = [Path(a) for a in args] or paths()
    print(table([run(load(f)) for f in files]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
