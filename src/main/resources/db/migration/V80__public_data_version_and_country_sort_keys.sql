-- V80: what makes public pages fast and still right.
--
-- 1. The version of the data behind the public pages. Every instance of the portal keeps the
--    pages it rendered for visitors under this number, and gives it as their ETag: a change
--    committed by any module, any instance, a migration or a person at the psql prompt bumps it,
--    and so empties every instance's cache within a second (each asks at most once a second).
--    Nobody calls anything: triggers do it. They are deferred to the commit, so the new number
--    becomes visible together with the data, never before it, and the one row is locked only for
--    the instant of the commit (writers of unrelated tables never wait for each other on it).
--    A transaction bumps the version once however many rows it writes.
-- 2. Which tables feed public pages: all of them, unless listed in public_data_private_table with
--    the reason no public page reads them. The function gnlc_track_public_tables() puts the
--    triggers on every other table of the schema; it runs here and after every migration
--    (db/migration/afterMigrate.sql), so a table added by a later migration is tracked without
--    anyone remembering to. A table that is written often and never shown to visitors (drafts,
--    sessions, mails) belongs in public_data_private_table, added by the migration that creates
--    it; PublicDataTablesTests checks that no public page reads a table listed there.
-- 3. Countries sort by a stored, indexed key in each language (folded once when a name is written,
--    not 249 times twice in every statement that orders by country).

create table public_data_version (
  id          boolean      primary key default true check (id),
  version     bigint       not null,
  changed_at  timestamptz  not null
);
insert into public_data_version (version, changed_at) values (1, clock_timestamp());

create table public_data_private_table (
  table_name  text  primary key,
  reason      text  not null
);
insert into public_data_private_table (table_name, reason) values
  ('flyway_schema_history', 'the migrations'' own bookkeeping'),
  ('public_data_version', 'the version itself'),
  ('public_data_private_table', 'this list'),
  ('account', 'accounts: sign-ins write here; no public page shows an account'),
  ('account_token', 'single-use links'),
  ('recovery_code', 'two-step recovery codes'),
  ('login_throttle', 'sign-in throttling'),
  ('security_event', 'the security log'),
  ('spring_session', 'HTTP sessions'),
  ('spring_session_attributes', 'HTTP sessions'),
  ('event_publication', 'events between modules'),
  ('shedlock', 'scheduler locks'),
  ('outbox_mail', 'e-mail'),
  ('membership_call', 'membership workflow, seen by signed-in people only'),
  ('membership_challenge', 'membership workflow, seen by signed-in people only'),
  ('membership_application', 'membership workflow (an approval changes the city, which is public)'),
  ('membership_section', 'membership drafts'),
  ('membership_challenge_rating', 'membership drafts'),
  ('membership_document', 'membership documents'),
  ('membership_transition', 'membership workflow'),
  ('membership_comment', 'membership workflow'),
  ('award_criterion', 'Award workflow, seen by signed-in people only'),
  ('award_cycle_transition', 'Award workflow (publishing changes award_cycle, which is public)'),
  ('award_application', 'Award workflow until published'),
  ('award_answer', 'Award drafts'),
  ('award_section', 'Award drafts'),
  ('award_transition', 'Award workflow'),
  ('award_document', 'Award documents'),
  ('award_link', 'Award drafts'),
  ('award_review_assignment', 'Award review'),
  ('award_score', 'Award review'),
  ('award_juror', 'Award jury'),
  ('award_ballot', 'Award jury'),
  ('award_ballot_choice', 'Award jury'),
  ('conference_attachment_content', 'the bytes of attachments, downloaded, never part of a page');

-- Once per transaction, at its commit: the first change of a tracked table bumps the version.
create function public_data_changed() returns trigger
  language plpgsql
  as $$
begin
  if coalesce(current_setting('gnlc.public_data_changed', true), '') <> 'yes' then
    perform set_config('gnlc.public_data_changed', 'yes', true);
    update public_data_version set version = version + 1, changed_at = clock_timestamp();
  end if;
  return null;
end
$$;

-- Puts the triggers on every table of the schema that is not private; answers how many it added.
-- Safe to run again and from several instances starting at once.
create function gnlc_track_public_tables() returns integer
  language plpgsql
  as $$
declare
  candidate record;
  added integer := 0;
begin
  for candidate in
    select c.oid, c.relname
    from pg_class c
    where c.relnamespace = current_schema()::regnamespace
      and c.relkind in ('r', 'p')
      and not c.relispartition
      and c.relname not in (select table_name from public_data_private_table)
      and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'public_data_changed')
  loop
    begin
      execute format('create constraint trigger public_data_changed after insert or update or delete on %I '
                     'deferrable initially deferred for each row execute function public_data_changed()',
                     candidate.relname);
      execute format('create trigger public_data_truncated after truncate on %I '
                     'for each statement execute function public_data_changed()', candidate.relname);
      added := added + 1;
    exception when duplicate_object then
      -- another instance added them in the meantime
      null;
    end;
  end loop;
  return added;
end
$$;

-- Private again: a table listed after the fact loses its triggers.
create function gnlc_untrack_private_tables() returns integer
  language plpgsql
  as $$
declare
  candidate record;
  removed integer := 0;
begin
  for candidate in
    select c.relname
    from pg_class c join pg_trigger t on t.tgrelid = c.oid and t.tgname = 'public_data_changed'
    where c.relnamespace = current_schema()::regnamespace
      and c.relname in (select table_name from public_data_private_table)
  loop
    execute format('drop trigger if exists public_data_changed on %I', candidate.relname);
    execute format('drop trigger if exists public_data_truncated on %I', candidate.relname);
    removed := removed + 1;
  end loop;
  return removed;
end
$$;

select gnlc_track_public_tables();

-- Countries in the order of each language, folded as the city names are (see V20).
alter table country
  add column sort_en text collate "C" generated always as (lower(gnlc_unaccent(name_en))) stored,
  add column sort_fr text collate "C" generated always as (lower(gnlc_unaccent(name_fr))) stored,
  add column sort_es text collate "C" generated always as (lower(gnlc_unaccent(name_es))) stored;
create index country_sort_en_idx on country (sort_en, code);
create index country_sort_fr_idx on country (sort_fr, code);
create index country_sort_es_idx on country (sort_es, code);
-- Members by country then name: read country by country in order, each country's cities by name.
create index city_member_country_name_idx on city (country_code, name_key, id) where member;

analyze country;
analyze city;
