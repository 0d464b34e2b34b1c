#!/usr/bin/env python3
"""Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Statements are located by a piece of their text, not by line number, so a re-wrapped
document keeps its annotations: S(piece) is every physical line the piece spans in the
file (wrapped lines joined; traditional files are searched in their own characters; a
.docx in the text the CLI reads from it, kept in src/NAME.docx.text.txt). L(piece) is
the one line holding a short piece such as a heading or a table cell. Every figure a
finding or trap relies on is re-derived below with decimal arithmetic (check()).
Run: python3 build_expected.py"""
import json, os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import check, kit  # noqa: E402

Doc, ROWS, doc, lines_of = kit(here)


def pct(num, den):
    return D(num) / D(den) * 100


def fits(stated, value):
    """A stated percentage fits a value when it is the value rounded or truncated at its last digit."""
    s = D(stated)
    q = D(1).scaleb(s.as_tuple().exponent)
    return abs(value - s) <= q / 2 or (value >= s and value - s < q)


def rate(cur, prior):
    return (D(cur) - D(prior)) / D(prior) * 100


def span(d, a, b):
    """Every non-empty line from the line holding a to the line holding b."""
    lo, hi = d.L(a)[0], d.L(b)[0]
    return [i for i in range(lo, hi + 1) if d.lines[i - 1].strip()]


# g01: PDF-like department budget, tables flattened one cell per line and laid out with spaces
d, f, t = doc('g01-xuting-civil-affairs-2025-dept-budget.txt')
f(d.S('现将徐汀区民政局2024年部门预算公开如下') + [1], 'year', 'must', 'title 2025年部门预算; the introduction publishes 2024年部门预算')
t([2, 3, 4, 5], 'contents list: not headings')
f(d.S('徐汀区民政局部门预算由局本部和所属4家事业单位的预算组成，所属事业单位分别是：徐汀区社会福利院、徐汀区救助管理站和徐汀区婚姻登记服务中心。'), 'count', 'must', '所属4家事业单位 but three are named after 分别是')
check(D('7386.50') + D('120.00') == D('7506.50') and D('6512.80') + D('298.40') + D('575.30') + D('120.00') == D('7506.50'), 'table 1')
t(span(d, '1.2025年部门财务收支预算总表', '支出总计') + [d.L('支出总计')[0] + 1], '收支总表 flattened one cell per line, a page break inside: 7,386.50 + 120.00 = 7,506.50 and 6,512.80 + 298.40 + 575.30 + 120.00 = 7,506.50')
check(D('578.10') + D('2965.80') == D('3543.90') and D('612.40') + D('3543.90') == D('4156.30'), 'table 2 row')
f(d.L('2081002 老年福利') + d.L('20810 社会福利'), 'sum', 'must', '老年福利 合计 3,534.90 but 基本 578.10 + 项目 2,965.80 = 3,543.90 (and 612.40 + 3,534.90 = 4,147.30 against the 款 row 4,156.30)')
check(D('1236.50') + D('4156.30') + D('1120.00') == D('6512.80') and D('1006.50') + D('578.10') + D('520.00') == D('2104.60') and D('230.00') + D('3578.20') + D('600.00') == D('4408.20'), '类 208')
check(D('6512.80') + D('298.40') + D('575.30') == D('7386.50') and D('2104.60') + D('298.40') + D('575.30') == D('2978.30'), '合计 row')
t(span(d, '2.2025年部门一般公共预算支出功能分类预算表', '2081001 儿童福利') + span(d, '20899 其他社会保障', '合计 7,386.50'), 'function table: 类 = sum of its 款, 款 = sum of its 项, 合计 = 基本 + 项目; 合计 row = the three 类 rows (a reader adding every row would double count); 208 row 6,512.80 = 1,236.50 + 4,156.30 + 1,120.00')
check(fits('5.92', rate('7386.50', D('7386.50') - D('412.70'))), 'income change')
t(d.S('2025年徐汀区民政局收入预算7,506.50万元，其中：财政拨款收入7,386.50万元，比2024年预算增加412.70万元，增长5.92%；事业收入120.00万元。'), '7,386.50 + 120.00 = 7,506.50; 412.70 / 6,973.80 = 5.92%')
check(D('6512.80') + D('298.40') + D('575.30') + D('102.00') == D('7488.50'), 'text sum')
f(d.S('支出预算7,506.50万元，其中：社会保障和就业支出6,512.80万元，卫生健康支出298.40万元，住房保障支出575.30万元，城乡社区支出102.00万元。'), 'sum', 'may', '6,512.80 + 298.40 + 575.30 + 102.00 = 7,488.50, stated 7,506.50 (the table has 城乡社区支出 120.00); a 其中 list by function class that adds to less is not known complete from the text alone (SPEC §5), so may (must in round 1)')
check(all(fits(s, pct(v, '7386.50')) for s, v in [('88.17', '6512.80'), ('4.04', '298.40'), ('7.79', '575.30')]), 'shares')
t(d.S('2025年财政拨款支出预算7,386.50万元，比2024年预算增加412.70万元。其中，一般公共预算财政拨款支出7,386.50万元，主要用于以下方面：社会保障和就业支出6,512.80万元，占88.17%；卫生健康支出298.40万元，占4.04%；住房保障支出575.30万元，占7.79%。'), 'shares 88.17%, 4.04%, 7.79% of 7,386.50; parts add up')
check(fits('3.96', rate('1006.50', '968.20')), 'item 1')
t(d.S('1.“社会保障和就业支出（类）民政管理事务（款）行政运行（项）”1,006.50万元，主要用于局机关人员经费和日常公用经费。2024年当年预算执行数为968.20万元，2025年预算安排1,006.50万元，比2024年预算执行数增加3.96%。'), '38.30 / 968.20 = 3.96%')
check(not fits('7.84', -rate('3543.90', '3812.60')) and fits('7.05', -rate('3543.90', '3812.60')), 'item 2')
f(d.S('2.“社会保障和就业支出（类）社会福利（款）老年福利（项）”3,543.90万元，主要用于养老服务补贴和养老机构运营补助。2024年当年预算执行数为3,812.60万元，2025年预算安排3,543.90万元，比2024年预算执行数减少7.84%。'), 'change', 'must', '(3,812.60 - 3,543.90) / 3,812.60 = 7.05%, stated 7.84%')
t(d.S('3.“社会保障和就业支出（类）社会福利（款）儿童福利（项）”612.40万元，主要用于孤儿和困境儿童基本生活保障。2024年当年预算执行数为612.40万元，2025年预算安排612.40万元，与2024年预算执行数持平。'), '持平 with equal figures')
check(fits('2.20', -rate('298.40', '305.10')), 'item 4')
f(d.S('4.“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”298.40万元，主要用于机关工作人员医疗保障。2024年当年预算执行数为305.10万元，2025年预算安排298.40万元，比2024年预算执行数增加2.20%。'), 'direction', 'must', '298.40 is below 305.10: a 2.20% decrease, written 增加')
check(D('0') + D('14.20') + D('4.40') == D('18.60'), '三公')
t(d.S('2025年“三公”经费预算数为18.60万元，比2024年预算减少1.40万元。其中：因公出国（境）费0万元；公务用车购置及运行费14.20万元（其中公务用车购置费0万元，公务用车运行费14.20万元）；公务接待费4.40万元。'), '18.60 = 0 + 14.20 + 4.40; the nested 其中 splits 14.20 = 0 + 14.20')
check(not fits('3.96', rate('86.35', D('86.35') - D('3.15'))) and fits('3.79', rate('86.35', D('86.35') - D('3.15'))), '机关运行')
f(d.S('2025年徐汀区民政局机关运行经费预算为86.35万元，比2024年预算增加3.15万元，增长3.96%。'), 'change', 'must', '3.15 / 83.20 = 3.79%, stated 3.96%')
check(D('68.20') + D('0') + D('395.30') == D('463.50'), '采购')
t(d.S('2025年本部门政府采购预算总额463.50万元，其中：政府采购货物预算68.20万元，政府采购工程预算0万元，政府采购服务预算395.30万元。'), '463.50 = 68.20 + 0 + 395.30')
t(d.S('2025年本部门共有12个项目编报绩效目标，涉及项目预算资金4,408.20万元。'), '12个项目, 4,408.20 = the 项目支出 column')
t(d.S('截至2024年8月31日，本部门共有车辆3辆，其中一般公务用车2辆、执法执勤用车1辆。'), '3 = 2 + 1; a 2024 asset date in a 2025 budget is not a stale year')

# g02: Markdown department final accounts with tables
d, f, t = doc('g02-chenggang-health-commission-2024-dept-final-accounts.md')
t(d.L('所属预算单位共6个'), 'six units named')
check(D('18624.35') + D('1200.00') + D('2315.60') + D('86.20') == D('22226.15') and D('42.10') + D('1386.72') + D('20105.33') + D('692.00') == D('22226.15'), 'table 1')
t(span(d, '| 一、一般公共预算财政拨款收入', '| 本年收入合计'), 'both columns add up to 22,226.15')
check(D('0') + D('24.85') + D('6.80') == D('31.65') and D('0') + D('28.50') + D('8.30') == D('36.80'), '三公 table')
f(d.L('| 合计 | 36.80 | 31.45 |') + d.L('| 2.公务用车购置及运行费') + d.L('| 3.公务接待费'), 'sum', 'must', '决算 column: 0 + 24.85 + 6.80 = 31.65, 合计 says 31.45 (the 预算 column 36.80 = 0 + 28.50 + 8.30 is right)')
t(d.L('| 1.因公出国（境）费') + d.L('| 其中：（1）公务用车购置费') + d.L('| （2）公务用车运行费'), 'nested rows: 28.50 = 0 + 28.50, 24.85 = 0 + 24.85; not added to the 合计')
check(fits('5.14', pct('1086.45', D('22226.15') - D('1086.45'))), 'total change')
t(d.L('2024年度收入、支出决算总计均为22,226.15万元'), '1,086.45 / 21,139.70 = 5.14%')
check(not fits('10.24', pct('2315.60', '22226.15')) and fits('10.42', pct('2315.60', '22226.15')) and all(fits(s, pct(v, '22226.15')) for s, v in [('83.79', '18624.35'), ('5.40', '1200.00'), ('0.39', '86.20')]), 'income shares')
f(d.L('本年收入合计22,226.15万元，其中'), 'share', 'must', '2,315.60 / 22,226.15 = 10.42%, stated 10.24% (the other three shares are right)')
check(D('6418.27') + D('15807.88') == D('22226.15') and fits('28.88', pct('6418.27', '22226.15')) and fits('71.12', pct('15807.88', '22226.15')), 'spending shares')
t(d.L('本年支出合计22,226.15万元，其中'), '6,418.27 + 15,807.88 = 22,226.15; 28.88% and 71.12%')
check(fits('85.46', pct('31.45', '36.80')) and fits('6.40', pct('2.15', D('31.45') + D('2.15'))), '三公 text')
f(d.L('财政拨款“三公”经费支出决算为31.45万元'), 'sum', 'must', '24.85 + 6.80 + 0 = 31.65, stated 31.45 (85.46% of 36.80 and 2.15 / 33.60 = 6.40% are right for 31.45)')
t(d.L('1.公务接待费决算6.80万元'), '8.30 - 6.80 = 1.50; 42批次 and 312人次 are not parts of one total')
f(d.L('本部门共有公务用车9辆'), 'count', 'must', '9辆 but 3 + 7 = 10 vehicles are listed under 其中')
check(D(14) + 3 + 1 + 0 == 18, 'self-evaluation')
f(d.L('评价得分分别为93.5分'), 'grade', 'must', '76.0分 is 合格 under 财预〔2020〕10号 bands (60–80), called 良 (分别 pairing; 93.5 优 and 88.0 良 are right; 18 = 14 + 3 + 1 + 0)')
check(not fits('7.06', pct('4.12', D('58.34') - D('4.12'))) and fits('7.60', pct('4.12', D('58.34') - D('4.12'))), '机关运行')
f(d.L('机关运行经费支出58.34万元'), 'change', 'must', '4.12 / 54.22 = 7.60%, stated 7.06%')
f(d.L('### 八、') + d.L('### 六、'), 'heading', 'must', '八、 follows 六、 (七、 missing)')
check(fits('83.79', pct('18624.35', '22226.15')) and fits('3.40', pct('612.30', D('18624.35') - D('612.30'))), '一般公共预算')
t(d.L('一般公共预算财政拨款支出18,624.35万元，占本年支出合计'), '83.79%; 612.30 / 18,012.05 = 3.40%')

# g03: monthly county revenue report, clean text
d, f, t = doc('g03-tongxi-county-2025-03-revenue.txt')
prior = D('14.85') / D('1.029') + D('3.77') / D('1.102')
check(D('14.85') + D('3.77') == D('18.62') and fits('79.8', pct('14.85', '18.62')) and fits('4.3', (D('18.62') / prior - 1) * 100), 'revenue')
t(d.L('全县一般公共预算收入累计完成18.62亿元'), '14.85 + 3.77 = 18.62; 79.8%; the parts\' growth 2.9% and 10.2% give 4.3% for the total')
check(not fits('6.8', pct('0.57', D('6.12') - D('0.57'))) and fits('15.8', pct('0.18', D('0.96') + D('0.18'))), 'taxes')
f(d.L('增值税完成6.12亿元'), 'change', 'must', '增收0.57 on a base of 5.55 is 10.3% (10.2–10.4% inside the rounding), stated 6.8%; 契税 0.18 / 1.14 = 15.8% is right')
check(D('1.02') + D('0.63') + D('0.48') + D('1.64') == D('3.77'), '非税')
t(d.L('（二）非税收入情况'), 'four 非税 items, no total stated here (they add to 3.77)')
check(fits('79.5', pct('21.05', '26.48')), '民生')
t(d.L('全县一般公共预算支出累计完成26.48亿元'), '21.05 / 26.48 = 79.5%')
check(not fits('23.1', pct('5.86', '26.48')) and fits('22.1', pct('5.86', '26.48')), '教育 share')
f(d.L('主要支出科目：教育支出5.86亿元'), 'share', 'must', '5.86 / 26.48 = 22.1%, stated 23.1%')
f(d.L('主要支出科目：教育支出5.86亿元'), 'direction', 'must', '农林水 3.15 is below last year\'s 3.38 (a 6.8% fall), written 增长')
check(D('4.81') + D('0.62') == D('5.43'), '基金')
f(d.L('全县政府性基金预算收入完成5.36亿元'), 'sum', 'must', 'the two 其中 items 4.81 + 0.62 = 5.43 exceed the total 5.36')
f(span(d, '主要呈现以下两个特点', '（三）重点支出保障有力'), 'count', 'must', '两个特点 but （一）…（三） list three')
t(d.L('2025年4月10日'), 'a date')

# g04: township budget as .docx with a Word table
d, f, t = doc('g04-baitang-town-2025-budget.docx')
f(d.L('现将柏塘镇2024年镇级财政预算草案') + d.L('柏塘镇2025年镇级财政预算'), 'year', 'must', 'title 2025年镇级财政预算; the opening submits 柏塘镇2024年镇级财政预算草案')
check(fits('3.2', pct('318', D('9742') + D('318'))), '2024')
t(d.L('2024年，全镇一般公共预算收入完成4,386万元'), '318 / 10,060 = 3.2%; the 2024 section names 2024 rightly')
check(D('4520') - D('4386') == D('134') and fits('3.1', pct('134', '4386')) and D('4520') + D('5630') + D('210') == D('10360'), 'revenue')
t(d.L('2025年全镇一般公共预算收入安排4,520万元'), '134 / 4,386 = 3.1%; 4,520 + 5,630 + 210 = 10,360')
rows = [('2156', '2210', '2.5'), ('318', '305', '-4.1'), ('426', '450', '5.6'), ('1874', '1960', '4.6'), ('612', '598', '-2.3'), ('1935', '2180', '12.7')]
check(all(fits(r.lstrip('-'), abs(rate(b, a))) for a, b, r in rows) and sum(D(a) for a, _, _ in rows) + 2421 == 9742 and sum(D(b) for _, b, _ in rows) + 2657 == 10360 and fits('6.3', rate('10360', '9742')), 'table')
t(span(d, '| 一般公共服务支出', '| 城乡社区支出') + d.L('| 合计'), 'each row\'s 增减% is right; columns add to 9,742 and 10,360; 6.3%')
check(not fits('7.9', rate('2657', '2421')) and fits('9.7', rate('2657', '2421')), '农林水')
f(d.L('| 农林水支出'), 'change', 'must', '(2,657 - 2,421) / 2,421 = 9.7%, the 增减% cell says 7.9')
check(D('6215') + D('4245') == D('10460'), 'economic split')
f(d.L('按经济性质分'), 'sum', 'must', '基本 6,215 + 项目 4,245 = 10,460, stated 10,360')
t(d.L('镇本级“三公”经费预算32万元'), '32 = 24 + 8 (+ 0)')
check(D('2860') - D('420') == D('2440') and D('2860') <= D('3000'), 'debt')
t(d.L('全镇政府债务余额2,860万元'), '2,860 within 3,000; 2,860 - 420 = 2,440')
f(d.L('重点做好以下三项工作'), 'count', 'must', '三项工作 but 一是…四是 list four')
check(D('396') / 11 == 36, 'average')
t(d.L('全镇下辖行政村9个、社区2个'), '396 / 11 = 36: an average, not a sum')

# g05: PDF-like district debt note with page furniture inside a sentence
d, f, t = doc('g05-hewan-district-2024-debt-notes.txt')
check(D('142.30') + D('244.20') == D('386.50') and D('108.60') + D('193.20') == D('301.80'), 'limits')
t(d.S('经市政府批准，2024年全区政府债务限额为386.50亿元，其中：一般债务限额142.30亿元，专项债务限额244.20亿元。'), 'limits add up')
check(D('136.40') + D('236.25') == D('372.65') and D('136.40') <= D('142.30') and D('236.25') <= D('244.20'), 'balances')
t(d.S('截至2024年末，全区政府债务余额为372.65亿元，其中：一般债务余额136.40亿元，专项债务余额236.25亿元，均控制在限额以内。'), '372.65 = 136.40 + 236.25, each under its limit')
check(D('110.05') + D('186.10') == D('296.15') and D('110.05') > D('108.60'), '区本级')
f(d.S('区本级政府债务余额为296.15亿元，') + d.S('其中一般债务余额110.05亿元，专项债务余额186.10亿元。') + d.S('区本级政府债务限额为301.80亿元，其中一般债务限额108.60亿元，专项债务限额193.20亿元。'), 'debt', 'must', '区本级 一般债务余额 110.05 above the 区本级 一般债务限额 108.60 (the sentence is broken by a page footer and header)')
check(D('355.80') + D('58.20') - D('41.35') == D('372.65') and D('36.40') + D('21.80') == D('58.20'), 'roll-forward')
t(d.S('2024年，全区发行政府债券58.20亿元，其中新增债券36.40亿元、再融资债券21.80亿元；偿还政府债务本金41.35亿元。2024年初全区政府债务余额为355.80亿元。'), '355.80 + 58.20 - 41.35 = 372.65 (opening balance named after the flows)')
check(D('131.05') + D('19.60') - D('14.25') == D('136.40') and D('224.75') + D('38.60') - D('27.10') == D('236.25'), 'by kind')
t(d.S('分类型看，一般债务发行19.60亿元，偿还本金14.25亿元，年初余额131.05亿元；专项债务发行38.60亿元，偿还本金27.10亿元，年初余额224.75亿元。'), 'by kind: 131.05 + 19.60 - 14.25 = 136.40; 224.75 + 38.60 - 27.10 = 236.25; parts add to the totals')
check(D('281.40') + D('42.50') - D('26.75') == D('297.15'), '区本级 roll')
f(d.S('区本级年初政府债务余额281.40亿元，当年发行政府债券42.50亿元，偿还本金26.75亿元，年末余额为296.15亿元。'), 'debt', 'must', '281.40 + 42.50 - 26.75 = 297.15, stated 296.15')
check(D('41.35') + D('12.75') == D('54.10'), '还本付息')
f(d.S('2024年全区政府债务还本付息支出53.92亿元，其中还本支出41.35亿元，付息支出12.75亿元。'), 'sum', 'must', '41.35 + 12.75 = 54.10, stated 53.92')
t(d.S('付息支出占一般公共预算支出和政府性基金预算支出之和的比重为4.6%，全区政府债务率为118.3%，低于120%的警戒线。'), 'rates and a 警戒线: not to be added or compared as debt')
check(D('372.65') + D('25.30') + D('30.00') - D('33.80') == D('394.15'), '2025')
t(d.S('2025年预计发行再融资债券25.30亿元、新增债券30.00亿元，偿还到期本金33.80亿元，预计2025年末全区政府债务余额394.15亿元。'), '372.65 + 25.30 + 30.00 - 33.80 = 394.15; the 2025 limit is not yet set, so 394.15 is not compared with the 2024 limit 386.50')
f(d.L('七、防范化解债务风险情况') + d.L('五、2025年政府债务预计情况'), 'heading', 'must', '七、 follows 五、')
f(d.S('我区通过四项措施防范债务风险：一是严格限额管理；二是加强项目资金监管；三是足额安排还本付息资金。'), 'count', 'must', '四项措施 but 一是…三是 list three')

# g06: Markdown performance evaluation with bands stated in the text
d, f, t = doc('g06-qingdun-county-2024-performance-evaluation.md')
t(d.L('县财政局组织对2024年度12个重点项目'), 'band definitions (优 ≥90, 良 75–90, 合格 60–75, 不合格 <60); 四个等级 with four named')
check(3 + 6 + 2 + 1 == 12, 'grades')
t(d.L('12个项目中'), '12 = 3 + 6 + 2 + 1')
check(D(4860) + 7120 + 9340 + 6215 + 1380 + 3950 == 32865, 'funds')
t(d.L('| 1 | 农村公路养护') + d.L('| 2 | 义务教育学校改薄') + d.L('| 3 | 城乡居民医保补助') + d.L('| 5 | 养老服务设施') + d.L('| 合计 |'), '92.5 优; 86.0 良; 78.5 良 under the stated bands (中 under the default ones); 61.0 合格; funds add to 32,865')
f(d.L('| 4 | 高标准农田建设'), 'grade', 'must', '74.5 is 合格 under the stated bands (60–75), the table says 良')
f(d.L('| 6 | 老旧小区改造'), 'grade', 'must', '89.5 is 良 under the stated bands (and the default ones), the table says 优')
check(fits('101.6', pct('392', '386')), 'completion')
t(d.L('（一）农村公路养护项目'), '92.5 优; 392 / 386 = 101.6%')
f(d.L('项目涉及学校15所'), 'count', 'must', '15所 but 9 + 5 + 2 = 16 schools are listed under 其中')
t(d.L('（三）城乡居民医保补助项目'), '78.5 良 under the stated bands')
f(d.L('（四）高标准农田建设项目'), 'grade', 'must', '74.5 is 合格 under the stated bands, called 良')
t(d.L('（五）养老服务设施运营补贴项目'), '61.0 合格; 8 + 23 = 31')
f(d.L('（七）老旧小区改造项目'), 'heading', 'must', '（七） follows （五） (the items are numbered paragraphs of one list); 89.5 良 there is right')
t(d.L('对评价等级为合格及以下的3个项目'), '合格 2 + 不合格 1 = 3; 不低于10% is a threshold')

# g07: Shanghai department budget, clean text
d, f, t = doc('g07-shazhou-education-bureau-2026-dept-budget.txt')
f(d.L('所属58家预算单位组成'), 'count', 'must', '58家 but 18 + 21 + 16 + 4 = 59 units are listed')
f(d.L('第二部分 2025年部门预算编制说明') + [1], 'year', 'must', 'title 2026年部门预算; the part heading says 2025年部门预算编制说明 (the sentences under it are about 2026)')
check(D('271830.16') + D('12406.22') + D('2216.00') == D('286452.38') and D('265130.16') + D('6700.00') == D('271830.16'), 'totals')
t(d.L('2026年，沙洲区教育局收入预算286,452.38万元') + d.L('支出预算286,452.38万元'), 'parts add up; 6,284.52 = 6,284.52 + 0 (持平)')
check(fits('5.45', rate('42316.50', '40128.30')) and fits('28.85', rate('6700', '5200')), 'items')
t(d.L('1.“教育支出（类）普通教育（款）学前教育') + d.L('4.“教育支出（类）进修及培训') + d.L('5.“城乡社区支出（类）'), '2,188.20 / 40,128.30 = 5.45%; 持平; 1,500 / 5,200 = 28.85%')
check(not fits('2.35', -rate('98640.25', '101205.60')) and fits('2.53', -rate('98640.25', '101205.60')), 'item 2')
f(d.L('2.“教育支出（类）普通教育（款）小学教育'), 'change', 'must', '2,565.35 / 101,205.60 = 2.53%, stated 2.35%')
check(fits('3.81', rate('61208.40', '58960.00')), 'item 3')
f(d.L('3.“教育支出（类）普通教育（款）初中教育'), 'direction', 'must', '61,208.40 is above 58,960.00 (up 3.81%), written 减少')
check(D('18') + D('96.30') + D('42.50') == D('156.80') and D('6') + D('4.10') + D('2.30') == D('12.40'), '三公')
t(d.L('2026年“三公”经费预算数为156.80万元'), '156.80 = 18.00 + 96.30 + 42.50; 12.40 = 6.00 + 4.10 + 2.30')
t(d.L('下属3家行政单位和1家参照公务员法管理的事业单位'), 'unit counts, not an enumeration')
check(D('5204.10') + D('3150.00') + D('4509.35') == D('12863.45'), '采购')
t(d.L('2026年本部门政府采购预算12,863.45万元'), 'parts add up')
t(d.L('下属58家单位共326个项目'), '58家 restated; 326个项目')
t(d.L('本部门共有车辆28辆'), '28 = 6 + 22; 200万元（含）以上 is a threshold; 2025年8月31日 is the asset date')
f(d.L('本部门2026年安排重点项目5个'), 'count', 'must', '5个 but four are named after 分别为')

# g08: PDF-like 三公 final accounts notes
d, f, t = doc('g08-xuting-district-2024-sangong-final-accounts.txt')
t(d.S('按照预决算公开工作要求，现将徐汀区2024年度区级一般公共预算财政拨款“三公”经费决算情况说明如下。'), 'title year restated')
check(D('186.20') + D('2108.35') + D('757.30') == D('3051.85') and D('3286.40') - D('3051.85') == D('234.55') and fits('7.14', pct('234.55', '3286.40')), 'total')
check(D('21.40') - D('186.75') - D('79.20') == D('-244.55'), 'change-sum')
f(d.S('区级各部门因公出国（境）费、公务用车购置及运行费、公务接待费三项合计支出3,051.85万元，比上年决算减少234.55万元，下降7.14%，比年初预算减少418.15万元。') + d.S('2024年度决算186.20万元，比上年增加21.40万元，增长12.99%') + d.S('2024年度决算2,108.35万元，比上年减少186.75万元') + d.S('2024年度决算757.30万元，比上年减少79.20万元，下降9.47%。'), 'change-sum', 'must', 'the items\' changes +21.40 - 186.75 - 79.20 = -244.55, the total\'s change is -234.55 (base 3,286.40 named a sentence earlier)')
check(not fits('8.41', pct('186.75', D('2108.35') + D('186.75'))) and fits('8.14', pct('186.75', D('2108.35') + D('186.75'))), '公务用车')
f(d.S('2024年度决算2,108.35万元，比上年减少186.75万元，下降8.41%。'), 'change', 'must', '186.75 / 2,295.10 = 8.14%, stated 8.41%')
check(fits('12.99', pct('21.40', D('186.20') - D('21.40'))) and fits('9.47', pct('79.20', D('757.30') + D('79.20'))) and D('412.60') + D('1695.75') == D('2108.35'), 'items')
t(d.S('全年共安排出国（境）团组38个、146人次。') + d.S('全年共接待国内公务团组2,418批次、18,620人次。') + d.S('其中：公务用车购置费412.60万元，共更新车辆21辆；公务用车运行维护费1,695.75万元。'), '21.40 / 164.80 = 12.99%; 79.20 / 836.50 = 9.47%; 412.60 + 1,695.75 = 2,108.35; batches and persons are not parts of a total')
check(D(418) + 692 + 136 == 1246, 'vehicles')
f(d.S('区级行政事业单位公务用车保有量为1,236辆，比上年末减少48辆。其中：一般公务用车（含机要通信用车）418辆，执法执勤用车692辆，特种专业技术用车136辆。'), 'sum', 'must', '418 + 692 + 136 = 1,246 exceed the 1,236 stated')
t(d.S('全年车均运行维护费1.37万元。'), '1,695.75 / 1,236 = 1.37: an average')
t(d.S('“三公”经费决算数比上年下降，主要有三方面原因：一是严格控制出国（境）团组数量和规模，二是深化公务用车制度改革，三是严格执行公务接待标准。'), '三方面 with three listed')
check(D('301.40') + D('116.75') == D('418.15'), 'budget gap')
t(d.S('“三公”经费决算数与年初预算数的差异，主要是公务用车购置费较年初预算减少301.40万元、公务接待费较年初预算减少116.75万元。'), '301.40 + 116.75 = 418.15')
f(d.S('2024年度区级行政单位（含参照公务员法管理的事业单位）机关运行经费支出12,468.30万元，比上年增加402.10万元，下降3.33%。'), 'direction', 'must', '增加402.10万元 then 下降3.33%')

# g09: county budget report as .docx
d, f, t = doc('g09-linpu-county-2025-budget-report.docx')
t(d.L('——2025年1月8日') + d.L('现将临浦县2024年预算执行情况和2025年预算草案'), 'session date and the two years of the report')
p = D('24.15') / D('1.038') + D('8.53') / D('1.094')
check(D('24.15') + D('8.53') == D('32.68') and fits('5.2', (D('32.68') / p - 1) * 100) and fits('73.9', pct('24.15', '32.68')), 'revenue')
t(d.L('全县一般公共预算收入完成32.68亿元'), '24.15 + 8.53 = 32.68; growth fits the parts\'; 73.9%')
f(d.L('4.收支平衡情况') + d.L('2.支出情况'), 'heading', 'must', '4. follows 2. (3. missing)')
check(fits('18.1', pct('12.36', '68.45')) and not fits('14.9', pct('9.84', '68.45')) and fits('14.4', pct('9.84', '68.45')), 'shares')
f(d.L('全县一般公共预算支出完成68.45亿元'), 'share', 'must', '9.84 / 68.45 = 14.4%, stated 14.9% (教育 18.1% is right)')
check(D('32.68') + D('38.92') + D('4.20') + D('3.15') + D('1.06') == D('80.01') and D('68.45') + D('2.36') + D('3.80') + D('2.10') == D('76.71') and D('80.01') - D('76.71') == D('3.30'), 'balance')
t(d.L('一般公共预算收入32.68亿元，加上'), 'income and spending totals add up; 80.01 - 76.71 = 3.30')
t(d.L('全县政府性基金预算收入完成18.40亿元'), '其中 subsets')
check(D('38.16') + D('58.26') == D('96.42') and D('86.72') + D('14.00') + D('6.30') - D('9.60') == D('97.42'), 'debt')
f(d.L('在2023年末86.72亿元余额的基础上') + d.L('2024年末，全县政府债务余额为96.42亿元'), 'debt', 'must', '86.72 + 14.00 + 6.30 - 9.60 = 97.42, the year-end balance is 96.42 (the year-end stated a paragraph before the flows)')
check(fits('5.0', rate('34.30', '32.68')) and fits('2.4', pct('1.67', '68.45')) and D('68.45') + D('1.67') == D('70.12'), '2025')
t(d.L('2025年全县一般公共预算收入预期安排34.30亿元'), '34.30 / 32.68 = +5.0%; 68.45 + 1.67 = 70.12, 2.4%')
check(D(40) + 1208 + 568 == 1816, '三公')
f(d.L('县级“三公”经费预算安排1,856万元'), 'sum', 'must', '40 + 1,208 + 568 = 1,816, stated 1,856')
t(d.L('2025年预计还本付息支出12.86亿元'), '9.16 + 3.70 = 12.86')
t(d.L('重点抓好以下工作'), '一是…三是 with no count stated')

# g10: department final accounts, tables laid out with spaces, page furniture inside a table
d, f, t = doc('g10-chenggang-culture-tourism-2024-dept-final-accounts.txt')
t([3, 4, 5], 'contents list: not headings')
f(d.L('纳入本部门2024年度部门决算编制范围的单位共3家'), 'count', 'must', '共3家 but four are named after 具体包括')
check(D('4862.37') + D('250.00') == D('5112.37') and D('4465.63') + D('372.54') + D('98.20') + D('176.00') == D('5112.37'), '总表')
t(span(d, '一、一般公共预算财政拨款 4,862.37', '本年支出合计 5,112.37'), 'both sides add to 5,112.37')
check(D('836.40') + D('1205.36') + D('1360.42') == D('3402.18') and D('813.45') + D('3402.18') == D('4215.63') and D('4215.63') + D('372.54') + D('98.20') + D('176.00') == D('4862.37') and D('1384.08') + D('372.54') + D('98.20') + D('81.70') == D('1936.52') and D('2831.55') + D('94.30') == D('2925.85'), '支出表')
t(span(d, '合计 4,862.37 1,936.52 2,925.85', '2070204 文物保护') + span(d, '208 社会保障和就业支出 372.54', '2210299 其他住房改革支出'), 'function table across a page break: every row and column adds up; 合计 first')
check(fits('5.32', pct('287.45', D('5112.37') + D('287.45'))), 'total change')
t(d.L('财政拨款收入支出总计各减少287.45万元'), '287.45 / 5,399.82 = 5.32%')
check(fits('95.11', pct('4862.37', '5112.37')) and fits('3.71', pct('187.45', D('4862.37') + D('187.45'))), '一般')
t(d.L('占本年支出合计的95.11%'), '95.11%; 187.45 / 5,049.82 = 3.71%')
check(all(fits(s, pct(v, '4862.37')) for s, v in [('86.70', '4215.63'), ('7.66', '372.54'), ('2.02', '98.20')]) and not fits('3.26', pct('176.00', '4862.37')), 'shares')
f(d.L('主要用于以下方面：文化旅游体育与传媒支出（类）4,215.63万元'), 'share', 'must', '176.00 / 4,862.37 = 3.62%, stated 3.26%')
check(fits('101.72', pct('4862.37', '4780')) and fits('102.15', pct('1205.36', '1180')) and fits('89.50', pct('1360.42', '1520')) and fits('107.03', pct('813.45', '760')), 'completion')
t(d.L('完成年初预算的101.72%') + d.L('2.文化旅游体育与传媒支出（类）文化和旅游（款）群众文化') + d.L('1.文化旅游体育与传媒支出（类）文化和旅游（款）图书馆'), 'completion rates right; 大于 and 小于 agree with the figures')
f(d.L('3.文化旅游体育与传媒支出（类）文物（款）文物保护'), 'direction', 'must', '813.45 is above 760.00 (107.03%), but the reason is given for 决算数小于年初预算数')
check(D('1702.84') + D('243.68') == D('1946.52'), '基本支出')
f(d.L('基本支出1,936.52万元，其中：人员经费'), 'sum', 'must', '1,702.84 + 243.68 = 1,946.52, stated 1,936.52 (the table\'s 基本支出 column is 1,936.52)')
t(d.L('“三公”经费支出决算为5.86万元'), '5.86 = 0 + 3.20 + 2.66')
check(fits('6.20', pct('8.36', D('126.42') + D('8.36'))), '机关运行')
t(d.L('机关运行经费支出126.42万元'), '8.36 / 134.78 = 6.20%')

# g11: Markdown subdistrict budget with 类/款/项 code columns
d, f, t = doc('g11-huichuan-subdistrict-2025-dept-budget.md')
t(d.L('下属事业单位5家'), 'five named')
check(fits('4.40', pct('1215.48', D('26384.72') + D('1215.48'))), 'income')
t(d.L('2025年，汇川街道办事处收入预算26,384.72万元'), '1,215.48 / 27,600.20 = 4.40%')
check(D('1356.20') + D('1112.10') == D('2468.30') and D('678.30') + D('340.15') + D('2908.10') == D('3926.55') and D('5604.27') + D('9865.20') + D('3813.20') == D('19282.67') and D('2468.30') + D('3926.55') + D('19282.67') + D('707.20') == D('26384.72') and D('1356.20') + D('1018.45') + D('5604.27') + D('707.20') == D('8686.12') and D('1112.10') + D('2908.10') + D('13678.40') == D('17698.60'), 'table')
t([l for l in span(d, '| 201 | | |', '| | | | 合计') if l not in d.L('| 212 | 05 | 01 |')], '类 rows = their 项 rows; 合计 = the four 类 rows, 基本 + 项目 (adding every row would double count)')
check(fits('4.62', -rate('9865.20', '10342.80')), 'item 1')
t(d.L('1. “城乡社区支出（类）'), '477.60 / 10,342.80 = 4.62%')
check(fits('5.25', rate('3831.20', '3640.00')) and not fits('5.25', rate('3813.20', '3640.00')), 'item 2')
f(d.L('2. “城乡社区支出（类）城乡社区环境卫生') + d.L('| 212 | 05 | 01 |'), 'conflict', 'must', '城乡社区环境卫生（项） 2025 budget: 3,831.20 in the text, 3,813.20 in the table (the column adds up with 3,813.20; the text\'s 5.25% fits 3,831.20)')
check(not fits('9.65', rate('2908.10', '2654.30')) and fits('9.56', rate('2908.10', '2654.30')), 'item 3')
f(d.L('3. “社会保障和就业支出'), 'change', 'must', '253.80 / 2,654.30 = 9.56%, stated 9.65%')
t(d.L('4. “一般公共服务支出'), 'equal figures, 增加0.00%')
check(D('7.20') + D('2.40') == D('9.60') and fits('7.69', pct('0.80', '10.40')), '三公')
t(d.L('2025年“三公”经费预算为9.60万元'), '9.60 = 0 + 7.20 + 2.40; 0.80 / 10.40 = 7.69%')
check(not fits('6.81', pct('18.20', D('312.58') - D('18.20'))) and fits('6.18', pct('18.20', D('312.58') - D('18.20'))), '机关运行')
f(d.L('街道本部机关运行经费预算为312.58万元'), 'change', 'must', '18.20 / 294.38 = 6.18%, stated 6.81%')
f(d.L('### （四）绩效目标设置情况') + d.L('### （二）机关运行经费预算'), 'heading', 'must', '（四） follows （二）')
t(d.L('2025年街道共有38个项目编报绩效目标'), '17,698.60 = the 项目支出 column; 100%')
t(d.L('街道共有车辆4辆'), '4 = 1 + 2 + 1')

# g12: county final-accounts report to the standing committee
d, f, t = doc('g12-sihe-county-2024-final-accounts-report.txt')
t(d.L('——2025年7月22日') + d.L('向县人大常委会报告2024年全县财政决算情况'), 'a 2024 final-accounts report given in 2025')
p = D('30.86') / D('1.016') + D('10.41') / D('1.113')
check(D('30.86') + D('10.41') == D('41.27') and fits('3.9', (D('41.27') / p - 1) * 100), 'revenue')
t(d.L('全县一般公共预算收入决算数为41.27亿元'), '30.86 + 10.41 = 41.27; the parts\' growth gives 3.9% for the total')
t(span(d, '（1）教育支出15.62亿元', '（5）城乡社区支出8.14亿元'), 'numbered items of the spending paragraph; a partial list')
check(D('41.27') + D('46.85') + D('6.50') + D('4.12') + D('1.50') + D('1.38') == D('101.62') and D('86.54') + D('3.16') + D('5.80') + D('2.40') == D('97.90') and D('101.62') - D('97.90') == D('3.72'), 'balance')
t(d.L('全县一般公共预算收入41.27亿元，加上级补助收入'), 'income and spending totals add up; 101.62 - 97.90 = 3.72')
check(fits('20.5', pct('5.12', D('19.84') + D('5.12'))), 'land')
t(d.L('全县政府性基金预算收入决算数为22.60亿元'), '5.12 / 24.96 = 20.5%')
t(d.L('全县国有资本经营预算收入0.86亿元'), 'no total to check')
check(D('36.48') - D('34.92') == D('1.56'), '社保')
f(d.L('全县社会保险基金收入36.48亿元'), 'sum', 'must', '当年收支结余 = 36.48 - 34.92 = 1.56, stated 1.65')
check(D('52.34') + D('76.42') == D('128.76') and D('51.90') + D('83.30') == D('135.20') and D('52.34') > D('51.90'), 'debt')
f(d.L('2024年末，全县政府债务余额128.76亿元'), 'debt', 'must', '一般债务余额 52.34 above the 一般债务限额 51.90 (the total 128.76 is under 135.20)')
check(fits('80.0', pct('69.23', '86.54')), '民生')
t(d.L('全年民生支出69.23亿元'), '69.23 / 86.54 = 80.0%')
check(17 + 21 + 6 + 1 == 45, 'grades')
f(d.L('全年对46个项目开展重点绩效评价'), 'count', 'must', '46个项目 but 优秀17 + 良好21 + 合格6 + 不合格1 = 45 (the four grades are a complete partition)')
f(d.L('（五）聚焦风险防控') + d.L('（三）聚焦绩效管理'), 'heading', 'must', '（五） follows （三） under 二、')
t(d.L('下一步，我们将重点做好三个方面工作'), '三个方面 with three listed')

# ---- round 2: written after round 1's fixes, scored before any further fix ----

# g13: Markdown monthly revenue report with a tax table (当月 / 累计 columns)
d, f, t = doc('g13-jiahe-district-2025-08-revenue.md')
check(fits('3.97', pct('2.46', D('64.38') - D('2.46'))) and fits('8.1', pct('0.54', D('6.12') + D('0.54'))), 'revenue')
t(d.L('全区一般公共预算收入累计实现64.38亿元'), '增收2.46 on 61.92 = 3.97%; 减收0.54 on 6.66 = 8.1%; 68.5% names no figure of its base')
check(D('2.14') + D('0.86') + D('0.31') + D('0.22') + D('1.05') == D('4.58') and D('20.36') + D('9.42') + D('3.18') + D('2.05') + D('13.67') == D('48.68'), 'tax table')
f(d.L('| 税收收入合计'), 'sum', 'must', '累计 column: 20.36 + 9.42 + 3.18 + 2.05 + 13.67 = 48.68, the 合计 row says 49.68 (the 当月 column 4.58 adds up)')
t(span(d, '| 增值税', '| 其他税收'), 'tax rows; the 同比 column has no base to check')
check(fits('77.2', pct('49.68', '64.38')) and D('49.68') + D('14.70') == D('64.38') and fits('8.25', pct('1.12', D('14.70') - D('1.12'))), 'tax share')
t(d.L('1—8月税收收入49.68亿元'), '49.68 / 64.38 = 77.2%; 49.68 + 14.70 = 64.38; 多收1.12 on 13.58 = 8.25%')
check(fits('3.86', rate('88.24', '84.96')) and fits('17.9', pct('15.80', '88.24')) and not fits('9.8', -rate('11.05', '12.40')) and fits('10.9', -rate('11.05', '12.40')), 'spending')
f(d.L('全区一般公共预算支出累计完成88.24亿元'), 'direction', 'must', '社会保障和就业支出 较上年同期减少0.74亿元 then 增长5.15%')
f(d.L('全区一般公共预算支出累计完成88.24亿元'), 'change', 'must', '城乡社区支出 11.05 against 12.40 is down 10.9%, stated 9.8% (88.24 / 84.96 = +3.86% and 17.9% are right)')
f(span(d, '呈现三个特点', '（四）库款保障水平'), 'count', 'must', '三个特点 but （一）…（四） list four')
t(d.L('2025年9月12日'), 'a date')

# g14: township final accounts, clean text with 1. items under （一）
d, f, t = doc('g14-lianhua-town-2024-final-accounts.txt')
check(D(2865) - 2741 == 124 and fits('4.5', pct('124', '2741')), 'revenue')
t(d.L('1.镇级一般公共预算收入'), '124 / 2,741 = 4.5%')
check(D(312) + 4863 + 1345 == 6520, 'transfers')
f(d.L('2.上级补助收入'), 'sum', 'must', '上级补助 = 返还性 + 一般性 + 专项 (a complete partition): 312 + 4,863 + 1,345 = 6,520, stated 6,420')
check(D(2865) + 6420 + 186 == 9471 and D(9471) - 8936 == 535, 'totals')
t(d.L('3.收入总计') + d.L('3.结转结余') + d.L('1.支出总量'), '2,865 + 6,420 + 186 = 9,471; 9,471 - 8,936 = 535; 95.3% names no figure of its base')
check(D(1842) + 2716 + 1305 + 1588 == 7451, 'four items')
f(d.L('2.主要支出项目'), 'sum', 'must', '以上四项合计7,541 but 1,842 + 2,716 + 1,305 + 1,588 = 7,451')
f(d.L('5.“三公”经费') + d.L('3.结转结余'), 'heading', 'must', '5. follows 3. under （二）')
check(D('27.6') == D('19.8') + D('7.8') and D('31.0') - D('27.6') == D('3.4'), '三公')
f(d.L('镇政府债务余额为0.46亿元'), 'debt', 'must', '0.46亿元 = 4,600万元 above the limit 4,300万元 (mixed units)')
f(d.L('全镇对11个镇级项目开展绩效自评'), 'grade', 'must', '86分 is 良好, called 优秀 (11 = 7 + 3 + 1 is right)')
f(d.L('本报告所列本镇2023年财政决算数据') + [1], 'year', 'must', 'title 2024年财政决算报告; the closing sentence calls the data 本镇2023年财政决算数据')

# g15: PDF-like department budget, a 三公 table one cell per line
d, f, t = doc('g15-xiangyang-sports-bureau-2025-dept-budget.txt')
t(d.S('所属预算单位共4个，即区体育中心、区青少年业余体校、区体育场馆管理所和区社会体育指导中心。'), 'four named (the last two joined by 和)')
check(D('5836.20') + D('412.50') == D('6248.70') and fits('93.40', pct('5836.20', '6248.70')) and fits('6.60', pct('412.50', '6248.70')) and D('2318.45') + D('3930.25') == D('6248.70'), 'totals')
t(d.S('2025年本部门收支预算总额均为6,248.70万元。收入预算中，财政拨款收入5,836.20万元，占93.40%；事业收入412.50万元，占6.60%。支出预算中，基本支出2,318.45万元，项目支出3,930.25万元。'), 'shares and parts right')
check(fits('6.50', pct('356.40', D('5836.20') - D('356.40'))), 'change')
t(d.S('财政拨款支出预算5,836.20万元，比2024年预算增加356.40万元，增幅6.50%。'), '356.40 / 5,479.80 = 6.50%')
check(D('16.20') + D('8.40') == D('24.60') and D('17.40') + D('9.40') == D('26.80'), '三公 table')
t(span(d, '2025年部门“三公”经费预算表', '9.40'), '三公 table one cell per line, both columns add up')
check(fits('8.21', pct('2.20', '26.80')) and D('1.20') + D('1.20') == D('2.40'), '三公 change')
f(d.S('2025年“三公”经费预算24.60万元，较2024年预算减少2.20万元，下降8.21%，其中公务用车购置及运行费较2024年预算减少1.20万元，公务接待费较2024年预算减少1.20万元。'), 'change-sum', 'must', 'the parts\' decreases 1.20 + 1.20 = 2.40, the total\'s 2.20 (the table gives 公务接待费 9.40 → 8.40, down 1.00)')
check(not fits('5.26', pct('4.86', D('92.36') - D('4.86'))) and fits('5.55', pct('4.86', D('92.36') - D('4.86'))), '机关运行')
f(d.S('2025年局机关机关运行经费预算为92.36万元，较2024年预算增加4.86万元，增长5.26%。'), 'change', 'must', '4.86 / 87.50 = 5.55%, stated 5.26%')
check(D('386.20') + D('215.00') + D('452.60') == D('1053.80'), '采购')
f(d.S('2025年本部门政府采购预算总额1,026.80万元，其中：货物类386.20万元，工程类215.00万元，服务类452.60万元。'), 'sum', 'must', '386.20 + 215.00 + 452.60 = 1,053.80 exceed 1,026.80')
f(d.S('2025年本部门共有9个项目实行绩效目标管理，涉及项目预算资金3,930.25万元，分别为全民健身赛事活动、体育场馆免费低收费开放、青少年体育培训、社会体育指导员培训、体育设施维护、智慧体育平台运维、体育彩票公益金项目、竞技体育后备人才培养。'), 'count', 'must', '9个项目 but eight are named after 分别为')

# g16: .docx transfers and debt with a Word table of limits and balances
d, f, t = doc('g16-dongpu-county-2024-transfers-and-debt.docx')
check(D('2.16') + D('41.37') + D('14.61') == D('58.14') and D('2.85') + D('0.57') == D('3.42'), 'transfers')
f(d.L('上级对我县税收返还和转移支付总额为58.64亿元'), 'sum', 'must', '税收返还和转移支付 = 返还性 + 一般性 + 专项: 2.16 + 41.37 + 14.61 = 58.14, stated 58.64')
f(d.L('上级对我县税收返还和转移支付总额为58.64亿元'), 'change-sum', 'must', 'the parts\' changes 0 + 2.85 + 0.57 = 3.42, the total\'s 3.12')
t(d.L('一般性转移支付中，均衡性转移支付'), 'three kinds of 一般性转移支付 named, 37.57 of 41.37: a partial list')
check(D('62.40') + D('86.30') == D('148.70') and D('60.85') + D('88.10') == D('148.95') and D('88.10') > D('86.30') and D('148.95') > D('148.70'), 'debt')
f(d.L('| 2024年末债务余额') + d.L('| 2024年债务限额') + d.L('截至2024年末，全县政府债务余额148.95亿元'), 'debt', 'must', '专项债务余额 88.10 above the 专项债务限额 86.30')
f(d.L('| 2024年末债务余额') + d.L('| 2024年债务限额') + d.L('截至2024年末，全县政府债务余额148.95亿元'), 'debt', 'must', '债务余额 148.95 above the 债务限额 148.70')
check(D('136.70') + D('21.60') - D('9.35') == D('148.95') and D('13.40') + D('8.20') == D('21.60'), 'identity')
t(d.L('2024年全县发行政府债券21.60亿元'), '136.70 + 21.60 - 9.35 = 148.95 (the opening balance named after the flows); 13.40 + 8.20 = 21.60; interest is not repaid principal')
t(d.L('我县将从以下两方面加强管理'), '两方面 with 一是, 二是')

out = {'about': 'Held-out set gen6: 12 invented disclosures (Shanghai/Jiangsu-style department budgets and final accounts with their tables, county and township reports, a monthly revenue report, debt and 三公 notes, a performance evaluation; PDF-like text with page furniture, Markdown tables, .docx). Format as ../../../shared/corpus/dev/expected.json; every finding and trap is re-derived in build_expected.py.', 'files': {}}
for name, rows in ROWS.items():
    lines = lines_of(name)
    fs, ts = [], []
    for ls, fam, lvl, why in rows:
        for l in ls: assert 1 <= l <= len(lines) and lines[l - 1].strip(), (name, l)
        (fs.append({'lines': ls, 'family': fam, 'level': lvl, 'why': why}) if fam else ts.append({'lines': ls, 'why': why}))
    fl = {l for f_ in fs for l in f_['lines']}
    kept = []
    for t_ in ts:
        # a physical line shared with a finding's statement cannot be a trap: keep the rest
        rest = [l for l in t_['lines'] if l not in fl]
        if rest:
            kept.append({'lines': rest, 'why': t_['why']})
    out['files'][name] = {'findings': fs, 'traps': kept}
json.dump(out, open(os.path.join(here, 'expected.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
print('ok', sum(1 for v in out['files'].values() for f_ in v['findings'] if f_['level'] == 'must'), 'must',
      sum(1 for v in out['files'].values() for f_ in v['findings'] if f_['level'] == 'may'), 'may',
      sum(len(v['traps']) for v in out['files'].values()), 'traps')
