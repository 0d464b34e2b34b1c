import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 年末结转结余156.80万元，较年初（214.80万元）有所增加: a stock at the year's end set against the same stock at its start
// (较年初, in brackets or not) is compared as against last year: a smaller figure said to have grown is a contradiction.
ruleTester(rule, {
  valid: [
    {
      why: 'a fall said as a fall',
      code: '年末结转结余168.40万元，较年初（226.90万元）有所减少，主要是上年结转的校舍维修项目在本年完工支付。',
    },
    {
      why: 'the change stated with its amount, and right',
      code: '年末结转结余168.40万元，较年初226.90万元减少58.50万元。',
    },
    {
      why: 'a rise said as a rise',
      code: '年末固定资产净值2,486.30万元，较年初（2,312.60万元）有所增加，主要是新购教学设备。',
    },
  ],
  invalid: [
    {
      why: 'the bracketed start-of-year figure is larger, the text says it grew',
      code: '年末结转结余168.40万元，较年初（226.90万元）有所增加，主要是上年结转的校舍维修项目在本年完工支付。',
      errors: [{ message: '年末结转结余168.40万元小于年初226.90万元，却写作“增加”', line: 1, column: 31 }],
    },
    {
      why: 'the start-of-year figure unbracketed, said to have fallen when it rose',
      code: '年末固定资产净值2,486.30万元，比年初2,312.60万元略有下降。',
      errors: [{ message: '年末固定资产净值2,486.30万元大于年初2,312.60万元，却写作“下降”', line: 1, column: 35 }],
    },
  ],
});
