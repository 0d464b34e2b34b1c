import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list closed by a comma may go on after it, unless what follows says where the money of the things listed comes from
// (，课题经费从…中列支, ，所需资金由…统筹安排, ，经费在…中解决): the money's source and a verb of paying make a predicate, never one
// more name, so the list ended at the comma. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'five counted, five named, where their money comes from after the comma',
      code: '2026年拟开展专题调研课题5项，包括：城乡学校布局调整研究、乡村教师队伍建设研究、课后服务质量评估研究、家校协同育人机制研究、县域高中发展路径研究，课题经费从部门预算项目支出中列支。\n',
    },
    {
      why: 'the clause after the comma names one more thing (经费 with no source and no paying verb): the list may go on',
      code: '2026年拟开展专题调研课题6项，包括：城乡学校布局调整研究、乡村教师队伍建设研究、课后服务质量评估研究、家校协同育人机制研究、县域高中发展路径研究，以及教育经费绩效管理研究。\n',
    },
    {
      why: '资金 opening a name the list goes on with (资金监管平台升级), no source: open, fewer named proves nothing',
      code: '今年计划实施信息化项目4个，包括电子档案系统建设、财务核算系统迭代，资金监管平台升级和数据中心扩容。\n',
    },
  ],
  invalid: [
    {
      why: '包括 then five names and 课题经费从…中列支: five against six',
      code: '2026年拟开展专题调研课题6项，包括：城乡学校布局调整研究、乡村教师队伍建设研究、课后服务质量评估研究、家校协同育人机制研究、县域高中发展路径研究，课题经费从部门预算项目支出中列支。\n',
      errors: [{ message: '拟开展专题调研课题所述数量为“6项”，但其后只列举了5项', line: 1, column: 15 }],
    },
    {
      why: '即 then three names and 所需资金由…统筹安排: three against four',
      code: '全镇今年新建村级便民服务点四个，即东庄服务点、南岭服务点、柳溪服务点，所需资金由镇财政统筹安排。\n',
      errors: [{ message: '新建村级便民服务点所述数量为“四个”，但其后只列举了3项', line: 1, column: 14 }],
    },
    {
      why: '分别为 then four units and 经费均在部门预算中解决: four against five',
      code: '本年度承担课题研究的单位共5家，分别为市教研室、市电教馆、市实验小学、市第二中学，研究经费均在各单位部门预算中解决。\n',
      errors: [{ message: '所述数量为“5家”，但其后只列举了4项', line: 1, column: 14 }],
    },
  ],
});
