-- The friction on anonymous filing and case look-ups, shared by every application instance.
--
-- A proof-of-work challenge is good for one form only: once spent, its keyed hash stays here until
-- the challenge expires anyway, so a second submission with it is refused wherever it arrives.
create table complaint_challenge_spent (
    challenge  bytea primary key,
    expires_at timestamptz not null
);
create index complaint_challenge_spent_expiry on complaint_challenge_spent (expires_at);

-- Wrong guesses at a case number and secret, counted per typed number whether or not such a case
-- exists, so that a number that does not exist slows down and locks exactly like one that does.
-- The number is kept only as a keyed hash; a row goes when its lock has passed and nobody guessed
-- for a day.
create table complaint_guess (
    tenant_id    uuid not null references organisation (id),
    number_key   bytea not null,
    failures     integer not null,
    locked_until timestamptz,
    last_at      timestamptz not null,
    primary key (tenant_id, number_key)
);
create index complaint_guess_last on complaint_guess (last_at);
