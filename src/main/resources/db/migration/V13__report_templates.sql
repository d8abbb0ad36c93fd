-- Reporting: report templates (issue 6). A municipality's own report format, made by an organisation working there:
-- which figures in which order, which breakdowns in which order, and the kind of period it covers (a year, a quarter
-- or a month, chosen when it is run). Figures and breakdowns are stored as ordered comma-separated lists of their
-- names (nl.samenspel.reporting.Figure, ReportTemplate.Breakdown); ReportTemplates checks every name on the way in.
create table report_template (
    id                uuid         primary key,
    version           bigint       not null,
    organisation_id   uuid         not null references organisation (id),
    municipality_code varchar(6)   not null,
    name              varchar(100) not null,
    period_kind       varchar(10)  not null,
    figures           varchar(400) not null,
    breakdowns        varchar(100) not null,
    created_by        uuid         not null,
    created_at        timestamp with time zone not null,
    updated_by        uuid         not null,
    updated_at        timestamp with time zone not null,
    constraint report_template_name unique (organisation_id, name),
    constraint report_template_period check (period_kind in ('YEAR', 'QUARTER', 'MONTH'))
);

create index report_template_municipality on report_template (municipality_code);
