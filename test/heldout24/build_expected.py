#!/usr/bin/env python3
"""heldout24 (gen24). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

The most common genres a finance bureau publishes every year, in wordings earlier sets may not have used: a district
教育局 部门预算公开说明 (.md: a 收入 table with 占比, the 收支总表 and 一般公共预算支出 described in prose, 机关运行经费,
三公经费, 政府采购 with 预留 shares of two bases, 国有资产, 绩效目标), a county 农业农村局 部门决算 (年初预算 / 调整预算 /
决算数, 完成…的X%, 决算数大于/小于预算数的主要原因), a city's 市本级政府预算公开说明 as a .docx (四本预算, a Word
table of 支出科目, 债务限额 / 余额 by kind and level, a debt roll-forward, 还本付息), a town's half-year 预算执行情况的报告
to its 人民代表大会 wrapped at 74 half-width units (为年初预算的X%, 同比, 上级补助 by kind, 个百分点, 暂付款), a
subdistrict's 三公经费 / 会议费 / 培训费 决算 note (较年初预算 and 比上年决算, 所占比例, 分别是), and a 项目支出绩效自评
(指标 | 分值 | 得分 table, stated bands, a 子项目 table with 等级). Statements are located by a piece of their text
(../heldout-kit/expected_kit.py); every figure a finding or trap relies on is re-derived here with decimal arithmetic.
Run: node test/heldout-kit/make_docs.mjs test/heldout24 (from the repository root), then the .docx text with
`budgetlint --print-text` into src/*.docx.text.txt, then python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm, half, chg_ok, chg_wrong, growth_ok  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)
DEFAULT = DEFAULT_BANDS


def roll_off(stated, start, inflow, outflow):
    """start + inflow − outflow against a stated end balance."""
    v = D(start) + D(inflow) - D(outflow)
    h = half(start) + half(inflow) + half(outflow) + half(stated)
    return not (v - h <= D(stated) <= v + h)


def diff_off(stated, a, b):
    """a − b against a stated difference."""
    return roll_off(stated, a, '0', b)


# h01: a district 教育局 部门预算公开说明 (.md)
d, f, t = doc('h01-qingyu-district-education-bureau-2025-department-budget.md')
t(d.L('内设办公室'), '5个科室 with five named')
check(1 + 3 + 34 == 38, 'units')
t(d.L('纳入2025年部门预算编制范围的单位共38个'), '1 + 3 + 34 = 38 (包括)')
check(chg_ok('3.8', '3186.20', '86420.50'), 'total')
t(d.L('收支总预算86,420.50万元'), '3,186.20 / (86,420.50 − 3,186.20 = 83,234.30) = 3.83% → 3.8')
check(sm('78652.30', '2400.00', '4968.20', '400.00') == D('86420.50'), 'income')
for cell, amt, s in [('| 一般公共预算拨款收入 |', '78652.30', '91.0'), ('| 政府性基金预算拨款收入 |', '2400.00', '2.8'),
                     ('| 事业收入 |', '4968.20', '5.7'), ('| 上年结转 |', '400.00', '0.5')]:
    check(pct_ok(s, amt, '86420.50'), cell)
    t(d.L(cell), '%s / 86,420.50 = %s%%, stated %s%%' % (amt, pct(amt, '86420.50'), s))
check(sm('91.0', '2.8', '5.7', '0.5') == D('100.0'), 'shares')
t(d.L('| 合计 | 86,420.50 |'), '78,652.30 + 2,400.00 + 4,968.20 + 400.00 = 86,420.50; 91.0 + 2.8 + 5.7 + 0.5 = 100.0')
check(sm('80316.40', '3512.60', '1126.30', '1465.20') == D('86420.50') and pct_ok('92.9', '80316.40', '86420.50'), 'func')
t(d.L('收支总表支出方面'), '80,316.40 / 86,420.50 = 92.94% → 92.9 (所占比例); the four kinds add to 86,420.50')
check(sm('62184.70', '24235.80') == D('86420.50') and pct_ok('72.0', '62184.70', '86420.50') and pct_ok('28.0', '24235.80', '86420.50'), 'kind')
t(d.L('按支出性质分'), '62,184.70 + 24,235.80 = 86,420.50; 72.0% and 28.0% right')
check(D('78652.30') - D('76218.40') == D('2433.90') and pct_ok('3.2', '2433.90', '76218.40'), 'gpb')
t(d.L('2025年一般公共预算拨款支出78,652.30万元'), '较2024年预算数76,218.40 增加2,433.90 (right) 增长3.2% (3.19)')
check(chg_ok('8.1', '512.30', '6842.50'), 'pre')
t(d.L('1.学前教育支出'), '512.30 / 6,330.20 = 8.09% → 8.1; 2所 a count')
check(chg_wrong('2.2', '620.40', '28416.80', down=True) and pct('620.40', '29037.20') == D('2.1'), 'primary')
f(d.L('2.小学教育支出'), 'change', 'must', '比上年减少620.40万元 from 28,416.80 + 620.40 = 29,037.20 is 2.14%, stated 下降2.2%')
t(d.L('3.初中教育支出'), '同比增长4.6% on an unstated base')
check(chg_ok('8.8', '1026.80', '12708.60'), 'high')
t(d.L('4.高中教育支出'), '与上年相比增加1,026.80 from 11,681.80 = 8.79% → 增幅8.8%')
check(chg_ok('12.7', '46.20', '318.40', down=True), 'train')
t(d.L('5.进修及培训支出'), '减少46.20 from 364.60 = 12.67% → 降幅12.7%')
check(chg_ok('7.3', '14.60', '186.40', down=True), 'admin')
t(d.L('机关运行经费预算186.40万元'), '压减14.60 from 201.00 = 7.26% → 下降7.3%; 1家 a count')
check(off('42.80', '0', '31.60', '12.20') and sm('0', '31.60', '12.20') == D('43.80'), '3pub')
f(d.L('2025年“三公”经费财政拨款预算合计42.80万元'), 'sum', 'must',
  '三公 合计42.80, but 因公出国 0 + 公务用车 31.60 + 公务接待 12.20 = 43.80 (a complete partition)')
check(chg_ok('7.4', '3.40', '42.80', down=True), '3pub chg')
t(d.L('与上年相比，“三公”经费预算减少3.40万元'), '3.40 / (42.80 + 3.40 = 46.20) = 7.36% → 7.4 (against the stated total)')
check(sm('4216.30', '1580.00', '1046.30') == D('6842.60'), 'proc')
t(d.L('2025年本部门政府采购预算总额'), '4,216.30 + 1,580.00 + 1,046.30 = 6,842.60')
check(pct_ok('75.0', '5132.00', '6842.60') and pct_ok('66.6', '3420.00', '5132.00') and pct('3420', '6842.60') == D('50.0'), 'sme')
t(d.L('预留给中小企业的合同金额'), '5,132 / 6,842.60 = 75.0%; 小微 3,420 / 5,132 = 66.6% (a share of another base, not of 6,842.60)')
check(2 + 0 + 3 + 6 == 11, 'cars')
f(d.L('本部门共有车辆12辆'), 'sum', 'must', '车辆12辆, but 2 + 0 + 3 + 6 = 11 after 其中 (100万元以上 and 50万元以上 thresholds)')
check(pct_wrong('15.4', '3260.00', '24235.80') and pct('3260.00', '24235.80') == D('13.5'), 'key')
f(d.L('占项目支出预算的15.4%'), 'share', 'must', '3,260.00 / 项目支出 24,235.80 = 13.5%, stated 15.4%')
f(d.L('绩效目标从三个维度设定'), 'count', 'must', '三个维度： with 一是…四是… (four)')
t(d.L('青财预〔2025〕3号'), 'a document number and a phone number')

# h02: a county 农业农村局 部门决算 (.txt)
d, f, t = doc('h02-zhexi-county-agriculture-bureau-2024-department-final-accounts.txt')
check(chg_ok('7.7', '418.36', '5862.74'), 'total')
t(d.L('2024年度收入总计5,862.74万元'), '418.36 / 5,444.38 = 7.68% → 7.7')
check(sm('5108.62', '0', '317.56') == D('5426.18') and pct_ok('94.1', '5108.62', '5426.18') and pct_ok('5.9', '317.56', '5426.18')
      and sm('5426.18', '436.56') == D('5862.74'), 'income')
t(d.L('本年收入合计5,426.18万元'), '5,108.62 + 0 + 317.56 = 5,426.18; 94.1% / 5.9%; + 436.56 = 5,862.74')
check(sm('1826.45', '3787.85') == D('5614.30') and pct_ok('32.5', '1826.45', '5614.30') and pct_ok('67.5', '3787.85', '5614.30')
      and sm('5614.30', '248.44') == D('5862.74'), 'spend')
t(d.L('本年支出合计5,614.30万元'), '1,826.45 + 3,787.85 = 5,614.30; 32.5% / 67.5%; + 248.44 = 5,862.74')
check(chg_ok('2.3', '126.40', '5386.20', down=True) and sm('5108.62', '277.58') == D('5386.20'), 'fin')
t(d.L('财政拨款收入支出决算总计5,386.20万元'), '126.40 / 5,512.60 = 2.29% → 2.3; 5,108.62 + 277.58 = 5,386.20')
check(pct_ok('88.5', '4968.34', '5614.30') and pct_ok('96.5', '4968.34', '5146.80') and pct_ok('109.9', '4968.34', '4520.00'), 'gpb')
t(d.L('2024年度一般公共预算财政拨款支出4,968.34万元'), '88.5% of 5,614.30; 96.5% of 调整预算; 109.9% of 年初预算')
t(d.L('决算数大于年初预算数的主要原因是年中追加'), '4,968.34 > 4,520.00: 大于 right')
check(pct_ok('97.7', '598.26', '612.40'), 'admin')
t(d.L('（一）农林水支出（类）农业农村（款）行政运行（项）'), '598.26 / 612.40 = 97.7%; 598.26 < 612.40: 小于 right')
check(D('94.52') > D('86.00') and pct_ok('109.9', '94.52', '86.00'), 'pest')
f(d.L('（二）农林水支出（类）农业农村（款）病虫害控制（项）'), 'direction', 'must',
  '决算数小于预算数, but 支出决算94.52 > 年初预算86.00 (and 完成年初预算的109.9% says so)')
check(pct_ok('95.1', '2148.60', '2260.00'), 'field')
t(d.L('（三）农林水支出（类）农业农村（款）农田建设（项）'), '2,148.60 / 2,260.00 = 95.1%')
check(pct_wrong('112.5', '1062.30', '920.00') and pct('1062.30', '920.00') == D('115.5'), 'prod')
f(d.L('（四）农林水支出（类）农业农村（款）农业生产发展（项）'), 'change', 'must',
  '1,062.30 / 年初预算920.00 = 115.5%, stated 完成年初预算的112.5% (大于 right)')
t(d.L('（五）社会保障和就业支出（类）'), '142.60 and 142.60: 持平 right')
check(off('1826.45', '1612.38', '241.07') and sm('1612.38', '241.07') == D('1853.45'), 'basic')
f(d.L('2024年度一般公共预算财政拨款基本支出1,826.45万元'), 'sum', 'must', '基本支出1,826.45, but 人员经费1,612.38 + 公用经费241.07 = 1,853.45')
check(pct_ok('81.6', '18.36', '22.50') and sm('0', '14.12', '4.24') == D('18.36'), '3pub')
t(d.L('2024年度“三公”经费财政拨款支出预算为22.50万元'), '18.36 / 22.50 = 81.6%; 0 + 14.12 + 4.24 = 18.36; 小于 right')
t(d.L('公务用车运行维护费14.12万元，主要用于'), '7辆 a count; 2024年12月31日 a date')
check(chg_ok('16.9', '0.86', '4.24', down=True), 'recv')
t(d.L('公务接待费4.24万元，共接待'), '0.86 / 5.10 = 16.86% → 16.9; 36批次 / 248人次 counts')
check(chg_wrong('5.8', '12.60', '241.07') and pct('12.60', '228.47') == D('5.5'), 'run')
f(d.L('2024年度本部门机关运行经费支出241.07万元'), 'change', 'must', '增加12.60 from 241.07 − 12.60 = 228.47 is 5.5%, stated 增长5.8%')
f(d.L('八、政府采购支出情况说明'), 'heading', 'must', '八、 twice (八、机关运行经费 then 八、政府采购), 九、 after')
check(sm('186.40', '920.00', '180.00') == D('1286.40') and pct_ok('85.8', '1104.20', '1286.40'), 'proc')
t(d.L('2024年度政府采购支出总额1,286.40万元'), '186.40 + 920.00 + 180.00 = 1,286.40; 1,104.20 / 1,286.40 = 85.8%')
t(d.L('本部门共有车辆7辆'), '4 + 3 = 7')
t(d.L('本部门对2024年度24个项目开展绩效自评'), '3,787.85 the 项目支出 above; 100%')
t(d.L('2025年9月'), 'a date')

# h03: a city's 市本级政府预算公开说明 (.docx)
d, f, t = doc('h03-fenglin-city-2025-city-level-government-budget-disclosure.docx')
f(d.L('现将枫林市2024年市本级政府预算有关情况说明如下'), 'year', 'must', '2024年市本级政府预算 in the opening of 枫林市2025年市本级政府预算公开说明')
check(sm('34.80', '13.82') == D('48.62') and pct_ok('71.6', '34.80', '48.62'), 'rev')
t(d.L('2025年市本级一般公共预算收入安排48.62亿元'), '34.80 + 13.82 = 48.62; 71.6%; 4.5% on an unstated base; 收入总计86.34 includes items with no amount')
t(d.L('市本级一般公共预算支出安排79.86亿元'), '增长2.6% on an unstated base')
for cell in ['| 一般公共服务支出 |', '| 教育支出 |', '| 社会保障和就业支出 |', '| 卫生健康支出 |', '| 城乡社区支出 |', '| 其他各项支出 |']:
    t(d.L(cell), 'a row: amount and a growth rate with no prior stated')
check(off('79.86', '6.42', '14.86', '12.38', '7.49', '9.60', '28.66') and sm('6.42', '14.86', '12.38', '7.49', '9.60', '28.66') == D('79.41'), 'table')
f(d.L('| 合计 | 79.86 | 2.6 |'), 'sum', 'must', 'the table\'s 合计 79.86, but the six rows add to 79.41 (卫生健康 7.49)')
check(pct_ok('91.4', '29.60', '32.40'), 'fund')
t(d.L('市本级政府性基金预算收入安排32.40亿元'), '29.60 / 32.40 = 91.4%; 12.8% unstated base; 18.00 a partial 其中 of 41.28')
check(chg_ok('21.3', '0.34', '1.26', down=True) and sm('0.88', '0.38') == D('1.26'), 'soe')
t(d.L('市本级国有资本经营预算收入安排1.26亿元'), '0.34 / 1.60 = 21.25% → 21.3; 0.88 + 0.38 = 1.26')
check(D('62.74') - D('58.16') == D('4.58'), 'ss')
t(d.L('市本级社会保险基金预算收入安排62.74亿元'), '62.74 − 58.16 = 4.58; 年末滚存37.92 with no opening balance stated')
check(sm('142.30', '244.20') == D('386.50') and sm('138.64', '233.54') == D('372.18') and D('138.64') <= D('142.30') and D('233.54') <= D('244.20'), 'all')
t(d.L('经省政府批准，2024年全市政府债务限额为386.50亿元'), 'limits and balances add up; each balance under its limit')
check(sm('62.10', '106.30') == D('168.40') and sm('63.02', '102.24') == D('165.26') and D('63.02') > D('62.10'), 'city')
f(d.L('分级次看'), 'debt', 'must', '市本级一般债务余额63.02 above 一般债务限额62.10 (total 165.26 under 168.40; 专项 102.24 under 106.30)')
check(not roll_off('165.26', '143.78', sm('24.60', '8.36'), '11.48') and sm('3.20', '21.40') == D('24.60'), 'roll')
t(d.L('2023年末市本级政府债务余额为143.78亿元'), '143.78 + 24.60 + 8.36 − 11.48 = 165.26; 3.20 + 21.40 = 24.60')
check(off('15.62', '10.34', '5.82') and sm('10.34', '5.82') == D('16.16'), 'service')
f(d.L('2025年市本级预计政府债务还本付息支出15.62亿元'), 'sum', 'must', '还本付息15.62, but 还本10.34 + 付息5.82 = 16.16')
t(d.L('重点做好三方面工作'), '三方面 with 一是…三是…')
t(d.L('纳入绩效目标管理的项目支出预算资金46.80亿元'), '28个 and 12.64 alone')
check(sm('21.36', '5.12') == D('26.48') and pct_ok('80.7', '21.36', '26.48'), 'transfer')
t(d.L('2025年市对县（区）转移支付预算安排26.48亿元'), '21.36 + 5.12 = 26.48; 80.7%; 1.6个百分点')
check(386 + 2946 + 1530 == 4862, '3pub')
t(d.L('2025年市本级“三公”经费财政拨款预算安排4,862万元'), '386 + 2,946 + 1,530 = 4,862; 压减5.2% on an unstated base')
t(d.L('约30亿元'), 'approximate')
t(d.L('2025年2月10日'), 'a date')

# h04: a town's half-year 预算执行情况的报告, wrapped at 74 half-width units
d, f, t = doc('h04-shiqiao-town-2025-first-half-budget-execution-report.txt')
t(d.L('——2025年7月18日'), 'a date and a session number')
check(pct_ok('54.4', '1862', '3420') and chg_ok('8.5', '146', '1862') and sm('1536', '326') == D('1862') and pct_ok('82.5', '1536', '1862'), 'rev')
# the parts' rates agree with the total's: 1,536 / 1.072 ≈ 1,432.8 and 326 / 1.152 ≈ 283.0 add to ≈ 1,716 = 1,862 − 146
check(abs(D('1536') / D('1.072') + D('326') / D('1.152') - D('1716')) < 1, 'parts')
# 1,432.8 / 1,716 = 83.5%, 82.5 − 83.5 = 1.0个百分点
check(abs(pct('1536', '1862') - (D('1536') / D('1.072') / D('1716') * 100).quantize(D('0.1')) + D('1.0')) <= D('0.1'), 'points')
t(d.S('全镇一般公共预算收入完成1,862万元，为年初预算3,420万元的54.4%，比上年同期增加146万元，增长8.5%'),
  '54.4%; 146 / 1,716 = 8.5%; 1,536 + 326 = 1,862; 82.5%; 7.2% and 15.2% agree with the total; 下降1.0个百分点')
check(pct_ok('40.9', '628', '1536') and pct_ok('13.9', '214', '1536'), 'tax')
t(d.S('增值税完成628万元，占税收收入的40.9%；企业所得税完成214万元，占13.9%'), '628 / 1,536 = 40.9%; 214 / 1,536 = 13.9%; 6.4% unstated base')
check(off('4286', '168', '2954', '1264') and sm('168', '2954', '1264') == D('4386'), 'transfer')
f(d.S('上半年共收到上级补助收入4,286万元，其中返还性收入168万元、一般性转移支付收入2,954万元、专项转移支付收入1,264万元'), 'sum', 'must',
  '上级补助收入4,286, but 返还性 168 + 一般性 2,954 + 专项 1,264 = 4,386 (a complete partition)')
check(pct_ok('55.0', '4928', '8960') and pct_ok('33.4', '1648', '4928') and chg_ok('5.9', '54', '862', down=True), 'exp')
t(d.S('全镇一般公共预算支出完成4,928万元，为年初预算8,960万元的55.0%'), '4,928 / 8,960 = 55.0%; 3.6% and 2.1% unstated bases; 33.4%')
t(d.S('社会保障和就业支出862万元，比上年同期减少54万元，下降5.9%'), '54 / 916 = 5.9%')
check(chg_wrong('17.0', '122', '716') and pct('122', '594') == D('20.5') and pct('122', '716') == D('17.0'), 'urban')
f(d.S('城乡社区支出716万元，比上年同期增加122万元，增长17.0%'), 'change', 'must', '增加122 from 716 − 122 = 594 is 20.5%, stated 17.0% (122 / 716: the current year taken as the base)')
check(pct_ok('28.0', '420', '1500'), 'fund')
t(d.S('政府性基金收入完成420万元，为年初预算1,500万元的28.0%'), '420 / 1,500 = 28.0%')
check(pct_ok('45.0', '21.6', '48.0'), '3pub')
t(d.S('镇本级“三公”经费支出21.6万元，占全年预算48.0万元的45.0%'), '21.6 / 48.0 = 45.0%; 12.2% unstated base')
check(D('412') - D('268') == D('144') and pct_ok('34.9', '144', '412') and pct('144', '412') == D('35.0'), 'adv')
t(d.S('镇级暂付款余额268万元，较年初的412万元减少144万元，下降34.9%'), '412 − 268 = 144; 144 / 412 = 34.95%: 34.9 truncated, inside the interval')
check(sm('1862', '4286') == D('6148') and D('6148') - D('4928') == D('1220'), 'bal')
t(d.S('上半年全镇可用财力6,148万元（一般公共预算收入1,862万元、上级补助收入4,286万元）'), '1,862 + 4,286 = 6,148; 6,148 − 4,928 = 1,220')
f(d.L('我镇重点抓好四个方面工作'), 'count', 'must', '四个方面工作： with 一是…三是… (three)')
t(d.S('前十户企业入库税收占税收收入的六成左右'), '六成左右 approximate; 28.0% repeated')
f(d.L('四、下半年工作打算'), 'heading', 'must', '二、 then 四、 (三、 missing)')
t(d.S('确保全年一般公共预算收入完成3,420万元以上'), 'a threshold (以上), 1,200万元左右')
t(d.S('全年控制在48.0万元以内'), 'a threshold (以内)')
t(d.S('力争年底前暂付款余额降至200万元以下'), 'a target (以下)')
t(d.S('0738-6621047'), 'a phone number')

# h05: a subdistrict's 三公经费 / 会议费 / 培训费 决算 note
d, f, t = doc('h05-beihu-subdistrict-2024-three-public-expenses-meeting-training-final-accounts.txt')
f(d.L('根据我街道2023年度部门决算'), 'year', 'must', '我街道2023年度部门决算 in the opening of a 2024年度部门决算 note')
check(D('15.20') - D('12.86') == D('2.34') and chg_ok('15.4', '2.34', '12.86', down=True) and D('13.62') - D('12.86') == D('0.76')
      and chg_ok('5.6', '0.76', '12.86', down=True), '3pub')
t(d.L('“三公”经费财政拨款支出决算为12.86万元'), '15.20 − 12.86 = 2.34, 15.4%; 13.62 − 12.86 = 0.76, 5.6% (2023年度决算 a comparison)')
t(d.L('（一）因公出国（境）费0元'), '0: 持平 right')
t(d.L('（二）公务用车购置及运行维护费9.42万元'), '0 + 9.42 = 9.42; 2辆 a count')
check(chg_ok('25.2', '1.16', '3.44', down=True) and sm('0', '9.42', '3.44') == D('12.86') and sm('1.18', '1.16') == D('2.34'), 'recv')
t(d.L('（三）公务接待费3.44万元'), '1.16 / 4.60 = 25.2%; 0 + 9.42 + 3.44 = 12.86; 1.18 + 1.16 = 2.34; 约120元 (34,400 / 286 = 120.3)')
check(pct_ok('14.9', '12.86', '86.40') and (pct('12.86', '86.40') - pct('13.62', '92.60')) == D('0.2'), 'share3')
t(d.L('“三公”经费支出占机关运行经费的比重为14.9%'), '12.86 / 86.40 = 14.9%; 上年 13.62 / 92.60 = 14.7%: 提高0.2个百分点')
check(chg_ok('10.7', '0.32', '2.68', down=True) and pct_ok('3.1', '2.68', '86.40'), 'meet')
t(d.L('2024年度会议费支出决算2.68万元'), '0.32 / 3.00 = 10.7%; 2.68 / 86.40 = 3.1% (所占比例); 14个 / 约860人次')
f(d.L('全年共举办培训班6个'), 'count', 'must', '培训班6个，分别是 five named')
check(chg_ok('15.8', '0.58', '4.26'), 'train')
check(pct_wrong('5.9', '4.26', '86.40') and pct('4.26', '86.40') == D('4.9'), 'train share')
f(d.L('培训费占机关运行经费的比重为5.9%'), 'share', 'must', '4.26 / 机关运行经费86.40 = 4.9%, stated 5.9%')
check(off('6.84', '2.68', '4.26') and sm('2.68', '4.26') == D('6.94'), 'two')
f(d.L('会议费、培训费两项合计支出6.84万元'), 'sum', 'must', '两项合计6.84, but 会议费2.68 + 培训费4.26 = 6.94')
check(chg_ok('6.7', '6.20', '86.40', down=True) and sm('18.60', '12.40', '6.80', '2.68', '4.26', '3.44', '9.42', '28.80') == D('86.40'), 'run')
t(d.L('2024年度街道机关运行经费支出86.40万元'), '6.20 / 92.60 = 6.7%; the eight parts add to 86.40')
t(d.L('街道共有公务用车2辆'), '8年以上 a threshold')
check(D('14.60') - D('12.86') == D('1.74') and pct_ok('13.5', '1.74', '12.86'), '2025')
t(d.L('2025年街道“三公”经费预算14.60万元'), '14.60 − 12.86 = 1.74; 1.74 / 12.86 = 13.5% (another year\'s figure)')
t(d.L('2025年会议费预算2.80万元'), 'another year\'s budget')
t(d.L('街道将从三个方面加强管理'), '三个方面 with 一是…三是… on the next lines')
t(d.L('北财行〔2022〕17号'), 'a document number')
t(d.L('0731-85624170'), 'a phone number')
t(d.L('2025年8月26日'), 'a date')

# h06: a 项目支出绩效自评报告 with an 指标 | 分值 | 得分 table
d, f, t = doc('h06-shimen-county-health-bureau-2024-basic-public-health-project-self-evaluation.txt')
t(d.L('覆盖全县14个乡镇（街道）'), 'counts and 约42.6万人')
check(pct_ok('97.2', '2928.66', '3012.40') and sm('1986.40', '512.00', '514.00') == D('3012.40'), 'funds')
check(chg_wrong('6.2', '186.42', '2928.66') and pct('186.42', '2742.24') == D('6.8'), 'growth')
f(d.L('（二）资金情况'), 'change', 'must', '增加186.42 from 2,928.66 − 186.42 = 2,742.24 is 6.8%, stated 增长6.2% (97.2% and 1,986.40 + 512 + 514 = 3,012.40 right)')
check(6 + 4 + 2 + 1 + 2 + 1 == 16, 'indicators')
t(d.L('年度绩效目标设置产出、效益、满意度三类共16个指标'), '6 + 4 + 2 + 1 + 2 + 1 = 16')
check(band('92.12', DEFAULT) == '优', 'overall')
t(d.L('按照评分标准'), 'the bands; 92.12 优 right')
for cell, w, s in [('| 预算执行率 |', '10', '9.72'), ('| 产出指标 |', '50', '46.80'), ('| 效益指标 |', '30', '27.40'), ('| 满意度指标 |', '10', '9.20')]:
    check(D(s) <= D(w), cell)
    t(d.L(cell), 'a row: 得分 under 分值')
check(sm('10', '50', '30', '10') == D('100') and off('92.12', '9.72', '46.80', '27.40', '9.20') and sm('9.72', '46.80', '27.40', '9.20') == D('93.12'), 'table')
f(d.L('| 合计 | 100 | 92.12 |'), 'sum', 'must', '得分 合计 92.12, but 9.72 + 46.80 + 27.40 + 9.20 = 93.12 (分值 10 + 50 + 30 + 10 = 100 right)')
t(d.L('（一）预算执行率。'), '97.2% × 10 = 9.72')
check(pct_ok('107.2', '3.86', '3.60') and pct_ok('93.0', '2.14', '2.30'), 'qty')
t(d.L('1.数量指标'), '3.86 / 3.60 = 107.2%; 2.14 / 2.30 = 93.0%; 扣1.40分')
t(d.L('2.质量指标'), '1.8个百分点; ≥60% a target')
check(D('30') - D('27.40') == D('2.60'), 'benefit')
t(d.L('（三）效益指标'), '30 − 27.40 = 2.60 扣分; 0.6个百分点; ≥95%')
check(pct_ok('97.7', '586', '600'), 'sat')
t(d.L('（四）满意度指标'), '586 / 600 = 97.7%')
check(sm('1846.20', '786.46', '256.00') == D('2888.66') and D('2888.66') < D('2928.66'), 'use')
t(d.L('执行数2,928.66万元，其中'), 'the 其中 list adds to 2,888.66, less than 2,928.66: partial, not an error')
for cell, s, g in [('| 家庭医生签约服务 |', '93.4', '优'), ('| 慢性病患者健康管理 |', '91.0', '优'), ('| 老年人健康管理 |', '90.0', '优'),
                   ('| 妇幼健康服务 |', '88.6', '良'), ('| 卫生监督协管 |', '72.5', '中')]:
    check(band(s, DEFAULT) == g, cell)
    t(d.L(cell), '%s is %s' % (s, g) + (' (90分（含）: the lower edge of 优)' if s == '90.0' else ''))
check(band('79.8', DEFAULT) == '中', 'health edu')
f(d.L('| 健康教育 |'), 'grade', 'must', '79.8 is 中 under the stated bands (80分（含）—90分为良), called 良')
# 优3个、良2个、中1个 agrees with the labels of 表2 but not with its scores (良1, 中2): left unannotated
f(d.L('主要存在两个方面的问题'), 'count', 'must', '两个方面的问题： with 一是…三是… (three)')
t(d.L('2025年力争高血压患者规范管理率达到65%以上'), 'a target (以上)')
t(d.L('2025年4月'), 'a date')

write('heldout24 (gen24): six invented documents in the most common yearly genres: a district 教育局 部门预算公开说明 (.md), a county '
      '部门决算 with 年初预算 / 调整预算 / 决算数, a 市本级政府预算公开说明 (.docx) with 四本预算 and 债务, a town\'s half-year '
      '预算执行情况的报告 wrapped at 74 half-width units, a subdistrict\'s 三公经费 / 会议费 / 培训费 决算 note and a 项目支出绩效自评 '
      'with an 指标 | 分值 | 得分 table; written blind', trim_traps=True)
