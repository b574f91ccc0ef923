"""The body of an agency report and the MQTT payload the route builds from it agree."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

from ops_center.api import AssignmentState, StatusPayload
from web.schemas import StatusReportIn


@given(st.text(max_size=2100), st.sampled_from(["acknowledged", "en_route", "on_scene", "cleared"]))
@example("a\x00b", "acknowledged")
@example("字" * 2000, "cleared")
def test_a_status_report_the_api_takes_is_one_the_mqtt_payload_takes(note: str, state: str) -> None:
    """The route builds a StatusPayload from what StatusReportIn let through: a refusal
    there would be a 500 after validation, so both must agree on every note."""
    try:
        body = StatusReportIn(state=state, note=note)
    except ValidationError:
        assert "\x00" in note or len(note) > 2000
        return
    StatusPayload(state=AssignmentState(body.state), by="x" * 200, note=body.note)
