import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A plain-text table (tab- or space-separated) whose unit is noted in the line before it, a blank line between:
// its rows are amounts in that unit, so a share of a row's amount is checked as in Markdown.
ruleTester(rule, {
  valid: [
    {
      why: '2,105.80 / 6,240.50 = 33.7%',
      code: '按功能分类，2025年支出预算如下（单位：万元）：\n\n功能分类\t预算数\t占比\n农林水支出\t6,240.50\t71.2%\n城乡社区支出\t2,520.00\t28.8%\n合计\t8,760.50\t100.0%\n\n农林水支出中，农业农村（款）2,105.80万元，占农林水支出的33.7%。',
    },
  ],
  invalid: [
    {
      why: 'tab-separated: 2,105.80 / 6,240.50 = 33.7%, stated 37.3%',
      code: '按功能分类，2025年支出预算如下（单位：万元）：\n\n功能分类\t预算数\t占比\n农林水支出\t6,240.50\t71.2%\n城乡社区支出\t2,520.00\t28.8%\n合计\t8,760.50\t100.0%\n\n农林水支出中，农业农村（款）2,105.80万元，占农林水支出的37.3%。',
      errors: [{ message: '农业农村（款）2,105.80万元占农林水支出6,240.50万元的33.7%，而非所写的37.3%', line: 8, column: 33 }],
    },
    {
      why: 'laid out with spaces, 亿元: 1.86 / 4.52 = 41.2%, stated 44.2%',
      code: '全县2025年基金预算支出按科目安排如下（单位：亿元）：\n\n科目            预算数    占比\n城乡社区支出    4.52      80.7%\n其他支出        1.08      19.3%\n合计            5.60      100.0%\n\n城乡社区支出中，土地出让收入安排的支出1.86亿元，占城乡社区支出的44.2%。',
      errors: [{ message: '土地出让收入安排的支出1.86亿元占城乡社区支出4.52亿元的41.2%，而非所写的44.2%', line: 8, column: 35 }],
    },
  ],
});
