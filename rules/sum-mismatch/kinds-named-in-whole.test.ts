import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count of units whose subject names the kinds it is made of (局机关和所属事业单位), split by a list that names each kind
// but one and closes that one by 其他 and its name: what else the list names is of the closed kind, so the list is the
// whole count. A kind the list leaves unnamed leaves it a part. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '1 + 6 + 4 = 11', code: '本部门预算包括局机关和所属事业单位共11家，其中：局机关1家、乡镇文化站6家、其他事业单位4家。' },
    { why: 'the 机关 left unnamed: the list is a part of the count', code: '本部门预算包括局机关和所属事业单位共11家，其中：乡镇文化站6家、其他事业单位3家。' },
    { why: 'no kinds named in the subject: 其他事业单位 may leave others out', code: '本部门预算单位共11家，其中：局机关1家、乡镇文化站6家、其他事业单位3家。' },
  ],
  invalid: [
    {
      why: '1 + 9 + 3 is 13 units, not 14',
      code: '纳入本部门预算编制范围的包括委机关和所属事业单位共14家，其中：委机关1家、社区卫生服务中心9家、其他事业单位3家。',
      errors: [{ message: '纳入本部门预算编制范围的包括委机关和所属事业单位合计14家，但分项之和为13家（1 + 9 + 3），相差1家', line: 1, column: 26 }],
    },
    {
      why: 'commas between the parts, 及 joining the kinds: 1 + 1 + 5 is 7, not 8',
      code: '2026年部门预算编制范围包括局机关及下属事业单位共8个，其中局机关1个，疾病预防控制中心1个，其他事业单位5个。',
      errors: [{ message: '部门预算编制范围包括局机关及下属事业单位合计8个，但分项之和为7个（1 + 1 + 5），相差1个', line: 1, column: 27 }],
    },
    {
      why: 'three kinds named, the last closed by 其他: 1 + 2 + 8 is 11, not 12',
      code: '本部门预算包括局本级、所属行政单位和所属事业单位共12家，其中：局本级1家、行政单位2家、其他事业单位8家。',
      errors: [{ message: '预算包括局本级、所属行政单位和所属事业单位合计12家，但分项之和为11家（1 + 2 + 8），相差1家', line: 1, column: 26 }],
    },
  ],
});
