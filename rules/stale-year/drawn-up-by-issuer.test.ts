import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The issuer saying it drew up a document of this kind (街道办事处编制了2025年部门预算，收支总预算…) names this document: its
// year is the title's. Another body drawing a document up (县财政局编制了…), or a clause about the year before, says nothing of
// it. Snippets written for these tests; none is copied from a real disclosure.
const BUDGET = (opening: string) =>
  `临溪区松林街道办事处2026年部门预算公开说明\n第一部分 部门概况\n一、主要职能\n松林街道办事处负责辖区社区治理、城市管理、平安建设和民生服务等工作，指导8个社区居民委员会开展工作。\n第二部分 2026年部门预算情况说明\n一、收支预算总体情况\n${opening}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the issuer drew up the title’s year', code: BUDGET('根据区财政局部署，街道办事处编制了2026年部门预算，收支总预算2,946.80万元，其中一般公共预算拨款收入2,706.80万元，其他收入240.00万元。') },
    {
      why: 'another body drawing up a document',
      code: BUDGET('区财政局于上年年底汇总编制了2025年部门预算，街道收支总预算2,946.80万元，其中一般公共预算拨款收入2,706.80万元。'),
    },
    {
      why: 'a comparison with what the issuer drew up the year before',
      code: BUDGET('上年街道办事处编制了2025年部门预算2,785.40万元，本年收支总预算2,946.80万元，比上年增加161.40万元，增长5.8%。'),
    },
  ],
  invalid: [
    {
      why: 'the issuer’s office name as the subject, after a clause of what it followed',
      code: BUDGET('根据区财政局关于编制部门预算的统一部署，街道办事处编制了2025年部门预算，收支总预算2,946.80万元，其中一般公共预算拨款收入2,706.80万元，其他收入240.00万元。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 7, column: 29 }],
    },
    {
      why: '本部门 as the subject, 编报 as the verb, in a 部门决算',
      code: '沙湾县住房和城乡建设局2025年度部门决算公开说明\n一、部门基本情况\n本部门内设股室7个，下属事业单位3个。\n二、收入支出决算总体情况\n按照县财政局决算编报要求，本部门编报了2024年度部门决算，本年收入合计4,318.62万元，本年支出合计4,206.15万元，年末结转和结余112.47万元。\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 5, column: 20 }],
    },
    {
      why: 'the issuer’s whole name as the subject, 编制完成',
      code: '丰桥县自然资源局2026年部门预算\n一、部门主要职责\n负责全县自然资源调查监测评价、国土空间规划和用途管制等工作。\n二、部门预算收支情况\n2026年初，丰桥县自然资源局编制完成了2025年部门预算，收入预算1,864.20万元，支出预算1,864.20万元，均为一般公共预算拨款。\n',
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 5, column: 21 }],
    },
  ],
});
