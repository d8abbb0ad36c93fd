-- Session ids of 256 random bits (organisation/SessionIds, ASVS 7.2.3), written as 43 characters of base64url;
-- the random UUIDs before them had 36 characters and only 122 random bits.
alter table spring_session alter column session_id set data type varchar(64);
