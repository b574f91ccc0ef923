"""Errors of the alerts package.

The subtree under :class:`common.errors.SocError`::

    SocError
    └── AlertsError                 anything the alerts package raises on purpose
        ├── IllegalTransition       a lifecycle move that the transition table forbids
        ├── RuleFileError           the rules YAML is unreadable or invalid
        ├── CapError                CAP 1.2 export or import failed
        │   └── CapParseError       bad incoming CAP (the caller quarantines it)
        ├── AlertNotFoundError      no alert with that id
        ├── ConcurrentUpdateError   the alert changed under an operator action
        ├── DeliveryError           a webhook delivery failed (``transient`` says whether to retry)
        └── DeliveryNotFoundError   no failed outbox row with that id (nothing to retry)
"""

from __future__ import annotations

from common.errors import SocError


class AlertsError(SocError):
    """Root of the alerts package's errors."""


class IllegalTransition(AlertsError):  # noqa: N818 - the name the team uses
    """The lifecycle table has no edge ``from_state -> to_state``."""

    def __init__(self, from_state: str, to_state: str, *, alert_id: int | None = None) -> None:
        super().__init__(f"illegal alert transition {from_state} -> {to_state} (alert {alert_id})")
        self.from_state = from_state
        self.to_state = to_state
        self.alert_id = alert_id


class RuleFileError(AlertsError):
    """The rules file is invalid; ``problems`` lists ``location: message`` strings."""

    def __init__(self, message: str, *, path: str, problems: tuple[str, ...] = ()) -> None:
        detail = "".join(f"\n  {p}" for p in problems)
        super().__init__(f"{path}: {message}{detail}")
        self.path = path
        self.problems = problems


class CapError(AlertsError):
    """A CAP 1.2 message could not be produced or read."""


class CapParseError(CapError):
    """Incoming CAP bytes are unusable; ``reason`` is a short code for the quarantine table."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class AlertNotFoundError(AlertsError):
    """No alert has this id."""

    def __init__(self, alert_id: int) -> None:
        super().__init__(f"alert {alert_id} not found")
        self.alert_id = alert_id


class ConcurrentUpdateError(AlertsError):
    """The alert's version changed between read and write."""

    def __init__(self, alert_id: int) -> None:
        super().__init__(f"alert {alert_id} changed concurrently; re-read and retry")
        self.alert_id = alert_id


class DeliveryNotFoundError(AlertsError):
    """No outbox row with this id has failed for good."""

    def __init__(self, outbox_id: int) -> None:
        super().__init__(f"no failed delivery {outbox_id}")
        self.outbox_id = outbox_id


class DeliveryError(AlertsError):
    """A webhook POST failed; ``transient`` errors are retried with backoff, others are not."""

    def __init__(self, message: str, *, agency: str, transient: bool, status: int | None = None) -> None:
        super().__init__(message)
        self.agency = agency
        self.transient = transient
        self.status = status
