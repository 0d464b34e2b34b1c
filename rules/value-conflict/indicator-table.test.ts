import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A self-evaluation's performance-target table (三级指标 | 年度指标值 | 实际完成值) states each indicator's completed value,
// and the notes after it tell the value again right after the indicator's name: one fact with the cell. The target
// beside it, a goal, or another year is another figure. Snippets written for these tests.
const TITLE = '青溪县农业农村局2025年度部门整体支出绩效自评报告\n\n二、绩效目标完成情况\n\n';
const SPACED =
  '表1　绩效指标完成情况\n\n一级指标    二级指标    三级指标              年度指标值      实际完成值\n产出指标    数量指标    高标准农田建设面积    ≥3.5万亩        3.62万亩\n产出指标    质量指标    农作物良种覆盖率      ≥96%            97.3%\n效益指标    社会效益    农民专业合作社培训人次  ≥800人次        864人次\n\n';
const FLAT =
  '表1 绩效指标完成情况\n一级指标\n二级指标\n三级指标\n指标值\n实际完成值\n产出指标\n质量指标\n病死畜禽无害化处理率\n≥95%\n98.4%\n效益指标\n可持续影响指标\n耕地质量监测点覆盖率\n100%\n100%\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the completed value as the table has it',
      code: `${TITLE}${SPACED}（三）指标说明\n\n全年新建高标准农田建设面积3.62万亩，农作物良种覆盖率达到97.3%。\n`,
    },
    {
      why: 'the target beside the completion, not the completed value',
      code: `${TITLE}${SPACED}（三）指标说明\n\n农作物良种覆盖率达到96%的目标，实际为97.3%。\n`,
    },
    {
      why: 'a goal for the next year',
      code: `${TITLE}${SPACED}四、下一步工作\n\n2026年力争农作物良种覆盖率达到98%。\n`,
    },
    {
      why: 'last year’s value',
      code: `${TITLE}${SPACED}（三）指标说明\n\n上年农作物良种覆盖率95.8%，今年有所提高。\n`,
    },
    {
      why: 'a flattened table, the text as its cell',
      code: `${TITLE}${FLAT}1.产出指标。全县病死畜禽无害化处理率达到98.4%。\n`,
    },
  ],
  invalid: [
    {
      why: 'a space-aligned table, the name right before the figure',
      code: `${TITLE}${SPACED}（三）指标说明\n\n全年完成高标准农田建设面积3.26万亩，主要分布在北部三个乡镇。\n`,
      errors: [{ message: '2025年高标准农田建设面积在表中为3.62万亩，此处却为3.26万亩', line: 14, column: 14 }],
    },
    {
      why: 'a rate reached, with a verb between',
      code: `${TITLE}${SPACED}（三）指标说明\n\n当年农作物良种覆盖率达到97.8%，高于年度指标值。\n`,
      errors: [{ message: '2025年农作物良种覆盖率在表中为97.3%，此处却为97.8%', line: 14, column: 13 }],
    },
    {
      why: 'a table flattened one cell a line',
      code: `${TITLE}${FLAT}1.产出指标。全县病死畜禽无害化处理率为89.4%，低于年度指标值。\n`,
      errors: [{ message: '2025年病死畜禽无害化处理率在表中为98.4%，此处却为89.4%', line: 22, column: 21 }],
    },
  ],
});
