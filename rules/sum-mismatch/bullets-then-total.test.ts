import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A colon, then bullets of one amount each (a Markdown list, or lines pasted from one), then "以上三项合计…" in a
// paragraph of its own. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '3.05 + 1.26 + 0.74 = 5.05',
      code: '市级财政安排的就业补助资金分别为：\n\n- 职业技能培训补贴3.05亿元\n- 社会保险补贴1.26亿元\n- 公益性岗位补贴0.74亿元\n\n以上三项合计5.05亿元，均已拨付到位。\n',
    },
    {
      why: 'the count says four but three bullets stand above: not read',
      code: '市级财政安排的就业补助资金分别为：\n\n- 职业技能培训补贴3.05亿元\n- 社会保险补贴1.26亿元\n- 公益性岗位补贴0.74亿元\n\n以上四项合计5.65亿元。\n',
    },
    {
      why: 'the lines above are sentences of their own, not a list opened by a colon',
      code: '职业技能培训补贴3.05亿元。\n\n社会保险补贴1.26亿元。\n\n以上合计5.65亿元。\n',
    },
  ],
  invalid: [
    {
      why: '3.05 + 1.26 + 0.74 = 5.05, stated 5.15',
      code: '市级财政安排的就业补助资金分别为：\n\n- 职业技能培训补贴3.05亿元；\n- 社会保险补贴1.26亿元；\n- 公益性岗位补贴0.74亿元。\n\n以上三项合计5.15亿元，均已拨付到位。\n',
      errors: [{ message: '以上三项合计5.15亿元，但分项之和为5.05亿元（3.05 + 1.26 + 0.74），相差0.10亿元', line: 7, column: 7 }],
    },
  ],
});
