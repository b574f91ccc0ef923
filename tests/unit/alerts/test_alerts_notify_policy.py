"""Notifier policy without a network: answer classes, backoff bounds, deadline below the lease
and below the watchdog."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import SecretStr

from alerts.notify import Notifier, Outcome, classify, retry_delay, sign, verify
from common.errors import ConfigError
from common.settings import AlertsSettings, HealthSettings, Settings


@given(st.integers(100, 599) | st.none())
def test_every_answer_has_one_outcome(status: int | None) -> None:
    out = classify(status)
    if status is None or status in (408, 429) or status >= 500:
        assert out is Outcome.RETRY
    elif 200 <= status < 300:
        assert out is Outcome.DELIVERED
    else:
        assert out is Outcome.FAILED  # e.g. 400: permanent, shown to operators


@given(st.integers(0, 10_000), st.floats(-1, 2, allow_nan=False))
def test_backoff_stays_within_its_cap(attempts: int, jitter: float) -> None:
    d = retry_delay(attempts, jitter, base_s=1.0, cap_s=300.0)
    assert timedelta(seconds=0.5) <= d <= timedelta(seconds=300)


@given(st.binary(max_size=200), st.text(max_size=20), st.integers(1, 2**63 - 1), st.sampled_from(["raise", "clear"]))
def test_signature_verifies_only_its_own_body_delivery_and_event(body: bytes, ts: str, oid: int, event: str) -> None:
    """A captured POST sent again under another ``X-SOC-Delivery`` (which receivers use to
    drop repeats) or ``X-SOC-Event`` no longer verifies."""
    key = b"k" * 32
    sig = sign(key, ts, body, delivery=str(oid), event=event)
    assert verify(key, ts, body, sig, delivery=str(oid), event=event)
    assert not verify(key, ts, body + b"x", sig, delivery=str(oid), event=event)
    assert not verify(key, ts, body, sig, delivery=str(oid + 1), event=event)
    assert not verify(key, ts, body, sig, delivery=str(oid), event=event + "x")


@pytest.mark.parametrize("deadline", [0.0, 60.0, 90.0])
def test_the_deadline_must_be_shorter_than_the_lease(deadline: float) -> None:
    with pytest.raises(ValueError, match="lease"):
        Notifier(None, {}, b"", deadline_s=deadline)  # type: ignore[arg-type]


@given(deadline=st.floats(0.001, 59.999), stall=st.floats(0, 1e6))
def test_one_post_never_outlasts_the_watchdog(deadline: float, stall: float) -> None:
    """A POST may take the whole deadline; the runner's watchdog must wait for it."""
    settings = Settings.model_construct(
        alerts=AlertsSettings(webhooks={"fire": "http://127.0.0.1:9/"}, webhook_secret=SecretStr("s" * 16),
                              webhook_deadline_s=deadline),
        health=HealthSettings(stall_after_s=stall))
    if stall == 0 or stall > 2 * deadline:
        assert Notifier.check_settings(settings) == {"fire"}
    else:
        with pytest.raises(ConfigError) as info:
            Notifier.check_settings(settings)
        assert info.value.variable == "SOC_HEALTH__STALL_AFTER_S"


def _with_url(url: str) -> Settings:
    return Settings.model_construct(
        alerts=AlertsSettings(webhooks={"fire": url}, webhook_secret=SecretStr("s" * 16)), health=HealthSettings())


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/h", "http://[::1/h", "http:///x", "ftp://h/x",
                                 "http://a b/", "http://h\x00/", "", "hooks.example/x"])
def test_a_webhook_url_no_request_can_be_made_to_is_refused_at_start(url: str) -> None:
    """Refused by name of the agency, never by the URL (it may hold a token)."""
    with pytest.raises(ConfigError) as info:
        Notifier.check_settings(_with_url(url + "?token=tok-123"))
    assert info.value.variable == "SOC_ALERTS__WEBHOOKS"
    assert "fire" in str(info.value)
    assert "tok-123" not in str(info.value)


@given(st.text(max_size=80))
def test_a_webhook_url_is_refused_or_gives_a_request(url: str) -> None:
    try:
        Notifier.check_settings(_with_url(url))
    except ConfigError as exc:
        refused: ConfigError | None = exc
    else:
        refused = None
    if refused is not None:
        assert refused.variable == "SOC_ALERTS__WEBHOOKS"
        return
    request = httpx.Request("POST", url)
    assert request.url.scheme in ("http", "https")
    assert request.url.host


@pytest.mark.parametrize("secret", ["", " ", "short"])
def test_a_webhook_secret_anyone_could_guess_is_refused(secret: str) -> None:
    """An empty key makes a signature anyone can compute: receivers would take forgeries."""
    settings = Settings.model_construct(
        alerts=AlertsSettings(webhooks={"fire": "http://127.0.0.1:9/"}, webhook_secret=SecretStr(secret)),
        health=HealthSettings())
    with pytest.raises(ConfigError) as info:
        Notifier.check_settings(settings)
    assert info.value.variable == "SOC_ALERTS__WEBHOOK_SECRET"


@pytest.mark.parametrize(("deadline", "lease"), [(5.0, 5.0), (20.0, 10.0)])
def test_the_deadline_must_be_shorter_than_a_lease_given(deadline: float, lease: float) -> None:
    with pytest.raises(ValueError, match="lease"):
        Notifier(None, {}, b"", deadline_s=deadline, lease_s=lease)  # type: ignore[arg-type]


def test_the_lease_is_the_one_configured() -> None:
    settings = Settings.model_construct(
        alerts=AlertsSettings(webhooks={"fire": "http://127.0.0.1:9/"}, webhook_secret=SecretStr("s" * 16),
                              webhook_deadline_s=4.0, webhook_lease_s=7.0),
        health=HealthSettings())
    notifier = Notifier.from_settings(None, settings)  # type: ignore[arg-type]
    try:
        assert notifier.lease == timedelta(seconds=7)
    finally:
        notifier.close()
