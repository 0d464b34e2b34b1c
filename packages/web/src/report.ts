/**
 * What the page shows for checked drafts, as HTML strings (pure: no DOM, so
 * the same code renders the live page, the saved report, and the tests).
 *
 * Every finding's own figure is highlighted in the text (`mark.hl`, red for
 * errors, amber for warnings, blue for hints) and every other figure it names
 * is marked (`.rel`, dotted underline). Both carry the ids of their findings
 * (data-f / data-r, space separated), so a click on either side finds the other.
 * Everything that comes from a document is HTML-escaped.
 */
import { applySuppressions, defaultConfig, lint, type Finding, type ResolvedConfig, type SuppressionEntry, type Suppressions } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import type { Draft } from './read.ts';

export type Level = 'error' | 'warning' | 'info';
export const LEVEL_LABEL: Record<Level, string> = { error: '错误', warning: '警告', info: '提示' };

export interface Checked {
  draft: Draft;
  /** The draft's key in a suppressions file (see pathIn). */
  path: string;
  /** Every finding before suppressions. */
  all: Finding[];
  /** What is shown: `all` less the suppressed. */
  findings: Finding[];
  suppressed: Array<{ finding: Finding; entry: SuppressionEntry }>;
  counts: Record<Level, number>;
  /** Rules that threw on this draft (reported, not fatal). */
  failures: string[];
}

export interface Unreadable {
  name: string;
  message: string;
}

/** Each rule's short Chinese name (its description where it has none). */
export const RULE_NAMES: ReadonlyMap<string, string> = new Map(rules.map((r) => [r.id, r.title ?? r.description]));

/**
 * Where a suppressions file lists a dropped draft. Its keys are paths
 * relative to its own folder ("说明/草稿.txt"); the browser knows only the
 * file's name, so the key that is the name wins, else the one key whose last
 * part is the name. Anything else is the name itself (a new entry).
 */
export function pathIn(s: Suppressions | undefined, name: string): string {
  if (!s || s.files[name]) return name;
  const same = Object.keys(s.files).filter((k) => k.split('/').pop() === name);
  return same.length === 1 ? same[0] : name;
}

/** The findings a suppressions file silences, moved out of the shown ones. */
export function withSuppressions(c: Checked, s: Suppressions | undefined): Checked {
  const path = pathIn(s, c.draft.name);
  const { kept, suppressed } = applySuppressions(s, path, c.all, c.draft.text);
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0 };
  for (const f of kept) counts[f.severity]++;
  return { ...c, path, findings: kept, suppressed, counts };
}

/** Lints one draft with the same rules and defaults as `budgetlint` without a config file. */
export function checkDraft(draft: Draft, opts: { config?: ResolvedConfig; suppressions?: Suppressions } = {}): Checked {
  const result = lint(draft.text, { filePath: draft.name, format: draft.format, rules, config: opts.config ?? defaultConfig() });
  // Hints ('info') are what `--include-info` shows; the page, like the CLI by default, leaves them out.
  const all = result.findings.filter((f) => f.severity !== 'info');
  const base: Checked = { draft, path: draft.name, all, findings: all, suppressed: [], counts: { error: 0, warning: 0, info: 0 }, failures: result.ruleFailures.map((f) => f.ruleId) };
  return withSuppressions(base, opts.suppressions);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

interface Mark {
  start: number;
  end: number;
  /** "d{doc}-{n}": the finding this mark belongs to. */
  id: string;
  /** undefined: the finding's own figure; else the 1-based related figure. */
  related?: number;
  level: Level;
  title: string;
}

interface Line {
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

const worst = (ms: Mark[]): Level => (ms.some((m) => m.level === 'error') ? 'error' : ms.some((m) => m.level === 'warning') ? 'warning' : 'info');

/** The draft's text, one numbered row per line, with the marks cut into it. */
/**
 * A Word or PDF table reaches the linter as a Markdown pipe table; shown to a
 * drafter, its pipes are dimmed and its |---| row is faint, so the rows read as a table.
 */
const DELIMITER_ROW = /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

export function renderText(text: string, marks: Mark[], docId: string, convertedTables = false): string {
  const lines = splitLines(text);
  // A mark starting on a line break belongs to the end of the line before it.
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
  const empties = new Map<number, Mark[]>();
  for (const m of marks) {
    if (m.end > m.start || m.related !== undefined) continue;
    const i = lineOf(m.start);
    empties.set(i, [...(empties.get(i) ?? []), m]);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    const here = marks.filter((m) => m.end > m.start && m.start < line.end && m.end > line.start);
    const carets = (empties.get(i) ?? []).map((m) => ({ ...m, start: Math.min(m.start, line.end) }));
    const cuts = new Set<number>([line.start, line.end, ...carets.map((m) => m.start)]);
    for (const m of here) {
      cuts.add(Math.max(m.start, line.start));
      cuts.add(Math.min(m.end, line.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const parts: string[] = [];
    for (let k = 0; k < points.length; k++) {
      const a = points[k];
      for (const c of carets) {
        if (c.start === a) parts.push(`<mark class="hl hl-${c.level} hl-empty" data-f="${c.id}" tabindex="0" title="${escapeHtml(c.title)}"></mark>`);
      }
      const b = points[k + 1];
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
      const attrs: string[] = [];
      const classes: string[] = [];
      if (own.length) {
        classes.push('hl', `hl-${worst(own)}`);
        attrs.push(`data-f="${own.map((m) => m.id).join(' ')}"`, 'tabindex="0"', `title="${escapeHtml(own.map((m) => m.title).join('\n'))}"`);
      }
      if (rel.length) {
        classes.push('rel');
        attrs.push(`data-r="${[...new Set(rel.map((m) => m.id))].join(' ')}"`, `data-rk="${rel.map((m) => `${m.id}:${m.related}`).join(' ')}"`);
        if (!own.length) attrs.push(`title="${escapeHtml([...new Set(rel.map((m) => m.title))].join('\n'))}"`);
      }
      parts.push(`<${own.length ? 'mark' : 'span'} class="${classes.join(' ')}" ${attrs.join(' ')}>${chunk}</${own.length ? 'mark' : 'span'}>`);
    }
    const cls = convertedTables && DELIMITER_ROW.test(text.slice(line.start, line.end)) ? 'line table-sep' : 'line';
    out.push(`<div class="${cls}" id="${docId}-L${i + 1}"><span class="ln">${i + 1}</span><span class="tx">${parts.join('')}</span></div>`);
  });
  return out.join('\n');
}

function lineNumber(lines: Line[], offset: number): number {
  let n = 1;
  for (let i = 1; i < lines.length && lines[i].start <= offset; i++) n = i + 1;
  return n;
}

const KIND_NOTE: Record<Draft['kind'], string> = {
  docx: 'Word 文档（下面是提取出的文字：每段一行，表格显示为表格行）',
  pdf: 'PDF（下面是提取出的文字）',
  markdown: 'Markdown 文本',
  text: '纯文本',
};

export function renderFinding(f: Finding, id: string, lines: Line[], ignorable = false): string {
  const name = RULE_NAMES.get(f.ruleId);
  const related = f.related
    .map((r, j) => `<li><a href="#" class="goto-rel" data-f="${id}" data-rel="${j + 1}">${escapeHtml(r.label)}</a> <span class="where">第 ${lineNumber(lines, r.range.start)} 行</span></li>`)
    .join('');
  return (
    `<li class="finding sev-${f.severity}" data-f="${id}" tabindex="0">` +
    `<div class="head"><span class="badge sev-${f.severity}">${LEVEL_LABEL[f.severity]}</span> <span class="where">第 ${f.statement?.line ?? f.line} 行</span> ` +
    `<span class="rule">${escapeHtml(name ?? f.ruleId)}<code>${escapeHtml(f.ruleId)}</code></span></div>` +
    `<div class="msg">${escapeHtml(f.message)}</div>` +
    (related ? `<ul class="related" aria-label="相关数字">${related}</ul>` : '') +
    (ignorable ? `<div class="ignore-row"><button type="button" class="ignore" data-f="${id}">核实无误，忽略此处…</button></div>` : '') +
    `</li>`
  );
}

function countsHtml(counts: Record<Level, number>): string {
  const parts = (['error', 'warning'] as const).filter((l) => counts[l]).map((l) => `<span class="badge sev-${l}">${counts[l]} 处${LEVEL_LABEL[l]}</span>`);
  return parts.length ? parts.join(' ') : '<span class="ok">未发现矛盾</span>';
}

function renderSuppressed(c: Checked): string {
  if (!c.suppressed.length) return '';
  const items = c.suppressed
    .map(({ finding, entry }) => {
      const who = [entry.by, entry.at ? entry.at.slice(0, 10) : ''].filter(Boolean).join('，');
      return (
        `<li><span class="where">第 ${finding.statement?.line ?? finding.line} 行</span> ${escapeHtml(finding.message)}` +
        `<div class="why">忽略原因：${escapeHtml(entry.reason ?? '（未写明）')}${who ? `（${escapeHtml(who)}）` : ''}</div></li>`
      );
    })
    .join('');
  return `<details class="suppressed"><summary>已忽略 ${c.suppressed.length} 处（记录在 budgetlint-suppressions.json 中）</summary><ul>${items}</ul></details>`;
}

/** One checked draft: its name and counts, the findings list, then the text. `ignorable`: each finding offers to be ignored. */
export function renderDocument(c: Checked, index: number, ignorable = false): string {
  const docId = `d${index}`;
  const lines = splitLines(c.draft.text);
  const marks: Mark[] = [];
  c.findings.forEach((f, n) => {
    const id = `${docId}-${n}`;
    const title = `${LEVEL_LABEL[f.severity]}：${f.message}`;
    // As in the CLI's HTML report: the text marks the figure the rule names, the list says where its statement starts.
    marks.push({ start: f.range.start, end: f.range.end, id, level: f.severity, title });
    f.related.forEach((r, j) => marks.push({ start: r.range.start, end: r.range.end, id, related: j + 1, level: f.severity, title: `相关数字：${r.label}` }));
  });
  const failures = c.failures.length
    ? `<p class="note">以下检查在本文件上出错而被跳过：${escapeHtml(c.failures.join('、'))}</p>`
    : '';
  const list = c.findings.length
    ? `<ol class="findings">${c.findings.map((f, n) => renderFinding(f, `${docId}-${n}`, lines, ignorable)).join('\n')}</ol>`
    : c.suppressed.length
      ? '<p class="ok clean">其余问题都已核实忽略。</p>'
      : '<p class="ok clean">没有发现文本能够证明的矛盾。</p>';
  return `<article class="document" id="${docId}" data-name="${escapeHtml(c.draft.name)}">
<h2>${escapeHtml(c.draft.name)}</h2>
<p class="meta">${escapeHtml(KIND_NOTE[c.draft.kind])} · ${countsHtml(c.counts)}</p>
${failures}
<div class="panes">
<div class="list-pane"><h3>发现的问题</h3>${list}${renderSuppressed(c)}</div>
<div class="text-pane"><h3>全文</h3><div class="text">
${renderText(c.draft.text, marks, docId, c.draft.format === 'markdown' && (c.draft.kind === 'docx' || c.draft.kind === 'pdf'))}
</div></div>
</div>
</article>`;
}

/** Totals over every checked draft and a count per rule. */
export function renderSummary(checked: Checked[], unreadable: Unreadable[]): string {
  const total: Record<Level, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  const ignored = checked.reduce((n, c) => n + c.suppressed.length, 0);
  for (const c of checked) {
    for (const l of ['error', 'warning'] as const) total[l] += c.counts[l];
    for (const f of c.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  }
  const found = (['error', 'warning'] as const)
    .filter((l) => total[l])
    .map((l) => `<strong class="sev-${l}">${total[l]} 处${LEVEL_LABEL[l]}</strong>`)
    .join('、');
  const also = ignored ? `另有 ${ignored} 处已核实忽略。` : '';
  const head = found
    ? `检查了 ${checked.length} 个文件，发现 ${found}。${also}`
    : checked.length
        ? `检查了 ${checked.length} 个文件，<strong class="ok">${ignored ? '没有未核实的矛盾' : '没有发现文本能够证明的矛盾'}</strong>。${also}`
        : '';
  const rows = rules
    .filter((r) => byRule.has(r.id))
    .map((r) => `<tr><td>${escapeHtml(RULE_NAMES.get(r.id)!)} <code>${escapeHtml(r.id)}</code></td><td class="n">${byRule.get(r.id)}</td></tr>`)
    .join('');
  const perDoc = checked
    .map((c, i) => `<li><a href="#d${i}" class="goto-doc">${escapeHtml(c.draft.name)}</a> ${countsHtml(c.counts)}</li>`)
    .join('');
  const bad = unreadable.map((u) => `<li class="unreadable"><strong>${escapeHtml(u.name)}</strong>：${escapeHtml(u.message)}</li>`).join('');
  return (
    (head ? `<p class="totals">${head}</p>` : '') +
    (perDoc || bad ? `<ul class="docs">${perDoc}${bad}</ul>` : '') +
    (rows ? `<table class="by-rule"><thead><tr><th>问题类型</th><th>处数</th></tr></thead><tbody>${rows}</tbody></table>` : '')
  );
}
