"""``soc quarantine --limit`` takes a count: anything else is a usage error (exit 2), before
any connection, never a database traceback."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soc.cli import build_parser


@pytest.mark.parametrize("limit", ["-1", "99999999999999999999999", "1e3", "NaN", ""])
@pytest.mark.parametrize("action", ["list", "replay"])
def test_a_limit_that_is_not_a_count_is_a_usage_error(action: str, limit: str) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["quarantine", action, "--limit", limit])
    assert exited.value.code == 2


@given(st.integers())
def test_a_limit_is_accepted_only_as_a_count_postgresql_can_take(limit: int) -> None:
    argv = ["quarantine", "list", "--limit", str(limit)]
    if 0 <= limit < 2**63:
        assert build_parser().parse_args(argv).limit == limit
        return
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    assert exited.value.code == 2
