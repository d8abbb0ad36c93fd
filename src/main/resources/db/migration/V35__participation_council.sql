-- The children's council (kinderraad): its members (children of the organisation, with a role and the dates they
-- were members; a member who left keeps their row), its meetings with who was present, and the decisions taken there.
create table participation_council (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    name             varchar(200) not null,
    activity_id      uuid,
    created_by       uuid         not null references app_user (id),
    created_at       timestamp with time zone not null
);
create index participation_council_owner on participation_council (organisation_id, created_at);

create table participation_council_member (
    id            uuid primary key,
    council_id    uuid        not null references participation_council (id),
    child_id      uuid        not null references child (id),
    role          varchar(20) not null,
    member_from   date        not null,
    member_until  date,
    added_by      uuid        not null references app_user (id),
    added_at      timestamp with time zone not null
);
create index participation_council_member_council on participation_council_member (council_id, child_id);
create index participation_council_member_child on participation_council_member (child_id);

create table participation_council_meeting (
    id            uuid primary key,
    council_id    uuid          not null references participation_council (id),
    meeting_date  date          not null,
    place         varchar(200),
    agenda        varchar(1000) not null,
    notes         varchar(2000),
    recorded_by   uuid          not null references app_user (id),
    recorded_at   timestamp with time zone not null
);
create index participation_council_meeting_council on participation_council_meeting (council_id, meeting_date);

create table participation_council_presence (
    meeting_id uuid not null references participation_council_meeting (id),
    member_id  uuid not null references participation_council_member (id),
    primary key (meeting_id, member_id)
);
create index participation_council_presence_member on participation_council_presence (member_id);

create table participation_council_decision (
    id           uuid primary key,
    council_id   uuid         not null references participation_council (id),
    meeting_id   uuid         not null references participation_council_meeting (id),
    text         varchar(500) not null,
    idea_id      uuid         references participation_idea (id),
    assignee     varchar(300),
    status       varchar(20)  not null,
    reason       varchar(200),
    recorded_by  uuid         not null references app_user (id),
    recorded_at  timestamp with time zone not null,
    changed_by   uuid         not null references app_user (id),
    changed_at   timestamp with time zone not null
);
create index participation_council_decision_council on participation_council_decision (council_id, recorded_at);
create index participation_council_decision_idea on participation_council_decision (idea_id);
