"""Authentication and accounts: the OAuth2 password flow, ``/me``, users, display tokens."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from web import repo
from web.deps import Admin, AnyUser, Db, State
from web.errors import AuthError, InvalidInputError, NotFoundError
from web.schemas import DisplayTokenOut, MeOut, TokenOut, UserIn, UserOut
from web.security import (
    PERMISSIONS,
    Principal,
    Role,
    TokenKind,
    hash_password,
    issue_token,
    validate_account,
    verify_password,
)

router = APIRouter(prefix="/api", tags=["auth"])


@router.post("/auth/token", response_model=TokenOut)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: Db, state: State) -> TokenOut:
    """OAuth2 password flow: exchange user name and password for a bearer token."""
    account = repo.get_user(db, form.username)
    if account is None or not account.active or not verify_password(
        account.password_hash if account else None, form.password
    ):
        raise AuthError("wrong user name or password", reason="bad_credentials")
    principal = Principal(
        account.user_name, Role(account.role), account.agency, TokenKind.ACCESS,
        account.token_version,
    )
    ttl = state.settings.web.token_ttl_minutes * 60
    token = issue_token(
        principal, secret=state.settings.web.secret_key.get_secret_value().encode(),
        now=time.time(), ttl_s=ttl,
    )
    return TokenOut(access_token=token, expires_in=ttl, role=principal.role,
                    agency=principal.agency)


@router.get("/auth/me", response_model=MeOut)
def me(user: AnyUser) -> MeOut:
    """The caller's identity and permissions (pages use it to show what the role may do)."""
    perms = sorted(p.value for p in PERMISSIONS[user.role] if user.can(p))
    return MeOut(user_name=user.name, role=user.role, agency=user.agency, kind=user.kind.value,
                 permissions=perms)


@router.get("/users", response_model=list[UserOut], tags=["users"])
def list_users(user: Admin, db: Db) -> list[UserOut]:
    """Every account (admin)."""
    return [UserOut.model_validate(r) for r in repo.list_users(db)]


@router.post("/users", response_model=UserOut, status_code=status.HTTP_201_CREATED,
             tags=["users"])
def create_user(body: UserIn, user: Admin, db: Db) -> UserOut:
    """Create an account (admin); display accounts have no password, all others need one."""
    validate_account(body.role, body.agency)
    if body.role is not Role.DISPLAY and body.password is None:
        raise InvalidInputError("a password is required for this role")
    row = repo.insert_user(
        db, user_name=body.user_name, role=body.role.value, agency=body.agency,
        display_name=body.display_name,
        password_hash=hash_password(body.password) if body.password else None,
    )
    repo.record_audit(db, actor=user.name, action="user.create", subject_type="user",
                      subject_id=row.user_name, detail={"role": row.role, "agency": row.agency})
    return UserOut.model_validate(row)


@router.post("/users/{user_name}/display-token", response_model=DisplayTokenOut, tags=["users"])
def display_token(user_name: str, user: Admin, db: Db, state: State) -> DisplayTokenOut:
    """Issue a read-only wall token for a display account (admin)."""
    account = repo.get_user(db, user_name)
    if account is None or account.role != Role.DISPLAY.value:
        raise NotFoundError(f"no display account {user_name!r}", resource="user", key=user_name)
    ttl = state.settings.web.display_token_ttl_days * 86400
    token = mint_display_token(state.settings.web.secret_key.get_secret_value().encode(),
                               account.user_name, account.token_version, ttl)
    repo.record_audit(db, actor=user.name, action="user.display_token", subject_type="user",
                      subject_id=user_name)
    return DisplayTokenOut(user_name=user_name, token=token, expires_in=ttl,
                           wall_url=f"/static/wall.html#token={token}")


def mint_display_token(secret: bytes, user_name: str, version: int, ttl_s: int) -> str:
    """A display token (also used by ``soc users display-token``)."""
    principal = Principal(user_name, Role.DISPLAY, None, TokenKind.DISPLAY, version)
    return issue_token(principal, secret=secret, now=time.time(), ttl_s=ttl_s)
