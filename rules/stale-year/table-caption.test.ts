import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's caption over its rows names the document whose table it is (…2024年单位预算收支总表 in a 2025 单位预算),
// also when the caption stands with a pasted table's lines. Snippets written for these tests; none is copied from a
// real disclosure.
const rows = '单位：万元\n收入\t预算数\t支出\t预算数\n一、财政拨款收入\t1,486.20\t一、卫生健康支出\t1,603.20\n二、事业收入\t117.00\t\t\n本年收入合计\t1,603.20\t本年支出合计\t1,603.20';
ruleTester(rule, {
  valid: [
    {
      why: 'the caption names the title\'s year',
      code: `柘溪县妇幼保健院2025年单位预算\n一、单位基本情况\n本单位为公益一类事业单位。\n柘溪县妇幼保健院2025年单位预算收支总表\n${rows}`,
    },
    {
      why: 'last year\'s 决算 table in a budget: another document',
      code: `梅岭县水利局2025年部门预算\n一、部门基本情况\n本部门内设机构5个。\n梅岭县水利局2024年部门决算收支总表\n${rows}`,
    },
  ],
  invalid: [
    {
      why: 'tab-separated rows under a caption with the year before',
      code: `柘溪县妇幼保健院2025年单位预算\n一、单位基本情况\n本单位为公益一类事业单位。\n柘溪县妇幼保健院2024年单位预算收支总表\n${rows}`,
      errors: [{ message: '标题为2025年单位预算，正文此处却写作2024年单位预算', line: 4, column: 9 }],
    },
    {
      why: 'a caption of a 财政拨款收支总表 in a 部门决算, as a line of its own before prose',
      code: '梅岭县水利局2024年度部门决算\n一、部门基本情况\n本部门内设机构5个。\n梅岭县水利局2023年度部门决算财政拨款收支总表\n本表反映部门本年度财政拨款收支情况。',
      errors: [{ message: '标题为2024年部门决算，正文此处却写作2023年部门决算', line: 4, column: 7 }],
    },
  ],
});
