-- The district's name in English, for the English pages (optional).
alter table organisation add column district_en text check (district_en is null or length(district_en) between 2 and 100);
