-- Issue 16: one row per throttled subject (an account name's hash, an address, or the pair of both). An attempt
-- locks its subjects' rows (select ... for update) while it checks their failures and reserves one more, so
-- parallel attempts, on any node, are counted one after the other and none passes a check another has used up.
create table login_subject (
    subject varchar(200) primary key
);
