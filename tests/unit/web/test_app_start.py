"""What the web says when it starts."""

from __future__ import annotations

import logging

import pytest
from pydantic import SecretStr

from common.settings import Settings, WebSettings
from web.app import create_app


def _settings(delay: float) -> Settings:
    key = SecretStr("x-signing-key-0123456789abcdefghij")
    return Settings.model_construct(web=WebSettings(secret_key=key, test_answer_delay_s=delay))


def test_a_web_started_with_the_tests_only_answer_delay_warns(caplog: pytest.LogCaptureFixture) -> None:
    """Set by mistake in service, the delay holds every coordinator command's answer: the
    start says so at WARNING, naming the variable and the delay."""
    with caplog.at_level(logging.WARNING, logger="web.app"):
        create_app(_settings(12.5))
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name == "web.app"]
    assert len(warned) == 1
    assert "SOC_WEB__TEST_ANSWER_DELAY_S" in warned[0]
    assert "12.5" in warned[0]


def test_a_web_started_without_it_does_not(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="web.app"):
        create_app(_settings(0.0))
    assert not [r for r in caplog.records if r.name == "web.app" and "TEST_ANSWER_DELAY" in r.getMessage()]
