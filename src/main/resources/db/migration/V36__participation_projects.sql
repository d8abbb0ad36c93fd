-- Children's projects (maatschappelijke oefenruimte): a group of children runs its own project, with roles, tasks,
-- an outcome in their own words and photos, each photo kept only while every child it shows has photo consent.
create table participation_project (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    title            varchar(120)  not null,
    goal             varchar(500)  not null,
    activity_id      uuid,
    status           varchar(10)   not null,
    outcome          varchar(1000),
    created_by       uuid          not null references app_user (id),
    created_at       timestamp with time zone not null
);
create index participation_project_owner on participation_project (organisation_id, created_at);

create table participation_project_member (
    project_id  uuid        not null references participation_project (id),
    child_id    uuid        not null references child (id),
    role        varchar(40) not null,
    added_at    timestamp with time zone not null,
    primary key (project_id, child_id)
);
create index participation_project_member_child on participation_project_member (child_id);

create table participation_project_task (
    id          uuid primary key,
    project_id  uuid         not null references participation_project (id),
    text        varchar(200) not null,
    child_id    uuid         references child (id),
    done        boolean      not null,
    created_at  timestamp with time zone not null
);
create index participation_project_task_project on participation_project_task (project_id, created_at);

-- re-encoded before it is stored: no EXIF, no GPS position
create table participation_project_photo (
    id               uuid primary key,
    project_id       uuid        not null references participation_project (id),
    organisation_id  uuid        not null references organisation (id),
    media_type       varchar(20) not null,
    width            integer     not null,
    height           integer     not null,
    content          bytea       not null,
    uploaded_by      uuid        not null references app_user (id),
    uploaded_at      timestamp with time zone not null
);
create index participation_project_photo_project on participation_project_photo (project_id, uploaded_at);

-- the participants a photo shows: each needs a guardian's photo consent, and the photo goes when one withdraws it
create table participation_project_photo_child (
    photo_id  uuid not null references participation_project_photo (id),
    child_id  uuid not null references child (id),
    primary key (photo_id, child_id)
);
create index participation_project_photo_child_child on participation_project_photo_child (child_id);
