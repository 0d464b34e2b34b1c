import { describe, expect, it } from 'vitest';
import { defaultConfig, lint, mergeConfig } from '@budgetlint/core';
import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: 'eight project/score/grade triples in one sentence, every pair inside its band',
      code: '为切实提升财政资金使用效益，县财政局委托第三方机构对社会关注度较高的4个项目开展了重点绩效评价，其中：“城乡供水一体化工程”项目总资金为6420.18万元，绩效评价得分为88.46分，绩效评价等级为“良”；“乡镇卫生院能力提升”项目总资金为1287.5万元，绩效评价得分为76.3分，绩效评价等级为“中”；“农村公路安防工程”项目总资金为903.2万元，绩效评价得分为92.15分，绩效评价等级为“优”；“义务教育薄弱环节改善”项目总资金为2210.04万元，绩效评价得分为58.5分，绩效评价等级为“差”。',
    },
    {
      why: 'an average score followed by how many projects got each grade: the grades qualify counts, not the average',
      code: '绩效自评的2025年度项目6个，涉及预算金额812.36万元，平均得分86.2分（其中，绩效评级为“优”的项目3个；绩效评级为“良”的项目2个；绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目0个）。',
    },
    {
      why: 'thresholds that define the bands are not scores',
      code: '评价结果实行百分制，90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”，评价结果作为下年度预算安排的重要依据。',
    },
    {
      why: 'a range of scores named with its grade: 90 is the range bound, not a score graded 良',
      code: '对得分在80分至90分的项目，评价等级为良，由主管部门督促项目单位限期整改并报送整改情况。',
    },
    {
      why: 'a score of 90 may be 89.6 rounded: the text does not prove it is outside 良',
      code: '经第三方机构复核，该项目评价得分为90分，绩效评价等级为“良”，共涉及财政资金1835.2万元。',
    },
    {
      why: 'two scores before one grade: only the score right before the grade takes it',
      code: '区财政局对单位自评结果开展抽查复核，“老旧小区改造”项目单位自评得分95分，财政复核得分88.5分，复核等级为“良”，自评结果存在偏高的问题。',
    },
    {
      why: 'a deduction and the full mark are not the project\'s score',
      code: '按照评分标准，该项目满分100分，因资金支付进度滞后扣5分，最终得分为93分，评价等级为“优”，评价报告已反馈项目主管部门。',
    },
    {
      why: 'no grade word after the score: 良好 without a cue (等级为, 评为…) is ordinary prose',
      code: '县财政局聘请第三方机构对2024年统筹整合财政涉农资金开展重点绩效评价，评价得分89.12分，形成了良好的绩效管理氛围，共涉及金额18514.42万元。',
    },
    {
      why: 'the grade stands before the score: only a grade after its score is paired',
      code: '“四好农村路”建设项目绩效评价等级为“良”，评价得分为95.5分，评价结果已在政府门户网站公开。',
    },
    {
      why: 'Shanghai labels: 合格 covers 60 to 80',
      code: '本部门对2025年度项目开展绩效自评，“社区治理服务”项目自评得分为71.5分，绩效评级为“合格”，涉及预算金额98.4万元。',
    },
  ],
  invalid: [
    {
      code: '县财政局委托第三方机构对2024年农村饮水安全巩固提升项目开展重点绩效评价，评价得分为86.5分，绩效评价等级为“优”，涉及资金3120.45万元。',
      errors: [
        {
          message: '得分86.5分应为“良”（80分至90分），却写作“优”（90分至100分）',
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 59,
          text: '优',
          severity: 'error',
          related: ['得分86.5分'],
        },
      ],
    },
    {
      code: '我局聘请第三方中介机构对社会关注度较高的3个项目开展了财政重点评价：“县级医疗废物处置中心建设”项目总资金为2387.61万元，绩效评价得分为91.2分，绩效评价等级为“优”；“殡仪服务设施提升”项目总资金为5917.17万元，绩效评价得分为77.7分，绩效评价等级为“良”；“乡镇公益性公墓建设”项目总资金为98.79万元，绩效评价得分为65.3分，绩效评价等级为“中”。',
      errors: [
        {
          message: '得分77.7分应为“中”（60分至80分），却写作“良”（80分至90分）',
          line: 1,
          column: 136,
          endLine: 1,
          endColumn: 137,
          text: '良',
          severity: 'error',
          related: ['得分77.7分'],
        },
      ],
    },
    {
      code: '绩效自评的2025年度项目1个，涉及预算金额175.52万元，自评得分为58分，绩效评级为“合格”，已责成项目单位限期整改。',
      errors: [
        {
          message: '得分58分应为“不合格”（60分以下），却写作“合格”（60分至80分）',
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 49,
          text: '合格',
          severity: 'error',
          related: ['得分58分'],
        },
      ],
    },
    {
      code: '经专家组综合评审，“智慧财政一体化平台运维”项目综合得分92.6分，评价结果为“良好”，评价报告已报送区人大常委会。',
      errors: [
        {
          message: '得分92.6分应为“优秀”（90分至100分），却写作“良好”（80分至90分）',
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 43,
          text: '良好',
          severity: 'error',
          related: ['得分92.6分'],
        },
      ],
    },
    {
      code: '第三方机构对“农村人居环境整治”专项资金开展重点绩效评价，评价得分73.4分，评定等级为B级，发现的问题已反馈主管部门整改。',
      errors: [
        {
          message: '得分73.4分应为“C”（60分至80分），却写作“B”（80分至90分）',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 46,
          text: 'B',
          severity: 'error',
          related: ['得分73.4分'],
        },
      ],
    },
    {
      code: '对2024年度“职业教育质量提升”专项资金的重点评价显示，该项目绩效评价得分为81.25分，绩效评价等级为“中等”，主要扣分点集中在资金支付进度。',
      errors: [
        {
          message: '得分81.25分应为“良好”（80分至90分），却写作“中等”（60分至80分）',
          line: 1,
          column: 55,
          endLine: 1,
          endColumn: 57,
          text: '中等',
          severity: 'error',
          related: ['得分81.25分'],
        },
      ],
    },
    {
      code: '县财政局组织开展事后绩效评价，“高标准农田建设”项目得分 59.5 分，评价等级为“中”，项目资金的使用效益有待提高。',
      errors: [
        {
          message: '得分59.5分应为“差”（60分以下），却写作“中”（60分至80分）',
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 44,
          text: '中',
          severity: 'error',
          related: ['得分59.5分'],
        },
      ],
    },
    {
      code: '2024年我县开展重点绩效评价项目2个：\n1.城乡环卫一体化项目，评价得分88.6分，评价等级为“优”。\n2.学前教育普惠奖补项目，评价得分95分，评价等级为“良”。',
      errors: [
        {
          message: '得分88.6分应为“良”（80分至90分），却写作“优”（90分至100分）',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 30,
          text: '优',
          severity: 'error',
          related: ['得分88.6分'],
        },
        {
          message: '得分95分应为“优”（90分至100分），却写作“良”（80分至90分）',
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 29,
          text: '良',
          severity: 'error',
          related: ['得分95分'],
        },
      ],
    },
    {
      format: 'markdown',
      code: '## 重点绩效评价结果\n\n- 乡村振兴衔接资金项目：评价得分为69.8分，绩效评价等级为“良”，涉及资金18570.75万元；\n- 县域医共体建设项目：评价得分为84.1分，绩效评价等级为“良”，涉及资金2643.66万元。\n',
      errors: [
        {
          message: '得分69.8分应为“中”（60分至80分），却写作“良”（80分至90分）',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 34,
          text: '良',
          severity: 'error',
          related: ['得分69.8分'],
        },
      ],
    },
  ],
});

// Bands come from the core config (grades.bands), not from the rule's options.
describe('grade-score-mismatch with configured bands', () => {
  const bands = {
    grades: {
      bands: [
        { labels: ['优', '甲等'], min: 85, max: 100, maxInclusive: true },
        { labels: ['良', '乙等'], min: 75, max: 85 },
        { labels: ['合格', '丙等'], min: 60, max: 75 },
        { labels: ['不合格', '丁等'], min: 0, max: 60 },
      ],
    },
  };
  const run = (code: string) => lint(code, { rules: [rule], format: 'text', config: mergeConfig(defaultConfig(), bands) });

  it('accepts a score the region grades differently from the default bands', () => {
    const r = run('经综合评价，“社区养老服务补贴”项目绩效评价得分为86分，绩效评价等级为“优”，涉及资金326.4万元。');
    expect(r.findings).toEqual([]);
  });

  it('reads the region\'s own quoted labels and its bands in the message', () => {
    const code = '经综合评价，“农贸市场提升改造”项目绩效评价得分为80.5分，绩效评价等级为“丙等”，涉及资金1290.6万元。';
    const r = run(code);
    expect(r.findings.map((f) => [f.message, code.slice(f.range.start, f.range.end)])).toEqual([
      ['得分80.5分应为“良”（75分至85分），却写作“丙等”（60分至75分）', '丙等'],
    ]);
  });
});
