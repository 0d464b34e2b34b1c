// A minimal LSP client over the server's stdio, for the protocol tests and the benchmark.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { serverBin } from './build.ts';

export interface TestClient {
  child: ChildProcessWithoutNullStreams;
  conn: MessageConnection;
  /** Every publishDiagnostics, in arrival order. */
  published: PublishDiagnosticsParams[];
  /** window/showMessage and window/logMessage texts. */
  messages: { type: number; message: string }[];
  logs: { type: number; message: string }[];
  stderr: () => string;
  /** Resolves with the first publishDiagnostics (already received or to come) for `uri` that `pred` accepts. */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Writes raw bytes to the server's stdin, around the JSON-RPC writer. */
  raw(bytes: string): void;
  close(): Promise<void>;
}

export interface StartOptions {
  rootUri?: string | null;
  initializationOptions?: unknown;
  capabilities?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  /** The server to start (default: the package's bin, which runs dist/server.js). */
  server?: string;
  /** Answers workspace/configuration; default: no settings. */
  settings?: () => unknown;
}

export async function startClient(options: StartOptions = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [options.server ?? serverBin, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const messages: TestClient['messages'] = [];
  const logs: TestClient['logs'] = [];
  const waiters: Array<() => void> = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) w();
  });
  conn.onNotification('window/showMessage', (p) => {
    messages.push(p);
  });
  conn.onNotification('window/logMessage', (p) => {
    logs.push(p);
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings?.() ?? null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/showDocument', () => ({ success: true }));
  conn.listen();

  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: options.capabilities ?? {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      window: { showDocument: { support: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true } },
    },
    initializationOptions: options.initializationOptions,
  });
  await conn.sendNotification('initialized', {});

  const client: TestClient = {
    child,
    conn,
    published,
    messages,
    logs,
    stderr: () => err,
    diagnostics(uri, pred = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        let seen = 0;
        const check = () => {
          for (; seen < published.length; seen++) {
            const p = published[seen];
            if (p.uri === uri && pred(p)) {
              cleanup();
              resolve(p);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(published.filter((p) => p.uri === uri).slice(-3))}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          const i = waiters.indexOf(check);
          if (i >= 0) waiters.splice(i, 1);
        };
        waiters.push(check);
        check();
      });
    },
    raw(bytes) {
      child.stdin.write(bytes);
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      const t = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(t);
      conn.dispose();
    },
  };
  return client;
}
