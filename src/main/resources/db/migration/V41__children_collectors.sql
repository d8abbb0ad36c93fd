-- The people a child's guardians allow to collect the child after an activity (children/ChildCollectors), shown at
-- the door at check-out; and whether the guardians allow the child to go home alone. Readable by those who may see the
-- child's safety information (staff who take attendance, the child's guardians, a volunteer of the child's sessions).
create table child_collector (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    child_id        uuid         not null references child (id),
    name            varchar(200) not null,
    relation        varchar(100),
    phone           varchar(20),
    created_at      timestamp with time zone not null
);
create index child_collector_child on child_collector (child_id);

create table child_goes_home_alone (
    child_id        uuid primary key references child (id),
    organisation_id uuid not null references organisation (id),
    allowed_at      timestamp with time zone not null,
    allowed_by      uuid not null
);
