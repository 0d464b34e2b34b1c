import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Bare 占X% items whose base is a total stated before them, found by the items adding up to it exactly: a list whose
// last item is put in a paragraph of its own (to say what it holds), and a section on an amount's structure
// ((二)结构情况) listing the parts of the amount its sibling section before ((一)总体情况) stated as a whole.
// Snippets written for these tests; none is copied from a real disclosure.
const INCOME = (share: string) =>
  `二、收入决算情况说明\n2025年度本年收入合计3,240.00万元，其中：财政拨款收入2,592.00万元，占80.0%；其他收入162.00万元，占5.0%。\n事业收入486.00万元，占${share}，主要为培训服务收入。\n`;
const PURPOSE = (share: string) =>
  `（二）一般公共预算财政拨款支出决算结构情况\n2025年度一般公共预算财政拨款支出1,250.00万元，主要用于以下方面：一般公共服务支出（类）1,000.00万元，占80.0%；住房保障支出（类）125.00万元，占10.0%。\n社会保障和就业支出（类）125.00万元，占${share}，主要为机关事业单位基本养老保险缴费。\n`;
const SECTIONS = (share: string) =>
  `（一）总体情况\n2026年一般公共预算拨款支出2,000.00万元，比上年预算增加100.00万元，增长5.3%。\n（二）结构情况\n按支出功能分类，教育支出（类）1,500.00万元，占75.0%；卫生健康支出（类）300.00万元，占${share}；住房保障支出（类）200.00万元，占10.0%。\n`;
const SPLIT = (share: string) =>
  `（一）一般公共预算财政拨款支出决算总体情况\n2025年度一般公共预算财政拨款支出4,860.00万元，占本年支出合计的81.0%。\n（二）一般公共预算财政拨款支出决算结构情况\n2025年度一般公共预算财政拨款支出中，农林水支出3,888.00万元，占80.0%；卫生健康支出243.00万元，占5.0%。\n城乡社区支出729.00万元，占${share}，主要用于农村人居环境整治。\n`;

ruleTester(rule, {
  valid: [
    { why: '486 / 3,240 = 15.0%', code: INCOME('15.0%') },
    { why: '125 / 1,250 = 10.0%', code: PURPOSE('10.0%') },
    { why: '300 / 2,000 = 15.0%', code: SECTIONS('15.0%') },
    { why: '729 / 4,860 = 15.0%', code: SPLIT('15.0%') },
    {
      why: 'the items add up to 3,340, not 3,240: the paragraph after may be on another whole',
      code: '2025年度本年收入合计3,240.00万元，其中：财政拨款收入2,592.00万元，占80.0%；其他收入162.00万元，占5.0%。\n经营收入586.00万元，占16.0%，主要为食堂经营收入。\n',
    },
    {
      why: 'the list closed with a sentence on something else: the share after it is not shown to be of the 收入 total',
      code: '2025年度本年收入合计3,240.00万元，其中：财政拨款收入2,592.00万元，占80.0%；其他收入162.00万元，占5.0%。另有年初结转和结余120.00万元。\n事业收入486.00万元，占16.0%，主要为培训服务收入。\n',
    },
    {
      why: '支出 items adding up to the 收入 total of the section before: another measure, an equal sum by chance',
      code: '二、收入预算情况\n2026年本年收入合计2,000.00万元，比上年增长4.0%。\n三、支出预算情况\n按支出功能分类，教育支出（类）1,500.00万元，占70.0%；卫生健康支出（类）300.00万元，占16.0%；住房保障支出（类）200.00万元，占14.0%。\n',
    },
    {
      why: 'the section before is not a sibling of the list’s (一、 then （二）): no whole is carried over the heading',
      code: '一、总体情况\n2026年一般公共预算拨款支出2,000.00万元，增长5.3%。\n（二）结构情况\n教育支出（类）1,500.00万元，占75.0%；卫生健康支出（类）300.00万元，占16.0%；住房保障支出（类）200.00万元，占10.0%。\n',
    },
    {
      why: 'the 款 of a 类 in the next paragraph with their shares of the 类: the two lists do not add up to the total together',
      code: '（二）结构情况\n2026年一般公共预算拨款支出2,000.00万元，其中：教育支出（类）1,500.00万元，占75.0%；卫生健康支出（类）500.00万元，占25.0%。\n普通教育（款）1,200.00万元，占80.0%；职业教育（款）300.00万元，占20.0%。\n',
    },
  ],
  invalid: [
    {
      why: '486 / 3,240 = 15.0%, stated 16.0%: the 其中 list’s last item in a paragraph of its own',
      code: INCOME('16.0%'),
      errors: [{ message: '事业收入486.00万元占2025年度本年收入3,240.00万元的15.0%，而非所写的16.0%', line: 3, column: 15 }],
    },
    {
      why: '125 / 1,250 = 10.0%, stated 12.0%: a 主要用于 list short of its amount until the paragraph after',
      code: PURPOSE('12.0%'),
      errors: [{ message: '社会保障和就业支出（类）125.00万元占2025年度一般公共预算财政拨款支出1,250.00万元的10.0%，而非所写的12.0%', line: 3, column: 23 }],
    },
    {
      why: '300 / 2,000 = 15.0%, stated 16.0%: the whole stated in （一）, its parts in （二）',
      code: SECTIONS('16.0%'),
      errors: [{ message: '卫生健康支出（类）300.00万元占2026年一般公共预算拨款支出2,000.00万元的15.0%，而非所写的16.0%', line: 4, column: 53 }],
    },
    {
      why: '729 / 4,860 = 15.0%, stated 17.0%: the whole in （一）, the list in （二） over two paragraphs',
      code: SPLIT('17.0%'),
      errors: [{ message: '城乡社区支出729.00万元占2025年度一般公共预算财政拨款支出4,860.00万元的15.0%，而非所写的17.0%', line: 5, column: 17 }],
    },
  ],
});
