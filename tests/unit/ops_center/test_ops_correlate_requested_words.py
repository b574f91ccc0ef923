"""The correlator on the words added for the situations' authors (docs/vocabulary.md, "What
the situations' authors asked for"): a 119 rekindle is a fire dispatch, a water level falling
back is a word on its gauge's flood and opens nothing, a market permit is a planned event."""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator, Opened, incident_id_for
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_464_850_000.0


def it(key: str, feed: str, category: str, dx: float = 0.0, dt: float = 0.0, *, agency: str = "disaster",
       source_id: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    return Item(key, kind, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt, source_id=source_id)


def test_a_rekindle_dispatch_opens_a_fire_with_the_smoke_it_confirms() -> None:
    """As a 119 fire dispatch does (test_ops_correlate.py: the dispatch confirms a camera's smoke)."""
    c = Correlator()
    c.feed(it("c1", "cctv", "smoke", agency="police"), T0)
    out = c.feed(it("f1", "119", "rekindle", 200, 480, agency="fire"), T0 + 480)
    assert Opened(incident_id_for("c1"), IncidentType.FIRE, "c1") in out
    assert c.snapshot(incident_id_for("c1")).member_keys == {"c1", "f1"}


def test_a_water_level_falling_back_joins_its_gauge_s_flood_and_alone_opens_nothing() -> None:
    c = Correlator()
    c.feed(replace(it("a1", "rule", "water_level"), source_id="WL-1"), T0)
    c.feed(it("f1", "rule", "water_level_falling", 0, 1800, source_id="WL-1"), T0 + 1800)
    assert c.where("f1") == incident_id_for("a1")
    alone = Correlator()
    out = alone.feed(it("f2", "rule", "water_level_falling", source_id="WL-2"), T0)
    assert not any(isinstance(o, Opened) for o in out)
    assert alone.where("f2") is None


def test_a_market_permit_is_a_planned_event_like_a_concert_s() -> None:
    outcomes = []
    for category in ("concert", "market", "festival"):
        c = Correlator()
        permit = replace(it("p1", "planned_event", category, agency="police", source_id="P-1"),
                         ends_t=T0 + 4 * 3600, area_m=300.0)
        outcomes.append([type(o).__name__ for o in c.feed(permit, T0)])
    assert outcomes[0]
    assert outcomes[1] == outcomes[0] == outcomes[2]
