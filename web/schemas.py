"""Pydantic models of the HTTP API (bodies and responses).

Rows inside the application are frozen dataclasses (:mod:`web.repo`); these
models are the boundary, validated on the way in and documented in the OpenAPI
schema. ``from_attributes`` lets a route return ``Model.model_validate(row)``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from common.settings import DISPATCH_AGENCIES
from web.security import Role

AgencyName = Literal["fire", "police", "traffic", "water", "public_works", "environment"]
assert set(AgencyName.__args__) == set(DISPATCH_AGENCIES)  # type: ignore[attr-defined]


class Model(BaseModel):
    """Base of the API models: read from dataclass rows, reject unknown fields in bodies."""

    model_config = ConfigDict(from_attributes=True, extra="forbid")


class TokenOut(Model):
    """OAuth2 token response (RFC 6749 §5.1) plus the caller's role."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int
    role: Role
    agency: str | None


class MeOut(Model):
    """Who the token belongs to."""

    user_name: str
    role: Role
    agency: str | None
    kind: str
    permissions: list[str]


class UserIn(Model):
    """A new account."""

    user_name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")
    role: Role
    agency: AgencyName | None = None
    display_name: str = Field(default="", max_length=200)
    password: str | None = Field(default=None, min_length=8, max_length=200)


class UserOut(Model):
    """An account (never its password hash)."""

    user_name: str
    role: Role
    agency: str | None
    display_name: str
    active: bool
    created_at: datetime


class DisplayTokenOut(Model):
    """A read-only token for a wall screen and the URL to open with it."""

    user_name: str
    token: str
    expires_in: int
    wall_url: str


class SensorOut(Model):
    """A registered sensor with its latest state."""

    sensor_id: str
    agency: str
    kind: str
    name: str
    lon: float
    lat: float
    zone: str | None
    sub_area: str | None
    expected_interval_s: float | None
    last_reading_at: datetime | None
    last_event_at: datetime | None
    status: str | None
    status_at: datetime | None
    state: Literal["normal", "alert", "offline", "unknown"]


class LatestReadingOut(Model):
    """The newest value of a metric."""

    metric: str
    time: datetime
    value: float


class SensorDetailOut(SensorOut):
    """A sensor with its registry metadata and latest value of each metric."""

    metadata: dict[str, object]
    latest: list[LatestReadingOut]
    metrics: list[str]


class BucketOut(Model):
    """One time bucket of a series."""

    bucket: datetime
    mean: float
    min: float
    max: float
    last: float
    count: int


class SeriesOut(Model):
    """A time-bucketed series of one metric of one sensor."""

    sensor_id: str
    metric: str
    bucket_s: int
    start: datetime
    end: datetime
    buckets: list[BucketOut]


class QuarantineOut(Model):
    """A dead letter; ``payload_text`` when the bytes are UTF-8, ``payload_b64`` always."""

    id: int
    time: datetime
    topic: str
    reason: str
    detail: str
    source_id: str | None
    replayed_at: datetime | None
    size: int
    payload_text: str | None
    payload_b64: str


class ReasonCountOut(Model):
    """Dead letters per reason."""

    reason: str
    count: int
    latest: datetime


class AuditOut(Model):
    """One audit entry."""

    id: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    reason: str
    detail: dict[str, object]


class EventOut(Model):
    """A discrete report."""

    time: datetime
    source_id: str
    domain: str
    feed: str
    event_key: str
    category: str | None
    severity: str | None
    lon: float | None
    lat: float | None
    payload: dict[str, object]


class ReasonIn(Model):
    """A change made by a person, with an optional reason for the audit log."""

    reason: str = Field(default="", max_length=2000)
