"""The demo's access file holds every account a demo user needs (README: the demo
passwords are written to ``demo-access.txt``): the agency desks' MQTT accounts too, each
with a password the real broker takes (its own ACL then limits it to its agency's tree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from common.settings import DISPATCH_AGENCIES, Settings
from soc.demo import write_access_file
from tests.fix_mqtt import connect_client


@pytest.mark.usefixtures("services")
def test_the_access_file_names_each_agency_desk_mqtt_account_with_a_password_the_broker_takes(
    settings: Settings, tmp_path: Path
) -> None:
    s = settings.model_copy(update={"services": settings.services.model_copy(update={"state_dir": tmp_path})})
    text = write_access_file(s, "display-token").read_text(encoding="utf-8")
    listed = dict(line.split(" ", 1) for line in text.splitlines() if line.startswith("agency-"))
    assert set(listed) == {f"agency-{a}" for a in DISPATCH_AGENCIES}
    for account, password in listed.items():
        client = connect_client(settings, account, password=password)  # raises when refused
        client.disconnect()
        client.loop_stop()
