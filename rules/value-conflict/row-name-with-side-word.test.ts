import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 功能分类 table prints its 类 rows with their side's word (城乡社区支出) and its 款 and 项 rows without it (城乡社区环境卫生,
// 体育); the text restating them writes every level with it (城乡社区环境卫生支出, 体育支出). The row is the name with the word
// set aside, a two-character one (体育, 文物, 水利) too, which is read only so, written with its word. Snippets written for
// these tests in the genre's shapes; none is copied from a disclosure.
const MD = (said: string) =>
  `# 枫桥区园林绿化局2025年度部门决算\n\n## 四、财政拨款支出决算情况说明\n\n${said}\n\n表1 一般公共预算财政拨款支出决算表（单位：万元）\n\n| 科目编码 | 科目名称 | 2024年决算数 | 2025年决算数 |\n| --- | --- | --- | --- |\n| 212 | 城乡社区支出 | 8,214.60 | 8,957.30 |\n| 21201 | 城乡社区管理事务 | 1,306.20 | 1,372.40 |\n| 21203 | 城乡社区公共设施 | 2,418.70 | 2,561.90 |\n| 21205 | 城乡社区环境卫生 | 4,489.70 | 5,023.00 |\n| 208 | 社会保障和就业支出 | 512.30 | 546.80 |\n| 合计 |  | 8,726.90 | 9,504.10 |\n`;
const LAID = (said: string) =>
  `南溪市体育局2025年度部门决算\n\n三、财政拨款支出决算情况\n${said}\n\n表1  财政拨款支出决算表\n单位：万元\n科目编码   科目名称                       2024年决算     2025年决算\n207        文化旅游体育与传媒支出           6,842.10       7,215.50\n20701        文化和旅游                     1,206.40       1,318.20\n20703        体育                           5,124.30       5,386.90\n20799        其他文化旅游体育与传媒支出       511.40         510.40\n221        住房保障支出                       402.60         418.30\n           合计                             7,244.70       7,633.80\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'every 款 restated with 支出 after its row name, as the table prints it',
      format: 'markdown',
      code: MD('2025年度本局一般公共预算财政拨款支出9,504.10万元。按功能分类，城乡社区支出8,957.30万元，其中：城乡社区管理事务支出1,372.40万元；城乡社区公共设施支出2,561.90万元，比上年增加143.20万元；城乡社区环境卫生支出5,023.00万元，主要用于道路保洁。'),
    },
    {
      why: 'a two-character 款 said with its word, agreeing',
      code: LAID('2025年度本局财政拨款支出7,633.80万元。其中：文化和旅游支出1,318.20万元，主要用于全民健身宣传；体育支出5,386.90万元，主要用于体育场馆运行；住房保障支出418.30万元。'),
    },
    {
      why: 'a list of other money (all funds) beside a 财政拨款 table: two 款 differ from it, the list is not the table\'s',
      format: 'markdown',
      code: MD('2025年度本局支出合计10,826.40万元。按功能分类，城乡社区支出8,957.30万元，其中：城乡社区管理事务支出1,372.40万元；城乡社区公共设施支出2,861.90万元；城乡社区环境卫生支出5,723.00万元。'),
    },
    {
      why: '其他支出 (a word of every table, never read as a two-character row) beside the row 其他文化旅游体育与传媒支出: no restatement',
      code: LAID('2025年度本局财政拨款支出7,633.80万元。其中：文化和旅游支出1,318.20万元，体育支出5,386.90万元，其他支出610.40万元。'),
    },
  ],
  invalid: [
    {
      why: 'a 其中 list of 款 with 支出 after each, one with two digits swapped against its row',
      format: 'markdown',
      code: MD('2025年度本局一般公共预算财政拨款支出9,504.10万元。按功能分类，城乡社区支出8,957.30万元，其中：城乡社区管理事务支出1,327.40万元；城乡社区公共设施支出2,561.90万元，比上年增加143.20万元；城乡社区环境卫生支出5,023.00万元，主要用于道路保洁。'),
      errors: [{ message: '城乡社区管理事务在表中为1,372.40万元，此处却为1,327.40万元', line: 5, column: 68 }],
    },
    {
      why: 'a two-character 款 (体育) said as 体育支出 in a space-laid table\'s text, its figure misprinted',
      code: LAID('2025年度本局财政拨款支出7,633.80万元。其中：文化和旅游支出1,318.20万元，主要用于全民健身宣传；体育支出5,368.90万元，主要用于体育场馆运行；住房保障支出418.30万元。'),
      errors: [{ message: '体育在表中为5,386.90万元，此处却为5,368.90万元', line: 4, column: 62 }],
    },
    {
      why: 'a paragraph going 款 by 款 a sentence each, the third misprinted',
      format: 'markdown',
      code: MD('城乡社区管理事务支出1,372.40万元，主要用于城管执法。城乡社区公共设施支出2,561.90万元，主要用于绿地改造。城乡社区环境卫生支出5,032.00万元，主要用于道路保洁。'),
      errors: [{ message: '2025年城乡社区环境卫生支出在表中为5,023.00万元，此处却为5,032.00万元', line: 5, column: 71 }],
    },
  ],
});
