import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 较上年第一批5.86亿元增加0.56亿元，增长10.6%: last year's figure and the change are stated, this year's is left for
// the reader to add. The rate is still the change over last year's: 0.56 / 5.86 = 9.56%.
ruleTester(rule, {
  valid: [
    {
      why: '0.56 / 5.86 = 9.56%, written 9.6%',
      code: '本批发行额较上年第一批5.86亿元增加0.56亿元，增长9.6%，主要是保障性安居工程和供水项目纳入发行。',
    },
    {
      why: 'a fall: 1.26 / 14.80 = 8.51%, written 8.5%',
      code: '政府性基金预算收入比上年的14.80亿元减少1.26亿元，下降8.5%。',
    },
    {
      why: 'no prior stated: nothing to check the rate against',
      code: '本批发行额较上年增加0.56亿元，增长10.6%。',
    },
    {
      why: 'a change and its rate in opposite directions is another rule’s finding (direction-conflict)',
      code: '本批发行额较上年5.86亿元增加0.56亿元，下降10.6%。',
    },
  ],
  invalid: [
    {
      why: '0.56 / 5.86 = 9.56%, stated 10.6%',
      code: '本批发行额较上年第一批5.86亿元增加0.56亿元，增长10.6%，主要是保障性安居工程和供水项目纳入发行。',
      errors: [{ message: '本批发行额比上年第一批5.86亿元增加0.56亿元，增幅应为9.56%，而非所写的10.6%', line: 1, column: 29 }],
    },
    {
      why: '1.26 / 14.80 = 8.51%, stated 9.5%',
      code: '政府性基金预算收入比上年的14.80亿元减少1.26亿元，下降9.5%。',
      errors: [{ message: '政府性基金预算收入比上年14.80亿元减少1.26亿元，降幅应为8.51%，而非所写的9.5%', line: 1, column: 32 }],
    },
    {
      why: 'full-width digits: 212.40 / 3,194.40 = 6.65%, stated 7.1%',
      code: '一般公共预算拨款收入较上年３,１９４.４０万元增加２１２.４０万元，增幅７.１％。',
      errors: [{ message: '一般公共预算拨款收入比上年3,194.40万元增加212.40万元，增幅应为6.65%，而非所写的7.1％', line: 1, column: 37 }],
    },
  ],
});
