"""Benchmark: spatial queries with 10,000 registered sensors, PostGIS and in-memory.

Run (against the test instance's server; a throw-away database is created and dropped)::

    SOC_DB__PORT=15433 .venv/bin/python -m bench.geo [--sensors 10000] [--queries 3000]

Measures per-call latency (p50 / p99 / max, microseconds) of three questions —
sensors within 500 m, zone of a point, 5 nearest sensors of a kind — through

- the project's repository (:mod:`geo.repo`, psycopg 3 with typed rows; statements
  are auto-prepared by psycopg after 5 executions);
- a bare baseline: the minimal SQL for the same answer, ``prepare=True``, tuple rows;
- the project's in-memory index (:class:`geo.index.SpatialIndex`: projection, STRtree,
  distances, sorting, typed results);
- a bare baseline: one ``STRtree.query(..., predicate="dwithin")`` on a pre-projected point
  (``prepared`` point-in-polygon loop and ``query_nearest`` for the other two).

Ours and the baseline alternate in rounds on the same random points, so drift on a
shared machine hits both alike. Ratios are ours / baseline.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import psycopg
import shapely

from bench.scratch import throwaway_database
from common.db import connect
from common.settings import load_settings
from common.vocabulary import Domain
from geo import repo
from geo.crs import to_twd97
from geo.index import SpatialIndex
from geo.loaders import GeoDataset, load_dataset
from geo.models import Sensor, SensorKind
from geo.service import store

KIND_AGENCY = {
    SensorKind.RAIN: Domain.DISASTER, SensorKind.WATER_LEVEL: Domain.DISASTER,
    SensorKind.FLOOD: Domain.DISASTER, SensorKind.FIRE_ALARM: Domain.DISASTER,
    SensorKind.VD: Domain.TRAFFIC, SensorKind.PARKING: Domain.TRAFFIC,
    SensorKind.SIGNAL: Domain.TRAFFIC, SensorKind.CCTV: Domain.POLICE,
}

BASE_RADIUS = """SELECT sensor_id FROM sensors WHERE ST_DWithin(ST_Transform(geom, 3826),
 ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 4326), 3826), %s)"""
BASE_ZONE = "SELECT zone_id FROM zones WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(%s, %s), 4326))"
BASE_NEAREST = """SELECT sensor_id FROM sensors WHERE kind = %s ORDER BY ST_Transform(geom, 3826)
 <-> ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 4326), 3826) LIMIT 5"""


@dataclass(frozen=True, slots=True)
class Stats:
    p50_us: float
    p99_us: float
    max_us: float
    n: int

    @staticmethod
    def of(samples_ns: list[int]) -> Stats:
        s = sorted(samples_ns)
        def q(p: float) -> float:
            return s[min(len(s) - 1, int(p * (len(s) - 1) + 0.5))] / 1000.0
        return Stats(q(0.5), q(0.99), s[-1] / 1000.0, len(s))


def random_points(area: Any, n: int, rng: random.Random) -> list[tuple[float, float]]:
    """Uniform random WGS84 points inside ``area`` (rejection sampling in its bounds)."""
    minx, miny, maxx, maxy = area.bounds
    shapely.prepare(area)
    out: list[tuple[float, float]] = []
    while len(out) < n:
        lon, lat = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if shapely.contains_xy(area, lon, lat):
            out.append((lon, lat))
    return out


def build_dataset(n_sensors: int, rng: random.Random) -> GeoDataset:
    shipped = load_dataset()
    kinds = list(SensorKind)
    extra = []
    for i, (lon, lat) in enumerate(random_points(shipped.zones.study_area(),
                                                 n_sensors - len(shipped.sensors), rng)):
        kind = kinds[i % len(kinds)]
        hit = shipped.zones.locate(lon, lat)
        extra.append(Sensor(f"BENCH-{i:05d}", KIND_AGENCY[kind], kind, f"bench {i}", f"bench {i}",
                            lon, lat, 60, {}, "SYNTHETIC benchmark sensor", hit.zone, hit.sub_area))
    return GeoDataset(shipped.zones, shipped.roads, (*shipped.sensors, *extra))


def measure(fn: Callable[[float, float], object], points: list[tuple[float, float]]) -> list[int]:
    out = []
    for lon, lat in points:
        t0 = time.perf_counter_ns()
        fn(lon, lat)
        out.append(time.perf_counter_ns() - t0)
    return out


def compare(name: str, ours: Callable[[float, float], object],
            base: Callable[[float, float], object], points: list[tuple[float, float]],
            rounds: int = 4) -> tuple[str, Stats, Stats]:
    warm = points[:200]
    measure(ours, warm)
    measure(base, warm)
    o: list[int] = []
    b: list[int] = []
    chunk = max(1, len(points) // rounds)
    for r in range(rounds):
        part = points[r * chunk:(r + 1) * chunk]
        b += measure(base, part)
        o += measure(ours, part)
    return name, Stats.of(o), Stats.of(b)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sensors", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=3_000)
    ap.add_argument("--env-file", default=".env")
    ap.add_argument("--seed", type=int, default=20160602)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    settings = load_settings(args.env_file)

    t0 = time.perf_counter()
    ds = build_dataset(args.sensors, rng)
    t_build = time.perf_counter() - t0
    with throwaway_database(settings, "bench_geo") as dbname:
        with connect(settings, dbname=dbname) as conn:
            t0 = time.perf_counter()
            store(conn, ds, prune=False, digest="bench")
            t_load = time.perf_counter() - t0
        with connect(settings, dbname=dbname, autocommit=True) as conn:
            conn.execute("ANALYZE sensors")
            conn.execute("ANALYZE zones")
            results = run_queries(conn, ds, args.queries, rng)
            n_radius = statistics.mean(
                len(repo.within_radius(conn, lon, lat, 500.0))
                for lon, lat in random_points(ds.zones.study_area(), 200, rng)
            )
        t0 = time.perf_counter()
        SpatialIndex(ds.sensors, ds.zones, ds.roads)
        t_index = time.perf_counter() - t0

    print(f"# bench.geo: {len(ds.sensors)} sensors over the study area "
          f"({len(ds.zones)} zones, {len(ds.roads)} roads), {args.queries} queries per case, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"# dataset build {t_build:.2f} s, load (validate-free store, COPY) {t_load:.2f} s, "
          f"index build {t_index * 1000:.0f} ms; mean sensors within 500 m: {n_radius:.1f}")
    print(f"{'case':<34}{'ours p50':>10}{'ours p99':>10}{'ours max':>10}"
          f"{'base p50':>10}{'base p99':>10}{'p99 ratio':>10}")
    for name, o, b in results:
        print(f"{name:<34}{o.p50_us:>10.1f}{o.p99_us:>10.1f}{o.max_us:>10.0f}"
              f"{b.p50_us:>10.1f}{b.p99_us:>10.1f}{o.p99_us / b.p99_us:>10.2f}")
    print("# times in microseconds")
    return 0


def run_queries(conn: psycopg.Connection[Any], ds: GeoDataset, n: int,
                rng: random.Random) -> list[tuple[str, Stats, Stats]]:
    pts = random_points(ds.zones.study_area(), n, rng)
    kinds = [rng.choice(list(SensorKind)) for _ in range(n)]
    kind_at = dict(zip(pts, kinds, strict=True))
    cur = conn.cursor()

    def base_radius(lon: float, lat: float) -> object:
        return cur.execute(BASE_RADIUS, (lon, lat, 500.0), prepare=True).fetchall()

    def base_zone(lon: float, lat: float) -> object:
        return cur.execute(BASE_ZONE, (lon, lat), prepare=True).fetchall()

    def base_nearest(lon: float, lat: float) -> object:
        return cur.execute(BASE_NEAREST, (kind_at[(lon, lat)].value, lon, lat),
                           prepare=True).fetchall()

    results = [
        compare("postgis radius 500 m", lambda lon, lat: repo.within_radius(conn, lon, lat, 500.0),
                base_radius, pts),
        compare("postgis point-in-zone", lambda lon, lat: repo.locate(conn, lon, lat),
                base_zone, pts),
        compare("postgis 5 nearest of kind",
                lambda lon, lat: repo.nearest(conn, lon, lat, kind_at[(lon, lat)], 5),
                base_nearest, pts),
    ]

    idx = SpatialIndex(ds.sensors, ds.zones, ds.roads)
    xy = np.array([to_twd97(s.lon, s.lat) for s in ds.sensors])
    tree = shapely.STRtree(shapely.points(xy[:, 0], xy[:, 1]))
    kind_trees = {}
    for k in SensorKind:
        sel = np.array([s.kind is k for s in ds.sensors])
        kind_trees[k] = shapely.STRtree(shapely.points(xy[sel, 0], xy[sel, 1]))
    zone_geoms = [z.geometry for z in ds.zones]
    for g in zone_geoms:
        shapely.prepare(g)
    # Baselines get the projected point for free (as the 53 µs reference loop did).
    proj = {p: shapely.Point(*to_twd97(*p)) for p in pts}

    def tree_radius(lon: float, lat: float) -> object:
        return tree.query(proj[(lon, lat)], predicate="dwithin", distance=500.0)

    def tree_zone(lon: float, lat: float) -> object:
        return [i for i, g in enumerate(zone_geoms) if shapely.intersects_xy(g, lon, lat)]

    def tree_nearest(lon: float, lat: float) -> object:
        return kind_trees[kind_at[(lon, lat)]].query_nearest(proj[(lon, lat)])

    results += [
        compare("index radius 500 m", lambda lon, lat: idx.within_radius(lon, lat, 500.0),
                tree_radius, pts),
        compare("index point-in-zone", idx.locate, tree_zone, pts),
        compare("index 5 nearest of kind",
                lambda lon, lat: idx.nearest(lon, lat, kind_at[(lon, lat)], 5),
                tree_nearest, pts),
    ]
    return results


if __name__ == "__main__":
    sys.exit(main())
