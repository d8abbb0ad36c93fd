-- Children's ideas, grouped in rounds, with votes and "you said, we did": the status of every idea with its history.
create table participation_round (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    title            varchar(200) not null,
    activity_id      uuid,
    method           varchar(10)  not null,
    dots             integer      not null,
    status           varchar(10)  not null,
    opens_on         date,
    closes_on        date,
    created_by       uuid         not null references app_user (id),
    created_at       timestamp with time zone not null
);
create index participation_round_owner on participation_round (organisation_id, status);

create table participation_idea (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    round_id         uuid          not null references participation_round (id),
    text             varchar(500)  not null,
    child_id         uuid          references child (id),
    proposed_by      uuid          not null references app_user (id),
    approved         boolean       not null,
    flagged          boolean       not null,
    status           varchar(20)   not null,
    reason           varchar(200),
    activity_id      uuid,
    created_at       timestamp with time zone not null
);
create index participation_idea_round on participation_idea (round_id, created_at);
create index participation_idea_child on participation_idea (child_id);

create table participation_idea_status_change (
    idea_id     uuid         not null references participation_idea (id),
    status      varchar(20)  not null,
    reason      varchar(200),
    activity_id uuid,
    changed_by  uuid         not null references app_user (id),
    changed_at  timestamp with time zone not null
);
create index participation_idea_status_change_idea on participation_idea_status_change (idea_id, changed_at);

-- one ballot per child per round: the constraint decides when two arrive at once
create table participation_ballot (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    round_id        uuid not null references participation_round (id),
    child_id        uuid not null references child (id),
    recorded_by     uuid not null references app_user (id),
    cast_at         timestamp with time zone not null,
    constraint participation_ballot_once unique (round_id, child_id)
);

create table participation_vote (
    ballot_id uuid    not null references participation_ballot (id),
    idea_id   uuid    not null references participation_idea (id),
    dots      integer not null,
    primary key (ballot_id, idea_id)
);
create index participation_vote_idea on participation_vote (idea_id);
