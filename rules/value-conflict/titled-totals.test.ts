import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The 合计 row of a table whose title names one whole (表4 政府采购预算表 → 政府采购预算) states that whole's level,
// when it states one amount: a sentence stating the whole (政府采购预算总额X万元) is compared with it.
// Snippets written for these tests.
const PROCUREMENT = (total: string) =>
  `# 石门乡人民政府2026年部门预算\n\n**表5 政府采购预算表**（单位：万元）\n\n| 采购类别 | 主要品目 | 预算金额 |\n|---|---|---:|\n| 货物类 | 计算机、打印机 | 38.60 |\n| 服务类 | 物业管理、保洁 | 74.20 |\n| 合计 |  | ${total} |\n\n## 八、政府采购预算情况\n\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'the whole agrees with the 合计 row',
      format: 'markdown',
      code: `${PROCUREMENT('112.80')}2026年本部门政府采购预算总额112.80万元，主要用于办公设备和物业服务。`,
    },
    {
      why: 'a 合计 row stating two years is left to the reading of its columns',
      format: 'markdown',
      code: '# 石门乡人民政府2026年部门预算\n\n表6 “三公”经费预算表\n\n| 项目 | 2025年预算数 | 2026年预算数 |\n|---|---:|---:|\n| 公务接待费 | 6.80 | 6.40 |\n| 合计 | 24.80 | 24.40 |\n\n2026年“三公”经费预算24.04万元。',
    },
    {
      why: 'a title naming another year than the sentence',
      code: '平安街道2026年部门预算\n\n表3 2025年政府采购预算表\n\n采购类别\t预算金额\n货物类\t40.00\n服务类\t60.00\n合计\t100.00\n\n2026年政府采购预算总额120.00万元。',
    },
  ],
  invalid: [
    {
      why: 'the whole with two digits swapped against the 合计 row',
      format: 'markdown',
      code: `${PROCUREMENT('112.80')}2026年本部门政府采购预算总额118.20万元，主要用于办公设备和物业服务。`,
      errors: [{ message: '2026年政府采购预算在表中为112.80万元，此处却为118.20万元', line: 13, column: 17 }],
    },
    {
      why: 'a plain title line and a tab-laid table, the sentence before it',
      code: '平安街道2026年部门预算\n\n2026年政府采购预算总额108.00万元。\n\n表3 政府采购预算表\n单位：万元\n\n采购类别\t预算金额\n货物类\t40.00\n服务类\t60.00\n合计\t100.00\n',
      errors: [{ message: '2026年政府采购预算在表中为100.00万元，此处却为108.00万元', line: 3, column: 14 }],
    },
    {
      why: 'a project spending table titled with its year',
      format: 'markdown',
      code: '# 石门乡人民政府2026年部门预算\n\n表7 2026年项目支出预算表\n\n单位：万元\n\n| 项目名称 | 预算金额 |\n|---|---:|\n| 村庄保洁 | 80.00 |\n| 道路养护 | 46.50 |\n| 合计 | 126.50 |\n\n2026年项目支出预算162.50万元，比上年增加3.00万元。',
      errors: [{ message: '2026年项目支出预算在表中为126.50万元，此处却为162.50万元', line: 13, column: 12 }],
    },
  ],
});
