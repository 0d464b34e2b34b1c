import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: 'the same value twice, once with one decimal fewer (326.40 and 326.4 agree)',
      code: ['2024年，本部门机关运行经费支出326.40万元，比上年减少12.30万元，主要是压减办公经费和会议费。', '2024年，本部门机关运行经费支出326.4万元，主要用于办公费、水电费、物业管理费和差旅费等日常公用经费支出。'].join('\n'),
    },
    {
      why: 'different years: 2023年 and 2024年 are different facts',
      code: ['2023年机关运行经费支出338.70万元，主要用于办公费和水电费。', '2024年机关运行经费支出326.40万元，比上年减少12.30万元。'].join('\n'),
    },
    {
      why: 'different scopes: 全区 and 区本级 debt balances are different facts',
      code: ['截至2024年底，全区政府债务余额352.60亿元，控制在省政府核定的限额以内。', '截至2024年底，区本级政府债务余额125.60亿元，主要用于城市更新和保障性安居工程建设。'].join('\n'),
    },
    {
      why: 'budget and actual are different measures (预算 / 决算)',
      code: ['2024年公务接待费预算12.60万元，较上年压减1.20万元。', '2024年公务接待费决算11.90万元，完成年初预算的94.4%，主要是严格执行接待标准。'].join('\n'),
    },
    {
      why: 'a figure inside a 其中 list is framed by its total: not a statement of its own',
      code: ['2024年公务接待费决算12.60万元，主要用于上级检查调研和兄弟单位考察交流。', '2024年“三公”经费决算48.62万元，其中公务接待费决算12.90万元，公务用车运行维护费决算35.72万元。'].join('\n'),
    },
    {
      why: 'three different values for one name: the name does not pick out one fact',
      code: ['2024年项目支出资金总额1,280.00万元，主要用于信息化建设。', '2024年项目支出资金总额1,320.00万元，主要用于运维服务。', '2024年项目支出资金总额1,405.00万元，主要用于设备购置。'].join('\n'),
    },
    {
      why: 'an approximate figure is no statement of a value (约12.9万元)',
      code: ['2024年公务接待费决算12.60万元，主要用于上级检查调研。', '2024年公务接待费决算约12.9万元，接待批次较上年减少。'].join('\n'),
    },
    {
      why: 'sections with their own years: the same name under 2023年决算 and 2025年预算',
      format: 'markdown',
      code: ['## 一、2023年决算情况', '', '机关运行经费支出338.70万元，主要用于办公费和水电费。', '', '## 二、2025年预算安排', '', '机关运行经费支出312.00万元，较上年预算压减5%。'].join('\n'),
    },
      {
      why: "one month's issuance and the year-to-date one are different periods: a sentence that names no date is about the one its paragraph named",
      code: "一、当月发行情况\n2024年6月，全省发行新增债券212亿元，其中一般债券31亿元、专项债券181亿元。全省发行再融资债券146亿元，其中一般债券88亿元、专项债券58亿元。\n二、累计发行情况\n2024年1-6月，全省发行新增债券936亿元，其中一般债券142亿元、专项债券794亿元。全省发行再融资债券612亿元，其中一般债券401亿元、专项债券211亿元。",
    },
  ],
  invalid: [
    {
      why: 'one fact, two values in two sections (326.40 and 362.40)',
      code: ['2024年，本部门机关运行经费支出326.40万元，比上年减少12.30万元，主要是压减办公经费和会议费。', '2024年，本部门机关运行经费支出362.40万元，主要用于办公费、水电费、物业管理费和差旅费等日常公用经费支出。'].join('\n'),
      errors: [{ message: '2024年本部门机关运行经费支出在前文为326.40万元，此处却为362.40万元', line: 2, column: 18, text: '362.40万元' }],
    },
    {
      why: 'another verb and word order: 公务接待费决算 given as 12.6 and then 12.9',
      code: ['本部门2024年度公务接待费决算12.6万元，完成年初预算的90.0%，主要是严格执行公务接待标准。', '本部门2024年度公务接待费决算12.9万元，共接待国内来访团组46批次、312人次。'].join('\n'),
      errors: [{ message: '本部门2024年度公务接待费决算在前文为12.6万元，此处却为12.9万元', line: 2, column: 17, text: '12.9万元' }],
    },
    {
      why: 'a balance stated at the same date and scope with two values',
      code: ['截至2024年底，全区政府债务余额352.60亿元，控制在省政府核定的限额以内。', '截至2024年底，全区政府债务余额325.60亿元，其中一般债务余额118.40亿元，专项债务余额207.20亿元。'].join('\n'),
      errors: [{ message: '2024年底全区政府债务余额在前文为352.60亿元，此处却为325.60亿元', line: 2, column: 18, text: '325.60亿元' }],
    },
    {
      why: 'the period from the section heading when the sentences name no year',
      format: 'markdown',
      code: ['## 一、2024年“三公”经费决算情况', '', '公务用车运行维护费支出35.14万元，主要用于车辆燃油、维修和保险。', '', '## 二、其他说明', '', '公务用车运行维护费支出53.14万元，车辆保有量与上年持平。'].join('\n'),
      errors: [{ message: '2024年公务用车运行维护费支出在前文为35.14万元，此处却为53.14万元', line: 7, column: 12, text: '53.14万元' }],
    },
    {
      why: '亿元 and 万元: 8.62亿元 against 86,800万元 (8.68亿元)',
      code: ['2024年国有土地使用权出让收入8.62亿元，主要是城东片区两宗地块成交。', '2024年国有土地使用权出让收入86,800万元，已全部缴入国库。'].join('\n'),
      errors: [{ message: '2024年国有土地使用权出让收入在前文为8.62亿元，此处却为86,800万元', line: 2, column: 17, text: '86,800万元' }],
    },
    {
      why: 'the odd one out of three statements is the one reported, wherever it stands',
      code: ['2024年机关运行经费支出326.40万元，比上年减少12.30万元。', '2024年机关运行经费支出362.40万元，主要用于办公费和水电费。', '2024年机关运行经费支出326.40万元，占一般公共预算财政拨款基本支出的6.1%。'].join('\n'),
      errors: [{ message: '2024年机关运行经费支出在前文为326.40万元，此处却为362.40万元', line: 2, column: 14, text: '362.40万元' }],
    },
    {
      why: 'full-width digits and a full-width thousands comma',
      code: ['２０２４年政府采购支出总额１，２６８．４０万元，主要为货物和服务类采购。', '２０２４年政府采购支出总额１，２８６．４０万元，授予中小企业合同金额１，０７１．８０万元。'].join('\n'),
      errors: [{ message: '2024年政府采购支出总额在前文为1,268.40万元，此处却为1,286.40万元', line: 2, column: 14, text: '１，２８６．４０万元' }],
    },
    {
      why: 'a month-end date is part of the period: both at 2025年6月末',
      code: ['截至2025年6月末，全区专项债务余额236.85亿元，较年初增加15.43亿元。', '截至2025年6月末，全区专项债务余额263.85亿元，债务风险总体可控。'].join('\n'),
      errors: [{ message: '2025年6月末全区专项债务余额在前文为236.85亿元，此处却为263.85亿元', line: 2, column: 20, text: '263.85亿元' }],
    },
  ],
});

// Text against a table: the row names the subject, the column its measure and year.
const TABLE = (cell2025: string) =>
  ['## 一、“三公”经费预算情况', '', '2025年公务接待费预算12.6万元，主要用于上级检查调研和招商引资接待。', '', '单位：万元', '', '| 项目 | 2024年预算数 | 2025年预算数 |', '| --- | ---: | ---: |', '| 因公出国（境）费 | 20.0 | 18.0 |', `| 公务接待费 | 13.5 | ${cell2025} |`].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'the table agrees with the text (12.6)', format: 'markdown', code: TABLE('12.6') },
    {
      why: 'the table states the other year only: 2024年预算数 13.5 is not the 2025 budget',
      format: 'markdown',
      code: ['2025年公务接待费预算12.6万元，主要用于上级检查调研。', '', '单位：万元', '', '| 项目 | 2024年预算数 |', '| --- | ---: |', '| 公务接待费 | 13.5 |'].join('\n'),
    },
    {
      why: 'a column that is not a measure (增减额) states no fact',
      format: 'markdown',
      code: ['2025年公务接待费预算12.6万元。', '', '单位：万元', '', '| 项目 | 2025年预算数 | 增减额 |', '| --- | ---: | ---: |', '| 公务接待费 | 12.6 | -0.9 |'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the text says 12.6, the table 12.9 for the same 2025 budget',
      format: 'markdown',
      code: TABLE('12.9'),
      errors: [{ message: '2025年公务接待费预算在表中为12.9万元，此处却为12.6万元', line: 3, column: 13, text: '12.6万元' }],
    },
    {
      why: 'the table first, the text after, in a 决算 section whose year the heading gives',
      format: 'markdown',
      code: ['## 二、2024年度“三公”经费决算情况', '', '单位：万元', '', '| 项目 | 决算数 |', '| --- | ---: |', '| 公务用车运行维护费 | 35.14 |', '', '公务用车运行维护费决算53.14万元，主要用于车辆燃油、维修和保险。'].join('\n'),
      errors: [{ message: '2024年公务用车运行维护费决算在表中为35.14万元，此处却为53.14万元', line: 9, column: 12, text: '53.14万元' }],
    },
  ],
});

// A monthly report states its running total in the opening sentence and again in its summary:
// the jurisdiction (全县) and the months (1-11月) pin down a measure that alone names too little.
ruleTester(rule, {
  valid: [
    {
      why: 'the summary restates the same running total',
      code: ['1-11月，全县一般公共预算收入累计完成52,318万元，完成年度预算58,600万元的89.3%，较上年同期增收2,846万元，增长5.8%。', '综上，1-11月全县一般公共预算收入52,318万元，收入进度略慢于序时进度。'].join('\n'),
    },
    {
      why: 'the county and the county level are different scopes (全县 / 县本级)',
      code: ['1-11月，全县一般公共预算收入累计完成52,318万元，较上年同期增长5.8%。', '1-11月，县本级一般公共预算收入累计完成21,406万元，较上年同期增长3.1%。'].join('\n'),
    },
    {
      why: 'a year without months does not pin a bare measure down: 一般公共预算收入 of the whole year may be budget or actual',
      code: ['2024年，全县一般公共预算收入完成61,250万元，为调整预算的101.2%。', '2024年，全县一般公共预算收入预算为60,500万元，比上年增长4.0%。'].join('\n'),
    },
    {
      why: 'different months: 1-10月 and 1-11月 are different periods',
      code: ['1-10月，全市一般公共预算收入累计完成143,620万元，同比增长6.2%。', '综上所述，1-11月全市一般公共预算收入158,930万元，收支运行总体平稳。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'two digits swapped in the summary: 52,318 then 52,381 for the same months and county',
      code: ['1-11月，全县一般公共预算收入累计完成52,318万元，完成年度预算58,600万元的89.3%，较上年同期增收2,846万元，增长5.8%。', '综上，1-11月全县一般公共预算收入52,381万元，收入进度略慢于序时进度。'].join('\n'),
      errors: [{ message: '1-11月全县一般公共预算收入在前文为52,318万元，此处却为52,381万元', line: 2, column: 19, text: '52,381万元' }],
    },
    {
      why: 'a half-year report: 上半年 in both, 累计实现 and a plain statement',
      code: ['上半年，全市政府性基金预算收入累计实现86,450万元，同比下降12.4%，主要是土地出让收入减少。', '总体来看，上半年全市政府性基金预算收入84,650万元，收入形势依然严峻。'].join('\n'),
      errors: [{ message: '上半年全市政府性基金预算收入在前文为86,450万元，此处却为84,650万元', line: 2, column: 20, text: '84,650万元' }],
    },
    {
      why: 'an end-of-month date and a 完成 verb: 截至9月末 in both',
      code: ['截至9月末，全区一般公共预算支出完成236,180万元，完成年度预算的71.2%。', '截至9月末，全区一般公共预算支出236,810万元，重点支出保障有力。'].join('\n'),
      errors: [{ message: '9月末全区一般公共预算支出在前文为236,180万元，此处却为236,810万元', line: 2, column: 17, text: '236,810万元' }],
    },
  ],
});

// A half or a quarter is a stretch of months: 上半年 is 1-6月, 第一季度 1-3月, however the report spells it.
ruleTester(rule, {
  valid: [
    {
      why: '1至6月 and 上半年 with the same running total',
      code: ['1至6月，全区一般公共预算收入累计完成37,240万元，同比增长4.6%。', '综上，上半年全区一般公共预算收入37,240万元，收入进度快于序时进度。'].join('\n'),
    },
    {
      why: 'the first quarter and the first half are different stretches (1-3月 / 上半年)',
      code: ['第一季度，全区一般公共预算收入累计完成18,650万元，同比增长3.9%。', '综上，上半年全区一般公共预算收入37,240万元，收入进度快于序时进度。'].join('\n'),
    },
    {
      why: '前三季度 is 1-9月, not the third quarter alone (7-9月)',
      code: ['前三季度，全县政府性基金预算收入累计完成64,120万元，同比下降8.2%。', '三季度，全县政府性基金预算收入21,380万元，降幅收窄。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: '1-6月 in the opening and 上半年 in the summary, two digits swapped: 48,260 then 48,620',
      code: ['1-6月，全县一般公共预算收入完成48,260万元，完成年度预算的50.3%。', '综上所述，上半年全县一般公共预算收入完成48,620万元，收支运行总体平稳。'].join('\n'),
      errors: [{ message: '1-6月全县一般公共预算收入在前文为48,260万元，此处却为48,620万元', line: 2, column: 21, text: '48,620万元' }],
    },
    {
      why: '前三季度 and 1-9月份 are one stretch: 152,300 then 125,300',
      code: ['前三季度，全市一般公共预算支出累计完成152,300万元，同比增长6.1%。', '总体来看，1-9月份全市一般公共预算支出125,300万元，重点支出保障有力。'].join('\n'),
      errors: [{ message: '前三季度全市一般公共预算支出在前文为152,300万元，此处却为125,300万元', line: 2, column: 21, text: '125,300万元' }],
    },
  ],
});

// A statement too general to be compared across sentences (非税收入…万元, a clause after 其中，) is still
// compared with a table row that names it exactly, as the measure the title names (决算 in a 决算说明).
// Its period is the one the paragraph is about: 比上年增加 does not date the sentence after it.
ruleTester(rule, {
  valid: [
    {
      why: 'the text agrees with the 决算数 column; 年初预算数 is another measure',
      format: 'markdown',
      code: '白沙乡2024年财政决算情况说明\n\n一、收入决算情况\n\n非税收入240.16万元，主要为国有资源有偿使用收入。\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 |\n| --- | --- | --- |\n| 税收收入 | 620.00 | 668.20 |\n| 非税收入 | 180.00 | 240.16 |\n',
    },
    {
      why: 'a title naming both 执行 and 预算草案 (2024年预算执行情况和2025年预算草案): a bare 非税收入 says no measure',
      format: 'markdown',
      code: '石埠镇关于2024年预算执行情况和2025年镇级预算草案的报告\n\n非税收入866万元，主要为国有资源有偿使用收入。\n\n单位：万元\n\n| 项目 | 2025年预算数 |\n| --- | --- |\n| 非税收入 | 840 |\n',
    },
    {
      why: 'two general statements of 非税收入 with different values in the text alone: compared with tables only',
      code: '白沙乡2024年财政决算情况说明\n非税收入204.16万元，主要为国有资源有偿使用收入。\n非税收入240.16万元，比上年增长3.2%。',
    },
  ],
  invalid: [
    {
      why: 'a bare 非税收入 in a 决算说明 against the table’s 决算数 column',
      format: 'markdown',
      code: '白沙乡2024年财政决算情况说明\n\n一、收入决算情况\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 |\n| --- | --- | --- |\n| 税收收入 | 620.00 | 668.20 |\n| 非税收入 | 180.00 | 240.16 |\n\n非税收入204.16万元，主要为国有资源有偿使用收入。\n',
      errors: [{ message: '2024年非税收入决算在表中为240.16万元，此处却为204.16万元', line: 12, column: 5 }],
    },
    {
      why: '其中，X… after a total compared with X’s row; 比上年增加 in the sentence before does not date it',
      format: 'markdown',
      code: '青禾县农业农村局2024年度部门决算说明\n\n一、收入决算情况\n\n本年收入合计10,221.34万元，比上年增加845.20万元，增长9.0%。其中，政府性基金预算财政拨款收入968.40万元，主要用于大中型水库移民后期扶持。\n\n单位：万元\n\n| 项目 | 年初预算数 | 决算数 |\n| --- | --- | --- |\n| 一般公共预算财政拨款收入 | 8,640.00 | 9,012.36 |\n| 政府性基金预算财政拨款收入 | 1,200.00 | 986.40 |\n',
      errors: [{ message: '2024年政府性基金预算财政拨款收入决算在表中为986.40万元，此处却为968.40万元', line: 5, column: 56 }],
    },
  ],
});

// A statement that names its measure (税收收入决算) but too little else to stand alone is compared with
// the table row naming the same; last year named in a reason sentence does not date what follows.
ruleTester(rule, {
  valid: [
    {
      why: 'the statement and the 决算数 cell agree',
      format: 'markdown',
      code: '# 松岭县2024年财政决算说明\n\n单位：万元\n\n| 项目 | 调整预算数 | 决算数 |\n|---|---:|---:|\n| 税收收入 | 52,000 | 51,360 |\n| 非税收入 | 14,000 | 15,120 |\n\n非税收入增长较多，主要是上年部分收入延后入库。税收收入决算51,360万元，同比下降1.8%。\n',
    },
    {
      why: '上年 named in the statement itself: last year’s figure is not the table’s 2024 column',
      format: 'markdown',
      code: '# 松岭县2024年财政决算说明\n\n单位：万元\n\n| 项目 | 调整预算数 | 决算数 |\n|---|---:|---:|\n| 税收收入 | 52,000 | 51,360 |\n\n上年税收收入决算52,300万元，主要是一次性收入较多。\n',
    },
    {
      why: 'the table states the budget, the text the outturn: two measures',
      format: 'markdown',
      code: '# 松岭县2024年财政决算说明\n\n单位：万元\n\n| 项目 | 预算数 |\n|---|---:|\n| 税收收入 | 52,000 |\n\n税收收入决算51,360万元，完成预算的98.8%。\n',
    },
  ],
  invalid: [
    {
      why: 'the text restates the 决算数 cell with two digits swapped, after a sentence naming 上年 in a reason',
      format: 'markdown',
      code: '# 松岭县2024年财政决算说明\n\n单位：万元\n\n| 项目 | 调整预算数 | 决算数 |\n|---|---:|---:|\n| 税收收入 | 52,000 | 51,360 |\n| 非税收入 | 14,000 | 15,120 |\n\n非税收入增长较多，主要是上年部分收入延后入库。税收收入决算51,630万元，同比下降1.3%。\n',
      errors: [{ message: '2024年税收收入决算在表中为51,360万元，此处却为51,630万元', line: 10, column: 30 }],
    },
  ],
});

// Items of a table restated in a sentence by their rows' exact names: the other items agree with
// one column, so the odd one's value is wrong in one of the two places.
const ROWS = (a: string) =>
  `# 青石县2025年一般公共预算支出说明\n\n2025年一般公共预算支出安排38.60亿元，其中：教育支出8.12亿元、卫生健康支出4.35亿元、${a}。\n\n单位：万元\n\n| 科目 | 2024年执行数 | 2025年预算数 |\n|---|---:|---:|\n| 教育支出 | 79,400 | 81,200 |\n| 卫生健康支出 | 42,100 | 43,500 |\n| 节能环保支出 | 12,860 | 13,270 |\n`;
ruleTester(rule, {
  valid: [
    { why: 'every item agrees with the 2025 column', format: 'markdown', code: ROWS('节能环保支出1.33亿元') },
    { why: 'the odd item is its row’s 2024 cell: the text may mean last year’s, nothing provable', format: 'markdown', code: ROWS('节能环保支出1.29亿元') },
    {
      why: 'two items agree with no cell: the sentence may be of another measure altogether',
      format: 'markdown',
      code: '单位：万元\n\n| 科目 | 2025年预算数 |\n|---|---:|\n| 教育支出 | 81,200 |\n| 卫生健康支出 | 43,500 |\n| 节能环保支出 | 13,270 |\n\n2024年决算中，教育支出7.96亿元、卫生健康支出4.21亿元、节能环保支出1.33亿元。\n',
    },
    {
      why: 'one item alone restated: no sibling says which column the sentence is of',
      format: 'markdown',
      code: '单位：万元\n\n| 科目 | 2024年执行数 | 2025年预算数 |\n|---|---:|---:|\n| 节能环保支出 | 12,860 | 13,270 |\n\n节能环保支出1.40亿元，主要用于大气污染防治。\n',
    },
    {
      why: 'the odd item’s row has no cell in the column the others agree with',
      format: 'markdown',
      code: '单位：元\n\n| 科目 | 基本支出 | 项目支出 |\n|---|---:|---:|\n| 办公费 | 96,000.00 |  |\n| 印刷费 | 24,000.00 |  |\n| 专用材料费 |  | 58,000.00 |\n\n基本支出中，办公费9.60万元、印刷费2.40万元，专用材料费6.20万元。\n',
    },
  ],
  invalid: [
    {
      why: 'a 其中 list in 亿元 against a 万元 table: 节能环保支出 1.37 where the row says 13,270',
      format: 'markdown',
      code: ROWS('节能环保支出1.37亿元'),
      errors: [{ message: '节能环保支出在表中为13,270万元（即1.33亿元），此处却为1.37亿元', line: 3, column: 57 }],
    },
    {
      why: 'items listed one a clause, in 万元, against a table in 元 with a code column',
      format: 'markdown',
      code: '单位：元\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 30201 | 办公费 | 132,000.00 |\n| 30211 | 差旅费 | 48,500.00 |\n| 30213 | 维修（护）费 | 76,000.00 |\n\n商品和服务支出中，办公费13.20万元，差旅费4.85万元，维修（护）费6.70万元。\n',
      errors: [{ message: '维修（护）费在表中为76,000.00元（即7.60万元），此处却为6.70万元', line: 9, column: 37 }],
    },
    {
      why: 'a table set side by side (收入 | 预算数 | 支出 | 预算数): the spending items restated',
      format: 'markdown',
      code: '单位：万元\n\n| 收入项目 | 预算数 | 支出项目 | 预算数 |\n|---|---:|---:|---:|\n| 一般公共预算拨款 | 3,420.50 | 一般公共服务支出 | 1,862.40 |\n| 政府性基金预算拨款 | 120.00 | 城乡社区支出 | 1,286.10 |\n|  |  | 住房保障支出 | 392.00 |\n\n按功能分类，一般公共服务支出1,862.40万元，城乡社区支出1,268.10万元，住房保障支出392.00万元。\n',
      errors: [{ message: '城乡社区支出在表中为1,286.10万元，此处却为1,268.10万元', line: 9, column: 32 }],
    },
  ],
});

// 本街道 / 本局 / 本镇 is the document's own unit, as 本部门 is; 支出共计X states the level as 支出X does.
ruleTester(rule, {
  valid: [
    {
      why: 'the same value restated with 本街道 and 共计',
      code: '2024年度“三公”经费财政拨款支出4.86万元，比上年减少1.14万元。\n\n2024年度本街道“三公”经费财政拨款支出共计4.86万元，均用于保障公务活动正常开展。',
    },
    {
      why: '本级 is a level of government, not the document\'s own unit: 本镇本级 and the whole town are two facts',
      code: '2024年全镇一般公共预算支出8,620.00万元，比上年增长3.2%。\n\n2024年镇本级一般公共预算支出6,240.00万元，主要用于机关运转。',
    },
    {
      why: '共 elsewhere in the clause (共安排) is no restatement of a level',
      code: '2024年度机关运行经费支出312.40万元，比上年减少8.60万元。\n\n2024年度共安排机关运行经费支出320.00万元，其中办公费42.00万元。',
    },
  ],
  invalid: [
    {
      why: '三公 4.86 restated as 4.68 with 本街道 and 共计',
      code: '2024年度“三公”经费财政拨款支出4.86万元，比上年减少1.14万元。\n\n2024年度本街道“三公”经费财政拨款支出共计4.68万元，均用于保障公务活动正常开展。',
      errors: [{ message: '2024年度“三公”经费财政拨款支出在前文为4.86万元，此处却为4.68万元', line: 3, column: 24 }],
    },
    {
      why: '本局 机关运行经费 326.40 restated as 362.40',
      code: '2024年，本局机关运行经费支出326.40万元，比上年减少12.30万元。\n\n2024年，机关运行经费支出362.40万元，主要用于办公费和差旅费。',
      errors: [{ message: '2024年本局机关运行经费支出在前文为326.40万元，此处却为362.40万元', line: 3, column: 15 }],
    },
    {
      why: '本镇 公务接待费 restated with 共计',
      code: '2025年本镇公务接待费预算2.80万元，与上年持平。\n\n2025年公务接待费预算共计2.08万元，严格执行接待标准。',
      errors: [{ message: '2025年本镇公务接待费预算在前文为2.80万元，此处却为2.08万元', line: 3, column: 15 }],
    },
  ],
});

// A title that reports a budget's execution (国有资本经营预算执行情况) names the budget book, not the
// measure of its statements: they are actuals, never the table's 预算数 column.
ruleTester(rule, {
  valid: [
    {
      why: '国有资本经营预算执行情况: a bare 利润收入 is the outturn, not the 预算数 cell',
      format: 'markdown',
      code: '# 石门市2024年国有资本经营预算执行情况\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 |\n|---|---|---|\n| 利润收入 | 6,200 | 6,845 |\n| 产权转让收入 | 900 | 1,120 |\n\n利润收入6,845万元，主要是市属企业盈利增加。\n',
    },
    {
      why: '政府性基金预算执行情况的报告: a bare 城市基础设施配套费收入 is not the budget',
      format: 'markdown',
      code: '# 关于青河县2024年政府性基金预算执行情况的报告\n\n单位：万元\n\n| 项目 | 预算数 | 执行数 |\n|---|---|---|\n| 城市基础设施配套费收入 | 4,300 | 3,960 |\n\n城市基础设施配套费收入3,960万元，完成预算的92.1%。\n',
    },
    {
      why: '社会保险基金预算执行情况, a 其中 clause: the outturn against the outturn column',
      format: 'markdown',
      code: '# 南岭区2024年社会保险基金预算执行情况\n\n全区社会保险基金收入52,460万元。其中，财政补贴收入14,280万元，主要用于城乡居民养老保险。\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 |\n|---|---|---|\n| 财政补贴收入 | 15,000 | 14,280 |\n',
    },
  ],
  invalid: [
    {
      why: 'a 决算说明 title still names the measure: a bare statement against the 决算数 cell',
      format: 'markdown',
      code: '# 石门市2024年国有资本经营预算决算说明\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 |\n|---|---|---|\n| 利润收入 | 6,200 | 6,845 |\n\n利润收入6,485万元，主要是市属企业盈利增加。\n',
      errors: [{ message: '2024年利润收入决算在表中为6,845万元，此处却为6,485万元', line: 9, column: 5 }],
    },
  ],
});

// In a 决算 a revenue stated with no measure is the outturn (as a spending is), and a clause giving a cause or
// calling attention (受…影响，需要说明的是，) before the level frames nothing.
const FUND = (text: string, title = '雁南区2024年政府性基金预算决算说明') =>
  `# ${title}\n\n单位：万元\n\n| 项目 | 2023年决算数 | 2024年决算数 |\n|---|---|---|\n| 国有土地使用权出让收入 | 58,640 | 46,280 |\n| 城市基础设施配套费收入 | 2,380 | 2,640 |\n| 污水处理费收入 | 1,420 | 1,350 |\n\n${text}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the text states the 2024 决算数 cell', format: 'markdown', code: FUND('受房地产市场调整影响，全年国有土地使用权出让收入46,280万元，为近五年最低水平。') },
    { why: '上年 named: last year’s outturn is the 2023 column', format: 'markdown', code: FUND('受房地产市场调整影响，上年国有土地使用权出让收入58,640万元。') },
    { why: 'a revenue whose name holds a budget word (年初安排) is no outturn', format: 'markdown', code: FUND('需要说明的是，年初安排的城市基础设施配套费收入2,460万元。') },
    {
      why: 'a 预算草案 states budgets: its revenues are not the 决算 column',
      format: 'markdown',
      code: FUND('污水处理费收入1,530万元，主要用于管网运行维护。', '雁南区2025年政府性基金预算草案'),
    },
  ],
  invalid: [
    {
      why: '受…影响， then the outturn with two digits swapped',
      format: 'markdown',
      code: FUND('受房地产市场调整影响，全年国有土地使用权出让收入46,820万元，为近五年最低水平。'),
      errors: [{ message: '2024年国有土地使用权出让收入决算在表中为46,280万元，此处却为46,820万元', line: 11, column: 25 }],
    },
    {
      why: '需要说明的是， then a revenue that differs from its row',
      format: 'markdown',
      code: FUND('需要说明的是，城市基础设施配套费收入2,460万元，主要是部分项目缓缴。'),
      errors: [{ message: '2024年城市基础设施配套费收入决算在表中为2,640万元，此处却为2,460万元', line: 11, column: 19 }],
    },
    {
      why: 'a plain revenue statement in a 决算',
      format: 'markdown',
      code: FUND('污水处理费收入1,530万元，主要用于管网运行维护。'),
      errors: [{ message: '2024年污水处理费收入决算在表中为1,350万元，此处却为1,530万元', line: 11, column: 8 }],
    },
  ],
});

// X亿元中，A…: an amount that opens its own breakdown is still a level of its subject.
const BOOKS = (text: string) =>
  `# 白岭县2025年政府性基金预算草案\n\n单位：亿元\n\n| 项目 | 2024年执行数 | 2025年预算数 |\n|---|---|---|\n| 政府性基金预算支出 | 16.32 | 14.75 |\n\n${text}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the breakdown’s total agrees with the 2025 column', format: 'markdown', code: BOOKS('需要说明的是，政府性基金预算支出14.75亿元中，专项债券安排的支出3.50亿元。') },
    { why: '中的 is a phrase, not a level', format: 'markdown', code: BOOKS('政府性基金预算支出14.57亿元中的专项债券部分另行说明。') },
    { why: 'last year’s execution (上年) is the 2024 column', format: 'markdown', code: BOOKS('上年政府性基金预算支出16.32亿元中，专项债券安排的支出4.10亿元。') },
  ],
  invalid: [
    {
      why: '需要说明的是，X亿元中，… with two digits swapped',
      format: 'markdown',
      code: BOOKS('需要说明的是，政府性基金预算支出14.57亿元中，专项债券安排的支出3.50亿元。'),
      errors: [{ message: '2025年政府性基金预算支出预算在表中为14.75亿元，此处却为14.57亿元', line: 9, column: 17 }],
    },
    {
      why: 'X亿元中： with a colon',
      format: 'markdown',
      code: BOOKS('政府性基金预算支出14.85亿元中：城乡社区支出12.10亿元。'),
      errors: [{ message: '2025年政府性基金预算支出预算在表中为14.75亿元，此处却为14.85亿元', line: 9, column: 10 }],
    },
    {
      why: 'a year before the amount',
      format: 'markdown',
      code: BOOKS('2025年政府性基金预算支出15.75亿元中，债务付息支出1.20亿元。'),
      errors: [{ message: '2025年政府性基金预算支出预算在表中为14.75亿元，此处却为15.75亿元', line: 9, column: 15 }],
    },
  ],
});
