#!/usr/bin/env python3
"""heldout12 (gen12). Writes expected.json from the table below (format of
../shared/corpus/dev/expected.json).

Statements are located by a piece of their text: W(piece) is every physical line the piece spans
when the file's whitespace is ignored (pdftotext -layout pads and wraps, a viewer copy breaks a
figure across lines and puts a page number between its halves), L(piece) the one line holding a
short piece such as a table row's name, E(cell) a line that is exactly one cell (plain pdftotext
puts each cell on a line of its own). Every figure a finding or trap relies on is re-derived with
decimal arithmetic (check()). Run: python3 build_expected.py"""
import os
import re
import sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import check, kit  # noqa: E402

Doc, ROWS, doc_, lines_of, write = kit(here)


def W(d, piece, nth=1):
    """Lines spanned by `piece` with all whitespace (and form feeds) ignored on both sides."""
    if not hasattr(d, '_w'):
        d._w, d._wo = '', []
        for i, l in enumerate(d.lines):
            for ch in l:
                if not ch.isspace():
                    d._w += ch
                    d._wo.append(i + 1)
    p = re.sub(r'\s+', '', piece)
    at = -1
    for _ in range(nth):
        at = d._w.find(p, at + 1)
        assert at >= 0, (d.name, piece)
    if nth == 1:
        assert d._w.find(p, at + 1) < 0, (d.name, 'not unique', piece)
    return sorted(set(d._wo[at:at + len(p)]))


def doc(name):
    d, f, t = doc_(name)
    d.W = lambda piece, nth=1: W(d, piece, nth)
    return d, f, t


def pct(a, b, places=1):
    return round(D(a) / D(b) * 100, places)


# ---- Round 1 (written blind, before reading the reading/relations code) ----

# t01: pdftotext -layout of a chromium-printed department budget
d, f, t = doc('t01-qingxi-culture-tourism-2025-dept-budget.txt')
f(d.W('所属事业单位3个，分别为：县图书馆、县文化馆、县博物馆、县非物质文化遗产保护中心。'), 'count', 'must',
  '所属事业单位3个，分别为 four named (the count and its list wrap across two layout lines)')
t(d.W('本局设办公室、公共服务股、产业发展股、市场管理股4个内设机构'), 'four named before 4个内设机构')
check(D('3486.20') - D('186.20') == D('3300.00') and pct('186.20', '3300.00') == D('5.6'), 'revenue change')
check(D('2968.40') + D('420.00') + D('97.80') == D('3486.20'), 'revenue parts')
t(d.W('2025年收入预算总计3,486.20万元，比上年增加186.20万元，增长5.6%，其中一般公共预算拨款2,968.40万元，政府性基金拨款420.00万元，事业收入97.80万元。'),
  '186.20 / 3300.00 = 5.6%; 2968.40 + 420.00 + 97.80 = 3486.20')
check(D('2958.65') + D('226.75') + D('203.00') + D('97.80') == D('3486.20'), 'table 1 spending')
t(d.L('收入总计') + d.L('一般公共预算拨款            2,968.40'), 'table 1 columns add up in the layout text: 2958.65 + 226.75 + 203.00 + 97.80 = 3486.20')
check(round(D('212.40') / (D('2968.40') - D('212.40')) * 100, 1) == D('7.7'), 'gpb change')
f(d.W('2025年一般公共预算拨款支出2,968.40万元，比上年增加212.40万元，增长8.4%。'), 'change', 'must',
  '212.40 / (2968.40 - 212.40 = 2756.00) = 7.7%, stated 8.4%')
check(pct('1850.75', '2968.40') == D('62.3'), 'basic share')
f(d.W('基本支出1,850.75万元，占64.2%'), 'share', 'must', '1850.75 / 2968.40 = 62.3%, stated 64.2%')
check(pct('1117.65', '2968.40') == D('37.7'), 'project share')
t(d.W('项目支出1,117.65万元，占37.7%，用于保障公共文化场馆免费开放和文物保护等项目。项目支出占比较上年提高2.1个百分点。'),
  '1117.65 / 2968.40 = 37.7% (the figure and its unit 万元 split over two layout lines); 2.1个百分点 names no prior share')
f(d.W('文物保护支出348.50万元') + d.L('2070204'), 'conflict', 'must',
  'text 文物保护支出348.50 against the table row 2070204 文物保护 384.50 (the row name wraps in three layout lines)')
t(d.W('图书馆支出436.20万元') + d.W('群众文化支出905.60万元'), '436.20 and 905.60 as in the table')
check(D('298.40') + D('173.80') == D('472.20'), 'row')
f(d.L('2070104 图书馆'), 'sum', 'must', 'row 图书馆 合计 436.20 but 基本 298.40 + 项目 173.80 = 472.20')
check(D('173.80') + D('595.35') + D('384.50') == D('1153.65'), 'project column')
f(d.L('合计                                    2,968.40'), 'sum', 'may', 'the 项目支出 column adds to 1153.65 against 1117.65 in 合计, the same slip')
check(D('812.35') + D('436.20') + D('905.60') + D('384.50') + D('226.75') + D('203.00') == D('2968.40') and D('310.25') + D('595.35') == D('905.60'), 'rows')
t(d.L('2070101 行政运行') + d.L('2070109 群众文化') + d.L('2080505') + d.L('2210201'), 'rows that add up; the codes are not figures')
t(d.L('—1—') + d.L('—2—'), 'page numbers')
f(d.L('五、“三公”经费预算情况') + d.L('三、一般公共预算拨款支出情况'), 'heading', 'must', '五、 after 三、 (四、 missing; the table captions between are not headings)')
check(D('18.20') + D('10.40') == D('28.60'), 'sangong')
t(d.W('2025年“三公”经费预算28.60万元，其中因公出国（境）费0万元，公务用车购置及运行维护费18.20万元，公务接待费10.40万元，与上年预算持平。'),
  '28.60 = 0 + 18.20 + 10.40; 持平 names no figure')

# t02: plain pdftotext (one cell per line, the two-sided table read column by column)
d, f, t = doc('t02-songling-town-2024-dept-final-accounts.txt')
f(d.W('现将松岭镇人民政府2023年度部门决算公开如下') + d.L('松岭镇人民政府2024年度部门决算'), 'year', 'must', 'title 2024年度部门决算; the opening 2023年度部门决算公开如下')
f(d.W('镇政府内设机构五个：党政办公室、经济发展办公室、社会事务办公室、平安建设办公室、自然资源和规划建设办公室、综合行政执法队。'),
  'count', 'must', '五个 but six named after the colon')
check(pct('1862.37', '2115.87') == D('88.0') and D('1862.37') + D('215.00') + D('38.50') == D('2115.87'), 'share')
t(d.W('2024年度本年收入合计2,115.87万元，其中一般公共预算财政拨款收入1,862.37万元，占88.0%。'), '1862.37 / 2115.87 = 88.0%')
check(D('702.18') + D('311.46') + D('486.90') + D('615.33') == D('2115.87'), 'spending')
t(d.E('1,862.37 一般公共服务支出') + d.E('215.00 社会保障和就业支出') + d.E('38.50 城乡社区支出') + d.E('2,115.87 本年支出合计') + d.E('615.33') + d.E('486.90'),
  'the 收入/支出 table read down in pieces: both columns add to 2115.87')
check(round((D('4.15')) / (D('31.45') + D('4.15')) * 100, 1) == D('11.7') and pct('31.45', '36.00') == D('87.4'), 'sangong change')
f(d.W('比上年减少4.15万元，下降12.3%'), 'change', 'must', '4.15 / (31.45 + 4.15 = 35.60) = 11.7%, stated 12.3% (87.4% = 31.45 / 36.00 before it is right)')
f(d.W('其中公务用车运行维护费23.58万元') + d.E('23.85', 2), 'conflict', 'must', 'text 公务用车运行维护费23.58 against the table 23.85 (read one cell per line)')
check(round(D('1.20') / (D('7.60') + D('1.20')) * 100, 1) == D('13.6'), 'reception')
t(d.W('公务接待费决算7.60万元，比上年减少1.20万元，下降13.6%。'), '1.20 / 8.80 = 13.6%')
check(D('0.00') + D('26.00') + D('12.00') == D('38.00') and D('8.00') + D('18.00') == D('26.00'), 'budget column')
f(d.E('36.00'), 'sum', 'must', '预算数 合计 36.00 but 0.00 + 26.00 + 12.00 = 38.00 (the table read one cell per line)')
check(D('0.00') + D('23.85') + D('7.60') == D('31.45'), 'final column')
t(d.E('31.45') + d.E('7.60') + d.E('8.00') + d.E('18.00'), '决算数 31.45 = 0 + 23.85 + 7.60; 26.00 = 8.00 + 18.00')
f(d.W('部门整体支出绩效自评得分86.5分，评价等级为“优”。'), 'grade', 'must', '86.5 is 良, called 优 (the grade word wraps to the next line)')
t(d.W('主要用于3辆公务用车的燃油、维修和保险'), 'a count of cars, nothing to check')

# t03: copied out of a PDF viewer, hard breaks inside figures, page furniture between
d, f, t = doc('t03-baisha-market-regulation-2024-sangong-final-accounts.txt')
check(D('12.30') + D('78.65') + D('35.50') == D('126.45') and pct('126.45', '140.00') == D('90.3'), 'total')
t(d.W('2024年度“三公”经费财政拨款支出决算为126.45万元，完成预算的90.3%'), '126.45 broken as 126.4 / 5万元 and 90.3% as 9 / 0.3%; 126.45 / 140.00 = 90.3%')
check(round(D('18.35') / (D('126.45') + D('18.35')) * 100, 1) == D('12.7'), 'change')
f(d.W('比上年减少18.35万元，下降11.8%'), 'change', 'must', '18.35 / 144.80 = 12.7%, stated 11.8% (broken as 1 / 1.8%)')
f(d.W('决算数小于预算数的主要原因有三个：一是严格执行公务用车使用管理规定，压减车辆运行费用；二是从严控制国内公务接待的批次和人数。'),
  'count', 'must', '三个 but 一是…二是 lists two')
check(pct('12.30', '126.45') == D('9.7'), 'share abroad')
t(d.W('（一）因公出国（境）费决算12.30万元，占“三公”经费的9.7%，全年组织因公出国（境）团组1个，累计3人次'), '12.30 / 126.45 = 9.7%; 1个 团组 and 3人次 are counts')
check(D('35.00') + D('34.65') == D('69.65'), 'cars')
f(d.W('（二）公务用车购置及运行维护费78.65万元，其中：公务用车购置费35.00万元，更新执法执勤用车2辆；公务用车运行维护费34.65万元'),
  'sum', 'must', '78.65 but 购置 35.00 + 运行维护 34.65 = 69.65 (a complete partition; the line breaks inside 公务用车)')
check(pct('35.50', '126.45') == D('28.1'), 'share reception')
f(d.W('（三）公务接待费35.50万元，占“三公”经费的31.5%。'), 'share', 'must', '35.50 / 126.45 = 28.1%, stated 31.5%')
t(d.W('全年国内公务接待86批次，接待人次1,0') + d.L('— 7 —') + d.W('24人次，主要是接待上级部门'), '1,024人次 broken by a running head and page number; counts, nothing to check')
t(d.L('— 6 —') + d.L('白沙区市场监督管理局2024年度部门决算', 1), 'page furniture')
check(12 + 2 == 14, 'cars count')
t(d.W('2024年“三公”经费年初预算140.00万元，决算数为预算数的90.3%。截至2024年12月31日，本局共有公务用车14辆，其中执法执勤用车12辆、应急保障用车2辆。'),
  '126.45 / 140.00 = 90.3%; 14 = 12 + 2')

# t04: web page paste: full-width prose, a tab-separated table
d, f, t = doc('t04-heyang-city-2024-debt-notes.txt')
check(D('152.60') + D('248.30') == D('400.90') and D('144.40') + D('242.02') == D('386.42'), 'limits')
check(D('386.42') - D('343.95') == D('42.47') and pct('42.47', '343.95') == D('12.3'), 'change')
t(d.W('经省人民政府批准，２０２４年全市政府债务限额４００．９０亿元'), 'full-width: 400.90 = 152.60 + 248.30')
t(d.W('截至２０２４年末，全市政府债务余额３８６．４２亿元'), 'full-width: 386.42 = 144.40 + 242.02, each under its limit; 42.47 / 343.95 = 12.3% (the change is the total\'s, not 专项\'s)')
check(pct('242.02', '386.42') == D('62.6') and pct('144.40', '386.42') == D('37.4'), 'shares')
f(d.W('从结构看，专项债务余额占全市债务余额的６２．６％，一般债务余额占比为３８．４％。'), 'share', 'must',
  '一般债务 144.40 / 386.42 = 37.4%, stated 38.4% (62.6% for 专项 before it is right; full-width digits)')
t(d.W('全市政府债务率为１１２．６％，较上年下降３．２个百分点。'), 'a rate and a change in points with no prior figure')
check(D('138.25') + D('12.40') + D('8.60') - D('14.85') == D('144.40') and D('205.70') + D('43.80') + D('14.20') - D('21.68') == D('242.02'), 'identity by kind')
t(d.L('2024年债务限额\t') + d.L('2023年末债务余额') + d.L('2024年新增债券发行额') + d.L('2024年再融资债券发行额'), 'tab-separated rows that add across; each kind rolls forward')
check(D('14.85') + D('21.68') == D('36.53'), 'repay row')
f(d.L('2024年偿还到期本金'), 'sum', 'must', 'the tab-separated row: 14.85 + 21.68 = 36.53, 合计 35.53')
check(D('343.95') + D('56.20') + D('22.80') - D('35.53') == D('387.42'), 'total identity')
f(d.L('2024年偿还到期本金') + d.L('2024年末债务余额'), 'debt', 'may', 'the 合计 column does not roll forward with 35.53 (343.95 + 56.20 + 22.80 - 35.53 = 387.42 against 386.42), the same slip')
check(D('122.36') > D('120.50') and D('68.20') + D('15.40') - D('6.35') == D('77.25'), 'city level')
f(d.W('市本级２０２４年债务限额１２０．５０亿元，年末债务余额１２２．３６亿元。'), 'debt', 'must', '市本级 balance 122.36 above its limit 120.50 (full-width)')
f(d.W('市本级专项债务年初余额６８．２０亿元，本年发行专项债券１５．４０亿元，偿还到期本金６．３５亿元，年末余额７８．２５亿元。'), 'debt', 'must',
  '68.20 + 15.40 - 6.35 = 77.25, stated 78.25 (full-width)')
f(d.W('２０２４年新增专项债券资金投向七个领域：交通基础设施、市政和产业园区基础设施、保障性安居工程、社会事业、农林水利、生态环保，共支持项目６３个。'),
  'count', 'must', '七个领域 but six named')
t(d.W('２０２４年全市政府债务付息９．８６亿元，发行费用０．１２亿元，均已足额支付。'), 'interest and fees, nothing to check')

# t05: amounts in Chinese numerals beside digits
d, f, t = doc('t05-dongxi-agriculture-2024-farmland-performance.txt')
check(800 + 250 + 150 == 1200, 'funds')
t(d.W('年度预算资金一千二百万元，其中中央补助资金八百万元、省级补助资金二百五十万元、县级配套资金一百五十万元。'), '一千二百 = 八百 + 二百五十 + 一百五十')
f(d.W('涉及六个乡镇，分别为：青石镇、柳河镇、大坪乡、双溪乡、白马镇。'), 'count', 'must', '六个乡镇，分别为 five named (二万三千亩 before it is an area)')
check(pct('1180', '1200') == D('98.3'), 'arrival')
t(d.W('项目实际到位资金1,180万元，资金到位率98.3%。'), '1180 / 1200 = 98.3% (the base in Chinese numerals)')
check(980 + 120 + 60 == 1160, 'spending')
f(d.W('实际支出一千一百五十万元，其中工程建设支出九百八十万元、勘察设计及监理支出一百二十万元、其他支出六十万元。'), 'sum', 'must',
  '一千一百五十 but 九百八十 + 一百二十 + 六十 = 一千一百六十 (more than the total)')
t(d.W('亩均投入较上年增加三百元。'), 'a change with no base')
t(d.W('新建和改造灌排渠道四十二点五公里，新建机耕道十八公里，完成年度目标。经测算，项目区粮食亩均产能提高约五十公斤。'), 'lengths and an approximate yield')
check(D('9.8') + D('42.0') + D('27.2') + D('9.5') == D('88.5'), 'scores')
f(d.W('本项目自评总分88.5分，其中预算执行率9.8分、产出指标42.0分、效益指标27.2分、满意度指标9.5分，自评等级为“优”。'), 'grade', 'must',
  '88.5 is 良 under the bands the same sentence states (良：80分至89.9分), called 优; the four scores add to 88.5')
t(d.W('2023年度本项目自评得分91.0分，等级为“优”。'), '91.0 优')
f(d.W('本项目年度预算资金1,250万元') + d.W('2024年度高标准农田建设项目年度预算资金一千二百万元'), 'conflict', 'must',
  '年度预算资金 1250 against 一千二百万元 (1200) for the same project and year')

# t06: site copy, separators as spaces or none, 亿元 and 万元 mixed
d, f, t = doc('t06-nanpu-district-2024-budget-report.txt')
f(d.W('现将南浦区2023年预算执行情况和2025年预算草案提请') + d.L('关于南浦区2024年预算执行情况和2025年预算草案的报告'), 'year', 'must',
  'the report is on 2024年预算执行情况 (title); the opening presents 2023年预算执行情况')
check(D('33.856') + D('11.76') == D('45.616'), 'revenue')
t(d.W('全区一般公共预算收入完成45.62亿元，为预算的101.2%，增长4.5%。'), '45.62 ≈ 338 560万元 (33.856亿) + 11.76亿 = 45.616; rates with no base')
check(round((D('33.856') / D('31.20') - 1) * 100, 1) == D('8.5'), 'tax')
f(d.W('其中税收收入338 560万元，比上年的31.20亿元增长6.8%'), 'change', 'must', '338 560万元 (space as thousands separator) = 33.856亿 against 31.20亿: +8.5%, stated 6.8%')
check(D('1.26') + D('16.84') + D('5.62') == D('23.72'), 'transfers')
f(d.W('上级补助收入23.48亿元，其中返还性收入1.26亿元、一般性转移支付收入168 400万元、专项转移支付收入56 200万元。'), 'sum', 'must',
  '23.48亿 but 1.26亿 + 168 400万 + 56 200万 = 23.72亿 (units mixed, separators as spaces)')
check(pct('62.15', '78.40') == D('79.3'), 'share')
f(d.W('民生支出62.15亿元，占一般公共预算支出的82.3%。'), 'share', 'must', '62.15 / 78.40 = 79.3%, stated 82.3%')
t(d.W('全区12个街镇的基本运转经费全部按标准足额保障。'), 'a count with no list')
t(d.W('全区政府性基金预算收入完成18.36亿元，其中国有土地使用权出让收入163950万元，完成调整预算的93.5%。'), '163950万元 (no separator) = 16.395亿 < 18.36; 93.5% names no base')
f(d.L('（四）政府债务情况') + d.L('（二）政府性基金预算'), 'heading', 'must', '（四） after （二） under 一、')
check(D('126.85') <= D('132.00'), 'debt')
t(d.W('2024年末全区政府债务余额126.85亿元，控制在省核定的限额132.00亿元以内。'), '126.85 under 132.00')
check(pct(D('47.45') - D('45.62'), '45.62') == D('4.0') and D('79.20') - D('78.40') == D('0.80') and pct('0.80', '78.40') == D('1.0'), '2025')
t(d.W('2025年全区一般公共预算收入预期47.45亿元，增长4.0%。一般公共预算支出安排79.20亿元，比上年执行数增加8 000万元，增长1.0%。'),
  '47.45 / 45.62 = +4.0%; 79.20 - 78.40 = 0.80亿 = 8 000万 (a space separator), 1.0%')
t(d.W('区第九届人民代表大会第五次会议'), 'ordinals')

# t07: traditional characters
d, f, t = doc('t07-jiahe-education-2024-final-accounts-trad.txt')
f(d.W('本局內設股室五個，分別為：辦公室、計劃財務股、基礎教育股、人事股。'), 'count', 'must', '五個，分別為 four named')
t(d.W('所屬學校和教育事業單位共三十八個。'), 'a count with no list')
check(1872 + 274 == 2146, 'staff')
t(d.W('年末實有人員2,146人，其中在職人員1,872人、離退休人員274人。'), '2146 = 1872 + 274')
f(d.L('（二）收支情況') + d.L('（二）人員情況'), 'heading', 'must', '（二） twice under 一、')
check(D('17905.10') + D('526.40') + D('210.80') == D('18642.30'), 'revenue')
f(d.W('本年收入合計18,462.30萬元，其中財政撥款收入17,905.10萬元、事業收入526.40萬元、其他收入210.80萬元。'), 'sum', 'must',
  '18,462.30 but 17,905.10 + 526.40 + 210.80 = 18,642.30 (more than the total)')
check(round(D('1106.25') / (D('18210.45') - D('1106.25')) * 100, 1) == D('6.5'), 'change')
f(d.W('本年支出合計18,210.45萬元，比上年增加1,106.25萬元，增長6.1%。'), 'change', 'must', '1106.25 / 17104.20 = 6.5%, stated 6.1%')
check(pct('14386.05', '18210.45') == D('79.0') and pct('3824.40', '18210.45') == D('21.0') and D('14386.05') + D('3824.40') == D('18210.45'), 'shares')
t(d.W('其中基本支出14,386.05萬元，佔79.0%；項目支出3,824.40萬元，佔21.0%。'), '79.0% and 21.0% of 18210.45; the parts add up')
check(D('30.16') + D('18.20') == D('48.36'), 'sangong')
t(d.W('2024年度「三公」經費支出48.36萬元，其中因公出國（境）費0萬元、公務用車購置及運行維護費30.16萬元、公務接待費18.20萬元。年末公務用車保有量9輛。'), '48.36 = 0 + 30.16 + 18.20')
f(d.W('本局整體支出績效自評得分為79.5分，等級為「良」。'), 'grade', 'must', '79.5 is 中 (60-80), called 良')
t(d.W('學前教育發展專項自評得分93.0分，等級為「優」。'), '93.0 優')

# t08: Markdown from a converter, hard-wrapped paragraphs, a pipe table
d, f, t = doc('t08-linjiang-street-2025-dept-budget.md')
t(d.W('下辖社区居委会8个'), 'a count with no list')
check(pct('86.40', D('2640.00') + D('86.40')) == D('3.2') and D('1827.50') + D('812.50') == D('2640.00'), 'revenue')
t(d.W('2025年收入预算2,640.00万元，全部为一般公共预算拨款，比上年减少86.40万元，下降3.2%'), '86.40 / 2726.40 = 3.2% (wrapped mid-sentence)')
t(d.W('支出预算2,640.00万元，其中基本支出1,827.50万元，项目支出812.50万元。'), '1827.50 + 812.50 = 2640.00 (万 and 元 on two lines)')
check(round(D('45.00') / (D('812.50') - D('45.00')) * 100, 1) == D('5.9'), 'project change')
f(d.W('项目支出比上年增加45.00万元，增长6.9%。'), 'change', 'must', '45.00 / 767.50 = 5.9%, stated 6.9% (the rate on the next line)')
f(d.L('## 四、一般公共预算拨款支出情况') + d.L('## 二、收支预算总体情况'), 'heading', 'must', '四、 after 二、')
f(d.W('城乡社区环境卫生支出548.60万元') + d.L('| 2120501 |'), 'conflict', 'must', 'text 548.60 against the row 城乡社区环境卫生 584.60')
t(d.W('行政运行支出1,106.20万元'), '1,106.20 as in the table')
f(d.L('| 2010350 |'), 'sum', 'must', 'row 事业运行 合计 386.40 but 基本 368.40 + 项目 0')
check(D('1106.20') + D('368.40') + D('160.00') + D('152.90') + D('22.00') == D('1809.50'), 'basic column')
f(d.L('| | 合计 |'), 'sum', 'may', 'the 基本支出 column adds to 1809.50 against 1827.50, the same slip')
check(D('160.00') + D('424.60') == D('584.60') and D('22.00') + D('151.80') == D('173.80'), 'rows')
t(d.L('| 2010301 |') + d.L('| 2130705 |') + d.L('| 2080505 |') + d.L('| 2120399 |'), 'rows that add up; codes are not figures')
check(D('4.30') + D('2.50') == D('6.80') and pct('0.40', '7.20') == D('5.6'), 'sangong')
t(d.W('2025年“三公”经费预算6.80万元，其中公务用车运行维护费4.30万元、公务接待费2.50万元，比上年预算减少0.40万元，下降5.6%。'), '6.80 = 4.30 + 2.50; 0.40 / 7.20 = 5.6%')

# t09: pdftotext -layout, a landscape table with a wrapped name
d, f, t = doc('t09-shimen-health-2024-dept-final-accounts.txt')
check(round(D('735.50') / (D('12486.35') - D('735.50')) * 100, 1) == D('6.3'), 'change')
f(d.W('比上年增加735.50万元，增长6.9%。'), 'change', 'must', '735.50 / 11750.85 = 6.3%, stated 6.9% (the amount and 万元 split over two layout lines)')
check(pct('6650.65', '12486.35') == D('53.3') and pct('5835.70', '12486.35') == D('46.7'), 'shares')
t(d.W('其中基本支出6,650.65万元，占53.3%'), '6650.65 / 12486.35 = 53.3%')
f(d.W('项目支出5,835.70万元，占45.7%'), 'share', 'must', '5835.70 / 12486.35 = 46.7%, stated 45.7%')
t(d.W('2024年度本部门支出决算12,486.35万元，为年初预算的96.2%'), 'the budget is not stated')
t(d.W('综合医院支出3,615.20万元'), 'as in the table')
f(d.W('乡镇卫生院支出2,960.75万元') + d.L('2100302'), 'conflict', 'must', 'text 2,960.75 against the row 乡镇卫生院 2,906.75')
t(d.W('基本公共卫生服务支出2,418.00万元，按常住人口人均94元标准安排。'), 'as in the table; 94元 per head; 11所 is a count')
check(D('1284.60') + D('3615.20') + D('2906.75') + D('2418.00') + D('1036.50') + D('512.30') + D('713.00') == D('12486.35'), 'rows')
check(D('2180.40') + D('1434.80') == D('3615.20') and D('1960.35') + D('946.40') == D('2906.75'), 'row splits')
t(d.L('2100101') + d.L('2100201') + d.L('2100408') + d.L('2100409') + d.L('2101102') + d.L('2210201'), 'the landscape table adds up both ways; codes are not figures')
f(d.W('本部门对公立医院综合改革补助项目开展绩效自评，自评得分92分，评价等级为良。'), 'grade', 'must', '92 is 优, called 良')
t(d.W('基本公共卫生服务项目自评得分86分，评价等级为良。'), '86 良')
t(d.W('评价得分为84.5分，评价等级为良，较上年提高1.5分。'), '84.5 良; 1.5分 names no prior score')
t(d.L('—3—') + d.L('—4—') + d.L('—5—'), 'page numbers')

# t10: a spreadsheet paste (tab-separated) and full-width prose
d, f, t = doc('t10-qingsong-natural-resources-2025-sangong-budget.txt')
check(D('2604.30') + D('180.00') + D('82.00') == D('2866.30'), 'revenue')
f(d.W('本局２０２５年部门预算收入总计２，８５６．３０万元，其中一般公共预算拨款２，６０４．３０万元、政府性基金拨款１８０．００万元、上年结转８２．００万元。'), 'sum', 'must',
  '2,856.30 but 2,604.30 + 180.00 + 82.00 = 2,866.30 (full-width digits and a full-width comma as the thousands separator)')
check(pct('3.70', '46.50') == D('8.0') and D('30.40') + D('12.40') == D('42.80') and D('33.60') + D('12.90') == D('46.50'), 'sangong')
t(d.W('２０２５年“三公”经费预算４２．８０万元，比上年预算减少３．７０万元，下降８．０％。'), '3.70 / 46.50 = 8.0%')
t(d.L('合计\t42.80') + d.L('公务用车购置及运行维护费\t30.40') + d.L('公务用车运行维护费\t30.40'), 'tab-separated rows: 42.80 = 0 + 30.40 + 12.40; -3.20 / 33.60 = -9.5%')
check(pct('-0.50', '12.90') == D('-3.9'), 'reception change')
f(d.L('公务接待费\t12.40'), 'change', 'must', 'the row: -0.50 / 12.90 = -3.9%, stated -4.9%')
t(d.W('公务用车运行维护费３０．４０万元，比上年减少３．２０万元，主要原因是车辆编制调整。'), '30.40 and -3.20 as in the table')
t(d.W('因公出国（境）费预算为０，与上年持平；公务用车购置费预算为０，本年不安排车辆更新。'), '持平 with zero on both sides')
check(11 - 9 == 2, 'cars')
f(d.W('公务用车保有量由１１辆减至９辆，减少３辆。'), 'change', 'must', '11 to 9 is 2 fewer, stated 减少3辆')
f(d.W('公务接待费预算１２．６０万元') + d.L('公务接待费\t12.40'), 'conflict', 'must', 'text 12.60 against the table 12.40')
check(pct('12.60', '42.80') == D('29.4'), 'share of 12.60')
f(d.W('公务接待费预算１２．６０万元，占“三公”经费预算的２９．０％。'), 'share', 'may', 'the same slip seen from the share: 12.60 / 42.80 = 29.4%, stated 29.0% (which fits the table\'s 12.40)')
f(d.W('“三公”经费压减的原因主要有两方面：一是严格执行公务用车管理规定；二是压缩公务接待规模；三是因公出国（境）计划继续暂停。'),
  'count', 'must', '两方面 but 一是…三是 lists three')

# ---- Round 2 (written after round 1's fixes, scored before any further fix) ----

# t11: pdftotext -layout of a county debt note with its table
d, f, t = doc('t11-qingchuan-county-2024-debt-notes.txt')
check(D('34.50') + D('57.10') == D('91.60') and D('32.18') + D('55.17') == D('87.35'), 'limits')
check(D('87.35') - D('79.57') == D('7.78') and pct('7.78', '79.57') == D('9.8'), 'change')
t(d.W('经省政府批准，2024年全县政府债务限额91.60亿元，其中一般债务限额34.50亿元，专项债务限额57.10亿元。'), '91.60 = 34.50 + 57.10')
t(d.W('2024年末，全县政府债务余额87.35亿元，其中一般债务余额32.18亿元、专项债务余额55.17亿元，比上年末增加7.78亿元，增长9.8%，控制在限额以内。'),
  '87.35 = 32.18 + 55.17 under each limit; 7.78 / 79.57 = 9.8% (the change is the total\'s, after a 其中 list)')
check(pct('55.17', '87.35') == D('63.2') and pct('32.18', '87.35') == D('36.8'), 'shares')
f(d.W('一般债务余额占比为38.8%。'), 'share', 'must', '32.18 / 87.35 = 36.8%, stated 38.8% (63.2% for 专项 before it is right)')
t(d.W('全县政府债务率为78.6%，处于绿色区间。'), 'a rate with nothing to check')
check(D('30.62') + D('2.80') + D('1.26') - D('2.50') == D('32.18'), 'general')
check(D('48.95') + D('7.60') + D('2.35') - D('4.73') == D('54.17'), 'special')
check(D('79.57') + D('10.40') + D('3.61') - D('7.23') == D('86.35'), 'total')
t(d.L('2024年债务限额  ') + d.L('年初债务余额') + d.L('本年发行新增债券') + d.L('本年发行再融资债券') + d.L('本年偿还到期本金'), 'rows that add across')
f(d.L('年末债务余额   '), 'debt', 'must', 'the table: 专项 48.95 + 7.60 + 2.35 - 4.73 = 54.17, 年末 55.17 (一般 rolls forward right)')
f(d.L('年末债务余额   '), 'debt', 'may', 'the 合计 column: 79.57 + 10.40 + 3.61 - 7.23 = 86.35 against 87.35, the same slip')
f(d.W('重点用于三个方面：一是续建项目资金保障；二是农村供水和灌区改造；三是城区学校扩容；四是县医院综合楼建设。'), 'count', 'must',
  '三个方面 but 一是…四是 lists four (五个领域 before it, five named, is right)')
f(d.L('三、2025年一季度债务情况') + d.L('三、政府债务还本付息情况'), 'heading', 'must', '三、 twice (should be 四、)')
check(D('7.23') + D('2.89') == D('10.12'), 'service')
t(d.W('2024年全县政府债务还本付息10.12亿元，其中还本7.23亿元、付息2.89亿元，均按时足额偿还。'), '10.12 = 7.23 + 2.89')
t(d.W('截至2025年3月末，全县专项债务余额57.85亿元，一般债务余额32.06亿元，2025年债务限额尚待省政府核定下达。'),
  '57.85 is above the 2024 专项 limit 57.10, but of March 2025, whose limit is not yet set: no contradiction')
t(d.L('—1—') + d.L('—2—'), 'page numbers')

# t12: traditional web page, full-width digits, tab-separated table
d, f, t = doc('t12-qingfeng-forestry-2025-dept-budget-trad.txt')
f(d.W('現將我局２０２４年部門預算公開如下。') + d.L('青峰縣林業局2025年部門預算說明'), 'year', 'must', 'title 2025年部門預算; 現將我局2024年部門預算公開如下')
f(d.W('所屬單位共３個，分別為：縣林業站、縣苗圃場。'), 'count', 'must', '３個 but two named (full-width)')
check(D('2.00') + D('20.30') + D('13.20') == D('35.50'), 'sangong')
f(d.W('２０２５年「三公」經費預算３６．５０萬元，其中因公出國（境）費２．００萬元、公務用車購置及運行維護費２０．３０萬元、公務接待費１３．２０萬元。'), 'sum', 'must',
  '36.50 but 2.00 + 20.30 + 13.20 = 35.50 (the 三公 partition, full-width, traditional)')
check(pct('2.10', D('36.50') + D('2.10')) == D('5.4'), 'change')
t(d.W('「三公」經費預算比上年預算減少２．１０萬元，下降５．４％，主要是壓減公務用車運行費用。'), '2.10 / 38.60 = 5.4%')
f(d.L('合計\t'), 'sum', 'may', 'the table 合計 36.50 against its rows 35.50, the same slip')
f(d.L('合計\t'), 'change-sum', 'may', 'the 增減額 of the rows add to -3.10 against -2.10, the same slip')
check(D('2.00') + D('22.00') + D('14.60') == D('38.60') and D('20.30') - D('22.00') == D('-1.70') and D('13.20') - D('14.60') == D('-1.40'), 'rows')
t(d.L('因公出國（境）費\t') + d.L('公務用車購置及運行維護費\t') + d.L('公務接待費\t'), 'rows whose changes are right; 38.60 = 2.00 + 22.00 + 14.60')
f(d.W('２０２４年度部門整體支出績效自評得分８８分，評價等級為「優秀」。'), 'grade', 'must', '88 is 良好, called 優秀')
t(d.W('林業有害生物防治項目自評得分９３分，評價等級為「優秀」。'), '93 優秀')


# t13: converter Markdown, hard-wrapped, a grade table
d, f, t = doc('t13-yanhe-district-2024-performance-results.md')
check(2 + 3 + 2 == 7, 'partition')
f(d.W('本年度共对6个项目开展绩效自评，其中评为优的2个、良的3个、中的2个。'), 'sum', 'must', '6个 but 2 + 3 + 2 = 7 (the grade partition; the line breaks inside it)')
check(round(D('86.40') / (D('1268.40') - D('86.40')) * 100, 1) == D('7.3'), 'change')
f(d.W('纳入自评的项目资金合计1,268.40万元，比上年增加86.40万元，增长7.8%。'), 'change', 'must', '86.40 / 1182.00 = 7.3%, stated 7.8% (wrapped over two lines)')
check(pct('512.30', '1268.40') == D('40.4') and pct('486.10', '1268.40') == D('38.3'), 'shares')
t(d.W('其中评为优的项目资金512.30万元，占40.4%'), '512.30 / 1268.40 = 40.4% (= 268.00 + 244.30)')
f(d.W('评为良的项目资金486.10万元，占37.3%。'), 'share', 'must', '486.10 / 1268.40 = 38.3%, stated 37.3%')
f(d.L('## 三、项目自评结果') + d.L('## 一、总体情况'), 'heading', 'must', '三、 after 一、')
t(d.L('表1 2024年度项目绩效自评结果（共6个项目）'), '共6个项目 over six rows')
check(D('268.00') + D('244.30') + D('210.40') + D('158.20') + D('117.50') + D('270.00') == D('1268.40'), 'money')
t(d.L('| 森林防火巡护') + d.L('| 河道保洁') + d.L('| 社区养老服务补贴') + d.L('| 农村公路养护') + d.L('| 青少年体育培训'), '92.0 / 90.5 优, 86.0 / 81.5 良, 72.0 中')
f(d.L('| 老旧小区物业补助'), 'grade', 'must', '79.6 is 中 under the bands the document states, called 良')
t(d.W('自评等级按得分划分：90分（含）以上为优'), 'band definitions')

write('Held-out set gen12: invented disclosures as other tools leave them (pdftotext -layout and plain, PDF-viewer copies with hard breaks and page furniture, web and spreadsheet pastes as tab-separated lines, full-width digits, space separators, Chinese-numeral amounts, traditional characters, a hard-wrapped Markdown). Format as ../../../shared/corpus/dev/expected.json; every finding and trap is re-derived in build_expected.py.', trim_traps=True)
