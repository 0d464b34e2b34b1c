import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// One wrong number in a run of headings is one slip. A number written twice (二、 二、 四、) stands, the second time, for
// the number it displaced (三、), so the heading after it is in turn; a number written too soon (二、 四、 四、) leaves
// the next heading, the real 四、, in its place. Each reports the slip once and not the heading after it. Snippets
// written for these tests; none is copied from a real disclosure.
const SECTIONS = (a: string, b: string, c: string, d: string) =>
  `${a}一般公共预算收支决算情况\n2025年全镇一般公共预算收入完成1,286.40万元，比上年增长4.2%，主要是税收收入增加。\n${b}政府性基金预算收支决算情况\n全镇政府性基金预算收入412.00万元，全部为国有土地使用权出让收入。\n${c}“三公”经费决算情况\n全镇“三公”经费决算数18.62万元，比上年减少2.10万元，下降10.1%。\n${d}政府采购和国有资产占用情况\n全镇政府采购支出96.30万元，其中货物类42.10万元，服务类54.20万元。\n`;

ruleTester(rule, {
  valid: [
    { why: 'in order', code: SECTIONS('一、', '二、', '三、', '四、') },
  ],
  invalid: [
    {
      why: '二、 twice, then 四、: the repeat is the slip, 四、 follows it in turn',
      code: SECTIONS('一、', '二、', '二、', '四、'),
      errors: [{ message: '标题“二、“三公”经费决算情况”序号“二、”与上一个同级标题重复，应为“三、”', line: 5, column: 1 }],
    },
    {
      why: 'the same with （一）（二）（二）（四） under a section heading, in Markdown',
      format: 'markdown',
      code: `# 三、主要绩效\n\n${SECTIONS('（一）', '（二）', '（二）', '（四）').replace(/\n/g, '\n\n')}`,
      errors: [{ message: '标题“（二）“三公”经费决算情况”序号“（二）”与上一个同级标题重复，应为“（三）”', line: 11, column: 1 }],
    },
    {
      why: '二、 twice, then 三、: the repeat reported, 三、 in turn with the 二、 before it',
      code: SECTIONS('一、', '二、', '二、', '三、'),
      errors: [{ message: '标题“二、“三公”经费决算情况”序号“二、”与上一个同级标题重复，应为“三、”', line: 5, column: 1 }],
    },
    {
      why: '一、 三、 三、 四、: the first 三、 came too soon and is the slip; the second is the real 三、',
      code: SECTIONS('一、', '三、', '三、', '四、'),
      errors: [{ message: '标题“三、政府性基金预算收支决算情况”序号由“一、”跳至“三、”，缺少“二、”', line: 3, column: 1 }],
    },
    {
      why: '1. 2. 4. 4.: the same with Arabic numerals',
      code: SECTIONS('1.', '2.', '4.', '4.'),
      errors: [{ message: '标题“4.“三公”经费决算情况”序号由“2.”跳至“4.”，缺少“3.”', line: 5, column: 1 }],
    },
    {
      why: 'a plain skip (一、 二、 四、 五、) is still a skip',
      code: SECTIONS('一、', '二、', '四、', '五、'),
      errors: [{ message: '标题“四、“三公”经费决算情况”序号由“二、”跳至“四、”，缺少“三、”', line: 5, column: 1 }],
    },
    {
      why: 'a repeat followed by a number further on (二、 二、 五、) still skips one past the slip',
      code: `${SECTIONS('一、', '二、', '二、', '五、')}`,
      errors: [
        { message: '标题“二、“三公”经费决算情况”序号“二、”与上一个同级标题重复，应为“三、”', line: 5, column: 1 },
        { message: '标题“五、政府采购和国有资产占用情况”序号由“二、”跳至“五、”，缺少“三、”至“四、”', line: 7, column: 1 },
      ],
    },
  ],
});
