import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table row's number (一、, （二）) is no part of its name; a second label column (收入 | 预算数 | 支出 | 预算数)
// owns the columns after it; a PDF page's running head repeating the title opens no sentence.
// Snippets written for these tests.
const SIDE = '# 鹭岛区图书馆2025年部门预算\n\n单位：万元\n\n| 收入项目 | 预算数 | 支出项目 | 预算数 |\n|---|---:|---|---:|\n| 一、一般公共预算拨款收入 | 3,420.50 | 一、一般公共服务支出 | 1,862.40 |\n| 二、政府性基金预算拨款收入 | 120.00 | 二、文化旅游体育与传媒支出 | 1,678.10 |\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the text agrees with the 收入 side; the 支出 side’s 预算数 is no value of the income row',
      format: 'markdown',
      code: `${SIDE}其中，一般公共预算拨款收入3,420.50万元，政府性基金预算拨款收入120.00万元。`,
    },
    {
      why: 'a running head repeating the title, the two statements agreeing',
      code: '鹭岛区图书馆2025年部门预算\n\n2025年机关运行经费预算56.30万元，主要用于办公及水电支出。\n\n鹭岛区图书馆2025年部门预算\n\n2025年机关运行经费预算56.30万元，比上年增加2.10万元。',
    },
  ],
  invalid: [
    {
      why: 'a numbered row of a side-by-side table against 其中，X in a 部门预算',
      format: 'markdown',
      code: `${SIDE}其中，一般公共预算拨款收入3,402.50万元，政府性基金预算拨款收入120.00万元。`,
      errors: [{ message: '2025年一般公共预算拨款收入预算在表中为3,420.50万元，此处却为3,402.50万元', line: 10, column: 14 }],
    },
    {
      why: 'the statement after a PDF page’s running head is a sentence of its own',
      code: '鹭岛区图书馆2025年部门预算\n\n2025年机关运行经费预算56.30万元，主要用于办公及水电支出。\n\n鹭岛区图书馆2025年部门预算\n\n2025年机关运行经费预算65.30万元，比上年增加2.10万元。',
      errors: [{ message: '2025年机关运行经费预算在前文为56.30万元，此处却为65.30万元', line: 7, column: 14 }],
    },
    {
      why: 'a row numbered （一） against the text naming the item bare',
      format: 'markdown',
      code: '# 鹭岛区图书馆2025年“三公”经费预算说明\n\n单位：万元\n\n| 项目 | 2025年预算数 | 2024年预算数 |\n|---|---:|---:|\n| （一）公务接待费 | 12.40 | 12.90 |\n| （二）公务用车运行维护费 | 20.10 | 22.00 |\n\n2025年公务接待费预算12.60万元，主要用于上级检查接待。',
      errors: [{ message: '2025年公务接待费预算在表中为12.40万元，此处却为12.60万元', line: 10, column: 13 }],
    },
  ],
});

// 其中X…万元 with no mark after 其中 is a part of the total before, compared with the table's row.
ruleTester(rule, {
  valid: [
    {
      why: 'the part agrees with its row',
      format: 'markdown',
      code: '# 青禾镇2024年度部门决算\n\n2024年度“三公”经费支出决算31.45万元。其中公务用车运行维护费23.85万元，主要用于车辆燃油和维修。\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 |\n|---|---:|---:|\n| 公务用车运行维护费 | 18.00 | 23.85 |\n| 公务接待费 | 12.00 | 7.60 |',
    },
  ],
  invalid: [
    {
      why: '其中X with its digits swapped against the row’s 决算数',
      format: 'markdown',
      code: '# 青禾镇2024年度部门决算\n\n2024年度“三公”经费支出决算31.45万元。其中公务用车运行维护费23.58万元，主要用于车辆燃油和维修。\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 |\n|---|---:|---:|\n| 公务用车运行维护费 | 18.00 | 23.85 |\n| 公务接待费 | 12.00 | 7.60 |',
      errors: [{ message: '2024年公务用车运行维护费决算在表中为23.85万元，此处却为23.58万元', line: 3, column: 36 }],
    },
    {
      why: 'a table flattened one cell a line, the part in a sentence of its own',
      code: '青禾镇2024年度部门决算\n\n2024年度“三公”经费支出决算31.45万元。其中公务接待费7.06万元，全部用于公务接待。\n\n表2 “三公”经费支出决算表\n单位：万元\n项目\n预算数\n决算数\n公务用车运行维护费\n18.00\n23.85\n公务接待费\n12.00\n7.60\n四、其他说明\n无。',
      errors: [{ message: '2024年公务接待费决算在表中为7.60万元，此处却为7.06万元', line: 3, column: 32 }],
    },
  ],
});
