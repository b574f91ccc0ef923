"""The dispatch agencies are declared once (common.vocabulary.Agency); everything else follows it.

The settings' account list, the broker's ACL, the web's agency names and the
database's CHECK constraints (migrations 0040 ops_assignments, 0060 web_users)
must name exactly the enum's agencies.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import SecretStr

from common.services import acl_text
from common.settings import DISPATCH_AGENCIES, MqttSettings
from common.vocabulary import Agency

MIGRATIONS = Path(__file__).resolve().parents[3] / "db" / "migrations"
AGENCIES = {a.value for a in Agency}
_TABLE = re.compile(r"(?:CREATE|ALTER)\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I)
_AGENCY_CHECK = re.compile(r"\bagency\s+IN\s*\(([^)]*)\)", re.I)


def agency_checks() -> dict[str, set[str]]:
    """The agencies each table's CHECK allows, as the latest migration that states it says."""
    checks: dict[str, set[str]] = {}
    for path in sorted(MIGRATIONS.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        for m in _AGENCY_CHECK.finditer(text):
            tables = _TABLE.findall(text[: m.start()])
            checks[tables[-1]] = set(re.findall(r"'(\w+)'", m.group(1)))
    return checks


def test_the_settings_and_the_broker_accounts_follow_the_enum() -> None:
    assert tuple(a.value for a in Agency) == DISPATCH_AGENCIES
    mqtt = MqttSettings.model_construct(agency_secret=SecretStr("s"))
    accounts = mqtt.accounts()
    assert {a.removeprefix("agency-") for a in accounts if a.startswith("agency-")} == AGENCIES
    assert len({mqtt.password_for(f"agency-{a.value}") for a in Agency}) == len(Agency)
    acl = acl_text(accounts)
    for a in Agency:
        assert f"user agency-{a.value}\n" in acl
        assert f"topic read soc/v1/dispatch/{a.value}/assignment/#" in acl


def test_the_database_allows_exactly_the_enums_agencies() -> None:
    checks = agency_checks()
    assert set(checks) == {"ops_assignments", "web_users"}
    for table, allowed in checks.items():
        assert allowed == AGENCIES, f"{table}'s CHECK allows {sorted(allowed)}, the enum has {sorted(AGENCIES)}"


def test_the_web_names_agencies_with_the_enum() -> None:
    from web.schemas import AgencyName

    assert AgencyName is Agency


def test_the_pages_list_the_enums_agencies_once() -> None:
    static = MIGRATIONS.parent.parent / "web" / "static"
    lists = {p.name: re.findall(r"AGENCIES = (?:Object\.freeze\()?\[([^\]]*)\]", p.read_text(encoding="utf-8"))
             for p in sorted(static.glob("*.js"))}
    declared = {name: found for name, found in lists.items() if found}
    assert list(declared) == ["common.js"]
    assert re.findall(r'"(\w+)"', declared["common.js"][0]) == [a.value for a in Agency]
