import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// How a report says which year it covers, besides 现将…报告如下: a report made on a matter (县财政局就2024年度…向县人大常委会
// 作出报告), a presenting sentence whose 有关情况 points back at the clause that drew up or approved the document (…编制了
// 2024年…执行情况，现将有关情况报告如下; …部门决算已经县财政局批复，现将相关情况公开如下), and a cover clause whose period
// is the whole year spelled by months (本报告反映2024年1月至12月…收支情况). A year named as last year's, as a base, as the
// next year's budget or as the date of a meeting is no claim. Snippets written for these tests; none is copied from a real
// disclosure.
const SOE = '关于松溪县2025年国有资本经营预算执行情况的报告';
const FUND = '枫原市2025年社会保险基金预算执行情况';
const ACCOUNTS = '青石镇人民政府2025年度部门决算公开说明';

ruleTester(rule, {
  valid: [
    { why: 'the title’s year, reported on a matter', code: `${SOE}\n\n受县人民政府委托，县财政局就2025年度全县国有资本经营预算执行情况向县人大常委会作出报告，请予审议。\n` },
    {
      why: 'the audit findings of last year reported on, not the budget',
      code: `${SOE}\n\n受县人民政府委托，县财政局就2024年度国有资本经营预算执行审计查出问题的整改情况向县人大常委会作出报告。\n`,
    },
    {
      why: 'next year’s budget presented with this year’s execution',
      code: `${FUND}\n\n市财政局会同市人力资源和社会保障局编制了2025年全市社会保险基金预算执行情况和2026年预算安排，现将有关情况报告如下。\n`,
    },
    { why: 'the date of the meeting before 有关情况', code: `${FUND}\n\n根据市人大常委会2026年工作安排，现将有关情况报告如下。\n` },
    {
      why: 'last year’s accounts as the base of a budget',
      code: '白溪镇人民政府2026年部门预算公开说明\n\n本镇以2024年度部门决算为基础编制了2026年部门预算，现将有关情况说明如下。\n',
    },
    {
      why: 'the whole year spelled by months, the title’s',
      code: `${FUND}的报告\n\n根据有关规定，本报告反映2025年1月至12月全市各项社会保险基金收支及结余情况。\n`,
    },
    {
      why: 'part of the year spelled by months, the title’s',
      code: '汀岚县2025年1-9月财政收支情况\n\n本期反映全县2025年1月至9月财政收支执行情况，数据为快报数。\n',
    },
  ],
  invalid: [
    {
      why: '就…向县人大常委会作出报告 a year before the title’s',
      code: `${SOE}\n\n受县人民政府委托，县财政局就2024年度全县国有资本经营预算执行情况向县人大常委会作出报告，请予审议。\n`,
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 3, column: 15 }],
    },
    {
      why: '我就…作报告, Markdown',
      format: 'markdown',
      code: '# 柏岭市2025年市级国有资本经营预算执行情况\n\n受市人民政府委托，我就2024年市级国有资本经营预算的执行结果作报告，请予审议。\n',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 3, column: 12 }],
    },
    {
      why: '编制了…，现将有关情况报告如下',
      code: `${FUND}\n\n市财政局会同市人力资源和社会保障局、市医疗保障局编制了2024年全市社会保险基金预算执行情况，现将有关情况报告如下。\n`,
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 3, column: 28 }],
    },
    {
      why: '已经批复，现将相关情况公开如下, in an outline',
      code: `${ACCOUNTS}\n\n一、部门决算构成\n\n本部门决算由镇本级和所属2个事业单位组成。青石镇人民政府2024年度部门决算已经县财政局批复，现将相关情况予以公开。\n`,
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 5, column: 29 }],
    },
    {
      why: '本报告反映 the whole year by months, the year wrapped onto the next line',
      code: `                ${FUND}的报告\n\n                        枫原市财政局\n\n    依照《中华人民共和国预算法》和省人民政府关于社会保险基金预算管理的规定要求，本报告反映\n2024年1月至12月全市各项社会保险基金收支及结余情况。全市社会保险基金预算包括企业职工基本养\n老保险基金、城乡居民基本养老保险基金、职工基本医疗保险基金和工伤保险基金等四个险种的基金。\n`,
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 6, column: 1 }],
    },
    {
      why: '本报告涵盖 from 1月1日 to 12月31日',
      code: `${FUND}的报告\n\n本报告涵盖2024年1月1日至12月31日全市社会保险基金收支情况。\n`,
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 3, column: 6 }],
    },
    {
      why: 'part of the year by months, another year',
      code: '汀岚县2025年1-9月财政收支情况\n\n本期反映全县2024年1月至9月财政收支执行情况，数据为快报数。\n',
      errors: [{ message: '标题为2025年1-9月财政收支，正文此处却写作2024年1-9月财政收支', line: 3, column: 7 }],
    },
  ],
});
