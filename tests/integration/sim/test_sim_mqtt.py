"""The simulator against a real Mosquitto with the project's accounts and ACL (see conftest)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from common.settings import Settings
from sim.model import SimMessage, TimeMap
from sim.publisher import Publisher, RunOptions, run_simulation, will_topics
from sim.recording import read_messages
from sim.registry import load_registry
from sim.scenarios import get_scenario
from soc.cli import main
from tests.integration.sim.sim_helpers import REGISTRY, Inbox

pytestmark = pytest.mark.integration


def _pairs(msgs: list[SimMessage]) -> Counter[tuple[str, bytes]]:
    return Counter((m.topic, m.payload) for m in msgs)


def test_accelerated_typhoon_arrives_complete_with_current_timestamps(
    broker: Settings, inbox: Inbox, tmp_path: Path
) -> None:
    record, truth = tmp_path / "run.jsonl", tmp_path / "truth.json"
    began = datetime.now(UTC)
    opts = RunOptions(
        "typhoon", speed=3600, seed=3, duration=timedelta(hours=1), record=record, truth=truth, registry=REGISTRY
    )
    stats = run_simulation(broker, opts)
    sent = list(read_messages(record))
    assert stats.published == len(sent) > 300
    assert stats.acknowledged == stats.published
    assert stats.refused == 0
    got = inbox.wait_for(len(sent))
    assert Counter((t, p) for t, p, _ in got) == _pairs(sent)

    # The recording is what the pure generator yields for the pass's time map.
    doc = json.loads(truth.read_text(encoding="utf-8"))
    raw = doc["time_map"]
    tm = TimeMap(datetime.fromisoformat(raw["sim_start"]), datetime.fromisoformat(raw["obs_start"]), raw["factor"])
    again = get_scenario("typhoon").generate(load_registry(REGISTRY), tm.sim_start, 3, timedelta(hours=1), time_map=tm)
    assert _pairs(list(again)) == _pairs(sent)

    # Live run: observation stamps are current, never beyond ingest's future tolerance (300 s).
    for topic, payload, received in got:
        if "/vd/" in topic and not topic.endswith("/status"):
            stamp = datetime.fromisoformat(json.loads(payload)["DataCollectTime"])
            assert began - timedelta(seconds=1) <= stamp <= received + timedelta(seconds=300)


def test_faults_bytes_arrive_unchanged_and_replay_republishes_them(
    broker: Settings, inbox: Inbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "faults.jsonl"
    monkeypatch.setenv("SOC_MQTT__PORT", str(broker.mqtt.port))
    argv = ["simulate", "faults", "--speed", "0", "--duration", "40m", "--registry", str(REGISTRY)]
    assert main([*argv, "--record", str(record)]) == 0
    sent = list(read_messages(record))
    assert any(m.fault is not None for m in sent)
    got = inbox.wait_for(len(sent))
    assert Counter((t, p) for t, p, _ in got) == _pairs(sent)

    assert main(["simulate", "--replay", str(record), "--speed", "0"]) == 0
    got = inbox.wait_for(2 * len(sent))
    assert Counter((t, p) for t, p, _ in got) == _pairs(sent + sent)


def test_an_account_cannot_publish_another_domains_topics(broker: Settings, inbox: Inbox) -> None:
    t = datetime.now(UTC)
    forbidden = SimMessage(t, "traffic", "soc/v1/disaster/rain/T-RG-1", b'{"forged":true}')
    allowed = SimMessage(t, "traffic", "soc/v1/traffic/vd/T-VD-HZ-1", b'{"marker":true}')
    with Publisher(broker.mqtt, accounts=("traffic",)) as pub:
        pub.publish(forbidden)
        assert pub.flush(10)
        pub.publish(allowed)
        assert pub.flush(10)
        stats = pub.stats(1)
    got = inbox.wait_for(1)
    assert [(topic, payload) for topic, payload, _ in got] == [(allowed.topic, allowed.payload)]
    # MQTT v5: Mosquitto answers the forbidden PUBLISH with reason 0x87 (not authorised).
    assert (stats.acknowledged, stats.refused) == (1, 1)


def test_wrong_password_is_refused(broker: Settings) -> None:
    from pydantic import SecretStr

    from sim.errors import PublishError

    bad = broker.mqtt.model_copy(update={"police_password": SecretStr("wrong")})
    with pytest.raises(PublishError) as err, Publisher(bad, accounts=("police",)):
        pass
    assert err.value.account == "police"


def test_last_will_marks_the_device_offline_when_the_simulator_dies(broker: Settings, inbox: Inbox) -> None:
    wills = will_topics(load_registry(REGISTRY))
    with Publisher(broker.mqtt, accounts=("disaster",), wills=wills) as pub:
        client = pub._clients["disaster"]
        client.loop_stop()
        sock = client.socket()
        assert sock is not None
        sock.close()
        got = inbox.wait_for(1, timeout=30)
    assert [(topic, json.loads(payload)) for topic, payload, _ in got] == [(wills["disaster"], {"state": "offline"})]


def test_sigterm_stops_a_live_run_cleanly_without_a_will(broker: Settings, inbox: Inbox) -> None:
    root = Path(__file__).parents[3]
    env = {**os.environ, "SOC_MQTT__PORT": str(broker.mqtt.port)}
    argv = [sys.executable, "-m", "soc", "simulate", "normal_day", "--speed", "60", "--registry", str(REGISTRY)]
    proc = subprocess.Popen(argv, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert len(inbox.wait_for(40)) >= 40, "the live run published nothing"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "published" in out
    # A will would be published as the connection dropped, before this marker.
    marker = SimMessage(datetime.now(UTC), "traffic", "soc/v1/traffic/vd/marker", b"{}")
    with Publisher(broker.mqtt, accounts=("traffic",)) as pub:
        pub.publish(marker)
        assert pub.flush(10)
    got = inbox.wait_topic(marker.topic)
    assert got[-1][0] == marker.topic
    assert not [p for t, p, _ in got if t.endswith("/status") and b"offline" in p]
