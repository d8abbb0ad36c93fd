-- A child acting for themselves (issue 17): on a kiosk a worker opened for a session, or after the child's own login.
-- There is no user account behind such an action, so who recorded an idea, a ballot or feedback may be nobody.
alter table participation_idea alter column proposed_by drop not null;
alter table participation_idea_status_change alter column changed_by drop not null;
alter table participation_ballot alter column recorded_by drop not null;
alter table participation_feedback alter column recorded_by drop not null;

-- The child who asked a question or gave feedback themselves, kept also when they chose to be anonymous, so that they
-- see their own questions (with the answers) and feedback later. Staff pages and the API never read these columns:
-- anonymous stays anonymous towards staff (docs/participation.md, "ChildVoice").
alter table participation_question add column asker_child_id uuid references child (id);
create index participation_question_asker on participation_question (asker_child_id);
alter table participation_feedback add column giver_child_id uuid references child (id);
create index participation_feedback_giver on participation_feedback (giver_child_id);

-- The avatar a child picked on the kiosk (an animal pictogram), one per child.
create table participation_avatar (
    child_id        uuid primary key references child (id),
    organisation_id uuid        not null references organisation (id),
    avatar          varchar(20) not null,
    chosen_at       timestamp with time zone not null
);

-- A kiosk: a tablet a worker opened for one session. Only the SHA-256 of the device's random token is stored. It
-- accepts children's input until it is locked (by the worker or on the kiosk) or until closes_at (the session's end
-- plus a grace period).
create table participation_kiosk (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    session_id      uuid         not null,
    token_hash      varchar(64)  not null,
    opened_by       uuid         not null references app_user (id),
    opened_at       timestamp with time zone not null,
    closes_at       timestamp with time zone not null,
    locked_by       uuid         references app_user (id),
    locked_at       timestamp with time zone,
    constraint participation_kiosk_token unique (token_hash)
);
create index participation_kiosk_organisation on participation_kiosk (organisation_id, locked_at, closes_at);
