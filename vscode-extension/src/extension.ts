import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

// Same names as packages/language-server/src/protocol.ts (not imported: that package is ESM, this bundle is CommonJS).
const SOURCE = 'budgetlint';
const PRINT_CLAIMS_REQUEST = 'budgetlint/printClaims';
const SERVER_NAME = 'budgetlint-language-server';
const CLAIMS_SCHEME = 'budgetlint';
const SUPPRESS_FINDING_COMMAND = 'budgetlint.suppressFinding';
const LINT_WORKSPACE_COMMAND = 'budgetlint.lintWorkspace';
const RESTART_COMMAND = 'budgetlint.restartServer';
const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];
const LINT_FILE_NOTIFICATION = 'budgetlint/lintFile';
const FORGET_FILE_NOTIFICATION = 'budgetlint/forgetFile';
/** Word and PDF drafts: VS Code holds no text document for them, so the server is told which are shown and reads them from disk. */
const EXTRACTED = /\.(pdf|docx)$/i;
/** protocol.ts SERVER_ENV: the server's memory stays flat over a long session only with few malloc arenas. */
const SERVER_ENV = { MALLOC_ARENA_MAX: '2' };
interface PrintClaimsParams {
  textDocument: { uri: string };
}
let client: LanguageClient | undefined;

/** The file a tab shows, when it is a Word or PDF file on disk (a text tab showing "binary", or a custom viewer). */
function extractedUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  return uri && uri.scheme === 'file' && EXTRACTED.test(uri.path) ? uri : undefined;
}

function shownExtracted(): vscode.Uri[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.map(extractedUri)).filter((u): u is vscode.Uri => u !== undefined);
}

function tellServer(method: string, uri: vscode.Uri): void {
  if (client?.isRunning()) void client.sendNotification(method, { uri: client.code2ProtocolConverter.asUri(uri) });
}

/** The language ids the user asked for (budgetlint.languages). */
function languages(): string[] {
  const v = vscode.workspace.getConfiguration('budgetlint').get<unknown>('languages');
  const list = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
  return list.length ? list : DEFAULT_LANGUAGES;
}

function createClient(serverModule: string): LanguageClient {
  // The client adds this to the extension host's own environment.
  const run = { module: serverModule, transport: TransportKind.ipc, options: { env: SERVER_ENV } };
  const serverOptions: ServerOptions = {
    run,
    debug: { ...run, options: { env: SERVER_ENV, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved drafts only: not the read-only claims view below, nor other virtual documents.
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'budgetlint' },
    diagnosticCollectionName: SOURCE,
    middleware: {
      async executeCommand(command, args, next) {
        // "忽略此问题": ask why, so the suppressions file tells a reviewer; Esc cancels.
        if (command === SUPPRESS_FINDING_COMMAND && args[0] && typeof args[0] === 'object') {
          const reason = await vscode.window.showInputBox({
            title: 'budgetlint：忽略此问题',
            prompt: '为什么这不是矛盾？（记入 budgetlint-suppressions.json，供审核人查看）',
            placeHolder: '例如：分项仅列主要项目，非全部',
          });
          if (reason === undefined) return undefined;
          return next(command, [{ ...(args[0] as object), reason }]);
        }
        if (command === LINT_WORKSPACE_COMMAND) {
          const result = (await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: 'budgetlint：正在检查整个工作区' },
            () => Promise.resolve(next(command, args)),
          )) as { files?: number } | undefined;
          void vscode.window.showInformationMessage(`budgetlint：已检查 ${result?.files ?? 0} 个文件，结果见“问题”面板。`);
          return result;
        }
        return next(command, args);
      },
    },
  };
  return new LanguageClient(SOURCE, 'budgetlint', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  client = createClient(serverModule);
  let restarting: Promise<void> | undefined;
  const restart = () =>
    (restarting ??= (async () => {
      try {
        if (client) await client.stop().catch(() => undefined);
        // A new client: the document selector follows budgetlint.languages.
        client = createClient(serverModule);
        await client.start();
        for (const uri of shownExtracted()) tellServer(LINT_FILE_NOTIFICATION, uri);
        client.outputChannel.appendLine(`${SERVER_NAME} restarted from ${serverModule}`);
      } finally {
        restarting = undefined;
      }
    })());

  const claimsChanged = new vscode.EventEmitter<vscode.Uri>();
  const status = vscode.window.createStatusBarItem('budgetlint.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'budgetlint';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    if (
      !doc ||
      !['file', 'untitled'].includes(doc.uri.scheme) ||
      !languages().includes(doc.languageId) ||
      !vscode.workspace.getConfiguration('budgetlint').get('enable', true)
    ) {
      status.hide();
      return;
    }
    const mine = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE);
    const errors = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    status.text = mine.length ? `$(warning) budgetlint: ${mine.length}` : '$(check) budgetlint: 0';
    status.tooltip = mine.length ? `budgetlint：本文档有 ${mine.length} 个问题（其中错误 ${errors} 个）；点击打开“问题”面板` : 'budgetlint：本文档未发现问题';
    status.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    status.show();
  };
  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) updateStatus();
      // A claims view follows its document: new diagnostics mean a new lint.
      if (!client) return;
      const changed = new Set(e.uris.map((u) => client!.code2ProtocolConverter.asUri(u)));
      for (const d of vscode.workspace.textDocuments) {
        if (d.uri.scheme === CLAIMS_SCHEME && changed.has(d.uri.query)) claimsChanged.fire(d.uri);
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('budgetlint')) return;
      if (e.affectsConfiguration('budgetlint.languages')) void restart();
      updateStatus();
    }),
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      await restart();
      void vscode.window.showInformationMessage('budgetlint：语言服务器已重启。');
    }),
  );

  // The claims table is a read-only virtual document: budgetlint:/<name> 的数字与关系.txt?<source uri>.
  context.subscriptions.push(
    claimsChanged,
    vscode.workspace.registerTextDocumentContentProvider(CLAIMS_SCHEME, {
      onDidChange: claimsChanged.event,
      async provideTextDocumentContent(uri) {
        if (!client) return 'budgetlint：语言服务器未启动。';
        const params: PrintClaimsParams = { textDocument: { uri: uri.query } };
        try {
          return await client.sendRequest<string>(PRINT_CLAIMS_REQUEST, params);
        } catch (e) {
          return `budgetlint：${e instanceof Error ? e.message : String(e)}`;
        }
      },
    }),
    vscode.commands.registerCommand('budgetlint.showClaims', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || !client || !languages().includes(doc.languageId) || doc.uri.scheme === CLAIMS_SCHEME) {
        void vscode.window.showInformationMessage('budgetlint：请先打开一份 Markdown 或纯文本说明。');
        return;
      }
      const name = doc.uri.path.split('/').pop() || 'draft';
      const uri = vscode.Uri.from({ scheme: CLAIMS_SCHEME, path: `/${name} 的数字与关系.txt`, query: client.code2ProtocolConverter.asUri(doc.uri) });
      claimsChanged.fire(uri); // a second run shows the document as it is now
      const shown = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }),
  );

  // Word and PDF files: linted when their tab opens and whenever they change on disk (saved from Word), cleared when the last tab closes.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{pdf,PDF,docx,DOCX}');
  const changed = (uri: vscode.Uri) => {
    if (shownExtracted().some((u) => u.toString() === uri.toString())) tellServer(LINT_FILE_NOTIFICATION, uri);
  };
  context.subscriptions.push(
    watcher,
    watcher.onDidChange(changed),
    watcher.onDidCreate(changed),
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.opened) {
        const uri = extractedUri(tab);
        if (uri) tellServer(LINT_FILE_NOTIFICATION, uri);
      }
      const still = new Set(shownExtracted().map((u) => u.toString()));
      for (const tab of e.closed) {
        const uri = extractedUri(tab);
        if (uri && !still.has(uri.toString())) tellServer(FORGET_FILE_NOTIFICATION, uri);
      }
    }),
  );

  await client.start();
  for (const uri of shownExtracted()) tellServer(LINT_FILE_NOTIFICATION, uri);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  updateStatus();
  client.outputChannel.appendLine(`${SERVER_NAME} started from ${serverModule}`);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
