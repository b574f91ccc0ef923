"""An admin locks out a departed user, moves a person to another role or agency, sets a
new password (docs/security.md, "a revoked or departed user keeps watching").

``revoke-tokens`` alone ended the current tokens, and the person logged in again with the
same password a second later; deactivation, a role change or a new password could be made
only in SQL. ``PATCH /api/users/{name}`` (and ``soc users set``) does each, audited, and
every change but the display name ends the account's tokens."""

from __future__ import annotations

import itertools

import httpx
import pytest

from common.db import connect
from tests.api.conftest import LiveApp, auth
from tests.api.test_auth import is_problem
from web.accounts import change_account
from web.errors import ConflictError
from web.security import AccountChange, Role

PASSWORD = "first-password-1"
_serial = itertools.count()


def person(api: httpx.Client, admin: str, role: str = "agency", agency: str | None = "police") -> tuple[str, str]:
    """A fresh account (its name) logged in (its token)."""
    name = f"desk{next(_serial)}"
    body: dict[str, object] = {"user_name": name, "role": role, "password": PASSWORD}
    if agency:
        body["agency"] = agency
    assert api.post("/api/users", headers=auth(admin), json=body).status_code == 201
    return name, login(api, name, PASSWORD)


def login(api: httpx.Client, name: str, password: str) -> str:
    r = api.post("/api/auth/token", data={"username": name, "password": password})
    assert r.status_code == 200, r.text
    return str(r.json()["access_token"])


def test_a_departed_user_is_locked_out_until_reactivated(api: httpx.Client, accounts: dict[str, str]) -> None:
    admin = auth(accounts["root"])
    name, token = person(api, accounts["root"])
    r = api.patch(f"/api/users/{name}", headers=admin, json={"active": False, "reason": "left the police desk"})
    assert r.status_code == 200, r.text
    assert r.json()["active"] is False
    assert is_problem(api.get("/api/auth/me", headers=auth(token)), 401)["reason"] == "revoked"
    is_problem(api.post("/api/auth/token", data={"username": name, "password": PASSWORD}), 401)
    # Reactivated: the old token stays refused (no session comes back), a new login works.
    assert api.patch(f"/api/users/{name}", headers=admin, json={"active": True}).status_code == 200
    is_problem(api.get("/api/auth/me", headers=auth(token)), 401)
    assert api.get("/api/auth/me", headers=auth(login(api, name, PASSWORD))).status_code == 200
    audit = api.get("/api/audit", headers=admin, params={"subject_type": "user", "subject_id": name}).json()
    updates = [a for a in audit if a["action"] == "user.update"]
    assert {(a["actor"], a["reason"]) for a in updates} >= {("root", "left the police desk")}
    assert any(a["detail"].get("active") == {"from": True, "to": False} for a in updates), updates


def test_a_new_password_ends_the_old_one_and_its_sessions(api: httpx.Client, accounts: dict[str, str]) -> None:
    admin = auth(accounts["root"])
    name, token = person(api, accounts["root"])
    r = api.patch(f"/api/users/{name}", headers=admin, json={"password": "second-password-2"})
    assert r.status_code == 200, r.text
    is_problem(api.get("/api/auth/me", headers=auth(token)), 401)
    is_problem(api.post("/api/auth/token", data={"username": name, "password": PASSWORD}), 401)
    assert api.get("/api/auth/me", headers=auth(login(api, name, "second-password-2"))).status_code == 200
    audit = api.get("/api/audit", headers=admin, params={"subject_type": "user", "subject_id": name}).json()
    (update,) = [a for a in audit if a["action"] == "user.update"]
    assert update["detail"]["password"] == "set"
    assert "second-password-2" not in str(update)


def test_a_role_or_agency_change_takes_effect_at_the_next_login(api: httpx.Client, accounts: dict[str, str]) -> None:
    admin = auth(accounts["root"])
    name, token = person(api, accounts["root"])
    r = api.patch(f"/api/users/{name}", headers=admin, json={"agency": "water"})
    assert (r.status_code, r.json()["agency"]) == (200, "water"), r.text
    is_problem(api.get("/api/auth/me", headers=auth(token)), 401)
    me = api.get("/api/auth/me", headers=auth(login(api, name, PASSWORD))).json()
    assert (me["role"], me["agency"]) == ("agency", "water")
    # To coordinator: the agency goes with the role.
    r = api.patch(f"/api/users/{name}", headers=admin, json={"role": "coordinator"})
    assert (r.status_code, r.json()["role"], r.json()["agency"]) == (200, "coordinator", None), r.text
    me = api.get("/api/auth/me", headers=auth(login(api, name, PASSWORD))).json()
    assert (me["role"], me["agency"]) == ("coordinator", None)
    # Refused: an agency member without an agency, a coordinator with one, a display account's role.
    for body in ({"role": "agency"}, {"agency": "fire"}, {"role": "display"}, {}):
        is_problem(api.patch(f"/api/users/{name}", headers=admin, json=body), 422)
    is_problem(api.patch("/api/users/wall1", headers=admin, json={"role": "operator"}), 422)
    is_problem(api.patch("/api/users/wall1", headers=admin, json={"password": "a-screen-password"}), 422)


def test_only_an_admin_changes_accounts_and_not_their_own_standing(
    api: httpx.Client, accounts: dict[str, str], live_app: LiveApp
) -> None:
    admin = auth(accounts["root"])
    name, token = person(api, accounts["root"])
    for who in ("coord", "plan", "wall1"):
        is_problem(api.patch(f"/api/users/{name}", headers=auth(accounts[who]), json={"active": False}), 403)
    is_problem(api.patch(f"/api/users/{name}", headers=auth(token), json={"active": False}), 403)
    is_problem(api.patch("/api/users/root", headers=admin, json={"active": False}), 403)
    is_problem(api.patch("/api/users/root", headers=admin, json={"role": "operator"}), 403)
    is_problem(api.patch("/api/users/nobody-here", headers=admin, json={"active": False}), 404)
    is_problem(api.patch(f"/api/users/{name}", headers=admin, json={"active": False, "admin": True}), 422)
    assert api.get("/api/auth/me", headers=auth(token)).status_code == 200
    # Renaming ends no session.
    r = api.patch(f"/api/users/{name}", headers=admin, json={"display_name": "警察局值班台"})
    assert (r.status_code, r.json()["display_name"]) == (200, "警察局值班台"), r.text
    assert api.get("/api/auth/me", headers=auth(token)).status_code == 200


def test_a_guessable_password_is_refused_for_a_new_account_and_a_reset(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    admin = auth(accounts["root"])
    for password in ("        ", "12345678", "Password1", "aaaaaaaa"):
        is_problem(api.post("/api/users", headers=admin,
                            json={"user_name": "weak-admin", "role": "admin", "password": password}), 422)
        name, _ = person(api, accounts["root"])
        is_problem(api.patch(f"/api/users/{name}", headers=admin, json={"password": password}), 422)
    assert api.get("/api/users", headers=admin).json()
    assert "weak-admin" not in {u["user_name"] for u in api.get("/api/users", headers=admin).json()}


def test_two_admins_taking_each_others_rights_leave_the_last_one_an_admin(
    api: httpx.Client, accounts: dict[str, str], live_app: LiveApp
) -> None:
    # Each admin's request passed its check while the other was still an admin: served one
    # after the other, the second finds root the last active admin and is refused (409).
    name, _ = person(api, accounts["root"], role="admin", agency=None)
    with connect(live_app.settings) as conn:
        row = change_account(conn, name, AccountChange(role=Role.OPERATOR), actor="root", by_self=False)
    assert (row.role, row.active) == ("operator", True)
    with connect(live_app.settings) as conn, pytest.raises(ConflictError, match="last active admin"):
        change_account(conn, "root", AccountChange(active=False), actor=name, by_self=False)
    with connect(live_app.settings) as conn, pytest.raises(ConflictError, match="last active admin"):
        change_account(conn, "root", AccountChange(role=Role.PLANNER), actor=name, by_self=False)
    assert api.get("/api/auth/me", headers=auth(accounts["root"])).json()["role"] == "admin"


def test_no_account_takes_the_name_the_ops_center_writes_as(api: httpx.Client, accounts: dict[str, str]) -> None:
    # A person's notes under "dispatcher" would be read as the center's own timeline entries
    # and shown to a wall's display token (docs/security.md).
    admin = auth(accounts["root"])
    for name in ("dispatcher", "ops-center"):
        is_problem(api.post("/api/users", headers=admin, json={"user_name": name, "role": "coordinator",
                                                               "password": PASSWORD}), 422)
    assert not {"dispatcher", "ops-center"} & {u["user_name"] for u in api.get("/api/users", headers=admin).json()}
