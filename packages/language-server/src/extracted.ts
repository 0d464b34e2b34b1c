/**
 * Word and PDF drafts in the editor. An editor cannot show a .docx or a .pdf
 * as text (VS Code opens neither as a text document; Neovim shows bytes), so
 * the server reads the file from disk with the CLI's own readers
 * (packages/cli/src/inputs: the same paragraphs, tables and page layout as
 * `budgetlint --print-text`) whenever it is opened or saved, or whenever the
 * editor says so with LINT_FILE_NOTIFICATION (the VS Code extension does, for
 * the tabs it opens and the files that change on disk).
 *
 * Diagnostics are on the extracted text's positions (what --print-text
 * shows); each message starts with where to look in the document itself: the
 * page of a PDF, the paragraph of a Word file with a few words quoted.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceFormat } from '@budgetlint/core';
import { isInputError, placeAt, placeLabel, quoteAt, readSource, type Place } from '../../cli/src/inputs/index.ts';

/** The extensions read from disk instead of from the editor's buffer. */
export const EXTRACTED = /\.(pdf|docx)$/i;

export interface ExtractedHost {
  /** Whether linting is on and this file is linted (ignore files, include/exclude settings, the config's extensions). */
  wanted(uri: string, path: string): boolean;
  /** Lints a document as the server lints any other (config, suppressions) and makes its diagnostics. */
  lint(doc: TextDocument, format: SourceFormat): Diagnostic[];
  publish(uri: string, diagnostics: Diagnostic[]): void;
  logError(where: string, e: unknown): void;
}

/** How a place reads in a message: 第3页, 第12段「…」, 表2第5行「…」. */
function where(text: string, place: Place | undefined, start: number, end: number): string {
  if (!place) return '';
  if (place.page !== undefined) return `第${place.page}页`;
  const quote = quoteAt(text, place, start, end);
  const label = place.paragraph !== undefined ? `第${place.paragraph}段` : placeLabel(place);
  return label ? `${label}「${quote}」` : '';
}

/** The diagnostics of an extracted text with their places in the document put in front of their messages. */
export function withPlaces(diagnostics: Diagnostic[], text: string, places: readonly Place[] | undefined, offsetOf: (p: Diagnostic['range']['start']) => number): Diagnostic[] {
  if (!places?.length) return diagnostics;
  return diagnostics.map((d) => {
    const start = offsetOf(d.range.start);
    const at = where(text, placeAt(places, start), start, offsetOf(d.range.end));
    const related = d.relatedInformation?.map((r) => {
      const p = placeAt(places, offsetOf(r.location.range.start));
      const label = p?.page !== undefined ? `第${p.page}页` : p?.paragraph !== undefined ? `第${p.paragraph}段` : '';
      return label ? { ...r, message: `${r.message}（${label}）` } : r;
    });
    return { ...d, message: at ? `${at}：${d.message}` : d.message, ...(related ? { relatedInformation: related } : {}) };
  });
}

export class ExtractedFiles {
  /** Files the editor asked for (not open as text documents), linted again when the configuration changes. */
  private readonly shown = new Set<string>();
  /** The latest lint of each file: an older one that finishes later is dropped. */
  private readonly runs = new Map<string, number>();
  private seq = 0;

  constructor(private readonly host: ExtractedHost) {}

  /** The editor shows the file (or it changed on disk): read it and publish its diagnostics. */
  open(uri: string, path: string | undefined): Promise<void> {
    if (!path || !EXTRACTED.test(path)) return Promise.resolve();
    this.shown.add(uri);
    return this.lint(uri, path);
  }

  close(uri: string): void {
    this.forget(uri);
    this.host.publish(uri, []);
  }

  /** Stops following a file: a read still running publishes nothing. */
  forget(uri: string): void {
    this.shown.delete(uri);
    this.runs.delete(uri);
  }

  /** The configuration changed: every file the editor asked for is read again. */
  relintAll(pathOf: (uri: string) => string | undefined): void {
    for (const uri of this.shown) void this.lint(uri, pathOf(uri));
  }

  async lint(uri: string, path: string | undefined): Promise<void> {
    if (!path || !EXTRACTED.test(path)) return;
    const run = ++this.seq;
    this.runs.set(uri, run);
    const current = () => this.runs.get(uri) === run;
    if (!this.host.wanted(uri, path)) {
      this.host.publish(uri, []);
      return;
    }
    let diagnostics: Diagnostic[];
    try {
      const source = await readSource(path, await readFile(path));
      if (!current()) return;
      const doc = TextDocument.create(uri, 'plaintext', 0, source.text);
      diagnostics = withPlaces(this.host.lint(doc, source.format), source.text, source.places, (p) => doc.offsetAt(p));
    } catch (e) {
      // A file it cannot read (damaged, encrypted, scanned, not really a PDF or Word file, gone): one line saying why.
      const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      if (!isInputError(e) && !(e as { code?: string })?.code) this.host.logError(`read ${path}`, e);
      diagnostics = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 2,
          source: 'budgetlint',
          message: `budgetlint 无法读取此${extname(path).toLowerCase() === '.pdf' ? ' PDF' : ' Word 文档'}：${reason}`,
        },
      ];
    }
    if (current()) this.host.publish(uri, diagnostics);
  }
}
