"""A coordinator's command sent again under its ``Idempotency-Key`` is recorded once.

On a flaky link the answer to a command can be lost after the command was recorded; the
console then sends it again with the key it made for the click (docs/web.md). The repeat
must answer with the first command (its id and where it stands) and record nothing; the same
key for another command is a 422 naming the header; a key that is no key (empty, longer than
200 characters, anything but printable ASCII) is a 422 and records nothing.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.api.conftest import auth
from tests.api.ops_thread import INSERT_ASSIGNMENT, INSERT_INCIDENT, ops_service
from tests.api.test_auth import is_problem

INC = f"inc-key-{uuid.uuid4().hex[:8]}"
OTHER = f"inc-key-other-{uuid.uuid4().hex[:8]}"
CLOSED = f"inc-key-closed-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def seeded(db_dsn: str, live_app: object) -> None:
    """Two open fire incidents (fire assigned) and a closed one."""
    now = datetime.now(UTC).replace(microsecond=0)
    t = now - timedelta(minutes=5)
    with psycopg.connect(db_dsn) as conn:
        for inc, state in ((INC, "open"), (OTHER, "open"), (CLOSED, "closed")):
            conn.execute(INSERT_INCIDENT, {"inc": inc, "state": state, "t": t})
        conn.execute(INSERT_ASSIGNMENT, (INC, "fire", t, t, now + timedelta(minutes=5)))


def _count(db_dsn: str, sql: str, *args: object) -> int:
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(sql, args).fetchone()
    assert row is not None
    return int(row[0])


def _notes(db_dsn: str, text: str) -> int:
    return _count(db_dsn, "SELECT count(*) FROM ops_commands WHERE kind = 'note' AND args->>'text' = %s", text)


def test_a_note_sent_again_with_its_key_is_recorded_once_and_answered_as_the_first(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str, live_app: object,
) -> None:
    coord = auth(accounts["coord"])
    key = str(uuid.uuid4())
    headers = {**coord, "Idempotency-Key": key}
    first = api.post(f"/api/incidents/{INC}/notes", json={"text": "道路封閉"}, params={"wait": 0},
                     headers=headers)
    assert first.status_code == 202, first.text
    again = api.post(f"/api/incidents/{INC}/notes", json={"text": "道路封閉"}, params={"wait": 0},
                     headers=headers)
    assert again.status_code == 202, again.text
    assert (again.json()["command_id"], again.json()["state"]) == (first.json()["command_id"], "pending")
    assert again.headers["location"] == first.headers["location"]
    assert _notes(db_dsn, "道路封閉") == 1
    assert _count(db_dsn, "SELECT count(*) FROM audit_log WHERE action = 'command.note'"
                  " AND (detail->>'command_id')::bigint = %s", first.json()["command_id"]) == 1
    # Another coordinator's command under the same key is theirs: recorded.
    other = api.post(f"/api/incidents/{INC}/notes", json={"text": "道路封閉"}, params={"wait": 0},
                     headers={**auth(accounts["root"]), "Idempotency-Key": key})
    assert other.status_code == 202, other.text
    assert other.json()["command_id"] != first.json()["command_id"]

    with ops_service(live_app.settings, (INC, OTHER, CLOSED)):  # type: ignore[attr-defined]
        # Once applied, the repeat says so: the first command, done, and still one note.
        done = api.post(f"/api/incidents/{INC}/notes", json={"text": "道路封閉"}, params={"wait": 5},
                        headers=headers)
        assert done.status_code == 200, done.text
        assert (done.json()["command_id"], done.json()["state"]) == (first.json()["command_id"], "done")
        # A dispatch: the repeat is the first one, done, not "already assigned".
        dispatch = {**coord, "Idempotency-Key": str(uuid.uuid4())}
        r = api.post(f"/api/incidents/{INC}/assignments", json={"agency": "water"}, params={"wait": 5},
                     headers=dispatch)
        assert (r.status_code, r.json()["state"]) == (200, "done"), r.text
        r2 = api.post(f"/api/incidents/{INC}/assignments", json={"agency": "water"}, params={"wait": 5},
                      headers=dispatch)
        assert (r2.status_code, r2.json()["command_id"]) == (200, r.json()["command_id"]), r2.text
        # A reassign: the repeat finds the command, though the assignment it handed on is cancelled.
        handed = {**coord, "Idempotency-Key": str(uuid.uuid4())}
        path = f"/api/incidents/{INC}/assignments/water/reassign"
        r = api.post(path, json={"to": "traffic", "reason": "水源不足"}, params={"wait": 5}, headers=handed)
        assert (r.status_code, r.json()["state"]) == (200, "done"), r.text
        r2 = api.post(path, json={"to": "traffic", "reason": "水源不足"}, params={"wait": 5}, headers=handed)
        assert (r2.status_code, r2.json()["command_id"]) == (200, r.json()["command_id"]), r2.text
        # A command the service refused is refused again as the same command.
        refused = {**coord, "Idempotency-Key": str(uuid.uuid4())}
        p1 = is_problem(api.post(f"/api/incidents/{CLOSED}/assignments", json={"agency": "fire"},
                                 params={"wait": 5}, headers=refused), 409)
        p2 = is_problem(api.post(f"/api/incidents/{CLOSED}/assignments", json={"agency": "fire"},
                                 params={"wait": 5}, headers=refused), 409)
        assert (p2["resource"], p2["key"]) == ("command", p1["key"])
    assert _notes(db_dsn, "道路封閉") == 2  # the first coordinator's and root's
    assert _count(db_dsn, "SELECT count(*) FROM ops_commands WHERE incident_id = %s AND kind = 'assign'",
                  CLOSED) == 1


def test_a_key_reused_for_another_command_is_a_422_naming_the_header(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str,
) -> None:
    headers = {**auth(accounts["coord"]), "Idempotency-Key": str(uuid.uuid4())}
    first = api.post(f"/api/incidents/{INC}/notes", json={"text": "第一則"}, params={"wait": 0}, headers=headers)
    assert first.status_code == 202, first.text
    before = _count(db_dsn, "SELECT count(*) FROM ops_commands")
    for path, body in [
        (f"/api/incidents/{INC}/notes", {"text": "第二則"}),                 # another text
        (f"/api/incidents/{OTHER}/notes", {"text": "第一則"}),               # another incident
        (f"/api/incidents/{INC}/close", {"reason": "第一則"}),               # another kind
        (f"/api/incidents/{INC}/assignments", {"agency": "police"}),
    ]:
        problem = is_problem(api.post(path, json=body, params={"wait": 0}, headers=headers), 422)
        assert [e["loc"] for e in problem["errors"]] == ["header.Idempotency-Key"], problem
        assert str(first.json()["command_id"]) in problem["detail"], problem
    assert _count(db_dsn, "SELECT count(*) FROM ops_commands") == before


_VALID = re.compile(r"[!-~]{1,200}")


@given(key=st.one_of(
    st.just(b""), st.just(b" "), st.just(b"\xff\xfe"), st.just(b"x" * 200), st.just(b"x" * 201),
    st.just(b"x" * 100_000), st.just("\u6c34\u6e73".encode()), st.just("é".encode("latin-1")),
    st.binary(max_size=300),
    st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=250).map(str.encode),
    st.text(max_size=50).map(lambda s: s.encode("utf-8", "surrogatepass")),
))
@example(key=str(uuid.uuid4()).encode())
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_key_is_either_kept_once_or_refused_as_422_recording_nothing(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str, key: bytes,
) -> None:
    # The server reads a header's value without its surrounding spaces and tabs (RFC 9110, 5.5).
    received = key.strip(b" \t")
    valid = _VALID.fullmatch(received.decode("latin-1")) is not None
    # A key this coordinator used before (an example drawn twice) is another command's now.
    used = valid and _count(db_dsn, "SELECT count(*) FROM ops_commands WHERE actor = 'coord'"
                                    " AND idempotency_key = %s", received.decode("ascii")) > 0
    text = f"key test {uuid.uuid4()}"
    headers = [(b"Authorization", f"Bearer {accounts['coord']}".encode()), (b"Idempotency-Key", key)]
    try:
        first = api.post(f"/api/incidents/{OTHER}/notes", json={"text": text}, params={"wait": 0},
                         headers=headers)
    except httpx.LocalProtocolError:
        assert not valid  # not a header value HTTP/1.1 can carry: the client will not send it
        return
    if first.status_code in (400, 431):
        # Refused by the server's HTTP layer (bytes no header may hold, headers over its
        # limit) before the app sees the request.
        assert not valid, first.text
        assert _notes(db_dsn, text) == 0
        return
    if not valid or used:
        problem = is_problem(first, 422)
        assert [e["loc"] for e in problem["errors"]] == ["header.Idempotency-Key"], problem
        assert _notes(db_dsn, text) == 0
        return
    assert first.status_code == 202, first.text
    again = api.post(f"/api/incidents/{OTHER}/notes", json={"text": text}, params={"wait": 0}, headers=headers)
    assert again.status_code == 202, again.text
    assert again.json()["command_id"] == first.json()["command_id"]
    assert _notes(db_dsn, text) == 1


@pytest.mark.parametrize("key", [b"", b"x" * 201, b"x" * 8000, b"\xff\xfe", "水湳".encode(), b"a b"])
def test_an_empty_long_or_non_ascii_key_is_a_422_naming_the_header(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str, key: bytes,
) -> None:
    text = f"bad key {uuid.uuid4()}"
    headers = [(b"Authorization", f"Bearer {accounts['coord']}".encode()), (b"Idempotency-Key", key)]
    problem = is_problem(api.post(f"/api/incidents/{OTHER}/notes", json={"text": text}, headers=headers), 422)
    assert [e["loc"] for e in problem["errors"]] == ["header.Idempotency-Key"], problem
    assert _notes(db_dsn, text) == 0
