"""Rebuild README_1251-1262.md from the generators' metadata (gen_b.py already does this)."""
from lib import build_readme
build_readme()
