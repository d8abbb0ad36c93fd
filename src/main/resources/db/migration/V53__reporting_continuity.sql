-- Issue 19 (task 9): reporting's declared views for the continuity measures and the intergenerational activities,
-- over what volunteers (V52) and activities (V51) publish. ContinuityFigures reads these and reporting's other views
-- only. Ids, dates, enums and record keys; no name, no note.

-- A buddy pair with the municipality it counts in: that of the child's home neighbourhood, or for a pair with a group
-- that of the group's sessions (the lowest code when its sessions are in several); none when neither is known.
create view report_buddy_pair as
select p.pair_id, p.organisation_id, p.buddy_kind, p.buddy_age_band, p.started_on, p.ended_on, p.end_reason,
       p.record_key, case when p.child_id is null then 0 else 1 end as with_child,
       coalesce(n.municipality_code,
                (select min(s.municipality_code) from report_session s where s.activity_id = p.activity_id))
         as municipality_code
from volunteers_buddy_pair_facts p
left join children_child_facts c on c.child_id = p.child_id
left join organisation_neighbourhood_facts n on n.neighbourhood_id = c.neighbourhood_id;

-- A meeting of a buddy pair: its day and record key.
create view report_buddy_meeting as
select m.meeting_id, m.pair_id, m.met_on, m.record_key
from volunteers_buddy_meeting_facts m;

-- A volunteer confirmed at a session of a group that took place, with the session's municipality.
create view report_group_relation as
select g.organisation_id, g.volunteer_id, g.activity_id, g.session_date, g.record_key, s.municipality_code
from volunteers_group_relation_facts g
join report_session s on s.session_id = g.session_id;

-- The activities marked intergenerational (young and old together).
create view report_intergenerational_activity as
select i.activity_id, i.organisation_id
from activities_intergenerational_facts i;
