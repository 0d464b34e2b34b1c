// The extension packages offline into a self-contained .vsix.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureVsix, extensionDir } from './support/vsix.ts';
import { startClient } from '../../packages/language-server/test/support/client.ts';
import { flow, writePdf } from '../../packages/cli/test/inputs/pdf-writer.ts';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));

describe('the .vsix', () => {
  let vsix: string;
  let listing: string;
  let output: string;
  const dir = mkdtempSync(join(tmpdir(), 'budgetlint-vsix-'));

  beforeAll(async () => {
    ({ path: vsix, output } = await ensureVsix({ out: join(dir, 'budgetlint.vsix') }));
    listing = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is built by the package script', () => {
    expect(output).toContain('Packaged:');
    expect(existsSync(vsix)).toBe(true);
    expect(statSync(vsix).size).toBeGreaterThan(50_000);
  });

  it('carries the extension, the server and the docs, and nothing else', () => {
    const files = listing
      .split('\n')
      .map((l) => l.trim().split(/\s+/).at(-1) ?? '')
      .filter((f) => f.startsWith('extension/'))
      .sort();
    // pdf.js and the data it reads Chinese text with, for the PDF drafts the server reads from disk.
    const pdfjs = files.filter((f) => f.startsWith('extension/dist/pdfjs/'));
    expect(pdfjs).toEqual(expect.arrayContaining(['extension/dist/pdfjs/pdf.min.mjs', 'extension/dist/pdfjs/pdf.worker.min.mjs', 'extension/dist/pdfjs/cmaps/UniGB-UCS2-H.bcmap']));
    expect(files.filter((f) => !pdfjs.includes(f))).toEqual(['extension/LICENSE.txt', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/package.json', 'extension/readme.md']);
  });

  it('has a bundled server that starts on its own (no node_modules)', () => {
    const server = join(extensionDir, 'dist/server.js');
    const version = spawnSync(process.execPath, [server, '--version'], { encoding: 'utf8', cwd: '/' });
    expect(version.stdout.trim()).toBe('0.1.0');
    const extension = readFileSync(join(extensionDir, 'dist/extension.js'), 'utf8');
    expect(extension).toContain('require("vscode")');
    expect(extension).not.toMatch(/require\("vscode-languageclient/);
  });

  it('declares what the marketplace and VS Code need', () => {
    expect(manifest).toMatchObject({
      name: 'budgetlint',
      publisher: expect.any(String),
      license: 'MIT',
      main: './dist/extension.js',
      engines: { vscode: expect.stringMatching(/^\^1\.\d+/) },
      repository: { url: expect.stringContaining('budgetlint') },
    });
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'onLanguage:plaintext']));
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(expect.arrayContaining(['budgetlint.enable', 'budgetlint.rules']));
    expect(manifest.contributes.commands).toContainEqual({ command: 'budgetlint.showClaims', title: '显示识别的数字与关系', category: 'Budgetlint' });
    expect(manifest.dependencies['vscode-languageclient']).toBeDefined();
  });

  it('lets the user choose which files to lint and when, restart the server and lint the whole workspace, and starts the server as the bench measures it', () => {
    const props = manifest.contributes.configuration.properties;
    expect(props['budgetlint.run']).toMatchObject({ enum: ['onType', 'onSave'], default: 'onType' });
    expect(props['budgetlint.languages']).toMatchObject({ type: 'array', default: ['markdown', 'plaintext'] });
    expect(props['budgetlint.include']).toMatchObject({ type: 'array', default: [] });
    expect(props['budgetlint.exclude']).toMatchObject({ type: 'array', default: [] });
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['budgetlint.restartServer', 'budgetlint.lintWorkspace']));
    // The server's own commands: the extension relies on the client registering them, so the ids must agree.
    const protocol = readFileSync(join(extensionDir, '../packages/language-server/src/protocol.ts'), 'utf8');
    expect(protocol).toContain("LINT_WORKSPACE_COMMAND = 'budgetlint.lintWorkspace'");
    const extension = readFileSync(join(extensionDir, 'src/extension.ts'), 'utf8');
    for (const id of ['budgetlint.suppressFinding', 'budgetlint.lintWorkspace', 'budgetlint.restartServer']) expect(extension).toContain(`'${id}'`);
    // The environment the server is started with: the extension, and the bench that measures the server as the extension starts it.
    const env = /SERVER_ENV[^=]*= (\{[^}]*\})/.exec(protocol)?.[1];
    expect(env).toBeDefined();
    expect(extension).toContain(`const SERVER_ENV = ${env};`);
    expect(readFileSync(join(extensionDir, '../bench/editor.mjs'), 'utf8')).toContain(`{ ...process.env, ${env!.slice(2, -2)} }`);
  });
});

// The server as the .vsix ships it (CommonJS, pdf.js beside it): the Word and PDF drafts VS Code shows in tabs.
describe('the bundled server reads Word and PDF drafts from disk', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlint-vsix-drafts-'));
  const SUM = '2025年，全市税收返还和转移支付31.62亿元，其中返还性收入2.4亿元，一般性转移支付13.4亿元，专项转移支付10.2亿元。';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lints a .pdf and a .docx it is told about (budgetlint/lintFile), naming the page and the paragraph', async () => {
    await ensureVsix();
    writeFileSync(join(dir, '说明.pdf'), writePdf([{ runs: flow(['一、转移支付情况']).runs }, { runs: flow([SUM]).runs }]));
    const doc = new Document({ sections: [{ children: ['一、转移支付情况', SUM].map((t) => new Paragraph({ children: [new TextRun(t)] })) }] });
    writeFileSync(join(dir, '说明.docx'), new Uint8Array(await Packer.toBuffer(doc)));
    const client = await startClient({ server: join(extensionDir, 'dist/server.js'), rootUri: pathToFileURL(dir).href });
    try {
      for (const [name, place] of [['说明.pdf', /^第2页：/], ['说明.docx', /^第2段「/]] as const) {
        const uri = pathToFileURL(join(dir, name)).href;
        await client.conn.sendNotification('budgetlint/lintFile', { uri });
        const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0, 60_000);
        expect(p.diagnostics.map((d) => d.code), client.stderr()).toEqual(['sum-mismatch']);
        expect(p.diagnostics[0].message).toMatch(place);
      }
    } finally {
      await client.close();
    }
  });
});
