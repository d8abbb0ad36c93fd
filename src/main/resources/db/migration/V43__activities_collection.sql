-- Who collected a child at check-out (activities/Collected): the kind (ALLOWED, GUARDIAN, ALONE, OTHER) and the name
-- as it was at the door. Personal data of the organisation's own attendance rows; shown to staff only.
alter table attendance add column collected_by_kind varchar(20);
alter table attendance add column collected_by_name varchar(200);
