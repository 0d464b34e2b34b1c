import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 在水利支出中，A…；B…万元；C… names the class its clauses are parts of: a clause of only a part's name and its amount
// states that part's level (the class's 支出 after the name when the name leaves it out), and the part said again later
// with another value is one of the two slips. A fund or a source as the whole (在一般公共预算支出中) narrows its parts, and
// a 项 every class has (行政运行) is no one part: both stay unread. Snippets written for these tests in the genre's shapes.
const title = '临川市林业局2026年部门预算说明\n\n三、一般公共预算支出预算情况\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the part said twice alike',
      code: `${title}2026年本局一般公共预算支出9,864.20万元，其中农林水支出8,642.10万元。在农林水支出中，森林资源培育3,214.60万元，主要用于国土绿化；湿地保护1,186.40万元；林业防灾减灾支出846.20万元，主要用于森林防火。\n\n湿地保护支出1,186.40万元主要用于湿地公园修复和退化湿地治理。\n`,
    },
    {
      why: 'a fund as the whole (在政府性基金预算支出中): its part is that fund\'s share, and the all-funds figure later is another statement',
      code: `${title}2026年本局政府性基金预算支出2,400.00万元。在政府性基金预算支出中，森林资源培育600.00万元；湿地保护400.00万元。\n\n森林资源培育支出3,214.60万元，主要用于国土绿化。\n`,
    },
    {
      why: '行政运行 stands under every class: two classes, two values, no conflict',
      code: `${title}在农林水支出中，行政运行1,264.30万元；湿地保护1,186.40万元。在社会保障和就业支出中，行政运行86.20万元；机关事业单位基本养老保险缴费支出312.40万元。\n`,
    },
    {
      why: 'a clause of a change (比上年增加…) is no level of the part',
      code: `${title}在农林水支出中，湿地保护比上年增加118.60万元；森林资源培育3,214.60万元。\n\n湿地保护支出1,186.40万元，主要用于湿地公园修复。\n`,
    },
  ],
  invalid: [
    {
      why: 'a part named bare in a ；-list under 在…支出中，, restated a paragraph on with two digits swapped',
      code: `${title}2026年本局一般公共预算支出9,864.20万元，其中农林水支出8,642.10万元。在农林水支出中，森林资源培育3,214.60万元，主要用于国土绿化；湿地保护1,186.40万元；林业防灾减灾支出846.20万元，主要用于森林防火。\n\n湿地保护支出1,168.40万元主要用于湿地公园修复和退化湿地治理。\n`,
      errors: [{ message: '2026年湿地保护支出在前文为1,186.40万元，此处却为1,168.40万元', line: 7, column: 7 }],
    },
    {
      why: 'the frame with a colon (农林水支出中：), the first part right after it, said again in a later sentence',
      code: `${title}农林水支出中：森林资源培育3,214.60万元；湿地保护1,186.40万元；林业防灾减灾846.20万元。\n\n森林资源培育支出3,241.60万元，较上年预算有所增加，主要用于国土绿化。\n`,
      errors: [{ message: '2026年森林资源培育支出在前文为3,214.60万元，此处却为3,241.60万元', line: 7, column: 9 }],
    },
    {
      why: 'a part written with its 支出 in the list, restated later in the same paragraph',
      code: `${title}在农林水支出中，林业和草原支出5,420.30万元，主要用于天然林保护和国土绿化试点示范；水利支出2,186.50万元，主要用于水土保持和小型水库除险加固。林业和草原支出5,402.30万元中，生态保护修复项目占比最高。\n`,
      errors: [{ message: '2026年林业和草原支出在前文为5,420.30万元，此处却为5,402.30万元', line: 5, column: 86 }],
    },
  ],
});
