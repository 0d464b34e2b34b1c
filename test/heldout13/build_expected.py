#!/usr/bin/env python3
"""heldout13 (gen13). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

The sections of a department's final accounts or budget beyond its money tables: 三公经费 item by item
with counts, 机关运行经费, 政府采购 (货物/工程/服务, 中小企业 and 小微企业 shares), 国有资产占用
(vehicles by kind, floor area, equipment), 预算绩效管理 (projects, grade counts, scores), 财政拨款
结转和结余 roll-forwards, 名词解释. Statements are located by a piece of their text (see
../heldout-kit/expected_kit.py); every figure a finding or trap relies on is re-derived here with decimal
arithmetic. Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import check, kit  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)


def pct(a, b, places=1):
    return (D(a) / D(b) * 100).quantize(D(10) ** -places, ROUND_HALF_UP)


def pct_range(a, b, da='0.005', db='0.005'):
    """The interval a / b × 100 can take when a and b stand for intervals of half their last digit (SPEC §4)."""
    a, b, da, db = D(a), D(b), D(da), D(db)
    return ((a - da) / (b + db) * 100, (a + da) / (b - db) * 100)


def pct_wrong(stated, a, b, da='0.005', db='0.005', places=1):
    """True when the stated rate (rounded or truncated at its last digit) cannot be a / b."""
    lo, hi = pct_range(a, b, da, db)
    h = D('0.5') * D(10) ** -places
    s = D(stated)
    # rounded: [s - h, s + h]; truncated: [s, s + 2h]
    return (s + 2 * h < lo) or (s - h > hi)


def sm(*xs):
    return sum(D(x) for x in xs)


# ---- Round 1 (written blind, before reading the reading/relations code) ----

# s01: county finance bureau, 2024 final accounts, plain text
d, f, t = doc('s01-hexi-county-finance-bureau-2024-dept-final-accounts.txt')
t(d.L('内设办公室、预算股、国库股'), '六个股室 with six named')
t(d.L('纳入本部门2024年度部门决算编制范围的单位共3个'), '共3个 with three named after 包括')
check(D('45.20') + D('3862.15') - D('3859.05') == D('48.30'), 'roll-forward')
t(d.L('2024年度财政拨款年初结转和结余45.20万元'), 'roll-forward 45.20 + 3,862.15 - 3,859.05 = 48.30 closes')
check(sm('0', '29.15', '8.31') == D('37.46'), 'sangong')
f(d.L('2024年度“三公”经费财政拨款支出决算为38.46万元'), 'sum', 'must', '三公 38.46, but 0 + 29.15 + 8.31 = 37.46 (the three items are a complete partition)')
check(D('46.80') - D('38.46') == D('8.34') and pct('38.46', '46.80') == D('82.2'), 'budget')
t(d.L('“三公”经费支出决算数比年初预算数46.80万元减少8.34万元'), '决算 against 预算: 46.80 - 38.46 = 8.34, 38.46 / 46.80 = 82.2%')
t(d.L('因公出国（境）费支出0万元，与上年持平'), '0 and 持平 agree')
check(2 + 4 + 4 == 10, 'vehicles')
f(d.L('本部门公务用车保有量9辆，其中机要通信用车2辆'), 'sum', 'must', '保有量9辆, but 2 + 4 + 4 = 10 vehicles by kind (more than the total); 29.15 = 0 + 29.15 right')
check(pct_wrong('15.2', '1.26', D('8.31') - D('1.26')) and pct('1.26', D('8.31') - D('1.26')) == D('17.9'), 'reception')
f(d.L('公务接待费8.31万元，比上年决算增加1.26万元'), 'change', 'must', '1.26 / (8.31 - 1.26 = 7.05) = 17.9%, stated 15.2% (1.26 / 8.31, the current year taken as the base)')
check((D('83100') / 372).quantize(D('0.01')) == D('223.39'), 'per head')
t(d.L('2024年度国内公务接待46批次、372人次'), '46 批次 and 372 人次 are counts of different things; 83,100元 / 372 = 223.39元 per 人次')
check(pct_wrong('8.4', '10.60', D('126.40') - D('10.60')) and pct('10.60', '115.80') == D('9.2'), 'running')
f(d.L('2024年度本部门机关运行经费支出126.40万元'), 'change', 'must', '10.60 / (126.40 - 10.60 = 115.80) = 9.2%, stated 8.4%')
check(sm('62.14', '0', '143.24') == D('205.38'), 'procurement')
f(d.L('2024年度本部门政府采购支出总额215.38万元'), 'sum', 'must', '政府采购 215.38, but 货物 62.14 + 工程 0 + 服务 143.24 = 205.38')
check(pct('188.62', '215.38') == D('87.6') and pct('150.20', '188.62') == D('79.6'), 'sme')
t(d.L('授予中小企业合同金额188.62万元'), '188.62 / 215.38 = 87.6%; 小微 150.20 / 中小 188.62 = 79.6% (the base named is the 中小企业 amount)')
check(0 + 3 + 0 + 6 == 9, 'vehicles by kind')
t(d.L('本部门共有车辆9辆'), '9 = 0 + 3 + 0 + 6; equipment counts 0')
check(3320 + 1240 + 400 == 4960, 'area')
f(d.L('本部门占用房屋面积4,860平方米'), 'sum', 'must', '房屋面积 4,860, but 3,320 + 1,240 + 400 = 4,960 (more than the total)')
check(7 + 4 + 2 == 13, 'grades')
f(d.L('2024年度本部门对12个项目开展了绩效自评'), 'count', 'must', '12个项目, but 优7 + 良4 + 中2 = 13')
f(d.L('“财政票据电子化改革”项目自评得分88.5分'), 'grade', 'must', '88.5 is 良 [80,90), called 优 (92.0 优 beside it is right)')
t(d.L('本部门整体支出绩效自评得分91.6分'), '91.6 优; 提高1.8分 names no prior score')

# s02: township government, 2025 budget, Markdown with tables
d, f, t = doc('s02-liutang-town-2025-dept-budget.md')
t(d.L('柳塘镇人民政府下设党政办公室'), '五个内设机构 with five named before; 两家，即 two')
check(pct('213.70', D('4286.50') + D('213.70')) == D('4.7'), 'income')
t(d.L('2025年部门收入预算4,286.50万元'), '213.70 / 4,500.20 = 4.7%')
check(sm('1285.40', '642.30', '1620.80', '518.00') == D('4066.50') and sm('1318.60', '598.10', '1804.90', '502.00') == D('4223.60')
      and sm('-33.20', '44.20', '-184.10', '16.00') == D('-157.10'), 'table')
t(d.L('| 一般公共服务支出 |') + d.L('| 农林水支出 |') + d.L('| 城乡社区支出 |') + d.L('| 合计 | 4,066.50'),
  'rows that fit: 33.20 / 1,318.60 = 2.5%, 184.10 / 1,804.90 = 10.2%, 16 / 502 = 3.2%, 157.10 / 4,223.60 = 3.7%; columns add up')
check(pct_wrong('8.4', '44.20', '598.10') and pct('44.20', '598.10') == D('7.4'), 'row')
f(d.L('| 社会保障和就业支出 |'), 'change', 'must', '44.20 / 598.10 = 7.4%, stated 8.4% (642.30 - 598.10 = 44.20 right)')
check(sm('0', '12.80', '5.80') == D('18.60') and pct('2.40', '21.00') == D('11.4') and D('-1.60') + D('-1.80') == D('-3.40'), 'sangong')
f(d.L('2025年“三公”经费财政拨款预算18.60万元'), 'change-sum', 'must',
  '三公 down 2.40, but its items change 0 - 1.60 - 1.80 = -3.40 (18.60 = 0 + 12.80 + 5.80 and 2.40 / 21.00 = 11.4% right)')
t(d.L('公务用车购置及运行维护费预算12.80万元，其中'), '12.80 = 0 + 12.80; 6辆 and 约60批次 are counts, one approximate')
check(pct('3.50', D('86.20') - D('3.50')) == D('4.2'), 'running')
t(d.L('2025年本部门机关运行经费财政拨款预算86.20万元'), '3.50 / 82.70 = 4.2%')
check(sm('98.00', '120.00', '148.00') == D('366.00'), 'procurement')
f(d.L('2025年本部门政府采购预算总额356.00万元'), 'sum', 'must', '政府采购预算 356.00, but 98 + 120 + 148 = 366.00')
check(pct('285', '356') == D('80.1') and pct('200', '285') == D('70.2'), 'sme')
t(d.L('面向中小企业预留采购份额285.00万元'), '285 / 356 = 80.1%; 200 / 285 = 70.2% of the 预留份额 (another base)')
t(d.L('本部门共有车辆6辆'), '6 = 2 + 3 + 1; 1台（套） equipment')
t(d.L('2025年本部门所有项目均编制了绩效目标'), '14个 projects and 2,638.40万元; 100% of a base not stated')
check(sm('620.00', '415.50', '86.00') == D('1121.50'), 'targets')
f(d.L('| 合计 | 1,131.50'), 'sum', 'must', 'table 合计 1,131.50, but 620.00 + 415.50 + 86.00 = 1,121.50')
t(d.L('| 农村人居环境整治 |') + d.L('| 高标准农田管护 |'), 'output counts (18个, 12,000亩) in a text column, not money')
t(d.L('1. 机关运行经费：') + d.L('2. “三公”经费：'), 'numbered definitions, not headings')
f(d.L('本部门2025年收入预算总额4,268.50万元'), 'conflict', 'must', '收入预算 4,268.50 here, 4,286.50 in section 二 (digits swapped)')

# s03: district education bureau, 2024 final accounts, Word
d, f, t = doc('s03-qinglan-district-education-2024-dept-final-accounts.docx')
check(6 + 12 + 5 + 1 == 24, 'units')
t(d.L('共二十四个，其中'), '二十四个 = 6 + 12 + 5 + 1 (所 and 个 count one kind of thing)')
check(pct('2846.20', D('52318.64') - D('2846.20')) == D('5.8'), 'total')
t(d.L('2024年度收入总计52,318.64万元'), '2,846.20 / 49,472.44 = 5.8%')
check(pct('64.35', '70.00') == D('91.9') and pct('3.15', D('64.35') - D('3.15')) == D('5.1') and sm('12.40', '38.75', '13.20') == D('64.35'), 'sangong')
t(d.L('2024年度“三公”经费财政拨款支出决算为64.35万元'), '64.35 / 70.00 = 91.9%; 3.15 / 61.20 = 5.1%; 64.35 = 12.40 + 38.75 + 13.20 across the numbered items')
t(d.L('1.因公出国（境）费支出决算12.40万元'), '2个 团组, 8人次: counts')
check(D('22.00') + D('15.75') == D('37.75'), 'vehicle cost')
f(d.L('2.公务用车购置及运行维护费支出决算38.75万元'), 'sum', 'must', '公务用车 38.75, but 购置 22.00 + 运行维护 15.75 = 37.75 (a complete partition)')
t(d.L('公务用车保有量14辆，其中当年新购置1辆'), 'a 其中 that is not a partition (bought this year, of 14)')
t(d.L('3.公务接待费支出决算13.20万元'), '批次 and 人次 counts; 外事 8 批次 is a subset')
f(d.L('2024年度本部门机关运行经费支出312.60万元'), 'direction', 'must', '比上年减少18.40万元 with 增长5.6%')
check(sm('3216.50', '2108.40', '1517.40') == D('6842.30'), 'procurement')
t(d.L('2024年度本部门政府采购支出总额6,842.30万元'), '6,842.30 = 3,216.50 + 2,108.40 + 1,517.40')
check(pct('5920.70', '6842.30') == D('86.5') and pct_wrong('58.8', '3364.10', '5920.70') and pct('3364.10', '5920.70') == D('56.8')
      and pct_wrong('58.8', '3364.10', '6842.30'), 'sme')
f(d.L('授予中小企业合同金额5,920.70万元'), 'share', 'must', '小微 3,364.10 / 中小 5,920.70 = 56.8%, stated 58.8% (nor of the total: 49.2%); 86.5% right')
check(2 + 0 + 12 + 2 == 16, 'vehicles')
t(d.L('本部门共有车辆16辆'), '16 = 2 + 0 + 12 + 2; 共有车辆 16 is not the 公务用车保有量 14 (another measure)')
check(6420 + 286300 + 18960 == 311680, 'area')
t(d.L('| 办公用房 |') + d.L('| 合计 | 311,680'), '311,680 = 6,420 + 286,300 + 18,960 (平方米, not money)')
check(pct('8624.30', '20244.80') == D('42.6') and sm('2160.00', '1380.60', '2640.00', '312.40', '1485.30', '646.00') == D('8624.30'), 'projects')
t(d.L('2024年度本部门组织对6个项目开展绩效自评'), '6个 with six rows; 8,624.30 = the rows\' money; 8,624.30 / 20,244.80 = 42.6%')
t(d.L('| 义务教育课后服务补助 |') + d.L('| 学前教育保教费补助 |') + d.L('| 教师培训 |') + d.L('| 学生资助 |') + d.L('| 校园安全设施提升 |'),
  '94.5 优, 89.0 良, 86.0 良, 91.0 优, 82.5 良')
f(d.L('| 校舍维修改造 |'), 'grade', 'must', '79.5 is 中 [60,80), called 良')
t(d.L('按得分计，自评结果为优的2个'), '2 + 3 + 1 = 6 (by score)')
f(d.L('综上，本部门2024年度“三公”经费财政拨款支出64.53万元'), 'conflict', 'must', '三公 64.53 here, 64.35 in section 二')

# s04: county health bureau, 2025 budget, text wrapped as pdftotext leaves it
d, f, t = doc('s04-songxi-county-health-2025-dept-budget.txt')
check(sm('12308.60', '1200.00', '5033.70', '100.00') == D('18642.30'), 'income')
t(d.S('2025年部门收入预算合计18,642.30万元，其中一般公共预算拨款收入12,308.60万元'), '18,642.30 = 12,308.60 + 1,200 + 5,033.70 + 100 (a number wrapped mid-line)')
check(pct('3.70', '30.00') == D('12.3') and pct('2.50', '22.00') == D('11.4') and pct('1.20', '8.00') == D('15.0') and sm('0', '19.50', '6.80') == D('26.30'), 'sangong')
t(d.S('2025年“三公”经费财政拨款预算26.30万元，比上年预算减少3.70万元，下降12.3%。其中，因公出国（境）费预算0万元，与上年持平；公务用车购置及运行维护费预算19.50万元，比上年减少2.50万元，下降11.4%；公务接待费预算6.80万元，比上年减少1.20万元，下降15.0%。'),
  'every figure fits: 26.30 = 0 + 19.50 + 6.80; -3.70 = 0 - 2.50 - 1.20; 3.70/30 = 12.3%, 2.50/22 = 11.4%, 1.20/8 = 15.0%')
t(d.S('全部为运行维护费，主要用于11辆公务用车的日常运行'), '11辆, 85批次, 620人次 are counts')
check(pct_wrong('8.2', '5.60', D('68.40') + D('5.60')) and pct('5.60', '74.00') == D('7.6'), 'running')
f(d.S('2025年本部门机关运行经费财政拨款预算68.40万元，比上年预算减少5.60万元，下降8.2%。'), 'change', 'must', '5.60 / (68.40 + 5.60 = 74.00) = 7.6%, stated 8.2% (5.60 / 68.40)')
check(sm('1650.00', '420.00', '410.60') == D('2480.60') and pct('1450', '1980') == D('73.2'), 'procurement')
t(d.S('2025年本部门政府采购预算总额2,480.60万元'), '2,480.60 = 1,650 + 420 + 410.60 (1,650.00 wrapped after its comma); 1,450 / 1,980 = 73.2%')
check(11 + 12 + 3 == 26, 'vehicles')
f(d.S('本部门共有车辆25辆，其中一般公务用车11辆、特种专业技术用车（救护车）12辆、其他用车3辆'), 'sum', 'must', '车辆 25, but 11 + 12 + 3 = 26')
check(pct_wrong('98.1', '6842.00', '7120.00') and pct('6842', '7120') == D('96.1'), 'targets')
f(d.S('占一般公共预算项目支出预算7,120.00万元的98.1%'), 'share', 'must', '6,842 / 7,120 = 96.1%, stated 98.1%')
check(15 + 6 + 1 + 0 == 22, 'grades')
f(d.S('2024年度本部门对23个项目开展了绩效自评，自评结果为优的15个、良的6个、中的1个、差的0个'), 'count', 'must', '23个, but 15 + 6 + 1 + 0 = 22 (优良中差 is a complete partition)')
f(d.S('“家庭医生签约服务”项目自评得分79.0分，等级为“良”'), 'grade', 'must', '79.0 is 中, called 良 (86.0 良 before it is right)')
t(d.S('2024年全县居民健康素养水平达到29.6%，比上年提高2.1个百分点'), '个百分点 is a change of a rate, not a share; 95.2% names no base')

# s05: subdistrict office, 2024 final accounts, Markdown with a roll-forward table
d, f, t = doc('s05-baishi-subdistrict-2024-dept-final-accounts.md')
check(pct('186.40', D('2964.80') - D('186.40')) == D('6.7') and pct('221.30', D('3012.50') - D('221.30')) == D('7.9'), 'totals')
t(d.L('2024年度财政拨款收入2,964.80万元'), '186.40 / 2,778.40 = 6.7%; 221.30 / 2,791.20 = 7.9%')
check(D('126.30') + D('2764.80') - D('2832.50') == D('58.60') and D(20) + D(200) - D(180) == D(40)
      and D('146.30') + D('2964.80') - D('3012.50') == D('98.60'), 'table')
t(d.L('| 一般公共预算财政拨款 | 126.30') + d.L('| 政府性基金预算财政拨款 |') + d.L('| 合计 | 146.30'), 'each row closes (年初 + 收入 - 支出 = 年末) and each column adds up')
t(d.L('年末财政拨款结转和结余98.60万元'), '98.60 = 58.60 + 40.00')
f(d.L('其中，一般公共预算财政拨款年初结转和结余126.30万元'), 'sum', 'must', '126.30 + 2,764.80 - 2,832.50 = 58.60 (as the table), stated 年末结转和结余 68.60')
f(d.L('其中，一般公共预算财政拨款年初结转和结余126.30万元'), 'conflict', 'may', 'the same 年末结转和结余 is 58.60 in 表1')
check(not pct_wrong('4.5', '0.42', D('9.86') - D('0.42')) and pct('9.86', '12.00') == D('82.2'), 'sangong')
t(d.L('2024年度本单位“三公”经费财政拨款支出决算为9.86万元'), '0.42 / 9.44 = 4.45%: 4.5% meets it within rounding; 9.86 / 12.00 = 82.2%')
t(d.L('其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元'), '9.86 = 0 + 0 + 9.86; 68批次, 512人次 counts')
check(pct('12.60', D('142.80') + D('12.60')) == D('8.1'), 'running')
t(d.L('2024年度本单位机关运行经费支出142.80万元'), '12.60 / 155.40 = 8.1%')
check(sm('52.40', '301.60', '132.20') == D('486.20') and pct('398.70', '486.20') == D('82.0'), 'procurement')
t(d.L('2024年度本单位政府采购支出总额486.20万元'), '486.20 = 52.40 + 301.60 + 132.20; 100%; 398.70 / 486.20 = 82.0%')
f(d.L('本单位共有车辆4辆'), 'sum', 'must', '车辆 4, but 3 + 2 = 5')
f(d.L('2024年度本单位对5个项目开展绩效自评'), 'count', 'must', '5个项目, 分别是 four names')
f(d.L('自评结果显示，社区养老服务项目得分93.0分'), 'grade', 'may', '90.0 is 优 [90,100], called 良 (93.0 优, 87.5 良 right). '
  'Corrected after round 1 from must: 90.0 stands for [89.95, 90.05] (SPEC §4), which meets 良 [80,90): not provable')
t(d.L('（一）年初结转和结余：') + d.L('（二）年末结转和结余：'), 'definitions numbered under 七、, not a heading sequence')

# s06: city natural resources bureau, 2024 final accounts, Word
d, f, t = doc('s06-yunling-city-natural-resources-2024-dept-final-accounts.docx')
f(d.L('下属事业单位三个，分别为'), 'count', 'must', '三个, 分别为 two names (十一个 内设机构 is not enumerated)')
check(sm('19872.15', '1288.20', '300.00') == D('21460.35'), 'income')
t(d.L('2024年度本部门收入合计21,460.35万元'), '21,460.35 = 19,872.15 + 1,288.20 + 300')
check(pct('6.18', D('28.62') + D('6.18')) == D('17.8') and sm('0', '21.30', '7.32') == D('28.62'), 'sangong')
t(d.L('2024年度“三公”经费支出决算28.62万元，比上年'), '6.18 / 34.80 = 17.8%; 76.3% of a budget not stated')
t(d.L('其中：因公出国（境）费0万元，未组织出国团组'), '28.62 = 0 + 21.30 + 7.32; 8辆, 54批次, 401人次 counts')
check(pct('24.36', D('265.48') - D('24.36')) == D('10.1'), 'running')
t(d.L('2024年度本部门机关运行经费支出265.48万元'), '24.36 / 241.12 = 10.1%')
check(sm('468.20', '0', '1458.20') == D('1926.40') and pct('1602.30', '1926.40') == D('83.2'), 'procurement')
t(d.L('2024年度本部门政府采购支出总额1,926.40万元'), '1,926.40 = 468.20 + 0 + 1,458.20; 1,602.30 / 1,926.40 = 83.2%')
t(d.L('本部门共有车辆19辆'), '19 = 8 + 6 + 5; 共有车辆 19 beside 公务用车保有量 8 (another measure)')
t(d.L('覆盖项目10个'), '10 = 6 + 3 + 1 + 0')
check(pct('842.50', '860') == D('98.0') and pct('1168.40', '1240') == D('94.2'), 'rows')
t(d.L('| 国土空间规划编制 |') + d.L('| 不动产登记信息化 |'), '842.50 / 860 = 98.0% 95.2 优秀; 1,168.40 / 1,240 = 94.2% 88.6 良好')
check(pct('1486', '1520') == D('97.8'), 'row')
f(d.L('| 地质灾害防治 |'), 'grade', 'must', '89.6 is 良好 [80,90), called 优秀')
check(pct('1500', '2000') == D('75.0'), 'row')
f(d.L('| 耕地保护激励 |'), 'share', 'must', '执行率 1,500 / 2,000 = 75.0%, stated 85.0%')
t(d.L('部门整体支出绩效自评得分92.8分'), '92.8 优秀; 3.5分 names no prior score')
f(d.L('本部门2024年度“三公”经费支出决算28.62万元中，公务接待费7.23万元'), 'conflict', 'must', '公务接待费 7.23 here, 7.32 in section 三')

# s07: county agriculture bureau, 2025 budget, plain text
d, f, t = doc('s07-jinchuan-county-agriculture-2025-dept-budget.txt')
t(d.L('共七个股室'), '七个 with seven named before the count')
f(d.L('本部门下属事业单位4个，即'), 'count', 'must', '4个，即 three names')
check(pct('642.80', D('9864.20') - D('642.80')) == D('7.0') and sm('8216.40', '1647.80') == D('9864.20') and D('512.60') + D('120.20') == D('632.80'), 'income')
f(d.L('2025年部门预算收入总计9,864.20万元'), 'change-sum', 'must', 'total up 642.80, but its two sources change 512.60 + 120.20 = 632.80 (9,864.20 = 8,216.40 + 1,647.80 and 7.0% right)')
check(sm('0', '11.00', '4.80') == D('15.80'), 'sangong')
t(d.L('2025年“三公”经费财政拨款预算15.80万元，与上年预算持平'), '15.80 = 0 + 11.00 + 4.80; 8辆, 40批次, 300人次 counts')
check(D('15.80') - D('13.62') == D('2.18') and pct('13.62', '15.80') == D('86.2'), 'execution')
t(d.L('2024年“三公”经费实际支出13.62万元'), '执行数 against 上年预算 15.80 (持平): 15.80 - 13.62 = 2.18, 86.2%')
check(pct_wrong('6.3', '6.20', D('98.60') - D('6.20')) and pct('6.20', '92.40') == D('6.7'), 'running')
f(d.L('2025年本部门机关运行经费预算98.60万元'), 'change', 'must', '6.20 / (98.60 - 6.20 = 92.40) = 6.7%, stated 6.3%')
check(sm('386', '612', '270') == D('1268') and pct('1014.40', '1268') == D('80.0'), 'procurement')
t(d.L('2025年本部门政府采购预算1,268.00万元'), '1,268 = 386 + 612 + 270; 1,014.40 / 1,268 = 80%')
t(d.L('本部门共有车辆12辆'), '12 = 8 + 2 + 2; the equipment 其中 1台 is a subset of 2')
check(3260 + 5380 == 8640 and pct('3260', '8640') == D('37.7') and pct('5380', '8640') == D('62.3'), 'area')
t(d.L('本部门房屋面积8,640平方米'), '8,640 = 3,260 + 5,380; 37.7% and 62.3% (平方米 shares)')
t(d.L('2025年本部门实行绩效目标管理的项目21个'), '92.4% of a base not stated')
check(11 + 6 + 3 == 20, 'grades')
f(d.L('2024年度本部门对19个项目开展绩效自评'), 'count', 'must', '19个, but 优11 + 良6 + 中3 = 20')
f(d.L('其中，高标准农田建设项目得分91.5分'), 'grade', 'may', '80.0 is 良 [80,90), called 中 (91.5 优 and 76.5 中 right). '
  'Corrected after round 1 from must: 80.0 stands for [79.95, 80.05] (SPEC §4), which meets 中 [60,80): not provable')

# s08: township, 2024 final accounts, plain text
d, f, t = doc('s08-dongling-town-2024-final-accounts.txt')
t(d.L('东陵镇辖9个行政村、2个社区'), 'counts of villages, offices, staff: no enumeration')
check(D('214.60') + D('3271.60') == D('3486.20') and D('3486.20') - D('3302.80') == D('183.40'), 'roll-forward')
f(d.L('2024年度财政拨款收入总计3,486.20万元'), 'sum', 'must', '3,486.20 - 3,302.80 = 183.40, stated 年末结转和结余 193.40 (3,486.20 = 214.60 + 3,271.60 right)')
check(D('8.50') - D('6.42') == D('2.08') and pct('6.42', '8.50') == D('75.5'), 'sangong')
t(d.L('2024年度“三公”经费财政拨款支出6.42万元'), '8.50 - 6.42 = 2.08; 75.5%')
check(pct('0.56', D('4.86') + D('0.56')) == D('10.3') and pct('0.20', D('1.56') - D('0.20')) == D('14.7') and (D(186) / 23).quantize(D('0.1')) == D('8.1')
      and D('4.86') + D('1.56') == D('6.42'), 'items')
t(d.L('其中公务用车运行维护费4.86万元'), '0.56 / 5.42 = 10.3%; 0.20 / 1.36 = 14.7%; 186 / 23 = 8.1 persons per 批次')
check(pct('4.10', D('76.30') + D('4.10')) == D('5.1'), 'running')
t(d.L('2024年度镇机关运行经费支出76.30万元'), '4.10 / 80.40 = 5.1%')
t(d.L('机关运行经费占镇一般公共预算支出的比重为2.6%'), '个百分点: a change of a share whose base is not stated')
check(sm('46.30', '220.00', '52.20') == D('318.50') and pct('265.40', '318.50') == D('83.3'), 'procurement')
t(d.L('2024年度镇政府采购支出合计318.50万元'), '318.50 = 46.30 + 220 + 52.20; 265.40 / 318.50 = 83.3%')
check(sm('2214.60', '318.20', '146.80', '230.80') == D('2910.40'), 'assets')
f(d.L('截至2024年末，全镇固定资产原值2,860.40万元'), 'sum', 'must', '原值 2,860.40, but 2,214.60 + 318.20 + 146.80 + 230.80 = 2,910.40 (more than the total)')
t(d.L('镇政府共有车辆3辆'), '3辆, no list')
check(5 + 2 + 2 == 9, 'bands')
f(d.L('2024年度全镇实施绩效自评的项目共8个'), 'count', 'must', '8个, but 5 + 2 + 2 = 9 projects by score band')
f(d.L('“农村饮水安全维修”项目自评得分84.5分'), 'grade', 'must', '84.5 is 良, called 优')
check(pct('326', '1246.80') == D('26.1'), 'share')
t(d.L('村级公益事业建设奖补项目资金326.00万元'), '326 / 1,246.80 = 26.1%')
t(d.L('全镇人居环境整治年度考核得分94分'), 'a score with 提高3.5分, no grade')

# s09: district market regulation bureau, 2024 final accounts, Markdown
d, f, t = doc('s09-nanhu-district-market-regulation-2024-final-accounts.md')
check(sm('4.12', '31.54', '8.20') == D('43.86') and sm('6', '36', '10') == D(52), 'table')
f(d.L('| 合计 | 52.00 | 44.86'), 'sum', 'must', '决算 合计 44.86, but 4.12 + 31.54 + 8.20 = 43.86 (预算 52 = 6 + 36 + 10 right)')
check(pct('4.12', '6') == D('68.7') and pct('31.54', '36') == D('87.6') and pct('8.20', '10') == D('82.0'), 'rows')
t(d.L('| 因公出国（境）费 | 6.00') + d.L('| 公务用车购置及运行维护费 | 36.00') + d.L('| 公务接待费 | 10.00'), 'completion rates 68.7%, 87.6%, 82.0% fit')
check(pct('44.86', '52') == D('86.3') and pct('5.34', D('44.86') + D('5.34')) == D('10.6'), 'text')
t(d.L('2024年度“三公”经费财政拨款支出决算44.86万元'), '44.86 / 52 = 86.3%; 5.34 / 50.20 = 10.6%')
t(d.L('因公出国（境）费4.12万元，全年安排因公出国（境）团组1个、3人'), 'growth from a zero base stated as an amount only; 1个, 3人 counts')
t(d.L('公务用车购置及运行维护费31.54万元，其中购置费0万元'), '31.54 = 0 + 31.54; 21 = 18 + 2 + 1')
check(pct_wrong('7.8', '0.64', D('8.20') + D('0.64')) and pct('0.64', '8.84') == D('7.2'), 'reception')
f(d.L('公务接待费8.20万元，比上年减少0.64万元'), 'change', 'must', '0.64 / (8.20 + 0.64 = 8.84) = 7.2%, stated 7.8% (0.64 / 8.20)')
check(pct('12.40', D('386.20') - D('12.40')) == D('3.3'), 'running')
t(d.L('2024年度本部门机关运行经费支出386.20万元'), '12.40 / 373.80 = 3.3%')
check(sm('412.50', '0', '652.20') == D('1064.70') and pct('896.40', '1064.70') == D('84.2') and pct_wrong('65.3', '602.10', '1064.70')
      and pct_wrong('65.3', '602.10', '896.40'), 'procurement')
f(d.L('2024年度本部门政府采购支出总额1,064.70万元'), 'share', 'must', '小微 602.10 / 总额 1,064.70 = 56.6%, stated 65.3% (nor of the 中小企业 amount: 67.2%)')
check(3 + 18 + 2 == 23, 'vehicles')
t(d.L('本部门共有车辆23辆'), '23 = 3 + 18 + 2')
check(9 + 4 + 1 == 14, 'bands')
t(d.L('2024年度本部门对全部14个项目开展了绩效自评'), '14 = 9 + 4 + 1 by score band')
t(d.L('| 1 | 食品安全抽检 |') + d.L('| 2 | 特种设备安全监察 |') + d.L('| 3 | 计量检定能力建设 |'), '96.0 优, 91.5 优, 85.0 良; 序号 column')
f(d.L('| 4 | 知识产权保护 |'), 'grade', 'must', '92.0 is 优, called 良')
f(d.L('其中，食品安全抽检项目资金602.00万元'), 'conflict', 'must', '食品安全抽检 602.00 here, 620.00 in 表2')

# s10: county water bureau, 2025 budget, Word
d, f, t = doc('s10-changqiao-county-water-2025-dept-budget.docx')
f(d.L('本部门预算由局机关和所属2个事业单位预算组成'), 'count', 'must', '2个事业单位, 即 three names')
check(pct('428.60', D('7652.40') + D('428.60')) == D('5.3'), 'total')
t(d.L('2025年收入预算总计7,652.40万元'), '428.60 / 8,081.00 = 5.3%')
check(sm('1386.20', '6266.20') == D('7652.40') and pct('1386.20', '7652.40') == D('18.1') and pct('6266.20', '7652.40') == D('81.9'), 'split')
t(d.L('支出预算中，基本支出1,386.20万元'), '7,652.40 = 1,386.20 + 6,266.20; 18.1% and 81.9%')
check(sm('0', '16.80', '6.60') == D('23.40') and pct('1.60', '24.00') == D('6.7'), 'sangong')
f(d.L('2025年“三公”经费财政拨款预算22.40万元'), 'sum', 'must', '三公 22.40, but 0 + 16.80 + 6.60 = 23.40 (16.80 = 0 + 16.80 and 1.60 / 24 = 6.7% right)')
check(pct('20.75', '24.00') == D('86.5'), 'execution')
t(d.L('2024年“三公”经费预算执行数为20.75万元'), '执行数 20.75 / 上年预算 24.00 = 86.5% (the 2024 budget: 22.40 + 1.60)')
f(d.L('公务接待费预算6.20万元'), 'conflict', 'must', '公务接待费预算 6.20 here, 6.60 in the 三公 paragraph')
f(d.L('2025年机关运行经费预算56.30万元'), 'direction', 'must', '比上年预算增加2.10万元 with 下降3.9%')
check(sm('216', '3380', '246') == D('3842'), 'procurement')
t(d.L('2025年政府采购预算3,842.00万元'), '3,842 = 216 + 3,380 + 246')
t(d.L('本部门共有车辆7辆'), '7 = 4 + 3')
check(sm('2400', '1560', '860', '120') == D('4940') and sm('2286.30', '1498.40', '612.50', '118.60') == D('4515.80'), 'table')
f(d.L('| 合计 | 4,940.00'), 'sum', 'must', '执行数 合计 4,615.80, but 2,286.30 + 1,498.40 + 612.50 + 118.60 = 4,515.80 (预算 4,940 right)')
t(d.L('| 中小河流治理 |') + d.L('| 农村供水保障 |') + d.L('| 水土保持综合治理 |') + d.L('| 防汛抗旱物资储备 |'), '93.5 优, 88.0 良, 74.5 中, 95.0 优')
check((D('93.5') + D('88') + D('74.5') + D('95')) / 4 == D('87.75'), 'mean')
t(d.L('上述4个项目自评结果为优2个'), '4 = 2 + 1 + 1; mean 87.75')
t(d.L('1.基本支出：') + d.L('2.项目支出：'), 'numbered definitions')

write('heldout13 (gen13): ten invented final-accounts and budget disclosures, the sections beyond the money tables '
      '(三公 with counts, 机关运行经费, 政府采购, 国有资产, 绩效, 结转和结余), written blind')
