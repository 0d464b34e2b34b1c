import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of an allocation names its money column by the money and its size (资金规模, 投资额, 经费金额); the text says
// the same money by its noun alone after a verb of allocating (安排资金, 下达资金, 使用资金), often after a clause that
// says why the row stands out (某乡为…最多的乡，安排资金…). The noun alone names that column when no other column is named
// so. Snippets written for these tests.
const towns =
  '表3 2025年度衔接资金按乡镇分配情况（单位：个、万元）\n\n| 乡镇 | 项目数 | 资金规模 | 上年资金 |\n| --- | --- | --- | --- |\n| 青石镇 | 21 | 4,218.60 | 3,962.40 |\n| 南坪乡 | 17 | 3,506.20 | 3,284.10 |\n| 合计 | 38 | 7,724.80 | 7,246.50 |\n';
const projects = [
  '表2  2025年重点项目投资安排表',
  '                                          单位：万元',
  '项目名称                    投资额        上年投资',
  '城东污水处理厂扩建工程     8,640.00        3,200.00',
  '滨河路综合管廊工程         5,280.00        2,760.00',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the money as the row has it',
      code: `南坪乡为全县脱贫人口最多的乡，安排资金3,506.20万元，实施项目17个，主要用于特色种植。\n\n${towns}`,
      format: 'markdown',
    },
    {
      why: 'a sentence of last year names the other column, not the one of this year',
      code: `南坪乡上年安排资金3,284.10万元，今年继续向产业项目倾斜。\n\n${towns}`,
      format: 'markdown',
    },
    {
      why: 'a table with two columns of 资金 sizes leaves the noun alone no one column’s',
      code: `南坪乡安排资金3,560.20万元，实施项目17个。\n\n| 乡镇 | 资金规模 | 资金总额 |\n| --- | --- | --- |\n| 青石镇 | 4,218.60 | 4,260.00 |\n| 南坪乡 | 3,506.20 | 3,540.00 |\n`,
      format: 'markdown',
    },
    {
      why: 'the row’s money said again as it is, 下达 after the name',
      code: `青石镇下达资金4,218.60万元，主要用于产业路和冷链仓储设施建设。\n\n${towns}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'why the row stands out, then 安排资金: 3,560.20 against the 资金规模 3,506.20',
      code: `南坪乡为全县脱贫人口最多的乡，安排资金3,560.20万元，实施项目17个，主要用于特色种植。\n\n${towns}`,
      format: 'markdown',
      errors: [{ message: '南坪乡资金在表中为3,506.20万元，此处却为3,560.20万元', line: 1, column: 20 }],
    },
    {
      why: '下达资金 right after the row’s name: 4,281.60 against 4,218.60',
      code: `青石镇下达资金4,281.60万元，主要用于产业路和冷链仓储设施建设。\n\n${towns}`,
      format: 'markdown',
      errors: [{ message: '青石镇资金在表中为4,218.60万元，此处却为4,281.60万元', line: 1, column: 8 }],
    },
    {
      why: 'a space-aligned table’s 投资额, said 安排投资: 5,820.00 against 5,280.00',
      code: `滨河路综合管廊工程安排投资5,820.00万元，年内完成主体工程。\n\n${projects}`,
      errors: [{ message: '滨河路综合管廊工程投资在表中为5,280.00万元，此处却为5,820.00万元', line: 1, column: 14 }],
    },
  ],
});
