-- Cities are found by their Arabic names too (issue 17): a city may have an Arabic name, and the
-- directory's search looks in both. Arabic is folded as Latin is (V20): short vowels and other
-- diacritics (tashkeel), the tatweel and the hamza seats do not matter, nor the ta marbuta or the
-- alef maqsura, so عمان finds عمّان and الجيزه finds الجيزة.
create function gnlc_arabic_fold(text) returns text
  language sql immutable strict parallel safe
  as $$ select translate(regexp_replace($1, '[\u064B-\u065F\u0670\u0640]', '', 'g'), 'أإآٱىةؤئ', 'اااايهوي') $$;

alter table city
  add column name_ar varchar(160),
  add column name_ar_key text collate "C" generated always as (gnlc_arabic_fold(name_ar)) stored,
  -- Every name a search may match, folded: the Latin name, then the Arabic one.
  add column names_key text collate "C"
    generated always as (lower(gnlc_unaccent(name)) || coalesce(' ' || gnlc_arabic_fold(name_ar), '')) stored;

create index city_names_search_idx on city using gin (names_key gin_trgm_ops);
create index city_member_name_ar_idx on city (name_ar_key, id) where member and name_ar_key is not null;

-- The Arabic names of the Arab States' cities the portal knows from the Award (V4, V21), as the
-- cities write them.
update city c set name_ar = v.name_ar
from (values
  ('amman', 'عمّان'),
  ('giza', 'الجيزة'),
  ('tunis', 'تونس'),
  ('aswan', 'أسوان'),
  ('al-wakra', 'الوكرة'),
  ('damietta', 'دمياط'),
  ('jubail-industrial-city', 'مدينة الجبيل الصناعية'),
  ('benguerir', 'ابن جرير'),
  ('doha', 'الدوحة'),
  ('yanbu-industrial-city', 'مدينة ينبع الصناعية')
) as v(slug, name_ar)
where c.slug = v.slug;

