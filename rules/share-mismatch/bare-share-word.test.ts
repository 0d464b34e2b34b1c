import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 农林水支出942.80万元，比重为…: 比重 alone in the clause after an amount (no 占) states the amount's share, its base left
// unsaid as after a bare 占: the list it was set out in before, or the 其中 list it stands in. Snippets written for these
// tests; none is copied from a real disclosure.
const LIST =
  '2025年全镇一般公共预算支出4,812.60万元，按功能分类：一般公共服务支出1,604.20万元，占33.3%；教育支出286.40万元；社会保障和就业支出902.80万元；城乡社区支出738.60万元；农林水支出1,280.60万元。';

ruleTester(rule, {
  valid: [
    {
      why: '1,280.60 / 4,812.60 = 26.61%, stated 26.6%',
      code: `${LIST}\n\n重点支出情况：农林水支出1,280.60万元，比重为26.6%，主要用于高标准农田建设和农村供水保障。`,
    },
    {
      why: '比例 after an amount is a rate set (a match), no share held: silent',
      code: `${LIST}\n\n重点支出情况：农林水支出1,280.60万元，比例为30.0%，主要用于高标准农田建设和农村供水保障。`,
    },
    {
      why: 'a heading between the list and the restated part starts another matter',
      code: `${LIST}\n\n三、重点支出情况\n\n农林水支出1,280.60万元，比重为30.0%，主要用于高标准农田建设和农村供水保障。`,
    },
  ],
  invalid: [
    {
      why: 'restated a paragraph after its list: 1,280.60 / 4,812.60 = 26.61%, stated 28.4%',
      code: `${LIST}\n\n重点支出情况：农林水支出1,280.60万元，比重为28.4%，主要用于高标准农田建设和农村供水保障；社会保障和就业支出902.80万元，主要用于城乡居民养老保险补贴。`,
      errors: [{ message: '农林水支出1,280.60万元占全镇一般公共预算支出4,812.60万元的26.6%，而非所写的28.4%', line: 3, column: 27 }],
    },
    {
      why: 'in a 其中 list, 其比重达: 1,280.60 / 4,812.60 = 26.61%, stated 24.9%',
      code: '2025年全镇一般公共预算支出4,812.60万元，其中：农林水支出1,280.60万元，其比重达24.9%；城乡社区支出738.60万元。',
      errors: [{ message: '农林水支出1,280.60万元占全镇一般公共预算支出4,812.60万元的26.6%，而非所写的24.9%', line: 1, column: 50 }],
    },
  ],
});
