import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence stating the whole revenue or spending (收入预算总计, 支出总计, 部门预算支出合计) against the 收支总表's
// total row of that side, when the table's title names no fund (all funds, as the sentence naming none
// means) and the same year and measure. Snippets written for these tests.
const budget = (text: string, income = '4,718.60', title = '2025年部门收支预算总表') =>
  `苇塘区档案馆2025年部门预算\n\n${text}\n\n${title}\n\n单位：万元\n\n| 收入项目 | 预算数 | 支出项目 | 预算数 |\n|---|---:|---|---:|\n| 一、一般公共预算拨款收入 | 4,600.00 | 一、一般公共服务支出 | 4,200.60 |\n| 二、其他收入 | 118.60 | 二、住房保障支出 | 518.00 |\n| 收入总计 | ${income} | 支出总计 | 4,718.60 |\n`;
const accounts = (text: string) =>
  `北岙镇2024年度部门决算\n\n2024年度收入支出决算总表\n\n单位：万元\n\n| 收入 | 决算数 | 支出 | 决算数 |\n|---|---:|---|---:|\n| 一、一般公共预算财政拨款收入 | 2,905.12 | 一、农林水支出 | 1,964.30 |\n| 二、其他收入 | 60.00 | 二、一般公共服务支出 | 1,000.82 |\n| 本年收入合计 | 2,965.12 | 本年支出合计 | 2,965.12 |\n| 年初结转和结余 | 35.40 | 年末结转和结余 | 35.40 |\n| 收入总计 | 3,000.52 | 支出总计 | 3,000.52 |\n\n${text}\n`;
const yuan = (text: string) =>
  `松岗街道2026年部门预算\n\n2026年部门财务收支预算总表\n\n编制部门：松岗街道办事处 单位：元\n\n| 本年收入 项目 | 预算数 | 本年支出 项目 | 预算数 |\n|---|---:|---|---:|\n| 一、财政拨款收入 | 12,360,000.00 | 一、城乡社区支出 | 9,860,000.00 |\n| 二、事业收入 | 0.00 | 二、卫生健康支出 | 2,500,000.00 |\n| 收入合计 | 12,360,000.00 | 支出合计 | 12,360,000.00 |\n\n${text}\n`;

ruleTester(rule, {
  valid: [
    { why: 'both totals agree with the table', format: 'markdown', code: budget('2025年收入预算总计4,718.60万元，支出预算总计4,718.60万元，收支平衡。') },
    {
      why: 'a 财政拨款 收支总表 covers only its funds',
      format: 'markdown',
      code: budget('2025年收入预算总计4,781.60万元，比上年增加12.00万元。', '4,600.00', '2025年财政拨款收支预算总表'),
    },
    { why: '本年收入合计 is another row than 收入总计 (the year’s balance brought forward between)', format: 'markdown', code: accounts('2024年度本年收入合计2,965.12万元，收入总计3,000.52万元。') },
    { why: 'a sentence of another year', format: 'markdown', code: budget('2024年收入预算总计4,520.10万元。') },
    { why: 'the 元 table agrees once rounded', format: 'markdown', code: yuan('2026年部门预算支出合计1,236.00万元，主要用于城乡社区管理。') },
  ],
  invalid: [
    {
      why: 'the second side’s total in a sentence opened by the first’s',
      format: 'markdown',
      code: budget('2025年收入预算总计4,718.60万元，支出预算总计4,178.60万元，收支平衡。'),
      errors: [{ message: '2025年支出总计在表中为4,718.60万元，此处却为4,178.60万元', line: 3, column: 29 }],
    },
    {
      why: 'a 决算’s 收入总计 stated with the unit’s name before it',
      format: 'markdown',
      code: accounts('本部门2024年度收入总计3,005.52万元，比上年减少2.10万元。'),
      errors: [{ message: '2024年收入总计在表中为3,000.52万元，此处却为3,005.52万元', line: 15, column: 14 }],
    },
    {
      why: '部门预算支出合计 against the 元 table’s 支出合计',
      format: 'markdown',
      code: yuan('2026年部门预算支出合计1,263.00万元，主要用于城乡社区管理。'),
      errors: [{ message: '2026年支出合计在表中为12,360,000.00元（即1236.00万元），此处却为1,263.00万元', line: 13, column: 14 }],
    },
  ],
});
