-- A child erased (children's ChildErased): participation lets go of the child's id on ideas and questions (the rows
-- stay, so the figures stay; see docs/participation.md, "A child erased"). So that an idea a child proposed still
-- counts as an idea by a child, and an idea or a question still counts in the municipality of the child's home, the row
-- keeps that it came from a child and the neighbourhood the child lived in (the erased child's anonymous record keeps
-- the same neighbourhood, docs/children.md "Erasure"): no id of the child.
alter table participation_idea add column erased_child boolean default false not null;
alter table participation_idea add column erased_neighbourhood_id uuid;
alter table participation_question add column erased_neighbourhood_id uuid;

drop view participation_idea_facts;
create view participation_idea_facts as
select i.id as idea_id, i.organisation_id, i.round_id, r.activity_id, i.child_id, i.created_at, i.status, i.record_key,
       case when i.child_id is not null or i.erased_child then 1 else 0 end as by_child,
       i.erased_neighbourhood_id
from participation_idea i
join participation_round r on r.id = i.round_id;

drop view participation_question_facts;
create view participation_question_facts as
select q.id as question_id, q.organisation_id, q.child_id, q.asked_at, q.answered_at, q.record_key,
       q.erased_neighbourhood_id
from participation_question q;
