import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error build.mjs is plain JavaScript run by Node
import { buildWeb } from '../build.mjs';
import { docxDraft, TXT_LINES } from './drafts.ts';
import { startServe } from './serve.ts';

/**
 * The page as a drafter meets it: Debian's Chromium opens dist/index.html
 * from disk (file://, no server), a .txt and a generated .docx are picked,
 * the findings appear in Chinese, a click scrolls to the figure. Any request
 * that is not for the page itself fails the test: the draft never leaves the
 * machine. Screenshots go to .artifacts/web-*.png (CI keeps .artifacts/).
 */
const CHROMIUM = '/usr/bin/chromium';
const CLI = fileURLToPath(new URL('../../cli/bin/budgetlint.js', import.meta.url));
const ARTIFACTS = resolve(import.meta.dirname, '../../../.artifacts');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// A loaded CI machine reads a PDF in a browser slowly; nothing here is a timing assertion.
describe.skipIf(!existsSync(CHROMIUM))('the web page in headless Chromium (file://, offline)', { timeout: 90_000 }, () => {
  let tmp: string;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  const requests: string[] = [];
  let pdf: Buffer | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'budgetlint-web-'));
    const { file } = await buildWeb({ outdir: join(tmp, 'site') });
    url = pathToFileURL(file).href;
    mkdirSync(ARTIFACTS, { recursive: true });
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1360, height: 900 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    context.on('request', (r) => requests.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
  });

  /** What `budgetlint --print-text` prints for a PDF, run on a copy of it in a scratch folder. */
  function cliText(name: string, bytes: Buffer | undefined): string {
    const dir = join(tmp, 'print-text');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), bytes ?? Buffer.alloc(0));
    const r = spawnSync(process.execPath, [CLI, '--print-text', name], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout;
  }

  afterAll(async () => {
    await context?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('opens from disk, in Chinese, saying the draft stays on this machine', async () => {
    expect(await page.title()).toContain('预决算公开说明一致性检查');
    expect(await page.textContent('.privacy')).toContain('草稿不会离开这台电脑');
    expect(await page.isVisible('#results')).toBe(false);
  });

  it('a .txt draft: summary, findings in Chinese, highlights; a click scrolls to the figure', async () => {
    await page.setInputFiles('#file', { name: '转移支付说明.txt', mimeType: 'text/plain', buffer: Buffer.from(TXT_LINES.join('\r\n'), 'utf8') });
    await page.waitForSelector('#documents li.finding');
    expect(await page.textContent('#summary-body .totals')).toContain('检查了 1 个文件，发现 3 处错误');
    // No check threw in the browser (a Node global in the reading code is caught there and skips its findings).
    expect(await page.textContent('#documents')).not.toContain('出错而被跳过');
    const messages = await page.$$eval('li.finding .msg', (els) => els.map((e) => e.textContent));
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('分项之和为26.00亿元');
    expect(messages[1]).toContain('降幅应为5.96%');
    expect(messages[2]).toContain('超过同期政府债务限额85.00亿元');
    expect(await page.textContent('mark.hl-error[data-f="d0-0"]')).toBe('31.62亿元');
    expect(await page.$$eval('.rel[data-r~="d0-0"]', (els) => els.map((e) => e.textContent))).toEqual(['2.40亿元', '13.40亿元', '10.20亿元']);

    // Scroll the text away, then click the last finding: its figure comes into view, selected, with its related figure.
    await page.setViewportSize({ width: 1360, height: 520 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('li.finding[data-f="d0-2"]');
    const mark = page.locator('mark.hl[data-f~="d0-2"]');
    await expect.poll(() => mark.evaluate((e) => e.classList.contains('sel'))).toBe(true);
    await expect.poll(() => mark.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(await page.$$eval('.rel.rel-on', (els) => els.map((e) => e.textContent))).toEqual(['85.00亿元']);
    expect(await page.getAttribute('li.finding[data-f="d0-2"]', 'class')).toContain('active');

    // A click on a highlight in the text selects its entry in the list.
    await page.click('mark.hl[data-f~="d0-0"]');
    expect(await page.getAttribute('li.finding[data-f="d0-0"]', 'class')).toContain('active');
    await page.setViewportSize({ width: 1360, height: 900 });
    await page.click('li.finding[data-f="d0-1"]');
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(ARTIFACTS, 'web-txt.png'), fullPage: true });
  });

  it('忽略此处 writes a suppression that the page, then the CLI, honour', async () => {
    await page.click('button.ignore[data-f="d0-0"]');
    await page.fill('.ignore-form input[name="reason"]', '所列分项为主要项目，并非全部');
    await page.fill('.ignore-form input[name="by"]', '李四');
    await page.click('.ignore-form button[type="submit"]');
    await page.waitForSelector('details.suppressed');
    expect(await page.$$eval('li.finding code', (els) => els.map((e) => e.textContent))).toEqual(['change-mismatch', 'debt-over-limit']);
    expect(await page.textContent('details.suppressed summary')).toContain('已忽略 1 处');
    expect(await page.textContent('#summary-body .totals')).toContain('另有 1 处已核实忽略');
    expect(await page.$$eval('mark.hl', (els) => els.map((e) => e.textContent))).not.toContain('31.62亿元');
    expect(await page.isVisible('#suppressions-note')).toBe(true);
    await page.click('details.suppressed summary');
    await page.screenshot({ path: join(ARTIFACTS, 'web-ignore.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-suppressions')]);
    expect(download.suggestedFilename()).toBe('budgetlint-suppressions.json');
    const folder = join(tmp, 'drafts');
    mkdirSync(folder, { recursive: true });
    await download.saveAs(join(folder, 'budgetlint-suppressions.json'));
    const saved = JSON.parse(readFileSync(join(folder, 'budgetlint-suppressions.json'), 'utf8'));
    expect(saved.files['转移支付说明.txt']).toMatchObject([{ ruleId: 'sum-mismatch', reason: '所列分项为主要项目，并非全部', by: '李四' }]);

    // The CLI, run in the folder the drafter put the file in, stays silent on it too.
    writeFileSync(join(folder, '转移支付说明.txt'), TXT_LINES.join('\r\n'));
    const cli = spawnSync(process.execPath, [CLI, '--format', 'json', '转移支付说明.txt'], { cwd: folder, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(JSON.parse(cli.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['change-mismatch', 'debt-over-limit']);

    // Dropped with the draft into a fresh page, the file silences the same finding there.
    const fresh = await context.newPage();
    await fresh.goto(url);
    await fresh.waitForSelector('body[data-ready="true"]');
    await fresh.setInputFiles('#file', [join(folder, '转移支付说明.txt'), join(folder, 'budgetlint-suppressions.json')]);
    await fresh.waitForSelector('details.suppressed');
    expect(await fresh.$$eval('li.finding code', (els) => els.map((e) => e.textContent))).toEqual(['change-mismatch', 'debt-over-limit']);
    await fresh.close();
  });

  it('a PDF printed from the draft (wrapped lines, CJK fonts) reads as its paragraphs; a damaged one gets one clear line', async () => {
    // Chromium's own "save as PDF": embedded CJK subset fonts, lines wrapped at the page width.
    const printer = await context.newPage();
    await printer.setContent(
      `<html><body style="font: 12pt 'Noto Sans CJK SC'; width: 15cm; margin: 2cm">${TXT_LINES.map((l) => `<p style="text-indent: 2em">${l}</p>`).join('')}</body></html>`,
    );
    pdf = await printer.pdf({ format: 'A4' });
    await printer.close();
    await page.setInputFiles('#file', [
      { name: '转移支付说明.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: '损坏.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') },
    ]);
    await page.waitForSelector('article[data-name="转移支付说明.pdf"]');
    expect(await page.textContent('#summary-body .unreadable')).toContain('损坏.pdf');
    expect(await page.textContent('#summary-body .unreadable')).toMatch(/损坏|不是 PDF/);
    const text = await page.$$eval('article[data-name="转移支付说明.pdf"] .tx', (els) => els.map((e) => e.textContent ?? ''));
    expect(text.filter(Boolean)).toEqual(TXT_LINES);
    // The text the page checks is the text the CLI checks, line for line (one layout step, core's layoutPdf).
    expect(text.join('\n')).toBe(cliText('转移支付说明.pdf', pdf));
    const rules = await page.$$eval('article[data-name="转移支付说明.pdf"] li.finding code', (els) => els.map((e) => e.textContent));
    expect(rules).toEqual(['sum-mismatch', 'change-mismatch', 'debt-over-limit']);
    await page.screenshot({ path: join(ARTIFACTS, 'web-pdf.png'), fullPage: true });
  });

  it('a PDF with a table and a wrapped paragraph reads in the page exactly as `budgetlint --print-text` prints it', async () => {
    const printer = await context.newPage();
    const cells = (tag: string, row: string[]) => `<tr>${row.map((c) => `<${tag} style="border: 1px solid #000; padding: 2px 8px">${c}</${tag}>`).join('')}</tr>`;
    await printer.setContent(
      `<html><body style="font: 11pt 'Noto Sans CJK SC'; width: 15cm; margin: 2cm">` +
        `<p style="text-align: center; font-size: 18pt">2025年某区卫生健康委员会部门预算说明</p>` +
        `<p style="text-indent: 2em">2025年部门收入预算合计2460万元，比上年增加130万元，主要是公共卫生服务项目支出增加。其中基本支出1200万元，项目支出850万元，其他支出310万元，收入预算全部为一般公共预算财政拨款收入。</p>` +
        `<p>单位：万元</p><table style="border-collapse: collapse">${cells('th', ['项目', '预算数', '上年数'])}${[['基本支出', '1200', '1150'], ['项目支出', '850', '820'], ['其他支出', '310', '360'], ['合计', '2460', '2330']].map((r) => cells('td', r)).join('')}</table>` +
        `<p style="text-indent: 2em">2025年“三公”经费财政拨款预算为95.6万元，其中：公务接待费18.2万元，公务用车运行维护费52.4万元，因公出国（境）费用20.0万元。</p>` +
        `</body></html>`,
    );
    const tabled = await printer.pdf({ format: 'A4' });
    await printer.close();
    await page.setInputFiles('#file', { name: '卫健委预算.pdf', mimeType: 'application/pdf', buffer: tabled });
    await page.waitForSelector('article[data-name="卫健委预算.pdf"]');
    const text = (await page.$$eval('article[data-name="卫健委预算.pdf"] .tx', (els) => els.map((e) => e.textContent ?? ''))).join('\n');
    const cli = cliText('卫健委预算.pdf', tabled);
    expect(text).toBe(cli);
    // Not two empty texts: the table came through as a table, the wrapped paragraph as one line.
    expect(cli).toContain('| 合计 | 2460 | 2330 |');
    expect(cli.split('\n')).toContain('2025年部门收入预算合计2460万元，比上年增加130万元，主要是公共卫生服务项目支出增加。其中基本支出1200万元，项目支出850万元，其他支出310万元，收入预算全部为一般公共预算财政拨款收入。');
  });

  it('a .docx with a table: the 合计 row and the 其中 list are checked', async () => {
    await page.setInputFiles('#file', [
      { name: '部门预算说明.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await docxDraft()) },
    ]);
    await page.waitForSelector('article[data-name="部门预算说明.docx"] li.finding');
    const messages = await page.$$eval('li.finding .msg', (els) => els.map((e) => e.textContent ?? ''));
    expect(messages.some((m) => m.includes('2460') && m.includes('2360'))).toBe(true);
    expect(messages.some((m) => m.includes('95.6万元') && m.includes('90.6万元'))).toBe(true);
    expect(await page.textContent('article .meta')).toContain('Word 文档');
    await page.click('li.finding[data-f="d0-0"]');
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(ARTIFACTS, 'web-docx.png'), fullPage: true });
  });

  it('saves the report as one HTML file that works on its own', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
    expect(download.suggestedFilename()).toBe('检查报告-部门预算说明.html');
    const saved = join(tmp, 'report.html');
    await download.saveAs(saved);
    const html = readFileSync(saved, 'utf8');
    expect(html).toContain('<mark class="hl hl-error"');
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link\b/i);
    // Page-only controls stay on the page.
    expect(html).not.toContain('class="ignore"');
    expect(html).not.toContain('id="save"');
    // Opened from disk, a click in it still scrolls to the figure.
    const report = await context.newPage();
    await report.goto(pathToFileURL(saved).href);
    await report.click('li.finding[data-f="d0-0"]');
    await expect.poll(() => report.locator('mark.hl[data-f~="d0-0"]').first().evaluate((e) => e.classList.contains('sel'))).toBe(true);
    await report.close();
  });

  it('works the same served over http by `pnpm web`', async () => {
    const { server, base } = await startServe({ BUDGETLINT_WEB_DIST: join(tmp, 'site') });
    try {
      const served = await context.newPage();
      served.on('pageerror', (e) => errors.push(e.message));
      await served.goto(base);
      await served.waitForSelector('body[data-ready="true"]');
      await served.setInputFiles('#file', [
        { name: '转移支付说明.txt', mimeType: 'text/plain', buffer: Buffer.from(TXT_LINES.join('\n'), 'utf8') },
        ...(pdf ? [{ name: '转移支付说明.pdf', mimeType: 'application/pdf', buffer: pdf }] : []),
      ]);
      await served.waitForSelector('article[data-name="转移支付说明.txt"] li.finding');
      const counts = await served.$$eval('article', (els) => els.map((e) => e.querySelectorAll('li.finding').length));
      expect(counts).toEqual(pdf ? [3, 3] : [3]);
      await served.close();
    } finally {
      server.kill();
    }
  });

  it('asked nothing of the network and threw nothing', () => {
    const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:') && !u.startsWith('http://127.0.0.1:'));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
