import type { Block } from '../document/types.ts';
import { readMarker } from '../document/markers.ts';
import { PARTITIONS, partitionRun } from '../domain/tables.ts';
import { DELTA_VERB_ALT, NON_ADDITIVE, TOTAL_WORDS, alternation } from '../domain/lexicon.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { DocFigure, SumClaim } from './types.ts';
import { parseChineseNumeral } from '../reading/figures/chinese-numerals.ts';
import { isTitleLine } from '../document/markers.ts';
import { cleanLabel, labelBefore, subjectBefore } from '../reading/labels.ts';

const TOTAL_ALT = alternation(TOTAL_WORDS);
// "政府采购预算合计416.80万元：" — a total word, the figure, then a colon.
const TOTAL_BEFORE = new RegExp(`(?:${TOTAL_ALT})(?:为|达)?[\\s\\u3000]*$`);
const COLON_AFTER = /^[\s\u3000]*[：:]/;
// "支出10,360万元按经济性质分，基本支出…，项目支出…": a total, then the parts of one division of it.
const BY_KIND_AFTER = /^[\s\u3000]*[，,]?按[\u4e00-\u9fff]{1,8}?(?:分类|划分|分)[\s\u3000]*[，,：:]/;
// After the colon, a list of parts only: no change, comparison, share or 其中 inside it.
const NOT_A_PART_LIST = new RegExp(`其中|包括|主要|比|较|同比|占|${DELTA_VERB_ALT.split('|').filter((w) => w.length > 1).join('|')}`);
// "上述三项合计31.78亿元" / "以上各项共计…" / "以上合计": the total of the items just listed.
const ABOVE_TOTAL = new RegExp(`^[\\s\\u3000]*(?:上述|以上|前述)(?:[一二两三四五六七八九十\\d]+|各)?(?:项|类|部分|款)?(?:支出|经费|资金|收入)?(?:${TOTAL_ALT})(?:为|达)?[\\s\\u3000]*$`);
const CN = '一二三四五六七八九十';
// "以上四个部门“三公”经费支出决算合计581.95万元": a count of subjects, what they are (部门), the measure, a total word.
const ABOVE_COUNTED = new RegExp(`^[\\s\\u3000]*(?:上述|以上|前述)([一二两三四五六七八九十]+|(?<!\\d)\\d+)(?:个|家|所)([^，,；;。：:\\d]{4,30}?)(?:${TOTAL_ALT})(?:为|达)?[\\s\\u3000]*$`);
// What the counted subjects are called in the total's sentence, before the measure they share (部门, 县直单位).
const MAX_KIND = 4;
const MIN_MEASURE = 4;

const isAmount = (f: DocFigure) => (f.role === 'amount' || f.role === 'new-value') && !f.approximate;
const same = (a: DocFigure, b: DocFigure) => a.dimension === b.dimension && (a.dimension === 'money' || a.unit === b.unit);

/**
 * "2025年政府采购预算合计416.80万元：货物类126.50万元，服务类311.30万元。"
 * A total named with a total word and followed by a colon (or any total followed by
 * 按…分：, "支出10,360万元按经济性质分，基本支出…，项目支出…"), then amounts to the
 * end of the sentence: the amounts are its parts. Read as a complete list only
 * when the labels are a known partition of it; otherwise the rule checks only
 * that the parts do not exceed it.
 */
export function totalThenColon(ctx: ExtractContext, s: Sentence): SumClaim | undefined {
  const text = s.block.text;
  const figs = s.figures;
  const i = figs.findIndex(
    (f) =>
      isAmount(f) &&
      ((TOTAL_BEFORE.test(text.slice(Math.max(s.start, f.start - 6), f.start)) && COLON_AFTER.test(text.slice(f.end, f.end + 3))) ||
        BY_KIND_AFTER.test(text.slice(f.end, f.end + 16))),
  );
  if (i < 0) return undefined;
  const total = figs[i];
  const parts = figs.slice(i + 1);
  if (parts.length < 2 || !parts.every((f) => isAmount(f) && same(f, total))) return undefined;
  if (NOT_A_PART_LIST.test(text.slice(total.end, s.end))) return undefined;
  const subject = subjectBefore(text, total.start, s.start);
  if (!subject || NON_ADDITIVE.test(subject)) return undefined;
  const components = parts.map((f) => ({ figure: f, label: labelBefore(text, f.start, total.end) }));
  const run = partitionRun(subject, components.map((c) => c.label), total.dimension);
  const whole = !!run && run.start === 0 && run.end === components.length;
  return { kind: 'sum', subject, total, components, complete: whole, ...(whole ? { partition: run!.partition.name } : {}), shape: 'of-which' };
}

/**
 * "1. 人员经费9.64亿元；2. 公用经费1.38亿元；3. 项目经费20.86亿元。" on lines of
 * their own, then a paragraph "上述三项合计31.78亿元。": the total of the
 * numbered items just above it, one amount each. A count in the sentence
 * (三项) must be the number of items, or nothing is read.
 */
export function aboveTotal(ctx: ExtractContext, block: Block): SumClaim | undefined {
  const [s] = ctx.sentences(block);
  if (!s) return undefined;
  const total = s.figures.find((f) => isAmount(f) && f.dimension === 'money');
  const lead = total ? block.text.slice(s.start, total.start) : '';
  if (!total || !ABOVE_TOTAL.test(lead)) return undefined;
  const items: Array<{ figure: DocFigure; label: string }> = [];
  let expected: number | undefined;
  for (let b = block.index - 1; b >= 0 && block.index - b <= 20; b--) {
    const blk = ctx.doc.blocks[b];
    if (!blk.text.trim()) continue;
    const m = readMarker(blk.text);
    if (blk.kind !== 'paragraph' || !m) break;
    if (expected !== undefined && m.ordinal !== expected - 1) break;
    expected = m.ordinal;
    const amounts = ctx.figuresByBlock[b].filter((f) => isAmount(f) && f.dimension === 'money');
    if (amounts.length !== 1 || !same(amounts[0], total)) return undefined;
    items.unshift({ figure: amounts[0], label: cleanLabel(blk.text.slice(m.length, amounts[0].start)) });
    if (m.ordinal === 1) break;
  }
  // (?<!\d): a run of digits is tried from its start only (retrying it from each digit was quadratic).
  const n = /([一二两三四五六七八九十]|(?<!\d)\d+)(?:项|类|部分|款)/.exec(lead);
  const count = n ? (/\d/.test(n[1]) ? Number(n[1]) : n[1] === '两' ? 2 : CN.indexOf(n[1]) + 1) : undefined;
  if (items.length < 2 || expected !== 1) {
    const bullets = bulletsAbove(ctx, block, total);
    if (!bullets || (count !== undefined && count !== bullets.length)) return undefined;
    return { kind: 'sum', subject: cleanLabel(lead) || '合计', total, components: bullets, complete: true, shape: 'listed-then-total' };
  }
  if (count !== undefined && count !== items.length) return undefined;
  return { kind: 'sum', subject: cleanLabel(lead) || '合计', total, components: items, complete: true, shape: 'listed-then-total' };
}

// A bullet's line: a name and its one amount, nothing said after it but a closing mark.
const BULLET_TAIL = /^[\s\u3000]*[；;。，,]?[\s\u3000]*$/;

/**
 * "补助资金分别为：" then bullets "城乡居民医保补助2.16亿元" (their marks gone), then "以上三项合计4.56亿元": the
 * paragraphs just above, each a name and one amount, back to the paragraph that opened them with a colon.
 */
function bulletsAbove(ctx: ExtractContext, block: Block, total: DocFigure): Array<{ figure: DocFigure; label: string }> | undefined {
  const items: Array<{ figure: DocFigure; label: string }> = [];
  for (let b = block.index - 1; b >= 0 && block.index - b <= 20; b--) {
    const blk = ctx.doc.blocks[b];
    if (!blk.text.trim()) continue;
    if (blk.kind !== 'paragraph') return undefined;
    const amounts = ctx.figuresByBlock[b].filter((f) => isAmount(f) && f.dimension === 'money');
    if (amounts.length === 0 && /[：:][\s\u3000]*$/.test(blk.text)) return items.length >= 2 ? items : undefined;
    if (amounts.length !== 1 || !same(amounts[0], total) || ctx.figuresByBlock[b].length !== 1 || !BULLET_TAIL.test(blk.text.slice(amounts[0].end))) return undefined;
    const label = cleanLabel(blk.text.slice(0, amounts[0].start));
    if (!label || label.length > 24) return undefined;
    items.unshift({ figure: amounts[0], label });
  }
  return undefined;
}

/**
 * "以上四个部门“三公”经费支出决算合计581.95万元", after one sentence per department, each stating
 * that measure first (县教育局“三公”经费支出决算86.42万元，…。县卫生健康局“三公”经费支出决算…): the
 * total of the subjects just stated. Read only when the sentences that state the measure, back to the
 * heading or the first paragraph that does not, are exactly as many as the count, each of its own subject.
 */
export function aboveCounted(ctx: ExtractContext, sentences: Sentence[], si: number): SumClaim | undefined {
  const s = sentences[si];
  const text = s.block.text;
  const total = s.figures.find((f) => isAmount(f) && f.dimension === 'money');
  if (!total) return undefined;
  const m = ABOVE_COUNTED.exec(text.slice(s.start, total.start));
  if (!m) return undefined;
  const count = /\d/.test(m[1]) ? Number(m[1]) : m[1] === '两' ? 2 : parseChineseNumeral(m[1]);
  const named = m[2];
  if (!count || count < 2) return undefined;
  // The measure a part states: what its label shares with the total's at the end, leaving only a short kind (部门) over.
  const partOf = (t: string, sen: Sentence): { figure: DocFigure; label: string } | undefined => {
    const f = sen.figures.find((x) => isAmount(x) && x.dimension === 'money');
    if (!f || !same(f, total)) return undefined;
    const label = t.slice(sen.start, f.start).replace(/[\s\u3000]+/g, '');
    let k = 0;
    while (k < label.length && k < named.length && label[label.length - 1 - k] === named[named.length - 1 - k]) k++;
    if (k < MIN_MEASURE || named.length - k > MAX_KIND || label.length - k < 2) return undefined;
    return { figure: f, label: label.slice(0, label.length - k) };
  };
  const items: Array<{ figure: DocFigure; label: string }> = [];
  for (let k = si - 1; k >= 0; k--) {
    const p = partOf(text, sentences[k]);
    if (!p) return undefined;
    items.unshift(p);
  }
  for (let b = s.block.index - 1; b >= 0 && items.length <= count; b--) {
    const blk = ctx.doc.blocks[b];
    if (!blk.text.trim()) continue;
    if (blk.kind !== 'paragraph' || isTitleLine(blk.text)) break;
    const own = ctx.sentences(blk);
    const found = own.map((x) => partOf(blk.text, x));
    if (!found[0]) break;
    // A subject's sentence may go on in a second one that states no figure of the measure.
    for (let k = found.length - 1; k >= 0; k--) if (found[k]) items.unshift(found[k]!);
  }
  if (items.length !== count) return undefined;
  if (new Set(items.map((x) => x.label)).size !== items.length || items.some((x) => x.figure.approximate)) return undefined;
  return { kind: 'sum', subject: cleanLabel(text.slice(s.start, total.start)) || '合计', total, components: items, complete: true, shape: 'listed-then-total' };
}

/**
 * "“三公”经费预算2,380万元，▼5.2%" and then, one a sentence or one a line (an infographic's pieces, a list set out
 * without 其中), "因公出国（境）费120万元" "公务用车购置及运行维护费1,460万元" "公务接待费860万元": a total of a partition
 * the domain knows complete, stated alone, and right after it the statements of its members, each stating one amount
 * and nothing else, every member once. They are its parts. Read only when the members come one after another, each
 * once, and all of them; anything else between them (a sentence of another amount, a heading) ends the run.
 */
export function membersAfter(ctx: ExtractContext, block: Block): SumClaim | undefined {
  const sentences = ctx.sentences(block);
  const first = sentences[0];
  if (!first || readMarker(block.text)) return undefined;
  const amounts = (s: Sentence) => s.figures.filter((f) => isAmount(f));
  const [total, ...more] = amounts(first);
  if (!total || more.length || total.dimension !== 'money') return undefined;
  const subject = subjectBefore(block.text, total.start, first.start);
  if (!subject || NON_ADDITIVE.test(subject) || MEMBER_TOTAL_EXCLUDED.test(subject)) return undefined;
  const items: Array<{ figure: DocFigure; label: string }> = [];
  // One amount alone in its sentence, nothing before its label but the label.
  const member = (text: string, s: Sentence): boolean => {
    const own = amounts(s);
    if (own.length !== 1 || !same(own[0], total) || s.figures.length !== 1) return false;
    const label = cleanLabel(text.slice(s.start, own[0].start));
    if (!label || label.length > 16) return false;
    items.push({ figure: own[0], label });
    return true;
  };
  let open = true;
  for (const s of sentences.slice(1)) if (open && !member(block.text, s)) open = false;
  for (let b = block.index + 1; open && b < ctx.doc.blocks.length && items.length < 6; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind !== 'paragraph' || readMarker(blk.text)) break;
    for (const s of ctx.sentences(blk)) if (open && !member(blk.text, s)) open = false;
  }
  if (items.length < 2) return undefined;
  // The longest run from the first that covers the partition: a statement after the last member is another matter.
  // A run names each member once, so none is longer than the largest partition: trying every count of a paragraph of
  // such statements (本部门2025年支出预算…万元。…) grew with its square.
  for (let n = Math.min(items.length, MOST_MEMBERS); n >= 2; n--) {
    const run = partitionRun(subject, items.slice(0, n).map((x) => x.label), total.dimension);
    if (run && run.start === 0 && run.end === n && !run.partition.mayOmit) {
      return { kind: 'sum', subject, total, components: items.slice(0, n), complete: true, partition: run.partition.name, shape: 'of-which' };
    }
  }
  return undefined;
}

// The most members a partition has: no run covering one is longer.
const MOST_MEMBERS = Math.max(...PARTITIONS.map((p) => p.members.length));

// Debts are stated by kind and measure in many ways (余额, 限额, 发行…): relations/debt.ts reads them.
const MEMBER_TOTAL_EXCLUDED = /债务|债券|还本|付息|利息/;
