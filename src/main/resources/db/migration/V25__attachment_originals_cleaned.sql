-- The original of a photo attached to a complaint (kept as evidence, never served) is kept without what
-- says who took it, with what and where: author, camera make, model and serial number, GPS position, XMP,
-- comments. Originals kept before were stored as sent; the application cleans them at start-up
-- (complaint.OriginalsBackfill: those of corruption reports are under the content key, which the database
-- does not hold) and marks each row it has cleaned.
alter table complaint_attachment add column original_cleaned boolean not null default false;
update complaint_attachment set original_cleaned = true where original is null;
