-- Reporting: the cell key method (issue 14). Every record that a municipality's figures count as a person gets a
-- random record key in [0, 2^20): a child (children reached, new children), a presence (participations), a walk-in
-- count (walk-ins), a signal, a Meldcode case and a referral. The key of a cell is the sum of its records' keys modulo
-- 2^20, so the same cell always gets the same noise, and two cells that differ by one record get independent noise
-- (CellKey, docs/reporting.md). The keys are never shown; they leave the database only as sums.
-- The default draws a new key for every row, existing rows included, on H2 and PostgreSQL alike.

alter table child add column record_key integer default cast(floor(random() * 1048576) as integer) not null;
alter table attendance add column record_key integer default cast(floor(random() * 1048576) as integer) not null;
alter table walk_in_count add column record_key integer default cast(floor(random() * 1048576) as integer) not null;
alter table signal add column record_key integer default cast(floor(random() * 1048576) as integer) not null;
alter table concern_case add column record_key integer default cast(floor(random() * 1048576) as integer) not null;
alter table referral add column record_key integer default cast(floor(random() * 1048576) as integer) not null;

-- The declared views gain the keys as their last columns.
create or replace view report_presence as
select a.session_id, a.child_id, a.record_key, c.record_key as child_key
from attendance a
join child c on c.id = a.child_id
where a.present = true;

create or replace view report_walk_in as
select w.session_id, w.age_band, w.gender, w.visitors, w.record_key
from walk_in_count w;

create or replace view report_presence_home as
select a.session_id, a.child_id, n.code as home_code, c.record_key as child_key
from attendance a
join child c on c.id = a.child_id
left join neighbourhood n on n.id = c.neighbourhood_id
where a.present = true;

create or replace view report_presence_origin as
select p.session_id, p.child_id, n.code as home_neighbourhood_code,
       nullif(lower(trim(c.school)), '') as school_key, c.record_key as child_key
from report_presence p
join child c on c.id = p.child_id
left join neighbourhood n on n.id = c.neighbourhood_id;

create or replace view report_signal as
select s.id as signal_id, s.organisation_id, s.raised_at, s.category,
       'GM' || substring(n.code, 3, 4) as municipality_code, s.record_key
from signal s
join child c on c.id = s.child_id
left join neighbourhood n on n.id = c.neighbourhood_id;

create or replace view report_case as
select cc.id as case_id, cc.organisation_id, cc.opened_at, cc.status, cc.step, cc.report_required, cc.help_possible,
       cc.closed_because, 'GM' || substring(n.code, 3, 4) as municipality_code, cc.record_key
from concern_case cc
join child c on c.id = cc.child_id
left join neighbourhood n on n.id = c.neighbourhood_id;

create or replace view report_referral as
select r.id as referral_id, r.organisation_id, r.created_at, d.kind as destination_kind,
       d.national as destination_national,
       case when d.national then d.id end as destination_id,
       r.status, 'GM' || substring(n.code, 3, 4) as municipality_code, r.record_key
from referral r
join network_organisation d on d.id = r.network_organisation_id
join child c on c.id = r.child_id
left join neighbourhood n on n.id = c.neighbourhood_id;

-- The rollups keep the sums of the keys beside the counts: sums add up like the counts do.
alter table report_month add column participations_key bigint default 0 not null;
alter table report_month add column walk_ins_key bigint default 0 not null;
alter table report_reach add column unique_children_key bigint default 0 not null;
alter table report_reach add column new_children_key bigint default 0 not null;

-- Rebuild every month once, so the rollups carry the keys.
insert into report_stale (organisation_id, month_key, claimed)
select distinct s.organisation_id, cast(extract(year from s.session_date) * 100 + extract(month from s.session_date) as integer), false
from activity_session s
where s.held_at is not null
  and not exists (select 1 from report_stale r where r.organisation_id = s.organisation_id and r.claimed = false
    and r.month_key = cast(extract(year from s.session_date) * 100 + extract(month from s.session_date) as integer));
