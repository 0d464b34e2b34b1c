// The server in-process over in-memory streams: what needs a custom rule set or direct access.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createConnection } from 'vscode-languageserver/node.js';
import { defineRule } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import { startServer } from '../src/server.ts';
import { MEMORY_USAGE_REQUEST } from '../src/protocol.ts';
import { DRAFT } from './support/draft.ts';

const explodes = defineRule({ id: 'explodes', family: 'test', description: '总是出错', defaultSeverity: 'error' }, () => {
  throw new Error('boom');
});

let client: MessageConnection;
const published: PublishDiagnosticsParams[] = [];
const logs: string[] = [];

beforeAll(async () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // Never ended: the library exits the process when its input stream ends.
  const server = createConnection(toServer, toClient);
  startServer(server, { debounceMs: 0, rules: [explodes, ...rules.filter((r) => r.id === 'sum-mismatch')] });
  server.listen();
  client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
  });
  client.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  await client.sendNotification('initialized', {});
});

afterAll(() => client.dispose());

const until = async (pred: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('a rule that throws', () => {
  it('is logged, and the other rules still report', async () => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:draft-1', languageId: 'markdown', version: 1, text: DRAFT } });
    await until(() => published.some((p) => p.uri === 'untitled:draft-1'));
    expect(published.find((p) => p.uri === 'untitled:draft-1')!.diagnostics.map((d) => d.code)).toEqual(['sum-mismatch']);
    await until(() => logs.some((l) => l.includes('explodes')));
    expect(logs.find((l) => l.includes('explodes'))).toContain('规则 explodes 运行出错');
    expect(logs.find((l) => l.includes('explodes'))).toContain('boom');
  });

  it('is logged once, not on every edit', async () => {
    for (let v = 2; v <= 4; v++) {
      await client.sendNotification('textDocument/didChange', { textDocument: { uri: 'untitled:draft-1', version: v }, contentChanges: [{ text: `${DRAFT}${v}` }] });
    }
    await until(() => published.some((p) => p.version === 4));
    expect(logs.filter((l) => l.includes('explodes'))).toHaveLength(1);
  });
});

describe('a client without workspace/configuration (settings pushed instead)', () => {
  it('takes budgetlint.enable from didChangeConfiguration', async () => {
    const before = published.length;
    await client.sendNotification('workspace/didChangeConfiguration', { settings: { budgetlint: { enable: false } } });
    await until(() => published.slice(before).some((p) => p.uri === 'untitled:draft-1'));
    expect(published.slice(before).find((p) => p.uri === 'untitled:draft-1')!.diagnostics).toEqual([]);
    const again = published.length;
    await client.sendNotification('workspace/didChangeConfiguration', { settings: { budgetlint: { enable: true, rules: { 'sum-mismatch': 'warning' } } } });
    await until(() => published.slice(again).some((p) => p.uri === 'untitled:draft-1'));
    expect(published.slice(again).find((p) => p.uri === 'untitled:draft-1')!.diagnostics.map((d) => d.severity)).toEqual([2]);
  });
});

describe('budgetlint/memoryUsage', () => {
  it("says the server's heap, its spaces and what the lint memos hold", async () => {
    const m = (await client.sendRequest(MEMORY_USAGE_REQUEST)) as { heapUsed: number; external: number; spaces: Record<string, { size: number; used: number }>; memos: Record<string, number> };
    expect(m.heapUsed).toBeGreaterThan(0);
    expect(m.external).toBeGreaterThanOrEqual(0);
    expect(m.spaces.old_space.size).toBeGreaterThanOrEqual(m.spaces.old_space.used);
    // The draft opened above was linted: its block readings are held.
    expect(m.memos['block readings']).toBeGreaterThan(0);
  });
});
