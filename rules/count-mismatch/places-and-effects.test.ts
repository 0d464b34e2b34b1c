import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two ways a list after its count ends at a comma. Counties, cities and districts (…县, …市, …区) are units' names as
// villages and towns are: after 依次为 or 分别为, a clause after their comma that names no further one ends the list. And a
// clause saying what the things listed did (，有力支持了…, ，有效保障了…, ，推动了…) is a predicate, not one more item.
// 市政和产业园区基础设施 is one field special bonds are spent in, as 社会保障和就业 is one class. Snippets written for these
// tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'four counties for four', code: '州对下转移支付覆盖4个县，依次为青木县、白河县、石门县、东岭县，州本级留用部分用于州直部门支出。' },
    { why: 'a county after the comma may be one more of the list', code: '转移支付覆盖4个县，依次为青木县、白河县、石门县，东岭县。' },
    {
      why: 'four fields for four; 市政和产业园区基础设施 is one',
      code: '新增债券资金主要投向四大领域：保障性安居工程、交通基础设施、生态环保、市政和产业园区基础设施，有力支持了重大项目建设。',
    },
    { why: 'no predicate after the comma: the list may go on', code: '新增债券资金主要投向四大领域：保障性安居工程、交通基础设施，社会事业等领域也有安排。' },
  ],
  invalid: [
    {
      why: 'four counties said, three named, then the prefecture’s own share',
      code: '州对下转移支付覆盖4个县，依次为青木县、白河县、石门县，州本级留用部分用于州直部门支出。',
      errors: [{ message: '所述“4个县”，但其后只列举了3项', line: 1, column: 10 }],
    },
    {
      why: 'districts after 分别为',
      code: '全市共有5个区纳入试点，分别为东城区、西城区、南湖区、北山区，试点资金按因素法分配。',
      errors: [{ message: '所述“5个区纳入试点”，但其后只列举了4项', line: 1, column: 5 }],
    },
    {
      why: 'four fields said, three named, then what they supported',
      code: '新增债券资金主要投向四大领域：保障性安居工程、交通基础设施、市政和产业园区基础设施，有力支持了重大项目建设。',
      errors: [{ message: '所述“四大领域”，但其后只列举了3项', line: 1, column: 11 }],
    },
  ],
});
