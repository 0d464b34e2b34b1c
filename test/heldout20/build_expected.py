#!/usr/bin/env python3
"""heldout20 (gen20). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Genres the earlier sets did not cover: speech-style reports to a people's congress or its standing committee
(关于…预算执行情况和…预算草案的报告, 1-9月 and 前三季度 against 上年同期, 完成预算的X%, 为上年同期的X%, changes in 个百分点,
亿元 beside 万元 in one run-on paragraph), policy-interpretation Q&A pages (问：…答：… restating a budget's figures
in other words), and plain 部门预算/决算 explanations with full-width digits and counts in Chinese numerals.
Statements are located by a piece of their text (../heldout-kit/expected_kit.py); every figure a finding or trap
relies on is re-derived here with decimal arithmetic. Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm, half, chg_ok, chg_wrong, yi  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)
DEFAULT = DEFAULT_BANDS


def pp_off(stated, now, before):
    """A change stated in 个百分点 against now − before (each rate ± half its last digit)."""
    lo = D(now) - D(before) - half(now) - half(before) - half(stated)
    hi = D(now) - D(before) + half(now) + half(before) + half(stated)
    return not (lo <= D(stated) <= hi)


def off_iv(stated, parts):
    """A stated total against parts given as (value, half-width) in one unit."""
    lo = sum(v - h for v, h in parts) - half(stated)
    hi = sum(v + h for v, h in parts) + half(stated)
    return not (lo <= D(stated) <= hi)


# q01: a county budget report to the people's congress: run-on paragraphs, 亿元 beside 万元, 个百分点
d, f, t = doc('q01-songxi-county-2024-budget-report-to-congress.txt')
t(d.L('——2025年1月8日在松溪县第十八届'), 'date and session numbers of the congress')
t(d.L('受县人民政府委托，现将松溪县2024年预算执行情况和2025年预算草案提请'), 'two years named by the title itself; 第十八届, 第四次')
check(sm('8.42', '4.44') == D('12.86') and pct_ok('65.5', '8.42', '12.86'), 'revenue')
t(d.L('全县一般公共预算收入完成12.86亿元，完成预算的102.4%'), '8.42 + 4.44 = 12.86; 65.5% right; 102.4% and 5.8% and 1.3个百分点 on unstated bases')
check(not off_iv('35.38', [(D('12.86'), half('12.86')), (D('18.64'), half('18.64')), (yi('32000'), D('0.00005')), (yi('6850'), D('0.00005'))]), 'total')
t(d.L('加上级补助收入18.64亿元、债务转贷收入32,000万元'), '12.86 + 18.64 + 3.2000 + 0.6850 = 35.385 meets 35.38 (万元 scaled to 亿元); 1.26亿元（即12,600万元） the same figure twice')
check(sm('6.12', yi('48600'), '3.26', '5.48') == D('19.72') and off('20.54', '6.12', '4.86', '3.26', '5.48'), 'four')
check(pp_off('0.8', '3.8', '3.2'), 'pp')
f(d.L('增幅比上年的3.2%提高0.8个百分点'), 'sum', 'must', '四项民生支出合计20.54亿元, but 6.12 + 4.86 (48,600万元) + 3.26 + 5.48 = 19.72')
f(d.L('增幅比上年的3.2%提高0.8个百分点'), 'change', 'may', 'a rate rising from 3.2% to 3.8% is 0.6个百分点, stated 提高0.8个百分点. '
  'Corrected after round 1 from must: with rates rounded or truncated (SPEC §4), 3.8 may be up to 3.8999 and 3.2 as low as 3.15, '
  'a difference of 0.75, the closed lower end of 0.8 rounded: the intervals meet, so the slip is not proved')
check(chg_ok('12.9', '1.36', '9.12', down=True) and pct('1.36', '10.48') == D('13.0'), 'fund')
t(d.L('全县政府性基金预算收入完成8.64亿元'), '1.36 / 10.48 = 12.977% stated 12.9 (truncated); 86.4% and 12.6% on unstated bases')
check(chg_wrong('24.6', '680', '3260') and pct('680', '2580') == D('26.4') and sm('1180', '2080') == D('3260'), 'soe')
f(d.L('全县国有资本经营预算收入完成3,260万元'), 'change', 'must', '680 / (3,260 − 680 = 2,580) = 26.4%, stated 增长24.6% (1,180 + 2,080 = 3,260 right)')
check(D('14.28') - D('13.06') == D('1.22'), 'ss')
t(d.L('全县社会保险基金收入14.28亿元'), '14.28 − 13.06 = 1.22')
check(sm('24.16', '44.26') == D('68.42') and sm('23.80', '48.80') == D('72.60') and D('24.16') > D('23.80'), 'debt')
f(d.L('2024年末全县政府债务余额68.42亿元'), 'debt', 'must', '一般债务余额 24.16 above 一般债务限额 23.80 (total 68.42 under 72.60, 专项 44.26 under 48.80; parts add up)')
check(chg_ok('5', '0.64', '13.50') and pct_ok('0.96', '3000', '312600'), 'draft')
t(d.L('2025年全县一般公共预算收入预期13.50亿元'), '0.64 / 12.86 = 4.98% → 5%; 1-9月 is a period; 3,000 / 312,600 = 0.96%')
f(d.L('四、完成2025年预算任务的主要措施'), 'heading', 'must', '一、 二、 then 四、 (三、 missing)')
t(d.L('一是坚持过紧日子'), 'an enumeration without a stated count')

# q02: a 1-9月 execution report to the standing committee: 上年同期, 完成年度预算的X%, 个百分点
d, f, t = doc('q02-baichuan-district-2025-q3-budget-execution-report.txt')
t(d.L('——2025年10月24日在柏川区第五届'), 'session numbers')
check(pct_ok('74.3', '9.36', '12.60') and pct_ok('4.6', D('9.36') - D('8.95'), '8.95') and sm('6.48', '2.88') == D('9.36'), 'rev')
check(pct_wrong('71.2', '6.48', '8.80') and pct('6.48', '8.80') == D('73.6'), 'tax')
check(pct_ok('69.2', '6.48', '9.36') and pp_off('1.2', '69.2', '67.4'), 'pp')
f(d.L('1-9月，全区一般公共预算收入完成9.36亿元'), 'change', 'must', '税收收入 6.48 / 年度预算 8.80 = 73.6%, stated 完成年度预算的71.2% (74.3% and 4.6% right)')
f(d.L('1-9月，全区一般公共预算收入完成9.36亿元'), 'change', 'must', '69.2% against 上年同期的67.4% is 1.8个百分点, stated 提高1.2个百分点')
check(pct_ok('108.7', '14.26', yi('131200')) and pct_ok('79.8', '11.38', '14.26'), 'exp')
check(off('8.12', '3.248', '1.86', '2.94') and sm(yi('32480'), '1.86', '2.94') == D('8.048'), 'three')
f(d.L('1-9月，全区一般公共预算支出完成14.26亿元'), 'sum', 'must', '三项合计8.12亿元, but 3.248 (32,480万元) + 1.86 + 2.94 = 8.048 (108.7% against 131,200万元 and 79.8% right)')
check(pct('0.46', '3.58') == D('12.8'), 'fund')
f(d.L('前三季度全区政府性基金预算收入3.12亿元'), 'direction', 'must', '减少0.46亿元 with 增长12.8% (0.46 / 3.58 = 12.8% is a fall); 61.4% on an unstated budget')
t(d.L('全区国有资本经营预算收入860万元，与上年同期持平'), '持平 with no change stated')
check(sm('18.34', '27.28') == D('45.62') and D('45.62') < D('48.90'), 'debt')
t(d.L('截至9月末，全区政府债务余额45.62亿元'), '18.34 + 27.28 = 45.62 under 48.90; 还本 and 利息 without a total')
f(d.L('主要采取了四个方面措施'), 'count', 'must', '四个方面 with 一是…二是…三是 (three)')
t(d.L('确保完成全年预算收入12.60亿元的目标'), 'the year budget restated the same; 4%左右 approximate')

# q03: a Q&A page restating a 部门预算
d, f, t = doc('q03-qingyan-county-education-2025-budget-qa.txt')
t(d.L('发布日期：2025-02-20'), 'web furniture')
check(D('2.36') * 10000 == D('23600') and sm('21420', '1860', '320') == D('23600'), 'income')
t(d.L('答：2025年部门收入预算总额为2.36亿元'), '2.36亿元 = 23,600万元 = 21,420 + 1,860 + 320')
f(d.L('二级预算单位共5个'), 'count', 'must', '共5个，包括 four names')
check(chg_wrong('6.1', '1240', '23600') and pct('1240', '22360') == D('5.5'), 'change')
f(d.L('答：2025年支出预算23,600万元'), 'change', 'must', '1,240 / (23,600 − 1,240 = 22,360) = 5.5%, stated 增长6.1%')
check(sm('16820', '6780') == D('23600') and pct_ok('71.3', '16820', '23600') and pct_ok('28.7', '6780', '23600'), 'shares')
t(d.L('答：基本支出16,820万元'), '16,820 + 6,780 = 23,600; 71.3%, 28.7%')
check(D('6870') != D('6780'), 'conflict')
f(d.L('答：2025年项目支出6,870万元'), 'conflict', 'must', '项目支出 6,870 here, 6,780 in the answer before')
check(off('42.6', '0', '28.4', '16.2') and sm('0', '28.4', '16.2') == D('44.6') and chg_ok('7.4', '3.4', '42.6', down=True), 'sangong')
f(d.L('答：2025年“三公”经费预算42.6万元'), 'sum', 'must', '三公 42.6, but 0 + 28.4 + 16.2 = 44.6 (3.4 / 46.0 = 7.4% right)')
check(sm('846.0', '0', '440.5') == D('1286.5'), 'proc')
t(d.L('答：2025年政府采购预算1,286.5万元'), '846.0 + 0 + 440.5 = 1,286.5; 不低于40% a threshold')
check(6 + 2 == 8 and band('91.2', DEFAULT) == '优' and band('86.5', DEFAULT) == '良', 'grade')
f(d.L('答：2024年对8个项目开展了绩效评价'), 'grade', 'must', '91.2 is 优 [90,100], called 良 (86.5 良 right; 6 + 2 = 8)')
t(d.L('0851-26428613'), 'a phone number')

# q04: a Q&A page on a city's 预算草案
d, f, t = doc('q04-pingjiang-city-2025-budget-draft-qa.txt')
check(chg_ok('5.5', '4.50', '86.40') and not pp_off('1.7', '7.2', '5.5'), 'rev')
t(d.L('答：2025年全市一般公共预算收入安排86.40亿元'), '4.50 / 81.90 = 5.49%; 7.2 − 5.5 = 1.7个百分点')
check(pct_ok('78.8', '112.30', '142.60') and pct_wrong('19.6', '26.84', '142.60') and pct('26.84', '142.60') == D('18.8') and pct_ok('8.7', '12.46', '142.60'), 'share')
f(d.L('答：全市一般公共预算支出安排142.60亿元'), 'share', 'must', '教育支出 26.84 / 142.60 = 18.8%, stated 19.6% (78.8% and 8.7% right)')
check(chg_wrong('4.1', '2.16', '48.62', down=True) and pct('2.16', '50.78') == D('4.3'), 'transfer')
f(d.L('答：预计上级转移支付收入48.62亿元'), 'change', 'must', '2.16 / (48.62 + 2.16 = 50.78) = 4.25% → 4.3 (truncated 4.2), stated 下降4.1%')
t(d.L('市本级安排预备费1.40亿元'), '1.6% of 市本级 spending, an unstated base (not the 全市 142.60)')
check(sm('142.18', '244.24') == D('386.42') and D('352.16') + D('46.80') + D('28.60') - D('42.14') == D('385.42'), 'debt')
f(d.L('2024年初全市政府债务余额为352.16亿元'), 'debt', 'must', '352.16 + 46.80 + 28.60 − 42.14 = 385.42, stated 年末债务余额 386.42 (所有再融资 stated)')
t(d.L('答：2024年末全市政府债务余额386.42亿元'), '142.18 + 244.24 = 386.42 under 412.60')
check(D('168.40') - D('156.20') == D('12.20'), 'ss')
f(d.L('答：全市社会保险基金收入预算168.40亿元'), 'sum', 'must', '168.40 − 156.20 = 12.20, stated 当年收支结余11.20')
check(yi('14000') == D('1.40'), 'reserve')
t(d.L('答：市本级预备费14,000万元'), '14,000万元 = 1.40亿元; 1%至3% a range')

# q05: 部门预算 with full-width digits and Chinese-numeral counts
d, f, t = doc('q05-donghu-county-agriculture-2025-dept-budget.txt')
f(d.L('本部门内设机构六个'), 'count', 'must', '六个，分别为 five names (下属事业单位三个 with three right)')
check(sm('2864.50', '280.00', '102.30') == D('3246.80'), 'income')
t(d.L('２０２５年收入预算总额３，２４６．８０万元'), 'full-width: 2,864.50 + 280.00 + 102.30 = 3,246.80')
check(chg_wrong('6.8', '186.40', '3246.80') and pct('186.40', '3060.40') == D('6.1'), 'change')
f(d.L('２０２５年支出预算总额３，２４６．８０万元'), 'change', 'must', '186.40 / 3,060.40 = 6.1%, stated 增长６．８％')
check(sm('1842.60', '1404.20') == D('3246.80') and pct_ok('56.8', '1842.60', '3246.80') and pct_ok('43.2', '1404.20', '3246.80'), 'shares')
t(d.L('基本支出１，８４２．６０万元'), '1,842.60 + 1,404.20 = 3,246.80; 56.75 → 56.8, 43.25 → 43.2')
check(sm('2412.60', '286.40', '68.20', '97.30') == D('2864.50'), 'gp')
t(d.L('一般公共预算拨款支出２，８６４．５０万元，其中'), '2,412.60 + 286.40 + 68.20 + 97.30 = 2,864.50')
f(d.L('（四）“三公”经费预算'), 'heading', 'must', '（一）（二） then （四） under 三、')
check(sm('0', '21.40', '7.20') == D('28.60'), 'sangong')
t(d.L('２０２５年“三公”经费预算２８．６０万元'), '0 + 21.40 + 7.20 = 28.60; 与上年持平 with no change')
check(4 + 6 + 3 == 13, 'cars')
f(d.L('本部门共有车辆十二辆'), 'sum', 'must', '车辆十二辆, but 四 + 六 + 三 = 13 (Chinese numerals); 50万元以上 a threshold')
t(d.L('实行绩效目标管理的项目十五个'), '1,404.20 = 项目支出, 100%')
check(chg_ok('6.1', '8.20', '126.80', down=True), 'running')
t(d.L('２０２５年机关运行经费预算１２６．８０万元'), '8.20 / 135.00 = 6.07% → 6.1')

# q06: 部门决算 with full-width digits, Chinese-numeral counts and an ASCII stale year
d, f, t = doc('q06-xilin-district-health-2024-dept-final-accounts.txt')
f(d.L('现将西林区卫生健康局2023年度部门决算公开如下'), 'year', 'must', 'the title says ２０２４年度 (full-width), the opening 2023年度')
t(d.L('本部门下属单位四个'), '四个 with four names')
check(chg_ok('4.9', '642.18', '12486.32', down=True) and sm('10864.20', '1420.12', '202.00') == D('12486.32')
      and pct_ok('87.0', '10864.20', '12486.32') and pct_ok('11.4', '1420.12', '12486.32') and pct_ok('1.6', '202.00', '12486.32'), 'income')
t(d.L('２０２４年度本年收入合计１２，４８６．３２万元'), '642.18 / 13,128.50 = 4.9%; parts add up; 87.0, 11.4, 1.6')
check(off('12302.68', '4268.46', '8134.22') and sm('4268.46', '8134.22') == D('12402.68'), 'spend')
f(d.L('２０２４年度本年支出合计１２，３０２．６８万元'), 'sum', 'must', '本年支出合计 12,302.68, but 4,268.46 + 8,134.22 = 12,402.68')
check(pct_wrong('106.2', '10864.20', '10236.00') and pct('10864.20', '10236.00') == D('106.1'), 'budget')
f(d.L('决算数为年初预算的１０６．２％'), 'change', 'must', '10,864.20 / 10,236.00 = 106.14%, stated 106.2%')
check(D('42.00') - D('36.48') == D('5.52') and sm('8.26', '28.22', '0') == D('36.48'), 'sangong')
t(d.L('２０２４年度“三公”经费财政拨款支出决算３６．４８万元'), '42.00 − 36.48 = 5.52; 8.26 + 28.22 + 0 = 36.48')
check(18 + 4 + 1 == 23 and band('79.5', DEFAULT) == '中' and band('93.0', DEFAULT) == '优', 'grade')
f(d.L('“基本公共卫生服务”项目自评得分７９．５分'), 'grade', 'must', '７９．５ is 中 [60,80), called 良 (十八 + 四 + 一 = 二十三 right; 93.0 优 right)')
check(8 + 4 + 2 == 14 and pct_ok('81.9', '1526.30', '1864.50'), 'other')
t(d.L('本部门共有车辆１４辆'), '8 + 4 + 2 = 14; 1,526.30 / 1,864.50 = 81.86% → 81.9')

# q07: a city final-accounts report to the standing committee: run-on 收入总计/支出总计, 万元 beside 亿元
d, f, t = doc('q07-shipu-city-2024-final-accounts-report.txt')
t(d.L('——2025年8月26日在石浦市第十六届'), 'session numbers')
check(pct_ok('70.8', '152.48', '215.36') and sm('152.48', '62.88') == D('215.36'), 'rev')
t(d.L('2024年，全市一般公共预算收入完成215.36亿元'), '152.48 + 62.88 = 215.36; 70.8%; 100.8%, 4.2%, 1.5个百分点 on unstated bases')
check(pct_wrong('97.2', '326.54', '338.60') and pct('326.54', '338.60') == D('96.4'), 'exp')
f(d.L('全市一般公共预算支出调整预算为338.60亿元'), 'change', 'must', '326.54 / 338.60 = 96.4%, stated 为调整预算的97.2%')
check(sm('215.36', '96.42', '28.60', '18.30', '6.84') == D('365.52') and sm('326.54', '4.62', '22.40') == D('353.56')
      and D('365.52') - D('353.56') == D('11.96'), 'balance')
f(d.L('收支相抵，结转下年支出12.96亿元'), 'sum', 'must', '收入总计 365.52 − 支出总计 353.56 = 11.96, stated 结转下年 12.96 (both totals add up)')
check(sm('6.18', '71.36', '18.88') == D('96.42') and yi('964200') == D('96.42'), 'transfer')
t(d.L('在上级补助收入中，返还性收入6.18亿元'), '6.18 + 71.36 + 18.88 = 96.42 = 964,200万元; 3.24亿 on an unstated base')
check(pct_ok('18.6', D('105.94') - D('86.24'), '105.94') and chg_ok('10.1', '8.46', '92.18'), 'fund')
t(d.L('全市政府性基金预算收入完成86.24亿元'), '19.70 / 105.94 = 18.6%; 8.46 / 83.72 = 10.1%')
check(pct_ok('121.5', '4.86', '4.00'), 'soe')
t(d.L('全市国有资本经营预算收入预算为4.00亿元'), '4.86 / 4.00 = 121.5%')
check(D('186.42') - D('172.36') == D('14.06'), 'ss')
t(d.L('全市社会保险基金收入186.42亿元'), '186.42 − 172.36 = 14.06')
check(sm('246.18', '382.22') == D('628.40') and off('96.80', '62.40', '36.40'), 'debt')
f(d.L('2024年末全市政府债务余额628.40亿元'), 'sum', 'must', '发行政府债券 96.80, but 62.40 + 36.40 = 98.80 (balances add up and stay under 672.50)')
check(D('326.45') != D('326.54'), 'conflict')
f(d.L('2024年全市一般公共预算支出决算326.45亿元中'), 'conflict', 'must', '一般公共预算支出 决算 326.45 here, 326.54 twice before')
t(d.L('1-6月，全市一般公共预算收入完成118.62亿元'), 'a 2025 half-year figure; 52.1% of an unstated budget')

# q08: a Q&A page restating a 部门决算, full-width totals beside ASCII
d, f, t = doc('q08-linxi-county-water-2024-final-accounts-qa.txt')
f(d.L('答：纳入本部门2024年度部门决算编制范围的单位共四个'), 'count', 'must', '共四个 with three names')
check(chg_ok('7.8', '426.18', '5864.26'), 'total')
t(d.L('答：2024年度收入总计５，８６４．２６万元'), '426.18 / 5,438.08 = 7.8% (full-width)')
check(sm('1246.60', '3739.80') == D('4986.40') and pct_ok('25.0', '1246.60', '4986.40') and pct_ok('75.0', '3739.80', '4986.40'), 'fiscal')
t(d.L('答：2024年度财政拨款支出4,986.40万元'), '1,246.60 + 3,739.80 = 4,986.40; 25.0%, 75.0%')
check(pct_ok('110.3', '4986.40', '4520.00'), 'budget')
t(d.L('答：财政拨款支出年初预算为4,520.00万元'), '4,986.40 / 4,520.00 = 110.3%')
check(D('3793.80') != D('3739.80'), 'conflict')
f(d.L('答：2024年度项目支出3,793.80万元'), 'conflict', 'may', '项目支出 3,793.80 here, 3,739.80 in the answer before. Corrected after round 1 '
  'from must: the answer before gives the 财政拨款 项目支出 (财政拨款支出4,986.40万元，其中…项目支出3,739.80万元); this answer names no '
  'source of funds, and a 部门决算\'s 项目支出 from all sources may be larger, so the two need not be one fact')
check(pct('4.26', '90.68') == D('4.7'), 'running')
f(d.L('答：2024年度机关运行经费支出86.42万元'), 'direction', 'must', '减少4.26万元 with 增长4.7% (4.26 / 90.68 = 4.7% is a fall)')
check(sm('0', '9.62', '3.22') == D('12.84') and pct_ok('85.6', '12.84', '15.00'), 'sangong')
t(d.L('答：2024年度“三公”经费财政拨款支出决算为12.84万元'), '0 + 9.62 + 3.22 = 12.84; 12.84 / 15.00 = 85.6%')
check(pct_ok('86.4', '1263.86', '1462.80') and not pp_off('2.1', '86.4', '84.3'), 'proc')
t(d.L('答：2024年度政府采购支出总额1,462.80万元'), '86.4%; 84.3% → 86.4% is 2.1个百分点')
check(4 + 2 == 6 and band('92', DEFAULT) == '优' and band('88.5', DEFAULT) == '良', 'grade')
f(d.L('答：本部门对2024年度6个项目开展了绩效自评'), 'grade', 'must', '88.5 is 良 [80,90), called 优 (92 优 right; 4 + 2 = 6)')

write('heldout20 (gen20): eight invented documents in genres the earlier sets did not cover: speech-style reports to a '
      "people's congress and its standing committee (1-9月, 上年同期, 完成预算的X%, 个百分点, 亿元 beside 万元), policy-"
      'interpretation Q&A pages restating a budget, and 部门预算/决算 with full-width digits and Chinese-numeral counts; written blind',
      trim_traps=True)
