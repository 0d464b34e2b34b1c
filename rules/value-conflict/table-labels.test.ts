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
      errors: [{ message: '2025年一般公共预算拨款收入预算在前文为3,420.50万元，此处却为3,402.50万元', line: 10, column: 14 }],
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
      errors: [{ message: '2025年公务接待费预算在前文为12.40万元，此处却为12.60万元', line: 10, column: 13 }],
    },
  ],
});
