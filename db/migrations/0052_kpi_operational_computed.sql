-- 0052: the center's operational KPIs (the indicators without a goal) are computed
-- from its own records and never entered: a typed figure would stand on the planner
-- page as the center's measurement and keep its recomputation out (docs/kpi.md,
-- "Operational KPIs"). Owned by the KPI package.

-- Entered figures of operational KPIs stored so far go, each with an audit_log row
-- holding its content (the 0050 trigger), so none is lost from the record.
SELECT set_config('soc.actor', 'migration 0052', true),
       set_config('soc.reason', 'operational KPIs are computed by the center, not entered', true);
DELETE FROM kpi_observations o
 USING kpi_indicators i
 WHERE i.version = o.definitions_version
   AND i.indicator_id = o.indicator_id
   AND i.goal_id IS NULL
   AND o.provenance = 'entered';
SELECT set_config('soc.actor', '', true), set_config('soc.reason', '', true);

-- And none is stored again, whoever writes (the service refuses one with a message
-- first; this holds for psql too).
CREATE FUNCTION kpi_operational_computed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.provenance = 'entered' AND EXISTS (
        SELECT 1 FROM kpi_indicators i
         WHERE i.version = NEW.definitions_version
           AND i.indicator_id = NEW.indicator_id
           AND i.goal_id IS NULL
    ) THEN
        RAISE EXCEPTION 'operational KPI % is computed by the center, not entered', NEW.indicator_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER kpi_observations_operational_computed
    BEFORE INSERT OR UPDATE ON kpi_observations
    FOR EACH ROW EXECUTE FUNCTION kpi_operational_computed();
