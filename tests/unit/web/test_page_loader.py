"""The pages' one inline script, their loader, is the one the Content-Security-Policy lets run.

A browser runs an inline script under ``script-src 'self' 'sha256-…'`` only if the hash of its
text is listed (CSP Level 3, "Does element match source list for type and source?"); a loader
changed on one page and not in :data:`web.guard.PAGE_LOADER_SHA256` would leave that page in
its static HTML. Each page loads every script of its own through it, so that a script the
network fails is asked again.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

from web.guard import CONTENT_SECURITY_POLICY, PAGE_LOADER_SHA256

STATIC = Path(__file__).resolve().parents[3] / "web" / "static"
PAGES = sorted(STATIC.glob("*.html"))
SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.S)


def test_there_are_pages() -> None:
    assert {p.name for p in PAGES} >= {"wall.html", "console.html", "planner.html"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_each_page_runs_only_the_loader_inline_and_loads_its_scripts_through_it(page: Path) -> None:
    scripts = SCRIPT.findall(page.read_text(encoding="utf-8"))
    inline = [(attrs, body) for attrs, body in scripts if "src=" not in attrs]
    assert [attrs for attrs, _ in scripts if "src=" in attrs] == [], "a script outside the loader"
    assert len(inline) == 1, inline
    attrs, body = inline[0]
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    assert f"sha256-{digest}" == PAGE_LOADER_SHA256
    assert f"'{PAGE_LOADER_SHA256}'" in CONTENT_SECURITY_POLICY
    listed = re.search(r'data-load="([^"]*)"', attrs)
    assert listed is not None, attrs
    for src in listed.group(1).split():
        assert (STATIC / src.removeprefix("/static/")).is_file(), src
