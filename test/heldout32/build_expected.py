"""heldout32: re-derives every planted contradiction and every trap from the printed figures,
then writes expected.json. Run from anywhere: python3 test/heldout32/build_expected.py
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


def delta_off(stated, current, prior):
    """True when current − prior cannot be the stated delta."""
    return roll_off(stated, current, '0', prior)


def ratio_ok(stated, a, b):
    """A completion / share rate a / b × 100, rounded or truncated."""
    return pct_ok(stated, a, b)


# ---------------------------------------------------------------- 01 (PDF-like .txt, 区卫健委 2025 部门预算, Shanghai layout)
d, f, t = doc('01-songmao-district-health-2025-dept-budget.txt')
t(d.E('松泖区卫生健康委员会2025年部门预算', 1) + d.E('松泖区卫生健康委员会2025年部门预算', 2), 'running head with the document\'s year; 目录 lines follow')
t(d.S('第二部分 2025年部门预算表'), 'a contents line: 第二部分 is no figure, 2025 is the document\'s year')
t(d.E('- 1 -') + d.E('- 2 -') + d.E('- 3 -') + d.E('- 4 -'), 'page footers: no figures')
check(chg_ok('5.9', '3418.20', '60980.60') and pct(D('3418.20'), D('60980.60') - D('3418.20'), 3) < D('5.95'), '')
check(not off('60980.60', '48620.35', '1200.00', '9356.40', '423.25', '1380.60'), '')
t(d.S('2025年收入预算总额60,980.60万元，比2024年预算数增加3,418.20万元，增长5.9%'),
  '3,418.20 on 57,562.40 is 5.94%; the five sources in the sentence add to 60,980.60 (the sentence wraps before its 。)')
check(chg_wrong('4.8', '2106.75', '48620.35'), '')
f(d.S('一般公共预算拨款收入48,620.35万元，较上年预算数增加2,106.75万元，增长4.8%'), 'change', 'must',
  f"较上年预算数增加2,106.75 on a prior 46,513.60 (the 合计 row of 表2 prints it too) is {pct('2106.75', '46513.60', 2)}%, the text says 增长4.8% (wrapped over three lines)")
check(chg_ok('3.2', '312.60', '9356.40', down=True), '')
t(d.S('事业收入9,356.40万元，较上年执行数减少312.60万元，下降3.2%'), '较上年执行数: 312.60 from 9,669.00 is 3.23%')
check(pct_ok('91.5', '55812.44', '60980.60') and pct_wrong('3.9', '2251.36', '60980.60'), '')
f(d.S('住房保障支出2,251.36万元，占3.9%'), 'share', 'must',
  f"住房保障 2,251.36 of 支出预算总额 60,980.60 is {pct('2251.36', '60980.60', 2)}%, the text says 占3.9% (卫生健康 55,812.44 占91.5% on the line above is right: {pct('55812.44', '60980.60', 2)}%)")
t(d.S('支出预算总额60,980.60万元，其中：卫生健康支出55,812.44万元，占91.5%'), '91.52%; the three functions add to 60,980.60')
check(not off('59600.00', '48620.35', '1200.00', '9356.40', '423.25') and not off('60980.60', '59600.00', '1380.60'), '')
check(not off('60980.60', '55812.44', '2916.80', '2251.36'), '')
t(d.L('一般公共预算拨款收入        48,620.35') + d.L('政府性基金预算拨款收入       1,200.00') + d.L('事业收入                     9,356.40')
  + d.L('其他收入                       423.25'), '收支总表 laid out with spaces, income on the left and spending on the right of one line')
t(d.L('本年收入合计') + d.L('上年结转结余                 1,380.60') + d.L('收入总计'),
  '本年收入合计 59,600.00 = the four sources; 收入总计 = 59,600.00 + 1,380.60; 本年支出合计 = 支出总计 = 55,812.44 + 2,916.80 + 2,251.36 (the 本年收入合计 and 本年支出合计 on one line differ legitimately)')
t(d.L('单位：万元', 1) + d.L('项  目                       预算数'), 'table caption and column heads')
check(chg_ok('3.7', '1588.59', '44102.19') and growth_ok('5.1', '2300.00', '2416.80') and growth_ok('23.6', '1700.00', '2101.36'), '')
t(d.S('卫生健康支出44,102.19万元，比上年预算数增加1,588.59万元，增长3.7%'), '1,588.59 on 42,513.60 is 3.74%; 社保 +5.08%, 住房 +23.61% (priors in 表2)')
check(D('12840.00') != D('12480.00') and not delta_off('380.00', '12480.00', '12100.00'), '')
f(d.S('基层医疗卫生机构支出12,480.00万元') + d.L('21003       基层医疗卫生机构'), 'conflict', 'must',
  'text says 基层医疗卫生机构支出12,480.00 (its 比上年预算增加380.00 fits the 2024 cell 12,100.00 only with 12,480), 表2 row 21003 prints 12,840.00 (增减额 740.00)')
t(d.S('公共卫生支出18,355.69万元，主要用'), 'matches 表2 row 21004\'s 2025 cell')
t(d.S('表2  2025年一般公共预算支出功能分类预算表'), 'a table title with a year: no figure, no year slip')
t(d.S('科目编码  科目名称'), 'column heads with two years (2024年预算数 2025年预算数): no figures')
T1 = {'210       卫生健康支出': ('42513.60', '44102.19', '1588.59', '3.7'), '21001       卫生健康管理事务': ('3150.00', '3206.50', '56.50', '1.8'),
      '21003       基层医疗卫生机构': ('12100.00', '12840.00', '740.00', '6.1'), '21004       公共卫生': ('17603.60', '18355.69', '752.09', '4.8'),
      '21007       计划生育事务': ('2260.00', '2100.00', '-160.00', '-7.1'), '21011       行政事业单位医疗': ('7400.00', '7600.00', '200.00', '2.7'),
      '208       社会保障和就业支出': ('2300.00', '2416.80', '116.80', '5.1'), '221       住房保障支出': ('1700.00', '2101.36', '401.36', '23.6'),
      '合    计': ('46513.60', '48620.35', '2106.75', '4.5')}
for k, (a, b, dl, r) in T1.items():
    check(D(b) - D(a) == D(dl), k)
    if k.startswith('21004'):
        check(not growth_ok(r, a, b), k)
        f(d.L(k), 'change', 'must', f"表2 row 21004 公共卫生: 17,603.60 → 18,355.69 (+752.09) is +{pct('752.09', '17603.60', 2)}%, the 增减幅度 cell says 4.8")
    elif k.startswith('21003'):
        check(growth_ok(r, a, b), k)  # the table side of the conflict above
    else:
        check(growth_ok(r, a, b), k)
        t(d.L(k), f'{k.split()[-1]}: {a} → {b}, {dl}, {r}% (a space-laid row; code column first)')
check(not off('44102.19', '3206.50', '12840.00', '18355.69', '2100.00', '7600.00') and not off('42513.60', '3150.00', '12100.00', '17603.60', '2260.00', '7400.00'), '')
check(not off('48620.35', '44102.19', '2416.80', '2101.36') and not off('46513.60', '42513.60', '2300.00', '1700.00'), '')
check(off('18426.72', '15908.36', '2581.36') and sm('15908.36', '2581.36') > D('18426.72'), '')
f(d.S('2025年基本支出18,426.72万元，占支出预算的30.2%，其中：人员经费15,908.36万元、公用经费2,581.36万元'), 'sum', 'must',
  '基本支出 = 人员经费 + 公用经费: 15,908.36 + 2,581.36 = 18,489.72, the text says 18,426.72 (its share 30.22% is right; the number wraps after 15,908.36万)')
check(pct_ok('69.8', '42553.88', '60980.60') and not off('60980.60', '18426.72', '42553.88'), '')
t(d.S('项目支出42,553.88万元，占支出预算的69.8%'), '69.78%; 18,426.72 + 42,553.88 = 60,980.60')
check(not off('86.40', '0', '12.80', '73.60') and not off('73.60', '28.00', '45.60'), '')
check(D('-1.20') + D('-2.40') != D('-4.60'), '')
f(d.S('2025年“三公”经费预算数为86.40万元，比2024年预算数减少4.60万元') + d.S('公务用车运行费45.60万元，比上年预算减少2.40万元'), 'change-sum', 'must',
  '三公 比2024年预算数减少4.60, but its items changed 0 (出国, 持平) − 1.20 (接待) + 0 (购置, 持平) − 2.40 (运行) = −3.60 (the parts themselves add: 0 + 12.80 + 73.60 = 86.40, 28.00 + 45.60 = 73.60; "1.20" is split across lines 59–60)')
check(chg_wrong('4.8', '58.20', '1284.36'), '')
f(d.S('机关运行经费预算1,284.36万元，比上年预算数增加58.20万元，增长4'), 'change', 'must',
  f"58.20 on a prior 1,226.16 is {pct('58.20', '1226.16', 3)}% (rounds and truncates to 4.7), the text says 增长4.8% (the rate is split across lines 63–64 as 4 / .8%)")
check(not off('6830.52', '3612.40', '1050.00', '2168.12'), '')
t(d.S('2025年政府采购预算总额6,830.52万元'), '货物 + 工程 + 服务 = 3,612.40 + 1,050.00 + 2,168.12 = 6,830.52')
check(3 + 9 + 31 + 4 == 47, '')
f(d.S('本部门共有车辆46辆，其中：一般公务用车3辆、执法执勤用车9辆、特种专业技术用车31辆、其他用车4辆'), 'sum', 'must',
  'vehicles by type: 3 + 9 + 31 + 4 = 47, the text says 共有车辆46辆 (wrapped over lines 69–70)')
t(d.S('单价100万元（含）以上设备'), 'a threshold (100万元（含）以上) and a count of equipment; 购置车辆2辆 is a plan, not part of the 46')
t(d.S('2025年实行绩效目标管理的项目58个'), '42,553.88 is the whole 项目支出: 100%')

# ---------------------------------------------------------------- 02 (.md, 县自然资源和规划局 2024 部门决算, Jiangsu layout)
d, f, t = doc('02-huaixi-county-natural-resources-2024-final-accounts.md')
t(d.S('县不动产登记中心、县测绘地理信息服务中心两个事业单位'), 'two units named, 两个 right')
check(chg_ok('7.8', '1012.65', '14002.40'), '')
t(d.S('收、支总计各增加1,012.65万元，增长7.8%'), '1,012.65 on 12,989.75 is 7.80%')
check(not off('14002.40', '12486.90', '150.00', '1365.50') and not off('14002.40', '12918.60', '1083.80'), '')
t(d.S('收入总计包括本年收入12,486.90万元、用事业基金弥补收支差额150.00万元'), '12,486.90 + 150.00 + 1,365.50 = 14,002.40 and 12,918.60 + 1,083.80 = 14,002.40 (用事业基金弥补收支差额 is a part of 收入总计, not of 本年收入)')
check(not off('12486.90', '10862.40', '1204.30', '420.20'), '')
t(row(d, '本年收入合计'), '合计 row at the top: 10,862.40 + 1,204.30 + 420.20 = 12,486.90; 100.00')
check(pct_ok('86.99', '10862.40', '12486.90') and pct_ok('9.64', '1204.30', '12486.90'), '')
t(row(d, '财政拨款收入') + row(d, '事业收入'), '占比 cells 86.99 and 9.64 are right')
check(pct_wrong('3.73', '420.20', '12486.90'), '')
f(row(d, '其他收入'), 'share', 'must', f"占本年收入比重 column: 其他收入 420.20 of 12,486.90 is {pct('420.20', '12486.90', 2)}%, the cell says 3.73 (the column then adds to 104.36)")
check(pct_ok('33.3', '4306.20', '12918.60') and pct_ok('66.7', '8612.40', '12918.60') and not off('12918.60', '4306.20', '8612.40') and not off('4306.20', '3680.45', '625.75'), '')
t(d.S('本年支出合计12,918.60万元'), '基本 33.33% + 项目 66.67%; 人员经费 3,680.45 + 公用经费 625.75 = 4,306.20')
check(chg_ok('6.0', '606.80', '10734.10') and pct_ok('108.4', '10734.10', '9902.30'), '')
t(d.S('2024年度财政拨款支出决算10,734.10万元'), '606.80 on 10,127.30 is 5.99%; 10,734.10 / 9,902.30 = 108.40%, and 决算数大于年初预算数 is right')
t(d.S('#### （一）财政拨款支出决算总体情况') + d.S('#### （二）财政拨款支出决算结构情况'), 'sub-headings (一)(二) in order')
check(not off('10127.30', '210.40', '612.30', '8702.50', '602.10') and not off('10734.10', '198.60', '648.90', '9256.20', '630.40'), '')
check(not off('606.80', '-11.80', '36.60', '553.70', '28.30') and off('606.80', '-11.80', '63.60', '553.70', '28.30'), '')
f(row(d, '合计'), 'sum', 'may', 'the 增减额 column adds to 633.80 with the wrong 63.60 cell (the row itself is right: 606.80 = 10,734.10 − 10,127.30)')
T2 = {'一般公共服务支出': ('210.40', '198.60', '-11.80', '-5.6'), '自然资源海洋气象等支出': ('8702.50', '9256.20', '553.70', '6.4'), '住房保障支出': ('602.10', '630.40', '28.30', '4.7')}
for k, (a, b, dl, r) in T2.items():
    check(D(b) - D(a) == D(dl) and growth_ok(r, a, b), k)
    if k != '一般公共服务支出':
        t(row(d, k), f'{k}: {a} → {b}, {dl}, {r}%')
check(D('648.90') - D('612.30') == D('36.60') and growth_ok('6.0', '612.30', '648.90'), '')
f(row(d, '社会保障和就业支出'), 'change', 'must', '增减额 cell 63.60, but 648.90 − 612.30 = 36.60 (a transposition; the 增减幅度 6.0 fits 36.60: 5.98%)')
check(pct_ok('86.2', '9256.20', '10734.10') and chg_ok('6.4', '553.70', '9256.20'), '')
t(d.S('自然资源海洋气象等支出9,256.20万元，占财政拨款支出的86.2%'), '86.23%; 553.70 on 8,702.50 is 6.36%')
check(not delta_off('20.80', '210.40', '189.60') and chg_ok('9.9', '20.80', '189.60', down=True), '')
f(d.S('一般公共服务支出（类）189.60万元，比2023年决算数减少20.80万元，下降9.9%') + row(d, '一般公共服务支出'), 'conflict', 'must',
  'text 一般公共服务支出（类）189.60 (减少20.80, 9.9%: consistent with a prior 210.40 in itself) against 表2 row 198.60 (−11.80, −5.6%)')
f(d.S('#### （四）财政拨款支出决算具体情况'), 'heading', 'must', '#### headings run （一）（二） then （四）: （三） is skipped')
t(d.S('2. 住房保障支出（类）630.40万元'), 'matches 表2: 602.10 → 630.40, +28.30, 4.70%; 1. 2. item numbers are in order')
check(not off('32.58', '0', '24.36', '8.22'), '')
t(d.S('2024年度“三公”经费财政拨款支出决算为32.58万元'), '0 + 24.36 + 8.22 = 32.58; 完成预算的81.5% with 小于 (the budget is not printed: no base)')
check(D('8.22') < D('9.00') and pct_ok('91.3', '8.22', '9.00'), '')
f(d.S('公务接待费决算8.22万元，预算数9.00万元，决算数大于预算数'), 'direction', 'must',
  '决算8.22 against 预算数9.00 is smaller (91.3%), the text says 决算数大于预算数')
check(chg_wrong('7.3', '42.18', '586.32', down=True), '')
f(d.S('机关运行经费支出586.32万元，比2023年减少42.18万元，下降7.3%'), 'change', 'must',
  f"42.18 from a prior 628.50 is {pct('42.18', '628.50', 2)}%, the text says 下降7.3%")
check(off('1862.45', '412.30', '874.00', '603.15') and sm('412.30', '874.00', '603.15') > D('1862.45'), '')
f(d.S('2024年度政府采购支出总额1,862.45万元，其中：政府采购货物支出412.30万元、政府采购工程支出874.00万元、政府采购服务支出603.15万元'), 'sum', 'must',
  '货物 + 工程 + 服务 = 412.30 + 874.00 + 603.15 = 1,889.45, more than the 总额 1,862.45')
check(pct_ok('82.7', '1540.20', '1862.45'), '')
t(d.S('授予中小企业合同金额1,540.20万元，占政府采购支出总额的82.7%'), '1,540.20 / 1,862.45 = 82.70%')
check(2 + 3 + 9 + 5 + 2 == 21, '')
t(d.S('本部门共有车辆21辆'), '0 + 0 + 2 + 3 + 9 + 5 + 0 + 2 = 21 (Jiangsu\'s eight vehicle kinds, zeros included); 50万元以上 is a threshold')
t(d.S('对14个项目开展绩效自评'), 'a count with no enumeration; 良 is a label with no score')

# ---------------------------------------------------------------- 03 (.docx, 区 2024 预算执行 report to the 人代会)
d, f, t = doc('03-yuanmei-district-2024-budget-execution.docx')
t(d.S('——2025年1月8日在沅湄区第三届人民代表大会第五次会议上'), 'date line: 2025 is the meeting year; 第三届/第五次 are no figures')
f(d.S('现将沅湄区2023年财政预算执行情况报告如下'), 'year', 'must', 'the title and every heading report 2024 execution; the opening sentence says 2023年财政预算执行情况')
t(d.S('一、2024年预算执行情况'), 'the document\'s own year')
check(pct_ok('101.6', '38.62', '38.00') and growth_ok('5.2', '36.71', '38.62'), '')
t(d.S('2024年，全区一般公共预算收入完成38.62亿元，完成调整预算的101.6%，同比增长5.2%，同口径增长6.8%'),
  '38.62 (表1: 386,200万元) / 调整预算 380,000万元 = 101.63%; on 367,100万元 +5.20%; 同口径 is another base (no figures)')
check(pct_ok('100.5', '283500', '282000') and growth_ok('3.1', '275000', '283500') and pct_ok('73.4', '28.35', '38.62'), '')
t(d.S('税收收入28.35亿元，完成调整预算的100.5%，增长3.1%，剔除增值税留抵退税因素后增长7.4%'),
  '100.53% and +3.09% on 表1; 剔除…因素后 is another base; 73.41% share')
check(abs(D('11.46') - D('110640') / 10000) > D('0.01'), '')
f(d.S('增值税完成11.46亿元，增长8.2%') + row(d, '增值税'), 'conflict', 'must',
  'text 增值税完成11.46亿元 against 表1 增值税 110,640万元 = 11.064亿元 (亿元 in the text, 万元 in the table; 8.2% fits the table: 110,640/102,300 = +8.15%)')
t(d.S('企业所得税4.03亿元，下降3.7%') , '40,260万元 = 4.026亿元 → 4.03; 40,260/41,800 = −3.68%; 个人所得税 16,380万元 = 1.64亿元, +5.00%')
check(delta_off('1.06', '10.27', '9.21') is False and growth_ok('11.5', '9.21', '10.27') and pct_ok('104.8', '102700', '98000'), '')
t(d.S('非税收入10.27亿元，完成调整预算的104.8%，比上年增收1.06亿元，增长11.5%'), '表1: 92,100 → 102,700 (+10,600 = 1.06亿, +11.51%); 104.80%')
t(d.S('表1　2024年一般公共预算收入执行情况表（单位：万元）') + d.S('| 项目 | 2023年执行数 |'), 'a table title and column heads with years')
TT = {'一般公共预算收入': ('367100', '380000', '386200', '101.6', '5.2'), '税收收入': ('275000', '282000', '283500', '100.5', '3.1'),
      '增值税': ('102300', '108000', '110640', '102.4', '8.2'), '企业所得税': ('41800', '44000', '40260', '95.1', '-3.7'),
      '个人所得税': ('15600', '16000', '16380', '102.4', '5.0'), '其他税收': ('115300', '114000', '116220', '101.9', '0.8'),
      '非税收入': ('92100', '98000', '102700', '104.8', '11.5')}
for k, (p, b, c, done, g) in TT.items():
    check(growth_ok(g, p, c), k)
    if k == '企业所得税':
        check(pct_wrong(done, c, b), k)
        f(row(d, k), 'change', 'must', f"表1 企业所得税: 40,260 / 调整预算 44,000 = {pct('40260', '44000', 2)}%, the 完成调整预算% cell says 95.1")
    elif k != '增值税':
        check(pct_ok(done, c, b), k)
        t(row(d, k) if k != '合计' else d.L('| 合计 | 11,995 |'), f'{k}: {c}/{b} = {pct(c, b, 2)}%, {p} → {c} = {g}%')
check(not off('283500', '110640', '40260', '16380', '116220') and not off('386200', '283500', '102700'), '')
check(not off('275000', '102300', '41800', '15600', '115300') and not off('282000', '108000', '44000', '16000', '114000'), '')
check(not off('56.13', '38.62', '14.35', '2.10', '1.06') and off('14.35', '0.96', '10.84', '2.85') and sm('0.96', '10.84', '2.85') > D('14.35'), '')
f(d.S('上级补助收入14.35亿元中，返还性收入0.96亿元、一般性转移支付10.84亿元、专项转移支付2.85亿元'), 'sum', 'must',
  '返还性 + 一般性 + 专项 = 0.96 + 10.84 + 2.85 = 14.65, the text says 14.35 (twice); 收入总计 56.13 = 38.62 + 14.35 + 2.10 + 1.06 is right in the first sentence of the line')
check(pct_ok('97.3', '52.84', '54.30') and not off('54.71', '52.84', '1.87') and not roll_off('1.42', '56.13', '0', '54.71'), '')
t(d.S('全区一般公共预算支出完成52.84亿元，变动预算为54.30亿元，完成变动预算的97.3%'), '97.31%; 52.84 + 1.87 = 54.71; 56.13 − 54.71 = 1.42')
check(pct_ok('79.8', '42.16', '52.84') and pct_wrong('18.9', '9.86', '52.84'), '')
f(d.S('教育支出9.86亿元，占18.9%'), 'share', 'must',
  f"教育 9.86 of 一般公共预算支出 52.84 (named in the sentence before, with 民生 79.8% right) is {pct('9.86', '52.84', 2)}%, the text says 占18.9%")
check(chg_wrong('9.6', '0.41', '5.12'), '')
f(d.S('卫生健康支出5.12亿元，比上年增加0.41亿元，增长9.6%'), 'change', 'must', f"0.41 on a prior 4.71 is {pct('0.41', '4.71', 2)}%, the text says 增长9.6%")
check(chg_ok('2.4', '0.20', '8.63'), '')
t(d.S('社会保障和就业支出8.63亿元，增长2.4%，增加0.20亿元'), 'rate first: 0.20 on 8.43 is 2.37%')
t(d.S('城乡社区支出6.05亿元，下降12.7%'), 'a rate with no second figure')
check(chg_ok('6.7', '0.28', '3.92', down=True), '')
f(d.S('农林水支出3.92亿元，比上年减少0.28亿元，增长6.7%'), 'direction', 'must', '比上年减少0.28 (from 4.20: −6.67%) with 增长6.7%')
f(d.S('全年兑现惠企政策资金3.46亿元，涉及五个方面'), 'count', 'must', '五个方面, but only 一是…四是 follow')
check(pct_ok('86.5', '12.3', '14.22') and pct_ok('92.7', '14.86', '16.03'), '')
t(d.S('全区政府性基金预算收入完成12.3亿元，为调整预算的86.5%'), '12.3 (one decimal) / 14.22 = 86.50%; the base is stated after the rate')
t(d.S('政府性基金预算支出14.86亿元，调整预算16.03亿元，完成调整预算的92.7%'), '92.70%')
f(d.S('（二）国有资本经营预算收支执行情况'), 'heading', 'must', '（一）一般公共预算 → （二）政府性基金 → a second （二） for 国有资本经营预算')
t(d.S('（二）政府性基金预算收支执行情况'), 'the first （二）, in order')
check(pct_ok('109.3', '2186', '2000') and 2186 - 1530 - 656 == 0, '')
t(d.S('全区国有资本经营预算收入2,186万元，为预算的109.3%，预算数为2,000万元'), '109.30%; 1,530 + 656 = 2,186 (万元 in a 亿元 report)')
t(d.S('2025年全区一般公共预算收入预期增长5.0%左右，约为40.55亿元'), '约/左右: approximate (38.62 × 1.05 = 40.55 anyway)')

# ---------------------------------------------------------------- 04 (.pdf from Word, 市 国有资本经营预算 + 政府性基金)
d, f, t = doc('04-qiaoyang-city-2024-soe-capital-and-fund-budgets.pdf')
t(d.S('峤阳市2024年市本级国有资本经营预算和政府性基'), 'the title, broken over two lines by the PDF')
check(pct_ok('104.1', '12486', '11995') and growth_ok('8.7', '11487', '12486') and not off('12486', '10236', '1420', '600', '230') and not off('12804', '12486', '318'), '')
t(d.S('2024年市本级国有资本经营预算收入12,486万元，为预算的104.1%'), '12,486/11,995 = 104.09%; on 11,487 (stated after the rate, in brackets) +8.70%; four kinds add to 12,486; + 318 = 12,804')
check(sm('824', '40', '120', '15') == 999 and D('12486') - D('11487') == 999, '')
t(d.S('国有资本经营预算收入比上年增加999万元'), 'the changes add: 824 + 40 + 120 + 15 = 999 = 12,486 − 11,487 (each matches 表1)')
check(off('9860', '2150', '6840', '1070') and sm('2150', '6840', '1070') > D('9860') and not roll_off('564', '12804', '0', sm('9860', '2380')), '')
f(d.S('国有资本经营预算支出9,860万元，完成预算的96.2%，其中：解决历史遗留问题及改革成本支出2,150万元，国有企业资本金注入6,840万元，其他国有资本经营预算支出1,070万元'), 'sum', 'must',
  '2,150 + 6,840 + 1,070 = 10,060, more than 支出9,860 (and 12,804 − 9,860 − 2,380 = 564 confirms 9,860)')
check(pct_ok('19.1', '2380', '12486'), '')
t(d.S('调出资金至一般公共预算2,380万元，调出比例为19.1%'), '2,380/12,486 = 19.06%; 结转下年564 = 12,804 − 9,860 − 2,380')
t(d.S('表1 2024年市本级国有资本经营预算收入执行情况') + d.S('单位：万元'), 'table title with a year and a unit line')
T4 = {'利润收入': ('9800', '10236', '104.4', '9412', '8.8'), '股利、股息收入': ('1350', '1420', '105.2', '1380', '2.9'),
      '产权转让收入': ('600', '600', '100.0', '480', '25.0'), '其他国有资本经营预算收入': ('245', '230', '93.9', '215', '7.0'),
      '合计': ('11995', '12486', '104.1', '11487', '8.7')}
for k, (b, c, done, p, g) in T4.items():
    check(pct_ok(done, c, b) and growth_ok(g, p, c), k)
    t(row(d, k) if k != '合计' else d.L('| 合计 | 11,995 |'), f'{k}: {c}/{b} = {pct(c, b, 2)}%, {p} → {c} = {g}%' + (' (合计 at the bottom: 9,800 + 1,350 + 600 + 245 = 11,995, 9,412 + 1,380 + 480 + 215 = 11,487)' if k == '合计' else ''))
check(not off('11995', '9800', '1350', '600', '245') and not off('11487', '9412', '1380', '480', '215'), '')
check(pct_ok('88.6', '86.42', '97.54') and growth_ok('-14.3', '100.84', '86.42') and pct_ok('91.0', '78.65', '86.42'), '')
t(d.S('2024年市本级政府性基金预算收入 86.42亿元'), '86.42/97.54 = 88.60%; 100.84 → 86.42 is −14.30% (prior after the rate); 土地出让 78.65 is 91.01%')
check(chg_wrong('17.8', '0.58', '3.26', down=True), '')
f(d.S('城市基础设施配套费收入3.26亿元，比上年减少0.58亿元，下降17.8%'), 'change', 'must',
  f"0.58 from a prior 3.84 is {pct('0.58', '3.84', 2)}%, the text says 下降17.8% (same line: 土地出让 share 91.0% and 下降14.3% are right)")
check(not off('139.57', '86.42', '4.20', '42.60', '6.35'), '')
t(d.S('加上上级补助收入4.20亿元、专项债务收入42.60亿元'), '86.42 + 4.20 + 42.60 + 6.35 = 139.57')
T5 = {'国有土地使用权出让收入': ('89.50', '78.65', '87.9'), '城市基础设施配套费收入': ('3.60', '3.26', '90.6'),
      '污水处理费收入': ('1.20', '1.18', '98.3'), '其他政府性基金收入': ('3.24', '3.33', '102.8'), '合计': ('97.54', '86.42', '88.6')}
for k, (b, c, done) in T5.items():
    check(pct_ok(done, c, b), k)
    t(row(d, k) if k not in ('合计', '城市基础设施配套费收入') else d.L('| ' + k + ' | ' + b + ' |'), f'{k}: {c}/{b} = {pct(c, b, 2)}% (the PDF reader splits a column: an empty cell between 调整预算数 and 执行数)')
check(not off('97.54', '89.50', '3.60', '1.20', '3.24') and not off('86.42', '78.65', '3.26', '1.18', '3.33'), '')
t(d.S('表2 2024年市本级政府性基金预算收入执行情况') + d.S('单位：亿元'), 'table title and unit line')
check(pct_ok('91.2', '118.36', '129.78') and pct_wrong('38.0', '42.60', '118.36'), '')
f(d.S('专项债券安排的支出42.60亿元，占政府性基金预算支出的38.0%'), 'share', 'must',
  f"42.60 of 支出118.36 (first clause of the sentence) is {pct('42.60', '118.36', 2)}%, the text says 38.0% (91.2% of 调整预算129.78 before it is right: 91.20%)")
check(not off('133.16', '118.36', '9.80', '5.00') and not roll_off('6.41', '139.57', '0', '133.16'), '')
f(d.S('市本级政府性基金支出重点用于三个方面'), 'count', 'must', '三个方面, but only 一是 and 二是 follow')
f(d.S('四、专项债券资金使用情况'), 'heading', 'must', 'headings 一、 二、 then 四、: 三、 is skipped')
t(d.S('投向 18个项目'), 'a count with no enumeration')

# ---------------------------------------------------------------- 05 (PDF-like .txt, 县教育局 项目绩效自评 with 绩效目标表)
d, f, t = doc('05-liping-county-education-2024-project-self-evaluation.txt')
t(d.E('溧坪县2024年度项目支出绩效自评报告', 1) + d.E('溧坪县2024年度项目支出绩效自评报告', 2) + d.E('溧坪县2024年度项目支出绩效自评报告', 3), 'running head')
t(d.E('第 1 页 共 3 页') + d.E('第 2 页 共 3 页') + d.E('第 3 页 共 3 页'), 'page footers')
f(d.S('现将2023年度义务教育学校校舍维修改造项目绩效自评情况报告如下'), 'year', 'must',
  'the head, the notice and every figure are 2024年度; the opening says 2023年度 (the year wraps: 2023年 / 度)')
check(pct_ok('95.4', '1392.68', '1460.00') and pct_ok('108.8', '1392.68', '1280.00'), '')
t(d.S('全年实际支出1,392.68万元，预算执行率为95.4%，按年初预算计算的执行率为108.8%'), '1,392.68/1,460.00 = 95.39%; on 年初预算 1,280.00: 108.80% (two bases named)')
check(not off('1460.00', '620.00', '380.00', '460.00'), '')
t(d.S('项目资金来源：中央补助资金620.00万元'), '620 + 380 + 460 = 1,460 (the 调整预算): the last figure wraps to line 12')
check(26 - 24 == 2, '')
t(d.S('全年维修改造学校26所，超过年度目标2所'), '26 − 24 (the table\'s ≥24所) = 2')
check(D('3.46') - D('3.2') == D('0.26') and D('3.465') - D('3.15') < D('0.355'), '')  # a − b at most 0.315 against 0.36 ± 0.005
f(d.S('校舍维修面积3.46万平方米，目标值3.2万平方米，比目标值多0.36万平方米'), 'change', 'must',
  '比目标值多: 3.46 − 3.2 = 0.26 (at most 0.31 with 3.2 as [3.15, 3.25]), the text says 0.36 (wraps after 3.2 on line 15)')
t(d.S('项目完工及时率92.3%'), '92.3 is below the 95% target, and the text says so (未达到)')
t(d.L('一级指标   二级指标'), 'indicator-table column heads')
for cell in ('维修改造学校数量', '校舍维修面积             ≥3.2', '工程验收合格率           100%', '项目完工及时率           ≥95%', '单位面积改造成本', '校舍安全隐患消除率       100%',
             '校舍使用年限延长', '师生及家长满意度', '预算执行率               100%'):
    t(d.L(cell), 'an indicator row: 指标值 thresholds (≥24所, ≥95%, ≤420元/平方米) against 实际完成值, 分值 and 得分; no relation broken')
check(sm('10', '10', '10', '10', '10', '15', '15', '10', '10') == 100 and sm('10', '10', '10', '8', '10', '15', '13', '9.5', '9.5') == D('95.0'), '')
t(d.L('合    计'), '合计 row: 分值 100, 得分 95.0 = 10 + 10 + 10 + 8 + 10 + 15 + 13 + 9.5 + 9.5')
t(d.S('26所学校的C级、D级危房全部消除'), 'C级、D级 are grades of buildings, not scores')
check(sm('2516', '286', '34') == 2836 and off('2846', '2516', '286', '34'), '')
f(d.S('回收有效问卷2,846份，其中满意2,516份、基本满意286份、不满意34份'), 'sum', 'must',
  '2,516 + 286 + 34 = 2,836, the text says 有效问卷2,846份 (wrapped over lines 35–36)')
check(pct_ok('98.5', '2802', '2846'), '')
t(d.S('满意率（满意和基本满意）为98.5%'), '(2,516 + 286)/2,846 = 98.45% (rounds to 98.5); 2,900 发放 is not a part')
t(d.S('评价等级分为优（90分（含）以上）'), 'the bands themselves: thresholds, not scores')
check(not off('95.0', '48', '28', '9.5', '9.5') and band('95.0', DEFAULT_BANDS) == '优', '')
t(d.S('本项目自评得分95.0分，其中：'), '48 + 28 + 9.5 + 9.5 = 95.0; 优 for 95.0 (the grade wraps as “ / 优”)')
check(sm('20', '10', '9', '10') == 49 and D('49') != D('48'), '')
f(d.S('产出指标得分48分（数量指标20分、质量指标10分、时效指标9分、成本指标10分）'), 'sum', 'must',
  '20 + 10 + 9 + 10 = 49, the text says 产出指标得分48分 (the table has 时效 8, and 扣2分 on the next line agrees with 8)')
check(8 + 3 + 2 == 13, '')
f(d.S('共对12个项目开展绩效自评，其中自评等级为优的8个、良的3个、中'), 'sum', 'must', '12个项目 by grade: 8 + 3 + 2 = 13 (wraps before 的2个)')
check(D('93.6') - D('91.2') == D('2.4'), '')
t(d.S('部门整体支出绩效自评得分93.6分，较2023年度（91.2分）提高2.4分'), '93.6 − 91.2 = 2.4 (the prior in brackets)')
t(d.L('序号  项目名称'), 'column heads with units in brackets')
T6 = [('1     义务教育学校校舍维修改造', '1460.00', '1392.68', '95.4', '95.0', '优'), ('2     学前教育公用经费补助', '860.00', '860.00', '100.0', '92.5', '优'),
      ('3     教师培训', '210.00', '186.30', '88.7', '88.5', '良'), ('4     学生资助', '1120.40', '1098.60', '98.1', '91.0', '优'),
      ('5     校园安保服务', '326.00', '318.50', '97.7', '79.5', '良'), ('6     教育信息化建设', '540.00', '462.30', '87.6', '84.0', '良'),
      ('7     营养改善计划', '688.20', '688.20', '100.0', '90.0', '优'), ('8     特殊教育补助', '96.00', '91.20', '95.0', '80.0', '良')]
for k, b, c, r, s, g in T6:
    if k.startswith('6 '):
        check(pct_wrong(r, c, b) and band(s, DEFAULT_BANDS) == g, k)
        f(d.L(k), 'change', 'must', f"row 6 教育信息化建设: 执行数 462.30 / 预算数 540.00 = {pct(c, b, 2)}%, the 执行率 cell says 87.6%")
    elif k.startswith('5 '):
        check(pct_ok(r, c, b) and band(s, DEFAULT_BANDS) == '中', k)
        f(d.L(k), 'grade', 'must', 'row 5 校园安保服务: 79.5分 is in 中 (60（含）—80) under the document\'s own bands, the 等级 cell says 良')
    else:
        check(pct_ok(r, c, b) and band(s, DEFAULT_BANDS) == g, k)
        t(d.L(k), f'{k.split()[-1]}: {c}/{b} = {pct(c, b, 2)}%, {s} {g}' + (' (on the band edge)' if s in ('90.0', '80.0') else ''))
t(d.S('注：表中仅列示预算数50万元以上的项目'), 'a threshold; the table shows 8 of the 12 projects (4 优, 4 良), so it does not contradict 8/3/2')
t(d.S('一是部分山区学校项目受汛期影响'), '一是…二是 with no count stated')
f(d.S('七、下一步改进措施'), 'heading', 'must', 'headings 一、 to 五、 in order, then 七、: 六、 is skipped')
t(d.S('五、存在问题'), 'in order after 四、')

# ---------------------------------------------------------------- 06 (.md, 街道办事处 2025 部门预算, Shanghai layout)
d, f, t = doc('06-lubin-subdistrict-2025-budget.md')
f(d.S('街道内设机构七个：党政办公室、平安办、社区管理办、社区服务办、社区自治办、营商环境办、城市管理办、财务管理中心'), 'count', 'must',
  '内设机构七个, but the colon lists eight')
f(d.S('芦滨街道2024年部门预算单位包括街道办事处本级'), 'year', 'must', 'the title is the 2025 部门预算; this section calls its units the 2024年部门预算单位')
t(d.S('城市运行管理中心3家事业单位'), 'three units named, 3家 right')
check(chg_ok('8.3', '1128.60', '12541.00', down=True) and pct_ok('98.5', '12356.80', '12541.00') and not off('12541.00', '12356.80', '184.20'), '')
t(d.S('2025年收入预算12,541.00万元，比2024年预算数减少1,128.60万元，下降8.3%'), '1,128.60 from 13,669.60 is 8.26%; 98.53%; 12,356.80 + 184.20 = 12,541.00')
t(d.S('表1　2025年部门支出预算（按功能分类）　单位：万元') + d.S('| 功能分类科目 | 2024年预算数 |'), 'table title with a year, unit on the same line; column heads')
T7 = {'一般公共服务支出': ('4380.20', '4216.50', '-163.70', '-3.7', '33.62'), '公共安全支出': ('402.00', '386.00', '-16.00', '-4.0', '3.08'),
      '社会保障和就业支出': ('2640.80', '2806.40', '165.60', '6.3', '23.38'), '卫生健康支出': ('498.60', '512.30', '13.70', '2.7', '4.08'),
      '城乡社区支出': ('5316.00', '4180.60', '-1135.40', '-21.4', '33.34'), '住房保障支出': ('432.00', '439.20', '7.20', '1.7', '3.50')}
for k, (a, b, dl, r, sh) in T7.items():
    check(D(b) - D(a) == D(dl) and growth_ok(r, a, b), k)
    if k == '社会保障和就业支出':
        check(pct_wrong(sh, b, '12541.00'), k)
        f(row(d, k), 'share', 'must', f"占比 column: 2,806.40 of 合计 12,541.00 is {pct(b, '12541.00', 3)}%, the cell says 23.38 (the column then adds to 101.00)")
    elif k == '卫生健康支出':
        check(pct_ok(sh, b, '12541.00'), k)  # the table side of the conflict below
    else:
        check(pct_ok(sh, b, '12541.00'), k)
        t(row(d, k), f'{k}: {a} → {b}, {dl}, {r}%, 占比 {pct(b, "12541.00", 3)}%')
check(not off('13669.60', '4380.20', '402.00', '2640.80', '498.60', '5316.00', '432.00') and not off('12541.00', '4216.50', '386.00', '2806.40', '512.30', '4180.60', '439.20'), '')
check(not off('-1128.60', '-163.70', '-16.00', '165.60', '13.70', '-1135.40', '7.20'), '')
t(d.L('| 合计 | 13,669.60 |'), '合计 row at the top: both years and the 增减额 column add up; 占比 100.00 is the base')
check(chg_ok('21.4', '1135.40', '4180.60', down=True), '')
t(d.S('城乡社区支出4,180.60万元，比上年预算减少1,135.40万元，下降21.4%'), 'matches the table: 21.36%')
f(d.S('卫生健康支出521.30万元') + row(d, '卫生健康支出'), 'conflict', 'must', 'text 卫生健康支出521.30 against 表1 卫生健康支出 2025年预算数 512.30')
check(not off('12541.00', '3126.80', '7402.60', '486.40', '1543.20') is False, '')
check(off('486.40', '369.40', '99.00') and not off('3126.80', '2986.80', '140.00') and not off('7402.60', '506.20', '6896.40') and not off('1543.20', '0.00', '1543.20'), '')
f(row(d, '对个人和家庭的补助'), 'sum', 'must', '表2 row: 基本支出 369.40 + 项目支出 99.00 = 468.40, the 合计 cell says 486.40')
check(off('12541.00', '3126.80', '7402.60', '486.40', '1543.20') and not off('3862.40', '2986.80', '506.20', '369.40', '0.00') and not off('8678.60', '140.00', '6896.40', '99.00', '1543.20'), '')
f(d.L('| 合计 | 12,541.00 |'), 'sum', 'may', 'the 合计 column adds to 12,559.00 with the wrong 486.40 (the 基本 and 项目 columns add up, and 3,862.40 + 8,678.60 = 12,541.00)')
t(row(d, '工资福利支出') + row(d, '商品和服务支出') + row(d, '资本性支出'), 'rows that add across: 2,986.80 + 140.00, 506.20 + 6,896.40, 0.00 + 1,543.20')
check(pct_ok('30.8', '3862.40', '12541.00') and pct_ok('69.2', '8678.60', '12541.00') and not off('3356.20', '2986.80', '369.40') and not off('3862.40', '3356.20', '506.20'), '')
t(d.S('基本支出3,862.40万元，占30.8%'), '30.80% and 69.20%; 人员经费 3,356.20 = 2,986.80 + 369.40 (in brackets); + 公用经费 506.20 = 3,862.40')
check(not off('8.60', '0', '5.40', '3.20'), '')
t(d.S('2025年“三公”经费预算8.60万元，比上年预算减少0.90万元'), '0 + 5.40 + 3.20 = 8.60')
f(d.S('公务用车运行费5.40万元，与上年预算数持平，比上年预算减少0.90万元'), 'direction', 'must', '与上年预算数持平 beside 比上年预算减少0.90万元 (6.30 → 5.40) in one claim')
check(chg_ok('5.3', '21.58', '386.42', down=True), '')
t(d.S('2025年机关运行经费预算为386.42万元'), '21.58 from 408.00 is 5.29%')
check(not off('2163.50', '128.00', '1210.00', '825.50'), '')
t(d.S('2025年政府采购预算2,163.50万元'), '货物 + 工程 + 服务 = 2,163.50')
t(d.S('截至2024年8月31日，街道共有车辆6辆'), 'a date (8月31日) is no figure; 1 + 3 + 2 = 6')
t(d.S('2025年街道共有12个项目编报绩效目标'), '8,678.60 is the whole 项目支出: 100%')

# ---------------------------------------------------------------- 07 (.docx, 区 2024 政府债务)
d, f, t = doc('07-bicen-district-2024-government-debt.docx')
t(d.S('现将我区2024年度政府债务限额、余额及举借、偿还情况说明如下'), 'the document\'s own year')
check(D('124.49') > D('124.10') and D('183.25') < D('186.40') and D('58.76') < D('62.30'), '')
f(d.S('专项债务余额124.49亿元，限额124.10亿元'), 'debt', 'must', '专项债务余额124.49 above its limit 124.10 (the total 183.25 within 186.40 and 一般 58.76 within 62.30 are right)')
check(pct_ok('32.1', '58.76', '183.25') and D('183.25') - D('166.17') == D('17.08') and pct_ok('10.3', '17.08', '166.17'), '')
t(d.S('一般债务余额58.76亿元，占债务余额的32.1%'), '32.07%; 183.25 − 166.17 = 17.08, +10.28%; 债务率 has no figures to check')
t(d.S('表1　碧岑区政府债务限额、余额及变动情况（单位：亿元）'), 'table title')
for k in ('2023年末债务余额', '2024年债务限额', '2024年新增债券发行额', '2024年再融资债券发行额', '2024年债务还本额', '2024年债务付息额'):
    t(row(d, k), f'{k}: 合计 = 一般 + 专项 (row labels carry years: no year slip)')
check(roll_off('183.25', '166.17', sm('23.10', '9.60'), '15.92') and not off('183.25', '58.76', '124.49'), '')
f(row(d, '2024年末债务余额'), 'debt', 'may', 'the same slip seen in the table: 专项 124.49 above the 124.10 limit row, and 166.17 + 23.10 + 9.60 − 15.92 = 182.95 ≠ 183.25')
check(not off('186.40', '145.60', '40.80') and not off('183.25', '140.15', '43.10') and D('43.10') > D('40.80'), '')
f(row(d, '碧岑经济开发区'), 'debt', 'must', '表2 row: 开发区 债务余额 43.10 above its 债务限额 40.80')
t(row(d, '区本级') + d.L('| 合计 | 186.40 | 183.25 |'), '区本级 140.15 within 145.60; 合计 = 145.60 + 40.80 and 140.15 + 43.10 (合计 within its limit)')
f(d.S('2024年共发行政府债券五批次，分别于3月、5月、8月、11月发行'), 'count', 'must', '五批次, but four months are listed')
check(not off('32.70', '23.10', '9.60'), '')
check(not roll_off('58.76', '55.82', sm('4.50', '6.20'), '7.76'), '')
t(d.S('一般债务年初余额55.82亿元'), '55.82 + 4.50 + 6.20 − 7.76 = 58.76: closes')
check(roll_off('124.49', '110.35', sm('18.60', '3.40'), '8.16'), '')
f(d.S('专项债务年初余额110.35亿元，当年发行新增专项债券18.60亿元、再融资专项债券3.40亿元，偿还到期本金8.16亿元，年末余额124.49亿元'), 'debt', 'must',
  '110.35 + 18.60 + 3.40 − 8.16 = 124.19, the text says 年末余额124.49')
check(not off('18.60', '7.20', '6.50', '3.10', '1.80'), '')
t(d.S('新增专项债券18.60亿元，分别用于'), '7.20 + 6.50 + 3.10 + 1.80 = 18.60')
check(not off('21.78', '15.92', '5.86') and not off('15.92', '9.60', '6.32'), '')
t(d.S('2024年全区政府债务还本付息21.78亿元'), '15.92 + 5.86 = 21.78; by source 9.60 + 6.32 = 15.92 (two splits)')
check(chg_wrong('8.3', '0.42', '5.86'), '')
f(d.S('付息支出5.86亿元，比上年增加0.42亿元，增长8.3%'), 'change', 'must', f"0.42 on a prior 5.44 is {pct('0.42', '5.44', 2)}%, the text says 增长8.3%")
check(off('22.80', '3.60', '19.40'), '')
f(d.S('2025年省下达我区新增债务限额22.80亿元，其中新增一般债务限额3.60亿元、新增专项债务限额19.40亿元'), 'sum', 'must',
  '一般 3.60 + 专项 19.40 = 23.00, the text says 22.80 (新增限额 = 一般 + 专项)')

# ---------------------------------------------------------------- 08 (.pdf from Word with list numbering, 县市场监管局 2024 部门决算)
d, f, t = doc('08-chengpu-county-market-regulation-2024-final-accounts.pdf')
t(d.S('本局所属单位3个：县市场监管综合行政执法大队、县食品药品检验检测中心、县消费者权益保护服务中心'), 'three units named: 3个 right')
f(d.S('纳入本部门2023年度部门决算编制范围的单位'), 'year', 'must', 'the title is the 2024年度部门决算; the same paragraph says 2023年度部门决算编制范围')
check(chg_ok('6.8', '612.44', '8426.38', down=True), '')
t(d.S('2024年度收入总计8,426.38万元'), '612.44 from 9,038.82 is 6.78%')
check(not off('7802.16', '7386.50', '312.40', '103.26') and pct_ok('94.7', '7386.50', '7802.16') and pct_ok('4.0', '312.40', '7802.16') and pct_ok('1.3', '103.26', '7802.16') and not off('8426.38', '7802.16', '624.22'), '')
t(d.S('本年收入合计7,802.16万元'), 'parts add; 94.67%, 4.00%, 1.32%; + 年初结转和结余 624.22 = 8,426.38')
check(chg_ok('6.4', '540.26', '7958.90', down=True) and not off('7958.90', '4862.30', '3096.60') and sm('-186.42', '-363.84') == D('-550.26'), '')
f(d.S('本年支出合计7,958.90万元，比上年减少540.26万元') + d.S('基本支出比上年减少186.42万元，项目支出比上年减少363.84万元'), 'change-sum', 'must',
  '本年支出 比上年减少540.26 (6.36%, right), but 基本 −186.42 + 项目 −363.84 = −550.26 (4,862.30 + 3,096.60 = 7,958.90; shares 61.09% and 38.91% right)')
check(not off('7812.60', '7386.50', '426.10'), '')
t(d.S('2024年度财政拨款收入总计7,812.60万元'), '7,386.50 + 426.10 = 7,812.60; 支出 7,812.60 − 302.46 = 7,510.14 (the 一般公共预算 figure below)')
check(pct_ok('94.4', '7510.14', '7958.90') and chg_wrong('5.9', '486.72', '7510.14', down=True), '')
f(d.S('一般公共预算财政拨款支出减少486.72万元，下降5.9%'), 'change', 'must',
  f"486.72 from a prior 7,996.86 is {pct('486.72', '7996.86', 2)}%, the text says 下降5.9% (the same line's 94.4% share is right)")
check(not off('7510.14', '6352.48', '536.20', '218.66', '402.80') and all(pct_ok(s, a, '7510.14') for s, a in [('84.6', '6352.48'), ('7.1', '536.20'), ('2.9', '218.66'), ('5.4', '402.80')]), '')
t(d.S('一般公共预算财政拨款支出主要用于以下方面'), 'four functions add to 7,510.14; 84.59%, 7.14%, 2.91%, 5.36%')
check(pct_ok('94.2', '1186.42', '1260.00'), '')
t(d.S('市场监管执法（项）支出决算为1,186.42万元，完成年初预算的94.2%，决算数小于年初预算数'), 'matches 表1; 94.16%; smaller, rightly')
check(pct_ok('106.8', '1046.90', '980.00') and pct_ok('108.7', '1064.90', '980.00'), '')
f(d.S('食品安全监管（项）支出决算为1,046.90万元') + row(d, '食品安全监管'), 'conflict', 'must',
  'text 食品安全监管 1,046.90 (106.8% of 980.00, consistent in itself) against 表1 决算数 1,064.90 (108.7%)')
T8 = {'合计': ('7460.00', '7510.14', '100.7'), '行政运行': ('3620.00', '3712.36', '102.6'), '市场监管执法': ('1260.00', '1186.42', '94.2'),
      '质量安全监管': ('420.00', '388.80', '92.6'), '行政事业单位养老支出': ('560.00', '536.20', '95.8'), '行政事业单位医疗': ('230.00', '218.66', '95.1'),
      '住房公积金': ('390.00', '402.80', '103.3')}
for k, (b, c, r) in T8.items():
    check(pct_ok(r, c, b), k)
    t(row(d, k) if k != '合计' else d.L('| 合计 | 7,460.00 |'), f'{k}: {c}/{b} = {pct(c, b, 2)}%' + (' (合计 at the top: the seven rows add to 7,460.00 and 7,510.14)' if k == '合计' else ''))
check(not off('7460.00', '3620.00', '1260.00', '980.00', '420.00', '560.00', '230.00', '390.00') and not off('7510.14', '3712.36', '1186.42', '1064.90', '388.80', '536.20', '218.66', '402.80'), '')
t(d.S('表1 2024年度一般公共预算财政拨款支出决算表（单位：万元）') + d.S('表2 2024年度“三公”经费财政拨款支出决算表（单位：元）'), 'table titles with a year and a unit')
check(not off('241836.50', '0.00', '184620.30', '57216.20') and not off('184620.30', '0.00', '184620.30') and not off('286000.00', '0.00', '216000.00', '70000.00'), '')
t(d.L('| 合计 | 286,000.00 |') + row(d, '公务用车购置及运行维护费') + row(d, '公务用车运行维护费') + row(d, '其中：公务用车购置费') + row(d, '因公出国（境）费'),
  '三公 table in 元: 合计 at the top = 出国 + 公车 + 接待; 公车 = 购置 0 + 运维 (a 其中 sub-row and an unmarked sub-row)')
check(pct_ok('84.5', '24.18', '28.60') and pct_ok('85.5', '18.46', '21.60') and abs(D('184620.30') / 10000 - D('18.46')) < D('0.005') and abs(D('241836.50') / 10000 - D('24.18')) < D('0.005'), '')
check(abs(D('57216.20') / 10000 - D('5.27')) > D('0.4') and pct_ok('81.7', '57216.20', '70000.00'), '')
f(d.S('公务接待费5.27万元，完成预算的81.7%') + row(d, '公务接待费'), 'conflict', 'must',
  'text 公务接待费5.27万元 against 表2 (单位：元) 57,216.20元 = 5.72万元; the text\'s 81.7% fits the table (57,216.20/70,000 = 81.74%), 24.18 and 18.46 on the same line match the table in 万元')
check(chg_ok('8.1', '38.20', '512.36'), '')
t(d.S('2024年度机关运行经费支出512.36万元'), '38.20 on 474.16 is 8.06%')
check(not off('1306.84', '428.16', '0', '878.68') and pct_ok('86.2', '1126.30', '1306.84') and pct_ok('84.9', '956.20', '1126.30'), '')
t(d.S('2024年度政府采购支出总额1,306.84万元'), '货物 + 工程 0 + 服务 = 1,306.84; 86.18% of the total; 小微 84.90% of 中小企业 (a share of a share, base named)')
check(2 + 11 + 3 + 1 == 17, '')
t(d.S('本部门共有车辆17辆'), '2 + 11 + 3 + 1 = 17; 50万元以上 / 100万元以上 are thresholds')
check(band('94.20', [('90', '优秀'), ('80', '良好'), ('60', '合格'), ('0', '不合格')]) == '优秀' and band('88.50', [('90', '优秀'), ('80', '良好'), ('60', '合格'), ('0', '不合格')]) == '良好', '')
f(d.S('“食品安全抽检监测”项目自评得分88.50分，评价等级为“优秀”'), 'grade', 'must',
  '88.50 is 良好 under the bands stated in the same paragraph (80（含）至90); the text says 优秀 (94.20 优秀 before it is right; 项目26个 is a count with no enumeration)')
check(3 + 4 == 7, '')
f(d.S('抽取重点项目8个开展部门评价，评价结果为：优秀3个，良好4个'), 'count', 'must', '8个 evaluated, results 优秀3 + 良好4 = 7')

write('heldout32 "real published layout, new wordings": 8 invented disclosures imitating real published layouts — a Shanghai-style 区卫健委 部门预算 as PDF text extraction (.txt: running heads, - N - footers, hard wraps mid-number, 收支总表 and 功能分类 tables laid out with runs of spaces), a Jiangsu-style 部门决算 (.md pipe tables with 占比 and 增减额/增减幅度 columns, 用事业基金弥补收支差额, 年初结转和结余), a 区 预算执行 report (.docx, 亿元 text against a 万元 table, 完成调整预算/变动预算, 同口径, 剔除…因素后), a 国有资本经营预算 + 政府性基金 note (.pdf via make_word), a 项目绩效自评 with its 绩效目标表 of 数量/质量/时效/成本 indicators (PDF-like .txt), a 街道 部门预算 (.md, 经济分类 table with 基本/项目 columns), a 区 政府债务 note (.docx, limits and balances per 一般/专项 and per level) and a 部门决算 with a 三公 table in 元 (.pdf via make_pdfs). Line numbers are 1-based lines of each file as it is; for a .docx or .pdf they are lines of src/NAME.docx.text.txt / src/NAME.pdf.text.txt (the CLI\'s --print-text of it). level must: a contradiction for every choice of values inside the rounding intervals; may: a second report of one slip; traps: correct passages of the same shapes and layout furniture. Every row is re-derived from its printed figures by build_expected.py.', trim_traps=True)
