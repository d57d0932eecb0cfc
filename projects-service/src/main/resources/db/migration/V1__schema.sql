-- Major projects owned by projects-service. Plan data (V2) is read from the plan text;
-- status updates, edits and removals come in afterwards through the API.

create table project_subcategory (
    code        varchar(40) primary key,      -- e.g. transport-rail
    sector      varchar(20) not null check (sector in ('transport', 'energy', 'water', 'education')),
    name_zh     text        not null,         -- the column's heading as printed, e.g. 铁路
    name_en     text        not null,
    sort_order  int         not null
);

create table project (
    code              varchar(80) primary key,
    name_zh           text        not null,   -- exactly as printed
    name_en           text        not null,
    sector            varchar(20) not null check (sector in ('transport', 'energy', 'water', 'education')),
    subcategory_code  varchar(40) not null references project_subcategory (code),
    plan_stage        varchar(30) not null check (plan_stage in
                          ('preliminary_work', 'start_construction', 'advance_construction', 'complete', 'implement')),
    plan_stage_phrase text        not null,   -- the plan's verb phrase as printed, e.g. 开工建设
    location_zh       text,
    location_en       text,
    latitude          numeric(9, 6),
    longitude         numeric(9, 6),
    source_column     varchar(20) not null,   -- 专栏4
    source_chapter    varchar(80) not null,   -- e.g. 第十六章构建现代化基础设施体系
    source_quote      text        not null,   -- the column's line as printed
    source_line       int         not null,   -- line of the seed text
    reading_note      text,                   -- judgment made when reading the text
    sort_order        int         not null,
    status            varchar(20) not null default 'not_started' check (status in
                          ('not_started', 'preliminary_work', 'under_construction', 'completed', 'suspended', 'cancelled')),
    progress_percent  int         not null default 0 check (progress_percent between 0 and 100),
    last_reported_at  timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    deleted_at        timestamptz,
    version           bigint      not null default 0
);
