"""heldout44: the north and the south-west of China (Hebei, Shanxi, Inner Mongolia, Sichuan, Chongqing, Guizhou, Yunnan, Tibet),
and kinds of disclosure still rare in earlier sets — 8 invented disclosures, blind. Re-derives every planted contradiction and every
trap from the printed figures (Decimal, SPEC §4 intervals, rates rounded or truncated at their last digit), then writes expected.json.
Run from anywhere: python3 test/heldout44/build_expected.py
(.docx and .pdf documents are annotated on src/NAME.docx.text.txt / src/NAME.pdf.text.txt, the CLI's --print-text;
04 is written by the kit's make_layout.py from src/NAME.layout.txt, 06 by the kit's make_docs.mjs from src/NAME.wrap.txt;
a trap's lines that a finding's statement also covers are dropped by write(trim_traps=True))."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import (kit, check, pct, pct_ok, pct_wrong, sm, off, chg_ok, chg_wrong, growth_ok,
                          roll_off, diff_off, balance_off, band, half, D, DEFAULT_BANDS)

Doc, ROWS, _doc, lines_of, write = kit(here)


def doc(name):
    """The kit's doc(), with a finding's or trap's lines kept once each, in the order named."""
    d, f, t = _doc(name)
    once = lambda ls: list(dict.fromkeys(ls))
    return d, (lambda ls, *a: f(once(ls), *a)), (lambda ls, *a: t(once(ls), *a))


def each(t, lines, why):
    """One trap row per line (headings in order: each could be misread as a numbering slip)."""
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


def yi(wan):
    return D(wan) / 10000


def ratio_ok(stated, a, b):
    """a / b × 100 (a completion or 执行率) against a stated rate rounded or truncated at its last digit."""
    return pct_ok(stated, a, b)


def times_ok(stated, a, b):
    """a / b as a multiple (倍) against a stated multiple rounded or truncated at its last digit."""
    lo, hi = (D(a) - half(a)) / (D(b) + half(b)), (D(a) + half(a)) / (D(b) - half(b))
    return not (D(stated) + 2 * half(stated) < lo or D(stated) - half(stated) > hi)


def pts_ok(stated, a, b):
    """a − b in 个百分点 against a stated difference."""
    return not balance_off(stated, a, b)


FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
w = lambda s: s.translate(FW)
c = lambda x: x.replace(',', '')


# ------------------------------------------------------------ 01 四川 乡 2025 部门决算 (make_word.mjs PDF, typed headings, side-by-side 总表)
d, f, t = doc('01-yanping-township-2025-dept-final-accounts.pdf')
t(d.L('青溪县岩坪乡人民政府2025年度部门决算公开说明') + d.E('岩坪乡人民政府') + d.E('2026年8月'), 'title (2025年度), issuer, date')
each(t, d.L('第一部分 部门概况') + d.L('一、基本职能及主要职责') + d.L('二、机构设置情况') + d.L('第二部分2025年度部门决算情况说明')
  + d.L('一、收入支出决算总体情况') + d.L('二、收入决算情况') + d.L('三、支出决算情况') + d.L('四、财政拨款收入支出决算总体情况')
  + d.L('五、一般公共预算财政拨款支出决算情况') + d.L('（一）总体情况') + d.L('（二）结构情况') + d.L('六、一般公共预算财政拨款基本支出决算情况')
  + d.L('七、“三公”经费财政拨款支出决算情况') + d.L('八、其他重要事项的情况说明') + d.L('第三部分 名词解释'),
  'headings in order (第一部分 and 第二部分 each restart 一、; the slip is （四） after （二）)')
t(d.L('岩坪乡人民政府是青溪县辖一级基层政权机关'), 'functions, no figures')
ok_all(42 + 26 == 68, 40 + 24 == 64)
t(d.S('乡政府核定编制68名，其中行政编制42名、事业编制26名；实有在职人员64人，其中行政人员40人、事业人员24人'), '42 + 26 = 68 编制; 40 + 24 = 64 实有 (two wholes, each with its own parts)')
check(5 == 5 and 3 == 3, '')
f(d.S('全乡辖6个行政村：岩坪村、龙潭村、石门村、茶园村、高坎村'), 'count', 'must', '6个行政村, five named (岩坪、龙潭、石门、茶园、高坎); the 社区 is counted apart')
# the same line: 5个综合办事机构 with five named, 3个事业单位 with three named: right (dropped with the finding's line)
ok_all(not off('1363.28', '1299.00', '64.28'), not off('1363.28', '1309.00', '54.28'), chg_ok('7.8', '98.46', '1363.28'))
f(d.S('2024年度收入、支出决算总计各1,363.28万元'), 'year', 'must',
  'the 2025年度 决算 (title, 表1 总计 1,363.28) states its own 总计 as 2024年度; the next sentence compares with 2024年度 (98.46 on 1,264.82 = 7.78%)')
t(d.L('表1收入支出决算总表（单位：万元）') + d.L('| 收入项目 | 决算数 | 支出项目 | 决算数 |'), '表1 title and head (side by side)')
INC = [('一、财政拨款收入', '1,286.40'), ('二、上级补助收入', '0.00'), ('三、事业收入', '0.00'), ('四、经营收入', '0.00'), ('五、附属单位上缴收入', '0.00'), ('六、其他收入', '12.60')]
EXP = [('一、一般公共服务支出', '468.52'), ('二、公共安全支出', '18.60'), ('三、社会保障和就业支出', '156.34'), ('四、卫生健康支出', '42.18'),
       ('五、城乡社区支出', '104.40'), ('六、农林水支出', '498.76'), ('七、住房保障支出', '38.20')]
check(not off('1299.00', *[c(v) for _, v in INC]), 'income column')
check(off('1309.00', *[c(v) for _, v in EXP]) and sm(*[c(v) for _, v in EXP]) == D('1327.00')
      and not off('1309.00', *[c(v) for k, v in EXP if k != '五、城乡社区支出'], '86.40'), 'expenditure column')
for (ki, vi), (ke, ve) in zip(INC + [('', '')], EXP):
    if ke != '五、城乡社区支出':
        t(d.L('| ' + ke + ' |'), f'表1 row: {ki or "(no 收入 cell)"} {vi} | {ke} {ve} (一、… are row labels, not headings)')
f(d.L('| 五、城乡社区支出 |') + d.L('| 本年收入合计 |'), 'sum', 'must',
  '表1 支出 column: the seven rows add to 1,327.00 against 本年支出合计 1,309.00 (城乡社区 104.40; 86.40 would fit, and 1,309.00 + 54.28 = 总计 1,363.28)')
t(d.L('| 年初结转和结余 |') + d.L('| 总计 |'), '1,299.00 + 64.28 = 1,363.28 = 1,309.00 + 54.28 (结转 outside 本年 totals)')
ok_all(pct_ok('99.0', '1286.40', '1299.00'), pct_ok('1.0', '12.60', '1299.00'))
t(d.L('2025年度本年收入合计1,299.00万元'), '1,286.40 / 1,299.00 = 99.03%; 12.60 = 0.97%; 结转 64.28 outside the 本年 total, said so')
check(pct_wrong('62.4', '846.72', '1309.00') and pct_ok('64.7', '846.72', '1309.00') and pct_ok('35.3', '462.28', '1309.00')
      and not off('1309.00', '846.72', '462.28') and pct_wrong('62.4', '846.72', '1363.28') and pct_wrong('62.4', '846.72', '1296.40'), '')
f(d.S('基本支出846.72万元，占本年支出合计的62.4%'), 'share', 'must', f"基本支出 846.72 / 本年支出合计 1,309.00 is {pct('846.72', '1309.00', 2)}%, the text says 62.4% (项目支出 35.3% on the same line is right)")
ok_all(not diff_off('42.16', sm('1286.40', '52.16'), '1296.40'))
t(d.L('2025年度财政拨款收入1,286.40万元，加年初财政拨款结转和结余52.16万元'), '1,286.40 + 52.16 − 1,296.40 = 42.16')
ok_all(ratio_ok('106.4', '1296.40', '1218.00'))
check(chg_wrong('8.2', '86.52', '1296.40') and chg_ok('7.2', '86.52', '1296.40'), '')
f(d.S('比上年增加86.52万元，增长8.2%'), 'change', 'must', f"财政拨款支出 86.52 on 1,209.88 is {pct('86.52', '1209.88', 2)}%, the text says 增长8.2% (106.4% of 年初预算 1,218.00 on the same line is right)")
ok_all(pct_ok('38.0', '492.36', '1296.40'), pct_ok('35.7', '462.80', '1296.40'), pct_ok('12.1', '156.34', '1296.40'), pct_ok('3.3', '42.18', '1296.40'),
       D('492.36') <= D('498.76'), D('462.80') <= D('468.52'))
t(d.L('一般公共预算财政拨款支出中，农林水支出492.36万元'), 'shares of 财政拨款支出 1,296.40 (37.98, 35.70, 12.06, 3.25%); 492.36 and 462.80 are 财政拨款 only, below 表1\'s all-funds 498.76 and 468.52, said so')
t(d.L('一般公共服务支出主要用于乡政府机关正常运转'), 'no figures')
ok_all(not off('846.72', '768.34', '78.38'))
t(d.L('2025年度一般公共预算财政拨款基本支出846.72万元'), '768.34 + 78.38 = 846.72')
ok_all(ratio_ok('84.8', '12.38', '14.60'), chg_ok('4.5', '0.58', '12.38', down=True), not off('12.38', '0', '8.64', '3.74'), sm('7.92', '5.04') == D('12.96'),
       growth_ok('-25.8', '5.04', '3.74'))
check(D('8.64') > D('7.92') and growth_ok('9.1', '7.92', '8.64'), '')
f(d.S('公务用车运行维护费8.64万元，比2024年度的7.92万元下降9.1%'), 'direction', 'must',
  '公务用车运行维护费 8.64 is above 2024年度 7.92 (+9.09%), the text says 下降9.1% (the rest of the line — 84.8, 下降4.5 on 12.96 = 7.92 + 5.04, 接待 −25.8 — is right)')
ok_all(chg_ok('4.0', '3.04', '72.16', down=True))
t(d.L('（一）机关运行经费情况'), '3.04 on 75.20 = 4.04%; 机关运行经费 72.16 is another scope than 公用经费 78.38 (行政单位 only, said so)')
ok_all(not off('86.42', '32.18', '46.80', '7.44'), pct_ok('90.6', '78.30', '86.42'))
t(d.L('（二）政府采购情况'), '32.18 + 46.80 + 7.44 = 86.42; 78.30 / 86.42 = 90.60%')
t(d.L('（三）国有资产占用情况'), '2辆 = 1 + 1; 50万元 a threshold')
f(d.L('（四）具体情况'), 'heading', 'must', 'part 五\'s sub-headings run （一）（二）（四）: （三） is skipped')
t(d.L('财政拨款收入：指本级财政当年拨付的资金'), 'definitions, no figures')

# ------------------------------------------------------------ 02 河北 县人大常委会 预算工作委员会 2025 决算 审查意见 (make_docs.mjs .docx, one Word table)
d, f, t = doc('02-luanxi-county-2025-final-accounts-review-opinion.docx')
t(d.L('滦西县人大常委会预算工作委员会关于2025年县级决算（草案）的审查意见') + d.L('（2026年8月24日在滦西县第十八届') + d.L('县人大常委会预算工作委员会主任 郝振山'),
  'title, meeting line (dates, ordinals), speaker')
t(d.L('根据《中华人民共和国预算法》和《河北省预算审查监督条例》的规定'), '2025年度 审计工作报告: the year under review')
each(t, d.L('一、2025年县级决算的总体情况') + d.L('（一）一般公共预算决算情况') + d.L('（二）政府性基金预算决算情况') + d.L('（三）国有资本经营预算决算情况')
  + d.L('（四）政府债务情况') + d.L('（五）预算绩效管理情况') + d.L('二、审查中发现的问题') + d.L('三、意见和建议'),
  'headings in order (the slip is a second （三）)')
check(not ratio_ok('103.6', '86420', '84600') and ratio_ok('102.2', '86420', '84600') and not diff_off('1820', '86420', '84600'), '')
f(d.S('县级一般公共预算收入完成86,420万元，为调整预算的103.6%'), 'change', 'must',
  f"86,420 / 调整预算 84,600 (表) is {pct('86420', '84600', 2)}%, the text says 103.6% (超收 1,820 = 86,420 − 84,600 on the same line)")
f(d.S('县级一般公共预算收入完成86,420万元，为调整预算的103.6%') + R(d, '| 一般公共预算收入 | 84,600'), 'conflict', 'may', '103.6% in the text against 102.2 in the table row')
ok_all(growth_ok('5.7', '81760', '86420'), growth_ok('4.1', '57040', '59380'), growth_ok('9.4', '24720', '27040'))
ok_all(not off('304740', '86420', '186540', '17600', '9860', '4320'))
check(off('186540', '6820', '142360', '38460') and sm('6820', '142360', '38460') == D('187640'), '')
f(d.S('上级补助收入中，返还性收入6,820万元、一般性转移支付收入142,360万元、专项转移支付收入38,460万元'), 'sum', 'must',
  '上级补助收入 186,540 (same line, and 收入总计 304,740 adds with it), but 返还性 6,820 + 一般性 142,360 + 专项 38,460 = 187,640 (a complete partition)')
ok_all(ratio_ok('98.2', '248360', '252800'), growth_ok('3.7', '239540', '248360'), not off('279420', '248360', '14620', '12840', '3600'),
       not diff_off('25320', '304740', '279420'))
t(d.L('县级一般公共预算支出248,360万元，完成调整预算的98.2%'), '98.24%; +3.68%; 248,360 + 14,620 + 12,840 + 3,600 = 279,420; 304,740 − 279,420 = 25,320 结转 outside 支出总计')
t(d.L('表 滦西县2025年县级决算主要数据（单位：万元）') + d.L('| 项目 | 调整预算数 | 决算数 | 完成% | 上年决算数 | 增长% |'), 'table title and head')
T = [('| 一般公共预算收入 |', '84600', '86420', '102.2', '81760', '5.7'), ('| 其中：税收收入 |', '58200', '59380', '102.0', '57040', '4.1'),
     ('| 非税收入 |', '26400', '27040', '102.4', '24720', '9.4'), ('| 一般公共预算支出 |', '252800', '248360', '98.2', '239540', '3.7'),
     ('| 政府性基金预算收入 |', '34000', '32680', '96.1', '35240', '-7.3'), ('| 政府性基金预算支出 |', '58600', '55920', '95.4', '52180', '7.2'),
     ('| 国有资本经营预算收入 |', '1860', '1942', '104.4', '1720', '12.9')]
for k, b, a, r, p, g in T:
    ok_all(ratio_ok(r, a, b), growth_ok(g, p, a))
    if k != '| 一般公共预算收入 |':
        t(d.L(k), f'row {k}: {a} / {b} = {pct(a, b, 2)}%, on {p} {g}%' + (' (其中 rows: 税收 + 非税 = the 收入 row in every column)' if '税收' in k else ''))
for i in (1, 2, 4):
    check(not off(T[0][i], T[1][i], T[2][i]), i)
check(D('32680') < D('35240') and not diff_off('2560', '35240', '32680'), '')
f(d.S('政府性基金预算收入32,680万元，上年为35,240万元，增收2,560万元'), 'direction', 'must', '基金收入 32,680 is below 上年 35,240 (表 −7.3%): a fall of 2,560, the text says 增收2,560万元')
t(d.S('政府性基金预算支出55,920万元，完成调整预算的95.4%，比上年增长7.2%'), '55,920 / 58,600 = 95.43%; on 52,180 +7.17% (the 增收 slip is on the same line)')
ok_all(ratio_ok('104.4', '1942', '1860'), not off('583', D('1942') * D('0.3')))
t(d.L('国有资本经营预算收入1,942万元，完成预算的104.4%'), '1,942 / 1,860 = 104.41%; 30% × 1,942 = 582.6 ≈ 583')
f(d.L('（三）社会保险基金预算决算情况'), 'heading', 'must', 'part 一、\'s headings run （一）（二）（三）（三）（四）: （三） is used twice')
ok_all(not diff_off('3520', '62480', '58960'), not off('48260', '44740', '3520'))
t(d.L('全县社会保险基金收入62,480万元'), '62,480 − 58,960 = 3,520; 44,740 + 3,520 = 48,260')
ok_all(not off('412860', '168420', '244440'), not off('426500', '164800', '261700'), D('412860') <= D('426500'), D('244440') <= D('261700'))
check(D('168420') > D('164800'), '')
f(d.S('其中一般债务余额168,420万元') + d.S('政府债务余额均控制在限额以内'), 'debt', 'must',
  '一般债务余额 168,420 is above 一般债务限额 164,800 (same date), the text says all balances are within their limits (total and 专项 are)')
check(roll_off('168420', '163060', sm('12400', '5200'), '12840') and sm('163060', '12400', '5200', '-12840') == D('167820'), '')
ok_all(not roll_off('244440', '226180', sm('28600', '6400'), '16740'), sm('12400', '5200') == D('17600'))
f(d.S('一般债务年初余额163,060万元，当年发行新增一般债券12,400万元、再融资一般债券5,200万元，偿还到期一般债务本金12,840万元，年末余额168,420万元'), 'debt', 'must',
  '163,060 + 12,400 + 5,200 − 12,840 = 167,820, the 年末余额 is 168,420 (the 专项 roll on the same line is right: 244,440; 12,400 + 5,200 = 债务转贷收入 17,600, 12,840 = 债务还本支出)')
ok_all(18 + 8 + 2 == 28, band('93.0', DEFAULT_BANDS) == '优', band('90.0', DEFAULT_BANDS) == '优', band('79.5', DEFAULT_BANDS) == '中')
ok_all(pct_ok('64.3', '18', '28'))
check(band('87.5', DEFAULT_BANDS) == '良', '')
f(d.S('县农业农村局得分87.5分，评价等级为“优”'), 'grade', 'must', '87.5分 is 良 under the bands just stated (80–90), the text says 优 (93.0 优, 90.0 优 on the bound, 79.5 中 on the same line are right; 18 + 8 + 2 = 28)')
t(d.L('预算工作委员会认为，2025年县级决算（草案）编制基本符合'), 'no figures')
t(d.L('主任、各位副主任、各位委员：'), 'salutation')
check(D('246380') != D('248360'), '')
f(d.S('在一般公共预算支出246,380万元中') + d.S('县级一般公共预算支出248,360万元'), 'conflict', 'must', '一般公共预算支出 246,380 (二、一是) against 248,360 (一、 and the table)')
ok_all(pct_ok('17.3', '42860', '248360'), pct_ok('17.3', '42860', '246380'))
# 17.3% fits 248,360 (17.26 rounded) and 246,380 (17.39 truncated): no share finding; the line is the conflict's
t(d.L('二是部分转移支付资金下达不及时'), '11项, 30日 thresholds; no claim')
t(d.L('三是债务风险需要持续关注'), '3个项目, 60% a threshold')
t(d.L('一是加强预算执行管理，均衡支出进度'), '一是…四是 with no count stated; 2027年 the coming budget')
t(d.L('建议县人大常委会批准2025年县级决算'), 'the year under review')

# ------------------------------------------------------------ 03 重庆 区人民医院 (公立医院) 2026 部门预算, Markdown pipe tables
d, f, t = doc('03-yuling-district-peoples-hospital-2026-budget.md')
t(d.L('# 重庆市渝岭区人民医院2026年部门预算情况说明') + d.L('渝岭区人民医院按照区卫生健康委和区财政局关于编制2026年部门预算'), 'title and opening (2026)')
each(t, d.L('## 一、医院基本情况') + d.L('## 二、收支预算总体情况') + d.L('## 三、收入预算情况') + d.L('## 四、支出预算情况') + d.L('## 五、财政拨款收支预算情况')
  + d.L('## 六、“三公”经费预算情况') + d.L('## 七、政府采购预算情况') + d.L('## 八、绩效目标设置情况') + d.L('## 九、名词解释'), 'headings 一、…九、 in order')
t(d.L('渝岭区人民医院为区卫生健康委所属公益二类事业单位'), '三个院区 with three named; 800张 编制 and 960张 开放 (two measures, no claim)')
check(sm('1068', '86', '62', '76') == D('1292'), '')
f(d.S('医院现有在职职工1,286人，其中卫生技术人员1,068人、其他技术人员86人、管理人员62人、工勤技能人员76人'), 'sum', 'must',
  '在职职工 1,286, but 1,068 + 86 + 62 + 76 = 1,292 (离退休 312 outside, said so)')
f(d.S('医院有市级临床重点专科5个：心血管内科、神经内科、骨科、重症医学科'), 'count', 'must', '市级重点专科5个, four named (区级 9个 apart)')
ok_all(not diff_off('3679', '61000', '57321'), chg_ok('6.4', '3679', '61000'))
t(d.L('2026年医院收入预算合计61,000.00万元'), '61,000 − 57,321 = 3,679 on 57,321 = 6.42%; 收支 61,000 both sides')
ok_all(growth_ok('6.4', '81.20', '86.40'))
t(d.S('2026年预计门急诊86.40万人次，比2025年实际的81.20万人次增长6.4%'), '86.40 on 81.20 = +6.40% (万人次, a 2025 actual against a 2026 forecast)')
t(d.L('**表1　渝岭区人民医院2026年收入预算表**') + d.L('| 项目 | 2026年预算数 | 2025年预算数 | 增减% |'), '表1 title (2026) and head')
T1 = [('财政拨款收入', '6,842.60', '6,120.40', '11.8'), ('医疗收入', '52,680.00', '49,860.00', '5.7'), ('科教收入', '186.40', '160.00', '16.5'),
      ('其他收入', '1,291.00', '1,180.60', '9.4'), ('合计', '61,000.00', '57,321.00', '6.4')]
for k, a, p, g in T1:
    check(growth_ok(g, c(p), c(a)), k)
for col in (1, 2):
    check(not off(c(T1[4][col]), *[c(r[col]) for r in T1[:4]]), col)
for k, a, p, g in T1:
    if k != '其他收入':
        t(d.L('| ' + k + ' | ' + a + ' | ' + p), f'表1 row {k}: {a} on {p} = {pct(sm(c(a), "-" + c(p)), c(p), 2)}%' + (' ; 合计 = the four rows in both columns' if k == '合计' else ''))
check(pct_wrong('12.2', '6842.60', '61000.00') and pct_ok('11.2', '6842.60', '61000.00') and pct_wrong('12.2', '6842.60', '57321.00'), '')
f(d.S('财政拨款收入6,842.60万元，占收入预算的12.2%'), 'share', 'must', f"财政拨款收入 6,842.60 / 收入预算 61,000.00 is {pct('6842.60', '61000', 2)}%, the text says 12.2%")
ok_all(not diff_off('722.20', '6842.60', '6120.40'))
check(chg_wrong('6.5', '2820.00', '52680.00') and chg_ok('5.7', '2820.00', '52680.00'), '')
f(d.S('医疗收入52,680.00万元，比上年预算增加2,820.00万元，增长6.5%'), 'change', 'must', f"医疗收入 2,820 on 49,860 is {pct('2820', '49860', 2)}% (表1 5.7), the text says 增长6.5%")
f(d.S('医疗收入52,680.00万元，比上年预算增加2,820.00万元，增长6.5%') + d.L('| 医疗收入 | '), 'conflict', 'may', '增长 6.5% in the text against 5.7 in 表1')
ok_all(growth_ok('16.5', '160.00', '186.40'))
check(D('1219.00') != D('1291.00'), '')
f(d.S('其他收入1,219.00万元') + d.L('| 其他收入 | '), 'conflict', 'must', '其他收入 1,219.00 in the text against 1,291.00 in 表1 (the 表1 rows add to 61,000.00 with 1,291.00)')
ok_all(pct_ok('89.0', '54260', '61000'), pct_ok('11.0', '6740', '61000'), not off('61000', '54260', '6740'))
t(d.L('2026年支出预算61,000.00万元，其中：基本支出54,260.00万元'), '54,260 + 6,740 = 61,000; 88.95 / 11.05%')
ok_all(not off('61000.00', '59968.40', '642.20', '389.40'))
t(d.L('按支出功能分类，卫生健康支出59,968.40万元'), '59,968.40 + 642.20 + 389.40 = 61,000.00 (= 表2 合计)')
ok_all(chg_ok('2.8', '18.60', '642.20', down=True), sm('642.20', '18.60') == D('660.80'))
t(d.S('住房保障支出与2025年预算数（389.40万元）持平'), '389.40 = 389.40: 持平 right')
t(d.S('社会保障和就业支出比上年预算减少18.60万元，下降2.8%（上年预算660.80万元）'), '660.80 − 642.20 = 18.60, on 660.80 = 2.81%')
f(d.L('**表2　渝岭区人民医院2025年支出预算表**'), 'year', 'must', 'the 2026 预算\'s 支出 table (合计 61,000.00 = 2026\'s 支出预算) is titled 2025年支出预算表')
t(d.L('| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |'), '表2 head')
T2 = [('| 210 |', '59968.40', '53228.40', '6740.00'), ('| 21002 |', '59968.40', '53228.40', '6740.00'), ('| 2100201 |', '59968.40', '53228.40', '6740.00'),
      ('| 208 |', '642.20', '642.20', '0.00'), ('| 221 |', '389.40', '389.40', '0.00')]
for k, a, b, p in T2:
    check(sm(b, p) == D(a), k)
    t(d.L(k), f'表2 row {k}: {b} + {p} = {a} (项 nested in 款 in 类)')
ok_all(not off('61000.00', '59968.40', '642.20', '389.40'), not off('54260.00', '53228.40', '642.20', '389.40'))
t(d.L('| | 合计 | 61,000.00'), '合计 = the three 类 rows in each column')
ok_all(not off('6842.60', '5910.40', '542.80', '389.40'), D('5910.40') <= D('59968.40'))
t(d.L('2026年财政拨款收支预算6,842.60万元'), '5,910.40 + 542.80 + 389.40 = 6,842.60; 卫生健康 财政拨款 5,910.40 below 表2 all funds, said so')
check(D('12.60') != D('13.20') and not off('12.60', '0', '8.40', '4.20'), '')
f(d.S('2026年“三公”经费预算12.60万元，与2025年预算（13.20万元）持平'), 'direction', 'must', '三公 12.60 against 2025年预算 13.20: a fall of 0.60, the text says 持平')
ok_all(not off('3860.00', '2940.00', '420.00', '500.00'), pct_ok('56.6', '1620.00', '2860.00'))
t(d.L('2026年医院政府采购预算3,860.00万元'), '2,940 + 420 + 500 = 3,860; 1,620 / 2,860 = 56.64% (a share of 面向中小企业 项目, not of 采购预算)')
ok_all(D('3200.00') + D('1860.00') <= D('6740.00'))
t(d.L('2026年纳入绩效目标管理的项目12个'), '6,740.00 = 项目支出; 3,200 and 1,860 two of the 12 items; 1台 + 1台 named two')
t(d.L('医疗收入：指医院开展医疗服务活动取得的收入'), 'definitions, no figures')

# ------------------------------------------------------------ 04 贵州 市 再融资专项债券 信息披露, pdftotext -layout (make_layout.py; heads one space apart)
d, f, t = doc('04-qianling-city-2026-refinancing-special-bond-disclosure.txt')
t(d.L('2026年黔岭市再融资专项债券（三期）信息披露文件', 1) + d.L('2026年黔岭市再融资专项债券（三期）信息披露文件', 2) + d.L('黔岭市财政局', 1) + d.L('2026年6月'),
  'title (2026), the running head of page 2, issuer, date')
each(t, d.L('一、本期债券基本情况') + d.L('二、再融资债券资金安排情况') + d.L('三、黔岭市政府债务情况') + d.L('四、到期债务偿还计划') + d.L('五、其他事项'), 'headings 一、…五、 in order')
f(d.S('本批债券为黔岭市2025年第三批再融资专项债券'), 'year', 'must', 'the 2026年…（三期） disclosure (title, 2026年7月至9月 maturities) names its own bonds 2025年第三批')
ok_all(not off('23.30', '14.30', '9.00'))
t(d.S('本期再融资专项债券计划发行规模23.30亿元，其中10年期14.30亿元、15年期9.00亿元'), '14.30 + 9.00 = 23.30')
ok_all(pts_ok('0.12', '2.08', '1.96'))
t(d.S('本期10年期债券的投标利率区间下限较上期下降0.12个百分点（上期2.08%，本期1.96%）'), '2.08 − 1.96 = 0.12 个百分点 (a rate, not an amount)')
t(d.S('还本付息纳入政府性基金预算管理，确保按期足额偿还'), 'no figures')
t(d.S('本期债券的偿还资金来源为对应项目的专项收入和政府性基金收入'), 'no figures')
ok_all(not off('27.82', '23.30', '4.52'))
t(d.S('本期债券对应的到期专项债券本金27.82亿元，其中安排再融资专项债券23.30亿元，其余4.52亿'), '23.30 + 4.52 = 27.82')
check(pct_wrong('82.6', '23.30', '27.82') and pct_ok('83.7', '23.30', '27.82'), '')
f(d.S('再融资债券23.30亿元，占本批到期本金27.82亿元的82.6%'), 'share', 'must', f"23.30 / 27.82 is {pct('23.30', '27.82', 2)}%, the text says 82.6%")
t(d.L('本期再融资专项债券分县区安排情况') + d.L('县区 到期专项债券本金 再融资专项债券 自有资金偿还'), '表1 title and head (heads one space apart)')
TB = [('市本级', '9.84', '8.20', '1.64'), ('黔东区', '6.42', '5.40', '1.02'), ('岭南县', '4.86', '4.10', '0.76'), ('青岩县', '3.78', '3.20', '0.58')]
for k, a, b, r in TB:
    check(sm(b, r) == D(a), k)
    t(R(d, k, a, b, r), f'表1 row {k}: {b} + {r} = {a}')
check(sm('2.40', '0.52') == D('2.92') and sm('3.40', '0.52') != D('2.92'), '')
check(off('23.30', *[r[2] for r in TB], '3.40') and not off('23.30', *[r[2] for r in TB], '2.40') and not off('27.82', *[r[1] for r in TB], '2.92')
      and not off('4.52', *[r[3] for r in TB], '0.52'), '')
f(R(d, '云台县', '2.92', '3.40') + R(d, '合计', '27.82', '23.30'), 'sum', 'must',
  '云台县 再融资 3.40, but 2.92 − 0.52 = 2.40; the column then adds to 24.30 against 合计 23.30 (the row 3.40 + 0.52 = 3.92 against 2.92)')
ok_all(not off('1286.40', '468.20', '818.20'), not off('1248.62', '452.36', '796.26'), D('452.36') <= D('468.20'), D('796.26') <= D('818.20'))
t(d.S('截至2025年末，全市政府债务限额1,286.40亿元，其中一般债务限额468.20亿元、专项债务限额818.20亿元'), '468.20 + 818.20 = 1,286.40 (= 表2 合计); 一般 452.36 and 专项 796.26 within their limits')
check(not diff_off('67.80', '1248.62', sm('438.64', '742.18')) and chg_wrong('6.1', '67.80', '1248.62') and chg_ok('5.7', '67.80', '1248.62'), '')
f(d.S('全市政府债务余额1,248.62亿元，比上年末增加67.80亿元，增长6.1%'), 'change', 'must',
  f"67.80 on 上年末 1,180.82 (438.64 + 742.18) is {pct('67.80', '1180.82', 2)}%, the text says 增长6.1%")
check(D('171.26') > D('168.80'), '')
f(R(d, '青岩县', '168.80', '171.26') + d.S('各县区政府债务余额均控制在省核定的限额以内'), 'debt', 'must',
  '青岩县 债务余额 171.26 is above its 限额 168.80 (表2), the text says every 县区 is within its limit')
check(roll_off('452.36', '438.64', sm('16.80', '12.20'), '14.28') and sm('438.64', '16.80', '12.20', '-14.28') == D('453.36'), '')
ok_all(not roll_off('796.26', '742.18', sm('68.40', '24.60'), '38.92'))
f(d.S('全市一般债务年初余额438.64亿元，当年发行新增一般债券16.80亿元、再融资一般债券12.20亿元，偿还一般债务本金14.28亿元，年末余额452.36亿元'), 'debt', 'must',
  '438.64 + 16.80 + 12.20 − 14.28 = 453.36, the 年末余额 is 452.36')
t(d.S('专项债务年初余额742.18亿元，当年发行新增专项债券68.40亿元、再融资专项债券24.60亿元，偿还专项债务本金38.92亿元，年末余额796.26亿元'),
  '742.18 + 68.40 + 24.60 − 38.92 = 796.26')
t(d.L('2025年末黔岭市分县区政府债务限额和余额') + d.L('县区 债务限额 债务余额 其中:专项债务余额'), '表2 title and head (heads one space apart, 其中: a part column)')
TC = [('市本级', '486.20', '472.38', '298.64'), ('黔东区', '268.40', '259.64', '172.30'), ('岭南县', '214.60', '208.92', '134.56'), ('云台县', '148.40', '136.42', '86.34')]
for k, lim, bal, sp in TC:
    ok_all(D(bal) <= D(lim), D(sp) <= D(bal))
    t(R(d, k, lim, bal, sp), f'表2 row {k}: 余额 {bal} within 限额 {lim}; 专项 {sp} a part of {bal}')
ALLC = TC + [('青岩县', '168.80', '171.26', '104.42')]
for col, tot in ((1, '1286.40'), (2, '1248.62'), (3, '796.26')):
    check(not off(tot, *[r[col] for r in ALLC]), col)
t(R(d, '合计', '1,286.40', '1,248.62', '796.26'), '合计 = the five rows in each column (= the text\'s 1,286.40, 1,248.62, 796.26)')
ok_all(not off('96.40', '38.20', '58.20'), sm('27.82', '24.16') <= D('58.20'))
t(d.S('2026年，全市到期政府债券本金96.40亿元，其中一般债券38.20亿元、专项债券58.20亿元') + d.S('过前两批再融资专项债券和自有资金偿还到期专项债券本金24.16亿元'),
  '38.20 + 58.20 = 96.40; 27.82 and 24.16 parts of 58.20 (a part, said so)')
t(d.S('期债券偿还的27.82亿元到期专项债券本金，为2026年专项债券到期本金的一部分'), '27.82 a part of 58.20, said so')
check(D('23.80') != D('23.30'), '')
f(d.S('本期债券23.80亿元发行收入全部用于偿还到期专项债券本金') + d.S('本期再融资专项债券计划发行规模23.30亿元'), 'conflict', 'must',
  '本期债券 23.80 (五、) against the 发行规模 23.30 (一、, 二、 and 表1 合计)')
t(d.S('黔岭市财政局承诺严格按照信息披露要求'), 'no figures')
t(d.S('体现了逐步压减再融资规模、增强自身偿债能力的要求'), 'no figures') 
t(d.L('- 1 -') + d.L('- 2 -'), 'page feet')
t(d.L('单位：亿元', 1) + d.L('单位：亿元', 2), 'unit lines of 表1 and 表2')

# ------------------------------------------------------------ 05 云南 州 2025 政府采购意向公开和执行 分析, tab-separated tables
d, f, t = doc('05-lanxi-prefecture-2025-government-procurement-summary.txt')
t(d.L('澜溪州2025年度州本级政府采购意向公开和执行情况分析') + d.L('澜溪州财政局') + d.L('（2026年2月）'), 'title (2025年度), issuer, date')
t(d.L('为全面掌握州本级政府采购意向公开和采购执行情况'), 'the year under review')
each(t, d.L('一、总体情况') + d.L('二、采购方式构成') + d.L('三、采购类别构成') + d.L('四、政策功能落实情况') + d.L('七、下一步工作'),
     'headings in order (the slip is 六、 after 四、)')
check(436 < 452, '')
f(d.S('公开采购意向436条，较上年的452条增加16条'), 'direction', 'must', '436 条 is below 上年 452 (16 fewer), the text says 增加16条')
ok_all(pct_ok('98.6', '430', '436'))
ok_all(not diff_off('2343.80', '40286.40', '37942.60'))
check(pct_wrong('6.6', '2343.80', '40286.40') and pct_ok('5.8', '2343.80', '40286.40') and pct_wrong('6.6', '2343.80', '37942.60') and pct_wrong('6.6', '2343.80', '42860.00'), '')
f(d.S('节约资金2,343.80万元，节约率6.6%'), 'change', 'must', f"节约率 2,343.80 / 采购预算 40,286.40 is {pct('2343.80', '40286.40', 2)}% (表1 合计 5.8), the text says 6.6% (on 合同金额 it would be 6.18)")
f(d.S('节约资金2,343.80万元，节约率6.6%') + R(d, '合计\t340'), 'conflict', 'may', '节约率 6.6% in the text against 5.8 in 表1 合计')
f(d.S('采用公开招标、竞争性磋商、竞争性谈判、询价和单一来源4种采购方式组织采购'), 'count', 'must', '4种采购方式, five named (and 表1 has five rows)')
check(D('22496.80') != D('22946.80'), '')
f(d.S('合同金额22,496.80万元') + R(d, '公开招标\t86'), 'conflict', 'must', '公开招标 合同金额 22,496.80 in the text against 22,946.80 in 表1 (the column adds to 37,942.60 with 22,946.80)')
ok_all(pct_ok('4.8', sm('9864.60', '-9391.10'), '9864.60'))
t(d.L('表1　2025年州本级政府采购方式统计表') + d.L('采购方式\t项目数（个）'), '表1 title and head')
T1 = [('公开招标', '86', '24,680.20', '22,946.80', '7.0'), ('竞争性磋商', '168', '9,864.60', '9,391.10', '4.8'), ('竞争性谈判', '46', '2,846.30', '2,732.10', '4.0'),
      ('询价', '32', '468.90', '446.20', '4.8'), ('单一来源', '18', '2,426.40', '2,426.40', '0.0')]
for k, n, b, a, r in T1:
    check(pct_ok(r, sm(c(b), '-' + c(a)), c(b)), k)
    if k not in ('公开招标', '询价'):
        t(R(d, k + '\t' + n), f'表1 row {k}: ({b} − {a}) / {b} = {pct(sm(c(b), "-" + c(a)), c(b), 2)}%')
ok_all(not off('40286.40', *[c(r[2]) for r in T1]), not off('37942.60', *[c(r[3]) for r in T1]), pct_ok('5.8', '2343.80', '40286.40'))
check(sum(int(r[1]) for r in T1) == 350 and 86 + 168 + 46 + 22 + 18 == 340, '')
f(R(d, '询价\t32') + R(d, '合计\t340'), 'sum', 'must', '表1 项目数: 86 + 168 + 46 + 32 + 18 = 350 against 合计 340 (the text\'s 340个 too; 询价 22 would fit)')
ok_all(pct_ok('39.2', '14862.40', '37942.60'), growth_ok('6.8', '13920.80', '14862.40'), pct_ok('33.4', '12684.60', '37942.60'), pct_ok('27.4', '10395.60', '37942.60'))
t(d.L('从采购类别看，货物类合同金额14,862.40万元'), '39.17%, +6.76% on 13,920.80; 33.43%; 27.40%')
t(d.L('表2　2025年州本级政府采购类别统计表') + d.L('采购类别\t合同金额（万元）'), '表2 title and head')
T2 = [('货物类', '14,862.40', '39.2', '13,920.80', '6.8'), ('工程类', '12,684.60', '33.4', '13,406.20', '-5.4'), ('服务类', '10,395.60', '27.4', '9,486.40', '9.6'),
      ('合计', '37,942.60', '100.0', '36,813.40', '3.1')]
for k, a, s_, p, g in T2:
    ok_all(pct_ok(s_, c(a), '37942.60'), growth_ok(g, c(p), c(a)))
    t(R(d, k + '\t' + a), f'表2 row {k}: {a} = {pct(c(a), "37942.60", 2)}% of 37,942.60; on {p} {g}%' + (' ; 合计 = the three rows' if k == '合计' else ''))
ok_all(not off('36813.40', '13920.80', '13406.20', '9486.40'), not off('100.0', '39.2', '33.4', '27.4'))
check(pct_wrong('84.6', '31286.40', '37942.60') and pct_ok('82.4', '31286.40', '37942.60') and pct_wrong('84.6', '31286.40', '40286.40'), '')
f(d.S('授予中小企业合同金额31,286.40万元，占全部合同金额的84.6%'), 'share', 'must', f"31,286.40 / 合同金额 37,942.60 is {pct('31286.40', '37942.60', 2)}%, the text says 84.6% (小微 77.2% of 中小企业 on the same line is right)")
ok_all(pct_ok('77.2', '24168.20', '31286.40'), ratio_ok('102.3', '286.40', '280.00'))
ok_all(pct_ok('25.3', '86', '340'))
# 公开招标 86 / 340 项目 = 25.29% (a share of a count, on the count and conflict line)
t(d.L('（二）支持脱贫地区农副产品销售'), '286.40 / 280.00 = 102.29% (a completion of the reserved share)')
t(d.L('（三）绿色采购'), 'no share claimed')
f(d.L('六、存在的问题'), 'heading', 'must', 'the parts run 一、二、三、四、六、: 五、 is skipped')
t(d.L('一是个别单位采购意向公开内容过于简单'), '12个, 6个月, 60个 of which 7: no totals claimed')
t(d.L('州财政局将加强对意向公开内容的审核'), '2026年度 the coming year')

# ------------------------------------------------------------ 06 山西 市 2026 社会保险基金预算（草案）说明, hard-wrapped (make_docs.mjs wrap), full-width digits
d, f, t = doc('06-jinfen-city-2026-social-insurance-fund-budget-draft.txt')
t(d.L('关于晋汾市2026年社会保险基金预算（草案）的说明') + d.L('晋汾市财政局　晋汾市人力资源和社会保障局') + d.L('（2026年1月）'), 'title (2026), issuers, date')
each(t, d.L('一、2025年社会保险基金预算执行情况') + d.L('二、2026年社会保险基金预算草案') + d.L('（一）收入预算') + d.L('（二）支出预算') + d.L('（三）结余预算')
  + d.L('三、确保预算执行的主要措施'), 'headings in order; 2025年 the year whose execution is reported, rightly')
t(d.S(w('根据《国务院关于试行社会保险基金预算的意见》和省财政厅、省人力资源社会保障厅、省医疗保障局关于编制2026年社会保险基金预算的通知要求')),
  '2026 and 2025 (the execution the draft builds on), rightly')
t(d.S(w('国家税务总局晋汾市税务局，在对2025年基金预算执行情况进行分析的基础上，编制了2026年全市社会保险基金预算（草案）。企业职工基本养老保险基金实行全国统筹，由省级统一编制预算，不在本草案中反映')),
  '企业职工基本养老 set apart: not one of the funds counted next')
f(d.S(w('纳入本草案的社会保险基金包括以下五项：机关事业单位基本养老保险基金、城乡居民基本养老保险基金、职工基本医疗保险基金（含生育保险）、城乡居民基本医疗保险基金、工伤保险基金、失业保险基金')),
  'count', 'must', '以下五项, six funds named (and the 附表 has six rows); 企业职工基本养老 is set apart before')
check(off('312.46', '206.84', '84.12', '4.62', '18.88') and sm('206.84', '84.12', '4.62', '18.88') == D('314.46'), '')
f(d.S(w('2025年全市社会保险基金收入预计312.46亿元，其中保险费收入206.84亿元、财政补贴收入84.12亿元、利息收入4.62亿元、其他收入18.88亿元')), 'sum', 'must',
  '2025 收入 312.46, but 206.84 + 84.12 + 4.62 + 18.88 = 314.46')
ok_all(not diff_off('14.26', '312.46', '298.20'), not off('286.42', '272.16', '14.26'))
t(d.S(w('支出预计298.20亿元，当年收支结余14.26亿元。年初滚存结余272.16亿元，预计2025年末滚存结余286.42亿元')), '312.46 − 298.20 = 14.26; 272.16 + 14.26 = 286.42')
ok_all(ratio_ok('97.4', '65.86', '67.62'))
t(d.S(w('收入预计65.86亿元，为年初预算的97.4%（年初预算67.62亿元）')) + d.S(w('失业保险基金收入预计12.15亿元，继续保持稳定')), '65.86 / 67.62 = 97.40% (a ratio, the base bracketed after it)')
ok_all(not diff_off('16.18', '328.64', '312.46'))
check(chg_wrong('5.8', '16.18', '328.64') and chg_ok('5.2', '16.18', '328.64'), '')
f(d.S(w('2026年全市社会保险基金收入预算328.64亿元，比2025年预计执行数增加16.18亿元，增长5.8%')), 'change', 'must',
  f"收入 16.18 on 2025 预计执行 312.46 is {pct('16.18', '312.46', 2)}%, the text says 增长5.8%")
check(pct_wrong('68.2', '218.62', '328.64') and pct_ok('66.5', '218.62', '328.64') and pct_wrong('68.2', '218.62', '312.46'), '')
f(d.S(w('保险费收入218.62亿元，占收入总额的68.2%')), 'share', 'must', f"保险费收入 218.62 / 收入 328.64 is {pct('218.62', '328.64', 2)}%, the text says 68.2%")
ok_all(pct_ok('26.3', '86.40', '328.64'), not off('328.64', '218.62', '86.40', '4.86', '2.10', '16.66'))
t(d.S(w('财政补贴收入86.40亿元，占26.3%')) + d.S(w('利息收入4.86亿元；委托投资收益2.10亿元；其他收入16.66亿元')), '86.40 / 328.64 = 26.29%; the five add to 328.64')
ok_all(not diff_off('2.28', '86.40', '84.12'), chg_ok('2.7', '2.28', '86.40'))
t(d.S(w('比2025年预计执行数增加2.28亿元，增长2.7%，主要是城乡居民基本医疗保险和城乡居民基本养老保险财政补助标准提高')), '86.40 − 84.12 = 2.28 on 84.12 = 2.71% (the 2025 其中 list\'s 84.12, which is itself right)')
ok_all(not diff_off('7.62', '112.48', '104.86'), growth_ok('3.4', '12.15', '12.56'))
t(d.S(w('职工基本医疗保险基金（含生育保险）收入112.48亿元，支出104.86亿元，当年结余7.62亿元')) + d.S(w('失业保险基金收入12.56亿元，比2025年预计执行增长3.4%（2025年预计执行12.15亿元）')),
  '112.48 − 104.86 = 7.62; 12.56 on 12.15 = +3.37% (= 附表 rows)')
ok_all(growth_ok('4.9', '298.20', '312.80'))
t(d.S(w('2026年全市社会保险基金支出预算312.80亿元，比2025年预计执行数增长4.9%')), '312.80 on 298.20 = +4.90%; 九成以上 no figure')
t(d.S(w('疗保险待遇支出的自然增长。其中，社会保险待遇支出占支出总额的九成以上')), '九成以上 with no amount: nothing to check')
ok_all(not diff_off('15.84', '328.64', '312.80'), not diff_off('1.58', '15.84', '14.26'))
check(D('15.84') > D('14.26'), '')
f(d.S(w('当年收支结余15.84亿元，较2025年预计执行数14.26亿元减少1.58亿元')), 'direction', 'must', '结余 15.84 is above 2025 预计执行 14.26 (1.58 more), the text says 减少1.58亿元')
check(D('268.42') != D('286.42') and not off('302.26', '286.42', '15.84'), '')
f(d.S(w('（2025年末268.42亿元）')) + d.S(w('预计2025年末滚存结余286.42亿元')), 'conflict', 'must', '2025年末 滚存结余 268.42 (三) against 286.42 (一、), which 302.26 = 286.42 + 15.84 fits')
check(not diff_off('15.84', '302.26', '286.42') and diff_off('15.84', '302.26', '268.42'), '')
f(d.S(w('2026年末滚存结余302.26亿元（2025年末268.42亿元），比2025年末增加15.84亿元')), 'change', 'may',
  'the same slip read as a change: 302.26 − 268.42 = 33.84, the text says 增加15.84 (right on 286.42)')
t(d.L('附表　2026年晋汾市社会保险基金分险种收支预算（单位：亿元）') + R(d, '险种', '收入', '支出', '当年结余'), '附表 title (half-width) and head')
TA = [('机关事业单位基本养老保险基金', '86.20', '84.62', '1.58'), ('城乡居民基本养老保险基金', '42.36', '38.94', '3.42'), ('职工基本医疗保险基金（含生育）', '112.48', '104.86', '7.62'),
      ('城乡居民基本医疗保险基金', '68.20', '66.42', '1.78'), ('工伤保险基金', '6.84', '6.12', '0.72'), ('失业保险基金', '12.56', '11.84', '0.72')]
for k, a, b, r in TA:
    check(not diff_off(r, a, b), k)
    t(R(d, k, a, b, r), f'附表 {k}: {a} − {b} = {r}')
for col, tot in ((1, '328.64'), (2, '312.80'), (3, '15.84')):
    check(not off(tot, *[r[col] for r in TA]), col)
t(R(d, '合计', '328.64', '312.80', '15.84'), '合计 = the six rows in each column')
t(d.L('一是持续推进全民参保计划'), '一是…三是 with no count stated')
t(d.S(w('二是加强基金收支管理，严格执行社会保险基金财务制度；三是加强基金监管，开展欺诈骗取医保基金专项整治，守住基金安全底线')), '二是, 三是: no count')

# ------------------------------------------------------------ 07 西藏 县 农业农村局 2026 项目支出绩效目标 (make_pdfs.mjs PDF, Word numbering, landscape 指标 table)
d, f, t = doc('07-laluo-county-agriculture-bureau-2026-project-performance-targets.pdf')
t(d.E('拉洛县农业农村局2026年青稞良种推广及高标准农田') + d.E('管护项目') + d.E('支出绩效目标公开') + d.E('拉洛县农业农村局') + d.E('2026年3月'),
  'title over three lines (2026), issuer, date')
t(d.L('根据自治区财政厅《关于全面实施预算绩效管理的实施意见》'), 'the document\'s year')
each(t, d.L('一、 项目基本情况') + d.L('二、 项目绩效目标') + d.L('（一） 总体目标') + d.L('（二） 年度绩效指标') + d.L('三、 上年度绩效自评情况') + d.L('四、 其他说明'),
     'Word-numbered headings in order')
f(d.S('项目实施范围覆盖全县5个乡镇：拉洛镇、曲桑乡、达热乡、扎西岗乡、央宗乡、那布镇'), 'count', 'must', '5个乡镇, six named')
ok_all(pct_ok('28.4', '1826', '6420'))
# 1,826 / 6,420 户 = 28.44% (on the count's line); ≥1,800户 in 表1 is another measure (增收户数)
check(off('2860.00', '1980.00', '620.00', '280.00') and sm('1980.00', '620.00', '280.00') == D('2880.00'), '')
f(d.S('2026年项目资金总额2,860.00万元，其中中央财政衔接推进乡村振兴补助资金1,980.00万元、自治区财政资金620.00万元、县级财政资金280.00万元'), 'sum', 'must',
  '资金总额 2,860.00, but 中央 1,980.00 + 自治区 620.00 + 县级 280.00 = 2,880.00 (by source, complete); 2,860.00 is right by use (next paragraph)')
check(chg_wrong('11.0', '260.00', '2860.00') and chg_ok('10.0', '260.00', '2860.00') and not diff_off('260.00', '2860.00', '2600.00'), '')
f(d.S('比上年增加260.00万元，增长11.0%'), 'change', 'must', f"260.00 on 上年 2,600.00 (三、) is {pct('260', '2600', 2)}%, the text says 增长11.0%")
ok_all(not off('2860.00', '1240.00', '980.00', '186.00', '454.00'))
ok_all(growth_ok('9.1', '220', '240'))
check(pct_wrong('45.6', '1240.00', '2860.00') and pct_ok('43.4', '1240.00', '2860.00') and pct_wrong('45.6', '1240.00', '2880.00'), '')
f(d.S('其中用于青稞良种补贴1,240.00万元，占项目资金总额的45.6%'), 'share', 'must',
  f"1,240.00 / 资金总额 2,860.00 is {pct('1240', '2860', 2)}%, the text says 45.6% (1,240 + 980 + 186 + 454 = 2,860.00 on the same line)")
t(d.L('通过推广藏青2000等高产优质青稞良种'), 'goals: 5.2 and 3,200 = 表1 指标值; 藏青2000 a variety name')
check(D('12.6') != D('16.2'), '')
f(d.S('完成高标准农田管护面积12.6万亩') + d.L('| 高标准农田管护面积 | 16.2万亩 |'), 'conflict', 'must',
  '高标准农田管护面积 12.6万亩 in the 总体目标 against 指标值 16.2万亩 in 表1')
for k in ['| 青稞良种推广面积 |', '| 农牧民实用技术培训人次 |']:
    t(d.L(k), f'表1 row {k}: a target and a past value, not a change')
ok_all(6 + 3 + 1 == 10)
t(d.L('本项目设置三级指标10个'), '6 + 3 + 1 = 10, as 表1 lists them (six 产出, three 效益, one 满意度)')
TR = ['| 产出指标 | 质量指标 |', '|  | 时效指标 |', '|  | 成本指标 |', '|  | 经济效益 |', '| 效益指标 | 社会效益 |', '|  | 生态效益 |', '| 满意度指标 |']
for k in TR:
    t(d.L(k), f'表1 row {k}: a target and a past value, not a change (≥ targets, 零增长 a target word)')
ok_all(ratio_ok('98.0', '2548.00', '2600.00'))
check(band('88.5', DEFAULT_BANDS) == '良', '')
f(d.S('绩效自评得分88.5分，评价等级为“优”'), 'grade', 'must', '88.5分 is 良 under the bands stated just before (80–90), the text says 优 (2,548 / 2,600 = 98.0% on the same line is right)')
t(d.L('项目资金实行县级报账制管理'), 'no figures')

# ------------------------------------------------------------ 08 内蒙古 自治旗 2025 政府性基金预算决算说明, tables one cell a line
d, f, t = doc('08-wurenhe-autonomous-banner-2025-government-fund-final-accounts.txt')


def cells(label, n, nth=1):
    """A table row laid one cell per line: the label's line and the n − 1 lines after it."""
    at = d.E(label, nth)[0]
    return list(range(at, at + n))


t(d.E('乌仁河鄂温克族自治旗2025年政府性基金预算决算说明') + d.E('乌仁河鄂温克族自治旗财政局', 1) + d.E('乌仁河鄂温克族自治旗财政局', 2) + d.E('2026年7月'),
  'title (2025), issuer above and below, date')
t(d.L('根据《中华人民共和国预算法》和自治区财政厅关于编制2025年度财政决算'), 'the year of the 决算')
each(t, d.E('一、政府性基金预算收入决算情况') + d.E('二、政府性基金预算支出决算情况') + d.E('三、政府性基金预算收支平衡情况') + d.E('四、政府专项债务情况')
  + d.E('五、其他需要说明的事项'), 'headings in order (the slip is a second 四、)')
ok_all(ratio_ok('92.8', '19120', '20600'), growth_ok('-10.0', '21256', '19120'), ratio_ok('92.7', '17246', '18600'), ratio_ok('102.6', '472', '460'))
check(chg_wrong('12.4', '2134', '17246', down=True) and chg_ok('11.0', '2134', '17246', down=True) and not diff_off('2134', '19380', '17246'), '')
f(d.S('国有土地使用权出让收入17,246万元，完成调整预算的92.7%，比上年减少2,134万元，下降12.4%'), 'change', 'must',
  f"土地出让 2,134 on 上年 19,380 is {pct('2134', '19380', 2)}% (表1 −11.0), the text says 下降12.4% (92.8, −10.0, 92.7 and 102.6 on the same line are right)")
f(d.S('国有土地使用权出让收入17,246万元，完成调整预算的92.7%，比上年减少2,134万元，下降12.4%') + cells('国有土地使用权出让收入', 6), 'conflict', 'may',
  '下降 12.4% in the text against −11.0 in 表1')
check(D('1086') < D('1142'), '')
f(d.S('城市基础设施配套费收入1,086万元，受旗政府驻地新开工项目增加影响，较上年有所增长') + cells('城市基础设施配套费收入', 6), 'direction', 'must',
  '配套费 1,086 is below 上年 1,142 (表1 −4.9), the text says 较上年有所增长')
t(d.E('表1　乌仁河鄂温克族自治旗2025年政府性基金预算收入决算表') + d.E('单位：万元', 1) + cells('项目', 6, 1), '表1 title (2025), unit and head, one cell a line')
T1 = [('国有土地使用权出让收入', '18,600', '17,246', '92.7', '19,380', '-11.0'), ('城市基础设施配套费收入', '1,200', '1,086', '90.5', '1,142', '-4.9'),
      ('污水处理费收入', '460', '472', '102.6', '438', '7.8')]
for k, b, a, r, p, g in T1:
    ok_all(ratio_ok(r, c(a), c(b)), growth_ok(g, c(p), c(a)))
t(cells('污水处理费收入', 6), '表1 row 污水处理费: 472 / 460 = 102.61%; on 438 +7.76%')
ROW4 = ('其他政府性基金收入', '340', '416', '92.9', '296', '6.8')
check(ratio_ok('92.9', '316', '340') and growth_ok('6.8', '296', '316') and not ratio_ok('92.9', '416', '340'), '')
check(off('19120', *[c(r[2]) for r in T1], '416') and not off('19120', *[c(r[2]) for r in T1], '316'), '')
ok_all(not off('20600', *[c(r[1]) for r in T1], '340'), not off('21256', *[c(r[4]) for r in T1], '296'))
f(cells('其他政府性基金收入', 6) + cells('收入合计', 6), 'sum', 'must',
  '表1 决算数: 其他政府性基金收入 printed 416; the four rows add to 19,220 against 收入合计 19,120 (316 fits the 合计, its 92.9% and 6.8%)')
f(cells('其他政府性基金收入', 6), 'change', 'may', 'the same slip read in its row: 416 / 340 = 122.4% against 92.9, and on 296 +40.5% against 6.8')
ok_all(ratio_ok('95.0', '26788', '28200'), not off('26788', '23460', '362', '498', '2436', '32'))
ok_all(pct_ok('2.5', '2436', '96420'))
t(d.L('2025年，全旗政府性基金预算支出26,788万元，完成调整预算28,200万元的95.0%'), '26,788 / 28,200 = 94.99%; 23,460 + 362 + 498 + 2,436 + 32 = 26,788 (= 表2 rows); 付息 2,436 / 余额 96,420 = 2.53%')
check(pct_wrong('35.1', '8600', '26788') and pct_ok('32.1', '8600', '26788') and pct_wrong('35.1', '8600', '23460') and pct_wrong('35.1', '8600', '24800'), '')
f(d.S('新增专项债券安排的支出8,600万元，占政府性基金预算支出的35.1%'), 'share', 'must', f"8,600 / 基金支出 26,788 is {pct('8600', '26788', 2)}%, the text says 35.1%")
f(d.E('表2　乌仁河鄂温克族自治旗2024年政府性基金预算支出决算表'), 'year', 'must', 'the 2025 决算\'s 支出 table (its 决算数 26,788 is 2025\'s, as the text says) is titled 2024年')
t(d.E('单位：万元', 2) + cells('项目', 4, 2), '表2 unit and head')
T2 = [('城乡社区支出', '24,800', '23,460', '94.6'), ('农林水支出', '380', '362', '95.3'), ('其他支出', '520', '498', '95.8'), ('债务付息支出', '2,460', '2,436', '99.0'),
      ('债务发行费用支出', '40', '32', '80.0')]
for k, b, a, r in T2:
    check(ratio_ok(r, c(a), c(b)), k)
    t(cells(k, 4), f'表2 row {k}: {a} / {b} = {pct(c(a), c(b), 2)}%')
ok_all(not off('28200', *[c(r[1]) for r in T2]), not off('26788', *[c(r[2]) for r in T2]))
t(cells('支出合计', 4), '合计 = the five rows in both columns; 94.99%')
ok_all(not off('33666', '19120', '1460', '11800', '1286'), not off('31188', '26788', '1200', '3200'), not diff_off('2478', '33666', '31188'), not off('11800', '8600', '3200'))
t(d.L('2025年，全旗政府性基金预算收入19,120万元，加上级补助收入1,460万元'), '19,120 + 1,460 + 11,800 + 1,286 = 33,666; 26,788 + 1,200 + 3,200 = 31,188; 结转 2,478 outside; 8,600 + 3,200 = 11,800')
check(D('96420') > D('94860'), '')
ok_all(not roll_off('96420', '87820', sm('8600', '3200'), '3200'))
f(d.S('全旗政府专项债务余额96,420万元，自治区核定我旗专项债务限额94,860万元，专项债务余额控制在限额以内'), 'debt', 'must',
  '专项债务余额 96,420 is above the 限额 94,860, the text says it is within (the roll 87,820 + 8,600 + 3,200 − 3,200 = 96,420 on the same line is right)')
f(d.E('四、绩效管理情况'), 'heading', 'must', 'the parts run 一、二、三、四、四、五、: 四、 is used twice')
ok_all(3 + 2 == 5)
t(d.L('2025年，旗财政局对新增专项债券支持的5个项目开展了绩效自评'), '3 + 2 = 5; 4个 项目; 2026年 the coming budget')
t(d.L('旗级政府性基金预算决算中，上级补助收入1,460万元'), '1,460 and 1,200 restate 三、 (same values); 1,200 / 土地出让 17,246 = 6.96%; 征收标准 持平 with no figures')
ok_all(pct_ok('7.0', '1200', '17246'))

write('heldout44: the north and the south-west (Hebei, Shanxi, Inner Mongolia, Sichuan, Chongqing, Guizhou, Yunnan, Tibet) styles and kinds still '
      'rare in earlier sets (a 乡 2025 部门决算 PDF with a side-by-side 收支决算总表, a 县人大常委会 预算工作委员会 决算 审查意见 .docx, a 区人民医院 2026 部门预算 .md, '
      'a 市 再融资专项债券 信息披露 as pdftotext -layout, a 州 政府采购意向公开和执行 分析 with tab tables, a 市 社会保险基金预算草案 说明 hard-wrapped in full-width '
      'digits, a 县 农业农村局 项目支出绩效目标 PDF with a landscape 指标 table, a 自治旗 政府性基金 决算 说明 with its tables one cell a line); blind, all invented',
      trim_traps=True)
