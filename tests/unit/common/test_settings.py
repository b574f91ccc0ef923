from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.errors import ConfigError
from common.settings import Settings, load_settings

SECRETS = {
    "SOC_DB__PASSWORD": "db-secret-1",
    "SOC_MQTT__INGEST_PASSWORD": "a",
    "SOC_MQTT__CENTER_PASSWORD": "b",
    "SOC_MQTT__DISASTER_PASSWORD": "c",
    "SOC_MQTT__TRAFFIC_PASSWORD": "d",
    "SOC_MQTT__POLICE_PASSWORD": "e",
    "SOC_MQTT__CITIZEN_PASSWORD": "f",
    "SOC_MQTT__AGENCY_SECRET": "g-agency-secret-0123456789abcdefghij",
    "SOC_WEB__SECRET_KEY": "h-signing-key-0123456789abcdefghij",
}


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    import os

    for key in list(os.environ):
        if key.startswith("SOC_"):
            monkeypatch.delenv(key)
    return monkeypatch


def test_complete_environment_loads(clean_env: pytest.MonkeyPatch) -> None:
    for k, v in SECRETS.items():
        clean_env.setenv(k, v)
    clean_env.setenv("SOC_DB__PORT", "6000")
    s = load_settings(None)
    assert s.db.port == 6000
    assert s.db.password.get_secret_value() == "db-secret-1"
    assert "db-secret-1" not in s.db.redacted()


@pytest.mark.parametrize("missing", sorted(SECRETS))
def test_missing_secret_names_the_variable(clean_env: pytest.MonkeyPatch, missing: str) -> None:
    for k, v in SECRETS.items():
        if k != missing:
            clean_env.setenv(k, v)
    with pytest.raises(ConfigError) as err:
        load_settings(None)
    assert err.value.variable == missing
    assert missing in str(err.value)


def test_agency_passwords_are_distinct_and_stable(clean_env: pytest.MonkeyPatch) -> None:
    for k, v in SECRETS.items():
        clean_env.setenv(k, v)
    s = load_settings(None)
    fire, police = s.mqtt.password_for("agency-fire"), s.mqtt.password_for("agency-police")
    assert fire != police
    assert fire == load_settings(None).mqtt.password_for("agency-fire")
    with pytest.raises(ConfigError):
        s.mqtt.password_for("agency-nobody")


def test_the_reconnect_backoff_is_capped_at_two_seconds_by_default(clean_env: pytest.MonkeyPatch) -> None:
    for k, v in SECRETS.items():
        clean_env.setenv(k, v)
    s = load_settings(None)
    assert (s.mqtt.reconnect_min_s, s.mqtt.reconnect_max_s) == (1, 2)


def _loaded_with(variables: dict[str, str]) -> Settings | None:
    """The settings loaded from the secrets and ``variables`` alone (NUL removed, as no
    environment holds one), or None where loading refuses them with a ConfigError."""
    env = {k: v.replace("\x00", "") for k, v in {**SECRETS, **variables}.items()}
    with pytest.MonkeyPatch.context() as mp:
        import os

        for key in list(os.environ):
            if key.startswith("SOC_"):
                mp.delenv(key)
        for k, v in env.items():
            mp.setenv(k, v)
        try:
            return load_settings(None)
        except ConfigError:
            return None


@given(low=st.one_of(st.integers(), st.text(max_size=8), st.floats(allow_nan=True)),
       high=st.one_of(st.integers(), st.text(max_size=8), st.floats(allow_nan=True)))
def test_a_reconnect_backoff_loads_only_ordered_within_a_minute(low: object, high: object) -> None:
    """Any value of the two variables: loaded only as 1 <= min <= max <= 60, else a ConfigError."""
    s = _loaded_with({"SOC_MQTT__RECONNECT_MIN_S": str(low), "SOC_MQTT__RECONNECT_MAX_S": str(high)})
    if s is not None:
        assert 1 <= s.mqtt.reconnect_min_s <= s.mqtt.reconnect_max_s <= 60


def test_a_webhook_lease_is_a_minute_by_default(clean_env: pytest.MonkeyPatch) -> None:
    for k, v in SECRETS.items():
        clean_env.setenv(k, v)
    s = load_settings(None)
    assert (s.alerts.webhook_deadline_s, s.alerts.webhook_lease_s) == (10.0, 60.0)


@given(deadline=st.one_of(st.integers(), st.text(max_size=8), st.floats(allow_nan=True, allow_infinity=True)),
       lease=st.one_of(st.integers(), st.text(max_size=8), st.floats(allow_nan=True, allow_infinity=True)))
def test_a_webhook_deadline_loads_only_shorter_than_its_lease(deadline: object, lease: object) -> None:
    """Any value of the two variables: loaded only as 0 < deadline < lease <= an hour, else a
    ConfigError (a lease that ends while its POST runs would send the row twice at once)."""
    s = _loaded_with({"SOC_ALERTS__WEBHOOK_DEADLINE_S": str(deadline), "SOC_ALERTS__WEBHOOK_LEASE_S": str(lease)})
    if s is not None:
        assert 0 < s.alerts.webhook_deadline_s < s.alerts.webhook_lease_s <= 3600


def test_a_test_answer_delay_of_minutes_is_refused(clean_env: pytest.MonkeyPatch) -> None:
    """Set by mistake in service, the tests-only delay holds every coordinator command's
    answer: 300 s (five minutes of a desk without answers) does not load."""
    for k, v in SECRETS.items():
        clean_env.setenv(k, v)
    clean_env.setenv("SOC_WEB__TEST_ANSWER_DELAY_S", "300")
    with pytest.raises(ConfigError):
        load_settings(None)


@given(delay=st.one_of(st.integers(), st.text(max_size=8), st.floats(allow_nan=True, allow_infinity=True)))
def test_a_test_answer_delay_loads_only_within_half_a_minute(delay: object) -> None:
    """Any value of the variable: loaded only as 0 <= delay <= 30 s, else a ConfigError."""
    s = _loaded_with({"SOC_WEB__TEST_ANSWER_DELAY_S": str(delay)})
    if s is not None:
        assert 0 <= s.web.test_answer_delay_s <= 30
