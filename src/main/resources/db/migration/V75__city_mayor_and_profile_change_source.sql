-- The mayor joins the public profile: UIL's admission carries the mayor named in the
-- membership application onto it (issue 12, D1).
alter table city add column mayor_name varchar(160);
alter table city add column mayor_title varchar(200);

-- A change of the profile may come from somewhere other than its edit form: the reference of
-- the membership application whose answers an admission carried onto the profile.
alter table city_profile_change add column source_reference varchar(40);
