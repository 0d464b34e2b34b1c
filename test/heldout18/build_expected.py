#!/usr/bin/env python3
"""heldout18 (gen18). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Department budgets and final accounts (部门预算 / 部门决算公开) in the templates of provinces other than Shanghai and
Jiangsu: Beijing (收支总体情况, 财政拨款收支, 一般公共预算财政拨款支出 by 功能分类 and 经济分类, 政府购买服务, 绩效),
Zhejiang, Guangdong (收支预算表 in 元 beside a text in 万元), Sichuan, Hubei, Shandong, Henan, Yunnan, Hunan:
预算数 / 决算数 / 完成年初预算的% columns, 比上年预算 / 比上年决算 / 比年初预算, 机关运行经费, 三公经费 with its
parts and counts (批次, 人次, 辆), 政府采购 货物 / 工程 / 服务 and 中小企业 shares, 国有资产占用 (车辆 by kind,
单价50万元以上设备), 项目支出绩效目标 (indicator counts) and 绩效自评 grades. Statements are located by a piece
of their text (see ../heldout-kit/expected_kit.py); every figure a finding or trap relies on is re-derived here
with decimal arithmetic. Wrapped lines that hold both a finding and a trap are left to the finding
(write(trim_traps=True)). Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)


DEFAULT = DEFAULT_BANDS


def chg_ok(rate, delta, current, down=False):
    """A stated rate of change against delta / (current ∓ delta)."""
    prior = D(current) + D(delta) if down else D(current) - D(delta)
    return pct_ok(rate, delta, prior)


def chg_wrong(rate, delta, current, down=False):
    return not chg_ok(rate, delta, current, down)


# p01: Beijing district bureau 部门预算 2025, Markdown, 万元
d, f, t = doc('p01-chaobai-district-landscaping-bureau-2025-dept-budget.md')
t(d.L('区园林绿化局内设科室7个'), '7个 with seven names')
t(d.L('所属事业单位3个'), '3个 with three names')
check(sm('35210.30', '2416.20', '600.00', '200.00') == D('38426.50'), 'income')
t(d.L('2025年本部门收入预算38,426.50万元'), '35,210.30 + 2,416.20 + 600.00 + 200.00 = 38,426.50')
check(sm('9864.72', '28561.78') == D('38426.50'), 'spending')
t(d.L('支出预算38,426.50万元'), '9,864.72 + 28,561.78 = 38,426.50')
check(sm('35210.30', '2416.20') == D('37626.50') and chg_wrong('6.8', '2318.40', '37626.50') and pct('2318.40', '35308.10') == D('6.6'), 'fiscal')
f(d.L('2025年财政拨款收支预算37,626.50万元'), 'change', 'must', '2,318.40 / (37,626.50 - 2,318.40 = 35,308.10) = 6.6%, stated 增长6.8%')
check(chg_ok('2.9', '1046.70', '35210.30', down=True), 'gp')
t(d.L('2025年一般公共预算财政拨款支出35,210.30万元'), '1,046.70 / 36,257.00 = 2.9%')
rows = ['2864.30', '18652.40', '6420.00', '5549.80']
check(sm(*rows) == D('33486.50') and sm('33486.50', '1023.60', '318.40', '381.80') == D('35210.30'), 'table')
t(d.L('| 213 |') + d.L('| 21302 |') + d.L('| 2130201 |') + d.L('| 2130205 |') + d.L('| 2130209 |') + d.L('| 2130234 |') + d.L('| 208 |')
  + d.L('| 210 |') + d.L('| 221 |') + d.L('| 合计 |'), '类 = its 款 = its 项; 合计 = the 类 rows (codes nest: 213 ⊃ 21302 ⊃ 2130201…)')
check(pct_ok('95.1', '33486.50', '35210.30'), 'share')
t(d.L('按功能分类，农林水支出33,486.50万元'), '33,486.50 / 35,210.30 = 95.1%')
check(off('9264.72', '7918.36', '1436.36') and sm('7918.36', '1436.36') == D('9354.72'), 'basic')
f(d.L('2025年一般公共预算财政拨款基本支出9,264.72万元'), 'sum', 'must', '基本支出 9,264.72, but 人员经费 7,918.36 + 公用经费 1,436.36 = 9,354.72 '
  '(the all-funds 基本支出 9,864.72 is another scope)')
check(sm('20.00', '118.60', '29.80') == D('168.40') and sm('36.00', '82.60') == D('118.60') and chg_ok('7.0', '12.60', '168.40', down=True), 'sangong')
t(d.L('2025年“三公”经费财政拨款预算168.40万元'), '20.00 + 118.60 + 29.80 = 168.40 with a nested 36.00 + 82.60 = 118.60; 12.60 / 181.00 = 7.0%')
check(chg_ok('9.7', '3.20', '29.80', down=True), 'reception')
t(d.L('因公出国（境）费预算主要用于1个团组'), '3.20 / 33.00 = 9.7%; counts 1个团组2人次, 2辆')
check(chg_ok('6.5', '86.40', '1236.36', down=True), 'running')
t(d.L('2025年本部门机关运行经费预算1,236.36万元'), '86.40 / 1,322.76 = 6.5%')
check(sm('862.30', '2640.00', '1360.00') == D('4862.30'), 'procurement')
t(d.L('2025年本部门政府采购预算总额4,862.30万元'), '862.30 + 2,640.00 + 1,360.00 = 4,862.30')
check(1 + 3 + 12 + 8 + 2 == 26, 'cars')
t(d.L('本部门共有车辆26辆'), '1 + 3 + 12 + 8 + 2 = 26; 单价50万元（含）以上 thresholds')
f(d.L('### 十、项目支出绩效目标情况'), 'heading', 'must', '八、 then 十、 (九、 missing)')
t(d.L('2025年本部门实行绩效目标管理的项目12个'), '12个 with no list; 28,561.78 = 项目支出')

# p02: Zhejiang county bureau 部门决算 2024, wrapped text with page footers and running heads, 万元
d, f, t = doc('p02-qingxi-county-education-bureau-2024-dept-final-accounts.txt')
t(d.S('二级预算单位共28家'), '28 = 1 + 27')
check(chg_ok('7.0', '8216.40', '126384.52'), 'totals')
t(d.S('2024年度收入总计126,384.52万元'), '8,216.40 / 118,168.12 = 7.0%')
check(chg_ok('6.2', '6904.18', '118642.30') and chg_ok('6.5', '7312.26', '120486.90'), 'year')
t(d.S('本年收入合计118,642.30万元，比上年决算增加'), '6,904.18 / 111,738.12 = 6.2%; 7,312.26 / 113,174.64 = 6.5%')
check(sm('109864.20', '6418.60', '2359.50') == D('118642.30') and pct_ok('92.6', '109864.20', '118642.30') and pct_ok('5.4', '6418.60', '118642.30')
      and pct_ok('2.0', '2359.50', '118642.30'), 'income')
t(d.S('其中：财政拨款收入109,864.20万元，占92.6%'), 'parts add up; 92.6%, 5.4%, 2.0% (1.99 rounded)')
check(sm('86340.52', '34146.38') == D('120486.90') and pct_ok('71.7', '86340.52', '120486.90') and pct_wrong('29.3', '34146.38', '120486.90')
      and pct('34146.38', '120486.90') == D('28.3'), 'spending')
f(d.S('项目支出34,146.38万元，占29.3%'), 'share', 'must', '34,146.38 / 120,486.90 = 28.3%, stated 29.3% (71.7% right)')
check(sm('2442.54', '109864.20') == D('112306.74') and sm('110215.36', '2091.38') == D('112306.74'), 'fiscal')
t(d.S('2024年度财政拨款收入总计112,306.74万元'), '2,442.54 + 109,864.20 = 112,306.74 = 110,215.36 + 2,091.38')
check(pct_ok('90.4', '108936.42', '120486.90') and chg_ok('5.7', '5836.20', '108936.42'), 'gp')
t(d.S('（一）总体情况。2024年度一般公共预算财政拨款支出108,936.42万元'), '90.4%; 5,836.20 / 103,100.22 = 5.7%')
parts = ['101248.36', '4862.40', '1386.26', '1439.40']
check(sm(*parts) == D('108936.42') and all(pct_ok(r, p, '108936.42') for r, p in zip(['92.9', '4.5', '1.3', '1.3'], parts)), 'structure')
t(d.S('（二）结构情况。'), 'parts add up to 108,936.42; 92.9%, 4.5%, 1.3%, 1.3%')
check(pct_ok('104.2', '44126.38', '42360.00'), 'primary')
t(d.S('1.教育支出（类）普通教育（款）小学教育（项）'), '44,126.38 / 42,360.00 = 104.2%')
check(pct_wrong('96.4', '27318.62', '28640.00') and pct('27318.62', '28640.00') == D('95.4'), 'junior')
f(d.S('支出决算为27,318.62万元，完成年初预算的96.4%'), 'change', 'must', '27,318.62 / 28,640.00 = 95.4%, stated 完成年初预算的96.4%')
check(pct_ok('102.1', '6412.80', '6280.00'), 'vocational')
t(d.S('3.教育支出（类）职业教育（款）'), '6,412.80 / 6,280.00 = 102.1%')
check(D('3620.00') - D('3584.40') == D('35.60') and pct_ok('99.0', '3584.40', '3620.00'), 'pension')
t(d.S('4.社会保障和就业支出（类）'), '3,620.00 - 3,584.40 = 35.60; 99.0%')
check(sm('76208.46', '6207.84') == D('82416.30'), 'basic')
t(d.S('2024年度一般公共预算财政拨款基本支出82,416.30万元'), '76,208.46 + 6,207.84 = 82,416.30; 等 lists of items with no figures')
f(d.S('比上年决算减少5.36万元，增长10.3%'), 'direction', 'must', '减少5.36万元 with 增长10.3% (5.36 / 52.18 = 10.3% is a fall)')
check(sm('0', '38.26', '8.56') == D('46.82'), 'sangong')
t(d.S('其中：因公出国（境）费0万元；公务用车购置及运行维护费38.26万元'), '0 + 38.26 + 8.56 = 46.82; 0 + 38.26; 42批次、326人次')
check(0 + 1 + 2 + 58 + 4 == 65, 'cars')
f(d.S('本部门共有车辆64辆'), 'sum', 'must', '车辆64辆, but 0 + 1 + 2 + 58 + 4 = 65')
check(chg_ok('6.9', '28.64', '386.42', down=True), 'running')
t(d.S('2024年度本部门机关运行经费支出386.42万元'), '28.64 / 415.06 = 6.9%')
check(sm('4862.14', '5216.80', '2605.42') == D('12684.36') and pct_ok('85.5', '10846.20', '12684.36') and pct_ok('79.5', '8624.30', '10846.20'), 'procurement')
t(d.S('2024年度本部门政府采购支出总额12,684.36万元'), 'parts add up; 85.5% of the total, 79.5% of the 中小企业 amount (a nested base)')

# p03: Guangdong city bureau 部门预算 2025, Word; text in 万元, tables in 元
d, f, t = doc('p03-shaoling-city-market-regulation-2025-dept-budget.docx')
check(sm('20318.62', '1126.73', '401.00') == D('21846.35') and chg_ok('6.0', '1236.48', '21846.35'), 'income')
t(d.L('2025年本部门收入预算总额为21,846.35万元'), 'parts add up; 1,236.48 / 20,609.87 = 6.0%')
check(sm('203186200', '11267300', '4010000') == D('218463500') and D('203186200') / 10000 == D('20318.62'), 'income table')
t(d.L('| 财政拨款收入 | 203,186,200.00') + d.L('| 事业收入 | 11,267,300.00') + d.L('| 其他收入 | 4,010,000.00') + d.L('| 收入合计 |'),
  'a table in 元: 218,463,500 元 = 21,846.35万元, each row equal to the text in 万元')
check(sm('13648.20', '8198.15') == D('21846.35') and pct_ok('62.5', '13648.20', '21846.35') and pct_ok('37.5', '8198.15', '21846.35'), 'spending')
t(d.L('2025年本部门支出预算总额为21,846.35万元'), '13,648.20 + 8,198.15 = 21,846.35; 62.5%, 37.5%')
check(sm('106017000', '76481500') == D('182498500') and sm('6384200', '5500000') == D('11884200') and off('11848200', '6384200', '5500000'), 'rows')
t(d.L('| 一般公共服务支出 | 182,498,500.00') + d.L('| 社会保障和就业支出 | 14,216,800.00') + d.L('| 住房保障支出 | 9,864,000.00'), 'rows add up (元)')
f(d.L('| 卫生健康支出 | 11,848,200.00'), 'sum', 'must', '卫生健康支出 合计 11,848,200 元, but 6,384,200 + 5,500,000 = 11,884,200')
check(off('218463500', '182498500', '14216800', '11848200', '9864000') and sm('106017000', '14216800', '6384200', '9864000') == D('136482000')
      and sm('76481500', '5500000') == D('81981500') and D('136482000') / 10000 == D('13648.20'), 'columns')
f(d.L('| 合计 | 218,463,500.00'), 'sum', 'may', 'the 合计 column with 11,848,200 adds to 218,427,500 against 218,463,500: the same slip from the column '
  '(基本支出 and 项目支出 columns add up, and equal the text in 万元)')
check(sm('16842.30', '1421.68', '1068.42', '986.22') == D('20318.62'), 'fiscal')
t(d.L('2025年财政拨款收支预算20,318.62万元'), '16,842.30 + 1,421.68 + 1,068.42 + 986.22 = 20,318.62: 财政拨款 by function, not the all-funds table rows')
check(sm('0', '986000', '300000') == D('1286000') and chg_ok('10.3', '148000', '1286000', down=True), 'sangong')
t(d.L('2025年“三公”经费预算数为1,286,000.00元'), '0 + 986,000 + 300,000 = 1,286,000 元; 148,000 / 1,434,000 = 10.3%')
check(chg_wrong('4.4', '42.16', '1036.48') and pct('42.16', '994.32') == D('4.2'), 'running')
f(d.L('2025年本部门机关运行经费预算1,036.48万元'), 'change', 'must', '42.16 / (1,036.48 - 42.16 = 994.32) = 4.2%, stated 4.4%')
check(D('8189.15') != D('8198.15') and D('81981500') / 10000 == D('8198.15'), 'project')
f(d.L('2025年本部门安排项目支出8,189.15万元'), 'conflict', 'must', '项目支出 8,189.15 here, 8,198.15 in （二） and 81,981,500 元 in 表2')
f(d.L('本部门重点项目包括以下5个'), 'count', 'must', '5个 with four names')
check(sm('1186.80', '260.00', '1800.00') == D('3246.80'), 'procurement')
t(d.L('2025年本部门政府采购预算3,246.80万元'), '1,186.80 + 260.00 + 1,800.00 = 3,246.80')
check(36 + 4 + 2 == 42, 'cars')
t(d.L('本部门共有车辆42辆'), '36 + 4 + 2 = 42')

# p04: Sichuan county bureau 部门决算 2024, PDF from Word, 万元
d, f, t = doc('p04-minjiang-county-agriculture-bureau-2024-final-accounts.pdf')
check(chg_ok('6.1', '412.36', '7186.42'), 'totals')
t(d.L('2024年度收入总计7,186.42万元'), '412.36 / 6,774.06 = 6.1%')
check(pct_ok('93.7', '5834.78', '6226.60'), 'gp')
t(d.L('2024年度一般公共预算财政拨款支出5,834.78万元'), '5,834.78 / 6,226.60 = 93.7%')
rows = [('行政运行', '1286.40', '1312.56', '102.0'), ('事业运行', '864.20', '858.42', '99.3'), ('农村合作经济', '420.00', '386.40', '92.0'),
        ('对高校毕业生到基层任职补助', '36.00', '28.80', '80.0')]
for name, b, a, r in rows:
    check(pct_ok(r, a, b), name)
check(sm('1286.40', '864.20', '3620.00', '420.00', '36.00') == D('6226.60') and sm('1312.56', '858.42', '3248.60', '386.40', '28.80') == D('5834.78'), 'columns')
t(sum((d.L('| %s |' % r[0]) for r in rows), []) + d.L('| 合计 | 6,226.60'), 'rates above and below 100% right; columns add up, 93.7%')
check(pct_wrong('98.7', '3248.60', '3620.00') and pct('3248.60', '3620.00') == D('89.7'), 'production')
f(d.L('| 农业生产发展 |'), 'change', 'must', '3,248.60 / 3,620.00 = 89.7%, stated 完成率 98.7%')
f(d.L('主要有三个方面原因'), 'count', 'must', '三个方面, then 一是 … 二是 (two)')
check(sm('1312.56', '858.42') == D('2170.98'), 'basic')
t(d.L('2024年度一般公共预算财政拨款基本支出2,170.98万元'), '= 行政运行 + 事业运行 of 表1')
check(sm('1642.18', '222.14') == D('1864.32') and sm('286.46', '20.20') == D('306.66') and sm('1864.32', '306.66') == D('2170.98'), 'economic')
t(d.L('| 人员经费 |') + d.L('| 其中：工资福利支出 |') + d.L('| 对个人和家庭的补助 |') + d.L('| 公用经费 |') + d.L('| 其中：商品和服务支出 |')
  + d.L('| 资本性支出 |') + d.L('| 合计 | 2,170.98'), 'a 其中 row and its sibling under each of 人员经费 and 公用经费; 合计 = 人员 + 公用')
check(sm('12.46', '3.54') == D('16.00') and pct_ok('77.9', '12.46', '16.00') and sm('0', '0', '9.20', '3.26') == D('12.46'), 'sangong')
t(d.L('2024年度“三公”经费财政拨款支出决算12.46万元'), 'against the 年初预算 16.00: 77.9%; 0 + 0 + 9.20 + 3.26 = 12.46; 4辆, 11批次、86人次')
check(chg_wrong('8.5', '18.30', '216.42', down=True) and pct('18.30', '234.72') == D('7.8'), 'running')
f(d.L('2024年度本部门机关运行经费支出216.42万元'), 'change', 'must', '18.30 / (216.42 + 18.30 = 234.72) = 7.8%, stated 下降8.5%')
check(sm('286.30', '0', '200.00') == D('486.30'), 'procurement')
t(d.L('2024年度政府采购支出总额486.30万元'), '286.30 + 0 + 200.00 = 486.30; 100%')
check(2 + 3 + 1 == 6, 'cars')
t(d.L('本部门共有车辆6辆'), '2 + 3 + 1 = 6')

# p05: Hubei city bureau 部门决算 2024, Markdown, 万元
d, f, t = doc('p05-qingjiang-city-transport-bureau-2024-final-accounts.md')
check(chg_ok('6.2', '1236.40', '18642.36', down=True), 'totals')
t(d.L('2024年度收入总计18,642.36万元'), '1,236.40 / 19,878.76 = 6.2%')
check(sm('14216.48', '1086.32', '624.16') == D('15926.96') and sm('16284.50', '2357.86') == D('18642.36') and sm('15926.96', '2715.40') == D('18642.36')
      and sm('15862.30', '422.20') == D('16284.50'), 'table')
t(d.L('| 一、财政拨款收入 |') + d.L('| 二、其他收入 |') + d.L('三、住房保障支出 |') + d.L('| 本年收入合计 |') + d.L('| 年初结转和结余 |') + d.L('| 收入总计 |'),
  'a two-sided 收入支出决算总表: each side adds up on its own')
check(pct_ok('97.4', '15862.30', '16284.50') and pct_ok('2.6', '422.20', '16284.50'), 'income')
t(d.L('本年收入合计16,284.50万元'), '97.4%, 2.6%')
check(sm('4862.34', '11064.62') == D('15926.96'), 'spending')
t(d.L('本年支出合计15,926.96万元'), '4,862.34 + 11,064.62 = 15,926.96')
check(pct_ok('85.9', '38.64', '45.00') and chg_ok('15.0', '6.82', '38.64', down=True) and sm('0', '29.46', '9.18') == D('38.64'), 'sangong')
check(sm('0', '4.12', '2.86') == D('6.98') and D('6.98') - D('6.82') > D('0.02'), 'change sum')
f(d.L('（二）具体情况。') + d.L('（一）总体情况。'), 'change-sum', 'must', '三公 减少6.82, but its parts fell 0 (持平) + 4.12 + 2.86 = 6.98 '
  '(the levels 0 + 29.46 + 9.18 = 38.64 add up; 38.64 / 45.00 = 85.9%, 6.82 / 45.46 = 15.0%)')
check(pct_ok('76.2', '29.46', '38.64') and pct_wrong('26.8', '9.18', '38.64') and pct('9.18', '38.64') == D('23.8'), 'shares')
f(d.L('从结构看'), 'share', 'must', '9.18 / 38.64 = 23.8%, stated 26.8% (76.2% right)')
check(chg_ok('6.9', '21.36', '286.40', down=True), 'running')
t(d.L('2024年度本部门机关运行经费支出286.40万元'), '21.36 / 307.76 = 6.9%')
check(sm('412.36', '2986.40', '463.72') == D('3862.48'), 'procurement')
t(d.L('2024年度政府采购支出总额3,862.48万元'), 'parts add up')
check(8 + 2 + 3 + 2 == 15, 'cars')
t(d.L('本部门共有车辆15辆'), '8 + 2 + 3 + 2 = 15 (12辆 in the 三公 paragraph are those it ran)')
check(8 + 2 < 11, 'graded')
f(d.L('对所属11个项目开展了绩效自评'), 'sum', 'may', '8 + 2 = 10 against 11. Annotated a trap in round 1 (a 其中 list naming two of the grades '
  'need not be complete); changed to may after round 1: the project reads a list of grades as naming every grade that has '
  'projects (a grade left out had none, domain table 绩效评价等级, minMembers 2), under which 10 ≠ 11 contradicts; the text proves '
  'neither reading')
check(band('88.5', DEFAULT) == '良', 'road')
f(d.L('“农村公路养护”项目自评得分88.5分'), 'grade', 'must', '88.5 is 良 [80,90), called 优')
check(band('92.5', DEFAULT) == '优', 'safety')
t(d.L('“公路安全生命防护工程”项目自评得分92.5分'), '92.5 优')

# p06: Shandong city bureau 部门预算 2025, wrapped text with page footers and running heads, 万元
d, f, t = doc('p06-weiyang-city-natural-resources-2025-dept-budget.txt')
f(d.S('现将潍阳市自然资源和规划局2024年部门预算公开如下'), 'year', 'must', 'title 2025, the body publishes the 2024 budget as this document')
t(d.S('本部门预算由局机关本级和4个所属事业单位预算组成'), '4个 with four names')
check(86 + 334 == 420, 'staff')
t(d.S('本部门编制内人员约420人'), '约420 = 86 + 334')
check(sm('28642.30', '15864.00', '1362.30', '350.00') == D('46218.60') and chg_ok('7.7', '3862.40', '46218.60', down=True), 'totals')
t(d.S('2025年收入预算总计46,218.60万元'), 'parts add up; 3,862.40 / 50,081.00 = 7.7%')
check(sm('28642.30', '15864.00') == D('44506.30') and chg_ok('8.5', '4136.20', '44506.30', down=True), 'fiscal')
t(d.S('2025年财政拨款收支预算44,506.30万元'), '28,642.30 + 15,864.00; 4,136.20 / 48,642.50 = 8.5%')
check(chg_wrong('4.6', '1218.40', '28642.30') and pct('1218.40', '27423.90') == D('4.4') and sm('6842.30', '21800.00') == D('28642.30')
      and sm('186.20', '1032.20') == D('1218.40') and chg_ok('2.8', '186.20', '6842.30') and chg_ok('5.0', '1032.20', '21800.00'), 'gp')
f(d.S('2025年一般公共预算拨款支出28,642.30万元，比上年预算增加1,218.40万元，增长4.6%'), 'change', 'must',
  '1,218.40 / (28,642.30 - 1,218.40 = 27,423.90) = 4.4%, stated 增长4.6% (parts, their changes 186.20 + 1,032.20 = 1,218.40, 2.8% and 5.0% right)')
parts = ['26486.20', '1186.40', '412.60', '557.10']
check(sm(*parts) == D('28642.30') and all(pct_ok(r, p, '28642.30') for r, p in zip(['92.5', '4.1', '1.4', '1.9'], parts)), 'function')
t(d.S('按支出功能分类：自然资源海洋气象等支出'), 'parts add up; 92.5%, 4.1%, 1.4%, 1.9% (1.945 truncated)')
t(d.S('2025年政府性基金预算拨款支出15,864.00万元'), 'restates 15,864.00')
check(sm('0', '48.60', '13.80') == D('62.40'), 'sangong')
t(d.S('2025年“三公”经费预算62.40万元'), '0 + 48.60 + 13.80 = 62.40; 持平 with no figure of change')
check(chg_ok('7.0', '36.80', '486.20', down=True), 'running')
t(d.S('2025年本部门机关运行经费预算486.20万元'), '36.80 / 523.00 = 7.0%')
check(off('8642.60', '1286.40', '4620.00', '2836.20') and sm('1286.40', '4620.00', '2836.20') == D('8742.60'), 'procurement')
f(d.S('2025年本部门政府采购预算8,642.60万元'), 'sum', 'must', '8,642.60, but 1,286.40 + 4,620.00 + 2,836.20 = 8,742.60')
check(pct_ok('75.0', '6480.00', '8642.60'), 'sme')
t(d.S('预留面向中小企业采购份额6,480.00万元'), '6,480.00 / 8,642.60 = 75.0% of the stated total')
check(1 + 2 + 9 + 4 + 3 == 19, 'cars')
f(d.S('本部门共有车辆18辆'), 'sum', 'must', '车辆18辆, but 1 + 2 + 9 + 4 + 3 = 19')
t(d.S('2025年本部门实行绩效目标管理的项目23个'), '23个 with no list; amounts restated')
f(d.S('效益指标3个，分别为：规划管控覆盖率、公众满意度'), 'count', 'must', '效益指标3个 with two names (产出指标4个 with four right)')

# p07: Henan county commission 部门决算 2024, PDF from Word, 万元
d, f, t = doc('p07-qihe-county-health-commission-2024-final-accounts.pdf')
t(d.L('本部门由委机关本级及所属11个事业单位组成'), '11 = 4 + 7')
check(off('38462.30', '21364.20', '16218.40', '897.70') and sm('21364.20', '16218.40', '897.70') == D('38480.30'), 'income')
f(d.L('本年收入合计38,462.30万元'), 'sum', 'must', '38,462.30, but 21,364.20 + 16,218.40 + 897.70 = 38,480.30')
check(chg_ok('7.9', '2864.30', '39246.82'), 'spending change')
t(d.L('本年支出合计39,246.82万元，比上年增加'), '2,864.30 / 36,382.52 = 7.9%')
check(sm('24186.40', '15060.42') == D('39246.82') and pct_ok('61.6', '24186.40', '39246.82') and pct_ok('38.4', '15060.42', '39246.82'), 'spending')
t(d.L('本年支出合计39,246.82万元，其中基本支出'), 'parts add up; 61.6%, 38.4%')
check(chg_wrong('7.5', '1426.80', '21364.20') and pct('1426.80', '19937.40') == D('7.2') and pct_ok('105.9', '21364.20', '20176.00'), 'gp')
f(d.L('2024年度一般公共预算财政拨款支出决算21,364.20万元'), 'change', 'must', '1,426.80 / (21,364.20 - 1,426.80 = 19,937.40) = 7.2%, stated 增长7.5% '
  '(105.9% of the 年初预算 right)')
rows = [('卫生健康支出', '18640.00', '19862.46', '106.6'), ('其中：公立医院', '6420.00', '6786.30', '105.7'), ('基层医疗卫生机构', '5860.00', '6124.86', '104.5'),
        ('公共卫生', '4280.00', '4862.40', '113.6'), ('社会保障和就业支出', '1024.00', '986.34', '96.3'), ('住房保障支出', '512.00', '515.40', '100.7'),
        ('合计', '20176.00', '21364.20', '105.9')]
for name, b, a, r in rows:
    check(pct_ok(r, a, b), name)
check(sm('18640.00', '1024.00', '512.00') == D('20176.00') and sm('19862.46', '986.34', '515.40') == D('21364.20')
      and sm('6420.00', '5860.00', '4280.00') < D('18640.00') and sm('6786.30', '6124.86', '4862.40') < D('19862.46'), 'columns')
t(sum((d.L('| %s |' % r[0]) for r in rows), []), 'a 其中 row with two siblings short of their 类 (partial); 合计 = the 类 rows; rates right')
check(D('4826.40') != D('4862.40'), 'public health')
f(d.L('其中，公共卫生支出决算4,826.40万元'), 'conflict', 'must', '公共卫生 决算 4,826.40 here, 4,862.40 in 表1')
check(chg_ok('10.3', '2.14', '18.62', down=True) and sm('0', '12.40', '6.22') == D('18.62'), 'sangong')
t(d.L('2024年度“三公”经费财政拨款支出决算18.62万元'), '2.14 / 20.76 = 10.3%; 0 + 12.40 + 6.22 = 18.62')
check(chg_ok('6.8', '12.36', '168.24', down=True), 'running')
t(d.L('2024年度机关运行经费支出168.24万元'), '12.36 / 180.60 = 6.8%')
check(3 + 16 + 2 == 21 and 14 + 2 == 16, 'cars')
t(d.L('本部门共有车辆21辆'), '3 + 16 + 2 = 21, 16 = 14 + 2 in brackets')
f(d.L('预算执行中存在的问题主要有两个方面'), 'count', 'must', '两个方面, then 一是 … 三是 (three)')

# p08: Yunnan prefecture commission 部门预算 2025, Word, 万元
d, f, t = doc('p08-lanfeng-prefecture-ethnic-affairs-2025-dept-budget.docx')
t(d.L('本部门内设机构5个'), '5个 with five names')
t(d.L('下属事业单位2个'), '2个 with two names')
check(32 + 16 == 48, 'staff')
t(d.L('本部门编制人数48人'), '32 + 16 = 48; 实有46, 离退休27 beside it')
f(d.L('（五）其他需要说明的情况'), 'heading', 'must', '（三） then （五） (（四） missing)')
check(chg_ok('4.6', '126.40', '2864.32'), 'income')
t(d.L('2025年部门收入预算2,864.32万元'), '126.40 / 2,737.92 = 4.6%')
check(sm('986.32', '1878.00') == D('2864.32'), 'spending')
t(d.L('2025年部门支出预算2,864.32万元'), '986.32 + 1,878.00 = 2,864.32')
check(sm('862.46', '123.86') == D('986.32'), 'basic')
t(d.L('（一）基本支出。'), '862.46 + 123.86 = 986.32')
check(sm('1200.00', '420.00', '86.00') == D('1706.00') and D('1706.00') < D('1878.00'), 'projects')
t(d.L('（二）项目支出。'), '1,706.00 < 1,878.00: 主要用于 … 等, a partial list')
check(pct_wrong('23.4', '420.00', '1878.00') and pct('420.00', '1878.00') == D('22.4'), 'share')
f(d.L('其中，民族团结进步示范创建经费420.00万元'), 'share', 'must', '420.00 / 1,878.00 = 22.4%, stated 23.4%')
check(sm('0', '16.80', '7.80') == D('24.60') and chg_ok('12.1', '3.40', '24.60', down=True), 'sangong')
t(d.L('2025年“三公”经费预算24.60万元'), 'parts add up; 3.40 / 28.00 = 12.1%')
check(chg_wrong('6.1', '8.64', '123.86', down=True) and pct('8.64', '132.50') == D('6.5'), 'running')
f(d.L('2025年本部门机关运行经费预算123.86万元'), 'change', 'must', '8.64 / (123.86 + 8.64 = 132.50) = 6.5%, stated 下降6.1%')
check(sm('36.40', '50.00') == D('86.40'), 'procurement')
t(d.L('2025年本部门政府采购预算86.40万元'), '36.40 + 50.00 = 86.40, no 工程')
check(1 + 1 + 2 == 4, 'cars')
t(d.L('本部门共有车辆4辆'), '1 + 1 + 2 = 4')
check(pct_ok('90.8', '1706.00', '1878.00'), 'targets')
t(d.L('2025年本部门对3个项目编制了绩效目标'), '1,706.00 / 1,878.00 = 90.8%; 3个 the three named projects')
t(d.L('| 产出指标 | 数量指标 |') + d.L('| 产出指标 | 质量指标 |') + d.L('| 产出指标 | 时效指标 |') + d.L('| 效益指标 | 经济效益指标 |')
  + d.L('| 效益指标 | 社会效益指标 |') + d.L('| 满意度指标 |'), 'targets as thresholds (≥12个, ≥95%, ≥3000人)')
check(3 + 2 + 1 == 6, 'indicators')
f(d.L('该项目共设置绩效指标7个'), 'sum', 'must', '指标7个, but 3 + 2 + 1 = 6 (the table lists six)')

# p09: Beijing district bureau 部门决算 2024, PDF from Word, 万元
d, f, t = doc('p09-xiyu-district-culture-tourism-2024-final-accounts.pdf')
check(chg_ok('7.0', '642.36', '9864.52'), 'totals')
t(d.L('2024年度收入总计9,864.52万元'), '642.36 / 9,222.16 = 7.0%')
check(chg_wrong('6.2', '586.40', '9214.62') and pct('586.40', '8628.22') == D('6.8'), 'spending')
f(d.L('本年支出合计9,214.62万元'), 'change', 'must', '586.40 / (9,214.62 - 586.40 = 8,628.22) = 6.8%, stated 增长6.2%')
parts = ['7416.28', '608.64', '246.18', '386.20']
check(sm(*parts) == D('8657.30') and pct_ok('95.0', '8657.30', '9109.50')
      and all(pct_ok(r, p, '8657.30') for r, p in zip(['85.7', '7.0', '2.8', '4.5'], parts)), 'gp')
t(d.L('2024年度一般公共预算财政拨款支出决算8,657.30万元'), 'parts add up; 95.0% of the 调整预算; 85.7%, 7.0%, 2.8%, 4.5%')
rows = [('文化旅游体育与传媒支出', '7862.40', '7416.28', '94.3'), ('其中：文化和旅游', '6420.00', '6086.40', '94.8'), ('文物', '1442.40', '1329.88', '92.2'),
        ('社会保障和就业支出', '612.30', '608.64', '99.4'), ('卫生健康支出', '248.60', '246.18', '99.0'), ('住房保障支出', '386.20', '386.20', '100.0'),
        ('合计', '9109.50', '8657.30', '95.0')]
for name, b, a, r in rows:
    check(pct_ok(r, a, b), name)
check(sm('6420.00', '1442.40') == D('7862.40') and sm('6086.40', '1329.88') == D('7416.28') and sm('7862.40', '612.30', '248.60', '386.20') == D('9109.50'), 'columns')
t(sum((d.L('| %s |' % r[0]) for r in rows[:-1]), []) + d.L('| 合计 | 9,109.50'), 'a 其中 row and its sibling make their 类; 合计 = the 类 rows; rates right')
check(sm('2186.42', '218.60') == D('2405.02') and sm('364.28', '12.40') == D('376.68') and sm('2405.02', '376.68') == D('2781.70'), 'basic')
f(d.L('2024年度一般公共预算财政拨款基本支出决算2,781.70万元'), 'conflict', 'may', '基本支出 2,781.70 here, 2,718.70 as 表2\'s 合计 '
  '(2,405.02 + 376.68 = 2,781.70 right)')
t(d.L('| 工资福利支出 |') + d.L('| 商品和服务支出 |') + d.L('| 对个人和家庭的补助 |') + d.L('| 资本性支出 |'), 'rows of 表2')
check(off('2718.70', '2186.42', '364.28', '218.60', '12.40'), 'table 2')
f(d.L('| 合计 | 2,718.70'), 'sum', 'must', '表2 合计 2,718.70, but 2,186.42 + 364.28 + 218.60 + 12.40 = 2,781.70')
check(sm('9.46', '2.54') == D('12.00') and chg_ok('10.6', '1.12', '9.46', down=True), 'sangong')
t(d.L('2024年度“三公”经费财政拨款支出决算9.46万元'), 'two bases in one sentence: 2024年预算数 12.00 (减少2.54), 2023年决算数 10.58 (减少1.12, 10.6%)')
check(sm('0', '6.80', '2.66') == D('9.46'), 'parts')
t(d.L('其中，因公出国（境）费0万元'), '0 + 6.80 + 2.66 = 9.46; 3辆, 24批次、168人次')
check(chg_ok('6.1', '24.30', '376.68', down=True), 'running')
t(d.L('2024年度本部门机关运行经费支出376.68万元'), '24.30 / 400.98 = 6.1% (= 公用经费 376.68)')
check(sm('386.40', '820.00', '436.40') == D('1642.80') and pct_ok('90.5', '1486.20', '1642.80'), 'procurement')
t(d.L('2024年度政府采购支出总额1,642.80万元'), 'parts add up; 90.5%')
check(pct_wrong('15.9', '1286.40', '8657.30') and pct('1286.40', '8657.30') == D('14.9'), 'services')
f(d.L('2024年度本部门政府购买服务支出1,286.40万元'), 'share', 'must', '1,286.40 / 8,657.30 = 14.9%, stated 15.9%')
t(d.L('2024年度本部门对12个项目开展绩效自评'), '12个 with no list')
check(band('91', DEFAULT) == '优', 'grade')
f(d.L('“公共文化服务体系建设”项目自评得分91分'), 'grade', 'must', '91 is 优 [90,100], called 良')

# p10: Hunan county bureau 部门决算 2024, Markdown, 万元
d, f, t = doc('p10-xiaoshui-county-housing-construction-2024-final-accounts.md')
t(d.L('本局内设股室6个'), '6个 with six names')
f(d.L('下属二级单位4个'), 'count', 'must', '4个，分别为 three names')
check(chg_ok('12.0', '3624.80', '26486.30', down=True), 'totals')
t(d.L('2024年度收入总计26,486.30万元'), '3,624.80 / 30,111.10 = 12.0%')
check(sm('18620.00', '1200.00', '300.00') == D('20120.00') and sm('21864.30', '1086.40', '412.60') == D('23363.30'), 'table')
t(d.L('| 财政拨款收入 |') + d.L('| 事业收入 |') + d.L('| 其他收入 |') + d.L('| 本年收入合计 |'), '年初预算 and 决算 columns add up')
check(pct_ok('93.6', '21864.30', '23363.30') and pct_ok('4.7', '1086.40', '23363.30') and pct_ok('1.8', '412.60', '23363.30'), 'shares')
t(d.L('本年收入合计23,363.30万元'), '93.6%, 4.7%, 1.8%')
check(pct_ok('117.4', '21864.30', '18620.00'), 'completion')
t(d.L('财政拨款收入决算数21,864.30万元'), '决算 21,864.30 against 年初预算 18,620.00: 117.4% (two measures of one item)')
check(sm('3862.40', '20264.40') == D('24126.80'), 'spending')
t(d.L('本年支出合计24,126.80万元'), '3,862.40 + 20,264.40 = 24,126.80')
check(D('21846.30') != D('21864.30') and sm('12486.20', '9378.10') == D('21864.30'), 'fiscal')
f(d.L('2024年度财政拨款收入21,846.30万元'), 'conflict', 'must', '财政拨款收入 21,846.30 here, 21,864.30 in 表1 and 二 (its 支出 12,486.20 + 9,378.10 = 21,864.30 right)')
check(pct_ok('107.5', '12486.20', '11620.00'), 'gp')
t(d.L('2024年度一般公共预算财政拨款支出12,486.20万元，年初预算'), '12,486.20 / 11,620.00 = 107.5%')
check(chg_wrong('14.0', '1126.40', '8642.30') and pct('1126.40', '7515.90') == D('15.0'), 'urban')
f(d.L('其中城乡社区支出8,642.30万元'), 'change', 'must', '1,126.40 / (8,642.30 - 1,126.40 = 7,515.90) = 15.0%, stated 增长14.0%')
t(d.L('2024年度政府性基金预算财政拨款支出9,378.10万元'), 'restates 9,378.10')
check(chg_ok('7.7', '1.24', '14.86', down=True) and sm('10.46', '4.40') == D('14.86'), 'sangong')
t(d.L('2024年度“三公”经费财政拨款支出决算14.86万元'), '1.24 / 16.10 = 7.7%; 10.46 + 4.40 = 14.86')
check(5 + 2 + 2 == 9, 'graded')
f(d.L('本局对2024年度8个项目开展绩效自评'), 'sum', 'must', '8个项目, but 优5 + 良2 + 中2 = 9')
check(band('79.5', DEFAULT) == '中', 'old')
f(d.L('“老旧小区改造”项目自评得分79.5分'), 'grade', 'must', '79.5 is 中 [60,80), called 良')
t(d.L('“城市道路养护”项目自评得分92.0分'), '92.0 优')

write('heldout18 (gen18): ten invented department budgets and final accounts (部门预算/部门决算公开) in the templates of '
      'Beijing, Zhejiang, Guangdong, Sichuan, Hubei, Shandong, Henan, Yunnan and Hunan, written blind', trim_traps=True)
