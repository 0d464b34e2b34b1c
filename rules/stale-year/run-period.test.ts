import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A year's self-evaluation evaluates a project that spent in that year: 项目实施期为2024年1月至2024年12月 in a 2025年度 自评
// stating the project's 2025 spending was kept from last year's report. A period reaching into the year (a project of
// several years), a planned or moved one, or a report stating no spending of its year say nothing of it. Snippets written
// for these tests; none is copied from a real disclosure.
const EVALUATION = (run: string, spent = '2025年项目实际支出486.20万元，预算执行率为97.2%。') =>
  `# 青溪县农业农村局2025年度高标准农田建设项目支出绩效自评报告\n\n## 一、项目基本情况\n\n${spent}${run}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: EVALUATION('项目实施期为2025年1月至2025年12月，各标段均按期完工。') },
    { why: 'a project of several years', code: EVALUATION('项目实施期为2024年1月至2025年12月，本年为第二年。') },
    { why: 'a period moved', code: EVALUATION('项目原实施期为2024年1月至2024年12月，经批准延长一年。') },
    {
      why: 'a department’s whole spending may list projects of other years',
      code: '# 青溪县农业农村局2025年度部门整体支出绩效自评报告\n\n## 一、部门基本情况\n\n2025年部门实际支出8,624.10万元，预算执行率为96.4%。其中农田水利项目实施期为2023年1月至2024年12月，已完成竣工验收。\n',
    },
    { why: 'no spending of the title’s year stated', code: EVALUATION('项目实施期为2024年1月至2024年12月，各标段均按期完工。', '项目总投资486.20万元。') },
  ],
  invalid: [
    {
      why: '实施期为, a whole earlier year by months',
      code: EVALUATION('项目实施期为2024年1月至2024年12月，各标段均按期完工。'),
      errors: [{ message: '标题为2025年高标准农田建设项目支出绩效自评，项目实施期应为2025年，此处却写作2024年', line: 5, column: 39 }],
    },
    {
      why: '实施周期：, a year alone',
      code: EVALUATION('项目实施周期：2024年全年。'),
      errors: [{ message: '标题为2025年高标准农田建设项目支出绩效自评，项目实施期应为2025年，此处却写作2024年', line: 5, column: 40 }],
    },
  ],
});
