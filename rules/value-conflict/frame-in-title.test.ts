import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A title that says its section goes item by item (（二）按功能科目分, 2. 按支出功能分类情况) over a list run on with commas
// (A支出…万元，B支出…万元，…): each item is framed as a ；-clause of 按功能分类：… is, and an item said again by its name alone
// a paragraph or two on is one fact with it. Snippets written for these tests.
const TITLE = '石桥镇2026年财政预算（草案）报告\n\n三、2026年支出预算安排\n\n';
const LIST = '一般公共服务支出742.60万元，公共安全支出98.40万元，教育支出36.80万元，社会保障和就业支出1,024.30万元，农林水支出1,168.20万元，城乡社区支出1,326.50万元，其他支出204.70万元。';
const BETWEEN = '农林水支出1,168.20万元，占支出总额的比例为25.7%，重点保障高标准农田管护。';

ruleTester(rule, {
  valid: [
    { why: 'the item said again as the list has it', code: `${TITLE}（二）按功能科目分\n\n${LIST}\n\n${BETWEEN}\n\n城乡社区支出1,326.50万元，主要用于场镇道路维护。\n` },
    { why: 'a title that frames nothing: the list’s later items are no statements', code: `${TITLE}（二）重点支出情况\n\n${LIST}\n\n城乡社区支出1,362.50万元，主要用于场镇道路维护。\n` },
    { why: 'a title between the list and the item', code: `${TITLE}（二）按功能科目分\n\n${LIST}\n\n（三）重点民生项目\n\n城乡社区支出1,362.50万元，主要用于场镇道路维护。\n` },
    { why: 'a paragraph of another fund between', code: `${TITLE}（二）按功能科目分\n\n${LIST}\n\n政府性基金预算支出安排186.00万元，主要用于农村基础设施建设。\n\n城乡社区支出186.00万元，主要用于场镇道路维护。\n` },
  ],
  invalid: [
    {
      why: '（二）按功能科目分, the item two paragraphs on',
      code: `${TITLE}（二）按功能科目分\n\n${LIST}\n\n${BETWEEN}\n\n城乡社区支出1,362.50万元，主要用于场镇道路管网维护、垃圾清运和公共照明。\n`,
      errors: [{ message: '2026年城乡社区支出在前文为1,326.50万元，此处却为1,362.50万元', line: 11, column: 7 }],
    },
    {
      why: 'a Markdown heading 按支出功能分类情况, the item in the next paragraph',
      format: 'markdown',
      code: `# 石桥镇2026年财政预算（草案）报告\n\n## 三、2026年支出预算安排\n\n### 2. 按支出功能分类情况\n\n${LIST}\n\n社会保障和就业支出1,042.30万元，主要用于城乡居民养老保险补助。\n`,
      errors: [{ message: '2026年社会保障和就业支出在前文为1,024.30万元，此处却为1,042.30万元', line: 9, column: 10 }],
    },
    {
      why: '分功能科目看 as the title, the list hard-wrapped',
      code: `${TITLE}（二）分功能科目看\n\n一般公共服务支出742.60万元，公共安全支出98.40万元，教育支出36.80万元，社\n会保障和就业支出1,024.30万元，农林水支出1,168.20万元。\n\n农林水支出1,186.20万元，主要用于山坪塘整治。\n`,
      errors: [{ message: '2026年农林水支出在前文为1,168.20万元，此处却为1,186.20万元', line: 10, column: 6 }],
    },
  ],
});
