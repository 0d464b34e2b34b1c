import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list of allocations numbered in a 序号 column whose 合计 row leaves the number's cell empty and names itself in
// the next cell (|  | 合计 | … |, or a pasted line opening with a tab): the row totals the numbered rows above it.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'Markdown: 286.00 + 342.50 + 418.00 = 1,046.50',
      format: 'markdown',
      code: '| 序号 | 项目单位 | 项目名称 | 补助金额（万元） |\n|---|---|---|---:|\n| 1 | 青石村 | 茶叶加工 | 286.00 |\n| 2 | 绿源公司 | 茶园基地 | 342.50 |\n| 3 | 溪口镇 | 冷链仓储 | 418.00 |\n|  | 合计 |  | 1,046.50 |',
    },
    {
      why: 'tab-separated: 120.00 + 80.50 = 200.50',
      code: '单位：万元\n序号\t单位名称\t金额\t备注\n1\t甲镇\t120.00\t新建\n2\t乙镇\t80.50\t续建\n3\t丙镇\t0.00\t取消\n\t合计\t200.50\t',
    },
  ],
  invalid: [
    {
      why: 'Markdown, 合计 under 项目单位: 1,046.50, stated 1,056.50',
      format: 'markdown',
      code: '| 序号 | 项目单位 | 项目名称 | 支持方向 | 补助金额（万元） |\n|---|---|---|---|---:|\n| 1 | 青石村 | 茶叶加工 | 产业融合 | 286.00 |\n| 2 | 绿源公司 | 茶园基地 | 基地建设 | 342.50 |\n| 3 | 溪口镇 | 冷链仓储 | 冷链物流 | 418.00 |\n|  | 合计 |  |  | 1,056.50 |',
      errors: [{ message: '表中合计行“补助金额（万元）”列1,056.50万元，但分项之和为1046.50万元（286.00 + 342.50 + 418.00），相差10.00万元', line: 6, column: 17 }],
    },
    {
      why: 'Markdown, 编号 and 总计: 120.00 + 80.50 = 200.50, stated 210.50',
      format: 'markdown',
      code: '| 编号 | 单位名称 | 金额（万元） | 备注 |\n|---|---|---:|---|\n| 1 | 甲镇 | 120.00 | 新建 |\n| 2 | 乙镇 | 80.50 | 续建 |\n|  | 总计 | 210.50 |  |',
      errors: [{ message: '表中总计行“金额（万元）”列210.50万元，但分项之和为200.50万元（120.00 + 80.50），相差10.00万元', line: 5, column: 11 }],
    },
    {
      why: 'tab-separated, the line opens with the empty 序号 cell: 1,046.50, stated 1,056.50',
      code: '单位：万元\n序号\t项目单位\t项目名称\t补助金额\n1\t青石村\t茶叶加工\t286.00\n2\t绿源公司\t茶园基地\t342.50\n3\t溪口镇\t冷链仓储\t418.00\n\t合计\t\t1,056.50',
      errors: [{ message: '表中合计行“补助金额”列1,056.50万元，但分项之和为1046.50万元（286.00 + 342.50 + 418.00），相差10.00万元', line: 6, column: 6 }],
    },
  ],
});
