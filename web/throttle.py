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

State lives in the web process's memory, bounded by ``max_keys``: a restart forgets it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field


@dataclass(slots=True)
class _Key:
    failures: deque[float] = field(default_factory=deque)
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
    ) -> None:
        self.window_s = window_s
        self.limits = {"account": max_failures_account, "address": max_failures_address}
        self.lockout_s = lockout_s
        self.lockout_max_s = lockout_max_s
        self.max_keys = max_keys
        self._keys: dict[str, _Key] = {}

    @staticmethod
    def keys(account: str, address: str) -> tuple[str, str]:
        """The two keys of a login attempt."""
        return f"account:{account.strip().lower()}", f"address:{address}"

    def retry_after(self, account: str, address: str, now: float) -> float:
        """Seconds until a login for ``account`` from ``address`` may be tried (0: now)."""
        wait = 0.0
        for key in self.keys(account, address):
            state = self._keys.get(key)
            if state is not None and state.locked_until > now:
                wait = max(wait, state.locked_until - now)
        return wait

    def failure(self, account: str, address: str, now: float) -> list[Lockout]:
        """Count a failed login; returns the keys that this failure locked."""
        locked: list[Lockout] = []
        for key in self.keys(account, address):
            state = self._keys.get(key)
            if state is None:
                self._make_room(now)
                state = self._keys[key] = _Key()
            if state.lockouts and now - state.last > self.window_s:
                state.lockouts = 0  # quiet for a whole window: start over
            state.last = now
            state.failures.append(now)
            while state.failures and now - state.failures[0] > self.window_s:
                state.failures.popleft()
            if len(state.failures) >= self.limits[key.partition(":")[0]]:
                seconds = min(self.lockout_s * 2 ** state.lockouts, self.lockout_max_s)
                state.locked_until = now + seconds
                state.lockouts += 1
                state.failures.clear()
                locked.append(Lockout(key, seconds))
        return locked

    def success(self, account: str, address: str) -> None:
        """A successful login clears the account's failures and the address's count."""
        account_key, address_key = self.keys(account, address)
        self._keys.pop(account_key, None)
        state = self._keys.get(address_key)
        if state is not None:
            state.failures.clear()

    def _make_room(self, now: float) -> None:
        if len(self._keys) < self.max_keys:
            return
        stale = [k for k, s in self._keys.items()
                 if s.locked_until <= now and now - s.last > self.window_s]
        for k in stale:
            del self._keys[k]
        if len(self._keys) >= self.max_keys:
            # Still full of live keys: forget the least recently seen unlocked one.
            candidates = [k for k, s in self._keys.items() if s.locked_until <= now]
            if candidates:
                del self._keys[min(candidates, key=lambda k: self._keys[k].last)]
