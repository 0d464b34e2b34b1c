import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Finding, lint } from '@budgetlint/core';
import type { EffectiveConfig } from '@budgetlint/core/node';
import pkg from '../package.json' with { type: 'json' };
import { parseArgs, UsageError, USAGE, type CliOptions } from './args.ts';
import { describeFsError } from './fs-errors.ts';
import { isInfo, toJsonMessage, unusedDirectiveMessage } from './messages.ts';
import type { DiscoveredFile } from './discover.ts';
import type { Baseline } from './baseline.ts';
import type { FileOutcome } from './lint-file.ts';
import type { CacheEntry, FileStamp } from './cache.ts';
import type { FileId, WriteTarget } from './write-output.ts';
import type { RuleCatalogueEntry } from './load-lint-core.ts';
import type { FileResult, FormatContext, JsonMessage } from './types.ts';

// Everything that reads, lints or reports is loaded after the arguments are parsed (lint-run.ts,
// in chunks of its own: scripts/build.mjs splits the bundle): `--version` and `--help` compile
// none of it, and a run loads the Word and PDF readers, GB18030 tables, the config schema and
// the baseline schema only when it needs them.
const loadRun = () => import('./lint-run.ts');
const loadEngine = () => loadRun().then((m) => Promise.all([m, m.loadLintCore()]));

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
    // Problems the user can fix: one line each, exit 2. (The error classes of the parts loaded
    // on demand are looked up only when something else went wrong.)
    let lines: string[] | undefined;
    if (e instanceof FatalError) lines = e.lines;
    else if (e instanceof UsageError) lines = [e.message];
    else {
      const [{ ConfigLoadError, SuppressionsError }, { BaselineError }] = await Promise.all([loadRun(), import('./baseline.ts')]);
      if (e instanceof ConfigLoadError) lines = e.lines;
      else if (e instanceof BaselineError || e instanceof SuppressionsError) lines = [e.message];
    }
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
  // A folder or a glob: workers start loading the linter now, while this thread lists, reads
  // and configures. (Not with --cache, whose warm runs need no workers at all.)
  const early =
    !opts.stdin && !opts.printClaims && !opts.printText && opts.printConfig === undefined && !opts.cache && opts.concurrency !== 'off'
      ? loadRun()
          .then((m) => (m.poolLikely(opts.patterns, io.cwd) ? m.prestart(opts.concurrency) : undefined))
          .catch(() => undefined)
      : undefined;
  // A warm --cache run may lint nothing: it plans with the rules' catalogue written beside the
  // built linter (load-lint-core.ts ruleCatalogue) and loads the linter itself only when a file
  // has to be linted or a config file read. Every other run loads it while it plans.
  const catalogue = opts.cache && !opts.printClaims && opts.printConfig === undefined && opts.config === undefined ? (await loadRun()).ruleCatalogue() : undefined;
  const [lintRun, loaded] = catalogue ? [await loadRun(), undefined] : await loadEngine();
  let core = loaded;
  const linter = async () => (core ??= await lintRun.loadLintCore());
  const known: ReadonlyArray<RuleCatalogueEntry> = core?.rules ?? catalogue!;
  const {
    addSuppressions,
    applySuppressions,
    pruneSuppressions,
    serializeSuppressions,
    SUPPRESSIONS_FILE_NAME,
    ConfigLoader,
    describeConfig,
    SchemaNotLoaded,
    IgnoreMatcher,
    readSuppressionsFile,
    whoAmI,
    discover,
    relPath,
    toPosix,
    selectShard,
    FORMAT_NAMES,
    loadFormatter,
    lintFile,
    revive,
    isFileError,
    fileId,
    OutputRefused,
    planWrite,
    writePlanned,
    addPlaces,
  } = lintRun;
  const formatterLoad = loadFormatter(opts.format);
  if (!formatterLoad) {
    throw new UsageError(`unknown format '${opts.format}' (expected one of ${FORMAT_NAMES.join(', ')})`);
  }
  const formatter = await formatterLoad;
  const cwd = io.cwd;

  // 1. What to lint, and each file's config. Nothing is printed or linted here, so when a config
  //    file turns up before its schema is loaded, this loads it and plans again.
  type Input = { path: string; rel: string; bytes?: Uint8Array; eff: EffectiveConfig };
  const warnings: string[] = [];
  const planInputs = (): { printed: string } | { inputs: Input[] } => {
    warnings.length = 0;
    const loader = new ConfigLoader({ configFile: opts.config, overrides: opts.rules, knownRules: core ? core.rules : known.map((r) => r.id), cwd });
    // A config named on the command line is read first, so its problems show even with no files.
    if (opts.config !== undefined) loader.forDirectory(cwd);
    if (opts.printConfig !== undefined) {
      const eff = loader.forFile(resolve(cwd, opts.printConfig));
      return { printed: `${JSON.stringify(describeConfig(eff, core!.rules), null, 2)}\n` };
    }
    const inputs: Input[] = [];
    if (opts.stdin) {
      const named = opts.stdinFilename !== undefined;
      const path = named ? resolve(cwd, opts.stdinFilename!) : '<stdin>';
      const eff = named ? loader.forFile(path) : loader.forDirectory(cwd);
      inputs.push({ path, rel: named ? relPath(cwd, path) : '<stdin>', eff });
    } else {
      const ignore = new IgnoreMatcher({ cwd, patterns: opts.ignorePatterns, enabled: opts.ignore });
      const found = discover(opts.patterns, { cwd, loader, errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern, ignore });
      if (found.errors.length) throw new FatalError(found.errors);
      warnings.push(...found.warnings);
      const files: DiscoveredFile[] = selectShard(found.files, opts.shard);
      for (const f of files) inputs.push({ path: f.path, rel: f.rel, eff: loader.forFile(f.path) });
    }
    return { inputs };
  };
  let planned: ReturnType<typeof planInputs>;
  try {
    planned = planInputs();
    // Planned with the catalogue, a config file's rule options were not checked: plan again with the rules.
    if (!core && 'inputs' in planned && planned.inputs.some((i) => i.eff.file !== undefined)) {
      await linter();
      planned = planInputs();
    }
  } catch (e) {
    if (!(e instanceof SchemaNotLoaded)) throw e;
    await linter();
    (await import('./config-schema.ts')).installConfigSchema();
    planned = planInputs();
  }
  if ('printed' in planned) {
    io.stdout.write(planned.printed);
    return 0;
  }
  for (const w of warnings) say(w);
  const inputs = planned.inputs;

  const baselines = opts.baseline !== undefined || opts.writeBaseline !== undefined ? await import('./baseline.ts') : undefined;
  const baseline = opts.baseline !== undefined ? baselines!.readBaseline(resolve(cwd, opts.baseline), opts.baseline) : undefined;

  // Suppressions: one file for every format, keyed by path relative to it (ESLint's bulk suppressions, per finding).
  const knownIds = known.map((r) => r.id);
  for (const id of opts.suppressRules) {
    if (!knownIds.includes(id)) throw new UsageError(`--suppress-rule: unknown rule id '${id}' (expected one of ${knownIds.join(', ')})`);
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

  if (opts.stdin) {
    try {
      inputs[0].bytes = await io.readStdin();
    } catch (e) {
      throw new FatalError([`<stdin>: ${oneLine(e)}`]);
    }
  }

  // Where the report and the baseline go is settled before any work: a path that would
  // destroy a draft, the config or a device is refused now, with nothing written.
  // (The files read are looked up only when something is to be written: a stat per input.)
  let readIds: FileId[] | undefined;
  const reads = (): FileId[] => {
    if (readIds) return readIds;
    readIds = [];
    const readPaths = [...inputs.map((i) => i.path), ...inputs.map((i) => i.eff.file), opts.config !== undefined ? resolve(cwd, opts.config) : undefined];
    for (const p of readPaths) {
      const id = p !== undefined && p !== '<stdin>' ? fileId(p) : undefined;
      if (id) readIds.push(id);
    }
    return readIds;
  };
  const plan = (shown: string, what: string, protect: FileId[]): WriteTarget => {
    try {
      return planWrite(shown, cwd, protect);
    } catch (e) {
      if (e instanceof OutputRefused) throw new FatalError([`${shown}: cannot write the ${what} there: ${e.message}`]);
      throw e;
    }
  };
  const baselineTarget = opts.writeBaseline !== undefined ? plan(opts.writeBaseline, 'baseline', reads()) : undefined;
  const baselineRead = opts.baseline !== undefined ? fileId(resolve(cwd, opts.baseline)) : undefined;
  const baselineWritten = baselineTarget?.kind === 'file' ? fileId(baselineTarget.path) : undefined;
  const outputTarget =
    opts.output !== undefined
      ? plan(opts.output, 'report', [...reads(), ...(baselineRead ? [baselineRead] : []), ...(baselineWritten ? [baselineWritten] : [])])
      : undefined;
  // The suppressions file is written like the report: never over a draft, the config or a device.
  const suppressionsTarget = recording || opts.pruneSuppressions ? plan(suppressionsShown, 'suppressions', reads()) : undefined;
  if (outputTarget?.kind === 'file' && baselineTarget?.kind === 'file' && outputTarget.path === baselineTarget.path) {
    throw new FatalError([`${opts.output}: --output and --write-baseline name the same file`]);
  }

  // Entries for files this run does not lint are kept, so an old baseline must be readable:
  // a file that is not a baseline is an error (before any work), not something to overwrite.
  let previous: Baseline | undefined;
  if (baselineTarget?.kind === 'file' && baselineTarget.existing && baselineTarget.existing.size > 0) {
    previous = baselines!.readBaseline(baselineTarget.path, opts.writeBaseline);
  }

  const readErrors: string[] = [];
  const internalErrors: string[] = [];

  if (opts.printText) {
    // What every position refers to; several files are headed by their names.
    const { readSource, InputError } = lintRun;
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
      let text: string;
      try {
        text = (await readSource(input.path, bytes)).text;
      } catch (e) {
        const msg = oneLine(e);
        readErrors.push(e instanceof InputError && msg.includes(input.rel) ? msg : `${input.rel}: ${msg}`);
        continue;
      }
      text = text.endsWith('\n') || !text ? text : `${text}\n`;
      printed.push(inputs.length > 1 ? `==> ${input.rel} <==\n${text}` : text);
    }
    io.stdout.write(printed.join('\n'));
    for (const l of readErrors) say(l);
    return readErrors.length ? 2 : 0;
  }

  // 2. Lint each file: from the cache when it still holds the answer, on a pool of worker
  //    threads when there are many, else here; results keep the order of the inputs. The
  //    cache and the workers hold what the lint alone decides; suppressions (which depend
  //    on the suppressions file) and places are applied here, the same way for every file.
  const results: FileResult[] = [];
  // Beside the results, not in them: what baselines key on, which formatters are not given.
  const rels: string[] = [];
  const outcomes: FileOutcome[] = new Array(inputs.length);
  // --print-claims shows claims and figures, which neither the cache nor a worker hands back.
  const useCache = opts.cache && !opts.printClaims;
  const cacheMod = useCache ? await import('./cache.ts') : undefined;
  const cache = cacheMod ? new cacheMod.LintCache(cacheFile(cwd, opts.cacheLocation, cacheMod.DEFAULT_CACHE_FILE), cacheMod.linterKey(VERSION, known)) : undefined;
  const keys: Array<{ hash: string; config: string; stamp?: FileStamp } | undefined> = new Array(inputs.length);
  // A cached result as a lint's: its text given, or read when first wanted.
  const fromCache = (hit: CacheEntry, source: string | (() => string)) =>
    lintRun.withSource({ kind: hit.kind, encoding: hit.encoding, lines: hit.lines, ...(hit.places ? { places: hit.places } : {}), slim: hit.slim }, source);
  const todo: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    // Unnamed standard input has no path to keep its result under.
    if (!cache || input.path === '<stdin>') {
      todo.push(i);
      continue;
    }
    const config = cacheMod!.hashConfig(input.eff.config);
    // The stat comes before the read: a change between the two leaves a stamp that no longer matches.
    let stat: Stats | undefined;
    if (opts.cacheStrategy === 'metadata' && !input.bytes) {
      try {
        stat = statSync(input.path);
      } catch {
        // Reported by the read below.
      }
      const hit = stat && cache.byStamp(input.path, stat, config);
      if (hit) {
        if (hit.encoding === 'gb18030') await lintRun.loadLegacyDecoder();
        const path = input.path;
        outcomes[i] = fromCache(hit, hit.text ?? (() => lintRun.decodeText(readFileSync(path)).text));
        continue;
      }
    }
    const readAt = Date.now();
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
    const stamp = stat && cacheMod!.stampOf(stat, readAt);
    const key = (keys[i] = { hash: cacheMod!.hashBytes(bytes), config, stamp });
    const hit = cache.get(input.path, key.hash, key.config);
    if (!hit) {
      todo.push(i);
      continue;
    }
    let source = hit.text;
    if (source === undefined) {
      const { readSource } = lintRun;
      source = (await readSource(input.path, bytes)).text;
    }
    // Found unchanged by its bytes (a checkout, a copy): stamped anew, the next run need not read it.
    if (stamp) cache.restamp(input.path, stamp, hit.lines ?? lintRun.storedLines(source));
    outcomes[i] = fromCache(hit, source);
  }
  const { poolSize, runPool, workerScript } = lintRun;
  const rules = todo.length ? (await linter()).rules : [];
  const script = opts.printClaims ? undefined : workerScript();
  const fromFiles = opts.stdin ? [] : todo;
  const size = script ? poolSize(fromFiles.length, opts.concurrency) : 0;
  const started = await early;
  if (!size) started?.close();
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
      started?.take(size - 1),
    );
    fromFiles.forEach((i, id) => (outcomes[i] = done[id]));
    if (io.env.BUDGETLINT_DEBUG) say(`debug: ${fromFiles.length} files linted on ${size} threads${started ? ` (workers started before the files were listed)` : ''}`);
  }
  for (const i of todo) {
    if (outcomes[i]) continue;
    const input = inputs[i];
    const out = (outcomes[i] = await lintFile(input.path, input.rel, input.eff.config, rules, input.bytes));
    // Only --print-claims reads the claims, figures and parsed blocks: the report needs the
    // findings alone, so the rest (most of a large file's heap) goes before the next file.
    if (!opts.printClaims && !isFileError(out)) delete out.full;
  }
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const out = outcomes[i];
    if (isFileError(out)) {
      // A bug in reading figures must not cost the other files their report.
      if (out.internal && !opts.failOnInternalError) say(`warning: ${out.error}`);
      else readErrors.push(out.error);
      if (io.env.BUDGETLINT_DEBUG && out.stack) io.stderr.write(`${out.stack}\n`);
      continue;
    }
    // A cached file whose text is wanted (a report that quotes it, suppressions to match or
    // record) is read now, where a file gone since its stat is one line like any unreadable file.
    const suppressionsKey = input.path !== '<stdin>' ? toPosix(relative(suppressionsBase, input.path)) : undefined;
    const wantsText =
      lintRun.READS_SOURCE.has(opts.format) || recording || opts.pruneSuppressions || (suppressionsKey !== undefined && !!suppressions?.files[suppressionsKey]?.length);
    if (wantsText) {
      try {
        void out.source;
      } catch (e) {
        readErrors.push(`${input.rel}: ${describeFsError(e)}`);
        continue;
      }
    }
    let result = revive(out);
    const key = keys[i];
    if (cache && key && !cache.has(input.path, key.hash, key.config)) cache.set(input.path, key.hash, key.config, out, key.stamp, result.lines.toStored());
    for (const f of result.ruleFailures) {
      // A crash means findings may be missing: by default the run must not pass as clean.
      const what = f.ruleId.startsWith('extract:') ? `reading ${f.ruleId.slice(8)} failed and its claims were skipped` : `rule ${f.ruleId} failed and was skipped`;
      const line = `${input.rel}: ${what}: ${oneLine(f.message)}`;
      if (opts.failOnInternalError) internalErrors.push(line);
      else say(`warning: ${line}`);
    }
    let fileSuppressed: FileResult['fileSuppressed'];
    if (suppressionsKey !== undefined) {
      const key = suppressionsKey;
      if (opts.pruneSuppressions) checked.set(key, { findings: result.findings, source: out.source });
      if (recording) {
        const wanted = result.findings.filter(
          (f) => (opts.suppressAll || opts.suppressRules.includes(f.ruleId)) && (f.severity !== 'info' || opts.includeInfo),
        );
        const r = addSuppressions(suppressions, key, wanted, out.source, suppressionMeta);
        suppressions = r.suppressions;
        suppressionsAdded += r.added;
      }
      const { kept, suppressed } = applySuppressions(suppressions, key, result.findings, () => out.source);
      if (suppressed.length) {
        result = { ...result, findings: kept };
        fileSuppressed = suppressed.map((s) => ({ message: toJsonMessage(s.finding, result.lines), reason: s.entry.reason }));
      }
    }
    const messages = collectMessages(result, opts);
    if (out.places) addPlaces(messages, out.source, out.places, result.lines, out.kind === 'docx');
    rels.push(input.rel);
    results.push({
      filePath: input.path,
      // Read when a formatter asks for it (a warm --cache run in the default format never does).
      get source() {
        return out.source;
      },
      kind: out.kind,
      encoding: out.encoding,
      places: out.places,
      result,
      messages,
      errorCount: 0,
      warningCount: 0,
      fileSuppressed,
    });
  }
  if (cache && io.env.BUDGETLINT_DEBUG) say(`debug: cache ${cache.hits} hits, ${cache.misses} misses, ${cache.stampHits} known by their stamp; the linter ${core ? 'was' : 'was not'} loaded`);
  if (cache?.changed) {
    try {
      writeAtomic(cache.file, cache.serialize());
    } catch (e) {
      say(`warning: cannot write the cache ${cache.file}: ${describeFsError(e)}`);
    }
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
    const { buildBaseline, entriesToKeep, serializeBaseline, applyBaseline } = baselines!;
    const linted = new Set(rels);
    const written = buildBaseline(
      results.map((r, i) => ({ rel: rels[i], messages: r.messages })),
      entriesToKeep(previous, linted, cwd),
    );
    try {
      writePlanned(baselineTarget!, serializeBaseline(written), { 1: io.stdout, 2: io.stderr });
    } catch (e) {
      throw new FatalError([`${opts.writeBaseline}: cannot write the baseline: ${describeFsError(e)}`]);
    }
    const n = results.reduce((s, r) => s + r.messages.length, 0);
    say(`wrote ${n} finding${n === 1 ? '' : 's'} to the baseline ${opts.writeBaseline}`);
    results.forEach((r, i) => (r.messages = applyBaseline(written, rels[i], r.messages).kept));
  } else if (baseline) {
    results.forEach((r, i) => (r.messages = baselines!.applyBaseline(baseline, rels[i], r.messages).kept));
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
    rules: known.map((r) => ({ id: r.id, title: r.title, description: r.description, docsUrl: r.docsUrl, defaultSeverity: r.defaultSeverity, family: r.family })),
  };
  let report: string;
  const claimsTables = opts.printClaims ? await import('./formatters/claims-table.ts') : undefined;
  if (!opts.printClaims) report = formatter(results, ctx);
  else if (opts.format === 'json') {
    // Machine-readable claims: one object per file, one row per figure and role.
    report = JSON.stringify(results.map((r) => ({ filePath: r.filePath, claims: claimsTables!.claimRows(r).map(({ start: _s, ...row }) => row) })));
  } else {
    // The tables, then (in the default format) the findings they explain.
    report = claimsTables!.claimsTable(results, ctx) + (opts.format === 'stylish' ? formatter(results, ctx) : '');
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

  // The report is out: now the code cache, when this run had none (load-lint-core.ts).
  await lintRun.saveLintCoreCache();

  // 5. Exit code.
  if (readErrors.length || internalErrors.length) {
    for (const l of readErrors) say(l);
    for (const l of internalErrors) say(`${l} (exit 2; --no-fail-on-internal-error to only warn)`);
    return 2;
  }
  const errors = results.reduce((s, r) => s + r.errorCount, 0);
  const warningCount = results.reduce((s, r) => s + r.warningCount, 0);
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warningCount > opts.maxWarnings) {
    say(`too many warnings (${warningCount}, maximum ${opts.maxWarnings})`);
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

/** Writes the cache via a temporary file in the same directory and a rename: a reader never sees half of it. */
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
