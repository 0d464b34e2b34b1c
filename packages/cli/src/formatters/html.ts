import { isAbsolute, relative, sep } from 'node:path';
import type { FileResult, Formatter, FormatContext, JsonMessage } from '../types.ts';

type RuleInfo = FormatContext['rules'][number];

/** A rule as a reader meets it: its Chinese name, then its id (which links to its documentation). */
function ruleLabel(id: string | null, rule: RuleInfo | undefined): string {
  if (!id) return '<span class="rule"><span class="rule-name">未使用的屏蔽注释</span> <code>unused-disable-directive</code></span>';
  const name = rule?.title ?? rule?.description;
  const code = rule ? `<a href="${escapeHtml(rule.docsUrl)}" target="_blank" rel="noopener"><code>${escapeHtml(id)}</code></a>` : `<code>${escapeHtml(id)}</code>`;
  return `<span class="rule">${name ? `<span class="rule-name">${escapeHtml(name)}</span> ` : ''}${code}</span>`;
}
import { isInfo } from '../messages.ts';
import { placeAt, placeLabel } from '../inputs/places.ts';
import { escapeHtml, LEVEL_LABEL as LABEL, renderText, reportPage, type Level, type TextMark } from './html-text.ts';

/**
 * `--format html`: one self-contained page for the whole run (inline CSS and
 * JS, no external assets, safe to attach to a CI run or mail to a drafter).
 *
 * - Findings come first: a summary table per rule (its Chinese name and id),
 *   then, for each document with findings, its list of findings — each
 *   linking to its place in the text — and then its text, shown line by line
 *   with every finding highlighted in place (`.hl.hl-error` red,
 *   `.hl.hl-warning` amber, `.hl.hl-info` blue) and every other figure of a
 *   finding marked `.rel`.
 * - Hovering a highlight shows its message (title); clicking it, or its entry
 *   in the list, selects the finding: the popover shows the message, rule and
 *   related figures (links to their anchors), and those figures are
 *   highlighted (`.rel-on`).
 * - Documents with nothing to report come last, collapsed (`<details>`).
 * Everything that comes from a document or a path is HTML-escaped.
 */

const levelOf = (m: JsonMessage): Level => (isInfo(m) ? 'info' : m.severity === 2 ? 'error' : 'warning');

function shownPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath).split(sep).join('/');
}

type Span = { line: number; column: number; endLine: number; endColumn: number };

function offsets(file: FileResult, s: Span): [number, number] {
  const li = file.result.lines;
  const a = li.offset({ line: s.line, column: s.column });
  const b = Math.max(a, li.offset({ line: s.endLine, column: s.endColumn }));
  return [a, b];
}

function renderFinding(file: FileResult, m: JsonMessage, id: string, fileId: string, n: number, ctx: FormatContext): string {
  const level = levelOf(m);
  const rule = m.ruleId ? ctx.rules.find((r) => r.id === m.ruleId) : undefined;
  const ruleHtml = ruleLabel(m.ruleId, rule);
  const related = (m.relatedLocations ?? [])
    .map(
      (r, j) =>
        `<li><a href="#${fileId}-m${n}-r${j + 1}" data-goto="${fileId}-m${n}-r${j + 1}">${escapeHtml(r.message)}</a> <span class="pos">${escapeHtml(placeLabel(r) ? `${placeLabel(r)} ${r.line}:${r.column}` : `第 ${r.line} 行`)}</span></li>`,
    )
    .join('');
  return (
    `<li class="finding sev-${level}" data-f="${id}">` +
    `<span class="badge sev-${level}">${LABEL[level]}</span> ` +
    `<a class="pos" href="#${fileId}-m${n}" data-goto="${fileId}-m${n}" title="跳到原文第 ${m.line} 行">${escapeHtml(placeLabel(m) ? `${placeLabel(m)} ${m.line}:${m.column}` : `第 ${m.line} 行`)}</a> ` +
    (m.quote ? `<span class="quote">「${escapeHtml(m.quote)}」</span> ` : '') +
    `<span class="msg">${escapeHtml(m.message)}</span> ${ruleHtml}` +
    (related ? `<ul class="related">${related}</ul>` : '') +
    `</li>`
  );
}

function renderFile(file: FileResult, index: number, ctx: FormatContext): string {
  const fileId = `f${index}`;
  const marks: TextMark[] = [];
  file.messages.forEach((m, n) => {
    const id = `${fileId}-${n}`;
    const level = levelOf(m);
    // The text view marks the figure the rule names, not its whole statement: a sentence-long
    // highlight would hide the related figures marked inside it. The list says where the statement starts.
    const [s, e] = offsets(file, m.focus ?? m);
    const title = `${LABEL[level]} ${m.ruleId ?? 'unused-disable-directive'}：${m.message}`;
    marks.push({ start: s, end: e, id, level, anchor: `${fileId}-m${n}`, title });
    (m.relatedLocations ?? []).forEach((r, j) => {
      const [rs, re] = offsets(file, r);
      marks.push({ start: rs, end: re, id, related: j + 1, level, anchor: `${fileId}-m${n}-r${j + 1}`, title });
    });
  });
  const counts = (['error', 'warning', 'info'] as const)
    .map((l) => [l, file.messages.filter((m) => levelOf(m) === l).length] as const)
    .filter(([, c]) => c)
    .map(([l, c]) => `<span class="badge sev-${l}">${c} ${LABEL[l]}</span>`)
    .join(' ');
  const kind =
    file.kind === 'docx'
      ? 'Word 文档（显示提取出的文字：每段一行，表格为 Markdown 表格）'
      : file.kind === 'pdf'
        ? 'PDF（显示重建的文字：每段一行，表格为 Markdown 表格，行旁标出页码）'
        : file.kind === 'markdown'
          ? 'Markdown'
          : '纯文本';
  const waived = file.fileSuppressed?.length ? ` · <span class="waived">另有 ${file.fileSuppressed.length} 处已在 budgetlint-suppressions.json 中忽略</span>` : '';
  const meta = `${escapeHtml(kind)} · ${escapeHtml(file.encoding)} · ${counts || '<span class="ok">没有发现问题</span>'}${waived}`;
  const lineCount = file.source.split(/\r\n|\r|\n/).length;
  const rendered = renderText(file.source, marks, {
    docId: fileId,
    // Beside the line: the page (PDF) or paragraph (Word) it comes from, where that changes.
    lineLabel: file.places ? (line) => placeLabel(placeAt(file.places, line.start) ?? {}) : undefined,
    convertedTables: file.kind === 'docx' || file.kind === 'pdf',
  });
  const text = `<div class="doc">\n${rendered}\n</div>`;
  const path = escapeHtml(shownPath(file.filePath, ctx.cwd));
  if (!file.messages.length) {
    // Nothing to read here: one line, the text a click away.
    return `<details class="file clean" id="${fileId}"><summary><span class="path">${path}</span> <span class="meta">${meta}</span></summary>
${text}
</details>`;
  }
  return `<section class="file" id="${fileId}">
<h2>${path}</h2>
<p class="meta">${meta}</p>
<ol class="findings">${file.messages.map((m, n) => renderFinding(file, m, `${fileId}-${n}`, fileId, n, ctx)).join('\n')}</ol>
<details class="source" open><summary>原文（${lineCount} 行，问题处已标出）</summary>
${text}
</details>
</section>`;
}

function renderSummary(results: FileResult[], ctx: FormatContext): string {
  const byRule = new Map<string, Map<number, Record<Level, number>>>();
  results.forEach((file, i) => {
    for (const m of file.messages) {
      const id = m.ruleId ?? 'unused-disable-directive';
      const files = byRule.get(id) ?? new Map<number, Record<Level, number>>();
      byRule.set(id, files);
      const c = files.get(i) ?? { error: 0, warning: 0, info: 0 };
      files.set(i, c);
      c[levelOf(m)]++;
    }
  });
  if (!byRule.size) return `<p class="ok">${results.length > 1 ? `所有 ${results.length} 个文件都没有发现问题。` : '没有发现问题。'}</p>`;
  const order = [...ctx.rules.map((r) => r.id), ...[...byRule.keys()].filter((id) => !ctx.rules.some((r) => r.id === id))];
  const rows: string[] = [];
  for (const id of order) {
    const files = byRule.get(id);
    if (!files) continue;
    const rule = ctx.rules.find((r) => r.id === id);
    const entries = [...files.entries()];
    const total = entries.reduce((t, [, c]) => t + c.error + c.warning + c.info, 0);
    entries.forEach(([i, c], k) => {
      const head =
        k === 0
          ? `<th rowspan="${entries.length}" scope="rowgroup" data-rule="${escapeHtml(id)}">${ruleLabel(id === 'unused-disable-directive' ? null : id, rule)}${rule?.title ? `<div class="desc">${escapeHtml(rule.description)}</div>` : ''}<div class="total">共 ${total} 处</div></th>`
          : '';
      rows.push(
        `<tr>${head}<td><a href="#f${i}">${escapeHtml(shownPath(results[i].filePath, ctx.cwd))}</a></td>` +
          `<td class="n${c.error ? ' sev-error' : ''}">${c.error}</td><td class="n${c.warning ? ' sev-warning' : ''}">${c.warning}</td><td class="n${c.info ? ' sev-info' : ''}">${c.info}</td></tr>`,
      );
    });
  }
  return `<table class="summary"><thead><tr><th>规则</th><th>文件</th><th>错误</th><th>警告</th><th>提示</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

const CSS = `
:root{--err:#dc2626;--err-bg:#fde2e2;--warn:#b45309;--warn-bg:#fdecc8;--info:#2563eb;--info-bg:#dbeafe;--rel:#0f766e;--rel-bg:#ccfbf1;--fg:#1f2328;--muted:#656d76;--line:#d0d7de}
*{box-sizing:border-box}
body{margin:0;font:15px/1.7 "Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--fg);background:#f6f8fa}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:20px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:0 0 4px;word-break:break-all}
.totals,.meta{color:var(--muted);margin:0 0 12px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px;margin:16px 0}
table.summary{border-collapse:collapse;width:100%}
.summary th,.summary td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
.summary thead th{background:#f6f8fa}
.summary td.n{text-align:right;font-variant-numeric:tabular-nums;width:4em}
.summary .desc{font-weight:normal;color:var(--muted);font-size:13px}
.summary .total{font-weight:normal;font-size:13px}
.totals .sev-error{color:var(--err)}.totals .sev-warning{color:var(--warn)}
td.sev-error{color:var(--err);font-weight:bold}td.sev-warning{color:var(--warn);font-weight:bold}td.sev-info{color:var(--info)}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;line-height:20px;font-weight:bold}
.badge.sev-error{background:var(--err-bg);color:var(--err)}.badge.sev-warning{background:var(--warn-bg);color:var(--warn)}.badge.sev-info{background:var(--info-bg);color:var(--info)}
.ok{color:#1a7f37}
.doc{border:1px solid var(--line);border-radius:6px;overflow:auto;background:#fff}
.line{display:grid;grid-template-columns:3.5em 1fr;min-height:1.7em}
.line:target{background:#fff8c5}
.pl{float:right;margin-left:8px;color:var(--muted);font:11px/2.1 ui-monospace,monospace;user-select:none}
.quote{color:var(--muted)}
.ln{color:#8c959f;text-align:right;padding-right:10px;font:12px/2.1 ui-monospace,monospace;text-decoration:none;user-select:none;border-right:1px solid var(--line);background:#f6f8fa}
.tx{white-space:pre-wrap;word-break:break-word;tab-size:4;padding:0 10px}
mark.hl{color:inherit}
.pipe{color:#afb8c1}
.line.table-sep .tx{color:#d0d7de;font-size:12px}
.hl{cursor:pointer;border-radius:2px;text-decoration-line:underline;text-decoration-style:wavy;text-decoration-thickness:1px;text-underline-offset:3px}
.hl-error{background:var(--err-bg);text-decoration-color:var(--err)}
.hl-warning{background:var(--warn-bg);text-decoration-color:var(--warn)}
.hl-info{background:var(--info-bg);text-decoration-color:var(--info)}
.hl-empty::before{content:"‸";color:var(--err);font-weight:bold}
.hl:hover,.hl:focus{outline:2px solid currentColor;outline-offset:1px}
.hl.sel{outline:2px solid var(--fg);outline-offset:1px}
.hl-error.sel{background:#fbb4b4}.hl-warning.sel{background:#fbd38d}
.rel{border-bottom:2px dotted var(--rel)}
.rel.rel-on{background:var(--rel-bg);outline:2px solid var(--rel);outline-offset:1px;border-bottom-color:transparent}
.flash{animation:flash 1.2s ease-out}
@keyframes flash{0%{box-shadow:0 0 0 4px #facc15}100%{box-shadow:0 0 0 0 transparent}}
ol.findings{margin:12px 0 0;padding-left:2em}
.finding{margin:4px 0;padding:2px 6px;border-radius:4px;cursor:pointer}
.finding.active{background:#eef6ff}
.finding .pos{font:12px ui-monospace,monospace;color:var(--muted)}
.rule code{font:12px ui-monospace,monospace;color:var(--muted)}
.rule-name{font-weight:bold}
.finding .rule{font-size:13px}
details.clean{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 16px;margin:8px 0}
details.clean>summary{cursor:pointer}
details.clean .path{font-weight:bold;word-break:break-all}
details.clean .meta{margin:0}
details.source>summary{cursor:pointer;color:var(--muted);margin:12px 0 6px}
.waived{color:var(--muted)}
h2.group{font-size:15px;color:var(--muted);margin:24px 0 8px}
.related{margin:2px 0 4px;padding-left:1.5em;font-size:14px}
#popover{position:absolute;z-index:10;max-width:min(560px,90vw);background:#fff;border:1px solid var(--line);border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.15);padding:8px 12px}
#popover[hidden]{display:none}
#popover ol{list-style:none;margin:0;padding:0}
#popover .close{position:absolute;right:6px;top:2px;border:0;background:none;font-size:18px;cursor:pointer;color:var(--muted)}
@media print{#popover{display:none}.hl{outline:none}}
`;

const JS = `
(function(){
  var pop=document.getElementById('popover');
  var list=pop.querySelector('ol');
  function clear(){
    document.querySelectorAll('.sel,.rel-on,.finding.active').forEach(function(e){e.classList.remove('sel','rel-on','active')});
  }
  function close(){clear();pop.hidden=true;}
  function select(ids,at){
    clear();
    list.textContent='';
    ids.forEach(function(id){
      document.querySelectorAll('.hl[data-f~="'+id+'"]').forEach(function(e){e.classList.add('sel')});
      document.querySelectorAll('.rel[data-r~="'+id+'"]').forEach(function(e){e.classList.add('rel-on')});
      var item=document.querySelector('li.finding[data-f="'+id+'"]');
      if(item){item.classList.add('active');var c=item.cloneNode(true);c.classList.remove('active');list.appendChild(c);}
    });
    var anchor=at||document.querySelector('.hl[data-f~="'+ids[0]+'"]');
    if(!anchor){pop.hidden=true;return;}
    var r=anchor.getBoundingClientRect();
    pop.hidden=false;
    pop.style.left=Math.max(8,Math.min(window.scrollX+r.left,window.scrollX+document.documentElement.clientWidth-pop.offsetWidth-8))+'px';
    pop.style.top=(window.scrollY+r.bottom+6)+'px';
  }
  function go(id){
    var a=document.getElementById(id);if(!a)return;
    for(var d=a.closest('details');d;d=d.parentElement&&d.parentElement.closest('details'))d.open=true;
    var n=a.nextElementSibling;
    var t=n&&n.matches('.hl,.rel')?n:a.closest('.line');
    t.scrollIntoView({block:'center'});
    t.classList.remove('flash');void t.offsetWidth;t.classList.add('flash');
  }
  document.addEventListener('click',function(ev){
    var t=ev.target;
    var goto=t.closest&&t.closest('[data-goto]');
    if(goto){ev.preventDefault();go(goto.getAttribute('data-goto'));history.replaceState(null,'','#'+goto.getAttribute('data-goto'));
      var owner=goto.closest('li.finding');if(owner&&!pop.contains(owner)){var ids=[owner.getAttribute('data-f')];select(ids,document.querySelector('.hl[data-f~="'+ids[0]+'"]'));}
      return;}
    if(t.closest&&t.closest('#popover .close')){close();return;}
    var hl=t.closest&&t.closest('.hl');
    if(hl){select(hl.getAttribute('data-f').split(' '),hl);return;}
    var item=t.closest&&t.closest('li.finding');
    if(item&&!pop.contains(item)){var id=item.getAttribute('data-f');var h=document.querySelector('.hl[data-f~="'+id+'"]');if(h){var d=h.closest('details');if(d)d.open=true;h.scrollIntoView({block:'center'});}select([id],h);return;}
    if(!pop.contains(t))close();
  });
  document.addEventListener('keydown',function(ev){
    if(ev.key==='Escape')close();
    var t=ev.target;
    if((ev.key==='Enter'||ev.key===' ')&&t.classList&&t.classList.contains('hl')){ev.preventDefault();select(t.getAttribute('data-f').split(' '),t);}
  });
  var m=/^#(f\\d+)-m(\\d+)$/.exec(location.hash);
  if(m){var id=m[1]+'-'+m[2];var h=document.querySelector('.hl[data-f~="'+id+'"]');if(h){h.scrollIntoView({block:'center'});select([id],h);}}
})();
`;

export const html: Formatter = (results, ctx) => {
  const count = (l: Level) => results.reduce((t, f) => t + f.messages.filter((m) => levelOf(m) === l).length, 0);
  const totals = `${results.length} 个文件 · <span class="sev-error">${count('error')} 个错误</span> · <span class="sev-warning">${count('warning')} 个警告</span> · ${count('info')} 个提示`;
  // Ids stay those of the run's order (f0, f1…), so links into a report keep working whatever is shown first.
  const indexed = results.map((f, i) => ({ f, i }));
  const withFindings = indexed.filter(({ f }) => f.messages.length);
  const clean = indexed.filter(({ f }) => !f.messages.length);
  const body = `<header>
<h1>budgetlint 检查报告</h1>
<p class="totals">${totals}</p>
</header>
<main>
<section id="summary">
<h2>按规则汇总</h2>
${renderSummary(results, ctx)}
</section>
${withFindings.map(({ f, i }) => renderFile(f, i, ctx)).join('\n')}
${clean.length ? `<h2 class="group">没有发现问题的文件（${clean.length} 个，点击展开原文）</h2>\n${clean.map(({ f, i }) => renderFile(f, i, ctx)).join('\n')}` : ''}
</main>
<div id="popover" role="dialog" aria-label="问题详情" hidden><button class="close" type="button" aria-label="关闭">×</button><ol></ol></div>`;
  return reportPage({ css: CSS, body, script: JS });
};
