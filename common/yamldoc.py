"""The one reader of the shipped YAML files (pure): a safe loader on libyaml's C parser.

The lexicon, the alert rules, the routing table, the KPI definitions, the milestone
checklist and the gazetteer are YAML, read by every process (and test module) that uses
them. PyYAML's pure-Python parser takes most of a read's CPU: the six files 0.13 s a read,
against 0.017 s with libyaml's (``bench/yaml_load.py``, docs/benchmarks.md; the lexicon's 55 KB
about 0.07 s against 0.01 s). :data:`SafeLoader` is PyYAML's ``CSafeLoader`` where PyYAML was built
with libyaml (its wheels are), else its ``SafeLoader``: the same safe constructor and
resolver over another parser, so a document gives the same values either way; the two
parsers word their errors differently, and both raise :class:`yaml.YAMLError`.

A caller that needs a stricter constructor subclasses :data:`SafeLoader` (the lexicon's
loader refuses a key written twice, :mod:`common.lexicon`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

__all__ = ["SafeLoader", "safe_load"]

if TYPE_CHECKING:
    from yaml import CSafeLoader as SafeLoader
else:  # PyYAML's safe loader over libyaml's C parser, or over its own where it lacks libyaml
    SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> object:
    """``yaml.safe_load`` of ``text`` through :data:`SafeLoader`; raises :class:`yaml.YAMLError`."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader (libyaml's parser, the safe constructor)
