import { describe, expect, it } from 'vitest';
import { defaultConfig, lint, mergeConfig } from '@budgetlint/core';
import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: 'rounding: 202 − 171 = 31 as printed, yet 减少30 meets the interval [30, 32] of the difference',
      code: '2024年，全县“三公”经费支出合计171万元，比预算数202万元减少30万元。其中：因公出国（境）费5万元；公务用车运行维护费158万元；公务接待费8万元。',
    },
    {
      why: 'rounding: 1.6 / 6.22 = 25.72% as printed, but 1.6 stands for [1.55, 1.65] and the rate may be up to 26.76%',
      code: '2024年，专项转移支付4.62亿元，比上年减少1.6亿元，下降26.1%。',
    },
    {
      why: 'a truncated percentage: 12.4 / 231 = 5.368%, written 5.36%',
      code: '2025年市级部门预算安排“三公”经费218.6万元，比上年减少12.4万元，下降5.36%。',
    },
    {
      why: 'a zero base with no rate quoted: 增加120 on 120 means last year was 0, and there is nothing to check (a quoted rate would be a warning)',
      code: '2024年，培训费支出120万元，比上年增加120万元，主要是新增干部培训项目。',
    },
    {
      why: 'zero this year: 2615 / 2615 = 100%',
      code: '2025年，专项转移支付预算为0万元，比上年执行数减少2615万元，下降100%。',
    },
    {
      why: '减少至0元 is the new value: 36 / 36 = 100%',
      code: '2024年，公务用车购置费减少至0元，比上年减少了36万元，下降100%。',
    },
    {
      why: '为上年执行数的72.48%: 8640 / (8640 + 3280) = 72.48%',
      code: '2025年，全区转移支付预算8640万元，比上年执行数减少3280万元，为上年执行数的72.48%。',
    },
    {
      why: '完成年初预算的96.3%: 57.78 / 60 = 96.30%',
      code: '2024年，公务用车运行维护费年初预算为60万元，支出决算为57.78万元，完成年初预算的96.3%。',
    },
    {
      why: '比年初预算数…增加…，增长8.85%: 23230 / 262400 = 8.85%',
      code: '2024年，全县一般公共预算支出决算为285630万元，比年初预算数262400万元增加23230万元，增长8.85%。',
    },
    {
      why: 'one decimal in the delta: 0.2 / 35.82 = 0.56%, and 0.6% is within the interval of 0.2',
      code: '2024年，全区一般性转移支付收入35.62亿元，比上年减少0.2亿元，下降0.6%。',
    },
    {
      why: '提高…个百分点 is a change of a rate, not a rate of the amount',
      code: '2024年，全区税收收入18.36亿元，同比增长5.2%，增幅比上年提高1.3个百分点。',
    },
    {
      why: 'two changes in one sentence, each rate computed from its own delta: 320/7800 = 4.10%, 560/6830 = 8.20%',
      code: '2025年，基本支出预算8120万元，比上年增加320万元，增长4.1%，项目支出预算6270万元，比上年减少560万元，下降8.2%。',
    },
    {
      why: '同比增长 with no delta and no prior: nothing to recompute',
      code: '2025年，上级提前下达我区转移支付资金96520万元，同比增长8.36%。',
    },
    {
      why: '与上年持平 and 基本持平 state no figure to check',
      code: '2025年，区级“三公”经费预算数为126万元，与上年持平。全区会议费预算为88万元，与上年基本持平。',
    },
    {
      why: 'sub-items each with a consistent delta and rate',
      code: [
        '2025年，上级财政安排我县税收返还和转移支付42.18亿元，比上年增加1.26亿元，增长3.08%，其中：',
        '（1）返还性收入1.05亿元，与上年持平。',
        '（2）一般性转移支付35.62亿元，比上年增加2.06亿元，增长6.14%。',
        '（3）专项转移支付5.51亿元，比上年减少0.8亿元，下降12.68%。',
      ].join('\n'),
    },
    {
      why: 'a finding silenced by budgetlint-disable-next-line',
      format: 'markdown',
      code: ['<!-- budgetlint-disable-next-line change-mismatch -->', '2024年全市政府性基金预算支出84210万元，比上年增加9630万元，增长11.91%。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'a table pasted from a spreadsheet as tab-separated lines (an empty cell at a row\'s end): its change columns are checked like a Markdown table\'s',
      code: '2025年“三公”经费预算表\n单位：万元\n项目\t2025年预算数\t2024年预算数\t增减额\t增减率\n合计\t42.80\t46.50\t-3.70\t-8.0%\n因公出国（境）费\t0.00\t0.00\t0.00\t\n公务用车运行维护费\t30.40\t33.60\t-3.20\t-9.5%\n公务接待费\t12.40\t12.90\t-0.50\t-4.9%\n',
      errors: [{ message: '公务接待费12.40万元，按减少0.50万元计，2024年预算数为12.90万元，降幅应为3.88%，而非所写的-4.9%', line: 7, column: 25 }],
    },
    {
      why: 'a rate that fits neither the decrease stated nor an increase',
      code: '2024年上级财政安排我区税收返还和转移支付31.62亿元，比上年减少2.1亿元，上升8.5%。',
      errors: [
        {
          message:
            '税收返还和转移支付所写上升8.5%与两种读法都不符：按减少2.1亿元计，上年为33.72亿元，降幅应为6.23%；按增加2.1亿元计，上年为29.52亿元，增幅应为7.11%',
          line: 1,
          column: 44,
          text: '8.5%',
          related: ['本年数 31.62亿元', '增减额 减少2.1亿元'],
        },
      ],
    },
    {
      why: '比预算数118万元减少12万元 while 118 − 96 = 22',
      code: '2024年，全县“三公”经费支出合计96万元，比预算数118万元减少12万元。',
      errors: [
        {
          message: '“三公”经费支出96万元比预算数118万元减少12万元，但两者实际相差22万元',
          line: 1,
          column: 35,
          text: '12万元',
          related: ['本年数 96万元', '预算数 118万元'],
        },
      ],
    },
    {
      why: 'a decrease rate recomputed from delta and prior: 12.4 / 231 = 5.37%',
      code: '2025年市级部门预算安排“三公”经费218.6万元，比上年减少12.4万元，下降6.37%。',
      errors: [
        {
          message: '“三公”经费218.6万元，按减少12.4万元计，上年为231.0万元，降幅应为5.37%，而非所写的6.37%',
          line: 1,
          column: 42,
          text: '6.37%',
          related: ['本年数 218.6万元', '增减额 减少12.4万元'],
        },
      ],
    },
    {
      why: 'an increase rate: 9630 / 74580 = 12.91%',
      code: '2024年全市政府性基金预算支出84210万元，比上年增加9630万元，增长11.91%。',
      errors: [
        {
          message: '政府性基金预算支出84210万元，按增加9630万元计，上年为74580万元，增幅应为12.91%，而非所写的11.91%',
          line: 1,
          column: 39,
          text: '11.91%',
          related: ['本年数 84210万元', '增减额 增加9630万元'],
        },
      ],
    },
    {
      why: '同比下降: 8.65 / 121 = 7.15%; the base is named 上年同期',
      code: '2024年，全区“三公”经费支出112.35万元，比上年同期减少8.65万元，同比下降8.15%。',
      errors: [
        {
          message: '“三公”经费支出112.35万元，按减少8.65万元计，上年同期为121.00万元，降幅应为7.15%，而非所写的8.15%',
          line: 1,
          column: 44,
          text: '8.15%',
          related: ['本年数 112.35万元', '增减额 减少8.65万元'],
        },
      ],
    },
    {
      why: 'full-width digits, decimal point and ％: 14 / 400 = 3.50%',
      code: '２０２５年，全区“三公”经费预算３８６万元，比上年减少１４万元，下降４．５％。',
      errors: [
        {
          message: '“三公”经费预算386万元，按减少14万元计，上年为400万元，降幅应为3.50%，而非所写的4.5％',
          line: 1,
          column: 35,
          text: '４．５％',
          related: ['本年数 386万元', '增减额 减少14万元'],
        },
      ],
    },
    {
      why: 'a 亿元 amount with a 万元 delta, scaled before dividing: 0.86 / 11.74 = 7.33%',
      code: '2024年，全区政府性基金预算收入12.6亿元，比上年增加8600万元，增长9.8%。',
      errors: [
        {
          message: '政府性基金预算收入12.6亿元，按增加8600万元计，上年为11.7亿元，增幅应为7.33%，而非所写的9.8%',
          line: 1,
          column: 39,
          text: '9.8%',
          related: ['本年数 12.6亿元', '增减额 增加8600万元'],
        },
      ],
    },
    {
      why: '下降100% while something is left this year: 2615 / 2735 = 95.61%',
      code: '2025年，专项转移支付预算120万元，比上年执行数减少2615万元，下降100%。',
      errors: [
        {
          message: '专项转移支付预算120万元，按减少2615万元计，上年执行数为2735万元，降幅应为95.61%，而非所写的100%',
          line: 1,
          column: 38,
          text: '100%',
          related: ['本年数 120万元', '增减额 减少2615万元'],
        },
      ],
    },
    {
      why: '为上年执行数的X% recomputed from current / (current + delta): 8640 / 11920 = 72.48%',
      code: '2025年，全区转移支付预算8640万元，比上年执行数减少3280万元，为上年执行数的62.48%。',
      errors: [
        {
          message: '转移支付预算8640万元为上年执行数11920万元的72.48%，而非所写的62.48%',
          line: 1,
          column: 44,
          text: '62.48%',
          related: ['本年数 8640万元', '增减额 减少3280万元'],
        },
      ],
    },
    {
      why: '年初预算为0 … 完成年初预算的95.89%: a ratio to nothing (a warning)',
      code: '2024年，培训费年初预算为0万元，支出决算为12.5万元，完成年初预算的95.89%。',
      errors: [
        {
          message: '年初预算为0万元，“完成年初预算的95.89%”无从算起（以0为基数）',
          line: 1,
          column: 38,
          text: '95.89%',
          severity: 'warning',
          related: ['年初预算 0万元'],
        },
      ],
    },
    {
      why: 'in a numbered sub-item on line 3: 2.06 / 33.56 = 6.14%',
      code: [
        '2025年，上级财政安排我县税收返还和转移支付42.18亿元，比上年增加1.26亿元，增长3.08%，其中：',
        '（1）返还性收入1.05亿元，与上年持平。',
        '（2）一般性转移支付35.62亿元，比上年增加2.06亿元，增长7.14%。',
        '（3）专项转移支付5.51亿元，比上年减少0.8亿元，下降12.68%。',
      ].join('\n'),
      errors: [
        {
          message: '一般性转移支付35.62亿元，按增加2.06亿元计，上年为33.56亿元，增幅应为6.14%，而非所写的7.14%',
          line: 3,
          column: 33,
          text: '7.14%',
          related: ['本年数 35.62亿元', '增减额 增加2.06亿元'],
        },
      ],
    },
  ],
});

describe('change-mismatch: harder shapes', () => {
  const messages = (code: string) => lint(code, { rules: [rule], format: 'text' }).findings.map((f) => f.message);

  it('a completion ratio message names the budget as written (60万元) and the ratio as computed from the figures (96.30%)', () => {
    const code = '2024年，公务用车运行维护费年初预算为60万元，支出决算为57.78万元，完成年初预算的86.3%。';
    expect(messages(code)).toEqual(['支出决算57.78万元为年初预算60万元的96.30%，而非所写的86.3%']);
  });

  it('比2023年决算数118万元: a base named with its year is the prior, not this year’s value (22 / 118 = 18.64%)', () => {
    expect(messages('2024年，全区“三公”经费支出合计96万元，比2023年决算数118万元减少22万元，下降18.64%。')).toEqual([]);
  });

  it('上年为118万元 states the prior, not this year’s value (22 / 118 = 18.64%)', () => {
    expect(messages('2024年，全区“三公”经费支出96万元，上年为118万元，比上年减少22万元，下降18.64%。')).toEqual([]);
  });

  it('a negative 增幅 after 减少 is the same fall (3.1 / 21.3 = 14.55%)', () => {
    expect(messages('2024年，全县公务接待费支出18.2万元，比上年减少3.1万元，增幅-14.55%。')).toEqual([]);
  });

  it('增加-3.1万元 with 增长-14.55% is a fall of 3.1 from 21.3', () => {
    expect(messages('2024年，全县公务接待费支出18.2万元，比上年增加-3.1万元，增长-14.55%。')).toEqual([]);
  });

  it('a change the prose writes as 增加-3.5万元 is quoted as written when it does not add up (18.2 − 21.3 = −3.1)', () => {
    expect(messages('2024年，全县公务接待费支出18.2万元，上年为21.3万元，比上年增加-3.5万元。')).toEqual([
      '公务接待费支出18.2万元比上年21.3万元增加-3.5万元，但两者实际相差3.1万元',
    ]);
  });

  it('a table’s signed 增减 cell is told as 减少 or 增加, not as 增加 and a minus sign', () => {
    const code = ['单位：万元', '', '| 项目 | 年初预算数 | 决算数 | 增减 |', '| --- | ---: | ---: | ---: |', '| 办公费 | 42.50 | 38.10 | -4.60 |', '| 印刷费 | 6.00 | 6.80 | 0.90 |'].join('\n');
    expect(lint(code, { rules: [rule], format: 'markdown' }).findings.map((f) => f.message)).toEqual([
      '办公费38.10万元比年初预算数42.50万元减少4.60万元，但两者实际相差4.40万元',
      '印刷费6.80万元比年初预算数6.00万元增加0.90万元，但两者实际相差0.80万元',
    ]);
  });

  it('a sentence hard-wrapped after a comma in a short .txt draft is still one sentence', () => {
    const code = '2025年市级部门预算安排“三公”经费218.6万元，比上年减少12.4万元，\n下降6.37%。';
    const got = lint(code, { rules: [rule], format: 'text' }).findings.map((f) => ({ line: f.line, column: f.column, text: code.slice(f.range.start, f.range.end) }));
    expect(got).toEqual([{ line: 2, column: 3, text: '6.37%' }]);
  });
});

describe('change-mismatch with rounding: "strict"', () => {
  const code = '2024年，区级一般公共预算安排的“三公”经费支出合计171万元，比预算数202万元减少30万元。';
  it('reports 202 − 171 = 31 against 减少30万元 as a hint', () => {
    const config = mergeConfig(defaultConfig(), { rounding: 'strict' });
    const got = lint(code, { rules: [rule], format: 'text', config }).findings.map((f) => ({ message: f.message, severity: f.severity }));
    expect(got).toEqual([
      {
        message: '“三公”经费支出171万元比预算数202万元减少30万元，按所列数字两者相差31万元，在四舍五入的误差之内',
        severity: 'info',
      },
    ]);
  });
  it('stays silent by default', () => {
    expect(lint(code, { rules: [rule], format: 'text' }).findings).toEqual([]);
  });
});

describe('change-mismatch on bases named with what is compared', () => {
  const messages = (code: string) => lint(code, { rules: [rule], format: 'text' }).findings.map((f) => f.message);

  it('比上年累计支出X万元 is the prior: 38 / 302 = 12.58%', () => {
    expect(messages('2023年，全县公务用车运行维护费支出264万元，比上年累计支出302万元下降38万元，下降12.58%，主要是严控用车。')).toEqual([]);
  });

  it('比上年实际完成X万元 is the prior, and a wrong rate against it is still found', () => {
    expect(messages('2023年，全县公务接待费支出118万元，比上年实际完成140万元下降22万元，下降18.64%。')).toEqual([
      '公务接待费支出118万元，按减少22万元计，上年实际完成为140万元，降幅应为15.71%，而非所写的18.64%',
    ]);
  });
});

describe('change-mismatch on a zero base', () => {
  const findings = (code: string) =>
    lint(code, { rules: [rule], format: 'text' }).findings.map((f) => ({ message: f.message, severity: f.severity, text: code.slice(f.range.start, f.range.end) }));

  it('a rate quoted from a base of 0 is a warning: a unit set up this year has no growth rate', () => {
    const code = '2024年，本单位机关运行经费支出36.8万元，比2023年度增加36.8万元，增长100.00%，主要是单位于2024年新设立。';
    expect(findings(code)).toEqual([
      {
        message: '机关运行经费支出36.8万元，增加36.8万元，则2023年为0，增减幅度无从计算（以0为基数），不宜写作“增长100.00%”',
        severity: 'warning',
        text: '100.00%',
      },
    ]);
  });

  it('a fall to 0 (降低100%) is consistent: the base is last year, not 0', () => {
    expect(findings('2024年，专项转移支付0万元，比上年减少486万元，降低100%。')).toEqual([]);
  });
});

// Tables whose header names two periods and the change between them: each row is a change.
ruleTester(rule, {
  valid: [
    {
      why: 'every row agrees: 72 − 86 = −14 (−16.3%), 1,198 − 1,245 = −47 (−3.8%), 366 − 402 = −36 (−9.0%)',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 2024年预算数 | 2025年预算数 | 增减额 | 增减率 |', '| --- | ---: | ---: | ---: | ---: |', '| 因公出国（境）费 | 86 | 72 | -14 | -16.3% |', '| 公务用车购置及运行维护费 | 1,245 | 1,198 | -47 | -3.8% |', '| 公务接待费 | 402 | 366 | -36 | -9.0% |', '| 合计 | 1,733 | 1,636 | -97 | -5.6% |'].join('\n'),
    },
    {
      why: '上年数 | 本年数 with only a 增减额 column, current before prior: 896.55 − 842.10 = 54.45',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 本年数 | 上年数 | 增减额 |', '|:--|--:|--:|--:|', '| 事业收入 | 896.55 | 842.10 | 54.45 |', '| 其他收入 | 245.30 | 228.07 | 17.23 |'].join('\n'),
    },
    {
      why: 'two columns of different measures (预算数 / 决算数) are not two periods: no change is read',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 2024年预算数 | 2024年决算数 | 增减额 |', '|:--|--:|--:|--:|', '| 公务接待费 | 20.00 | 18.50 | -2.00 |'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'a 合计 row whose 增减额 is not the difference of its two years: 1,656 − 1,733 = −77, not −97',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 2024年预算数 | 2025年预算数 | 增减额 | 增减率 |', '| --- | ---: | ---: | ---: | ---: |', '| 因公出国（境）费 | 86 | 72 | -14 | -16.3% |', '| 合计 | 1,733 | 1,656 | -97 | -5.6% |'].join('\n'),
      errors: [{ message: '合计1,656万元比2024年预算数1,733万元减少97万元，但两者实际相差77万元', line: 6, column: 24, text: '-97' }],
    },
    {
      why: '上年数 | 本年数 in the other order, a rate column that does not follow: 54.45 / 842.10 = 6.47%, not 8.5%',
      format: 'markdown',
      code: ['单位：万元', '', '| 项目 | 上年数 | 本年数 | 增减额 | 增减率 |', '|:--|--:|--:|--:|--:|', '| 事业收入 | 842.10 | 896.55 | 54.45 | 8.5% |'].join('\n'),
      errors: [{ message: '事业收入896.55万元，按增加54.45万元计，上年数为842.10万元，增幅应为6.47%，而非所写的8.5%', line: 5, column: 36, text: '8.5%' }],
    },
  ],
});

// The base named after 比 is a figure the sentence stated earlier under that name.
ruleTester(rule, {
  valid: [
    {
      why: '(227.88 − 60.41) / 60.41 = 277.22%',
      code: '5、公共安全支出（204类）司法（06款）信息化建设（13项）227.88万元。主要用于：信息化建设及运行维护等方面的支出。2025年当年预算执行数为60.41万元，2026年预算安排227.88万元，比2025年预算执行数增加277.22%。主要原因是：业务量增加。',
    },
    {
      why: 'another order and verb: 2026年预算数 first, then 2025年执行数 named as the base (3,845.49 / 3,269.30 − 1 = 17.62%)',
      code: '其他司法支出2026年预算数为3,845.49万元，2025年执行数为3,269.30万元，较2025年执行数增长17.62%，主要是法治宣传项目增加。',
    },
    {
      why: 'the base is named but its figure is not stated in the sentence: nothing to check',
      code: '信息化建设（13项）2026年预算安排227.88万元，比2025年预算执行数增加210.00%，主要是新建智慧矫正平台。',
    },
  ],
  invalid: [
    {
      why: 'the Shanghai sentence: 2025年当年预算执行数 P, 2026年预算安排 C, 比2025年预算执行数增加 R: (98.27 − 50.78) / 50.78 = 93.52%, not 83.51%',
      code: '11、行政单位医疗（01项）98.27万元。主要用于：行政单位医疗保险缴费经费。2025年当年预算执行数为50.78万元，2026年预算安排98.27万元，比2025年预算执行数增加83.51%。主要原因是：支出增加。',
      errors: [
        {
          message: '预算安排98.27万元，按增加计，2025年预算执行数为50.78万元，增幅应为93.52%，而非所写的83.51%',
          line: 1,
          column: 92,
          text: '83.51%',
        },
      ],
    },
    {
      why: 'another order and verb: (3,845.49 − 3,269.30) / 3,269.30 = 17.62%, not 19.62%',
      code: '其他司法支出2026年预算数为3,845.49万元，2025年执行数为3,269.30万元，较2025年执行数增长19.62%，主要是法治宣传项目增加。',
      errors: [
        {
          message: '其他司法支出2026年预算数3,845.49万元，按增加计，2025年执行数为3,269.30万元，增幅应为17.62%，而非所写的19.62%',
          line: 1,
          column: 58,
          text: '19.62%',
        },
      ],
    },
  ],
});

// 决算数为预算数的X%: a completion ratio said with 为, against the budget and actual stated before.
ruleTester(rule, {
  valid: [
    {
      why: '35.68 / 41.20 = 86.60%',
      code: '2024年度“三公”经费财政拨款支出预算41.20万元，决算35.68万元，决算数为预算数的86.6%。',
    },
    {
      why: 'the actual first, then the budget, with 年初: 4,216.95 / 4,388.00 = 96.10%',
      code: '2024年度一般公共预算财政拨款支出决算4,216.95万元，年初预算为4,388.00万元，决算数为年初预算数的96.1%。',
    },
  ],
  invalid: [
    {
      why: 'budget then actual: 35.68 / 41.20 = 86.60%, not 81.6%',
      code: '2024年度“三公”经费财政拨款支出预算41.20万元，决算35.68万元，决算数为预算数的81.6%。',
      errors: [{ message: '“三公”经费财政拨款支出35.68万元为预算数41.20万元的86.60%，而非所写的81.6%', line: 1, column: 47, text: '81.6%' }],
    },
    {
      why: 'actual then 年初 budget: 4,216.95 / 4,388.00 = 96.10%, not 98.1%',
      code: '2024年度一般公共预算财政拨款支出决算4,216.95万元，年初预算为4,388.00万元，决算数为年初预算数的98.1%。',
      errors: [{ message: '2024年度一般公共预算财政拨款支出决算4,216.95万元为年初预算数4,388.00万元的96.10%，而非所写的98.1%', line: 1, column: 58, text: '98.1%' }],
    },
  ],
});

// Budget completion read as one claim with the gap to the budget, or with the budget stated after the
// ratio, and each ratio reading the figures of its own sentence first (held-out round gen3).
ruleTester(rule, {
  valid: [
    {
      why: "a 其中 item's completion rate has no budget of its own: it does not take the total's 年初预算 or its 增收 from the sentence before",
      code: "2024年，全县一般公共预算收入完成86,420万元，为年初预算83,000万元的104.1%，比上年决算数增收5,260万元，增长6.5%。其中：税收收入61,380万元，完成年初预算的102.3%，比上年增长4.2%；非税收入25,040万元，完成年初预算的108.9%，比上年增长9.8%。",
    },
    {
      why: "为年初预算的93.6% and 比年初预算减少2,820万元 agree: 41,270 / 44,090 = 93.60%",
      code: "2024年，政府性基金预算支出41,270万元，为年初预算的93.6%，比年初预算减少2,820万元。",
    },
    {
      why: "the budget named after the ratio: 86.42 / 90.00 = 96.02%, 节约 3.58",
      code: "县教育局“三公”经费支出决算86.42万元，完成年初预算的96.0%，年初预算为90.00万元，节约3.58万元。",
    },
    {
      why: "one actual compared with its budget (结余181.66) and then with last year's 决算 stated by name: 123.84 / 1,392.18 = 8.90%",
      code: "2024年度，县级“三公”经费年初预算为1,450.00万元，全年支出决算1,268.34万元，完成年初预算的87.5%，比年初预算结余181.66万元；与2023年度决算1,392.18万元相比，减少123.84万元，下降8.9%。",
    },
    {
      why: "结余540万元 with no comparison is what is left, not a change",
      code: "2024年县本级预算安排预备费3,000万元，实际使用2,460万元，结余540万元，已全部转入预算稳定调节基金。",
    },
    {
      why: "为年初预算的118.0% and 超收360 agree: 2,360 / 2,000",
      code: "国有资本经营预算收入决算2,360万元，为年初预算的118.0%，超收360万元，主要是区属企业利润上缴增加。",
    },
    {
      why: "the budget before the ratio and the 节约 after it agree: 9.86 / 12.00 = 82.17%, 12.00 − 9.86 = 2.14",
      code: "2024年度“三公”经费财政拨款支出年初预算为12.00万元，支出决算为9.86万元，完成年初预算的82.2%，比年初预算节约2.14万元。",
    },
  ],
  invalid: [
    {
      why: "completion and the gap to the budget disagree: 1,580 + 节约520 = 2,100, 1,580 / 2,100 = 75.24%",
      code: "2024年，区国有资本经营预算支出决算1,580万元，完成年初预算的79.0%，比年初预算节约520万元，主要是部分国企改革项目延后实施。",
      errors: [{ message: "区国有资本经营预算支出决算1,580万元为年初预算2100万元的75.24%，而非所写的79.0%", line: 1, column: 35, text: "79.0%" }],
    },
    {
      why: "超支 after the ratio: 128.60 − 12.60 = 116.00, 128.60 / 116.00 = 110.86%",
      code: "2024年度，县交通运输局“三公”经费支出决算128.60万元，完成年初预算的107.2%，比年初预算超支12.60万元，主要是应急抢险车辆临时调用。",
      errors: [{ message: "县交通运输局“三公”经费支出决算128.60万元为年初预算116.00万元的110.86%，而非所写的107.2%", line: 1, column: 40, text: "107.2%" }],
    },
    {
      why: "the budget named after the ratio: 38,650 / 45,900 = 84.20%",
      code: "2024年，全市政府性基金预算收入完成38,650万元，完成年初预算的82.4%，年初预算为45,900万元，短收主要是土地出让进度放缓。",
      errors: [{ message: "全市政府性基金预算收入完成38,650万元为年初预算45,900万元的84.20%，而非所写的82.4%", line: 1, column: 36, text: "82.4%" }],
    },
    {
      why: "为年初预算的 with 结余 after it: 64.18 + 15.82 = 80.00, 64.18 / 80.00 = 80.23%",
      code: "2024年度，县卫生健康局“三公”经费支出决算64.18万元，为年初预算的84.2%，比年初预算结余15.82万元。",
      errors: [{ message: "县卫生健康局“三公”经费支出决算64.18万元为年初预算80.00万元的80.23%，而非所写的84.2%", line: 1, column: 38, text: "84.2%" }],
    },
    {
      why: "决算数大于年初预算数D with no budget stated: 3,298.64 − 145.28 = 3,153.36, 104.61%",
      code: "2024年度一般公共预算财政拨款支出3,298.64万元，完成年初预算的108.6%，决算数大于年初预算数145.28万元，主要是教师绩效工资调标。",
      errors: [{ message: "2024年度一般公共预算财政拨款支出3,298.64万元为年初预算3153.36万元的104.61%，而非所写的108.6%", line: 1, column: 37, text: "108.6%" }],
    },
    {
      why: "each completion reads its own sentence first: 72.94 / 58.66 = 124.34% (the budget of the sentence before is another item's)",
      code: "教育支出（类）普通教育（款）高中教育（项）年初预算2,640.00万元，支出决算2,786.14万元，完成年初预算的105.5%。卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）年初预算58.66万元，支出决算72.94万元，完成年初预算的112.4%，决算数大于年初预算数14.28万元。",
      errors: [{ message: "支出决算72.94万元为年初预算58.66万元的124.34%，而非所写的112.4%", line: 1, column: 126, text: "112.4%" }],
    },
  ],
});

// 完成年初预算X% with its 的 left out, and a plain 预算数 in the gap that follows (gen3).
ruleTester(rule, {
  valid: [
    {
      why: "完成年初预算103.8% without 的, and 决算数大于预算数84.20: 2,316.40 / 2,232.20 = 103.77%",
      code: "2024年度，本单位一般公共预算财政拨款支出总计2,316.40万元，完成年初预算103.8%，决算数大于预算数84.20万元，主要是追加了校舍维修项目。",
    },
    {
      why: "traditional characters, ASCII commas, 98% truncated: 986.30 / 998.80 = 98.75%",
      code: "2024年度,本單位一般公共預算財政撥款支出總計986.30萬元,完成年初預算98%,決算數小於預算數12.50萬元,主要是厲行節約。",
    },
  ],
  invalid: [
    {
      why: "完成年初预算100% without 的 against 决算数大于预算数84.20万元: a plain 预算数 is the budget just named",
      code: "2024年度，本单位一般公共预算财政拨款支出总计2,316.40万元，完成年初预算100%，决算数大于预算数84.20万元，主要是追加了校舍维修项目。",
      errors: [{ message: "本单位一般公共预算财政拨款支出2,316.40万元为年初预算2232.20万元的103.77%，而非所写的100%", line: 1, column: 42, text: "100%" }],
    },
    {
      why: "traditional characters with ASCII commas: 986.30 + 12.50 = 998.80, 98.75%",
      code: "2024年度,本單位一般公共預算財政撥款支出總計986.30萬元,完成年初預算96%,決算數小於預算數12.50萬元,主要是厲行節約。",
      errors: [{ message: "本单位一般公共预算财政拨款支出986.30萬元为年初预算998.80万元的98.75%，而非所写的96%", line: 1, column: 40, text: "96%" }],
    },
  ],
});

// Table columns of a running period against the same period last year, and of a budget against
// last year's outturn, are a change like two years of one measure (gen3).
ruleTester(rule, {
  valid: [
    {
      why: "a running period against the same period last year, every row right (-669 / 11,874 = -5.63%)",
      format: 'markdown',
      code: "| 项目 | 1-11月累计 | 上年同期 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 教育支出 | 24,610 | 23,185 | 1,425 | 6.1% |\n| 卫生健康支出 | 11,205 | 11,874 | -669 | -5.6% |\n",
    },
    {
      why: "2024年执行数 against 2025年预算数, every row right (72 / 946 = 7.61%)",
      format: 'markdown',
      code: "| 项目 | 2024年执行数 | 2025年预算数 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 一般公共服务支出 | 1,286 | 1,342 | 56 | 4.4% |\n| 社会保障和就业支出 | 946 | 1,018 | 72 | 7.6% |\n",
    },
  ],
  invalid: [
    {
      why: "1-11月累计 against 上年同期: -669 / 11,874 = -5.63%, the cell says -6.5%",
      format: 'markdown',
      code: "| 项目 | 1-11月累计 | 上年同期 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 教育支出 | 24,610 | 23,185 | 1,425 | 6.1% |\n| 卫生健康支出 | 11,205 | 11,874 | -669 | -6.5% |\n",
      errors: [{ message: "卫生健康支出11,205，按减少669计，上年同期为11,874，降幅应为5.63%，而非所写的-6.5%", line: 4, column: 37, text: "-6.5%" }],
    },
    {
      why: "本月 against 去年同期 in a table captioned 单位：万元: 1,836 − 1,702 = 134, the 增减额 cell says 143",
      format: 'markdown',
      code: "表3 税收收入完成情况（单位：万元）\n\n| 税种 | 本月 | 去年同期 | 增减额 | 增减% |\n|---|---:|---:|---:|---:|\n| 增值税 | 1,836 | 1,702 | 143 | 8.4 |\n| 个人所得税 | 218 | 240 | -22 | -9.2 |\n",
      errors: [{ message: "增值税1,836万元比去年同期1,702万元增加143万元，但两者实际相差134万元", line: 5, column: 25, text: "143" }],
    },
    {
      why: "2024年执行数 against 2025年预算数 (a budget set against last year's outturn): 72 / 946 = 7.61%",
      format: 'markdown',
      code: "| 项目 | 2024年执行数 | 2025年预算数 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 一般公共服务支出 | 1,286 | 1,342 | 56 | 4.4% |\n| 社会保障和就业支出 | 946 | 1,018 | 72 | 9.6% |\n",
      errors: [{ message: "社会保障和就业支出1,018，按增加72计，2024年执行数为946，增幅应为7.61%，而非所写的9.6%", line: 4, column: 34, text: "9.6%" }],
    },
  ],
});

// A rate stated without its prior takes the prior of the table row with the same subject and value (gen3).
ruleTester(rule, {
  valid: [
    {
      why: "7.6% fits the table row 946 → 1,018; 230 is not the row's value",
      format: 'markdown',
      code: "单位：万元\n\n| 项目 | 2024年执行数 | 2025年预算数 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 公共安全支出 | 218 | 226 | 8 | 3.7% |\n| 社会保障和就业支出 | 946 | 1,018 | 72 | 7.6% |\n| 城乡社区支出 | 1,108 | 1,130 | 22 | 2.0% |\n\n城乡社区支出1,130万元，与上年执行数基本持平。社会保障和就业支出1,018万元，较上年执行数增长7.6%。公共安全支出230万元，与上年执行数持平。\n",
    },
  ],
  invalid: [
    {
      why: "a rate with no prior in the text: the table row of the same subject and value gives 946, and 72 / 946 = 7.61%",
      format: 'markdown',
      code: "单位：万元\n\n| 项目 | 2024年执行数 | 2025年预算数 | 增减额 | 增减率 |\n|---|---:|---:|---:|---:|\n| 公共安全支出 | 218 | 226 | 8 | 3.7% |\n| 社会保障和就业支出 | 946 | 1,018 | 72 | 7.6% |\n| 城乡社区支出 | 1,108 | 1,130 | 22 | 2.0% |\n\n社会保障和就业支出1,018万元，较上年执行数增长9.6%，主要是补助标准提高。\n",
      errors: [{ message: "社会保障和就业支出1,018万元，按增加计，2024年执行数为946万元，增幅应为7.61%，而非所写的9.6%", line: 9, column: 26, text: "9.6%" }],
    },
  ],
});

// A row of a table flattened one row a line is a change like a Markdown table's (gen3).
ruleTester(rule, {
  valid: [
    {
      why: "a flattened 三公 table whose rows fit: 26.40 − 28.60 = −2.20, 7.80 − 9.20 = −1.40",
      format: 'text',
      code: "表1  “三公”经费预算表\n单位：万元\n项目                      2025年预算数    2024年预算数    增减额\n因公出国（境）费                 0.00            0.00       0.00\n公务用车购置及运行维护费        26.40           28.60      -2.20\n公务接待费                       7.80            9.20      -1.40\n合计                            34.20           37.80      -3.60\n",
    },
  ],
  invalid: [
    {
      why: "a flattened table row: 7.80 − 9.20 = −1.40, the 增减额 cell says −1.60",
      format: 'text',
      code: "表1  “三公”经费预算表\n单位：万元\n项目                      2025年预算数    2024年预算数    增减额\n因公出国（境）费                 0.00            0.00       0.00\n公务用车购置及运行维护费        26.40           28.60      -2.20\n公务接待费                       7.80            9.20      -1.60\n合计                            34.20           37.80      -3.60\n",
      errors: [{ message: "公务接待费7.80万元比2024年预算数9.20万元减少1.60万元，但两者实际相差1.40万元", line: 6, column: 55, text: "-1.60" }],
    },
  ],
});

// The gap to the budget stated before the completion ratio, and 为上年预算的X% with its change (gen3 round 2).
ruleTester(rule, {
  valid: [
    {
      why: "较年初预算少支出 before the ratio, and the ratio right: 4,712.35 / 4,860.00 = 96.96%",
      code: "农业农村支出决算4,712.35万元，较年初预算少支出147.65万元，完成年初预算的97.0%。",
    },
    {
      why: "为上年预算的 with the change after it, right: 142.60 / 150.00 = 95.07%",
      code: "2025年镇机关运行经费预算142.60万元，为上年预算的95.1%，较上年预算减少7.40万元。",
    },
  ],
  invalid: [
    {
      why: "the gap to the budget stated before the completion ratio: 4,712.35 + 147.65 = 4,860.00, 96.96%",
      code: "农业农村支出决算4,712.35万元，较年初预算少支出147.65万元，完成年初预算的95.0%。",
      errors: [{ message: "农业农村支出决算4,712.35万元为年初预算4860.00万元的96.96%，而非所写的95.0%", line: 1, column: 44, text: "95.0%" }],
    },
    {
      why: "为上年预算的 names a ratio to last year's budget; with 减少7.40 it is 142.60 / 150.00 = 95.07%",
      code: "2025年镇机关运行经费预算142.60万元，为上年预算的95.6%，较上年预算减少7.40万元。",
      errors: [{ message: "镇机关运行经费预算142.60万元为上年预算150.00万元的95.07%，而非所写的95.6%", line: 1, column: 30, text: "95.6%" }],
    },
    {
      why: "超支 before the ratio: 128.60 − 12.60 = 116.00, 110.86%",
      code: "县交通运输局“三公”经费支出决算128.60万元，比年初预算超支12.60万元，完成年初预算的107.2%。",
      errors: [{ message: "县交通运输局“三公”经费支出决算128.60万元为年初预算116.00万元的110.86%，而非所写的107.2%", line: 1, column: 48, text: "107.2%" }],
    },
  ],
});

// A revenue report's opening sentence: the actual, its completion of the annual budget (the
// budget stated inside the phrase), then its change on last year. The budget is the base of the
// ratio only: the change is the actual's.
ruleTester(rule, {
  valid: [
    {
      why: '52,318 / 58,600 = 89.28%; 2,846 on 52,318 − 2,846 = 49,472 is 5.75%: both hold',
      code: '1-11月，全县一般公共预算收入累计完成52,318万元，完成年度预算58,600万元的89.3%，较上年同期增收2,846万元，增长5.8%。',
    },
    {
      why: 'with 为 instead of 完成: 318,650 / 412,000 = 77.34%; 21,230 on 297,420 is 7.14%',
      code: '1-9月，全区一般公共预算收入318,650万元，为年度预算412,000万元的77.3%，比上年同期的297,420万元增收21,230万元，同比增长7.1%。',
    },
    {
      why: 'a fall: 45,120 / 60,000 = 75.2%; 3,180 on 48,300 is 6.58%',
      code: '前三季度，全市政府性基金预算收入完成45,120万元，完成全年预算60,000万元的75.2%，同比减收3,180万元，下降6.6%。',
    },
  ],
  invalid: [
    {
      why: '318,650 / 412,000 = 77.34%, not 73.4%',
      code: '1-9月，全区一般公共预算收入累计完成318,650万元，完成年度预算412,000万元的73.4%，比上年同期的297,420万元增收21,230万元，同比增长7.1%。',
      errors: [{ message: '一般公共预算收入318,650万元为年度预算412,000万元的77.34%，而非所写的73.4%', line: 1, column: 46, text: '73.4%' }],
    },
    {
      why: 'with 为: 86,450 / 120,000 = 72.04%, not 74.2%',
      code: '上半年，全县税收收入86,450万元，为年度预算120,000万元的74.2%，同比增长3.2%。',
      errors: [{ message: '税收收入86,450万元为年度预算120,000万元的72.04%，而非所写的74.2%', line: 1, column: 35, text: '74.2%' }],
    },
  ],
});

// The last amount before a change may be the base the change names, or the budget a completion
// ratio just named: the level that changed is the one before it.
ruleTester(rule, {
  valid: [
    {
      why: 'the base named after 比 (2025年预算执行数) is the figure just stated under that name: 5,608.72 − 5,216.40 = 392.32, 7.52%',
      code: '2026年本单位财政拨款支出预算5,608.72万元，2025年当年预算执行数为5,216.40万元，2026年预算安排比2025年预算执行数增加392.32万元，增长7.5%。',
    },
    {
      why: 'the same with a fall: 1,286.50 − 1,402.30 = −115.80, 8.26%',
      code: '2026年机关运行经费预算1,286.50万元，2025年当年机关运行经费预算执行数为1,402.30万元，2026年预算安排较2025年预算执行数减少115.80万元，下降8.3%。',
    },
    {
      why: 'the budget named right after a completion ratio: the change is the actual 28.64, 2.18 on 26.46 = 8.24%',
      code: '2024年度“三公”经费财政拨款支出决算28.64万元，完成预算的89.5%，年初预算为32.00万元；较上年决算增加2.18万元，增长8.2%。',
    },
    {
      why: 'the same with 全年预算数 and a fall: 412.60 against 445.10, 7.30%',
      code: '2024年度会议费支出决算412.60万元，完成全年预算的91.7%，全年预算数为450.00万元，较上年决算减少32.50万元，下降7.3%。',
    },
  ],
  invalid: [
    {
      why: 'the actual 28.64, not the budget 32.00, changed: 2.18 on 26.46 is 8.24%, not 7.3%',
      code: '2024年度“三公”经费财政拨款支出决算28.64万元，完成预算的89.5%，年初预算为32.00万元；较上年决算增加2.18万元，增长7.3%。',
      errors: [{ message: '“三公”经费财政拨款支出决算28.64万元，按增加2.18万元计，上年决算为26.46万元，增幅应为8.24%，而非所写的7.3%', line: 1, column: 69, text: '7.3%' }],
    },
  ],
});

// heldout5 round 1: a table with a budget column between last year's and this year's outturn
// (2023年决算 | 2024年预算 | 2024年决算 | 决算比上年增减 | 增减率): the change is between the two 决算.
ruleTester(rule, {
  valid: [
    {
      why: 'every row right against 2023年决算 (the 2024年预算 column is another measure): 57.30 - 61.20 = -3.90',
      format: 'markdown',
      code: [
        '| 项目 | 2023年决算 | 2024年预算 | 2024年决算 | 决算比上年增减 | 增减率 |',
        '|---|---|---|---|---|---|',
        '| 公务用车运行维护费 | 61.20 | 60.00 | 57.30 | -3.90 | -6.4% |',
        '| 公务接待费 | 18.40 | 20.00 | 19.10 | 0.70 | 3.8% |',
        '| 合计 | 79.60 | 80.00 | 76.40 | -3.20 | -4.0% |',
      ].join('\n'),
    },
    {
      why: 'two 预算 and one 决算 column: no single pair of one measure in two years, so nothing is read',
      format: 'markdown',
      code: [
        '| 项目 | 2023年预算 | 2024年预算 | 2024年决算 | 增减 |',
        '|---|---|---|---|---|',
        '| 培训费 | 12.00 | 14.00 | 13.10 | 5.00 |',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the 增减 cell of a row against the two 决算 columns: 19.10 - 18.40 = 0.70, not 1.70',
      format: 'markdown',
      code: [
        '| 项目 | 2023年决算 | 2024年预算 | 2024年决算 | 决算比上年增减 | 增减率 |',
        '|---|---|---|---|---|---|',
        '| 公务用车运行维护费 | 61.20 | 60.00 | 57.30 | -3.90 | -6.4% |',
        '| 公务接待费 | 18.40 | 20.00 | 19.10 | 1.70 | 3.8% |',
      ].join('\n'),
      errors: [{ message: '公务接待费19.10比2023年决算18.40增加1.70，但两者实际相差0.70', line: 4, column: 35 }],
    },
    {
      why: 'a 增减率 cell against the two 决算 columns: 2.15 / 26.80 = 8.02%, not 6.0%',
      format: 'markdown',
      code: [
        '| 项目 | 2023年决算数 | 2024年预算数 | 2024年决算数 | 比上年增减 | 增减率 |',
        '|---|---|---|---|---|---|',
        '| 因公出国（境）费 | 26.80 | 30.00 | 28.95 | 2.15 | 6.0% |',
      ].join('\n'),
      errors: [{ message: '因公出国（境）费28.95，按增加2.15计，2023年决算数为26.80，增幅应为8.02%，而非所写的6.0%', line: 3, column: 45 }],
    },
  ],
});

// heldout5 round 1: 超收/短收 stated alone right after a completion ratio is the gap to the budget it named.
ruleTester(rule, {
  valid: [
    {
      why: '超收 is the gap to the budget the ratio named: 2,860 - 2,450 = 410',
      code: '全县国有资本经营预算收入完成2,860万元，完成预算2,450万元的116.7%，超收410万元。',
    },
    {
      why: '短收 after the ratio: 2,000 - 1,620 = 380, and 1,620 / 2,000 = 81.0%',
      code: '镇级政府性基金预算收入完成1,620万元，完成预算2,000万元的81.0%，短收380万元，主要是土地出让进度放缓。',
    },
    {
      why: '结余 with a 用于 clause after a ratio that names no budget figure: nothing to check it against',
      code: '项目支出完成3,120万元，完成年初预算的92.6%，结余资金250万元用于下年度结转。',
    },
  ],
  invalid: [
    {
      why: '超收 320 where 2,860 - 2,450 = 410 (116.7% is right)',
      code: '全县国有资本经营预算收入完成2,860万元，完成预算2,450万元的116.7%，超收320万元。',
      errors: [{ message: '国有资本经营预算收入2,860万元比预算2,450万元超收320万元，但两者实际相差410万元', line: 1, column: 44 }],
    },
    {
      why: '短收 where the budget named earlier in the sentence leaves a gap of 640, not 460',
      code: '全市非税收入年初预算为18,600万元，实际完成17,960万元，完成年初预算的96.6%，短收460万元。',
      errors: [{ message: '实际完成17,960万元比年初预算18,600万元短收460万元，但两者实际相差640万元', line: 1, column: 49 }],
    },
  ],
});

// heldout5 round 1: a ratio to last year written as a multiple (是上年同期的1.6倍).
ruleTester(rule, {
  valid: [
    {
      why: '28,640 / (28,640 - 6,620) = 1.30倍',
      code: '9月当月，全区税收收入完成28,640万元，是上年同期的1.3倍，同比增收6,620万元。',
    },
    {
      why: '增长1.5倍 is read two ways by drafters (×1.5 or ×2.5): left alone, whatever the figures',
      code: '契税完成9,800万元，同比增收4,900万元，增长1.5倍。',
    },
    {
      why: 'the multiple fits, with 完成 before the current figure: 12,000 / 6,000 = 2倍',
      code: '土地出让收入完成12,000万元，为上年的2倍，同比增收6,000万元。',
    },
  ],
  invalid: [
    {
      why: '12,850 / (12,850 - 3,420) = 1.36倍, not 1.6倍',
      code: '房产税完成12,850万元，是上年同期的1.6倍，同比增收3,420万元，主要是清理欠缴税款入库。',
      errors: [{ message: '房产税12,850万元为上年同期9430万元的1.36倍，而非所写的1.6倍', line: 1, column: 21 }],
    },
    {
      why: '相当于上年的 with the amount of change after it: 5,460 / (5,460 - 1,820) = 1.50倍, not 1.8倍',
      code: '专项转移支付收入5,460万元，相当于上年的1.8倍，比上年增加1,820万元。',
      errors: [{ message: '专项转移支付收入5,460万元为上年3640万元的1.50倍，而非所写的1.8倍', line: 1, column: 23 }],
    },
  ],
});

// heldout5 round 2: the rate before its amount (较上年下降11.2%，减少1.3万元), a completion ratio after a
// change (…增收7,702万元，完成年初预算的91.5%), and 年度预算 as a completion's budget.
ruleTester(rule, {
  valid: [
    {
      why: 'rate first, amount after, both right: 2.6 / (18.7 + 2.6) = 12.2%',
      code: '2024年镇本级“三公”经费支出18.7万元，较上年下降12.2%，减少2.6万元。',
    },
    {
      why: 'the completion ratio after a change against last year is against the budget: 91.5% is not the ratio to last year',
      code: '1-11月，全县一般公共预算收入累计完成168,420万元，同比增长4.8%，增收7,702万元，完成年初预算的91.5%。',
    },
    {
      why: '完成年度预算…的 with its budget figure, right: 396,540 / 449,600 = 88.20%',
      code: '1-11月，全县一般公共预算支出累计完成396,540万元，完成年度预算449,600万元的88.2%，同比增长2.9%。',
    },
  ],
  invalid: [
    {
      why: 'rate first: 1.3 / (12.8 + 1.3) = 9.2% (8.8%-9.6% with one-decimal figures), not 11.2%',
      code: '公务用车运行维护费12.8万元，较上年下降11.2%，减少1.3万元；公务接待费5.9万元，较上年下降18.1%，减少1.3万元。',
      errors: [{ message: '公务用车运行维护费12.8万元，按减少1.3万元计，上年为14.1万元，降幅应为9.22%，而非所写的11.2%', line: 1, column: 22 }],
    },
    {
      why: '同比增长…，增收… in that order: 6,440 / 145,860 = 4.42%, not 5.4%',
      code: '全县一般公共预算收入152,300万元，同比增长5.4%，增收6,440万元。',
      errors: [{ message: '一般公共预算收入152,300万元，按增加6,440万元计，上年同期为145860万元，增幅应为4.42%，而非所写的5.4%', line: 1, column: 25 }],
    },
    {
      why: '完成年度预算…的: 86,350 / 102,000 = 84.66%, not 86.7%',
      code: '全县政府性基金预算支出完成86,350万元，完成年度预算102,000万元的86.7%，同比下降6.2%。',
      errors: [{ message: '政府性基金预算支出86,350万元为年度预算102,000万元的84.66%，而非所写的86.7%', line: 1, column: 39 }],
    },
  ],
});

// A change in percentage points: the two rates of its clause, one named as last year's, and the
// points between them.
ruleTester(rule, {
  valid: [
    {
      why: 'the points match the two rates, in several orders (上年 in brackets after, 由上年的…提高到, 比上年…); a growth rate against last year’s',
      code: [
        '年度资金执行率93.7%，较上年提高5.2个百分点（上年为88.5%）。',
        '税收收入占比由上年的70.5%下降到68.3%，下降2.2个百分点。',
        '2024年一般公共预算收入增长5.6%，增幅比上年提高1.2个百分点（上年增长4.4%）。',
        '项目预算执行率为91.4%，比上年86.9%提高4.5个百分点。',
      ].join('\n'),
    },
    {
      why: 'no rate named as last year’s, or three rates in the clause: nothing to compare',
      code: ['资金执行率93.7%，较上年提高4.2个百分点，高于全省平均水平。', '执行率93.7%，较上年提高4.2个百分点（上年为88.5%，全省为90.1%）。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: '93.7 − 88.5 = 5.2, stated 提高4.2个百分点 (上年 in brackets after)',
      code: '年度资金执行率93.7%，较上年提高4.2个百分点（上年为88.5%）。',
      errors: [{ message: '年度资金执行率93.7%比上年88.5%提高4.2个百分点，但两者实际相差5.2个百分点', line: 1, column: 19 }],
    },
    {
      why: '70.5 − 68.3 = 2.2, stated 下降3.2个百分点 (由上年的…下降到…)',
      code: '税收收入占比由上年的70.5%下降到68.3%，下降3.2个百分点。',
      errors: [{ message: '税收收入占比68.3%比上年70.5%下降3.2个百分点，但两者实际相差2.2个百分点', line: 1, column: 27 }],
    },
  ],
});

// A base named by its year (比2024年预算X万元) is the prior; after a 其中 list the change is the whole's
// or the last part's, whichever the delta is the gap of.
ruleTester(rule, {
  valid: [
    {
      why: 'the change after a 其中 list is the whole’s: 12,860.40 - 12,105.90 = 754.50, 6.2%; not the last part’s (3,440.25)',
      code: '2025年部门支出预算12,860.40万元，其中基本支出9,420.15万元，项目支出3,440.25万元，比2024年预算12,105.90万元增加754.50万元，增长6.2%。',
    },
    {
      why: 'the change after a 其中 part is the part’s when its gap is the delta: 7,915.40 - 7,500.00 = 415.40, 5.5%',
      code: '2025年收入预算8,436.52万元，其中一般公共预算拨款7,915.40万元，比2024年预算7,500.00万元增加415.40万元，增长5.5%。',
    },
    {
      why: '较2024年预算执行数X: the base stated with its year; 912.40 - 860.00 = 52.40, 5.7%',
      code: '2025年政府性基金预算拨款支出860.00万元，较2024年预算执行数912.40万元减少52.40万元，下降5.7%。',
    },
  ],
  invalid: [
    {
      why: 'the whole’s change, its rate wrong: 754.50 / 12,105.90 = 6.23%, not 6.8%',
      code: '2025年部门支出预算12,860.40万元，其中基本支出9,420.15万元，项目支出3,440.25万元，比2024年预算12,105.90万元增加754.50万元，增长6.8%。',
      errors: [{ message: '部门支出预算12,860.40万元，按增加754.50万元计，2024年预算为12,105.90万元，增幅应为6.23%，而非所写的6.8%', line: 1, column: 88 }],
    },
    {
      why: '比2024年预算X万元增加D: 3,120.00 - 2,980.00 = 140.00, not 150.00',
      code: '2025年一般公共预算拨款支出3,120.00万元，比2024年预算2,980.00万元增加150.00万元，主要是公共文化设施免费开放补助增加。',
      errors: [{ message: '一般公共预算拨款支出3,120.00万元比2024年预算2,980.00万元增加150.00万元，但两者实际相差140.00万元', line: 1, column: 47 }],
    },
  ],
});

// Whole-budget tables (heldout8): completion columns (完成调整预算%), 环比 beside 同比, a bare 增长%
// against last year's column, and 比上年执行 naming last year's measure.
ruleTester(rule, {
  valid: [
    {
      why: '完成调整预算% against the 调整预算 column, not 年初预算: 274,380 / 271,500 = 101.1%, 103,260 / 108,500 = 95.2%, 377,640 / 380,000 = 99.4%',
      format: 'markdown',
      code: '| 项目 | 年初预算 | 调整预算 | 决算数 | 完成调整预算% |\n|---|---|---|---|---|\n| 税收收入 | 286,000 | 271,500 | 274,380 | 101.1 |\n| 非税收入 | 94,000 | 108,500 | 103,260 | 95.2 |\n| 合计 | 380,000 | 380,000 | 377,640 | 99.4 |\n',
    },
    {
      why: '环比 between the two quarters before it (12.46 / 11.38 = +9.5%), 同比 between the running total and 上年同期 (46.72 / 44.85 = +4.2%): not the quarter against 上年同期',
      format: 'markdown',
      code: '单位：亿元\n\n| 项目 | 10-12月 | 7-9月 | 环比% | 1-12月累计 | 上年同期 | 同比% |\n|---|---|---|---|---|---|---|\n| 一般公共预算收入 | 12.46 | 11.38 | 9.5 | 46.72 | 44.85 | 4.2 |\n| 一般公共预算支出 | 30.18 | 24.66 | 22.4 | 98.35 | 95.02 | 3.5 |\n',
    },
    {
      why: '增长% beside 决算数 | 上年决算数 with no budget column is against last year: 2,530 / 40,150 = 6.3%, -880 / 19,820 = -4.4%',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 决算数 | 上年决算数 | 增减额 | 增长% |\n|---|---|---|---|---|\n| 教育支出 | 42,680 | 40,150 | 2,530 | 6.3 |\n| 卫生健康支出 | 18,940 | 19,820 | -880 | -4.4 |\n',
    },
    {
      why: '比上年执行增长% takes 2024年执行, not 2024年预算: 3,420 / 3,268 = +4.7% (against 3,150 it would be 8.6%); 950 / 986 = -3.7%',
      format: 'markdown',
      code: '单位：万元\n\n| 收入项目 | 2024年预算 | 2024年执行 | 2025年预算 | 比上年执行增长% |\n|---|---|---|---|---|\n| 税收收入 | 3,150 | 3,268 | 3,420 | 4.7 |\n| 非税收入 | 920 | 986 | 950 | -3.7 |\n',
    },
    {
      why: '比年初预算增加 in the text is not the row\'s 完成预算 against 调整预算: 58,600 - 52,000 = 6,600',
      format: 'markdown',
      code: '| 项目 | 年初预算 | 调整预算 | 决算数 | 完成预算（%） |\n|---|---|---|---|---|\n| 上级补助收入 | 52,000 | 58,600 | 58,600 | 100.0 |\n\n上级补助收入58,600万元，比年初预算增加6,600万元，主要是年中追加转移支付。\n',
    },
  ],
  invalid: [
    {
      why: '完成调整预算%: 274,380 / 271,500 = 101.06%, the cell says 103.1',
      format: 'markdown',
      code: '| 项目 | 年初预算 | 调整预算 | 决算数 | 完成调整预算% |\n|---|---|---|---|---|\n| 税收收入 | 286,000 | 271,500 | 274,380 | 103.1 |\n',
      errors: [{ message: '税收收入274,380为调整预算271,500的101.06%，而非所写的103.1%', line: 3, column: 40 }],
    },
    {
      why: '环比 8.5 against 12.46 / 11.38 = +9.49%, and 同比 5.2 against 46.72 / 44.85 = +4.17%: one finding per column',
      format: 'markdown',
      code: '单位：亿元\n\n| 项目 | 10-12月 | 7-9月 | 环比% | 1-12月累计 | 上年同期 | 同比% |\n|---|---|---|---|---|---|---|\n| 一般公共预算收入 | 12.46 | 11.38 | 8.5 | 46.72 | 44.85 | 5.2 |\n',
      errors: [{ message: '一般公共预算收入12.46亿元，按增加计，7-9月为11.38亿元，增幅应为9.49%，而非所写的8.5%', line: 5, column: 30 }, { message: '一般公共预算收入46.72亿元，按增加计，上年同期为44.85亿元，增幅应为4.17%，而非所写的5.2%', line: 5, column: 52 }],
    },
    {
      why: '增长% 7.3 against 2,530 / 40,150 = 6.30%',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 决算数 | 上年决算数 | 增减额 | 增长% |\n|---|---|---|---|---|\n| 教育支出 | 42,680 | 40,150 | 2,530 | 7.3 |\n',
      errors: [{ message: '教育支出42,680万元，按增加2,530万元计，上年决算数为40,150万元，增幅应为6.30%，而非所写的7.3%', line: 5, column: 36 }],
    },
    {
      why: '比上年执行增长% 8.6 against 3,420 / 3,268 = +4.65% (8.6% is the rise on 2024年预算)',
      format: 'markdown',
      code: '单位：万元\n\n| 收入项目 | 2024年预算 | 2024年执行 | 2025年预算 | 比上年执行增长% |\n|---|---|---|---|---|\n| 税收收入 | 3,150 | 3,268 | 3,420 | 8.6 |\n',
      errors: [{ message: '税收收入3,420万元，按增加计，2024年执行为3,268万元，增幅应为4.65%，而非所写的8.6%', line: 5, column: 34 }],
    },
    {
      why: '增幅% -21.9 against 0.55 / 2.91 = 18.90%',
      format: 'markdown',
      code: '单位：亿元\n\n| 税种 | 1-8月累计 | 上年同期 | 增减额 | 增幅% |\n|---|---|---|---|---|\n| 契税 | 2.36 | 2.91 | -0.55 | -21.9 |\n',
      errors: [{ message: '契税2.36亿元，按减少0.55亿元计，上年同期为2.91亿元，降幅应为18.90%，而非所写的-21.9%', line: 5, column: 30 }],
    },
  ],
});

// Whole-budget reports (heldout8): a figure stated with 完成 and then compared with last year's (为上年Y的Z%)
// is a ratio to last year, not a completion ratio; 億元/萬元 inside the phrase as written.
ruleTester(rule, {
  valid: [
    {
      why: '收入完成X，为上年Y的Z%: a ratio to last year, right (42.18 / 40.26 = 104.8%)',
      code: '市本级一般公共预算收入完成42.18亿元，为上年40.26亿元的104.8%。',
    },
    {
      why: 'traditional units and ASCII comma: 18.62 / 17.95 = 103.7%',
      code: '全县税收收入完成18.62億元,為上年17.95億元的103.7%。',
    },
    {
      why: 'a completion ratio against 年初预算 (86,420 / 90,000 = 96.0%) and a ratio to 上年同期 with no figure',
      code: '全年一般公共预算支出完成86,420万元，为年初预算90,000万元的96.0%，为上年同期的104.2%。',
    },
  ],
  invalid: [
    {
      why: '为上年40.26亿元的106.2% after 完成: 42.18 / 40.26 = 104.77%',
      code: '市本级一般公共预算收入完成42.18亿元，为上年40.26亿元的106.2%。',
      errors: [{ message: '一般公共预算收入42.18亿元为上年40.26亿元的104.77%，而非所写的106.2%', line: 1, column: 33 }],
    },
    {
      why: '億元 inside the ratio phrase (traditional units stay as written): 18.62 / 17.95 = 103.73%',
      code: '全县税收收入完成18.62億元,為上年17.95億元的105.7%。',
      errors: [{ message: '税收收入18.62億元为上年17.95億元的103.73%，而非所写的105.7%', line: 1, column: 28 }],
    },
    {
      why: '是上年决算数Y的Z% after 实现完成: 9,860 / 11,240 = 87.72%',
      code: '2024年区级政府性基金预算收入实现完成9,860万元，是上年决算数11,240万元的85.4%，主要是土地出让收入减少。',
      errors: [{ message: '政府性基金预算收入实现9,860万元为上年决算数11,240万元的87.72%，而非所写的85.4%', line: 1, column: 44 }],
    },
  ],
});

// heldout8 round 2: a monthly report's 完成年度预算% column against 年度预算, its outturn the running total (累计).
ruleTester(rule, {
  valid: [
    {
      why: '26.84 / 50.20 = 53.5%; 44.16 / 96.80 = 45.6%; 同比 6.0% and 2.9% fit 上年同期',
      format: 'markdown',
      code: '单位：亿元\n\n| 项目 | 1-6月累计 | 上年同期 | 同比增减% | 年度预算 | 完成年度预算% |\n|---|---|---|---|---|---|\n| 一般公共预算收入 | 26.84 | 25.31 | 6.0 | 50.20 | 53.5 |\n| 一般公共预算支出 | 44.16 | 42.90 | 2.9 | 96.80 | 45.6 |\n',
    },
  ],
  invalid: [
    {
      why: '完成年度预算% 47.6 against 44.16 / 96.80 = 45.62%',
      format: 'markdown',
      code: '单位：亿元\n\n| 项目 | 1-6月累计 | 上年同期 | 同比增减% | 年度预算 | 完成年度预算% |\n|---|---|---|---|---|---|\n| 一般公共预算支出 | 44.16 | 42.90 | 2.9 | 96.80 | 47.6 |\n',
      errors: [{ message: '一般公共预算支出44.16亿元为年度预算96.80亿元的45.62%，而非所写的47.6%', line: 5, column: 44 }],
    },
  ],
});

// A budget named after a completion ratio belongs to that ratio: the next item's ratio, with no budget of
// its own, is not held to it (it read 300 / 526 = 57.03% against a stated 98.0%).
ruleTester(rule, {
  valid: [
    {
      why: '526 is 教育支出’s budget (500 / 526 = 95.06%); 卫生健康支出 names none',
      code: '2024年，教育支出决算500万元，完成年初预算的95.1%，年初预算为526万元，卫生健康支出决算300万元，完成年初预算的98.0%，主要是疫苗接种经费按进度拨付。',
    },
    {
      why: 'the same with a gap after the first ratio: 节约26万元 is 教育支出’s own',
      code: '2024年度，区教育局一般公共预算财政拨款支出决算1,250.40万元，完成年初预算的97.9%，比年初预算节约26.60万元；区卫生健康委支出决算816.30万元，完成年初预算的101.2%。',
    },
    {
      why: 'each item with its own budget after its ratio: 500 / 526 = 95.06%, 300 / 306 = 98.04%',
      code: '2024年，教育支出决算500万元，完成年初预算的95.1%，年初预算为526万元，卫生健康支出决算300万元，完成年初预算的98.0%，年初预算为306万元。',
    },
  ],
  invalid: [
    {
      why: 'the second item’s own budget after its ratio still holds: 300 / 316 = 94.94%',
      code: '2024年，教育支出决算500万元，完成年初预算的95.1%，年初预算为526万元，卫生健康支出决算300万元，完成年初预算的98.0%，年初预算为316万元。',
      errors: [{ message: '卫生健康支出决算300万元为年初预算316万元的94.94%，而非所写的98.0%', line: 1, column: 64, text: '98.0%' }],
    },
  ],
});

// A change that states its current figure and rate but not the prior, against last year's level of
// the same item stated in another section ("比上年完成数增长", the outturn given under 一、).
ruleTester(rule, {
  valid: [
    {
      why: '26,880 against last year’s 25,600 completed (一、) is 5.0%, as written',
      code: [
        '一、2024年预算执行情况',
        '2024年，全镇一般公共预算收入完成25,600万元，为调整预算的100.4%。',
        '二、2025年预算安排',
        '2025年全镇一般公共预算收入预算26,880万元，比上年完成数增长5.0%。',
      ].join('\n'),
    },
    {
      why: 'last year’s budget and outturn are both stated, and 比上年 names neither: which base is meant is unknown',
      code: [
        '一、2024年预算执行情况',
        '2024年全县政府性基金预算收入年初预算为48,000万元。',
        '全县政府性基金预算收入完成45,200万元，主要是土地出让收入减少。',
        '二、2025年预算安排',
        '2025年全县政府性基金预算收入预算47,500万元，比上年增长9.9%。',
      ].join('\n'),
    },
    {
      why: 'the level stated for last year is of 本级, the budget of the whole county: two values of the item, no one base',
      code: [
        '一、2024年预算执行情况',
        '2024年全县一般公共预算支出完成86,400万元。',
        '2024年县本级一般公共预算支出完成52,300万元。',
        '二、2025年预算安排',
        '2025年一般公共预算支出安排90,100万元，比上年完成数增长12.4%。',
      ].join('\n'),
    },
    {
      why: 'the earlier statement is of the same year, not of the year before: it is no prior',
      code: ['2025年全区一般公共预算收入预算为31,200万元。', '2025年全区一般公共预算收入预计完成30,400万元，比上年完成数增长8.0%。'].join('\n'),
    },
    {
      why: 'another item (非税收入) was stated for last year, not this one',
      code: ['一、2024年预算执行情况', '2024年全县非税收入完成9,860万元。', '二、2025年预算安排', '2025年全县税收收入预算28,400万元，比上年完成数增长3.0%。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: '19.95 against last year’s 19.00 completed is 5.0%, written 6.5%',
      code: [
        '一、2024年一般公共预算执行情况',
        '2024年全市一般公共预算收入完成19.00亿元，为预算的100.8%。',
        '二、2025年一般公共预算安排',
        '2025年一般公共预算收入预算19.95亿元，比上年完成数增长6.5%，与经济增长预期相适应。',
      ].join('\n'),
      errors: [{ message: '一般公共预算收入预算19.95亿元，按增加计，上年完成数为19.00亿元，增幅应为5.00%，而非所写的6.5%', line: 4, column: 32, text: '6.5%' }],
    },
    {
      why: 'the outturn was stated in a paragraph of its own, the budget under a heading with no year (the section’s 2025 holds)',
      code: [
        '一、2024年预算执行情况',
        '全区政府性基金预算支出执行数为62,400万元，主要用于城市更新项目。',
        '二、2025年预算草案',
        '（二）政府性基金预算',
        '全区政府性基金预算支出安排65,520万元，较上年执行数增长6.0%。',
      ].join('\n'),
      errors: [{ message: '政府性基金预算支出安排65,520万元，按增加计，上年执行数为62,400万元，增幅应为5.00%，而非所写的6.0%', line: 5, column: 31, text: '6.0%' }],
    },
  ],
});

// A completion column named by what it measures (执行率, 完成率, 预算执行率), beside an outturn and a
// budget named with what they are of (全年执行数, 实际支出, 预算资金); a numbering column before the name.
ruleTester(rule, {
  valid: [
    {
      why: '执行率 against the one budget column: 3,105.60 / 3,240.00 = 95.85%, 412.30 / 430.00 = 95.88%',
      format: 'markdown',
      code: '单位：万元\n\n| 序号 | 项目名称 | 年初预算数 | 全年执行数 | 执行率 | 自评得分 |\n|---|---|---|---|---|---|\n| 1 | 乡村道路养护项目 | 3,240.00 | 3,105.60 | 95.9% | 92.5 |\n| 2 | 农村饮水安全巩固项目 | 430.00 | 412.30 | 95.9% | 90.0 |\n',
    },
    {
      why: 'two budget columns (年初 and 调整) and a bare 执行率: which budget it is of is not said',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 年初预算数 | 调整预算数 | 决算数 | 执行率 |\n|---|---|---|---|---|\n| 林业改革发展 | 800.00 | 760.00 | 745.20 | 93.2% |\n',
    },
    {
      why: '完成率 of a count (项目个数) is not money: nothing to compute from the money columns',
      format: 'markdown',
      code: '| 单位 | 计划项目数 | 完成项目数 | 完成率 |\n|---|---|---|---|\n| 城管局 | 12 | 11 | 91.7% |\n',
    },
  ],
  invalid: [
    {
      why: '完成率: 1,318.40 / 1,240.00 = 106.32%, the cell says 108.3%',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 年初预算数 | 决算数 | 完成率 |\n|---|---|---|---|\n| 城乡社区 | 1,240.00 | 1,318.40 | 108.3% |\n| 交通运输 | 560.00 | 548.80 | 98.0% |\n',
      errors: [{ message: '城乡社区1,318.40万元为年初预算数1,240.00万元的106.32%，而非所写的108.3%', line: 5, column: 32, text: '108.3%' }],
    },
    {
      why: '预算执行率 beside 预算资金 and 实际支出, the name after a numbering cell: 2,016 / 2,240 = 90.00%, the cell says 92.0%',
      format: 'markdown',
      code: '单位：万元\n\n| 序号 | 主管部门 | 预算资金 | 实际支出 | 预算执行率 |\n|---|---|---|---|---|\n| 1 | 区水务局 | 2,240 | 2,016 | 92.0% |\n',
      errors: [{ message: '区水务局2,016万元为预算资金2,240万元的90.00%，而非所写的92.0%', line: 5, column: 30, text: '92.0%' }],
    },
  ],
});

// A change that states its amount and rate but not the level it is of, the level stated just before
// by the same name (the sentence or the paragraph before): that level is its current figure.
ruleTester(rule, {
  valid: [
    {
      why: '利息支出 8,640 with 增加640: 640 / 8,000 = 8.0%, as written',
      code: '2024年全市政府债务付息支出8,640万元，其中一般债务付息3,120万元。\n付息支出比上年增加640万元，增长8.0%。',
    },
    {
      why: 'the level before is last year’s (上年): not the figure the change is of',
      code: '上年公用经费96.40万元。公用经费比上年增加4.20万元，增长6.8%。',
    },
    {
      why: 'the level before is 本级’s, the change the whole county’s: two scopes of one name',
      code: '县本级人员经费1,286.50万元，主要用于在职人员工资。\n全县人员经费比上年增加86.20万元，增长4.1%。',
    },
    {
      why: 'two statements of the name before it with different values: which is the current is unknown',
      code: '一般公共预算基本支出2,046.30万元，其中：人员经费1,812.60万元，公用经费233.70万元。年中追加后，人员经费1,830.60万元。\n人员经费比上年增加96.40万元，增长3.2%。',
    },
    {
      why: 'a heading between: the level is another section’s',
      code: '一、基本支出\n人员经费1,812.60万元，公用经费233.70万元。\n二、项目支出\n人员经费比上年增加96.40万元，增长3.2%。',
    },
  ],
  invalid: [
    {
      why: '人员经费 stated in the 其中 list of the paragraph before: 96.40 / (1,812.60 − 96.40) = 5.62%, written 5.3%',
      code: '2025年一般公共预算基本支出2,046.30万元，其中：人员经费1,812.60万元，主要用于工资福利；公用经费233.70万元。\n人员经费比上年增加96.40万元，增长5.3%，主要是调整工资标准。',
      errors: [{ message: '人员经费1,812.60万元，按增加96.40万元计，上年为1716.20万元，增幅应为5.62%，而非所写的5.3%', line: 2, column: 20, text: '5.3%' }],
    },
    {
      why: 'a source listed without 拨款 (其中政府性基金预算…), its change said with it: 96.00 / (1,860.00 − 96.00) = 5.44%, written 4.9%',
      code: '2025年财政拨款支出预算9,620.00万元，其中一般公共预算7,760.00万元，政府性基金预算1,860.00万元。\n政府性基金预算拨款比上年增加96.00万元，增长4.9%，主要是专项债券付息增加。',
      errors: [{ message: '政府性基金预算拨款1,860.00万元，按增加96.00万元计，上年为1764.00万元，增幅应为5.44%，而非所写的4.9%', line: 2, column: 25, text: '4.9%' }],
    },
    {
      why: 'the level in the sentence before, a fall: 210 / (3,390 + 210) = 5.83%, written 6.5%',
      code: '全年政府性基金预算支出3,390万元。政府性基金预算支出比上年减少210万元，下降6.5%。',
      errors: [{ message: '政府性基金预算支出3,390万元，按减少210万元计，上年为3600万元，降幅应为5.83%，而非所写的6.5%', line: 1, column: 42, text: '6.5%' }],
    },
  ],
});

// 完成年度预算的X% whose budget is the same item's, stated a sentence or two before (the sentence between
// states no amount).
ruleTester(rule, {
  valid: [
    {
      why: '18,420 / 40,500 = 45.48%, as written',
      code: '经县人大批准，2025年全县一般公共预算收入预算为40,500万元。各征收单位加强收入征管。上半年全县一般公共预算收入完成18,420万元，完成年度预算的45.5%，同比增长2.1%。',
    },
    {
      why: 'the budget before is of 税收收入, the ratio of 一般公共预算收入: not its base',
      code: '2025年全县税收收入预算为28,600万元。各征收单位加强收入征管。上半年全县一般公共预算收入完成18,420万元，完成年度预算的52.0%。',
    },
    {
      why: '完成年初预算 while the budget before says no which: it may be the adjusted one',
      code: '2025年全县一般公共预算收入预算为40,500万元。各征收单位加强收入征管。上半年全县一般公共预算收入完成18,420万元，完成年初预算的47.0%。',
    },
  ],
  invalid: [
    {
      why: '18,420 / 40,500 = 45.48%, written 47.8%',
      code: '经县人大批准，2025年全县一般公共预算收入预算为40,500万元。各征收单位加强收入征管，强化部门协作。上半年全县一般公共预算收入完成18,420万元，完成年度预算的47.8%，同比增长2.1%。',
      errors: [{ message: '上半年全县一般公共预算收入完成18,420万元为年度预算40,500万元的45.48%，而非所写的47.8%', line: 1, column: 85, text: '47.8%' }],
    },
  ],
});

// 完成预算的X% in the text with no budget stated there, the item's outturn a row of a table with a
// completion column: the row's budget is the base.
const COMPLETION_TABLE =
  '单位：万元\n\n| 主管部门 | 项目数 | 预算资金 | 实际支出 | 执行率 |\n|---|---:|---:|---:|---:|\n| 区水务局 | 6 | 8,400 | 7,980 | 95.0% |\n| 区交通委 | 4 | 5,200 | 4,368 | 84.0% |\n\n';
ruleTester(rule, {
  valid: [
    { why: '4,368 / 5,200 = 84.0%, as written', format: 'markdown', code: `${COMPLETION_TABLE}区交通委重点项目实际支出4,368万元，完成预算的84.0%，主要是部分工程结算延后。\n` },
    {
      why: 'the outturn in the text is not the row’s (4,386 against 4,368): another figure, no base',
      format: 'markdown',
      code: `${COMPLETION_TABLE}区交通委重点项目实际支出4,386万元，完成预算的48.0%。\n`,
    },
    {
      why: 'another department’s name: the row says nothing of it',
      format: 'markdown',
      code: `${COMPLETION_TABLE}区城管委重点项目实际支出4,368万元，完成预算的48.0%。\n`,
    },
  ],
  invalid: [
    {
      why: '7,980 / 8,400 = 95.0%, the text says 59.0%',
      format: 'markdown',
      code: `${COMPLETION_TABLE}区水务局重点项目实际支出7,980万元，完成预算的59.0%，结余资金已收回统筹。\n`,
      errors: [{ message: '区水务局重点项目实际支出7,980万元为预算资金8,400万元的95.00%，而非所写的59.0%', line: 8, column: 26, text: '59.0%' }],
    },
  ],
});

// 增减额 | 增减（%）: the column with （%） is the rate, not a second amount change.
ruleTester(rule, {
  valid: [
    {
      why: '860.20 / 35,960.40 = 2.39%; 45.40 / 2,140.80 = 2.12%; 32.00 / 1,334.00 = 2.40%',
      format: 'markdown',
      code: '单位：万元\n\n| 功能分类科目 | 2025年预算数 | 2024年预算数 | 增减额 | 增减（%） |\n|---|---:|---:|---:|---:|\n| 合计 | 36,820.60 | 35,960.40 | 860.20 | 2.4 |\n| 社会保障和就业支出 | 2,186.20 | 2,140.80 | 45.40 | 2.1 |\n| 住房保障支出 | 1,366.00 | 1,334.00 | 32.00 | 2.4 |\n',
    },
    {
      why: 'a unit in brackets keeps 增减 an amount: 2,186.20 − 2,140.80 = 45.40',
      format: 'markdown',
      code: '| 项目 | 2025年预算数 | 2024年预算数 | 增减（万元） |\n|---|---:|---:|---:|\n| 社会保障和就业支出 | 2,186.20 | 2,140.80 | 45.40 |\n',
    },
  ],
  invalid: [
    {
      why: '45.40 / 2,140.80 = 2.12%, the rate column says 3.1',
      format: 'markdown',
      code: '单位：万元\n\n| 功能分类科目 | 2025年预算数 | 2024年预算数 | 增减额 | 增减（%） |\n|---|---:|---:|---:|---:|\n| 社会保障和就业支出 | 2,186.20 | 2,140.80 | 45.40 | 3.1 |\n',
      errors: [{ message: '社会保障和就业支出2,186.20万元，按增加45.40万元计，2024年预算数为2,140.80万元，增幅应为2.12%，而非所写的3.1%', line: 5, column: 45 }],
    },
  ],
});

// Rate columns headed with ASCII brackets or a 增减变动 head: 增减率(%) | 增幅(%) | 增减变动（%）.
ruleTester(rule, {
  valid: [
    {
      why: '45.40 / 2,140.80 = 2.12%; 31.80 / 1,334.40 = 2.38%',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 2025年预算数 | 2024年预算数 | 增减额 | 增减率(%) |\n|---|---:|---:|---:|---:|\n| 基本支出 | 2,186.20 | 2,140.80 | 45.40 | 2.1 |\n| 项目支出 | 1,366.20 | 1,334.40 | 31.80 | 2.4 |\n',
    },
  ],
  invalid: [
    {
      why: '增幅(%) says 3.1 where 45.40 / 2,140.80 = 2.12%',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 2025年预算数 | 2024年预算数 | 增减额 | 增幅(%) |\n|---|---:|---:|---:|---:|\n| 基本支出 | 2,186.20 | 2,140.80 | 45.40 | 3.1 |\n',
      errors: [{ message: '基本支出2,186.20万元，按增加45.40万元计，2024年预算数为2,140.80万元，增幅应为2.12%，而非所写的3.1%', line: 5, column: 40 }],
    },
    {
      why: '增减变动（%） says 3.1 where 45.40 / 2,140.80 = 2.12%',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 2025年预算数 | 2024年预算数 | 增减额 | 增减变动（%） |\n|---|---:|---:|---:|---:|\n| 基本支出 | 2,186.20 | 2,140.80 | 45.40 | 3.1 |\n',
      errors: [{ message: '基本支出2,186.20万元，按增加45.40万元计，2024年预算数为2,140.80万元，增幅应为2.12%，而非所写的3.1%', line: 5, column: 40 }],
    },
  ],
});

// Units in the period heads, none in the 增减额 head: the change cell is left out, the rate still holds.
ruleTester(rule, {
  valid: [
    {
      why: '45.40 / 2,140.80 = 2.12%',
      format: 'markdown',
      code: '| 项目 | 2025年预算（万元） | 2024年预算（万元） | 增减额 | 增减率（%） |\n|---|---:|---:|---:|---:|\n| 基本支出 | 2,186.20 | 2,140.80 | 45.40 | 2.1 |\n',
    },
  ],
  invalid: [
    {
      why: '45.40 / 2,140.80 = 2.12%, not 3.1%; the period is named without its unit',
      format: 'markdown',
      code: '| 项目 | 2025年预算（万元） | 2024年预算（万元） | 增减额 | 增减率（%） |\n|---|---:|---:|---:|---:|\n| 基本支出 | 2,186.20 | 2,140.80 | 45.40 | 3.1 |\n',
      errors: [{ message: '基本支出2,186.20万元，按增加计，2024年预算为2,140.80万元，增幅应为2.12%，而非所写的3.1%', line: 3, column: 40 }],
    },
  ],
});

// A level stated as where a change arrives from and to (由上年的X增加到Y, 从X增至Y), then its rate.
ruleTester(rule, {
  valid: [
    {
      why: '(2,186.20 − 2,140.80) / 2,140.80 = 2.12%',
      code: '2025年基本支出由上年的2,140.80万元增加到2,186.20万元，增长2.1%，主要是人员经费调标。',
    },
    {
      why: '从…降至…: (1,286.40 − 1,318.50) / 1,318.50 = −2.43%',
      code: '“三公”经费从1,318.50万元降至1,286.40万元，下降2.4%。',
    },
  ],
  invalid: [
    {
      why: '2.12%, not 3.1%',
      code: '2025年基本支出由上年的2,140.80万元增加到2,186.20万元，增长3.1%，主要是人员经费调标。',
      errors: [{ message: '基本支出2,186.20万元，按增加计，上年为2,140.80万元，增幅应为2.12%，而非所写的3.1%', line: 1, column: 40 }],
    },
    {
      why: '从…增至…, 增幅为: 2.12%, not 3.1%',
      code: '基本支出从2,140.80万元增至2,186.20万元，增幅为3.1%。',
      errors: [{ message: '基本支出2,186.20万元，按增加计，上年为2,140.80万元，增幅应为2.12%，而非所写的3.1%', line: 1, column: 32 }],
    },
  ],
});

// A move 由X增加到Y with the change of another subject right after it: that change is not the move's.
ruleTester(rule, {
  valid: [
    {
      why: '1.26 is 公务接待费’s decrease, not 因公出国（境）费’s move from 0 to 8.38',
      code: '与2023年度相比，因公出国（境）费由0万元增加到8.38万元，公务接待费减少1.26万元。',
    },
  ],
  invalid: [
    {
      why: 'the move’s own amount right after it: 11 − 9 = 2, not 3',
      code: '2024年末公务用车由11辆减至9辆，减少3辆，主要是车辆报废。',
      errors: [{ message: '公务用车9辆比原来的11辆减少3辆，但两者实际相差2辆', line: 1, column: 22 }],
    },
  ],
});

// heldout58: last year's rate stated in a clause of its own right after this year's (3.94%，上年为3.92%，提高…个百分点), the
// clause going on to name a target or an average rate: the points are the two rates' difference, the target no part of it.
ruleTester(rule, {
  valid: [
    {
      why: '4.18 − 4.06 = 0.12, with a 4% target named after the change',
      code: '2025年全市财政性教育经费占地区生产总值的比例为4.18%，上年为4.06%，提高0.12个百分点，连续三年保持在4%以上。',
    },
    {
      why: '上年同期是…，下降…: 96.20 − 94.70 = 1.50, the province’s 95% named after',
      code: '1-9月项目资金支出进度为94.70%，上年同期是96.20%，下降1.50个百分点，略低于全省95%的平均水平。',
    },
    {
      why: 'the 4% target is no rate of last year: the clause names no prior, nothing is claimed',
      code: '2025年全市财政性教育经费占地区生产总值的比例为3.96%，提高0.12个百分点，距4%的目标尚有差距。',
    },
  ],
  invalid: [
    {
      why: '3.96 − 3.94 = 0.02, not 0.12; the 4% target after it is not last year’s',
      code: '2025年全市财政性教育经费占地区生产总值的比例为3.96%，上年为3.94%，提高0.12个百分点，距4%的目标尚有差距。',
      errors: [{ message: '财政性教育经费占地区生产总值的比例3.96%比上年3.94%提高0.12个百分点，但两者实际相差0.02个百分点', line: 1, column: 43 }],
    },
    {
      why: '上年同期是…，下降…: 96.20 − 94.70 = 1.50, not 0.50',
      code: '1-9月项目资金支出进度为94.70%，上年同期是96.20%，下降0.50个百分点，略低于全省95%的平均水平。',
      errors: [{ message: '1-9月项目资金支出进度94.70%比上年96.20%下降0.50个百分点，但两者实际相差1.50个百分点', line: 1, column: 35 }],
    },
    {
      why: '去年为…，提高了…, with the province’s rate after: 21.40 − 20.85 = 0.55, not 0.35',
      code: '教育支出占一般公共预算支出的比重为21.40%，去年为20.85%，提高了0.35个百分点，高于全省19.60%的平均水平。',
      errors: [{ message: '教育支出占一般公共预算支出的比重21.40%比上年20.85%提高0.35个百分点，但两者实际相差0.55个百分点', line: 1, column: 38 }],
    },
  ],
});
