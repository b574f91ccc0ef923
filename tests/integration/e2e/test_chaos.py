"""Chaos through the real processes: the typhoon replayed while the center's parts fail.

The first 5 simulated hours of the typhoon are recorded once (``soc simulate
typhoon --dry-run --record``) and replayed byte for byte, at 120 simulated
seconds per second (150 s), into two private instances side by side, each
running the center under its own supervision (``soc demo --no-simulator``): a
fault-free reference and a faulty one (:mod:`bench.chaos`). Into the faulty
one, during the replay and one after the other: ``kill -9`` of ingest, alerts,
ops and web; PostgreSQL stopped for 20 s; Mosquitto restarted; PostgreSQL
stopped for 90 s (while the storm's incidents form, about 60-150 s into the replay).

After the drain:

* every message the publisher got a PUBACK for is stored exactly once or
  quarantined, and the ingest counters balance;
* every process (ingest, alerts and ops by their heartbeat, web by a 200 from
  ``/api/health``) is back after each fault (waited for up to
  :data:`LIVENESS_S`: a liveness bound, not a performance claim; how fast they
  come back, against the 30 s target, is measured by ``python -m bench.chaos``
  under the bench lock, docs/benchmarks/chaos.md, because start-up time
  follows the machine's load);
* the final alerts, incidents, their members and dispatched agencies equal the
  reference's (the stable fields, see :func:`bench.chaos.snapshot`; both centers run
  without the wall-clock ``sensor-offline`` rule, :func:`bench.chaos.without_silence`).

Heartbeats come every second here (``SOC_HEALTH__BEAT_EVERY_S``) so that a
recovery is dated to the second. Recovery times of each fault are printed;
the figures kept in docs/benchmarks/chaos.md come from ``python -m bench.chaos``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.chaos import FAULTS, ChaosRun, record, run_chaos
from common.settings import Settings
from tests.fix_services import private_instance

pytestmark = [pytest.mark.integration, pytest.mark.slow]

HOURS = "5h"
SPEED = 120.0
#: How long a process may take to come back before the test calls it down.
LIVENESS_S = 120.0


FINAL_STATE = "final state differs from the fault-free replay"


@pytest.fixture(scope="module")
def chaos_run(settings: Settings, private_seed: Path | None,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChaosRun]:
    """One chaos run (two private instances, removed afterwards) for the module's tests."""
    tag = os.urandom(3).hex()
    tmp = tmp_path_factory.mktemp("chaos")
    with (private_instance(settings, f"chaos-{tag}-ref", private_seed) as ref,
          private_instance(settings, f"chaos-{tag}-chaos", private_seed) as faulty,
          pytest.MonkeyPatch.context() as mp):
        mp.setenv("SOC_HEALTH__BEAT_EVERY_S", "1")
        msgs = record(tmp / "typhoon.jsonl", HOURS)
        run = run_chaos(settings, ref, faulty, msgs, tmp, faults=tuple(FAULTS), speed=SPEED,
                        recovery_limit=LIVENESS_S, quiet_s=8.0)
        print("\n".join(run.report))
        yield run


def test_typhoon_through_every_fault_loses_nothing_and_recovers(chaos_run: ChaosRun) -> None:
    run = chaos_run
    assert [r.name.split()[0] for r in run.results] == ["kill", "PostgreSQL", "Mosquitto", "PostgreSQL"]
    for r in run.results:
        assert r.worst is not None, (r.name, r.recovery)
        assert r.worst <= LIVENESS_S, (r.name, r.recovery)
    others = [p for p in run.problems if not p.startswith(FINAL_STATE)]
    assert others == [], "\n".join(others) + "\n\n" + "\n".join(run.report)


def test_typhoon_through_every_fault_ends_as_the_reference(chaos_run: ChaosRun) -> None:
    final = [p for p in chaos_run.problems if p.startswith(FINAL_STATE)]
    assert final == [], "\n".join(final)
