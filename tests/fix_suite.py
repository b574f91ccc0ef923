"""How the suite runs: slow modules first, and no test may end as skipped.

Order. ``make test`` runs pytest-xdist with ``--dist loadfile
--no-loadscope-reorder``: each module goes whole to one worker, in collection
order, so the order decides how well the workers are packed. Modules are put
longest first (the waiting ones, marked ``slow``), then by tier from the usual
longest (e2e, browser, security, integration, api) to the unit tests, which fill
the workers' gaps at the end. Within a module the written order stays.

Hypothesis. The ``suite`` profile (loaded here) has no per-example deadline:
a deadline is a timing assertion, and on a loaded host with parallel workers it
fails examples that are merely slow. Everything else stays Hypothesis' default.

Skips. A test that needs a service the host lacks must fail, not pass quietly as
skipped (a missing service is a failure, never a skip): a skip is reported as a
failure that names the skip's reason. ``xfail`` is unaffected (strict in pyproject).
"""

from __future__ import annotations

from collections.abc import Generator

import pytest
from hypothesis import settings as hypothesis_settings

hypothesis_settings.register_profile("suite", deadline=None)
hypothesis_settings.load_profile("suite")

#: Tiers from the longest-running to the shortest (each module's usual wall time).
TIER_ORDER = ("integration/e2e", "browser", "security", "integration", "api", "unit")


def module_rank(path: str, slow: bool) -> tuple[int, int]:
    """Sort key of a test module: slow-marked first, then by tier (``path`` relative to tests/)."""
    tier = next((i for i, prefix in enumerate(TIER_ORDER) if path.startswith(prefix + "/")), len(TIER_ORDER))
    return (0 if slow else 1, tier)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Order the modules longest first (a stable sort: the order inside a module stays)."""
    tests_dir = config.rootpath / "tests"
    slow_modules = {item.path for item in items if item.get_closest_marker("slow") is not None}
    ranks: dict[object, tuple[int, int]] = {}
    for item in items:
        if item.path not in ranks:
            try:
                rel = item.path.relative_to(tests_dir).as_posix()
            except ValueError:
                rel = item.path.as_posix()
            ranks[item.path] = module_rank(rel, item.path in slow_modules)
    items.sort(key=lambda item: ranks[item.path])


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
