import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 持平 belongs to the subject its own clause names (…总额增加…，全部为A的增加，B与上年持平): B held level says nothing of
// the total's change before it, nor of another item's figure. A 持平 whose clause names nobody, or names the changed item
// again, keeps its tie to the change before it. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the total grew, all of it one fund; the other fund held level',
      code: '部门收入预算总额86,420.50万元，包括一般公共预算拨款80,120.50万元和政府性基金预算拨款6,300.00万元，与上年相比，收入预算总额增加3,210.80万元，全部为一般公共预算拨款的增加，政府性基金预算拨款与上年持平。\n',
    },
    {
      why: 'the change is the project spending\'s; basic spending is level',
      code: '本年支出预算12,640.00万元，比上年减少286.00万元，主要是项目支出减少286.00万元，基本支出与上年预算持平。\n',
    },
    {
      why: 'another item\'s level before a 持平 with its own subject and last year\'s figure',
      code: '公用经费预算52.40万元，比上年增加2.10万元；其中办公费18.60万元，差旅费与上年持平（上年为9.80万元）。\n',
    },
    {
      why: 'a hedge opening the clause names no subject: 基本持平 allows the change',
      code: '“三公”经费预算24.60万元，较上年减少0.20万元，总体基本持平。\n',
    },
  ],
  invalid: [
    {
      why: 'a 持平 whose clause names nobody is the changed figure\'s',
      code: '“三公”经费预算24.60万元，较上年减少1.70万元，与上年持平。\n',
      errors: [{ message: '“三公”经费预算写作“持平”，却又称减少1.70万元', line: 1, column: 20 }],
    },
    {
      why: 'the clause names the changed item again',
      code: '公务接待费预算12.00万元，比上年减少0.80万元，公务接待费与上年持平。\n',
      errors: [{ message: '公务接待费写作“持平”，却又称减少0.80万元', line: 1, column: 19 }],
    },
  ],
});
