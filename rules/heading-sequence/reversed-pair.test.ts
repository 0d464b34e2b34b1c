import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A section whose sub-headings were written in reverse order (（二）总体情况, its text, then （一）分项情况, then the next
// section): the first sub-heading numbered past 1 and the 1 after it do not make a list restarted, unless the list after
// the 1 comes back to the number already used. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'an orphaned （二） and then a whole list restarted at （一）',
      code: '一、评价工作开展情况\n（二）评价方式\n本次评价采取单位自评与第三方复核相结合的方式，复核比例为30%。\n（一）自评情况\n各单位对照年初绩效目标逐项打分，形成自评报告。\n（二）复核情况\n第三方机构抽取9个项目开展现场复核。\n二、评价结果\n9个项目中等级为优的4个。\n',
    },
    {
      why: 'two columns of a table row split over two lines by a PDF',
      code: '一、收入支出决算总体情况\n本年收入合计1,862.40万元，本年支出合计1,804.25万元。\n（二）财政拨款收入\n（一）一般公共服务支出\n二、财政拨款支出决算情况\n本年财政拨款支出1,708.15万元。\n',
    },
  ],
  invalid: [
    {
      why: 'a performance report: the overall result before the per-project one',
      code: '一、评价范围\n本次对市级9个重点项目开展绩效评价，涉及资金42,860万元。\n二、评价结果\n（二）总体评价结果\n9个项目中，评价等级为优的4个、良的3个、中的2个，平均得分85.6分。\n（一）各项目评价结果\n各项目得分及扣分原因详见附表，其中得分最高的为城区供水管网改造项目。\n三、发现的主要问题\n部分项目绩效目标设置不够具体。\n',
      errors: [{ message: '标题“（一）各项目评价结果”序号“（一）”出现在“（二）”之后', line: 6, column: 1 }],
    },
    {
      why: 'a budget note: the sub-sections of 三、 swapped, the list going on to （三）',
      code: '三、一般公共预算支出预算情况\n（二）支出预算按功能科目分类\n一般公共服务支出1,208.60万元，占支出预算的42.3%，主要用于机关日常运转和社区工作经费。\n（一）支出预算总体情况\n2026年一般公共预算支出预算2,857.30万元，比上年增加118.20万元。\n（三）支出预算按经济科目分类\n工资福利支出1,926.40万元，商品和服务支出640.90万元。\n四、其他重要事项说明\n本部门无政府采购预算。\n',
      errors: [{ message: '标题“（一）支出预算总体情况”序号“（一）”出现在“（二）”之后', line: 4, column: 1 }],
    },
    {
      why: 'Markdown, the section ending with the document',
      code: '## 二、存在的问题及整改措施\n\n### （二）整改措施\n\n下一步将完善项目库管理，细化量化绩效指标，并建立预算执行月调度机制。\n\n### （一）存在的问题\n\n个别项目前期论证不充分，预算执行进度偏慢，年末支付率仅为71.4%。\n',
      format: 'markdown',
      errors: [{ message: '标题“（一）存在的问题”序号“（一）”出现在“（二）”之后', line: 7, column: 5 }],
    },
  ],
});
