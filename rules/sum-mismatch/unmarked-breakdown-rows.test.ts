import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 上级补助收入 and, right under it, 返还性收入 / 一般性转移支付收入 / 专项转移支付收入 with their indent lost (a PDF's text, a
// paste): rows right after a row that add up to it exactly are its breakdown, not more members of the 总计. Read so only
// when the rows as they stand do not make the total; exact printed sums are no chance.
const balance = (total: string, special: string) =>
  '单位：万元\n\n| 收入 | 执行数 | 支出 | 执行数 |\n| --- | --- | --- | --- |\n' +
  '| 一般公共预算收入 | 151,932 | 一般公共预算支出 | 380,248 |\n| 上级补助收入 | 238,472 | 上解支出 | 8,460 |\n' +
  `| 返还性收入 | 9,642 | 债务还本支出 | 31,200 |\n| 一般性转移支付收入 | 186,450 |  |  |\n| 专项转移支付收入 | ${special} |  |  |\n` +
  `| 债务转贷收入 | 48,600 |  |  |\n| 调入资金 | 26,800 |  |  |\n| 上年结余 | 14,260 | 结转下年 | 60,156 |\n| 收入总计 | ${total} | 支出总计 | 480,064 |\n`;
const list = (total: string) =>
  '单位：万元\n\n| 项目 | 决算数 |\n| --- | --- |\n| 税收收入 | 8,620 |\n| 非税收入 | 2,340 |\n| 转移性收入 | 5,400 |\n| 一般性转移支付 | 3,100 |\n| 专项转移支付 | 2,300 |\n' +
  `| 上年结转 | 640 |\n| 收入合计 | ${total} |\n`;
ruleTester(rule, {
  valid: [
    {
      why: '151,932 + 238,472 + 48,600 + 26,800 + 14,260 = 480,064: the three rows under 上级补助收入 make it (9,642 + 186,450 + 42,380)',
      format: 'markdown',
      code: balance('480,064', '42,380'),
    },
    {
      why: 'one list: 8,620 + 2,340 + 5,400 + 640 = 17,000, 转移性收入 = 3,100 + 2,300',
      format: 'markdown',
      code: list('17,000'),
    },
  ],
  invalid: [
    {
      why: 'the 总计 is missed by both readings (481,064): reported with the rows as they stand, the breakdown being unproven',
      format: 'markdown',
      code: balance('481,064', '42,380'),
      errors: [{ message: '表中收入总计行“执行数”列481,064万元，但分项之和为718536万元（151932 + 238472 + 9642 + 186450 + 42380 + 48600 + 26800 + 14260），相差237472万元', line: 13, column: 10 }],
    },
    {
      why: 'rows that do not make the row above are members after all: 8,620 + 2,340 + 5,400 + 3,100 + 2,200 + 640 = 22,300',
      format: 'markdown',
      code: list('17,000').replace('| 专项转移支付 | 2,300 |', '| 专项转移支付 | 2,200 |'),
      errors: [{ message: '表中收入合计行“决算数”列17,000万元，但分项之和为22300万元（8620 + 2340 + 5400 + 3100 + 2200 + 640），相差5300万元', line: 11, column: 10 }],
    },
  ],
});
