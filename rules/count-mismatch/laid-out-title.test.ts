import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table re-laid as plain text (tabs or runs of spaces between cells): its title 表2  …（共5个项目）, set apart
// from its name by two spaces, goes with the table's lines as a line of no cells above the head. It is still
// the title, and its count is held against the rows as in Markdown.
ruleTester(rule, {
  valid: [
    {
      why: 'five rows, 共5个项目, tab-separated',
      code: '表2  2024年度项目绩效自评结果（共5个项目）\n项目名称\t预算金额（万元）\t自评得分\n道路养护\t186.00\t92.5\n垃圾收运\t142.00\t84.0\n水利维修\t95.00\t78.5\n文化活动\t36.00\t65.0\n绿化提升\t52.00\t88.0',
    },
    {
      why: 'a line above the head with figures after its count (a row cut from the table) is no title',
      code: '合计  共5个项目    459.00    4\n项目名称    预算金额    得分    序号\n道路养护    186.00    92.5    1\n垃圾收运    142.00    84.0    2\n水利维修    95.00    78.5    3',
    },
  ],
  invalid: [
    {
      why: 'tab-separated: five counted, four rows',
      code: '表2  2024年度项目绩效自评结果（共5个项目）\n项目名称\t预算金额（万元）\t自评得分\t自评等级\n道路养护\t186.00\t92.5\t优\n垃圾收运\t142.00\t84.0\t良\n水利维修\t95.00\t78.5\t良\n文化活动\t36.00\t65.0\t中',
      errors: [{ message: '所述“5个项目”，但其后只列举了4项', line: 1, column: 21 }],
    },
    {
      why: 'laid out with spaces, 共6家 units, five rows',
      code: '表3    2025年部门预算单位构成（共6家单位）\n单位名称          收入预算    支出预算\n局机关            820.40      820.40\n信息中心          216.00      216.00\n执法大队          512.30      512.30\n检测站            188.60      188.60\n服务中心          96.20       96.20',
      errors: [{ message: '所述“6家单位”，但其后只列举了5项', line: 1, column: 22 }],
    },
    {
      why: 'a page copy with a wide gap: 共四个项目 in Chinese numerals, three rows',
      code: '附表1      重点项目支出预算表（共四个项目）\n项目名称      年初预算      调整预算\n校舍维修      320.00        300.00\n设备购置      180.00        186.00\n课后服务      96.00         96.00',
      errors: [{ message: '所述“四个项目”，但其后只列举了3项', line: 1, column: 21 }],
    },
  ],
});
