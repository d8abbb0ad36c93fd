-- Issue 15: each module owns its tables. What activities publishes of its tables for reporting (read by
-- V23__reporting_read_model.sql, never by reporting's Java). Each view reads this module's own tables only, and
-- the module's package-info.java names it as its published interface. Ids, dates, codes, enums, counts and record
-- keys; nothing a person wrote, no person's name.

-- A session: when, how long, its status, whether it took place (held_at), its activity and location.
create view activities_session_facts as
select s.id as session_id, s.organisation_id, s.activity_id, s.location_id, s.session_date, s.duration_minutes,
       s.status, s.held_at
from activity_session s;

-- A registered child present at a session, with the presence's record key.
create view activities_presence_facts as
select a.session_id, a.child_id, a.record_key
from attendance a
where a.present = true;

-- Walk-in counts per session, age band and gender, with their record keys.
create view activities_walk_in_facts as
select w.session_id, w.age_band, w.gender, w.visitors, w.record_key
from walk_in_count w;

-- Who worked at a session: ids only.
create view activities_session_staff_facts as
select st.session_id, st.app_user_id
from session_staff st;

-- An activity's title: the programme's published name, about no person.
create view activities_activity_facts as
select a.id as activity_id, a.organisation_id, a.title
from activity a;

-- The tasks (1-10) and themes an activity serves.
create view activities_activity_task_facts as
select t.activity_id, t.task
from activity_task t;

create view activities_activity_theme_facts as
select t.activity_id, t.theme
from activity_theme t;
