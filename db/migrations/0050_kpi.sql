-- 0050: KPIs. The versioned definitions (ops_center/kpi/data/definitions.yaml as
-- registered), observations with provenance, and an audit entry in audit_log
-- (0001) for every change. Owned by the KPI package (docs/kpi.md).

-- One row per registered version of the definitions file; a version is
-- immutable (same version with other content is refused by the service).
CREATE TABLE kpi_definition_versions (
    version        text PRIMARY KEY,
    sha256         text NOT NULL,
    source         text NOT NULL DEFAULT '',
    content        jsonb NOT NULL,                 -- goals and indicators as loaded
    registered_at  timestamptz NOT NULL DEFAULT now(),
    registered_by  text NOT NULL
);

-- The indicators of each version, so that an observation can only name an
-- indicator of the version it was made under.
CREATE TABLE kpi_indicators (
    version        text NOT NULL REFERENCES kpi_definition_versions (version),
    indicator_id   text NOT NULL,
    goal_id        text,                           -- NULL for the center's operational KPIs
    name_zh        text NOT NULL,
    name_en        text NOT NULL,
    kind           text NOT NULL,
    unit           text NOT NULL,
    frequency      text NOT NULL CHECK (frequency IN ('annual', 'quarterly', 'monthly')),
    PRIMARY KEY (version, indicator_id)
);

-- Observations: one value per (indicator, period, as_of). Computed ones keep the
-- inputs they were computed from; entered ones a source note and who entered them.
CREATE TABLE kpi_observations (
    observation_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id         text NOT NULL,
    definitions_version  text NOT NULL,
    period               text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    as_of                date NOT NULL,
    value                double precision NOT NULL CHECK (value >= 0 AND value <> 'NaN'::float8
                                                          AND value <> 'Infinity'::float8),
    unit                 text NOT NULL,
    provenance           text NOT NULL CHECK (provenance IN ('computed', 'entered')),
    inputs               jsonb,
    source_note          text NOT NULL DEFAULT '',
    entered_by           text,
    numerator            double precision,
    denominator          double precision,
    recorded_at          timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT kpi_observations_key UNIQUE (indicator_id, period, as_of),
    CONSTRAINT kpi_observations_indicator_fk FOREIGN KEY (definitions_version, indicator_id)
        REFERENCES kpi_indicators (version, indicator_id),
    CONSTRAINT kpi_observations_provenance_ck CHECK (
        (provenance = 'computed' AND inputs IS NOT NULL)
        OR (provenance = 'entered' AND source_note <> '' AND coalesce(entered_by, '') <> '')
    ),
    CONSTRAINT kpi_observations_ratio_ck CHECK (
        (numerator IS NULL) = (denominator IS NULL)
        AND (denominator IS NULL OR (denominator > 0 AND numerator >= 0 AND numerator <= denominator))
    )
);
CREATE INDEX kpi_observations_period_idx ON kpi_observations (period, indicator_id);

-- Audit: every insert, update and delete of an observation or a definitions
-- version writes one audit_log row, whoever made the change (the service, or a
-- person with psql). The actor and reason come from the transaction-local
-- settings soc.actor / soc.reason that the KPI repository sets; without them the
-- database user is recorded.
CREATE FUNCTION kpi_audit() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_actor  text := coalesce(nullif(current_setting('soc.actor', true), ''), session_user);
    v_reason text := coalesce(current_setting('soc.reason', true), '');
    v_subject_type text;
    v_subject_id text;
    v_action text;
    v_detail jsonb;
BEGIN
    IF TG_TABLE_NAME = 'kpi_observations' THEN
        v_subject_type := 'kpi_observation';
        v_subject_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.observation_id ELSE NEW.observation_id END::text;
    ELSE
        v_subject_type := 'kpi_definitions';
        v_subject_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.version ELSE NEW.version END;
    END IF;
    v_action := v_subject_type || '.' || lower(TG_OP);
    v_detail := CASE TG_OP
        WHEN 'INSERT' THEN jsonb_build_object('after', to_jsonb(NEW))
        WHEN 'UPDATE' THEN jsonb_build_object('before', to_jsonb(OLD), 'after', to_jsonb(NEW))
        ELSE jsonb_build_object('before', to_jsonb(OLD))
    END;
    IF TG_TABLE_NAME = 'kpi_definition_versions' THEN
        v_detail := v_detail #- '{after,content}' #- '{before,content}';  -- keep the log small
    END IF;
    INSERT INTO audit_log (actor, action, subject_type, subject_id, reason, detail)
    VALUES (v_actor, v_action, v_subject_type, v_subject_id, v_reason, v_detail);
    RETURN NULL;  -- AFTER trigger: the return value is ignored
END;
$$;

CREATE TRIGGER kpi_observations_audit
    AFTER INSERT OR UPDATE OR DELETE ON kpi_observations
    FOR EACH ROW EXECUTE FUNCTION kpi_audit();
CREATE TRIGGER kpi_definition_versions_audit
    AFTER INSERT OR UPDATE OR DELETE ON kpi_definition_versions
    FOR EACH ROW EXECUTE FUNCTION kpi_audit();
