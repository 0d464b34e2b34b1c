import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// （一）总体情况 ends with the total's change; （二）具体情况 then states each part of a known partition in a sentence of
// its own, with its level and its change: those sentences break the change down.
const total = '（一）总体情况。2024年度“三公”经费财政拨款支出决算为38.64万元，比上年决算减少6.82万元，下降15.0%。';

ruleTester(rule, {
  valid: [
    {
      why: '0 + 4.12 + 2.70 = 6.82',
      code: `${total}\n\n（二）具体情况。因公出国（境）费决算为0万元，与上年持平。公务用车购置及运行维护费决算为29.46万元，比上年减少4.12万元。公务接待费决算为9.18万元，比上年减少2.70万元。`,
    },
    {
      why: 'the next paragraph names things of no partition of the total: no breakdown',
      code: `${total}\n\n（二）其他情况。会议费决算为12.30万元，比上年减少1.20万元。培训费决算为8.60万元，比上年减少0.40万元。`,
    },
    {
      why: 'the total compared with last year’s outturn, the parts with the budget: another comparison',
      code: `${total}\n\n（二）具体情况。因公出国（境）费决算为0万元，比年初预算减少2.00万元。公务用车购置及运行维护费决算为29.46万元，比年初预算减少4.12万元。公务接待费决算为9.18万元，比年初预算减少2.86万元。`,
    },
    {
      why: 'next year’s budgets under this year’s outturn: the levels (0 + 30.00 + 9.00) do not make the total',
      code: '2024年度“三公”经费财政拨款支出决算为38.64万元，比上年减少6.82万元。\n\n2025年因公出国（境）费预算为0万元，与上年持平。2025年公务用车购置及运行维护费预算为30.00万元，比上年增加0.54万元。2025年公务接待费预算为9.00万元，比上年减少0.18万元。',
    },
    {
      why: 'the department’s parts under the county’s total: the levels make 38.64, not 838.64',
      code: '全区“三公”经费财政拨款支出决算为838.64万元，比上年减少66.82万元。\n\n本部门因公出国（境）费决算为0万元，与上年持平。本部门公务用车购置及运行维护费决算为29.46万元，比上年减少4.12万元。本部门公务接待费决算为9.18万元，比上年减少2.86万元。',
    },
    {
      why: 'the total’s paragraph goes on past its change with another amount: the thread is broken',
      code: `（一）总体情况。2024年度“三公”经费财政拨款支出决算为38.64万元，比上年决算减少6.82万元。机关运行经费支出286.40万元。\n\n（二）具体情况。因公出国（境）费决算为0万元，与上年持平。公务用车购置及运行维护费决算为29.46万元，比上年减少4.12万元。公务接待费决算为9.18万元，比上年减少2.86万元。`,
    },
  ],
  invalid: [
    {
      why: '0 (持平) + 4.12 + 2.86 = 6.98 against 6.82, a sentence per part',
      code: `${total}\n\n（二）具体情况。因公出国（境）费决算为0万元，与上年持平。公务用车购置及运行维护费决算为29.46万元，比上年减少4.12万元，其中：公务用车购置费0万元；公务用车运行维护费29.46万元。公务接待费决算为9.18万元，比上年减少2.86万元，共接待68批次。`,
      errors: [{ message: '“三公”经费财政拨款支出决算比上年决算减少6.82万元，但各分项增减之和为减少6.98万元（0（持平） - 4.12 - 2.86），相差0.16万元', line: 1, column: 45 }],
    },
    {
      why: 'numbered parts with no title sentence: 1.50 + 3.00 + 2.00 = 6.50 against 6.82',
      code: `${total}\n\n1.因公出国（境）费决算为2.00万元，比上年减少1.50万元。2.公务用车购置及运行维护费决算为27.46万元，比上年减少3.00万元。3.公务接待费决算为9.18万元，比上年减少2.00万元。`,
      errors: [{ message: '“三公”经费财政拨款支出决算比上年决算减少6.82万元，但各分项增减之和为减少6.50万元（- 1.50 - 3.00 - 2.00），相差0.32万元', line: 1, column: 45 }],
    },
    {
      why: '具体来看： then the parts, one increasing',
      code: `${total}\n\n具体来看：因公出国（境）费支出0万元，与上年持平。公务用车购置及运行维护费支出29.46万元，比上年减少8.12万元。公务接待费支出9.18万元，比上年增加1.00万元。`,
      errors: [{ message: '“三公”经费财政拨款支出决算比上年决算减少6.82万元，但各分项增减之和为减少7.12万元（0（持平） - 8.12 + 1.00），相差0.30万元', line: 1, column: 45 }],
    },
    {
      why: 'the total’s sentence opens with its 年初预算, its change after the 决算 clause: the subject is the sentence’s',
      code: `（一）总体情况。2024年度“三公”经费财政拨款年初预算为45.00万元，支出决算为38.64万元，完成年初预算的85.9%；比上年决算减少6.82万元，下降15.0%。\n\n（二）具体情况。因公出国（境）费决算为0万元，与上年持平。公务用车购置及运行维护费决算为29.46万元，比上年减少4.12万元。公务接待费决算为9.18万元，比上年减少2.86万元。`,
      errors: [{ message: '“三公”经费财政拨款支出决算比上年决算减少6.82万元，但各分项增减之和为减少6.98万元（0（持平） - 4.12 - 2.86），相差0.16万元', line: 1, column: 71 }],
    },
    {
      why: 'in one sentence: 年初预算 first, then 支出决算 and its change, 其中 the parts (1.00 + 2.50 + 1.00 = 4.50 against 5.00)',
      code: '2024年度“三公”经费年初预算为50.00万元，支出决算为41.20万元，比上年减少5.00万元，其中：因公出国（境）费减少1.00万元，公务用车购置及运行维护费减少2.50万元，公务接待费减少1.00万元。',
      errors: [{ message: '“三公”经费支出决算比上年减少5.00万元，但各分项增减之和为减少4.50万元（- 1.00 - 2.50 - 1.00），相差0.50万元', line: 1, column: 44 }],
    },
    {
      why: '预算数 then 决算数 of 公务用车购置及运行维护费: 2.00 + 1.20 = 3.20 against 3.60',
      code: '2024年公务用车购置及运行维护费预算数为30.00万元，决算数为26.40万元，比上年减少3.60万元，其中：公务用车购置费减少2.00万元，公务用车运行维护费减少1.20万元。',
      errors: [{ message: '公务用车购置及运行维护费决算数比上年减少3.60万元，但各分项增减之和为减少3.20万元（- 2.00 - 1.20），相差0.40万元', line: 1, column: 47 }],
    },
  ],
});
