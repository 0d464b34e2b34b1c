/// <reference lib="dom" />
/**
 * PDF in the page: pdf.js (pdfjs-dist, bundled) reads the positioned text of
 * every page in a Web Worker made from code inlined in the page (a blob: URL,
 * so it works from file:// with no network), with the Chinese CMaps inlined
 * too (build.mjs). core's layoutPdf, the CLI's own layout step, rebuilds the
 * text from the positioned runs, so the page checks the text `budgetlint
 * --print-text` prints.
 */
import { layoutPdf, positionRuns, type PdfPage, type PdfTextRun, type SourceFormat } from '@budgetlint/core';
import { DraftError } from './read.ts';
// Built by build.mjs: the worker's code as text, and the GB CMaps as base64, keyed by name.
// @ts-expect-error virtual module
import workerCode from 'budgetlint:pdf-worker';
// @ts-expect-error virtual module
import cmaps from 'budgetlint:pdf-cmaps';

export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 200 * 1024 * 1024, maxPages: 2000, timeoutMs: 60_000 };

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** pdf.js asks the page for CMaps by file name; they are all inlined, so nothing is fetched. */
class InlineBinaryData {
  constructor(_opts: unknown) {}
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const name = filename.replace(/\.bcmap$/, '');
    const data = kind === 'cMapUrl' ? (cmaps as Record<string, string>)[name] : undefined;
    if (!data) throw new Error(`${kind} ${filename} is not built into this page`);
    return fromBase64(data);
  }
}

let workerUrl: string | undefined;

/** Every page's positioned text runs. */
export async function extractPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfPage[]> {
  if (bytes.byteLength > limits.maxBytes) throw new Error(`PDF larger than ${limits.maxBytes} bytes`);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  workerUrl ??= URL.createObjectURL(new Blob([workerCode as string], { type: 'text/javascript' }));
  let port: Worker;
  try {
    port = new Worker(workerUrl);
  } catch {
    throw new Error('no-worker');
  }
  // A worker the browser will not run fails here, not in pdf.js (which would wait for it until the timeout).
  const broken = new Promise<never>((_, reject) => port.addEventListener('error', () => reject(new Error('no-worker')), { once: true }));
  // pdf.js's types say `port: null`, but a Worker is what it takes (its own viewer passes one).
  const worker = new pdfjs.PDFWorker({ port } as unknown as ConstructorParameters<typeof pdfjs.PDFWorker>[0]);
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    worker,
    cMapUrl: 'inline:/',
    cMapPacked: true,
    BinaryDataFactory: InlineBinaryData,
    useWorkerFetch: false,
    useWasm: false,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  } as Parameters<typeof pdfjs.getDocument>[0]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), limits.timeoutMs);
  });
  try {
    return await Promise.race([
      (async () => {
        const doc = await task.promise;
        if (doc.numPages > limits.maxPages) throw new Error(`too many pages: ${doc.numPages}`);
        const pages: PdfPage[] = [];
        for (let p = 1; p <= doc.numPages; p++) {
          const page = await doc.getPage(p);
          const vp = page.getViewport({ scale: 1 });
          const content = await page.getTextContent();
          const runs: PdfTextRun[] = content.items.flatMap((it) => ('str' in it && it.str && it.transform ? [{ str: it.str, transform: it.transform, width: it.width }] : []));
          // Placed as the CLI's reader places them (core's positionRuns), so both lay out the same positions.
          pages.push({ width: vp.width, height: vp.height, items: positionRuns(vp.transform, runs) });
          page.cleanup();
        }
        return pages;
      })(),
      timeout,
      broken,
    ]);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => {});
    worker.destroy();
    port.terminate();
  }
}

export async function readPdf(bytes: Uint8Array): Promise<{ text: string; format: SourceFormat }> {
  let pages: PdfPage[];
  try {
    pages = await extractPdf(bytes);
  } catch (e) {
    const name = (e as { name?: string })?.name ?? '';
    const msg = e instanceof Error ? e.message : String(e);
    if (name === 'PasswordException') throw new DraftError('', '这个 PDF 设有打开密码：请另存一份不加密的副本后再检查');
    if (name === 'InvalidPDFException') throw new DraftError('', '文件已损坏或不是 PDF 文件');
    if (msg === 'timeout') throw new DraftError('', 'PDF 读取超时（文件可能已损坏）');
    if (msg === 'no-worker') throw new DraftError('', '这个浏览器不允许本地网页读取 PDF：请用 Chrome 或 Edge 打开本页，或把文件另存为 .docx 后检查');
    if (/too many pages/.test(msg)) throw new DraftError('', `PDF 页数过多（${msg.replace(/\D+/g, '')} 页）`);
    throw new DraftError('', `无法读取 PDF：${msg.split('\n')[0]}`);
  }
  const { text } = layoutPdf(pages);
  if (!text.trim()) {
    throw new DraftError('', '这个 PDF 里没有可读取的文字（可能是扫描件或图片）：请使用 Word 原稿');
  }
  return { text, format: 'markdown' };
}
