-- Invitations made by an import (issue 15) wait until UIL chooses to send them: the account is
-- invited, its mail is held, and the batch names the import that made it.
alter table account
  add column invitation_held   boolean     not null default false,
  add column invitation_batch  varchar(40);
create index account_invitation_batch_idx on account (invitation_batch) where invitation_batch is not null;
