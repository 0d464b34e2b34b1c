import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A caption naming the document's whole table by its content and then its class before 总表 (…2024年度收入支出决算总表,
// …2025年部门收支预算总表) is the document naming its own table, as a caption ending in 决算表 is. Snippets written for these
// tests; none is copied from a real disclosure.
const LAYOUT_ROWS =
  '                                                                      单位：万元\n' +
  '收入                                   决算数  支出                                决算数\n' +
  '一、一般公共预算财政拨款收入        3,418.62  一、农林水支出                    3,106.75\n' +
  '二、其他收入                          126.40  二、社会保障和就业支出              438.27\n' +
  '本年收入合计                        3,545.02  本年支出合计                      3,545.02\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the layout caption names the title’s year',
      code: `澄溪县农业农村局2025年度部门决算公开说明\n一、部门基本情况\n    澄溪县农业农村局负责统筹全县农业农村工作，下设二级单位4个，纳入本部门决算编报的单位共5个。\n\n表1              澄溪县农业农村局2025年度收入支出决算总表\n${LAYOUT_ROWS}`,
    },
    {
      why: 'last year’s 决算 总表 shown in a budget: another class',
      code: '澄溪县农业农村局2026年部门预算公开说明\n一、部门基本情况\n本部门下设二级单位4个，预算单位共5个，均纳入本年部门预算编制范围。\n附表 澄溪县农业农村局2024年度收入支出决算总表\n收入\t决算数\n财政拨款收入\t3,418.62\n',
    },
    {
      why: 'a 总表 comparing two years: a table of something done to another year',
      code: `澄溪县农业农村局2025年度部门决算公开说明\n一、部门基本情况\n    本部门下设二级单位4个，纳入本部门决算编报的单位共5个，与上年相同。\n\n表9              2024年度与2025年度收入支出决算对比总表\n${LAYOUT_ROWS}`,
    },
  ],
  invalid: [
    {
      why: 'pdftotext -layout: the caption set off from its number by a run of spaces, kept from last year',
      code: `澄溪县农业农村局2025年度部门决算公开说明\n一、部门基本情况\n    澄溪县农业农村局负责统筹全县农业农村工作，下设二级单位4个，纳入本部门决算编报的单位共5个。\n\n表1              澄溪县农业农村局2024年度收入支出决算总表\n${LAYOUT_ROWS}`,
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 5, column: 25 }],
    },
    {
      why: 'a budget’s 收支总表 named by its content, tab-separated rows under it',
      code: '河浦街道办事处2026年部门预算公开说明\n一、主要职能\n河浦街道办事处负责辖区社区治理、城市管理和民生保障等工作，内设机构6个。\n表1 河浦街道办事处2025年部门收支预算总表\n收入\t预算数\t支出\t预算数\n一般公共预算拨款收入\t2,864.30\t一般公共服务支出\t1,702.50\n本年收入合计\t2,864.30\t本年支出合计\t2,864.30\n',
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年预算', line: 4, column: 11 }],
    },
    {
      why: 'a PDF’s autospace setting the year apart from the issuer before it',
      code: '岚石县卫生健康局 2025 年度部门决算公开说明\n一、部门基本情况\n本部门所属医疗卫生机构共 23 个，均纳入本部门决算编报范围，其中县级医院 3 个、乡镇卫生院 20 个。\n表 1 岚石县卫生健康局 2024 年度收入支出决算总表\n收入\t决算数\t支出\t决算数\n财政拨款收入\t9,486.20\t卫生健康支出\t9,486.20\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 4, column: 14 }],
    },
    {
      why: 'Markdown, the unit after the caption',
      code: '# 岚石县卫生健康局2025年度部门决算\n\n## 一、部门基本情况\n\n本部门所属医疗卫生机构共23个，均纳入本部门2025年度决算编报范围。\n\n**表1 2024年度收入支出决算总表（单位：万元）**\n\n| 收入 | 决算数 | 支出 | 决算数 |\n|---|---|---|---|\n| 财政拨款收入 | 9,486.20 | 卫生健康支出 | 9,486.20 |\n',
      format: 'markdown',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年决算', line: 7, column: 6 }],
    },
  ],
});
