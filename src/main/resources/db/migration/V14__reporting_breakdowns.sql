-- Reporting: the declared views behind the breakdowns per location, activity, theme, task, age band and gender
-- (nl.samenspel.reporting.Reports). Ids, codes and the names of places and activities only: nothing about a person
-- beyond the band and gender the walk-in counts use too.

-- A session's location: a place's name, about no person.
create view report_session_location as
select s.id as session_id, l.id as location_id, l.name as location_name
from activity_session s
join location l on l.id = s.location_id;

-- The tasks (1-10) and themes an activity serves; an activity may serve several, so these breakdowns overlap.
create view report_activity_task as
select t.activity_id, t.task
from activity_task t;

create view report_activity_theme as
select t.activity_id, t.theme
from activity_theme t;

-- A registered child present at a session, in the age bands and genders the walk-in counts use: the child's age on
-- the session's day (4-6, 7-9, 10-12, anything else), and GIRL, BOY or OTHER (other or not recorded).
create view report_presence_profile as
select x.session_id, x.child_id,
       case when x.age between 4 and 6 then 'FOUR_TO_SIX'
            when x.age between 7 and 9 then 'SEVEN_TO_NINE'
            when x.age between 10 and 12 then 'TEN_TO_TWELVE'
            else 'OTHER' end as age_band,
       x.gender
from (select p.session_id, p.child_id,
             extract(year from s.session_date) - extract(year from c.date_of_birth)
               - case when extract(month from s.session_date) * 100 + extract(day from s.session_date)
                           < extract(month from c.date_of_birth) * 100 + extract(day from c.date_of_birth)
                      then 1 else 0 end as age,
             case when c.gender in ('GIRL', 'BOY') then c.gender else 'OTHER' end as gender
      from report_presence p
      join activity_session s on s.id = p.session_id
      join child c on c.id = p.child_id) x;
