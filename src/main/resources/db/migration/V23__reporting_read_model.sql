-- Issue 15: reporting's declared views, the same columns and the same rows as before, now built over the views the
-- other modules publish for it (V18 to V22, `V<n>__<owner>_published_views.sql`) instead of over their tables. Reporting's Java reads these
-- views and its own tables only. Dropped first, those that read another of them first, and created again (a view's
-- column types may differ from before, which PostgreSQL's create or replace does not allow).

drop view report_presence_profile;
drop view report_presence_origin;
drop view report_presence_home;
drop view report_presence;
drop view report_session_location;
drop view report_session;
drop view report_neighbourhood_estimate;
drop view report_neighbourhood_own;
drop view report_walk_in;
drop view report_session_staff;
drop view report_activity;
drop view report_activity_task;
drop view report_activity_theme;
drop view report_signal;
drop view report_case;
drop view report_referral;

-- The CBS estimate of children aged 4 to 12 per neighbourhood code (the platform's latest year of it).
create view report_neighbourhood_estimate as
select e.code, e.name, e.children_4_12
from organisation_cbs_estimate_facts e;

-- An organisation's own latest row per neighbourhood code, for its own reports only.
create view report_neighbourhood_own as
select o.organisation_id, o.code, o.name, o.children_4_12, o.children_4_12_estimated
from organisation_own_estimate_facts o;

-- A session with where it took place: the location's neighbourhood, named as the platform's CBS figures name its
-- code (a code they lack keeps the organisation's own name), and that neighbourhood's municipality.
create view report_session as
select s.session_id, s.organisation_id, s.activity_id, s.session_date, s.duration_minutes, s.status,
       s.held_at, l.neighbourhood_id, n.code as neighbourhood_code, coalesce(e.name, n.name) as neighbourhood_name,
       n.municipality_code
from activities_session_facts s
join organisation_location_facts l on l.location_id = s.location_id
left join organisation_neighbourhood_facts n on n.neighbourhood_id = l.neighbourhood_id
left join report_neighbourhood_estimate e on e.code = n.code;

-- A session's location: a place's name, about no person.
create view report_session_location as
select s.session_id, l.location_id, l.name as location_name
from activities_session_facts s
join organisation_location_facts l on l.location_id = s.location_id;

-- A registered child present at a session, with the presence's and the child's record keys.
create view report_presence as
select p.session_id, p.child_id, p.record_key, c.record_key as child_key
from activities_presence_facts p
join children_child_facts c on c.child_id = p.child_id;

create view report_walk_in as
select w.session_id, w.age_band, w.gender, w.visitors, w.record_key
from activities_walk_in_facts w;

-- Who worked at a session: an id and whether they are a volunteer, nothing else.
create view report_session_staff as
select st.session_id, st.app_user_id,
       case when exists (select 1 from organisation_volunteer_facts v where v.app_user_id = st.app_user_id)
            then true else false end as volunteer
from activities_session_staff_facts st;

-- A registered child present at a session, with the CBS code of the neighbourhood the child lives in (reach rates).
create view report_presence_home as
select p.session_id, p.child_id, n.code as home_code, c.record_key as child_key
from activities_presence_facts p
join children_child_facts c on c.child_id = p.child_id
left join organisation_neighbourhood_facts n on n.neighbourhood_id = c.neighbourhood_id;

-- A registered child present at a session, with the neighbourhood the child lives in and the normalised school
-- (mixing); the school key is only grouped by, never selected.
create view report_presence_origin as
select p.session_id, p.child_id, n.code as home_neighbourhood_code, c.school_key, c.record_key as child_key
from report_presence p
join children_child_facts c on c.child_id = p.child_id
left join organisation_neighbourhood_facts n on n.neighbourhood_id = c.neighbourhood_id;

-- A registered child present at a session, in the age bands and genders the walk-in counts use: the child's age on
-- the session's day (4-6, 7-9, 10-12, anything else), and GIRL, BOY or OTHER.
create view report_presence_profile as
select x.session_id, x.child_id,
       case when x.age between 4 and 6 then 'FOUR_TO_SIX'
            when x.age between 7 and 9 then 'SEVEN_TO_NINE'
            when x.age between 10 and 12 then 'TEN_TO_TWELVE'
            else 'OTHER' end as age_band,
       x.gender
from (select p.session_id, p.child_id,
             extract(year from s.session_date) - extract(year from c.date_of_birth)
               - case when extract(month from s.session_date) * 100 + extract(day from s.session_date)
                           < extract(month from c.date_of_birth) * 100 + extract(day from c.date_of_birth)
                      then 1 else 0 end as age,
             c.gender
      from report_presence p
      join activities_session_facts s on s.session_id = p.session_id
      join children_child_facts c on c.child_id = p.child_id) x;

-- An activity's title, and the tasks and themes it serves.
create view report_activity as
select a.activity_id, a.organisation_id, a.title
from activities_activity_facts a;

create view report_activity_task as
select t.activity_id, t.task
from activities_activity_task_facts t;

create view report_activity_theme as
select t.activity_id, t.theme
from activities_activity_theme_facts t;

-- Signals, Meldcode cases and referrals, with the municipality of the child's home neighbourhood (null without one:
-- such a record counts for the organisation's own figures only).
create view report_signal as
select s.signal_id, s.organisation_id, s.raised_at, s.category, n.municipality_code, s.record_key
from signals_signal_facts s
join children_child_facts c on c.child_id = s.child_id
left join organisation_neighbourhood_facts n on n.neighbourhood_id = c.neighbourhood_id;

create view report_case as
select cc.case_id, cc.organisation_id, cc.opened_at, cc.status, cc.step, cc.report_required, cc.help_possible,
       cc.closed_because, n.municipality_code, cc.record_key
from signals_case_facts cc
join children_child_facts c on c.child_id = cc.child_id
left join organisation_neighbourhood_facts n on n.neighbourhood_id = c.neighbourhood_id;

create view report_referral as
select r.referral_id, r.organisation_id, r.created_at, r.destination_kind, r.destination_national, r.destination_id,
       r.status, n.municipality_code, r.record_key
from network_referral_facts r
join children_child_facts c on c.child_id = r.child_id
left join organisation_neighbourhood_facts n on n.neighbourhood_id = c.neighbourhood_id;
