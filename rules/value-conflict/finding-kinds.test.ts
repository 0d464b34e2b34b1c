import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An audit report's table of its findings by kind (问题类别 | 问题个数 | 涉及金额) and a section titled by one kind whose
// sentence gives the kind's count as the row does and its amount: the row, restated. Snippets written for these tests.
const TITLE = '岚江县审计局关于2025年度县级预算执行和其他财政收支的审计工作报告\n\n';
const TAB =
  '表1 审计发现问题汇总表\n\n问题类别\t问题个数\t涉及金额（万元）\t已整改金额（万元）\n预算管理\t12\t2,640.20\t2,100.00\n专项资金\t9\t3,418.60\t2,806.40\n国有资产\t6\t1,204.80\t980.20\n合计\t27\t7,263.60\t5,886.60\n\n';
const MD =
  '表1 审计发现问题汇总表\n\n| 问题类型 | 数量 | 涉及金额（万元） |\n| --- | --- | --- |\n| 预算管理 | 12 | 2,640.20 |\n| 专项资金 | 9 | 3,418.60 |\n| 国有资产 | 6 | 1,204.80 |\n\n';

ruleTester(rule, {
  valid: [
    { why: 'the kind’s amount as its row has it', code: `${TITLE}${TAB}（二）专项资金管理使用方面\n\n审计抽查了8项专项资金，发现问题9个，涉及金额3,418.60万元。\n` },
    {
      why: 'one case within the kind names no count of the kind’s',
      code: `${TITLE}${TAB}（二）专项资金管理使用方面\n\n1.县农业农村局滞留衔接资金，问题1个，涉及金额318.40万元。\n`,
    },
    {
      why: 'a count other than the row’s: another set of problems',
      code: `${TITLE}${TAB}（二）专项资金管理使用方面\n\n抽查的3个乡镇发现问题4个，涉及金额1,486.30万元。\n`,
    },
    {
      why: 'a title naming two kinds is no one row’s',
      code: `${TITLE}${TAB}（二）专项资金和国有资产管理方面\n\n发现问题9个，涉及金额3,814.60万元。\n`,
    },
    { why: 'an approximate amount', code: `${TITLE}${TAB}（二）专项资金管理使用方面\n\n发现问题9个，涉及金额约3,500万元。\n` },
  ],
  invalid: [
    {
      why: 'a tab-separated table, the section’s count and amount, two digits swapped',
      code: `${TITLE}${TAB}（二）专项资金管理使用方面\n\n审计抽查了衔接资金、草原奖补资金等8项专项资金，发现问题9个，涉及金额3,481.60万元，主要是资金滞留。\n`,
      errors: [{ message: '专项资金涉及金额在表中为3,418.60万元，此处却为3,481.60万元', line: 13, column: 36 }],
    },
    {
      why: 'a markdown table, 9个问题 and 涉及问题金额',
      format: 'markdown',
      code: `${TITLE}${MD}### （三）国有资产管理方面\n\n审计发现6个问题，涉及问题金额1,240.80万元，主要是资产账实不符。\n`,
      errors: [{ message: '国有资产涉及金额在表中为1,204.80万元，此处却为1,240.80万元', line: 13, column: 16 }],
    },
    {
      why: 'the section before the table',
      code: `${TITLE}一、预算管理方面\n\n共发现问题12个，涉及金额共计2,460.20万元。\n\n二、汇总情况\n\n${TAB}`,
      errors: [{ message: '预算管理涉及金额在表中为2,640.20万元，此处却为2,460.20万元', line: 5, column: 16 }],
    },
  ],
});
