#!/usr/bin/env python3
"""Write .env from .env.example, replacing every `change-me` with a fresh random secret.

Never overwrites an existing .env. Standard library only, so it runs before the
virtual environment exists.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parents[1]
    target = Path(argv[1]) if len(argv) > 1 else root / ".env"
    if target.exists():
        return 0
    lines = []
    for line in (root / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.endswith("=change-me"):
            lines.append(line.removesuffix("change-me") + secrets.token_urlsafe(24))
        else:
            lines.append(line)
    # Created 0600 and exclusively: never readable by others, not even for the moment
    # between a write and a chmod (a descriptor opened then reads on whatever the mode
    # becomes), and never written through a link planted where .env goes.
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        print(f"{target} exists as a link or appeared meanwhile: not written", file=sys.stderr)
        return 1
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {target} with generated secrets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
