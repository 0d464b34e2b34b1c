// The text renderer shared by `--format html` and the web page (packages/web/src/report.ts).
import { describe, expect, it } from 'vitest';
import { renderText, splitLines } from '../../src/formatters/html-text.ts';

const TABLE = ['单位：万元', '', '| 项目 | 预算数 |', '| --- | --- |', '| 基本支出 | 1200 |', '| 合计 | 2460 |'].join('\n');

describe('renderText', () => {
  it('one row a line for CRLF, LF and lone CR, numbered as the linter numbers them', () => {
    expect(splitLines('甲\r\n乙\r丙\n丁').map((l) => l.start)).toEqual([0, 3, 5, 7]);
    const out = renderText('甲\r\n乙\r丙', [], { docId: 'f1' });
    expect(out.split('\n')).toEqual([
      '<div class="line" id="f1-L1"><a class="ln" href="#f1-L1">1</a><span class="tx">甲</span></div>',
      '<div class="line" id="f1-L2"><a class="ln" href="#f1-L2">2</a><span class="tx">乙</span></div>',
      '<div class="line" id="f1-L3"><a class="ln" href="#f1-L3">3</a><span class="tx">丙</span></div>',
    ]);
  });

  it('a finding over a table cell of a Word or PDF text: the figure marked, its related figures linked, pipes dimmed, the |---| row faint', () => {
    const at = (s: string) => TABLE.indexOf(s);
    const out = renderText(
      TABLE,
      [
        { start: at('2460'), end: at('2460') + 4, id: 'd0-0', level: 'error', title: '合计2460与分项之和不符', anchor: 'd0-m0' },
        { start: at('1200'), end: at('1200') + 4, id: 'd0-0', related: 1, level: 'error', title: '相关数字：基本支出1200' },
      ],
      { docId: 'd0', convertedTables: true },
    );
    expect(out).toContain('<a class="anchor" id="d0-m0"></a><mark class="hl hl-error" data-f="d0-0" tabindex="0" role="button" title="合计2460与分项之和不符">2460</mark>');
    expect(out).toContain('<span class="rel" data-r="d0-0" data-rk="d0-0:1" title="相关数字：基本支出1200">1200</span>');
    expect(out).toContain('<div class="line table-sep" id="d0-L4">');
    expect(out).toContain('<span class="pipe">|</span> 合计 <span class="pipe">|</span>');
    // Plain text keeps its pipes as they are.
    expect(renderText(TABLE, [], { docId: 'd0' })).not.toContain('class="pipe"');
  });

  it('labels a line with the page it comes from where the page changes, and escapes what the document holds', () => {
    const text = '第一页<b>正文</b>\n还是第一页\n第二页';
    const out = renderText(text, [], { docId: 'f0', lineLabel: (l) => (l.start < text.indexOf('第二页') ? 'p.1' : 'p.2') });
    const rows = out.split('\n');
    expect(rows[0]).toContain('<span class="tx"><span class="pl">p.1</span>第一页&lt;b&gt;正文&lt;/b&gt;</span>');
    expect(rows[1]).not.toContain('class="pl"');
    expect(rows[2]).toContain('<span class="pl">p.2</span>第二页');
  });
});
