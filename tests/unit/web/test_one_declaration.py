"""One declaration per entity: no API response restates a package's read model.

A response that shows what a package's read model holds must be that read
model (an alias) or subclass it and declare only what it adds, so a new column
is added in one place (docs/architecture.md, "One declaration per entity").
This test finds every frozen dataclass and pydantic model of the domain
packages and fails when a response model of :mod:`web.schemas` declares, as its
own fields, most of one of them.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import typing
from collections.abc import Iterator

from pydantic import BaseModel

import web.schemas
from web.wall import hub

DOMAIN_PACKAGES = ("common", "ingest", "geo", "alerts", "ops_center", "kpi")

#: A response restates a read model when it declares at least this many of the
#: read model's fields itself ...
MIN_SHARED = 3
#: ... and at least this share of them.
MIN_SHARE = 0.5


def _modules(package: str) -> Iterator[str]:
    root = importlib.import_module(package)
    yield package
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        yield info.name


def _fields(cls: type) -> set[str]:
    """The fields a class serialises (pydantic model or dataclass), excluded ones left out."""
    if issubclass(cls, BaseModel):
        return {n for n, f in cls.model_fields.items() if not f.exclude}
    if dataclasses.is_dataclass(cls):
        return {f.name for f in dataclasses.fields(cls)}
    return set()


def _is_web(cls: type) -> bool:
    return cls.__module__.split(".")[0] == "web"


def read_models() -> dict[str, type]:
    """Every dataclass and pydantic model defined in the domain packages, by qualified name."""
    found: dict[str, type] = {}
    for package in DOMAIN_PACKAGES:
        for name in _modules(package):
            module = importlib.import_module(name)
            for obj in vars(module).values():
                if (isinstance(obj, type) and obj.__module__ == name
                        and (dataclasses.is_dataclass(obj) or issubclass(obj, BaseModel))
                        and obj is not BaseModel):
                    found[f"{name}.{obj.__qualname__}"] = obj
    return found


def own_fields(cls: type) -> set[str]:
    """The fields the web itself declares for ``cls``: none when it is a package's read
    model, else its fields less those any package base already declares."""
    if not _is_web(cls):
        return set()
    inherited: set[str] = set()
    for base in cls.__mro__[1:]:
        if not _is_web(base):
            inherited |= _fields(base) | set(getattr(base, "__dataclass_fields__", {}))
            if issubclass(base, BaseModel):
                inherited |= set(base.model_fields)
    declared = set(cls.model_fields) if issubclass(cls, BaseModel) else _fields(cls)
    return declared - inherited


def responses() -> dict[str, type]:
    """The response models of :mod:`web.schemas` (``*Out``), aliases included."""
    return {name: obj for name, obj in vars(web.schemas).items()
            if name.endswith("Out") and isinstance(obj, type)}


def restatements(classes: dict[str, type]) -> dict[str, list[str]]:
    """For each class that declares, as its own fields, most of a read model's: which and what."""
    models = read_models()
    found: dict[str, list[str]] = {}
    for name, cls in sorted(classes.items()):
        own = own_fields(cls)
        for model_name, model in sorted(models.items()):
            theirs = _fields(model)
            shared = own & theirs
            if theirs and len(shared) >= MIN_SHARED and len(shared) >= MIN_SHARE * len(theirs):
                found.setdefault(name, []).append(
                    f"{len(shared)} of {len(theirs)} fields of {model_name}: {sorted(shared)}")
    return found


def test_the_scan_sees_the_read_models_and_the_responses() -> None:
    models = read_models()
    assert "ops_center.queries.AssignmentRow" in models
    assert "kpi.scoring.YearScore" in models
    assert "ingest.store.QuarantineRow" in models
    assert {"AlertOut", "QuarantineOut", "AssignmentOut", "ObservationOut", "SensorOut"} <= set(responses())


def test_no_response_restates_a_read_model() -> None:
    assert restatements(responses()) == {}


def test_a_restating_response_is_found() -> None:
    """A response that copies an assignment's fields is reported (the check can fail)."""
    copy = dataclasses.make_dataclass("AssignmentCopyOut", [
        ("incident_id", str), ("agency", str), ("state", str), ("ack_policy", str), ("escalations", int),
        ("overdue", bool)])
    copy.__module__ = "web.schemas"
    theirs = _fields(read_models()["ops_center.queries.AssignmentRow"])
    shared = own_fields(copy) & theirs
    assert len(shared) >= MIN_SHARED
    assert len(shared) >= MIN_SHARE * len(theirs)


def wall_items() -> dict[str, type]:
    """The wall's item classes (:data:`web.wall.hub.WallItem`)."""
    return {cls.__name__: cls for cls in typing.get_args(hub.WallItem)}


#: Wall items that still restate a read model (name-for-name), each with why. Strict: an
#: item that no longer restates must leave the list.
KNOWN_RESTATING_WALL_ITEMS = {
    # The ticker's alert carries times as ISO 8601 text and states as plain strings, the
    # read model (a pydantic model) datetimes and enums: the frame encoder needs the former.
    "AlertItem",
    # Shares the names of kind, lon, lat and sub_area with a sensor's place, not the entity.
    "IncidentItem",
    # A sparkline with its newest value rounded and its time as ISO 8601 text.
    "TrendItem",
}


def test_the_wall_items_extend_the_packages_read_models() -> None:
    """Sensor, camera and ingest items extend ingest's read models; the rest are listed."""
    found = restatements(wall_items())
    assert {name: found[name] for name in set(found) - KNOWN_RESTATING_WALL_ITEMS} == {}
    assert set(found) >= KNOWN_RESTATING_WALL_ITEMS, "a listed item no longer restates: take it off the list"
