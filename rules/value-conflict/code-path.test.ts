import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 科目 named by its path (X（类）Y（款）Z（项）) states the 项's row of the section's 功能分类 table, whose
// code may stand in one column or in three (类 | 款 | 项). Snippets written for these tests.
const SPLIT = '单位：万元\n\n| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---:|---:|---:|\n| 205 | | | 教育支出 | 3,480.00 | 850.00 | 2,630.00 |\n| 205 | 02 | 02 | 小学教育 | 2,630.00 | | 2,630.00 |\n| 201 | 03 | 01 | 行政运行 | 850.00 | 850.00 | |\n\n';
const CODED = '单位：万元\n\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n| 2100408 | 基本公共卫生服务 | 521.80 | | 521.80 |\n| 2010301 | 行政运行 | 1,356.20 | 1,356.20 | |\n| 2130101 | 行政运行 | 96.00 | 96.00 | |\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the path’s value is its row’s',
      format: 'markdown',
      code: `${SPLIT}1. “教育支出（类）普通教育（款）小学教育（项）”2,630.00万元，主要用于义务教育学校运转。`,
    },
    {
      why: '行政运行 is two rows with two values: which one the path means is not read',
      format: 'markdown',
      code: `${CODED}一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）1,365.20万元，主要用于机关运转。`,
    },
    {
      why: 'a heading between the table and the sentence: another section',
      format: 'markdown',
      code: `${SPLIT}## 三、其他说明\n\n“教育支出（类）普通教育（款）小学教育（项）”2,360.00万元。`,
    },
  ],
  invalid: [
    {
      why: 'a numbered, quoted path against a table coded in three columns',
      format: 'markdown',
      code: `${SPLIT}1. “教育支出（类）普通教育（款）小学教育（项）”2,360.00万元，主要用于义务教育学校运转。`,
      errors: [{ message: '小学教育（项）在前文为2,630.00万元，此处却为2,360.00万元', line: 9, column: 27 }],
    },
    {
      why: 'a path with 为 before its figure, against a 科目编码 table',
      format: 'markdown',
      code: `${CODED}（二）卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）为512.80万元，比上年增加12.00万元。`,
      errors: [{ message: '基本公共卫生服务（项）在前文为521.80万元，此处却为512.80万元', line: 9, column: 32 }],
    },
    {
      why: 'a path whose 款 has brackets in its name',
      format: 'markdown',
      code: `${SPLIT}一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）580.00万元，主要用于机关运转。`,
      errors: [{ message: '行政运行（项）在前文为850.00万元，此处却为580.00万元', line: 9, column: 37 }],
    },
  ],
});
