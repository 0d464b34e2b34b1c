import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 占总投资的, 占总支出的: a whole named 总X is the amount its sentence stated earlier under a name ending in 总X (项目总投资,
// 本年度总支出), however the name opens. Only that sentence's: another sentence's 总投资 may be another project's.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '2.60 / 6.82 = 38.1%, as written', code: '滇川州人民医院门诊楼建设项目总投资6.82亿元，其中申请专项债券2.60亿元，占总投资的38.1%，其余由单位自筹解决。\n' },
    {
      why: 'the 总投资 of another sentence: another project’s',
      code: '甲项目总投资6.82亿元。乙项目申请专项债券2.60亿元，占总投资的42.1%。\n',
    },
    {
      why: 'two amounts named 总投资 before it: which one is not proven',
      code: '一期总投资3.20亿元、二期总投资6.82亿元，其中申请专项债券2.60亿元，占总投资的42.1%。\n',
    },
  ],
  invalid: [
    {
      why: 'a bond-funded project’s disclosure',
      code: '滇川州人民医院门诊楼建设项目总投资6.82亿元，其中申请专项债券2.60亿元，占总投资的42.1%，其余由单位自筹解决。\n',
      errors: [{ message: '申请专项债券2.60亿元占总投资6.82亿元的38.1%，而非所写的42.1%', line: 1, column: 45 }],
    },
    {
      why: '总支出 of a unit’s year, 万元',
      code: '本年度单位总支出1,286.40万元，其中人员经费862.30万元，占总支出的76.2%。\n',
      errors: [{ message: '人员经费862.30万元占总支出1,286.40万元的67.0%，而非所写的76.2%', line: 1, column: 40 }],
    },
    {
      why: 'Markdown, 占总收入的比重为',
      code: '## 一、收入\n\n2025年全镇总收入4,620万元，其中上级补助收入3,180万元，占总收入的比重为58.8%。\n',
      format: 'markdown',
      errors: [{ message: '上级补助收入3,180万元占总收入4,620万元的68.8%，而非所写的58.8%', line: 3, column: 43 }],
    },
  ],
});
