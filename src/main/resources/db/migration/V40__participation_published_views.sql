-- Issue 17: what participation publishes of its tables for reporting (ParticipationFigures in reporting reads these
-- views, never the tables). Each view reads this module's own tables only, and participation's package-info.java
-- names it as its published interface. Ids, moments, codes, scores and record keys: NEVER an idea's text, a question,
-- an answer, a reason or what a child wrote after a session.

-- Every record reporting counts as a person carries a random record key in [0, 2^20) for the cell key method, as
-- V16__reporting_cell_keys.sql gave the other modules' records (docs/reporting.md): the default gives one to every
-- row, old or new, without the participation code having to know.
alter table participation_idea add column record_key integer default cast(floor(random() * 1048576) as integer) not null;
alter table participation_ballot add column record_key integer default cast(floor(random() * 1048576) as integer) not null;
alter table participation_question add column record_key integer default cast(floor(random() * 1048576) as integer) not null;
alter table participation_feedback add column record_key integer default cast(floor(random() * 1048576) as integer) not null;

-- An idea: when it was proposed, the activity of its round (none for a round about no activity), by a child (an id) or
-- by a worker on behalf of a group (no child), where it stands now, and its record key.
create view participation_idea_facts as
select i.id as idea_id, i.organisation_id, i.round_id, r.activity_id, i.child_id, i.created_at, i.status, i.record_key
from participation_idea i
join participation_round r on r.id = i.round_id;

-- A ballot: when it was cast, by which child (an id), in a round about which activity, and its record key.
create view participation_ballot_facts as
select b.id as ballot_id, b.organisation_id, b.round_id, r.activity_id, b.child_id, b.cast_at, b.record_key
from participation_ballot b
join participation_round r on r.id = b.round_id;

-- A child's question: when it was asked and answered, by which child (an id; none when asked anonymously), and its
-- record key. Neither the question nor the answer.
create view participation_question_facts as
select q.id as question_id, q.organisation_id, q.child_id, q.asked_at, q.answered_at, q.record_key
from participation_question q;

-- Feedback after a session: the session, the activity, the score (1 to 5), when it was recorded, and its record key.
-- Neither what was fun nor what could be better, and not the child.
create view participation_feedback_facts as
select f.id as feedback_id, f.organisation_id, f.session_id, f.activity_id, f.score, f.recorded_at, f.record_key
from participation_feedback f;
