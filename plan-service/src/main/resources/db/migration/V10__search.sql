-- Search (docs/data/search.md). PostgreSQL's parsers cannot cut Chinese into words and no
-- extension is available everywhere we run, so the service segments in Java (common's
-- Segmenter) and stores the terms here: number and titles with weight A, the text as printed
-- with weight B. Rows start unindexed (version 0); the service indexes every row whose
-- search_version is older than its segmenter's at start. The API has no write of the text.
alter table plan_element
    add column search_vector  tsvector not null default ''::tsvector,
    add column search_version int      not null default 0;

create index plan_element_search_vector on plan_element using gin (search_vector);
