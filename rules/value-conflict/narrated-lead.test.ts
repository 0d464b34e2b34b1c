import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A paragraph may open on what the drafters did or meant (执行中，我们坚持把…摆在突出位置，) before it names a class and its
// amount: the lead is a preamble, not a frame, and the class's amount restates its row in the spending table, here printed
// over a page break (续表, its head again). Only a row of the class's exact name is witness: the lead may still narrow
// the class in other words. Snippets written for these tests.
const TITLE = '关于青川县2025年县级决算草案的报告\n\n一、一般公共预算收支决算情况\n\n';
const SPACED = [
  '表1                青川县2025年一般公共预算支出决算表',
  '                                                              单位：万元',
  '科目                               调整预算数        决算数    完成调整预算%',
  '一般公共服务支出                     41,200          40,380         98.0',
  '教育支出                             96,400          95,160         98.7',
  '社会保障和就业支出                   88,600          87,420         98.7',
  '',
  '                                    - 1 -',
  '',
  '续表                                                          单位：万元',
  '科目                               调整预算数        决算数    完成调整预算%',
  '城乡社区支出                         52,800          49,640         94.0',
  '农林水支出                          104,600         101,830         97.4',
  '合计                                383,600         374,430         97.6',
  '',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the class as its row has it, after a lead of what was done',
      code: `${TITLE}${SPACED}    预算执行中，我们坚持把乡村振兴放在优先位置，农林水支出101,830万元，主要用于高标准农田和农村供水。\n`,
    },
    {
      why: 'the lead names what the money was arranged for (安排): a part of the class, not the class',
      code: `${TITLE}${SPACED}    为推进乡村振兴，县级统筹安排，农林水支出10,180万元，用于农村供水保障。\n`,
    },
    {
      why: 'the class of the year before: another year than the table’s',
      code: `${TITLE}${SPACED}    执行过程中，县委县政府始终把民生摆在首位，2024年社会保障和就业支出84,260万元。\n`,
    },
    {
      why: 'a sub-item of the class, no row of its name',
      code: `${TITLE}${SPACED}    执行过程中，我们持续巩固拓展脱贫攻坚成果，农田建设支出18,460万元，主要用于新建高标准农田。\n`,
    },
  ],
  invalid: [
    {
      why: 'a class after a lead of intent, its row on the page after the break',
      code: `${TITLE}${SPACED}    支出执行中，我们坚持把乡村振兴放在优先位置，农林水支出101,380万元，主要用于高标准农田和农村供水。\n`,
      errors: [{ message: '2025年农林水支出决算在表中为101,830万元，此处却为101,380万元', line: 20, column: 32 }],
    },
    {
      why: 'another wording: 工作中 and the drafters’ aim, the class with 完成',
      code: `${TITLE}${SPACED}    工作中，县财政始终把民生保障摆在突出位置，社会保障和就业支出完成87,240万元，城乡低保资金足额发放。\n`,
      errors: [{ message: '2025年社会保障和就业支出决算在表中为87,420万元，此处却为87,240万元', line: 20, column: 37 }],
    },
    {
      why: 'a Markdown table after the text',
      format: 'markdown',
      code: `# 青川县2025年县级决算草案的报告\n\n## 一、一般公共预算收支决算情况\n\n执行中，我们坚持教育优先发展，教育支出95,610万元，主要用于义务教育薄弱环节改善。\n\n表1 青川县2025年一般公共预算支出决算表\n\n单位：万元\n\n| 科目 | 调整预算数 | 决算数 |\n| --- | ---: | ---: |\n| 教育支出 | 96,400 | 95,160 |\n| 农林水支出 | 104,600 | 101,830 |\n`,
      errors: [{ message: '2025年教育支出决算在表中为95,160万元，此处却为95,610万元', line: 5, column: 20 }],
    },
  ],
});
