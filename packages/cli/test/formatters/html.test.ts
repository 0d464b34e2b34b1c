import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { html } from '../../src/formatters/html.ts';
import { ctx, fileResult, SUM_DRAFT } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve(import.meta.dirname, '../../../../.artifacts');

/** Title says 2025 部门预算, the body says 2024: stale-year (a warning); and markup that must stay text. */
const YEAR_DRAFT = [
  '# 2025年部门预算',
  '',
  '现将2024年部门预算公开如下。',
  '',
  '正文里的 <script>window.pwned=1</script> & <img src=x onerror="window.pwned=2"> 都只是文字。',
  '',
].join('\n');

function report() {
  const files = [
    fileResult('说明/转移支付.md', SUM_DRAFT),
    fileResult('<b>年度</b>.md', YEAR_DRAFT),
    fileResult('clean.txt', '2025年预算收入100万元。\r\n第二行\r\n'),
  ];
  return { files, page: html(files, ctx) };
}

describe('--format html (static)', () => {
  const { files, page } = report();

  it('is one self-contained page: no external stylesheet, script, image or font', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(page).not.toMatch(/<img\b/i);
    expect(page).not.toMatch(/url\(/i);
    expect(page).toContain('<style>');
  });

  it('escapes document text and paths', () => {
    expect(page).not.toContain('<script>window.pwned');
    expect(page).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;');
    expect(page).toContain('&lt;b&gt;年度&lt;/b&gt;.md');
    expect(page).not.toContain('<b>年度</b>');
  });

  it('highlights each finding in place and marks its related figures', () => {
    expect(files[0].messages.length).toBeGreaterThan(0);
    expect(page).toMatch(/<mark class="hl hl-error" data-f="f0-0"[^>]*>31\.62亿元<\/mark>/);
    expect(page).toMatch(/<span class="rel" data-r="f0-0" data-rk="f0-0:1"[^>]*>2\.4亿元<\/span>/);
    expect(page).toContain('id="f0-m0-r1"');
    expect(page).toMatch(/class="hl hl-warning"[^>]*>2024年/);
  });

  it('counts findings per rule and file', () => {
    expect(page).toMatch(/data-rule="sum-mismatch"/);
    expect(page).toMatch(/data-rule="stale-year"/);
    expect(page).toContain('3 个文件');
  });

  it('puts each document’s findings before its text, each linking to its place', () => {
    const section = page.slice(page.indexOf('<section class="file" id="f0">'), page.indexOf('</section>', page.indexOf('id="f0"')));
    expect(section.indexOf('<ol class="findings">')).toBeGreaterThan(-1);
    expect(section.indexOf('<ol class="findings">')).toBeLessThan(section.indexOf('<div class="doc">'));
    expect(section).toMatch(/<a class="pos" href="#f0-m0" data-goto="f0-m0"[^>]*>第 5 行<\/a>/);
    // Documents with findings first, in run order, before the summary of what was clean.
    expect(page.indexOf('id="f0"')).toBeLessThan(page.indexOf('id="f1"'));
    expect(page.indexOf('id="f1"')).toBeLessThan(page.indexOf('id="f2"'));
  });

  it('collapses clean documents into one line each, after the documents with findings', () => {
    expect(page).toMatch(/<details class="file clean" id="f2"><summary><span class="path">clean\.txt<\/span>/);
    expect(page).not.toMatch(/<details class="file clean"[^>]*\bopen\b/);
    expect(page).toContain('没有发现问题的文件（1 个');
    const clean = fileResult('b.txt', '2025年预算收入100万元。\n');
    const onlyClean = html([clean, fileResult('a.txt', '2025年预算收入100万元。\n')], ctx);
    expect(onlyClean).toContain('所有 2 个文件都没有发现问题。');
    expect(onlyClean).not.toContain('<section class="file"');
  });

  it('names rules in Chinese with their id, in the findings and the summary', () => {
    expect(page).toMatch(/<span class="rule"><span class="rule-name">合计与分项之和不符<\/span> <a href="[^"]+sum-mismatch\/README\.md"[^>]*><code>sum-mismatch<\/code><\/a><\/span>/);
    expect(page).toMatch(/data-rule="stale-year"><span class="rule"><span class="rule-name">年份与标题不一致<\/span>/);
  });

  it('every rule has a short Chinese name', () => {
    for (const r of ctx.rules) {
      expect(r.title, r.id).toMatch(/^[\u4e00-\u9fff“”、]{4,16}$/);
    }
  });

  it('renders CRLF documents line by line', () => {
    expect(page).toContain('id="f2-L2"');
    expect(page).toMatch(/id="f2-L2"><a class="ln" href="#f2-L2">2<\/a><span class="tx">第二行<\/span>/);
  });

  it('places findings exactly in CR-only text and says when the text was extracted from Word', () => {
    const f = fileResult('旧稿.docx', SUM_DRAFT.replace(/\n/g, '\r'), { kind: 'docx', encoding: 'docx' });
    const out = html([f], ctx);
    expect(out).toMatch(/id="f0-L5"><a class="ln" href="#f0-L5">5<\/a><span class="tx">2025年，全市税收返还和转移支付<a class="anchor" id="f0-m0"><\/a><mark class="hl hl-error"[^>]*>31\.62亿元<\/mark>/);
    expect(out).toContain('Word 文档');
  });

  it('handles overlapping, multi-line and empty ranges', () => {
    const f = fileResult('x.md', '甲乙丙\n丁戊己\n');
    const base = { ruleId: 'sum-mismatch', severity: 2 as const, message: 'm' };
    f.messages = [
      { ...base, line: 1, column: 2, endLine: 2, endColumn: 2, relatedLocations: [{ message: 'r', line: 1, column: 3, endLine: 1, endColumn: 4 }] },
      { ...base, severity: 1, line: 2, column: 3, endLine: 2, endColumn: 3 },
    ];
    const out = html([f], ctx);
    expect(out).toContain('<mark class="hl hl-error" data-f="f0-0"');
    expect(out).toMatch(/class="hl hl-error rel"[^>]*data-r="f0-0"[^>]*>丙<\/mark>/);
    expect(out).toMatch(/<mark class="hl hl-error" data-f="f0-0"[^>]*>丁<\/mark>/);
    expect(out).toContain('hl-warning hl-empty');
    expect((out.match(/id="f0-m0"/g) ?? []).length).toBe(1);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('--format html in headless Chromium', () => {
  it('shows highlights, selects a finding with its related figures, and stays inert', async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'budgetlint-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, report().page);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);

      const error = page.locator('.hl.hl-error').first();
      expect(await error.textContent()).toBe('31.62亿元');
      expect(await page.locator('.hl.hl-warning').first().textContent()).toBe('2024年');
      expect(await page.locator('.rel[data-r~="f0-0"]').allTextContents()).toEqual(['2.4亿元', '13.4亿元', '10.2亿元']);
      expect(await error.getAttribute('title')).toContain('31.62');
      const color = await error.evaluate((e) => getComputedStyle(e).backgroundColor);
      const warn = await page.locator('.hl.hl-warning').first().evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(color).not.toBe(warn);

      await error.click();
      await expect.poll(() => page.locator('#popover').isVisible()).toBe(true);
      expect(await page.locator('#popover').textContent()).toContain('31.62');
      expect(await page.locator('.rel.rel-on').count()).toBe(3);
      expect(await page.locator('.hl.sel').count()).toBe(1);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'html-report.png'), fullPage: true });

      // A clean document is one closed line; the findings list links into the text.
      expect(await page.locator('details.clean#f2').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await page.keyboard.press('Escape');
      await page.locator('#f1 li.finding a.pos').first().click();
      expect(await page.evaluate(() => location.hash)).toBe('#f1-m0');
      await expect.poll(() => page.locator('.hl.hl-warning').first().isVisible()).toBe(true);
      await page.locator('.hl.hl-error').first().click();

      // Following a related figure's link keeps the finding selected and lands on the figure.
      await page.locator('#popover a[data-goto="f0-m0-r2"]').click();
      expect(await page.evaluate(() => location.hash)).toBe('#f0-m0-r2');

      await page.keyboard.press('Escape');
      expect(await page.locator('#popover').isVisible()).toBe(false);
      expect(await page.locator('.rel.rel-on').count()).toBe(0);

      // The document's markup stayed text.
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('main img, main b').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
