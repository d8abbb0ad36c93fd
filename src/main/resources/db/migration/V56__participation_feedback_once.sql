-- A child gives feedback on a session once, on the kiosk and after their own login together (issue 17): the check in
-- ChildVoice could be beaten by taps arriving at the same moment, so the database decides. Rows a worker recorded on
-- paper have no giver_child_id and are not limited. Feedback a child gave more than once before this rule counted
-- more than once in the satisfaction figure; only the earliest of each child and session is kept.
delete from participation_feedback f
where f.giver_child_id is not null
  and exists (select 1 from participation_feedback o
              where o.session_id = f.session_id and o.giver_child_id = f.giver_child_id
                and (o.recorded_at < f.recorded_at or (o.recorded_at = f.recorded_at and o.id < f.id)));
create unique index participation_feedback_once on participation_feedback (session_id, giver_child_id);
