-- Reporting module: the declared views it reads the other modules' data through (ARCHITECTURE.md: reporting builds
-- its read models from events and SQL views), and which municipality a MUNICIPALITY user reports on.
-- The views carry ids, dates, codes and counts only: nothing a person wrote, no names.

-- A session with where it took place: the location's neighbourhood and the municipality of that neighbourhood
-- (GM + the four digits after BU in the neighbourhood's CBS code).
create view report_session as
select s.id as session_id, s.organisation_id, s.activity_id, s.session_date, s.duration_minutes, s.status,
       s.held_at, l.neighbourhood_id, n.code as neighbourhood_code, n.name as neighbourhood_name,
       'GM' || substring(n.code, 3, 4) as municipality_code
from activity_session s
join location l on l.id = s.location_id
left join neighbourhood n on n.id = l.neighbourhood_id;

-- A child present at a session: who (an id), nothing else.
create view report_presence as
select a.session_id, a.child_id
from attendance a
where a.present = true;

create view report_walk_in as
select w.session_id, w.age_band, w.gender, w.visitors
from walk_in_count w;

create table municipality_account (
    app_user_id       uuid primary key references app_user (id),
    municipality_code varchar(6) not null
);

-- Performance agreements: per organisation, municipality and year, a target for a figure.
create table performance_target (
    organisation_id   uuid        not null references organisation (id),
    municipality_code varchar(6)  not null,
    target_year       integer     not null,
    figure            varchar(30) not null,
    target            bigint      not null,
    set_by            uuid        not null,
    set_at            timestamp with time zone not null,
    primary key (organisation_id, municipality_code, target_year, figure),
    constraint performance_target_positive check (target >= 0)
);
