-- Issue 15: each module owns its tables. What signals publishes of its tables for reporting (read by
-- V23__reporting_read_model.sql, never by reporting's Java). Each view reads this module's own tables only, and
-- the module's package-info.java names it as its published interface. Ids, dates, codes, enums, counts and record
-- keys; nothing a person wrote, no person's name.

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
