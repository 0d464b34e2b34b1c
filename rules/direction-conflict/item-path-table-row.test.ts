import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 科目 named by its path of 类, 款 and 项 right before its figure ("…（款）病虫害控制（项）312.00万元", "…（项）：支出决算数为…"),
// with a direction in words and no figure (比上年预算有所减少, 比2024年决算数有所增加): the row of the 科目 the path ends on, at
// that level, gives the prior in its column of last year. A 款 and its one 项 often bear one name and read alike; the path's
// level says which row is meant.
// Snippets written for these tests; none is copied from a real disclosure.
const BUDGET =
  '单位：万元\n\n| 科目编码 | 科目名称 | 2025年预算数 | 2026年预算数 | 增减额 | 增减% |\n| --- | --- | --- | --- | --- | --- |\n' +
  '| 213 | 农林水支出 | 2,480.00 | 2,636.00 | 156.00 | 6.3 |\n' +
  '| 21301 | 农业农村 | 1,260.00 | 1,312.00 | 52.00 | 4.1 |\n' +
  '| 2130108 | 病虫害控制 | 286.00 | 312.00 | 26.00 | 9.1 |\n' +
  '| 2130122 | 农业生产发展 | 974.00 | 1,000.00 | 26.00 | 2.7 |\n' +
  '| 21303 | 水利 | 1,220.00 | 1,324.00 | 104.00 | 8.5 |\n' +
  '| 2130306 | 水利工程运行与维护 | 1,220.00 | 1,324.00 | 104.00 | 8.5 |\n\n';
// A 决算's tab-set table: its 决算数 is the title's year, its 上年决算数 the year before.
const OUTTURN =
  '丰禾县疾病预防控制中心2025年度部门决算\n\n一、一般公共预算财政拨款支出决算具体情况\n\n' +
  '本年一般公共预算财政拨款支出调整预算1,460.00万元，决算1,418.60万元，完成调整预算的97.2%。分科目情况如下表（单位：万元）：\n\n' +
  '科目编码\t科目名称\t调整预算数\t决算数\t完成率（%）\t上年决算数\n' +
  '210\t卫生健康支出\t1,460.00\t1,418.60\t97.2\t1,362.40\n' +
  '21004\t公共卫生\t1,460.00\t1,418.60\t97.2\t1,362.40\n' +
  '2100401\t疾病预防控制机构\t980.00\t962.40\t98.2\t1,004.80\n' +
  '2100403\t突发公共卫生事件应急处理\t480.00\t456.20\t95.0\t357.60\n' +
  '合计\t\t1,460.00\t1,418.60\t97.2\t1,362.40\n\n';
// A table in 元 beside prose in 万元 (a town's web page): the cell is the text's figure scaled.
const IN_YUAN =
  '表2　一般公共预算支出预算表\n\n单位：元\n\n| 科目编码 | 科目名称 | 上年预算数 | 本年预算数 |\n| --- | --- | --- | --- |\n' +
  '| 201 | 一般公共服务支出 | 8,642,000.00 | 9,018,600.00 |\n| 212 | 城乡社区支出 | 4,260,000.00 | 3,986,400.00 |\n' +
  '| 合计 | | 12,902,000.00 | 13,005,000.00 |\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'a rise, as the 项 row says',
      format: 'markdown',
      code: `${BUDGET}1．农林水支出（类）农业农村（款）病虫害控制（项）312.00万元，比上年预算有所增加，主要是草地贪夜蛾监测点增设。\n`,
    },
    {
      why: 'a 款 and its one 项 of one name, a rise as both rows say',
      format: 'markdown',
      code: `${BUDGET}2．农林水支出（类）水利（款）水利工程运行与维护（项）1,324.00万元，比上年预算有所增长。\n`,
    },
    {
      why: 'the path ends on the 款, and no 款 row reads the figure (it is a 项’s)',
      format: 'markdown',
      code: `${BUDGET}农林水支出（类）农业农村（款）312.00万元，比上年预算有所减少。\n`,
    },
    {
      why: 'against last year’s outturn: the table has only last year’s budget',
      format: 'markdown',
      code: `${BUDGET}农林水支出（类）农业农村（款）病虫害控制（项）312.00万元，比上年决算有所减少。\n`,
    },
    {
      why: 'a fall, as the tabbed 项 row says against 2024',
      code: `${OUTTURN}1．卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）：支出决算数为962.40万元，比2024年决算数有所减少。\n`,
    },
    {
      why: 'a year two back: the 上年决算数 column is 2024’s, not 2023’s',
      code: `${OUTTURN}卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）：支出决算数为962.40万元，比2023年决算数有所增加。\n`,
    },
    {
      why: 'the figure is the row’s last-year cell, not its outturn',
      code: `${OUTTURN}卫生健康支出（类）公共卫生（款）突发公共卫生事件应急处理（项）：支出决算数为357.60万元，比2024年决算数有所增加。\n`,
    },
    {
      why: 'the figure named as the outturn is the row’s budget: no outturn of the row to compare',
      code: `${OUTTURN}卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）：支出决算数为980.00万元，比2024年决算数有所增加。\n`,
    },
    { why: 'a fall in 万元, as the 元 row says', format: 'markdown', code: `${IN_YUAN}城乡社区支出398.64万元，比上年预算有所减少，主要是集镇改造项目完工。\n` },
    {
      why: 'against last year’s outturn: the 元 table has only last year’s budget',
      format: 'markdown',
      code: `${IN_YUAN}一般公共服务支出901.86万元，比上年决算有所减少。\n`,
    },
  ],
  invalid: [
    {
      why: '减少 while the 项 row rose',
      format: 'markdown',
      code: `${BUDGET}1．农林水支出（类）农业农村（款）病虫害控制（项）312.00万元，比上年预算有所减少，主要是统防统治补助整合。\n`,
      errors: [{ message: '病虫害控制（项）312.00万元大于2025年预算数286.00万元，却写作“减少”', line: 12, column: 42 }],
    },
    {
      why: 'a 款 and its one 项 of one name: the path’s 项 is read',
      format: 'markdown',
      code: `${BUDGET}2．农林水支出（类）水利（款）水利工程运行与维护（项）1,324.00万元，较上年预算略有下降。\n`,
      errors: [{ message: '水利工程运行与维护（项）1,324.00万元大于2025年预算数1,220.00万元，却写作“下降”', line: 12, column: 46 }],
    },
    {
      why: '增加 against 2024 while the tabbed row’s 上年决算数 is higher',
      code: `${OUTTURN}2．卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）：支出决算数为962.40万元，比2024年决算数有所增加，主要是实验室检测设备购置。\n`,
      errors: [{ message: '疾病预防控制机构（项）962.40万元小于上年决算数1,004.80万元，却写作“增加”', line: 14, column: 57 }],
    },
    {
      why: '增加 in 万元 while the 元 row fell',
      format: 'markdown',
      code: `${IN_YUAN}城乡社区支出398.64万元，比上年预算有所增加，主要用于集镇道路保洁。\n`,
      errors: [{ message: '城乡社区支出398.64万元小于上年预算数4,260,000.00元，却写作“增加”', line: 11, column: 23 }],
    },
  ],
});
