-- The indicator values' epoch: advanced after each commit that rewrote indicator values, so that the
-- oversight caches recompute a place only when some value changed (a sequence: no row lock between
-- the rebuild's batches, and readers see it without a query on indicator_value).
create sequence indicator_epoch;
