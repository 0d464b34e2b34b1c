#!/usr/bin/env python3
"""heldout21 (gen21). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Genres the earlier sets did not cover: a finance bureau's press release summarising a budget (晒账本 news story),
图解预算 infographic text (short fragmented lines, ▲▼ arrows, figures on their own line before or after their label),
分地区转移支付 tables in Markdown, a 中期财政规划 with 2025–2027 columns, an 审计工作报告 on budget execution, a
专项资金 allocation notice, a unit budget pasted as tab-separated tables, and a 社会保险基金预算 pasted as
space-aligned columns. Statements are located by a piece of their text (../heldout-kit/expected_kit.py); every figure
a finding or trap relies on is re-derived here with decimal arithmetic. Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm, half, chg_ok, chg_wrong, growth_ok, yi, balance_off  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)
DEFAULT = DEFAULT_BANDS


# r01: a county finance bureau's press release (晒账本 news story) on the 2025 budget
d, f, t = doc('r01-yunxiu-county-2025-budget-press-release.txt')
t(d.L('来源：云岫融媒'), 'web furniture: 发布时间, 阅读：3,218')
t(d.L('本报讯　1月18日'), '第十九届, 第五次: session numbers')
check(chg_ok('5.1', '0.90', '18.60') and D('18.60') - D('17.70') == D('0.90') and sm('12.40', '6.20') == D('18.60')
      and pct_ok('66.7', '12.40', '18.60'), 'revenue')
t(d.L('记者从县财政局获悉，2024年全县一般公共预算收入完成17.70亿元'),
  '2024年 is last year\'s outturn, not a stale year; 0.90 / 17.70 = 5.08% → 5.1; 12.40 + 6.20 = 18.60; 66.67% → 66.7')
check(sm('18.60', '32.48', '6.50', '2.16', '1.26') == D('61.00'), 'total')
t(d.L('加上上级补助收入32.48亿元'), '18.60 + 32.48 + 6.50 + 2.16 + 1.26 = 61.00 (a total inside a quotation)')
check(chg_ok('12.3', '1.38', '9.80', down=True), 'fund')
t(d.L('政府性基金预算收入安排9.80亿元'), '1.38 / 11.18 = 12.34% → 12.3')
check(pct_ok('79.5', '41.62', '52.36'), 'livelihood')
t(d.L('全县一般公共预算支出安排52.36亿元'), '41.62 / 52.36 = 79.49% → 79.5; 3.8% on an unstated base')
check(pct_wrong('18.3', '9.86', '52.36') and pct('9.86', '52.36') == D('18.8'), 'edu')
check(chg_wrong('7.1', '0.62', '8.74') and pct('0.62', '8.12') == D('7.6'), 'ss')
f(d.L('从重点领域看，教育支出9.86亿元'), 'share', 'must', '教育支出 9.86 / 52.36 = 18.8%, stated 占18.3%')
f(d.L('从重点领域看，教育支出9.86亿元'), 'change', 'must', '社会保障和就业支出 0.62 / (8.74 − 0.62 = 8.12) = 7.6%, stated 增长7.1% '
  '(6.7% on an unstated base, 与上年持平 with no change, 压减至 a new level)')
check(off('28.46', '14.62', '12.26', '1.85') and sm('14.62', '12.26', '1.85') == D('28.73'), 'sanbao')
f(d.L('全县“三保”支出预算安排28.46亿元'), 'sum', 'must', '“三保”支出 28.46, but 14.62 + 12.26 + 1.85 = 28.73 (parts above the total)')
f(d.L('集中办好八个方面的民生实事'), 'count', 'must', '八个方面，即 seven items')
check(chg_ok('4.6', '62', '1286', down=True), 'sangong')
t(d.L('全县“三公”经费预算安排1,286万元'), '62 / 1,348 = 4.60% → 4.6; 压减5% a policy rate with no figures')
check(24 + 9 + 2 + 1 == 36, 'grades')
t(d.L('全县对36个重点项目开展绩效评价'), '24 + 9 + 2 + 1 = 36')
check(D('86.42') < D('92.60'), 'debt')
t(d.L('全县政府债务余额86.42亿元'), '86.42 under 92.60; 5.84 还本付息 with no parts')

# r02: 图解预算 infographic text: figures on their own line, ▲▼ for up and down
d, f, t = doc('r02-qingyue-city-2025-budget-infographic.txt')
t(d.L('来源：青樾市财政局'), 'a date line')
check(chg_ok('6.2', D('58.60') - D('55.18'), '58.60'), 'rev')
t(d.S('比上年\n▲6.2%\n上年执行数\n55.18亿元'.replace('\n', '')), '3.42 / 55.18 = 6.198% → 6.2 (▲ for up)')
check(sm('41.20', '17.40') == D('58.60') and pct_ok('70.3', '41.20', '58.60'), 'tax')
t(d.L('占70.3%'), '41.20 / 58.60 = 70.31% → 70.3; 41.20 + 17.40 = 58.60')
t(d.L('▲4.8%'), 'a rate on an unstated base')
check(pct_ok('17.5', '16.84', '96.42') and pct_ok('9.3', '8.92', '96.42') and pct_ok('12.5', '12.06', '96.42'), 'shares')
t(d.L('占17.5%'), '16.84 / 96.42 = 17.47% → 17.5')
t(d.L('占9.3%'), '8.92 / 96.42 = 9.25% → 9.3')
t(d.L('占12.5%'), '12.06 / 96.42 = 12.51% → 12.5')
check(pct_wrong('15.8', '14.26', '96.42') and pct('14.26', '96.42') == D('14.8'), 'ss share')
f(d.S('社会保障和就业14.26亿元占15.8%'), 'share', 'must', '社会保障和就业 14.26 / 96.42 = 14.8%, stated 占15.8% (the figure and label on the lines before)')
t(d.L('民生支出约占八成'), 'approximate')
check(yi('12000') == D('1.20'), 'reserve')
t(d.L('1.20亿元（12,000万元）'), '1.20亿元 = 12,000万元')
check(chg_wrong('8.6', '2.70', '32.50', down=True) and pct('2.70', '35.20') == D('7.7'), 'fund')
f(d.S('政府性基金预算收入32.50亿元比上年减少2.70亿元▼8.6%'), 'change', 'must', '政府性基金预算收入 2.70 / (32.50 + 2.70 = 35.20) = 7.7%, stated ▼8.6%')
check(pct_ok('14.8', '0.24', D('1.86') - D('0.24')), 'soe')
f(d.S('1.86亿元比上年增加0.24亿元▼14.8%'), 'direction', 'must', '比上年增加0.24亿元 with ▼14.8% (0.24 / 1.62 = 14.8% is a rise)')
check(sm('72.30', '114.10') == D('186.40') and sm('70.80', '127.80') == D('198.60') and D('72.30') > D('70.80'), 'debt')
f(d.S('一般债务余额\n72.30亿元\n一般债务限额\n70.80亿元'.replace('\n', '')), 'debt', 'must',
  '一般债务余额 72.30 above 一般债务限额 70.80 (totals 186.40 under 198.60 and the kinds add up)')
check(sm('120', '1460', '860') == D('2440'), 'sangong')
f(d.S('“三公”经费预算\n2,380万元'.replace('\n', '')), 'sum', 'must', '“三公”经费 2,380, but 120 + 1,460 + 860 = 2,440')
t(d.L('▼5.2%'), 'a rate on an unstated base')

# r03: 分地区转移支付 tables in Markdown
d, f, t = doc('r03-lanchuan-city-2025-transfers-by-region.md')
f(d.L('现将澜川市2024年市对县区转移支付预算安排情况公开如下'), 'year', 'must', '2024年 in the opening under a 2025 title (the tables are 2025)')
check(chg_ok('5.0', '35840', '757620') and pct_ok('64.2', '486320', '757620'), 'total')
check(pct_wrong('28.4', '212460', '757620') and pct('212460', '757620') == D('28.0'), 'share')
check(yi('58840') == D('5.884') and sm('486320', '212460', '58840') == D('757620'), 'special')
f(d.L('2025年市对县区转移支付预算757,620万元'), 'share', 'must', '共同财政事权转移支付 212,460 / 757,620 = 28.0%, stated 占28.4% '
  '(5.0% and 64.2% right; 5.88亿元 = 58,840万元)')
t(d.L('| 东城区 | 42,680 | 18,240'), '42,680 + 18,240 + 5,160 = 66,080')
t(d.L('| 临溪县 | 96,240 | 42,380'), '96,240 + 42,380 + 12,460 = 151,080')
check(off('170260', '108620', '48160', '13840') and sm('108620', '48160', '13840') == D('170620'), 'shimen')
f(d.L('| 石门县 | 108,620 | 48,160'), 'sum', 'must', '石门县 合计 170,260, but 108,620 + 48,160 + 13,840 = 170,620')
check(sm('66080', '59660', '151080', '170260', '175340', '134840') == D('757260'), 'col')
f(d.L('| 合计 | 486,320 | 212,460'), 'sum', 'may', 'the 合计 column adds to 757,260 with 石门县\'s 170,260, stated 757,620 (the same slip seen from the column)')
c = ['30120', '27340', '68480', '77360', '80240', '62480']
b = ['8460', '7620', '18260', '20860', '21640', '16600']
o = ['4100', '3500', '9500', '10400', '10600', '8400']
tt = ['42680', '38460', '96240', '108620', '112480', '87480']
check(all(sm(c[i], b[i], o[i]) == D(tt[i]) for i in range(6)) and sm(*tt) == D('485960') and sm(*c) == D('346020')
      and sm(*b) == D('93440') and sm(*o) == D('46500'), 'table2')
f(d.L('| 合计 | 346,020 | 93,440'), 'sum', 'must', '表2 合计 486,320, but 346,020 + 93,440 + 46,500 = 485,960 (the 合计 column adds to 485,960 too)')
f(d.L('| 合计 | 346,020 | 93,440'), 'sum', 'may', '表2 合计 column: the six regions add to 485,960, stated 486,320 (the same slip seen down the column). '
  'Added after round 1: the line holds two checks that each fail, across and down; round 1 had one finding for it')
f(d.L('| 梅岭县 | 62,480 | 16,600'), 'conflict', 'may', '梅岭县 一般性转移支付 87,480 in 表2, 87,840 in 表1')
t(d.L('| 青峰县 | 80,240 | 21,640'), '80,240 + 21,640 + 10,600 = 112,480, as in 表1')
check(yi('346020').quantize(D('0.01')) == D('34.60'), 'eq')
t(d.L('均衡性转移支付34.60亿元'), '346,020万元 = 34.60亿元; 9.34亿元 (93,440万元) 增长3.6% on an unstated base')
t(d.L('县（区）收到资金后应在30日内分解下达'), '30日 a time limit')

# r04: 中期财政规划 with 2024 outturn and 2025–2027 columns
d, f, t = doc('r04-hongchuan-county-2025-2027-medium-term-plan.md')
check(chg_ok('4.9', '1.20', '25.80') and chg_ok('5.0', '1.30', '27.10'), 'growth')
check(chg_wrong('5.5', '1.35', '28.45') and pct('1.35', '27.10') == D('5.0'), '2027')
cagr = (D('28.45') / D('24.60')) ** (D(1) / 3) * 100 - 100
check(D('4.95') <= cagr < D('5.1'), 'cagr')
f(d.L('预计2027年达到28.45亿元'), 'change', 'must', '2027: 1.35 / 27.10 = 5.0%, stated 比2026年的27.10亿元增长5.5% '
  '(4.9% and 5.0% right; 年均增长5.0% compound: (28.45 / 24.60)^(1/3) − 1 = 4.97%)')
check(off('27.10', '18.95', '8.45') and sm('18.95', '8.45') == D('27.40'), 'tax2026')
f(d.S('| 一般公共预算收入 | 24.60 | 25.80 | 27.10 | 28.45 |\n| 其中：税收收入 | 16.80 | 17.70 | 18.95 | 19.65 |'.replace('\n', '')),
  'sum', 'must', '2026: 一般公共预算收入 27.10, but 税收收入 18.95 + 非税收入 8.45 = 27.40 (the other years add up)')
check(all(sm(a, b_) == D(c_) for a, b_, c_ in [('24.60', '38.20', '62.80'), ('25.80', '38.60', '64.40'), ('27.10', '39.00', '66.10'), ('28.45', '39.40', '67.85')]), 'inc')
t(d.L('| 收入合计 | 62.80'), '收入合计 = 一般公共预算收入 + 上级补助收入 (其中 rows are inside the first)')
check(all(sm(a, b_) == D(c_) for a, b_, c_ in [('60.40', '2.40', '62.80'), ('61.80', '2.60', '64.40'), ('63.30', '2.80', '66.10'), ('64.85', '3.00', '67.85')]), 'exp')
t(d.L('| 支出合计 | 62.80'), '支出合计 = 一般公共预算支出 + 债务还本支出; 其中 rows partial')
t(d.L('| 其中：教育支出 | 11.20'), 'a partial 其中 list')
check(pct_ok('16.8', '10.90', '64.85') and all(pct(a, b_) >= D('18.5') for a, b_ in [('11.20', '60.40'), ('11.60', '61.80'), ('12.00', '63.30'), ('12.45', '64.85')]), 'shares')
t(d.L('规划期内教育支出占一般公共预算支出的比重保持在18.5%以上'), '18.5%以上 a threshold (18.5–19.2% in the table); 10.90 / 64.85 = 16.81% → 16.8')
f(d.L('规划期内重点保障五个方面支出'), 'count', 'must', '五个方面 with 一是…四是 (four)')
check(D('146.30') > D('145.00') and sm('56.40', '86.20') == D('142.60') and D('142.60') < D('148.00'), 'debt')
f(d.L('2026年末政府债务余额预计146.30亿元'), 'debt', 'must', '2026年末余额 146.30 above 限额 145.00 (控制在…以内); 2027: 56.40 + 86.20 = 142.60 under 148.00')
f(d.L('## 五、保障措施'), 'heading', 'must', '一、二、三、 then 五、 (四、 missing)')

# r05: an 审计工作报告 on budget execution, read to the standing committee
d, f, t = doc('r05-quanling-county-2024-audit-work-report.txt')
t(d.L('——2025年8月27日在泉岭县第十八届'), 'session numbers')
check(D('58.64') - D('57.92') == D('0.72') and balance_off('1.28', '21.36', '20.18') and D('21.36') - D('20.18') == D('1.18')
      and D('0.86') - D('0.52') == D('0.34'), 'balance')
f(d.L('县级决算草案反映'), 'sum', 'must', '政府性基金 收入总计 21.36 − 支出总计 20.18 = 1.18, stated 结转下年1.28 (一般公共预算 0.72 and 国资 0.34 right)')
check(pct_wrong('112.6', '52.18', '46.80') and pct('52.18', '46.80') == D('111.5'), 'ratio')
f(d.L('决算数为年初预算的112.6%'), 'change', 'must', '52.18 / 46.80 = 111.5%, stated 为年初预算的112.6%')
t(d.L('年初预算安排的18个项目中'), '7 of 18 projects, 50% a threshold')
check(off('2864.20', '1926.40', '624.80', '323.00') and sm('1926.40', '624.80', '323.00') == D('2874.20'), 'units')
f(d.L('县自然资源局等3个单位应缴未缴非税收入'), 'sum', 'must', '2,864.20, but 1,926.40 + 624.80 + 323.00 = 2,874.20 (three units named, as said)')
t(d.L('有1.46亿元结转两年以上的资金'), 'a lone amount')
f(d.L('发现以下三方面问题'), 'count', 'must', '三方面问题 with 一是…四是 (four); 等5个部门 with four names and 等 is open')
check(chg_ok('9.4', D('2.68') - D('2.45'), '2.68') and pct_ok('50.7', '1.36', '2.68'), 'rural')
t(d.L('2024年全县共投入乡村振兴衔接资金2.68亿元'), '0.23 / 2.45 = 9.39% → 9.4; 1.36 / 2.68 = 50.75% → 50.7; 4个项目 alone')
check(sm('38.62', '57.86') == D('96.48'), 'debt')
t(d.L('全县政府债务余额96.48亿元'), '38.62 + 57.86 = 96.48; 2个 projects, 1.86亿元')
check(sm('0.96', '1.42', '0.46') == D('2.84'), 'fix')
t(d.L('对2023年度审计发现问题的整改情况'), '2023年度 the audit before (not a stale year); 0.96 + 1.42 + 0.46 = 2.84; 4件')
t(d.L('（三）强化债务风险防控'), '（一）（二）（三） restart under 六、')

# r06: a 专项资金 allocation notice with a project table
d, f, t = doc('r06-lanxi-county-2024-rural-industry-fund-allocation.md')
t(d.L('（岚财农〔2023〕12号）'), 'a document number')
check(chg_ok('10.0', '260', '2860') and D('2860') - D('2846.50') == D('13.50'), 'total')
t(d.L('专项资金预算安排2,860万元'), '260 / 2,600 = 10.0%; 2,860 − 2,846.50 = 13.50; 12 projects, 12 rows')
v = ['286.00', '342.50', '418.00', '196.00', '264.00', '408.00', '152.00', '226.00', '147.00', '118.00', '132.00', '130.00']
check(off('2846.50', *v) and sm(*v) == D('2819.50'), 'table')
f(d.L('|  | 合计 |  |  | 2,846.50 |'), 'sum', 'must', '合计 2,846.50, but the twelve rows add to 2,819.50 (row 9: 147.00 where the text\'s 592.00 for 冷链物流 needs 174.00)')
check(sm('418.00', '147.00') == D('565.00'), 'cold')
check(sm('342.50', '196.00', '132.00', '130.00') == D('800.50') and sm('286.00', '264.00', '152.00') == D('702.00')
      and pct_ok('28.1', '800.50', '2846.50') and pct_ok('24.7', '702.00', '2846.50'), 'dirs')
check(pct_wrong('22.8', '592.00', '2846.50') and pct('592.00', '2846.50') == D('20.8'), 'share')
f(d.L('按支持方向分'), 'share', 'must', '冷链物流 592.00 / 2,846.50 = 20.8%, stated 占22.8% (28.1% and 24.7% right; 4 + 3 + 2 + 1 + 1 + 1 = 12)')
f(d.L('按支持方向分'), 'sum', 'may', '冷链物流2个项目592.00万元, but the table\'s 冷链物流 rows add to 418.00 + 147.00 = 565.00')
check(band('87.5', DEFAULT) == '良', 'grade')
f(d.L('2023年度该专项资金绩效评价得分87.5分'), 'grade', 'must', '87.5 is 良 [80,90), called 优; 约1,200户 and 3,000元左右 approximate')
check(D('2846.50') * D('0.6') == D('1707.900') and D('2846.50') * D('0.4') == D('1138.600'), 'split')
f(d.L('资金分两批拨付'), 'share', 'must', '40% of 2,846.50 is 1,138.60, stated 剩余40%即1,183.60万元 (60% = 1,707.90 right; 1,707.90 + 1,183.60 = 2,891.50)')
t(d.L('公示期为2024年5月10日至5月16日'), '5个工作日 over seven days; a phone number')

# r07: a unit budget pasted as tab-separated tables
d, f, t = doc('r07-zhexi-county-cdc-2025-unit-budget.txt')
f(d.L('内设科室8个'), 'count', 'must', '内设科室8个 with seven names; 46 and 44 staff')
f(d.L('柘溪县疾病预防控制中心2024年单位预算收支总表'), 'year', 'must', 'a table title with 2024年 under a 2025 document')
check(sm('1486.20', '468.00', '117.00') == D('2071.20') and sm('1862.40', '126.30', '82.50') == D('2071.20'), 'totals')
t(d.L('本年收入合计\t2,071.20'), 'both sides add up (an empty 政府性基金 cell)')
check(chg_ok('8.2', '156.80', '2071.20') and chg_ok('7.1', '36.00', '468.00', down=True), 'changes')
check(chg_wrong('16.4', '198.40', '1486.20') and pct('198.40', '1287.80') == D('15.4'), 'gp')
f(d.L('2025年本单位收入预算2,071.20万元'), 'change', 'must', '一般公共预算拨款收入 198.40 / (1,486.20 − 198.40 = 1,287.80) = 15.4%, stated 增长16.4% '
  '(8.2% and 7.1% right)')
check(pct_ok('67.3', '1393.40', '2071.20') and pct_ok('32.7', '677.80', '2071.20') and sm('1393.40', '677.80') == D('2071.20'), 'shares')
t(d.L('2025年本单位支出预算2,071.20万元'), '67.275% → 67.3; 32.725% → 32.7')
check(sm('1184.60', '677.80') == D('1862.40') and sm('1058.40', '677.80') == D('1736.20') and sm('1058.40', '90.20') == D('1148.60'), 'rows')
t(d.L('2100401\t'), '1,058.40 + 90.20 = 1,148.60')
check(D('587.60') != D('578.60') and sm('90.20', '578.60') == D('668.80'), 'slip')
f(d.L('2100409\t'), 'sum', 'must', '重大公共卫生服务 合计 587.60, its only part 项目支出 578.60 (1,148.60 + 587.60 = 1,736.20 fits 587.60)')
f(d.L('21004\t'), 'sum', 'may', '公共卫生 项目支出 677.80, but 90.20 + 578.60 = 668.80 (the same slip from the column)')
t(d.L('210\t卫生健康支出'), '1,184.60 + 677.80 = 1,862.40 = 1,736.20 + 126.20')
t(d.L('\t合计\t2,071.20\t1,393.40'), '1,393.40 + 677.80 = 2,071.20; 1,184.60 + 126.30 + 82.50 = 1,393.40')
check(sm('12.40', '5.20') < D('18.60'), 'sangong')
t(d.L('2025年“三公”经费预算18.60万元'), '12.40 + 5.20 = 17.60 below 18.60: 因公出国（境）费 not stated, so the list may be partial')
t(d.L('本单位共有车辆5辆'), '3 + 2 = 5')

# r08: a 社会保险基金预算 pasted as space-aligned columns
d, f, t = doc('r08-qingyi-county-2025-social-insurance-fund-budget.txt')
check(growth_ok('4.5', '186420', '194860') and growth_ok('6.2', '172680', '183460') and D('194860') - D('183460') == D('11400')
      and yi('139860').quantize(D('0.01')) == D('13.99') and yi('62480').quantize(D('0.01')) == D('6.25')
      and pct_ok('55.5', '108240', '194860') and D('70860') - D('68240') == D('2620'), 'text')
t(d.L('2025年全县社会保险基金收入预算194,860万元'), '4.5%, 6.2%, 11,400, 13.99亿元 = 139,860万元, 6.25亿元 = 62,480万元, 55.5%, 2,620: all right')
f(d.L('城乡居民基本养老保险基金支出24,680万元'), 'conflict', 'must', '城乡居民基本养老保险 支出 24,680 in the text, 24,860 in the table by kind')
check(all(growth_ok(r, a, b_) for r, a, b_ in [('4.5', '186420', '194860'), ('5.7', '102360', '108240'), ('3.5', '2860', '2960'),
                                              ('-1.2', '12960', '12800'), ('6.2', '172680', '183460'), ('6.3', '168420', '179060'),
                                              ('3.3', '4260', '4400'), ('8.9', '128460', '139860')]), 'growths')
check(sm('102360', '68240', '2860', '12960') == D('186420') and sm('108240', '70860', '2960', '12800') == D('194860'), 'inc')
t(d.L('一、社会保险基金收入 '), 'both years add up; 4.5 right')
t(d.L('  其中：保险费收入'), '5.7 right')
check(not growth_ok('4.8', '68240', '70860') and growth_ok('3.8', '68240', '70860'), 'subsidy')
f(d.L('        财政补贴收入'), 'change', 'must', '财政补贴收入 70,860 / 68,240 − 1 = 3.8%, the 增长% column says 4.8')
t(d.L('        其他收入'), '12,800 / 12,960 − 1 = −1.2%')
check(sm('168420', '4260') == D('172680') and sm('179060', '4400') == D('183460'), 'exp')
t(d.L('二、社会保险基金支出 '), 'both years add up')
check(balance_off('11040', '194860', '183460') and D('186420') - D('172680') == D('13740') and growth_ok('-19.7', '13740', '11040'), 'bal')
f(d.L('三、本年收支结余'), 'sum', 'must', '2025: 194,860 − 183,460 = 11,400, the row says 11,040 (2024: 13,740 right; −19.7 fits 11,040)')
f(d.L('三、本年收支结余'), 'conflict', 'may', '本年收支结余 11,040 here, 11,400 in the text and in the table by kind')
check(D('128460') + D('11040') != D('139860') and D('128460') + D('11400') == D('139860'), 'roll')
f(d.L('四、年末滚存结余'), 'sum', 'may', '128,460 + 11,040 = 139,500, stated 139,860 (fits the 11,400 the rest of the document gives)')
rows = [('62480', '60260', '2220', '36840'), ('28460', '24860', '3600', '32180'), ('46280', '45960', '320', '9860'),
        ('38620', '36440', '2180', '28460'), ('15460', '12840', '2620', '26540'), ('1960', '1680', '280', '2460'), ('1600', '1420', '180', '1720')]
check(all(D(a) - D(b_) == D(c_) for a, b_, c_, _ in rows) and sm(*[r[0] for r in rows]) == D('194860')
      and sm(*[r[1] for r in rows]) == D('183460') and sm(*[r[2] for r in rows]) == D('11400') and sm(*[r[3] for r in rows]) == D('138060'), 'kinds')
f(d.L('合计                           194,860'), 'sum', 'must', '年末滚存结余 合计 139,860, but the seven kinds add to 138,060 (企业职工 36,840; '
  'income, spending and 本年结余 columns add up)')
t(d.L('企业职工基本养老保险            62,480'), '62,480 − 60,260 = 2,220')
t(d.L('城乡居民基本养老保险            28,460'), '28,460 − 24,860 = 3,600')
t(d.L('2025年机关事业单位养老保险基金收支基本平衡'), '当年结余320万元 as in the table; 基本平衡 a word')

write('heldout21 (gen21): eight invented documents in genres the earlier sets did not cover: a budget press release, '
      '图解预算 infographic text, 分地区转移支付 Markdown tables, a 2025–2027 中期财政规划, an 审计工作报告, a 专项资金 allocation '
      'notice, a unit budget in tab-separated tables and a 社会保险基金预算 in space-aligned columns; written blind',
      trim_traps=True)
