import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Final accounts report flows spent: a later year's spending stated with its amount (委机关2026年度机关运行经费支出…) in a
// 2025年度 决算 is not spent when they are drawn up. A later year's budget, plan or forecast (预算安排, 预计, 拟), or a later
// date (截至2026年6月) is the next year's and says nothing of it. Snippets written for these tests.
const ACCOUNTS = (line: string) =>
  `丰河区城市管理委员会2025年度部门决算\n\n一、收入支出决算总体情况\n\n2025年度本部门收入总计38,620.40万元，支出总计38,102.60万元。\n\n二、其他重要事项的情况说明\n\n${line}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('委机关2025年度机关运行经费支出612.80万元，比上年减少21.40万元，下降3.4%。') },
    { why: 'next year’s budget', code: ACCOUNTS('委机关2026年度机关运行经费预算安排590.00万元，将继续压减一般性支出。') },
    { why: 'next year’s forecast', code: ACCOUNTS('2026年本部门政府采购支出预计6,200.00万元。') },
    { why: 'a later date, not a flow', code: ACCOUNTS('截至2026年6月，本部门政府采购支出已完成3,120.00万元。') },
  ],
  invalid: [
    {
      why: 'the offices’ running costs, with last year’s change',
      code: ACCOUNTS('委机关2026年度机关运行经费支出612.80万元，比上年减少21.40万元，下降3.4%。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2026年部门决算', line: 9, column: 4 }],
    },
    {
      why: 'the owner, then the year and its procurement total',
      code: ACCOUNTS('本部门2026年度政府采购支出总额6,482.30万元，其中政府采购货物支出1,624.50万元。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2026年部门决算', line: 9, column: 4 }],
    },
    {
      why: 'the year opening the statement, the owner after it',
      code: ACCOUNTS('2026年度本部门“三公”经费财政拨款支出46.82万元。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2026年部门决算', line: 9, column: 1 }],
    },
  ],
});
