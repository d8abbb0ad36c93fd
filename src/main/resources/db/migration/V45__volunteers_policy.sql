-- Issue 19: the organisation's volunteer policy. How many years a VOG counts before it is renewed (1 to 10, 3 when the
-- organisation set nothing), the version of the code of conduct volunteers sign now, whether the organisation
-- qualifies for the Regeling Gratis VOG (recruitment shows the note), and the confidential contact person's name.
-- No row means the defaults.

create table volunteer_policy (
    organisation_id       uuid         primary key references organisation (id),
    renewal_years         integer      not null default 3,
    code_version          varchar(40),
    free_vog              boolean      not null default false,
    confidential_contact  varchar(200),
    updated_by            uuid         references app_user (id),
    updated_at            timestamp    not null,
    constraint volunteer_policy_years check (renewal_years between 1 and 10)
);
