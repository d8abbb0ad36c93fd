-- Children's feedback after a session: a score of 1 to 5 smileys and two optional short texts, anonymous by default
-- (child_id only when the child chose to give their name).
create table participation_feedback (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    session_id       uuid          not null,
    activity_id      uuid          not null,
    score            integer       not null check (score between 1 and 5),
    fun              varchar(300),
    better           varchar(300),
    child_id         uuid          references child (id),
    recorded_by      uuid          not null references app_user (id),
    recorded_at      timestamp with time zone not null
);
create index participation_feedback_session on participation_feedback (organisation_id, session_id);
create index participation_feedback_activity on participation_feedback (organisation_id, activity_id);
