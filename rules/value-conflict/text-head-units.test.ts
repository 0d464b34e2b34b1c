import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A plain-text table (a spreadsheet paste, a PDF's layout) whose head notes a column's unit in the cell
// (资金（万元）): that column's figures are money in that unit, as in a Markdown table, and a sentence restating
// a row's cell is held against it. The score column beside it stays unitless.
const tabbed = '序号\t项目名称\t资金（万元）\t得分\t等级\n1\t农村道路养护\t481.00\t92.0\t优\n2\t小型水库除险\t236.50\t86.5\t良\n3\t村级文化活动\t58.20\t78.0\t中\n\n';
const spaced = '项目名称          资金（万元）    得分\n社区养老服务      312.60          91.0\n残疾人康复        148.00          87.5\n困难群众救助      520.40          93.0\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the cell restated right',
      code: `${tabbed}其中，农村道路养护项目资金481.00万元，完成路面修补42公里。`,
    },
    {
      why: 'a score is no money: 92.0 is not restated by 92.00万元 of another subject',
      code: `${tabbed}农村道路养护项目已拨付资金92.00万元，其余年底前拨付。`,
    },
  ],
  invalid: [
    {
      why: 'tab-separated: 481.00 in the table, 418.00 in the text',
      code: `${tabbed}其中，农村道路养护项目资金418.00万元，完成路面修补42公里。`,
      errors: [{ message: '农村道路养护资金在表中为481.00万元，此处却为418.00万元', line: 6, column: 14 }],
    },
    {
      why: 'laid out with spaces: 148.00 in the table, 184.00 in the text',
      code: `${spaced}残疾人康复项目资金184.00万元，服务残疾人620人次。`,
      errors: [{ message: '残疾人康复资金在表中为148.00万元，此处却为184.00万元', line: 6, column: 10 }],
    },
  ],
});
