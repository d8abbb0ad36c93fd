-- Reporting: the mixing index (task 8, meeting): where the registered children present at a session come from.
-- Declared views over the children and activities modules, read by nl.samenspel.reporting.Mixing only.

-- A registered child present at a session, with the CBS code of the neighbourhood the child lives in and the
-- school, normalised (trimmed, lower case, empty as unknown) so that spellings of one school group together.
-- Null means unknown: such a child forms no group. The school key is the normalised text, because H2 and
-- PostgreSQL share no hash function; reporting only groups by it in SQL and never selects it, so no school name
-- reaches the Java code, a page, the API or an export.
create view report_presence_origin as
select p.session_id, p.child_id, n.code as home_neighbourhood_code,
       nullif(lower(trim(c.school)), '') as school_key
from report_presence p
join child c on c.id = p.child_id
left join neighbourhood n on n.id = c.neighbourhood_id;

-- An activity's title, to name its line in the mixing table: the programme's published name, about no person.
create view report_activity as
select a.id as activity_id, a.organisation_id, a.title
from activity a;
