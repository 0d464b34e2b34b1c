// One file from bytes to findings, the same code in the main thread and in a worker
// (lint-worker.ts), and the plain-data form of a result that can cross a thread or sit
// in the cache (.budgetlintcache) and come back as the same report.
import { readFileSync } from 'node:fs';
import { LineIndex, type Directive, type Finding, type LintResult, type ResolvedConfig, type Rule, type RuleFailure, type StoredLines } from '@budgetlint/core';
import { describeFsError } from './fs-errors.ts';
import { InputError, readSource, type Place } from './inputs/index.ts';
import { loadLintCore, noteLint } from './load-lint-core.ts';
import type { InputKind } from './types.ts';

/** What a report needs of a lint, as structured-clonable data (no claims or parsed blocks). */
export interface SlimResult {
  findings: Finding[];
  suppressed: Finding[];
  unusedDirectives: Directive[];
  ruleFailures: RuleFailure[];
}

export interface LintedFile {
  source: string;
  kind: InputKind;
  encoding: string;
  slim: SlimResult;
  /** Where stretches of an extracted text (PDF pages, Word paragraphs) sit in the original. */
  places?: Place[];
  /** Where the text's lines start, kept by the cache: positions without the text. */
  lines?: StoredLines;
  /** Present when linted in this thread: everything, claims included (--print-claims needs them). */
  full?: LintResult;
}

/** A file that could not be read or checked: the one line to print, and a stack for BUDGETLINT_DEBUG. */
export interface FileError {
  error: string;
  stack?: string;
  /** A crash of the linter itself (not a file that cannot be read): --no-fail-on-internal-error makes it a warning. */
  internal?: boolean;
}

export type FileOutcome = LintedFile | FileError;

export const isFileError = (o: FileOutcome): o is FileError => 'error' in o;

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].trim() || 'unknown error';

export function slimOf(r: LintResult): SlimResult {
  return { findings: r.findings, suppressed: r.suppressed, unusedDirectives: r.unusedDirectives, ruleFailures: r.ruleFailures };
}

/**
 * A LintResult rebuilt from its slim form: positions come back through a LineIndex of the same
 * text (from its stored line starts when the cache kept them); claims, figures and the parsed
 * document are left empty (only --print-claims reads them, and that mode always lints in the
 * main thread without the cache).
 */
export function revive(file: LintedFile): LintResult {
  if (file.full) return file.full;
  return {
    ...file.slim,
    claims: [],
    figures: [],
    document: {
      get source() {
        return file.source;
      },
      format: file.kind === 'markdown' ? 'markdown' : 'text',
      blocks: [],
      directives: [],
    },
    // Core's own line index (a small module of its own), so a run answered from the cache need not load the linter.
    lines: file.lines ? LineIndex.fromStored(file.lines, () => file.source) : new LineIndex(file.source),
  };
}

/** Where a text's lines start, in the form the cache keeps. */
export const storedLines = (text: string): StoredLines => new LineIndex(text).toStored();

/**
 * A cached result whose text, when it is not kept in the cache, is read only when first wanted (a
 * formatter quoting it, a suppression's fingerprint): a warm run in the default format never reads
 * the file. `read` may throw as reading a file does.
 */
export function withSource(file: Omit<LintedFile, 'source'>, source: string | (() => string)): LintedFile {
  if (typeof source === 'string') return { ...file, source };
  let text: string | undefined;
  return Object.defineProperty(file, 'source', { get: () => (text ??= source()), enumerable: true }) as LintedFile;
}

/** A text this long (UTF-16 units, about 1.5 MB of Chinese) is a large document's. */
export const LARGE_TEXT = 512 * 1024;
let heapSized = false;

/**
 * V8 lets the heap grow to about three times what survived its last full collection before
 * collecting again, so a 10 MB draft, whose figures and claims hold some 180 MB, peaked at
 * 650 MB resident. A quarter above what survives keeps it near 400 MB for about the same CPU:
 * the extra full collections are paid back in page faults not taken. The flag is read at each
 * collection, so setting it once, before the first large lint, is enough; small documents never
 * reach a full collection and are not affected.
 */
async function sizeHeapForLargeText(): Promise<void> {
  if (heapSized) return;
  heapSized = true;
  const v8 = await import('node:v8');
  v8.setFlagsFromString('--heap-growing-percent=25');
}

/** Decodes the bytes (reading the file when not given) and lints them. Never throws. */
export async function lintFile(
  path: string,
  rel: string,
  config: ResolvedConfig,
  rules: readonly Rule<any>[],
  bytes?: Uint8Array,
): Promise<FileOutcome> {
  if (!bytes) {
    try {
      bytes = readFileSync(path);
    } catch (e) {
      return { error: `${rel}: ${describeFsError(e)}` };
    }
  }
  let src: Awaited<ReturnType<typeof readSource>>;
  try {
    src = await readSource(path, bytes);
  } catch (e) {
    const msg = oneLine(e);
    return { error: e instanceof InputError && msg.includes(rel) ? msg : `${rel}: ${msg}` };
  }
  // The text is all the lint needs: the bytes (as large as the file) go before it starts.
  bytes = undefined;
  if (src.text.length >= LARGE_TEXT) await sizeHeapForLargeText();
  const { lint } = await loadLintCore();
  noteLint();
  try {
    const full = lint(src.text, { filePath: path, format: src.format, rules, config });
    return { source: src.text, kind: src.kind, encoding: src.encoding, ...(src.places ? { places: src.places } : {}), slim: slimOf(full), full };
  } catch (e) {
    // A bug in reading figures must not cost the other files their report.
    return { error: `${rel}: internal error while checking this file: ${oneLine(e)}`, stack: e instanceof Error ? e.stack : undefined, internal: true };
  }
}
