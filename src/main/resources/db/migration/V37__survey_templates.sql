-- Survey templates a platform admin loads (issue 14): a later fiscal year's IIT or EIT rehearsal,
-- or another standard questionnaire, kept as the YAML file it came in, checked when loaded. The
-- bundled templates live in the application (survey/templates/*.yml). Not a tenant's: every LAO
-- is offered them. A key, once loaded, never changes, since surveys made from it name it.
create table survey_template (
    template_key text primary key,
    family       text not null,
    year         integer not null check (year between 2500 and 2700),
    content      text not null,
    file_name    text not null,
    loaded_by    uuid not null references app_user (id),
    loaded_at    timestamptz not null
);
create index survey_template_loaded_by on survey_template (loaded_by);
