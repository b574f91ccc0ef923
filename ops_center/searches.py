"""A search is over once its person is found: a person missing after that is another's.

A coordinator closes a search when its patrol or a service desk reports the person found
and handed back (尋獲, 找到了, 領回). A report of a person missing read after that finding
(a girl brought to the south desk after the boy was handed back at the north desk, a
grandson lost at the gate an hour later) is a second description broadcast, a search of
its own, however close it lies to the first; a further report of a finding joins as
before. The rule is in docs/ops_center.md (a search is for one person); its limit: a finding read wrongly
as such (the words are read, not the meaning) ends its search for the reports after it.

Pure; the reading of a text is the lexicon's (remembered there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from common.vocabulary import Signal
from ops_center.correlation_state import _RESCUE
from ops_center.tracks import _found_at

if TYPE_CHECKING:
    from ops_center.correlation_state import _Fit, _Inc
    from ops_center.incidents import Item

_REUNITED_CUE = Cue.REUNITED
_MISSING_VALUE = Signal.MISSING_PERSON.value


def finding(item: Item) -> bool:
    """Whether a search's report ``item`` says its person was found or handed back (cue
    ``reunited``: 尋獲, 會合, 交還, 接回; or the lexicon reads the missing person's report
    ended, :func:`~ops_center.tracks._found_at`)."""
    return bool(item.text) and (_REUNITED_CUE in cues(item.text) or _found_at(item))


def found_before(inc: _Inc, t: float) -> bool:
    """Whether the rescue job ``inc`` holds a report, observed at or before ``t``, saying its
    person was found (:func:`finding`, a report of the search itself: a missing-person one)."""
    return inc.type is _RESCUE and any(
        m.signal == _MISSING_VALUE and m.item.t <= t and finding(m.item) for m in inc.members
    )


def still_sought(item: Item, fits: list[_Fit]) -> list[_Fit]:
    """``fits`` of the missing-person report ``item`` without the searches whose person a
    report observed before it says was found (:func:`found_before`), unless ``item`` itself
    reports a finding (news of the search that ended)."""
    if finding(item):
        return fits
    return [f for f in fits if not found_before(f.inc, item.t)]
