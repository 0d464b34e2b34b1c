import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// "“三公”经费支出决算比年初预算减少…，下降…%" after the sentence stating the 决算 level: the comparison with the budget (比年初预算,
// 较调整预算) names the base, not the item, so the item is the level stated just before and the budget is that level less the
// change. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: '6.60 / 93.00 = 7.10%',
      code: '2025年度机关运行经费支出决算86.40万元，主要用于办公、水电和差旅。\n\n机关运行经费支出决算比年初预算减少6.60万元，下降7.1%，主要是压减会议和差旅开支。\n',
    },
    {
      why: 'a rise on the adjusted budget: 12.00 / 240.00 = 5.00%',
      code: '2025年培训费支出决算252.00万元，其中师资费118.00万元。培训费支出决算较调整预算增加12.00万元，增长5.0%。\n',
    },
    {
      why: 'the level before is the budget itself, not the outturn the change is of: nothing to check',
      code: '2025年度公务接待费年初预算12.00万元。\n\n公务接待费决算比年初预算减少1.50万元，下降12.5%，主要是严控接待标准。\n',
    },
    {
      why: 'no level stated before: nothing to check',
      code: '一、总体情况\n\n物业管理费支出决算比年初预算减少3.20万元，下降9.9%。\n',
    },
  ],
  invalid: [
    {
      why: '6.60 / 93.00 = 7.10%, stated 8.1%',
      code: '2025年度机关运行经费支出决算86.40万元，主要用于办公、水电和差旅。\n\n机关运行经费支出决算比年初预算减少6.60万元，下降8.1%，主要是压减会议和差旅开支。\n',
      errors: [{ message: '机关运行经费支出决算86.40万元，按减少6.60万元计，年初预算为93.00万元，降幅应为7.10%，而非所写的8.1%', line: 3, column: 27 }],
    },
    {
      why: 'a rise on the adjusted budget: 12.00 / 240.00 = 5.00%, stated 4.8%',
      code: '2025年培训费支出决算252.00万元，其中师资费118.00万元。培训费支出决算较调整预算增加12.00万元，增长4.8%。\n',
      errors: [{ message: '培训费支出决算252.00万元，按增加12.00万元计，调整预算为240.00万元，增幅应为5.00%，而非所写的4.8%', line: 1, column: 60 }],
    },
    {
      why: 'the budget named by 预算数: 5.00 / 50.00 = 10.00%, stated 11.0%',
      code: '2025年度差旅费支出决算45.00万元，较上年略有下降。\n\n差旅费支出决算较预算数减少5.00万元，下降11.0%。\n',
      errors: [{ message: '差旅费支出决算45.00万元，按减少5.00万元计，预算数为50.00万元，降幅应为10.00%，而非所写的11.0%', line: 3, column: 23 }],
    },
  ],
});
