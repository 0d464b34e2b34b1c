import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// In a department's own disclosure 本部门/本单位 is the document's own scope, as a statement naming none is; a
// spending stated with no measure is the one the title names (决算 in a 部门决算); “三公”经费 is one name.
ruleTester(rule, {
  valid: [
    {
      why: 'the same 三公 total restated with 本部门 and no measure, the same value',
      format: 'markdown',
      code: '# 青岚区教育局2024年度部门决算\n\n2024年度“三公”经费财政拨款支出决算为64.35万元，年初预算为70.00万元。\n\n综上，本部门2024年度“三公”经费财政拨款支出64.35万元，均按规定使用。',
    },
    {
      why: 'the budget is named as such: 预算 and 决算 are two measures',
      format: 'markdown',
      code: '# 柳溪县财政局2024年度部门决算\n\n2024年度“三公”经费财政拨款支出决算为38.46万元。\n\n2024年度“三公”经费财政拨款支出预算为46.80万元。',
    },
    {
      why: 'a title naming both 预算 and 决算 says nothing of a bare statement',
      format: 'markdown',
      code: '# 关于2024年预算执行情况和2025年预算草案的报告\n\n2024年度“三公”经费财政拨款支出决算为38.46万元。\n\n本部门2024年度“三公”经费财政拨款支出40.12万元。',
    },
    {
      why: 'a county\'s total and the department\'s are two scopes',
      format: 'markdown',
      code: '# 松岭县卫生健康局2024年度部门决算\n\n全县2024年度“三公”经费财政拨款支出决算为1,238.46万元。\n\n本部门2024年度“三公”经费财政拨款支出58.20万元。',
    },
  ],
  invalid: [
    {
      why: '64.35 then 64.53 for one 三公 total of one year (本部门 and no measure the second time)',
      format: 'markdown',
      code: '# 青岚区教育局2024年度部门决算\n\n2024年度“三公”经费财政拨款支出决算为64.35万元，年初预算为70.00万元。\n\n综上，本部门2024年度“三公”经费财政拨款支出64.53万元，均按规定使用。',
      errors: [{ message: '2024年度“三公”经费财政拨款支出决算在前文为64.35万元，此处却为64.53万元', line: 5, column: 25 }],
    },
    {
      why: '机关运行经费支出 stated with 本单位 and then without it, two values',
      format: 'markdown',
      code: '# 白石街道办事处2024年度部门决算说明\n\n本单位2024年度机关运行经费支出142.80万元，主要用于办公及水电支出。\n\n2024年度机关运行经费支出决算为124.80万元。',
      errors: [{ message: '本单位2024年度机关运行经费支出在前文为142.80万元，此处却为124.80万元', line: 5, column: 18 }],
    },
  ],
});
