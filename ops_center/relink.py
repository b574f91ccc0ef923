"""A coordinator's hand on the evidence: an item linked to an incident, or unlinked from one.

Pure (the correlator taken as ``self``, bound as :meth:`Correlator.relink`). The decision is
the coordinator's, not the evidence's: the service logs it in the replay log (op ``relink``,
with the item and its target) at the correlator time it applied it, and a replay applies it
there, so a restart rebuilds the same and the correlator never places the item again by what
it says. Once moved:

* the incident it left no longer holds it: its snapshot, its stored rows, its merges and its
  forgetting leave it out (its snapshot is drawn from its members, :func:`edited_snapshot`);
* linked, it is a member of its target (``via`` ``linked``), moving with the target in a
  merge; unlinked, it is left out (:data:`REASON_UNLINKED`), as a duplicate is, when it comes
  again;
* a waiting item linked stops waiting (it opens nothing more, confirms nothing more).

A limit: what the correlation keeps of the item in the incident it left (its area, the
device's continuity, its signal among the incident's) stays, so later evidence near it may
still join that incident by the rules; only the item itself is the coordinator's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shapely

from ops_center.incidents import CapSeverity, Incident, IncidentState, Item, JoinVia, Member, first_evidence

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.correlation_state import _Inc

#: Why an item a coordinator unlinked is left out.
REASON_UNLINKED = "unlinked_by_coordinator"
#: Why an item a coordinator linked to an incident the correlator does not hold is left out
#: here: it is that incident's in the stored rows alone.
REASON_LINKED_AWAY = "linked_by_coordinator"

#: The signal of a linked member the correlator reads as nothing it knows.
LINKED_SIGNAL = "linked"


@dataclass(frozen=True, slots=True)
class Relinked:
    """What :func:`relink` did: ``left`` the held incident the item left (None: it was in
    none held here), ``member`` its member in the held target (None: unlinked, or the target
    is not held here)."""

    key: str
    left: str | None
    member: Member | None


def relink(self: Correlator, item: Item, target: str | None, now: float) -> Relinked:
    """Move ``item`` (by its key) into the incident ``target``, or out of any (``None``), at
    ``now``, whatever the rules would say. The caller checks that the move is one to make (the
    target live, the item not the only evidence of the incident it leaves)."""
    key = item.key
    left: str | None = None
    home = self._incidents.get(self._resolve(self._seen.get(key)) or "")
    if home is not None:
        for i, m in enumerate(home.members):
            if m.item.key == key:
                item = m.item
                del home.members[i]
                home.edited = True
                home.updated_at = now
                left = home.incident_id
                break
    wait = self._pending.get(key)
    if wait is not None:
        self._drop_pending(wait)
    self._left_out.pop(key, None)
    dest = self._incidents.get(target or "")
    if target is None or dest is None or dest.state not in (IncidentState.OPEN, IncidentState.QUIET):
        self._leave_out(key, REASON_UNLINKED if target is None else REASON_LINKED_AWAY, now, [])
        return Relinked(key, left, None)
    signal, _ = self._signal(item)
    member = Member(item, signal.value if signal is not None else LINKED_SIGNAL, JoinVia.LINKED, False, None,
                    0.0, 0.0, now)
    dest.members.append(member)
    dest.edited = True
    dest.updated_at = now
    self._seen[key] = dest.incident_id
    return Relinked(key, left, member)


def edited_snapshot(self: Correlator, inc: _Inc) -> Incident:
    """The snapshot of an incident a coordinator moved evidence into or out of: its place,
    span, sources and severity drawn from the members it holds now."""
    members = tuple(inc.members)
    pts = [(m.item.x, m.item.y) for m in members]
    n = len(pts)
    cx, cy = (sum(x for x, _ in pts) / n, sum(y for _, y in pts) / n) if n else (0.0, 0.0)
    hull: tuple[tuple[float, float], ...] = ()
    if n and inc.state is not IncidentState.MERGED:
        geom = shapely.convex_hull(shapely.multipoints(pts))
        hull = tuple((float(x), float(y)) for x, y in shapely.get_coordinates(geom))
    severity = max((m.item.severity for m in members), key=lambda s: s.rank, default=CapSeverity.UNKNOWN)
    return Incident(
        incident_id=inc.incident_id, type=inc.shown or inc.type, state=inc.state, members=members,
        severity=severity, agencies=frozenset(m.item.agency for m in members),
        first_evidence_t=first_evidence(members, inc.first_t),
        last_evidence_t=max((m.item.t for m in members), default=inc.last_t),
        opened_at=inc.opened_at, updated_at=inc.updated_at, centroid=(cx, cy), hull=hull,
        zone=self._zone_of(cx, cy), merges=tuple(inc.merges), merged_into=inc.merged_into,
        withdrawn=inc.withdrawn and n == 1, planned=inc.planned, held=tuple(inc.held),
    )
