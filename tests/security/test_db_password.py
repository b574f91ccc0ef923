"""The database role's password is kept by no statement counter, file or log of the server.

``soc services up`` sets the application role's password; ``pg_stat_statements`` (preloaded,
docs/development.md) keeps the text of every utility statement, literals included, in its
view and in a texts file in the data directory. The password therefore travels as a SCRAM
verifier (``common/scram.py``) in a session that is not counted, and a counted statement that
set a password in the clear is forgotten. The verifier must be what the server and libpq
compute, SASLprep included, or the role could not log in: checked against the real server.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from psycopg import sql

from common import scram
from common import services as svc
from common.settings import Settings
from tests.fix_services import settings_for_layout, subprocess_env

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("services")

SQL_TEXTS = "SELECT query FROM pg_stat_statements"


def _server_files(layout: svc.Layout) -> dict[str, bytes]:
    data = svc.PgRuntime(layout, svc.choose_backend(layout)).data_host
    files = [data / "server.log", *sorted((data / "pg_stat_tmp").glob("*")), *sorted((data / "pg_stat").glob("*"))]
    return {str(p): p.read_bytes() for p in files if p.is_file()}


def test_the_role_password_is_in_no_counted_statement_file_or_log(
    settings: Settings, private_layout: svc.Layout, tmp_path: Path,
) -> None:
    """``soc services up`` (its role made when the seed was, then its password changed here),
    ``soc db migrate`` and ``soc users add``: neither the old nor the new password of the role,
    nor the account's, is in ``pg_stat_statements``, its files or the server's log; the role
    logs in with its new password."""
    if svc.choose_backend(private_layout) == "docker":
        pytest.fail("needs the server's files: not on the docker backend")
    password = f"pw-{secrets.token_hex(16)}"
    layout = replace(private_layout, db_password=password)
    svc.pg_up(layout)
    own = settings_for_layout(settings, layout)
    env = subprocess_env(own, SOC_DB__PASSWORD=password)
    subprocess.run([sys.executable, "-m", "soc", "db", "migrate"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    account_password = f"acct-{secrets.token_hex(16)}"
    subprocess.run([sys.executable, "-m", "soc", "users", "add", "--role", "operator", "--password-stdin", "op1"],
                   cwd=ROOT, env=env, input=f"{account_password}\n".encode(), check=True, capture_output=True)
    # Stopped cleanly, the server writes its counts to pg_stat/ as well.
    svc.pg_down(layout)
    svc.pg_up(layout)

    with psycopg.connect(host="127.0.0.1", port=layout.pg_port, user=layout.db_user, dbname=layout.db_name,
                         password=password) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (layout.db_user,)
    with psycopg.connect(svc.superuser_conninfo(layout), autocommit=True) as su:
        texts = [q for (q,) in su.execute(SQL_TEXTS).fetchall()]
    secrets_ = {"new": password, "seeded": settings.db.password.get_secret_value(), "account": account_password}
    for what, secret in secrets_.items():
        assert not [q for q in texts if secret in q], f"the {what} password is in pg_stat_statements"
        for path, content in _server_files(layout).items():
            assert secret.encode() not in content, f"the {what} password is in {path}"
    assert not [q for q in texts if "PASSWORD '" in q.upper() and "SCRAM-SHA-256$" not in q]


_PROBE = "scram_probe"

#: Passwords SASLprep changes, keeps or refuses (then hashed raw), each as libpq sends it.
EDGES = [
    "plain-ascii-\x01-control",
    "no\u00a0break\u3000space",        # non-ASCII spaces: mapped to U+0020
    "soft\u00adhyphen\u200bzero",       # commonly mapped to nothing
    "ｆｕｌｌ-Ⅻ-ﬁ-\u212b",              # NFKC: fullwidth, numeral, ligature, Angstrom
    "\u05e9\u05dc\u05d5\u05dd",          # right-to-left only: prepared
    "abc\u05e9\u05dc\u05d5\u05dd",       # mixed directions: refused, raw
    "\u05e91",                           # right-to-left not ending so: refused, raw
    "ctl\u0085next-line",                # C.2.2 control: refused, raw
    "private\ue000use",                  # C.3: refused, raw
    "\u0221-unassigned-in-3.2",          # A.1 (assigned later): refused, raw
    "\u00ad\u200b",                      # nothing left after mapping: refused, raw
    "e\u0301-combining",
    "中文密碼-パスワード",
]


@pytest.fixture(scope="module")
def probe_role(services: svc.Layout) -> Iterator[svc.Layout]:
    """A login role of the test instance whose password the tests set (not the application's)."""
    with psycopg.connect(svc.superuser_conninfo(services), autocommit=True) as su:
        su.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(_PROBE)))
        su.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(_PROBE)))
    yield services
    with psycopg.connect(svc.superuser_conninfo(services), autocommit=True) as su:
        su.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(_PROBE)))


def _set_password(layout: svc.Layout, password: str) -> None:
    with psycopg.connect(svc.superuser_conninfo(layout), autocommit=True) as su:
        su.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(_PROBE), sql.Literal(scram.verifier(password))))


def _logs_in_with(layout: svc.Layout, password: str) -> bool:
    try:
        with psycopg.connect(host="127.0.0.1", port=layout.pg_port, user=_PROBE, dbname="postgres",
                             password=password, connect_timeout=30):
            return True
    except psycopg.OperationalError as exc:
        if "password authentication failed" in str(exc):
            return False
        raise


@pytest.mark.parametrize("password", EDGES, ids=range(len(EDGES)))
def test_the_verifier_logs_in_with_the_password_libpq_prepares(probe_role: svc.Layout, password: str) -> None:
    _set_password(probe_role, password)
    assert _logs_in_with(probe_role, password)
    assert not _logs_in_with(probe_role, password + "x")


@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=30))
@hsettings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_password_logs_in_through_its_verifier(probe_role: svc.Layout, password: str) -> None:
    _set_password(probe_role, password)
    assert _logs_in_with(probe_role, password)
