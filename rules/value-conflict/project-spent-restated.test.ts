import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A disclosure of bond projects lists them item by item with the money spent on each ((2)X项目，发行额…，已支出…), then tells
// of one in a sentence opening on its name (X项目受…影响，截至年末已支出…): the amount spent on that project at the year's end,
// one figure. Another time (截至6月末, 上年) is another figure; a shortened name that ends two listed names names neither.
// Snippets written for these tests.
const HEAD = '云港市海川区2025年政府专项债券项目资金使用情况公开\n\n一、项目安排情况\n\n';
const LIST =
  '2025年全区安排专项债券项目4个，各项目发行额和已支出金额如下：（1）东港片区污水管网改造项目，发行额16,000万元，已支出14,200万元；（2）西港片区污水管网改造项目，发行额12,000万元，已支出9,600万元；（3）海川职业教育实训基地项目，发行额20,000万元，已支出17,400万元；（4）滨海冷链物流中心项目，发行额14,000万元，已使用10,360万元。\n\n二、资金使用情况\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the sentence restates the item as it was',
      code: `${HEAD}${LIST}海川职业教育实训基地项目受设备招标延期影响，截至年末已支出17,400万元。\n`,
    },
    {
      why: 'another time: the half year’s spending',
      code: `${HEAD}${LIST}海川职业教育实训基地项目截至6月末已支出9,800万元。\n`,
    },
    {
      why: 'a shortened name ending two listed names names neither',
      code: `${HEAD}${LIST}污水管网改造项目已支出21,600万元。\n`,
    },
  ],
  invalid: [
    {
      why: 'a clause of the cause between the name and the spent clause',
      code: `${HEAD}${LIST}海川职业教育实训基地项目受设备招标延期影响，截至年末已支出14,700万元。\n`,
      errors: [{ message: '2025年海川职业教育实训基地项目已支出在前文为17,400万元，此处却为14,700万元', line: 9, column: 30 }],
    },
    {
      why: 'a shortened name, 已使用, the date in a clause of its own',
      code: `${HEAD}${LIST}冷链物流中心项目进展顺利，截至2025年末，已使用10,630万元。\n`,
      errors: [{ message: '2025年滨海冷链物流中心项目已使用在前文为10,360万元，此处却为10,630万元', line: 9, column: 26 }],
    },
  ],
});
