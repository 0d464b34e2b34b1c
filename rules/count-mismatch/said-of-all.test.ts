import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 新增专用设备4台（套），分别是A、B、C，均配置在检测中心: 均 (都, 全部) after the list's comma says something of each thing
// listed, so the clause is a predicate of the list and the list ended at the comma. After 即 or 分别是, a clause holding an
// adverb no name holds (一并, 详见, 已于) is a new statement too. 等, 主要 and a clause that may be one more name leave the
// list open.
ruleTester(rule, {
  valid: [
    {
      why: 'four named for four, then what they are used for',
      code: '本年度新增单价100万元以上专用设备4台（套），分别是全自动生化分析仪、数字化X射线摄影系统、彩色多普勒超声诊断仪、血液透析机，均用于县人民医院临床诊疗。',
    },
    {
      why: 'the list ends in 等 before the clause of all',
      code: '学校共有单价50万元以上设备9台（套），包括虚拟仿真实训平台、数控车床等，均用于专业实训教学。',
    },
    {
      why: '主要 after the comma: what is named may be some only',
      code: '局属事业单位共5个，包括县图书馆、县文化馆，主要承担全县公共文化服务工作。',
    },
    {
      why: '均衡 opens a name, not a clause said of the listed',
      code: '重点推进项目共四个，即农村学校营养改善、校舍安全改造，均衡发展达标提升工程。',
    },
    {
      why: 'after 包括 a predicate adverb is not read as the end: 包括 may name some only',
      code: '年度重点项目共六个，包括城区污水管网改造、老旧小区燃气管道更新，项目资金已于9月底前全部拨付到位。',
    },
    {
      why: 'the clause after the comma may be one more name: no adverb of a predicate in it',
      code: '绩效评价项目共五个，分别是高标准农田建设、农村饮水安全巩固提升，乡村道路养护管理。',
    },
  ],
  invalid: [
    {
      why: 'four stated, three named after 即, then where they all serve',
      code: '本年度新增单价50万元以上专用设备4台（套），即高空作业车、路面综合养护车、移动式污水处理装置，均用于市政设施日常维护。',
      errors: [{ message: '所述数量为“4台”，但其后只列举了3项', line: 1, column: 18 }],
    },
    {
      why: 'six stated, five named after 包括, then what they all are, in traditional characters',
      code: '學院共有單價50萬元以上設備6台（套），包括智能製造實訓生產線、工業機器人工作站、五軸加工中心、新能源汽車檢測平台、三坐標測量儀，全部用於實踐教學。',
      errors: [{ message: '所述数量为“6台”，但其后只列举了5项', line: 1, column: 15 }],
    },
    {
      why: 'five stated, four named after 分别是, then another document published with them',
      code: '2026年重点支出项目共五个，分别是农村公路养护、乡村学校少年宫建设、基层医疗机构设备更新、城乡供水一体化，项目绩效目标表随部门预算一并公开。',
      errors: [{ message: '所述数量为“五个”，但其后只列举了4项', line: 1, column: 13 }],
    },
    {
      why: 'three stated, two named after 分别为, then where their details stand',
      code: '今年开展重点绩效评价项目3个，分别为老年人助餐服务补助、残疾人康复救助，评价报告详见附件。',
      errors: [{ message: '所述数量为“3个”，但其后只列举了2项', line: 1, column: 13 }],
    },
  ],
});
