/// <reference lib="dom" />
/**
 * The page: pick or drop drafts, check them here in the browser, show the
 * findings. Nothing is sent anywhere: the file is read with the File API
 * and linted by the bundled core and rules.
 */
import { ACCEPTED, DraftError, explain, pdfSupported, PDF_UNSUPPORTED, readDraft, registerPdfReader } from './read.ts';
import { readPdf } from './pdf.ts';
import { checkDraft, renderDocument, renderSummary, type Checked, type Unreadable } from './report.ts';
import { installViewer } from './viewer.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const input = $<HTMLInputElement>('file');
const drop = $('drop');
const status = $('status');
const results = $('results');
const summary = $('summary-body');
const docs = $('documents');

let lastNames: string[] = [];
/** Files picked while others are being checked replace them: only the latest pick is shown. */
let generation = 0;

function setStatus(text: string, busy = false) {
  status.textContent = text;
  status.classList.toggle('busy', busy);
}

async function checkFiles(files: File[]) {
  if (!files.length) return;
  const run = ++generation;
  setStatus(`正在检查 ${files.length} 个文件……`, true);
  const checked: Checked[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      unreadable.push({ name: file.name, message: '无法读取这个文件（如果拖入的是文件夹，请打开文件夹后选择其中的文件）' });
      continue;
    }
    let draft: Awaited<ReturnType<typeof readDraft>>;
    try {
      setStatus(`正在读取 ${file.name}……`, true);
      draft = await readDraft(file.name, bytes);
    } catch (e) {
      unreadable.push({ name: file.name, message: e instanceof DraftError ? e.message : explain(e) });
      continue;
    }
    try {
      checked.push(checkDraft(draft));
    } catch (e) {
      // A bug in the checker must not cost the other files their report.
      unreadable.push({ name: file.name, message: `检查这个文件时程序出错，请把文件和这句话反馈给维护者：${e instanceof Error ? e.message : String(e)}` });
    }
    // Let the page paint between files of a large batch.
    await new Promise((r) => setTimeout(r, 0));
    if (run !== generation) return;
  }
  if (run !== generation) return;
  lastNames = checked.map((c) => c.draft.name);
  summary.innerHTML = renderSummary(checked, unreadable);
  docs.innerHTML = checked.map((c, i) => renderDocument(c, i)).join('\n');
  results.hidden = false;
  document.body.classList.add('has-results');
  setStatus('');
  results.scrollIntoView({ block: 'start' });
}

/** The report as one self-contained HTML file: styles, results and the click behaviour, no page script. */
function reportHtml(): string {
  const css = document.getElementById('style')!.textContent ?? '';
  const when = new Date().toLocaleString('zh-CN', { hour12: false });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="budgetlint">
<title>budgetlint 检查报告</title>
<style>${css}</style>
</head>
<body class="has-results saved-report">
<header><h1>预决算公开说明一致性检查报告</h1><p class="lead">生成时间：${when}。由 budgetlint 在本机浏览器中生成。</p></header>
<main>${results.outerHTML.replace(/\shidden(="")?/, '')}</main>
<script>(${installViewer.toString()})(document);</script>
</body>
</html>
`;
}

function saveReport() {
  const blob = new Blob([reportHtml()], { type: 'text/html;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  const base = lastNames.length === 1 ? lastNames[0].replace(/\.[^.]+$/, '') : '多个文件';
  a.download = `检查报告-${base}.html`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

registerPdfReader(readPdf);

function init() {
  input.accept = ACCEPTED.join(',');
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
  installViewer(document);
  document.body.dataset.ready = 'true';
}

init();
