-- Children's questions (issue 17, participation module): a question a child asks (or asks anonymously), recorded by a
-- worker on the child's behalf for now, answered by staff within a target time. The question and the answer may
-- disclose abuse: both are sealed (AES-GCM, kernel Encryption, ParticipationQuestionSealedColumns). A question that
-- matched the danger list is urgent. A good question with its answer may be published without a name.
create table participation_question (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    child_id        uuid         references child (id),
    question_text   varchar(8000) not null,
    urgent          boolean      not null,
    asked_by        uuid         references app_user (id),
    asked_at        timestamp with time zone not null,
    answer_text     varchar(16000),
    answered_by     uuid         references app_user (id),
    answered_at     timestamp with time zone,
    published       boolean      not null,
    published_by    uuid         references app_user (id),
    published_at    timestamp with time zone
);
create index participation_question_organisation on participation_question (organisation_id, answered_at);

-- The daily mail to the coordinators about overdue questions: one row per organisation and day, claimed before the
-- mail goes out, so a second run (or a second node) that day sends nothing.
create table participation_question_reminder (
    organisation_id uuid not null references organisation (id),
    mailed_on       date not null,
    primary key (organisation_id, mailed_on)
);
