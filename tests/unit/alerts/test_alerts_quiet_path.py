"""The evaluator skips a threshold rule whose condition is settled (inactive, nothing
pending) when the new readings meet no level; that shortcut must never change a decision
or a condition state, whatever the readings, their order in time, gaps and silences."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alerts.evaluate import Evaluator, Reading, SensorInfo
from alerts.rules import ThresholdRule, load_rules_file
from alerts.service import evaluate_batch

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
SENSORS = [
    SensorInfo("C0F9T0", "rain", "disaster", "r", 120.65, 24.18, expected_interval_s=600),
    SensorInfo("WL-10", "water_level", "disaster", "w", 120.64, 24.17, expected_interval_s=600,
               alert_levels_m={"1": 11.0, "2": 10.5, "3": 10.0}),
    SensorInfo("FL-1", "flood", "disaster", "f", expected_interval_s=600),
]
METRICS = {"C0F9T0": ("rain_1h", "rain_3h", "rain_24h"), "WL-10": ("water_level_m",), "FL-1": ("flood_depth_cm",)}
T0 = datetime(2016, 6, 2, tzinfo=UTC)


class FullEvaluator(Evaluator):
    """Every threshold rule evaluated in full, always."""

    def _stays_quiet(self, rule: ThresholdRule, s: SensorInfo, readings: Sequence[Reading]) -> bool:
        return False


def stream(seed: int) -> list[tuple[datetime, list[Reading]]]:
    """Batches with gaps long enough to silence a sensor, values on and around every limit,
    and readings that arrive with an older observation time than others already seen."""
    rng = random.Random(seed)
    now, out = T0, []
    for _ in range(60):
        now += timedelta(seconds=rng.choice([10, 60, 300, 600, 1800, 4000]))
        batch = []
        for sid, metrics in METRICS.items():
            if rng.random() < 0.7:
                for m in [m for m in metrics if rng.random() < 0.7] or metrics[:1]:
                    lo, hi = RANGES[m]
                    v = rng.choice([lo, hi, rng.uniform(lo, hi), round(rng.uniform(lo, hi))])
                    batch.append(Reading(sid, m, now - timedelta(seconds=rng.choice([0, 0, 5, 700])), v))
        out.append((now, batch))
    return out


RANGES = {"rain_1h": (0, 60), "rain_3h": (0, 250), "rain_24h": (0, 600), "water_level_m": (9.5, 11.5),
          "flood_depth_cm": (0, 40)}


def test_the_quiet_shortcut_changes_no_decision() -> None:
    for seed in range(400):
        quick, full = Evaluator(RULES, SENSORS), FullEvaluator(RULES, SENSORS)
        quick.start(T0)
        full.start(T0)
        for now, batch in stream(seed):
            assert evaluate_batch(quick, batch, [], now) == evaluate_batch(full, batch, [], now), seed
            assert quick.take_dirty() == full.take_dirty(), seed
