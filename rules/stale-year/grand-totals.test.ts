import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 收入 or 支出 after a document's name is a topic in it (2024年部门预算支出 may be last year's, quoted); its 收入总计,
// 支出总计 or 收支总计 is what the whole document adds up to: named by this document's issuer or owner, it is this one.
ruleTester(rule, {
  valid: [
    {
      why: 'the same year',
      code: '梧桐县交通运输局2025年部门预算公开\n一、收支情况\n梧桐县交通运输局2025年部门预算收入总计15,862.40万元，支出总计15,862.40万元。',
    },
    {
      why: 'named for a comparison: 与…相比',
      code: '梧桐县交通运输局2025年部门预算公开\n一、收支情况\n2025年收入总计15,862.40万元，与梧桐县交通运输局2024年部门预算收入总计相比增加620.00万元。',
    },
    {
      why: '收入 alone stays a topic: last year\'s budgeted revenue, quoted',
      code: '本部门2025年部门预算公开\n一、收支情况\n本部门2024年部门预算收入中，上年结转安排320.00万元。',
    },
    {
      why: 'another kind of document: 决算 under a 预算 title',
      code: '梧桐县交通运输局2025年部门预算公开\n一、收支情况\n梧桐县交通运输局2023年度部门决算收入总计14,210.60万元。',
    },
  ],
  invalid: [
    {
      why: 'the issuer as the title names it, then 收入总计',
      code: '梧桐县交通运输局2025年部门预算公开\n发布时间：2025年02月18日　浏览量：642\n一、收支情况\n梧桐县交通运输局2024年部门预算收入总计15,862.40万元，支出总计15,862.40万元。',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 4, column: 9 }],
    },
    {
      why: '本部门 and 支出总计 (收支总计 was read as the document already)',
      code: '青岚县自然资源局2025年部门预算\n一、收支预算总体情况\n本部门2024年部门预算支出总计6,482.30万元。',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 3, column: 4 }],
    },
    {
      why: '本单位, 决算 and 支出决算总计',
      code: '岚山县人民医院2024年度单位决算\n一、总体情况\n本单位2023年度单位决算支出决算总计31,862.45万元。',
      errors: [{ message: '标题为2024年单位决算，正文此处却写作2023年单位决算', line: 3, column: 4 }],
    },
  ],
});
