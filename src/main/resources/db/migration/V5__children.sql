-- Children module: children, guardians, consents and assent, safety information.
-- No BSN and no copies of identity documents: a welfare organisation may not keep them.
-- Health information (allergies, medication, diet, medical notes) is stored encrypted (AES-GCM), never in plain text.
create table child (
    id               uuid primary key,
    version          bigint       not null,
    organisation_id  uuid         not null references organisation (id),
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    search_name      varchar(210) not null,
    date_of_birth    date         not null,
    gender           varchar(20)  not null,
    neighbourhood_id uuid,
    postcode         varchar(4),
    school           varchar(200),
    home_languages   varchar(200),
    status           varchar(20)  not null,
    registered_by    uuid,
    created_at       timestamp with time zone not null,
    last_activity_at timestamp with time zone not null,
    review_since     timestamp with time zone,
    photo_key        varchar(100)
);
create index child_search on child (organisation_id, search_name);
create index child_birth on child (organisation_id, date_of_birth);

create table guardian (
    id                 uuid primary key,
    version            bigint       not null,
    organisation_id    uuid         not null references organisation (id),
    name               varchar(200) not null,
    phone              varchar(20),
    email              varchar(254),
    preferred_language varchar(5)   not null,
    app_user_id        uuid,
    created_at         timestamp with time zone not null
);
create index guardian_organisation on guardian (organisation_id);
create index guardian_user on guardian (app_user_id);

create table child_guardian (
    child_id    uuid        not null references child (id),
    guardian_id uuid        not null references guardian (id),
    relation    varchar(20) not null,
    primary key (child_id, guardian_id)
);
create index child_guardian_guardian on child_guardian (guardian_id);

-- The texts parents agree to, versioned per organisation and purpose, in B1 Dutch and English.
create table consent_text (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    purpose         varchar(30)   not null,
    version         integer       not null,
    text_nl         varchar(4000) not null,
    text_en         varchar(4000) not null,
    published_at    timestamp with time zone not null,
    constraint consent_text_version_unique unique (organisation_id, purpose, version)
);

-- Every consent given, with who gave it, how, for which text version, and its withdrawal: the history stays.
create table consent (
    id              uuid primary key,
    child_id        uuid        not null references child (id),
    guardian_id     uuid        not null references guardian (id),
    purpose         varchar(30) not null,
    method          varchar(20) not null,
    text_version    integer     not null,
    given_at        timestamp with time zone not null,
    recorded_by     uuid,
    withdrawn_at    timestamp with time zone,
    withdrawn_by    uuid
);
create index consent_child on consent (child_id, purpose);

-- The child's own say, in the child's own words, for the same purposes.
create table child_assent (
    id          uuid primary key,
    child_id    uuid         not null references child (id),
    purpose     varchar(30)  not null,
    agrees      boolean      not null,
    words       varchar(500),
    recorded_at timestamp with time zone not null,
    recorded_by uuid
);
create index child_assent_child on child_assent (child_id, purpose);

create table safety_info (
    child_id       uuid primary key references child (id),
    allergies      varchar(12000),
    medication     varchar(12000),
    diet           varchar(12000),
    medical_notes  varchar(12000),
    updated_at     timestamp with time zone not null
);

create table emergency_contact (
    id       uuid primary key,
    child_id uuid         not null references child (id),
    name     varchar(200) not null,
    relation varchar(100),
    phone    varchar(20)  not null
);
create index emergency_contact_child on emergency_contact (child_id);

-- An uploaded import file, kept between its preview and the coordinator's confirmation (then removed).
create table child_import (
    id              uuid primary key,
    organisation_id uuid  not null references organisation (id),
    user_id         uuid  not null,
    content         bytea not null,
    created_at      timestamp with time zone not null
);
