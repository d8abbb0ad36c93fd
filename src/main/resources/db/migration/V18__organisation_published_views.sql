-- Issue 15: each module owns its tables. What organisation publishes of its tables for reporting (read by
-- V23__reporting_read_model.sql, never by reporting's Java). Each view reads this module's own tables only, and
-- the module's package-info.java names it as its published interface. Ids, dates, codes, enums, counts and record
-- keys; nothing a person wrote, no person's name.

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
