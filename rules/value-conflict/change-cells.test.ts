import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 债务转贷收入调增8,400万元；调入资金调增1,800万元 beside a table whose 调整数 column reads 8,400 and 1,600: changes named by
// their items' rows restate those rows' change cells, as levels restate level cells; the odd one out is stated wrongly.
const adjust =
  '\n\n表1 2025年一般公共预算收支调整表（单位：万元）\n\n| 项目 | 年初预算 | 调整数 | 调整后预算 |\n| --- | --- | --- | --- |\n| 上级补助收入 | 186,500 | 18,360 | 204,860 |\n| 债务转贷收入 | 12,600 | 8,400 | 21,000 |\n| 调入资金 | 8,200 | 1,600 | 9,800 |\n';
const yearOnYear =
  '\n\n表2 部门支出变动表（单位：万元）\n\n| 项目 | 上年决算 | 本年决算 | 增减额 |\n| --- | --- | --- | --- |\n| 基本支出 | 2,864.20 | 2,912.60 | 48.40 |\n| 项目支出 | 1,426.80 | 1,318.50 | -108.30 |\n| 事业单位经营支出 | 86.40 | 92.10 | 5.70 |\n';
const fund =
  '\n\n表3 政府性基金预算调整表（单位：万元）\n\n| 项目 | 调整前 | 调整数 | 调整后 |\n| --- | --- | --- | --- |\n| 国有土地使用权出让收入 | 38,400 | -6,200 | 32,200 |\n| 城市基础设施配套费收入 | 2,600 | 400 | 3,000 |\n| 污水处理费收入 | 1,200 | 150 | 1,350 |\n';

ruleTester(rule, {
  valid: [
    {
      why: 'every change as its row has it, the fall written without its sign',
      code: `国有土地使用权出让收入调减6,200万元，城市基础设施配套费收入调增400万元，污水处理费收入调增150万元。${fund}`,
      format: 'markdown',
    },
    {
      why: 'the table’s change cell is the slip (38.60 → 42.15 is 3.55): the text agrees with the row’s own levels',
      code: `因公出国（境）费比上年增加3.55万元，公务接待费比上年减少25.35万元。\n\n| 项目 | 上年决算 | 本年决算 | 增减 |\n| --- | --- | --- | --- |\n| 因公出国（境）费 | 38.60 | 42.15 | 4.55 |\n| 公务接待费 | 432.75 | 407.40 | -25.35 |\n`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '调入资金 调增1,800 against the 调整数 1,600',
      code: `债务转贷收入调增8,400万元，为新增一般债券转贷；调入资金调增1,800万元，为从预算稳定调节基金调入。${adjust}`,
      format: 'markdown',
      errors: [{ message: '调入资金在表中为1,600万元，此处却为1,800万元', line: 1, column: 33 }],
    },
    {
      why: '项目支出 减少180.30 against the 增减额 −108.30',
      code: `基本支出增加48.40万元，项目支出减少180.30万元，事业单位经营支出增加5.70万元。${yearOnYear}`,
      format: 'markdown',
      errors: [{ message: '项目支出在表中为-108.30万元，此处却为180.30万元', line: 1, column: 21 }],
    },
    {
      why: '污水处理费收入 调增160 against 150',
      code: `城市基础设施配套费收入调增400万元，污水处理费收入调增160万元。${fund}`,
      format: 'markdown',
      errors: [{ message: '污水处理费收入在表中为150万元，此处却为160万元', line: 1, column: 29 }],
    },
  ],
});
