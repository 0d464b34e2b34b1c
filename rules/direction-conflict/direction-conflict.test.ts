import { describe, expect, it } from 'vitest';
import { lint } from '@budgetlint/core';
import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: '减少 and 下降 agree',
      code: '2025年市级部门预算安排“三公”经费218.6万元，比上年减少12.4万元，下降5.37%。',
    },
    {
      why: '增加 and 增长 agree; 同比 names the base',
      code: '2024年全市政府性基金预算支出84210万元，同比增加9630万元，增长12.91%。',
    },
    {
      why: 'a zero value this year with 减少 and 下降100%',
      code: '2025年，专项转移支付预算为0万元，比上年执行数减少2615万元，下降100%。',
    },
    {
      why: '减少至0元 is a new value, and the change after it agrees with it',
      code: '2024年，公务用车购置费减少至0元，比上年减少了36万元，下降100%。',
    },
    {
      why: '与上年持平 with no change stated',
      code: '2025年，区级“三公”经费预算数为394万元，与上年持平。其中：公务接待费0万元；公务用车购置及运行维护费394万元；因公出国（境）费0万元。',
    },
    {
      why: '基本持平 after a small change: roughly flat is what it says',
      code: '2025年，区级“三公”经费预算为88.5万元，比上年增加0.5万元，与上年基本持平。',
    },
    {
      why: '决算数小于预算数, and 132.6 < 145',
      code: '2024年，部门“三公”经费年初预算为145万元，支出决算为132.6万元，决算数小于预算数，主要是严格控制公务接待。',
    },
    {
      why: '决算数与预算数基本持平 tolerates a small gap: nothing provable',
      code: '2024年，会议费年初预算为30万元，支出决算为29.6万元，决算数与预算数基本持平。',
    },
    {
      why: 'rounding: 48 may stand for 47.6 rounded to whole 万元, so 持平 is not provably wrong',
      code: '2024年，公务用车购置费全年预算为48万元，支出决算为47.6万元，决算数与预算数持平。',
    },
    {
      why: '比预算数202万元减少30万元: 171 < 202, the direction is right (the amount is within rounding too)',
      code: '2024年，全县“三公”经费支出合计171万元，比预算数202万元减少30万元。',
    },
    {
      why: 'two changes in one sentence with opposite directions, each consistent with itself',
      code: '2025年，基本支出预算8120万元，比上年增加320万元，增长4.1%，项目支出预算6270万元，比上年减少560万元，下降8.2%。',
    },
    {
      why: 'a share that rose by some points after an amount that fell: 提高…个百分点 is not the amount’s rate',
      code: '2024年，全县民生支出38.6亿元，比上年减少0.8亿元，下降2.03%，占一般公共预算支出的比重提高2.3个百分点。',
    },
    {
      why: 'a growth rate and a rise in the growth rate (个百分点): both up',
      code: '2024年，全区税收收入18.36亿元，同比增长5.2%，增幅比上年提高1.3个百分点。',
    },
    {
      why: 'numbered sub-items each with a consistent direction; 与上年持平 on one of them',
      code: [
        '2025年，上级财政安排我县税收返还和转移支付42.18亿元，比上年增加1.26亿元，增长3.08%，其中：',
        '（1）返还性收入1.05亿元，与上年持平。',
        '（2）一般性转移支付35.62亿元，比上年增加2.06亿元，增长6.14%。',
        '（3）专项转移支付5.51亿元，比上年减少0.8亿元，下降12.68%。',
      ].join('\n'),
    },
    {
      why: 'a zero base: 税收返还0万元 with 减少3330万元 is a fall to zero',
      code: '2025年，税收返还预算0万元，比上年执行数减少3330万元，主要是税收返还下达时间较晚。',
    },
    {
      why: 'a finding silenced by budgetlint-disable-next-line',
      format: 'markdown',
      code: ['<!-- budgetlint-disable-next-line direction-conflict -->', '2024年，全区“三公”经费支出112.35万元，同比减少8.65万元，增长7.15%。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: '上年决算为 (the measure without 数) states the prior: 343.5 < 358.2 is no increase',
      code: '运行维护费343.5万元，上年决算为358.2万元，同比增长4.1%，主要是车辆保有量增加。',
      errors: [{ message: '运行维护费343.5万元小于上年同期358.2万元，却写作“增长4.1%”', line: 1, column: 29 }],
    },
    {
      why: '上年预算为: 18.60 > 16.20 is no decrease',
      code: '2025年培训费预算18.60万元，上年预算为16.20万元，比上年下降3.5%。',
      errors: [{ message: '培训费预算18.60万元大于上年16.20万元，却写作“下降3.5%”', line: 1, column: 35 }],
    },
    {
      why: '上年执行为: 8,420 < 9,130 is no increase',
      code: '全县契税完成8,420万元，上年执行为9,130万元，同比增长7.8%。',
      errors: [{ message: '契税8,420万元小于上年同期9,130万元，却写作“增长7.8%”', line: 1, column: 30 }],
    },
    {
      why: 'a web copy with zero-width spaces inside a word and a figure and a soft hyphen in the verb: read as if they were not there, the column counted in the source as written',
      code: '2024年全县一般公共预\u200b算收入12\u200b8,406万元，比上年121,930万元下\u00ad降5.3%。',
      errors: [{ message: '一般公共预算收入128,406万元大于上年121,930万元，却写作“下降5.3%”', line: 1, column: 40, text: '下\u00ad降' }],
    },
    {
      why: 'word joiners around the figures of a web table\'s text',
      code: '2025年本部门“三公”经费预算\u206024.60\u2060万元，较上年预算\u206026.80\u2060万元增加2.20万元。',
      errors: [{ message: '“三公”经费预算24.60万元小于上年预算26.80万元，却写作“增加”', line: 1, column: 41, text: '增加' }],
    },
    {
      why: 'a section titled with its year, the numeral set apart by a gap where 、 stood: 上年 is the year the section before reports',
      code: '甲乙镇2025年镇级预算说明\n一 2024年预算执行情况\n全镇政府性基金预算支出完成8,420万元，主要用于安置房建设。\n二 2025年预算安排\n全镇政府性基金预算支出安排7,960万元，比上年增长6.2%。',
      errors: [{ message: '全镇政府性基金预算支出安排7,960万元小于上年8,420万元，却写作“增长6.2%”', line: 5, column: 25 }],
    },
    {
      why: 'the same with ideographic spaces after the numerals',
      code: '甲乙镇2025年镇级预算说明\n一\u30002024年预算执行情况\n全镇政府性基金预算支出完成8,420万元，主要用于安置房建设。\n二\u30002025年预算安排\n全镇政府性基金预算支出安排7,960万元，比上年增长6.2%。',
      errors: [{ message: '全镇政府性基金预算支出安排7,960万元小于上年8,420万元，却写作“增长6.2%”', line: 5, column: 25 }],
    },
    {
      why: 'the same with a full-width point after the numerals',
      code: '甲乙镇2025年镇级预算说明\n一．2024年预算执行情况\n全镇政府性基金预算支出完成8,420万元，主要用于安置房建设。\n二．2025年预算安排\n全镇政府性基金预算支出安排7,960万元，比上年增长6.2%。',
      errors: [{ message: '全镇政府性基金预算支出安排7,960万元小于上年8,420万元，却写作“增长6.2%”', line: 5, column: 25 }],
    },
    {
      why: 'full-width digits (a web page in a Chinese font): the base is named 上年, its figure\'s full-width point is not part of the name, and the year opening the sentence is not part of the subject',
      code: '２０２４年度“三公”经费支出２７．８４万元，比上年的２４．１５万元减少３．６９万元。',
      errors: [{ message: '“三公”经费支出27.84万元大于上年24.15万元，却写作“减少”', line: 1, column: 34 }],
    },
    {
      why: 'the same in a bureau\'s final accounts: 比２０２３年度的…减少',
      code: '２０２４年度本局机关运行经费支出１３６．５２万元，比２０２３年度的１２８．３０万元减少８．２２万元。',
      errors: [{ message: '本局机关运行经费支出136.52万元大于2023年128.30万元，却写作“减少”', line: 1, column: 42 }],
    },
    {
      why: '减少 and 上升 in one change claim',
      code: '2024年上级财政安排我区税收返还和转移支付31.62亿元，比上年减少2.1亿元，上升8.5%。',
      errors: [
        {
          message: '税收返还和转移支付比上年减少2.1亿元，却写作“上升8.5%”',
          line: 1,
          column: 42,
          text: '上升',
          related: ['变动方向“减少2.1亿元”'],
        },
      ],
    },
    {
      why: '同比减少 and 增长',
      code: '2024年，全区“三公”经费支出112.35万元，同比减少8.65万元，增长7.15%。',
      errors: [
        {
          message: '“三公”经费支出比上年同期减少8.65万元，却写作“增长7.15%”',
          line: 1,
          column: 37,
          text: '增长',
          related: ['变动方向“减少8.65万元”'],
        },
      ],
    },
    {
      why: '增加 and 降幅',
      code: '2024年，全县公务接待费支出18.2万元，较上年增加3.1万元，降幅14.55%。',
      errors: [
        {
          message: '公务接待费支出比上年增加3.1万元，却写作“降幅14.55%”',
          line: 1,
          column: 34,
          text: '降幅',
          related: ['变动方向“增加3.1万元”'],
        },
      ],
    },
    {
      why: 'in a numbered sub-item on line 4 of a draft',
      code: [
        '2025年，上级财政安排我县税收返还和转移支付42.18亿元，比上年增加1.26亿元，增长3.08%，其中：',
        '（1）返还性收入1.05亿元，与上年持平。',
        '（2）一般性转移支付35.62亿元，比上年增加2.06亿元，增长6.14%。',
        '（3）专项转移支付5.51亿元，比上年减少0.8亿元，上升12.68%。',
      ].join('\n'),
      errors: [
        {
          message: '专项转移支付比上年减少0.8亿元，却写作“上升12.68%”',
          line: 4,
          column: 28,
          text: '上升',
          related: ['变动方向“减少0.8亿元”'],
        },
      ],
    },
    {
      why: 'full-width digits',
      code: '２０２５年，全区“三公”经费预算３８６万元，比上年减少１４万元，上升３．５％。',
      errors: [
        {
          message: '“三公”经费预算比上年减少14万元，却写作“上升3.5％”',
          line: 1,
          column: 33,
          text: '上升',
          related: ['变动方向“减少14万元”'],
        },
      ],
    },
    {
      why: '与上年持平 with a nonzero change',
      code: '2025年，区级“三公”经费预算数为126万元，与上年持平，增长3.2%。',
      errors: [
        {
          message: '“三公”经费预算数写作“持平”，却又称增长3.2%',
          line: 1,
          column: 31,
          text: '增长',
          related: ['“持平”'],
        },
      ],
    },
    {
      why: '决算数小于预算数 while 152.6 > 145',
      code: '2024年，部门“三公”经费年初预算为145万元，支出决算为152.6万元，决算数小于预算数，主要是公务接待增加。',
      errors: [
        {
          message: '决算数152.6万元大于预算数145万元，却写作“小于”',
          line: 1,
          column: 42,
          text: '小于',
          related: ['决算数 152.6万元', '预算数 145万元'],
        },
      ],
    },
    {
      why: '决算数大于预算数 while 17.5 < 20',
      code: '2024年，公务接待费年初预算为20万元，支出决算为17.5万元，决算数大于预算数，主要是严格执行接待标准。',
      errors: [
        {
          message: '决算数17.5万元小于预算数20万元，却写作“大于”',
          line: 1,
          column: 37,
          text: '大于',
          related: ['决算数 17.5万元', '预算数 20万元'],
        },
      ],
    },
    {
      why: 'the relation in the sentence after the figures: 高于 while 46.8 < 48',
      code: '2024年，公务用车购置费全年预算为48万元，支出决算为46.8万元。决算数高于全年预算数，主要是车辆采购价格上涨。',
      errors: [
        {
          message: '决算数46.8万元小于预算数48万元，却写作“高于”',
          line: 1,
          column: 39,
          text: '高于',
          related: ['决算数 46.8万元', '预算数 48万元'],
        },
      ],
    },
    {
      why: '决算数与预算数持平 while 28 < 30 beyond rounding',
      code: '2024年，会议费年初预算为30万元，支出决算为28万元，决算数与预算数持平。',
      errors: [
        {
          message: '决算数28万元小于预算数30万元，却写作“持平”',
          line: 1,
          column: 37,
          text: '持平',
          related: ['决算数 28万元', '预算数 30万元'],
        },
      ],
    },
    {
      why: '比预算数202万元增加30万元 while this year is 171万元',
      code: '2024年，全县“三公”经费支出合计171万元，比预算数202万元增加30万元。',
      errors: [
        {
          message: '“三公”经费支出171万元小于预算数202万元，却写作“增加”',
          line: 1,
          column: 34,
          text: '增加',
          related: ['本年数 171万元', '预算数 202万元'],
        },
      ],
    },
    {
      why: '比年初预算数…减少 while the actual is above the budget',
      code: '2024年，全县一般公共预算支出决算为285630万元，比年初预算数262400万元减少23230万元。',
      errors: [
        {
          message: '一般公共预算支出决算285630万元大于年初预算数262400万元，却写作“减少”',
          line: 1,
          column: 43,
          text: '减少',
          related: ['本年数 285630万元', '年初预算数 262400万元'],
        },
      ],
    },
  ],
});

describe('direction-conflict: harder shapes', () => {
  const messages = (code: string) => lint(code, { rules: [rule], format: 'text' }).findings.map((f) => f.message);

  it('与上年基本持平 before a small change is not a contradiction (基本 tolerates it)', () => {
    expect(messages('2025年，区级“三公”经费预算为88万元，与上年基本持平，仅增加0.5万元。')).toEqual([]);
  });

  it('与上年持平 on a total does not take the change of a component in its 其中 list', () => {
    const code =
      '2024年，全区“三公”经费支出112万元，与上年持平，其中：因公出国（境）费0万元，比上年减少5万元；公务用车购置及运行维护费80万元，比上年增加2万元；公务接待费32万元，比上年增加3万元。';
    expect(messages(code)).toEqual([]);
  });

  it('a negative 增幅 agrees with 减少 (增幅-14.55% is a fall)', () => {
    expect(messages('2024年，全县公务接待费支出18.2万元，比上年减少3.1万元，增幅-14.55%。')).toEqual([]);
  });
});

// The direction word against the two values it compares, when no delta is stated:
// a rate's word (比上年的X下降Y%, 上年为X，同比增长Y%), a word with no figure
// (有所上升, 略有下降), and 决算数大于预算数 two sentences after the figures.
ruleTester(rule, {
  valid: [
    {
      why: '比上年的X增长Y%, and this year is larger: 5,218 > 4,906',
      code: '全县非税收入完成5,218万元，比上年的4,906万元增长6.4%，主要是国有资源有偿使用收入增加。',
    },
    {
      why: '上年决算数为X，同比下降Y%, and this year is smaller',
      code: '公务用车运行维护费62.4万元，上年决算数为70.8万元，同比下降11.9%。',
    },
    {
      why: '有所下降 and the values fall: 8.36 < 8.91',
      code: '2024年全市政府债务付息支出8.36亿元，比上年的8.91亿元有所下降，平均利率约2.8%。',
    },
    {
      why: '决算数小于预算数 with the figures two sentences before',
      code: '2024年度“三公”经费支出年初预算为86.40万元，支出决算为71.25万元。完成预算的82.5%。决算数小于预算数的主要原因是压减公务接待。',
    },
  ],
  invalid: [
    {
      why: '比上年的X下降Y% while this year is larger: 5,218 > 4,906',
      code: '全县非税收入完成5,218万元，比上年的4,906万元下降6.4%，主要是国有资源有偿使用收入增加。',
      errors: [
        {
          message: '非税收入5,218万元大于上年4,906万元，却写作“下降6.4%”',
          line: 1,
          column: 28,
          text: '下降',
        },
      ],
    },
    {
      why: '上年决算数为X stated on its own, 同比增长 while it fell: 62.4 < 70.8',
      code: '公务用车运行维护费62.4万元，上年决算数为70.8万元，同比增长11.9%。',
      errors: [
        {
          message: '公务用车运行维护费62.4万元小于上年同期70.8万元，却写作“增长11.9%”',
          line: 1,
          column: 32,
          text: '增长',
        },
      ],
    },
    {
      why: '有所上升 with no figure, the values fall: 8.36 < 8.91',
      code: '2024年全市政府债务付息支出8.36亿元，比上年的8.91亿元有所上升，平均利率约2.8%。',
      errors: [
        {
          message: '政府债务付息支出8.36亿元小于上年8.91亿元，却写作“上升”',
          line: 1,
          column: 35,
          text: '上升',
        },
      ],
    },
    {
      why: '略有增加 in another order: 较2023年的X略有增加 while it fell',
      code: '本部门机关运行经费支出118.60万元，较2023年的126.30万元略有增加。',
      errors: [
        {
          message: '机关运行经费支出118.60万元小于2023年126.30万元，却写作“增加”',
          line: 1,
          column: 38,
          text: '增加',
        },
      ],
    },
    {
      why: '决算数大于预算数 two sentences after the figures, which say the opposite',
      code: '2024年度“三公”经费支出年初预算为86.40万元，支出决算为71.25万元。完成预算的82.5%。决算数大于预算数的主要原因是压减公务接待。',
      errors: [
        {
          message: '决算数71.25万元小于预算数86.40万元，却写作“大于”',
          line: 1,
          column: 55,
          text: '大于',
        },
      ],
    },
  ],
});

// 决算数大于/小于预算数 read against the figures of its own sentence first, not the item before it (gen3).
ruleTester(rule, {
  valid: [
    {
      why: "大于 is right for both items (2,786.14 > 2,640.00; 72.94 > 58.66), each read in its own sentence",
      code: "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）年初预算2,640.00万元，支出决算2,786.14万元，完成年初预算的105.5%，决算数大于年初预算数146.14万元。县医疗保险缴费支出年初预算58.66万元，支出决算72.94万元，完成年初预算的124.3%，决算数大于年初预算数14.28万元。",
    },
  ],
  invalid: [
    {
      why: "the second item: 271.36 is below 286.50, yet 决算数大于年初预算数",
      code: "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）年初预算2,640.00万元，支出决算2,786.14万元，完成年初预算的105.5%，决算数大于年初预算数146.14万元。住房保障支出（类）住房改革支出（款）住房公积金（项）年初预算286.50万元，支出决算271.36万元，完成年初预算的94.7%，决算数大于年初预算数15.14万元。",
      errors: [{ message: "决算数271.36万元小于预算数286.50万元，却写作“大于”", line: 1, column: 176, text: "大于" }],
    },
    {
      why: "the budget stated after the actual in the second sentence: 312.75 is above 298.00, yet 小于",
      code: "县教育局“三公”经费支出决算86.42万元，完成年初预算的96.0%，年初预算为90.00万元，节约3.58万元。县公安局“三公”经费支出决算312.75万元，年初预算为298.00万元，决算数小于年初预算数14.75万元。",
      errors: [{ message: "决算数312.75万元大于预算数298.00万元，却写作“小于”", line: 1, column: 98, text: "小于" }],
    },
  ],
});

// A change the text states without its prior takes the prior of the table row with the same subject
// and the same value (gen3).
ruleTester(rule, {
  valid: [
    {
      why: "基本持平 allows 2.0%; 7.6% fits the row; 230 is not the row's 226, so the row is not its prior",
      format: 'markdown',
      code: "单位：万元\n\n| 项目 | 2024年执行数 | 2025年预算数 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 公共安全支出 | 218 | 226 | 8 | 3.7% |\n| 社会保障和就业支出 | 946 | 1,018 | 72 | 7.6% |\n| 城乡社区支出 | 1,108 | 1,130 | 22 | 2.0% |\n\n城乡社区支出1,130万元，与上年执行数基本持平。社会保障和就业支出1,018万元，较上年执行数增长7.6%。公共安全支出230万元，与上年执行数持平。\n",
    },
    {
      why: "有所增长 fits the row: 15,778 against 14,560",
      format: 'markdown',
      code: "单位：万元\n\n| 项目 | 1-11月累计 | 上年同期 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 非税收入 | 15,778 | 14,560 | 1,218 | 8.4% |\n\n非税收入完成15,778万元，比上年同期有所增长。\n",
    },
  ],
  invalid: [
    {
      why: "持平 in the text, while the table row of the same subject and value says 218 → 226",
      format: 'markdown',
      code: "单位：万元\n\n| 项目 | 2024年执行数 | 2025年预算数 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 公共安全支出 | 218 | 226 | 8 | 3.7% |\n| 社会保障和就业支出 | 946 | 1,018 | 72 | 7.6% |\n| 城乡社区支出 | 1,108 | 1,130 | 22 | 2.0% |\n\n公共安全支出226万元，与上年执行数持平，主要用于综治维稳。\n",
      errors: [{ message: "公共安全支出226万元与2024年执行数218万元不等，却写作“持平”", line: 9, column: 19, text: "持平" }],
    },
    {
      why: "有所下降 with no figure, while the table row of the same subject and value rose from 14,560",
      format: 'markdown',
      code: "单位：万元\n\n| 项目 | 1-11月累计 | 上年同期 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 非税收入 | 15,778 | 14,560 | 1,218 | 8.4% |\n\n非税收入完成15,778万元，比上年同期有所下降，主要是入库时间调整。\n",
      errors: [{ message: "非税收入15,778万元大于上年同期14,560万元，却写作“下降”", line: 7, column: 23, text: "下降" }],
    },
  ],
});

// 持平 with a change stated just before it against the same base (gen3 round 2).
ruleTester(rule, {
  valid: [
    {
      why: "the change is against 上年决算, 持平 against 上年预算: two bases, no contradiction",
      code: "2025年会议费预算6.00万元，比上年决算减少0.80万元，与上年预算持平。",
    },
    {
      why: "比上年减少0万元，与上年持平: no change",
      code: "2025年会议费预算6.00万元，比上年减少0万元，与上年持平。",
    },
  ],
  invalid: [
    {
      why: "a change stated just before 持平 against the same base",
      code: "镇本级公务接待费预算8.30万元，较上年减少1.70万元，与上年持平。",
      errors: [{ message: "镇本级公务接待费预算写作“持平”，却又称减少1.70万元", line: 1, column: 21, text: "减少" }],
    },
    {
      why: "压减 before 与上年预算持平, both against 上年预算",
      code: "2025年培训费预算12.40万元，比上年预算压减0.60万元，与上年预算持平。",
      errors: [{ message: "培训费预算写作“持平”，却又称压减0.60万元", line: 1, column: 24, text: "压减" }],
    },
  ],
});

// heldout5 round 1: a change stated in the text with its amount alone (比上年减少6万元), the row of a
// change table giving last year's figure.
ruleTester(rule, {
  valid: [
    {
      why: 'the text and the row agree: 102 against 96 is 增加6',
      format: 'markdown',
      code: ['单位：万元', '| 科目 | 2023年决算 | 2024年决算 | 增减额 |', '|---|---|---|---|', '| 公共安全支出 | 96 | 102 | 6 |', '', '公共安全支出102万元，比上年增加6万元，主要是协勤人员增加。'].join('\n'),
    },
    {
      why: 'the name differs from every row: the table says nothing of it',
      format: 'markdown',
      code: ['单位：万元', '| 科目 | 2023年决算 | 2024年决算 | 增减额 |', '|---|---|---|---|', '| 公共安全支出 | 96 | 102 | 6 |', '', '公共卫生支出102万元，比上年减少6万元。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the text says 减少 while the row goes from 96 to 102',
      format: 'markdown',
      code: ['单位：万元', '| 科目 | 2023年决算 | 2024年决算 | 增减额 |', '|---|---|---|---|', '| 公共安全支出 | 96 | 102 | 6 |', '', '公共安全支出102万元，比上年减少6万元，主要是协勤人员经费调整。'].join('\n'),
      errors: [{ message: '公共安全支出102万元大于2023年决算96万元，却写作“减少”', line: 6, column: 16 }],
    },
    {
      why: '较上年下降 with the amount, the row rising from 1,240.50 to 1,318.20',
      format: 'markdown',
      code: ['单位：万元', '| 功能科目 | 上年决算数 | 本年决算数 | 增减额 | 增减率 |', '|---|---|---|---|---|', '| 农林水支出 | 1,240.50 | 1,318.20 | 77.70 | 6.3% |', '', '农林水支出1,318.20万元，较上年下降77.70万元。'].join('\n'),
      errors: [{ message: '农林水支出1,318.20万元大于上年决算数1,240.50万元，却写作“下降”', line: 6, column: 20 }],
    },
  ],
});

// The direction of a change whose prior is last year's level of the same item, stated in another
// section: the rate's word (or a word alone) against the two values.
ruleTester(rule, {
  valid: [
    {
      why: '8,460 against last year’s 8,120 completed is a rise, as written',
      code: ['一、2024年预算执行情况', '全县国有资本经营预算收入完成8,120万元。', '二、2025年预算草案', '全县国有资本经营预算收入预期8,460万元，比上年完成数增长4.2%。'].join('\n'),
    },
    {
      why: 'the only earlier statement of the item is 2023’s: not last year’s to a 2025 budget',
      code: ['一、2023年决算情况', '2023年全区政府性基金预算支出完成41,300万元。', '二、2025年预算安排', '2025年全区政府性基金预算支出安排39,800万元，比上年增长3.5%。'].join('\n'),
    },
    {
      why: '比上年同期 is a stretch of last year, not the year’s level stated before',
      code: ['一、2024年预算执行情况', '2024年全市一般公共预算收入完成52,600万元。', '二、2025年上半年执行情况', '2025年全市一般公共预算收入完成27,100万元，比上年同期增长3.8%。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: '73,800 against last year’s 80,250 completed is a fall, the text says 增长',
      code: ['一、2024年预算执行情况', '全县政府性基金预算收入完成80,250万元，为预算的91.2%。', '二、2025年预算草案', '全县政府性基金预算收入预期73,800万元，比上年完成数增长8.7%。'].join('\n'),
      errors: [{ message: '政府性基金预算收入预期73,800万元小于上年完成数80,250万元，却写作“增长8.7%”', line: 4, column: 29, text: '增长' }],
    },
    {
      why: 'a bare 比上年 against the one level of last year stated (its outturn): 5,210 is below 5,630',
      code: ['一、2024年预算执行情况', '镇级政府性基金预算支出完成5,630万元，主要用于安置房建设。', '二、2025年预算安排', '镇级政府性基金预算支出安排5,210万元，较上年有所增加，主要用于集镇道路提升。'].join('\n'),
      errors: [{ message: '镇级政府性基金预算支出安排5,210万元小于上年5,630万元，却写作“增加”', line: 4, column: 27, text: '增加' }],
    },
  ],
});

// heldout58: a move said in one word with no figure (较上年预算略增, 比年初预算…调减, 决算数超出年初预算): the word states
// the direction from the base named, whose figure the sentence or a table row of the same item gives.
ruleTester(rule, {
  valid: [
    {
      why: '调增 from 2,380.00 to 2,460.00 is a rise, as written',
      code: '2025年，职业技能培训补助调整后预算2,460.00万元，较年初预算2,380.00万元调增，全年执行2,318.50万元，主要是部分培训班次顺延至下一年度。',
    },
    {
      why: '调增 with its amount: the amount agrees with the two stages',
      code: '2025年，职业技能培训补助调整后预算2,460.00万元，较年初预算2,380.00万元调增80.00万元，主要是新增退役军人培训任务。',
    },
    {
      why: '略增 fits the row: 436.90 against 412.80',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 2025年预算 | 2026年预算 | 增减额 | 增减% |', '|---|---:|---:|---:|---:|', '| 科学技术支出 | 412.80 | 436.90 | 24.10 | 5.8 |', '', '科学技术支出436.90万元，较上年预算略增，主要用于基础教育课题研究。'].join('\n'),
    },
    {
      why: '决算数超出年初预算 fits the row (3,452.70 against 3,400.00); 超出年初预算的主要原因 with no 决算数 compares nothing',
      format: 'markdown',
      code: ['单位：万元', '', '| 科目 | 年初预算 | 决算数 | 完成% |', '|---|---:|---:|---:|', '| 机构运行 | 3,400.00 | 3,452.70 | 101.6 |', '| 社会公益研究 | 900.00 | 884.10 | 98.2 |', '', '机构运行3,452.70万元，决算数超出年初预算，主要是人员调资。社会公益研究884.10万元，完成年初预算的98.2%，未超出年初预算的主要原因是部分课题延期。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: '调整后 2,460.00 is below 年初 2,580.00: a cut, the text says 调增',
      code: '2025年，职业技能培训补助调整后预算2,460.00万元，较年初预算2,580.00万元调增，全年执行2,318.50万元，主要是部分培训班次顺延至下一年度。',
      errors: [{ message: '职业技能培训补助调整后预算2,460.00万元小于年初预算2,580.00万元，却写作“调增”', line: 1, column: 46, text: '调增' }],
    },
    {
      why: '比年初预算…调减 while 735.60 is above 680.00',
      code: '教研设备购置项目调整后预算为735.60万元，比年初预算680.00万元调减，主要是年中追加实验室改造资金。',
      errors: [{ message: '教研设备购置项目调整后预算735.60万元大于年初预算680.00万元，却写作“调减”', line: 1, column: 37, text: '调减' }],
    },
    {
      why: '略增 while the row falls from 412.80 to 398.60',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 2025年预算 | 2026年预算 | 增减额 | 增减% |', '|---|---:|---:|---:|---:|', '| 科学技术支出 | 412.80 | 398.60 | -14.20 | -3.4 |', '', '科学技术支出398.60万元，较上年预算略增，主要用于基础教育课题研究。'].join('\n'),
      errors: [{ message: '科学技术支出398.60万元小于2025年预算412.80万元，却写作“略增”', line: 7, column: 21, text: '略增' }],
    },
    {
      why: '比上年微降 while the row rises from 1,106.20 to 1,162.40',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 2025年预算 | 2026年预算 | 增减额 | 增减% |', '|---|---:|---:|---:|---:|', '| 住房保障支出 | 1,106.20 | 1,162.40 | 56.20 | 5.1 |', '', '2026年住房保障支出1,162.40万元，比上年预算微降，主要是住房公积金缴存人数变化。'].join('\n'),
      errors: [{ message: '住房保障支出1,162.40万元大于2025年预算1,106.20万元，却写作“微降”', line: 7, column: 28, text: '微降' }],
    },
    {
      why: '决算数超出年初预算 while the row’s 决算 3,352.70 is below its 年初预算 3,400.00',
      format: 'markdown',
      code: ['单位：万元', '', '| 科目 | 年初预算 | 决算数 | 完成% |', '|---|---:|---:|---:|', '| 机构运行 | 3,400.00 | 3,352.70 | 98.6 |', '', '机构运行3,352.70万元，决算数超出年初预算，主要是人员调资。'].join('\n'),
      errors: [{ message: '机构运行3,352.70万元小于年初预算3,400.00万元，却写作“超出”', line: 7, column: 19, text: '超出' }],
    },
  ],
});
