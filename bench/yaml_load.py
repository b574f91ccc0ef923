"""Benchmark: reading the shipped YAML files, libyaml's parser against PyYAML's own.

Run::

    flock /tmp/soc-bench.lock .venv/bin/python -m bench.yaml_load [--rounds 20]

Each round reads every shipped YAML file (the lexicon, the alert rules, the routing table,
the KPI definitions, the milestone checklist, the gazetteer) once with PyYAML's pure-Python
``SafeLoader`` (the baseline) and once with :data:`common.yamldoc.SafeLoader` (libyaml's
parser), alternating, and prints the CPU seconds of each side's median round and their
ratio as JSON. Values are compared once, so both sides read the same documents alike.
What a process pays is a single round: each service reads each file once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import yaml

from common import yamldoc

ROOT = Path(__file__).resolve().parents[1]
FILES = ("common/data/lexicon.yaml", "alerts/rules.yaml", "ops_center/routing.yaml",
         "kpi/data/definitions.yaml", "kpi/data/milestones_phase2.yaml", "geo/data/gazetteer.yaml")


def _round(texts: list[str], loader: type) -> float:
    start = time.process_time()
    for text in texts:
        yaml.load(text, Loader=loader)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    texts = [(ROOT / f).read_text(encoding="utf-8") for f in FILES]
    for text in texts:
        assert yaml.load(text, Loader=yamldoc.SafeLoader) == yaml.load(text, Loader=yaml.SafeLoader)
    base: list[float] = []
    ours: list[float] = []
    for _ in range(args.rounds):
        base.append(_round(texts, yaml.SafeLoader))
        ours.append(_round(texts, yamldoc.SafeLoader))
    b, o = statistics.median(base), statistics.median(ours)
    print(json.dumps({"files": len(texts), "bytes": sum(len(t.encode()) for t in texts), "rounds": args.rounds,
                      "pyyaml_safe_s": round(b, 4), "libyaml_safe_s": round(o, 4), "new_over_old": round(o / b, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
