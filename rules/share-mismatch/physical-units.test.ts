import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share of a quantity in one physical unit (房屋面积 in 万平方米, 土地 in 亩, 道路 in 公里) is checked as a share of money
// is. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '386.2 of 1,268.6 is 30.4%', code: '全市行政事业单位房屋总面积1,268.6万平方米，其中办公用房386.2万平方米、业务用房642.8万平方米，办公用房占房屋总面积的30.4%。' },
  ],
  invalid: [
    {
      why: '386.2 of 1,268.6 is 30.4%, not 34.2%',
      code: '全市行政事业单位房屋总面积1,268.6万平方米，其中办公用房386.2万平方米、业务用房642.8万平方米，办公用房占房屋总面积的34.2%。',
      errors: [{ message: '办公用房386.2万平方米占房屋总面积1,268.6万平方米的30.4%，而非所写的34.2%', line: 1, column: 67 }],
    },
    {
      why: 'a traditional copy (萬平方米 is 万平方米)',
      code: '全市行政事業單位房屋總面積1,268.6萬平方米，其中辦公用房386.2萬平方米、業務用房642.8萬平方米，辦公用房占房屋總面積的34.2%。',
      errors: [{ message: '办公用房386.2萬平方米占房屋总面积1,268.6萬平方米的30.4%，而非所写的34.2%', line: 1, column: 67 }],
    },
    {
      why: 'land in 亩: 1,260 of 4,860 is 25.9%',
      code: '全县耕地面积4,860亩，其中高标准农田1,260亩，占耕地面积的29.5%。',
      errors: [{ message: '高标准农田1,260亩占耕地面积4,860亩的25.9%，而非所写的29.5%', line: 1, column: 34 }],
    },
    {
      why: 'roads in 公里: 86.4 of 312.5 is 27.6%',
      code: '全县农村公路总里程312.5公里，其中县道86.4公里，占农村公路总里程的29.6%。',
      errors: [{ message: '县道86.4公里占农村公路总里程312.5公里的27.6%，而非所写的29.6%', line: 1, column: 38 }],
    },
  ],
});
