import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table that plain pdftotext flattened one cell a line: 项目, a line per column head, then each row as its
// label and one number a line. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the rows add up in both columns',
      code: '一、收入决算情况\n2024年收入决算情况见下表。\n表1 收入决算表\n单位：万元\n项目\n年初预算数\n决算数\n税收收入\n86,400\n88,120\n非税收入\n21,600\n20,530\n合计\n108,000\n108,650\n二、支出决算情况\n支出情况另行说明。',
    },
    {
      why: 'a row with a cell the conversion dropped: the cells after it cannot be placed, the table is not read on',
      code: '一、收入决算情况\n2024年收入决算情况见下表。\n表1 收入决算表\n单位：万元\n项目\n年初预算数\n决算数\n税收收入\n86,400\n88,120\n非税收入\n20,530\n合计\n108,000\n109,650\n二、支出决算情况\n支出情况另行说明。',
    },
  ],
  invalid: [
    {
      why: 'the 合计 row’s 决算数 is not the sum of the rows above',
      code: '一、收入决算情况\n2024年收入决算情况见下表。\n表1 收入决算表\n单位：万元\n项目\n年初预算数\n决算数\n税收收入\n86,400\n88,120\n非税收入\n21,600\n20,530\n合计\n108,000\n108,560\n二、支出决算情况\n支出情况另行说明。',
      errors: [{ message: '表中合计行“决算数”列108,560万元，但分项之和为108650万元（88120 + 20530），相差90万元', line: 16, column: 1 }],
    },
    {
      why: 'blank lines between the cells, 合计 first, a 其中 row left out of the sum',
      code: '三、“三公”经费支出决算情况\n\n表2 “三公”经费支出决算表\n\n单位：万元\n\n项目\n\n预算数\n\n决算数\n\n合计\n\n42.00\n\n37.60\n\n公务用车购置及运行维护费\n\n30.00\n\n28.10\n\n其中：公务用车购置费\n\n10.00\n\n9.50\n\n公务接待费\n\n14.00\n\n9.50\n\n四、其他说明\n\n无。',
      errors: [{ message: '表中合计行“预算数”列42.00万元，但分项之和为44.00万元（30.00 + 14.00），相差2.00万元', line: 15, column: 1 }],
    },
    {
      why: 'columns headed with their years',
      code: '表3 “三公”经费预算表\n单位：万元\n项目\n2025年预算数\n2024年预算数\n合计\n24.60\n26.80\n因公出国（境）费\n0.00\n0.00\n公务用车购置及运行费\n16.20\n17.40\n公务接待费\n8.40\n9.70\n四、其他说明\n无。',
      errors: [{ message: '表中合计行“2024年预算数”列26.80万元，但分项之和为27.10万元（0.00 + 17.40 + 9.70），相差0.30万元', line: 8, column: 1 }],
    },
  ],
});
