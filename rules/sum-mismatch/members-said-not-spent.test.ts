import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// “三公”经费 by its known members, some of them listed with their amounts and the text saying the others were not spent at
// all (未发生…, 无…支出, …均为零): the list is the whole of the total. A member only partly named (运行维护费 of 公务用车)
// counts as covered only when its other part (购置费) is said not spent too. Snippets written for these tests; none is
// copied from a real disclosure.

ruleTester(rule, {
  valid: [
    {
      why: '12.40 + 6.30 = 18.70: the list adds up',
      code: '2025年本局“三公”经费支出18.70万元，其中公务用车运行维护费12.40万元、公务接待费6.30万元，未发生因公出国（境）费和公务用车购置费。',
    },
    {
      why: '购置费 is not said not spent: 运行维护费 may be only part of 公务用车, the list is not proven whole',
      code: '2025年本局“三公”经费支出19.50万元，其中公务用车运行维护费12.40万元、公务接待费6.30万元，未发生因公出国（境）费。',
    },
    {
      why: 'what was not spent is last year’s: nothing said of this year’s other members',
      code: '2025年本局“三公”经费支出19.50万元，其中公务用车运行维护费12.40万元、公务接待费6.30万元，上年未发生因公出国（境）费和公务用车购置费。',
    },
    {
      why: '因公出国 not said not spent (only 购置): the list may leave it out',
      code: '2025年本局“三公”经费支出19.50万元，其中公务用车运行维护费12.40万元、公务接待费6.30万元，无公务用车购置费支出。',
    },
  ],
  invalid: [
    {
      why: 'the members left out said not spent after the list: 12.40 + 6.30 = 18.70, not 19.50',
      code: '2025年本局“三公”经费支出19.50万元，其中公务用车运行维护费12.40万元、公务接待费6.30万元，未发生因公出国（境）费和公务用车购置费，较年初预算减少2.10万元。',
      errors: [{ message: '本局“三公”经费支出合计19.50万元，但分项之和为18.70万元（12.40 + 6.30），相差0.80万元', line: 1, column: 16 }],
    },
    {
      why: 'said before the total, in its sentence: 12.40 + 6.30 = 18.70, not 19.50',
      code: '2025年全年无因公出国（境）费和公务用车购置费支出，“三公”经费支出19.50万元，其中：公务用车运行维护费12.40万元，公务接待费6.30万元。',
      errors: [{ message: '“三公”经费支出合计19.50万元，但分项之和为18.70万元（12.40 + 6.30），相差0.80万元', line: 1, column: 36 }],
    },
    {
      why: 'said in the sentence after the list, names first: 11.60 + 6.30 = 17.90, not 18.70',
      code: '2025年本局“三公”经费支出18.70万元，其中公务用车购置及运行维护费11.60万元，公务接待费6.30万元。因公出国（境）费为零，主要是严格控制出国团组。',
      errors: [{ message: '本局“三公”经费支出合计18.70万元，但分项之和为17.90万元（11.60 + 6.30），相差0.80万元', line: 1, column: 16 }],
    },
  ],
});
