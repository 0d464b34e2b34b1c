import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of 科目 with its 合计, then right under it "社会保障和就业支出81,206万元，占22.8%": the part names a row and states
// that row's figure in one column, so a share with no base named is of the 合计 of that column (cells in the table's unit).
const TABLE = [
  '主要科目执行情况如下表（单位：万元）。',
  '',
  '| 科目 | 2024年执行数 | 2025年执行数 | 增减% |',
  '| --- | --- | --- | --- |',
  '| 一般公共服务支出 | 41,260 | 39,884 | -3.3 |',
  '| 教育支出 | 66,480 | 68,912 | 3.7 |',
  '| 社会保障和就业支出 | 80,642 | 84,306 | 4.5 |',
  '| 农林水支出 | 98,384 | 94,120 | -4.3 |',
  '| 合计 | 286,766 | 287,222 | 0.2 |',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: '84,306 / 287,222 = 29.35%, stated 29.4%',
      format: 'markdown',
      code: `${TABLE}\n\n社会保障和就业支出84,306万元，占29.4%，主要用于城乡居民基本养老保险补助。`,
    },
    {
      why: 'the part restates no row of the table (another figure): its base is not known',
      format: 'markdown',
      code: `${TABLE}\n\n其中城乡居民养老保险补助31,260万元，占11.2%，主要是提高基础养老金标准。`,
    },
    {
      why: 'the base is named: it is looked for under its own name, not the table’s 合计',
      format: 'markdown',
      code: `${TABLE}\n\n全县民生支出247,322万元。\n\n社会保障和就业支出84,306万元，占民生支出的34.1%。`,
    },
  ],
  invalid: [
    {
      why: '84,306 / 287,222 = 29.35%, stated 31.6%',
      format: 'markdown',
      code: `${TABLE}\n\n社会保障和就业支出84,306万元，占31.6%，主要用于城乡居民基本养老保险补助；农林水支出94,120万元，下降4.3%。`,
      errors: [{ message: '社会保障和就业支出84,306万元占2025年执行数合计287,222万元的29.4%，而非所写的31.6%', line: 11, column: 20 }],
    },
    {
      why: 'the row restated after an opening clause: 68,912 / 287,222 = 23.99%, stated 25.2%',
      format: 'markdown',
      code: `${TABLE}\n\n从支出结构看，教育支出68,912万元，占25.2%，主要用于农村学校取暖改造。`,
      errors: [{ message: '教育支出68,912万元占2025年执行数合计287,222万元的24.0%，而非所写的25.2%', line: 11, column: 22 }],
    },
  ],
});
