"""Pure parts of the security controls: throttle, tickets, log redaction, bearer parsing,
psql variable quoting, the open-session rule."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.services import psql_set
from web.guard import bearer_problem, body_limit_for, redact
from web.repo import SessionRow
from web.security import Principal, Role, TokenKind, issue_token
from web.sessions import session_stands
from web.throttle import LoginThrottle
from web.tickets import Ticket, TicketBook

SECRET = b"k" * 32


def throttle() -> LoginThrottle:
    return LoginThrottle(window_s=900, max_failures_account=5, max_failures_address=20,
                         lockout_s=60, lockout_max_s=900)


def test_five_failures_lock_the_account_for_a_minute_then_doubling() -> None:
    t = throttle()
    for i in range(4):
        assert t.failure("plan", "10.0.0.1", 100.0 + i) == []
    locked = t.failure("plan", "10.0.0.1", 104.0)
    assert [(x.key, x.seconds) for x in locked] == [("account:plan", 60)]
    assert t.retry_after("plan", "10.0.0.2", 110.0) == 54.0  # any address
    assert t.retry_after("coord", "10.0.0.1", 110.0) == 0.0  # any other account
    assert t.retry_after("PLAN ", "10.0.0.1", 164.0) == 0.0  # over; names fold
    for i in range(5):
        locked = t.failure("plan", "10.0.0.3", 200.0 + i)
    assert [x.seconds for x in locked] == [120]


def test_success_clears_the_account_and_the_address_count() -> None:
    t = throttle()
    for i in range(4):
        t.failure("plan", "10.0.0.1", float(i))
    t.success("plan", "10.0.0.1")
    assert t.failure("plan", "10.0.0.1", 10.0) == []


def test_failures_older_than_the_window_do_not_count() -> None:
    t = throttle()
    for i in range(4):
        t.failure("plan", "10.0.0.1", float(i))
    assert t.failure("plan", "10.0.0.1", 1000.0) == []


def test_one_address_across_accounts() -> None:
    t = throttle()
    locked = []
    for i in range(20):
        locked = t.failure(f"user{i}", "10.0.0.9", float(i))
    assert [x.key for x in locked] == ["address:10.0.0.9"]
    assert t.retry_after("anyone", "10.0.0.9", 20.0) > 0


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["1", "2"]),
                          st.floats(0, 5000)), max_size=200))
def test_the_lockout_never_exceeds_the_maximum(attempts: list[tuple[str, str, float]]) -> None:
    t = throttle()
    for account, address, now in sorted(attempts, key=lambda a: a[2]):
        for lock in t.failure(account, address, now):
            assert 60 <= lock.seconds <= 900
        assert 0 <= t.retry_after(account, address, now) <= 900


def principal(**kw: object) -> Principal:
    fields: dict[str, object] = {"name": "wall1", "role": Role.DISPLAY, "agency": None,
                                 "kind": TokenKind.DISPLAY, "version": 2, "token_id": "t1",
                                 "expires": 1000.0}
    fields.update(kw)
    return Principal(**fields)  # type: ignore[arg-type]


def test_a_ticket_is_used_once_and_only_while_fresh() -> None:
    book = TicketBook(ttl_s=30)
    p = principal()
    value = book.issue(Ticket(p, 1000.0, "t1"), now=0.0)
    assert len(value) >= 40
    redeemed = book.redeem(value, 29.0)
    assert redeemed is not None
    assert redeemed.principal == p
    assert book.redeem(value, 29.5) is None
    late = book.issue(Ticket(p, 1000.0, "t1"), now=0.0)
    assert book.redeem(late, 30.0) is None
    assert book.redeem(None, 0.0) is None
    assert book.redeem("", 0.0) is None


def test_the_ticket_book_is_bounded() -> None:
    book = TicketBook(ttl_s=30, max_outstanding=3)
    values = [book.issue(Ticket(principal(), 0.0, ""), now=float(i)) for i in range(5)]
    assert len(book) == 3
    assert book.redeem(values[0], 5.0) is None
    assert book.redeem(values[4], 5.0) is not None


def test_an_account_past_its_bound_of_tickets_forgets_its_own_oldest_not_the_others() -> None:
    book = TicketBook(ttl_s=30, max_outstanding=10, max_per_account=2)
    console = book.issue(Ticket(principal(name="op1", role=Role.OPERATOR, kind=TokenKind.ACCESS), 0.0, ""), now=0.0)
    flood = [book.issue(Ticket(principal(), 0.0, ""), now=1.0 + i / 100) for i in range(50)]
    assert len(book) == 3
    assert book.redeem(console, 2.0) is not None
    assert [book.redeem(v, 2.0) is not None for v in flood[-3:]] == [False, True, True]
    assert len(book) == 0
    again = book.issue(Ticket(principal(), 0.0, ""), now=31.5)  # the flood's bookkeeping is gone
    assert book.redeem(again, 32.0) is not None


def test_a_session_stands_only_while_its_account_and_token_do() -> None:
    p = principal()
    row = SessionRow("wall1", "display", None, True, 2)
    assert session_stands(p, row, set(), 999.0)
    assert not session_stands(p, None, set(), 999.0)
    assert not session_stands(p, SessionRow("wall1", "display", None, False, 2), set(), 999.0)
    assert not session_stands(p, SessionRow("wall1", "display", None, True, 3), set(), 999.0)
    assert not session_stands(p, SessionRow("wall1", "admin", None, True, 2), set(), 999.0)
    assert not session_stands(p, row, {"t1"}, 999.0)
    assert not session_stands(p, row, set(), 1000.0)


QUERY_VALUE = st.text(alphabet=string.ascii_letters + string.digits + "-_.~%+/=", min_size=1,
                      max_size=80)


@given(st.sampled_from(["token", "access_token", "ticket", "password", "secret", "api_key",
                        "TOKEN", "Ticket"]), QUERY_VALUE, st.sampled_from(["&", ";"]),
       st.booleans())
def test_redact_removes_every_credential_like_query_value(
    name: str, value: str, sep: str, first: bool
) -> None:
    query = f"{name}={value}{sep}a=1{sep}b=2" if first else f"a=1{sep}{name}={value}{sep}b=2"
    line = f'127.0.0.1:5 - "GET /ws/wall?{query} HTTP/1.1" 200'
    out = redact(line)
    assert f"{name}=***" in out
    assert f"{name}={value}" not in out
    assert "a=1" in out
    assert "b=2" in out


@given(st.text(max_size=200))
def test_redact_never_fails_and_keeps_lines_without_credentials(text: str) -> None:
    out = redact(text)
    if "=" not in text:
        assert out == text


def test_bearer_problem_reads_only_well_signed_unexpired_tokens() -> None:
    token = issue_token(principal(kind=TokenKind.ACCESS, role=Role.OPERATOR), secret=SECRET,
                        now=0.0, ttl_s=60)

    def scope(value: bytes | None) -> dict[str, object]:
        return {"headers": [] if value is None else [(b"authorization", value)]}

    assert bearer_problem(scope(f"Bearer {token}".encode()), SECRET, 10.0) is None
    assert bearer_problem(scope(f"bearer {token}".encode()), SECRET, 10.0) is None
    assert bearer_problem(scope(None), SECRET, 10.0) == "missing_token"
    assert bearer_problem(scope(b"Basic abc"), SECRET, 10.0) == "missing_token"
    assert bearer_problem(scope(f"Bearer {token}".encode()), SECRET, 60.0) == "expired"
    assert bearer_problem(scope(f"Bearer {token}".encode()), b"other", 10.0) == "bad_signature"


@given(st.binary(max_size=300))
def test_bearer_problem_never_raises_on_any_header(value: bytes) -> None:
    result = bearer_problem({"headers": [(b"authorization", value)]}, SECRET, 0.0)
    assert result is None or isinstance(result, str)


def test_body_limits_per_route_come_from_settings() -> None:
    from common.settings import WebSettings

    web = WebSettings.model_validate({"secret_key": "s-signing-key-0123456789abcdefghij", "max_login_body_bytes": 1,
                                      "max_body_bytes": 2, "max_upload_bytes": 3})
    assert body_limit_for("/api/auth/token", web) == 1
    assert body_limit_for("/api/alerts/1/acknowledge", web) == 2
    assert body_limit_for("/api/kpis/import", web) == 3


@given(st.text(max_size=60))
def test_psql_set_quotes_every_value_on_one_line(value: str) -> None:
    line = psql_set("password", value)
    assert line.startswith("\\set password '")
    assert line.endswith("'\n")
    assert line.count("\n") == 1
    body = line[len("\\set password '"):-2]
    # No lone quote survives: every ' is doubled, so psql cannot end the literal early.
    assert body.replace("''", "").count("'") == 0


def test_the_form_parsers_warnings_are_written_only_at_debug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    from web.guard import PARSER_LOGGERS, install_log_redaction

    install_log_redaction()
    parser = logging.getLogger(PARSER_LOGGERS[0])
    root = logging.getLogger()
    level = root.level
    try:
        with caplog.at_level(logging.INFO):
            parser.warning("Expected boundary character %r, got %r at index %d", 45, 103, 2)
        assert caplog.records == []
        with caplog.at_level(logging.DEBUG):
            parser.warning("Found invalid character %r in header at %d", 32, 9)
        assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
            ("DEBUG", "Found invalid character 32 in header at 9")]
    finally:
        root.setLevel(level)


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.booleans()), max_size=300))
def test_the_ticket_book_holds_each_accounts_newest_within_both_bounds(steps: list[tuple[str, bool]]) -> None:
    # Three accounts of at most three each never reach the overall bound of ten, so what is
    # outstanding is exactly each account's newest three not yet redeemed.
    book = TicketBook(ttl_s=1e9, max_outstanding=10, max_per_account=3)
    issued: list[str] = []
    model: dict[str, list[str]] = {"a": [], "b": [], "c": []}
    for i, (name, redeem) in enumerate(steps):
        if redeem and issued:
            value = issued.pop()
            held = any(value in own for own in model.values())
            assert (book.redeem(value, float(i)) is not None) == held
            for own in model.values():
                if value in own:
                    own.remove(value)
        else:
            value = book.issue(Ticket(principal(name=name), 0.0, ""), now=float(i))
            issued.append(value)
            model[name] = [*model[name], value][-3:]
        assert len(book) == sum(len(own) for own in model.values())
