import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 全年共举办培训班6个，分别是A、B、C、D、E，培训人员约420人次: after the list's comma, a clause stating a figure of its own is
// a new statement, not another item (an item is a name), so the list is all it names.
ruleTester(rule, {
  valid: [
    {
      why: 'five named for five',
      code: '全年共举办培训班5个，分别是社区工作者能力提升培训班、网格员业务培训班、安全生产培训班、财务管理培训班、党务知识培训班，培训人员约420人次。',
    },
    {
      why: 'the clause after the comma names more items (还有): the list is not all',
      code: '全年共举办培训班6个，分别是社区工作者能力提升培训班、网格员业务培训班、安全生产培训班，还有3个专题培训班。',
    },
    {
      why: 'the clause after the comma states no figure: it may go on naming',
      code: '全年共举办培训班6个，分别是社区工作者能力提升培训班、网格员业务培训班，安全生产培训班、财务管理培训班等。',
    },
  ],
  invalid: [
    {
      why: 'a traditional repost: five stated, four named after a colon, then the money in 萬元',
      code: '重點保障支出涵蓋五個方面：辦案經費、裝備購置、車輛運行維護、信息化運維，全年相關項目支出合計1,286.40萬元。',
      errors: [{ message: '所述“五个方面”，但其后只列举了4项', line: 1, column: 9 }],
    },
    {
      why: 'six stated, five named, then the number trained',
      code: '全年共举办培训班6个，分别是社区工作者能力提升培训班、网格员业务培训班、安全生产培训班、财务管理培训班、党务知识培训班，培训人员约420人次。',
      errors: [{ message: '共举办培训班所述数量为“6个”，但其后只列举了5项', line: 1, column: 9 }],
    },
    {
      why: 'four stated, three named, then the money spent',
      code: '本年度召开会议4次，分别为年度工作会议、安全生产专题会议、财务工作会议，会议费支出2.68万元。',
      errors: [{ message: '本年度召开会议所述数量为“4次”，但其后只列举了3项', line: 1, column: 8 }],
    },
  ],
});
