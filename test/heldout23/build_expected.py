#!/usr/bin/env python3
"""heldout23 (gen23). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Genres the earlier sets did not cover: a 专项债券项目 收益与融资自求平衡方案 (总投资 = 债券 + 资本金 + 其他, a
space-aligned 收益测算表, 覆盖倍数), a city's 住房公积金 年度报告 (缴存 / 提取 / 贷款 / 增值收益分配, many 占比 and 增长),
a village's 村级财务公开榜 as a .docx (a 收支情况表 with 上期结余 / 本期收入 / 本期支出 / 本期结余 in 元, a roll-forward
written out), a city's 医疗保障基金 预算执行 report (职工 / 居民医保, 累计结存, 医疗救助, 支付比例 in 个百分点), an
审计查出问题整改情况的报告 wrapped as pdftotext leaves it (问题个数, 涉及金额, 已整改 / 部分整改, 整改率), a county
政府工作报告's fiscal passages (review and targets, 左右, 年均增长, “四个聚焦”), a district 决算草案的报告 to a standing
committee (决算 against 调整预算 and 上年决算数, a debt roll-forward by kind) and a department's 部门整体支出绩效评价报告
as a .docx (一级指标 score table, stated 等级 bands, a project table with grades). Statements are located by a piece of
their text (../heldout-kit/expected_kit.py); every figure a finding or trap relies on is re-derived here with decimal
arithmetic. Run: node ../heldout-kit/make_docs.mjs . (from the repository root: node test/heldout-kit/make_docs.mjs
test/heldout23), then the .docx text with `budgetlint --print-text`, then python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm, half, chg_ok, chg_wrong, growth_ok, roll_off, diff_off  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)
DEFAULT = DEFAULT_BANDS


def mult_ok(stated, a, b):
    """a / b against a stated multiple (倍) rounded at its last digit."""
    return pct_ok(str(D(stated) * 100), a, b) or abs(D(a) / D(b) - D(stated)) <= half(stated)


# h01: a 专项债券项目 收益与融资自求平衡方案
d, f, t = doc('h01-qiaoyang-county-2025-industrial-park-special-bond-balance-plan.txt')
t(d.L('编制日期：2025年3月'), 'a date')
t(d.L('（桥发改投资〔2024〕156号）'), 'a document number')
f(d.L('项目建设内容包括四个部分'), 'count', 'must', '包括四个部分： with three named (标准化厂房、园区道路及管网、供配电设施)')
check(sm('15.40', '2.10', '1.10') == D('18.60'), 'area')
t(d.L('（五）建设期'), '24个月 and 15年 periods, 2025年1月 / 2026年12月 / 2027年至2041年 dates')
check(sm('46280', '5420', '2610', '4290') == D('58600'), 'invest')
check(D('58600') - D('55800') == D('2800') and chg_wrong('5.3', '2800', '58600') and pct('2800', '55800') == D('5.0'), 'vs fs')
f(d.L('（一）投资估算'), 'change', 'must',
  '2,800 / 55,800 = 5.0%, stated 增长5.3% (58,600 − 55,800 = 2,800 right; 46,280 + 5,420 + 2,610 + 4,290 = 58,600 right)')
check(sm('40000', '17600', '1000') == D('58600') and pct_ok('68.3', '40000', '58600') and pct_ok('30.0', '17600', '58600'), 'sources')
t(d.L('（二）资金筹措。项目总投资58,600万元'), '40,000 + 17,600 + 1,000 = 58,600 (the numbered lines below)')
t(d.L('1.申请专项债券资金40,000万元'), '40,000 / 58,600 = 68.26% → 68.3')
t(d.L('2.项目资本金17,600万元'), '17,600 / 58,600 = 30.03% → 30.0')
t(d.L('3.其他资金（银行贷款）1,000万元'), 'the third source')
check(off('17600', '11600', '7000') and sm('11600', '7000') == D('18600'), 'capital')
f(d.L('项目资本金17,600万元，其中县财政预算安排'), 'sum', 'must', '资本金 17,600, but 11,600 + 7,000 = 18,600 (more than the total); 20% a threshold')
check(sm('25000', '15000') == D('40000'), 'issue')
t(d.L('专项债券资金40,000万元分两年发行'), '25,000 + 15,000 = 40,000; 15年 a term; 3.20% an assumed coupon')
t(d.L('（一）预测依据'), '18元, 2%, 60% / 75% / 90% and 2.5元 assumptions, no totals')
check(sm('86420', '11240', '4700') == D('102360') and pct_ok('84.4', '86420', '102360') and pct_wrong('11.9', '11240', '102360')
      and pct('11240', '102360') == D('11.0'), 'revenue')
f(d.L('（二）收入预测'), 'share', 'must', '物业服务收入 11,240 / 102,360 = 11.0%, stated 11.9% (86,420 + 11,240 + 4,700 = 102,360 and 84.4% right)')
t(d.L('（三）成本预测'), '24,220 alone (包括 four kinds with no amounts)')
check(D('102360') - D('24220') == D('78140'), 'net')
t(d.L('（四）净收益'), '102,360 − 24,220 = 78,140')
check(sm('28460', '35120', '38780') == D('102360') and sm('7020', '8240', '8960') == D('24220'), 'cols')
check(off('78140', '21440', '26680', '29820') and sm('21440', '26680', '29820') == D('77940'), 'net col')
check(D('28460') - D('7020') == D('21440') and D('35120') - D('8240') == D('26880') and D('38780') - D('8960') == D('29820'), 'rows')
t(d.L('2027—2031年'), '28,460 − 7,020 = 21,440')
f(d.L('2032—2036年'), 'sum', 'may', '净收益 26,680, but 35,120 − 8,240 = 26,880 (a difference across a row)')
t(d.L('2037—2041年'), '38,780 − 8,960 = 29,820')
f(d.L('合计            102,360'), 'sum', 'must', '净收益 column 合计 78,140, but 21,440 + 26,680 + 29,820 = 77,940 (营业收入 and 运营成本 columns add up)')
check(sm('40000', '19200') == D('59200') and D('25000') * D('0.032') == D('800') and D('15000') * D('0.032') == D('480')
      and (D('800') + D('480')) * 15 == D('19200'), 'debt service')
t(d.L('专项债券本息合计59,200万元'), '40,000 + 19,200 = 59,200; 800 and 480 a year for 15 years = 19,200')
check(mult_ok('1.32', '78140', '59200'), 'cover')
t(d.L('经测算，债券存续期内项目净收益78,140万元'), '78,140 / 59,200 = 1.3199 → 1.32倍; 1.2倍 a threshold')
check(mult_ok('1.19', '70326', '59200') and D('78140') * D('0.9') == D('70326'), 'stress')
t(d.L('压力测试'), '10个百分点 a difference of rates; 70,326 / 59,200 = 1.188 → 1.19倍; 5% an assumption; 1.25倍 unprovable')
t(d.L('（一）招商风险'), '11家 and 9.82万平方米 alone')
t(d.L('（桥天衡专审字〔2025〕第012号）'), 'a document number')
t(d.L('联系电话：0718-6623507'), 'a phone number')

# h02: a 住房公积金 年度报告
d, f, t = doc('h02-lanchuan-city-2024-housing-provident-fund-annual-report.md')
f(d.L('现将澜川市住房公积金2023年年度报告公布如下'), 'year', 'must', '2023年年度报告 under the 2024年年度报告 title (the figures are 2024\'s)')
check(13 + 7 + 7 == 27, 'committee')
t(d.L('（一）住房公积金管理委员会'), '13 + 7 + 7 = 27; 2次 a count; 2023年 / 2024年 plans named as such')
check(132 + 54 == 186, 'staff')
t(d.L('（二）住房公积金管理中心'), '132 + 54 = 186; 7个处（科） and 6个分中心 counts with no list')
check(growth_ok('6.2', '121.16', '128.64'), 'deposit')
t(d.L('（一）缴存。'), '128.64 / 121.16 = 106.17% → 6.2; units, people and 净增 figures alone')
check(chg_ok('9.9', '128.64', '1426.38'), 'cum')
t(d.L('截至2024年底，累计缴存总额1,426.38亿元'), '累计 1,426.38 up by this year\'s 128.64: 128.64 / 1,297.74 = 9.91% → 9.9; 7.4% on an unstated base')
check(pct_ok('74.8', '96.28', '128.64'), 'withdraw')
t(d.L('（二）提取。'), '96.28 / 128.64 = 74.84% → 74.8; 4.1个百分点 a difference of shares; 12.4% on an unstated base')
check(sm('71.42', '24.86') == D('96.28') and pct_ok('74.2', '71.42', '96.28') and pct_ok('25.8', '24.86', '96.28')
      and sm('46.18', '8.64', '14.82') == D('69.64'), 'kinds')
t(d.L('提取额中，住房消费类提取71.42亿元'), '71.42 + 24.86 = 96.28; 74.18% → 74.2 and 25.82% → 25.8 (分别为…和…); '
  'the 住房消费类 其中 list 69.64 of 71.42 may be partial')
check(chg_ok('6.2', '1.46', '24.86') and chg_wrong('6.2', '1.46', '24.86', down=True), 'non-housing')
f(d.L('非住房消费类提取24.86亿元，比上年减少1.46亿元'), 'direction', 'must',
  '比上年减少1.46亿元 with 增长6.2% (1.46 / 23.40 = 6.2% is a rise; as a fall it would be 5.5%)')
check(sm('61.26', '7.20') == D('68.46') and pct_ok('89.5', '61.26', '68.46') and pct_ok('10.5', '7.20', '68.46'), 'loans')
t(d.L('1．个人住房贷款。'), '61.26 + 7.20 = 68.46; 89.48% → 89.5; 10.52% → 10.5; 8.4% and 3.2% (分别) on unstated bases')
check(D('68.46') - D('42.18') == D('26.28') and chg_ok('6.5', '26.28', '428.36') and pct_ok('88.1', '428.36', '486.20'), 'balance')
t(d.L('截至2024年底，累计发放个人住房贷款38.64万笔'), '68.46 − 42.18 = 26.28; 26.28 / 402.08 = 6.54% → 6.5; 428.36 / 486.20 = 88.10%; '
  '0.7个百分点 a difference of rates')
check(pct_ok('83.1', '1.18', '1.42') and pct_wrong('42.6', '0.52', '1.42') and pct('0.52', '1.42') == D('36.6')
      and pct_wrong('42.6', '0.52', '1.18'), 'groups')
f(d.L('2．支持重点群体'), 'share', 'must', '新市民、青年人 0.52 / 1.42万笔 = 36.6% of 发放笔数, stated 42.6% (83.1% right; 0.52 / 1.18 = 44.1% would not fit either)')
check(sm('3.42', '22.60', '36.16') == D('62.18'), 'deposits')
t(d.L('（四）资金存储'), '3.42 + 22.60 + 36.16 = 62.18')
check(sm('1.36', '13.22', '0.04') == D('14.62'), 'income')
t(d.L('（一）业务收入'), '1.36 + 13.22 + 0.04 = 14.62; 5.8% on an unstated base')
check(sm('7.06', '0.12', '0.28', '0.02') == D('7.48'), 'outlay')
t(d.L('（二）业务支出'), '7.06 + 0.12 + 0.28 + 0.02 = 7.48')
check(D('14.62') - D('7.48') == D('7.14'), 'gain')
t(d.L('（三）增值收益。'), '14.62 − 7.48 = 7.14; 4.1% on an unstated base; 增值收益率 1.52% of an unstated mean balance')
check(off('7.14', '0.43', '1.12', '5.69') and sm('0.43', '1.12', '5.69') == D('7.24'), 'distribution')
f(d.L('（四）增值收益分配'), 'sum', 'must', '分配增值收益 7.14, but 0.43 + 1.12 + 5.69 = 7.24 (more than the total)')
check(chg_wrong('6.2', '0.43', '8.62') and pct('0.43', '8.19') == D('5.3') and pct_ok('2.01', '8.62', '428.36'), 'reserve')
f(d.L('贷款风险准备金余额8.62亿元'), 'change', 'must', '0.43 / (8.62 − 0.43 = 8.19) = 5.3%, stated 增长6.2% (2.01% of 428.36 right)')
check(sm('0.62', '0.16', '0.28') == D('1.06'), 'admin')
t(d.L('（五）管理费用支出'), '0.62 + 0.16 + 0.28 = 1.06; 2.8% on an unstated base')
check(abs(D('860') / D('4283600') * 1000 - D('0.20')) < D('0.005'), 'overdue')
t(d.L('个人住房贷款逾期额860万元'), '860万元 / 428.36亿元 = 0.20‰ (per mille)')
check(sm('24.6', '18.2', '1.4', '6.8', '42.6', '2.1', '2.8', '1.5') == D('100.0') and sm('97.2', '2.8') == D('100.0'), 'mix')
t(d.L('缴存职工中，国家机关和事业单位占24.6%'), 'eight shares add to 100.0; 97.2 + 2.8 = 100.0; 42.6% here is another share than line 2．')
t(d.L('澜川市住房公积金管理中心　2025年3月28日'), 'a date')
t(d.L('服务热线：12329'), 'a hotline number and a street number')

# h03: a 村级财务公开榜 as a .docx
d, f, t = doc('h03-liutang-village-2024-q4-finance-disclosure.docx')
t(d.L('公开时间：2025年1月10日至2025年1月25日'), 'dates (the title is 2024年第四季度)')
t(d.L('柳塘村辖8个村民小组'), '8, 612 and 2,186 alone')
q_in = ['42600.00', '86000.00', '0.00', '186240.00', '13800.00']
y_in = ['168400.00', '344000.00', '52800.00', '628380.00', '52800.00']
q_out = ['18420.00', '96486.40', '162810.00', '20800.00']
y_out = ['72660.00', '386216.18', '658420.00', '55400.36']
check(sm(*q_in) == D('328640.00') and sm(*q_out) == D('298516.40') and sm(*y_out) == D('1172696.54'), 'table')
check(off('1264380.00', *y_in) and sm(*y_in) == D('1246380.00'), 'year income')
t(d.L('| 上期结余 |'), 'opening balances of the quarter and of the year')
f(d.L('| 一、本期收入合计 |'), 'sum', 'must', '本年累计 收入合计 1,264,380.00, but its five rows add to 1,246,380.00 (the 本季度 column 328,640.00 adds up)')
for label in ['| 1.经营收入 |', '| 2.发包及上交收入 |', '| 3.投资收益 |', '| 4.补助收入 |', '| 5.其他收入 |',
              '| 1.经营支出 |', '| 2.管理费用 |', '| 3.公益支出 |', '| 4.其他支出 |']:
    t(d.L(label), 'a row of the 收支情况表')
t(d.L('| 二、本期支出合计 |'), '298,516.40 and 1,172,696.54 both add up')
check(not roll_off('216543.96', '186420.36', '328640.00', '298516.40') and not roll_off('216543.96', '142860.50', '1246380.00', '1172696.54')
      and roll_off('216543.96', '142860.50', '1264380.00', '1172696.54'), 'table roll')
f(d.L('| 三、本期结余 |'), 'sum', 'may',
  'the 本年累计 column: 142,860.50 + 1,264,380.00 − 1,172,696.54 = 234,543.96, stated 216,543.96 (the 收入合计 slip; with the rows\' 1,246,380.00 it fits; the quarter column fits)')
check(D('328640.00') - D('298516.40') == D('30123.60') and chg_ok('13.2', '38420.00', '328640.00'), 'quarter')
t(d.L('本季度收入328,640.00元，支出298,516.40元'), '328,640.00 − 298,516.40 = 30,123.60; 38,420 / 290,220 = 13.24% → 13.2')
check(roll_off('216453.96', '186420.36', '328640.00', '298516.40'), 'text roll')
f(d.L('资金结存情况'), 'sum', 'must', '186,420.36 + 328,640.00 − 298,516.40 = 216,543.96 (加…减… written out), stated 本期结余216,453.96')
f(d.L('资金结存情况'), 'conflict', 'may', '本期结余 216,453.96 in the text, 216,543.96 in 表1')
check(sm('120000.00', '66240.00') == D('186240.00'), 'grants')
t(d.L('（一）补助收入186,240.00元'), '120,000.00 + 66,240.00 = 186,240.00')
check(pct_wrong('36.2', '96486.40', '298516.40') and pct('96486.40', '298516.40') == D('32.3')
      and sm('58200.00', '14286.40', '2400.00', '21600.00') == D('96486.40'), 'admin')
f(d.L('（二）管理费用96,486.40元'), 'share', 'must', '管理费用 96,486.40 / 298,516.40 = 32.3%, stated 占本期支出的36.2% (its four parts add to 96,486.40)')
check(pct_ok('54.5', '162810.00', '298516.40'), 'public')
t(d.L('（三）公益支出162,810.00元'), '162,810.00 / 298,516.40 = 54.54% → 54.5')
check(sm('51840.00', '34560.00') == D('86400.00') and pct_ok('60.0', '51840.00', '86400.00'), 'yishi')
t(d.L('本季度实施一事一议项目2个'), '2个：村道硬化和路灯安装 (two); 51,840 + 34,560 = 86,400; 60.0%')
check(off('126800.00', '98600.00', '31200.00') and sm('98600.00', '31200.00') == D('129800.00') and sm('22400.00', '12600.00') == D('35000.00'), 'debts')
f(d.L('截至2024年12月31日，应收款项38,600.00元'), 'sum', 'must',
  '应付款项 126,800.00, but 98,600.00 + 31,200.00 = 129,800.00 (more than the total); 应收 35,000 of 38,600 may be partial')
t(d.L('村务监督委员会成员3人'), '3人 with three names')
f(d.L('民主理财小组5人'), 'count', 'must', '5人 with four named (组长刘长林, 成员陈桂芳、王守成、赵小军)')
t(d.L('可在公开之日起15日内'), 'a deadline')
t(d.L('监督电话：0739-4462158'), 'a phone number')

# h04: a 医疗保障基金 预算执行 report
d, f, t = doc('h04-linxi-city-2024-medical-security-fund-budget-execution.txt')
t(d.L('（2025年4月）'), 'a date')
check(sm('68.24', '218.18') == D('286.42'), 'insured')
t(d.L('2024年末，全市基本医疗保险参保人数286.42万人'), '68.24 + 218.18 = 286.42; 96.8% of an unstated population; 2.86：1 a ratio')
check(pct_ok('101.6', '62.48', '61.50') and sm('38.62', '23.86') == D('62.48'), 'emp income')
t(d.L('（一）基金收入。2024年职工医保基金收入62.48亿元'), '62.48 / 61.50 = 101.59%; 38.62 + 23.86 = 62.48; 5.4% on an unstated base')
check(pct_ok('96.2', '54.86', '57.04') and not growth_ok('8.6', '51.24', '54.86') and pct(D('54.86') - D('51.24'), '51.24') == D('7.1'), 'emp exp')
f(d.L('（二）基金支出。2024年职工医保基金支出54.86亿元'), 'change', 'must',
  '54.86 against 上年的51.24亿元 is 7.1% up, stated 增长8.6% (54.86 / 57.04 = 96.2% right)')
check(sm('21.46', '8.12', '4.06') == D('33.64') and pct_ok('63.8', '21.46', '33.64') and pct_ok('24.1', '8.12', '33.64') and pct_ok('12.1', '4.06', '33.64'), 'pool')
t(d.L('统筹基金支出33.64亿元'), '21.46 + 8.12 + 4.06 = 33.64; 63.79 / 24.14 / 12.07')
check(D('62.48') - D('54.86') == D('7.62') and D('78.72') + D('7.62') == D('86.34'), 'emp bal')
t(d.L('（三）基金结余。2024年职工医保基金当年结余7.62亿元'), '62.48 − 54.86 = 7.62; 78.72 + 7.62 = 86.34; 52.18 a part; 18.6个月 unprovable')
check(sm('24.86', '52.42', '1.36') == D('78.64') and pct_wrong('69.4', '52.42', '78.64') and pct('52.42', '78.64') == D('66.7'), 'res income')
f(d.L('（一）基金收入。2024年居民医保基金收入78.64亿元'), 'share', 'must',
  '财政补助 52.42 / 78.64 = 66.7%, stated 占基金收入的69.4% (24.86 + 52.42 + 1.36 = 78.64 right; 670元 比上年增加30元 unprovable; 99.1% of an unstated budget)')
t(d.L('（二）基金支出。2024年居民医保基金支出81.26亿元'), '7.2% on an unstated base; 70.2% and 1.2个百分点 a rate and a difference of rates')
check(D('81.26') - D('78.64') == D('2.62') and roll_off('22.56', '24.18', '0', '2.62') and D('24.18') - D('2.62') == D('21.56'), 'res bal')
f(d.L('上年末累计结存24.18亿元'), 'sum', 'must', '24.18 − 2.62 = 21.56, stated 年末累计结存22.56 (收不抵支 81.26 − 78.64 = 2.62 right)')
check(chg_ok('8.2', '0.24', '3.18') and sm('0.86', '2.32') == D('3.18'), 'aid')
t(d.L('2024年全市医疗救助资金支出3.18亿元'), '0.24 / 2.94 = 8.16% → 8.2; 0.86 + 2.32 = 3.18; 12.46万人 and 38.62万人次 alone')
t(d.L('（一）支付方式改革'), '78家 alone; 86.4% of an unstated count')
check(38 + 6 + 22 == 66, 'supervision')
t(d.L('（二）基金监管'), '426家，其中 38 + 6 + 22 = 66: a partial list of sanctions; 1,862家 and 1.28亿元 alone')
f(d.L('（三）专项整治'), 'count', 'must', '三项专项整治 with 一是…四是… (four)')
check(growth_ok('5.3', '62.48', '65.80') and D('83.10') - D('82.40') == D('0.70'), 'budget25')
t(d.L('2025年职工医保基金收入预算65.80亿元'), '65.80 / 62.48 = 105.31% → 5.3 (2024年执行数 stated a page above); 83.10 − 82.40 = 0.70')
t(d.L('联系电话：0735-2268419'), 'a phone number')

# h05: an 审计查出问题整改情况的报告, wrapped as pdftotext leaves it
d, f, t = doc('h05-yunhe-county-2023-audit-rectification-report.txt')
t(d.L('——2024年12月24日在云禾县第十八届人民代表大会常务委员会第二十二次会议上'), 'a date and session numbers under a title naming 2023年度')
check(growth_ok('-26.8', '4.72', '3.46') and pct(D('3.46') - D('4.72'), '4.72') == D('-26.7'), 'yoy')
t(d.S('审计工作报告反映的问题主要集中在财政管理、部门预算执行、重点专项资金、政府投资项目、国有资产管理五个方面，共计5类68个问题，涉及金额3.46亿元。与上年审计查出问题金额4.72亿元相比，问题金额下降26.8%。'),
  '五个方面 with five named; 3.46 / 4.72 = 73.31%: −26.69%, and 26.8 is inside the interval of 3.46 / 4.72 (−26.51 … −26.88)')
check(61 + 5 + 2 == 68 and pct_ok('89.7', '61', '68') and pct_ok('91.9', '3.18', '3.46'), 'overall')
check(off('3.18', '0.62', '1.24', '0.56', '0.86') and sm('0.62', '1.24', '0.56', '0.86') == D('3.28'), 'ways')
f(d.S('已整改问题金额3.18亿元，占问题金额的91.9%，其中：上缴财政0.62亿元，促进资金拨付到位1.24亿元，归还原资金渠道0.56亿元，调账处理0.86亿元。'),
  'sum', 'must', '已整改问题金额 3.18, but 0.62 + 1.24 + 0.56 + 0.86 = 3.28 (more than the total); 3.18 / 3.46 = 91.9% right')
t(d.S('截至2024年11月30日，审计查出的68个问题中，已整改到位61个，整改率89.7%；'), '61 + 5 + 2 = 68; 61 / 68 = 89.71%')
check(14 + 21 + 18 + 9 + 6 == 68 and 13 + 19 + 15 + 8 + 6 == 61 and sm('12460', '8640', '7280', '4820', '1400') == D('34600'), 'sections')
check(13 + 1 == 14, 's1')
t(d.L('审计查出问题14个，涉及金额12,460万元'), '13 + 1 = 14; the sections\' counts add to 68 and amounts to 3.46亿元')
check(sm('3120', '700') == D('3820'), 's1b')
t(d.S('涉及金额3,820万元，县财政局已收回统筹3,120万元，剩余700万元已按规定拨付使用。'), '3,120 + 700 = 3,820 (3,1|20 cut by the page)')
t(d.L('（云财库〔2024〕8号）'), 'a document number')
check(pct_ok('90.5', '19', '21') and 19 + 2 == 21, 's2')
t(d.S('审计查出问题21个，涉及金额8,640万元，已整改19个，整改率90.5%，部分整改2个'), '19 / 21 = 90.48% → 90.5; 19 + 2 = 21')
f(d.L('（四）重点专项资金审计查出问题的整改情况'), 'heading', 'must', '（一）（二） then （四） under 二、 (（三） missing); （五）（六） follow')
check(pct_wrong('93.3', '15', '18') and pct('15', '18') == D('83.3') and 15 + 1 + 2 == 18, 's3')
f(d.S('审计查出问题18个，涉及金额7,280万元，已整改15个，整改率93.3%'), 'share', 'must', '整改率 15 / 18 = 83.3%, stated 93.3% (wrong even with the counts read as ±0.5: at most 88.6%) (15 + 1 + 2 = 18)')
check(8 + 2 == 10, 's4')
f(d.L('审计查出问题9个，涉及金额4,820万元'), 'sum', 'must', '问题9个, but 已整改8个 + 部分整改2个 = 10')
t(d.L('审计查出问题6个，涉及金额1,400万元'), '6 of 6: 100%')
check(68 - 61 == 7, 'left')
t(d.L('未整改到位的7个问题'), '68 − 61 = 7')
t(d.S('县审计局将从三个方面推进整改：一是建立整改台账，实行销号管理；二是加强跟踪检查，对整改不力的依规追责；三是推动审计成果运用，完善相关制度。'), '三个方面 with 一是…三是… (three), wrapped')

# h06: a 政府工作报告's fiscal passages
d, f, t = doc('h06-heting-county-2025-government-work-report-fiscal-excerpt.md')
t(d.L('> 2025年1月15日'), 'a date and session numbers')
t(d.L('全县地区生产总值完成286.4亿元'), '5.6% on an unstated base')
check(pct_ok('69.1', '12.86', '18.62') and pct_ok('80.3', '37.24', '46.38') and off('12.40', '2.60', '10.80') and sm('2.60', '10.80') == D('13.40'), 'fiscal')
f(d.L('**财政实力稳步增强。**'), 'sum', 'must',
  '新增政府债券 12.40, but 一般债券 2.60 + 专项债券 10.80 = 13.40 (69.1% and 80.3% right; 4.8% and 7.6% on unstated bases)')
check(chg_ok('18.7', '2.18', '9.46', down=True) and chg_wrong('18.7', '2.18', '9.46'), 'land')
f(d.L('国有土地使用权出让收入完成9.46亿元'), 'direction', 'must', '比上年减少2.18亿元 with 增长18.7% (2.18 / 11.64 = 18.7% is the size of a fall; 土地市场持续低迷)')
check(sm('41.26', '87.20') == D('128.46') and sm('40.86', '91.94') == D('132.80') and D('41.26') > D('40.86') and D('87.20') < D('91.94'), 'debt')
f(d.L('**债务风险有效防控。**'), 'debt', 'must',
  '一般债务余额 41.26 above 一般债务限额 40.86 (totals 128.46 under 132.80 and 专项 87.20 under 91.94; 103.4% of an unstated task)')
t(d.L('**民生保障持续加强。**'), '十件 with no list; 8.62亿元 alone; 228元 比上年增加20元 (208 → 228)')
r = (D('18.62') / D('13.80')) ** (D(1) / 5) - 1
check(abs(r * 100 - D('6.2')) < D('0.05') and pct(D('18.62') - D('13.80'), '13.80') == D('34.9'), 'cagr')
t(d.L('五年来，一般公共预算收入由2019年的13.80亿元增加到18.62亿元'), 'a compound mean: (18.62 / 13.80)^(1/5) = 1.0617 → 6.2% (34.9% over five years); 80%以上 a threshold')
t(d.L('2025年经济社会发展的主要预期目标是'), 'targets with 左右 and 以内: approximate, never arithmetic')
check(growth_ok('5.0', '18.62', '19.55'), 'rev25')
f(d.L('**（一）加强财政资源统筹。**'), 'count', 'must', '“四个聚焦” with three 聚焦 named (19.55 / 18.62 = 105.0% right)')
check(chg_wrong('11.9', '142', '1286', down=True) and pct('142', '1428') == D('9.9'), 'sangong')
f(d.L('**（二）坚持过紧日子。**'), 'change', 'must', '“三公” 142 / (1,286 + 142 = 1,428) = 9.9%, stated 下降11.9%; 10%以上 a threshold')
t(d.L('**（三）防范化解债务风险。**'), '三方面 with 一是…三是… (three)')
check(sm('12.48', '7.86', '1.30') == D('21.64'), 'sanbao')
t(d.L('**（四）兜牢“三保”底线。**'), '12.48 + 7.86 + 1.30 = 21.64')

# h07: a district 决算草案的报告 to a standing committee
d, f, t = doc('h07-chengjiang-district-2024-final-accounts-draft-report.txt')
t(d.L('——2025年7月22日在澄江区第三届人民代表大会常务委员会第二十六次会议上'), 'a date and session numbers')
f(d.L('现将澄江区2023年区级决算草案报告如下'), 'year', 'must', '2023年区级决算草案 under the 2024年 title (the figures are 2024\'s)')
check(pct_ok('100.7', '24.68', '24.50') and growth_ok('3.9', '23.76', '24.68') and pct_ok('68.2', '16.84', '24.68')
      and sm('16.84', '7.84') == D('24.68') and sm('24.68', '18.42', '6.80', '0.86', '3.34') == D('54.10'), 'gp rev')
check(chg_wrong('9.2', '0.68', '7.84', down=True) and pct('0.68', '8.52') == D('8.0'), 'nontax')
f(d.L('2024年区级一般公共预算收入决算数为24.68亿元'), 'change', 'must',
  '非税收入 0.68 / (7.84 + 0.68 = 8.52) = 8.0%, stated 下降9.2% (24.68 / 23.76 = 3.9%, 68.2%, 16.84 + 7.84 = 24.68, 收入总计 54.10 right; 100.7% of an unstated budget)')
check(sm('44.26', '1.86', '5.72', '1.20') == D('53.04') and D('54.10') - D('53.04') == D('1.06'), 'gp exp')
t(d.L('2024年区级一般公共预算支出决算数为44.26亿元'), '44.26 + 1.86 + 5.72 + 1.20 = 53.04; 54.10 − 53.04 = 1.06; 96.4% and 2.3% on unstated bases')
t(d.L('1.教育支出9.42亿元'), 'rates on unstated bases')
t(d.L('2.社会保障和就业支出7.86亿元'), 'rates on unstated bases')
t(d.L('3.卫生健康支出4.12亿元'), '4.12 here is 卫生健康支出, not the 农林水 budget below')
check(pct_wrong('91.3', '3.64', '4.12') and pct('3.64', '4.12') == D('88.3'), 'agri')
f(d.L('4.农林水支出3.64亿元'), 'change', 'must', '3.64 / 4.12 = 88.3%, stated 为调整预算4.12亿元的91.3%')
t(d.L('5.城乡社区支出5.28亿元'), '90.8% of an unstated budget')
t(d.L('2024年区级政府性基金预算收入决算数为12.36亿元'), 'rates on unstated bases; 10.84 a part of 12.36')
t(d.L('政府性基金预算支出决算数为16.48亿元'), '9.60 a part of 16.48')
check(sm('0.12', '0.30') == D('0.42'), 'soe')
t(d.L('2024年区级国有资本经营预算收入决算数为0.42亿元'), '0.12 + 0.30 = 0.42')
check(D('38.64') - D('36.18') == D('2.46'), 'si')
t(d.L('2024年区级社会保险基金收入决算数为38.64亿元'), '38.64 − 36.18 = 2.46; 年末滚存结余 alone')
check(sm('32.18', '54.24') == D('86.42') and sm('33.60', '56.00') == D('89.60') and D('86.42') < D('89.60'), 'debt')
t(d.L('2024年末，全区政府债务余额86.42亿元'), '32.18 + 54.24 = 86.42 under 89.60 = 33.60 + 56.00')
check(not roll_off('32.18', D('33.48') + D('1.20') + D('3.22'), '0', '5.72') and D('33.48') + D('1.20') + D('3.22') - D('5.72') == D('32.18')
      and D('32.18') < D('33.60'), 'general')
t(d.L('一般债务：年初余额33.48亿元'), '33.48 + 1.20 + 3.22 − 5.72 = 32.18 under 33.60; 5.72 the 债务还本支出 above')
check(D('47.16') + D('8.20') + D('2.40') - D('3.25') == D('54.51') and D('54.24') < D('56.00'), 'special')
f(d.L('专项债务：年初余额47.16亿元'), 'debt', 'must', '47.16 + 8.20 + 2.40 − 3.25 = 54.51 (再融资 stated), stated 年末余额54.24 (under its 限额 56.00)')
f(d.L('五、落实区人大决议和预算管理改革情况'), 'heading', 'must', '五、 twice (五、政府债务情况 then 五、落实区人大决议…; should be 六、)')
t(d.L('（二）全面实施预算绩效管理'), '136个 and 18个 projects, 6.42亿元 alone')
t(d.L('（三）加强财会监督'), '27个 all rectified')
t(d.L('附：澄江区2024年区级决算草案（另发）'), 'an annex title of the right year')

# h08: a 部门整体支出绩效评价报告 as a .docx
d, f, t = doc('h08-yunxiu-county-agriculture-2024-department-overall-performance-evaluation.docx')
t(d.L('云岫县财政局　2025年5月'), 'a date')
f(d.L('（二）机构设置'), 'count', 'must', '内设机构7个 with six named; 下属事业单位3个 with three (right)')
check(pct_ok('93.7', '13926.58', '14862.40') and sm('2186.42', '11740.16') == D('13926.58'), 'exec')
t(d.L('（三）预算执行情况'), '13,926.58 / 14,862.40 = 93.70%; 2,186.42 + 11,740.16 = 13,926.58')
t(d.L('（一）评价方法'), '一级指标4个 with four named in brackets; 10 and 26 with no list')
t(d.L('（二）等级划分'), 'the bands: 90分（含）以上 and the rest are thresholds; 四个等级 with four')
t(d.L('（三）评价组织'), 'dates')
check(band('88.80', DEFAULT) == '良' and sm('13.50', '22.80', '27.60', '24.90') == D('88.80'), 'overall')
f(d.L('经综合评价'), 'grade', 'must', '88.80分 is 良 under the bands stated above (90分（含）以上为优), called “优”')
check(pct_ok('90.0', '13.50', '15') and pct_ok('91.2', '22.80', '25') and pct_ok('92.0', '27.60', '30') and pct_ok('83.0', '24.90', '30')
      and pct_ok('88.8', '88.80', '100') and sm('15', '25', '30', '30') == D('100'), 'table1')
for label in ['| 决策 |', '| 过程 |', '| 产出 |', '| 效益 |']:
    t(d.L(label), 'a row: 得分 / 分值 right')
t(d.L('| 合计 | 100 |'), '15 + 25 + 30 + 30 = 100; 13.50 + 22.80 + 27.60 + 24.90 = 88.80; 88.8%')
check(D('15') - D('13.50') == D('1.50'), 'decision')
t(d.L('（一）决策指标'), '15 − 13.50 = 1.50 扣分')
t(d.L('（二）过程指标'), '100% alone')
check(sm('11.40', '7.20', '4.50', '4.50') == D('27.60') and sm('12', '8', '5', '5') == D('30') and pct_ok('104.0', '5.2', '5'), 'output')
t(d.L('（三）产出指标'), '11.40 + 7.20 + 4.50 + 4.50 = 27.60; 12 + 8 + 5 + 5 = 30; 5.2 / 5 = 104.0%; 3.4个百分点 a difference of rates')
check(off('24.90', '6.40', '8.60', '4.80', '5.30') and sm('6.40', '8.60', '4.80', '5.30') == D('25.10') and sm('8', '10', '6', '6') == D('30')
      and pct_ok('95.3', '286', '300'), 'benefit')
f(d.L('（四）效益指标'), 'sum', 'must', '效益 得分 24.90, but 6.40 + 8.60 + 4.80 + 5.30 = 25.10 (分值 8 + 10 + 6 + 6 = 30 right; 286 / 300 = 95.3% right)')
check(7 + 9 + 3 == 19, 'projects')
f(d.L('2024年，部门对管理的18个重点项目开展了绩效评价'), 'sum', 'must', '18个重点项目, but 优7 + 良9 + 中3 = 19 (more than the total)')
for label, s, g in [('| 高标准农田建设 |', '92.5', '优'), ('| 耕地地力保护补贴 |', '95.0', '优'), ('| 动物防疫补助 |', '84.6', '良'),
                    ('| 农村人居环境整治 |', '79.5', '中'), ('| 种业振兴行动 |', '80.0', '良')]:
    check(band(s, DEFAULT) == g, label)
    t(d.L(label), '%s is %s' % (s, g) + (' (80分（含）: the lower edge of 良)' if s == '80.0' else ''))
check(band('89.5', DEFAULT) == '良', 'tech')
f(d.L('| 基层农技推广体系建设 |'), 'grade', 'must', '89.5 is 良 under the stated bands, called 优 in 表2')
t(d.L('一是部分项目绩效目标设置不够科学'), '一是…三是… with no stated count')
t(d.L('（三）强化评价结果应用'), '2026年 a later budget year')

write('heldout23 (gen23): eight invented documents in genres the earlier sets did not cover: a 专项债券项目 收益与融资自求平衡方案, '
      'a 住房公积金 年度报告, a 村级财务公开榜 (.docx), a 医疗保障基金 预算执行 report, an 审计查出问题整改情况的报告 wrapped by '
      'pdftotext, a 政府工作报告\'s fiscal passages, a 决算草案的报告 to a standing committee and a 部门整体支出绩效评价报告 (.docx); '
      'written blind', trim_traps=True)
