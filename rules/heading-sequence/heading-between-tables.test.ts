import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A numbered heading standing between two tables pasted as space-aligned text (…总表, the rows 一、…三、, then
// 三、分险种情况 and the next table) is a heading of the text, not a row of the first table: the sections go on
// from it. Snippets written for these tests; none is copied from a real disclosure.
const table1 = [
  '单位：万元',
  '项目                        2024年执行数    2025年预算数',
  '一、基金收入                      52,400          55,100',
  '二、基金支出                      48,300          51,600',
  '三、本年收支结余                   4,100           3,500',
].join('\n');
const table2 = [
  '单位：万元',
  '险种                    收入        支出',
  '养老保险              18,200      17,100',
  '医疗保险              22,900      21,300',
  '工伤保险              14,000      13,200',
  '合计                  55,100      51,600',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: '一、 二、…总表 (its table) 三、 (the next table) 四、: in order',
      code: `一、编制情况\n全县基金收入预算55,100万元。\n二、预算收支总表\n${table1}\n三、分险种预算情况\n${table2}\n四、其他说明\n专款专用。`,
    },
    {
      why: 'with a title line over each table and（一）…（三） headings',
      code: `（一）编制情况\n全市基金收入预算55,100万元。\n（二）收支预算表\n表1 基金收支表\n${table1}\n（三）分险种情况\n表2 分险种收支表\n${table2}\n（四）其他说明\n专款专用。`,
    },
  ],
  invalid: [
    {
      why: '三、 between the tables, then 五、: 四、 is missing',
      code: `一、编制情况\n全县基金收入预算55,100万元。\n二、预算收支总表\n${table1}\n三、分险种预算情况\n${table2}\n五、其他说明\n专款专用。`,
      errors: [{ message: '标题“五、其他说明”序号由“三、”跳至“五、”，缺少“四、”', line: 16, column: 1 }],
    },
  ],
});

// A contents list that a PDF broke up (two of its lines read as a table): the entry after the table, with its dot
// leaders run across the page and its page number, is still an entry, not a heading that skips the two before it.
ruleTester(rule, {
  valid: [
    {
      why: 'the fourth part listed after two entries read as a table row',
      format: 'markdown',
      code: `目 录\n\n第一部分 部门概况${'.'.repeat(90)}2\n\n| 第二部分 | 2025年部门预算情况说明${'.'.repeat(80)}4 |\n| --- | --- |\n| 第三部分 | 2025年部门预算表${'.'.repeat(80)}12 |\n\n第四部分 名词解释${'.'.repeat(100)}24\n\n第一部分 部门概况\n\n第二部分 2025年部门预算情况说明\n\n第三部分 2025年部门预算表\n\n第四部分 名词解释\n`,
    },
    {
      why: 'ellipsis leaders, as plain text',
      code: `目录\n一、部门职责${'…'.repeat(60)}1\n三、名词解释${'…'.repeat(70)}9\n一、部门职责\n二、收支预算\n三、名词解释\n`,
    },
  ],
  invalid: [
    {
      why: 'the body still skips a heading the contents list numbers',
      code: `目录\n一、部门职责${'…'.repeat(60)}1\n二、收支预算${'…'.repeat(60)}5\n三、名词解释${'…'.repeat(70)}9\n一、部门职责\n三、名词解释\n`,
      errors: [{ message: '标题“三、名词解释”序号由“一、”跳至“三、”，缺少“二、”', line: 6, column: 1 }],
    },
  ],
});
