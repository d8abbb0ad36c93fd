-- Issue 19: volunteers were put on sessions as session staff, without any screening record. From now on a volunteer
-- works at a session through an assignment (volunteer_assignment), which checks the VOG and the code of conduct. This
-- copies every session_staff link of a user who has the VOLUNTEER role and no staff role (COORDINATOR, WORKER) into a
-- CONFIRMED assignment, past sessions too (their hours). A user without a volunteer record gets one: ACTIVE, with
-- no VOG and no code of conduct, so they see no child's information until a coordinator records both (the point of
-- issue 19). The record takes the account's id, its name (first word as first name, the rest as last name), its
-- address, and the age band 25-54 until the coordinator corrects it. V48__activities_volunteer_staff.sql then takes
-- those users off session_staff. Reads only the published views of organisation (V18, V46_9) and activities (V19).

insert into volunteer (id, organisation_id, app_user_id, first_name, last_name, email, age_band, status, created_at,
    version)
select u.app_user_id, u.organisation_id, u.app_user_id,
       case when position(' ' in u.display_name) > 0
            then substring(u.display_name, 1, least(position(' ' in u.display_name) - 1, 100))
            else substring(u.display_name, 1, 100) end,
       case when position(' ' in u.display_name) > 0
            then substring(u.display_name, position(' ' in u.display_name) + 1, 100)
            else '' end,
       u.email, 'FROM_25_TO_54', 'ACTIVE', current_timestamp, 0
from organisation_user_facts u
where exists (select 1 from organisation_volunteer_facts v where v.app_user_id = u.app_user_id)
  and not exists (select 1 from organisation_user_role_facts r
                  where r.app_user_id = u.app_user_id and r.role in ('COORDINATOR', 'WORKER'))
  and exists (select 1 from activities_session_staff_facts st where st.app_user_id = u.app_user_id)
  and not exists (select 1 from volunteer x where x.app_user_id = u.app_user_id);

-- The assignment's id is made of the session's id (first half) and the account's (second half): unique per link, the
-- same on H2 and PostgreSQL, without a function to make random ids.
insert into volunteer_assignment (id, organisation_id, volunteer_id, session_id, status, absent, created_at,
    confirmed_at)
select cast(substring(cast(st.session_id as varchar(36)), 1, 19) || substring(cast(st.app_user_id as varchar(36)), 20, 17)
            as uuid),
       s.organisation_id, x.id, st.session_id, 'CONFIRMED', false, current_timestamp, current_timestamp
from activities_session_staff_facts st
join activities_session_facts s on s.session_id = st.session_id
join volunteer x on x.app_user_id = st.app_user_id and x.organisation_id = s.organisation_id
where exists (select 1 from organisation_volunteer_facts v where v.app_user_id = st.app_user_id)
  and not exists (select 1 from organisation_user_role_facts r
                  where r.app_user_id = st.app_user_id and r.role in ('COORDINATOR', 'WORKER'))
  and not exists (select 1 from volunteer_assignment a where a.volunteer_id = x.id and a.session_id = st.session_id);

-- Published for other modules (reporting's volunteer hours, named in volunteers' package-info.java): who is assigned
-- to which session, in which state, and whether they were absent. Ids, states and flags only.
create view volunteers_assignment_facts as
select a.session_id, a.organisation_id, a.volunteer_id, v.app_user_id, a.status, a.absent
from volunteer_assignment a
join volunteer v on v.id = a.volunteer_id;
