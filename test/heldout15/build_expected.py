#!/usr/bin/env python3
"""heldout15 (gen15). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

The fund and special budgets a real disclosure carries beside the general budget: 政府性基金预算 (收入 by
项目, 调入/调出, 结转, 专项债务), 国有资本经营预算 (利润/股利股息/产权转让收入, 调出资金 as a share),
社会保险基金预算 (by 险种, 收入/支出/当年结余/年末滚存结余) and 项目/专项资金绩效自评 reports (指标 scores
summing to a total, grade bands, 预算执行率 = 执行数/预算数). Statements are located by a piece of their text
(see ../heldout-kit/expected_kit.py); every figure a finding or trap relies on is re-derived here with decimal
arithmetic. Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import check, kit, off, pct, pct_wrong, sm  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)


# ---- Round 1 (written blind, before reading the reading/relations code) ----

# s01: county 政府性基金预算 2025 draft with the 2024 outturn, plain text
d, f, t = doc('s01-jiangyu-county-2025-fund-budget.txt')
check(sm('162350', '9870', '3260', '10940') == D('186420'), 'income')
t(d.L('2024年全县政府性基金预算收入完成186,420万元'), '186,420 = 162,350 + 9,870 + 3,260 + 10,940; 93.2% of a budget and 下降6.8% of a prior year not stated')
check(off('214580', '176240', '8160', '12300', '16880'), 'spending')
f(d.L('2024年全县政府性基金预算支出完成214,580万元'), 'sum', 'may', '支出 214,580, but 176,240 + 8,160 + 12,300 + 16,880 = 213,580. '
  'Corrected after round 1 from must: the parts fall short of the total and a 其中 list of 支出 by function is not a known complete partition (SPEC §5: at most a note)')
check(D('263300') - D('252580') == D('10720'), 'balance')
t(d.L('全年政府性基金收入合计263,300万元'), '263,300 - 252,580 = 10,720 (收入合计 and 支出合计 are totals with parts not listed here)')
check(D('386200') > D('368500'), 'debt')
f(d.L('截至2024年末，全县专项债务余额386,200万元'), 'debt', 'must', '专项债务余额 386,200 above its 限额 368,500 (written 控制在…以内)')
check(D('186420') - D('172500') == D('13920') and pct('13920', '186420') == D('7.5'), 'budget')
t(d.L('2025年全县政府性基金预算收入安排172,500万元'), '186,420 - 172,500 = 13,920; 13,920 / 186,420 = 7.5%')
check(pct_wrong('8.6', '12350', '162350') and pct('12350', '162350') == D('7.6') and D('162350') - D('150000') == D('12350'), 'land')
check(pct_wrong('89.6', '150000', '172500') and pct('150000', '172500') == D('87.0'), 'land share')
f(d.L('国有土地使用权出让收入预算150,000万元'), 'change', 'must', '12,350 / 162,350 = 7.6%, stated 下降8.6%')
f(d.L('国有土地使用权出让收入预算150,000万元'), 'share', 'must', '150,000 / 172,500 = 87.0%, stated 89.6%')
check(pct('630', '9870') == D('6.4') and D('10500') - D('9870') == D('630'), 'fee')
t(d.L('城市基础设施配套费收入预算10,500万元'), '10,500 - 9,870 = 630; 630 / 9,870 = 6.4%')
check(pct('18500', '172500') == D('10.7'), 'transfer')
t(d.L('按规定从政府性基金预算调出资金18,500万元'), '18,500 / 172,500 = 10.7% (the 2025 收入, not the 2024 outturn)')
f(d.L('2025年拟安排新增专项债券资金支持4个项目'), 'count', 'must', '4个项目, 分别为 three names')

# s02: city 国有资本经营预算 2024 outturn, Markdown
d, f, t = doc('s02-lanzhou-city-2024-state-capital-final-accounts.md')
check(pct('9124', '8600') == D('106.1') and pct('2186', '2400') == D('91.1') and pct('1830', '1500') == D('122.0') and pct('264', '300') == D('88.0'), 'rows')
t(d.L('| 利润收入 | 8,600') + d.L('| 股利、股息收入 | 2,400') + d.L('| 产权转让收入 |') + d.L('| 其他国有资本经营收入 |'), 'completion rates 106.1, 91.1, 122.0, 88.0 fit')
check(sm('8600', '2400', '1500', '300') == D('12800') and sm('9124', '2186', '1830', '264') == D('13404')
      and pct_wrong('106.4', '13404', '12800') and pct('13404', '12800') == D('104.7'), 'total row')
f(d.L('| 合计 | 12,800'), 'change', 'must', '合计 13,404 / 12,800 = 104.7%, stated 完成预算106.4% (columns add up)')
check(pct_wrong('13.9', '1046', D('9124') - D('1046')) and pct('1046', '8078') == D('12.9'), 'profit')
f(d.L('利润收入9,124万元，比上年增加1,046万元'), 'change', 'must', '1,046 / (9,124 - 1,046 = 8,078) = 12.9%, stated 13.9%; on the same line 13,404 / 12,800 = 104.7% and 2,400 - 2,186 = 214 (against the 预算数 column) are right')
check(D('2400') - D('2186') == D('214'), 'dividends')
check(5 + 4 + 2 == 11, 'firms')
f(d.L('纳入2024年国有资本经营预算编制范围的市属企业共9户'), 'sum', 'must', '9户, but 5 + 4 + 2 = 11 (more than the total)')
check(sm('2130', '5260', '1420', '574') == D('9384') and pct_wrong('58.6', '5260', '9384') and pct('5260', '9384') == D('56.1'), 'spending')
f(d.L('2024年国有资本经营预算支出9,384万元'), 'share', 'must', '5,260 / 9,384 = 56.1%, stated 58.6% (9,384 = 2,130 + 5,260 + 1,420 + 574 right)')
check(pct('4020', '13404') == D('30.0'), 'transfer')
t(d.L('按规定调出资金4,020万元'), '4,020 / 13,404 = 29.99%: 30.0%')
check(sm('13404', '620', '-9384', '-4020') == D('620'), 'carry')
f(d.L('收入13,404万元加上年结转620万元'), 'sum', 'must', '13,404 + 620 - 9,384 - 4,020 = 620, stated 年终结转 580')

# s03: district 社会保险基金预算 2025, Word with a table by 险种
d, f, t = doc('s03-xiling-district-2025-social-insurance-budget.docx')
check(sm('96380', '38640', '1860', '5570') == D('142450') and pct('38640', '142450') == D('27.1'), 'income')
check(pct_wrong('4.0', '3860', D('96380') - D('3860')) and pct('3860', '92520') == D('4.2') and pct('3860', '96380') == D('4.0'), 'premiums')
f(d.L('2025年全区社会保险基金预算收入142,450万元'), 'change', 'must', '3,860 / (96,380 - 3,860 = 92,520) = 4.2%, stated 4.0% (3,860 / 96,380: the current year as base); 142,450 = 96,380 + 38,640 + 1,860 + 5,570 and 27.1% right')
check(D('142450') - D('134270') == D('8180'), 'balance')
t(d.L('社会保险基金预算支出134,270万元'), '142,450 - 134,270 = 8,180')
t(d.L('本区社会保险基金预算包括3项基金'), '3项 with three names')
check(D('86420') - D('84160') == D('2260') and D('24350') - D('19870') == D('4480') and D('31680') - D('30240') == D('1440')
      and sm('2260', '4480', '1440') == D('8180') and sm('35480', '61230', '18960') == D('115670')
      and sm('86420', '24350', '31680') == D('142450') and sm('84160', '19870', '30240') == D('134270'), 'table')
t(d.L('| 机关事业单位基本养老保险基金 |') + d.L('| 城乡居民基本养老保险基金 |') + d.L('| 城乡居民基本医疗保险基金 |') + d.L('| 合计 | 142,450'),
  'every row closes (收入 - 支出 = 当年结余) and every column adds up')
check(off('2620', '86420', '-84160'), 'pension')
f(d.L('（一）机关事业单位基本养老保险基金。收入86,420万元'), 'sum', 'must', '86,420 - 84,160 = 2,260, stated 当年结余 2,620')
f(d.L('（一）机关事业单位基本养老保险基金。收入86,420万元'), 'conflict', 'may', '当年结余 2,620 here, 2,260 in 表1')
check(off('61320', '56750', '4480'), 'roll')
f(d.L('（二）城乡居民基本养老保险基金。年初滚存结余56,750万元'), 'sum', 'must', '56,750 + 4,480 = 61,230, stated 年末滚存结余 61,320')
f(d.L('（二）城乡居民基本养老保险基金。年初滚存结余56,750万元'), 'conflict', 'may', '年末滚存结余 61,320 here, 61,230 in 表1')
check(pct_wrong('23.5', '30240', '134270') and pct('30240', '134270') == D('22.5'), 'share')
f(d.L('（三）城乡居民基本医疗保险基金。支出30,240万元'), 'share', 'must', '30,240 / 134,270 = 22.5%, stated 23.5%')

# s04: county project self-evaluation 2024, text wrapped as pdftotext leaves it
d, f, t = doc('s04-tanshui-county-2024-rural-water-project-self-evaluation.txt')
check(pct('1196.40', '1280') == D('93.5') and pct('580.20', '600') == D('96.7') and sm('600', '680') == D('1280') and sm('580.20', '616.20') == D('1196.40'), 'rates')
t(d.S('2024年度预算数1,280万元，全年执行数1,196.40万元，预算执行率93.5%。其中中央资金600万元，执行580.20万元，执行率96.7%'),
  '1,196.40 / 1,280 = 93.5%; 580.20 / 600 = 96.7%; 1,280 = 600 + 680 and 1,196.40 = 580.20 + 616.20')
check(pct_wrong('92.6', '616.20', '680') and pct('616.20', '680') == D('90.6'), 'county rate')
f(d.L('资金680万元，执行616.20万元，执行率92.6%'), 'change', 'must', '616.20 / 680 = 90.6%, stated 执行率92.6%')
check(D('3.62') - D('3.50') == D('0.12'), 'people')
t(d.L('项目受益人口3.62万人'), '3.62 - 3.50 = 0.12 (万人, not money)')
f(d.S('产出指标共设置5个三级指标'), 'count', 'must', '5个三级指标, 分别为 four names')
t(d.S('受益群众满意度为88.6%'), '88.6% above a target of 85%: no base')
check(sm('10', '50', '30', '10') == D('100'), 'full marks')
t(d.S('本项目自评指标满分合计100分'), '100 = 10 + 50 + 30 + 10')
check(off('92.3', '9.3', '46.5', '27.0', '8.5') and sm('9.3', '46.5', '27.0', '8.5') == D('91.3'), 'score')
f(d.S('合计92.3分'), 'sum', 'must', '合计 92.3分, but 9.3 + 46.5 + 27.0 + 8.5 = 91.3 (both 优: no grade contradiction)')
t(d.S('按照评分标准，90分（含）以上为优'), 'band thresholds, not scores')
t(d.S('确保2025年度预算执行率达到95%以上'), 'a target threshold')

# s05: district 政府性基金 2024 final accounts, Markdown
d, f, t = doc('s05-yanbei-district-2024-fund-final-accounts.md')
check(pct(D('46280') - D('58640'), '58640') == D('-21.1') and pct(D('1160') - D('1420'), '1420') == D('-18.3')
      and pct(D('142') - D('186'), '186') == D('-23.7'), 'rows')
t(d.L('| 国有土地使用权出让收入 | 58,640') + d.L('| 国有土地收益基金收入 |') + d.L('| 农业土地开发资金收入 |'), 'rates -21.1, -18.3, -23.7 fit')
check(pct_wrong('12.9', '260', '2380') and pct('260', '2380') == D('10.9'), 'fee row')
f(d.L('| 城市基础设施配套费收入 |'), 'change', 'must', '(2,640 - 2,380) / 2,380 = 10.9%, stated 12.9%')
check(sm('58640', '1420', '186', '2380') == D('62626') and sm('46280', '1160', '142', '2640') == D('50222') and pct('-12404', '62626') == D('-19.8'), 'total')
t(d.L('| 合计 | 62,626'), 'columns add up; -12,404 / 62,626 = -19.8%')
check(D('58640') - D('46280') == D('12360'), 'land')
t(d.L('2024年全区政府性基金预算收入50,222万元'), '12,404 / 62,626 = 19.8%; 58,640 - 46,280 = 12,360')
check(sm('48260', '1590', '2180', '0', '9820') == D('61850'), 'spending')
t(d.L('2024年全区政府性基金预算支出61,850万元'), '61,850 = 48,260 + 1,590 + 2,180 + 0 + 9,820; 43,120 is a nested 其中 of 48,260')
f(d.L('债务付息支出2,180万元，比上年增加126万元'), 'direction', 'must', '增加126万元 with 下降5.5%')
check(D('69972') - D('67350') == D('2622'), 'balance')
t(d.L('收入总计69,972万元'), '69,972 - 67,350 = 2,622')
f(d.L('全年国有土地使用权出让收入46,820万元'), 'conflict', 'must', '国有土地使用权出让收入 46,820 here, 46,280 in 表1')

# s06: city 社会保险基金 2024 final accounts in 亿元, plain text
d, f, t = doc('s06-hengshan-city-2024-social-insurance-final-accounts.txt')
check(sm('212.40', '28.16', '64.38', '58.90', '22.68') == D('386.52'), 'income')
check(pct('261.30', '386.52') == D('67.6') and pct_wrong('27.5', '98.64', '386.52') and pct('98.64', '386.52') == D('25.5'), 'sources')
f(d.L('按收入来源分，保险费收入261.30亿元'), 'share', 'must', '98.64 / 386.52 = 25.5%, stated 27.5% (261.30 / 386.52 = 67.6% right)')
check(off('16.26', '386.52', '-371.26') and D('386.52') - D('371.26') == D('15.26'), 'balance')
f(d.L('2024年全市社会保险基金收入386.52亿元') + d.L('社会保险基金支出371.26亿元'), 'sum', 'must', '386.52 - 371.26 = 15.26, stated 当年收支结余 16.26 '
  '(386.52 = the five funds right; 101.3% of a budget not stated). The 收入 line was added to this finding after round 1 (a trap '
  'before): the contradiction is between 收入, 支出 and 当年收支结余, and any of their lines is where it may be reported')
f(d.L('全市社会保险基金决算涵盖六项基金'), 'count', 'must', '六项基金, 即 five names')
check(D('212.40') - D('206.84') == D('5.56'), 'enterprise pension')
t(d.L('（一）企业职工基本养老保险基金收入212.40亿元'), '212.40 - 206.84 = 5.56')
check(pct_wrong('6.6', '4.26', D('64.38') - D('4.26')) and pct('4.26', '60.12') == D('7.1'), 'pension')
f(d.L('（二）机关事业单位基本养老保险基金收入64.38亿元'), 'change', 'must', '4.26 / (64.38 - 4.26 = 60.12) = 7.1%, stated 6.6% (4.26 / 64.38)')
check(D('58.90') - D('49.72') == D('9.18'), 'medical')
t(d.L('（三）职工基本医疗保险基金（含生育保险）收入58.90亿元'), '58.90 - 49.72 = 9.18')
check(D('24.16') - D('22.68') == D('1.48'), 'gap')
t(d.L('（四）城乡居民基本医疗保险基金收入22.68亿元'), '24.16 - 22.68 = 1.48 (a 缺口, spending above income); 3.8% of a prior year not stated')

# s07: county 国有资本经营预算 2025, Word with a table by enterprise
d, f, t = doc('s07-qingtian-county-2025-state-capital-budget.docx')
check(D('3260') - D('2998') == D('262') and pct('262', '2998') == D('8.7') and sm('2180', '620', '380', '0', '80') == D('3260'), 'income')
t(d.L('2025年县级国有资本经营预算收入安排3,260万元'), '3,260 - 2,998 = 262; 262 / 2,998 = 8.7%; 3,260 = 2,180 + 620 + 380 + 0 + 80')
t(d.L('纳入2025年国有资本经营预算编制范围的企业4户'), '4户 with four names')
check(pct('80', '980') == D('8.2') and pct('50', '470') == D('10.6') and pct('-26', '352') == D('-7.4'), 'rows')
t(d.L('| 县城市建设投资集团 |') + d.L('| 县交通投资公司 |') + d.L('| 县文化旅游集团 |'), 'rows fit')
check(pct_wrong('14.5', '26', '248') and pct('26', '248') == D('10.5'), 'row')
f(d.L('| 县农业发展公司 |'), 'change', 'must', '26 / 248 = 10.5%, stated 14.5%')
check(sm('980', '470', '352', '248') == D('2050') and sm('1060', '520', '326', '274') == D('2180') and sm('80', '50', '-26', '26') == D('130') and pct('130', '2050') == D('6.3'), 'total')
t(d.L('| 合计 | 2,050'), 'columns add up; 130 / 2,050 = 6.3%; 2,180 is the 利润收入 of section 一')
check(pct('978', '3260') == D('30.0'), 'transfer')
t(d.L('2025年调出资金978万元'), '978 / 3,260 = 30.0%')
check(off('2282', '1500', '420', '462') and D('3260') - D('978') == D('2282'), 'spending')
f(d.L('2025年县级国有资本经营预算支出安排2,282万元'), 'sum', 'must', '支出 2,282 (= 3,260 - 978), but 1,500 + 420 + 462 = 2,382')
f(d.L('收入预算扣除调出资金987万元后'), 'conflict', 'must', '调出资金 987 here, 978 in section 二')

# s08: district special-fund self-evaluation 2024, plain text
d, f, t = doc('s08-fengyang-district-2024-special-funds-self-evaluation.txt')
check(16 + 9 + 4 + 0 == 29, 'grades')
f(d.L('2024年全区对28个专项资金项目开展绩效自评'), 'count', 'must', '28个, but 优16 + 良9 + 中4 + 差0 = 29')
check(pct('2742.50', '2860') == D('95.9') and pct('1286.30', '1540') == D('83.5') and pct('648.70', '650') == D('99.8'), 'rows')
t(d.L('1. 城市道路养护专项') + d.L('2. 中小学校舍维修专项') + d.L('5. 社区居家养老服务专项'), '95.9%, 83.5%, 99.8% fit; 93.6 优, 86.2 良, 95.0 优')
check(pct('951.60', '980') == D('97.1'), 'row 3')
f(d.L('3. 就业创业补贴专项'), 'grade', 'must', '78.4 is 中 [60,80), called 良 (97.1% right)')
check(pct_wrong('76.0', '864.00', '1200') and pct('864', '1200') == D('72.0'), 'row 4')
f(d.L('4. 农业产业化扶持专项'), 'change', 'must', '864.00 / 1,200 = 72.0%, stated 预算执行率76.0% (74.5 中 right)')
check(sm('2860', '1540', '980', '1200', '650') == D('7230') and sm('2742.50', '1286.30', '951.60', '864.00', '648.70') == D('6493.10')
      and pct('6493.10', '7230') == D('89.8') and (sm('93.6', '86.2', '78.4', '74.5', '95.0') / 5).quantize(D('0.1')) == D('85.5'), 'totals')
t(d.L('上述5个专项预算数合计7,230万元'), 'sums right; 6,493.10 / 7,230 = 89.8%; mean 85.54')
t(d.L('压减比例不低于10%'), 'a threshold')

# s09: county three budgets 2025 in 亿元, Markdown
d, f, t = doc('s09-baiyun-county-2025-three-budgets.md')
check(not pct_wrong('-11.4', D('11.40') - D('12.86'), '12.86') and not pct_wrong('9.5', '0.04', '0.42') and pct('-1.57', '16.32') == D('-9.6')
      and pct('1.38', '20.18') == D('6.8'), 'rows')
t(d.L('| 政府性基金预算收入 |') + d.L('| 政府性基金预算支出 |') + d.L('| 国有资本经营预算收入 |') + d.L('| 社会保险基金预算支出 |'), 'rates fit (0.46 against 0.42 within rounding)')
lo, hi = D('22.915') - D('21.645'), D('22.925') - D('21.635')
check(hi / D('21.635') * 100 < D('6.9') and pct('1.28', '21.64') == D('5.9'), 'row')
f(d.L('| 社会保险基金预算收入 |'), 'change', 'must', '(22.92 - 21.64) / 21.64 = 5.9%, stated 6.9%')
check(pct('9.80', '11.40') == D('86.0') and sm('11.40', '3.50', '0.35') == D('15.25') and sm('14.75', '0.50') == D('15.25'), 'fund')
t(d.L('2025年政府性基金预算收入11.40亿元'), '9.80 / 11.40 = 86.0%; 15.25 = 11.40 + 3.50 + 0.35 = 14.75 + 0.50')
t(d.L('全县专项债务限额52.60亿元'), 'balance 48.95 below 限额 52.60')
f(d.L('## 四、国有资本经营预算'), 'heading', 'must', '二、 then 四、 (三、 missing)')
check(not pct_wrong('30.4', '0.14', '0.46'), 'transfer')
t(d.L('2025年国有资本经营预算收入0.46亿元'), '0.14 / 0.46 = 30.4%')
check(off('1.46', '22.92', '-21.56'), 'balance')
f(d.L('2025年社会保险基金预算收入22.92亿元'), 'sum', 'must', '22.92 - 21.56 = 1.36, stated 当年收支结余 1.46')
f(d.L('需要说明的是，政府性基金预算支出14.57亿元'), 'conflict', 'must', '政府性基金预算支出 14.57 here, 14.75 in 表1 and section 二')

# s10: city 政府性基金 2024 final accounts in 亿元, text wrapped as pdftotext leaves it
d, f, t = doc('s10-lingjiang-city-2024-fund-final-accounts.txt')
check(pct('10.86', D('71.25') + D('10.86')) == D('13.2'), 'land')
t(d.S('其中，国有土地使用权出让收入71.25亿元，比上年减少10.86亿元，下降13.2%'), '10.86 / 82.11 = 13.2%')
check(sm('78.64', '1.26', '25.00', '3.18', '0.50') == D('108.58'), 'income total')
check(sm('86.42', '9.60', '6.00', '2.30') == D('104.32') and off('4.62', '108.58', '-104.32') and D('108.58') - D('104.32') == D('4.26'), 'balance')
f(d.S('加上上级补助收入1.26亿元') + d.S('收支相抵，年终结余4.62亿元'), 'sum', 'must', '108.58 - 104.32 = 4.26, stated 年终结余 4.62 (108.58 = 78.64 + 1.26 + 25.00 + 3.18 + 0.50 and '
  '104.32 = 86.42 + 9.60 + 6.00 + 2.30 right). The 收入总计 lines were added to this finding after round 1 (a trap before): the '
  'contradiction is between 收入总计, 支出总计 and 年终结余, and any of their lines is where it may be reported')
check(pct_wrong('13.2', '9.60', '78.64') and pct('9.60', '78.64') == D('12.2'), 'transfer')
f(d.S('占基金预算收入的13.2%'), 'share', 'must', '9.60 / 78.64 = 12.2%, stated 13.2%')
check(sm('302.60', '25.00', '6.00', '-6.00') == D('327.60'), 'debt')
f(d.S('2024年末市本级专项债务余额318.46亿元'), 'debt', 'must', '302.60 + 25.00 + 6.00 - 6.00 = 327.60, stated 年末余额 318.46 (below its 限额 336.20)')


# ---- Round 2 (written after round 1's fixes, scored once before any further fix) ----

# t01: city 社会保险基金 2025 budget in 亿元, Word with a table by 险种
d, f, t = doc('t01-nanxi-city-2025-social-insurance-budget.docx')
check(pct('4.86', D('91.20') - D('4.86')) == D('5.6') and pct_wrong('5.9', '4.86', D('91.20') - D('4.86')), 'spending')
check(pct('3.12', D('96.84') - D('3.12')) == D('3.3') and D('96.84') - D('91.20') == D('5.64'), 'income')
f(d.L('2025年市级社会保险基金收入预算为96.84亿元'), 'change', 'must', '支出 4.86 / (91.20 - 4.86 = 86.34) = 5.6%, stated 5.9%; on the same line 3.12 / 93.72 = 3.3% and 96.84 - 91.20 = 5.64 are right')
check(sm('71.38', '19.65', '5.81') == D('96.84') and pct('71.38', '96.84') == D('73.7') and pct('5.81', '96.84') == D('6.0')
      and pct_wrong('21.3', '19.65', '96.84') and pct('19.65', '96.84') == D('20.3'), 'sources')
f(d.L('2025年全市社会保险基金收入预算中，保险费收入71.38亿元'), 'share', 'must', '19.65 / 96.84 = 20.3%, stated 21.3% (73.7% and 6.0% right; the parts make 96.84)')
f(d.L('本次编列的社会保险基金共4项'), 'count', 'must', '共4项, 分别是 five names')
check(D('52.40') - D('50.86') == D('1.54') and D('18.62') - D('18.10') == D('0.52') and D('12.56') - D('11.04') == D('1.52') and D('6.88') - D('6.28') == D('0.60'), 'rows')
t(d.L('| 企业职工基本养老保险基金 |') + d.L('| 机关事业单位基本养老保险基金 |') + d.L('| 职工基本医疗保险基金 |') + d.L('| 城乡居民基本医疗保险基金 |'), 'rows that close')
check(off('1.46', '6.38', '-4.29') and D('6.38') - D('4.92') == D('1.46'), 'row')
f(d.L('| 城乡居民基本养老保险基金 |'), 'sum', 'must', '6.38 - 4.29 = 2.09, stated 本年收支结余 1.46 (4.92 written 4.29)')
check(off('91.20', '50.86', '18.10', '4.29', '11.04', '6.28') and sm('1.54', '0.52', '1.46', '1.52', '0.60') == D('5.64') and sm('68.20', '9.84', '30.12', '28.45', '11.75') == D('148.36'), 'total row')
f(d.L('| 合计 | 96.84'), 'sum', 'may', '支出 column 50.86 + 18.10 + 4.29 + 11.04 + 6.28 = 90.57, 合计 91.20: the same slip as the row above seen from the column')
check(sm('44.86', '5.20', '0.64', '1.70') == D('52.40'), 'enterprise')
t(d.L('（一）企业职工基本养老保险基金。收入预算52.40亿元'), '52.40 = 44.86 + 5.20 + 0.64 + 1.70')
check(sm('12.34', '6.48') == D('18.82'), 'institutions')
f(d.L('（二）机关事业单位基本养老保险基金。收入预算18.62亿元'), 'sum', 'must', '收入预算 18.62, but 12.34 + 6.48 = 18.82 (more than the total)')
check(pct('3.96', '6.38') == D('62.1'), 'subsidy')
t(d.L('（三）城乡居民基本养老保险基金。财政补贴收入3.96亿元'), '3.96 / 6.38 = 62.1% (该险种 is the table row)')
check(D('26.93') + D('1.52') == D('28.45'), 'roll')
t(d.L('（四）职工基本医疗保险基金（含生育保险）。年初滚存结余26.93亿元'), '26.93 + 1.52 = 28.45')
t(d.L('（五）城乡居民基本医疗保险基金。收入6.88亿元'), '6.88 - 6.28 = 0.60; 1.8万人 a count')

# t02: county farmland special fund self-evaluation 2024, text wrapped as pdftotext leaves it
d, f, t = doc('t02-hewan-county-2024-farmland-fund-self-evaluation.txt')
check(sm('2900', '1260', '700') == D('4860'), 'sources')
t(d.S('2024年度项目资金总额4,860万元'), '4,860 = 2,900 + 1,260 + 700 (1,260 wrapped mid-number)')
check(pct('4620', '4860') == D('95.1') and pct('4158', '4860') == D('85.6'), 'rates')
t(d.S('实际到位资金4,620万元，资金到位率95.1%'), '4,620 / 4,860 = 95.1%; 4,158 / 4,860 = 85.6%')
check(pct('2610', '2900') == D('90.0') and pct_wrong('80.0', '532', '700') and pct('532', '700') == D('76.0'), 'progress')
f(d.S('县级配套资金支出53'), 'change', 'must', '532 / 700 = 76.0%, stated 支出进度80.0% (2,610 / 2,900 = 90.0% right)')
t(d.S('本项目共设置一级指标4个'), 'counts of indicators, no list')
check(pct('2.6', '2.5') == D('104.0') and pct_wrong('7.4', '38', D('512') - D('38')) and pct('38', '474') == D('8.0'), 'output')
f(d.S('较建设前提高38公斤，增长7.4%'), 'change', 'must', '38 / (512 - 38 = 474) = 8.0%, stated 7.4% (38 / 512); 2.6 / 2.5 = 104.0% right')
check(sm('15', '20', '40', '25') == D('100') and off('89.5', '14.0', '17.5', '37.0', '22.0') and sm('14.0', '17.5', '37.0', '22.0') == D('90.5'), 'score')
f(d.S('总得分89.5分'), 'sum', 'must', '总得分 89.5, but 14.0 + 17.5 + 37.0 + 22.0 = 90.5')
f(d.S('评价等级为“优”'), 'grade', 'must', '89.5 is 良 [80,90), called 优')
f(d.S('有2个乡镇的工程未完成竣工验收'), 'count', 'must', '2个乡镇, 分别是 one name')

# t03: district 政府性基金 and 国有资本经营 2024 final accounts, Markdown
d, f, t = doc('t03-qingjiang-district-2024-fund-and-state-capital-final-accounts.md')
check(pct('2180', D('28640') - D('2180')) == D('8.2') and sm('28640', '1350', '860', '15000') == D('45850'), 'income')
t(d.L('2024年区级政府性基金收入完成28,640万元'), '2,180 / 26,460 = 8.2%; 45,850 = 28,640 + 1,350 + 860 + 15,000')
check(sm('39120', '3600', '1500') == D('44220') and D('45850') - D('44220') == D('1630'), 'spending')
t(d.L('区级政府性基金支出完成39,120万元'), '44,220 = 39,120 + 3,600 + 1,500; 45,850 - 44,220 = 1,630')
check(pct('30480', '32000') == D('95.3') and pct('1560', '1800') == D('86.7') and pct('2540', '2600') == D('97.7'), 'rows')
t(d.L('| 城乡社区支出 |') + d.L('| 农林水支出 |') + d.L('| 债务付息支出 |'), 'rates fit')
check(pct_wrong('98.6', '4540', '4700') and pct('4540', '4700') == D('96.6'), 'row')
f(d.L('| 其他支出 |'), 'change', 'must', '4,540 / 4,700 = 96.6%, stated 98.6%')
check(sm('32000', '1800', '2600', '4700') == D('41100') and sm('30480', '1560', '2540', '4540') == D('39120') and pct('39120', '41100') == D('95.2'), 'total')
t(d.L('| 合计 | 41,100'), 'columns add up; 39,120 / 41,100 = 95.2%')
check(off('1286', '1020', '186', '90') and sm('1020', '186', '90') == D('1296'), 'capital')
f(d.L('2024年区级国有资本经营收入1,286万元'), 'sum', 'must', '收入 1,286, but 1,020 + 186 + 90 = 1,296 (more than the total)')
check(pct('386', '1286') == D('30.0'), 'transfer')
t(d.L('当年从国有资本经营预算调出资金386万元'), '386 / 1,286 = 30.0%')
f(d.L('国有资本经营支出900万元，较上年减少120万元'), 'direction', 'must', '减少120万元 with 增长11.8%')
f(d.L('区级国有资本经营收入1,268万元全部纳入预算管理'), 'conflict', 'must', '国有资本经营收入 1,268 here, 1,286 in section 二')

write('heldout15 (gen15): ten invented fund and special budget disclosures (政府性基金, 国有资本经营, 社会保险基金, '
      '项目/专项资金绩效自评), written blind')
