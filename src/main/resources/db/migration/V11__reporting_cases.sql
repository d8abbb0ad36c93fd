-- Reporting: declared views over signals, Meldcode cases and referrals (issue 6). Like V9__reporting.sql they carry
-- ids, moments, codes and enums only: no child, no name, nothing a person wrote. The municipality is the one of the
-- child's home neighbourhood (GM + the four digits after BU in its CBS code); a child without a home neighbourhood
-- gives null, and counts for the organisation's own figures only, never for a municipality's.

-- A signal of concern: when it was raised and its category.
create view report_signal as
select s.id as signal_id, s.organisation_id, s.raised_at, s.category,
       'GM' || substring(n.code, 3, 4) as municipality_code
from signal s
join child c on c.id = s.child_id
left join neighbourhood n on n.id = c.neighbourhood_id;

-- A Meldcode case: when it was opened, where it stands (status, current step) and its decisions.
create view report_case as
select cc.id as case_id, cc.organisation_id, cc.opened_at, cc.status, cc.step, cc.report_required, cc.help_possible,
       cc.closed_because, 'GM' || substring(n.code, 3, 4) as municipality_code
from concern_case cc
join child c on c.id = cc.child_id
left join neighbourhood n on n.id = c.neighbourhood_id;

-- A referral: when it was made, to which kind of organisation on the social map (and which one, only when it is one
-- of the national public services every organisation's social map starts with), and where it stands.
create view report_referral as
select r.id as referral_id, r.organisation_id, r.created_at, d.kind as destination_kind,
       d.national as destination_national,
       case when d.national then d.id end as destination_id,
       r.status, 'GM' || substring(n.code, 3, 4) as municipality_code
from referral r
join network_organisation d on d.id = r.network_organisation_id
join child c on c.id = r.child_id
left join neighbourhood n on n.id = c.neighbourhood_id;
