-- Every project column's shape (docs/data/projects.md): what kind of item a row is, whether the plan
-- names one particular thing, and the plan-service element that states it; the sectors and plan
-- stages of every column; rows for the items that were excluded (flagged generic or programme);
-- the audit's fixes (issue 15 item 6); and status not_reported instead of an invented not_started
-- (issue 16 item 1). Every live row's representation changes here, so each gets a new version
-- (its ETags change) and one change_event, so that a client following the feed learns of it.

-- kind, specificity, source_element ------------------------------------------------------------

alter table project add column kind varchar(20);
alter table project add column specificity varchar(10);
alter table project add column source_element varchar(60);

-- The 84 rows of V2 are all named construction works, one 专栏 row (one line of the text) each.
update project set kind = 'construction', specificity = 'named',
    source_element = case source_line
        when 735 then 'box-4/item-1' when 737 then 'box-4/item-2' when 739 then 'box-4/item-3'
        when 741 then 'box-4/item-4' when 743 then 'box-4/item-5' when 745 then 'box-4/item-6'
        when 747 then 'box-4/item-7'
        when 757 then 'box-5/item-1' when 759 then 'box-5/item-2'
        when 767 then 'box-6/item-1' when 769 then 'box-6/item-2' when 771 then 'box-6/item-3'
        when 1345 then 'box-17/item-1' when 1347 then 'box-17/item-2' when 1349 then 'box-17/item-3'
    end;

alter table project alter column kind set not null;
alter table project alter column specificity set not null;
alter table project alter column source_element set not null;
alter table project add constraint project_kind_check check (kind in ('construction', 'programme', 'area', 'task'));
alter table project add constraint project_specificity_check check (specificity in ('named', 'generic'));

-- sectors and plan stages of every column ------------------------------------------------------

alter table project drop constraint project_sector_check;
alter table project_subcategory drop constraint project_subcategory_sector_check;
alter table project alter column sector type varchar(30);
alter table project_subcategory alter column sector type varchar(30);
-- room for the longer sector codes in subcategory codes (e.g. regional-cooperation-...)
alter table project_subcategory alter column code type varchar(60);
alter table project alter column subcategory_code type varchar(60);
alter table project add constraint project_sector_check check (sector in (
    'consumption', 'transport', 'energy', 'water', 'new_infrastructure', 'regional_cooperation', 'innovation',
    'manufacturing', 'services', 'urban', 'rural', 'culture_tourism', 'environment', 'ecology', 'education',
    'health', 'social_security'));
alter table project_subcategory add constraint project_subcategory_sector_check check (sector in (
    'consumption', 'transport', 'energy', 'water', 'new_infrastructure', 'regional_cooperation', 'innovation',
    'manufacturing', 'services', 'urban', 'rural', 'culture_tourism', 'environment', 'ecology', 'education',
    'health', 'social_security'));

alter table project drop constraint project_plan_stage_check;
alter table project add constraint project_plan_stage_check check (plan_stage in
    ('preliminary_work', 'start_construction', 'advance_construction', 'complete', 'implement', 'develop', 'promote'));

-- status not_reported: a status is only what a report says -----------------------------------

alter table project drop constraint project_status_check;
alter table project add constraint project_status_check check (status in
    ('not_reported', 'not_started', 'preliminary_work', 'under_construction', 'completed', 'suspended', 'cancelled'));
alter table project alter column status set default 'not_reported';
-- no report, no progress: null, not 0 %
alter table project alter column progress_percent drop not null;
alter table project alter column progress_percent drop default;
-- the first report of a project follows no reported progress
alter table status_update alter column previous_progress_percent drop not null;

update project p set status = 'not_reported', progress_percent = null
where p.status = 'not_started' and not exists (select 1 from status_update u where u.project_code = p.code);

create index project_source_element on project (source_element);

-- the items excluded until now become rows, flagged --------------------------------------------
-- sort_order here only places them in reading order; the renumbering below gives the final values.

insert into project (code, name_zh, name_en, sector, subcategory_code, kind, specificity, plan_stage, plan_stage_phrase,
                     location_zh, location_en, source_column, source_chapter, source_quote, source_line,
                     source_element, reading_note, sort_order)
values ('water-supply-old-mains-secondary-supply-renovation',
        '城镇老旧供水管网和二次供水设施改造',
        'Renovation of Old Urban Water Supply Mains and Secondary Water Supply Facilities',
        'water',
        'water-supply',
        'programme',
        'generic',
        'implement',
        '实施',
        null,
        null,
        '专栏6',
        '第十六章构建现代化基础设施体系',
        '供水工程。扩建西彭水厂,实施城镇老旧供水管网和二次供水设施改造,加强应急备用水源建设。',
        767,
        'box-6/item-1',
        '全区性的改造计划,未指明任何管网、地点或设施,故为 generic 的 programme;“和”连接的两类设施共用“改造”,按一项(正文第763行作“持续实施老旧管网改造和二次供水设施改造”)。A district-wide renovation programme naming no main, site or facility: a generic programme. The two classes of facility joined by 和 share one 改造 and are one row (the prose, line 763, says 持续实施老旧管网改造和二次供水设施改造: a continuing measure). 动词“实施”定为 implement。The verb 实施 gives implement. 无地点。No place stated.',
        565);

insert into project (code, name_zh, name_en, sector, subcategory_code, kind, specificity, plan_stage, plan_stage_phrase,
                     location_zh, location_en, source_column, source_chapter, source_quote, source_line,
                     source_element, reading_note, sort_order)
values ('water-supply-emergency-standby-water-sources',
        '应急备用水源建设',
        'Development of Emergency Standby Water Sources',
        'water',
        'water-supply',
        'programme',
        'generic',
        'implement',
        '加强',
        null,
        null,
        '专栏6',
        '第十六章构建现代化基础设施体系',
        '供水工程。扩建西彭水厂,实施城镇老旧供水管网和二次供水设施改造,加强应急备用水源建设。',
        767,
        'box-6/item-1',
        '“加强应急备用水源建设”未指明任何水源,故为 generic 的 programme;name_zh 取动词“加强”后的印刷片段。Names no water source: a generic programme; name_zh is the printed span after the verb 加强. “加强”不在动词表中,按工程名词“建设”定为 implement(正文第763行“加强供水互联互通和应急备用水源建设”)。加强 (strengthen) is not in the verb table; the work noun 建设 gives implement (the prose, line 763, says the same). 无地点。No place stated.',
        566);

insert into project (code, name_zh, name_en, sector, subcategory_code, kind, specificity, plan_stage, plan_stage_phrase,
                     location_zh, location_en, source_column, source_chapter, source_quote, source_line,
                     source_element, reading_note, sort_order)
values ('education-vocational-three-year-cultivation-plan',
        '“三年培育计划”',
        'Vocational Education Three-Year Cultivation Plan',
        'education',
        'education-vocational',
        'programme',
        'named',
        'implement',
        '实施',
        null,
        null,
        '专栏17',
        '第四十五章加快建设新时代教育强区',
        '职业教育。实施“三年培育计划”“质量提升计划”“技能科研促进计划”,实施职教中心教学楼扩建等项目。',
        1349,
        'box-17/item-3',
        '具名的职业教育政策计划(正文第1337行“实施职业教育“三年培育计划”…”),不是工程,故为 named 的 programme;三项计划以引号分隔,每项一行,name_zh 连引号照印。A named vocational-education programme (the prose, line 1337, says 职业教育), not a construction work. The three plans are delimited by their quotation marks, one row each; name_zh keeps the marks as printed. 动词“实施”定为 implement。The verb 实施 gives implement.',
        835);

insert into project (code, name_zh, name_en, sector, subcategory_code, kind, specificity, plan_stage, plan_stage_phrase,
                     location_zh, location_en, source_column, source_chapter, source_quote, source_line,
                     source_element, reading_note, sort_order)
values ('education-vocational-quality-improvement-plan',
        '“质量提升计划”',
        'Vocational Education Quality Improvement Plan',
        'education',
        'education-vocational',
        'programme',
        'named',
        'implement',
        '实施',
        null,
        null,
        '专栏17',
        '第四十五章加快建设新时代教育强区',
        '职业教育。实施“三年培育计划”“质量提升计划”“技能科研促进计划”,实施职教中心教学楼扩建等项目。',
        1349,
        'box-17/item-3',
        '具名的职业教育政策计划(正文第1337行“实施职业教育“三年培育计划”“质量提升计划”…”),不是工程,故为 named 的 programme;三项计划以引号分隔,每项一行,name_zh 连引号照印。A named vocational-education programme (the prose, line 1337, says 职业教育), not a construction work. The three plans are delimited by their quotation marks, one row each; name_zh keeps the marks as printed. 动词“实施”定为 implement。The verb 实施 gives implement.',
        836);

insert into project (code, name_zh, name_en, sector, subcategory_code, kind, specificity, plan_stage, plan_stage_phrase,
                     location_zh, location_en, source_column, source_chapter, source_quote, source_line,
                     source_element, reading_note, sort_order)
values ('education-vocational-skills-research-promotion-plan',
        '“技能科研促进计划”',
        'Vocational Education Skills and Research Promotion Plan',
        'education',
        'education-vocational',
        'programme',
        'named',
        'implement',
        '实施',
        null,
        null,
        '专栏17',
        '第四十五章加快建设新时代教育强区',
        '职业教育。实施“三年培育计划”“质量提升计划”“技能科研促进计划”,实施职教中心教学楼扩建等项目。',
        1349,
        'box-17/item-3',
        '具名的职业教育政策计划(正文第1337行“实施职业教育…“技能科研促进计划””),不是工程,故为 named 的 programme;三项计划以引号分隔,每项一行,name_zh 连引号照印。A named vocational-education programme (the prose, line 1337, says 职业教育), not a construction work. The three plans are delimited by their quotation marks, one row each; name_zh keeps the marks as printed. 动词“实施”定为 implement。The verb 实施 gives implement.',
        837);

update project set reading_note = '正文(第1337行)称“区职教中心”,即本区职教中心。The prose calls it the district vocational education centre. 同行的“三年培育计划”等三项计划各为一行(programme)。The three plans in the same line are rows of their own (programmes).'
where code = 'education-vocational-vocational-centre-teaching-building-expansion';

-- 川美校史陈列馆和城市美育学院改造 names two buildings: two rows replace the one --------------------

insert into project (code, name_zh, name_en, sector, subcategory_code, kind, specificity, plan_stage, plan_stage_phrase,
                     location_zh, location_en, source_column, source_chapter, source_quote, source_line,
                     source_element, reading_note, sort_order)
values ('education-higher-scfai-history-exhibition-hall-renovation',
        '川美校史陈列馆',
        'Sichuan Fine Arts Institute History Exhibition Hall Renovation',
        'education',
        'education-higher',
        'construction',
        'named',
        'advance_construction',
        '推动…改造',
        null,
        null,
        '专栏17',
        '第四十五章加快建设新时代教育强区',
        '高等教育。新建李政道科学与艺术学院等,推动川美校史陈列馆和城市美育学院改造等项目。',
        1347,
        'box-17/item-2',
        '“川美校史陈列馆和城市美育学院改造”指两座建筑,各为一行(取代原合并的一行 education-higher-scfai-history-hall-urban-aesthetic-college-renovation);name_zh 照印元素,共用的“改造”只印在后一元素上,因单独的馆名在“推动”下不成工程,读作两者共用,name_en 补全。The span names two buildings, one row each (replacing the combined row); name_zh keeps the printed element; the shared 改造 is printed on the second element only and is read as shared, because a bare building name under 推动 is no work; name_en supplies it. “推动…等项目”只给“推动”,按“推动+工程”规则定为 advance_construction。The column gives only 推动; stage by the rule 推动 + works = advance_construction. “川美”即四川美术学院(第1333行)。川美 is the Sichuan Fine Arts Institute (line 1333).',
        828);

insert into project (code, name_zh, name_en, sector, subcategory_code, kind, specificity, plan_stage, plan_stage_phrase,
                     location_zh, location_en, source_column, source_chapter, source_quote, source_line,
                     source_element, reading_note, sort_order)
values ('education-higher-urban-aesthetic-education-college-renovation',
        '城市美育学院改造',
        'Urban Aesthetic Education College Renovation',
        'education',
        'education-higher',
        'construction',
        'named',
        'advance_construction',
        '推动…改造',
        null,
        null,
        '专栏17',
        '第四十五章加快建设新时代教育强区',
        '高等教育。新建李政道科学与艺术学院等,推动川美校史陈列馆和城市美育学院改造等项目。',
        1347,
        'box-17/item-2',
        '“川美校史陈列馆和城市美育学院改造”指两座建筑,各为一行(取代原合并的一行 education-higher-scfai-history-hall-urban-aesthetic-college-renovation);name_zh 照印元素。The span names two buildings, one row each (replacing the combined row); name_zh keeps the printed element. 文本未说明城市美育学院是否属川美,name_en 不加 Sichuan Fine Arts Institute。The text does not say whether the college belongs to 川美, so name_en does not add it. “推动…等项目”只给“推动”,按“推动+工程”规则定为 advance_construction。The column gives only 推动; stage by the rule 推动 + works = advance_construction.',
        829);

-- 西干道、西铜南路、西铜北路工程中管线迁改 is one pipeline relocation: the first code stays, the two
-- others are removed (soft delete), so the feed carries their tombstones and their URLs answer 410.

update project set
    name_zh = '西干道、西铜南路、西铜北路工程中管线迁改',
    name_en = 'Gas Pipeline Relocation in the West Trunk Road, Xitong South Road and Xitong North Road Works',
    reading_note = '“西干道、西铜南路、西铜北路工程中管线迁改”为一项管线迁改工程:三条道路共用“工程中管线迁改”,正文(第753行)作“实施西干道、西铜南路、西铜北路工程中管线等燃气管线迁改工程”,即一项工程;name_zh 照印整段。One pipeline relocation: the three roads share 工程中管线迁改, and the prose (line 753) calls it one 燃气管线迁改工程 (gas pipeline relocation works); name_zh is the whole printed span. 原拆为三行,西铜南路、西铜北路两行已移除(energy-gas-xitong-south-road-pipeline-relocation, energy-gas-xitong-north-road-pipeline-relocation),本行保留原代码。It was three rows; the other two were removed and this row keeps its code. 路名不作地点。Road names are not read as a location. 句末“建设”读作“加快推进…建设”的共用收尾。The line-final 建设 is read as closing the shared verb 加快推进…建设.'
where code = 'energy-gas-xigandao-pipeline-relocation' and deleted_at is null;

update project set deleted_at = now()
where code in ('energy-gas-xitong-south-road-pipeline-relocation', 'energy-gas-xitong-north-road-pipeline-relocation',
               'education-higher-scfai-history-hall-urban-aesthetic-college-renovation')
  and deleted_at is null;

-- English: one term for each Chinese term across the table ---------------------------------

update project set
    name_en = 'Chongqing Port Main Urban Port Area, Huanglian Operation Zone Phase I',
    location_en = 'Huanglian, Xipeng',
    reading_note = '地点据正文(第731行)“大力推进西彭黄磏港建设”定为“西彭黄磏”。Location from the prose, which places the Huanglian port at Xipeng. 黄磏读作 Huanglian;代码中的 huangci 为早先的误读,代码发布后不变。黄磏 is read Huanglian; the code keeps the earlier misreading huangci, because published codes never change.'
where code = 'transport-waterway-huangci-operation-area-phase-1';

update project set name_en = 'Lijiatuo Second (Parallel) Bridge',
    reading_note = reading_note || ' 复线桥指与既有大桥并行的第二座桥。复线桥 is a second bridge parallel to the existing one.'
where code = 'transport-bridge-tunnel-lijiatuo-duplicate-bridge';

update project set name_en = replace(name_en, 'Upgrading and Expansion', 'Renovation and Expansion')
where code in ('transport-highway-tongtao-road', 'transport-highway-baipeng-road', 'transport-highway-taotiao-road',
               'transport-highway-huafu-road');
update project set name_en = replace(name_en, 'Reconstruction and Expansion', 'Renovation and Expansion')
where code in ('education-basic-yuxi-middle-reconstruction-expansion',
               'education-basic-tianba-middle-teaching-building-reconstruction-expansion');

update project set name_en = replace(name_en, 'Chongqing West Station', 'Chongqing West Railway Station')
where code in ('transport-rail-chongqing-west-station-hub', 'transport-arterial-chongqing-west-station-east-link-road');

-- sort order: <column number> * 1000 + 10 * i in reading order -----------------------------------

update project p set sort_order = r.n
from (select code,
             substring(source_column from 3)::int * 1000
                 + 10 * row_number() over (partition by source_column order by sort_order, code) as n
      from project where deleted_at is null) r
where p.code = r.code;

update project_subcategory s set sort_order = r.n
from (select code,
             case sector when 'transport' then 4 when 'energy' then 5 when 'water' then 6 when 'education' then 17 end * 1000
                 + 10 * row_number() over (partition by sector order by sort_order) as n
      from project_subcategory) r
where s.code = r.code;

-- new versions and the feed ----------------------------------------------------------------------
-- Every row V2 loaded now looks different (kind, specificity, source.element, sort order; most
-- also status and progress), and the removed rows are gone: each moves its version, and the feed
-- gets one entry each, after the feed's advisory lock (ChangeLog.FEED_LOCK), as every writer does.
-- The rows inserted above start at version 0 with no entry, as the rows of V2 did.

update project set version = version + 1, updated_at = now()
where (deleted_at is null or deleted_at = now())
  and code not in ('water-supply-old-mains-secondary-supply-renovation', 'water-supply-emergency-standby-water-sources',
                   'education-vocational-three-year-cultivation-plan', 'education-vocational-quality-improvement-plan',
                   'education-vocational-skills-research-promotion-plan',
                   'education-higher-scfai-history-exhibition-hall-renovation',
                   'education-higher-urban-aesthetic-education-college-renovation');

select pg_advisory_xact_lock(319107917413);

insert into change_event (project_code, kind, project_version, occurred_at, payload)
select p.code,
       case when p.deleted_at is null then 'edit' else 'removal' end,
       p.version,
       p.updated_at,
       case when p.deleted_at is null then
           jsonb_strip_nulls(jsonb_build_object(
               'code', p.code, 'nameZh', p.name_zh, 'nameEn', p.name_en, 'sector', p.sector,
               'subcategory', p.subcategory_code, 'kind', p.kind, 'specificity', p.specificity,
               'planStage', p.plan_stage, 'locationZh', p.location_zh, 'locationEn', p.location_en,
               'latitude', p.latitude, 'longitude', p.longitude, 'status', p.status,
               'progressPercent', p.progress_percent, 'lastReportedAt', p.last_reported_at,
               'updatedAt', p.updated_at, 'version', p.version))
       else
           jsonb_build_object('code', p.code, 'updatedAt', p.updated_at, 'version', p.version,
                              'deleted', true, 'deletedAt', p.deleted_at)
       end
from project p
where (p.deleted_at is null or p.deleted_at = now())
  and p.code not in ('water-supply-old-mains-secondary-supply-renovation', 'water-supply-emergency-standby-water-sources',
                     'education-vocational-three-year-cultivation-plan', 'education-vocational-quality-improvement-plan',
                     'education-vocational-skills-research-promotion-plan',
                     'education-higher-scfai-history-exhibition-hall-renovation',
                     'education-higher-urban-aesthetic-education-college-renovation')
order by p.deleted_at is not null, p.sort_order, p.code;
