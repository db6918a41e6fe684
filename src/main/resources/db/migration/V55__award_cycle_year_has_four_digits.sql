-- V55: a cycle's year is any four-digit year from 2015, the year of the first Award. The upper
-- bound of 2100 (V21) served no rule of the Award and left too few years for the test fixtures,
-- which take years from 3000 on so that they never meet a real or a sampled cycle.
alter table award_cycle drop constraint award_cycle_year_check;
alter table award_cycle add constraint award_cycle_year_check check (year between 2015 and 9999);
