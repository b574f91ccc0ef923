"""Recording lines, run options, pass time maps and a dry run of ``soc simulate`` (no broker)."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sim.cli import parse_duration, parse_start
from sim.errors import RecordingError
from sim.model import TPE, SimMessage, TimeMap
from sim.publisher import RunOptions, pass_time_map, will_topics
from sim.recording import PassHeader, header_line, message_line, parse_line, read_messages
from sim.registry import Registry
from sim.scenarios import get_scenario
from soc.cli import main

DATA = Path(__file__).parent / "data"


def test_recording_lines_round_trip_every_message_including_bad_bytes(registry: Registry, start: datetime) -> None:
    msgs = list(get_scenario("faults").generate(registry, start, 2))
    assert any(b"\xff" in m.payload for m in msgs)
    for m in msgs:
        back = parse_line(message_line(m))
        assert isinstance(back, SimMessage)
        assert back == SimMessage(back.scenario_time, m.account, m.topic, m.payload, m.qos, m.retain, m.fault)
        assert back.scenario_time == m.scenario_time
    header = PassHeader("faults", 2, 1, TimeMap(start, start + timedelta(hours=1), 60.0))
    assert parse_line(header_line(header)) == header


@pytest.mark.parametrize(
    "line",
    [
        "not json",
        "[]",
        '{"format": "other/1"}',
        '{"t": "2026-01-01T00:00:00", "account": "a", "topic": "t", "payload_b64": "", "qos": 1, "retain": false}',
        '{"t": "2026-01-01T00:00:00Z", "account": "a", "topic": "t", "payload_b64": "***", "qos": 1, "retain": false}',
        '{"t": "2026-01-01T00:00:00Z", "account": "a"}',
    ],
)
def test_bad_recording_lines_name_their_line(line: str) -> None:
    with pytest.raises(RecordingError) as err:
        parse_line(line, path=Path("x.jsonl"), lineno=7)
    assert err.value.line == 7
    assert "x.jsonl:7" in str(err.value)


@pytest.mark.parametrize(
    ("text", "seconds"), [("90s", 90), ("45m", 2700), ("12h", 43200), ("1d", 86400), ("30", 30), ("1.5h", 5400)]
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "0", "-5m", "3w", "h"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        parse_duration(text)


def test_parse_start_needs_an_offset() -> None:
    assert parse_start("2026-09-28T06:00+08:00") == datetime(2026, 9, 28, 6, 0, tzinfo=TPE)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_start("2026-09-28T06:00")


def test_pass_time_maps() -> None:
    now = datetime(2026, 11, 26, 6, 30, 17, 500_000, tzinfo=UTC)
    hour = timedelta(hours=1)
    live = pass_time_map(RunOptions("typhoon", speed=60), hour, 0, now)
    assert live == TimeMap(datetime(2026, 11, 26, 6, 30, tzinfo=UTC), now, 60.0)
    fast = pass_time_map(RunOptions("typhoon", speed=0), hour, 0, now)
    assert fast.obs(fast.sim_start + hour) <= now  # a speed-0 pass ends in the past
    assert fast.factor == 1.0
    given = datetime(2026, 9, 28, 6, 0, tzinfo=TPE)
    second = pass_time_map(RunOptions("typhoon", speed=60, start=given), hour, 1, now)
    assert second.sim_start == given + hour  # --repeat continues the simulated timeline
    assert second.obs_start == now


def test_wills_sit_on_a_device_of_each_account(registry: Registry) -> None:
    wills = will_topics(registry)
    assert set(wills) == {"disaster", "traffic", "police"}  # citizen has no devices
    # The first periodic device of each account by id, else its first device.
    assert wills["disaster"] == "soc/v1/disaster/flood/T-FL-LOW/status"
    assert wills["traffic"] == "soc/v1/traffic/parking/T-PK-FAR/status"
    assert wills["police"] == "soc/v1/police/cctv/T-CCTV-VENUE/status"


def test_dry_run_writes_truth_and_recording(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    truth, record = tmp_path / "truth.json", tmp_path / "run.jsonl"
    argv = ["simulate", "faults", "--dry-run", "--speed", "0", "--duration", "2h"]
    argv += ["--registry", str(DATA / "sensors.geojson"), "--truth", str(truth), "--record", str(record)]
    argv += ["--start", "2026-11-23T00:00+08:00", "--seed", "9"]
    assert main(argv) == 0
    doc = json.loads(truth.read_text(encoding="utf-8"))
    recorded = list(read_messages(record))
    assert doc["format"] == "soc-sim-truth/1"
    assert doc["messages"]["total"] == len(recorded)
    assert sum(doc["messages"]["outcomes"].values()) == len(recorded)
    assert {i["type"] for i in doc["incidents"]} == {"sensor_silent"}
    assert f"published {len(recorded)} messages" in capsys.readouterr().out
    # The recording is exactly what the pure generator yields for these arguments.
    start = datetime(2026, 11, 23, tzinfo=TPE)
    from sim.registry import load_registry

    again = list(get_scenario("faults").generate(load_registry(DATA / "sensors.geojson"), start, 9, timedelta(hours=2)))
    assert [(m.topic, m.payload) for m in recorded] == [(m.topic, m.payload) for m in again]


def test_simulate_needs_a_scenario_or_a_replay(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--dry-run"]) == 2


@pytest.mark.parametrize("speed", ["-1", "36001", "fast"])
def test_speed_out_of_range_is_a_usage_error(speed: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["simulate", "typhoon", "--dry-run", "--speed", speed])
    assert exc.value.code == 2


def test_repeat_runs_passes_that_continue_the_timeline(tmp_path: Path) -> None:
    from common.settings import load_settings
    from sim.publisher import run_simulation
    from sim.recording import parse_line

    record = tmp_path / "run.jsonl"
    start = datetime(2026, 11, 23, tzinfo=TPE)
    opts = RunOptions(
        "normal_day",
        speed=60,
        duration=timedelta(minutes=30),
        start=start,
        repeat=True,
        record=record,
        registry=DATA / "sensors.geojson",
        dry_run=True,
        max_passes=2,
    )
    stats = run_simulation(load_settings(), opts)
    lines = [parse_line(line) for line in record.read_text(encoding="utf-8").splitlines()]
    headers = [h for h in lines if isinstance(h, PassHeader)]
    msgs = [m for m in lines if isinstance(m, SimMessage)]
    assert [h.pass_no for h in headers] == [1, 2]
    assert [h.time_map.sim_start for h in headers] == [start, start + timedelta(minutes=30)]
    assert stats.passes == 2
    assert stats.published == len(msgs)
    times = [m.scenario_time for m in msgs]
    assert times == sorted(times)
    assert times[-1] >= start + timedelta(minutes=30)
    # Report and case ids never repeat across passes; payloads of the two passes differ.
    half = len(msgs) // 2
    assert {m.payload for m in msgs[:half]}.isdisjoint({m.payload for m in msgs[half:]})


def test_a_gauges_24_hour_total_goes_on_across_repeats(tmp_path: Path) -> None:
    """Each gauge reports every 10 minutes with the rain of the 10 minutes before (MIN_10):
    its 24-hour total (HOUR_24) is the sum of those in the last 24 hours, and its daily
    total (NOW) the sum since Taipei midnight, whichever pass of ``--repeat`` they fell in."""
    from common.settings import load_settings
    from sim.publisher import run_simulation
    from sim.recording import parse_line

    record = tmp_path / "run.jsonl"
    start = datetime(2026, 9, 1, tzinfo=TPE)  # two 12-hour passes: one Taipei day
    opts = RunOptions("typhoon", speed=60, seed=5, duration=timedelta(hours=12), start=start, repeat=True,
                      record=record, registry=DATA / "sensors.geojson", dry_run=True, max_passes=2)
    run_simulation(load_settings(), opts)
    lines = [parse_line(line) for line in record.read_text(encoding="utf-8").splitlines()]
    reports: dict[str, list[tuple[datetime, dict[str, float]]]] = {}
    for m in lines:
        if isinstance(m, SimMessage) and m.fault is None and m.topic.startswith("soc/v1/disaster/rain/") \
                and not m.topic.endswith("/status"):
            reports.setdefault(m.topic, []).append((m.scenario_time, json.loads(m.payload)["values"]))
    assert reports
    second = start + timedelta(hours=12)
    for topic, seen in reports.items():
        assert [t for t, _ in seen] == [start + timedelta(minutes=10 * k) for k in range(144)], topic
        for i, (t, values) in enumerate(seen):
            day = sum(v["MIN_10"] for s, v in seen[: i + 1] if s > t - timedelta(hours=24))
            assert values["HOUR_24"] == pytest.approx(day, abs=1e-6), (topic, t, values)
            assert values["NOW"] == pytest.approx(day, abs=1e-6), (topic, t, values)
        # The storm's first pass leaves a 豪雨 total that the second pass starts from.
        assert dict(seen)[second]["HOUR_24"] >= 200.0, (topic, dict(seen)[second])
