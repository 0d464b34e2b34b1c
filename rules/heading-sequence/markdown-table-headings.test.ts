import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A Markdown heading that names a table (…总表) but takes its place among the headings of its depth and marker is
// a section heading: a table's own title numbers tables, not the sections around it.
const table = ['单位：万元', '', '| 项目 | 预算数 |', '|---|---:|', '| 一、财政拨款收入 | 3,864.20 |', '| 二、事业收入 | 826.40 |', '| 本年收入合计 | 4,690.60 |'].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: '## 二、收支预算总表 with its table, between ## 一、 and ## 三、',
      code: ['## 一、单位概况', '', '本院为事业单位。', '', '## 二、收支预算总表', '', table, '', '## 三、收入预算情况', '', '本院收入预算4,690.60万元。'].join('\n'),
      format: 'markdown',
    },
    {
      why: '### （二）财政拨款收支总表 between （一） and （三）',
      code: ['### （一）收支总体情况', '', '收支总计4,690.60万元。', '', '### （二）财政拨款收支总表', '', table, '', '### （三）一般公共预算财政拨款支出情况', '', '支出3,864.20万元。'].join('\n'),
      format: 'markdown',
    },
    {
      why: '## 2. 部门收入总表 after ## 1., the last of its sequence',
      code: ['## 1. 部门收支总体情况', '', '收支总计4,690.60万元。', '', '## 2. 部门收入总表', '', table].join('\n'),
      format: 'markdown',
    },
    {
      why: 'a bold table title in a paragraph is still a table title: 二、 between sections 一、 and 二、',
      code: ['## 一、单位概况', '', '本院为事业单位。', '', '**二、收支预算总表**', '', table, '', '## 二、收入预算情况', '', '本院收入预算4,690.60万元。'].join('\n'),
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'the table-named heading counts: 二、 then 四、',
      code: ['## 一、单位概况', '', '本院为事业单位。', '', '## 二、收支预算总表', '', table, '', '## 四、收入预算情况', '', '本院收入预算4,690.60万元。'].join('\n'),
      format: 'markdown',
      errors: [{ message: '标题“四、收入预算情况”序号由“二、”跳至“四、”，缺少“三、”', line: 15, column: 4 }],
    },
  ],
});

// The same in plain text (a web page's copy, a converter's .txt): both neighbours must fit, and neither may name a table.
ruleTester(rule, {
  valid: [
    {
      why: '二、收支预算总表 with its tab table, between 一、 and 三、',
      code: ['一、单位概况', '本院为事业单位。', '二、收支预算总表', '单位：万元', '项目\t预算数', '财政拨款收入\t3,864.20', '事业收入\t826.40', '本年收入合计\t4,690.60', '三、收入预算情况', '本院收入预算4,690.60万元。'].join('\n'),
    },
    {
      why: '（二）财政拨款收支总表 between （一） and （三）, prose between them',
      code: ['（一）收支总体情况', '收支总计4,690.60万元。', '（二）财政拨款收支总表', '单位：万元', '项目\t预算数', '财政拨款收入\t3,864.20', '事业收入\t826.40', '本年收入合计\t4,690.60', '（三）一般公共预算财政拨款支出情况', '支出3,864.20万元。'].join('\n'),
    },
    {
      why: 'numbered table titles of their own after the sections stay table titles: no 四、 is missing',
      code: ['一、收入情况', '收入4,690.60万元。', '二、支出情况', '支出4,690.60万元。', '三、其他说明', '无。', '一、收支总表', '单位：万元', '项目\t预算数', '财政拨款收入\t3,864.20', '事业收入\t826.40', '本年收入合计\t4,690.60', '二、收入总表', '单位：万元', '项目\t预算数', '财政拨款收入\t3,864.20', '事业收入\t826.40', '本年收入合计\t4,690.60'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'a gap after the section the table-named heading opens is still found: 三、 then 五、',
      code: ['一、单位概况', '本院为事业单位。', '二、收支预算总表', '单位：万元', '项目\t预算数', '财政拨款收入\t3,864.20', '事业收入\t826.40', '本年收入合计\t4,690.60', '三、收入预算情况', '本院收入预算4,690.60万元。', '五、支出预算情况', '本院支出预算4,690.60万元。'].join('\n'),
      errors: [{ message: '标题“五、支出预算情况”序号由“三、”跳至“五、”，缺少“四、”', line: 11, column: 1 }],
    },
  ],
});
