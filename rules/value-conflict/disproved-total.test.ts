import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's 合计 is a witness of the total it names only while its own rows do not disprove it: a 合计 that is not its
// rows' sum is the table's misprint (sum-mismatch reports it there), and a sentence stating the rows' sum is right.
// Snippets written for these tests.
const basic = (text: string, total = '3,418.52') =>
  `青石街道2025年部门预算\n\n表5 2025年一般公共预算基本支出预算表\n\n单位：万元\n\n| 编码 | 经济分类科目 | 金额 |\n|---|---|---:|\n| 301 | 工资福利支出 | 2,406.30 |\n| 302 | 商品和服务支出 | 564.82 |\n| 303 | 对个人和家庭的补助 | 447.40 |\n| 合计 |  | ${total} |\n\n${text}\n`;
const purchase = (text: string, total = '1,206.50') =>
  `桐溪县文化馆2026年部门预算\n\n表8 2026年政府采购预算表\n\n单位：万元\n\n| 采购类别 | 金额 |\n|---|---:|\n| 货物 | 402.10 |\n| 服务 | 768.40 |\n| 工程 | 36.00 |\n| 合计 | ${total} |\n\n${text}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the sentence agrees with the table’s total', format: 'markdown', code: basic('2025年一般公共预算基本支出3,418.52万元，其中人员经费2,853.70万元，公用经费564.82万元。') },
    {
      why: 'the total is misprinted (3,481.52 over rows of 3,418.52) and the sentence states the rows’ sum',
      format: 'markdown',
      code: basic('2025年一般公共预算基本支出3,418.52万元，其中人员经费2,853.70万元，公用经费564.82万元。', '3,481.52'),
    },
    {
      why: 'a sentence with the subject and measure put the other way, against a total its rows disprove',
      format: 'markdown',
      code: purchase('本单位2026年政府采购预算总额1,206.50万元，主要用于文化惠民演出服务。', '1,260.50'),
    },
  ],
  invalid: [
    {
      why: 'a total its rows agree with, restated wrong in the text',
      format: 'markdown',
      code: basic('2025年一般公共预算基本支出3,481.52万元，其中人员经费2,853.70万元，公用经费564.82万元。'),
      errors: [{ message: '2025年一般公共预算基本支出预算在表中为3,418.52万元，此处却为3,481.52万元', line: 14, column: 16 }],
    },
    {
      why: 'a misprinted total against a sentence of a third value: the rows do not back the sentence either',
      format: 'markdown',
      code: purchase('本单位2026年政府采购预算总额1,620.50万元，主要用于文化惠民演出服务。', '1,260.50'),
      errors: [{ message: '2026年政府采购预算在表中为1,260.50万元，此处却为1,620.50万元', line: 14, column: 17 }],
    },
  ],
});
