"""Freezing a private PostgreSQL without restarting it (SIGSTOP of the server and its backends):
the database stops answering and every session hangs, as on a stalled disk, a frozen host or
a network cut that drops no connection; SIGCONT thaws it with every session intact."""

from __future__ import annotations

import contextlib
import os
import re
import signal
from collections.abc import Iterator
from pathlib import Path

from common import services as svc


def server_pids(layout: svc.Layout) -> list[int]:
    """The postmaster of ``layout`` and every process it started."""
    rt = svc.PgRuntime(layout, svc.choose_backend(layout))
    postmaster = int((rt.data_host / "postmaster.pid").read_text().split()[0])
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        ppid = re.search(r"^PPid:\s*(\d+)", text, re.M)
        if ppid and int(ppid.group(1)) == postmaster:
            children.append(int(status.parent.name))
    return [postmaster, *children]


def signal_all(pids: list[int], sig: signal.Signals) -> None:
    """Send ``sig`` to each of ``pids`` that still exists."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)


@contextlib.contextmanager
def frozen(layout: svc.Layout) -> Iterator[None]:
    """``layout``'s PostgreSQL frozen for the block, thawed after it whatever happens."""
    pids = server_pids(layout)
    signal_all(pids, signal.SIGSTOP)
    try:
        yield
    finally:
        signal_all(pids, signal.SIGCONT)
