-- Issue 19: what organisation publishes of its user accounts for the volunteers module's migration of the volunteers
-- who were put on sessions as staff (V47__volunteers_staff_links.sql): an account's organisation, the name it shows and
-- its address (the volunteer record made for such an account starts from them), and each account's roles. Read by
-- migrations only; the modules' Java code reads users through organisation's UserManagement.

create view organisation_user_facts as
select u.id as app_user_id, u.organisation_id, u.display_name, u.email, u.status
from app_user u;

create view organisation_user_role_facts as
select r.app_user_id, r.role
from app_user_role r;
