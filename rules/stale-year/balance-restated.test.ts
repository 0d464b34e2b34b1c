import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A debt statement gives its balance at its own year's close (截至2025年12月31日，全县政府债务余额…); the same amount given again
// at an earlier close (截至2024年末，全县政府债务余额…) was kept from last year's text, the year before's own balance being
// another amount. The year before's own balance, a roll forward from one close to the next, a balance compared, or an amount
// the text dates at no other close says nothing of it. Snippets written for these tests; none is copied from a real
// disclosure.
const DEBT = (restated: string) =>
  `桐溪县2025年政府债务情况说明\n\n一、债务余额\n\n截至2025年12月31日，全县地方政府债务余额642,380万元，其中一般债务余额241,060万元，专项债务余额401,320万元。\n\n二、债务风险\n\n${restated}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the year before’s own balance', code: DEBT('截至2024年末，全县政府债务余额598,140万元，风险等级保持绿色。') },
    { why: 'a roll forward', code: DEBT('全县政府债务余额由2024年末的598,140万元增加到2025年末的642,380万元，风险等级保持绿色。') },
    { why: 'compared', code: DEBT('截至2024年末，全县政府债务余额642,380万元，比上年末增加44,240万元。') },
    { why: 'an amount dated at no other close', code: DEBT('截至2024年末，全县政府债务余额598,140万元。') },
    {
      why: 'the amount dated at both closes',
      code: '桐溪县2025年政府债务情况说明\n\n2024年末，全县政府债务余额12,600万元。\n\n截至2025年12月31日，全县政府债务余额12,600万元，年内未举借新债。\n\n截至2024年末，全县政府债务余额12,600万元。\n',
    },
  ],
  invalid: [
    {
      why: '截至…年末, the balance of the title year’s close',
      code: DEBT('截至2024年末，全县政府债务余额642,380万元，风险等级保持绿色。'),
      errors: [{ message: '标题为2025年债务，正文他处所列余额642,380万元的年末应为2025年，此处却写作2024年', line: 9, column: 3 }],
    },
    {
      why: 'a statement opening on the close, 余额为',
      code: DEBT('加强风险防控。2024年12月末，全县地方政府债务余额为642,380万元，仍处于绿色等级。'),
      errors: [{ message: '标题为2025年债务，正文他处所列余额642,380万元的年末应为2025年，此处却写作2024年', line: 9, column: 8 }],
    },
    {
      why: 'a repost in traditional units',
      code: '嶺南市2025年政府債務情況說明\n\n截至2025年末，全市政府債務餘額為386.20億元。\n\n截止2024年底，全市政府債務餘額386.20億元。\n',
      errors: [{ message: '标题为2025年债务，正文他处所列余额386.20億元的年末应为2025年，此处却写作2024年', line: 5, column: 3 }],
    },
  ],
});
