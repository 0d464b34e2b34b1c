#!/usr/bin/env python3
"""heldout9 (gen9). Writes expected.json for the PDFs built by build.py.

The CLI's line numbers for a PDF are those of `budgetlint --print-text FILE.pdf`; that text is
kept in src/NAME.pdf.text.txt (regenerate it with the command in README.md whenever the PDF
reader changes), and statements are located in it by a piece of their text, so a reader that
lays a table out differently keeps the annotations. L(piece) is the one line holding a piece
(a table row is found by its classification code or its name cell); every figure a finding or
trap relies on is re-derived below with decimal arithmetic (check()).
Run: python3 build_expected.py"""
import os
import re
import sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import check, kit  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)


def C(d, code):
    """The one line holding a classification code as a whole token (a table row, however laid out)."""
    hits = [i + 1 for i, l in enumerate(d.lines) if re.search(r'(?<![\d.,])' + code + r'(?![\d.,])', l)]
    assert len(hits) == 1, (d.name, code, hits)
    return hits


def pct(a, b, places=1):
    return round(D(a) / D(b) * 100, places)


def within(stated, exact, places=1):
    """A stated percentage read as rounded or truncated at its last digit (SPEC §4)."""
    q = D(1).scaleb(-places)
    e = D(exact)
    return D(stated) in (e.quantize(q), e.quantize(q, rounding='ROUND_DOWN'))


# ---- Round 1 (written blind, before reading the reading/relations code) ----

# p01: department budget, 万元, codes in their own column, rows of "-", running head
d, f, t = doc('p01-luchuan-culture-tourism-2025-dept-budget.pdf')
t(d.L('纳入本部门2025年部门预算编制范围的单位共5家'), '5家 = 局机关本级 + 4家 named four')
check(D('7915.40') + D('320.00') + D('0') + D('156.12') + D('45.00') == D('8436.52'), 'revenue total')
check(D('7402.36') + D('612.48') + D('186.20') + D('235.48') == D('8436.52'), 'spending total')
t(d.L('收支平衡') + d.L('支出总计'), 'totals 8436.52 on both sides of the two-sided table, each the sum of its side')
check(within('1.6', pct('156.12', '8436.52', 3)) is False and pct('156.12', '8436.52') == D('1.9'), 'share')
f(d.L('事业收入156.12万元，占收入总计的1.6%'), 'share', 'must', '156.12 / 8436.52 = 1.85%, printed 1.6% (0.5% for 45.00 is right)')
check(D('8235.40') - D('7904.65') == D('330.75') and pct('330.75', '7904.65', 2) == D('4.18'), 'change')
f(d.L('比2024年预算7,904.65万元增加330.75万元，增长4.8%'), 'change', 'must', '330.75 / 7904.65 = 4.18%, printed 4.8% (8235.40 - 7904.65 = 330.75 right)')
f(d.L('其中，一般公共预算拨款收入7,951.40万元') + d.L('一般公共预算拨款收入7,915.40万元，占收入总计的93.8%') + d.L('一、一般公共预算拨款收入'),
  'conflict', 'must', '一般公共预算拨款收入 7951.40 in the text, 7915.40 in table 1 and two paragraphs earlier (transposed digits)')
check(within('56.7', pct('4491.84', '7915.40', 3)) and within('43.3', pct('3423.56', '7915.40', 3)), 'shares')
t(d.L('基本支出4,491.84万元，占56.7%'), '4491.84 / 7915.40 = 56.75% (56.7 truncated), 3423.56 = 43.25% (43.3 rounded); 2.1个百分点 names no base')
check(D('815.00') + D('630.00') == D('1445.00'), 'row')
f(C(d, '2070109'), 'sum', 'must', '群众文化 合计 1454.00, but 基本 815.00 + 项目 630.00 = 1445.00')
check(D('1284.50') + D('1466.18') + D('1454.00') + D('1000.00') == D('5204.68'), '款')
f(C(d, '20701'), 'sum', 'may', '文化和旅游 5195.68 is the sum with 群众文化 at 1445.00; with the printed 1454.00 the items add to 5204.68')
check(D('3457.68') + D('3423.56') == D('6881.24') and D('5195.68') + D('1685.56') == D('6881.24'), '207')
t(d.L('| 207 ') if any(l.startswith('| 207 ') for l in d.lines) else d.L('207 文化旅游体育与传媒支出'), '207 = 20701 + 20702 = 6881.24; 3457.68 + 3423.56')
check(D('1085.56') + D('188.00') == D('1273.56') and D('412.00') + D('1273.56') == D('1685.56'), '文物')
t(C(d, '2070204') + C(d, '2070205'), '文物保护 has 基本 "-", 1085.56 = 1085.56; 博物馆 600 = 412 + 188 (codes are not money)')
check(D('96.20') + D('344.19') + D('172.09') == D('612.48'), '养老')
t(C(d, '2080501') + C(d, '2080505') + C(d, '2080506'), '612.48 = 96.20 + 344.19 + 172.09; rows ending in "-"')
t(C(d, '2070112'), '文化和旅游市场管理 1000.00 = 0.00 + 1000.00')
check(D('3457.68') + D('612.48') + D('186.20') + D('235.48') == D('4491.84'), 'basic')
t(d.L('合计 7,915.40') if any('合计 7,915.40' in l for l in d.lines) else d.L('| 合计 | 7,915.40'), 'column totals: 7915.40 = 4491.84 + 3423.56')
check(D('0') + D('24.10') + D('14.50') == D('38.60'), 'sangong')
t(d.L('“三公”经费预算38.60万元') + d.L('用车购置及运行费24.10万元，公务接待费14.50万元'), '38.60 = 0.00 + 24.10 + 14.50, across a page break with the running head in between')
f(d.L('八、其他需要说明的事项') + d.L('六、“三公”经费预算情况'), 'heading', 'must', '八、 after 六、 (should be 七、)')

# p02: final accounts, landscape table with codes run into the names, 0.00 columns
d, f, t = doc('p02-heqiao-county-education-2024-final-accounts.pdf')
t(d.L('编制范围的单位共38个'), '38个 = 局机关 + 37所 (no list)')
check(D('37407.35') - D('35516.80') == D('1890.55') and pct('1890.55', '35516.80') == D('5.3'), 'change')
f(d.L('比上年决算数35,516.80万元增加1,980.55万元'), 'change', 'must', '37407.35 - 35516.80 = 1890.55, printed 1980.55 (5.3% fits 1890.55)')
check(pct('37407.35', '38102.60') == D('98.2'), 'exec')
t(d.L('为调整预算数38,102.60万元的98.2%'), '37407.35 / 38102.60 = 98.2%; 0.8个百分点 names no base')
check(within('86.8', pct('32480.02', '37407.35', 3)), 'share b')
t(d.L('基本支出32,480.02万元，占本年支出合计的86.8%'), '32480.02 / 37407.35 = 86.83%')
check(pct('4927.33', '37407.35', 2) == D('13.17'), 'share p')
f(d.L('项目支出4,927.33万元，占本年支出合计的13.7%'), 'share', 'must', '4927.33 / 37407.35 = 13.17%, printed 13.7%')
f(d.L('（四）上缴上级支出') + d.L('（二）项目支出'), 'heading', 'must', '（四） after （二） (should be （三）)')
check(D('8110.06') + D('1205.20') == D('9315.26'), 'row')
f(C(d, '2050203'), 'sum', 'must', '初中教育 9351.26, but 基本 8110.06 + 项目 1205.20 = 9315.26')
check(D('4862.17') + D('12640.88') + D('9351.26') + D('5228.73') == D('32083.04'), '20502')
f(d.L('20502 普通教育'), 'sum', 'may', '普通教育 32047.04 fits 初中教育 at 9315.26; with the printed 9351.26 its items add to 32083.04')
check(D('1206.35') + D('318.40') == D('1524.75') and D('1524.75') + D('32047.04') == D('33571.79'), '205')
t(d.L('205 教育支出') + d.L('20501 教育管理事务') + C(d, '2050102'), '205 = 20501 + 20502; 20501 = 1206.35 + 318.40; 0.00 cells and codes run into names')
check(D('3905.52') + D('956.65') == D('4862.17') and D('11020.40') + D('1620.48') == D('12640.88'), 'rows')
t(C(d, '2050201') + C(d, '2050202') + C(d, '2050204'), 'rows add: 4862.17, 12640.88, 5228.73 = 4402.13 + 826.60')
check(D('33571.79') + D('2647.00') + D('1188.56') == D('37407.35') and D('4927.33') == D('318.40') + D('4608.93'), 'total')
t(d.L('| 合计 | 37,407.35') if any('| 合计 | 37,407.35' in l for l in d.lines) else d.L('合计 37,407.35'), '37407.35 = 33571.79 + 2647.00 + 1188.56 = 32480.02 + 4927.33')
check(D('0') + D('15.20') + D('6.26') == D('21.46'), 'sangong')
t(d.L('“三公”经费财政拨款支出决算21.46万元'), '21.46 = 0.00 + 15.20 + 6.26; 15.20 = 0.00 + 15.20')
t(d.L('对6个项目开展了绩效自评'), 'an average score with no grade')
check(pct('1396.80', '1420.00') == D('98.4'), 'rate')
f(d.L('自评得分88.5分，自评等级为“优”'), 'grade', 'must', '88.5 is 良 [80,90), called 优 (98.4% = 1396.80 / 1420.00 right)')

# p03: street budget, table in 元 with the totals first, text in 万元
d, f, t = doc('p03-xingwan-street-2025-dept-budget.pdf')
f(d.L('现将杏湾街道办事处2024年部门预算公开如下') + d.L('杏湾街道办事处2025年部门预算', 1), 'year', 'must', 'title 2025年部门预算; 现将…2024年部门预算公开如下')
f(d.L('街道内设6个综合办事机构'), 'count', 'must', '6个 but five named after the colon')
check(D('45120600') + D('1650000') + D('0') == D('46770600'), 'rev')
f(d.L('| 收入合计') if any('| 收入合计' in l for l in d.lines) else d.L('收入合计'), 'sum', 'must',
  '收入合计 46,707,600.00 (first row), but 45,120,600.00 + 1,650,000.00 + 0.00 = 46,770,600.00, and 支出合计 is 46,770,600.00')
f(d.L('2025年财政拨款收入预算4,677.06万元'), 'conflict', 'may', '4677.06万元 in the text against 收入合计 46,707,600.00元 (4670.76万元) in the table: the table is the slip; 4677.06 = 4512.06 + 165.00 is right')
check(D('21345800') + D('2180000') + D('6842300') + D('14752500') + D('1650000') == D('46770600'), 'exp')
check(D('14752500') / 10000 == D('1475.25'), 'unit')
f(d.L('城乡社区支出1,457.25万元') + d.L('城乡社区支出 |') if any('城乡社区支出 |' in l for l in d.lines) else d.L('城乡社区支出1,457.25万元'),
  'conflict', 'must', '城乡社区支出 1457.25万元 in the text; 14,752,500.00元 = 1475.25万元 in the table (45.6% = 21345800 / 46770600 right)')
check(pct('312.46', D('4512.06') - D('312.46')) == D('7.4'), 'change')
t(d.L('一般公共预算拨款比上年增加312.46万元，增长7.4%'), '312.46 / (4512.06 - 312.46) = 7.44%')
t(d.L('住房保障支出 |') if any('住房保障支出 |' in l for l in d.lines) else d.L('住房保障支出'), '1,650,000.00元 = 165.00万元 of 基金 (unit change between table and text)')
t(d.L('本街道2025年政府性基金预算拨款165.00万元'), '165.00万元 = 1,650,000.00元')
t(d.L('表中国有资本经营预算拨款为0.00元') + d.L('国有资本经营预算拨款 |') if any('国有资本经营预算拨款 |' in l for l in d.lines) else d.L('表中国有资本经营预算拨款为0.00元'), '0.00 rows')

# p04: 三公 final accounts with a two-row head
d, f, t = doc('p04-lanhu-market-regulation-2024-sangong.pdf')
check(D('0.00') + D('50.85') + D('8.94') == D('59.79') and D('27.60') + D('23.25') == D('50.85'), 'row')
f(d.L('2024年决算数'), 'sum', 'must', '2024年决算数 合计 59.97, but 0.00 + 50.85 + 8.94 = 59.79')
check(pct('59.79', '68.50') == D('87.3') and D('66.12') - D('59.79') == D('6.33') and pct('6.33', '66.12') == D('9.6'), 'prose')
f(d.L('“三公”经费财政拨款支出决算59.79万元'), 'conflict', 'may', '59.79 in the text (87.3%, 6.33, 9.6% all fit 59.79) against 59.97 in the table: the table is the slip')
check(D('6.00') + D('52.00') + D('10.50') == D('68.50') and D('28.00') + D('24.00') == D('52.00'), 'budget')
t(d.L('2024年预算数'), '68.50 = 6.00 + 52.00 + 10.50; 52.00 = 28.00 + 24.00')
check(D('4.86') + D('52.40') + D('8.86') == D('66.12') and D('26.90') + D('25.50') == D('52.40'), '2023')
t(d.L('2023年决算数'), '66.12 = 4.86 + 52.40 + 8.86; 52.40 = 26.90 + 25.50')
t(d.L('因公出国（境）费决算0.00万元，比上年减少4.86万元，下降100%'), '4.86 -> 0.00 is 下降100%')
check(D('25.50') - D('23.25') == D('2.25') and pct('2.25', '25.50') == D('8.8'), 'car')
f(d.L('公务用车运行费23.25万元，比上年减少2.25万元，下降9.8%'), 'change', 'must', '2.25 / 25.50 = 8.8%, printed 9.8% (the 2023 运行费 25.50 is in the table; 25.50 - 23.25 = 2.25 right)')
f(d.L('本部门共有公务用车15辆'), 'sum', 'must', '15辆, 其中 13 + 3 = 16')
check(pct('0.08', '8.86') == D('0.9'), 'rec')
t(d.L('比上年决算8.86万元增长0.9%'), '8.94 - 8.86 = 0.08, 0.9%; 46批次 and 512人次 are counts')
f(d.L('比年初预算10.50万元增加1.56万元'), 'direction', 'must', '8.94 below the budget 10.50 (10.50 - 8.94 = 1.56) but said 增加')
check(pct('12.80', D('186.42') - D('12.80')) == D('7.4'), 'run')
t(d.L('机关运行经费支出186.42万元'), '12.80 / 173.62 = 7.37%')
t(d.L('全年会议费支出2.10万元'), 'two figures, no relation')

# p05: performance self-evaluation, table split across pages without a repeated head
d, f, t = doc('p05-qinghe-county-agriculture-2024-performance.pdf')
t(d.L('自评实行百分制'), 'band definitions')
check(6 + 5 + 1 == 12, 'partition')
f(d.L('2024年度共对11个项目开展绩效自评'), 'sum', 'must', '11个项目, 其中 优6 + 良5 + 中1 = 12 (the table has 11 rows: 6 优, 4 良, 1 中)')
check(D('2460.00') + D('186.00') + D('520.00') + D('96.50') + D('300.00') + D('150.00') + D('80.00') + D('65.00') + D('420.00') + D('58.00') + D('600.00') == D('4935.50'), 'budget')
check(pct('4737.68', '4935.50') == D('96.0'), 'rate')
t(d.L('4,935.50'), '4737.68 / 4935.50 = 96.0% (justified line; 11 rows add to 4935.50 and 4737.68)')
check(pct('2398.52', '2460.00') == D('97.5') and pct('508.66', '520.00') == D('97.8'), 'rows')
t(d.L('高标准农田建设项目') + d.L('人居环境整治') + d.L('动物疫病强制免疫补助'), 'execution rates right; 93.6 优, 91.5 优, 95.0 优 (100.0% on 96.50 = 96.50)')
check(pct('171.20', '186.00', 2) == D('92.04'), 'rate2')
f(d.L('农作物病虫害统防统治'), 'change', 'must', '执行率 94.0%, but 171.20 / 186.00 = 92.0%')
f(d.L('农业面源污染治理项目 |') if any('农业面源污染治理项目 |' in l for l in d.lines) else d.L('农业面源污染治理项目'),
  'grade', 'must', '79.5 is 中 [60,80), called 良 (81.0% = 243.00 / 300.00 right)')
t(d.L('良种繁育基地建设项目') + d.L('农机购置与应用补贴') + d.L('渔业发展补助项目'), '90.2 优, 89.9 良, 72.0 中: band edges right')
t(d.L('执行率低于85%'), 'a threshold')
f(d.L('（二）下一步改进措施') + d.L('（二）绩效目标设置不够细化'), 'heading', 'must', '（二） twice (should be （三）)')
t(d.L('安排2025年度预算的重要参考'), 'a later year the results feed')

# p06: 政府性基金 table with the unit in the head, running head and page numbers
d, f, t = doc('p06-songling-urban-management-2025-gov-fund.pdf')
check(D('6408.00') - D('5921.60') == D('486.40') and pct('486.40', '6408.00') == D('7.6'), 'change')
f(d.L('2025年政府性基金预算支出5,921.60万元'), 'conflict', 'may', '5921.60 in the text and the 212 row; the 合计 row says 5912.60 (7.6% = 486.40 / 6408.00 right)')
check(within('55.1', pct('3260', '5921.60', 3)), 'share')
t(d.L('城市建设支出3,260.00万元，占政府性基金预算支出的55.1%'), '3260.00 / 5921.60 = 55.05%')
check(pct('486.20', '5921.60', 2) == D('8.21'), 'share2')
f(d.L('污水处理设施建设和运营支出486.20万元'), 'share', 'must', '486.20 / 5921.60 = 8.2%, printed 9.2%')
f(d.L('以下为崧岭区城市管理局2024年部门预算') + d.L('崧岭区城市管理局2025年部门预算', 1), 'year', 'must', 'title 2025年部门预算; 以下为[issuer]2024年部门预算中…的分项说明')
check(D('3260') + D('840') == D('4100') and D('1125.40') + D('210') == D('1335.40') and D('4100') + D('1335.40') + D('486.20') == D('5921.60'), 'tree')
f(d.L('5,912.60'), 'sum', 'must', '合计 5912.60, but the one 类 row 212 is 5921.60 = 4100.00 + 1335.40 + 486.20')
t(d.L('| 212 ') if any('| 212 ' in l for l in d.lines) else C(d, '212'), '212 = 21208 + 21213 + 21214 = 5921.60')
t(C(d, '21208') + C(d, '21213') + C(d, '2121301'), '4100.00 = 3260.00 + 840.00; 1335.40 = 1125.40 + 210.00; codes are not money')
t(d.L('— 1 —') + d.L('— 2 —'), 'page numbers')
t(d.L('故下表为空表'), 'an empty table')
f(d.L('二、其他说明') + d.L('二、国有资本经营预算支出情况'), 'heading', 'must', '二、 twice (should be 三、)')
t(d.L('比上年增长3.2个百分点'), '个百分点 with no base')

# p07: landscape fiscal summary with four money columns; rows of "-" fall out of the table
d, f, t = doc('p07-yuanxi-health-commission-2025-fiscal-summary.pdf')
f(d.L('本部门所属预算单位共9家'), 'count', 'must', '9家 but eight named')
check(D('54718.46') - D('51902.30') == D('2816.16') and pct('2816.16', '51902.30') == D('5.4') and D('52318.46') + D('2400') == D('54718.46'), 'change')
t(d.L('2025年财政拨款支出预算54,718.46万元'), '54718.46 = 52318.46 + 2400.00; 2816.16 / 51902.30 = 5.4%')
check(pct('1246.80', D('52318.46') - D('1246.80'), 2) == D('2.44'), 'change2')
f(d.L('一般公共预算拨款比上年增加1,246.80万元，增长2.3%'), 'change', 'must', '1246.80 / (52318.46 - 1246.80) = 2.44%, printed 2.3%')
check(pct('3218.50', '54718.46') == D('5.9'), 'share')
t(d.L('社会保障和就业支出3,218.50万元'), '3218.50 / 54718.46 = 5.9%')
check(D('44536.40') + D('2400.00') == D('46936.40'), 'row')
f(d.L('（三）卫生健康支出'), 'sum', 'must', '卫生健康支出 合计 46963.40, but 44536.40 + 2400.00 = 46936.40')
check(D('3242.90') + D('3218.50') + D('46936.40') + D('1320.66') == D('54718.46') and D('3242.90') + D('3218.50') + D('44536.40') + D('1320.66') == D('52318.46'), 'cols')
f(d.L('一、本年支出'), 'sum', 'may', '本年支出 54718.46 fits 卫生健康 at 46936.40; with the printed 46963.40 the rows add to 54745.46')
t(d.L('（一）科学技术支出') + d.L('（二）社会保障和就业支出') + d.L('（四）住房保障支出'), 'rows with one column: 合计 = 一般公共预算')
t(d.L('二、上年结转'), 'rows of "-"')
t(d.L('收入总计'), '收入总计 54718.46 = 52318.46 + 2400.00; 支出总计 54718.46 = 52318.46 + 2400.00')
t(d.L('全部为彩票公益金安排的医疗卫生支出，比上年持平'), '持平 with no figures')
f(d.L('四、其他说明') + d.L('四、政府性基金预算支出情况'), 'heading', 'must', '四、 twice (should be 五、)')

# p08: basic expenditure by economic classification in 元, text in 万元
d, f, t = doc('p08-yunxiu-justice-2025-basic-expenditure.pdf')
check(D('2846520') + D('3120480') + D('612300') + D('1024560') + D('512280') + D('486200') + D('768400') == D('9370740'), '301')
check(D('186000') + D('24000') + D('96000') + D('38400') + D('52000') + D('18000') + D('98640') + D('126000') + D('65300') == D('704340'), '302')
t(d.L('2025年一般公共预算基本支出1,011.77万元'), '1011.77 = 941.33 + 70.43 within rounding (10,117,680元 = 9,413,340 + 704,340)')
check(pct('52.60', D('941.33') - D('52.60')) == D('5.9'), 'change')
f(d.L('人员经费比上年增加52.60万元，增长5.3%'), 'change', 'must', '52.60 / (941.33 - 52.60) = 5.9%, printed 5.3%')
check(D('126000') / 10000 == D('12.60'), 'car')
f(d.L('公用经费中，办公费18.60万元') + C(d, '30231'), 'conflict', 'must', '公务用车运行维护费 16.20万元 in the text, 126,000.00元 = 12.60万元 in the table (办公费 18.60 and 其他 6.53 right)')
f(C(d, '302'), 'sum', 'must', '商品和服务支出 740,340.00, but its nine items add to 704,340.00 (the 合计 row\'s 公用经费 704,340.00)')
f(C(d, '302'), 'sum', 'may', 'the 302 row\'s 公用经费 cell holds the same 740,340.00 as its 合计 cell, against items adding to 704,340.00: two wrong cells, one message each (added after round 1, when the subtotal rows were first read)')
check(D('9370740') + D('704340') + D('42600') == D('10117680') and D('9370740') + D('42600') == D('9413340'), 'total')
f(d.L('10,117,680.00'), 'sum', 'may', '合计 10,117,680.00 = 301 + 303 + the true 302; with the printed 740,340.00 the 类 rows add to 10,153,680.00')
t(C(d, '30101') + C(d, '30102') + C(d, '30302'), 'codes are not money; 退休费 0.00')
t(C(d, '301'), '9,370,740.00 = the seven 301xx items')
check(pct('3.18', D('70.43') - D('3.18')) == D('4.7'), 'run')
t(d.L('机关运行经费预算70.43万元'), '3.18 / 67.25 = 4.7%')
check(D('12.60') + D('1.80') == D('14.40'), 'sangong')
t(d.L('2025年“三公”经费预算14.40万元'), '14.40 = 12.60 + 1.80 (+ 0 + 0); 1.80万元 = 18,000.00元 in the table')
t(C(d, '30217'), '18,000.00元 = 1.80万元')
f(d.L('三、机关运行经费预算情况') + d.L('一、基本支出预算情况'), 'heading', 'must', '三、 after 一、 (should be 二、)')

# ---- Round 2 (written after the round 1 fixes; scored once before any fix for them) ----

# p09: final accounts, table in 元 with 类|款|项 in cells of their own and the 合计 row first
d, f, t = doc('p09-wugang-civil-affairs-2024-final-accounts.pdf')
check(pct('136.20', D('2985.97') - D('136.20'), 2) == D('4.78'), 'change')
f(d.L('比上年增加136.20万元，增长4.9%'), 'change', 'must', '136.20 / (2985.97 - 136.20) = 4.78%, printed 4.9%')
check(within('26.5', pct('789.99', '2985.97', 3)) and within('73.5', pct('2195.98', '2985.97', 3)), 'shares')
t(d.L('基本支出789.99万元'), '789.99 / 2985.97 = 26.46%, 2195.98 / 2985.97 = 73.54%')
check(D('0') + D('8.60') + D('3.42') == D('12.02'), 'sangong')
f(d.L('“三公”经费财政拨款支出12.84万元'), 'sum', 'must', '三公 12.84, but 0 + 8.60 + 3.42 = 12.02')
check(D('0.00') + D('8943600') != D('8934600'), 'row')
f(d.L('老年福利 |'), 'sum', 'must', '老年福利 本年支出合计 8,934,600.00, but 基本 0.00 + 项目 8,943,600.00 = 8,943,600.00')
check(D('2150000') + D('8943600') + D('800000') == D('11893600'), '款')
f(d.L('| 社会福利 |'), 'sum', 'may', '社会福利 项目支出 11,884,600.00 fits 老年福利 at 8,934,600.00; with the printed 8,943,600.00 its 项 add to 11,893,600.00')
check(D('28757640') + D('414900') + D('687200') == D('29859740') and D('6797840') + D('414900') + D('687200') == D('7899940'), 'total')
t(d.L('| 合计 |'), 'the 合计 row first: 29,859,740.00 = 208 + 210 + 221; 7,899,940.00 and 21,959,800.00 likewise')
check(D('6472800') + D('1563540') + D('12292600') + D('3620400') + D('4808300') == D('28757640'), '208')
t(d.L('| 社会保障和就业支出 |'), '208 = its five 款 rows; codes in cells of their own are not money')
t(d.L('| 行政运行 |') + d.L('| 机关事业单位基本养老保险缴费支出 |') + d.L('| 事业单位医疗 |'), '0.00 cells; rows add up')
f(d.L('第四部分 名词解释') + d.L('第二部分 2024年度部门决算情况说明'), 'heading', 'must', '第四部分 after 第二部分 (should be 第三部分)')

# p10: project performance targets, a key-value grid with merged cells and an indicator table
d, f, t = doc('p10-wugang-civil-affairs-2025-project-targets.pdf')
f(d.L('覆盖全区5个街道'), 'count', 'must', '5个街道 but four named (7.5% = 340.00 / 4520.00 right, in the same line)')
check(pct('4700', '4860') == D('96.7'), 'share')
t(d.L('其中财政拨款4,700.00万元'), '4700 / 4860 = 96.7%')
f(d.L('上年该项目绩效自评得分为91.5分'), 'grade', 'must', '91.5 is 优 [90,100], called 良')
check(D('4700') + D('260') == D('4960'), 'kv')
f(d.L('年度资金总额 |') + d.L('其中：财政拨款 |') + d.L('其他资金 |'), 'sum', 'must', '年度资金总额 4,860.00, but 财政拨款 4,700.00 + 其他资金 260.00 = 4,960.00 (rows of a grid with a merged label)')
t(d.L('| 项目名称 |'), 'names, no figures')
t(d.L('救助金按月发放率') + d.L('困难群众基本生活保障率') + d.L('救助政策知晓率'), 'indicator targets (100%, ≥95%) are not shares of anything')
check(3 + 2 + 1 == 6, 'indicators')
t(d.L('本项目设置绩效指标6个'), '6 = 3 + 2 + 1, and the indicator table has six rows')

write('heldout9 (gen9): PDFs printed by headless chromium from HTML (invented units, places and figures), annotated on the lines of `budgetlint --print-text`')
