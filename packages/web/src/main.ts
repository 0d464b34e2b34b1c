/// <reference lib="dom" />
/**
 * The page: pick or drop drafts, check them here in the browser, show the
 * findings. Nothing is sent anywhere: the file is read with the File API
 * and linted by the bundled core and rules.
 *
 * Suppressions: a `budgetlint-suppressions.json` dropped with the drafts
 * silences the findings it lists (the CLI and the editor read the same file);
 * "忽略此处" on a finding adds an entry with its reason, and the updated file
 * is offered for download, to be put beside the drafts.
 */
import { addSuppressions, parseSuppressions, serializeSuppressions, SUPPRESSIONS_FILE_NAME, type Suppressions } from '@budgetlint/core';
import { ACCEPTED, DraftError, explain, pdfSupported, PDF_UNSUPPORTED, readDraft, registerPdfReader } from './read.ts';
import { readPdf } from './pdf.ts';
import { checkDraft, escapeHtml, renderDocument, renderSummary, withSuppressions, type Checked, type Unreadable } from './report.ts';
import { installViewer } from './viewer.ts';
import { reportPage } from '../../cli/src/formatters/html-text.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const input = $<HTMLInputElement>('file');
const drop = $('drop');
const status = $('status');
const results = $('results');
const summary = $('summary-body');
const docs = $('documents');
const saveSuppressionsButton = $<HTMLButtonElement>('save-suppressions');
const suppressionsNote = $('suppressions-note');

let checked: Checked[] = [];
let unreadable: Unreadable[] = [];
let suppressions: Suppressions | undefined;
/** Entries added on this page and not downloaded yet. */
let unsaved = 0;
/** The name typed last time, offered again. */
let lastBy = '';
/** Files picked while others are being checked replace them: only the latest pick is shown. */
let generation = 0;

function setStatus(text: string, busy = false) {
  status.textContent = text;
  status.classList.toggle('busy', busy);
}

const isSuppressionsFile = (f: File) => f.name.toLowerCase() === SUPPRESSIONS_FILE_NAME;

async function readSuppressions(file: File): Promise<Suppressions> {
  let text = await file.text();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('不是有效的 JSON 文件');
  }
  return parseSuppressions(raw);
}

function render() {
  checked = checked.map((c) => withSuppressions(c, suppressions));
  summary.innerHTML = renderSummary(checked, unreadable);
  docs.innerHTML = checked.map((c, i) => renderDocument(c, i, true)).join('\n');
  const entries = suppressions ? Object.values(suppressions.files).reduce((n, l) => n + l.length, 0) : 0;
  saveSuppressionsButton.hidden = entries === 0;
  suppressionsNote.hidden = unsaved === 0;
  suppressionsNote.textContent = unsaved
    ? `本页新增了 ${unsaved} 条忽略记录：请点“下载忽略记录”，把 ${SUPPRESSIONS_FILE_NAME} 放在草稿所在的文件夹中，命令行和编辑器也会忽略这些问题。`
    : '';
}

async function checkFiles(files: File[]) {
  if (!files.length) return;
  const run = ++generation;
  const drafts = files.filter((f) => !isSuppressionsFile(f));
  const bad: Unreadable[] = [];
  for (const f of files.filter(isSuppressionsFile)) {
    try {
      suppressions = await readSuppressions(f);
      unsaved = 0;
    } catch (e) {
      bad.push({ name: f.name, message: `忽略记录文件有误，未使用：${e instanceof Error ? e.message : String(e)}` });
    }
  }
  // The suppressions file alone, after drafts were checked: apply it to them.
  if (!drafts.length) {
    if (run !== generation) return;
    unreadable = [...unreadable.filter((u) => !u.name.toLowerCase().endsWith(SUPPRESSIONS_FILE_NAME)), ...bad];
    if (checked.length || unreadable.length) {
      render();
      results.hidden = false;
    }
    setStatus(bad.length ? '' : `已读入忽略记录 ${SUPPRESSIONS_FILE_NAME}`);
    return;
  }
  setStatus(`正在检查 ${drafts.length} 个文件……`, true);
  const done: Checked[] = [];
  for (const file of drafts) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      bad.push({ name: file.name, message: '无法读取这个文件（如果拖入的是文件夹，请打开文件夹后选择其中的文件）' });
      continue;
    }
    let draft: Awaited<ReturnType<typeof readDraft>>;
    try {
      setStatus(`正在读取 ${file.name}……`, true);
      draft = await readDraft(file.name, bytes);
    } catch (e) {
      bad.push({ name: file.name, message: e instanceof DraftError ? e.message : explain(e) });
      continue;
    }
    try {
      done.push(checkDraft(draft));
    } catch (e) {
      // A bug in the checker must not cost the other files their report.
      bad.push({ name: file.name, message: `检查这个文件时程序出错，请把文件和这句话反馈给维护者：${e instanceof Error ? e.message : String(e)}` });
    }
    // Let the page paint between files of a large batch.
    await new Promise((r) => setTimeout(r, 0));
    if (run !== generation) return;
  }
  if (run !== generation) return;
  checked = done;
  unreadable = bad;
  render();
  results.hidden = false;
  document.body.classList.add('has-results');
  setStatus('');
  results.scrollIntoView({ block: 'start' });
}

function download(name: string, type: string, content: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([content], { type }));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The report as one self-contained HTML file: styles, results and the click behaviour, no page script. */
function reportHtml(): string {
  const css = document.getElementById('style')!.textContent ?? '';
  const when = new Date().toLocaleString('zh-CN', { hour12: false });
  const copy = results.cloneNode(true) as HTMLElement;
  copy.hidden = false;
  // What only works on the page: the buttons, the ignore forms, the download note.
  copy.querySelectorAll('.actions, .ignore-row, .ignore-form, #suppressions-note').forEach((e) => e.remove());
  return reportPage({
    css,
    bodyClass: 'has-results saved-report',
    body: `<header><h1>预决算公开说明一致性检查报告</h1><p class="lead">生成时间：${when}。由 budgetlint 在本机浏览器中生成。</p></header>\n<main>${copy.outerHTML}</main>`,
    script: `(${installViewer.toString()})(document);`,
  });
}

function saveReport() {
  const names = checked.map((c) => c.draft.name);
  const base = names.length === 1 ? names[0].replace(/\.[^.]+$/, '') : '多个文件';
  download(`检查报告-${base}.html`, 'text/html;charset=utf-8', reportHtml());
}

/** A finding's id on the page ("d{doc}-{n}") → its draft and finding. */
function findingOf(id: string) {
  const m = /^d(\d+)-(\d+)$/.exec(id);
  const c = m ? checked[Number(m[1])] : undefined;
  const f = c && m ? c.findings[Number(m[2])] : undefined;
  return c && f ? { c, f } : undefined;
}

function openIgnoreForm(button: HTMLButtonElement) {
  const row = button.closest('.ignore-row');
  if (!row || row.querySelector('form')) return;
  button.hidden = true;
  const form = document.createElement('form');
  form.className = 'ignore-form';
  form.dataset.f = button.dataset.f;
  form.innerHTML =
    `<label>为什么这不是矛盾？<input name="reason" required maxlength="300" placeholder="例如：所列分项为主要项目，并非全部"></label>` +
    `<label>核实人（可选）<input name="by" maxlength="60" value="${escapeHtml(lastBy)}"></label>` +
    `<div class="buttons"><button type="submit">忽略此处</button> <button type="button" class="cancel">取消</button></div>`;
  row.appendChild(form);
  form.querySelector<HTMLInputElement>('input[name="reason"]')!.focus();
}

function ignoreFinding(form: HTMLFormElement) {
  const target = findingOf(form.dataset.f ?? '');
  if (!target) return;
  const data = new FormData(form);
  const reason = String(data.get('reason') ?? '').trim();
  const by = String(data.get('by') ?? '').trim();
  if (!reason) return;
  lastBy = by;
  const { suppressions: next, added } = addSuppressions(suppressions, target.c.path, [target.f], target.c.draft.text, {
    reason,
    by: by || undefined,
    at: new Date().toISOString(),
  });
  suppressions = next;
  unsaved += added;
  render();
  setStatus('已忽略：这处问题移到了该文件的“已忽略”列表中');
}

registerPdfReader(readPdf);

function init() {
  input.accept = [...ACCEPTED, '.json'].join(',');
  if (pdfSupported()) $('formats').textContent = 'Word（.docx）、PDF（有文字层的）、纯文本（.txt）和 Markdown（.md）';
  else $('pdf-note').textContent = PDF_UNSUPPORTED + '。';
  input.addEventListener('change', () => {
    void checkFiles(Array.from(input.files ?? []));
    // Picking the same file again (after editing it) must check it again.
    input.value = '';
  });
  $('pick').addEventListener('click', () => input.click());
  drop.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      input.click();
    }
  });
  // The whole window takes the drop, so a near miss does not make the browser open the draft instead.
  window.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  window.addEventListener('dragleave', (ev) => {
    if (!ev.relatedTarget) drop.classList.remove('over');
  });
  window.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    void checkFiles(Array.from(ev.dataTransfer?.files ?? []));
  });
  $('print').addEventListener('click', () => window.print());
  $('save').addEventListener('click', saveReport);
  saveSuppressionsButton.addEventListener('click', () => {
    if (!suppressions) return;
    download(SUPPRESSIONS_FILE_NAME, 'application/json;charset=utf-8', serializeSuppressions(suppressions));
    unsaved = 0;
    suppressionsNote.hidden = true;
  });
  docs.addEventListener('click', (ev) => {
    const t = ev.target as Element;
    const ignore = t.closest<HTMLButtonElement>('button.ignore');
    if (ignore) openIgnoreForm(ignore);
    const cancel = t.closest('.ignore-form .cancel');
    if (cancel) {
      const row = cancel.closest('.ignore-row')!;
      row.querySelector('form')!.remove();
      row.querySelector<HTMLButtonElement>('button.ignore')!.hidden = false;
    }
  });
  docs.addEventListener('submit', (ev) => {
    ev.preventDefault();
    ignoreFinding(ev.target as HTMLFormElement);
  });
  installViewer(document);
  document.body.dataset.ready = 'true';
}

init();
