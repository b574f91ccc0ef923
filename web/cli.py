"""``soc web``, ``soc users add`` and ``soc users display-token``.

::

    soc web [--host H] [--port P]                 run the API, the wall and the pages (uvicorn)
    soc users add NAME --role ROLE [--agency A] [--display-name TEXT] [--password-stdin]
    soc users display-token NAME                  print a read-only wall token and its URL
    soc users set NAME [--deactivate | --activate] [--role ROLE] [--agency A | --no-agency]
                  [--display-name TEXT] [--password | --password-stdin] [--reason TEXT]

``users add`` asks for the password twice on a terminal, or reads one line from
standard input with ``--password-stdin``; display accounts have no password.
``users set`` changes an account as ``PATCH /api/users/{name}`` does (web.accounts): a
departed user deactivated, a role or agency changed, a new password; every change but
the display name ends the account's tokens.
Every account change is written to ``audit_log`` with the actor ``cli:<login>``.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from common import audit
from common.errors import SocError
from common.settings import DISPATCH_AGENCIES, Settings
from web.errors import ConflictError, NotFoundError
from web.security import AccountChange, Role, hash_password, validate_account, validate_user_name


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the web package's subcommands to ``soc``."""
    web = subparsers.add_parser("web", help="run the web server (API, wall, console, planner)")
    web.add_argument("--host", default=None, help="listen address (default: settings.web.host)")
    web.add_argument("--port", type=int, default=None, help="port (default: settings.web.port)")
    web.set_defaults(handler=_web)

    users = subparsers.add_parser("users", help="web accounts")
    sub = users.add_subparsers(dest="users_command", required=True)
    add = sub.add_parser("add", help="create an account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--agency", choices=DISPATCH_AGENCIES, default=None,
                     help="the dispatch agency of an agency member")
    add.add_argument("--display-name", default="")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from one line of standard input")
    add.set_defaults(handler=_users_add)
    change = sub.add_parser("set", help="change an account: deactivate, role, agency, password")
    change.add_argument("name")
    state = change.add_mutually_exclusive_group()
    state.add_argument("--deactivate", dest="active", action="store_false", default=None,
                       help="lock the account out (its tokens are refused at once)")
    state.add_argument("--activate", dest="active", action="store_true", help="let the account log in again")
    change.add_argument("--role", choices=[r.value for r in Role], default=None)
    where = change.add_mutually_exclusive_group()
    where.add_argument("--agency", choices=DISPATCH_AGENCIES, default=None)
    where.add_argument("--no-agency", action="store_true", help="take the account's agency away")
    change.add_argument("--display-name", default=None)
    secret = change.add_mutually_exclusive_group()
    secret.add_argument("--password", action="store_true", help="ask for a new password (twice)")
    secret.add_argument("--password-stdin", action="store_true",
                        help="read the new password from one line of standard input")
    change.add_argument("--reason", default="", help="why, for the audit log")
    change.set_defaults(handler=_users_set)
    token = sub.add_parser("display-token", help="print a read-only wall token for a display")
    token.add_argument("name")
    token.set_defaults(handler=_display_token)


def run_web(settings: Settings, host: str | None = None, port: int | None = None) -> int:
    """Serve :func:`web.app.create_app` with uvicorn until SIGINT/SIGTERM."""
    import uvicorn

    from web.app import create_app
    from web.head_deadline import http_protocol
    from web.wall.fastpath import server_protocol

    # A frozen wall screen never completes a close handshake: bound the graceful
    # shutdown so that SIGINT/SIGTERM always end the process. The wall's fast path
    # (web.wall.fastpath) needs uvicorn's sans-I/O websockets protocol, which
    # "auto" picks today: name it (its subclass that sends handshake refusals,
    # web.wall.fastpath.RefusingProtocol), so that a change of default cannot
    # silently send every frame through the per-client queues.
    # X-Forwarded-For / -Proto are believed only from the configured reverse proxies
    # (uvicorn otherwise trusts 127.0.0.1, i.e. anyone on the host). A client's
    # websocket message is bounded by ws_max_message_bytes: the websockets protocol
    # refuses a longer frame from its header, before buffering it, and closes with 1009.
    # A request head must arrive within header_timeout_s (web.head_deadline: uvicorn has no
    # such deadline) and be at most max_head_bytes, a kept-alive connection may idle
    # keep_alive_s between requests.
    proxies = settings.web.trusted_proxies
    uvicorn.run(create_app(settings, watchdog=True), host=host or settings.web.host,
                port=port or settings.web.port, log_level=settings.log_level.lower(),
                timeout_graceful_shutdown=5, ws=server_protocol(),  # type: ignore[arg-type]
                proxy_headers=bool(proxies), forwarded_allow_ips=proxies or [],
                server_header=False, ws_max_size=settings.web.ws_max_message_bytes,
                http=http_protocol(settings.web.header_timeout_s, settings.web.max_head_bytes),  # type: ignore[arg-type]
                timeout_keep_alive=settings.web.keep_alive_s)
    return 0


def run_users_add(
    settings: Settings,
    name: str,
    *,
    role: Role,
    agency: str | None,
    password: str | None,
    display_name: str = "",
) -> None:
    """Create an account and audit it; raises :class:`ConflictError` if the name is taken."""
    from common.db import connect
    from web import repo
    from web.accounts import check_new_user_name

    validate_user_name(name)
    check_new_user_name(name)
    validate_account(role, agency)
    password_hash = None if role is Role.DISPLAY else hash_password(password or "")
    with connect(settings) as conn:
        repo.insert_user(conn, user_name=name, role=role.value, agency=agency,
                              display_name=display_name, password_hash=password_hash)
        audit.record(conn, actor=audit.cli_actor(), action="user.create", subject_type="user",
                               subject_id=name, detail={"role": role.value, "agency": agency})


def run_users_set(settings: Settings, name: str, change: AccountChange, *, reason: str = "") -> None:
    """Change an account and audit it (``web.accounts.change_account``, actor ``cli:<login>``)."""
    from common.db import connect
    from web.accounts import change_account

    with connect(settings) as conn:
        change_account(conn, name, change, actor=audit.cli_actor(), by_self=False, reason=reason)


def run_display_token(settings: Settings, name: str) -> str:
    """A display token for the display account ``name`` (audited)."""
    from common.db import connect
    from web import repo
    from web.routes.auth import mint_display_token

    with connect(settings) as conn:
        account = repo.get_user(conn, name)
        if account is None or account.role != Role.DISPLAY.value:
            raise NotFoundError(f"no display account {name!r}", resource="user", key=name)
        token = mint_display_token(settings.web.secret_key.get_secret_value().encode(), name,
                                   account.token_version,
                                   settings.web.display_token_ttl_days * 86400)
        audit.record(conn, actor=audit.cli_actor(), action="user.display_token",
                               subject_type="user", subject_id=name)
    return token


def _web(settings: Settings, args: argparse.Namespace) -> int:
    return run_web(settings, args.host, args.port)


def _users_add(settings: Settings, args: argparse.Namespace) -> int:
    role = Role(args.role)
    password: str | None = None
    if role is not Role.DISPLAY:
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            try:
                password = getpass.getpass("password: ")
                again = getpass.getpass("again: ")
            except EOFError:  # no terminal and nothing on standard input
                print("soc: no password given: type it at a terminal, or pipe it with --password-stdin",
                      file=sys.stderr)
                return 2
            if again != password:
                print("soc: passwords differ", file=sys.stderr)
                return 2
    try:
        run_users_add(settings, args.name, role=role, agency=args.agency, password=password,
                      display_name=args.display_name)
    except ConflictError as exc:
        print(f"soc: {exc}", file=sys.stderr)
        return 1
    print(f"created {args.name} ({role.value}{'/' + args.agency if args.agency else ''})")
    return 0


def _users_set(settings: Settings, args: argparse.Namespace) -> int:
    password: str | None = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif args.password:
        try:
            password = getpass.getpass("new password: ")
            again = getpass.getpass("again: ")
        except EOFError:
            print("soc: no password given: type it at a terminal, or pipe it with --password-stdin",
                  file=sys.stderr)
            return 2
        if again != password:
            print("soc: passwords differ", file=sys.stderr)
            return 2
    change = AccountChange(active=args.active, role=Role(args.role) if args.role else None,
                           agency=args.agency, agency_given=args.agency is not None or args.no_agency,
                           display_name=args.display_name, password=password)
    try:
        run_users_set(settings, args.name, change, reason=args.reason)
    except SocError as exc:
        print(f"soc: {exc}", file=sys.stderr)
        return 1
    print(f"changed {args.name}")
    return 0


def _display_token(settings: Settings, args: argparse.Namespace) -> int:
    try:
        token = run_display_token(settings, args.name)
    except SocError as exc:
        print(f"soc: {exc}", file=sys.stderr)
        return 1
    print(token)
    print(f"http://{settings.web.host}:{settings.web.port}/static/wall.html#token={token}")
    return 0
