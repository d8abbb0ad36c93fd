-- Organisation module: who must have a second factor, and what a provider's sign-in must prove.
-- second_factor_for_all_staff: every staff member (also WORKER and VOLUNTEER) must have a second factor, not only
-- ADMIN, COORDINATOR and SAFEGUARDING_OFFICER. Off by default (existing organisations and new ones): an ADMIN turns
-- it on, audited.
alter table organisation add column second_factor_for_all_staff boolean default false not null;
-- require_mfa: a sign-in through the organisation's provider counts only when the ID token's amr claim (RFC 8176)
-- says the provider did more than a password. A provider setting like the others: a change waits for a second
-- ADMIN's approval; approved_require_mfa keeps what was approved last.
alter table identity_provider add column require_mfa boolean default false not null;
alter table identity_provider add column approved_require_mfa boolean;
