import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A chapter of one fund's spending split into sub-sections ((一)总体情况, (二)结构情况, (三)具体情况): the list by class under (二)
// and a class said again under (三) are one fact, the sibling title between naming no fund and no year. A chapter title
// between (三、 after 二、), or a sibling naming another fund, ends it. Snippets written for these tests.
const HEAD = '桐溪县疾控中心2025年度部门决算\n\n四、一般公共预算财政拨款支出决算情况说明\n\n（一）总体情况\n\n2025年度一般公共预算财政拨款支出3,186.40万元，比上年增加126.30万元。\n\n（二）结构情况\n\n卫生健康支出2,714.20万元，占85.2%；社会保障和就业支出318.60万元，占10.0%；住房保障支出153.60万元，占4.8%。\n\n';
const said = (title: string, text: string) => `${HEAD}${title}\n\n${text}\n`;

ruleTester(rule, {
  valid: [
    { why: 'said again as the list has it', code: said('（三）具体情况', '社会保障和就业支出（类）318.60万元，主要用于机关事业单位基本养老保险缴费。') },
    { why: 'a chapter title between', code: said('五、政府性基金预算财政拨款支出决算情况说明', '社会保障和就业支出381.60万元，主要用于退役安置。') },
    { why: 'a sibling naming another fund', code: said('（三）政府性基金预算支出情况', '社会保障和就业支出381.60万元，主要用于大中型水库移民后期扶持。') },
    { why: 'a sibling naming another year', code: said('（三）2024年度具体情况', '社会保障和就业支出381.60万元，主要用于养老保险缴费。') },
  ],
  invalid: [
    {
      why: 'the class path under (三)具体情况',
      code: said('（三）具体情况', '社会保障和就业支出（类）381.60万元，主要用于机关事业单位基本养老保险缴费。'),
      errors: [{ message: '2025年社会保障和就业支出在前文为318.60万元，此处却为381.60万元', line: 15, column: 13 }],
    },
    {
      why: 'the plain name under (三)支出明细',
      code: said('（三）支出明细', '住房保障支出135.60万元，主要用于住房公积金和提租补贴。'),
      errors: [{ message: '2025年住房保障支出在前文为153.60万元，此处却为135.60万元', line: 15, column: 7 }],
    },
  ],
});
