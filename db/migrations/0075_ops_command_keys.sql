-- 0075: a coordinator command may carry the key its sender made for it (the console makes
-- one per click, the `Idempotency-Key` header, docs/web.md). A command sent again with the
-- same key, after its answer was lost, finds the first one and records nothing: the pair
-- (actor, key) is unique. Commands sent without a key (NULL) are never matched.
ALTER TABLE ops_commands ADD COLUMN idempotency_key text
    CHECK (idempotency_key IS NULL OR length(idempotency_key) BETWEEN 1 AND 200);
ALTER TABLE ops_commands ADD CONSTRAINT ops_commands_actor_key_unique UNIQUE (actor, idempotency_key);
