"""JSON request bodies with every object's keys unique: the API's route class and its decoder.

``json.loads`` keeps the last of a repeated key, so ``{"agency": "fire", "agency":
"water"}`` is a request for water, and a proxy, a log or an audit that reads the first
sees another request than the one served. Every JSON body of the API is decoded by
:func:`loads_unique` (:func:`common.jsondoc.loads_unique`: UTF-8, NaN and Infinity
accepted as ``json.loads`` accepts them, the edges in that module), which refuses a
repeated key at any depth with :class:`DuplicateKeyError` and any other undecodable body
with a :class:`json.JSONDecodeError`: FastAPI answers both as a 422 ``json_invalid``
problem (:mod:`web.problems` says why, naming the key).
:class:`UniqueKeysRoute` is the route class of every router (``web.routes.api_router``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from common.jsondoc import JsonDocError, RepeatedKeyError, byte_offset
from common.jsondoc import loads_unique as _loads_unique


class DuplicateKeyError(json.JSONDecodeError):
    """An object of the document names ``key`` twice; ``pos`` is where it is named again."""

    def __init__(self, key: str, doc: str, pos: int) -> None:
        super().__init__(f"duplicate key {key!r}", doc, pos)
        self.key = key


def key_path(doc: str, pos: int) -> tuple[str | int, ...]:
    """Where ``pos`` lies in the JSON document ``doc``: the keys and array indexes of the
    containers around it, the innermost object's last key read before ``pos`` included
    (for a repeated key, whose ``pos`` lies after the key, the key itself). ``doc`` up to
    ``pos`` is taken to be JSON as far as it goes (it was decoded up to there)."""
    stack: list[list[Any]] = []  # [kind, key or index], kind "{" or "["
    want_key = False
    i, end = 0, min(pos, len(doc))
    while i < end:
        c = doc[i]
        if c == '"':
            j = i + 1
            while j < len(doc) and doc[j] != '"':
                j += 2 if doc[j] == "\\" else 1
            if stack and stack[-1][0] == "{" and want_key:
                try:
                    stack[-1][1] = json.loads(doc[i:j + 1])
                except ValueError:
                    stack[-1][1] = doc[i + 1:j]
                want_key = False
            i = j + 1
            continue
        if c == "{":
            stack.append(["{", None])
            want_key = True
        elif c == "[":
            stack.append(["[", 0])
        elif c in "}]" and stack:
            stack.pop()
        elif c == "," and stack:
            if stack[-1][0] == "{":
                want_key = True
            else:
                stack[-1][1] += 1
        i += 1
    return tuple(entry[1] for entry in stack if entry[1] is not None)


def loads_unique(text: str | bytes) -> Any:
    """The body's JSON document; :class:`DuplicateKeyError` for a key repeated in any object,
    :class:`json.JSONDecodeError` for any other body that does not decode."""
    try:
        return _loads_unique(text, allow_inf_nan=True)
    except JsonDocError as exc:
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        at = byte_offset(data, exc.line, exc.column)
        doc, pos = data.decode("utf-8", "replace"), len(data[:at].decode("utf-8", "replace"))
        if isinstance(exc, RepeatedKeyError):
            raise DuplicateKeyError(exc.key, doc, pos) from exc
        raise json.JSONDecodeError(str(exc), doc, pos) from exc


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
