-- Tokens revoked one by one (logout). A token names its id in the `jti` claim;
-- a row here refuses it until it would have expired anyway, after which the row
-- is useless and is deleted by the next logout. Revoking every token of a user at
-- once is bumping web_users.token_version.

CREATE TABLE web_revoked_tokens (
    token_id    text PRIMARY KEY CHECK (length(token_id) BETWEEN 1 AND 64),
    user_name   text NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX web_revoked_tokens_expires_idx ON web_revoked_tokens (expires_at);
