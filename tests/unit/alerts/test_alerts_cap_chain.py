"""Incoming CAP messages in the evaluator (pure): an Update or Cancel is about the alert of
the first message of its chain (CAP 1.2 §3.2.1 ``references``), only an Actual message is for
action and Ack and Error are no hazard, whatever the message's status, identifiers and
references hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from alerts.evaluate import Evaluator, Event
from alerts.lifecycle import AlertBook, Clear, Trigger
from alerts.rules import load_rules_file

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
T0 = datetime(2026, 9, 28, 6, 0, tzinfo=UTC)
ids = st.text(min_size=1, max_size=20)


def cap(identifier: str, msg_type: str, minute: int, *, status: str = "Actual",
        follows: tuple[str, ...] = (), severity: str = "Severe") -> Event:
    return Event(identifier, "cap", T0 + timedelta(minutes=minute), "豪雨特報", severity, msg_type,
                 120.65, 24.18, cap_status=status, follows=follows)


@given(status=st.text(max_size=12).filter(lambda s: s not in ("", "Actual")), identifier=ids)
def test_a_message_not_actual_raises_nothing(status: str, identifier: str) -> None:
    ev = Evaluator(RULES, {})
    assert ev.feed(cap(identifier, "Alert", 0, status=status), T0) == []


@given(msg_type=st.sampled_from(["Ack", "Error"]), identifier=ids)
def test_an_ack_or_an_error_raises_nothing(msg_type: str, identifier: str) -> None:
    """CAP 1.2 §3.2.1: an Ack acknowledges a message, an Error rejects one; neither is a hazard."""
    ev = Evaluator(RULES, {})
    assert ev.feed(cap(identifier, msg_type, 0), T0) == []


@given(chain=st.lists(ids, min_size=2, max_size=6, unique=True), back=st.data())
def test_every_message_of_a_chain_is_about_its_first_alert(chain: list[str], back: st.DataObject) -> None:
    """Each later message references any earlier ones (CAP lists one or several): one alert,
    the first message's, updated by each and ended by the last, a Cancel."""
    ev, book = Evaluator(RULES, {}), AlertBook()
    for n, identifier in enumerate(chain):
        follows = tuple(back.draw(st.lists(st.sampled_from(chain[:n]), min_size=1, unique=True))) if n else ()
        msg_type = "Alert" if n == 0 else "Cancel" if n == len(chain) - 1 else "Update"
        decisions = ev.feed(cap(identifier, msg_type, n, follows=follows), T0 + timedelta(minutes=n))
        assert {d.source_id for d in decisions} == {chain[0]}
        assert all(isinstance(d, Clear if msg_type == "Cancel" else Trigger) for d in decisions)
        book.apply_all(decisions)
    (alert,) = book.all_alerts()
    assert (alert.source_id, alert.cleared_at) == (chain[0], T0 + timedelta(minutes=len(chain) - 1))
