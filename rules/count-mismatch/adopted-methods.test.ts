import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 采用公开招标、竞争性磋商、竞争性谈判、询价和单一来源4种采购方式组织采购: 采用 (采取, 运用) opens a list of the ways a thing
// was done, closed by their count; a noun of kinds (采购方式, 支持领域) is the counted noun whatever verb follows it.
ruleTester(rule, {
  valid: [
    { why: 'five named, five counted', code: '2025年州本级采用公开招标、竞争性磋商、竞争性谈判、询价和单一来源5种采购方式组织采购。\n' },
    { why: '等 leaves the list open', code: '全年采用公开招标、竞争性磋商、询价和单一来源等4种采购方式。\n' },
  ],
  invalid: [
    {
      why: 'five named, four counted',
      code: '2025年州本级采用公开招标、竞争性磋商、竞争性谈判、询价和单一来源4种采购方式组织采购。\n',
      errors: [{ message: '所述“4种采购方式”，但其前列举了5项', line: 1, column: 35 }],
    },
    {
      why: '采取, three named, two counted',
      code: '项目单位采取以奖代补、先建后补和贷款贴息2种支持方式落实资金。\n',
      errors: [{ message: '所述“2种支持方式”，但其前列举了3项', line: 1, column: 21 }],
    },
    {
      why: '运用, four named, three counted',
      code: '评价组运用比较法、因素分析法、公众评判法和标杆管理法3类评价方式开展评价。\n',
      errors: [{ message: '所述“3类评价方式”，但其前列举了4项', line: 1, column: 27 }],
    },
  ],
});
