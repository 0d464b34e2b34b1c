import pc from 'picocolors';
import type { Claim, DocFigure, Range, Word } from '@budgetlint/core';
import { CLAIM_KIND_NAMES, COMPARE_NAMES, DEBT_KIND_NAMES, DEBT_MEASURE_NAMES, FIGURE_ROLE_NAMES, HEADING_LEVEL_NAMES } from '@budgetlint/core';
import { displayPath } from '@budgetlint/core/node';
import type { FileResult, FormatContext, Formatter } from '../types.ts';
import { table, truncate } from './text-width.ts';

/**
 * `--print-claims`: for each file, one row per figure (or meaningful word) in
 * each claim the reader understood, with the role it plays there — how a
 * drafter sees why budgetlint said what it said, or why it stayed silent.
 * Figures that entered no claim are listed last ("未归入"): the checker could
 * not tell what they mean, so no rule looked at them.
 */

export interface ClaimRow {
  /** Offset, for ordering. */
  start: number;
  line: number;
  /** The claim kind's id (sum, change…; "—" for a figure no claim used); the table shows its Chinese name. */
  kind: string;
  subject: string;
  value: string;
  unit: string;
  role: string;
  /** Rule ids of findings pointing at this figure: "sum-mismatch" (primary) or "↳sum-mismatch" (related). */
  findings: string;
}

const UP = /增|升|提高|上涨/;

function rateRole(word: Word | undefined): string {
  if (!word) return '增减幅';
  return UP.test(word.text) ? '增幅' : '降幅';
}

function valueOf(f: DocFigure): string {
  const v = f.value.toFixed(f.precision);
  return f.approximate ? `约${v}` : v;
}

interface Item {
  range: Range;
  value: string;
  unit: string;
  role: string;
  subject?: string;
}

const fig = (f: DocFigure, role: string, subject?: string): Item => ({ range: f.range, value: valueOf(f), unit: f.unit, role, subject });
const word = (w: Word, role: string, subject?: string): Item => ({ range: w.range, value: w.text, unit: '', role, subject });

/** The figures of one claim with their roles, in the claim's own order. */
export function claimItems(c: Claim): { kind: string; subject: string; items: Item[] } {
  switch (c.kind) {
    case 'sum': {
      const note = c.complete ? (c.partition ? `（完整：${c.partition}）` : '（完整）') : '';
      const items = [fig(c.total, `合计${note}`, c.subject)];
      c.components.forEach((comp, i) => items.push(fig(comp.figure, `分项（${i + 1}）`, comp.label || c.subject)));
      return { kind: 'sum', subject: c.subject, items };
    }
    case 'change': {
      const items: Item[] = [];
      if (c.current) items.push(fig(c.current, '本期'));
      if (c.prior) items.push(fig(c.prior, `基数（${c.base || '上年'}）`));
      if (c.delta) items.push(fig(c.delta, c.deltaWord ? `变化额（${c.deltaWord.text}）` : '变化额'));
      if (c.rate) items.push(fig(c.rate, rateRole(c.rateWord)));
      if (c.ratio) items.push(fig(c.ratio, `为${c.base || '上年'}的`));
      if (c.flat) items.push(word(c.flat, `持平（与${c.base || '上年'}）`));
      return { kind: 'change', subject: c.subject, items };
    }
    case 'compare':
      return {
        kind: 'compare',
        subject: '',
        items: [fig(c.left, `比较左项（${COMPARE_NAMES[c.op] ?? c.relation.text}）`), word(c.relation, '比较关系'), fig(c.right, '比较右项')],
      };
    case 'debt': {
      const subject = [c.scope, c.date].filter(Boolean).join(' ');
      const role = `${DEBT_KIND_NAMES[c.debtKind] ?? ''}${DEBT_MEASURE_NAMES[c.measure] ?? c.measure}`;
      return { kind: 'debt', subject, items: [fig(c.figure, role)] };
    }
    case 'grade':
      return { kind: 'grade', subject: c.subject, items: [fig(c.score, '得分'), word(c.grade, '等级')] };
    case 'count':
      return {
        kind: 'count',
        subject: c.subject,
        items: [fig(c.count, `数量（列举${c.items.length}项）`), ...c.items.map((w, i) => word(w, `列举（${i + 1}）`))],
      };
    case 'share':
      return { kind: 'share', subject: '', items: [fig(c.part, '部分'), fig(c.share, '占比'), fig(c.total, '总数')] };
    case 'heading':
      return { kind: 'heading', subject: HEADING_LEVEL_NAMES[c.level] ?? c.level, items: [word(c.marker, `标题序号（第${c.ordinal}）`)] };
    case 'year':
      return {
        kind: 'year',
        subject: c.document,
        items: [{ range: c.word.range, value: String(c.year), unit: '年', role: c.role === 'title' ? '标题年份' : '正文年份' }],
      };
    default:
      return { kind: (c as { kind: string }).kind, subject: '', items: [] };
  }
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** All rows for one file: claims in document order, then figures no claim used. */
export function claimRows(file: FileResult): ClaimRow[] {
  const { result } = file;
  const lineOf = (r: Range) => result.lines.position(r.start).line;
  const findingsAt = (r: Range): string => {
    const ids = new Set<string>();
    for (const f of [...result.findings]) {
      if (overlaps(f.range, r)) ids.add(f.ruleId);
      else if (f.related.some((x) => overlaps(x.range, r))) ids.add(`↳${f.ruleId}`);
    }
    return [...ids].join(' ');
  };
  const groups = result.claims.map((c, index) => ({ index, ...claimItems(c) })).filter((g) => g.items.length);
  const firstStart = (g: (typeof groups)[number]) => g.items.reduce((m, i) => Math.min(m, i.range.start), Infinity);
  groups.sort((a, b) => firstStart(a) - firstStart(b) || a.index - b.index);
  const rows: ClaimRow[] = [];
  const used = new Set<string>();
  for (const g of groups) {
    for (const it of g.items) {
      used.add(`${it.range.start}:${it.range.end}`);
      rows.push({
        start: it.range.start,
        line: lineOf(it.range),
        kind: g.kind,
        subject: it.subject ?? g.subject,
        value: it.value,
        unit: it.unit,
        role: it.role,
        findings: findingsAt(it.range),
      });
    }
  }
  const loose = result.figures.filter((f) => !used.has(`${f.range.start}:${f.range.end}`)).sort((a, b) => a.range.start - b.range.start);
  for (const f of loose) {
    rows.push({
      start: f.range.start,
      line: lineOf(f.range),
      kind: '—',
      subject: '',
      value: valueOf(f),
      unit: f.unit,
      role: `未归入（${FIGURE_ROLE_NAMES[f.role] ?? f.role}）`,
      findings: findingsAt(f.range),
    });
  }
  return rows;
}

const HEADER = ['行', '类型', '主题', '数值', '单位', '角色', '问题'];

export function claimsTableFor(file: FileResult, ctx: FormatContext): string {
  const c = pc.createColors(ctx.color);
  const shown = file.filePath.startsWith('<') ? file.filePath : displayPath(ctx.cwd, file.filePath);
  const rows = claimRows(file);
  const title = `${c.underline(shown)}  ${c.dim(`${file.result.claims.length} 条陈述，${file.result.figures.length} 个数字`)}`;
  if (!rows.length) return `${title}\n  （没有读到数字）\n`;
  const cells = rows.map((r) => [
    String(r.line),
    CLAIM_KIND_NAMES[r.kind as keyof typeof CLAIM_KIND_NAMES] ?? r.kind,
    truncate(r.subject, 36),
    truncate(r.value, 24),
    r.unit,
    truncate(r.role, 40),
    r.findings,
  ]);
  const lines = table([HEADER, ...cells], ['r']);
  const out = [title, `  ${c.bold(lines[0])}`];
  lines.slice(1).forEach((l, i) => {
    const row = rows[i];
    const text = `  ${l}`;
    if (row.kind === '—') out.push(c.dim(text));
    else if (row.findings && !row.findings.startsWith('↳')) out.push(c.red(text));
    else out.push(text);
    // A blank line sets the figures no claim used apart.
    const next = rows[i + 1];
    if (next && next.kind === '—' && row.kind !== '—') out.push('');
  });
  return `${out.join('\n')}\n`;
}

/** Formatter-shaped, so it can be used like any --format. */
export const claimsTable: Formatter = (results, ctx) => results.map((r) => claimsTableFor(r, ctx)).join('\n');
