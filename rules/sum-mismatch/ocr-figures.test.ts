import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An OCR's figures: 〇 for a 0 beside digits (1〇,842.36), a space set before the thousands comma (2 ,316). Read as
// written they cut the figure short (842.36, 316) and every part seemed to exceed it.
ruleTester(rule, {
  valid: [
    {
      why: '1〇,842.36 is 10,842.36, which holds 8,624.18',
      code: '截至2024年12月31日，学校占有使用国有资产总额1〇,842.36万元，其中固定资产8,624.18万元。',
    },
    {
      why: '2 ,316 is 2,316 = 786 + 774 + 756',
      code: '现有教学班48个，在校学生2 ,316人，其中高一年级786人、高二年级774人、高三年级756人。',
    },
    {
      why: '〇 among numerals is a year’s (二〇二五年), not a figure',
      code: '二〇二五年部门预算收入合计3,120.50万元，其中财政拨款收入2,980.50万元、其他收入140.00万元。',
    },
  ],
  invalid: [
    {
      why: '2〇,〇06 is 20,006, less than 786 + 774 + 756 + 17,750 = 20,066',
      code: '全县在校学生2〇,〇06人，其中高中786人、职高774人、特教756人、义务教育17,750人。',
      errors: [{ message: '在校学生合计20,006人，但其中所列分项之和已达20066人（786 + 774 + 756 + 17750），超出60人', line: 1, column: 7 }],
    },
    {
      why: 'a spaced comma in the total: 3 ,408.60 against 2,826.20 + 324.36 = 3,150.56, the 基本支出 of a 合计 row',
      code: '基本支出合计3 ,408.60万元，其中人员经费2,826.20万元、公用经费324.36万元。',
      errors: [{ message: '基本支出合计3,408.60万元，但分项之和为3150.56万元（2826.20 + 324.36），相差258.04万元', line: 1, column: 7 }],
    },
  ],
});
