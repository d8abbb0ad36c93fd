-- A drawing or photo with an idea (one per idea), re-encoded before it is stored: no EXIF, no GPS position.
create table participation_idea_picture (
    idea_id          uuid primary key references participation_idea (id),
    organisation_id  uuid        not null references organisation (id),
    media_type       varchar(20) not null,
    width            integer     not null,
    height           integer     not null,
    content          bytea       not null,
    uploaded_by      uuid        not null references app_user (id),
    uploaded_at      timestamp with time zone not null
);
create index participation_idea_picture_owner on participation_idea_picture (organisation_id);
