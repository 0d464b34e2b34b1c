import type { Block } from '../document/types.ts';
import { readMarker, type Marker } from '../document/markers.ts';
import { completePartition } from '../domain/tables.ts';
import type { ExtractContext, Sentence } from './context.ts';
import type { Component, DocFigure, SumClaim } from './types.ts';
import { cleanLabel, labelBefore, subjectBefore } from './labels.ts';

const OF_WHICH = /其中[：:，,]?/g;
const ITEM_SEP = /[；;，,、]/g;
// A clause that says what money is for, not what it is made of: the list is over.
const STOP = /^[\s\u3000]*(?:主要)?(?:用于|其余|剩余|余下|另外)/;
const TOTAL_WORD = /(?:合计|共计|总计|总额|共)(?:为|达)?[\s\u3000]*$/;
const LEVEL_RANK: Record<Marker['level'], number> = { part: 0, cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, circled: 5 };

// Money adds across 元/万元/亿元 once scaled; counts only within one classifier (个 is not 项).
const compatible = (a: DocFigure, b: DocFigure) => a.dimension === b.dimension && (a.dimension === 'money' || a.unit === b.unit);
const isAmount = (f: DocFigure) => f.role === 'amount' || f.role === 'new-value';

interface Item {
  start: number;
  end: number;
}

function splitItems(text: string, start: number, end: number): Item[] {
  const items: Item[] = [];
  let s = start;
  ITEM_SEP.lastIndex = start;
  for (let m = ITEM_SEP.exec(text); m && m.index < end; m = ITEM_SEP.exec(text)) {
    items.push({ start: s, end: m.index });
    s = m.index + 1;
  }
  items.push({ start: s, end });
  return items.filter((i) => i.end > i.start);
}

export class SumExtractor {
  readonly claims: SumClaim[] = [];
  /** Figures already used as components, so a later 其中 does not take them as its total. */
  private readonly used = new Set<number>();

  constructor(private readonly ctx: ExtractContext) {}

  run(): SumClaim[] {
    for (const block of this.ctx.doc.blocks) {
      if (block.kind === 'toc' || block.kind === 'table-row') continue;
      const sentences = this.ctx.sentences(block);
      sentences.forEach((s, i) => {
        this.ofWhich(block, sentences, i);
        this.listedThenTotal(s);
      });
    }
    this.tables();
    return this.claims;
  }

  /** The figure a 其中 list belongs to: the last amount before it, skipping changes, rates and shares. */
  private totalBefore(sentences: Sentence[], si: number, at: number): DocFigure | undefined {
    for (let i = si; i >= Math.max(0, si - 1); i--) {
      const before = sentences[i].figures.filter((f) => f.end <= at || i < si).reverse();
      for (const f of before) {
        if (this.used.has(f.id)) return undefined;
        if (f.role === 'amount') return f;
        if (f.dimension === 'count' || f.dimension === 'score') return f;
      }
      if (before.length) return undefined;
    }
    return undefined;
  }

  private ofWhich(block: Block, sentences: Sentence[], si: number): void {
    const s = sentences[si];
    const text = block.text;
    const hits: Array<{ at: number; after: number }> = [];
    OF_WHICH.lastIndex = 0;
    const local = s.text;
    for (let m = OF_WHICH.exec(local); m; m = OF_WHICH.exec(local)) hits.push({ at: s.start + m.index, after: s.start + m.index + m[0].length });
    hits.forEach((hit, k) => {
      const next = hits[k + 1];
      let end = next ? next.at : s.end;
      // （其中一个事前绩效）: a 其中 inside brackets ends at the closing bracket.
      const open = Math.max(text.lastIndexOf('（', hit.at), text.lastIndexOf('(', hit.at));
      const closeBefore = Math.max(text.lastIndexOf('）', hit.at), text.lastIndexOf(')', hit.at));
      if (open > closeBefore) {
        const close = text.slice(hit.after, end).search(/[）)]/);
        if (close >= 0) end = hit.after + close;
      }
      const rest = text.slice(hit.after, end).replace(/[\s\u3000。；;，,]/g, '');
      let components: Component[];
      let shape: SumClaim['shape'] = 'of-which';
      if (!rest && !next && si === sentences.length - 1) {
        components = this.subItems(block);
        shape = 'sub-items';
      } else {
        let items = splitItems(text, hit.after, end);
        // The clause right before the next 其中 is that list's total, not one of ours.
        if (next && items.length && s.figures.some((f) => f.start >= items[items.length - 1].start && f.end <= end)) {
          items = items.slice(0, -1);
        }
        components = [];
        for (const item of items) {
          if (STOP.test(text.slice(item.start, item.end))) break;
          const f = s.figures.find((x) => x.start >= item.start && x.end <= item.end && isAmount(x));
          if (f) components.push({ figure: f, label: labelBefore(text, f.start, item.start) });
        }
      }
      const total = this.totalBefore(sentences, si, hit.at);
      this.add(total, components, shape, text);
    });
  }

  private add(total: DocFigure | undefined, components: Component[], shape: SumClaim['shape'], text: string): void {
    if (!total || components.length === 0) return;
    const comps = components.filter((c) => compatible(c.figure, total));
    // Counts listed after an amount (34832.52万元，其中：良的5个) belong to something unsaid.
    if (comps.length === 0 || comps.length < components.length / 2) return;
    if (total.approximate || comps.some((c) => c.figure.approximate)) return;
    const subject = subjectBefore(text, total.start);
    const partition = completePartition(subject, comps.map((c) => c.label));
    comps.forEach((c) => this.used.add(c.figure.id));
    this.claims.push({ kind: 'sum', subject, total, components: comps, complete: !!partition, partition: partition?.name, shape });
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

  /** 甲3000万元，乙152500万元，丙33120万元，合计188620万元. */
  private listedThenTotal(s: Sentence): void {
    const figs = s.figures;
    for (let k = 2; k < figs.length; k++) {
      const t = figs[k];
      if (!isAmount(t) || !TOTAL_WORD.test(s.block.text.slice(Math.max(s.start, t.start - 6), t.start))) continue;
      if (/其中/.test(s.block.text.slice(s.start, t.start))) return;
      const before = figs.slice(0, k);
      if (!before.every((f) => isAmount(f) && f.dimension === t.dimension)) return;
      const components = before.map((f) => ({ figure: f, label: labelBefore(s.block.text, f.start) }));
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
    const rowsByTable = new Map<number, Block[]>();
    for (const b of this.ctx.doc.blocks) if (b.table) rowsByTable.set(b.table.id, [...(rowsByTable.get(b.table.id) ?? []), b]);
    for (const rows of rowsByTable.values()) {
      const header = rows.find((r) => r.table!.header);
      const cellText = (r: Block, c: number) => (r.cells && r.cells[c] ? r.text.slice(r.cells[c].start, r.cells[c].end) : '');
      const cellFigure = (r: Block, c: number): DocFigure | undefined => {
        const cell = r.cells?.[c];
        if (!cell) return undefined;
        const figs = this.ctx.figuresByBlock[r.index].filter((f) => f.start >= cell.start && f.end <= cell.end);
        return figs.length === 1 && figs[0].role === 'amount' && !figs[0].approximate ? figs[0] : undefined;
      };
      this.totalColumn(rows, header, cellText, cellFigure);
      let groupStart = 1;
      rows.forEach((row, ri) => {
        if (row.table!.header) return;
        const label = cellText(row, 0).trim();
        if (!/^(?:合计|总计|小计|共计|总额)/.test(label)) return;
        const data = rows.slice(groupStart, ri).filter((r) => !/^[\s\u3000]*其中/.test(cellText(r, 0)));
        groupStart = ri + 1;
        const markers = data.map((r) => readMarker(cellText(r, 0)));
        const ranks = markers.filter(Boolean).map((m) => LEVEL_RANK[m!.level]);
        const top = ranks.length ? Math.min(...ranks) : undefined;
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
      });
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
    // Components run from the column after 合计 up to one that is another measure.
    const cols: number[] = [];
    for (let c = t + 1; c < heads.length && !/合计|总计|上年|预算数|决算数|[%％]|比|率|增减|变动/.test(heads[c]); c++) cols.push(c);
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
