import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The results the document lists, named as such (以上2024年度绩效自评结果已在…公开), are those of the evaluation it says it made
// (2025年度本局对12个项目开展了绩效自评): a final account evaluates its own year, a budget the year before. Named another year,
// the name was kept from last year's text. A document stating no evaluation of its own, or a sentence comparing or naming
// another year, says nothing of it. Snippets written for these tests.
const DOC = (title: string, evaluated: string, listed: string) =>
  `# ${title}\n\n五、绩效自评情况\n\n${evaluated}\n\n| 项目名称 | 自评得分 | 等级 |\n| --- | ---: | :---: |\n| 河道巡查 | 94.20 | 优 |\n\n${listed}\n`;
const OWN = '2025年度本局对12个项目开展了绩效自评，涉及资金986.40万元。';

ruleTester(rule, {
  valid: [
    { why: 'the year evaluated', code: DOC('青岭市水文局2025年度部门决算', OWN, '以上2025年度绩效自评结果已在本局门户网站公开。') },
    { why: 'no evaluation of its own stated', code: DOC('青岭市水文局2025年度部门决算', '本局项目均已完成。', '以上2024年度绩效自评结果已在本局门户网站公开。') },
    { why: 'a comparison with the year before', code: DOC('青岭市水文局2025年度部门决算', OWN, '以上2024年度绩效自评结果较本年有所下降。') },
    {
      why: 'a budget lists the year before’s results',
      code: DOC('青岭市水文局2026年部门预算', '2025年度本部门对当年实施的20个项目全部开展绩效自评。', '上述2025年度项目自评结果已在本局网站公开。'),
    },
  ],
  invalid: [
    {
      why: '以上…绩效自评结果 in the accounts',
      code: DOC('青岭市水文局2025年度部门决算', OWN, '以上2024年度绩效自评结果已在本局门户网站公开。'),
      errors: [{ message: '标题为2025年部门决算，以上绩效自评结果应为2025年，此处却写作2024年', line: 11, column: 3 }],
    },
    {
      why: '上述…项目自评情况 in a budget, the year evaluated stated with 对…开展',
      code: DOC('青岭市水文局2026年部门预算', '本部门对2025年度实施的20个项目全部开展绩效自评。', '上述2024年度项目自评情况已在本局网站公开。'),
      errors: [{ message: '标题为2026年部门预算，以上绩效自评结果应为2025年，此处却写作2024年', line: 11, column: 3 }],
    },
  ],
});
