import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An item numbered 1. / （2） / 3、 in a budget report's list states its amount as a sentence of its own does: the
// number is no digit of the clause. Compared with the table that follows it (or comes before). Snippets written for
// these tests; none is copied from a real disclosure.
const TABLE = '表2 某镇2025年一般公共预算支出预算表\n\n单位：万元\n\n| 项目 | 2024年预算数 | 2025年预算数 | 比上年增减 金额 | % |\n| --- | --- | --- | --- | --- |\n| 一般公共服务支出 | 2,846 | 2,918 | 72 | 2.5 |\n| 社会保障和就业支出 | 2,264 | 2,386 | 122 | 5.4 |\n| 卫生健康支出 | 486 | 512 | 26 | 5.3 |\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the numbered items agree with the table’s 2025 column',
      code: `# 某镇2025年预算报告\n\n1.一般公共服务支出2,918万元，主要用于机关运转；\n\n2.社会保障和就业支出2,386万元，比上年预算增加122万元，主要用于养老保险补助；\n\n${TABLE}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '2.社会保障和就业支出2,368 in the list, 2,386 in the table’s 2025 column',
      code: `# 某镇2025年预算报告\n\n1.一般公共服务支出2,918万元，主要用于机关运转；\n\n2.社会保障和就业支出2,368万元，比上年预算增加104万元，主要用于养老保险补助；\n\n${TABLE}`,
      format: 'markdown',
      errors: [{ message: '2025年社会保障和就业支出预算在表中为2,386万元，此处却为2,368万元', line: 5, column: 12 }],
    },
    {
      why: 'numbered （二） with the table before it: 512 in the table, 521 in the text',
      code: `# 某镇2025年预算报告\n\n${TABLE}\n（二）卫生健康支出521万元，主要用于基本公共卫生服务。`,
      format: 'markdown',
      errors: [{ message: '2025年卫生健康支出预算在表中为512万元，此处却为521万元', line: 13, column: 10 }],
    },
  ],
});
