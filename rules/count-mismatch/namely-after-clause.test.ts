import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count whose noun runs on into a clause of what was done with them, then ，即 and the names: 即 says the names are all of
// them, as 分别为 does. One name after 即 is a gloss, not a list. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: 'three projects, three names', code: '区财政局选取了教育领域三个重点项目开展财政重点评价，即课后服务补助、校舍维修改造、营养改善计划，评价资金合计6,420.00万元。\n' },
    { why: 'one name after 即 glosses the clause', code: '区财政局选取了三个重点项目开展财政重点评价，即全部民生类项目，评价资金合计6,420.00万元。\n' },
    { why: '等 leaves the names open', code: '区财政局选取了五个重点项目开展财政重点评价，即课后服务补助、校舍维修改造等项目，评价资金合计6,420.00万元。\n' },
  ],
  invalid: [
    {
      why: 'four said, three named after 即',
      code: '区财政局选取了社保领域四个重点项目开展财政重点评价，即城乡居民养老保险补助、困难群众救助、残疾人生活补贴，评价资金合计9,860.00万元。\n',
      errors: [{ message: '所述数量为“四个”，但其后只列举了3项', line: 1, column: 12 }],
    },
    {
      why: 'two said, three named after 即',
      code: '本年度对两个部门整体支出开展重点评价，即区教育局、区卫生健康委、区民政局。\n',
      errors: [{ message: '所述数量为“两个”，但其后列举了3项', line: 1, column: 5 }],
    },
  ],
});
