"""heldout31: re-derives every planted contradiction and every trap from the printed figures,
then writes expected.json. Run from anywhere: python3 test/heldout31/build_expected.py
(.docx and .pdf documents are annotated on src/NAME.docx.text.txt / src/NAME.pdf.text.txt, the CLI's
--print-text of them)."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import (kit, check, pct, pct_ok, pct_wrong, sm, off, chg_ok, chg_wrong, growth_ok,
                          roll_off, band, D, DEFAULT_BANDS)

Doc, ROWS, doc, lines_of, write = kit(here)


def row(d, first):
    """A pipe-table row located by its first cell."""
    return d.L('| ' + first + ' |')


def pts(a, b, stated):
    """True when a − b cannot be the stated difference (points, 分), each ± half its last digit."""
    return roll_off(stated, a, '0', b)


def delta_off(stated, current, prior):
    """True when current − prior cannot be the stated delta."""
    return roll_off(stated, current, '0', prior)


# ---------------------------------------------------------------- 01 (.txt, 镇 budget draft to the 人代会)
d, f, t = doc('01-qingcen-town-2025-budget-draft.txt')
t(d.S('现将青岑镇2025年财政预算草案提请大会审议'), 'the document\'s own year')
check(chg_ok('7.0', '318', '4862'), '')
t(d.S('全镇一般公共预算收入完成4,862万元，比上年度多收318万元，增长百分之七点零'), '多收318 on a prior 4,544 is 7.00%: a rate in Chinese numerals that is right')
check(chg_wrong('9.5', '275', '3506'), '')
f(d.S('税收收入完成3,506万元，比上年度多收275万元，增长百分之九点五'), 'change', 'must',
  f"税收收入 多收275 on a prior 3,231 is {pct('275', '3231', 2)}%, the text says 增长百分之九点五 (9.5%), a rate in Chinese numerals")
check(chg_ok('3.3', '43', '1356') and not off('4862', '3506', '1356') and not off('318', '275', '43'), '')
check(pct_ok('72.1', '3506', '4862') and not pts(pct('3506', '4862', 4), pct('3231', '4544', 4), '1.0'), '')
t(d.S('非税收入1,356万元，比上年度多收43万元，增长3.3%'), '43/1,313 = 3.27%; 3,506 + 1,356 = 4,862 and 275 + 43 = 318; 税收 share 3,506/4,862 = 72.11%, a year before 3,231/4,544 = 71.10%: 提高1.0个百分点')
check(chg_ok('21.3', '340', '1260', down=True), '')
t(d.S('政府性基金预算收入完成1,260万元，减收340万元，下降21.3%'), '减收340 from 1,600 is 21.25% (rounds to 21.3); 推迟至2025年 is no year slip')
check(chg_ok('4.6', '414', '9415'), '')
t(d.S('2024年全镇一般公共预算支出完成9,415万元，增长4.6%，增支414万元'), 'rate before the amount: 增支414 on 9,001 is 4.60%')
check(pct_ok('76.9', '7236', '9415') and pct('1318', '9415', 2) == D('14.00'), '')
t(d.S('全镇民生支出7,236万元'), '7,236/9,415 = 76.86% (百分之七十六点九); 社保 1,318/9,415 = 14.00% (约占14%, approximate anyway)')
check(not growth_ok('7.9', '612', '655'), '')
f(d.S('上年镇级教育支出为612万元，今年为655万元，增长了7.9%'), 'change', 'must',
  f"prior and current in separate clauses: 612 → 655 is +{pct('43', '612', 2)}%, the text says 增长了7.9%")
check(growth_ok('7.2', '1840', '1972'), '')
t(d.S('农林水支出上年为1,840万元，今年为1,972万元，增长7.2%'), '1,840 → 1,972 is +7.17%: the same shape as the line above, right')
check(pct_ok('7.1', '22', '308'), '')
f(d.S('节能环保支出286万元，比上年度少支出22万元，上升7.1%'), 'direction', 'must',
  '比上年度少支出22 (286 against 308, −7.14%) is a fall, the text says 上升7.1%')
check(chg_ok('5.8', '130', '2106', down=True), '')
t(d.S('城乡社区支出2,106万元，较上年回落5.8%，减支130万元'), '回落 = a fall: 130/2,236 = 5.81%')
check(chg_ok('12.6', '126', '872', down=True), '')
t(d.S('全年一般性支出压减126万元，压减幅度为12.6%，压减后为872万元'), '压减126 from 998 is 12.63%; 压减后为872 is the new value')
check(off('2940', '1120', '980', '940') and sm('1120', '980', '940') > D('2940'), '')
f(d.S('全年争取上级资金分别为：产业发展资金1,120万元、基础设施资金980万元、村级运转资金940万元，共计2,940万元'), 'sum', 'must',
  'parts before the total: 1,120 + 980 + 940 = 3,040, the text says 共计2,940')
t(d.S('上级资金中直达资金1,486万元'), 'a selection of 上级资金 and a progress rate with no stated base')
check(growth_ok('5.0', '4862', '5105') and growth_ok('5.2', '3506', '3690') and growth_ok('4.4', '1356', '1415') and not off('5105', '3690', '1415'), '')
t(d.S('2025年一般公共预算收入预计5,105万元'), '4,862 → 5,105 +5.00%; 3,506 → 3,690 +5.25%; 1,356 → 1,415 +4.35% (priors two sections up); 3,690 + 1,415 = 5,105')
check(D('1800') - D('1260') == D('540') and pct_ok('42.9', '540', '1260'), '')
t(d.S('政府性基金预算收入预计1,800万元'), '1,260 → 1,800: +540, +42.86%')
check(D('9760') - D('9415') == D('345') and pct_ok('3.7', '345', '9415'), '')
t(d.S('2025年一般公共预算支出安排9,760万元'), '9,415 → 9,760: +345, +3.66%')
check(D('690') - D('655') == 35, '')
t(d.S('其中镇级教育支出安排690万元，比上年增加35万元'), '655 → 690 is +35 (the prior is the 今年为655 of the 2024 section)')
check(D('2030') - D('1972') == 58, '')
t(d.S('农林水支出安排2,030万元，比上年多58万元'), '1,972 → 2,030 is +58')
check(pct_ok('1.5', '146', '9760'), '')
t(d.S('预备费按支出预算的1.5%安排，计146万元'), '146/9,760 = 1.50%')
check(36 * 17 == 612, '')
t(d.S('全镇安排村级组织运转经费共计612万元'), '36 × 17 = 612: a per-village standard, not parts (and 612 equals the 2023 教育 figure by chance)')
check(not off('186', '72', '58', '56'), '')
t(d.S('2025年计划实施三个村级项目'), 'three named projects; 72 + 58 + 56 = 186')
f(d.S('2025年重点做好四项工作'), 'count', 'must', '四项工作, but only 一是…二是…三是 follow')
f(d.S('四、完成2025年预算的主要措施'), 'heading', 'must', 'top-level headings run 一、 二、 then 四、: 三、 is skipped')
f(d.S('以上是青岑镇2024年财政预算草案的主要内容'), 'year', 'must', 'the closing line calls this the 2024 budget draft; the title and opening say 2025')

# ---------------------------------------------------------------- 02 (.md, 文旅局 final accounts)
d, f, t = doc('02-wangchuan-culture-tourism-2024-final-accounts.md')
f(d.S('纳入编报范围的单位共6个'), 'count', 'must', '共6个, but the colon lists five: 局机关、区文化馆、区图书馆、区博物馆、区非物质文化遗产保护中心')
check(121 + 27 == 148, '')
t(d.S('年末实有人员148人'), '121 + 27 = 148')
check(not off('7247.95', '6842.35', '405.60') and chg_ok('6.4', '412.05', '6842.35'), '')
t(d.S('2024年度收入总计7,247.95万元'), '6,842.35 + 405.60 = 7,247.95; the change is on 本年收入 (412.05/6,430.30 = 6.41%)')
check(chg_ok('5.9', '388.20', '6905.12') and pct('388.20', '6516.92', 3) > D('5.95'), '')
check(D('405.60') - D('342.83') == D('62.77') and pct_ok('15.5', '62.77', '405.60'), '')
t(d.S('本年支出合计6,905.12万元，比上年多支出388.20万元，增幅为5.9%'), '388.20/6,516.92 = 5.957%: 5.9 is truncated (rounded 6.0); 405.60 − 342.83 = 62.77, 15.48%')
check(not off('6842.35', '6510.20', '218.40', '113.75'), '')
t(row(d, '本年收入合计'), '合计 row above its parts: 6,510.20 + 218.40 + 113.75 = 6,842.35')
t(d.S('财政拨款收入6,510.20万元，占95.1%'), '6,510.20/6,842.35 = 95.15%')
check(pct_ok('3.2', '218.40', '6842.35'), '')
t(d.S('事业收入218.40万元，占3.2%'), '218.40/6,842.35 = 3.19%')
check(pct_wrong('2.7', '113.75', '6842.35'), '')
f(d.S('其他收入113.75万元，占2.7%'), 'share', 'must',
  f"shares of one base listed one per bullet: 其他收入 113.75 of 6,842.35 is {pct('113.75', '6842.35', 2)}%, the bullet says 2.7% (95.1% and 3.2% above it are right; the three add to 101.0)")
check(pct_ok('45.1', '3116.48', '6905.12') and pct_ok('54.9', '3788.64', '6905.12') and not off('6905.12', '3116.48', '3788.64'), '')
t(d.S('基本支出3,116.48万元，所占比重为45.1%'), '45.13% and 54.87%; 3,116.48 + 3,788.64 = 6,905.12')
check(chg_ok('4.2', '267.08', '6580.42') and D('6580.42') - D('6313.34') == D('267.08'), '')
t(d.S('2024年度财政拨款支出6,580.42万元'), '6,313.34 → 6,580.42: +267.08, +4.23%')
T2 = {'文化和旅游': ('3640.50', '3902.16', '261.66', '7.2'), '文物': ('1305.20', '1218.50', '-86.70', '-6.6'),
      '体育': ('560.00', '612.36', '52.36', '8.4'), '社会保障和就业支出': ('452.18', '486.20', '34.02', '7.5'),
      '卫生健康支出': ('150.36', '142.80', '-7.56', '-5.0'), '住房保障支出': ('205.10', '218.40', '13.30', '6.5')}
for k, (a, b, dl, r) in T2.items():
    check(D(b) - D(a) == D(dl), k)
    loc = d.L('| 　' + k + ' |') if k in ('文化和旅游', '文物', '体育') else row(d, k)
    if k == '体育':
        check(not growth_ok(r, a, b), k)
        f(loc, 'change', 'must', f"table row: 体育 560.00 → 612.36 (+52.36) is +{pct('52.36', '560.00', 2)}%, the 增减率 cell says 8.4")
    elif k == '卫生健康支出':
        check(growth_ok(r, a, b), k)  # the row itself is right; it is the table side of the conflict below
    else:
        check(growth_ok(r, a, b), k)
        t(loc, f'{k}: {a} → {b}, {dl}, {r}%')
check(not off('5505.70', '3640.50', '1305.20', '560.00') and not off('5733.02', '3902.16', '1218.50', '612.36') and growth_ok('4.1', '5505.70', '5733.02'), '')
t(row(d, '文化旅游体育与传媒支出小计'), '小计 of the three indented rows under it; 227.32/5,505.70 = 4.13%')
check(not off('6313.34', '5505.70', '452.18', '150.36', '205.10') and not off('6580.42', '5733.02', '486.20', '142.80', '218.40') and growth_ok('4.2', '6313.34', '6580.42'), '')
t(row(d, '合计'), '合计 at the top = 小计 + the three other top rows (the indented rows are inside 小计): 6,313.34 and 6,580.42')
t(d.S('其中：文化和旅游支出3,902.16万元，同比增长7.2%'), 'the text quotes the table rows right: 7.19%, −6.64%')
check(D('148.20') != D('142.80'), '')
f(d.S('卫生健康支出148.20万元') + row(d, '卫生健康支出'), 'conflict', 'must', '卫生健康支出 is 142.80 in 表2 (财政拨款, 2024), the text says 148.20 (住房保障 218.40 beside it matches the table)')
check(off('36.84', '0', '8.62', '26.42') and not off('26.42', '0', '26.42'), '')
f(d.S('2024年度“三公”经费财政拨款支出合计36.84万元'), 'sum', 'must',
  'total before a numbered list of the three 三公 items: 0 + 8.62 + 26.42 = 35.04, the total says 36.84')
check(chg_ok('12.0', '1.18', '8.62', down=True), '')
t(d.S('公务接待费8.62万元，比上年度少1.18万元，下降12.0%'), '比上年度少1.18 from 9.80 is 12.04%')
t(d.S('公务用车购置及运行维护费26.42万元，其中'), '0 + 26.42 = 26.42')
t(d.S('年末单位共有公务用车三辆'), 'a count with no enumeration; 62批次、418人次 are two measures')
check(growth_ok('-3.4', '192.90', '186.35'), '')
t(d.S('2024年度局机关运行经费支出186.35万元，较上年下降3.4%，上年为192.90万元'), 'prior after the rate: 192.90 → 186.35 is −3.40%')
check(not off('1264.80', '308.60', '612.00', '344.20') and pct_ok('87.2', '1102.46', '1264.80'), '')
t(d.S('政府采购支出总额1,264.80万元'), '308.60 + 612.00 + 344.20 = 1,264.80; 1,102.46/1,264.80 = 87.16%')

# ---------------------------------------------------------------- 03 (.docx, county 三公 final accounts)
d, f, t = doc('03-zhexi-county-2024-sangong-final-accounts.docx')
t(d.S('现将柘溪县2024年度县级“三公”经费财政拨款支出决算情况说明如下'), 'the document\'s own year')
check(chg_ok('9.4', '42.64', '412.66', down=True) and pct_ok('96.0', '412.66', '430.00'), '')
check(not off('412.66', '18.20', '286.14', '108.32'), '')
check(D('-6.40') + D('-15.36') + D('-23.88') == D('-45.64') and abs(D('-45.64') - D('-42.64')) > D('0.02'), '')
f(d.S('2024年度县级“三公”经费财政拨款支出决算412.66万元') + d.S('比上年减少6.40万元') + d.S('比上年减少15.36万元') + d.S('比上年减少23.88万元'),
  'change-sum', 'must',
  '三公 比上年减少42.64 (455.30 → 412.66, −9.37%, right; 412.66 = 18.20 + 286.14 + 108.32), but its three items fell 6.40 + 15.36 + 23.88 = 45.64 (each item\'s own rate is right: 26.02%, 5.09%, 18.06%)')
f(d.S('（四）公务接待费108.32万元'), 'heading', 'must', 'the 按经费类别分 items run （一）（二） then （四）: （三） is skipped (and there are only three items)')
check(pct_ok('69.3', '286.14', '412.66') and pct_ok('4.4', '18.20', '412.66') and pct_wrong('28.2', '108.32', '412.66'), '')
f(d.S('公务接待费所占比重为28.2%'), 'share', 'must',
  f"公务接待费 108.32 of 412.66 is {pct('108.32', '412.66', 2)}%, stated 28.2% (公车 69.3% and 出国 4.4% in the same sentence are right)")
check(not off('430.00', '20.00', '295.00', '115.00') and not off('295.00', '42.00', '253.00') and not off('286.14', '42.00', '244.14'), '')
t(row(d, '合计'), '合计 at the top: 20.00 + 295.00 + 115.00 = 430.00; 18.20 + 286.14 + 108.32 = 412.66; 96.0% right')
check(pct_ok('91.0', '18.20', '20.00') and pct_ok('97.0', '286.14', '295.00') and pct_ok('94.2', '108.32', '115.00'), '')
t(row(d, '公务用车购置及运行维护费'), '286.14/295.00 = 97.00%; its two sub-rows (其中 and the unmarked 运行维护费 row) are inside it, not more parts of 合计')
t(row(d, '其中：公务用车购置费'), '42.00/42.00 = 100.0%')
check(pct_wrong('95.6', '244.14', '253.00'), '')
f(row(d, '公务用车运行维护费'), 'change', 'must', f"table row: 运行维护费 244.14 of its 年初预算 253.00 is {pct('244.14', '253.00', 2)}%, the 完成预算 cell says 95.6")
t(row(d, '公务接待费'), '108.32/115.00 = 94.19%')
f(d.S('因公出国（境）费年初预算22.00万元') + row(d, '因公出国（境）费'), 'conflict', 'must', '因公出国（境）费 年初预算 is 20.00 in 表1 (and 18.20 = 91.0% of 20.00, the row is consistent), the text says 22.00')
t(d.S('公务接待费决算数为年初预算（115.00万元）的94.2%'), 'base in brackets before the rate: 108.32/115.00 = 94.19%')
t(d.S('用于更新执法执勤用车3辆'), '3辆 with three 1辆 listed')
check(41 + 6 + 13 == 60, '')
f(d.S('县级公务用车保有量五十八辆'), 'sum', 'must', '五十八辆 (Chinese numeral) 分为三类: 41 + 6 + 13 = 60')
check(D('1826.40') < D('1902.50'), '')
f(d.S('机关运行经费1,826.40万元，比上年增长3.1%，上年为1,902.50万元'), 'direction', 'must',
  f"prior after the rate: 1,902.50 → 1,826.40 is a fall of {pct('76.10', '1902.50', 2)}%, the text says 增长3.1%")
check(not off('1052.30', '386.50', '298.40', '367.40'), '')
t(d.S('三项合计1,052.30万元'), 'total before 分别为: 386.50 + 298.40 + 367.40 = 1,052.30')

# ---------------------------------------------------------------- 04 (.pdf, city debt)
d, f, t = doc('04-liyuan-city-2024-government-debt.pdf')
f(d.S('本说明反映澧原市2023年度地方政府债务限额'), 'year', 'must', 'title 2024, the opening says this note covers 2023年度; every figure is 2024年末')
check(not off('536.50', '150.00', '386.50'), '')
t(d.S('全市政府债务限额536.50亿元'), '150.00 + 386.50 = 536.50')
check(chg_ok('14.4', '48.60', '386.50'), '')
check(D('533.50') <= D('536.50') and chg_ok('7.7', '38.21', '533.50') and sm('138.49', '356.80') == D('495.29') and pct_ok('26.7', '142.30', '533.50'), '')
t(d.S('全市政府债务余额533.50亿元，较上年末增长7.7%'), 'rate before the amount: 38.21/495.29 = 7.71% (495.29 = 138.49 + 356.80, the 年初 balances below); 533.50 within 536.50; 142.30/533.50 = 26.67%')
check(D('391.20') > D('386.50'), '')
f(d.S('专项债务限额为386.50亿元') + d.S('专项债务余额391.20亿元，较年初'), 'debt', 'must',
  '专项 balance 391.20 (2024年末) above its limit 386.50 stated two paragraphs earlier (the total 533.50 is within 536.50; 一般 142.30 within 150.00; the limit line\'s 增加48.60/增长14.4% is right: 48.60/337.90 = 14.38%)')
check(D('391.20') - D('356.80') == D('34.40') and chg_wrong('10.6', '34.40', '391.20'), '')
f(d.S('较年初增加34.40亿元，增长10.6%'), 'change', 'must', f"专项 增加34.40 on 356.80 is {pct('34.40', '356.80', 2)}%, stated 10.6%")
check(not pts('128.6', '124.4', '4.2'), '')
t(d.S('全市政府债务率为128.6%'), '128.6 − 124.4 = 4.2 points')
TB = {'市本级': ('208.40', '205.60', '52.10', '153.50'), '临江区': ('118.30', '116.90', '30.40', '86.50'),
      '石门区': ('96.20', '95.80', '25.30', '70.50'), '青峪县': ('113.60', '115.20', '34.50', '80.70')}
for k, (lim, bal, g, s) in TB.items():
    check(not off(bal, g, s), k)
    if k == '青峪县':
        check(D(bal) > D(lim), k)
        f(row(d, k), 'debt', 'must', 'PDF table row: 青峪县 债务余额 115.20 above its 债务限额 113.60 (the reader splits the name column in two, so the head row reads |  | 地区 | 债务限额 | 债务余额 |…; the cells still line up)')
    else:
        check(D(bal) <= D(lim), k)
        t(row(d, k), f'{k}: {bal} within {lim}; {g} + {s} = {bal}')
check(not off('536.50', *[v[0] for v in TB.values()]) and not off('533.50', *[v[1] for v in TB.values()]) and not off('142.30', *[v[2] for v in TB.values()]) and not off('391.20', *[v[3] for v in TB.values()]), '')
t(row(d, '合计'), '合计 at the bottom: every column adds up')
check(not off('73.95', '48.80', '25.15') and not off('48.80', '6.20', '42.60') and not off('25.15', '9.85', '15.30'), '')
t(d.S('2024年全市发行政府债券73.95亿元'), '48.80 + 25.15 = 73.95; 6.20 + 42.60 = 48.80; 9.85 + 15.30 = 25.15 (two splits in brackets)')
check(roll_off('142.30', '138.49', sm('6.20', '9.85'), '12.18'), '')
f(d.S('一般债务年初余额138.49亿元'), 'debt', 'must', '一般债务 roll-forward: 138.49 + 6.20 + 9.85 − 12.18 = 142.36, stated 年末余额142.30 (off by 0.06, beyond rounding)')
check(not roll_off('391.20', '356.80', sm('42.60', '15.30'), '23.50'), '')
t(d.S('专项债务年初余额356.80亿元'), '356.80 + 42.60 + 15.30 − 23.50 = 391.20: the roll-forward closes')
check(off('52.36', '35.68', '17.28') and not off('17.28', '4.96', '12.32') and not off('35.68', '12.18', '23.50'), '')
f(d.S('2024年全市还本付息支出合计52.36亿元'), 'sum', 'must', '还本35.68 + 付息17.28 = 52.96, the total says 52.36 (付息 4.96 + 12.32 = 17.28 is right; 还本 = 12.18 + 23.50)')
check(4 + 3 + 3 == 10, '')
f(d.S('投向共计11个项目'), 'sum', 'must', '11个项目 按领域分为 4 + 3 + 3 = 10 (a stated complete split, one project short)')
check(not off('6.20', '3.80', '2.40'), '')
t(d.S('新增一般债券6.20亿元，全部用于'), '两个方面 with two named; 3.80 + 2.40 = 6.20')
check(not off('31.00', '5.00', '26.00'), '')
t(d.S('2025年省提前下达新增债务限额31.00亿元'), '5.00 + 26.00 = 31.00; 2025 is a later year that belongs')
check(D('57.42') - D('52.36') == D('5.06') and pct_ok('9.7', '5.06', '52.36'), '')
t(d.S('2025年全市预计政府债务还本付息57.42亿元'), '52.36 (as stated) → 57.42: +5.06, +9.66%')

# ---------------------------------------------------------------- 05 (.txt, PDF-like, performance self-evaluation)
d, f, t = doc('05-chengjiang-agri-2024-performance-self-evaluation.txt')
BANDS = [('90', '优秀'), ('80', '良好'), ('60', '合格'), ('0', '不合格')]
check(pct_ok('78.2', '6406.90', '8192.50'), '')
t(d.S('本次自评项目共七个，涉及资金6,406.90万元'), 'share in Chinese numerals, base after it: 6,406.90/8,192.50 = 78.20%; 七个 = the seven table rows')
check(20 + 20 + 40 + 20 == 100, '')
t(d.S('满分100分，其中决策20分、过程20分、产出40分、效益20分'), '20 + 20 + 40 + 20 = 100')
t(d.S('综合得分90分（含）以上为“优秀”'), 'the document\'s bands (thresholds, not figures)')
check(5 + 3 == 8, '')
f(d.S('七个项目中，评为“优秀”的5个，评为“良好”的3个'), 'sum', 'must', '七个项目, 优秀5 + 良好3 = 8 (and 无合格和不合格)')
TP = [('1', '高标准农田建设补助', '1,250.00', '1,198.60', '95.9', '92.5', '优秀'),
      ('2', '农村人居环境整治奖补', '860.00', '812.70', '94.5', '86.0', '优秀'),
      ('3', '动物疫病防控', '326.40', '318.20', '97.5', '90.0', '优秀'),
      ('4', '种业振兴项目', '480.00', '402.10', '83.8', '80.0', '良好'),
      ('5', '农产品质量安全监测', '152.00', '131.60', '86.6', '78.5', '良好'),
      ('6', '农机购置与应用补贴', '1,020.00', '996.30', '98.7', '88.0', '良好'),
      ('7', '乡村振兴衔接资金项目', '2,318.50', '2,262.40', '97.6', '91.0', '优秀')]
n = lambda s: s.replace(',', '')
for no, name, b, e, r, sc, g in TP:
    loc = d.L(no + '     ' + name)
    rate_ok, grade_ok = pct_ok(r, n(e), n(b)), band(sc, BANDS) == g
    if no == '2':
        check(rate_ok and not grade_ok, name)
        f(loc, 'grade', 'must', 'text-layout table row: 86.0 graded 优秀, but the document\'s own bands make 80–90 良好')
    elif no == '5':
        check(rate_ok and not grade_ok, name)
        f(loc, 'grade', 'may', 'the same slip as the text below: 78.5 graded 良好 (60–80 is 合格)')
    elif no == '6':
        check(not rate_ok and grade_ok, name)
        f(loc, 'change', 'must', f"text-layout table row: 执行率 996.30/1,020.00 = {pct('996.30', '1020.00', 2)}%, the cell says 98.7%")
    else:
        check(rate_ok and grade_ok, name)
        t(loc, f'{name}: {e}/{b} = {pct(n(e), n(b), 2)}%; {sc} is {g}')
check(not off('6406.90', *[n(x[2]) for x in TP]) and not off('6121.90', *[n(x[3]) for x in TP]) and pct_ok('95.6', '6121.90', '6406.90'), '')
t(d.L('合计                      6,406.90'), 'the seven rows add up; 6,121.90/6,406.90 = 95.55% (95.6 rounded)')
check(not pts('95.6', '93.0', '2.6'), '')
t(d.S('全局项目平均执行率95.6%，较上年提高2.6个百分点'), '95.6 − 93.0 = 2.6 points')
check(pts('88.9', '86.4', '1.8'), '')
f(d.S('88.9分，比上年提高了1.8分，上年为86.4分'), 'change', 'must', '86.4 → 88.9 is 2.5分 higher, the text says 提高了1.8分')
check(off('92.5', '19.0', '18.5', '36.0', '20.0') and sm('19.0', '18.5', '36.0', '20.0') > D('92.5'), '')
f(d.S('项目自评得分92.5') + d.S('决策指标19.0分、过程指标18.5分、产出指标36.0分、效益指标20.0分'), 'sum', 'must',
  'sub-scores 19.0 + 18.5 + 36.0 + 20.0 = 93.5, the total score says 92.5 (and the table)')
check(not off('90.0', '18.0', '19.0', '34.0', '19.0') and band('90.0', BANDS) == '优秀', '')
t(d.S('项目得分90.0分') + d.S('：决策18.0分，过程19.0分，产出34.0分，效益19.0分，评为优秀'), '18 + 19 + 34 + 19 = 90.0, on the 优秀 edge (90分（含）以上); 90%以上 is a threshold')
check(band('80.0', BANDS) == '良好', '')
t(d.S('3.种业振兴项目') + d.S('项目得分80.0分，等级为良好'), '80.0 on the 良好 edge; 83.8% matches the table')
check(band('78.5', BANDS) == '合格', '')
f(d.S('得分78.5分，评价') + d.S('等级为“良好”'), 'grade', 'must', '78.5 is below 80: 合格 under the document\'s own bands, the text says 良好')
check(band('88.0', BANDS) == '良好', '')
t(d.S('补贴机具1,862台（套）') + d.S('88.0分，评为良好'), '88.0 良好; 台（套） and 户 are counts of other things')
f(d.S('存在的主要问题有三个方面') + d.S('四是自评结果应用还不充分'), 'count', 'must', '三个方面, but 一是…二是…三是…四是 follow (four)')
f(d.S('二、下一步改进措施'), 'heading', 'must', 'after 三、存在的问题 the next top-level heading is 二、 again (out of order)')
t(d.S('一是提高绩效目标编制质量'), '不少于三项, 低于80分, 10%以上 are thresholds')

# ---------------------------------------------------------------- 06 (.md, county execution report)
d, f, t = doc('06-fengxu-county-2024-budget-execution.md')
check(growth_ok('6.1', '23.26', '24.68') and pct_ok('102.3', '24.68', '24.12'), '')
t(d.S('2023年全县一般公共预算收入为23.26亿元'), '上年为…今年为… 23.26 → 24.68 is +6.10%; 24.68/24.12 = 102.32% (base after the rate)')
check(chg_ok('4.8', '0.79', '17.35') and chg_wrong('10.2', '0.63', '7.33') and not off('24.68', '17.35', '7.33'), '')
f(d.S('非税收入增长了10.2%，达到7.33亿元，比上年多0.63亿元'), 'change', 'must',
  f"rate before the amount: 非税 多0.63 on a prior 6.70 is {pct('0.63', '6.70', 2)}%, the text says 增长了10.2% (税收 增长4.8%/增收0.79 in the same paragraph is right: 4.77%)")
check(pct_ok('96.5', '52.40', '54.30') and growth_ok('3.9', '50.43', '52.40'), '')
t(d.S('全县一般公共预算支出52.40亿元'), '52.40/54.30 = 96.50%; 50.43 → 52.40 is +3.91% (prior after the rate)')
check(sm('9.86', '8.72', '5.24', '9.38', '4.18', '1.54') < D('41.92'), '')
t(d.S('全年民生支出合计41.92亿元，主要包括'), '主要包括 lists six items adding to 38.92 < 41.92: a selection, not a partition')
check(pct_wrong('20.8', '9.86', '52.40'), '')
f(d.S('占全县一般公共预算支出的20.8%'), 'share', 'must', f"教育 9.86 of 一般公共预算支出 52.40 (stated two paragraphs up) is {pct('9.86', '52.40', 2)}%, the text says 20.8%")
check(pct_ok('10.0', '5.24', '52.40'), '')
t(d.S('占全县一般公共预算支出的10.0%'), '5.24/52.40 = 10.00%')
check(off('4.56', '2.16', '1.42', '0.88'), '')
f(d.S('以上三项合计4.56亿元'), 'sum', 'must', 'total after a bullet list: 2.16 + 1.42 + 0.88 = 4.46, 以上三项合计 says 4.56')
f(d.S('同比下降了12.6%，比上年多收1.41亿元'), 'direction', 'must', '同比下降了12.6% and 比上年多收1.41亿元 in one change claim: one says it fell, the other that it rose')
check(D('-1.48') + D('0.38') + D('-0.10') == D('-1.20'), '')
t(d.S('基金支出10.36亿元，比上年减少1.20亿元'), 'component changes: −1.48 + 0.38 − 0.10 = −1.20')
TT = {'枫溪镇': ('3126', '3348', '7.1'), '柳塘镇': ('2480', '2536', '2.3'), '石桥乡': ('1862', '1790', '-3.9'), '云台乡': ('1204', '1318', '9.5')}
for k, (a, b, r) in TT.items():
    check(growth_ok(r, a, b), k)
    t(row(d, k), f'{a} → {b}: {pct(D(b) - D(a), a, 2)}%')
check(not off('8672', *[v[0] for v in TT.values()]) and off('9092', *[v[1] for v in TT.values()]), '')
f(row(d, '合计'), 'sum', 'must', 'table 合计 at the bottom: 2024 column 3,348 + 2,536 + 1,790 + 1,318 = 8,992, the 合计 cell says 9,092 (the 2023 column adds up)')
f(d.S('全年办结民生实事十二件'), 'count', 'must', '十二件, but 分别是 names eleven')
check(not off('86.42', '31.18', '55.24') and D('86.42') <= D('89.60'), '')
t(d.S('年末全县政府债务余额86.42亿元'), '86.42 within 89.60; 31.18 + 55.24 = 86.42')
f(d.S('## 三、2025年预算草案'), 'heading', 'must', '## 一、 then ## 三、: 二、 is missing')
check(growth_ok('5.0', '24.68', '25.91') and growth_ok('-4.8', '52.40', '49.86'), '')
t(d.S('2025年全县一般公共预算收入预期25.91亿元'), '24.68 → 25.91 is +4.98%; 52.40 → 49.86 is −4.85%')
check(D('10.80') - D('9.82') == D('0.98') and pct_ok('10.0', '0.98', '9.82'), '')
t(d.S('政府性基金预算收入预期10.80亿元'), '9.82 → 10.80: +0.98, +9.98% (rounds to 10.0)')

# ---------------------------------------------------------------- 07 (.docx, 民政局 2025 dept budget)
d, f, t = doc('07-dongjin-district-civil-affairs-2025-dept-budget.docx')
t(d.S('局属单位共五家，分别为'), '五家 with five named; 内设机构六个 has no enumeration')
t(d.S('2025年重点支持四类困难群体，即'), '四类 with four named')
f(d.S('区民政局2024年部门预算收入总计18,642.30万元'), 'year', 'must', 'title 2025 部门预算; this sentence calls the same 收入总计 (18,642.30 = the 2025 table\'s 合计) the 2024 budget')
check(not off('18642.30', '17906.50', '735.80'), '')
check(chg_ok('6.1', '1026.90', '17906.50') and not off('17906.50', '16820.40', '960.00', '126.10'), '')
t(d.S('本年收入比2024年预算增加1,026.90万元，增长6.1%'), '1,026.90/16,879.60 = 6.08%; 2024 here is the prior year, rightly')
check(pct_ok('93.9', '16820.40', '17906.50') and pct_ok('5.4', '960.00', '17906.50') and pct_ok('0.7', '126.10', '17906.50'), '')
t(d.S('一般公共预算拨款收入16,820.40万元，占本年收入的93.9%'), '93.93%; 16,820.40 + 960.00 + 126.10 = 17,906.50')
t(d.S('政府性基金预算拨款收入960.00万元，占5.4%'), 'a share one paragraph per line, base in the line above: 5.36%')
t(d.S('其他收入126.10万元，占0.7%'), '0.70%')
check(pct_ok('33.4', '6218.46', '18642.30') and not off('18642.30', '6218.46', '12423.84'), '')
t(d.S('基本支出6,218.46万元，占支出预算的33.4%'), '33.36%; 6,218.46 + 12,423.84 = 18,642.30')
check(pct_wrong('67.6', '12423.84', '18642.30'), '')
f(d.S('占支出预算的百分之六十七点六'), 'share', 'must', f"项目支出 12,423.84 of 18,642.30 is {pct('12423.84', '18642.30', 2)}%, the text says 百分之六十七点六 (33.4 + 67.6 = 101.0)")
TS = {'民政管理事务': ('2012.60', '2106.30', '93.70'), '社会福利': ('3518.20', '3842.50', '324.30'),
      '最低生活保障': ('6402.00', '6518.00', '116.00'), '特困人员救助供养': ('2795.40', '2860.00', '64.60'),
      '城乡社区管理事务': ('580.00', '620.00', '40.00'), '其他城乡社区支出': ('910.00', '860.00', '-50.00'),
      '其他支出（彩票公益金安排的支出）': ('900.00', '960.00', '60.00'), '住房保障支出': ('842.30', '875.50', '33.20')}
for k, (a, b, dl) in TS.items():
    check(D(b) - D(a) == D(dl), k)
    t(row(d, k), f'{a} → {b}: {dl}')
check(not off('14728.20', '2012.60', '3518.20', '6402.00', '2795.40') and off('15362.80', '2106.30', '3842.50', '6518.00', '2860.00'), '')
check(sm('2106.30', '3842.50', '6518.00', '2860.00') == D('15326.80') and D('15326.80') - D('14728.20') == D('598.60'), '')
f(row(d, '社会保障和就业支出小计'), 'sum', 'must', 'docx 小计 row: 2,106.30 + 3,842.50 + 6,518.00 + 2,860.00 = 15,326.80, the cell says 15,362.80 (its 增减额 598.60 fits 15,326.80; the 2024 column adds up)')
check(not off('1490.00', '580.00', '910.00') and not off('1480.00', '620.00', '860.00'), '')
t(row(d, '城乡社区支出小计'), '580 + 910 = 1,490; 620 + 860 = 1,480; −10.00')
check(not off('17960.50', '14728.20', '1490.00', '900.00', '842.30') and off('18642.30', '15362.80', '1480.00', '960.00', '875.50') and not off('18642.30', '15326.80', '1480.00', '960.00', '875.50'), '')
f(row(d, '合计'), 'sum', 'may', 'the same slip seen from 合计: 18,642.30 is right for the true 小计 15,326.80, off against the printed 15,362.80')
check(not growth_ok('4.2', '2012.60', '2106.30'), '')
f(d.S('民政管理事务支出2,106.30万元，比上年预算增长4.2%'), 'change', 'must', f"prior only in the table (2,012.60): 2,106.30 is +{pct('93.70', '2012.60', 2)}%, the text says 增长4.2%")
check(chg_ok('9.2', '324.30', '3842.50') and chg_ok('1.8', '116.00', '6518.00') and chg_ok('2.3', '64.60', '2860.00'), '')
t(d.S('社会福利支出3,842.50万元'), '324.30/3,518.20 = 9.22%')
t(d.S('最低生活保障支出6,518.00万元'), '116.00/6,402.00 = 1.81%')
t(d.S('特困人员救助供养支出2,860.00万元'), '64.60/2,795.40 = 2.31% (增幅)')
f(d.S('三、“三公”经费和机关运行经费预算'), 'heading', 'must', 'a second 三、 after 三、财政拨款支出预算情况 (then 四、 五、)')
check(not off('18.60', '0', '3.20', '15.40'), '')
t(d.S('2025年“三公”经费预算18.60万元'), '0 + 3.20 + 15.40 = 18.60; 与2024年预算持平 with no change stated')
check(chg_ok('5.0', '8.60', '162.40', down=True), '')
t(d.S('机关运行经费预算162.40万元'), '压减8.60 from 171.00 is 5.03%')
check(14 + 6 + 4 == 24, '')
f(d.S('2025年安排项目二十三个'), 'sum', 'must', '二十三个 (Chinese numeral), 其中 14 + 6 + 4 = 24: the parts exceed the total')
f(d.S('2025年新建三个社区养老服务站'), 'count', 'must', '三个服务站, but 分别位于 names two (东津街道、西岭街道)')
check(not off('1086.40', '186.40', '900.00'), '')
t(d.S('2025年政府采购预算1,086.40万元'), '186.40 + 900.00 = 1,086.40')

# ---------------------------------------------------------------- 08 (.pdf, 交通运输局 final accounts, Word-numbered)
d, f, t = doc('08-lanqiao-county-transport-2024-final-accounts.pdf')
f(d.S('局属二级单位4个'), 'count', 'must', '4个, but the colon lists three: 公路事务中心、运输服务中心、综合行政执法大队')
check(not off('13691.00', '12486.30', '1204.70') and chg_ok('5.8', '684.50', '12486.30') and not off('12486.30', '11920.50', '565.80'), '')
t(d.S('2024年度收入总计13,691.00万元'), '12,486.30 + 1,204.70 = 13,691.00; 684.50/11,801.80 = 5.80%; 11,920.50 + 565.80 = 12,486.30')
check(chg_ok('8.6', '1206.40', '12860.20', down=True) and not off('13691.00', '12860.20', '830.80'), '')
t(d.S('2024年度本年支出12,860.20万元，下降8.6%'), 'rate before the amount: 1,206.40/14,066.60 = 8.58%; 12,860.20 + 830.80 = 13,691.00')
check(chg_wrong('4.6', '112.50', '2846.10'), '')
f(d.S('基本支出2,846.10万元，比上年增加112.50万元，增长4.6%'), 'change', 'must', f"增加112.50 on a prior 2,733.60 is {pct('112.50', '2733.60', 2)}%, stated 4.6%")
check(chg_ok('11.6', '1318.90', '10014.10', down=True) and D('112.50') - D('1318.90') == D('-1206.40'), '')
t(d.S('项目支出10,014.10万元'), '1,318.90/11,333.00 = 11.64%; 基本 +112.50 and 项目 −1,318.90 make the total\'s −1,206.40')
check(pct_ok('107.8', '12114.90', '11236.20'), '')
t(d.S('2024年度财政拨款支出决算12,114.90万元'), '12,114.90/11,236.20 = 107.82%')
check(pct_wrong('93.2', '11180.40', '12114.90'), '')
f(d.S('占财政拨款支出的比重为93.2%'), 'share', 'must', f"交通运输支出 11,180.40 of 财政拨款支出 12,114.90 (the sentence above) is {pct('11180.40', '12114.90', 2)}%, stated 93.2%")
f(d.S('其中农村公路养护支出2,418.60万元') + row(d, '其中：农村公路养护'), 'conflict', 'must', '农村公路养护 决算 is 2,481.60 in 表1, the text says 2,418.60 (digits swapped)')
TR = {'一般公共服务支出': ('186.40', '192.30', '103.2'), '社会保障和就业支出': ('402.80', '398.70', '99.0'),
      '交通运输支出': ('10,248.60', '11,180.40', '109.1'), '公路水路运输': ('8,316.00', '9,064.30', '109.0'),
      '其中：农村公路养护': ('2,350.00', '2,481.60', '105.6'), '车辆购置税支出': ('1,932.60', '2,116.10', '109.5'),
      '住房保障支出': ('398.40', '343.50', '82.6')}
for k, (a, b, r) in TR.items():
    if k == '住房保障支出':
        check(pct_wrong(r, n(b), n(a)), k)
        f(row(d, k), 'change', 'must', f"PDF table row: 343.50/398.40 = {pct('343.50', '398.40', 2)}%, the 完成年初预算 cell says 82.6")
    elif k == '其中：农村公路养护':
        check(pct_ok(r, n(b), n(a)), k)  # right in itself; the table side of the conflict above
    else:
        check(pct_ok(r, n(b), n(a)), k)
        t(row(d, k), f'{b}/{a} = {pct(n(b), n(a), 2)}%')
check(not off('10248.60', '8316.00', '1932.60') and not off('11180.40', '9064.30', '2116.10'), '')
check(not off('11236.20', '186.40', '402.80', '10248.60', '398.40') and not off('12114.90', '192.30', '398.70', '11180.40', '343.50'), '')
t(row(d, '合计'), '合计 = the four top-level rows; 公路水路运输 and 车辆购置税 are inside 交通运输 (the PDF reader drops their indent), 农村公路养护 is 其中 of 公路水路运输')
t(d.S('住房保障支出343.50万元，主要为'), 'matches the table')
check(chg_ok('10.9', '5.18', '42.36', down=True) and not off('42.36', '0', '31.20', '11.16'), '')
check(chg_ok('8.9', '3.06', '31.20', down=True) and chg_ok('14.0', '1.82', '11.16', down=True), '')
check(abs(D('-3.06') + D('-1.82') - D('-5.18')) > D('0.02'), '')
f(d.S('2024年度“三公”经费财政拨款支出决算42.36万元') + d.S('比上年减少3.06万元') + d.S('比上年减少1.82万元'), 'change-sum', 'must',
  '三公 比上年决算减少5.18 (47.54 → 42.36, −10.90%, right; 0 + 31.20 + 11.16 = 42.36), but its items changed 0 (出国, 与上年相同) − 3.06 − 1.82 = −4.88 (each item\'s rate is right: 8.93%, 14.02%)')
f(d.S('机关运行经费支出186.20万元，比上年增加12.40万元，与上年持平'), 'direction', 'must',
  '与上年持平 beside 比上年增加12.40万元 (+7.14% on 173.80): not flat (the PDF joins the next paragraph, 车辆14辆 = 2 + 7 + 5, which is right, onto this line)')
check(band('91.5', DEFAULT_BANDS) == '优' and band('86.0', DEFAULT_BANDS) == '良' and band('89.6', DEFAULT_BANDS) == '良', '')
f(d.S('农村公路养护项目自评得分89.6分，评为“优”'), 'grade', 'must', '89.6 is below 90: 良 under the standard bands, the text says 优 (91.5 优 and 86.0 良 in the same paragraph are right)')

write('heldout31 "recall stress: real contradictions stated the way drafters write them": 8 invented disclosures (.txt, a PDF-like .txt with page furniture and hard wraps, .md with pipe tables and bullet lists, 2 .docx built by make_docs and 2 .pdf built by make_word / make_pdfs) whose planted contradictions are written in many wordings: 多收/少支出/增支/减收/回落/压减, rates in Chinese numerals, rate before the amount, prior and current in separate clauses, shares listed one per line or with the base in another paragraph, totals after their parts (共计, 以上三项合计), counts in Chinese numerals, debt balances and limits in different sentences, a roll-forward off by 0.06, grades under the document\'s own labels, sub-scores, heading skips/repeats/reversals, a year slip in the opening or closing, table cells against the text in Markdown, .docx and PDF tables. Line numbers are 1-based lines of each file as it is; for a .docx or .pdf they are lines of src/NAME.docx.text.txt / src/NAME.pdf.text.txt (the CLI\'s --print-text of it). level must: a contradiction for every choice of values inside the rounding intervals; may: a second report of one slip; traps: correct passages of the same shapes. Every row is re-derived from its printed figures by build_expected.py.')
