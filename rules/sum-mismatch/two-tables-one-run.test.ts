import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two tables pasted as space-aligned text one after the other, only a numbered heading and a unit line between them:
// the second is read as a table of its own (its 合计 row checked), also when two of its heads stand one space apart
// over rows with one cell more (本年结余 年末结余). Snippets written for these tests; none is copied from a real disclosure.
const first = [
  '单位：万元',
  '项目                        2024年执行数    2025年预算数',
  '一、基金收入                      52,400          55,100',
  '二、基金支出                      48,300          51,600',
  '三、本年收支结余                   4,100           3,500',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the second table adds up: 18,200 + 22,900 + 14,000 = 55,100',
      code: `${first}\n二、分险种情况\n单位：万元\n险种                    收入        支出\n养老保险              18,200      17,100\n医疗保险              22,900      21,300\n工伤保险              14,000      13,200\n合计                  55,100      51,600`,
    },
    {
      why: 'a year and its word one space apart (2025 年预算) stay one head: no column is made of them',
      code: `${first}\n（二）分项目情况\n单位：万元\n项目              2025 年预算      增减\n甲项目                6,200          300\n乙项目                4,800          -100\n合计                 11,000          200`,
    },
  ],
  invalid: [
    {
      why: 'the second table: 18,200 + 22,900 + 14,000 = 55,100, stated 55,400',
      code: `${first}\n二、分险种情况\n单位：万元\n险种                    收入        支出\n养老保险              18,200      17,100\n医疗保险              22,900      21,300\n工伤保险              14,000      13,200\n合计                  55,400      51,600`,
      errors: [{ message: '表中合计行“收入”列55,400万元，但分项之和为55100万元（18200 + 22900 + 14000），相差300万元', line: 12, column: 21 }],
    },
    {
      why: 'heads one space apart: 年末结余 9,300 + 6,400 = 15,700, stated 16,700',
      code: `${first}\n三 分险种结余\n单位：万元\n险种               本年结余 年末结余\n养老保险              1,200      9,300\n医疗保险              2,300      6,400\n合计                  3,500     16,700`,
      errors: [{ message: '表中合计行“年末结余”列16,700万元，但分项之和为15700万元（9300 + 6400），相差1000万元', line: 11, column: 31 }],
    },
    {
      why: 'a first table with a tab-less title over it, a second after a（二）heading: 支出 4,600 + 3,100 = 7,700, stated 7,600',
      code: `表1 收支情况\n${first}\n（二）分地区情况\n单位：万元\n地区                 收入         支出\n东片                 5,200        4,600\n西片                 3,300        3,100\n合计                 8,500        7,600`,
      errors: [{ message: '表中合计行“支出”列7,600万元，但分项之和为7700万元（4600 + 3100），相差100万元', line: 12, column: 33 }],
    },
  ],
});
