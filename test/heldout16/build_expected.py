#!/usr/bin/env python3
"""heldout16 (gen16). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Budget adjustments and mid-year execution reports, and town/subdistrict disclosures of the same shapes:
预算调整方案 (调整后 = 年初 + 调增 − 调减, 新增债务限额 and 调整后限额/余额, the 缺口 and what fills it,
预算稳定调节基金), 上半年/前三季度执行情况 (完成年初预算的X%, 同比增长/下降, 序时进度), 乡镇/街道 budgets and
final accounts. Statements are located by a piece of their text (see ../heldout-kit/expected_kit.py); every
figure a finding or trap relies on is re-derived here with decimal arithmetic. Wrapped lines that hold both a
finding and a trap are left to the finding (write(trim_traps=True)). Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D, ROUND_HALF_UP

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import check, kit  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)


def pct(a, b, places=1):
    return (D(a) / D(b) * 100).quantize(D(10) ** -places, ROUND_HALF_UP)


def half(x):
    """Half a unit of the last digit written (SPEC §4)."""
    s = str(x)
    return D('0.5') * D(10) ** -(len(s.split('.')[1]) if '.' in s else 0)


def rate_range(a, b):
    return ((D(a) - half(a)) / (D(b) + half(b)) * 100, (D(a) + half(a)) / (D(b) - half(b)) * 100)


def pct_wrong(stated, a, b):
    """True when the stated rate (rounded or truncated at its last digit) cannot be a / b."""
    lo, hi = rate_range(a, b)
    h = half(stated)
    s = D(stated)
    return (s + 2 * h < lo) or (s - h > hi)


def pct_ok(stated, a, b):
    return not pct_wrong(stated, a, b)


def sm(*xs):
    return sum(D(x) for x in xs)


def off(stated, *parts):
    """True when a stated total cannot be the sum of its parts (intervals of half a last digit)."""
    lo = sm(*parts) - sum(half(p) for p in parts) - half(stated)
    hi = sm(*parts) + sum(half(p) for p in parts) + half(stated)
    return not (lo <= D(stated) <= hi)


# p01: county 预算调整方案的报告 2025, plain text, 万元
d, f, t = doc('p01-qingxi-county-2025-budget-adjustment.txt')
f(d.L('出现以下三个方面的新情况'), 'count', 'must', '三个方面, then 一是 … 四是 (four)')
check(sm('86500', '2300', '-1100') == D('87700'), 'income')
t(d.L('县级一般公共预算收入年初预算为86,500万元'), '86,500 + 2,300 - 1,100 = 87,700')
check(sm('142360', '8640') == D('151000'), 'transfers')
t(d.L('上级补助收入年初预算为142,360万元'), '142,360 + 8,640 = 151,000')
check(sm('12000', '3800') == D('15800'), 'transfer in')
t(d.L('调入资金年初预算为12,000万元'), '12,000 + 3,800 = 15,800; 6,000 a bond with no base')
check(sm('236860', '18450', '-2310') == D('253000'), 'spending')
t(d.L('县级一般公共预算支出年初预算为236,860万元'), '236,860 + 18,450 - 2,310 = 253,000')
check(sm('6200', '5400', '3850', '2000') == D('17450'), 'mainly')
t(d.L('调增支出主要用于'), '6,200 + 5,400 + 3,850 + 2,000 = 17,450 < 18,450: 主要用于 names the main uses, a partial list')
check(off('2310', '1460', '950') and sm('1460', '950') == D('2410'), 'cuts')
f(d.L('调减支出2,310万元，其中'), 'sum', 'must', '调减 2,310, but 1,460 + 950 = 2,410 (more than the total)')
check(sm('87700', '151000', '6000', '15800') == D('260500') and sm('253000', '4500', '3000') == D('260500'), 'balance')
t(d.L('收入总计260,500万元'), '260,500 = 87,700 + 151,000 + 6,000 + 15,800 = 253,000 + 4,500 + 3,000')
check(sm('48000', '-6500') == D('41500') and pct('6500', '48000') == D('13.5'), 'fund')
check(pct_wrong('15.3', '6000', '42000') and pct('6000', '42000') == D('14.3') and D('42000') - D('36000') == D('6000'), 'land')
f(d.L('县级政府性基金预算收入年初预算为48,000万元'), 'change', 'must', '调减 6,000 / 42,000 = 14.3%, stated 下降15.3% (the fund line 48,000 - 6,500 = 41,500, 13.5% is right)')
check(sm('6000', '35000') == D('41000'), 'new limit')
t(d.L('新增政府债务限额41,000万元'), '41,000 = 6,000 + 35,000')
check(sm('428600', '41000') == D('469600') and sm('174300', '295300') == D('469600'), 'limit')
t(d.L('由年初的428,600万元增加到469,600万元'), '428,600 + 41,000 = 469,600 = 174,300 + 295,300')
check(sm('176900', '275900') == D('452800') and D('176900') > D('174300'), 'debt')
f(d.L('预计2025年末全县政府债务余额452,800万元'), 'debt', 'must', '一般债务余额 176,900 above 一般债务限额 174,300 (total 452,800 = 176,900 + 275,900 below 469,600)')

# p02: city 上半年 execution 2025, wrapped text, 亿元
d, f, t = doc('p02-yunling-city-2025-first-half-execution.txt')
check(pct_ok('52.6', '186.42', '354.40') and pct_ok('4.8', D('186.42') - D('177.88'), '177.88'), 'income')
t(d.S('全市一般公共预算收入完成186.42亿元，为年初预算354.40亿元的52.6%'), '186.42 / 354.40 = 52.6%; 8.54 / 177.88 = 4.8%')
check(pct_ok('74.3', '138.60', '186.42') and sm('138.60', '47.82') == D('186.42'), 'tax share')
check(pct_wrong('28.5', '12.68', '47.82') and pct('12.68', '47.82') == D('26.5'), 'special')
f(d.S('其中专项收入12.68亿元，占非税收入的28.5%'), 'share', 'must', '12.68 / 47.82 = 26.5%, stated 28.5% (74.3% = 138.60 / 186.42 truncated, right)')
check(pct_ok('2.6', '0.58', D('21.84') + D('0.58')), 'cit')
t(d.S('增值税52.36亿元，同比增长3.5%'), '3.5% against a prior not stated')
check(pct_wrong('10.5', '0.92', D('8.76') - D('0.92')) and pct('0.92', '7.84') == D('11.7') and pct('0.92', '8.76') == D('10.5'), 'pit')
f(d.S('个人所得税8.76亿元，比上年同期增加0.92亿元，同比增长10.5%'), 'change', 'must', '0.92 / (8.76 - 0.92 = 7.84) = 11.7%, stated 10.5% (0.92 / 8.76: the current year as base); 企业所得税 0.58 / 22.42 = 2.6% right')
check(pct_wrong('47.3', '248.60', '512.80') and pct('248.60', '512.80') == D('48.5'), 'spending')
f(d.S('完成年初预算的47.3%'), 'change', 'must', '248.60 / 512.80 = 48.5%, stated 完成年初预算的47.3%')
check(pct_ok('79.0', '196.39', '248.60') and sm('42.36', '38.50', '21.72') == D('102.58'), 'livelihood')
t(d.S('其中民生支出196.39亿元，占一般公共预算支出的79.0%') + d.S('教育支出42.36亿元、社会保障和就业支出38.50亿元'), '196.39 / 248.60 = 79.0%; 42.36 + 38.50 + 21.72 = 102.58')
check(pct_ok('41.6', '62.40', '150.00') and pct_ok('13.6', '8.62', D('54.80') + D('8.62')), 'fund')
t(d.S('全市政府性基金预算收入完成62.40亿元，为年初预算150.00亿元的41.6%') + d.S('国有土地使用权出让收入54.80亿元，比上年同期减少8.62亿元，同比下降13.6'),
  '62.40 / 150.00 = 41.6%; 8.62 / 63.42 = 13.6%')
f(d.S('全市政府性基金预算支出88.16亿元，比上年同期减少5.30亿元，同比增长6.4%'), 'direction', 'must', '减少5.30亿元 with 增长6.4%')
check(pct_ok('60.3', '3.62', '6.00'), 'capital')
t(d.S('全市国有资本经营预算收入完成3.62亿元'), '3.62 / 6.00 = 60.3%')
check(D('312.46') - D('286.90') == D('25.56'), 'social')
t(d.S('全市社会保险基金收入312.46亿元'), '312.46 - 286.90 = 25.56')
check(sm('12.00', '74.00') == D('86.00') and D('1286.40') < D('1352.70'), 'debt')
t(d.S('上半年全市发行新增政府债券86.00亿元') + d.S('全市政府债务余额1,286.40亿元'), '86.00 = 12.00 + 74.00; 1,286.40 below 1,352.70')

# p03: town 2025 budget, Markdown, 万元
d, f, t = doc('p03-taoyuan-town-2025-budget.md')
check(pct_ok('5.2', D('3268') - D('3105'), '3105') and sm('2486', '782') == D('3268'), 'income')
t(d.L('2025年全镇一般公共预算收入预算为3,268万元'), '163 / 3,105 = 5.2%; 3,268 = 2,486 + 782')
check(sm('3268', '4862', '215') == D('8345') and sm('8191', '154') == D('8345'), 'balance')
t(d.L('全镇收入合计8,345万元') + d.L('上解上级支出154万元'), '3,268 + 4,862 + 215 = 8,345 = 8,191 + 154')
rows = [('一般公共服务支出', '2146', '2088', '58', '2.8'), ('公共安全支出', '186', '172', '14', '8.1'), ('教育支出', '312', '298', '14', '4.7'),
        ('社会保障和就业支出', '1025', '968', '57', '5.9'), ('卫生健康支出', '438', '452', '-14', '-3.1'), ('城乡社区支出', '1320', '1386', '-66', '-4.8')]
for name, a, b, dd, r in rows:
    check(D(a) - D(b) == D(dd) and pct_ok(r.lstrip('-'), abs(D(dd)), b), name)
t(sum((d.L('| %s |' % r[0]) for r in rows), []) + d.L('| 预备费 |'), 'rows fit; 预备费 from 0 has no rate (—)')
check(pct_wrong('13.4', '274', '2410') and pct('274', '2410') == D('11.4') and D('2684') - D('2410') == D('274'), 'farm')
f(d.L('| 农林水支出 | 2,684'), 'change', 'must', '274 / 2,410 = 11.4%, stated 13.4%')
check(sm('2146', '186', '312', '1025', '438', '2684', '1320', '80') == D('8191') and sm('2088', '172', '298', '968', '452', '2410', '1386', '0') == D('7774')
      and pct('417', '7774') == D('5.4'), 'total')
t(d.L('| 合计 | 8,191'), 'columns add up; 417 / 7,774 = 5.4%')
check(pct_ok('26.2', '2146', '8191'), 'general')
t(d.L('一般公共服务支出2,146万元，占一般公共预算支出的26.2%'), '2,146 / 8,191 = 26.2%')
check(pct_wrong('12.9', '1025', '8191') and pct('1025', '8191') == D('12.5'), 'social')
f(d.L('社会保障和就业支出1,025万元，占一般公共预算支出的12.9%'), 'share', 'must', '1,025 / 8,191 = 12.5%, stated 12.9%')
t(d.L('农林水支出2,684万元，主要用于'), 'the table row restated, 主要用于…等 with no amounts')
f(d.L('城乡社区支出1,230万元'), 'conflict', 'must', '城乡社区支出 1,230 here, 1,320 in 表1')
f(d.L('2025年全镇安排民生实事项目6个'), 'count', 'must', '6个, 分别是 five names')
t(d.L('全镇现有村级便民服务站5个'), '5个 with two names and 等: a partial list')
check(sm('8.4', '20.2', '0') == D('28.6'), 'three')
t(d.L('2025年镇本级“三公”经费预算28.6万元'), '28.6 = 8.4 + 20.2 + 0')
t(d.L('全镇辖12个行政村和1个社区'), 'counts with no list; 约260人 approximate')

# p04: subdistrict 2024 final accounts, Word with a table, 万元
d, f, t = doc('p04-donghu-subdistrict-2024-final-accounts.docx')
check(sm('5416.70', '445.70') == D('5862.40') and sm('5298.30', '564.10') == D('5862.40'), 'totals')
t(d.L('2024年度收入总计5,862.40万元') + d.L('支出总计5,862.40万元，其中'), '5,416.70 + 445.70 = 5,862.40 = 5,298.30 + 564.10')
check(pct_wrong('6.0', '326.50', D('5416.70') - D('326.50')) and pct('326.50', '5090.20') == D('6.4'), 'income')
check(sm('4986.20', '430.50') == D('5416.70') and pct_ok('92.1', '4986.20', '5416.70') and pct_ok('7.9', '430.50', '5416.70'), 'income split')
f(d.L('本年收入5,416.70万元，比上年增加326.50万元'), 'change', 'must', '326.50 / (5,416.70 - 326.50 = 5,090.20) = 6.4%, stated 6.0% (326.50 / 5,416.70); 92.1% and 7.9% of 5,416.70 right')
check(off('5298.30', '2864.10', '2344.20') and sm('2864.10', '2344.20') == D('5208.30'), 'basic project')
f(d.L('本年支出5,298.30万元，其中：基本支出'), 'sum', 'may', '本年支出 5,298.30, but 基本 2,864.10 + 项目 2,344.20 = 5,208.30. '
  'Corrected after round 1 from must: a department\'s 本年支出 in a 决算 also holds 上缴上级支出, 经营支出 and 对附属单位补助支出, so a '
  '基本 + 项目 list short of it is no known complete split (SPEC §5: at most a note)')
rows = [('一般公共服务支出', '2356.80', '2402.60', '98.1'), ('公共安全支出', '108.50', '112.40', '96.5'), ('社会保障和就业支出', '921.60', '948.30', '97.2'),
        ('城乡社区支出', '1286.30', '1308.20', '98.3')]
for name, a, b, r in rows:
    check(pct_ok(r, a, b), name)
t(sum((d.L('| %s |' % r[0]) for r in rows), []), 'rates fit')
check(pct_wrong('90.3', '218.40', '236.50') and pct('218.40', '236.50') == D('92.3'), 'health')
f(d.L('| 卫生健康支出 |'), 'change', 'must', '218.40 / 236.50 = 92.3%, stated 90.3%')
check(sm('2180', '96', '860', '210', '1120') == D('4466') and sm('2402.60', '112.40', '948.30', '236.50', '1308.20') == D('5008.00')
      and sm('2356.80', '108.50', '921.60', '218.40', '1286.30') == D('4891.60') and pct('4891.60', '5008') == D('97.7'), 'total row')
t(d.L('| 合计 | 4,466.00'), 'columns add up; 4,891.60 / 5,008.00 = 97.7%')
check(D('4891.60') - D('4466') == D('425.60') and pct('425.60', '4466') == D('9.5'), 'vs initial')
t(d.L('2024年度财政拨款支出4,891.60万元'), '97.7%; 4,891.60 - 4,466.00 = 425.60; 425.60 / 4,466.00 = 9.5%')
f(d.L('其中一般公共服务支出2,365.80万元'), 'conflict', 'must', '一般公共服务支出 2,365.80 here, 2,356.80 in 表1')
check(sm('3.56', '8.80') == D('12.36') and pct_ok('13.0', '1.84', D('12.36') + D('1.84')), 'three')
t(d.L('2024年度“三公”经费支出12.36万元'), '3.56 + 8.80 + 0 = 12.36; 1.84 / 14.20 = 13.0%')
t(d.L('2024年度街道对5个项目开展了绩效自评'), '5个 with no list; 75分以上 a threshold')
f(d.L('社区养老服务中心运营项目自评得分88.5分'), 'grade', 'must', '88.5 is 良 [80,90), called 优')
t(d.L('老旧小区改造项目自评得分92.5分'), '92.5 优 right')
t(d.L('街道共有车辆2辆'), 'a count with no list')

# p05: district 1—9月 execution 2025, Markdown, 亿元 and a 万元 table
d, f, t = doc('p05-nanhu-district-2025-three-quarters-execution.md')
check(pct_ok('78.0', '48.36', '62.00') and D('78.0') - D('75') == D('3.0'), 'income')
t(d.L('1—9月，全区一般公共预算收入完成48.36亿元'), '48.36 / 62.00 = 78.0%; 78.0 - 75 (九个月的序时进度) = 3.0个百分点')
rows = [('税收收入', '356420', '455000', '78.3', '342860', '4.0'), ('其中：企业所得税', '55280', '72000', '76.8', '57120', '-3.2'),
        ('非税收入', '127180', '165000', '77.1', '125940', '1.0')]
for name, a, b, r, p, g in rows:
    check(pct_ok(r, a, b) and pct_ok(g.lstrip('-'), abs(D(a) - D(p)), p), name)
t(sum((d.L('| %s |' % r[0]) for r in rows), []), 'rows fit (企业所得税 is a nested 其中 of 税收收入)')
check(pct_wrong('79.8', '132560', '168000') and pct('132560', '168000') == D('78.9') and pct_ok('4.9', D('132560') - D('126340'), '126340'), 'vat')
f(d.L('| 其中：增值税 |'), 'change', 'must', '132,560 / 168,000 = 78.9%, stated 完成预算79.8% (同比 4.9% right)')
check(sm('455000', '165000') == D('620000') and sm('356420', '127180') == D('483600') and sm('342860', '125940') == D('468800')
      and pct_ok('78.0', '483600', '620000') and pct_ok('3.2', '14800', '468800'), 'total')
t(d.L('| 合计 | 620,000'), '合计 = 税收 + 非税 in every column (the 其中 rows nested); 78.0%, 3.2% right')
check(pct_ok('71.4', '52.18', '73.08') and pct_ok('78.6', '41.02', '52.18'), 'spending')
t(d.L('1—9月，全区一般公共预算支出完成52.18亿元'), '52.18 / 73.08 = 71.4%; 41.02 / 52.18 = 78.6%')
check(pct_wrong('5.3', '0.52', D('9.86') - D('0.52')) and pct('0.52', '9.34') == D('5.6'), 'education')
check(pct_ok('8.4', '0.38', D('4.12') + D('0.38')), 'health')
f(d.L('主要支出科目：教育支出9.86亿元'), 'change', 'must', '0.52 / (9.86 - 0.52 = 9.34) = 5.6%, stated 5.3% (0.52 / 9.86)')
f(d.L('主要支出科目：教育支出9.86亿元'), 'direction', 'must', '城乡社区支出 减少0.96亿元 with 增长12.6% (卫生健康 0.38 / 4.50 = 8.4% right)')
check(pct_ok('46.6', '18.64', '40.00') and pct_ok('21.5', '5.10', D('18.64') + D('5.10')), 'fund')
t(d.L('1—9月，全区政府性基金预算收入完成18.64亿元'), '18.64 / 40.00 = 46.6%; 5.10 / 23.74 = 21.5%')
check(sm('58.36', '128.16') == D('186.52') and sm('60.20', '132.20') == D('192.40') and D('58.36') < D('60.20') and D('128.16') < D('132.20'), 'debt')
t(d.L('截至9月末，全区政府债务余额186.52亿元'), 'balances = their parts, each below its limit')
f(d.L('## 五、下一步工作'), 'heading', 'must', '三、 then 五、 (四、 missing)')
t(d.L('一是加强收入征管'), 'no count stated')

# p06: county 预算调整方案 2025, Word with a table, 万元
d, f, t = doc('p06-baishi-county-2025-budget-adjustment.docx')
f(d.L('县财政局编制了白石县2024年县级预算调整方案'), 'year', 'must', 'title 2025, the body names the same 调整方案 as 2024')
t(d.L('本次县级一般公共预算支出调增15,660万元'), 'the table totals restated')
rows = [('一般公共服务支出', '18640', '1260', '0', '19900'), ('教育支出', '42380', '2150', '480', '44050'), ('社会保障和就业支出', '31260', '3480', '0', '34740'),
        ('卫生健康支出', '16920', '1850', '320', '18450'), ('交通运输支出', '12680', '2300', '0', '14980')]
for name, a, up, dn, r in rows:
    check(sm(a, up, '-' + dn) == D(r), name)
t(sum((d.L('| %s |' % r[0]) for r in rows), []), 'rows close: 年初 + 调增 - 调减 = 调整后')
check(off('42870', '38450', '4620', '-1200') and sm('38450', '4620', '-1200') == D('41870'), 'farm')
f(d.L('| 农林水支出 |'), 'sum', 'must', '38,450 + 4,620 - 1,200 = 41,870, stated 调整后 42,870')
check(sm('160330', '15660', '-2000') == D('173990') and off('173990', '19900', '44050', '34740', '18450', '42870', '14980'), 'total')
f(d.L('| 合计 | 160,330'), 'sum', 'may', '合计 row closes (160,330 + 15,660 - 2,000 = 173,990) and the other columns add up; the 调整后 column with 42,870 adds to 174,990: the same slip seen from the column')
check(D('173990') - D('160330') == D('13660') and pct_ok('8.5', '13660', '160330'), 'after')
t(d.L('调整后县级一般公共预算支出173,990万元'), '13,660 / 160,330 = 8.5%')
check(sm('9860', '3000', '2800') == D('15660'), 'sources')
t(d.L('调增支出15,660万元的资金来源为'), '9,860 + 3,000 + 2,800 = 15,660')
check(off('4260', '7160', '-2800') and D('7160') - D('2800') == D('4360'), 'stabilization')
f(d.L('预算稳定调节基金年初余额7,160万元'), 'sum', 'must', '7,160 - 2,800 = 4,360, stated 余额 4,260')
check(sm('3000', '24000') == D('27000'), 'new')
t(d.L('新增一般债务限额3,000万元'), '3,000 + 24,000 = 27,000')
check(sm('96800', '215800') == D('312600') and D('298400') < D('312600') and D('209600') < D('215800'), 'limit')
t(d.L('调整后全县政府债务限额为312,600万元'), '312,600 = 96,800 + 215,800; balances below')
check(sm('9600', '8400', '6000') == D('24000') and pct_ok('40.0', '9600', '24000') and pct_ok('25.0', '6000', '24000')
      and pct_wrong('36.0', '8400', '24000') and pct('8400', '24000') == D('35.0'), 'shares')
f(d.L('新增专项债券24,000万元，其中'), 'share', 'must', '8,400 / 24,000 = 35.0%, stated 36.0% (40.0% and 25.0% right, parts make 24,000)')

# p07: town 2024 final accounts, PDF from Word, 万元
d, f, t = doc('p07-liutang-town-2024-final-accounts.pdf')
check(pct_ok('98.1', '2846', '2900') and sm('2846', '5126', '186') == D('8158'), 'income')
t(d.L('2024年全镇一般公共预算收入完成2,846万元'), '2,846 / 2,900 = 98.1%; 4.6% of an unstated prior; 2,846 + 5,126 + 186 = 8,158')
check(sm('7902', '96', '160') == D('8158'), 'spending')
t(d.L('2024年全镇一般公共预算支出7,902万元'), '7,902 + 96 + 160 = 8,158')
rows = [('一般公共服务支出', '1980', '1946', '98.3', '1872', '4.0'), ('社会保障和就业支出', '1260', '1238', '98.3', '1156', '7.1'),
        ('卫生健康支出', '420', '386', '91.9', '402', '-4.0'), ('城乡社区支出', '1210', '1188', '98.2', '1245', '-4.6'), ('其他支出', '370', '350', '94.6', '310', '12.9')]
for name, b, a, r, p, g in rows:
    check(pct_ok(r, a, b) and pct_ok(g.lstrip('-'), abs(D(a) - D(p)), p), name)
t(sum((d.L('| %s |' % r[0]) for r in rows), []), 'rates fit (98.25 written 98.3)')
check(pct_ok('97.7', '2794', '2860') and pct_wrong('11.2', D('2794') - D('2536'), '2536') and pct('258', '2536') == D('10.2'), 'farm')
f(d.L('| 农林水支出 |'), 'change', 'must', '(2,794 - 2,536) / 2,536 = 10.2%, stated 11.2%')
check(sm('1980', '1260', '420', '2860', '1210', '370') == D('8100') and sm('1946', '1238', '386', '2794', '1188', '350') == D('7902')
      and sm('1872', '1156', '402', '2536', '1245', '310') == D('7521') and pct_ok('97.6', '7902', '8100') and pct_ok('5.1', '381', '7521'), 'total')
t(d.L('| 合计 |'), 'columns add up; 97.6%, 5.1% right')
check(pct_ok('35.4', '2794', '7902') and D('1238') - D('1156') == D('82'), 'text')
t(d.L('农林水支出2,794万元，占一般公共预算支出的35.4%'), '2,794 / 7,902 = 35.4%; 1,238 - 1,156 = 82 and 7.1% right')
check(sm('1.92', '4.92') == D('6.84'), 'three')
t(d.L('2024年镇本级“三公”经费支出6.84万元'), '1.92 + 4.92 = 6.84; 85.5% of an unstated budget')
f(d.L('2024年镇本级对8个项目开展绩效自评'), 'count', 'must', '8个, but 优5 + 良2 + 中2 = 9')
f(d.L('一般公共服务支出决算1,964万元'), 'conflict', 'must', '一般公共服务支出 1,964 here, 1,946 in 表1')

# p08: city 预算调整方案 2025, PDF from Word, 亿元
d, f, t = doc('p08-jinchuan-city-2025-budget-adjustment.pdf')
check(sm('4.20', '34.40') == D('38.60'), 'new')
t(d.L('今年，省政府下达我市新增政府债务限额38.60亿元'), '38.60 = 4.20 + 34.40')
check(D('86.40') - D('82.10') == D('4.30') and pct_ok('5.0', '4.30', '86.40') and sm('2.60', '1.90') == D('4.50'), 'income')
t(d.L('市本级一般公共预算收入年初预算86.40亿元'), '4.30 / 86.40 = 5.0%; 契税 2.60 + 土地增值税 1.90 = 4.50 above the net 4.30: 主要是 names the main cuts of a net change, other items may rise')
check(D('176.80') - D('168.50') == D('8.30') and pct_ok('4.9', '8.30', '168.50'), 'spending')
t(d.L('市本级一般公共预算支出年初预算168.50亿元'), '8.30 / 168.50 = 4.9%')
check(sm('4.30', '8.30') == D('12.60') and sm('4.20', '3.80', '2.50', '2.10') == D('12.60'), 'gap')
t(d.L('形成的缺口12.60亿元'), '4.30 + 8.30 = 12.60 = 4.20 + 3.80 + 2.50 + 2.10')
check(D('142.00') - D('18.00') == D('124.00') and pct_ok('12.7', '18.00', '142.00'), 'fund')
t(d.L('市本级政府性基金预算收入年初预算142.00亿元'), '142.00 - 18.00 = 124.00; 18.00 / 142.00 = 12.7%')
check(18 + 21 + 12 + 6 == 57 and pct_ok('37.5', '12.90', '34.40'), 'projects')
f(d.L('新增专项债券34.40亿元，安排项目56个'), 'count', 'must', '56个, but 18 + 21 + 12 + 6 = 57 (12.90 / 34.40 = 37.5% right)')
check(pct_wrong('63.0', '2.10', '3.50') and pct('2.10', '3.50') == D('60.0'), 'transfer')
f(d.L('市本级国有资本经营预算收入3.50亿元不作调整'), 'share', 'must', '2.10 / 3.50 = 60.0%, stated 63.0%')
check(sm('126.40', '324.50') == D('450.90') and sm('412.30', '38.60') == D('450.90'), 'limit')
t(d.L('调整后，市本级政府债务限额为450.90亿元'), '126.40 + 324.50 = 450.90')
check(sm('286.40', '34.40', '8.00', '-10.20') == D('318.60'), 'roll')
f(d.L('2025年初市本级专项债务余额286.40亿元'), 'debt', 'must', '286.40 + 34.40 + 8.00 - 10.20 = 318.60, stated 年末专项债务余额 316.60')
check(sm('121.60', '316.60') == D('438.20') and D('121.60') < D('126.40') and D('316.60') < D('324.50'), 'balance')
t(d.L('预计2025年末市本级政府债务余额为438.20亿元'), '121.60 + 316.60 = 438.20, each below its limit')

# p09: county 上半年 execution 2025, wrapped text, 亿元
d, f, t = doc('p09-jiangkou-county-2025-first-half-execution.txt')
check(pct_ok('53.3', '6.82', '12.80') and D('6.82') - D('6.41') == D('0.41') and pct_ok('6.4', '0.41', '6.41')
      and sm('4.96', '1.86') == D('6.82') and pct_ok('72.7', '4.96', '6.82'), 'income')
t(d.S('全县一般公共预算收入完成6.82亿元，完成年初预算12.80亿元的53.3%，比上年同期6.41亿元增加0.41亿元，增长6.4%。其中税收收入4.96亿元，同比增长8.1%，占一般公共预算收入的72.7%'),
  '6.82 / 12.80 = 53.3%; 0.41 / 6.41 = 6.4%; 4.96 + 1.86 = 6.82; 4.96 / 6.82 = 72.7%')
check(pct_ok('50.9', '15.36', '30.20') and D('50.9') - D('50') == D('0.9'), 'spending')
t(d.S('全县一般公共预算支出15.36亿元，完成年初预算30.20亿元的50.9%，高于序时进度（50%）0.9个百分点'), '15.36 / 30.20 = 50.9%; 50.9 - 50 = 0.9个百分点; item rates of unstated priors')
f(d.S('上半年共有3个乡镇收入完成进度低于40%，分别为石桥镇、龙溪乡'), 'count', 'must', '3个乡镇, 分别为 two names')
check(pct_wrong('31.6', '0.96', D('2.14') + D('0.96')) and pct('0.96', '3.10') == D('31.0'), 'fund')
f(d.S('比上年同期减少0.96亿元，同比下降31.6%'), 'change', 'must', '0.96 / (2.14 + 0.96 = 3.10) = 31.0%, stated 31.6%')
check(sm('24.18', '44.24') == D('68.42') and sm('26.56', '43.80') == D('70.36') and D('44.24') > D('43.80'), 'debt')
f(d.S('专项债务44.24亿元') + d.S('专项债务限额43.80亿元'), 'debt', 'must', '专项债务余额 44.24 above 专项债务限额 43.80 (totals 68.42 below 70.36)')
f(d.S('上半年全县一般公共预算收入6.28亿元'), 'conflict', 'must', '一般公共预算收入 6.28 here, 6.82 in section 一')

# p10: subdistrict 2025 department budget, PDF from Word, 万元
d, f, t = doc('p10-qinghe-subdistrict-2025-budget.pdf')
f(d.L('共6个科室'), 'count', 'must', '共6个科室, five names')
check(sm('3126.50', '240.00', '120.00') == D('3486.50'), 'income')
t(d.L('2025年收入预算总额3,486.50万元'), '3,126.50 + 240.00 + 120.00 = 3,486.50')
check(pct_ok('5.1', '168.20', D('3486.50') - D('168.20')) and sm('2068.40', '1418.10') == D('3486.50') and pct_ok('59.3', '2068.40', '3486.50') and pct_ok('40.7', '1418.10', '3486.50'), 'spending')
t(d.L('支出预算总额3,486.50万元'), '168.20 / 3,318.30 = 5.1%; 2,068.40 + 1,418.10 = 3,486.50; 59.3%, 40.7% right')
rows = [('一般公共服务支出', '1462.30', '1398.60', '63.70', '4.6'), ('公共安全支出', '86.40', '82.00', '4.40', '5.4'),
        ('社会保障和就业支出', '624.80', '588.20', '36.60', '6.2'), ('卫生健康支出', '148.60', '152.30', '-3.70', '-2.4')]
for name, a, b, dd, r in rows:
    check(D(a) - D(b) == D(dd) and pct_ok(r.lstrip('-'), abs(D(dd)), b), name)
t(sum((d.L('| %s |' % r[0]) for r in rows), []), 'rows fit')
check(pct_wrong('5.8', '67.20', '1097.20') and pct('67.20', '1097.20') == D('6.1') and pct('67.20', '1164.40') == D('5.8'), 'urban')
f(d.L('| 城乡社区支出 |'), 'change', 'must', '67.20 / 1,097.20 = 6.1%, stated 5.8% (67.20 / 1,164.40)')
check(sm('1462.30', '86.40', '624.80', '148.60', '1164.40') == D('3486.50') and sm('1398.60', '82.00', '588.20', '152.30', '1097.20') == D('3318.30'), 'total')
t(d.L('| 合计 |'), 'columns add up')
check(sm('4.20', '14.40', '0') == D('18.60') and pct_ok('6.1', '1.20', '19.80'), 'three')
t(d.L('2025年“三公”经费预算18.60万元'), '4.20 + 14.40 + 0 = 18.60 (14.40 = 0 + 14.40 nested); 1.20 / 19.80 = 6.1%')
check(pct_ok('8.4', '12.60', D('162.40') - D('12.60')), 'running')
t(d.L('2025年机关运行经费预算162.40万元'), '12.60 / 149.80 = 8.4%')
check(off('286.00', '46.00', '218.00', '32.00') and sm('46.00', '218.00', '32.00') == D('296.00') and pct_ok('60.1', '172.00', '286.00'), 'procurement')
f(d.L('2025年政府采购预算总额286.00万元'), 'sum', 'must', '286.00, but 46.00 + 218.00 + 32.00 = 296.00 (172.00 / 286.00 = 60.1% right; 约120 approximate)')
t(d.L('2025年全部项目均设定绩效目标'), '1,418.10 = 项目支出 restated, equal')
t(d.L('街道共有车辆3辆'), '3 = 1 + 2')

# ---- Round 2 (written after round 1's fixes, scored once before any further fix) ----

# t01: district 预算调整方案 2025, Markdown, a signed 调整数 column
d, f, t = doc('t01-hexi-district-2025-budget-adjustment.md')
check(D('52300') - D('49800') == D('2500') and pct_ok('4.8', '2500', '52300'), 'income')
t(d.L('区级一般公共预算收入年初预算52,300万元'), '52,300 - 2,500 = 49,800; 2,500 / 52,300 = 4.8%')
check(sm('68400', '6860') == D('75260'), 'transfers')
t(d.L('上级补助收入由年初预算的68,400万元调整为75,260万元'), '68,400 + 6,860 = 75,260')
rows = [('教育支出', '21460', '1280', '22740'), ('卫生健康支出', '9840', '2160', '12000'), ('城乡社区支出', '15380', '3420', '18800')]
for name, a, dd, r in rows:
    check(sm(a, dd) == D(r), name)
t(sum((d.L('| %s |' % r[0]) for r in rows), []), 'rows close: 年初 + 调整数 = 调整后')
check(off('18370', '18920', '-650') and sm('18920', '-650') == D('18270'), 'farm')
f(d.L('| 农林水支出 |'), 'sum', 'must', '18,920 - 650 = 18,270, stated 调整后 18,370 (a signed 调整数 column)')
check(sm('21460', '18920', '9840', '15380') == D('65600') and sm('1280', '-650', '2160', '3420') == D('6210') and sm('65600', '6210') == D('71810')
      and off('71810', '22740', '18370', '12000', '18800'), 'total')
f(d.L('| 合计 | 65,600'), 'sum', 'may', '合计 row closes (65,600 + 6,210 = 71,810); the 调整后 column with 18,370 adds to 71,910: the row\'s slip seen from the column')
check(sm('3650', '1200', '-2400') == D('2450'), 'fund')
t(d.L('预算稳定调节基金年初余额3,650万元'), '3,650 + 1,200 - 2,400 = 2,450')
check(sm('2600', '16000') == D('18600') and D('241050') > D('236400'), 'debt')
f(d.L('省财政厅下达我区新增政府债务限额18,600万元'), 'debt', 'must', '2025年8月末 余额 241,050 above the 调整后 限额 236,400 of the year (18,600 = 2,600 + 16,000 right)')
check(pct_ok('57.5', '9200', '16000') and pct_wrong('43.5', '6800', '16000') and pct('6800', '16000') == D('42.5') and sm('9200', '6800') == D('16000'), 'shares')
f(d.L('新增专项债券16,000万元中'), 'share', 'must', '6,800 / 16,000 = 42.5%, stated 43.5% (57.5% right)')
f(d.L('新增债券资金共安排5个项目'), 'count', 'must', '5个项目, four names after the colon')

# t02: town 1—6月 revenue and spending 2025, wrapped text
d, f, t = doc('t02-sanhe-town-2025-first-half-revenue-and-spending.txt')
check(pct_ok('52.3', '4286', '8200') and pct_ok('9.4', '186', D('2164') - D('186')) and sm('1728', '436') == D('2164') and pct_ok('8.8', '42', D('436') + D('42')), 'income')
t(d.S('1—6月，全镇财政总收入完成4,286万元') + d.S('非税收入436万元，同比减少42万元，下降8.8%'), '4,286 / 8,200 = 52.3%; 186 / 1,978 = 9.4%; 1,728 + 436 = 2,164; 42 / 478 = 8.8%')
check(pct_wrong('53.0', '3856', '7420') and pct('3856', '7420') == D('52.0') and pct_ok('78.1', '3012', '3856'), 'spending')
f(d.S('为年初预算7,420万元的53.0%'), 'change', 'must', '3,856 / 7,420 = 52.0%, stated 53.0% (78.1% right)')
f(d.S('同比减少98万元，增长2.6%'), 'direction', 'must', '同比减少98万元 with 增长2.6%')
t(d.S('有3个村集体经营性收入低于10万元，分别为东岗村、西岗村、南岗村'), 'three names for 3个; 11个村 and 10万元 a threshold')
f(d.S('上半年一般公共预算支出3,586万元'), 'conflict', 'must', '一般公共预算支出 3,586 here, 3,856 in section 二')

# t03: subdistrict 2024 department final accounts, Word
d, f, t = doc('t03-chengdong-subdistrict-2024-dept-final-accounts.docx')
f(d.L('现将城东街道办事处2023年度部门决算公开如下'), 'year', 'must', 'title 2024年度部门决算, the body presents 2023年度部门决算')
check(sm('2318.60', '167.70') == D('2486.30'), 'income')
t(d.L('2024年度收入总计2,486.30万元'), '2,318.60 + 167.70 = 2,486.30')
check(pct_ok('5.1', '126.80', D('2352.40') + D('126.80')) and sm('1486.20', '866.20') == D('2352.40') and pct_ok('63.2', '1486.20', '2352.40') and pct_ok('36.8', '866.20', '2352.40'), 'spending')
t(d.L('本年支出2,352.40万元'), '126.80 / 2,479.20 = 5.1%; 1,486.20 + 866.20 = 2,352.40; 63.2%, 36.8%')
check(pct_ok('97.6', '1386.40', '1420') and pct_ok('97.1', '472.30', '486.50'), 'rows')
t(d.L('| 一般公共服务支出 |') + d.L('| 社会保障和就业支出 |'), 'rates fit')
check(pct_wrong('96.9', '493.70', '520') and pct('493.70', '520') == D('94.9'), 'urban')
f(d.L('| 城乡社区支出 |'), 'change', 'must', '493.70 / 520.00 = 94.9%, stated 96.9% (a head 决算数为调整预算数的%)')
check(sm('1420', '486.50', '520') == D('2426.50') and sm('1386.40', '472.30', '493.70') == D('2352.40') and pct_ok('96.9', '2352.40', '2426.50'), 'total')
t(d.L('| 合计 |'), 'columns add up; 2,352.40 / 2,426.50 = 96.9%')
check(sm('2.14', '6.50') == D('8.64') and pct_ok('72.0', '8.64', '12.00'), 'three')
t(d.L('2024年度“三公”经费支出8.64万元'), '2.14 + 6.50 = 8.64; 8.64 / 12.00 = 72.0%')
f(d.L('（三）变动原因'), 'heading', 'must', '（一） then （三） (（二） missing)')
f(d.L('街道对4个项目开展自评'), 'grade', 'must', '79.6 is 中 [60,80), called 良 (4 = 2 + 1 + 1 right)')

write('heldout16 (gen16): ten invented budget adjustments (预算调整方案), mid-year execution reports (上半年/1—9月) '
      'and town/subdistrict budgets and final accounts, written blind', trim_traps=True)
