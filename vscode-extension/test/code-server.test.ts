// VS Code itself (code-server, driven through Debian's Chromium): the .vsix
// installed the way a user installs it, a draft opened, the squiggle, the
// Problems panel, the hover, the status bar and the claims command checked.
// Only loopback traffic: code-server on 127.0.0.1, no gallery, no updates.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureVsix, repoRoot } from './support/vsix.ts';
import { DRAFT } from '../../packages/language-server/test/support/draft.ts';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const csDir = process.env.BUDGETLINT_CODE_SERVER_DIR ?? join(homedir(), '.cache/budgetlint-code-server');
const codeServer = join(csDir, 'node_modules/.bin/code-server');
const chromiumPath = process.env.BUDGETLINT_CHROMIUM ?? '/usr/bin/chromium';
const missing = [
  !existsSync(codeServer) && `code-server (${codeServer}; scripts/ci/30-editors.sh installs it)`,
  !existsSync(chromiumPath) && `chromium (${chromiumPath})`,
].filter(Boolean);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(missing.length > 0)(`VS Code (code-server)${missing.length ? ` — missing ${missing.join(', ')}` : ''}`, () => {
  let dir: string;
  let server: ChildProcess | undefined;
  let serverLog = '';
  let browser: import('playwright-core').Browser | undefined;
  let page: import('playwright-core').Page;
  let url: string;
  const artifacts = join(repoRoot, '.artifacts');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlint-code-server-'));
    const { path: vsix } = await ensureVsix({ copyTo: join(dir, 'budgetlint.vsix') });
    const ws = join(dir, 'workspace');
    const userData = join(dir, 'user-data');
    const extensions = join(dir, 'extensions');
    const xdg = join(dir, 'xdg');
    for (const d of [ws, join(userData, 'User'), extensions, xdg]) mkdirSync(d, { recursive: true });
    writeFileSync(join(ws, 'draft.md'), DRAFT);
    // A Word draft, which VS Code cannot show as text: the extension has the server read it from disk.
    const docx = new Document({ sections: [{ children: DRAFT.split('\n').filter(Boolean).map((t) => new Paragraph({ children: [new TextRun(t)] })) }] });
    writeFileSync(join(ws, 'budget-notes.docx'), new Uint8Array(await Packer.toBuffer(docx)));
    writeFileSync(
      join(userData, 'User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'chat.commandCenter.enabled': false,
        'editor.hover.delay': 200,
        'editor.fontSize': 16,
        'window.commandCenter': false,
      }),
    );
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: join(xdg, 'config'),
      XDG_DATA_HOME: join(xdg, 'data'),
      XDG_CACHE_HOME: join(xdg, 'cache'),
      XDG_STATE_HOME: join(xdg, 'state'),
      // No marketplace: anything that would ask it gets a closed loopback port.
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
    };
    const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', join(dir, 'config.yaml')];
    writeFileSync(join(dir, 'config.yaml'), 'auth: none\ncert: false\n');

    const install = spawnSync(codeServer, [...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    expect(install.stdout).toMatch(/budgetlint/);

    const port = await freePort();
    // detached: Node calls setsid(2) in the child, so code-server leads its own
    // session and process group and afterAll can end the whole group at once.
    server = spawn(
      codeServer,
      [
        ...common,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        ws,
      ],
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server.stdout!.on('data', (d) => (serverLog += d));
    server.stderr!.on('data', (d) => (serverLog += d));
    url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`;
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (r.ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 300 || server.exitCode !== null) throw new Error(`code-server did not start:\n${serverLog}`);
      await sleep(200);
    }

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    if (server?.pid && server.exitCode === null) {
      // setsid made code-server the leader of its own group: end it and every child it started.
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      for (let i = 0; i < 50 && server.exitCode === null; i++) await sleep(100);
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  /** Presses `key` until the quick-input box shows (a slow workbench may swallow the first press). */
  const quickInput = async (key: string) => {
    const input = page.locator('.quick-input-widget input');
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(key);
      try {
        await input.waitFor({ state: 'visible', timeout: 2000 });
        return input;
      } catch {
        await page.keyboard.press('Escape');
      }
    }
    throw new Error(`quick input did not open with ${key}`);
  };

  // A statement's squiggle is one element a line, redrawn as the lines re-render: take the box once one stands still.
  const firstBox = async (squiggle: ReturnType<typeof page.locator>) => {
    for (let i = 0; i < 50; i++) {
      const box = await squiggle.first().boundingBox().catch(() => null);
      if (box) return box;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the squiggle never got a box');
  };

  const runCommand = async (name: string) => {
    const input = await quickInput('F1');
    await input.fill(`>${name}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
  };

  it(
    'underlines the statement, lists it in Problems, counts it in the status bar',
    async () => {
      // Open the draft through Quick Open, as a user would.
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
      const input = await quickInput('Control+P');
      await input.fill('draft.md');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'draft.md' }).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      await page.locator('.editor-instance .view-lines', { hasText: '税收返还和转移支付' }).waitFor({ timeout: 30_000 });

      // The first extension-host start is slow on two cores: wait generously for the squiggle.
      const squiggle = page.locator('.monaco-editor .squiggly-error');
      await squiggle.first().waitFor({ state: 'attached', timeout: 150_000 });
      // The statement runs from the total's line to the last item's: Monaco draws one squiggle a line.
      expect(await squiggle.count()).toBe(4);

      // The first squiggle sits on the third line, where the statement (and "31.62亿元") starts.
      const lineBox = await page.locator('.view-line', { hasText: '税收返还和转移支付31.62亿元' }).boundingBox();
      const sq = await squiggle.first().boundingBox();
      expect(lineBox && sq).toBeTruthy();
      expect(Math.abs(sq!.y + sq!.height / 2 - (lineBox!.y + lineBox!.height / 2))).toBeLessThan(lineBox!.height);

      const status = page.locator('.statusbar', { hasText: 'budgetlint: 1' });
      await status.waitFor({ timeout: 30_000 });

      const problems = page.locator('.markers-panel');
      for (let i = 0; i < 15 && !(await problems.isVisible()); i++) {
        await page.keyboard.press('Control+Shift+M');
        await problems.waitFor({ timeout: 2000 }).catch(() => undefined);
      }
      await problems.waitFor({ timeout: 10_000 });
      await page.locator('.markers-panel .monaco-list-row', { hasText: '合计31.62亿元' }).first().waitFor({ timeout: 30_000 });
      const text = await problems.innerText();
      expect(text).toContain('合计31.62亿元，但分项之和为26.62亿元');
      expect(text).toContain('budgetlint');
      expect(text).toContain('sum-mismatch');
      expect(text).toMatch(/\[Ln 3, Col 1\]/);

      // Hover on the figure: the diagnostic and budgetlint's reading of it.
      // (the squiggle lies under the text layer, so move the mouse there rather than "hover" the element)
      // Over the total itself, found in the rendered line (the squiggle covers the whole statement).
      const figure = await page.evaluate(() => {
        for (const line of Array.from(document.querySelectorAll('.view-line'))) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = (n.textContent ?? '').indexOf('31.62');
            if (i < 0) continue;
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 5);
            const b = range.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
        }
        return null;
      });
      expect(figure).toBeTruthy();
      await page.mouse.move(figure!.x, figure!.y, { steps: 5 });
      const hover = page.locator('.monaco-hover', { hasText: '其中3项' });
      await hover.first().waitFor({ timeout: 30_000 });
      const hoverText = await hover.first().innerText();
      expect(hoverText).toContain('合计（税收返还和转移支付），其中3项，分项之和26.62亿元');
      expect(hoverText).toContain('3162000000元');

      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, 'vscode.png') });
    },
    240_000,
  );

  it(
    'shows the figures and claims in a read-only view',
    async () => {
      await page.keyboard.press('Escape');
      await page.locator('.editor-instance .view-lines', { hasText: '税收返还和转移支付' }).first().click();
      await runCommand('Budgetlint: 显示识别的数字与关系');
      const table = page.locator('.editor-instance .view-lines', { hasText: '识别的数字与关系' });
      await table.first().waitFor({ timeout: 30_000 });
      const text = await table.first().innerText();
      expect(text).toMatch(/数字\s*7\s*个/);
      expect(text).toContain('sum-mismatch');
      await page.locator('.tab', { hasText: 'draft.md 的数字与关系.txt' }).first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-claims.png') });
    },
    120_000,
  );

  it(
    'applies the quick fix from the lightbulb menu',
    async () => {
      await page.locator('.tab', { hasText: /^draft\.md/ }).first().click();
      const squiggle = page.locator('.monaco-editor .squiggly-error');
      await squiggle.first().waitFor({ state: 'attached', timeout: 30_000 });
      const sq = await firstBox(squiggle);
      await page.mouse.click(sq.x + sq.width / 2, sq.y + sq.height / 2);
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: '将合计改为26.62亿元' });
      await fix.first().waitFor({ timeout: 30_000 });
      const menu = await page.locator('.action-widget').first().innerText();
      expect(menu).toContain('在此处忽略 sum-mismatch');
      expect(menu).toContain('查看规则说明：sum-mismatch');
      await page.screenshot({ path: join(artifacts, 'vscode-quickfix.png') });
      // The rule's fix comes first and has the focus (a pointer block covers the menu for clicks).
      // It is offered, not preferred: auto-fix never rewrites a total on its own.
      expect(menu).toContain('忽略此问题（记入 budgetlint-suppressions.json）');
      await page.keyboard.press('Enter');
      await page.locator('.view-line', { hasText: '税收返还和转移支付26.62亿元' }).waitFor({ timeout: 30_000 });
      await page.locator('.statusbar', { hasText: 'budgetlint: 0' }).waitFor({ timeout: 30_000 });
      expect(await squiggle.count()).toBe(0);
      // The claims view beside it follows the edit.
      await page.locator('.editor-instance .view-lines', { hasText: '问题 0 个' }).first().waitFor({ timeout: 30_000 });
    },
    120_000,
  );

  it(
    'reports a broken budgetlint.config.json once, and picks up the fixed one',
    async () => {
      const ws = join(dir, 'workspace');
      writeFileSync(join(ws, 'budgetlint.config.json'), JSON.stringify({ rules: { 'sum-mismach': 'off' } }));
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'budgetlint.config.json' });
      await toast.first().waitFor({ timeout: 60_000 });
      expect(await toast.first().innerText()).toContain('rules.sum-mismach: unknown rule id');
      await page.screenshot({ path: join(artifacts, 'vscode-config-error.png') });

      // Fixed: sum-mismatch as a warning. Undo the quick fix to bring the finding back.
      writeFileSync(join(ws, 'budgetlint.config.json'), JSON.stringify({ rules: { 'sum-mismatch': 'warning' } }));
      await page.locator('.editor-instance .view-lines', { hasText: '税收返还和转移支付' }).first().click();
      await page.keyboard.press('Control+Z');
      await page.locator('.view-line', { hasText: '税收返还和转移支付31.62亿元' }).waitFor({ timeout: 30_000 });
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
      expect(await page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
      expect(await toast.count()).toBe(1);
    },
    150_000,
  );

  it(
    'ignores a finding in budgetlint-suppressions.json, asking why; lints the whole workspace; restarts the server',
    async () => {
      const ws = join(dir, 'workspace');
      await page.locator('.tab', { hasText: /^draft\.md/ }).first().click();
      const squiggle = page.locator('.monaco-editor .squiggly-warning');
      await squiggle.first().waitFor({ state: 'attached', timeout: 60_000 });
      const sq = await firstBox(squiggle);
      await page.mouse.click(sq.x + sq.width / 2, sq.y + sq.height / 2);
      await page.keyboard.press('Control+.');
      const row = page.locator('.action-widget .monaco-list-row', { hasText: '忽略此问题' });
      await row.first().waitFor({ timeout: 30_000 });
      for (let i = 0; i < 6; i++) {
        const focused = await page.locator('.action-widget .monaco-list-row.focused').first().innerText().catch(() => '');
        if (focused.includes('忽略此问题')) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      const reason = page.locator('.quick-input-widget input');
      await reason.waitFor({ state: 'visible', timeout: 30_000 });
      await reason.fill('分项仅列主要项目，非全部');
      await page.keyboard.press('Enter');
      await page.locator('.statusbar', { hasText: 'budgetlint: 0' }).waitFor({ timeout: 60_000 });
      expect(await squiggle.count()).toBe(0);
      const written = JSON.parse(readFileSync(join(ws, 'budgetlint-suppressions.json'), 'utf8'));
      expect(written.files['draft.md'][0]).toMatchObject({ ruleId: 'sum-mismatch', reason: '分项仅列主要项目，非全部' });

      // A draft nobody opened shows up in Problems after 检查整个工作区.
      writeFileSync(join(ws, '未打开.txt'), DRAFT);
      await runCommand('Budgetlint: 检查整个工作区');
      await page.locator('.notifications-toasts .notification-toast', { hasText: '已检查' }).first().waitFor({ timeout: 60_000 });
      const problems = page.locator('.markers-panel');
      for (let i = 0; i < 15 && !(await problems.isVisible()); i++) {
        await page.keyboard.press('Control+Shift+M');
        await problems.waitFor({ timeout: 2000 }).catch(() => undefined);
      }
      await page.locator('.markers-panel .monaco-list-row', { hasText: '未打开.txt' }).first().waitFor({ timeout: 30_000 });

      await runCommand('Budgetlint: 重启语言服务器');
      await page.locator('.notifications-toasts .notification-toast', { hasText: '语言服务器已重启' }).first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-workspace.png') });
    },
    180_000,
  );

  it(
    'lints a Word file opened in a tab (no text editor for it): its findings in Problems, naming the paragraph',
    async () => {
      await page.keyboard.press('Escape');
      const input = await quickInput('Control+P');
      await input.fill('budget-notes.docx');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'budget-notes.docx' }).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      await page.locator('.tab', { hasText: 'budget-notes.docx' }).first().waitFor({ timeout: 30_000 });
      const problems = page.locator('.markers-panel');
      for (let i = 0; i < 15 && !(await problems.isVisible()); i++) {
        await page.keyboard.press('Control+Shift+M');
        await problems.waitFor({ timeout: 2000 }).catch(() => undefined);
      }
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: /第\d+段「/ });
      await row.first().waitFor({ timeout: 90_000 });
      expect(await row.first().innerText()).toContain('31.62亿元');
      expect(await problems.innerText()).toContain('budget-notes.docx');
      await page.screenshot({ path: join(artifacts, 'vscode-docx.png') });
    },
    150_000,
  );
});
