#!/usr/bin/env python3
"""heldout29: re-derives every planted contradiction (src/plants.py) and every trap from the figures as printed
in the text the CLI reads (src/NAME.pdf.text.txt / src/NAME.docx.text.txt / the .md itself), then writes
expected.json. Lines are located by a piece of their text: a rebuild that moves them fails loudly."""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import kit, check, off, pct_ok, pct_wrong, chg_ok, chg_wrong, growth_ok, roll_off, sm, D  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)
N = lambda s: D(s.replace(',', ''))

ITEM = [re.compile(r'（项）(\d{4})年预算数为([\d,.]+)万元，比\d{4}年预算数(增加|减少)([\d,.]+)万元，(增长|下降)([\d.]+)%'),
        re.compile(r'（项）：预算([\d,.]+)万元，较上年预算(增加|减少)([\d,.]+)万元，(增幅|降幅)([\d.]+)%'),
        re.compile(r'：\d{4}年安排([\d,.]+)万元，\d{4}年安排([\d,.]+)万元，(增加|减少)([\d,.]+)万元，(增长|下降)([\d.]+)%')]


def item_traps(d, t, skip):
    """Every 项 sentence whose amount, change and rate agree (and whose words agree) is a trap."""
    n = 0
    for rx in ITEM:
        for m in rx.finditer(d.joined):
            g = m.groups()
            if rx is ITEM[0]:
                cur, w1, delta, w2, r = N(g[1]), g[2], N(g[3]), g[4], g[5]
                prior = None
            elif rx is ITEM[1]:
                cur, w1, delta, w2, r = N(g[0]), g[1], N(g[2]), g[3], g[4]
                prior = None
            else:
                cur, prior, w1, delta, w2, r = N(g[0]), N(g[1]), g[2], N(g[3]), g[4], g[5]
            down = w1 == '减少'
            ok = (w2 in ('增长', '增幅')) != down and chg_ok(r, delta, cur, down=down)
            if prior is not None:
                ok = ok and not roll_off(str(cur), str(prior), '0', str(delta) if down else '0') if down else ok and not off(str(cur), str(prior), str(delta))
            if not ok or any(m.group(0) in s for s in skip):
                continue
            t(d.S(m.group(0)), f'项 sentence: {m.group(0)[:60]}… amount, change and rate agree (SPEC §4 rounding)')
            n += 1
    return n


# ======================================================================== d01 (Word -> PDF, 万元)
d, f, t = doc('d01-bincheng-district-education-bureau-2025-department-budget.pdf')
f(d.S('四、2025年主要工作任务'), 'heading', 'must', 'part one numbers its sections 一、主要职能 二、机构设置 then 四、: 三、 is skipped')
units = d.S('滨澄区教育局机关、滨澄区教育学院')
names = re.search(r'预算单位共24个，包括：([^。]*)。', d.joined).group(1).split('、')
check(len(names) == 23, 'd01 units listed')
f(d.S('预算单位共24个'), 'count', 'must', '预算单位共24个, but the list after 包括： names 23 units')
f(d.S('现将滨澄区教育局2024年部门预算情况说明如下'), 'year', 'must', 'the document is the 2025年部门预算 (title, head); the sentence introducing the 说明 says 2024年部门预算')
check(off('84.00', '0.00', '67.20', '14.80') and not off('67.20', '26.00', '41.20'), 'd01 sangong row')
f(d.L('| 2024年预算 | 84.00 |'), 'sum', 'must', '表七 2024年预算 row: 合计84.00, but 0.00 + 67.20 + 14.80 = 82.00 (the prose 减少30.95 from 51.05 also implies 82.00)')
check(pct_wrong('4.1', '6482.30', '138791.55'), 'd01 share')
f(d.S('事业收入6,482.30万元，占4.1%'), 'share', 'must', '事业收入 6,482.30 / 收入预算总计 138,791.55 = 4.67%, stated 4.1%')
check(chg_wrong('3.83', '420.75', '13055.75'), 'd01 change')
f(d.S('增加420.75万元，增长3.83%'), 'change', 'must', '高中教育 13,055.75, up 420.75 from 12,635.00 = 3.33%, stated 3.83%')
f(d.S('比2024年预算数减少52.21万元，增长4.94%'), 'direction', 'must', '特殊学校教育: 减少52.21万元 and 增长4.94% in one change claim (the table has 1,109.02 against 1,056.81: a rise)')
check(not off('13071.50', '10950.12', '2121.38') and N('13071.50') != N('13017.50'), 'd01 conflict')
f(d.S('学前教育（项）2025年预算数为13,071.50万元') + d.L('| 学前教育 |'), 'conflict', 'must', '学前教育: 13,071.50万元 in the prose, 13,017.50 in 表五 (the prose change 2,121.38 / 19.37% is consistent with its own figure)')
bigp = ['1,426.30', '959.20', '3,120.00', '1,860.00', '842.65', '1,286.40', '1,542.00', '1,108.90', '963.20', '745.80', '612.00', '538.75']
check(off('15105.20', *[b.replace(',', '') for b in bigp]), 'd01 bigp')
f(d.L('|  | 合计 |  |  | 15,105.20 |'), 'sum', 'must', f'表十 合计15,105.20, but the twelve projects add up to {sm(*[b.replace(",", "") for b in bigp])}')
row302 = [l for l in d.lines if re.match(r'\| 30[2-9]\d\d? ', l) or re.match(r'\| 302\d\d ', l)]
e302 = [N(re.findall(r'[\d,]+\.\d\d', l)[0]) for l in d.lines if re.match(r'\| 302\d\d ', l)]
check(off('9831.92', *[str(x) for x in e302]), 'd01 302')
f(d.L('| 302 |') + d.L('| 30201 |'), 'sum', 'must', f'302 商品和服务支出 9,831.92, but its items add up to {sum(e302)} (30201 办公费 printed 820.59)')
f(d.L('| 302 |') + d.L('| 30201 |'), 'sum', 'may', 'the same slip breaks the 公用经费 column of 302, and the 合计 row against 301+302+303+310')
inc = ['129785.04', '6482.30', '351.46']
check(off('136582.80', *inc) and not off('136582.80', '129785.04', '6482.30', '315.46'), 'd01 income')
f(d.L('| 四、其他收入 |') + d.L('| 本年收入合计 |'), 'sum', 'must', '表一 本年收入合计136,582.80, but 129,785.04 + 6,482.30 + 351.46 = 136,618.80 (其他收入 printed 351.46)')
f(d.L('| 四、其他收入 |'), 'conflict', 'may', '其他收入: 315.46万元 in the prose and 表二, 351.46 in 表一')
check(not off('6164.80', '138791.55', '-132644.75') is False or N('138791.55') - N('132644.75') == N('6146.80'), 'd01 delta')
f(d.S('各增加6,164.80万元'), 'change', 'must', '收支预算总计 138,791.55 against 132,644.75: up 6,146.80, stated 6,164.80 (the rate 4.63% fits 6,146.80)')
# traps
check(not off('138791.55', '136582.80', '2208.75'), 'd01 t1')
t(d.S('收入预算总计中，本年收入合计136,582.80万元'), '收入总计 138,791.55 = 本年收入 136,582.80 + 上年结转 2,208.75')
check(not off('138791.55', '71840.38', '66951.17') and pct_ok('51.8', '71840.38', '138791.55') and pct_ok('48.2', '66951.17', '138791.55'), 'd01 t2')
t(d.S('其中：基本支出71,840.38万元，占51.8%'), '138,791.55 = 基本 71,840.38 + 项目 66,951.17 (项目 includes the 事业收入/其他/结转 projects); shares 51.8 + 48.2')
t(d.S('按支出功能分类，教育支出115,812.53万元'), '教育支出 115,812.53 (all funds) is not the 财政拨款 教育支出 106,806.02: 115,812.53 − 106,806.02 = 9,006.51 = 6,482.30 + 315.46 + 2,208.75')
check(N('115812.53') - N('106806.02') == sm('6482.30', '315.46', '2208.75'), 'd01 t3')
t(d.S('财政拨款收支预算总计不含事业收入'), '财政拨款收支总计 129,785.04 leaves out 事业收入, 其他收入 and 上年结转 on purpose and says so')
check(growth_ok('4.36', '124360.45', '129785.04'), 'd01 t4')
t(d.S('2025年一般公共预算财政拨款支出预算129,785.04万元'), '129,785.04 against 124,360.45: +5,424.59, 4.36%; 其中 the four 类 add up to it')
check(pct_ok('86.0', '61776.73', '71840.38') or True, '')
t(d.S('人员经费占基本支出的'), 'shares of 人员经费 and 公用经费 in 基本支出, both right')
t(d.S('因公出国（境）费预算0.00万元，与上年持平'), '0.00 against 0.00: 持平')
check(not off('38.60', '0.00', '38.60'), 'd01 t5')
t(d.S('公务用车购置及运行费预算38.60万元'), '38.60 = 0.00 + 38.60; 67.20 − 38.60 = 28.60')
check(chg_ok('5.6', '24.54', '412.36', down=True), 'd01 t6')
t(d.S('机关运行经费预算412.36万元'), '436.90 − 412.36 = 24.54, 5.6%; 机关运行经费 sits inside 基本支出 (said so)')
check(not off('5735.15', '1836.42', '2650.00', '1248.73') and pct_ok('71.5', '4102.55', '5735.15'), 'd01 t7')
t(d.S('政府采购预算5,735.15万元'), '5,735.15 = 1,836.42 + 2,650.00 + 1,248.73; 4,102.55 / 5,735.15 = 71.5%')
t(d.S('本部门共有车辆9辆'), '9 = 1 + 0 + 3 + 5')
t(d.S('设置绩效目标的项目46个'), '46 projects, of which 9 重点 listed (their sum 13,330.40 is the 表九 合计); 48,537.93 is 财政拨款 项目支出 only (said so)')
t(d.L('|  | 合计 | 13,330.40 |'), '表九 合计 13,330.40 = the nine projects')
t(d.S('其余34个项目未逐项列示'), 'a partial list on purpose: 12 of 46 projects')
t(d.L('| 收入总计 |', nth=1), '收入总计 138,791.55 = 136,582.80 + 2,208.75 = 支出总计')
t(d.L('| 2025年预算 | 51.05 |'), '51.05 = 0.00 + 38.60 + 12.45')
t(d.S('截至2024年12月31日，本部门编制内在职人员'), 'a 2024 date for staff counts under a 2025 budget: not a stale year; 2,846 = 26 + 2,820')
print('d01 item traps', item_traps(d, t, ['13,071.50', '3.83%', '减少52.21万元，增长4.94%']))

# ======================================================================== d02 (make_pdfs -> PDF, tables in 元)
d, f, t = doc('d02-lanxi-county-health-commission-2025-department-budget.pdf')
check(chg_wrong('17.5', '190.10', '1402.50'), 'd02 c1')
f(d.S('增加190.10万元，增幅17.5%'), 'change', 'must', '疾病预防控制机构 1,402.50 up 190.10 from 1,212.40 = 15.7%, stated 17.5%')
f(d.S('较上年预算减少4.73万元，增幅1.6%'), 'direction', 'must', '重大公共卫生服务: 减少4.73万元 with 增幅1.6%')
check(not off('5509.45', '5333.89', '175.56') and chg_ok('3.3', '175.56', '5509.45'), 'd02 conflict')
f(d.S('预算5,509.45万元') + d.L('| 综合医院 |'), 'conflict', 'must', '综合医院: 5,509.45万元 in the prose, 55,904,500.00元 (5,590.45万元) in 表五')
check(off('316600.00', '80000.00', '213600.00', '68000.00'), 'd02 sg')
f(d.S('316,600.'), 'sum', 'must', '表七 2025年预算 合计 316,600.00元, but 80,000.00 + 213,600.00 + 68,000.00 = 361,600.00 (the prose says 36.16万元); the cells are wrapped over three lines')
f(d.S('316,600.'), 'conflict', 'may', '三公 2025: 36.16万元 in the prose, 316,600.00元 in 表七')
check(pct_wrong('57.8', '28063.83', '47797.16'), 'd02 share')
f(d.S('一般公共预算拨款收入28,063.83万元，占57.8%'), 'share', 'must', '28,063.83 / 47,797.16 = 58.7%, stated 57.8%')
check(2 + 36 + 5 != 42, 'd02 cars')
f(d.S('其他用车5辆'), 'sum', 'must', '车辆42辆，其中 2 + 36 + 5 = 43')
e302 = [N(re.findall(r'[\d,]+\.\d\d', l)[0]) for l in d.lines if re.match(r'\| 302\d\d ', l)]
check(off('21724800.00', *[str(x) for x in e302]), 'd02 302')
f(d.L('| 302 |') + d.L('| 30201 |'), 'sum', 'must', f'302 21,724,800.00元, but its items add up to {sum(e302)} (30201 printed 3,221,300.00)')
f(d.L('| 302 |') + d.L('| 30201 |'), 'sum', 'may', 'the same slip in the 公用经费 column')
check(chg_wrong('9.7', '0.65', '6.80', down=True), 'd02 jd')
f(d.S('减少0.65万元，下降9.7%'), 'change', 'must', '公务接待费 6.80 down 0.65 from 7.45 = 8.7%, stated 9.7%')
# traps
t(d.S('本年收入合计46,832.96万元'), '收入总计 47,797.16 = 46,832.96 + 上年结转 964.20')
check(not off('47797.16', '46832.96', '964.20'), '')
t(d.S('含救护车29辆'), '36 特种专业技术用车 = 29 + 3 + 4')
t(d.L('| 收入总计 |', nth=1), '收入总计 in 元 = 本年收入合计 + 上年结转 = 支出总计')
t(d.S('与上年预算持平'), '持平 with the table: 其他基层医疗卫生机构支出 equal in both years')
t(d.S('上年无此项预算'), 'a new item: no growth rate from a zero base')
t(d.S('政府采购预算4,182.24万元'), '4,182.24 = 2,465.80 + 780.00 + 936.44; 3,062.50 / 4,182.24 = 73.2%')
check(not off('4182.24', '2465.80', '780.00', '936.44') and pct_ok('73.2', '3062.50', '4182.24'), '')
t(d.S('注：本表仅列示单项预算金额300万元以上的项目'), 'a partial list on purpose')
print('d02 item traps', item_traps(d, t, ['17.5%', '增幅1.6%', '5,509.45']))

# ======================================================================== d03 (Word -> PDF, county execution report)
d, f, t = doc('d03-tingwan-county-2024-budget-execution-and-2025-draft-report.pdf')
check(chg_wrong('9.8', '4881', '57669'), 'd03 vat')
f(d.S('比上年增加4,881万元，增长9.8%'), 'change', 'must', '增值税 57,669 up 4,881 from 52,788 = 9.2%, stated 9.8%')
f(d.S('比上年减少1,255万元，增长6.8%'), 'direction', 'must', '企业所得税: 减少1,255万元 with 增长6.8% (17,158 against 18,413)')
check(pct_wrong('75.8', '119250', '151932'), 'd03 share')
f(d.S('比重为75.8%'), 'share', 'must', '税收收入 119,250 / 151,932 = 78.5%, stated 75.8%')
taxp = [N(re.findall(r'\| ([\d,]+) \| [\d.]+ \| -?[\d.]+ \|$', l)[0]) for l in d.lines[d.L('| 一、税收收入 |  | 122,557')[0]:d.L('| 二、非税收入 |  |', nth=1)[0] - 1]]
check(off('117621', *[str(x) for x in taxp]) and len(taxp) == 14, 'd03 tax prior column')
f(d.L('| 一、税收收入 |  | 122,557') + d.L('| 车船税 |  | 1,584'), 'sum', 'must', f'附表1 税收收入 上年执行数 117,621, but its fourteen items add up to {sum(taxp)} (车船税 printed 1,479; the prose 比上年增加51 implies 1,497)')
f(d.L('| 车船税 |  | 1,584'), 'change', 'may', '车船税 1,548 against 1,479 is 4.7%, the row says 3.4% (it fits 1,497)')
tin = ['151932', '238472', '48600', '26800', '14260']
check(off('482064', *tin), 'd03 total in')
f(d.S('收入总计482,064万元'), 'sum', 'must', f'收入总计482,064, but 151,932 + 238,472 + 48,600 + 26,800 + 14,260 = {sm(*tin)}')
f(d.S('收入总计482,064万元'), 'conflict', 'may', '收入总计 482,064 in the prose, 480,064 in 附表3')
f(d.S('教育支出96,083万元') + d.L('| 教育支出 |  | 93,584'), 'conflict', 'must', '教育支出: 96,083万元 in the prose, 90,683 in 附表2')
f(d.S('教育支出96,083万元'), 'change', 'may', '96,083 is not 96.9% of the 调整预算 93,584 nor 5.0% up on 86,385')
BZ = N('98.64') + N('16.40') + N('2.60') - N('3.12')
check(BZ > N('112.40'), 'd03 debt')
f(d.S('专项债务限额112.40亿元') + d.S('专项债务余额114.52亿元'), 'debt', 'must', '专项债务余额114.52亿元 is above the 专项债务限额112.40亿元 stated for 2024 (the text says 均控制在…限额以内)')
f(d.S('政府债务限额为175.20亿元'), 'conflict', 'may', '限额 175.20 / 112.40 in the prose, 181.20 / 118.40 in 附表4')
check(N('2069') / N('2890') * 100 - 100 < D('-28.3'), 'd03 other')
f(d.L('| 其他支出 |  | 2,005'), 'change', 'must', '其他支出 2,069 against 2,890: −28.4%, the 比上年增长% cell says −24.8')
check(N('4881') - 0 > 0 and sm('1629', '2042') != N('3761'), 'd03 change-sum')
f(d.S('一般公共预算收入比上年增加3,761万元'), 'change-sum', 'must', '税收 +1,629 and 非税 +2,042 make +3,671, stated +3,761 (151,932 − 148,261 = 3,671 too)')
f(d.S('（七）落实县人大预算决议情况'), 'heading', 'must', '（一）…（五）政府债务情况 then （七）: （六） is skipped')
f(d.S('现将汀湾县2023年预算执行情况'), 'year', 'must', 'the report is on the 2024 execution and the 2025 draft; the opening sentence says 2023年预算执行情况')
check(pct_wrong('99.7', '151932', '155266'), 'd03 ratio')
f(d.S('的99.7%'), 'change', 'must', '151,932 / 调整预算 155,266 = 97.9%, stated 99.7%')
check(roll_off('58.86', '55.26', str(N('4.12') + N('5.36')), '6.08'), 'd03 roll')
f(d.S('年末余额58.86亿元'), 'debt', 'must', '一般债务 55.26 + 4.12 + 5.36 − 6.08 = 58.66, stated 58.86')
f(d.S('年末余额58.86亿元'), 'conflict', 'may', '一般债务余额 58.86 here, 58.66 in the 截至2024年末 sentence and 附表4')
# traps
t(d.S('同口径增长6.3%'), '同口径 growth on another base (after removing a one-off): not derivable, not a contradiction')
check(pct_ok('96.9', '151932', '156800'), '')
t(d.S('156,800万元的96.9%'), '年初预算 and 调整预算 are two bases: 96.9% of 156,800 is right')
t(d.S('税收收入比上年增加1,629万元'), '119,250 − 117,621 = 1,629 with the table total as printed')
check(not off('238472', '9642', '186450', '42380'), '')
t(d.S('上级补助收入238,472万元中'), '238,472 = 9,642 + 186,450 + 42,380; 还本 31,200 split two ways: by kind (一般 31,200) and by source (26,000 + 5,200)')
t(d.S('结转下年60,156万元'), '480,064 − 380,248 − 8,460 − 31,200 = 60,156')
check(not off('60156', '480064', '-380248', '-8460', '-31200'), '')
t(d.S('支出合计419,908万元'), '380,248 + 8,460 + 31,200 = 419,908 (支出合计 before 结转下年, not 支出总计)')
t(d.S('全年偿还政府债务本金9.20亿元'), '9.20 = 6.08 + 3.12; 新增 20.52 = 4.12 + 16.40; 再融资 7.96 = 5.36 + 2.60')
check(not off('9.20', '6.08', '3.12') and not off('20.52', '4.12', '16.40') and not off('7.96', '5.36', '2.60'), '')
t(d.S('专项债务：年初余额98.64亿元'), '98.64 + 16.40 + 2.60 − 3.12 = 114.52: closes')
t(d.S('使用新增专项债券资金16.40亿元'), '基金支出 above 基金收入 because of the bond money (said so)')
t(d.S('国有资本经营预算收入完成1,286万元'), '1,286 = 1,120 + 调出 166')
check(not off('1286', '1120', '166'), '')
t(d.S('当年收支结余13,560万元'), '186,420 − 172,860 = 13,560')
t(d.S('全县用于民生方面的支出'), '约 81.2% share stated with its own figure')
t(d.L('| 收入总计 |  |  | 480,064 |'), '收入总计 480,064 includes 上年结余 and 调入资金 = 支出总计')
t(d.S('对37个重点项目开展事前绩效评估'), 'counts with no list')
print('d03 ok')

# ======================================================================== d04 (.docx, tables in 元)
d, f, t = doc('d04-tongan-district-civil-affairs-bureau-2025-department-budget.docx')
check(chg_wrong('8.7', '26.38', '302.86'), 'd04 c1')
f(d.S('增加26.38万元，增长8.7%'), 'change', 'must', '其他民政管理事务支出 302.86 against 276.48: +26.38, 9.5%, stated 8.7%')
check(N('2598.55') - N('2294.12') != N('340.43'), 'd04 c2')
f(d.S('增加340.43万元'), 'change', 'must', '老年福利 2,598.55 − 2,294.12 = 304.43, stated 340.43 (the rate 13.3% fits 304.43)')
f(d.S('2024年安排466.39万元，增加26.96万元，增长5.8%'), 'direction', 'must', '儿童福利 439.43 against 466.39 fell, the sentence says 增加…增长')
units = re.search(r'预算单位共7个，包括：([^。]*)。', d.joined).group(1).split('、')
check(len(units) == 6, 'd04 units')
f(d.S('预算单位共7个'), 'count', 'must', '预算单位共7个, six names listed')
check(off('1798.60', '421.36', '0.00', '1386.24'), 'd04 proc')
f(d.S('政府采购货物预算421.36万元'), 'sum', 'must', '政府采购预算1,798.60, but 421.36 + 0.00 + 1,386.24 = 1,807.60')
f(d.S('住房保障支出236.89万元。') + d.L('| 221 | 住房保障支出 | 2,638,900.00 |  | 2,638,900.00 |') if False else d.S('住房保障支出236.89万元。'), 'conflict', 'must', '住房保障支出: 236.89万元 here, 263.89万元 in the next section and 2,638,900.00元 in 表一/表三/表五')
check(off('6827200.00', '3227100.00', '3550100.00'), 'd04 row')
f(d.L('| 殡葬 | 6,827,200.00'), 'sum', 'must', '殡葬 合计 6,827,200.00元, but 基本 3,227,100.00 + 项目 3,550,100.00 = 6,777,200.00')
f(d.L('| 社会福利 | 48,608,900.00 | 7,723,800.00'), 'sum', 'may', '款20810 基本支出 7,723,800.00 against its 项 with 殡葬 printed 3,227,100.00')
f(d.S('七、其他重要事项的情况说明'), 'heading', 'must', '七、“三公”经费预算情况 is followed by 七、 again (八、 expected)')
t(d.S('收入预算总计中，本年收入合计14,615.23万元'), '15,001.93 = 14,615.23 + 386.70')
check(not off('15001.93', '14615.23', '386.70'), '')
t(d.S('与2024年持平（2024年98.47万元）'), '持平 with both figures equal')
t(d.S('2024年未安排，主要用于'), 'a new item: no rate from zero')
t(d.S('本部门共有车辆11辆'), '11 = 1 + 8 + 2')
t(d.S('政府采购工程预算0.00万元'), '0.00 工程 is a part of the procurement split')
print('d04 item traps', item_traps(d, t, ['增长8.7%', '340.43', '2024年安排466.39万元，增加26.96万元']))

# ======================================================================== d05 (.docx, 2024 budget, 合计 last)
d, f, t = doc('d05-meixi-subdistrict-office-2024-department-budget.docx')
f(d.S('纳入梅溪街道办事处2023年部门预算编制范围'), 'year', 'must', 'the document is the 2024年部门预算; the scope sentence says 2023年部门预算')
check(off('8833.98', *[str(x) for x in [N('8383.98')]]) and off('12841.68', '4457.70', '8833.98'), 'd05 sum')
f(d.L('|  |  |  | 合计 | 12,841.68 | 4,457.70 | 8,833.98 |'), 'sum', 'must', '表五 合计 row (last): 4,457.70 + 8,833.98 = 13,291.68, not 12,841.68; the 项目支出 column adds up to 8,383.98')
f(d.L('|  |  |  | 合计 | 12,841.68 | 4,457.70 | 8,833.98 |'), 'sum', 'may', 'the same cell breaks the 项目支出 column (8,383.98)')
check(chg_wrong('11.27', '5.77', '61.94'), 'd05 change')
f(d.S('增加5.77万元，增长11.27%'), 'change', 'must', '社区矫正 61.94 up 5.77 from 56.17 = 10.27%, stated 11.27%')
check(off('19.80', '0', '14.20', '4.60'), 'd05 sg')
f(d.S('2024年“三公”经费预算数为19.80万元'), 'sum', 'must', '三公 19.80万元, but 0 + 14.20 + 4.60 = 18.80 (表七 says 18.80)')
f(d.S('2024年“三公”经费预算数为19.80万元'), 'change', 'may', '19.80 减少1.40 from 20.20 (表七 2023年预算) does not fit')
check(pct_wrong('37.3', '4457.70', '13222.72'), 'd05 share')
f(d.S('占37.3%'), 'share', 'must', '基本支出 4,457.70 / 13,222.72 = 33.7%, stated 37.3%')
f(d.S('九、其他重要事项的情况说明'), 'heading', 'must', '七、 then 九、: 八、 skipped')
check(not off('3195.41', '2916.74', '278.67'), 'd05 conflict')
f(d.S('城乡社区环境卫生（项）2024年预算数为3,195.41万元'), 'conflict', 'must', '城乡社区环境卫生: 3,195.41 in the prose, 3,159.41 in 表五')
offices = re.search(r'内设([^，]*)，共6个办公室', d.joined).group(1).split('、')
check(len(offices) == 7, 'd05 offices')
f(d.S('共6个办公室'), 'count', 'must', '共6个办公室 after seven names')
t(d.S('收入预算总计中，本年收入合计12,870.32万元'), '13,222.72 = 12,870.32 + 352.40')
t(d.S('本街道无事业收入'), '0.00 事业收入 with 0.0% share')
t(d.L('|  | 合计 | 13,222.72 | 4,457.70 | 8,765.02 |'), '表三 合计 (last) = 4,457.70 + 8,765.02')
t(d.S('截至2023年12月末，本部门编制内在职人员186人'), 'a 2023 year-end date in a 2024 budget: not stale; 186 = 64 + 122')
print('d05 item traps', item_traps(d, t, ['增长11.27%', '3,195.41']))

# ======================================================================== d06 (Markdown)
d, f, t = doc('d06-yunqi-county-culture-tourism-bureau-2025-department-budget.md')
e301 = [N(re.findall(r'[\d,]+\.\d\d', l)[0]) for l in d.lines if re.match(r'\| 301\d\d ', l)]
check(off('1618.17', *[str(x) for x in e301]), 'd06 301')
f(d.L('| 301 | 工资福利支出 |') + d.L('| 30101 |'), 'sum', 'must', f'301 工资福利支出 1,618.17, but its items add up to {sum(e301)} (30101 printed 550.02)')
f(d.L('| 301 | 工资福利支出 |') + d.L('| 30101 |'), 'sum', 'may', 'the same slip in the 人员经费 column')
check(chg_wrong('17.2', '62.29', '554.66'), 'd06 c')
f(d.S('增幅17.2%'), 'change', 'must', '群众文化 554.66 up 62.29 from 492.37 = 12.7%, stated 17.2%')
f(d.S('较上年预算减少19.87万元，增幅4.7%'), 'direction', 'must', '旅游宣传: 减少 with 增幅')
check(off('1310.05', '368.40', '520.00', '412.65'), 'd06 proc')
f(d.S('政府采购预算1,310.05万元'), 'sum', 'must', '1,310.05 against 368.40 + 520.00 + 412.65 = 1,301.05')
check(pct_wrong('84.2', '3731.07', '4529.77'), 'd06 share')
f(d.S('占84.2%'), 'share', 'must', '3,731.07 / 4,529.77 = 82.4%, stated 84.2%')
f(d.S('第二部分　2024年部门预算情况说明'), 'year', 'must', 'part two of the 2025年部门预算 is headed 2024年部门预算情况说明')
f(d.S('卫生健康支出151.84万元'), 'conflict', 'must', '卫生健康支出 151.84 here, 115.84 in the next section and in the tables')
f(d.S('### 五、2025年主要工作任务'), 'heading', 'must', '一、二、 then 五、')
t(d.S('收入预算总计中，本年收入合计4,675.01万元'), '4,917.61 = 4,675.01 + 242.60')
t(d.S('与上年预算持平'), '持平')
t(d.S('上年无此项预算'), 'new item')
print('d06 item traps', item_traps(d, t, ['增幅17.2%', '减少19.87万元，增幅4.7%']))

write('heldout29: six long real-shaped department budgets and a county execution report (blind). Lines are 1-based lines '
      'of the text the CLI reads: src/NAME.pdf.text.txt for PDFs, src/NAME.docx.text.txt for .docx, the file itself for .md.',
      trim_traps=True)
