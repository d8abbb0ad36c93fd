-- Issue 15: each module owns its tables. What network publishes of its tables for reporting (read by
-- V23__reporting_read_model.sql, never by reporting's Java). Each view reads this module's own tables only, and
-- the module's package-info.java names it as its published interface. Ids, dates, codes, enums, counts and record
-- keys; nothing a person wrote, no person's name.

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
