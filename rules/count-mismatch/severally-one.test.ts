import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// …，分别是A: 分别 says several, so a count of two or more with one name after it is a list too short, whether the
// noun follows the count directly (3个单位，分别是…) or runs on into a clause (2个乡镇的工程未完成竣工验收，分别是…).
ruleTester(rule, {
  valid: [
    { why: 'two names for 2个', code: '有2个乡镇的工程未完成竣工验收，分别是石门乡和河口镇。' },
    { why: '等 leaves the list open', code: '有2个项目的资金未及时拨付，分别是石门乡等。' },
    { why: 'a count of one with 分别 says nothing more', code: '本部门下属事业单位1个，分别是县信息中心。' },
  ],
  invalid: [
    {
      why: '2个乡镇 with a clause before 分别是 and one name',
      code: '有2个乡镇的工程未完成竣工验收，分别是石门乡。',
      errors: [{ message: '所述“2个乡镇”，但其后只列举了1项', line: 1, column: 2 }],
    },
    {
      why: '3个单位，分别是 one name',
      code: '本部门共有3个单位，分别是局机关。',
      errors: [{ message: '所述“3个单位”，但其后只列举了1项', line: 1, column: 6 }],
    },
    {
      why: '两个项目 with a clause and 分别为： one name',
      code: '全年有两个项目的绩效目标未达成，分别为：乡村道路养护项目。',
      errors: [{ message: '所述“两个项目”，但其后只列举了1项', line: 1, column: 4 }],
    },
  ],
});
