import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget adjustment states what it adds to the book's whole 支出 (增加15,460万元) and then each class's increase with its
// share of the whole increase (调增6,420万元，占本次调增支出的41.5%): the base is that stated increase. One class's own
// increase is no whole; two wholes of different values leave it unproven. Snippets written for these tests; none is
// copied from a real disclosure.
const OPENING = '（二）支出预算调整\n全县一般公共预算支出年初预算184,600万元，调整后为196,800万元，增加12,200万元，增长6.6%。\n';

ruleTester(rule, {
  valid: [
    { why: '4,880 of 12,200 is 40.0%', code: `${OPENING}教育支出调增4,880万元，占本次调增支出的40.0%，主要用于新建幼儿园。\n` },
    {
      why: 'no increase of the whole stated: a class’s own larger increase is not it',
      code: '（二）支出预算调整\n卫生健康支出调增6,100万元，主要用于疾控能力建设。\n教育支出调增4,880万元，占本次调增支出的44.0%。\n',
    },
  ],
  invalid: [
    {
      why: '4,880 of 12,200 is 40.0%, not 44.0%',
      code: `${OPENING}教育支出调增4,880万元，占本次调增支出的44.0%，主要用于新建幼儿园。\n`,
      errors: [{ message: '教育支出调增4,880万元占本次调增支出12,200万元的40.0%，而非所写的44.0%', line: 3, column: 23 }],
    },
    {
      why: '追加 and 占追加支出的, the whole stated as 追加',
      code: '全区一般公共预算支出年初预算96,400万元，调整后为104,900万元，追加8,500万元。\n农林水支出追加3,400万元，占追加支出的42.0%。\n',
      errors: [{ message: '农林水支出追加3,400万元占追加支出8,500万元的40.0%，而非所写的42.0%', line: 2, column: 22 }],
    },
  ],
});
