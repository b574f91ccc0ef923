"""Errors of the ops center (correlation, dispatch, persistence).

The subtree::

    SocError
    └── OpsError                          anything raised on purpose by ops_center
        ├── IncidentTransitionError       incident move outside its table (incident_id, src, dst)
        ├── UnknownIncidentError          an id not held here (incident_id)
        ├── RoutingError                  routing.yaml missing or invalid (path)
        ├── MessageError                  an agency's MQTT message cannot be used (topic, reason)
        └── DispatchError                 a dispatch operation cannot be applied
            ├── AssignmentTransitionError outside its table (incident_id, agency, src, dst)
            └── UnknownAssignmentError    no assignment of that agency on that incident

KPI errors live in ``kpi`` (another subtree, another owner).
"""

from __future__ import annotations

from common.errors import SocError


class OpsError(SocError):
    """Root of the ops center errors."""


class IncidentTransitionError(OpsError):
    """An incident was asked to move between states its table does not allow."""

    def __init__(self, incident_id: str, src: str, dst: str) -> None:
        super().__init__(f"incident {incident_id}: illegal transition {src} -> {dst}")
        self.incident_id = incident_id
        self.src = src
        self.dst = dst


class UnknownIncidentError(OpsError):
    """The incident id is not known here (never opened, or already forgotten)."""

    def __init__(self, incident_id: str) -> None:
        super().__init__(f"unknown incident {incident_id}")
        self.incident_id = incident_id


class RoutingError(OpsError):
    """The routing file is missing or does not validate."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class DispatchError(OpsError):
    """A dispatch operation cannot be applied as asked."""


class AssignmentTransitionError(DispatchError):
    """An agency assignment was asked to leave its transition table."""

    def __init__(self, incident_id: str, agency: str, src: str, dst: str) -> None:
        super().__init__(f"assignment {incident_id}/{agency}: illegal transition {src} -> {dst}")
        self.incident_id = incident_id
        self.agency = agency
        self.src = src
        self.dst = dst


class UnknownAssignmentError(DispatchError):
    """No assignment of this agency exists for the incident."""

    def __init__(self, incident_id: str, agency: str) -> None:
        super().__init__(f"no assignment of {agency} on incident {incident_id}")
        self.incident_id = incident_id
        self.agency = agency


class MessageError(OpsError):
    """A dispatch message that cannot be used (kept in the audit log with ``reason``)."""

    def __init__(self, message: str, *, topic: str, reason: str) -> None:
        super().__init__(message)
        self.topic = topic
        self.reason = reason
