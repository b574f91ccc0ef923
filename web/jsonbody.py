"""JSON request bodies with every object's keys unique: the API's route class and its decoder.

``json.loads`` keeps the last of a repeated key, so ``{"agency": "fire", "agency":
"water"}`` is a request for water, and a proxy, a log or an audit that reads the first
sees another request than the one served (RFC 8259 §4: names "SHOULD be unique"; a
receiver's choice is unpredictable). Every JSON body of the API is decoded by
:func:`loads_unique`, which refuses a repeated key at any depth with
:class:`DuplicateKeyError`, a :class:`json.JSONDecodeError`: FastAPI answers it as any
undecodable body, a 422 ``json_invalid`` problem (:mod:`web.problems` says which key).
:class:`UniqueKeysRoute` is the route class of every router (``web.routes.api_router``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute


class DuplicateKeyError(json.JSONDecodeError):
    """An object of the document names ``key`` twice; ``pos`` is where it is named again."""

    def __init__(self, key: str, doc: str, pos: int) -> None:
        super().__init__(f"duplicate key {key!r}", doc, pos)
        self.key = key


def loads_unique(text: str | bytes) -> Any:
    """``json.loads`` (the same encodings and errors) that raises :class:`DuplicateKeyError`
    for a key repeated in any object."""

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                # the document decoded: json.loads took it, so it decodes (UTF-8, -16 or -32)
                doc = text if isinstance(text, str) else text.decode(json.detect_encoding(text), "surrogatepass")
                raise DuplicateKeyError(key, doc, _second(doc, key))
            out[key] = value
        return out

    return json.loads(text, object_pairs_hook=unique)


def _second(doc: str, key: str) -> int:
    """Where ``key`` is named a second time in ``doc`` (a hint for the client; 0 if not found
    as written, e.g. spelled with escapes)."""
    name = json.dumps(key, ensure_ascii=False)
    first = doc.find(name)
    return max(0, doc.find(name, first + 1)) if first >= 0 else 0


class UniqueKeysRequest(Request):
    """A request whose JSON body is decoded by :func:`loads_unique`."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = loads_unique(await self.body())
        return self._json


class UniqueKeysRoute(APIRoute):
    """An API route that reads its JSON body with :class:`UniqueKeysRequest`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def unique_keys(request: Request) -> Response:
            return await handler(UniqueKeysRequest(request.scope, request.receive))

        return unique_keys
