import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 意见主要集中在三个方面：A；B；C；D。 The items of a count after a colon may be whole clauses set off by ； up to the
// full stop, not names set off by 、: each clause is one item.
ruleTester(rule, {
  valid: [
    {
      why: 'three clauses for 三个方面',
      code: '代表和委员们提出的意见主要集中在三个方面：财政收入质量有待提高；刚性支出压力持续加大；部分专项债券项目收益不及预期。',
    },
    {
      why: 'clauses with commas inside them, two for 两个方面',
      code: '下一步将重点抓好两个方面：加强收入征管，提高收入质量；优化支出结构，保障重点支出。',
    },
    {
      why: 'a clause too long to be an item: a paragraph’s sentences, not a list',
      code: '存在问题主要有两个方面：部分单位预算编制不够精细，项目前期论证不充分，导致年中追加调整较多、预算执行进度偏慢、资金结转规模较大；绩效目标设置不够细化；个别项目资金拨付不及时。',
    },
    {
      why: 'no full stop closes the clauses: where the list ends is not said',
      code: '主要集中在三个方面：财政收入质量有待提高；刚性支出压力持续加大；部分专项债券项目收益不及预期；',
    },
  ],
  invalid: [
    {
      why: 'four clauses for 三个方面',
      code: '代表和委员们提出的意见主要集中在三个方面：财政收入质量有待提高；刚性支出压力持续加大；部分专项债券项目收益不及预期；一些部门绩效目标设置不够细化。',
      errors: [{ message: '所述“三个方面”，但其后列举了4项', line: 1, column: 17 }],
    },
    {
      why: 'two clauses for 三项, with half-width semicolons',
      code: '审计发现的问题主要有三项:部分项目未按期完工;个别单位超范围列支会议费。',
      errors: [{ message: '审计发现的问题所述数量为“三项”，但其后只列举了2项', line: 1, column: 11 }],
    },
  ],
});
