-- Issue 19 (task 9): buddy pairs (buurtmaatjes). A volunteer of the organisation, or a resident who is not a volunteer
-- (a name and an age band only), matched with a child (with the guardian's consent BUDDY) or with a group (an
-- activity); the meetings they log; and how and why a pair ended. Then what volunteers publishes for reporting's
-- continuity measures: ids, dates, enums and record keys, never a name or a note.

create table volunteer_buddy_pair (
    id                 uuid         primary key,
    organisation_id    uuid         not null references organisation (id),
    volunteer_id       uuid         references volunteer (id),
    resident_name      varchar(200),
    resident_age_band  varchar(20),
    child_id           uuid         references child (id),
    activity_id        uuid         references activity (id),
    started_on         date         not null,
    ended_on           date,
    end_reason         varchar(30),
    created_by         uuid         references app_user (id),
    created_at         timestamp    not null,
    ended_by           uuid         references app_user (id),
    record_key         integer      default cast(floor(random() * 1048576) as integer) not null,
    version            integer      not null default 0
);
create index volunteer_buddy_pair_by_organisation on volunteer_buddy_pair (organisation_id, ended_on);
create index volunteer_buddy_pair_by_child on volunteer_buddy_pair (child_id);

create table volunteer_buddy_meeting (
    id                 uuid         primary key,
    organisation_id    uuid         not null references organisation (id),
    pair_id            uuid         not null references volunteer_buddy_pair (id),
    met_on             date         not null,
    duration_minutes   integer,
    note               varchar(500),
    logged_by          uuid         references app_user (id),
    logged_at          timestamp    not null,
    record_key         integer      default cast(floor(random() * 1048576) as integer) not null
);
create index volunteer_buddy_meeting_by_pair on volunteer_buddy_meeting (pair_id, met_on);

-- Every volunteer carries a random record key in [0, 2^20) for the cell key method (docs/reporting.md): their
-- relations with groups are counted as persons.
alter table volunteer add column record_key integer default cast(floor(random() * 1048576) as integer) not null;

-- A buddy pair: who the buddy is (VOLUNTEER or RESIDENT, and their age band), with a child (an id) or a group (an
-- activity id), when it started and ended, why, and its record key. No name.
create view volunteers_buddy_pair_facts as
select p.id as pair_id, p.organisation_id,
       case when p.volunteer_id is null then 'RESIDENT' else 'VOLUNTEER' end as buddy_kind,
       coalesce(v.age_band, p.resident_age_band) as buddy_age_band,
       p.child_id, p.activity_id, p.started_on, p.ended_on, p.end_reason, p.record_key
from volunteer_buddy_pair p
left join volunteer v on v.id = p.volunteer_id;

-- A meeting of a pair: its day and record key. No note.
create view volunteers_buddy_meeting_facts as
select m.id as meeting_id, m.organisation_id, m.pair_id, m.met_on, m.record_key
from volunteer_buddy_meeting m;

-- A volunteer at a group: every CONFIRMED assignment (not marked absent) at a session of an activity that took place,
-- with the session's day and the volunteer's record key. Reporting takes the first and the last per volunteer and
-- activity.
create view volunteers_group_relation_facts as
select a.organisation_id, a.volunteer_id, s.activity_id, s.session_id, s.session_date, v.record_key
from volunteer_assignment a
join volunteer v on v.id = a.volunteer_id
join activities_session_facts s on s.session_id = a.session_id
where a.status = 'CONFIRMED' and a.absent = false and s.held_at is not null and s.status = 'PLANNED';
