import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { addSuppressions, applySuppressions, lint, pruneSuppressions, serializeSuppressions, SuppressionsError, SUPPRESSIONS_FILE_NAME, type Finding } from '@budgetlint/core';
import { rules, ruleIds } from '@budgetlint/rules';
import pkg from '../package.json' with { type: 'json' };
import { parseArgs, UsageError, USAGE, type CliOptions } from './args.ts';
import { ConfigLoader, ConfigLoadError, describeConfig, describeFsError, type EffectiveConfig } from '@budgetlint/core/node';
import { discover, relPath, toPosix, type DiscoveredFile } from './discover.ts';
import { IgnoreMatcher, readSuppressionsFile, whoAmI } from '@budgetlint/core/node';
import { selectShard } from './shard.ts';
import { applyBaseline, buildBaseline, BaselineError, entriesToKeep, readBaseline, serializeBaseline, type Baseline } from './baseline.ts';
import { formatters } from './formatters/index.ts';
import { claimRows, claimsTable } from './formatters/claims-table.ts';
import { isInfo, toJsonMessage, unusedDirectiveMessage } from './messages.ts';
import { addPlaces, InputError, readSource } from './inputs/index.ts';
import { fileId, OutputRefused, planWrite, writePlanned, type FileId, type WriteTarget } from './write-output.ts';
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
        : e instanceof UsageError || e instanceof BaselineError || e instanceof SuppressionsError
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
  const loader = new ConfigLoader({ configFile: opts.config, overrides: opts.rules, knownRules: rules, cwd });
  // A config named on the command line is read first, so its problems show even with no files.
  if (opts.config !== undefined) loader.forDirectory(cwd);

  if (opts.printConfig !== undefined) {
    const eff = loader.forFile(resolve(cwd, opts.printConfig));
    io.stdout.write(`${JSON.stringify(describeConfig(eff, rules), null, 2)}\n`);
    return 0;
  }

  const baseline = opts.baseline !== undefined ? readBaseline(resolve(cwd, opts.baseline), opts.baseline) : undefined;

  // Suppressions: one file for every format, keyed by path relative to it (ESLint's bulk suppressions, per finding).
  const known = ruleIds();
  for (const id of opts.suppressRules) {
    if (!known.includes(id)) throw new UsageError(`--suppress-rule: unknown rule id '${id}' (expected one of ${known.join(', ')})`);
  }
  const suppressionsShown = opts.suppressionsLocation ?? SUPPRESSIONS_FILE_NAME;
  const suppressionsPath = resolve(cwd, suppressionsShown);
  let suppressions = readSuppressionsFile(suppressionsPath, suppressionsShown);
  const suppressionsBase = dirname(suppressionsPath);
  const recording = opts.suppressAll || opts.suppressRules.length > 0;
  const suppressionMeta = recording
    ? { reason: opts.suppressionReason ?? '已人工核对（budgetlint --suppress）', by: whoAmI(cwd, io.env), at: new Date().toISOString() }
    : {};
  let suppressionsAdded = 0;
  const checked = new Map<string, { findings: readonly Finding[]; source: string }>();

  // 1. What to lint.
  type Input = { path: string; rel: string; bytes?: Uint8Array; eff: EffectiveConfig };
  const inputs: Input[] = [];
  const readErrors: string[] = [];
  const internalErrors: string[] = [];
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
    const ignore = new IgnoreMatcher({ cwd, patterns: opts.ignorePatterns, enabled: opts.ignore });
    const found = discover(opts.patterns, { cwd, loader, errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern, ignore });
    if (found.errors.length) throw new FatalError(found.errors);
    for (const w of found.warnings) say(w);
    const files: DiscoveredFile[] = selectShard(found.files, opts.shard);
    for (const f of files) inputs.push({ path: f.path, rel: f.rel, eff: loader.forFile(f.path) });
  }

  // Where the report and the baseline go is settled before any work: a path that would
  // destroy a draft, the config or a device is refused now, with nothing written.
  const reads: FileId[] = [];
  const readPaths = [
    ...inputs.map((i) => i.path),
    ...inputs.map((i) => i.eff.file),
    opts.config !== undefined ? resolve(cwd, opts.config) : undefined,
  ];
  for (const p of readPaths) {
    const id = p !== undefined && p !== '<stdin>' ? fileId(p) : undefined;
    if (id) reads.push(id);
  }
  const plan = (shown: string, what: string, protect: FileId[]): WriteTarget => {
    try {
      return planWrite(shown, cwd, protect);
    } catch (e) {
      if (e instanceof OutputRefused) throw new FatalError([`${shown}: cannot write the ${what} there: ${e.message}`]);
      throw e;
    }
  };
  const baselineTarget = opts.writeBaseline !== undefined ? plan(opts.writeBaseline, 'baseline', reads) : undefined;
  const baselineRead = opts.baseline !== undefined ? fileId(resolve(cwd, opts.baseline)) : undefined;
  const baselineWritten = baselineTarget?.kind === 'file' ? fileId(baselineTarget.path) : undefined;
  const outputTarget =
    opts.output !== undefined
      ? plan(opts.output, 'report', [...reads, ...(baselineRead ? [baselineRead] : []), ...(baselineWritten ? [baselineWritten] : [])])
      : undefined;
  // The suppressions file is written like the report: never over a draft, the config or a device.
  const suppressionsTarget = recording || opts.pruneSuppressions ? plan(suppressionsShown, 'suppressions', reads) : undefined;
  if (outputTarget?.kind === 'file' && baselineTarget?.kind === 'file' && outputTarget.path === baselineTarget.path) {
    throw new FatalError([`${opts.output}: --output and --write-baseline name the same file`]);
  }

  // Entries for files this run does not lint are kept, so an old baseline must be readable:
  // a file that is not a baseline is an error (before any work), not something to overwrite.
  let previous: Baseline | undefined;
  if (baselineTarget?.kind === 'file' && baselineTarget.existing && baselineTarget.existing.size > 0) {
    previous = readBaseline(baselineTarget.path, opts.writeBaseline);
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
      const line = `${input.rel}: internal error while checking this file: ${oneLine(e)}`;
      if (opts.failOnInternalError) readErrors.push(line);
      else say(`warning: ${line}`);
      if (io.env.BUDGETLINT_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
      continue;
    }
    for (const f of result.ruleFailures) {
      // A crash means findings may be missing: by default the run must not pass as clean.
      const what = f.ruleId.startsWith('extract:') ? `reading ${f.ruleId.slice(8)} failed and its claims were skipped` : `rule ${f.ruleId} failed and was skipped`;
      const line = `${input.rel}: ${what}: ${oneLine(f.message)}`;
      if (opts.failOnInternalError) internalErrors.push(line);
      else say(`warning: ${line}`);
    }
    let fileSuppressed: FileResult['fileSuppressed'];
    if (input.path !== '<stdin>') {
      const key = toPosix(relative(suppressionsBase, input.path));
      checked.set(key, { findings: result.findings, source: src.text });
      if (recording) {
        const wanted = result.findings.filter(
          (f) => (opts.suppressAll || opts.suppressRules.includes(f.ruleId)) && (f.severity !== 'info' || opts.includeInfo),
        );
        const r = addSuppressions(suppressions, key, wanted, src.text, suppressionMeta);
        suppressions = r.suppressions;
        suppressionsAdded += r.added;
      }
      const { kept, suppressed } = applySuppressions(suppressions, key, result.findings, src.text);
      if (suppressed.length) {
        result = { ...result, findings: kept };
        fileSuppressed = suppressed.map((s) => ({ message: toJsonMessage(s.finding, result.lines), reason: s.entry.reason }));
      }
    }
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
      fileSuppressed,
    });
  }

  if (opts.printText) {
    io.stdout.write(printed.join('\n'));
    for (const l of readErrors) say(l);
    return readErrors.length ? 2 : 0;
  }

  if (recording || opts.pruneSuppressions) {
    let note: string;
    if (opts.pruneSuppressions) {
      const pruned = pruneSuppressions(suppressions, checked, (p) => existsSync(resolve(suppressionsBase, p)));
      suppressions = pruned.suppressions;
      note = `removed ${pruned.removed} suppression${pruned.removed === 1 ? '' : 's'} that no longer match a finding from ${suppressionsShown}`;
    } else note = `wrote ${suppressionsAdded} suppression${suppressionsAdded === 1 ? '' : 's'} to ${suppressionsShown}`;
    try {
      writePlanned(suppressionsTarget!, serializeSuppressions(suppressions), { 1: io.stdout, 2: io.stderr });
    } catch (e) {
      throw new FatalError([`${suppressionsShown}: cannot write the suppressions: ${describeFsError(e)}`]);
    }
    say(note);
  }

  // 3. Baselines.
  if (opts.writeBaseline !== undefined) {
    const linted = new Set(results.map((r) => r.rel));
    const written = buildBaseline(
      results.map((r) => ({ rel: r.rel, messages: r.messages })),
      entriesToKeep(previous, linted, cwd),
    );
    try {
      writePlanned(baselineTarget!, serializeBaseline(written), { 1: io.stdout, 2: io.stderr });
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
    rules: rules.map((r) => ({ id: r.id, title: r.title, description: r.description, docsUrl: r.docsUrl, defaultSeverity: r.defaultSeverity, family: r.family })),
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
      writePlanned(outputTarget!, report, { 1: io.stdout, 2: io.stderr });
    } catch (e) {
      throw new FatalError([`${opts.output}: cannot write the report: ${describeFsError(e)}`]);
    }
  } else if (report) {
    io.stdout.write(report);
  }

  // 5. Exit code.
  if (readErrors.length || internalErrors.length) {
    for (const l of readErrors) say(l);
    for (const l of internalErrors) say(`${l} (exit 2; --no-fail-on-internal-error to only warn)`);
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

/**
 * The folder the user typed the command in. `pnpm budgetlint` (the workspace
 * script) runs in the repository root; pnpm and npm pass the user's folder as
 * INIT_CWD, and paths on the command line are relative to that.
 */
export function userCwd(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const init = env.INIT_CWD;
  if (init && env.npm_lifecycle_event === 'budgetlint' && isAbsolute(init) && existsSync(init)) return init;
  return cwd;
}

/** The real process's streams. */
export function processIO(): CliIO {
  return {
    cwd: userCwd(),
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
