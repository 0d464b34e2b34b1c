import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A name ending with a note in brackets (职工基本医疗保险基金（含生育保险）, 培训中心（挂牌）) still ends as its name does: a 和
// after it joins two items as it would after the bare name. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'four funds, the third with its note before 和',
      code: '纳入本县预算的险种共4项，分别为机关事业单位基本养老保险基金、城乡居民基本养老保险基金、职工基本医疗保险基金（含生育保险）和城乡居民基本医疗保险基金。',
    },
    {
      why: 'four centres, a note on the third before 和',
      code: '局属事业单位4个，分别是信息中心、培训中心、结算中心（挂牌）和档案中心。',
    },
    {
      why: 'three offices, a note with a half-width bracket before 及',
      code: '内设科室共3个，即办公室、财务科(审计科)及业务科。',
    },
  ],
  invalid: [
    {
      why: '共3项 but four funds named, the third with its note before 和',
      code: '纳入本县预算的险种共3项，分别为机关事业单位基本养老保险基金、城乡居民基本养老保险基金、职工基本医疗保险基金（含生育保险）和城乡居民基本医疗保险基金。',
      errors: [{ message: '纳入本县预算的险种所述数量为“3项”，但其后列举了4项', line: 1, column: 11 }],
    },
  ],
});
