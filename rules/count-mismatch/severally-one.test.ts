import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// …，分别是A: 分别 says the names are all of them, so a count of two or more with fewer names after it is a list too short
// (3个乡镇…低于40%，分别为A、B: a rate may stand in the clause), whether the
// noun follows the count directly (3个单位，分别是…) or runs on into a clause (2个乡镇的工程未完成竣工验收，分别是…).
ruleTester(rule, {
  valid: [
    { why: 'two names for 2个', code: '有2个乡镇的工程未完成竣工验收，分别是石门乡和河口镇。' },
    { why: '等 leaves the list open', code: '有2个项目的资金未及时拨付，分别是石门乡等。' },
    { why: 'a count of one with 分别 says nothing more', code: '本部门下属事业单位1个，分别是县信息中心。' },
    { why: 'three names for 3个 after a clause with a rate', code: '上半年共有3个乡镇收入完成进度低于40%，分别为石桥镇、龙溪乡、白马镇，主要是受企业检修影响。' },
    { why: 'a last name holding 和 may be two', code: '有3个单位未按时报送，分别为县档案馆、县文化馆和县图书馆。' },
  ],
  invalid: [
    {
      why: '3个乡镇 after a clause with a rate, two names',
      code: '上半年共有3个乡镇收入完成进度低于40%，分别为石桥镇、龙溪乡，主要是受重点企业停产检修影响。',
      errors: [{ message: '所述数量为“3个”，但其后只列举了2项', line: 1, column: 6 }],
    },
    {
      why: '4个部门, three names closing the sentence',
      code: '全年有4个部门的绩效目标未达成，分别是县农业农村局、县水利局、县林业局。',
      errors: [{ message: '所述“4个部门”，但其后只列举了3项', line: 1, column: 4 }],
    },
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
