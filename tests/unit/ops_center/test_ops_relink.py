"""A coordinator's link and unlink of evidence in the pure correlator (ops_center.relink):
the item moves as the coordinator said, the incident it left no longer shows it, and the
correlator never places it again by its rules: not when it comes again, not in a merge, not
in a replay of the same feed and decisions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ops_center.commands import CommandKind, Link, Unlink, parse_command
from ops_center.correlate import Correlator, Duplicate, incident_id_for
from ops_center.errors import DispatchError
from ops_center.incidents import CapSeverity, JoinVia
from ops_center.relink import REASON_UNLINKED
from tests.unit.ops_center.test_ops_correlate import T0, it

FAR = 20_000.0  # metres: another part of the city, never the same job


def two_floods() -> tuple[Correlator, str, str]:
    """A flood of three alarms here and another of one alarm far off."""
    c = Correlator()
    for item in (it("a1", "rule", "flood_depth"), it("a2", "rule", "water_level", 200, 0, 60),
                 it("a3", "rule", "flood_depth", -150, 50, 120, severity=CapSeverity.EXTREME),
                 it("b1", "rule", "flood_depth", FAR, 0, 180)):
        c.feed(item, item.t)
    here, there = incident_id_for("a1"), incident_id_for("b1")
    assert c.snapshot(here).member_keys == {"a1", "a2", "a3"}
    assert c.snapshot(there).member_keys == {"b1"}
    return c, here, there


def test_an_item_moved_to_another_incident_leaves_the_first_and_joins_the_second() -> None:
    c, here, there = two_floods()
    a3 = c.snapshot(here).members[2].item
    moved = c.relink(a3, there, T0 + 300)
    assert (moved.left, moved.member is not None) == (here, True)
    assert moved.member is not None
    assert moved.member.via is JoinVia.LINKED
    first, second = c.snapshot(here), c.snapshot(there)
    assert first.member_keys == {"a1", "a2"}
    assert first.severity is CapSeverity.SEVERE  # the Extreme alarm went with the item
    assert second.member_keys == {"b1", "a3"}
    assert second.severity is CapSeverity.EXTREME
    assert c.where("a3") == there
    # Delivered again, it is the duplicate of where the coordinator put it.
    assert Duplicate("a3", there) in c.feed(a3, T0 + 320)
    assert c.snapshot(here).member_keys == {"a1", "a2"}


def test_an_unlinked_item_is_left_out_and_stays_out() -> None:
    c, here, _ = two_floods()
    a2 = c.snapshot(here).members[1].item
    moved = c.relink(a2, None, T0 + 300)
    assert (moved.left, moved.member) == (here, None)
    assert c.snapshot(here).member_keys == {"a1", "a3"}
    assert c.left_out()["a2"] == REASON_UNLINKED
    assert c.where("a2") is None
    c.feed(a2, T0 + 320)  # again: not pulled back
    c.feed(it("a4", "rule", "flood_depth", 100, 0, 330), T0 + 330)  # more of the same flood
    assert "a2" not in c.snapshot(here).member_keys
    assert "a4" in c.snapshot(here).member_keys


def test_a_left_out_item_linked_by_hand_is_evidence() -> None:
    c, here, _ = two_floods()
    light = it("p1", "1999", "streetlight", 20, 20, 200, agency="citizen")
    c.feed(light, light.t)
    assert "p1" in c.left_out()
    c.relink(light, here, T0 + 300)
    assert "p1" in c.snapshot(here).member_keys
    assert "p1" not in c.left_out()
    assert c.snapshot(here).agencies == {"disaster", "citizen"}


def test_a_replay_of_the_same_feed_and_decisions_rebuilds_the_same() -> None:
    """The service logs the decision in the replay log; replayed where it was made, the
    correlator comes to the same incidents, and later evidence is placed the same."""
    log = [it("a1", "rule", "flood_depth"), it("a2", "rule", "water_level", 200, 0, 60),
           it("a3", "rule", "flood_depth", -150, 50, 120), it("b1", "rule", "flood_depth", FAR, 0, 180)]
    later = it("a5", "rule", "flood_depth", 50, 0, 400)

    def run() -> Correlator:
        c = Correlator()
        for item in log:
            c.feed(item, item.t)
        c.relink(log[2], incident_id_for("b1"), T0 + 300)
        c.relink(log[1], None, T0 + 310)
        c.feed(later, later.t)
        return c

    one, two = run(), run()
    for inc in (incident_id_for("a1"), incident_id_for("b1")):
        assert one.snapshot(inc) == two.snapshot(inc)
    assert one.snapshot(incident_id_for("a1")).member_keys == {"a1", "a5"}


@given(st.sampled_from([CommandKind.LINK.value, CommandKind.UNLINK.value]),
       st.dictionaries(st.sampled_from(["item_key", "other"]), st.one_of(st.none(), st.text(max_size=30))))
def test_a_link_command_parses_to_its_key_or_is_refused(kind: str, args: dict[str, object]) -> None:
    try:
        cmd = parse_command(kind, args)
    except DispatchError:
        assert not str(args.get("item_key") or "").strip()
    else:
        assert isinstance(cmd, Link if kind == "link" else Unlink)
        assert cmd.item_key == args["item_key"]
