#!/usr/bin/env python3
"""Write .env from .env.example, replacing every `change-me` with a fresh random secret.

Never overwrites an existing .env. Standard library only, so it runs before the
virtual environment exists.
"""

from __future__ import annotations

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
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target.chmod(0o600)
    print(f"wrote {target} with generated secrets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
