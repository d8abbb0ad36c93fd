-- Signals module: signals of concern and Meldcode cases. Everything a person wrote (facts, sources, notes,
-- references) is sealed (AES-GCM, the key of the children's health information); only ids, dates, categories,
-- steps and decisions are in plain columns, for the need-to-know lists and for counts.
create table signal (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    child_id        uuid         not null references child (id),
    raised_by       uuid         not null references app_user (id),
    raised_at       timestamp with time zone not null,
    observed_on     date         not null,
    category        varchar(30)  not null,
    worry           varchar(10)  not null,
    facts           varchar(20000) not null,
    source          varchar(4000),
    session_id      uuid,
    case_id         uuid
);
create index signal_organisation on signal (organisation_id, raised_at);
create index signal_child on signal (child_id);

create table concern_case (
    id              uuid primary key,
    version         bigint       not null,
    organisation_id uuid         not null references organisation (id),
    child_id        uuid         not null references child (id),
    opened_by       uuid         not null references app_user (id),
    opened_at       timestamp with time zone not null,
    status          varchar(10)  not null,
    step            integer      not null,
    report_required boolean,
    help_possible   boolean,
    reported_on     date,
    follow_up_on    date,
    reminded_on     date,
    closed_at       timestamp with time zone,
    closed_because  varchar(30)
);
create index concern_case_organisation on concern_case (organisation_id, status);
create index concern_case_follow_up on concern_case (status, follow_up_on);

create table case_member (
    case_id     uuid not null references concern_case (id),
    app_user_id uuid not null references app_user (id),
    added_by    uuid not null,
    added_at    timestamp with time zone not null,
    primary key (case_id, app_user_id)
);

-- One thing recorded in a step: an observation or hypothesis (1), a consultation (2), a conversation or the reason
-- it was skipped (3), an answer of the afwegingskader (4), the decisions, the report and the agreed help (5).
create table case_entry (
    id          uuid primary key,
    case_id     uuid         not null references concern_case (id),
    step        integer      not null,
    kind        varchar(30)  not null,
    question    integer,
    answer      boolean,
    hypothesis  varchar(10),
    content     varchar(20000),
    reference   varchar(2000),
    recorded_by uuid         not null,
    recorded_at timestamp with time zone not null
);
create index case_entry_case on case_entry (case_id, recorded_at);
