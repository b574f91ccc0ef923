"""Helpers of the web fault tests: a private PostgreSQL they may stop, with the schema and an admin."""

from __future__ import annotations

import secrets

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from tests.fix_services import settings_for_layout
from web.cli import run_users_add
from web.security import Role


def migrated_with_admin(settings: Settings, layout: svc.Layout) -> tuple[Settings, str]:
    """Start ``layout``'s PostgreSQL, migrate it and add the admin ``root``: its settings and
    ``root``'s password."""
    svc.pg_up(layout)
    s = settings_for_layout(settings, layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    password = f"pw-{secrets.token_hex(12)}"
    run_users_add(s, "root", role=Role.ADMIN, agency=None, password=password)
    return s, password
