"""A described situation for the correlator's unit tests: reports placed in metres and
minutes from one spot and moment, and replayed to the correlator as the service would.

``Scene(x0, y0, t0).item(...)`` builds one event; ``replay(items, correlator, until=...)``
feeds them in the order they were observed, each half a minute after (the intake's lag).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.loaders import load_roads
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

#: Feeds whose reports carry no severity of their own: calls.
CALL_FEEDS = frozenset({"119", "1999"})
#: How long after its observation an item reaches the correlator.
INTAKE_LAG_S = 30.0


@dataclass(frozen=True, slots=True)
class Scene:
    """The spot (EPSG:3826 metres) and the moment (epoch s) a situation is told from."""

    x0: float
    y0: float
    t0: float

    def item(self, key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float,
             text: str, follows: str | None = None) -> Item:
        """An event ``dx``, ``dy`` metres and ``minute`` minutes from the scene's origin: a
        call's severity unknown, an agency's report Severe."""
        sev = CapSeverity.UNKNOWN if feed in CALL_FEEDS else CapSeverity.SEVERE
        return Item(key, ItemKind.EVENT, agency, feed, category, sev, self.x0 + dx, self.y0 + dy,
                    self.t0 + minute * 60.0, "", text, follows)


def replay(items: Iterable[Item], correlator: Correlator | None = None, *, until: float | None = None) -> Correlator:
    """Feed ``items`` in observed order, each ``INTAKE_LAG_S`` after its time, to
    ``correlator`` (a plain one by default), then tick it at ``until`` when given."""
    c = correlator or Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + INTAKE_LAG_S)
    if until is not None:
        c.tick(until)
    return c


def two_jobs(c: Correlator, one: str, other: str) -> tuple[str, str]:
    """The incidents of the reports ``one`` and ``other``: both placed, and apart."""
    first, second = c.where(one), c.where(other)
    assert first is not None
    assert second is not None
    assert first != second
    return first, second


@functools.cache
def gazetteer() -> Gazetteer:
    """The zone's gazetteer (its buildings and the crossings of its roads), as the service loads it."""
    return load_gazetteer(roads=load_roads())


def at(name: str) -> tuple[float, float]:
    """The point (EPSG:3826 metres) of the place the gazetteer names ``name``."""
    place = gazetteer().named_in(name)[0]
    return place.x, place.y
