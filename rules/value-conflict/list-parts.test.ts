import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two 其中 lists of one total (same subject, year, scope) state each part twice: the two must agree.
// Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'two years’ lists: 9.00 is 2024’s, 8.00 is 2025’s',
      code: '2024年“三公”经费预算30.00万元，其中公务用车购置及运行维护费21.00万元，公务接待费9.00万元。2025年“三公”经费预算28.00万元，其中公务用车购置及运行维护费20.00万元，公务接待费8.00万元。',
    },
    {
      why: 'a list of the county’s total and one of the department’s: two scopes',
      code: '全县2024年“三公”经费决算800.00万元，其中公务用车购置及运行维护费600.00万元，公务接待费200.00万元。\n本部门2024年“三公”经费决算40.00万元，其中公务用车购置及运行维护费20.00万元，公务接待费20.00万元。',
    },
    {
      why: 'a part of a 财政拨款 list against a plain sentence: the sentence may be of all funds',
      code: '龙溪县林业局2025年部门预算情况说明\n2025年“三公”经费财政拨款预算30.00万元。其中：因公出国（境）费0万元；公务用车购置及运行维护费21.00万元；公务接待费9.00万元。\n公务接待费预算9.60万元，按全年接待60批次测算。',
    },
    {
      why: 'two lists of one total agreeing',
      code: '2024年度“三公”经费支出决算40.50万元，其中：公务用车购置及运行维护费32.25万元；公务接待费8.25万元。\n本部门2024年度“三公”经费支出决算40.50万元中，公务接待费8.25万元，全部用于业务检查接待。',
    },
  ],
  invalid: [
    {
      why: 'the second list opened by X万元中，',
      code: '2024年度“三公”经费支出决算40.50万元，其中：公务用车购置及运行维护费32.25万元；公务接待费8.25万元。\n本部门2024年度“三公”经费支出决算40.50万元中，公务接待费8.52万元，全部用于业务检查接待。',
      errors: [{ message: '2024年公务接待费决算在前文为8.25万元，此处却为8.52万元', line: 2, column: 34 }],
    },
    {
      why: 'two 其中 lists of one procurement budget, the parts naming their measure',
      code: '2024年政府采购预算960.00万元，其中：货物类采购预算160.00万元，工程类采购预算650.00万元，服务类采购预算150.00万元。\n二、政府采购预算情况\n2024年，政府采购预算960.00万元，其中工程类采购预算560.00万元，主要为道路维修。',
      errors: [{ message: '2024年工程类采购预算在前文为650.00万元，此处却为560.00万元', line: 3, column: 31 }],
    },
    {
      why: 'a summary restating the list in other words',
      code: '2025年机关运行经费预算86.00万元，其中：办公及印刷费24.00万元，公务用车运行维护费18.00万元，其他商品和服务支出44.00万元。\n综上，2025年机关运行经费预算86.00万元，其中公务用车运行维护费16.00万元。',
      errors: [{ message: '2025年公务用车运行维护费预算在前文为18.00万元，此处却为16.00万元', line: 2, column: 36 }],
    },
  ],
});
