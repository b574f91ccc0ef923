"""The first request a fresh app serves builds nothing on its event loop.

FastAPI builds each route's request and response models (pydantic type adapters) when a
request first walks its routes, on the event loop: every route of every router, also for
a request that matches none of them (a page's script under ``/static``, mounted after the
routers). On a loaded host that took seconds during which the app served nothing, not even
its static files (a live app's first page in a browser test, docs/development.md). The app
builds them while it starts (:func:`web.app.create_app`), before it serves anyone.

The building is observed where FastAPI does it (``_EffectiveRouteContext.from_api_route``,
a private name: this test fails loudly when FastAPI moves it).
"""

from __future__ import annotations

from contextlib import contextmanager

import fastapi.routing
import pytest

from common.settings import Settings
from tests import http_calls
from tests.api.conftest import serve
from web.app import WallOptions


def test_the_first_requests_build_no_route(db_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    context = fastapi.routing._EffectiveRouteContext
    built: list[str] = []
    original = context.from_api_route

    def counted(*args: object, **kwargs: object) -> object:
        route = kwargs.get("original_route", args[0] if args else None)
        built.append(str(getattr(route, "path", route)))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    with contextmanager(serve)(db_settings, WallOptions(feed=False)) as app:
        monkeypatch.setattr(context, "from_api_route", counted)
        for path in ("/static/console.html", "/static/common.js", "/api/health/live"):
            r = http_calls.get(f"{app.url}{path}", timeout=60)
            assert r.status_code == 200, (path, r.status_code)
    assert built == [], f"the first requests built {len(built)} routes on the event loop: {built[:5]}"
