-- Reporting rollups, coarser: report_month drops the activity, so that a municipality's year is some hundreds of rows
-- (organisations x neighbourhoods x months) instead of some tens of thousands (activities x months). The activities
-- held, the one figure that needed the activity (distinct activities), are counted per period like the distinct
-- children, in report_reach. Every month is built again.

drop table report_month;

-- Additive figures per organisation, month and neighbourhood of the session's location.
create table report_month (
    organisation_id    uuid        not null,
    month_key          integer     not null,
    neighbourhood_code varchar(10) not null,
    neighbourhood_name varchar(200) not null,
    municipality_code  varchar(6)  not null,
    sessions_held      integer     not null,
    minutes            bigint      not null,
    participations     bigint      not null,
    walk_ins           bigint      not null,
    staff_minutes      bigint      not null,
    volunteer_minutes  bigint      not null,
    primary key (organisation_id, month_key, neighbourhood_code)
);
create index report_month_municipality on report_month (municipality_code, month_key);

-- Distinct activities with a session held in the period, for ALL and NEIGHBOURHOOD (0 for HOME).
alter table report_reach add column activities_held bigint default 0 not null;
delete from report_reach;

-- report_neighbourhood_estimate looks up the latest CBS year of each code
create index neighbourhood_code_year on neighbourhood (code, cbs_year);

insert into report_stale (organisation_id, month_key, claimed)
select distinct s.organisation_id, cast(extract(year from s.session_date) * 100 + extract(month from s.session_date) as integer), false
from activity_session s
where s.held_at is not null
  and not exists (select 1 from report_stale r where r.organisation_id = s.organisation_id and r.claimed = false
    and r.month_key = cast(extract(year from s.session_date) * 100 + extract(month from s.session_date) as integer));
