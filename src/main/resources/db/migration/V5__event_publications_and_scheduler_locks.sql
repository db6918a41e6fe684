-- Events between modules are kept here until every listener has handled them (Spring Modulith's
-- event publication registry, DDL of spring-modulith-events-jdbc 2.0, schema v2 for PostgreSQL).
-- This is the transactional outbox: an event is stored in the transaction that caused it.
create table event_publication (
  id                      uuid                     not null,
  listener_id             text                     not null,
  event_type              text                     not null,
  serialized_event        text                     not null,
  publication_date        timestamp with time zone not null,
  completion_date         timestamp with time zone,
  status                  text,
  completion_attempts     int,
  last_resubmission_date  timestamp with time zone,
  primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Scheduled jobs run on one instance at a time (ShedLock's JDBC lock table).
create table shedlock (
  name        varchar(64)  not null primary key,
  lock_until  timestamp    not null,
  locked_at   timestamp    not null,
  locked_by   varchar(255) not null
);
