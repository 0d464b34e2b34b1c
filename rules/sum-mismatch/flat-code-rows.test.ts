import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 功能分类 table as pdftotext prints it without -layout: a row a line, single spaces between cells,
// empty cells dropped, a long name wrapped onto a line of its own, a page marker between pages. Under a
// head whose first money column is a 合计, a row's first figure is its total: codes add up their rows
// one level under them in it, and a 合计 row adds up the 类 rows. Snippets written for these tests.
const spending = (item: string) =>
  [
    '一、支出决算情况',
    '2024年度支出决算情况如下。',
    '支出决算表',
    '单位：万元',
    '项目 本年支出合',
    '计',
    '基本支出 项目支',
    '出',
    '上缴上级支出',
    '支出功能分类 科目名称 科目编码',
    '类 款 项 合计 1,872.40 1,204.60 667.80',
    '213 农林水支出 1,530.10 1,204.60 325.50',
    '213 01 农业农村 1,530.10 1,204.60 325.50',
    '213 01 01 行政运行 1,204.60 1,204.60',
    `213 01 04 事业运行 ${item} 325.50`,
    '224 灾害防治及应急管理支出 342.30 342.30',
    '224 06 自然灾害防治 342.30 342.30',
    '224 06 01 地质灾害防治 342.30 342.30',
    '注：本表反映本年度各项支出情况。',
  ].join('\n');

const joined = (pension: string) =>
  [
    '三、一般公共预算财政拨款支出决算情况',
    '一般公共预算财政拨款支出决算表',
    '单位：万元',
    '项目',
    '合计 基本支出 项目支出 功能分类',
    '科目编码',
    '科目名称',
    '205 教育支出 918.36 918.36',
    '20502 普通教育 918.36 918.36',
    '2050201 学前教育 406.12 406.12',
    '2050202 小学教育 512.24 512.24',
    '208 社会保障和就业支出 143.75 143.75',
    '20805 行政事业单位养老支出 143.75 143.75',
    '2080505 机关事业单位基本养老保险',
    '缴费支出',
    '95.83 95.83',
    '',
    '===== PAGE 9 =====',
    `2080506 机关事业单位职业年金缴费支出 ${pension} ${pension}`,
    '合计 1,062.11 918.36 143.75',
    '注：本表反映一般公共预算财政拨款支出情况。',
  ].join('\n');

const income = (total: string) =>
  [
    '收入决算表',
    '单位：万元',
    '项目 本年收入合',
    '计',
    '财政拨款收',
    '入',
    '事业收入 其他收入',
    '科目编码 科目名称',
    `合计 ${total} 2,580.00 24.90`,
    '201 一般公共服务支出 1,932.40 1,920.00 12.40',
    '20103 政府办公厅（室）及相关机构事务 1,932.40 1,920.00 12.40',
    '2010301 行政运行 1,401.20 1,401.20',
    '2010302 一般行政管理事务 531.20 518.80 12.40',
    '221 住房保障支出 672.50 660.00 12.50',
    '22102 住房改革支出 672.50 660.00 12.50',
    '2210201 住房公积金 376.30 376.30',
    '2210203 购房补贴 296.20 283.70 12.50',
    '注：本表反映本年度各项收入情况。',
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'codes split over tokens, the 合计 row first: every code adds up in its first figure', code: spending('325.50') },
    { why: 'joined codes, a name wrapped with its figures on a line of their own, a page marker inside the table', code: joined('47.92') },
    { why: 'a wrapped 合计 head over an income table: the 类 rows make the 合计', code: income('2,604.90') },
    {
      why: 'the first money column is 年初结转和结余: a row with none there prints its 本年收入 first, so first figures are no one column',
      code: [
        '政府性基金预算财政拨款收入支出决算表',
        '单位：万元',
        '项目 年初结转和结余 本年收入 本年支出 合计 基本支出 项目支出',
        '科目编码 科目名称',
        '212 城乡社区支出 40.00 300.00 310.00 310.00',
        '21208 国有土地使用权出让收入安排的支出 40.00 300.00 310.00 310.00',
        '2120801 征地和拆迁补偿支出 40.00 170.00 180.00 180.00',
        '2120803 城市建设支出 130.00 130.00 130.00',
        '注：本表反映政府性基金收支情况。',
      ].join('\n'),
    },
    {
      why: 'two tables side by side (a second code after the first figures): a blank cell on the left would hand the right side’s figure to the left row',
      code: [
        '一般公共预算财政拨款基本支出决算表',
        '单位：万元',
        '科目编码 科目名称 合计 科目编码 科目名称 合计',
        '301 工资福利支出 820.40 302 商品和服务支出 101.30',
        '30101 基本工资 210.60 30201 办公费 12.40',
        '30102 津贴补贴 480.20 30203 咨询费 5.00',
        '30103 奖金 30205 水费 3.10',
        '30107 绩效工资 129.60 30299 其他商品和服务支出 80.80',
        '注：本表反映基本支出情况。',
      ].join('\n'),
    },
    {
      why: 'a table cut after its first rows: a 款 whose 项 fall short, with no row of another code after them, may go on elsewhere',
      code: [
        '支出决算表',
        '单位：万元',
        '项目 合计 基本支出 项目支出',
        '科目编码 科目名称',
        '221 住房保障支出 300.00 300.00',
        '22102 住房改革支出 300.00 300.00',
        '2210201 住房公积金 180.00 180.00',
        '注：本表反映本年度支出情况。',
      ].join('\n'),
    },
    {
      why: 'rows picked out of a table (项 rows without their 款): the 合计 under them is of rows not shown',
      code: [
        '教育支出情况摘录表',
        '单位：万元',
        '科目编码 科目名称 合计 基本支出 项目支出',
        '205 教育支出 2,310.40 1,120.40 1,190.00',
        '2050201 学前教育 640.20 640.20',
        '2050202 小学教育 1,670.20 480.20 1,190.00',
        '合计 3,012.60 1,402.60 1,610.00',
      ].join('\n'),
    },
    {
      why: 'a head whose columns after the 合计 are no split the domain knows (其中：政府采购): the other figures are not its parts',
      code: [
        '项目支出表',
        '单位：万元',
        '科目编码 科目名称 合计 其中：政府采购',
        '204 公共安全支出 860.00 310.00',
        '20406 司法 860.00 310.00',
        '2040601 行政运行 500.00 120.00',
        '2040604 基层司法业务 360.00 190.00',
        '注：本表反映项目支出情况。',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'rows under every column of the spending split, two of them blank: 418.20 + 96.40 + 12.00 = 526.60, not 562.60',
      code: [
        '支出决算表',
        '单位：万元',
        '项目 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出',
        '科目编码 科目名称',
        '213 农林水支出 562.60 418.20 96.40 12.00',
        '21301 农业农村 562.60 418.20 96.40 12.00',
        '2130101 行政运行 418.20 418.20',
        '2130104 事业运行 144.40 96.40 48.00',
        '注：本表反映支出情况。',
      ].join('\n'),
      errors: [
        { message: '表中农林水支出行562.60万元，但分项之和为526.60万元（418.20 + 96.40 + 12.00），相差36.00万元', line: 5, column: 11 },
        { message: '表中农业农村行562.60万元，但分项之和为526.60万元（418.20 + 96.40 + 12.00），相差36.00万元', line: 6, column: 12 },
      ],
    },
    {
      why: 'an income head wrapped inside its words (财政拨款收 / 入, 附属单位上 / 缴收入): 70.00 + 8.50 under a total of 87.50',
      code: [
        '收入决算表',
        '单位：万元',
        '项目 本年收入合计 财政拨款收',
        '入',
        '事业收入 附属单位上',
        '缴收入',
        '其他收入 科目编码 科目名称',
        '合计 430.00 421.50 8.50',
        '207 文化旅游体育与传媒支出 430.00 421.50 8.50',
        '20701 文化和旅游 430.00 421.50 8.50',
        '2070101 行政运行 342.50 342.50',
        '2070109 群众文化 87.50 70.00 8.50',
        '注：本表反映收入情况。',
      ].join('\n'),
      errors: [
        { message: '表中群众文化行87.50万元，但分项之和为78.50万元（70.00 + 8.50），相差9.00万元', line: 12, column: 14 },
      ],
    },
    {
      why: 'a part over its total under 合计 基本支出 项目支出: 40.00 against 39.00',
      code: [
        '一般公共预算财政拨款支出决算表',
        '单位：万元',
        '合计 基本支出 项目支出',
        '科目编码 科目名称',
        '215 资源勘探工业信息等支出 100.30 61.30 39.00',
        '21508 支持中小企业发展和管理支出 100.30 61.30 39.00',
        '2150801 行政运行 61.30 61.30',
        '2150805 中小企业发展专项 39.00 40.00',
        '合计 100.30 61.30 39.00',
      ].join('\n'),
      errors: [{ message: '表中中小企业发展专项行39.00万元，但分项之和为40.00万元（40.00），相差1.00万元', line: 8, column: 18 }],
    },
    {
      why: 'a 项 row’s 合计 stated 352.50: the 款 above is 1,204.60 + 352.50 in its first column, and the row’s one other figure (its 项目支出) is 325.50',
      code: spending('352.50'),
      errors: [
        { message: '表中21301 农业农村行1,530.10万元，但分项之和为1557.10万元（1204.60 + 352.50），相差27.00万元', line: 13, column: 13 },
        { message: '表中事业运行行352.50万元，但分项之和为325.50万元（325.50），相差27.00万元', line: 15, column: 16 },
      ],
    },
    {
      why: 'joined codes across a page marker: 95.83 + 47.29 under a 款 of 143.75 (the 合计 row after them closes the table: they are all of it)',
      code: joined('47.29'),
      errors: [{ message: '表中20805 行政事业单位养老支出行143.75万元，但分项之和为143.12万元（95.83 + 47.29），相差0.63万元', line: 13, column: 18 }],
    },
    {
      why: 'the 合计 row first, 45.00 above its 类 rows (1,932.40 + 672.50) and above its own other figures (2,580.00 + 24.90)',
      code: income('2,649.90'),
      errors: [
        { message: '表中合计行2,649.90万元，但分项之和为2604.90万元（2580.00 + 24.90），相差45.00万元', line: 9, column: 4 },
        { message: '表中合计行2,649.90万元，但分项之和为2604.90万元（1932.40 + 672.50），相差45.00万元', line: 9, column: 4 },
      ],
    },
  ],
});
