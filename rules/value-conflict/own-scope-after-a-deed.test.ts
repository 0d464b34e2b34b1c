import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A clause that names its own jurisdiction or unit (县本级, 全区, 本部门) after a clause of what someone did, with no figure,
// time or frame in that clause, states its level as a sentence opening on it does. Snippets written for these tests.
const TITLE = '青禾县2026年县本级“三公”经费预算情况说明\n\n';
const FIRST = `${TITLE}2026年县本级公务接待费预算238.60万元，主要用于公务交流。`;

ruleTester(rule, {
  valid: [
    { why: 'the restated figure agrees', code: `${FIRST}\n\n县财政局对各部门“三公”经费实行总额控制，县本级公务接待费预算238.60万元全部细化到部门。` },
    { why: 'a lead that narrows (剔除…后) frames the clause', code: `${FIRST}\n\n剔除一次性接待任务后，县本级公务接待费预算228.60万元，比上年略有下降。` },
    { why: 'a lead that recounts by another measure (按同口径计算)', code: `${FIRST}\n\n按同口径计算，县本级公务接待费预算226.40万元。` },
    { why: 'a lead that names a part (在…中)', code: `${FIRST}\n\n在县直部门预算中，县本级公务接待费预算186.40万元，其余由乡镇安排。` },
    { why: 'a clause naming no scope of its own is still framed by its lead', code: `${FIRST}\n\n县财政局对各部门经费实行总额控制，公务接待费预算232.60万元全部细化到部门。` },
  ],
  invalid: [
    {
      why: '县本级 after a clause of what the finance bureau did',
      code: `${FIRST}\n\n县财政局会同县审计局对各部门“三公”经费实行预算总额控制，县本级公务接待费预算236.80万元全部细化到部门，未设置待分配资金。`,
      errors: [{ message: '2026年县本级公务接待费预算在前文为238.60万元，此处却为236.80万元', line: 5, column: 40 }],
    },
    {
      why: '全区 after a clause of what the district did, the first statement after',
      code: `${TITLE}区财政局严格落实过紧日子要求，全区会议费预算86.40万元全部纳入部门预算管理。\n\n2026年全区会议费预算84.60万元，比上年压减6.0%。`,
      errors: [{ message: '2026年全区会议费预算在前文为86.40万元，此处却为84.60万元', line: 5, column: 13 }],
    },
    {
      why: '本部门 after a clause of what the department did',
      code: `${TITLE}本部门2026年机关运行经费预算312.80万元，主要用于办公和水电。\n\n我局坚持勤俭办一切事业，本部门机关运行经费预算321.80万元全部用于保障机关正常运转。`,
      errors: [{ message: '本部门2026年机关运行经费预算在前文为312.80万元，此处却为321.80万元', line: 5, column: 24 }],
    },
  ],
});
