import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table pasted as text that runs over a page break whose next page prints the table's caption (and its unit line)
// again over the rest of the rows, without the head: the rows go on, the table is one. Snippets written for these
// tests; none is copied from a real disclosure.
const caption = '              柘溪县2025年社会保险基金预算收支表';
const unit = '                                          单位：万元';
const head = '项目                        2024年执行数    2025年预算数';
ruleTester(rule, {
  valid: [
    {
      why: 'the rows after the break add up with those before: 52,400 − 48,300 = 4,100; 55,100 − 51,600 = 3,500',
      code: [caption, unit, head, '一、基金收入                      52,400          55,100', '二、基金支出                      48,300          51,600', '', '- 2 -', `\f${caption}`, '三、本年收支结余                   4,100           3,500'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the caption printed again after a page number: 55,100 − 51,600 = 3,500, stated 3,050',
      code: [caption, unit, head, '一、基金收入                      52,400          55,100', '二、基金支出                      48,300          51,600', '', '- 2 -', `\f${caption}`, '三、本年收支结余                   4,100           3,050'].join('\n'),
      errors: [{ message: '本年收支结余行“2025年预算数”列3,050万元，但按基金收入减基金支出计算应为3500万元（55100 - 51600），相差450万元', line: 9, column: 44 }],
    },
    {
      why: 'caption and unit line again, a 合计 row under them: 1,200 + 2,300 = 3,500, stated 3,600',
      code: ['分险种结余表', '单位：万元', '险种                本年结余     年末结余', '养老保险              1,200        9,300', '医疗保险              2,300        6,400', '', '第 1 页', '\f分险种结余表', '单位：万元', '合计                  3,600       15,700'].join('\n'),
      errors: [{ message: '表中合计行“本年结余”列3,600万元，但分项之和为3500万元（1200 + 2300），相差100万元', line: 10, column: 21 }],
    },
    {
      why: 'the break falls between the head and the first row, the caption printed again over the rows: 3,120.50 + 864.30 = 3,984.80, stated 3,948.80',
      code: [caption, unit, head, '', '- 3 -', `\f${caption}`, '一、养老保险基金收入            3,012.40        3,120.50', '二、医疗保险基金收入              802.60          864.30', '合计                            3,815.00        3,948.80'].join('\n'),
      errors: [{ message: '表中合计行“2025年预算数”列3,948.80万元，但分项之和为3984.80万元（3120.50 + 864.30），相差36.00万元', line: 9, column: 47 }],
    },
  ],
});
