-- Rate limits on what anyone may do without an account (filing a complaint, looking a case up),
-- kept in PostgreSQL so that they hold across several application instances. The client is known
-- only by a keyed hash of its address (HMAC-SHA-256 with a key that is not in the database); the
-- address itself is never stored, and rows go once their window has passed.
create table rate_limit (
    bucket       text not null,
    client       bytea not null,
    window_start timestamptz not null,
    hits         integer not null,
    primary key (bucket, client, window_start)
);
create index rate_limit_window on rate_limit (window_start);
