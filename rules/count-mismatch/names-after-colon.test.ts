import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count of places or units whose names show their kind (乡镇, 村, 学校), a clause of what they did or lack, then after a
// colon their names, each ending as that kind's do (镇, 乡, 村, 小学): the list is the counted things, however long the
// clause between. A 一是… list after such a count numbers points, not the places. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: 'three towns named for 3个乡镇', code: '审计发现，3个乡镇未按规定公示项目资金安排和使用情况：石门镇、河口乡、新塘镇。' },
    { why: 'the names end otherwise (a list of problems, not of towns)', code: '4个乡镇存在资金管理不规范问题：资金闲置、公示不及时、台账不全。' },
    { why: '一是… numbers the points found in the towns', code: '4个乡镇存在问题：一是资金闲置；二是公示不及时。' },
  ],
  invalid: [
    {
      why: '4个乡镇 with three named after the colon',
      code: '审计发现，4个乡镇未按规定公示项目资金安排和使用情况：石门镇、河口乡、新塘镇。',
      errors: [{ message: '所述“4个乡镇”，但其后只列举了3项', line: 1, column: 6 }],
    },
    {
      why: '5个村 with four named',
      code: '检查发现，5个村未建立村级财务公开栏：上寨村、下寨村、河边村、新民村。',
      errors: [{ message: '所述“5个村”，但其后只列举了4项', line: 1, column: 6 }],
    },
    {
      why: '两所学校 with three named',
      code: '两所学校未及时上报新增资产信息：城关小学、实验中学、第一中学。',
      errors: [{ message: '所述“两所学校”，但其后列举了3项', line: 1, column: 1 }],
    },
  ],
});

// 县（市）, 乡（镇）, 村（社区）: a kind written with the kinds it stands with in brackets counts places whose names end as
// any of them do. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: 'two of 县 and 市 named for 2个县（市）', code: '按照通报，全市有2个县（市）被列为债务风险提示地区：北川县、河阳市，已制定化解方案。' },
    { why: 'three named for 3个县（市、区）, each a 县, 市 or 区', code: '经评估，3个县（市、区）债务率高于警戒线：北川县、河阳市、新城区。' },
    { why: 'the names end otherwise (problems, not places)', code: '有2个县（市）被列为重点帮扶对象：资金缺口大、偿债压力重、收入下滑。' },
  ],
  invalid: [
    {
      why: '2个县（市） with three named after 被列为…：',
      code: '按照省财政厅通报，全市有2个县（市）被列为债务风险提示地区：北川县、河阳市、石岭县，已制定化解方案。',
      errors: [{ message: '所述“2个县（市）”，但其后列举了3项', line: 1, column: 13 }],
    },
    {
      why: '4个乡（镇） with three named',
      code: '审计抽查发现，4个乡（镇）未按时拨付惠民补贴资金：石门乡、河口镇、新塘镇。',
      errors: [{ message: '所述“4个乡（镇）”，但其后只列举了3项', line: 1, column: 8 }],
    },
    {
      why: '3个村（社区） with four named',
      code: '检查中，3个村（社区）未建立集体资产台账：上寨村、下寨村、东门社区、河边村。',
      errors: [{ message: '所述“3个村（社区）”，但其后列举了4项', line: 1, column: 5 }],
    },
  ],
});
