-- Issue 19: volunteers no longer work at sessions as session staff but through the volunteers module's assignments
-- (V47, V48). Who worked at a session is now the session's staff and its volunteers with a confirmed assignment who
-- did not stay away (volunteers_assignment_facts), each person once, so the staff and volunteer hours count as before.
create or replace view report_session_staff as
select st.session_id, st.app_user_id,
       case when exists (select 1 from organisation_volunteer_facts v where v.app_user_id = st.app_user_id)
            then true else false end as volunteer
from activities_session_staff_facts st
union all
select f.session_id, coalesce(f.app_user_id, f.volunteer_id) as app_user_id, true as volunteer
from volunteers_assignment_facts f
where f.status = 'CONFIRMED' and f.absent = false
  and not exists (select 1 from activities_session_staff_facts st
                  where st.session_id = f.session_id and st.app_user_id = f.app_user_id);
