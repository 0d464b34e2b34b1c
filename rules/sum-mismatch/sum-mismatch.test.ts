import { describe, expect, it } from 'vitest';
import { defaultConfig, lint, mergeConfig } from '@budgetlint/core';
import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: 'income, spending and the year\'s balance that agree (36.48 - 34.92 = 1.56; 8.60 - 7.90 = 0.7); a 滚存结余 is a stock, not the year\'s balance',
      code: '全县社会保险基金收入36.48亿元，支出34.92亿元，当年收支结余1.56亿元，年末滚存结余42.37亿元。\n全县社会保险基金收入36.48亿元，支出34.92亿元，年末滚存结余42.37亿元。\n城乡居民养老保险基金收入8.60亿元，支出7.90亿元，当年结余0.7亿元。',
    },
    {
      why: 'a 功能分类 table laid out with single spaces whose rows add up (合计 = 基本 + 项目, or the one part filled); a line after the note is no row; 30101 基本工资 14.12 30201 办公费 3.78 is two tables side by side',
      code: '一般公共预算财政拨款支出决算表\n单位：万元\n科目编码 科目名称 本年支出 基本支出 项目支出\n合计 4,862.37 1,936.52 2,925.85\n207 文化旅游体育与传媒支出 4,215.63 1,384.08 2,831.55\n2070101 行政运行 836.40 836.40\n2070109 群众文化 1,360.42 1,360.42\n30101 基本工资 14.12 30201 办公费 3.78\n注：本表反映部门本年度一般公共预算财政拨款实际支出情况。\n2101101 行政单位医疗 96.20 98.20',
    },
    {
      why: 'a head under a 收入支出 table, or the last line of a wider head (合计 合计 基本支出 项目支出): its rows hold other columns, left unread',
      code: '政府性基金预算财政拨款收入支出决算表\n单位：万元\n科目编码 科目名称 小计 基本支出 项目支出\n2120801 征地和拆迁补偿支出 50.00 50.00 50.00\n部门财政拨款支出决算表\n单位：万元\n年初结转和结余 本年收入\n合计 合计 基本支出 项目支出\n2010101 行政运行 120.00 120.00 120.00',
    },
    {
      why: 'a last row named …合计 totalling the rows above it, a （%） column left out; a table of subtotals (本年收入合计 … 收入总计) adds up',
      format: 'markdown',
      code: '单位：亿元\n\n| 税种 | 8月当月 | 1—8月累计 | 累计同比增减（%） |\n|---|---:|---:|---:|\n| 增值税 | 2.14 | 20.36 | 5.2 |\n| 企业所得税 | 0.86 | 9.42 | -2.8 |\n| 其他税收 | 1.58 | 19.90 | 4.3 |\n| 税收收入合计 | 4.58 | 49.68 | 3.4 |\n\n| 收入项目 | 决算数 | 支出项目 | 决算数 |\n|---|---:|---|---:|\n| 财政拨款收入 | 1,826.35 | 基本支出 | 1,186.42 |\n| 其他收入 | 118.60 | 项目支出 | 658.71 |\n| 本年收入合计 | 1,944.95 | 本年支出合计 | 1,845.13 |\n| 年初结转和结余 | 105.84 | 年末结转和结余 | 205.66 |\n| 收入总计 | 2,050.79 | 支出总计 | 2,050.79 |\n',
    },
    {
      why: 'a count, its change, then 其中 parts that add up to the count (not to the change): 418 + 692 + 136 = 1,246; 48 + 78 = 126',
      code: '截至2024年12月31日，全区公务用车保有量为1,246辆，比上年末减少48辆。其中：一般公务用车418辆，执法执勤用车692辆，特种专业技术用车136辆。\n2024年末本部门在编人员126人，比上年增加8人，其中：行政编制48人，事业编制78人。',
    },
    {
      why: 'a limit the balance is held under, after the parts (均控制在…限额…以内, 未超过…限额, 低于…限额), is no part: each balance adds up by kind',
      code: '截至2024年末，全市政府债务余额为412.30亿元，其中一般债务余额168.50亿元、专项债务余额243.80亿元，均控制在省政府核定的限额430.00亿元以内。\n2024年末区本级政府债务余额56.20亿元，其中一般债务21.40亿元，专项债务34.80亿元，未超过核定的债务限额60.00亿元。\n全县政府债务余额为75.64亿元，其中：一般债务余额30.12亿元，专项债务余额45.52亿元，低于省核定的限额78.00亿元。',
    },
    {
      why: 'a total then 按…分 and its parts: 8,200 + 4,100 = 12,300; a function split naming only some classes adds to less and may leave others out',
      code: '2025年部门支出预算12,300万元按资金来源分，一般公共预算8,200万元，政府性基金4,100万元。\n2024年全区一般公共预算支出86.40亿元，按功能分类，教育支出15.20亿元，社会保障和就业支出12.80亿元，卫生健康支出7.60亿元。',
    },
    {
      why: 'grade counts ending the sentence with no colon, an amount between them and their count: 36 = 11 + 19 + 5 + 1; two grades only, with no colon to bound them, may leave others out; 16 = 6 + 5 + 3 + 2',
      code: '2024年全县对36个项目开展重点绩效评价，涉及资金12.60亿元，评价结果为优秀的11个、良好的19个、合格的5个、不合格的1个。\n全年共评价项目20个，涉及资金3.2亿元，评价结果为优秀的6个、良好的5个。\n今年共评价项目16个，评价结果优秀6个、良好5个、合格3个、不合格2个。',
    },
    {
      why: 'each part followed by 主要包括 and the kinds it covers (no amounts): the list goes on past them, 1,566.35 + 236.25 = 1,802.60',
      code: '2024年度一般公共预算财政拨款基本支出1,802.60万元，其中：人员经费1,566.35万元，主要包括基本工资、津贴补贴、奖金等；公用经费236.25万元，主要包括办公费、印刷费、水电费等。',
    },
    {
      why: 'a bracketed 主要包括 note after each part joined by 和: 410.20 + 58.30 = 468.50',
      code: '本年度基本支出468.50万元，包括人员经费410.20万元（主要包括基本工资、津贴补贴）和公用经费58.30万元（主要包括办公费、差旅费等）。',
    },
    {
      why: 'N个…中， then the grades of all of them, adding up',
      code: '对专项债券项目开展绩效自评，全县26个专项债券项目中，自评等级为优的18个、良的6个、中的2个。',
    },
    {
      why: 'N个…中， then a part of them only: a subset, not a partition',
      code: '全区14个街镇中，有11个街镇收入实现正增长，主要得益于重点企业增值税入库增加。',
    },
    {
      why: '等级分别为 after a count, adding up',
      code: '对2024年度9个重点项目开展事前评估，评估等级分别为“优”3个、“良”5个、“中”1个。',
    },
    {
      why: '均在…限额以内 after the parts speaks of every part: the limit is not a part of the balance',
      code: '截至2025年9月末，全区政府债务余额186.40亿元，其中一般债务余额71.25亿元、专项债务余额115.15亿元，均在省核定限额190.60亿元以内。',
    },
    {
      why: '都控制在… after a 其中 list: a clause about the parts, not a third part',
      code: '2024年末全县政府债务余额98.30亿元，其中一般债务42.10亿元，专项债务56.20亿元，都控制在上级下达的限额102.00亿元之内。',
    },
    {
      why: '均未超过 and a bracketed limit after the parts',
      code: '年末政府债务余额为64.75亿元，其中：一般债务余额24.50亿元，专项债务余额40.25亿元，均未超过限额（66.80亿元）。',
    },
    {
      why: 'a negative component keeps its sign: -1500 + 98000 + 3600 = 100100',
      code: '2025年，上级财政共提前下达我县转移支付资金100100万元，同比增长12.5%。其中：返还性收入-1500万元，一般性转移支付98000万元，专项转移支付3600万元。',
    },
    {
      why: 'rounding: 95.36 + 10.23 = 105.59 as printed, but the intervals of 105.58 and of the sum meet',
      code: '2024年，全区地方政府债券付息支出105.58万元，其中：一般债务付息支出95.36万元，专项债务付息支出10.23万元。',
    },
    {
      why: 'two splits of one total: by kind 9850, by source 9000 + 850; the 用于… clause ends the list',
      code: '2024年，全区地方政府债券还本支出9850万元，其中：一般债务还本支出9850万元，使用再融资债券资金9000万元，区本级财力850万元，用于偿还到期债券本金。',
    },
    {
      why: 'a subset in front of a count partition: 5个 are also among the graded ones, 6 + 14 + 3 = 23',
      code: '2024年，全县开展重点绩效评价的项目共23个，其中5个为人大专题审议项目，评价结果为优的项目６个，良的14个，中的3个。',
    },
    {
      why: 'two 其中 in one sentence, each bound to its own total: 2.1 = 0.8 + 1.3 and 1.46 = 0.52 + 0.94',
      code: '2024年偿还政府债券本金2.1亿元，其中一般债券本金0.8亿元，专项债券本金1.3亿元，支付政府债券利息1.46亿元，其中一般债券利息0.52亿元，专项债券利息0.94亿元。',
    },
    {
      why: 'counts listed after an amount are not its components (个 never adds to 万元)',
      code: '2024年，纳入重点评价的项目资金共计46218.36万元，其中：评价结果为良的5个，中的3个。',
    },
    {
      why: 'a single component equal to the total, then a purpose (用于…), not a second component',
      code: '2025年，省财政厅提前下达我县新增债务限额1500万元，其中，一般债券1500万元，用于农村公路改造项目1500万元。',
    },
    {
      why: 'an "of which" list that is not a known partition may sum to less than the total',
      code: '2025年部门项目支出预算4210万元，其中：信息化建设1200万元、设备购置860万元、课题研究350万元。',
    },
    {
      why: 'components across sentences: 31250.5 + 255050 = 286300.5',
      code: '2024年，县财政共安排项目支出286300.5万元，其中：其他运转类项目31250.5万元。特定目标类项目255050万元。',
    },
    {
      why: 'units are scaled before adding: 15000万元 + 6.7亿元 = 8.2亿元; 平均利率 is not a component',
      code: '2024年，省转贷我县新增政府债券8.2亿元，其中一般债券15000万元，专项债券6.7亿元，平均期限12年，平均利率2.86%。',
    },
    {
      why: 'zero totals with zero components: 0 = 0 + 0, and 0.27 = 0.05 + 0.22',
      code: '2024年偿还政府债券本金0亿元，其中一般债券0亿元，专项债券0亿元，支付政府债券利息0.27亿元，其中一般债券利息0.05亿元，专项债券利息0.22亿元。',
    },
    {
      why: '三公 with zero members: 394 = 0 + 394 + 0, and 与上年持平 states no change',
      code: '2025年，区级“三公”经费预算数为394万元，与上年持平。其中：公务接待费0万元；公务用车购置及运行维护费394万元；因公出国（境）费0万元。',
    },
    {
      why: 'numbered sub-items on their own lines add up: 1.05 + 35.62 + 5.51 = 42.18',
      code: [
        '2025年，上级财政安排我县税收返还和转移支付42.18亿元，比上年增加1.26亿元，增长3.08%，其中：',
        '（1）返还性收入1.05亿元，与上年持平。',
        '（2）一般性转移支付35.62亿元，比上年增加2.06亿元，增长6.14%。',
        '（3）专项转移支付5.51亿元，比上年减少0.8亿元，下降12.68%。',
      ].join('\n'),
    },
    {
      why: 'a nested 其中 inside a sub-item adds up on its own: 162 = 40 + 122; the outer 216 = 0 + 162 + 54',
      code: [
        '２０２４年，区级一般公共预算安排的“三公”经费支出合计２１６万元，其中：',
        '1.因公出国（境）费０万元；',
        '2.公务用车购置及运行维护费１６２万元，其中：公务用车购置费４０万元，公务用车运行维护费１２２万元；',
        '3.公务接待费５４万元。',
      ].join('\n'),
    },
    {
      why: '合计 after the components: 4500 + 86000 + 21300 = 111800',
      code: '2024年，新增一般债券4500万元，新增专项债券86000万元，再融资一般债券21300万元，合计111800万元。',
    },
    {
      why: 'approximate figures (12多亿元, 约5.2亿元, 一千多个) never enter arithmetic',
      code: '近年来累计评价项目一千多个，涉及资金12多亿元，其中重点项目资金约5.2亿元、一般项目资金约9亿元。',
    },
    {
      why: 'a Markdown table whose 合计 row adds up in every column; the 增减率 column is not summed',
      format: 'markdown',
      code: [
        '单位：万元',
        '',
        '| 项目 | 2025年预算数 | 2024年执行数 | 增减率（%） |',
        '| --- | --- | --- | --- |',
        '| 因公出国（境）费 | 10 | 12 | -16.67 |',
        '| 公务用车购置及运行维护费 | 86.5 | 90 | -3.89 |',
        '| 公务接待费 | 23.5 | 26 | -9.62 |',
        '| 合计 | 120 | 128 | -6.25 |',
      ].join('\n'),
    },
    {
      why: 'a table 其中 row details the row above and is not added into the 合计',
      format: 'markdown',
      code: ['| 项目 | 决算数（万元） |', '| --- | --- |', '| 一、基本支出 | 3260 |', '| 其中：人员经费 | 2810 |', '| 二、项目支出 | 1840 |', '| 合计 | 5100 |'].join('\n'),
    },
    {
      why: 'only the first detail row says 其中; the flush-left row after it completes the run (186 + 716.7 = 902.7 in both columns), so it is not a member of the 合计',
      format: 'markdown',
      code: [
        '| 项目 | 2024年决算 | 2023年决算 |',
        '| --- | --- | --- |',
        '| 因公出国（境）费 | 48.20 | 52.60 |',
        '| 公务用车购置及运行维护费 | 902.70 | 965.10 |',
        '| 其中：公务用车购置费 | 186.00 | 210.00 |',
        '| 公务用车运行维护费 | 716.70 | 755.10 |',
        '| 公务接待费 | 335.50 | 365.00 |',
        '| 合计 | 1,286.40 | 1,382.70 |',
      ].join('\n'),
    },
    {
      why: 'a detail run of three rows under a spending line, only the first marked 其中: 1,420 = 860 + 410 + 150',
      format: 'markdown',
      code: [
        '| 支出功能分类 | 预算数（万元） |',
        '| --- | --- |',
        '| 一般公共服务支出 | 2,316 |',
        '| 教育支出 | 1,420 |',
        '| 其中：普通教育 | 860 |',
        '| 职业教育 | 410 |',
        '| 教育费附加安排的支出 | 150 |',
        '| 卫生健康支出 | 964 |',
        '| 合计 | 4,700 |',
      ].join('\n'),
    },
    {
      why: 'the run is found after a 其中 row for wages, with a 合计 row coming first: 5,260 = 3,140 + 2,120; 3,140 = 2,610 + 530',
      format: 'markdown',
      code: [
        '| 项目 | 本年支出 |',
        '| --- | --- |',
        '| 合计 | 5,260 |',
        '| 基本支出 | 3,140 |',
        '| 其中：人员经费 | 2,610 |',
        '| 日常公用经费 | 530 |',
        '| 项目支出 | 2,120 |',
      ].join('\n'),
    },
    {
      why: 'a paragraph opening with 其中 after a paragraph ending on a 分别 run of scores: 69.0 is the last of three scores, not a total of the four dimension scores',
      code: '区财政局对三个重点项目开展了再评价，得分分别为87.5分、92.0分和69.0分，对应等级分别为良好、优秀、不合格。\n其中，城区道路改造项目从决策、过程、产出、效益四个维度评价，得分依次为17.5分、18.0分、33.0分、19.0分。',
    },
    {
      why: 'the amounts of three towns in a bare run end the paragraph before 其中: the list after it details the first town, not the 60万元 of the last',
      code: '2025年三个乡镇分别获得人居环境补助资金120万元、85万元和60万元。\n其中，青石镇资金用于道路硬化50万元、农田水利40万元、垃圾清运30万元。',
    },
    {
      why: 'two amounts joined by 及 before a paragraph-opening 其中：: 1,450 is the second of two, not the total of 2,100 + 1,100',
      code: '2024年省级下达的两项专项资金分别为3,200万元及1,450万元。\n其中：基础设施类2,100万元，公共服务类1,100万元。',
    },
    {
      why: 'a finding silenced by budgetlint-disable-next-line',
      format: 'markdown',
      code: [
        '<!-- budgetlint-disable-next-line sum-mismatch -->',
        '2024年，新增一般债券4500万元，新增专项债券86000万元，再融资一般债券21300万元，合计121800万元。',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the gaps Word sets around digits, kept by a PDF\'s text: 36.48 - 34.92 = 1.56, stated 1.65',
      code: '全县社会保险基金收入 36.48 亿元，支出 34.92 亿元，当年收支结余 1.65 亿元，年末滚存结余 42.37 亿元。',
      errors: [{ message: '社会保险基金收入合计36.48亿元，但分项之和为36.57亿元（34.92 + 1.65），相差0.09亿元', line: 1, column: 12 }],
    },
    {
      why: 'the same gaps around a 合计 and its 其中 parts: 106.50 + 48.20 = 154.70, more than 143.70',
      code: '2024 年“三公”经费支出合计 143.70 万元，其中公务用车运行维护费 106.50 万元，公务接待费 48.20 万元。',
      errors: [{ message: '“三公”经费支出合计143.70万元，但其中所列分项之和已达154.70万元（106.50 + 48.20），超出11.00万元', line: 1, column: 18 }],
    },
    {
      why: '收入…，支出…，当年收支结余…: 36.48 - 34.92 = 1.56, stated 1.65',
      code: '全县社会保险基金收入36.48亿元，支出34.92亿元，当年收支结余1.65亿元，年末滚存结余42.37亿元。',
      errors: [{ message: '社会保险基金收入合计36.48亿元，但分项之和为36.57亿元（34.92 + 1.65），相差0.09亿元', line: 1, column: 11 }],
    },
    {
      why: '基金收入…，基金支出…，本年收支结余…: 128.60 - 121.35 = 7.25, stated 6.25',
      code: '2024年全市机关事业单位基本养老保险基金收入128.60亿元，基金支出121.35亿元，本年收支结余6.25亿元。',
      errors: [{ message: '机关事业单位基本养老保险基金收入合计128.60亿元，但分项之和为127.60亿元（121.35 + 6.25），相差1.00亿元', line: 1, column: 24 }],
    },
    {
      why: 'clauses apart by ；: 3.42 - 2.80 = 0.62, stated 0.72',
      code: '全区国有资本经营预算收入3.42亿元；支出2.80亿元；结余0.72亿元。',
      errors: [{ message: '国有资本经营预算收入合计3.42亿元，但分项之和为3.52亿元（2.80 + 0.72），相差0.10亿元', line: 1, column: 13 }],
    },
    {
      why: 'a 功能分类 table laid out with single spaces under 合计 基本支出 项目支出: 578.10 + 2,965.80 = 3,543.90 against 3,534.90',
      code: '2025年部门一般公共预算支出功能分类预算表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n208 社会保障和就业支出 6,512.80 2,104.60 4,408.20\n2080201 行政运行 1,006.50 1,006.50\n2081002 老年福利 3,534.90 578.10 2,965.80\n合计 7,386.50 2,978.30 4,408.20',
      errors: [{ message: '表中老年福利行3,534.90万元，但分项之和为3543.90万元（578.10 + 2965.80），相差9.00万元', line: 6, column: 14 }],
    },
    {
      why: 'a row with one part left empty must equal it: 96.20 against 98.20 (本年支出 基本支出 项目支出)',
      code: '一般公共预算财政拨款支出决算表\n单位：万元\n科目编码 科目名称 本年支出 基本支出 项目支出\n210 卫生健康支出 98.20 98.20\n2101101 行政单位医疗 96.20 98.20\n221 住房保障支出 176.00 81.70 94.30',
      errors: [{ message: '表中行政单位医疗行96.20万元，但分项之和为98.20万元（98.20），相差2.00万元', line: 5, column: 16 }],
    },
    {
      why: 'rows without codes in 元 under 支出合计 基本支出 项目支出: 1,206,300 + 1,762,400 = 2,968,700 against 2,932,700',
      code: '部门支出预算表\n单位：元\n项目 支出合计 基本支出 项目支出\n一般公共服务支出 2,932,700 1,206,300 1,762,400\n教育支出 250,000 250,000',
      errors: [{ message: '表中一般公共服务支出行2,932,700元，但分项之和为2968700元（1206300 + 1762400），相差36000元', line: 4, column: 10 }],
    },
    {
      why: 'the last row 税收收入合计 totals the rows above it; the 累计同比增减（%） column is no money: 20.36 + 9.42 + 18.90 = 48.68 against 49.68',
      format: 'markdown',
      code: '单位：亿元\n\n| 税种 | 8月当月 | 1—8月累计 | 累计同比增减（%） |\n|---|---:|---:|---:|\n| 增值税 | 2.14 | 20.36 | 5.2 |\n| 企业所得税 | 0.86 | 9.42 | -2.8 |\n| 其他税收 | 1.58 | 18.90 | 4.3 |\n| 税收收入合计 | 4.58 | 49.68 | 3.4 |\n',
      errors: [{ message: '表中税收收入合计行“1—8月累计”列49.68亿元，但分项之和为48.68亿元（20.36 + 9.42 + 18.90），相差1.00亿元', line: 8, column: 19 }],
    },
    {
      why: '支出合计 as the last row: 3,086.20 + 5,112.80 = 8,199.00 against 8,299.00 (the 预算数 column adds up)',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 预算数 | 决算数 |\n|---|---:|---:|\n| 基本支出 | 3,120.50 | 3,086.20 |\n| 项目支出 | 5,406.30 | 5,112.80 |\n| 支出合计 | 8,526.80 | 8,299.00 |\n',
      errors: [{ message: '表中支出合计行“决算数”列8,299.00万元，但分项之和为8199.00万元（3086.20 + 5112.80），相差100.00万元', line: 7, column: 21 }],
    },
    {
      why: '全县总计 as the last row, units noted per column: 37.80 + 29.40 + 22.50 = 89.70 against 98.70 (the 户数 column adds up)',
      format: 'markdown',
      code: '| 乡镇 | 户数（户） | 补助资金（万元） |\n|---|---:|---:|\n| 城关镇 | 126 | 37.80 |\n| 河口镇 | 98 | 29.40 |\n| 石桥乡 | 75 | 22.50 |\n| 全县总计 | 299 | 98.70 |\n',
      errors: [{ message: '表中全县总计行“补助资金（万元）”列98.70万元，但分项之和为89.70万元（37.80 + 29.40 + 22.50），相差9.00万元', line: 6, column: 16 }],
    },
    {
      why: 'the 其中 parts of a vehicle count, after its change on last year: 418 + 692 + 136 = 1,246 exceed 1,236 (not the 48 of the change)',
      code: '截至2024年12月31日，全区公务用车保有量为1,236辆，比上年末减少48辆。其中：一般公务用车418辆，执法执勤用车692辆，特种专业技术用车136辆。',
      errors: [{ message: '公务用车保有量合计1,236辆，但其中所列分项之和已达1246辆（418 + 692 + 136），超出10辆', line: 1, column: 25 }],
    },
    {
      why: 'staff by kind after the change: 48 + 82 = 130 exceed 126',
      code: '2024年末本部门在编人员126人，比上年增加8人，其中：行政编制48人，事业编制82人。',
      errors: [{ message: '在编人员合计126人，但其中所列分项之和已达130人（48 + 82），超出4人', line: 1, column: 14 }],
    },
    {
      why: 'villages by level after 较上年增加4个: 12 + 23 = 35 exceed 32',
      code: '全县共有定点帮扶村32个，较上年增加4个，其中省级重点帮扶村12个、市级重点帮扶村23个。',
      errors: [{ message: '共有定点帮扶村合计32个，但其中所列分项之和已达35个（12 + 23），超出3个', line: 1, column: 10 }],
    },
    {
      why: 'the parts by kind do not add up, and the limit after them is left out of the sum: 168.50 + 234.80 = 403.30 against 412.30',
      code: '截至2024年末，全市政府债务余额为412.30亿元，其中一般债务余额168.50亿元、专项债务余额234.80亿元，均控制在省政府核定的限额430.00亿元以内。',
      errors: [{ message: '政府债务余额合计412.30亿元，但分项之和为403.30亿元（168.50 + 234.80），相差9.00亿元', line: 1, column: 19 }],
    },
    {
      why: 'a total then 按经济性质分, its parts exceed it: 6,215 + 4,245 = 10,460 against 10,360',
      code: '全镇一般公共预算支出10,360万元按经济性质分，基本支出6,215万元，项目支出4,245万元。',
      errors: [{ message: '全镇一般公共预算支出合计10,360万元，但其中所列分项之和已达10460万元（6215 + 4245），超出100万元', line: 1, column: 11 }],
    },
    {
      why: '按支出性质划分： after the total: 5,120.00 + 3,620.00 = 8,740.00 against 8,640.00',
      code: '2025年部门支出预算8,640.00万元，按支出性质划分：基本支出5,120.00万元，项目支出3,620.00万元。',
      errors: [{ message: '部门支出预算合计8,640.00万元，但其中所列分项之和已达8740.00万元（5120.00 + 3620.00），超出100.00万元', line: 1, column: 12 }],
    },
    {
      why: '按收入类别分， after a revenue total in 亿元: 25.10 + 7.80 = 32.90 against 32.50',
      code: '全县一般公共预算收入安排32.50亿元，按收入类别分，税收收入25.10亿元，非税收入7.80亿元。',
      errors: [{ message: '一般公共预算收入安排合计32.50亿元，但其中所列分项之和已达32.90亿元（25.10 + 7.80），超出0.40亿元', line: 1, column: 13 }],
    },
    {
      why: 'every grade counted after 评价结果为, with 涉及资金 between them and their count: 12 + 19 + 5 + 1 = 37 against 38',
      code: '2024年全县对38个项目开展重点绩效评价，涉及资金12.60亿元，评价结果为优秀的12个、良好的19个、合格的5个、不合格的1个。',
      errors: [{ message: '项目合计38个，但分项之和为37个（12 + 19 + 5 + 1），相差1个', line: 1, column: 9 }],
    },
    {
      why: '评价等级为优的…、良的…、中的…、差的…: 9 + 10 + 3 + 1 = 23 against 24 部门',
      code: '区财政局组织对24个部门开展整体支出绩效评价，评价等级为优的9个、良的10个、中的3个、差的1个。',
      errors: [{ message: '部门合计24个，但分项之和为23个（9 + 10 + 3 + 1），相差1个', line: 1, column: 8 }],
    },
    {
      why: 'the count right before the grades, no colon: 6 + 5 + 3 + 2 = 16 against 15',
      code: '今年共评价项目15个，评价结果为优秀的6个、良好的5个、合格的3个、不合格的2个。',
      errors: [{ message: '今年共评价项目合计15个，但分项之和为16个（6 + 5 + 3 + 2），相差1个', line: 1, column: 8 }],
    },
    {
      why: '主要包括 naming kinds after each part does not end the 其中 list: 2,105.42 + 390.88 = 2,496.30 against 2,486.30',
      code: '2024年度一般公共预算财政拨款基本支出2,486.30万元，其中：人员经费2,105.42万元，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费等；公用经费390.88万元，主要包括办公费、水电费、邮电费、差旅费、维修（护）费等。',
      errors: [{ message: '一般公共预算财政拨款基本支出合计2,486.30万元，但分项之和为2496.30万元（2105.42 + 390.88），相差10.00万元', line: 1, column: 21 }],
    },
    {
      why: 'parts joined by 和 with a bracketed 主要包括 note between them: 552.10 + 76.65 = 628.75 against 618.75',
      code: '本年度基本支出618.75万元，包括人员经费552.10万元（主要包括工资福利支出、对个人和家庭的补助）和公用经费76.65万元（主要包括办公费、印刷费、会议费等）。',
      errors: [{ message: '本年度基本支出合计618.75万元，但分项之和为628.75万元（552.10 + 76.65），相差10.00万元', line: 1, column: 8 }],
    },
    {
      why: '人员经费 and 日常公用经费 make up 基本支出, each with a 主要包括 clause: 2,654.20 + 348.20 = 3,002.40 against 3,012.40',
      code: '2025年部门预算基本支出3,012.40万元，其中：人员经费2,654.20万元，主要包括基本工资、津贴补贴、奖金、伙食补助费等；日常公用经费348.20万元，主要包括办公费、印刷费、咨询费、手续费等。',
      errors: [{ message: '部门预算基本支出合计3,012.40万元，但分项之和为3002.40万元（2654.20 + 348.20），相差10.00万元', line: 1, column: 14 }],
    },
    {
      why: 'N个…中，优的…个、良的…个、中的…个 adding up to more than the count',
      code: '对专项债券项目开展绩效自评，全县26个专项债券项目中，自评等级为优的19个、良的6个、中的2个。',
      errors: [{ message: '专项债券项目合计26个，但分项之和为27个（19 + 6 + 2），相差1个', line: 1, column: 17 }],
    },
    {
      why: '参评的12家单位中： grades by count, one too few',
      code: '2024年部门整体支出绩效评价结果为：参评的12家单位中：评价等级为“优秀”的5家、“良好”的4家、“合格”的2家。',
      errors: [{ message: '单位合计12家，但分项之和为11家（5 + 4 + 2），相差1家', line: 1, column: 23 }],
    },
    {
      why: '等级分别为“优”…个 after a count, one short',
      code: '对2024年度11个重点项目开展事前评估，评估等级分别为“优”4个、“良”5个、“中”1个。',
      errors: [{ message: '重点项目合计11个，但分项之和为10个（4 + 5 + 1），相差1个', line: 1, column: 8 }],
    },
    {
      why: 'the parts before 均在…以内 still add up to more than the balance',
      code: '截至2025年6月末，全区政府债务余额180.40亿元，其中一般债务余额71.25亿元、专项债务余额115.15亿元，均在省核定限额190.60亿元以内。',
      errors: [{ message: '政府债务余额合计180.40亿元，但分项之和为186.40亿元（71.25 + 115.15），相差6.00亿元', line: 1, column: 20 }],
    },
    {
      why: 'a flush-left row after a 其中 row that does not complete the row above is a member of the 合计 again: 186 + 300 ≠ 902.7, so 合计 1,590 is checked against 48.2 + 902.7 + 300 + 335.5',
      format: 'markdown',
      code: [
        '| 项目 | 2024年决算 |',
        '| --- | --- |',
        '| 因公出国（境）费 | 48.20 |',
        '| 公务用车购置及运行维护费 | 902.70 |',
        '| 其中：公务用车购置费 | 186.00 |',
        '| 培训费 | 300.00 |',
        '| 公务接待费 | 335.50 |',
        '| 合计 | 1,590.40 |',
      ].join('\n'),
      errors: [{ message: '表中合计行“2024年决算”列1,590.40，但分项之和为1586.40（48.20 + 902.70 + 300.00 + 335.50），相差4.00', line: 8, column: 8 }],
    },
    {
      why: 'numbered sub-items under a total that ends in 其中：',
      code: '2025年上级财政安排我市税收返还和转移支付31.62亿元，比上年减少2.1亿元，下降6.22%，其中：\n（1）返还性收入2.4亿元，与上年持平。\n（2）一般性转移支付18.05亿元，比上年减少1.6亿元。\n（3）专项转移支付6.17亿元，比上年减少0.5亿元。',
      errors: [
        {
          message: '税收返还和转移支付合计31.62亿元，但分项之和为26.62亿元（2.4 + 18.05 + 6.17），相差5.00亿元',
          line: 1,
          column: 23,
          text: '31.62亿元',
          related: ['分项（1）返还性收入 2.4亿元', '分项（2）一般性转移支付 18.05亿元', '分项（3）专项转移支付 6.17亿元'],
        },
      ],
    },
    {
      why: 'the 三公 partition is complete: its members must add up to the total',
      code: '2025年，全县“三公”经费预算数为486.5万元，其中，因公出国（境）费12万元，公务用车购置及运行维护费308.3万元，公务接待费156.2万元。',
      errors: [
        {
          message: '“三公”经费预算数合计486.5万元，但分项之和为476.5万元（12 + 308.3 + 156.2），相差10.0万元',
          line: 1,
          column: 19,
          text: '486.5万元',
          related: ['分项（1）因公出国（境）费 12万元', '分项（2）公务用车购置及运行维护费 308.3万元', '分项（3）公务接待费 156.2万元'],
        },
      ],
    },
    {
      why: 'debt balance = 一般债务 + 专项债务 (complete partition)',
      code: '截至2024年底，全县政府债务余额452300万元，其中：一般债务余额186300万元，专项债务余额256000万元。',
      errors: [
        {
          message: '政府债务余额合计452300万元，但分项之和为442300万元（186300 + 256000），相差10000万元',
          line: 1,
          column: 18,
          text: '452300万元',
          related: ['分项（1）一般债务余额 186300万元', '分项（2）专项债务余额 256000万元'],
        },
      ],
    },
    {
      why: 'a partial "of which" list may fall short of the total, but never exceed it',
      code: '2025年部门项目支出预算4210万元，其中：信息化建设1800万元、设备购置1960万元、课题研究850万元。',
      errors: [
        {
          message: '部门项目支出预算合计4210万元，但其中所列分项之和已达4610万元（1800 + 1960 + 850），超出400万元',
          line: 1,
          column: 14,
          text: '4210万元',
          related: ['分项（1）信息化建设 1800万元', '分项（2）设备购置 1960万元', '分项（3）课题研究 850万元'],
        },
      ],
    },
    {
      why: 'two 其中 in one sentence: only the second list is wrong, and only it is reported',
      code: '2024年偿还政府债券本金2.1亿元，其中一般债券本金0.8亿元，专项债券本金1.3亿元，支付政府债券利息1.46亿元，其中一般债券利息0.52亿元，专项债券利息0.84亿元。',
      errors: [
        {
          message: '支付政府债券利息合计1.46亿元，但分项之和为1.36亿元（0.52 + 0.84），相差0.10亿元',
          line: 1,
          column: 54,
          text: '1.46亿元',
          related: ['分项（1）一般债券利息 0.52亿元', '分项（2）专项债券利息 0.84亿元'],
        },
      ],
    },
    {
      why: 'a negative component counted with its sign: -1860 + 92140 + 9960 = 100240',
      code: '2025年，上级提前下达我区转移支付资金96520万元，同比增长8.36%。其中：返还性收入-1860万元，一般性转移支付92140万元，专项转移支付9960万元。',
      errors: [
        {
          message: '转移支付资金合计96520万元，但分项之和为100240万元（-1860 + 92140 + 9960），相差3720万元',
          line: 1,
          column: 21,
          text: '96520万元',
          related: ['分项（1）返还性收入 -1860万元', '分项（2）一般性转移支付 92140万元', '分项（3）专项转移支付 9960万元'],
        },
      ],
    },
    {
      why: '合计 after the components',
      code: '2024年，新增一般债券4500万元，新增专项债券86000万元，再融资一般债券21300万元，合计121800万元。',
      errors: [
        {
          message: '合计121800万元，但分项之和为111800万元（4500 + 86000 + 21300），相差10000万元',
          line: 1,
          column: 51,
          text: '121800万元',
          related: ['分项（1）新增一般债券 4500万元', '分项（2）新增专项债券 86000万元', '分项（3）再融资一般债券 21300万元'],
        },
      ],
    },
    {
      why: 'sub-items （一）（二）（三） as headings, their amounts on the following lines',
      code: [
        '2025年，全县教育支出预算合计12680万元。其中：',
        '（一）学前教育',
        '学前教育支出1850万元，主要用于公办幼儿园运转。',
        '（二）义务教育',
        '义务教育支出9930万元，主要用于教师工资和学校公用经费。',
        '（三）普通高中教育',
        '普通高中教育支出1900万元。',
      ].join('\n'),
      errors: [
        {
          message: '教育支出预算合计12680万元，但其中所列分项之和已达13680万元（1850 + 9930 + 1900），超出1000万元',
          line: 1,
          column: 17,
          text: '12680万元',
          related: ['分项（1）学前教育支出 1850万元', '分项（2）义务教育支出 9930万元', '分项（3）普通高中教育支出 1900万元'],
        },
      ],
    },
    {
      why: 'a Markdown 合计 row with 单位：万元: only the wrong column is reported, at its cell',
      format: 'markdown',
      code: [
        '单位：万元',
        '',
        '| 项目 | 2025年预算数 | 2024年执行数 |',
        '| --- | --- | --- |',
        '| 因公出国（境）费 | 10 | 12 |',
        '| 公务用车购置及运行维护费 | 86.5 | 90 |',
        '| 公务接待费 | 23.5 | 26 |',
        '| 合计 | 120 | 138 |',
      ].join('\n'),
      errors: [
        {
          message: '表中合计行“2024年执行数”列138万元，但分项之和为128万元（12 + 90 + 26），相差10万元',
          line: 8,
          column: 14,
          text: '138',
          related: ['分项（1）因公出国（境）费 12万元', '分项（2）公务用车购置及运行维护费 90万元', '分项（3）公务接待费 26万元'],
        },
      ],
    },
    {
      why: '亿元 and 万元 are scaled before adding: 25000万元 + 6.7亿元 = 9.2亿元',
      code: '2024年，省转贷我县新增政府债券8.2亿元，其中一般债券25000万元，专项债券6.7亿元。',
      errors: [
        {
          message: '新增政府债券合计8.2亿元，但分项之和为9.2亿元（25000万元 + 6.7亿元），相差1.0亿元',
          line: 1,
          column: 18,
          text: '8.2亿元',
          related: ['分项（1）一般债券 25000万元', '分项（2）专项债券 6.7亿元'],
        },
      ],
    },
    {
      why: 'full-width digits throughout',
      code: '２０２４年，区级“三公”经费支出合计２１６万元，其中：因公出国（境）费０万元，公务用车购置及运行维护费１６２万元，公务接待费６４万元。',
      errors: [
        {
          message: '“三公”经费支出合计216万元，但分项之和为226万元（0 + 162 + 64），相差10万元',
          line: 1,
          column: 19,
          text: '２１６万元',
          related: ['分项（1）因公出国（境）费 0万元', '分项（2）公务用车购置及运行维护费 162万元', '分项（3）公务接待费 64万元'],
        },
      ],
    },
    {
      why: 'the finding is on the total’s line when the list follows on other lines; the next paragraph is unaffected',
      code: [
        '一、“三公”经费预算情况说明',
        '2025年，部门“三公”经费预算合计96万元，其中：',
        '（1）因公出国（境）费0万元；',
        '（2）公务用车购置及运行维护费70万元；',
        '（3）公务接待费16万元。',
        '二、转移支付情况说明',
      ].join('\n'),
      errors: [
        {
          message: '部门“三公”经费预算合计96万元，但分项之和为86万元（0 + 70 + 16），相差10万元',
          line: 2,
          column: 19,
          text: '96万元',
          related: ['分项（1）因公出国（境）费 0万元', '分项（2）公务用车购置及运行维护费 70万元', '分项（3）公务接待费 16万元'],
        },
      ],
    },
  ],
});

// Cases the rule or the extractor does not get right yet: each asserts the right behaviour and is expected to fail.
describe('sum-mismatch: harder shapes', () => {
  const findings = (code: string) =>
    lint(code, { rules: [rule], format: 'text' }).findings.map((f) => ({ message: f.message, text: code.slice(f.range.start, f.range.end) }));

  it('components across sentences: the component in the next sentence is read, and the excess reported', () => {
    const code = '2024年，县财政共安排项目支出286300.5万元，其中：其他运转类项目31250.5万元。特定目标类项目265050万元。';
    expect(findings(code)).toEqual([
      { message: '项目支出合计286300.5万元，但其中所列分项之和已达296300.5万元（31250.5 + 265050），超出10000.0万元', text: '286300.5万元' },
    ]);
  });

  it('a nested 其中 inside a sub-item is checked against the sub-item’s amount', () => {
    const code = [
      '2024年上级财政安排我区税收返还和转移支付31.62亿元，其中：',
      '（1）返还性收入2.4亿元，与上年持平。其中：增值税税收返还1.7亿元；其他返还性收入0.9亿元。',
      '（2）一般性转移支付23.05亿元。',
      '（3）专项转移支付6.17亿元。',
    ].join('\n');
    expect(findings(code)).toEqual([{ message: '返还性收入合计2.4亿元，但其中所列分项之和已达2.6亿元（1.7 + 0.9），超出0.2亿元', text: '2.4亿元' }]);
  });

  it('two splits of one total: the second split (by source) must add up too', () => {
    const code = '2024年，全区地方政府债券还本支出9850万元，其中：一般债务还本支出9850万元，使用再融资债券资金9000万元，区本级财力950万元，用于偿还到期债券本金。';
    expect(findings(code)).toEqual([{ message: '地方政府债券还本支出合计9850万元，但分项之和为9950万元（9000 + 950），相差100万元', text: '9850万元' }]);
  });

  it('a subset in front of a count partition is left out of the sum the message states', () => {
    const code = '2024年，全县开展重点绩效评价的项目共23个，其中5个为人大专题审议项目，评价结果为优的项目６个，良的14个，中的5个。';
    expect(findings(code)).toEqual([{ message: '开展重点绩效评价的项目合计23个，但分项之和为25个（6 + 14 + 5），相差2个', text: '23个' }]);
  });

  it('a full-width thousands separator inside a component (1，112.2万元) does not split the list', () => {
    const code = '2024年，全市“三公”经费支出合计1,234.5萬元，其中：因公出国（境）费56.3万元，公务用车购置及运行维护费1，112.2万元，公务接待费166万元。';
    expect(findings(code)).toEqual([
      { message: '“三公”经费支出合计1,234.5萬元，但分项之和为1334.5万元（56.3 + 1112.2 + 166），相差100.0万元', text: '1,234.5萬元' },
    ]);
  });

  it('Markdown ordered-list items under a total ending in 其中： are its sub-items', () => {
    const code = ['2025年，部门“三公”经费预算合计96万元，其中：', '', '1. 因公出国（境）费0万元；', '2. 公务用车购置及运行维护费70万元；', '3. 公务接待费16万元。'].join('\n');
    const got = lint(code, { rules: [rule], format: 'markdown' }).findings.map((f) => ({ message: f.message, line: f.line, column: f.column }));
    expect(got).toEqual([{ message: '部门“三公”经费预算合计96万元，但分项之和为86万元（0 + 70 + 16），相差10万元', line: 1, column: 19 }]);
  });

  it('an ASCII thousands separator inside a component (1,190.2万元) does not split the list', () => {
    const code = '2024年，部门决算收入合计1,286.35万元，其中：财政拨款收入1,190.2万元，事业收入56.15万元，其他收入49.99万元。';
    expect(findings(code)).toEqual([
      { message: '部门决算收入合计1,286.35万元，但分项之和为1296.34万元（1190.2 + 56.15 + 49.99），相差9.99万元', text: '1,286.35万元' },
    ]);
  });

  it('a percentage between the total and 其中 (债务率为86.3%) does not hide the total', () => {
    const code = '截至2024年底，全县政府债务余额87.45亿元，债务率为86.3%，其中：一般债务余额37.75亿元，专项债务余额59.7亿元。';
    expect(findings(code)).toEqual([{ message: '政府债务余额合计87.45亿元，但分项之和为97.45亿元（37.75 + 59.7），相差10.00亿元', text: '87.45亿元' }]);
  });

  it('a 其中 in parentheses binds to the figure before the parenthesis; the outer list goes on after it', () => {
    const code = '2025年，部门“三公”经费预算96万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费70万元（其中购置费40万元，运行维护费30万元），公务接待费16万元。';
    expect(findings(code)).toEqual([{ message: '部门“三公”经费预算合计96万元，但分项之和为86万元（0 + 70 + 16），相差10万元', text: '96万元' }]);
  });

  it('a table whose 合计 row comes first, above its members', () => {
    const code = ['单位：万元', '', '| 项目 | 2025年预算数 |', '| --- | --- |', '| 合计 | 130 |', '| 因公出国（境）费 | 10 |', '| 公务用车购置及运行维护费 | 86.5 |', '| 公务接待费 | 23.5 |'].join('\n');
    const got = lint(code, { rules: [rule], format: 'markdown' }).findings.map((f) => ({ message: f.message, text: code.slice(f.range.start, f.range.end) }));
    expect(got).toEqual([{ message: '表中合计行“2025年预算数”列130万元，但分项之和为120.0万元（10 + 86.5 + 23.5），相差10.0万元', text: '130' }]);
  });

  it('a table 合计 column: each row’s 合计 cell adds up that row’s cells', () => {
    const code = ['单位：亿元', '', '| 项目 | 一般债务 | 专项债务 | 合计 |', '| --- | --- | --- | --- |', '| 债务限额 | 41.2 | 57.45 | 98.65 |', '| 债务余额 | 38.6 | 52.1 | 95.7 |'].join('\n');
    const got = lint(code, { rules: [rule], format: 'markdown' }).findings;
    expect(got).toHaveLength(1);
    expect(code.slice(got[0].range.start, got[0].range.end)).toBe('95.7');
    expect(got[0].message).toMatch(/95\.7亿元.*90\.7亿元/);
  });

  it('a UTF-8 BOM (Windows Notepad drafts) is not counted as a column', () => {
    const code = '\uFEFF　　2025年，全县“三公”经费预算数为486.5万元，其中，因公出国（境）费12万元，公务用车购置及运行维护费308.3万元，公务接待费156.2万元。';
    const got = lint(code, { rules: [rule], format: 'text' }).findings.map((f) => ({ line: f.line, column: f.column, text: code.slice(f.range.start, f.range.end) }));
    expect(got).toEqual([{ line: 1, column: 21, text: '486.5万元' }]);
  });
});

describe('sum-mismatch with rounding: "strict"', () => {
  const strict = (code: string) => {
    const config = mergeConfig(defaultConfig(), { rounding: 'strict' });
    return lint(code, { rules: [rule], format: 'text', config }).findings.map((f) => ({ message: f.message, severity: f.severity }));
  };

  it('reports a gap within rounding as a hint, not an error', () => {
    // 基本支出 is 人员经费 and 公用经费 by definition: a complete list, so its rounding gap is a hint.
    const code = '2024年，部门一般公共预算财政拨款基本支出105.58万元，其中：人员经费95.36万元，公用经费10.23万元。';
    expect(strict(code)).toEqual([
      { message: '部门一般公共预算财政拨款基本支出合计105.58万元，分项之和为105.59万元（95.36 + 10.23），相差0.01万元，在各数四舍五入的误差之内', severity: 'info' },
    ]);
    // 项目支出 has no fixed parts: no hint on a list that may leave a remainder.
    expect(strict('2024年，部门项目支出105.58万元，其中：信息化项目95.36万元，培训项目10.23万元。')).toEqual([]);
    const sangong = '2024年，全区“三公”经费支出合计105.58万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费95.36万元，公务接待费10.23万元。';
    expect(strict(sangong)).toEqual([
      { message: '“三公”经费支出合计105.58万元，分项之和为105.59万元（0 + 95.36 + 10.23），相差0.01万元，在各数四舍五入的误差之内', severity: 'info' },
    ]);
  });

  it('stays silent by default on the same gap', () => {
    const sangong = '2024年，全区“三公”经费支出合计105.58万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费95.36万元，公务接待费10.23万元。';
    expect(lint(sangong, { rules: [rule], format: 'text' }).findings).toEqual([]);
  });
});

// Lists opened by 包括 (also 主要包括：, parts joined by 和), the domain's complete
// splits (还本付息, 发行 by use, 基本支出), and 加上… before a total that also counts
// an amount stated earlier.
ruleTester(rule, {
  valid: [
    {
      why: '主要包括 with fewer parts than the total: a partial list (2,100 + 860 < 3,400)',
      code: '项目支出3,400.00万元，主要包括：农田水利建设2,100.00万元、动物防疫补助860.00万元。',
    },
    {
      why: '加上… before the total: the total also counts the 1,120万元 of the sentence before',
      code: '全镇一般公共预算收入完成1,120万元。加上上级补助收入2,860万元、上年结余收入140万元，全镇收入合计4,120万元。',
    },
    {
      why: '还本付息 split into its two parts, adding up: 18.40 + 6.25 = 24.65',
      code: '2025年预计还本付息支出24.65亿元，其中还本18.40亿元、付息6.25亿元。',
    },
    {
      why: '包括A和B adding up: 2,310.60 + 402.15 = 2,712.75',
      code: '2024年度基本支出2,712.75万元，包括人员经费2,310.60万元和公用经费402.15万元。',
    },
  ],
  invalid: [
    {
      why: '包括 with parts that exceed the total: 612 + 186 + 455 + 305 = 1,558 > 1,518',
      code: '农林水支出1,518万元，包括农业农村支出612万元、林业和草原支出186万元、水利支出455万元、乡村振兴支出305万元。',
      errors: [{ message: '农林水支出合计1,518万元，但其中所列分项之和已达1558万元（612 + 186 + 455 + 305），超出40万元', line: 1, column: 6, text: '1,518万元' }],
    },
    {
      why: '包括A和B: 基本支出 is the two of them, 2,310.60 + 412.15 = 2,722.75, not 2,712.75',
      code: '2024年度基本支出2,712.75万元，包括人员经费2,310.60万元和公用经费412.15万元。',
      errors: [{ message: '基本支出合计2,712.75万元，但分项之和为2722.75万元（2310.60 + 412.15），相差10.00万元', line: 1, column: 11, text: '2,712.75万元' }],
    },
    {
      why: '还本付息 is 还本 and 付息: 18.40 + 6.25 = 24.65, not 25.65',
      code: '2025年预计还本付息支出25.65亿元，其中还本18.40亿元、付息6.25亿元，已全部列入年度预算。',
      errors: [{ message: '预计还本付息支出合计25.65亿元，但分项之和为24.65亿元（18.40 + 6.25），相差1.00亿元', line: 1, column: 14, text: '25.65亿元' }],
    },
    {
      why: '发行 split by use (新增, 再融资): 21.30 + 9.85 = 31.15, not 32.15',
      code: '2024年全市发行政府债券32.15亿元，其中新增债券21.30亿元、再融资债券9.85亿元。',
      errors: [{ message: '发行政府债券合计32.15亿元，但分项之和为31.15亿元（21.30 + 9.85），相差1.00亿元', line: 1, column: 14, text: '32.15亿元' }],
    },
  ],
});

// False alarms of positional binding: what stands right before 其中 is not always the total.
ruleTester(rule, {
  valid: [
    {
      why: 'averages with 其中 do not add: 平均发行利率2.92%，其中一般债券2.86%，专项债券2.99%',
      code: '2024年9月，全省地方政府债券平均发行利率2.92%，其中一般债券2.86%，专项债券2.99%；平均发行期限11.4年，其中一般债券8.2年，专项债券13.6年。',
    },
    {
      why: 'an average rate in another order: 利率平均为3.05%，其中新增债券3.10%、再融资债券2.95%',
      code: '全年发行债券利率平均为3.05%，其中新增债券3.10%、再融资债券2.95%。',
    },
    {
      why: 'each part states its actual, its budget and the difference: only the actuals are parts (0 + 0.6 + 1.45 = 2.05)',
      code: '“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.9万元。其中：因公出国（境）支出0万元，年初预算为0万元，差值为0万元；公务用车运行维护费支出0.6万元，年初预算为0.95万元，差值为0.35万元；公务接待费支出1.45万元，年初预算为2万元，差值为0.55万元。',
    },
    {
      why: 'the share base inside 占年初预算X的 is not the total before 其中 (3,511 + 837 = 4,348)',
      code: '1-5月，全县完成财政总收入4,348万元，占年初预算10,065万元的43.2%，同比下降6.5%。其中：税收收入3,511万元，占年初预算8,465万元的41.5%；非税收入837万元，占年初预算1,600万元的52.3%。',
    },
    {
      why: 'parts separated by ， end at the ；: the next clause is another statement (866 + 35 + 68 = 969)',
      code: '1-5月，全县完成政府性基金收入969万元，其中国有土地使用权出让收入866万元，城市基础设施配套费收入35万元，污水处理费收入68万元；完成政府性基金支出4,093万元，占年初预算5,497万元的74.5%。',
    },
    {
      why: 'a line cut mid-sentence: the tail with 合计 is not a list of its own',
      code: ['2025年度项目总预算960.00万，其中支持企业技术改造520.00万，支持企业数字化转', '型310.00万，支持企业上市培育130.00万，合计960.00万。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the actuals of each part (not their budgets or differences) still have to fit: 0 + 0.6 + 2.65 = 3.25 > 2.05',
      code: '“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.9万元。其中：因公出国（境）支出0万元，年初预算为0万元，差值为0万元；公务用车运行维护费支出0.6万元，年初预算为0.95万元，差值为0.35万元；公务接待费支出2.65万元，年初预算为2万元，差值为0.65万元。',
      errors: [{ message: '“三公”经费支出合计2.05万元，但分项之和为3.25万元（0 + 0.6 + 2.65），相差1.20万元', line: 1, column: 9, text: '2.05万元' }],
    },
  ],
});

// A count, then after a colon the counts of its grades: the whole partition must add up.
ruleTester(rule, {
  valid: [
    {
      why: '17 = 4 + 9 + 3 + 1',
      code: '17个评价对象的评价结果为：优秀4个、良好9个、合格3个、不合格1个。',
    },
    {
      why: 'grades not all named: a subset may leave a remainder (4 + 9 < 17)',
      code: '17个评价对象中评价结果如下：优秀4个、良好9个，其余正在复核。',
    },
    {
      why: 'counts after a colon that are not grades (项目 by kind): no known partition, nothing claimed',
      code: '共实施项目12个，分类如下：基建类5个、信息化类4个、培训类4个。',
    },
  ],
  invalid: [
    {
      why: '17 against 4 + 9 + 3 + 2 = 18',
      code: '17个评价对象的评价结果为：优秀4个、良好9个、合格3个、不合格2个。部分评价对象得分如下：',
      errors: [{ message: '评价对象的评价结果合计17个，但分项之和为18个（4 + 9 + 3 + 2），相差1个', line: 1, column: 1, text: '17个' }],
    },
    {
      why: 'another wording and grade words (优/良/中/差): 20 against 5 + 10 + 4 + 2 = 21',
      code: '纳入重点评价的项目共20个，评价等级分布为：优5个，良10个，中4个，差2个。',
      errors: [{ message: '评价等级分布合计20个，但分项之和为21个（5 + 10 + 4 + 2），相差1个', line: 1, column: 11, text: '20个' }],
    },
  ],
});

// What stands right before 其中 is skipped when it is a note in brackets or a change.
ruleTester(rule, {
  valid: [
    {
      why: 'an interest figure in brackets is a note: the total is the principal (12.00 + 8.00 = 20.00)',
      code: '2024年全市偿还政府债务本金20.00亿元（同时支付利息3.20亿元），其中一般债务12.00亿元、专项债务8.00亿元。',
    },
    {
      why: 'a bracketed note in another place and wording: 还本 with 付息 in brackets (9.60 + 5.80 = 15.40)',
      code: '全区还本支出15.40亿元（另付息2.36亿元），其中：一般债务还本9.60亿元，专项债务还本5.80亿元。',
    },
    {
      why: 'a change between the total and 其中 is not the total (12.3 + 5.4 < 45.6, a partial list)',
      code: '全区一般公共预算支出45.6亿元，比上年增加2.1亿元，其中教育支出12.3亿元，卫生健康支出5.4亿元。',
    },
    {
      why: 'a rate and a change before 其中 in yet another order (3,120 + 1,460 = 4,580)',
      code: '部门支出预算4,580万元，增长6.2%，较上年增加268万元，其中：基本支出3,120万元，项目支出1,460万元。',
    },
  ],
  invalid: [
    {
      why: 'the bracketed note skipped, the principal still has to add up: 12.00 + 9.00 = 21.00, not 20.00',
      code: '2024年全市偿还政府债务本金20.00亿元（同时支付利息3.20亿元），其中一般债务12.00亿元、专项债务9.00亿元。',
      errors: [{ message: '偿还政府债务本金合计20.00亿元，但分项之和为21.00亿元（12.00 + 9.00），相差1.00亿元', line: 1, column: 16, text: '20.00亿元' }],
    },
  ],
});

// 其中 opening its own paragraph belongs to the total the paragraph before ends with;
// 由X调整为Y names the old and the new value, and only the new one is a part.
ruleTester(rule, {
  valid: [
    {
      why: '由上年的X调整为Y: the new limits are the parts (124.50 + 228.30 = 352.80)',
      code: ['经省人民政府批准，2024年我区政府债务限额为352.80亿元，比上年增加38.60亿元。', '其中，一般债务限额由上年的118.30亿元调整为124.50亿元，专项债务限额由上年的195.90亿元调整为228.30亿元。'].join('\n'),
    },
    {
      why: 'the paragraph before ends in a heading-like line with no full stop: no total to attach to',
      code: ['（一）“三公”经费支出情况', '其中，因公出国（境）费0万元，公务用车购置及运行维护费80万元，公务接待费38万元。'].join('\n'),
    },
    {
      why: '由X变更为Y in another wording, the new values add up: 60 + 45 = 105',
      code: ['2025年部门项目支出预算105万元。', '其中：培训项目预算由52万元变更为60万元，调研项目预算由40万元变更为45万元。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: '其中 on the next line: 1.92 + 31.47 + 6.26 = 39.65, not 38.65',
      code: ['2024年全区税收返还和转移支付收入38.65亿元，比上年增加1.20亿元。', '其中：返还性收入1.92亿元，一般性转移支付31.47亿元，专项转移支付6.26亿元。'].join('\n'),
      errors: [{ message: '税收返还和转移支付收入合计38.65亿元，但分项之和为39.65亿元（1.92 + 31.47 + 6.26），相差1.00亿元', line: 1, column: 19, text: '38.65亿元' }],
    },
    {
      why: '其中 after an empty line: 0 + 80 + 38 = 118, not 112',
      code: ['2024年全区“三公”经费支出112万元。', '', '其中，因公出国（境）费0万元，公务用车购置及运行维护费80万元，公务接待费38万元。'].join('\n'),
      errors: [{ message: '“三公”经费支出合计112万元，但分项之和为118万元（0 + 80 + 38），相差6万元', line: 1, column: 16, text: '112万元' }],
    },
  ],
});

// Parts stated with the verb their total was stated with (调减…共X，其中…调减Y) are parts of it (gen3).
ruleTester(rule, {
  valid: [
    {
      why: "压减 parts within their total: 220 + 280 + 360 = 860",
      code: "2025年，全区压减一般性支出共计860万元，其中压减会议费220万元，压减培训费280万元，压减差旅费360万元。",
    },
    {
      why: "one 核减 part below the total: a partial list",
      code: "经财政评审，核减项目预算合计1,250万元，其中核减工程类项目760万元。",
    },
    {
      why: "a total's change broken down by change (减少…其中…减少…): a change-sum, not a sum of levels",
      code: "2024年，全县“三公”经费支出412万元，比上年减少96万元，其中公务接待费减少52万元，公务用车运行维护费减少38万元。",
    },
  ],
  invalid: [
    {
      why: "parts stated with the verb of their total (调减…共…其中…调减…): 1,480 + 1,870 = 3,350 exceed 3,260",
      code: "根据评价结果，对2个不合格项目和6个合格项目调减2025年预算资金共3,260万元，其中不合格项目调减1,480万元，合格项目调减1,870万元。",
      errors: [{ message: "对2个不合格项目和6个合格项目调减2025年预算资金合计3,260万元，但其中所列分项之和已达3350万元（1480 + 1870），超出90万元", line: 1, column: 35, text: "3,260万元" }],
    },
    {
      why: "压减…共计 with 压减 parts: 320 + 280 + 360 = 960 exceed 860",
      code: "2025年，全区压减一般性支出共计860万元，其中压减会议费320万元，压减培训费280万元，压减差旅费360万元。",
      errors: [{ message: "压减一般性支出合计860万元，但其中所列分项之和已达960万元（320 + 280 + 360），超出100万元", line: 1, column: 18, text: "860万元" }],
    },
    {
      why: "核减…合计 with 核减 parts joined by 、: 860 + 490 = 1,350 exceed 1,250",
      code: "经财政评审，核减项目预算合计1,250万元，其中核减工程类项目860万元、核减服务类项目490万元。",
      errors: [{ message: "核减项目预算合计1,250万元，但其中所列分项之和已达1350万元（860 + 490），超出100万元", line: 1, column: 15, text: "1,250万元" }],
    },
  ],
});

// Tables that a PDF conversion flattened one row a line, cells apart by runs of spaces, are read as
// tables when every row has the header's number of cells (gen3).
ruleTester(rule, {
  valid: [
    {
      why: "a table flattened one row a line whose 合计 adds up (年初预算数 | 决算数 | 增减额): 13,184 + 3,962 = 17,146",
      format: 'text',
      code: "表2  一般公共预算收入完成情况\n单位：万元\n项目        年初预算数      决算数      增减额\n税收收入      12,600        13,184        584\n非税收入       4,200         3,962       -238\n合计          16,800        17,146        346\n",
    },
    {
      why: "cells apart by single spaces cannot be told from words apart: the table is left unread",
      format: 'text',
      code: "表4  部门收入表\n单位：万元\n项目 2024年执行数 2025年预算数\n财政拨款收入 8,420 8,906\n事业收入 120 96\n合计 8,540 9,102\n",
    },
    {
      why: "a row with a missing cell: the columns cannot be trusted, the table is left unread",
      format: 'text',
      code: "表5  收入表\n单位：万元\n项目          上年数        本年数\n财政拨款收入    8,420        8,906\n事业收入          120\n合计            8,540        9,102\n",
    },
  ],
  invalid: [
    {
      why: "a table flattened one row a line (pdftotext -layout): the 合计 row of 2025年预算数 is 3,830, the rows add to 3,730",
      format: 'text',
      code: "表3  镇级支出预算表\n单位：万元\n项目              2024年执行数    2025年预算数    增减额    增减率\n农林水支出            2,310          2,486         176      7.6%\n城乡社区支出            846            812         -34     -4.0%\n卫生健康支出            415            432          17      4.1%\n合计                  3,571          3,830         159      4.5%\n",
      errors: [{ message: "表中合计行“2025年预算数”列3,830万元，但分项之和为3730万元（2486 + 812 + 432），相差100万元", line: 7, column: 36, text: "3,830" }],
    },
    {
      why: "the 决算数 column of a flattened table against its 合计: 13,184 + 3,962 = 17,146, not 17,246",
      format: 'text',
      code: "表2  一般公共预算收入完成情况\n单位：万元\n项目        年初预算数      决算数      增减额\n税收收入      12,600        13,184        584\n非税收入       4,200         3,962       -238\n合计          16,800        17,246        446\n",
      errors: [{ message: "表中合计行“决算数”列17,246万元，但分项之和为17146万元（13184 + 3962），相差100万元", line: 6, column: 27, text: "17,246" }],
    },
  ],
});

// The standard debt sentence: the balance, the limit it stays within, then 其中 the balance's two
// kinds. The limit is a bound, not what the list details.
ruleTester(rule, {
  valid: [
    { why: '50.05 + 44.77 = 94.82, the balance; the limit 100.11 is a bound', code: '截至2024年底，全县政府债务余额94.82亿元，控制在省级下达的债务限额100.11亿元以内。其中：一般债务余额50.05亿元，专项债务余额44.77亿元。' },
    { why: '之内 and the kinds in one sentence after a comma', code: '截至2023年末，全市政府债务余额1,268.40亿元，严格控制在债务限额1,410.00亿元之内，其中一般债务余额512.30亿元，专项债务余额756.10亿元。' },
    { why: 'a 万元 balance of a township', code: '截至2024年12月31日，本镇政府债务余额8,650.00万元，控制在县级核定的限额9,000.00万元以内。其中：一般债务4,120.00万元、专项债务4,530.00万元。' },
  ],
  invalid: [
    {
      why: 'the kinds do not add up to the balance: 50.05 + 45.77 = 95.82, not 94.82',
      code: '截至2024年底，全县政府债务余额94.82亿元，控制在省级下达的债务限额100.11亿元以内。其中：一般债务余额50.05亿元，专项债务余额45.77亿元。',
      errors: [{ message: '政府债务余额合计94.82亿元，但分项之和为95.82亿元（50.05 + 45.77），相差1.00亿元', line: 1, column: 18, text: '94.82亿元' }],
    },
  ],
});

// 其他 and the head the items share closes a list: whatever the items before it left.
ruleTester(rule, {
  valid: [
    { why: '7 + 62 + 6 = 75', code: '纳入城龙镇2024年部门预算编制范围的单位共75个，其中：行政单位7个，事业单位62个，其他单位6个。' },
    {
      why: '其他商品和服务支出 names one item of a classification, not the rest of 公用经费: the list may be partial',
      code: '2024年公用经费支出86.40万元，其中：办公费12.30万元，印刷费3.20万元，其他商品和服务支出8.50万元。',
    },
    { why: 'a partial list without 其他: 28.6 + 41.2 < 96.5 proves nothing', code: '2024年本部门收入合计96.50万元，其中：财政拨款收入28.60万元，事业收入41.20万元。' },
  ],
  invalid: [
    {
      why: '7 + 62 + 4 = 73, not 75: with 其他单位 the list is the whole',
      code: '纳入城龙镇2024年部门预算编制范围的单位共75个，其中：行政单位7个，事业单位62个，其他单位4个。',
      errors: [{ message: '纳入城龙镇2024年部门预算编制范围的单位合计75个，但分项之和为73个（7 + 62 + 4），相差2个', line: 1, column: 23, text: '75个' }],
    },
    {
      why: '税收收入、非税收入、其他收入: 41,260 + 12,480 + 1,050 = 54,790, not 55,790',
      code: '2024年全县一般公共预算收入55,790万元，其中：税收收入41,260万元，非税收入12,480万元，其他收入1,050万元。',
      errors: [{ message: '一般公共预算收入合计55,790万元，但分项之和为54790万元（41260 + 12480 + 1050），相差1000万元', line: 1, column: 16, text: '55,790万元' }],
    },
  ],
});

// A 收支总表 pairs two lists side by side: its last row (收入总计 | X | 支出总计 | Y) totals each
// side, and a row's only amount may stand on the other side.
describe('sum-mismatch on a table of two sides', () => {
  it('does not take the spending amounts for parts of the income total', () => {
    const code = [
      '单位：元',
      '',
      '| 收入项目 | 预算数 | 支出项目 | 预算数 |',
      '| --- | --- | --- | --- |',
      '| 一、财政拨款收入 | 15,621,112 | 一、一般公共服务支出 | 2,932,700 |',
      '| 二、事业收入 |  | 二、教育支出 | 200,000 |',
      '| 三、其他收入 |  | 三、社会保障和就业支出 | 9,264,755 |',
      '|  |  | 四、卫生健康支出 | 3,223,657 |',
      '| 收入总计 | 15,621,112 | 支出总计 | 15,621,112 |',
    ].join('\n');
    expect(lint(code, { rules: [rule], format: 'markdown' }).findings.map((f) => f.message)).toEqual([]);
  });
});

// heldout5 round 1: parts after a gap (超收/短收), parts of an amount a later sentence names
// (基本支出中，…; …按…分，…), and 由…组成 lists, which say they are the whole.
ruleTester(rule, {
  valid: [
    {
      why: '超收 is a gap to the budget; the 其中 parts make the revenue before it: 1,460 + 855 = 2,315',
      code: '全年罚没收入完成2,315万元，为年初预算2,200万元的105.2%，超收115万元。其中，交通罚没收入1,460万元，市场监管罚没收入855万元。',
    },
    {
      why: '短收 then 其中 in the same sentence run: 4,118 + 1,288 = 5,406 (the 短收 94 is not their total)',
      code: '镇级一般公共预算收入实现5,406万元，完成预算的98.3%，短收94万元。其中：税收收入4,118万元、非税收入1,288万元。',
    },
    {
      why: 'a sentence that opens with a name stated in the paragraph before lists its parts: 2,036.25 + 382.35 = 2,418.60',
      code: '本年基本支出2,418.60万元，项目支出5,102.40万元。\n\n基本支出中，人员经费2,036.25万元，比上年增长4.1%；公用经费382.35万元，比上年下降2.0%。',
    },
    {
      why: 'the name was stated nowhere before: there is no total to check the parts against',
      code: '基本支出中，人员经费2,036.25万元，公用经费382.35万元。',
    },
    {
      why: '按…分 opening a paragraph, the total two paragraphs back: 980 + 1,640 + 620 = 3,240',
      code: '2024年政府采购支出3,240万元，比上年增长6.2%。\n\n授予中小企业合同金额2,710万元。\n\n政府采购支出按采购类型分，货物采购980万元，工程采购1,640万元，服务采购620万元。',
    },
    {
      why: '由…组成 that adds up: 31.40 + 26.85 + 0.37 = 58.62',
      code: '全区全口径预算收入安排58.62亿元，由一般公共预算收入31.40亿元、政府性基金预算收入26.85亿元和国有资本经营预算收入0.37亿元组成。',
    },
    {
      why: '由 without 组成 is a roll-forward, not a list: 余额由12.6亿元增加到14.2亿元',
      code: '全县政府债务余额由上年末的12.6亿元增加到14.2亿元，增加1.6亿元。',
    },
  ],
  invalid: [
    {
      why: '基本支出中，… a paragraph after 基本支出 was stated: 2,206.44 + 419.36 = 2,625.80, not 2,615.80',
      code: '本年支出合计9,340.50万元，其中基本支出2,615.80万元；项目支出6,724.70万元。\n\n基本支出中，人员经费2,206.44万元；公用经费419.36万元，主要用于办公和差旅。',
      errors: [{ message: '基本支出合计2,615.80万元，但分项之和为2625.80万元（2206.44 + 419.36），相差10.00万元', line: 1, column: 24, text: '2,615.80万元' }],
    },
    {
      why: '按采购类型分 with parts over the total two sentences back: 412 + 520 + 324 = 1,256 > 1,236',
      code: '政府采购支出1,236.00万元，较上年减少84.00万元。\n政府采购支出按采购类型分，货物采购412.00万元，工程采购520.00万元，服务采购324.00万元。',
      errors: [{ message: '政府采购支出合计1,236.00万元，但分项之和为1256.00万元（412.00 + 520.00 + 324.00），相差20.00万元', line: 1, column: 7, text: '1,236.00万元' }],
    },
    {
      why: '由…共同组成 says the list is whole: 6,420 + 3,350 = 9,770, not 9,870',
      code: '2025年全镇预算支出总额安排9,870万元，由一般公共预算支出6,420万元和政府性基金预算支出3,350万元共同组成。',
      errors: [{ message: '全镇预算支出总额安排合计9,870万元，但分项之和为9770万元（6420 + 3350），相差100万元', line: 1, column: 16, text: '9,870万元' }],
    },
    {
      why: '“三公”经费中，… in the same paragraph, a complete partition: 41.60 + 24.80 + 0 = 66.40, not 68.40',
      code: '“三公”经费支出68.40万元，比上年减少5.20万元。“三公”经费中，公务用车运行维护费41.60万元，公务接待费24.80万元，因公出国（境）费0万元。',
      errors: [{ message: '“三公”经费合计68.40万元，但分项之和为66.40万元（41.60 + 24.80 + 0），相差2.00万元', line: 1, column: 9, text: '68.40万元' }],
    },
  ],
});

// heldout5 round 1: numbered rows (一、二、) of a table and the rows that detail them.
ruleTester(rule, {
  valid: [
    {
      why: 'each numbered row is its detail rows: 1,310 = 820 + 490 and 1,356 = 846 + 510; 合计 = the numbered rows',
      format: 'markdown',
      code: [
        '| 项目 | 预算数 | 决算数 |',
        '|---|---|---|',
        '| 一、税收收入 | 1,310 | 1,356 |',
        '| 增值税 | 820 | 846 |',
        '| 契税 | 490 | 510 |',
        '| 二、非税收入 | 240 | 262 |',
        '| 专项收入 | 150 | 171 |',
        '| 罚没收入 | 90 | 91 |',
        '| 合计 | 1,550 | 1,618 |',
      ].join('\n'),
    },
    {
      why: 'detail rows that add up in no column are a selection (主要税种), not all of the row: nothing to check',
      format: 'markdown',
      code: ['| 项目 | 上年数 | 本年数 |', '|---|---|---|', '| 一、税收收入 | 5,240 | 5,610 |', '| 增值税 | 2,100 | 2,260 |', '| 企业所得税 | 930 | 1,010 |', '| 二、非税收入 | 1,120 | 1,050 |'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the detail rows add up in the 预算数 column (820 + 490 = 1,310), so they are all of 一、税收收入; in 决算数 they make 1,346, not 1,356',
      format: 'markdown',
      code: [
        '| 项目 | 预算数 | 决算数 |',
        '|---|---|---|',
        '| 一、税收收入 | 1,310 | 1,356 |',
        '| 增值税 | 820 | 836 |',
        '| 契税 | 490 | 510 |',
        '| 二、非税收入 | 240 | 262 |',
        '| 专项收入 | 150 | 171 |',
        '| 罚没收入 | 90 | 91 |',
      ].join('\n'),
      errors: [{ message: '表中一、税收收入行“决算数”列1,356，但分项之和为1346（836 + 510），相差10', line: 3, column: 20 }],
    },
    {
      why: '（一）（二） rows under 二、 in a table with no 合计 row: 3,420 + 1,180 = 4,600 in 2024, 3,650 + 1,240 = 4,890 in 2025, not 4,980',
      format: 'markdown',
      code: [
        '单位：万元',
        '| 项目 | 2024年 | 2025年 |',
        '|---|---|---|',
        '| 一、一般公共服务支出 | 2,310 | 2,450 |',
        '| 二、农林水支出 | 4,600 | 4,980 |',
        '| （一）农业农村 | 3,420 | 3,650 |',
        '| （二）水利 | 1,180 | 1,240 |',
      ].join('\n'),
      errors: [{ message: '表中二、农林水支出行“2025年”列4,980万元，但分项之和为4890万元（3650 + 1240），相差90万元', line: 5, column: 21 }],
    },
  ],
});

// heldout5 round 2: a sentence opening with a name that the amount's label ends with.
ruleTester(rule, {
  valid: [
    {
      why: 'the label ends with the name (地方政府债务还本支出 / 还本支出) and the parts add up: 7,420 + 11,220 = 18,640',
      code: '2024年全县地方政府债务还本支出18,640万元，付息支出9,215万元。\n还本支出中，一般债务还本7,420万元，专项债务还本11,220万元。',
    },
    {
      why: 'two amounts whose labels end with the name, of different values: which one is meant is not known, nothing is checked',
      code: '全县地方政府债务还本支出18,640万元，其中一般债务还本支出7,420万元。\n还本支出中，再融资债券资金安排12,000万元，县本级财力安排6,000万元。',
    },
  ],
  invalid: [
    {
      why: '还本支出中，… after a label that ends with the name: 7,420 + 11,320 = 18,740, not 18,640',
      code: '2024年全县地方政府债务还本支出18,640万元，付息支出9,215万元。\n还本支出中，一般债务还本7,420万元，专项债务还本11,320万元。',
      errors: [{ message: '还本支出合计18,640万元，但分项之和为18740万元（7420 + 11320），相差100万元', line: 1, column: 18 }],
    },
    {
      why: '项目支出中，… after 部门项目支出: the parts exceed it, 1,860 + 1,420 + 960 = 4,240 > 4,180',
      code: '2025年本部门项目支出4,180万元，比上年增加260万元。\n\n项目支出中，公共文化服务1,860万元，文物保护1,420万元，旅游推广960万元。',
      errors: [{ message: '项目支出合计4,180万元，但其中所列分项之和已达4240万元（1860 + 1420 + 960），超出60万元', line: 1, column: 13 }],
    },
  ],
});

describe('sum-mismatch on the numbered rows of a table of two sides', () => {
  it('does not take the numbered income rows for parts of the spending columns beside them', () => {
    const code = [
      '单位：元',
      '',
      '| 本年收入项目 | 预算数 | 本年支出项目 | 合计 | 基本支出 | 项目支出 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 一、财政拨款收入 | 6,959,408.00 | 一、一般公共服务支出 | 5,189,400.00 | 1,604,173.00 | 3,585,227.00 |',
      '| 1、一般公共预算 | 6,959,408.00 | 二、社会保障和就业支出 | 925,857.00 | 925,857.00 | 0.00 |',
      '| 2、政府性基金预算 | 0.00 | 三、卫生健康支出 | 482,692.00 | 482,692.00 | 0.00 |',
      '| 3、国有资本经营预算 | 0.00 | 四、住房保障支出 | 361,459.00 | 361,459.00 | 0.00 |',
      '| 二、事业收入 | 0.00 |  |  |  |  |',
    ].join('\n');
    expect(lint(code, { rules: [rule], format: 'markdown' }).findings.map((f) => f.message)).toEqual([]);
  });
});

// "以上四个部门…合计": the total of one figure per subject stated in the sentences or paragraphs just before it.
ruleTester(rule, {
  valid: [
    {
      why: 'three bureaus, one paragraph each, and their total after them (42.60 + 18.35 + 77.05 = 138.00)',
      code: ['三、重点部门情况', '市住房城乡建设局“三公”经费支出决算42.60万元，完成年初预算的94.7%。', '市水务局“三公”经费支出决算18.35万元，比年初预算节约2.15万元。', '市城市管理局“三公”经费支出决算77.05万元，主要是执法车辆运行维护费增加。', '以上三个部门“三公”经费支出决算合计138.00万元，占全市的31.2%。'].join('\n'),
    },
    {
      why: 'the count names two but three units state the measure: which two is not said, so nothing is read',
      code: ['各乡镇项目支出预算安排如下。', '城关镇项目支出预算356万元。', '河口镇项目支出预算212万元。', '新店镇项目支出预算148万元。', '以上两个乡镇项目支出预算合计560万元。'].join('\n'),
    },
    {
      why: 'the units in sentences of one paragraph, one going on in a sentence of its own (1,250 + 860 = 2,110)',
      code: '县第一中学基本支出预算1,250万元。主要用于在职教职工工资和学校日常运转。县第二中学基本支出预算860万元。上述两所学校基本支出预算共计2,110万元。',
    },
  ],
  invalid: [
    {
      why: 'four bureaus on lines of their own, stated 合计 after them: 36.20 + 58.75 + 104.30 + 270.15 = 469.40, not 496.40',
      code: ['二、部分部门情况', '区教育局“三公”经费支出决算36.20万元，完成年初预算的92.8%。', '区卫生健康委“三公”经费支出决算58.75万元，为年初预算的81.6%。', '区交通运输局“三公”经费支出决算104.30万元，比年初预算超支6.30万元。', '区公安分局“三公”经费支出决算270.15万元，年初预算为282.00万元。', '以上四个部门“三公”经费支出决算合计496.40万元，占全区的40.2%。'].join('\n'),
      errors: [{ message: '以上四个部门“三公”经费支出决算合计496.40万元，但分项之和为469.40万元（36.20 + 58.75 + 104.30 + 270.15），相差27.00万元', line: 6, column: 19, text: '496.40万元' }],
    },
    {
      why: 'the units in sentences of one paragraph, 上述…共计: 1,250 + 860 = 2,110, not 2,010',
      code: '县第一中学基本支出预算1,250万元。县第二中学基本支出预算860万元。上述两所学校基本支出预算共计2,010万元。',
      errors: [{ message: '上述两所学校基本支出预算合计2,010万元，但分项之和为2110万元（1250 + 860），相差100万元', line: 1, column: 51, text: '2,010万元' }],
    },
  ],
});

// A table's 合计 column and the columns after it (基本支出 | 项目支出) are one split of each row.
ruleTester(rule, {
  valid: [
    {
      why: 'rows where one column holds all of the total and the other is 0.00 (1,250,300.00 = 1,250,300.00 + 0.00)',
      code: ['单位：元', '', '| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |', '| --- | --- | --- | --- | --- | --- | --- |', '| 201 | 03 | 01 | 行政运行 | 1,250,300.00 | 1,250,300.00 | 0.00 |', '| 201 | 03 | 99 | 其他政府办公厅（室）及相关机构事务支出 | 386,000.00 | 0.00 | 386,000.00 |'].join('\n'),
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'a row whose 合计 equals its 基本支出 while its 项目支出 is not empty: 1,250,300.00 + 95,000.00 = 1,345,300.00, the row is named, not its code',
      code: ['单位：元', '', '| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |', '| --- | --- | --- | --- | --- | --- | --- |', '| 201 | 03 | 01 | 行政运行 | 1,250,300.00 | 1,250,300.00 | 95,000.00 |'].join('\n'),
      format: 'markdown',
      errors: [{ message: '表中“行政运行”行合计1,250,300.00元，但分项之和为1345300.00元（1250300.00 + 95000.00），相差95000.00元', line: 5, column: 26, text: '1,250,300.00' }],
    },
    {
      why: 'in a 万元 table with the name in the first cell: 86.20 + 12.40 = 98.60, not 96.80',
      code: ['单位：万元', '', '| 项目 | 合计 | 基本支出 | 项目支出 |', '| --- | ---: | ---: | ---: |', '| 教育支出 | 96.80 | 86.20 | 12.40 |'].join('\n'),
      format: 'markdown',
      errors: [{ message: '表中“教育支出”行合计96.80万元，但分项之和为98.60万元（86.20 + 12.40），相差1.80万元', line: 5, column: 10, text: '96.80' }],
    },
  ],
});

// Schools counted in 所 and other units in 家 are one count of institutions; 个 and 项 are kept apart.
ruleTester(rule, {
  valid: [
    {
      why: '46所 of which 12所 + 30所 + 4家 = 46',
      code: '全区共有学校46所，其中：中学12所，小学30所，其他学校4家。',
    },
    {
      why: '项目 in 个 and indicators in 项 are different things: 12个 is not the sum of 8项 and 6项',
      code: '2024年共开展绩效自评项目12个，其中：设置产出指标8项，效益指标6项。',
    },
  ],
  invalid: [
    {
      why: 'units in 家 broken down into schools in 所 and others in 家: 18 + 21 + 16 + 4 = 59, stated 58',
      code: '本部门由所属58家预算单位组成，其中：中学18所，小学21所，幼儿园16所，其他事业单位4家。',
      errors: [{ message: '预算单位合计58家，但其中所列分项之和已达59家（18所 + 21所 + 16所 + 4家），超出1家', line: 1, column: 7, text: '58家' }],
    },
  ],
});

// A table row whose cell holds only a dash has nothing in that column: the 合计 adds up the others.
ruleTester(rule, {
  valid: [
    {
      why: 'a row of dashes (事业收入 — —) under a 合计 that adds up the other rows, in each column',
      format: 'markdown',
      code: '表1  2024年度收入决算表\n单位：万元\n\n| 项目 | 年初预算数 | 决算数 |\n| --- | --- | --- |\n| 一般公共预算财政拨款收入 | 6,420.00 | 6,538.16 |\n| 事业收入 | — | — |\n| 其他收入 | 80.00 | 91.24 |\n| 合计 | 6,500.00 | 6,629.40 |\n',
    },
    {
      why: 'the 合计 row first, a single dash and a half-width one in a column of parts that add up',
      format: 'markdown',
      code: '单位：万元\n\n| 科目 | 合计 | 人员经费 | 公用经费 |\n| --- | --- | --- | --- |\n| 合计 | 3,120.50 | 2,410.30 | 710.20 |\n| 教育支出 | 2,860.50 | 2,230.30 | 630.20 |\n| 住房保障支出 | 180.00 | 180.00 | - |\n| 卫生健康支出 | 80.00 | — | 80.00 |\n',
    },
  ],
  invalid: [
    {
      why: 'a 合计 row last after a row of dashes, 决算数 off by 10.00',
      format: 'markdown',
      code: '表1  2024年度收入决算表\n单位：万元\n\n| 项目 | 年初预算数 | 决算数 |\n| --- | --- | --- |\n| 一般公共预算财政拨款收入 | 8,640.00 | 9,012.36 |\n| 政府性基金预算财政拨款收入 | 1,200.00 | 986.40 |\n| 事业收入 | — | — |\n| 其他收入 | 150.00 | 212.58 |\n| 合计 | 9,990.00 | 10,221.34 |\n',
      errors: [{ message: '表中合计行“决算数”列10,221.34万元，但分项之和为10211.34万元（9012.36 + 986.40 + 212.58），相差10.00万元', line: 10, column: 19 }],
    },
    {
      why: 'the 合计 row first; a dash in the 公用经费 column of one row; 公用经费 does not add up',
      format: 'markdown',
      code: '单位：万元\n\n| 科目 | 人员经费 | 公用经费 |\n| --- | --- | --- |\n| 合计 | 2,410.30 | 720.20 |\n| 教育支出 | 2,230.30 | 630.20 |\n| 住房保障支出 | 180.00 | — |\n| 卫生健康支出 | — | 80.00 |\n',
      errors: [{ message: '表中合计行“公用经费”列720.20万元，但分项之和为710.20万元（630.20 + 80.00），相差10.00万元', line: 5, column: 19 }],
    },
  ],
});

// A part followed by a note stating a figure of another kind (购置执法用车2辆, 接待86批次) before the
// next part's ；: the note belongs to its part, and the list goes on past the ；.
ruleTester(rule, {
  valid: [
    {
      why: 'parts that add up, each with a note of vehicles or visits counted',
      code: '2024年度公务用车购置及运行维护费支出40.20万元。其中：公务用车购置费18.00万元，购置执法执勤用车2辆；公务用车运行维护费22.20万元，主要用于车辆燃料、维修、保险等支出。\n“三公”经费支出52.36万元，其中：公务用车购置及运行维护费41.20万元，保有车辆14辆；公务接待费11.16万元，接待86批次、1,034人次。',
    },
  ],
  invalid: [
    {
      why: '购置费 + 运行维护费 = 40.20, stated 41.20, a vehicle count between the parts',
      code: '（二）公务用车购置及运行维护费支出41.20万元。其中：公务用车购置费18.00万元，购置执法执勤用车2辆；公务用车运行维护费22.20万元，主要用于车辆燃料、维修、保险等支出。',
      errors: [{ message: '公务用车购置及运行维护费支出合计41.20万元，但分项之和为40.20万元（18.00 + 22.20），相差1.00万元', line: 1, column: 18 }],
    },
    {
      why: 'a 三公 total whose parts carry counts in Chinese numerals (两辆, 五十批次)',
      code: '2024年“三公”经费支出36.80万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费24.50万元，保有车辆两辆；公务接待费10.30万元，接待五十批次。',
      errors: [{ message: '“三公”经费支出合计36.80万元，但分项之和为34.80万元（0 + 24.50 + 10.30），相差2.00万元', line: 1, column: 14 }],
    },
  ],
});

// Scores: the parts of a total score add up to it; a score above the total is a score of its own.
ruleTester(rule, {
  valid: [
    {
      why: 'a project’s overall score, then 其中 and its sub-projects’ own scores (each out of 100, one above the total)',
      code: '经自评，项目综合得分86分，评价等级为“良”。\n其中，垃圾清运子项目得分91.5分，等级为优；厕所改造子项目得分79.5分，等级为中。\n部门整体支出绩效自评得分88.0分，其中重点项目甲得分92.0分、重点项目乙得分84.0分。',
    },
  ],
  invalid: [
    {
      why: 'a total score whose indicator parts (each below it) add up to more; 决策, 过程, 产出 and 效益 are the whole score, so told as a complete split',
      code: '项目自评总分84.5分，其中决策18.5分、过程19.0分、产出28.5分、效益19.0分。',
      errors: [{ message: '项目自评总分合计84.5分，但分项之和为85.0分（18.5 + 19.0 + 28.5 + 19.0），相差0.5分', line: 1, column: 7 }],
    },
  ],
});

// Tables as a PDF reader lays them out: classification codes in the label (205 教育支出) or in a
// column of their own, a 合计 head over two lines (本年支出 / 合计) or run into its word (支出合计),
// parts left blank or "-".
const codeTable = (rows: string[], head = '| 科目编码及名称 | 本年支出 合计 | 基本支出 | 项目支出 | 经营支出 |') =>
  ['单位：万元', '', head, `|${' --- |'.repeat(head.split('|').length - 2)}`, ...rows].join('\n');
ruleTester(rule, {
  valid: [
    {
      why: 'a 功能分类 table whose 款 and 项 rows detail the 类 row above them: the 合计 adds up the 类 rows alone (2,486.30 + 312.60 = 2,798.90); blank 经营支出 and "-" parts are nothing',
      format: 'markdown',
      code: codeTable([
        '| 210 卫生健康支出 | 2,486.30 | 1,906.30 | 580.00 |  |',
        '| 21001 卫生健康管理事务 | 1,206.30 | 1,206.30 | 0.00 |  |',
        '| 2100101 行政运行 | 1,206.30 | 1,206.30 | - |  |',
        '| 21004 公共卫生 | 1,280.00 | 700.00 | 580.00 |  |',
        '| 2100401 疾病预防控制机构 | 1,280.00 | 700.00 | 580.00 |  |',
        '| 221 住房保障支出 | 312.60 | 312.60 | - |  |',
        '| 2210201 住房公积金 | 312.60 | 312.60 | - |  |',
        '| 合计 | 2,798.90 | 2,218.90 | 580.00 |  |',
      ]),
    },
    {
      why: 'an 经济分类 table with its codes in a column of their own: 合计 = 301 + 302 (5,120,400 + 486,500), the 301xx and 302xx rows detail them',
      format: 'markdown',
      code: codeTable(
        [
          '| 301 | 工资福利支出 | 5,120,400.00 | 5,120,400.00 |  |',
          '| 30101 | 基本工资 | 2,046,200.00 | 2,046,200.00 |  |',
          '| 30102 | 津贴补贴 | 3,074,200.00 | 3,074,200.00 |  |',
          '| 302 | 商品和服务支出 | 486,500.00 |  | 486,500.00 |',
          '| 30201 | 办公费 | 186,500.00 |  | 186,500.00 |',
          '| 30211 | 差旅费 | 300,000.00 |  | 300,000.00 |',
          '| 合计 |  | 5,606,900.00 | 5,120,400.00 | 486,500.00 |',
        ],
        '| 经济分类科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费 |',
      ),
    },
    {
      why: 'a 支出合计 column whose parts are blank or "-" where a fund pays nothing: 8,460.00 = 2,460.00 + 6,000.00; 1,250.75 = 1,250.75',
      format: 'markdown',
      code: '| 项目 | 支出合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 |\n| --- | --- | --- | --- | --- |\n| 一、城乡社区支出 | 8,460.00 | 2,460.00 | 6,000.00 |  |\n| 二、农林水支出 | 1,250.75 | 1,250.75 |  | - |',
    },
    {
      why: 'rows some with a code and some without (其他支出 under the 类 rows): which rows the 合计 adds up is not known, left unread; a part that is text is no figure',
      format: 'markdown',
      code: codeTable([
        '| 205 教育支出 | 1,000.00 | 800.00 | 200.00 |  |',
        '| 20501 教育管理事务 | 400.00 | 400.00 | 0.00 |  |',
        '| 其他支出 | 300.00 | 300.00 | 见说明 |  |',
        '| 合计 | 1,300.00 | 1,100.00 | 200.00 |  |',
      ]),
    },
  ],
  invalid: [
    {
      why: 'a 项 row whose 本年支出 合计 (a head over two lines) is not its 基本 + 项目: 700.00 + 508.00 = 1,208.00, not 1,280.00',
      format: 'markdown',
      code: codeTable([
        '| 210 卫生健康支出 | 2,486.30 | 1,906.30 | 580.00 |  |',
        '| 21001 卫生健康管理事务 | 1,206.30 | 1,206.30 | 0.00 |  |',
        '| 2100101 行政运行 | 1,206.30 | 1,206.30 | - |  |',
        '| 21004 公共卫生 | 1,280.00 | 700.00 | 580.00 |  |',
        '| 2100401 疾病预防控制机构 | 1,280.00 | 700.00 | 508.00 |  |',
        '| 221 住房保障支出 | 312.60 | 312.60 | - |  |',
        '| 合计 | 2,798.90 | 2,218.90 | 580.00 |  |',
      ]),
      errors: [
        { message: '表中“2100401 疾病预防控制机构”行本年支出 合计1,280.00万元，但分项之和为1208.00万元（700.00 + 508.00），相差72.00万元', line: 9, column: 22 },
      ],
    },
    {
      why: 'a 支出合计 whose parts, one of them "-", add up to less: 390.00 + 504.00 = 894.00, not 930.00',
      format: 'markdown',
      code: '| 项目 | 支出合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 |\n| --- | --- | --- | --- | --- |\n| 一、城乡社区支出 | 8,460.00 | 2,460.00 | 6,000.00 |  |\n| 三、交通运输支出 | 930.00 | 390.00 | 504.00 | - |',
      errors: [{ message: '表中“三、交通运输支出”行支出合计930.00，但分项之和为894.00（390.00 + 504.00），相差36.00', line: 4, column: 14 }],
    },
    {
      why: 'a 合计 row that is not the sum of the 类 rows (301 + 302 = 5,606,900.00), whatever their 款 rows add up to',
      format: 'markdown',
      code: codeTable(
        [
          '| 301 | 工资福利支出 | 5,120,400.00 | 5,120,400.00 |  |',
          '| 30101 | 基本工资 | 2,046,200.00 | 2,046,200.00 |  |',
          '| 30102 | 津贴补贴 | 3,074,200.00 | 3,074,200.00 |  |',
          '| 302 | 商品和服务支出 | 486,500.00 |  | 486,500.00 |',
          '| 30201 | 办公费 | 186,500.00 |  | 186,500.00 |',
          '| 30211 | 差旅费 | 300,000.00 |  | 300,000.00 |',
          '| 合计 |  | 5,660,900.00 | 5,120,400.00 | 486,500.00 |',
        ],
        '| 经济分类科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费 |',
      ),
      errors: [
        { message: '表中“合计”行合计5,660,900.00万元，但分项之和为5606900.00万元（5120400.00 + 486500.00），相差54000.00万元', line: 11, column: 11 },
      ],
    },
  ],
});

// A 三公 table with a head of two rows: 公务用车购置及运行费 over 小计 | 购置费 | 运行费.
const sangongHead = '| 项目 | 合计 | 因公出国（境）费 | 小计 | 公务用车购置及运行费 购置费 | 运行费 | 公务接待费 |\n| --- | --- | --- | --- | --- | --- | --- |\n';
ruleTester(rule, {
  valid: [
    {
      why: 'a 小计 among the parts with the columns after it that add up to it (18.00 + 12.40 = 30.40): the 合计 is 因公出国 + 小计 + 公务接待费 (0.00 + 30.40 + 12.20 = 42.60), not every column',
      format: 'markdown',
      code: sangongHead + '| 2025年预算数 | 42.60 | 0.00 | 30.40 | 18.00 | 12.40 | 12.20 |\n| 2024年预算数 | 45.86 | 3.50 | 31.16 | 17.50 | 13.66 | 11.20 |',
    },
    {
      why: 'a 小计 no run of the columns after it adds up to in every row: which columns it stands for is unknown, the 合计 is left unread',
      format: 'markdown',
      code: sangongHead + '| 2025年预算数 | 42.60 | 0.00 | 30.40 | 18.00 | 12.40 | 12.20 |\n| 2024年预算数 | 45.86 | 3.50 | 31.16 | 17.50 | 12.66 | 11.20 |',
    },
  ],
  invalid: [
    {
      why: 'the 合计 of a row is not 因公出国 + 小计 + 公务接待费: 3.50 + 31.16 + 11.20 = 45.86, not 46.86',
      format: 'markdown',
      code: sangongHead + '| 2025年预算数 | 42.60 | 0.00 | 30.40 | 18.00 | 12.40 | 12.20 |\n| 2024年预算数 | 46.86 | 3.50 | 31.16 | 17.50 | 13.66 | 11.20 |',
      errors: [{ message: '表中“2024年预算数”行合计46.86，但分项之和为45.86（3.50 + 31.16 + 11.20），相差1.00', line: 4, column: 14 }],
    },
  ],
});

// The same head written as Markdown can: its second row (小计 | 购置费 | 运行费) is the body's first, a row of words only;
// the cells a merged head leaves are empty, repeat the cell above, or hold a ditto mark.
const sangongTwoRows = (second: string) =>
  `单位：万元\n\n| 年度 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 |  |  | 公务接待费 |\n| --- | --- | --- | --- | --- | --- | --- |\n${second}\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'empty cells beside 小计 | 购置费 | 运行费: 合计 13.20 = 0.00 + 7.80 + 5.40, the 小计 7.80 = 0.00 + 7.80',
      format: 'markdown',
      code: sangongTwoRows('|  |  |  | 小计 | 购置费 | 运行费 |  |') + '| 2025年预算 | 13.20 | 0.00 | 7.80 | 0.00 | 7.80 | 5.40 |\n| 2024年预算 | 14.75 | 0.00 | 8.65 | 0.00 | 8.65 | 6.10 |',
    },
    {
      why: 'the merged cells repeated by the converter (年度, 合计, …) add nothing to the head',
      format: 'markdown',
      code: sangongTwoRows('| 年度 | 合计 | 因公出国（境）费 | 小计 | 购置费 | 运行费 | 公务接待费 |') + '| 2025年预算 | 21.60 | 3.00 | 12.40 | 4.00 | 8.40 | 6.20 |',
    },
    {
      why: 'ditto marks in the merged cells',
      format: 'markdown',
      code: sangongTwoRows('| 〃 | 〃 | 〃 | 小计 | 购置费 | 运行费 | 〃 |') + '| 2025年预算 | 21.60 | 3.00 | 12.40 | 4.00 | 8.40 | 6.20 |',
    },
  ],
  invalid: [
    {
      why: '0.00 + 8.65 + 6.10 = 14.75, the row says 15.75',
      format: 'markdown',
      code: sangongTwoRows('|  |  |  | 小计 | 购置费 | 运行费 |  |') + '| 2025年预算 | 13.20 | 0.00 | 7.80 | 0.00 | 7.80 | 5.40 |\n| 2024年预算 | 15.75 | 0.00 | 8.65 | 0.00 | 8.65 | 6.10 |',
      errors: [{ message: '表中“2024年预算”行合计15.75万元，但分项之和为14.75万元（0.00 + 8.65 + 6.10），相差1.00万元', line: 7, column: 13 }],
    },
  ],
});

// Shanghai's and Jiangsu's 功能分类 tables print the code in cells of its own (类 | 款 | 项).
const spreadTable = (rows: string[]) =>
  '单位：元\n\n| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n| --- | --- | --- | --- | --- | --- | --- |\n| 201 |  |  | 一般公共服务支出 | 2,160,000.00 | 1,390,000.00 | 770,000.00 |\n| 201 | 13 |  | 商贸事务 | 2,160,000.00 | 1,390,000.00 | 770,000.00 |\n| 201 | 13 | 01 | 行政运行 | 1,390,000.00 | 1,390,000.00 |  |\n| 201 | 13 | 02 | 一般行政管理事务 | 770,000.00 |  | 770,000.00 |\n' +
  rows.join('\n') +
  '\n| 221 |  |  | 住房保障支出 | 95,000.00 | 95,000.00 |  |\n| 221 | 02 |  | 住房改革支出 | 95,000.00 | 95,000.00 |  |\n| 221 | 02 | 01 | 住房公积金 | 95,000.00 | 95,000.00 |  |';
const pensionRows = (kuan: string, basic: string) => ['| 208 |  |  | 社会保障和就业支出 | 356,400.00 | 356,400.00 |  |', `| 208 | 05 |  | 行政事业单位养老支出 | ${kuan} | ${kuan} |  |`, `| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | ${basic} | ${basic} |  |`, '| 208 | 05 | 06 | 机关事业单位职业年金缴费支出 | 118,800.00 | 118,800.00 |  |'];

// A row labelled by a classification code adds up the rows under it one level down (款 under 类, 项 under 款).
const fnHead = '单位：万元\n\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n| --- | --- | --- | --- | --- |\n';
const pension = (kuan: string) =>
  fnHead +
  `| 208 | 社会保障和就业支出 | 728.60 | 728.60 | - |\n| 20805 | 行政事业单位养老支出 | ${kuan} | ${kuan} | - |\n| 2080501 | 行政单位离退休 | 112.40 | 112.40 | - |\n| 2080505 | 机关事业单位基本养老保险缴费支出 | 410.80 | 410.80 | - |\n| 2080506 | 机关事业单位职业年金缴费支出 | 205.40 | 205.40 | - |`;
ruleTester(rule, {
  valid: [
    { why: '类 = its 款, 款 = its 项 (112.40 + 410.80 + 205.40 = 728.60); "-" parts are nothing', format: 'markdown', code: pension('728.60') },
    {
      why: 'two 经济分类 tables side by side (a code again further right in the row): the rows are not one list, left unread',
      format: 'markdown',
      code: '单位：万元\n\n| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n| --- | --- | --- | --- | --- | --- |\n| 301 | 工资福利支出 | 80.40 | 302 | 商品和服务支出 | 12.30 |\n| 30101 | 基本工资 | 30.20 | 30201 | 办公费 | 3.10 |\n| 30102 | 津贴补贴 | 41.00 | 30205 | 水费 | 0.40 |',
    },
    {
      why: 'codes spread over 类 | 款 | 项 cells, the 项 rows running to the end of the table: the rest may open the next page, unread',
      format: 'markdown',
      code: '单位：元\n\n| 类 | 款 | 项 | 科目名称 | 合计 |\n| --- | --- | --- | --- | --- |\n| 201 |  |  | 一般公共服务支出 | 2,160,000.00 |\n| 201 | 13 |  | 商贸事务 | 2,160,000.00 |\n| 201 | 13 | 01 | 行政运行 | 938,990.00 |\n| 201 | 13 | 02 | 一般行政管理事务 | 454,500.00 |',
    },
    {
      why: 'the same cut by a page break: a head repeated as a row, the missing 项 on the next page',
      format: 'markdown',
      code: spreadTable(['| 208 |  |  | 社会保障和就业支出 | 356,400.00 | 356,400.00 |  |', '| 208 | 05 |  | 行政事业单位养老支出 | 356,400.00 | 356,400.00 |  |', '| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 237,600.00 | 237,600.00 |  |', '|  |  |  | 科目名称 | 合计 | 基本支出 |  |', '| 208 | 05 | 06 | 机关事业单位职业年金缴费支出 | 118,800.00 | 118,800.00 |  |']),
    },
    {
      why: 'every level adds up in its total column; a 项 figure a PDF set a column off (under 项目支出) is not held against the 款 row’s 基本支出',
      format: 'markdown',
      code: spreadTable(['| 208 |  |  | 社会保障和就业支出 | 360,300.00 | 360,300.00 |  |', '| 208 | 05 |  | 行政事业单位养老支出 | 360,300.00 | 360,300.00 |  |', '| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 237,600.00 | 237,600.00 |  |', '| 208 | 05 | 06 | 机关事业单位职业年金缴费支出 | 118,800.00 | 118,800.00 |  |', '| 208 | 05 | 99 | 其他行政事业单位养老支出 | 3,900.00 |  | 3,900.00 |']),
    },
    {
      why: 'a 款 cell that is no two-digit code (a PDF’s 2 for 02): the codes of the table are not trusted',
      format: 'markdown',
      code: '单位：元\n\n| 类 | 款 | 科目名称 | 合计 |\n| --- | --- | --- | --- |\n| 301 |  | 工资福利支出 | 8,828,251 |\n| 301 | 01 | 基本工资 | 587,355 |\n| 301 | 2 | 津贴补贴 | 1,662,381 |\n| 301 | 7 | 绩效工资 | 1,144,710 |\n| 302 |  | 商品和服务支出 | 1,116,856 |\n| 302 | 01 | 办公费 | 475,551 |\n| 302 | 04 | 手续费 | 3,000 |',
    },
  ],
  invalid: [
    {
      why: 'a 款 row that is not the sum of its 项 rows (728.60, stated 782.60); the 类 row above, whose one 款 it is, disagrees with it too',
      format: 'markdown',
      code: pension('782.60'),
      errors: [
        { message: '表中20805 行政事业单位养老支出行“基本支出”列782.60万元，但分项之和为728.60万元（112.40 + 410.80 + 205.40），相差54.00万元', line: 6, column: 33 },
      ],
    },
    {
      why: 'codes spread over 类 | 款 | 项: a 项 written 273,600.00 for 237,600.00 leaves its 款 and 类 rows 36,000.00 above the rows under them',
      format: 'markdown',
      code: spreadTable(pensionRows('356,400.00', '273,600.00')),
      errors: [{ message: '表中20805 行政事业单位养老支出行“合计”列356,400.00元，但分项之和为392400.00元（273600.00 + 118800.00），相差36000.00元', line: 10, column: 30 }],
    },
    {
      why: 'the same with the 款 row wrong: it differs from both its 类 above and its 项 below',
      format: 'markdown',
      code: spreadTable(pensionRows('365,400.00', '237,600.00')),
      errors: [
        { message: '表中20805 行政事业单位养老支出行“合计”列365,400.00元，但分项之和为356400.00元（237600.00 + 118800.00），相差9000.00元', line: 10, column: 30 },
      ],
    },
  ],
});

// Grades after a count with no colon to bound them: naming only some grades, they may still not hold more than the count.
ruleTester(rule, {
  valid: [
    {
      why: 'three of the four grades, fewer than the count (8 + 3 + 1 = 12 ≤ 14: a 差 or two may be unnamed)',
      code: '2024年共对14个项目开展重点绩效评价，评价结果为优的8个、良的3个、中的1个。',
    },
    {
      why: 'counts only, the first a grade itself: “优”3个 is no total of the rest',
      code: '县财政局对9个重点项目开展评价。评价结果中，“优”3个、“良”4个、“中”2个。',
    },
  ],
  invalid: [
    {
      why: '评价结果为… three grades, more than the count: 6 + 5 + 2 = 13 of 12',
      code: '2024年共对12个项目开展重点绩效评价，评价结果为优的6个、良的5个、中的2个。',
      errors: [{ message: '项目合计12个，但其中所列分项之和已达13个（6 + 5 + 2），超出1个', line: 1, column: 8, text: '12个' }],
    },
    {
      why: '自评等级为优秀的…良好的…合格的… after a count named before it: 8 + 5 + 3 = 16 of 15',
      code: '全年完成绩效自评项目15个，自评等级为优秀的8个，良好的5个，合格的3个。',
      errors: [{ message: '绩效自评项目合计15个，但其中所列分项之和已达16个（8 + 5 + 3），超出1个', line: 1, column: 11, text: '15个' }],
    },
    {
      why: 'grades in quotation marks for departments: 4 + 4 + 2 = 10 of 9',
      code: '对9个部门开展部门整体支出绩效评价，结果为“优”的4个、“良”的4个、“中”的2个。',
      errors: [{ message: '部门合计9个，但其中所列分项之和已达10个（4 + 4 + 2），超出1个', line: 1, column: 2, text: '9个' }],
    },
  ],
});

// Whole-budget reports (heldout8): a 其中 row and the flush-left rows after it detail the row
// above even when they are a partial list, as long as the 合计 adds up without them.
ruleTester(rule, {
  valid: [
    {
      why: '其中：增值税 then 企业所得税 flush left under 税收收入: 合计 = 税收 + 非税 (30,860 + 12,140 = 43,000); 增值税 + 企业所得税 is a partial list of 税收',
      format: 'markdown',
      code: '| 项目 | 决算数 | 上年决算数 |\n|---|---|---|\n| 税收收入 | 30,860 | 29,420 |\n| 其中：增值税 | 12,350 | 11,980 |\n| 企业所得税 | 4,120 | 4,460 |\n| 非税收入 | 12,140 | 11,730 |\n| 合计 | 43,000 | 41,150 |\n',
    },
    {
      why: 'two flush rows after the 其中 row of 一般性转移支付收入: 合计 = 返还性 + 一般性 + 专项 (1,240 + 56,300 + 8,460 = 66,000)',
      format: 'markdown',
      code: '| 收入项目 | 2025年预算 |\n|---|---|\n| 返还性收入 | 1,240 |\n| 一般性转移支付收入 | 56,300 |\n| 其中：均衡性转移支付 | 21,500 |\n| 县级基本财力保障机制奖补资金 | 9,800 |\n| 共同财政事权转移支付 | 14,260 |\n| 专项转移支付收入 | 8,460 |\n| 合计 | 66,000 |\n',
    },
    {
      why: 'spending by kind: 合计 = 基本支出 + 项目支出 (3,150 + 5,420 = 8,570); 人员经费 and 对个人和家庭的补助 under 其中 are a partial list of 基本支出',
      format: 'markdown',
      code: '| 支出项目 | 预算数 |\n|---|---|\n| 基本支出 | 3,150 |\n| 其中：人员经费 | 2,460 |\n| 对个人和家庭的补助 | 310 |\n| 项目支出 | 5,420 |\n| 合计 | 8,570 |\n',
    },
  ],
  invalid: [
    {
      why: 'the 合计 fails both ways: 税收 + 非税 = 43,000 (stated 44,000), and with 企业所得税 a member 47,120',
      format: 'markdown',
      code: '| 项目 | 决算数 |\n|---|---|\n| 税收收入 | 30,860 |\n| 其中：增值税 | 12,350 |\n| 企业所得税 | 4,120 |\n| 非税收入 | 12,140 |\n| 合计 | 44,000 |\n',
      errors: [{ message: '表中合计行“决算数”列44,000，但分项之和为47120（30860 + 4120 + 12140），相差3120', line: 7, column: 8 }],
    },
  ],
});

// Whole-budget reports (heldout8): 收入总计 − 支出总计 = 结转下年 in prose, and a fund's roll-forward
// (年初滚存结余 + 当年收支结余 = 年末滚存结余) in either order.
ruleTester(rule, {
  valid: [
    {
      why: '收入总计 − 支出总计 = 结转下年 after 收支相抵: 826,540 − 801,320 = 25,220',
      code: '2024年全市收入总计826,540万元，支出总计801,320万元，收支相抵，结转下年25,220万元，全部为按规定结转的项目资金。',
    },
    {
      why: '收入合计 − 支出合计 = 年终结余 (64.38 − 61.95 = 2.43); a general budget\'s own 收入 and 支出 leave out its transfers, so 18.20 − 46.30 says nothing of its 结转下年',
      code: '区本级收入合计为64.38亿元，支出合计为61.95亿元，年终结余2.43亿元。一般公共预算收入18.20亿元，支出46.30亿元，结转下年1.15亿元。',
    },
    {
      why: 'roll-forwards in three orders and wordings: 21.36 + 1.84 = 23.20; 0.92 + 15.48 = 16.40 (加上年初…); 3.05 + 0.21 = 3.26 (上年末…本年结余…年末累计结余)',
      code: '城乡居民基本养老保险基金年初滚存结余21.36亿元，当年收支结余1.84亿元，年末滚存结余23.20亿元。\n职工基本医疗保险基金当年收支结余0.92亿元，加上年初滚存结余15.48亿元，年末滚存结余16.40亿元。\n失业保险基金上年末滚存结余3.05亿元，本年结余0.21亿元，年末累计结余3.26亿元。',
    },
  ],
  invalid: [
    {
      why: '结转下年 26,220 against 826,540 − 801,320 = 25,220',
      code: '2024年全市收入总计826,540万元，支出总计801,320万元，收支相抵，结转下年26,220万元。',
      errors: [{ message: '收入合计826,540万元，但分项之和为827540万元（801320 + 26220），相差1000万元', line: 1, column: 12 }],
    },
    {
      why: '年终结余 2.43 against 38.46 − 36.12 = 2.34',
      code: '县本级收入总计为38.46亿元，支出总计为36.12亿元，年终结余2.43亿元。',
      errors: [{ message: '收入合计38.46亿元，但分项之和为38.55亿元（36.12 + 2.43），相差0.09亿元', line: 1, column: 9 }],
    },
    {
      why: '年末滚存结余 24.20 against 21.36 + 1.84 = 23.20',
      code: '城乡居民基本养老保险基金年初滚存结余21.36亿元，当年收支结余1.84亿元，年末滚存结余24.20亿元。',
      errors: [{ message: '年末滚存结余合计24.20亿元，但分项之和为23.20亿元（21.36 + 1.84），相差1.00亿元', line: 1, column: 46 }],
    },
    {
      why: '当年收支结余 then 加上年初滚存结余: 3.45 + 36.72 = 40.17, stated 41.17 (52.30 − 48.85 = 3.45 is right)',
      code: '全县社会保险基金收入52.30亿元，支出48.85亿元，当年收支结余3.45亿元，加上年初滚存结余36.72亿元，年末滚存结余41.17亿元。',
      errors: [{ message: '年末滚存结余合计41.17亿元，但分项之和为40.17亿元（3.45 + 36.72），相差1.00亿元', line: 1, column: 64 }],
    },
  ],
});

// Whole-budget reports (heldout8): …万元中， opens a list of the amount's parts, like 其中.
ruleTester(rule, {
  valid: [
    {
      why: '上级补助收入…万元中，A，B，C: 2,150 + 69,830 + 14,420 = 86,400',
      code: '上级补助收入86,400万元中，返还性收入2,150万元，一般性转移支付收入69,830万元，专项转移支付收入14,420万元。',
    },
    {
      why: '增加的1,260万元中 with parts that are changes: a partial breakdown of a change, no sum of amounts',
      code: '全县一般公共预算支出比上年增加1,260万元，支出增加的1,260万元中，教育支出增加520万元，卫生健康支出增加410万元。',
    },
    {
      why: '…3,600万元中，已拨付2,850万元，剩余…: a part of the amount, less than it',
      code: '2024年省级下达的专项资金3,600万元中，已拨付到项目单位2,850万元，剩余资金将于年内拨付完毕。',
    },
  ],
  invalid: [
    {
      why: '…万元中， opens the parts of the amount before it: 返还性 + 一般性 + 专项 = 87,400, stated 86,400',
      code: '上级补助收入86,400万元中，返还性收入2,150万元，一般性转移支付收入70,830万元，专项转移支付收入14,420万元。',
      errors: [{ message: '上级补助收入合计86,400万元，但分项之和为87400万元（2150 + 70830 + 14420），相差1000万元', line: 1, column: 7 }],
    },
    {
      why: 'parts that exceed their total after …万元中，: 3,140 + 5,020 + 200 = 8,360 > 8,260',
      code: '2025年镇级支出预算8,260万元中，基本支出3,140万元，项目支出5,020万元，预备费200万元。',
      errors: [{ message: '镇级支出预算合计8,260万元，但其中所列分项之和已达8360万元（3140 + 5020 + 200），超出100万元', line: 1, column: 12 }],
    },
    {
      why: '付息 by kind after …亿元中，: 1.28 + 2.04 = 3.32, stated 3.42 (一般 + 专项 is the whole)',
      code: '2024年全县政府债务付息支出3.42亿元中，一般债务付息1.28亿元，专项债务付息2.04亿元。',
      errors: [{ message: '政府债务付息支出合计3.42亿元，但分项之和为3.32亿元（1.28 + 2.04），相差0.10亿元', line: 1, column: 16 }],
    },
  ],
});

// Whole-budget reports (heldout8): a fund table's 收入 | 支出 | 当年收支结余 columns, row by row.
ruleTester(rule, {
  valid: [
    {
      why: 'a fund table: 收入 − 支出 = 当年收支结余 in every row, a negative balance included (28,410 − 29,150 = −740); 年末滚存结余 is a stock, not summed',
      format: 'markdown',
      code: '单位：万元\n\n| 险种 | 收入 | 支出 | 当年收支结余 | 年末滚存结余 |\n|---|---|---|---|---|\n| 企业职工基本养老保险 | 64,280 | 61,930 | 2,350 | 48,620 |\n| 城乡居民基本医疗保险 | 28,410 | 29,150 | -740 | 12,380 |\n',
    },
    {
      why: '基金收入 | 基金支出 | 本年结余: 2.46 − 2.18 = 0.28; 1.05 − 1.12 = −0.07',
      format: 'markdown',
      code: '单位：亿元\n\n| 基金名称 | 基金收入 | 基金支出 | 本年结余 |\n|---|---|---|---|\n| 失业保险基金 | 2.46 | 2.18 | 0.28 |\n| 工伤保险基金 | 1.05 | 1.12 | -0.07 |\n',
    },
    {
      why: 'no column of the year\'s balance: 收入 − 支出 says nothing of 年末滚存结余',
      format: 'markdown',
      code: '单位：万元\n\n| 险种 | 收入 | 支出 | 年末滚存结余 |\n|---|---|---|---|\n| 职工基本医疗保险 | 36,240 | 33,870 | 41,560 |\n',
    },
  ],
  invalid: [
    {
      why: '当年收支结余 2,530 against 64,280 − 61,930 = 2,350',
      format: 'markdown',
      code: '单位：万元\n\n| 险种 | 收入 | 支出 | 当年收支结余 | 年末滚存结余 |\n|---|---|---|---|---|\n| 企业职工基本养老保险 | 64,280 | 61,930 | 2,530 | 48,620 |\n',
      errors: [{ message: '表中“企业职工基本养老保险”行收入64,280万元，但分项之和为64460万元（61930 + 2530），相差180万元', line: 5, column: 16 }],
    },
    {
      why: 'a fund paying out more stated with a positive 本年结余: 1.05 − 1.12 = −0.07, not 0.07',
      format: 'markdown',
      code: '单位：亿元\n\n| 基金名称 | 基金收入 | 基金支出 | 本年结余 |\n|---|---|---|---|\n| 工伤保险基金 | 1.05 | 1.12 | 0.07 |\n',
      errors: [{ message: '表中“工伤保险基金”行基金收入1.05亿元，但分项之和为1.19亿元（1.12 + 0.07），相差0.14亿元', line: 5, column: 12 }],
    },
    {
      why: 'units in the heads: 18,620 − 16,940 = 1,680, the 结余 cell says 1,860',
      format: 'markdown',
      code: '| 项目 | 收入（万元） | 支出（万元） | 结余（万元） |\n|---|---|---|---|\n| 城乡居民基本养老保险 | 18,620 | 16,940 | 1,860 |\n',
      errors: [{ message: '表中“城乡居民基本养老保险”行收入（万元）18,620万元，但分项之和为18800万元（16940 + 1860），相差180万元', line: 3, column: 16 }],
    },
  ],
});

// heldout8 round 2: 年终结转结余 after the two 合计; 主要是：/主要有：/主要为： opening the parts of the amount before.
ruleTester(rule, {
  valid: [
    {
      why: '收入合计 − 支出合计 = 年终结转结余: 52,360 − 47,910 = 4,450',
      code: '政府性基金预算收入合计52,360万元，支出合计47,910万元，年终结转结余4,450万元。',
    },
    {
      why: '主要是： after a change: the parts of an increase, not of an amount (300 + 200 is under 8,200)',
      code: '支出比上年增加560万元，主要是：新增乡村振兴项目300万元、校舍维修200万元。全年支出8,200万元。',
    },
    {
      why: '主要有： with parts that add up: 18,000 + 12,000 + 16,000 = 46,000',
      code: '新增债券资金46,000万元，主要有：交通基础设施18,000万元、保障性安居工程12,000万元、农林水利16,000万元。',
    },
  ],
  invalid: [
    {
      why: '年终结转结余 5,450 against 52,360 − 47,910 = 4,450',
      code: '政府性基金预算收入合计52,360万元，支出合计47,910万元，年终结转结余5,450万元。',
      errors: [{ message: '政府性基金预算收入合计52,360万元，但分项之和为53360万元（47910 + 5450），相差1000万元', line: 1, column: 12 }],
    },
    {
      why: '主要是： with parts over the amount: 12,000 + 8,000 + 3,850 = 23,850 > 23,350',
      code: '新增收入23,350万元，主要是：新增一般债券转贷收入12,000万元，再融资一般债券转贷收入8,000万元，上级追加转移支付收入3,850万元。',
      errors: [{ message: '新增收入合计23,350万元，但其中所列分项之和已达23850万元（12000 + 8000 + 3850），超出500万元', line: 1, column: 5 }],
    },
    {
      why: '主要为： with parts over the amount: 4,100 + 3,200 + 2,800 = 10,100 > 9,600',
      code: '调增支出9,600万元，主要为：教育支出4,100万元、卫生健康支出3,200万元、农林水支出2,800万元。',
      errors: [{ message: '调增支出合计9,600万元，但其中所列分项之和已达10100万元（4100 + 3200 + 2800），超出500万元', line: 1, column: 5 }],
    },
  ],
});

// The members of a known partition are one split: two of them making the total leave no room for a third.
ruleTester(rule, {
  valid: [
    {
      why: 'the grades add up: 6 + 4 + 1 = 11',
      code: '2024年度共对11个项目开展绩效自评，其中自评等级为优的6个、良的4个、中的1个，平均得分88.4分。',
    },
  ],
  invalid: [
    {
      why: '优 and 良 alone make the count, and 中 has one more: 6 + 5 + 1 = 12 of 11',
      code: '2024年度共对11个项目开展绩效自评，其中自评等级为优的6个、良的5个、中的1个，平均得分88.4分。',
      errors: [{ message: '项目合计11个，但分项之和为12个（6 + 5 + 1），相差1个', line: 1, column: 9, text: '11个' }],
    },
    {
      why: 'the three 三公 items, two of which make the total: 18.00 + 42.50 + 6.20 = 66.70, not 60.50',
      code: '2025年“三公”经费预算60.50万元，其中因公出国（境）费18.00万元，公务用车购置及运行维护费42.50万元，公务接待费6.20万元。',
      errors: [{ message: '“三公”经费预算合计60.50万元，但分项之和为66.70万元（18.00 + 42.50 + 6.20），相差6.20万元', line: 1, column: 14, text: '60.50万元' }],
    },
  ],
});

// A 其中 list that opens with changes is a list of changes: the amount of the next item after it is not
// one more part of the total (卫生健康支出520万元 was read as a part of 教育支出500万元).
ruleTester(rule, {
  valid: [
    {
      why: '520 is 卫生健康支出’s own amount, stated after the changes of 教育支出’s parts',
      code: '2024年，教育支出500万元，比上年增加30万元，其中基本支出增加10万元，项目支出增加20万元，卫生健康支出520万元，比上年增加15万元，其中基本支出增加5万元，项目支出增加10万元。',
    },
    {
      why: 'one change in the list, then the next subject’s amount',
      code: '2025年区农业农村局部门预算支出1,286.40万元，其中人员经费减少12.60万元，区水务局部门预算支出1,934.75万元，主要是退休人员增加。',
    },
    {
      why: 'the changes are notes on the parts stated before them: 4,438.18 + 548.29 = 4,986.47',
      code: '2024年度基本支出4,986.47万元，其中：人员经费4,438.18万元，增加112.40万元；公用经费548.29万元，减少20.15万元。',
    },
  ],
  invalid: [
    {
      why: 'parts stated as amounts still make their total: 3,206.50 + 1,118.20 = 4,324.70, not 4,234.70',
      code: '2024年，教育支出4,234.70万元，比上年增加180.00万元，其中基本支出3,206.50万元，项目支出1,118.20万元。卫生健康支出2,015.30万元，比上年减少36.00万元。',
      errors: [{ message: '教育支出合计4,234.70万元，但其中所列分项之和已达4324.70万元（3206.50 + 1118.20），超出90.00万元', line: 1, column: 11, text: '4,234.70万元' }],
    },
  ],
});

// A part written as 0万元 is nothing spent: exactly 0, not ±0.5万元 (which hid a 0.20万元 slip).
ruleTester(rule, {
  valid: [
    {
      why: '0 + 14.20 + 4.42 = 18.62',
      code: '2024年度“三公”经费财政拨款支出决算18.62万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费14.20万元；公务接待费4.42万元。',
    },
    {
      why: 'a zero total with zero parts, in 元: 0 = 0 + 0 + 0',
      code: '2025年本单位“三公”经费预算为0元，其中因公出国（境）费0元、公务用车购置及运行费0元、公务接待费0元。',
    },
  ],
  invalid: [
    {
      why: '0 + 14.20 + 4.62 = 18.82, not 18.62',
      code: '2024年度“三公”经费财政拨款支出决算18.62万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费14.20万元；公务接待费4.62万元。',
      errors: [{ message: '“三公”经费财政拨款支出决算合计18.62万元，但分项之和为18.82万元（0 + 14.20 + 4.62），相差0.20万元', line: 1, column: 21, text: '18.62万元' }],
    },
  ],
});

// 加上…，收入总计: the sentence before states the first part, when it states one amount alone.
ruleTester(rule, {
  valid: [
    {
      why: '325.6 + 182.4 + 46.2 + 28.3 + 12.5 = 595.0',
      code: '2024年，全市一般公共预算收入完成325.6亿元，增长4.1%，为预算的100.8%。加上中央和省补助收入182.4亿元、地方政府一般债券收入46.2亿元、调入资金28.3亿元、上年结转12.5亿元，收入总计595.0亿元。',
    },
    {
      why: 'two amounts in the sentence before: which one the 加上 adds to is not said',
      code: '2024年，全县一般公共预算收入完成86,420万元，其中税收收入60,150万元。加上上级补助收入52,300万元、调入资金6,800万元，收入总计146,520万元。',
    },
  ],
  invalid: [
    {
      why: '48,260 + 31,540 + 9,200 + 3,150 = 92,150, not 93,150',
      code: '2024年，全县一般公共预算支出完成48,260万元，下降2.3%。加上上解上级支出31,540万元、债务还本支出9,200万元、安排预算稳定调节基金3,150万元，支出总计93,150万元。',
      errors: [{ message: '支出合计93,150万元，但分项之和为92150万元（48260 + 31540 + 9200 + 3150），相差1000万元', line: 1, column: 88 }],
    },
  ],
});

// A saving or overrun stated before a 其中 list (节约资金…, 超收…) is a gap, not the whole the list breaks down.
ruleTester(rule, {
  valid: [
    {
      why: '超收 before the list: the parts make the outturn, 3,512 + 774 = 4,286',
      code: '2024年非税收入完成4,286万元，超收136万元，其中：行政事业性收费收入3,512万元，国有资源有偿使用收入774万元。',
    },
  ],
  invalid: [
    {
      why: 'the parts (货物、工程、服务: the whole) are read against 实际采购金额, not the 节约资金 nearest the list: 26,955.30 against 26,982.30',
      code: '2024年全区政府采购预算金额28,640.50万元，实际采购金额26,982.30万元，节约资金1,658.20万元，节约率5.8%。其中：货物类采购9,856.40万元，工程类采购11,240.60万元，服务类采购5,858.30万元。',
      errors: [{ message: '实际采购金额合计26,982.30万元，但分项之和为26955.30万元（9856.40 + 11240.60 + 5858.30），相差27.00万元', line: 1, column: 34 }],
    },
    {
      why: 'the list read against the outturn before the saving: 3,512 + 874 = 4,386 exceeds 4,286',
      code: '2024年非税收入完成4,286万元，超收136万元，其中：行政事业性收费收入3,512万元，国有资源有偿使用收入874万元。',
      errors: [{ message: '非税收入合计4,286万元，但其中所列分项之和已达4386万元（3512 + 874），超出100万元', line: 1, column: 12 }],
    },
  ],
});

// Grade counts listed after 自评结果： in the sentence after the count, with each grade's band in brackets.
ruleTester(rule, {
  valid: [
    {
      why: '17 + 7 + 2 = 26, the bands in brackets are notes',
      code: '2024年度本部门对全部26个项目开展绩效自评，涉及资金4,268.30万元。自评结果：优秀（90分及以上）17个，良好（80-90分）7个，合格（60-80分）2个。',
    },
    {
      why: 'the sentence before states two counts: which one the results are of is not said',
      code: '2024年度本部门对26个项目开展绩效自评，对8个下属单位开展整体支出评价。评价结果：优秀5个，良好2个，合格2个。',
    },
  ],
  invalid: [
    {
      why: '17 + 8 + 2 = 27 of 26',
      code: '2024年度本部门对26个项目开展绩效自评。自评结果：优秀17个，良好8个，合格2个。',
      errors: [{ message: '项目合计26个，但分项之和为27个（17 + 8 + 2），相差1个', line: 1, column: 11 }],
    },
    {
      why: 'the same with bands in brackets: 12 + 9 + 3 = 24 of 23',
      code: '2024年度区财政局对23个部门整体支出开展绩效评价。评价结果为：优（90分以上）12个，良（80-89分）9个，中（60-79分）3个。',
      errors: [{ message: '部门整体支出合计23个，但分项之和为24个（12 + 9 + 3），相差1个', line: 1, column: 12 }],
    },
  ],
});

// A complete list that names a kind only to say there is none of it (…用车0辆) enumerates every kind: it is
// one split of the total, so a run of it that happens to add up does not excuse the rest.
ruleTester(rule, {
  valid: [
    {
      why: 'the kinds, zeros included, add up: 0 + 2 + 5 + 1 + 1 = 9',
      code: '截至2024年末，本单位共有公务用车9辆，其中：主要领导干部用车0辆，机要通信用车2辆，执法执勤用车5辆，特种专业技术用车1辆，其他用车1辆。',
    },
    {
      why: 'no zero in the list: 3 + 4 = 7 may be one split and 2 a part of a second (a subset), as before',
      code: '全局共有在编人员7人，其中：行政编制3人，事业编制4人，女性干部2人。',
    },
  ],
  invalid: [
    {
      why: 'zeros listed: the kinds are one split, 0 + 1 + 3 + 4 + 0 + 2 = 10 against 9 (a run 3 + 4 + 0 + 2 = 9 does not excuse the 1)',
      code: '截至2024年12月31日，本中心共有车辆9辆，其中：领导干部用车0辆，机要通信用车1辆，应急保障用车3辆，执法执勤用车4辆，离退休干部用车0辆，其他用车2辆。',
      errors: [{ message: '本中心共有车辆合计9辆，但分项之和为10辆（0 + 1 + 3 + 4 + 0 + 2），相差1辆', line: 1, column: 22 }],
    },
  ],
});

// A 合计 column under a head of two rows, flattened by a PDF: the group's name joins its first column's
// head (2025年预算 基本支出), and the columns after the group are other measures (2024年预算, wrapped in
// its cell) or other parts (上年结转, this year's income carried in).
const twoLevel = (head: string, row: string) => `单位：万元\n\n| 功能分类科目 | ${head} |\n| --- |${' --- |'.repeat(head.split('|').length)}\n${row}`;
ruleTester(rule, {
  valid: [
    {
      why: 'the 合计 is 基本 + 项目 (498.10 + 114.30 = 612.40); 2024年预算 after them is last year, not a part',
      format: 'markdown',
      code: twoLevel('合计 | 2025年预算 基本支出 | 项目支出 | 2024年预 算 | 比上年 增减额 | 增减率 （%）', '| 一般公共服务支出 | 612.40 | 498.10 | 114.30 | 590.20 | 22.20 | 3.8 |\n| 公共安全支出 | 45.60 | 20.00 | 25.60 | 41.00 | 4.60 | 11.2 |'),
    },
    {
      why: 'a PDF row split over two lines (its figures set higher than its name): no row is known to hold its own figures, the table is left unread',
      format: 'markdown',
      code: twoLevel('本年支出合 计 | 基本支出 | 项目支 出 | 上缴上级支 出', '|  |  | 1,503.52 |  |  |\n| 行政运行 | 1,511.89 |  | 8.37 |  |\n| 一般行政管理事务 | 10.00 |  | 10.00 |  |'),
    },
    {
      why: 'the same with the period written 2024年度决算数 and 上年执行数: other measures',
      format: 'markdown',
      code: twoLevel('合计 | 基本支出 | 项目支出 | 2024年度决算数 | 上年执行数', '| 卫生健康支出 | 62.10 | 55.70 | 6.40 | 60.30 | 58.00 |'),
    },
    {
      why: '上年结转 is the last part of the income (3,420.00 + 0 + 82.80 + 140.00 = 3,642.80), after a 小计 with its own parts',
      format: 'markdown',
      code: twoLevel('合计 | 小计 | 一般公共预 算 | 政府性基金 预算 | 事业收入 | 其他收入 | 上年结转', '| 本级 | 3,642.80 | 3,420.00 | 3,420.00 | 0 | 0 | 82.80 | 140.00 |\n| 疾控中心 | 5,218.60 | 4,806.30 | 4,406.30 | 400.00 | 312.30 | 0 | 100.00 |'),
    },
  ],
  invalid: [
    {
      why: 'the 合计 is not 基本 + 项目: 69.80 + 0 = 69.80, not 69.20 (2024年预算 is not added)',
      format: 'markdown',
      code: twoLevel('合计 | 2025年预算 基本支出 | 项目支出 | 2024年预 算 | 比上年 增减额 | 增减率 （%）', '| 住房保障支出 | 69.20 | 69.80 | 0 | 72.00 | -2.80 | -3.9 |'),
      errors: [{ message: '表中“住房保障支出”行合计69.20万元，但分项之和为69.80万元（69.80 + 0），相差0.60万元', line: 5, column: 12 }],
    },
    {
      why: 'the income with its 上年结转: 4,806.30 + 312.30 + 0 + 100.00 = 5,218.60, not 5,281.60',
      format: 'markdown',
      code: twoLevel('合计 | 小计 | 一般公共预 算 | 政府性基金 预算 | 事业收入 | 其他收入 | 上年结转', '| 本级 | 3,642.80 | 3,420.00 | 3,420.00 | 0 | 0 | 82.80 | 140.00 |\n| 疾控中心 | 5,281.60 | 4,806.30 | 4,406.30 | 400.00 | 312.30 | 0 | 100.00 |'),
      errors: [{ message: '表中“疾控中心”行合计5,281.60万元，但分项之和为5218.60万元（4806.30 + 312.30 + 0 + 100.00），相差63.00万元', line: 6, column: 10 }],
    },
    {
      why: 'a PDF wraps the 合计 head inside its word (本年收入合 / 计): still the row’s total, 2,106.66 + 6.20 = 2,112.86, not 2,162.86',
      format: 'markdown',
      code: twoLevel('本年收入合 计 | 财政拨款收 入 | 上级补助 收入 | 事业收 入 | 其他收 入', '| 财政事务 | 2,162.86 | 2,106.66 |  |  | 6.20 |'),
      errors: [{ message: '表中“财政事务”行本年收入合计2,162.86万元，但分项之和为2112.86万元（2106.66 + 6.20），相差50.00万元', line: 5, column: 10 }],
    },
    {
      why: 'the same head wrapped at another character (本年支 / 出合计): 1,240.50 + 86.30 = 1,326.80, not 1,362.80',
      format: 'markdown',
      code: twoLevel('本年支 出合计 | 基本支出 | 项目支出', '| 教育支出 | 1,362.80 | 1,240.50 | 86.30 |'),
      errors: [{ message: '表中“教育支出”行本年支出合计1,362.80万元，但分项之和为1326.80万元（1240.50 + 86.30），相差36.00万元', line: 5, column: 10 }],
    },
    {
      why: 'a 总计 head wrapped in its word with a full-width gap (收入总\u3000计): 402.00 + 58.40 = 460.40, not 470.40',
      format: 'markdown',
      code: twoLevel('收入总\u3000计 | 财政拨款收入 | 其他收入', '| 机关本级 | 470.40 | 402.00 | 58.40 |'),
      errors: [{ message: '表中“机关本级”行收入总计470.40万元，但分项之和为460.40万元（402.00 + 58.40），相差10.00万元', line: 5, column: 10 }],
    },
    {
      why: 'a period head wrapped as 2024年 预算 ends the parts there too: 612.40 against 498.10 + 104.30',
      format: 'markdown',
      code: twoLevel('合计 | 基本支出 | 项目支出 | 2024年 预算', '| 一般公共服务支出 | 612.40 | 498.10 | 104.30 | 590.20 |'),
      errors: [{ message: '表中“一般公共服务支出”行合计612.40万元，但分项之和为602.40万元（498.10 + 104.30），相差10.00万元', line: 5, column: 14 }],
    },
  ],
});

// Items set off by 、 alone are one enumeration: a run of it that adds up does not excuse the rest.
ruleTester(rule, {
  valid: [
    {
      why: 'a subset before a split set off by ，: 还本6701 of which 一般债务 6701, then by source 6600 + 101',
      code: '还本支出6701万元，其中：一般债务还本支出6701万元，安排再融资债券资金6600万元，区本级资金101万元。',
    },
    { why: 'one enumeration whose parts fall short of the total, with no 其他 to close it: the list may be partial', code: '全镇共有车辆8辆，其中一般公务用车1辆、执法执勤用车3辆、特种专业技术用车2辆。' },
    { why: 'one enumeration that adds up (1 + 3 + 2 = 6)', code: '截至年底共有车辆6辆，其中一般公务用车1辆、执法执勤用车3辆、其他用车2辆。' },
    { why: 'a subset set off by ；before a split: 重点项目 2, then 优 6 + 良 4 = 10', code: '全年评价项目10个，其中重点项目2个；按等级分，优6个、良4个。' },
  ],
  invalid: [
    {
      why: 'vehicles 5 with 1 + 3 + 2 = 6, though 3 + 2 = 5: one enumeration is one split',
      code: '截至2024年底，镇机关及所属单位共有车辆5辆，其中一般公务用车1辆、执法执勤用车3辆、其他用车2辆。',
      errors: [{ message: '镇机关及所属单位共有车辆合计5辆，但分项之和为6辆（1 + 3 + 2），相差1辆', line: 1, column: 22 }],
    },
    {
      why: 'schools 12 with 1 + 4 + 6 + 2 = 13, though 4 + 6 + 2 = 12',
      code: '本部门预算由局机关和所属12所学校的预算组成，其中：高级中学1所、初级中学4所、小学6所、幼儿园2所。',
      errors: [{ message: '学校合计12所，但分项之和为13所（1 + 4 + 6 + 2），相差1所', line: 1, column: 13 }],
    },
    {
      why: 'staff 20 with 3 + 12 + 8 = 23, though 12 + 8 = 20',
      code: '本单位年末实有在编人员20人，其中行政编制3人、事业编制12人、工勤编制8人。',
      errors: [{ message: '年末实有在编人员合计20人，但其中所列分项之和已达23人（3 + 12 + 8），超出3人', line: 1, column: 12 }],
    },
    {
      why: 'money listed with 、: 采购 300 with 40 + 200 + 100 = 340, though 200 + 100 = 300',
      code: '政府采购预算300.00万元，其中：货物40.00万元、工程200.00万元、服务100.00万元。',
      errors: [{ message: '政府采购预算合计300.00万元，但分项之和为340.00万元（40.00 + 200.00 + 100.00），相差40.00万元', line: 1, column: 7 }],
    },
  ],
});

// 具体情况如下： opens the items of the sentence before only when they are a known partition of it.
ruleTester(rule, {
  valid: [
    {
      why: 'items that detail the sentence before in other ways (收入 and 支出), no partition of either: not its parts',
      code: '2025年收入预算2,000.00万元，支出预算2,000.00万元。具体情况如下：\n\n（一）收入预算2,000.00万元。\n\n（二）支出预算2,000.00万元。',
    },
    {
      why: 'the 三公 items add up (0 + 4.30 + 2.12 = 6.42)',
      code: '2024年度“三公”经费支出决算6.42万元，比年初预算减少0.58万元。具体情况如下：\n\n1. 因公出国（境）费0万元，与上年持平。\n\n2. 公务用车购置及运行维护费4.30万元。\n\n3. 公务接待费2.12万元。',
    },
  ],
  invalid: [
    {
      why: 'numbered 1. 2. 3. items after 具体情况如下：: 0 + 4.30 + 2.22 = 6.52',
      code: '2024年度“三公”经费支出决算6.42万元，比年初预算7.00万元减少0.58万元。具体情况如下：\n\n1. 因公出国（境）费0万元，与上年持平。\n\n2. 公务用车购置及运行维护费4.30万元，比上年增加0.40万元。\n\n3. 公务接待费2.22万元，共接待28批次、236人次。',
      errors: [{ message: '“三公”经费支出决算合计6.42万元，但分项之和为6.52万元（0 + 4.30 + 2.22），相差0.10万元', line: 1, column: 17 }],
    },
    {
      why: '（1）（2）（3） items after 分项情况如下：',
      code: '“三公”经费预算18.60万元。分项情况如下：\n\n（1）因公出国（境）费3.00万元；\n\n（2）公务用车购置及运行维护费10.20万元；\n\n（3）公务接待费4.40万元。',
      errors: [{ message: '“三公”经费预算合计18.60万元，但分项之和为17.60万元（3.00 + 10.20 + 4.40），相差1.00万元', line: 1, column: 9 }],
    },
    {
      why: 'the vehicle items after 明细如下：',
      code: '公务用车购置及运行维护费12.50万元，明细如下：\n\n（1）公务用车购置费0万元；\n\n（2）公务用车运行维护费11.50万元。',
      errors: [{ message: '公务用车购置及运行维护费合计12.50万元，但分项之和为11.50万元（0 + 11.50），相差1.00万元', line: 1, column: 13 }],
    },
  ],
});

// 合计 | 基本支出 over 小计 | 人员经费 | 公用经费 | 项目支出: the columns after the 小计 that add up to it in
// every row but one show what it stands for; that one row's 小计 is wrong.
const basicHead = '单位：万元\n\n| 单位名称 | 合计 | 小计 | 基本支出 人员经费 | 公用经费 | 项目支出 |\n| --- | --- | --- | --- | --- | --- |\n';
const basicRows = (third: string, fourth = '326.40') =>
  basicHead +
  `| 本级 | 3,642.80 | 1,286.40 | 1,058.20 | 228.20 | 2,356.40 |\n| 疾控中心 | 5,218.60 | 3,904.10 | 3,412.60 | 491.50 | 1,314.50 |\n| 监督支队 | 1,406.20 | 1,198.70 | 1,046.30 | ${third} | 207.50 |\n| 中心血站 | 2,966.40 | 2,310.60 | 1,984.20 | ${fourth} | 655.80 |`;
ruleTester(rule, {
  valid: [
    { why: 'every 小计 is 人员 + 公用 and every 合计 is 小计 + 项目', format: 'markdown', code: basicRows('152.40') },
    { why: 'two rows whose 小计 is not 人员 + 公用: what the 小计 stands for is unknown, left unread', format: 'markdown', code: basicRows('125.40', '362.40') },
    {
      why: 'two rows that add up and one that does not: too few to tell what the 小计 stands for',
      format: 'markdown',
      code: basicHead + '| 本级 | 3,642.80 | 1,286.40 | 1,058.20 | 228.20 | 2,356.40 |\n| 疾控中心 | 5,218.60 | 3,904.10 | 3,412.60 | 491.50 | 1,314.50 |\n| 监督支队 | 1,406.20 | 1,198.70 | 1,046.30 | 125.40 | 207.50 |',
    },
  ],
  invalid: [
    {
      why: '监督支队 小计 1,198.70 against 1,046.30 + 125.40 = 1,171.70 (152.40 with digits swapped); its 合计 = 小计 + 项目 holds',
      format: 'markdown',
      code: basicRows('125.40'),
      errors: [{ message: '表中“监督支队”行小计1,198.70万元，但分项之和为1171.70万元（1046.30 + 125.40），相差27.00万元', line: 7, column: 21 }],
    },
    {
      why: 'the 中心血站 row: 2,310.60 against 1,984.20 + 362.40 = 2,346.60',
      format: 'markdown',
      code: basicRows('152.40', '362.40'),
      errors: [{ message: '表中“中心血站”行小计2,310.60万元，但分项之和为2346.60万元（1984.20 + 362.40），相差36.00万元', line: 8, column: 21 }],
    },
    {
      why: 'a 三公 table: 公务用车 小计 over 购置费 and 运行费, one row wrong (a - is nothing; a bare 0 would stand for ±0.5)',
      format: 'markdown',
      code: '| 项目 | 合计 | 因公出国（境）费 | 小计 | 公务用车购置及运行费 购置费 | 运行费 | 公务接待费 |\n| --- | --- | --- | --- | --- | --- | --- |\n| 局机关 | 15.80 | 0 | 11.00 | 0 | 11.00 | 4.80 |\n| 文化馆 | 14.27 | 0 | 10.35 | 0 | 10.35 | 3.92 |\n| 图书馆 | 16.05 | 0 | 11.60 | 0 | 11.60 | 4.45 |\n| 博物馆 | 17.20 | - | 12.40 | - | 12.00 | 4.80 |',
      errors: [{ message: '表中“博物馆”行小计12.40，但分项之和为12.00（12.00），相差0.40', line: 6, column: 21 }],
    },
  ],
});
