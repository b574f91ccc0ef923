"""Evaluator: replayed series give the expected alerts at the expected times."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alerts.evaluate import CondState, Evaluator, Event, Reading, SensorInfo
from alerts.lifecycle import Action, AlertBook, AlertState, Clear, Severity, Trigger
from alerts.rules import load_rules_file
from common.vocabulary import StatusReason

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
DATA = Path(__file__).parent / "data"

SENSORS = [
    SensorInfo(
        "WL-01",
        "water_level",
        "disaster",
        "筏子溪",
        120.64,
        24.17,
        expected_interval_s=60,
        alert_levels_m={"1": 11.0, "2": 10.5, "3": 10.0},
    ),
    SensorInfo("C0F9T0", "rain", "disaster", "西屯", 120.65, 24.18, expected_interval_s=600),
    SensorInfo("VD1", "vd", "traffic", "環中路 1", corridor="R-huanzhong", expected_interval_s=60),
    SensorInfo("VD2", "vd", "traffic", "環中路 2", corridor="R-huanzhong", expected_interval_s=60),
    SensorInfo("FA-1", "fire_alarm", "disaster", "會展中心", 120.66, 24.16),
]


def t(hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2016, 6, 2, int(h), int(m), tzinfo=UTC)


def load_series(name: str) -> list[Reading]:
    with (DATA / name).open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return [
            Reading(r["sensor_id"], r["metric"], datetime.fromisoformat(r["time"]), float(r["value"])) for r in rows
        ]


def replay(ev: Evaluator, book: AlertBook, readings: list[Reading], tick_every: timedelta) -> None:
    """Feed readings in time order, ticking the book and evaluator at each reading time."""
    last_tick = None
    for r in readings:
        if last_tick is None or r.time - last_tick >= tick_every:
            book.apply_all(ev.tick(r.time))
            book.tick(r.time)
            last_tick = r.time
        book.apply_all(ev.feed(r, r.time))


def audit_of(book: AlertBook, rule: str) -> list[tuple[str, str, str]]:
    return [
        (rec.at.strftime("%H:%M"), rec.action.value, rec.severity.value) for rec in book.audit if rec.rule_id == rule
    ]


def test_water_level_replay_gives_expected_alerts_at_expected_times() -> None:
    ev = Evaluator(RULES, SENSORS)
    book = AlertBook()
    readings = [r for r in load_series("replay_water_rain.csv") if r.sensor_id == "WL-01"]
    replay(ev, book, readings, timedelta(minutes=1))
    assert audit_of(book, "water-level") == [
        ("06:02", "raise", "Minor"),  # 10.00 >= level 3 (10.0): counts from its first reading
        ("06:06", "severity", "Moderate"),  # 10.55 >= level 2 (10.5)
        ("06:10", "severity", "Minor"),  # 10.40 < 10.5 - hysteresis 0.05
        ("06:12", "escalate", "Minor"),  # unacknowledged 600 s after raise
        ("06:14", "clear", "Minor"),  # 9.90 < 10.0 - 0.05
        # no escalation while the condition is clear
        ("06:24", "resolve", "Minor"),  # clear for auto_resolve_after_s 600
    ]
    assert audit_of(book, "water-level-rise") == [
        ("06:05", "raise", "Moderate"),  # 10.40 - 9.80 >= 0.5 within 600 s
        ("06:11", "clear", "Moderate"),  # 10.30 - 9.90 < 0.5
        ("06:21", "resolve", "Moderate"),
    ]
    assert [a for a in book.open_alerts() if a.rule_id.startswith("water")] == []


def test_cwa_rainfall_classes_raise_and_rise() -> None:
    ev = Evaluator(RULES, SENSORS)
    book = AlertBook()
    readings = [r for r in load_series("replay_water_rain.csv") if r.sensor_id == "C0F9T0"]
    replay(ev, book, readings, timedelta(minutes=10))
    assert audit_of(book, "cwa-rainfall") == [
        ("05:10", "raise", "Moderate"),  # 1 h 45 mm >= 40: 大雨
        ("05:20", "escalate", "Moderate"),  # nobody acknowledged within 600 s
        ("05:20", "severity", "Severe"),  # 3 h 105 mm >= 100: 豪雨
        ("05:30", "escalate", "Severe"),  # and again
        ("05:30", "level", "Severe"),  # 3 h 210 mm >= 200: 大豪雨, same CAP severity
    ]
    (alert,) = [a for a in book.open_alerts() if a.rule_id == "cwa-rainfall"]
    assert alert.label == "大豪雨"  # 3 h 210 mm >= 200 at 05:30
    assert alert.source_id == "C0F9T0"


def test_congestion_needs_both_conditions_for_three_minutes() -> None:
    ev = Evaluator(RULES, SENSORS)
    decisions = []
    for minute in range(0, 8):
        at = t(f"08:{minute:02d}")
        jam = 1 <= minute <= 5
        for vd, speed, occ in (("VD1", 15, 70), ("VD2", 18, 65)):
            s, o = (speed, occ) if jam else (40, 30)
            decisions += ev.feed(Reading(vd, "speed_kmh", at, s), at)
            decisions += ev.feed(Reading(vd, "occupancy_pct", at, o), at)
    kinds = [(type(d).__name__, d.at.strftime("%H:%M"), d.source_id) for d in decisions]
    assert kinds == [
        ("Trigger", "08:04", "corridor:R-huanzhong"),  # held since 08:01 for 180 s
        ("Trigger", "08:05", "corridor:R-huanzhong"),  # re-trigger (updates), 60 s later
        ("Clear", "08:06", "corridor:R-huanzhong"),
    ]


def test_speed_alone_is_not_congestion() -> None:
    ev = Evaluator(RULES, SENSORS)
    out = []
    for minute in range(10):
        at = t(f"08:{minute:02d}")
        out += ev.feed(Reading("VD1", "speed_kmh", at, 10), at)
        out += ev.feed(Reading("VD1", "occupancy_pct", at, 20), at)
    assert out == []


def test_silence_after_three_intervals_and_last_will() -> None:
    ev = Evaluator(RULES, [SENSORS[0]])
    ev.feed(Reading("WL-01", "water_level_m", t("06:00"), 9.0), t("06:00"))
    assert ev.tick(t("06:03")) == []  # exactly 3 x 60 s: not yet
    (d,) = ev.tick(t("06:03") + timedelta(seconds=1))
    assert isinstance(d, Trigger)
    assert (d.rule_id, d.source_id) == ("sensor-offline", "WL-01")
    assert ev.tick(t("06:10")) == []  # already active: no repeat
    back = ev.feed(Reading("WL-01", "water_level_m", t("06:11"), 9.0), t("06:11"))
    assert [type(x) for x in back] == [Clear]
    will = ev.feed(Event("WL-01", "status", t("06:12"), category="offline"), t("06:12"))
    assert [(type(x), x.rule_id) for x in will] == [(Trigger, "sensor-offline")]


def test_a_reading_observed_before_the_last_will_does_not_clear_it_back_in_time() -> None:
    """An offline status raises at once, and a reading observed before it, whose receipt is
    not known (so not known to come after it), does not clear the offline alert at a time
    before its raise; the first reading observed after it clears it, in order (last wills
    and receipts: test_alerts_silence_receipt.py)."""
    ev = Evaluator(RULES, [SENSORS[0]])
    ev.feed(Reading("WL-01", "water_level_m", t("06:00"), 9.0), t("06:00"))
    will = ev.feed(Event("WL-01", "status", t("06:01"), category="offline"), t("06:01"))
    assert [(type(x), x.rule_id) for x in will] == [(Trigger, "sensor-offline")]
    late = ev.feed(Reading("WL-01", "water_level_m", t("06:00") + timedelta(seconds=40), 9.0), t("06:01"))
    assert [x for x in late if isinstance(x, Clear)] == []
    back = ev.feed(Reading("WL-01", "water_level_m", t("06:01") + timedelta(seconds=5), 9.0), t("06:02"))
    clears = [x for x in back if isinstance(x, Clear)]
    assert [(x.rule_id, x.at) for x in clears] == [("sensor-offline", t("06:01") + timedelta(seconds=5))]


def test_an_offline_status_that_says_why_gives_the_alert_its_reason() -> None:
    ev = Evaluator(RULES, [SENSORS[0]])
    ev.feed(Reading("WL-01", "water_level_m", t("06:00"), 9.0), t("06:00"))
    out = ev.feed(Event("WL-01", "status", t("06:01"), category="offline", status_reason="mains_power_lost"),
                  t("06:01"))
    (trigger,) = [d for d in out if isinstance(d, Trigger)]
    assert trigger.rule_id == "sensor-offline"
    assert "mains_power_lost" in trigger.reason
    assert trigger.status_reason is StatusReason.MAINS_POWER_LOST


def test_events_map_category_and_clear() -> None:
    ev = Evaluator(RULES, SENSORS)
    out = ev.feed(Event("FA-1", "fire_alarm", t("09:00"), category="alarm"), t("09:00"))
    assert [(d.rule_id, d.severity) for d in out if isinstance(d, Trigger)] == [("fire-alarm", Severity.SEVERE)]
    assert isinstance(out[0], Trigger)
    assert (out[0].lon, out[0].lat) == (120.66, 24.16)
    cleared = ev.feed(Event("FA-1", "fire_alarm", t("09:05"), category="normal"), t("09:05"))
    assert [type(d) for d in cleared] == [Clear]
    low = ev.feed(Event("CAM-1", "cctv", t("09:06"), category="wrong_way", confidence=0.3), t("09:06"))
    assert low == []
    inc = ev.feed(Event("R-9", "incident", t("09:07"), category="accident", severity="high"), t("09:07"))
    assert [(d.rule_id, d.severity) for d in inc if isinstance(d, Trigger)] == [("police-incident", Severity.SEVERE)]
    later = [d for d in ev.tick(t("10:07")) if d.rule_id == "police-incident"]
    assert [type(d) for d in later] == [Clear]  # clears_after_s 3600


def test_restored_condition_state_does_not_repeat_a_raise() -> None:
    ev = Evaluator(RULES, SENSORS)
    r1 = Reading("WL-01", "water_level_m", t("06:00"), 10.2)
    r2 = Reading("WL-01", "water_level_m", t("06:02"), 10.2)
    ev.feed(r1, r1.time)
    first = ev.feed(r2, r2.time)
    assert [d.rule_id for d in first] == ["water-level"]
    saved = [(rid, sub, CondState.from_json(st.to_json())) for rid, sub, st in ev.take_dirty()]
    ev2 = Evaluator(RULES, SENSORS)
    ev2.restore(saved)
    ev2.prime(r1)
    ev2.prime(r2)
    r3 = Reading("WL-01", "water_level_m", t("06:02") + timedelta(seconds=30), 10.2)
    assert ev2.feed(r3, r3.time) == []  # active at the same level, inside the re-trigger period
    book = AlertBook()
    book.apply_all(first)
    assert [a.state for a in book.all_alerts()] == [AlertState.RAISED]
    assert [rec.action for rec in book.audit] == [Action.RAISE]


def test_an_event_alerts_title_is_in_words_with_the_devices_name_and_no_report_id() -> None:
    # What a coordinator and the agencies read: no category code, no report id.
    ev = Evaluator(RULES, SENSORS)
    fire = [d for d in ev.feed(Event("FA-1", "fire_alarm", t("09:00"), category="alarm"), t("09:00"))
            if isinstance(d, Trigger)]
    assert [d.title for d in fire] == ["火警警報 會展中心"]
    police = [d for d in ev.feed(Event("PR-20261207-011255-02", "incident", t("09:01"), category="stalled_vehicle",
                                       severity="high"), t("09:01")) if isinstance(d, Trigger)]
    assert [d.title for d in police] == ["警政通報事件：故障車輛"]
