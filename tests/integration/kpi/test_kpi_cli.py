"""``soc kpi`` end to end against this module's database."""

from __future__ import annotations

from pathlib import Path

import pytest

from soc.cli import main

pytestmark = pytest.mark.integration

SEED = Path("kpi/data/observations_2015.csv")


@pytest.fixture
def soc_env(monkeypatch: pytest.MonkeyPatch, db_name: str, settings: object) -> None:
    """Point ``soc`` (which builds its own settings) at this module's database."""
    monkeypatch.setenv("SOC_DB__NAME", db_name)


def test_import_export_scores(soc_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kpi", "import", str(SEED), "--user", "planner.lin"]) == 0
    assert "imported 7 observation(s)" in capsys.readouterr().out

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n4.1,2016,,90,items,,,n\n",
        encoding="utf-8",
    )
    assert main(["kpi", "import", str(bad), "--user", "planner.lin"]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:line 2, column unit: wrong unit 'items' for 4.1" in err
    assert "nothing imported: 1 error(s)" in err

    out = tmp_path / "export.csv"
    assert main(["kpi", "export", "-o", str(out), "--year", "2015"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheet programs
    assert len(text.splitlines()) == 1 + 7
    assert "本府標案管考執行率" in text

    assert main(["kpi", "scores", "--year", "2015"]) == 0
    assert "2015: 37.00 of 68 points" in capsys.readouterr().out


def test_compute_prints_each_indicator(soc_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["kpi", "compute", "--year", "2016", "--as-of", "2016-06-30", "--month", "2016-06"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [
        "7.1",
        "7.3",
        "7.2",
        "ops.sensor_availability",
        "ops.data_completeness",
        "ops.mtta_alerts",
        "ops.evidence_to_dispatch",
        "ops.evidence_to_clearance",
        "ops.dispatch_ack_within_deadline",
    ]
    assert "created" in lines[0]
    assert main(argv) == 0
    assert "unchanged" in capsys.readouterr().out.splitlines()[0]

    # The figures computed from the shipped demonstration data are named under the score.
    assert main(["kpi", "scores", "--year", "2016"]) == 0
    assert "  demo data, not the city's figures: 7.1, 7.2, 7.3 (" in capsys.readouterr().out
