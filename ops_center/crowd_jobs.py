"""A crowd report that names another job inside the crowd is that job's.

Police crowd control at an event reports on the other jobs its officers make room for
(a lane cleared for the ambulance to a fainted spectator, the stalls cleared round a gas
leak), and a caller files a fight in the queue under crowding: each report is filed under
a crowd's category, and what it is about is the job it names. The named signals are
:data:`~ops_center.policies.CROWD_NAMED_JOBS`; the rule is in docs/ops_center.md.

Pure; the reading of a text is remembered (texts of crowd reports are few).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from common.lexicon import read
from common.vocabulary import TOPIC_SIGNALS, Signal
from ops_center.correlation_state import _OPEN, _Fit
from ops_center.policies import CROWD_NAMED_JOBS

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

#: The lexicon's topic of a crowd (common/data/lexicon.yaml): a text speaking of the
#: crowd itself is the crowd's, whatever else it names in passing.
_CROWD_TOPIC = "crowd"


@functools.lru_cache(maxsize=1 << 12)
def named_jobs(text: str) -> tuple[Signal, ...]:
    """The signals of :data:`~ops_center.policies.CROWD_NAMED_JOBS` that ``text`` reads, in
    the lexicon's precedence; none when it reads the crowd's own topic too."""
    topics = [topic for topic, _ in read(text).topics]
    if _CROWD_TOPIC in topics:
        return ()
    return tuple(sig for topic in topics if (sig := TOPIC_SIGNALS[topic]) in CROWD_NAMED_JOBS)


def named_job(self: Correlator, item: Item) -> tuple[_Fit, Signal] | None:
    """The best-fitting open job of the first signal the crowd ``item``'s text names that
    has one (:func:`named_jobs`), and that signal; None when it names none or none fits."""
    for sig in named_jobs(item.text):
        own = self._own[sig]
        fits = [f for f in self._fits(item, sig) if f.inc.type is own and f.inc.state is _OPEN]
        if fits:
            return max(fits, key=lambda f: (f.fit, -f.inc.seq)), sig
    return None
