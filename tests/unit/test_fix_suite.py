"""The suite's own rules: skips fail, the longest modules run first, each xdist worker has its own instance."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.fix_services import instance_env
from tests.fix_suite import DURATIONS_FILE

PLUGIN = ("-p", "tests.fix_suite", "-p", "no:cacheprovider", "-p", "no:xdist")


def test_a_skip_fails_and_names_its_reason(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_services="""
        import pytest

        def test_needs_the_broker():
            pytest.skip("no broker on this host")

        @pytest.mark.xfail(strict=True, reason="known")
        def test_known_gap():
            assert False

        def test_fine():
            pass
    """)
    result = pytester.runpytest_inprocess(*PLUGIN, "-rfE")
    result.assert_outcomes(failed=1, xfailed=1, passed=1)
    result.stdout.fnmatch_lines(["*_ test_needs_the_broker _*",
                                 "skipped, which this suite counts as a failure: no broker on this host",
                                 "*FAILED test_services.py::test_needs_the_broker*"])


def test_longest_modules_first_by_record_then_slow_mark_then_tier(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nmarkers =\n    slow: takes more than a few seconds\n")
    files = {
        "tests/unit/test_u.py": "def test_u1(): pass\ndef test_u2(): pass\n",
        "tests/unit/test_props.py": "def test_p(): pass\n",
        "tests/api/test_a.py": "def test_a(): pass\n",
        "tests/browser/test_b.py": "def test_b(): pass\n",
        "tests/integration/test_i.py": "def test_i(): pass\n",
        "tests/integration/e2e/test_e.py": "def test_e(): pass\n",
        "tests/integration/test_slow.py": (
            "import pytest\npytestmark = pytest.mark.slow\ndef test_s2(): pass\ndef test_s1(): pass\n"),
    }
    for path, text in files.items():
        target = pytester.path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    recorded = pytester.path / "durations.json"
    recorded.write_text(json.dumps({"unit/test_props.py": 300.0, "integration/e2e/test_e.py": 20.0}))
    result = pytester.runpytest_inprocess(*PLUGIN, "--collect-only", "-q", f"--module-durations={recorded}", "tests")
    names = [line.rsplit("::", 1)[1] for line in result.outlines if "::" in line]
    # 300 s recorded, slow (60 s floor), browser 40, e2e 20 recorded, api and integration 15
    # (ties keep the collection order), unit 2.
    assert names == ["test_p", "test_s2", "test_s1", "test_b", "test_e", "test_a", "test_i", "test_u1", "test_u2"]


def test_every_module_marked_slow_has_its_recorded_seconds() -> None:
    """A slow module missing from ``tests/module_durations.json`` is scheduled at the slow floor
    (60 s) among shorter modules, and a fault module of 100 s or more then ends a worker late:
    list it with its measured seconds."""
    tests = DURATIONS_FILE.parent
    recorded = json.loads(DURATIONS_FILE.read_text())
    slow = [path.relative_to(tests).as_posix() for path in sorted(tests.rglob("test_*.py"))
            if re.search(r"\bpytest\.mark\.slow\b", path.read_text(encoding="utf-8"))]
    assert slow, "no module marked slow found: the search no longer matches how the marks are written"
    assert [m for m in slow if m not in recorded] == []


def test_a_run_records_each_modules_seconds(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_one="import time\ndef test_a(): time.sleep(0.2)\ndef test_b(): time.sleep(0.2)\n",
                        test_two="def test_c(): pass\n")
    out = pytester.path / "out.json"
    result = pytester.runpytest_inprocess(*PLUGIN, f"--module-durations-out={out}")
    result.assert_outcomes(passed=3)
    seconds = json.loads(out.read_text())
    assert list(seconds) == ["test_one.py", "test_two.py"]  # longest first
    assert seconds["test_one.py"] >= 0.4


def test_a_run_writes_each_test_phase_to_its_timeline(pytester: pytest.Pytester) -> None:
    """``--timeline-out``: one line per phase of each test, with its worker (``main`` without
    xdist), for seeing where a run's wall time goes (docs/development.md, "Tests")."""
    pytester.makepyfile(test_one="def test_a(): pass\ndef test_b(): assert False\n")
    out = pytester.path / "timeline.jsonl"
    result = pytester.runpytest_inprocess(*PLUGIN, f"--timeline-out={out}")
    result.assert_outcomes(passed=1, failed=1)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(ln["worker"], ln["nodeid"], ln["when"], ln["outcome"]) for ln in lines] == [
        ("main", "test_one.py::test_a", "setup", "passed"), ("main", "test_one.py::test_a", "call", "passed"),
        ("main", "test_one.py::test_a", "teardown", "passed"), ("main", "test_one.py::test_b", "setup", "passed"),
        ("main", "test_one.py::test_b", "call", "failed"), ("main", "test_one.py::test_b", "teardown", "passed")]
    ends = [(ln["start"], ln["stop"]) for ln in lines]
    assert all(start <= stop for start, stop in ends)
    assert all(ends[i][1] <= ends[i + 1][0] for i in range(len(ends) - 1))  # one after the other


def test_a_run_killed_before_its_end_leaves_the_timeline_of_what_it_ran(pytester: pytest.Pytester,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A full run on a loaded host may have to be stopped; what it ran until then is kept."""
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))  # the plugin, in a new process
    pytester.makepyfile(test_one="import os\ndef test_a(): pass\ndef test_b(): os._exit(3)\n")
    out = pytester.path / "timeline.jsonl"
    result = pytester.runpytest_subprocess(*PLUGIN, f"--timeline-out={out}")
    assert result.ret == 3
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(ln["nodeid"], ln["when"]) for ln in lines] == [
        ("test_one.py::test_a", "setup"), ("test_one.py::test_a", "call"), ("test_one.py::test_a", "teardown"),
        ("test_one.py::test_b", "setup")]


def test_each_xdist_worker_has_its_own_instance_and_ports() -> None:
    base = {"SOC_TEST_INSTANCE": "ci", "SOC_TEST_PG_PORT": "21432", "SOC_TEST_MQTT_PORT": "21883"}
    alone = instance_env(base)
    workers = [instance_env({**base, "PYTEST_XDIST_WORKER": f"gw{i}"}) for i in range(4)]
    assert alone == {"SOC_SERVICES__INSTANCE": "ci", "SOC_DB__PORT": "21432", "SOC_DB__NAME": "soc_test",
                     "SOC_MQTT__PORT": "21883"}
    assert [w["SOC_SERVICES__INSTANCE"] for w in workers] == ["ci-gw0", "ci-gw1", "ci-gw2", "ci-gw3"]
    ports = [alone["SOC_DB__PORT"], alone["SOC_MQTT__PORT"]]
    ports += [w[k] for w in workers for k in ("SOC_DB__PORT", "SOC_MQTT__PORT")]
    assert len(set(ports)) == len(ports), ports
    assert workers[2]["SOC_DB__PORT"] == "21435"
    assert workers[2]["SOC_MQTT__PORT"] == "21886"
    defaults = instance_env({"PYTEST_XDIST_WORKER": "gw0"})
    assert (defaults["SOC_SERVICES__INSTANCE"], defaults["SOC_DB__PORT"], defaults["SOC_MQTT__PORT"]) == (
        "test-gw0", "15434", "11885")


def test_the_default_test_ports_lie_below_the_kernels_ephemeral_range() -> None:
    """A private instance's free port (the kernel's pick) or an outgoing connection's local
    port is taken from the ephemeral range: a test instance restarted there can find its port
    taken ("Address already in use") and fail every later test of its worker."""
    low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    for worker in (None, *range(8)):
        env = instance_env({} if worker is None else {"PYTEST_XDIST_WORKER": f"gw{worker}"})
        assert int(env["SOC_DB__PORT"]) < low, env
        assert int(env["SOC_MQTT__PORT"]) < low, env
