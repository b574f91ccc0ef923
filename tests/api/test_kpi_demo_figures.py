"""Demonstration figures are never read as the city's: the year's score says which of its
figures and points come from the shipped fixtures and synthetic layers, and a measure's
history marks each such point and draws no trend between it and the city's figure.

The 2015 figures are the plan's (entered, ``observations_2015.csv``); the 2016 figures of
7.1, 7.2 and 7.3 are what a recomputation makes of the shipped demonstration data (fixture
milestone evidence, fixture e-service rows, synthetic population and sector layers).
"""

from __future__ import annotations

import math
from pathlib import Path

import httpx

from kpi.definitions import DEFAULT_PATH
from tests.api.conftest import auth

SEED = DEFAULT_PATH.parent / "observations_2015.csv"


def test_scores_and_histories_say_which_figures_are_demo_data(api: httpx.Client, accounts: dict[str, str]) -> None:
    planner = auth(accounts["plan"])
    r = api.post("/api/kpis/import", headers=planner, files={"file": ("seed.csv", Path(SEED).read_bytes())})
    assert r.status_code == 200, r.text
    run = api.post("/api/kpis/compute", headers=planner, timeout=120)
    assert run.status_code == 200, run.text

    scores = {s["year"]: s for s in api.get("/api/kpis/scores", headers=planner).json()}
    # 2015: the plan's own figures, nothing demo.
    assert (scores[2015]["demo"], scores[2015]["demo_points"]) == ([], 0.0)
    # 2016: every figure scored is computed from demonstration data, and so is every point.
    s2016 = scores[2016]
    assert s2016["demo"] == ["7.1", "7.2", "7.3"]
    assert s2016["points"] > 0
    assert math.isclose(s2016["demo_points"], s2016["points"])
    scored = {i["indicator_id"]: i for g in s2016["goals"] for i in g["indicators"]}
    assert sorted(k for k, i in scored.items() if i["demo"]) == ["7.1", "7.2", "7.3"]

    for indicator in ("7.1", "7.2"):
        h = api.get(f"/api/kpis/{indicator}/history", headers=planner).json()
        assert [(p["period"], p["provenance"], p["demo"]) for p in h["points"]] == [
            ("2015", "entered", False), ("2016", "computed", True)], h
        # The plan's 2015 figure against a demo figure is not a change of the city's.
        assert h["trend"] == "not_comparable", h
    # A measure of the city's figures only keeps its points unmarked.
    h41 = api.get("/api/kpis/4.1/history", headers=planner).json()
    assert [(p["provenance"], p["demo"]) for p in h41["points"]] == [("entered", False)]
