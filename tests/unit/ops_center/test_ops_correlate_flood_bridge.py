"""Water reported between two floods shows them to be one, whoever reports it.

Described situation: a storm afternoon. 中平路's low point by 河南路 floods (its flood sensor
alarms), and 900 m east, at 經貿路, the drainage channel's gauge rises over its level: two
floods, two crews. Then water is reported on the lanes half way between them, 450 m from
each: the junction camera's analytics sees it, or a patrol reports it. Each report has its
own source (the camera, the patrol's report); neither is a sensor of either flood. The road
between is under water: the coordinator works one flood along 中平路, with one closure and one
pump crew moving along it.

What shows nothing: the same water reported by a caller (a caller stands anywhere near what
they describe); a report 50 m from one flood's sensor (that crew's own low point, news of its
job); and the detention pond's own sensor between them (a pond built to fill rises with the
rain whatever the road does).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ops_center.correlate import Correlator, Merged, incident_id_for
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind

X0, Y0, T0 = 214_500.0, 2_675_600.0, 1_779_440_000.0  # 中平路's low point by 河南路
EAST = 900.0  # the drainage channel's gauge at 經貿路, along the road


def report(
    key: str, feed: str, category: str, dx: float, minute: float, *, agency: str, source: str, site: str = ""
) -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    sev = CapSeverity.UNKNOWN if agency == "citizen" else CapSeverity.SEVERE
    return Item(key, kind, agency, feed, category, sev, X0 + dx, Y0, T0 + minute * 60.0, source, site=site)


def two_floods() -> Correlator:
    c = Correlator()
    c.feed(report("low", "rule", "flood_depth", 0.0, 0.0, agency="disaster", source="SN-FL-007"), T0 + 30.0)
    c.feed(report("gauge", "rule", "water_level", EAST, 2.0, agency="disaster", source="SN-WL-003"), T0 + 150.0)
    assert len(c.incident_ids(state=IncidentState.OPEN)) == 2
    return c


def between(c: Correlator, it: Item) -> list[Merged]:
    return [ch for ch in c.feed(it, it.t + 30.0) if isinstance(ch, Merged)]


def test_the_junction_camera_seeing_water_between_two_floods_makes_them_one() -> None:
    c = two_floods()
    cam = report("cam", "cctv", "flooding", 450.0, 6.0, agency="police", source="SN-CCTV-011")
    merged = between(c, cam)
    assert len(merged) == 1
    assert {merged[0].record.survivor, merged[0].record.absorbed} == {incident_id_for("low"), incident_id_for("gauge")}
    assert c.where("low") == c.where("gauge") == c.where("cam")


def test_a_patrol_s_report_of_water_between_them_makes_them_one() -> None:
    c = two_floods()
    patrol = report("patrol", "incident", "flooding_report", 450.0, 6.0, agency="police", source="RPT-0612")
    assert len(between(c, patrol)) == 1
    assert c.where("low") == c.where("gauge")


def test_a_caller_between_them_shows_nothing() -> None:
    c = two_floods()
    call = report("call", "1999", "flooding", 450.0, 6.0, agency="citizen", source="CASE-1")
    assert between(c, call) == []
    assert c.where("low") != c.where("gauge")


def test_a_patrol_at_one_flood_s_low_point_reports_its_job() -> None:
    c = two_floods()
    patrol = report("patrol", "incident", "flooding_report", 50.0, 6.0, agency="police", source="RPT-0613")
    assert between(c, patrol) == []
    assert c.where("patrol") == c.where("low") != c.where("gauge")


def test_the_detention_pond_s_sensor_between_them_shows_nothing() -> None:
    c = two_floods()
    pond = report(
        "pond", "rule", "flood_depth", 450.0, 6.0, agency="disaster", source="SN-FL-002", site="detention_pond"
    )
    assert between(c, pond) == []
    assert c.where("low") != c.where("gauge")


@settings(max_examples=30, deadline=None)
@given(dx=st.floats(min_value=EAST - 490.0, max_value=490.0), minute=st.floats(min_value=3.0, max_value=40.0))
def test_an_agency_s_water_within_both_floods_reach_makes_one_flood(dx: float, minute: float) -> None:
    c = two_floods()
    # a report of water reaches 500 m from a flood (policies.REACH): 410-490 m from each here
    patrol = report("patrol", "incident", "flooding_report", dx, minute, agency="police", source="RPT-0614")
    between(c, patrol)
    assert c.where("low") == c.where("gauge") == c.where("patrol")
