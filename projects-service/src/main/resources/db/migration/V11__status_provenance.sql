-- Provenance of every status report (issue 16 item 2): the source that states the state (title,
-- publisher, publication date, URL, and the short phrase of the source that states it), whether the
-- source's statement is provisional or final, why a report revises an earlier one, and whether the
-- source speaks of the project as the plan defines it (comparable) or of something else (a section,
-- a different scope), with a note saying how.
--
-- Reports recorded before this migration stated no source; they keep null here, because inventing
-- a source for them would be false. The API shows them without a source object. Their evidence_url,
-- where they had one, stays what it was: a link to evidence, not a stated source.

alter table status_update add column source_title varchar(500);
alter table status_update add column source_publisher varchar(200);
alter table status_update add column source_published_on date;
alter table status_update add column source_url varchar(2000);
alter table status_update add column source_phrase varchar(1000);
alter table status_update add column basis varchar(20);
alter table status_update add column revision_reason varchar(2000);
alter table status_update add column comparable boolean;

alter table status_update add constraint status_update_basis_check check (basis in ('provisional', 'final'));
alter table status_update add constraint status_update_source_url_check
    check (source_url ~ '^https?://[^\s]+$');
-- a report has all of its provenance or (recorded before this migration) none of it
alter table status_update add constraint status_update_provenance_check check (
    (source_title is null and source_publisher is null and source_url is null and source_phrase is null
        and basis is null and comparable is null and source_published_on is null)
    or (source_title is not null and source_publisher is not null and source_url is not null
        and source_phrase is not null and basis is not null and comparable is not null));
