-- Issue 19: a volunteer's hours besides the sessions they worked at (those come from their confirmed assignments at
-- sessions that took place): training, preparation and other work, typed by the volunteer (SUBMITTED, waiting for the
-- coordinator) or by the coordinator (APPROVED at once). Only APPROVED entries count; a rejected one keeps its reason.

create table volunteer_hour_entry (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    volunteer_id     uuid         not null references volunteer (id),
    worked_on        date         not null,
    minutes          integer      not null,
    kind             varchar(20)  not null,
    description      varchar(200) not null,
    status           varchar(20)  not null,
    entered_by       uuid         references app_user (id),
    entered_at       timestamp    not null,
    decided_by       uuid         references app_user (id),
    decided_at       timestamp,
    reject_reason    varchar(500),
    version          integer      not null default 0
);
create index volunteer_hour_entry_by_volunteer on volunteer_hour_entry (volunteer_id, worked_on);
create index volunteer_hour_entry_by_status on volunteer_hour_entry (organisation_id, status, entered_at);
