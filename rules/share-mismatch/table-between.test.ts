import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A total named after 占 some sections back, with a table standing between: a table's rows are one stretch of
// the document, as far from the share as its title, however many rows it has. A department's disclosure states
// its totals in its first sections; 三公, 机关运行经费, 政府采购 and 政府购买服务 sections take shares of them later.
const rows = (names: string[]) => names.map((n, i) => `| ${n} | ${(100 + i * 13).toFixed(2)} |`);
const SECTIONS = ['三', '四', '五', '六', '七', '八'].flatMap((n, i) => [`${n}、第${i + 3}节`, '', `本节说明第${i + 3}项工作，无新增数据。`, '', '相关情况详见附表。', '']);
const TABLE = ['表2 基本支出决算（按经济分类）', '', '单位：万元', '', '| 项目 | 决算数 |', '| --- | --- |',
  ...rows(['工资福利支出', '基本工资', '津贴补贴', '奖金', '绩效工资', '社会保障缴费', '住房公积金', '商品和服务支出', '办公费', '印刷费', '水电费', '差旅费', '维修（护）费', '资本性支出']),
  '| 合计 | 1,000.00 |', ''];

ruleTester(rule, {
  valid: [
    {
      why: '1,286.40 / 8,657.30 = 14.9%, a long table between',
      format: 'markdown',
      code: ['2024年度一般公共预算财政拨款支出决算8,657.30万元。', '', ...TABLE, '2024年度政府购买服务支出1,286.40万元，占一般公共预算财政拨款支出的14.9%。'].join('\n'),
    },
  ],
  invalid: [
    {
      why: '政府购买服务 1,286.40 / 8,657.30 = 14.9%, stated 15.9%',
      format: 'markdown',
      code: ['2024年度一般公共预算财政拨款支出决算8,657.30万元。', '', ...TABLE, '2024年度政府购买服务支出1,286.40万元，占一般公共预算财政拨款支出的15.9%。'].join('\n'),
      errors: [{ message: '2024年度政府购买服务支出1,286.40万元占一般公共预算财政拨款支出8,657.30万元的14.9%，而非所写的15.9%', line: 25, column: 40 }],
    },
    {
      why: '机关运行经费 376.68 / 2,781.70 = 13.5%, stated 15.3%',
      format: 'markdown',
      code: ['本年基本支出2,781.70万元，其中人员经费2,405.02万元，公用经费376.68万元。', '', ...TABLE, '机关运行经费支出376.68万元，占基本支出的15.3%。'].join('\n'),
      errors: [{ message: '机关运行经费支出376.68万元占基本支出2,781.70万元的13.5%，而非所写的15.3%', line: 25, column: 24 }],
    },
    {
      why: '政府采购 1,642.80 / 9,214.62 = 17.8%, stated 18.7%',
      format: 'markdown',
      code: ['本年支出合计9,214.62万元。', '', ...TABLE, '政府采购支出总额1,642.80万元，占本年支出合计的18.7%。'].join('\n'),
      errors: [{ message: '政府采购支出1,642.80万元占本年支出合计9,214.62万元的17.8%，而非所写的18.7%', line: 25, column: 28 }],
    },
    {
      why: 'six short sections of two paragraphs each between, then 1,286.40 / 8,657.30 = 14.9%, stated 15.9%',
      format: 'markdown',
      code: ['二、支出决算情况', '', '2024年度一般公共预算财政拨款支出决算8,657.30万元。', '', ...SECTIONS, '九、政府购买服务', '', '2024年度政府购买服务支出1,286.40万元，占一般公共预算财政拨款支出的15.9%。'].join('\n'),
      errors: [{ message: '2024年度政府购买服务支出1,286.40万元占一般公共预算财政拨款支出8,657.30万元的14.9%，而非所写的15.9%', line: 43, column: 40 }],
    },
  ],
});
