import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of debt by region whose 余额合计 (限额合计) column is the two kinds together: a sentence naming a region's 政府债务余额
// (债务限额) restates that cell. Silent for a kind's own figure, another year, an approximate figure, a figure another cell
// of the row holds. Snippets written for these tests; none is copied from a real disclosure.
const TABLE = (year = '2025') =>
  `表2  宁川市${year}年分地区政府债务限额和余额情况表（单位：亿元）\n地区\t限额合计\t一般债务限额\t专项债务限额\t余额合计\t一般债务余额\t专项债务余额\n市本级\t286.40\t96.20\t190.20\t279.58\t93.46\t186.12\n东湖区\t64.80\t22.40\t42.40\t63.27\t21.85\t41.42\n西岭县\t48.60\t18.30\t30.30\t47.15\t17.92\t29.23\n合计\t399.80\t136.90\t262.90\t390.00\t133.23\t256.77\n`;
const DOC = (text: string, year = '2025') => `宁川市${year}年政府债务限额和余额情况\n\n${text}\n\n${TABLE(year)}`;

ruleTester(rule, {
  valid: [
    { why: 'the same balance', code: DOC('东湖区政府债务余额63.27亿元，其中专项债务41.42亿元。') },
    { why: 'a kind’s own balance', code: DOC('东湖区政府债务余额中，一般债务21.85亿元。') },
    { why: 'last year’s balance', code: DOC('东湖区上年末政府债务余额61.20亿元。') },
    { why: 'another year named', code: DOC('2024年末东湖区政府债务余额61.20亿元。') },
    { why: 'an approximate figure', code: DOC('东湖区政府债务余额约63亿元。') },
    { why: 'a table of another year than the document’s', code: `宁川市2026年政府债务限额和余额情况\n\n东湖区政府债务余额66.80亿元，比上年末增加3.53亿元。\n\n${TABLE('2025')}` },
  ],
  invalid: [
    {
      why: 'a region’s 政府债务余额 with two digits swapped',
      code: DOC('东湖区政府债务余额63.72亿元，其中专项债务41.42亿元，主要为棚户区改造项目债务。'),
      errors: [{ message: '东湖区政府债务余额在表中为63.27亿元，此处却为63.72亿元', line: 3, column: 10 }],
    },
    {
      why: '债务限额 after the region, the table first',
      code: `宁川市2025年政府债务限额和余额情况\n\n${TABLE()}\n西岭县债务限额46.80亿元，债务余额47.15亿元，均在限额以内。\n`,
      errors: [{ message: '西岭县债务限额在表中为48.60亿元，此处却为46.80亿元', line: 10, column: 8 }],
    },
    {
      why: 'after a comma, the year in the sentence’s frame',
      code: DOC('截至年末，西岭县政府债务余额41.75亿元，控制在限额以内。'),
      errors: [{ message: '西岭县政府债务余额在表中为47.15亿元，此处却为41.75亿元', line: 3, column: 15 }],
    },
  ],
});
