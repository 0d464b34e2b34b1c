import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An adjustment stated as the opening budget and the level it was adjusted to (年初预算X，调整为Y), then its direction against
// the opening budget in words only (较年初预算有所减少): the word against the two levels.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '12,100 is below 12,600: a fall, as written', code: '行政事业性收费收入年初预算12,600万元，调整为12,100万元，较年初预算有所减少，主要是停征部分收费项目。\n' },
    { why: 'a rise, as written; 调整后为', code: '国有资源（资产）有偿使用收入年初预算为3,280万元，调整后为3,460万元，比年初预算有所增加。\n' },
    { why: 'against last year, not the opening budget: the opening level is no prior of it', code: '行政事业性收费收入年初预算12,600万元，调整为12,100万元，比上年有所增加。\n' },
    { why: 'a bare 预算 may be the adjusted one: not read', code: '行政事业性收费收入年初预算12,600万元，调整为12,100万元，较预算有所增加。\n' },
  ],
  invalid: [
    {
      why: 'adjusted up, written as a fall',
      code: '专项收入年初预算42,000万元，调整为42,900万元，较年初预算有所减少，主要是教育费附加入库增加。\n',
      errors: [{ message: '专项收入42,900万元大于年初预算42,000万元，却写作“减少”', line: 1, column: 37 }],
    },
    {
      why: 'adjusted down, written as a rise; 调整后预算数',
      code: '罚没收入年初预算数5,400万元，调整后预算数5,000万元，比年初预算略有增加。\n',
      errors: [{ message: '罚没收入5,000万元小于年初预算5,400万元，却写作“增加”', line: 1, column: 39 }],
    },
  ],
});
