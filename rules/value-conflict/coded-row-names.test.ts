import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// | 210 卫生健康支出 | 190.00 | 186.32 |: a 功能分类 table that sets the class code in the name's cell. The code is no part of
// the item's name, and no figure of the row: a sentence restating 卫生健康支出 and 住房保障支出 restates these rows.
const coded = (rows: string[]) =>
  `\n\n表2 2025年度一般公共预算财政拨款支出决算表（单位：万元）\n\n| 科目 | 年初预算 | 支出决算 |\n| --- | --- | --- |\n${rows.map((r) => `| ${r} |`).join('\n')}\n`;
const school = coded(['205 教育支出 | 12,860.00 | 12,516.40', '210 卫生健康支出 | 190.00 | 186.32', '221 住房保障支出 | 360.00 | 355.54']);
const office = coded(['201 一般公共服务支出 | 1,642.80 | 1,598.36', '20101 人大事务 | 412.60 | 398.14', '208 社会保障和就业支出 | 286.40 | 281.72']);
const county = coded(['2130122 农业生产发展 | 1,320.00 | 1,298.60', '2130135 农业资源保护修复与利用 | 486.00 | 468.20', '2130599 其他巩固脱贫攻坚成果衔接支出 | 920.00 | 904.50']);

ruleTester(rule, {
  valid: [
    {
      why: 'both amounts agree with their coded rows',
      code: `卫生健康支出186.32万元，主要用于教职工基本医疗保险缴费；住房保障支出355.54万元，为住房公积金。${school}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '卫生健康支出 168.32 in the text, 186.32 in the row 210 卫生健康支出',
      code: `卫生健康支出168.32万元，主要用于教职工基本医疗保险缴费；住房保障支出355.54万元，为住房公积金。${school}`,
      format: 'markdown',
      errors: [{ message: '卫生健康支出在表中为186.32万元，此处却为168.32万元', line: 1, column: 7 }],
    },
    {
      why: 'a 款 row with its five-digit code: 人大事务 389.14 against 398.14',
      code: `一般公共服务支出1,598.36万元，其中人大事务389.14万元；社会保障和就业支出281.72万元。${office}`,
      format: 'markdown',
      errors: [{ message: '人大事务在表中为398.14万元，此处却为389.14万元', line: 1, column: 26 }],
    },
    {
      why: '项 rows with seven-digit codes: 农业资源保护修复与利用 486.20 against 468.20',
      code: `农业生产发展1,298.60万元，农业资源保护修复与利用486.20万元，其他巩固脱贫攻坚成果衔接支出904.50万元。${county}`,
      format: 'markdown',
      errors: [{ message: '农业资源保护修复与利用在表中为468.20万元，此处却为486.20万元', line: 1, column: 29 }],
    },
  ],
});
