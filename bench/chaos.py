"""Chaos: the typhoon replayed through the supervised center while its parts fail.

Run (about 6 minutes; needs root like ``soc services up``)::

    .venv/bin/python -m bench.chaos                      # every fault
    .venv/bin/python -m bench.chaos --faults pg90        # one fault (kill, pg20, mqtt, pg90; none)

The first hours of the typhoon scenario are recorded once (``soc simulate
typhoon --dry-run --record``) and replayed byte for byte into two fresh private
instances (TimescaleDB + Mosquitto) at once, each running the center under its
own supervision (``soc demo --no-simulator``), at the same pace: a fault-free
reference, and a chaos instance where, one after the other (the next fault
starts once the center is back from the previous one, or 30 s after its end),
``kill -9`` of ingest, alerts, ops and web (at once: they share nothing but the
database), PostgreSQL stopped for 20 s, Mosquitto restarted, PostgreSQL stopped
for 90 s. Both replays run side by side because the alerts and incidents
depend on how observation time relates to the wall clock (a replay of the same
recording at another pace gives other results, without any fault).

The publisher (:mod:`sim.acked_replay`) keeps a ledger of the PUBACKs it got
and resends what had none after a reconnect (a repeat is a counted duplicate).
After the drain the run reports, as ``problems``:

* acknowledged messages neither stored (their readings and events by natural
  key) nor quarantined (by topic and bytes), and counters that do not balance
  (``received = stored + duplicate + quarantined``);
* processes not back within 30 s of a fault's end: a heartbeat of ingest,
  alerts and ops in ``service_heartbeats`` newer than the fault's end, and
  ``/api/health`` answering 200 (the web process);
* differences between the final alerts, incidents, their members and the
  dispatched agencies of the two instances, on stable fields: an alert as
  (rule, source, severity, level label, raised at); an incident as (type,
  severity, its members' evidence keys, the agencies assigned to it and to the
  incidents merged into it). Evidence keys: an event's own natural key; an
  alert's (rule, source, raised at, severity) instead of its row id, which
  follows the order in which sources were evaluated.

Left out of the comparison because they depend on the wall clock or on how the
rows were cut into evaluator steps, not on the data alone: the ``sensor-offline``
rule (silence is measured from the newest observation to *now*), with anything
built on its alerts; an alert's state (escalation runs on the wall clock; a clear
by expiry is dated with the clock of the step that finds it, docs/alerts.md
"Limits", and auto-resolve counts from the clear), and so the clears,
recurrences and resolutions among an incident's members (a level change is
compared by rule, source, raise, time and severity); an incident's state
(``quiet`` comes from the ops center's idle tick, which advances with the wall
clock while no evidence arrives, e.g. during a database outage); an
assignment's state, deadline and escalations; every ``*_at`` column that
records processing time.

Both centers run without the ``sensor-offline`` rule (:func:`without_silence`): in this
replay the data runs behind the wall clock, every sensor is "offline" again and again,
and such an alert near a flood joins it at a moment set by the wall clock, so which
incidents hold one differed between the two centers. Reported beside the problems, not
compared: every incident with its members from wall-clock alerts left out (the same set
when no such rule runs). Both centers' alert transitions are written to
``*-alert-transitions.tsv`` beside their logs.

Recovery times are measured from the fault's end to the first heartbeat after
it (beats every 5 s) and to the first 200 from ``/api/health`` (sampled twice
a second). Results: docs/benchmarks/chaos.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from common import services as svc
from common.settings import Settings, load_settings
from ingest.errors import MessageRejectedError
from ingest.payloads import Limits, parse_message
from sim.acked_replay import AckedReplay, Ledger, replay_acked
from sim.model import SimMessage
from sim.recording import read_messages

ROOT = Path(__file__).resolve().parents[1]


def own_settings(base: Settings, layout: svc.Layout) -> Settings:
    """``base`` pointed at ``layout``'s ports, database and instance."""
    return base.model_copy(update={
        "db": base.db.model_copy(update={"port": layout.pg_port, "name": layout.db_name}),
        "mqtt": base.mqtt.model_copy(update={"port": layout.mqtt_port}),
        "services": base.services.model_copy(update={"instance": layout.instance}),
    })


def record(path: Path, hours: str = "5h", seed: int = 7) -> list[SimMessage]:
    """Record the first ``hours`` of the typhoon (ending now) and read the recording back."""
    done = subprocess.run(
        [sys.executable, "-m", "soc", "simulate", "typhoon", "--dry-run", "--speed", "0", "--seed", str(seed),
         "--duration", hours, "--record", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return list(read_messages(path))


@dataclass
class ChaosRun:
    """What a run found: a readable report and the problems (empty when every promise held)."""

    report: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    results: list[FaultResult] = field(default_factory=list)


READY = "Press Ctrl-C to stop everything."
BEATING = ("ingest", "alerts", "ops")  # web: /api/health
CHILDREN = {"ingest": ("ingest", "run"), "alerts": ("alerts", "run"), "ops": ("ops", "run"), "web": ("web",)}
RECOVERY_LIMIT_S = 30.0
#: Simulated hours recorded: the storm peaks about 4 h in (docs/simulator.md).
RECORD_HOURS = "5h"
#: Pace of the chaos replay: 5 simulated hours in about 150 s.
CHAOS_SPEED = 120.0
#: Rules whose alerts depend on the wall clock (see the module docstring).
WALL_CLOCK_RULES = ("sensor-offline",)


def _wait_for(what: str, probe: Callable[[], Any], timeout: float, every: float = 1.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(every)


# ------------------------------------------------------------------ the center


@dataclass
class Sample:
    """One look at the center: when, the newest beat of each service, /api/health's status."""

    at: float
    beats: dict[str, float]
    health: int | None
    received: int | None


class Center:
    """``soc demo --no-simulator`` on a private instance, with a monitor sampling it twice a second
    (``monitored``: the samples date a faulty center's recoveries; a reference has no faults to date)."""

    def __init__(self, settings: Settings, layout: svc.Layout, logs: Path, *, monitored: bool = True) -> None:
        self.layout = layout
        self.monitored = monitored
        self.own = own_settings(settings, layout)
        self.web_port = svc.free_port()
        self.env = dict(os.environ)
        self.env.update({
            "SOC_SERVICES__INSTANCE": layout.instance, "SOC_DB__PORT": str(layout.pg_port),
            "SOC_DB__NAME": layout.db_name, "SOC_MQTT__PORT": str(layout.mqtt_port),
            "SOC_WEB__PORT": str(self.web_port), "SOC_LOG_LEVEL": "INFO",
            "SOC_ALERTS__RULES_FILE": str(settings.alerts.rules_file),
        })
        self.log_path = logs
        self.proc: subprocess.Popen[bytes] | None = None
        self.samples: list[Sample] = []
        self._stop = threading.Event()
        self._monitor: threading.Thread | None = None
        self._kept: psycopg.Connection | None = None  # the monitor's session, kept between samples

    # --- lifecycle
    def start(self) -> None:
        svc.up(self.layout)
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "soc", "demo", "--no-simulator"],
                                         cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        _wait_for("the demo to start", lambda: READY in self.log() or self._dead(), 240)
        assert not self._dead(), self.log()[-3000:]
        if self.monitored:
            self._monitor = threading.Thread(target=self._watch, daemon=True)
            self._monitor.start()
        _wait_for("every process to beat and /api/health to answer 200", self.healthy, 90)

    def _dead(self) -> bool:
        return self.proc is None or self.proc.poll() is not None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return f"(no log: {self.log_path} was never written)"

    def stop(self) -> None:
        self._stop.set()
        if self._monitor is not None:
            self._monitor.join(10)
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        if self.proc is not None:  # children the demo left behind (it must leave none)
            for pid in self._children_of(self.proc.pid):
                os.kill(pid, signal.SIGKILL)

    # --- probes
    def connect(self) -> psycopg.Connection:
        return psycopg.connect(self.own.db.conninfo(), autocommit=True, connect_timeout=2)

    def health(self) -> int | None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}/api/health", timeout=2) as r:
                return int(r.status)
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            return None

    def sample(self, *, kept: bool = False) -> Sample:
        """A look at the center, on a new session or (``kept``: the monitor's thread alone) on the
        monitor's kept session."""
        try:
            if kept:
                beats, received = self._read_kept()
            else:
                with self.connect() as conn:
                    beats, received = self._read(conn)
        except psycopg.Error:
            beats, received = {}, None
        return Sample(time.time(), beats, self.health(), received)

    @staticmethod
    def _read(conn: psycopg.Connection) -> tuple[dict[str, float], int | None]:
        beats = {service: beat_at.timestamp() for service, beat_at in conn.execute(
            "SELECT service, max(beat_at) FROM service_heartbeats GROUP BY service")}
        row = conn.execute("SELECT coalesce(sum(received), 0) FROM ingest_counters").fetchone()
        return beats, (int(row[0]) if row else None)

    def _read_kept(self) -> tuple[dict[str, float], int | None]:
        """:meth:`_read` on the kept session: a new session per sample costs a fork and a SCRAM
        exchange, twice a second for minutes. A kept session a fault ended is replaced at once,
        so the look is as good as a new session's."""
        while True:
            fresh = self._kept is None or self._kept.closed
            try:
                if self._kept is None or self._kept.closed:
                    self._kept = self.connect()
                return self._read(self._kept)
            except psycopg.Error:
                if self._kept is not None:
                    self._kept.close()
                    self._kept = None
                if fresh:
                    raise

    def _watch(self) -> None:
        try:
            while not self._stop.is_set():
                self.samples.append(self.sample(kept=True))
                self._stop.wait(0.5)
        finally:
            if self._kept is not None:
                self._kept.close()

    def healthy(self) -> bool:
        s = self.sample()
        now = time.time()
        return s.health == 200 and all(now - s.beats.get(b, 0) < 30 for b in BEATING)

    # --- processes
    @staticmethod
    def _children_of(ppid: int) -> list[int]:
        out = []
        for d in Path("/proc").iterdir():
            if not d.name.isdigit():
                continue
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == ppid and fields[0] != "Z":
                out.append(int(d.name))
        return out

    def child_pid(self, name: str) -> int | None:
        assert self.proc is not None
        want = ["-m", "soc", *CHILDREN[name]]
        for pid in self._children_of(self.proc.pid):
            try:
                argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")[:-1]
            except OSError:
                continue
            if argv[1:1 + len(want)] == want:
                return pid
        return None


# ------------------------------------------------------------------ what is compared


def snapshot(conn: psycopg.Connection) -> dict[str, Any]:
    """Alerts, incidents with their evidence, dispatched agencies: the stable fields (module docstring)."""
    alerts = conn.execute(
        "SELECT rule_id, source_id, severity, label, raised_at FROM alerts WHERE rule_id <> ALL(%s)",
        (list(WALL_CLOCK_RULES),)).fetchall()
    alert_keys: dict[str, str | None] = {row[0]: row[1] for row in conn.execute(
        "SELECT 'alert:' || a.alert_id || ':' || t.severity, "
        "       a.rule_id || '|' || a.source_id || '|' || a.raised_at::text || '|' || t.severity "
        "FROM alerts a JOIN alert_transitions t ON t.alert_id = a.alert_id")}
    # Transitions the ops center keys by their row id: a level change by what it says; a
    # clear, a recurrence or a resolution is left out (module docstring: dated by the wall
    # clock or by the evaluator's steps).
    for key, stable, action in conn.execute(
            "SELECT 'alert:' || a.alert_id || ':' || t.action || ':' || t.id, "
            "       a.rule_id || '|' || a.source_id || '|' || a.raised_at::text || '|' || t.action || '|' "
            "       || t.at::text || '|' || t.severity, t.action "
            "FROM alerts a JOIN alert_transitions t ON t.alert_id = a.alert_id "
            "WHERE t.action IN ('level', 'clear', 'recur', 'resolve')"):
        alert_keys[key] = stable if action == "level" else None
    wall_alerts = {row[0] for row in conn.execute(
        "SELECT 'alert:' || a.alert_id || ':' || t.severity FROM alerts a "
        "JOIN alert_transitions t ON t.alert_id = a.alert_id WHERE a.rule_id = ANY(%s)",
        (list(WALL_CLOCK_RULES),))}
    members: dict[str, set[str]] = {}
    for inc, key in conn.execute("SELECT incident_id, item_key FROM ops_incident_members"):
        stable = alert_keys.get(key, str(key))
        if stable is not None:
            members.setdefault(inc, set()).add(stable)
    rows = conn.execute("""
        WITH RECURSIVE family(root, member) AS (
            SELECT incident_id, incident_id FROM ops_incidents WHERE state <> 'merged'
            UNION
            SELECT f.root, i.incident_id FROM family f JOIN ops_incidents i ON i.merged_into = f.member
        )
        SELECT r.incident_id, r.type, r.severity,
               coalesce(array_agg(DISTINCT a.agency) FILTER (WHERE a.agency IS NOT NULL), '{}')
        FROM ops_incidents r JOIN family f ON f.root = r.incident_id
        LEFT JOIN ops_assignments a ON a.incident_id = f.member AND a.state <> 'cancelled'
        GROUP BY 1, 2, 3""").fetchall()
    # Members keyed by the raw item key, to leave out incidents built on wall-clock alerts.
    raw: dict[str, set[str]] = {}
    for inc, key in conn.execute("SELECT incident_id, item_key FROM ops_incident_members"):
        raw.setdefault(inc, set()).add(key)
    incidents, every = set(), set()
    for inc_id, typ, severity, agencies in rows:
        data = frozenset(k for key in raw.get(inc_id, set()) - wall_alerts if (k := alert_keys.get(key, key)))
        every.add((typ, severity, data, frozenset(agencies)))
        if raw.get(inc_id, set()) & wall_alerts:
            continue
        incidents.add((typ, severity, frozenset(members.get(inc_id, set())), frozenset(agencies)))
    return {"alerts": set(alerts), "incidents": incidents, INFORMATIVE: every}


#: Reported, not compared: every incident with its members from wall-clock alerts left out
#: (in a replay hours behind the wall clock every sensor is "offline", and an offline alert
#: near a flood joins it, so few incidents are free of them).
INFORMATIVE = "incidents, wall-clock members left out"


def dump_transitions(center: Center, path: Path) -> None:
    """Every alert transition of ``center`` as a TSV file beside its log (what to compare when they differ)."""
    with center.connect() as conn:
        rows = conn.execute(
            "SELECT a.rule_id, a.source_id, a.alert_id, a.raised_at, t.action, t.at, t.recorded_at, t.severity, "
            "       t.reason FROM alerts a JOIN alert_transitions t ON t.alert_id = a.alert_id "
            "ORDER BY a.rule_id, a.source_id, t.at, t.id").fetchall()
    path.write_text("".join("\t".join(map(str, row)) + "\n" for row in rows))


def dump_feed_log(center: Center, path: Path) -> None:
    """The ops center's replay log (every item fed and tick, with its correlator time) as a TSV file."""
    with center.connect() as conn:
        rows = conn.execute("SELECT seq, op, now_at, item_key, item FROM ops_feed_log ORDER BY seq").fetchall()
    path.write_text("".join("\t".join(json.dumps(v) if isinstance(v, dict) else str(v) for v in row) + "\n"
                            for row in rows))


def diff(got: dict[str, Any], want: dict[str, Any]) -> str:
    lines = []
    for part, wanted in want.items():
        extra, missing = got[part] - wanted, wanted - got[part]
        if extra or missing:
            lines.append(f"{part}: {len(missing)} missing, {len(extra)} extra")
            lines += [f"  - {x}" for x in sorted(map(str, missing))[:10]]
            lines += [f"  + {x}" for x in sorted(map(str, extra))[:10]]
    return "\n".join(lines)


def unaccounted(conn: psycopg.Connection, msgs: list[SimMessage], indices: set[int]) -> list[str]:
    """The acknowledged messages neither stored (every natural key present) nor quarantined."""
    registry: dict[str, str] = dict(conn.execute("SELECT sensor_id, kind FROM sensors").fetchall())
    readings = set(conn.execute("SELECT sensor_id, metric, time FROM readings").fetchall())
    events = set(conn.execute("SELECT source_id, feed, event_key, time FROM events").fetchall())
    quarantined = {(t, bytes(p)) for t, p in conn.execute("SELECT topic, payload FROM quarantine")}
    now = datetime.now(UTC)
    missing = []
    for i in sorted(indices):
        m = msgs[i]
        try:
            parsed = parse_message(m.topic, m.payload, now=now, registry=registry, limits=Limits())
        except MessageRejectedError:
            if (m.topic, m.payload) not in quarantined:
                missing.append(f"#{i} {m.topic}: not quarantined")
            continue
        keys_ok = all((r.sensor_id, r.metric, r.time) in readings for r in parsed.readings) and all(
            (e.source_id, e.feed, e.event_key, e.time) in events for e in parsed.events)
        if not keys_ok:
            missing.append(f"#{i} {m.topic}: not stored")
    return missing


def wait_ingest_subscribed(center: Center) -> None:
    """Publish invalid probes (quarantined, no effect on alerts) until ingest counts one."""
    probe = SimMessage(datetime.now(UTC), "citizen", "soc/v1/citizen/1999/chaos-probe", b"not json", 1, False, None)
    with center.connect() as conn:
        def counted() -> bool:
            replay_acked(center.own.mqtt, [probe], flush_timeout=10)
            row = conn.execute("SELECT coalesce(sum(quarantined), 0) FROM ingest_counters").fetchone()
            return bool(row and row[0])
        _wait_for("ingest to subscribe", counted, 60)


def drained(center: Center, msgs: list[SimMessage], ledger: Ledger) -> Callable[[], bool]:
    def probe() -> bool:
        try:
            with center.connect() as conn:
                return not unaccounted(conn, msgs, ledger.acked)
        except psycopg.Error:
            return False
    return probe


def settle(center: Center, quiet_s: float = 15.0, timeout: float = 120.0) -> dict[str, Any]:
    """The snapshot once it stayed the same for ``quiet_s``."""
    deadline = time.monotonic() + timeout
    last: dict[str, Any] | None = None
    since = time.monotonic()
    while time.monotonic() < deadline:
        with center.connect() as conn:
            snap = snapshot(conn)
        if snap != last:
            last, since = snap, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return snap
        time.sleep(2)
    raise AssertionError("alerts and incidents never settled")


# ------------------------------------------------------------------ faults


@dataclass
class FaultResult:
    name: str
    start: float
    end: float
    recovery: dict[str, float | None] = field(default_factory=dict)  # process -> s after the end

    @property
    def worst(self) -> float | None:
        vals = list(self.recovery.values())
        return None if any(v is None for v in vals) else max(v for v in vals if v is not None)


def recovery_after(center: Center, end: float, limit: float = RECOVERY_LIMIT_S) -> dict[str, float | None]:
    """Seconds from ``end`` until each process was seen back, waiting at most ``limit`` (+ one beat period)."""
    grace = 12.0  # heartbeats come every 10 s; a beat taken up to then still dates the recovery
    got: dict[str, float | None] = dict.fromkeys((*BEATING, "web"))
    while time.time() < end + limit + grace:
        for s in [s for s in list(center.samples) if s.at > end]:
            for b in BEATING:
                if got[b] is None and s.beats.get(b, 0) > end:
                    got[b] = s.beats[b] - end
            if got["web"] is None and s.health == 200:
                got["web"] = s.at - end
        if all(v is not None for v in got.values()):
            break
        time.sleep(0.5)
    return got


def kill_all(center: Center, limit: float = RECOVERY_LIMIT_S) -> FaultResult:
    start = time.time()
    pids = {name: center.child_pid(name) for name in CHILDREN}
    assert all(pids.values()), f"children not found: {pids}"
    for pid in pids.values():
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
    r = FaultResult("kill -9 ingest, alerts, ops, web", start, time.time())
    r.recovery = recovery_after(center, r.end, limit)
    return r


def pg_outage(center: Center, seconds: float, limit: float = RECOVERY_LIMIT_S) -> FaultResult:
    start = time.time()
    svc.pg_down(center.layout)
    time.sleep(max(0.0, seconds - (time.time() - start)))
    svc.pg_up(center.layout)
    r = FaultResult(f"PostgreSQL stopped {seconds:.0f} s", start, time.time())
    r.recovery = recovery_after(center, r.end, limit)
    return r


def mqtt_restart(center: Center, limit: float = RECOVERY_LIMIT_S) -> FaultResult:
    start = time.time()
    svc.mqtt_down(center.layout)
    svc.mqtt_up(center.layout)
    r = FaultResult("Mosquitto restarted", start, time.time())
    r.recovery = recovery_after(center, r.end, limit)
    # Ingest consumes again: the received count grows after the restart.
    before = next((s.received for s in reversed(center.samples) if s.at <= r.end and s.received is not None), 0)
    flowing = None
    deadline = r.end + limit
    while flowing is None and time.time() < deadline:
        for s in list(center.samples):
            if s.at > r.end and s.received is not None and s.received > before:
                flowing = s.at - r.end
                break
        time.sleep(0.5)
    r.recovery["ingest (messages flowing)"] = flowing
    return r


#: In this order, each once the center is back from the previous one (or the limit passed).
FAULTS: dict[str, Callable[[Center, float], FaultResult]] = {
    "kill": kill_all,
    "pg20": lambda c, limit: pg_outage(c, 20, limit),
    "mqtt": mqtt_restart,
    "pg90": lambda c, limit: pg_outage(c, 90, limit),
}


def without_silence(rules: Path, out: Path) -> Path:
    """``rules`` without the ``sensor-offline`` (silence) rule, written to ``out``.

    In a replay that runs hours behind the wall clock every sensor is "silent" again and
    again, and its offline alerts join the incidents near them at moments that follow
    the wall clock, so which incidents hold one differs between two equal replays. The
    rule is wall-clock by design and left out of the comparison anyway; without it the
    incidents are compared whole.
    """
    text = rules.read_text(encoding="utf-8")
    start = text.index("  - id: sensor-offline\n")
    end = text.index("  - id: ", start + 1)
    out.write_text(text[:start] + text[end:], encoding="utf-8")
    return out


def run_chaos(settings: Settings, ref_layout: svc.Layout, layout: svc.Layout, msgs: list[SimMessage],
              logs: Path, *, faults: Sequence[str] = tuple(FAULTS), speed: float = CHAOS_SPEED,
              recovery_limit: float = RECOVERY_LIMIT_S, quiet_s: float = 15.0) -> ChaosRun:
    """Replay ``msgs`` into both layouts side by side, inject ``faults`` into ``layout``'s center; the findings.

    A process not back within ``recovery_limit`` of a fault's end is a problem;
    the final state is compared once the reference's stayed the same for ``quiet_s``.
    The layouts are started here and left running (the caller removes them).
    """
    run = ChaosRun()
    report, results = run.report, run.results
    report.append(f"recording: typhoon, {len(msgs)} messages, replayed at speed {speed:g}")
    # Both centers run without the wall-clock silence rule (see without_silence).
    rules = without_silence(ROOT / settings.alerts.rules_file, logs / "rules-without-silence.yaml")
    settings = settings.model_copy(update={"alerts": settings.alerts.model_copy(update={"rules_file": rules})})
    ref = Center(settings, ref_layout, logs / "reference.log", monitored=False)
    center = Center(settings, layout, logs / "chaos.log")
    stop = threading.Event()
    counts = None
    lost: list[str] = []
    try:
        failures: dict[str, BaseException] = {}

        def start(c: Center) -> None:
            try:
                c.start()
            except BaseException as exc:  # reported below, with the center's log
                failures[c.layout.instance] = exc

        starters = [threading.Thread(target=start, args=(c,)) for c in (ref, center)]
        for t in starters:
            t.start()
        for t in starters:
            t.join()
        for c in (ref, center):
            if c.layout.instance in failures or not c.healthy():
                raise RuntimeError(f"a center did not start ({failures.get(c.layout.instance)!r}):\n"
                                   + c.log()[-3000:])
        wait_ingest_subscribed(ref)
        wait_ingest_subscribed(center)
        with AckedReplay(ref.own.mqtt, msgs) as ref_replay, AckedReplay(center.own.mqtt, msgs) as replay:
            # Both replays run side by side at the same pace: the alert and incident
            # results depend on how observation time relates to the wall clock.
            runners = [threading.Thread(target=r.run, kwargs={"speed": speed, "stop": stop}, daemon=True)
                       for r in (ref_replay, replay)]
            t0 = time.monotonic()
            for t in runners:
                t.start()
            try:
                time.sleep(5)
                for name in faults:
                    results.append(FAULTS[name](center, recovery_limit))
            except BaseException:
                stop.set()
                raise
            for t in runners:
                t.join(300)
            if any(t.is_alive() for t in runners):
                raise RuntimeError("the replay never finished")
            ref_replay.flush(120)
            replay.flush(120)
            ref_ledger, ledger = ref_replay.ledger, replay.ledger
        if ref_ledger.acked != set(range(len(msgs))):
            run.problems.append(f"reference: {len(msgs) - len(ref_ledger.acked)} messages not acknowledged")
        report.append(f"chaos replay: {ledger.published} published, {len(ledger.acked)} acknowledged, "
                      f"{len(ledger.refused)} refused, {ledger.connects} connections, "
                      f"{time.monotonic() - t0:.0f} s")
        for r in results:
            report.append(f"{r.name}: " + ", ".join(
                f"{k} {'NOT BACK' if v is None else f'{v:.1f} s'}" for k, v in r.recovery.items()))

        _wait_for("the reference replay to be stored", drained(ref, msgs, ref_ledger), 180, every=3)
        with contextlib.suppress(AssertionError):  # what is missing then is reported below
            _wait_for("every acknowledged message stored or quarantined", drained(center, msgs, ledger), 180,
                      every=3)
        with center.connect() as conn:
            lost = unaccounted(conn, msgs, ledger.acked)
            counts = conn.execute(
                "SELECT sum(received), sum(stored), sum(duplicate), sum(quarantined) FROM ingest_counters"
            ).fetchone()
        report.append(f"acknowledged but neither stored nor quarantined: {len(lost)} {lost[:5]}")
        report.append(f"ingest counters (received, stored, duplicate, quarantined): {counts}")
        # Every check is made before any is asserted, so one run shows every failure.
        problems = run.problems
        if lost:
            problems.append(f"{len(lost)} acknowledged messages neither stored nor quarantined: {lost[:5]}")
        if counts is None or counts[0] != counts[1] + counts[2] + counts[3] or counts[0] < len(ledger.acked):
            problems.append(f"ingest counters do not balance or miss messages: {counts}")
        problems += [f"not back within {recovery_limit:.0f} s after {r.name}: {r.recovery}" for r in results
                     if r.worst is None or r.worst > recovery_limit]

        want = settle(ref, quiet_s)
        report.append(f"reference: {len(want['alerts'])} alerts, {len(want['incidents'])} incidents")
        deadline = time.monotonic() + 60
        while True:
            with center.connect() as conn:
                got = snapshot(conn)
            if all(got[k] == want[k] for k in got if k != INFORMATIVE) or time.monotonic() > deadline:
                break
            time.sleep(3)
        differs = diff({k: got[k] for k in got if k != INFORMATIVE}, {k: want[k] for k in want if k != INFORMATIVE})
        if differs:
            problems.append("final state differs from the fault-free replay:\n" + differs)
        informative = diff({INFORMATIVE: got[INFORMATIVE]}, {INFORMATIVE: want[INFORMATIVE]})
        report.append(f"{INFORMATIVE} (reported, not compared): {len(want[INFORMATIVE])} in the reference, "
                      + ("equal" if not informative else "differ:\n" + informative))
        if not center.healthy():
            problems.append("the center is not healthy at the end")
        report += problems
        for c, name in ((ref, "reference"), (center, "chaos")):
            dump_transitions(c, logs / f"{name}-alert-transitions.tsv")
            dump_feed_log(c, logs / f"{name}-ops-feed-log.tsv")
    finally:
        stop.set()
        center.stop()
        ref.stop()
    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--faults", default=",".join(FAULTS), help="comma list of " + ", ".join(FAULTS) + "; or none")
    ap.add_argument("--hours", default=RECORD_HOURS, help="simulated length of the recording (default 5h)")
    ap.add_argument("--speed", type=float, default=CHAOS_SPEED, help="simulated seconds per second")
    ap.add_argument("--logs", type=Path, default=Path("bench/_build/chaos"), help="the centers' logs and report")
    args = ap.parse_args(argv)
    faults = [f for f in args.faults.split(",") if f and f != "none"]
    unknown = [f for f in faults if f not in FAULTS]
    if unknown:
        ap.error(f"unknown faults: {unknown}")
    base = load_settings(ROOT / ".env")
    tag = os.urandom(3).hex()
    layouts = [replace(svc.Layout.from_settings(base), instance=f"chaos-{tag}-{name}", pg_port=svc.free_port(),
                       mqtt_port=svc.free_port(), db_name="soc") for name in ("ref", "chaos")]
    args.logs.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    try:
        msgs = record(args.logs / "typhoon.jsonl", args.hours)
        run = run_chaos(base, layouts[0], layouts[1], msgs, args.logs, faults=faults, speed=args.speed)
    finally:
        for layout in layouts:
            svc.down(layout)
            svc.remove_instance(layout)
    run.report.append(f"total {time.monotonic() - t0:.0f} s, load average {os.getloadavg()}")
    print("\n".join(run.report))
    (args.logs / "report.json").write_text(json.dumps({
        "report": run.report, "problems": run.problems,
        "faults": [{"name": r.name, "recovery_s": r.recovery} for r in run.results]}, indent=1, ensure_ascii=False))
    return 1 if run.problems else 0


if __name__ == "__main__":
    sys.exit(main())
