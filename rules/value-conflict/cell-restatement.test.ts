import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence naming one row of a table, then one of its columns (X项目资金, X执行数), restates that cell.
// Snippets written for these tests.
const projects = '单位：万元\n\n| 项目名称 | 预算资金（万元） |  | 执行率 |\n| --- | --- | --- | --- |\n|  | 年初预算 | 执行数 |  |\n| 学生资助 | 900.00 | 870.50 | 96.7% |\n| 校舍维修 | 640.00 | 512.00 | 80.0% |\n\n';
const scored = '| 序号 | 项目名称 | 资金（万元） | 得分 | 等级 |\n|---|---|---|---|---|\n| 1 | 农村道路养护 | 481.00 | 92.0 | 优 |\n| 2 | 小型水库除险 | 236.50 | 86.5 | 良 |\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the cell restated right, with 项目 between the row’s name and the column’s',
      format: 'markdown',
      code: `${projects}学生资助项目执行数870.50万元，主要用于家庭经济困难学生生活补助。`,
    },
    {
      why: 'the value is another cell of the row (年初预算): the sentence may mean that column',
      format: 'markdown',
      code: `${projects}学生资助项目执行数900.00万元，主要用于家庭经济困难学生生活补助。`,
    },
    {
      why: 'a sentence about last year is not the table’s year',
      format: 'markdown',
      code: `${projects}上年学生资助项目执行数807.50万元，今年有所增加。`,
    },
    {
      why: 'the name is two rows’ (two tables with different values): which one is not said',
      format: 'markdown',
      code: `${scored}${scored.replace('481.00', '300.00')}农村道路养护项目资金418.00万元，完成路面修补。`,
    },
    {
      why: 'a part of the project’s money (已拨付资金) is not the column',
      format: 'markdown',
      code: `${scored}农村道路养护项目已拨付资金418.00万元，完成路面修补。`,
    },
  ],
  invalid: [
    {
      why: '其中，X项目资金 against the row’s 资金（万元） cell',
      format: 'markdown',
      code: `${scored}其中，农村道路养护项目资金418.00万元，完成路面修补120公里。`,
      errors: [{ message: '农村道路养护资金在表中为481.00万元，此处却为418.00万元', line: 6, column: 14 }],
    },
    {
      why: 'a two-level head: 执行数 under 预算资金（万元） merged over two columns',
      format: 'markdown',
      code: `${projects}学生资助项目执行数807.50万元，主要用于家庭经济困难学生生活补助。`,
      errors: [{ message: '学生资助执行数在表中为870.50万元，此处却为807.50万元', line: 9, column: 10 }],
    },
    {
      why: 'the column named without 项目 (校舍维修年初预算)',
      format: 'markdown',
      code: `${projects}校舍维修年初预算460.00万元，执行率偏低。`,
      errors: [{ message: '校舍维修年初预算在表中为640.00万元，此处却为460.00万元', line: 9, column: 9 }],
    },
  ],
});

// 普棠县保障性租赁住房项目建设租赁住房1,260套，申请本批债券资金1.80亿元: a column named after a verb alone (申请, 使用, 安排本批)
// is the cell of the row the sentence opens with.
const bondProjects =
  '\n\n表1 本批新增专项债券项目表（单位：万元）\n\n| 项目名称 | 总投资 | 债券资金 |\n| --- | --- | --- |\n| 城东片区雨污分流改造项目 | 42,600 | 18,000 |\n| 北山保障性租赁住房项目 | 38,640 | 16,000 |\n| 河西产业园标准厂房项目 | 51,200 | 22,000 |\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the amount the row gives',
      code: `北山保障性租赁住房项目建设租赁住房1,260套，申请本批债券资金1.60亿元。${bondProjects}`,
      format: 'markdown',
    },
    {
      why: 'the sentence opens with no row’s name',
      code: `全市保障性住房项目建设租赁住房1,260套，申请本批债券资金1.80亿元。${bondProjects}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '申请本批债券资金 1.80亿元 against the row’s 16,000万元',
      code: `北山保障性租赁住房项目建设租赁住房1,260套，申请本批债券资金1.80亿元，项目资本金由县级财政安排。${bondProjects}`,
      format: 'markdown',
      errors: [{ message: '北山保障性租赁住房项目债券资金在表中为16,000万元（即1.60亿元），此处却为1.80亿元', line: 1, column: 33 }],
    },
    {
      why: '使用债券资金 after a clause of its own',
      code: `城东片区雨污分流改造项目新建管网48公里，使用债券资金1.60亿元。${bondProjects}`,
      format: 'markdown',
      errors: [{ message: '城东片区雨污分流改造项目债券资金在表中为18,000万元（即1.80亿元），此处却为1.60亿元', line: 1, column: 28 }],
    },
    {
      why: '安排本批债券资金',
      code: `河西产业园标准厂房项目规划建设厂房12万平方米，安排本批债券资金2.40亿元。${bondProjects}`,
      format: 'markdown',
      errors: [{ message: '河西产业园标准厂房项目债券资金在表中为22,000万元（即2.20亿元），此处却为2.40亿元', line: 1, column: 33 }],
    },
  ],
});

// 公开招标项目86个，占全部采购项目的25.3%，合同金额22,496.80万元；竞争性磋商项目168个，合同金额9,391.10万元: a column named
// alone is the cell of the row its statement (the sentence, or its part after a ；) opens with.
const methods =
  '\n\n表1 2025年政府采购方式统计表（单位：万元）\n\n| 采购方式 | 项目数 | 合同金额 |\n| --- | --- | --- |\n| 公开招标 | 86 | 22,946.80 |\n| 竞争性磋商 | 168 | 9,391.10 |\n| 单一来源 | 18 | 2,426.40 |\n';
ruleTester(rule, {
  valid: [
    {
      why: 'each statement’s amount as its row has it',
      code: `公开招标项目86个，合同金额22,946.80万元；竞争性磋商项目168个，合同金额9,391.10万元。${methods}`,
      format: 'markdown',
    },
    {
      why: 'items run on with commas: the amounts after the first are other items’, not the opening row’s',
      code: `公开招标合同金额22,946.80万元，竞争性磋商合同金额9,391.10万元，单一来源合同金额2,426.40万元。${methods}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '公开招标 22,496.80 against 22,946.80',
      code: `公开招标项目86个，占全部采购项目的25.3%，合同金额22,496.80万元，仍是最主要的采购方式。${methods}`,
      format: 'markdown',
      errors: [{ message: '公开招标合同金额在表中为22,946.80万元，此处却为22,496.80万元', line: 1, column: 29 }],
    },
    {
      why: 'the statement after the ； opens with its own row',
      code: `公开招标项目86个，合同金额22,946.80万元；竞争性磋商项目168个，合同金额9,931.10万元，节约率4.8%。${methods}`,
      format: 'markdown',
      errors: [{ message: '竞争性磋商合同金额在表中为9,391.10万元，此处却为9,931.10万元', line: 1, column: 43 }],
    },
    {
      why: 'a sentence of its own',
      code: `单一来源采购项目18个。单一来源项目18个，合同金额2,462.40万元，主要是专用设备的原厂维保。${methods}`,
      format: 'markdown',
      errors: [{ message: '单一来源合同金额在表中为2,426.40万元，此处却为2,462.40万元', line: 1, column: 27 }],
    },
  ],
});
