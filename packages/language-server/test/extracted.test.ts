// Word and PDF drafts in the editor: the built server reads them from disk with the CLI's readers
// when the editor says it shows one (budgetlint/lintFile, as the VS Code extension does for its tabs)
// or opens one as a text document, and publishes findings on the extracted text's positions with
// the page or paragraph in front of each message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { ensureServerBuilt } from './support/build.ts';
import { startClient, type TestClient } from './support/client.ts';
import { FORGET_FILE_NOTIFICATION, LINT_FILE_NOTIFICATION } from '../src/protocol.ts';
import { readSource } from '../../cli/src/inputs/index.ts';
import { flow, writePdf } from '../../cli/test/inputs/pdf-writer.ts';

// 2.4 + 13.4 + 10.2 = 26.0, not 31.62: a sum-mismatch in the third paragraph, on the second page.
const INTRO = ['一、转移支付情况', '本部分说明全市税收返还和转移支付的安排情况，数字均按四舍五入列示，合计数与分项之和可能存在尾差。'];
const SUM = '2025年，全市税收返还和转移支付31.62亿元，其中返还性收入2.4亿元，一般性转移支付13.4亿元，专项转移支付10.2亿元。';
const STATEMENT = '2025年，全市税收返还和转移支付31.62亿元，其中返还性收入2.4亿元，一般性转移支付13.4亿元，专项转移支付10.2亿元';
const FIXED = SUM.replace('31.62亿元', '26.0亿元');

async function docxBytes(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((t) => new Paragraph({ children: [new TextRun(t)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

let client: TestClient;
let dir: string;
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const lintFile = (name: string) => client.conn.sendNotification(LINT_FILE_NOTIFICATION, { uri: uriOf(name) });
const sumOf = (name: string) => client.diagnostics(uriOf(name), (p) => p.diagnostics.some((d) => d.code === 'sum-mismatch'), 60_000);

/** The characters a range covers in the text the CLI extracts from the file (what --print-text prints). */
async function covered(name: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  const { readFileSync } = await import('node:fs');
  const text = (await readSource(join(dir, name), readFileSync(join(dir, name)))).text;
  const line = text.split(/\r\n|\r|\n/)[range.start.line];
  return line.slice(range.start.character, range.end.character);
}

beforeAll(async () => {
  await ensureServerBuilt();
  dir = mkdtempSync(join(tmpdir(), 'budgetlint-lsp-extracted-'));
  writeFileSync(join(dir, '说明.pdf'), writePdf([{ runs: flow(INTRO).runs }, { runs: flow([SUM]).runs }]));
  writeFileSync(join(dir, '说明.docx'), await docxBytes(['', ...INTRO, '', SUM]));
  writeFileSync(join(dir, '损坏.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
  client = await startClient({ rootUri: pathToFileURL(dir).href, initializationOptions: { debounceMs: 20 } });
}, 120_000);

afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Word and PDF files shown in the editor', { timeout: 90_000 }, () => {
  it('a PDF: the finding on the extracted text, its page in front of the message and beside its related figures', async () => {
    await lintFile('说明.pdf');
    const p = await sumOf('说明.pdf');
    const d = p.diagnostics.find((x) => x.code === 'sum-mismatch')!;
    expect(d.message).toMatch(/^第2页：.*26\.00?亿元/);
    // The diagnostic covers the statement, from its sentence's start to the last figure it sums.
    expect(await covered('说明.pdf', d.range)).toBe(STATEMENT);
    // The figure the rule names comes first among the related places, then the items.
    expect(d.relatedInformation?.map((r) => r.message)).toEqual([expect.stringMatching(/^所指“31\.62亿元”（第2页）$/), expect.stringMatching(/2\.4亿元（第2页）$/), expect.stringMatching(/13\.4亿元（第2页）$/), expect.stringMatching(/10\.2亿元（第2页）$/)]);
    expect(d.data).toMatchObject({ ruleId: 'sum-mismatch' });
  });

  it('a Word file: the paragraph and a few words of it in front of the message', async () => {
    await lintFile('说明.docx');
    const p = await sumOf('说明.docx');
    const d = p.diagnostics.find((x) => x.code === 'sum-mismatch')!;
    expect(d.message).toMatch(/^第3段「[^」]*31\.62亿元[^」]*」：/);
    expect(await covered('说明.docx', d.range)).toBe(STATEMENT);
  });

  it('a file it cannot read gets one diagnostic saying why, and the server carries on', async () => {
    await lintFile('损坏.pdf');
    const p = await client.diagnostics(uriOf('损坏.pdf'), (x) => x.diagnostics.length > 0, 60_000);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0].message).toMatch(/^budgetlint 无法读取此 PDF：\S/);
    expect(p.diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
  });

  it('read again when it changes on disk; cleared when the editor closes it', async () => {
    writeFileSync(join(dir, '说明.docx'), await docxBytes(['', ...INTRO, '', FIXED]));
    const before = client.published.length;
    await lintFile('说明.docx');
    const fixed = await client.diagnostics(uriOf('说明.docx'), (p) => client.published.indexOf(p) >= before, 60_000);
    expect(fixed.diagnostics).toEqual([]);
    writeFileSync(join(dir, '说明.docx'), await docxBytes(['', ...INTRO, '', SUM]));
    await lintFile('说明.docx');
    await client.diagnostics(uriOf('说明.docx'), (p) => client.published.indexOf(p) > before && p.diagnostics.length > 0, 60_000);
    const mark = client.published.length;
    await client.conn.sendNotification(FORGET_FILE_NOTIFICATION, { uri: uriOf('说明.docx') });
    const cleared = await client.diagnostics(uriOf('说明.docx'), (p) => client.published.indexOf(p) >= mark);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('opened as a text document (an editor showing its bytes), it is read from disk, not from the bytes, on open and on save', async () => {
    const uri = uriOf('说明.pdf');
    const mark = client.published.length;
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '%PDF-1.7 ��� 合计100万元，其中甲50万元，乙20万元。' } });
    const opened = await client.diagnostics(uri, (p) => client.published.indexOf(p) >= mark && p.diagnostics.length > 0, 60_000);
    expect(opened.diagnostics.map((d) => d.code)).toEqual(['sum-mismatch']);
    expect(opened.diagnostics[0].message).toMatch(/^第2页：/);
    writeFileSync(join(dir, '说明.pdf'), writePdf([{ runs: flow(INTRO).runs }, { runs: flow([FIXED]).runs }]));
    const saved = client.published.length;
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const after = await client.diagnostics(uri, (p) => client.published.indexOf(p) >= saved, 60_000);
    expect(after.diagnostics).toEqual([]);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('检查整个工作区 lints the Word and PDF files nobody opened, as the CLI would', async () => {
    writeFileSync(join(dir, '未打开.docx'), await docxBytes(['', ...INTRO, '', SUM]));
    const mark = client.published.length;
    const r = await client.conn.sendRequest<{ files: number }>('workspace/executeCommand', { command: 'budgetlint.lintWorkspace', arguments: [] });
    expect(r.files).toBeGreaterThanOrEqual(3);
    const p = await client.diagnostics(uriOf('未打开.docx'), (x) => client.published.indexOf(x) >= mark && x.diagnostics.length > 0, 60_000);
    expect(p.diagnostics.map((d) => [d.code, /^第3段「/.test(d.message)])).toEqual([['sum-mismatch', true]]);
  });
});
