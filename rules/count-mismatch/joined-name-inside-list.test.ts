import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 和 inside a name of a 即 list (生态建设和环境保护) makes that name one item or two, or joins two groups the 、 set out; a
// count between the group reading and the 、-parts (四个 for five parts) is none of them. Snippets written for these tests;
// none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '生态建设和环境保护 as two fields: six',
      code: '全县入库项目分布在六个行业领域，即市政工程、交通运输、生态建设和环境保护、教育、医疗卫生。',
    },
    {
      why: '生态建设和环境保护 as one field: five',
      code: '全县入库项目分布在五个行业领域，即市政工程、交通运输、生态建设和环境保护、教育、医疗卫生。',
    },
  ],
  invalid: [
    {
      why: 'five 、-parts, four stated',
      code: '全县入库项目分布在四个行业领域，即市政工程、交通运输、生态建设和环境保护、教育、医疗卫生。',
      errors: [{ message: '所述“四个行业领域”，但其后列举了5项', line: 1, column: 10 }],
    },
    {
      why: 'the joined name first, a clause after the list: four parts, three stated',
      code: '本年度专项资金重点支持三个方向，即科技创新和成果转化、人才引进、产业升级、数字经济，均已按进度拨付。',
      errors: [{ message: '所述“三个方向”，但其后列举了4项', line: 1, column: 12 }],
    },
  ],
});
