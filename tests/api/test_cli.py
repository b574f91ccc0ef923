"""``soc users add`` and ``soc users display-token`` through ``soc.cli.main``."""

from __future__ import annotations

import io

import pytest

from common.settings import Settings
from soc.cli import main
from tests import http_calls
from tests.api.conftest import LiveApp, auth
from web import repo


def test_users_add_and_display_token(
    db_settings: Settings, live_app: LiveApp, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], db_conn: object,
) -> None:
    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["users", "add", "clerk", "--role", "agency", "--agency", "water",
                 "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("another password\n"))
    assert main(["users", "add", "clerk", "--role", "agency", "--agency", "water",
                 "--password-stdin"]) == 1  # the name is taken
    assert main(["users", "add", "hall", "--role", "display"]) == 0
    capsys.readouterr()
    assert main(["users", "display-token", "hall"]) == 0
    token, url = capsys.readouterr().out.split()
    assert url.endswith(f"#token={token}")
    assert main(["users", "display-token", "clerk"]) == 1  # not a display account
    with http_calls.client(base_url=live_app.url) as client:
        assert client.get("/api/auth/me", headers=auth(token)).json()["kind"] == "display"
        r = client.post("/api/auth/token", data={"username": "clerk",
                                                 "password": "a long password"})
        assert r.json()["agency"] == "water"
    with pytest.raises(SystemExit):
        main(["users", "add", "x", "--role", "agency", "--agency", "army"])
    account = repo.get_user(db_conn, "clerk")  # type: ignore[arg-type]
    assert account is not None
    assert account.password_hash is not None
    assert account.password_hash.startswith("$argon2id$")


@pytest.mark.parametrize("name", ["a\x01b", "x" * 300, "Upper", "", "_lead", "名字"])
def test_users_add_refuses_a_name_the_api_refuses_without_a_traceback_or_the_hash(
    db_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str,
) -> None:
    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["users", "add", name, "--role", "operator", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert "user name" in err
    assert "Traceback" not in err
    assert "argon2" not in err


def test_users_add_without_a_terminal_or_stdin_password_says_how_to_give_one(
    db_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)

    def end_of_input(prompt: str = "") -> str:
        raise EOFError  # what getpass raises when its input ends (no terminal, empty stdin)

    monkeypatch.setattr("getpass.getpass", end_of_input)
    assert main(["users", "add", "nopass", "--role", "operator"]) == 2
    err = capsys.readouterr().err
    assert "--password-stdin" in err
    assert "Traceback" not in err


def test_users_set_deactivates_moves_and_resets_a_password(
    db_settings: Settings, live_app: LiveApp, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], db_conn: object,
) -> None:
    """``soc users set``: the same change as ``PATCH /api/users/{name}``, audited as the CLI's
    user; a departed desk cannot log in, a new password replaces the old one."""
    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["users", "add", "leaver", "--role", "agency", "--agency", "police", "--password-stdin"]) == 0
    with http_calls.client(base_url=live_app.url) as client:
        def login(password: str) -> int:
            return client.post("/api/auth/token", data={"username": "leaver", "password": password}).status_code

        token = client.post("/api/auth/token", data={"username": "leaver", "password": "a long password"}).json()
        assert main(["users", "set", "leaver", "--deactivate", "--reason", "left"]) == 0
        assert client.get("/api/auth/me", headers=auth(token["access_token"])).status_code == 401
        assert login("a long password") == 401
        monkeypatch.setattr("sys.stdin", io.StringIO("a brand new password\n"))
        assert main(["users", "set", "leaver", "--activate", "--role", "coordinator", "--password-stdin"]) == 0
        assert login("a long password") == 401
        assert login("a brand new password") == 200
        capsys.readouterr()
        assert main(["users", "set", "leaver", "--agency", "fire"]) == 1  # a coordinator has no agency
        assert "agency" in capsys.readouterr().err
        assert main(["users", "set", "nobody-here", "--deactivate"]) == 1
    account = repo.get_user(db_conn, "leaver")  # type: ignore[arg-type]
    assert account is not None
    assert (account.role, account.agency, account.active) == ("coordinator", None, True)
