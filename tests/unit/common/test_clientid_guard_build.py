"""The client-id guard plugin is built once into the cache, also when several brokers start at once
(the chaos harness starts two centers in threads of one process on a fresh machine)."""

from __future__ import annotations

import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from common import services as svc
from tests.unit.common.test_prerequisites import LAYOUT

pytestmark = pytest.mark.skipif(
    shutil.which("gcc") is None or not Path("/usr/include/mosquitto_broker.h").exists(),
    reason="needs gcc and mosquitto-dev (make host-deps installs them)")


def test_concurrent_first_builds_all_return_the_plugin(tmp_path: Path) -> None:
    layout = replace(LAYOUT, cache_dir=tmp_path)
    n = 4
    start = threading.Barrier(n)
    results: list[Path] = []
    errors: list[BaseException] = []

    def build() -> None:
        start.wait()
        try:
            results.append(svc.clientid_guard(layout))
        except BaseException as exc:  # collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=build) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(set(results)) == 1
    built = results[0]
    assert built.is_file()
    assert built.stat().st_size > 0
    assert [p.name for p in built.parent.iterdir()] == [built.name]  # no temporary file left
