-- Reporting rollups: figures pre-aggregated per organisation and month, so that a report's cost grows with the number
-- of neighbourhoods and months, not with the number of attendance rows. They are rebuilt per organisation and month
-- from the declared views below whenever that month is marked stale (report_stale): attendance registered or
-- corrected, a held session moved or restaffed. Reports read a month from the rollups only when it is not stale.

-- Who worked at a session: an id and whether they are a volunteer, nothing else.
create view report_session_staff as
select st.session_id, st.app_user_id,
       case when exists (select 1 from app_user_role r where r.app_user_id = st.app_user_id and r.role = 'VOLUNTEER')
            then true else false end as volunteer
from session_staff st;

-- A registered child present at a session, with the CBS code of the neighbourhood the child lives in (for the reach
-- rate), nothing else.
create view report_presence_home as
select a.session_id, a.child_id, n.code as home_code
from attendance a
join child c on c.id = a.child_id
left join neighbourhood n on n.id = c.neighbourhood_id
where a.present = true;

-- The latest CBS estimate of children aged 4 to 12 per neighbourhood code (the same code can be in several
-- organisations' lists).
create view report_neighbourhood_estimate as
select n.code, max(n.name) as name, max(n.children_4_12) as children_4_12
from neighbourhood n
where n.cbs_year = (select max(m.cbs_year) from neighbourhood m where m.code = n.code)
group by n.code;

-- Months (yyyymm) of an organisation whose rollups must be rebuilt; claimed while a rebuild is reading them.
create table report_stale (
    organisation_id uuid    not null,
    month_key       integer not null,
    claimed         boolean not null,
    primary key (organisation_id, month_key, claimed)
);

-- Additive figures per organisation, month, activity and neighbourhood of the session's location.
create table report_month (
    organisation_id    uuid        not null,
    month_key          integer     not null,
    activity_id        uuid        not null,
    neighbourhood_code varchar(10) not null,
    neighbourhood_name varchar(200) not null,
    municipality_code  varchar(6)  not null,
    sessions_held      integer     not null,
    minutes            bigint      not null,
    participations     bigint      not null,
    walk_ins           bigint      not null,
    staff_minutes      bigint      not null,
    volunteer_minutes  bigint      not null,
    primary key (organisation_id, month_key, activity_id, neighbourhood_code)
);
create index report_month_municipality on report_month (municipality_code, month_key);

-- A registered child's first presence ever at the organisation.
create table report_child_first (
    organisation_id uuid not null,
    child_id        uuid not null,
    first_date      date not null,
    primary key (organisation_id, child_id)
);

-- Distinct children per organisation and period (M = month, Q = quarter, Y = year; period = its first month, yyyymm):
-- reached (present at least once) and new (first presence ever in the period), over all sessions (dimension ALL,
-- code ''), per neighbourhood of the session (NEIGHBOURHOOD) and per neighbourhood the child lives in (HOME). The
-- municipality is the session's for ALL and NEIGHBOURHOOD ('*' for ALL over every municipality, '' where the location
-- has no neighbourhood), the home's for HOME.
create table report_reach (
    organisation_id   uuid        not null,
    period_kind       char(1)     not null,
    period            integer     not null,
    dimension         varchar(13) not null,
    municipality_code varchar(6)  not null,
    code              varchar(10) not null,
    name              varchar(200) not null,
    unique_children   bigint      not null,
    new_children      bigint      not null,
    primary key (organisation_id, period_kind, period, dimension, municipality_code, code)
);
create index report_reach_municipality on report_reach (municipality_code, period_kind, period);

-- Every month with a session that took place must be built once.
insert into report_stale (organisation_id, month_key, claimed)
select distinct organisation_id, cast(extract(year from session_date) * 100 + extract(month from session_date) as integer), false
from activity_session
where held_at is not null;
