-- A photo attached to a complaint is served re-encoded, without its metadata (GPS position,
-- camera, author); the file as uploaded is kept apart as evidence and never served.
alter table complaint_attachment add column original bytea;
