-- Issue 19, recruitment and VOG renewals (volunteers module). An application made on the public "become a volunteer"
-- form: the volunteer row it created (status APPLICANT), what the applicant wrote, when they consented to the
-- processing of their data, and how it ended (activated, rejected or withdrawn, with the reason). Its steps, each
-- dated with who recorded it. The counters that throttle the public form (a hash of the address, or the
-- organisation, per hour). And the renewal notices sent: one per volunteer and renewal due date, claimed before the
-- mail leaves, so that a second run or a second node sends nothing.

create table volunteer_application (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    volunteer_id     uuid          not null references volunteer (id),
    motivation       varchar(1000) not null,
    availability     varchar(500)  not null,
    language         varchar(5)    not null,
    consent_at       timestamp     not null,
    applied_at       timestamp     not null,
    outcome          varchar(20),
    outcome_reason   varchar(500),
    outcome_on       date,
    outcome_by       uuid          references app_user (id)
);
create unique index volunteer_application_of_volunteer on volunteer_application (volunteer_id);
create index volunteer_application_by_organisation on volunteer_application (organisation_id, applied_at);

create table volunteer_application_step (
    application_id   uuid          not null references volunteer_application (id),
    step             varchar(30)   not null,
    done_on          date          not null,
    notes            varchar(2000),
    recorded_by      uuid          not null references app_user (id),
    recorded_at      timestamp     not null,
    primary key (application_id, step)
);

create table volunteer_application_throttle (
    subject          varchar(100)  not null,
    window_start     timestamp     not null,
    used             integer       not null,
    primary key (subject, window_start)
);

create table volunteer_renewal_notice (
    volunteer_id     uuid          not null references volunteer (id),
    renewal_due      date          not null,
    organisation_id  uuid          not null references organisation (id),
    sent_at          timestamp     not null,
    primary key (volunteer_id, renewal_due)
);
