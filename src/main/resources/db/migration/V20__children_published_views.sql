-- Issue 15: each module owns its tables. What children publishes of its tables for reporting (read by
-- V23__reporting_read_model.sql, never by reporting's Java). Each view reads this module's own tables only, and
-- the module's package-info.java names it as its published interface. Ids, dates, codes, enums, counts and record
-- keys; nothing a person wrote, no person's name.

-- A child as reporting counts it: the record key, the neighbourhood row it lives in, its date of birth (for the age
-- band on a session's day), GIRL, BOY or OTHER (other or not recorded), and its school normalised (trimmed, lower case,
-- empty as unknown) so that spellings of one school group together; reporting only groups by it, never selects it.
create view children_child_facts as
select c.id as child_id, c.organisation_id, c.record_key, c.neighbourhood_id, c.date_of_birth,
       case when c.gender in ('GIRL', 'BOY') then c.gender else 'OTHER' end as gender,
       nullif(lower(trim(c.school)), '') as school_key
from child c;
