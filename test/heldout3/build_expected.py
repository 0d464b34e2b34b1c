#!/usr/bin/env python3
"""Writes expected.json (the format of ../shared/corpus/dev/expected.json) for heldout3.

Every finding and trap names its statement by the text it says (a substring, or a
(start, end) pair when page furniture or a table stands inside it), so the lines it
spans are found even where a PDF-like layout wraps it. Every figure is re-derived
with decimal interval arithmetic (SPEC §4): a figure with d decimals stands for
±½·10⁻ᵈ of its unit, a percentage may be rounded or truncated. A `must` finding
fails for every choice inside the intervals (`bad`); a trap holds for some (`ok`).
Run: python3 build_expected.py"""
import json, os
from decimal import Decimal as D, getcontext
getcontext().prec = 40
here = os.path.dirname(os.path.abspath(__file__))

def iv(s):
    s = str(s).replace(',', '')
    neg = s.startswith('-'); s = s.lstrip('-')
    d = len(s.split('.')[1]) if '.' in s else 0
    v, h = D(s), D(1).scaleb(-d) / 2
    lo, hi = v - h, v + h
    return (-hi, -lo) if neg else (lo, hi)
def add(*xs):
    ivs = [iv(x) if not isinstance(x, tuple) else x for x in xs]
    return (sum(a for a, _ in ivs), sum(b for _, b in ivs))
def sub(a, b):
    a, b = (iv(a) if not isinstance(a, tuple) else a), (iv(b) if not isinstance(b, tuple) else b)
    return (a[0] - b[1], a[1] - b[0])
def div(a, b, k=100):
    a, b = (iv(a) if not isinstance(a, tuple) else a), (iv(b) if not isinstance(b, tuple) else b)
    qs = [x / y * k for x in a for y in b]
    return (min(qs), max(qs))
def stated(s, pct):
    lo, hi = iv(s)
    if pct:  # rounded or truncated at the last digit
        hi = hi + (hi - lo) / 2
    return lo, hi
def meets(c, s, pct=False):
    lo, hi = stated(s, pct)
    return c[0] <= hi and lo <= c[1]
def ok(c, s, pct=False):
    assert meets(c, s, pct), ('trap does not hold', c, s)
def bad(c, s, pct=False):
    assert not meets(c, s, pct), ('finding is not a must', c, s)

F = lambda fam, level, why, *spans: (fam, level, why, spans)
T = lambda why, *spans: (None, None, why, spans)
ROWS = {}

# ---------------------------------------------------------------- g01: PDF-like wrapped county final accounts
P = True
ok(div('86,420', '83,000'), '104.1', P); ok(div('5,260', sub('86,420', '5,260')), '6.5', P); ok(add('61,380', '25,040'), '86,420')
bad(div('8,940', add('312,650', '8,940')), '3.1', P)
for cur, d, r in [('58,760', '2,310', '4.1'), ('49,320', '-1,650', '3.2'), ('27,415', '1,020', '3.9')]:
    ok(div(d.lstrip('-'), sub(cur, d)), r, P)
assert D('31860') > D('31860') - D('1540')  # 增加 1,540: the figure rose, 下降 contradicts it
bad(add('0', '7,480', '-2,270'), '6,210'); ok(add('4,125', '118,930', '19,325'), '142,380')
ok(add('46,200', '12,850', '41,730', '18,150'), '118,930')
bad(div('38,650', '45,900'), '82.4', P)
ok(div('41,270', add('41,270', '2,820')), '93.6', P)
ok(add('28.60', '842.30', '415.50'), '1,286.40'); ok(div('96.20', add('1,286.40', '96.20')), '7.0', P)
bad(add('136.00', '716.30'), '842.30')
ok(sub('3,000', '2,460'), '540')
ROWS['g01-anping-county-2024-final-accounts-notes.txt'] = [
 F('change', 'must', '支出 312,650, 减支 8,940 from 321,590: 2.78%, stated 下降3.1%', ('全县一般公共预算支出完成312,650', '支出较上年减少。')),
 F('direction', 'must', '农林水 较上年增加1,540万元 and 下降5.1% in one claim', ('农林水支出31,860', '资金增加。')),
 F('change-sum', 'must', '上级补助收入 +6,210, but its complete partition changed by 0 (持平) + 7,480 - 2,270 = 5,210', ('2024年，全县上级补助收入142,380', '比上年减少2,270万元。')),
 F('change', 'must', 'completion: 38,650 / 年初预算 45,900 (named after the rate) = 84.20%, stated 82.4%', ('2024年，政府性基金预算收入完成38,650', '土地出让进度放缓。')),
 F('sum', 'must', '公务用车购置及运行维护费 842.30, but 购置 136.00 + 运行维护 716.30 = 852.30 (a complete partition)', ('公务用车购置及运行维护费842.30万元，其中', '运行维护费716.30万元。')),
 T('86,420 / 83,000 = 104.1%; 5,260 / 81,160 = 6.48%; 61,380 + 25,040 = 86,420; component completion rates without their budgets', ('2024年，全县一般公共预算收入完成86,420', '比上年增长9.8%。')),
 T('增支/减支 with right rates: 2,310 / 56,450 = 4.09%, 1,650 / 50,970 = 3.24%, 1,020 / 26,395 = 3.86%', ('分科目看', '增长3.9%。')),
 T('the total 一般性转移支付 118,930 named before its parts: 46,200 + 12,850 + 41,730 + 18,150', ('一般性转移支付收入中', '18,150万元。')),
 T('为年初预算的93.6% and 减少2,820 agree: 41,270 / 44,090 = 93.60%', ('政府性基金预算支出41,270', '比年初预算减少2,820万元。')),
 T('三公 28.60 + 842.30 + 415.50 = 1,286.40; 96.20 / 1,382.60 = 6.96%', ('2024年全县“三公”经费支出1,286.40', '公务接待费415.50万元。')),
 T('预备费 3,000 - 2,460 = 540 结余', ('2024年县本级预算安排预备费', '转入预算稳定调节基金。')),
 T('调入, 补充 and 余额 of the stabilisation fund are not a sum (the opening balance is not stated)', ('全年从预算稳定调节基金调入', '余额9,380万元。')),
]

# ---------------------------------------------------------------- g02: Shanghai department budget, clean text
ok(add('18,402.35', '240.00', '0'), '18,642.35'); ok(add('18,102.35', '300.00', '0'), '18,402.35')
bad(add('-1,106.48', '-200.00', '0'), '-1,206.48')
ok(add('11,286.40', '7,115.95'), '18,402.35'); ok(add('312.50', '-1,518.98'), '-1,206.48')
ok(div('312.50', sub('11,286.40', '312.50')), '2.8', P)
ok(add('9,216.40', '3,540.80', '2,386.15', '1,248.60', '560.40', '1,150.00', '300.00'), '18,402.35')
ok(add('0', '38.60', '8.20'), '46.80'); ok(add('0', '-3.40', '-1.80'), '-5.20')
bad(div('24.50', sub('612.30', '24.50')), '3.8', P)
bad(add('412.60', '0', '1,461.60'), '1,864.20')
ok(div('5,936.40', '7,115.95'), '83.4', P)
ROWS['g02-xinhe-market-regulation-2025-dept-budget.txt'] = [
 F('change-sum', 'must', '财政拨款支出 -1,206.48 against 执行数, but its three parts changed by -1,106.48 - 200.00 + 0 (持平) = -1,306.48', '支出预算18,642.35万元，其中'),
 F('direction', 'must', '项目支出 比2024年预算执行数减少1,518.98万元 and 增长17.6% in one claim (1,518.98 / 8,634.93 = 17.59%: the rate is the fall\'s)', '按支出性质分'),
 F('change', 'must', '机关运行经费 612.30, 增加24.50 from 587.80: 4.17%, stated 增长3.8%', '机关运行经费预算为612.30'),
 F('sum', 'must', '政府采购预算 1,864.20, but 412.60 + 0 + 1,461.60 = 1,874.20 (the parts exceed the total)', '政府采购预算1,864.20'),
 T('收入 18,402.35 + 240.00 + 0 = 18,642.35; the Shanghai 比2024年预算执行数 base', '收入预算18,642.35万元'),
 T('the numbered 功能科目 items add to 18,402.35 without a stated total in the list', ('1. “一般公共服务支出', '主要用于农贸市场标准化改造。')),
 T('三公 0 + 38.60 + 8.20 = 46.80; changes 0 - 3.40 - 1.80 = -5.20 (与2024年预算持平 for a zero item)', ('2025年“三公”经费预算数为46.80', '严格控制接待标准。')),
 T('5,936.40 / 项目支出 7,115.95 (named in the 按支出性质分 sentence) = 83.42%', '共12个项目编制了绩效目标'),
 T('14辆 = 2 + 9 + 3; 100万元（含）以上 is a threshold', '本部门共有车辆14辆'),
]

# ---------------------------------------------------------------- g03: monthly revenue report, Markdown tables
ok(div('52,318', '58,600'), '89.3', P); ok(div('2,846', '49,472'), '5.8', P)
ok(add('36,540', '15,778'), '52,318'); ok(add('34,912', '14,560'), '49,472'); ok(add('1,628', '1,218'), '2,846')
ok(div('452', '5,870'), '7.7', P); ok(div('628', '14,608'), '4.3', P)
ok(div('36,540', '52,318'), '69.8', P); ok(sub(div('36,540', '52,318'), div('34,912', '49,472')), '-0.7')
assert D('15778') > D('14560')
ok(add('9,842', '24,610', '18,372', '11,205', '15,480'), '79,509'); ok(add('9,516', '23,185', '17,940', '11,874', '13,260'), '75,775')
ok(add('326', '1,425', '432', '-669', '2,220'), '3,734'); ok(div('3,734', '75,775'), '4.9', P)
bad(div('669', '11,874'), '6.5', P)
ok(add('24,610', '18,372', '11,205', '15,480'), '69,667'); ok(div('69,667', '79,509'), '87.6', P)
bad(div('15,480', '79,509'), '21.5', P)
ok(div('3,185', add('12,640', '3,185')), '20.1', P); ok(div('2,116', add('14,385', '2,116')), '12.8', P)
ROWS['g03-qinghe-county-2025-november-revenue.md'] = [
 F('change', 'must', '卫生健康支出 -669 on 11,874 is -5.63%, the 增减率 cell says -6.5%', '| 卫生健康支出 | 11,205'),
 F('share', 'must', '农林水 15,480 / 一般公共预算支出 79,509 = 19.47%, stated 21.5%', '占一般公共预算支出的比重为21.5%'),
 F('direction', 'must', '非税收入 15,778 against 上年同期 14,560 (表1) rose, but the text says 有所下降', '非税收入完成15,778万元'),
 F('conflict', 'must', '1-11月一般公共预算收入 is 52,318 in the opening sentence and the table, 52,381 in the summary', '综上，1-11月全县一般公共预算收入52,381', '累计完成52,318万元'),
 T('其中 rows are inside 税收收入: 36,540 + 15,778 = 52,318, not adding 增值税 and 企业所得税', '| 合计 | 52,318 | 49,472'),
 T('a negative change with a negative rate: -452 / 5,870 = -7.70%', '| 其中：企业所得税'),
 T('36,540 / 52,318 = 69.84%; last year 70.57%: down 0.73 个百分点', '税收收入占一般公共预算收入的比重为69.8%'),
 T('合计 column and row of 表2 add up; 3,734 / 75,775 = 4.93%', '| 合计 | 79,509'),
 T('16.7% = 2,220 / 13,260', '| 农林水支出 | 15,480'),
 T('four 民生 items 24,610 + 18,372 + 11,205 + 15,480 = 69,667 = 87.62% of 79,509; 为年度预算的86.4% without the budget', '1-11月，全县一般公共预算支出79,509'),
 T('减收 3,185 / 15,825 = 20.13%; 减支 2,116 / 16,501 = 12.82%; 土地出让 is a part', '政府性基金预算收入12,640'),
]

# ---------------------------------------------------------------- g04: traditional characters, ASCII punctuation
ok(add('3,312.40', '174.12', '0'), '3,486.52'); ok(div('3,312.40', '3,486.52'), '95.01', P); ok(div('174.12', '3,486.52'), '4.99', P)
ok(add('2,984.30', '537.56'), '3,521.86'); ok(div('2,984.30', '3,521.86'), '84.74', P)
bad(div('537.56', '3,521.86'), '16.26', P)
ok(div('186.25', sub('3,312.40', '186.25')), '5.96', P)
ok(div('172.49', sub('3,298.64', '172.49')), '5.52', P); ok(div('3,298.64', sub('3,298.64', '145.28')), '104.6', P)
ok(div('2,786.14', '2,640.00'), '105.5', P); ok(sub('2,786.14', '2,640.00'), '146.14')
assert D('271.36') < D('286.50')
bad(div('72.94', '58.66'), '112.4', P); ok(sub('72.94', '58.66'), '14.28')
ok(add('2,498.36', '262.72'), '2,761.08')
bad(add('0', '6.52', '4.34'), '9.86')
ok(add('214.80', '120.00', '51.60'), '386.40')
ROWS['g04-tianfeng-no2-middle-school-2024-dept-final-trad.txt'] = [
 F('share', 'must', '項目支出 537.56 / 3,521.86 = 15.26%, stated 16.26% (基本支出 84.74% is right)', '2024年度支出總計3,521.86'),
 F('direction', 'must', '決算 271.36 is below 年初預算 286.50 (完成94.7%), yet 決算數大於年初預算數15.14萬元', '年初預算286.50萬元'),
 F('change', 'must', 'completion 72.94 / 58.66 = 124.34%, stated 112.4%; the difference 14.28 is right', '年初預算58.66萬元'),
 F('sum', 'must', '"三公" 決算 9.86, but 0 + 6.52 + 4.34 = 10.86 (a complete partition)', '支出決算為9.86萬元', '其中:因公出國(境)費支出決算為0萬元'),
 T('3,312.40 + 174.12 + 0 = 3,486.52; 95.01% and 4.99%', '2024年度收入總計3,486.52'),
 T('186.25 / 3,126.15 = 5.96%', '財政撥款收入總計3,312.40萬元,與上年相比'),
 T('completion rate and difference agree: 3,298.64 / 3,153.36 = 104.61%; 172.49 / 3,126.15 = 5.52%', '一般公共預算財政撥款支出3,298.64'),
 T('2,786.14 / 2,640.00 = 105.54%, 大於 by 146.14', '年初預算2,640.00萬元'),
 T('100% and 持平 with equal figures', '年初預算168.20萬元'),
 T('2,498.36 + 262.72 = 2,761.08', '基本支出2,761.08'),
 T('6.52 = 0 + 6.52', '公務用車購置及運行維護費中'),
 T('214.80 + 120.00 + 51.60 = 386.40; 100% of itself', '政府採購支出總額386.40'),
]

# ---------------------------------------------------------------- g05: township budget, spaced characters, flattened tables
ok(add('2,560', '486', '2,800'), '5,846'); ok(add('142', '-38', '208'), '312'); ok(div('312', '5,534'), '5.6', P)
ok(add('2,418', '524', '2,592'), '5,534'); ok(div('142', '2,418'), '5.9', P); ok(div('38', '524'), '7.3', P); ok(div('208', '2,592'), '8.0', P)
bad(div('38', '524'), '6.3', P)
bad(add('1,342', '226', '140', '1,018', '1,790', '1,130'), '5,746'); ok(add('1,286', '218', '132', '946', '1,624', '1,108'), '5,314')
for p, c, r in [('1,286', '1,342', '4.4'), ('218', '226', '3.7'), ('132', '140', '6.1'), ('946', '1,018', '7.6'), ('1,624', '1,790', '10.2'), ('1,108', '1,130', '2.0')]:
    ok(div(sub(c, p), p), r, P)
ok(div(sub('5,646', '5,314'), '5,314'), '6.2', P)
assert D('226') != D('218')
bad(div('72', '946'), '9.6', P)
ok(div('140', '132'), '106.1', P); ok(div('1,790', '5,646'), '31.7', P)
ok(add('12.0', '6.5', '0'), '18.5'); ok(div('1.5', add('18.5', '1.5')), '7.5', P)
ROWS['g05-shuikou-town-2025-budget.txt'] = [
 F('change', 'must', '非税收入 减少38 from 524: 7.25% (表1 says -7.3%), stated 下降6.3%', '非税收入减少38万元，下降6.3%'),
 F('sum', 'must', '表2 合计 2025年预算数 5,746, but the six rows add to 5,646 (the text says 5,646)', '合计                  5,314'),
 F('conflict', 'may', '支出预算 5,646 in the text, 5,746 in the 合计 row of 表2 (the same slip as the sum finding)', ('2025年全镇支出预算5,646', '数增长6.2%。'), '合计                  5,314'),
 F('direction', 'must', '公共安全支出 226 against 218 (表2) changed by 8, but the text says 与上年执行数持平', '公共安全支出226万元，与上年执行数持平'),
 F('change', 'must', '社会保障和就业 1,018 against 946: 7.61%, stated 增长9.6%', ('社会保障和就业支出1,018万元，较上年', '补助标准提高。')),
 T('5,846 = 2,560 + 486 + 2,800; changes 142 - 38 + 208 = 312; 312 / 5,534 = 5.64%', ('2025年全镇收入预算总计5,846', '增加208万元。')),
 T('表1 rows and 合计 add up; rates 5.87%, -7.25%, 8.02%, 5.64%', '税收收入          2,418', '非税收入            524', '上级补助收入      2,592', '合计              5,534'),
 T('表2 component rows: each rate fits its row', '一般公共服务支出      1,286', '公共安全支出            218', '社会保障和就业支出      946', '农林水支出            1,624'),
 T('spaced-out label: 1,342 - 1,286 = 56, 4.35%', ('一 般 公 共 服 务 支 出1,342', '组织运转保障。')),
 T('140 / 132 = 106.06%', '教育支出140万元，为上年执行数的106.1%'),
 T('1,790 / 5,646 (the text\'s total) = 31.70%', ('农林水支出1,790万元', '河道整治。')),
 T('基本持平 hedges a 2.0% change', '城乡社区支出1,130万元，与上年执行数基本持平'),
 T('18.5 = 12.0 + 6.5 + 0; 压减 1.5 / 20.0 = 7.5%', ('2025年镇级“三公”经费预算18.5', '境）费。')),
]

# ---------------------------------------------------------------- g06: 三公 final accounts, .docx (lines = paragraphs of the .src.txt)
ok(div('1,268.34', '1,450.00'), '87.5', P); ok(sub('1,450.00', '1,268.34'), '181.66')
ok(sub('1,392.18', '1,268.34'), '123.84'); ok(div('123.84', '1,392.18'), '8.9', P)
ok(add('62.40', '748.56', '457.38'), '1,268.34'); ok(add('86.00', '826.00', '538.00'), '1,450.00'); ok(add('14.20', '-86.72', '-51.32'), '-123.84')
ok(div('62.40', '86.00'), '72.6', P); ok(div('748.56', '826.00'), '90.6', P); ok(add('215.00', '533.56'), '748.56'); ok(div('457.38', '538.00'), '85.0', P)
ok(div('86.42', '90.00'), '96.0', P); ok(sub('90.00', '86.42'), '3.58')
ok(div('64.18', add('64.18', '15.82')), '80.2', P)
bad(div('128.60', sub('128.60', '12.60')), '107.2', P)
assert D('312.75') > D('298.00'); ok(sub('312.75', '298.00'), '14.75')
bad(add('86.42', '64.18', '128.60', '312.75'), '581.95')
bad(iv('457.83'), '457.38')
ROWS['g06-lanshan-county-2024-sangong-final-accounts.docx'] = [
 F('change', 'must', 'completion and 超支 disagree: 128.60 - 12.60 = 116.00 budget, 128.60 / 116.00 = 110.86%, stated 107.2%', '县交通运输局'),
 F('direction', 'must', '决算 312.75 is above 年初预算 298.00, yet 决算数小于年初预算数14.75万元', '县公安局'),
 F('sum', 'must', 'the four departments above: 86.42 + 64.18 + 128.60 + 312.75 = 591.95, stated 合计581.95 (total after its parts)', '以上四个部门'),
 F('direction', 'must', '比上年决算增加5.14万元 and 下降12.1% in one claim', '县农业农村局'),
 F('conflict', 'must', '县级公务接待费 决算 457.38 in section 二, 457.83 in section 四', '2024年度县级公务接待费支出决算457.83', '（三）公务接待费'),
 T('87.5% and 结余181.66 agree with 1,450.00 and 1,268.34; 123.84 / 1,392.18 = 8.90%; the three items add up in 决算, 预算 and change', '2024年度，县级一般公共预算财政拨款'),
 T('决算数小于年初预算数 is right (1,268.34 < 1,450.00)', '决算数小于年初预算数的主要原因'),
 T('62.40 / 86.00 = 72.56%; 3个 and 9人次 are counts', '（一）因公出国（境）费'),
 T('748.56 / 826.00 = 90.62%; 215.00 + 533.56 = 748.56; 11辆 and 312辆 are counts', '（二）公务用车购置及运行维护费'),
 T('base named after the rate: 86.42 / 90.00 = 96.02%, 节约 3.58', '县教育局'),
 T('为年初预算的80.2% with 结余15.82: budget 80.00, 64.18 / 80.00 = 80.23%', '县卫生健康局'),
]

# ---------------------------------------------------------------- g07: budget report, clean text
ok(div('4,870', sub('123,460', '4,870')), '4.1', P); ok(add('86,420', '37,040'), '123,460')
ok(div('365,280', add('365,280', '12,360')), '96.7', P)
ok(div('238', add('2,146', '238')), '10.0', P)
bad(add('4,200', '2,800', '1,900', '900'), '9,600')
ok(div('21,640', add('68,920', '21,640')), '23.9', P)
bad(div('9,870', add('81,350', '9,870')), '12.8', P)
ok(add('1,240', '620'), '1,860')
assert D('149280') < D('149280') + D('3140')
ok(sub('156,730', '149,280'), '7,450')
ok(add('172,400', '313,900'), '486,300'); bad(add('9,800', '29,800'), '38,600')
ok(div(sub('128,400', '123,460'), '123,460'), '4.0', P); ok(add('128,400', '186,500', '21,000', '18,600', '9,800'), '364,300')
ok(add('346,800', '6,500', '11,000'), '364,300')
ok(sub('365,280', '346,800'), '18,480'); ok(div('18,480', '365,280'), '5.1', P)
ok(sub('2,146', '1,980'), '166'); bad(div('1,980', '2,146'), '93.2', P)
ROWS['g07-fengcheng-county-2025-budget-report.txt'] = [
 F('sum', 'must', '节约的资金 9,600, but 4,200 + 2,800 + 1,900 + 900 = 9,800 (其中 parts exceed the total)', '一般性支出压减后节约的资金'),
 F('change', 'must', '基金支出 81,350, 缩减9,870 from 91,220: 10.82%, stated 下降12.8%', '政府性基金预算支出81,350'),
 F('direction', 'must', '社保基金支出 比上年减少3,140万元 and 增长2.1% in one claim', '社会保险基金收入156,730'),
 F('change-sum', 'must', '债务余额 +38,600, but 一般 +9,800 + 专项 +29,800 = 39,600 (a complete partition)', '2024年末全县政府债务余额486,300'),
 F('change', 'must', '三公 1,980 / 上年执行数 2,146 (stated in section 一) = 92.26%, stated 为上年执行数的93.2% (the 减少166 is right)', '县级“三公”经费预算安排1,980'),
 T('增收 4,870 / 118,590 = 4.11%; 86,420 + 37,040 = 123,460; 为预算的101.2% without the budget', '（一）一般公共预算。'),
 T('为上年的96.7%: 365,280 / 377,640 = 96.73% after 减支12,360', '全县一般公共预算支出完成365,280'),
 T('压减 238 from 2,384: 9.98%, stated 10.0%', '县级“三公”经费支出2,146'),
 T('减收 21,640 / 90,560 = 23.90%', '全县政府性基金预算收入完成68,920'),
 T('为上年的142.1% without last year\'s figure; 1,240 + 620 = 1,860', '国有资本经营预算收入1,860'),
 T('结余 156,730 - 149,280 = 7,450', '当年收支结余7,450'),
 T('增长4.0% on the 2024 outturn 123,460 named a section earlier; 收入总计 after its five parts', '全县一般公共预算收入预期128,400'),
 T('支出总计 after its three parts: 346,800 + 6,500 + 11,000 = 364,300', '全县一般公共预算支出安排346,800'),
 T('base named two sections earlier: 365,280 - 346,800 = 18,480, 5.06%', '一般公共预算支出安排比上年执行数减少18,480'),
 T('growth and 持平 without last year\'s figures', '重点支出方面'),
]

# ---------------------------------------------------------------- g08: debt notes, Markdown table with a 合计 column
ok(add('98.60', '187.80'), '286.40')
for g, s, t in [('88.35', '162.48', '250.83'), ('6.20', '21.40', '27.60'), ('5.15', '8.90', '14.05'), ('7.32', '11.86', '19.18'), ('92.38', '180.92', '273.30')]:
    ok(add(g, s), t)
ok(add('88.35', '6.20', '5.15', '-7.32'), '92.38'); ok(add('162.48', '21.40', '8.90', '-11.86'), '180.92')
ok(sub('273.30', '250.83'), '22.47'); ok(div('22.47', '250.83'), '9.0', P); ok(add('4.03', '18.44'), '22.47')
ok(div('92.38', '273.30'), '33.8', P); ok(div('180.92', '273.30'), '66.2', P)
ok(add('27.60', '14.05'), '41.65'); bad(add('4.10', '3.25'), '6.35')
ok(add('12.60', '5.40', '3.40'), '21.40'); ok(div('12.60', '21.40'), '58.9', P); ok(div('5.40', '21.40'), '25.2', P); ok(div('3.40', '21.40'), '15.9', P)
bad(add('19.18', '8.82'), '27.46')
ok(add('3.46', '5.36'), '8.82'); bad(div('3.46', '8.82'), '42.8', P)
assert D('21.40') > D('19.18')
ROWS['g08-huaxi-district-2024-debt-notes.md'] = [
 F('change-sum', 'must', '发行 +6.35, but 新增 +4.10 + 再融资 +3.25 = +7.35 (41.65 = 27.60 + 14.05 is right)', '2024年全区发行政府债券41.65'),
 F('sum', 'must', '还本付息 27.46, but 还本 19.18 + 付息 8.82 = 28.00', '还本付息支出27.46'),
 F('share', 'must', '一般债务付息 3.46 / 付息 8.82 = 39.23%, stated 42.8%', '一般债务付息占付息支出的42.8%'),
 F('direction', 'must', '2025 本金 21.40 against 2024 偿还本金 19.18 (表1) is higher, but the text says 有所减少', '比2024年有所减少'),
 T('limit 98.60 + 187.80 = 286.40; every balance under its limit', '全区政府债务限额为286.40'),
 T('表1 合计 column adds up in every row; roll-forward 250.83 + 27.60 + 14.05 - 19.18 = 273.30', '| 2023年末余额', '| 2024年新增债券', '| 2024年再融资债券', '| 2024年偿还本金', '| 2024年末余额'),
 T('22.47 / 250.83 = 8.96%; 4.03 + 18.44 = 22.47', '比上年末增加22.47亿元'),
 T('92.38 / 273.30 = 33.80%, 180.92 / 273.30 = 66.20%', '从结构看'),
 T('shares of 新增专项债券 21.40 (named in 表1): 58.88%, 25.23%, 15.89%; parts add to 21.40', '新增专项债券资金主要投向'),
 T('a rate and a change in 个百分点 without last year\'s rate', '法定债务率为68.4%'),
]

# ---------------------------------------------------------------- g09: performance management, Markdown
ok(div('23,410', sub('486,250', '23,410')), '5.1', P); ok(div('62,480', '486,250'), '12.8', P)
assert 11 + 19 + 6 + 2 == 38; ok(div('30', '38'), '78.9', P)
ok(add('18,640', '12,350', '21,480', '10,010'), '62,480'); ok(add('17,926', '11,068', '20,115', '8,742'), '57,851'); ok(add('714', '1,282', '1,365', '1,268'), '4,629')
for b, a, r, e in [('18,640', '17,926', '714', '96.2'), ('12,350', '11,068', '1,282', '89.6'), ('21,480', '20,115', '1,365', '93.6'), ('10,010', '8,742', '1,268', '87.3'), ('62,480', '57,851', '4,629', '92.6')]:
    ok(sub(b, a), r); ok(div(a, b), e, P)
ok(div('4,629', '62,480'), '7.4', P)
bad(div('8,742', '10,010'), '78.3', P)
bad(add('1,480', '1,870'), '3,260')
assert D('86.4') < D('88.1')
bad(iv('62,840'), '62,480')
ROWS['g09-yunhai-district-2024-performance-management.md'] = [
 F('change', 'must', '区农业农村委 8,742 / 预算资金 10,010 (表1) = 87.33%, stated 完成预算的78.3%', '区农业农村委重点项目实际支出8,742'),
 F('sum', 'must', '调减 3,260, but 1,480 + 1,870 = 3,350 (the parts exceed the total)', '调减2025年预算资金共3,260'),
 F('direction', 'must', '86.4分 against 上年的88.1分 is lower, but the text says 有所提高', '比上年的88.1分有所提高'),
 F('conflict', 'must', '重点绩效评价 资金 62,480 in section 一 and 表1, 62,840 in section 四', '覆盖资金62,840', '区财政局对其中38个重点项目'),
 T('23,410 / 462,840 = 5.06%; 1,286个 is a count', '纳入绩效目标管理的项目共1,286个'),
 T('表1 rows: 预算 - 实际 = 结余 and 实际 / 预算 = 执行率 in each row', '| 区教育局', '| 区卫生健康委', '| 区建设管理委', '| 区农业农村委'),
 T('表1 合计 row adds up in every column; 38 = 9 + 7 + 12 + 10', '| 合计 | 38'),
 T('57,851 / 62,480 = 92.59%; 4,629 / 62,480 = 7.41%', '从执行情况看'),
]

# ---------------------------------------------------------------- g10: PDF-like final accounts, table flattened one cell a line
ok(add('98,600', '31,400'), '130,000'); bad(add('101,426', '28,385'), '129,181'); ok(div('129,181', '130,000'), '99.4', P)
ok(div('101,426', '98,600'), '102.9', P); ok(div('28,385', '31,400'), '90.4', P)
ok(div('129,811', '130,000'), '99.9', P)
ok(div('15,240', add('412,586', '15,240')), '3.6', P)
bad(add('6,820', '184,360', '46,300'), '236,480')
bad(div('126.40', add('1,042.60', '126.40')), '12.6', P)
ok(div('9,360', sub('86,420', '9,360')), '12.1', P)
ok(div('2,360', sub('2,360', '360')), '118.0', P)
bad(div('1,580', add('1,580', '520')), '79.0', P)
ok(div('2,800', '4,000'), '70.0', P)
ROWS['g10-beiyuan-district-2024-final-accounts.txt'] = [
 F('sum', 'must', '表1 合计 决算数 129,181, but 101,426 + 28,385 = 129,811 (the text says 129,811); the table is flattened one cell a line', '=129,181', '=合计', '=130,000', '=99.4'),
 F('conflict', 'may', '一般公共预算收入决算 129,811 in the text, 129,181 in 表1 (the same slip as the sum finding)', ('2024年，全区一般公共预算收入决算129,811', '收入分项情况见表1。'), '=129,181'),
 F('sum', 'must', '上级补助收入 236,480, but 6,820 + 184,360 + 46,300 = 237,480 (a complete partition), wrapped over two lines', ('上级补助收入决算236,480', '46,300万元。')),
 F('change', 'must', '三公 1,042.60, 减少126.40 from 1,169.00: 10.81%, stated 下降12.6% (the rate is split across lines)', ('2024年全区“三公”经费决算支出1,042.60', '人数减少。')),
 F('change', 'must', 'completion and 节约 disagree: 1,580 + 520 = 2,100 budget, 1,580 / 2,100 = 75.24%, stated 79.0%', ('国有资本经营预算支出决算1,580', '0万元。')),
 T('表1 budget cells: 98,600 + 31,400 = 130,000', '=98,600', '=31,400'),
 T('101,426 / 98,600 = 102.87%', '=102.9'),
 T('28,385 / 31,400 = 90.40%', '=90.4'),
 T('a statement broken by a page break: 15,240 / 427,826 = 3.56%', ('全区一般公共预算支出决算412,586', '债务化解支出较多。')),
 T('a figure split by a page break: 9,36|0万元; 9,360 / 77,060 = 12.15%; 88.6% without the budget', ('政府性基金预算收入决算72,640', '0万元，增长12.1%。')),
 T('为年初预算的118.0% and 超收360 agree: 2,360 / 2,000', ('国有资本经营预算收入决算2,360', '上缴增加。')),
 T('2,800 / 4,000 = 70.0%', ('全年动用预备费2,800', '公共卫生应急。')),
]


# ================================================================ round 2 (written after the round-1 fixes, scored before any more)
# ---------------------------------------------------------------- g11: department final accounts, Markdown, a 完成率 column
ok(add('6,518.70', '206.40', '117.20'), '6,842.30'); ok(div('412.60', sub('6,842.30', '412.60')), '6.4', P)
ok(div('6,518.70', '6,842.30'), '95.3', P); ok(div('206.40', '6,842.30'), '3.0', P); ok(div('117.20', '6,842.30'), '1.7', P)
assert D('206.40') < D('224.70')
ok(add('4,860.00', '612.00', '780.00'), '6,252.00'); ok(add('4,712.35', '598.40', '826.50'), '6,137.25')
ok(div('4,712.35', '4,860.00'), '97.0', P); ok(div('598.40', '612.00'), '97.8', P); ok(div('6,137.25', '6,252.00'), '98.2', P)
bad(div('826.50', '780.00'), '110.6', P)
ok(sub('6,252.00', '6,137.25'), '114.75'); ok(sub('826.50', '780.00'), '46.50')
ok(sub('4,860.00', '4,712.35'), '147.65'); bad(div('4,712.35', add('4,712.35', '147.65')), '95.0', P)
ok(div('28.64', '32.00'), '89.5', P); ok(div('2.18', sub('28.64', '2.18')), '8.2', P)
bad(add('0', '6.12', '23.52'), '28.64'); ok(add('18.52', '5.00'), '23.52')
bad(div('12.80', add('186.40', '12.80')), '7.4', P)
ok(add('312.40', '846.10', '128.00'), '1,286.50'); ok(div('1,046.20', '1,286.50'), '81.3', P)
bad(div('652.80', '1,046.20'), '58.4', P)
ROWS['g11-songhe-agriculture-bureau-2024-dept-final-accounts.md'] = [
 F('direction', 'must', '事业收入 206.40 against 上年的224.70 is lower, but the text says 有所增加', '比上年的224.70万元有所增加'),
 F('change', 'must', '水利 完成率: 826.50 / 780.00 = 105.96%, the cell says 110.6%', '| 水利 |'),
 F('change', 'must', '农业农村 4,712.35, 少支出147.65 against 年初预算 4,860.00 (表1): 96.96%, stated 完成年初预算的95.0%', '农业农村支出决算4,712.35'),
 F('sum', 'must', '三公 决算 28.64, but 0 + 6.12 + 23.52 = 29.64 (a complete partition, 具体为…以及…)', '具体为：因公出国', '2024年度“三公”经费财政拨款支出决算28.64'),
 F('change', 'must', '机关运行经费 186.40, 减少12.80 from 199.20: 6.43%, stated 降幅为7.4%', '机关运行经费支出186.40'),
 F('share', 'must', '小微企业 652.80 / 中小企业 1,046.20 (the sentence before) = 62.40%, stated 58.4%', '授予小微企业合同金额652.80'),
 T('6,518.70 + 206.40 + 117.20 = 6,842.30; shares 95.27%, 3.02%, 1.71%; 412.60 / 6,429.70 = 6.42%', '2024年度收入总计6,842.30'),
 T('表1 rows: 97.0% and 97.8% fit their rows', '| 农业农村 |', '| 林业和草原 |'),
 T('表1 合计 adds up in both columns; 6,137.25 / 6,252.00 = 98.16%', '| 合计 | 6,252.00'),
 T('占年初预算的98.2% and 少支出114.75 agree', '一般公共预算财政拨款支出决算6,137.25'),
 T('超年初预算46.50 = 826.50 - 780.00', '水利支出决算826.50万元，超年初预算'),
 T('18.52 + 5.00 = 23.52', '公务用车购置及运行维护费中'),
 T('312.40 + 846.10 + 128.00 = 1,286.50; 1,046.20 / 1,286.50 = 81.32%', '政府采购支出总额1,286.50'),
]

# ---------------------------------------------------------------- g12: half-year revenue report, PDF-like wrapped text
ok(div('48,260', '96,000'), '50.3', P); ok(div('2,184', sub('48,260', '2,184')), '4.7', P)
ok(add('33,415', '14,845'), '48,260'); ok(add('1,026', '1,158'), '2,184')
bad(add('12,380', '5,126', '1,204'), '19,710')
bad(div('640', add('2,860', '640')), '16.8', P)
ok(div('6,420', sub('128,640', '6,420')), '5.3', P); ok(div('103,420', '128,640'), '80.4', P)
ok(div('2,380', add('9,640', '2,380')), '19.8', P); ok(div('1,940', add('12,860', '1,940')), '13.1', P)
bad(iv('48,620'), '48,260')
ROWS['g12-qiyang-county-2025-june-revenue.txt'] = [
 F('sum', 'must', 'total after its parts: 12,380 + 5,126 + 1,204 = 18,710, stated 以上三项合计19,710', ('主体税种中', '占税收收入的59.0%。')),
 F('change', 'must', '契税 2,860, 减收640 from 3,500: 18.29%, stated 下降16.8%', '契税完成2,860'),
 F('direction', 'must', '农林水 同比增支1,260万元 and 下降7.1% in one claim', ('农林水支出18,920', '资金集中拨付。')),
 F('conflict', 'must', '1-6月一般公共预算收入 48,260 in section 一, 48,620 in the summary', '综上所述', ('1-6月，全县一般公共预算收入完成48,260', '增长4.7%。')),
 T('分项看: 33,415 + 14,845 = 48,260; 1,026 + 1,158 = 2,184', ('分项看', '增收1,158万元。')),
 T('增支 6,420 / 122,220 = 5.25%; 完成年度预算的51.2% without the budget', ('1-6月，全县一般公共预算支出完成128,640', '增长5.3%。')),
 T('103,420 / 128,640 = 80.40%; 提高1.2个百分点 without last year\'s share', ('其中，民生支出103,420', '1.2个百分点。')),
 T('rates and 持平 with no prior stated; a rate split across lines (2.|1%)', ('教育支出26,850', '同比持平。')),
 T('减收 2,380 / 12,020 = 19.80%; 减支 1,940 / 14,800 = 13.11%', ('1-6月，政府性基金预算收入9,640', '降幅13.1%。')),
]

# ---------------------------------------------------------------- g13: township 三公 budget note, clean text
ok(div('4.20', add('36.80', '4.20')), '10.2', P)
ok(add('0', '28.50', '8.30'), '36.80'); ok(add('0', '-2.50', '-1.70'), '-4.20'); ok(add('12.00', '16.50'), '28.50')
assert D('1.70') != 0
bad(div('142.60', add('142.60', '7.40')), '95.6', P)
bad(add('32.00', '58.00'), '86.00')
ok(div('1,260.00', '3,150.00'), '40.0', P)
ok(sub('4,936.80', '4,862.30'), '74.50'); bad(div('74.50', '4,862.30'), '1.7', P)
ROWS['g13-heping-town-2025-sangong-budget.txt'] = [
 F('direction', 'must', '公务接待费 较上年预算减少1.70万元 and 与上年持平 in one claim', '镇本级公务接待费预算8.30'),
 F('change', 'must', '机关运行经费 142.60 and 减少7.40: 142.60 / 150.00 = 95.07%, stated 为上年预算的95.6%', '机关运行经费预算142.60'),
 F('sum', 'must', '政府采购预算 86.00, but 32.00 + 58.00 = 90.00', '政府采购预算86.00'),
 F('change', 'must', 'base named first in the sentence: 74.50 / 4,862.30 = 1.53%, stated 增长1.7%', '上年镇级一般公共预算支出决算4,862.30'),
 T('减少了4.20, 降幅为10.2%: 4.20 / 41.00 = 10.24%', '“三公”经费预算安排36.80'),
 T('0 + 28.50 + 8.30 = 36.80; changes 0 (持平) - 2.50 - 1.70 = -4.20', '其中：因公出国（境）费0万元'),
 T('12.00 + 16.50 = 28.50; 为上年预算的80.0% without last year\'s figure', '公务用车购置及运行维护费中'),
 T('1,260.00 / 3,150.00 = 40.0%; 5个 is a count', '绩效评价项目5个'),
]


def resolve(lines, span):
    """the 1-based lines a statement spans: '=text' is a whole line; 'text' or (start, end) is found in the
    lines joined without breaks (a PDF-like wrap splits sentences anywhere) and must occur once"""
    if isinstance(span, str) and span.startswith('='):
        hits = [i + 1 for i, l in enumerate(lines) if l.strip() == span[1:]]
        assert len(hits) == 1, ('whole line not unique', span, hits)
        return hits
    starts, pos = [], 0
    for l in lines:
        starts.append(pos); pos += len(l)
    text = ''.join(lines)
    a, b = (span, None) if isinstance(span, str) else span
    i = text.find(a)
    assert i >= 0 and text.find(a, i + 1) < 0, ('not found once', span)
    if b is None:
        j = i + len(a)
    else:
        k = text.find(b, i)
        assert k >= 0, ('end not found', span)
        j = k + len(b)
    first = max(n for n, s in enumerate(starts) if s <= i and len(lines[n]))
    last = max(n for n, s in enumerate(starts) if s < j)
    return [n + 1 for n in range(first, last + 1) if lines[n].strip()]

out = {'about': 'Held-out set heldout3: 10 invented disclosures written blind to measure the money families (sum, change, change-sum, share, direction, conflict, budget completion) in new wordings and layouts. Format as ../shared/corpus/dev/expected.json; every figure is re-derived in build_expected.py.', 'files': {}}
for name, rows in ROWS.items():
    src = name + '.src.txt' if name.endswith('.docx') else name
    lines = open(os.path.join(here, src), encoding='utf8').read().split('\n')
    fs, ts = [], []
    for fam, lvl, why, spans in rows:
        ls = []
        for sp in spans:
            for l in resolve(lines, sp):
                if l not in ls: ls.append(l)
        (fs.append({'lines': ls, 'family': fam, 'level': lvl, 'why': why}) if fam else ts.append({'lines': ls, 'why': why}))
    fl = {l for f in fs for l in f['lines']}
    for t in ts:
        assert not (set(t['lines']) & fl), (name, t)
    out['files'][name] = {'findings': fs, 'traps': ts}
json.dump(out, open(os.path.join(here, 'expected.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
print('ok', sum(1 for v in out['files'].values() for f in v['findings'] if f['level'] == 'must'), 'must,',
      sum(1 for v in out['files'].values() for f in v['findings'] if f['level'] == 'may'), 'may,',
      sum(len(v['traps']) for v in out['files'].values()), 'traps')
