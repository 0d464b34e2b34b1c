import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 图解预算 text, one piece a line: a label, its figure on the next line, then the figure's change on lines of their
// own (比上年减少…, ▼8.6%). The pieces are read as one statement. Snippets written for these tests; none is copied from
// a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '2.70 / 35.20 = 7.67% → 7.7',
      code: '政府性基金篇\n政府性基金预算收入\n32.50亿元\n比上年减少2.70亿元\n▼7.7%\n国有土地使用权出让收入\n28.60亿元',
    },
    {
      why: 'a numbered heading, then a figure on its own line: no label of the figure',
      code: '（一）一般公共预算收入\n58.60亿元\n比上年增加3.42亿元\n▲6.2%',
    },
  ],
  invalid: [
    {
      why: 'label, figure, change and arrow on four lines: 2.70 / 35.20 = 7.67%, stated 8.6%',
      code: '政府性基金篇\n政府性基金预算收入\n32.50亿元\n比上年减少2.70亿元\n▼8.6%\n国有土地使用权出让收入\n28.60亿元',
      errors: [{ message: '政府性基金预算收入32.50亿元，按减少2.70亿元计，上年为35.20亿元，降幅应为7.67%，而非所写的8.6%', line: 5, column: 2 }],
    },
    {
      why: 'a year in the label, 万元 with a thousands comma, 同比 and ↑: 620 / 11,420 = 5.43%, stated 6.4%',
      code: '民生实事\n2025年民生实事项目资金\n12,040万元\n同比增加620万元\n↑6.4%',
      errors: [{ message: '民生实事项目资金12,040万元，按增加620万元计，上年同期为11420万元，增幅应为5.43%，而非所写的6.4%', line: 5, column: 2 }],
    },
    {
      why: 'a figure and its unit on lines of their own, and no thousands comma to tell a line from a table’s cell: 620 / 11,420 = 5.43%, stated 6.4%',
      code: '收入篇\n2025年市本级一般公共预算收入\n58.60\n亿元\n比上年\n▲6.2%\n民生实事\n2025年民生实事项目资金\n12040万元\n同比增加620万元\n↑6.4%\n预备费\n1.20亿元（12000万元）',
      errors: [{ message: '民生实事项目资金12040万元，按增加620万元计，上年同期为11420万元，增幅应为5.43%，而非所写的6.4%', line: 11, column: 2 }],
    },
    {
      why: 'a bare figure, its unit on the next line, then the arrow: 3.42 / 55.18 = 6.20%, stated 7.2%',
      code: '收入篇\n2025年市本级一般公共预算收入\n58.60\n亿元\n比上年增加3.42亿元\n▲7.2%\n其中\n税收收入\n41.20亿元\n非税收入\n17.40亿元',
      errors: [{ message: '一般公共预算收入58.60亿元，按增加3.42亿元计，上年为55.18亿元，增幅应为6.20%，而非所写的7.2%', line: 6, column: 2 }],
    },
  ],
});
