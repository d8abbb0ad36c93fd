-- Issue 16: two-factor login with TOTP (RFC 6238). One row per user that enrolled or is enrolling: the shared secret
-- sealed with the kernel's Encryption (the user's id as associated data, covered by key rotation), whether it was
-- confirmed with a valid code, and the last 30-second step a code was accepted for, so no code works twice.
create table second_factor (
    app_user_id uuid primary key references app_user (id),
    secret      varchar(500) not null,
    active      boolean      not null,
    last_step   bigint,
    created_at  timestamp with time zone not null,
    activated_at timestamp with time zone
);
-- Ten single-use recovery codes per user, shown once; only a salted SHA-256 of each is kept.
create table recovery_code (
    id          uuid primary key,
    app_user_id uuid         not null references app_user (id),
    salt        varchar(64)  not null,
    code_hash   varchar(64)  not null,
    used_at     timestamp with time zone
);
create index recovery_code_user on recovery_code (app_user_id);
