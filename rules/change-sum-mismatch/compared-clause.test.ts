import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 与上年相比，/ 同上年相比，/ 和2023年相比， written as a clause of its own between the total and its
// change, and again between a part's level and its change. The wording probe (bench/reword.mjs) wrote
// 与上年相比， for 比上年 through the annotated sets: the total then had no subject and the list stopped
// at the part whose comparison stood alone. 同比 right after the subject was also kept in its name.
ruleTester(rule, {
  valid: [
    {
      why: '1.00 + 2.80 + 1.60 = 5.40, with 同上年相比，between the subject and its change',
      code: '2025年“三公”经费预算48.60万元。“三公”经费同上年相比，减少5.40万元，其中：因公出国（境）费减少1.00万元；公务用车购置及运行维护费减少2.80万元；公务接待费减少1.60万元。',
    },
    {
      why: '0 + 4.20 + 1.20 = 5.40, each part with its own 与上年相比，',
      code: '2024年“三公”经费支出和2023年相比，减少5.40万元，其中因公出国（境）费与上年持平，公务用车购置及运行维护费31.20万元，与上年相比，减少4.20万元，公务接待费6.80万元，与上年相比，减少1.20万元。',
    },
  ],
  invalid: [
    {
      why: 'X同上年相比，减少D: 1.00 + 2.80 + 0.60 = 4.40, stated 5.40',
      code: '2025年“三公”经费预算48.60万元。“三公”经费同上年相比，减少5.40万元，其中：因公出国（境）费减少1.00万元；公务用车购置及运行维护费减少2.80万元；公务接待费减少0.60万元。',
      errors: [{ message: '“三公”经费比上年减少5.40万元，但各分项增减之和为减少4.40万元（- 1.00 - 2.80 - 0.60），相差1.00万元', line: 1, column: 36 }],
    },
    {
      why: 'X和2023年相比，减少D, parts each with 与上年相比，: 0 + 4.20 + 0.60 = 4.80, stated 5.40; the base is the year named',
      code: '2024年“三公”经费支出和2023年相比，减少5.40万元，其中因公出国（境）费与上年持平，公务用车购置及运行维护费31.20万元，与上年相比，减少4.20万元，公务接待费6.80万元，与上年相比，减少0.60万元。',
      errors: [{ message: '“三公”经费支出比2023年减少5.40万元，但各分项增减之和为减少4.80万元（0（持平） - 4.20 - 0.60），相差0.60万元', line: 1, column: 25 }],
    },
    {
      why: 'X同比减少D: 同比 is not part of the subject’s name',
      code: '2024年“三公”经费支出同比减少5.40万元，其中因公出国（境）费与上年持平，公务用车运行维护费减少4.20万元，公务接待费减少0.60万元。',
      errors: [{ message: '“三公”经费支出比上年同期减少5.40万元，但各分项增减之和为减少4.80万元（0（持平） - 4.20 - 0.60），相差0.60万元', line: 1, column: 18 }],
    },
  ],
});
