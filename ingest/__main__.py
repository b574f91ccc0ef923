"""``python -m ingest [run|stats] [--client-id ID]``: the same as ``soc ingest ...``."""

from __future__ import annotations

import sys

from common.cli import main

if __name__ == "__main__":
    sys.exit(main(["ingest", *sys.argv[1:]]))
