import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 决算's text walks its 科目 by level, each named with its marker in brackets (教育（款）支出, 行政运行（项）支出), often framed
// in its 类 (教育支出中普通教育（款）支出). A share of a 项 names the 款 without the marker (占普通教育支出的): that is the 款's
// amount stated a line before. Snippets written for these tests; none is copied from a real disclosure.
const DOC = (lines: string) => `青溪县教育局2025年度部门决算\n\n一、一般公共预算财政拨款支出决算具体情况\n\n${lines}\n`;

ruleTester(rule, {
  valid: [
    {
      why: '2,418.60 / 6,120.40 = 39.52%',
      code: DOC('教育支出中普通教育（款）支出6,120.40万元，主要用于全县中小学运转。\n学前教育（项）支出2,418.60万元，占普通教育支出的39.5%，主要用于公办幼儿园保教费补助。'),
    },
    {
      why: 'a 类 marker, no frame: 312.50 / 1,480.00 = 21.11%',
      code: DOC('社会保障和就业（类）支出1,480.00万元。\n其中，行政事业单位养老支出312.50万元，占社会保障和就业支出的21.1%。'),
    },
    {
      why: 'the share names another 款 stated nowhere: silent',
      code: DOC('教育支出中普通教育（款）支出6,120.40万元。\n教师进修（项）支出86.20万元，占进修及培训支出的18.0%。'),
    },
    {
      why: 'the 类 that frames the 款 is not the 款: 占教育支出 names an amount stated nowhere',
      code: DOC('教育支出中普通教育（款）支出6,120.40万元。\n学前教育（项）支出2,418.60万元，占教育支出的25.0%。'),
    },
  ],
  invalid: [
    {
      why: '2,418.60 / 6,120.40 = 39.52%, stated 42.5%',
      code: DOC('教育支出中普通教育（款）支出6,120.40万元，主要用于全县中小学运转。\n学前教育（项）支出2,418.60万元，占普通教育支出的42.5%，主要用于公办幼儿园保教费补助。'),
      errors: [{ message: '学前教育（项）支出2,418.60万元占普通教育支出6,120.40万元的39.5%，而非所写的42.5%', line: 6, column: 29 }],
    },
    {
      why: 'half-width brackets, 万元 read as 萬元: 86.20 / 640.00 = 13.47%, stated 15.4%',
      code: DOC('教育支出中进修及培训(款)支出640.00萬元。\n教师进修(项)支出86.20萬元，占进修及培训支出的15.4%。'),
      errors: [{ message: '教师进修（项）支出86.20萬元占进修及培训支出640.00萬元的13.5%，而非所写的15.4%', line: 6, column: 27 }],
    },
    {
      why: 'a 类 marker, no frame: 312.50 / 1,480.00 = 21.11%, stated 24.1%',
      code: DOC('社会保障和就业（类）支出1,480.00万元。\n其中，行政事业单位养老支出312.50万元，占社会保障和就业支出的24.1%。'),
      errors: [{ message: '行政事业单位养老支出312.50万元占社会保障和就业支出1,480.00万元的21.1%，而非所写的24.1%', line: 6, column: 34 }],
    },
  ],
});
