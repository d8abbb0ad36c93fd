-- The yearly access review (issue 16): when each user last signed in, and each review an ADMIN signed off with the
-- users and roles as they were at that moment (one row per user), so a later review can be compared with it.
alter table app_user add column last_login_at timestamp with time zone;

create table organisation_access_reviews (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    reviewer_id     uuid          not null references app_user (id),
    reviewer_name   varchar(200)  not null,
    reviewed_at     timestamp with time zone not null,
    note            varchar(2000) not null
);
create index organisation_access_reviews_by_organisation on organisation_access_reviews (organisation_id, reviewed_at);

create table organisation_access_review_users (
    review_id     uuid         not null references organisation_access_reviews (id),
    app_user_id   uuid         not null references app_user (id),
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    roles         varchar(300) not null,
    status        varchar(20)  not null,
    last_login_at timestamp with time zone,
    primary key (review_id, app_user_id)
);
