"""A real silent network cut for fault tests: a client namespace behind a router namespace.

A process run in :attr:`Route.client` (``ip netns exec``) reaches the host at
:attr:`Route.host_ip` through a router namespace (veth pairs), and at :attr:`Route.direct_ip`
over a link of its own that no router is on. :func:`drop` makes the router forward nothing
more, either way, without a word (a qdisc that keeps no packet), as a cable cut between two
switches: the ends' own interfaces stay up and their kernels get no FIN, no RST, no
acknowledgement, so both the applications' deadlines and the client kernel's TCP settings are
what find the cut, while what goes to :attr:`Route.direct_ip` still passes (one service cut,
the others reachable: the kernel here has no packet classifier to cut one port).
:func:`restore` forwards again.

Unlike :class:`tests.netcut.NetCut`, whose kernel acknowledges what a client sends, this is
the kernel's view of a dead link. Needs root (network namespaces, veth pairs, a qdisc) and
iproute2; :func:`route` skips the test elsewhere, which the suite reports as a failure naming
the reason.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest


def _run(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True)


@dataclass(frozen=True, slots=True)
class Route:
    """A client namespace that reaches the host through a router namespace."""

    client: str  # the client's namespace
    router: str  # the router's namespace
    router_links: tuple[str, str]  # the router's ends: towards the client, towards the host
    host_ip: str  # the host's address, reachable from the client through the router
    direct_ip: str  # the host's address on the direct link, which no drop cuts


@contextmanager
def route() -> Iterator[Route]:
    """client ns --veth-- router ns --veth-- host, and client ns --veth-- host, on three /30s of
    a random 10.x.y.0/28; skips the test without root or iproute2."""
    if os.geteuid() != 0:
        pytest.skip("needs root: network namespaces, veth pairs and a qdisc")
    if shutil.which("ip") is None or shutil.which("tc") is None:
        pytest.skip("needs iproute2 (ip, tc)")
    tag = secrets.token_hex(3)
    base = f"10.{200 + secrets.randbelow(50)}.{secrets.randbelow(256)}"
    host_ip, router_host_ip = f"{base}.1", f"{base}.2"  # host <-> router: .0/30
    router_client_ip, client_ip = f"{base}.5", f"{base}.6"  # router <-> client: .4/30
    direct_ip, client_direct_ip = f"{base}.9", f"{base}.10"  # host <-> client: .8/30
    host_end, client_end, direct_end = f"sd{tag}h", f"sd{tag}c", f"sd{tag}d"
    p = Route(f"soc-dc-{tag}", f"soc-dr-{tag}", (f"sd{tag}rc", f"sd{tag}rh"), host_ip, direct_ip)
    made: list[str] = []
    made_routes: list[str] = []
    try:
        for ns in (p.client, p.router):
            _run("ip", "netns", "add", ns)
            made.append(ns)
    except subprocess.CalledProcessError as exc:
        for ns in made:
            subprocess.run(["ip", "netns", "del", ns], check=False, capture_output=True)
        pytest.skip(f"cannot make a network namespace: {exc.stderr.decode(errors='replace').strip()}")
    try:
        # The host's ends: no address (an address coming or going fails every request a browser
        # on the host has waiting, net::ERR_NETWORK_CHANGED), no IPv6 link-local one either
        # (addrgenmode none, set while down); the host's addresses are local routes instead.
        for end, peer, ns in ((host_end, p.router_links[1], p.router), (direct_end, f"sd{tag}e", p.client)):
            _run("ip", "link", "add", end, "type", "veth", "peer", "name", peer, "netns", ns)
            _run("ip", "link", "set", end, "addrgenmode", "none")
            _run("ip", "link", "set", end, "up")
        for ip in (host_ip, direct_ip):
            _run("ip", "route", "add", "local", f"{ip}/32", "dev", "lo", "table", "local")
            made_routes.append(ip)
        _run("ip", "route", "add", f"{client_ip}/32", "via", router_host_ip, "dev", host_end, "onlink")
        _run("ip", "route", "add", f"{client_direct_ip}/32", "dev", direct_end)
        _run("ip", "-n", p.router, "link", "add", p.router_links[0], "type", "veth", "peer", "name", client_end,
             "netns", p.client)
        _run("ip", "-n", p.router, "addr", "add", f"{router_host_ip}/30", "dev", p.router_links[1])
        _run("ip", "-n", p.router, "addr", "add", f"{router_client_ip}/30", "dev", p.router_links[0])
        for link in (*p.router_links, "lo"):
            _run("ip", "-n", p.router, "link", "set", link, "up")
        _run("ip", "netns", "exec", p.router, "sh", "-c", "echo 1 > /proc/sys/net/ipv4/ip_forward")
        _run("ip", "-n", p.client, "addr", "add", f"{client_ip}/30", "dev", client_end)
        _run("ip", "-n", p.client, "link", "set", client_end, "up")
        _run("ip", "-n", p.client, "link", "set", "lo", "up")
        _run("ip", "-n", p.client, "route", "add", "default", "via", router_client_ip)
        _run("ip", "-n", p.client, "addr", "add", f"{client_direct_ip}/30", "dev", f"sd{tag}e")
        _run("ip", "-n", p.client, "link", "set", f"sd{tag}e", "up")
        yield p
    finally:
        for end in (host_end, direct_end):
            subprocess.run(["ip", "link", "del", end], check=False, capture_output=True)
        for ip in made_routes:
            subprocess.run(["ip", "route", "del", "local", f"{ip}/32", "dev", "lo", "table", "local"],
                           check=False, capture_output=True)
        for ns in (p.client, p.router):
            subprocess.run(["ip", "netns", "del", ns], check=False, capture_output=True)


def drop(p: Route) -> None:
    """The router forwards nothing more, either way, and says nothing: a qdisc that keeps no
    packet on each of its links."""
    for link in p.router_links:
        _run("ip", "netns", "exec", p.router, "tc", "qdisc", "replace", "dev", link, "root", "pfifo", "limit", "0")


def restore(p: Route) -> None:
    """The router forwards everything again (its links' default qdisc)."""
    for link in p.router_links:
        subprocess.run(["ip", "netns", "exec", p.router, "tc", "qdisc", "del", "dev", link, "root"],
                       check=False, capture_output=True)
