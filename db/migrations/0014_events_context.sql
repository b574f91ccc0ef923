-- What agency reports carry beyond a point and a time (docs/mqtt.md, "Event feeds"):
-- a planned event's end and area, and the reports a report follows up.
--   ends_at   end of a planned event (its start is `time`)
--   area      a planned event's polygon (WGS84); `geom` is then its centroid
--   radius_m  a planned event's circle around `geom`
--   follows   source ids of reports of the same feed this row follows up
--             (a police report's `follows`; a 1999 case's, a 119 dispatch's or a
--             permit's own id on its updates)
ALTER TABLE events
    ADD COLUMN ends_at  timestamptz,
    ADD COLUMN area     geometry(Polygon, 4326),
    ADD COLUMN radius_m double precision,
    ADD COLUMN follows  text[];
