"""Coordinator commands queued by the web API for the running ops service (migration 0042).

Pure: turns a stored command's ``kind`` and ``args`` into a typed value, refusing
unknown kinds, unknown agencies and missing fields with a
:class:`~ops_center.errors.DispatchError` whose message is shown to the
coordinator. The service (:meth:`ops_center.service.OpsService.apply_commands`)
applies the value through its audited methods. A command's own lifecycle::

    pending ──applied──> done
       └────refused────> rejected      (both final; set in the effects' transaction)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ops_center.dispatch import Agency
from ops_center.errors import DispatchError


class CommandKind(StrEnum):
    """What a coordinator asked for."""

    ASSIGN = "assign"
    REASSIGN = "reassign"
    NOTE = "note"
    CLOSE = "close"
    REOPEN = "reopen"
    LINK = "link"
    UNLINK = "unlink"


class CommandState(StrEnum):
    """A command's state (see the module docstring)."""

    PENDING = "pending"
    DONE = "done"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Assign:
    """Assign one more agency."""

    agency: Agency


@dataclass(frozen=True, slots=True)
class Reassign:
    """Hand ``src``'s assignment to ``dst``."""

    src: Agency
    dst: Agency


@dataclass(frozen=True, slots=True)
class Note:
    """A note on the incident's timeline."""

    text: str


@dataclass(frozen=True, slots=True)
class Close:
    """Close the incident (the command's ``reason`` says why)."""


@dataclass(frozen=True, slots=True)
class Reopen:
    """Reopen a closed incident (the command's ``reason`` says why)."""


@dataclass(frozen=True, slots=True)
class Link:
    """Move the item ``item_key`` into the incident by hand (from wherever it is)."""

    item_key: str


@dataclass(frozen=True, slots=True)
class Unlink:
    """Take the item ``item_key`` out of the incident by hand (left out)."""

    item_key: str


Command = Assign | Reassign | Note | Close | Reopen | Link | Unlink


def _agency(args: Mapping[str, object], key: str) -> Agency:
    value = args.get(key)
    try:
        return Agency(str(value))
    except ValueError:
        raise DispatchError(f"unknown agency {value!r} ({key})") from None


def parse_command(kind: str, args: Mapping[str, object]) -> Command:
    """The typed command of a stored ``kind`` / ``args``; raises :class:`DispatchError`."""
    try:
        k = CommandKind(kind)
    except ValueError:
        raise DispatchError(f"unknown command kind {kind!r}") from None
    if k is CommandKind.ASSIGN:
        return Assign(_agency(args, "agency"))
    if k is CommandKind.REASSIGN:
        src, dst = _agency(args, "src"), _agency(args, "dst")
        if src is dst:
            raise DispatchError(f"cannot reassign {src} to itself")
        return Reassign(src, dst)
    if k is CommandKind.NOTE:
        text = str(args.get("text") or "").strip()
        if not text:
            raise DispatchError("a note needs text")
        return Note(text)
    if k is CommandKind.REOPEN:
        return Reopen()
    if k in (CommandKind.LINK, CommandKind.UNLINK):
        key = str(args.get("item_key") or "")
        if not key.strip():
            raise DispatchError(f"a {k.value} needs an item key")
        return Link(key) if k is CommandKind.LINK else Unlink(key)
    return Close()
