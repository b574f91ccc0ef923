"""docker-compose.yml cannot run here (no Docker engine), so its structure is checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from common.services import PRELOAD_LIBRARIES
from common.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, dict[str, object]] = COMPOSE["services"]


def _settings_variables() -> set[str]:
    names = {"SOC_LOG_LEVEL"}
    for section, field in Settings.model_fields.items():
        model = field.annotation
        if isinstance(model, type) and hasattr(model, "model_fields"):
            names |= {f"SOC_{section.upper()}__{f.upper()}" for f in model.model_fields}
    return names


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_every_service_has_a_healthcheck(name: str) -> None:
    assert "healthcheck" in SERVICES[name], name
    assert SERVICES[name]["healthcheck"]["test"]  # type: ignore[index]


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_dependencies_wait_for_health_or_completion(name: str) -> None:
    for dep, cond in (SERVICES[name].get("depends_on") or {}).items():  # type: ignore[union-attr]
        assert dep in SERVICES
        assert cond["condition"] in ("service_healthy", "service_completed_successfully")


def test_images_are_pinned() -> None:
    for name, svc in SERVICES.items():
        image = str(svc.get("image", ""))
        if image:
            assert re.search(r":[\w.-]+$", image), f"{name}: {image} has no tag"
            assert not image.endswith(":latest"), name


def test_every_variable_passed_exists_in_settings() -> None:
    known = _settings_variables()
    for name, svc in SERVICES.items():
        for var in (svc.get("environment") or {}):  # type: ignore[union-attr]
            if str(var).startswith("SOC_"):
                assert var in known, f"{name} passes {var}, which Settings does not have"


def test_secrets_are_required_not_defaulted() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    for secret in ("SOC_DB__PASSWORD", "SOC_WEB__SECRET_KEY", "SOC_MQTT__AGENCY_SECRET"):
        assert re.search(r"\$\{" + secret + r":\?", text), secret


def _one_shot(svc: dict[str, object]) -> bool:
    return str(svc.get("restart")) == "no"


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_long_lived_services_restart_and_one_shots_do_not(name: str) -> None:
    svc = SERVICES[name]
    assert svc.get("restart") in ("no", "unless-stopped", "always"), f"{name}: restart {svc.get('restart')!r}"
    if not _one_shot(svc):
        return
    # Whoever needs a one-shot waits for it to finish, never for it to be "healthy".
    for other, spec in SERVICES.items():
        cond = (spec.get("depends_on") or {}).get(name)  # type: ignore[union-attr]
        if cond is not None:
            assert cond["condition"] == "service_completed_successfully", f"{other} -> {name}"


def test_every_runner_process_is_a_service_checked_by_its_own_heartbeat() -> None:
    """The processes `soc demo` supervises by heartbeat are compose services whose healthcheck
    reads that heartbeat, with a limit that leaves room for several beats."""
    from common.settings import HealthSettings
    from soc.demo import CHILDREN

    by_command = {tuple(svc.get("command") or ())[:2]: name for name, svc in SERVICES.items()}  # type: ignore[arg-type]
    beat_every = HealthSettings().beat_every_s
    for child in CHILDREN:
        if not child.beats or child.name == "maintenance":  # policies do maintenance on timescale
            continue
        if child.name == "web":  # its container asks the process itself (next test)
            continue
        if child.name in ("simulator", "agencies"):  # simulated sensors and desks: `soc demo` only
            continue
        name = by_command.get(child.argv[:2])
        assert name is not None, f"{child.name} ({' '.join(child.argv)}) is not a compose service"
        test = SERVICES[name]["healthcheck"]["test"]  # type: ignore[index]
        assert list(test[-2:]) == ["health", child.argv[0]], f"{name}: {test}"
        max_age = 30.0  # `soc health` default (common/health.py)
        assert max_age >= 3 * beat_every
        assert SERVICES[name].get("restart") in ("unless-stopped", "always")


def test_the_web_healthcheck_asks_about_the_web_process_only() -> None:
    # /api/health is 503 when another process is down: the web container itself is fine then.
    test = " ".join(SERVICES["web"]["healthcheck"]["test"])  # type: ignore[index]
    assert "/api/health/live" in test


def test_the_database_preloads_what_the_projects_own_server_preloads() -> None:
    # A test counts statements through pg_stat_statements, which only works preloaded.
    command = [str(a) for a in SERVICES["timescaledb"].get("command") or ()]  # type: ignore[attr-defined]
    settings = {a.split("=", 1)[0]: a.split("=", 1)[1] for a, flag in zip(command[1:], command, strict=False)
                if flag == "-c" and "=" in a}
    assert command[:1] == ["postgres"]
    assert settings.get("shared_preload_libraries") == PRELOAD_LIBRARIES


def test_a_migration_creates_the_statements_view_where_it_is_preloaded() -> None:
    # Preloading counts; the view over the counts exists only where the extension is created,
    # and the migrate job is what prepares the compose database (idempotent, guarded).
    from common.migrate import MIGRATIONS_DIR

    creating = [p for p in sorted(MIGRATIONS_DIR.glob("*.sql"))
                if "create extension if not exists pg_stat_statements" in p.read_text(encoding="utf-8").lower()]
    assert len(creating) == 1, creating
    text = creating[0].read_text(encoding="utf-8")
    assert "shared_preload_libraries" in text
    assert "rolsuper" in text
    assert "migrate" in SERVICES, "no compose job runs the migrations"


#: The commands of the long-lived processes that end themselves when their loop stops turning
#: (``common.runner.Watchdog``: the runner's services, ingest, the web), so that a restart
#: policy, which restarts only exited processes, also covers a hung one.
SELF_WATCHED = {("ingest", "run"), ("alerts", "run"), ("ops", "run"), ("kpi", "run"), ("web",)}


def _app(svc: dict[str, object]) -> bool:
    """A service of the project's own image (the ``x-app`` anchor), not the database or the broker."""
    return svc.get("build") == COMPOSE["x-app"]["build"]


@pytest.mark.parametrize("name", sorted(n for n, s in SERVICES.items() if _app(s) and not _one_shot(s)))
def test_every_long_lived_process_has_its_own_watchdog_and_is_restarted(name: str) -> None:
    svc = SERVICES[name]
    command = tuple(svc["command"])  # type: ignore[arg-type]
    assert command[:2] in SELF_WATCHED or command[:1] in SELF_WATCHED, f"{name}: {command} has no watchdog"
    assert svc.get("restart") in ("unless-stopped", "always"), name
    env = {**COMPOSE["x-app-env"], **(svc.get("environment") or {})}  # type: ignore[dict-item]
    assert str(env.get("SOC_HEALTH__STALL_AFTER_S", "300")) not in ("0", "0.0"), f"{name}: watchdog off"
