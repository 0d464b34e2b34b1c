import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A department's or a sector's report may tell the year's bond flows first and then the balance they moved, from its
// opening straight to its close in one phrase (余额由年初的A增至年末的D, 余额从年初A上升到年末D). In a document that names
// refinancing nowhere, that paragraph has told every flow there was, as the opening-first roll does. Snippets written
// for these tests.
const head = '某市卫生健康委员会2025年预算执行情况报告\n\n（四）卫生健康领域专项债券使用情况\n';
ruleTester(rule, {
  valid: [
    {
      why: '18.60 + 3.20 − 0.80 = 21.00',
      code: `${head}2025年，市本级新增发行用于医院建设的专项债券3.20亿元，偿还到期本金0.80亿元，医疗卫生专项债券余额由年初的18.60亿元增加至年末的21.00亿元。\n`,
    },
    {
      why: '从年初…上升到年末…: 9,460 + 2,800 − 1,150 = 11,110',
      code: `${head}全年全区发行新增一般债券2,800万元，偿还到期一般债券本金1,150万元。一般债务余额从年初的9,460万元上升到年末的11,110万元，债务风险总体可控。\n`,
    },
    {
      why: 'the document names 再融资 elsewhere: the flows told here may not be all of them',
      code: `${head}2025年，市本级新增发行用于医院建设的专项债券3.20亿元，偿还到期本金0.80亿元，医疗卫生专项债券余额由年初的18.60亿元增加至年末的21.10亿元。\n\n到期本金由市财政安排资金和发行再融资债券偿还。\n`,
    },
    {
      why: 'a balance at the end of the year before is another statement, no opening of this roll',
      code: `${head}2025年，市本级新增发行专项债券3.20亿元，偿还到期本金0.80亿元。截至2024年末，专项债务余额18.60亿元；截至2025年末，专项债务余额21.10亿元。\n`,
    },
  ],
  invalid: [
    {
      why: '由年初的…增加至年末的…: 18.60 + 3.20 − 0.80 = 21.00 against 21.10',
      code: `${head}2025年，市本级新增发行用于医院建设的专项债券3.20亿元，偿还到期本金0.80亿元，医疗卫生专项债券余额由年初的18.60亿元增加至年末的21.10亿元。\n`,
      errors: [{ message: '2025年末市本级专项债务余额21.10亿元，但年初余额18.60亿元 + 新增债券3.20亿元 - 还本0.80亿元 = 21.00亿元，相差0.10亿元', line: 4, column: 72 }],
    },
    {
      why: '从年初…上升到年末…, the flows in a sentence of their own: 9,460 + 2,800 − 1,150 = 11,110 against 11,310',
      code: `${head}全年全区发行新增一般债券2,800万元，偿还到期一般债券本金1,150万元。一般债务余额从年初的9,460万元上升到年末的11,310万元，债务风险总体可控。\n`,
      errors: [{ message: '2025年末全区一般债务余额11,310万元，但年初余额9,460万元 + 新增债券2,800万元 - 还本1,150万元 = 11110万元，相差200万元', line: 4, column: 62 }],
    },
  ],
});
