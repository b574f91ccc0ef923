"""docker-compose.yml cannot run here (no Docker engine), so its structure is checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

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
