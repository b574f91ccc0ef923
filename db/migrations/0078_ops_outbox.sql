-- 0078: the ops center's messages to the agencies, stored in the transaction whose change they
-- tell and deleted once published (docs/ops_center.md, "Messages survive a crash"): a process
-- that dies between the commit and the broker publishes them at its restart, in order.
-- body: an assignment's JSON, its incident's short number filled in when it is published;
-- raw: any other payload (a reply, the empty payload clearing a retained message).
CREATE TABLE ops_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic text NOT NULL,
    body text,
    raw bytea,
    retain boolean NOT NULL,
    CHECK ((body IS NULL) <> (raw IS NULL))
);
