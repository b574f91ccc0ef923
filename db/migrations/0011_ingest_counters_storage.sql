-- 0011: storage parameters for ingest_counters (owned by ingest, docs/mqtt.md).
-- Every batch updates the counter rows of its sources. With the default
-- fillfactor 100 each update needed a new page and a new index entry, and dead
-- versions piled up faster than autovacuum came round: in bench/ingest.py's
-- store loop the PostgreSQL CPU per message grew from 15 to 45 µs over 300,000
-- messages (1,000 sources). Leaving room on each page keeps the updates HOT (no
-- indexed column changes) so they are pruned in place; vacuuming after a fixed
-- number of dead rows keeps the table small. Measured with fillfactor 20: 11 to
-- 17 µs per message, flat. A long-open snapshot anywhere in the cluster still
-- keeps dead versions alive, so sessions must not idle in transaction.
ALTER TABLE ingest_counters SET (
    fillfactor = 20,
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000,
    autovacuum_vacuum_cost_delay = 0
);
