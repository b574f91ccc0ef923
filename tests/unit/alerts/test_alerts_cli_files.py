"""``soc alerts import-cap FILE`` with a file it cannot read, or an endless one: a usage
error (exit 2, one line), not a traceback, and never more than the bound read."""

from __future__ import annotations

from pathlib import Path

import pytest

from soc.cli import main


@pytest.mark.parametrize("make", [
    lambda tmp: tmp / "no-such-file.xml",          # missing
    lambda tmp: tmp,                               # a directory
    lambda tmp: tmp / "dir" / "x.xml",             # a missing directory
    lambda tmp: Path("/proc/self/mem"),            # unreadable from the start
    lambda tmp: Path("/dev/zero"),                 # endless: read only up to the bound
])
def test_a_file_that_cannot_be_read_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object,
) -> None:
    assert callable(make)
    path = make(tmp_path)
    assert main(["alerts", "import-cap", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("soc: cannot read ")
    assert "Traceback" not in err
