import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { lint } from '@budgetlint/core';
import pkg from '../package.json' with { type: 'json' };
import { parseArgs, UsageError, USAGE, type CliOptions } from './args.ts';
import { describeFsError } from './fs-errors.ts';
import { isInfo, toJsonMessage, unusedDirectiveMessage } from './messages.ts';
import type { EffectiveConfig } from './config-loader.ts';
import type { DiscoveredFile } from './discover.ts';
import type { Baseline } from './baseline.ts';
import type { FileOutcome } from './lint-file.ts';
import type { FileResult, FormatContext, JsonMessage } from './types.ts';

// Everything that reads, lints or reports is loaded after the arguments are parsed, in chunks
// of its own (scripts/build.mjs splits the bundle): `--version` and `--help` compile none of it,
// and a run loads the Word reader, GB18030 tables and the baseline schema only when it needs them.
const loadEngine = () =>
  Promise.all([
    import('@budgetlint/rules'),
    import('./config-loader.ts'),
    import('./discover.ts'),
    import('./shard.ts'),
    import('./formatters/index.ts'),
    import('./lint-file.ts'),
  ]);

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
    const [{ ConfigLoadError }, { BaselineError }] =
      e instanceof FatalError || e instanceof UsageError ? [{ ConfigLoadError: FatalError }, { BaselineError: UsageError }] : await Promise.all([import('./config-loader.ts'), import('./baseline.ts')]);
    const lines =
      e instanceof FatalError || e instanceof ConfigLoadError
        ? (e as FatalError).lines
        : e instanceof UsageError || e instanceof BaselineError
          ? [(e as Error).message]
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
  const [{ rules, ruleIds }, { ConfigLoader, describeConfig, loadConfigSchema, SchemaNotLoaded }, { discover, relPath }, { selectShard }, { formatters }, { lintFile, revive, isFileError }] =
    await loadEngine();
  const formatter = formatters[opts.format];
  if (!formatter) {
    throw new UsageError(`unknown format '${opts.format}' (expected one of ${Object.keys(formatters).join(', ')})`);
  }
  const cwd = io.cwd;

  // 1. What to lint, and each file's config. Nothing is printed or linted here, so when a config
  //    file turns up before its schema is loaded, this loads it and plans again.
  type Input = { path: string; rel: string; bytes?: Uint8Array; eff: EffectiveConfig };
  const plan = (): { printed: string } | { inputs: Input[] } => {
    const loader = new ConfigLoader({ configFile: opts.config, overrides: opts.rules, knownRules: ruleIds(), cwd });
    // A config named on the command line is read first, so its problems show even with no files.
    if (opts.config !== undefined) loader.forDirectory(cwd);
    if (opts.printConfig !== undefined) {
      const eff = loader.forFile(resolve(cwd, opts.printConfig));
      return { printed: `${JSON.stringify(describeConfig(eff, rules), null, 2)}\n` };
    }
    const inputs: Input[] = [];
    if (opts.stdin) {
      const named = opts.stdinFilename !== undefined;
      const path = named ? resolve(cwd, opts.stdinFilename!) : '<stdin>';
      const eff = named ? loader.forFile(path) : loader.forDirectory(cwd);
      inputs.push({ path, rel: named ? relPath(cwd, path) : '<stdin>', eff });
    } else {
      const found = discover(opts.patterns, { cwd, loader, errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern });
      if (found.errors.length) throw new FatalError(found.errors);
      const files: DiscoveredFile[] = selectShard(found.files, opts.shard);
      for (const f of files) inputs.push({ path: f.path, rel: f.rel, eff: loader.forFile(f.path) });
    }
    return { inputs };
  };
  let planned: ReturnType<typeof plan>;
  try {
    planned = plan();
  } catch (e) {
    if (!(e instanceof SchemaNotLoaded)) throw e;
    await loadConfigSchema();
    planned = plan();
  }
  if ('printed' in planned) {
    io.stdout.write(planned.printed);
    return 0;
  }
  const inputs = planned.inputs;
  const readErrors: string[] = [];

  const baselines = opts.baseline !== undefined || opts.writeBaseline !== undefined ? await import('./baseline.ts') : undefined;
  const baseline = opts.baseline !== undefined ? baselines!.readBaseline(resolve(cwd, opts.baseline), opts.baseline) : undefined;
  if (opts.stdin) {
    try {
      inputs[0].bytes = await io.readStdin();
    } catch (e) {
      throw new FatalError([`<stdin>: ${oneLine(e)}`]);
    }
  }

  // 2. Lint each file: from the cache when it still holds the answer, on a pool of worker
  //    threads when there are many, else here; results keep the order of the inputs.
  const results: Array<FileResult & { rel: string }> = [];
  const outcomes: FileOutcome[] = new Array(inputs.length);
  // --print-claims shows claims and figures, which neither the cache nor a worker hands back.
  const useCache = opts.cache && !opts.printClaims;
  const cacheMod = useCache ? await import('./cache.ts') : undefined;
  const cache = cacheMod ? new cacheMod.LintCache(cacheFile(cwd, opts.cacheLocation, cacheMod.DEFAULT_CACHE_FILE), cacheMod.linterKey(VERSION, rules)) : undefined;
  const keys: Array<{ hash: string; config: string } | undefined> = new Array(inputs.length);
  const todo: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    // Unnamed standard input has no path to keep its result under.
    if (!cache || input.path === '<stdin>') {
      todo.push(i);
      continue;
    }
    let bytes = input.bytes;
    if (!bytes) {
      try {
        bytes = input.bytes = readFileSync(input.path);
      } catch (e) {
        outcomes[i] = { error: `${input.rel}: ${describeFsError(e)}` };
        cache.delete(input.path);
        continue;
      }
    }
    const key = (keys[i] = { hash: cacheMod!.hashBytes(bytes), config: cacheMod!.hashConfig(input.eff.config) });
    const hit = cache.get(input.path, key.hash, key.config);
    if (!hit) {
      todo.push(i);
      continue;
    }
    let source = hit.text;
    if (source === undefined) {
      const { readSource } = await import('./inputs/index.ts');
      source = (await readSource(input.path, bytes)).text;
    }
    outcomes[i] = { source, kind: hit.kind, encoding: hit.encoding, slim: hit.slim };
  }
  const { poolSize, runPool, workerScript } = await import('./pool.ts');
  const script = opts.printClaims ? undefined : workerScript();
  const fromFiles = opts.stdin ? [] : todo;
  const size = script ? poolSize(fromFiles.length, opts.concurrency) : 0;
  if (size) {
    const done = await runPool(
      script!,
      fromFiles.map((i, id) => ({ id, path: inputs[i].path, rel: inputs[i].rel, config: inputs[i].eff.config, bytes: inputs[i].bytes })),
      size,
      async (t) => {
        const out = await lintFile(t.path, t.rel, t.config, rules, t.bytes);
        // Kept like a worker's answer, so every file of the run reports from the same form.
        if (!isFileError(out)) delete out.full;
        return out;
      },
    );
    fromFiles.forEach((i, id) => (outcomes[i] = done[id]));
    if (io.env.BUDGETLINT_DEBUG) say(`debug: ${fromFiles.length} files linted on ${size} threads`);
  }
  for (const i of todo) {
    if (outcomes[i]) continue;
    const input = inputs[i];
    outcomes[i] = await lintFile(input.path, input.rel, input.eff.config, rules, input.bytes);
  }
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const out = outcomes[i];
    if (isFileError(out)) {
      readErrors.push(out.error);
      if (io.env.BUDGETLINT_DEBUG && out.stack) io.stderr.write(`${out.stack}\n`);
      continue;
    }
    if (cache && keys[i] && !cache.has(input.path, keys[i]!.hash, keys[i]!.config)) cache.set(input.path, keys[i]!.hash, keys[i]!.config, out);
    const result = revive(out);
    for (const f of result.ruleFailures) say(`warning: ${input.rel}: rule ${f.ruleId} failed and was skipped: ${oneLine(f.message)}`);
    const messages = collectMessages(result, opts);
    results.push({
      filePath: input.path,
      rel: input.rel,
      source: out.source,
      kind: out.kind,
      encoding: out.encoding,
      result,
      messages,
      errorCount: 0,
      warningCount: 0,
    });
  }
  if (cache && io.env.BUDGETLINT_DEBUG) say(`debug: cache ${cache.hits} hits, ${cache.misses} misses`);
  if (cache?.changed) {
    try {
      writeAtomic(cache.file, cache.serialize());
    } catch (e) {
      say(`warning: cannot write the cache ${cache.file}: ${describeFsError(e)}`);
    }
  }

  // 3. Baselines.
  if (opts.writeBaseline !== undefined) {
    const file = resolve(cwd, opts.writeBaseline);
    let previous: Baseline | undefined;
    try {
      previous = baselines!.readBaseline(file);
    } catch {
      previous = undefined;
    }
    const linted = new Set(results.map((r) => r.rel));
    const { buildBaseline, entriesToKeep, serializeBaseline, applyBaseline } = baselines!;
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
    for (const r of results) r.messages = baselines!.applyBaseline(baseline, r.rel, r.messages).kept;
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
  const claimsTables = opts.printClaims ? await import('./formatters/claims-table.ts') : undefined;
  if (!opts.printClaims) report = formatter(plain, ctx);
  else if (opts.format === 'json') {
    // Machine-readable claims: one object per file, one row per figure and role.
    report = JSON.stringify(plain.map((r) => ({ filePath: r.filePath, claims: claimsTables!.claimRows(r).map(({ start: _s, ...row }) => row) })));
  } else {
    // The tables, then (in the default format) the findings they explain.
    report = claimsTables!.claimsTable(plain, ctx) + (opts.format === 'stylish' ? formatter(plain, ctx) : '');
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

/** --cache-location: a file, or a directory (existing, or written with a trailing slash) to put .budgetlintcache in. */
function cacheFile(cwd: string, location: string | undefined, name: string): string {
  if (location === undefined) return resolve(cwd, name);
  const p = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(p, name);
  try {
    if (statSync(p).isDirectory()) return join(p, name);
  } catch {
    /* not there yet: a file */
  }
  return p;
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
