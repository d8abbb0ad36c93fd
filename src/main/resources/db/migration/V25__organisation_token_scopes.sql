-- Issue 16: a personal access token has a scope. READ allows GET and HEAD only; READ_WRITE everything its owner's
-- roles allow. Tokens made before scopes keep the full access they were made with.
alter table api_token add column scope varchar(20) default 'READ_WRITE' not null;
alter table api_token add constraint api_token_scope_known check (scope in ('READ', 'READ_WRITE'));
