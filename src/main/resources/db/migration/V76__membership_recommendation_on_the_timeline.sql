-- The expert group's recommendation is a step on the application's timeline (issue 12): it does
-- not change the state (from and to are both ENDORSED) and says which recommendation was recorded.
alter table membership_transition add column recommendation varchar(20);
