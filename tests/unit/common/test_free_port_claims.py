"""Ports handed out for private instances are never handed out twice while unbound.

A test picks a port, then binds it seconds or minutes later (a private PostgreSQL, a center
started after its reference run). Every other test on the host picks ports meanwhile; a port
that is free when chosen but chosen again before either binds makes one server fail to start
("port ... is taken by another process").
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from common import services


@pytest.fixture
def claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(services, "_claims_dir", lambda: tmp_path, raising=False)
    # a narrower range above the kernel's (still over the 1,000 ports below which the kernel's
    # own choice is used), so that claiming all but one of them stays quick
    monkeypatch.setattr(services, "_ephemeral_top", lambda: 65535 - 1100)
    return tmp_path


def _outside_ephemeral() -> range:
    return range(services._ephemeral_top() + 1, 65536)


def test_many_choices_before_any_bind_are_all_different(claims: Path) -> None:
    ports = [services.free_port() for _ in range(300)]
    assert len(set(ports)) == len(ports)


def test_a_port_claimed_by_another_process_is_not_handed_out(claims: Path) -> None:
    above = _outside_ephemeral()
    if len(above) <= 1000:
        pytest.skip("the ephemeral range leaves too few ports above it on this host")
    keep = above[len(above) // 2]
    for port in above:
        if port != keep:
            (claims / str(port)).touch()
    with socket.socket() as s:  # the one unclaimed port is also free right now
        try:
            s.bind(("127.0.0.1", keep))
        except OSError:
            pytest.skip(f"port {keep} is in use on this host")
    assert services.free_port() == keep


def test_a_claim_older_than_its_time_is_taken_again(claims: Path) -> None:
    above = _outside_ephemeral()
    if len(above) <= 1000:
        pytest.skip("the ephemeral range leaves too few ports above it on this host")
    keep = above[0]
    old = time.time() - getattr(services, "PORT_CLAIM_S", 1800.0) - 60
    for port in above:
        (claims / str(port)).touch()
        if port == keep:
            os.utime(claims / str(port), (old, old))
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", keep))
        except OSError:
            pytest.skip(f"port {keep} is in use on this host")
    assert services.free_port() == keep
