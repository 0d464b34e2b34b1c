import { readdirSync, readFileSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applySuppressions, defaultConfig, lint, lintInTurns, memoStats, SUPPRESSIONS_FILE_NAME, type LintResult, type ResolvedConfig, type Rule, type SourceFormat, type Suppressions } from '@budgetlint/core';
import {
  CONFIG_FILE_NAME,
  findSuppressionsFile,
  globMatcher as compileGlobs,
  IGNORE_FILE_NAME,
  IgnoreMatcher,
  readSuppressionsFile,
  whoAmI,
  writeSuppressionsFile,
  type ConfigLoader,
  type EffectiveConfig,
} from '@budgetlint/core/node';
import { rules as allRules } from '@budgetlint/rules';
import { codeActionsFor } from './actions.ts';
import { figureAt, hoverMarkdown } from './describe.ts';
import { EXTRACTED, ExtractedFiles } from './extracted.ts';
import { toDiagnostic, toLspRange } from './diagnostics.ts';
import { printClaims } from './print-claims.ts';
import {
  FORGET_FILE_NOTIFICATION,
  LANGUAGE_IDS,
  LINT_FILE_NOTIFICATION,
  LINT_WORKSPACE_COMMAND,
  MEMORY_USAGE_REQUEST,
  OPEN_RULE_DOCS_COMMAND,
  PRINT_CLAIMS_REQUEST,
  SERVER_NAME,
  SERVER_VERSION,
  SETTINGS_SECTION,
  SUPPRESS_FINDING_COMMAND,
  type PrintClaimsParams,
  type SuppressFindingArgs,
} from './protocol.ts';
import { applyClientRules, DEFAULT_SETTINGS, loadConfigFor, newConfigLoader, normalizeSettings, type ClientSettings } from './settings.ts';

/** The files whose change can change what a document reports. */
const WATCHED_NAMES = [CONFIG_FILE_NAME, IGNORE_FILE_NAME, SUPPRESSIONS_FILE_NAME];
const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export interface ServerOptions {
  /** Quiet time after an edit before linting (ms). Default 150; initializationOptions.debounceMs overrides. */
  debounceMs?: number;
  /** The rules to run; all of budgetlint's by default. */
  rules?: readonly Rule<any>[];
}

interface Analysis {
  version: number;
  generation: number;
  result: LintResult;
  diagnostics: Diagnostic[];
}

interface Folder {
  path: string;
}

interface SuppressionsAt {
  /** The suppressions file in effect (absolute), if any. */
  file?: string;
  data?: Suppressions;
}

const uriToPath = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

/** Wires budgetlint into a language-server connection. Call connection.listen() afterwards. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const rules = options.rules ?? allRules;
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const timers = new Map<string, NodeJS.Timeout>();
  const justOpened = new Set<string>();
  const shownErrors = new Set<string>();
  /** Large documents already told that they are linted on save only. */
  const toldLarge = new Set<string>();
  /** Large documents whose save asked for a lint. */
  const saveRequested = new Set<string>();
  const loggedFailures = new Set<string>();
  const watchers: FSWatcher[] = [];

  let debounceMs = options.debounceMs ?? 150;
  let folders: Folder[] = [];
  let settings: ClientSettings = { ...DEFAULT_SETTINGS };
  let settingsPending: Promise<void> | undefined;
  /** Bumped whenever the effective configuration may have changed: cached analyses older than it are redone. */
  let generation = 0;
  let effective = new Map<string, ResolvedConfig>();
  // Shared with the CLI: the nearest budgetlint.config.json upwards from each document, ignore files, suppressions.
  let loader: ConfigLoader = newConfigLoader(process.cwd());
  let ignorer = new IgnoreMatcher({ cwd: process.cwd() });
  let suppressionsByDir = new Map<string, SuppressionsAt>();
  const globCache = new Map<string, (p: string) => boolean>();
  let caps = { configuration: false, watchedFilesDynamic: false, configurationDynamic: false, showDocument: false };
  let shuttingDown = false;

  const log = (message: string) => {
    try {
      connection.console.log(message);
    } catch {
      /* the connection is gone; nothing to tell */
    }
  };
  const logError = (where: string, e: unknown) => {
    const detail = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    try {
      connection.console.error(`budgetlint: ${where} failed: ${detail}`);
    } catch {
      /* ignore */
    }
  };

  /** Runs a handler; an exception is logged and turned into `fallback`, never thrown at the connection. */
  function guard<P extends unknown[], R>(where: string, fallback: R, fn: (...args: P) => R): (...args: P) => R {
    return (...args: P) => {
      try {
        const out = fn(...args);
        if (out instanceof Promise) {
          return out.catch((e) => {
            logError(where, e);
            return fallback;
          }) as R;
        }
        return out;
      } catch (e) {
        logError(where, e);
        return fallback;
      }
    };
  }

  /** One notification per distinct problem: repeating it on every keystroke would bury the editor. */
  function showErrorOnce(text: string) {
    if (shownErrors.has(text)) return;
    shownErrors.add(text);
    log(text);
    try {
      void connection.sendNotification('window/showMessage', { type: MessageType.Error, message: text });
    } catch (e) {
      logError('showMessage', e);
    }
  }

  // A .pdf or .docx is read from disk (extracted.ts), never linted as the bytes an editor may hold.
  const isSupported = (doc: { languageId: string; uri: string }) =>
    !EXTRACTED.test(doc.uri) &&
    (settings.languages.length
      ? settings.languages.includes(doc.languageId)
      : (LANGUAGE_IDS as readonly string[]).includes(doc.languageId) || /\.(md|markdown|mdx|txt)$/i.test(doc.uri));
  const isMarkdown = (doc: TextDocument) => doc.languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(doc.uri);

  // ---- configuration -------------------------------------------------------

  /** Forgets every config, ignore file and suppressions file read so far: the next lint reads them again. */
  function reloadFiles() {
    const cwd = folders[0]?.path ?? process.cwd();
    loader = newConfigLoader(cwd);
    ignorer = new IgnoreMatcher({ cwd });
    suppressionsByDir = new Map();
    // A fixed file may break again later: forget old file errors so the new one is shown.
    for (const e of [...shownErrors]) if (e.startsWith(`budgetlint：${CONFIG_FILE_NAME}`) || e.startsWith('budgetlint：无法读取') || e.startsWith(`budgetlint：${SUPPRESSIONS_FILE_NAME}`)) shownErrors.delete(e);
    invalidate();
  }

  function folderFor(uri: string): Folder | undefined {
    const path = uriToPath(uri);
    let best: Folder | undefined;
    if (path) {
      for (const f of folders) {
        const root = f.path.endsWith('/') ? f.path : `${f.path}/`;
        if ((path === f.path || path.startsWith(root)) && (!best || f.path.length > best.path.length)) best = f;
      }
    }
    return best ?? folders[0];
  }

  /** The folder a document's config is looked up from: its own, or for an unsaved draft its workspace folder's. */
  function dirFor(uri: string): string | undefined {
    const path = uriToPath(uri);
    return path ? dirname(path) : folderFor(uri)?.path;
  }

  function configFor(uri: string): { config: ResolvedConfig; effective?: EffectiveConfig } {
    const dir = dirFor(uri);
    const loaded = dir ? loadConfigFor(loader, dir) : undefined;
    if (loaded?.error) showErrorOnce(`budgetlint：${loaded.error}`);
    const key = loaded?.path ?? '';
    let cfg = effective.get(key);
    if (!cfg) {
      const applied = applyClientRules(loaded?.config ?? defaultConfig(), settings);
      if (applied.error) showErrorOnce(`budgetlint：${applied.error}`);
      cfg = applied.config;
      effective.set(key, cfg);
    }
    return { config: cfg, effective: loaded?.effective };
  }

  const globMatcher = (globs: string[]) => {
    const key = JSON.stringify(globs);
    let m = globCache.get(key);
    if (!m) {
      m = compileGlobs(globs);
      globCache.set(key, m);
    }
    return m;
  };

  /** Whether a document is left alone: not a language we lint, ignored like the CLI would, or outside the include/exclude settings. */
  function isSkipped(doc: { languageId: string; uri: string }, anyLanguage = false): boolean {
    if (!anyLanguage && !isSupported(doc)) return true;
    const path = uriToPath(doc.uri);
    if (!path) return false;
    if (ignorer.ignores(path, configFor(doc.uri).effective)) return true;
    if (!settings.include.length && !settings.exclude.length) return false;
    const folder = folderFor(doc.uri);
    const rel = toPosix(folder ? relative(folder.path, path) : path);
    if (settings.include.length && !globMatcher(settings.include)(rel)) return true;
    return settings.exclude.length > 0 && globMatcher(settings.exclude)(rel);
  }

  /** The nearest budgetlint-suppressions.json for a file on disk, read once until a watched file changes. */
  function suppressionsFor(path: string): SuppressionsAt {
    const dir = dirname(path);
    let at = suppressionsByDir.get(dir);
    if (!at) {
      const file = findSuppressionsFile(dir);
      at = { file };
      if (file) {
        try {
          at.data = readSuppressionsFile(file);
        } catch (e) {
          showErrorOnce(`budgetlint：${SUPPRESSIONS_FILE_NAME} 有误，其中的忽略记录暂不生效：${(e as Error).message}`);
        }
      }
      suppressionsByDir.set(dir, at);
    }
    return at;
  }

  function invalidate() {
    generation++;
    effective = new Map();
  }

  async function fetchSettings(): Promise<void> {
    if (!caps.configuration) return;
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }]);
      const next = normalizeSettings(raw);
      if (JSON.stringify(next) !== JSON.stringify(settings)) {
        settings = next;
        for (const e of [...shownErrors]) if (e.startsWith('budgetlint：设置')) shownErrors.delete(e);
        invalidate();
      }
    } catch (e) {
      logError('workspace/configuration', e);
    }
  }

  function refreshSettings(): Promise<void> {
    settingsPending = fetchSettings().finally(() => (settingsPending = undefined));
    return settingsPending;
  }

  // ---- linting -------------------------------------------------------------

  /** Lints the document as it is now, or returns the analysis already made of this version under this configuration. */
  function analyze(doc: TextDocument): Analysis {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === generation) return cached;
    const gen = generation;
    const { result, diagnostics } = lintText(doc);
    const analysis = { version: doc.version, generation: gen, result, diagnostics };
    analyses.set(doc.uri, analysis);
    return analysis;
  }

  /**
   * Lints the document as it is now, in turns: between the lint's steps, messages that have come
   * in are handled, and as soon as a newer version of the text (or a new configuration) has come
   * the lint is given up and undefined returned: that version's own run publishes.
   */
  async function analyzeInTurns(doc: TextDocument): Promise<Analysis | undefined> {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === generation) return cached;
    const { uri, version } = doc;
    const gen = generation;
    const stale = () => shuttingDown || generation !== gen || documents.get(uri)?.version !== version;
    const text = doc.getText();
    const linted = await lintInTurns(text, lintOptions(doc), stale, () => new Promise<void>((r) => setImmediate(r)));
    if (!linted || stale()) return undefined;
    // A hover may have linted this version while we waited: one analysis per version.
    const now = analyses.get(uri);
    if (now && now.version === version && now.generation === gen) return now;
    const analysis = { version, generation: gen, ...finishLint(doc, text, linted) };
    analyses.set(uri, analysis);
    return analysis;
  }

  const lintOptions = (doc: TextDocument, format: SourceFormat = isMarkdown(doc) ? 'markdown' : 'text') => ({ format, rules, config: configFor(doc.uri).config });

  /** Lints a document's text with its config, and drops what budgetlint-suppressions.json silences. */
  function lintText(doc: TextDocument, format: SourceFormat = isMarkdown(doc) ? 'markdown' : 'text'): { result: LintResult; diagnostics: Diagnostic[] } {
    const text = doc.getText();
    return finishLint(doc, text, lint(text, lintOptions(doc, format)));
  }

  function finishLint(doc: TextDocument, text: string, linted: LintResult): { result: LintResult; diagnostics: Diagnostic[] } {
    let result = linted;
    const path = uriToPath(doc.uri);
    if (path && result.findings.length) {
      const at = suppressionsFor(path);
      if (at.file && at.data) {
        const { kept, suppressed } = applySuppressions(at.data, toPosix(relative(dirname(at.file), path)), result.findings, text);
        if (suppressed.length) result = { ...result, findings: kept };
      }
    }
    for (const failure of result.ruleFailures) {
      const key = `${failure.ruleId}|${failure.message}`;
      if (loggedFailures.has(key)) continue;
      if (loggedFailures.size > 500) loggedFailures.clear();
      loggedFailures.add(key);
      connection.console.error(`budgetlint: 规则 ${failure.ruleId} 运行出错（已跳过，其他规则照常）：${failure.message}（${doc.uri}）`);
    }
    return { result, diagnostics: result.findings.map((f) => toDiagnostic(doc, f, rulesById)) };
  }

  const extracted = new ExtractedFiles({
    wanted: (uri, path) => settings.enable && configFor(uri).config.extensions.includes(extname(path).toLowerCase()) && !isSkipped({ uri, languageId: '' }, true),
    lint: (doc, format) => lintText(doc, format).diagnostics,
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    logError,
  });

  const sizeMB = (doc: TextDocument) => Buffer.byteLength(doc.getText(), 'utf8') / (1024 * 1024);
  const isLarge = (doc: TextDocument) => sizeMB(doc) > settings.largeFileSizeMB;

  /** Says once per document why it is not linted as it is typed. */
  function tellLarge(doc: TextDocument) {
    if (toldLarge.has(doc.uri)) return;
    toldLarge.add(doc.uri);
    const limit = settings.largeFileSizeMB;
    const message =
      `budgetlint：此文档约 ${sizeMB(doc).toFixed(1)} MB，超过 ${limit} MB，为保持编辑流畅，只在保存时检查。` +
      `可在设置 budgetlint.largeFileSizeMB 中调整。（${doc.uri}）`;
    log(message);
    try {
      void connection.sendNotification('window/showMessage', { type: MessageType.Info, message });
    } catch (e) {
      logError('showMessage', e);
    }
  }

  async function validate(uri: string): Promise<void> {
    timers.delete(uri);
    const saved = saveRequested.delete(uri);
    const doc = documents.get(uri);
    if (!doc || shuttingDown) return;
    if (settingsPending) await settingsPending;
    if (EXTRACTED.test(uri)) return extracted.lint(uri, uriToPath(uri));
    // An edit that arrived while we waited has scheduled its own run: this one is stale.
    const current = documents.get(uri);
    if (!current || current.version !== doc.version || timers.has(uri)) return;
    if (!settings.enable || isSkipped(current)) {
      analyses.delete(uri);
      void connection.sendDiagnostics({ uri, version: current.version, diagnostics: [] });
      return;
    }
    // A large document is linted when saved; edits only mark its diagnostics as waiting for the save.
    if (!saved && isLarge(current)) {
      tellLarge(current);
      return;
    }
    const analysis = await analyzeInTurns(current);
    // Given up for a newer version: that version's run publishes.
    if (!analysis) return;
    await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.diagnostics });
  }

  function schedule(uri: string, delay: number) {
    const old = timers.get(uri);
    if (old) clearTimeout(old);
    timers.set(
      uri,
      setTimeout(() => void validate(uri).catch((e) => logError(`lint ${uri}`, e)), Math.max(0, delay)),
    );
  }

  /** Closed files whose diagnostics 检查整个工作区 published: redone when the configuration changes. */
  const workspacePublished = new Set<string>();
  let workspaceTimer: NodeJS.Timeout | undefined;

  function relintAll() {
    for (const doc of documents.all()) schedule(doc.uri, 0);
    extracted.relintAll(uriToPath);
    // Drafts linted by the workspace command but not open would go on showing what the old configuration said.
    if (workspacePublished.size) {
      if (workspaceTimer) clearTimeout(workspaceTimer);
      workspaceTimer = setTimeout(() => void lintWorkspace().catch((e) => logError('lint workspace', e)), 50);
    }
  }

  /** Records a finding in the nearest suppressions file (created in the document's workspace folder if there is none). */
  function suppressFinding(args: SuppressFindingArgs): boolean {
    const path = typeof args?.uri === 'string' ? uriToPath(args.uri) : undefined;
    if (!path || typeof args.ruleId !== 'string' || typeof args.fingerprint !== 'string') return false;
    const folder = folderFor(args.uri);
    const inFolder = folder && (path === folder.path || path.startsWith(folder.path.endsWith(sep) ? folder.path : folder.path + sep));
    const file = findSuppressionsFile(dirname(path)) ?? join(inFolder ? folder.path : dirname(path), SUPPRESSIONS_FILE_NAME);
    let data: Suppressions;
    try {
      data = readSuppressionsFile(file);
    } catch (e) {
      showErrorOnce(`budgetlint：${SUPPRESSIONS_FILE_NAME} 有误，未能记入：${(e as Error).message}`);
      return false;
    }
    const key = toPosix(relative(dirname(file), path));
    const list = [...(data.files[key] ?? [])];
    if (!list.some((e) => e.ruleId === args.ruleId && e.fingerprint === args.fingerprint)) {
      const by = whoAmI(dirname(file));
      list.push({
        ruleId: args.ruleId,
        fingerprint: args.fingerprint,
        reason: typeof args.reason === 'string' && args.reason.trim() ? args.reason.trim() : '在编辑器中核对后忽略',
        ...(by ? { by } : {}),
        at: new Date().toISOString(),
        ...(typeof args.message === 'string' ? { message: args.message } : {}),
      });
    }
    writeSuppressionsFile(file, { version: 1, files: { ...data.files, [key]: list } });
    suppressionsByDir = new Map();
    invalidate();
    relintAll();
    return true;
  }

  /**
   * Lints the Markdown and text files of every workspace folder, opened or
   * not, the way the CLI walks a folder (config extensions and ignores, no
   * dot-folders or node_modules). Files that are open are linted as shown in
   * the editor; Word and PDF files are read from disk. Returns how many files were linted.
   */
  async function lintWorkspace(): Promise<number> {
    let count = 0;
    const open = new Set(documents.all().map((d) => d.uri));
    const published = new Set<string>();
    const visit = async (dir: string): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const { effective: eff, config } = configFor(pathToFileURL(join(dir, '_')).href);
      for (const e of entries) {
        if (shuttingDown) return;
        const abs = join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name.startsWith('.') || e.name === 'node_modules' || ignorer.ignores(abs, eff, true)) continue;
          await visit(abs);
          continue;
        }
        if (!e.isFile() || e.name.startsWith('~$')) continue;
        const ext = extname(e.name).toLowerCase();
        const uri = pathToFileURL(abs).href;
        // Word and PDF files: read from disk as when they are shown (extracted.ts).
        if (EXTRACTED.test(ext) && config.extensions.includes(ext) && settings.enable && !isSkipped({ uri, languageId: '' }, true)) {
          await extracted.lint(uri, abs);
          published.add(uri);
          count++;
          continue;
        }
        if (!['.md', '.markdown', '.mdx', '.txt'].includes(ext) || !config.extensions.includes(ext === '.mdx' ? '.md' : ext)) continue;
        if (open.has(uri)) {
          schedule(uri, 0);
          count++;
          continue;
        }
        const languageId = ext === '.txt' ? 'plaintext' : 'markdown';
        if (!settings.enable || isSkipped({ uri, languageId })) continue;
        let text: string;
        try {
          text = readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
        } catch {
          continue;
        }
        // Not UTF-8 (a GBK .txt): the CLI decodes those; here it would read as noise.
        if (text.includes('\uFFFD')) continue;
        const doc = TextDocument.create(uri, languageId, 0, text);
        const { diagnostics } = lintText(doc);
        await connection.sendDiagnostics({ uri, diagnostics });
        published.add(uri);
        count++;
        // Let edits and requests in between files.
        if (count % 20 === 0) await new Promise((r) => setImmediate(r));
      }
    };
    for (const f of folders) await visit(f.path);
    // Files now ignored, excluded or gone: clear what an earlier run showed for them.
    for (const uri of workspacePublished) {
      if (!published.has(uri) && !documents.get(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    workspacePublished.clear();
    for (const uri of published) workspacePublished.add(uri);
    return count;
  }

  // ---- lifecycle -----------------------------------------------------------

  connection.onInitialize(
    guard('initialize', { capabilities: {} } as InitializeResult, (params: InitializeParams): InitializeResult => {
      const c = params.capabilities ?? {};
      caps = {
        configuration: !!c.workspace?.configuration,
        configurationDynamic: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
        watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
        showDocument: !!c.window?.showDocument?.support,
      };
      const init = (params.initializationOptions ?? {}) as { debounceMs?: unknown; settings?: unknown };
      if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
      if (init.settings) settings = normalizeSettings(init.settings);
      const roots = params.workspaceFolders?.length
        ? params.workspaceFolders.map((f) => f.uri)
        : params.rootUri
          ? [params.rootUri]
          : params.rootPath
            ? [pathToFileURL(params.rootPath).href]
            : [];
      folders = roots.map((u) => uriToPath(u)).filter((p): p is string => !!p).map((path) => ({ path }));
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
          executeCommandProvider: { commands: [OPEN_RULE_DOCS_COMMAND, SUPPRESS_FINDING_COMMAND, LINT_WORKSPACE_COMMAND] },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
      };
    }),
  );

  connection.onInitialized(
    guard('initialized', undefined, () => {
      reloadFiles();
      if (caps.watchedFilesDynamic) {
        void connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_NAMES.map((n) => ({ globPattern: `**/${n}` })) })
          .catch((e) => logError('register file watcher', e));
      } else watchFoldersOurselves();
      if (caps.configurationDynamic) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((e) => logError('register configuration', e));
      }
      if (caps.configuration) void refreshSettings().then(relintAll);
      try {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders', undefined, (e) => {
            const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
            folders = folders.filter((f) => !removed.has(f.path));
            for (const f of e.added) {
              const path = uriToPath(f.uri);
              if (path) folders.push({ path });
            }
            reloadFiles();
            relintAll();
          }),
        );
      } catch {
        /* the client does not do workspace folders */
      }
    }),
  );

  /**
   * For clients that cannot watch files for us (Neovim 0.7): inotify on each
   * folder's root. Nested config files reload when the client watches for us
   * (VS Code, Neovim ≥ 0.9), or on a restart.
   */
  function watchFoldersOurselves() {
    let pending: NodeJS.Timeout | undefined;
    for (const f of folders) {
      try {
        const w = watch(f.path, { persistent: false }, (_event, name) => {
          if (name && !WATCHED_NAMES.includes(String(name))) return;
          if (pending) clearTimeout(pending);
          pending = setTimeout(() => {
            reloadFiles();
            relintAll();
          }, 50);
        });
        w.on('error', (e) => logError(`watch ${f.path}`, e));
        watchers.push(w);
      } catch (e) {
        logError(`watch ${f.path}`, e);
      }
    }
  }

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (params) => {
      if (!params?.changes?.some((c) => typeof c?.uri === 'string' && WATCHED_NAMES.some((n) => c.uri.endsWith(`/${n}`)))) return;
      reloadFiles();
      relintAll();
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      if (caps.configuration) {
        void refreshSettings().then(relintAll);
        return;
      }
      const pushed = (params?.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
      if (pushed !== undefined) {
        settings = normalizeSettings(pushed);
        invalidate();
        relintAll();
      }
    }),
  );

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    if (workspaceTimer) clearTimeout(workspaceTimer);
    for (const w of watchers) w.close();
  });

  // ---- documents -----------------------------------------------------------

  documents.onDidOpen(guard('didOpen', undefined, (e) => justOpened.add(e.document.uri)));
  documents.onDidChangeContent(
    guard('didChange', undefined, (e) => {
      const uri = e.document.uri;
      if (justOpened.delete(uri)) schedule(uri, 0);
      // budgetlint.run = onSave: the squiggles stay as they were until the file is saved.
      else if (settings.run !== 'onSave') schedule(uri, debounceMs);
    }),
  );
  documents.onDidSave(
    guard('didSave', undefined, (e) => {
      const uri = e.document.uri;
      if (settings.run === 'onSave' || EXTRACTED.test(uri)) {
        saveRequested.add(uri);
        schedule(uri, 0);
        return;
      }
      // Small documents are already linted as they are typed.
      if (!isLarge(e.document)) return;
      saveRequested.add(uri);
      schedule(uri, 0);
    }),
  );
  documents.onDidClose(
    guard('didClose', undefined, (e) => {
      const uri = e.document.uri;
      toldLarge.delete(uri);
      saveRequested.delete(uri);
      const t = timers.get(uri);
      if (t) clearTimeout(t);
      timers.delete(uri);
      justOpened.delete(uri);
      analyses.delete(uri);
      workspacePublished.delete(uri);
      extracted.forget(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  // ---- features ------------------------------------------------------------

  /** The open, supported document a request names, linted; undefined when there is none or linting is off. */
  function analyzed(uri: unknown): { doc: TextDocument; analysis: Analysis } | undefined {
    if (typeof uri !== 'string' || !settings.enable) return undefined;
    const doc = documents.get(uri);
    if (!doc || isSkipped(doc)) return undefined;
    if (isLarge(doc)) {
      // Hovers on a large document must not start a lint of several seconds: the last save's analysis, if current.
      const cached = analyses.get(uri);
      return cached && cached.version === doc.version && cached.generation === generation ? { doc, analysis: cached } : undefined;
    }
    return { doc, analysis: analyze(doc) };
  }

  connection.onHover(
    guard('hover', null, (params): Hover | null => {
      const hit = analyzed(params?.textDocument?.uri);
      if (!hit || !params.position) return null;
      const offset = hit.doc.offsetAt(params.position);
      const figure = figureAt(hit.analysis.result, offset);
      if (!figure) return null;
      return {
        contents: { kind: 'markdown', value: hoverMarkdown(hit.analysis.result, figure) },
        range: toLspRange(hit.doc, figure.range),
      };
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [] as CodeAction[], (params): CodeAction[] => {
      // Every action here is a quick fix: a client asking only for source.fixAll (fix-all on save) gets none of them.
      const only = params?.context?.only;
      if (Array.isArray(only) && only.length && !only.some((k) => k === '' || k === CodeActionKind.QuickFix)) return [];
      const hit = analyzed(params?.textDocument?.uri);
      if (!hit || !params.range) return [];
      const start = hit.doc.offsetAt(params.range.start);
      const end = hit.doc.offsetAt(params.range.end);
      const { result, diagnostics } = hit.analysis;
      const onDisk = uriToPath(hit.doc.uri) !== undefined;
      return codeActionsFor(hit.doc, result, diagnostics, Math.min(start, end), Math.max(start, end), rulesById, isMarkdown(hit.doc), onDisk);
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', null, async (params) => {
      if (params?.command === SUPPRESS_FINDING_COMMAND) return suppressFinding(params.arguments?.[0] as SuppressFindingArgs);
      if (params?.command === LINT_WORKSPACE_COMMAND) return { files: await lintWorkspace() };
      if (params?.command !== OPEN_RULE_DOCS_COMMAND) return null;
      const url = params.arguments?.[0];
      if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
      if (caps.showDocument) {
        const r = await connection.window.showDocument({ uri: url, external: true });
        if (r.success) return null;
      }
      void connection.sendNotification('window/showMessage', { type: MessageType.Info, message: `budgetlint 规则说明：${url}` });
      return null;
    }),
  );

  // Word and PDF files the editor shows but does not hold as text documents (the VS Code extension's tabs).
  connection.onNotification(
    LINT_FILE_NOTIFICATION,
    guard('lintFile', undefined, (params: { uri?: unknown }) => {
      if (typeof params?.uri === 'string' && !documents.get(params.uri)) void extracted.open(params.uri, uriToPath(params.uri));
    }),
  );
  connection.onNotification(
    FORGET_FILE_NOTIFICATION,
    guard('forgetFile', undefined, (params: { uri?: unknown }) => {
      if (typeof params?.uri === 'string' && !documents.get(params.uri)) extracted.close(params.uri);
    }),
  );

  connection.onRequest(
    PRINT_CLAIMS_REQUEST,
    guard('printClaims', null, (params: PrintClaimsParams): string | ResponseError<void> | null => {
      const uri = params?.textDocument?.uri;
      const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
      if (!doc) return new ResponseError(-32602, `budgetlint: 文档未打开：${String(uri)}`);
      const { result, version } = analyze(doc);
      return printClaims(doc.uri, version, result);
    }),
  );

  connection.onRequest(
    MEMORY_USAGE_REQUEST,
    guard('memoryUsage', null, () => ({
      ...process.memoryUsage(),
      spaces: Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }])),
      memos: memoStats(),
      analyses: analyses.size,
    })),
  );

  documents.listen(connection);
}
