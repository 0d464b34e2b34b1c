import type { Block } from '../document/types.ts';
import { TITLE_LINE, readMarker, type Marker } from '../document/markers.ts';
import { partitionRun } from '../domain/tables.ts';
import { LIST_STOP, MEASURE_ONLY, NON_ADDITIVE, TOTAL_WORDS, DELTA_VERB_ALT, alternation } from '../domain/lexicon.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { add, meets, sum } from '../interval.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { Component, DocFigure, SumClaim } from './types.ts';
import { cleanLabel, labelBefore, subjectBefore } from '../reading/labels.ts';
import { aboveTotal, totalThenColon } from './sum-lists.ts';
import { firstFrom } from './first-from.ts';

// 其中 and 包括 open a list of parts of the amount before them.
// …and so does 中， right after a count and what it counts: 全县26个专项债券项目中，优的19个、良的6个….
// 评价等级分别为“优”4个、“良”5个…: the grades of the projects counted before them.
const OF_WHICH = /其中[：:，,]?|(?:主要)?包括[：:，,]?|(?<=等级|等次|评级|结果)分别为[：:]?|(?<=[0-9０-９一二三四五六七八九十两][个项家所][\u4e00-\u9fff]{0,12})中[，,：:]/g;
const AMONG_COUNT = /[0-9０-９一二三四五六七八九十两][个项家所][\u4e00-\u9fff]{0,12}中[，,：:]/;
// A clause that says what money is for, not what it is made of: the list is over.
const STOP = LIST_STOP;
const AND = /^[\s\u3000]*(?:和|及|以及|与)/;
const TOTAL_ONLY = new RegExp(`^[\\s\\u3000]*(?:${alternation(TOTAL_WORDS)})(?:为|达)?[\\s\\u3000]*$`);
const TOTAL_WORD = new RegExp(`(?:${alternation(TOTAL_WORDS)})(?:为|达)?[\\s\\u3000]*$`);
const CHANGE_WORD = new RegExp(`比|较|同比|持平|其中|用于|${DELTA_VERB_ALT.split('|').filter((w) => w.length > 1).join('|')}`);
// 调减预算资金共3,260万元，其中不合格项目调减1,480万元…: parts stated with the verb their total was stated with.
const SHARED_VERB = new RegExp(`((?:调|压|核|削)?(?:${DELTA_VERB_ALT}))了?[\\s\\u3000]*$`);
const LEVEL_RANK: Record<Marker['level'], number> = { part: 0, cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, circled: 5 };
const OPEN = '（([【';
const CLOSE = '）)]】';

// Money adds across 元/万元/亿元 once scaled; counts only within one classifier (个 is not 项).
const compatible = (a: DocFigure, b: DocFigure) => a.dimension === b.dimension && (a.dimension === 'money' || a.unit === b.unit);
const isAmount = (f: DocFigure) => f.role === 'amount' || f.role === 'new-value';
const isDigit = (c: string | undefined) => !!c && /[0-9０-９]/.test(c);

/** Whether `f` follows another figure of its dimension with only 、/和/及 between them: "87.5分、92.0分和69.0分". */
function inBareRun(text: string, figures: readonly DocFigure[], f: DocFigure): boolean {
  const k = figures.indexOf(f);
  const before = k > 0 ? figures[k - 1] : undefined;
  return !!before && before.dimension === f.dimension && /^[\s\u3000]*(?:、|和|及|与|以及)[\s\u3000]*$/.test(text.slice(before.end, f.start));
}

/** Bracket depth before each character of `text` (（其中…） lists live one level down). */
const depthCache = new WeakMap<object, Int32Array>();
function depths(text: string, owner?: object): Int32Array {
  const cached = owner && depthCache.get(owner);
  if (cached) return cached;
  const d = computeDepths(text);
  if (owner) depthCache.set(owner, d);
  return d;
}

// By char code, from a table of the Basic Multilingual Plane (every bracket is in it): this runs
// over every character of every block, where a string per character (OPEN.includes(text[i]))
// or a Set lookup per character cost more than the rest of the loop.
const BRACKET = new Int8Array(0x10000);
for (const c of OPEN) BRACKET[c.charCodeAt(0)] = 1;
for (const c of CLOSE) BRACKET[c.charCodeAt(0)] = -1;

function computeDepths(text: string): Int32Array {
  const d = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    d[i] = depth;
    const b = BRACKET[text.charCodeAt(i)];
    if (b === 1) depth++;
    else if (b === -1 && depth > 0) depth--;
  }
  d[text.length] = depth;
  return d;
}

interface Item {
  start: number;
  end: number;
}

/**
 * The first figure inside [start, end) that `ok` accepts. Found from an index, not by a scan of
 * the sentence's figures: a long list made that scan quadratic.
 */
function findIn(figs: readonly DocFigure[], start: number, end: number, ok: (f: DocFigure) => boolean): DocFigure | undefined {
  for (let k = firstFrom(figs, start); k < figs.length && figs[k].start < end; k++) if (figs[k].end <= end && ok(figs[k])) return figs[k];
  return undefined;
}

// How many figures back the total of a 其中 list is looked for: it stands right before the list,
// after at most a change and its rate. Unbounded, 20,000 其中 in one sentence took 35 s.
const TOTAL_LOOK_BACK = 32;

/**
 * Splits a list into items at ；，、 at the list's own bracket depth. A comma
 * between digits with three digits after it is a thousands separator
 * (1，112.2万元), not a list separator.
 */
function splitItems(text: string, start: number, end: number, depth: Int32Array, level: number): Item[] {
  const items: Item[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (!'；;，,、'.includes(c) || depth[i] !== level) continue;
    if ((c === '，' || c === ',') && isDigit(text[i - 1]) && /^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(i + 1, i + 5))) continue;
    items.push({ start: s, end: i });
    s = i + 1;
  }
  items.push({ start: s, end });
  return items.filter((i) => i.end > i.start);
}

/** A sentence that only goes on listing (特定目标类项目259048.8万元。): label and amount clauses, nothing else. */
function listsOnly(text: string, s: Sentence): boolean {
  if (CHANGE_WORD.test(s.text)) return false;
  const d = depths(text, s.block);
  const items = splitItems(text, s.start, s.end, d, d[s.start]);
  return items.length <= 6 && items.every((it) => s.figures.filter((f) => f.start >= it.start && f.end <= it.end).length === 1);
}

/** The figure's label names only a measure of something named before it (年初预算为, 差值为). */
function measureOnly(text: string, f: DocFigure, from: number): boolean {
  return MEASURE_ONLY.test(labelBefore(text, f.start, from));
}

export class SumExtractor {
  readonly claims: SumClaim[] = [];
  constructor(private readonly ctx: ExtractContext) {}

  run(): SumClaim[] {
    for (const block of this.ctx.doc.blocks) {
      if (block.kind === 'toc' || block.kind === 'table-row') continue;
      // A block's sums follow from it and the blocks it looks at (the paragraph before, the
      // items after): while a draft is edited, those of unchanged blocks are reused (engine/incremental.ts).
      const made = this.ctx.memoBlock('sums', block, '', () => {
        const from = this.claims.length;
        const sentences = this.ctx.sentences(block);
        sentences.forEach((s, i) => {
          this.ofWhich(block, sentences, i);
          this.listedThenTotal(s);
          this.countsAfterColon(s);
          const colon = totalThenColon(this.ctx, s);
          if (colon) this.claims.push(colon);
        });
        const above = block.kind === 'paragraph' ? aboveTotal(this.ctx, block) : undefined;
        if (above) this.claims.push(above);
        return this.claims.splice(from);
      });
      for (const c of made) this.claims.push(c);
    }
    this.tables();
    return this.claims;
  }

  /**
   * The figure a 其中 list belongs to: the last amount before it, skipping
   * changes, rates and shares, and bare percentages when the list is not of
   * percentages (债务率为86.3%，其中：…).
   */
  private totalBefore(sentences: Sentence[], si: number, at: number, dimension: string | undefined, used: Set<number>): DocFigure | undefined {
    const d = depths(sentences[si].block.text, sentences[si].block);
    const level = d[at];
    for (let i = si; i >= Math.max(0, si - 1); i--) {
      const figs = sentences[i].figures;
      // The figures that end by `at` (all of them in the sentence before), read backwards.
      let any = false;
      for (let k = (i < si ? figs.length : firstFrom(figs, at)) - 1, n = 0; k >= 0 && n < TOTAL_LOOK_BACK; k--) {
        const f = figs[k];
        if (i === si && f.end > at) continue;
        any = true;
        n++;
        // 本金20亿元（同时支付利息3.2亿元），其中…: a figure in brackets is a note, not the total of a list outside them.
        if (i === si && d[f.start] > level) continue;
        if (used.has(f.id)) return undefined;
        if (f.dimension === 'percent' && dimension !== 'percent') continue;
        // 支出2.05万元，年初预算为2.95万元，差值为0.9万元。其中：…: the subject's figure, not its other measures.
        if (f.role === 'amount' && measureOnly(sentences[i].block.text, f, sentences[i].start)) continue;
        if (f.role === 'amount') return f;
        if (f.dimension === 'count' || f.dimension === 'score') return f;
      }
      if (any) return undefined;
    }
    return undefined;
  }

  private ofWhich(block: Block, sentences: Sentence[], si: number): void {
    const s = sentences[si];
    const text = block.text;
    if (!s.text.includes('其中') && !s.text.includes('包括') && !s.text.includes('分别为') && !AMONG_COUNT.test(s.text)) return;
    const depth = depths(text, block);
    const hits: Array<{ at: number; after: number; level: number }> = [];
    OF_WHICH.lastIndex = 0;
    for (let m = OF_WHICH.exec(s.text); m; m = OF_WHICH.exec(s.text)) {
      const at = s.start + m.index;
      hits.push({ at, after: at + m[0].length, level: depth[at] });
    }
    // Components of an earlier list in this sentence are not the total of a later one.
    const used = new Set<number>();
    // The next hit at the same bracket depth, for each hit (hits are in text order).
    const nextAtLevel: Array<number | undefined> = new Array(hits.length);
    const lastAtLevel = new Map<number, number>();
    for (let k = hits.length - 1; k >= 0; k--) {
      nextAtLevel[k] = lastAtLevel.get(hits[k].level);
      lastAtLevel.set(hits[k].level, k);
    }
    hits.forEach((hit, hk) => {
      let end = s.end;
      // （其中…）: the list ends at its closing bracket.
      if (hit.level > 0) {
        for (let i = hit.after; i < s.end; i++) if (depth[i + 1] < hit.level) { end = i; break; }
      }
      const candidate = nextAtLevel[hk] === undefined ? undefined : hits[nextAtLevel[hk]!];
      const next = candidate && candidate.at < end ? candidate : undefined;
      if (next) end = next.at;
      const rest = text.slice(hit.after, end).replace(/[\s\u3000。；;，,]/g, '');
      let components: Component[];
      let deltaParts: Array<Component & { verb: string }> = [];
      let shape: SumClaim['shape'] = 'of-which';
      if (!rest && !next && si === sentences.length - 1) {
        components = this.subItems(block);
        shape = 'sub-items';
      } else {
        let items = splitItems(text, hit.after, end, depth, hit.level);
        // The clause right before the next 其中 is that list's total, not one of ours.
        if (next && items.length && findIn(s.figures, items[items.length - 1].start, end, (f) => depth[f.start] === hit.level)) {
          items = items.slice(0, -1);
        }
        // Parts separated by ， or 、 end at the first ；: what follows is the next statement
        // ("其中A866万元，B35万元，C68万元；完成基金支出4093万元"). Only separators between
        // items that each state an amount count ("A1.52亿元，占4.93%；B…" is separated by ；).
        // Searched from the item's first figure (not the sentence's): a sentence of 20,000 其中 lists
        // otherwise scans every figure for every item, and grows with the square of its length.
        const carries = items.map(
          (it) => !!findIn(s.figures, it.start, it.end, (f) => isAmount(f) && depth[f.start] === hit.level && !measureOnly(text, f, it.start)),
        );
        const seps: Array<{ k: number; c: string }> = [];
        for (let k = 1; k < items.length; k++) if (carries[k]) seps.push({ k, c: text[items[k - 1].end] });
        const amountItems = carries.filter(Boolean).length;
        if (amountItems > 2 && seps.length && '，,、'.includes(seps[0].c)) {
          const cut = seps.find((x) => '；;'.includes(x.c));
          if (cut) items = items.slice(0, cut.k);
        }
        components = [];
        deltaParts = [];
        for (const item of items) {
          if (STOP.test(text.slice(item.start, item.end))) break;
          // The item's figures, found from its start (a scan of the sentence for each item was quadratic).
          let d: DocFigure | undefined;
          let amount = false;
          for (let k = firstFrom(s.figures, item.start); k < s.figures.length && s.figures[k].start < item.end; k++) {
            const x = s.figures[k];
            if (x.end > item.end) continue;
            if (isAmount(x)) amount = true;
            else if (!d && x.role === 'delta' && depth[x.start] === hit.level) d = x;
          }
          const v = d && !amount ? SHARED_VERB.exec(text.slice(Math.max(item.start, d.start - 12), d.start)) : null;
          if (d && v) deltaParts.push({ figure: d, label: cleanLabel(text.slice(item.start, d.start - v[0].length)), verb: v[1] });
          // 年初预算为0万元, 差值为0万元: other measures of the part before, not parts.
          const inItem: DocFigure[] = [];
          for (let k = firstFrom(s.figures, item.start); k < s.figures.length && s.figures[k].start < item.end; k++) {
            const x = s.figures[k];
            if (x.end <= item.end && isAmount(x) && depth[x.start] === hit.level) inItem.push(x);
          }
          const f = inItem.find((x) => !measureOnly(text, x, item.start));
          if (f) components.push({ figure: f, label: labelBefore(text, f.start, item.start) });
          // 人员经费4,438.18万元和公用经费548.29万元: parts joined by 和/及 inside one item.
          for (let k = 1; k < inItem.length && AND.test(text.slice(inItem[k - 1].end, inItem[k].start)); k++) {
            components.push({ figure: inItem[k], label: cleanLabel(text.slice(inItem[k - 1].end, inItem[k].start).replace(AND, '')) });
          }
        }
      }
      const dimension = components[0]?.figure.dimension ?? deltaParts[0]?.figure.dimension;
      // （其中…） belongs to the figure right before the bracket, even when it is a component itself.
      let total = this.totalBefore(sentences, si, hit.at, dimension, hit.level > 0 ? new Set() : used);
      // Parts that are all changes belong to a total stated with the same verb in its own clause.
      if (total && components.length === 0 && deltaParts.length >= 2 && total.block === block.index) {
        const verb = deltaParts[0].verb;
        const own = text.slice(Math.max(s.start, text.lastIndexOf('，', total.start) + 1, text.lastIndexOf('；', total.start) + 1), total.start);
        if (verb.length > 1 && deltaParts.every((p) => p.verb === verb) && own.includes(verb)) components = deltaParts.map(({ figure, label }) => ({ figure, label }));
      }
      // 其中 opening its own paragraph: the list belongs to the total the paragraph before ends with.
      if (!total && si === 0 && !text.slice(0, hit.at).trim()) {
        const prev = this.previousParagraph(block);
        const last = prev && this.ctx.sentences(prev).at(-1);
        if (last) total = this.totalBefore([last], 0, last.end, dimension, new Set());
        // …得分分别为87.5分、92.0分和69.0分。其中…: the last of a bare run of figures is one
        // of several values, not a total the paragraph ends on.
        if (total && last && inBareRun(prev!.text, last.figures, total)) total = undefined;
      }
      // 其中：A a。B b。: a list that has not reached its total may go on in the next sentence.
      if (total && shape === 'of-which' && !next && hit.level === 0 && end === s.end) {
        // The sum so far is kept, not recomputed for each sentence: a long run of them was quadratic.
        let reached = sum(components.filter((c) => compatible(c.figure, total)).map((c) => intervalOf(c.figure)));
        for (let j = si + 1; j < sentences.length && components.length; j++) {
          if (!reached.hi.lt(intervalOf(total).lo) || !listsOnly(text, sentences[j])) break;
          for (const f of sentences[j].figures) {
            if (!isAmount(f)) continue;
            components.push({ figure: f, label: labelBefore(text, f.start, sentences[j].start) });
            if (compatible(f, total)) reached = add(reached, intervalOf(f));
          }
        }
      }
      const added = this.add(total, components, shape, total && total.block !== block.index ? this.ctx.doc.blocks[total.block].text : text);
      if (added) added.components.forEach((c) => used.add(c.figure.id));
    });
  }

  private add(total: DocFigure | undefined, components: Component[], shape: SumClaim['shape'], text: string): SumClaim | undefined {
    if (!total || components.length === 0) return undefined;
    let comps = components.filter((c) => compatible(c.figure, total));
    // Counts listed after an amount (34832.52万元，其中：良的5个) belong to something unsaid.
    if (comps.length === 0 || comps.length < components.length / 2) return undefined;
    if (total.approximate || comps.some((c) => c.figure.approximate)) return undefined;
    const subject = subjectBefore(text, total.start);
    // 平均发行利率2.92%，其中一般债券2.86%: rates, averages and terms do not add.
    if (total.dimension === 'percent' || NON_ADDITIVE.test(labelBefore(text, total.start))) return undefined;
    const found = partitionRun(subject, comps.map((c) => c.label), total.dimension);
    // A known partition covered by a run of the list: what lies outside the run is a subset (其中5个为…).
    if (found) comps = comps.slice(found.start, found.end);
    const claim: SumClaim = { kind: 'sum', subject, total, components: comps, complete: !!found, partition: found?.partition.name, shape };
    this.claims.push(claim);
    return claim;
  }

  /** （1）…（2）…（3）… items after a block that ends in 其中：, each contributing its first amount. */
  private subItems(block: Block): Component[] {
    const blocks = this.ctx.doc.blocks;
    const first = blocks[block.index + 1];
    const marker = first && readMarker(first.text);
    if (!marker) return [];
    const rank = LEVEL_RANK[marker.level];
    const components: Component[] = [];
    let expected = 1;
    let i = block.index + 1;
    while (i < blocks.length) {
      const b = blocks[i];
      const m = readMarker(b.text);
      if (!m || m.level !== marker.level || m.ordinal !== expected) break;
      // The item runs until the next marker at its level or above; at most a few blocks.
      let j = i;
      let found: Component | undefined;
      do {
        const f = this.ctx.figuresByBlock[j].find(isAmount);
        if (f && !found) found = { figure: f, label: cleanLabel(blocks[j].text.slice(0, f.start)) || cleanLabel(b.text) };
        j++;
      } while (j < blocks.length && j < i + 4 && !this.endsItem(blocks[j], rank));
      if (found) components.push(found);
      expected++;
      i = j;
    }
    return components;
  }

  private endsItem(b: Block, rank: number): boolean {
    const m = readMarker(b.text);
    return b.kind === 'heading' || (!!m && LEVEL_RANK[m.level] <= rank);
  }

  /**
   * "17个评价对象的评价结果为：优秀4个、良好9个、合格3个、不合格2个": a count,
   * then after a colon counts of a known partition of it (the grades). Only a
   * list that is the whole partition is taken: anything else may be a subset.
   */
  private countsAfterColon(s: Sentence): void {
    const text = s.block.text;
    const colon = text.slice(s.start, s.end).search(/[：:]/);
    if (colon < 0 || s.text.includes('其中')) return;
    const at = s.start + colon;
    const before = s.figures.filter((f) => f.end <= at);
    const total = before[before.length - 1];
    if (!total || total.dimension !== 'count' || total.approximate || before.filter((f) => f.dimension === 'count').length !== 1) return;
    const after = s.figures.filter((f) => f.start > at);
    if (after.length < 2 || after.some((f) => f.dimension !== 'count' || f.unit !== total.unit || f.approximate)) return;
    // 其余…, …等: the list says it is not all.
    if (/其余|其他|剩余|等/.test(text.slice(after[after.length - 1].end, s.end))) return;
    const components = after.map((f, k) => ({ figure: f, label: cleanLabel(text.slice(k === 0 ? at + 1 : after[k - 1].end, f.start)) }));
    const subject = subjectBefore(text, total.start, s.start) || cleanLabel(text.slice(total.end, at));
    const run = partitionRun(subject, components.map((c) => c.label), 'count');
    if (!run || run.start !== 0 || run.end !== components.length) return;
    this.claims.push({ kind: 'sum', subject: cleanLabel(text.slice(total.end, at)) || subject, total, components, complete: true, partition: run.partition.name, shape: 'of-which' });
  }

  /** The paragraph right before, skipping nothing but empty ones; none across a heading or a table. */
  private previousParagraph(block: Block): Block | undefined {
    for (let i = block.index - 1; i >= 0 && i >= block.index - 2; i--) {
      const b = this.ctx.doc.blocks[i];
      if (!b.text.trim()) continue;
      return b.kind === 'paragraph' && /[。：:]\s*$/.test(b.text) ? b : undefined;
    }
    return undefined;
  }

  /** The block goes on a sentence the paragraph before left unfinished (a line cut by a PDF's page width). */
  private continues(block: Block): boolean {
    const prev = this.ctx.doc.blocks[block.index - 1];
    // A numbered title line (三、“三公”经费支出情况) ends nothing, and nothing goes on from it.
    return !!prev && prev.kind === 'paragraph' && !/[。！？!?：:；;]\s*$/.test(prev.text) && !TITLE_LINE.test(prev.text);
  }

  /** 甲3000万元，乙152500万元，丙33120万元，合计188620万元. */
  private listedThenTotal(s: Sentence): void {
    const figs = s.figures;
    for (let k = 2; k < figs.length; k++) {
      const t = figs[k];
      if (!isAmount(t) || !TOTAL_WORD.test(s.block.text.slice(Math.max(s.start, t.start - 6), t.start))) continue;
      if (/其中/.test(s.block.text.slice(s.start, t.start))) return;
      // 加上…，合计: the total also counts an amount stated before this sentence.
      if (/^[\s\u3000]*(?:再)?(?:加上|连同|加)/.test(s.text)) return;
      // 四项合计135,090万元: the count of the parts named with the total word is not a part.
      const before = figs.slice(0, k).filter((f, i) => !(i === k - 1 && f.dimension === 'count' && f.dimension !== t.dimension && TOTAL_ONLY.test(s.block.text.slice(f.end, t.start))));
      if (!before.every((f) => isAmount(f) && f.dimension === t.dimension)) return;
      // A sentence that opens with a figure is the tail of one cut by a line break: its first parts are elsewhere.
      if (!/[\u4e00-\u9fa5A-Za-z]/.test(s.block.text.slice(s.start, figs[0].start))) return;
      if (s.start === 0 && this.continues(s.block)) return;
      const components = before.map((f) => ({ figure: f, label: subjectBefore(s.block.text, f.start) }));
      if (t.approximate || components.some((c) => c.figure.approximate)) return;
      this.claims.push({
        kind: 'sum',
        subject: subjectBefore(s.block.text, t.start) || '合计',
        total: t,
        components,
        complete: true,
        shape: 'listed-then-total',
      });
      return;
    }
  }

  /** A Markdown table's 合计 row: each numeric column adds up the rows above it. */
  private tables(): void {
    for (const rows of this.ctx.tables()) {
      const header = rows.find((r) => r.table!.header);
      const cellText = (r: Block, c: number) => (r.cells && r.cells[c] ? r.text.slice(r.cells[c].start, r.cells[c].end) : '');
      const cellFigure = (r: Block, c: number): DocFigure | undefined => {
        const cell = r.cells?.[c];
        if (!cell) return undefined;
        // The cell's figures from an index: filtering the row's figures per cell was quadratic in a wide table.
        const row = this.ctx.figuresByBlock[r.index];
        const figs: DocFigure[] = [];
        for (let k = firstFrom(row, cell.start); k < row.length && row[k].start < cell.end && figs.length < 2; k++) if (row[k].end <= cell.end) figs.push(row[k]);
        return figs.length === 1 && figs[0].role === 'amount' && !figs[0].approximate ? figs[0] : undefined;
      };
      this.totalColumn(rows, header, cellText, cellFigure);
      const isTotal = (r: Block) => !r.table!.header && /^(?:合计|总计|小计|共计|总额)/.test(cellText(r, 0).trim());
      const body = rows.filter((r) => !r.table!.header);
      let groupStart = 0;
      body.forEach((row, ri) => {
        if (!isTotal(row)) return;
        // Members sit above their 合计 row, or below it when it comes first.
        let members = body.slice(groupStart, ri);
        if (members.length === 0) {
          const next = body.findIndex((r, k) => k > ri && isTotal(r));
          members = body.slice(ri + 1, next < 0 ? body.length : next);
        }
        groupStart = ri + 1;
        this.totalRow(row, members, header, cellText, cellFigure);
      });
    }
  }

  private totalRow(
    row: Block,
    rows: Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    const label = cellText(row, 0).trim();
    // 其中 rows, and the indented rows under them, detail the row above: not members of the 合计.
    const ofWhich = (r: Block) => /^[\s\u3000]*其中/.test(cellText(r, 0));
    const detail = new Set(rows.filter((r) => ofWhich(r) || /^(?:\u3000|[ \u00a0]{2,})/.test(cellText(r, 0).replace(/^ /, ''))));
    this.detailRuns(rows, row, (c) => !/[%％]|比|率|幅/.test(header ? cellText(header, c) : ''), ofWhich, cellFigure, detail);
    const data = rows.filter((r) => !detail.has(r));
    const markers = data.map((r) => readMarker(cellText(r, 0)));
    const ranks = markers.filter(Boolean).map((m) => LEVEL_RANK[m!.level]);
    const top = ranks.length ? ranks.reduce((a, b) => Math.min(a, b)) : undefined; // not Math.min(...): a table may have 100,000s of rows
    const members = data.filter((_, i) => top === undefined || (markers[i] && LEVEL_RANK[markers[i]!.level] === top));
    const columns = row.cells?.length ?? 0;
    for (let c = 1; c < columns; c++) {
      const head = header ? cellText(header, c) : '';
      if (/[%％]|比|率|增减|变动|幅/.test(head)) continue;
      const total = cellFigure(row, c);
      if (!total) continue;
      const comps = members.map((r) => ({ r, f: cellFigure(r, c) }));
      if (comps.length === 0 || comps.some((x) => !x.f || x.f.dimension !== total.dimension)) continue;
      this.claims.push({
        kind: 'sum',
        subject: `${label}行${head.trim() ? `“${head.trim()}”列` : ''}`,
        total,
        components: comps.map((x) => ({ figure: x.f!, label: cellText(x.r, 0).trim() })),
        complete: true,
        shape: 'table-row',
      });
    }
  }

  /**
   * "其中：购置费" marks only the first row of a detail run; the rows after it that are
   * flush left ("运行维护费") belong to the run when, with the 其中 row, they add up to
   * the row above it in every column the 合计 row fills — the parts of one figure, not
   * members of the 合计. Without that proof they stay members.
   */
  private detailRuns(
    rows: Block[],
    totalRow: Block,
    additive: (c: number) => boolean,
    ofWhich: (r: Block) => boolean,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
    detail: Set<Block>,
  ): void {
    const columns: number[] = [];
    for (let c = 1; c < (totalRow.cells?.length ?? 0); c++) if (additive(c) && cellFigure(totalRow, c) && cellFigure(totalRow, c)!.dimension !== 'percent') columns.push(c);
    if (columns.length === 0) return;
    for (let i = 1; i < rows.length; i++) {
      if (!ofWhich(rows[i])) continue;
      let p = i - 1;
      while (p >= 0 && detail.has(rows[p])) p--;
      if (p < 0) continue;
      const parent = rows[p];
      // A run is a handful of rows; looking further would make a long table quadratic.
      for (let k = i + 1; k < Math.min(rows.length, i + 6) && !ofWhich(rows[k]); k++) {
        const run = rows.slice(i, k + 1);
        const adds = columns.every((c) => {
          const whole = cellFigure(parent, c);
          const parts = run.map((r) => cellFigure(r, c));
          if (!whole || parts.some((f) => !f || !compatible(f, whole))) return false;
          return meets(sum(parts.map((f) => intervalOf(f!))), intervalOf(whole));
        });
        if (adds) {
          for (const r of run) detail.add(r);
          break;
        }
      }
    }
  }

  /** 项目 | 合计 | 基本支出 | 项目支出: the 合计 column adds up the columns after it. */
  private totalColumn(
    rows: Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    if (!header?.cells) return;
    const heads = header.cells.map((_, c) => cellText(header, c).trim());
    const t = heads.findIndex((h, c) => c > 0 && /^(?:合计|总计|小计)$/.test(h));
    if (t < 0) return;
    // Components run from the column after 合计 up to one that is another measure;
    // when 合计 is the last column, they are the columns before it.
    const measure = /合计|总计|上年|预算数|决算数|[%％]|比|率|增减|变动/;
    let cols: number[] = [];
    for (let c = t + 1; c < heads.length && !measure.test(heads[c]); c++) cols.push(c);
    if (cols.length < 2) {
      cols = [];
      for (let c = t - 1; c >= 1 && !measure.test(heads[c]); c--) cols.unshift(c);
    }
    if (cols.length < 2) return;
    for (const row of rows) {
      if (row.table!.header) continue;
      const total = cellFigure(row, t);
      const comps = cols.map((c) => cellFigure(row, c));
      if (!total || comps.some((f) => !f || f.dimension !== total.dimension)) continue;
      this.claims.push({
        kind: 'sum',
        subject: `“${cellText(row, 0).trim()}”行${heads[t]}`,
        total,
        components: comps.map((f, i) => ({ figure: f!, label: heads[cols[i]] })),
        complete: true,
        shape: 'table-column',
      });
    }
  }
}

export function extractSums(ctx: ExtractContext): SumClaim[] {
  return new SumExtractor(ctx).run();
}
