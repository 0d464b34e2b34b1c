#!/usr/bin/env python3
"""heldout17 (gen17). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Performance self-evaluations (部门整体支出 / 项目支出 绩效自评报告, 财政重点绩效评价报告: 总分 = sum of
一级/二级指标得分, grade bands as each document defines them, 预算执行率 = 执行数 / 全年预算数, indicator tables
年度指标值 | 实际完成值 | 分值 | 得分, counts of 指标/项目 with enumerations) and government-debt disclosures
(限额 and 余额 by 一般/专项, 新增/再融资债券 by kind and by 期限, 还本 + 付息, 年末 = 年初 + 发行 − 还本, 债务率,
tables per 区县). Statements are located by a piece of their text (see ../heldout-kit/expected_kit.py); every
figure a finding or trap relies on is re-derived here with decimal arithmetic. Wrapped lines that hold both a
finding and a trap are left to the finding (write(trim_traps=True)). Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)


DEFAULT = DEFAULT_BANDS

# p01: county bureau 部门整体支出绩效自评 2024, Markdown, 万元
d, f, t = doc('p01-songxi-county-agriculture-bureau-2024-dept-self-evaluation.md')
t(d.L('本局内设机构6个'), '6个 with six names')
f(d.L('本局下属事业单位3个'), 'count', 'must', '3个，即 two names; 约85人 approximate')
check(sm('3860.00', '426.50') == D('4286.50') and pct_ok('96.1', '4118.70', '4286.50'), 'execution')
t(d.L('2024年度本局全年预算数为4,286.50万元'), '3,860.00 + 426.50 = 4,286.50; 4,118.70 / 4,286.50 = 96.1%')
check(sm('1326.40', '2792.30') == D('4118.70'), 'nature')
t(d.L('按支出性质分'), '1,326.40 + 2,792.30 = 4,118.70')
t(d.L('评价等级按得分划分'), 'the bands, thresholds not figures')
rows = [('投入', '15', '14.5', '96.7'), ('过程', '25', '22.0', '88.0'), ('产出', '35', '33.5', '95.7'), ('效益', '25', '21.5', '86.0')]
for name, v, s, r in rows:
    check(pct_ok(r, s, v), name)
check(sm(*[r[2] for r in rows]) == D('91.5') and sm(*[r[1] for r in rows]) == D('100'), 'scores')
t(sum((d.L('| %s | %s |' % r[:2]) for r in rows), []) + d.L('| 合计 | 100'), '得分 sum to 91.5, 分值 to 100, 得分率 = 得分 / 分值')
check(band('91.5', DEFAULT) == '优', 'grade')
t(d.L('自评总分91.5分'), '14.5 + 22.0 + 33.5 + 21.5 = 91.5, 优 in the document\'s bands')
check(off('33.5', '14.0', '9.5', '5.0', '4.0') and sm('14.0', '9.5', '5.0', '4.0') == D('32.5'), 'output')
f(d.L('产出指标得分33.5分，其中'), 'sum', 'must', '产出 33.5, but 14.0 + 9.5 + 5.0 + 4.0 = 32.5')
t(d.L('| 产出数量 | 高标准农田') + d.L('| 产出数量 | 农机') + d.L('| 产出质量 |') + d.L('| 产出时效 |') + d.L('| 效益 | 受益'),
  'indicator rows (年度指标值 | 实际完成值 | 分值 | 得分), 得分 ≤ 分值, no total stated')
check(8 + 3 + 1 == 12, 'projects')
t(d.L('本局对所属12个项目开展了绩效自评'), '12 = 8 + 3 + 1')
check(band('93.0', DEFAULT) == '优' and band('86.5', DEFAULT) == '良', 'two')
t(d.L('高标准农田建设项目自评得分93.0分'), '93.0 优, 86.5 良 right')
check(band('78.5', DEFAULT) == '中', 'epidemic')
f(d.L('动物防疫补助项目自评得分78.5分'), 'grade', 'must', '78.5 is 中 [60,80) in the document\'s bands, called 良')
f(d.L('## 六、下一步改进措施'), 'heading', 'must', '四、 then 六、 (五、 missing)')
t(d.L('一是加强预算编制的科学性'), 'no count stated')

# p02: county 项目支出绩效自评 2024, wrapped text with page footers and a running head, 万元
d, f, t = doc('p02-qianshan-county-2024-rural-water-project-self-evaluation.txt')
t(d.S('本项目由县水利局实施'), '约4.2万人 approximate; counts with no list')
check(sm('1200', '150') == D('1350') and sm('600', '350', '400') == D('1350'), 'funds')
t(d.S('项目年初预算1,200万元') + d.S('县级配套资金400万元'), '1,200 + 150 = 1,350 = 600 + 350 + 400')
check(pct_wrong('93.2', '1242.60', '1350') and pct('1242.60', '1350') == D('92.0'), 'rate')
f(d.S('预算执行率为93.2%'), 'change', 'must', '1,242.60 / 1,350 = 92.0%, stated 预算执行率93.2%')
check(sm('1108.40', '96.80', '37.40') == D('1242.60'), 'parts')
t(d.S('程建设支出1,108.40万元，设备购置支出96.80万元'), '1,108.40 + 96.80 + 37.40 = 1,242.60 (the line is shared with the finding)')
check(D('1350') - D('1242.60') == D('107.40'), 'unspent')
t(d.S('未支出的107.40万元'), '1,350 - 1,242.60 = 107.40')
check(5 + 4 + 1 == 10, 'indicators')
t(d.S('本项目共设置绩效指标10个') + d.S('60分以下为差。'), '10 = 5 + 4 + 1; the bands')
check(off('48', '10', '8', '10', '10', '6') and sm('10', '8', '10', '10', '6') == D('44'), 'output')
f(d.S('1.产出指标（分值50分，得分48分）'), 'sum', 'must', '产出指标得分48分, but 10 + 8 + 10 + 10 + 6 = 44 (beyond the half-point of each integer score)')
# Rates may be rounded or truncated (SPEC §4): 96.5% is [96.45, 96.6], 95.1% is [95.05, 95.2], so the points
# between them are [1.25, 1.55], which a rounded or truncated 1.6 ([1.55, 1.7]) still meets.
lo, hi = D('96.45') - D('95.2'), D('96.6') - D('95.05')
check(D('96.5') - D('95.1') == D('1.4') and lo <= D('1.55') <= hi, 'pp')
t(d.S('提高了1.6个百分点'), '96.5 - 95.1 = 1.4, stated 1.6: with rates rounded or truncated the points lie in [1.25, 1.55], which 1.6 '
  '(1.55 rounded up) meets. Corrected after round 1 from a must: it was annotated on the printed figures, not their intervals')
check(sm('8', '8', '7', '4') == D('27'), 'benefit')
t(d.S('2.效益指标（分值30分，得分27分）'), '8 + 8 + 7 + 4 = 27')
t(d.S('3.满意度指标（分值10分，得分9分）') + d.S('4.决策和过程指标'), '得分 within 分值; 92.6% a result')
check(sm('48', '27', '9', '9') == D('93') and band('93', DEFAULT) == '优', 'total')
t(d.S('综上，本项目自评总分为93分'), '48 + 27 + 9 + 9 = 93, 优')
f(d.S('项目实施中存在两个方面的问题'), 'count', 'must', '两个方面, then 一是 … 三是 (three)')
t(d.S('督促施工单位加快管网改造进度'), '剩余8公里 = 126 - 118')

# p03: county 政府债务 2024, Word, 万元
d, f, t = doc('p03-heming-county-2024-government-debt.docx')
check(sm('212800', '373500') == D('586300'), 'limit')
t(d.L('2024年全县政府债务限额为586,300万元'), '212,800 + 373,500 = 586,300')
check(sm('205460', '358460') == D('563920') and D('205460') < D('212800') and D('358460') < D('373500'), 'balance')
t(d.L('全县政府债务余额为563,920万元'), '205,460 + 358,460 = 563,920, each below its limit')
check(D('563920') > D('486300') and D('502520') < D('527900'), 'years')
t(d.L('2022年末为486,300万元'), 'limits of 2022 and 2023: the 2024 balance 563,920 is above the 2022 limit, another year; 年初 502,520 below the 2023年末 527,900')
check(off('93600', '68000', '24600') and sm('68000', '24600') == D('92600'), 'issued')
f(d.L('2024年全县共发行政府债券93,600万元'), 'sum', 'must', '93,600, but 68,000 + 24,600 = 92,600')
check(sm('12000', '56000') == D('68000'), 'new')
t(d.L('新增债券68,000万元中'), '12,000 + 56,000 = 68,000')
check(sm('21000', '18000', '17000') == D('56000'), 'terms')
t(d.L('按期限分，新增专项债券中'), '21,000 + 18,000 + 17,000 = 56,000')
check(off('24600', '6600', '9000', '10000') and sm('6600', '9000', '10000') == D('25600'), 'refinance terms')
f(d.L('再融资债券中，3年期') + d.L('2024年全县共发行政府债券93,600万元'), 'sum', 'must', '再融资债券 24,600, but 3年期 6,600 + 5年期 9,000 + 7年期 10,000 = 25,600 (more than the total). '
  'Lines widened after round 1: the total 24,600 the message points at is stated in the paragraph before the terms (SPEC §2: a sum\'s primary range is its total)')
check(sm('19600', '16800', '12400', '9200') == D('58000'), 'uses')
t(d.L('新增债券资金主要投向'), '58,000 < 68,000: 主要投向 a partial list')
check(sm('31200', '16840') == D('48040'), 'service')
t(d.L('2024年全县政府债务还本付息48,040万元'), '31,200 + 16,840 = 48,040')
check(sm('11200', '6160') == D('17360') and off('30680', '20000', '10780') and sm('20000', '10780') == D('30780'), 'by kind')
f(d.L('分类型看，一般债务还本付息17,360万元'), 'sum', 'must', '专项 还本付息 30,680, but 20,000 + 10,780 = 30,780 (一般 11,200 + 6,160 = 17,360 right)')
check(sm('502520', '68000', '24600', '-31200') == D('563920'), 'roll')
t(d.L('2024年初全县政府债务余额502,520万元'), '502,520 + 68,000 + 24,600 - 31,200 = 563,920')
check(sm('314860', '56000', '8600', '-20000') == D('359460'), 'special roll')
f(d.L('其中，专项债务年初余额314,860万元'), 'debt', 'must', '314,860 + 56,000 + 8,600 - 20,000 = 359,460, stated 年末专项债务余额 358,460')
check(pct_ok('92.1', '563920', '612400'), 'rate')
t(d.L('2024年全县政府综合财力为612,400万元'), '563,920 / 612,400 = 92.1%')

# p04: city 政府债务 2024 with tables per 区县 and by 期限, Markdown, 亿元
d, f, t = doc('p04-linjiang-city-2024-government-debt-by-district.md')
check(sm('456.20', '830.20') == D('1286.40') and sm('434.36', '764.36') == D('1198.72'), 'totals')
t(d.L('2024年末，全市政府债务限额1,286.40亿元'), '456.20 + 830.20 = 1,286.40; 434.36 + 764.36 = 1,198.72')
rows = [('市本级', '412.60', '148.30', '264.30', '386.50', '136.20', '250.30'), ('东城区', '238.40', '82.50', '155.90', '226.18', '78.46', '147.72'),
        ('西城区', '196.80', '68.40', '128.40', '184.36', '65.10', '119.26'), ('临江县', '226.30', '80.20', '146.10', '213.48', '76.30', '137.18'),
        ('青石县', '212.30', '76.80', '135.50', '188.20', '78.30', '109.90')]
for name, L, lg, ls, B, bg, bs in rows:
    check(sm(lg, ls) == D(L) and sm(bg, bs) == D(B) and D(B) <= D(L) and D(bs) <= D(ls), name)
for i, tot in zip(range(1, 7), ['1286.40', '456.20', '830.20', '1198.72', '434.36', '764.36']):
    check(sm(*[r[i] for r in rows]) == D(tot), 'column %d' % i)
check(D('78.30') > D('76.80') and all(D(r[5]) <= D(r[2]) for r in rows[:4]), 'general')
t(sum((d.L('| %s |' % r[0]) for r in rows[:4]), []) + d.L('| 合计 | 1,286.40'), 'rows: parts = totals, balances below limits; columns add up to 合计')
f(d.L('| 青石县 |'), 'debt', 'must', '青石县 一般债务余额 78.30 above its 一般债务限额 76.80 (its totals 188.20 ≤ 212.30 and 专项 fit)')
check(pct_ok('86.2', '1198.72', '1390.60'), 'ratio')
t(d.L('全市政府综合财力1,390.60亿元'), '1,198.72 / 1,390.60 = 86.2%')
check(sm('132.00', '54.50') == D('186.50') and sm('28.00', '104.00') == D('132.00'), 'issued')
t(d.L('2024年全市发行政府债券186.50亿元'), '132.00 + 54.50 = 186.50; 28.00 + 104.00 = 132.00')
terms = [('5年期', '10.00', '8.00', '22.50', '40.50'), ('7年期', '8.00', '12.00', '16.00', '36.00'), ('20年期', '0', '28.00', '4.00', '32.00'), ('30年期', '0', '22.00', '0', '22.00')]
for name, a, b, c, tot in terms:
    check(sm(a, b, c) == D(tot), name)
t(sum((d.L('| %s |' % r[0]) for r in terms), []), 'rows add up (— as nothing)')
check(off('58.00', '10.00', '34.00', '12.00') and sm('10.00', '34.00', '12.00') == D('56.00'), '10y')
f(d.L('| 10年期 |'), 'sum', 'must', '10年期 10.00 + 34.00 + 12.00 = 56.00, stated 合计 58.00')
check(sm('10.00', '8.00', '10.00') == D('28.00') and sm('8.00', '12.00', '34.00', '28.00', '22.00') == D('104.00') and sm('22.50', '16.00', '12.00', '4.00') == D('54.50')
      and off('186.50', '40.50', '36.00', '58.00', '32.00', '22.00'), 'term total')
f(d.L('| 合计 | 28.00'), 'sum', 'may', 'the 合计 column with 58.00 adds to 188.50 against 186.50: the same slip seen from the column')
check(sm('56.00', '32.00', '22.00') == D('110.00') and pct_ok('59.0', '110.00', '186.50') and pct_ok('21.2', '22.00', '104.00'), 'long')
check(pct_wrong('28.9', '28.00', '104.00') and pct('28.00', '104.00') == D('26.9'), '20y')
f(d.L('10年期及以上债券110.00亿元'), 'share', 'must', '28.00 / 104.00 = 26.9%, stated 28.9% (110.00 / 186.50 = 59.0% and 22.00 / 104.00 = 21.2% right)')
check(sm('76.20', '42.44') == D('118.64'), 'service')
t(d.L('2024年全市政府债务还本付息支出118.64亿元'), '76.20 + 42.44 = 118.64')
check(pct_wrong('9.5', '3.86', D('42.44') - D('3.86')) and pct('3.86', '38.58') == D('10.0') and pct('3.86', '42.44') == D('9.1'), 'interest')
f(d.L('付息支出42.44亿元，比上年增加3.86亿元'), 'change', 'must', '3.86 / (42.44 - 3.86 = 38.58) = 10.0%, stated 9.5%')
check(sm('1088.42', '186.50', '-76.20') == D('1198.72') and D('1198.72') - D('1088.42') == D('110.30') and pct_ok('10.1', '110.30', '1088.42'), 'roll')
t(d.L('全市政府债务余额由年初的1,088.42亿元'), '1,088.42 + 186.50 - 76.20 = 1,198.72; 110.30 / 1,088.42 = 10.1%')

# p05: county 财政重点绩效评价 2024, PDF from Word, 万元; the document's own bands (85 and above 优)
d, f, t = doc('p05-fengling-county-2024-school-improvement-key-evaluation.pdf')
check(sm('2800', '1600', '1200') == D('5600') and 4 + 7 + 3 == 14, 'funds')
t(d.L('该项目2024年预算安排资金5,600万元'), '2,800 + 1,600 + 1,200 = 5,600; 14 = 4 + 7 + 3')
check(pct_ok('93.0', '5208', '5600'), 'rate')
t(d.L('截至2024年12月31日，项目实际支出5,208万元'), '5,208 / 5,600 = 93.0%')
rows = [('校舍改造', '2400', '2286', '95.3'), ('运动场建设', '1300', '1212', '93.2'), ('教学设备购置', '1450', '1318', '90.9')]
for name, b, a, r in rows:
    check(pct_ok(r, a, b), name)
check(sm('2400', '1300', '1450', '450') == D('5600') and sm('2286', '1212', '1318', '392') == D('5208'), 'columns')
t(sum((d.L('| %s |' % r[0]) for r in rows), []) + d.L('| 合计 | 5,600'), 'rates fit (95.25 as 95.3); columns add up, 93.0%')
check(pct_wrong('81.7', '392', '450') and pct('392', '450') == D('87.1'), 'it')
f(d.L('| 信息化建设 |'), 'change', 'must', '392 / 450 = 87.1%, stated 执行率 81.7%')
EDGES5 = [('85', '优'), ('75', '良'), ('60', '中'), ('0', '差')]
check(band('86.5', EDGES5) == '优' and band('86.5', DEFAULT) == '良', 'own bands')
t(d.L('评价结果分为四个等级') + d.L('项目综合得分86.5分'), '86.5 is 优 under the document\'s own bands (85 and above), though 良 under the default ones')
check(sm('13.5', '17.0', '35.0', '21.0') == D('86.5') and sm('15', '20', '40', '25') == D('100'), 'scores')
t(d.L('| 决策 |') + d.L('| 过程 |') + d.L('| 产出 |') + d.L('| 效益 |') + d.L('| 合计 | 100'), '13.5 + 17.0 + 35.0 + 21.0 = 86.5')
f(d.L('产出指标得分为36.0分'), 'conflict', 'must', '产出指标得分 36.0 here, 35.0 in 表2')
f(d.L('评价发现项目存在三个方面的问题'), 'count', 'must', '三个方面, then （一）（二） (two)')

# p06: county 2025 debt limits and repayments, PDF from Word, 万元
d, f, t = doc('p06-wuchuan-county-2025-debt-limit-and-repayment.pdf')
check(sm('118240', '210220') == D('328460') and sm('121600', '215300') == D('336900') and D('118240') < D('121600') and D('210220') < D('215300'), '2024')
t(d.L('2024年末，全县政府债务余额328,460万元'), 'parts fit, 2024 balances below 2024 limits')
check(sm('5000', '27000') == D('32000') and sm('336900', '32000') == D('368900') and sm('126600', '242300') == D('368900')
      and sm('121600', '5000') == D('126600') and sm('215300', '27000') == D('242300'), '2025 limits')
t(d.L('省财政厅提前下达我县2025年新增政府债务限额'), '5,000 + 27,000 = 32,000; 336,900 + 32,000 = 368,900 = 126,600 + 242,300')
check(sm('328460', '32000', '18600', '-13840') == D('365220') and D('365220') > D('336900') and D('365220') < D('368900'), 'roll')
t(d.L('2025年预计发行新增债券32,000万元'), '328,460 + 32,000 + 18,600 - 13,840 = 365,220: above the 2024 limit 336,900 (another year), below the 2025 limit')
check(sm('121360', '243860') == D('365220') and D('243860') > D('242300') and D('121360') < D('126600'), 'special')
f(d.L('预计2025年末一般债务余额121,360万元'), 'debt', 'must', '2025年末专项债务余额 243,860 above the 2025 专项债务限额 242,300')
check(sm('9600', '8400', '9000') == D('27000') and pct_ok('35.6', '9600', '27000') and pct_ok('33.3', '9000', '27000')
      and pct_wrong('32.1', '8400', '27000') and pct('8400', '27000') == D('31.1'), 'shares')
f(d.L('新增专项债券27,000万元，其中棚户区改造'), 'share', 'must', '8,400 / 27,000 = 31.1%, stated 32.1% (35.6%, 33.3% right, parts make 27,000)')
f(d.L('2025年新增专项债券拟安排项目9个'), 'count', 'must', '9个，分别为 eight names')
check(sm('13840', '11080') == D('24920') and pct_ok('55.5', '13840', '24920') and pct_ok('44.5', '11080', '24920'), 'service')
t(d.L('2025年全县政府债务还本付息预算24,920万元'), '13,840 + 11,080 = 24,920; 55.5%, 44.5%')
check(sm('9680', '15240') == D('24920') and sm('5960', '7880') == D('13840') and sm('3720', '7360') == D('11080')
      and sm('5960', '3720') == D('9680') and sm('7880', '7360') == D('15240'), 'table')
t(d.L('| 还本付息合计 |') + d.L('| 其中：还本 |') + d.L('| 付息 | 11,080'), 'rows and columns add up (付息 a sibling of the 其中 还本)')
check(pct_wrong('11.8', '1260', D('11080') - D('1260')) and pct('1260', '9820') == D('12.8') and pct('1260', '11080') == D('11.4'), 'interest')
f(d.L('付息支出11,080万元，比2024年增加1,260万元'), 'change', 'must', '1,260 / (11,080 - 1,260 = 9,820) = 12.8%, stated 11.8%')

# p07: subdistrict 部门整体支出绩效自评 2024, Word with a table, 万元; bands 优/良/合格/不合格
d, f, t = doc('p07-liuxi-subdistrict-2024-dept-self-evaluation.docx')
f(d.L('现将本街道2023年度部门整体支出绩效自评情况报告如下'), 'year', 'must', 'title 2024, the body reports on 2023 for the same document')
t(d.L('本街道内设综合管理办公室'), '6个科室 with six names; 11个社区 no list')
check(sm('1286.40', '1559.90') == D('2846.30') and sm('1276.20', '1436.60') == D('2712.80') and pct_ok('95.3', '2712.80', '2846.30')
      and pct_ok('99.2', '1276.20', '1286.40') and pct_ok('92.1', '1436.60', '1559.90'), 'execution')
t(d.L('2024年度部门全年预算数2,846.30万元'), 'parts add up; 95.3%, 99.2%, 92.1% right')
check(pct_ok('47.0', '1276.20', '2712.80'), 'share')
t(d.L('基本支出占部门支出的47.0%'), '1,276.20 / 2,712.80 = 47.0%')
f(d.L('项目支出执行数比上年减少86.40万元'), 'direction', 'must', '减少86.40万元 with 同比增长5.7%')
t(d.L('本街道共设置部门整体绩效指标8个'), '8个 = the eight indicator rows')
scores = [('数量指标', '10', '10'), ('质量指标', '10', '10'), ('时效指标', '10', '9'), ('成本指标', '10', '10'), ('社会效益', '20', '19'),
          ('可持续影响', '10', '10'), ('服务对象满意度', '10', '9'), ('预算执行率', '20', '18')]
check(sm(*[s[1] for s in scores]) == D('100') and sm(*[s[2] for s in scores]) == D('95'), 'table')
t(d.L('| 产出指标 | 数量指标') + d.L('| 产出指标 | 质量指标') + d.L('| 产出指标 | 时效指标') + d.L('| 产出指标 | 成本指标') + d.L('| 效益指标 | 社会效益')
  + d.L('| 效益指标 | 可持续') + d.L('| 满意度指标 |') + d.L('| 预算执行 |') + d.L('| 合计 |'), '得分 sum to 95, 分值 to 100')
check(sm('10', '10', '9', '10') == D('39') and sm('19', '10') == D('29') and sm('39', '29', '9', '18') == D('95'), 'text')
t(d.L('本街道部门整体支出自评总分95分'), '39 + 29 + 9 + 18 = 95; 优 under the stated bands')
P7 = [('90', '优'), ('80', '良'), ('60', '合格'), ('0', '不合格')]
check(band('88.0', P7) == '良' and band('79.5', P7) == '合格', 'grades')
t(d.L('平安建设项目自评得分88.0分'), '88.0 良')
f(d.L('社区服务项目自评得分79.5分'), 'grade', 'must', '79.5 is 合格 [60,80) under the document\'s bands, called 良')
f(d.L('五、项目自评情况'), 'heading', 'must', '三、 then 五、 (四、 missing)')

# p08: city 项目支出绩效自评 2024, PDF with a merged-cell landscape table, 万元
d, f, t = doc('p08-anping-city-2024-medical-assistance-project-self-evaluation.pdf')
check(pct_ok('97.0', '3802', '3920') and D('0.970') * 10 == D('9.70'), 'execution')
t(d.L('| 年度资金总额 |') + d.L('| 其中：本年财政拨款 |') + d.L('| 其他资金 |'), '3,802 / 3,920 = 97.0%; 得分 9.7 = 10 × 97.0%')
check(pct_wrong('76.5', '2946', '3802') and pct('2946', '3802') == D('77.5') and pct_ok('22.5', '856', '3802') and sm('2946', '856') == D('3802'), 'split')
f(d.L('救助资金中，住院救助2,946万元'), 'share', 'must', '2,946 / 3,802 = 77.5%, stated 76.5% (856 / 3,802 = 22.5% right)')
check(sm('9.7', '15', '15', '9', '10', '14', '14', '9') == D('95.7') and sm('10', '15', '15', '10', '10', '15', '15', '10') == D('100'), 'table')
t(d.L('| 数量指标 |') + d.L('| 质量指标 |') + d.L('| 时效指标 |') + d.L('| 成本指标 |') + d.L('| 社会效益指标 |') + d.L('| 可持续影响指标 |')
  + d.L('| 满意度指标 |') + d.L('| 总分 |'), 'indicator rows; 9.7 + 86 = 95.7, 分值 with 执行率 100')
check(sm('15', '15', '9', '10') == D('49') and sm('14', '14') == D('28') and sm('9.7', '49', '28', '9') == D('95.7'), 'text')
t(d.L('本项目自评得分95.7分'), '9.7 + 49 + 28 + 9 = 95.7')
check(pct_wrong('7.6', '1286', D('19426') - D('1286')) and pct('1286', '18140') == D('7.1') and pct('1286', '19426') == D('6.6'), 'count change')
f(d.L('2024年救助19,426人次'), 'change', 'must', '1,286 / (19,426 - 1,286 = 18,140) = 7.1%, stated 7.6%')
f(d.L('偏差较大的指标有3项'), 'count', 'must', '3项：two names')

# p09: city 政府债务管理 2024, wrapped text with a page footer and a running head, 亿元
d, f, t = doc('p09-wangchuan-city-2024-debt-management.txt')
check(pct_ok('9.6', '78.40', D('892.60') - D('78.40')) and pct_ok('95.9', '856.34', '892.60') and sm('302.18', '554.16') == D('856.34'), 'limit')
t(d.S('2024年，省政府核定我市政府债务限额892.60亿元') + d.S('专项债务余额554.16亿元'), '78.40 / 814.20 = 9.6%; 856.34 / 892.60 = 95.9%; 302.18 + 554.16 = 856.34')
check(sm('318.62', '537.72') == D('856.34') and off('537.72', '146.38', '121.54', '98.26', '92.18', '81.36') and sm('146.38', '121.54', '98.26', '92.18', '81.36') == D('539.72'), 'districts')
f(d.S('各县（市、区）债务余额合计537.72亿元'), 'sum', 'must', '537.72, but 146.38 + 121.54 + 98.26 + 92.18 + 81.36 = 539.72 (318.62 + 537.72 = 856.34 right)')
f(d.S('有两个县债务率超过100%'), 'count', 'must', '两个县，分别为 three names')
check(sm('18.40', '86.20', '44.00') == D('148.60') and sm('22.60', '18.00', '46.80', '26.40', '34.80') == D('148.60') and pct_ok('82.4', '86.20', D('18.40') + D('86.20')), 'issued')
t(d.S('2024年全市发行地方政府债券148.60亿元') + d.S('项债券占新增债券的82.4%'), 'two splits of 148.60, by kind and by term; 86.20 / 104.60 = 82.4%')
t(d.S('新增债券平均发行利率2.46%'), 'a fall in points with no prior rate')
check(sm('24.60', '37.80') == D('62.40') and off('89.68', '62.40', '26.28') and sm('62.40', '26.28') == D('88.68'), 'service')
f(d.S('还本付息合计89.68亿元'), 'sum', 'must', '还本 62.40 + 付息 26.28 = 88.68, stated 还本付息合计 89.68 (24.60 + 37.80 = 62.40 right)')
check(sm('770.14', '148.60', '-62.40') == D('856.34') and sm('286.58', '18.40', '21.80', '-24.60') == D('302.18')
      and sm('483.56', '86.20', '22.20', '-37.80') == D('554.16') and sm('286.58', '483.56') == D('770.14') and sm('21.80', '22.20') == D('44.00'), 'roll')
t(d.S('全市政府债务余额由年初的770.14亿元') + d.S('0亿元，年末554.16亿元。'), '770.14 + 148.60 - 62.40 = 856.34; 一般 and 专项 roll forward too')
f(d.S('五、下一步工作'), 'heading', 'must', '三、 then 五、 (四、 missing)')
t(d.S('一是严格债务限额管理'), 'no count stated')

# p10: county 项目支出绩效自评结果 2024, Markdown, 万元
d, f, t = doc('p10-tonggang-county-2024-project-self-evaluation-results.md')
check(186 + 98 + 22 + 6 == 312, 'grades')
t(d.L('县财政局组织46个县级部门对312个项目开展绩效自评'), '186 + 98 + 22 + 6 = 312; the bands')
check(pct_wrong('8.9', '6820', D('86420') - D('6820')) and pct('6820', '79600') == D('8.6') and pct_ok('13.9', '38', 312 - 38), 'growth')
f(d.L('自评资金比上年增加6,820万元'), 'change', 'must', '6,820 / (86,420 - 6,820 = 79,600) = 8.6%, stated 8.9% (38 / 274 = 13.9% right)')
check(42 + 96 + 174 == 312 and sm('58640', '21380', '6400') == D('86420') and pct_ok('67.9', '58640', '86420'), 'size')
t(d.L('按资金规模分'), '42 + 96 + 174 = 312; 58,640 + 21,380 + 6,400 = 86,420; 67.9%')
check(pct_ok('59.6', '186', '312') and pct_ok('31.4', '98', '312') and pct_ok('9.0', '28', '312'), 'shares')
t(d.L('自评为优的项目占59.6%'), '186 / 312 = 59.6%, 98 / 312 = 31.4%, 28 / 312 = 9.0%')
rows = [('城区道路维修改造', '3200', '3136', '98.0', '93.5', '优'), ('中小学校舍维修', '2400', '2218', '92.4', '91.0', '优'),
        ('困难群众临时救助', '980', '968', '98.8', '95.0', '优')]
for name, b, a, r, s, g in rows:
    check(pct_ok(r, a, b) and band(s, DEFAULT) == g, name)
t(sum((d.L('| %s |' % r[0]) for r in rows), []), 'rates and grades fit')
check(pct_wrong('94.0', '1702', '1850') and pct('1702', '1850') == D('92.0') and band('88.0', DEFAULT) == '良', 'road')
f(d.L('| 农村公路养护 |'), 'change', 'must', '1,702 / 1,850 = 92.0%, stated 执行率 94.0% (88.0 良 right)')
check(pct_ok('78.0', '1248', '1600') and band('76.5', DEFAULT) == '中', 'clinic')
f(d.L('| 基层医疗机构设备购置 |'), 'grade', 'must', '76.5 is 中 [60,80), called 良 (78.0% right)')
check(sm('3200', '1850', '2400', '1600', '980') == D('10030') and sm('3136', '1702', '2218', '1248', '968') == D('9272') and pct_ok('92.4', '9272', '10030'), 'total')
t(d.L('| 合计 | 10,030'), 'columns add up; 9,272 / 10,030 = 92.4%')
f(d.L('城区道路维修改造项目执行数3,163万元'), 'conflict', 'must', '执行数 3,163 here, 3,136 in 表1')
f(d.L('自评为差的项目6个'), 'count', 'must', '6个，分别为 five names')
t(d.L('问题主要有三个方面'), '三个方面 with 一是…三是')
t(d.L('对自评为差的项目'), 'no figures')

write('heldout17 (gen17): ten invented performance self-evaluations (部门整体/项目支出绩效自评, 重点绩效评价) and '
      'government-debt disclosures (限额/余额, 发行 by kind and term, 还本付息, 年末余额, per 区县), written blind', trim_traps=True)
