import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A class of spending listed under its jurisdiction's general book total (全县一般公共预算支出…。其中：教育支出…) is that
// jurisdiction's spending on the class, what 全县教育支出 names when said again further on. Another scope (县本级), another
// year, a part of the class or a total of a narrower whole lends nothing. Hard-wrapped text, as a converted file prints
// it. Snippets written for these tests.
const HEAD = '青屏县2025年度政府决算公开说明\n一、一般公共预算收支决算情况\n';
const LIST = (whole: string) =>
  `（二）支出决算。2025年，${whole}一般公共预算支出386,240万元，完成调整预算的97.6%。其中：教育支出72,460万元，\n完成调整预算的98.1%；卫生健康支出35,180万元；农林水支出51,620万元。\n`;
const MIDDLE = '一般公共服务支出30,460万元，比上年减少1,260万元，主要是严控一般性支出。\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the class said again with 全县 and its listed value',
      code: `${HEAD}${LIST('全县')}${MIDDLE}全县教育支出72,460万元，主要用于学前教育和普通高中。\n`,
    },
    {
      why: 'the list is of 县本级, the sentence of 全县: two scopes',
      code: `${HEAD}${LIST('县本级')}${MIDDLE}全县教育支出94,860万元，主要用于学前教育和普通高中。\n`,
    },
    {
      why: 'the later sentence is of last year',
      code: `${HEAD}${LIST('全县')}${MIDDLE}2024年全县教育支出70,120万元。\n`,
    },
    {
      why: 'a part of the class (义务教育支出), not the class',
      code: `${HEAD}${LIST('全县')}${MIDDLE}全县义务教育支出41,380万元，主要用于城乡义务教育学校运转。\n`,
    },
    {
      why: 'the class listed under a narrower whole (民生支出)',
      code: `${HEAD}2025年，全县民生支出286,400万元。其中：教育支出62,460万元；卫生健康支出35,180万元。\n全县教育支出72,460万元。\n`,
    },
  ],
  invalid: [
    {
      why: 'listed 72,460, said again with 全县 as 74,260 two paragraphs on',
      code: `${HEAD}${LIST('全县')}${MIDDLE}全年重点保障了教育和医疗。全县教育支出74,260万元，主要用于学前教育和普通\n高中扩容。\n`,
      errors: [{ message: '2025年教育支出在前文为72,460万元，此处却为74,260万元', line: 6, column: 20 }],
    },
    {
      why: 'another class, the sentence opening on 全县 and the year',
      code: `${HEAD}${LIST('全县')}${MIDDLE}2025年全县农林水支出56,120万元，主要用于高标准农田建设。\n`,
      errors: [{ message: '2025年农林水支出在前文为51,620万元，此处却为56,120万元', line: 6, column: 13 }],
    },
  ],
});
