import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';
import sums from '../sum-mismatch/index.ts';

// A plain-text table's unit note may name the unit of each kind of column in one line (单位：万元、%, （单位：亿元，%）,
// 单位：万元、人、%): the 、 or ， lists units, it does not make the note a sentence. Read as prose, the note ended the table
// above its head and left every row a line of loose numbers; read as the note, the rows are the table's and a figure the text
// restates is checked against its row.
const execution = [
  '表2  2025年区卫生健康局部门预算支出执行情况表',
  '                                                         单位：万元、%',
  '项目                   年初预算      调整后预算      执行数    完成调整后预算',
  '公立医院               21,460.00       22,180.00   21,906.40              98.8',
  '基层医疗卫生机构        9,320.00        9,640.00    9,518.70              98.7',
  '公共卫生               6,840.00        7,260.00    6,972.30              96.0',
  '合计                   37,620.00       39,080.00   38,397.40              98.3',
].join('\n');
const sources = [
  '表1  2025年全县教育经费来源构成',
  '                                                （单位：亿元，%）',
  '项目                          2024年        2025年    比上年增长',
  '财政性教育经费                 38.62         41.06          6.32',
  '事业收入                        6.84          7.12          4.09',
  '社会捐赠                        0.36          0.30        -16.67',
].join('\n');
const staff = [
  '表3  2025年各学段教职工和经费情况',
  '                                                单位：万元、人、%',
  '学段                  教职工人数        支出        占比',
  '小学                       2,316      46,820.50      52.4',
  '初中                       1,648      42,508.30      47.6',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the text restates the row’s 执行数 as the table has it',
      code: `分项目看，公立医院支出21,906.40万元，主要用于医院运行补助和重点专科建设；基层医疗卫生机构支出9,518.70万元。\n\n${execution}`,
    },
    {
      why: 'the figure is another cell of the row (the 调整后预算), not a misprinted 执行数',
      code: `公共卫生调整后预算7,260.00万元，主要用于重大传染病防控和基本公共卫生服务项目补助。\n\n${execution}`,
    },
    {
      why: 'the note in brackets with a ，: the text agrees with the 2025 column',
      code: `全县教育经费中，事业收入为7.12亿元，主要为学费、住宿费和培训收入。\n\n${sources}`,
    },
  ],
  invalid: [
    {
      why: '单位：万元、%: 基层医疗卫生机构 9,581.70 against the row’s 9,518.70',
      code: `分项目看，公立医院支出21,906.40万元，主要用于医院运行补助和重点专科建设；基层医疗卫生机构支出9,581.70万元，主要用于家庭医生签约服务。\n\n${execution}`,
      errors: [{ message: '基层医疗卫生机构在表中为9,518.70万元，此处却为9,581.70万元', line: 1, column: 52 }],
    },
    {
      why: '（单位：亿元，%）: 事业收入 7.21 against the row’s 7.12',
      code: `全县教育经费中，财政性教育经费41.06亿元；事业收入为7.21亿元，主要为学费、住宿费和培训收入。\n\n${sources}`,
      errors: [{ message: '事业收入在表中为7.12亿元，此处却为7.21亿元', line: 1, column: 29 }],
    },
    {
      why: '单位：万元、人、%: 初中 支出 42,580.30 against 42,508.30',
      code: `分学段看，小学支出46,820.50万元，初中支出42,580.30万元，主要用于教师工资和校舍维修。\n\n${staff}`,
      errors: [{ message: '初中在表中为42,508.30万元，此处却为42,580.30万元', line: 1, column: 26 }],
    },
  ],
});

// The 完成调整后预算 column under the same note holds the rate the note's % names: no 合计 adds it up.
ruleTester(sums, {
  valid: [
    { why: 'the completion rates are no parts of the 合计 row’s rate', code: execution },
    {
      why: 'the head 完成年初预算 under a note naming only 万元 is a rate all the same',
      code: execution.replace('单位：万元、%', '单位：万元').replace('完成调整后预算', '完成年初预算  '),
    },
  ],
  invalid: [
    {
      why: 'the money columns under the note still add up: 执行数 合计 38,379.40 against 38,397.40',
      code: execution.replace('38,397.40', '38,379.40'),
      errors: [{ message: '表中合计行“执行数”列38,379.40万元，但分项之和为38397.40万元（21906.40 + 9518.70 + 6972.30），相差18.00万元', line: 7, column: 50 }],
    },
  ],
});

// A note may name the count column's unit before the money's (单位：个、万元, （单位：户、人、万元）): its money unit is the
// table's money all the same, and a figure the text restates of a row's money is checked against it.
const towns =
  '表2 2025年度衔接资金按乡镇分配情况（单位：个、万元）\n\n| 乡镇 | 项目数 | 资金规模 | 上年资金 |\n| --- | --- | --- | --- |\n| 青石镇 | 21 | 4,218.60 | 3,962.40 |\n| 南坪乡 | 17 | 3,506.20 | 3,284.10 |\n| 合计 | 38 | 7,724.80 | 7,246.50 |\n';
const households = [
  '表4  2025年各街道困难群众救助情况',
  '                                      单位：户、人、万元',
  '街道            救助户数        救助人数        救助资金',
  '东城街道             412             736          568.40',
  '西城街道             386             702          532.60',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the count and the money as the row has them',
      code: `全县衔接资金按乡镇分配。青石镇实施项目21个，资金规模4,218.60万元，主要用于特色种植和产业路建设。\n\n${towns}`,
      format: 'markdown',
    },
    {
      why: 'last year’s money of the row, said as last year’s',
      code: `南坪乡资金规模3,506.20万元，上年资金3,284.10万元，主要用于小型水利设施建设。\n\n${towns}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '（单位：个、万元）: 青石镇 资金规模 4,281.60 against 4,218.60',
      code: `全县衔接资金按乡镇分配。青石镇实施项目21个，资金规模4,281.60万元，主要用于特色种植和产业路建设。\n\n${towns}`,
      format: 'markdown',
      errors: [{ message: '青石镇资金规模在表中为4,218.60万元，此处却为4,281.60万元', line: 1, column: 28 }],
    },
    {
      why: '单位：户、人、万元: 西城街道 救助资金 523.60 against 532.60',
      code: `分街道看，东城街道救助资金568.40万元，西城街道救助资金523.60万元，均按月足额发放。\n\n${households}`,
      errors: [{ message: '西城街道在表中为532.60万元，此处却为523.60万元', line: 1, column: 31 }],
    },
  ],
});

// The same notes in a traditional repost (單位：億元、%, 單位：個、萬元): the layout reads the text as written, and 萬 and 億 stay
// as written for the figure reader, so the note is a note in either script.
ruleTester(rule, {
  valid: [
    {
      why: '單位：萬元、%: the text restates the row’s 执行数 as the table has it',
      code: `基層醫療衛生機構支出9,518.70萬元，主要用於家庭醫生簽約服務。\n\n${execution.replace('单位：万元、%', '單位：萬元、%')}`,
    },
  ],
  invalid: [
    {
      why: '單位：萬元、%: 基層醫療衛生機構 9,581.70 against the row’s 9,518.70',
      code: `分項目看，公立醫院支出21,906.40萬元，主要用於醫院運行補助和重點專科建設；基層醫療衛生機構支出9,581.70萬元，主要用於家庭醫生簽約服務。\n\n${execution.replace('单位：万元、%', '單位：萬元、%')}`,
      errors: [{ message: '基层医疗卫生机构在表中为9,518.70万元，此处却为9,581.70萬元', line: 1, column: 52 }],
    },
    {
      why: '單位：戶、人、萬元: 西城街道 救助資金 523.60 against 532.60',
      code: `分街道看，東城街道救助資金568.40萬元，西城街道救助資金523.60萬元，均按月足額發放。\n\n${households.replace('单位：户、人、万元', '單位：戶、人、萬元')}`,
      errors: [{ message: '西城街道在表中为532.60万元，此处却为523.60萬元', line: 1, column: 31 }],
    },
  ],
});
