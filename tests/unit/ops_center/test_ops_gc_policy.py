"""The ops center's process runs full garbage collections rarely, and may: the
correlator's state frees itself.

The service holds the correlator's state for hours; with CPython's default
thresholds every full collection walks all of it. ``soc ops run`` sets the collector
so full collections come ten times less often (``ops_center.gc_policy``). That is
only safe because the correlator makes no reference cycle: whatever it forgets,
merges or leaves out is freed by reference counting, and a full collection would find
nothing of it to free.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterator

import pytest

from bench.ops import stream
from ops_center import cli, gc_policy, service
from ops_center.correlate import Correlator


@pytest.fixture
def thresholds() -> Iterator[None]:
    """The test process's collector thresholds, restored after the test."""
    before = gc.get_threshold()
    try:
        yield
    finally:
        gc.set_threshold(*before)


@pytest.mark.usefixtures("thresholds")
def test_soc_ops_run_lets_full_collections_come_ten_times_less_often(monkeypatch: pytest.MonkeyPatch) -> None:
    gc.set_threshold(700, 10, 10)  # CPython's defaults
    seen: list[tuple[int, int, int]] = []

    def run_ops(_settings: object) -> int:  # the service itself needs the database and the broker
        seen.append(gc.get_threshold())
        return 0

    monkeypatch.setattr(service, "run_ops", run_ops)
    assert cli._run(None, argparse.Namespace()) == 0  # type: ignore[arg-type]  # the stand-in reads no settings
    assert seen == [(700, 10, 100)]
    assert gc_policy.FULL_AFTER == 100


def collect_leftovers() -> None:
    """Feed a first correlator (what the process loads once and keeps for good, such as the
    text reader's word lists, is loaded then), and collect it and what earlier modules of
    this worker left (an unclosed socket's ResourceWarning among it is theirs, not this
    test's), so the count below is the correlator's alone, whatever ran before."""
    warm = Correlator(retention_s=3600.0)
    for it in stream(300, 300.0, seed=1):
        warm.feed(it, it.t)
    del warm
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def test_what_the_correlator_forgets_merges_or_leaves_out_is_freed_without_the_collector() -> None:
    collect_leftovers()
    gc.disable()
    try:
        # the dense stream: incidents chain and merge, items wait and are left out,
        # and incidents are forgotten after the retention
        c = Correlator(retention_s=3600.0)
        for it in stream(3_000, 3_000.0, seed=5):
            c.feed(it, it.t)
        assert c.incident_ids()
        for inc_id in c.incident_ids():
            c.snapshot(inc_id)
        del c
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert unreachable == 0
