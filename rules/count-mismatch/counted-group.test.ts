import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 包括局本级和A、B、C、D4个所属事业单位: a count closing the list counts the names before it as a group, beside the
// bureau itself (1 + 4): the list is a breakdown by numbers, not one unit per item.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the bureau itself and four named units counted 4个 at the end: five in all',
      code: '纳入本部门2025年度部门决算编制范围的单位共5个，包括局本级和市水文站、市水土保持站、市河道管理所、市水利工程质量监督站4个所属事业单位。\n',
    },
    {
      why: 'the committee itself and three named centres counted 3家 at the end, across a wrapped line',
      code: '本部门预算由4家单位组成，具体包括委机关本级及区疾病预防控制中心、区妇幼保健院、\n区卫生监督所3家下属单位。\n',
    },
    {
      why: 'two named schools counted 2所 after the office itself and its centre',
      code: '纳入2026年部门预算编制范围的单位共4个，包括局机关、县教研中心以及县第一中学、县实验小学2所直属学校。\n',
    },
  ],
  invalid: [
    {
      why: 'a plain list of names with no count of its own still counts one per name',
      code: '纳入本部门2025年度部门决算编制范围的单位共5个，包括局本级、市水文站、市水土保持站、市河道管理所。\n',
      errors: [{ message: '所述数量为“5个”，但其后只列举了4项', line: 1, column: 24 }],
    },
    {
      why: 'names after 以及 counted as a group: neither they (two) nor all three named are five',
      code: '纳入2026年部门预算编制范围的单位共8个，包括局机关、县教研中心以及县第一中学、县实验小学5所直属学校。\n',
      errors: [{ message: '所述“5所直属学校”，但其前只列举了3项', line: 1, column: 47 }],
    },
  ],
});
