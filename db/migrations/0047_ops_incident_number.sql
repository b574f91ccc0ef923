-- 0047: a short number per incident (#1, #2, ...) that people say and type: the wall,
-- the console and the API all show it next to the place. The incident id stays the key.
-- Numbered by an AFTER INSERT trigger, so only rows that really get inserted take a
-- number: the ops service upserts incidents (INSERT ... ON CONFLICT DO UPDATE), and a
-- column default would draw a number on every upsert and leave the sequence full of gaps.
CREATE SEQUENCE ops_incident_number_seq;
ALTER TABLE ops_incidents ADD COLUMN number bigint UNIQUE;

UPDATE ops_incidents i SET number = n.num
FROM (SELECT incident_id, row_number() OVER (ORDER BY opened_at, incident_id) AS num
      FROM ops_incidents) n
WHERE n.incident_id = i.incident_id;
SELECT setval('ops_incident_number_seq', coalesce((SELECT max(number) FROM ops_incidents), 0) + 1, false);

CREATE FUNCTION ops_incident_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ops_incidents SET number = nextval('ops_incident_number_seq')
    WHERE incident_id = NEW.incident_id AND number IS NULL;
    RETURN NULL;
END $$;

CREATE TRIGGER ops_incident_number AFTER INSERT ON ops_incidents
    FOR EACH ROW EXECUTE FUNCTION ops_incident_number();
