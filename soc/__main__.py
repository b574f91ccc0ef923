"""``python -m soc``: the same as the ``soc`` console script."""

from __future__ import annotations

import sys

from soc.cli import main

sys.exit(main())
