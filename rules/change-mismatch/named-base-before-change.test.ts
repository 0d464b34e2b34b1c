import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 项目总投资较可行性研究批复的55,800万元增加2,800万元，增长5.3%: a figure named after 比/较 and 的, with the change right
// after it, is the base the change is from, whatever it is called (a feasibility study, an earlier plan, a first batch).
ruleTester(rule, {
  valid: [
    {
      why: '2,800 / 55,800 = 5.02%',
      code: '项目总投资较可行性研究批复的55,800万元增加2,800万元，增长5.0%。',
    },
    {
      why: '比 … 的 with no change after the figure: no base',
      code: '安排资金比较集中的领域3,200万元，增长5.3%。',
    },
  ],
  invalid: [
    {
      why: '2,800 / 55,800 = 5.02%, stated 5.3%',
      code: '项目总投资较可行性研究批复的55,800万元增加2,800万元，增长5.3%。',
      errors: [{ message: '项目总投资比可行性研究批复55,800万元增加2,800万元，增幅应为5.02%，而非所写的5.3%', line: 1, column: 35 }],
    },
    {
      why: '比 and a plan’s name, a fall: 1.20 / 14.60 = 8.22%, stated 9.2%',
      code: '全年债券资金需求比原实施方案确定的14.60亿元减少1.20亿元，下降9.2%。',
      errors: [{ message: '全年债券资金需求比原实施方案确定14.60亿元减少1.20亿元，降幅应为8.22%，而非所写的9.2%', line: 1, column: 36 }],
    },
  ],
});
