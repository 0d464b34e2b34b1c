import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence framed by the whole spending of some funds (支出预算总额…。其中…; 一般公共预算支出中，) states
// its 基本支出 and 项目支出 (and the whole) as the 合计 row of the table whose title names the same funds,
// measure and year, under 合计 | 基本支出 | 项目支出. Snippets written for these tests.
const town = (text: string, title = '表2 2025年支出预算表（按支出功能分类）', row = '| 合计 | 2,416.80 | 1,530.20 | 886.60 |') =>
  `石湾镇2025年部门预算\n\n二、支出预算情况\n\n${text}\n\n${title}\n\n单位：万元\n\n| 功能分类科目 | 合计 | 基本支出 | 项目支出 |\n|---|---:|---:|---:|\n| 一般公共服务支出 | 1,206.80 | 1,020.20 | 186.60 |\n| 农林水支出 | 1,210.00 | 510.00 | 700.00 |\n${row}\n`;
const accounts = (text: string) =>
  `河屯县林业局2024年度部门决算\n\n一、一般公共预算财政拨款支出决算情况\n\n${text}\n\n2024年度一般公共预算财政拨款支出决算表\n\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n| 213 | 农林水支出 | 3,075.46 | 981.26 | 2,094.20 |\n| 合计 | | 3,075.46 | 981.26 | 2,094.20 |\n`;
const yuan = (text: string) =>
  `白鹭街道2026年部门预算\n\n${text}\n\n2026年财政拨款支出预算表\n\n编制部门：白鹭街道办事处 单位：元\n\n| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---:|---:|---:|\n| 212 | | | 城乡社区支出 | 15,000,000.00 | 6,250,000.00 | 8,750,000.00 |\n| | | | 合计 | 15,000,000.00 | 6,250,000.00 | 8,750,000.00 |\n`;

ruleTester(rule, {
  valid: [
    { why: 'the parts agree with the 合计 row', format: 'markdown', code: town('支出预算总额2,416.80万元，比2024年预算增加52.10万元。其中基本支出1,530.20万元，项目支出886.60万元。') },
    {
      why: 'the sentence is of the 一般公共预算 only; the table of all funds',
      format: 'markdown',
      code: town('一般公共预算支出中，基本支出1,350.20万元，项目支出806.60万元。'),
    },
    {
      why: 'the 合计 row’s parts do not make its total: the columns are not where the head says',
      format: 'markdown',
      code: town('支出预算总额2,416.80万元。其中基本支出1,503.20万元，项目支出886.60万元。', undefined, '| 合计 | 2,416.80 | 1,350.20 | 886.60 |'),
    },
    {
      why: 'two tables of those funds (one per unit): which one the sentence states is not said',
      format: 'markdown',
      code: town('支出预算总额2,416.80万元。其中基本支出1,503.20万元，项目支出886.60万元。') + '\n表3 2025年支出预算表（按支出功能分类）\n\n单位：万元\n\n| 功能分类科目 | 合计 | 基本支出 | 项目支出 |\n|---|---:|---:|---:|\n| 农林水支出 | 600.00 | 300.00 | 300.00 |\n| 合计 | 600.00 | 300.00 | 300.00 |\n',
    },
    { why: 'a 项目支出 of another year', format: 'markdown', code: town('2024年支出预算总额2,364.70万元，其中基本支出1,498.10万元，项目支出866.60万元。') },
  ],
  invalid: [
    {
      why: '其中 opening the sentence after the whole’s',
      format: 'markdown',
      code: town('支出预算总额2,416.80万元，比2024年预算增加52.10万元。其中基本支出1,503.20万元，项目支出886.60万元。'),
      errors: [{ message: '2025年支出预算中基本支出在表中为1,530.20万元，此处却为1,503.20万元', line: 5, column: 42 }],
    },
    {
      why: 'the 一般公共预算财政拨款 spending of a 决算, 项目支出 after a share',
      format: 'markdown',
      code: accounts('2024年度一般公共预算财政拨款支出中，基本支出981.26万元，占31.9%；项目支出2,049.20万元，占68.1%。'),
      errors: [{ message: '2024年一般公共预算支出决算中项目支出在表中为2,094.20万元，此处却为2,049.20万元', line: 5, column: 45 }],
    },
    {
      why: 'the whole of the 财政拨款 against a table in 元, its 合计 under the name column',
      format: 'markdown',
      code: yuan('2026年财政拨款支出预算1,550.00万元，其中：基本支出625.00万元，项目支出875.00万元。'),
      errors: [{ message: '2026年财政拨款支出预算合计在表中为15,000,000.00元（即1500.00万元），此处却为1,550.00万元', line: 3, column: 14 }],
    },
  ],
});

// The 合计 row of a 基本支出 table by 经济分类 (合计 | 人员经费 | 公用经费) is the 基本支出 of its funds: the 基本支出
// column of the 合计 row of the table of the same funds, measure and year. A table a page break cut in two (its
// continuation with no title, a head of as many cells, only a page's furniture between) is one table.
const basic = (total: string, staff: string) =>
  `\n2025年一般公共预算基本支出经济分类预算表\n\n单位：万元\n\n| 经济分类科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费 |\n|---|---|---:|---:|---:|\n| 301 | 工资福利支出 | ${staff} | ${staff} | |\n| 302 | 商品和服务支出 | 210.50 | | 210.50 |\n| 合计 | | ${total} | ${staff} | 210.50 |\n`;
const general = (basicPart: string, whole: string) =>
  `云岭县档案局2025年部门预算\n\n2025年一般公共预算支出功能分类预算表\n\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n| 201 | 一般公共服务支出 | ${whole} | ${basicPart} | 300.00 |\n| 合计 | | ${whole} | ${basicPart} | 300.00 |\n`;
// The same, its 合计 row on the next page under a head that lost its top row.
const split = (basicPart: string, whole: string) =>
  `云岭县档案局2025年部门预算\n\n2025年一般公共预算支出功能分类预算表\n\n单位：万元\n\n| 功能分类科目编码 类 | 科目名称 | 合计 | 一般公共预算支出 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n| 201 | 一般公共服务支出 | ${whole} | ${basicPart} | 300.00 |\n\n— 3 —\n\n| 类 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n| 合计 | | ${whole} | ${basicPart} | 300.00 |\n`;

ruleTester(rule, {
  valid: [
    { why: 'the 基本支出 table totals the 基本支出 column', format: 'markdown', code: general('1,045.30', '1,345.30') + basic('1,045.30', '834.80') },
    {
      why: 'a 基本支出 table of another fund (政府性基金) than the whole',
      format: 'markdown',
      code: general('1,045.30', '1,345.30') + basic('1,054.30', '843.80').replace('2025年一般公共预算基本支出', '2025年政府性基金预算基本支出'),
    },
    { why: 'split over a page and agreeing', format: 'markdown', code: split('1,045.30', '1,345.30') + basic('1,045.30', '834.80') },
  ],
  invalid: [
    {
      why: 'the 基本支出 table, consistent in itself, against the 基本支出 column',
      format: 'markdown',
      code: general('1,045.30', '1,345.30') + basic('1,054.30', '843.80'),
      errors: [{ message: '2025年一般公共预算支出预算中基本支出在前文为1,045.30万元，此处却为1,054.30万元', line: 20, column: 10 }],
    },
    {
      why: 'the whole’s table changed in itself, the 基本支出 table left',
      format: 'markdown',
      code: general('1,145.30', '1,445.30') + basic('1,045.30', '834.80'),
      errors: [{ message: '2025年一般公共预算支出预算中基本支出在前文为1,145.30万元，此处却为1,045.30万元', line: 20, column: 10 }],
    },
    {
      why: 'the whole’s 合计 row on the page after its title',
      format: 'markdown',
      code: split('1,045.30', '1,345.30') + basic('1,054.30', '843.80'),
      errors: [{ message: '2025年一般公共预算支出预算中基本支出在前文为1,045.30万元，此处却为1,054.30万元', line: 25, column: 10 }],
    },
  ],
});
