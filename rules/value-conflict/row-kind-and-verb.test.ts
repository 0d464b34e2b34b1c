import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence that names a table's row, then the kind its rows are of (方式, 类) or a verb of receiving (获得, 分配到), then
// a column: the words between are neither the row's name nor the column's. Snippets written for these tests.
const METHODS =
  '\n\n表1\t丰阳市2025年政府采购方式情况表\n采购方式\t采购金额（万元）\t占比%\t项目数（个）\n公开招标\t386,240\t62.4\t1,024\n竞争性谈判\t36,180\t5.8\t126\n竞争性磋商\t142,600\t23.0\t402\n单一来源\t54,120\t8.8\t48\n合计\t619,140\t100.0\t1,600\n';
const KINDS =
  '\n\n表2 2025年政府投资项目分类情况表\n\n| 项目类别 | 预算金额（万元） | 项目数（个） |\n|---|---:|---:|\n| 基础设施 | 186,420 | 42 |\n| 公共服务 | 168,300 | 36 |\n| 产业发展 | 64,420 | 12 |\n| 合计 | 419,140 | 90 |\n';
const COUNTIES =
  '\n\n表1 2025年转移支付分地区情况表（单位：万元）\n\n| 地区 | 一般性转移支付 | 专项转移支付 | 合计 |\n| --- | --- | --- | --- |\n| 州本级 | 98,600 | 52,400 | 151,000 |\n| 雪溪县 | 184,200 | 41,600 | 225,800 |\n| 白岩县 | 162,800 | 38,200 | 201,000 |\n| 合计 | 445,600 | 132,200 | 577,800 |\n';

ruleTester(rule, {
  valid: [
    { why: 'the row after its kind word agrees', code: `    竞争性磋商方式采购金额142,600万元，主要用于物业和信息化运维服务。${METHODS}` },
    { why: 'a verb of receiving, the row agreeing', format: 'markdown', code: `雪溪县获得一般性转移支付184,200万元，主要用于保障基层运转。${COUNTIES}` },
    { why: 'a name that is no row’s (竞争性询价) says nothing of the table', code: `    竞争性询价方式采购金额14,260万元，主要用于小额货物采购。${METHODS}` },
    { why: 'the figure is the row’s other column (专项, not 一般性)', format: 'markdown', code: `白岩县获得专项转移支付38,200万元，一般性转移支付162,800万元。${COUNTIES}` },
  ],
  invalid: [
    {
      why: '方式 between the row and the column, a tab-separated table',
      code: `丰阳市2025年政府采购情况报告\n\n    竞争性磋商方式采购金额124,600万元，主要用于物业和信息化运维服务。${METHODS}`,
      errors: [{ message: '竞争性磋商采购金额在表中为142,600万元，此处却为124,600万元', line: 3, column: 16 }],
    },
    {
      why: '类 between the row and the column',
      format: 'markdown',
      code: `# 丰阳市2025年政府投资项目情况报告\n\n公共服务类项目预算金额186,300万元，主要用于学校和医院新建改扩建。${KINDS}`,
      errors: [{ message: '公共服务预算金额在表中为168,300万元，此处却为186,300万元', line: 3, column: 12 }],
    },
    {
      why: '获得 between the county and the kind of transfer',
      format: 'markdown',
      code: `州对下转移支付按因素法分配。雪溪县获得一般性转移支付148,200万元，在各县中规模最大。${COUNTIES}`,
      errors: [{ message: '雪溪县一般性转移支付在表中为184,200万元，此处却为148,200万元', line: 1, column: 27 }],
    },
    {
      why: '分配到 between the county and the kind of transfer',
      format: 'markdown',
      code: `白岩县分配到专项转移支付32,800万元，主要用于农村饮水安全巩固提升。${COUNTIES}`,
      errors: [{ message: '白岩县专项转移支付在表中为38,200万元，此处却为32,800万元', line: 1, column: 13 }],
    },
  ],
});
