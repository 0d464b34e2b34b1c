#!/usr/bin/env python3
"""heldout19 (gen19). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Disclosures as reviewers receive them when the text did not come from the drafter's Word file: copied from the
finance bureau's web page (breadcrumbs, 发布时间/来源/浏览次数, 【打印】【关闭】, 上一篇/下一篇; tables pasted as tab-separated
rows or one cell per line), tables pasted from Excel (tabs, empty cells as consecutive tabs, 合计 rows and columns,
元 tables beside a 万元 text, 单位 on its own line), and Markdown from converters (pandoc pipe and grid tables with
multi-line cells, `\\*`, footnote marks `[^1]`). Genres: 部门预算/部门决算, 单位预算/决算 of a school, a hospital and a
research institute (事业收入, 经营收入/经营支出), a county 预算执行情况 page and a city 政府债务 page. Statements are located
by a piece of their text (../heldout-kit/expected_kit.py); every figure a finding or trap relies on is re-derived here
with decimal arithmetic. Run: python3 build_expected.py"""
import os, sys
from decimal import Decimal as D

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)
DEFAULT = DEFAULT_BANDS


def chg_ok(rate, delta, current, down=False):
    """A stated rate of change against delta / (current ∓ delta)."""
    prior = D(current) + D(delta) if down else D(current) - D(delta)
    return pct_ok(rate, delta, prior)


def chg_wrong(rate, delta, current, down=False):
    return not chg_ok(rate, delta, current, down)


# p01: county bureau 部门预算 2025 copied from the web page: breadcrumbs, 发布时间/浏览次数, a two-sided table pasted as tab rows
d, f, t = doc('p01-qinglan-county-natural-resources-2025-dept-budget.txt')
t(d.L('首页 > 信息公开'), 'breadcrumbs')
t(d.L('发布时间：2025-02-14'), 'web furniture: a date and 浏览次数1286, no figures of the budget')
f(d.L('下属事业单位3个'), 'count', 'must', '下属事业单位3个，分别为 two names (the 6个 before it has six)')
check(sm('5216.40', '1080.00', '185.90') == D('6482.30'), 'income')
t(d.L('2025年本部门收入预算总额为6,482.30万元'), '5,216.40 + 1,080.00 + 185.90 = 6,482.30')
check(chg_ok('6.8', '412.60', '6482.30'), 'total change')
t(d.L('2025年本部门支出预算总额为6,482.30万元'), '412.60 / 6,069.70 = 6.8%')
t(d.L('一般公共预算拨款收入\t5,216.40') + d.L('政府性基金预算拨款收入\t1,080.00') + d.L('事业收入\t185.90'), 'income rows add up to 收入合计 6,482.30')
spend = ['312.50', '486.20', '240.00', '1080.00', '4135.60', '210.00']
check(off('6482.30', *spend) and sm(*spend) == D('6464.30'), 'spending column')
f(d.L('收入合计\t6,482.30\t支出合计'), 'sum', 'must', '支出合计 6,482.30, but the spending rows add to 6,464.30 (自然资源海洋气象等支出 4,135.60; 收入合计 on the line is right)')
t(d.L('\t\t城乡社区支出') + d.L('\t\t住房保障支出'), 'rows of the spending side with empty income cells')
check(chg_wrong('3.7', '186.30', '5216.40', down=True) and pct('186.30', '5402.70') == D('3.4'), 'gp')
f(d.L('2025年一般公共预算拨款支出5,216.40万元'), 'change', 'must', '186.30 / (5,216.40 + 186.30 = 5,402.70) = 3.4%, stated 下降3.7%')
check(sm('0', '24.80', '7.80') == D('32.60') and sm('0', '24.80') == D('24.80'), 'sangong')
t(d.L('2025年“三公”经费预算32.60万元'), '0 + 24.80 + 7.80 = 32.60 with a nested 0 + 24.80; 与2024年预算持平 with no change stated')
check(chg_ok('4.5', '13.60', '286.40', down=True), 'running')
t(d.L('2025年本部门机关运行经费预算286.40万元'), '13.60 / 300.00 = 4.5%')
f(d.L('六、政府采购预算情况'), 'heading', 'must', '四、 then 六、 (五、 missing)')
check(sm('86.00', '0', '340.00') == D('426.00'), 'procurement')
t(d.L('2025年本部门政府采购预算总额426.00万元'), '86.00 + 0 + 340.00 = 426.00')
t(d.L('本部门共有车辆5辆'), '3 + 2 = 5; 0台（套）')
t(d.L('实行绩效目标管理的项目9个'), '9个 with no list; 100%')
t(d.L('下一篇：青岚县自然资源局2024年部门决算公开'), 'the site\'s link to another document: not a year of this one')
t(d.L('上一篇：'), 'the site\'s link to another bureau\'s document')
t(d.L('联系电话'), 'a phone number')

# p02: city bureau 部门决算 2024 from the web page: a table copied one cell per line
d, f, t = doc('p02-huxi-city-ecology-environment-2024-dept-final-accounts.txt')
t(d.L('阅读：356次'), 'web furniture')
check(chg_ok('6.5', '526.18', '8614.72'), 'totals')
t(d.L('2024年度收入总计8,614.72万元'), '526.18 / 8,088.54 = 6.5%')
check(sm('7684.20', '418.16') == D('8102.36') and pct_ok('94.8', '7684.20', '8102.36') and pct_ok('5.2', '418.16', '8102.36'), 'income')
t(d.L('本年收入合计8,102.36万元'), '7,684.20 + 0 + 418.16 = 8,102.36; 94.8%, 5.2%')
check(sm('3128.46', '5108.08') == D('8236.54') and pct_ok('38.0', '3128.46', '8236.54') and pct_ok('62.0', '5108.08', '8236.54'), 'spending')
t(d.L('本年支出合计8,236.54万元'), '3,128.46 + 5,108.08 = 8,236.54; 38.0%, 62.0%')
check(sm('412.00', '168.00', '6620.00', '260.00') == D('7460.00') and sm('408.62', '165.34', '6836.88', '273.36') == D('7684.20'), 'table')
t(d.E('7,460.00') + d.E('7,684.20') + d.E('408.62') + d.E('165.34') + d.E('6,836.88') + d.E('273.36') + d.E('6,620.00'),
  'one cell per line: 年初预算 and 决算 columns add up to the 合计 row printed first')
check(chg_wrong('4.2', '312.48', '7684.20') is False and pct('312.48', '7371.72') == D('4.2'), 'fiscal')
f(d.L('比上年决算增加312.48万元，下降4.2%'), 'direction', 'must', '增加312.48万元 with 下降4.2% (312.48 / 7,371.72 = 4.2% is a rise)')
check(D('6863.88') != D('6836.88'), 'conflict')
f(d.L('节能环保支出（类）决算6,863.88万元'), 'conflict', 'must', '节能环保支出 决算 6,863.88 here, 6,836.88 in 表1')
check(off('18.46', '0', '13.36', '6.20') and sm('13.36', '6.20') == D('19.56') and chg_ok('10.4', '2.14', '18.46', down=True), 'sangong')
f(d.L('“三公”经费财政拨款支出决算为18.46万元'), 'sum', 'must', '三公 18.46, but 0 + 13.36 + 6.20 = 19.56 (2.14 / 20.60 = 10.4% right)')
t(d.L('公务接待费6.20万元，国内公务接待38批次'), '6.20 printed twice the same; 38批次、412人次')
check(chg_ok('7.0', '18.62', '246.38', down=True), 'running')
t(d.L('机关运行经费支出246.38万元'), '18.62 / 265.00 = 7.0%')
check(9 + 3 == 12, 'graded')
t(d.L('本部门对2024年度12个项目开展绩效自评'), '9 + 3 = 12; 90分（含）以上 and 80（含）-90分 are bands, not figures')
check(band('88.6', DEFAULT) == '良', 'grade')
f(d.L('“大气污染防治”项目自评得分88.6分'), 'grade', 'must', '88.6 is 良 [80,90), called 优')
t(d.L('【打印本页】'), 'web furniture')

# p03: a school's 单位预算 2025, Markdown from pandoc: pipe and grid tables, \\*, a footnote mark
d, f, t = doc('p03-chengjiang-city-no3-middle-school-2025-unit-budget.md')
t(d.L('现有教学班48个'), '48个, 2,136人, 186人[^1]: the footnote mark is no figure')
check(sm('4316.20', '486.30', '60.00') == D('4862.50'), 'income')
t(d.L('2025年本单位收入预算4,862.50万元'), '4,316.20 + 486.30 + 60.00 = 4,862.50')
check(chg_ok('5.1', '236.80', '4862.50') and sm('3684.10', '1178.40') == D('4862.50') and pct_ok('75.8', '3684.10', '4862.50')
      and pct_wrong('24.8', '1178.40', '4862.50') and pct('1178.40', '4862.50') == D('24.2'), 'spending')
f(d.L('2025年本单位支出预算4,862.50万元'), 'share', 'must', '项目支出 1,178.40 / 4,862.50 = 24.2%, stated 24.8% (5.1% and 75.8% right)')
check(sm('4268.70', '362.40', '86.20', '145.20') == D('4862.50'), 'table')
t(d.L('| 财政拨款收入 | 4,316.20') + d.L('| 事业收入 | 486.30') + d.L('| 其他收入 | 60.00') + d.L('|  |  | 住房保障支出') + d.L('| 收入合计 |'),
  'a pipe table: both sides add up to 4,862.50')
check(sm('3722.40', '362.40', '86.20', '145.20') == D('4316.20'), 'fiscal')
t(d.L('2025年财政拨款支出预算4,316.20万元'), '3,722.40 + 362.40 + 86.20 + 145.20 = 4,316.20 (高中教育（项） is not the table\'s all-funds 教育支出 4,268.70)')
check(D(2136) * 1200 / 10000 == D('256.32'), 'per pupil')
t(d.L('生均公用经费\\*按每生每年'), '2,136 × 1,200元 = 256.32万元; an escaped \\*')
check(chg_ok('8.1', '0.60', '6.80', down=True) and sm('0', '0', '6.80') == D('6.80'), 'sangong')
t(d.L('2025年"三公"经费预算6.80万元'), '0.60 / 7.40 = 8.1%; 0 + 0 + 6.80')
check(sm('436.00', '186.40') == D('622.40') and off('618.40', '436.00', '186.40'), 'procurement')
f(d.L('2025年本单位政府采购预算总额618.40万元'), 'sum', 'must', '采购 618.40, but 货物 436.00 + 服务 186.40 = 622.40 (more than the total)')
t(d.L('本单位共有车辆0辆'), '0辆, 3台（套）, 0台（套）; 50万元以上 thresholds')
f(d.L('纳入绩效目标管理的项目共4个'), 'count', 'must', '4个，分别为 three names')
check(sm('286.00', '312.40', '580.00') == D('1178.40'), 'grid')
t(d.L('| 智慧校园建设     | 286.00') + d.L('| 教学设备更新') + d.L('| 校舍维修改造') + d.L('| 合计             | 1,178.40'),
  'a grid table with a two-line header and a two-line cell: 286.00 + 312.40 + 580.00 = 1,178.40 = 项目支出')
t(d.L('网络可用率≥99%'), 'a target in a cell, not a share')
t(d.L('[^1]: 教职工人数'), 'a footnote: 12人, 2024年12月31日')

# p04: a hospital's 单位决算 2024 with tables pasted from Excel in 元 (tabs, empty cells), text in 万元
d, f, t = doc('p04-lanshan-county-peoples-hospital-2024-unit-final-accounts.txt')
check(26 + 8 + 14 == 48, 'depts')
t(d.L('设临床科室26个'), '26 + 8 + 14 = 48')
check(sm('30062.45', '1800.00') == D('31862.45') and sm('30235.41', '1627.04') == D('31862.45'), 'totals')
t(d.L('2024年度本单位收入总计31,862.45万元'), '30,062.45 + 1,800.00 = 31,862.45 = 30,235.41 + 1,627.04')
inc = ['28643200', '265418600', '4216800', '2345900']
check(sm(*inc) == D('300624500') and all(pct_ok(r, a, '300624500') for r, a in zip(['9.5', '88.3', '1.4', '0.8'], inc)), 'income table')
t(d.L('财政拨款收入\t28,643,200.00') + d.L('事业收入\t265,418,600.00') + d.L('经营收入\t4,216,800.00') + d.L('其他收入\t2,345,900.00')
  + d.L('合计\t300,624,500.00'), 'Excel rows in 元 add up; 占比 9.5, 88.3, 1.4, 0.8 of 300,624,500')
check(D('300624500') / 10000 == D('30062.45') and D('30026.45') != D('30062.45') and chg_ok('6.6', '1862.30', '30026.45'), 'conflict')
f(d.L('本年收入合计30,026.45万元'), 'conflict', 'must', '本年收入合计 30,026.45 here, 30,062.45 in （二） and 300,624,500 元 in the 收入决算表 (6.6% fits either)')
check(pct('36.20', '457.88') == D('7.9'), 'business')
f(d.L('经营收入421.68万元，比上年减少36.20万元，增长7.9%'), 'direction', 'must', '减少36.20万元 with 增长7.9% (36.20 / 457.88 = 7.9% is a fall)')
sp = ['26538.13', '3286.42', '410.86']
check(sm(*sp) == D('30235.41') and all(pct_ok(r, a, '30235.41') for r, a in zip(['87.8', '10.9', '1.4'], sp)), 'spending')
t(d.L('本年支出合计30,235.41万元'), 'parts add up; 87.8%, 10.9%, 1.4%; the 元 table equals them (265,381,300 元 = 26,538.13万元)')
check(sm('246118200', '30412600', '4108600') == D('280639400') and sm('2198200', '2451600') == D('4649800')
      and sm('246118200', '2198200') == D('248316400') and sm('248316400', '32864200', '4108600') == D('285289200'), 'health')
t(d.L('卫生健康支出\t248,316,400.00') + d.L('  公立医院') + d.L('  公共卫生'), 'indented sub-rows make their 类 row; an empty 经营支出 cell')
t(d.L('社会保障和就业支出\t12,846,300.00'), 'a row with two empty cells: 12,846,300 = 12,846,300')
check(off('4281600', '4218600'), 'housing')
f(d.L('住房保障支出\t4,218,600.00'), 'sum', 'must', '住房保障支出 合计 4,281,600 元, but 基本支出 4,218,600 and nothing else')
check(sm('248316400', '12846300', '4218600') == D('265381300') and off('302354100', '285289200', '12846300', '4281600')
      and sm('265381300', '32864200', '4108600') == D('302354100'), 'columns')
f(d.L('合计\t265,381,300.00'), 'sum', 'may', 'the 合计 column with 4,281,600 adds to 302,417,100 against 302,354,100: the same slip seen from the column')
check(sm('0', '16.42', '4.94') == D('21.36') and chg_ok('14.0', '3.48', '21.36', down=True), 'sangong')
t(d.L('2024年度“三公”经费支出合计21.36万元'), '0 + 16.42 + 4.94 = 21.36; 3.48 / 24.84 = 14.0%')
t(d.L('本院共有车辆9辆'), '7 + 2 = 9; 100万元以上 threshold; 14台（套）')

# p05: district bureau 部门决算 2024, Markdown from pandoc with a grid table of multi-line cells
d, f, t = doc('p05-ningchuan-district-human-resources-2024-dept-final-accounts.md')
f(d.L('所属2家事业单位决算组成'), 'count', 'must', '2家，分别为 three names')
check(chg_ok('6.5', '864.20', '12486.30', down=True), 'totals')
t(d.L('2024年度收入、支出决算总计均为12,486.30万元'), '864.20 / 13,350.50 = 6.5%')
check(sm('2395.20', '21.60') == D('2416.80') and sm('8347.40', '100.00') == D('8447.40') and sm('2416.80', '8447.40') == D('10864.20')
      and sm('10864.20', '312.40', '486.60') == D('11663.20') and sm('10742.60', '312.40', '486.60') == D('11541.60'), 'grid')
t(d.L('| 社会保障和就业支出     |') + d.L('| 人力资源和社会保障管理 |') + d.L('| 事务                   |') + d.L('| 就业补助               |')
  + d.L('| 卫生健康支出           |') + d.L('| 住房保障支出           |') + d.L('| 合计                   |'),
  'a grid table with two-line header and row cells: 款 rows make their 类 row, columns and 合计 add up')
check(pct_ok('99.0', '11541.60', '11663.20') and pct_ok('1.0', '121.60', '11663.20'), 'income')
t(d.L('本年收入合计11,663.20万元'), '99.0% (98.96 rounded), 1.0%')
check(sm('2186.34', '9640.12') == D('11826.46') and pct_ok('18.5', '2186.34', '11826.46') and pct_ok('81.5', '9640.12', '11826.46'), 'spending')
t(d.L('本年支出合计11,826.46万元'), 'parts add up; 18.5%, 81.5%')
check(pct_ok('99.0', '11704.86', '11826.46') and chg_ok('7.3', '918.42', '11704.86', down=True), 'fiscal')
t(d.L('2024年度财政拨款支出11,704.86万元'), '98.97% rounded to 99.0; 918.42 / 12,623.28 = 7.3%')
check(pct_wrong('71.5', '8486.30', '11704.86') and pct('8486.30', '11704.86') == D('72.5') and chg_ok('4.0', '326.30', '8486.30'), 'employment')
f(d.L('其中：就业补助（款）支出8,486.30万元'), 'share', 'must', '8,486.30 / 11,704.86 = 72.5%, stated 71.5% (比年初预算 4.0% right)')
check(sm('0', '6.12', '2.52') == D('8.64') and sm('0', '0.84', '0.52') == D('1.36') and chg_ok('12.7', '1.26', '8.64', down=True), 'sangong')
f(d.L('2024年度"三公"经费财政拨款支出决算8.64万元'), 'change-sum', 'must', '三公 减少1.26, but its parts\' changes 0 + 0.84 + 0.52 = 1.36 (levels add up)')
check(chg_ok('6.2', '12.36', '186.42', down=True), 'running')
t(d.L('2024年度机关运行经费支出186.42万元'), '12.36 / 198.78 = 6.2%')
check(11 + 4 == 15, 'graded')
t(d.L('本部门对15个项目开展绩效自评'), '11 + 4 = 15')
check(band('91.5', DEFAULT) == '优', 'grade')
f(d.L('"就业创业补贴"项目自评得分91.5分'), 'grade', 'must', '91.5 is 优 [90,100], called 良')
f(d.L('### 九、国有资产占用情况'), 'heading', 'must', '七、 then 九、 (八、 missing)')
t(d.L('### （二）机构设置'), '（一） then （二）')

# p06: a county 预算执行情况 page: web furniture, a tab table with rates, four budgets
d, f, t = doc('p06-dongping-county-2024-budget-execution.txt')
t(d.L('浏览次数：2,046'), 'a page counter with a thousands comma')
f(d.L('现将东坪县2023年财政预算执行情况公布如下'), 'year', 'must', '2023年 in the opening of a page titled 2024年财政预算执行情况')
check(sm('198624', '87788') == D('286412'), 'revenue')
t(d.L('2024年全县一般公共预算收入完成286,412万元'), '198,624 + 87,788 = 286,412; 101.2%, 5.6%, 4.8%, 7.5% against bases not stated')
t(d.L('全县一般公共预算支出完成462,318万元'), '96.8%, 3.2% against bases not stated')
check(sm('286412', '218640', '46200', '12000', '8436') == D('571688') and sm('462318', '8624', '42600', '32000') == D('545542')
      and D('571688') - D('545542') == D('26146'), 'balance')
t(d.L('加上级补助收入218,640万元'), '收入总计 571,688 = 286,412 + 218,640 + 46,200 + 12,000 + 8,436; 支出总计 545,542; 结转结余 26,146 = the difference')
for name, b, a, r in [('教育支出', '98600', '96842', '98.2'), ('社会保障和就业支出', '72400', '71986', '99.4'), ('农林水支出', '68500', '64318', '93.9'),
                      ('城乡社区支出', '36800', '33412', '90.8')]:
    check(pct_ok(r, a, b), name)
t(d.L('教育支出\t98,600') + d.L('社会保障和就业支出\t72,400') + d.L('农林水支出\t68,500') + d.L('城乡社区支出\t36,800'),
  'tab rows: 执行数 / 调整预算数 as stated; 比上年增长% (-12.4, -2.6) on unstated bases; five items of a larger total, no 合计')
check(pct_wrong('95.7', '38624', '41200') and pct('38624', '41200') == D('93.7'), 'health')
f(d.L('卫生健康支出\t41,200'), 'change', 'must', '38,624 / 41,200 = 93.7%, stated 95.7% in 为调整预算%')
t(d.L('其中：教育支出96,842万元'), 'restates 96,842 and 64,318 the same; 约…八成 approximate')
t(d.L('全县政府性基金预算收入完成124,860万元'), '88.6%, 15.2%, 16.8% against bases not stated; 112,480 < 124,860 a part')
check(chg_wrong('9.4', '12480', '136520', down=True) and pct('12480', '149000') == D('8.4'), 'fund')
f(d.L('政府性基金预算支出136,520万元'), 'change', 'must', '12,480 / (136,520 + 12,480 = 149,000) = 8.4%, stated 下降9.4%')
check(sm('1240', '1620') == D('2860'), 'state capital')
t(d.L('全县国有资本经营预算收入2,860万元'), '1,240 + 1,620 = 2,860')
check(D('168420') - D('152680') == D('15740'), 'social insurance')
f(d.L('全县社会保险基金收入168,420万元'), 'sum', 'must', '当年收支结余 15,470, but 168,420 - 152,680 = 15,740')
t(d.L('以上数据为快报数'), 'a note')

# p07: a city 政府债务 page: web furniture, a tab table by district with 其中 in the header
d, f, t = doc('p07-linhe-city-2024-government-debt.txt')
t(d.L('来源：市财政局'), 'web furniture')
check(sm('168.40', '317.92') == D('486.32') and sm('162.54', '310.32') == D('472.86'), 'limit')
t(d.L('2024年我市政府债务限额为486.32亿元'), '168.40 + 317.92 = 486.32; 162.54 + 310.32 = 472.86; each balance under its limit')
check(D('472.86') - D('427.72') == D('45.14') and pct_ok('10.6', '45.14', '427.72') and pct_ok('65.6', '310.32', '472.86'), 'change')
t(d.L('全市政府债务余额比上年末增加45.14亿元'), '45.14 / 427.72 = 10.6%; 310.32 / 472.86 = 65.6%')
rows = [('市本级', '186.42', '62.30', '124.12', '180.36', '60.84', '119.52'), ('东区', '96.80', '34.20', '62.60', '94.12', '33.86', '60.26'),
        ('临河县', '114.64', '41.74', '72.90', '108.14', '38.00', '70.14')]
for r in rows:
    check(sm(r[2], r[3]) == D(r[1]) and sm(r[5], r[6]) == D(r[4]) and D(r[4]) <= D(r[1]) and D(r[5]) <= D(r[2]) and D(r[6]) <= D(r[3]), r[0])
t(d.L('市本级\t') + d.L('东区\t') + d.L('临河县\t') + d.L('合计\t486.32'), 'each row: 一般 + 专项 = total, balance under limit; columns add up to 合计')
check(D('90.24') > D('88.46') and D('60.40') > D('58.30') and sm('29.84', '60.40') == D('90.24'), 'west')
f(d.L('西区\t88.46'), 'debt', 'must', '西区 余额 90.24 above its 限额 88.46 (专项 60.40 above 58.30), against 均控制在限额以内')
check(sm('52.60', '33.80') == D('86.40') and D('427.72') + D('86.40') - D('41.26') == D('472.86'), 'issue')
check(chg_wrong('18.9', '6.84', '41.26') and pct('6.84', '34.42') == D('19.9'), 'repay')
f(d.L('2024年初全市政府债务余额427.72亿元'), 'change', 'must', '还本 6.84 / (41.26 - 6.84 = 34.42) = 19.9%, stated 增长18.9% '
  '(427.72 + 86.40 - 41.26 = 472.86 and 52.60 + 33.80 = 86.40 right)')
check(off('14.82', '5.26', '9.46') and sm('5.26', '9.46') == D('14.72'), 'interest')
f(d.L('2024年初全市政府债务余额427.72亿元'), 'sum', 'must', '付息 14.82, but 一般 5.26 + 专项 9.46 = 14.72')
check(D('151.36') + D('18.20') - D('7.02') == D('162.54') and D('276.36') + D('68.20') - D('34.24') == D('310.32')
      and sm('151.36', '276.36') == D('427.72') and sm('18.20', '68.20') == D('86.40') and sm('7.02', '34.24') == D('41.26'), 'by kind')
t(d.L('分类型看，一般债务年初余额151.36亿元'), 'each kind: 年初 + 发行 - 还本 = 年末; kinds add up to the totals')
check(sm('28.40', '12.60', '8.20') == D('49.20') and D('49.20') < D('52.60'), 'uses')
t(d.L('新增债券52.60亿元，主要用于'), '28.40 + 12.60 + 8.20 = 49.20 < 52.60 with 等: a partial list')
check(sm('12.40', '46.20') == D('58.60'), 'new limit')
t(d.L('2025年省财政厅下达我市新增政府债务限额58.60亿元'), '12.40 + 46.20 = 58.60')
t(d.L('相关附件'), 'an attachment name')

# p08: a research institute's 单位预算 2025 (经营收入/经营支出), Markdown from a converter
d, f, t = doc('p08-jiahe-city-academy-agricultural-sciences-2025-unit-budget.md')
f(d.L('内设机构9个'), 'count', 'must', '内设机构9个： eight names')
check(sm('3864.20', '826.40', '312.00', '86.40') == D('5089.00') and sm('4386.50', '468.30', '224.80', '9.40') == D('5089.00'), 'table')
t(d.L('| 一、财政拨款收入') + d.L('| 二、事业收入') + d.L('| 三、经营收入') + d.L('| 四、其他收入') + d.L('| 本年收入合计'),
  'both sides add up; 一、二、 in table cells are row labels, not headings')
inc = ['3864.20', '826.40', '312.00', '86.40']
check(chg_ok('5.6', '268.40', '5089.00') and all(pct_ok(r, a, '5089.00') for r, a in zip(['75.9', '16.2', '6.1', '1.7'], inc)), 'income')
t(d.L('2025年本单位收入预算5,089.00万元'), '268.40 / 4,820.60 = 5.6%; 75.9%, 16.2%, 6.1%, 1.7%')
check(sm('2846.60', '1930.40', '312.00') == D('5089.00'), 'spending')
t(d.L('2025年本单位支出预算5,089.00万元'), '2,846.60 + 1,930.40 + 312.00 = 5,089.00')
check(off('2846.60', '2418.30', '482.30') and sm('2418.30', '482.30') == D('2900.60'), 'basic')
f(d.L('基本支出2,846.60万元，其中：人员经费'), 'sum', 'must', '基本支出 2,846.60, but 人员经费 2,418.30 + 公用经费 482.30 = 2,900.60')
check(chg_wrong('7.9', '24.00', '312.00') and pct('24.00', '288.00') == D('8.3'), 'business')
f(d.L('经营支出312.00万元，比上年预算增加24.00万元'), 'change', 'must', '24.00 / (312.00 - 24.00 = 288.00) = 8.3%, stated 7.9%')
check(chg_ok('5.1', '186.20', '3864.20') and pct('186.20', '3678.00', 2) == D('5.06'), 'fiscal')
t(d.L('2025年财政拨款支出预算3,864.20万元'), '186.20 / 3,678.00 = 5.06%: 5.1 rounded (5.0 truncated)')
check(sm('4.00', '10.80', '3.80') == D('18.60') and chg_ok('7.0', '1.40', '18.60', down=True), 'sangong')
t(d.L('2025年"三公"经费预算18.60万元'), '4.00 + 10.80 + 3.80 = 18.60; 1.40 / 20.00 = 7.0%')
check(sm('986.40', '260.40') == D('1246.80') and pct_ok('82.5', '1028.60', '1246.80') and pct('1028.60', '1246.80', 3) == D('82.499'), 'procurement')
t(d.L('2025年本单位政府采购预算总额1,246.80万元'), '986.40 + 260.40 = 1,246.80; 1,028.60 / 1,246.80 = 82.499%: 82.5 rounded at the edge (82.4 truncated)')
check(4 + 2 + 1 == 7, 'indicators')
t(d.L('本院2025年纳入绩效目标管理的项目7个'), '7个 with no list; 4 + 2 + 1 = 7 indicators; [^2]')
check(band('79.6', DEFAULT) == '中', 'grade')
f(d.L('"优质稻新品种选育"项目绩效自评得分79.6分'), 'grade', 'must', '79.6 is 中 [60,80), called 良')
t(d.L('[^1]: 含经营性岗位人员18人'), 'a footnote')

# p09: county bureau 部门预算 2025 from the web page, the summary table copied one cell per line
d, f, t = doc('p09-wutong-county-transport-2025-dept-budget.txt')
t(d.L('发布时间：2025年02月18日'), 'web furniture: 浏览量：642')
t(d.L('内设机构5个，下属事业单位3个'), '3个，即 three names; 约1,860公里')
f(d.L('本部门预算重点保障以下三个方面'), 'count', 'must', '三个方面 then 一是…二是')
f(d.L('梧桐县交通运输局2024年部门预算收入总计'), 'year', 'must', '2024年部门预算 in a page titled 2025年部门预算')
check(sm('8462.40', '6800.00', '600.00') == D('15862.40') and sm('14936.20', '568.40', '357.80') == D('15862.40'), 'table')
t(d.E('8,462.40') + d.E('6,800.00') + d.E('600.00') + d.E('14,936.20') + d.E('568.40') + d.E('357.80') + d.E('15,862.40', 1) + d.E('15,862.40', 2),
  'one cell per line, two sides: both add up to 15,862.40')
check(chg_ok('8.0', '624.80', '8462.40') and sm('1986.20', '6476.20') == D('8462.40') and pct_wrong('24.5', '1986.20', '8462.40')
      and pct('1986.20', '8462.40') == D('23.5') and pct_ok('76.5', '6476.20', '8462.40'), 'gp')
f(d.L('2025年一般公共预算拨款支出8,462.40万元'), 'share', 'must', '基本支出 1,986.20 / 8,462.40 = 23.5%, stated 24.5% (76.5% and 8.0% right)')
check(chg_ok('15.0', '1200.00', '6800.00', down=True), 'fund')
t(d.L('2025年政府性基金预算拨款支出6,800.00万元'), '1,200.00 / 8,000.00 = 15.0%')
check(sm('38.60', '8.20') == D('46.80') and chg_ok('6.4', '3.20', '46.80', down=True), 'sangong')
t(d.L('2025年“三公”经费预算46.80万元'), '38.60 + 8.20 = 46.80 (因公出国 not named); 3.20 / 50.00 = 6.4%')
check(chg_ok('3.9', '6.30', '168.30'), 'running')
t(d.L('2025年本部门机关运行经费预算168.30万元'), '6.30 / 162.00 = 3.9%')
check(sm('5420.00', '126.00', '290.00') == D('5836.00'), 'procurement')
t(d.L('2025年本部门政府采购预算5,836.00万元'), '5,420.00 + 126.00 + 290.00 = 5,836.00')
check(4 + 12 + 6 == 22, 'cars')
f(d.L('本部门共有车辆21辆'), 'sum', 'must', '车辆21辆, but 4 + 12 + 6 = 22')
t(d.L('2025年本部门实行绩效目标管理的项目共6个'), '6个 with no list; restates 6,476.20')
t(d.L('附件：'), 'an attachment name')

# p10: county bureau 部门决算 2024, Markdown from pandoc: a grid table with cells wrapped mid-word, a footnote
d, f, t = doc('p10-shiquan-county-civil-affairs-2024-dept-final-accounts.md')
t(d.L('> 来源：'), 'web furniture quoted by the converter: 浏览：218')
t(d.L('纳入2024年度部门决算编制范围的单位共4个'), '4个 with four names')
check(chg_ok('5.4', '486.20', '9468.26'), 'totals')
t(d.L('2024年度收入总计9,468.26万元'), '486.20 / 8,982.06 = 5.4%')
inc = ['8864.20', '186.40', '75.88']
check(sm(*inc) == D('9126.48') and all(pct_ok(r, a, '9126.48') for r, a in zip(['97.1', '2.0', '0.8'], inc)), 'income')
t(d.L('本年收入合计9,126.48万元'), 'parts add up; 97.1%, 2.0%, 0.8%')
check(sm('1426.38', '7778.24') == D('9204.62') and pct_ok('15.5', '1426.38', '9204.62') and pct_ok('84.5', '7778.24', '9204.62'), 'spending')
t(d.L('本年支出合计9,204.62万元'), 'parts add up; 15.496% → 15.5 (15.4 truncated), 84.5%')
check(chg_ok('5.0', '426.30', '8942.56'), 'fiscal')
t(d.L('2024年度财政拨款支出8,942.56万元'), '426.30 / 8,516.26 = 5.0%; 720元 and [^1]')
for b, a, r in [('8126.40', '8468.32', '104.2'), ('4860.00', '5126.80', '105.5'), ('620.00', '586.40', '94.6'), ('186.20', '182.64', '98.1'),
                ('286.80', '291.60', '101.7'), ('8599.40', '8942.56', '104.0')]:
    check(pct_ok(r, a, b), a)
check(sm('8126.40', '186.20', '286.80') == D('8599.40') and sm('8468.32', '182.64', '291.60') == D('8942.56'), 'grid')
t(d.L('| 社会保障和就 |') + d.L('| 业支出       |') + d.L('| 其中：最低生 |') + d.L('| 临时救助     |') + d.L('| 卫生健康支出 |')
  + d.L('| 住房保障支出 |') + d.L('| 合计         |'), 'a grid table with labels wrapped mid-word: 其中 rows nested, 类 rows add up, rates right')
check(D('8486.32') != D('8468.32'), 'conflict')
f(d.L('其中：社会保障和就业支出决算8,486.32万元'), 'conflict', 'must', '社会保障和就业支出 决算 8,486.32 here, 8,468.32 in the table')
check(chg_ok('5.5', '266.80', '5126.80'), 'dibao')
t(d.L('最低生活保障支出5,126.80万元'), '266.80 / 4,860.00 = 5.49% (年初预算 base) → 5.5')
check(pct_ok('89.0', '12.46', '14.00') and pct('0.86', '11.60') == D('7.4'), 'sangong')
f(d.L('年初预算为14.00万元，支出决算为12.46万元'), 'direction', 'must', '增加0.86万元 with 下降7.4% (0.86 / 11.60 = 7.4% is a rise); 89.0% right')
check(sm('9.86', '2.60', '0') == D('12.46'), 'parts')
t(d.L('其中：公务用车购置及运行维护费9.86万元'), '9.86 + 2.60 + 0 = 12.46')
check(chg_ok('6.4', '8.64', '126.48', down=True), 'running')
t(d.L('2024年度本部门机关运行经费支出126.48万元'), '8.64 / 135.12 = 6.4%')
check(sm('86.20', '240.00', '60.00') == D('386.20') and pct_ok('88.7', '342.60', '386.20') and pct_ok('78.3', '268.40', '342.60'), 'procurement')
t(d.L('2024年度政府采购支出总额386.20万元'), 'parts add up; 88.7% of the total, 78.3% of the 中小企业 amount (a nested base)')
check(2 + 6 == 8 and 5 + 1 == 6, 'cars')
t(d.L('本部门共有车辆8辆'), '2 + 6 = 8 with 6 split in brackets 5 + 1')
check(6 + 2 + 1 == 9, 'graded')
t(d.L('本部门对9个项目开展绩效自评'), '6 + 2 + 1 = 9')
t(d.L('"城乡低保资金"项目自评得分93.5分'), '93.5 优')
check(band('84', DEFAULT) == '良', 'grade')
f(d.L('"养老服务体系建设"项目自评得分84分'), 'grade', 'must', '84 is 良 [80,90), called 优')
t(d.L('[^1]: 2024年7月起执行'), 'a footnote')

write('heldout19 (gen19): ten invented disclosures as pasted from web pages (furniture, tab rows, one cell per line), '
      'from Excel (元 tables, empty cells) and from converters (pandoc pipe and grid tables, \\*, footnotes): '
      '部门预算/决算, a school, a hospital and an institute, a 预算执行 page and a 债务 page; written blind', trim_traps=True)
