-- A member city whose progress report is missing or not accepted after the grace period may be
-- suspended by UIL (and later reinstated); each step is recorded in the city's history.
alter table city add column suspended_on date;
alter table city add column suspension_reason text;
