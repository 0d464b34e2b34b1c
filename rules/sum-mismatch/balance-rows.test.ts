import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A fund's table set out by rows (收入, 支出, 本年收支结余; the columns years or stages): in each column the year's
// balance is the income less the spending. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'both years: 52,400 − 48,300 = 4,100 and 55,100 − 51,600 = 3,500; the rate column is not read',
      code: '单位：万元\n项目                        2024年执行数    2025年预算数     增长%\n一、基金收入                      52,400          55,100       5.2\n  其中：保险费收入                30,200          31,800       5.3\n        财政补贴收入              22,200          23,300       5.0\n二、基金支出                      48,300          51,600       6.8\n三、本年收支结余                   4,100           3,500     -14.6',
    },
    {
      why: 'two income rows at the top level: which one the balance is of is not said',
      format: 'markdown',
      code: '| 项目 | 2025年预算数 |\n|---|---:|\n| 养老保险基金收入 | 52,400 |\n| 医疗保险基金收入 | 22,100 |\n| 养老保险基金支出 | 48,300 |\n| 本年收支结余 | 5,000 |',
    },
    {
      why: 'a row between the spending and the balance (上解支出) is a third term: 52,400 − 46,300 − 2,000 = 4,100',
      code: '单位：万元\n项目                        2025年预算数\n一、收入                          52,400\n二、支出                          46,300\n三、上解支出                       2,000\n四、本年收支结余                   4,100',
    },
  ],
  invalid: [
    {
      why: 'space-aligned, numbered rows with details: 55,100 − 51,600 = 3,500, stated 3,050',
      code: '单位：万元\n项目                        2024年执行数    2025年预算数\n一、基金收入                      52,400          55,100\n  其中：保险费收入                30,200          31,800\n        财政补贴收入              22,200          23,300\n二、基金支出                      48,300          51,600\n三、本年收支结余                   4,100           3,050',
      errors: [{ message: '本年收支结余行“2025年预算数”列3,050万元，但按基金收入减基金支出计算应为3500万元（55100 - 51600），相差450万元', line: 7, column: 44 }],
    },
    {
      why: 'Markdown, unnumbered, the fund named in the rows: 8,640 − 8,120 = 520, stated 560 in the 决算数 column',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 预算数 | 决算数 |\n|---|---:|---:|\n| 机关事业单位养老保险基金收入 | 8,600 | 8,640 |\n| 机关事业单位养老保险基金支出 | 8,100 | 8,120 |\n| 机关事业单位养老保险基金结余 | 500 | 560 |',
      errors: [{ message: '机关事业单位养老保险基金结余行“决算数”列560万元，但按机关事业单位养老保险基金收入减机关事业单位养老保险基金支出计算应为520万元（8640 - 8120），相差40万元', line: 7, column: 26 }],
    },
  ],
});
