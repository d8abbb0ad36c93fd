-- Issue 19: the volunteers module. A volunteer of an organisation: contact details, what they bring, an age band (no
-- birth date), the code of conduct they signed and the VOG that was seen (never a scan), with its renewal date; the
-- sessions they are assigned to; and per activity whether it asks for four eyes and whether sign-ups confirm themselves.

create table volunteer (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    app_user_id      uuid         references app_user (id),
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    email            varchar(254),
    phone            varchar(40),
    skills           varchar(1000),
    languages        varchar(300),
    age_band         varchar(20)  not null,
    status           varchar(20)  not null,
    intake_on        date,
    code_signed_on   date,
    code_version     varchar(40),
    vog_issued_on    date,
    vog_profile      varchar(80),
    vog_checked_by   uuid         references app_user (id),
    vog_checked_on   date,
    vog_renewal_due  date,
    deactivated_on   date,
    created_at       timestamp    not null,
    version          integer      not null default 0
);
create unique index volunteer_account on volunteer (app_user_id);
create index volunteer_by_name on volunteer (organisation_id, last_name, first_name);
create index volunteer_by_renewal on volunteer (organisation_id, vog_renewal_due);

create table volunteer_activity_rule (
    activity_id      uuid    primary key references activity (id),
    organisation_id  uuid    not null references organisation (id),
    four_eyes        boolean not null default false,
    auto_confirm     boolean not null default false
);

-- REQUESTED: the volunteer signed up for an open shift and waits for the coordinator; CONFIRMED: they work at it;
-- CANCELLED: no longer (by whom and why kept). absent: the coordinator noted they did not come (no hours for it).
create table volunteer_assignment (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    volunteer_id     uuid         not null references volunteer (id),
    session_id       uuid         not null references activity_session (id),
    status           varchar(20)  not null,
    absent           boolean      not null default false,
    created_by       uuid         references app_user (id),
    created_at       timestamp    not null,
    confirmed_by     uuid         references app_user (id),
    confirmed_at     timestamp,
    cancelled_by     uuid         references app_user (id),
    cancelled_at     timestamp,
    cancel_reason    varchar(500)
);
create unique index volunteer_assignment_once on volunteer_assignment (volunteer_id, session_id);
create index volunteer_assignment_by_session on volunteer_assignment (session_id, status);
create index volunteer_assignment_by_organisation on volunteer_assignment (organisation_id, status);
