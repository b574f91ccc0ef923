"""Ingest "seen" notifications → sensor-state changes (pure core of the wall's push path)."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from web.errors import WallError
from web.wall.hub import ModeItem, SensorItem, SensorState, WallItem
from web.wall.notices import (
    SeenNotice,
    SensorBasis,
    apply_notice,
    drawn_state,
    fold,
    parse_notice,
)

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
INTERVAL = 600.0
#: The silence factor of alerts/rules.yaml.
FACTOR = 3.0


def ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def item(sid: str, state: SensorState, severity: str | None = None) -> SensorItem:
    return SensorItem(sensor_id=sid, kind="water_level", agency="disaster", name=sid,
                      lon=120.65, lat=24.18, sub_area=None, state=state, severity=severity)


def basis(last_seen: datetime | None = None, status: str | None = None,
          interval: float | None = INTERVAL) -> SensorBasis:
    return SensorBasis(expected_interval_s=interval, last_seen=last_seen, status=status)


def seen(**times: datetime) -> SeenNotice:
    return SeenNotice(seen={k.replace("_", "-"): v for k, v in times.items()})


# -- parsing ---------------------------------------------------------------------------


def test_parse_reads_seen_times_and_status() -> None:
    t = NOW - timedelta(seconds=3)
    notice = parse_notice(json.dumps({"seen": {"WL-1": ms(t), "水湳-2": ms(NOW)},
                                      "status": {"FA-7": "offline"}}))
    assert notice.seen == {"WL-1": t, "水湳-2": NOW}
    assert notice.status == {"FA-7": "offline"}


def test_parse_accepts_either_key_absent_and_ignores_unknown_keys() -> None:
    assert parse_notice("{}") == SeenNotice({}, {})
    assert parse_notice('{"status": {"A": "online"}, "v": 2}') == SeenNotice({}, {"A": "online"})
    assert parse_notice('{"seen": {"A": 0}}').seen == {"A": datetime(1970, 1, 1, tzinfo=UTC)}


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "{",
        "not json",
        "[]",
        '"seen"',
        "null",
        '{"seen": []}',
        '{"seen": {"A": "1795660800123"}}',
        '{"seen": {"A": 1.5}}',
        '{"seen": {"A": true}}',
        '{"seen": {"A": null}}',
        '{"seen": {"A": -1}}',
        '{"seen": {"A": 99999999999999999999}}',
        '{"status": {"A": 1}}',
        '{"status": "offline"}',
        '{"seen": {"A": NaN}}',
    ],
)
def test_parse_refuses_malformed_payloads_with_a_wall_error(payload: str) -> None:
    with pytest.raises(WallError):
        parse_notice(payload)


@given(st.text(max_size=200))
def test_parse_never_fails_otherwise(payload: str) -> None:
    with contextlib.suppress(WallError):
        parse_notice(payload)


# -- applying ----------------------------------------------------------------------------


def test_a_never_seen_sensor_turns_normal_when_seen() -> None:
    items: dict[str, WallItem] = {"WL-1": item("WL-1", SensorState.UNKNOWN)}
    t = NOW - timedelta(seconds=1)
    changes = apply_notice(seen(WL_1=t), items, {"WL-1": basis()}, NOW, FACTOR)
    assert changes.items == {"WL-1": item("WL-1", SensorState.NORMAL)}
    assert changes.bases == {"WL-1": basis(last_seen=t)}


def test_a_sensor_offline_by_silence_comes_back_when_seen() -> None:
    silent = NOW - timedelta(seconds=3 * INTERVAL + 60)
    items: dict[str, WallItem] = {"WL-1": item("WL-1", SensorState.OFFLINE)}
    changes = apply_notice(seen(WL_1=NOW), items, {"WL-1": basis(last_seen=silent)}, NOW, FACTOR)
    assert changes.items["WL-1"].state is SensorState.NORMAL


def test_status_offline_and_online_come_from_the_notice() -> None:
    items: dict[str, WallItem] = {"FA-1": item("FA-1", SensorState.NORMAL),
                                  "FA-2": item("FA-2", SensorState.UNKNOWN)}
    bases = {"FA-1": basis(last_seen=NOW - timedelta(seconds=5)), "FA-2": basis()}
    changes = apply_notice(SeenNotice(status={"FA-1": "offline", "FA-2": "online"}),
                           items, bases, NOW, FACTOR)
    assert {k: v.state for k, v in changes.items.items()} == {
        "FA-1": SensorState.OFFLINE, "FA-2": SensorState.NORMAL}
    assert changes.bases["FA-1"].status == "offline"
    # A reading of the instant it said offline (heard then) is its last before going ...
    again = apply_notice(seen(FA_1=NOW), {**items, **changes.items},
                         {**bases, **changes.bases}, NOW, FACTOR)
    assert again.items == {}
    # ... one observed after it is evidence it is online: drawn so, as its values are.
    later = NOW + timedelta(seconds=30)
    back = apply_notice(seen(FA_1=later), {**items, **changes.items},
                        {**bases, **changes.bases, **again.bases}, later, FACTOR)
    assert {k: v.state for k, v in back.items.items()} == {"FA-1": SensorState.NORMAL}


def test_a_sensor_in_alert_stays_in_alert_with_its_severity() -> None:
    items: dict[str, WallItem] = {"WL-1": item("WL-1", SensorState.ALERT, "Severe")}
    changes = apply_notice(seen(WL_1=NOW), items, {"WL-1": basis(NOW - timedelta(seconds=60))},
                           NOW, FACTOR)
    assert changes.items == {}
    assert changes.bases["WL-1"].last_seen == NOW


def test_an_unchanged_drawing_advances_the_basis_but_emits_no_item() -> None:
    before = NOW - timedelta(seconds=60)
    items: dict[str, WallItem] = {"WL-1": item("WL-1", SensorState.NORMAL)}
    changes = apply_notice(seen(WL_1=NOW), items, {"WL-1": basis(before)}, NOW, FACTOR)
    assert changes.items == {}
    assert changes.bases == {"WL-1": basis(NOW)}


def test_last_seen_never_moves_back() -> None:
    newer = NOW - timedelta(seconds=1)
    items: dict[str, WallItem] = {"WL-1": item("WL-1", SensorState.NORMAL)}
    changes = apply_notice(seen(WL_1=NOW - timedelta(seconds=30)), items,
                           {"WL-1": basis(newer)}, NOW, FACTOR)
    assert changes.bases == {}
    assert changes.items == {}


def test_a_seen_time_beyond_the_polls_look_back_changes_nothing() -> None:
    # A late observation, stored but older than 3 intervals: the poll would not
    # count it either, so the push path must not draw the sensor as offline.
    late = NOW - timedelta(seconds=3 * INTERVAL + 1)
    items: dict[str, WallItem] = {"WL-1": item("WL-1", SensorState.UNKNOWN)}
    changes = apply_notice(seen(WL_1=late), items, {"WL-1": basis()}, NOW, FACTOR)
    assert changes.bases == {}
    assert changes.items == {}


def test_sources_the_wall_does_not_hold_wait_for_the_poll() -> None:
    items: dict[str, WallItem] = {"WL-1": item("WL-1", SensorState.UNKNOWN),
                                  "mode": ModeItem("peacetime")}
    changes = apply_notice(seen(WL_1=NOW, WL_2=NOW, mode=NOW), items, {"WL-2": basis()}, NOW, FACTOR)
    # WL-1 has no basis, WL-2 no item, "mode" is not a sensor.
    assert changes.bases == {}
    assert changes.items == {}


def test_event_only_devices_draw_normal_whatever_their_last_seen() -> None:
    b = basis(interval=None)
    assert drawn_state(b, None, NOW, FACTOR) is SensorState.NORMAL
    event_only = basis(NOW - timedelta(days=30), interval=None)
    assert drawn_state(event_only, None, NOW, FACTOR) is SensorState.NORMAL
    last_will = basis(interval=None, status="offline")
    assert drawn_state(last_will, None, NOW, FACTOR) is SensorState.OFFLINE


def test_fold_replays_notices_over_a_poll_that_predates_them() -> None:
    # The poll's snapshot was taken before the batch committed: it still says unknown.
    polled_items: dict[str, WallItem] = {"WL-1": item("WL-1", SensorState.UNKNOWN),
                                         "WL-2": item("WL-2", SensorState.NORMAL)}
    polled_bases = {"WL-1": basis(), "WL-2": basis(NOW - timedelta(seconds=10))}
    t = NOW - timedelta(seconds=1)
    items, bases = fold([seen(WL_1=t), seen(WL_1=t - timedelta(seconds=1))],
                        polled_items, polled_bases, NOW, FACTOR)
    assert items["WL-1"] == item("WL-1", SensorState.NORMAL)
    assert items["WL-2"] == polled_items["WL-2"]
    assert bases["WL-1"].last_seen == t
    # Nothing recorded: the poll stands as read.
    assert fold([], polled_items, polled_bases, NOW, FACTOR) == (polled_items, polled_bases)


@given(
    st.lists(
        st.dictionaries(st.sampled_from(["A", "B", "C"]),
                        st.integers(min_value=0, max_value=4000), max_size=3),
        max_size=8,
    ),
    st.randoms(use_true_random=False),
)
def test_seen_notices_give_the_same_result_in_any_order(
    batches: list[dict[str, int]], rng: object
) -> None:
    """Notifications of concurrent batches may arrive in any order: keep the maximum."""
    import random

    assert isinstance(rng, random.Random)
    notices = [SeenNotice(seen={k: NOW - timedelta(seconds=v) for k, v in b.items()})
               for b in batches]
    items: dict[str, WallItem] = {k: item(k, SensorState.UNKNOWN) for k in "ABC"}
    bases = {k: basis() for k in "ABC"}
    shuffled = list(notices)
    rng.shuffle(shuffled)
    assert fold(notices, items, bases, NOW, FACTOR) == fold(shuffled, items, bases, NOW, FACTOR)
    out_items, out_bases = fold(notices, items, bases, NOW, FACTOR)
    for k in "ABC":
        admitted = [n.seen[k] for n in notices
                    if k in n.seen and n.seen[k] > NOW - timedelta(seconds=3 * INTERVAL)]
        assert out_bases[k].last_seen == (max(admitted) if admitted else None)
        expected = SensorState.NORMAL if admitted else SensorState.UNKNOWN
        assert out_items[k] == item(k, expected)


def test_an_event_only_device_that_said_offline_and_sent_nothing_since_stays_offline() -> None:
    """A camera (no expected interval) whose last word is offline, with nothing observed since:
    offline, though an event-only device never seen is drawn as if seen now."""
    now = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
    basis = SensorBasis(expected_interval_s=None, last_seen=None, status="offline",
                        status_at=now - timedelta(minutes=1))
    assert drawn_state(basis, None, now, 3.0) is SensorState.OFFLINE
