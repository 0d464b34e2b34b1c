#!/usr/bin/env python3
"""heldout7 (gen7). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

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


def pct(a, b, places=1):
    return round(D(a) / D(b) * 100, places)


# ---- Round 1 (written blind, before reading the reading/relations code) ----

# g01: PDF-like county debt note, page furniture
d, f, t = doc('g01-dongling-county-2025-debt-notes.txt')
check(D('41.20') + D('55.20') == D('96.40'), 'limit by kind')
t(d.S('省财政厅核定我县2025年政府债务限额96.40亿元，其中一般债务限额41.20亿元、专项债务限额55.20亿元。限额较上年增加12.60亿元，全部为本年新增限额。'),
  'limit 96.40 = 41.20 + 55.20; the increase names no prior figure')
check(D('12.60') + D('4.20') == D('16.80') and D('82.35') + D('16.80') - D('7.40') == D('91.75'), 'roll-forward')
f(d.S('本年偿还到期政府债务本金7.40亿元。本年举借政府债务16.80亿元，其中新增债券12.60亿元、再融资债券4.20亿元。按此计算，全县政府债务余额由年初的82.35亿元变为年末的92.75亿元。'),
  'debt', 'must', 'repayment first, borrowing second, balances last (由年初的…变为年末的): 82.35 + 16.80 - 7.40 = 91.75, stated 92.75')
check(D('40.15') + D('52.60') == D('92.75') and D('40.15') <= D('41.20') and D('52.60') <= D('55.20') and pct('40.15', '92.75') == D('43.3'), 'by kind')
t(d.S('从债务类型看，年末一般债务余额40.15亿元，专项债务余额52.60亿元，均控制在各自限额以内。一般债务余额占全部债务余额的43.3%。'),
  'each kind under its limit; 40.15 + 52.60 = 92.75; 40.15 / 92.75 = 43.3%')
check(D('56.10') > D('55.20') and D('38.90') <= D('41.20'), 'June')
f(d.S('截至2025年6月末，全县专项债务余额56.10亿元，一般债务余额38.90亿元，债务风险总体可控。'),
  'debt', 'must', '截至2025年6月末 专项债务余额 56.10 above the 2025 专项债务限额 55.20 (the sentence is on the next page after a running header)')
t(d.S('2025年全县政府债务率为86.3%，负债率为24.7%，均处于财政部确定的绿色等级区间。'), 'two rates that are not parts of anything')
check(D('7.40') + D('3.35') == D('10.75'), 'service')
t(d.S('2025年全县政府债务还本付息10.75亿元，其中还本7.40亿元、付息3.35亿元，均按时足额偿付，未发生逾期。'), '10.75 = 7.40 + 3.35')
f(d.S('新增债券资金主要投向五个领域：一是市政和产业园区基础设施；二是保障性安居工程；三是农林水利；四是社会事业。'),
  'count', 'must', '五个领域 but 一是…四是 names four')
f(d.L('二、2026年债务管理安排') + d.L('四、债券资金使用情况'), 'heading', 'must', '二、 after 四、 (should be 五、)')
check(D('92.75') + D('11.00') - D('6.25') == D('97.50'), 'projection')
t(d.S('2026年全县拟举借债务11.00亿元，拟偿还到期本金6.25亿元，预计2026年末政府债务余额97.50亿元。'),
  'projection 92.75 + 11.00 - 6.25 = 97.50; above the 2025 limit 96.40 but the 2026 limit is not stated')

# g02: Markdown township budget
d, f, t = doc('g02-qingshi-town-2025-budget.md')
f(d.L('现将青石镇人民政府2024年镇级预算公开如下') + d.L('# 青石镇2025年镇级预算公开说明'), 'year', 'must',
  'title 2025年镇级预算; the opening 现将青石镇人民政府2024年镇级预算公开 (issuer between place and year)')
f(d.L('全镇下辖行政村十五个'), 'count', 'must', '十五个 villages but fourteen named after 分别为')
t(d.L('镇政府设党政综合办公室'), '四个内设机构 with four named before the count')
check(pct('2865', '2800') == D('102.3'), 'execution')
t(d.L('2024年镇级一般公共预算收入执行数为2,865万元'), '2865 / 2800 = 102.3%; 2024 execution is a topic of a 2025 budget')
check(D('3020') - D('2865') == D('155') and pct('155', '2865') == D('5.4') and D('3960') + D('2620') == D('6580'), '2025')
t(d.L('2025年镇级一般公共预算收入预算3,020万元'), '3020 - 2865 = 155, 5.4%; 6580 = 3960 + 2620')
t(d.L('自评结果按得分划分为四个等级'), 'band definitions; 四个等级 with four')
t(d.L('| 农村道路日常养护') + d.L('| 生活垃圾分类收运') + d.L('| 村级文化活动补助'), '92.5 优, 84.0 良, 65.0 中')
f(d.L('| 小型水利设施维修'), 'grade', 'must', '78.5 is 中 (60-80), called 良')
f(d.L('表2  2024年度镇级项目绩效自评结果（共5个项目）'), 'count', 'must', 'the table title says 共5个项目, the table has four rows')
f(d.L('## 五、名词解释') + d.L('## 五、其他需要说明的事项'), 'heading', 'must', '五、 twice (should be 六、)')
t(d.L('截至2024年末，青石镇无政府债务'), 'no debt')

# g03: clean-text third-party evaluation
d, f, t = doc('g03-lanshui-county-2024-third-party-evaluation.txt')
t(d.L('受县财政局委托'), '五个 projects, five named after 分别是; 2025年3月至5月 is when the evaluation ran')
t(d.L('评价结果分为A、B、C、D四个等级'), 'bands, 四个等级 with four')
check(D(12) + D(6) + D(2) == D(20), 'indicators')
f(d.L('评价指标体系共设置三级指标二十一项'), 'count', 'may', '二十一项 but 12 + 6 + 2 = 20 (Chinese numerals); corrected after round 1 from must: a 其中 list may be partial (the newer indicator frameworks add 成本指标), and SPEC §5 makes a short 其中 list no contradiction')
check((D('91.2') + D('88.7') + D('83.0') + D('76.0') + D('82.6')) / 5 == D('84.3'), 'mean')
f(d.L('城乡供水一体化项目得分88.7分'), 'grade', 'must', '88.7 is B (80-89.9), called A级; the same line has 91.2 A and 83.0 B right')
f(d.L('义务教育薄弱环节改善项目以76.0分被评定为B级'), 'grade', 'must', '76.0 is C (60-79.9), 以…分被评定为B级')
t(d.L('与上年度相比，本年度评价项目'), '上年度/本年度 wording; 2.3 points names no prior score')
f(d.L('主要存在以下四个方面问题'), 'count', 'must', '四个方面 but （一）…（三） lists three inline')
t(d.L('提出三条建议') + d.L('1.加强项目前期论证') + d.L('2.细化量化绩效目标') + d.L('3.加快资金拨付'), '三条 with three numbered items that are not headings')
t(d.L('县财政局将评价结果作为安排2026年度预算'), '2026年度预算 is the budget the results feed, not this report; 10%以上 is a threshold')

# g04: Markdown 国有资本经营预算
d, f, t = doc('g04-jinpo-district-2025-state-capital-budget.md')
f(d.L('区属一级企业共6家，即'), 'count', 'must', '6家，即 five named')
f(d.L('区属一级企业共6家，即') + d.L('# 金坡区2025年区级国有资本经营预算说明'), 'year', 'must',
  'title 2025; 本说明依据…编制的金坡区2024年区级国有资本经营预算草案编写')
t(d.L('2024年区级国有资本经营预算收入完成3,104万元') + d.L('2024年区级国有资本经营预算支出完成2,160万元'), '2024 execution; 2160 + 931 + 13 = 3104')
check(D('2980') + D('180') + D('100') == D('3260'), 'revenue')
t(d.L('2025年区级国有资本经营预算收入3,260万元'), '3260 = 2980 + 180 + 100')
check(D('620') + D('1662') == D('2282') and pct('978', '3260') == D('30.0'), 'spending')
t(d.L('2025年区级国有资本经营预算支出2,282万元'), '2282 = 620 + 1662; 978 / 3260 = 30.0%')
f(d.L('### （四）绩效目标') + d.L('### （二）支出预算'), 'heading', 'must', '（四） after （二） under 三、')
f(d.L('国有企业资本金注入项目设置绩效指标九项'), 'grade', 'must', '86分 is 良, called 亦为优 (the 95 优 before it is right; 九项 with nine named)')
t(d.L('本说明中“上年”指2024年'), 'definitions of 上年/本年')

# g05: PDF-like 政府性基金 final accounts with 专项债务
d, f, t = doc('g05-baiyang-county-2024-gov-fund-final-accounts.txt')
t(d.L('本说明所称“本年”指2024年度'), '本年/上年 defined with both years')
t(d.S('2024年全县政府性基金预算收入完成18.64亿元，为调整预算的96.2%，比上年下降7.5%。政府性基金收入主要包括三项：国有土地使用权出让收入、城市基础设施配套费收入和污水处理费收入。'),
  'rates name no base figure; 三项 with three')
check(D('61.30') + D('9.50') + D('2.40') - D('4.78') == D('68.42') and D('68.42') > D('67.90'), 'special debt')
t(d.S('年初专项债务余额61.30亿元。当年发行新增专项债券9.50亿元，发行再融资专项债券2.40亿元。当年偿还专项债务本金4.78亿元。'),
  'roll-forward across four sentences and a page footer: 61.30 + 9.50 + 2.40 - 4.78 = 68.42, right')
f(d.L('年末全县专项债务余额68.42亿元，控制在上述限额以内') + d.L('2024年我县专项债务限额为67.90亿元'), 'debt', 'must',
  '专项债务余额 68.42 above the 专项债务限额 67.90 named two paragraphs earlier (上述限额)')
t(d.L('当年支付专项债券利息2.06亿元'), 'interest and fees')
t(d.S('2024年新增专项债券9.50亿元全部用于项目建设，分别投向产业园区基础设施、城镇老旧小区改造、冷链物流设施、污水处理设施四类项目。'), '四类 with four')
f(d.L('三、绩效管理情况') + d.L('三、专项债券资金使用情况'), 'heading', 'must', '三、 twice (should be 四、)')
check(19 + 6 + 2 == 27, 'grades')
f(d.S('全县26个专项债券项目中，自评等级为优的19个、良的6个、中的2个。'), 'count', 'must', '26个 but 19 + 6 + 2 = 27')
t(d.S('评价得分为81.5分，等级为“良”。'), '81.5 良 (broken over lines)')

# g06: .docx department final accounts
d, f, t = doc('g06-chunshan-health-commission-2024-dept-final-accounts.docx')
f(d.L('所属事业单位十三家，依次为'), 'count', 'must', '十三家，依次为 twelve named (the 七个 科室 before it in the same paragraph, seven named, is right)')
f(d.L('及所属单位2023年度部门决算公开内容如下') + d.L('春山区卫生健康委员会2024年度部门决算', 1), 'year', 'must',
  'title 2024年度部门决算; [issuer]（本级）及所属单位2023年度部门决算公开内容如下')
check(pct('3512.20', D('86420.35') - D('3512.20')) == D('4.2'), 'change')
t(d.L('2024年度收入总计86,420.35万元'), '3512.20 / 82908.15 = 4.2%')
check(D('46.30') + D('12.32') == D('58.62'), 'sangong')
t(d.L('2024年度“三公”经费支出58.62万元'), '58.62 = 0 + 46.30 + 12.32')
f(d.L('五、预算绩效情况说明') + d.L('三、一般公共预算“三公”经费支出决算情况说明'), 'heading', 'must', '五、 after 三、 under 第二部分')
f(d.L('部门整体支出绩效自评得分为89.5分'), 'grade', 'must', '89.5 is 良 (below 90), called 优')
t(d.L('本部门对3个项目开展了绩效自评') + d.L('| 基本公共卫生服务') + d.L('| 家庭医生签约服务') + d.L('| 重大传染病防控'), '3个项目 with three rows; 93 优, 88 良, 71 中')
t(d.L('1.个别绩效指标') + d.L('2.部分项目资金'), 'numbered list items, not headings')
t(d.L('一、财政拨款收入：'), '一、 restarts under 第三部分')

# g07: clean-text budget report
d, f, t = doc('g07-yuxi-county-2025-budget-report.txt')
f(d.L('现将瑜西县2023年预算执行情况和2025年预算草案提请') + d.L('关于瑜西县2024年预算执行情况和2025年预算草案的报告'), 'year', 'must',
  'the report is on 2024年预算执行情况 (title); the opening presents 2023年预算执行情况')
t(d.L('——2025年1月8日在瑜西县第十八届'), 'date of the session; 十八届 is not a count')
t(d.L('2024年全县一般公共预算收入完成21.36亿元'), 'rates name no base figure')
check(D('66.00') + D('94.00') == D('160.00') and D('64.80') + D('88.56') == D('153.36'), 'debt')
f(d.L('2024年末全县政府债务余额152.36亿元'), 'sum', 'must', '152.36 but 一般 64.80 + 专项 88.56 = 153.36 (a complete partition)')
f(d.L('（五）落实县人大决议情况') + d.L('（三）政府债务情况'), 'heading', 'must', '（五） after （三） under 一、')
f(d.L('我们坚持三个原则'), 'count', 'must', '三个原则 but 一是…四是 lists four')
t(d.L('重点抓好七个方面工作'), '七个方面 with 一是…七是')
check(round(D('22.20') / D('21.36') * 100 - 100, 1) == D('3.9'), 'growth')
t(d.L('2025年全县一般公共预算收入预期22.20亿元'), '22.20 / 21.36 = +3.9%')
t(d.L('各位代表，做好2025年财政工作'), '2025 is the budget year of the draft')

# g08: Markdown monthly revenue report
d, f, t = doc('g08-fenghe-district-2025-09-revenue.md')
f(d.L('本期反映全区2024年1-9月财政收支执行情况') + d.L('# 凤禾区2025年1-9月财政收支情况'), 'year', 'must', 'title 2025年1-9月; 本期反映全区2024年1-9月')
check(D('33.52') + D('8.66') == D('42.18') and pct('42.18', '55.00') == D('76.7') and pct('33.52', '42.18') == D('79.5'), 'revenue')
t(d.L('全区一般公共预算收入累计完成42.18亿元'), '42.18 = 33.52 + 8.66; 76.7%; 79.5%; (2024年1-9月) names the base period')
t(d.L('全区14个街镇中'), 'two counts, no enumeration')
t(d.L('主要税种呈现“三增两降”态势'), 'three up, two down in the table')
f(d.L('### （二）收入变动原因分析') + d.L('### （二）支出情况'), 'heading', 'must', '（二） twice under 一、')
f(d.L('收入增长主要受以下两方面因素影响'), 'count', 'must', '两方面 but （1）…（3） lists three')
check(D('71.25') + D('115.15') == D('186.40') and D('186.40') <= D('190.60'), 'debt')
t(d.L('截至2025年9月末，全区政府债务余额186.40亿元'), '186.40 = 71.25 + 115.15, under the one limit 190.60 (均 with a total limit)')
f(d.L('## 五、下一步工作') + d.L('## 三、政府债务情况'), 'heading', 'must', '五、 after 三、')
t(d.L('区财政局将重点做好三项工作'), '三项 with 一是…三是')

# g09: traditional 三公 final accounts, ASCII punctuation
d, f, t = doc('g09-heshan-county-2024-sangong-final-accounts.txt')
check(D('38.60') + D('826.50') + D('421.30') == D('1286.40') and pct('96.35', D('1286.40') + D('96.35')) == D('7.0'), 'total')
t(d.L('五十八家'), '五十八家 without an enumeration; 1286.40 = 38.60 + 826.50 + 421.30; 96.35 / 1382.75 = 7.0%')
t(d.L('團組2個、7人次'), 'counts of different things')
f(d.L('涉及三個單位,分別為'), 'count', 'must', '三个单位，分别为 two named (212.00 + 614.50 = 826.50 on the same line is right)')
check(D('212.00') + D('614.50') == D('826.50'), 'cars')
t(d.L('公務接待費決算421.30萬元'), 'batches and persons')
f(d.L('(三)"三公"經費減少的原因') + d.L('(三)公務接待費'), 'heading', 'must', '（三） twice under 二、')
t(d.L('原因主要有兩個'), '两个 with 一是…二是')
f(d.L('評價得分72分'), 'grade', 'must', '72分 is 中 under the default bands, called 良')
t(d.L('2025年6月'), 'the signing date')

# g10: Markdown final-accounts notes with a debt table and a grade table
d, f, t = doc('g10-xinhu-county-2024-final-accounts-related-notes.md')
check(D('48.30') + D('76.20') == D('124.50'), 'limits')
t(d.L('2024年省财政厅核定我县政府债务限额为124.50亿元'), '124.50 = 48.30 + 76.20 (分别为 pairs the kinds with the limits)')
check(D('45.10') + D('4.60') - D('2.85') == D('46.85'), 'general')
t(d.L('| 一般债务 | 45.10'), '45.10 + 4.60 - 2.85 = 46.85; under 48.30')
check(D('68.70') + D('12.40') - D('3.95') == D('77.15'), 'special')
f(d.L('| 专项债务 | 68.70'), 'debt', 'must', 'table row: 68.70 + 12.40 - 3.95 = 77.15, stated 76.15')
check(D('113.80') + D('17.00') - D('6.80') == D('124.00') and D('46.85') + D('76.15') == D('123.00'), 'total')
f(d.L('| 合计 | 113.80'), 'debt', 'may', 'the 合计 row breaks the identity too (124.00 against 123.00), the same slip; its columns add up')
t(d.L('截至2024年末，我县一般债务余额和专项债务余额均未超过对应限额'), '46.85 <= 48.30, 76.15 <= 76.20 as stated')
check(D('6.80') + D('3.82') == D('10.62') and pct('46.85', '123.00') == D('38.1'), 'service')
t(d.L('2024年全县政府债务还本付息共计10.62亿元'), '10.62 = 6.80 + 3.82; 46.85 / 123.00 = 38.1%; rates')
t(d.L('得分在90分以上（含90分）的为A级') + d.L('得分在80分（含）至90分的为B级') + d.L('得分在60分（含）至80分的为C级') + d.L('得分低于60分的为D级'), 'band definitions in a list')
check(3 + 6 + 2 + 1 == 12, 'partition')
t(d.L('评价结果为A级3个') + d.L('2024年，县财政局组织对12个项目'), '12 = 3 + 6 + 2 + 1')
t(d.L('| 农村饮水安全巩固提升') + d.L('| 城区公交运营补贴') + d.L('| 中小学课后服务补助'), '93.2 A, 81.6 B, 66.5 C')
f(d.L('| 农业产业发展专项资金'), 'grade', 'must', '58.4 is D (below 60), called C')
f(d.L('| 社区居家养老服务补助'), 'grade', 'must', '79.0 is C (60-80), called B')
check(D('2.14') + D('43.50') + D('12.72') == D('58.36'), 'transfers')
t(d.L('2024年上级补助收入58.36亿元'), '58.36 = 2.14 + 43.50 + 12.72')
t(d.L('本说明数据为2024年决算数'), '2023年决算数 named as the prior year')

# ---- Round 2 (written after round 1's fixes, scored before any further fix) ----

# r01: PDF-like midyear debt report
d, f, t = doc('r01-mingshan-county-2025-midyear-debt.txt')
check(D('45.30') + D('73.30') == D('118.60') and D('74.24') > D('73.30'), 'limits')
check(D('41.18') + D('74.24') == D('115.42'), 'balance')
f(d.S('截至2025年6月30日，全县政府债务余额115.42亿元（年初为108.71亿元），其中一般债务余额41.18亿元，专项债务余额74.24亿元。') + d.S('一般债务限额和专项债务限额分别为45.30亿元、73.30亿元。'),
  'debt', 'must', '6月30日 专项债务余额 74.24 above the 专项债务限额 73.30 (paired by 分别为 a paragraph before)')
check(D('108.71') + D('9.86') - D('4.15') == D('114.42') and D('6.20') + D('3.66') == D('9.86'), 'half-year')
f(d.S('截至2025年6月30日，全县政府债务余额115.42亿元（年初为108.71亿元）') + d.S('上半年，全县发行政府债券9.86亿元，包括新增债券6.20亿元和再融资债券3.66亿元；偿还到期债务本金4.15亿元。'),
  'debt', 'must', 'half-year roll-forward: 年初 108.71 (in brackets) + 上半年 9.86 - 4.15 = 114.42, the 6月30日 balance is 115.42')
f(d.S('上半年新增债券资金支持了以下六类项目：（一）城镇老旧小区改造；（二）产业园区基础设施；（三）农村供水保障；（四）职业教育实训基地；（五）应急物资储备库。'),
  'count', 'must', '六类 but （一）…（五） lists five inline')
f(d.L('第四部分 下半年工作安排') + d.L('第二部分 债券资金使用'), 'heading', 'must', '第四部分 after 第二部分 (第三部分 missing)')
check(D('5.02') + D('1.87') == D('6.89'), 'service')
t(d.L('下半年计划偿还到期本金5.02亿元'), '6.89 = 5.02 + 1.87')
f(d.L('以上为鸣山县2024年上半年政府债务管理情况报告') + d.L('鸣山县2025年上半年政府债务管理情况报告'), 'year', 'must', 'title 2025年上半年; the closing 以上为鸣山县2024年上半年政府债务管理情况报告')

# r02: Markdown 街道 department budget
d, f, t = doc('r02-taoyuan-street-2026-dept-budget.md')
f(d.L('街道下设社区居委会九个'), 'count', 'must', '九个，即 ten names (more than the count)')
f(d.L('桃源街道办事处2025年部门预算公开目录如下') + d.L('# 桃源街道办事处2026年部门预算'), 'year', 'must', 'title 2026年部门预算; [issuer]2025年部门预算公开目录如下')
check(round(D('215.40') / (D('4860.20') - D('215.40')) * 100, 1) == D('4.6'), 'change')
t(d.L('2026年收入预算4,860.20万元'), '215.40 / 4644.80 = 4.6%; 2025年预算 is the base')
t(d.L('表5  2026年项目支出绩效目标（共4个项目）') + d.L('| 社区治理专项经费') + d.L('| 为老服务补贴'), 'a table title 共4个项目 over four rows; targets with ≥ are no figures to check')
f(d.L('2025年部门整体支出绩效自评结果为“良”，自评得分为92分'), 'grade', 'must', 'grade before score: 92分 is 优, called 良 (8 = 5 + 3 after it is right)')
f(d.L('### 五、其他说明') + d.L('### 三、上年度绩效自评情况'), 'heading', 'must', '五、 after 三、 under 第二部分')

# r03: clean-text performance self-evaluation report
d, f, t = doc('r03-longxi-county-agriculture-2024-performance-self-evaluation.txt')
f(d.L('现将我局2023年度项目支出绩效自评情况报告如下') + d.L('龙溪县农业农村局2024年度项目支出绩效自评报告'), 'year', 'must', 'title 2024年度项目支出绩效自评报告; 现将我局2023年度项目支出绩效自评情况报告如下')
t(d.L('我局2024年度纳入绩效自评的项目共7个'), 'counts with no enumeration (7个, 4个, 11个, 26个)')
t(d.L('自评结果分为四个等级'), 'bands written with ≤ and <; 四个 with four')
f(d.L('自评得分：88.6分；自评等级：优。'), 'grade', 'must', '88.6 is 良, called 优 (fields 自评得分： and 自评等级：)')
t(d.L('自评得分：91.5分；自评等级：优。') + d.L('自评得分：79.0分；自评等级：中。'), '91.5 优; 79.0 中')
f(d.L('项目覆盖全县二十个乡镇'), 'count', 'must', '二十个乡镇，分别为 nineteen named (85.0 良 on the same line is right)')
t(d.L('一是部分项目绩效目标设置偏低'), 'two problems with 一是…二是 and no count')
f(d.L('我局将从两个方面加以改进'), 'count', 'must', '两个方面 but 一是…三是 lists three')

write('Held-out set gen7: invented disclosures (PDF-like text, .docx, traditional reposts, Markdown, clean text) testing debt, grade, count, year and heading, written blind. Format as ../../../shared/corpus/dev/expected.json; every finding and trap is re-derived in build_expected.py.')
