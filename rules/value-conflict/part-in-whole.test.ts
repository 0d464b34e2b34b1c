import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A part named in its whole with 中的 (上级补助收入中的一般性转移支付) restates the part the whole's list gave (上级补助收入
// …，包括…一般性转移支付收入…): a part of an income is an income, so 收入 said again after its name is no part of it. Only
// the parts of the same whole are compared; a clause that adds to a balance (加上上级补助收入…) states no level. Snippets
// written for these tests; none is copied from a real disclosure.
const TOWN = (said: string) =>
  `青石县柳溪镇2026年镇级预算公开说明\n\n一、收入预算情况\n\n2026年全镇一般公共预算收入预算1,420.00万元。上级补助收入4,126.40万元，包括返还性收入96.40万元、一般性转移支付收入3,184.20万元、专项转移支付收入845.80万元。\n\n二、支出预算情况\n\n${said}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the part as the list gave it', code: TOWN('上级补助收入中的一般性转移支付3,184.20万元主要用于保障村级组织运转。') },
    { why: 'a part of another whole', code: TOWN('上级补助收入以外的本级收入中的一般性转移支付3,148.20万元主要用于保障村级组织运转。') },
    {
      why: 'two sums stepping to a total, each adding another figure',
      code: '青石县2024年预算执行情况的报告\n\n全县一般公共预算收入98.64亿元，加上上级补助收入52.00亿元、上年结转12.36亿元，收入总计163.00亿元。\n\n政府性基金预算收入36.20亿元。加上上级补助收入6.42亿元，收入总计42.62亿元。\n',
    },
  ],
  invalid: [
    {
      why: 'a transfer named in its whole, two digits swapped against the whole’s list',
      code: TOWN('上级补助收入中的一般性转移支付3,148.20万元主要用于保障村级组织运转。'),
      errors: [{ message: '2026年一般性转移支付收入在前文为3,184.20万元，此处却为3,148.20万元', line: 9, column: 16 }],
    },
    {
      why: 'a 三公 part named in its whole, sections after the list',
      code: '青石县农业农村局2026年部门预算\n\n一、“三公”经费预算\n\n2026年“三公”经费财政拨款预算28.60万元，其中：公务接待费7.20万元，公务用车运行维护费21.40万元。\n\n五、其他说明\n\n“三公”经费财政拨款预算中的公务接待费7.02万元，主要用于上级检查和业务交流接待。\n',
      errors: [{ message: '2026年公务接待费预算在前文为7.20万元，此处却为7.02万元', line: 9, column: 20 }],
    },
  ],
});
