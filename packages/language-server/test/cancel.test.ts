// A newer edit gives up the lint of an older version that is still running: the server lints in
// turns (lintInTurns) and lets the edit in between the lint's steps.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createConnection } from 'vscode-languageserver/node.js';
import { defineRule } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import { startServer } from '../src/server.ts';
import { DRAFT } from './support/draft.ts';

/** The totals of the sums each rule run saw, in order: which versions the last rule ran on. */
const seenByLast: string[] = [];
let linting = '';
// Rules that keep the lint busy for a few milliseconds each, so that it pauses between them
// (the pause comes after a step that ran for 4 ms or more): work, not a timed assertion.
const busy = (n: number) =>
  defineRule({ id: `busy-${n}`, family: 'test', description: '占用时间', defaultSeverity: 'info' }, (ctx) => {
    linting = ctx.of('sum')[0]?.total.raw ?? '';
    const until = performance.now() + 8;
    while (performance.now() < until) {
      /* keep the step long enough to pause after it */
    }
  });
const last = defineRule({ id: 'last', family: 'test', description: '记录', defaultSeverity: 'info' }, (ctx) => {
  seenByLast.push(ctx.of('sum')[0]?.total.raw ?? '');
});

let client: MessageConnection;
const published: PublishDiagnosticsParams[] = [];

beforeAll(async () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(toServer, toClient);
  startServer(server, { debounceMs: 0, rules: [...rules.filter((r) => r.id === 'sum-mismatch'), busy(1), busy(2), busy(3), busy(4), busy(5), busy(6), last] });
  server.listen();
  client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
  });
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  await client.sendNotification('initialized', {});
});

afterAll(() => client.dispose());

const until = async (pred: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setImmediate(r));
  }
};

describe('cancellation', () => {
  it('an edit that comes while the older version is being linted stops that lint: only the newer version is published', async () => {
    const uri = 'untitled:cancel-1';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    await until(() => published.some((p) => p.uri === uri && p.version === 1));
    seenByLast.length = 0;
    const v2 = DRAFT.replace('31.62亿元', '41.62亿元');
    const v3 = DRAFT.replace('31.62亿元', '51.62亿元');
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: v2 }] });
    // The server is in the middle of version 2's lint (it paused after a busy rule): type on.
    await until(() => linting === '41.62亿元');
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: v3 }] });
    await until(() => published.some((p) => p.uri === uri && p.version === 3));
    // Version 2's lint never reached its last rule, and nothing was published for it.
    expect(seenByLast).toEqual(['51.62亿元']);
    expect(published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1, 3]);
    expect(published.find((p) => p.uri === uri && p.version === 3)!.diagnostics.map((d) => d.code)).toContain('sum-mismatch');
  });
});
