import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A disclosure of one year's issue of bonds names this issue (本期债券作为…, 本批债券为…) with the title's year; another year
// there was kept from an earlier issue's text. Bonds this issue repays or replaces are of their own years. Snippets written
// for these tests; none is copied from a real disclosure.
const ISSUE = (line: string) => `松江市2026年第二批新增专项债券项目信息披露\n\n松江市财政局\n\n一、项目基本情况\n\n${line}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ISSUE('本期债券作为2026年浙江省政府专项债券（第二批）发行，期限10年。') },
    { why: 'bonds repaid are of their own year', code: ISSUE('本期债券为偿还2021年发行的专项债券本金，期限7年。') },
    { why: 'another issue named, not this one', code: ISSUE('2025年发行的专项债券已全部拨付项目单位。') },
  ],
  invalid: [
    {
      why: '作为 with last year',
      code: ISSUE('本期债券作为2025年浙江省政府专项债券（第二批）发行，期限10年。'),
      errors: [{ message: '标题为2026年第二批新增专项债券项目信息披露，本期债券的发行年度应为2026年，此处却写作2025年', line: 7, column: 7 }],
    },
    {
      why: '本批…为 with the issuer before the year',
      code: ISSUE('本批债券为松江市2025年第二批新增专项债券，由省政府代理发行。'),
      errors: [{ message: '标题为2026年第二批新增专项债券项目信息披露，本期债券的发行年度应为2026年，此处却写作2025年', line: 7, column: 9 }],
    },
    {
      why: '本期专项债券系',
      code: ISSUE('本期专项债券系2025年第二批新增专项债券，募集资金用于园区建设。'),
      errors: [{ message: '标题为2026年第二批新增专项债券项目信息披露，本期债券的发行年度应为2026年，此处却写作2025年', line: 7, column: 8 }],
    },
  ],
});
