#!/usr/bin/env python3
"""Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

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


# g01: PDF-like county debt note
d, f, t = doc('g01-heqiao-county-2025-debt-notes.txt')
check(D('31.60') + D('54.80') == D('86.40'), 'limit by kind')
check(D('28.75') + D('55.20') == D('83.95') and D('55.20') > D('54.80'), '专项 over its limit')
f(d.S('截至2025年12月末，全县政府债务余额为83.95亿元，其中一般债务余额28.75亿元，专项债务余额55.20亿元，一般债务和专项债务余额均未超过省核定的限额。') + d.S('专项债务限额54.80亿元'),
  'debt', 'must', '专项债务余额 55.20亿元 is above the 专项债务限额 54.80亿元 (2025年末, 全县), while the sentence says 均未超过')
check(D('83.95') + D('10.50') - D('6.20') == D('88.25'), 'projection')
f(d.S('2026年全县计划举借债务10.50亿元，计划偿还到期本金6.20亿元，预计2026年末全县政府债务余额为87.25亿元，待省财政厅下达2026年限额后严格控制在限额以内。'),
  'debt', 'must', 'projected 2026年末: 83.95 + 10.50 - 6.20 = 88.25亿元, stated 87.25')
f(d.L('五、2026年债务安排') + d.L('三、政府债务还本付息情况'), 'heading', 'must', '五、 follows 三、 (四、 missing)')
f(d.S('为防范化解债务风险，县财政局重点抓好四项工作：一是严格执行限额管理，二是加快专项债券资金支出进度，三是按时足额偿还到期本息。'),
  'count', 'must', '四项工作 but 一是…三是 lists three')
t(d.S('现将河桥县2025年度全县地方政府债务限额、余额及还本付息情况说明如下。'), '2025年度 matches the title; the notice named is 2025年度 too')
check(D('76.18') + D('12.40') - D('4.63') == D('83.95') and D('9.10') + D('3.30') == D('12.40'), 'roll-forward')
t(d.S('全县政府债务余额由上年末的76.18亿元，加上本年举借的12.40亿元（其中新增债券9.10亿元、再融资债券3.30亿元），减去本年偿还的4.63亿元，年末余额为83.95亿元。'),
  'roll-forward written with 加上/减去: 76.18 + 12.40 - 4.63 = 83.95; 12.40 = 9.10 + 3.30 in brackets')
check(D('26.90') + D('3.45') - D('1.60') == D('28.75') and D('49.28') + D('8.95') - D('3.03') == D('55.20'), 'by kind')
check(D('26.90') + D('49.28') == D('76.18') and D('3.45') + D('8.95') == D('12.40') and D('1.60') + D('3.03') == D('4.63'), 'kinds add up')
t(d.S('分类型看，一般债务年初余额26.90亿元，本年举借3.45亿元，本年偿还1.60亿元，年末余额28.75亿元；专项债务年初余额49.28亿元，本年举借8.95亿元，本年偿还3.03亿元，年末余额55.20亿元。'),
  'roll-forwards by kind hold (a number broken across lines: 1 / .60)')
check(D('47.66') + D('6.20') - D('2.15') == D('51.71') and D('52.30') - D('51.71') == D('0.59'), '县本级')
t(d.S('县本级政府债务年初余额为47.66亿元，当年举借6.20亿元，偿还本金2.15亿元，年末余额51.71亿元，低于县本级限额0.59亿元。'),
  '县本级 roll-forward holds and 51.71 is under the 县本级 limit 52.30 by 0.59')
t(d.L('表1 河桥县2025年末政府债务限额和余额情况表') + d.L('一、一般债务') + d.E('31.60') + d.E('28.75'), 'table title and a row label 一、 after the heading 二、: not headings; 一般 28.75 under 31.60')
t(d.E('合计') + d.E('86.40') + d.E('83.95'), '合计 row: 31.60 + 54.80 = 86.40, 28.75 + 55.20 = 83.95')
f(d.L('二、专项债务') + d.E('54.80') + d.E('55.20'), 'debt', 'may', 'the table restates 专项 55.20 above 54.80 (same contradiction as the text)')
check(D('4.63') + D('2.58') == D('7.21'), '还本付息')
t(d.S('2025年全县政府债务还本付息支出7.21亿元，其中还本4.63亿元、付息2.58亿元。全县综合债务率为118.6%，一般债券加权平均利率2.86%，专项债券加权平均利率2.97%。'),
  '7.21 = 4.63 + 2.58; rates are not added')
t(d.L('2026年8月'), 'date')

# g02: traditional repost, ASCII punctuation, monthly revenue
d, f, t = doc('g02-songpu-county-2025-09-revenue.txt')
f(d.L('現將松浦縣財政局2024年1-9月全縣財政收支情況公佈如下') + d.L('松浦縣2025年1-9月財政收支情況'), 'year', 'must',
  'title 2025年1-9月; the introduction presents 松浦县财政局2024年1-9月全县财政收支情况 (issuer between)')
check(D('35810') + D('16550') == D('52360') and D('47500') + D('20500') == D('68000'), 'revenue parts')
check(round(D('52360') / D('68000') * 100, 1) == D('77.0') and round(D('35810') / D('47500') * 100, 1) == D('75.4') and round(D('16550') / D('20500') * 100, 1) == D('80.7'), 'shares of budget')
check(round(D('2110') / (D('52360') - D('2110')) * 100, 1) == D('4.2'), 'growth')
t(d.L('(一)收入情況'), '52360 = 35810 + 16550; 77.0%, 75.4%, 80.7% of budget; 2110 / 50250 = 4.2%; 较2024年同期 is a comparison')
t(d.L('三增兩降'), '三增两降: three up, two down, as listed')
check(round(D('186420') / D('241500') * 100, 1) == D('77.2'), 'expenditure share')
t(d.L('(二)支出情況'), '186420 / 241500 = 77.2%')
check(round(D('148230') / D('186420') * 100, 1) == D('79.5'), 'share')
f(d.L('十項民生支出合計148230萬元'), 'count', 'must', '十项民生支出 but 分别是 names nine (the share 79.5% is right)')
t(d.L('1-9月,全縣政府性基金預算收入完成23640萬元'), '其中 one part only: 21050 < 23640')
f(d.L('四、國有資本經營預算收支情況') + d.L('二、政府性基金預算收支情況'), 'heading', 'must', '四、 follows 二、 (三、 missing)')
f(d.L('三方面工作'), 'count', 'must', '三方面工作 but 一是…四是 lists four')
t(d.L('2025年10月15日') + d.L('發佈日期'), 'dates')

# g03: .docx department final accounts
d, f, t = doc('g03-linzhou-market-supervision-2024-dept-final-accounts.docx')
f(d.L('现将2023年度临洲市市场监督管理局部门决算公开如下') + d.L('临洲市市场监督管理局2024年度部门决算'), 'year', 'must',
  'title 2024年度部门决算; the opening presents 2023年度 [issuer] 部门决算 (year before the issuer)')
t(d.L('第一部分 部门概况', 1) + d.L('第二部分 2024年度部门决算表', 1) + d.L('第三部分 2024年度部门决算情况说明', 1), 'contents list, same year')
t(d.L('本部门内设十二个处室'), '十二个处室 with twelve named after 分别是')
f(d.L('单位共两家，包括'), 'count', 'must', '两家 but three units named after 包括')
check(round(D('312.40') / (D('6842.35') - D('312.40')) * 100, 1) == D('4.8'), 'change')
t(d.L('2024年度收入总计6,842.35万元'), '312.40 / 6529.95 = 4.8%; 与2023年度相比 is a comparison')
check(round(D('205.18') / (D('6205.18') - D('205.18')) * 100, 1) == D('3.4'), 'change')
t(d.L('2024年度财政拨款收入总计6,205.18万元'), '205.18 / 6000 = 3.4%')
f(d.L('四、一般公共预算财政拨款“三公”经费支出决算情况说明') + d.L('二、财政拨款收入支出决算总体情况说明'), 'heading', 'must', '四、 follows 二、 under 第三部分')
check(D('0') + D('31.20') + D('7.40') == D('38.60'), '三公')
t(d.L('2024年度“三公”经费财政拨款支出决算为38.60万元'), '38.60 = 0 + 31.20 + 7.40')
check(D('9') + D('2') + D('1') == D('12'), 'grades partition')
t(d.L('本部门对12个项目开展了绩效自评'), '12 = 9 + 2 + 1')
f(d.L('得分分别为93.5分和86.0分'), 'grade', 'must', '分别 pairing: 86.0分 is 良, called 优 (93.5 优 is right)')
t(d.L('综合得分为89.6分'), '89.6 良')
f(d.L('自评得分为79.5分，等级为良'), 'grade', 'must', '79.5分 is 中 [60,80), called 良')
check(D('512.30') + D('0') + D('774.15') == D('1286.45'), '采购')
t(d.L('2024年度政府采购支出总额1,286.45万元'), '1286.45 = 512.30 + 0 + 774.15')
check(D('0') + D('9') + D('4') + D('2') == D('15'), 'vehicles')
t(d.L('本部门共有车辆15辆'), '15 = 0 + 9 + 4 + 2; (为应急保障用车) describes one item, not a list')
f(d.L('（五）预算绩效管理情况') + d.L('（三）国有资产占用情况'), 'heading', 'must', '（五） follows （三） under 六、')
t(d.L('一、财政拨款收入：指') + d.L('二、“三公”经费：指'), 'glossary items under 第四部分 restart at 一、')

# g04: PDF-like performance evaluation, grade table one cell per line, stated bands
d, f, t = doc('g04-dongyang-district-2024-performance-evaluation.txt')
t(d.S('本次评价实行百分制，评价结果分为四个等级：得分90分（含）以上为“优秀”，80分（含）至90分为“良好”，70分（含）至80分为“合格”，70分以下为“不合格”。'),
  'band definitions (合格 starts at 70 here); 四个等级 names four')
check(D('3') + D('4') + D('2') == D('9'), 'grades partition')
t(d.S('9个部门中，评价等级为“优秀”的3个、“良好”的4个、“合格”的2个。'), '9 = 3 + 4 + 2 (grades as stated in the table)')
t(d.E('93.2') + d.E('91.0') + d.L('区民政局') + d.E('90.0') + d.E('88.4') + d.E('84.7'), 'rows 1-5 right (90.0 on the 优秀 boundary, 含)')
f(d.L('区住房和城乡建设局') + d.E('79.6') + d.E('良好', 3), 'grade', 'must', 'row 6 (after a page break): 79.6 is 合格 [70,80), called 良好')
t(d.E('81.5') + d.E('76.2'), '81.5 良好, 76.2 合格')
f(d.L('区商务局') + d.E('68.5') + d.E('合格', 2), 'grade', 'must', 'row 9: 68.5 is 不合格 under the stated bands (below 70), called 合格 (合格 under the default bands: only the stated bands show it)')
f(d.S('区司法局整体支出绩效自评等级为优秀（自评得分88.0分），未纳入本次第三方评价范围。'), 'grade', 'must', 'grade before the score in brackets: 88.0分 is 良好, called 优秀')
t(d.S('得分分别为87.5分、92.0分和69.0分，对应等级分别为良好、优秀、不合格。'), '分别 pairing right under the stated bands: 69.0 不合格 (合格 under the defaults)')
check(D('17.5') + D('18.0') + D('33.0') + D('19.0') == D('87.5'), 'dimension scores')
t(d.S('其中，“城区道路微循环改造”项目从决策、过程、产出、效益四个维度评价，得分依次为17.5分、18.0分、33.0分、19.0分。'),
  '四个维度 with four named; 17.5 + 18.0 + 33.0 + 19.0 = 87.5 (parts of a score carry no grade)')
f(d.S('评价发现的问题主要有两个方面：一是部分部门绩效目标设置不够细化量化；二是预算执行进度不均衡，个别项目资金年底集中支出；三是评价结果应用不够充分。'),
  'count', 'must', '两个方面 but 一是…三是 lists three')
f(d.L('（三）督促问题整改') + d.L('（一）与预算安排挂钩'), 'heading', 'must', '（三） follows （一） under 五、')
t(d.S('按不低于10%的比例压减其2025年项目预算。'), 'threshold and the next budget year')

# g05: township budget, Markdown tables
d, f, t = doc('g05-baisha-town-2025-budget.md')
t(d.L('现将白沙镇人民政府2025年镇级预算情况说明如下'), 'the title year; 第十八届 and 第五次 are ordinals')
f(d.L('镇政府下设五个办（中心）'), 'count', 'must', '五个办（中心） but six named after the colon')
check(D('3260') + D('4815') + D('125') == D('8200'), 'income')
t(d.L('2025年全镇一般公共预算收入安排3,260万元'), '8200 = 3260 + 4815 + 125')
check(D('1380') + D('1050') == D('2430') and D('1400') + D('1100') == D('2500'), 'debt')
t(d.L('截至2024年末，全镇政府债务余额2,430万元'), '2430 = 1380 + 1050 and 2500 = 1400 + 1100; each kind under its limit')
check(D('1380') + D('0') - D('160') == D('1220'), '一般 row')
t(d.L('| 一般债务 | 1,400'), '一般: 1380 + 0 - 160 = 1220; 1380 under 1400')
check(D('1050') + D('300') - D('120') == D('1230'), '专项 row')
f(d.L('| 专项债务 | 1,100'), 'debt', 'must', '专项 projected 2025年末: 1050 + 300 - 120 = 1230万元, the table says 1,330')
check(D('2430') + D('300') - D('280') == D('2450') and D('1220') + D('1330') == D('2550'), '合计 row')
f(d.L('| 合计 | 2,500'), 'debt', 'may', '合计 projected: 2430 + 300 - 280 = 2450, the row says 2,550 (it adds the wrong 1,330); the 2025 projection is not compared with the 2024 limit')
check(D('12.80') + D('5.80') + D('0') == D('18.60'), '三公')
t(d.L('2025年“三公”经费预算18.60万元'), '18.60 = 12.80 + 5.80 + 0')
t(d.L('全镇现有公务用车三辆'), '三辆 = 两辆 + 一辆 in brackets: a breakdown, not a list')
t(d.L('其中评为优的五个、良的三个'), '八个 = 五个 + 三个 (the grades as the table states them)')
t(d.L('| 村道硬化提升') + d.L('| 农村人居环境整治') + d.L('| 防汛物资储备') + d.L('| 集镇污水管网维护') + d.L('| 文化站设备更新') + d.L('| 村级财务代理'), '94, 91.5, 90 优; 96 优; 85, 80 良')
f(d.L('| 社区养老服务站运营'), 'grade', 'must', '89.5 is 良, the table says 优')
f(d.L('| 小型水库巡查'), 'grade', 'must', '72 is 中, the table says 良')
f(d.L('（二）国有资产占用情况') + d.L('（二）政府采购预算'), 'heading', 'must', '（二） again after （二） (should be （三）)')
t(d.L('2025年镇机关运行经费预算86.50万元') + d.L('2025年政府采购预算合计42.00万元'), 'single figures')

# g06: clean-text midyear debt note, scopes 全市 / 市本级
d, f, t = doc('g06-jiangcheng-city-2025-midyear-debt.txt')
check(D('402.30') + D('863.50') == D('1265.80') and D('168.40') + D('345.80') == D('514.20'), 'limits')
check(D('381.27') + D('817.37') == D('1198.64') and D('381.27') <= D('402.30') and D('817.37') <= D('863.50'), '全市 under')
t(d.L('截至2025年6月30日，全市政府债务余额1,198.64亿元'), '全市 1198.64 = 381.27 + 817.37, each under its limit (均控制在限额以内 true)')
check(D('518.90') > D('514.20') and round(D('518.90') / D('1198.64') * 100, 1) == D('43.3'), '市本级 over')
f(d.L('市本级政府债务余额为518.90亿元') + d.L('市本级债务限额为514.20亿元'), 'debt', 'must', '市本级 balance 518.90 above the 市本级 limit 514.20 (the 全市 total is within its limit); 43.3% is right')
check(D('160.15') + D('358.75') == D('518.90') and D('358.75') > D('345.80') and round(D('358.75') / D('518.90') * 100, 1) == D('69.1'), '市本级 专项 over')
f(d.L('从市本级债务结构看'), 'debt', 'must', '市本级 专项 358.75 above the 市本级 专项 limit 345.80 (scope carried by 从市本级债务结构看)')
check(D('71.20') + D('25.22') == D('96.42') and D('96.42') - D('38.57') == D('57.85') and D('1198.64') - D('57.85') == D('1140.79'), 'issuance')
t(d.L('1-6月，全市发行政府债券96.42亿元') + d.L('上年末全市政府债务余额为1,140.79亿元'), '96.42 = 71.20 + 25.22; 96.42 - 38.57 = 57.85 = 1198.64 - 1140.79 (base named a sentence later)')
check(D('365.02') + D('24.50') - D('8.25') == D('381.27') and D('775.77') + D('71.92') - D('30.32') == D('817.37'), 'by kind')
f(d.L('分类型看，一般债务上年末余额365.02亿元'), 'debt', 'must', '专项: 775.77 + 71.92 - 30.32 = 817.37亿元, stated 819.37 (一般 holds)')
check(D('1198.64') + D('42.60') + D('35.00') - D('46.18') == D('1230.06') and D('1230.06') <= D('1265.80'), 'projection')
t(d.L('下半年，全市计划发行再融资债券42.60亿元'), 'projection 1198.64 + 42.60 + 35.00 - 46.18 = 1230.06, under the year limit')
check(D('518.90') + D('12.30') - D('21.40') == D('509.80') and D('509.80') <= D('514.20'), '市本级 projection')
t(d.L('市本级下半年计划偿还本金21.40亿元'), '市本级 projection 518.90 + 12.30 - 21.40 = 509.80, under 514.20 (repayment named before issuance)')
t(d.L('截至6月末，全市政府债务率为156.2%'), 'rates and a term')
f(d.L('七、下一步工作') + d.L('五、债务风险指标'), 'heading', 'must', '七、 follows 五、')
f(d.L('重点抓好以下六项工作') + d.L('1.严格落实') + d.L('2.加强') + d.L('3.足额') + d.L('4.稳妥') + d.L('5.强化'), 'count', 'must', '六项工作 but five numbered lines follow')
t(d.L('2025年7月'), 'date')

# g07: PDF-like Shanghai department budget
d, f, t = doc('g07-xinhe-district-planning-bureau-2026-dept-budget.txt')
f(d.S('根据有关规定，现将2025年度新河区规划和自然资源局部门预算编制情况说明如下。') + d.E('2026年部门预算'), 'year', 'must',
  'title 2026年部门预算; the opening presents 2025年度 [issuer] 部门预算')
t(d.L('第二部分 新河区规划和自然资源局2026年部门预算表', 1) + d.L('第三部分 新河区规划和自然资源局2026年部门预算情况说明', 1), 'contents list, the title year')
f(d.S('本部门主要职能有以下五项：一是贯彻执行国家和本市有关规划和自然资源管理的法律法规；二是负责全区国土空间规划编制和实施；三是负责自然资源统一确权登记；四是负责耕地保护和土地供应；五是负责测绘地理信息管理；六是承担区政府交办的其他事项。'),
  'count', 'must', '五项 but 一是…六是 lists six')
t(d.S('本部门内设机构十一个（其中综合管理类四个、业务类七个），下属事业单位三家，分别为新河区测绘院、新河区土地储备中心和新河区规划展示馆。'),
  '十一个 = 四个 + 七个 in brackets; 三家 with three named')
check(D('18420.65') + D('1250.00') == D('19670.65') and D('326.50') + D('19344.15') == D('19670.65'), 'table')
t(d.L('一、财政拨款收入') + d.L('一、一般公共服务支出') + d.L('二、事业收入') + d.L('二、自然资源海洋气象等支出') + d.E('表一'), 'table row labels and title: not headings')
check(round(D('842.30') / (D('18420.65') - D('842.30')) * 100, 1) == D('4.8'), 'change')
t(d.S('2026年收入预算19,670.65万元，其中：财政拨款收入18,420.65万元，比2025年预算执行数增加842.30万元，增长4.8%；事业收入1,250.00万元。'),
  '19670.65 = 18420.65 + 1250.00; 842.30 / 17578.35 = 4.8%; 2025年预算执行数 is the base')
check(D('0') + D('3.60') + D('21.20') == D('24.80'), '三公')
t(d.S('2026年“三公”经费预算数为24.80万元，比2025年预算执行数减少1.20万元，其中：因公出国（境）费0万元；公务接待费3.60万元；公务用车购置及运行费21.20万元（其中：公务用车购置费0万元，公务用车运行费21.20万元）。'),
  '24.80 = 0 + 3.60 + 21.20; nested 21.20 = 0 + 21.20')
check(D('186.40') + D('0') + D('2179.00') == D('2365.40'), '采购')
t(d.S('2026年政府采购预算总额为2,365.40万元，其中：货物类186.40万元、工程类0万元、服务类2,179.00万元。'), '2365.40 = 186.40 + 0 + 2179.00')
t(d.S('本部门共有车辆6辆，其中一般公务用车2辆、执法执勤用车3辆、特种专业技术用车1辆。'), '6 = 2 + 3 + 1; 2025年8月31日 is a date')
t(d.L('平均得分91.2分'), 'an average carries no grade')
f(d.L('“地质灾害防治”项目自评得分88.5分'), 'grade', 'must', '88.5分 is 良, called 优')
t(d.L('“耕地保护补偿”项目自评得分95.0分'), '95.0 优')
t(d.S('评价得分82.0分，评价结果为良。'), '82.0 良')
f(d.L('（四）评价结果应用') + d.L('（二）重点评价'), 'heading', 'must', '（四） follows （二） across a page break')

# g08: traditional repost of a county debt note
d, f, t = doc('g08-qingshui-county-2024-debt.txt')
f(d.L('現將2023年度青水縣政府債務決算情況公開如下') + d.L('青水縣2024年度政府債務限額及餘額決算情況說明'), 'year', 'must',
  'title 2024年度 债务决算; the opening presents 2023年度 [county] 政府债务决算')
check(D('48.10') + D('94.26') == D('142.36'), 'limit')
t(d.L('省財政廳核定青水縣政府債務限額為142.36億元'), '142.36 = 48.10 + 94.26; 比上年增加 names no prior figure')
check(D('49.05') + D('89.87') == D('138.92') and D('49.05') > D('48.10'), '一般 over')
f(d.L('截至2024年底,全縣政府債務餘額為138.92億元'), 'debt', 'must', '一般债务余额 49.05亿元 above the 一般债务限额 48.10亿元 (total 138.92 under 142.36 hides it)')
check(D('14.86') + D('6.82') == D('21.68') and D('3.20') + D('11.66') == D('14.86'), 'issuance')
t(d.L('2024年全縣發行政府債券21.68億元'), '21.68 = 14.86 + 6.82; 14.86 = 3.20 + 11.66 in ASCII brackets')
check(D('7.36') + D('4.58') == D('11.94'), '还本付息')
t(d.L('2024年全縣政府債券還本付息11.94億元'), '11.94 = 7.36 + 4.58')
check(D('124.60') + D('21.68') - D('7.36') == D('138.92'), 'roll-forward')
t(d.L('全縣債務餘額年初數為124.60億元'), '124.60 + 21.68 - 7.36 = 138.92')
check(D('138.92') + D('8.40') - D('9.15') == D('138.17'), 'projection')
t(d.L('2025年全縣預計發行再融資債券8.40億元'), '138.92 + 8.40 - 9.15 = 138.17; 新增 not yet issued')
f(d.L('四、債務風險防控') + d.L('四、2025年政府債務預計情況'), 'heading', 'must', '四、 twice (should be 五、)')
f(d.L('"三個嚴格"'), 'count', 'must', '“三个严格” but four 严格 are listed')

# g09: .docx county budget report with a Word table
d, f, t = doc('g09-nanling-county-2025-budget-report.docx')
f(d.L('现将南岭县2025年预算执行情况和县人民政府2025年县级预算草案提请大会审议') + d.L('关于南岭县2025年预算执行情况和2026年预算草案的报告'), 'year', 'must',
  'the report covers 2025 execution and the 2026 draft; the opening names the draft 县人民政府2025年县级预算草案 (issuer between)')
t(d.L('——2026年1月8日在南岭县第十八届人民代表大会第六次会议上'), 'session date and ordinals')
t(d.L('全县一般公共预算收入完成18.64亿元'), '101.3% and 5.2% name no base figure')
f(d.L('（四）政府债务情况') + d.L('（二）政府性基金预算', 1), 'heading', 'must', '（四） follows （二） under 一、')
check(D('38.20') + D('58.60') == D('96.80') and D('36.90') + D('56.55') == D('93.45'), 'debt')
t(d.L('2025年省财政厅核定我县政府债务限额为96.80亿元'), '96.80 = 38.20 + 58.60; 93.45 = 36.90 + 56.55; each kind under its limit')
check(D('34.15') + D('4.60') - D('1.85') == D('36.90') and D('51.30') + D('8.20') - D('2.95') == D('56.55') and D('85.45') + D('12.80') - D('4.80') == D('93.45'), 'table rows')
check(D('34.15') + D('51.30') == D('85.45') and D('4.60') + D('8.20') == D('12.80') and D('1.85') + D('2.95') == D('4.80'), 'table columns')
t(d.L('| 一般债务 |') + d.L('| 专项债务 |') + d.L('| 合计 |') + d.L('表1 南岭县2025年政府债务情况表'), 'Word table: every row rolls forward, columns add up, each balance under its limit; table title not a heading')
f(d.L('县本级政府债务限额61.40亿元'), 'debt', 'must', '县本级 projected 2025年末 balance 62.15 above the 县本级 limit 61.40 (same year)')
check(D('18') + D('11') + D('3') == D('32'), 'grades')
t(d.L('县财政局对32个项目开展重点绩效评价'), '32 = 18 + 11 + 3')
f(d.L('“县城供水管网改造”项目评价得分91.5分'), 'grade', 'must', '91.5分 is 优秀, called 良好')
check(round((D('19.40') / D('18.64') - 1) * 100, 1) == D('4.1'), 'growth')
t(d.L('2026年全县一般公共预算收入预期19.40亿元'), '19.40 / 18.64 - 1 = 4.1%')
check(D('93.45') + D('6.30') - D('7.10') == D('92.65'), 'projection')
t(d.L('2026年计划举借再融资债券6.30亿元'), '93.45 + 6.30 - 7.10 = 92.65; the 2026 limit is not issued')
f(d.L('全年重点做好四方面工作') + d.L('（一）全力抓好财源建设') + d.L('（二）兜牢基层') + d.L('（三）持续深化财政改革'), 'count', 'must', '四方面工作 but （一）…（三） list three')

# g10: Markdown 三公 note with tables
d, f, t = doc('g10-yunfeng-district-2024-sangong-final.md')
t(d.L('现就云峰区区本级2024年度“三公”经费决算情况说明如下'), 'the title year')
check(round(D('96.30') / (D('1286.40') + D('96.30')) * 100, 1) == D('7.0'), 'change')
t(d.L('2024年区本级一般公共预算财政拨款“三公”经费支出1,286.40万元'), '96.30 / 1382.70 = 7.0%; 2023年决算 is the base')
check(D('48.20') + D('902.70') + D('335.50') == D('1286.40') and D('52.60') + D('965.10') + D('365.00') == D('1382.70'), 'table totals')
check(D('186.00') + D('716.70') == D('902.70') and D('210.00') + D('755.10') == D('965.10'), 'vehicles')
t(d.L('| 因公出国') + d.L('| 公务用车购置及运行维护费') + d.L('| 其中：公务用车购置费') + d.L('| 公务用车运行维护费 |') + d.L('| 公务接待费') + d.L('| 合计'), 'table adds up with a 其中 row; deltas -4.40 -62.40 -29.50 = -96.30')
check(132 + 41 + 43 == 216, 'vehicles')
t(d.L('公务用车保有量为二百一十六辆'), '二百一十六 = 一百三十二 + 四十一 + 四十三 (Chinese numerals)')
t(d.L('2024年共更新购置公务用车十二辆'), '主要是 8 + 3 = 11 of 12: a partial list')
t(d.L('主要包括上级检查指导'), '三类 with three named; 批次/人次 are counts of different things')
f(d.L('开展绩效评价的单位共六家'), 'count', 'must', '六家 but five named after 分别是')
t(d.L('评价等级按得分划分为A'), 'band definitions; 四档 names four')
t(d.L('| 区委办') + d.L('| 区政府办') + d.L('| 区公安分局'), '95.0 A, 92.5 A, 84.0 B')
f(d.L('| 区城管局'), 'grade', 'must', '74.5 is C (60-79.9), called B')
f(d.L('| 区教育局'), 'grade', 'may', '90.0 is A (90分及以上), called B; but 90.0 stands for [89.95, 90.05] (SPEC §4), which meets B\'s band, so only may (corrected after round 1: first annotated must)')
f(d.L('### （二）加强车辆管理') + d.L('### （二）规范公务接待'), 'heading', 'must', '（二） again (should be （三）)')
f(d.L('以上为云峰区2023年度区本级“三公”经费决算公开说明') + d.L('# 云峰区2024年度区本级'), 'year', 'must', 'title 2024年度; the closing sentence calls this 云峰区2023年度区本级“三公”经费决算公开说明')

# ---- Round 2 (written after round 1's fixes, scored before any further fix) ----

# r01: PDF-like monthly revenue report
d, f, t = doc('r01-xiaoshan-district-2024-10-revenue.txt')
f(d.L('现将区财政局2023年1-10月财政收支执行情况通报') + d.L('萧山区2024年1-10月财政收支执行情况'), 'year', 'must',
  'title 2024年1-10月; the opening presents 区财政局2023年1-10月财政收支执行情况 (通报, no 如下)')
check(round(D('86.42') / D('106.00') * 100, 1) == D('81.5') and D('68.90') + D('17.52') == D('86.42') and round(D('68.90') / D('86.42') * 100, 1) == D('79.7'), 'revenue')
t(d.S('1-10月，全区一般公共预算收入累计完成86.42亿元，完成年度预算106.00亿元的81.5%，比上年同期增长3.8%。其中税收收入68.90亿元，占一般公共预算收入的79.7%；非税收入17.52亿元。'),
  '81.5% of budget (a percentage broken over lines); 86.42 = 68.90 + 17.52; 79.7%')
f(d.S('今年以来收入呈现三个特点：一是税收占比保持高位；二是房地产相关税收持续回落。'), 'count', 'must', '三个特点 but 一是…二是 lists two')
t(d.S('主要税种“两升一降”：增值税完成27.35亿元，增长5.1%；企业所得税完成12.48亿元，增长2.6%；土地增值税完成6.20亿元，下降18.3%。'), '两升一降: two up, one down')
check(round(D('102.75') / D('128.40') * 100, 1) == D('80.0'), 'spending')
t(d.S('1-10月，全区一般公共预算支出累计完成102.75亿元，完成年度预算128.40亿元的80.0%，同比增长6.2%。'), '102.75 / 128.40 = 80.0%')
f(d.L('（三）基金支出') + d.L('（一）基金收入'), 'heading', 'must', '（三） follows （一） under 二、 (across nothing but one paragraph)')
t(d.L('（二）支出执行'), '（二） under 一、 after a page break')
t(d.S('下阶段，区财政局将抓好组织收入、优化支出、防范风险三项重点工作，确保完成全年预算目标。'), '三项 with three named before it')

# r02: Markdown debt note
d, f, t = doc('r02-dongshan-county-2024-debt-notes.md')
check(D('20.00') + D('35.00') == D('55.00') and D('19.65') + D('35.20') == D('54.85') and D('35.20') > D('35.00'), 'table')
f(d.L('| 专项债务 | 35.00') + d.L('全县债务余额均在限额控制范围内'), 'debt', 'must', '专项 35.20 above its limit 35.00 in the table, while the text says 均在限额控制范围内')
t(d.L('| 一般债务 | 20.00') + d.L('| 合计 | 55.00'), '一般 under its limit; 合计 row adds up')
check(D('52.30') + D('6.80') - D('4.25') == D('54.85'), 'roll-forward')
f(d.L('2024年初全县债务余额为52.30亿元'), 'debt', 'must', 'roll-forward with 加…扣除…后: 52.30 + 6.80 - 4.25 = 54.85, stated 55.85')
f(d.L('2024年初全县债务余额为52.30亿元'), 'debt', 'may', 'the wrong year-end 55.85 as stated is above the 55.00 limit (a second reading of the same slip; added after round 2 was scored)')
t(d.L('2024年全县政府债券付息1.72亿元'), 'interest and rates')
f(d.L('债务资金主要投向四个领域'), 'count', 'must', '四个领域，即 five named (the 18 = 11 + 7 in brackets on the same line is right)')
check(D('54.85') + D('5.60') - D('3.35') == D('57.10'), 'projection')
t(d.L('预计到2025年底'), 'projection 54.85 + 5.60 - 3.35 = 57.10, its flows in brackets after it')

# r03: .docx department final accounts with a Word table of grades
d, f, t = doc('r03-hexi-education-bureau-2024-dept-final-accounts.docx')
f(d.L('本部门共有二级预算单位四个'), 'count', 'must', '四个，具体为： three named')
f(d.L('现将我局2023年度部门决算向社会公开') + d.L('河西区教育局2024年度部门决算'), 'year', 'must', 'title 2024年度部门决算; 现将我局2023年度部门决算向社会公开')
check(round(D('2115.60') / (D('48265.30') - D('2115.60')) * 100, 1) == D('4.6') and round(D('45820.10') / D('48265.30') * 100, 1) == D('94.9'), 'changes')
t(d.L('2024年度收入总计48,265.30万元') + d.L('2024年度财政拨款支出45,820.10万元'), '2115.60 / 46149.70 = 4.6%; 45820.10 / 48265.30 = 94.9%')
check(D('9.80') + D('2.80') == D('12.60'), '三公')
t(d.L('2024年度“三公”经费支出12.60万元'), '12.60 = 9.80 + 2.80')
f(d.L('五、绩效评价情况') + d.L('三、“三公”经费决算情况'), 'heading', 'must', '五、 follows 三、 under 第二部分')
t(d.L('本部门对4个项目开展了绩效评价'), 'band definitions (90分以上（含90分）为优秀、80分至89分为良好…); 4 projects in the table')
f(d.L('| 学生营养改善计划'), 'grade', 'must', '88.5 is 良好 (80-89), called 优秀')
t(d.L('| 中小学校舍维修') + d.L('| 家庭经济困难学生资助'), '92 优秀; 85.0 良好')
f(d.L('| 教师全员培训'), 'grade', 'must', '79.5 is 合格 (60-79, i.e. below 80), called 良好')

# r04: traditional township budget, ASCII punctuation
d, f, t = doc('r04-nanhu-town-2025-budget.txt')
f(d.L('南湖鎮共有行政村十二個'), 'count', 'must', '十二个 but eleven villages named after 分别是')
t(d.L('2024年鎮級預算執行情況良好'), '2024年镇级预算执行 is a topic; 102.7% names no base')
check(D('3420') - D('135') == D('3285') and round(D('135') / D('3285') * 100, 1) == D('4.1'), 'change')
t(d.L('2025年鎮級一般公共預算收入安排3,420萬元'), '3420 - 135 = 3285; 135 / 3285 = 4.1%')
f(d.L('截至2024年底,全鎮政府債務餘額1,860萬元'), 'debt', 'must', 'balance 1,860 above the limit 1,800 in the same sentence, which says 未超过')
f(d.L('三、績效管理情況') + d.L('三、政府債務情況'), 'heading', 'must', '三、 twice (should be 四、)')
f(d.L('自評得分為87分'), 'grade', 'must', '87分 is 良, called 优')
t(d.L('兩個項目自評得分分別為93分、81分'), '分别 pairing right: 93 优, 81 良; 两个 with two named')

write('Held-out set gen4: 10 invented disclosures (PDF-like text, .docx, traditional reposts, Markdown) testing debt, grade, count, year and heading. Format as ../../../shared/corpus/dev/expected.json; every finding and trap is re-derived in build_expected.py.')
