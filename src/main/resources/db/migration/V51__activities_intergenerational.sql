-- Issue 19 (task 9): an activity can be marked intergenerational (young and old together), and the mark is published
-- for reporting, which counts such activities, their sessions and participants. A view of its own, so that
-- activities_activity_facts (read by reporting's declared views) stays as it is.
alter table activity add column intergenerational boolean default false not null;

-- The activities marked intergenerational: ids only.
create view activities_intergenerational_facts as
select a.id as activity_id, a.organisation_id
from activity a
where a.intergenerational = true;
