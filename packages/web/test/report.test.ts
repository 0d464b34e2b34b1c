import { describe, expect, it } from 'vitest';
import type { Draft } from '../src/read.ts';
import { checkDraft, pathIn, renderDocument, renderSummary, renderText, RULE_NAMES, withSuppressions } from '../src/report.ts';
import { addSuppressions, emptySuppressions } from '@budgetlint/core';
import { CLEAN_LINES, TXT_LINES } from './drafts.ts';

const draft = (name: string, lines: string[], eol = '\n'): Draft => ({ name, text: lines.join(eol), format: 'text', kind: 'text', encoding: 'utf-8' });

describe('what the page shows', () => {
  const checked = checkDraft(draft('说明.txt', TXT_LINES));
  const html = renderDocument(checked, 0);

  it('finds what the CLI finds, in Chinese, naming each rule in Chinese with its id', () => {
    expect(checked.findings.map((f) => f.ruleId)).toEqual(['sum-mismatch', 'change-mismatch', 'debt-over-limit']);
    expect(checked.counts).toMatchObject({ error: 3, warning: 0 });
    expect(html).toContain(`${RULE_NAMES.get('sum-mismatch')}<code>sum-mismatch</code>`);
    expect(RULE_NAMES.get('sum-mismatch')).toMatch(/[\u4e00-\u9fff]/);
    expect(html).toMatch(/第 3 行<\/span>/);
  });

  it('names the line a finding’s statement starts on, as the CLI does, and marks the figure the rule names', () => {
    // A sentence a PDF broke after 执行数为: (352.10 - 388.20) / 388.20 = -9.30%, not -2.35%.
    const lines = [
      '三、机关运行经费',
      '',
      '本单位机关运行经费主要用于办公及印刷费、水电费、办公用房物业管理等支出。2025年预算执行数为',
      '388.20万元，2026年预算安排352.10万元，比2025年预算执行数减少2.35%。主要原因是压缩会议费和培训费。',
    ];
    const c = checkDraft(draft('运行经费.txt', lines));
    expect(c.findings.map((f) => [f.ruleId, f.line, f.statement.line])).toEqual([['change-mismatch', 4, 3]]);
    const out = renderDocument(c, 0);
    expect(out).toMatch(/第 3 行<\/span>/);
    expect(out).toMatch(/<mark class="hl hl-error" data-f="d0-0"[^>]*>2\.35%<\/mark>/);
  });

  it('highlights each finding in the text and marks its related figures', () => {
    expect(html).toMatch(/<mark class="hl hl-error" data-f="d0-0"[^>]*>31\.62亿元<\/mark>/);
    expect(html).toMatch(/<span class="rel" data-r="d0-0" data-rk="d0-0:1"[^>]*>2\.40亿元<\/span>/);
    expect(html).toMatch(/<span class="rel" data-r="d0-2" data-rk="d0-2:1"[^>]*>85\.00亿元<\/span>/);
    // The related figures are listed under the finding, each a link to its mark.
    expect(html).toMatch(/<a href="#" class="goto-rel" data-f="d0-0" data-rel="1">[^<]*2\.40亿元/);
  });

  it('keeps the text exactly: every line once, in order, CRLF or LF', () => {
    for (const eol of ['\n', '\r\n']) {
      const doc = renderDocument(checkDraft(draft('x.txt', TXT_LINES, eol)), 0);
      const shown = [...doc.matchAll(/<span class="tx">(.*?)<\/span><\/div>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
      expect(shown).toEqual(TXT_LINES);
    }
  });

  it('escapes markup in the draft and its name', () => {
    const d = draft('<b>稿</b>.txt', ['正文 <script>window.pwned=1</script> & <img src=x onerror="x()"> 只是文字。']);
    const out = renderDocument(checkDraft(d), 0);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(out).toContain('&lt;b&gt;稿&lt;/b&gt;.txt');
  });

  it('a consistent draft gets no highlight and says so', () => {
    const clean = checkDraft(draft('干净.txt', CLEAN_LINES));
    expect(clean.findings).toEqual([]);
    const out = renderDocument(clean, 1);
    expect(out).not.toContain('<mark');
    expect(out).toContain('没有发现文本能够证明的矛盾');
    expect(renderSummary([clean], [])).toContain('没有发现文本能够证明的矛盾');
  });

  it('sums findings over the drafts and lists unreadable files with their reason', () => {
    const out = renderSummary([checked, checkDraft(draft('干净.txt', CLEAN_LINES))], [{ name: '旧稿.doc', message: '不支持的文件类型' }]);
    expect(out).toContain('检查了 2 个文件，发现 <strong class="sev-error">3 处错误</strong>');
    expect(out).toContain(`<td>${RULE_NAMES.get('sum-mismatch')} <code>sum-mismatch</code></td><td class="n">1</td>`);
    expect(out).toContain('<strong>旧稿.doc</strong>：不支持的文件类型');
  });

  it('a table read from Word shows its pipes dimmed and its delimiter row faint; a Markdown draft keeps its own text as typed', () => {
    const rows = ['| 项目 | 金额（万元） |', '| --- | --- |', '| 合计 | 160 |'];
    const docx: Draft = { name: '表.docx', text: rows.join('\n'), format: 'markdown', kind: 'docx', encoding: 'docx' };
    const out = renderDocument(checkDraft(docx), 0);
    expect(out).toContain('<span class="pipe">|</span> 合计 <span class="pipe">|</span>');
    expect(out).toContain('<div class="line table-sep" id="d0-L2">');
    const md = renderDocument(checkDraft({ ...docx, name: '表.md', kind: 'markdown' }), 0);
    expect(md).not.toContain('class="pipe"');
    expect(md).not.toContain('table-sep');
  });

  it('a suppression silences its finding (listed under 已忽略 with its reason), and survives edits elsewhere in the draft', () => {
    const f = checked.findings[0];
    const { suppressions } = addSuppressions(undefined, '说明.txt', [f], checked.draft.text, { reason: '分项为主要项目，非全部', by: '王五', at: '2026-12-01T10:00:00Z' });
    const after = withSuppressions(checked, suppressions);
    expect(after.findings.map((x) => x.ruleId)).toEqual(['change-mismatch', 'debt-over-limit']);
    expect(after.counts.error).toBe(2);
    const out = renderDocument(after, 0, true);
    expect(out).toContain('已忽略 1 处');
    expect(out).toContain('忽略原因：分项为主要项目，非全部（王五，2026-12-01）');
    expect(out).not.toMatch(/<mark[^>]*>31\.62亿元/);
    expect(out).toContain('<button type="button" class="ignore" data-f="d0-0">');
    expect(renderSummary([after], [])).toContain('另有 1 处已核实忽略');
    // A new first line: the suppression still matches.
    const edited = checkDraft(draft('说明.txt', ['（征求意见稿）', ...TXT_LINES]), { suppressions });
    expect(edited.suppressed).toHaveLength(1);
    expect(edited.findings).toHaveLength(2);
  });

  it('finds a draft in a suppressions file by its name, or by the one path ending in it', () => {
    const s = emptySuppressions();
    s.files['说明/转移支付.txt'] = [{ ruleId: 'sum-mismatch', fingerprint: '0' }];
    s.files['附件/表.txt'] = [];
    s.files['旧稿/表.txt'] = [];
    expect(pathIn(s, '转移支付.txt')).toBe('说明/转移支付.txt');
    expect(pathIn(s, '表.txt')).toBe('表.txt');
    expect(pathIn(undefined, '表.txt')).toBe('表.txt');
  });

  it('a figure that should be there but is not gets a caret at its place', () => {
    const out = renderText('甲乙\n丙', [{ start: 2, end: 2, id: 'd0-0', level: 'error', title: 't' }], { docId: 'd0' });
    expect(out).toContain('甲乙<mark class="hl hl-error hl-empty" data-f="d0-0"');
  });
});
