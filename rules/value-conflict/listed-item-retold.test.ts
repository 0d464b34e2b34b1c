import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list names its parts by what they are for (项目支出…，包括档案数字化…、法治宣传…); the numbered items after it tell each again
// with 项目, 经费 or 专项经费 after the name. And a 其中 part under a class of spending (卫生健康支出…，其中公立医院…) told alone by
// its name and 支出 in the next paragraph. Snippets written for these tests in the genre's shapes; none is copied from a
// disclosure.
const ITEMS = (items: string) =>
  `岷江县档案局2026年部门预算说明\n\n一、收支预算情况\n（一）支出预算\n2026年支出预算826.40万元，其中：基本支出512.60万元；项目支出313.80万元，包括档案数字化\n146.20万元、法治宣传38.50万元、档案馆维修保养72.60万元、征集编研56.50万元。\n（二）主要项目说明\n${items}\n二、“三公”经费预算情况\n2026年“三公”经费预算4.80万元。\n`;
const NESTED = (after: string) =>
  `云岭职业学院2025年度部门决算说明\n\n四、一般公共预算财政拨款支出决算情况\n2025年度一般公共预算财政拨款支出9,412.60万元。其中：教育支出8,206.30万元，其中中等职业教育7,318.40万元；住房保障支出612.20万元。\n${after}\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'every item told again with its list\'s value',
      code: ITEMS('1.档案数字化项目146.20万元，主要用于馆藏档案扫描。\n2.法治宣传专项经费38.50万元，主要用于普法读本印制。\n3.档案馆维修保养经费72.60万元。'),
    },
    {
      why: 'one item told alone, differing: with no other item to show the items are the list\'s, nothing is read',
      code: ITEMS('1.法治宣传专项经费35.80万元，主要用于普法读本印制。'),
    },
    {
      why: 'an item told with another year before its name is another year\'s',
      code: ITEMS('1.档案数字化项目146.20万元。\n2.2025年法治宣传经费35.80万元，比上年有所增加。'),
    },
    {
      why: 'the nested part said again with another fund named in its paragraph',
      code: NESTED('中等职业教育支出7,381.40万元，含政府性基金预算安排的彩票公益金63.00万元。'),
    },
    {
      why: 'the nested part said again after a title of its own',
      code: NESTED('五、政府性基金预算财政拨款支出决算情况\n中等职业教育支出7,381.40万元，全部为彩票公益金。'),
    },
  ],
  invalid: [
    {
      why: 'a numbered item telling its part with 专项经费 after the name, two digits swapped, another item agreeing',
      code: ITEMS('1.档案数字化项目146.20万元，主要用于馆藏档案扫描。\n2.法治宣传专项经费35.80万元，主要用于普法读本印制。\n3.档案馆维修保养经费72.60万元。'),
      errors: [{ message: '法治宣传在前文为38.50万元，此处却为35.80万元', line: 9, column: 11 }],
    },
    {
      why: 'items told in one paragraph, one with 项目, the other with 经费',
      code: ITEMS('档案数字化项目164.20万元，主要用于馆藏档案扫描；征集编研经费56.50万元，主要用于地方志资料征集。'),
      errors: [{ message: '档案数字化在前文为146.20万元，此处却为164.20万元', line: 8, column: 8 }],
    },
    {
      why: 'a nested 其中 part told alone by its name and 支出 in the next paragraph',
      code: NESTED('中等职业教育支出7,381.40万元，主要用于教职工人员经费和实训基地运转。'),
      errors: [{ message: '中等职业教育在前文为7,318.40万元，此处却为7,381.40万元', line: 5, column: 9 }],
    },
  ],
});
