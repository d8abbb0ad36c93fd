-- Issue 15: each module owns its tables. The views below are what a module publishes of its tables for reporting
-- (read by V19__reporting_read_model.sql, never by reporting's Java), one section per owning module; each reads that
-- module's own tables only, and the module's package-info.java names them as its published interface. They carry ids,
-- dates, codes, enums, counts and record keys, and what reporting needs to work out a band or a group (a date of birth,
-- a normalised school) but never shows; nothing a person wrote, no person's name.
-- One file for five owners, because this change may add two migrations only; a file per owner is the goal.


-- ============================================================================================================
-- Owner: organisation (nl.samenspel.organisation)
-- ============================================================================================================

-- A location: its organisation, its name (a place's, about no person) and its neighbourhood.
create view organisation_location_facts as
select l.id as location_id, l.organisation_id, l.name, l.neighbourhood_id
from location l;

-- An organisation's neighbourhood row: its CBS code, its own name and its municipality (GM + the four digits after BU
-- in the code).
create view organisation_neighbourhood_facts as
select n.id as neighbourhood_id, n.organisation_id, n.code, n.name, 'GM' || substring(n.code, 3, 4) as municipality_code
from neighbourhood n;

-- The CBS estimate of children aged 4 to 12 per neighbourhood code, from the platform copy's latest year of that code
-- (as V17 defined report_neighbourhood_estimate): no organisation's rows take part.
create view organisation_cbs_estimate_facts as
select c.code, c.name, c.children_4_12
from cbs_neighbourhood c
where c.cbs_year = (select max(m.cbs_year) from cbs_neighbourhood m where m.code = c.code);

-- An organisation's own latest row per neighbourhood code (as V17 defined report_neighbourhood_own).
create view organisation_own_estimate_facts as
select n.organisation_id, n.code, n.name, n.children_4_12, n.children_4_12_estimated
from neighbourhood n
where n.cbs_year = (select max(m.cbs_year) from neighbourhood m
                    where m.organisation_id = n.organisation_id and m.code = n.code);

-- The users who are volunteers: an id, nothing else.
create view organisation_volunteer_facts as
select r.app_user_id
from app_user_role r
where r.role = 'VOLUNTEER';


-- ============================================================================================================
-- Owner: activities (nl.samenspel.activities)
-- ============================================================================================================

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


-- ============================================================================================================
-- Owner: children (nl.samenspel.children)
-- ============================================================================================================

-- A child as reporting counts it: the record key, the neighbourhood row it lives in, its date of birth (for the age
-- band on a session's day), GIRL, BOY or OTHER (other or not recorded), and its school normalised (trimmed, lower case,
-- empty as unknown) so that spellings of one school group together; reporting only groups by it, never selects it.
create view children_child_facts as
select c.id as child_id, c.organisation_id, c.record_key, c.neighbourhood_id, c.date_of_birth,
       case when c.gender in ('GIRL', 'BOY') then c.gender else 'OTHER' end as gender,
       nullif(lower(trim(c.school)), '') as school_key
from child c;


-- ============================================================================================================
-- Owner: signals (nl.samenspel.signals)
-- ============================================================================================================

-- A signal of concern: when it was raised, its category, whose it is (an id) and its record key.
create view signals_signal_facts as
select s.id as signal_id, s.organisation_id, s.raised_at, s.category, s.child_id, s.record_key
from signal s;

-- A Meldcode case: when it was opened, where it stands (status, current step), its decisions, whose it is (an id) and
-- its record key.
create view signals_case_facts as
select cc.id as case_id, cc.organisation_id, cc.opened_at, cc.status, cc.step, cc.report_required, cc.help_possible,
       cc.closed_because, cc.child_id, cc.record_key
from concern_case cc;


-- ============================================================================================================
-- Owner: network (nl.samenspel.network)
-- ============================================================================================================

-- A referral: when it was made, to which kind of organisation on the social map (and which one, only when it is one
-- of the national public services every organisation's social map starts with), where it stands, whose it is (an id)
-- and its record key.
create view network_referral_facts as
select r.id as referral_id, r.organisation_id, r.created_at, d.kind as destination_kind,
       d.national as destination_national,
       case when d.national then d.id end as destination_id,
       r.status, r.child_id, r.record_key
from referral r
join network_organisation d on d.id = r.network_organisation_id;
