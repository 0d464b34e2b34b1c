import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

// Same names as packages/language-server/src/protocol.ts (not imported: that package is ESM, this bundle is CommonJS).
const SOURCE = 'budgetlint';
const PRINT_CLAIMS_REQUEST = 'budgetlint/printClaims';
const SERVER_NAME = 'budgetlint-language-server';
const CLAIMS_SCHEME = 'budgetlint';
interface PrintClaimsParams {
  textDocument: { uri: string };
}
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const run = { module: serverModule, transport: TransportKind.ipc };
  const serverOptions: ServerOptions = {
    run,
    debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved drafts only: not the read-only claims view below, nor other virtual documents.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'budgetlint' },
    diagnosticCollectionName: SOURCE,
  };
  client = new LanguageClient(SOURCE, 'budgetlint', serverOptions, clientOptions);

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
      !['markdown', 'plaintext'].includes(doc.languageId) ||
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
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('budgetlint') && updateStatus()),
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
      if (!doc || !client || !['markdown', 'plaintext'].includes(doc.languageId) || doc.uri.scheme === CLAIMS_SCHEME) {
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

  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  updateStatus();
  client.outputChannel.appendLine(`${SERVER_NAME} started from ${serverModule}`);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
