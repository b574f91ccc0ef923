"""Two coordinators switching 平時/戰時 at the same moment: each switch names the mode it
really left, so the audit's chain of switches has no gap."""

from __future__ import annotations

import threading

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.api import Mode, request_mode_switch

pytestmark = pytest.mark.integration


def test_a_switch_made_while_another_is_uncommitted_names_the_mode_that_one_set(db_settings: Settings) -> None:
    answers: list[Mode] = []
    with connect(db_settings, autocommit=True) as first, connect(db_settings, autocommit=True) as second:
        with first.transaction():
            left = request_mode_switch(first, Mode.EMERGENCY, default=Mode.PEACETIME, actor="c1", reason="typhoon")
            assert left is Mode.PEACETIME

            def other() -> None:
                with second.transaction():
                    answers.append(request_mode_switch(second, Mode.PEACETIME, default=Mode.PEACETIME,
                                                       actor="c2", reason="all clear"))

            racer = threading.Thread(target=other)
            racer.start()
            racer.join(2.0)  # it waits for the first switch to commit (or, unserialised, is done)
        racer.join(30)
        assert not racer.is_alive()
        chain = first.execute("SELECT from_mode, to_mode FROM ops_mode_switches ORDER BY id").fetchall()
    assert answers == [Mode.EMERGENCY], chain
    assert chain == [("peacetime", "emergency"), ("emergency", "peacetime")]
