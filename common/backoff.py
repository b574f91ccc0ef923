"""Capped, jittered exponential backoff, as a pure iterator.

Used by every retry loop (database outages, broker reconnects, webhook
delivery). The caller sleeps; this module only computes delays, so tests can
check the sequence without waiting.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    """Delays ``base * factor**n`` capped at ``cap``, with "full jitter" in [delay/2, delay]."""

    base_s: float = 0.1
    factor: float = 2.0
    cap_s: float = 10.0

    def delays(self, rng: random.Random | None = None) -> Iterator[float]:
        """Yield an endless sequence of delays in seconds."""
        rng = rng or random.Random()
        attempt = 0
        while True:
            ceiling = min(self.cap_s, self.base_s * self.factor**attempt)
            yield rng.uniform(ceiling / 2, ceiling)
            if ceiling < self.cap_s:
                attempt += 1
