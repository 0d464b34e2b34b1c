#!/usr/bin/env python3
"""Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Statements are located by a piece of their text, not by line number, so a re-wrapped
document keeps its annotations: S(piece) is every physical line the piece spans in the
file (wrapped lines joined; traditional files are searched in their own characters; a
.docx in the text the CLI reads from it, kept in src/NAME.docx.text.txt). L(piece) is
the one line holding a short piece such as a heading or a table cell. Every figure a
finding or trap relies on is re-derived below with decimal arithmetic (check()).
Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import check, kit  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)




def pct(a, b):
    return D(a) / D(b) * 100


def fits(stated, value):
    """A stated percentage fits a value when rounded or truncated at its last digit (SPEC §4)."""
    s = D(stated)
    q = D(1).scaleb(s.as_tuple().exponent)
    return abs(value - s) <= q / 2 or s <= value < s + q


def off(stated, value):
    """A stated percentage that no rounding of the inputs can reach: well outside its interval."""
    s = D(stated)
    q = D(1).scaleb(s.as_tuple().exponent)
    return abs(value - s) > 3 * q


# g01: Markdown county department final accounts, tables with 上年/本年/增减/增减率
d, f, t = doc('g01-qingtai-agriculture-bureau-2024-dept-final-accounts.md')
check(fits('6.4', pct('412.60', D('6842.35') - D('412.60'))), 'total change')
t(d.L('2024年度收入总计6,842.35万元'), '412.60 / 6429.75 = 6.42%, stated 6.4%')
check(D('6530.18') + D('312.17') == D('6842.35'), '收入总计')
t(d.L('收入总计包括本年收入合计'), '6530.18 + 312.17 = 6842.35 (本年收入合计 is not 收入总计)')
check(D('6102.45') + D('286.40') + D('141.33') == D('6530.18'), 'income parts')
check(fits('93.4', pct('6102.45', '6530.18')) and fits('4.4', pct('286.40', '6530.18')) and fits('2.2', pct('141.33', '6530.18')), 'income shares')
t(d.L('本年收入合计6,530.18万元，其中'), 'parts add up; 93.4%, 4.4%, 2.2% right')
check(D('5730.20') + D('301.50') + D('118.74') == D('6150.44'), '2023 column')
check(fits('6.5', pct('372.25', '5730.20')) and fits('5.0', pct('15.10', '301.50')) and fits('6.2', pct('379.74', '6150.44')), 'rates')
t(d.L('| 财政拨款收入 |') + d.L('| 事业收入 |') + d.L('| 合计 | 6,150.44'), 'rows and 合计 right: 372.25 / 5730.20 = 6.50%, -15.10 / 301.50 = -5.0%, 379.74 / 6150.44 = 6.17%')
check(D('141.33') - D('118.74') == D('22.59') and off('16.0', pct('22.59', '118.74')), 'other income rate')
f(d.L('| 其他收入 |'), 'change', 'must', '其他收入 rose 22.59 from 118.74: 19.02%, the 增减率 cell says 16.0%')
check(D('1856.30') + D('4742.42') == D('6598.72') and fits('28.1', pct('1856.30', '6598.72')) and fits('71.9', pct('4742.42', '6598.72')), 'spending split')
check(D('1502.66') + D('363.64') == D('1866.30'), 'basic parts')
f(d.L('本年支出合计6,598.72万元') + d.L('基本支出中，人员经费1,502.66万元'), 'sum', 'must',
  '基本支出 1,856.30万元 (stated in the sentence before), but 人员经费 1,502.66 + 公用经费 363.64 = 1,866.30万元 (a complete partition)')
check(fits('103.9', pct('6215.80', '5980.00')), 'execution')
t(d.L('2024年度财政拨款支出6,215.80万元') + d.L('决算数大于年初预算数的主要原因'), '6215.80 / 5980 = 103.94%; 决算 is above 预算, as the reason says')
check(D('5862.14') + D('198.36') + D('82.40') + D('72.90') == D('6215.80'), 'functions')
check(fits('94.3', pct('5862.14', '6215.80')) and off('3.8', pct('198.36', '6215.80')) and fits('1.3', pct('82.40', '6215.80')) and fits('1.2', pct('72.90', '6215.80')), 'function shares')
f(d.L('按支出功能分类，农林水支出'), 'share', 'must', '社会保障和就业支出 198.36 / 6,215.80 = 3.19%, stated 占3.8% (the other three shares are right)')
check(D('0') + D('26.40') + D('11.22') == D('37.62'), '三公 parts')
f(d.L('“三公”经费财政拨款支出决算为38.62万元'), 'sum', 'must', '三公 38.62万元, but 0 + 26.40 + 11.22 = 37.62万元 (complete partition; the table says 37.62)')
check(D('30.90') + D('12.90') == D('43.80') and D('26.40') + D('11.22') == D('37.62') and D('-4.50') + D('-1.68') == D('-6.18'), '三公 table')
t(d.L('| 因公出国（境）费 |') + d.L('| 公务用车购置及运行维护费 |') + d.L('| 其中：公务用车购置费 |') + d.L('| 公务用车运行维护费 |') + d.L('| 公务接待费 |') + d.L('| 合计 | 43.80'),
  'table right: 其中 rows split 公务用车 (0 + 30.90 = 30.90), 合计 43.80 / 37.62 / -6.18')
check(off('6.5', pct('21.35', D('363.64') + D('21.35'))) and fits('5.5', pct('21.35', D('363.64') + D('21.35'))), '机关运行经费')
f(d.L('本部门机关运行经费支出363.64万元'), 'change', 'must', '机关运行经费 363.64, 减少21.35 from 384.99: 5.55%, stated 下降6.5% (公用经费 above says 5.5%)')
check(D('120.30') + D('0') + D('300.20') == D('420.50'), 'procurement')
t(d.L('政府采购支出总额420.50万元'), '120.30 + 0 + 300.20 = 420.50')
t(d.L('共有车辆5辆'), '2 + 2 + 1 = 5 vehicles')

# g02: PDF-like township budget
d, f, t = doc('g02-shuilan-town-2025-budget.txt')
check(fits('103.3', pct('4286', '4150')) and D('4286') - D('4150') == D('136') and D('3512') + D('774') == D('4286'), '2024 revenue')
t(d.S('2024年，全镇一般公共预算收入完成4,286万元，为年初预算4,150万元的103.3%，超收136万元。其中，税收收入3,512万元，非税收入774万元。'),
  '4286 / 4150 = 103.28%; 超收 4286 - 4150 = 136; 3512 + 774 = 4286')
t(d.S('全镇一般公共预算支出完成9,864万元，为调整预算的97.6%，比上年下降2.1%。支出下降的主要原因是上年一次性安排的农村公路建设项目已在上年完工。'),
  'no base for 97.6% or 2.1%; 下降 and its reason agree')
check(fits('81.0', pct('1620', '2000')) and D('2000') - D('1620') == D('380'), 'fund revenue')
t(d.S('镇级政府性基金预算收入完成1,620万元，为预算2,000万元的81.0%，短收380万元'), '1620 / 2000 = 81.0%; 短收 380')
check(off('75.0', pct('56', '80')), '国资')
f(d.S('国有资本经营预算收入完成56万元，完成预算80万元的75.0%'), 'change', 'must', '56 / 80 = 70.0%, stated 完成预算…的75.0%')
check(D('4420') + D('11460') + D('60') == D('15940'), '全口径 revenue')
t(d.S('2025年全镇全口径财政收入预计安排15,940万元，其中一般公共预算收入4,420万元，政府性基金预算收入11,460万元，国有资本经营预算收入60万元。'),
  '4420 + 11460 + 60 = 15940 (a number broken before its comma at a line end)')
check(D('10180') + D('13920') + D('60') == D('24160'), '全口径 spending')
f(d.S('全镇全口径预算支出安排24,360万元，由一般公共预算支出10,180万元、政府性基金预算支出13,920万元和国有资本经营预算支出60万元组成。'),
  'sum', 'must', '全口径支出 24,360万元, but 10,180 + 13,920 + 60 = 24,160万元 (由…组成: the three budgets are the whole)')
check(D('4420') - D('4286') == D('134') and fits('3.1', pct('134', '4286')), 'revenue change')
check(D('3650') + D('770') == D('4420') and fits('3.9', pct(D('3650') - D('3512'), '3512')) and fits('0.5', pct(D('774') - D('770'), '774')), 'parts change')
t(d.S('一般公共预算收入4,420万元，比上年执行数增加134万元，增长3.1%。其中：税收收入3,650万元，比上年增长3.9%；非税收入770万元，比上年下降0.5%。'),
  '134 / 4286 = 3.13%; 3650 + 770 = 4420; against the 2024 parts: 3.93% and -0.52%')
check(D('10180') - D('9864') == D('316') and off('3.6', pct('316', '9864')), 'spending change')
f(d.S('一般公共预算支出安排10,180万元，比上年执行数增加316万元，增长3.6%。'), 'change', 'must', '增加316 on 9,864: 3.20%, stated 增长3.6%')
for a, s in (('1865', '18.3'), ('640', '6.3'), ('2210', '21.7'), ('980', '9.6'), ('3120', '30.6')):
    check(fits(s, pct(a, '10180')), a)
t(d.S('按功能分类，一般公共服务支出1,865万元、教育支出640万元、社会保障和就业支出2,210万元、卫生健康支出980万元、农林水支出3,120万元，分别占一般公共预算支出的18.3%、6.3%、21.7%、9.6%、30.6%。'),
  'a partial list (8815 of 10180) with 分别占 shares, all right')
check(fits('1.5', pct('150', '10180')), '预备费')
t(d.S('按规定设置预备费150万元，占一般公共预算支出的1.5%。'), '150 / 10180 = 1.47%')
check(D('13920') < D('14360'), 'fund spending falls')
f(d.S('政府性基金预算支出安排13,920万元，比上年增长8.4%'), 'direction', 'must',
  '13,920 against the 2024 执行数 14,360 (stated in 一、) is a fall of 3.1%, but the text says 比上年增长8.4%')
check(D('28.0') + D('14.5') + D('0') == D('42.5') and off('6.1', pct('2.5', '45.0')), '三公')
f(d.S('2025年镇本级“三公”经费预算安排42.5万元，较上年预算减少2.5万元，下降6.1%'), 'change', 'must', '减少2.5 from 45.0: 5.56% (5.43%-5.68% with the one-decimal figures), stated 下降6.1%')
t(d.L('水澜镇人民政府') + d.L('- 1 -') + d.L('- 2 -'), 'page furniture')

# g03: clean monthly revenue report
d, f, t = doc('g03-lincheng-district-2025-10-revenue.txt')
check(fits('85.9', pct('386420', '450000')) and fits('5.1', pct('18650', D('386420') - D('18650'))), 'revenue')
t(d.L('全区一般公共预算收入累计完成386,420万元'), '386420 / 450000 = 85.87%; 18650 / 367770 = 5.07%')
check(fits('75.6', pct('292180', '386420')) and D('292180') + D('94240') == D('386420'), 'tax')
t(d.L('其中，税收收入完成292,180万元') + d.L('非税收入完成94,240万元'), '292180 / 386420 = 75.61%; 1.2个百分点 has no stated base; tax + non-tax = 386420')
check(off('15.2', pct('3120', D('22760') + D('3120'))), '契税')
f(d.L('分税种看，增值税完成128,360万元'), 'change', 'must', '契税 减收3,120 from 25,880: 12.06%, stated 下降15.2%')
check(D('465000') - D('450000') == D('15000'), '超收')
f(d.L('全年一般公共预算收入预计可完成465,000万元'), 'change', 'must', '超收 465,000 - 450,000 (年初预算, stated above) = 15,000万元, stated 18,000')
check(fits('5.0', pct('24510', D('512830') - D('24510'))), 'spending')
t(d.L('全区一般公共预算支出累计完成512,830万元'), '24510 / 488320 = 5.02%; 81.2% names no amount')
check(fits('81.6', pct('418650', '512830')) and D('112480') + D('98760') + D('64320') + D('156090') == D('431650'), '民生')
f(d.L('民生支出合计418,650万元'), 'sum', 'must', '民生支出 418,650万元, but the four 其中 items add to 431,650万元 (a partial list cannot exceed its total; the share 81.6% is right)')
check(fits('12.7', pct('21340', D('146820') + D('21340'))), 'fund')
t(d.L('全区政府性基金预算收入完成146,820万元'), '21340 / 168160 = 12.69%; 土地 13.5% names no base')
check(fits('4.6', pct('8260', D('172460') + D('8260'))), 'fund spending magnitude')
f(d.L('政府性基金预算支出完成172,460万元'), 'direction', 'must', '同比减支8,260万元 but 增长4.6% (8260 / 180720 = 4.57% is a fall)')
t(d.L('全区国有资本经营预算收入完成3,260万元'), 'no base')
check(D('386420') + D('146820') + D('3260') == D('536500'), '全口径')
t(d.L('全区全口径财政收入（一般公共预算收入'), '386420 + 146820 + 3260 = 536500')
t(d.L('2025年11月12日'), 'date')

# g04: Markdown 三公 final accounts note
d, f, t = doc('g04-xiyuan-county-2024-sangong-final.md')
check(fits('90.6', pct('1286.40', '1420.00')) and fits('7.0', pct('97.25', D('1286.40') + D('97.25'))), 'total')
check(D('1062.30') + D('234.10') == D('1296.40'), 'by level')
f(d.L('“三公”经费决算支出合计1,286.40万元') + d.L('其中，县本级部门“三公”经费支出1,062.30万元'), 'sum', 'must', '三公 1,286.40 (sentence before), but 县本级 1,062.30 + 乡镇 234.10 = 1,296.40: the parts exceed the total')
check(D('42.15') - D('38.60') == D('3.55') and fits('9.2', pct('3.55', '38.60')), '出国')
f(d.L('| 因公出国（境）费 |'), 'change', 'must', '42.15 - 38.60 = 3.55, the 增减 cell says 4.55 (9.2% is 3.55 / 38.60)')
check(D('38.60') + D('912.30') + D('432.75') == D('1383.65') and D('45') + D('980') + D('395') == D('1420') and D('42.15') + D('836.85') + D('407.40') == D('1286.40'), 'table columns')
check(D('186') + D('726.30') == D('912.30') and D('220') + D('760') == D('980') and D('148.50') + D('688.35') == D('836.85'), '公务用车 split')
check(fits('8.3', pct('75.45', '912.30')) and fits('20.2', pct('37.50', '186')) and fits('5.2', pct('37.95', '726.30')) and fits('5.9', pct('25.35', '432.75')) and fits('7.0', pct('97.25', '1383.65')), 'table rates')
t(d.L('| 公务用车购置及运行维护费 |') + d.L('| 其中：公务用车购置费 |') + d.L('| 公务用车运行维护费 |') + d.L('| 公务接待费 |'),
  'rows right; 其中 rows are a split of 公务用车 (186 + 726.30 = 912.30), not parts of 合计')
check(D('4.55') - D('75.45') - D('25.35') == D('-96.25'), 'change column as printed')
f(d.L('| 合计 |'), 'sum', 'may', 'the 增减 column as printed adds to -96.25 against 合计 -97.25 (the slip is in the 因公出国 row; -97.25 = 3.55 - 75.45 - 25.35)')
f(d.L('| 合计 |'), 'change-sum', 'may', 'the same slip read as the change of the total against the changes of its parts')
check(fits('93.7', pct('42.15', '45')), '出国 execution')
t(d.L('（一）因公出国（境）费决算42.15万元'), '42.15 / 45 = 93.67%; 3.55 / 38.60 = 9.20%')
check(off('5.2', pct('27.95', D('688.35') + D('27.95'))) and D('726.30') - D('688.35') == D('37.95'), '运行维护')
f(d.L('（二）公务用车购置及运行维护费决算836.85万元'), 'change', 'must', '运行维护费 688.35, 减少27.95: 27.95 / 716.30 = 3.90%, stated 下降5.2% (the table has 37.95)')
check(off('33.7', pct('407.40', '1286.40')) and fits('5.9', pct('25.35', '432.75')), '接待 share')
f(d.L('（三）公务接待费决算407.40万元'), 'share', 'must', '407.40 / 1,286.40 = 31.67%, stated 占…比重为33.7%')
check(fits('65.1', pct('836.85', '1286.40')) and fits('3.3', pct('42.15', '1286.40')), 'structure')
t(d.L('公务用车购置及运行维护费所占比重最大'), '836.85 / 1286.40 = 65.05%; 42.15 / 1286.40 = 3.28% (所占比重, the total named above)')
check(D('-75.45') - D('25.35') + D('3.55') == D('-97.25'), 'change-sum text')
t(d.L('与上年相比，“三公”经费减少97.25万元'), 'changes of the parts: -75.45 - 25.35 + 3.55 = -97.25')

# g05: .docx department budget
d, f, t = doc('g05-nanpu-culture-bureau-2025-dept-budget.docx')
check(D('7915.60') + D('320.00') + D('150.60') + D('60.00') == D('8446.20'), 'income')
f(d.L('2025年部门收入预算总额8,436.20万元'), 'sum', 'must', '收入预算 8,436.20万元, but 7,915.60 + 320.00 + 150.60 + 60.00 = 8,446.20万元')
check(fits('7.1', pct('562.40', D('8436.20') - D('562.40'))), 'spending change')
t(d.L('部门支出预算总额8,436.20万元'), '562.40 / 7873.80 = 7.14%')
check(D('3218.45') + D('5217.75') == D('8436.20') and fits('38.2', pct('3218.45', '8436.20')) and fits('61.8', pct('5217.75', '8436.20')), 'split')
t(d.L('基本支出3,218.45万元，占支出预算的38.2%'), '3218.45 + 5217.75 = 8436.20; 38.15% and 61.85%')
check(D('2760.30') + D('458.15') == D('3218.45'), 'basic')
t(d.L('基本支出中，人员经费2,760.30万元'), '2760.30 + 458.15 = 3218.45')
check(D('1860') + D('1245.50') + D('680') + D('520') < D('5217.75'), 'partial')
t(d.L('项目支出主要包括'), '主要包括: four items 4305.50 of 5217.75')
check(D('6842.10') + D('412.50') + D('168.20') + D('290.00') == D('7712.80') and D('7326.40') + D('436.80') + D('172.40') + D('300.00') == D('8235.60'), 'table')
check(D('7915.60') + D('320.00') == D('8235.60'), '财政拨款')
check(fits('7.1', pct('484.30', '6842.10')) and fits('5.9', pct('24.30', '412.50')) and fits('2.5', pct('4.20', '168.20')) and fits('3.4', pct('10', '290')), 'row rates')
t(d.L('| 文化旅游体育与传媒支出 |') + d.L('| 社会保障和就业支出 |') + d.L('| 卫生健康支出 |') + d.L('| 住房保障支出 |'), 'rows right')
check(D('522.80') == D('8235.60') - D('7712.80') and off('7.8', pct('522.80', '7712.80')), '合计 rate')
f(d.L('| 合计 |'), 'change', 'must', '合计 rose 522.80 from 7,712.80: 6.78%, the 增减率 cell says 7.8%')
check(D('4.00') + D('18.60') + D('14.20') == D('36.80') and D('-3.40') + D('1.20') + D('0') == D('-2.20'), '三公')
t(d.L('2025年“三公”经费预算36.80万元') + d.L('“三公”经费预算减少的主要原因是'), '4.00 + 18.60 + 14.20 = 36.80; changes -3.40 + 1.20 + 0 = -2.20')
check(off('5.6', pct('21.65', D('458.15') - D('21.65'))), '机关运行')
f(d.L('2025年机关运行经费预算458.15万元'), 'change', 'must', '增加21.65 on 436.50: 4.96%, stated 增长5.6%')
check(D('315') + D('420') + D('561') == D('1296'), 'procurement')
f(d.L('2025年政府采购预算总额1,286.00万元'), 'sum', 'must', '政府采购 1,286.00万元, but 315.00 + 420.00 + 561.00 = 1,296.00万元')
t(d.L('本部门共有车辆4辆'), 'no arithmetic')

# g06: clean county budget execution report
d, f, t = doc('g06-huaiyang-county-2024-budget-execution-report.txt')
check(D('186540') + D('312460') + D('48000') + D('12350') + D('21650') == D('581000'), 'income total')
t(d.L('全县一般公共预算收入完成186,540万元'), '加上 … 收入总计: 186540 + 312460 + 48000 + 12350 + 21650 = 581000')
check(D('532780') + D('8620') + D('26400') + D('10200') == D('578000') and D('581000') - D('578000') == D('3000'), 'spending total')
t(d.L('全县一般公共预算支出完成532,780万元'), '532780 + 8620 + 26400 + 10200 = 578000; 581000 - 578000 = 3000')
check(off('68.1', pct('128970', '186540')), 'tax share')
f(d.L('税收收入完成128,970万元'), 'share', 'must', '128,970 / 186,540 = 69.14%, stated 比重为68.1% (128,970 + 57,570 = 186,540)')
check(D('96300') + D('2450') + D('65000') + D('4150') == D('167900'), 'fund income')
t(d.L('全县政府性基金预算收入完成96,300万元'), '96300 + 2450 + 65000 + 4150 = 167900')
check(D('142600') + D('4800') + D('16500') == D('163900') and D('167900') - D('163900') == D('4000'), 'fund spending')
t(d.L('全县政府性基金预算支出完成142,600万元'), '142600 + 4800 + 16500 = 163900; 结转 4000')
check(fits('116.7', pct('2860', '2450')) and D('2860') - D('2450') == D('410'), '国资')
f(d.L('全县国有资本经营预算收入完成2,860万元'), 'change', 'must', '超收 2,860 - 2,450 = 410万元, stated 320 (116.7% is right)')
check(fits('4.6', pct(D('195200') - D('186540'), '186540')), '2025 revenue')
t(d.L('2025年全县一般公共预算收入预期195,200万元'), '195200 / 186540 = +4.64% on 上年完成数 (stated in 一、)')
check(D('89500') < D('96300') and fits('7.1', pct(D('96300') - D('89500'), '96300')), 'fund falls')
f(d.L('全县政府性基金预算收入预期89,500万元'), 'direction', 'must', '89,500 against 上年完成数 96,300 (stated in 一、) is a fall of 7.06%, but the text says 增长7.1%')
check(D('195200') + D('89500') + D('3000') == D('287700'), '全口径')
t(d.L('全县国有资本经营预算收入预期3,000万元'), '全口径 195200 + 89500 + 3000 = 287700')
check(D('418650') + D('132650') == D('551300'), '县本级 + 乡镇')
f(d.L('2025年全县一般公共预算支出安排541,300万元'), 'sum', 'must', '541,300万元, but 县本级 418,650 + 乡镇 132,650 = 551,300万元: the parts exceed the total')
check(D('6200') + D('5400') + D('3100') + D('2900') < D('18600'), 'partial changes')
t(d.L('2025年一般公共预算支出比上年预算增加18,600万元'), 'changes of four of the subjects (17600) under the total change 18600: a partial list')

# g07: PDF-like county final accounts, transfers
d, f, t = doc('g07-luoshan-county-2024-final-accounts-transfers.txt')
check(D('18360') + D('338420') + D('75870') == D('432650') and fits('5.2', pct('21480', D('432650') - D('21480'))), 'transfers')
check(fits('8.8', pct('27310', D('338420') - D('27310'))) and fits('6.0', pct('4830', D('75870') + D('4830'))), 'part rates')
check(D('0') + D('27310') - D('4830') == D('22480'), 'change-sum')
f(d.S('2024年，上级补助收入432,650万元，比上年增加21,480万元，增长5.2%。其中：返还性收入18,360万元，比上年持平；一般性转移支付收入338,420万元，比上年增加27,310万元，增长8.8%；专项转移支付收入75,870万元，比上年减少4,830万元，下降6.0%。'),
  'change-sum', 'must', '上级补助收入 rose by 21,480万元, its three parts by 0 + 27,310 - 4,830 = 22,480万元 (返还性 + 一般性 + 专项 is a complete partition; the levels add up)')
check(D('98650') + D('42300') + D('6120') + D('121470') + D('69880') == D('338420'), '一般性 parts')
t(d.S('一般性转移支付收入中，均衡性转移支付98,650万元，县级基本财力保障机制奖补资金42,300万元，结算补助6,120万元，共同财政事权转移支付121,470万元，其他一般性转移支付69,880万元。'),
  'the five parts add to 338,420 (the total named in the sentence before)')
check(D('42150') + D('8640') + D('12300') + D('12780') == D('75870') and fits('55.6', pct('42150', '75870')) and fits('11.4', pct('8640', '75870')) and off('18.2', pct('12300', '75870')) and fits('16.8', pct('12780', '75870')), '专项 shares')
f(d.S('专项转移支付收入按用途分，农林水42,150万元，占55.6%；节能环保8,640万元，占11.4%；交通运输12,300万元，占18.2%；其他12,780万元，占16.8%。'),
  'share', 'must', '交通运输 12,300 / 75,870 = 16.21%, stated 18.2% (the parts add up; the other shares are right)')
check(fits('103.8', pct('124580', '120000')), 'revenue')
t(d.S('全县一般公共预算收入决算数为124,580万元，完成调整预算120,000万元的103.8%，比上年增长3.2%。'), '124580 / 120000 = 103.82%')
check(fits('2.6', pct('12640', D('468920') + D('12640'))), 'spending')
t(d.S('一般公共预算支出决算数为468,920万元，完成调整预算的97.3%，比上年减少12,640万元，下降2.6%。'), '12640 / 481560 = 2.62%')
check(D('112680') < D('118240') and fits('4.7', pct(D('118240') - D('112680'), '118240')), '农林水')
f(d.S('农林水支出112,680万元，上年为118,240万元，比上年增长4.7%。'), 'direction', 'must', '112,680 against 上年 118,240 is a fall of 4.70%, but the text says 增长4.7%')
check(D('4500') - D('3820') == D('680'), '预备费')
t(d.S('年初预算安排预备费4,500万元，实际使用3,820万元，主要用于自然灾害救助，剩余680万元转入预算稳定调节基金。'), '4500 - 3820 = 680 (not a sum with parts 3820 + 680 over a 4500 total: it is one)')
check(D('56') + D('1452') + D('686') == D('2194'), '三公')
f(d.S('2024年县级“三公”经费决算支出2,184万元，其中因公出国（境）费56万元、公务用车购置及运行费1,452万元、公务接待费686万元'),
  'sum', 'must', '三公 2,184万元, but 56 + 1,452 + 686 = 2,194万元 (complete partition)')
t(d.L('- 1 -') + d.L('- 2 -'), 'page furniture')

# g08: PDF-like department final accounts, budget against actual
d, f, t = doc('g08-fengqiao-health-commission-2024-dept-final-accounts.txt')
check(fits('95.0', pct('12846.30', '13520.00')) and D('4215.60') + D('8630.70') == D('12846.30'), 'execution')
t(d.S('2024年度一般公共预算财政拨款支出决算为12,846.30万元，完成年初预算13,520.00万元的95.0%。其中：基本支出决算4,215.60万元，完成年初预算的98.6%；项目支出决算8,630.70万元，完成年初预算的93.3%。'),
  '12846.30 / 13520 = 95.02%; 4215.60 + 8630.70 = 12846.30; the parts name no budget')
t(d.S('决算数小于年初预算数的主要原因是部分公共卫生项目按实际进度拨付。'), '小于: 12846.30 < 13520, right')
check(fits('9.2', pct('1083.50', D('12846.30') - D('1083.50'))), 'change')
t(d.S('与上年相比，一般公共预算财政拨款支出增加1,083.50万元，增长9.2%'), '1083.50 / 11762.80 = 9.21% (the current figure named two sentences before)')
check(off('93.7', pct('3862.40', '4210.00')), '公共卫生')
f(d.S('公共卫生支出决算3,862.40万元，年初预算4,210.00万元，决算数为预算数的93.7%。'), 'change', 'must', '3,862.40 / 4,210.00 = 91.74%, stated 决算数为预算数的93.7%')
t(d.S('医疗保障支出决算2,450.00万元，年初预算2,380.00万元，决算数大于预算数的主要原因是城乡居民医保财政补助标准提高。'), '2450 > 2380: 大于 right')
check(D('316.80') < D('352.00'), '计生')
f(d.S('计划生育事务支出决算316.80万元，年初预算352.00万元，决算数大于预算数的主要原因是追加了独生子女父母奖励资金。'), 'direction', 'must', '决算 316.80 is below 预算 352.00, but the text explains why 决算数大于预算数')
check(D('3648.20') + D('567.40') == D('4215.60'), 'basic')
t(d.S('一般公共预算财政拨款基本支出4,215.60万元，其中：人员经费3,648.20万元'), '3648.20 + 567.40 = 4215.60')
check(D('0') + D('12.40') + D('5.86') == D('18.26') and fits('86.1', pct('18.26', D('13.50') + D('7.70'))) and fits('91.9', pct('12.40', '13.50')) and fits('76.1', pct('5.86', '7.70')), '三公')
t(d.S('2024年度“三公”经费财政拨款支出决算为18.26万元，完成预算的86.1%，决算数小于预算数主要是严格控制公务接待。其中因公出国（境）费决算为0万元；公务用车购置及运行维护费决算12.40万元，完成预算13.50万元的91.9%；公务接待费决算5.86万元，完成预算7.70万元的76.1%。'),
  '0 + 12.40 + 5.86 = 18.26; 18.26 / 21.20 = 86.13%; 91.85%; 76.10%')
check(fits('17.5', pct('1.24', D('5.86') + D('1.24'))), '接待')
t(d.S('公务接待费决算5.86万元，较上年减少1.24万元，降低17.5%'), '1.24 / 7.10 = 17.46%')
check(off('3.6', pct('23.90', D('567.40') + D('23.90'))), '机关运行')
f(d.S('2024年度本部门机关运行经费支出567.40万元，比上年减少23.90万元，下降3.6%。'), 'change', 'must', '减少23.90 from 591.30: 4.04%, stated 下降3.6%')
check(D('1426.30') + D('358.00') + D('534.30') == D('2318.60') and fits('84.8', pct('1965.20', '2318.60')), 'procurement')
t(d.S('2024年度政府采购支出总额2,318.60万元，其中：政府采购货物支出1,426.30万元、政府采购工程支出358.00万元、政府采购服务支出534.30万元。授予中小企业合同金额1,965.20万元，占政府采购支出总额的84.8%。'),
  '1426.30 + 358 + 534.30 = 2318.60; 1965.20 / 2318.60 = 84.76%')
check(off('72.4', pct('1380.50', '1965.20')), '小微')
f(d.S('其中，授予小微企业合同金额1,380.50万元，占授予中小企业合同金额的72.4%。'), 'share', 'must', '1,380.50 / 1,965.20 = 70.25%, stated 72.4%')
t(d.L('— 7 —') + d.L('— 8 —'), 'page furniture')

# g09: Markdown township final accounts, tables with subtotal rows
d, f, t = doc('g09-baihe-town-2024-final-accounts.md')
check(D('1186') + D('423') + D('195') + D('1132') == D('2936'), 'tax subtotal')
f(d.L('| 一、税收收入 |') + d.L('| 增值税 |') + d.L('| 企业所得税 |') + d.L('| 个人所得税 |') + d.L('| 其他税收 |'), 'sum', 'must',
  '税收收入 小计 决算 2,945, but its four rows add to 2,936 (企业所得税 423; the 预算 column adds up: 2,860)')
check(D('210') + D('150') + D('280') == D('640') and D('236') + D('148') + D('318') == D('702') and D('2860') + D('640') == D('3500') and D('2945') + D('702') == D('3647'), 'other rows')
check(fits('109.7', pct('702', '640')) and fits('112.4', pct('236', '210')) and fits('98.7', pct('148', '150')) and fits('113.6', pct('318', '280')) and fits('104.2', pct('3647', '3500')), 'rates')
t(d.L('| 二、非税收入 |') + d.L('| 专项收入 |') + d.L('| 行政事业性收费收入 |') + d.L('| 国有资源（资产）有偿使用收入 |') + d.L('| 收入合计 |'),
  '非税 小计 640 / 702 right; 收入合计 = the two subtotals (2860 + 640, 2945 + 702), not every row')
check(fits('5.4', pct('186', D('3647') - D('186'))), 'revenue change')
t(d.L('2024年全镇一般公共预算收入完成3,647万元'), '186 / 3461 = 5.37%')
check(fits('80.7', pct('2945', '3647')), 'tax share truncated')
t(d.L('其中税收收入2,945万元，同比增长6.8%'), '2945 / 3647 = 80.75%: 80.7 truncated')
check(D('1280') + D('96') + D('1650') + D('420') + D('2310') + D('3860') == D('9616') and D('1246') + D('102') + D('1734') + D('455') + D('2085') + D('4120') == D('9742'), 'spending table')
check(D('-34') + 6 + 84 + 35 - 225 + 260 == D('126'), 'changes')
check(fits('2.7', pct('34', '1280')) and fits('6.3', pct('6', '96')) and fits('5.1', pct('84', '1650')) and fits('9.7', pct('225', '2310')) and fits('6.7', pct('260', '3860')) and fits('1.3', pct('126', '9616')), 'rates 2')
t(d.L('| 一般公共服务支出 |') + d.L('| 公共安全支出 |') + d.L('| 社会保障和就业支出 |') + d.L('| 城乡社区支出 |') + d.L('| 农林水支出 |') + d.L('| 合计 |'), 'rows right; 6 / 96 = 6.25% stated 6.3%')
check(off('9.3', pct('35', '420')), '卫生')
f(d.L('| 卫生健康支出 |'), 'change', 'must', '35 / 420 = 8.33%, the 增减率 cell says 9.3%')
t(d.L('2024年全镇一般公共预算支出9,742万元'), '126 / 9616 = 1.31%; 225 / 2310 = 9.74%')
check(D('102') > D('96'), '公共安全 rose')
f(d.L('公共安全支出102万元，比上年减少6万元'), 'direction', 'must', '公共安全支出 102 against 2023年决算 96 (表2) rose by 6, but the text says 减少6万元')
check(off('40.3', pct('4120', '9742')), '农林水 share')
f(d.L('农林水支出4,120万元，占全镇一般公共预算支出的比重为40.3%'), 'share', 'must', '4,120 / 9,742 = 42.29%, stated 比重为40.3%')
check(D('15.2') + D('6.4') == D('21.6'), '三公')
t(d.L('2024年镇本级“三公”经费支出21.6万元'), '15.2 + 6.4 = 21.6 (因公出国 not named: 0)')

# g10: PDF-like monthly revenue report with 倍 and 成
d, f, t = doc('g10-jinhu-district-2025-09-revenue.txt')
check(D('213760') + D('54690') == D('268450') and fits('79.6', pct('213760', '268450')) and fits('20.4', pct('54690', '268450')), 'revenue split')
t(d.S('1-9月，全区一般公共预算收入完成268,450万元，完成年初预算的76.7%，同比增长6.2%，比全市平均水平高1.5个百分点。其中税收收入完成213,760万元，占79.6%；非税收入完成54,690万元，占20.4%。'),
  '213760 + 54690 = 268450; 79.63%, 20.37%')
check(abs(D('28640') / (D('28640') - D('6620')) - D('1.3')) < D('0.05'), '1.3倍')
t(d.S('9月当月，全区一般公共预算收入完成28,640万元，是上年同月的1.3倍，同比增收6,620万元。'), '28640 / 22020 = 1.30倍')
check(abs(D('12850') / (D('12850') - D('3420')) - D('1.6')) > D('0.2'), '房产税')
f(d.S('房产税完成12,850万元，是上年同期的1.6倍，同比增收3,420万元'), 'change', 'must', '12,850 / (12,850 - 3,420 = 9,430) = 1.36倍, stated 1.6倍')
t(d.S('土地增值税完成15,360万元，同比增长近两成。'), '近两成 is approximate')
check(abs(pct('1460', D('2140') + D('1460')) - 40) < 1, '四成')
t(d.S('耕地占用税完成2,140万元，同比减少1,460万元，下降四成。'), '1460 / 3600 = 40.6%: 四成')
check(pct('2120', D('6380') - D('2120')) > 45, '三成')
f(d.S('城镇土地使用税完成6,380万元，同比增收2,120万元，增长三成。'), 'change', 'must', '2,120 / 4,260 = 49.8% (五成), stated 增长三成')
check(pct('289960', '356280') > 80, '八成以上')
t(d.S('1-9月，全区一般公共预算支出完成356,280万元，完成年初预算的72.4%，同比增长3.8%。民生支出完成289,960万元，占一般公共预算支出的比重达到八成以上。'), '289960 / 356280 = 81.4%: 八成以上')
check(D('68420') + D('74130') + D('41860') + D('52770') + D('22340') < D('289960'), 'partial')
t(d.S('其中教育支出68,420万元，同比增长5.2%；社会保障和就业支出74,130万元'), 'five of the 民生 items, 259520 < 289960')
check(off('21.5', pct('22180', D('91320') + D('22180'))), '土地出让')
f(d.S('其中国有土地使用权出让收入91,320万元，同比减收22,180万元，下降21.5%。'), 'change', 'must', '减收22,180 from 113,500: 19.54%, stated 下降21.5%')
t(d.S('1-9月，全区政府性基金预算收入完成98,460万元，同比下降18.4%，降幅比上半年收窄3.2个百分点。'), 'no base')
check(D('126740') < D('131580') and fits('3.7', pct(D('131580') - D('126740'), '131580')), 'fund spending')
f(d.S('政府性基金预算支出完成126,740万元，上年同期为131,580万元，同比增长3.7%。'), 'direction', 'must', '126,740 against 上年同期 131,580 is a fall of 3.68%, but the text says 同比增长3.7%')
check(D('268450') + D('98460') + D('4120') == D('371030'), '全口径')
t(d.S('全区国有资本经营预算收入完成4,120万元。1-9月全区全口径财政收入合计371,030万元。'), '268450 + 98460 + 4120 = 371030 (the parts in three paragraphs)')
t(d.L('- 1 -') + d.L('- 2 -'), 'page furniture')

# g11: clean 三公 budget note, bases in earlier sentences
d, f, t = doc('g11-donglin-county-2025-sangong-budget.txt')
check(D('60') + D('1080') + D('500') == D('1640') and fits('90.4', pct('1482', '1640')), '2024')
t(d.L('2024年，县级“三公”经费预算为1,640万元'), '60 + 1080 + 500 = 1640; 1482 / 1640 = 90.37%')
check(D('1640') - D('1558') == D('82') and fits('5.0', pct('82', '1640')), '2025 total')
check(D('60') + D('1018') + D('480') == D('1558') and fits('5.7', pct('62', '1080')) and off('2.0', pct('20', '500')), 'parts')
f(d.L('具体来看：因公出国（境）费预算60万元'), 'change', 'must', '公务接待费 减少20 from 500: 4.0%, stated 下降2.0%')
check(D('300') + D('718') == D('1018') and off('72.5', pct('718', '1018')), '运行维护 share')
f(d.L('公务用车购置及运行维护费中，公务用车购置费预算300万元'), 'share', 'must', '运行维护费 718 / 1,018 = 70.53%, stated 所占比重为72.5% (300 + 718 = 1,018 is right)')
check(D('62') + D('30') + D('0') == D('92'), 'change-sum')
f(d.L('“三公”经费预算减少82万元，主要是'), 'change-sum', 'must', '三公 fell by 82万元, but 公务用车 -62 and 公务接待 -30 make -92 with 因公出国 持平 (a complete partition)')
check(fits('65.3', pct('1018', '1558')) and fits('30.8', pct('480', '1558')) and fits('3.9', pct('60', '1558')), 'shares')
t(d.L('2025年公务用车购置及运行维护费占“三公”经费预算的65.3%'), '65.34%, 30.81%, 3.85%')
check(D('1146') + D('432') == D('1578'), 'by unit type')
f(d.L('2025年，县级“三公”经费预算安排1,558万元') + d.L('按单位类型分，行政单位“三公”经费预算1,146万元'), 'sum', 'must', '三公 1,558 (stated above), but 行政 1,146 + 事业 432 = 1,578: the parts exceed the total')
check(D('312') - D('286') == D('26'), 'cars')
t(d.L('2024年末全县公务用车保有量为312辆'), '压减至 is a new value: 312 - 286 = 26')
t(d.L('2025年2月'), 'date')

# g12: .docx county final accounts notes
d, f, t = doc('g12-xinglong-county-2024-final-accounts-notes.docx')
check(D('152300') + D('312600') + D('4000') == D('468900'), '全口径 revenue')
t(d.L('2024年全县全口径财政收入完成468,900万元'), '152300 + 312600 + 4000 = 468900')
check(D('386250') + D('208790') + D('3600') == D('598640'), '全口径 spending')
t(d.L('全口径财政支出完成598,640万元'), 'parts after the total, in the next sentence: 386250 + 208790 + 3600 = 598640')
check(D('145860') + D('336200') + D('3450') == D('485510') and D('6440') - D('23600') + D('550') == D('-16610'), 'table')
check(fits('4.4', pct('6440', '145860')) and fits('15.9', pct('550', '3450')) and fits('3.4', pct('16610', '485510')), 'table rates')
t(d.L('| 一般公共预算收入 |') + d.L('| 国有资本经营预算收入 |') + d.L('| 合计 |'), 'rows right')
check(off('6.0', pct('23600', '336200')) and fits('7.0', pct('23600', '336200')), '基金 rate')
f(d.L('| 政府性基金预算收入 |'), 'change', 'must', '-23,600 on 336,200 is -7.02%, the 增减率 cell says -6.0% (the text says 7.0%)')
t(d.L('政府性基金预算收入比上年减少23,600万元'), '23600 / 336200 = 7.02%: right')
check(D('108420') + D('43880') == D('152300') and D('5160') + D('1280') == D('6440') and fits('5.0', pct('5160', D('108420') - D('5160'))) and fits('3.0', pct('1280', D('43880') - D('1280'))), 'tax')
t(d.L('一般公共预算收入比上年增长4.4%，增加6,440万元'), 'rate before amount; 108420 + 43880 = 152300; 5160 + 1280 = 6440; 5.00%, 3.00%')
check(D('26480') + D('11480') == D('37960'), '还本付息')
f(d.L('2024年全县政府债务还本付息支出38,960万元'), 'sum', 'must', '还本付息 38,960万元, but 还本 26,480 + 付息 11,480 = 37,960万元')
check(D('9860') + D('16620') == D('26480'), '还本 by kind')
t(d.L('还本支出中，一般债务还本9,860万元'), '9860 + 16620 = 26480 (the total in the sentence before)')
check(off('11.8', pct('1320', D('11480') - D('1320'))), '付息 rate')
f(d.L('付息支出比上年增加1,320万元，增长11.8%'), 'change', 'must', '付息 11,480 (sentence before) rose 1,320 from 10,160: 12.99%, stated 11.8%')
check(off('78.2', pct('214360', '286540')), 'transfer share')
f(d.L('2024年上级补助收入286,540万元'), 'share', 'must', '214,360 / 286,540 = 74.81%, stated 占…比例为78.2%')
check(D('6800') - D('2600') == D('4200'), '稳定调节基金')
t(d.L('年末预算稳定调节基金余额为12,600万元'), 'net change 4200 = 补充 6800 - 调用 2600: not parts of a sum')
check(D('48620') > D('45310'), '社保 rose')
f(d.L('社会保障和就业支出48,620万元，较上年的45,310万元有所下降'), 'direction', 'must', '48,620 against 上年 45,310 is a rise of 3,310, but the text says 有所下降')

# ---- Round 2 (r01-r04): written after round 1's fixes, scored once before any fix ----

# r01: Markdown department budget
d, f, t = doc('r01-hongyan-civil-affairs-2025-dept-budget.md')
check(fits('7.0', pct('318.40', D('4862.50') - D('318.40'))), 'total')
t(d.L('2025年收支预算总额4,862.50万元'), '318.40 / 4544.10 = 7.01%')
check(D('4512.50') + D('300') + D('50') == D('4862.50') and fits('92.8', pct('4512.50', '4862.50')) and fits('6.2', pct('300', '4862.50')) and fits('1.0', pct('50', '4862.50')), 'income')
t(d.L('收入预算中，一般公共预算拨款收入'), 'parts add to 4862.50 (named 收支预算总额 above); 92.80%, 6.17%, 1.03%')
check(D('1102.60') + D('183.70') == D('1286.30') and D('1151.20') + D('191.60') == D('1342.80') and D('1286.30') + D('3257.80') == D('4544.10') and D('1342.80') + D('3519.70') == D('4862.50'), 'table')
check(fits('4.4', pct('56.50', '1286.30')) and fits('4.4', pct('48.60', '1102.60')) and fits('4.3', pct('7.90', '183.70')) and fits('7.0', pct('318.40', '4544.10')), 'table rates')
t(d.L('| 基本支出 |') + d.L('| 其中：人员经费 |') + d.L('| 公用经费 |') + d.L('| 合计 |'), 'rows right; the 其中 run (人员 + 公用) details 基本支出')
check(off('9.0', pct('261.90', '3257.80')), '项目 rate')
f(d.L('| 项目支出 |'), 'change', 'must', '261.90 / 3,257.80 = 8.04%, the 增减率 cell says 9.0%')
check(fits('8.0', pct('261.90', '3257.80')), 'text rate')
t(d.L('基本支出1,342.80万元，较上年增长4.4%'), 'rate before amount: 56.50 / 1286.30 = 4.39%; 261.90 / 3257.80 = 8.04%')
check(D('2160') + D('780') + D('320') + D('120') + D('219.70') == D('3599.70'), '以上合计')
f(d.L('项目支出主要用于：困难群众救助'), 'sum', 'must', '以上合计 3,609.70万元, but 2,160.00 + 780.00 + 320.00 + 120.00 + 219.70 = 3,599.70万元')
check(D('0') + D('4.20') + D('14.40') == D('18.60') and fits('7.0', pct('1.40', '20.00')), '三公')
t(d.L('2025年“三公”经费预算数为18.60万元'), '0 + 4.20 + 14.40 = 18.60; 1.40 / 20.00 = 7.0%; the bracketed 其中 details 公务用车 (0 + 14.40)')
check(off('80.4', pct('14.40', '18.60')), 'share')
f(d.L('在“三公”经费预算中所占比例为80.4%'), 'share', 'must', '14.40 / 18.60 = 77.42%, stated 所占比例为80.4%')
check(fits('4.3', pct('7.90', '183.70')) and fits('14.3', pct('191.60', '1342.80')), '机关运行')
t(d.L('2025年机关运行经费预算191.60万元'), '7.90 / 183.70 = 4.30%; 191.60 / 1342.80 = 14.27%')
check(D('326') < D('358') and D('358') - D('326') == D('32'), 'procurement falls')
f(d.L('2025年政府采购预算326.00万元'), 'direction', 'must', '326.00 against 上年 358.00 is 32.00 lower, but the text says 增加32.00万元')

# r02: PDF-like township final accounts
d, f, t = doc('r02-shiqiao-town-2024-final-accounts.txt')
check(fits('4.6', pct('383', D('7935') + D('383'))), 'spending')
t(d.S('2024年全镇一般公共预算收入决算数2,846万元，完成调整预算的101.6%，同比增长3.2%。全镇一般公共预算支出决算数7,935万元，同比下降4.6%，减少383万元。'),
  'rate before amount: 383 / 8318 = 4.60%')
check(D('2214') + D('632') == D('2846') and fits('77.8', pct('2214', '2846')) and fits('22.2', pct('632', '2846')), 'income split')
t(d.S('从收入构成看，税收收入2,214万元，所占比例为77.8%；非税收入632万元，所占比例为22.2%。'), '77.79%, 22.21%')
check(D('1862') + D('2735') + D('1348') + D('1126') + D('864') == D('7935'), '五项')
t(d.S('从支出结构看，一般公共服务支出1,862万元，农林水支出2,735万元，社会保障和就业支出1,348万元，城乡社区支出1,126万元，其他支出864万元，五项共计7,935万元'),
  'five parts, then 五项共计 7935 (the 。 wrapped onto a line of its own)')
check(D('1215') + D('286') + D('89') == D('1590'), 'fund')
f(d.S('政府性基金预算支出决算数1,580万元，其中城乡社区支出1,215万元、农林水支出286万元、其他支出89万元。'), 'sum', 'must', '1,580万元, but 1,215 + 286 + 89 = 1,590万元: the parts exceed the total')
check(D('5.9') + D('12.8') == D('18.7') and fits('12.2', pct('2.6', '21.3')), '三公')
t(d.S('2024年镇本级“三公”经费支出18.7万元，较上年下降12.2%，减少2.6万元。'), '2.6 / 21.3 = 12.2%')
check(fits('18.1', pct('1.3', '7.2')) and off('11.2', pct('1.3', '14.1')), '运行')
f(d.S('其中公务接待费5.9万元，较上年下降18.1%，减少1.3万元；公务用车运行维护费12.8万元，较上年下降11.2%，减少1.3万元。'), 'change', 'must',
  '运行维护费 12.8, 减少1.3 from 14.1: 9.2% (8.8%-9.6% with one-decimal figures), stated 下降11.2% (a number broken across lines: 12. / 8)')
check(D('126') + D('3904') + D('932') == D('4962') and D('0') + D('402') - D('184') == D('218'), 'change-sum')
f(d.S('2024年上级补助收入4,962万元，较上年增加318万元。其中返还性收入126万元，与上年持平；一般性转移支付收入3,904万元，较上年增加402万元；专项转移支付收入932万元，较上年减少184万元。'),
  'change-sum', 'must', '上级补助收入 rose by 318万元, its three parts by 0 + 402 - 184 = 218万元 (a complete partition; the levels add up)')
check(D('156') > D('142'), 'balance rose')
f(d.S('年末结转结余资金156万元，较上年末的142万元略有下降。'), 'direction', 'must', '156 against 142 at the last year-end is higher, but the text says 略有下降')
t(d.L('石桥镇财政所') + d.L('- 1 -') + d.L('- 2 -'), 'page furniture')

# r03: clean monthly revenue report
d, f, t = doc('r03-qinghe-county-2025-11-revenue.txt')
check(fits('4.8', pct('7702', D('168420') - D('7702'))), 'revenue')
t(d.L('全县一般公共预算收入累计完成168,420万元'), 'rate before amount: 7702 / 160718 = 4.79%')
check(D('121360') + D('47060') == D('168420'), '分别')
t(d.L('其中，税收收入和非税收入分别完成'), '分别 pairs: 121360 + 47060 = 168420')
check(D('52480') + D('18360') + D('6920') == D('77760'), '三项')
f(d.L('主体税种中，增值税、企业所得税、个人所得税分别完成'), 'sum', 'must', '三项合计 78,760万元, but 52,480 + 18,360 + 6,920 = 77,760万元')
check(fits('82.5', pct('327160', '396540')), '民生')
t(d.L('全县一般公共预算支出累计完成396,540万元'), '327160 / 396540 = 82.50%')
check(off('6.8', pct('3860', D('68240') - D('3860'))) and fits('2.8', pct('1120', D('41530') - D('1120'))), '教育')
f(d.L('教育支出完成68,240万元'), 'change', 'must', '增支3,860 on 64,380: 6.00%, stated 增长6.8% (卫生健康 2.77% is right)')
check(D('52860') > D('48320') and fits('9.4', pct(D('52860') - D('48320'), '48320')), 'fund rose')
f(d.L('全县政府性基金预算收入完成52,860万元'), 'direction', 'must', '52,860 against 上年同期 48,320 is a rise of 9.4%, but the text says 同比回落9.4%')
check(off('86.7', pct('86350', '102000')), 'fund spending completion')
f(d.L('全县政府性基金预算支出完成86,350万元'), 'change', 'must', '86,350 / 102,000 = 84.66%, stated 完成年度预算…的86.7%')
check(D('168420') + D('52860') + D('1860') == D('223140') and fits('0.8', pct('1860', '223140')), '全口径')
t(d.L('国有资本经营预算收入完成1,860万元'), '1860 / 223140 = 0.83% (the total stated after the share); 168420 + 52860 + 1860 = 223140')
t(d.L('2025年12月10日'), 'date')

# r04: .docx county final accounts notes
d, f, t = doc('r04-baishi-county-2024-final-accounts-notes.docx')
check(D('8620') + D('186430') + D('42180') == D('237230') and D('8620') + D('198750') + D('38960') == D('246330'), 'table columns')
check(fits('6.6', pct('12320', '186430')) and fits('3.8', pct('9100', '237230')), 'rates')
t(d.L('| 返还性收入 |') + d.L('| 一般性转移支付收入 |'), 'rows right')
check(D('38960') - D('42180') == D('-3220') and fits('7.6', pct('3220', '42180')), '专项')
f(d.L('| 专项转移支付收入 |'), 'change', 'must', '38,960 - 42,180 = -3,220, the 增减额 cell says -3,320 (-7.6% is 3,220 / 42,180)')
check(D('12320') - D('3320') == D('9000'), 'column as printed')
f(d.L('| 合计 |'), 'change-sum', 'may', 'the 增减额 column as printed adds to 9,000 against 合计 9,100 (the slip is in the 专项 row)')
f(d.L('| 合计 |'), 'sum', 'may', 'the same slip read as the 增减额 column against its 合计')
check(fits('3.8', pct(D('246330') - D('237230'), '237230')) and fits('80.7', pct('198750', '246330')), 'text')
t(d.L('2024年全县转移支付收入246,330万元'), '9100 / 237230 = 3.84%; 198750 / 246330 = 80.68%')
t(d.L('专项转移支付收入38,960万元，比上年减少3,220万元'), 'agrees with the table: 42180 - 38960 = 3220')
t(d.L('返还性收入8,620万元，较上年有所增加'), '8,620 against 上年决算 8,620 (表1): whole 万元 on both sides leave a rise of up to 1万元 possible, so 有所增加 is not proved wrong (SPEC §4)')
check(D('18640') + D('9215') == D('27855'), '还本付息')
check(D('7420') + D('11320') == D('18740'), '还本 by kind')
f(d.L('2024年全县地方政府债务还本支出18,640万元') + d.L('还本支出中，一般债务还本7,420万元'), 'sum', 'must', '还本支出 18,640万元 (the sentence before; 18,640 + 9,215 = 27,855 there is right), but 一般 7,420 + 专项 11,320 = 18,740万元')
check(fits('8.9', pct('755', '8460')) and D('9215') - D('8460') == D('755'), '付息')
t(d.L('付息支出9,215万元，较上年的8,460万元增加755万元'), '755 / 8460 = 8.92%')
check(D('736') + D('358') + D('34') == D('1128') and fits('65.2', pct('736', '1128')) and fits('3.0', pct('34', '1128')) and off('33.7', pct('358', '1128')), '三公')
f(d.L('2024年县级“三公”经费决算1,128万元'), 'share', 'must', '公务接待费 358 / 1,128 = 31.74%, stated 占33.7% (the base named in the share before it; 65.25% and 3.01% are right)')

write('Held-out set gen5: 16 invented disclosures (g01-g12 round 1, r01-r04 round 2) (PDF-like text, .docx, Markdown, clean text) testing the money families: sum, change, change-sum, share, direction. Format as ../../../shared/corpus/dev/expected.json; every finding and trap is re-derived in build_expected.py.')
