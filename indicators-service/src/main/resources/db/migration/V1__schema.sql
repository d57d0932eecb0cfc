-- Indicators owned by indicators-service. Plan data (V2) is read from the plan text;
-- observations and their revisions come in afterwards through the API.

create table indicator_category (
    code        varchar(40) primary key,
    plan        varchar(8)  not null check (plan in ('fyp13', 'fyp14')),
    name_zh     text        not null,
    name_en     text        not null,
    sort_order  int         not null
);

create table indicator (
    code           varchar(40) primary key,
    plan           varchar(8)  not null check (plan in ('fyp13', 'fyp14')),
    -- the table's 序号 as printed ('14', sub-rows '14.1'); null for targets stated in prose
    seq            varchar(10),
    sort_order     int         not null,
    parent_code    varchar(40) references indicator (code),
    category_code  varchar(40) references indicator_category (code),
    name_zh        text        not null,
    name_en        text        not null,
    unit_zh        varchar(60),
    unit_en        varchar(60),
    attribute      varchar(10) not null check (attribute in ('expected', 'binding')),
    direction      varchar(10) not null check (direction in ('increase', 'decrease')),
    value_type     varchar(30) not null check (value_type in ('level', 'annual_average_growth', 'five_year_cumulative', 'ratio')),
    source_column  varchar(20),            -- 专栏1 / 专栏2; null for prose targets
    source_chapter varchar(80) not null,   -- e.g. 第十二章主要目标
    source_quote   text        not null,   -- the row or sentence as printed
    source_line    int         not null,   -- line of the seed text where the row / sentence starts
    related_code   varchar(40) references indicator (code), -- a prose target that restates a table row
    reading_note   text,                   -- every judgment made reading damaged or silent text
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0,
    unique (plan, seq)
);

-- The plan's own values: fyp14 rows have baseline (2020) and target (2025),
-- fyp13 rows have target (2020) and outcome (2020).
create table indicator_plan_value (
    indicator_code varchar(40) not null references indicator (code),
    kind           varchar(10) not null check (kind in ('baseline', 'target', 'outcome')),
    year           int         not null,
    value          numeric(20, 6),          -- null when the cell holds no number
    raw            text        not null,    -- the cell exactly as printed, '' for an empty cell
    qualifier      varchar(10) check (qualifier in ('approx', 'at_least')),
    note           text,                    -- '市级下达' and other non-numeric cells, damaged cells
    primary key (indicator_code, kind)
);
