"""A power cut the utility announced: what it darkens while it runs is no job.

The utility announces a planned cut with a road-works permit (台電計畫性停電: the feeder's
streets, its start and its end; cue ``planned_cut``). While it runs, the panels on their
batteries, the devices and signals without mains and the residents asking about it are
what the permit said would happen, and no crew is sent; what is still dark after its
announced end is the overrun, a job again (441, 574). The numbers are
:data:`~ops_center.policies.PLANNED_CUT_M` and :data:`~ops_center.policies.PLANNED_CUT_SIGNALS`;
the rule is in docs/ops_center.md.

Pure.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from common.lexicon import Cue, cues
from common.vocabulary import Signal, StatusReason
from ops_center.incidents import Item
from ops_center.policies import LEAD_S, PLANNED_CUT_M, PLANNED_CUT_SIGNALS


@dataclass(frozen=True, slots=True)
class PlannedCut:
    """An announced cut: the permit's point (EPSG:3826 metres) and its start and end."""

    x: float
    y: float
    start: float
    end: float


def announced(item: Item, signal: Signal | None) -> PlannedCut | None:
    """The cut a road-works permit announces; None for any other item or permit."""
    if signal is not Signal.PLANNED_WORKS or item.ends_t is None or not item.text:
        return None
    if Cue.PLANNED_CUT not in cues(item.text):
        return None
    return PlannedCut(item.x, item.y, item.t, item.ends_t)


def _darkens(item: Item, signal: Signal | None, dark: set[str]) -> bool:
    """Whether ``item`` is a word of the power a cut took: a panel on its battery, a dark
    signal, a resident without power, a device offline saying its mains failed (its link lost
    is the network's), or any message of a device the cut took (``dark``: its return too)."""
    if item.source_id and item.source_id in dark:
        return True
    if signal is Signal.DEVICE_OFFLINE:
        return item.reason is StatusReason.MAINS_POWER_LOST or Cue.POWER_LOST in cues(item.text)
    return signal in PLANNED_CUT_SIGNALS and signal is not Signal.ENDS


def _at(cut: PlannedCut, item: Item) -> bool:
    return math.hypot(item.x - cut.x, item.y - cut.y) <= PLANNED_CUT_M


def running(cuts: Mapping[PlannedCut, set[str]], item: Item, signal: Signal | None) -> PlannedCut | None:
    """The cut of ``cuts`` (each with the devices it took and that are not back) that ``item``
    is the expected effect of: a word of lost power at its feeder while it runs."""
    if signal not in PLANNED_CUT_SIGNALS:
        return None
    for cut, dark in cuts.items():
        if cut.start - LEAD_S <= item.t <= cut.end and _at(cut, item) and _darkens(item, signal, dark):
            return cut
    return None


def overrun(cuts: Mapping[PlannedCut, set[str]], item: Item, signal: Signal | None) -> PlannedCut | None:
    """The cut of ``cuts`` that ``item`` says ran past its announced end: a word of lost power
    at its feeder after the end while a device it took is not back, or any later message of
    such a device (its battery running out, its return)."""
    for cut, dark in cuts.items():
        if dark and item.t > cut.end and _at(cut, item) and _darkens(item, signal, dark):
            return cut
    return None
