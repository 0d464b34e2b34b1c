#!/usr/bin/env python3
"""Writes expected.json (format of ../shared/corpus/dev/expected.json) from the table below.
Each row: (file, [lines], family|None for a trap, level, why). Run: python3 build_expected.py"""
import json, os
F = lambda *a: a
ROWS = {
 '01-songxi-county-2024-final-accounts-debt.txt': [
  ([20, 19], 'debt', 'must', '县本级 balance 47.05亿元 at 2024年末 is above the 县本级 limit 46.30亿元'),
  ([23, 22], 'debt', 'must', 'projection: 124.35 + 21.40 + 9.60 - 18.55 = 136.80亿元, stated 135.80'),
  ([28], 'heading', 'must', '四、 follows 二、 (三、 missing)'),
  ([29, 30], 'count', 'must', '三个方面 but 一是…四是 lists four'),
  ([3], None, None, '2024年度 matches the title year'),
  ([5, 6], None, None, 'limit 128.60 = 51.20 + 77.40'),
  ([7, 8], None, None, 'balance 124.35 = 49.88 + 74.47, each under its limit (控制在限额以内 true)'),
  ([9, 10, 11], None, None, 'roll-forward 113.92 + 19.30 + 8.15 - 17.02 = 124.35'),
  ([15, 16], None, None, 'by-kind roll-forward parts: 47.82 + 66.10 = 113.92; 12.65 + 14.80 = 27.45; 10.59 + 6.43 = 17.02; year-end by kind on line 7-8'),
  ([17, 18], None, None, '债务率 and 平均利率 are rates: not to be added; 11.4年 is a term'),
  ([31], None, None, '共6个 with a bracketed split 4 + 2: not an enumeration of a different count'),
 ],
 '02-hongshan-district-2025-budget-notes.md': [
  ([3, 1], 'year', 'must', 'title 2025年预算; the opening sentence presents 红杉区2024年区级预算草案'),
  ([14], 'debt', 'must', '专项债务 balance 59.05 at 2024年末 is above its 2024年末 limit 58.40'),
  ([23], 'count', 'must', '11个重点项目 but 优4 + 良5 + 中1 = 10'),
  ([25], 'grade', 'must', '90.5分 is 优 under the stated bands (88 and above) and the default ones; called 良'),
  ([7], None, None, '2025 and 2024年末 are the budget year and the base date: not stale'),
  ([13], None, None, '一般: 35.12 + 4.60 - 3.25 = 36.47; 35.12 under 36.80'),
  ([15], None, None, '合计 row adds up; 94.17 under 95.20; the 2025 projected 100.72 is not compared with the 2024 limit (2025 limit not yet issued)'),
  ([17], None, None, '86.53 + 7.64 = 94.17; 债务率 71.3% is a rate'),
  ([18], None, None, '还本 9.08 = 6.40 + 2.68; 付息率 3.2% is a rate; 2024 还本 is not the table\'s 2025 还本'),
  ([22], None, None, '98 = 36 + 62; bands stated in words'),
  ([24], None, None, '86 良 and 77 良 under the stated bands (77 would be 中 under the defaults)'),
  ([29], None, None, '1.8% inside the 1%-3% range'),
 ],
 '03-jinghai-sports-bureau-2026-dept-budget.txt': [
  ([7], 'count', 'must', '共五家 but four units are named after 分别为'),
  ([15, 16, 20], 'count', 'must', '四个方面 but five numbered items follow'),
  ([21], 'heading', 'must', '四、 follows 二、 under 第三部分'),
  ([8, 10], None, None, '2026 is the title year'),
  ([13], None, None, '2025年预算执行数 is the comparison base: 7,980.15 + 446.15 = 8,426.30'),
  ([23], None, None, '38.60 = 0 + 32.10 + 6.50; the nested 其中 splits 32.10 = 0 + 32.10'),
  ([25], None, None, '1,206.80 = 412.30 + 305.00 + 489.50'),
  ([27], None, None, '3辆 = 2 + 1; 2025年8月31日 is a date'),
  ([29], None, None, '93分 优; 2024年度 self-evaluation is a past year named as such'),
 ],
 '04-yanbei-county-2024-performance-evaluation.md': [
  ([7], 'count', 'may', '14个 but 3 + 2 + 4 + 3 = 12 by 主管部门: a split by department is not a partition the domain knows complete, so by SPEC §5 a smaller sum may be a partial list'),
  ([21], 'grade', 'must', '79.5 is C under the stated bands (65–80), called B'),
  ([22], 'grade', 'must', '64.0 is D under the stated bands (below 65), called C'),
  ([28], 'grade', 'must', '88.0分 is B, called A (分别 pairing)'),
  ([28], 'grade', 'must', '64.0分 is D, called C (分别 pairing)'),
  ([32, 34, 40], 'count', 'must', '三类 but （一）…（四） list four'),
  ([3], None, None, 'document number 雁财发〔2023〕18号 and 2025年3月至6月 are not stale years'),
  ([11], None, None, 'band definitions with thresholds'),
  ([15], None, None, 'table title 表1, not a heading'),
  ([19], None, None, '91.5 A'),
  ([20], None, None, '88.0 B'),
  ([23], None, None, '65.0 C: on the stated boundary (含)'),
  ([24], None, None, '80.0 B: on the stated boundary (含)'),
  ([26], None, None, '5 + 6 + 2 + 1 = 14 (the table shows only 6 of them)'),
  ([27], None, None, '分别 pairing right: 80.0 B, 65.0 C; 2个项目 names two'),
  ([36], None, None, '3个项目 and 60% threshold'),
  ([44], None, None, '2026年预算 and 不低于20%'),
 ],
 '05-liyang-water-bureau-2024-dept-final-accounts.txt': [
  ([11, 12], 'count', 'must', '四个方面 but 一是…五是'),
  ([18], 'heading', 'must', '五、 follows 三、'),
  ([23, 24], 'count', 'may', '车辆十一辆 but 2 + 5 + 3 = 10: a 其中 list of vehicle kinds may be partial (SPEC §5), so only may'),
  ([29, 28], 'grade', 'must', 'sixth pair: 91分 is 优, called 良'),
  ([30], 'grade', 'must', '87.5分 is 良, 等级均为优'),
  ([6, 7], None, None, '2023年度 comparison; totals equal'),
  ([10], None, None, 'change without rate'),
  ([14], None, None, '完成预算的87.4%'),
  ([15, 16], None, None, '14 = 9 + 5 and 9 = 3 + 6 in brackets'),
  ([20, 21], None, None, '168.25 + 12.06 = 180.31; 12.06 / 180.31 = 6.69%'),
  ([25], None, None, '100万元（含）以上 threshold broken across lines; 两台'),
 ],
 '06-qiaoshan-county-2025-budget-draft.txt': [
  ([5, 1], 'year', 'must', 'the report covers 2024 execution and the 2025 draft; the opening says 2023年预算执行情况'),
  ([9], 'debt', 'must', 'roll-forward: 186.75 + 18.90 + 24.30 - 27.65 = 202.30, stated 201.30'),
  ([11], 'debt', 'must', '专项债务 year-end 134.90 above its limit 130.00'),
  ([2], None, None, 'session date and 第十九届'),
  ([7], None, None, '2023 comparison, 101.3% of budget'),
  ([10], None, None, '置换 6.00 issued and 6.00 hidden debt retired: no change to the legal balance'),
  ([12], None, None, '66.40 / 82.40 = 80.6%; under limit'),
  ([14], None, None, '19.40 / 18.62 = +4.19%'),
  ([15], None, None, '控制在225亿元以内 is a ceiling, not a balance; 新增限额 20.00'),
 ],
 '07-fenglin-district-2025-october-revenue.md': [
  ([20, 22, 24], 'count', 'must', '两个方面 but three numbered items'),
  ([26], 'heading', 'must', '三、 again after 四、'),
  ([5], None, None, '2024年同期 comparison; 3.01 / 83.41 = 3.6%'),
  ([6], None, None, '68.95 + 17.47 = 86.42; 79.8%'),
  ([7], None, None, 'month against previous month'),
  ([11], None, None, '三增两降: three up, two down'),
  ([12], None, None, '等六个行业: 等 leaves the list open'),
  ([16], None, None, '十三项 = 11 + 2'),
  ([28], None, None, '2024年全年 is a comparison'),
  ([31], None, None, 'date'),
 ],
 '08-bailu-district-2024-final-accounts-debt.md': [
  ([3, 1], 'year', 'must', 'title 2024 区本级决算; the opening calls it 本级2023年决算'),
  ([9], 'debt', 'must', '一般债务 672,150万元 = 67.215亿元 is above the 一般债务限额 65.80亿元 (mixed units)'),
  ([17], 'debt', 'must', '区本级 balance 1,126,400万元 above the 区本级 limit 1,098,000万元'),
  ([35], 'grade', 'must', '69.5分 is 合格 under the stated bands (60–70), called 良好'),
  ([13], None, None, '168.94 + 32.60 - 17.21 = 184.33; 21.30 + 11.30 = 32.60'),
  ([21], None, None, 'rates and 警戒线 not to be added'),
  ([25], None, None, '22.84 = 17.21 + 5.63; 还本 split by source 11.30 + 5.91 = 17.21'),
  ([29], None, None, '184.33 + 24.00 + 12.50 - 18.20 = 202.63, under 2,080,000万元'),
  ([33], None, None, '13 = 3 + 7 + 2 + 1; band definitions'),
  ([34], None, None, '84.6 良好; 86.0 优秀 under the stated bands (良好 under the defaults)'),
 ],
 '09-tangqiao-town-2024-final-accounts.txt': [
  ([14, 13], 'debt', 'must', '一般债务 year-end 4.35亿元 above the 一般债务限额 4.20亿元 (均在限额以内 is false)'),
  ([21], 'heading', 'must', '（四） follows （二）'),
  ([25, 24], 'grade', 'must', '88.5分 is 良, called 优'),
  ([4, 5], None, None, '2024年度财政决算 matches the two-line title'),
  ([7], None, None, '较2023年 comparison'),
  ([8, 9], None, None, '三大领域: 教育、社会保障、农林水 are three'),
  ([11, 12], None, None, 'roll-forward 12.40 + 2.30 - 2.55 = 12.15; 全部为再融资债券 in brackets broken across lines'),
  ([19, 20], None, None, '2025 projection 12.15 + 2.10 - 2.40 = 11.85; 债务率 and 利率 are rates'),
  ([22], None, None, '包括…等12个项目: 等 leaves the list open'),
  ([23], None, None, '12 = 7 + 4 + 1'),
 ],
 '10-yuzhong-culture-bureau-2025-dept-budget.md': [
  ([5], 'count', 'must', '内设机构6个 but five are listed after the colon'),
  ([20], 'grade', 'must', '78.0 is 中 under the stated (default) bands, the 评价结论 column says 良'),
  ([32], 'heading', 'must', '（五） follows （三）'),
  ([6], None, None, '包括…等3个单位: three named, 等 closes the list'),
  ([10], None, None, '较2024年度预算 is a comparison; the issuer\'s 2025年度部门预算数 is this document'),
  ([14], None, None, 'band definitions'),
  ([18], None, None, '92.0 优'),
  ([19], None, None, '85.5 良'),
  ([22], None, None, '92.0 获评优, 85.5 综合评定为良（85.5分）; 3个项目'),
  ([28], None, None, '2辆, 全部为 one kind'),
  ([30], None, None, '“三公”经费：指… three named for 三项'),
 ],
 '11-shuangfeng-county-2025-budget-draft-notes.txt': [
  ([16], 'heading', 'must', '（四） follows （二） (a table title and a numbered list stand between)'),
  ([21], 'heading', 'must', '二、 after 三、'),
  ([22, 1], 'year', 'must', 'title 2025年预算（草案）; the closing sentence calls it 我县2024年预算草案'),
  ([4, 5, 6], None, None, 'contents list: not headings'),
  ([9], None, None, '“三保” with 一是…三是: three'),
  ([11], None, None, '2024年执行数 is the comparison base'),
  ([12], None, None, 'table title 表1, not a heading'),
  ([13, 14], None, None, '15.60 = 11.40 + 4.20; numbered items inside a section are not headings'),
  ([18], None, None, '58.40 = 21.30 + 37.10; each under its 2024年末 limit'),
  ([19], None, None, '60.50 = 22.00 + 38.50'),
  ([20], None, None, '58.40 + 5.60 + 4.00 - 6.30 = 61.70; the 2025 limit is not yet issued, so 61.70 is not compared with 2024\'s 60.50'),
 ],
}
out = {'about': 'Held-out set gen2: 8 invented disclosures written to test generality of the debt, grade, count, year and heading families. Format as ../../../shared/corpus/dev/expected.json; every finding and trap is derived by hand from the printed figures (see why).', 'files': {}}
here = os.path.dirname(os.path.abspath(__file__))
for name, rows in ROWS.items():
    lines = open(os.path.join(here, name), encoding='utf8').read().split('\n')
    fs, ts = [], []
    for ls, fam, lvl, why in rows:
        for l in ls: assert 1 <= l <= len(lines) and lines[l-1].strip(), (name, l)
        (fs.append({'lines': ls, 'family': fam, 'level': lvl, 'why': why}) if fam else ts.append({'lines': ls, 'why': why}))
    fl = {l for f in fs for l in f['lines']}
    for t in ts:
        assert not (set(t['lines']) & fl), (name, t)
    out['files'][name] = {'findings': fs, 'traps': ts}
json.dump(out, open(os.path.join(here, 'expected.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
print('ok', sum(len(v['findings']) for v in out['files'].values()), 'findings', sum(len(v['traps']) for v in out['files'].values()), 'traps')
