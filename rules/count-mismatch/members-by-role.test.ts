import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count of people, a colon, then clauses of a role and the names under it (组长甲，副组长乙，成员丙、丁): every name is one
// of the people counted. A clause that is not a role and names (成员由…担任) leaves the list unread. Snippets written for
// these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'seven people, seven names under three roles', code: '项目绩效评价工作组7人：组长周国平，副组长林晓、何俊，成员马丽、唐志远、韩雪、邓文。\n' },
    { why: 'members said by who they are, not named', code: '村务监督小组5人：组长陈德明，成员由各村民小组推选产生。\n' },
    { why: 'names set off by ； under their roles', code: '评审专家组3人：组长许文博；成员宋佳、罗建。\n' },
  ],
  invalid: [
    {
      why: 'five said, four named under two roles',
      code: '民主理财小组5人：组长黄立新，成员杨春梅、刘永、高志华。\n',
      errors: [{ message: '民主理财小组所述数量为“5人”，但其后只列举了4项', line: 1, column: 7 }],
    },
    {
      why: 'eight said, seven named under three roles, roles closed by a colon',
      code: '项目绩效评价工作组8人：组长：周国平，副组长：林晓、何俊，成员：马丽、唐志远、韩雪、邓文。\n',
      errors: [{ message: '项目绩效评价工作组所述数量为“8人”，但其后只列举了7项', line: 1, column: 10 }],
    },
  ],
});
