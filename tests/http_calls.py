"""httpx's one-call functions (``get``, ``post``, ``request``) for the tests, without their
per-call TLS set-up.

Each call is what ``httpx.get`` and the others are: a new client, a new connection, closed
after the answer. Only the TLS context is made once: httpx builds one for every client and
loads certifi's roots into it, also for plain ``http://``, about 50 ms of CPU per call on a
loaded host, which the polling loops and the Hypothesis tests against a real server paid at
every request.
"""

from __future__ import annotations

from typing import Any

import httpx

#: httpx's own default context (certifi's roots, verification on), made once.
TLS = httpx.create_ssl_context()


def request(method: str, url: str, **kwargs: Any) -> httpx.Response:
    """``httpx.request`` with the shared TLS context."""
    return httpx.request(method, url, verify=TLS, **kwargs)


def get(url: str, **kwargs: Any) -> httpx.Response:
    """``httpx.get`` with the shared TLS context."""
    return httpx.get(url, verify=TLS, **kwargs)


def post(url: str, **kwargs: Any) -> httpx.Response:
    """``httpx.post`` with the shared TLS context."""
    return httpx.post(url, verify=TLS, **kwargs)


def client(**kwargs: Any) -> httpx.Client:
    """``httpx.Client`` with the shared TLS context."""
    return httpx.Client(verify=TLS, **kwargs)
