import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A numbered heading right after a tab-separated table and right over the next table's caption is the text's heading,
// even when the table under it is one of targets (≥95%) that no figure-row reader takes: 四、 is not a row. And 三、四级,
// 一、二类, 二、三等 are two ordinals naming two grades, no heading 三、 whose title opens with 四级 — in a table's row
// label or opening a sentence of the text. Snippets written for these tests; none is copied from a disclosure.
const scores = ['表2　项目自评得分表', '一级指标\t分值\t得分', '决策\t20\t18.50', '过程\t20\t17.00', '产出\t30\t27.60', '效益\t30\t26.40', '合计\t100\t89.50'].join('\n');
const targets = ['表3　主要绩效指标完成情况', '指标名称\t年度目标值\t实际完成值', '家庭医生签约人数\t≥3.2万人\t3.46万人', '三、四级手术占比\t≥45%\t48.6%', '急诊抢救成功率\t≥95%\t97.1%'].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: '四、 between a table of scores and the caption of a table of targets, a 三、四级 row label under it',
      code: `一、基本情况\n院区开放床位860张。\n二、绩效目标\n设置指标共18个。\n三、自评结论\n自评得分89.50分，等级为良。\n\n${scores}\n\n四、主要指标完成情况\n${targets}\n\n五、存在的问题\n部分指标值设置偏低。\n`,
    },
    {
      why: 'a sentence of the text that opens with 三、四级: two grades, not the third heading',
      code: '一、基本情况\n中心承担县域急危重症救治任务，年内新增胸痛和卒中两个专病中心。\n三、四级手术量占住院手术总量的比例为46.3%，较上年提高2.8个百分点。\n二、绩效目标完成情况\n各项指标均达到年初目标。\n',
    },
    {
      why: 'the same with （四） headings and a table of targets laid out with spaces',
      code: `（一）基本情况\n院区开放床位860张。\n（二）绩效目标\n设置指标共18个。\n（三）自评结论\n自评得分89.50分，等级为良。\n\n${scores}\n\n（四）主要指标完成情况\n${targets.replace(/\t/g, '      ')}\n\n（五）存在的问题\n部分指标值设置偏低。\n`,
    },
    {
      why: 'a caption with its unit note over a table of yearly targets, under 三、',
      code: `一、项目概况\n项目总投资4,860.00万元。\n二、资金安排\n\n表1　资金安排表（单位：万元）\n资金来源\t预算数\t到位数\n中央补助\t2,400.00\t2,400.00\n县级配套\t2,460.00\t2,180.00\n合计\t4,860.00\t4,580.00\n\n三、绩效指标完成情况\n表2　绩效指标完成情况表\n指标\t目标值\t完成值\n新建管网长度\t≥18公里\t19.4公里\n一、二级水源地达标率\t100%\t100%\n\n四、下一步工作\n加快剩余资金拨付。\n`,
    },
    {
      why: 'a sentence that opens with 三、四类 right after 一、: two classes of water, not a third heading before 二、',
      code: '一、治理成效\n全年完成黑臭水体整治9条，新建人工湿地3处。\n三、四类水质断面占比由上年的31.2%下降到24.6%，劣五类断面全部消除。\n二、资金使用情况\n治理资金已全部拨付到位。\n',
    },
    {
      why: 'a sentence that opens with 四、五档 after 二、: two tiers of a tariff, not a heading that skips 三、',
      code: '一、基本情况\n全市供水管网覆盖率达到98.6%。\n二、收费标准执行情况\n居民生活用水实行三档阶梯水价。\n四、五档非居民用水价格自7月1日起上调0.35元/立方米，涉及用户1,286户。\n三、资金使用情况\n水费收入已全额缴入国库。\n',
    },
  ],
  invalid: [
    {
      why: '四、 is missing indeed: the row label 三、四级 under 三、 fills nothing',
      code: `一、基本情况\n院区开放床位860张。\n二、绩效目标\n设置指标共18个。\n三、主要指标完成情况\n${targets}\n\n五、存在的问题\n部分指标值设置偏低。\n`,
      errors: [{ message: '标题“五、存在的问题”序号由“三、”跳至“五、”，缺少“四、”', line: 12, column: 1 }],
    },
  ],
});
