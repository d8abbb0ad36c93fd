-- Issue 19: session staff are the organisation's own people (COORDINATOR, WORKER). The links of users who are only
-- volunteers (the VOLUNTEER role and neither staff role) were copied into the volunteers module's assignments by
-- V47__volunteers_staff_links.sql; here they leave session_staff and activity_staff. Reads organisation's published
-- views only.

delete from session_staff
where app_user_id in (select v.app_user_id from organisation_volunteer_facts v)
  and app_user_id not in (select r.app_user_id from organisation_user_role_facts r
                          where r.role in ('COORDINATOR', 'WORKER'));

-- An activity's staff are the default staff of the sessions its schedules make: volunteers leave it too (the planning
-- assigns them per session).
delete from activity_staff
where app_user_id in (select v.app_user_id from organisation_volunteer_facts v)
  and app_user_id not in (select r.app_user_id from organisation_user_role_facts r
                          where r.role in ('COORDINATOR', 'WORKER'));
