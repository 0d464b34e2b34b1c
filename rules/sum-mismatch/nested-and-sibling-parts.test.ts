import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two ways a 其中 list holds figures that are not parts beside each other: a part named as an earlier one with words
// before it (具有高级职称的专任教师 after 专任教师) is some of it, and a figure named as the total with another ordinal
// (第三产业税收 after 第二产业税收…，其中…) is the total's sibling, the next statement. A negated name (不计容面积, 非税收入)
// is the other part. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '312 of the 648 专任教师 hold senior titles: not a second part beside them',
      code: '截至2024年末，学院有教职工926人，其中专任教师648人、具有副高级以上职称的专任教师312人；在校生12,480人。',
    },
    {
      why: '职业教育支出 is some of 教育支出, not beside it: 2,480 + 1,020 says nothing against 3,200',
      code: '2025年民生支出合计3,200.00万元，其中教育支出2,480.00万元、职业教育支出1,020.00万元。',
    },
    {
      why: '第三产业税收 after 第二产业税收…，其中制造业税收… is the next sector, not a part of the second',
      code: '分产业看，第一产业税收1,620万元；第二产业税收48,300万元，增长6.1%，其中制造业税收41,250万元，增长7.4%；第三产业税收66,480万元，增长2.6%。',
    },
  ],
  invalid: [
    {
      why: '计容面积 and 不计容面积 are the two parts of 地上建筑面积: 6,100 + 240 = 6,340 > 6,240',
      code: '本工程总建筑面积为9,620平方米，其中地上建筑面积6,240平方米（其中计容面积6,100平方米，不计容面积240平方米）。',
      errors: [{ message: '地上建筑面积合计6,240平方米，但其中所列分项之和已达6340平方米（6100 + 240），超出100平方米', line: 1, column: 27 }],
    },
    {
      why: '税收收入 and 非税收入 are the two parts of the revenue: 9.10 + 3.40 = 12.50 > 12.40',
      code: '2024年全县一般公共预算收入合计12.40亿元，其中税收收入9.10亿元，非税收入3.40亿元。',
      errors: [{ message: '一般公共预算收入合计12.40亿元，但其中所列分项之和已达12.50亿元（9.10 + 3.40），超出0.10亿元', line: 1, column: 18 }],
    },
    {
      why: 'two sectors under 第二产业 that overshoot it: 41,250 + 8,050 = 49,300 > 48,300',
      code: '第二产业税收48,300万元，其中制造业税收41,250万元，建筑业税收8,050万元。',
      errors: [{ message: '第二产业税收合计48,300万元，但其中所列分项之和已达49300万元（41250 + 8050），超出1000万元', line: 1, column: 7 }],
    },
  ],
});
