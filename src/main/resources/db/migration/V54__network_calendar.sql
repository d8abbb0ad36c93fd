-- Issue 19: the partners' shared calendar. Children's activities of the partner organisations on the social map
-- (schools, out-of-school care, sports clubs, libraries) and of the organisation itself, per neighbourhood, so that
-- clashes and gaps show. Times are instants (shown in Europe/Amsterdam). An entry imported from an .ics file keeps
-- the event's key (UID and the occurrence's start) so that a new upload updates it instead of adding it again.
create table calendar_entry (
    id                      uuid primary key,
    version                 bigint        not null,
    organisation_id         uuid          not null references organisation (id),
    -- the partner on the social map whose activity it is; null: the organisation's own
    network_organisation_id uuid          references network_organisation (id),
    neighbourhood_id        uuid          not null references neighbourhood (id),
    title                   varchar(200)  not null,
    location                varchar(200),
    description             varchar(2000),
    starts_at               timestamp with time zone not null,
    ends_at                 timestamp with time zone not null,
    min_age                 integer       not null,
    max_age                 integer       not null,
    -- the entries typed as one weekly series share it
    series_id               uuid,
    -- for an imported occurrence: the event's UID, a bar, the occurrence's start (or its RECURRENCE-ID)
    import_key              varchar(400),
    created_by              uuid          not null references app_user (id),
    updated_at              timestamp with time zone not null
);
-- clash and gap detection read one neighbourhood's entries of a bounded period, in order of their start
create index calendar_entry_neighbourhood on calendar_entry (neighbourhood_id, starts_at);
create index calendar_entry_owner on calendar_entry (organisation_id, network_organisation_id, starts_at);
create unique index calendar_entry_import on calendar_entry (network_organisation_id, import_key);
