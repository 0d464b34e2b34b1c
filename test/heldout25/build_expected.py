#!/usr/bin/env python3
"""heldout25 (gen25). Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.

Eight invented documents in genres no earlier set covered: a city's 彩票公益金使用情况公告 (.md: 筹集 / 结转 / 使用 /
结余, a 项目类别 table with 占比 and 项目数), a 专项资金分配结果公示 to counties in two batches (.txt, a table laid out
with spaces), a town's quarterly 惠民惠农财政补贴资金发放情况公示 (.docx, two Word tables: 标准 × 人数 = 金额 in 元, a
quarter-by-quarter table in 万元), a county's 国有土地使用权出让收支情况说明 (.txt wrapped at 74 half-width units,
mid-number: 成本性 / 非成本性支出, 计提 shares of 收益, land-backed special debt by kind), a city's 社会保险基金决算
说明 (.md: a 险种 table with partial 其中 columns, 年初 + 本年结余 = 年末), a university's 部门决算 (.txt with space-laid
tables: 收入 shares truncated at the edge, 基本 / 项目 by 功能, 三公, 资产, a 绩效自评 table with 等级), a district's
1—9月 税收收入完成情况分析 (.txt: a 税种 table with 增减额 / 增幅 / 占比, 拉动 / 贡献率, 个百分点, group totals and
their changes) and a county's 统计公报 (.txt: 不变价 growth, 结构, a 主要项目 table under a total, 存贷款, 城乡收入比).
Statements are located by a piece of their text (../heldout-kit/expected_kit.py); every figure a finding or trap relies
on is re-derived here with decimal arithmetic.
Run (from the repository root): node test/heldout-kit/make_docs.mjs test/heldout25, then the .docx text with
`node packages/cli/bin/budgetlint.js --print-text test/heldout25/h03-….docx > test/heldout25/src/h03-….docx.text.txt`,
then python3 test/heldout25/build_expected.py"""
import os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout-kit'))
from expected_kit import DEFAULT_BANDS, band, check, kit, off, pct, pct_ok, pct_wrong, sm, half, chg_ok, chg_wrong, growth_ok, roll_off, diff_off, rate_range  # noqa: E402

Doc, ROWS, doc, lines_of, write = kit(here)


def RX(d, pattern):
    """The one line of d matching a regular expression (for table rows whose spacing is layout)."""
    hits = [i + 1 for i, l in enumerate(d.lines) if re.search(pattern, l)]
    assert len(hits) == 1, (d.name, pattern, hits)
    return hits


def wrapped_paragraphs(src):
    """Line ranges (1-based, inclusive) of each '>' paragraph of a .wrap.txt source once make_docs.mjs wraps it at 74
    half-width units (an ideograph or full-width mark 2, ASCII 1)."""
    wide = re.compile('[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2018\u2019\u201c\u201d\u3000-\u303f]')
    out, n = [], 0
    for line in open(src, encoding='utf8').read().rstrip('\n').split('\n'):
        if not line.startswith('>'):
            n += 1
            continue
        rows, used = 1, 0
        for c in line[1:]:
            u = 2 if wide.match(c) else 1
            if used + u > 74:
                rows, used = rows + 1, 0
            used += u
        out.append((n + 1, n + rows))
        n += rows
    return out


def P(d, paras, piece):
    """Every physical line of the wrapped paragraph holding `piece` (S gives its first line)."""
    first = d.S(piece)[0]
    for a, b in paras:
        if a <= first <= b:
            return list(range(a, b + 1))
    raise AssertionError((d.name, piece))


def trunc(a, b, places=1):
    """a / b × 100 truncated (towards zero) at `places`."""
    v = D(a) / D(b) * 100
    q = D(10) ** -places
    return (abs(v) // q * q).copy_sign(v)


def rounds_only_by_truncation(stated, a, b):
    """The stated rate is right only as a truncation: the rounded interval does not hold a / b, the truncated one does."""
    lo, hi = rate_range(a, b)
    s, h = D(stated), half(stated)
    return (hi < s - h or lo > s + h) and pct_ok(stated, a, b)


# h01: a city's 彩票公益金使用情况公告 (.md)
d, f, t = doc('h01-lanxi-city-2024-lottery-welfare-fund-use-announcement.md')
check(sm('3218.60', '5424.15') == D('8642.75') and chg_ok('7.6', '612.35', '8642.75') and sm('8642.75', '1286.40') == D('9929.15'), 'raise')
t(d.L('2024年，全市共筹集彩票公益金8,642.75万元'), '3,218.60 + 5,424.15 = 8,642.75; 612.35 / 8,030.40 = 7.63% → 7.6; + 结转1,286.40 = 9,929.15; 近1亿元 approximate')
check(pct_wrong('57.6', '4806.20', '8642.75') and pct('4806.20', '8642.75') == D('55.6') and sm('1702.30', '3103.90') == D('4806.20'), 'welfare share')
f(d.L('按彩票种类分，福利彩票公益金4,806.20万元'), 'share', 'must', '福利彩票公益金4,806.20 / 筹集总额8,642.75 = 55.6%, stated 57.6% (its 其中 1,702.30 + 3,103.90 = 4,806.20 right)')
check(chg_ok('20.8', '826.65', '4806.20'), 'welfare chg')
t(d.L('福利彩票公益金比上年增加826.65万元'), '826.65 / (4,806.20 − 826.65 = 3,979.55) = 20.77% → 20.8 (the current amount in the paragraph before)')
check(pct_ok('44.4', '3836.55', '8642.75') and chg_wrong('6.1', '214.30', '3836.55', down=True) and pct('214.30', '4050.85') == D('5.3'), 'sport')
# the parts' changes agree with the total's: +826.65 − 214.30 = +612.35
check(D('826.65') - D('214.30') == D('612.35') and sm('4806.20', '3836.55') == D('8642.75'), 'change-sum')
f(d.L('体育彩票公益金3,836.55万元，占当年筹集总额的44.4%'), 'change', 'must',
  '减少214.30 from 3,836.55 + 214.30 = 4,050.85 is 5.3%, stated 下降6.1% (44.4% right: 3,836.55 / 8,642.75 = 44.39)')
check(sm('1516.30', '2320.25') == D('3836.55') and sm('1702.30', '1516.30') == D('3218.60') and sm('3103.90', '2320.25') == D('5424.15'), 'sport parts')
t(d.L('体育彩票公益金中，上级补助1,516.30万元'), '1,516.30 + 2,320.25 = 3,836.55; the 上级 and 本级 parts of both lotteries add to 3,218.60 and 5,424.15')
check(pct_ok('89.8', '8917.32', '9929.15') and D('89.8') - D('86.4') == D('3.4'), 'use')
t(d.L('2024年，全市共安排使用彩票公益金8,917.32万元'), '8,917.32 / 9,929.15 = 89.81% → 89.8; 89.8 − 86.4 = 3.4个百分点')
check(D('9929.15') - D('8917.32') == D('1011.83') and not roll_off('1011.83', '1286.40', '8642.75', '8917.32'), 'balance')
t(d.L('年末结余彩票公益金1,011.83万元'), '1,286.40 + 8,642.75 − 8,917.32 = 1,011.83 (the roll-forward closes)')
t(d.L('全市重点实施了五类民生项目'), '五类 with five named; 约38万人次 approximate')
TABLE1 = [('| 1 | 养老服务 |', '2846.50', '31.9', 12), ('| 2 | 残疾人事业 |', '1126.80', '12.6', 8), ('| 3 | 儿童福利', '618.40', '6.9', 5),
          ('| 4 | 全民健身设施建设 |', '1904.62', '21.4', 9), ('| 5 | 青少年体育', '732.10', '8.2', 5), ('| 6 | 社会救助与慈善 |', '486.30', '5.5', 3),
          ('| 7 | 教育助学 |', '520.00', '5.8', 2), ('| 8 | 医疗救助 |', '682.60', '7.7', 2)]
for cell, amt, s, n in TABLE1:
    check(pct_ok(s, amt, '8917.32'), cell)
    t(d.L(cell), '%s / 8,917.32 = %s%%, stated %s%%' % (amt, pct(amt, '8917.32'), s))
check(sm(*[r[1] for r in TABLE1]) == D('8917.32') and sm(*[r[2] for r in TABLE1]) == D('100.0') and sum(r[3] for r in TABLE1) == 46, 'table1')
t(d.L('| | 合计 | 8,917.32 |'), 'the eight amounts add to 8,917.32, the shares to 100.0, the projects to 46')
check(12 + 8 + 5 + (9 + 5) + 9 == 48 and 3 + 2 + 2 == 7, 'projects')
f(d.L('全年共资助项目46个'), 'sum', 'must', '资助项目46个, but 12 + 8 + 5 + 14 + 9 = 48 after 其中 (the table has 3 + 2 + 2 = 7 社会救助和其他)')
check(sm('1020.00', '886.40') < D('2846.50'), 'elder')
t(d.L('（一）养老服务2,846.50万元'), '其中 1,020.00 + 886.40 = 1,906.40 < 2,846.50 with 其余资金 named: a partial list; 12个 as the table; 约420张')
check(pct_ok('59.2', '2846.50', '4806.20'), 'elder share')
t(d.L('占福利彩票公益金筹集额的59.2%'), '2,846.50 / 福利彩票公益金4,806.20 = 59.2% (another base than the 31.9% of 使用总额)')
check(off('1126.80', '486.20', '318.50', '236.10', '146.00') and sm('486.20', '318.50', '236.10', '146.00') == D('1186.80'), 'disabled')
f(d.L('（二）残疾人事业1,126.80万元'), 'sum', 'must', '残疾人事业1,126.80, but its 其中 486.20 + 318.50 + 236.10 + 146.00 = 1,186.80 (more than the total); 2,300余名 approximate')
t(d.L('（三）儿童福利和未成年人保护618.40万元'), 'as the table; 1,860人次 a count')
t(d.L('（四）全民健身设施建设1,904.62万元'), 'counts, 约32公里, 2.6平方米以上 a threshold')
t(d.L('（五）青少年体育和群众体育赛事732.10万元'), '18项, 1.26万人次 counts')
check(1300 * 4000 == 5200000 and D('5200000') / 10000 == D('520.00'), 'aid')
t(d.L('（七）教育助学520.00万元'), '1,300名 × 4,000元 = 5,200,000元 = 520.00万元')
t(d.L('（六）社会救助与慈善486.30万元'), 'as the table')
t(d.L('（八）医疗救助682.60万元'), 'as the table; 3,148人次')
t(d.L('# 岚溪市2024年度彩票公益金使用情况公告'), 'the title')
t(d.L('表1 2024年度彩票公益金使用情况'), 'a table title with the document\'s year')
f(d.L('## 五、资金管理和监督情况'), 'heading', 'must', '## 三、 then ## 五、 (四、 missing)')
check(9 + 3 == 12, 'eval')
t(d.L('市财政局组织对12个重点项目开展了绩效评价'), '12 = 优9 + 良3; 36.80万元 alone')
t(d.L('本公告所列数据为2024年1月1日至2024年12月31日的执行数'), 'dates')
t(d.L('0863-2186540'), 'a phone number')
t(d.L('2025年6月30日'), 'a date')

# h02: a 专项资金分配结果公示, the table laid out with spaces (.txt)
d, f, t = doc('h02-zhechuan-city-2025-rural-living-environment-fund-allocation-notice.txt')
t(d.L('柘财农〔2023〕41号'), 'a document number (the fund rules of another year)')
f(d.L('现将2024年市级农村人居环境整治专项资金分配结果公示如下'), 'year', 'must', '2024年…分配结果 in a notice titled 关于2025年市级…专项资金分配结果的公示')
check(chg_ok('10.9', '580', '5880'), 'total')
t(d.L('2025年市级农村人居环境整治专项资金共安排5,880万元'), '580 / (5,880 − 580 = 5,300) = 10.94% → 10.9')
check(pct_ok('62.1', '3651', '5880'), 'batch1')
t(d.L('资金分两批下达'), '3,651 / 5,880 = 62.1%; 两批 a count; the second batch not stated in prose')
COUNTIES = [('青石县', 856, 512, 344), ('白河县', 742, 445, 297), ('长宁区', 418, 250, 168), ('松坪县', 936, 560, 376), ('柳溪县', 688, 412, 276),
            ('望江县', 1024, 614, 410), ('东岭县', 596, 358, 238)]
OTHERS = [('市农业农村局', 320, 320, 0), ('柘川经济开发区', 300, 180, 120)]
check(sum(r[1] for r in COUNTIES) == 5260 and len(COUNTIES) == 7 and pct_ok('89.5', '5260', '5880') and 5260 + 320 + 300 == 5880, 'counties')
t(d.L('从分配对象看'), '七个县 add to 5,260; 5,260 / 5,880 = 89.5%; + 320 + 300 = 5,880')
f(d.L('分配因素包括四项'), 'count', 'must', '四项，即 with three named (基础因素、任务因素和绩效因素)')
check(30 + 50 + 20 == 100, 'weights')
t(d.L('其中，基础因素权重30%'), '30% + 50% + 20% = 100%')
t(d.L('绩效评价得分90分以上的按1.2的系数'), 'score thresholds and coefficients; 共4个 with no list')
t(d.L('两个省级美丽乡村示范县'), '两个 with two named; 100万元 each')
for name, a, b, c in COUNTIES + OTHERS:
    check(b + c == a, name)
    t(RX(d, r'^\s+\d\s+%s\s' % name), 'a row: %d + %d = %d' % (b, c, a))
check(sum(r[2] for r in COUNTIES + OTHERS) == 3651 and sum(r[3] for r in COUNTIES + OTHERS) == 2229 and 3651 + 2329 == 5980, 'table')
f(RX(d, r'^\s+合计\s+5,880'), 'sum', 'must',
  'the 合计 row\'s 第二批 2,329, but the column adds to 2,229 (and 3,651 + 2,329 = 5,980 ≠ 5,880); 分配金额 5,880 and 第一批 3,651 right')
check(pct_ok('17.4', '1024', '5880') and chg_ok('11.3', '104', '1024'), 'wangjiang')
t(d.L('望江县分配1,024万元，占资金总额的17.4%'), '1,024 / 5,880 = 17.4%; 104 / 920 = 11.3%')
check(pct_wrong('15.6', '856', '5880') and pct('856', '5880') == D('14.6'), 'qingshi')
f(d.L('青石县分配856万元，占资金总额的15.6%'), 'share', 'must', '856 / 5,880 = 14.6%, stated 15.6%')
check(D('418') > D('396'), 'changning')
f(d.L('长宁区分配418万元，较上年的396万元有所下降'), 'direction', 'must', '418 against 上年396 called 有所下降 (it rose by 22)')
check(936 + 688 + 596 == 2220, 'three')
t(d.L('松坪县、柳溪县、东岭县三县分配资金合计2,220万元'), '936 + 688 + 596 = 2,220 (three named)')
t(d.L('辖区内4个涉农社区'), 'a count with no list')
t(d.L('（一）各县（市、区）财政部门要在收到本次资金后30日内'), 'a deadline')
t(d.L('（三）各地要加快预算执行'), '80%以上 / 低于60% thresholds, a date')
t(d.L('本批资金对应的区域绩效目标为'), 'targets: 1.2万户以上, 98%以上, 45%左右, 90%以上')
t(d.L('其中，望江县完成户厕改造2,600户'), 'targets of two counties: a partial list')
t(d.L('公示期为2025年5月12日至5月18日，共7天'), '12 to 18 inclusive = 7 days')
t(d.L('0758-2236418'), 'phone numbers')
t(d.L('于2025年6月底前报市农业农村局备案'), 'a date')
t(d.L('2025年5月11日'), 'a date')
t(d.L('2025年市级农村人居环境整治专项资金分配结果表'), 'a table title')

# h03: a town's quarterly 惠民惠农财政补贴资金发放情况公示 (.docx; the text --print-text reads)
d, f, t = doc('h03-shinian-town-2025-q2-farm-and-welfare-subsidy-payment-notice.docx')
ITEMS = [('| 1 | 农村最低生活保障金 |', 480, 3, 138, 212, 305280), ('| 2 | 特困人员基本生活费', 760, 3, 46, 46, 104880),
         ('| 4 | 80周岁以上高龄津贴 |', 100, 3, 362, 384, 115200), ('| 5 | 困难残疾人生活补贴 |', 90, 3, 151, 158, 42660),
         ('| 6 | 重度残疾人护理补贴 |', 100, 3, 117, 121, 36300)]
LAND = D('18426.4') * D('112.5')
check(LAND == D('2072970.00'), 'land')
TOTAL = sum(r[5] for r in ITEMS) + 2072970
check(TOTAL == 2677290 and (D(TOTAL) / 10000).quantize(D('0.01')) == D('267.73'), 'total')
t(d.L('系统共发放补贴6项'), '6项 = the table\'s six rows; 267.73万元 = 2,677,290元; 3,600余户 approximate')
t(d.L('补贴对象主要涉及低保、特困、高龄、残疾四类群体'), '四类 with four named')
Q1 = 293760 + 104880 + 0 + 110400 + 41850 + 35700
check(Q1 == 586590 and (D(Q1) / 10000).quantize(D('0.01')) == D('58.66') and sm('58.66', '267.73') == D('326.39'), 'half')
t(d.L('2025年上半年，全镇累计发放惠民惠农财政补贴资金326.39万元'), '58.66 + 267.73 = 326.39 (cumulative vs quarterly); 约450万元 approximate')
t(d.L('| 序号 | 补贴项目 | 发放标准 |'), 'the header')
for cell, std, months, hh, n, amt in ITEMS:
    check(std * months * n == amt, cell)
    t(d.L(cell), 'a row: %d元 × %d人 × %d个月 = %d元 (标准 in 元/人·月 is not an amount to add)' % (std, n, months, amt))
t(d.L('| 3 | 耕地地力保护补贴 |'), '112.5元/亩 × 18,426.4亩 = 2,072,970元; no 人数 (—)')
check(sum(r[4] for r in ITEMS) == 921 and sum(r[3] for r in ITEMS) + 2846 == 3660, 'people')
f(d.L('| 合计 |  |  | 3,660 | 931 |'), 'sum', 'must', '人数 合计931, but 212 + 46 + 384 + 158 + 121 = 921 (户数 3,660 and 金额 2,677,290 right)')
t(d.L('注：社会救助类补贴和残疾人两项补贴按季度发放'), '4—6月共3个月 a period')
t(d.L('（一）农村最低生活保障金。'), '212 × 480 × 3 = 305,280')
check(chg_ok('3.9', '11520', '305280') and 204 * 480 * 3 == 293760 and 8 * 1440 == 11520, 'dibao')
t(d.L('农村低保金较上季度增加11,520元'), '11,520 / (305,280 − 11,520 = 293,760) = 3.92% → 3.9; 8人 × 1,440 = 11,520')
t(d.L('（二）特困人员基本生活费。'), '46 × 760 × 3 = 104,880; 持平 with no other figure (表2: 10.49 both quarters)')
t(d.L('（三）耕地地力保护补贴。'), '18,426.4 × 112.5 = 2,072,970; 2,846户')
check(pct_ok('77.4', '2072970', '2677290') and (LAND / 10000).quantize(D('0.01')) == D('207.30'), 'land share')
t(d.L('耕地地力保护补贴折合207.30万元'), '207.30万元 = 2,072,970元; 2,072,970 / 2,677,290 = 77.4% (万元 against the 元 of the table)')
check(chg_wrong('4.5', '4800', '115200') and pct('4800', '110400') == D('4.3') and 384 * 300 == 115200 and 16 * 300 == 4800, 'elder')
f(d.L('（四）80周岁以上高龄津贴。'), 'change', 'must', '增加4,800 from 115,200 − 4,800 = 110,400 is 4.3% (4.35), stated 增长4.5% (384 × 100 × 3 = 115,200 right)')
check(42660 + 36300 == 78960 and pct_wrong('3.9', '78960', '2677290') and pct('78960', '2677290') == D('2.9'), 'disabled')
f(d.L('（五）残疾人两项补贴。'), 'share', 'must', '两项补贴合计78,960 / 2,677,290 = 2.9%, stated 3.9% (42,660 + 36,300 = 78,960 right)')
check(305280 + 104880 == 410160 and pct_ok('15.3', '410160', '2677290'), 'relief')
t(d.L('低保金和特困人员基本生活费两项社会救助类补贴合计410,160元'), '305,280 + 104,880 = 410,160; 15.3%')
t(d.L('| 补贴项目 | 第一季度 | 第二季度 | 上半年累计 |'), 'the header')
QROWS = [('| 农村最低生活保障金 |', '29.38', '30.53', '59.90', 293760, 305280), ('| 特困人员基本生活费 |', '10.49', '10.49', '20.98', 104880, 104880),
         ('| 耕地地力保护补贴 |', '0.00', '207.30', '207.30', 0, 2072970), ('| 80周岁以上高龄津贴 |', '11.04', '11.52', '22.56', 110400, 115200),
         ('| 困难残疾人生活补贴 |', '4.19', '4.27', '8.45', 41850, 42660), ('| 重度残疾人护理补贴 |', '3.57', '3.63', '7.20', 35700, 36300)]
W = lambda yuan: (D(yuan) / 10000).quantize(D('0.01'), ROUND_HALF_UP)
for cell, a, b, c, ya, yb in QROWS:
    check(W(ya) == D(a) and W(yb) == D(b) and W(ya + yb) == D(c) and not off(c, a, b), cell)
    t(d.L(cell + ' ' + a + ' |'), 'a row: %s + %s = %s within rounding (each rounded from 元: %d + %d)' % (a, b, c, ya, yb))
check(not off('58.66', *[r[1] for r in QROWS]) and sm(*[r[1] for r in QROWS]) == D('58.67') and not off('267.73', *[r[2] for r in QROWS])
      and sm(*[r[2] for r in QROWS]) == D('267.74') and sm(*[r[3] for r in QROWS]) == D('326.39') and sm('58.66', '267.73') == D('326.39'), 'qtotal')
t(d.L('| 合计 | 58.66 | 267.73 | 326.39 |'), '58.67 and 267.74 against 58.66 and 267.73: rounding gaps inside the intervals (stated in the 注); 326.39 exact')
t(d.L('注：表中数据按元折算为万元后四舍五入保留两位小数'), 'a note')
f(d.L('本季度补贴资金发放覆盖全镇11个村（社区）'), 'count', 'must', '11个村（社区），分别是 with ten named')
t(d.L('其中耕地地力保护补贴户数最多的是大坪村'), '412户, 23户37人: single figures')
t(d.L('代发银行在收到资金后3个工作日内'), 'a deadline')
t(d.L('发放不成功的7户'), 'a count alone')
t(d.L('本季度各项补贴资金于2025年6月20日前全部发放到位'), 'a date and 5天')
t(d.L('我县农村低保保障标准由每人每月450元提高到480元'), 'standards raised (提高到 = a new value); 480 and 760 as in the table')
t(d.L('分别为每人每月100元、90元和100元'), 'three standards for three named items')
t(d.L('2025年每亩112.5元，较上年提高2.5元'), '提高2.5元 from 110.0: no rate')
t(d.L('发现死亡人员未及时停发补贴2人'), '2人, 1人, 2,880元: no total stated')
check(212 + 46 == 258, 'cross')
t(d.L('共核查对象258人'), '低保212 + 特困46 = 258')
t(d.L('公示期为2025年7月1日至7月7日，共7天'), '1 to 7 inclusive = 7 days')
t(d.L('0855-3621478'), 'a phone number')
t(d.L('现将石碾镇2025年第二季度惠民惠农财政补贴资金发放情况公示如下'), 'the opening names the title\'s year and quarter')
t(d.L('表1  石碾镇2025年第二季度'), 'a table title')
t(d.L('表2  石碾镇2025年上半年'), 'a table title')
t(d.L('附件：石碾镇2025年第二季度'), 'an attachment')

# h04: a county's 国有土地使用权出让收支情况说明, wrapped at 74 half-width units (mid-number)
d, f, t = doc('h04-xiting-county-2024-state-land-transfer-revenue-and-expenditure.txt')
PARAS = wrapped_paragraphs(os.path.join(here, 'src', 'h04-xiting-county-2024-state-land-transfer-revenue-and-expenditure.wrap.txt'))
T = lambda piece, why: t(P(d, PARAS, piece), why)
check(chg_ok('9.9', '3.12', '28.46', down=True), 'rev')
T('全县国有土地使用权出让收入28.46亿元，比上年减少3.12亿元，下降9.9%', '3.12 / 31.58 = 9.88% → 9.9')
check(16 + 9 + 21 == 46 and sm('1046.2', '318.6', '1921.7') == D('3286.5') and 41 + 5 == 46, 'parcels')
T('全年共出让国有建设用地46宗、面积3,286.5亩', '16 + 9 + 21 = 46宗; 1,046.2 + 318.6 + 1,921.7 = 3,286.5亩; 41 + 5 = 46')
check(sm('21.34', '4.18', '2.94') == D('28.46') and pct_ok('75.0', '21.34', '28.46') and pct_ok('14.7', '4.18', '28.46') and pct_ok('10.3', '2.94', '28.46')
      and sm('75.0', '14.7', '10.3') == D('100.0'), 'use')
check(abs(D('29400') / D('1921.7') - D('15.3')) < D('0.05'), 'per mu')
T('分用途看，住宅用地出让收入21.34亿元，占出让收入的75.0%', '21.34 + 4.18 + 2.94 = 28.46 (4.18 wrapped mid-number); 75.0 / 14.7 / 10.3; 15.3万元左右 (2.94亿 / 1,921.7亩 = 15.30)')
check(D('21.34') < D('23.60'), 'residential')
f(P(d, PARAS, '住宅用地出让收入21.34亿元，较上年的23.60亿元有所增加'), 'direction', 'must', '21.34 against 上年23.60 called 有所增加 (it fell by 2.26)')
T('以前年度欠缴的土地出让价款0.86亿元', 'a date and a single figure')
check(sm('16.82', '11.10') == D('27.92') and D('28.46') - D('27.92') == D('0.54'), 'exp')
T('全县国有土地使用权出让收入安排的支出27.92亿元，比上年下降4.6%', '16.82 + 11.10 = 27.92; 28.46 − 27.92 = 0.54; 4.6% on an unstated base')
check(pct_wrong('62.4', '16.82', '27.92') and pct('16.82', '27.92') == D('60.2') and sm('11.26', '4.38', '1.18') == D('16.82'), 'cost')
f(P(d, PARAS, '成本性支出16.82亿元，占出让收入安排支出的62.4%'), 'share', 'must', '16.82 / 27.92 = 60.2%, stated 62.4% (its 其中 11.26 + 4.38 + 1.18 = 16.82 right)')
check(chg_wrong('12.3', '1.84', '11.26', down=True) and pct('1.84', '13.10') == D('14.0'), 'compensation')
f(P(d, PARAS, '征地和拆迁补偿支出11.26亿元，比上年减少1.84亿元，下降12.3%'), 'change', 'must', '减少1.84 from 11.26 + 1.84 = 13.10 is 14.0%, stated 下降12.3%')
check(D('28.46') - D('16.82') == D('11.64'), 'proceeds')
T('扣除成本性支出后，全县土地出让收益为11.64亿元', '28.46 − 16.82 = 11.64; 7.2% on an unstated base')
check(pct_ok('39.8', '11.10', '27.92'), 'noncost share')
T('非成本性支出11.10亿元，占出让收入安排支出的39.8%', '11.10 / 27.92 = 39.8%')
check(off('11.10', '5.64', '2.48', '1.16', '1.16', '0.86') and sm('5.64', '2.48', '1.16', '1.16', '0.86') == D('11.30'), 'noncost')
f(P(d, PARAS, '非成本性支出11.10亿元，其中：城市建设支出5.64亿元'), 'sum', 'must', '非成本性支出11.10, but its 其中 5.64 + 2.48 + 1.16 + 1.16 + 0.86 = 11.30 (2.48 wrapped mid-number)')
T('城市建设支出5.64亿元，比上年增长18.7%', '18.7% on an unstated base')
T('计提比例均按不低于土地出让收益的10%执行', 'a threshold (不低于10%)')
check(pct_ok('10.0', '1.16', '11.64'), 'levy')
T('2024年全县计提农田水利建设资金1.16亿元、教育资金1.16亿元，分别占土地出让收益的10.0%', '1.16 / 11.64 = 9.97% → 10.0 each (分别: not a sum)')
T('另按出让土地面积计提农业土地开发资金1,286万元', 'a single figure in 万元')
check(pct_ok('44.0', '5.12', '11.64') and pct_ok('18.0', '5.12', '28.46'), 'rural')
T('2024年全县土地出让收入用于农业农村的支出5.12亿元，占土地出让收益的44.0%，占土地出让收入的比例为18.0%',
  '5.12 / 收益11.64 = 44.0%; 5.12 / 收入28.46 = 18.0% (two bases)')
check(D('44.78') <= D('44.80') and sm('32.40', '12.40') == D('44.80') and sm('31.92', '12.86') == D('44.78'), 'debt total')
T('偿还来源的政府专项债务余额44.78亿元，未超过相应的专项债务限额44.80亿元', '44.78 ≤ 44.80 (44.78 wrapped mid-number); the kinds add up')
check(D('12.86') > D('12.40') and D('31.92') <= D('32.40'), 'shed')
f(P(d, PARAS, '棚户区改造专项债务限额12.40亿元、余额12.86亿元'), 'debt', 'must', '棚户区改造专项债务余额12.86 above its 限额12.40 (土地储备 31.92 under 32.40; total 44.78 under 44.80)')
check(sm('2.10', '1.08') == D('3.18'), 'service')
T('偿还专项债券本息3.18亿元，其中还本2.10亿元、付息1.08', '2.10 + 1.08 = 3.18')
T('2024年新发行土地储备专项债券2.60亿元', 'an issue with no opening balance stated; 10年, 2.46%')
T('出让收入预算安排30亿元左右，力争出让各类建设用地', '30亿元左右 approximate, 3,000亩以上 a target (another year)')
T('本说明中的数据为快报数，最终以2024年政府性基金决算数为准', 'the document\'s own year')
t(d.L('2025年3月20日'), 'a date')
t(d.L('溪亭县2024年国有土地使用权出让收支情况说明'), 'the title')
T('现将溪亭县2024年国有土地使用权出让收入', 'the opening names the title\'s year')
t(d.L('五、2025年工作安排'), 'a heading naming the next year (plans, not the document\'s year)')

# h05: a city's 社会保险基金决算情况说明 (.md)
d, f, t = doc('h05-ningchuan-city-2024-social-insurance-fund-final-accounts.md')
f(d.L('现将宁川市2023年度全市社会保险基金决算情况说明如下'), 'year', 'must', '2023年度…社会保险基金决算 in the opening of 宁川市2024年社会保险基金决算情况说明')
FUNDS = [('| 企业职工基本养老保险基金 |', 486230, 352640, 48200, 472180, 14050, 226510, 212460),
         ('| 城乡居民基本养老保险基金 |', 86420, 21860, 58340, 69750, 16670, 164970, 148300),
         ('| 机关事业单位基本养老保险基金 |', 168540, 92460, 74800, 166920, 1620, 19880, 18260),
         ('| 职工基本医疗保险基金（含生育保险） |', 142860, 136420, 1280, 128450, 14410, 110950, 96540),
         ('| 城乡居民基本医疗保险基金 |', 98760, 26840, 69320, 95380, 3380, 44600, 41220),
         ('| 工伤保险基金 |', 8640, 8120, 0, 7960, 680, 13020, 12340),
         ('| 失业保险基金 |', 12480, 11260, 0, 14860, -2380, 36270, 38650)]
col = lambda i: sum(r[i] for r in FUNDS)
check(col(1) == 1003930 and col(2) == 649600 and col(3) == 251940 and col(2) + col(3) < col(1) and col(5) == 48430, 'overall')
t(d.L('2024年，全市社会保险基金收入1,003,930万元'), '其中 649,600 + 251,940 = 901,540 < 1,003,930 with 其余 named: partial; 100亿元 a threshold; 5.2% unstated base; 结余48,430')
check(pct_wrong('27.1', '251940', '1003930') and pct('251940', '1003930') == D('25.1'), 'subsidy share')
f(d.L('全市各项社会保险基金财政补贴收入251,940万元，占基金收入的27.1%'), 'share', 'must', '251,940 / 1,003,930 = 25.1%, stated 27.1%')
check(col(7) == 567770 and col(6) == 616200 and 567770 + 48430 == 616200 and roll_off('616200', '576770', '48430', '0'), 'roll')
f(d.L('全市社会保险基金年初滚存结余576,770万元'), 'sum', 'must',
  '年初576,770 + 本年结余48,430 = 625,200, stated 年末616,200 (the funds\' 年初 add to 567,770: a transposed 年初)')
for r in FUNDS:
    cell, inc, prem, sub, exp, bal, end, start = r
    check(inc - exp == bal and start + bal == end and prem + sub <= inc, cell)
    t(d.L(cell), 'a row: %d − %d = %d; 其中 %d + %d ≤ %d (partial columns); 年末 %d' % (inc, exp, bal, prem, sub, inc, end))
check(col(4) == 955500 and off('965500', *[str(r[4]) for r in FUNDS]) and col(1) - 965500 != 48430, 'table total')
f(d.L('| 合计 | 1,003,930 |'), 'sum', 'must', '基金支出 合计965,500, but the seven funds add to 955,500 (and 1,003,930 − 965,500 = 38,430 ≠ 结余 48,430); the other columns right')
t(d.L('注：基金收入除保险费收入和财政补贴收入外'), 'the columns are partial (named)')
check(chg_wrong('6.8', '28640', '486230') and pct('28640', '457590') == D('6.3'), 'enterprise')
f(d.L('基金收入486,230万元，比上年增加28,640万元，增长6.8%'), 'change', 'must', '增加28,640 from 486,230 − 28,640 = 457,590 is 6.3%, stated 增长6.8%')
check(352640 + 48200 + 78460 == 479300 and 479300 < 486230, 'enterprise parts')
t(d.L('收入中，保险费收入352,640万元'), '352,640 + 48,200 + 78,460 = 479,300 < 486,230 with 其余 named: partial')
check((D(226510) / (D(472180) / 12)).quantize(D('0.1'), ROUND_HALF_UP) == D('5.8'), 'months')
t(d.L('基金支出472,180万元，比上年增长5.9%'), '5.9% unstated base; 448,620 a partial 其中; 486,230 − 472,180 = 14,050; 226,510 / (472,180 / 12) = 5.76 → 5.8个月')
check(pct_ok('67.5', '58340', '86420'), 'resident pension')
t(d.L('基金收入86,420万元，其中个人缴费收入21,860万元'), '21,860 + 58,340 = 80,200 < 86,420 (partial); 58,340 / 86,420 = 67.5% of the fund\'s own income; 86,420 − 69,750 = 16,670')
t(d.L('基金收入168,540万元，其中保险费收入92,460万元'), '92,460 + 74,800 = 167,260 < 168,540; 168,540 − 166,920 = 1,620 基本平衡')
t(d.L('基金收入142,860万元，其中保险费收入136,420万元'), '136,420 + 1,280 = 137,700 < 142,860 (partial)')
check(84260 + 38970 + 5220 == 128450 and 142860 - 128450 == 14410, 'employee med')
t(d.L('基金支出128,450万元，其中统筹基金支出84,260万元'), '84,260 + 38,970 + 5,220 = 128,450; 142,860 − 128,450 = 14,410')
check(chg_ok('3.2', '3060', '98760') and 26840 + 69320 <= 98760, 'resident med')
t(d.L('基金收入98,760万元，比上年增加3,060万元，增长3.2%'), '3,060 / 95,700 = 3.20%; 26,840 + 69,320 = 96,160 < 98,760 (partial); 670元以上 a threshold')
check(pct_ok('96.6', '95380', '98760') and D('96.6') - D('95.2') == D('1.4'), 'ratio')
t(d.L('基金支出95,380万元，支出占收入的96.6%'), '95,380 / 98,760 = 96.6%; 96.6 − 95.2 = 1.4个百分点; 98,760 − 95,380 = 3,380')
t(d.L('基金收入8,640万元，基金支出7,960万元'), '8,640 − 7,960 = 680')
check(14860 > 13420 and 14860 - 13420 == 1440, 'unemp')
f(d.L('失业保险基金支出14,860万元，比上年13,420万元减少1,440万元'), 'direction', 'must', '14,860 against 上年13,420 called 减少1,440 (it rose by 1,440)')
check(12480 - 14860 == -2380 and 38650 - 2380 == 36270, 'unemp bal')
t(d.L('失业保险基金当年收支缺口2,380万元'), '12,480 − 14,860 = −2,380 (缺口 2,380); 38,650 − 2,380 = 36,270')
check(sm('68.30', '104.86', '13.26') == D('186.42'), 'insured')
t(d.L('全市基本养老保险参保人数186.42万人'), '68.30 + 104.86 + 13.26 = 186.42')
t(d.L('全市基本医疗保险参保人数268.46万人'), '95%以上 a threshold')
check(chg_ok('3.5', '1.26', '36.84'), 'unemp insured')
t(d.L('失业保险参保人数36.84万人'), '1.26 / 35.58 = 3.54% → 3.5; 41.20 alone')
check(growth_ok('4.3', '1003930', '1046800') and 1046800 - 1012600 == 34200 and 616200 + 34200 == 650400, '2025')
t(d.L('2025年，全市社会保险基金预算收入1,046,800万元'), '1,046,800 / 1,003,930 = 104.27% → 增长4.3% on the 2024 决算数; 1,046,800 − 1,012,600 = 34,200; 616,200 + 34,200 = 650,400')
t(d.L('预计上解中央调剂基金约9亿元'), 'approximate')
t(d.L('因四舍五入原因，部分合计数与分项之和可能存在尾差'), 'a note')
t(d.L('2025年8月15日'), 'a date')
t(d.L('## 四、2025年社会保险基金预算安排情况'), 'a heading naming the next year\'s budget, not the document\'s year')
t(d.L('表1 2024年宁川市社会保险基金收支决算表'), 'a table title')

# h06: a university's 部门决算, tables laid out with spaces (.txt)
d, f, t = doc('h06-minchuan-normal-university-2024-department-final-accounts.txt')
t(d.L('岷川师范学院是省人民政府举办'), 'counts: 两个校区 named, 18个, 62个, 8个, 6个')
check(21480 + 2316 + 834 == 24630, 'students')
t(d.L('学校有教职工1,846人'), '1,268 and 586 partial; 21,480 + 2,316 + 834 = 24,630')
f(d.L('学校有附属单位3个'), 'count', 'must', '附属单位3个，即 with four named')
check(sm('118426.35', '10180.65') == D('128607.00') and sm('116842.60', '11764.40') == D('128607.00'), 'totals')
t(d.L('2024年度学校收入总计128,607.00万元'), '118,426.35 + 10,180.65 = 128,607.00 = 116,842.60 + 11,764.40; 约合12.86亿元')
check(chg_wrong('6.4', '6842.18', '118426.35') and pct('6842.18', '111584.17') == D('6.1'), 'income chg')
f(d.L('本年收入合计118,426.35万元，比上年增加6,842.18万元'), 'change', 'must', '增加6,842.18 from 118,426.35 − 6,842.18 = 111,584.17 is 6.1%, stated 增长6.4% (约合11.68亿元 and 4.9% on an unstated base right)')
INC = [('一、财政拨款收入', '68240.18', '57.62'), ('二、事业收入', '42186.42', '35.62'), ('三、其他收入', '7999.75', '6.75')]
check(sm(*[r[1] for r in INC]) == D('118426.35') and pct_ok('57.6', '68240.18', '118426.35'), 'income')
t(d.L('2024年度本年收入合计118,426.35万元，其中财政拨款收入'), '68,240.18 + 42,186.42 + 7,999.75 = 118,426.35; 57.6%')
for cell, amt, s in INC:
    check(pct_ok(s, amt, '118426.35'), cell)
for cell, amt, s in INC[:2]:
    t(RX(d, r'^\s+%s\s+[\d,.]+\s' % cell), '%s / 118,426.35 = %s%%' % (amt, pct(amt, '118426.35', 2)))
check(rounds_only_by_truncation('6.75', '7999.75', '118426.35') and pct('7999.75', '118426.35', 2) == D('6.76') and trunc('7999.75', '118426.35', 2) == D('6.75'), 'other')
t(RX(d, r'^\s+三、其他收入\s'), '7,999.75 / 118,426.35 = 6.75504%: 6.76 rounded, 6.75 truncated (the SPEC accepts truncation)')
t(d.L('其中：一般公共预算财政拨款'), 'a 其中 row repeating its parent: not a component of 本年收入合计')
check(sm('57.62', '35.62', '6.75') == D('99.99'), 'shares')
t(RX(d, r'^\s+本年收入合计\s+118,426\.35'), 'the three rows add to 118,426.35 (without the 其中 row); shares 99.99 against 100.00 (a truncated share)')
t(RX(d, r'^\s+收入总计\s+128,607\.00'), '118,426.35 + 10,180.65')
check(pct_ok('2.77', '68240.18', '24630') or abs(D('68240.18') / 24630 - D('2.77')) < D('0.005'), 'per student')
t(d.L('事业收入比上年增长2.1%'), '2.1% unstated base; 生均约2.77万元 (68,240.18 / 24,630)')
SP = [('教育支出', '109426.38', '74436.44', '34989.94'), ('科学技术支出', '3218.46', '0.00', '3218.46'),
      ('社会保障和就业支出', '2986.24', '2986.24', '0.00'), ('住房保障支出', '1211.52', '1211.52', '0.00')]
check(sm(*[r[1] for r in SP]) == D('116842.60') and sm(*[r[2] for r in SP]) == D('78634.20') and sm(*[r[3] for r in SP]) == D('38208.40'), 'spend')
check(pct_ok('93.7', '109426.38', '116842.60'), 'edu')
t(d.L('按支出功能分类，教育支出109,426.38万元'), 'the four add to 116,842.60; 93.7%')
check(pct_ok('67.3', '78634.20', '116842.60'), 'basic share')
t(d.L('按支出性质分类，基本支出78,634.20万元'), '78,634.20 / 116,842.60 = 67.3%')
check(off('78634.20', '69842.36', '9791.84') and sm('69842.36', '9791.84') == D('79634.20'), 'basic')
f(d.L('基本支出78,634.20万元，其中人员经费69,842.36万元'), 'sum', 'must', '基本支出78,634.20, but 人员经费69,842.36 + 公用经费9,791.84 = 79,634.20')
check(pct_wrong('34.7', '38208.40', '116842.60') and pct('38208.40', '116842.60') == D('32.7'), 'project')
f(d.L('项目支出38,208.40万元，占本年支出合计的34.7%'), 'share', 'must', '38,208.40 / 116,842.60 = 32.7%, stated 34.7%')
for cell, a, b, c in SP:
    check(sm(b, c) == D(a), cell)
    t(RX(d, r'^\s+' + cell + r'\s+[\d,.]+\s'), 'a row: %s + %s = %s' % (b, c, a))
t(RX(d, r'^\s+合计\s+116,842\.60'), 'the columns add up; 78,634.20 + 38,208.40 = 116,842.60')
check(pct_ok('58.3', '68120.36', '116842.60'), 'fin')
t(d.L('2024年度一般公共预算财政拨款支出68,120.36万元'), '68,120.36 / 116,842.60 = 58.3%; 98.6% of an unstated 调整预算; 61,862.48 and 1,686.00 partial')
check(D('68240.18') - D('68120.36') == D('119.82'), 'carry')
t(d.L('年末财政拨款结转和结余119.82万元'), '68,240.18 − 68,120.36 = 119.82')
check(sm('12.60', '41.26', '32.56') == D('86.42') and pct_ok('72.0', '86.42', '120.00') and D('86.42') < D('120.00'), '3pub')
t(d.L('2024年度“三公”经费财政拨款支出86.42万元'), '12.60 + 41.26 + 32.56 = 86.42; 86.42 / 120.00 = 72.0%; 小于 right')
t(d.L('（一）因公出国（境）费12.60万元'), '4个, 18人次 counts')
check(sm('18.00', '23.26') == D('41.26'), 'car')
t(d.L('（二）公务用车购置及运行维护费41.26万元'), '18.00 + 23.26 = 41.26; 1辆, 5辆')
check(chg_ok('13.0', '4.86', '32.56', down=True), 'recv')
t(d.L('（三）公务接待费32.56万元'), '4.86 / 37.42 = 12.99% → 13.0; 186批次, 1,420人次')
f(d.L('八、政府采购支出情况'), 'heading', 'must', '六、 then 八、 (七、 missing)')
check(sm('5216.40', '2846.12', '1423.80') == D('9486.32') and pct_ok('75.1', '7126.50', '9486.32'), 'proc')
t(d.L('2024年度学校政府采购支出总额9,486.32万元'), '5,216.40 + 2,846.12 + 1,423.80 = 9,486.32; 75.1%')
check(sm('31.26', '2.84') < D('48.62') and sm('38.60', '26.80', '4.32') < D('86.42'), 'assets')
t(d.L('截至2024年12月31日，学校资产总额48.62亿元'), 'two partial 其中 lists (34.10 < 48.62; 69.72 < 86.42); a date')
check(5 + 3 + 10 == 18, 'cars')
t(d.L('学校共有车辆18辆'), '5 + 3 + 10 = 18; 100万元以上 a threshold, 46台（套）')
check(24 + 7 + 1 == 32, 'eval')
t(d.L('学校对2024年度32个项目支出开展了绩效自评'), 'the bands; 24 + 7 + 1 = 32; 38,208.40 the 项目支出')
BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]
EVAL = [('本科教学质量提升工程', '3260.00', '3186.42', '97.7', '93.5', '优'), ('学生资助资金', '5426.80', '5426.80', '100.0', '96.0', '优'),
        ('后勤保障能力提升项目', '2180.00', '1962.00', '90.0', '90.0', '优'), ('实验室安全改造项目', '1240.00', '1016.80', '82.0', '81.5', '良')]
for name, b, e, r, s, g in EVAL:
    check(pct_ok(r, e, b) and band(s, BANDS) == g, name)
    t(RX(d, r'^\s+%s\s+[\d,.]+\s' % name), '%s / %s = %s%%; %s is %s' % (e, b, r, s, g) + (' (90分（含）: the lower edge of 优)' if s == '90.0' else ''))
check(pct_ok('89.8', '4312.60', '4800.00') and band('88.6', BANDS) == '良', 'first-class')
f(RX(d, r'^\s+一流学科建设专项\s+4,800'), 'grade', 'must', '88.6 is 良 under the stated bands (80分（含）至90分为良), called 优 (89.8% 执行率 right)')
t(d.L('对执行率低于90%的项目相应压减2025年预算'), 'a threshold')
t(d.L('2025年8月28日'), 'a date')
t(RX(d, r'^\s+表1  2024年度收入决算情况表'), 'a table title')
t(RX(d, r'^\s+年初结转和结余\s+10,180\.65'), 'a row outside 本年收入合计')
t(d.L('5.“三公”经费：指用财政拨款安排的'), 'a definition naming three parts (no count)')

# h07: a district's 1—9月 税收收入完成情况分析 (.txt with a space-laid table)
d, f, t = doc('h07-longxi-district-2025-jan-sep-tax-revenue-analysis.txt')
TAX = [('增值税', 168420, 152360, '10.5', '44.0'), ('企业所得税', 76830, 79540, '-3.4', '20.1'), ('个人所得税', 24860, 21730, '14.4', '6.5'),
       ('城市维护建设税', 14250, 13120, '8.6', '3.7'), ('房产税', 18640, 17980, '3.7', '4.9'), ('城镇土地使用税', 9860, 10420, '-5.3', '2.6'),
       ('土地增值税', 32460, 35860, '-9.5', '8.5'), ('契税', 21380, 19640, '8.9', '5.6'), ('印花税', 6920, 6180, '12.0', '1.8'),
       ('耕地占用税', 4210, 3260, '29.1', '1.1'), ('其他税收', 5120, 4890, '4.7', '1.3')]
CUR, PRI = sum(r[1] for r in TAX), sum(r[2] for r in TAX)
check(CUR == 382950 and PRI == 364980 and CUR - PRI == 17970 and growth_ok('4.9', PRI, CUR), 'total')
t(d.L('（2025年10月16日）'), 'a date')
check(pct_ok('75.1', '382950', '510000') and D('6.5') - D('4.9') == D('1.6'), 'progress')
t(d.L('2025年1—9月，全区完成税收收入382,950万元'), '17,970 / 364,980 = 4.92% → 4.9; 382,950 / 510,000 = 75.1%; 75% a benchmark; 6.5 − 4.9 = 1.6个百分点')
check(487210 - 382950 == 104260 and pct_ok('78.6', '382950', '487210') and D('78.6') - D('77.7') == D('0.9'), 'quality')
t(d.L('同期全区一般公共预算收入487,210万元'), '382,950 + 104,260 = 487,210; 78.6%; 78.6 − 77.7 = 0.9个百分点; 3.7% unstated base')
t(d.L('表1  2025年1—9月泷溪区分税种税收收入完成情况表'), 'the title')
for name, c, p, g, s in TAX:
    check(growth_ok(g, p, c) and pct_ok(s, c, CUR), name)
    t(RX(d, r'^\s+%s\s+[\d,]+\s' % name), 'a row: %d − %d = %d; %s%% growth (%s); %s%% of %d' % (c, p, c - p, g, ((D(c) - p) / p * 100).quantize(D('0.001')), s, CUR)
      + ('; −5.37 truncated to −5.3' if name == '城镇土地使用税' else ''))
check(trunc(-560, 10420) == D('-5.3') and (D(-560) / 10420 * 100).quantize(D('0.1')) == D('-5.4'), 'trunc')
check(sm(*[r[4] for r in TAX]) == D('100.1'), 'share col')
t(RX(d, r'^\s+税收收入合计\s'), 'the rows add to 382,950 / 364,980 / 17,970; the shares add to 100.1 against 100.0 (rounding, stated in the 注)')
t(d.L('注：其他税收包括车船税'), 'a note')
check(pct_wrong('46.0', '168420', '382950') and pct('168420', '382950') == D('44.0'), 'vat share')
check(pct_ok('4.4', '16060', '364980') and pct_ok('89.4', '16060', '17970') and growth_ok('10.5', 152360, 168420), 'vat pull')
check(pct('168420', '382950') - pct('152360', '364980') == D('2.3'), 'vat pp')
f(d.L('（一）国内增值税。'), 'share', 'must', '168,420 / 382,950 = 44.0% (the table\'s 占比), stated 46.0% (10.5%, 拉动4.4个百分点 = 16,060 / 364,980, 贡献率89.4% = 16,060 / 17,970 and 提高2.3个百分点 from 41.7% right)')
t(d.L('增值税增收主要得益于先进制造业'), '13.6% / 7.2% on unstated bases')
check(pct_ok('0.7', '2710', '364980'), 'cit')
t(d.L('（二）企业所得税。'), '负增长3.4% = 下降 (−2,710 / 79,540); 下拉0.7个百分点 = 2,710 / 364,980; 4,860 / 31.2% and 3.7%左右 unstated bases')
check(not growth_ok('16.8', 21730, 24860) and pct('3130', '21730') == D('14.4'), 'pit')
f(d.L('（三）个人所得税。'), 'change', 'must', '增收3,130 from 24,860 − 3,130 = 21,730 is 14.4% (the table\'s 增幅), stated 增长16.8%')
t(d.L('（四）城市维护建设税。'), '8.6% as the table')
FOUR = ['房产税', '城镇土地使用税', '土地增值税', '契税']
fc = sum(r[1] for r in TAX if r[0] in FOUR); fp = sum(r[2] for r in TAX if r[0] in FOUR)
check(fc == 82340 and fc - fp == -1560 and chg_ok('2.2', '1860', '82340', down=True) and pct_ok('21.5', '82340', '382950'), 'four')
f(d.L('房产税、城镇土地使用税、土地增值税、契税四税合计82,340万元'), 'change-sum', 'must',
  '四税 同比减少1,860, but the four taxes\' changes add to +660 − 560 − 3,400 + 1,740 = −1,560 (82,340 their sum right; 21.5% right)')
t(d.L('（一）房产税完成18,640万元'), '3.7% as the table')
t(d.L('（二）城镇土地使用税完成9,860万元'), '560 / 10,420 = 5.37%: 下降5.3% truncated, as the table')
check(32460 < 35860, 'lat')
f(d.L('（三）土地增值税完成32,460万元'), 'direction', 'must', '32,460 against 上年同期35,860 called 同比增长9.5% (a fall of 9.5%)')
f(d.L('（四）契税完成21,830万元'), 'conflict', 'must', '契税21,830 against the table\'s 21,380 (the four-tax 82,340 uses 21,380); 8.9% is the table\'s rate')
check(pct_ok('25.2', '96420', '382950'), 'estate')
t(d.L('从房地产业税收看'), '96,420 / 382,950 = 25.2%; 4.1% and 2.3个百分点 on unstated bases')
check(168420 + 76830 + 24860 == 270110 and 16060 - 2710 + 3130 == 16480 and chg_ok('6.5', '16480', '270110') and pct_ok('70.5', '270110', '382950'), 'main')
t(d.L('三大主体税种合计完成270,110万元'), '168,420 + 76,830 + 24,860 = 270,110; +16,060 − 2,710 + 3,130 = +16,480; 16,480 / 253,630 = 6.5%; 70.5%')
check(3220 + 142860 + 236870 == 382950 and pct_ok('99.2', str(142860 + 236870), '382950'), 'industry')
t(d.L('分产业看，第一产业税收3,220万元'), '3,220 + 142,860 + 236,870 = 382,950; 99.2%; 126,480 partial; rates on unstated bases')
t(d.L('从重点税源看'), '620户左右, 六成以上 approximate; 11户, 2户')
t(d.L('全区新增减税降费及退税缓费约4.8亿元'), 'approximate; 2.1亿元左右 a part; 430余户')
t(d.L('据测算拉低全区税收收入增幅约1个百分点'), 'approximate')
t(d.L('预计全年税收收入可完成51亿元左右'), 'approximate (51 / 51.0 = 100%)')
t(d.L('一是增值税继续保持较快增长'), '约5.6亿元, 1亿元以上 approximate')
t(d.L('1—9月全区分税种税收收入完成情况见下表'), 'a period (1—9月)')
t(RX(d, r'^\s+税种\s+1—9月累计'), 'the header')

# h08: a county's 统计公报 (finance section and others; .txt with a space-laid table)
d, f, t = doc('h08-chengshui-county-2024-statistical-bulletin-finance-section.txt')
t(d.L('2025年3月28日'), 'a date')
f(d.L('据初步核算，2023年全县实现地区生产总值286.42亿元'), 'year', 'must', '2023年…地区生产总值 in the 综合 of 澄水县2024年…统计公报 (5.6% at constant prices, no base)')
check(sm('38.64', '102.86', '144.92') == D('286.42') and pct_ok('13.5', '38.64', '286.42') and pct_ok('35.9', '102.86', '286.42')
      and pct_ok('50.6', '144.92', '286.42') and sm('13.5', '35.9', '50.6') == D('100.0'), 'gdp')
t(d.L('分产业看，第一产业增加值38.64亿元'), '38.64 + 102.86 + 144.92 = 286.42; 13.5∶35.9∶50.6; real growth rates at constant prices; 6.68万元左右')
check(pct_ok('58.6', '25.12', '42.86') and abs(D(2846) / D(428600) * 1000 - D('6.6')) < D('0.05') and abs(D(3386) / D(428600) * 1000 - D('7.9')) < D('0.05'), 'pop')
t(d.L('年末全县常住人口42.86万人'), '25.12 / 42.86 = 58.6%; 1.1个百分点 no prior; 6.6‰ and 7.9‰')
check(sm('11.26', '5.38', '1.82') == D('18.46'), 'grain')
t(d.L('全年粮食播种面积48.62万亩'), '11.26 + 5.38 + 1.82 = 18.46; 2.1% unstated; 0.36万亩')
t(d.L('全年生猪出栏42.6万头'), 'single figures; 4.2 and 32.6 cumulative vs yearly')
t(d.L('年末全县规模以上工业企业186家'), '23家 new, a part')
t(d.L('六大高耗能行业增加值增长2.4%'), '31.8%, 1.9个百分点 on unstated bases')
t(d.L('全年固定资产投资比上年下降3.6%'), 'rates on unstated bases; 46个')
check(sm('96.38', '32.26') == D('128.64'), 'retail')
t(d.L('全年社会消费品零售总额128.64亿元'), '96.38 + 32.26 = 128.64')
check(chg_wrong('6.8', '1.10', '18.62') and pct('1.10', '17.52') == D('6.3') and pct_wrong('74.2', '13.48', '18.62') and pct('13.48', '18.62') == D('72.4')
      and sm('13.48', '5.14') == D('18.62'), 'revenue')
f(d.L('全年一般公共预算收入18.62亿元，比上年增加1.10亿元，增长6.8%'), 'change', 'must', '增加1.10 from 18.62 − 1.10 = 17.52 is 6.3%, stated 增长6.8%')
f(d.L('全年一般公共预算收入18.62亿元，比上年增加1.10亿元，增长6.8%'), 'share', 'must', '税收收入13.48 / 18.62 = 72.4%, stated 74.2% (13.48 + 5.14 = 18.62 right)')
check(pct_ok('80.3', '37.26', '46.38'), 'livelihood')
t(d.L('全年一般公共预算支出46.38亿元，增长2.1%'), '37.26 / 46.38 = 80.3%')
ITEMS8 = ['3.12', '1.46', '8.62', '0.58', '7.48', '4.36', '0.92', '3.26', '6.94', '1.84', '1.36']
check(sm(*ITEMS8) == D('39.94') and sm(*ITEMS8) < D('46.38'), 'items')
t(RX(d, r'^\s+一般公共预算支出\s+46\.38'), 'the total row of a 主要项目 table: its 其中 rows add to 39.94 < 46.38 (items not listed)')
for name in ['一般公共服务', '公共安全', '        教育 ', '科学技术', '社会保障和就业', '卫生健康', '节能环保', '城乡社区', '农林水', '交通运输', '住房保障']:
    t(RX(d, r'^\s+(其中：)?%s\s+[\d.]+\s' % name.strip()), 'a row: an amount and a rate with no prior')
t(d.L('全年政府性基金预算收入9.86亿元'), 'rates with no prior; 8.12 a partial 其中')
check(sm('24.36', '44.06') == D('68.42') and sm('25.80', '46.80') == D('72.60') and D('24.36') <= D('25.80') and D('44.06') <= D('46.80'), 'debt')
t(d.L('年末全县政府债务余额68.42亿元'), 'balances under limits in total and by kind; both add up')
check(off('412.36', '285.36', '78.64', '52.18') and sm('285.36', '78.64', '52.18') == D('416.18'), 'deposits')
f(d.L('年末全县金融机构人民币各项存款余额412.36亿元'), 'sum', 'must', '存款余额412.36, but its 其中 285.36 + 78.64 + 52.18 = 416.18 (more than the total); 比年初增加31.48 alone')
check(sm('126.38', '192.26') == D('318.64'), 'loans')
t(d.L('年末金融机构人民币各项贷款余额318.64亿元'), '126.38 + 192.26 = 318.64; 7.9% unstated; 18.6亿元左右')
t(d.L('全年全体居民人均可支配收入28,642元'), 'growth rates with no prior')
check((D(41286) / D(19864)).quantize(D('0.01')) == D('2.08') and D('2.08') > D('2.05'), 'ratio')
f(d.L('城乡居民收入比为2.08'), 'direction', 'must', '2.08 (41,286 / 19,864) against 上年的2.05 called 有所缩小 (it widened)')
check(1862 + 6564 == 8426, 'dibao')
t(d.L('年末全县参加城乡居民基本养老保险人数21.36万人'), '1,862 + 6,564 = 8,426; other single figures')
t(d.L('部分数据因四舍五入的原因'), 'a note')
t(d.L('民生支出包括教育、社会保障和就业'), 'a definition: 等方面 (partial)')
t(d.L('全年具有资质等级的总承包和专业承包建筑业企业'), 'a single figure and an unstated base')
t(d.L('表1  2024年一般公共预算支出主要项目'), 'a table title')
t(d.L('2024年，面对外部环境变化带来的不利影响'), 'the document\'s year')
t(d.L('增长速度按不变价格计算'), 'why growth rates do not follow the amounts at current prices')

write('heldout25 (gen25): eight invented documents in genres no earlier set covered: a 彩票公益金使用情况公告 (.md), a '
      '专项资金分配结果公示 (.txt, a space-laid table), a town\'s 惠民惠农财政补贴资金发放情况公示 (.docx), a 国有土地使用权出让收支 '
      'note wrapped at 74 half-width units, a 社会保险基金决算 note (.md), a university\'s 部门决算 (.txt, space-laid tables), a '
      '税收收入完成情况分析 (.txt) and a 统计公报 with its 财政 section (.txt); written blind', trim_traps=True)
