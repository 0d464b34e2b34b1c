import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A number written back among the headings of a section (一、 二、 三、 四、 then 三、 where 五、 was meant) is one slip. The
// heading after it goes on in turn whether the slip stood for the next number (六、 or 五、 after it) or opened the old
// numbers again (四、 after it): one message, on the slip. Snippets written for these tests; none is copied from a real
// disclosure.
const PARTS = (e: string, f: string) =>
  `一、部门主要职责\n区民政局负责全区社会救助、养老服务、社会组织管理和殡葬管理等工作。\n二、收支预算总体情况\n2026年收支预算总额12,486.30万元，比上年增加416.20万元。\n三、一般公共预算支出预算情况\n一般公共预算支出11,902.10万元，主要用于城乡低保和特困人员供养。\n四、政府性基金预算支出情况\n政府性基金预算支出584.20万元，全部为彩票公益金安排的支出。\n${e}“三公”经费预算情况\n“三公”经费预算38.60万元，比上年减少2.40万元，主要是公务接待费压减。\n${f}其他重要事项的情况说明\n本部门2026年机关运行经费预算326.80万元，比上年下降3.1%。\n`;

ruleTester(rule, {
  valid: [{ why: 'in order', code: PARTS('五、', '六、') }],
  invalid: [
    {
      why: '三、 where 五、 was meant, then 六、: one message, on the 三、',
      code: PARTS('三、', '六、'),
      errors: [{ message: '标题“三、“三公”经费预算情况”序号“三、”出现在“四、”之后', line: 9, column: 1 }],
    },
    {
      why: 'the same, then 五、: the stray number reported, 五、 in its place',
      code: PARTS('三、', '五、'),
      errors: [{ message: '标题“三、“三公”经费预算情况”序号“三、”出现在“四、”之后', line: 9, column: 1 }],
    },
    {
      why: 'the same in Markdown, then 四、 after the 三、 (the old numbers opened again)',
      format: 'markdown',
      code: PARTS('## 三、', '## 四、').replace(/^([一二三四]、)/gm, '## $1').replace(/\n/g, '\n\n'),
      errors: [{ message: '标题“三、“三公”经费预算情况”序号“三、”出现在“四、”之后', line: 17, column: 4 }],
    },
    {
      why: 'a number written back followed by a real skip (三、 after 四、, then 八、) is still a skip',
      code: PARTS('三、', '八、'),
      errors: [
        { message: '标题“三、“三公”经费预算情况”序号“三、”出现在“四、”之后', line: 9, column: 1 },
        { message: '标题“八、其他重要事项的情况说明”序号由“三、”跳至“八、”，缺少“四、”至“七、”', line: 11, column: 1 },
      ],
    },
  ],
});
