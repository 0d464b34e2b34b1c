import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two ways drafters name a whole the text states under a longer name. A whole named by its measure alone (全部收入, 收入总额,
// 总支出, 在全部支出中) with no amount of that bare name is the one amount of the measure stated before under the name of a
// whole of its own (a book's, a fund's); two such wholes of different values, or one that is itself a 其中 part of a larger
// amount, leave it unproven. And a department's 一般公共预算拨款支出 (财政拨款支出) is the 一般公共预算支出 a share names.
// Snippets written for these tests.
const CAPITAL = '2025年，全市国有资本经营预算收入完成12,400万元，为预算的103.3%，比上年增长6.0%。\n\n';
const FUNDS = '2025年，全区政府性基金预算支出完成23,600万元，比上年增长4.2%。\n\n';
ruleTester(rule, {
  valid: [
    { why: '1,116 / 12,400 = 9.0%', code: `${CAPITAL}从收入构成看，产权转让收入1,116万元，在全部收入中所占比重为9.0%，主要是转让闲置房产。` },
    { why: '18,880 / 23,600 = 80.0%', code: `${FUNDS}城乡社区支出18,880万元，占总支出的80.0%，主要用于土地开发。` },
    {
      why: 'two books each with its 收入 at different values: which one 全部收入 is, the text does not say',
      code: '2025年，全市一般公共预算收入12,400万元，政府性基金预算收入8,600万元。\n\n产权转让收入1,116万元，在全部收入中所占比重为10.0%，主要是转让闲置房产。',
    },
    {
      why: 'the one book-named amount is a 其中 part of a larger whole: 全部收入 may be either',
      code: '2025年全县财政总收入15,000万元，其中一般公共预算收入9,000万元。\n\n税收收入7,200万元，占全部收入的48.0%，主要来自增值税。',
    },
    { why: '960.00 / 3,200.00 = 30.0%', code: '2026年本单位一般公共预算拨款支出3,200.00万元，比上年增长2.0%。\n\n教育支出960.00万元，占一般公共预算支出的比重为30.0%。' },
  ],
  invalid: [
    {
      why: '在全部收入中所占比重为: 1,116 / 12,400 = 9.0%, stated 10.0%',
      code: `${CAPITAL}从收入构成看，利润收入9,300万元，占收入总额的75.0%。产权转让收入1,116万元，在全部收入中所占比重为10.0%，主要是转让闲置房产。`,
      errors: [{ message: '产权转让收入1,116万元占全部收入12,400万元的9.0%，而非所写的10.0%', line: 3, column: 57 }],
    },
    {
      why: '占总支出的: 18,880 / 23,600 = 80.0%, stated 82.0%',
      code: `${FUNDS}城乡社区支出18,880万元，占总支出的82.0%，主要用于土地开发。`,
      errors: [{ message: '城乡社区支出18,880万元占总支出23,600万元的80.0%，而非所写的82.0%', line: 3, column: 21 }],
    },
    {
      why: '在全部支出中占比: 2,360 / 23,600 = 10.0%, stated 12.0%',
      code: `${FUNDS}其他支出2,360万元，在全部支出中占比12.0%。`,
      errors: [{ message: '其他支出2,360万元占全部支出23,600万元的10.0%，而非所写的12.0%', line: 3, column: 21 }],
    },
    {
      why: '一般公共预算拨款支出 as the whole: 960.00 / 3,200.00 = 30.0%, stated 32.0%',
      code: '2026年本单位一般公共预算拨款支出3,200.00万元，比上年增长2.0%。\n\n1. 教育支出960.00万元，占一般公共预算支出的比重为32.0%，主要用于学校运转。',
      errors: [{ message: '教育支出960.00万元占一般公共预算支出3,200.00万元的30.0%，而非所写的32.0%', line: 3, column: 30 }],
    },
    {
      why: '一般公共预算财政拨款支出 in a 决算: 1,250.00 / 5,000.00 = 25.0%, stated 27.0%',
      code: '2025年度本部门一般公共预算财政拨款支出决算5,000.00万元，完成年初预算的98.0%。\n\n社会保障和就业支出1,250.00万元，占一般公共预算支出的27.0%。',
      errors: [{ message: '社会保障和就业支出1,250.00万元占一般公共预算支出5,000.00万元的25.0%，而非所写的27.0%', line: 3, column: 31 }],
    },
  ],
});
