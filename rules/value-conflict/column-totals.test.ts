import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 扣除运营期经营成本合计67,430万元 beside a table whose 合计 row reads 67,340 under 经营成本: a sentence naming a column and
// then its total (…合计, …总计为) restates that column's cell in the table's 合计 row.
const forecast =
  '\n\n表1 项目运营期收益预测表（单位：万元）\n\n| 年度 | 收入合计 | 经营成本 | 税金及附加 | 净收益 |\n| --- | --- | --- | --- | --- |\n| 2028年 | 8,600 | 3,260 | 86 | 5,254 |\n| 2029年 | 8,750 | 3,340 | 88 | 5,322 |\n| 合计 | 17,350 | 6,600 | 174 | 10,576 |\n';
const towns =
  '\n\n表2 2025年各乡镇衔接资金分配表（单位：万元）\n\n| 乡镇 | 产业发展 | 基础设施 | 就业帮扶 |\n| --- | --- | --- | --- |\n| 城关镇 | 1,240.00 | 860.00 | 120.00 |\n| 河口乡 | 980.00 | 1,120.00 | 96.00 |\n| 总计 | 2,220.00 | 1,980.00 | 216.00 |\n';
const schools =
  '\n\n表3 学校经费支出明细（单位：万元）\n\n| 学校 | 人员经费 | 公用经费 | 项目支出 |\n| --- | --- | --- | --- |\n| 第一中学 | 3,286.40 | 412.60 | 806.00 |\n| 第二中学 | 2,914.20 | 386.80 | 642.50 |\n| 合计 | 6,200.60 | 799.40 | 1,448.50 |\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the column totals as the table gives them',
      code: `扣除运营期经营成本合计6,600万元和税金及附加174万元后，项目净收益为10,576万元。${forecast}`,
      format: 'markdown',
    },
    {
      why: 'a year named: the sentence may be about another stretch than the table’s',
      code: `2028年经营成本合计3,260万元。${forecast}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '经营成本合计 6,060 against the 合计 row’s 6,600',
      code: `扣除运营期经营成本合计6,060万元和税金及附加174万元后，项目净收益为10,576万元。${forecast}`,
      format: 'markdown',
      errors: [{ message: '经营成本合计在表中为6,600万元，此处却为6,060万元', line: 1, column: 12 }],
    },
    {
      why: '基础设施总计为 1,890.00 against the 总计 row’s 1,980.00',
      code: `全县衔接资金中，基础设施总计为1,890.00万元，重点用于村组道路和小型水利设施。${towns}`,
      format: 'markdown',
      errors: [{ message: '基础设施总计在表中为1,980.00万元，此处却为1,890.00万元', line: 1, column: 16 }],
    },
    {
      why: '公用经费合计 794.40 against 799.40',
      code: `两所学校公用经费合计794.40万元，主要用于水电、取暖和教学设备维护。${schools}`,
      format: 'markdown',
      errors: [{ message: '公用经费合计在表中为799.40万元，此处却为794.40万元', line: 1, column: 11 }],
    },
  ],
});
