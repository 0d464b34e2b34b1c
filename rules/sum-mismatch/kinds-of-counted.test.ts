import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count's 其中 list naming three or more kinds of the counted thing (产出指标、效益指标、满意度指标 of 绩效指标; 中学、小学 of
// 学校), set off by 、 in the total's own counter, divides the count by kind: short of it, the list contradicts it. Two kinds
// are that division only when the paragraph has already closed the same kinds (核定行政编制…、事业编制…，共…名). Snippets written
// for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'what was done to the counted units is no kind of unit: 15 + 4 + 9 < 130 is a subset',
      code: '全年共抽查政府采购代理机构130家，发现问题的机构中，其中责令限期整改15家、暂停代理资格4家、通报批评9家，已全部移交主管部门处理。',
    },
    {
      why: 'attributes of staff, not kinds of staff: 23 + 31 + 6 < 88',
      code: '2025年末本单位在职职工88人，其中中共党员23人、女职工31人、少数民族6人，平均年龄41.6岁。',
    },
    {
      why: 'two kinds on their own may be a selection (工勤 left out): 30 + 12 < 50',
      code: '截至2025年底，区文化馆核定编制人数50名，其中行政编制30名、事业编制12名，编制使用率为84.0%。',
    },
    {
      why: 'a list closed by 等 is open: 6 + 9 + 11 < 31',
      code: '2025年全镇共有中小学校31所，其中：完全中学6所、初级中学9所、小学11所等，均已完成校舍安全鉴定。',
    },
    {
      why: 'the kinds add up: 10 + 7 + 5 = 22',
      code: '该项目整体绩效目标下共设置三级指标22个，其中产出指标10个、效益指标7个、满意度指标5个，均已量化并按季度跟踪。',
    },
  ],
  invalid: [
    {
      why: 'kinds of 指标 named with its own head: 10 + 7 + 4 = 21 against 22',
      code: '该项目整体绩效目标下共设置三级指标22个，其中产出指标10个、效益指标7个、满意度指标4个，均已量化并按季度跟踪。',
      errors: [{ message: '该项目整体绩效目标下共设置三级指标合计22个，但分项之和为21个（10 + 7 + 4），相差1个', line: 1, column: 18, text: '22个' }],
    },
    {
      why: 'schools by 学段, the domain knowing 中学 and 小学 as kinds of 学校: 2 + 9 + 38 + 14 = 63 against 65',
      code: '全县现有公办学校65所，其中：普通高中2所、初级中学9所、小学38所、幼儿园14所，各校财务均纳入县教育局集中核算。',
      errors: [{ message: '现有公办学校合计65所，但分项之和为63所（2 + 9 + 38 + 14），相差2所', line: 1, column: 9, text: '65所' }],
    },
    {
      why: 'kinds of 教职工 named as 教师 and 人员: 402 + 37 + 25 = 464 against 468',
      code: '学院2025年末在岗教职工468人，其中专任教师402人、教辅人员37人、工勤人员25人；另有离退休人员119人，经费由社保机构负担。',
      errors: [{ message: '学院2025年末在岗教职工合计468人，但分项之和为464人（402 + 37 + 25），相差4人', line: 1, column: 14, text: '468人' }],
    },
  ],
});

ruleTester(rule, {
  valid: [
    {
      why: 'the same kinds as the 编制 split, and they add up: 17 + 21 = 38',
      code: '本中心核定行政编制18名、事业编制22名，共40名；2025年末实有在编人员38人，其中行政人员17人、事业人员21人。',
    },
    {
      why: 'other kinds than those the paragraph closed: 专业技术 and 管理 may leave 工勤 out',
      code: '本中心核定行政编制18名、事业编制22名，共40名；2025年末实有在编人员38人，其中专业技术人员17人、管理人员14人。',
    },
    {
      why: 'the paragraph closed kinds of units (个), not of staff: 行政人员 and 事业人员 may leave 工勤 out (40 + 51 < 93)',
      code: '本部门所属预算单位中行政单位2个、事业单位5个，共7个；2025年末实有人员93人，其中行政人员40人、事业人员51人。',
    },
  ],
  invalid: [
    {
      why: 'the paragraph closed 行政 and 事业 (18 + 22 = 40), so 17 + 19 = 36 falls short of 38',
      code: '本中心核定行政编制18名、事业编制22名，共40名；2025年末实有在编人员38人，其中行政人员17人、事业人员19人。',
      errors: [{ message: '实有在编人员合计38人，但分项之和为36人（17 + 19），相差2人', line: 1, column: 39, text: '38人' }],
    },
    {
      why: 'the 编制 split closed by 合计, then the staff in post by the same two kinds after a comma: 9 + 14 = 23 against 25',
      code: '区档案馆按照机构编制部门批复，核定行政编制9名、事业编制17名，合计26名，2025年末实有在职人员25人，其中行政人员9人、事业人员14人，空编1名。',
      errors: [{ message: '实有在职人员合计25人，但分项之和为23人（9 + 14），相差2人', line: 1, column: 51, text: '25人' }],
    },
    {
      why: 'kinds by how they are funded, closed by 共; the same kinds of staff: 5 + 3 = 8 against 9',
      code: '截至2025年12月31日，站里核定全额拨款事业编制6名、自收自支事业编制4名，共10名，实有人员9人，其中全额拨款事业人员5人、自收自支事业人员3人。',
      errors: [{ message: '实有人员合计9人，但分项之和为8人（5 + 3），相差1人', line: 1, column: 50, text: '9人' }],
    },
  ],
});
