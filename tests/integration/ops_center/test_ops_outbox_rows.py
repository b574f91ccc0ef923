"""The ops center's stored messages (``ops_outbox``, migration 0078) read back as they were
queued: every topic, payload and retain flag, in order (docs/ops_center.md, "Messages survive
a crash"). Hypothesis over what an agency's message can hold: any text of a body's fields, any
bytes of a raw payload (the empty one clearing a retained message among them)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ops_center import repo

pytestmark = pytest.mark.integration

#: Text PostgreSQL stores (no NUL: SQLSTATE 22P05).
text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=40)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), text)
bodies = st.dictionaries(text, st.one_of(scalars, st.lists(scalars, max_size=3)), max_size=6).map(
    lambda d: {"incident_id": "inc-0"} | d)
messages = st.lists(st.tuples(text, st.one_of(bodies, st.binary(max_size=64)), st.booleans()), max_size=12)


@pytest.fixture
def conn(db_dsn: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(db_dsn, autocommit=True) as c:
        yield c


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(messages, max_size=3))
@example(batches=[[("soc/v1/dispatch/fire/assignment/inc-1", {"incident_id": "inc-1", "reason": "已併入 #3"}, False),
                   ("soc/v1/dispatch/fire/assignment/inc-1", b"", True)]])
def test_stored_messages_read_back_in_the_order_they_were_queued(
        conn: psycopg.Connection, batches: list[list[repo.Message]]) -> None:
    with conn.transaction(force_rollback=True):
        repo.clear_staged(conn)
        for batch in batches:
            repo.stage_messages(conn, batch)
        got = repo.staged_messages(conn)
    assert got == [m for batch in batches for m in batch]
