import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The words a drafter puts between a part and its share vary: 在…中所占份额为 (份额 as 比重), 占到…的 and 占到了…的 (到 only
// says the share reaches it), and a part named again in a sentence of its own with 在…中占. Each base is a total the text
// states. Snippets written for these tests; none is copied from a real disclosure.
const SHARE_OF_INCOME = (share: string) =>
  `一、收入决算情况\n\n本年收入合计8,642.50万元，其中：财政拨款收入7,906.20万元、事业收入412.80万元、其他收入323.50万元。\n\n事业收入412.80万元，在本年收入中所占份额为${share}，主要为技术服务收入。`;
const REACHES = (words: string, share: string) =>
  `全年一般公共预算支出安排24,360.00万元，其中：一般公共服务支出8,215.40万元、社会保障和就业支出3,120.60万元、城乡社区支出13,024.00万元。社会保障和就业支出3,120.60万元，${words}一般公共预算支出的${share}，主要用于困难群众救助。`;
const NAMED_AGAIN = (share: string) =>
  `经测算，项目运营期内预期收入合计84,250万元，其中：仓储租赁收入51,300万元、配套服务收入32,950万元。\n仓储租赁收入在预期收入中占${share}，按同类仓储租金测算。`;
ruleTester(rule, {
  valid: [
    { why: '412.80 / 8,642.50 = 4.78%', code: SHARE_OF_INCOME('4.8%') },
    { why: '占到: 3,120.60 / 24,360.00 = 12.81%', code: REACHES('占到', '12.8%') },
    { why: '占到了: the same', code: REACHES('占到了', '12.8%') },
    { why: '在…中占: 51,300 / 84,250 = 60.89%', code: NAMED_AGAIN('60.9%') },
    {
      why: '占到 a base the text states nowhere (全部民生支出): nothing to hold the share against',
      code: '全年一般公共预算支出安排24,360.00万元，其中：一般公共服务支出8,215.40万元、社会保障和就业支出3,120.60万元。社会保障和就业支出3,120.60万元，占到全部民生支出的41.5%，主要用于困难群众救助。',
    },
    {
      why: '占到位资金的: 到位 opens the base’s name (2,150 / 3,400 = 63.2%), no 占到 before 位资金',
      code: '项目预算资金3,400万元，实际到位3,400万元，到位率100%。其中中央资金2,150万元，占到位资金的比例为63.2%；省级资金1,250万元。',
    },
    {
      why: '在…中占 of a part that stands in no list of the named whole (其余 left unlisted): its amount is not the text’s',
      code: '经测算，项目运营期内预期收入合计84,250万元，其中仓储租赁收入51,300万元，其余为配套服务收入。\n冷链加工收入在预期收入中占30.2%，按同类加工费测算。',
    },
  ],
  invalid: [
    {
      why: '412.80 / 8,642.50 = 4.78%, stated 5.8%',
      code: SHARE_OF_INCOME('5.8%'),
      errors: [{ message: '事业收入412.80万元占本年收入8,642.50万元的4.8%，而非所写的5.8%', line: 5, column: 25 }],
    },
    {
      why: '占到: 3,120.60 / 24,360.00 = 12.81%, stated 13.8%',
      code: REACHES('占到', '13.8%'),
      errors: [{ message: '社会保障和就业支出3,120.60万元占一般公共预算支出24,360.00万元的12.8%，而非所写的13.8%', line: 1, column: 116 }],
    },
    {
      why: '占到了: the same',
      code: REACHES('占到了', '13.8%'),
      errors: [{ message: '社会保障和就业支出3,120.60万元占一般公共预算支出24,360.00万元的12.8%，而非所写的13.8%', line: 1, column: 117 }],
    },
    {
      why: '在…中占: 51,300 / 84,250 = 60.89%, stated 63.9%',
      code: NAMED_AGAIN('63.9%'),
      errors: [{ message: '仓储租赁收入51,300万元占预期收入84,250万元的60.9%，而非所写的63.9%', line: 2, column: 14 }],
    },
    {
      why: '占到位资金的: 2,150 / 3,400 = 63.2%, stated 66.2% (the base is the 到位 amount)',
      code: '项目预算资金3,400万元，实际到位3,400万元，到位率100%。其中中央资金2,150万元，占到位资金的比例为66.2%；省级资金1,250万元。',
      errors: [{ message: '中央资金2,150万元占到位资金3,400万元的63.2%，而非所写的66.2%', line: 1, column: 58 }],
    },
  ],
});
