import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A base named 总X (占总投入的, 占总支出的) is the amount stated under a name ending in 总X in the share's own sentence (see
// total-of-named) or, none there, the whole area's or the issuer's own 总X (全县…总投入, 本单位总支出) stated in the paragraph or the
// few before it with no heading between. A project's 总投资 a sentence before may be another project's; two amounts of the
// name with different values leave it open.
// Snippets written for these tests; none is copied from a real disclosure.
const WHOLE = '2025年，全县教育经费总投入为62.50亿元，比上年增长4.8%。\n';
ruleTester(rule, {
  valid: [
    { why: '2.50 / 62.50 = 4.0%', code: `${WHOLE}非财政性教育经费中，社会捐赠投入2.50亿元，占总投入的4.0%；学费收入3.10亿元。` },
    {
      why: 'two projects each with its 总投资: which one is meant is not said',
      code: '一号路项目总投资4.00亿元。二号路项目总投资6.00亿元。\n其中申请专项债券1.20亿元，占总投资的35.0%。',
    },
    {
      why: 'a heading between the whole and the share starts another matter',
      code: `${WHOLE}二、社会投入情况\n社会捐赠投入2.50亿元，占总投入的5.0%。`,
    },
    {
      why: 'a project’s 总投资 a paragraph up: the share’s sentence may be about another project',
      code: '城东片区综合开发项目总投资7.20亿元，建设期三年。\n项目建成后可新增学位2,400个。\n申请地方政府专项债券1.80亿元，占总投资的28.0%。',
    },
    {
      why: 'the whole in another year’s sentence is another year’s',
      code: '2024年，全县教育经费总投入为60.00亿元。\n2025年，社会捐赠投入2.50亿元，占总投入的5.0%。',
    },
  ],
  invalid: [
    {
      why: '2.50 / 62.50 = 4.0%, stated 4.8%',
      code: `${WHOLE}非财政性教育经费中，社会捐赠投入2.50亿元，占总投入的4.8%；学费收入3.10亿元。`,
      errors: [{ message: '社会捐赠投入2.50亿元占总投入62.50亿元的4.0%，而非所写的4.8%', line: 2, column: 29 }],
    },
    {
      why: '902.40 / 1,203.20 = 75.0%, stated 78.0%, the issuer’s own 总支出 a paragraph further up',
      code: '2025年本单位总支出1,203.20万元，比上年减少36.80万元。\n支出按经济分类列示如下。\n工资福利支出902.40万元，占总支出的78.0%。',
      errors: [{ message: '工资福利支出902.40万元占总支出1,203.20万元的75.0%，而非所写的78.0%', line: 3, column: 21 }],
    },
  ],
});
