import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A grade table typed with pipes into a plain-text draft, its head and grades in simplified or traditional characters:
// each row's grade is checked against the bands the text states.
const bands = '按照评分标准，90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。';
const table = (grade: string) => ['| 子项目 | 得分 | 等级 |', '| 家庭医生签约服务 | 93.4 | 优 |', '| 妇幼健康服务 | 88.6 | 良 |', `| 健康教育 | 79.8 | ${grade} |`, '| 卫生监督协管 | 72.5 | 中 |'].join('\n');

ruleTester(rule, {
  valid: [{ why: '79.8 is 中', code: `${bands}\n\n${table('中')}\n` }],
  invalid: [
    {
      why: '79.8 written 良',
      code: `${bands}\n\n${table('良')}\n`,
      errors: [{ message: '健康教育得分79.8应为“中”（60分至80分），却写作“良”（80分至90分，按文中所列评价标准）', line: 6, column: 17 }],
    },
    {
      why: 'in traditional characters (等級, 優): 79.8 written 良',
      code: `${bands}\n\n${table('良').replace('等级', '等級').replace('优', '優')}\n`,
      errors: [{ message: '健康教育得分79.8应为“中”（60分至80分），却写作“良”（80分至90分，按文中所列评价标准）', line: 6, column: 17 }],
    },
  ],
});
