/**
 * What the page shows for checked drafts, as HTML strings (pure: no DOM, so
 * the same code renders the live page, the saved report, and the tests).
 *
 * Every finding's own figure is highlighted in the text (`mark.hl`, red for
 * errors, amber for warnings, blue for hints) and every other figure it names
 * is marked (`.rel`, dotted underline). Both carry the ids of their findings
 * (data-f / data-r, space separated), so a click on either side finds the other.
 * The text itself is rendered by the CLI's HTML report's own renderer
 * (packages/cli/src/formatters/html-text.ts, no Node imports), so the page
 * and `--format html` mark a draft the same way.
 * Everything that comes from a document is HTML-escaped.
 */
import { applySuppressions, defaultConfig, lint, type Finding, type ResolvedConfig, type SuppressionEntry, type Suppressions } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import { escapeHtml, LEVEL_LABEL, renderText, splitLines, type Level, type TextLine, type TextMark } from '../../cli/src/formatters/html-text.ts';
import type { Draft } from './read.ts';

export { escapeHtml, LEVEL_LABEL, renderText, splitLines, type Level };

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

function lineNumber(lines: TextLine[], offset: number): number {
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

export function renderFinding(f: Finding, id: string, lines: TextLine[], ignorable = false): string {
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
  const marks: TextMark[] = [];
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
${renderText(c.draft.text, marks, { docId, convertedTables: c.draft.format === 'markdown' && (c.draft.kind === 'docx' || c.draft.kind === 'pdf') })}
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
