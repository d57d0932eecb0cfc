-- Issue 15 items 3, 4 and 6: every indicator says what kind of record it is and which element of
-- plan-service states it; every quantified target of the whole text is an indicator; the audit's
-- data fixes. Readings: docs/data/indicators.md. Every row changed here moves its version.

-- kind: a row of 专栏1/专栏2, a heading row of 专栏1 that only groups its # sub-rows (14, 17), or a
-- target stated outside the two indicator tables.
alter table indicator add column kind varchar(20);
update indicator set kind = case when source_column is null then 'prose_target' else 'table_row' end;
update indicator set kind = 'table_heading' where code in ('fyp13-14', 'fyp13-17');
alter table indicator alter column kind set not null;
alter table indicator add constraint indicator_kind_check
    check (kind in ('table_row', 'table_heading', 'prose_target'));

-- the id of the plan-service element (paragraph or 专栏 row) whose lines hold source_line
alter table indicator add column source_element varchar(80);

-- annual_level: the same level every year of the period (每年……稳定在3万人左右)
alter table indicator drop constraint indicator_value_type_check;
alter table indicator add constraint indicator_value_type_check
    check (value_type in ('level', 'annual_level', 'annual_average_growth', 'five_year_cumulative', 'ratio'));

-- nearly: 近 (a little below the printed figure)
alter table indicator_plan_value drop constraint indicator_plan_value_qualifier_check;
alter table indicator_plan_value add constraint indicator_plan_value_qualifier_check
    check (qualifier in ('approx', 'at_least', 'nearly'));
-- what kind of number the cell holds when the indicator's value_type does not say it alone
-- (a 2016-2020 total recorded as the 2020 baseline); null: the indicator's value_type
alter table indicator_plan_value add column value_type varchar(30)
    check (value_type in ('level', 'annual_level', 'annual_average_growth', 'five_year_cumulative', 'ratio'));

-- 专栏1 sums up the whole of 第一篇 (its chapters 一 to 六), not 第六章 alone
update indicator set source_chapter = '第一篇决胜全面建成小康社会取得决定性成就' where plan = 'fyp13';

update indicator set reading_note = reading_note || ' 本行为标题行:只列名称、统领其下“#”子行,不是指标,不计入统计与评估(kind为table_heading)。This is a heading row: it only names the group of its # sub-rows, is not an indicator itself, and is counted in no statistics or assessment (kind table_heading).'
where code in ('fyp13-14', 'fyp13-17');

-- fyp14-19 prints 市级 / 下达 in its two value cells; row 20 prints no value cell at all
update indicator set reading_note = '单位括号残缺:印作“(%”,按“(%)”读。The closing bracket of the unit was lost in conversion; unit read as per cent. 指标度量的是降幅(“能源消耗降低”):降幅越大越好,故direction记为increase。The indicator measures a reduction; a larger reduction is better, so direction is increase. 本行两值格位置印“市级”“下达”两行(第613、615行);二字单独无义,合为“市级下达”(由市级下达),与备注3“以市级下达目标为准”用语一致,两格均记raw“市级下达”、value为空。This row prints 市级 and 下达 where its two value cells would be (lines 613, 615); together they read 市级下达 ("issued by the municipality", the wording of footnote 3), so both cells are stored with raw 市级下达 and no value. 该合并文字只属本行:第20行不印任何值格,见fyp14-20。The phrase belongs to this row only: row 20 prints no value cell (see fyp14-20).'
where code = 'fyp14-19';
update indicator set reading_note = '单位括号残缺:印作“(%”,按“(%)”读。The closing bracket of the unit was lost in conversion; unit read as per cent. 指标度量的是降幅(“排放降低”):降幅越大越好,故direction记为increase。The indicator measures a reduction; a larger reduction is better, so direction is increase. 本行只印序号、名称与属性(第619-623行),2020、2025两格原文空白:两格记raw为空串、value为空,不把第19行的“市级下达”推及本行。The row prints only its number, name and attribute (lines 619-623); both value cells are blank in the text, so they are stored empty (raw empty, value null), and row 19''s 市级下达 is not carried over to this row.'
where code = 'fyp14-20';
update indicator_plan_value set raw = '', note = '原文此格空白(第619-623行只印序号、名称、属性),规划未给出数值。The cell is blank in the text (lines 619-623 print only the number, name and attribute); the plan states no value.'
where indicator_code = 'fyp14-20';

-- p15 / p22: the baseline is the 13th plan's five-year total, which 第一章 prints as 近3500
update indicator_plan_value set raw = '近3500亿元', qualifier = 'nearly', value_type = 'five_year_cumulative',
    note = '取自第一章(第26行)“累计完成固定资产投资近3500亿元”:2016-2020五年累计数(不是2020年当年值),记于2020年;“近”记为nearly(略少于3500)。专栏1第3行2020完成印作“3500”,无“近”字。From chapter 1 (line 26), "nearly 350 billion yuan" of cumulative fixed-asset investment: the 2016-2020 five-year total (not a 2020 figure), recorded under 2020; 近 stored as nearly (a little under 3500). 专栏1 row 3 prints a plain 3500.'
where indicator_code in ('fyp14-p15', 'fyp14-p22') and kind = 'baseline';
update indicator set reading_note = '正文未载明指标属性,按预期性(expected)记。The prose does not state an attribute; stored as expected. “累计完成”,按五年(2021-2025)累计数读。专栏2无对应行。基期为“十三五”五年累计“近3500亿元”(第一章),记于2020年,该格value_type为five_year_cumulative、qualifier为nearly。第十五章复述,见fyp14-p22(related_code指向本条)。"累计完成" (cumulatively complete): a five-year (2021-2025) total. The baseline is the 2016-2020 total, printed in chapter 1 as "nearly 3500", recorded under 2020 with value type five_year_cumulative and qualifier nearly. Restated in chapter 15 (fyp14-p22, whose related code points here).'
where code = 'fyp14-p15';
update indicator set related_code = 'fyp14-p15',
    reading_note = '正文未载明指标属性,按预期性(expected)记。The prose does not state an attribute; stored as expected. 未写年份,按规划期(2021-2025)目标读。复述第十二章“累计完成固定资产投资总额3000亿元”(fyp14-p15),related_code指向该条,统计只计一次。No year is stated; read as the plan-period target. Restates fyp14-p15 (its related code), so aggregates count the pair once. 基期同fyp14-p15(2016-2020累计“近3500亿元”)。Baseline as in fyp14-p15 (the 2016-2020 total, nearly 3500).'
where code = 'fyp14-p22';
update indicator set reading_note = reading_note || ' 第二十章复述此目标(fyp14-p25,related_code指向本条),统计只计一次。Chapter 20 restates this target (fyp14-p25, whose related code points here); aggregates count the pair once.'
where code = 'fyp14-p03';
update indicator set related_code = 'fyp14-p03',
    reading_note = reading_note || ' related_code指向fyp14-p03,统计只计一次。The related code points to fyp14-p03; aggregates count the pair once.'
where code = 'fyp14-p25';

-- p42: a level to hold every year, judged year by year against 3万
update indicator set value_type = 'annual_level',
    reading_note = '“确保每年城镇新增就业稳定在3万人左右”:每年都要达到的水平(value_type为annual_level),不是从2020年值出发的进度线;进度逐年以3万人左右衡量。"Every year... stable at about 30,000": a level to hold in each year (value type annual_level), not a path from the 2020 value; progress judges each year against about 30,000. 与专栏2第11行(城镇新增就业人数,2025年15万人,按五年合计读)为同一就业目标的年度表述:5年×3万≈15万;related_code指向该行,统计只计一次。属性取该行“预期性”。The annual form of the employment target of 专栏2 row 11 (15 over five years): 5 × 3 ≈ 15; the related code points to that row, and aggregates count the pair once; attribute from that row. 2020基期4万人为当年数,仅供对照。The 2020 baseline of 40,000 is that year''s figure, shown for comparison only.'
where code = 'fyp14-p42';
update indicator_plan_value set note = '“每年……稳定在3万人左右”:2021-2025每年约3万人,记于2025年;“左右”记为approx。About 30,000 in every year 2021-2025 (recorded under 2025); approx.'
where indicator_code = 'fyp14-p42' and kind = 'target';

-- one English term for 改扩建
update indicator set name_en = 'Primary and secondary schools: renovation and expansion' where code = 'fyp14-p44';

-- Targets of the rest of the text (text order; sort_order places them among the earlier ones).
insert into indicator (code, plan, seq, sort_order, parent_code, category_code, name_zh, name_en, unit_zh, unit_en, attribute, direction, value_type, source_column, source_chapter, source_quote, source_line, related_code, reading_note, kind, source_element) values
('fyp14-p49', 'fyp14', null, 1232, null, null, '半小时交通圈', 'Half-hour transport circle (core area, eastern and western districts)', '小时', 'hours', 'expected', 'decrease', 'level', null, '第十六章构建现代化基础设施体系', '全力打造核心片区、东西城区“半小时交通圈”', 731, null,
 '正文未载明指标属性与年份,按预期性(expected)、规划期(记于2025年)读。The prose states no attribute and no year: stored as expected, a plan-period target recorded under 2025. “半小时”即0.5小时,单位按原文记为小时。"半小时" is half an hour: value 0.5, unit hours as printed. 所量为圈内通达时间上限,时间越短越好,故direction记为decrease。The figure bounds the travel time within the circle; shorter is better, so direction is decrease. 正文未给出2020年值。No 2020 value is printed.',
 'prose_target', 'chp-16/sec-1/p-1'),
('fyp14-p50', 'fyp14', null, 1234, null, null, '西彭水厂供水能力', 'Water supply capacity of the Xipeng Water Plant', '万吨/日', '10,000 tonnes per day', 'expected', 'increase', 'level', null, '第十六章构建现代化基础设施体系', '推进骨干水厂建设,提升西彭水厂供水能力至20万吨/日', 763, null,
 '正文未载明指标属性与年份,按预期性(expected)、规划期(记于2025年)读。The prose states no attribute and no year: stored as expected, a plan-period target recorded under 2025. 单一设施的目标,仍为全文量化目标之一而收录。A single facility''s target, included as one of the text''s quantified targets. 正文未给出现状能力。The present capacity is not printed. 同段“水质综合合格率远期目标全部达到Ⅳ类以上”为远期(2025年后)目标、且为类别而非数值,不收录。The long-term water-quality goal of the same paragraph (beyond 2025, a grade rather than a number) is not included.',
 'prose_target', 'chp-16/sec-3/p-1'),
('fyp14-p51', 'fyp14', null, 1236, null, null, '中铝高端制造集团实现产值、市值“双千亿”', 'Chinalco High-end Manufacturing: output value (the “double 100 billion” target)', '亿元', '100 million yuan', 'expected', 'increase', 'level', null, '第十八章全面优化区域空间发展布局', '力争到2025年中铝高端制造集团实现产值、市值“双千亿”目标', 819, null,
 '“双千亿”指产值、市值各一千亿,拆为两条:本条为产值,fyp14-p52为市值。"双千亿" (double 100 billion) means 100 billion each for output value and market value: two indicators, this one output value, fyp14-p52 market value. 原文未写“元”,单位按亿元读(同fyp14-p24)。The text omits 元; unit read as 亿元 (as fyp14-p24). 为企业层面目标,“力争”为争取目标;属性未载明,按预期性(expected)记。A company-level target; 力争 marks a stretch target; no attribute is stated, stored as expected.',
 'prose_target', 'chp-18/sec-1/p-1'),
('fyp14-p52', 'fyp14', null, 1237, null, null, '中铝高端制造集团实现产值、市值“双千亿”', 'Chinalco High-end Manufacturing: market value (the “double 100 billion” target)', '亿元', '100 million yuan', 'expected', 'increase', 'level', null, '第十八章全面优化区域空间发展布局', '力争到2025年中铝高端制造集团实现产值、市值“双千亿”目标', 819, null,
 '“双千亿”的市值一半,产值见fyp14-p51。The market-value half of "双千亿"; output value is fyp14-p51. 原文未写“元”,单位按亿元读。The text omits 元; unit read as 亿元. 为企业层面目标,“力争”为争取目标;属性未载明,按预期性(expected)记。A company-level stretch target; no attribute is stated, stored as expected.',
 'prose_target', 'chp-18/sec-1/p-1'),
('fyp14-p53', 'fyp14', null, 1242, null, null, '科学城城市综合服务中心', 'Science City urban comprehensive service centre: area', '平方公里', 'square kilometres', 'expected', 'increase', 'level', null, '第十八章全面优化区域空间发展布局', '在陶家高标准建造10平方公里、辐射100万人口的科学城城市综合服务中心', 825, null,
 '一句两数,拆为两条:本条为面积,fyp14-p54为辐射人口。Two figures in one sentence: this one is the area, fyp14-p54 the population served. 正文未载明属性与年份,按预期性(expected)、规划期(记于2025年)读。No attribute or year is stated: expected, plan period, recorded under 2025. 面积为建设规模,direction按表结构记为increase。The area is a scale of construction; direction increase only because the column requires one.',
 'prose_target', 'chp-18/sec-2/p-1'),
('fyp14-p54', 'fyp14', null, 1244, null, null, '科学城城市综合服务中心', 'Science City urban comprehensive service centre: population served', '万人口', '10,000 people', 'expected', 'increase', 'level', null, '第十八章全面优化区域空间发展布局', '在陶家高标准建造10平方公里、辐射100万人口的科学城城市综合服务中心', 825, null,
 '“辐射100万人口”:服务中心所覆盖的人口,单位按原文记为万人口。"辐射100万人口": the population the centre serves, 1 million; unit as printed (万人口). 面积见fyp14-p53。The area is fyp14-p53. 正文未载明属性与年份,按预期性(expected)、规划期(记于2025年)读。No attribute or year is stated: expected, plan period, recorded under 2025.',
 'prose_target', 'chp-18/sec-2/p-1'),
('fyp14-p55', 'fyp14', null, 1372, null, null, '20分钟街道公共服务圈', '20-minute sub-district public service circle', '分钟', 'minutes', 'expected', 'decrease', 'level', null, '第二十九章优化升级城市功能和品质', '规划建设20分钟街道公共服务圈、10分钟社区生活服务圈', 1027, null,
 '一句两圈,拆为两条:本条为街道公共服务圈,fyp14-p56为社区生活服务圈。Two circles in one sentence: this one the sub-district public service circle, fyp14-p56 the community life service circle. 所量为到达服务的时间上限,越短越好,故direction记为decrease。The figure bounds the time to reach the services; shorter is better, so direction is decrease. 正文未载明属性与年份,按预期性(expected)、规划期(记于2025年)读。No attribute or year is stated: expected, plan period, recorded under 2025.',
 'prose_target', 'chp-29/sec-1/p-1'),
('fyp14-p56', 'fyp14', null, 1374, null, null, '10分钟社区生活服务圈', '10-minute community life service circle', '分钟', 'minutes', 'expected', 'decrease', 'level', null, '第二十九章优化升级城市功能和品质', '规划建设20分钟街道公共服务圈、10分钟社区生活服务圈', 1027, null,
 '见fyp14-p55。See fyp14-p55. 所量为到达服务的时间上限,越短越好,故direction记为decrease。The figure bounds the time to reach the services; shorter is better, so direction is decrease. 正文未载明属性与年份,按预期性(expected)、规划期(记于2025年)读。No attribute or year is stated: expected, plan period, recorded under 2025.',
 'prose_target', 'chp-29/sec-1/p-1'),
('fyp14-p57', 'fyp14', null, 1475, null, null, '社区公共服务中心', 'Community public service centres to be built', '个', 'centres', 'expected', 'increase', 'level', '专栏19', '第四十七章切实加强社会保障体系建设', '新建滩子口、唐家湾、邮电支路、新市场、三角道、小湾、五龙庙、黄正街等8个社区公共服务中心', 1409, null,
 '出自专栏19“社区服务”行,列出八处并计数“8个”,是专栏3-19中唯一可读出区级数量目标的行(专栏13“持续建设“四好农村路”公里”缺数字,不作推断);其余各行为项目名称(由projects-service收录)。From the 社区服务 row of 专栏19, which names eight places and counts them (8个): the only row of 专栏3-19 with a district-level count that can be read (专栏13''s 四好农村路 count has lost its number, and none is inferred); the other rows name projects (held by projects-service). 新建数,规划期内(记于2025年);属性未载明,按预期性(expected)记。Centres to be newly built in the plan period (recorded under 2025); no attribute is stated, stored as expected.',
 'prose_target', 'box-19/item-1');

insert into indicator_plan_value (indicator_code, kind, year, value, raw, qualifier, note) values
('fyp14-p49', 'target', 2025, 0.5, '半小时', null, '“半小时”即0.5小时。Half an hour.'),
('fyp14-p50', 'target', 2025, 20, '20万吨/日', null, '“提升……至”:达到20万吨/日。"raise to" 200,000 tonnes a day.'),
('fyp14-p51', 'target', 2025, 1000, '“双千亿”', null, '“千亿”即1000亿;原文未写“元”。"千亿" = 1000 hundred-million; the text omits 元.'),
('fyp14-p52', 'target', 2025, 1000, '“双千亿”', null, '“千亿”即1000亿;原文未写“元”。"千亿" = 1000 hundred-million; the text omits 元.'),
('fyp14-p53', 'target', 2025, 10, '10平方公里', null, null),
('fyp14-p54', 'target', 2025, 100, '100万人口', null, null),
('fyp14-p55', 'target', 2025, 20, '20分钟', null, null),
('fyp14-p56', 'target', 2025, 10, '10分钟', null, null),
('fyp14-p57', 'target', 2025, 8, '8个', null, '新建数。The number of centres to be newly built.');

update indicator set source_element = 'box-1/item-1' where code in ('fyp13-01');
update indicator set source_element = 'box-1/item-2' where code in ('fyp13-02');
update indicator set source_element = 'box-1/item-3' where code in ('fyp13-03');
update indicator set source_element = 'box-1/item-4' where code in ('fyp13-04');
update indicator set source_element = 'box-1/item-5' where code in ('fyp13-05');
update indicator set source_element = 'box-1/item-6' where code in ('fyp13-06');
update indicator set source_element = 'box-1/item-7' where code in ('fyp13-07');
update indicator set source_element = 'box-1/item-8' where code in ('fyp13-08');
update indicator set source_element = 'box-1/item-9' where code in ('fyp13-09');
update indicator set source_element = 'box-1/item-10' where code in ('fyp13-10');
update indicator set source_element = 'box-1/item-11' where code in ('fyp13-11');
update indicator set source_element = 'box-1/item-12' where code in ('fyp13-12');
update indicator set source_element = 'box-1/item-13' where code in ('fyp13-13');
update indicator set source_element = 'box-1/item-14' where code in ('fyp13-14', 'fyp13-14-1', 'fyp13-14-2');
update indicator set source_element = 'box-1/item-15' where code in ('fyp13-15');
update indicator set source_element = 'box-1/item-16' where code in ('fyp13-16');
update indicator set source_element = 'box-1/item-17' where code in ('fyp13-17', 'fyp13-17-1', 'fyp13-17-2', 'fyp13-17-3', 'fyp13-17-4');
update indicator set source_element = 'box-1/item-18' where code in ('fyp13-18');
update indicator set source_element = 'box-1/item-19' where code in ('fyp13-19');
update indicator set source_element = 'box-1/item-20' where code in ('fyp13-20', 'fyp13-20-1');
update indicator set source_element = 'box-1/item-21' where code in ('fyp13-21');
update indicator set source_element = 'box-1/item-22' where code in ('fyp13-22');
update indicator set source_element = 'box-1/item-23' where code in ('fyp13-23');
update indicator set source_element = 'box-1/item-24' where code in ('fyp13-24');
update indicator set source_element = 'box-1/item-25' where code in ('fyp13-25');
update indicator set source_element = 'box-2/item-1' where code in ('fyp14-01');
update indicator set source_element = 'box-2/item-2' where code in ('fyp14-02');
update indicator set source_element = 'box-2/item-3' where code in ('fyp14-03');
update indicator set source_element = 'box-2/item-4' where code in ('fyp14-04');
update indicator set source_element = 'box-2/item-5' where code in ('fyp14-05');
update indicator set source_element = 'box-2/item-6' where code in ('fyp14-06');
update indicator set source_element = 'box-2/item-7' where code in ('fyp14-07');
update indicator set source_element = 'box-2/item-8' where code in ('fyp14-08');
update indicator set source_element = 'box-2/item-9' where code in ('fyp14-09');
update indicator set source_element = 'box-2/item-10' where code in ('fyp14-10');
update indicator set source_element = 'box-2/item-11' where code in ('fyp14-11');
update indicator set source_element = 'box-2/item-12' where code in ('fyp14-12');
update indicator set source_element = 'box-2/item-13' where code in ('fyp14-13');
update indicator set source_element = 'box-2/item-14' where code in ('fyp14-14');
update indicator set source_element = 'box-2/item-15' where code in ('fyp14-15');
update indicator set source_element = 'box-2/item-16' where code in ('fyp14-16');
update indicator set source_element = 'box-2/item-17' where code in ('fyp14-17');
update indicator set source_element = 'box-2/item-18' where code in ('fyp14-18');
update indicator set source_element = 'box-2/item-19' where code in ('fyp14-19');
update indicator set source_element = 'box-2/item-20' where code in ('fyp14-20');
update indicator set source_element = 'box-2/item-21' where code in ('fyp14-21');
update indicator set source_element = 'box-2/item-22' where code in ('fyp14-22');
update indicator set source_element = 'box-2/item-23' where code in ('fyp14-23');
update indicator set source_element = 'box-2/item-24' where code in ('fyp14-24');
update indicator set source_element = 'chp-12/p-1' where code in ('fyp14-p01', 'fyp14-p02', 'fyp14-p03', 'fyp14-p04', 'fyp14-p05', 'fyp14-p06', 'fyp14-p07', 'fyp14-p08', 'fyp14-p09', 'fyp14-p10', 'fyp14-p11');
update indicator set source_element = 'chp-12/p-2' where code in ('fyp14-p12', 'fyp14-p13', 'fyp14-p14', 'fyp14-p15');
update indicator set source_element = 'chp-12/p-3' where code in ('fyp14-p16', 'fyp14-p17');
update indicator set source_element = 'chp-12/p-4' where code in ('fyp14-p18');
update indicator set source_element = 'chp-12/p-5' where code in ('fyp14-p19');
update indicator set source_element = 'chp-12/p-6' where code in ('fyp14-p20');
update indicator set source_element = 'chp-14/sec-1/p-1' where code in ('fyp14-p21');
update indicator set source_element = 'chp-15/sec-1/p-1' where code in ('fyp14-p22', 'fyp14-p23');
update indicator set source_element = 'chp-18/sec-1/p-1' where code in ('fyp14-p24');
update indicator set source_element = 'chp-20/p-1' where code in ('fyp14-p25');
update indicator set source_element = 'chp-21/sec-1/p-1' where code in ('fyp14-p26', 'fyp14-p27');
update indicator set source_element = 'chp-22/sec-1/p-1' where code in ('fyp14-p28');
update indicator set source_element = 'chp-22/sec-2/p-1' where code in ('fyp14-p29');
update indicator set source_element = 'chp-23/sec-1/p-1' where code in ('fyp14-p30');
update indicator set source_element = 'chp-24/sec-2/p-1' where code in ('fyp14-p31');
update indicator set source_element = 'chp-24/sec-3/p-1' where code in ('fyp14-p32');
update indicator set source_element = 'chp-28/sec-1/p-1' where code in ('fyp14-p33', 'fyp14-p34', 'fyp14-p35', 'fyp14-p36');
update indicator set source_element = 'chp-28/sec-2/p-1' where code in ('fyp14-p37');
update indicator set source_element = 'chp-30/sec-1/p-1' where code in ('fyp14-p38', 'fyp14-p39');
update indicator set source_element = 'chp-32/sec-2/p-1' where code in ('fyp14-p40');
update indicator set source_element = 'chp-40/sec-2/p-1' where code in ('fyp14-p41');
update indicator set source_element = 'chp-44/sec-1/p-1' where code in ('fyp14-p42');
update indicator set source_element = 'chp-45/sec-1/p-1' where code in ('fyp14-p43', 'fyp14-p44');
update indicator set source_element = 'chp-46/sec-3/p-1' where code in ('fyp14-p45');
update indicator set source_element = 'chp-46/sec-5/p-1' where code in ('fyp14-p46', 'fyp14-p47');
update indicator set source_element = 'chp-48/sec-2/p-1' where code in ('fyp14-p48');
alter table indicator alter column source_element set not null;


-- name_zh is the phrase as printed: five names had been composed from their sentence
update indicator set name_zh = '科技企业在科创板、创业板上市',
    reading_note = reading_note || ' 名称按原文短语“科技企业在科创板、创业板上市”记。The name is the printed phrase.' where code = 'fyp14-p31';
update indicator set name_zh = '龙头企业',
    reading_note = reading_note || ' 名称按原文短语“龙头企业”记,领域由句首“在数字经济领域培育”限定。The name is the printed phrase; 在数字经济领域培育 at the head of the sentence sets the field.' where code = 'fyp14-p33';
update indicator set name_zh = '高成长创新企业',
    reading_note = reading_note || ' 名称按原文短语“高成长创新企业”记,领域由句首“在数字经济领域培育”限定。The name is the printed phrase; 在数字经济领域培育 at the head of the sentence sets the field.' where code = 'fyp14-p34';
update indicator set name_zh = '特色中小微企业和创新团队',
    reading_note = reading_note || ' 名称按原文短语“特色中小微企业和创新团队”记,领域由句首“在数字经济领域培育”限定。The name is the printed phrase; 在数字经济领域培育 at the head of the sentence sets the field.' where code = 'fyp14-p36';
update indicator set name_zh = '水质达标率',
    reading_note = reading_note || ' 名称按原文短语“水质达标率”记,所指为同句“集中式饮用水水源地”。The name is the printed phrase; it refers to the centralized drinking water sources of the same sentence.' where code = 'fyp14-p41';

-- every existing row gained a kind and a source element: its representation changed
update indicator set version = version + 1, updated_at = now() where code not in ('fyp14-p49', 'fyp14-p50', 'fyp14-p51', 'fyp14-p52', 'fyp14-p53', 'fyp14-p54',
    'fyp14-p55', 'fyp14-p56', 'fyp14-p57');
