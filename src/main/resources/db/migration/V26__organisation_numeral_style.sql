-- How a tenant writes numbers on its pages and documents: Thai digits (๐–๙, the default) or Arabic (0–9).
alter table organisation
    add column numeral_style text not null default 'THAI' check (numeral_style in ('THAI', 'ARABIC'));
