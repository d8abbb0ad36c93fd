-- Issue 19: when volunteers can work and which sessions still need them. A volunteer's weekly time slots and periods
-- away (kept by the volunteer themselves or by a coordinator); per activity how many volunteers each session wants
-- (set by the coordinator; no row or 0: the activity has no open shifts); and each volunteer's secret calendar feed,
-- of which only the SHA-256 of the token is kept.

create table volunteer_slot (
    id               uuid        primary key,
    organisation_id  uuid        not null references organisation (id),
    volunteer_id     uuid        not null references volunteer (id),
    day_of_week      integer     not null,
    starts_at        time        not null,
    ends_at          time        not null
);
create index volunteer_slot_by_volunteer on volunteer_slot (volunteer_id, day_of_week);

create table volunteer_away (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    volunteer_id     uuid         not null references volunteer (id),
    first_day        date         not null,
    last_day         date         not null,
    note             varchar(200)
);
create index volunteer_away_by_volunteer on volunteer_away (volunteer_id, first_day);

create table volunteer_shift_need (
    activity_id      uuid     primary key references activity (id),
    organisation_id  uuid     not null references organisation (id),
    wanted           integer  not null
);
create index volunteer_shift_need_by_organisation on volunteer_shift_need (organisation_id);

create table volunteer_feed (
    volunteer_id     uuid         primary key references volunteer (id),
    organisation_id  uuid         not null references organisation (id),
    token_hash       varchar(64)  not null,
    created_at       timestamp    not null
);
create unique index volunteer_feed_token on volunteer_feed (token_hash);
