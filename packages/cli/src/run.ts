import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { lint } from '@budgetlint/core';
import { rules, ruleIds } from '@budgetlint/rules';
import pkg from '../package.json' with { type: 'json' };
import { parseArgs, UsageError, USAGE, type CliOptions } from './args.ts';
import { ConfigLoader, ConfigLoadError, describeConfig, describeFsError, type EffectiveConfig } from './config-loader.ts';
import { discover, relPath, type DiscoveredFile } from './discover.ts';
import { selectShard } from './shard.ts';
import { applyBaseline, buildBaseline, BaselineError, entriesToKeep, readBaseline, serializeBaseline, type Baseline } from './baseline.ts';
import { formatters } from './formatters/index.ts';
import { claimRows, claimsTable } from './formatters/claims-table.ts';
import { isInfo, toJsonMessage, unusedDirectiveMessage } from './messages.ts';
import { addPlaces, InputError, readSource } from './inputs/index.ts';
import type { FileResult, FormatContext, JsonMessage } from './types.ts';

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  readStdin(): Promise<Uint8Array>;
}

export const VERSION: string = (pkg as { version: string }).version;

/** A problem that ends the run with exit code 2; each line is printed as `budgetlint: <line>`. */
export class FatalError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].trim() || 'unknown error';

/**
 * The whole command: parse, discover, lint, report. Returns the exit code and
 * never throws — every failure becomes one line per problem on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const say = (line: string) => io.stderr.write(`budgetlint: ${line}\n`);
  try {
    return await run(argv, io, say);
  } catch (e) {
    // Problems the user can fix: one line each, exit 2.
    const lines =
      e instanceof FatalError || e instanceof ConfigLoadError
        ? e.lines
        : e instanceof UsageError || e instanceof BaselineError
          ? [e.message]
          : undefined;
    if (lines) {
      for (const l of lines) say(l);
      return 2;
    }
    say(`internal error: ${oneLine(e)}`);
    if (io.env.BUDGETLINT_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIO, say: (line: string) => void): Promise<number> {
  const opts = parseArgs(argv);
  if (opts.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`v${VERSION}\n`);
    return 0;
  }
  const formatter = formatters[opts.format];
  if (!formatter) {
    throw new UsageError(`unknown format '${opts.format}' (expected one of ${Object.keys(formatters).join(', ')})`);
  }
  const cwd = io.cwd;
  const loader = new ConfigLoader({ configFile: opts.config, overrides: opts.rules, knownRules: ruleIds(), cwd });
  // A config named on the command line is read first, so its problems show even with no files.
  if (opts.config !== undefined) loader.forDirectory(cwd);

  if (opts.printConfig !== undefined) {
    const eff = loader.forFile(resolve(cwd, opts.printConfig));
    io.stdout.write(`${JSON.stringify(describeConfig(eff, rules), null, 2)}\n`);
    return 0;
  }

  const baseline = opts.baseline !== undefined ? readBaseline(resolve(cwd, opts.baseline), opts.baseline) : undefined;

  // 1. What to lint.
  type Input = { path: string; rel: string; bytes?: Uint8Array; eff: EffectiveConfig };
  const inputs: Input[] = [];
  const readErrors: string[] = [];
  if (opts.stdin) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readStdin();
    } catch (e) {
      throw new FatalError([`<stdin>: ${oneLine(e)}`]);
    }
    const named = opts.stdinFilename !== undefined;
    const path = named ? resolve(cwd, opts.stdinFilename!) : '<stdin>';
    const eff = named ? loader.forFile(path) : loader.forDirectory(cwd);
    inputs.push({ path, rel: named ? relPath(cwd, path) : '<stdin>', bytes, eff });
  } else {
    const found = discover(opts.patterns, { cwd, loader, errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern });
    if (found.errors.length) throw new FatalError(found.errors);
    const files: DiscoveredFile[] = selectShard(found.files, opts.shard);
    for (const f of files) inputs.push({ path: f.path, rel: f.rel, eff: loader.forFile(f.path) });
  }

  // 2. Lint each file.
  const results: Array<FileResult & { rel: string }> = [];
  const printed: string[] = [];
  for (const input of inputs) {
    let bytes = input.bytes;
    if (!bytes) {
      try {
        bytes = readFileSync(input.path);
      } catch (e) {
        readErrors.push(`${input.rel}: ${describeFsError(e)}`);
        continue;
      }
    }
    let src: Awaited<ReturnType<typeof readSource>>;
    try {
      src = await readSource(input.path, bytes);
    } catch (e) {
      const msg = oneLine(e);
      readErrors.push(e instanceof InputError && msg.includes(input.rel) ? msg : `${input.rel}: ${msg}`);
      continue;
    }
    if (opts.printText) {
      // What every position refers to; several files are headed by their names.
      const text = src.text.endsWith('\n') || !src.text ? src.text : `${src.text}\n`;
      printed.push(inputs.length > 1 ? `==> ${input.rel} <==\n${text}` : text);
      continue;
    }
    let result: ReturnType<typeof lint>;
    try {
      result = lint(src.text, { filePath: input.path, format: src.format, rules, config: input.eff.config });
    } catch (e) {
      // A bug in reading figures must not cost the other files their report.
      readErrors.push(`${input.rel}: internal error while checking this file: ${oneLine(e)}`);
      if (io.env.BUDGETLINT_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
      continue;
    }
    for (const f of result.ruleFailures) say(`warning: ${input.rel}: rule ${f.ruleId} failed and was skipped: ${oneLine(f.message)}`);
    const messages = collectMessages(result, opts);
    addPlaces(messages, src.text, src.places, result.lines, src.kind === 'docx');
    results.push({
      filePath: input.path,
      rel: input.rel,
      source: src.text,
      kind: src.kind,
      encoding: src.encoding,
      places: src.places,
      result,
      messages,
      errorCount: 0,
      warningCount: 0,
    });
  }

  if (opts.printText) {
    io.stdout.write(printed.join('\n'));
    for (const l of readErrors) say(l);
    return readErrors.length ? 2 : 0;
  }

  // 3. Baselines.
  if (opts.writeBaseline !== undefined) {
    const file = resolve(cwd, opts.writeBaseline);
    let previous: Baseline | undefined;
    try {
      previous = readBaseline(file);
    } catch {
      previous = undefined;
    }
    const linted = new Set(results.map((r) => r.rel));
    const written = buildBaseline(
      results.map((r) => ({ rel: r.rel, messages: r.messages })),
      entriesToKeep(previous, linted, cwd),
    );
    try {
      writeAtomic(file, serializeBaseline(written));
    } catch (e) {
      throw new FatalError([`${opts.writeBaseline}: cannot write the baseline: ${describeFsError(e)}`]);
    }
    const n = results.reduce((s, r) => s + r.messages.length, 0);
    say(`wrote ${n} finding${n === 1 ? '' : 's'} to the baseline ${opts.writeBaseline}`);
    for (const r of results) r.messages = applyBaseline(written, r.rel, r.messages).kept;
  } else if (baseline) {
    for (const r of results) r.messages = applyBaseline(baseline, r.rel, r.messages).kept;
  }
  for (const r of results) {
    r.errorCount = r.messages.filter((m) => m.severity === 2).length;
    r.warningCount = r.messages.filter((m) => m.severity === 1 && !isInfo(m)).length;
  }

  // 4. Report.
  const color = opts.color ?? (!opts.output && !!io.stdout.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const ctx: FormatContext = {
    cwd,
    color: io.env.FORCE_COLOR && opts.color === undefined && !opts.output ? io.env.FORCE_COLOR !== '0' : color,
    rules: rules.map((r) => ({ id: r.id, description: r.description, docsUrl: r.docsUrl, defaultSeverity: r.defaultSeverity, family: r.family })),
  };
  const plain: FileResult[] = results.map(({ rel: _rel, ...r }) => r);
  let report: string;
  if (!opts.printClaims) report = formatter(plain, ctx);
  else if (opts.format === 'json') {
    // Machine-readable claims: one object per file, one row per figure and role.
    report = JSON.stringify(plain.map((r) => ({ filePath: r.filePath, claims: claimRows(r).map(({ start: _s, ...row }) => row) })));
  } else {
    // The tables, then (in the default format) the findings they explain.
    report = claimsTable(plain, ctx) + (opts.format === 'stylish' ? formatter(plain, ctx) : '');
  }
  if (report && !report.endsWith('\n')) report += '\n';
  if (opts.output !== undefined) {
    try {
      writeAtomic(resolve(cwd, opts.output), report);
    } catch (e) {
      throw new FatalError([`${opts.output}: cannot write the report: ${describeFsError(e)}`]);
    }
  } else if (report) {
    io.stdout.write(report);
  }

  // 5. Exit code.
  if (readErrors.length) {
    for (const l of readErrors) say(l);
    return 2;
  }
  const errors = results.reduce((s, r) => s + r.errorCount, 0);
  const warnings = results.reduce((s, r) => s + r.warningCount, 0);
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    say(`too many warnings (${warnings}, maximum ${opts.maxWarnings})`);
    return 1;
  }
  return 0;
}

/** The messages one file reports, before baselines: severity filters, unused directives, in document order. */
function collectMessages(result: ReturnType<typeof lint>, opts: CliOptions): JsonMessage[] {
  const messages: JsonMessage[] = [];
  for (const f of result.findings) {
    if (f.severity === 'info' && !opts.includeInfo) continue;
    if (opts.quiet && f.severity !== 'error') continue;
    messages.push(toJsonMessage(f, result.lines));
  }
  if (opts.reportUnusedDisableDirectives && !opts.quiet) {
    for (const d of result.unusedDirectives) messages.push(unusedDirectiveMessage(d, result.lines));
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  return messages;
}

/** Writes via a temporary file in the same directory and a rename: readers never see half a report. */
export function writeAtomic(file: string, content: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The real process's streams. */
export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
