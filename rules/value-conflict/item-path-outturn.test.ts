import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 部门决算 explains its 一般公共预算财政拨款支出 科目 by 科目, each item opening on the 科目's path and then giving the budget
// and the outturn, while the paragraph on the spending's structure names the same 项 among its class's parts: the 项's
// outturn is one figure, told twice. A 项 that stands under many 款 (行政运行), one named like its 款, one explained twice,
// and a budget's items (no outturn) are not read so. Snippets written for these tests.
const TITLE = '青岚县实验中学2025年度部门决算\n\n';
const STRUCTURE_OWN = (outturn: string) =>
  `一、一般公共预算财政拨款支出决算结构情况\n\n2025年度一般公共预算财政拨款支出3,812.60万元，其中：教育支出3,406.20万元，社会保障和就业支出286.40万元，住房保障支出120.00万元。教育支出中，初中教育${outturn}万元，教师进修128.30万元，其他教育支出80.50万元。\n\n二、一般公共预算财政拨款支出决算具体情况\n\n`;
const ITEM = (outturn: string, sep = '。') => `1.教育支出（类）普通教育（款）初中教育（项）${sep}调整预算为3,260.00万元，支出决算为${outturn}万元，完成调整预算的98.9%。主要原因是部分设备采购尾款结转下年。\n`;

ruleTester(rule, {
  valid: [
    {
      why: 'the item tells the outturn the structure paragraph gave',
      code: `${TITLE}${STRUCTURE_OWN('3,197.40')}${ITEM('3,197.40')}`,
    },
    {
      why: 'the item’s budget differs from the paragraph’s figure, its outturn does not',
      code: `${TITLE}${STRUCTURE_OWN('3,197.40')}1.教育支出（类）普通教育（款）初中教育（项）。年初预算为3,179.40万元，支出决算为3,197.40万元，完成年初预算的100.6%。\n`,
    },
    {
      why: 'a 项 under many 款 (行政运行) names no one item',
      code: `${TITLE}一、一般公共预算财政拨款支出决算结构情况\n\n2025年度一般公共预算财政拨款支出1,206.80万元，其中：一般公共服务支出1,020.40万元。一般公共服务支出中，行政运行846.20万元，其他一般公共服务支出174.20万元。\n\n二、一般公共预算财政拨款支出决算具体情况\n\n1.一般公共服务支出（类）财政事务（款）行政运行（项）。调整预算为700.00万元，支出决算为684.20万元。\n`,
    },
    {
      why: 'a 项 named like its 款: the paragraph may mean the 款',
      code: `${TITLE}一、一般公共预算财政拨款支出决算结构情况\n\n2025年度一般公共预算财政拨款支出2,140.00万元，其中：城乡社区支出2,140.00万元。城乡社区支出中，城乡社区环境卫生1,860.00万元，城乡社区公共设施280.00万元。\n\n二、一般公共预算财政拨款支出决算具体情况\n\n1.城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）。调整预算为1,700.00万元，支出决算为1,640.00万元。\n`,
    },
    {
      why: 'one 项 name explained under two 款 is two 项',
      code: `${TITLE}${STRUCTURE_OWN('3,197.40')}${ITEM('3,179.40')}2.教育支出（类）成人教育（款）初中教育（项）。调整预算为40.00万元，支出决算为36.20万元。\n`,
    },
    {
      why: 'a budget’s items state no outturn',
      code: `青岚县实验中学2026年部门预算\n\n一、一般公共预算拨款支出预算情况\n\n2026年一般公共预算拨款支出3,900.00万元，其中：教育支出3,480.00万元。教育支出中，初中教育3,260.00万元，其他教育支出220.00万元。\n\n二、一般公共预算拨款支出预算具体情况\n\n1.教育支出（类）普通教育（款）初中教育（项）。2026年预算数为3,206.00万元，主要用于学校日常运转。\n`,
    },
  ],
  invalid: [
    {
      why: 'the path a sentence of its own, 支出决算为',
      code: `${TITLE}${STRUCTURE_OWN('3,197.40')}${ITEM('3,179.40')}`,
      errors: [{ message: '2025年初中教育支出在前文为3,197.40万元，此处却为3,179.40万元', line: 9, column: 46 }],
    },
    {
      why: 'the path closed by a colon, codes in its brackets, 决算数为',
      code: `${TITLE}一、一般公共预算财政拨款支出决算结构情况\n\n2025年度一般公共预算财政拨款支出5,420.80万元，其中：卫生健康支出5,420.80万元。在卫生健康支出中，综合医院4,612.30万元，中医（民族）医院808.50万元。\n\n二、一般公共预算财政拨款支出决算具体情况\n\n（一）卫生健康支出（210类）公立医院（02款）综合医院（01项）：年初预算为4,500.00万元，决算数为4,621.30万元，完成年初预算的102.7%，主要是增加了发热门诊改造支出。\n`,
      errors: [{ message: '2025年综合医院支出在前文为4,612.30万元，此处却为4,621.30万元', line: 9, column: 55 }],
    },
    {
      why: 'a PDF line ending at the path’s full stop: the clauses on the next line',
      format: 'text',
      code: `${TITLE}${STRUCTURE_OWN('3,197.40')}1.教育支出（类）普通教育（款）初中教育（项）。\n调整预算为3,260.00万元，支出决算为3,179.40万元，完成调整预算的97.5%。\n`,
      errors: [{ message: '2025年初中教育支出在前文为3,197.40万元，此处却为3,179.40万元', line: 10, column: 22 }],
    },
  ],
});
