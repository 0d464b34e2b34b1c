import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 车辆按用途分：A 0辆、B 1辆、C 6辆…: a frame and a colon before every count, then kinds set off one from the next by
// 、. No count stands before the colon, so the first kind is one item of the enumeration like the rest, not a total of
// them (whatever its name: 主要负责人用车 is not the template's 主要领导干部用车). Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'vehicles by use after 按用途分：, the first kind a zero',
      code: '本单位共有车辆按用途分：主要负责人用车0辆、机要通信用车1辆、应急保障用车2辆、执法执勤用车6辆、其他用车1辆。',
    },
    {
      why: 'the same with 按车辆用途划分：, after a sentence giving the count',
      code: '截至2025年12月31日，本局共有车辆11辆。车辆按用途划分：单位负责人用车1辆、执法执勤用车7辆、特种专业技术用车2辆、其他用车1辆。',
    },
    {
      why: 'projects by field after 按领域分：, the first a count larger than the rest',
      code: '本年度绩效自评项目按领域分：教育类12个、卫生类3个、农业类4个、交通类2个。',
    },
  ],
  invalid: [
    {
      why: 'the count before the colon is the total: 17 + 8 + 2 = 27, not 26',
      code: '本年度共对26个项目开展绩效自评，评价结果：优秀17个、良好8个、合格2个。',
      errors: [{ message: '项目开展绩效自评，评价结果合计26个，但分项之和为27个（17 + 8 + 2），相差1个', line: 1, column: 6 }],
    },
    {
      why: 'a lead-in colon, then a count set off from the grades by a comma: that count is their total, 16 + 6 + 3 = 25, more than 24',
      code: '（三）绩效自评情况：对24个项目开展自评，评价结果为优秀16个、良好6个、合格3个。',
      errors: [{ message: '项目合计24个，但其中所列分项之和已达25个（16 + 6 + 3），超出1个', line: 1, column: 12 }],
    },
  ],
});
