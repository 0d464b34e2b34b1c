import type { Figure } from '../figures/types.ts';
import type { FigureRole } from './types.ts';

// What stands right before a figure tells its role in the clause.
const BEFORE_NEW_VALUE = /(?:减少|下降|降低|增加|增长|提高|上升|降)(?:至|到)[\s\u3000]*$/;
const BEFORE_DELTA = /(?:增加|增长|上升|提高|上涨|减少|下降|降低|下滑|压减|节约|节省|增|减)了?(?:额|额为|为)?[\s\u3000]*$/;
const BEFORE_RATE = /(?:增加|增长|上升|提高|上涨|减少|下降|降低|下滑|增|减|降)了?(?:幅度)?(?:为|达)?[\s\u3000]*$|(?:增幅|降幅|减幅|涨幅|增速|增长率|下降率)(?:为|达|是)?[\s\u3000]*$/;
// Tested on the text with its trailing spaces trimmed: `的[\s]*$` after a free run was polynomial.
const BEFORE_RATIO = /为(?:上年|去年|上年度|上年同期|上年执行数|上年决算数|上年预算数|预算数|年初预算数?|年初预算|调整预算数?|全年预算数?|预算)?的$|完成(?:了)?(?:上年|年初预算|全年预算|调整预算|预算)[^，。；]{0,12}的$/;
// 完成年初预算145万元的91.45%: the budget figure inside a completion phrase.
const BEFORE_BUDGET_IN_COMPLETION = /完成(?:了)?(?:全年|年初|调整后?)?预算(?:数)?[\s\u3000]*$/;
const BEFORE_SHARE = /占[^，。；、]{0,20}?(?:的)?(?:比重|比例|比)?(?:为|达)?[\s\u3000]*$/;
const YEAR = '(?:[0-9０-９]{4}[\\s\\u3000]*年度?)?';
const BASE_WORDS = '(?:上年同期|上年度|上年|去年|同期|上年执行数|上年决算数|上年预算数|年初预算数?|预算数|执行数|决算数|调整预算数?)?';
// Tested on trimmed text, like BEFORE_RATIO.
const BEFORE_PRIOR = new RegExp(`(?:比|较|与|同)[\\s\\u3000]*${YEAR}${BASE_WORDS}(?:的)?$`);
// 比上年累计支出285万元, 比上年实际完成433万元: a base, then a few words naming what is compared.
const BEFORE_PRIOR_NAMED = new RegExp(`(?:比|较)[\\s\\u3000]*${YEAR}(?:上年同期|上年度|上年|去年|同期)[^，。；,;！？:：0-9０-９相为是]{1,8}$`);
// 上年为118万元, 上年决算数为118万元: the prior stated on its own.
const PRIOR_STATED = new RegExp(`(?:^|[，,；;。：:\\s])${YEAR}(?:上年|去年|上年度|上年同期)(?:同期)?(?:预算数|执行数|决算数|实际数|数)?(?:为|是|达)[\\s\\u3000]*$`);

/** Reads a figure's role from the few characters before it in its clause. */
export function roleOf(text: string, f: Figure): FigureRole {
  const before = text.slice(Math.max(0, f.start - 24), f.start);
  if (BEFORE_NEW_VALUE.test(before)) return 'new-value';
  if (f.dimension === 'percent') {
    if (BEFORE_RATIO.test(before.trimEnd())) return 'ratio';
    if (BEFORE_SHARE.test(before)) return 'share';
    if (BEFORE_RATE.test(before)) return 'rate';
    return 'amount';
  }
  if (f.dimension === 'points') return BEFORE_DELTA.test(before) ? 'delta' : 'other';
  if (BEFORE_DELTA.test(before)) return 'delta';
  if (BEFORE_PRIOR.test(before.trimEnd()) || BEFORE_PRIOR_NAMED.test(before) || PRIOR_STATED.test(before) || BEFORE_BUDGET_IN_COMPLETION.test(before)) return 'prior';
  return 'amount';
}
