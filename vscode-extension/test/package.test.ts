// The extension packages offline into a self-contained .vsix.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureVsix, extensionDir } from './support/vsix.ts';

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
    expect(files).toEqual(['extension/LICENSE.txt', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/package.json', 'extension/readme.md']);
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

  it('lets the user choose which files to lint and when, restart the server and lint the whole workspace', () => {
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
  });
});
