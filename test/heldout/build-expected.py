"""Writes expected.json from the table below (one row per finding and trap).

Run `python3 build-expected.py` after editing a document or a row; the scorer
(../shared/tools/score.mjs) reads expected.json.
"""
import json
from pathlib import Path

F = lambda lines, family, why, level='must': {'lines': lines, 'family': family, 'level': level, 'why': why}
T = lambda lines, why: {'lines': lines, 'why': why}

DOCS = {
    'h01-songling-county-2025-revenue-report.txt': (
        [
            F([5], 'share', '非税收入 35,130 of 126,480 is 27.8%, stated 所占比例为28.7%'),
            F([7], 'change', '减收520 to 4,380: prior 4,900, 10.6%, stated 下降12.6%'),
            F([8], 'direction', '3,240 against 上年同期的3,510 is a fall, stated 增长7.7%'),
        ],
        [
            T([4], '完成年度预算的91.6% with no budget printed; 剔除…因素后同口径增长4.1% is a second rate of the same total'),
            T([6], '减收1,280 to 32,410 is 3.8%; 增收1,950 to 14,620 is 15.4% (增幅)'),
            T([10], '减支5,470 to 238,600 is 2.2%; 为调整预算的86.3% with no budget printed'),
            T([11], 'three of many 其中 items (131,030 < 238,600); their changes happen to add to -5,470'),
            T([12], '186,110 / 238,600 = 78.0%; 提高1.6个百分点 is a change of a share'),
            T([13], 'an average and the extremes of 22 towns do not add'),
            T([15], '减收9,840 to 48,260 is 16.9%; 其中 one item with its own change'),
        ],
    ),
    'h02-yanjiang-drc-2024-dept-final-accounts.txt': (
        [
            F([8, 9], 'share', '基本支出 4,862.17 of 7,938.50 is 61.2%, stated 63.1%'),
            F([20, 21, 22], 'change-sum', '三公 缩减31.46, but the parts fell 4.05 + 9.38 + 16.03 = 29.46'),
            F([36, 26], 'conflict', '机关运行经费支出 2024: 318.42 in section 四, 318.24 in section 五'),
        ],
        [
            T([5, 6], '减少286.14 to 7,938.50 is 3.5% (the % sign broken onto the next line)'),
            T([11], '项目支出 3,076.33 is 412.80 below 年初预算 3,489.13: 11.8%'),
            T([13, 14], '7,120.46 / 7,388.00 = 96.4%'),
            T([17, 18, 19], '12.35 + 46.80 + 208.62 = 267.77, the total after its parts'),
            T([23, 24], '0.15 per batch is an average, not a part'),
            T([27], '增加12.06 to 318.42 is 3.9%'),
            T([31, 32, 33], '186.52 + 402.10 + 615.75 = 1,204.37'),
            T([34], '1,031.66 / 1,204.37 = 85.7%'),
        ],
    ),
    'h03-jinxi-water-bureau-2024-dept-final-accounts.md': (
        [
            F([12], 'change', '项目支出 1,402.36 − 1,588.00 = −185.64, the 增减 cell says −158.64'),
            F([13], 'sum', 'the 增减 column: −74.72 + −158.64 = −233.36 against 合计 −260.36', 'may'),
            F([15], 'direction', '基本支出 2,871.58 is below its budget 2,946.30, the text says 多74.72'),
            F([30], 'sum', '三公 决算 3.42 + 11.86 + 39.75 = 55.03, the 合计 row says 55.30'),
            F([21, 30], 'conflict', '三公 决算 55.03 in the text, 55.30 in the table', 'may'),
        ],
        [
            T([5], '4,534.30 − 4,273.94 = 260.36 (少); 4,273.94 / 4,534.30 = 94.3%'),
            T([11], '2,871.58 − 2,946.30 = −74.72'),
            T([17], '1,402.36 / 4,273.94 = 32.8%'),
            T([27], '3.42 − 8.00 = −4.58'),
            T([28], '11.86 − 15.50 = −3.64'),
            T([29], '39.75 − 42.00 = −2.25'),
            T([32], '车辆购置费为0; 39.75 / 9 ≈ 4.4 is an average'),
            T([36], '58.20 + 436.90 + 117.30 = 612.40; 81.2% is of an unprinted 中小企业 amount'),
        ],
    ),
    'h04-pudong-street-office-2026-dept-budget.md': (
        [
            F([13, 5], 'share', '卫生健康 263.18 of 5,608.72 is 4.7%, stated 占比为5.7%'),
            F([19], 'direction', '231.20 against 执行数 248.60 is a fall, stated 增长7.0%'),
        ],
        [
            T([9], '4,312.55 / 5,608.72 = 76.9%'),
            T([11], '586.04 / 5,608.72 = 10.4% (10.45 truncated)'),
            T([15], '446.95 / 5,608.72 = 8.0%; the four items add to 5,608.72'),
            T([23], '减少2.10 to 34.50 is 5.7%; 0 + 12.80 + 21.70 = 34.50; 压减至21.70 names the new value; 与2025年持平 with no prior printed'),
            T([27], '214.60 + 1,071.80 = 1,286.40; 约80%'),
            T([31], '6 = 2 + 3 + 1 vehicles; 100万元以上 is a threshold'),
        ],
    ),
    'h05-nanxi-district-2025-q3-revenue-report.txt': (
        [
            F([6, 5], 'change', '318,650 / 412,000 = 77.3%, stated 完成年度预算…的73.4%'),
            F([10, 9], 'sum', '78,420 + 31,260 + 9,870 + 12,540 = 132,090, stated 四项合计135,090'),
            F([17], 'change', '减支1,840 to 12,670: prior 14,510, 12.7%, stated 下降14.5%'),
        ],
        [
            T([7], '增收21,230 on 297,420 is 7.1%; 204,310 + 114,340 = 318,650'),
            T([8], '204,310 / 318,650 = 64.1%'),
            T([11, 12], '21,800 against 21,760 is 基本持平'),
            T([14, 15], '减少15,670 to 456,230 is 3.3%; 68.5% of an unprinted budget'),
            T([16], '教育 增支2,950: one of several items, no rate'),
            T([18], '卫生健康 增支1,130: one of several items'),
            T([21, 22, 23], '约9.6亿元 and 约三成 are approximate; 其中 8.7 of 11.2 is one part'),
            T([25, 26], '5%以上 and 3%以上 are targets'),
        ],
    ),
    'h06-xiyang-commerce-bureau-2024-dept-final-accounts.md': (
        [
            F([11], 'change', '减少346.20 to 6,318.90: prior 6,665.10, 5.2%, stated 下降6.2%'),
            F([18, 19, 20], 'change-sum', '社会保障和就业 减少64.30, but its two 款 fell 28.10 + 26.20 = 54.30'),
            F([26], 'direction', '4.62 against 上年 3.77 is a rise of 0.85, stated 回落0.85'),
        ],
        [
            T([5], '增加1,126.48 up to 9,858.16 (change before the level) is 12.9%'),
            T([7], '5,932.07 + 3,926.09 = 9,858.16; 60.2% and 39.8%'),
            T([13, 14, 15, 16], '2,806.12 + 1,129.64 + 279.60 = 4,215.36; 96.75 + 131.65 − 10.00 = 218.40'),
            T([24], '1.60 + 4.62 + 14.38 = 20.60'),
            T([28], '38 batches, 412 people; 约112元 per person is an average'),
            T([32], '3 = 1 + 2 units; 86 and 41 people are not parts of each other'),
        ],
    ),
    'h07-huayun-district-2025-budget-notes.txt': (
        [
            F([4], 'share', '税收收入 128,600 of 174,900 is 73.5%, stated 占…比重为75.5%'),
            F([6], 'change', '192,300 − 186,420 = 5,880, stated 比调整预算少支出5,980'),
            F([12, 11], 'change-sum', '三公 压减140, but its parts fell 45 + 93 + 12 = 150'),
        ],
        [
            T([8], '18,640 + 7,320 + 3,950 = 29,910 (total after parts); 7.2%左右 of an unprinted total'),
            T([9], '41,250 / 186,420 = 22.1%; 提高0.8个百分点'),
            T([14], '26.35 + 2.25 = 28.6; 增长约8.5%'),
            T([15], 'average rates 2.31%, 2.18%, 2.36% and a term do not add'),
        ],
    ),
    'h08-qiaoshan-county-2024-final-accounts-notes.md': (
        [
            F([12], 'change', '非税收入 27,140 against 29,450 is −7.8%, the table says −6.8'),
            F([15, 11], 'conflict', '税收收入决算 84,260 in the table (98.0%, +5.5% hold for it), 84,620 in the text'),
            F([27, 23, 24, 25], 'sum', '9.64 + 1.38 + 20.86 = 31.88亿元, stated 上述三项合计31.78'),
        ],
        [
            T([5], '为调整预算的99.5% and 增长1.9% agree with the 合计 row'),
            T([13], '合计 111,400 = 84,260 + 27,140; 99.5%; 1.9%'),
            T([19], '31.78 against 31.24 (+1.7%) is 基本持平'),
            T([31], '2,150 + 1,860 + 940 = 4,950万元; 3.12 + 0.86 = 3.98亿元'),
            T([35], '1,420 − 1,260 = 160, 11.3%'),
        ],
    ),
    'h09-fengtai-health-commission-2025-dept-budget.txt': (
        [
            F([10, 5], 'share', '专项业务经费 759.00 of 2,940.05 is 25.8%, stated 占27.1%'),
            F([17, 18], 'sum', '126.50 + 311.30 = 437.80, stated 合计416.80'),
            F([24, 23], 'change', '减少12.65 from 331.40 is 3.8%, stated 下降4.2%'),
        ],
        [
            T([6], '221.41 on 2,718.64 is 8.1%'),
            T([7], '1,862.30 / 2,940.05 = 63.3%'),
            T([8, 9], '318.75 / 2,940.05 = 10.8%; the parts add to 2,940.05 and their changes to 221.41'),
            T([11], '161.88 on 597.12 is 27.1% (a rate, not the share on the line above)'),
            T([13, 14, 15], '下降1.60 from 20.00 is 8.0%; 6.20 + 12.20 = 18.40'),
            T([20, 21], '12 projects, 759.00万元: no arithmetic'),
        ],
    ),
    # Written after the fixes for h01-h09, as a blind check of how they carry over.
    'h10-linhai-district-culture-bureau-2025-dept-budget.md': (
        [
            F([7, 5], 'share', '商品和服务支出 1,204.85 of 5,653.55 is 21.3%, stated 所占比重为22.3%'),
            F([11, 13, 14, 15], 'change-sum', '三公 压减6.60, but its items fell 2.10 + 1.40 + 2.90 = 6.40'),
        ],
        [
            T([19], '回升14.20 on 198.40 is 7.2% (回升幅度)'),
            T([23], '980.60 / 1,120.00 = 87.6%; 少安排139.40; 约784万元 and 约80% are approximate'),
        ],
    ),
    'h11-baiyun-township-2024-final-accounts.txt': (
        [
            F([5, 4], 'change', '1,286.74 / 1,402.30 = 91.8%, stated 为上年决算数…的93.8%'),
            F([6, 7], 'sum', '624.18 + 318.90 + 251.05 = 1,194.13, stated 重点支出1,164.13'),
            F([9], 'direction', '38.46 against 上年决算数 35.12 is a rise of 3.34, stated 减少3.34'),
        ],
        [
            T([12, 13], '86.20 / 92.50 = 93.2%; 92.50 − 86.20 = 6.30 (节约); 约12万元 is approximate'),
        ],
    ),
}

out = {
    'about': 'budgetlint held-out set for the sum, change, change-sum, direction, share and value-conflict families: eleven invented disclosures written apart from ../shared (h10 and h11 written after the fixes, as a blind check) (revenue reports, department budgets and final accounts, county notes; clean text, PDF-like line breaks, Markdown tables). Lines are 1-based. must: wrong for every value inside the rounding intervals; may: a knock-on of a must finding.',
    'files': {name: {'findings': f, 'traps': t} for name, (f, t) in DOCS.items()},
}
# Trap and finding lines never meet in one document.
for name, (f, t) in DOCS.items():
    fl = {l for x in f for l in x['lines']}
    tl = {l for x in t for l in x['lines']}
    assert not fl & tl, (name, fl & tl)
Path(__file__).with_name('expected.json').write_text(json.dumps(out, ensure_ascii=False, indent=1) + '\n')
