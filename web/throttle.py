"""Login throttling per account and per address (pure: the caller passes ``now``).

Each key (``account:NAME`` or ``address:IP``) counts failed logins in a sliding
window. Reaching the limit locks the key for ``lockout_s``; every further lockout
of the same key, while failures keep coming, doubles it up to ``lockout_max_s``.
A locked key is refused before any password is checked, with the seconds left
(the ``Retry-After`` of the 429 answer). A successful login clears its account key
and its address's count.

The per-account limit stops guessing one account's password from many addresses;
the per-address limit stops one address from trying many accounts. An attacker can
lock a real user out for a while by failing on purpose: the lockout is short and
grows only while the failures go on, and the audit log names the addresses.

State lives in the web process's memory (a restart forgets it), bounded by design:

* A key is held by a 16-byte keyed digest of its text (the key's salt is the
  process's own), not by the text: a user name of 4 KiB costs what a short one does.
* At most ``max_keys`` keys are held one by one, least recently failed first out. A key
  gone stale (unlocked, no failure for a window) is dropped: nothing of it counts any
  more. A live one is folded into its *cell*, one of ``cells`` per scope (account,
  address) that the digest picks: the cell takes its failures, its lock and its lockout
  count on top of what it holds, and from then on stands for every key of its scope that
  falls into it and is not held one by one, until the cell goes stale. A cell only ever
  adds counts, so an eviction never resets a key (a spray of names cannot buy a victim
  more guesses); what it costs is that the keys sharing a live cell are counted together
  and may be locked early. The salt keeps an attacker from choosing whose cell a spray
  fills; a successful login never clears a cell (that would clear its other keys).

Each key's failures are at most its scope's limit, so the memory is bounded by
``max_keys + 2 * cells`` keys of a fixed size (``tests/unit/web/test_throttle_bounded.py``).
"""

from __future__ import annotations

import hashlib
import os
from array import array
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass(slots=True)
class _Key:
    scope: str  # "account" or "address"
    failures: array[float] = field(default_factory=lambda: array("d"))  # under the scope's limit, oldest first
    locked_until: float = 0.0
    lockouts: int = 0
    last: float = 0.0


@dataclass(frozen=True, slots=True)
class Lockout:
    """A key that has just been locked (for the audit log)."""

    key: str
    seconds: float


class LoginThrottle:
    """Failed-login bookkeeping; not thread-safe (the route holds :attr:`lock`)."""

    def __init__(
        self,
        *,
        window_s: float,
        max_failures_account: int,
        max_failures_address: int,
        lockout_s: float,
        lockout_max_s: float,
        max_keys: int = 100_000,
        cells: int = 4096,
        salt: bytes | None = None,
    ) -> None:
        self.window_s = window_s
        self.limits = {"account": max_failures_account, "address": max_failures_address}
        self.lockout_s = lockout_s
        self.lockout_max_s = lockout_max_s
        self.max_keys = max(1, max_keys)
        self.cells = max(1, cells)
        self._salt = os.urandom(16) if salt is None else salt
        self._keys: OrderedDict[bytes, _Key] = OrderedDict()  # least recently failed first
        self._cells: dict[tuple[str, int], _Key] = {}

    @staticmethod
    def keys(account: str, address: str) -> tuple[str, str]:
        """The two keys of a login attempt."""
        return f"account:{account.strip().lower()}", f"address:{address}"

    @property
    def size(self) -> int:
        """How many keys and cells are held now (at most ``max_keys + 2 * cells``)."""
        return len(self._keys) + len(self._cells)

    def retry_after(self, account: str, address: str, now: float) -> float:
        """Seconds until a login for ``account`` from ``address`` may be tried (0: now)."""
        wait = 0.0
        for key in self.keys(account, address):
            digest = self._digest(key)
            state = self._keys.get(digest) or self._live_cell(key, digest, now)
            if state is not None and state.locked_until > now:
                wait = max(wait, state.locked_until - now)
        return wait

    def failure(self, account: str, address: str, now: float) -> list[Lockout]:
        """Count a failed login; returns the keys that this failure locked."""
        locked: list[Lockout] = []
        for key in self.keys(account, address):
            digest = self._digest(key)
            state = self._keys.get(digest)
            if state is not None:
                self._keys.move_to_end(digest)
            else:
                state = self._live_cell(key, digest, now)
                if state is None:
                    self._make_room(now)
                    state = self._keys[digest] = _Key(key.partition(":")[0])
            seconds = self._count(state, now)
            if seconds is not None:
                locked.append(Lockout(key, seconds))
        return locked

    def success(self, account: str, address: str) -> None:
        """A successful login clears the account's failures and the address's count (held one
        by one; a cell stays as it is, see the module docstring)."""
        account_key, address_key = self.keys(account, address)
        self._keys.pop(self._digest(account_key), None)
        state = self._keys.get(self._digest(address_key))
        if state is not None:
            del state.failures[:]

    def _count(self, state: _Key, now: float) -> float | None:
        """Count a failure at ``now`` into ``state``; the lockout's seconds if it locked it."""
        if state.lockouts and now - state.last > self.window_s:
            state.lockouts = 0  # quiet for a whole window: start over
        state.last = max(state.last, now)
        state.failures.append(now)
        return self._settle(state, now)

    def _settle(self, state: _Key, now: float) -> float | None:
        """Drop failures older than the window; lock ``state`` once they reach its limit
        (its failures then start again from none); the lockout's seconds if it locked."""
        cut = 0
        while cut < len(state.failures) and now - state.failures[cut] > self.window_s:
            cut += 1
        del state.failures[:cut]
        if len(state.failures) < self.limits[state.scope]:
            return None
        seconds: float = min(self.lockout_s * 2.0 ** min(state.lockouts, 32), self.lockout_max_s)
        state.locked_until = max(state.locked_until, now + seconds)
        state.lockouts += 1
        del state.failures[:]
        return seconds

    def _digest(self, key: str) -> bytes:
        return hashlib.blake2b(key.encode(), digest_size=16, key=self._salt).digest()

    def _cell_of(self, scope: str, digest: bytes) -> tuple[str, int]:
        return scope, int.from_bytes(digest[:8], "big") % self.cells

    def _stale(self, state: _Key, now: float) -> bool:
        return state.locked_until <= now and now - state.last > self.window_s

    def _live_cell(self, key: str, digest: bytes, now: float) -> _Key | None:
        """The cell standing for ``key`` (not held one by one), unless it is stale (dropped)."""
        where = self._cell_of(key.partition(":")[0], digest)
        cell = self._cells.get(where)
        if cell is not None and self._stale(cell, now):
            del self._cells[where]
            return None
        return cell

    def _make_room(self, now: float) -> None:
        """Room for one more key: the least recently failed ones go, a stale one dropped, a
        live one folded into its cell (never reset)."""
        while len(self._keys) >= self.max_keys:
            digest, state = self._keys.popitem(last=False)
            if self._stale(state, now):
                continue
            where = self._cell_of(state.scope, digest)
            cell = self._cells.get(where)
            if cell is None or self._stale(cell, now):
                self._cells[where] = state  # the cell is this key's state from now on
                continue
            cell.failures = array("d", sorted(cell.failures + state.failures))
            cell.locked_until = max(cell.locked_until, state.locked_until)
            cell.lockouts = max(cell.lockouts, state.lockouts)
            cell.last = max(cell.last, state.last)
            self._settle(cell, now)
