import { bareFigure, inUnitOf } from './code-table-rows.ts';
import { extractTableShares } from './table-shares.ts';
import type { Block } from '../document/types.ts';
import { add, div, meets, point, scale } from '../interval.ts';
import { baseValue, intervalOf } from '../reading/figures/interval-of.ts';
import type { ExtractContext } from '../reading/context.ts';
import { cleanLabel, labelBefore, stripTail } from '../reading/labels.ts';
import { normalSubject, sameSubject, subjectCore } from '../reading/names.ts';
import type { ChangeClaim, Claim, DocFigure, ShareClaim, SumClaim } from './types.ts';
import { GIVEN_KIND_END, ISSUER_SELF, JURISDICTION_NAME, SELF_REFERENCE, jurisdictionScope } from '../domain/tables.ts';
import { BUDGET_BOOK, BUDGET_BOOK_SOURCE, FUNDING_STAGE_VERBS, MEASURE_ONLY, NON_ADDITIVE, PURPOSE_VERBS, shortFundName, withoutSangongFunding } from '../domain/lexicon.ts';
import { outlineMarker, readMarker } from '../document/markers.ts';
import { firstFrom, lastStartingBy } from './first-from.ts';
import { ENUMERATION_LEXICON } from '../domain/enumeration.ts';
import { ownYear } from '../reading/dates.ts';
import { AMOUNT_INVOLVED, EVALUATED, EVALUATION_DONE, measureKind, otherMeasure } from '../domain/share-words.ts';

// "，占34.30%", "，占本年支出合计的100.00%", "，占比12.5%", "，占支出总额的比重为12.5%".
// Tested on the text between with its spaces and one leading comma taken off (withoutLeadingComma):
// `^\s*[，,]?\s*` and `\s*$` in the pattern were quadratic on a long run of spaces.
// 所占比例为27.8% / 所占比重: the share of the base named before, with 所.
// 所占份额为21.6%: 份额 is the share's word as 比重 is. 占到全部支出的13.6%, 占到了…: 到 only says the share reaches it
// (not in 占到位资金的, 占到期债务的: there 到 opens the base's name).
const BETWEEN = /^所?占(?:到(?![位期账])了?|了)?([^，。；;、：:]{0,20}?)(?:的)?(?:比重|比例|份额|比)?(?:为|达到?|是)?$/;
// 在基本支出中占89.6%, 在该类支出中所占比重为62.8%, 在本年收入中所占份额为5.8%: the base named before 占, inside 在…中.
// 在一般公共预算支出中的比重升至21.6%: the share the part has come to is its share now (what it rose from is another year's).
const IN_BETWEEN = /^在([^，。；;、：:]{1,20}?)中的?所?(?:占比|占(?:的?比重|的?比例|的?份额)?|比重|比例|份额)(?:为|达到?|是|(?:上升|提高|提升|增加|下降|降低|回落)(?:至|到)|升至|降至|升为|降为)?$/;
// …比重升至21.6% (no 占, so the figure was read as a bare percentage): a share's level after its word and the verb it came to.
const SHARE_LEVEL = /(?:比重|占比|比例|份额)(?:已|进一步|继续)?(?:(?:上升|提高|提升|增加|下降|降低|回落)(?:至|到)|升至|降至|升为|降为)[\s\u3000]*$/;
// 农林水支出942.80万元，比重为30.1%: 比重 alone in the clause after the amount, no 占 (其比重为, 比重达): the amount's share, of a
// base left unsaid as after a bare 占. (比例 is left out: 配套比例为30% is a rate set, no share held.)
const BARE_SHARE = /[，,、][\s\u3000]*其?比重(?:为|达到?|是)?[\s\u3000]*$/;
const BARE_SHARE_WORDS = /^其?比重()(?:为|达到?|是)?$/;
/** A share, or a bare percentage stated as the level a share has come to (比重升至21.6%) or as a share (，比重为30.1%). */
// (下降至, 减少到 may have been read as a change's rate or level: the share's word before the verb says what came to it.)
const shareAt = (text: string, f: DocFigure) =>
  isShare(f) || (f.dimension === 'percent' && !f.approximate && (SHARE_LEVEL.test(text.slice(Math.max(0, f.start - 12), f.start)) || (f.role === 'amount' && BARE_SHARE.test(text.slice(Math.max(0, f.start - 8), f.start)))));
/** The words between a part and its share, with the base's name as group 1: 占…的比重为 or 在…中占 ("" for a bare 比重为). */
const shareWords = (s: string) => BETWEEN.exec(s) ?? IN_BETWEEN.exec(s) ?? BARE_SHARE_WORDS.exec(s);
/** `s` trimmed, without one comma at its start: "，占" → "占"; "9,600万元、占35.6%": 、 sets the share off as a comma does. */
const withoutLeadingComma = (s: string) => {
  const t = s.trim();
  return /^[，,、]/.test(t) ? t.slice(1).trim() : t;
};
// A list of what an amount is spent on, each item with its share: the amount is their total.
// 主要投向六个领域：, 重点投向以下方面：, 主要集中在三个行业：: where the amount goes, said with another verb and what the items
// are (a count of them or 以下), opens the same list.
const PURPOSE = new RegExp(
  `主要用于(?:以下|如下)?(?:几个)?(?:方面|领域|项目|内容)?[：:]|用于(?:以下|如下)(?:几个)?(?:方面|领域|项目|内容)?[：:]` +
    `|(?:主要|重点)?(?:${PURPOSE_VERBS})(?:以下|如下|[两二三四五六七八九十]个)(?:方面|领域|项目|行业|方向|类)[：:]`,
  'g',
);
/**
 * How far back a total named after 占 may stand (blocks of text; a table counts as one): a department's disclosure
 * states its totals in its first sections, and its later ones (三公, 机关运行经费, 政府采购, 政府购买服务) take shares of them.
 */
const NAMED_WINDOW = 30;

// 收入总计, 国有资本经营预算收入总计: a measure's 总计 holds what was carried over and moved in beside the year's own
// 收入 or 支出 (上年结转, 调入资金, 上级补助): another whole than the year's, however the measure is named before it.
const GRAND_TOTAL = /(?:收入|支出)总计$/;
// 占支出预算总额的, 占收入的: a base named by its kind alone, when no amount is stated under that name, is the whole the
// listed parts make (listedParts), as a base left unsaid is.
const KIND_ONLY = /^(?:(?:支出|收入)(?:预算|决算)?|(?:预算|决算)(?:支出|收入)?)$/;

/**
 * A total's name as written after 占 or before its figure, without 的 and the words that only say "total". A
 * 收入总计 or 支出总计 keeps its word: it holds the carry-over beside the year's 收入 or 支出 (grandTotalName).
 */
export function normalName(s: string): string {
  const n = s.replace(/[\s\u3000]/g, '').replace(/的$/, '');
  if (GRAND_TOTAL.test(n)) return n;
  // 债务限额, 债务余额 with no kind before them: the government's, all kinds (政府债务限额).
  // 占已就业人数的 names the count stated as 已就业3,312人: a counted noun's 人数 (户数, 家数) is how a count is named.
  return n
    .replace(/(?:合计|总计|总额|共计|总数|总量)$/, '')
    .replace(/(?<=.{2})(?:人数|户数|家数)$/, '')
    // 占专项债券已支出金额的 names the money spent, stated as 专项债券资金支出…: the spending of a fund is its 支出, however
    // the amount (金额, 资金) and the tense (已) are said.
    .replace(/(?<=.{2})(?:资金)?已?支出(?:金额|额|资金)?$/, '支出')
    .replace(/^(?:全部|全体)$/, '')
    .replace(/^(?:地方)?(?=债务(?:余额|限额)$)/, '政府')
    // 地方政府债务余额: a county's 地方政府债务 is its government's debt, all kinds, as 债务余额 alone is.
    .replace(/^地方(?=政府债务(?:余额|限额)$)/, '');
}

/**
 * A label as a total's name: "2024年度一般公共预算财政拨款支出决算" names
 * 一般公共预算财政拨款支出 (the year and the measure are not part of the name).
 */
function statedName(label: string): string {
  const head = label
      .replace(/[\s\u3000]/g, '')
      // 支出总计…，包括本年支出…和年末结转和结余…: 包括 opens the list the name stands in; it is no part of the name.
      .replace(/^(?:主要)?(?:包括|包含|含)/, '')
      // 2024年末全县政府债务限额: a year end as well.
      .replace(/^(?:[0-9０-９]{4}年(?:度|末|底)?|本年度?|当年|年末|年底)/, '')
      // 全县一般公共预算收入累计完成, 区级…收入安排: the scope and the verb are not part of the name.
      .replace(SCOPE, '')
      // 本部门2025年支出预算: the year may follow the scope; 全部支出 is 支出.
      .replace(/^(?:[0-9０-９]{4}年度?|全部)/, '')
      // 上期结余…，加本期收入…，减本期支出298,516.40元: the step of a roll (加, 减去, 扣除) is not part of the name.
      // (加 and 减 alone only before a period's word: 加强, 减免 open names.)
      .replace(/^(?:再?加上|减去|扣除|加(?=本期|本年|本月|当期|当年|上期|上年)|减(?=本期|本年|本月|当期|当年))/, '')
      // 公安（款）支出, 行政运行（项）: a 科目 named with its level in brackets, as a 决算's text walks its 类, 款 and 项; a share
      // names it without the marker (占公安支出的).
      .replace(/[（(](?:类|款|项)[）)]/g, '')
      // 公共安全支出中公安支出: the 类 the 款 stands in frames it; the name is the 款's.
      .replace(/^[\u4e00-\u9fff]{2,16}?支出中(?=[\u4e00-\u9fff]{2,16}支出$)/, '');
  return normalName(stripTail(head, MEASURE_TAIL, false));
}

// What a total's name may end with that is not its name: the measure and the verb. Taken off by
// a loop (stripTail): `(?:决算数?|…|达)+$` retried the run from each of its characters.
// (一般公共预算收入预计27.60亿元: a draft's expected outturn is stated with 预计.)
const MEASURE_TAIL = ['决算数', '预算数', '执行数', '决算', '预算', '累计', '完成', '安排', '实现', '入库', '预计', '为', '是', '达'];

// (A 旗, 州 or 盟 is a county's or a city's level in the regions that have them: 全旗, 州本级, 本盟.)
// 区级部门“三公”经费, 市级部门预算: a level's departments taken together are that level's whole, as 本部门 is one department's.
const SCOPE = /^(?:(?:我|全|本)(?:省|区|市|县|镇|乡|旗|州|盟)|(?:省|区|市|县|镇|乡|旗|州|盟)?本级|(?:省|区|市|县|镇|乡|旗|州|盟)级(?:部门)?|本部门|本单位)/;

const compatible = (a: DocFigure, b: DocFigure) => a.dimension === b.dimension && (a.dimension === 'money' || a.unit === b.unit);
// Money, counts, and quantities of one physical unit (房屋面积 in 万平方米, 土地 in 亩): a share of any of them.
const PHYSICAL_UNIT = /平方米|亩|公顷|公里|千米|立方米|吨/;
const usable = (f: DocFigure) => !f.approximate && (f.dimension === 'money' || f.dimension === 'count' || (f.dimension === 'other' && PHYSICAL_UNIT.test(f.unit)));
const isPart = (f: DocFigure) => usable(f) && (f.role === 'amount' || f.role === 'new-value');
const isShare = (f: DocFigure) => f.dimension === 'percent' && f.role === 'share' && !f.approximate;

interface Pair {
  part: DocFigure;
  share: DocFigure;
  /** The name after 占, normalised; "" when none. */
  name: string;
  /** The name as written, for messages. */
  written: string;
  /** 占补助收入38.65亿元的14.6%: the total stated inside the share phrase. */
  inline?: DocFigure;
  /** 农林水支出调增6,420万元，占本次调增支出的41.5%: the part is an increase, the base the whole increase. */
  adjusted?: boolean;
  /** 拨付1,090万元中的620万元，占…的56.9%: the amount the part is said to be taken from, in the part's own words. */
  within?: DocFigure;
}

// "，占补助收入38.65亿元的" / "的比重为": the text around a total stated inside the share phrase.
// AFTER_INLINE is tested on trimmed text: `\s*` at both ends was quadratic on a long run of spaces.
const AFTER_INLINE = /^的[\s\u3000]*(?:比重|比例)?(?:为|达到?|是)?$/;
/**
 * The name in "，占补助收入" before an inline total, without spaces, as /^\s*[，,]?\s*占([^，。；;、：:]{1,24}?)\s*$/
 * read it: at most 24 characters up to the last one that is not a space, no stop among them. Read
 * without the pattern, which was quadratic on a run of spaces.
 */
function inlineTotalName(s: string): string | undefined {
  const u = afterLeadingComma(s);
  if (!u.startsWith('占')) return undefined;
  const rest = u.slice(1);
  const core = rest.trimEnd();
  if (rest.length < 1 || core.length > 24 || /[，。；;、：:]/.test(core)) return undefined;
  return core.replace(/[\s\u3000]/g, '');
}
/** `s` without its leading spaces and one comma among them: "  ，占" → "占". */
const afterLeadingComma = (s: string) => {
  const t = s.trimStart();
  return /^[，,]/.test(t) ? t.slice(1).trimStart() : t;
};
// 占该类支出的, 占其的: the total is the one the sentence opened with ("X万元中，…").
const ANAPHORA = /^(?:该|其)(?:类|款|项|科目)?(?:支出|收入|资金)?$|^(?:该|本)(?:类|款|项|科目)/;
/**
 * Whether `s` is what /^\s*([^，。；;：:]{2,30}?)\s*$/ accepts, the total's label before its figure: the
 * trimmed text has no stop and is 30 characters at most (the run may take spaces to reach 2). Read
 * without the pattern, which was polynomial on a run of spaces.
 */
const opensWithTotal = (s: string) => {
  const core = s.trim();
  return s.length >= 2 && core.length <= 30 && !/[，。；;：:]/.test(core);
};

// The clause of a growth rate right after an amount: "，增长", "，同比下降", "，比上年增加".
const RATE_CLAUSE = /^(?:同比|比上年|较上年|比上年同期|较上年同期)?(?:增长|下降|增加|减少|提高|降低|上升|增|降)了?$/;

// "，同比减收", "，比上年增加": the clause of a change's amount right after an amount (国有土地使用权出让收入56,420万元，同比减收7,120
// 万元，下降11.2%，占…): it and its rate belong to the amount, and so does the share after them.
const DELTA_CLAUSE = /^(?:同比|比上年|较上年|比上年同期|较上年同期)?(?:增收|减收|增支|减支|增加|减少|下降|增长)了?$/;

// "，完成预算的" / "，为年初预算的": a completion ratio's clause right after an amount.
const COMPLETION_CLAUSE = /^(?:完成|为|是)(?:了)?(?:年初|全年|年度|调整后?)?(?:预算|计划)(?:数)?的$/;

/** The part a share is of: the figure right before it, with only "，占…" between (or a growth rate in a clause of its own). */
function pairOf(ctx: ExtractContext, block: Block, i: number): Pair | undefined {
  const figs = ctx.figuresByBlock[block.index];
  const share = figs[i];
  let part = figs[i - 1];
  if (!shareAt(block.text, share)) return undefined;
  // 利润收入占收入总额的比重为63.8% opening its paragraph: the part is named, its amount stated before.
  if (!part) return namedPart(ctx, block, share);
  const inner = figs[i - 2];
  if (inner && isPart(inner) && usable(part) && (isPart(part) || part.role === 'prior') && compatible(inner, part)) {
    const written = inlineTotalName(block.text.slice(inner.end, part.start));
    if (written !== undefined && AFTER_INLINE.test(block.text.slice(part.end, share.start).trim())) {
      return { part: inner, share, name: statedName(written), written, inline: part };
    }
  }
  // 社会保障和就业支出9.84亿元，增长6.2%，占一般公共预算支出的14.9%: a growth rate in its own
  // clause between the part and its share belongs to the part; the share is still the part's.
  const from = part.end;
  // 利润收入30,142万元，完成预算的105.4%，比上年增长9.9%，占…的78.6%: so do a completion ratio and a rate, each in a
  // clause of its own (a few at most), and the amount of the change the rate is of (同比减收7,120万元，下降11.2%).
  for (let k = i - 1, steps = 0; k >= 1 && steps < 3; k--, steps++) {
    const x = figs[k];
    const prev = figs[k - 1];
    if (x.approximate) break;
    const clause = withoutLeadingComma(block.text.slice(prev.end, x.start));
    // (Only with its rate after it: 比上年增加600万元，占增量的… right before the share is the change's own share.)
    const amountOfChange = k < i - 1 && x.role === 'delta' && usable(x) && DELTA_CLAUSE.test(clause);
    if (x.dimension !== 'percent' && !amountOfChange) break;
    if (!amountOfChange && !(x.role === 'rate' && RATE_CLAUSE.test(clause)) && !(x.role === 'ratio' && COMPLETION_CLAUSE.test(clause))) break;
    if (isPart(prev)) {
      if (!amountOfChange || compatible(prev, x)) part = prev;
      break;
    }
  }
  if (part.role === 'delta' && usable(part) && part.dimension === 'money') {
    const d = shareWords(withoutLeadingComma(block.text.slice(part.end, share.start)));
    const written = d?.[1].replace(/[\s\u3000]/g, '').replace(/的$/, '');
    if (d && written && ADJUSTED_WHOLE.test(written)) return { part, share, name: statedName(d[1]), written, adjusted: true };
  }
  if (!isPart(part)) return namedPart(ctx, block, share);
  const m = shareWords(withoutLeadingComma(block.text.slice(from, share.start)));
  if (!m) return namedPart(ctx, block, share);
  const pair: Pair = { part, share, name: statedName(m[1]), written: m[1].replace(/[\s\u3000]/g, '').replace(/的$/, '') };
  const whole = figs[figs.indexOf(part) - 1];
  if (whole && usable(whole) && compatible(whole, part) && isPart(whole) && TAKEN_FROM.test(block.text.slice(whole.end, part.start).replace(/[\s\u3000]/g, ''))) pair.within = whole;
  return pair;
}

// 集中拨付1,090万元中的620万元, 项目资金5,200万元之中的3,100万元: the part named as some of an amount stated right before it.
const TAKEN_FROM = /^之?中的?$/;

// "一般债务余额占32.8%", "中央补助占全部资金的37.5%": a clause that names its part before 占, with no
// figure. The name is read up to the clause's last 占 (no pattern: a name of CJK characters before 所?占
// would be ambiguous), what follows with BETWEEN.
const PART_NAME = /^[\u4e00-\u9fff“”（）()]{2,16}$/;
// What a part's name may carry that its label does not (一般债务余额 / 其中一般债务58.11亿元).
const NAME_TAIL = ['余额', '支出', '收入', '资金', '金额'];
// 非税收入完成15,578万元 … 非税收入占…: the verb that states the amount is no part of its name (a measure, 决算 or 预算, is).
const STATING_VERBS = ['完成', '实现', '累计', '入库', '为', '是', '达'];
// 2024年末全县政府债务余额 … 政府债务余额占…: the time and the whole area the amount opens with are no part of its name
// (本级 is: 县本级政府债务余额 is another amount).
const NAME_OPENING = /^(?:[0-9０-９]{4}年(?:末|底|度|初)?|年末|年底|末|底)?(?:全(?:省|市|县|区|镇|乡|州|旗))?/;
const bareName = (s: string) => stripTail(stripTail(cleanLabel(s).replace(/[\s\u3000“”"]/g, '').replace(NAME_OPENING, ''), STATING_VERBS, false), NAME_TAIL, false);

/**
 * 基本支出全年预算A，执行B: an amount whose next one, right after it, is labelled by a measure alone (执行, 决算数)
 * names its item at two measures; a share naming the item only does not say which of them it is of.
 */
function atTwoMeasures(ctx: ExtractContext, part: DocFigure): boolean {
  const own = ctx.doc.blocks[part.block];
  const figs = ctx.figuresByBlock[own.index];
  const next = figs[figs.indexOf(part) + 1];
  return !!next && isPart(next) && compatible(next, part) && MEASURE_ONLY.test(labelBefore(own.text, next.start, part.end));
}

/** How many paragraphs before a share naming its part may state the part. */
const NAMED_PART_BACK = 6;

/**
 * 其中一般债务58.11亿元、专项债务121.14亿元。…一般债务余额占32.8%: the part named again in the share's
 * own clause, its amount stated earlier in the paragraph or the one before (or, none there, a few paragraphs up in a
 * sentence of the share's year). Only a name that picks out exactly one amount there is read.
 */
function namedPart(ctx: ExtractContext, block: Block, share: DocFigure): Pair | undefined {
  const text = block.text;
  let start = share.start;
  while (start > 0 && !'，,；;。！？!?：:\n'.includes(text[start - 1]) && share.start - start <= 40) start--;
  const clause = text.slice(start, share.start).replace(/[\s\u3000]/g, '');
  let at = clause.lastIndexOf('占');
  if (at < 2) return undefined;
  if (clause[at - 1] === '所') at--;
  // 一般债务付息在付息支出中占42.8%: the base in 在…中 stands between the part's name and 占.
  const within = clause.lastIndexOf('在', at);
  if (within >= 2 && IN_BETWEEN.test(clause.slice(within))) at = within;
  if (!PART_NAME.test(clause.slice(0, at))) return undefined;
  const m = shareWords(clause.slice(at));
  if (!m) return undefined;
  const name = bareName(clause.slice(0, at));
  if (name.length < 2) return undefined;
  const named = (blocks: Array<Block | undefined>) => {
    const out: DocFigure[] = [];
    for (const b of blocks) {
      if (!b || b.kind !== 'paragraph') continue;
      for (const f of ctx.figuresByBlock[b.index]) {
        if (b === block && f.start >= start) break;
        if (isPart(f) && bareName(labelBefore(b.text, f.start)) === name) out.push(f);
      }
    }
    return out;
  };
  let matches = named([ctx.doc.blocks[block.index - 1], block]);
  // （二）公务用车购置及运行维护费286.14万元…⏎（四）公务接待费108.32万元…⏎公务用车购置及运行维护费占“三公”经费的69.3%: the
  // parts may be stated a paragraph each, further up (to a heading), in a sentence of the share's year.
  if (matches.length === 0) {
    // The share's year: its sentence's, or its section's; a share of no year takes the part's.
    const yearAt = (b: number, at: number) => yearOfSentence(ctx, b, at) ?? sectionYears(ctx)[b];
    const year = yearAt(block.index, share.start);
    const back: Block[] = [];
    for (let b = block.index - 2; b >= Math.max(0, block.index - NAMED_PART_BACK) && ctx.doc.blocks[b].kind === 'paragraph'; b--) back.push(ctx.doc.blocks[b]);
    matches = named(back).filter((f) => year === undefined || (yearAt(f.block, f.start) ?? year) === year);
  }
  if (matches.length !== 1) return undefined;
  if (atTwoMeasures(ctx, matches[0])) return undefined;
  return { part: matches[0], share, name: statedName(m[1]), written: m[1].replace(/[\s\u3000]/g, '').replace(/的$/, '') };
}

/**
 * Shares: "X万元，占Y%" with the total X is a share of. The total is the sum
 * the part is a 其中 component of, a total named after 占 and stated before
 * (占本年支出合计的…), or the amount before 主要用于以下方面： when the items
 * listed after it add up to it. Anything else is left alone: a share of a
 * total the text does not state cannot be checked.
 */
export function extractShares(ctx: ExtractContext, earlier: readonly Claim[]): Array<ShareClaim | SumClaim> {
  // A roll-forward (a part taken away) is no whole its parts are shares of.
  const sums = earlier.filter((c): c is SumClaim => c.kind === 'sum' && !c.components.some((x) => x.negative));
  const byComponent = new Map<number, SumClaim[]>();
  // A figure is a part of one sum or two: a list of exactly that length, not one with the spare
  // room a spread or a push to [] leaves (on a 10 MB document these lists were 14 MB at the peak).
  for (const s of sums)
    for (const c of s.components) {
      const at = byComponent.get(c.figure.id);
      if (at) at.push(s);
      else byComponent.set(c.figure.id, [s]);
    }
  const claims: ShareClaim[] = [];
  const taken = new Set<number>();
  const blocks = ctx.doc.blocks.filter((b) => b.kind !== 'toc' && b.kind !== 'table-row');

  const wholes: SumClaim[] = [];
  for (const block of blocks) purposeLists(ctx, block, claims, taken, wholes);
  for (const block of blocks) if (block.kind === 'paragraph') countRates(ctx, block, claims, taken);

  const byTotal = new Map<number, SumClaim[]>();
  for (const s of sums) {
    const at = byTotal.get(s.total.id);
    if (at) at.push(s);
    else byTotal.set(s.total.id, [s]);
  }
  for (const block of blocks) if (block.kind === 'paragraph') respectiveShares(ctx, block, byComponent, claims, taken);
  const amountNames = new Map<number, NamedAmounts>();
  for (const block of blocks) namedPairs(ctx, sums, block, claims, taken, byTotal, amountNames);

  const byName = sumsByName(ctx, sums);
  const loose = looseIndex(byName);
  const changesByBlock = new Map<number, ChangeClaim[]>();
  for (const c of earlier) {
    if (c.kind !== 'change' || !c.delta) continue;
    const at = changesByBlock.get(c.delta.block);
    if (at) at.push(c);
    else changesByBlock.set(c.delta.block, [c]);
  }
  // The parts of the prose sums by their value, built when a share first needs them.
  let byValue: Map<string, ListedPart[]> | undefined;
  const partsByValue = () => (byValue ??= listedPartsByValue(sums));
  // The last share whose base was named (占一般公共预算收入的比重为…): the next ones may leave it unsaid.
  let named: Named | undefined;
  // The last share that named a base, whether or not its base was found.
  let lastNamed: LastNamed | undefined;
  // The base found for each share so far (by the share's figure).
  const baseOf = new Map<number, DocFigure>(claims.map((c) => [c.share.id, c.total]));
  // Shares with no base found, by paragraph: a list of them may be the parts of an amount stated before.
  const unbased = new Map<number, Pair[]>();
  // The wholes stated inside earlier shares (占X 4,126.80万元的), by the name X.
  const inlineWholes = new Map<string, DocFigure[]>();
  // Every share with no base named (占12.1%), by paragraph, whether its base was found or not: a list's first items.
  const bare = new Map<number, Pair[]>();
  for (const block of blocks) {
    const figs = ctx.figuresByBlock[block.index];
    figs.forEach((_, i) => {
      const pair = pairOf(ctx, block, i);
      const before = lastNamed;
      if (pair?.name) lastNamed = { block: block.index, end: pair.share.end, name: pair.name, share: pair.share.id };
      if (pair?.inline && pair.name) (inlineWholes.get(pair.name) ?? inlineWholes.set(pair.name, []).get(pair.name)!).push(pair.inline);
      if (pair && !pair.name && !pair.inline && !pair.adjusted && !pair.within) (bare.get(block.index) ?? bare.set(block.index, []).get(block.index)!).push(pair);
      if (!pair || taken.has(pair.share.id)) return;
      // 本年收入构成： then "财政拨款收入6,510.20万元，占95.1%" a line each: the opener names their base.
      const opened = !pair.name && !pair.inline ? compositionOf(ctx, block) : undefined;
      if (opened) {
        pair.name = opened.name;
        pair.written = opened.written;
      }
      // 拨付1,090万元中的620万元，占县级实际支出的56.9%: the sentence states the whole it takes the part from, and a base
      // named after 占 is that whole said again. Should the share not be the part's of that amount, the drafter may have
      // meant another whole by the name: two wholes are in play, and neither is proven.
      if (pair.within && pair.name && !fitsShare(pair, pair.within)) return;
      let found = pair.within
        ? { total: pair.within, label: pair.written || labelBefore(block.text, pair.within.start) }
        : pair.adjusted
        ? adjustedTotal(ctx, changesByBlock, block, pair)
        : pair.inline
        ? { total: pair.inline, label: pair.written }
        : ANAPHORA.test(pair.name)
          ? openingTotal(ctx, block, pair) ?? (THIS_ITEM.test(pair.written.replace(/[\s\u3000]/g, '')) ? namedTotal(ctx, byName, loose, amountNames, block, pair) : undefined) ?? selfOwner(byComponent, pair)
          : pair.name
            ? adjustedStageTotal(ctx, block, pair) ?? namedTotal(ctx, byName, loose, amountNames, block, pair) ?? placedOwner(byComponent, pair) ?? selfOwner(byComponent, pair) ?? measureTotal(ctx, block, pair) ?? ownerWhole(ctx, byComponent, amountNames, block, pair)
            : ofWhichTotal(byComponent, pair) ?? (byComponent.get(pair.part.id)?.length ? undefined : sentenceOfWhichWhole(ctx, block, pair));
      // 民生支出101.62亿元，占一般公共预算支出的78.9%；其中教育支出23.18亿元，占18.0%: a share that names no base, in the
      // sentence of one that named another than the 其中 list's total, may be of either; it proves nothing.
      if (found && !pair.name && !pair.inline && !pair.within && before && otherBase(block, before, pair, found, baseOf.get(before.share))) return;
      const inherited = !found && !pair.name && !pair.inline ? inheritedTotal(ctx, named, block, pair) ?? sourceListTotal(ctx, pair) ?? tableAboveTotal(ctx, block, pair) ?? titledRowTotal(ctx, block, pair) ?? restatedPartTotal(ctx, partsByValue(), block, pair) : undefined;
      if (inherited) found = inherited;
      // 占预算总额的 a few paragraphs under the 科目 table: the table's 合计, when the text states the kind's whole at it.
      if (!found && pair.name && KIND_ONLY.test(pair.name) && !pair.inline) found = kindTableTotal(ctx, byName, block, pair);
      if (!found && pair.name && !pair.inline) found = namedColumnTotal(ctx, block, pair) ?? captionedTableTotal(ctx, block, pair);
      if (!found && pair.name && !pair.inline) found = inlineWholeBefore(ctx, inlineWholes, amountNames, block, pair);
      if (!found && pair.name && !pair.inline) found = listedPartWhole(ctx, sums, block, pair);
      if (!found && pair.name && !pair.inline) found = projectFundsWhole(ctx, block, pair);
      if (!found && (!pair.name || KIND_ONLY.test(pair.name)) && !pair.inline) (unbased.get(block.index) ?? unbased.set(block.index, []).get(block.index)!).push(pair);
      if (!found || found.total.id === pair.part.id || !compatible(found.total, pair.part) || !usable(found.total)) return;
      if (pair.name && !pair.inline && !pair.within && otherScope(ctx, pair.written, found.total)) return;
      if (ofListTotal(byComponent, pair, found.total)) return;
      if (pair.name && !pair.within) named = { share: pair.share, total: found.total, label: found.label };
      taken.add(pair.share.id);
      baseOf.set(pair.share.id, found.total);
      claims.push({
        kind: 'share',
        part: pair.part,
        share: pair.share,
        total: found.total,
        // The part may be stated in the paragraph before (namedPart).
        partLabel: labelBefore(ctx.doc.blocks[pair.part.block].text, pair.part.start),
        totalLabel: found.label,
        via: pair.name || inherited ? 'named' : 'of-which',
      });
    });
  }
  for (const pairs of unbased.values()) listedParts(ctx, pairs, claims, taken);
  // 基本支出…，所占比重为37.6%。\n项目支出…，占比62.4%。: a list set one item to a line runs over adjacent paragraphs
  // (after each paragraph alone). A share before the list, of something else, would spoil the run's sum: the run is
  // tried from its first few paragraphs on (a few: a long run stays linear).
  const runs: Pair[][][] = [];
  let last = -2;
  for (const [b, pairs] of unbased) {
    if (b !== last + 1 || ctx.doc.blocks[b].kind !== 'paragraph' || ctx.doc.blocks[last]?.kind !== 'paragraph') runs.push([]);
    runs[runs.length - 1].push(pairs);
    last = b;
  }
  for (const run of runs) {
    for (let k = 0; k < Math.min(RUN_STARTS, run.length - 1); k++) if (listedParts(ctx, run.slice(k).flat(), claims, taken)) break;
  }
  // The claims by share, built when a continued list first needs them.
  let byShare: Map<number, ShareClaim> | undefined;
  const claimedShares = () => (byShare ??= new Map(claims.map((c) => [c.share.id, c])));
  for (const [b, pairs] of unbased) continuedList(ctx, bare, b, pairs, claims, taken, claimedShares);
  const totals = new Set(sums.map((x) => x.total.id));
  for (const block of blocks) if (block.kind === 'paragraph') namedPartSums(ctx, block, byName, loose, amountNames, totals, wholes);
  return [...claims, ...wholes, ...wholeOfWhich(sums, claims), ...extractTableShares(ctx)];
}

// 会议费、培训费两项合计支出, 因公出国（境）费和公务接待费共计: names with no figure of their own, counted or not, then the
// total word. A name holds no mark or digit; 和/与/及 separate names only where no 、 does (社会保障和就业支出 is one name).
const NAMED_PARTS = /^([^，,。；;：:\d０-９]{4,60}?)(?:([两二三四五六七八九十])项|二者|两者)?(?:支出|经费|费用|资金)?(?:合计|共计|总计)(?:支出|金额)?(?:为|达)?$/;
const NAME_SEPARATOR = /、/;
const NAME_JOINER = /(?<=.{2})(?:和|与|及|以及)(?=.{2})/;
// 社会保障和就业, 文化旅游体育与传媒: a class's own name holds the joining word.
const NOT_JOINING = new RegExp(ENUMERATION_LEXICON.notJoining);
const COUNT_OF: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * "会议费支出2.68万元…。培训费支出4.26万元…。会议费、培训费两项合计支出6.84万元": a total of parts named without
 * their amounts, each stated before (namedTotal: by its name, within the window, of one value, of the total's year).
 * Every name must be found, and a count, when written, must be theirs; a total already read with parts is left as read.
 */
function namedPartSums(
  ctx: ExtractContext,
  block: Block,
  byName: Map<string, SumClaim[]>,
  loose: Map<string, LooseSum[]>,
  amountNames: Map<number, NamedAmounts>,
  totals: ReadonlySet<number>,
  out: SumClaim[],
): void {
  const text = block.text;
  for (const t of ctx.figuresByBlock[block.index]) {
    if (t.dimension !== 'money' || !isPart(t) || !usable(t) || totals.has(t.id)) continue;
    const start = clauseOpening(text, t.start);
    const m = NAMED_PARTS.exec(text.slice(start, t.start).replace(/^[\s\u3000]*(?:其中|另外|此外)?[：:，,]?/, '').trimEnd());
    if (!m) continue;
    const written = m[1].replace(/^(?:全年|当年|本年|全区|全县|全市|全镇)/, '');
    const listed = NAME_SEPARATOR.test(written);
    if (!listed && NOT_JOINING.test(written)) continue;
    const names = (listed ? written.split(NAME_SEPARATOR) : written.split(NAME_JOINER)).map((n) => n.replace(/^(?:以及|和|与|及)/, '').trim());
    if (names.length < 2 || names.some((n) => n.length < 2)) continue;
    if (m[2] && COUNT_OF[m[2]] !== names.length) continue;
    const parts: DocFigure[] = [];
    for (const name of names) {
      const pair: Pair = { part: t, share: t, name: statedName(name), written: name };
      const found = pair.name ? namedTotal(ctx, byName, loose, amountNames, block, pair) : undefined;
      if (!found || parts.some((f) => f.id === found.total.id)) break;
      parts.push(found.total);
    }
    if (parts.length !== names.length || !parts.every((f) => compatible(f, t) && usable(f))) continue;
    out.push({ kind: 'sum', subject: m[0].replace(/(?:合计|共计|总计)(?:支出|金额)?(?:为|达)?$/, ''), total: t, components: parts.map((f, i) => ({ figure: f, label: names[i] })), complete: true, shape: 'listed-then-total' });
  }
}

/** Where the clause ending at `at` opens: after the last ，。；： before it (a 、 separates names within it). */
function clauseOpening(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 80; i--) if ('，,。；;：:\n'.includes(text[i])) return i + 1;
  return Math.max(0, at - 80);
}

interface LastNamed {
  block: number;
  end: number;
  name: string;
  share: number;
}

/**
 * Whether the share that named its base before `pair`, in its sentence, named another base than `found`: another
 * total when its base was found, else a name `found`'s does not end with (收入预算 is 部门收入预算's).
 */
function otherBase(block: Block, before: LastNamed, pair: Pair, found: { total: DocFigure; label: string }, base: DocFigure | undefined): boolean {
  if (before.block !== block.index || before.end > pair.part.start || /[。！？!?]/.test(block.text.slice(before.end, pair.part.start))) return false;
  if (base) return base.id !== found.total.id;
  const a = withoutMeasure(before.name);
  const b = withoutMeasure(statedName(found.label));
  return !b.endsWith(a) && !sameSubject(a, b);
}

/**
 * 占市本级一般公共预算支出的1.6% when the amount of that name found is 全市一般公共预算支出142.60亿元: the base
 * names the jurisdiction's own level, the amount its whole area (or the other way round). Names compared
 * without their scope (statedName) meet, the amounts do not: the base is not stated, and nothing is checked.
 */
function otherScope(ctx: ExtractContext, written: string, total: DocFigure): boolean {
  const want = jurisdictionScope(written);
  if (!want) return false;
  const got = jurisdictionScope(labelBefore(ctx.doc.blocks[total.block].text, total.start));
  return !!got && got !== want;
}

/** Whether shares of one amount add up to all of it (100%, within their rounding or truncation). */
const makeWhole = (shares: readonly DocFigure[]) => shares.length >= 2 && meets(shares.reduce((acc, f) => add(acc, intervalOf(f)), point(0)), point(100));

/**
 * 本年支出合计X，其中：基本支出A，占75.29%；项目支出B，占24.71%: a 其中 list may leave parts out, but
 * not when its parts' shares of the total make 100%: it is then all of the total and must add up
 * to it. Given only where that changes the verdict (the parts fall short of the total): a list
 * that exceeds its total is wrong either way, and is reported once.
 */
function wholeOfWhich(sums: readonly SumClaim[], shares: readonly ShareClaim[]): SumClaim[] {
  const byTotal = new Map<number, Map<number, DocFigure>>();
  for (const c of shares) {
    if (c.via === 'named') continue;
    const m = byTotal.get(c.total.id) ?? byTotal.set(c.total.id, new Map()).get(c.total.id)!;
    m.set(c.part.id, c.share);
  }
  const out: SumClaim[] = [];
  for (const s of sums) {
    if (s.complete || s.shape === 'table-row' || s.shape === 'table-column') continue;
    const of = byTotal.get(s.total.id);
    const got = of ? s.components.map((c) => of.get(c.figure.id)) : [];
    if (!of || got.some((f) => !f) || !makeWhole(got as DocFigure[])) continue;
    const parts = s.components.reduce((acc, c) => add(acc, intervalOf(c.figure)), point(0));
    if (parts.hi.lt(intervalOf(s.total).lo)) out.push({ ...s, complete: true });
  }
  return out;
}

// 本年收入构成： / 支出结构如下： / 一般公共预算收入的构成情况：: a paragraph naming what the lines after it make up.
const COMPOSITION_OPENER = /^[\s\u3000]*(?:[0-9０-９]{4}年度?)?([^，,。；;：:\d０-９]{2,20}?)的?(?:构成|结构|组成)(?:情况)?(?:如下)?[：:][\s\u3000]*$/;

/**
 * The name a run of one-line shares is opened under: the paragraphs before `block` that state a share each (up to
 * a dozen), then one with no figure that says what they make up. Undefined when the run opens otherwise.
 */
function compositionOf(ctx: ExtractContext, block: Block): { name: string; written: string } | undefined {
  // Lines of the list (one to a paragraph, or several in one when pasted as plain text): an amount and its share
  // each, said briefly.
  const line = (b: Block) => {
    const figs = ctx.figuresByBlock[b.index];
    if (b.kind !== 'paragraph' || figs.length < 2 || figs.length % 2 || !figs.every((f, k) => (k % 2 ? isShare(f) : isPart(f)))) return false;
    // One amount and its share to a line.
    const lines = b.text.split('\n').filter((l) => l.trim());
    return lines.length === figs.length / 2 && lines.every((l) => l.length <= 60);
  };
  if (!line(block)) return undefined;
  for (let b = block.index - 1; b >= 0 && block.index - b <= 12; b--) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind === 'paragraph' && ctx.figuresByBlock[b].length === 0) {
      const m = COMPOSITION_OPENER.exec(blk.text);
      const name = m ? normalName(statedName(m[1])) : '';
      return name ? { name, written: m![1].trim() } : undefined;
    }
    if (!line(blk)) return undefined;
  }
  return undefined;
}

/** How many paragraphs before a list of unbased shares the amount they add up to may stand. */
const LISTED_BACK = 3;

/** How many paragraphs of a run of unbased shares may be left off its start when its sum is looked for. */
const RUN_STARTS = 3;

/**
 * "按支出功能分类，城乡社区支出（类）5,102.48万元，占79.4%；住房保障支出（类）826.10万元，占12.9%；…":
 * shares with no base named (or named by its kind alone: 占支出总额的), two or more in one paragraph or in
 * adjacent ones, whose amounts add up exactly to an amount stated just before (earlier in the first
 * paragraph, or in the one before it): that amount is what they are shares of, the list its breakdown.
 * Exactly: printed parts that make the printed amount are no chance.
 */
function listedParts(ctx: ExtractContext, pairs: Pair[], claims: ShareClaim[], taken: Set<number>): boolean {
  const open = pairs.filter((p) => !taken.has(p.share.id));
  if (open.length < 2 || open.some((p) => !compatible(p.part, open[0].part))) return false;
  const found = listTotal(ctx, open, open);
  if (!found) return false;
  for (const p of open) {
    taken.add(p.share.id);
    claims.push({ kind: 'share', part: p.part, share: p.share, total: found.total, partLabel: labelBefore(ctx.doc.blocks[p.part.block].text, p.part.start), totalLabel: found.label, via: 'of-which' });
  }
  return true;
}

/**
 * "本年收入合计6,846.52万元，其中：财政拨款收入…，占87.1%；其他收入…，占1.8%。" then a paragraph opening "事业收入762.80万元，
 * 占12.1%，主要为…": the list's last item put in a paragraph of its own, to say what it holds. The paragraph goes on with
 * the list of the one before (which closes with its last share) when all the items add up exactly to the amount the
 * list opened with; the items before keep the base they had (or, a 主要用于以下方面 list short of its amount, get it).
 */
function continuedList(
  ctx: ExtractContext,
  bare: Map<number, Pair[]>,
  b: number,
  pairs: readonly Pair[],
  claims: ShareClaim[],
  taken: Set<number>,
  claimedShares: () => Map<number, ShareClaim>,
): void {
  const open = pairs.filter((p) => !taken.has(p.share.id));
  const block = ctx.doc.blocks[b];
  if (!open.length || block.kind !== 'paragraph' || ctx.figuresByBlock[b][0]?.id !== open[0].part.id) return;
  const prev = ctx.doc.blocks[b - 1];
  const prior = bare.get(b - 1) ?? [];
  if (!prev || prev.kind !== 'paragraph' || sectionStart(prev) || !prior.length) return;
  const prevFigs = ctx.figuresByBlock[b - 1];
  if (prevFigs[prevFigs.length - 1]?.id !== prior[prior.length - 1].share.id) return;
  // The run of items that closes the paragraph before: shares each right after its part, nothing else between.
  let from = prior.length - 1;
  while (from > 0 && prevFigs.indexOf(prior[from].part) === prevFigs.indexOf(prior[from - 1].share) + 1) from--;
  const list = [...prior.slice(from), ...open];
  if (list.some((p) => !compatible(p.part, open[0].part))) return;
  const found = listTotal(ctx, list, list);
  if (!found) return;
  const claimed = claimedShares();
  if (list.some((p) => claimed.has(p.share.id) && claimed.get(p.share.id)!.total.id !== found.total.id)) return;
  for (const p of list) {
    if (claimed.has(p.share.id)) continue;
    const claim: ShareClaim = { kind: 'share', part: p.part, share: p.share, total: found.total, partLabel: labelBefore(ctx.doc.blocks[p.part.block].text, p.part.start), totalLabel: found.label, via: 'of-which' };
    taken.add(p.share.id);
    claims.push(claim);
    claimed.set(p.share.id, claim);
  }
}

/**
 * The amount stated before `list` (its first item's paragraph, or the few before it in its section) that the items'
 * amounts add up to exactly. None found there, the section before, when it is the sibling just before this one
 * (（一）总体情况 with the year's 一般公共预算财政拨款支出, then （二）结构情况 listing its 类 with 占X%): a section on the
 * structure of an amount stated as a whole in the one before.
 */
function listTotal(ctx: ExtractContext, list: readonly Pair[], open: readonly Pair[]): { total: DocFigure; label: string } | undefined {
  const first = list[0].part;
  const block = ctx.doc.blocks[first.block];
  const exact = list.reduce((a, p) => a.plus(p.part.value.times(p.part.scale)), first.value.times(0));
  const before = (b: Block, until: number) => ctx.figuresByBlock[b.index].filter((f) => f.end <= until);
  const fits = (f: DocFigure) => isPart(f) && compatible(f, first) && f.value.times(f.scale).eq(exact);
  const candidates = before(block, first.start).reverse();
  // The paragraphs before, back to the section's heading (a sentence on something else may stand between the
  // amount and its breakdown: 基本支出主要保障…，其中机关运行经费…): the sum must still be exact.
  let k = block.index - 1;
  for (; k >= Math.max(0, block.index - LISTED_BACK); k--) {
    const prev = ctx.doc.blocks[k];
    if (prev.kind === 'table-row' || sectionStart(prev)) break;
    candidates.push(...before(prev, Infinity).reverse());
  }
  let total = candidates.find(fits);
  if (!total && k >= 0 && sectionStart(ctx.doc.blocks[k])) total = siblingSectionBefore(ctx, k).reverse().find(fits);
  if (!total) return undefined;
  const label = labelBefore(ctx.doc.blocks[total.block].text, total.start);
  // 居民人均3,460.00元: an average is no whole, whatever its parts add up to.
  if (NON_ADDITIVE.test(label)) return undefined;
  // 收入 items are parts of a 收入 total, 支出 items of a 支出 one: an equal sum across the two is chance.
  const kind = measureKind(label);
  if (kind && open.some((p) => otherMeasure(labelBefore(ctx.doc.blocks[p.part.block].text, p.part.start), kind))) return undefined;
  return { total, label };
}

/**
 * The figures of the section right before the one whose heading is block `heading`, in order, when the two are
 * siblings ((一) then (二), 一、 then 二、, at one heading depth) and that section is a few paragraphs of prose with
 * no heading or table inside; none otherwise.
 */
function siblingSectionBefore(ctx: ExtractContext, heading: number): DocFigure[] {
  const own = ctx.doc.blocks[heading];
  const mark = readMarker(own.text);
  if (!mark) return [];
  const figs: DocFigure[] = [];
  for (let k = heading - 1; k >= Math.max(0, heading - 1 - LISTED_BACK); k--) {
    const b = ctx.doc.blocks[k];
    if (b.kind === 'table-row') return [];
    if (!sectionStart(b)) {
      figs.unshift(...ctx.figuresByBlock[k]);
      continue;
    }
    const m = readMarker(b.text);
    const sibling = m && m.level === mark.level && m.ordinal + 1 === mark.ordinal && b.kind === own.kind && b.depth === own.depth;
    return sibling && k < heading - 1 ? figs : [];
  }
  return [];
}

/**
 * "自然资源海洋气象等支出（类）3,580.42万元中，自然资源利用与保护（项）
 * 2,105.80万元，占该类支出的62.8%": 该类 is the amount the sentence opened
 * with, before 中.
 */
function openingTotal(ctx: ExtractContext, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const text = block.text;
  let start = pair.part.start;
  while (start > 0 && !'。！？!?\n'.includes(text[start - 1])) start--;
  const figs = ctx.figuresByBlock[block.index].filter((f) => f.start >= start && f.end <= pair.part.start);
  const total = figs[0];
  if (!total || figs.length !== 1 || !isPart(total) || !compatible(total, pair.part)) return undefined;
  if (!/^[\s\u3000]*中[，,：:]/.test(text.slice(total.end, total.end + 3))) return undefined;
  return opensWithTotal(text.slice(start, total.start)) ? { total, label: labelBefore(text, total.start) } : undefined;
}

// 一般性转移支付在税收返还和转移支付收入中的占比为82.4%; A占B的比重为x%; A占B的x%: both named, neither stated here.
const NAMED_SHARE = /(?:^|[，,；;。：:])[\s\u3000]*(?:从[^，。]{1,6}看[，,])?([^，,；;。：:在占]{2,20}?)(?:在([^，,；;。：:]{2,30}?)(?:中占|中?的?(?:占比|比重|比例|份额))|占(?:到(?![位期账])了?)?([^，,；;。：:]{2,30}?)的?(?:比重|比例|份额)?)(?:为|达到?|是)?[\s\u3000]*$/;
// …，公务接待费比重为28.2% / …，公务接待费占比28.2%: a part named, its whole left to the share before it.
const PART_NAMED_ONLY = /^[\s\u3000]*[，,、][\s\u3000]*([^，,；;。：:在占\d０-９]{2,20}?)的?(?:占比|比重|比例)(?:为|达到?|是)?[\s\u3000]*$/;
// 运行维护费在公务用车购置及运行维护费中所占比重为70.5%: 所占 before the noun says nothing more (taken out
// by plain replacement: a 所占 group in NAMED_SHARE made it too costly to prove linear).
const withoutSuoZhan = (s: string) => s.replaceAll('所占比重', '比重').replaceAll('所占比例', '比例').replaceAll('所占份额', '份额').replaceAll('中所占', '中占');

/**
 * A share whose part and total are both named, not stated in the clause: the
 * total is a sum with that subject and the part its component with that
 * label (the document's own breakdown), so both values are the text's.
 */
function namedPairs(
  ctx: ExtractContext,
  sums: SumClaim[],
  block: Block,
  claims: ShareClaim[],
  taken: Set<number>,
  byTotal: Map<number, SumClaim[]>,
  amountNames: Map<number, NamedAmounts>,
): void {
  // The whole the last named share of this sentence named: A占B的69.3%，C所占比重为28.2% leaves B unsaid for C.
  let lastWhole: { name: string; end: number } | undefined;
  for (const share of ctx.figuresByBlock[block.index]) {
    if (!isShare(share) || taken.has(share.id)) continue;
    const m = NAMED_SHARE.exec(withoutSuoZhan(block.text.slice(Math.max(0, share.start - 60), share.start)));
    const since = lastWhole && !/[。！？!?；;]/.test(block.text.slice(lastWhole.end, share.start)) ? block.text.slice(lastWhole.end, share.start) : undefined;
    const p = !m && since !== undefined ? PART_NAMED_ONLY.exec(withoutSuoZhan(since)) : null;
    if (!m && !p) continue;
    const partName = (m ? m[1] : p![1]).replace(/[\s\u3000]/g, '');
    const totalName = m ? (m[2] ?? m[3]).replace(/[\s\u3000]/g, '') : lastWhole!.name;
    lastWhole = { name: totalName, end: share.end };
    const found = new Map<number, { total: DocFigure; part: DocFigure; label: string }>();
    // 公务用车运行维护费预算 is the part named 公务用车运行维护费, “三公”经费预算数 the total named “三公”经费预算:
    // the measure is not the name.
    const exactPart = (label: string) => sameSubject(label, partName) || sameSubject(withoutMeasure(label), withoutMeasure(partName));
    const exactTotal = (subject: string) => sameSubject(subject, totalName) || sameSubject(withoutMeasure(subject), withoutMeasure(totalName));
    // 财政补助占基金收入的69.4% after 居民医保基金收入78.64亿元。其中：…，各级财政补助52.42亿元: names said short, the end of
    // the names stated (a name of four characters or more for the whole). Only when no sum meets them as stated, and one does so.
    const ends = (label: string, name: string, least: number) => {
      const n = normalSubject(withoutMeasure(name));
      return n.length >= least && normalSubject(withoutMeasure(label)).endsWith(n);
    };
    const look = (isTotal: (subject: string) => boolean, isPart: (label: string) => boolean) => {
      for (const s of sums) {
        if (s.shape === 'table-row' || s.shape === 'table-column' || s.total.block > block.index) continue;
        if (!isTotal(s.subject)) continue;
        let parts = s.components.filter((c) => isPart(c.label));
        // 三公 = … + 公务用车购置及运行维护费（其中公务用车运行维护费…）: the part may be a part of a part.
        if (parts.length === 0) for (const c of s.components) for (const inner of byTotal.get(c.figure.id) ?? []) parts = parts.concat(inner.components.filter((x) => isPart(x.label)));
        if (parts.length === 1) found.set(s.total.id, { total: s.total, part: parts[0].figure, label: parts[0].label });
      }
    };
    look(exactTotal, exactPart);
    if (found.size === 0) look((subject) => exactTotal(subject) || ends(subject, totalName, 4), (label) => exactPart(label) || ends(label, partName, 2));
    if (found.size !== 1) continue;
    const [{ total, part, label }] = [...found.values()];
    if (!usable(total) || !usable(part) || !compatible(total, part)) continue;
    if (atTwoMeasures(ctx, part)) continue;
    // 2024年…“三公”经费预算1,640万元，其中… then 2025年“三公”经费预算安排1,558万元: which year the share is of is not said.
    if (namedOtherwise(ctx, amountNames, block, share, totalName, total) || namedOtherwise(ctx, amountNames, block, share, partName, part)) continue;
    taken.add(share.id);
    claims.push({ kind: 'share', part, share, total, partLabel: label, totalLabel: totalName, via: 'named' });
  }
}

/**
 * Whether an amount after `value` and before the share carries `name` with another value: the name
 * was stated again since (this year's after last year's), and the share may be of either.
 */
function namedOtherwise(ctx: ExtractContext, amountNames: Map<number, NamedAmounts>, block: Block, share: DocFigure, name: string, value: DocFigure): boolean {
  const want = withoutMeasure(name);
  if (want.length < 2) return false;
  const v = value.value.times(value.scale);
  for (let b = value.block; b <= block.index; b++) {
    if (ctx.doc.blocks[b].kind !== 'paragraph') continue;
    for (const { f, name: stated } of namedAmounts(ctx, amountNames, b).byCore.get(subjectCore(want)) ?? []) {
      if (b === value.block && f.start <= value.start) continue;
      if (b === block.index && f.start >= share.start) break;
      if (f.id === value.id || !compatible(f, value) || f.value.times(f.scale).eq(v)) continue;
      if (sameSubject(stated, want)) return true;
    }
  }
  return false;
}

/** How many list lines an unnamed share may stand after the share that named its base. */
const INHERIT_WINDOW = 6;

/**
 * "税收收入91,350万元，占一般公共预算收入的比重为72.2%；非税收入35,130万元，
 * 所占比例为27.8%", or numbered lines "（1）A…，占财政拨款支出预算的76.9%；
 * （2）B…，占比为10.4%": a share that names no base, in the same sentence run
 * or the next list lines as a share that named one, is of that base. Only
 * paragraphs may stand between (a heading or a table starts something else),
 * no full stop may close the run in between, and a base smaller than the part
 * is not its base.
 */
function inheritedTotal(ctx: ExtractContext, named: Named | undefined, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  if (!named || block.index - named.share.block > INHERIT_WINDOW) return undefined;
  // …占一般公共预算支出的比重为79.8%。教育支出9.86亿元，占18.9%: the next sentence of the paragraph, opening with the part
  // and nothing stated between, goes on with the same base.
  const next = named.share.block === block.index && nextSentenceOpensWith(ctx, block, named.share.end, pair.part);
  for (let b = named.share.block; b <= block.index && !next; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind !== 'paragraph') return undefined;
    const from = b === named.share.block ? named.share.end : 0;
    // A part named in the share's clause and stated paragraphs before (namedPart): the span runs to the share.
    const to = b === block.index ? (pair.part.block === block.index ? pair.part.start : pair.share.start) : blk.text.length;
    if (to < from || /[。！？!?]/.test(blk.text.slice(from, to))) return undefined;
  }
  if (named.total.value.times(named.total.scale).lt(pair.part.value.times(pair.part.scale))) return undefined;
  return { total: named.total, label: named.label };
}

// The rows of a table above a paragraph looked through for the row a share's part restates.
const TABLE_ROWS_REACH = 60;
const TABLE_TOTAL_ROW = /^(?:合计|总计)$/;

/**
 * 科目 table (…合计 368,540), then right under it "社会保障和就业支出81,206万元，占22.8%": a part that names a row of the
 * table just above its paragraph and states that row's figure in one column restates the row, and a share with no base
 * named is of the table's 合计 in that column. Only when the row and the 合计 row are each found once.
 */
function tableAboveTotal(ctx: ExtractContext, block: Block, pair: Pair, last = block.index - 1, totalRow = TABLE_TOTAL_ROW, bare = false): { total: DocFigure; label: string } | undefined {
  if (pair.part.block !== block.index || block.kind !== 'paragraph') return undefined;
  const blocks = ctx.doc.blocks;
  if (blocks[last]?.kind !== 'table-row') return undefined;
  const name = normalName(cleanLabel(labelBefore(block.text, pair.part.start)));
  if (!name || name.length < 2) return undefined;
  const cellText = (r: Block, k: number) => normalName(cleanLabel(r.text.slice(r.cells![k].start, r.cells![k].end)));
  let row: Block | undefined;
  let total: Block | undefined;
  let head: Block | undefined;
  let rows = 0;
  for (let i = last, n = 0; i >= 0 && n < TABLE_ROWS_REACH && blocks[i].kind === 'table-row'; i--, n++) {
    const r = blocks[i];
    if (!r.cells?.length || r.table?.id !== blocks[last].table?.id) break;
    if (r.table?.header) {
      head = r;
      continue;
    }
    rows++;
    const label = cellText(r, 0);
    const whole = r.text.slice(r.cells[0].start, r.cells[0].end).replace(/[\s\u3000]/g, '');
    if (totalRow.test(whole)) {
      if (total) return undefined;
      total = r;
    } else if (label === name) {
      if (row) return undefined;
      row = r;
    }
  }
  if (!row || !total || rows < 3 || row.cells!.length !== total.cells!.length) return undefined;
  const column = (r: Block, f: DocFigure) => r.cells!.findIndex((c) => f.start >= c.start && f.end <= c.end);
  const v = (f: DocFigure) => f.value.times(f.scale);
  let cell = ctx.figuresByBlock[row.index].filter((f) => !f.approximate && f.dimension === pair.part.dimension && v(f).eq(v(pair.part)));
  // A table whose unit the reader found no note of (本附表金额单位均为万元 said in a sentence): its row restating the part digit
  // for digit is in the part's unit, and so is its total row.
  const unitless = bare && !cell.length && pair.part.dimension === 'money';
  const plainCell = (f: DocFigure) => !f.approximate && bareFigure(f);
  if (unitless) cell = ctx.figuresByBlock[row.index].filter((f) => plainCell(f) && f.value.eq(pair.part.value));
  if (cell.length !== 1) return undefined;
  const k = column(row, cell[0]);
  if (k <= 0) return undefined;
  const found = ctx.figuresByBlock[total.index].find((f) => column(total!, f) === k);
  const sum = unitless && found && plainCell(found) ? inUnitOf(found, pair.part) : found;
  if (!sum || sum.approximate || sum.dimension !== pair.part.dimension || v(sum).lt(v(pair.part))) return undefined;
  const columnHead = head && head.cells && head.cells.length === total.cells!.length ? cleanLabel(head.text.slice(head.cells[k].start, head.cells[k].end)) : '';
  return { total: sum, label: `${columnHead}合计` };
}

// 一般公共预算支出年初预算486,200万元，调整为512,860万元: a whole's opening budget, named with the whole, then the amount it
// was adjusted to in the next clause.
const OPENING_STAGE = /(?:年初预算数?|年初安排|预算数)(?:为|是)?[\s\u3000]*$/;
const ADJUSTED_STAGE = /^[\s\u3000]*[，,][\s\u3000]*(?:调整为|调整后为|调整至|调整到)[\s\u3000]*$/;
// 调整后民生支出, 占调整后一般公共预算支出的: what is said after the adjustment.
const AFTER_ADJUSTMENT = /^调整后的?/;

/**
 * …一般公共预算支出年初预算486,200万元，调整为512,860万元…。调整后民生支出416,420万元，占一般公共预算支出的81.2%: a part said
 * after the adjustment (or a whole named 调整后…) is of the whole as adjusted, the amount its own name was adjusted to in the
 * share's section. A whole named by its measure alone (占调整后收入的) is the one of the book the section's heading names. The
 * name adjusted to two amounts leaves it open; nothing is read for a part or a whole not said after the adjustment.
 */
function adjustedStageTotal(ctx: ExtractContext, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const partLabel = labelBefore(block.text, pair.part.start).replace(/[\s\u3000]/g, '');
  const named = AFTER_ADJUSTMENT.test(pair.written);
  if (!named && !AFTER_ADJUSTMENT.test(partLabel)) return undefined;
  let whole = named ? statedName(pair.written.replace(AFTER_ADJUSTMENT, '')) : pair.name;
  const from = windowStart(ctx, block.index);
  const heading = sectionAt(ctx, block.index, from);
  if (BARE_MEASURE.test(whole)) {
    const book = heading >= 0 ? BUDGET_BOOK.exec(ctx.doc.blocks[heading].text) : null;
    if (!book) return undefined;
    whole = `${book[0]}${whole}`;
  }
  if (whole.length < 4) return undefined;
  const found: DocFigure[] = [];
  for (let b = Math.max(from, heading + 1); b <= block.index; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind !== 'paragraph') continue;
    const figs = ctx.figuresByBlock[b];
    for (let k = 0; k + 1 < figs.length; k++) {
      const [f, g] = [figs[k], figs[k + 1]];
      if (b === block.index && g.end > pair.part.start) break;
      if (!usable(f) || !compatible(f, pair.part) || !isPart(g) || !compatible(g, pair.part)) continue;
      if (!ADJUSTED_STAGE.test(blk.text.slice(f.end, g.start))) continue;
      const label = labelBefore(blk.text, f.start);
      const stage = OPENING_STAGE.exec(label);
      if (stage && statedName(label.slice(0, stage.index)) === whole) found.push(g);
    }
  }
  const v = (f: DocFigure) => f.value.times(f.scale);
  if (!found.length || !found.every((f) => v(f).eq(v(found[0])))) return undefined;
  return { total: found[found.length - 1], label: pair.written };
}

// A table's caption: the lines right above its head, up to a sentence (表1-2 2026年市本级一般公共预算支出预算表).
const CAPTION_LINES = 3;
// A table's total row of one measure: 合计, or the measure's own (支出合计).
const INCOME_TOTAL_ROW = /^(?:收入)?(?:合计|总计)$/;
const SPENDING_TOTAL_ROW = /^(?:支出)?(?:合计|总计)$/;
// A caption of a book's balance (收支, 平衡): its rows are not all of one measure.
const BALANCE_CAPTION = /收支|平衡/;

/**
 * 表1-2 …一般公共预算支出预算表 (rows by 科目, 支出合计), then "社会保障和就业支出88,900万元，占一般公共预算支出的21.6%": a share
 * naming a book's 收入 or 支出, stated nowhere in the text, is of the table's total row (合计, 支出合计) in the column the part
 * restates its row from, when the table's caption names that very whole.
 */
function captionedTableTotal(ctx: ExtractContext, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const book = BOOK_MEASURE_NAME.exec(pair.name);
  if (!book) return undefined;
  const blocks = ctx.doc.blocks;
  const last = tableRowAbove(ctx, block);
  if (last < 0) return undefined;
  let top = last;
  while (top > 0 && blocks[top - 1].kind === 'table-row' && blocks[top - 1].table?.id === blocks[last].table?.id) top--;
  let caption = '';
  for (let i = top - 1; i >= 0 && top - i <= CAPTION_LINES; i--) {
    const b = blocks[i];
    if ((b.kind !== 'paragraph' && b.kind !== 'heading') || /[。；;]/.test(b.text)) break;
    caption = b.text + caption;
  }
  caption = caption.replace(/[\s\u3000]/g, '');
  if (!caption.includes(pair.name) || BALANCE_CAPTION.test(caption)) return undefined;
  const found = tableAboveTotal(ctx, block, pair, last, book[3] === '收入' ? INCOME_TOTAL_ROW : SPENDING_TOTAL_ROW, true);
  return found && { total: found.total, label: pair.written };
}

// A column's head without the word for its amount: 已投资金额, 实缴规模, 支出数额 name 已投资, 实缴, 支出.
const COLUMN_AMOUNT_WORD = /(?:金额|规模|数额|额)(?:[（(][^（()）]*[）)])?$/;

/**
 * 表1 (子基金名称 | 认缴规模 | 实缴规模 | 已投资金额; a row per 子基金; 合计) and under it "产业升级子基金已投资7.14亿元，占子基金已投资
 * 总额的31.6%": a base named by the kind the rows share (子基金) and a column's measure (已投资) is that column's 合计, when the
 * part's own row (named at the start of its label) holds the part in that column. The table within a few paragraphs above.
 */
function namedColumnTotal(ctx: ExtractContext, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  if (pair.part.block !== block.index || block.kind !== 'paragraph' || !pair.name || pair.inline) return undefined;
  const blocks = ctx.doc.blocks;
  const last = tableRowAbove(ctx, block);
  if (last < 0) return undefined;
  const partLabel = cleanLabel(labelBefore(block.text, pair.part.start)).replace(/[\s\u3000]/g, '');
  const cellText = (r: Block, k: number) => r.text.slice(r.cells![k].start, r.cells![k].end).replace(/[\s\u3000]/g, '');
  const v = (f: DocFigure) => f.value.times(f.scale);
  let row: Block | undefined;
  let total: Block | undefined;
  let head: Block | undefined;
  let rows = 0;
  for (let i = last, n = 0; i >= 0 && n < TABLE_ROWS_REACH && blocks[i].kind === 'table-row'; i--, n++) {
    const r = blocks[i];
    if (!r.cells?.length || r.table?.id !== blocks[last].table?.id) break;
    const label = cellText(r, 0);
    if (r.table?.header) {
      head = r;
      continue;
    }
    rows++;
    if (TABLE_TOTAL_ROW.test(label)) {
      if (total) return undefined;
      total = r;
    } else if (label.length >= 2 && partLabel.startsWith(label) && ctx.figuresByBlock[r.index].some((f) => !f.approximate && f.dimension === pair.part.dimension && v(f).eq(v(pair.part)))) {
      if (row) return undefined;
      row = r;
    }
  }
  if (!row || !total || !head || rows < 3 || row.cells!.length !== total.cells!.length || head.cells!.length !== total.cells!.length) return undefined;
  const column = (r: Block, f: DocFigure) => r.cells!.findIndex((c) => f.start >= c.start && f.end <= c.end);
  const cells = ctx.figuresByBlock[row.index].filter((f) => !f.approximate && f.dimension === pair.part.dimension && v(f).eq(v(pair.part)));
  if (cells.length !== 1) return undefined;
  const k = column(row, cells[0]);
  if (k <= 0) return undefined;
  const measure = cellText(head, k).replace(COLUMN_AMOUNT_WORD, '');
  // The kind before the measure must end the part's row name (子基金 of 产业升级子基金).
  if (measure.length < 2 || !pair.name.endsWith(measure)) return undefined;
  const kind = pair.name.slice(0, -measure.length);
  if (kind.length < 2 || !cellText(row, 0).endsWith(kind)) return undefined;
  const sum = ctx.figuresByBlock[total.index].find((f) => column(total!, f) === k);
  if (!sum || sum.approximate || sum.dimension !== pair.part.dimension || v(sum).lt(v(pair.part))) return undefined;
  return { total: sum, label: pair.written };
}

/**
 * 表2 …支出决算表 (rows, 合计), then "（一）国有企业资本金注入" and under it "国有企业资本金注入3,680.00万元，所占比重为…": a
 * table's rows discussed a subsection each, titled by the row's name. The part restates the row of its own title, and a
 * share with no base named is of the table's 合计, as right under the table; the subsections on the rows before (the
 * titles' siblings, their paragraphs) may stand between. Another kind of heading starts another matter.
 */
function titledRowTotal(ctx: ExtractContext, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  if (pair.part.block !== block.index || block.kind !== 'paragraph') return undefined;
  const blocks = ctx.doc.blocks;
  const title = blocks[block.index - 1];
  if (!title || !sectionStart(title)) return undefined;
  const marker = readMarker(title.text);
  if (!marker) return undefined;
  const name = normalName(cleanLabel(labelBefore(block.text, pair.part.start)));
  if (name.length < 2 || normalName(title.text.slice(marker.length)) !== name) return undefined;
  for (let i = block.index - 2, n = 0; i >= 0 && n <= KIND_TABLE_GAP; i--, n++) {
    const b = blocks[i];
    if (b.kind === 'table-row') return tableAboveTotal(ctx, block, pair, i);
    if (b.kind !== 'paragraph' && b.kind !== 'heading') return undefined;
    if (sectionStart(b) && (readMarker(b.text)?.level !== marker.level || b.depth !== title.depth)) return undefined;
  }
  return undefined;
}

// How many paragraphs and headings may stand between a 科目 table and a paragraph that takes a share of its 合计 by kind.
const KIND_TABLE_GAP = 8;
// What may stand before the kind in the name of a department's whole (部门支出, 本单位收入, 2026年街道支出).
const WHOLE_SCOPE = /^(?:部门|单位|本部门|本单位|本年|全年|年度|[\u4e00-\u9fff]{0,6}(?:街道|镇|乡|局|委|办))?$/;
// The kind a base names (占支出总额的, 占收入预算的), and a part's name of the other kind.
const KIND_WORD = /支出|收入/;

/**
 * The last row of the table a few paragraphs above `block` (KIND_TABLE_GAP blocks at most, only paragraphs and headings
 * between), or -1.
 */
function tableRowAbove(ctx: ExtractContext, block: Block): number {
  const blocks = ctx.doc.blocks;
  for (let i = block.index - 1, n = 0; i >= 0 && n <= KIND_TABLE_GAP; i--, n++) {
    if (blocks[i].kind === 'table-row') return i;
    if (blocks[i].kind !== 'paragraph' && blocks[i].kind !== 'heading') return -1;
  }
  return -1;
}

/**
 * "社会保障和就业支出912.60万元，占预算总额的15.9%" a few paragraphs under the 科目 table it restates a row of: a base named by
 * its kind alone is the table's 合计 in the part's column, only when the text states the kind's whole (支出预算合计…) at
 * that very value and at no other: a table of one book (一般公共预算支出 by 科目) has another 合计 than the budget's whole.
 */
function kindTableTotal(ctx: ExtractContext, byName: Map<string, SumClaim[]>, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const blocks = ctx.doc.blocks;
  const last = tableRowAbove(ctx, block);
  if (last < 0) return undefined;
  const partName = normalName(cleanLabel(labelBefore(block.text, pair.part.start)));
  const kind = KIND_WORD.exec(pair.name)?.[0] ?? KIND_WORD.exec(partName.slice(-2))?.[0];
  if (!kind || (KIND_WORD.test(partName.slice(-2)) && !partName.endsWith(kind))) return undefined;
  const found = tableAboveTotal(ctx, block, pair, last);
  if (!found) return undefined;
  const v = (f: DocFigure) => f.value.times(f.scale);
  const wholes: SumClaim[] = [];
  for (const [name, list] of byName) if (name.endsWith(kind) || name.endsWith(`${kind}总计`)) if (WHOLE_SCOPE.test(name.slice(0, name.lastIndexOf(kind)))) wholes.push(...list);
  if (wholes.length === 0 || !wholes.every((w) => w.total.dimension === found.total.dimension && v(w.total).eq(v(found.total)))) return undefined;
  return { total: found.total, label: pair.written };
}

interface ListedPart {
  sum: SumClaim;
  part: DocFigure;
  label: string;
}

/** The components of the prose sums (a table's rows are tableAboveTotal's) by their value in base units. */
function listedPartsByValue(sums: readonly SumClaim[]): Map<string, ListedPart[]> {
  const out = new Map<string, ListedPart[]>();
  for (const s of sums) {
    if (s.shape === 'table-row' || s.shape === 'table-column') continue;
    for (const c of s.components) {
      const key = baseValue(c.figure).toString();
      (out.get(key) ?? out.set(key, []).get(key)!).push({ sum: s, part: c.figure, label: c.label });
    }
  }
  // By block, so a share reads only the parts of the few paragraphs before it (many sums holding one value, many shares
  // of it: a scan of all for each was quadratic).
  for (const list of out.values()) list.sort((a, b) => a.part.block - b.part.block);
  return out;
}

/** How many paragraphs before a part stated again its list may stand. */
const RESTATED_BACK = 4;
// What a part's name may add when it is stated again (服务类 in the list, 服务类采购 after it): the measure the list is of.
const RESTATED_TAIL = /^(?:采购|支出|收入|资金|金额|经费|项目)?$/;
const restatedName = (s: string) => cleanLabel(s).replace(/[\s\u3000“”"]/g, '');

/**
 * 按功能分类：…；社会保障和就业支出642.80万元；… then, a paragraph or two on, 社会保障和就业支出642.80万元，占比达17.6%: a part
 * stated again, by its name and its amount, after the list it was a part of names no base: its share is of that list's
 * whole. Only one list in reach may hold it (by name and amount), and no heading may stand between.
 */
function restatedPartTotal(ctx: ExtractContext, byValue: Map<string, ListedPart[]>, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  if (pair.part.block !== block.index || block.kind !== 'paragraph') return undefined;
  const name = restatedName(labelBefore(block.text, pair.part.start));
  if (name.length < 2) return undefined;
  const from = block.index - RESTATED_BACK;
  const found = new Map<number, { total: DocFigure; label: string }>();
  const list = byValue.get(baseValue(pair.part).toString()) ?? [];
  let lo = 0;
  for (let hi = list.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (list[mid].part.block < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length && list[k].part.block < block.index; k++) {
    const x = list[k];
    if (x.sum.total.block > block.index || !compatible(x.part, pair.part)) continue;
    const listed = restatedName(x.label);
    const same = listed.length >= 2 && (name === listed || (name.startsWith(listed) && RESTATED_TAIL.test(name.slice(listed.length))) || (listed.startsWith(name) && RESTATED_TAIL.test(listed.slice(name.length))));
    if (!same) continue;
    // A heading between the list and the part starts another matter.
    if (sectionAt(ctx, block.index, x.part.block + 1) >= 0) continue;
    found.set(x.sum.total.id, { total: x.sum.total, label: x.sum.subject || labelBefore(ctx.doc.blocks[x.sum.total.block].text, x.sum.total.start) });
  }
  if (found.size !== 1) return undefined;
  const [whole] = found.values();
  return usable(whole.total) && compatible(whole.total, pair.part) && !intervalOf(whole.total).hi.lt(intervalOf(pair.part).lo) ? whole : undefined;
}

const NEXT_SENTENCE_REACH = 120;

/** The part is the first figure after `from`, one full stop between, in the first clause of the sentence it opens. */
function nextSentenceOpensWith(ctx: ExtractContext, block: Block, from: number, part: DocFigure): boolean {
  // A sentence's worth at most: the named share ends the sentence right before.
  if (part.block !== block.index || part.start < from || part.start - from > NEXT_SENTENCE_REACH) return false;
  const between = block.text.slice(from, part.start);
  const stop = between.search(/[。！？!?]/);
  if (stop < 0 || /[。！？!?]/.test(between.slice(stop + 1)) || /[，,；;：:]/.test(between.slice(stop + 1))) return false;
  // The first figure from `from` on, found by binary search: it must be the part itself.
  const figs = ctx.figuresByBlock[block.index];
  const k = firstFrom(figs, from);
  return k >= figs.length || figs[k].start >= part.start;
}

// What opens a list of a whole's sources or parts with no total of its own: 资金来源：, 资金构成：, 来源构成：.
const SOURCE_LIST = /(?:资金|经费)?(?:来源|构成)(?:情况)?(?:为|是)?[：:][\s\u3000]*$/;
/** How many figures back from the list the amount it adds up to may stand. */
const SOURCE_REACH = 4;

/**
 * 项目年度预算资金1,280.00万元……资金来源：中央补助480.00万元、省级补助320.00万元、…。中央补助占37.5%: a list of
 * sources with no total of its own, whose items add up to an amount stated just before it (within its paragraph):
 * an unnamed share of an item is of that amount (stated in the list's paragraph or, when the list opens it, in the one before). Every figure of the list must be an amount, the list must hold two
 * at least, and the amount be the only value among the few before the list that the items add up to.
 */
function sourceListTotal(ctx: ExtractContext, pair: Pair): { total: DocFigure; label: string } | undefined {
  const block = ctx.doc.blocks[pair.part.block];
  if (!block || block.kind !== 'paragraph') return undefined;
  const text = block.text;
  const colon = Math.max(text.lastIndexOf('：', pair.part.start), text.lastIndexOf(':', pair.part.start));
  if (colon < 0 || /[。！？!?]/.test(text.slice(colon, pair.part.start)) || !SOURCE_LIST.test(text.slice(Math.max(0, colon - 8), colon + 1))) return undefined;
  const stop = text.indexOf('。', pair.part.end);
  const end = stop < 0 ? text.length : stop;
  const figs = ctx.figuresByBlock[block.index];
  const items = figs.filter((f) => f.start > colon && f.end <= end);
  if (items.length < 2 || !items.every((f) => isPart(f) && compatible(f, pair.part)) || !items.some((f) => f.id === pair.part.id)) return undefined;
  const sum = items.reduce((acc, f) => add(acc, intervalOf(f)), point(0));
  // The amount stands before the list in its paragraph, or, when the list opens it, in the paragraph before.
  const prev = ctx.doc.blocks[block.index - 1];
  const own = figs.filter((f) => f.end <= colon);
  const before = (own.length || !prev || prev.kind !== 'paragraph' ? own : ctx.figuresByBlock[prev.index]).slice(-SOURCE_REACH);
  const meet = before.filter((f) => isPart(f) && compatible(f, pair.part) && meets(intervalOf(f), sum));
  if (!meet.length || !meet.every((f) => f.value.times(f.scale).eq(meet[0].value.times(meet[0].scale)))) return undefined;
  const total = meet[meet.length - 1];
  return { total, label: labelBefore(ctx.doc.blocks[total.block].text, total.start) };
}

interface Named {
  share: DocFigure;
  total: DocFigure;
  label: string;
}

/** The total of the one sum the part is a component of. */
function ofWhichTotal(byComponent: Map<number, SumClaim[]>, pair: Pair): { total: DocFigure; label: string } | undefined {
  const owners = byComponent.get(pair.part.id) ?? [];
  const totals = [...new Map(owners.map((s) => [s.total.id, s])).values()];
  if (totals.length !== 1) return undefined;
  const s = totals[0];
  if (s.shape === 'table-row' || s.shape === 'table-column') return undefined;
  return { total: s.total, label: s.subject || '合计' };
}

// ，其中用于教育、社保等民生方面的支出: the part's clause opens with 其中 (no other clause after it before the part).
const OF_WHICH_CLAUSE = /[，,；;][\s\u3000]*其中[：:]?[^，,。；;：:]*$/;

/**
 * 全市一般公共预算支出372.60亿元，完成…的96.5%，增长2.2%（上年364.58亿元），其中用于…民生方面的支出298.46亿元，占比为82.6%:
 * a bare share of a part a 其中 clause opens, when no list was read from it (its name may hold a 、 list of what it is for),
 * is of the amount the sentence opened with. Only when nothing else between them could be the 其中's whole: the figures of
 * the part's kind between them are the whole's bases (上年, 调整预算), no other level, no change (其中…增加 is of a change).
 */
function sentenceOfWhichWhole(ctx: ExtractContext, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const text = block.text;
  const from = sentenceStart(text, pair.part.start);
  const lead = text.slice(from, pair.part.start);
  if (pair.part.role !== 'amount' || !OF_WHICH_CLAUSE.test(lead) || lead.indexOf('其中') !== lead.lastIndexOf('其中')) return undefined;
  const figs = ctx.figuresByBlock[block.index];
  const k = firstFrom(figs, from);
  const whole = figs[k];
  if (!whole || whole.end > pair.part.start || whole.role !== 'amount' || whole.approximate || whole.dimension !== pair.part.dimension) return undefined;
  // The whole is the subject of the sentence's opening clause.
  if (/[，,；;：:]/.test(text.slice(from, whole.start))) return undefined;
  for (let j = k + 1; j < figs.length && figs[j].start < pair.part.start; j++) {
    const f = figs[j];
    if (f.dimension === whole.dimension && f.role !== 'prior') return undefined;
    if (f.role === 'delta') return undefined;
  }
  return { total: whole, label: labelBefore(text, whole.start) };
}

const BARE_MEASURE = /^(?:收入|支出)$/;
// 调整后收入, 年初预算支出, 当年收入: a measure named by its stage or year alone, no book or item before it.
const STAGED_MEASURE_NAME = /^(?:调整后的?|调整前的?|年初预算的?|年初|全年|当年|本年度?|年度)(?:预算)?(?:收入|支出)(?:预算|决算)?$/;
// 调整后20,600万元, 年初预算12,000万元: a name that is only a stage or a year names no subject (the sentence's subject is
// left unsaid before it): it is no whole of a share named 调整后收入 once 收入 is set aside.
const STAGE_ONLY = /^(?:调整后的?|调整前的?|调整为|年初预算|年初|全年|当年|本年度?|年度|预算|决算|执行数?|预计执行数?)$/;
const STAGED_MEASURE = /^(收入|支出)(预算|决算)$/;
// A bare measure named as the whole of it: 支出总额, 收入总计, 全部支出, 总收入.
const WHOLE_OF_MEASURE = /总额|总计|合计|全部|总(?:收入|支出)/;
// Whose 收入 or 支出 is a whole of its own: a book's (一般公共预算), a fund's (社会保险基金, 职工基本医疗保险基金), the
// department's or unit's own (部门支出合计).
const WHOLE_OWNER = new RegExp(`^${BUDGET_BOOK_SOURCE.replace(')预算', ')(?:预算)?')}$|基金(?:预算)?$|^(?:本|全)?(?:部门|单位)$|${ISSUER_SELF.source}`);
const STAGE_FUNDS = new RegExp(`^(?:实际|累计)?(${FUNDING_STAGE_VERBS.join('|')})(?:的)?(?:资金|金额|总额)$`);
// The total stated with that verb, after at most a fund's name and 实际/累计, before at most the fund's (资金实际到位, 累计下达专项资金).
const STAGE_OWNER = new RegExp(`^[\u4e00-\u9fff]{0,10}?(?:实际|累计|共|已)?(${FUNDING_STAGE_VERBS.join('|')})(?:[\u4e00-\u9fff]{0,6}资金)?$`);
// 该险种收入, 该项目支出, 该基金收入: the item the paragraph is about, named by 该.
const THIS_ITEM = /^该[\u4e00-\u9fff]{1,4}?(收入|支出)$/;

/**
 * 港江乡一般公共预算支出X万元，其中一般公共服务支出Y万元，占一般公共预算支出的P%: the total of the
 * 其中 list the part is in, when its subject is the share's name with a place or scope before it.
 */
function placedOwner(byComponent: Map<number, SumClaim[]>, pair: Pair): { total: DocFigure; label: string } | undefined {
  // …支出9,384万元。其中：…，国有企业资本金注入5,260万元，占支出的58.6%: a bare 收入/支出 inside a 其中 list is
  // the list's own total when that is a 收入/支出 too (the text names the measure it has just broken down).
  // 占收入预算总额的, 占支出决算总额的: the measure with the stage the list's total was stated at (its subject, 本局收入预算,
  // is read without it); a stage the subject does not carry is another whole.
  const staged = STAGED_MEASURE.exec(pair.name);
  const name = staged ? staged[1] : pair.name;
  const bare = BARE_MEASURE.test(name);
  if (name.length < 4 && !bare) return undefined;
  // 实际到位2,860万元。其中中央资金…，占到位资金的比例为…: money named by the verb its list's total was stated with.
  const stage = STAGE_FUNDS.exec(pair.name)?.[1];
  const owners = (byComponent.get(pair.part.id) ?? []).filter((s) => {
    if (s.shape === 'table-row' || s.shape === 'table-column') return false;
    const subject = statedName(s.subject);
    if (stage && STAGE_OWNER.exec(subject)?.[1] === stage) return true;
    if (staged && !s.subject.includes(staged[2])) return false;
    if (!subject.endsWith(name)) return false;
    const before = subject.slice(0, -name.length);
    // 占支出总额的, 占全部收入的: the whole of the measure, not a class of it the part is listed under (项目支出…，其中…).
    // 占支出预算的 is as sure a whole: a class's own list (项目支出预算…，其中…) is not read as its whole.
    if (bare && (staged || WHOLE_OF_MEASURE.test(pair.written))) return before === '' || WHOLE_OWNER.test(before) || JURISDICTION_NAME.test(before);
    return bare || JURISDICTION_NAME.test(before);
  });
  const totals = [...new Map(owners.map((s) => [s.total.id, s])).values()];
  return totals.length === 1 ? { total: totals[0].total, label: bare ? totals[0].subject || pair.written : pair.written } : undefined;
}

// 占本次调增支出的, 占追加支出的, 占新增的一般公共预算支出的: the whole of what an adjustment added, of a measure.
const ADJUSTED_WHOLE = /^(?:本次|此次|本年|年中|年度)?(?:调增|追加|新增|增加)的?(?:一般公共预算|政府性基金预算|国有资本经营预算)?(支出|收入)(?:预算)?(?:总额|合计)?$/;
// What an adjustment adds to: a book's whole 支出 or 收入, not one class of it.
const BOOK_MEASURE = /^(?:一般公共预算|政府性基金预算|国有资本经营预算)?(支出|收入)(?:预算)?$/;

/**
 * 一般公共预算支出年初预算286,400万元，调整后为301,860万元，增加15,460万元 … 农林水支出调增6,420万元，占本次调增支出的41.5%:
 * a share of an increase, of the whole increase of its measure, is of the increase stated for the book's whole 支出 (or
 * 收入) before it in its section, when one value is so stated and it is more than the part.
 */
function adjustedTotal(ctx: ExtractContext, changesByBlock: Map<number, ChangeClaim[]>, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const measure = ADJUSTED_WHOLE.exec(pair.written)?.[1];
  if (!measure) return undefined;
  const from = windowStart(ctx, block.index);
  const heading = sectionAt(ctx, block.index, from);
  const found = new Map<string, DocFigure>();
  for (let b = Math.max(from, heading); b <= block.index; b++) {
    for (const c of changesByBlock.get(b) ?? []) {
      const d = c.delta!;
      if (b === block.index && d.end > pair.part.start) continue;
      if (!c.deltaWord || !/增|追加/.test(c.deltaWord.text) || /减/.test(c.deltaWord.text)) continue;
      if (BOOK_MEASURE.exec(statedName(c.subject))?.[1] !== measure) continue;
      if (!usable(d) || !compatible(d, pair.part) || !intervalOf(d).lo.gt(intervalOf(pair.part).hi)) continue;
      found.set(d.value.times(d.scale).toString(), d);
    }
  }
  return found.size === 1 ? { total: [...found.values()][0], label: pair.written } : undefined;
}

/**
 * 资金总额…，其中省级补助…，占项目资金的 (本项目资金, 该专项资金): the total of the 其中 list the part is in, when the base is
 * named as that total's subject with words pointing at the project the text is about (SELF_REFERENCE) and no scope.
 */
function selfOwner(byComponent: Map<number, SumClaim[]>, pair: Pair): { total: DocFigure; label: string } | undefined {
  const written = pair.written.replace(/[\s\u3000]/g, '');
  const owners = (byComponent.get(pair.part.id) ?? []).filter((s) => {
    if (s.shape === 'table-row' || s.shape === 'table-column') return false;
    const name = statedName(s.subject);
    return name.length >= 2 && written.endsWith(name) && SELF_REFERENCE.test(written.slice(0, -name.length));
  });
  const totals = [...new Map(owners.map((s) => [s.total.id, s])).values()];
  return totals.length === 1 ? { total: totals[0].total, label: pair.written } : undefined;
}

/**
 * The prose sums by how their subject is stated, built once per document: looked up for every
 * share, a scan of all the document's sums grew with the square of its length. Tables are left
 * out: a row's first figure may be last year's column.
 */
function sumsByName(ctx: ExtractContext, sums: SumClaim[]): Map<string, SumClaim[]> {
  const byName = new Map<string, SumClaim[]>();
  for (const s of sums) {
    if (s.shape === 'table-row' || s.shape === 'table-column') continue;
    const n = grandTotal(ctx, s.subject, s.total) ?? statedName(s.subject);
    const at = byName.get(n);
    if (at) at.push(s);
    else byName.set(n, [s]);
  }
  return byName;
}

/**
 * 支出总计128,607.00万元，包括本年支出…和年末结转和结余…: a bare 收入 or 支出 stated as its 总计 holds the carry-over
 * beside the year's own amount, so it is not the 本年支出 (or plain 支出) a share names: it is indexed as 支出总计.
 */
function grandTotal(ctx: ExtractContext, subject: string, total: DocFigure): string | undefined {
  return grandTotalName(statedName(subject), ctx.doc.blocks[total.block].text, total.start);
}
function grandTotalName(name: string, text: string, at: number): string | undefined {
  // 2025年区级国有资本经营预算收入总计9,437.00万元 (加上上年结转收入…): a named book's 总计 is no more its year's 收入 than a
  // bare 收入总计 is; 占当年国有资本经营预算收入的 names the year's.
  if (!/(?:收入|支出)$/.test(name)) return undefined;
  return /总计(?:为|是|达)?$/.test(text.slice(Math.max(0, at - 4), at).replace(/[\s\u3000]/g, '')) ? `${name}总计` : undefined;
}

// 占年初安排的, 占预算数的: a base named by its measure alone. 占支出预算的, 占收入预算数的: by its kind and measure, no more
// (支出预算合计46,820万元，实际支出41,260万元，占支出预算的88.1%: the one such amount of the sentence).
const MEASURE_REACH = 6;
const MEASURE_ONLY_NAME = /^(?:年初|全年|年度|调整后?)?(?:支出|收入)?(?:预算|安排)(?:数|额)?$/;
// What may stand between the base's name and its amount: the word for a total, the verb.
const TOTAL_THEN_VERB = /(?:合计|总额|共计)?(?:为|是|达)?[\s\u3000]*$/;

/**
 * 预备费年初安排3,000万元，实际动用2,640万元，占年初安排的88.0%: a base named by its measure alone is
 * the one amount before the part, in the same sentence, stated under that measure.
 */
function measureTotal(ctx: ExtractContext, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  if (!MEASURE_ONLY_NAME.test(pair.written)) return undefined;
  const text = block.text;
  const figs = ctx.figuresByBlock[block.index];
  const found: DocFigure[] = [];
  // A few figures back at most: a sentence of many such shares would otherwise be scanned once per share.
  const at = firstFrom(figs, pair.part.start);
  // The clause's start, looked for only as far back as those figures and the name before the first.
  const floor = at >= MEASURE_REACH ? Math.max(0, figs[at - MEASURE_REACH].start - pair.written.length - 2) : 0;
  let start = pair.part.start;
  while (start > floor && !'。！？!?；;\n'.includes(text[start - 1])) start--;
  for (let k = Math.max(firstFrom(figs, start), at - MEASURE_REACH); k < at; k++) {
    const f = figs[k];
    if (!isPart(f) || !compatible(f, pair.part)) continue;
    const before = text.slice(Math.max(start, f.start - pair.written.length - 4), f.start).replace(TOTAL_THEN_VERB, '');
    if (before.endsWith(pair.written)) found.push(f);
  }
  return found.length === 1 ? { total: found[0], label: pair.written } : undefined;
}

// 全部收入, 收入总额, 总收入, 全部支出, 支出总额, 总支出: the whole of a measure, named by the measure alone.
const WHOLE_OF_BARE_MEASURE = /^(?:全部(收入|支出)|(收入|支出)(?:总额|总量)|总(收入|支出))$/;
// Whose 收入 or 支出 such a whole is read as: a book's or a fund's. (A department's 支出总额 under its 科目 table is left to
// the table's reading, kindTableTotal: its text may state the budget's whole beside one book's.)
const BOOK_OR_FUND_OWNER = new RegExp(`^${BUDGET_BOOK_SOURCE.replace(')预算', ')(?:预算)?')}$|基金(?:预算)?$`);

/**
 * 全县国有资本经营预算收入完成8,642万元 … 产权转让收入560万元，在全部收入中所占比重为7.4%: a whole named by its measure alone
 * (全部收入, 收入总额, 总支出), when no amount carries that bare name, is the one amount of the measure stated before it, in
 * the window and the share's year, under the name of a whole of its own (a book's or a fund's).
 * Two such amounts of different values (two books, or a budget and its outturn), one of them stated again after with
 * another value, or one that is itself a part of a list (其中…一般公共预算收入…) leave the whole unproven.
 */
function ownerWhole(ctx: ExtractContext, byComponent: Map<number, SumClaim[]>, amountNames: Map<number, NamedAmounts>, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const w = WHOLE_OF_BARE_MEASURE.exec(pair.written.replace(/[\s\u3000]/g, ''));
  const measure = w && (w[1] ?? w[2] ?? w[3]);
  if (!measure) return undefined;
  const from = windowStart(ctx, block.index);
  const owned = (name: string) => name.length > measure.length && name.endsWith(measure) && BOOK_OR_FUND_OWNER.test(name.slice(0, -measure.length));
  const found: DocFigure[] = [];
  // Up to the share's window after it as well: a whole of that name stated again with another value leaves the base open.
  const last = Math.min(ctx.doc.blocks.length - 1, block.index + NAMED_WINDOW);
  for (let b = from; b <= last; b++) {
    if (ctx.doc.blocks[b].kind !== 'paragraph') continue;
    for (const [name, figs] of namedAmounts(ctx, amountNames, b).byName) {
      if (!owned(name)) continue;
      for (const f of figs) if (f.id !== pair.part.id && compatible(f, pair.part)) found.push(f);
    }
  }
  const yearAt = (b: number, at: number) => yearOfSentence(ctx, b, at) ?? sectionYears(ctx)[b];
  const year = yearAt(block.index, pair.part.start);
  const cands = year === undefined ? found : found.filter((f) => (yearAt(f.block, f.start) ?? year) === year);
  const before = cands.filter((f) => f.block < block.index || (f.block === block.index && f.end <= pair.part.start));
  if (!before.length || cands.some((f) => !usable(f) || (byComponent.get(f.id) ?? []).some((s) => s.shape !== 'table-row' && s.shape !== 'table-column'))) return undefined;
  const v = (f: DocFigure) => f.value.times(f.scale);
  if (!cands.every((f) => v(f).eq(v(cands[0])))) return undefined;
  const total = before[before.length - 1];
  if (v(total).lt(v(pair.part))) return undefined;
  return { total, label: pair.written };
}

/** The nearest block at or before `b`, down to `from`, that opens a section; -1 when none does. */
function sectionAt(ctx: ExtractContext, b: number, from: number): number {
  for (let k = b; k >= from; k--) if (sectionStart(ctx.doc.blocks[k])) return k;
  return -1;
}
/** A heading, or a short numbered line with no sentence in it (二、2025年预算草案 in plain text). */
const sectionStart = (b: Block) => b.kind === 'heading' || (b.kind === 'paragraph' && b.text.length <= 40 && !/[。；;！？!?]/.test(b.text) && !!readMarker(b.text));

/** The year the sentence holding `at` in block b is about (its first own year), if it names one. */
function yearOfSentence(ctx: ExtractContext, b: number, at: number): number | undefined {
  const sentences = ctx.sentences(ctx.doc.blocks[b]);
  const s = lastStartingBy(sentences, at);
  if (!s) return undefined;
  let y = sentenceYears.get(s);
  if (y === undefined) sentenceYears.set(s, (y = ownYear(s.text) ?? null));
  return y ?? undefined;
}
const sentenceYears = new WeakMap<object, number | null>();

/** For each block, the one year its section's heading names (二、2025年预算草案), if it names one. */
function sectionYears(ctx: ExtractContext): Array<number | undefined> {
  let out = sectionYearMemo.get(ctx);
  if (out) return out;
  out = [];
  let year: number | undefined;
  for (const b of ctx.doc.blocks) {
    if (sectionStart(b)) year = ownYear(b.text);
    out.push(year);
  }
  sectionYearMemo.set(ctx, out);
  return out;
}
const sectionYearMemo = new WeakMap<ExtractContext, Array<number | undefined>>();

// 审计查出问题18个，涉及金额7,280万元，已整改15个，整改率93.3%: a rate named by a verb (整改率, 办结率, 完成率) right after
// the count done under that verb (已整改15个) is that count over the sentence's first count of the same unit.
const DONE_COUNT = /(?:^|[，,；;])[\s\u3000]*(?:其中)?(?:已|累计|共|均)?(?:已)?([\u4e00-\u9fff]{2})(?:完毕|到位|完成)?$/;
const RATE_OF_VERB = /^[\s\u3000]*[，,][\s\u3000]*([\u4e00-\u9fff]{2})率(?:为|是|达到?)?[\s\u3000]*$/;

// …优的241个、良的62个、中的12个、差的3个，分别占75.8%、19.5%、3.8%和0.6%: 分别 pairs the shares with the amounts
// listed right before it, in order.
const RESPECTIVELY = /分别占(?:[^，,。；;：:0-9０-９]{1,20}?的)?(?:比重|比例|比)?(?:为|是)?[\s\u3000]*$/;
const BETWEEN_SHARES = /^[\s\u3000]*(?:[、，,]|和|及|与)[\s\u3000]*$/;
const BETWEEN_PARTS = /^[^，,。；;：:0-9０-９]{0,16}$|^[\s\u3000]*[、，,][^，,。；;：:0-9０-９]{0,16}$/;

/**
 * Shares set out 分别 after the amounts they are of: the i-th share is the i-th amount's, of the whole those amounts
 * are the parts of (the sum they are all components of: 318个项目中，优的241个、…). With no such whole, or a count of
 * shares other than the amounts', nothing is read.
 */
function respectiveShares(ctx: ExtractContext, block: Block, byComponent: Map<number, SumClaim[]>, out: ShareClaim[], taken: Set<number>): void {
  const text = block.text;
  for (const s of ctx.sentences(block)) {
    const figs = s.figures;
    for (let i = 1; i < figs.length; i++) {
      const first = figs[i];
      if (first.dimension !== 'percent' || first.approximate || taken.has(first.id)) continue;
      if (!RESPECTIVELY.test(text.slice(Math.max(s.start, first.start - 24), first.start))) continue;
      const shares = [first];
      for (let k = i + 1; k < figs.length && figs[k].dimension === 'percent' && !figs[k].approximate && BETWEEN_SHARES.test(text.slice(figs[k - 1].end, figs[k].start)); k++) shares.push(figs[k]);
      const n = shares.length;
      if (n < 2 || i < n) continue;
      const parts = figs.slice(i - n, i);
      if (parts.some((p) => !isPart(p) || !compatible(p, parts[0]) || taken.has(p.id))) continue;
      // The amounts listed one after another, a name between each; a figure of another kind before them ends the list.
      if (!parts.every((p, k) => k === 0 || BETWEEN_PARTS.test(text.slice(parts[k - 1].end, p.start)))) continue;
      const wholes = (byComponent.get(parts[0].id) ?? []).filter((w) => parts.every((p) => w.components.some((c) => c.figure.id === p.id)) && compatible(w.total, parts[0]));
      const totals = [...new Set(wholes.map((w) => w.total))];
      if (totals.length !== 1) continue;
      const total = totals[0];
      // One more amount listed before them (not their whole): the list is longer than the shares.
      const before = figs[i - n - 1];
      if (before && before !== total && compatible(before, parts[0]) && isPart(before) && BETWEEN_PARTS.test(text.slice(before.end, parts[0].start))) continue;
      const totalLabel = wholes[0].subject || labelBefore(ctx.doc.blocks[total.block].text, total.start);
      parts.forEach((p, k) => {
        taken.add(shares[k].id);
        out.push({ kind: 'share', part: p, share: shares[k], total, partLabel: labelBefore(text, p.start, s.start), totalLabel, via: 'of-which' });
      });
      i += n - 1;
    }
  }
}

function countRates(ctx: ExtractContext, block: Block, out: ShareClaim[], taken: Set<number>): void {
  for (const s of ctx.sentences(block)) {
    const figs = s.figures;
    // The sentence's first count of each unit, found once (a look back from every rate was quadratic in a long sentence).
    let firstCount: Map<string, DocFigure> | undefined;
    for (let k = 2; k < figs.length; k++) {
      const [done, f] = [figs[k - 1], figs[k]];
      if (f.dimension !== 'percent' || f.approximate || taken.has(f.id) || done.dimension !== 'count' || done.approximate) continue;
      const rate = RATE_OF_VERB.exec(block.text.slice(done.end, f.start));
      const verb = DONE_COUNT.exec(block.text.slice(Math.max(s.start, done.start - 12), done.start));
      if (!rate || !verb || rate[1] !== verb[1] || !/已/.test(block.text.slice(Math.max(s.start, done.start - 8), done.start))) continue;
      // The whole: the sentence's first count, in the same unit, before the one done.
      if (!firstCount) {
        firstCount = new Map();
        for (const x of figs) if (x.dimension === 'count' && !firstCount.has(x.unit)) firstCount.set(x.unit, x);
      }
      const whole = firstCount.get(done.unit);
      if (!whole || whole.start >= done.start || whole.approximate) continue;
      const label = labelBefore(block.text, whole.start, s.start).replace(/[\s\u3000]/g, '');
      taken.add(f.id);
      out.push({ kind: 'share', part: done, share: f, total: whole, partLabel: `已${verb[1]}`, totalLabel: label || '总数', via: 'named' });
    }
  }
}

// 全年支出, 当年收入, 支出: a whole named by its measure and, at most, the year.
const MEASURE_OF_YEAR = /^(?:全年|当年|本年|年度)?(收入|支出)$/;
/** Whether a stretch ends inside a frame 在… opened in it (no clause mark since the 在). */
const opensFrame = (stretch: string) => {
  const k = stretch.lastIndexOf('在');
  return k >= 0 && !/[，,。；;]/.test(stretch.slice(k));
};

/**
 * The amount the part's sentence frames itself in (在一般公共预算支出246,380万元中，…) when its label ends with `measure`;
 * null when the sentence is so framed in another kind of whole (say nothing), undefined when it is not framed.
 */
function framingWhole(ctx: ExtractContext, block: Block, pair: Pair, measure: string): DocFigure | null | undefined {
  const s = ctx.sentences(block).find((x) => x.start <= pair.part.start && pair.part.end <= x.end);
  if (!s) return undefined;
  for (const f of s.figures) {
    if (f.end > pair.part.start) break;
    if (!/^[\s\u3000]*中/.test(block.text.slice(f.end, f.end + 3)) || !opensFrame(block.text.slice(Math.max(s.start, f.start - 30), f.start))) continue;
    const label = block.text.slice(Math.max(s.start, f.start - 30), f.start).replace(/[\s\u3000]/g, '');
    return label.endsWith(measure) && isPart(f) && usable(f) && compatible(f, pair.part) ? f : null;
  }
  return undefined;
}

/**
 * A total named after 占, stated before the share within a few blocks: the
 * total of a sum with that subject, or an amount whose label is that name.
 * Two such totals with different values make the name ambiguous: none.
 */
function namedTotal(
  ctx: ExtractContext,
  byName: Map<string, SumClaim[]>,
  loose: Map<string, LooseSum[]>,
  amountNames: Map<number, NamedAmounts>,
  block: Block,
  pair: Pair,
): { total: DocFigure; label: string } | undefined {
  // 占该险种收入的, 占该项目支出的: the paragraph's own item (its run-in title's), stated by a bare 收入/支出 before the part.
  const own = THIS_ITEM.exec(pair.written.replace(/[\s\u3000]/g, ''));
  if (own) {
    // (全年支出480.00万元 states the item's year as a bare 支出 would: 全年 names no other amount.)
    const byName = namedAmounts(ctx, amountNames, block.index).byName;
    const named = [...(byName.get(own[1]) ?? []), ...(byName.get(`全年${own[1]}`) ?? [])].filter((f) => f.end <= pair.part.start && compatible(f, pair.part) && usable(f));
    return named.length === 1 ? { total: named[0], label: pair.written } : undefined;
  }
  // 在一般公共预算支出246,380万元中，12月当月支出42,860万元，占全年支出的17.3%: a sentence framed in a whole (在X中) names that
  // whole by its measure alone; another paragraph's bare 支出 (a fund's) is not it.
  const framed = MEASURE_OF_YEAR.exec(pair.written.replace(/[\s\u3000]/g, '').replace(/的$/, ''));
  if (framed) {
    const whole = framingWhole(ctx, block, pair, framed[1]);
    if (whole !== undefined) return whole ? { total: whole, label: pair.written } : undefined;
  }
  const from = windowStart(ctx, block.index);
  const inWindow = (f: DocFigure) => f.block >= from && (f.block < block.index || (f.block === block.index && f.end <= pair.part.start));
  const found = new Map<number, DocFigure>();
  for (const s of byName.get(pair.name) ?? []) if (inWindow(s.total)) found.set(s.total.id, s.total);
  for (let b = from; b <= block.index; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind === 'toc') continue;
    if (blk.kind === 'table-row') {
      // A row named like the total with one amount in it (the rest are shares or rates): that amount.
      const money = ctx.figuresByBlock[b].filter((f) => f.dimension === 'money');
      const first = blk.cells?.[0];
      if (!first || !money.length) continue;
      if (money.length > 1) {
        const whole = classifiedRowWhole(ctx, blk, pair);
        if (whole) found.set(whole.id, whole);
        continue;
      }
      if (!isPart(money[0]) || !compatible(money[0], pair.part)) continue;
      if (statedName(blk.text.slice(first.start, first.end)) === pair.name) found.set(money[0].id, money[0]);
      continue;
    }
    for (const f of namedAmounts(ctx, amountNames, b).byName.get(pair.name) ?? []) {
      if (inWindow(f) && compatible(f, pair.part)) found.set(f.id, f);
    }
  }
  let cands = [...found.values()].filter((f) => f.id !== pair.part.id && usable(f));
  if (!cands.length && SHORT_FUND.test(pair.name)) {
    const fund = shortFundTotal(ctx, byName, amountNames, from, inWindow, pair);
    if (fund === 'ambiguous') return undefined;
    cands = fund;
  }
  // A bare 收入 or 支出 (占当年收入的) under a heading naming one budget book ((三)国有资本经营预算) is that book's: the
  // income of the book before it ((一)一般公共预算) is another. So is one named only by its stage or year (占调整后收入的,
  // 占年初预算支出的): the stage says when, not whose.
  const heading = sectionAt(ctx, block.index, from);
  const inSection = (list: DocFigure[]) => (heading >= 0 ? list.filter((f) => f.block > heading) : list);
  const bookOnly = (BARE_MEASURE.test(pair.name) || STAGED_MEASURE_NAME.test(pair.name)) && heading >= 0 && BUDGET_BOOK.test(ctx.doc.blocks[heading].text);
  if (bookOnly) cands = inSection(cands);
  // (Before the loose reading: a 收入总计 is no bare 收入, the one the loose reading takes for it.)
  if (!cands.length) cands = bareGrandTotal(ctx, byName, amountNames, from, inWindow, pair);
  if (!cands.length) cands = looselyNamed(ctx, loose, amountNames, from, inWindow, pair);
  if (!cands.length) cands = totalOfNamed(ctx, amountNames, block, pair);
  if (!cands.length) cands = appropriatedBook(ctx, byName, amountNames, from, inWindow, pair);
  if (bookOnly) cands = inSection(cands);
  if (!cands.length) cands = scopedBudget(ctx, from, inWindow, pair);
  if (!cands.length) cands = verbTotal(ctx, from, inWindow, pair);
  if (!cands.length) cands = sampledTotal(ctx, pair);
  if (!cands.length) cands = evaluatedTotal(ctx, from, inWindow, pair);
  // 2024年度…涉及资金…，占项目支出总额的82.3% after 2025年…项目支出3,740.10万元: a total stated in a
  // sentence about another year is another year's total.
  // 一、2024年预算执行情况 … 二、2025年预算草案 … 占一般公共预算支出的78.9%: a sentence naming no year is about its section's.
  const yearAt = (b: number, at: number) => yearOfSentence(ctx, b, at) ?? sectionYears(ctx)[b];
  const year = yearAt(block.index, pair.part.start);
  if (year !== undefined) cands = cands.filter((f) => (yearAt(f.block, f.start) ?? year) === year);
  // A whole found by name smaller than the part it is said to hold (项目支出856.24万元 against the 一般公共预算拨款's
  // 项目支出723.74万元) is another scope's, when the share says the part is at most all of it.
  if (!intervalOf(pair.share).lo.gt(100)) cands = cands.filter((f) => !intervalOf(f).hi.lt(intervalOf(pair.part).lo));
  if (!cands.length) return undefined;
  const same = (list: DocFigure[]) => list.every((f) => f.value.times(f.scale).eq(list[0].value.times(list[0].scale)));
  if (!same(cands)) {
    // 2024 执行 in 一、, the 2025 budget in 二、: a name stated with two values is the one of the share's
    // own section, when the section states it once (a heading starts another year or scope).
    cands = heading < 0 ? [] : inSection(cands);
    if (!cands.length || !same(cands)) return undefined;
  }
  const total = cands.reduce((a, b) => (b.id > a.id ? b : a));
  // The whole named again with another amount (its budget after its outturn) leaves open which the share is of; a share
  // that fits none of them is wrong whichever was meant.
  const again = statedAgainAfter(ctx, pair, total);
  if (again.length && [total, ...again].some((f) => fitsShare(pair, f))) return undefined;
  return { total, label: pair.written };
}

/**
 * 涉及资金3,862.40万元，占项目支出总额4,126.80万元的93.6%。⏎…涉及资金1,286.50万元，占项目支出总额的28.4%: a whole stated once inside
 * an earlier share, under the very name the later share gives it, in reach with no heading between and of the same year, is
 * that share's whole too. Another amount given that name in reach, or two such wholes of different values, leave it open.
 */
function inlineWholeBefore(ctx: ExtractContext, inlineWholes: Map<string, DocFigure[]>, amountNames: Map<number, NamedAmounts>, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const list = inlineWholes.get(pair.name);
  if (!list) return undefined;
  const from = windowStart(ctx, block.index);
  const heading = sectionAt(ctx, block.index, from);
  const inReach = (f: DocFigure) => f.block >= from && f.block > heading && (f.block < block.index || f.end <= pair.part.start);
  for (let b = Math.max(from, heading + 1); b <= block.index; b++) {
    if ((namedAmounts(ctx, amountNames, b).byName.get(pair.name) ?? []).some((f) => inReach(f) && f.id !== pair.part.id)) return undefined;
  }
  const yearAt = (b: number, at: number) => yearOfSentence(ctx, b, at) ?? sectionYears(ctx)[b];
  const year = yearAt(block.index, pair.part.start);
  const cands = list.filter((f) => inReach(f) && f.id !== pair.part.id && compatible(f, pair.part) && usable(f));
  if (!cands.length || (year !== undefined && cands.some((f) => (yearAt(f.block, f.start) ?? year) !== year))) return undefined;
  const v = (f: DocFigure) => f.value.times(f.scale);
  if (!cands.every((f) => v(f).eq(v(cands[0])))) return undefined;
  const total = cands[cands.length - 1];
  if (v(total).lt(v(pair.part))) return undefined;
  return { total, label: pair.written };
}

// 绩效目标管理资金总额: the funds of the projects under a practice, named by the practice.
const PRACTICE_FUNDS = /^([\u4e00-\u9fff]{2,12}?)资金(?:总额|合计|总计)?$/;

/**
 * 实行绩效目标管理的项目31个，涉及一般公共预算资金4,862.30万元。…重点项目资金2,146.80万元，占绩效目标管理资金总额的48.6%: the
 * funds of "the projects under Y" (Y的项目) stated by the sentence counting them are the whole named Y资金. One such sentence in
 * reach with no heading between, one amount in it named …资金; anything more leaves it open.
 */
function projectFundsWhole(ctx: ExtractContext, block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const m = PRACTICE_FUNDS.exec(pair.name);
  if (!m) return undefined;
  const from = windowStart(ctx, block.index);
  const heading = sectionAt(ctx, block.index, from);
  const found: DocFigure[] = [];
  for (let b = Math.max(from, heading + 1); b <= block.index; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind !== 'paragraph') continue;
    for (const s of ctx.sentences(blk)) {
      if (b === block.index && s.end > pair.part.start) break;
      if (!s.text.replace(/[\s\u3000]/g, '').includes(`${m[1]}的项目`)) continue;
      for (const f of s.figures) {
        if (!isPart(f) || f.id === pair.part.id || !compatible(f, pair.part) || !usable(f)) continue;
        if (statedName(labelBefore(blk.text, f.start)).endsWith('资金')) found.push(f);
      }
    }
  }
  if (found.length !== 1 || found[0].value.times(found[0].scale).lt(pair.part.value.times(pair.part.scale))) return undefined;
  return { total: found[0], label: pair.written };
}

// What a whole's name ends with that says only it is all of the measure: 政府采购合同总额 is of 采购合同.
const WHOLE_TAIL = /(?:总额|总计|合计|金额|额)$/;

/**
 * 政府采购合同总额1,049.00万元，其中：货物类186.40万元…。货物类授予中小企业合同金额149.12万元，占货物类采购合同金额的86.0%: a whole
 * named by a listed part's label followed by the measure of the list's total (货物类 + 采购合同 of 政府采购合同总额) is that part. Parts
 * of prose lists only, in reach with no heading between; parts of different values so named leave it open.
 */
function listedPartWhole(ctx: ExtractContext, sums: readonly SumClaim[], block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const from = windowStart(ctx, block.index);
  const heading = sectionAt(ctx, block.index, from);
  const inReach = (f: DocFigure) => f.block >= from && f.block > heading && (f.block < block.index || f.end <= pair.part.start);
  const found = new Map<number, DocFigure>();
  for (const s of sums) {
    if (s.shape === 'table-row' || s.shape === 'table-column' || !inReach(s.total)) continue;
    const whole = statedName(labelBefore(ctx.doc.blocks[s.total.block].text, s.total.start)).replace(WHOLE_TAIL, '');
    for (const c of s.components) {
      const label = statedName(c.label).replace(/^其中/, '');
      if (label.length < 2 || !pair.name.startsWith(label) || !inReach(c.figure) || c.figure.id === pair.part.id) continue;
      const measure = pair.name.slice(label.length).replace(WHOLE_TAIL, '');
      if (measure.length >= 2 && whole.length > measure.length && whole.endsWith(measure) && compatible(c.figure, pair.part) && usable(c.figure)) found.set(c.figure.id, c.figure);
    }
  }
  const cands = [...found.values()];
  if (!cands.length) return undefined;
  const v = (f: DocFigure) => f.value.times(f.scale);
  if (!cands.every((f) => v(f).eq(v(cands[0]))) || v(cands[0]).lt(v(pair.part))) return undefined;
  return { total: cands[cands.length - 1], label: pair.written };
}

/** Whether `pair`'s share is its part's share of `whole`, rounded or cut at its last digit. */
function fitsShare(pair: Pair, whole: DocFigure): boolean {
  const q = div(intervalOf(pair.part), intervalOf(whole));
  return !q || meets(scale(q, 100), intervalOf(pair.share));
}

/**
 * 一般公共预算支出完成128.47亿元 (to September) … 一般公共预算支出年初预算170.26亿元，…调整为172.85亿元。… 教育支出28.46亿元，
 * 占一般公共预算支出的16.5%: the whole is named again after the amount found for it, stating another amount the reading
 * bound to no name. Which of them the share is of, the text does not prove: the amounts so stated (with the rest of their
 * sentences'), none when it is not.
 */
function statedAgainAfter(ctx: ExtractContext, pair: Pair, total: DocFigure): DocFigure[] {
  const name = pair.written || pair.name;
  const again: DocFigure[] = [];
  if (!name) return again;
  const value = total.value.times(total.scale);
  for (let b = total.block; b <= pair.part.block; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind !== 'paragraph') continue;
    const from = b === total.block ? total.end : 0;
    const to = b === pair.part.block ? pair.part.start : blk.text.length;
    for (let at = blk.text.indexOf(name, from); at >= 0 && at < to; at = blk.text.indexOf(name, at + name.length)) {
      // The whole itself, not a part named with it (县本级部门“三公”经费支出…, 其中乡镇一般公共预算支出…).
      if (at > 0 && !WHOLE_BEFORE.test(blk.text.slice(Math.max(0, at - 6), at))) continue;
      const after = at + name.length;
      // The name stating an amount of its own: 一般公共预算支出年初预算170.26亿元, not 一般公共预算支出中，教育支出….
      const stated = ctx.figuresByBlock[b].find((f) => f.start >= after && f.start - after <= RESTATED_REACH && f.dimension === 'money' && (f.role === 'amount' || f.role === 'new-value') && !CLAUSE_BREAK.test(blk.text.slice(after, f.start)));
      if (!stated || stated.id === pair.part.id || !compatible(stated, pair.part) || stated.value.times(stated.scale).eq(value)) continue;
      // 一般公共预算支出年初预算170.26亿元，…，调整为172.85亿元: the name's sentence goes on to state its other amounts.
      const s = ctx.sentences(blk).find((x) => x.start <= stated.start && stated.end <= x.end);
      for (const f of s?.figures ?? [stated]) if (f.id !== pair.part.id && compatible(f, pair.part)) again.push(f);
    }
  }
  return again;
}

const RESTATED_REACH = 12;
const WHOLE_BEFORE = /(?:[\s\u3000，,。；;：:、（(“"]|(?:全|我|本)(?:省|市|区|县|州|旗|镇|乡)|[0-9０-９]年度?)$/;
const CLAUSE_BREAK = /[，,。；;：:、！？]/;

/**
 * 全市社会保险基金收入248.36亿元 … 各级财政补贴收入52.18亿元，占基金收入的23.0%: a fund's income or spending called 基金收入
 * (基金支出) in a section that names one fund's alone (政府性基金收入 as well). Two funds named (社会保险基金收入 and
 * 政府性基金收入), which is meant is not said.
 */
function shortFundTotal(
  ctx: ExtractContext,
  byName: Map<string, SumClaim[]>,
  amountNames: Map<number, NamedAmounts>,
  from: number,
  inWindow: (f: DocFigure) => boolean,
  pair: Pair,
): DocFigure[] | 'ambiguous' {
  const m = SHORT_FUND.exec(pair.name);
  if (!m) return [];
  const full = m[1] === '收入' ? FUND_INCOME : FUND_SPENDING;
  const start = Math.max(from, sectionAt(ctx, pair.part.block, from));
  const names = new Set<string>();
  const found = new Map<number, DocFigure>();
  for (const [name, list] of byName) {
    if (!full.test(name)) continue;
    for (const x of list) {
      if (x.total.block < start || !inWindow(x.total)) continue;
      names.add(name);
      found.set(x.total.id, x.total);
    }
  }
  for (let b = start; b <= pair.part.block; b++) {
    if (ctx.doc.blocks[b].kind !== 'paragraph') continue;
    for (const [name, figs] of namedAmounts(ctx, amountNames, b).byName) {
      if (!full.test(name)) continue;
      for (const f of figs) {
        if (!inWindow(f) || !compatible(f, pair.part)) continue;
        names.add(name);
        found.set(f.id, f);
      }
    }
  }
  if (names.size > 1) return 'ambiguous';
  return [...found.values()].filter((f) => f.id !== pair.part.id && usable(f));
}
const SHORT_FUND = /^基金(收入|支出)$/;
const FUND_INCOME = /.基金(?:预算)?收入$/;
const FUND_SPENDING = /.基金(?:预算)?支出$/;

/**
 * 到期本金71,200万元，其中一般债务29,800万元、专项债务41,400万元，占年末债务余额的7.5%: a share right after the last part of
 * a 其中 list may be the list's total's. When the total's share is the one written, which was meant is not proven.
 */
function ofListTotal(byComponent: Map<number, SumClaim[]>, pair: Pair, whole: DocFigure): boolean {
  for (const s of byComponent.get(pair.part.id) ?? []) {
    const last = s.components[s.components.length - 1];
    if (s.shape !== 'of-which' || last.figure.id !== pair.part.id || s.total.block !== pair.part.block || s.total.start > pair.part.start) continue;
    const q = div(intervalOf(s.total), intervalOf(whole));
    if (q && meets(scale(q, 100), intervalOf(pair.share))) return true;
  }
  return false;
}

/**
 * The first block of the NAMED_WINDOW blocks before `b`, a table's rows counting as one: a table between a share
 * and its total puts no more of the text between them than its title does, however many rows it has.
 */
/** Rows a table may hold that classifiedRowWhole searches for the part's column: a classification table's few hundred. */
const CLASSIFIED_ROWS = 400;

/**
 * 其他普通教育支出485.72万元，占普通教育支出的4.8% under a table of classified rows (20502 普通教育 | 11,360.00 | 11,082.02 |
 * …; 2050299 其他普通教育支出 | 540.00 | 485.72 | …): the whole is the row its code and name name (a 款 or 项 is named
 * without the 支出 its 类 ends with), in the column where the part itself stands in that table: the one column of
 * another row holding exactly the part's figure. A table where the part stands in no column, or in two, says nothing.
 */
function classifiedRowWhole(ctx: ExtractContext, row: Block, pair: Pair): DocFigure | undefined {
  const first = row.cells![0];
  const written = row.text.slice(first.start, first.end).replace(/[\s\u3000]/g, '');
  const code = /^[0-9]{3}(?:[0-9]{2}){0,2}(?=[^0-9.,，．])/.exec(written);
  if (!code) return undefined;
  const name = statedName(written.slice(code[0].length));
  if (!name || (name !== pair.name && `${name}支出` !== pair.name)) return undefined;
  const blocks = ctx.doc.blocks;
  const id = row.table!.id;
  let top = row.index;
  while (top > 0 && row.index - top < CLASSIFIED_ROWS && blocks[top - 1].table?.id === id) top--;
  const part = pair.part;
  let column = -1;
  for (let b = top; b < blocks.length && b - top < CLASSIFIED_ROWS && blocks[b].table?.id === id; b++) {
    const cells = blocks[b].cells;
    if (b === row.index || !cells) continue;
    for (const f of ctx.figuresByBlock[b]) {
      if (f.dimension !== 'money' || !f.value.eq(part.value) || !f.scale.eq(part.scale)) continue;
      const c = cells.findIndex((cl) => f.start >= cl.start && f.end <= cl.end);
      if (c < 0 || (column >= 0 && column !== c)) return undefined;
      column = c;
    }
  }
  const cell = column > 0 ? row.cells![column] : undefined;
  const whole = cell ? ctx.figuresByBlock[row.index].filter((f) => f.start >= cell.start && f.end <= cell.end) : [];
  return whole.length === 1 && isPart(whole[0]) && compatible(whole[0], part) ? whole[0] : undefined;
}

function windowStart(ctx: ExtractContext, b: number): number {
  const blocks = ctx.doc.blocks;
  let i = b;
  for (let n = 0; i > 0 && n < NAMED_WINDOW; ) {
    i--;
    if (blocks[i].kind !== 'table-row' || blocks[i + 1]?.kind !== 'table-row') n++;
  }
  return i;
}

/**
 * 占“三公”经费的比重为31.7%, the total stated as “三公”经费决算支出合计1,286.40万元: a name that
 * says only what the total is of. When no total carries the name exactly, one whose name is the
 * same once its measure (决算, 预算, 执行数) and a trailing 支出/收入/经费 are set aside is taken
 * (sameSubject; 收入 never meets 支出, which stay part of the name when both names have one).
 */
function looselyNamed(
  ctx: ExtractContext,
  loose: Map<string, LooseSum[]>,
  amountNames: Map<number, NamedAmounts>,
  from: number,
  inWindow: (f: DocFigure) => boolean,
  pair: Pair,
): DocFigure[] {
  const want = withoutMeasure(pair.name);
  if (want.length < 2 || STAGE_ONLY.test(subjectCore(want))) return [];
  const found = new Map<number, DocFigure>();
  // By the names' cores (sameSubject implies equal cores): trying every sum's name for every share was quadratic.
  for (const { sum: s, name } of loose.get(subjectCore(want)) ?? []) {
    if (!GRAND_TOTAL.test(name) && sameSubject(withoutMeasure(name), want) && inWindow(s.total)) found.set(s.total.id, s.total);
  }
  statedBefore(ctx, amountNames, from, pair, found, (named) => (named.byCore.get(subjectCore(want)) ?? []).filter(({ f, name }) => inWindow(f) && !GRAND_TOTAL.test(name) && sameSubject(name, want)).map(({ f }) => f));
  return wholesOf(found, pair);
}

/**
 * Adds to `found` the amounts of the paragraphs from block `from` to the share's own that `pick` takes from each one's named
 * amounts and that can be the part's whole (compatible).
 */
function statedBefore(ctx: ExtractContext, amountNames: Map<number, NamedAmounts>, from: number, pair: Pair, found: Map<number, DocFigure>, pick: (named: NamedAmounts) => Iterable<DocFigure>): void {
  for (let b = from; b <= pair.part.block; b++) {
    if (ctx.doc.blocks[b].kind !== 'paragraph') continue;
    for (const f of pick(namedAmounts(ctx, amountNames, b))) if (compatible(f, pair.part)) found.set(f.id, f);
  }
}

/** The wholes found, the part itself and unusable figures left out. */
const wholesOf = (found: Map<number, DocFigure>, pair: Pair): DocFigure[] => [...found.values()].filter((f) => f.id !== pair.part.id && usable(f));

// 一般公共预算支出 named by a department as what it was given to spend from the book: 一般公共预算拨款支出, 一般公共预算财政拨款支出.
const BOOK_MEASURE_NAME = new RegExp(`^(${BUDGET_BOOK_SOURCE})(支出|收入)$`);

/**
 * 2026年一般公共预算拨款支出6,212.60万元 … 城乡社区支出1,102.80万元，占一般公共预算支出的比重为19.2%: a department's whole of a
 * book is its 拨款 (财政拨款) from the book, and a share naming the book's 支出 or 收入, when no amount carries that name,
 * is of it. Amounts of both names with different values leave it to the caller's check that all agree (none).
 */
function appropriatedBook(
  ctx: ExtractContext,
  byName: Map<string, SumClaim[]>,
  amountNames: Map<number, NamedAmounts>,
  from: number,
  inWindow: (f: DocFigure) => boolean,
  pair: Pair,
): DocFigure[] {
  const m = BOOK_MEASURE_NAME.exec(pair.name);
  if (!m) return [];
  const names = [`${m[1]}拨款${m[3]}`, `${m[1]}财政拨款${m[3]}`];
  const found = new Map<number, DocFigure>();
  for (const n of names) for (const x of byName.get(n) ?? []) if (inWindow(x.total)) found.set(x.total.id, x.total);
  statedBefore(ctx, amountNames, from, pair, found, (named) => names.flatMap((n) => named.byName.get(n) ?? []).filter(inWindow));
  return wholesOf(found, pair);
}

// 总投资, 总支出, 总收入: a name for the whole of what follows 总.
const TOTAL_OF = /^总[\u4e00-\u9fff]{1,4}$/;

/**
 * 项目总投资6.82亿元，其中申请专项债券2.60亿元，占总投资的42.1%: a whole named 总X is the amount its own sentence stated under
 * a name ending in 总X, however the name opens (项目, 本年度单位, 2025年全镇). Two such amounts leave it unproven.
 */
function totalOfNamed(ctx: ExtractContext, amountNames: Map<number, NamedAmounts>, block: Block, pair: Pair): DocFigure[] {
  if (!TOTAL_OF.test(pair.name)) return [];
  const opening = sentenceStart(block.text, pair.part.start);
  const found: DocFigure[] = [];
  const longer = (name: string) => name.length > pair.name.length && name.endsWith(pair.name);
  for (const [name, figs] of namedAmounts(ctx, amountNames, block.index).byName) {
    if (!longer(name)) continue;
    for (const f of figs) if (f.start >= opening && f.end <= pair.part.start && f.id !== pair.part.id && compatible(f, pair.part) && usable(f)) found.push(f);
  }
  if (found.length) return found.length === 1 ? found : [];
  // 全县教育经费总投入为62.50亿元…。⏎非财政性教育经费中，社会捐赠投入2.50亿元，占总投入的4.0%: the 总X of the whole area (全县,
  // 本单位) stated in a sentence before, in the paragraph or the few before it with no heading between, is the area's one
  // whole. A project's 总投资 is not: the next sentence may be about another project. Every such amount is returned: the
  // caller keeps a name of one value in the share's year.
  const heading = sectionAt(ctx, block.index, Math.max(0, block.index - TOTAL_OF_BACK));
  for (let b = Math.max(0, block.index - TOTAL_OF_BACK, heading + 1); b <= block.index; b++) {
    if (ctx.doc.blocks[b].kind !== 'paragraph') continue;
    const text = ctx.doc.blocks[b].text;
    // By the name's 总X, indexed once per block; a name stated more often than a few times in reach is left open, so a
    // paragraph of thousands of such shares reads a few amounts for each, not all of them.
    for (const f of grandTotalsOf(namedAmounts(ctx, amountNames, b)).get(pair.name) ?? []) {
      if (b === block.index && f.end > opening) break;
      if (f.id === pair.part.id || !compatible(f, pair.part) || !usable(f) || !AREA_WHOLE.test(labelBefore(text, f.start).replace(/[\s\u3000]/g, ''))) continue;
      found.push(f);
      if (found.length > TOTAL_OF_MOST) return [];
    }
  }
  return found;
}
/** A block's amounts named …总X (X one to four characters, 总X not the whole name), by their 总X, in text order. */
function grandTotalsOf(named: NamedAmounts): Map<string, DocFigure[]> {
  let out = grandTotalMemo.get(named);
  if (out) return out;
  out = new Map();
  for (const [name, figs] of named.byName) {
    const at = name.lastIndexOf('总');
    if (at <= 0 || !TOTAL_OF.test(name.slice(at))) continue;
    const key = name.slice(at);
    const list = out.get(key);
    if (list) list.push(...figs);
    else out.set(key, [...figs]);
  }
  for (const list of out.values()) list.sort((a, c) => a.start - c.start);
  grandTotalMemo.set(named, out);
  return out;
}
const grandTotalMemo = new WeakMap<NamedAmounts, Map<string, DocFigure[]>>();
// How many amounts of one 总X name in reach a share reads: more leave the base open.
const TOTAL_OF_MOST = 8;
// How many paragraphs before a share naming 总X the amount so named may stand.
const TOTAL_OF_BACK = 3;
// 全市教育经费总投入, 2025年本单位总支出: the name of a whole area's or the issuer's own amount.
const AREA_WHOLE = /^(?:[0-9０-９]{4}年度?)?(?:全(?:省|市|区|县|州|旗|镇|乡)|(?:我|本)(?:省|市|区|县|州|旗|镇|乡|部门|单位|院|校|局))/;

/**
 * 全镇一般公共预算收入总计8,019.60万元，… 上级补助收入5,318.60万元，占收入总计的66.3%: a bare 收入总计 (支出总计) is the one
 * 总计 of that measure stated before it under a longer name (a book's, a scope's). Two such 总计 with different values (two
 * books each with its own) leave it unproven, as the caller's check of equal values does.
 */
function bareGrandTotal(
  ctx: ExtractContext,
  byName: Map<string, SumClaim[]>,
  amountNames: Map<number, NamedAmounts>,
  from: number,
  inWindow: (f: DocFigure) => boolean,
  pair: Pair,
): DocFigure[] {
  if (!BARE_GRAND_TOTAL.test(pair.name)) return [];
  const found = new Map<number, DocFigure>();
  const longer = (name: string) => name.length > pair.name.length && name.endsWith(pair.name);
  for (const [name, list] of byName) if (longer(name)) for (const x of list) if (inWindow(x.total)) found.set(x.total.id, x.total);
  for (let b = from; b <= pair.part.block; b++) {
    if (ctx.doc.blocks[b].kind !== 'paragraph') continue;
    for (const [name, figs] of namedAmounts(ctx, amountNames, b).byName) {
      if (!longer(name)) continue;
      for (const f of figs) if (inWindow(f) && compatible(f, pair.part)) found.set(f.id, f);
    }
    // Any amount right after the words (政府性基金预算收入总计2,180.00万元, a clause the names did not bind): another 总计
    // the bare name may be, set beside the rest for the caller's check that all agree.
    const text = ctx.doc.blocks[b].text;
    for (const f of ctx.figuresByBlock[b]) {
      if (inWindow(f) && compatible(f, pair.part) && usable(f) && text.slice(Math.max(0, f.start - GRAND_TOTAL_GAP), f.start).includes(pair.name)) found.set(f.id, f);
    }
  }
  return [...found.values()].filter((f) => f.id !== pair.part.id && usable(f));
}
const BARE_GRAND_TOTAL = /^(?:收入|支出)总计$/;
// How far before an amount its 总计 may stand (收入总计为, 收入总计共计).
const GRAND_TOTAL_GAP = 8;

// How far back a 总X's own sentence is looked for: a search through a long block for each share would be quadratic.
const SENTENCE_REACH = 200;

/** Where the sentence holding `at` starts (after the last 。！？ before it), looked for SENTENCE_REACH characters back. */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  const window = text.slice(from, at);
  return from + Math.max(window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？')) + 1;
}

// 占当年筹集总额的, 占本季度发放总额的, 占资金总额的: the whole named by what was done with it, or as the money's total.
// 占全年资金规模的, 占资金总规模的, 占下达资金总量的: 规模 and 总量 of the money say what 总额 does (规模 alone, with no 资金,
// may be a project's or a programme's size, not money).
const VERB_TOTAL = /^(?:当年|本年|全年|年度|本季度|本期|本批|本次)?(筹集|安排|分配|下达|发放|拨付)?(?:(?:资金)?(?:总额|总规模)|资金(?:规模|总量))$/;
const TOTAL_VERBS = '筹集|安排|分配|下达|发放|拨付';
const LEADING_TIME_OR_SCOPE = '(?:本季度|本期|当年|全年|本年|[0-9０-９]{4}年度?|第[一二三四]季度)?(?:全省|全市|全县|全区|全镇|省级|市级|县级|区级|镇级)?';

/**
 * 全市共筹集彩票公益金8,642.75万元 … 福利彩票公益金4,806.20万元，占当年筹集总额的57.6%: a base named as the total of
 * what was done (筹集, 安排, 发放…) is the amount stated as that whole: its verb after 共 (共筹集, 共安排) or before
 * 资金 or a total word (发放资金, 安排总额). 资金总额 names no verb: any of them. The caller keeps only a name with one value.
 */
function verbTotal(ctx: ExtractContext, from: number, inWindow: (f: DocFigure) => boolean, pair: Pair): DocFigure[] {
  const m = VERB_TOTAL.exec(pair.written.replace(/[\s\u3000]/g, '').replace(/的$/, ''));
  if (!m) return [];
  const verb = m[1] ?? TOTAL_VERBS;
  // 共安排, 共筹集; or the verb opening the label, nothing before it but a time or a scope (本季度发放资金, 全县安排总额):
  // 三县分配资金合计 is the total of some of them.
  const whole = new RegExp(`共(?:${verb})|^(?:${LEADING_TIME_OR_SCOPE})?(?:${verb})(?:资金|总额)(?:合计|总计)?(?:为|是|达)?$`);
  // 发放个人住房贷款1.24万笔、52.36亿元 … 首套住房贷款…，占发放总额的: the verb with what it gave out, named by the kind the
  // part is of (贷款, 补贴), is that whole too; the amount after its count is the count's.
  const kind = GIVEN_KIND_END.exec(labelBefore(ctx.doc.blocks[pair.part.block].text, pair.part.start).replace(/[\s\u3000]/g, ''))?.[0];
  const given = (label: string) => {
    const g = kind ? GIVEN_OUT.exec(label) : null;
    return !!g && (!m[1] || g[1] === m[1]) && g[2].endsWith(kind!);
  };
  return labelledAmounts(ctx, from, inWindow, pair, (label, blk, f) => whole.test(label) || given(label || countLabelBefore(blk, f)));
}

// The verb with the name of what it gave out: 发放个人住房贷款, 全市累计发放创业担保贷款, 安排城乡居民医疗救助资金.
const GIVEN_OUT = new RegExp(`^(?:${LEADING_TIME_OR_SCOPE})?(?:共|累计)?(${TOTAL_VERBS})([\u4e00-\u9fff]{2,12})$`);
// A count and its 、 right before an amount (1.24万笔、52.36亿元; 1.24萬筆 in a traditional copy, whose 萬 stays as written):
// the amount names the counted things again.
const COUNT_THEN = /[0-9０-９][0-9０-９.,]*[万萬]?[\u4e00-\u9fff][、，,][\s\u3000]*$/;

/** The label of the count an amount follows (发放贷款1.24万笔、52.36亿元), or "" when it follows none. */
function countLabelBefore(blk: Block, f: DocFigure): string {
  const before = blk.text.slice(Math.max(0, f.start - 16), f.start);
  const m = COUNT_THEN.exec(before);
  return m ? labelBefore(blk.text, f.start - before.length + m.index).replace(/[\s\u3000]/g, '') : '';
}


// 涉及资金36,480万元，占全县项目支出…的21.6%: the evaluated money stated as a share of a greater whole, named (not the
// evaluated money again, nor left unsaid) is still the whole the evaluation covered.
const GREATER_WHOLE = /^[^，,。；;的0-9０-９]{2,20}/;
/**
 * 5个优等级项目涉及资金…，占评价资金的… / 涉及资金…，占45.0%: an amount with a share of the evaluated money (or of a base
 * left unsaid) right after it is a group's part, not the evaluation's whole.
 */
function shareOfEvaluated(text: string, f: DocFigure): boolean {
  // One class for the spaces and the comma: two runs around an optional comma made recheck's analysis run for minutes.
  const zhan = /^[\s\u3000，,]*占/.exec(text.slice(f.end, f.end + 4));
  if (!zhan) return false;
  const name = GREATER_WHOLE.exec(text.slice(f.end + zhan[0].length, f.end + zhan[0].length + 24).replace(/[\s\u3000]/g, ''))?.[0];
  return !name || EVALUATED.test(name) || ANAPHORA.test(name);
}

/**
 * 2025年度共选取市级重点项目12个开展绩效评价，涉及财政资金86,420万元 … 差等级项目涉及资金10,660万元，占评价资金总额的13.3%:
 * a base named as the money an evaluation covered is the amount its sentence says the evaluation involved (涉及…资金), the
 * evaluation named before it. An amount of a part of the projects (5个优等级项目涉及资金…，占…) is a part, not the whole.
 */
function evaluatedTotal(ctx: ExtractContext, from: number, inWindow: (f: DocFigure) => boolean, pair: Pair): DocFigure[] {
  if (!EVALUATED.test(pair.written.replace(/[\s\u3000]/g, '').replace(/的$/, ''))) return [];
  const found: DocFigure[] = [];
  for (let b = from; b <= pair.part.block; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind !== 'paragraph') continue;
    for (const f of ctx.figuresByBlock[b]) {
      if (!inWindow(f) || f.id === pair.part.id || !isPart(f) || !compatible(f, pair.part)) continue;
      const start = sentenceStart(blk.text, f.start);
      const before = blk.text.slice(start, f.start).replace(/[\s\u3000]/g, '');
      if (!AMOUNT_INVOLVED.test(labelBefore(blk.text, f.start).replace(/[\s\u3000]/g, '')) || !EVALUATION_DONE.test(before)) continue;
      if (shareOfEvaluated(blk.text, f)) continue;
      found.push(f);
    }
  }
  return found;
}

// 占抽查资金的, 占审计金额的: the money an audit looked at.
const SAMPLED = /^(抽查|抽审|检查|核查|审计)(?:的)?(?:资金|金额)(?:总额)?$/;

/**
 * 审计抽查了6个县（市、区）就业补助资金3.48亿元，…涉及资金0.26亿元，占抽查资金的6.2%: a base named as the money an audit
 * looked at is the amount its own sentence states with that verb before it (抽查了…资金): one such amount only.
 */
function sampledTotal(ctx: ExtractContext, pair: Pair): DocFigure[] {
  const m = SAMPLED.exec(pair.written.replace(/[\s\u3000]/g, '').replace(/的$/, ''));
  if (!m || pair.part.block === undefined) return [];
  const blk = ctx.doc.blocks[pair.part.block];
  const s = ctx.sentences(blk).find((x) => x.start <= pair.part.start && pair.part.end <= x.end);
  if (!s) return [];
  const named = new RegExp(`${m[1]}了?[^，,。；;]{0,24}?(?:资金|金额|经费)(?:共计|合计|总额)?(?:为|达)?$`);
  return s.figures.filter(
    // (The clause's words as written: a label stops at the bracket of 6个县（市、区）.)
    (f) => f.end <= pair.part.start && f.id !== pair.part.id && isPart(f) && usable(f) && compatible(f, pair.part) && named.test(blk.text.slice(Math.max(s.start, f.start - 40), f.start).replace(/[\s\u3000]/g, '')),
  );
}

/**
 * The amounts of the paragraphs from block `from` to the share's, before it, that could be its base (in the window, of
 * the part's kind, not the part), whose label (spaces taken out) passes `test`.
 */
function labelledAmounts(ctx: ExtractContext, from: number, inWindow: (f: DocFigure) => boolean, pair: Pair, test: (label: string, blk: Block, f: DocFigure) => boolean): DocFigure[] {
  const found: DocFigure[] = [];
  for (let b = from; b <= pair.part.block; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind !== 'paragraph') continue;
    for (const f of ctx.figuresByBlock[b]) {
      if (!inWindow(f) || f.id === pair.part.id || !isPart(f) || !usable(f) || !compatible(f, pair.part)) continue;
      if (test(labelBefore(blk.text, f.start).replace(/[\s\u3000]/g, ''), blk, f)) found.push(f);
    }
  }
  return found;
}

// 占市本级收入的, 占镇级支出的: a jurisdiction's scope and a bare 收入 or 支出.
const SCOPED_BARE = /^((?:省|市|区|县|镇|乡)?本级|(?:省|市|区|县|镇|乡)级|全(?:省|市|区|县|镇|乡))(收入|支出)$/;
const LEADING_YEAR = /^(?:[0-9０-９]{4}年度?)/;

/**
 * 市本级一般公共预算收入完成21.36亿元 … 市本级税收收入14.92亿元，占市本级收入的72.4%: a budget report's
 * 收入 and 支出 that name no fund are its general budget's, the fund it reports first and by default. The
 * base is the amount stated under the same scope as that fund's 收入 or 支出; a scope stated with no fund
 * named at all, or another fund, is not read.
 */
function scopedBudget(ctx: ExtractContext, from: number, inWindow: (f: DocFigure) => boolean, pair: Pair): DocFigure[] {
  const m = SCOPED_BARE.exec(pair.written);
  if (!m) return [];
  const [, scope, noun] = m;
  return labelledAmounts(ctx, from, inWindow, pair, (written) => {
    const label = written.replace(LEADING_YEAR, '');
    return label.startsWith(scope) && stripTail(label.slice(scope.length).replace(LEADING_YEAR, ''), MEASURE_TAIL, false) === `一般公共预算${noun}`;
  });
}

/** A block's amounts by the name their label states, and by that name's core once its measure is set aside. */
interface NamedAmounts {
  byName: Map<string, DocFigure[]>;
  byCore: Map<string, Array<{ f: DocFigure; name: string }>>;
}

/** Shared by every block without an amount; never written to. */
const NO_AMOUNTS: NamedAmounts = { byName: new Map(), byCore: new Map() };

/**
 * Read once per block and lint: every share that names its total looked its name up by reading the
 * label of every amount before it again, which was quadratic in a paragraph of shares.
 */
function namedAmounts(ctx: ExtractContext, cache: Map<number, NamedAmounts>, b: number): NamedAmounts {
  let got = cache.get(b);
  if (got) return got;
  const figures = ctx.figuresByBlock[b];
  // Two empty Maps for each block without an amount were 13 MB of a 10 MB draft's 230 MB heap.
  if (!figures.some(isPart)) {
    cache.set(b, NO_AMOUNTS);
    return NO_AMOUNTS;
  }
  got = { byName: new Map(), byCore: new Map() };
  const names = amountNamesOf(ctx, b);
  for (let n = 0; n < names.length; n += 4) {
    const f = figures[names[n] as number];
    const stated = names[n + 1] as string;
    const name = names[n + 2] as string;
    const core = names[n + 3] as string;
    const list = got.byName.get(stated);
    if (list) list.push(f);
    else got.byName.set(stated, [f]);
    const loose = got.byCore.get(core);
    if (loose) loose.push({ f, name });
    else got.byCore.set(core, [{ f, name }]);
  }
  cache.set(b, got);
  return got;
}

/**
 * The names of block b's amounts, flat: each amount's place among the block's figures, the name its label states,
 * that name without its measure, and its core. Only words: while a draft is edited, an unchanged block's are reused
 * (engine/incremental.ts) instead of every label being read again at each keystroke.
 */
function amountNamesOf(ctx: ExtractContext, b: number): Array<number | string> {
  const block = ctx.untracked.doc.blocks[b];
  return ctx.memoBlock('share-amount-names', block, '', () => {
    const figures = ctx.figuresByBlock[b];
    const text = ctx.doc.blocks[b].text;
    const out: Array<number | string> = [];
    figures.forEach((f, k) => {
      if (!isPart(f)) return;
      const label = statedName(labelBefore(text, f.start));
      const stated = grandTotalName(label, text, f.start) ?? label;
      const name = withoutMeasure(stated);
      out.push(k, stated, name, subjectCore(name));
    });
    return out;
  });
}

/** The sums by the core of their name without its measure, built once per document with byName. */
function looseIndex(byName: Map<string, SumClaim[]>): Map<string, LooseSum[]> {
  const index = new Map<string, LooseSum[]>();
  for (const [name, list] of byName) {
    const core = subjectCore(withoutMeasure(name));
    const named = list.map((sum) => ({ sum, name }));
    const at = index.get(core);
    if (at) at.push(...named);
    else index.set(core, named);
  }
  return index;
}

/** A sum with the name it is indexed by (sumsByName: 支出总计 for a bare 支出 stated as its 总计). */
interface LooseSum {
  sum: SumClaim;
  name: string;
}

/** “三公”经费决算支出 → “三公”经费支出: the measure inside a name is not the name. */
// 占基金收入的85.2% after 政府性基金预算收入累计完成6.18亿元: the fund's short name is its full one.
const withoutMeasure = (name: string) => shortFundName(withoutSangongFunding(name).replace(/(?:年初|全年|调整)?(?:决算|预算|执行)(?:数|额)?(?=(?:支出|收入)?$)/, ''));

/**
 * "一般公共预算财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出
 * （类）264.87万元，占86.05%；…". The items may run on over the next blocks
 * (a PDF's lines end a block at ；). Only a complete list is taken: when the
 * items add up to the amount, the shares can only be of it.
 */
function purposeLists(ctx: ExtractContext, block: Block, claims: ShareClaim[], taken: Set<number>, wholes: SumClaim[]): void {
  PURPOSE.lastIndex = 0;
  for (let m = PURPOSE.exec(block.text); m; m = PURPOSE.exec(block.text)) {
    const total = totalBeforeList(ctx, block, m.index);
    if (!total) continue;
    const items = listItems(ctx, block, m.index + m[0].length);
    if (!items || items.length < 2) continue;
    const parts = items.reduce((acc, it) => add(acc, intervalOf(it.part)), point(0));
    const shares = items.flatMap((it) => (it.share ? [it.share] : []));
    if (shares.length === 0) continue;
    shares.forEach((f) => taken.add(f.id));
    if (!items.every((it) => compatible(it.part, total))) continue;
    if (!meets(parts, intervalOf(total))) {
      // Items whose shares make 100% are all of the amount, though they do not add up to it.
      if (shares.length === items.length && makeWhole(shares)) {
        wholes.push({
          kind: 'sum',
          subject: cleanLabel(labelBefore(ctx.doc.blocks[total.block].text, total.start)),
          total,
          components: items.map((it) => ({ figure: it.part, label: it.label })),
          complete: true,
          shape: 'of-which',
        });
      }
      continue;
    }
    const across = items.some((it) => it.part.block !== total.block);
    for (const it of items) {
      if (!it.share) continue;
      claims.push({
        kind: 'share',
        part: it.part,
        share: it.share,
        total,
        partLabel: it.label,
        totalLabel: labelBefore(ctx.doc.blocks[total.block].text, total.start),
        via: 'purpose-list',
        ...(across ? { across } : {}),
      });
    }
  }
}

/**
 * The amount right before 主要用于以下方面：, in the same clause or closing the
 * sentence before it (also at the end of the block before, when the list's
 * sentence opens a block); nothing but punctuation may stand between.
 */
function totalBeforeList(ctx: ExtractContext, block: Block, at: number): DocFigure | undefined {
  // Spaces, at most one ，or 。, spaces (a loop: `^\s*[，,。]?\s*$` was quadratic on a run of spaces).
  const ADJACENT = { test: (t: string) => /^[，,。]?$/.test(t.trim()) };
  // 支出2,940.05万元，较上年预算数2,718.64万元增加221.41万元，增长8.1%，主要用于：the change clause between is skipped.
  const all = ctx.figuresByBlock[block.index].filter((f) => f.end <= at);
  let before = all;
  const level = [...all].reverse().find((f) => !CHANGE_ROLES.has(f.role));
  if (level && level !== all[all.length - 1] && changeClause(block.text.slice(level.end, at))) {
    before = all.filter((f) => f.end <= level.end);
    at = level.end;
  }
  let total = before[before.length - 1];
  let text = block.text;
  if (!total && !block.text.slice(0, at).trim()) {
    const prev = ctx.doc.blocks[block.index - 1];
    if (!prev || prev.kind !== 'paragraph') return undefined;
    const figs = ctx.figuresByBlock[prev.index];
    total = figs[figs.length - 1];
    text = prev.text;
    if (total && !ADJACENT.test(text.slice(total.end))) return undefined;
  } else if (total && !ADJACENT.test(text.slice(total.end, at))) return undefined;
  if (!total || !isPart(total) || total.dimension !== 'money') return undefined;
  return total;
}

const CHANGE_ROLES = new Set(['delta', 'rate', 'ratio', 'prior']);
// "，较上年…增加…，增长…%，": a comparison clause, no sentence or list break inside.
// Tested after afterLeadingComma, once a comma was found there: `^\s*[，,]\s*` was quadratic on a run of
// spaces; the run it ends with takes commas and spaces, so `[，,]?\s*$` after it added nothing.
const CHANGE_CLAUSE = /^(?:比|较|同比|与)[^。；;：:]*$/;
const changeClause = (s: string) => /^[，,]/.test(s.trimStart()) && CHANGE_CLAUSE.test(afterLeadingComma(s));

interface Item {
  part: DocFigure;
  /** None for an item stating only its amount (教育8,316万元；): a part, with no share to check. */
  share?: DocFigure;
  label: string;
}

/**
 * The "label amount，占share" items after a list's colon, up to 。; undefined
 * when one of them is not of that shape. The list is read as one stream of
 * text and figures over the blocks it runs into: a PDF line may end inside a
 * label ("一般公共服务支出" / "（类）2106.66万元") or between 占 and its share.
 */
function listItems(ctx: ExtractContext, block: Block, at: number): Item[] | undefined {
  // The stream: each block's text from the list start, until a block ends the sentence.
  const pieces: Array<{ block: Block; from: number; to: number }> = [];
  let b: Block | undefined = block;
  let from = at;
  for (let hops = 0; b && hops < 5; hops++) {
    const stop = b.text.indexOf('。', from);
    pieces.push({ block: b, from, to: stop < 0 ? b.text.length : stop });
    if (stop >= 0) break;
    const next: Block | undefined = ctx.doc.blocks[b.index + 1];
    // Only into a plain paragraph, and only when this one stops mid-list (not after a heading-like line).
    // A numbered line that states a share (（二）日常公用经费318.75万元，占10.8%) is the list's next item, not a heading.
    const numbered = !!outlineMarker(next?.text ?? '');
    if (!next || next.kind !== 'paragraph' || (numbered && !/占/.test(next.text))) break;
    b = next;
    from = 0;
  }
  // Text between stream positions, across block boundaries.
  const figs: Array<{ f: DocFigure; p: number }> = [];
  pieces.forEach((pc, p) => {
    // An item may go on with its own change (，比上年增支72.18万元，增长4.0%): not a part or a share of the list.
    for (const f of ctx.figuresByBlock[pc.block.index]) if (f.start >= pc.from && f.end <= pc.to && !CHANGE_ROLES.has(f.role)) figs.push({ f, p });
  });
  const between = (x: { p: number; end: number }, y: { p: number; start: number }): string => {
    if (x.p === y.p) return pieces[x.p].block.text.slice(x.end, y.start);
    let t = pieces[x.p].block.text.slice(x.end, pieces[x.p].to);
    for (let k = x.p + 1; k < y.p; k++) t += pieces[k].block.text.slice(pieces[k].from, pieces[k].to);
    return t + pieces[y.p].block.text.slice(pieces[y.p].from, y.start);
  };
  const items: Item[] = [];
  let prevEnd = { p: 0, end: at };
  for (let k = 0; k < figs.length; k += 2) {
    const part = figs[k];
    const share = figs[k + 1];
    // 教育8,316万元；卫生健康6,842万元；…: an item may state its amount with no share, closed by ； or the list's end; it is
    // a part of the amount all the same.
    if (isPart(part.f) && (!share || share.f.dimension !== 'percent')) {
      const labelText = between(prevEnd, { p: part.p, start: part.f.start }).replace(/[\s\u3000]+/g, '');
      const after = share ? between({ p: part.p, end: part.f.end }, { p: share.p, start: share.f.start }) : pieces[part.p].block.text.slice(part.f.end, pieces[part.p].to);
      const closed = share ? /^[\s\u3000]*[；;]/.test(after) : !after.trim() && part.p === pieces.length - 1;
      if (!closed || (items.length > 0 && !/[；;]/.test(labelText))) return items.length >= 2 ? items : undefined;
      const label = cleanLabel(labelText.slice(Math.max(labelText.lastIndexOf('；'), labelText.lastIndexOf(';')) + 1));
      if (!label || /[，,：:]/.test(label)) return items.length >= 2 ? items : undefined;
      items.push({ part: part.f, label });
      prevEnd = { p: part.p, end: part.f.end };
      k -= 1;
      continue;
    }
    if (!share) break;
    // A share whose 占 ended the line before is read as a bare percentage there: the joined text decides.
    const percent = share.f.dimension === 'percent' && !share.f.approximate && (share.f.role === 'share' || share.p !== part.p);
    if (!isPart(part.f) || !percent) return items.length >= 2 ? items : undefined;
    const gap = between({ p: part.p, end: part.f.end }, { p: share.p, start: share.f.start });
    const m = shareWords(withoutLeadingComma(gap));
    if (!m || normalName(m[1])) return undefined;
    const labelText = between(prevEnd, { p: part.p, start: part.f.start }).replace(/[\s\u3000]+/g, '');
    // Between items only a separator and the next label: another figure or a full stop ends the list.
    const label = cleanLabel(labelText.slice(Math.max(labelText.lastIndexOf('；'), labelText.lastIndexOf(';')) + 1));
    if (items.length && !/[；;，,]/.test(labelText)) return undefined;
    items.push({ part: part.f, share: share.f, label });
    prevEnd = { p: share.p, end: share.f.end };
  }
  if (figs.length % 2 === 1 && items.length) {
    // A figure left over after the last item belongs to something else: the list is what was read.
    return items;
  }
  return items;
}
