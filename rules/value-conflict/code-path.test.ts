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
      why: 'a quoted path with 科目 after it (“…（项）”科目X万元)',
      format: 'markdown',
      code: `${SPLIT}4.“教育支出（类）普通教育（款）小学教育（项）”科目2,360.00万元，主要用于义务教育学校运转。`,
      errors: [{ message: '小学教育（项）在表中为2,630.00万元，此处却为2,360.00万元', line: 9, column: 28 }],
    },
    {
      why: 'a numbered, quoted path against a table coded in three columns',
      format: 'markdown',
      code: `${SPLIT}1. “教育支出（类）普通教育（款）小学教育（项）”2,360.00万元，主要用于义务教育学校运转。`,
      errors: [{ message: '小学教育（项）在表中为2,630.00万元，此处却为2,360.00万元', line: 9, column: 27 }],
    },
    {
      why: 'a path with 为 before its figure, against a 科目编码 table',
      format: 'markdown',
      code: `${CODED}（二）卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）为512.80万元，比上年增加12.00万元。`,
      errors: [{ message: '基本公共卫生服务（项）在表中为521.80万元，此处却为512.80万元', line: 9, column: 32 }],
    },
    {
      why: 'a path whose 款 has brackets in its name',
      format: 'markdown',
      code: `${SPLIT}一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）580.00万元，主要用于机关运转。`,
      errors: [{ message: '行政运行（项）在表中为850.00万元，此处却为580.00万元', line: 9, column: 37 }],
    },
  ],
});

// A path may end at its 类 or 款 (农林水支出（类）2,140.60万元): it names that row of the section's table. A head
// of two rows may merge its top cell into the code's (项目 科目编码).
const MERGED = '单位：万元\n\n| 项目 科目编码 | 科目名称 | 合计 | 本年支出 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n| 213 | 农林水支出 | 2,140.60 | 640.60 | 1,500.00 |\n| 21301 | 农业农村 | 1,650.40 | 640.60 | 1,009.80 |\n| 21303 | 水利 | 490.20 | | 490.20 |\n| 221 | 住房保障支出 | 208.30 | 208.30 | |\n\n';
ruleTester(rule, {
  valid: [
    { why: 'the 类 and 款 stated as their rows', format: 'markdown', code: `${MERGED}按支出功能分类，农林水支出（类）2,140.60万元，占91.1%；住房保障支出（类）208.30万元。其中水利（款）490.20万元。` },
    {
      why: 'a name two rows carry with two values says no one row',
      format: 'markdown',
      code: `${SPLIT.replace('| 201 | 03 | 01 | 行政运行 | 850.00 | 850.00 | |', '| 205 | 01 | | 教育支出 | 120.00 | 120.00 | |')}教育支出（类）3,840.00万元。`,
    },
  ],
  invalid: [
    {
      why: 'a 类 in a list framed by 按支出功能分类, against a head merged over the code',
      format: 'markdown',
      code: `${MERGED}按支出功能分类，农林水支出（类）2,410.60万元，占91.1%；住房保障支出（类）208.30万元。`,
      errors: [{ message: '农林水支出（类）在表中为2,140.60万元，此处却为2,410.60万元', line: 10, column: 17 }],
    },
    {
      why: 'a path ending at its 款',
      format: 'markdown',
      code: `${MERGED}其中，农林水支出（类）水利（款）409.20万元，主要用于小型水库维护。`,
      errors: [{ message: '水利（款）在表中为490.20万元，此处却为409.20万元', line: 10, column: 17 }],
    },
    {
      why: 'a 类 quoted, with 为, against a table coded in three columns',
      format: 'markdown',
      code: `${SPLIT}“教育支出（类）”为3,840.00万元，主要用于教育事业。`,
      errors: [{ message: '教育支出（类）在表中为3,480.00万元，此处却为3,840.00万元', line: 9, column: 11 }],
    },
  ],
});
