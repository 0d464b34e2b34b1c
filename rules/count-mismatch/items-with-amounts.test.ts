import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 投向三个方面：A 12.50亿元，占50.0%；B 7.50亿元，占30.0%；C 5.00亿元，占20.0%。 Each item of a counted list may carry its
// amount and a clause of that amount's share or change: the comma after the amount ends no list, the items are the
// clauses set off by ；. Read as one item cut at the comma, a first item holding a joining word (A和B工程12.48亿元) was
// a list of one or two, short of the count. When the clauses are not all named amounts (a closing remark, 其余…), the
// list is not read.
ruleTester(rule, {
  valid: [
    {
      why: 'three clauses, each a use with its amount and share, for 三个方面',
      code: '2025年安排的再融资以外新增一般债券资金31.20亿元重点保障三个方面：农村供水和污水管网工程12.48亿元，占40.0%；城区老旧小区改造10.92亿元，占35.0%；职业院校实训基地建设7.80亿元，占25.0%。',
    },
    {
      why: 'four clauses whose second clause is a change, not a share, for 四类项目',
      code: '全年下达的专项转移支付资金主要分配给四类项目：高标准农田与水利设施建设8,640万元，比上年增加420万元；河湖水系连通工程5,260万元，比上年减少180万元；冷链物流设施3,180万元，与上年持平；乡村道路养护2,020万元，比上年增加96万元。',
    },
    {
      why: 'a hard-wrapped copy: the items wrap across lines, mid-word and before a share',
      code: '本年度发行的新增专项债券38.40亿元分别投向三个领域：园区标准厂房和配套设施21.12亿元，占\n55.0%；城市停车场建设9.60亿元，占25.0%；公交场\n站改造7.68亿元，占20.0%。\n',
    },
    {
      why: 'the items carry amounts set off by commas only: where each item ends is not known, nothing is said',
      code: '债券资金主要用于三个方面：棚户区和城中村改造9.60亿元，产业园区道路4.20亿元，污水处理厂提标2.10亿元。',
    },
    {
      why: 'a clause of what remains after the named items: the list is not all, nothing is said',
      code: '专项资金重点支持四个领域：设施农业和智慧农机2,400万元，占48.0%；农产品加工1,500万元，占30.0%；其余1,100万元用于品牌培育和市场开拓。',
    },
  ],
  invalid: [
    {
      why: 'three clauses of amounts and shares for 四个领域',
      code: '当年新增专项债券62.50亿元主要投向四个领域：轨道交通和枢纽配套工程25.00亿元，占40.0%；保障性租赁住房18.75亿元，占30.0%；医疗卫生设施18.75亿元，占30.0%。',
      errors: [{ message: '所述“四个领域”，但其后只列举了3项', line: 1, column: 20 }],
    },
  ],
});
