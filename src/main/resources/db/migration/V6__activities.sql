-- Activities module: the programme (activities, their schedules and sessions), who works at a session,
-- enrolment with a waiting list, attendance and anonymous walk-in counts, and the school holidays per region.

-- The school holidays as published for each region (noord, midden, zuid), copied into an organisation's own
-- list the first time it plans; the organisation edits its copy.
create table school_holiday_seed (
    region    varchar(10)  not null,
    name      varchar(100) not null,
    starts_on date         not null,
    ends_on   date         not null,
    primary key (region, starts_on)
);

create table school_holiday (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    region          varchar(10)  not null,
    name            varchar(100) not null,
    starts_on       date         not null,
    ends_on         date         not null
);
create index school_holiday_organisation on school_holiday (organisation_id, region, starts_on);

create table activity (
    id               uuid primary key,
    version          bigint        not null,
    organisation_id  uuid          not null references organisation (id),
    title            varchar(200)  not null,
    description      varchar(4000) not null,
    description_en   varchar(4000),
    location_id      uuid          not null references location (id),
    min_age          integer       not null,
    max_age          integer       not null,
    capacity         integer,
    cost             varchar(20)   not null,
    price_cents      integer,
    mode             varchar(20)   not null,
    accessibility    varchar(1000),
    languages        varchar(200),
    intervention     varchar(300),
    published        boolean       not null,
    active           boolean       not null,
    created_at       timestamp with time zone not null
);
create index activity_organisation on activity (organisation_id, active, title);

-- The ten tasks of kinderwerk an activity serves, and its themes.
create table activity_task (
    activity_id uuid        not null references activity (id),
    task        varchar(30) not null,
    primary key (activity_id, task)
);

create table activity_theme (
    activity_id uuid        not null references activity (id),
    theme       varchar(30) not null,
    primary key (activity_id, theme)
);

-- The staff who usually run the activity: new sessions start with them.
create table activity_staff (
    activity_id uuid not null references activity (id),
    app_user_id uuid not null references app_user (id),
    primary key (activity_id, app_user_id)
);

create table activity_schedule (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    activity_id     uuid        not null references activity (id),
    recurrence      varchar(20) not null,
    first_date      date        not null,
    last_date       date        not null,
    starts_at       time        not null,
    ends_at         time        not null,
    holidays        varchar(20) not null,
    created_at      timestamp with time zone not null
);
create index activity_schedule_activity on activity_schedule (activity_id);

create table activity_session (
    id              uuid primary key,
    version         bigint       not null,
    organisation_id uuid         not null references organisation (id),
    activity_id     uuid         not null references activity (id),
    schedule_id     uuid references activity_schedule (id),
    session_date    date         not null,
    weekday         integer      not null,
    starts_at       time         not null,
    ends_at         time         not null,
    duration_minutes integer     not null,
    location_id     uuid         not null references location (id),
    status          varchar(20)  not null,
    cancel_reason   varchar(500),
    moved_from      date,
    held_at         timestamp with time zone
);
create index activity_session_activity on activity_session (activity_id, session_date);
create index activity_session_day on activity_session (organisation_id, session_date);
create index activity_session_location on activity_session (location_id, session_date);

create table session_staff (
    session_id  uuid not null references activity_session (id),
    app_user_id uuid not null references app_user (id),
    primary key (session_id, app_user_id)
);
create index session_staff_user on session_staff (app_user_id);

-- A child's place: in one session (registration per session) or in the whole series (session_id empty).
create table enrolment (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    activity_id     uuid         not null references activity (id),
    session_id      uuid references activity_session (id),
    child_id        uuid         not null references child (id),
    status          varchar(20)  not null,
    override_reason varchar(500),
    enrolled_by     uuid         not null,
    created_at      timestamp with time zone not null,
    changed_at      timestamp with time zone not null
);
create index enrolment_activity on enrolment (activity_id, status, created_at);
create index enrolment_child on enrolment (child_id);
create index enrolment_session on enrolment (session_id);

create table attendance (
    session_id      uuid        not null references activity_session (id),
    child_id        uuid        not null references child (id),
    organisation_id uuid        not null references organisation (id),
    present         boolean     not null,
    checked_in_at   time,
    checked_out_at  time,
    recorded_by     uuid        not null,
    recorded_at     timestamp with time zone not null,
    primary key (session_id, child_id)
);
create index attendance_child on attendance (child_id);

-- Children who came without being registered, counted without any data about them.
create table walk_in_count (
    session_id      uuid        not null references activity_session (id),
    organisation_id uuid        not null references organisation (id),
    age_band        varchar(20) not null,
    gender          varchar(20) not null,
    visitors        integer     not null,
    primary key (session_id, age_band, gender),
    constraint walk_in_count_not_negative check (visitors >= 0)
);

-- School holidays 2026-2027 as announced by the Dutch government (rijksoverheid.nl); check them against the
-- official list each year and edit them in the application.
insert into school_holiday_seed (region, name, starts_on, ends_on) values
    ('NORTH',  'Herfstvakantie',    date '2026-10-17', date '2026-10-25'),
    ('MIDDLE', 'Herfstvakantie',    date '2026-10-17', date '2026-10-25'),
    ('SOUTH',  'Herfstvakantie',    date '2026-10-10', date '2026-10-18'),
    ('NORTH',  'Kerstvakantie',     date '2026-12-19', date '2027-01-03'),
    ('MIDDLE', 'Kerstvakantie',     date '2026-12-19', date '2027-01-03'),
    ('SOUTH',  'Kerstvakantie',     date '2026-12-19', date '2027-01-03'),
    ('NORTH',  'Voorjaarsvakantie', date '2027-02-20', date '2027-02-28'),
    ('MIDDLE', 'Voorjaarsvakantie', date '2027-02-13', date '2027-02-21'),
    ('SOUTH',  'Voorjaarsvakantie', date '2027-02-06', date '2027-02-14'),
    ('NORTH',  'Meivakantie',       date '2027-04-24', date '2027-05-02'),
    ('MIDDLE', 'Meivakantie',       date '2027-04-24', date '2027-05-02'),
    ('SOUTH',  'Meivakantie',       date '2027-04-24', date '2027-05-02'),
    ('NORTH',  'Zomervakantie',     date '2027-07-10', date '2027-08-22'),
    ('MIDDLE', 'Zomervakantie',     date '2027-07-17', date '2027-08-29'),
    ('SOUTH',  'Zomervakantie',     date '2027-07-24', date '2027-09-05');
