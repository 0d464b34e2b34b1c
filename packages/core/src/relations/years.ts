import type { Block } from '../document/types.ts';
import { CAPTION_UNIT_NOTE, isCaption, readMarker } from '../document/markers.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { Claim, Word, YearClaim } from './types.ts';
import { lastDay } from '../reading/dates.ts';

import { DOCUMENT_LEXICON, documentClass, issuerForms } from '../domain/documents.ts';
import { MONEY_UNIT_WRITTEN } from '../domain/lexicon.ts';
import { asciiDigits } from '../document/digits.ts';
import { firstFrom } from './first-from.ts';
import { baseValue } from '../reading/figures/interval-of.ts';
import type { DocFigure } from './types.ts';
import { balanceRestated, evaluationSource, thisAuditYear } from './year-readings.ts';
import { YEAR_WORDS } from '../domain/year-words.ts';

const L = DOCUMENT_LEXICON;
/**
 * The kind of document a disclosure is: 政府预算, 部门决算, 预算公开… after a year.
 * Captures the scope (政府/部门/单位/总) and the class (预决算/预算/决算). An
 * issuer may stand between the year and the kind (2023年度白沙洲区决算), captured
 * third, so the reader can tell it is this document's issuer.
 */
const DOC_AFTER_YEAR = new RegExp(
  `^([0-9０-９]{4})[\\s\\u3000]*年度?[\\s\\u3000]*(?:(${L.issuerName}))?[\\s\\u3000]*(?:${L.levels})?(${L.scopes})?(?:${L.fiscal}|${L.budgetKinds}|${L.wholeFlows})?(${L.classes})`,
);
// What follows a document name in a title: 公开, 相关说明, 情况说明, 表… — not 绩效, 执行, 调整…
const TITLE_TAIL = new RegExp(`^(?:[\\s\\u3000]*)(?:$|\\n|${L.titleTails})`);
// …部门决算“三公”经费、会议费和培训费支出情况说明: parts of the document named, then its 说明 closing the title.
const TITLE_PART_TAIL = new RegExp(`^(?:的)?(?:${L.titleParts})(?:[、和及与](?:${L.titleParts}))*(?:支出|预算|决算)?(?:${L.titleTails})*$`);
// In the body, the document itself is named with words that point at it, not at what is in it.
const BODY_TAIL = new RegExp(`^(?:${L.selfTails})`);
// "我县2024年政府预算", "本部门2023年度部门决算": the document of whoever is writing.
const OWNER_BEFORE = new RegExp(`(?:我|本)(?:${L.ownerUnits})[\\s\\u3000]*$`);
// "本局编制的2025年度部门预算", "我部门编报的…": the owner who drew the document up, named before it.
const OWNER_DREW_BEFORE = new RegExp(`(?:我|本)(?:${L.ownerUnits})(?:负责|所)?(?:编制|编报)(?:完成)?的[\\s\\u3000]*$`);
// …but its execution, adjustment, revenue or spending is a topic, not the document: 2024年政府预算执行情况.
// A 草案 is the document itself ("以上是我县2024年预算草案的编制情况"), unless something was done to it
// (我县2024年预算草案经县人大批准): then it is last year's draft, a topic.
const TOPIC_AFTER = new RegExp(`^(?:的)?(?:${L.topicTails}|编制工作|[（(]?草案[）)]?(?:的)?(?:${L.topicTails}))`);
// Named with this document's issuer, only the topics that are not the document itself count: a 草案 is it.
const ISSUER_TOPIC_AFTER = new RegExp(`^(?:的)?(?:${L.topicTails})`);
// 本部门2024年部门预算收入总计: the document's own totals, though 收入 alone would be a topic.
const TOTALS_AFTER = new RegExp(`^(?:的)?(?:${L.grandTotals})`);
// A caption line naming one of the document's own tables after its name: 项目绩效目标表, 一般公共预算财政拨款支出表.
const CAPTION_TABLE_TAIL = /^[\u4e00-\u9fa5“”"（）()]{0,24}表[\s\u3000]*$/;
const CAPTION_TOPIC = new RegExp(L.captionTopics);
// What may open a caption line before the name: 表5, 附表3：, 表四、, 附件：, Markdown's emphasis.
const CAPTION_LEAD = /^[\s\u3000*#]*(?:(?:附?表|附件)[\s\u3000]*[0-9０-９一二三四五六七八九十]{0,3}[\s\u3000]*[：:、.．]?[\s\u3000]*)?/;
const HEADING_SELF_TAIL = new RegExp(`^(?:${L.headingSelfTails})`);
const SELF_REFERENCE = new RegExp(`${L.selfReference}[^，。；;]{0,6}$`);
// The document's own listing right before a year: 本说明所列, 本报告列示的.
const LISTED_BEFORE = /本(?:报告|说明|文|材料)(?:所列|所述|列示的?|所附)[\s\u3000]*$/;
// What makes a listed year's figures another year's: a comparison, the year before, a re-stated scope.
const LISTED_OTHER = /比|较|同比|上年|去年|上一年|以前年度|调整|口径|追溯|重述/;
/** The statement from `at` to its end: the next full stop or semicolon, 80 characters at most. */
function statementFrom(text: string, at: number): string {
  const piece = text.slice(at, at + 80);
  const stop = piece.search(/[。；;！？]/);
  return stop < 0 ? piece : piece.slice(0, stop);
}
const STATEMENT_STOPS = '。；;！？';
/** The statement `at` stands in: from the last full stop or semicolon before it, to statementFrom's end. */
function statementAround(text: string, at: number): string {
  let opened = at;
  while (opened > 0 && !STATEMENT_STOPS.includes(text[opened - 1])) opened--;
  return text.slice(opened, at) + statementFrom(text, at);
}
// The document's own figures named by where they stand in it: 本说明中, 本报告所列, 本说明涉及的.
const LISTED_IN = /本(?:报告|说明|文|材料)(?:中的?|所列的?|所述的?|列示的?|所附的?|涉及的?)[\s\u3000]*$/;
// 2024年执行数, 2024年度执行数据, 2024年上半年执行数: the outturn figures of a year (or of the part of it a report on part
// of its year covers), as an execution report gives its own.
const EXECUTION_FIGURES = new RegExp(`^[0-9０-９]{4}[\\s\\u3000]*年度?[\\s\\u3000]*(?:(${L.period})[\\s\\u3000]*)?(?:的)?(?:预算)?执行(?:数据?|情况数)`);

/**
 * 本说明中2024年执行数均为快报数 in a report on the 2025 budget's execution: the document naming its own outturn figures
 * by a year. A claim of the execution, compared with the title's; a statement about figures of another year it also lists
 * (上年, 对比, a re-stated 口径) says nothing of it. Read only under a title reporting an execution: a budget's 说明 lists
 * last year's 执行数 as its base.
 */
function listedExecution(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const e = EXECUTION_FIGURES.exec(b.text.slice(m.index, m.index + 24));
  // A whole year's title: the whole year's figures (a half year's, named in a year's report, are not its own).
  if (!e || e[1] !== undefined || !LISTED_IN.test(b.text.slice(Math.max(0, m.index - 12), m.index)) || LISTED_OTHER.test(statementFrom(b.text, m.index))) return false;
  // Named as the title's execution, read the way the title was (by name, or by the kinds a presenting sentence names).
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: title.framed ? title.document : '预算执行', word: yearWordAt(ctx, b, m.index), ...(title.framed ? { framed: true as const } : {}) });
  return true;
}

/**
 * 本报告所列2024年上半年执行数均为快报数 in a report on 2025's first half: the report naming its own outturn figures by
 * the part of a year its title covers, dated another year. A statement about figures of another year it also lists
 * (上年同期, 对比) says nothing of it; a whole year's 执行数 (last year's, the base) is not the period's.
 */
function listedPeriodExecution(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const own = PERIOD_OPENING.exec(title.document)?.[0];
  const e = own ? EXECUTION_FIGURES.exec(b.text.slice(m.index, m.index + 24)) : undefined;
  if (!own || !e || e[1] === undefined || periodKey(e[1]) !== periodKey(own)) return false;
  if (!LISTED_IN.test(b.text.slice(Math.max(0, m.index - 12), m.index)) || LISTED_OTHER.test(statementFrom(b.text, m.index))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: `所列${own}执行数`, title: titleOf(title) } });
  return true;
}

/**
 * 本报告所列鞍岭市2024年度决算数据已经审计 under a 2025 决算's title: the document listing its own figures names their year
 * after its issuer, as its title does; of the title's class, they are of the title's year. A statement about another year's
 * figures it lists (上年, 对比, a re-stated 口径) or another issuer's says nothing of it.
 */
function listedOfIssuer(ctx: ExtractContext, title: YearClaim, issuers: readonly string[], b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const near = b.text.slice(Math.max(0, m.index - 30), m.index);
  const issuer = issuers.find((x) => x.length >= 2 && near.endsWith(x));
  if (!issuer || !LISTED_BEFORE.test(near.slice(0, near.length - issuer.length))) return false;
  const d = DOC_AFTER_YEAR.exec(b.text.slice(m.index, m.index + 40));
  const cls = d && !d[2] ? documentClass(docName(d[3], d[4])) : undefined;
  if (!cls || cls !== documentClass(title.document) || LISTED_OTHER.test(statementFrom(b.text, m.index))) return false;
  // The title as written (一般公共预算决算), when one year heads its words: a presented title's name is the kinds alone.
  const words = oneTitleWords(ctx, ctx.doc.blocks, title.year);
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: `所列${cls}数据`, title: words ?? titleOf(title) } });
  return true;
}

// 本说明涉及的决算数据口径为, 本报告所列数据的统计期间是: the document's own figures, then the period they cover.
const OWN_FIGURES_PERIOD = /本(?:报告|说明|文|材料|公开说明)(?:中|所列|所述|列示|涉及|反映)?的?[^，,。；;：:0-9０-９]{0,10}?(?:数据|数字|数额|决算数|预算数|执行数)(?:的)?(?:统计)?(?:口径|期间|时间|时段|区间|范围)(?:均)?(?:为|是)[\s\u3000]*$/;
// 2024年1月1日至2024年12月31日 / 2024年1月1日—12月31日: one whole calendar year.
const WHOLE_YEAR = /^([0-9０-９]{4})[\s\u3000]*年[\s\u3000]*1[\s\u3000]*月[\s\u3000]*1[\s\u3000]*日[\s\u3000]*(?:至|到|—{1,2}|-|－|～|~)[\s\u3000]*(?:([0-9０-９]{4})[\s\u3000]*年[\s\u3000]*)?12[\s\u3000]*月[\s\u3000]*31[\s\u3000]*日/;

/**
 * 本说明涉及的决算数据口径为2024年1月1日至2024年12月31日 under a 2025年度 title: the document stating the whole year its
 * own figures cover, which is the year its title names. A claim of the title's document; the figures of another year it
 * lists (上年, 对比, a re-stated scope) say nothing of it.
 */
function ownPeriod(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const w = WHOLE_YEAR.exec(b.text.slice(m.index, m.index + 40));
  if (!w || (w[2] !== undefined && yearOf(w[2]) !== yearOf(w[1]))) return false;
  const near = b.text.slice(Math.max(0, m.index - 30), m.index);
  const said = OWN_FIGURES_PERIOD.exec(near);
  if (!said || /上年|去年|上一年|以前年度|比|较|对比|调整|追溯|重述/.test(said[0])) return false;
  const rest = statementFrom(b.text, m.index + w[0].length);
  if (/上年|去年|比|较|调整|追溯|重述/.test(rest)) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(w[1]), document: title.document, word: yearWordAt(ctx, b, m.index) });
  return true;
}

// 截至2024年12月31日，本院… / 截止2024年末，我局…: the date the issuer's holdings are counted at, then the issuer.
const AS_AT_BEFORE = /(?:截至|截止)(?:到)?[\s\u3000]*$/;
const YEAR_END_AFTER = /^[0-9０-９]{4}[\s\u3000]*年[\s\u3000]*(?:12[\s\u3000]*月[\s\u3000]*(?:31[\s\u3000]*日|末|底)|末|底)[\s\u3000]*[，,]?[\s\u3000]*/;
const OWNER_OPENING = new RegExp(`^(?:(?:我|本)(?:${L.ownerUnits})|全(?:${L.ownerUnits}))`);
const OWNER_ITSELF = new RegExp(`^(?:我|本)(?:${L.ownerUnits})`);
// 本报告数据截至, 本说明所列各项数据均截止到: the document dating its own figures, the date right after.
const OWN_DATA_AS_AT = /本(?:报告|说明|文|材料)(?:中|所列|所述|列示|涉及|反映|使用)?的?(?:各项|全部|所有|相关)?(?:数据|数字|资料)(?:均|统一)?(?:统计)?(?:截至|截止)(?:到)?[\s\u3000]*$/;
/** Whether the words right before `at` are the document dating its own figures (the owner then need not follow). */
const ownDataAsAt = (b: Block, at: number) => OWN_DATA_AS_AT.test(b.text.slice(Math.max(0, at - 24), at));
// A statement of a change or of another time: the holdings at that date are a base, not the year's close.
const NOT_CLOSING = /比|较|同比|上年|去年|年初|本年|当年|增加|减少|新增|下降|增长|报废|处置|购置|调整/;

/**
 * 截至2024年12月31日，本院共有车辆5辆 in a 2025年度 决算: final accounts state the issuer's holdings at the close of their
 * own year; a close a year or more before, of the issuer and in a statement comparing nothing and naming no other time,
 * was kept from last year's text. Read only under a 决算 of one year (a budget states the holdings it starts from).
 */
function closingDate(ctx: ExtractContext, title: YearClaim, issuers: readonly string[], b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year || documentClass(title.document) !== '决算') return false;
  // (2024年末，本部门…: the date may open the statement with no 截至, as the close it counts at all the same.)
  const asAt = AS_AT_BEFORE.test(b.text.slice(Math.max(0, m.index - 4), m.index));
  if (!asAt && !opensStatement(b.text, m.index)) return false;
  const date = YEAR_END_AFTER.exec(b.text.slice(m.index, m.index + 20));
  if (!date) return false;
  const after = b.text.slice(m.index + date[0].length, m.index + date[0].length + 40);
  // (Opening with no 截至, the holdings are the issuer's only when it names itself: 全县 there is the whole county's stock.)
  if (!asAt && !OWNER_ITSELF.test(after) && !issuers.some((i) => i.length >= 2 && after.startsWith(i))) return false;
  if (!OWNER_OPENING.test(after) && !issuers.some((i) => i.length >= 2 && after.startsWith(i)) && !ownDataAsAt(b, m.index)) return false;
  const statement = statementFrom(b.text, m.index);
  if (NOT_CLOSING.test(statement) || [...statement.matchAll(ANY_YEAR)].length !== 1) return false;
  out.push({ kind: 'year', role: 'body', year, document: title.document, word: yearWordAt(ctx, b, m.index) });
  return true;
}

/** Whether `at` opens its paragraph or a statement (right after a full stop or semicolon). */
const opensStatement = (text: string, at: number) => STATEMENT_OPENING.test(text.slice(Math.max(0, at - 4), at));
const STATEMENT_OPENING = /(?:^|[。；;！？])[\s\u3000]*$/;

/** The issuer a title names right before `year` (汾源县 of 汾源县2025年…说明), in its forms; none when it names none. */
function issuerBefore(joined: string, year: number): string[] {
  for (const m of joined.matchAll(ANY_YEAR)) {
    if (yearOf(m[1]) !== year) continue;
    const bare = TRAILING_NAME.exec(joined.slice(0, m.index).trimEnd())?.[0]?.replace(TITLE_OPENER, '');
    return bare && bare.length >= 2 ? issuerForms(bare) : [];
  }
  return [];
}

/** The title's claim, as a fixed year's `title`. */
const titleOf = (t: YearClaim) => ({ year: t.year, document: t.document, word: t.word });

// 本说明所称上年数为2023年度决算数, “上年”指2024年度, 上年（2024年）: what the document calls 上年, named as a year.
// (The spaces and the comma between the name and its verb in one class: two runs of spaces around an optional comma
// could share the same spaces many ways, which a pattern tried from every character pays for.)
const PRIOR_NAMED = /(?<!以)上年度?[”"’]?(?:数|数据|数字|决算数|预算数|执行数|同期数?)?[”"’]?[\s\u3000，,]*均?(?:为|指|即|系|是指|指的是)[\s\u3000]*$/;
const PRIOR_BRACKETED = /(?<!以)上年度?[\s\u3000]*[（(][\s\u3000]*$/;
const BRACKET_CLOSE_AFTER_YEAR = /^[0-9０-９]{4}[\s\u3000]*年度?[\s\u3000]*[）)]/;

// 本说明所称“本年”均指2024年1月1日至12月31日, 所称本年度为2025年度: what the document calls 本年, named as a year. Only quoted
// or after 所称 (本年为2024年以来最高 is no definition).
const THIS_YEAR_IS = '(?:[“"‘]本年度?[”"’]|所称本年度?)(?:数|数据|数字)?[\\s\\u3000，,]*均?(?:为|指|即|系|是指|指的是)[\\s\\u3000]*';
const THIS_YEAR_NAMED = new RegExp(`${THIS_YEAR_IS}$`);
// …and the year so named, anywhere in a sentence.
const THIS_YEAR_DEFINED = new RegExp(`${THIS_YEAR_IS}([0-9０-９]{4})`);
// How far back from a year its sentence's opening is looked for (statementFrom looks as far on).
const SENTENCE_REACH_BACK = 80;

/** 本说明所称“本年”均指2024年… in a 2025年度 决算: the document's own year is its title's; a claim fixed at the title's year. */
function thisYearNamed(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (!THIS_YEAR_NAMED.test(b.text.slice(Math.max(0, m.index - 16), m.index))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '本年', title: titleOf(title) } });
  return true;
}

// 经本次调整，2024年市本级一般公共预算收支仍保持平衡 in a 2025 调整方案: the budget this adjustment leaves is of the plan's year.
const BY_THIS_ADJUSTMENT = /(?:(?:经|通过)[\s\u3000]*(?:本次|此次)?|本次|此次)(?:预算)?调整(?:后)?[\s\u3000，,]*$/;
const ADJUSTED_BUDGET_AFTER = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:0-9０-９]{0,16}?(?:预算|收支|收入|支出)/;

/**
 * 经本次调整，2024年…收支仍保持平衡 opening a clause of a 2025 预算调整方案: an adjustment changes its own year's budget only; the
 * year of the budget it leaves, named otherwise, was kept from an earlier text. A clause comparing with another year says
 * nothing of it.
 */
function adjustedByThis(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (!BY_THIS_ADJUSTMENT.test(b.text.slice(Math.max(0, m.index - 12), m.index))) return false;
  if (!ADJUSTED_BUDGET_AFTER.test(b.text.slice(m.index, m.index + 28))) return false;
  const clause = statementFrom(b.text, m.index).split(/[，,]/)[0];
  if (/比|较|上年|去年|同期/.test(clause)) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '本次调整的预算', title: titleOf(title) } });
  return true;
}

/**
 * 本说明所称上年数为2023年度决算数 in a 2025年度 决算: the document defining its 上年 by a year. Whatever the document, 上年 is
 * the year before the one its title names (上年同期 too): a claim fixed at the title's year less one. Read only under a
 * title of one year (a title with two, 决算 and 上半年执行, has no one 上年).
 */
function priorNamed(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const near = b.text.slice(Math.max(0, m.index - 16), m.index);
  if (!PRIOR_NAMED.test(near) && !(PRIOR_BRACKETED.test(near) && BRACKET_CLOSE_AFTER_YEAR.test(b.text.slice(m.index, m.index + 12)))) return false;
  // “本年”指2024年度，“上年”指2023年度 in a 2025 决算: 上年 follows the 本年 the sentence names; that 本年 is the one finding.
  const back = b.text.slice(Math.max(0, m.index - SENTENCE_REACH_BACK), m.index);
  const opening = back.slice(Math.max(...[...'。；;！？'].map((c) => back.lastIndexOf(c))) + 1);
  const thisYear = THIS_YEAR_DEFINED.exec(opening + statementFrom(b.text, m.index));
  if (thisYear && yearOf(thisYear[1]) === yearOf(m[1]) + 1) return true;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year - 1, what: '上年', title: titleOf(title) } });
  return true;
}

// 上述数据为汾源县2024年政府性基金决算数, 以上数字均为本级2025年预算数: the document's own figures named, then who and what they are.
// 以上债务数据为, 本说明数据口径为: the figures may be named by what they are of, or by their 口径.
// 本数据为, 该数据为, 上表资产数据为: a section's figures pointed at bare, right after it gives them.
const OWN_FIGURES_ARE = /(?:上述|以上|前述|(?<![资成基根样])本(?:报告|说明|公开说明|文|材料|部分|节|表)?(?:中|所列|所述|列示|涉及)?的?|表中|表内|上表|(?<![因如为])此|(?<![应])该)(?:各项|所列|所有)?(?:债务|财政|收支|资产|国有资产|资产占用|车辆|采购)?(?:数据|数字|金额|数额|余额)(?:的)?(?:统计)?(?:口径)?(?:均)?(?:为|系|是)[\s\u3000]*([\u4e00-\u9fa5]{0,24})$/;
const AS_AT_END = /(?:截至|截止)(?:到)?$/;
const YEAR_END_DATE = /^[0-9０-９]{4}[\s\u3000]*年[\s\u3000]*(?:12[\s\u3000]*月[\s\u3000]*(?:31[\s\u3000]*日|末|底)|末|底)/;
// …then a year, what kind of figures of it (决算数, 预算数据, 执行数, 部门预算汇总数; a debt report's 年末数), no clause between.
// (2024年末数, 2024年12月末数, 2024年底数: a year's end written on its year.)
const FIGURES_CLASS_AFTER = /^[0-9０-９]{4}[\s\u3000]*年(?:(?:12[\s\u3000]*月)?(末|底)(?:余额)?数(?:据|字)?|度?[^，,。；;：:0-9０-９]{0,16}?(决算|预算|执行|年末)(?:汇总|合计|统计)?数(?:据|字)?)/;
// 截至2025年12月31日，全市政府债务余额… / 2025年末，全市债务余额…: the text dating its balances at a year's end.
const BALANCES_AT_END = /^[0-9０-９]{4}[\s\u3000]*年[\s\u3000]*(?:12[\s\u3000]*月[\s\u3000]*(?:31[\s\u3000]*日|末|底)|末|底)[^。；;！？0-9０-９]{0,20}?余额/;
const balanceYears = new WeakMap<ExtractContext, Set<number>>();
/** Whether the text states balances at `year`'s end (截至2025年12月31日，…余额): the years so stated, once a document. */
function balancesAt(ctx: ExtractContext, year: number): boolean {
  return yearsStated(ctx, balanceYears, (text, at) => {
    if (!/(?:截至|截止)(?:到)?[\s\u3000]*$/.test(text.slice(Math.max(0, at - 4), at)) && at > 0 && !/[。；;！？\s\u3000]/.test(text[at - 1])) return false;
    return BALANCES_AT_END.test(text.slice(at, at + 40)) && !/比|较|上年|年初/.test(text.slice(at, at + 30));
  }).has(year);
}

/**
 * The years of which a paragraph states something (`states`, asked at each year written), read once a document and kept in
 * `memo`: asked for each year word, a walk of every paragraph grew with the square of the document.
 */
function yearsStated(ctx: ExtractContext, memo: WeakMap<ExtractContext, Set<number>>, states: (text: string, at: number) => boolean): Set<number> {
  let years = memo.get(ctx);
  if (years) return years;
  years = new Set();
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const y of b.text.matchAll(ANY_YEAR)) if (states(b.text, y.index!)) years.add(yearOf(y[1]));
  }
  memo.set(ctx, years);
  return years;
}
// Whose figures: nobody named, the issuer, or the level it stands for (全县, 本级, 县级).
const OWNER_ONLY = new RegExp(`^(?:我|本)(?:${L.ownerUnits})$`);
const OWN_LEVEL = new RegExp(`^(?:(?:全|本)(?:${L.ownerUnits})|[县区市州旗盟乡镇]本?级|本级)$`);
// …，执行中如有调整，以批复为准 | 如有变动: a later clause on what the year's execution may change.
const LATER_CHANGES = /[，,](?:预算)?(?:执行(?:过程)?中)?(?:如有|若有|如遇|如|若)(?:调整|变动|变化|调剂)/;
/** The statement up to such a clause (searched once, then cut: a tail run to the end tried at every comma was quadratic). */
const beforeLaterChanges = (text: string) => {
  const at = text.search(LATER_CHANGES);
  return at < 0 ? text : text.slice(0, at);
};
const OTHER_FIGURES = /上年|去年|以前年度|比|较|对比|调整|追溯|重述/;

/**
 * 上述数据为汾源县2024年政府性基金决算数 in a 2025 决算: the document saying what its own figures are, by their year and class.
 * A claim of the title's document when the class is the title's (a 决算's figures are 决算数; 预算数 in it are another's).
 */
function ownFiguresAre(ctx: ExtractContext, title: YearClaim, issuers: readonly string[], b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const said = OWN_FIGURES_ARE.exec(b.text.slice(Math.max(0, m.index - 44), m.index));
  if (!said) return false;
  const who = said[1].replace(AS_AT_END, '');
  if (who && !OWN_LEVEL.test(who) && !issuers.some((i) => i === who || (who.length >= 2 && i.endsWith(who)))) return false;
  // 上述数据均为截至2024年12月31日…统计数据: the figures dated at a year's end, a stock's date.
  const asAt = AS_AT_END.test(said[0]) && YEAR_END_DATE.test(b.text.slice(m.index, m.index + 16));
  const c = asAt ? undefined : FIGURES_CLASS_AFTER.exec(b.text.slice(m.index, m.index + 32));
  if (!c && !asAt) return false;
  const cls = !c || c[1] ? '年末' : c[2];
  // 表中余额为2024年末数: balances named alone, or a year's end written on its year, are the document's only where its
  // text dates its own balances at the title year's end (a budget's debt table may give last year's).
  if ((!c || c[1] || /余额/.test(said[0])) && (title.document !== '债务' || !balancesAt(ctx, title.year))) return false;
  // A debt report states its stocks at its own year's end (以上债务数据为…年末数).
  if (cls === '年末' ? title.document !== '债务' : cls === '执行' ? !title.document.endsWith('执行') : documentClass(title.document) !== cls) return false;
  // The statement names no other year's figures (上年数据为…) and re-states nothing (调整后口径).
  // (执行中如有调整，以…为准: what may yet change in the year, no other year's figures.)
  if (OTHER_FIGURES.test(said[0]) || OTHER_FIGURES.test(beforeLaterChanges(statementFrom(b.text, m.index + (c ? c[0].length : 4))))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: title.document, word: yearWordAt(ctx, b, m.index), ...(title.framed ? { framed: true as const } : {}) });
  return true;
}

// 本预算按照《关于编制2026年社会保险基金预算的通知》要求编制, 根据《关于做好2026年部门预算编制工作的通知》，编制了…: the
// notice a document is drawn up under names the year it is drawn up for.
const NOTICE_OPEN = /《[^《》]{0,16}?(?:编制|编报)?$/;
const NOTICE_YEAR_AFTER = /^[0-9０-９]{4}[\s\u3000]*年度?[^《》，,。；;]{0,20}?(预算|决算)(?:草案)?(?:编制|编报)?(?:工作)?的?(?:通知|意见|办法|指引)》/;
const DRAWN_UNDER = /^[^。；;！？]{0,12}?(?:编制|编报)/;
const NOTICE_OTHER = /比|较|同比|上年|去年|上一年|以前年度|调整|执行/;

/**
 * 本预算按照《关于编制2025年社会保险基金预算的通知》要求编制 in a 2026 预算: the notice on drawing up a year's budget (or
 * accounts) this document is drawn up under is of the title's year. Only a notice of the title's class, the document drawn
 * up right after it; a statement naming another year's figures, an adjustment or an execution says nothing of it.
 */
function compiledUnderNotice(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const open = NOTICE_OPEN.exec(b.text.slice(Math.max(0, m.index - 18), m.index));
  if (!open || !/编制|编报/.test(open[0] + b.text.slice(m.index, m.index + 40).split('》')[0])) return false;
  const n = NOTICE_YEAR_AFTER.exec(b.text.slice(m.index, m.index + 48));
  if (!n || documentClass(title.document) !== n[1] || /执行|调整/.test(title.document)) return false;
  const rest = statementFrom(b.text, m.index + n[0].length);
  if (!DRAWN_UNDER.test(rest) || NOTICE_OTHER.test(rest.slice(0, rest.search(/编制|编报/)))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '编制所依据的通知', title: titleOf(title) } });
  return true;
}

// 依据市财政局下达的2026年部门预算控制数编制, 按照核定的2026年度支出控制数进行编制: the control figures a budget is drawn up
// on, the verb of following before them (no clause between) and the year right after.
const CONTROL_FOLLOWED = /(?:依据|根据|按照|依照|遵照|按)[^，,。；;！？《》0-9０-９]{0,16}?$/;
const CONTROL_FIGURES_AFTER = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:《》0-9０-９]{0,12}?控制数/;
// Another year's control figures named on purpose: set beside this year's, last year's, or an adjustment of them.
const CONTROL_OTHER = /比|较|同比|上年|去年|上一年|以前年度|调整|追加|执行/;

/**
 * 本部门预算依据市财政局下达的2025年部门预算控制数编制 in a 2026 预算: the control figures the finance bureau sets are those of
 * the budget it sets them for, so the figures a budget says it was drawn up on are of its own year, as the notice it is drawn
 * up under is. Read only under a title of one year's budget (not its execution or adjustment); a statement comparing, or
 * naming last year's figures or an adjustment, says nothing of it.
 */
function compiledOnControlFigures(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (documentClass(title.document) !== '预算' || /执行|调整/.test(title.document)) return false;
  if (!CONTROL_FOLLOWED.test(b.text.slice(Math.max(0, m.index - 16), m.index))) return false;
  const c = CONTROL_FIGURES_AFTER.exec(b.text.slice(m.index, m.index + 28));
  if (!c || !DRAWN_UNDER.test(statementFrom(b.text, m.index + c[0].length))) return false;
  if (CONTROL_OTHER.test(statementAround(b.text, m.index))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '编制所依据的预算控制数', title: titleOf(title) } });
  return true;
}

// 淮澄省水利厅2024年度没有使用国有资本经营预算财政拨款安排的支出, 2025年本部门无政府性基金预算拨款收入: the owner saying it had no
// money of a fund's budget in a year (the closing statement of the fund's part of a 部门预算 or 部门决算), the year right after
// the owner or opening the statement before it.
const NONE_OF_FUND_AFTER = new RegExp(
  `^[0-9０-９]{4}[\\s\\u3000]*年度?[\\s\\u3000，,]*((?:我|本)(?:${L.ownerUnits})|[\\u4e00-\\u9fa5]{2,24}?)?(?:没有|未|无)(?:使用|安排|发生)?(${L.budgetKinds})预算(?:财政)?拨款`,
);
const OWNER_RIGHT_BEFORE_YEAR = new RegExp(`(?:我|本)(?:${L.ownerUnits})[\\s\\u3000]*$`);
// A statement on that money in another year on purpose: set beside this year's, last year's, or carried over (结转) from it.
// (也 joins the two halves of the standard wording, 无…收入，也没有使用…支出: no other year.)
const NONE_OTHER = /比|较|同比|上年|去年|上一年|以前年度|往年|历年|结转|结余|调整/;

/**
 * 淮澄省水利厅2024年度没有使用国有资本经营预算财政拨款安排的支出 in a 2025 部门决算: the statement closing the part on a fund the
 * owner did not use tells of the document's own year (a 决算's spending, a 预算's allocations); dated another, it was kept from
 * an earlier text. The owner (its name, 本部门) stands right before the year or right after it; a statement naming another year
 * too, comparing, or on money carried over, says nothing of it.
 */
function noneOfFund(ctx: ExtractContext, title: YearClaim, issuers: readonly string[], b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year || !documentClass(title.document) || /执行|调整/.test(title.document)) return false;
  const n = NONE_OF_FUND_AFTER.exec(b.text.slice(m.index, m.index + 60));
  if (!n) return false;
  const before = b.text.slice(Math.max(0, m.index - 30), m.index);
  const issuer = issuers.find((i) => i.length >= 2 && before.endsWith(i));
  const owner = issuer ?? OWNER_RIGHT_BEFORE_YEAR.exec(before)?.[0];
  // The owner after the year: 本部门, or the issuer's name as the title gives it; nothing else may stand there.
  const after = n[1];
  if (after !== undefined && (owner !== undefined || !(OWNER_ITSELF.test(after) && after.length <= 4) && !issuers.includes(after))) return false;
  if (owner === undefined && after === undefined) return false;
  // The statement opens on the owner or on the year (…，本部门2024年度… is some other clause's).
  if (!opensStatement(b.text, m.index - (owner?.length ?? 0))) return false;
  const whole = statementAround(b.text, m.index);
  if (NONE_OTHER.test(whole) || [...whole.matchAll(ANY_YEAR)].length !== 1) return false;
  const kind = n[2];
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: `未使用${kind}预算拨款的年度`, title: titleOf(title) } });
  return true;
}

// 2026年预算草案按照《…关于编制2025年旗本级部门预算的通知》要求编制, 本预算草案依据《…》编制: the sentence names, before the
// notice, the draft it says was drawn up under it (its year, or 本), then the verb of following.
const DRAFT_UNDER_NOTICE = /(?:^|[。；;！？\n])[\s\u3000]*(?:([0-9０-９]{4})[\s\u3000]*年度?|本)[^，,。；;《》0-9０-９]{0,10}?预算(?:草案)?[\s\u3000，,]*(?:严格|主要|均|是)?(?:按照|根据|依据|依照|遵照)[^。；;！？《》]{0,12}$/;

/**
 * 2026年预算草案按照《关于编制2025年…预算的通知》要求编制 under a title of two years (2025年预算执行情况和2026年预算草案): the
 * title names no one year, but the sentence names the draft it draws up, of the title's draft year; the notice it is drawn up
 * under is of that year, as under a title of one. A draft of another year named, or none, says nothing.
 */
function draftUnderNotice(ctx: ExtractContext, draft: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const open = b.text.lastIndexOf('《', m.index);
  if (open < 0 || b.text.lastIndexOf('》', m.index) > open) return false;
  const subject = DRAFT_UNDER_NOTICE.exec(b.text.slice(Math.max(0, open - 40), open));
  if (!subject || (subject[1] !== undefined && yearOf(subject[1]) !== draft.year)) return false;
  return compiledUnderNotice(ctx, draft, b, m, out);
}

// 本报告所列2025年预计执行数，为截至2024年12月31日的…汇总数: the document's own outturn (or accounts) of a year, then the day they
// are counted to. The words between name no other figures (上年, 比, 口径).
// …，为截至, 均为截至, 数据截至: the figures said to be as at the date, nothing else between (与截至…相比 sets them beside it).
const OUTTURN_DATED = /^[\s\u3000，,]*(?:均|统一|全部)?(?:为|是|系)?(?:统计)?$/;
const LISTED_OUTTURN_AS_AT = /本(?:报告|说明|文|材料)(?:中的?|所列的?|所述的?|列示的?|涉及的?)[\s\u3000]*([0-9０-９]{4})[\s\u3000]*年度?(?:全年)?(?:的)?(?:预计)?(?:预算)?(?:执行|决算)(?:数据?|数字)?([^。；;！？0-9０-９]{0,8}?)(?:截至|截止)(?:到)?[\s\u3000]*$/;

/**
 * 本报告所列2025年预计执行数，为截至2024年12月31日的国库快报汇总数: a year's outturn is counted within that year or after it;
 * a day before the year opened was kept from last year's text. Compared with the title's claim of that year (the execution it
 * reports, or the accounts); a title naming no such year leaves it unread.
 */
function listedOutturnAsAt(ctx: ExtractContext, claims: readonly YearClaim[], b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const x = LISTED_OUTTURN_AS_AT.exec(b.text.slice(Math.max(0, m.index - 60), m.index));
  if (!x || !OUTTURN_DATED.test(x[2])) return false;
  const own = yearOf(x[1]);
  const year = yearOf(m[1]);
  const title = claims.find((t) => t.role === 'title' && !t.framed && t.year === own && (t.document.endsWith('执行') || documentClass(t.document) === '决算'));
  if (!title || year >= own) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: own, what: '所列数据的截至日期', title: titleOf(title) } });
  return true;
}

// 以上决算数据已经市审计局依法审计，…详见《关于…2024年度市级预算执行和其他财政收支的审计工作报告》: the document's own accounts
// said audited, then the audit report named (of a year's budget execution).
const OWN_ACCOUNTS_AUDITED = /(?:以上|上述|本)[^，,。；;《》0-9０-９]{0,6}?决算(?:数据|数字|草案)?[\s\u3000]*(?:均)?(?:已经|已|业经|经)[^。；;！？《》]{0,12}?审计[^。；;！？《》]{0,30}$/;
const AUDIT_REPORT_AFTER = /^[0-9０-９]{4}[\s\u3000]*年度?[^《》，,。；;]{0,16}?预算执行[^《》，,。；;]{0,16}?审计(?:工作)?报告》/;
const AUDIT_OTHER = /上年|去年|上一年|以前年度|比|较|对比/;

/**
 * 以上决算数据已经市审计局依法审计，…详见《关于淮岭市2024年度市级预算执行…的审计工作报告》 in a 2025 决算: the audit of a
 * year's budget execution is what checks that year's accounts, so the report the document says audited its own figures is of the
 * title's year. A statement naming last year's accounts or audit, or a report cited as background, says nothing of it.
 */
function auditOfOwnAccounts(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (documentClass(title.document) !== '决算') return false;
  const open = b.text.lastIndexOf('《', m.index);
  if (open < 0 || m.index - open > 24 || b.text.lastIndexOf('》', m.index) > open) return false;
  if (!AUDIT_REPORT_AFTER.test(b.text.slice(m.index, m.index + 60))) return false;
  const said = OWN_ACCOUNTS_AUDITED.exec(b.text.slice(Math.max(0, open - 60), open));
  if (!said || AUDIT_OTHER.test(said[0])) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '审计本决算数据的审计工作报告', title: titleOf(title) } });
  return true;
}

// 批准的2024年政府性基金预算调整方案，全市基金支出预算调整为150.40亿元 in a report on 2025's execution: the adjustment
// that set the budget this report measures its outturn against.
const ADJUSTMENT_PLAN_AFTER = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:《》0-9０-９]{0,20}?预算调整方案(?:[（(]草案[）)])?/;
const ADJUSTED_TO = /调整(?:为|至|到|后为)[\s\u3000]*$/;
const ADJUSTMENT_OTHER = /比|较|同比|上年|去年|以前年度/;

/**
 * 根据…批准的2024年政府性基金预算调整方案，全市基金支出预算调整为150.40亿元 in a report on the 2025 execution, where the text
 * measures its 2025 outturn against 150.40 (为调整预算150.40亿元的94.8%) and never gives it for another year: the adjustment
 * that set this year's adjusted budget is this year's plan, its year kept from an earlier text. A statement comparing with
 * another year, or an amount the text gives for another year, says nothing of it.
 */
function adjustmentOfExecution(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year) return false;
  const a = ADJUSTMENT_PLAN_AFTER.exec(b.text.slice(m.index, m.index + 40));
  if (!a) return false;
  const rest = statementFrom(b.text, m.index + a[0].length);
  if (ADJUSTMENT_OTHER.test(rest)) return false;
  const figs = ctx.figuresByBlock[b.index];
  const f = figs[firstFrom(figs, m.index + a[0].length)];
  if (!f || f.dimension !== 'money' || f.approximate || f.start > m.index + a[0].length + rest.length) return false;
  if (!ADJUSTED_TO.test(b.text.slice(Math.max(0, f.start - 6), f.start))) return false;
  if (!elsewhereOfTitleYear(ctx, title.year, f)) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '本年预算所依据的调整方案', title: titleOf(title) } });
  return true;
}

// 本方案所列年初预算为旗人大批准的2024年预算, 年初预算是指…通过的2025年本级预算: the budget an adjustment starts from, named.
const OPENING_BUDGET_IS = /年初预算(?:数)?[”"’]?[\s\u3000，,]*均?(?:为|是|即|指|系|是指|指的是)/g;
const BUDGET_AFTER_YEAR = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:0-9０-９]{0,10}?预算(?!执行|调整|决算|草案)/;
const OPENING_BUDGET_REACH = 40;

/**
 * 本方案所列年初预算为…批准的2024年预算 in a 2025 预算调整方案: an adjustment adjusts its own year's budget as passed at the
 * year's start; the 年初预算 named with another year was kept from an earlier text. Read only under a title of one year
 * naming an adjustment.
 */
function adjustedBudget(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const near = b.text.slice(Math.max(0, m.index - OPENING_BUDGET_REACH), m.index);
  let said: RegExpExecArray | undefined;
  OPENING_BUDGET_IS.lastIndex = 0;
  for (let x = OPENING_BUDGET_IS.exec(near); x; x = OPENING_BUDGET_IS.exec(near)) said = x;
  if (!said) return false;
  // Between the words and the year: who passed it, no stop, no other year, no comparison.
  const between = near.slice(said.index + said[0].length);
  if (/[。；;！？]/.test(between) || /[0-9０-９]{4}[\s\u3000]*年/.test(between) || /比|较|对比|上年|去年/.test(between)) return false;
  if (!BUDGET_AFTER_YEAR.test(b.text.slice(m.index, m.index + 24))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '所调整的年初预算', title: titleOf(title) } });
  return true;
}

// A period of a part of a year at a title's opening: 上半年 ends in June, 1-9月 in September, 第三季度 in September.
function periodEndMonth(doc: string): number | undefined {
  const p = PERIOD_OPENING.exec(doc)?.[0];
  if (!p) return undefined;
  if (p === '上半年') return 6;
  if (p === '下半年') return 12;
  const q = /第([一二三四])季度/.exec(p);
  if (q) return 3 * ('一二三四'.indexOf(q[1]) + 1);
  const r = /([0-9]{1,2})月/.exec(p.replace(/^[0-9]{1,2}[-—－~～至]/, ''));
  return r ? Number(r[1]) : undefined;
}
/** A title of one year whose words open on a part of it (2025年上半年…报告): a claim of that period, its words. */
function partOfYearTitle(ctx: ExtractContext, title: Piece[]): YearClaim | undefined {
  const t = oneTitledYear(title);
  if (!t || !PERIOD_OPENING.test(t.words) || !/(?:报告|情况|通报|分析)$/.test(t.words)) return undefined;
  return { kind: 'year', role: 'title', year: t.year, document: t.words.replace(TITLE_KIND_TAIL, ''), word: t.word(ctx) };
}
/** The title's one year heading words, of `year`, with the words as written (no kind of text): 2025年, 一般公共预算决算. */
function oneTitleWords(ctx: ExtractContext, blocks: readonly Block[], year: number): { year: number; document: string; word: Word } | undefined {
  const t = oneTitledYear(titleBlocks(blocks));
  if (!t || t.year !== year) return undefined;
  return { year, document: t.words.replace(TITLE_KIND_TAIL, ''), word: t.word(ctx) };
}
// 2024年6月末, 2024年6月底, 2024年6月30日: the close of a month.
const MONTH_CLOSE_AFTER = /^([0-9０-９]{4})[\s\u3000]*年[\s\u3000]*([0-9０-９]{1,2})[\s\u3000]*月[\s\u3000]*(?:末|底|([0-9０-９]{1,2})[\s\u3000]*日)[\s\u3000]*[，,]?[\s\u3000]*/;

/**
 * 截至2024年6月末，全市政府债务余额… in a report on 2025's first half: a report on part of a year states its stocks at the
 * close of its own period; the same close of another year, of the issuer (全市, 本级, its name) and in a statement comparing
 * nothing and naming no other year, was kept from an earlier text.
 */
function periodClose(ctx: ExtractContext, title: YearClaim, issuers: readonly string[], b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const end = periodEndMonth(title.document);
  if (end === undefined) return false;
  const asAt = AS_AT_BEFORE.test(b.text.slice(Math.max(0, m.index - 4), m.index));
  const said = !asAt && OWN_FIGURES_DATED.test(b.text.slice(Math.max(0, m.index - 20), m.index));
  if (!asAt && !said) return false;
  const date = MONTH_CLOSE_AFTER.exec(b.text.slice(m.index, m.index + 20));
  if (!date) return false;
  // 以上数据均为2024年10月末财政快报数: the document's own figures named as of the close, then what kind of figures.
  if (said) {
    if (!FIGURES_AT_CLOSE.test(b.text.slice(m.index + date[0].length, m.index + date[0].length + 12))) return false;
    return periodClosePush(ctx, title, b, m, date, end, out);
  }
  const after = b.text.slice(m.index + date[0].length, m.index + date[0].length + 40);
  if (!OWNER_OPENING.test(after) && !issuers.some((i) => i.length >= 2 && after.startsWith(i)) && !ownDataAsAt(b, m.index)) return false;
  return periodClosePush(ctx, title, b, m, date, end, out);
}
// 以上数据均为, 本报告数据为, 上述各项数字均系: the document's own figures named, right before the date they are of.
const OWN_FIGURES_DATED = /(?:上述|以上|前述|本(?:报告|通报|说明|文|材料|期))(?:中|所列|所述|列示|涉及)?的?(?:各项|所列|所有)?(?:财政|收支)?(?:数据|数字)(?:均|统一)?(?:为|系|是)[\s\u3000]*$/;
// …then what kind of figures they are, no clause between: 财政快报数, 统计数, 执行数据.
const FIGURES_AT_CLOSE = /^[\s\u3000]*(?:的)?[^，,。；;：:0-9０-９]{0,8}?数(?:据|字)?/;

/** The close of the period's month in another year, in a statement comparing nothing and naming no other year: a claim. */
function periodClosePush(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, date: RegExpExecArray, end: number, out: YearClaim[]): boolean {
  const year = yearOf(date[1]);
  const month = Number(asciiDigits(date[2]));
  if (year === title.year || month !== end || (date[3] !== undefined && Number(asciiDigits(date[3])) !== lastDay(year, month))) return false;
  const statement = statementFrom(b.text, m.index);
  if (NOT_CLOSING.test(statement) || [...statement.matchAll(ANY_YEAR)].length !== 1) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '截至日期', title: titleOf(title) } });
  return true;
}

// 2024年1-6月，全市一般公共预算收入完成…: a statement opening on a year and a part of it.
const PERIOD_STATEMENT = new RegExp(`^[0-9０-９]{4}[\\s\\u3000]*年[\\s\\u3000]*(${L.period})[\\s\\u3000]*[，,]`);
// The statement compares with its own year before: the figures are the report's own, of the period's year.
const SAME_PERIOD_BEFORE = /同比|上年同期|比上年|较上年/;
/** A part of a year, one way of writing it: 上半年 is 1-6月, dashes alike. */
const periodKey = (p: string) => (p === '上半年' ? '1-6月' : normalPeriod(asciiDigits(p)));

/**
 * 2024年1-6月，全市一般公共预算收入完成186.42亿元，同比增长4.8% opening a paragraph of a report on 2025's first half: the
 * report's own period, compared with its year before, dated another year. A statement naming another year too (a look
 * back at two years) or comparing with nothing says nothing of it.
 */
function periodOpening(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const own = PERIOD_OPENING.exec(title.document)?.[0];
  if (!own || b.text.slice(0, m.index).trim()) return false;
  const p = PERIOD_STATEMENT.exec(b.text.slice(m.index, m.index + 20));
  const year = yearOf(m[1]);
  if (!p || year === title.year || periodKey(p[1]) !== periodKey(own)) return false;
  // The whole sentence, past its ；: the comparison may close it.
  const statement = statementAt(b.text, m.index);
  if (!SAME_PERIOD_BEFORE.test(statement) || !/收入|支出/.test(statement) || [...statement.matchAll(ANY_YEAR)].length !== 1) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: periodKey(own), title: titleOf(title) } });
  return true;
}

// 项目实施期为2024年1月至2024年12月, 实施周期：2025年全年: the period the project ran.
const RUN_PERIOD_BEFORE = /(?:实施期|实施周期|实施期限|实施时间|执行期|执行期限|资金使用期限?|项目周期)[\s\u3000]*(?:为|是|：|:)?[\s\u3000]*$/;
const DAY_MONTH = '(?:[\\s\\u3000]*[0-9０-９]{1,2}[\\s\\u3000]*月(?:[\\s\\u3000]*[0-9０-９]{1,2}[\\s\\u3000]*日)?)?';
const RUN_PERIOD_AFTER = new RegExp(`^([0-9０-９]{4})[\\s\\u3000]*年度?(?:全年)?${DAY_MONTH}(?:[\\s\\u3000]*(?:至|到|—{1,2}|-|－|～|~)[\\s\\u3000]*(?:([0-9０-９]{4})[\\s\\u3000]*年度?)?${DAY_MONTH})?`);
// A period planned, moved or of an earlier stage: not the period the year's spending ran in.
const NOT_RUN = /原|计划|拟|延期|延长|调整|上年|去年|以前年度|结转|一期|二期|三期|前期|下一/;
// 2025年项目实际支出…, 2025年度预算执行率: the report stating the evaluated year's spending.
const SPENT_IN = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:0-9０-９]{0,12}?(?:实际支出|支出|执行率|预算执行|资金使用)/;

/**
 * 项目实施期为2024年1月至2024年12月 in a 2025年度 项目支出绩效自评 whose text states the project's 2025 spending: the
 * project a year's self-evaluation evaluates ran in that year, and a period over before it began was kept from last year's
 * report. A period reaching into the year (a project of several years), or one planned or moved, says nothing of it.
 */
function runPeriod(ctx: ExtractContext, title: { year: number; document: string; word: Word }, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (!RUN_PERIOD_BEFORE.test(b.text.slice(Math.max(0, m.index - 10), m.index))) return false;
  const w = RUN_PERIOD_AFTER.exec(b.text.slice(m.index, m.index + 40));
  if (!w) return false;
  const last = yearOf(w[2] ?? w[1]);
  const statement = statementFrom(b.text, m.index);
  if (last >= title.year || NOT_RUN.test(statement) || NOT_RUN.test(b.text.slice(Math.max(0, m.index - 16), m.index))) return false;
  if (!spendsIn(ctx, title.year)) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(w[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '项目实施期', title } });
  return true;
}
const spentYears = new WeakMap<ExtractContext, Set<number>>();
/** Whether a statement of the text opens on `year` and states spending in it: the years so stated, once a document. */
function spendsIn(ctx: ExtractContext, year: number): boolean {
  return yearsStated(ctx, spentYears, (text, at) => (at === 0 || /[。；;！？\s\u3000]/.test(text[at - 1])) && SPENT_IN.test(text.slice(at, at + 30))).has(year);
}
// 评价期间为, 本次自评时段：, 评价年度是: the period an evaluation states it covers, the period right after.
const EVALUATED_PERIOD_BEFORE = /(?:评价|自评|评估)(?:期间|时段|区间|周期|年度|时间范围)[\s\u3000]*(?:为|是|：|:)?[\s\u3000]*$/;
// A period of another evaluation or of the project's earlier stage: not the period this one covers.
const NOT_EVALUATED = /原|上年|去年|上一年|以前年度|前期|上轮|上次|一期|二期|三期|下一|跟踪|比|较/;

/**
 * 本报告评价期间为2024年1月1日至12月31日 under a 2025年度 evaluation: an evaluation of one year covers that year, and a
 * period over before it began was kept from last year's report. A period reaching into the year (a project of several years)
 * or one of another evaluation (上年, 前期) says nothing of it.
 */
function evaluatedPeriod(ctx: ExtractContext, title: { year: number; document: string; word: Word }, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const lead = b.text.slice(Math.max(0, m.index - 16), m.index);
  if (!EVALUATED_PERIOD_BEFORE.test(lead)) return false;
  const w = RUN_PERIOD_AFTER.exec(b.text.slice(m.index, m.index + 40));
  if (!w) return false;
  const last = yearOf(w[2] ?? w[1]);
  if (last >= title.year || NOT_EVALUATED.test(lead) || NOT_EVALUATED.test(statementFrom(b.text, m.index))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(w[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '评价期间', title } });
  return true;
}
// 本报告数据来源于, 本次自评所用数据主要取自, 以上数据均来自: the document's own figures and where they are drawn from, the
// year of the source right after (a clause of other figures, 对比数据来源于, is not the document's own).
// (A note may open on 注： or 说明：, the colon then where the statement opens.)
const OWN_DATA_SOURCE = /(?:(?:^|[。；;！？：:\s\u3000])(?:本(?:报告|次自评|次评价|说明|表)|以上|上述|报告|自评|评价)(?:中|所列|所用|使用|涉及)?的?(?:各项|相关|主要|全部|有关)?(?:财务|财政|收支|绩效|资产)?(?:数据|数字|资料)(?:主要|均|统一)?|(?:^|[。；;！？：:\s\u3000])数据)(?:来源于|来源为|来源是|来自于?|取自|取数于|出自|源于|依据|以)[\s\u3000]*(?:全[县区市州省]|本级|我[县区市州省])?[\s\u3000]*$/;
// …then a year's accounts, the source's class named before any clause ends: 2024年度部门决算报表, 2024年决算数据.
const ACCOUNTS_SOURCE_AFTER = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:0-9０-９]{0,12}?决算/;
// …or, for a report on the state's assets, the year's asset reports the units file (2024年度行政事业单位国有资产年度报告).
const ASSETS_SOURCE_AFTER = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:0-9０-９]{0,12}?国有资产(?:年度)?(?:报告|报表)/;
// Figures set beside the year's own (上年, 对比, 同比) or re-stated: their source may be of another year.
const SOURCE_OTHER = /上年|去年|上一年|以前年度|对比|比较|同比|调整|追溯|重述/;

/**
 * 本报告数据来源于2024年度部门决算报表 in a 2025年度 自评: an evaluation of one year (or the accounts of one) draws its figures
 * from that year's 决算, so a source of an earlier year was kept from last year's report. A source naming the year's own 决算
 * as well (the other year for comparison), or a budget's citing last year's 决算, says nothing of it.
 */
function accountsSource(ctx: ExtractContext, title: { year: number; document: string; word: Word }, issuers: readonly string[], b: Block, m: RegExpExecArray, out: YearClaim[], source = ACCOUNTS_SOURCE_AFTER, what = '数据来源的决算'): boolean {
  // 取自皖溪县第二中学2024年度部门决算报表: the source may name whose accounts they are, the issuer's own, before the year.
  const near = b.text.slice(Math.max(0, m.index - 48), m.index);
  const issuer = issuers.find((i) => i.length >= 2 && near.endsWith(i));
  const lead = near.slice(0, near.length - (issuer?.length ?? 0)).slice(-24);
  if (!OWN_DATA_SOURCE.test(lead)) return false;
  const a = source.exec(b.text.slice(m.index, m.index + 30));
  if (!a) return false;
  const year = yearOf(m[1]);
  if (year === title.year) return false;
  const whole = statementAround(b.text, m.index);
  if (SOURCE_OTHER.test(whole)) return false;
  // The year's own accounts named as a source as well: the other is for comparison.
  const yearsNamed = [...whole.matchAll(/([0-9０-９]{4})[\s\u3000]*年/g)].map((y) => yearOf(y[1]));
  if (yearsNamed.includes(title.year)) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what, title } });
  return true;
}

// The title of one year's evaluation, of a project, a fund or a department's spending: 2025年度…绩效评价报告.
const EVALUATED_TITLE = /绩效(?:自评|评价)/;
/** A title of one year (年度) naming an evaluation: its year, subject and the year's words. */
function evaluatedTitle(ctx: ExtractContext, title: Piece[]): { year: number; document: string; word: Word } | undefined {
  return yearsEvaluation(ctx, title, EVALUATED_TITLE);
}

// The title of one year's evaluation of a project's spending: 2025年度…项目支出绩效自评报告, 2025年度…专项资金绩效评价报告. (A
// department's whole spending may list projects of other years.)
const EVALUATION_TITLE = /(?:项目|专项)[^，,。；;]{0,6}?(?:支出|资金)[^，,。；;]{0,8}?绩效(?:自评|评价)/;

/** A title of one year (年度) naming an evaluation of spending: its year, subject and the year's words. */
function evaluationTitle(ctx: ExtractContext, title: Piece[]): { year: number; document: string; word: Word } | undefined {
  return yearsEvaluation(ctx, title, EVALUATION_TITLE);
}

/** A title of one year (年度) whose words `kind` names as an evaluation: its year, subject and the year's words. */
function yearsEvaluation(ctx: ExtractContext, title: Piece[], kind: RegExp): { year: number; document: string; word: Word } | undefined {
  const t = oneTitledYear(title);
  if (!t || !/年度/.test(t.yearWords) || !kind.test(t.words)) return undefined;
  return { year: t.year, document: t.words.replace(TITLE_KIND_TAIL, ''), word: t.word(ctx) };
}

// 2024年度本部门政府采购支出总额8,642.36万元, 本单位2024年机关运行经费支出…: the owner's own flow of a year, its amount right after.
const OWN_FLOW_AFTER_YEAR = new RegExp(`^[\\s\\u3000]*年度?[\\s\\u3000]*[，,]?[\\s\\u3000]*((?:我|本)(?:${L.ownerUnits}))?[^，,。；;：:0-9０-９]{0,14}?(?:支出|收入|经费)(?:总额|合计|总计|决算数?)?(?:为|是|共|达)?[\\s\\u3000]*$`);
const OWN_FLOW_REACH = 30;
const SECTION_REACH = 40;

/**
 * A statement of a flow opening on the year at `at`: what stands before the year since the statement began (`before`,
 * trimmed), the first money amount after it and the words between. Undefined when the statement opens further back than
 * OWN_FLOW_REACH, or no exact amount follows within it. (A bounded stretch: a search to the block's start for each year
 * would grow with its square.)
 */
function flowAfterYear(ctx: ExtractContext, b: Block, at: number): { before: string; f: DocFigure; between: string } | undefined {
  const lo = Math.max(0, at - OWN_FLOW_REACH);
  const stop = Math.max(...[...'。；;！？'].map((c) => b.text.slice(lo, at).lastIndexOf(c)));
  if (stop < 0 && lo > 0) return undefined;
  const before = b.text.slice(lo + stop + 1, at).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  const figs = ctx.figuresByBlock[b.index];
  const f = figs[firstFrom(figs, at + 4)];
  if (!f || f.dimension !== 'money' || f.approximate || f.start - at > OWN_FLOW_REACH) return undefined;
  return { before, f, between: b.text.slice(at + 4, f.start) };
}

/**
 * 2024年度本部门政府采购支出总额8,642.36万元 opening a section of a 2025年度 决算 that names no other year, in a document that
 * states its own figures under the title's year elsewhere (2025年度本部门收入总计…): final accounts report the owner's flows
 * of their own year, and a section giving one of them under an earlier year only, comparing nothing, was kept from last
 * year's text. A section naming the title's year too (last year beside this year's) says nothing of it.
 */
function ownFlowOfSection(ctx: ExtractContext, title: YearClaim, issuers: readonly string[], b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year || documentClass(title.document) !== '决算') return false;
  // The statement opens on the year, or on the owner and then the year.
  const flow = flowAfterYear(ctx, b, m.index);
  if (!flow) return false;
  const { before } = flow;
  const ownerBefore = before.length > 0 && (OWNER_ONLY.test(before) || issuers.some((i) => i === before));
  if (before.length > 0 && !ownerBefore) return false;
  const words = OWN_FLOW_AFTER_YEAR.exec(flow.between);
  if (!words || (!ownerBefore && !words[1])) return false;
  const sentence = statementFrom(b.text, m.index);
  if (COMPARING.test(sentence) || [...sentence.matchAll(ANY_YEAR)].length !== 1) return false;
  if (!sectionOnlyOf(ctx, b, year) || !voicedIn(ctx, title.year, b)) return false;
  out.push({ kind: 'year', role: 'body', year, document: title.document, word: yearWordAt(ctx, b, m.index) });
  return true;
}

// 委机关, 局机关本级, 本部门机关: the owner's own offices, the subject of its running costs.
const OWN_ORGAN = new RegExp(`^(?:(?:我|本)?(?:${L.ownerUnits}))?机关(?:本级)?$`);
// What makes a later year's flow a plan, not spending done: 预算, 安排, 计划, 预计, 拟, 将.
const PLANNED = /预算|安排|计划|预计|预测|拟|将|目标|控制数|限额/;

/**
 * 委机关2026年度机关运行经费支出612.80万元 in a 2025年度 决算: final accounts report flows spent, and a later year's is not
 * spent when they are drawn up. The owner (or its offices, or nobody) opens the statement on the year, and its flow's
 * amount follows; a later year's budget, plan or target (2026年机关运行经费预算安排…, 预计支出) is the next year's and says
 * nothing of it.
 */
function laterFlowInAccounts(ctx: ExtractContext, title: YearClaim, issuers: readonly string[], b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year <= title.year || documentClass(title.document) !== '决算') return false;
  const flow = flowAfterYear(ctx, b, m.index);
  if (!flow) return false;
  const { before, between } = flow;
  const organ = before.replace(/机关(?:本级)?$/, '');
  const owner = before.length === 0 || OWNER_ONLY.test(before) || OWN_ORGAN.test(before) || issuers.some((i) => i === before || i === organ);
  if (!owner) return false;
  if (!OWN_FLOW_AFTER_YEAR.test(between) || PLANNED.test(between)) return false;
  out.push({ kind: 'year', role: 'body', year, document: title.document, word: yearWordAt(ctx, b, m.index) });
  return true;
}

/** The section a block stands in (from the heading above to the next), SECTION_REACH blocks each way: it names `year` only. */
function sectionOnlyOf(ctx: ExtractContext, b: Block, year: number): boolean {
  const blocks = ctx.doc.blocks;
  let from = b.index;
  while (from > 0 && b.index - from < SECTION_REACH && !headingLine(blocks[from - 1])) from--;
  if (from > 0 && !headingLine(blocks[from - 1])) return false;
  for (let j = from; j < blocks.length && (j === b.index || !headingLine(blocks[j])); j++) {
    if (j - b.index > SECTION_REACH) return false;
    for (const y of blocks[j].text.matchAll(ANY_YEAR)) if (yearOf(y[1]) !== year) return false;
  }
  return true;
}

const voiced = new WeakMap<ExtractContext, { sections: Int32Array; years: Map<number, Set<number>> }>();
/**
 * Whether a statement of the text outside `b`'s section opens on `year` with the owner (2025年度本部门…, 本部门2025年…): the
 * sections each year is so spoken in, once a document (a section is the index of the heading above, −1 before any).
 */
function voicedIn(ctx: ExtractContext, year: number, b: Block): boolean {
  let index = voiced.get(ctx);
  if (!index) {
    const blocks = ctx.doc.blocks;
    const sections = new Int32Array(blocks.length);
    const years = new Map<number, Set<number>>();
    let section = -1;
    for (const x of blocks) {
      if (headingLine(x)) section = x.index;
      sections[x.index] = section;
      if (x.kind !== 'paragraph') continue;
      for (const y of x.text.matchAll(ANY_YEAR)) {
        const at = y.index!;
        const lead = x.text.slice(Math.max(0, at - 4), at);
        const opens = at === 0 || /[。；;！？\s\u3000]$/.test(lead);
        if (!(opens && OWNER_AFTER_YEAR.test(x.text.slice(at + 4, at + 14))) && !OWNER_RIGHT_BEFORE.test(lead)) continue;
        const set = years.get(yearOf(y[1])) ?? years.set(yearOf(y[1]), new Set()).get(yearOf(y[1]))!;
        set.add(section);
      }
    }
    index = { sections, years };
    voiced.set(ctx, index);
  }
  const own = index.sections[b.index];
  return [...(index.years.get(year) ?? [])].some((s) => s !== own);
}
const OWNER_AFTER_YEAR = new RegExp(`^[\\s\\u3000]*年度?[\\s\\u3000]*[，,]?[\\s\\u3000]*(?:(?:我|本)(?:${L.ownerUnits}))`);
const OWNER_RIGHT_BEFORE = /(?:^|[。；;！？\s\u3000])(?:我|本)(?:部门|单位|局|委|院|办|中心)$/;

// 2025年度自评结果作为编制2026年部门预算的重要依据 / 2024年度评价结果应用于2025年预算安排: a year's evaluation results, then
// the budget they are to be drawn up into, within one statement (no figure between: no list of scores).
const RESULTS_OF_YEAR = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:0-9０-９]{0,14}?(?:自评|评价)(?:结果|得分|等级)/;
const FED_BUDGET = /^[^。；;！？0-9０-９]{0,20}?(?:(?:编制)[\s\u3000]*([0-9０-９]{4})[\s\u3000]*年度?([^，,。；;0-9０-９]{0,10}?预算)|(?:作为|用于|应用于|运用于|纳入)[\s\u3000]*([0-9０-９]{4})[\s\u3000]*年度?([^，,。；;0-9０-９]{0,10}?预算)(?:的)?(?:编制|安排))/;
// Results that move a budget already running (调整, 监控) or are set beside it (挂钩) are no budget drawn up from them.
const NOT_DRAWN_UP = /调整|调剂|监控|挂钩|执行中/;

/**
 * 本局将把2025年度自评结果作为编制2025年部门预算的重要依据: a budget drawn up from the results of an evaluation of its own
 * year (or a later one). An evaluation is made after its year ends, a budget is drawn up before its year begins: the
 * budget's year was kept from an earlier text. A claim of the budget's year, with the results' year.
 */
function resultsFeed(ctx: ExtractContext, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const r = RESULTS_OF_YEAR.exec(b.text.slice(m.index, m.index + 40));
  if (!r) return false;
  const from = m.index + r[0].length;
  const f = FED_BUDGET.exec(b.text.slice(from, from + 60));
  // (A mid-year evaluation, 中期评价 or 运行监控, may move the running year's allocations; a 预算调整方案 is no budget drawn up.)
  if (!f || NOT_DRAWN_UP.test(f[0]) || /上年|去年|以前年度|中期|监控|运行|季度|半年|月/.test(r[0]) || /^(?:调整|执行|追加)/.test(b.text.slice(from + f.index + f[0].length, from + f.index + f[0].length + 2))) return false;
  const k = f[1] ?? f[3];
  const at = from + f.index + f[0].indexOf(k, f[0].search(/编制|安排|作为|用于|应用于|运用于|纳入/));
  const resultsYear = yearOf(m[1]);
  out.push({
    kind: 'year',
    role: 'body',
    year: yearOf(k),
    document: (f[2] ?? f[4]).replace(/^[\s\u3000]+/, ''),
    word: yearWordAt(ctx, b, at),
    feeds: { year: resultsYear, word: yearWordAt(ctx, b, m.index) },
  });
  return true;
}

// 2024年，全县一般公共预算收入完成86,420万元: a statement opening on its year, then a budget's total and its outturn.
// (2024年区级国有资本经营预算收入完成…: the comma after the year may be left out.)
// (2024年全年，市教育系统部门预算支出执行170,812.40万元: a department's report says 全年 and 执行 right before the amount.)
const OPENING_TOTAL = new RegExp(`^[0-9０-９]{4}[\\s\\u3000]*年度?(?:全年)?[\\s\\u3000，,]*[^，,。；;：:0-9０-９]{0,8}?(${L.budgetKinds}|一般公共|部门)预算(?:收入|支出)(?:合计|总计)?(?:完成|实现|执行数?为|累计完成|执行(?=[0-9０-９]))`);
const OWN_PRIOR_YEAR = /同比|比上年|较上年|上年同期|（上年|\(上年/;
const OPENING_REACH = 200;
const HEADING_REACH = 30;
const HEADING_YEAR = /(?<![0-9０-９])([0-9０-９]{4})[\s\u3000]*年/;

/**
 * 2024年，全县一般公共预算收入完成86,420万元，…，同比增长4.6%（上年82,618万元） in a report on the 2025 budget's execution,
 * under a heading naming 2025: the report's own outturn of the kind its title names, compared with its own year before (or
 * measured against its own budget, 为预算的…%), dated a year the report is not about. Under a title of one year's execution,
 * the nearest heading naming a year names the title's; under a title with a draft too (which may look back at last year in
 * a section on the execution at large), that heading must name this very budget's execution of the title's year
 * (二、2025年社会保险基金预算执行情况), and the section state that year's own figures by it. The statement names no other year.
 */
function openingOfExecution(ctx: ExtractContext, title: YearClaim, titleText: string, oneYear: boolean, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year) return false;
  const o = OPENING_TOTAL.exec(b.text.slice(m.index, m.index + 40));
  if (!o || !(titleText.includes(`${o[1]}预算`) || (o[1] === '部门' && presentsDepartmentExecution(ctx, title.year, b)))) return false;
  // The whole sentence, past its ；: a look back may name the next year in its second half.
  const statement = statementAt(b.text, m.index);
  if (!(OWN_PRIOR_YEAR.test(statement) || AGAINST_OWN_BUDGET.test(statement)) || [...statement.matchAll(ANY_YEAR)].length !== 1) return false;
  // The section it stands in: the nearest heading naming a year names the title's.
  const headed = nearestYearHeading(ctx, b);
  if (oneYear) {
    // (No heading naming a year, as a plain-text layout leaves the title no heading: the title's year governs.)
    if (headed !== undefined && headed.year !== title.year) return false;
  } else if (!headed || headed.year !== title.year || !headed.block.text.includes(`${o[1]}预算`) || !/执行/.test(headed.block.text) || !sectionOpensOn(ctx, headed.block, title.year)) {
    return false;
  }
  out.push({ kind: 'year', role: 'body', year, document: title.framed ? title.document : '预算执行', word: yearWordAt(ctx, b, m.index), ...(title.framed ? { framed: true as const } : {}) });
  return true;
}
// 为预算1,760万元的110.0%, 完成调整预算的101.3%: an outturn measured against its own year's budget.
const AGAINST_OWN_BUDGET = new RegExp(`(?:${YEAR_WORDS.againstOwnBudget})(?:数)?(?:[0-9０-９][0-9０-９,，.．]{0,12}${MONEY_UNIT_WRITTEN})?的[\\s\\u3000]*[0-9０-９]`);

/** Whether a paragraph of the section under `heading` (to the next heading) opens a statement on `year` (2025年，…). */
function sectionOpensOn(ctx: ExtractContext, heading: Block, year: number): boolean {
  const blocks = ctx.doc.blocks;
  for (let j = heading.index + 1; j < blocks.length && j - heading.index <= SECTION_REACH && !headingLine(blocks[j]); j++) {
    if (blocks[j].kind !== 'paragraph') continue;
    for (const y of blocks[j].text.matchAll(ANY_YEAR)) if (yearOf(y[1]) === year && opensStatement(blocks[j].text, y.index!)) return true;
  }
  return false;
}

// 现就市教育局2025年部门预算执行情况报告如下: a report whose title says only 预算执行 names the department's budget in its body.
const DEPARTMENT_EXECUTION = /([0-9０-９]{4})[\s\u3000]*年度?[\s\u3000]*部门预算执行/;

/**
 * A department's report on its budget's execution is titled 市教育局2025年预算执行情况 and says 部门预算 only in its body:
 * some paragraph before `b` names the title's year's 部门预算执行 (and names no other year's).
 */
function presentsDepartmentExecution(ctx: ExtractContext, year: number, b: Block): boolean {
  let named = false;
  for (let j = 0; j < b.index; j++) {
    const t = ctx.doc.blocks[j];
    if (t.kind !== 'paragraph' && t.kind !== 'heading') continue;
    const d = DEPARTMENT_EXECUTION.exec(t.text);
    if (!d) continue;
    if (yearOf(d[1]) !== year) return false;
    named = true;
  }
  return named;
}

/** The sentence opening at `at`, read past its ；(a comparison or a look back may close it), within OPENING_REACH. */
function statementAt(text: string, at: number): string {
  const piece = text.slice(at, at + OPENING_REACH);
  const stop = piece.search(/[。！？]/);
  return stop < 0 ? piece : piece.slice(0, stop);
}

/** The year the nearest heading naming one names, within HEADING_REACH blocks before `b` (undefined when none does). */
function nearestHeadingYear(ctx: ExtractContext, b: Block): number | undefined {
  return nearestYearHeading(ctx, b)?.year;
}
/** The nearest heading naming a year within HEADING_REACH blocks before `b`, and the year it names. */
function nearestYearHeading(ctx: ExtractContext, b: Block): { year: number; block: Block } | undefined {
  for (let j = b.index - 1; j >= 0 && j >= b.index - HEADING_REACH; j--) {
    const h = ctx.doc.blocks[j];
    if (!headingLine(h)) continue;
    const y = HEADING_YEAR.exec(h.text);
    if (y) return { year: yearOf(y[1]), block: h };
  }
  return undefined;
}

// 2025年“三公”经费预算26.40万元，比上年预算28.10万元减少…: a year's budget of an item, its amount right after 预算.
const OPENING_BUDGET = /^[0-9０-９]{4}[\s\u3000]*年度?[\s\u3000，,]*[^，,。；;：:0-9０-９]{0,16}?预算(?:数|安排|总额)?(?:为|是|共)?[\s\u3000]*$/;
const AGAINST_PRIOR_BUDGET = /(?:比|较|与)[\s\u3000]*上年(?:年初)?预算/;

/**
 * 2025年“三公”经费预算26.40万元，比上年预算28.10万元减少1.70万元 opening a paragraph of a 2026 预算: the budget of an item set
 * against the budget of the year before is the document's own, a budget's comparison; dated the year before its title's, its
 * year was kept from last year's text. Read only under a title of one year's budget (not its execution or adjustment), where
 * the nearest heading naming a year names the title's and the statement names no other year.
 */
function openingOfBudget(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year !== title.year - 1 || documentClass(title.document) !== '预算' || /执行|调整/.test(title.document)) return false;
  const figs = ctx.figuresByBlock[b.index];
  const f = figs[firstFrom(figs, m.index + 4)];
  if (!f || f.dimension !== 'money' || f.approximate || f.start - m.index > OWN_TOTAL_REACH) return false;
  if (!OPENING_BUDGET.test(b.text.slice(m.index, f.start))) return false;
  const statement = statementAt(b.text, m.index);
  if (!AGAINST_PRIOR_BUDGET.test(statement.slice(f.end - m.index)) || [...statement.matchAll(ANY_YEAR)].length !== 1) return false;
  const headed = nearestHeadingYear(ctx, b);
  if (headed !== undefined && headed !== title.year) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '本年预算', title: titleOf(title) } });
  return true;
}

// 2024年全乡财政收支相抵后，年末结转结余159.40万元: a year's balance, left when its income and spending are set off.
const OPENING_BALANCE = /^[0-9０-９]{4}[\s\u3000]*年度?[\s\u3000，,]*[^，,。；;：:0-9０-９]{0,12}?收支相抵后?[\s\u3000，,]*[^，,。；;：:0-9０-９]{0,8}?结余(?:资金)?(?:为|是|共)?[\s\u3000]*$/;
// How many figures after the balance are looked at for the two it is the difference of.
const BALANCE_PARTS_REACH = 8;

/**
 * 2024年全乡财政收支相抵后，年末结转结余159.40万元。该结余即全乡财政总收入3,486.20万元与财政总支出3,326.80万元相抵后的余额
 * in a 2025 决算: the balance is the difference of two amounts the paragraph names right after it, both given elsewhere under
 * the title's year and under no other: the balance is the title year's, its year kept from an earlier text. Read only under
 * a title of one year's accounts; a statement comparing or naming another year says nothing of it.
 */
function ownBalanceOfTitleYear(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year || documentClass(title.document) !== '决算') return false;
  const figs = ctx.figuresByBlock[b.index];
  const k = firstFrom(figs, m.index + 4);
  const f = figs[k];
  if (!f || f.dimension !== 'money' || f.approximate || f.start - m.index > OWN_TOTAL_REACH) return false;
  if (!OPENING_BALANCE.test(b.text.slice(m.index, f.start))) return false;
  const statement = b.text.slice(m.index, f.end) + statementFrom(b.text, f.end);
  if (COMPARING.test(statement) || [...statement.matchAll(ANY_YEAR)].length !== 1) return false;
  const want = baseValue(f);
  for (let i = k + 1; i + 1 < figs.length && i <= k + BALANCE_PARTS_REACH; i++) {
    const a = figs[i];
    const c = figs[i + 1];
    if (a.dimension !== 'money' || c.dimension !== 'money' || a.approximate || c.approximate) continue;
    if (!baseValue(a).minus(baseValue(c)).equals(want) || !elsewhereOfTitleYear(ctx, title.year, a) || !elsewhereOfTitleYear(ctx, title.year, c)) continue;
    out.push({ kind: 'year', role: 'body', year, document: title.document, word: yearWordAt(ctx, b, m.index) });
    return true;
  }
  return false;
}

// 纳入 right before a year: the units taken into a year's accounts or budget.
const SCOPE_BEFORE = /纳入[\s\u3000]*$/;
// …决算汇总的行政单位, …预算编制范围的单位, 国有资本经营预算编制范围的企业: the name followed by its summing or scope, then
// the units (a state capital budget's are enterprises).
const SCOPE_AFTER = /^(?:汇总|编报|编制|合并)?(?:范围)?(?:内)?的?[^，,。；;]{0,8}(?:单位|企业)/;
// The verb of drawing a document up, right before its year: 编制了2025年部门预算.
const DREW_UP = /(?:编制|编报)(?:完成)?了?[\s\u3000]*$/;
// A statement about a document drawn up in another year: a comparison, the year before.
const DRAWN_OTHER = /比|较|同比|上年|去年|上一年|以前年度|调整/;
/**
 * The words before a year end with the verb of drawing a document up, and its subject, from the clause's opening, is the
 * issuer (街道办事处 of 筑南区青禾街道办事处, the whole name, or 我局, 本部门). A clause naming a year or 上年 before the verb is
 * about another time.
 */
function drewUpByIssuer(near: string, issuers: readonly string[]): boolean {
  const v = DREW_UP.exec(near);
  if (!v) return false;
  const clause = near.slice(0, v.index);
  const cut = Math.max(...[...'，,；;。：:！？'].map((c) => clause.lastIndexOf(c)));
  // Without a clause mark in reach the subject's opening is unknown.
  if (cut < 0 && near.length >= 30) return false;
  const subject = clause.slice(cut + 1).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (/^(?:我|本)(?:县|区|市|州|盟|旗|镇|乡|省|街道|部门|单位|局|委|办|院|中心)$/.test(subject)) return true;
  return subject.length >= 2 && issuers.some((i) => i.endsWith(subject));
}
// "与2023年度部门决算相比", "比2023年预算": another document, named on purpose.
const COMPARE_BEFORE = new RegExp(`(?:${L.compareBefore})[\\s\\u3000]*$`);
// Lines a printed page adds to the title page: — 1 —, - 2 -, 第1页.
const FURNITURE = /^[\s\u3000]*(?:[-—–－一]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－一]{1,2}|第[\s\u3000]*\d{1,4}[\s\u3000]*页.{0,12}|\d{1,4})[\s\u3000]*$/;

function docName(scope: string | undefined, cls: string): string {
  return `${scope ?? ''}${cls}`;
}

interface Piece {
  block: Block;
  text: string;
}

/** The title line holding offset `at` of the title's lines read as one, and the offset in it. */
function ownerOf(title: Piece[], at: number): { block: Block; offset: number } | undefined {
  let o = at;
  for (const p of title) {
    if (o < p.text.length) return { block: p.block, offset: o };
    o -= p.text.length;
  }
  return undefined;
}

const PRESENTS = new RegExp(L.frameOpen);

/** The title: the first blocks of the document, short and without sentences or outline numbers. */
function titleBlocks(blocks: readonly Block[]): Piece[] {
  const out: Piece[] = [];
  for (const b of blocks) {
    if (b.kind === 'toc' || b.kind === 'table-row') break;
    const t = b.text.trim();
    // A page number printed under the title ends it without being part of it.
    if (FURNITURE.test(t)) {
      if (out.length > 0) break;
      continue;
    }
    // A sentence presenting the document (现将…通报：) opens the body, however short.
    if (t.length > 60 || /[。；;！？!?，,]/.test(t) || readMarker(t) || /^(?:目录|目次|目[\s\u3000]+录)$/.test(t) || PRESENTS.test(t)) break;
    out.push({ block: b, text: b.text });
    if (out.length >= 4 || (b.kind === 'heading' && out.length >= 1)) break;
  }
  return out;
}

// Years in ASCII or full-width digits (a web page's Chinese font; normalisation leaves digits as written).
const YEAR = /(?<![0-9０-９])([0-9０-９]{4})(?=[\s\u3000]*年)/g;
const YEAR_WORD = /^[0-9０-９]{4}[\s\u3000]*年度?/;
/** The words of a year as written from `at` (2024年, 2024年度). */
const yearWordAt = (ctx: ExtractContext, b: Block, at: number) => ctx.word(b, at, at + YEAR_WORD.exec(b.text.slice(at))![0].length);
const yearOf = (s: string) => Number(asciiDigits(s));
const ISSUER_SELF_TAIL = new RegExp(`^(?:${L.issuerSelfTails})`);
const EXECUTION_TAIL = new RegExp(`^(?:${L.executionTail})`);
// 关于…的报告: the preposition opens the title, it is no part of the issuer's name.
const TITLE_OPENER = /^(?:关于|对)/;
// The name a title gives its issuer: the run of Chinese characters before the year.
const TRAILING_NAME = /[\u4e00-\u9fa5]{2,24}$/;

/**
 * Years that date the document itself: the title's "2024年政府预算公开相关说明"
 * and body sentences such as "对我区2023年政府预算的理解" or "现就青岚县2024年政府
 * 预算中…说明如下" (the title's own issuer naming a document of its own kind). Years
 * of other things (2023年底债务余额, 2023年项目绩效评价结果, 2024年预算执行情况)
 * make no claim.
 */
export function extractYears(ctx: ExtractContext): Claim[] {
  const out: YearClaim[] = [];
  const blocks = ctx.doc.blocks;
  const title = titleBlocks(blocks);
  // A title may run over several lines ("…社会工作部 2024 年度" / "部门决算"): read it as one,
  // remembering where each line ends so that a name may end with its line.
  const joined = title.map((p) => p.text).join('');
  const lineEnds = new Set<number>();
  let acc = 0;
  for (const p of title) lineEnds.add((acc += p.text.length));
  let issuers: string[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(joined); m; m = YEAR.exec(joined)) {
    const d = DOC_AFTER_YEAR.exec(joined.slice(m.index));
    if (!d) continue;
    const end = m.index + d[0].length;
    // "关于X县2024年预算执行情况和2025年预算草案的报告": the title names the year whose execution it reports.
    const execution = EXECUTION_TAIL.test(joined.slice(end));
    if (!execution && !lineEnds.has(end) && !TITLE_TAIL.test(joined.slice(end)) && !TITLE_PART_TAIL.test(joined.slice(end))) continue;
    const where = ownerOf(title, m.index);
    if (!where) continue;
    const yearEnd = YEAR_WORD.exec(joined.slice(m.index))![0].length;
    if (where.offset + yearEnd > where.block.text.length) continue;
    if (issuers.length === 0) {
      const name = d[2] && d[2].length >= 2 ? d[2] : TRAILING_NAME.exec(joined.slice(0, m.index).trimEnd())?.[0];
      const bare = name?.replace(TITLE_OPENER, '');
      if (bare && bare.length >= 2) issuers = issuerForms(bare);
    }
    out.push({
      kind: 'year',
      role: 'title',
      year: yearOf(d[1]),
      document: docName(d[3], d[4]) + (execution ? '执行' : ''),
      word: ctx.word(where.block, where.offset, where.offset + yearEnd),
    });
  }
  framedYears(ctx, title, out);
  periodHeadings(ctx, title, out);
  headedYears(ctx, title, out);
  const reportsExecution = out.some((t) => !t.framed && t.document.endsWith('执行'));
  // The title's claim of a whole year's execution (国有资本经营预算执行 read by its name, 一般公共预算执行 by its kinds).
  const executionTitle = out.find((t) => t.role === 'title' && t.document.endsWith('执行') && !PERIOD.test(t.document));
  const titleSet = new Set(title.map((p) => p.block.index));
  const ownTitles = out.filter((t) => t.role === 'title' && !t.framed);
  const executionOnly = ownTitles.length > 0 && ownTitles.every((t) => t.document.endsWith('执行'));
  const titleClaim = out.find((c) => c.role === 'title' && !c.framed);
  // A title of one year: the year its whole figures are of (a title with two, 执行 and 草案, names no one year).
  const oneTitleYear = new Set(out.filter((c) => c.role === 'title').map((c) => c.year)).size === 1;
  // The title's one claim (its own name first), when it names one year: what 上年 and the document's own figures are of.
  const oneTitle = oneTitleYear ? (titleClaim ?? out.find((c) => c.role === 'title')) : undefined;
  // A title of two years, the execution of one and the draft of the next: its draft's claim (2026年预算).
  const drafts = oneTitleYear ? [] : out.filter((c) => c.role === 'title' && !c.framed && documentClass(c.document) === '预算' && !/执行|调整/.test(c.document));
  const draftTitle = new Set(drafts.map((c) => c.year)).size === 1 ? drafts[0] : undefined;
  const adjustment = oneTitleYear ? out.find((c) => c.role === 'title' && /调整/.test(c.document)) : undefined;
  const partYear = oneTitleYear ? out.find((c) => c.role === 'title' && c.framed && PERIOD_OPENING.test(c.document)) : undefined;
  const evaluation = evaluationTitle(ctx, title);
  const evaluated = evaluatedTitle(ctx, title);
  // The accounts of one year, for where their figures are drawn from.
  const accountsTitle = oneTitleYear && titleClaim && documentClass(titleClaim.document) === '决算' ? titleOf(titleClaim) : undefined;
  // A report on one year's state assets (2025年度行政事业性国有资产管理情况的报告): its figures are drawn from that year's asset reports.
  const assetsClaim = oneTitleYear ? out.find((c) => c.role === 'title' && c.framed && c.document === '国有资产管理') : undefined;
  const assetsTitle = assetsClaim ? titleOf(assetsClaim) : undefined;
  // A title of part of one year on what the kinds do not name (2025年上半年国库资金运行情况报告): its period dates its stocks all the same.
  const periodTitle = partYear ? undefined : partOfYearTitle(ctx, title);
  const subjectTitle = subjectOfTitle(ctx, title, joined);
  // A title read only as presented (汾源县2025年政府性基金预算决算情况说明) names its issuer before its year all the same.
  const named = issuers.length > 0 || !oneTitle ? issuers : issuerBefore(joined, oneTitle.year);
  const reviewsDraft = oneTitleYear && REVIEW_OF_DRAFT.test(joined);
  // A report on the audit of one year (关于…2025年度县本级预算执行和其他财政收支的审计工作报告): the year its audit covers.
  const audited = AUDIT_REPORT_TITLE.test(joined) ? oneTitledYear(title) : undefined;
  const auditTitle = audited ? { year: audited.year, document: audited.words.replace(AUDITED_TITLE_TAIL, ''), word: audited.word(ctx) } : undefined;
  const ownName = oneTitleYear && titleClaim ? titleName(title, joined, titleClaim) : undefined;
  // A title of a kind the names above do not read (政府投资基金2025年度运行情况报告): its year and name, for what its body says it covers.
  const coveredTitle = out.some((c) => c.role === 'title') ? undefined : plainTitle(ctx, title, joined);
  // A title of one year no document's name reads (2025年度…补助资金分配和使用情况公告): its year, for what the body says it lists.
  const unnamed = out.some((c) => c.role === 'title') ? undefined : oneTitledYear(title);
  const unnamedTitle = unnamed ? { year: unnamed.year, document: unnamed.words, word: unnamed.word(ctx) } : undefined;
  // A disclosure of one year's issue of bonds (2026年第三批新增专项债券项目信息披露, 2026年…再融资专项债券（三期）信息披露文件).
  const bondTitled = oneTitledYear(title);
  const bondTitle = bondTitled && /债券/.test(bondTitled.words) ? { year: bondTitled.year, document: bondTitled.words, word: bondTitled.word(ctx) } : undefined;
  const issuedHere = (before: string, between: string | undefined): string | undefined => {
    if (between && between.length >= 2) return issuers.find((i) => i === between || i.endsWith(between)) ? '' : undefined;
    const i = issuers.find((x) => before.endsWith(x));
    return i === undefined ? undefined : before.slice(0, before.length - i.length);
  };
  for (const b of blocks) {
    // A table's caption over its rows (…2024年单位预算收支总表, kept with the table's lines, no cells of its own, its unit
    // note after it or not) names the document whose table it is, as a sentence would.
    const caption = b.kind === 'table-row' && !b.cells && b.text.trim().length <= 60 && /表[\s\u3000]*$/.test(withoutClassing(b.text).replace(CAPTION_UNIT_NOTE, ''));
    if (titleSet.has(b.index) || b.kind === 'toc' || (b.kind === 'table-row' && !caption)) continue;
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(b.text); m; m = YEAR.exec(b.text)) {
      // A caption ending in its class (…政府性基金预算财政拨款收入支出决算表) is of that class, whatever fund it names first.
      if (classCaption(ctx, b, m, out)) continue;
      if (b.kind === 'paragraph' && titleClaim && ownTotalOfTitleYear(ctx, titleClaim, b, m, out)) continue;
      if (b.kind === 'paragraph' && executionTitle && listedExecution(ctx, executionTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && executionTitle && oneTitleYear && adjustmentOfExecution(ctx, executionTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && executionTitle && !b.text.slice(0, m.index).trim() && openingOfExecution(ctx, executionTitle, joined, oneTitleYear, b, m, out)) continue;
      if (b.kind === 'paragraph' && titleClaim && oneTitleYear && !b.text.slice(0, m.index).trim() && openingOfBudget(ctx, titleClaim, b, m, out)) continue;
      if (b.kind === 'paragraph' && titleClaim && oneTitleYear && !b.text.slice(0, m.index).trim() && ownBalanceOfTitleYear(ctx, titleClaim, b, m, out)) continue;
      if (b.kind === 'paragraph' && titleClaim && oneTitleYear && ownPeriod(ctx, titleClaim, b, m, out)) continue;
      if (b.kind === 'paragraph' && titleClaim && oneTitleYear && closingDate(ctx, titleClaim, issuers, b, m, out)) continue;
      if (b.kind === 'paragraph' && resultsFeed(ctx, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && priorNamed(ctx, oneTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && thisYearNamed(ctx, oneTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && ownFiguresAre(ctx, oneTitle, named, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && compiledUnderNotice(ctx, oneTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && compiledOnControlFigures(ctx, oneTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && titleClaim && oneTitleYear && noneOfFund(ctx, titleClaim, named, b, m, out)) continue;
      if (b.kind === 'paragraph' && titleClaim && oneTitleYear && publishedAlong(ctx, titleClaim, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && ownResultsListed(ctx, oneTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && !oneTitle && draftTitle && draftUnderNotice(ctx, draftTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && listedOutturnAsAt(ctx, out, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && auditOfOwnAccounts(ctx, oneTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && adjustment && adjustedBudget(ctx, adjustment, b, m, out)) continue;
      if (b.kind === 'paragraph' && adjustment && adjustedByThis(ctx, adjustment, b, m, out)) continue;
      if (b.kind === 'paragraph' && (partYear ?? periodTitle) && periodClose(ctx, (partYear ?? periodTitle)!, named, b, m, out)) continue;
      if (b.kind === 'paragraph' && partYear && periodOpening(ctx, partYear, b, m, out)) continue;
      if (b.kind === 'paragraph' && partYear && listedPeriodExecution(ctx, partYear, b, m, out)) continue;
      if (b.kind === 'paragraph' && evaluation && runPeriod(ctx, evaluation, b, m, out)) continue;
      if (b.kind === 'paragraph' && evaluated && evaluatedPeriod(ctx, evaluated, b, m, out)) continue;
      if (b.kind === 'paragraph' && (evaluated ?? accountsTitle) && accountsSource(ctx, (evaluated ?? accountsTitle)!, named, b, m, out)) continue;
      if (b.kind === 'paragraph' && evaluated && evaluationSource(ctx, evaluated, b, m, out)) continue;
      if (b.kind === 'paragraph' && auditTitle && thisAuditYear(ctx, auditTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && balanceRestated(ctx, titleOf(oneTitle), b, m, out)) continue;
      if (b.kind === 'paragraph' && assetsTitle && accountsSource(ctx, assetsTitle, named, b, m, out, ASSETS_SOURCE_AFTER, '数据来源的国有资产年度报告')) continue;
      if (b.kind === 'paragraph' && titleClaim && oneTitleYear && ownFlowOfSection(ctx, titleClaim, issuers, b, m, out)) continue;
      if (b.kind === 'paragraph' && titleClaim && oneTitleYear && laterFlowInAccounts(ctx, titleClaim, issuers, b, m, out)) continue;
      if (b.kind === 'paragraph' && subjectTitle && ownSubjectFigures(ctx, subjectTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && budgetOnExecution(ctx, b, m, out)) continue;
      if (b.kind === 'paragraph' && oneTitle && listedOfIssuer(ctx, oneTitle, named, b, m, out)) continue;
      if (b.kind === 'paragraph' && reviewsDraft && reviewedDraft(ctx, b, m, out)) continue;
      if (b.kind === 'paragraph' && bondTitle && thisIssue(ctx, bondTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && ownName && ownNameAgain(ctx, ownName, b, m, out)) continue;
      if (b.kind === 'paragraph' && coveredTitle && coveredYear(ctx, coveredTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && unnamedTitle && listedMoneyOfYear(ctx, unnamedTitle, b, m, out)) continue;
      if (b.kind === 'paragraph' && unnamedTitle && compiledFromData(ctx, unnamedTitle, b, m, out)) continue;
      const d = DOC_AFTER_YEAR.exec(b.text.slice(m.index));
      if (!d) continue;
      const after = b.text.slice(m.index + d[0].length);
      const near = b.text.slice(Math.max(0, m.index - 30), m.index);
      // The text before the name's issuer, when the issuer is this document's: 现就|青岚县|2024年政府预算中.
      const beforeIssuer = issuedHere(near, d[2]);
      const totals = TOTALS_AFTER.test(after);
      const owned = (OWNER_BEFORE.test(near.slice(-4)) || OWNER_DREW_BEFORE.test(near.slice(-10))) && (totals || !TOPIC_AFTER.test(after));
      const issued = beforeIssuer !== undefined && (totals || (ISSUER_SELF_TAIL.test(after) && !ISSUER_TOPIC_AFTER.test(after)));
      // In a report on a year's execution, the issuer's "X县2023年预算执行情况" names what this report is about.
      const execution = reportsExecution && beforeIssuer !== undefined && EXECUTION_TAIL.test(after);
      // A heading of this document ("第二部分 2025年部门预算编制说明") names the part it heads.
      const heading = !!readMarker(b.text.trim()) && !/[。，,；;！？]/.test(b.text) && HEADING_SELF_TAIL.test(after);
      // "本报告所列本镇2023年财政决算数据": the document pointing at itself, whatever follows.
      // "本说明所列2024年决算数据均以…为准": the document listing its own figures names their year, with no owner; a statement
      // about another year's figures it lists (上年, 对比, re-stated 口径) says nothing of it.
      const pointed = SELF_REFERENCE.test(near) && (OWNER_BEFORE.test(near.slice(-4)) || (LISTED_BEFORE.test(near) && !LISTED_OTHER.test(statementFrom(b.text, m.index))));
      // A line of its own captioning one of the document's tables (表5 X局2025年部门预算项目绩效目标表): the caption's name is
      // the document's, with the issuer or nothing but the table's number before it.
      const captioned = captionLine(b) && captionName(b.text.slice(0, m.index), d[2]) && CAPTION_TABLE_TAIL.test(after.replace(/[*]+[\s\u3000]*$/, '').replace(CAPTION_UNIT_NOTE, '')) && !CAPTION_TOPIC.test(after);
      // "街道办事处编制了2025年部门预算，收支总预算…": the issuer saying it drew up a document of this kind names this document.
      const drawn = !TOPIC_AFTER.test(after) && drewUpByIssuer(near, issuers) && !DRAWN_OTHER.test(statementFrom(b.text, m.index));
      // "统计范围为纳入2024年县级部门决算汇总的行政单位…": the units whose accounts are summed into this document's figures.
      const scope = SCOPE_BEFORE.test(near) && SCOPE_AFTER.test(after) && !DRAWN_OTHER.test(near.slice(-12)) && !DRAWN_OTHER.test(statementFrom(b.text, m.index));
      if (!BODY_TAIL.test(after) && !owned && !issued && !execution && !heading && !pointed && !captioned && !drawn && !scope) continue;
      if (COMPARE_BEFORE.test(near.slice(-6)) || (beforeIssuer && COMPARE_BEFORE.test(beforeIssuer.slice(-6)))) continue;
      // Inside a cited title (《关于做好2024年政府预算公开工作的通知》): another document.
      const before = b.text.slice(0, m.index);
      if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
      out.push({
        kind: 'year',
        role: 'body',
        year: yearOf(d[1]),
        document: docName(d[3], d[4]) + (execution ? '执行' : ''),
        word: yearWordAt(ctx, b, m.index),
        ...(DRAFT_AFTER.test(after) ? { draft: true } : {}),
        // (Under a title reporting an execution only, 编制范围 after the name is the scope too: 纳入2024年国有资本经营预算编制范围的企业.)
        ...(scope && (!BODY_TAIL.test(after) || executionOnly) && !owned && !issued && !pointed && !captioned && !drawn ? { scope: true as const } : {}),
      });
    }
  }
  sectionYears(ctx, title, out);
  targetYears(ctx, titleSet, out);
  // A year the reading above already claimed is not claimed again as presented, unless the title was read only as
  // presented (关于…2025年国有资本经营预算和社会保险基金预算执行情况的报告): then only the presented reading compares.
  if (!out.some((c) => !c.framed && c.role === 'title')) return out;
  const claimed = new Set(out.filter((c) => !c.framed && c.role === 'body').map((c) => c.word.range.start));
  return out.filter((c) => !c.framed || c.role === 'title' || !claimed.has(c.word.range.start));
}

// The title's own name around its year: 滇阳市 | 市级国有资本经营预算执行情况, 汾东市住房公积金 | 年度报告. What opens a title
// before its issuer (关于, 市人民政府关于) and closes it after the matter (的报告) is no part of the name.
function afterOpener(s: string): string {
  const k = s.lastIndexOf('关于');
  return k < 0 ? s : s.slice(k + '关于'.length);
}
const TITLE_NAME_CLOSE = /的(?:报告|说明)$/;
// A name this short could be a phrase of any document: the issuer and the matter together must say which one.
const OWN_NAME_MIN = 8;
// Where the body names the document's own annex by its title (详见附表《…》, 附件2：…表): the annex is this document's table.
const OWN_ANNEX_BEFORE = /(?:附表|附件)[0-9０-９一二三四五六七八九十]*[：:]?[《“"]?$/;
// …and what follows a name that is this document being approved (…已经管理委员会审议通过, 经市政府批准): one clause.
const OWN_APPROVED_AFTER = /^[已经][^，。；;：:]{0,24}?(?:审议通过|审定|批准|批复)/;
// A statement setting the named document beside another year (与…相比, 上年) names another document on purpose.
const OWN_NAME_OTHER = /比|较|同比|上年|去年|上一年|以前年度|往年|历年/;
const SQUEEZE = /[\s\u3000]/g;

function titleName(pieces: Piece[], joined: string, title: YearClaim): { before: string; after: string; title: YearClaim } | undefined {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(joined); m; m = YEAR.exec(joined)) {
    if (yearOf(m[1]) !== title.year) continue;
    const word = /^[0-9０-９]{4}[\s\u3000]*年/.exec(joined.slice(m.index))![0];
    const where = ownerOf(pieces, m.index);
    if (!where) return undefined;
    // The name after the year up to its line's end (a title's next line may be its issuer or its date; a wrapped title's
    // first line is the start of its name all the same).
    const line = pieces.find((p) => p.block === where.block)!.text;
    const before = afterOpener(joined.slice(0, m.index).replace(SQUEEZE, ''));
    const after = line.slice(where.offset + word.length).replace(SQUEEZE, '').replace(/^度/, '').replace(TITLE_NAME_CLOSE, '');
    return before.length >= 2 && after.length >= 2 && before.length + after.length >= OWN_NAME_MIN ? { before, after, title } : undefined;
  }
  return undefined;
}

/**
 * The body naming this very document again by the title's whole name, issuer and matter, with another year: as its own annex
 * (详见附表《滇阳市2024年市级国有资本经营预算执行情况表》 under 滇阳市2025年市级国有资本经营预算执行情况), or as the document
 * approved (汾东市住房公积金2024年年度报告已经…管理委员会审议通过 under that fund's 2025年年度报告). Another year's document named
 * beside this one (与…相比, 上年) is no claim.
 */
function ownNameAgain(ctx: ExtractContext, own: { before: string; after: string; title: YearClaim }, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const word = /^[0-9０-９]{4}[\s\u3000]*年/.exec(b.text.slice(m.index));
  if (!word) return false;
  const lead = b.text.slice(Math.max(0, m.index - own.before.length - 16), m.index).replace(SQUEEZE, '');
  if (!lead.endsWith(own.before)) return false;
  const rest = b.text.slice(m.index + word[0].length, m.index + word[0].length + own.after.length + 48).replace(SQUEEZE, '').replace(/^度/, '');
  if (!rest.startsWith(own.after)) return false;
  const tail = rest.slice(own.after.length);
  const annex = OWN_ANNEX_BEFORE.test(lead.slice(0, lead.length - own.before.length)) && /^表/.test(tail);
  const approved = OWN_APPROVED_AFTER.test(tail);
  if (!annex && !approved) return false;
  const start = Math.max(0, ...[...'。；;！？'].map((x) => b.text.lastIndexOf(x, m.index)).map((x) => x + 1));
  if (OWN_NAME_OTHER.test(b.text.slice(start, m.index)) || OWN_NAME_OTHER.test(statementFrom(b.text, m.index))) return false;
  out.push({
    kind: 'year',
    role: 'body',
    year: yearOf(m[1]),
    document: own.title.document,
    word: yearWordAt(ctx, b, m.index),
    ...(own.title.framed ? { framed: true } : {}),
  });
  return true;
}

// A title's year followed by a month is its date line (2026年4月), not the year it is of.
const DATE_AFTER_YEAR = /^[0-9０-９]{4}[\s\u3000]*年[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*月/;

const PLAIN_SUBJECT_MIN = 5;
const AUDIT_TITLE = /审计|审查|督查|检查/;
// A report on an audit (审计工作报告, 审计结果的报告), and its title's words from the audit on: what is left is what it audited.
const AUDIT_REPORT_TITLE = /审计(?:工作|结果|情况)?(?:的)?报告/;
const AUDITED_TITLE_TAIL = /的?审计[^]*$/;

/** The one year a title names (its date line aside), with the name around it and its claim as a title. */
function plainTitle(ctx: ExtractContext, pieces: Piece[], joined: string): { before: string; claim: YearClaim } | undefined {
  let found: { at: number; year: number } | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(joined); m; m = YEAR.exec(joined)) {
    if (DATE_AFTER_YEAR.test(joined.slice(m.index))) continue;
    if (found && found.year !== yearOf(m[1])) return undefined;
    found ??= { at: m.index, year: yearOf(m[1]) };
  }
  if (!found) return undefined;
  const where = ownerOf(pieces, found.at);
  if (!where) return undefined;
  const word = YEAR_WORD.exec(where.block.text.slice(where.offset));
  if (!word) return undefined;
  const line = pieces.find((p) => p.block === where.block)!.text;
  const document = line.slice(where.offset + word[0].length).replace(SQUEEZE, '').replace(TITLE_NAME_CLOSE, '');
  const before = afterOpener(joined.slice(0, found.at).replace(SQUEEZE, ''));
  // The subject must be more than a place (桂江市政府投资基金, not 桂江市): a place's report of one year may well cover
  // another's matter. A report on an audit or a review is dated by the year of that work, not by the year it covers.
  if (document.length < 2 || before.length < PLAIN_SUBJECT_MIN || AUDIT_TITLE.test(joined)) return undefined;
  return { before, claim: { kind: 'year', role: 'title', year: found.year, document, word: ctx.word(where.block, where.offset, where.offset + word[0].length) } };
}

// 本报告反映的是…, 本公告涵盖…: this document saying what it covers, the title's own subject before the year.
const COVERS_SELF = /本(?:报告|说明|公告|材料|通报)(?:主要|集中|全面)?(?:反映|涵盖|覆盖|介绍|报告|说明)(?:了|的是|的)?$/;

/**
 * Under a title of one year of a kind no name above reads (桂江市政府投资基金2025年度运行情况报告), the body saying which year
 * this document covers (本报告反映的是桂江市政府投资基金2024年度的运营管理和投资情况), with the title's own subject right
 * before the year: the year the title fixes. Months after the year (part of a year), a comparison or 上年 say something else.
 */
function coveredYear(ctx: ExtractContext, title: { before: string; claim: YearClaim }, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const lead = b.text.slice(Math.max(0, m.index - title.before.length - 24), m.index).replace(SQUEEZE, '');
  if (!lead.endsWith(title.before)) return false;
  const bare = lead.slice(0, lead.length - title.before.length);
  if (!COVERS_SELF.test(bare) || DATE_AFTER_YEAR.test(b.text.slice(m.index, m.index + 12))) return false;
  if (OWN_NAME_OTHER.test(statementFrom(b.text, m.index))) return false;
  out.push({
    kind: 'year',
    role: 'body',
    year: yearOf(m[1]),
    document: title.claim.document,
    word: yearWordAt(ctx, b, m.index),
    fixed: { year: title.claim.year, what: '本文所反映的年度', title: { year: title.claim.year, document: title.claim.document, word: title.claim.word } },
  });
  return true;
}

// 本部门2025年支出预算: the owner's whole income or spending of a year, by the document's class, its figure right after.
// 2025年本部门项目支出预算24,141.80万元: the owner may follow the year, and the total be one of its two parts (基本, 项目).
const OWN_TOTAL_AFTER_YEAR = new RegExp(`^[\\s\\u3000]*年度?[\\s\\u3000]*((?:我|本)(?:${L.ownerUnits})[\\s\\u3000]*)?(?:部门|单位)?(?:收入|支出|收支|基本支出|项目支出)(预算|决算)(?:总额|总计|合计)?(?:为|是|共)?[\\s\\u3000]*$`);
// 综上，2024年度市级国有资本经营决算收入8,642.30万元: the level the document is of (市级, 全县, 本级) owns the totals as 本部门
// does, the fund's kind and the class before 收入 or 支出.
const LEVEL_TOTAL_AFTER_YEAR = new RegExp(`^[\\s\\u3000]*年度?[\\s\\u3000]*(?:${L.levels}|全(?:${L.ownerUnits}))(?:${L.budgetKinds}|${L.fiscal}|一般公共)?(预算|决算)(?:收入|支出)(?:总额|总计|合计)?(?:为|是|共)?[\\s\\u3000]*$`);
const COMPARING = /比|较|同比|上年|去年|持平|增长|增加|下降|减少/;

/**
 * 本部门2025年支出预算24,686.40万元 in a 2026 部门预算 that states 24,686.40 as its 2026 total elsewhere: the owner's
 * whole income or spending, in a sentence that compares nothing and names no other year, whose amount the document
 * gives under the title's year (and under no other) is this document's, its year mistyped. A claim on the title's
 * class, compared with the title.
 */
function ownTotalOfTitleYear(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (title.year === year) return false;
  const ownerBefore = OWNER_BEFORE.test(b.text.slice(Math.max(0, m.index - 4), m.index));
  // (Owned after the year, the year opens the clause: 比2025年本部门… is a comparison's base.)
  if (!ownerBefore && !(m.index === 0 || /[。；;：:，,\s\u3000]$/.test(b.text[m.index - 1]))) return false;
  const figs = ctx.figuresByBlock[b.index];
  const f = figs[firstFrom(figs, m.index + 4)];
  // The words between the year and its amount are a few (年部门支出预算总额为): a figure further on is another's.
  if (!f || f.dimension !== 'money' || f.approximate || f.start - m.index > OWN_TOTAL_REACH) return false;
  const between = b.text.slice(m.index + 4, f.start);
  const words = OWN_TOTAL_AFTER_YEAR.exec(between);
  const level = words ? undefined : LEVEL_TOTAL_AFTER_YEAR.exec(between);
  if (level ? !title.document.endsWith(level[1]) : !words || (!ownerBefore && !words[1]) || !title.document.endsWith(words[2])) return false;
  // The sentence: no comparison, no other year. A run with no full stop near is no sentence of this kind, and searching
  // it to its start for each year would grow with the paragraph's square.
  const back = b.text.slice(Math.max(0, m.index - SENTENCE_REACH), m.index).lastIndexOf('。');
  if (back < 0 && m.index > SENTENCE_REACH) return false;
  const from = back < 0 ? 0 : m.index - Math.min(m.index, SENTENCE_REACH) + back + 1;
  const ahead = b.text.slice(f.end, f.end + SENTENCE_REACH).indexOf('。');
  if (ahead < 0 && b.text.length - f.end > SENTENCE_REACH) return false;
  const sentence = b.text.slice(from, ahead < 0 ? b.text.length : f.end + ahead);
  if (COMPARING.test(sentence) || [...sentence.matchAll(ANY_YEAR)].length !== 1) return false;
  if (!elsewhereOfTitleYear(ctx, title.year, f)) return false;
  out.push({ kind: 'year', role: 'body', year, document: title.document, word: yearWordAt(ctx, b, m.index) });
  return true;
}
const OWN_TOTAL_REACH = 40;
const SENTENCE_REACH = 400;

const valueKey = (g: DocFigure) => `${g.unit}|${baseValue(g).toString()}`;

/**
 * Where else the prose states a money amount's value (`g` itself a prose amount, counted in amountsOfValue): never in a
 * clause naming another year or comparing, and at least once in one naming the title's year.
 */
function elsewhereOfTitleYear(ctx: ExtractContext, titleYear: number, g: DocFigure): boolean {
  const same = amountsOfValue(ctx, titleYear).get(valueKey(g));
  const own = amountStanding(ctx, titleYear, g);
  return !!same && same.against - own.against <= 0 && same.ofTitle - own.ofTitle !== 0;
}

/** How a money figure of the prose stands to the title's year: its clause names another year or compares, or names the title's. */
function amountStanding(ctx: ExtractContext, titleYear: number, g: DocFigure): { against: number; ofTitle: number } {
  const text = ctx.doc.blocks[g.block].text;
  const clause = clauseOf(text, g.start);
  const years = [...clause.matchAll(ANY_YEAR)].map((x) => yearOf(x[1]));
  const against = years.some((y) => y !== titleYear) || COMPARING.test(clause);
  if (against || years.length) return { against: against ? 1 : 0, ofTitle: !against && years.length ? 1 : 0 };
  // A clause naming no year is of the year its sentence opens on (2026年本部门支出预算合计…，其中：…；项目支出24,141.80万元),
  // when nothing up to the clause's end compares.
  const opened = openingYear(text, g.start);
  if (opened === undefined) return { against: 0, ofTitle: 0 };
  return { against: opened.year !== titleYear ? 1 : 0, ofTitle: opened.year === titleYear && !COMPARING.test(text.slice(opened.from, clauseEnd(text, g.end))) ? 1 : 0 };
}
const OPENING_REACH_BACK = 200;
// A sentence opening on a year, the owner maybe first: 2026年本部门…, 本部门2026年…, 2026年，全县….
const SENTENCE_OPENS_YEAR = new RegExp(`^[\\s\\u3000]*(?:(?:我|本)(?:${L.ownerUnits}))?([0-9０-９]{4})[\\s\\u3000]*年`);

/** The year the sentence holding offset `at` opens on, with where the sentence starts; OPENING_REACH_BACK at most. */
function openingYear(text: string, at: number): { year: number; from: number } | undefined {
  const lo = Math.max(0, at - OPENING_REACH_BACK);
  const piece = text.slice(lo, at);
  const stop = Math.max(...[...'。！？!?'].map((c) => piece.lastIndexOf(c)));
  if (stop < 0 && lo > 0) return undefined;
  const from = lo + stop + 1;
  const y = SENTENCE_OPENS_YEAR.exec(text.slice(from, from + 12));
  return y ? { year: yearOf(y[1]), from } : undefined;
}
/** Where the clause holding offset `at` ends: the next clause mark, 40 characters at most. */
function clauseEnd(text: string, at: number): number {
  const k = text.slice(at, at + 40).search(/[，,；;。：:！？]/);
  return k < 0 ? Math.min(text.length, at + 40) : at + k;
}

// The prose's money figures by unit and value, each value's standings summed once a document: a search per year
// mention through every figure of its value grew with their product.
const byValue = new WeakMap<ExtractContext, Map<string, { against: number; ofTitle: number }>>();
function amountsOfValue(ctx: ExtractContext, titleYear: number): Map<string, { against: number; ofTitle: number }> {
  let index = byValue.get(ctx);
  if (!index) {
    index = new Map();
    for (const b of ctx.doc.blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
      for (const g of ctx.figuresByBlock[b.index]) {
        if (g.dimension !== 'money' || g.approximate) continue;
        const key = valueKey(g);
        const s = amountStanding(ctx, titleYear, g);
        const sum = index.get(key) ?? index.set(key, { against: 0, ofTitle: 0 }).get(key)!;
        sum.against += s.against;
        sum.ofTitle += s.ofTitle;
      }
    }
    byValue.set(ctx, index);
  }
  return index;
}

/** The clause a figure stands in, up to it: from the last clause mark, 40 characters at most. */
function clauseOf(text: string, at: number): string {
  const piece = text.slice(Math.max(0, at - 40), at);
  const cut = Math.max(...[...'，,；;。：:'].map((c) => piece.lastIndexOf(c)));
  return cut >= 0 ? piece.slice(cut + 1) : piece;
}

// 2024年度一般公共预算财政拨款支出决算表: a table named by what it holds, then the document's class; a whole-document
// table (收入支出决算总表, 部门收支预算总表) names its class the same way, before 总表.
const CLASS_CAPTION = new RegExp(`^[0-9０-９]{4}[\\s\\u3000]*年度?[\\s\\u3000]*([\\u4e00-\\u9fa5“”"（）()]{2,24}?)(预算|决算)总?表$`);

/**
 * A caption naming one of the document's tables by its content and class, with nothing of the document's name between
 * (表2 X局2024年度一般公共预算财政拨款支出决算表 in a 2025年度 部门决算): a claim of the class alone, compared with the title's
 * document of that class.
 */
function classCaption(ctx: ExtractContext, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (!captionLine(b) || !captionName(b.text.slice(0, m.index), undefined)) return false;
  const c = CLASS_CAPTION.exec(withoutClassing(b.text.slice(m.index).replace(/[*]+[\s\u3000]*$/, '')).replace(CAPTION_UNIT_NOTE, '').trimEnd());
  if (!c || CAPTION_TOPIC.test(c[1]) || COMPARE_BEFORE.test(b.text.slice(Math.max(0, m.index - 6), m.index))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: c[2], word: yearWordAt(ctx, b, m.index) });
  return true;
}

// （按功能分类科目）, （按经济分类）, (按支出功能分类科目): how the table's rows are classed, bracketed after its name; it names no
// other table and no other year.
const CAPTION_CLASSING = /[\s\u3000]*[（(][\s\u3000]*按?[\u4e00-\u9fa5]{0,6}分类(?:科目)?[\s\u3000]*[）)]/;
/** A caption's text without the bracketed classing after its name (its unit note after that kept). */
// (The spaces closing the line are read inside the look-ahead: once there, they are never tried again from the outside.)
const CLASSING_AFTER_TABLE = new RegExp(`(表)${CAPTION_CLASSING.source}(?=[\\s\\u3000]*$|${CAPTION_UNIT_NOTE.source})`);
// (Only a caption's length is looked at: a caption is one short line, and this runs for every year of a block.)
const CAPTION_REACH = 120;
const withoutClassing = (text: string) => (text.length > CAPTION_REACH ? text : text.replace(CLASSING_AFTER_TABLE, '$1'));

/** A caption line of its own (a paragraph, a heading, or a line kept with a pasted table's rows): not a sentence. */
function captionLine(b: Block): boolean {
  return (b.kind === 'paragraph' || b.kind === 'heading' || (b.kind === 'table-row' && !b.cells)) && isCaption(withoutClassing(b.text));
}

/** Before a caption's year: the table's number, then the issuer's name at most (or the issuer read between year and kind). */
function captionName(before: string, between: string | undefined): boolean {
  // (A PDF's autospace may set the year apart from the name before it: 表1 X局 2024 年度…总表.)
  const rest = before.replace(CAPTION_LEAD, '').replace(/[\s\u3000]+$/, '');
  return rest.length === 0 || (/^[\u4e00-\u9fa5]{2,24}$/.test(rest) && !between);
}

// 确保完成2025年全年收入预算目标: the promise, the year, the words of the target (no clause between).
// (确保完成2025年一般公共预算收入43,200万元的年初预算目标: the target may carry its amount, then 的, before its noun.)
const TARGET = new RegExp(
  `(?:${L.targetVerb})([0-9０-９]{4})[\\s\\u3000]*年(度?[^，,。；;：:！？0-9０-９]{0,16}?(?:[0-9０-９][0-9０-９,，.．]{0,12}${MONEY_UNIT_WRITTEN}的?[^，,。；;：:！？0-9０-９]{0,8}?)?(?:${L.targetNoun}))`,
  'g',
);
const IN_YEAR = new RegExp(`^(?:${L.period})`);

/**
 * Targets a report on part of a year promises to meet (下半年…确保完成2025年全年收入预算目标): read only under a title
 * presenting such a report (2025年1—9月财政预算执行情况), whose year is the one still running.
 */
function targetYears(ctx: ExtractContext, titleSet: ReadonlySet<number>, out: YearClaim[]) {
  const running = out.find((c) => c.role === 'title' && c.framed && IN_YEAR.test(c.document));
  if (!running) return;
  const target = { year: running.year, document: running.document, word: running.word };
  for (const b of ctx.doc.blocks) {
    if (titleSet.has(b.index) || b.kind !== 'paragraph') continue;
    TARGET.lastIndex = 0;
    for (let m = TARGET.exec(b.text); m; m = TARGET.exec(b.text)) {
      // The verb has no digits: the year is the first thing in the match written with them.
      const at = m.index + m[0].indexOf(m[1]);
      const end = b.text.indexOf('年', at + m[1].length) + 1;
      out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: m[2], word: ctx.word(b, at, end), target });
    }
  }
}

// 2024年财政预算（草案）: the name of a draft.
const DRAFT_AFTER = /^[\s\u3000]*[（(]?草案/;
// 本期债券作为, 本批债券为黔岭市: this issue of bonds named, then the year of the issue (the issuer may stand between).
const THIS_ISSUE_BEFORE = /本(?:期|批|次)[\u4e00-\u9fa5]{0,8}?债券(?:作为|为|系|属于|是)([\u4e00-\u9fa5]{0,10})$/;
const ISSUE_AFTER_YEAR = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;]{0,24}?债券/;
// What another issue is to this one: bonds repaid, swapped or come due.
const OTHER_ISSUE = /偿还|置换|到期|续发|借新还旧|原|比|较|上年|去年/;

/**
 * 本期债券作为2025年广东省政府专项债券（第三批）发行 in a disclosure titled 2026年第三批新增专项债券…: this issue is of the year its
 * title names; another year there was kept from an earlier issue's text. A claim fixed at the title's year.
 */
function thisIssue(ctx: ExtractContext, title: { year: number; document: string; word: Word }, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const said = THIS_ISSUE_BEFORE.exec(b.text.slice(Math.max(0, m.index - 24), m.index));
  if (!said || (said[1] && !/[省市县区州旗盟]$/.test(said[1])) || !ISSUE_AFTER_YEAR.test(b.text.slice(m.index, m.index + 40))) return false;
  const clause = said[0] + statementFrom(b.text, m.index).split(/[，,]/)[0];
  if (OTHER_ISSUE.test(clause)) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '本期债券的发行年度', title } });
  return true;
}

// A title reporting on a draft put before a congress (关于…2025年县级决算草案审查结果的报告, …预算草案的审查报告).
const REVIEW_OF_DRAFT = /[（(]?草案[）)]?(?:的)?(?:初步)?审查/;
// 县人民政府提出的, 市政府提交的, 提请审议的: the draft put before the reviewers, right before its year.
const PUT_BEFORE = /(?:提出|提交|提请审议|提请审查|报送|报请审议)的[\s\u3000]*$/;
// …the year, then the draft's name: 2024年县级决算草案, 2025年本级预算（草案）.
const REVIEWED_NAME = new RegExp(`^[0-9０-９]{4}[\\s\\u3000]*年度?[\\s\\u3000]*(?:${L.levels})?(${L.scopes})?(?:${L.fiscal}|${L.budgetKinds})?(决算|预算)[\\s\\u3000]*[（(]?草案`);

/**
 * "县人民政府提出的2024年县级决算草案总体反映了…" in a report reviewing a draft (…决算草案审查结果的报告): the draft put before
 * the reviewers is the one the title names. A statement comparing or naming last year says nothing of it.
 */
function reviewedDraft(ctx: ExtractContext, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (!PUT_BEFORE.test(b.text.slice(Math.max(0, m.index - 8), m.index))) return false;
  const r = REVIEWED_NAME.exec(b.text.slice(m.index, m.index + 24));
  if (!r || DRAWN_OTHER.test(statementFrom(b.text, m.index))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: docName(r[1], r[2]), word: yearWordAt(ctx, b, m.index), draft: true });
  return true;
}

// What may stand between a heading's marker and the year it opens with: 对, 关于, a space.
const HEADING_LEAD = /^[\s\u3000]*(?:对|关于)?[\s\u3000]*/;
const FRAME_OPEN = new RegExp(L.frameOpen, 'g');
// 已汇总, 共汇总了, 汇总: a document's summing of the units whose accounts it holds.
const SUMMED_VERB = /(?:已|共|均)?汇总了?/g;
const SUMMED_REACH = 40;
// The clause before the verb: a few words (the issuer, 本县), one year, and a document's name ending in its class.
const SUMMED_NAME = /^[\s\u3000]*((?:[\u4e00-\u9fa5]{0,12}?(?:省|市|县|区|州|盟|旗|镇|乡|街道|局|委|办|院|中心|部门|单位|级))?)[0-9０-９]{4}[\s\u3000]*年度?[^0-9０-９，,。；;：:]{0,16}?(?:决算|预算)[\s\u3000]*$/;
// …单位, …部门: the units summed.
const SUMMED_UNITS = /^[^。；;！？]{0,30}?(?:单位|部门|企业)/;
// Another year's document, named on purpose: a comparison, the year before, a change in the units.
const SUMMED_OTHER = /与|比|较|同比|相比|上年|去年|上一年|以前年度|调整|增加|减少|新增/;
const COVER_OPEN = new RegExp(`(?:^|[。；;！？，,])[\\s\\u3000]*(?:${L.coverOpen})`, 'g');
const CLAUSE_STOP = /[，,。；;：:！？]/;
const FRAME_VERB = new RegExp(L.frameVerb);
const SENTENCE_STOP = /[。；;！？]/;
const ON_OPEN = new RegExp(L.onOpen, 'g');
const ON_VERB = new RegExp(L.onVerb);
const ON_OTHER = new RegExp(L.onOther);
const FRAME_BACK = new RegExp(L.frameBack);
const FRAME_BACK_VERB = new RegExp(L.frameBackVerb);
// How far back the clause a presenting sentence points at may open.
const FRAME_BACK_REACH = 120;
/** The text from `from` to its sentence's end, looked for within `reach` characters. */
function sentenceRest(text: string, from: number, reach: number): string {
  const rest = text.slice(from, from + reach);
  const stop = SENTENCE_STOP.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

/**
 * The clause right before the comma that precedes `at` (…编报了2024年…执行情况，现将…), within the sentence and a bounded
 * reach; undefined when no comma stands right before `at`, or a cited title (《…》) or a comparison is in it.
 */
function clauseBefore(text: string, at: number): { start: number; text: string } | undefined {
  const lead = text.slice(Math.max(0, at - 2), at).replace(/[\s\u3000]+/g, '');
  if (!/[，,]$/.test(lead)) return undefined;
  const back = clauseEndingAt(text, text.lastIndexOf(lead.slice(-1), at), FRAME_BACK_REACH);
  if (!back || /[《》]/.test(back.text) || COMPARE_IN_CLAUSE.test(back.text)) return undefined;
  return back;
}

/** The clause ending at `end`, from the last clause mark before it; undefined when it opens more than `reach` back. */
function clauseEndingAt(text: string, end: number, reach: number): { start: number; text: string } | undefined {
  const from = Math.max(0, end - reach);
  const near = text.slice(from, end);
  const cut = Math.max(...[...'，,；;。：:！？'].map((c) => near.lastIndexOf(c)));
  if (cut < 0 && from > 0) return undefined;
  return { start: from + cut + 1, text: near.slice(cut + 1) };
}
// A clause naming a document to set it against another: 与2024年度决算相比, 比上年.
const COMPARE_IN_CLAUSE = /相比|对比|比照|比上年|较上年|同比|上年|去年|上一年/;
const CLOSING = new RegExp(`^[\\s\\u3000]*(?:${L.closingOpen})([^。；;！？]{2,120}?)(?:${L.closingTail})`);
const FRAME_KIND = new RegExp(L.frameKinds, 'g');
const FRAME_CLASS = new RegExp(`^(?:${L.frameClasses})$`);
const PERIOD = new RegExp(L.period);
const FRAME_YEAR = /(?<![0-9０-９])([0-9０-９]{4})[\s\u3000]*年度?/g;
const BUDGET_ARRANGED = /预算收支安排/g;
// 1月至12月, 1月—9月: a span of months spelled with both 月 (the lexicon's period spells 1-9月).
const MONTH_SPAN = /^[\s\u3000]*(\d{1,2})[\s\u3000]*月份?[\s\u3000]*[-—－~～至到][\s\u3000]*(\d{1,2})[\s\u3000]*月份?/;
// …and a span that is the whole year: 1-12月, 1月1日至12月31日 read as the year itself.
const WHOLE_YEAR_SPAN = /^[\s\u3000]*(?:1[-—－~～至]12月|1[\s\u3000]*月[\s\u3000]*1[\s\u3000]*日[\s\u3000]*[-—－~～至到][\s\u3000]*12[\s\u3000]*月[\s\u3000]*31[\s\u3000]*日|全年)/;
// Right before a year: another document named for comparison (与2023年…相比, 比上年…).
const COMPARE_RIGHT_BEFORE = /(?:与|比|较|同比|对比|相比|上年|去年)[\s\u3000]*$/;

// Right after a document's name, a part of it (“三公”经费, 政府采购…) that a passage tells of.
const PARTS_AFTER_NAME = new RegExp(`^(?:的)?(?:${L.titleParts})`);
/** The years of a name and the kind each names: "2025年预算执行情况和2026年预算草案" → 2025 执行预算, 2026 草案预算. */
function framePieces(text: string, inTitle = false): Array<{ at: number; end: number; year: number; name: string }> {
  const out: Array<{ at: number; end: number; year: number; name: string }> = [];
  const years: RegExpExecArray[] = [];
  FRAME_YEAR.lastIndex = 0;
  for (let m = FRAME_YEAR.exec(text); m; m = FRAME_YEAR.exec(text)) years.push(m);
  years.forEach((m, i) => {
    // (A title compares nothing: its 与 joins two parts, 2025年预算执行情况与2026年预算草案.)
    if (!inTitle && COMPARE_RIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) return;
    const whole = text.slice(m.index + m[0].length, i + 1 < years.length ? years[i + 1].index : text.length);
    // 2024年度部门决算“三公”经费、机关运行经费…等重要事项的情况说明: the document named, then the parts of it told; the
    // parts (三公) do not make it another kind of document, so its name is read up to its class.
    const named = DOC_AFTER_YEAR.exec(text.slice(m.index));
    const partsAfter = named && !named[2] && PARTS_AFTER_NAME.test(text.slice(m.index + named[0].length));
    const phrase = partsAfter ? whole.slice(0, named[0].length - m[0].length) : whole;
    // 部门预算收支安排 is what a budget is (its revenue and spending set out), not a 收支 report of its own kind.
    const kinds = [...new Set(phrase.replace(BUDGET_ARRANGED, '预算安排').match(FRAME_KIND) ?? [])];
    if (!kinds.some((k) => FRAME_CLASS.test(k))) return;
    // 1月至9月 is 1-9月; 1月至12月 (1-12月) is the whole year, no part of it.
    const spelled = phrase.replace(MONTH_SPAN, '$1-$2月');
    const period = WHOLE_YEAR_SPAN.test(spelled) ? '' : (PERIOD.exec(spelled)?.[0].replace(/[—－~～至]/, '-') ?? '');
    // A 财政收支 report is an execution report: 财政收支执行情况 and 财政收支情况 name one kind. A fund's 收支 alone (社会保险基金
    // 收支及结余情况) is what a report on its budget's execution reports: 预算执行.
    const bare = kinds.every((k) => k === '收支' || k === '执行') && kinds.includes('收支');
    const name = bare ? ['预算', '执行'] : kinds.some((k) => k.endsWith('收支')) ? kinds.filter((k) => k !== '执行') : kinds;
    out.push({ at: m.index, end: m.index + m[0].length, year: yearOf(m[1]), name: `${period}${name.join('')}` });
  });
  return out;
}

/**
 * The title's one year that heads words (2025年度…绩效评价报告): the year, its words as written (2025年度), the words it
 * heads, and the year's place as a Word; undefined when the title has none or several.
 */
function oneTitledYear(title: Piece[]): { year: number; yearWords: string; words: string; word: (ctx: ExtractContext) => Word } | undefined {
  const titled = titledYears(title);
  if (titled.length !== 1) return undefined;
  const { p, m, words } = titled[0];
  return { year: yearOf(m[1]), yearWords: m[0], words, word: (ctx) => ctx.word(p.block, m.index!, m.index! + m[0].length) };
}

/**
 * The title's years that head words (2025年度部门决算), each with its line and the words up to the next year, without
 * spaces; a date under the title (2026年3月) heads none.
 */
function titledYears(title: Piece[]): Array<{ p: Piece; m: RegExpMatchArray; words: string }> {
  const named = title.flatMap((p) =>
    [...p.text.matchAll(FRAME_YEAR)].map((m, i, all) => ({ p, m, words: p.text.slice(m.index! + m[0].length, all[i + 1]?.index ?? p.text.length).replace(/[\s\u3000]+/g, '') })),
  );
  return named.filter((x) => /^[\u4e00-\u9fff]/.test(x.words) && !/^[0-9０-９一二三四五六七八九十]{1,2}月/.test(x.words));
}

/**
 * A section heading that names the title's own subject with another year: 临江区教育局2025年度项目支出绩效自评报告 over
 * "三、2024年度项目支出绩效自评结果". The heading must name the title's whole subject after its year (项目支出绩效自评, HEADED_SAME
 * characters at least): "一、2024年政府性基金预算执行情况" under "2025年政府性基金预算草案的说明" is last year's execution, another
 * part of the document, and "2024年度绩效自评问题整改情况" in a 2025 report is another matter.
 */
function headedYears(ctx: ExtractContext, title: Piece[], out: YearClaim[]) {
  // The title's one line with a year that heads words.
  const titled = titledYears(title);
  if (titled.length !== 1) return;
  const { p: line, m: t } = titled[0];
  // What the title is about, without the word for the kind of text it is (报告, 说明, 情况说明): a heading naming all of
  // it names the title's subject; one naming part of it (政府性基金预算 of 政府性基金预算草案的说明) is about another part.
  const subject = titled[0].words.replace(TITLE_KIND_TAIL, '');
  if (subject.length < HEADED_SAME) return;
  const titleSet = new Set(title.map((x) => x.block.index));
  let claimedTitle = false;
  for (const b of ctx.doc.blocks) {
    if (titleSet.has(b.index) || b.kind === 'toc' || (b.kind === 'table-row' && b.cells)) continue;
    const text = b.text.trim();
    // A caption of one of the report's tables (附件：2024年度…绩效评价结果汇总表（资金单位：万元）) names its subject as a
    // heading does, with nothing but the table's number before the year and a table's name after the subject.
    const caption = tableCaption(text);
    if (!caption && (b.kind === 'table-row' || text.length > 40 || /[。，,；;！？]/.test(text) || !readMarker(text))) continue;
    for (const m of (caption ?? text).matchAll(FRAME_YEAR)) {
      if (COMPARE_RIGHT_BEFORE.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
      const full = (caption ?? text).slice(m.index! + m[0].length).replace(/[\s\u3000]+/g, '');
      // 表1 X州2024年末政府债务限额和余额情况表: a caption may date its table's stocks (年末) before the subject.
      const dated = caption ? /^(?:末|底)/.exec(full)?.[0] : undefined;
      const phrase = dated ? full.slice(dated.length) : full;
      if (!phrase.startsWith(subject)) continue;
      // The subject, then what was done to that year's budget (2025年政府性基金预算执行情况 under 2026年政府性基金预算（草案）):
      // last year's execution or adjustment, another part of the document, though the title's bracketed 草案 left its subject bare.
      if (HEADED_TOPIC.test(phrase.slice(subject.length))) continue;
      if (caption && (!captionName(text.slice(0, m.index!), undefined) || !CAPTION_TABLE_TAIL.test(phrase.slice(subject.length)) || CAPTION_TOPIC.test(phrase.slice(subject.length)))) continue;
      // A table of another year's close may stand in a report on this year (last year's stocks, to compare): only one whose
      // 合计 the prose states as the title's year's, and never as another's, is this year's table under a stale date.
      if (dated && !totalsOfYear(ctx, b, yearOf(t[1]))) continue;
      if (!claimedTitle) {
        const at = line.block.text.indexOf(line.text) + t.index!;
        out.push({ kind: 'year', role: 'title', year: yearOf(t[1]), document: subject, word: ctx.word(line.block, at, at + t[0].length), framed: true });
        claimedTitle = true;
      }
      const at = b.text.indexOf(text) + m.index!;
      out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: subject, word: ctx.word(b, at, at + m[0].length), framed: true });
    }
  }
}
const HEADED_SAME = 6;
const HEADED_TOPIC = new RegExp(`^(?:的)?(?:${L.captionTopics})`);
// How far past its caption a table may start (a unit line, a blank between).
const CAPTION_TO_TABLE = 4;

/**
 * The 合计 (总计) row of the table under a caption: its money figures, stated in the prose in clauses that name `year` and
 * in none naming another year or comparing. One table's rows, once a caption.
 */
function totalsOfYear(ctx: ExtractContext, caption: Block, year: number): boolean {
  const blocks = ctx.doc.blocks;
  let i = caption.index + 1;
  while (i < blocks.length && i <= caption.index + CAPTION_TO_TABLE && !(blocks[i].kind === 'table-row' && blocks[i].table)) i++;
  const id = blocks[i]?.table?.id;
  if (id === undefined) return false;
  const stated = amountsOfValue(ctx, year);
  for (; i < blocks.length && blocks[i].table?.id === id; i++) {
    const row = blocks[i];
    const first = row.cells?.[0];
    if (!first || !/^[\s\u3000]*(?:合计|总计)/.test(row.text.slice(first.start, first.end))) continue;
    const money = ctx.figuresByBlock[row.index].filter((g) => g.dimension === 'money' && !g.approximate);
    const standings = money.map((g) => stated.get(valueKey(g)));
    return standings.some((x) => x && x.ofTitle > 0) && standings.every((x) => !x || x.against === 0);
  }
  return false;
}
// A unit note in brackets closing a caption, whatever it measures: （资金单位：万元）, （单位：个、万元）.
const BRACKETED_UNIT_NOTE = /[（(][^（）()]{0,8}单位[：:][^（）()]{0,8}[）)]$/;

/** A short line ending in 表 once its unit note is dropped, with no clause in it: the caption's text, offsets kept. */
function tableCaption(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const t = text.replace(/[*]+[\s\u3000]*$/, '').replace(BRACKETED_UNIT_NOTE, '').replace(CAPTION_UNIT_NOTE, '').trimEnd();
  return t.length <= 60 && /表$/.test(t) && !/[。，,；;！？]/.test(t) ? t : undefined;
}

/**
 * A report on part of a year (2025年1—9月…收支执行情况) whose section heading names the same part of another year at
 * its opening (二、2024年1—9月…支出执行情况), of kinds the title names, over a section that opens on that part with no year
 * (１—９月，全市…支出…) and names no year but the title's: the section speaks of the report's own period, as every
 * section of such a report does; the heading's year was kept from last year's text. A heading comparing (与2024年1—9月相比)
 * or a section naming the heading's year itself (a look back at last year) says nothing of it.
 */
function periodHeadings(ctx: ExtractContext, title: Piece[], out: YearClaim[]) {
  const joined = title.map((p) => p.text).join('');
  const pieces = framePieces(joined, true);
  if (pieces.length !== 1) return;
  const [t] = pieces;
  const period = PERIOD_OPENING.exec(t.name)?.[0];
  if (!period) return;
  const titleKinds = new Set(joined.slice(t.end).match(FRAME_KIND) ?? []);
  const titleClaim = out.find((c) => c.role === 'title' && c.framed && c.year === t.year && c.document === t.name);
  if (!titleClaim) return;
  const blocks = ctx.doc.blocks;
  const titleSet = new Set(title.map((p) => p.block.index));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (titleSet.has(b.index) || !headingLine(b)) continue;
    const text = b.text.trim();
    const marker = readMarker(text)?.length ?? 0;
    const opens = marker + (HEADING_LEAD.exec(text.slice(marker))?.[0].length ?? 0);
    const heads = framePieces(text);
    if (heads.length !== 1 || heads[0].at !== opens || heads[0].year === t.year) continue;
    const h = heads[0];
    if (PERIOD_OPENING.exec(h.name)?.[0] !== period) continue;
    const kinds = text.slice(h.end).match(FRAME_KIND) ?? [];
    if (kinds.length === 0 || !kinds.every((k) => titleKinds.has(k))) continue;
    // The section, up to the next heading: it opens on the bare period and names no year but the title's.
    const first = blocks[i + 1];
    if (!first || first.kind !== 'paragraph' || PERIOD_OPENING.exec(normalPeriod(asciiDigits(first.text.trim())))?.[0] !== period) continue;
    let other = false;
    for (let j = i + 1; j < blocks.length && !headingLine(blocks[j]) && !other; j++) {
      for (const m of blocks[j].text.matchAll(ANY_YEAR)) if (yearOf(m[1]) !== t.year) other = true;
    }
    if (other) continue;
    const at = b.text.indexOf(text);
    out.push({ kind: 'year', role: 'body', year: h.year, document: t.name, word: ctx.word(b, at + h.at, at + h.end), framed: true });
  }
  periodCaptions(ctx, t, period, titleKinds, titleSet, out);
}

/**
 * 表1 X县2025年1—6月一般公共预算收入执行情况表 in a 2026年1—6月 report: a caption of one of the report's tables naming
 * the title's period in another year, with the issuer or nothing but the table's number before it, in a section that
 * opens on the bare period and names no year but the title's. The table is the section's (this year's) figures; its
 * caption's year is the title's, mistyped.
 */
function periodCaptions(ctx: ExtractContext, t: { year: number; name: string }, period: string, titleKinds: ReadonlySet<string>, titleSet: ReadonlySet<number>, out: YearClaim[]) {
  const blocks = ctx.doc.blocks;
  let section = -1;
  let opensOnPeriod = false;
  let foreign = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (titleSet.has(b.index)) continue;
    if (headingLine(b)) {
      section = i;
      const first = blocks[i + 1];
      opensOnPeriod = !!first && first.kind === 'paragraph' && PERIOD_OPENING.exec(normalPeriod(asciiDigits(first.text.trim())))?.[0] === period;
      foreign = 0;
      for (let j = i + 1; j < blocks.length && !headingLine(blocks[j]); j++) {
        for (const m of blocks[j].text.matchAll(ANY_YEAR)) if (yearOf(m[1]) !== t.year) foreign++;
      }
      continue;
    }
    if (section < 0 || !opensOnPeriod || !captionLine(b)) continue;
    const text = b.text.trim();
    const heads = framePieces(text);
    if (heads.length !== 1 || heads[0].year === t.year) continue;
    const h = heads[0];
    // The section names no other year than the title's but in this caption (its one year).
    if (foreign !== 1 || !captionName(text.slice(0, h.at).trimEnd(), undefined)) continue;
    if (PERIOD_OPENING.exec(normalPeriod(asciiDigits(text.slice(h.end).trim())))?.[0] !== period) continue;
    const kinds = text.slice(h.end).match(FRAME_KIND) ?? [];
    if (kinds.length === 0 || !kinds.every((k) => titleKinds.has(k))) continue;
    const at = b.text.indexOf(text);
    out.push({ kind: 'year', role: 'body', year: h.year, document: t.name, word: ctx.word(b, at + h.at, at + h.end), framed: true });
  }
}
// A period at the opening of a name or a statement (1-9月, 上半年), its dash made one.
const PERIOD_OPENING = new RegExp(`^(?:${L.period})`);
const normalPeriod = (s: string) => s.replace(/^(\d{1,2})[—－~～至](\d{1,2}月)/, '$1-$2');

/** A line heading a section: numbered (三、, （二）) or a Markdown heading, short, with no clause in it. */
const headingLine = (b: Block) => {
  const text = b.text.trim();
  return (b.kind === 'heading' || (b.kind === 'paragraph' && !!readMarker(text))) && text.length <= 40 && !/[。，,；;！？]/.test(text);
};
const ANY_YEAR = /(?<![0-9０-９])([0-9０-９]{4})[\s\u3000]*年/g;

/**
 * A section heading naming another year than the title's, over a section whose statements all name the title's
 * year: 三、2024年度机关运行经费支出情况 over "2025年度区级行政单位机关运行经费支出…" in a 2025 说明. The heading was
 * kept from last year's text. A section naming its heading's year anywhere (last year's execution in a budget, a
 * comparison), or no year at all, says nothing of it.
 */
function sectionYears(ctx: ExtractContext, title: Piece[], out: YearClaim[]) {
  const titled = titledYears(title);
  if (titled.length !== 1) return;
  const year = yearOf(titled[0].m[1]);
  const blocks = ctx.doc.blocks;
  const titleSet = new Set(title.map((x) => x.block.index));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (titleSet.has(b.index) || !headingLine(b)) continue;
    const text = b.text.trim();
    const ys = [...text.matchAll(FRAME_YEAR)];
    if (ys.length !== 1 || yearOf(ys[0][1]) === year || COMPARE_RIGHT_BEFORE.test(text.slice(Math.max(0, ys[0].index! - 4), ys[0].index!))) continue;
    // The section: the blocks up to the next heading; every year they name, statements and table rows alike.
    let opened: { block: Block; at: number; len: number } | undefined;
    let other = false;
    for (let j = i + 1; j < blocks.length && !headingLine(blocks[j]) && !other; j++) {
      const t = blocks[j].text;
      for (const m of t.matchAll(ANY_YEAR)) {
        if (yearOf(m[1]) !== year) {
          other = true;
          break;
        }
        // A statement opening on the title's year (2025年度区级…).
        if (!opened && blocks[j].kind === 'paragraph' && m.index! <= 2) opened = { block: blocks[j], at: m.index!, len: m[0].length };
      }
    }
    if (other || !opened) continue;
    const at = b.text.indexOf(text) + ys[0].index!;
    const word = ctx.word(b, at, at + ys[0][0].length);
    // A heading read already as naming this document or its title's subject with another year: one finding.
    const own = b.map.range(0, b.text.length);
    if (out.some((c) => c.role === 'body' && c.word.range.start >= own.start && c.word.range.start < own.end)) continue;
    const phrase = text.slice(ys[0].index! + ys[0][0].length).replace(/^度/, '');
    out.push({ kind: 'year', role: 'body', year: yearOf(ys[0][1]), document: phrase, word, section: { year, word: ctx.word(opened.block, opened.at, opened.at + opened.len) } });
  }
}
const TITLE_KIND_TAIL = /(?:的)?(?:情况)?(?:报告|说明|公开说明|相关说明|编制说明)?(?:[（(][^）)]*[）)])?$/;

/**
 * Years read by what a sentence presenting this document calls it: "现将松浦县财政局2024年1-9月全县
 * 财政收支情况公布如下", "现将2023年度青水县政府债务决算情况公开如下", "以上为云峰区2023年度区本级
 * “三公”经费决算公开说明". The document's name is reduced to the words that tell its kind (预算,
 * 决算, 收支, 债务, 三公, 草案, 执行…) and the period it covers; the title is read the same way, and
 * only names that reduce alike are compared. Whatever stands between (an issuer, 全县, 县级) is left.
 */
function framedYears(ctx: ExtractContext, title: Piece[], out: YearClaim[]) {
  const blocks = ctx.doc.blocks;
  const joined = title.map((p) => p.text).join('');
  for (const piece of framePieces(joined, true)) {
    const where = ownerOf(title, piece.at);
    if (!where || where.offset + (piece.end - piece.at) > where.block.text.length) continue;
    out.push({ kind: 'year', role: 'title', year: piece.year, document: piece.name, word: ctx.word(where.block, where.offset, where.offset + piece.end - piece.at), framed: true });
  }
  const titleSet = new Set(title.map((p) => p.block.index));
  // A title of two years, each with its part (2025年预算执行情况和2026年预算草案): a heading naming one of the parts is
  // read as the presenting sentences are (二、对2025年预算草案的审查意见 names the draft). Under a title of one year the
  // headings are read by headedYears and sectionYears.
  const years = new Set(out.filter((c) => c.role === 'title' && c.framed).map((c) => c.year));
  if (years.size >= 2) {
    for (const b of blocks) {
      if (titleSet.has(b.index) || !headingLine(b)) continue;
      const text = b.text.trim();
      const at = b.text.indexOf(text);
      // Only a heading the year opens (二、2025年预算草案, 二、对2025年预算草案的审查意见) names the part: 三、做好2025年预算执行
      // 工作的建议 is about the coming year's work, not the title's execution report.
      const marker = readMarker(text)?.length ?? 0;
      const opens = marker + (HEADING_LEAD.exec(text.slice(marker))?.[0].length ?? 0);
      for (const piece of framePieces(text)) {
        if (piece.at !== opens) continue;
        out.push({ kind: 'year', role: 'body', year: piece.year, document: piece.name, word: ctx.word(b, at + piece.at, at + piece.end), framed: true });
      }
    }
  }
  for (const b of blocks) {
    if (titleSet.has(b.index) || b.kind !== 'paragraph') continue;
    const objects: Array<{ start: number; text: string; block?: Block }> = [];
    // 现将 … 公布如下: the opener, then the first presenting verb before the sentence ends. Read with
    // two plain searches over a bounded stretch: one pattern with a lazy run between them backtracked.
    FRAME_OPEN.lastIndex = 0;
    for (let m = FRAME_OPEN.exec(b.text); m; m = FRAME_OPEN.exec(b.text)) {
      const from = m.index + m[0].length;
      const rest = sentenceRest(b.text, from, 200);
      const verb = FRAME_VERB.exec(rest);
      if (verb && verb.index >= 2 && !FRAME_BACK.test(rest.slice(0, verb.index))) objects.push({ start: from, text: rest.slice(0, verb.index) });
      // 现将有关情况说明如下 after a clause naming a document and what was done to it (…联合编报了2024年…执行情况, …部门决算已经
      // 县财政局审核批复): the presented 有关情况 are that document's, so its name is read as presented.
      else if (verb && FRAME_BACK.test(rest.slice(0, verb.index))) {
        const back = clauseBefore(b.text, m.index);
        if (back && FRAME_BACK_VERB.test(back.text)) objects.push(back);
      }
    }
    // 县财政局就2024年度全县…的执行结果向县人大常委会作出报告: a report on a matter, the matter right after 就.
    ON_OPEN.lastIndex = 0;
    for (let m = ON_OPEN.exec(b.text); m; m = ON_OPEN.exec(b.text)) {
      const from = m.index + m[0].length;
      const rest = sentenceRest(b.text, from, 120);
      const verb = ON_VERB.exec(rest) ?? FRAME_VERB.exec(rest);
      if (verb && verb.index >= 2 && !ON_OTHER.test(rest.slice(0, verb.index))) objects.push({ start: from, text: rest.slice(0, verb.index) });
    }
    // 本期反映全区2024年1-9月财政收支执行情况，…: the name follows the verb, to the clause's end.
    COVER_OPEN.lastIndex = 0;
    for (let m = COVER_OPEN.exec(b.text); m; m = COVER_OPEN.exec(b.text)) {
      const from = m.index + m[0].length;
      const rest = b.text.slice(from, from + 80);
      const stop = CLAUSE_STOP.exec(rest);
      // A line ending on the verb (…，本报告反映 / 2024年1月至12月…) that the reader kept as a block of its own: the name opens
      // the next paragraph.
      const next = blocks[b.index + 1];
      if (!rest.trim() && next && next.kind === 'paragraph' && !titleSet.has(next.index)) {
        const on = next.text.slice(0, 80);
        const end = CLAUSE_STOP.exec(on);
        objects.push({ start: 0, text: end ? on.slice(0, end.index) : on, block: next });
        continue;
      }
      objects.push({ start: from, text: stop ? rest.slice(0, stop.index) : rest });
    }
    // 岷山县2024年度“三公”经费决算已汇总县级部门的支出数据: the clause naming a document, then its summing of the units
    // whose accounts it holds, is the document saying what it is made of (this document: 汇总 is how it was drawn up).
    SUMMED_VERB.lastIndex = 0;
    for (let m = SUMMED_VERB.exec(b.text); m; m = SUMMED_VERB.exec(b.text)) {
      const back = clauseEndingAt(b.text, m.index, SUMMED_REACH);
      if (!back) continue;
      const named = SUMMED_NAME.exec(back.text);
      if (!named || SUMMED_OTHER.test(named[1]) || !SUMMED_UNITS.test(b.text.slice(m.index + m[0].length, m.index + m[0].length + SUMMED_REACH))) continue;
      if (SUMMED_OTHER.test(statementFrom(b.text, m.index))) continue;
      objects.push(back);
    }
    const closing = CLOSING.exec(b.text);
    if (closing) objects.push({ start: closing.index + closing[0].indexOf(closing[1]), text: closing[1] });
    for (const o of objects) {
      // Inside a cited title (《关于做好2024年政府预算公开工作的通知》): another document.
      if (/[《》]/.test(o.text)) continue;
      for (const piece of framePieces(o.text)) {
        out.push({
          kind: 'year',
          role: 'body',
          year: piece.year,
          document: piece.name,
          word: ctx.word(o.block ?? b, o.start + piece.at, o.start + piece.end),
          framed: true,
        });
      }
    }
  }
}

// 本公告所列资金为2025年度下达我县的…: an announcement of one year saying what the money it lists is, the year right after.
const LISTED_MONEY_IS = /本(?:公告|报告|说明|通报|材料)(?:中|所列|列示|所述|涉及|公布)的?(?:各项|全部|所有)?(?:资金|补助资金|专项资金|数据|金额)(?:均|全部)?(?:为|是|系)[\s\u3000]*$/;
// Money of another year named on purpose: last year's, carried over, sent down ahead of its year (提前下达), set beside this year's.
const LISTED_MONEY_OTHER = /比|较|同比|上年|去年|上一年|以前年度|往年|历年|提前|预下达|结转|结余|调整|追溯|重述|累计/;

/**
 * 本公告所列资金为2024年度下达我县的衔接资金 in the 2025年度 announcement of that money: a document whose title no document's
 * name reads (a fund's 分配和使用情况公告) saying what the money it lists is, dated a year before its title's. A claim fixed at
 * the title's year; a sentence naming another year too, or money sent down ahead or carried over, says nothing of it.
 */
function listedMoneyOfYear(ctx: ExtractContext, title: { year: number; document: string; word: Word }, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year || !LISTED_MONEY_IS.test(b.text.slice(Math.max(0, m.index - 20), m.index))) return false;
  if (DATE_AFTER_YEAR.test(b.text.slice(m.index, m.index + 12))) return false;
  const whole = statementAround(b.text, m.index);
  if (LISTED_MONEY_OTHER.test(whole) || [...whole.matchAll(ANY_YEAR)].length !== 1) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '本文所列资金', title } });
  return true;
}

// 以上项目信息按2025年度…项目管理库数据整理填报: the document's own items, compiled from a year's data, the year right after.
const OWN_INFO_FROM = /(?:以上|上述|本(?:公告|报告|说明))(?:各|所列)?(?:项目)?(?:信息|数据)(?:均|统一)?(?:按|按照|依据|根据)[\s\u3000]*$/;
const COMPILED_FROM_AFTER = /^[0-9０-９]{4}[\s\u3000]*年度?[^，,。；;：:0-9０-９]{0,24}?数据[^，,。；;：:0-9０-９]{0,4}?(?:整理|填报|汇总|统计|编制)/;
const compiledAsAt = new WeakMap<ExtractContext, Set<number>>();

/**
 * 以上项目信息按2024年度…项目管理库数据整理填报 in a 2025 disclosure that dates its own stock 截至2025年12月末: the items the
 * document lists are compiled from the data of the year it dates them at, so an earlier year was kept from last year's text.
 * Read only where the document itself dates a stock at the title year's end; a sentence naming another year or comparing
 * says nothing of it.
 */
function compiledFromData(ctx: ExtractContext, title: { year: number; document: string; word: Word }, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year || !OWN_INFO_FROM.test(b.text.slice(Math.max(0, m.index - 16), m.index))) return false;
  if (!COMPILED_FROM_AFTER.test(b.text.slice(m.index, m.index + 48))) return false;
  const whole = statementAround(b.text, m.index);
  if (SOURCE_OTHER.test(whole) || [...whole.matchAll(ANY_YEAR)].length !== 1) return false;
  if (!yearsStated(ctx, compiledAsAt, (text, at) => AS_AT_END.test(text.slice(Math.max(0, at - 3), at).trimEnd()) && YEAR_END_DATE.test(text.slice(at))).has(title.year)) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '本文信息所据的数据', title } });
  return true;
}

// 以上为雪岭州2024年度转移支付执行数, 以上数据为秦原市2024年政府采购统计数据: the document closing on what its own figures are.
const OWN_CLOSING = /(?:以上|上述|前述)(?:各项)?(?:数据|数字)?(?:均)?(?:为|是|系)[\s\u3000]*([\u4e00-\u9fa5]{0,24})$/;
// …then the title's subject and what kind of figures of it (执行数, 统计数据, 汇总数), no clause between.
const SUBJECT_FIGURES_TAIL = /^[^，,。；;：:0-9０-９]{0,8}?(?:数据|数字|数)(?![0-9０-９])/;
// A title's words after its subject that say what kind of text it is (工作情况报告): no part of the subject.
const TITLE_WORK_TAIL = /(?:工作|管理)?$/;

/**
 * A title of one year naming a subject that is no budget or final account (2025年转移支付情况说明, 2025年政府采购工作情况
 * 报告): its year, its subject and its issuer's forms. Budgets and final accounts are read by their class (ownFiguresAre).
 */
function subjectOfTitle(ctx: ExtractContext, title: Piece[], joined: string): { title: { year: number; document: string; word: Word }; issuers: string[] } | undefined {
  const t = oneTitledYear(title);
  const subject = t?.words.replace(TITLE_KIND_TAIL, '').replace(TITLE_WORK_TAIL, '');
  if (!t || !subject || subject.length < 4 || /预算|决算|[0-9０-９]/.test(subject)) return undefined;
  return { title: { year: t.year, document: subject, word: t.word(ctx) }, issuers: issuerBefore(joined, t.year) };
}

/**
 * 以上为雪岭州2024年度转移支付执行数 in a 2025年转移支付情况说明: the document saying its own figures, of the subject its title
 * names, are another year's. A claim fixed at the title's year; a statement naming another year's figures too (上年, 对比,
 * a re-stated 口径) says nothing of it.
 */
function ownSubjectFigures(ctx: ExtractContext, t: { title: { year: number; document: string; word: Word }; issuers: string[] }, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const said = OWN_CLOSING.exec(b.text.slice(Math.max(0, m.index - 36), m.index));
  if (!said) return false;
  const who = said[1];
  if (who && !OWN_LEVEL.test(who) && !t.issuers.some((i) => i === who || (who.length >= 2 && i.endsWith(who)))) return false;
  const after = b.text.slice(m.index, m.index + 40).replace(YEAR_WORD, '').replace(/^[\s\u3000]+/, '');
  const tail = SUBJECT_FIGURES_TAIL.exec(after.slice(t.title.document.length));
  // (计划数, 预计数, 预算数: figures of a plan, not the year's own.)
  if (!after.startsWith(t.title.document) || !tail || /计划|预计|目标|预算|决算/.test(tail[0])) return false;
  if (OTHER_FIGURES.test(said[0]) || OTHER_FIGURES.test(statementFrom(b.text, m.index))) return false;
  out.push({ kind: 'year', role: 'body', year: yearOf(m[1]), document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: t.title.year, what: '本文所列数据', title: t.title } });
  return true;
}

// 2026年全县地方一般公共预算收入预计90,740万元，比2025年执行数增长5.0%: a year's budget, its figure, then the outturn it is
// compared with, named by its year (the budget's year is group 1, the outturn's group 2).
// (The amount's unit as written: a traditional repost keeps 萬元 and 億元, which the reader does not rewrite.)
const BUDGET_ON_EXECUTION = new RegExp(String.raw`^([0-9０-９]{4})[\s\u3000]*年度?[^，,。；;0-9０-９]{0,24}?(?:收入|支出)(?:预算)?(?:预计|安排|预算数?|拟安排)(?:为|是)?[\s\u3000]*[0-9０-９][0-9０-９,，.．]*${MONEY_UNIT_WRITTEN}[，,](?:比|较)([0-9０-９]{4})[\s\u3000]*年度?(?:预计)?执行数?`);

/**
 * 2027年全县地方一般公共预算收入预计90,740万元，比2025年执行数增长5.0% opening a paragraph under the heading of a 2026 draft
 * (二、2026年预算草案) in a report presenting that draft: a budget is drawn up against the outturn of the year before its
 * own, and the draft it stands under is of the year after that outturn. A claim fixed at the draft's year.
 */
function budgetOnExecution(ctx: ExtractContext, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (m.index > 0 && !/[。；;！？\s\u3000]/.test(b.text[m.index - 1])) return false;
  const e = BUDGET_ON_EXECUTION.exec(b.text.slice(m.index, m.index + 80));
  if (!e) return false;
  const year = yearOf(e[1]);
  const next = yearOf(e[2]) + 1;
  if (year === next) return false;
  const draft = out.find((c) => c.role === 'title' && c.year === next && /草案/.test(c.document));
  if (!draft) return false;
  // The section it stands in: the nearest heading naming a year names the draft's.
  const headed = nearestHeadingYear(ctx, b);
  if (headed !== next) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: next, what: `比${e[2]}年执行数增减的预算`, title: titleOf(draft) } });
  return true;
}

// 将与2025年度部门决算一并向社会公开: a companion (a self-evaluation report, a 绩效目标表) published together with a document
// of a year, named right after 与/随/同…
const ALONG_BEFORE = /(?:与|随|同)[\s\u3000]*$/;
// …and published with it at once: 一并公开, 同步向社会公布.
const ALONG_AFTER = /^(?:的)?[\s\u3000]*(?:一并|一同|同步|同时)[\s\u3000]*(?:向社会公众|向社会|对外)?[\s\u3000]*(?:公开|公布|发布|披露)/;
// What makes it last year's publication: done already, or named as the year before.
const ALONG_OTHER = /已|曾|上年|去年|上一年|以前年度|往年|历年|比|较/;

/**
 * …自评报告将与2024年度部门决算一并向社会公开 in a 2025年度部门决算: what the document says goes out together with a document of
 * its own kind is published with itself, so the year named there is the title's. A sentence naming another year, or telling
 * of a publication already made (已…一并公开, 上年), says nothing of it.
 */
function publishedAlong(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year || !ALONG_BEFORE.test(b.text.slice(Math.max(0, m.index - 2), m.index))) return false;
  const d = DOC_AFTER_YEAR.exec(b.text.slice(m.index, m.index + 40));
  if (!d || d[2] || !ALONG_AFTER.test(b.text.slice(m.index + d[0].length, m.index + d[0].length + 16))) return false;
  // Of the title's kind: a 部门决算 published with a 部门决算 (a budget's 绩效目标 go out with the budget, not with the accounts).
  const doc = docName(d[3], d[4]);
  const cls = documentClass(doc);
  if (!cls || cls !== documentClass(title.document) || (d[3] && !title.document.startsWith(d[3]))) return false;
  const whole = statementAround(b.text, m.index);
  if (ALONG_OTHER.test(whole) || [...whole.matchAll(ANY_YEAR)].length !== 1) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: `与本文一并公开的${doc}`, title: titleOf(title) } });
  return true;
}

// 以上2025年度绩效自评结果已在…公开: the document's own results, listed above it, named by their year.
const LISTED_ABOVE = /(?:以上|上述|前述)[\s\u3000]*$/;
const LISTED_RESULTS_OF_YEAR = /^[0-9０-９]{4}[\s\u3000]*年度?[\s\u3000]*(?:项目|部门整体支出|部门整体|整体支出)?(?:支出)?(?:绩效)?(?:自评|自我评价|评价)(?:结果|情况|得分|等级)/;
// 2025年度我局对19个项目开展了绩效自评, 本单位对2025年度实施的全部项目开展绩效自评: the year the document says it evaluated.
const SELF_EVALUATED = /开展(?:了)?(?:部门整体支出|项目支出|项目)?(?:绩效)?自评/;
// A statement of evaluations of other years: last year's, a comparison.
const EVALUATED_OTHER = /上年|去年|上一年|以前年度|往年|历年|比|较|对比/;
const evaluatedYears = new WeakMap<ExtractContext, Set<number>>();

/**
 * 以上2024年度绩效自评结果已在我局门户网站公开 in a document that says 2025年度我局对19个项目开展了绩效自评: the results listed
 * above are those of the evaluation the document reports, so their year is the one it says it evaluated (a 决算's own year, a
 * budget's year before). Read only where the document states one such year, in statements naming no other year and comparing
 * nothing.
 */
function ownResultsListed(ctx: ExtractContext, title: YearClaim, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  if (!LISTED_ABOVE.test(b.text.slice(Math.max(0, m.index - 3), m.index)) || !LISTED_RESULTS_OF_YEAR.test(b.text.slice(m.index, m.index + 24))) return false;
  const whole = statementAround(b.text, m.index);
  if (EVALUATED_OTHER.test(whole) || [...whole.matchAll(ANY_YEAR)].length !== 1) return false;
  const evaluated = yearsStated(ctx, evaluatedYears, (text, at) => {
    const s = statementAround(text, at);
    return SELF_EVALUATED.test(s) && !EVALUATED_OTHER.test(s) && [...s.matchAll(ANY_YEAR)].length === 1;
  });
  if (evaluated.size !== 1) return false;
  const own = [...evaluated][0];
  const year = yearOf(m[1]);
  if (year >= own) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: own, what: '以上绩效自评结果', title: titleOf(title) } });
  return true;
}
