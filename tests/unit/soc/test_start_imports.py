"""What a ``soc`` process imports before it serves: no library that only a rare command needs.

Every ``soc`` process parses its arguments with the whole parser (each package's
``cli.py``) and then imports its service. pandas is needed only by a KPI CSV import or
export, httpx only by a webhook delivery, shapely and pyproj only by the processes that
work with geometry: each costs a tenth to a third of a second of CPU at every start (and
restart) of the web, ingest and the supervisor. A fresh interpreter shows what is imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

#: The start of each process kind: the parser, then the modules its ``run_*`` imports.
STARTS = {
    "web": "import web.app, uvicorn; from web.wall.fastpath import server_protocol",
    "ingest": "import ingest.consumer",
    "supervise": "import soc.demo",
}

#: Libraries each kind does not import to start.
NOT_IMPORTED = {
    "web": {"pandas", "httpx"},
    "ingest": {"pandas", "httpx", "shapely", "pyproj", "fastapi"},
    "supervise": {"pandas", "httpx", "shapely", "pyproj", "fastapi"},
}


@pytest.mark.parametrize("kind", sorted(STARTS))
def test_a_process_starts_without_the_libraries_it_does_not_use(kind: str) -> None:
    heavy = sorted(NOT_IMPORTED[kind])
    code = (f"import json, sys, soc.cli; soc.cli.build_parser(); {STARTS[kind]}; "
            f"print(json.dumps([m for m in {heavy!r} if m in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [], out.stdout
