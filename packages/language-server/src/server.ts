import { watch, type FSWatcher } from 'node:fs';
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
import { defaultConfig, lint, type LintResult, type ResolvedConfig, type Rule } from '@budgetlint/core';
import { rules as allRules } from '@budgetlint/rules';
import { codeActionsFor } from './actions.ts';
import { figureAt, hoverMarkdown } from './describe.ts';
import { toDiagnostic, toLspRange } from './diagnostics.ts';
import { printClaims } from './print-claims.ts';
import {
  CONFIG_FILE,
  LANGUAGE_IDS,
  OPEN_RULE_DOCS_COMMAND,
  PRINT_CLAIMS_REQUEST,
  SERVER_NAME,
  SERVER_VERSION,
  SETTINGS_SECTION,
  type PrintClaimsParams,
} from './protocol.ts';
import { applyClientRules, DEFAULT_SETTINGS, loadFolderConfig, normalizeSettings, type ClientSettings, type LoadedConfig } from './settings.ts';

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
  loaded: LoadedConfig;
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

  const isSupported = (doc: TextDocument) =>
    (LANGUAGE_IDS as readonly string[]).includes(doc.languageId) || /\.(md|markdown|mdx|txt)$/i.test(doc.uri);
  const isMarkdown = (doc: TextDocument) => doc.languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(doc.uri);

  // ---- configuration -------------------------------------------------------

  function loadFolders() {
    for (const f of folders) f.loaded = loadFolderConfig(f.path);
    const errors = folders.filter((f) => f.loaded.error).map((f) => f.loaded.error!);
    // A fixed file may break again later: forget old file errors so the new one is shown.
    for (const e of [...shownErrors]) if (e.startsWith(`budgetlint：${CONFIG_FILE}`) || e.startsWith('budgetlint：无法读取')) shownErrors.delete(e);
    for (const e of errors) showErrorOnce(`budgetlint：${e}`);
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

  function configFor(uri: string): ResolvedConfig {
    const folder = folderFor(uri);
    const key = folder?.path ?? '';
    let cfg = effective.get(key);
    if (!cfg) {
      const applied = applyClientRules(folder?.loaded.config ?? defaultConfig(), settings);
      if (applied.error) showErrorOnce(`budgetlint：${applied.error}`);
      cfg = applied.config;
      effective.set(key, cfg);
    }
    return cfg;
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
    const result = lint(doc.getText(), {
      format: isMarkdown(doc) ? 'markdown' : 'text',
      rules,
      config: configFor(doc.uri),
    });
    for (const failure of result.ruleFailures) {
      const key = `${failure.ruleId}|${failure.message}`;
      if (loggedFailures.has(key)) continue;
      if (loggedFailures.size > 500) loggedFailures.clear();
      loggedFailures.add(key);
      connection.console.error(`budgetlint: 规则 ${failure.ruleId} 运行出错（已跳过，其他规则照常）：${failure.message}（${doc.uri}）`);
    }
    const diagnostics = result.findings.map((f) => toDiagnostic(doc, f, rulesById));
    const analysis = { version: doc.version, generation: gen, result, diagnostics };
    analyses.set(doc.uri, analysis);
    return analysis;
  }

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
    // An edit that arrived while we waited has scheduled its own run: this one is stale.
    const current = documents.get(uri);
    if (!current || current.version !== doc.version || timers.has(uri)) return;
    if (!settings.enable || !isSupported(current)) {
      analyses.delete(uri);
      void connection.sendDiagnostics({ uri, version: current.version, diagnostics: [] });
      return;
    }
    // A large document is linted when saved; edits only mark its diagnostics as waiting for the save.
    if (!saved && isLarge(current)) {
      tellLarge(current);
      return;
    }
    const analysis = analyze(current);
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

  function relintAll() {
    for (const doc of documents.all()) schedule(doc.uri, 0);
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
      folders = roots.map((u) => uriToPath(u)).filter((p): p is string => !!p).map((path) => ({ path, loaded: { path, config: defaultConfig() } }));
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
          executeCommandProvider: { commands: [OPEN_RULE_DOCS_COMMAND] },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
      };
    }),
  );

  connection.onInitialized(
    guard('initialized', undefined, () => {
      loadFolders();
      if (caps.watchedFilesDynamic) {
        void connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] })
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
              if (path) folders.push({ path, loaded: { path, config: defaultConfig() } });
            }
            loadFolders();
            relintAll();
          }),
        );
      } catch {
        /* the client does not do workspace folders */
      }
    }),
  );

  /** For clients that cannot watch files for us (Neovim 0.7): inotify on each folder's root. */
  function watchFoldersOurselves() {
    let pending: NodeJS.Timeout | undefined;
    for (const f of folders) {
      try {
        const w = watch(f.path, { persistent: false }, (_event, name) => {
          if (name && String(name) !== CONFIG_FILE) return;
          if (pending) clearTimeout(pending);
          pending = setTimeout(() => {
            loadFolders();
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
      if (!params?.changes?.some((c) => typeof c?.uri === 'string' && c.uri.endsWith(CONFIG_FILE))) return;
      loadFolders();
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
    for (const w of watchers) w.close();
  });

  // ---- documents -----------------------------------------------------------

  documents.onDidOpen(guard('didOpen', undefined, (e) => justOpened.add(e.document.uri)));
  documents.onDidChangeContent(
    guard('didChange', undefined, (e) => {
      const uri = e.document.uri;
      schedule(uri, justOpened.delete(uri) ? 0 : debounceMs);
    }),
  );
  documents.onDidSave(
    guard('didSave', undefined, (e) => {
      const uri = e.document.uri;
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
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  // ---- features ------------------------------------------------------------

  /** The open, supported document a request names, linted; undefined when there is none or linting is off. */
  function analyzed(uri: unknown): { doc: TextDocument; analysis: Analysis } | undefined {
    if (typeof uri !== 'string' || !settings.enable) return undefined;
    const doc = documents.get(uri);
    if (!doc || !isSupported(doc)) return undefined;
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
      const hit = analyzed(params?.textDocument?.uri);
      if (!hit || !params.range) return [];
      const start = hit.doc.offsetAt(params.range.start);
      const end = hit.doc.offsetAt(params.range.end);
      const { result, diagnostics } = hit.analysis;
      return codeActionsFor(hit.doc, result, diagnostics, Math.min(start, end), Math.max(start, end), rulesById, isMarkdown(hit.doc));
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', null, async (params) => {
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

  documents.listen(connection);
}
