import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 持平 said right after a list of items' levels is about the list as a whole (the 三公 total against last year's
// total), or it is not known which item it means: the last item's level is no "current" of it, and last year's figure
// named after it is the whole's. An item on its own, or a 其中 list whose items each carry a change, keeps its reading.
// Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: '其中 list joined by 、, the total against last year\'s total',
      code: '2026年“三公”经费预算36.40万元，其中因公出国（境）费0万元、公务用车运行维护费22.80万元、公务接待费13.60万元，与上年预算持平（上年36.40万元）。\n',
    },
    {
      why: 'items joined by 和, then 同比持平 with last year\'s figure in its own clause',
      code: '培训费4.50万元和会议费2.30万元，同比持平，上年为6.80万元。\n',
    },
    {
      why: '其中 list run on with commas',
      code: '机关运行经费合计215.00万元，其中办公费86.00万元，水电费41.00万元，物业管理费88.00万元，与上年持平（上年为215.00万元）。\n',
    },
    {
      why: '分别为 list, 与上年决算持平 with the base in brackets',
      code: '两项收入分别为行政事业性收费收入12.40万元、罚没收入3.10万元，与上年决算（15.50万元）持平。\n',
    },
  ],
  invalid: [
    {
      why: 'one item after 其中 is still that item',
      code: '其中：公务接待费13.60万元，与上年持平（上年为11.20万元）。\n',
      errors: [{ message: '公务接待费13.60万元与上年11.20万元不等，却写作“持平”', line: 1, column: 20 }],
    },
    {
      why: 'items each with a change of their own: the last one stands alone',
      code: '其中办公费86.00万元，比上年减少4.00万元，物业管理费88.00万元，与上年持平（上年为80.00万元）。\n',
      errors: [{ message: '物业管理费88.00万元与上年80.00万元不等，却写作“持平”', line: 1, column: 42 }],
    },
    {
      why: 'a level in its own sentence after a list',
      code: '其中办公费86.00万元、水电费41.00万元。物业管理费88.00万元，与上年持平（上年为80.00万元）。\n',
      errors: [{ message: '物业管理费88.00万元与上年80.00万元不等，却写作“持平”', line: 1, column: 41 }],
    },
  ],
});
