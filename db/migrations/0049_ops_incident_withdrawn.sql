-- 0049: an incident whose only alarm its own device took back (a panel alarm followed by
-- its `normal`, a controller's fault by its `restored`: the correlator's left-out reason
-- `taken_back_by_device`) is withdrawn: quiet like any other, but not a live job. The wall
-- and the console show it as withdrawn and the API's open list ranks it after the live ones
-- (docs/ops_center.md, docs/web.md).
ALTER TABLE ops_incidents ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
