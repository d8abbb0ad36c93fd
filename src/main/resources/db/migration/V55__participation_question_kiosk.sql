-- The kiosk a child asked a question on (issue 17). When the question reads like a child in danger, the staff's page
-- names the kiosk's session and who opened it, so the safeguarding officer knows whom to ask, also when the child
-- asked without their name. Empty for questions asked after a child's own login or recorded by staff. No foreign key:
-- the id is what the kiosk's Speaker carried for the audit log, and the page looks it up within the organisation.
alter table participation_question add column kiosk_id uuid;
