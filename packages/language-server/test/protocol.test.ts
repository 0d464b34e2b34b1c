// The built server over stdio, driven by a JSON-RPC client the way an editor drives it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ensureServerBuilt } from './support/build.ts';
import { startClient, type TestClient } from './support/client.ts';
import { DRAFT, positionOf, rangeOf } from './support/draft.ts';
// The CLI in-process, to show that both read the same suppressions and configs.
import { runCli } from '../../cli/src/run.ts';

let client: TestClient;
let workspace: string;
let uri: string;

beforeAll(async () => {
  await ensureServerBuilt();
  workspace = mkdtempSync(join(tmpdir(), 'budgetlint-lsp-'));
  uri = pathToFileURL(join(workspace, 'draft.md')).href;
  // debounce 20 ms keeps the suite quick; the debounce test below relies on edits arriving faster than that.
  client = await startClient({ rootUri: pathToFileURL(workspace).href, initializationOptions: { debounceMs: 20 } });
});

afterAll(async () => {
  await client?.close();
  rmSync(workspace, { recursive: true, force: true });
});

let version = 1;
const open = (docUri: string, text: string, languageId = 'markdown') =>
  client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId, version: 1, text } });
const change = (docUri: string, v: number, contentChanges: unknown[]) =>
  client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: docUri, version: v }, contentChanges });

function hoverText(h: Hover | null): string {
  expect(h).not.toBeNull();
  return (h!.contents as MarkupContent).value;
}

describe('diagnostics', () => {
  let diag: Diagnostic;

  it('publishes the sum mismatch on open, on the total, with rule code, docs link and related figures', async () => {
    await open(uri, DRAFT);
    const p = await client.diagnostics(uri, (d) => d.diagnostics.length > 0);
    expect(p.version).toBe(1);
    expect(p.diagnostics).toHaveLength(1);
    diag = p.diagnostics[0];
    // The squiggle covers the statement: from its sentence's start (the total's line) to the last item.
    expect(diag.range).toEqual({ start: { line: 2, character: 0 }, end: rangeOf(DRAFT, '6.17亿元').end });
    expect(diag.severity).toBe(1);
    expect(diag.code).toBe('sum-mismatch');
    expect(diag.source).toBe('budgetlint');
    expect(diag.codeDescription?.href).toMatch(/^https:\/\/.+\/rules\/sum-mismatch\/README\.md$/);
    expect(diag.message).toContain('26.62亿元');
    // First the figure the rule names (the total), then the figures it is checked against.
    expect(diag.relatedInformation?.map((r) => r.message)).toEqual([
      '所指“31.62亿元”',
      '分项（1）返还性收入 2.4亿元',
      '分项（2）一般性转移支付 18.05亿元',
      '分项（3）专项转移支付 6.17亿元',
    ]);
    expect(diag.relatedInformation?.map((r) => r.location.uri)).toEqual([uri, uri, uri, uri]);
    expect(diag.relatedInformation?.map((r) => r.location.range)).toEqual([
      rangeOf(DRAFT, '31.62亿元'),
      rangeOf(DRAFT, '2.4亿元'),
      rangeOf(DRAFT, '18.05亿元'),
      rangeOf(DRAFT, '6.17亿元'),
    ]);
  });

  it('hovers on a total with how it was read and its role', async () => {
    const pos = positionOf(DRAFT, '31.62亿元');
    const h = await client.conn.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: pos.line, character: pos.character + 2 },
    });
    const text = hoverText(h);
    expect(h!.range).toEqual(rangeOf(DRAFT, '31.62亿元'));
    expect(text).toContain('`31.62亿元`');
    expect(text).toContain('读数：31.62 亿元');
    expect(text).toContain('基本单位：3162000000元');
    expect(text).toContain('区间 [3161500000, 3162500000]元');
    expect(text).toContain('[31.615, 31.625]亿元');
    expect(text).toContain('合计（税收返还和转移支付），其中3项，分项之和26.62亿元');
  });

  it('hovers on a component and on the figures of a change', async () => {
    const item = hoverText(await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '18.05亿元') }));
    expect(item).toContain('分项（2）一般性转移支付，属于合计 31.62亿元');
    const delta = hoverText(await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '2.1亿元') }));
    expect(delta).toContain('增减额（增加），与上年比较');
    const rate = hoverText(await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '4.9%') }));
    expect(rate).toContain('增减率（增长）');
    expect(rate).toContain('区间 [4.85, 5]%');
    const none = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '其中') });
    expect(none).toBeNull();
  });

  it('offers the rule fix (never preferred: it rewrites the total), an ignore comment, a suppression and the docs link', async () => {
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: diag.range.start, end: diag.range.start },
      context: { diagnostics: [diag] },
    });
    expect(actions.map((a) => a.title)).toEqual([
      '将合计改为26.62亿元',
      '在此处忽略 sum-mismatch',
      '忽略此问题（记入 budgetlint-suppressions.json）',
      '查看规则说明：sum-mismatch',
    ]);
    const [fix, ignore, , docs] = actions;
    expect(fix.kind).toBe('quickfix');
    // The text does not say whether the total or a component is wrong: "auto fix" and fix-all must not pick this.
    expect(fix.isPreferred).toBe(false);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    // Fix-all on save asks for source.fixAll only: nothing is applied without the user choosing it.
    for (const only of [['source.fixAll'], ['source'], ['refactor']]) {
      expect(
        await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: diag.range.start, end: diag.range.start },
          context: { diagnostics: [diag], only },
        }),
      ).toEqual([]);
    }
    expect(fix.diagnostics?.[0].code).toBe('sum-mismatch');
    expect(fix.edit?.changes?.[uri]).toEqual([{ range: rangeOf(DRAFT, '31.62亿元'), newText: '26.62亿元' }]);
    expect(ignore.edit?.changes?.[uri]).toEqual([
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- budgetlint-disable-next-line sum-mismatch -->\n' },
    ]);
    expect(docs.command?.command).toBe('budgetlint.openRuleDocs');
    expect(docs.command?.arguments?.[0]).toBe(diag.codeDescription!.href);

    const shown: unknown[] = [];
    const sub = client.conn.onRequest('window/showDocument', (p) => {
      shown.push(p);
      return { success: true };
    });
    await client.conn.sendRequest('workspace/executeCommand', { command: docs.command!.command, arguments: docs.command!.arguments });
    sub.dispose();
    expect(shown).toEqual([{ uri: diag.codeDescription!.href, external: true }]);
  });

  it('offers nothing away from a finding', async () => {
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
  });

  it('updates on an incremental edit that fixes the total, and again when a component breaks it', async () => {
    await change(uri, ++version, [{ range: rangeOf(DRAFT, '31.62亿元'), text: '26.62亿元' }]);
    const fixed = await client.diagnostics(uri, (p) => p.version === version);
    expect(fixed.diagnostics).toEqual([]);
    // 6.17 → 6.27: now over by 0.10.
    const at = positionOf(DRAFT, '6.17亿元');
    await change(uri, ++version, [{ range: { start: { line: at.line, character: at.character + 2 }, end: { line: at.line, character: at.character + 3 } }, text: '2' }]);
    const broken = await client.diagnostics(uri, (p) => p.version === version);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0].message).toContain('26.72亿元');
    expect(broken.diagnostics[0].relatedInformation?.[3].message).toBe('分项（3）专项转移支付 6.27亿元');
  });

  it('applies the ignore comment the code action inserts', async () => {
    const [, ignore] = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } },
      context: { diagnostics: [] },
    });
    expect(ignore.title).toBe('在此处忽略 sum-mismatch');
    await change(uri, ++version, ignore.edit!.changes![uri].map((e) => ({ range: e.range, text: e.newText })));
    const p = await client.diagnostics(uri, (d) => d.version === version);
    expect(p.diagnostics).toEqual([]);
  });

  it('debounces a burst of edits: only the last version is linted and published', async () => {
    const before = client.published.length;
    const first = version + 1;
    for (let i = 0; i < 5; i++) await change(uri, ++version, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: `${i}` }]);
    const p = await client.diagnostics(uri, (d) => d.version === version);
    expect(p.version).toBe(version);
    await new Promise((r) => setTimeout(r, 100));
    const versions = client.published.slice(before).filter((d) => d.uri === uri).map((d) => d.version);
    expect(versions).toEqual([version]);
    expect(versions).not.toContain(first);
  });

  it('prints the figures and claims it read', async () => {
    await change(uri, ++version, [{ text: DRAFT }]);
    await client.diagnostics(uri, (d) => d.version === version);
    const text = await client.conn.sendRequest<string>('budgetlint/printClaims', { textDocument: { uri } });
    expect(text).toContain(`（版本 ${version}，Markdown）`);
    expect(text).toMatch(/数字 7 个，关系 \d+ 条，问题 1 个/);
    expect(text).toMatch(/0\s+3:10\s+31\.62亿元\s+31\.62\s+亿元\s+3162000000元\s+数额\s+合计（税收返还和转移支付），其中3项，分项之和26\.62亿元/);
    expect(text).toContain('税收返还和转移支付：#0 31.62亿元 = 返还性收入 #1 2.4亿元 + 一般性转移支付 #2 18.05亿元 + 专项转移支付 #3 6.17亿元');
    expect(text).toContain('一般公共预算支出，比上年：本期 #4 45.3亿元，增加 #5 2.1亿元，增长 #6 4.9%');
    expect(text).toContain('3:1  error  sum-mismatch  税收返还和转移支付合计31.62亿元，但分项之和为26.62亿元');
    // Chinese throughout: no internal names for layouts, heading levels, debt kinds.
    expect(text).not.toMatch(/of-which|sub-items|listed-then-total|table-row|paren-num|paren-cn|\bcn\b/);
    await expect(client.conn.sendRequest('budgetlint/printClaims', { textDocument: { uri: 'file:///nope.md' } })).rejects.toThrow(/文档未打开/);
  });

  it('lints plain text, suppresses a finding in budgetlint-suppressions.json (which the CLI honours too), and clears diagnostics on close', async () => {
    const txtPath = join(workspace, '附件', 'draft.txt');
    mkdirSync(dirname(txtPath), { recursive: true });
    writeFileSync(txtPath, DRAFT);
    const txt = pathToFileURL(txtPath).href;
    await open(txt, DRAFT, 'plaintext');
    const p = await client.diagnostics(txt, (d) => d.diagnostics.length > 0);
    // In plain text the numbered items are lines of their own: the statement is the total's sentence.
    expect(p.diagnostics[0].range).toEqual({ start: { line: 2, character: 0 }, end: rangeOf(DRAFT, '31.62亿元').end });
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: txt },
      range: p.diagnostics[0].range,
      context: { diagnostics: p.diagnostics },
    });
    // No comment syntax in plain text: the suppressions file is the way to silence it.
    expect(actions.map((a) => a.title)).toEqual(['将合计改为26.62亿元', '忽略此问题（记入 budgetlint-suppressions.json）', '查看规则说明：sum-mismatch']);
    const suppress = actions[1].command!;
    expect(suppress.command).toBe('budgetlint.suppressFinding');
    const before = client.published.length;
    expect(await client.conn.sendRequest('workspace/executeCommand', { command: suppress.command, arguments: suppress.arguments })).toBe(true);
    const silenced = await client.diagnostics(txt, (d) => client.published.indexOf(d) >= before);
    expect(silenced.diagnostics).toEqual([]);
    // Written in the workspace folder, keyed by the path relative to it, with who and when.
    const written = JSON.parse(readFileSync(join(workspace, 'budgetlint-suppressions.json'), 'utf8'));
    expect(Object.keys(written.files)).toEqual(['附件/draft.txt']);
    expect(written.files['附件/draft.txt'][0]).toMatchObject({ ruleId: 'sum-mismatch', reason: '在编辑器中核对后忽略', message: p.diagnostics[0].message });
    expect(Date.parse(written.files['附件/draft.txt'][0].at)).not.toBeNaN();
    // The CLI, run from the workspace folder on the same file, is silent too.
    let out = '';
    const code = await runCli(['--format', 'json', '附件/draft.txt'], {
      cwd: workspace,
      env: {},
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
      readStdin: async () => new Uint8Array(),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out)[0].suppressedMessages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['sum-mismatch']);
    rmSync(join(workspace, 'budgetlint-suppressions.json'));
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: txt } });
    const closed = await client.diagnostics(txt, (d) => d.diagnostics.length === 0);
    expect(closed.diagnostics).toEqual([]);
  });

  it('does not lint other languages', async () => {
    const js = pathToFileURL(join(workspace, 'x.js')).href;
    await open(js, `// ${DRAFT}`, 'javascript');
    await client.diagnostics(js, (d) => d.diagnostics.length === 0);
    expect(await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: js }, position: { line: 2, character: 12 } })).toBeNull();
  });
});

describe('garbage in, server stays up', () => {
  const stillAnswers = async () => {
    const h = await client.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '45.3亿元') });
    expect(hoverText(h)).toContain('45.3');
  };

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    await expect(client.conn.sendRequest('budgetlint/noSuchThing', { a: 1 })).rejects.toMatchObject({ code: -32601 });
    await client.conn.sendNotification('budgetlint/noSuchNotification', { a: 1 });
    await client.conn.sendNotification('$/noSuch');
    await stillAnswers();
  });

  it('survives malformed JSON-RPC content', async () => {
    const body = '{"jsonrpc":"2.0","id":99,"method":"textDocument/hover",'; // cut short
    client.raw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const notObject = '[1,2,3]';
    client.raw(`Content-Length: ${notObject.length}\r\n\r\n${notObject}`);
    const noMethod = '{"jsonrpc":"2.0","id":"x"}';
    client.raw(`Content-Length: ${noMethod.length}\r\n\r\n${noMethod}`);
    await stillAnswers();
    // Headers without a usable Content-Length, in the same write as a real message: that message is still read at once.
    const frame = (msg: unknown) => {
      const body = JSON.stringify(msg);
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const edit = (v: number) =>
      frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: ' ' }] } });
    client.raw(`X-Garbage: 1\r\n\r\n${edit(++version)}`);
    await client.diagnostics(uri, (d) => d.version === version, 5000);
    client.raw(`Content-Length: lots\r\n\r\n\r\n}}{{${edit(++version)}`);
    await client.diagnostics(uri, (d) => d.version === version, 5000);
    await stillAnswers();
    expect(client.child.exitCode).toBeNull();
    expect(client.stderr()).toContain('dropped input');
  });

  // Before the guard rebuilt headers, two Content-Length lines or a line without a colon put the reader out of
  // step for good: every later message was glued to the next header and the server answered nothing.
  const notMessage = '{"jsonrpc":"2.0","method":"budgetlint/noSuchNotification","params":{}}';
  const MALFORMED_FRAMES: Record<string, string> = {
    'two Content-Length headers': `Content-Length: 3\r\nContent-Length: ${notMessage.length}\r\n\r\n${notMessage}`,
    'a header line without a colon': `Content-Length: ${notMessage.length}\r\nnot a header\r\n\r\n${notMessage}`,
    'a non-numeric length': `Content-Length: 12abc\r\n\r\n${notMessage}`,
    'a negative length': `Content-Length: -40\r\n\r\n${notMessage}`,
    'a huge length': `Content-Length: 99999999999999999999\r\n\r\n${notMessage}`,
    'a length longer than what follows': `Content-Length: 5000000\r\n\r\n${notMessage}`,
    'garbage bytes': '\u0000\u0001{{{{]]]\r\n\r\n\r\n',
  };
  for (const [name, bytes] of Object.entries(MALFORMED_FRAMES)) {
    it(`answers the next request after ${name}`, async () => {
      client.raw(bytes);
      const answered = client.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '45.3亿元') });
      const deaf = new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer after ${name}`)), 5000));
      expect(hoverText((await Promise.race([answered, deaf])) as Hover | null)).toContain('45.3');
    });
  }

  it('survives requests with missing or wrong params', async () => {
    expect(await client.conn.sendRequest('textDocument/hover', {})).toBeNull();
    expect(await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: 42 }, position: 'x' })).toBeNull();
    expect(await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: null, context: {} })).toEqual([]);
    expect(await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///unknown.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).toEqual([]);
    expect(await client.conn.sendRequest('workspace/executeCommand', { command: 'budgetlint.openRuleDocs', arguments: [{}] })).toBeNull();
    expect(await client.conn.sendRequest('workspace/executeCommand', { command: 'nope' })).toBeNull();
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: 'nope' });
    await client.conn.sendNotification('workspace/didChangeConfiguration', null);
    await stillAnswers();
  });

  it('ignores edits to unknown documents and survives out-of-range and malformed edits', async () => {
    await change('file:///never-opened.md', 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.md' } });
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri } }); // no changes at all
    await change(uri, ++version, [{ nonsense: true }]);
    // Positions past the end of the document: clamped to it.
    await change(uri, ++version, [{ range: { start: { line: 999, character: 5 }, end: { line: 1200, character: 0 } }, text: '\n追加一行。' }]);
    await change(uri, ++version, [{ range: { start: { line: 3, character: 400 }, end: { line: 3, character: 9999 } }, text: '' }]);
    await change(uri, ++version, [{ range: { start: { line: -3, character: -1 }, end: { line: -1, character: 0 } }, text: '' }]);
    await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1e9, character: -7 } });
    const p = await client.diagnostics(uri, (d) => d.version === version);
    expect(p.diagnostics.every((d) => d.range.start.line >= 0)).toBe(true);
    await stillAnswers();
    // The server now holds what a client applying the same clamped edits would hold: a full resync puts both in step.
    await change(uri, ++version, [{ text: DRAFT }]);
    const again = await client.diagnostics(uri, (d) => d.version === version);
    expect(again.diagnostics.map((d) => d.code)).toEqual(['sum-mismatch']);
  });

  it('logged the failures instead of dying', () => {
    expect(client.child.exitCode).toBeNull();
    expect(client.stderr()).not.toMatch(/TypeError|ReferenceError/);
  });
});

describe('configuration', () => {
  let dir: string;
  let c: TestClient;
  let settings: unknown = null;
  const cfg = () => join(dir, 'budgetlint.config.json');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlint-cfg-'));
    writeFileSync(cfg(), JSON.stringify({ rules: { 'sum-mismach': 'off' }, rounding: 'sometimes' }));
    c = await startClient({ rootUri: pathToFileURL(dir).href, initializationOptions: { debounceMs: 10 }, settings: () => settings });
  });
  afterAll(async () => {
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const docUri = () => pathToFileURL(join(dir, 'a.md')).href;
  const codes = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => `${d.code}:${d.severity}`);

  it('shows one clear error for a bad config file and lints with the defaults', async () => {
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri(), languageId: 'markdown', version: 1, text: DRAFT } });
    const p = await c.diagnostics(docUri(), (d) => d.diagnostics.length > 0);
    expect(codes(p)).toEqual(['sum-mismatch:1']);
    // Edits do not repeat the message.
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: docUri(), version: 2 }, contentChanges: [{ text: `${DRAFT}\n` }] });
    await c.diagnostics(docUri(), (d) => d.version === 2);
    const errors = c.messages.filter((m) => m.type === 1);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('budgetlint.config.json');
    expect(errors[0].message).toContain('rules.sum-mismach: unknown rule id');
    expect(errors[0].message).toContain('rounding');
    expect(errors[0].message).toContain('已改用默认配置');
  });

  it('reloads the config file on didChangeWatchedFiles', async () => {
    writeFileSync(cfg(), JSON.stringify({ rules: { 'sum-mismatch': 'warn' } }));
    const before = c.published.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(cfg()).href, type: 2 }] });
    const p = await c.diagnostics(docUri(), (d) => c.published.indexOf(d) >= before);
    expect(codes(p)).toEqual(['sum-mismatch:2']);
  });

  it('lets the client settings override severities, and turn budgetlint off', async () => {
    settings = { enable: true, rules: { 'sum-mismatch': 'info' } };
    let before = c.published.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    let p = await c.diagnostics(docUri(), (d) => c.published.indexOf(d) >= before);
    expect(codes(p)).toEqual(['sum-mismatch:3']);

    settings = { enable: true, rules: { 'no-such-rule': 'off' } };
    before = c.published.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    p = await c.diagnostics(docUri(), (d) => c.published.indexOf(d) >= before);
    expect(codes(p)).toEqual(['sum-mismatch:2']);
    expect(c.messages.filter((m) => m.type === 1).at(-1)?.message).toContain('budgetlint.rules');

    settings = { enable: false };
    before = c.published.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    p = await c.diagnostics(docUri(), (d) => c.published.indexOf(d) >= before);
    expect(p.diagnostics).toEqual([]);
    expect(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: docUri() }, position: positionOf(DRAFT, '31.62') })).toBeNull();
  });
});

describe('one config model with the CLI', () => {
  // A workspace whose root config leaves sum-mismatch on, with a nested folder whose own config turns it off
  // and ignores its 归档/ folder, and a .budgetlintignore at the root.
  let dir: string;
  let c: TestClient;
  let settings: unknown = null;
  const at = (rel: string) => join(dir, rel);
  const uriOf = (rel: string) => pathToFileURL(at(rel)).href;
  const openDoc = async (rel: string, text = DRAFT, languageId = 'markdown') => {
    writeFileSync(at(rel), text);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(rel), languageId, version: 1, text } });
    return c.diagnostics(uriOf(rel), (d) => d.version === 1);
  };
  const cliCodes = async (rel: string) => {
    let out = '';
    await runCli(['--format', 'json', rel], {
      cwd: dir,
      env: {},
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
      readStdin: async () => new Uint8Array(),
    });
    return out ? (JSON.parse(out) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((r) => r.messages.map((m) => m.ruleId)) : [];
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlint-nested-'));
    for (const d of ['分册/归档', '分册/草稿', '临时']) mkdirSync(at(d), { recursive: true });
    writeFileSync(at('budgetlint.config.json'), JSON.stringify({ rules: { 'stale-year': 'warn' } }));
    writeFileSync(at('分册/budgetlint.config.json'), JSON.stringify({ rules: { 'sum-mismatch': 'off' }, ignores: ['归档/**'] }));
    writeFileSync(at('.budgetlintignore'), '临时/\n');
    c = await startClient({ rootUri: pathToFileURL(dir).href, initializationOptions: { debounceMs: 10 }, settings: () => settings });
  });
  afterAll(async () => {
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('honours a nested config that turns a rule off, as the CLI does', async () => {
    expect((await openDoc('根.md')).diagnostics.map((d) => d.code)).toEqual(['sum-mismatch']);
    expect((await openDoc('分册/草稿/一.md')).diagnostics).toEqual([]);
    expect(await cliCodes('根.md')).toEqual(['sum-mismatch']);
    expect(await cliCodes('分册/草稿/一.md')).toEqual([]);
  });

  it("leaves alone what the config's ignores and .budgetlintignore leave out", async () => {
    expect((await openDoc('分册/归档/旧.md')).diagnostics).toEqual([]);
    expect((await openDoc('临时/草.txt', DRAFT, 'plaintext')).diagnostics).toEqual([]);
    const actions = await c.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf('临时/草.txt') },
      range: rangeOf(DRAFT, '31.62亿元'),
      context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
  });

  it('reloads when a nested config changes', async () => {
    writeFileSync(at('分册/budgetlint.config.json'), JSON.stringify({ rules: { 'sum-mismatch': 'warn' } }));
    const before = c.published.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('分册/budgetlint.config.json'), type: 2 }] });
    // (A publish the earlier opens set off may still come after `before`: the reload's is the first with a finding.)
    const p = await c.diagnostics(uriOf('分册/草稿/一.md'), (d) => c.published.indexOf(d) >= before && d.diagnostics.length > 0);
    expect(p.diagnostics.map((d) => `${d.code}:${d.severity}`)).toEqual(['sum-mismatch:2']);
    // Its ignores are gone with it: the archived draft is linted now.
    const archived = await c.diagnostics(uriOf('分册/归档/旧.md'), (d) => c.published.indexOf(d) >= before && d.diagnostics.length > 0);
    expect(archived.diagnostics.map((d) => d.code)).toEqual(['sum-mismatch']);
  });

  it('narrows the files it lints by the include/exclude and languages settings', async () => {
    // The re-lint an earlier change set off (the nested config reloaded above) may still publish after
    // `before`: what a settings change must bring is a publish after it with the narrowed result, and a
    // server that never sends one fails on the wait's timeout.
    let before = 0;
    const settled = (name: string, n: number) => c.diagnostics(uriOf(name), (d) => c.published.indexOf(d) >= before && d.diagnostics.length === n);
    settings = { include: ['分册/**'], exclude: ['**/归档/**'] };
    before = c.published.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    expect((await settled('根.md', 0)).diagnostics).toEqual([]);
    expect((await settled('分册/归档/旧.md', 0)).diagnostics).toEqual([]);
    expect((await settled('分册/草稿/一.md', 1)).diagnostics).toHaveLength(1);
    settings = { languages: ['plaintext'] };
    before = c.published.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    expect((await settled('根.md', 0)).diagnostics).toEqual([]);
    settings = null;
    before = c.published.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    expect((await settled('根.md', 1)).diagnostics).toHaveLength(1);
  });

  it('with run = onSave, lints on save rather than on every edit', async () => {
    settings = { run: 'onSave' };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await new Promise((r) => setTimeout(r, 100));
    const uri = uriOf('根.md');
    const fixed = DRAFT.replace('31.62亿元', '26.62亿元');
    const before = c.published.length;
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    await new Promise((r) => setTimeout(r, 150));
    expect(c.published.slice(before).filter((p) => p.uri === uri)).toEqual([]);
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    expect((await c.diagnostics(uri, (d) => d.version === 2)).diagnostics).toEqual([]);
    settings = null;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('lints every file of the workspace on request, opened or not, skipping ignored ones', async () => {
    writeFileSync(at('分册/草稿/二.md'), DRAFT);
    writeFileSync(at('分册/草稿/三.txt'), DRAFT.replace('31.62亿元', '26.62亿元'));
    writeFileSync(at('临时/不查.md'), DRAFT);
    const before = c.published.length;
    const r = await c.conn.sendRequest<{ files: number }>('workspace/executeCommand', { command: 'budgetlint.lintWorkspace', arguments: [] });
    const pub = c.published.slice(before);
    const codesOf = (rel: string) => pub.filter((p) => p.uri === uriOf(rel)).at(-1)?.diagnostics.map((d) => d.code);
    expect(codesOf('分册/草稿/二.md')).toEqual(['sum-mismatch']);
    expect(codesOf('分册/草稿/三.txt')).toEqual([]);
    expect(codesOf('临时/不查.md')).toBeUndefined();
    expect(r.files).toBeGreaterThanOrEqual(3);

    // A config change reaches the drafts that are not open, too: ignored now, their diagnostics are cleared.
    writeFileSync(at('.budgetlintignore'), '临时/\n草稿/\n');
    const again = c.published.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.budgetlintignore'), type: 2 }] });
    const cleared = await c.diagnostics(uriOf('分册/草稿/二.md'), (d) => c.published.indexOf(d) >= again);
    expect(cleared.diagnostics).toEqual([]);
  });
});

describe('large documents', () => {
  // A lint of several MB blocks the server for seconds: beyond budgetlint.largeFileSizeMB a document is
  // linted when saved, and the user is told so once. A 1 KB threshold stands in for the 2 MB default.
  let big: TestClient;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlint-lsp-large-'));
    big = await startClient({ rootUri: pathToFileURL(dir).href, initializationOptions: { debounceMs: 20 }, settings: () => ({ largeFileSizeMB: 0.001 }) });
  });
  afterAll(async () => {
    await big?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const filler = '\n本部门按照预算法和政府信息公开条例的规定，公开本年度部门预算及相关说明，接受社会监督。\n'.repeat(20);
  const waitFor = async (pred: () => boolean, what: string) => {
    for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 25));
    if (!pred()) throw new Error(`timed out waiting for ${what}`);
  };

  it('lints on save only, says so once, and small documents still lint as typed', async () => {
    const docUri = pathToFileURL(join(dir, 'big.md')).href;
    const text = DRAFT + filler;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1100);
    const told = () => big.messages.filter((m) => m.message.includes('只在保存时检查'));
    await big.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'markdown', version: 1, text } });
    await waitFor(() => told().length > 0, 'the large-document message');
    expect(told()[0]).toMatchObject({ type: 3 });
    expect(told()[0].message).toContain('budgetlint.largeFileSizeMB');
    // The message is sent where the lint would have run: nothing was published for the document.
    expect(big.published.filter((p) => p.uri === docUri)).toEqual([]);
    // Hovering does not start a lint either.
    expect(await big.conn.sendRequest('textDocument/hover', { textDocument: { uri: docUri }, position: positionOf(DRAFT, '31.62亿元') })).toBeNull();

    await big.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: docUri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }],
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(big.published.filter((p) => p.uri === docUri)).toEqual([]);

    await big.conn.sendNotification('textDocument/didSave', { textDocument: { uri: docUri } });
    const p = await big.diagnostics(docUri, (d) => d.version === 2);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['sum-mismatch']);
    expect(told()).toHaveLength(1);
    // After the save, hovers use that analysis.
    const h = await big.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: docUri }, position: { line: 2, character: 12 } });
    expect(hoverText(h)).toContain('31.62');

    const small = pathToFileURL(join(dir, 'small.md')).href;
    expect(Buffer.byteLength(DRAFT)).toBeLessThan(1048);
    await big.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'markdown', version: 1, text: DRAFT } });
    expect((await big.diagnostics(small)).diagnostics.map((d) => d.code)).toEqual(['sum-mismatch']);
    expect(told()).toHaveLength(1);
  });
});

describe('lifetime', () => {
  it('exits 0 after shutdown and exit', async () => {
    const c = await startClient();
    const exited = new Promise<number | null>((r) => c.child.once('exit', (code) => r(code)));
    await c.conn.sendRequest('shutdown');
    await c.conn.sendNotification('exit');
    expect(await exited).toBe(0);
  });

  it('exits when the editor goes away without a word (stdin closed)', async () => {
    const c = await startClient();
    const exited = new Promise<number | null>((r) => c.child.once('exit', (code) => r(code)));
    c.child.stdin.end();
    expect(await exited).toBe(1);
    c.conn.dispose();
  });

  it('refuses to start without a transport, and the bin shim says how to build', async () => {
    const { spawnSync } = await import('node:child_process');
    const { serverBin } = await import('./support/build.ts');
    const r = spawnSync(process.execPath, [serverBin], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--stdio');
  });
});
