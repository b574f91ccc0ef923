"""How the suite runs: longest modules first, and no test may end as skipped.

Order. ``make test`` runs pytest-xdist with ``--dist loadfile
--no-loadscope-reorder``: each module goes whole to one worker, in collection
order, so the order decides how well the workers are packed (longest first,
the short ones fill the gaps at the end). A module's expected wall time is its
entry in ``tests/module_durations.json`` (seconds, written by a full run with
``--module-durations-out tests/module_durations.json``); a module not listed
there gets its tier's default (:data:`TIER_DEFAULT_S`), and at least
:data:`SLOW_S` when a test in it is marked ``slow``. Within a module the written
order stays. A stale file only costs packing, never a result.

Hypothesis. The ``suite`` profile (loaded here) has no per-example deadline:
a deadline is a timing assertion, and on a loaded host with parallel workers it
fails examples that are merely slow. Everything else stays Hypothesis' default.

Skips. A test that needs a service the host lacks must fail, not pass quietly as
skipped (a missing service is a failure, never a skip): a skip is reported as a
failure that names the skip's reason. ``xfail`` is unaffected (strict in pyproject).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Generator, Mapping
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

hypothesis_settings.register_profile("suite", deadline=None)
hypothesis_settings.load_profile("suite")

#: Recorded wall time per module (setup + call + teardown of its tests), seconds.
DURATIONS_FILE = Path(__file__).parent / "module_durations.json"
#: Expected seconds of a module that the file does not list, by tier (first match).
TIER_DEFAULT_S = (("integration/e2e/", 120.0), ("browser/", 40.0), ("security/", 30.0),
                  ("integration/", 15.0), ("api/", 15.0), ("unit/", 2.0))
#: At least this for a module with a test marked ``slow``.
SLOW_S = 60.0


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("soc suite")
    group.addoption("--module-durations", default=str(DURATIONS_FILE), metavar="PATH",
                    help="recorded seconds per module, to run the longest first (default: %(default)s)")
    group.addoption("--module-durations-out", default=None, metavar="PATH",
                    help="write this run's seconds per module to PATH (JSON)")
    group.addoption("--timeline-out", default=None, metavar="PATH",
                    help="write each test phase's worker, start and stop to PATH (JSON lines)")


def expected_seconds(path: str, slow: bool, recorded: Mapping[str, float]) -> float:
    """How long the module at ``path`` (relative to tests/) is expected to take."""
    if path in recorded:
        seconds = recorded[path]
    else:
        seconds = next((s for prefix, s in TIER_DEFAULT_S if path.startswith(prefix)), TIER_DEFAULT_S[-1][1])
    return max(seconds, SLOW_S) if slow else seconds


def _load(path: Path) -> dict[str, float]:
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        return {}
    return {str(k): float(v) for k, v in data.items()}


def _module(nodeid: str) -> str:
    """``tests/unit/test_x.py::test_y[1]`` → ``unit/test_x.py``."""
    return nodeid.split("::", 1)[0].removeprefix("tests/")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Order the modules longest first (a stable sort: the order inside a module stays)."""
    recorded = _load(Path(config.getoption("module_durations")))
    slow = {_module(item.nodeid) for item in items if item.get_closest_marker("slow") is not None}
    seconds = {m: expected_seconds(m, m in slow, recorded) for m in {_module(item.nodeid) for item in items}}
    items.sort(key=lambda item: -seconds[_module(item.nodeid)])


class _DurationRecorder:
    """Adds up each module's test durations; writes them at the end of the session."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.seconds: dict[str, float] = defaultdict(float)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[_module(report.nodeid)] += report.duration

    def pytest_sessionfinish(self) -> None:
        ordered = dict(sorted(((m, round(s, 1)) for m, s in self.seconds.items()), key=lambda kv: -kv[1]))
        self.out.write_text(json.dumps(ordered, indent=1) + "\n")


class _TimelineRecorder:
    """Writes one line per test phase: the worker that ran it, the phase, its start and stop (epoch s).

    Each line is written and flushed as its report comes, so a run stopped before its end (a
    loaded host, Ctrl-C, a kill) leaves the lines of every phase reported until then."""

    def __init__(self, out: Path) -> None:
        self.file = out.open("w", encoding="utf-8")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        node = getattr(report, "node", None)  # xdist's controller sets the worker that sent the report
        worker = node.gateway.id if node is not None else "main"
        self.file.write(json.dumps({"worker": worker, "nodeid": report.nodeid, "when": report.when,
                                    "start": round(report.start, 3), "stop": round(report.stop, 3),
                                    "outcome": report.outcome}) + "\n")
        self.file.flush()

    def pytest_unconfigure(self) -> None:
        self.file.close()


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):  # the controller sees every worker's reports
        return
    out = config.getoption("module_durations_out")
    if out:
        config.pluginmanager.register(_DurationRecorder(Path(out)), "soc-module-durations")
    timeline = config.getoption("timeline_out")
    if timeline:
        config.pluginmanager.register(_TimelineRecorder(Path(timeline)), "soc-timeline")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                              call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Report a skipped test as failed, with the reason it gave for skipping."""
    report = yield
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = f"skipped, which this suite counts as a failure: {reason}"
    return report
