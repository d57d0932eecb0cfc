-- plan-service: the plan document. Its data (V2__plan_text.sql) is generated from the plan text;
-- docs/data/plan.md says how. A later change of the text is a new migration that also raises the
-- changed rows' version, which moves every ETag (the service's data version is read from it).

create table plan_document (
    id                  text primary key,
    title_zh            text not null,
    title_en            text not null,
    -- the issuer as the page prints it: its full name (page header) and 发布机构
    issuer_zh           text not null,
    issuer_short_zh     text not null,
    issuer_en           text not null,
    -- 索引号 and 发文字号 (printed empty) of the government information disclosure page
    index_number        text not null,
    document_number     text,
    subject_category_zh text not null,
    genre_zh            text not null,
    written_on          date not null,
    published_on        date not null,
    -- the published page's address; null because the plan text names none
    source_url          text,
    source_file         text not null,
    line_from           integer not null,
    line_to             integer not null,
    version             bigint not null default 1,
    updated_at          timestamptz not null default now()
);

create table plan_element (
    id             text primary key check (id ~ '^[a-z0-9]+(-[0-9]+)?(/[a-z]+(-[0-9]+)?)*$'),
    type           text not null check (type in ('front_matter', 'part', 'chapter', 'section', 'paragraph', 'box', 'box_item')),
    -- the number exactly as printed (第十六章, 专栏4, a table row's 序号), and its value
    num            text,
    num_value      integer,
    title_zh       text,
    title_en       text,
    -- lines line_from..line_to of the plan text joined with \n, exactly as printed
    text_zh        text not null,
    line_from      integer not null,
    line_to        integer not null check (line_to >= line_from),
    parent_id      text references plan_element (id),
    sibling_order  integer not null check (sibling_order >= 1),
    depth          integer not null check (depth >= 1),
    document_order integer not null unique,
    citation_zh    text not null,
    citation_en    text not null,
    damage_note    text,
    version        bigint not null default 1,
    updated_at     timestamptz not null default now(),
    unique (parent_id, sibling_order),
    check ((title_zh is null) = (title_en is null))
);

create index plan_element_parent on plan_element (parent_id, sibling_order);
