import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An audit work report states the money of the problems its audit found in its opening and again where it reports their
// mending, worded otherwise (共查出主要问题金额X万元 / 对本次审计查出的X万元问题): one figure, the whole audit's. A part's
// 查出问题金额 under its own heading is some of it, and no restatement. Snippets written for these tests.
const TITLE = '关于临河县2025年度县本级预算执行和其他财政收支的审计工作报告\n\n';
const OPENING = '县审计局依法对2025年度县本级预算执行和其他财政收支情况进行了审计，共查出主要问题金额6,384万元，已整改到位3,920万元。\n\n';
const PART = '一、县本级财政管理审计情况\n\n（二）部门预算执行审计情况。审计了9个部门，共查出问题金额1,260万元，主要是超范围支出。\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the mending part restates the opening’s figure',
      code: `${TITLE}${OPENING}${PART}三、审计查出问题的整改情况\n\n对本次审计查出的6,384万元问题，有关部门正在整改。\n`,
    },
    {
      why: 'a part’s problem money under its own heading is some of the whole',
      code: `${TITLE}${OPENING}${PART}`,
    },
    {
      why: 'a sum over several audits (累计查出) is another figure',
      code: `${TITLE}${OPENING}${PART}近三年累计查出问题金额18,240万元。\n`,
    },
  ],
  invalid: [
    {
      why: 'the mending part with the money before the problems, two digits swapped',
      code: `${TITLE}${OPENING}${PART}三、审计查出问题的整改情况\n\n对本次审计查出的6,834万元问题，有关部门正在整改。\n`,
      errors: [{ message: '2025年审计查出问题金额在前文为6,384万元，此处却为6,834万元', line: 11, column: 9 }],
    },
    {
      why: '本次审计 named with the money after the problems, in 亿元 against 万元',
      code: `${TITLE}县审计局对2025年度县本级预算执行情况进行了审计，审计发现问题资金1.28亿元。\n\n一、预算执行审计情况\n\n（一）收入方面。部分非税收入未及时缴库。\n\n四、整改情况\n\n本次审计共查出问题金额12,080万元，已整改6,420万元。\n`,
      errors: [{ message: '2025年审计查出问题金额在前文为1.28亿元，此处却为12,080万元', line: 11, column: 12 }],
    },
  ],
});
