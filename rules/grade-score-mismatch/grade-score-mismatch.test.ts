import { describe, expect, it } from 'vitest';
import { defaultConfig, lint, mergeConfig } from '@budgetlint/core';
import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: 'a total with its indicator scores joined by 、 after 其中: the grade after the list is the total\'s (91.5 优), not the last indicator\'s',
      code: '本局部门整体支出绩效自评总分91.5分，其中投入指标14.5分、过程指标22.0分、产出指标33.5分、效益指标21.5分，自评等级为“优”。',
    },
    {
      why: 'the same with the parts in brackets and 评定为',
      code: '该项目综合得分88.0分（决策13.0分、过程17.5分、产出36.0分、效益21.5分），评定为良。',
    },
    {
      why: 'a 满分 before a list of 分值 is no score: the grade after the list is no one\'s',
      code: '指标体系满分100分，其中决策15分、过程20分、产出40分、效益25分，本项目评价等级为优，得分93分。',
    },
    {
      why: 'the same as a list with no total before it: the grade after a 、 list belongs to no one part',
      code: '各一级指标得分为：决策指标9分、过程指标18分、产出指标37分、效益指标28分，综合评价等级为优。',
    },
    {
      why: 'a grade table laid out with spaces whose grades all fit (序号, names, money, scores, grades)',
      code: '序号    项目名称              资金（万元）    得分    等级\n1       乡镇污水处理设施运维  2,406           91.5    优\n2       中小学课后服务补助    835             84.0    良\n3       残疾人两项补贴        1,120           66.5    中',
    },
    {
      why: 'a table whose 资金（万元） head notes the unit of its own column: the 得分 column beside it is scores, all inside their bands',
      format: 'markdown',
      code: "| 序号 | 项目名称 | 资金（万元） | 得分 | 等级 |\n|---|---|---:|---:|---|\n| 1 | 乡镇污水处理设施运维 | 2,406 | 91.5 | 优 |\n| 2 | 中小学课后服务补助 | 835 | 84.0 | 良 |\n| 3 | 残疾人两项补贴 | 1,120 | 66.5 | 中 |\n",
    },
    {
      why: 'a grade table with 预算金额（万元） and 完成率（%） heads: scores only in the 自评得分 column',
      format: 'markdown',
      code: "| 项目 | 预算金额（万元） | 完成率（%） | 自评得分 | 自评等级 |\n|---|---:|---:|---:|---|\n| 农田水利设施维护 | 612.30 | 98.6 | 93 | 优秀 |\n| 村级公益事业奖补 | 428.00 | 87.2 | 81 | 良好 |\n",
    },
    {
      why: '等级亦为 after a second score, inside its band',
      code: '资本金注入项目自评得分95分，评价等级为优；改革成本项目自评得分91分，评价等级亦为优。',
    },
    {
      why: 'a grade table with a money column (预算金额（万元）) beside the score column: the scores are points, not 万元, and every grade is in its band',
      format: 'markdown',
      code: '| 项目名称 | 预算金额（万元） | 自评得分 | 自评等级 |\n|---|---|---|---|\n| 乡村道路日常养护 | 186.00 | 92.5 | 优 |\n| 集镇垃圾收运 | 142.00 | 84.0 | 良 |\n| 村级文化活动补助 | 36.00 | 65.0 | 中 |\n',
    },
    {
      why: 'the table unit from a note (单位：万元) does not reach a 评价分数 column: 88 is 良',
      format: 'markdown',
      code: '单位：万元\n\n| 项目 | 资金规模 | 评价分数 | 评价结论 |\n|---|---|---|---|\n| 城乡供水一体化 | 1,250.00 | 88 | 良 |\n| 农村公路提档升级 | 980.50 | 91 | 优 |\n',
    },
    {
      why: 'a Word-like table with 金额（万元） and 综合评分 columns, grades in their bands',
      format: 'paragraphs',
      code: '项目绩效自评情况如下：\n| 项目 | 金额（万元） | 综合评分 | 等级 |\n| --- | --- | --- | --- |\n| 学生资助 | 320.5 | 93 | 优 |\n| 校舍维修 | 210.0 | 86 | 良 |\n',
    },
    {
      why: 'a stated standard whose items hold a colon (A级：85分（含）以上): 86.0 is A under it (B under the default bands)',
      code: "按照《县级部门整体支出绩效评价办法》，评价等级标准为：A级：85分（含）以上；B级：70分（含）至85分；C级：60分（含）至70分；D级：60分以下。\n经第三方机构评价，县农业农村局部门整体支出绩效评价得分86.0分，评价等级为A级，评价结果已向社会公开。",
    },
    {
      why: 'a stated standard whose lowest band is 59分及以下: 76 is 良 under it (中 under the default bands)',
      code: "项目支出绩效评价结果分为四档：85分及以上为优，75分至84分为良，60分至74分为中，59分及以下为差。\n2024年度城乡供水一体化项目自评得分76分，自评等级为“良”，各项指标基本完成。",
    },
    {
      why: "a 评价结论 column holding grades inside their bands",
      format: "markdown",
      code: "| 项目 | 评价得分 | 评价结论 |\n|---|---:|---|\n| 公共文化服务体系建设 | 92.0 | 优 |\n| 非遗保护传承 | 85.5 | 良 |\n",
    },
    {
      why: '分别得到…分别评定为: each score with its own grade, all right',
      code: '县人民医院急诊能力提升和乡村饮水巩固提升项目分别得到91.0分和72.5分，分别评定为优和中。',
    },
    {
      why: 'two scores sharing one grade with 均, both inside the band',
      code: '另对城区排水管网改造等2个项目开展部门评价，评价得分分别为93.5分和90.0分，等级均为“优”。',
    },
    {
      why: 'a grade given as 评估结论, inside its band',
      code: '社区养老服务补贴项目事前评估得分86.5分，评估结论为“良”，建议优化补贴发放流程后纳入预算。',
    },
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
      why: 'Shanghai labels: 合格 covers 60 to 80',
      code: '本部门对2025年度项目开展绩效自评，“社区治理服务”项目自评得分为71.5分，绩效评级为“合格”，涉及预算金额98.4万元。',
    },
      {
      why: "grades before and after their scores, each paired with its own",
      code: "本部门整体支出绩效自评结果为“优”，得分92.4分；河道保洁项目评价得分86分，等级为良。",
    },
    {
      why: "a stated standard with 以上 and （含） read right: 91 is 优, 79.5 is 中",
      code: "评价结果分为四档：90分以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。城区绿化项目得分91分，评为优；农村饮水项目得分79.5分，评为中。",
    },
    {
      why: "a 分别 pairing that agrees, and a score with no grade",
      code: "项目评价得分分别为91、84分，等级分别为优、良；另有1个项目得分75分，未评定等级。",
    },
    {
      why: "a score and a grade joined by 、 that agree; 满分20分 is a maximum, not a score",
      code: "部门整体绩效评价：得分88分、良好；其中预算执行率指标得分20分，满分20分。",
    },
    {
      why: "the document's standard (B 70 to 85) makes 78分 a B and 86.5分 an A",
      code: "本县评价标准为：A级85分（含）以上，B级70分（含）至85分，C级60分（含）至70分，D级60分以下。\n水利设施维护项目得分78分，等级为B级；乡镇卫生院建设项目得分86.5分，等级为A级。",
    },
      {
      why: "a grade with its score in brackets that agree: 良 for 85.5",
      code: "经第三方评价，该项目等级为良（得分85.5分），主要扣分点是资金拨付进度偏慢。",
    },
    {
      why: 'a table flattened one cell per line, every grade right; the last grade cell stands right before a note and is read as the last row\'s cell',
      code: "表4 重点项目评价结果\n序号\n项目\n得分\n等级\n1\n老旧小区改造\n93.0\n优\n2\n公交站台更新\n84.5\n良\n3\n河道清淤\n75.0\n中\n注：评价由第三方机构实施。",
    },
    {
      why: 'a flattened table with a cell missing (row 2 has no grade): the columns cannot be told apart, so no pair is read, even the wrong-looking 75.0 良',
      code: "表5 重点项目评价结果\n序号\n项目\n得分\n等级\n1\n老旧小区改造\n93.0\n优\n2\n公交站台更新\n84.5\n3\n河道清淤\n75.0\n良\n注：第2项等级待复核。",
    },
  ],
  invalid: [
    {
      why: 'a score alone before its grade is still checked when a list of scores stands elsewhere in the sentence',
      code: '该项目综合得分78.5分，等级为良，其中投入14.5分、过程18.0分、产出30.0分、效益16.0分。',
      errors: [{ message: '得分78.5分应为“中”（60分至80分），却写作“良”（80分至90分）', line: 1, column: 17 }],
    },
    {
      why: 'the grade after a 其中 list of indicator scores grades the total the list splits: 86.5 is 良, called 优',
      code: '本项目自评总分86.5分，其中决策指标13.5分、过程指标17.0分、产出指标35.0分、效益指标21.0分，自评等级为“优”。',
      errors: [{ message: '本项目自评总分得分86.5分应为“良”（80分至90分），却写作“优”（90分至100分）', line: 1, column: 62 }],
    },
    {
      why: 'the same with the parts in brackets after the total: 77.0 is 中, called 良',
      code: '乡村道路养护项目综合得分77.0分（决策12.0分、过程16.0分、产出31.0分、效益18.0分），评定为良。',
      errors: [{ message: '乡村道路养护项目得分77.0分应为“中”（60分至80分），却写作“良”（80分至90分）', line: 1, column: 55 }],
    },
    {
      why: 'a grade table pasted from a spreadsheet, tab-separated, with a 序号 column',
      code: '序号\t项目名称\t资金（万元）\t得分\t等级\n1\t乡镇污水处理设施运维\t2,406\t91.5\t优\n2\t高标准农田后续管护\t1,318\t74.5\t良\n3\t村级公益事业奖补\t428\t83.0\t良',
      errors: [{ message: '高标准农田后续管护得分74.5应为“中”（60分至80分），却写作“良”（80分至90分）', line: 3, column: 24 }],
    },
    {
      why: 'the same laid out with spaces (pdftotext -layout), a 主管部门 column of names beside the figures',
      code: '项目名称            主管部门          得分      等级\n义务教育营养改善    县教育局          93.5      优\n基层卫生能力提升    县卫健局          81.0      良\n高标准农田建设      县农业农村局      59.5      中',
      errors: [{ message: '高标准农田建设得分59.5应为“差”（60分以下），却写作“中”（60分至80分）', line: 4, column: 36 }],
    },
    {
      why: 'a 评价结论 column in a bureau\'s table, tab-separated',
      code: '项目\t2024年评价得分\t评价结论\n公共文化服务体系建设\t92.0\t优\n非遗保护传承\t85.5\t良\n文旅消费惠民活动\t78.0\t良',
      errors: [{ message: '文旅消费惠民活动得分78.0应为“中”（60分至80分），却写作“良”（80分至90分）', line: 4, column: 15 }],
    },
    {
      why: 'a 资金（万元） column beside the score column: 74.5 is 中, the 等级 cell says 良',
      format: 'markdown',
      code: "| 序号 | 项目名称 | 资金（万元） | 得分 | 等级 |\n|---|---|---:|---:|---|\n| 1 | 乡镇污水处理设施运维 | 2,406 | 91.5 | 优 |\n| 2 | 高标准农田后续管护 | 1,318 | 74.5 | 良 |\n",
      errors: [{ message: '高标准农田后续管护得分74.5应为“中”（60分至80分），却写作“良”（80分至90分）', line: 4, column: 34 }],
    },
    {
      why: 'a 涉及金额（万元） column before 评价得分 and 评价结论: 89.0 is 良, called 优',
      format: 'markdown',
      code: "| 部门 | 涉及金额（万元） | 评价得分 | 评价结论 |\n|---|---:|---:|---|\n| 县卫健委 | 9,640.5 | 89.0 | 优 |\n| 县民政局 | 3,205.0 | 83.5 | 良 |\n",
      errors: [{ message: '县卫健委得分89.0应为“良”（80分至90分），却写作“优”（90分至100分）', line: 3, column: 27 }],
    },
    {
      why: 'money and percent heads each noting their own unit: 58.0 is 差, the 等级 cell says 中',
      format: 'markdown',
      code: "| 项目 | 预算数（万元） | 执行率（%） | 综合得分 | 等级 |\n|---|---:|---:|---:|---|\n| 老旧小区加装电梯补助 | 1,500.00 | 42.6 | 58.0 | 中 |\n",
      errors: [{ message: '老旧小区加装电梯补助得分58.0应为“差”（60分以下），却写作“中”（60分至80分）', line: 3, column: 41 }],
    },
    {
      why: '等级亦为优 for 86分: an adverb between the cue and its copula',
      code: '资本金注入项目自评得分95分，评价等级为优；改革成本项目自评得分86分，评价等级亦为优。',
      errors: [{ message: '改革成本项目得分86分应为“良”（80分至90分），却写作“优”（90分至100分）', line: 1, column: 43 }],
    },
    {
      why: '结果也是“良好” for 76.5分',
      code: '乡村振兴衔接资金项目评价得分84分，评价结果为“良好”；农村饮水项目评价得分76.5分，评价结果也是“良好”。',
      errors: [{ message: '农村饮水项目得分76.5分应为“中等”（60分至80分），却写作“良好”（80分至90分）', line: 1, column: 52 }],
    },
    {
      why: '等级同样为A级 for 82.0分 under stated bands',
      code: '评价结果分为A（90分及以上）、B（80分至89.9分）、C（60分至79.9分）、D（60分以下）。\n城区排水项目得分93.0分，等级为A级；老旧小区改造项目得分82.0分，等级同样为A级。',
      errors: [{ message: '老旧小区改造项目得分82.0分应为“B”（80分至90分），却写作“A”（90分至100分，按文中所列评价标准）', line: 2, column: 42 }],
    },
    {
      why: 'a grade table with a money column: 78.5 is a score (not 78.5万元) in 中, called 良',
      format: 'markdown',
      code: '| 项目名称 | 预算金额（万元） | 自评得分 | 自评等级 |\n|---|---|---|---|\n| 乡村道路日常养护 | 186.00 | 92.5 | 优 |\n| 小型水利设施维修 | 95.00 | 78.5 | 良 |\n',
      errors: [{ message: '小型水利设施维修得分78.5应为“中”（60分至80分），却写作“良”（80分至90分）', line: 4, column: 29 }],
    },
    {
      why: 'a stated standard whose items hold a colon: 72.0 is B (70–85) under it, called C',
      code: "按照《县级部门整体支出绩效评价办法》，评价等级标准为：A级：85分（含）以上；B级：70分（含）至85分；C级：60分（含）至70分；D级：60分以下。\n经第三方机构评价，县农业农村局部门整体支出绩效评价得分72.0分，评价等级为C级，评价结果已向社会公开。",
      errors: [{ message: '县农业农村局部门整体支出得分72.0分应为“B”（70分至85分），却写作“C”（60分至70分，按文中所列评价标准）', line: 2, column: 39 }],
    },
    {
      why: 'a stated standard with 59分及以下 and ceilings one point below the next floor: 78 is 良 (75–84), called 中',
      code: "项目支出绩效评价结果分为四档：85分及以上为优，75分至84分为良，60分至74分为中，59分及以下为差。\n2024年度城乡供水一体化项目自评得分78分，自评等级为“中”，主要扣分点在于成本控制指标未完成。",
      errors: [{ message: '2024年度城乡供水一体化项目得分78分应为“良”（75分至85分），却写作“中”（60分至75分，按文中所列评价标准）', line: 2, column: 30 }],
    },
    {
      why: 'a table flattened one cell per line (序号/单位名称/综合得分/评价等级): 86.0 is 良, called 优',
      code: "二、评价结果\n全市对6个部门开展整体支出绩效评价，结果如下表。\n表3 部门整体支出绩效评价结果\n序号\n单位名称\n综合得分\n评价等级\n1\n市档案馆\n92.4\n优\n2\n市科技局\n86.0\n优\n3\n市统计局\n71.5\n中\n三、结果应用\n评价结果已反馈各部门，并作为2026年预算安排的重要依据。",
      errors: [{ message: '市科技局得分86.0应为“良”（80分至90分），却写作“优”（90分至100分）', line: 15, column: 1 }],
    },
    {
      why: 'a flattened table whose rows open with the name and give the grade before the score: 79.0 is 中, called 良',
      code: "（二）项目自评情况\n各单位报送的自评结果汇总如下：\n项目名称\n自评结论\n自评分\n乡村道路养护\n良\n88.5\n农村饮水巩固\n良\n79.0\n城乡低保提标\n优\n95.5\n以上自评结果已经主管部门审核。",
      errors: [{ message: '农村饮水巩固得分79.0应为“中”（60分至80分），却写作“良”（80分至90分）', line: 10, column: 1 }],
    },
    {
      why: 'a flattened table under stated bands written with brackets (合格 70-79分): 68.0 is 不合格; its last grade cell, right before the prose, is taken back into the table',
      code: "评价结果分为优秀（90分以上）、良好（80-89分）、合格（70-79分）、不合格（70分以下）。\n序号\n部门\n得分\n等级\n1\n县水利局\n91.2\n优秀\n2\n县林业局\n82.0\n良好\n3\n县商务局\n68.0\n合格\n县审计局因机构调整未参加本次评价，评价结果将另行通报。",
      errors: [{ message: '县商务局得分68.0应为“不合格”（70分以下），却写作“合格”（70分至80分，按文中所列评价标准）', line: 17, column: 1 }],
    },
    {
      why: "a 评价结论 column: 78.0 is 中, not 良",
      format: "markdown",
      code: "| 项目 | 2024年评价得分 | 评价结论 |\n|---|---:|---|\n| 公共文化服务体系建设 | 92.0 | 优 |\n| 文旅消费惠民活动 | 78.0 | 良 |\n",
      errors: [{ message: "文旅消费惠民活动得分78.0应为“中”（60分至80分），却写作“良”（80分至90分）", line: 4, column: 21 }],
    },
    {
      why: "a 考核结论 column with A–D grades",
      format: "markdown",
      code: "| 单位 | 考核得分 | 考核结论 |\n|---|---:|---|\n| 区图书馆 | 88.5 | A |\n| 区文化馆 | 91.0 | A |\n",
      errors: [{ message: "区图书馆得分88.5应为“B”（80分至90分），却写作“A”（90分至100分）", line: 3, column: 17 }],
    },
    {
      why: "a 结论 column with 优秀/良好 words",
      format: "markdown",
      code: "| 序号 | 项目名称 | 自评分 | 自评结论 |\n|---:|---|---:|---|\n| 1 | 老年助餐点运营 | 79.5 | 良好 |\n",
      errors: [{ message: "老年助餐点运营得分79.5应为“中等”（60分至80分），却写作“良好”（80分至90分）", line: 3, column: 24 }],
    },
    {
      why: '分别得到…分别评定为: the first pair does not fit',
      code: '县医院急诊能力提升和农村饮水安全巩固提升项目分别得到88.0分和64.0分，分别评定为优和中。',
      errors: [{ message: '得分88.0分应为“良”（80分至90分），却写作“优”（90分至100分）', line: 1, column: 44 }],
    },
    {
      why: '均 after two scores: the one grade does not fit the first',
      code: '对“小型水库除险加固”等2个项目开展部门评价，评价得分分别为87.5分和92.0分，等级均为“优”。',
      errors: [{ message: '得分87.5分应为“良”（80分至90分），却写作“优”（90分至100分）', line: 1, column: 48 }],
    },
    {
      why: 'all listed scores share a grade with 都被评为, in another order of words',
      code: '全县三个乡镇卫生院运维项目得分分别为78、83、85分，都被评为良好，将在下年度预算中优先保障。',
      errors: [{ message: '得分78应为“中等”（60分至80分），却写作“良好”（80分至90分）', line: 1, column: 33 }],
    },
    {
      why: 'a grade given as 评价结论 after the score',
      code: '社区养老服务补贴项目得分90.5分，评价结论为“良”，主要是服务对象满意度调查样本不足。',
      errors: [{ message: '社区养老服务补贴项目得分90.5分应为“优”（90分至100分），却写作“良”（80分至90分）', line: 1, column: 25 }],
    },
    {
      why: "scores in brackets after their grades: the second does not fit",
      code: "城市公园养护项目绩效评价结果为“优秀”（92.5分），乡镇污水处理项目评价结果为“良好”（78分）。",
      errors: [
        {
          message: "乡镇污水处理项目得分78分应为“中等”（60分至80分），却写作“良好”（80分至90分）",
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 44,
          text: "良好",
          related: ["得分78分"],
        },
      ],
    },
    {
      why: "得分 inside the bracket after the grade",
      code: "河道清淤项目评价等级为“中”（得分92分）。",
      errors: [
        {
          message: "河道清淤项目得分92分应为“优”（90分至100分），却写作“中”（60分至80分）",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 14,
          text: "中",
          related: ["得分92分"],
        },
      ],
    },
    {
      why: "a standard stated in the text (A级90分（含）以上…) replaces the default bands; list items with no cue word (88.6分，A级)",
      code: "绩效评价等级标准：A级90分（含）以上，B级75分（含）至90分，C级60分（含）至75分，D级60分以下。\n本局对6个项目开展绩效自评。\n- 乡村道路养护项目：88.6分，A级；\n- 公交站亭改造项目：78分，B级；\n- 渡口安全提升项目：74.5分，C级。",
      errors: [
        {
          message: "乡村道路养护项目得分88.6分应为“B”（75分至90分），却写作“A”（90分至100分，按文中所列评价标准）",
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 19,
          text: "A",
          related: ["得分88.6分"],
        },
      ],
    },
    {
      why: "a standard in a Markdown comment, and a table with a score column and a grade column",
      format: 'markdown',
      code: "<!-- 评价等级：85分（含）以上为优秀，70分（含）至85分为良好，60分（含）至70分为合格，60分以下为不合格。 -->\n# 某区2024年预算绩效管理情况\n\n| 序号 | 评价对象 | 得分 | 等级 |\n|---|---|---:|---|\n| 1 | 校舍维修项目 | 92.30 | 优秀 |\n| 2 | 绿化养护项目 | 68.50 | 良好 |\n| 3 | 养老服务补贴项目 | 76.20 | 良好 |\n| 4 | 饮水工程运维项目 | 58.00 | 合格 |",
      errors: [
        {
          message: "绿化养护项目得分68.50应为“合格”（60分至70分），却写作“良好”（70分至85分，按文中所列评价标准）",
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 26,
          text: "良好",
          related: ["得分68.50"],
        },
        {
          message: "饮水工程运维项目得分58.00应为“不合格”（60分以下），却写作“合格”（60分至70分，按文中所列评价标准）",
          line: 9,
          column: 26,
          endLine: 9,
          endColumn: 28,
          text: "合格",
          related: ["得分58.00"],
        },
      ],
    },
    {
      why: "the grade stated before its score, with nothing but the score's own cue between",
      code: "2024年度部门整体支出绩效自评结果为“良好”，得分93.5分，主要扣分点是部分指标设置不够细化。",
      errors: [
        {
          message: "2024年度部门整体支出得分93.5分应为“优秀”（90分至100分），却写作“良好”（80分至90分）",
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 23,
          text: "良好",
          related: ["得分93.5分"],
        },
      ],
    },
    {
      why: "分别 lists: the n-th score takes the n-th grade",
      code: "三个重点项目的评价得分分别为92、85、78分，评价等级分别为优、优、良。",
      errors: [
        {
          message: "得分85应为“良”（80分至90分），却写作“优”（90分至100分）",
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 35,
          text: "优",
          related: ["得分85"],
        },
        {
          message: "得分78分应为“中”（60分至80分），却写作“良”（80分至90分）",
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 37,
          text: "良",
          related: ["得分78分"],
        },
      ],
    },
    {
      why: "the grade stated before its score: 等级为“良”，评价得分为95.5分",
      code: "“四好农村路”建设项目绩效评价等级为“良”，评价得分为95.5分，评价结果已在政府门户网站公开。",
      errors: [
        {
          message: "四好农村路建设项目得分95.5分应为“优”（90分至100分），却写作“良”（80分至90分）",
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 21,
          text: "良",
          related: ["得分95.5分"],
        },
      ],
    },
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
          message: '智慧财政一体化平台运维项目得分92.6分应为“优秀”（90分至100分），却写作“良好”（80分至90分）',
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
          message: '高标准农田建设项目得分59.5分应为“差”（60分以下），却写作“中”（60分至80分）',
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
          message: '城乡环卫一体化项目得分88.6分应为“良”（80分至90分），却写作“优”（90分至100分）',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 30,
          text: '优',
          severity: 'error',
          related: ['得分88.6分'],
        },
        {
          message: '学前教育普惠奖补项目得分95分应为“优”（90分至100分），却写作“良”（80分至90分）',
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
          message: '乡村振兴衔接资金项目得分69.8分应为“中”（60分至80分），却写作“良”（80分至90分）',
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
      ['农贸市场提升改造项目得分80.5分应为“良”（75分至85分），却写作“丙等”（60分至75分）', '丙等'],
    ]);
  });
});

// The grade alone in brackets right after its score: 得分84.0分（优）.
ruleTester(rule, {
  valid: [
    { why: 'each bracketed grade fits its score', code: '重点项目评价中，基本公共卫生服务项目得分93.2分（优），无偿献血宣传项目得分81.5分（良）。' },
    { why: 'a threshold in brackets is no grade', code: '评价得分90分（含）以上的项目为优，共6个。' },
    { why: 'a bracket that goes on past the word is no grade (优秀率)', code: '全市学校平均得分84.0分（优秀率达到35%）。' },
  ],
  invalid: [
    {
      why: '84.0 called 优 in brackets',
      code: '重点项目评价中，基本公共卫生服务项目得分93.2分（优），妇幼健康项目得分84.0分（优）。',
      errors: [{ message: '妇幼健康项目得分84.0分应为“良”（80分至90分），却写作“优”（90分至100分）', line: 1, column: 44 }],
    },
    {
      why: 'a half-width bracket and a two-character grade: 76.5 called 良好',
      code: '乡村文化站建设项目自评得分76.5分(良好)，已完成整改。',
      errors: [{ message: '乡村文化站建设项目得分76.5分应为“中等”（60分至80分），却写作“良好”（80分至90分）', line: 1, column: 20 }],
    },
    {
      why: 'a letter grade with 级 in brackets: 58 called B级',
      code: '老旧设备更新项目评价得分58分（B级）。',
      errors: [{ message: '老旧设备更新项目得分58分应为“D”（60分以下），却写作“B”（80分至90分）', line: 1, column: 17 }],
    },
  ],
});
