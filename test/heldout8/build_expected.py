#!/usr/bin/env python3
"""heldout8 (gen8). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Whole-budget reports (预算执行情况和预算草案的报告, 决算草案的报告, a township budget, 国有资本经营
and 社会保险基金 budgets) and monthly/quarterly revenue reports, in wordings the earlier rounds did not
use. Statements are located by a piece of their text (see ../heldout-kit/expected_kit.py): S(piece)
is every physical line the piece spans (wrapped lines joined; the traditional file is searched in its
own characters; a .docx in src/NAME.docx.text.txt), L(piece) the one line holding it. Every figure a
finding or trap relies on is re-derived with decimal arithmetic (check()). Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D, ROUND_HALF_UP

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import check, kit  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)


def r(x, places=1):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(a, b, places=1):
    """a / b as a percentage, rounded half up (SPEC: a stated rate may also be truncated)."""
    return r(D(a) / D(b) * 100, places)


def rate(cur, prior, places=1):
    return r((D(cur) - D(prior)) / D(prior) * 100, places)


def sumd(*xs):
    return sum((D(x) for x in xs), D(0))


# ---- Round 1 (written blind, before reading the reading/relations code) ----

# b01: PDF-like county budget report (wrapped at 74 units, page numbers and running heads)
d, f, t = doc('b01-yunxiu-county-2025-budget-report.txt')
t(d.S('受县人民政府委托，现将云岫县2024年预算执行情况和2025年预算草案提请大会审议'), 'the report on 2024 execution and the 2025 draft: both years belong to it')
check(pct('186420', '184200') == D('101.2') and sumd('121530', '64890') == D('186420'), 'revenue')
t(d.S('全县一般公共预算收入完成186,420万元，为调整预算184,200万元的101.2%，同口径增长4.6%，自然口径增长2.1%。其中：税收收入121,530万元，增长3.8%，增幅比上年回落1.8个百分点；非税收入64,890万元，下降1.2%。'),
  '186420 / 184200 = 101.2%; 同口径 and 自然口径 are two rates of one total; 回落1.8个百分点 is a change of a rate; 121530 + 64890 = 186420')
check(pct('121530', '186420') == D('65.2'), 'tax share')
f(d.S('税收收入占一般公共预算收入的比重为66.2%'), 'share', 'must', '税收 121,530 / 186,420 = 65.19%, stated 66.2%')
check(sumd('8420', '275310', '44920') == D('328650') and sumd('28000', '34000') == D('62000')
      and sumd('186420', '328650', '62000', '25300', '9180') == D('611550'), 'receipts')
t(d.S('上级补助收入328,650万元，其中返还性收入8,420万元、一般性转移支付收入275,310万元、专项转移支付收入44,920万元。债务转贷收入62,000万元，其中新增一般债券28,000万元、再融资一般债券34,000万元。从政府性基金预算和国有资本经营预算调入资金25,300万元，上年结转9,180万元。以上收入总计611,550万元。'),
  '328650 = 8420 + 275310 + 44920 (a number broken over lines); 62000 = 28000 + 34000; 以上收入总计 611550 = 186420 + 328650 + 62000 + 25300 + 9180 (total after its parts, across sentences)')
check(pct('548760', '563400') == D('97.4') and rate('548760', D('548760') - D('16540')) == D('3.1')
      and sumd('548760', '12480', '34000') == D('595240') and D('611550') - D('595240') == D('16310'), 'spending')
t(d.S('全县一般公共预算支出完成548,760万元，为调整预算563,400万元的97.4%，比上年增加16,540万元，增长3.1%。加上上解支出12,480万元、债务还本支出34,000万元，支出总计595,240万元。收支相抵，结转下年16,310万元。'),
  '548760 / 563400 = 97.4%; 16540 / 532220 = 3.1%; 595240 = 548760 + 12480 + 34000; 611550 - 595240 = 16310 (the 收入总计 of the paragraph before a page footer)')
check(pct('412300', '548760') == D('75.1'), 'livelihood')
t(d.S('民生支出412,300万元，占一般公共预算支出的75.1%。其中：教育支出98,640万元，增长5.2%；社会保障和就业支出86,310万元，增长7.9%；卫生健康支出52,470万元，下降3.6%。'),
  '412300 / 548760 = 75.1%; a partial 其中 list well under its total')
check(rate('63280', D('63280') - D('4860')) == D('8.3'), 'agri')
f(d.S('农林水支出63,280万元，增支4,860万元，增长9.3%'), 'change', 'must', '增支4,860 on 58,420 is 8.32%, stated 9.3%')
check(pct('87260', '95000') == D('91.9'), 'fund')
f(d.S('全县政府性基金预算收入87,260万元，完成调整预算95,000万元的93.8%'), 'change', 'must', '87,260 / 95,000 = 91.85%, stated 完成调整预算的93.8%')
check(sumd('87260', '3150', '46000', '2380') == D('138790') and sumd('121640', '9800', '4000') == D('135440')
      and D('138790') - D('135440') == D('3350'), 'fund balance')
t(d.S('加上上级补助收入3,150万元、专项债务转贷收入46,000万元、上年结转2,380万元，收入总计138,790万元。政府性基金预算支出121,640万元，调出资金9,800万元，专项债务还本支出4,000万元，支出总计135,440万元，结转下年3,350万元。'),
  '138790 = 87260 + 3150 + 46000 + 2380; 135440 = 121640 + 9800 + 4000; 138790 - 135440 = 3350')
f(d.L('（四）国有资本经营预算') + d.L('（二）政府性基金预算'), 'heading', 'must', '（四） after （二） (should be （三）)')
check(pct('980', '3260') == D('30.1') and sumd('2280', '980') == D('3260'), 'capital')
t(d.S('全县国有资本经营预算收入3,260万元，增长8.7%。国有资本经营预算支出2,280万元，调出资金980万元用于统筹安排一般公共预算，调出比例为30.1%。'),
  '980 / 3260 = 30.06%; 2280 + 980 = 3260')
t(d.L('（五）社会保险基金预算'), '（五） after （四）: the error is the （四）')
check(D('152300') - D('141850') == D('10450') and sumd('96720', '10450') == D('107170'), 'social insurance')
f(d.S('全县社会保险基金收入152,300万元，支出141,850万元，当年收支结余10,450万元，加上年初滚存结余96,720万元，年末滚存结余108,170万元。'),
  'sum', 'must', '年初滚存结余 96,720 + 当年收支结余 10,450 = 107,170, stated 年末滚存结余 108,170 (152,300 - 141,850 = 10,450 is right)')
check(rate('195700', '186420') == D('5.0') and sumd('195700', '301200', '30000', '18600', '16310') == D('561810'), 'draft revenue')
t(d.S('2025年全县一般公共预算收入预期195,700万元，增长5.0%。加上上级补助收入301,200万元、债务转贷收入30,000万元、调入资金18,600万元、上年结转16,310万元，收入总计561,810万元。'),
  '195700 / 186420 = +5.0%; 561810 = 195700 + 301200 + 30000 + 18600 + 16310 (the 上年结转 is 2024\'s 结转下年)')
check(D('548760') - D('519330') == D('29430') and pct('29430', '548760') == D('5.4') and sumd('519330', '12480', '30000') == D('561810'), 'draft spending')
t(d.S('一般公共预算支出安排519,330万元，比上年执行数减少29,430万元，下降5.4%；上解支出12,480万元，债务还本支出30,000万元，支出总计561,810万元，收支平衡。'),
  '548760 - 519330 = 29430, 5.4%; 561810 = 519330 + 12480 + 30000')
check(pct('5200', '519330') == D('1.0'), 'reserve')
f(d.S('按规定设置预备费5,200万元，占一般公共预算支出的1.2%'), 'share', 'must', '预备费 5,200 / 519,330 = 1.00%, stated 1.2%')

# b02: Markdown city final-accounts report with a 预算收支平衡表
d, f, t = doc('b02-fengxi-city-2024-final-accounts-report.md')
check(pct('401560', '398000') == D('100.9'), 'tax')
t(d.L('| 税收收入 | 412,000'), '401560 / 398000 = 100.9%')
check(pct('149870', '152000') == D('98.6'), 'nontax')
f(d.L('| 非税收入 | 138,000'), 'change', 'must', '非税收入 决算 149,870 / 调整预算 152,000 = 98.60%, the 完成调整预算% cell says 96.8')
check(sumd('412000', '138000') == D('550000') and sumd('398000', '152000') == D('550000') and sumd('401560', '149870') == D('551430')
      and pct('551430', '550000') == D('100.3'), 'general')
t(d.L('| 一般公共预算收入合计'), 'each column 税收 + 非税; 551430 / 550000 = 100.3%')
t(d.L('| 上级补助收入 | 286,000') + d.L('| 债务转贷收入 | 45,000') + d.L('| 调入资金 | 20,000') + d.L('| 上年结转 | 12,640'), 'rows fully executed (100.0)')
check(sumd('550000', '286000', '45000', '20000', '12640') == D('913640') and sumd('550000', '301500', '78000', '26800', '12640') == D('968940')
      and sumd('551430', '301500', '78000', '26800', '12640') == D('970370') and pct('970370', '968940') == D('100.1'), 'receipts')
t(d.L('| 收入总计'), '收入总计 = 一般公共预算收入合计 + the four rows below it (not + 税收 + 非税 too)')
check(pct('836450', '894300') == D('93.5') and sumd('855440', '18200', '40000') == D('913640') and sumd('894300', '19640', '55000') == D('968940')
      and sumd('836450', '19640', '55000', '14300') == D('925390') and pct('925390', '968940') == D('95.5'), 'outlays')
t(d.L('| 一般公共预算支出 | 855,440') + d.L('| 上解支出') + d.L('| 债务还本支出') + d.L('| 补充预算稳定调节基金') + d.L('| 支出总计'),
  'each column adds; 836450 / 894300 = 93.5%; 925390 / 968940 = 95.5%')
check(D('970370') - D('925390') == D('44980'), 'carry')
t(d.L('| 结转下年'), '970370 - 925390 = 44980 (below 支出总计, not one of its parts)')
check(pct('401560', '551430') == D('72.8'), 'share')
t(d.L('市级一般公共预算收入决算数为551,430万元'), '100.3% and 0.8% as in the table; 401560 / 551430 = 72.8%; -4.3% as in the table')
check(D('301500') - D('286000') == D('15500') and D('78000') - D('45000') == D('33000'), 'against the year-start budget')
t(d.L('上级补助收入301,500万元，比年初预算增加15,500万元'), '301500 - 286000 = 15500; 78000 - 45000 = 33000')
check(D('894300') - D('855440') == D('38860'), 'adjustment')
f(d.L('一般公共预算支出调整预算比年初预算增加48,860万元'), 'change', 'must', '调整预算 894,300 - 年初预算 855,440 = 38,860 (表1), stated 48,860; 836,450 / 894,300 = 93.5% in the same paragraph is right')
f(d.L('全年收入总计970,370万元，支出总计925,390万元'), 'sum', 'must', '收入总计 970,370 - 支出总计 925,390 = 44,980 (as 表1), stated 结转下年45,980')
f(d.L('## 三、政府性基金预算决算情况') + d.L('## 一、一般公共预算决算情况'), 'heading', 'must', '三、 after 一、 (should be 二、)')
check(pct('126300', '120700') == D('104.6'), 'fund')
t(d.L('市级政府性基金预算收入决算数为126,300万元'), '126300 / 120700 = 104.6%; 收窄6.2个百分点 is a change of a rate')
t(d.L('## 四、国有资本经营预算决算情况') + d.L('## 五、社会保险基金预算决算情况'), 'four and five after three')
check(sumd('4920', '1360', '560') == D('6840') and pct('2060', '6840') == D('30.1'), 'capital')
t(d.L('市级国有资本经营预算收入6,840万元'), '6840 = 4920 + 1360 + 560; 2060 / 6840 = 30.1%')
check(D('218640') - D('205910') == D('12730'), 'insurance')
t(d.L('全市社会保险基金收入218,640万元'), '218640 - 205910 = 12730; the 年末滚存结余 has no stated opening balance')

# b03: clean-text township budget report
d, f, t = doc('b03-shiwan-town-2025-budget-report.txt')
check(pct('4862', '4600') == D('105.7'), 'revenue')
t(d.L('全镇一般公共预算收入完成4,862万元'), '4862 / 4600 = 105.7%; 6.3% names no prior figure')
check(sumd('1526', '642', '215', '287', '748') == D('3418') and sumd('3418', '1444') == D('4862') and pct('3418', '4862') == D('70.3'), 'tax')
check(rate('1444', D('1444') + D('86')) == D('-5.6'), 'nontax')
f(d.L('其中：税收收入3,418万元（增值税'), 'change', 'must', '非税收入 1,444 减收86: 86 / 1,530 = 5.62%, stated 下降6.0% (in the same sentence 3418 = 1526 + 642 + 215 + 287 + 748 and 3418 / 4862 = 70.3% are right)')
check(sumd('612', '3980', '1275') == D('5867') and sumd('4862', '5867', '386') == D('11115'), 'receipts')
t(d.L('上级补助收入5,867万元'), '5867 = 612 + 3980 + 1275; 11115 = 4862 + 5867 + 386')
check(sumd('2310', '3860', '1920', '1480', '1070') == D('10640') and D('11115') - D('10640') == D('475'), 'spending')
t(d.L('全镇一般公共预算支出10,640万元'), '10640 = 2310 + 3860 + 1920 + 1480 + 1070; 11115 - 10640 = 475')
f(d.L('全镇共有镇属事业单位四个'), 'count', 'must', '四个，即 three names')
check(rate('5080', '4862') == D('4.5'), 'draft')
t(d.L('2025年全镇一般公共预算收入安排5,080万元'), '5080 / 4862 = +4.5%; 5520 is an estimate with nothing to compare')
f(d.L('（三）支出预算') + d.L('（一）收入预算'), 'heading', 'must', '（三） after （一） under 二、')
check(D('11020') - D('10640') == D('380') and pct('380', '10640') == D('3.6'), 'draft spending')
f(d.L('镇级一般公共预算支出安排11,020万元'), 'change', 'must', '11,020 - 10,640 = 380 (right), 380 / 10,640 = 3.57%, stated 增长3.9%')
check(pct('6240', '11020') == D('56.6'), 'three guarantees')
f(d.L('“三保”支出安排6,240万元'), 'share', 'must', '6,240 / 11,020 = 56.62%, stated 58.6% (“三保” is not the count 三)')
check(r(D('11020') * D('0.01'), 0) == D('110'), 'reserve')
t(d.L('预备费按支出的1%安排110万元'), '1% of 11020 = 110.2')
t(d.L('一是加强收入征管'), '一是…三是 with no stated count')
t(d.L('（2025年1月6日在石湾镇'), 'the session date; 十八届 is not a count')

# b04: Markdown monthly revenue report (1-6月)
d, f, t = doc('b04-chengjiang-district-2025-06-revenue.md')
check(pct('28.46', '52.00') == D('54.7') and D('54.7') - D('50.0') == D('4.7'), 'revenue')
t(d.L('1-6月，全区一般公共预算收入累计完成28.46亿元'), '28.46 / 52.00 = 54.7%, 序时进度 50%: 4.7个百分点; 回落1.9个百分点 is a change of a rate')
check(sumd('19.82', '8.64') == D('28.46') and pct('19.82', '28.46') == D('69.6') and rate('8.64', D('8.64') - D('0.97')) == D('12.6'), 'parts')
t(d.L('其中：税收收入19.82亿元'), '19.82 + 8.64 = 28.46; 19.82 / 28.46 = 69.6%; 0.97 / 7.67 = 12.6%')
t(d.L('6月当月完成收入4.92亿元'), '环比 and 同比 rates with no base figures')
check(rate('8.36', '7.92') == D('5.6') and rate('3.15', '3.38') == D('-6.8') and rate('1.06', '0.97') == D('9.3') and rate('1.42', '1.71') == D('-17.0'), 'taxes')
t(d.L('| 增值税 |') + d.L('| 企业所得税 |') + d.L('| 个人所得税 |') + d.L('| 契税 |'), 'rows whose 增减额 and 增幅 fit; no 合计 row (not all taxes)')
check(rate('2.08', '1.86') == D('11.8'), 'land value')
f(d.L('| 土地增值税 |'), 'change', 'must', '0.22 / 1.86 = 11.83%, the 增幅 cell says 13.8 (two-decimal 亿元 allow 11.5%-12.1%)')
t(d.L('全区14个街镇中收入增长的有9个'), '9 + 5 = 14')
check(pct('41.37', '86.20') == D('48.0') and rate('41.37', D('41.37') + D('1.26')) == D('-3.0'), 'spending')
f(d.L('1-6月，全区一般公共预算支出累计完成41.37亿元'), 'change', 'must', '41.37 / 86.20 = 47.99%, stated 完成年度预算的49.0% (减支1.26, 3.0% is right)')
check(D('0.46') > 0, 'education')
f(d.L('其中，教育支出7.82亿元'), 'direction', 'must', '同比增支0.46亿元 and 下降6.2% in one change claim')
check(rate('6.18', D('6.18') + D('2.04')) == D('-24.8') and D('50.0') - D('38.6') == D('11.4') and pct('5.12', '6.18') == D('82.8'), 'fund')
f(d.L('全区政府性基金预算收入累计完成6.18亿元'), 'share', 'must', '土地出让 5.12 / 6.18 = 82.85%, stated 占基金收入的85.2% (2.04 / 8.22 = 24.8% and 低于序时进度11.4个百分点 are right)')
check(rate('12.36', D('12.36') - D('2.84')) == D('29.8'), 'treasury')
t(d.L('截至6月末，全区国库库款余额12.36亿元'), '2.84 / 9.52 = 29.8%; 1.1 is a ratio in months, not a percentage')

# b05: .docx county final-accounts report
d, f, t = doc('b05-qingya-county-2024-final-accounts-report.docx')
check(pct('96840', '98120') == D('98.7'), 'revenue')
t(d.L('全县一般公共预算收入决算数为96,840万元'), '96840 / 98120 = 98.7%; 3.4% as the 合计 row')
check(rate('61250', '58930') == D('3.9') and D('61250') - D('58930') == D('2320') and rate('24810', '23660') == D('4.9') and rate('8430', '8960') == D('-5.9'), 'rows')
t(d.L('| 税收收入 |') + d.L('| 其中：增值税 |') + d.L('| 企业所得税 |'), 'rows that fit; 增值税 and 企业所得税 are 其中 rows of 税收收入, not parts of 合计 beside it')
check(D('35590') - D('34730') == D('860') and rate('35590', '34730') == D('2.5'), 'nontax')
f(d.L('| 非税收入 |'), 'change', 'must', '860 / 34,730 = 2.48%, the 增长% cell says 2.8')
check(sumd('61250', '35590') == D('96840') and sumd('58930', '34730') == D('93660') and sumd('2320', '860') == D('3180') and rate('96840', '93660') == D('3.4'), 'total')
t(d.L('| 合计 |'), '合计 = 税收 + 非税 in every column; 3180 / 93660 = 3.4%')
check(pct('215630', '276410') == D('78.0'), 'livelihood')
f(d.L('一般公共预算支出中，民生支出215,630万元'), 'share', 'must', '215,630 / 276,410 = 78.01%, stated 占比80.2%')
t(d.L('全县政府性基金预算收入决算数为42,760万元'), '收窄9.4个百分点 is a change of a rate; 36500 is part of 58910')
f(d.L('四、社会保险基金预算决算情况') + d.L('二、政府性基金预算决算情况'), 'heading', 'must', '四、 after 二、 (should be 三、)')
check(D('58320') - D('54760') == D('3560'), 'insurance')
f(d.L('全县社会保险基金收入58,320万元'), 'sum', 'must', '收入 58,320 - 支出 54,760 = 3,560, stated 当年收支结余3,650')
check(sumd('41.30', '57.32') == D('98.62') and D('98.62') <= D('104.50'), 'debt')
t(d.L('2024年末全县政府债务余额98.62亿元'), '41.30 + 57.32 = 98.62, under 104.50')
check(rate('826.4', D('826.4') + D('93.6')) == D('-10.2') and sumd('148.2', '678.2', '0') == D('826.4'), 'sangong')
t(d.L('2024年县本级“三公”经费决算数为826.4万元'), '93.6 / 920.0 = 10.2%; 826.4 = 148.2 + 678.2 + 0')

# b06: 1-9月 revenue report in traditional characters, ASCII punctuation
d, f, t = doc('b06-tongchuan-county-2025-09-revenue.txt')
check(pct('15.38', '19.50') == D('78.9') and D('78.9') - D('75.0') == D('3.9') and sumd('10.26', '5.12') == D('15.38'), 'revenue')
t(d.L('1-9月,全縣一般公共預算收入完成15.38億元'), '15.38 / 19.50 = 78.9%, 序时进度 75%: 3.9个百分点; 10.26 + 5.12 = 15.38')
check(pct('10.26', '15.38') == D('66.7'), 'tax share')
f(d.L('稅收收入佔一般公共預算收入的比重為68.7%'), 'share', 'must', '10.26 / 15.38 = 66.71%, stated 68.7% (下降0.8个百分点 is a change of a rate)')
t(d.L('第三季度完成收入4.86億元'), '环比 and 同比 rates with no base figures')
f(d.L('三、一般公共預算支出情況') + d.L('一、一般公共預算收入情況'), 'heading', 'must', '三、 after 一、 (should be 二、)')
check(rate('32.74', D('32.74') - D('2.18')) == D('7.1') and pct('26.41', '32.74') == D('80.7'), 'spending')
f(d.L('1-9月,全縣一般公共預算支出完成32.74億元'), 'change', 'must', '增支2.18 on 30.56 is 7.13%, stated 增长7.9% (26.41 / 32.74 = 80.7% is right)')
f(d.L('1-9月,全縣政府性基金收入3.62億元'), 'direction', 'must', '同比减收1.08亿元 with 增长23.0% in one change claim')
t(d.L('四、政府性基金預算收支情況') + d.L('五、下階段工作'), '四、 and 五、 after 三、')
t(d.L('一是緊盯重點稅源'), '一是…三是 with no stated count; "三保" is not a count')

# b07: Markdown 国有资本经营预算 and 社会保险基金预算 (city, 2025 draft)
d, f, t = doc('b07-luzhou-city-2025-state-capital-and-social-insurance-budget.md')
check(sumd('2860', '940', '350') == D('4150'), 'capital revenue')
t(d.L('2025年市级国有资本经营预算收入4,150万元'), '4150 = 2860 + 940 + 350')
check(pct('1260', '4150') == D('30.4'), 'transfer')
f(d.L('调出资金1,260万元，占国有资本经营预算收入的32.0%'), 'share', 'must', '1,260 / 4,150 = 30.36%, stated 32.0% (不低于30% is a threshold)')
check(sumd('1120', '1580', '290') == D('2990') and D('4150') - D('1260') == D('2890'), 'capital spending')
f(d.L('国有资本经营预算支出2,890万元，其中'), 'sum', 'must', '1,120 + 1,580 + 290 = 2,990, stated 支出2,890 (4,150 - 1,260 = 2,890 agrees with the total, so the parts are wrong)')
f(d.L('## 三、社会保险基金预算') + d.L('## 一、国有资本经营预算'), 'heading', 'must', '三、 after 一、 (should be 二、)')
t(d.L('2025年全市社会保险基金预算收入199,480万元'), '199480 - 188830 = 10650; the 合计 row agrees')
check(D('86420') - D('82150') == D('4270') and D('21360') - D('18940') == D('2420') and D('48730') - D('44260') == D('4470') and D('39850') - D('40620') == D('-770'), 'rows')
t(d.L('| 企业职工基本养老保险 |') + d.L('| 城乡居民基本养老保险 |') + d.L('| 职工基本医疗保险 |') + d.L('| 城乡居民基本医疗保险 |'),
  'each row 收入 - 支出 = 当年收支结余 (a negative 结余 for 城乡居民医保)')
check(D('3120') - D('2860') == D('260'), 'unemployment')
f(d.L('| 失业保险 |'), 'sum', 'must', '失业保险 收入 3,120 - 支出 2,860 = 260, the 当年收支结余 cell says 360')
check(sumd('86420', '21360', '48730', '39850', '3120') == D('199480') and sumd('82150', '18940', '44260', '40620', '2860') == D('188830')
      and sumd('4270', '2420', '4470', '-770', '360') == D('10750') and sumd('63840', '35610', '52180', '18450', '9730') == D('179810'), 'total')
f(d.L('| 合计 |'), 'sum', 'may', '合计 10,650 against the column 10,750 with the wrong 失业 cell (10,650 = 199,480 - 188,830 is right): a checker may flag the 合计 cell')
check(sumd('59570', '4270') == D('63840'), 'pension')
t(d.L('企业职工基本养老保险基金年初滚存结余59,570万元'), '59570 + 4270 = 63840')
check(sumd('46710', '4470') == D('51180'), 'medical')
f(d.L('职工基本医疗保险基金年初滚存结余46,710万元'), 'sum', 'must', '年初 46,710 + 当年结余 4,470 = 51,180, stated 年末滚存结余52,180 (the table repeats 52,180)')
check(D('19220') - D('770') == D('18450'), 'resident medical')
t(d.L('城乡居民基本医疗保险基金当年收支缺口770万元'), '19220 - 770 = 18450 (由…减少到 names both balances)')
t(d.L('全市社会保险基金年末滚存结余可支付月数为11.4个月'), 'months, not money; 0.3 names no prior figure')

# b08: clean-text county final-accounts report
d, f, t = doc('b08-bailing-county-2024-final-accounts-report.txt')
check(pct('72480', '70000') == D('103.5') and pct('72480', '73500') == D('98.6'), 'revenue')
t(d.L('全县一般公共预算收入决算数为72,480万元'), '72480 / 70000 = 103.5% of 年初预算 and / 73500 = 98.6% of 调整预算; two 个百分点 comparisons of a rate')
t(d.L('全县十一个乡镇中'), '八个 + 三个 = 十一个')
check(sumd('72480', '191320', '29600', '16410', '3200', '5550') == D('318560'), 'receipts')
t(d.L('收入总计为318,560万元'), '318560 = 72480 + 191320 + 29600 + 16410 + 3200 + 5550')
check(sumd('6480', '152730', '33110') == D('192320'), 'transfers')
f(d.L('上级补助收入191,320万元中'), 'sum', 'must', '返还性 6,480 + 一般性 152,730 + 专项 33,110 = 192,320, stated 上级补助收入191,320')
check(sumd('18200', '12400') == D('30600'), 'bonds')
f(d.L('债务转贷收入29,600万元，其中'), 'sum', 'must', '新增 18,200 + 再融资 12,400 = 30,600, stated 29,600')
check(sumd('283170', '4860', '17600', '6310') == D('311940') and D('318560') - D('311940') == D('6620'), 'outlays')
t(d.L('支出总计为311,940万元') + d.L('收支相抵，年终结余6,620万元'), '311940 = 283170 + 4860 + 17600 + 6310; 318560 - 311940 = 6620')
check(pct('283170', '298640') == D('94.8') and rate('283170', D('283170') + D('8930')) == D('-3.1'), 'spending')
f(d.L('一般公共预算支出283,170万元，为调整预算的94.2%'), 'change', 'must', '283,170 / 298,640 (named after the rate) = 94.82%, stated 94.2% (减少8,930, 3.1% is right)')
check(sumd('24380', '960', '31500', '1840') == D('58680') and D('58680') - D('52410') - D('3900') == D('2370'), 'fund')
t(d.L('全县政府性基金预算收入决算数为24,380万元'), '58680 = 24380 + 960 + 31500 + 1840; 58680 - 52410 - 3900 = 2370; 87.1% with no budget printed')
check(sumd('1240', '620') == D('1860') and pct('620', '1860') == D('33.3'), 'capital')
t(d.L('全县国有资本经营预算收入1,860万元'), '1240 + 620 = 1860; 620 / 1860 = 33.3%')

# b09: .docx township budget with a revenue table
d, f, t = doc('b09-luoping-town-2025-budget.docx')
check(pct('2948', '2830') == D('104.2') and sumd('2948', '5134', '120') == D('8202') and D('8202') - D('8016') == D('186'), 'execution')
t(d.L('2024年全镇一般公共预算收入执行2,948万元'), '2948 / 2830 = 104.2%; 8202 = 2948 + 5134 + 120; 8202 - 8016 = 186')
check(rate('2280', '2206') == D('3.4') and rate('700', '742') == D('-5.7') and rate('2980', '2948') == D('1.1') and rate('8026', '8202') == D('-2.1'), 'rows')
check(sumd('2150', '680') == D('2830') and sumd('2206', '742') == D('2948') and sumd('2280', '700') == D('2980')
      and sumd('2830', '4620', '120') == D('7570') and sumd('2948', '5134', '120') == D('8202') and sumd('2980', '4860', '186') == D('8026'), 'columns')
t(d.L('| 税收收入 |') + d.L('| 非税收入 |') + d.L('| 一般公共预算收入 |') + d.L('| 上年结转 |') + d.L('| 收入合计 |'),
  'rows that fit; 收入合计 = 一般公共预算收入 + 上级补助 + 上年结转 (not + 税收 + 非税 too)')
check(rate('4860', '5134') == D('-5.3'), 'transfers')
f(d.L('| 上级补助收入 |'), 'change', 'must', '4,860 / 5,134 - 1 = -5.34%, the 增长% cell says -6.3')
check(sumd('3410', '4516', '100') == D('8026') and pct('3410', '8026') == D('42.5') and pct('100', '8026') == D('1.2'), 'spending')
f(d.L('2025年镇级支出预算8,026万元'), 'share', 'must', '基本支出 3,410 / 8,026 = 42.49%, stated 45.2% (8026 = 3410 + 4516 + 100 and 预备费 1.2% are right)')
check(rate('4516', D('4516') - D('318')) == D('7.6'), 'projects')
f(d.L('项目支出4,516万元，比上年增加318万元'), 'change', 'must', '318 / 4,198 = 7.58%, stated 增长8.1%')
check(sumd('5.2', '13.4', '0') == D('18.6'), 'sangong')
t(d.L('“三公”经费预算18.6万元'), '18.6 = 5.2 + 13.4 + 0')
f(d.L('全镇下设四个办（中心）'), 'count', 'must', '四个，即 five names')
t(d.L('三、2025年支出预算') + d.L('四、机构情况'), 'headings in order')

# b10: PDF-like city budget report, 全市 and 市本级 side by side
d, f, t = doc('b10-lancheng-city-2025-budget-report.txt')
t(d.S('全市一般公共预算收入完成68.42亿元，增长5.3%；市本级一般公共预算收入完成21.36亿元，增长3.9%。剔除留抵退税因素后，全市一般公共预算收入同口径增长7.2%，自然口径增长5.3%。'),
  '全市 and 市本级 are two scopes of one measure, not a conflict; 同口径 and 自然口径 are two rates of one total')
check(pct('47.85', '68.42') == D('69.9'), 'city share')
t(d.L('全市税收收入47.85亿元'), '47.85 / 68.42 = 69.9%')
check(pct('14.92', '21.36') == D('69.9'), 'own share')
f(d.L('市本级税收收入14.92亿元'), 'share', 'must', '市本级 14.92 / 21.36 = 69.85%, stated 72.4% (72.4% is neither scope)')
check(pct('52.74', '55.17') == D('95.6'), 'spending')
t(d.S('全市一般公共预算支出完成146.28亿元，增长2.4%，增幅较上年回落3.1个百分点。市本级调整预算支出55.17亿元。经市人大常委会批准调整后，年中追加的项目均已落实。市本级一般公共预算支出完成52.74亿元，为调整预算的95.6%。'),
  '52.74 / 55.17 (named two sentences earlier) = 95.6%; 回落3.1个百分点 is a change of a rate')
check(D('98.46') - D('94.12') == D('4.34'), 'balance')
f(d.S('市本级收入总计98.46亿元，支出总计94.12亿元，结转下年4.44亿元。'), 'sum', 'must', '98.46 - 94.12 = 4.34, stated 结转下年4.44')
check(rate('38.60', D('38.60') + D('6.39')) == D('-14.2') and rate('12.85', D('12.85') + D('2.47')) == D('-16.1'), 'funds')
t(d.S('全市政府性基金预算收入完成38.60亿元，比上年减收6.39亿元，下降14.2%。'), '6.39 / 44.99 = 14.2%')
f(d.S('市本级政府性基金预算收入完成12.85亿元，比上年减收2.47亿元，下降19.8%。'), 'change', 'must', '2.47 / 15.32 = 16.12%, stated 下降19.8%')
check(sumd('118.25', '168.15') == D('286.40'), 'debt')
t(d.S('年末全市政府债务余额286.40亿元，其中一般债务118.25亿元、专项债务168.15亿元，均在省核定限额内。'), '118.25 + 168.15 = 286.40; no limit figure')
check(D('94.30') > D('92.80'), 'own debt')
f(d.S('截至2024年末，市本级政府债务余额94.30亿元，低于省核定的市本级债务限额92.80亿元'), 'debt', 'must', '市本级 balance 94.30 is above its limit 92.80 (the sentence says 低于)')
check(rate('22.40', '21.36') == D('4.9') and rate('71.80', '68.42') == D('4.9') and sumd('18.36', '35.04', '0.80') == D('54.20'), 'draft')
t(d.S('2025年市本级一般公共预算收入预期22.40亿元，比上年执行数增长4.9%；全市一般公共预算收入预期71.80亿元，增长4.9%。'), '22.40 / 21.36 = +4.9%; 71.80 / 68.42 = +4.9%')
t(d.S('市本级一般公共预算支出安排54.20亿元，其中基本支出18.36亿元、项目支出35.04亿元、预备费0.80亿元。'), '54.20 = 18.36 + 35.04 + 0.80')
t(d.L('二、2025年预算草案'), '二、 after 一、 with running heads and page numbers between')

# b11: Markdown quarterly fiscal analysis with 环比 and 同比 columns
d, f, t = doc('b11-pingchuan-district-2025-q3-fiscal-analysis.md')
check(rate('9.84', '10.62') == D('-7.3') and rate('31.26', '29.95') == D('4.4') and rate('6.71', '7.38') == D('-9.1') and rate('21.48', '20.62') == D('4.2')
      and rate('3.13', '3.24') == D('-3.4') and rate('9.78', '9.33') == D('4.8') and rate('18.36', '17.05') == D('7.7') and rate('52.14', '50.37') == D('3.5')
      and rate('2.14', '3.86') == D('-44.6'), 'rows')
t(d.L('| 一般公共预算收入 |') + d.L('| 其中：税收收入 |') + d.L('| 非税收入 |') + d.L('| 一般公共预算支出 |'), '环比 and 同比 cells that fit; 税收 + 非税 = 收入 in every column')
check(rate('8.92', '11.47') == D('-22.2'), 'fund row')
f(d.L('| 政府性基金收入 |'), 'change', 'must', '8.92 / 11.47 - 1 = -22.23%, the 同比% cell says -25.2 (the 环比 -44.6 is right)')
check(pct('31.26', '41.50') == D('75.3') and D('31.26') - D('29.95') == D('1.31'), 'revenue')
t(d.L('1-9月，全区一般公共预算收入31.26亿元'), '31.26 / 41.50 = 75.3%, 序时进度 75%: 基本持平; 增收 1.31 = 31.26 - 29.95, 4.4%')
check(rate('21.48', D('21.48') - D('0.96')) == D('4.7') and D('21.48') - D('20.62') == D('0.86') and pct('21.48', '31.26') == D('68.7'), 'tax')
f(d.L('税收收入21.48亿元，同比增收0.96亿元'), 'change', 'must', '增收0.96 on 20.52 is 4.68%, stated 增长4.2% (the table\'s 上年同期 20.62 gives 0.86); 68.7% in the same line is right')
f(d.L('非税收入9.78亿元，同比减收0.45亿元'), 'direction', 'must', '同比减收0.45亿元 with 增长4.8% in one change claim (the table has 9.33 → 9.78, up)')
f(d.L('## 三、支出情况') + d.L('## 一、收入情况'), 'heading', 'must', '三、 after 一、 (should be 二、)')
check(rate('18.36', D('18.36') - D('1.13')) == D('6.6') and D('18.36') - D('17.05') == D('1.31'), 'spending')
f(d.L('第三季度一般公共预算支出18.36亿元'), 'change', 'must', '环比增长7.7% and 比二季度增支1.13亿元: 1.13 / 17.23 = 6.56% (the table has 17.05, 1.31); 3.5% as in the table')
f(d.L('三季度政府性基金收入2.14亿元'), 'change', 'may', '同比下降25.2% repeats the wrong table cell (8.92 against 11.47 is -22.2%); the text names no prior figure')
t(d.L('## 四、政府性基金'), '四、 after 三、')
t(d.L('本分析所称“三季度”指2025年7-9月'), 'definitions of the periods')

# b12: clean-text report on the 2024 final accounts and the 2025 first half
d, f, t = doc('b12-shanpu-county-2024-final-and-2025-h1-report.txt')
t(d.L('关于杉浦县2024年财政决算和2025年上半年预算执行情况的报告') + d.L('现将杉浦县2024年财政决算和2025年上半年'), 'a report on two years: both belong to it')
t(d.L('2024年全县一般公共预算收入决算数为54,320万元'), '比2023年决算数 names the prior year, not this document')
t(d.L('全县政府性基金预算收入决算数为31,860万元'), '91.3% with no budget printed')
check(pct('372', '1240') == D('30.0') and D('68450') - D('63920') == D('4530'), 'capital, insurance')
t(d.L('全县国有资本经营预算收入1,240万元') + d.L('全县社会保险基金预算收入68,450万元'), '372 / 1240 = 30.0%; 68450 - 63920 = 4530')
t(d.L('一、一般公共预算', 2) + d.L('二、政府性基金预算', 2), '一、 restarts under 第二部分')
check(pct('29680', '57100') == D('52.0') and sumd('20140', '9640') == D('29780'), 'h1 revenue')
f(d.L('上半年全县一般公共预算收入完成29,680万元'), 'change', 'must', '29,680 / 年度预算 57,100 (named two sentences earlier) = 51.98%, stated 完成年度预算的52.6%')
f(d.L('上半年全县一般公共预算收入完成29,680万元'), 'sum', 'must', '其中 税收 20,140 + 非税 9,640 = 29,780, stated 29,680')
check(rate('86470', D('86470') - D('5120')) == D('6.3'), 'h1 spending')
f(d.L('上半年一般公共预算支出完成86,470万元'), 'change', 'must', '增支5,120 on 81,350 is 6.29%, stated 增长5.9%')
check(rate('12390', D('12390') + D('1860')) == D('-13.1'), 'h1 fund')
t(d.L('上半年全县政府性基金预算收入完成12,390万元'), '1860 / 14250 = 13.1%')
f(d.L('二、下半年工作措施') + d.L('二、政府性基金预算', 2), 'heading', 'must', '二、 twice under 第二部分 (should be 三、)')
f(d.L('下半年，我们将重点做好以下五个方面工作'), 'count', 'must', '五个方面 but 一是…四是 names four')
t(d.L('对人大提出的三个方面意见'), '三个方面 with 一是…三是')

# ---- Round 2 (written after round 1's fixes, scored once before any further fix) ----

# r01: clean-text 预算调整方案 report
d, f, t = doc('r01-xiqiao-county-2025-budget-adjustment.txt')
f(d.L('调整的原因主要有三个方面'), 'count', 'must', '三个方面 but 一是…二是 names two')
f(d.L('第三部分  预算调整的具体内容') + d.L('第一部分  预算调整的原因'), 'heading', 'must', '第三部分 after 第一部分 (should be 第二部分)')
check(D('241950') - D('218600') == D('23350'), 'adjusted total')
t(d.L('年初县人代会批准的一般公共预算收入为62,400万元'), '241950 - 218600 = 23350; 218600 names no parts')
check(sumd('12000', '8000', '3850') == D('23850'), 'new receipts')
f(d.L('新增收入23,350万元，主要是'), 'sum', 'must', '12,000 + 8,000 + 3,850 = 23,850, more than the 23,350 they are parts of')
check(D('228650') - D('205300') == D('23350') and sumd('4200', '9650', '6300', '3200') == D('23350'), 'spending')
t(d.L('一般公共预算支出由年初预算的205,300万元调整为228,650万元'), '228650 - 205300 = 23350; 4200 + 9650 + 6300 + 3200 = 23350')
check(D('112500') - D('86200') == D('26300') and rate('112500', '86200') == D('30.5'), 'fund')
f(d.L('政府性基金预算支出由年初的86,200万元调整为112,500万元'), 'change', 'must', '调增26,300 on 86,200 is 30.51%, stated 增长31.5%')
check(D('171.20') - D('158.60') == D('12.60') and D('172.40') > D('171.20'), 'debt')
t(d.L('全县专项债务限额由158.60亿元调整为171.20亿元'), '171.20 - 158.60 = 12.60')
f(d.L('调整后，年末专项债务余额预计为172.40亿元'), 'debt', 'must', '专项债务余额 172.40 above the adjusted 专项债务限额 171.20 (the sentence says 控制在限额以内)')
t(d.L('调整后，全县一般公共预算和政府性基金预算收支平衡'), 'no figures')

# r02: Markdown first-quarter revenue report
d, f, t = doc('r02-guitang-district-2025-q1-revenue.md')
check(D('14.62') - D('13.95') == D('0.67') and rate('14.62', '13.95') == D('4.8') and pct('14.62', '52.30') == D('28.0')
      and D('10.36') - D('10.58') == D('-0.22') and rate('10.36', '10.58') == D('-2.1') and pct('10.36', '37.80') == D('27.4')
      and D('4.26') - D('3.37') == D('0.89') and rate('4.26', '3.37') == D('26.4') and pct('4.26', '14.50') == D('29.4'), 'rows')
t(d.L('| 一般公共预算收入 |') + d.L('| 其中：税收收入 |') + d.L('| 非税收入 |'), 'rows that fit: 增减额, 增减% and 完成年度预算%')
check(D('24.18') - D('22.71') == D('1.47') and rate('24.18', '22.71') == D('6.5') and pct('24.18', '98.60') == D('24.5'), 'spending row')
f(d.L('| 一般公共预算支出 |'), 'change', 'must', '24.18 / 98.60 = 24.52%, the 完成年度预算% cell says 23.5')
t(d.L('一季度，全区一般公共预算收入14.62亿元'), '多收0.67, 4.8%, 28.0% as the table; 序时进度 25%: 3.0个百分点')
f(d.L('税收收入10.36亿元，同比少收0.22亿元'), 'change', 'must', '非税收入 多收0.89 on 3.37 is 26.41% (the table says 26.4), stated 增长24.6%; the 税收 clause before it is right')
t(d.L('3月当月，全区完成一般公共预算收入5.84亿元'), 'a rate with no base figure; “两升一降” is not a count of anything listed')
check(pct('4.86', '24.18') == D('20.1') and pct('3.92', '24.18') == D('16.2') and pct('2.15', '24.18') == D('8.9'), 'shares')
f(d.L('一季度一般公共预算支出24.18亿元'), 'share', 'must', '卫生健康 2.15 / 24.18 = 8.89%, stated 占9.6% (the base named by the first share: 20.1% and 16.2% are right)')
f(d.L('一季度政府性基金预算收入3.28亿元'), 'direction', 'must', '同比少收0.46亿元 with 同比增长12.3% in one change claim')

# r03: PDF-like district final accounts, page number
d, f, t = doc('r03-yuntang-district-2024-final-accounts.txt')
check(D('342860') - D('331540') == D('11320'), 'general')
t(d.S('2024年区级一般公共预算收入合计342,860万元，支出合计331,540万元，年终结转结余11,320万元。'), '342860 - 331540 = 11320')
check(sumd('0', '148.52', '66.84') == D('215.36'), 'sangong')
t(d.S('“三公”经费支出决算数为215.36万元，完成预算的87.4%，较上年下降6.3%。其中：因公出国（境）费0万元，公务用车购置及运行维护费148.52万元，公务接待费66.84万元。'), '215.36 = 0 + 148.52 + 66.84; 87.4% and 6.3% name no base figure')
check(sumd('38.60', '119.92') == D('158.52'), 'cars')
f(d.S('公务用车购置及运行维护费148.52万元中，购置费38.60万元，运行维护费119.92万元。'), 'sum', 'must', '购置费 38.60 + 运行维护费 119.92 = 158.52, stated 148.52 (a complete partition)')
f(d.L('（三）预备费') + d.L('（一）“三公”经费'), 'heading', 'must', '（三） after （一） under 一、')
check(pct('2640', '3000') == D('88.0'), 'reserve')
f(d.S('区级预备费年初安排3,000万元，实际动用2,640万元，占年初安排的86.0%'), 'share', 'must', '2,640 / 3,000 = 88.0%, stated 86.0%')
check(D('86420') - D('79350') == D('7070'), 'fund')
f(d.S('政府性基金预算收入合计86,420万元，支出合计79,350万元，年终结转结余8,070万元。'), 'sum', 'must', '86,420 - 79,350 = 7,070, stated 年终结转结余8,070')
check(rate('126.84', D('126.84') - D('9.32')) == D('7.9') and sumd('52.16', '74.68') == D('126.84') and sumd('1.08', '9.24') == D('10.32'), 'debt')
f(d.S('年末区级政府债务余额126.84亿元，较年初增加9.32亿元，增长7.9%。其中一般债务余额52.16亿元，比年初增加1.08亿元；专项债务余额74.68亿元，比年初增加9.24亿元。'),
  'change-sum', 'must', '余额 rose by 9.32 (7.9% right), but 一般 +1.08 + 专项 +9.24 = 10.32 (52.16 + 74.68 = 126.84 is right)')
t(d.S('区级政府债务限额为131.50亿元，年末债务余额控制在限额以内。'), '126.84 under 131.50')
t(d.L('二、政府性基金预算决算情况') + d.L('三、政府债务情况'), '二、 and 三、 after a page number')

# r04: traditional city execution summary, ASCII punctuation
d, f, t = doc('r04-heyang-city-2024-budget-execution.txt')
check(sumd('87.92', '40.54') == D('128.46') and pct('87.92', '128.46') == D('68.4') and pct('40.54', '128.46') == D('31.6'), 'revenue')
f(d.L('2024年,全市一般公共預算收入完成128.46億元'), 'share', 'must', '非税 40.54 / 128.46 = 31.56%, stated 佔31.2% (稅收 68.4% is right; 101.3% and 5.2% name no base figure)')
t(d.L('全市一般公共預算支出完成286.30億元'), '為上年的103.8% with no prior figure')
check(pct('42.18', '40.26') == D('104.8'), 'own')
f(d.L('市本級一般公共預算收入完成42.18億元'), 'change', 'must', '42.18 / 40.26 = 104.77%, stated 為上年…的106.2%')
check(rate('65.20', D('65.20') + D('12.84')) == D('-16.5'), 'fund')
f(d.L('全市政府性基金預算收入完成65.20億元'), 'change', 'must', '減少12.84 on 78.04 is 16.45%, stated 下降14.6%')
check(pct('1.31', '4.36') == D('30.0') and D('215.48') - D('203.96') == D('11.52') and 9 + 2 + 1 == 12, 'others')
t(d.L('全市國有資本經營預算收入4.36億元') + d.L('全市社會保險基金收入215.48億元') + d.L('全市共有12個縣'), '1.31 / 4.36 = 30.0%; 215.48 - 203.96 = 11.52; 9 + 2 + 1 = 12')

write('heldout8 (gen8): whole-budget reports (county/city/township 预算执行和草案, 决算草案, 国有资本经营, 社会保险基金) and monthly/quarterly revenue reports, written blind; see README.md', trim_traps=True)
n = {'must': 0, 'may': 0, 'traps': 0}
for rows in ROWS.values():
    for ls, fam, lvl, why in rows:
        if fam: n[lvl] += 1
        else: n['traps'] += 1
print(n)
