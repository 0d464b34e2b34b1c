import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A title naming the document and then the parts of it it tells (2024年度部门决算“三公”经费、会议费和培训费支出情况说明) is
// still that year's document; a subdistrict writes of itself as 我街道.
ruleTester(rule, {
  valid: [
    {
      why: 'the same year',
      code: '北湖街道办事处2024年度部门决算“三公”经费、会议费和培训费支出情况说明\n\n根据我街道2024年度部门决算，现将“三公”经费、会议费和培训费支出情况说明如下。\n',
    },
    {
      why: 'a title naming a topic of the document (审计整改), not a part of it: no date of the document',
      code: '关于2024年度部门决算审计发现问题整改情况的报告\n\n根据我街道2023年度部门决算，现将有关情况报告如下。\n',
    },
  ],
  invalid: [
    {
      why: '2023 in the body under a 2024 title that names the note’s parts',
      code: '北湖街道办事处2024年度部门决算“三公”经费、会议费和培训费支出情况说明\n\n根据我街道2023年度部门决算，现将“三公”经费、会议费和培训费支出情况说明如下。\n',
      errors: [{ message: '标题为2024年部门决算，正文此处却写作2023年部门决算', line: 3, column: 6 }],
    },
    {
      why: '机关运行经费 named in the title, 本单位 in the body',
      code: '某中心2025年部门预算机关运行经费情况说明\n\n本单位2024年部门预算机关运行经费安排如下。\n',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 3, column: 4 }],
    },
  ],
});
