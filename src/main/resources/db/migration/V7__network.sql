-- Network module: the social map (organisations and services a worker refers to), the PARTNER users who work at
-- them, and referrals. A referral's reason and the contact shared with the partner are sealed (AES-GCM).
create table network_organisation (
    id               uuid primary key,
    version          bigint        not null,
    organisation_id  uuid          not null references organisation (id),
    kind             varchar(30)   not null,
    name             varchar(200)  not null,
    description      varchar(2000),
    phone            varchar(30),
    email            varchar(254),
    website          varchar(300),
    min_age          integer,
    max_age          integer,
    route            varchar(20)   not null,
    national         boolean       not null,
    active           boolean       not null
);
create index network_organisation_owner on network_organisation (organisation_id, active, name);

create table network_organisation_neighbourhood (
    network_organisation_id uuid not null references network_organisation (id),
    neighbourhood_id        uuid not null references neighbourhood (id),
    primary key (network_organisation_id, neighbourhood_id)
);

-- A PARTNER user works at one social-map organisation.
create table partner_account (
    app_user_id             uuid primary key references app_user (id),
    network_organisation_id uuid not null references network_organisation (id)
);

create table referral (
    id                      uuid primary key,
    version                 bigint       not null,
    organisation_id         uuid         not null references organisation (id),
    child_id                uuid         not null references child (id),
    network_organisation_id uuid         not null references network_organisation (id),
    reason                  varchar(20000) not null,
    contact                 varchar(4000),
    consent_guardian_id     uuid,
    no_consent_reason       varchar(8000),
    warm_handover           boolean      not null,
    intermediary_id         uuid,
    status                  varchar(20)  not null,
    follow_up_on            date,
    referred_by             uuid         not null references app_user (id),
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null
);
create index referral_organisation on referral (organisation_id, status);
create index referral_target on referral (network_organisation_id, status);
create index referral_child on referral (child_id);

create table referral_status_change (
    referral_id uuid        not null references referral (id),
    status      varchar(20) not null,
    changed_by  uuid        not null,
    changed_at  timestamp with time zone not null
);
create index referral_status_change_referral on referral_status_change (referral_id, changed_at);
