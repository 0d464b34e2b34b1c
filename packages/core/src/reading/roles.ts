import type { Figure } from './figures/types.ts';
import type { FigureRole } from './types.ts';
import { ADJUSTED_BASIS, AVERAGE_RATE_WORDS, DELTA_VERBS, DIRECTION_ONLY, NEW_VALUE_SUFFIXES, NEW_VALUE_VERBS, PRIOR_BASES, RATE_NOUN_ALT, RATE_VERB_ALT, VERSUS_BUDGET_VERBS, MONEY_UNIT_WRITTEN, alternation } from '../domain/lexicon.ts';

// The words come from the lexicon; here they are only arranged into what may stand right before a figure.
const S = '[\\s\\u3000]*';
// 多/少 state a change only after a comparison (比上年多12万元); elsewhere they are ordinary words.
const PLAIN_DELTA = alternation(DELTA_VERBS.map(([w]) => w).filter((w) => w !== '多' && w !== '少'));
const CHANGE_VERB = alternation(DELTA_VERBS.map(([w]) => w).filter((w) => w.length > 1 || '增减降'.includes(w)));
// (升 states a move only before the level reached: 升至.)
const BEFORE_NEW_VALUE = new RegExp(`(?:(?:${CHANGE_VERB}|${alternation(NEW_VALUE_VERBS.map(([w]) => w))})(?:${alternation(NEW_VALUE_SUFFIXES)})|(?:调整|变更|变化|调)(?:为|至|到))${S}$`);
// 由上年的118.30亿元调整为124.50亿元, 从2,140.80万元增至…: the value it was changed from.
// Tested on trimmed text, like BEFORE_DELTA and BEFORE_PRIOR: a trailing `\s*$` after an optional run
// that may end in spaces was quadratic on a long run of spaces.
// 由年初预算的62.85亿元调整为…: the stage the figure was at (年初预算, 原预算, 调整前) may be named.
const BEFORE_FROM = /(?:由|从)[\s\u3000]*(?:[0-9０-９]{4}[\s\u3000]*年度?|上年|年初|原)?(?:预算数?|安排数?|调整前)?(?:的)?$/;
// 增加的315万元中: the amount of a change named before its parts.
// 少支出4.05万元, 多收265万元: 多/少 with what was spent or collected is a change even with its 比 left in the sentence before.
// 比年初预算结余15.82万元: 结余/超支 after a comparison state the gap (alone, 结余540万元 is a level); the budget's own
// figure may stand between (比年初预算9,752万元短收310万元), its thousands comma no clause mark.
const VERSUS = alternation(VERSUS_BUDGET_VERBS.map(([w]) => w));
const BEFORE_DELTA = new RegExp(`(?:(?:${PLAIN_DELTA})了?(?:额|额为|为|的)?|(?:比|较)(?:[^，。；,;]|,(?=[0-9]{3})){0,24}?(?:多|少|${VERSUS})了?(?:支出|收入|安排|拨付|下达|收|支)?|(?:^|[^至最不])(?:多|少)(?:支出|收入|支付|收|支)了?)$`);
// 年均增长6.2%, 年平均增速为5.0%: an average over several years, no change between two figures.
const BEFORE_AVERAGE_RATE = new RegExp(`(?:${alternation(AVERAGE_RATE_WORDS)})(?:${RATE_VERB_ALT}|${RATE_NOUN_ALT}|递增|递减)?了?(?:率)?(?:为|达)?${S}$`);
// 同口径增长6.8%, 剔除留抵退税因素后，增长7.4%: a rate on an adjusted basis, no change between the figures stated.
const BEFORE_ADJUSTED_RATE = new RegExp(`(?:${ADJUSTED_BASIS})[，,]?(?:同比|比上年|较上年)?(?:${RATE_VERB_ALT}|${RATE_NOUN_ALT})了?(?:幅度)?(?:为|达)?${S}$`);
const BEFORE_RATE = new RegExp(`(?:${RATE_VERB_ALT})了?(?:幅度)?(?:为|达)?${S}$|(?:${RATE_NOUN_ALT})(?:为|达|是)?${S}$`);
const RATIO_BASE = alternation(['上年', '去年', '上年度', '上年同期', '上年执行数', '上年决算数', '上年预算数', '上年预算', '上年决算', '上年执行', '预算数', '年初预算数', '年初预算', '调整预算数', '调整预算', '全年预算数', '全年预算', '年度预算数', '年度预算', '预算']);
// 为上年的, 相当于上年的, 是预算数的, 完成年初预算的; also 决算数为预算数的.
// 为上年决算数1,402.30万元的93.8%: the base's figure may stand inside the phrase.
const BEFORE_RATIO = new RegExp(`(?:为|是|相当于)(?:${RATIO_BASE})?的${S}$|(?:为|是|相当于)${S}(?:[0-9０-９]{4}年度?)?(?:${RATIO_BASE})${S}[-−]?[0-9０-９][0-9０-９.,，]*${S}${MONEY_UNIT_WRITTEN}的${S}$|完成(?:了)?(?:${RATIO_BASE})[^，。；]{0,12}的${S}$|完成(?:了)?(?:${RATIO_BASE})${S}$`);
// 为债券本息88,800万元的1.12倍: a multiple of any amount the phrase names with its figure. Only a multiple: a percent of
// a named amount may be a share (为支出总额的21.3%), which shares.ts reads.
// (Read from the phrase's last 为 or 相当于, anchored at both ends: unanchored, the pattern was polynomial to recheck.)
const MULTIPLE_OF_NAMED = new RegExp(`^(?:为|相当于)${S}[^，。；,;：:、0-9０-９\\s\\u3000]{1,16}?${S}[0-9０-９][0-9０-９.,，]*${S}${MONEY_UNIT_WRITTEN}的${S}$`);
const multipleOfNamed = (s: string) => {
  const k = Math.max(s.lastIndexOf('为'), s.lastIndexOf('相当于'));
  return k >= 0 && MULTIPLE_OF_NAMED.test(s.slice(k));
};
// …the amount inside it: the base of the multiple, named by the words before it.
const BEFORE_NAMED_BASE = /(?:为|相当于)[\s\u3000]*[^，。；,;：:、0-9０-９]{1,16}$/;
const MULTIPLE_RIGHT_AFTER = /^[\s\u3000]*的[\s\u3000]*[0-9０-９][0-9０-９.．]*[\s\u3000]*倍/;
// 完成年初预算145万元的91.45%: the budget figure inside a completion phrase.
const BEFORE_BUDGET_IN_COMPLETION = /完成(?:了)?(?:全年|年初|年度|调整后?)?预算(?:数)?[\s\u3000]*$/;
// 决算数为年初预算数1,260.0万元的91.0%: the base of a ratio, named with its measure.
const BEFORE_RATIO_BASE = new RegExp(`(?:为|是|相当于)[\\s\\u3000]*(?:[0-9０-９]{4}[\\s\\u3000]*年度?)?(?:${RATIO_BASE})[\\s\\u3000]*$`);
// 占…的比重为 / 占比: what follows 占 when a share's figure comes next, tested by beforeShare from each 占
// near the end (one unanchored pattern retried its free run from every 占: polynomial). 占比 is a case of it.
const SHARE_TAIL = /^[^，。；、]{0,32}?(?:的)?(?:比重|比例|比)?(?:为|达)?$/;
/** `t` (trimmed) ends with 占 and a share's words: 占本年支出的比重为, 占比. */
function beforeShare(t: string): boolean {
  // 占, at most 32 free characters, 的比重为: 37 characters at most.
  for (let i = t.lastIndexOf('占'); i >= 0 && i >= t.length - 37; i = i > 0 ? t.lastIndexOf('占', i - 1) : -1) {
    if (SHARE_TAIL.test(t.slice(i + 1))) return true;
  }
  return false;
}
const BEFORE_SHARE_BASE = /占[^，。；、0-9０-９]{1,24}$/;
// 在基金支出中的比重为, 在全部收入中比例为: a share said with 在…中 and no 占.
const BEFORE_IN_SHARE = /在[^，。；、0-9０-９]{1,20}中的?(?:比重|比例|份额)(?:为|达到?|是)?$/;
// 较2024年末的88人: a year's end (末, 底) or start is the date of the base as the year alone is.
const YEAR = '(?:[0-9０-９]{4}[\\s\\u3000]*年(?:度|末|底|初)?)?';
const BASE_WORDS = `(?:${alternation(PRIOR_BASES)})?`;
// Tested on trimmed text, like BEFORE_FROM.
// 比2024年预算51,902.30万元增加…: a year's 预算 (or 预算执行数) named after 比 is the base too.
const BEFORE_PRIOR = new RegExp(`(?:比|较|与|同)[\\s\\u3000]*(?:${YEAR}${BASE_WORDS}|[0-9０-９]{4}[\\s\\u3000]*年度?(?:预算执行数|预算))(?:的)?$`);
// 比9月份的11,060万元, 较上月的…: a month or period before, compared with as last year is.
const BEFORE_PRIOR_PERIOD = /(?:比|较|与|同)[\s\u3000]*(?:[0-9０-９]{1,2}[\s\u3000]*月份?|上月|上季度|上期)(?:的)?$/;
// 比上年累计支出285万元, 比上年提前下达数1.62亿元: a base, then a few words naming what is compared (较年初（214.80万元）: a
// stock's base at the year's start).
const BEFORE_PRIOR_NAMED = new RegExp(`(?:比|较)[\\s\\u3000]*${YEAR}(?:上年同期|上年度|上年|去年|同期|年初)[^，。；,;！？:：0-9０-９相为是]{1,8}$`);
// 上年为118万元, 上年决算数为118万元, 2025年预算执行数为P万元 in a budget for 2026: the prior stated on its own.
// 上年决算为118万元: the measure with or without 数. （上年为118万元）: in brackets as well.
const PRIOR_STATED = new RegExp(`(?:^|[，,；;。：:（(\\s])${YEAR}(?:上年|去年|上年度|上年同期)(?:同期)?(?:预算数?|执行数?|决算数?|实际数|数)?(?:为|是|达)[\\s\\u3000]*$`);
// 公务接待费3.20万元，上年3.60万元，比上年减少0.40万元 | （上年3.60万元）: after a comma or in brackets, the verb may go unsaid.
const PRIOR_STATED_BARE = /[，,（(][\s\u3000]*(?:上年|去年|上年度|上年同期)(?:预算数?|执行数?|决算数?|实际数|数)?[\s\u3000]*$/;

// 较可行性研究批复的55,800万元增加2,800万元: a figure named after 比/较 and 的, with the change right after it, is what
// the change is from, whatever the base is called (上年 and the budgets are read by BEFORE_PRIOR).
const COMPARED_WITH_NAMED = /(?:比|较)[^，。；,;：:0-9０-９]{1,16}的$/;
// 比2024年度“三公”经费财政拨款决算数92.35万元减少5.93万元: a year, then the thing's full name and its measure, then the
// figure and the change: the figure is the year's level the change is from, however long the name (a year in it rules out
// BEFORE_PRIOR's bare measure words and COMPARED_WITH_NAMED's 的).
const COMPARED_YEAR_MEASURE = /(?:比|较)[\s\u3000]*[0-9０-９]{4}[\s\u3000]*年度?[^，。；,;：:0-9０-９]{1,24}?(?:决算|预算|执行)数?[\s\u3000]*$/;
const CHANGE_RIGHT_AFTER = new RegExp(`^[\\s\\u3000]*(?:${CHANGE_VERB})`);
// 与2024年预算总计14,197.51万元相比，增加…: the figure a 与…相比 clause holds is what the change is from.
const COMPARED_OPEN = new RegExp(`(?:与|和|同)[\\s\\u3000]*${YEAR}[^，。；,;：:0-9０-９]{0,20}$`);
// 与上年（26.90万元）相比: the figure may stand in brackets inside the clause.
const COMPARED_CLOSE = /^[\s\u3000]*(?:[）)][\s\u3000]*)?(?:相比|相较|比较)/;
// 比2025年预算（2.80万元）增加0.40万元, 较上年（3.60万元）减少: the base's figure in brackets right after its name, the
// change word right after the bracket closes. (Tested on trimmed text; the bracket is the last character.)
const BEFORE_BRACKETED_PRIOR = new RegExp(`(?:比|较)[\\s\\u3000]*(?:${YEAR}${BASE_WORDS}|[0-9０-９]{4}[\\s\\u3000]*年度?(?:预算执行数|预算数?|决算数?|执行数))[\\s\\u3000]*[（(]$`);
const CHANGE_AFTER_BRACKET = new RegExp(`^[\\s\\u3000]*[）)][\\s\\u3000]*(?:${CHANGE_VERB})`);
// 较2025年预算（11.80万元）有所压减: after the bracket the direction may be said in words only, a degree word first.
const BRACKET_CLOSE = /^[\s\u3000]*[）)]/;
const changeAfterBracket = (t: string) => {
  if (CHANGE_AFTER_BRACKET.test(t)) return true;
  const c = BRACKET_CLOSE.exec(t);
  return !!c && DIRECTION_ONLY.test(t.slice(c[0].length));
};

// 在上年52,680万元的基础上实现增收: the base a level is said to have grown (or fallen) from, named as 在…的基础上.
const BEFORE_ON_BASE = new RegExp(`在[\\s\\u3000]*${YEAR}(?:上年同期|上年度|上年|去年)(?:决算数?|执行数?|实际数?)?的?$`);
const ON_BASE_RIGHT_AFTER = /^[\s\u3000]*的?[\s\u3000]*基础上/;

// 由上年的126.8%下降至…, 从72.6%升至…: a rate a move starts from, the verb taking it to the level reached right after it
// (without that verb, 由 before a rate opens other things: 由上年的88.5%提高4.2个百分点 is read by its points).
const MOVE_RIGHT_AFTER = new RegExp(`^${S}(?:(?:${CHANGE_VERB}|${alternation(NEW_VALUE_VERBS.map(([w]) => w))})(?:${alternation(NEW_VALUE_SUFFIXES)})|(?:调整|调)(?:为|至|到))`);

/** Reads a figure's role from the words before it in its clause. */
export function roleOf(text: string, f: Figure): FigureRole {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const trimmed = before.trimEnd();
  if (BEFORE_NEW_VALUE.test(before)) return 'new-value';
  if (f.dimension === 'percent') {
    if (BEFORE_RATIO.test(trimmed)) return 'ratio';
    if (beforeShare(trimmed) || BEFORE_IN_SHARE.test(trimmed)) return 'share';
    if (BEFORE_AVERAGE_RATE.test(before) || BEFORE_ADJUSTED_RATE.test(before)) return 'other';
    if (BEFORE_RATE.test(before)) return 'rate';
    if (BEFORE_FROM.test(trimmed) && MOVE_RIGHT_AFTER.test(text.slice(f.end, f.end + 8))) return 'prior';
    return 'amount';
  }
  if (f.dimension === 'points') return BEFORE_DELTA.test(trimmed) ? 'delta' : 'other';
  if (f.dimension === 'multiple') return BEFORE_RATIO.test(trimmed) || multipleOfNamed(trimmed) ? 'ratio' : 'other';
  if (BEFORE_DELTA.test(trimmed)) return 'delta';
  if (BEFORE_FROM.test(trimmed)) return 'prior';
  // 占年初预算10065万元的43.2%: the base of a share, stated inside its phrase.
  if (BEFORE_SHARE_BASE.test(before) && /^[\s\u3000]*的/.test(text.slice(f.end, f.end + 3))) return 'prior';
  if (f.dimension === 'money' && BEFORE_NAMED_BASE.test(trimmed) && MULTIPLE_RIGHT_AFTER.test(text.slice(f.end, f.end + 16))) return 'prior';
  if ((COMPARED_WITH_NAMED.test(trimmed) || COMPARED_YEAR_MEASURE.test(trimmed)) && CHANGE_RIGHT_AFTER.test(text.slice(f.end, f.end + 6))) return 'prior';
  if (COMPARED_OPEN.test(trimmed) && COMPARED_CLOSE.test(text.slice(f.end, f.end + 4))) return 'prior';
  if (BEFORE_ON_BASE.test(trimmed) && ON_BASE_RIGHT_AFTER.test(text.slice(f.end, f.end + 6))) return 'prior';
  if (BEFORE_BRACKETED_PRIOR.test(trimmed) && changeAfterBracket(text.slice(f.end, f.end + 10))) return 'prior';
  if (BEFORE_PRIOR.test(trimmed) || BEFORE_PRIOR_PERIOD.test(trimmed) || BEFORE_PRIOR_NAMED.test(before) || PRIOR_STATED.test(before) || PRIOR_STATED_BARE.test(before) || BEFORE_BUDGET_IN_COMPLETION.test(before) || BEFORE_RATIO_BASE.test(before)) return 'prior';
  return 'amount';
}
