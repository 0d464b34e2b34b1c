import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { positionRuns, type PdfItem, type PdfPage, type PdfTextRun } from '@budgetlint/core';
import { InputError } from './errors.ts';

/**
 * Runs pdf.js on a PDF's bytes and returns every page's positioned text.
 *
 * pdf.js runs in a worker thread with a heap cap and a wall-clock limit, so a
 * hostile file (a compressed-object bomb, a loop of references, a huge page
 * tree) ends in one clear InputError instead of a hang or an out-of-memory
 * crash of the whole run. The worker only extracts; the page is rebuilt from
 * the items on this side (core's document/pdf-layout.ts), where it can be tested without pdf.js.
 */

export type { PdfItem, PdfPage };

export interface PdfLimits {
  maxPages: number;
  /** Wall-clock budget for the whole extraction. */
  timeoutMs: number;
  /** The worker's heap cap. */
  maxHeapMb: number;
  maxBytes: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxPages: 2000,
  timeoutMs: 60_000,
  maxHeapMb: 768,
  maxBytes: 200 * 1024 * 1024,
};

/** This module's URL; the VS Code extension bundles the language server as CommonJS, where import.meta is empty. */
const moduleUrl = (): string => import.meta.url ?? pathToFileURL(__filename).href;

/** Where pdf.js and its data (cmaps/, standard_fonts/) are: beside the bundle when built, else the installed package. */
export function locatePdfjs(): { module: string; worker: string; cmaps: string; fonts: string } {
  const here = dirname(fileURLToPath(moduleUrl()));
  // The build copies pdf.js next to dist/budgetlint.js (scripts/build.mjs), so a packed tarball carries it;
  // this code runs from dist/ itself or from a shared chunk in dist/chunks/ (the CLI bundle is split).
  const bundled = [join(here, 'pdfjs'), join(here, '..', 'pdfjs')].find((d) => existsSync(join(d, 'pdf.min.mjs')));
  let root: string;
  if (bundled) {
    root = bundled;
  } else {
    let pkg: string;
    try {
      pkg = createRequire(moduleUrl()).resolve('pdfjs-dist/package.json');
    } catch {
      throw new InputError('cannot read PDF files: the pdfjs-dist package is not installed with budgetlint');
    }
    root = dirname(pkg);
  }
  const build = root === bundled ? root : join(root, 'legacy/build');
  return {
    module: join(build, 'pdf.min.mjs'),
    worker: join(build, 'pdf.worker.min.mjs'),
    cmaps: join(root, 'cmaps') + '/',
    fonts: join(root, 'standard_fonts') + '/',
  };
}

// Plain JavaScript run by the worker (eval'd, so the bundle needs no second entry point).
// One worker serves every PDF of a run: pdf.js is loaded once, each message is one file.
const WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { module, worker, cmaps, fonts } = workerData;
// pdf.js prints warnings (a missing optional canvas package, odd fonts) with console.log: they
// must not reach the report on stdout. (A piped stdout left unread would keep the run alive.)
for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => {};
let loading;
function load() {
  // pdf.js builds a DOMMatrix when it loads (for drawing, which text extraction never does);
  // without the optional canvas package Node has none, so a stand-in lets the module load.
  if (!globalThis.DOMMatrix) globalThis.DOMMatrix = class DOMMatrix { constructor() { Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }); } };
  // pdf.js runs its parser in this thread ("fake worker"); handing it the module skips its own lookup.
  return (loading ??= Promise.all([import(module), import(worker)]).then(([pdfjs, parser]) => {
    globalThis.pdfjsWorker = parser;
    return pdfjs;
  }));
}
async function extract(data, maxPages) {
  const pdfjs = await load();
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data, cMapUrl: cmaps, cMapPacked: true, standardFontDataUrl: fonts,
      isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0,
      stopAtErrors: false,
    }).promise;
  } catch (e) {
    return { error: (e && e.name) || 'Error', message: String((e && e.message) || e) };
  }
  try {
    if (doc.numPages > maxPages) return { error: 'TooManyPages', message: String(doc.numPages) };
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      // Raw runs: core's positionRuns places them on this side, as the web page's do.
      const runs = [];
      for (const it of content.items) if (it.str && it.transform) runs.push({ str: it.str, transform: it.transform, width: it.width });
      pages.push({ width: vp.width, height: vp.height, viewport: vp.transform, runs });
      page.cleanup();
    }
    return { pages };
  } finally {
    await doc.destroy();
  }
}
parentPort.on('message', ({ id, data, maxPages }) => {
  extract(data, maxPages)
    .catch((e) => ({ error: (e && e.name) || 'Error', message: String((e && e.message) || e) }))
    .then((r) => parentPort.postMessage({ id, ...r }));
});
`;

function fail(message: string): never {
  throw new InputError(message);
}

/** A page as the worker sends it: pdf.js's runs, not yet placed. */
type RawPage = { width: number; height: number; viewport: number[]; runs: PdfTextRun[] };
type Reply = { id: number; pages?: RawPage[]; error?: string; message?: string };

/** The worker of this run (one per heap limit), kept for the next PDF and not keeping the process alive. */
let shared: { worker: Worker; heapMb: number; pending: Map<number, (r: Reply | Error) => void> } | undefined;
let nextId = 1;
/** One file at a time: the time limit is a file's own. */
let queue: Promise<unknown> = Promise.resolve();

function workerFor(heapMb: number): NonNullable<typeof shared> {
  if (shared && shared.heapMb === heapMb) return shared;
  if (shared) void shared.worker.terminate();
  const loc = locatePdfjs();
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { module: pathToFileURL(loc.module).href, worker: pathToFileURL(loc.worker).href, cmaps: loc.cmaps, fonts: loc.fonts },
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 },
  });
  worker.unref();
  const mine = { worker, heapMb, pending: new Map<number, (r: Reply | Error) => void>() };
  const end = (e: Error) => {
    if (shared === mine) shared = undefined;
    for (const settle of mine.pending.values()) settle(e);
    mine.pending.clear();
  };
  worker.on('message', (msg: Reply) => mine.pending.get(msg.id)?.(msg));
  worker.on('error', (e: Error & { code?: string }) => end(e));
  worker.on('exit', (code) => end(Object.assign(new Error(`the reader stopped (exit code ${code})`), { code: 'EXIT' })));
  shared = mine;
  return mine;
}

function extractOne(bytes: Uint8Array, limits: PdfLimits): Promise<PdfPage[]> {
  const w = workerFor(limits.maxHeapMb);
  const id = nextId++;
  const data = new Uint8Array(bytes); // a copy the worker may own
  return new Promise<PdfPage[]>((resolve, reject) => {
    // Keeps the process alive while this file is read.
    w.worker.ref();
    const timer = setTimeout(() => {
      settle(new InputError(`PDF took longer than ${Math.max(1, Math.round(limits.timeoutMs / 1000))} s to read (damaged or hostile file?)`));
      // A reader stuck in a hostile file is not reused.
      if (shared === w) shared = undefined;
      void w.worker.terminate();
    }, limits.timeoutMs);
    const settle = (r: Reply | Error) => {
      if (!w.pending.has(id)) return;
      w.pending.delete(id);
      clearTimeout(timer);
      if (!w.pending.size) w.worker.unref();
      if (r instanceof InputError) reject(r);
      else if (r instanceof Error) {
        const code = (r as { code?: string }).code;
        reject(
          code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new InputError(`refusing PDF: reading it needs more than ${limits.maxHeapMb} MB (a compressed-object bomb?)`)
            : new InputError(`cannot read PDF: ${r.message}`),
        );
      } else if (r.pages) resolve(r.pages.map((p) => ({ width: p.width, height: p.height, items: positionRuns(p.viewport, p.runs) })));
      else reject(pdfError(r.error ?? 'Error', r.message ?? '', limits));
    };
    w.pending.set(id, settle);
    w.worker.postMessage({ id, data, maxPages: limits.maxPages }, [data.buffer]);
  });
}

/** Extracts the positioned text of every page; throws InputError with one line for anything unreadable. */
export function extractPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfPage[]> {
  if (bytes.byteLength > limits.maxBytes) fail(`refusing PDF: ${Math.round(bytes.byteLength / 1048576)} MB is larger than the ${Math.round(limits.maxBytes / 1048576)} MB limit`);
  const run = queue.then(() => extractOne(bytes, limits));
  queue = run.catch(() => undefined);
  return run;
}

function pdfError(name: string, message: string, limits: PdfLimits): InputError {
  const first = message.split('\n')[0].trim();
  switch (name) {
    case 'PasswordException':
      return new InputError('the PDF is encrypted with a password: save an unprotected copy to lint it');
    case 'InvalidPDFException':
      return new InputError(`not a valid PDF (${first || 'damaged structure'})`);
    case 'TooManyPages':
      return new InputError(`refusing PDF: ${first} pages (limit ${limits.maxPages})`);
    case 'RangeError':
      return new InputError(`refusing PDF: it expands beyond what a document needs (${first})`);
    default:
      return new InputError(`cannot read PDF: ${first || name}`);
  }
}
