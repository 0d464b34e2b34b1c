#!/usr/bin/env python3
"""heldout22 (gen22). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Genres the earlier sets did not cover: a people's congress 财政经济委员会 审查结果报告 quoting the government's figures
(hard-wrapped as copied from a PDF), a county 国有资本经营预算 说明 with Markdown tables whose 合计 row comes first, a county
hospital's 单位决算 with a box-drawing table (┌─┬─┐), a city's 政府采购 statistics (采购对象, 采购方式, 中小企业, 政府购买服务),
a 新增专项债券 issuance notice with one card of lines per project, a 1-10月 财政收支 月报, a 三公经费 决算 reposted in
traditional characters, and a school's 单位预算 through OCR (spaced headings, running heads and page numbers, 〇 for 0,
a stray space in a figure). Statements are located by a piece of their text (../heldout-kit/expected_kit.py); every
figure a finding or trap relies on is re-derived here with decimal arithmetic. s01 and s08 are laid out by
build_docs.py. Run: python3 build_docs.py && python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm, half, chg_ok, chg_wrong, growth_ok, yi, balance_off, roll_off  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)
DEFAULT = DEFAULT_BANDS


# s01: a people's congress 财政经济委员会 审查结果报告, hard-wrapped as copied from a PDF
d, f, t = doc('s01-lilan-city-2025-budget-review-committee-report.txt')
t(d.S('——2025年1月14日在溧岚市第十七届人民代表大会第四次会议主席团第二次会议上'), 'a date and session numbers under a title naming 2024 and 2025')
t(d.S('1月8日财政经济委员会召开第二十三次全体会议'), 'a date and a meeting number; the government report\'s title names 2024 and 2025')
check(pct_ok('101.3', '86.42', '85.30') and sm('62.18', '24.24') == D('86.42') and pct_ok('71.9', '62.18', '86.42')
      and pct('62.18', '86.42') == D('72.0') and pct_ok('97.8', '132.60', '135.60'), 'gp')
t(d.S('全市一般公共预算收入完成86.42亿元，为调整预算85.30亿元的101.3%'),
  '86.42 / 85.30 = 101.31%; 62.18 + 24.24 = 86.42; 62.18 / 86.42 = 71.95% truncated to 71.9; 0.9个百分点 a difference of shares; '
  '4.8%, 3.6% on unstated bases')
t(d.S('全市一般公共预算支出完成132.60亿元，为调整预算135.60亿元的97.8%，下降2.1%。'), '132.60 / 135.60 = 97.79% → 97.8; 2.1% on an unstated base')
check(pct_ok('96.3', '48.36', '50.20') and chg_wrong('15.6', '8.44', '48.36', down=True) and pct('8.44', D('48.36') + D('8.44')) == D('14.9'), 'fund')
f(d.S('比上年减少8.44亿元，下降15.6%'), 'change', 'must', '政府性基金预算收入 8.44 / (48.36 + 8.44 = 56.80) = 14.9%, stated 下降15.6% (96.3% of 50.20 right)')
t(d.S('政府性基金预算支出完成57.62亿元，为调整预算的94.1%。'), 'a ratio to an unstated adjusted budget')
check(pct_ok('31.3', '1.02', '3.26'), 'soe')
t(d.S('调出资金1.02亿元用于补充一般公共预算，占国有资本经营预算收入的31.3%。'), '1.02 / 3.26 = 31.29% → 31.3; 108.7% of an unstated budget')
check(D('96.84') - D('91.26') == D('5.58'), 'si')
t(d.S('全市社会保险基金收入完成96.84亿元，支出完成91.26亿元，当年收支结余5.58亿元'), '96.84 − 91.26 = 5.58; 年末滚存结余 alone')
check(sm('116.40', '212.10') == D('328.50') and sm('118.62', '193.86') == D('312.48') and D('118.62') > D('116.40')
      and D('312.48') < D('328.50') and D('193.86') < D('212.10'), 'debt')
f(d.S('2024年末，全市政府债务余额312.48亿元，其中一般债务余额118.62亿元、专项债务余额193.86亿元，债务余额控制在限额以内。'), 'debt', 'must',
  '一般债务余额 118.62 above 一般债务限额 116.40 (stated the sentence before); the totals 312.48 under 328.50 and 专项 193.86 under 212.10')
t(d.S('全年发行新增债券36.80亿元、再融资债券22.40亿元。'), 'issuance with no 年初余额 or 还本: no identity to check')
check(18 + 25 + 7 + 2 == 52, 'grades')
t(d.S('市级对52个重点项目开展绩效评价，评价结果为优的18个、良的25个、中的7个、差的2个'), '18 + 25 + 7 + 2 = 52; 2025年 a later year named in a 2024 review, not stale')
f(d.S('代表和委员们提出的意见主要集中在三个方面：财政收入质量有待提高；刚性支出压力持续加大；部分专项债券项目收益不及预期；一些部门绩效目标设置不够细化。'),
  'count', 'must', '三个方面 with four items separated by ；')
check(chg_ok('4.5', D('90.30') - D('86.42'), '90.30') and sm('90.30', '32.60', '14.20', '6.48', '1.22') == D('144.80'), 'rev25')
t(d.S('2025年全市一般公共预算收入预期90.30亿元，增长4.5%。'), '90.30 / 86.42 = 104.49% → 4.5 (the base a section above)')
t(d.S('加上上级补助收入32.60亿元、债务转贷收入14.20亿元、调入资金6.48亿元和上年结转1.22亿元，收入总计144.80亿元。'),
  '90.30 + 32.60 + 14.20 + 6.48 + 1.22 = 144.80 (加上: the first part is the sentence before)')
check(off('144.80', '128.80', '4.60', '10.40') and sm('128.80', '4.60', '10.40') == D('143.80'), 'exp25')
f(d.S('支出总计144.80亿元，包括一般公共预算支出128.80亿元、上解上级支出4.60亿元、债务还本支出10.40亿元'), 'sum', 'must',
  '支出总计 144.80, but 128.80 + 4.60 + 10.40 = 143.80 (收入总计 144.80 right; 收支平衡 says the 支出 side must be 144.80 too)')
check(pct_ok('78.9', '101.62', '128.80') and pct_ok('18.0', '23.18', '128.80'), 'shares')
t(d.S('安排民生支出101.62亿元，占一般公共预算支出的78.9%；其中教育支出23.18亿元，占18.0%。'),
  '101.62 / 128.80 = 78.90%; 23.18 / 128.80 = 18.00% (of the budget\'s spending, not of 民生)')
check(chg_ok('6.5', D('48.36') - D('45.20'), '45.20', down=True), 'fund25')
t(d.S('全市政府性基金预算收入预期45.20亿元，下降6.5%'), '45.20 / 48.36 = 93.47% → 6.5 down (base a section above); 18.60 a part of 56.40')
check(pct_ok('32.4', '1.10', '3.40'), 'soe25')
t(d.S('调出资金1.10亿元，调出比例为32.4%。'), '1.10 / 3.40 = 32.35% → 32.4')
check(D('101.20') - D('95.46') == D('5.74'), 'si25')
t(d.S('全市社会保险基金收入预期101.20亿元，支出95.46亿元，当年收支结余5.74亿元。'), '101.20 − 95.46 = 5.74')
check(sm('32.40', '26.18', '6.28') == D('64.86'), 'sanbao')
t(d.S('2025年全市“三保”支出预算安排64.86亿元，其中保基本民生32.40亿元、保工资26.18亿元、保运转6.28亿元'), '32.40 + 26.18 + 6.28 = 64.86')
f(d.L('（四）加强政府债务管理'), 'heading', 'must', '（一）（二） then （四） under 三、 (（三） missing)')
t(d.L('（五）深化预算绩效管理'), '（五） follows （四）')

# s02: a county 国有资本经营预算 说明, Markdown tables with the 合计 row first
d, f, t = doc('s02-fengxu-county-2025-state-capital-budget.md')
t(d.L('（枫政办发〔2023〕17号）'), 'a document number; 25% and 20% collection rates with no amounts')
f(d.L('纳入2025年县级国有资本经营预算编制范围的县属国有企业共6户'), 'count', 'must', '共6户，分别为 five companies')
check(chg_ok('7.9', '620', '8460') and sm('5280', '1860', '980', '340') == D('8460'), 'rev')
check(D('380') + D('160') + D('150') - D('40') == D('650') and D('380') + D('160') + D('120') - D('40') == D('620'), 'rev chg')
f(d.L('2025年县级国有资本经营预算收入8,460万元'), 'change-sum', 'must',
  'the parts\' changes 380 + 160 + 150 − 40 = 650, the total\'s 620 (parts 5,280 + 1,860 + 980 + 340 = 8,460 right; 620 / 7,840 = 7.9% right)')
check(sm('8460', '410') == D('8870'), 'total')
t(d.L('加上上年结转收入410万元'), '8,460 + 410 = 8,870')
rows = [('2460', '820', '0', '3280'), ('1180', '460', '980', '2620'), ('480', '260', '0', '740'), ('300', '0', '0', '300')]
check(all(sm(a, b, c) == D(tt) for a, b, c, tt in rows) and sm('860', '320') == D('1180') and off('1810', '860', '320'), 'rows')
check(sm('2460', '1180', '860', '480', '300') == D('5280') and sm('820', '460', '320', '260') == D('1860') and sm('5280', '1860', '980') == D('8120')
      and sm('3280', '2620', '1810', '740', '300') == D('8750'), 'cols')
t(d.L('| 县城市建设投资集团有限公司 |'), '2,460 + 820 = 3,280')
t(d.L('| 县交通投资发展有限公司 |'), '1,180 + 460 + 980 = 2,620')
f(d.L('| 县水务集团有限公司 |'), 'sum', 'must', '县水务集团 合计 1,810, but 860 + 320 = 1,180')
t(d.L('| 县文化旅游发展有限公司 |'), '480 + 260 = 740')
t(d.L('| 县粮食储备有限公司 |'), '300 alone')
f(d.L('| 合计 | 5,280 | 1,860 | 980 | 8,120 |'), 'sum', 'may',
  'the 合计 column adds to 8,750 with 县水务集团\'s 1,810, stated 8,120 (the same slip from the column; the 合计 row across and its three columns add up)')
check(sm('8120', '340') == D('8460'), 'note')
t(d.L('注：其他国有资本经营预算收入340万元'), '8,120 in the table + 340 outside it = 8,460')
check(chg_ok('4.2', '250', '5690', down=True) and pct_ok('37.6', '3180', '8460') and sm('5690', '3180') == D('8870'), 'exp')
t(d.L('2025年县级国有资本经营预算支出5,690万元'), '250 / 5,940 = 4.21%; 3,180 / 8,460 = 37.59% → 37.6; 2.6个百分点 a difference of shares; '
  '5,690 + 3,180 = 8,870')
t(d.L('安排1,240万元，与上年基本持平'), '基本持平: 1,236 → 1,240, +0.3%')
check(chg_wrong('15.4', '460', '3260') and pct('460', '2800') == D('16.4'), 'capital')
f(d.L('安排3,260万元，较上年增加460万元，增长15.4%'), 'change', 'must', '资本金注入 460 / (3,260 − 460 = 2,800) = 16.4%, stated 增长15.4%')
f(d.L('安排3,260万元，较上年增加460万元，增长15.4%'), 'conflict', 'may', '增长15.4% in the text, 16.4 in 表2')
check(chg_ok('22.6', '120', '650') and not chg_ok('22.6', '120', '650', down=True), 'subsidy')
f(d.L('安排650万元，比上年减少120万元，增长22.6%'), 'direction', 'must', '比上年减少120万元 with 增长22.6% (120 / 530 = 22.6% is a rise: 表2 530 → 650)')
check(chg_ok('60.7', '834', '540', down=True), 'other')
t(d.L('安排540万元，比上年减少834万元，下降60.7%'), '834 / 1,374 = 60.70%')
check(sm('1236', '2800', '530', '1374') == D('5940') and sm('1240', '3260', '650', '540') == D('5690')
      and D(4) + 460 + 120 - 834 == -250 and growth_ok('-4.2', '5940', '5690'), 'table2')
t(d.L('| 合计 | 5,940 | 5,690 | -250 | -4.2 |'), 'both columns add up; −250 = 4 + 460 + 120 − 834; −4.2 right; 2024年执行数 a column head')
check(growth_ok('0.3', '1236', '1240'), 'r1')
t(d.L('| 解决历史遗留问题及改革成本支出 |'), '4 / 1,236 = 0.32%')
check(growth_ok('16.4', '2800', '3260'), 'r2')
t(d.L('| 国有企业资本金注入 |'), '460 / 2,800 = 16.43% (the table right, the text wrong)')
check(growth_ok('22.6', '530', '650') and growth_ok('-60.7', '1374', '540'), 'r3')
t(d.L('| 国有企业政策性补贴 |'), '120 / 530 = 22.64%')
t(d.L('| 其他国有资本经营预算支出 |'), '−834 / 1,374 = −60.70%')
t(d.L('（二）2025年起'), '2027年 a target, 30%以上 a threshold')
t(d.L('（三）联系电话'), 'a phone number; （一）（二）（三） restart under 四、')

# s03: a county hospital's 单位决算 with a box-drawing table
d, f, t = doc('s03-luzhou-county-peoples-hospital-2024-unit-final-accounts.txt')
check(14 + 22 + 9 == 45 and 526 - 480 == 46, 'org')
t(d.L('医院设职能科室14个'), '14 + 22 + 9 = 45; 526 − 480 = 46; 689 of 812')
check(growth_ok('-1.5', '2.72', '2.68'), 'biz')
t(d.L('2024年，医院完成门急诊42.36万人次'), '8.2% on an unstated base; 2.68 / 2.72 = 98.53% → −1.5; 2.3个百分点; 7.8天, 0.4天')
f(d.L('现将鹭洲县人民医院2023年度单位决算有关情况说明如下'), 'year', 'must', '2023年度单位决算 under the 2024年度 title and part heading')
check(sm('6218.40', '60846.12', '1368.04') == D('68432.56') and pct_ok('9.1', '6218.40', '68432.56') and pct_ok('88.9', '60846.12', '68432.56')
      and pct_ok('104.3', '68432.56', '65600.00'), 'income')
t(d.L('2024年度收入合计68,432.56万元'), '6,218.40 + 60,846.12 + 1,368.04 = 68,432.56; 9.09% → 9.1; 88.91% → 88.9; 68,432.56 / 65,600.00 = 104.32%')
check(sm('58126.48', '9778.82') == D('67905.30') and pct_wrong('86.6', '58126.48', '67905.30') and pct('58126.48', '67905.30') == D('85.6')
      and pct_ok('14.4', '9778.82', '67905.30'), 'exp')
f(d.L('2024年度支出合计67,905.30万元'), 'share', 'must', '基本支出 58,126.48 / 67,905.30 = 85.6%, stated 占支出合计的86.6% (项目支出 14.4% right; 85.6 + 14.4 = 100)')
check(not roll_off('1813.60', '1286.34', '68432.56', '67905.30'), 'roll')
t(d.L('年初结转和结余1,286.34万元'), '1,286.34 + 68,432.56 − 67,905.30 = 1,813.60')
check(sm('5980.00', '58420.00', '1200.00') == D('65600.00') and sm('57300.00', '9500.00') == D('66800.00')
      and pct_ok('104.0', '6218.40', '5980.00') and pct_ok('104.2', '60846.12', '58420.00') and pct_ok('114.0', '1368.04', '1200.00')
      and pct_ok('101.7', '67905.30', '66800.00') and pct_ok('101.4', '58126.48', '57300.00') and pct_ok('102.9', '9778.82', '9500.00'), 'box')
t(d.L('│收入合计'), 'both columns add up; 104.3')
t(d.L('│  财政拨款收入'), '104.0')
t(d.L('│  事业收入'), '104.15% → 104.2 (or truncated 104.1)')
t(d.L('│  其他收入'), '114.0')
t(d.L('│支出合计'), '57,300 + 9,500 = 66,800; 101.7')
t(d.L('│  基本支出'), '101.4')
t(d.L('│  项目支出'), '102.9')
check(pct_wrong('106.4', '6302.16', '5980.00') and pct('6302.16', '5980.00') == D('105.4'), 'ratio')
f(d.L('财政拨款支出决算6,302.16万元，为年初预算5,980.00万元的106.4%'), 'change', 'must', '6,302.16 / 5,980.00 = 105.4%, stated 106.4%')
check(roll_off('343.04', '326.80', '6218.40', '6302.16') and D('326.80') + D('6218.40') - D('6302.16') == D('243.04'), 'fin roll')
f(d.L('财政拨款年初结转和结余326.80万元'), 'sum', 'must', '326.80 + 6,218.40 − 6,302.16 = 243.04 (加上…减去… written out), stated 年末 343.04')
check(sm('4186.20', '862.40', '318.56', '935.00') == D('6302.16'), 'uses')
t(d.L('主要用于：公立医院（项）4,186.20万元'), '4,186.20 + 862.40 + 318.56 + 935.00 = 6,302.16')
check(sm('0', '26.40', '12.22') == D('38.62') and chg_ok('9.8', '4.18', '38.62', down=True), 'sangong')
t(d.L('2024年度“三公”经费财政拨款支出决算38.62万元'), '0 + 26.40 + 12.22 = 38.62; 4.18 / 42.80 = 9.77% → 9.8; 26.40 = 0 + 26.40; 6辆, 62批次, 418人次')
check(sm('2946.30', '512.80', '403.36') == D('3862.46') and pct_ok('67.8', '2618.24', '3862.46'), 'gp')
t(d.L('2024年度政府采购支出总额3,862.46万元'), '2,946.30 + 512.80 + 403.36 = 3,862.46; 2,618.24 / 3,862.46 = 67.79%')
t(d.L('截至2024年12月31日，医院固定资产原值5.62亿元'), '100万元以上 a threshold; 38台 alone')
check(10 + 3 == 13, 'eval')
f(d.L('2024年度医院对12个项目开展绩效自评'), 'sum', 'must', '12个项目，其中优10个、良3个 (13); 93.5分 优 right')
t(d.L('联系电话：0596-3218765'), 'a phone number')

# s04: a city's 政府采购 statistics
d, f, t = doc('s04-heting-city-2024-government-procurement-statistics.md')
t(d.L('（省财采〔2024〕21号）'), 'a document number; 4个 and 1,186家 alone')
check(D('48.96') - D('46.82') == D('2.14') and pct_ok('4.4', '2.14', '48.96') and 1028 + 1318 == 2346, 'scale')
t(d.L('2024年，全市政府采购规模46.82亿元'), '48.96 − 46.82 = 2.14; 节约率 2.14 / 48.96 = 4.37% (of the 采购预算, not the 规模); 1,028 + 1,318 = 2,346; '
  '5.3% on an unstated base')
check(sm('14.26', '21.38', '11.18') == D('46.82') and pct_ok('30.5', '14.26', '46.82') and pct_ok('23.9', '11.18', '46.82')
      and pct_wrong('47.5', '21.38', '46.82') and pct('21.38', '46.82') == D('45.7'), 'objects')
f(d.L('货物类采购14.26亿元'), 'share', 'must', '工程类 21.38 / 46.82 = 45.7%, stated 占47.5% (30.5% and 23.9% right; 3.2% on an unstated base)')
check(pct_ok('69.7', '32.64', '46.82') and yi('326400') == D('32.64') and yi('64800') == D('6.48') and yi('11200') == D('1.12'), 'methods')
check(yi('44600') == D('4.46'), 'mall')
f(d.L('公开招标仍是主要采购方式'), 'conflict', 'must', '电子卖场采购 4.64亿元 in the text, 44,600万元 (4.46亿元) in 表1 (公开招标 32.64, 竞争性磋商 6.48, 单一来源 1.12 agree)')
f(d.L('| 电子卖场（网上超市） |'), 'conflict', 'may', 'the table side of the 电子卖场 conflict')
amt = ['326400', '4800', '12600', '64800', '3800', '11200', '44600']
shr = ['69.7', '1.0', '2.7', '13.8', '0.8', '2.4', '9.5']
check(sm(*amt) == D('468200') and all(pct_ok(s, a, '468200') for s, a in zip(shr, amt)) and not off('100.0', *shr), 'amounts')
check(off('2346', '612', '14', '186', '498', '69', '42', '898') and sm('612', '14', '186', '498', '69', '42', '898') == D('2319'), 'projects')
f(d.L('| 合计 | 468,200 | 100.0 | 2,346 |'), 'sum', 'must', '项目数 合计 2,346, but the seven methods add to 2,319 (询价 69); amounts add to 468,200 = 46.82亿元 and shares to 99.9')
for label in ['| 公开招标 |', '| 邀请招标 |', '| 竞争性谈判 |', '| 竞争性磋商 |', '| 询价 |', '| 单一来源 |']:
    t(d.L(label), 'a row: its share of 468,200 right')
check(sm('12.46', '3.08', '31.28') == D('46.82'), 'forms')
t(d.L('政府集中采购12.46亿元'), '12.46 + 3.08 + 31.28 = 46.82')
check(pct_ok('77.3', '36.18', '46.82') and pct_ok('66.5', '24.06', '36.18') and pct('24.06', '46.82') == D('51.4'), 'sme')
t(d.L('全市政府采购授予中小企业合同金额36.18亿元'), '36.18 / 46.82 = 77.27%; 24.06 / 36.18 = 66.50% of the 中小企业 amount (51.4% of the total); '
  '400万元 and 40%以上 thresholds')
check(chg_ok('21.6', '420', '2360'), '832')
t(d.L('采购节能、节水产品1.86亿元'), '420 / 1,940 = 21.65% → 21.6 (rounded 21.6 or 21.7: 21.649); 1.86 and 1.42 alone')
check(off('9.64', '5.82', '2.46', '1.63') and sm('5.82', '2.46', '1.63') == D('9.91'), 'services')
f(d.L('2024年，全市政府购买服务项目318个'), 'sum', 'must', '政府购买服务 9.64, but 5.82 + 2.46 + 1.63 = 9.91 (more than the total)')
check(14 + 5 + 7 == 26, 'complaints')
t(d.L('全年受理政府采购投诉26件'), '14 + 5 + 7 = 26; 12家, 3家')
t(d.L('咨询电话：0733-8812345'), '2个工作日 a deadline; a phone number')

# s05: a 新增专项债券 issuance notice with one card of lines per project
d, f, t = doc('s05-yuanfeng-county-2025-new-special-bonds-first-batch.txt')
t(d.L('文号：沅财债〔2025〕6号'), 'a date and a document number')
t(d.L('（财预〔2018〕209号）'), 'a document number')
amts = ['12600', '9800', '11200', '7400', '5600', '6020', '4800', '6600']
rates = ['2.26', '2.18', '1.98', '2.26', '2.18', '2.18', '1.98', '2.26']
check(off('64200', *amts) and sm(*amts) == D('64020') and yi('64200') == D('6.42'), 'batch')
check(sm('1.60', '2.16', '2.66') == D('6.42') and sm('11200', '4800') == D('16000') and sm('12600', '7400', '6600') == D('26600')
      and sm('9800', '5600', '6020') == D('21420') and off('21600', '9800', '5600', '6020'), 'terms')
wavg = sum(D(a) * D(r) for a, r in zip(amts, rates)) / sm(*amts)
check(abs(wavg - D('2.16')) < D('0.005'), 'rate')
f(d.L('本批共8个项目，发行合计6.42亿元') + d.L('本次发行金额：6,020万元'), 'sum', 'must',
  '发行合计 6.42亿元 (64,200万元), but the eight cards add to 64,020 (职业教育中心 6,020; 8个项目, eight cards); 加权平均利率 2.16 right')
f(d.L('本批共8个项目，发行合计6.42亿元'), 'sum', 'may', '15年期2.16亿元, but the three 15-year cards add to 9,800 + 5,600 + 6,020 = 21,420万元 (2.14亿元)')
check(D('9.80') - D('6.42') == D('3.38'), 'left')
check(chg_wrong('10.6', '0.56', '6.42') and D('6.42') - D('5.86') == D('0.56') and pct('0.56', '5.86') == D('9.6'), 'yoy')
f(d.L('本批发行额较上年第一批5.86亿元增加0.56亿元，增长10.6%'), 'change', 'must', '0.56 / 5.86 = 9.6%, stated 增长10.6% (9.80 − 6.42 = 3.38 right)')
check(sm('3.86', '5.60', '4.20', '6.48', '2.36', '3.12', '1.86', '11.14') == D('38.62') and pct_ok('16.6', '6.42', '38.62'), 'invest')
t(d.L('本批项目总投资38.62亿元'), 'the eight cards\' 项目总投资 add to 38.62; 6.42 / 38.62 = 16.62%')
check(pct_ok('17.5', '0.98', '5.60'), 'hosp')
t(d.L('备注：项目总投资5.60亿元'), '9,800万元 / 5.60亿元 = 17.5%')
for c in ['本次发行金额：12,600万元', '本次发行金额：9,800万元', '本次发行金额：11,200万元', '本次发行金额：7,400万元']:
    t(d.L(c), 'a card\'s amount')
t(d.L('项目收益与融资自求平衡覆盖倍数：1.42倍'), 'a coverage multiple')
check(sm('72.30', '9.80') == D('82.10') and D('68.46') < D('72.30'), 'limit')
t(d.L('2024年末，全县专项债务余额68.46亿元'), '72.30 + 9.80 = 82.10; 68.46 under 72.30')
check(roll_off('74.88', '68.46', '6.42', '1.20') and D('68.46') + D('6.42') - D('1.20') == D('73.68'), 'identity')
f(d.L('2025年初全县专项债务余额68.46亿元'), 'debt', 'must', '68.46 + 6.42 − 1.20 = 73.68, stated 6月末余额74.88 (74.88 is 年初 + 发行, the 还本 left out)')
check(sm('31.26', '74.88') == D('106.14') and sm('30.84', '82.10') == D('112.94') and D('31.26') > D('30.84'), 'over')
f(d.L('截至2025年6月末，全县政府债务余额106.14亿元'), 'debt', 'must', '一般债务余额 31.26 above 一般债务限额 30.84 (totals 106.14 under 112.94 add up)')
check(pct_ok('65.1', '4.18', '6.42'), 'progress')
t(d.L('2025年6月末，本批债券资金已支出4.18亿元'), '4.18 / 6.42 = 65.11%')
t(d.L('监督电话：0745-5221608'), 'a phone number')

# s06: a 1-10月 财政收支 月报
d, f, t = doc('s06-mingchuan-city-2025-jan-oct-fiscal-monthly.md')
t(d.L('发布时间：2025-11-14'), 'web furniture')
f(d.L('现将2024年1-10月全市财政收支情况通报如下'), 'year', 'must', '2024年1-10月 in the opening under a 2025年1-10月 title (the figures are 2025\'s)')
check(growth_ok('3.4', '137.99', '142.68') and pct_ok('84.6', '142.68', '168.65') and (D('84.6') - (D(10) / 12 * 100).quantize(D('0.1'))) == D('1.3'), 'rev')
t(d.L('1-10月，全市一般公共预算收入完成142.68亿元'), '142.68 / 168.65 = 84.60%; 84.6 − 83.3 (10/12) = 1.3个百分点; 3.4% and 2.3% on bases in the table or unstated')
check(sm('58.24', '84.44') == D('142.68') and off('84.44', '18.62', '15.46', '21.38', '12.06', '19.62')
      and sm('18.62', '15.46', '21.38', '12.06', '19.62') == D('87.14'), 'levels')
f(d.L('分级次看，市本级完成58.24亿元'), 'sum', 'must', '县区级 84.44, but its five 其中 parts add to 87.14 (58.24 + 84.44 = 142.68 right)')
check(D('142.68') - D('103.26') == D('39.42') and pct_ok('72.4', '103.26', '142.68') and growth_ok('2.1', '101.14', '103.26')
      and pct('101.14', '137.99') == D('73.3') and not growth_ok('6.8', '36.85', '39.42') and growth_ok('7.0', '36.85', '39.42'), 'tax')
f(d.L('分收入类型看，税收收入完成103.26亿元') + d.L('| 二、非税收入 |'), 'conflict', 'must',
  '非税收入 同比增长6.8% in the text, 7.0 in 表1 (39.42 / 36.85 = 106.97%)')
f(d.L('分收入类型看，税收收入完成103.26亿元'), 'change', 'may', '非税收入 39.42 against 表1\'s 上年同期 36.85 is 7.0%, stated 6.8%')
check(growth_ok('4.2', '37.08', '38.64') and growth_ok('-3.6', '16.89', '16.28') and growth_ok('7.8', '4.97', '5.36') and growth_ok('-12.3', '7.78', '6.82'), 'taxes')
t(d.L('主要税种中：增值税38.64亿元'), 'four rates as in 表1')
check(growth_ok('4.6', '196.33', '205.36') and pct_ok('78.2', '205.36', '262.60') and pct_ok('80.1', '164.52', '205.36')
      and (D(10) / 12 * 100).quantize(D('0.1')) - D('78.2') == D('5.1'), 'exp')
t(d.L('1-10月，全市一般公共预算支出完成205.36亿元'), '205.36 / 262.60 = 78.20%; 83.3 − 78.2 = 5.1个百分点; 164.52 / 205.36 = 80.11%; 1.2个百分点')
check(D('19.64') < D('20.27') and growth_ok('-3.1', '20.27', '19.64'), 'health')
check(not growth_ok('8.5', '19.62', '21.48') and growth_ok('9.5', '19.62', '21.48'), 'agri')
f(d.L('主要支出科目中：教育支出38.26亿元'), 'direction', 'must', '卫生健康支出 19.64 较上年同期的20.27亿元 增长3.1% (a fall of 3.1%)')
f(d.L('主要支出科目中：教育支出38.26亿元') + d.L('| 卫生健康 |'), 'conflict', 'may', '卫生健康 增长3.1% in the text, −3.1 in 表1')
f(d.L('| 农林水 |'), 'change', 'must', '农林水 21.48 / 19.62 = 109.48%: 9.5%, the 同比增减% column says 8.5 (the text says 9.5)')
f(d.L('| 农林水 |'), 'conflict', 'may', '农林水 增长9.5% in the text, 8.5 in 表1')
check(sm('101.14', '36.85') == D('137.99') and sm('124.80', '43.85') == D('168.65') and sm('103.26', '39.42') == D('142.68')
      and pct_ok('82.7', '103.26', '124.80') and pct_ok('89.9', '39.42', '43.85'), 'table')
t(d.L('| 一般公共预算收入 |'), 'the two kinds add up in every column; 其中 rows under 税收 are partial (67.10 of 103.26)')
t(d.L('| 一、税收收入 |'), '2.1%, 82.7%')
for label in ['| 其中：增值税 |', '| 企业所得税 |', '| 个人所得税 |', '| 契税 |']:
    t(d.L(label), 'a tax row: its rate right')
check(growth_ok('5.2', '36.37', '38.26') and growth_ok('8.6', '38.84', '42.18') and growth_ok('-11.7', '28.14', '24.86'), 'rows')
t(d.L('| 一般公共预算支出 |'), '4.6, 78.2; 其中 rows partial (146.42 of 205.36)')
for label in ['| 其中：教育 |', '| 社会保障和就业 |', '| 城乡社区 |']:
    t(d.L(label), 'a spending row: its rate right')
check(pct_ok('86.1', '33.12', '38.46') and chg_wrong('10.2', '6.24', '52.38', down=True) and pct('6.24', D('52.38') + D('6.24')) == D('10.6'), 'fund')
f(d.L('1-10月，全市政府性基金预算收入完成38.46亿元'), 'change', 'must',
  '政府性基金支出 6.24 / (52.38 + 6.24 = 58.62) = 10.6%, stated 下降10.2% (33.12 / 38.46 = 86.1% right)')
t(d.L('1-10月，全市国有资本经营预算收入完成2.86亿元'), 'rates on unstated bases')
t(d.L('一是加强收入征管'), '〔2023〕14号 a document number; 5%以上 a threshold; 11月底 a date')

# s07: a 三公经费 决算 reposted in traditional characters
d, f, t = doc('s07-liyuan-county-transport-bureau-2024-sangong-final-accounts-traditional.txt')
t(d.L('發佈日期：2025-09-02'), 'web furniture: 瀏覽次數：1,206')
check(sm('0', '34.26', '12.12') == D('46.38') and pct_ok('86.9', '46.38', '53.40') and chg_ok('10.2', '5.26', '46.38', down=True)
      and sm('0', '38.00', '15.40') == D('53.40') and D('3.78') + D('1.48') == D('5.26'), 'total')
f(d.L('2024年度本部門「三公」經費財政撥款支出決算46.38萬元'), 'change-sum', 'may',
  'the total 減少5.26 = 3.78 + 1.48 with 公務接待 down; read as written (接待 增加1.48), the parts\' changes give −2.30 (46.38 / 53.40 = 86.9%, '
  '5.26 / 51.64 = 10.2%, 0 + 34.26 + 12.12 = 46.38 all right)')
t(d.L('（一）因公出國（境）費0萬元'), '0 and 與上年持平 with no change')
check(off('34.26', '18.60', '15.86') and sm('18.60', '15.86') == D('34.46'), 'car')
check(pct_wrong('92.2', '34.26', '38.00') and pct('34.26', '38.00') == D('90.2'), 'car ratio')
f(d.L('（二）公務用車購置及運行維護費34.26萬元'), 'sum', 'must', '公務用車購置及運行維護費 34.26, but 購置費 18.60 + 運行維護費 15.86 = 34.46 (1. 2. on the lines below)')
f(d.L('（二）公務用車購置及運行維護費34.26萬元'), 'change', 'must', '34.26 / 38.00 = 90.2%, stated 完成預算的92.2%')
t(d.L('1.公務用車購置費18.60萬元'), '1輛 a count')
check(9 + 2 + 1 == 12, 'fleet')
t(d.L('年末公務用車保有量12輛'), '9 + 2 + 1 = 12')
check(pct_ok('78.7', '12.12', '15.40') and chg_ok('10.9', '1.48', '12.12', down=True), 'rec')
f(d.L('（三）公務接待費12.12萬元'), 'direction', 'must', '比上年增加1.48萬元 with 下降10.9% (1.48 / 13.60 = 10.9% is a fall; the total\'s 減少5.26 needs it)')
t(d.L('2024年度本部門機關運行經費支出128.46萬元'), '3.8% on an unstated base')
check(band('89.6', DEFAULT) == '良', 'grade')
f(d.L('本部門2024年部門整體支出績效自評得分89.6分'), 'grade', 'must', '89.6 is 良 under the bands stated in the same sentence (90分（含）以上為優), called 優')
check(5 + 2 + 1 == 8 and band('86.5', DEFAULT) == '良', 'projects')
t(d.L('本部門對8個項目開展了績效自評'), '5 + 2 + 1 = 8; 86.5 良 right')
t(d.L('聯繫電話：0736-3325816'), 'a phone number')

# s08: a school's 单位预算 through OCR
d, f, t = doc('s08-tongxi-county-no1-high-school-2025-unit-budget-ocr.txt')
t(d.L('二〇二五年二月'), 'a date in Chinese numerals with 〇')
f(d.S('学校共设行政职能处室5个：办公室、教务处、政教处、总务处、教科室、安全保卫处。'), 'count', 'must', '行政职能处室5个 with six names (the list wraps over two lines)')
check(786 + 774 + 756 == 2316, 'students')
t(d.L('中高一年级786人'), '786 + 774 + 756 = 2,316 (written 2 ,316 by the OCR); 198 and 172 staff')
check(chg_ok('4.6', '168.20', '3862.40') and sm('3406.80', '386.60', '69.00') == D('3862.40') and pct_ok('88.2', '3406.80', '3862.40'), 'income')
t(d.L('2025年收入预算3,862.40万元'), '168.20 / 3,694.20 = 4.55% → 4.6; 3,406.80 + 386.60 + 69.00 = 3,862.40; 88.20%')
check(chg_wrong('7.1', '212.40', '3406.80') and pct('212.40', D('3406.80') - D('212.40')) == D('6.6'), 'gp')
f(d.S('其中：一般公共预算拨款收入3,406.80万元，占88.2%，较上年增加212.40万元，增长7.1%'), 'change', 'must',
  '一般公共预算拨款收入 212.40 / (3,406.80 − 212.40 = 3,194.40) = 6.6%, stated 增长7.1%')
check(sm('3128.56', '733.84') == D('3862.40'), 'exp')
t(d.L('2025年支出预算3,862.40万元'), '3,128.56 + 733.84 = 3,862.40; 上年为2024年 a definition')
check(off('3128.56', '2826.20', '324.36') and sm('2826.20', '324.36') == D('3150.56'), 'basic')
f(d.S('基本支出3,128.56万元，其中人员经费2,826.20万元，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费等；公用经费324.36万元'),
  'sum', 'must', '基本支出 3,128.56, but 人员经费 2,826.20 + 公用经费 324.36 = 3,150.56 (more than the total)')
check(sm('268.40', '186.00', '142.64', '96.80') == D('693.84'), 'projects')
t(d.S('项目支出733.84万元，其中：教学设备购置268.40万元，校舍维修改造186.00万元，学生资助142.64万元，教育信息化建设96.80万元。'),
  '693.84 of 733.84: a 其中 list that may be partial (6个项目 against four items)')
check(sm('0', '5.40', '3.20') == D('8.60') and chg_ok('4.4', '0.40', '8.60', down=True), 'sangong')
t(d.S('2025年“三公”经费预算8.60万元，比上年压减0.40万元，下降4.4%。'), '0.40 / 9.00 = 4.44%; 0 + 5.40 + 3.20 = 8.60; 1辆')
check(sm('318.40', '94.20') == D('412.60'), 'gp2')
t(d.L('2025年政府采购预算412.60万元'), '318.40 + 94.20 = 412.60; 40% a threshold')
t(d.L('本校2025年6个项目全部编制了绩效目标'), '6个项目 not an enumeration of the four 其中 items')
check(D('10842.36') > D('8624.18'), 'assets')
t(d.L('学校占有使用国有资产总额1〇,842.36万元'), '1〇,842.36 = 10,842.36 (〇 for 0) with 固定资产 8,624.18 inside it; 50万元以上 a threshold; 2台')
f(d.L('十、名词解释') + d.L('十 、名 词 解 释'), 'heading', 'must', '八、 then 十、 (九、 missing), in the contents and in the body')
for n, p in enumerate(['— 1 —', '— 2 —', '— 3 —', '— 4 —']):
    t(d.L(p), 'a page number')
t(d.L('（三）“三公”经费：指用财政拨款安排'), '（一）（二）（三） under 十、')

write('heldout22 (gen22): eight invented documents in genres the earlier sets did not cover: a people\'s congress committee\'s '
      '审查结果报告 hard-wrapped from a PDF, a 国有资本经营预算 说明 with 合计-first Markdown tables, a hospital 单位决算 with a '
      'box-drawing table, 政府采购 statistics, a 新增专项债券 notice with a card per project, a 1-10月 财政收支 月报, a 三公经费 '
      '决算 reposted in traditional characters and a school 单位预算 through OCR; written blind', trim_traps=True)
