-- Organisation module: roles that open signals or health data (RoleGrant.NEED_TO_KNOW) are granted by two ADMINs.
-- One ADMIN requests the grant, another ADMIN of the same organisation approves or rejects it.
create table role_grant (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    app_user_id     uuid         not null references app_user (id),
    roles           varchar(200) not null,
    status          varchar(20)  not null,
    requested_by    uuid         not null references app_user (id),
    requested_at    timestamp with time zone not null,
    decided_by      uuid references app_user (id),
    decided_at      timestamp with time zone
);
create index role_grant_user on role_grant (app_user_id, status);
create index role_grant_organisation on role_grant (organisation_id, status);
