"""Authentication and accounts: the OAuth2 password flow (throttled), logout, websocket
tickets, ``/me``, users, display tokens."""

from __future__ import annotations

import asyncio
import math
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from starlette.concurrency import run_in_threadpool

from common import audit
from web import repo
from web.accounts import change_account, check_new_user_name
from web.deps import Admin, AnyUser, Db, State, WallWatcher, WebState
from web.errors import AuthError, ForbiddenError, InvalidInputError, NotFoundError, ThrottledError
from web.jsonbody import UniqueKeysRoute
from web.schemas import DisplayTokenOut, MeOut, PathKey, TicketOut, TokenOut, UserChangeIn, UserIn, UserOut
from web.security import (
    PERMISSIONS,
    AccountChange,
    Principal,
    Role,
    TokenKind,
    hash_password,
    issue_token,
    validate_account,
    verify_password,
)
from web.sessions import revoke_clients
from web.throttle import LoginThrottle
from web.tickets import Ticket

router = APIRouter(prefix="/api", tags=["auth"], route_class=UniqueKeysRoute)


def _throttle(state: WebState) -> LoginThrottle:
    if state.throttle is None:
        web = state.settings.web
        state.throttle = LoginThrottle(
            window_s=web.login_window_s,
            max_failures_account=web.login_max_failures_account,
            max_failures_address=web.login_max_failures_address,
            lockout_s=web.login_lockout_s,
            lockout_max_s=web.login_lockout_max_s,
        )
    return state.throttle


@router.post("/auth/token", response_model=TokenOut,
             responses={429: {"description": "too many failed logins, or too many logins at once; see Retry-After"}})
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], request: Request, state: State,
) -> TokenOut:
    """OAuth2 password flow: exchange user name and password for a bearer token.

    Failed logins are counted per account and per client address; past the limits
    (``settings.web.login_*``) the answer is 429 with ``Retry-After`` and no password
    is checked. Every failure and every lockout is audited. Unknown user names cost
    the same password verification as known ones.

    At most ``settings.web.login_concurrency`` passwords are checked at once (argon2id
    takes 64 MiB and most of a second of a core), waited for on the event loop (no
    request thread held), with no database connection held during the check; a login
    that finds no free place within ``login_wait_s`` is 429 too.
    """
    address = request.client.host if request.client else "unknown"
    web = state.settings.web
    if state.login_slots is None:
        state.login_slots = asyncio.Semaphore(web.login_concurrency)
    _refuse_if_locked(state, form.username, address)
    account = await run_in_threadpool(_account, state, form.username)
    # Always one argon2 verification: against a dummy hash when there is no usable account.
    stored = account.password_hash if account is not None and account.active else None
    try:
        await asyncio.wait_for(state.login_slots.acquire(), timeout=web.login_wait_s)
    except TimeoutError as exc:
        raise ThrottledError("too many logins at once; retry later",
                             retry_after=max(1, math.ceil(web.login_wait_s))) from exc
    try:
        _refuse_if_locked(state, form.username, address)  # locked while this one waited
        verified = await run_in_threadpool(verify_password, stored, form.password)
    finally:
        state.login_slots.release()
    if not verified or account is None:
        await run_in_threadpool(_failed, state, form.username, address, account)
        raise AuthError("wrong user name or password", reason="bad_credentials")
    with state.lock:
        _throttle(state).success(form.username, address)
    principal = Principal(
        account.user_name, Role(account.role), account.agency, TokenKind.ACCESS,
        account.token_version,
    )
    ttl = web.token_ttl_minutes * 60
    token = issue_token(principal, secret=web.secret_key.get_secret_value().encode(),
                        now=time.time(), ttl_s=ttl)
    return TokenOut(access_token=token, expires_in=ttl, role=principal.role,
                    agency=principal.agency)


def _refuse_if_locked(state: WebState, user_name: str, address: str) -> None:
    with state.lock:
        wait = _throttle(state).retry_after(user_name, address, time.time())
    if wait > 0:
        raise ThrottledError("too many failed logins; retry later",
                             retry_after=max(1, math.ceil(wait)))


def _account(state: WebState, user_name: str) -> repo.UserRow | None:
    with state.connection() as db:
        return repo.get_user(db, user_name)


def _failed(state: WebState, user_name: str, address: str, account: repo.UserRow | None) -> None:
    """Count a failed login and audit it (and any lockout it caused)."""
    with state.lock:
        locked = _throttle(state).failure(user_name, address, time.time())
    # A name that is no account is not written down: it may be a password typed
    # into the wrong field.
    name = account.user_name if account is not None else "(unknown)"
    with state.connection() as db:
        audit.record(db, actor=f"login:{address}", action="auth.login_failed",
                     subject_type="user", subject_id=name, detail={"address": address})
        for lock in locked:
            audit.record(db, actor=f"login:{address}", action="auth.throttled",
                         subject_type="user", subject_id=name,
                         detail={"scope": lock.key.partition(":")[0], "address": address,
                                 "seconds": lock.seconds})


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(user: AnyUser, db: Db, state: State) -> Response:
    """Revoke the caller's token (this one only) and close the websockets opened with it.

    A display token does not end itself: it only ever reads, and it is a wall's one
    credential for a year, so one request made with it must not blank every screen
    showing it (403); an admin replaces it (``POST /api/users/{name}/display-token``)."""
    if user.kind is TokenKind.DISPLAY:
        raise ForbiddenError("a display token may not log itself out: an admin issues a new one to replace it",
                             role=user.role.value)
    if user.token_id:
        repo.revoke_token(db, user.token_id, user.name, user.expires)
    audit.record(db, actor=user.name, action="auth.logout", subject_type="user",
                      subject_id=user.name, detail={"kind": user.kind.value})
    token_id = user.token_id
    if token_id:
        state.loop.call_soon_threadsafe(
            revoke_clients, state.broadcaster,
            lambda p: isinstance(p, Principal) and p.token_id == token_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/ws-ticket", response_model=TicketOut, tags=["wall"])
def ws_ticket(user: WallWatcher, state: State) -> TicketOut:
    """A one-time ticket for ``/ws/wall?ticket=...`` (tokens never travel in URLs); only for
    the wall permission (403 otherwise), which the socket checks again when it is redeemed."""
    ttl = state.settings.web.ws_ticket_ttl_s
    with state.lock:
        value = state.tickets.issue(Ticket(user, user.expires, user.token_id), time.time())
    return TicketOut(ticket=value, expires_in=int(ttl))


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
    """Create an account (admin); display accounts have no password, all others need one; the
    ops center's own actor names are no account's (422)."""
    check_new_user_name(body.user_name)
    validate_account(body.role, body.agency)
    if body.role is not Role.DISPLAY and body.password is None:
        raise InvalidInputError("a password is required for this role")
    row = repo.insert_user(
        db, user_name=body.user_name, role=body.role.value, agency=body.agency,
        display_name=body.display_name,
        password_hash=hash_password(body.password) if body.password else None,
    )
    audit.record(db, actor=user.name, action="user.create", subject_type="user",
                      subject_id=row.user_name, detail={"role": row.role, "agency": row.agency})
    return UserOut.model_validate(row)


@router.patch("/users/{user_name}", response_model=UserOut, tags=["users"])
def update_user(user_name: PathKey, body: UserChangeIn, user: Admin, db: Db) -> UserOut:
    """Change an account (admin): deactivate a departed user (``active: false``) or bring one
    back, move a person to another role or agency, set a new password, rename. Only the fields
    given change. Any change but the name ends the account's tokens: their requests are
    refused (401) at once and their open websockets closed with 4401 at the next re-check, so
    a deactivated account cannot log in and a new password's owner logs in again. A display
    account stays one (its token is re-issued, ``display-token``); an admin may not
    deactivate or demote their own account, and no change leaves no active admin (409).
    Audited ``user.update`` with what changed."""
    given = body.model_fields_set
    change = AccountChange(active=body.active, role=body.role, agency=body.agency,
                           agency_given="agency" in given, display_name=body.display_name,
                           password=body.password)
    row = change_account(db, user_name, change, actor=user.name, by_self=user_name == user.name,
                         reason=body.reason)
    return UserOut.model_validate(row)


@router.post("/users/{user_name}/display-token", response_model=DisplayTokenOut, tags=["users"])
def display_token(user_name: PathKey, user: Admin, db: Db, state: State) -> DisplayTokenOut:
    """Issue a read-only wall token for a display account (admin); it replaces the account's
    earlier tokens, which are refused from now on (``token_version`` bumped in the same
    transaction) and whose open wall sockets are closed with 4401 at the next re-check."""
    account = repo.get_user(db, user_name)
    if account is None or account.role != Role.DISPLAY.value:
        raise NotFoundError(f"no display account {user_name!r}", resource="user", key=user_name)
    version = repo.bump_token_version(db, account.user_name)
    if version is None:  # deleted between the two statements
        raise NotFoundError(f"no display account {user_name!r}", resource="user", key=user_name)
    ttl = state.settings.web.display_token_ttl_days * 86400
    token = mint_display_token(state.settings.web.secret_key.get_secret_value().encode(),
                               account.user_name, version, ttl)
    audit.record(db, actor=user.name, action="user.display_token", subject_type="user",
                      subject_id=user_name, detail={"token_version": version})
    return DisplayTokenOut(user_name=user_name, token=token, expires_in=ttl,
                           wall_url=f"/static/wall.html#token={token}")


@router.post("/users/{user_name}/revoke-tokens", status_code=status.HTTP_204_NO_CONTENT,
             tags=["users"])
def revoke_tokens(user_name: PathKey, user: Admin, db: Db) -> Response:
    """Revoke every token issued so far to an account (admin): a display token copied off a
    wall, a leaked screen, a stolen session. Its requests are refused (401) from now on and
    its open websockets are closed with 4401 at the next re-check; a person logs in again,
    a wall needs a new display token."""
    version = repo.bump_token_version(db, user_name)
    if version is None:
        raise NotFoundError(f"no account {user_name!r}", resource="user", key=user_name)
    audit.record(db, actor=user.name, action="user.revoke_tokens", subject_type="user",
                 subject_id=user_name, detail={"token_version": version})
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def mint_display_token(secret: bytes, user_name: str, version: int, ttl_s: int) -> str:
    """A display token (also used by ``soc users display-token``)."""
    principal = Principal(user_name, Role.DISPLAY, None, TokenKind.DISPLAY, version)
    return issue_token(principal, secret=secret, now=time.time(), ttl_s=ttl_s)
