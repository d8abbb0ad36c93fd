-- Issue 14: CBS figures are public reference data, kept once for the whole platform per neighbourhood code and CBS
-- year, imported by a platform operator only. An organisation's own neighbourhood rows are its choice of where it works
-- (locations, children and the network refer to them); they are never read for another organisation's figures.
create table cbs_neighbourhood (
    code                 varchar(10)  not null,
    cbs_year             integer      not null,
    district_code        varchar(8)   not null,
    name                 varchar(200) not null,
    children_0_14        integer,
    children_4_12        integer,
    land_area_hectares   integer,
    imported_at          timestamp with time zone not null,
    primary key (code, cbs_year)
);

-- The platform copy starts from the neighbourhoods the organisations had. Each code is taken from one organisation:
-- the one registered first (then the lowest id) among those that have the code, with every CBS year it has of it. So
-- the outcome does not depend on the order rows happen to be read in, and a later organisation's rows of a code an
-- earlier one already had (a later year included) do not become the figures of that earlier one (issue 14). The 4-12
-- count is CBS's estimate (9/15 of 0-14, as the import works it out), never a count an organisation typed in by hand:
-- that one stays on the organisation's own row. A platform operator's next import of a year replaces these rows with
-- CBS's own.
insert into cbs_neighbourhood (code, cbs_year, district_code, name, children_0_14, children_4_12, land_area_hectares,
                               imported_at)
select n.code, n.cbs_year, n.district_code, n.name, n.children_0_14,
       case when n.children_0_14 is null then null
            else cast(round(n.children_0_14 * 9.0 / 15) as integer) end,
       n.land_area_hectares, current_timestamp
from neighbourhood n
join organisation o on o.id = n.organisation_id
where not exists (select 1 from neighbourhood m
                  join organisation p on p.id = m.organisation_id
                  where m.code = n.code
                    and (p.created_at < o.created_at or (p.created_at = o.created_at and p.id < o.id)));

-- The CBS estimate of children aged 4 to 12 per neighbourhood code, from the platform copy's latest year of that code:
-- no organisation's rows take part.
drop view report_neighbourhood_estimate;
create view report_neighbourhood_estimate as
select c.code, c.name, c.children_4_12
from cbs_neighbourhood c
where c.cbs_year = (select max(m.cbs_year) from cbs_neighbourhood m where m.code = c.code);

-- An organisation's own latest row per neighbourhood code, for its own reports only: a 4-12 count typed in by hand
-- (children_4_12_estimated false) and, for a code the platform copy does not know, its name and count.
create view report_neighbourhood_own as
select n.organisation_id, n.code, n.name, n.children_4_12, n.children_4_12_estimated
from neighbourhood n
where n.cbs_year = (select max(m.cbs_year) from neighbourhood m
                    where m.organisation_id = n.organisation_id and m.code = n.code);

-- A session's neighbourhood is named as the platform's CBS figures name its code (the latest year), so that in a
-- municipality's report, across organisations, no organisation's own name for a code names another's sessions. A code
-- the platform copy does not know keeps the organisation's own name.
drop view report_session;
create view report_session as
select s.id as session_id, s.organisation_id, s.activity_id, s.session_date, s.duration_minutes, s.status,
       s.held_at, l.neighbourhood_id, n.code as neighbourhood_code, coalesce(e.name, n.name) as neighbourhood_name,
       'GM' || substring(n.code, 3, 4) as municipality_code
from activity_session s
join location l on l.id = s.location_id
left join neighbourhood n on n.id = l.neighbourhood_id
left join report_neighbourhood_estimate e on e.code = n.code;
