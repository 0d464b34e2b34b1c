import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A debt limit or balance stated twice for one scope and one date must be one figure: the limit the province set for
// the year is not two numbers, nor the balance at a year's end. A limit before and after an adjustment, a balance
// forecast and one reached, 本级 and 全市, or two dates are each their own. Snippets written for these tests; none is
// copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the same limit said twice alike',
      code: '2025年，省财政厅核定我市政府债务限额286.40亿元。\n\n四、政府债务情况\n\n2025年省财政厅核定我市政府债务限额286.40亿元，其中一般债务限额112.60亿元、专项债务限额173.80亿元。\n',
    },
    {
      why: 'the limit before and after this year’s adjustment',
      code: '2025年年初，我县政府债务限额62.40亿元。\n\n经省政府批准，2025年调整后我县政府债务限额68.10亿元，增加5.70亿元。\n',
    },
    {
      why: 'two scopes: the whole city and its own level',
      code: '截至2025年末，全市政府债务余额318.62亿元。\n\n截至2025年末，市本级政府债务余额126.40亿元。\n',
    },
    {
      why: 'a balance forecast, then one reached at another date',
      code: '截至2025年9月末，全县政府债务余额46.28亿元。\n\n预计2025年末全县政府债务余额48.16亿元，控制在限额以内。\n',
    },
    {
      why: 'the towns’ part of the county’s balance, named after the county',
      code: '截至2025年末，全县政府债务余额94.20亿元。\n\n全县5镇2乡债务余额13.86亿元，其中青石镇3.12亿元。\n',
    },
    {
      why: 'a town’s balance in a later paragraph, its scope not the county’s though the reader carries it',
      code: '截至2024年底，青岩县政府债务余额87.98亿元，控制在债务限额121.97亿元以内。\n\n截至2024年底，天安镇政府债务余额15.17亿元，控制在省级下达的债务限额16.56亿元以内。\n',
    },
    {
      why: 'the counties’ total after the city’s own level, in one sentence',
      code: '截至2024年末，全市政府债务余额856.34亿元。分地区看，市本级债务余额318.62亿元，各县（市、区）债务余额合计537.72亿元。\n\n2024年末，市本级政府债务余额318.62亿元。\n',
    },
    {
      why: 'the year-end limit, then the limit once next year’s new quota came, in one sentence',
      code: '2024年末，全县专项债务余额58.46亿元，专项债务限额62.30亿元；2025年新增专项债务限额下达后，全县专项债务限额为71.10亿元。\n\n2024年末全县专项债务限额62.30亿元。\n',
    },
  ],
  invalid: [
    {
      why: 'a limit set for the year, said in the opening part and again in the debt part',
      code: '2025年，自治区核定我市政府债务限额388.20亿元，需相应调整预算。\n\n五、政府债务\n\n2025年自治区核定我市政府债务限额386.20亿元，比上年增加29.20亿元，其中一般债务限额146.40亿元、专项债务限额239.80亿元。\n',
      errors: [{ message: '2025年全市政府债务限额在前文为388.20亿元，此处却为386.20亿元', line: 5, column: 19 }],
    },
    {
      why: 'a year-end balance in two sections, 万元 against 亿元',
      code: '一、总体情况\n\n截至2024年末，全县政府债务余额528,600万元，债务风险总体可控。\n\n三、债务管理\n\n截至2024年底，全县政府债务余额52.68亿元，其中一般债务余额21.40亿元、专项债务余额31.28亿元。\n',
      errors: [{ message: '2024年末全县政府债务余额在前文为528,600万元，此处却为52.68亿元', line: 7, column: 18 }],
    },
    {
      why: 'the special debt’s year-end balance, Markdown',
      code: '# 长汀区2025年政府债务情况\n\n截至2025年末，全区专项债务余额84.62亿元。\n\n## 二、专项债务\n\n2025年末，全区专项债务余额86.42亿元，主要用于棚户区改造和产业园区基础设施。\n',
      format: 'markdown',
      errors: [{ message: '2025年末全区专项债务余额在前文为84.62亿元，此处却为86.42亿元', line: 7, column: 16 }],
    },
  ],
});

// A sentence opening with 其中 goes on with the whole the sentence before it stated: its kinds' balances are the scope's
// at that date, though the scope and the date are named only before the full stop. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the 其中 sentence details the city’s own level, not the whole city',
      code: '截至2025年末，市本级政府债务余额40.00亿元，控制在限额以内。其中：一般债务余额17.90亿元，专项债务余额22.10亿元。\n\n三、偿还情况\n\n截至2025年末，全市专项债务余额58.20亿元，对应项目收益能够覆盖还本付息。\n',
    },
    {
      why: 'the 其中 sentence details last year’s end, the later one this year’s',
      code: '截至2024年末，全市政府债务余额90.10亿元。其中：一般债务余额35.10亿元，专项债务余额55.00亿元。\n\n三、偿还情况\n\n截至2025年末，全市专项债务余额58.20亿元，对应项目收益能够覆盖还本付息。\n',
    },
    {
      why: 'the same kind’s balance said alike after a 其中',
      code: '截至2025年末，全州政府债务余额96.40亿元，控制在限额以内。其中：一般债务余额38.20亿元，专项债务余额58.20亿元。\n\n2025年全州偿还政府债务本金6.20亿元。全州专项债务余额58.20亿元，对应项目收益能够覆盖还本付息。\n',
    },
  ],
  invalid: [
    {
      why: 'a kind’s balance in a 其中 sentence, said again sections on with two digits swapped',
      code: '截至2025年末，全州政府债务余额96.40亿元，控制在限额以内。其中：一般债务余额38.20亿元，未超过一般债务限额40.00亿元；专项债务余额58.20亿元，未超过专项债务限额60.00亿元。\n\n四、还本付息情况\n\n2025年全州偿还政府债务本金6.20亿元。全州专项债务余额58.02亿元，对应项目收益能够覆盖还本付息。\n',
      errors: [{ message: '2025年末全州专项债务余额在前文为58.20亿元，此处却为58.02亿元', line: 5, column: 31 }],
    },
    {
      why: '其中， after a year-end total in 万元, the kind restated in 亿元',
      code: '截至2024年底，全县政府债务余额423,600万元，债务风险总体可控。其中，一般债务余额181,400万元、专项债务余额242,200万元。\n\n三、债务管理\n\n2024年末，全县一般债务余额18.41亿元，主要用于农村公路和学校建设。\n',
      errors: [{ message: '2024年末全县一般债务余额在前文为181,400万元，此处却为18.41亿元', line: 5, column: 16 }],
    },
  ],
});
