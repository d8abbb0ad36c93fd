-- Organisation module: an organisation may let its people sign in through its own OpenID Connect provider
-- (Entra ID, Keycloak). One provider per organisation; the client secret is sealed (kernel Encryption, the row's id
-- as associated data). group_roles holds one "group=ROLE" per line: the provider's groups decide the roles.
-- Four eyes: every change of issuer, client, groups claim or mapping, and switching it on, is made by one ADMIN
-- (changed_by, change_id) and is in force only once another ADMIN approved that change (approved_by); the approved_*
-- columns keep what was approved last, to show the next change against it.
create table identity_provider (
    id              uuid primary key,
    organisation_id uuid          not null unique references organisation (id),
    short_name      varchar(40)   not null unique,
    issuer_uri      varchar(500)  not null,
    client_id       varchar(200)  not null,
    client_secret   varchar(2000) not null,
    groups_claim    varchar(100)  not null,
    group_roles     varchar(4000) not null,
    enabled         boolean       not null,
    updated_at      timestamp with time zone not null,
    change_id       uuid          not null,
    changed_by      uuid          not null references app_user (id),
    approved_by     uuid          references app_user (id),
    approved_at     timestamp with time zone,
    approved_issuer_uri   varchar(500),
    approved_client_id    varchar(200),
    approved_groups_claim varchar(100),
    approved_group_roles  varchar(4000),
    constraint identity_provider_four_eyes check (approved_by is null or approved_by <> changed_by)
);

-- Which account of the organisation a provider's user (issuer and subject) is, once linked at a first sign-in.
create table identity_provider_link (
    organisation_id uuid         not null references organisation (id),
    issuer_uri      varchar(500) not null,
    subject         varchar(255) not null,
    app_user_id     uuid         not null references app_user (id),
    linked_at       timestamp with time zone not null,
    primary key (organisation_id, issuer_uri, subject)
);
create unique index identity_provider_link_user on identity_provider_link (app_user_id, issuer_uri);
