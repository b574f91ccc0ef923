-- A tick taken in pieces (the ops center's first poll after a long stop, each piece its own
-- transaction with the rows it changed): each piece is logged with the last deadline it
-- applied, in the correlator's seconds (float8: the exact value the correlator compares), so
-- a replay applies the same deadlines; NULL: a whole tick.
ALTER TABLE ops_feed_log ADD COLUMN through_s double precision;
