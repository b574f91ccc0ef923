"""The read-model helpers of common.db against the real database: rows become frozen models by column name."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import psycopg
import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from common.db import fetch_all, fetch_one

pytestmark = pytest.mark.integration


@dataclass(frozen=True, slots=True)
class Pair:
    n: int
    label: str


class Named(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str
    n: int


SQL_PAIRS = "SELECT n, 'p' || n AS label FROM generate_series(1, %(upto)s) AS n ORDER BY n"


def test_fetch_all_builds_each_row_by_column_name(db_conn: psycopg.Connection) -> None:
    rows = fetch_all(db_conn, Pair, SQL_PAIRS, {"upto": 3})
    assert rows == [Pair(1, "p1"), Pair(2, "p2"), Pair(3, "p3")]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rows[0].n = 9  # type: ignore[misc]
    # a pydantic model whose fields are declared in another order than the columns
    assert fetch_all(db_conn, Named, "SELECT 'x' AS label, %s::int AS n", (5,)) == [Named(label="x", n=5)]


def test_fetch_all_and_fetch_one_on_no_rows(db_conn: psycopg.Connection) -> None:
    assert fetch_all(db_conn, Pair, SQL_PAIRS, {"upto": 0}) == []
    assert fetch_one(db_conn, Pair, SQL_PAIRS, {"upto": 0}) is None


def test_fetch_one_takes_the_first_row(db_conn: psycopg.Connection) -> None:
    assert fetch_one(db_conn, Pair, SQL_PAIRS, {"upto": 5}) == Pair(1, "p1")


def test_a_column_the_model_does_not_accept_fails_loudly(db_conn: psycopg.Connection) -> None:
    with pytest.raises(ValidationError):
        fetch_one(db_conn, Named, "SELECT 'x' AS label, 'not a number' AS n")
    db_conn.rollback()
    with pytest.raises(TypeError):
        fetch_one(db_conn, Pair, "SELECT 1 AS n, 'a' AS label, 2 AS extra")


def test_fetch_all_validates_every_row_of_a_pydantic_model(db_conn: psycopg.Connection) -> None:
    assert fetch_all(db_conn, Named, "SELECT 'x' AS label, n FROM generate_series(1, 0) AS n") == []
    assert fetch_all(db_conn, Named, "SELECT 'x' AS label, 1 AS n, 2 AS extra") == [Named(label="x", n=1)]
    with pytest.raises(ValidationError):
        fetch_all(db_conn, Named, "SELECT 'x' AS label, v AS n FROM (VALUES ('1'), ('not a number')) AS t(v)")
