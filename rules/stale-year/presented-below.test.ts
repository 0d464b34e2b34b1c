import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 以下对…作简要说明 at the head of a budget's explanation presents the document itself, as 现将…说明如下 does: the year
// of the budget it names is the title's. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the same year',
      code: '青岚职业技术学院2026年部门预算\n\n第二部分 青岚职业技术学院2026年部门预算情况说明\n\n以下对学院2026年度部门预算收支安排作简要说明，数据均按照市财政局核定的预算控制数编列。\n',
    },
    {
      why: 'last year named for comparison, not as what is explained',
      code: '青岚职业技术学院2026年部门预算\n\n第二部分 青岚职业技术学院2026年部门预算情况说明\n\n以下对比2025年度部门预算，对学院2026年度收支安排作简要说明。\n',
    },
    {
      why: 'last year’s execution explained, another kind of document',
      code: '青岚职业技术学院2026年部门预算\n\n第二部分 青岚职业技术学院2026年部门预算情况说明\n\n下面就学院2025年预算执行中的主要问题作简要说明，并提出改进措施。\n',
    },
  ],
  invalid: [
    {
      why: 'the explanation opens on last year’s budget',
      code: '青岚职业技术学院2026年部门预算\n\n第二部分 青岚职业技术学院2026年部门预算情况说明\n\n以下对学院2025年度部门预算收支安排作简要说明，数据均按照市财政局核定的预算控制数编列。\n',
      errors: [{ message: '标题为2026年预算，正文此处却写作2025年预算', line: 5, column: 6 }],
    },
    {
      why: 'the same, presented with 下面将…作具体说明',
      code: '汀州市生态环境局2026年部门预算公开说明\n\n下面将本局2025年部门预算有关情况作具体说明。\n\n一、收支预算总体情况\n',
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 3, column: 6 }],
    },
  ],
});
