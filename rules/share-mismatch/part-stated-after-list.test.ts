import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A part of a list set out by class (按功能分类：…, 按采购对象分，…) stated again a paragraph or two on, by its name and
// amount, with a share that names no base: the share is of the list's whole. The whole is the amount the sentence before
// the list opened with, or one the classes make exactly (所占份额 says 占比 too). Snippets written for these tests; none is
// copied from a real disclosure.
const SPENDING =
  '二、支出决算情况\n\n2025年全乡一般公共预算支出5,264.30万元，完成调整预算的97.6%，比上年增长5.7%。按功能分类：一般公共服务支出1,206.40万元；' +
  '农林水支出2,318.70万元；社会保障和就业支出846.20万元；卫生健康支出\n892.90万元。\n\n';
const PURCHASES =
  '一、总体规模\n\n全市政府采购预算金额624,800万元，实际采购金额588,360万元，节约资金36,440万元，节约率5.8%。\n\n' +
  '全年完成采购项目1,642个，较上年增加126个。\n\n按采购对象分，货物类212,480万元，占36.1%；工程类263,500万元；服务类112,380万元。\n\n';
ruleTester(rule, {
  valid: [
    { why: '846.20 / 5,264.30 = 16.1%', code: `${SPENDING}社会保障和就业支出846.20万元，占比达16.1%，主要用于城乡低保和特困供养。` },
    { why: '112,380 / 588,360 = 19.1%', code: `${PURCHASES}服务类采购112,380万元，所占份额为19.1%，主要是物业管理服务扩大。` },
    {
      why: 'the amount stated again differs from the list’s: which figure the share is of is not proven',
      code: `${SPENDING}社会保障和就业支出864.20万元，占比达18.1%。`,
    },
    {
      why: 'a heading stands between: another matter',
      code: `${SPENDING}三、重点支出\n\n社会保障和就业支出846.20万元，占比达18.1%。`,
    },
  ],
  invalid: [
    {
      why: '846.20 / 5,264.30 = 16.07%, stated 18.1%',
      code: `${SPENDING}社会保障和就业支出846.20万元，占比达18.1%，主要用于城乡低保和特困供养。`,
      errors: [{ message: '社会保障和就业支出846.20万元占全乡一般公共预算支出5,264.30万元的16.1%，而非所写的18.1%', line: 6, column: 22 }],
    },
    {
      why: '112,380 / 588,360 = 19.10%, stated 21.9%; the classes make 588,360 exactly',
      code: `${PURCHASES}服务类采购112,380万元，所占份额为21.9%，主要是物业管理服务扩大。`,
      errors: [{ message: '服务类采购112,380万元占实际采购金额588,360万元的19.1%，而非所写的21.9%', line: 9, column: 21 }],
    },
    {
      why: 'a share inside the list is of the whole the classes make: 212,480 / 588,360 = 36.1%, stated 38.1%',
      code: PURCHASES.replace('占36.1%', '占38.1%'),
      errors: [{ message: '货物类212,480万元占实际采购金额588,360万元的36.1%，而非所写的38.1%', line: 7, column: 22 }],
    },
  ],
});
