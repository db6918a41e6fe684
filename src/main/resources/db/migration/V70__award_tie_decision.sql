-- UIL's explicit decision of a tie in the jury's tally at the last Award (which cities were tied,
-- on how many votes, and what UIL decided); also a step on the cycle's timeline.
alter table award_cycle add column tie_decision text;
