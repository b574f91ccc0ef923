from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from common.backoff import Backoff
from common.errors import MigrationError, is_transient
from common.migrate import RENUMBERED, discover
from common.services import acl_text
from common.settings import FEED_ACCOUNTS


def test_backoff_grows_and_is_capped() -> None:
    delays = list(itertools.islice(Backoff(base_s=0.1, cap_s=2.0).delays(random.Random(1)), 12))
    assert all(0.05 <= d <= 2.0 for d in delays)
    assert max(delays[-4:]) > 1.0  # reached the cap region
    assert delays[0] <= 0.1


def test_discover_picks_edition_variants(tmp_path: Path) -> None:
    for name in ["0001_a.sql", "0002_r.apache.sql", "0002_r.timescale.sql", "0003_b.sql"]:
        (tmp_path / name).write_text("SELECT 1;")
    apache = [(m.version, m.variant) for m in discover("apache", tmp_path)]
    ts = [(m.version, m.variant) for m in discover("timescale", tmp_path)]
    assert apache == [(1, "common"), (2, "apache"), (3, "common")]
    assert ts == [(1, "common"), (2, "timescale"), (3, "common")]


@pytest.mark.parametrize("files", [
    ["0001_a.sql", "0001_b.sql"],
    ["0002_r.apache.sql"],
    ["0002_r.sql", "0002_r.apache.sql"],
    ["1_bad.sql"],
])
def test_discover_rejects_bad_sets(tmp_path: Path, files: list[str]) -> None:
    for name in files:
        (tmp_path / name).write_text("SELECT 1;")
    with pytest.raises(MigrationError):
        discover("apache", tmp_path)


def test_shipped_migrations_are_consistent() -> None:
    assert discover("apache")
    assert discover("timescale")


def test_each_migration_sits_in_its_owners_range() -> None:
    """docs/development.md: a migration's number range names the package whose tables it
    creates or changes (the ops center's second range is 0070-0079)."""
    owners = {"ops_": "ops_center", "web_": "web", "kpi_": "kpi", "alert_": "alerts", "ingest_": "ingest"}
    ranges = {"ops_center": {4, 7}, "web": {6}, "kpi": {5}, "alerts": {3}, "ingest": {1}}
    for mig in discover("apache"):
        for prefix, package in owners.items():
            if mig.name.startswith(prefix):
                assert mig.version // 10 in ranges[package], (mig.version, mig.name)


def test_renumbered_migrations_name_their_files() -> None:
    files = {m.version: m.name for m in discover("apache")}
    for r in RENUMBERED:
        assert files[r.version] == r.name
        assert r.was not in files  # the old number is free


def test_is_transient() -> None:
    class TransientError(Exception):
        sqlstate = "08006"

    class PermanentError(Exception):
        sqlstate = "23505"

    class ReadOnlyError(Exception):
        sqlstate = "25006"  # a standby after a failover refuses every write

    class RevokedError(Exception):
        sqlstate = "42501"  # a revoked privilege refuses every write

    assert is_transient(TransientError())
    assert is_transient(ReadOnlyError())
    assert is_transient(RevokedError())
    assert not is_transient(PermanentError())
    assert is_transient(ConnectionRefusedError())
    assert not is_transient(ValueError())


def test_acl_confines_each_account() -> None:
    text = acl_text(["ingest", "disaster", "agency-fire", "center"])
    blocks = {b.splitlines()[0]: b.splitlines()[1:] for b in text.split("\n\n") if b.startswith("user")}
    assert blocks["user disaster"] == ["topic write soc/v1/disaster/#"]
    # ingest also reads the broker's dropped-messages counter, and no other $SYS topic.
    assert blocks["user ingest"] == [*(f"topic read soc/v1/{d}/#" for d in FEED_ACCOUNTS),
                                     "topic read $SYS/broker/publish/messages/dropped"]
    # The center reads and writes the dispatch tree and nothing else.
    assert blocks["user center"] == ["topic readwrite soc/v1/dispatch/#"]
    # An agency reads its assignments and the replies to its refused reports, and writes only
    # status reports and acknowledgements.
    assert blocks["user agency-fire"] == ["topic read soc/v1/dispatch/fire/assignment/#",
                                          "topic read soc/v1/dispatch/fire/reply/#",
                                          "topic write soc/v1/dispatch/fire/status/#",
                                          "topic write soc/v1/dispatch/fire/ack/#"]
