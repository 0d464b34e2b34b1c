import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 预算调整方案: "X调增D，调整后为B，较年初预算有所压减" — a direction word alone, against the 年初预算 the table
// 年初预算 | 调整数 | 调整后预算 gives for the item's row (its 调整后 cell being B). 压减, 压缩 and 缩减 say a fall as 下降 does.
const md =
  '\n\n表1 2025年一般公共预算支出调整表（单位：万元）\n\n| 科目 | 年初预算 | 调整数 | 调整后预算 |\n| --- | --- | --- | --- |\n| 公共安全支出 | 21,460 | 640 | 22,100 |\n| 城乡社区支出 | 15,280 | -1,030 | 14,250 |\n| 资源勘探工业信息等支出 | 4,600 | 0 | 4,600 |\n';

ruleTester(rule, {
  valid: [
    {
      why: '14,250 below 15,280: 有所压减 is right',
      code: `城乡社区支出调减1,030万元，调整后为14,250万元，较年初预算有所压减，主要是部分市政项目延期。${md}`,
      format: 'markdown',
    },
    {
      why: '22,100 above 21,460: 有所增加 is right',
      code: `公共安全支出调整后为22,100万元，比年初预算有所增加，主要用于应急指挥平台建设。${md}`,
      format: 'markdown',
    },
    {
      why: 'against last year: the table holds no last year, nothing is read',
      code: `公共安全支出调整后为22,100万元，比上年有所下降。${md}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '22,100 against 年初 21,460 is a rise of 640 (调增); the text says 有所压减',
      code: `公共安全支出调增640万元，调整后为22,100万元，较年初预算有所压减，主要用于应急指挥平台建设。${md}`,
      format: 'markdown',
      errors: [{ message: '公共安全支出22,100万元大于年初预算21,460万元，却写作“压减”', line: 1, column: 35 }],
    },
    {
      why: '14,250 below 15,280; the text says 有所增长 (the subject names its stage)',
      code: `城乡社区支出调整后为14,250万元，比年初预算有所增长，主要用于老旧管网改造。${md}`,
      format: 'markdown',
      errors: [{ message: '城乡社区支出14,250万元小于年初预算15,280万元，却写作“增长”', line: 1, column: 27 }],
    },
    {
      why: '有所压缩, written of a rise',
      code: `经本次调整，公共安全支出调整后预算为22,100万元，较年初预算数有所压缩。${md}`,
      format: 'markdown',
      errors: [{ message: '公共安全支出22,100万元大于年初预算数21,460万元，却写作“压缩”', line: 1, column: 36 }],
    },
  ],
});
