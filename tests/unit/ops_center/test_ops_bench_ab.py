"""The A/B benchmark's sides run the checkout they are given, on the same stream.

``bench.ops_ab`` times two checkouts' correlators, each in a fresh interpreter whose
path is its own checkout; what it compares is only worth anything if a side really
loads that checkout's code and feeds it the stream every other side reads. No timing
is asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.ops import stream
from bench.ops_ab import decisions, run_side, write_stream
from ops_center.correlate import Correlator

ROOT = Path(__file__).resolve().parents[3]


def test_a_side_decides_on_the_written_stream_as_this_checkout_does_in_process() -> None:
    path = write_stream(600)
    try:
        got = run_side(ROOT, path, "digest")
        timed = run_side(ROOT, path, "time")
    finally:
        os.unlink(path)
    assert Path(got["module"]) == ROOT / "ops_center" / "correlate.py"
    # the child runs with another hash seed: the same decisions, whatever the seed
    assert (got["digest"], got["incidents"]) == decisions(Correlator, stream(600, 36_000.0))
    assert timed["wall"] > 0
    assert timed["cpu"] > 0
    assert len(timed["windows"]) == 2


def _digest_sides(*checkouts: Path) -> list[dict[str, Any]]:
    """Each checkout's side in digest mode, on the same 300-item stream."""
    path = write_stream(300)
    try:
        return [run_side(ck, path, "digest") for ck in checkouts]
    finally:
        os.unlink(path)


def _checkout_without_gc_policy(tmp_path: Path) -> None:
    """A checkout whose correlator leaves every item out, and which has no ops_center/gc_policy.py."""
    (tmp_path / "ops_center").mkdir()
    for name in ("__init__.py", "incidents.py", "errors.py", "policies.py"):
        src = ROOT / "ops_center" / name
        (tmp_path / "ops_center" / name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "ops_center" / "correlate.py").write_text(
        "from ops_center.incidents import *  # noqa: F403\n"
        "class Correlator:\n"
        "    def feed(self, item, now):\n"
        "        return []\n"
        "    def incident_ids(self):\n"
        "        return []\n",
        encoding="utf-8",
    )


def test_a_side_loads_the_checkout_it_is_given_not_this_one(tmp_path: Path) -> None:
    _checkout_without_gc_policy(tmp_path)  # its digest differs from ours
    theirs, ours = _digest_sides(tmp_path, ROOT)
    assert Path(theirs["module"]) == tmp_path / "ops_center" / "correlate.py"
    assert theirs["digest"] != ours["digest"]
    assert theirs["incidents"] == 0


def test_a_side_without_its_own_gc_policy_keeps_the_interpreters_collector(tmp_path: Path) -> None:
    # The measuring clone's editable install holds ops_center/gc_policy.py; a checkout
    # without it must not take it from there, but run as its own service runs.
    _checkout_without_gc_policy(tmp_path)
    fresh = subprocess.run([sys.executable, "-c", "import gc, json; print(json.dumps(gc.get_threshold()))"],
                           capture_output=True, text=True, check=True, cwd=tmp_path)
    theirs, ours = _digest_sides(tmp_path, ROOT)
    assert theirs["gc"] == json.loads(fresh.stdout)
    assert ours["gc"] != theirs["gc"], "this checkout's side sets the collector as its service does"
