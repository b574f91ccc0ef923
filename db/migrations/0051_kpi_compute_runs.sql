-- 0051: KPI computations, one row per run (on a schedule, on demand from the
-- planner page, or from the CLI), so the page can say when the figures were
-- last computed and by whom. Owned by the KPI package (docs/kpi.md).
CREATE TABLE kpi_compute_runs (
    run_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trigger      text NOT NULL CHECK (trigger IN ('schedule', 'manual', 'cli')),
    actor        text NOT NULL,
    plan_year    integer NOT NULL,
    month        text NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz NOT NULL CHECK (finished_at >= started_at),
    outcomes     jsonb NOT NULL              -- count per compute status
);
CREATE INDEX kpi_compute_runs_finished_idx ON kpi_compute_runs (finished_at DESC);
