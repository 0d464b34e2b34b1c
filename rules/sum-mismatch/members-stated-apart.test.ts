import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A total stated at its measures (预算, 决算) and then each member of a split the domain knows (三公经费) in a statement
// of its own, at the same measures: run on after 其中, or one to a paragraph with no 其中 at all, the way 部门决算 set out
// their 三公 section. One sum for each measure; a member's own 其中 (购置费, 运行费) and what it was spent on are passed
// over. Snippets written for these tests; none is copied from a real disclosure.

const apart = (budget: string, outturn: string, car: string, hosting: string) =>
  [
    '六、“三公”经费财政拨款支出决算情况说明',
    '',
    `2025年度“三公”经费财政拨款支出预算为${budget}万元，支出决算为${outturn}万元，完成预算的89.1%。`,
    '',
    '因公出国（境）费支出预算为0万元，支出决算为0万元，与预算持平。',
    '',
    `公务用车购置及运行费支出预算为26.80万元，支出决算为${car}万元。其中：公务用车购置费0万元；公务用车运行费${car}万元，主要用于执法用车的燃料、维修、保险等支出。`,
    '',
    `公务接待费支出预算为13.20万元，支出决算为${hosting}万元，全年国内公务接待42批次，312人次。`,
    '',
    '七、其他重要事项的情况说明',
  ].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'one paragraph each: 0 + 26.80 + 13.20 = 40.00 and 0 + 25.16 + 10.46 = 35.62',
      code: apart('40.00', '35.62', '25.16', '10.46'),
    },
    {
      why: 'run on after 其中 at two measures: 0 + 28.00 + 14.00 = 42.00 and 0 + 25.43 + 11.72 = 37.15',
      code: '2025年度“三公”经费财政拨款年初预算42.00万元，决算37.15万元，完成预算的88.5%。\n\n其中：因公出国（境）费年初预算0万元，决算0万元。公务用车购置及运行维护费预算28.00万元，决算25.43万元，为预算的90.8%；公务接待费预算14.00万元，决算11.72万元，为预算的83.7%。',
    },
    {
      why: 'the statements name only two of the three members: no split is proven, whatever they add to',
      code: '2025年度“三公”经费支出预算为40.00万元，支出决算为35.62万元。\n\n公务用车购置及运行费支出预算为26.80万元，支出决算为25.16万元。\n\n公务接待费支出预算为13.20万元，支出决算为9.46万元。',
    },
    {
      why: 'a heading between the total and the members: what follows it is another section',
      code: '2025年度“三公”经费支出预算为40.00万元，支出决算为35.62万元。\n\n七、其他重要事项的情况说明\n\n因公出国（境）费支出预算为0万元，支出决算为0万元。\n\n公务用车购置及运行费支出预算为26.80万元，支出决算为25.16万元。\n\n公务接待费支出预算为13.20万元，支出决算为11.46万元。',
    },
    {
      why: 'the county’s total, then the department’s own members: another body’s money, no parts of it',
      code: '全区“三公”经费财政拨款支出决算为838.64万元，预算为900.00万元。\n\n本部门因公出国（境）费决算为0万元，预算为0万元。本部门公务用车购置及运行维护费决算为29.46万元，预算为32.00万元。本部门公务接待费决算为9.18万元，预算为10.00万元。',
    },
    {
      why: 'a total that is no known split (机关运行经费) with statements of other things after it',
      code: '2025年度机关运行经费预算为140.00万元，决算为128.40万元。\n\n办公费预算为40.00万元，决算为36.20万元。\n\n差旅费预算为30.00万元，决算为31.60万元。',
    },
  ],
  invalid: [
    {
      why: 'one paragraph each, the 决算 side: 0 + 25.16 + 11.46 = 36.62, not 35.62 (预算 0 + 26.80 + 13.20 = 40.00 adds)',
      code: apart('40.00', '35.62', '25.16', '11.46'),
      errors: [{ message: '“三公”经费决算合计35.62万元，但分项之和为36.62万元（0 + 25.16 + 11.46），相差1.00万元', line: 3, column: 35 }],
    },
    {
      why: 'one paragraph each, the 预算 side: 0 + 26.80 + 13.20 = 40.00, not 41.00',
      code: apart('41.00', '35.62', '25.16', '10.46'),
      errors: [{ message: '“三公”经费预算合计41.00万元，但分项之和为40.00万元（0 + 26.80 + 13.20），相差1.00万元', line: 3, column: 22 }],
    },
    {
      why: 'run on after 其中 in the next paragraph, 年初预算 and 决算: 0 + 25.43 + 10.72 = 36.15, not 37.15',
      code: '2025年度“三公”经费财政拨款年初预算42.00万元，决算37.15万元，完成预算的88.5%。\n\n其中：因公出国（境）费年初预算0万元，决算0万元。公务用车购置及运行维护费预算28.00万元，决算25.43万元，为预算的90.8%；公务接待费预算14.00万元，决算10.72万元，为预算的76.6%。',
      errors: [{ message: '“三公”经费决算合计37.15万元，但分项之和为36.15万元（0 + 25.43 + 10.72），相差1.00万元', line: 1, column: 31 }],
    },
    {
      why: 'a budget alone, 其中 ending the paragraph and the members each in a paragraph after it with their changes: 0 + 24.30 + 7.20 = 31.50, not 32.50',
      code: '2026年“三公”经费预算数为32.50万元，比2025年预算减少2.10万元，下降6.1%。其中：\n\n因公出国（境）费预算0.00万元，与上年持平。\n\n公务用车购置及运行费预算24.30万元，比2025年预算减少1.50万元，下降5.8%。\n\n公务接待费预算7.20万元，比2025年预算减少0.60万元，下降7.7%。',
      errors: [{ message: '“三公”经费预算合计32.50万元，但分项之和为31.50万元（0.00 + 24.30 + 7.20），相差1.00万元', line: 1, column: 16 }],
    },
  ],
});
