import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 内设A、B、C共N个科室 / 下设A、B N个事业单位 / 设有A、B等N个: the parts an organization is made of, listed
// before their count, are its enumeration as a list after 包括 is.
ruleTester(rule, {
  valid: [
    { why: 'five names, 共5个', code: '街道办事处内设党政办公室、党建工作办公室、经济发展办公室、社会事务办公室、城市管理办公室共5个科室。' },
    { why: '等 leaves the list open', code: '本局下设执法大队、信息中心等4个事业单位。' },
    { why: 'three names, 3个, joined by 和', code: '镇政府设有党政办公室、经济发展办公室和社会事务办公室3个内设机构。' },
  ],
  invalid: [
    {
      why: '共6个科室 with five names',
      code: '街道办事处内设党政办公室、党建工作办公室、经济发展办公室、社会事务办公室、城市管理办公室共6个科室，下辖8个社区。',
      errors: [{ message: '所述“6个科室”，但其前只列举了5项', line: 1, column: 46 }],
    },
    {
      why: '下设 two names, 3个事业单位',
      code: '本局下设执法大队、信息中心3个事业单位。',
      errors: [{ message: '所述“3个事业单位”，但其前只列举了2项', line: 1, column: 14 }],
    },
  ],
});
