"""heldout45: east China's municipalities and coastal provinces (Shanghai, Beijing, Tianjin, Jiangsu, Zhejiang, Shandong, Fujian,
Guangdong), as real departments publish them — 8 invented disclosures, blind. Re-derives every planted contradiction and every trap
from the printed figures (Decimal, SPEC §4 intervals, rates rounded or truncated at their last digit), then writes expected.json.
Run from anywhere: python3 test/heldout45/build_expected.py
(.docx and .pdf documents are annotated on src/NAME.docx.text.txt / src/NAME.pdf.text.txt, the CLI's --print-text;
03 is written by the kit's make_layout.py from src/NAME.layout.txt, 05 by the kit's make_docs.mjs from src/NAME.wrap.txt;
a trap's lines that a finding's statement also covers are dropped by write(trim_traps=True))."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import (kit, check, pct, pct_ok, pct_wrong, sm, off, chg_ok, chg_wrong, growth_ok,
                          roll_off, diff_off, balance_off, band, half, D, DEFAULT_BANDS)

Doc, ROWS, _doc, lines_of, write = kit(here)


def doc(name):
    d, f, t = _doc(name)
    once = lambda ls: list(dict.fromkeys(ls))
    return d, (lambda ls, *a: f(once(ls), *a)), (lambda ls, *a: t(once(ls), *a))


def each(t, lines, why):
    for l in lines:
        t([l], why)


def ok_all(*conds):
    for i, c_ in enumerate(conds):
        check(c_, f'condition {i}')


def R(d, *cells):
    """The one line holding every cell in order (a table row laid out with spaces, tabs or pipes)."""
    hits = []
    for i, l in enumerate(d.lines):
        at, good = 0, True
        for c_ in cells:
            k = l.find(c_, at)
            if k < 0:
                good = False
                break
            at = k + len(c_)
        if good:
            hits.append(i + 1)
    assert len(hits) == 1, (d.name, cells, hits)
    return hits


def pts_ok(stated, a, b):
    return not balance_off(stated, a, b)


c = lambda x: x.replace(',', '')


# ------------------------------------------------------------ 01 上海 区属中学 2026 单位预算 (make_word.mjs PDF, typed headings)
d, f, t = doc('01-binpu-district-mingde-school-2026-unit-budget.pdf')
t(d.L('上海市滨浦区明德实验中学2026年单位预算', 1) + d.E('上海市滨浦区教育局') + d.E('2026年2月'), 'title (2026), issuer, date')
each(t, d.L('第一部分 上海市滨浦区明德实验中学单位概况') + d.E('一、主要职能') + d.E('二、机构设置') + d.E('一、财务收支预算总体情况')
  + d.E('二、财政拨款收支预算总体情况') + d.E('三、一般公共预算财政拨款支出预算情况') + d.E('四、一般公共预算财政拨款基本支出预算情况')
  + d.L('五、“三公”经费财政拨款预算情况') + d.E('八、其他相关情况说明') + d.E('第三部分 名词解释'),
     'headings in order (第一部分 and 第二部分 each restart 一、; the slip is 七、 after 五、)')
ok_all(sm('156', '14', '8', '4') == 182, 24 + 12 == 36)
t(d.L('学校内设4个职能部门'), '4个 with four named; 36 = 24 + 12; 182 = 156 + 14 + 8 + 4 (退休 97 outside, said so); 186 编制 a different measure')
f(d.L('第二部分2025年单位预算情况说明'), 'year', 'must', 'the 2026 单位预算 (title, every figure below is 2026) heads its 说明 part 2025年单位预算情况说明')
ok_all(not diff_off('414.30', '8426.50', '8012.20'), chg_ok('5.2', '414.30', '8426.50'), not off('8426.50', '7982.30', '356.80', '87.40'),
       pct_ok('94.7', '7982.30', '8426.50'))
check(pct_wrong('4.8', '356.80', '8426.50') and pct_ok('4.2', '356.80', '8426.50'), '')
f(d.S('事业收入356.80万元，占4.8%'), 'share', 'must', f"事业收入 356.80 / 收入预算 8,426.50 is {pct('356.80', '8426.50', 2)}%, the text says 4.8% (94.7 for 财政拨款 and 5.2 on 8,012.20 on the same line are right)")
ok_all(not off('8426.50', '6904.60', '1521.90'), pct_ok('81.9', '6904.60', '8426.50'), pct_ok('18.1', '1521.90', '8426.50'))
t(d.L('支出预算8,426.50万元，其中：基本支出6,904.60万元'), '6,904.60 + 1,521.90 = 8,426.50; 81.94% and 18.06%')
t(d.L('表1 2026年财务收支预算总表') + d.L('| 收入项目 | 预算数 | 支出项目 | 预算数 |'), '表1 title (2026) and head')
ok_all(not off('8426.50', '7486.20', '612.40', '142.60', '185.30'), not off('8426.50', '7982.30', '356.80', '87.40'))
for k in ['| 一、财政拨款收入 |', '| 二、事业收入 |', '| 三、其他收入 |', '|  |  | 四、住房保障支出 |', '| 收入总计 |']:
    t(d.L(k), '表1 side by side: 一、二、三、 are row labels; 7,982.30 + 356.80 + 87.40 = 8,426.50 and 7,486.20 + 612.40 + 142.60 + 185.30 = 8,426.50')
check(D('7928.30') != D('7982.30'), '')
f(d.S('2026年财政拨款收支预算总额7,928.30万元') + d.L('| 一、财政拨款收入 | 7,982.30') + d.S('2026年一般公共预算财政拨款支出预算7,982.30万元'), 'conflict', 'must',
  '财政拨款 7,928.30 (二、, all of it 一般公共预算) against 财政拨款收入 7,982.30 (一、, 表1 and 三、)')
check(chg_wrong('5.8', '396.20', '7982.30') and chg_ok('5.2', '396.20', '7982.30'), '')
ok_all(not off('7982.30', '7086.40', '568.00', '142.60', '185.30'), pct_ok('88.8', '7086.40', '7982.30'),
       sm('7486.20', '-7086.40', '612.40', '-568.00') == sm('356.80', '87.40'))
f(d.S('2026年一般公共预算财政拨款支出预算7,982.30万元，比2025年预算增加396.20万元，增长5.8%'), 'change', 'must',
  f"396.20 on 2025年预算 7,586.10 is {pct('396.20', '7586.10', 2)}%, the text says 增长5.8% (7,086.40 + 568.00 + 142.60 + 185.30 = 7,982.30 and 88.8% on the same line are right)")
check(off('6904.60', '6218.40', '668.20') and sm('6218.40', '668.20') == D('6886.60'), '')
f(d.S('基本支出6,904.60万元，其中：人员经费6,218.40万元') + d.S('公用经费668.20万元'), 'sum', 'must',
  '基本支出 6,904.60, but 人员经费 6,218.40 + 公用经费 668.20 = 6,886.60 (short by 18.00)')
ok_all(chg_ok('8.7', '0.40', '4.20', down=True), not off('4.20', '0', '1.80', '2.40'), not off('4.60', '0', '1.80', '2.80'))
check(D('2.40') < D('2.80') and not diff_off('0.40', '2.80', '2.40'), '')
f(d.S('公务接待费2.40万元，比2025年预算（2.80万元）增加0.40万元'), 'direction', 'must',
  '公务接待费 2.40 against 2025年预算 2.80 is a fall of 0.40, the text says 增加 (4.20 on 4.60 −8.7% and the 1.80 持平 on the same line are right)')
f(d.E('七、政府性基金预算支出情况'), 'heading', 'must', 'the parts of 第二部分 run 一、二、三、四、五、七、八、: 六、 is skipped')
t(d.L('本单位2026年无政府性基金预算拨款安排的支出'), 'no figures')
t(d.L('（一）机关运行经费预算情况'), 'no figures')
ok_all(not off('386.40', '214.60', '171.80'))
t(d.L('（二）政府采购预算情况'), '214.60 + 171.80 = 386.40')
t(d.L('（三）国有资产占用情况'), '1辆, 1台 counts; 100万元 a threshold')
t(d.L('（四）预算绩效目标设置情况'), '12个 项目 with 1,521.90 = 项目支出')
t(d.L('财政拨款收入：指区财政当年拨付的资金'), 'definitions')

# ------------------------------------------------------------ 02 江苏 市级 2025 国有资本经营预算执行情况 (.docx)
d, f, t = doc('02-chengzhou-city-2025-state-capital-budget-execution.docx')
t(d.E('澄州市2025年市级国有资本经营预算执行情况说明') + d.L('澄州市财政局　') + d.L('（2026年3月）'), 'title (2025 执行), issuers, date')
t(d.L('根据《中华人民共和国预算法》和《江苏省省级国有资本经营预算管理办法》'), 'opening')
each(t, d.L('一、2025年市级国有资本经营预算收入执行情况') + d.L('二、2025年市级国有资本经营预算支出执行情况') + d.L('三、2025年市级国有资本经营预算收支平衡情况')
  + d.L('四、国有资本经营预算绩效管理情况') + d.L('五、需要说明的其他事项'), 'headings 一、…五、 in order')
T = [('利润收入', '28,600', '30,142', '105.4', '27,418', '9.9'), ('股利、股息收入', '6,400', '6,218', '97.2', '5,960', '4.3'),
     ('产权转让收入', '3,000', '2,486', '82.9', '4,112', '-39.5'), ('其他国有资本经营预算收入', '500', '612', '122.4', '438', '39.7')]
for k, b, a, r, p, g in T:
    check(pct_ok(r, c(a), c(b)) and growth_ok(g, c(p), c(a)), k)
    t(d.L('| ' + k + ' | ' + b), f'table row {k}: {a} / {b} = {pct(c(a), c(b), 2)}%; on {p} {pct(sm(c(a), "-" + c(p)), c(p), 2)}%')
ok_all(not off('38500', *[c(r[1]) for r in T]), not off('37928', *[c(r[4]) for r in T]), not off('39458', *[c(r[2]) for r in T]),
       pct_ok('102.5', '39458', '38500'), growth_ok('4.0', '37928', '39458'))
check(off('39548', *[c(r[2]) for r in T]) and not pct_ok('102.5', '39548', '38500'), '')
f(d.L('| 合计 | 38,500 | 39,548'), 'sum', 'must', 'table 合计 执行数 39,548, but the four rows add to 39,458 (as the text says; 102.5% and 4.0% fit 39,458)')
f(d.L('| 合计 | 38,500 | 39,548') + d.S('2025年，市级国有资本经营预算收入39,458万元'), 'conflict', 'may', '收入 39,458 in the text against 合计 39,548 in the table')
t(d.L('| 项目 | 预算数 | 执行数 |') + d.L('澄州市2025年市级国有资本经营预算收入执行情况表'), 'table title (2025) and head')
check(pct_wrong('78.6', '30142', '39458') and pct_ok('76.4', '30142', '39458') and pct_wrong('78.6', '30142', '39548'), '')
f(d.S('占国有资本经营预算收入的78.6%'), 'share', 'must', f"利润收入 30,142 / 收入 39,458 is {pct('30142', '39458', 2)}%, the text says 78.6% (102.5, 4.0, 105.4, 9.9, 97.2, 4.3 on the same line are right)")
check(not diff_off('1626', '4112', '2486') and chg_wrong('38.5', '1626', '2486', down=True) and chg_ok('39.5', '1626', '2486', down=True), '')
f(d.S('产权转让收入2,486万元，比上年减少1,626万元，下降38.5%'), 'change', 'must', f"1,626 on 上年 4,112 is {pct('1626', '4112', 2)}% (table −39.5), the text says 下降38.5%")
check(D('612') > D('438'), '')
f(d.S('其他国有资本经营预算收入612万元，比上年有所下降') + d.L('| 其他国有资本经营预算收入 | 500'), 'direction', 'must',
  '其他收入 612 is above 上年 438 (table +39.7), the text says 比上年有所下降')
ok_all(not off('26218', '8420', '15680', '2118'), pct_ok('97.1', '26218', '27000'))
t(d.L('2025年，市级国有资本经营预算支出26,218万元'), '8,420 + 15,680 + 2,118 = 26,218; 26,218 / 27,000 = 97.10%')
f(d.L('国有企业资本金注入资金主要用于以下四个方面'), 'count', 'must', '以下四个方面 with three listed (一是…二是…三是)')
ok_all(pct_ok('30.0', '11837', '39458'))
t(d.L('按照国有资本收益调入一般公共预算比例不低于30%的要求'), '11,837 / 39,458 = 29.999% (30% a threshold)')
ok_all(not off('40662', '39458', '1204'), not off('38055', '26218', '11837'), not diff_off('2607', '40662', '38055'))
t(d.L('加上年结转1,204万元，收入总计40,662万元'), '39,458 + 1,204 = 40,662; 26,218 + 11,837 = 38,055; 40,662 − 38,055 = 2,607')
check(D('2670') != D('2607'), '')
f(d.S('年终结转的2,670万元') + d.S('收支相抵，结转下年2,607万元'), 'conflict', 'must', '结转下年 2,670 (五、) against 2,607 (三、, = 40,662 − 38,055)')
ok_all(5 + 6 + 1 == 12, band('92.4', DEFAULT_BANDS) == '优', band('80.0', DEFAULT_BANDS) == '良', band('76.5', DEFAULT_BANDS) == '中')
check(band('89.6', DEFAULT_BANDS) == '良', '')
f(d.S('市交通控股集团智慧停车平台项目得分89.6分，评价为“优”'), 'grade', 'must',
  '89.6分 is 良 under the bands just stated (80–89.9), the text says 优 (92.4 优, 80.0 良 on the bound, 76.5 中 and 5 + 6 + 1 = 12 on the same line are right)')
t(d.L('下一步，市财政局将会同市国资委'), '一是…三是 with no count stated')

# ------------------------------------------------------------ 03 浙江 县 2026年1—6月 财政预算执行情况, pdftotext -layout (make_layout.py)
d, f, t = doc('03-linao-county-2026-h1-budget-execution-report.txt')
t(d.L('临岙县2026年1—6月财政预算执行情况', 1) + d.L('临岙县2026年1—6月财政预算执行情况', 2) + d.L('临岙县财政局') + d.L('2026年7月'),
  'title (2026), the running head of page 2, issuer, date')
each(t, d.L('一、一般公共预算收入执行情况') + d.L('二、一般公共预算支出执行情况') + d.L('三、政府性基金预算执行情况') + d.L('六、政府债务情况')
  + d.L('七、下阶段工作'), 'headings in order (the slip is 五、 after 三、)')
f(d.L('五、国有资本经营预算执行情况'), 'heading', 'must', 'the parts run 一、二、三、五、六、七、: 四、 is skipped')
ok_all(pct_ok('54.2', '286420', '528000'), growth_ok('5.4', '271860', '286420'), growth_ok('4.1', '229140', '238460'), pct_ok('83.3', '238460', '286420'),
       growth_ok('12.3', '42720', '47960'), not off('286420', '238460', '47960'))
t(d.S('1—6月，全县一般公共预算收入286,420万元') + d.S('同比增长12.3%，主要是国有资源（资产）有偿使用收入增加'),
  '286,420 / 528,000 = 54.25%; +5.36%; 税收 +4.07%, 83.26% of 286,420; 非税 +12.27%; 238,460 + 47,960 = 286,420')
check(pct_wrong('45.1', '102680', '238460') and pct_ok('43.1', '102680', '238460') and pct_wrong('45.1', '102680', '238730'), '')
f(d.S('占税收收入的45.1%'), 'share', 'must', f"增值税 102,680 / 税收收入 238,460 is {pct('102680', '238460', 2)}%, the text says 45.1% (增长4.5% on 98,240 on the same line is right)")
check(D('46320') < D('48960'), '')
f(d.S('企业所得税46,320万元，\n'.replace('\n', '')) + d.S('同比增长5.4%（上年同期48,960万元）'), 'direction', 'must',
  '企业所得税 46,320 is below 上年同期 48,960 (表1 −5.4), the text says 同比增长5.4%')
ok_all(growth_ok('9.4', '16880', '18460'))
check(not diff_off('2560', '17420', '14860') and chg_wrong('12.7', '2560', '14860', down=True) and chg_ok('14.7', '2560', '14860', down=True), '')
f(d.S('契税14,860万元，同比减收2,560万元，下降12.7%'), 'change', 'must', f"契税 2,560 on 上年同期 17,420 is {pct('2560', '17420', 2)}% (表1 −14.7), the text says 下降12.7%")
f(d.L('临岙县2025年1—6月一般公共预算收入执行情况表'), 'year', 'must', 'the 2026年1—6月 report (title, running head, 2026年初) titles its 表1 2025年1—6月; its 1—6月累计 286,420 is this year\'s (上年同期 271,860)')
t(d.L('单位：万元') + d.L('项目                  1—6月累计'), '表1 unit and head')
TB = [('一般公共预算收入', '286,420', '271,860', '5.4', '528,000', '54.2'), ('税收收入', '238,460', '229,140', '4.1', '436,000', '54.7'),
      ('增值税', '102,680', '98,240', '4.5', '186,000', '55.2'), ('企业所得税', '46,320', '48,960', '-5.4', '92,000', '50.3'),
      ('个人所得税', '18,460', '16,880', '9.4', '32,000', '57.7'), ('契税', '14,860', '17,420', '-14.7', '34,000', '43.7')]
NT = ('非税收入', '47,960', '42,720', '12.3', '92,000', '52.1')
for k, a, p, g, b, r in TB + [NT]:
    check(growth_ok(g, c(p), c(a)) and pct_ok(r, c(a), c(b)), k)
for k, a, p, g, b, r in TB[2:] + [NT]:
    t(R(d, k, a, p), f'表1 row {k}: on {p} {pct(sm(c(a), "-" + c(p)), c(p), 2)}%; of {b} {pct(c(a), c(b), 2)}%')
t(R(d, '一般公共预算收入', '286,420', '271,860'), '表1 row: 238,460 + 47,960 = 286,420 in each column (271,860; 528,000)')
OT_TRUE, OT_PRINTED = '56,140', '56,410'
check(growth_ok('17.8', '47640', c(OT_TRUE)) and pct_ok('61.0', c(OT_TRUE), '92000') and not growth_ok('17.8', '47640', c(OT_PRINTED)), '')
taxes = [c(r[1]) for r in TB[2:]]
check(off('238460', *taxes, c(OT_PRINTED)) and not off('238460', *taxes, c(OT_TRUE)), '')
ok_all(not off('229140', *[c(r[2]) for r in TB[2:]], '47640'), not off('436000', *[c(r[4]) for r in TB[2:]], '92000'), not off('528000', '436000', '92000'),
       not off('271860', '229140', '42720'))
f(R(d, '其他税收', '56,410') + R(d, '税收收入', '238,460', '229,140'), 'sum', 'must',
  '表1 其他税收 printed 56,410; the five taxes add to 238,730 against 税收收入 238,460 (56,140 fits the column, its 17.8% and 61.0%)')
f(R(d, '其他税收', '56,410'), 'change', 'may', 'the same slip read in its row: 56,410 on 47,640 = +18.41% against 17.8, and 61.3% of 92,000 against 61.0')
ok_all(pct_ok('51.1', '312840', '612000'), growth_ok('4.8', '298460', '312840'), pct_ok('78.8', '246380', '312840'), growth_ok('6.2', '64420', '68420'),
       growth_ok('3.6', '41190', '42680'), growth_ok('-2.4', '32020', '31260'), sm('68420', '42680', '31260', '36840') < D('246380'))
t(d.S('1—6月，全县一般公共预算支出312,840万元') + d.S('民生支出246,380万元，占一般公共预算支出的78.8%') + d.S('农林水支出36,840万元，与上年同期基本持平'),
  '312,840 / 612,000 = 51.12%; on 298,460 +4.82%; 民生 78.76%; 教育 +6.21%, 社保 +3.62%, 卫生 −2.37%; 其中 partial (179,200 < 246,380); 持平 with no figures')
ok_all(growth_ok('-18.6', '175260', '142680'), pct_ok('91.9', '131240', '142680'), pct_ok('46.2', '158460', '342800'))
check(not pct_wrong('91.9', '131240', '142680') and pct(D('131240'), D('142680'), 2) == D('91.98'), 'truncated share accepted')
t(d.S('1—6月，全县政府性基金预算收入142,680万元') + d.S('完成年初预算342,800万元的46.2%'),
  '−18.59% on 175,260; 土地 91.98% printed 91.9 (truncated, accepted); 158,460 / 342,800 = 46.23%')
ok_all(pct_ok('74.2', '3860', '5200'))
t(d.S('1—6月，全县国有资本经营预算收入3,860万元，完成年初预算5,200万元的74.2%'), '3,860 / 5,200 = 74.23%')
ok_all(not off('32.60', '6.40', '26.20'), D('399.60') <= D('412.80'))
check(roll_off('399.60', '368.46', sm('32.60', '18.40'), '21.86') and sm('368.46', '32.60', '18.40', '-21.86') == D('397.60'), '')
f(d.S('2026年初，全县政府债务余额368.46亿元') + d.S('截至6月末，全县政府债务余额399.60亿元'), 'debt', 'must',
  '368.46 + 32.60 + 18.40 − 21.86 = 397.60, the 6月末余额 is 399.60 (6.40 + 26.20 = 32.60 and 399.60 within the 限额 412.80 are right)')
check(D('321480') != D('312840'), '')
f(d.S('支出321,480万元') + d.S('1—6月，全县一般公共预算支出312,840万元'), 'conflict', 'must', '上半年 一般公共预算支出 321,480 (七、) against 312,840 (二、; 51.1% of 612,000 and +4.8% fit 312,840)')

# ------------------------------------------------------------ 04 北京 区属研究所 2025 单位决算, Markdown
d, f, t = doc('04-jingxi-district-landscape-research-institute-2025-final-accounts.md')
t(d.L('# 北京市京西区园林科学研究所2025年度单位决算') + d.L('北京市京西区园林科学研究所　2026年8月'), 'title (2025年度), issuer and date')
each(t, d.L('## 第一部分 单位概况') + d.L('### 一、职能职责') + d.L('### 二、机构设置') + d.L('## 第二部分 2025年度单位决算情况说明')
  + d.L('### 一、收入支出决算总体情况') + d.L('### 二、收入决算情况') + d.L('### 三、支出决算情况') + d.L('### 四、财政拨款收入支出决算总体情况')
  + d.L('### 五、一般公共预算财政拨款支出决算情况') + d.L('### 六、一般公共预算财政拨款基本支出决算情况') + d.L('### 七、“三公”经费财政拨款支出决算情况')
  + d.L('### 八、政府性基金预算和国有资本经营预算') + d.L('### 九、其他重要事项的情况说明') + d.L('## 第三部分 名词解释'), 'headings in order (each 部分 restarts 一、)')
t(d.L('北京市京西区园林科学研究所主要承担'), 'no figures')
ok_all(sm('41', '5', '3') == 49, sm('2', '5', '7') == 14)
f(d.S('内设4个研究室：园林植物育种研究室、病虫害防治研究室、城市绿地生态研究室'), 'count', 'must',
  '内设4个研究室, three named (综合办公室 is counted apart; 49 = 41 + 5 + 3 and 14 = 2 + 5 + 7 on the same line are right)')
ok_all(not off('4254.00', '3967.60', '286.40'), not off('4254.00', '4077.22', '176.78'), not off('3967.60', '3486.72', '412.36', '68.52'),
       chg_ok('6.9', '255.20', '3967.60'))
t(d.L('2025年度收入总计4,254.00万元'), '3,967.60 + 286.40 = 4,254.00 = 4,077.22 + 176.78; 255.20 on 3,712.40 = 6.87%')
t(d.L('**表1　2025年度收入支出决算总表') + d.L('| 收入项目 | 决算数 | 支出项目 | 决算数 |'), '表1 title (2025年度) and head')
E1 = ['2968.46', '386.20', '426.84', '147.36']
check(off('4077.22', *E1, '184.36') and not off('4077.22', *E1, '148.36'), '')
f(d.L('| 三、其他收入 | 68.52 | 三、卫生健康支出 | 184.36 |') + d.L('| 本年收入合计 | 3,967.60 | 本年支出合计 | 4,077.22 |'), 'sum', 'must',
  '表1 卫生健康支出 184.36: the five 支出 rows add to 4,113.22 against 本年支出合计 4,077.22 (148.36, as 表2 has it, fits)')
for k in ['| 一、财政拨款收入 |', '| 二、事业收入 |', '|  |  | 四、农林水支出 |', '|  |  | 五、住房保障支出 |', '| 年初结转和结余 |', '| 总计 |']:
    t(d.L(k), '表1 side by side: 一、…五、 are row labels; 收入 3,486.72 + 412.36 + 68.52 = 3,967.60; 总计 4,254.00 both sides')
ok_all(pct_ok('87.9', '3486.72', '3967.60'), pct_ok('1.7', '68.52', '3967.60'))
check(pct_wrong('11.4', '412.36', '3967.60') and pct_ok('10.4', '412.36', '3967.60') and pct_wrong('11.4', '412.36', '4254.00'), '')
f(d.S('事业收入412.36万元，占本年收入合计的11.4%'), 'share', 'must', f"事业收入 412.36 / 本年收入合计 3,967.60 is {pct('412.36', '3967.60', 2)}%, the text says 11.4% (87.9 and 1.7 on the same line are right)")
ok_all(not off('4077.22', '2614.38', '1462.84'), pct_ok('64.1', '2614.38', '4077.22'), pct_ok('35.9', '1462.84', '4077.22'))
t(d.L('本年支出合计4,077.22万元，其中：基本支出2,614.38万元'), '2,614.38 + 1,462.84 = 4,077.22; 64.12% and 35.88%')
ok_all(not diff_off('148.84', sm('3486.72', '198.60'), '3536.48'))
t(d.L('2025年度财政拨款收入3,486.72万元，年初财政拨款结转和结余198.60万元'), '3,486.72 + 198.60 − 3,536.48 = 148.84')
ok_all(pct_ok('103.7', '3536.48', '3410.00'))
check(chg_wrong('7.9', '238.36', '3536.48') and chg_ok('7.2', '238.36', '3536.48'), '')
f(d.S('比上年增加238.36万元，增长7.9%'), 'change', 'must', f"238.36 on 上年 3,298.12 is {pct('238.36', '3298.12', 2)}%, the text says 增长7.9% (103.7% of 3,410.00 on the same line is right)")
f(d.L('**表2　北京市京西区园林科学研究所2024年度一般公共预算财政拨款支出决算表'), 'year', 'must',
  'the 2025年度 决算\'s 财政拨款支出 table (合计 3,536.48 = 2025\'s, as 五、 says) is titled 2024年度')
t(d.L('| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |'), '表2 head')
T2 = [('| 206 |', '2498.62', '1436.18', '1062.44'), ('| 208 |', '386.20', '386.20', '0.00'), ('| 210 |', '148.36', '148.36', '0.00'),
      ('| 213 |', '356.94', '0.00', '356.94'), ('| 221 |', '146.36', '146.36', '0.00')]
for k, a, b, p in T2:
    check(sm(b, p) == D(a), k)
    t(d.L(k), f'表2 row {k}: {b} + {p} = {a}')
ok_all(not off('3536.48', *[r[1] for r in T2]), not off('2117.10', *[r[2] for r in T2]), not off('1419.38', *[r[3] for r in T2]))
t(d.L('|  | 合计 | 3,536.48'), '合计 = the five rows in each column')
ok_all(not off('2117.10', '1886.42', '230.68'))
t(d.L('2025年度一般公共预算财政拨款基本支出2,117.10万元'), '1,886.42 + 230.68 = 2,117.10 (财政拨款 part, below 三、\'s 2,614.38: said so)')
ok_all(pct_ok('91.7', '8.62', '9.40'), chg_ok('6.1', '0.56', '8.62', down=True), not off('8.62', '0', '7.36', '1.26'), not off('9.18', '0', '7.36', '1.82'))
check(D('1.26') < D('1.82'), '')
f(d.S('公务接待费1.26万元，比上年的1.82万元有所增长'), 'direction', 'must',
  '公务接待费 1.26 is below 上年 1.82, the text says 有所增长 (91.7%, −6.1% on 9.18, the two 持平 on the same line are right)')
t(d.L('本所2025年度无政府性基金预算'), 'no figures')
ok_all(not off('268.40', '186.20', '82.20'), pct_ok('92.6', '248.60', '268.40'))
t(d.L('（一）政府采购情况'), '186.20 + 82.20 = 268.40; 248.60 / 268.40 = 92.62%')
t(d.L('（二）国有资产占用情况'), 'counts 2辆, 2台; 100万元 a threshold')
ok_all(band('96.0', DEFAULT_BANDS) == '优', band('88.2', DEFAULT_BANDS) == '良', band('80.0', DEFAULT_BANDS) == '良')
check(band('91.6', DEFAULT_BANDS) == '优', '')
f(d.S('单位整体支出绩效自评得分91.6分，自评等级为“良”'), 'grade', 'must',
  '91.6分 is 优 under the bands just stated (90分及以上), the text says 良 (96.0 优, 88.2 良, 80.0 良 on the bound, on the same line, are right)')
t(d.L('财政拨款收入：指区财政当年拨付的资金'), 'definitions')

# ------------------------------------------------------------ 05 天津 区 2025 政府债务情况说明, hard-wrapped (make_docs .wrap.txt)
d, f, t = doc('05-haigu-district-2025-government-debt-note.txt')
t(d.L('天津市海沽区2025年政府债务情况说明') + d.L('海沽区财政局') + d.L('（2026年5月）'), 'title (2025), issuer, date')
t(d.S('现将2025年全区政府债务有关情况说明如下'), 'the year of the note')
each(t, d.L('一、政府债务限额和余额情况') + d.L('（一）债务限额') + d.L('（二）债务余额') + d.L('（三）债务余额变动情况') + d.L('二、政府债券发行和使用情况')
  + d.L('三、政府债务还本付息情况') + d.L('四、2026年到期政府债务情况') + d.L('五、防范化解债务风险工作'), 'headings in order (the slip is a second （三）)')
ok_all(not off('885.20', '272.40', '612.80'))
t(d.S('2025年，市财政局核定我区政府债务限额885.20亿元'), '272.40 + 612.80 = 885.20')
ok_all(not off('873.18', '274.86', '598.32'), not diff_off('52.12', '873.18', sm('268.42', '552.64')), chg_ok('6.3', '52.12', '873.18'), D('873.18') <= D('885.20'),
       D('598.32') <= D('612.80'))
check(D('274.86') > D('272.40'), '')
f(d.S('其中一般债务余额274.86亿元') + d.S('全区一般债务、专项债务余额均控制在市核定的限额以内'), 'debt', 'must',
  '一般债务余额 274.86 is above 一般债务限额 272.40 (一、（一）), the text says both are within their limits (total 873.18 < 885.20 and 专项 are; 52.12 on 821.06 = 6.35% right)')
ok_all(not roll_off('274.86', '268.42', sm('8.60', '14.20'), '16.36'))
t(d.S('一般债务：年初余额268.42亿元，全年发行新增一般债券8.60亿元、再融资一般债券14.20亿元，偿还一般债务本金16.36亿元，年末余额274.86亿元'),
  '268.42 + 8.60 + 14.20 − 16.36 = 274.86')
check(roll_off('598.32', '552.64', sm('56.80', '22.40'), '35.52') and not roll_off('598.32', '552.64', sm('56.80', '22.40'), '33.52'), '')
f(d.S('专项债务：年初余额552.64亿元，全年发行新增专项债券56.80亿元、再融资专项债券22.40亿元，偿还专项债务本金35.52亿元，年末余额598.32亿元'), 'debt', 'must',
  '552.64 + 56.80 + 22.40 − 35.52 = 596.32, the 年末余额 is 598.32 (with 33.52, as 三、 says, it closes)')
f(d.S('偿还专项债务本金35.52亿元') + d.S('专项债务33.52'), 'conflict', 'may', '专项债务 还本 35.52 (一、（三）) against 33.52 (三、)')
f(d.L('（三）债务风险指标'), 'heading', 'must', '一、\'s parts run （一）（二）（三）（三）: （三） is used twice')
check(D('86.4') > D('84.3') and pts_ok('2.1', '86.4', '84.3'), '')
f(d.S('2025年全区政府债务率为86.4%，比上年下降2.1个百分点（上年84.3%）'), 'direction', 'must', '债务率 86.4% against 上年 84.3% is a rise of 2.1 个百分点, the text says 下降')
ok_all(not off('102.00', '65.40', '36.60'), not off('65.40', '8.60', '56.80'), not off('36.60', '14.20', '22.40'))
t(d.S('2025年全区发行政府债券102.00亿元') + d.S('；专项债券56.80亿元。'), '65.40 + 36.60 = 102.00; 8.60 + 56.80 = 65.40 (再融资 14.20 + 22.40 = 36.60 as in the rolls)')
ok_all(not off('56.80', '24.36', '14.20', '9.64', '8.60'), pct_ok('42.9', '24.36', '56.80'), pct_ok('25.0', '14.20', '56.80'), pct_ok('17.0', '9.64', '56.80'))
check(pct_wrong('15.8', '8.60', '56.80') and pct_ok('15.1', '8.60', '56.80'), '')
f(d.S('交通基础设施8.60亿元，占15.8%'), 'share', 'must', f"交通基础设施 8.60 / 新增专项债券 56.80 is {pct('8.60', '56.80', 2)}%, the text says 15.8% (四个 with four fields; 42.9, 25.0, 17.0 on the same lines are right)")
ok_all(not off('49.88', '16.36', '33.52'))
check(not diff_off('2.72', '26.84', '24.12') and chg_wrong('12.8', '2.72', '26.84') and chg_ok('11.3', '2.72', '26.84'), '')
f(d.S('支付政府债务利息26.84亿元，比上年增加2.72亿元，增长12.8%'), 'change', 'must', f"2.72 on 上年 24.12 is {pct('2.72', '24.12', 2)}%, the text says 增长12.8% (16.36 + 33.52 = 49.88 on the same line is right)")
check(off('58.46', '18.24', '41.22') and sm('18.24', '41.22') == D('59.46'), '')
ok_all(pct_ok('61.6', '36.00', '58.46'))
f(d.S('2026年全区到期政府债券本金58.46亿元，其中一般债券18.24亿元、专项债券41.22亿元'), 'sum', 'must', '到期本金 58.46, but 18.24 + 41.22 = 59.46')
t(d.S('一是严格落实政府债务限额管理'), '一是…三是 with no count stated')

# ------------------------------------------------------------ 06 山东 市中心医院 2025 部门整体支出绩效自评, tab tables
d, f, t = doc('06-yilan-city-central-hospital-2025-overall-performance-self-evaluation.txt')
t(d.L('沂岚市中心医院2025年度部门整体支出绩效自评报告') + d.L('2026年4月') + d.L('根据《山东省省级部门单位预算绩效管理办法》'), 'title (2025年度), date, opening')
each(t, d.L('一、部门基本情况') + d.L('（一）基本概况') + d.L('（二）收支情况') + d.L('二、绩效目标设置情况') + d.L('三、绩效自评结论') + d.L('四、主要绩效指标完成情况')
  + d.L('五、重点项目绩效自评情况') + d.L('六、存在的问题和改进措施'), 'headings in order')
t(d.L('沂岚市中心医院为市卫生健康委员会所属'), '1,200 编制 and 1,386 开放 (two measures), 2,148人')
ok_all(growth_ok('4.8', '107.4', '112.6'), not diff_off('0.5', '8.1', '7.6'))
check(not growth_ok('5.9', '6.52', '6.84') and growth_ok('4.9', '6.52', '6.84'), '')
f(d.S('出院病人6.84万人次，同比增长5.9%（上年6.52万人次）'), 'change', 'must',
  f"6.84 on 6.52 is +{pct(sm('6.84', '-6.52'), '6.52', 2)}%, the text says 增长5.9% (门急诊 +4.84% and 住院日 −0.5 on the same line are right)")
check(D('26.4') < D('27.8') and pts_ok('1.4', '27.8', '26.4'), '')
f(d.S('药占比26.4%，较上年（27.8%）上升1.4个百分点'), 'direction', 'must', '药占比 26.4% against 上年 27.8% is a fall of 1.4 个百分点, the text says 上升')
ok_all(not off('86420.36', '9862.40', '73486.20', '3071.76'), pct_ok('11.4', '9862.40', '86420.36'), pct_ok('3.6', '3071.76', '86420.36'),
       not off('84968.52', '76284.30', '8684.22'))
check(pct_wrong('85.9', '73486.20', '86420.36') and pct_ok('85.0', '73486.20', '86420.36'), '')
f(d.S('医疗收入73,486.20万元，占85.9%'), 'share', 'must', f"医疗收入 73,486.20 / 收入 86,420.36 is {pct('73486.20', '86420.36', 2)}%, the text says 85.9% (11.4, 3.6 and 76,284.30 + 8,684.22 = 84,968.52 on the same line are right)")
t(d.L('表1　2025年度收入决算情况表') + d.L('项目\t本年决算数'), '表1 title (2025年度) and head')
T1 = [('财政拨款收入', '9,862.40', '9,418.60', '4.7'), ('医疗收入', '73,486.20', '69,842.10', '5.2'), ('其他收入', '3,071.76', '3,206.40', '-4.2'),
      ('收入合计', '86,420.36', '82,467.10', '4.8')]
for k, a, p, g in T1:
    check(growth_ok(g, c(p), c(a)), k)
    t(R(d, k + '\t' + a), f'表1 row {k}: on {p} {pct(sm(c(a), "-" + c(p)), c(p), 2)}%' + ('; 合计 = the three rows in both columns' if k == '收入合计' else ''))
ok_all(not off('82467.10', '9418.60', '69842.10', '3206.40'), pct_ok('98.8', '9862.40', '9986.00'))
check(pct_wrong('96.8', '9862.40', '9986.00'), '')
f(d.S('2025年财政拨款预算9,986.00万元，实际支出9,862.40万元，预算执行率98.8%') + R(d, '财政拨款预算执行率', '96.8%'), 'conflict', 'must',
  '财政拨款预算执行率 98.8% in the text (9,862.40 / 9,986.00 = 98.76%) against 96.8% in 表3')
check(sm('12', '8', '3') == 23, '')
f(d.S('设置绩效指标共24个，其中产出指标12个、效益指标8个、满意度指标3个'), 'count', 'must', '24个 绩效指标, but 12 + 8 + 3 = 23')
ok_all(band('92.00', DEFAULT_BANDS) == '优', band('91.00', DEFAULT_BANDS) == '优')
f(d.S('经自评，医院2025年度部门整体支出绩效自评得分92.00分，等级为“优”'), 'sum', 'may', 'the 表2 slip read on the text\'s total: 92.00 (= 合计) against the rows\' 91.00; 优 either way')
t(d.L('表2　2025年度部门整体支出绩效自评得分表') + d.L('一级指标\t分值'), '表2 title and head')
S2 = [('决策', '15', '14.20', '94.7'), ('过程', '20', '17.60', '88.0'), ('产出', '35', '32.40', '92.6'), ('效益', '30', '26.80', '89.3')]
for k, a, s_, r in S2:
    check(pct_ok(r, s_, a), k)
for k, a, s_, r in S2[:3]:
    t(R(d, k + '\t' + a + '\t' + s_), f'表2 row {k}: {s_} / {a} = {pct(s_, a, 2)}%')
check(off('92.00', *[r[2] for r in S2]) and sm(*[r[2] for r in S2]) == D('91.00') and not off('100', *[r[1] for r in S2]), '')
f(R(d, '效益\t30\t26.80') + R(d, '合计\t100\t92.00'), 'sum', 'must', '表2 得分: 14.20 + 17.60 + 32.40 + 26.80 = 91.00 against 合计 92.00 (分值 15 + 20 + 35 + 30 = 100 is right)')
t(d.L('表3　2025年度主要绩效指标完成情况') + d.L('指标名称\t年度目标值'), '表3 title and head')
for k in ['门急诊人次\t', '出院人次\t', '三、四级手术占比\t', '平均住院日\t', '患者满意度\t']:
    t(d.L(k), f'表3 row {k.strip()}: a target (≥/≤ thresholds) and an actual, no claim (三、四级 a row label, not a heading)')
ok_all(band('90.0', DEFAULT_BANDS) == '优', band('79.8', DEFAULT_BANDS) == '中')
check(band('86.5', DEFAULT_BANDS) == '良', '')
f(d.S('重点专科建设项目自评得分86.5分，等级为“优”'), 'grade', 'must', '86.5分 is 良 under the stated bands (80–90), the text says 优 (90.0 优 on the bound and 79.8 中 on the same line are right; 3个 with three named)')
t(d.L('一是部分项目绩效指标细化量化不够'), '一是…三是 with no count stated')

# ------------------------------------------------------------ 07 福建 县 2025 茶产业专项资金 项目支出绩效自评 (make_pdfs.mjs PDF, Word numbering)
d, f, t = doc('07-minxi-county-2025-tea-industry-fund-performance-self-evaluation.pdf')
t(d.L('闽溪县2025年度茶产业高质量发展专项资金') + d.E('项目支出绩效自评报告') + d.E('闽溪县农业农村局') + d.E('2026年3月'), 'title (2025年度), issuer, date')
f(d.S('现将2024年度茶产业高质量发展专项资金绩效自评情况报告如下'), 'year', 'must',
  'the 2025年度 自评 (title, the notice just named, 2025年项目资金) reports on 2024年度')
each(t, d.L('一、 项目概况') + d.L('（一） 项目基本情况') + d.L('（二） 项目资金情况') + d.L('二、 绩效目标完成情况') + d.L('（一） 资金执行情况')
  + d.L('（二） 产出目标完成情况') + d.L('（三） 效益目标完成情况') + d.L('三、 自评结论') + d.L('四、 存在问题和改进措施'), 'Word-numbered headings in order')
t(d.L('茶产业是我县农业主导产业'), '5个 乡镇 with five named')
check(off('1720.00', '800.00', '300.00', '640.00') and sm('800', '300', '640') == D('1740'), '')
ok_all(not off('1720.00', '1500.00', '220.00'))
f(d.S('2025年项目资金1,720.00万元，其中省级财政资金800.00万元、市级财政资金300.00万元、县级财政资金640.00万元'), 'sum', 'must',
  '项目资金 1,720.00, but 800.00 + 300.00 + 640.00 = 1,740.00 (1,500 + 220 = 1,720 on the same line is right)')
ok_all(not off('1720.00', '680.00', '540.00', '260.00', '240.00'), pct_ok('39.5', '680.00', '1720.00'), pct_ok('31.4', '540.00', '1720.00'), pct_ok('14.0', '240.00', '1720.00'))
check(pct_wrong('16.1', '260.00', '1720.00') and pct_ok('15.1', '260.00', '1720.00') and pct_wrong('16.1', '260.00', '1740.00'), '')
f(d.S('品牌推广260.00万元，占16.1%'), 'share', 'must', f"品牌推广 260.00 / 1,720.00 is {pct('260', '1720', 2)}%, the text says 16.1% (39.5, 31.4, 14.0 on the same line are right)")
ok_all(pct_ok('95.8', '1648.60', '1720.00'), not diff_off('71.40', '1720.00', '1648.60'))
t(d.L('截至2025年12月31日，项目实际支出1,648.60万元'), '1,648.60 / 1,720.00 = 95.85%; 1,720.00 − 1,648.60 = 71.40')
ok_all(pct_ok('105.0', '1.26', '1.2'))
f(d.S('建成3个茶叶初制所清洁化改造示范点，分别为溪口镇龙湾茶厂、岚下乡云雾茶叶专业合作社'), 'count', 'must',
  '3个 示范点 with two named (分别为 A、B); 1.26 / 1.2 = 105.0% on the same line is right')
check(D('99.6') < D('99.8'), '')
f(d.S('全县茶叶农药残留抽检合格率99.6%，较上年（99.8%）有所提高'), 'direction', 'must', '合格率 99.6% is below 上年 99.8%, the text says 有所提高')
ok_all(growth_ok('8.9', '39.30', '42.80'))
check(not growth_ok('13.3', '2480', '2860') and growth_ok('15.3', '2480', '2860'), '')
f(d.S('项目带动茶农户均增收2,860元，较上年2,480元增长13.3%'), 'change', 'must',
  f"2,860 on 2,480 is +{pct('380', '2480', 2)}%, the text says 增长13.3% (产值 42.80 on 39.30 +8.91% on the same line is right)")
SC = ['15', '10', '10', '10', '5', '12', '8', '4.5', '10', '9']
ok_all(not off('93.5', *SC), not off('100', '15', '10', '10', '10', '5', '15', '10', '5', '10', '10'), band('93.5', DEFAULT_BANDS) == '优')
check(abs(D('95.3') - D('93.5')) > half('95.3') + half('93.5'), 'text 95.3 against 合计 93.5')
f(d.S('经自评，本项目得分95.3分') + d.L('| 合计 |'), 'conflict', 'must', '自评得分 95.3 in the text against 表1 合计 93.5 (the ten 得分 add to 93.5); 优 either way')
TR = ['新建生态茶园面积', '| 数量指标 初制所清洁化改造示范点', '农药残留抽检合格率 |', '补助资金兑付及时率', '| 成本指标 |', '茶叶产值增长率 |', '带动茶农户均增收 |',
      '茶园绿色防控覆盖率 |', '| 茶农满意度 |', '| 预算执行 |']
for k in TR:
    t(d.L(k), f'表1 row ({k.strip("| ")}): a target, an actual, 分值 and 得分 (≥/≤ thresholds, no claim)')
t(d.L('| 表1 一级指标 二级指标 |'), '表1 title and head folded by the PDF reader')
t(d.L('一是部分乡镇项目申报材料准备不充分'), '一是…二是 with no count stated; 2026年 the coming year')

# ------------------------------------------------------------ 08 广东 区住建局 2026 部门预算, tables one cell a line
d, f, t = doc('08-hailan-district-housing-bureau-2026-dept-budget.txt')


def cells(label, n, nth=1):
    at = d.E(label, nth)[0]
    return list(range(at, at + n))


t(d.E('珠湾市海澜区住房和城乡建设局2026年部门预算') + d.E('珠湾市海澜区住房和城乡建设局') + d.E('2026年1月'), 'title (2026), issuer, date')
each(t, d.E('一、部门基本情况') + d.E('二、收入预算情况') + d.E('三、支出预算情况') + d.E('四、财政拨款收支预算情况') + d.E('五、政府性基金预算支出情况')
  + d.E('六、“三公”经费预算情况') + d.E('七、其他重要事项的情况说明') + d.E('八、名词解释'), 'headings 一、…八、 in order')
ok_all(sm('32', '54') == 86)
t(d.L('珠湾市海澜区住房和城乡建设局是区人民政府工作部门'), '2个 with two named; 86 = 32 + 54; 7个科室 no list')
ok_all(not diff_off('1767.80', '24686.40', '22918.60'), chg_ok('7.7', '1767.80', '24686.40'), chg_ok('5.4', '643.80', '12486.20'), chg_ok('11.1', '1080.00', '10840.00'),
       not off('24686.40', '12486.20', '10840.00', '1360.20'))
t(d.L('2026年部门收入预算24,686.40万元'), '+7.71% on 22,918.60; +5.44% on 11,842.40; +11.07% on 9,760.00; 12,486.20 + 10,840.00 + 1,360.20 = 24,686.40')
t(d.E('表1　海澜区住房和城乡建设局2026年部门收入预算表') + d.E('单位：万元', 1) + cells('项目', 5, 1), '表1 title (2026), unit, head one cell a line')
T1 = [('一般公共预算拨款', '12,486.20', '11,842.40', '643.80', '5.4'), ('政府性基金预算拨款', '10,840.00', '9,760.00', '1,080.00', '11.1'),
      ('其他收入', '1,360.20', '1,316.20', '44.00', '3.3'), ('合计', '24,686.40', '22,918.60', '1,767.80', '7.7')]
for k, a, p, dl, g in T1:
    check(not diff_off(c(dl), c(a), c(p)) and growth_ok(g, c(p), c(a)), k)
    t(cells(k, 5, 1), f'表1 row {k}: {a} − {p} = {dl}, {pct(c(dl), c(p), 2)}%')
for col in (1, 2, 3):
    check(not off(c(T1[3][col]), *[c(r[col]) for r in T1[:3]]), col)
f(d.L('本部门2025年支出预算24,686.40万元'), 'year', 'must', 'the 2026 部门预算 (title, 表1, 表2) states its 支出预算 24,686.40 as 2025年')
ok_all(not off('24686.40', '5864.30', '18822.10'), pct_ok('76.2', '18822.10', '24686.40'))
check(pct_wrong('24.3', '5864.30', '24686.40') and pct_ok('23.8', '5864.30', '24686.40'), '')
f(d.S('基本支出5,864.30万元，占支出预算的24.3%'), 'share', 'must', f"基本支出 5,864.30 / 支出预算 24,686.40 is {pct('5864.30', '24686.40', 2)}%, the text says 24.3% (项目 76.24% on the same line is right)")
t(d.E('表2　海澜区住房和城乡建设局2026年部门支出预算表') + d.E('单位：万元', 2) + cells('科目名称', 4), '表2 title (2026), unit, head (合计 a column head)')
T2 = [('城乡社区支出', '21,486.30', '2,664.20', '18,822.10'), ('社会保障和就业支出', '1,286.40', '1,286.40', '0.00'), ('住房保障支出', '1,501.10', '1,501.10', '0.00')]
for k, a, b, p in T2:
    check(sm(c(b), c(p)) == D(c(a)), k)
    t(cells(k, 4, 1), f'表2 row {k}: {b} + {p} = {a}')
check(off('24686.40', *[c(r[1]) for r in T2], '421.60') and not off('24686.40', *[c(r[1]) for r in T2], '412.60') and sm('412.60', '0.00') != D('421.60'), '')
ok_all(not off('5864.30', *[c(r[2]) for r in T2], '412.60'), not off('18822.10', *[c(r[3]) for r in T2], '0.00'))
f(cells('卫生健康支出', 4, 1) + cells('合计', 4, 3), 'sum', 'must',
  '表2 卫生健康支出 合计 421.60 against its 基本 412.60 + 项目 0.00; the 合计 column adds to 24,695.40 against 24,686.40 (412.60 fits both)')
ok_all(not off('23326.20', '12486.20', '10840.00'), not off('12486.20', '9286.10', '1286.40', '412.60', '1501.10'), not off('21486.30', '9286.10', '10840.00', '1360.20'),
       not off('5864.30', '4986.70', '877.60'))
ok_all(True)  # 四、 23,326.20 = 12,486.20 + 10,840.00: its line is the conflict's partner
t(d.L('一般公共预算拨款支出12,486.20万元'), '9,286.10 + 1,286.40 + 412.60 + 1,501.10 = 12,486.20; 城乡社区 21,486.30 = 9,286.10 + 10,840.00 + 1,360.20 (said so)')
t(d.L('一般公共预算拨款基本支出5,864.30万元'), '4,986.70 + 877.60 = 5,864.30')
check(D('10480.00') != D('10840.00') and off('10480.00', '8620.00', '1460.00', '760.00'), '')
f(d.L('2026年政府性基金预算拨款收入10,480.00万元') + d.L('2026年财政拨款收支预算23,326.20万元') + cells('合计', 2, 4), 'conflict', 'must',
  '政府性基金预算拨款 10,480.00 (五、) against 10,840.00 (二、, 表1, 四、, 表3 合计)')
f(d.L('2026年政府性基金预算拨款收入10,480.00万元'), 'sum', 'may', 'the same slip against its 其中: 8,620 + 1,460 + 760 = 10,840 > 10,480')
t(d.E('表3　海澜区住房和城乡建设局2026年政府性基金预算支出表') + d.E('单位：万元', 3) + cells('项目', 2, 2), '表3 title (2026), unit, head')
for k in ['国有土地使用权出让收入安排的支出', '城市基础设施配套费安排的支出', '污水处理费安排的支出']:
    t(cells(k, 2), '表3 row')
t(cells('合计', 2, 4), '表3 合计 10,840.00 = 8,620 + 1,460 + 760')
ok_all(chg_ok('6.1', '1.20', '18.60', down=True), not off('18.60', '0', '12.40', '6.20'), not off('19.80', '0', sm('12.40', '0.60'), '6.80'))
check(D('6.20') != D('6.80'), '')
f(d.S('公务接待费6.20万元，与上年（6.80万元）持平'), 'direction', 'must', '公务接待费 6.20 against 上年 6.80 is a fall of 0.60, the text says 持平 (−6.06% and 公务用车 −0.60 on the same line are right)')
ok_all(growth_ok('-3.2', '709.10', '686.40'))
t(d.L('（一）机关运行经费'), '686.40 on 709.10 = −3.20%')
ok_all(not off('3264.80', '286.40', '1862.00', '1116.40'))
t(d.L('（二）政府采购预算'), '286.40 + 1,862.00 + 1,116.40 = 3,264.80')
f(d.L('（二）国有资产占用情况'), 'heading', 'must', '七、\'s parts run （一）（二）（二）（三）: （二） is used twice')
f(d.S('纳入重点绩效评价的项目共6个：老旧小区改造、城中村污水管网完善、市政道路养护、燃气管道更新改造、建筑工地扬尘治理'), 'count', 'must',
  '共6个 with five projects named')
t(d.L('一般公共预算拨款：指区财政当年拨付的一般公共预算资金'), 'definitions')

write('heldout45: east China\'s municipalities and coastal provinces (Shanghai, Beijing, Tianjin, Jiangsu, Zhejiang, Shandong, Fujian, Guangdong) as real '
      'departments publish them (a 区属中学 2026 单位预算 PDF with typed headings and a side-by-side 财务收支预算总表, a 市级 国有资本经营预算执行情况 .docx, a 县 '
      '2026年1—6月 财政预算执行情况 as pdftotext -layout, a 区属研究所 2025 单位决算 .md, a 区 政府债务情况说明 hard-wrapped, a 市中心医院 部门整体支出绩效自评 '
      'with tab tables, a 县 茶产业专项资金 项目支出绩效自评 PDF with Word numbering and a 评分表, a 区住建局 2026 部门预算 with its tables one cell a line); '
      'blind, all invented', trim_traps=True)
