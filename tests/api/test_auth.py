"""Authentication, roles and problem+json errors, through the real server and database."""

from __future__ import annotations

from typing import Any

import httpx
import psycopg

from tests.api.conftest import PASSWORD, LiveApp, auth


def is_problem(r: httpx.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == status
    assert body["title"]
    assert body["detail"]
    assert body["type"].startswith("/problems/")
    return dict(body)


def test_login_issues_a_token_that_identifies_the_user(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    r = api.post("/api/auth/token", data={"username": "coord", "password": PASSWORD})
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer"
    assert body["role"] == "coordinator"
    me = api.get("/api/auth/me", headers=auth(body["access_token"])).json()
    assert me["user_name"] == "coord"
    assert "dispatch" in me["permissions"]


def test_wrong_password_is_401_problem(api: httpx.Client, accounts: dict[str, str]) -> None:
    r = api.post("/api/auth/token", data={"username": "coord", "password": "wrong password"})
    body = is_problem(r, 401)
    assert body["reason"] == "bad_credentials"
    assert r.headers["www-authenticate"] == "Bearer"


def test_display_account_cannot_log_in_with_a_password(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    r = api.post("/api/auth/token", data={"username": "wall1", "password": "anything1"})
    is_problem(r, 401)


def test_missing_tampered_and_revoked_tokens_are_401(
    api: httpx.Client, accounts: dict[str, str], db_dsn: str
) -> None:
    assert is_problem(api.get("/api/sensors"), 401)["reason"] == "missing_token"
    token = accounts["op"]
    body, sig = token.split(".")
    tampered = body[:-2] + ("A" if body[-2] != "A" else "B") + body[-1] + "." + sig
    assert is_problem(api.get("/api/sensors", headers=auth(tampered)), 401)["reason"] in (
        "bad_signature", "malformed")
    r = api.post("/api/auth/token", data={"username": "plan", "password": PASSWORD})
    planner = r.json()["access_token"]
    assert api.get("/api/auth/me", headers=auth(planner)).status_code == 200
    with psycopg.connect(db_dsn) as conn:
        conn.execute(
            "UPDATE web_users SET token_version = token_version + 1 WHERE user_name = 'plan'")
    assert is_problem(api.get("/api/auth/me", headers=auth(planner)), 401)["reason"] == "revoked"


def test_roles_are_enforced_with_403(api: httpx.Client, accounts: dict[str, str]) -> None:
    # Agency members do not read the operational lists; displays do not write; only admins
    # manage users.
    body = is_problem(api.get("/api/sensors", headers=auth(accounts["fire1"])), 403)
    assert body["role"] == "agency"
    assert "operator" in body["allowed_roles"]
    is_problem(api.get("/api/users", headers=auth(accounts["coord"])), 403)
    is_problem(api.get("/api/quarantine", headers=auth(accounts["wall1"])), 403)
    assert api.get("/api/sensors", headers=auth(accounts["wall1"])).status_code == 200


def test_a_display_token_cannot_log_itself_out_and_the_wall_keeps_reading(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    """A wall's display token only ever reads: one request made with it must not revoke the
    credential of every screen showing it."""
    body = is_problem(api.post("/api/auth/logout", headers=auth(accounts["wall1"])), 403)
    assert "display token" in body["detail"]
    assert api.get("/api/sensors", headers=auth(accounts["wall1"])).status_code == 200
    assert api.post("/api/ws-ticket", headers=auth(accounts["wall1"])).status_code == 200


def test_admin_creates_users_and_it_is_audited(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    h = auth(accounts["root"])
    r = api.post("/api/users", headers=h, json={"user_name": "water1", "role": "agency",
                                                "agency": "water", "password": "long enough"})
    assert r.status_code == 201, r.text
    assert r.json()["agency"] == "water"
    assert "password_hash" not in r.json()
    is_problem(api.post("/api/users", headers=h, json={"user_name": "water1", "role": "agency",
                                                       "agency": "water",
                                                       "password": "long enough"}), 409)
    # An agency member must name a dispatch agency; nobody else may.
    is_problem(api.post("/api/users", headers=h, json={"user_name": "x1", "role": "agency",
                                                       "password": "long enough"}), 422)
    is_problem(api.post("/api/users", headers=h, json={"user_name": "x2", "role": "planner",
                                                       "agency": "fire",
                                                       "password": "long enough"}), 422)
    audit = api.get("/api/audit", headers=h, params={"subject_type": "user",
                                                     "subject_id": "water1"}).json()
    assert [(a["actor"], a["action"]) for a in audit] == [("root", "user.create")]


def test_validation_errors_are_422_problems_with_locations(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    h = auth(accounts["root"])
    body = is_problem(api.post("/api/users", headers=h, json={"user_name": "Bad Name!",
                                                              "role": "wizard"}), 422)
    locs = {e["loc"] for e in body["errors"]}
    assert {"body.user_name", "body.role"} <= locs
    is_problem(api.get("/api/sensors", headers=auth(accounts["op"]), params={"limit": 0}), 422)


def test_unknown_path_is_404_problem(api: httpx.Client) -> None:
    is_problem(api.get("/api/no-such-thing"), 404)


def _display_account(api: httpx.Client, admin_token: str, name: str) -> None:
    r = api.post("/api/users", headers=auth(admin_token), json={"user_name": name, "role": "display"})
    assert r.status_code == 201, r.text


def test_display_tokens_come_from_the_admin_api(
    api: httpx.Client, accounts: dict[str, str], live_app: LiveApp
) -> None:
    _display_account(api, accounts["root"], "hall1")
    r = api.post("/api/users/hall1/display-token", headers=auth(accounts["root"]))
    assert r.status_code == 200
    token = r.json()["token"]
    assert r.json()["wall_url"].endswith(token)
    assert api.get("/api/auth/me", headers=auth(token)).json()["kind"] == "display"
    # A display token never writes, whatever the account's role.
    r = api.post("/api/users", headers=auth(token), json={"user_name": "z", "role": "display"})
    is_problem(r, 403)
    is_problem(api.post("/api/users/op/display-token", headers=auth(accounts["root"])), 404)


def test_a_new_display_token_replaces_the_earlier_ones(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    """A display token copied off a wall's address is revoked by issuing the wall a new one."""
    admin = auth(accounts["root"])
    _display_account(api, accounts["root"], "hall2")
    old = api.post("/api/users/hall2/display-token", headers=admin).json()["token"]
    assert api.get("/api/sensors", headers=auth(old)).status_code == 200
    new = api.post("/api/users/hall2/display-token", headers=admin).json()["token"]
    assert is_problem(api.get("/api/sensors", headers=auth(old)), 401)["reason"] == "revoked"
    assert api.post("/api/ws-ticket", headers=auth(old)).status_code == 401
    assert api.get("/api/sensors", headers=auth(new)).status_code == 200
    assert api.post("/api/ws-ticket", headers=auth(new)).status_code == 200
    audit = api.get("/api/audit", headers=admin, params={"subject_type": "user",
                                                         "subject_id": "hall2"}).json()
    assert sorted((a["actor"], a["action"]) for a in audit) == [
        ("root", "user.create"), ("root", "user.display_token"), ("root", "user.display_token")]


def test_an_admin_revokes_an_accounts_tokens_without_issuing_one(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    """A leaked wall's token is revoked with no new token to hand out (the screen is gone)."""
    admin = auth(accounts["root"])
    _display_account(api, accounts["root"], "hall3")
    token = api.post("/api/users/hall3/display-token", headers=admin).json()["token"]
    # Only an admin may; the display token cannot revoke itself either.
    is_problem(api.post("/api/users/hall3/revoke-tokens", headers=auth(accounts["coord"])), 403)
    is_problem(api.post("/api/users/hall3/revoke-tokens", headers=auth(token)), 403)
    assert api.get("/api/sensors", headers=auth(token)).status_code == 200
    r = api.post("/api/users/hall3/revoke-tokens", headers=admin)
    assert r.status_code == 204, r.text
    assert is_problem(api.get("/api/sensors", headers=auth(token)), 401)["reason"] == "revoked"
    is_problem(api.post("/api/users/nobody-here/revoke-tokens", headers=admin), 404)
    audit = api.get("/api/audit", headers=admin, params={"subject_type": "user",
                                                         "subject_id": "hall3"}).json()
    assert [(a["actor"], a["action"]) for a in audit if a["action"] == "user.revoke_tokens"] == [
        ("root", "user.revoke_tokens")]
    # A new token works again.
    fresh = api.post("/api/users/hall3/display-token", headers=admin).json()["token"]
    assert api.get("/api/sensors", headers=auth(fresh)).status_code == 200
