-- The hazmat incident type (common/vocabulary.py IncidentType.HAZMAT).
ALTER TABLE ops_incidents DROP CONSTRAINT ops_incidents_type_check;
ALTER TABLE ops_incidents ADD CONSTRAINT ops_incidents_type_check
    CHECK (type IN ('flood', 'fire', 'traffic', 'crowd', 'public_safety', 'rescue', 'infrastructure', 'hazmat'));
