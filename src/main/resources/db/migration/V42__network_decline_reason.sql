-- Why a partner declined a referral: asked when they decline, shown to the referring staff. Sealed like the reason.
alter table referral add column decline_reason varchar(8000);
