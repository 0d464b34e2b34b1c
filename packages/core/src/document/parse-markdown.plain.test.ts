import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChunk, parseChunkWithRemark} from './parse-markdown.ts';

// Plain one-line chunks skip the Markdown parser: whatever the line, the shortcut must give
// exactly what remark gives (blocks, text, offsets, the table unit carried on) or step aside.
const PIECES = [
  '2024年全区一般公共预算收入完成38.56亿元，比上年增长5.2%',
  '其中：税收收入27.31亿元，非税收入11.25亿元',
  '单位：万元',
  '（万元）',
  '一、',
  '## ',
  '# ',
  '1. ',
  '2) ',
  '- ',
  '* ',
  '> ',
  '    ',
  ' ',
  '\t',
  '　',
  '#',
  '*重点*',
  '_注_',
  '`代码`',
  '[链接](http://x.cn)',
  'www.example.cn',
  'a@b.cn',
  '&nbsp;',
  '\\*',
  '~~删除~~',
  '| 项目 | 金额 |',
  '<!-- budgetlint-disable -->',
  '<b>',
  '===',
  '---',
  '1.5亿元',
  '3、',
  '。',
  '\uFEFF',
];

const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
const ending = fc.constantFrom('', '\n', '\r\n', '\r');
const unit = fc.constantFrom(undefined, '万元', '亿元');

// Thousands of remark parses: a few seconds on a quiet machine.
describe('plain one-line chunks', { timeout: 120_000 }, () => {
  it('read the same with and without the Markdown parser', () => {
    fc.assert(
      fc.property(line, ending, unit, (l, end, u) => {
        expect(parseChunk(l + end, u)).toEqual(parseChunkWithRemark(l + end, u));
      }),
      { numRuns: 1500 },
    );
  });

  it('cover the prose and headings of a draft', () => {
    for (const l of ['## 一、2025年部门收支总体情况', '本部门2025年收入预算合计3856.42万元，其中：财政拨款3521.30万元。', '单位：万元']) {
      const c = parseChunk(`${l}\n`, undefined);
      expect(c).toEqual(parseChunkWithRemark(`${l}\n`, undefined));
    }
  });
});
