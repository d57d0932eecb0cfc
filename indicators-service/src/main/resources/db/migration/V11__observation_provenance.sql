-- Provenance on every observation (issue 16 item 2): where the figure was published, the short
-- phrase of the source that states it, whether it is provisional or final, whether it measures
-- what the indicator measures, and why a revision replaced the value before it.
-- The names follow the API: basis (was status), revision_reason (was reason), source_* (the
-- source object). learnedAt is recorded_at, the server's time: no column of its own.
alter table observation rename column status to basis;
alter table observation rename column reason to revision_reason;
alter table observation add column source_title        varchar(500);
alter table observation add column source_publisher    varchar(500);
alter table observation add column source_published_on date;
alter table observation add column source_url          varchar(2000)
    check (source_url ~ '^https?://');
alter table observation add column source_phrase       varchar(2000);
alter table observation add column comparable          boolean;

-- Rows recorded before provenance was required were test or seed values (the dashboard tests,
-- the system tests, scripts against a development suite): nobody recorded where they were
-- published. They are kept and served as what they are, with no source, and comparable = false,
-- so that none of them feeds progress. The free text they had as "source" moves into the note.
update observation set
    comparable = false,
    note = left('记录于出处必填之前(V11迁移):测试或示例值,无出处,不计入进度 / recorded before provenance was '
                || 'required (migration V11): a test or sample value with no source, not counted in progress'
                || coalesce('; source as recorded: ' || source, '')
                || coalesce('; ' || note, ''), 2000);
alter table observation drop column source;
alter table observation alter column comparable set not null;

-- Every row recorded from now on names its source; only the rows updated above may lack one.
alter table observation add column provenance_missing boolean not null default false;
update observation set provenance_missing = true;
alter table observation add constraint observation_source_required check (provenance_missing or (
    source_title is not null and source_publisher is not null and source_url is not null
    and source_phrase is not null));
