"""A coordinator links and unlinks evidence through the API, applied by the real ops service
(``run_ops`` in a thread over the module's database), here for incidents the correlator does
not hold (their stored rows alone): roles, reasons, the item key's boundary, refusals with the
service's reason, and the rows, timelines and audit of a move."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.conftest import auth
from tests.api.ops_thread import INSERT_INCIDENT, INSERT_MEMBER, ops_service
from tests.api.test_auth import is_problem

A = f"inc-link-a-{uuid.uuid4().hex[:8]}"
B = f"inc-link-b-{uuid.uuid4().hex[:8]}"
CLOSED = f"inc-link-closed-{uuid.uuid4().hex[:8]}"
SPACED = f"inc-link-spaced-{uuid.uuid4().hex[:8]}"
OTHER = f"inc-link-other-{uuid.uuid4().hex[:8]}"
#: Keys as the correlator names a 119 case's report whose case id holds a blank (the wire allows
#: inner blanks in a source id, docs/mqtt.md), one an ASCII space, one an ideographic space.
SPACED_KEYS = [f"event:T F011|fire119|dispatched|{SPACED}", f"event:T\u3000F012|fire119|dispatched|{SPACED}"]


@pytest.fixture(scope="module")
def seeded(db_dsn: str, live_app: object) -> dict[str, list[str]]:
    """Two open fires, A with three alarms and B with one, and a closed one with two; SPACED with
    the two keys holding blanks and an alarm, and OTHER with one alarm."""
    t = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    keys = {A: [f"event:{A}-{i}" for i in range(3)], B: [f"event:{B}-0"],
            CLOSED: [f"event:{CLOSED}-{i}" for i in range(2)], SPACED: [*SPACED_KEYS, f"event:{SPACED}-0"],
            OTHER: [f"event:{OTHER}-0"]}
    with psycopg.connect(db_dsn) as conn:
        for inc, members in keys.items():
            conn.execute(INSERT_INCIDENT, {"inc": inc, "state": "closed" if inc == CLOSED else "open", "t": t})
            for key in members:
                conn.execute(INSERT_MEMBER, {"key": key, "inc": inc, "t": t})
            conn.execute("UPDATE ops_incidents SET member_count = %s WHERE incident_id = %s", (len(members), inc))
    return keys


def test_link_and_unlink_are_refused_without_role_reason_or_key(
    api: httpx.Client, accounts: dict[str, str], seeded: dict[str, list[str]]
) -> None:
    body = {"item_key": seeded[A][0], "reason": "同一案"}
    coord = auth(accounts["coord"])
    for verb in ("link", "unlink"):
        path = f"/api/incidents/{B}/{verb}"
        assert is_problem(api.post(path, json=body), 401)["reason"] == "missing_token"
        for who in ("fire1", "plan", "op", "wall1"):
            is_problem(api.post(path, json=body, headers=auth(accounts[who])), 403)
        for bad in ({"item_key": seeded[A][0]}, {"item_key": seeded[A][0], "reason": " "}, {"reason": "x"},
                    {"item_key": "", "reason": "x"}, {"item_key": " ", "reason": "x"},
                    {"item_key": f" {seeded[A][0]}", "reason": "x"}, {"item_key": f"{seeded[A][0]}\t", "reason": "x"},
                    {**body, "extra": 1}):
            is_problem(api.post(path, json=bad, headers=coord), 422)
        assert is_problem(api.post(f"/api/incidents/inc-nope/{verb}", json=body, headers=coord),
                          404)["resource"] == "incident"


def test_moved_and_unlinked_evidence_through_the_service(
    api: httpx.Client, accounts: dict[str, str], seeded: dict[str, list[str]], live_app: Any, db_dsn: str
) -> None:
    coord = auth(accounts["coord"])

    def post(verb: str, inc: str, key: str, reason: str = "同一案") -> httpx.Response:
        return api.post(f"/api/incidents/{inc}/{verb}", json={"item_key": key, "reason": reason},
                        params={"wait": 5}, headers=coord)

    def evidence(inc: str) -> tuple[list[str], int]:
        d = api.get(f"/api/incidents/{inc}", headers=coord).json()
        return sorted(e["item_key"] for e in d["evidence"]), d["member_count"]

    with ops_service(live_app.settings, [A, B, CLOSED]):
        r = post("link", B, seeded[A][0], "報案人說錯路名")
        assert r.status_code == 200, r.text
        assert (r.json()["kind"], r.json()["result"]) == ("link", f"{seeded[A][0]} linked")
        assert evidence(B) == (sorted([seeded[B][0], seeded[A][0]]), 2)
        assert evidence(A) == (sorted(seeded[A][1:]), 2)
        r = post("unlink", A, seeded[A][1], "惡作劇電話")
        assert r.status_code == 200, r.text
        assert evidence(A) == ([seeded[A][2]], 1)

        # Refusals, each with the service's reason.
        for verb, inc, key, why in (
            ("unlink", A, seeded[A][2], "only evidence"),      # an incident keeps one
            ("link", B, seeded[A][2], "only evidence"),        # ... also the one it leaves
            ("unlink", B, seeded[A][2], "is no evidence of"),
            ("link", B, seeded[A][0], "already evidence of"),
            ("link", B, "event:never-seen", "unknown item"),
            ("link", CLOSED, seeded[B][0], f"incident {CLOSED} is closed: its evidence is not moved"),
            ("unlink", CLOSED, seeded[CLOSED][0], f"incident {CLOSED} is closed: its evidence is not moved"),
            # A closed incident is the record of what was worked: its evidence does not leave it.
            ("link", B, seeded[CLOSED][0],
             f"{seeded[CLOSED][0]} is evidence of {CLOSED}, which is closed: its evidence is not moved; reopen"),
        ):
            assert why in is_problem(post(verb, inc, key), 409)["detail"], (verb, inc, key)
        assert evidence(CLOSED) == (sorted(seeded[CLOSED]), 2)
        assert evidence(B) == (sorted([seeded[B][0], seeded[A][0]]), 2)
        # Reopened, it is live again: its evidence moves and its row counts what it keeps.
        r = api.post(f"/api/incidents/{CLOSED}/reopen", json={"reason": "另案"}, params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        assert post("link", B, seeded[CLOSED][0]).status_code == 200
        assert evidence(CLOSED) == ([seeded[CLOSED][1]], 1)
        assert evidence(B) == (sorted([seeded[B][0], seeded[A][0], seeded[CLOSED][0]]), 3)

        d = api.get(f"/api/incidents/{A}", headers=coord).json()
        assert [(t["action"], t["reason"], t["detail"]["item_key"])
                for t in d["timeline"] if t["actor"] == "coord"] == [
            ("evidence_moved_out", "報案人說錯路名", seeded[A][0]), ("evidence_unlinked", "惡作劇電話", seeded[A][1])]

        @given(st.text(min_size=1, max_size=60))
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        def any_key(key: str) -> None:
            r = api.post(f"/api/incidents/{B}/link", json={"item_key": key, "reason": "x"}, params={"wait": 5},
                         headers=coord)
            assert r.status_code in (409, 422), (key, r.status_code, r.text[:200])

        any_key()
    with psycopg.connect(db_dsn) as conn:
        audited = conn.execute("SELECT action, subject_id, reason FROM audit_log WHERE action LIKE 'incident.%%link'"
                               " ORDER BY id").fetchall()
        left = conn.execute("SELECT reason FROM ops_left_out WHERE item_key = %s", (seeded[A][1],)).fetchone()
    assert audited == [("incident.link", B, "報案人說錯路名"), ("incident.unlink", A, "惡作劇電話"),
                       ("incident.link", B, "同一案")]
    assert left == ("unlinked_by_coordinator",)


#: Blanks no key begins or ends with.
BLANKS = st.sampled_from([" ", "\t", "\n", "\u3000", "\u00a0"])
#: The inside of a key: what a source id and an event's key may hold, blanks included.
INNER = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=40)


def test_evidence_whose_key_holds_blanks_is_linked_and_unlinked(
    api: httpx.Client, accounts: dict[str, str], seeded: dict[str, list[str]], live_app: Any
) -> None:
    """Every key the API names in an incident's evidence is one its link and unlink take: a 119
    case id with an inner blank gives its reports' keys inner blanks, and a coordinator moves
    them like any other. Only blanks around a key (which no key has) are refused at the door;
    any other text is the service's to find or not."""
    coord = auth(accounts["coord"])

    def post(verb: str, inc: str, key: str) -> httpx.Response:
        return api.post(f"/api/incidents/{inc}/{verb}", json={"item_key": key, "reason": "同一火場"},
                        params={"wait": 5}, headers=coord)

    def evidence(inc: str) -> list[str]:
        return sorted(e["item_key"] for e in api.get(f"/api/incidents/{inc}", headers=coord).json()["evidence"])

    assert set(SPACED_KEYS) <= set(evidence(SPACED))  # the keys as the API hands them out
    with ops_service(live_app.settings, [SPACED, OTHER]):
        for key in SPACED_KEYS:
            r = post("link", OTHER, key)
            assert r.status_code == 200, r.text
            assert r.json()["result"] == f"{key} linked"
        assert evidence(OTHER) == sorted([*SPACED_KEYS, seeded[OTHER][0]])
        r = post("unlink", OTHER, SPACED_KEYS[0])
        assert r.status_code == 200, r.text
        assert evidence(OTHER) == sorted([SPACED_KEYS[1], seeded[OTHER][0]])
        assert evidence(SPACED) == [seeded[SPACED][2]]

        @given(INNER, BLANKS, st.booleans())
        @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
        def keys(inner: str, blank: str, before: bool) -> None:
            key = f"event:{inner}|x"
            assert "unknown item" in is_problem(post("link", OTHER, key), 409)["detail"], key
            is_problem(post("link", OTHER, blank + key if before else key + blank), 422)

        keys()
