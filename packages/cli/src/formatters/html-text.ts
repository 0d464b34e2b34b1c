/**
 * A linted text as HTML, one numbered row per line, with every finding cut
 * into it: the one renderer of `--format html` (html.ts) and of the web page
 * (packages/web/src/report.ts). Pure string work with no Node import, so the
 * page bundles it as it is.
 *
 * A finding's own figure is a `mark.hl.hl-{level}` (data-f: the ids of its
 * findings, space separated); every other figure a finding names is a
 * `span.rel` (data-r: the findings' ids; data-rk: `id:n` for its place in
 * each finding's list of related figures). A click on either side can so find
 * the other. Everything that comes from a document is HTML-escaped.
 */

export type Level = 'error' | 'warning' | 'info';
export const LEVEL_LABEL: Record<Level, string> = { error: '错误', warning: '警告', info: '提示' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface TextLine {
  start: number;
  end: number;
}

/** The lines of a text as offsets, for CRLF, LF and lone CR alike (the line numbers the linter reports). */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

export interface TextMark {
  start: number;
  end: number;
  /** The finding this mark belongs to. */
  id: string;
  /** undefined: the finding's own figure; else the 1-based related figure. */
  related?: number;
  level: Level;
  /** Hover text. */
  title: string;
  /** An anchor id placed where the mark starts, for links into the text. */
  anchor?: string;
}

export interface TextOptions {
  /** Line rows get the ids `${docId}-L${n}`. */
  docId: string;
  /** Shown at the start of a line where it changes: the page or paragraph of the document the line comes from. */
  lineLabel?: (line: TextLine) => string;
  /** Word or PDF text read as Markdown: table pipes are dimmed and the |---| row is faint, so rows read as a table. */
  convertedTables?: boolean;
}

const DELIMITER_ROW = /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

const worst = (ms: TextMark[]): Level => (ms.some((m) => m.level === 'error') ? 'error' : ms.some((m) => m.level === 'warning') ? 'warning' : 'info');

export function renderText(text: string, marks: TextMark[], opts: TextOptions): string {
  const { docId, lineLabel, convertedTables = false } = opts;
  const lines = splitLines(text);
  const lineOf = (off: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // What goes where a mark starts (its anchor; a caret for a finding of no width): on the line its
  // start is on, a start inside a line break counting as that line's end.
  const starting = new Map<number, Array<{ m: TextMark; pos: number }>>();
  for (const m of marks) {
    if (!m.anchor && (m.end > m.start || m.related !== undefined)) continue;
    const i = lineOf(m.start);
    starting.set(i, [...(starting.get(i) ?? []), { m, pos: Math.min(m.start, lines[i].end) }]);
  }
  const out: string[] = [];
  let lastLabel = '';
  lines.forEach((line, i) => {
    const n = i + 1;
    const label = lineLabel && line.end > line.start ? lineLabel(line) : '';
    const labelHtml = label && label !== lastLabel ? `<span class="pl">${escapeHtml(label)}</span>` : '';
    if (label) lastLabel = label;
    const here = marks.filter((m) => m.end > m.start && m.start < line.end && m.end > line.start);
    const points = starting.get(i) ?? [];
    const cuts = new Set<number>([line.start, line.end, ...points.map((p) => p.pos)]);
    for (const m of here) {
      cuts.add(Math.max(m.start, line.start));
      cuts.add(Math.min(m.end, line.end));
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const parts: string[] = [];
    for (let k = 0; k < sorted.length; k++) {
      const a = sorted[k];
      for (const { m, pos } of points) {
        if (pos !== a) continue;
        if (m.anchor) parts.push(`<a class="anchor" id="${m.anchor}"></a>`);
        // A finding with no width (a figure that should be there): a caret where it belongs.
        if (m.start === m.end && m.related === undefined) {
          parts.push(`<mark class="hl hl-${m.level} hl-empty" data-f="${m.id}" tabindex="0" role="button" title="${escapeHtml(m.title)}"></mark>`);
        }
      }
      const b = sorted[k + 1];
      if (b === undefined || b <= a) continue;
      const raw = escapeHtml(text.slice(a, b));
      const chunk = convertedTables ? raw.replace(/\|/g, '<span class="pipe">|</span>') : raw;
      const covering = here.filter((m) => m.start <= a && m.end >= b);
      if (!covering.length) {
        parts.push(chunk);
        continue;
      }
      const own = covering.filter((m) => m.related === undefined);
      const rel = covering.filter((m) => m.related !== undefined);
      const classes: string[] = [];
      const attrs: string[] = [];
      if (own.length) {
        classes.push('hl', `hl-${worst(own)}`);
        attrs.push(`data-f="${own.map((m) => m.id).join(' ')}"`, 'tabindex="0"', 'role="button"', `title="${escapeHtml(own.map((m) => m.title).join('\n'))}"`);
      }
      if (rel.length) {
        classes.push('rel');
        attrs.push(`data-r="${[...new Set(rel.map((m) => m.id))].join(' ')}"`, `data-rk="${rel.map((m) => `${m.id}:${m.related}`).join(' ')}"`);
        if (!own.length) attrs.push(`title="${escapeHtml([...new Set(rel.map((m) => m.title))].join('\n'))}"`);
      }
      const tag = own.length ? 'mark' : 'span';
      parts.push(`<${tag} class="${classes.join(' ')}" ${attrs.join(' ')}>${chunk}</${tag}>`);
    }
    const cls = convertedTables && DELIMITER_ROW.test(text.slice(line.start, line.end)) ? 'line table-sep' : 'line';
    out.push(`<div class="${cls}" id="${docId}-L${n}"><a class="ln" href="#${docId}-L${n}">${n}</a><span class="tx">${labelHtml}${parts.join('')}</span></div>`);
  });
  return out.join('\n');
}

/**
 * A report as one self-contained page: styles and script inline, nothing
 * fetched, so it can be mailed, attached to a CI run or opened from disk.
 */
export function reportPage(parts: { css: string; body: string; bodyClass?: string; script?: string }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="budgetlint">
<title>budgetlint 检查报告</title>
<style>${parts.css}</style>
</head>
<body${parts.bodyClass ? ` class="${parts.bodyClass}"` : ''}>
${parts.body}
${parts.script ? `<script>${parts.script}</script>\n` : ''}</body>
</html>
`;
}
