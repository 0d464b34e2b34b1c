import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Numbered points that open paragraphs of sentences, one paragraph each, side by side: the same number twice is numbered
// twice (a table row split over lines repeats a number on the next line too, but its lines are no sentences). Snippets
// written for these tests; none is copied from a real disclosure.
const POINTS = (third: string) =>
  `二、2025年财政工作主要成效\n\n（一）聚焦增收节支，财政实力稳步增强。税收收入占比保持在七成以上。\n\n（二）聚焦民生保障，民生实事全面完成。全年实施民生实事项目8个。\n\n${third}聚焦规范管理，财政监督持续加强。开展村级财务专项检查。\n\n三、存在的问题\n\n镇级可用财力增长乏力。\n`;

ruleTester(rule, {
  valid: [
    { why: '（一）（二）（三）', code: POINTS('（三）') },
    { why: 'a table row split over lines: 二、 again on the next line, no sentence', code: '一、一般公共预算财政拨款收入\n二、政府性基金预算财政拨款\n二、外交支出\n三、国防支出\n' },
  ],
  invalid: [
    {
      why: '（二） twice, side by side, each opening a paragraph',
      code: POINTS('（二）'),
      errors: [{ message: '标题“（二）聚焦规范管理”序号“（二）”与上一个同级标题重复，应为“（三）”', line: 7, column: 1 }],
    },
    {
      why: 'the same numbered （2）',
      code: POINTS('（2）').replace(/（一）/, '（1）').replace(/（二）/, '（2）'),
      errors: [{ message: '标题“（2）聚焦规范管理”序号“（2）”与上一个同级标题重复，应为“（3）”', line: 7, column: 1 }],
    },
    {
      why: 'the same numbered 2. in a plain-text copy without blank lines',
      code: POINTS('（二）').replace(/\n\n/g, '\n').replace(/（一）/, '1.').replace(/（二）/g, '2.'),
      errors: [{ message: '标题“2.聚焦规范管理”序号“2.”与上一个同级标题重复，应为“3.”', line: 4, column: 1 }],
    },
  ],
});
