"""Tokens, passwords and the permission table (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from web.errors import AuthError, ForbiddenError, InvalidInputError
from web.security import (
    PERMISSION_WORDS,
    PERMISSIONS,
    Permission,
    Principal,
    Role,
    TokenKind,
    agency_scope,
    hash_password,
    issue_token,
    read_token,
    validate_account,
    verify_password,
)

SECRET = b"k" * 32


def principal(role: Role = Role.OPERATOR, agency: str | None = None,
              kind: TokenKind = TokenKind.ACCESS) -> Principal:
    return Principal("alice", role, agency, kind, 3)


def test_token_round_trip_and_expiry() -> None:
    token = issue_token(principal(), secret=SECRET, now=1000.0, ttl_s=60)
    assert read_token(token, secret=SECRET, now=1059.0) == principal()
    with pytest.raises(AuthError) as exc:
        read_token(token, secret=SECRET, now=1060.0)
    assert exc.value.reason == "expired"


def test_token_signed_with_another_secret_is_refused() -> None:
    token = issue_token(principal(), secret=SECRET, now=0, ttl_s=60)
    with pytest.raises(AuthError) as exc:
        read_token(token, secret=b"other", now=1)
    assert exc.value.reason == "bad_signature"


@given(st.text(max_size=200))
def test_garbage_is_always_an_auth_error(text: str) -> None:
    with pytest.raises(AuthError):
        read_token(text, secret=SECRET, now=0)


def test_a_forged_role_claim_breaks_the_signature() -> None:
    token = issue_token(principal(), secret=SECRET, now=0, ttl_s=60)
    _body, sig = token.split(".")
    forged_body = issue_token(principal(Role.ADMIN), secret=b"attacker", now=0, ttl_s=60)
    with pytest.raises(AuthError):
        read_token(forged_body.split(".")[0] + "." + sig, secret=SECRET, now=1)


def test_passwords_hash_with_argon2_and_verify() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "correct horse")
    assert not verify_password(stored, "wrong horse")
    assert not verify_password(None, "anything")
    with pytest.raises(InvalidInputError):
        hash_password("short")


def test_display_tokens_are_read_only_whatever_the_role() -> None:
    display = principal(Role.ADMIN, kind=TokenKind.DISPLAY)
    assert display.can(Permission.WALL)
    assert display.can(Permission.READ)
    assert not any(display.can(p) for p in Permission if p not in (Permission.READ,
                                                                  Permission.WALL))


def test_a_display_token_refused_for_its_kind_says_so_not_that_its_role_may_not() -> None:
    # An admin's display token: the role may manage users, the token may only read.
    with pytest.raises(ForbiddenError) as refused:
        principal(Role.ADMIN, kind=TokenKind.DISPLAY).require(Permission.ADMIN)
    assert str(refused.value) == "a display token (role admin) may not manage users"
    with pytest.raises(ForbiddenError) as refused:
        principal(Role.PLANNER).require(Permission.PERSONAL)
    assert str(refused.value) == "role planner may not read personal data (raw reports, the audit log)"


def test_every_permission_of_the_table_has_words_for_its_refusal() -> None:
    """A refusal names what the caller may not do in docs/web.md's words, for every
    permission any role holds (and every one there is: the admin holds them all)."""
    held = frozenset().union(*PERMISSIONS.values())
    assert held == frozenset(Permission)
    for permission in held:
        words = PERMISSION_WORDS.get(permission, "")
        assert words.strip(), permission
        assert words != permission.value, permission


def test_a_permission_without_words_is_refused_by_its_code_not_with_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A permission added to the table before its words: still a 403 (ForbiddenError),
    naming the permission's code, never a KeyError (a 500)."""
    words = {p: w for p, w in PERMISSION_WORDS.items() if p is not Permission.KPI_WRITE}
    monkeypatch.setattr("web.security.PERMISSION_WORDS", words)
    with pytest.raises(ForbiddenError) as refused:
        principal(Role.OPERATOR).require(Permission.KPI_WRITE)
    assert str(refused.value) == "role operator may not kpi_write"
    assert refused.value.needed == ("planner", "admin")


def test_agency_members_act_only_for_their_agency() -> None:
    fire = principal(Role.AGENCY, "fire")
    agency_scope(fire, "fire")
    with pytest.raises(ForbiddenError):
        agency_scope(fire, "police")
    agency_scope(principal(Role.COORDINATOR), "police")  # coordinators record for anyone
    with pytest.raises(ForbiddenError):
        agency_scope(principal(Role.PLANNER), "fire")


def test_every_role_has_an_entry_and_admin_has_everything() -> None:
    assert set(PERMISSIONS) == set(Role)
    assert PERMISSIONS[Role.ADMIN] == frozenset(Permission)


def test_account_agency_rules() -> None:
    validate_account(Role.AGENCY, "water")
    for role, agency in ((Role.AGENCY, None), (Role.AGENCY, "army"), (Role.OPERATOR, "fire")):
        with pytest.raises(InvalidInputError):
            validate_account(role, agency)
