-- A child's own login (ages 8 to 12, with a guardian's consent CHILD_LOGIN): a code on a printed card and a picture
-- password, signing in as a passwordless account with role CHILD. The code is stored only as a keyed hash (HMAC with
-- the application's key, kernel Encryption.lookupHash) to find the login by; the pictures only as a salted password
-- hash. At most one login per child is active: active_child_id holds the child's id while the login is active and
-- is null once revoked (a unique column rather than a partial index, which H2 does not have).
create table participation_child_login (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    child_id         uuid          not null references child (id),
    active_child_id  uuid          references child (id),
    app_user_id      uuid          not null references app_user (id),
    code_hash        varchar(100)  not null,
    pictures_hash    varchar(200)  not null,
    issued_by        uuid          references app_user (id),
    issued_at        timestamp with time zone not null,
    revoked_by       uuid          references app_user (id),
    revoked_at       timestamp with time zone,
    constraint participation_child_login_one_active unique (active_child_id),
    constraint participation_child_login_code unique (code_hash),
    constraint participation_child_login_active check (active_child_id is null or active_child_id = child_id)
);
create index participation_child_login_child on participation_child_login (organisation_id, child_id);
