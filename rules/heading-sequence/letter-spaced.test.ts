import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Headings an OCR or a PDF set out one character at a time, the 、 and the quotes apart too: "八 、国 有 资 产 占 用 情 况".
// Read with the spaces beside the marks kept, "八 、" was no heading number at all, so a skipped number went unseen.
const body = (a: string, b: string) =>
  `${a}\n    本单位2025年收入预算3,862.40万元，比上年增加168.20万元。\n\n${b}\n    （一）基本支出：指为保障机构正常运转、完成日常工作任务而发生的支出。\n`;

ruleTester(rule, {
  valid: [
    {
      why: '八、 then 九、, letter-spaced',
      code: body('八 、国 有 资 产 占 用 情 况', '九 、名 词 解 释'),
    },
    {
      why: 'quotes set apart too: 四、 then 五、',
      code: body('四 、项 目 支 出 预 算', '五 、“ 三 公 ” 经 费 预 算'),
    },
    {
      why: 'a table head of two-character cells is not a letter-spaced line',
      code: '一、收入情况\n\n项目  预算数  决算数\n\n二、支出情况\n',
    },
  ],
  invalid: [
    {
      why: '八、 then 十、, letter-spaced',
      code: body('八 、国 有 资 产 占 用 情 况', '十 、名 词 解 释'),
      errors: [{ message: '标题“十、名词解释”序号由“八、”跳至“十、”，缺少“九、”', line: 4, column: 1 }],
    },
    {
      why: 'full-width spaces: 三、 then 五、',
      code: body('三　、基　本　支　出　预　算', '五　、“　三　公　”　经　费　预　算'),
      errors: [{ message: '标题“五、“三公”经费预算”序号由“三、”跳至“五、”，缺少“四、”', line: 4, column: 1 }],
    },
  ],
});
