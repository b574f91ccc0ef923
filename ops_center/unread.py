"""A citizen's call the center cannot classify: still evidence of something at a place and a time.

The vocabulary reads nothing in some 1999 calls filed under the catch-all category
(a resident asking how to get her grandmother in a wheelchair down from the 14th floor
while the lift is stopped by a fire; a parent asking whether the flooded street can be
driven to fetch a child; a driver stuck in a queue asking what happened ahead). A 1999
coordinator still reads such a call against the jobs running: when a live job
explains it, at the caller's place (:data:`~ops_center.policies.UNREAD_SCENE_M`) or on
the road the caller names (:data:`~ops_center.policies.NAMED_ROAD_M`), the call is that
job's (the caller's place, or a landmark or a junction the call names: geo's gazetteer,
:data:`~ops_center.policies.NAMED_PLACE_NEAR_M`); a call speaking of the air outside (a
smell, smoke, shutting the windows: cue ``air``) that no job at its place or on its road
explains is the plume of the one release or fire people see burning within :data:`~ops_center.policies.PLUME_M`, unless
it says the smell is its own street's (joss paper burning there, a stink that comes
back every day). A call asking when its people may go back into their building (cue
``going_back``) is from the evacuees of the one fire job within
:data:`~ops_center.policies.EVACUEES_M`, before the other rules. Where several jobs could
explain a call, it is the one that clearly explains it best (:mod:`ops_center.explanation`:
what the call says, where the caller is, when): a call speaking of the fire engines is the fire
job's, one that sees smoke rise the fire's clearly nearer; when two are about as good, or none
is near, it stays out with its reason. A call naming an underpass (cue ``underpass``) that no
job at its place or on its road explains is about the one flooded underpass near it: the flood
job holding an alarm of an underpass's sensor within :data:`~ops_center.policies.UNDERPASS_CALL_M`. A call
asking after a person of the caller's who cannot be reached or lives in that building (cues ``kin``
and ``asking_after``) that no job at its place or on its road explains is about the one fire job
within :data:`~ops_center.policies.KIN_CALL_M`: the relative calls from home or work. A call
hearing or seeing fire engines (cue ``engines``) is about the fire job within
:data:`~ops_center.policies.ENGINES_HEARD_M`. A call
naming an elder or a child (cues ``elder``, ``child``: an old man sitting alone on the ground)
that nothing before places is about the open search for such a person the person could have
walked from to the caller (:func:`_sought`). The call joins
as context: it extends no area and draws no other call. The function takes the
:class:`~ops_center.correlate.Correlator` as ``self`` and is bound as one of its methods;
it changes no incident.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from ops_center import explanation
from ops_center.correlation_state import _FIRE, _FLOOD, _HAZMAT, _MISSING, _MISSING_SIG, _OPEN, _RESCUE, _Inc
from ops_center.fitting import open_within
from ops_center.incidents import Item
from ops_center.measures import _another_person, _gap, _seg_dist
from ops_center.policies import (
    ENGINES_HEARD_M,
    EVACUEES_M,
    KIN_CALL_M,
    NAMED_ROAD_M,
    PLUME_M,
    UNDERPASS_CALL_M,
    UNREAD_SCENE_M,
)
from ops_center.questions import _names, said_roads

if TYPE_CHECKING:
    from ops_center.correlate import Correlator

_AIR_CUE = Cue.AIR
_GOING_BACK_CUE = Cue.GOING_BACK
#: A smell or smoke of the caller's own street: someone burning joss paper or rubbish
#: there, a stink the caller says comes back day after day (a drain, a plant's routine).
_SMELLED_HERE = frozenset({Cue.OPEN_BURNING, Cue.RECURRING})
_UNDERPASS_CUE = Cue.UNDERPASS
_ENGINES_CUE = Cue.ENGINES  # fire engines heard or seen going by (ENGINES_HEARD_M)
#: Whom a search is for (a child, an elder): a call naming one that no job at its place explains
#: may be a sighting of the person sought (_sought).
_SUBJECTS = frozenset({Cue.CHILD, Cue.ELDER})
#: A person of the caller's (cue ``kin``) they cannot reach or who lives in that building
#: (cue ``asking_after``): a relative asking after someone inside the burning building.
_ASKING_AFTER_KIN = frozenset({Cue.KIN, Cue.ASKING_AFTER})
#: The registered site of an underpass's flood sensor (geo/data/sensors.geojson, metadata.site).
_UNDERPASS_SITE = "underpass"


def unread_call(self: Correlator, item: Item) -> tuple[_Inc | None, int]:
    """The open incident that explains the unread citizen's call ``item`` and how many
    could: those whose area lies within :data:`UNREAD_SCENE_M` of the caller (its scene),
    else those within :data:`NAMED_ROAD_M` whose reports name a road the call names; each
    with evidence within its type's window of the call; failing both, a flooded underpass
    the call names, the fire a relative asks about, the fire whose engines the caller hears,
    the search for the elder or the child the
    call names (:func:`_sought`), the plumes over a caller speaking of the
    air; before all these, for a call asking to go back in, the fire jobs near it
    (:func:`_fires_near`). Of several, the one that clearly explains it best
    (:mod:`ops_center.explanation`), else None; (None, 0) when none could."""
    said = cues(item.text) if item.text else frozenset()
    caller = ((item.x, item.y),)
    if _GOING_BACK_CUE in said and (put_out := _fires_near(self, item)):
        return _choose(self, item, put_out, said, caller)  # the evacuees ask when they may go back in
    named = _names(item.text, self._road_spellings) if item.text and self._road_spellings else []
    arrived = self._late.get(item.key)
    scene: list[_Inc] = []
    on_road: list[_Inc] = []
    # the places the call names (a landmark, a junction) are its scene as well as the caller's
    at = self._named_places(item)
    near = {inc.incident_id: inc for inc in self._near(item.x, item.y, NAMED_ROAD_M if named else UNREAD_SCENE_M)}
    for px, py in at:
        for inc in self._near(px, py, UNREAD_SCENE_M):
            near.setdefault(inc.incident_id, inc)
    for inc in near.values():
        if inc.state is not _OPEN or _another_person(item, inc):
            continue  # an elder seen wandering is not the lost child's
        policy = self._policies[inc.type]
        if _gap(item, inc, policy, arrived) > policy.window_s:
            continue
        d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf)
        if d <= UNREAD_SCENE_M or any(
            min((_seg_dist(px, py, sg) for sg in inc.segs), default=math.inf) <= UNREAD_SCENE_M for px, py in at
        ):
            scene.append(inc)
        elif named and d <= NAMED_ROAD_M and not said_roads(inc, self._road_spellings).isdisjoint(named):
            on_road.append(inc)
    if scene:
        return _choose(self, item, scene, said, (*caller, *at), named_road=bool(named))
    if on_road:
        # the driver asks from wherever they are about the road: what closes it
        return _choose(self, item, on_road, said, None, named_road=True)
    if _UNDERPASS_CUE in said and (flooded := _underpasses_near(self, item)):
        return _choose(self, item, flooded, said, caller)  # the flooded underpass the caller asks about
    if said >= _ASKING_AFTER_KIN and (
        burning := open_within(self, item, KIN_CALL_M, lambda inc: inc.type is _FIRE)
    ):
        return _choose(self, item, burning, said, None)  # the building on fire, called about from anywhere
    if _ENGINES_CUE in said and (
        fires := open_within(self, item, ENGINES_HEARD_M, lambda inc: inc.type is _FIRE)
    ):
        return _choose(self, item, fires, said, caller)  # the fire the engines heard or seen go to
    if said & _SUBJECTS and self._tracks and (sought := _sought(self, item)):
        return _choose(self, item, sought, said, caller)  # the elder or the child a search is for, seen by the caller
    if _AIR_CUE in said and not said & _SMELLED_HERE and (plumes := _plumes_over(self, item)):
        return _choose(self, item, plumes, said, caller)  # the smoke or the gas drifting over the caller
    return None, 0


def _choose(
    self: Correlator,
    item: Item,
    found: list[_Inc],
    said: frozenset[Cue],
    places: tuple[tuple[float, float], ...] | None,
    *,
    named_road: bool = False,
) -> tuple[_Inc | None, int]:
    """The one of ``found`` (not empty) that explains ``item``, and how many could: the only
    one, else the clear best by what the call says (``named_road``: it names a road of the
    zone), where the caller is (``places``; None: their place says nothing of the job) and
    when (:mod:`ops_center.explanation`)."""
    if len(found) == 1:
        return found[0], 1
    kinds = explanation.kinds_said(said, names_road=named_road)
    return explanation.clear_best(explanation.explain(self, item, found, kinds, places)), len(found)


def _sought(self: Correlator, item: Item) -> list[_Inc]:
    """The open searches (rescue jobs holding a report of a missing person) whose person the
    unread call ``item`` may have seen: the person could have walked to the caller since the
    search's latest sighting (:func:`~ops_center.tracks.track_fits`, a missing person's reach
    and :data:`~ops_center.policies.WALKING_SPEED_MPS`), and the call names no other kind of
    person than the search's (a child where an elder is sought: :func:`_another_person`)."""
    fits = self._track_fits(item, _MISSING_SIG, [], _RESCUE)
    return [f.inc for f in fits if _MISSING in f.inc.signals and not _another_person(item, f.inc)]


def _plumes_over(self: Correlator, item: Item) -> list[_Inc]:
    """The open incidents placed by a sensor or an agency that hold a report of a hazardous
    release or are a fire people see burning, within :data:`PLUME_M` of the unread call
    ``item`` and their window: the plumes a caller speaking of the air may smell (the rule
    of :func:`~ops_center.fitting.plume` for a call the vocabulary reads as nothing)."""
    return open_within(self, item, PLUME_M, lambda inc: inc.precise and (inc.sighted or _HAZMAT in inc.signals))


def _underpasses_near(self: Correlator, item: Item) -> list[_Inc]:
    """The open flood jobs holding an alarm of an underpass's sensor placed within
    :data:`UNDERPASS_CALL_M` of the unread call ``item``, within their window of it."""

    def flooded_underpass(inc: _Inc) -> bool:
        return inc.type is _FLOOD and any(
            m.item.site == _UNDERPASS_SITE and math.hypot(m.item.x - item.x, m.item.y - item.y) <= UNDERPASS_CALL_M
            for m in inc.members
        )

    return open_within(self, item, UNDERPASS_CALL_M, flooded_underpass)


def _fires_near(self: Correlator, item: Item) -> list[_Inc]:
    """The open fire jobs (a fire, a release of gas or chemicals: what puts people out of a
    building) within :data:`EVACUEES_M` of the unread call ``item`` and their window."""
    return open_within(self, item, EVACUEES_M, lambda inc: inc.type is _FIRE)

