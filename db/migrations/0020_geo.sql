-- 0020: geo layers (zones, roads) and provenance columns for the sensor registry.
-- Owned by the geo package (docs/geo.md); loaded by `soc geo load` in one transaction.
-- Storage is WGS84 (EPSG:4326); metric queries use ST_Transform(geom, 3826), so each
-- table has a GiST index on that exact expression as well as on geom (0001 does the
-- same for sensors). Point-in-zone queries use geom directly (covers semantics).

CREATE TABLE zones (
    zone_id         text PRIMARY KEY,
    name            text NOT NULL,
    name_en         text NOT NULL DEFAULT '',
    level           text NOT NULL CHECK (level IN ('zone', 'sub_area', 'district')),
    parent          text REFERENCES zones (zone_id) DEFERRABLE INITIALLY DEFERRED,
    precision       text NOT NULL DEFAULT '',        -- how the outline was derived (GUESS ...)
    geocode         text,                            -- Taiwan_Geocode_103 for districts
    area_ha_stated  double precision,                -- sourced area, when there is one
    geom            geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    loaded_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX zones_geom_gist ON zones USING gist (geom);
CREATE INDEX zones_geom_3826_gist ON zones USING gist (ST_Transform(geom, 3826));
CREATE INDEX zones_level_idx ON zones (level, zone_id);

CREATE TABLE roads (
    road_id     text PRIMARY KEY,
    name        text NOT NULL,
    name_en     text NOT NULL DEFAULT '',
    precision   text NOT NULL DEFAULT '',
    geom        geometry(MultiLineString, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    loaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX roads_geom_gist ON roads USING gist (geom);
CREATE INDEX roads_geom_3826_gist ON roads USING gist (ST_Transform(geom, 3826));

-- Registry provenance (contract 1 carries name_en and a precision note per sensor)
-- and the district, next to 0001's zone / sub_area.
ALTER TABLE sensors
    ADD COLUMN name_en   text NOT NULL DEFAULT '',
    ADD COLUMN precision text NOT NULL DEFAULT '',
    ADD COLUMN district  text;
CREATE INDEX sensors_zone_idx ON sensors (zone, sub_area);
