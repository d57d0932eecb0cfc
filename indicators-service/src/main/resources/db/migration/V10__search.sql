-- Search (docs/data/search.md). PostgreSQL's parsers cannot cut Chinese into words and no
-- extension is available everywhere we run, so the service segments in Java (common's
-- Segmenter) and stores the terms here: names with weight A; code and the quoted row or
-- sentence with weight B. Rows start unindexed (version 0); the service indexes every row whose
-- search_version is older than its segmenter's at start. No write of the API changes this text.
alter table indicator
    add column search_vector  tsvector not null default ''::tsvector,
    add column search_version int      not null default 0;

create index indicator_search_vector on indicator using gin (search_vector);
