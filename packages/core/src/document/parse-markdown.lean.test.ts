import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownPieces, parseChunk, parseChunkWithRemark } from './parse-markdown.ts';
import { leanChunk as leanOnly } from './parse-markdown-lean.ts';
import { gridTableChunk, multilineTableChunk } from './grid-tables.ts';

// As parseChunk calls it: rows with inline markup go to the parser one at a time.
const leanChunk = (text: string, unit: string | undefined) => leanOnly(text, unit, (mini) => parseChunkWithRemark(mini, undefined));

// The lean reader answers for the chunks it understands and steps aside for the rest; where it
// answers, it must give exactly what remark-parse + gfm give: the same blocks, kinds, text, offset
// maps, table cells and units, and the same unit carried to the next chunk.

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const shared = resolve(repo, '../shared');

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) markdownFiles(p, out);
    else if (/\.(md|markdown)$/i.test(name)) out.push(p);
  }
  return out;
}

/** Compares the two readers piece by piece; returns how many pieces the lean reader answered. */
function compareDocument(source: string): { pieces: number; lean: number } {
  let unit: string | undefined;
  let lean = 0;
  const pieces = markdownPieces(source);
  for (const { start, end } of pieces) {
    const text = source.slice(start, end);
    const expected = parseChunkWithRemark(text, unit);
    const got = leanChunk(text, unit);
    if (got) {
      lean++;
      expect(got, JSON.stringify(text.slice(0, 200))).toEqual(expected);
    }
    // Pandoc grid and multiline tables are the chunks parseChunk reads otherwise than remark (as tables, not paragraphs).
    expect(parseChunk(text, unit)).toEqual(gridTableChunk(text, unit) ?? multilineTableChunk(text, unit) ?? expected);
    unit = expected.lastUnit;
  }
  return { pieces: pieces.length, lean };
}

describe('the lean Markdown reader against remark', { timeout: 300_000 }, () => {
  it('reads every Markdown file of the repository as remark does, and answers for most of the drafts', () => {
    let drafts = { pieces: 0, lean: 0 };
    for (const file of markdownFiles(repo)) {
      const r = compareDocument(readFileSync(file, 'utf8'));
      if (/[\\/](examples|heldout2?)[\\/]/.test(file)) drafts = { pieces: drafts.pieces + r.pieces, lean: drafts.lean + r.lean };
    }
    // Drafts are mostly prose, headings and tables: the parser should be the exception.
    expect(drafts.pieces).toBeGreaterThan(100);
    expect(drafts.lean / drafts.pieces).toBeGreaterThan(0.8);
  });

  it.skipIf(!existsSync(shared))('reads every shared corpus file as remark does (Markdown and plain-text drafts alike)', () => {
    for (const file of markdownFiles(shared).concat(textFiles(shared))) compareDocument(readFileSync(file, 'utf8'));
  });

  // Fragments in the genre's own shapes, with the markup and whitespace the reader must step aside for.
  const WORDS = [
    '2024年全区一般公共预算收入完成38.56亿元',
    '比上年增长5.2%',
    '其中：税收收入27.31亿元，非税收入11.25亿元。',
    '单位：万元',
    '项目（亿元）',
    '合计',
    '1.5亿元',
    '一、',
    '　',
    ' ',
    '  ',
    '\t',
    '|',
    ' | ',
    '||',
    '#',
    '# ',
    '## ',
    '- ',
    '* ',
    '+ ',
    '1. ',
    '2) ',
    '10. ',
    '> ',
    '**',
    '*',
    '_',
    '`',
    '~~',
    '[',
    '](http://x.cn)',
    '![图](a.png)',
    '&amp;',
    '&',
    '\\',
    '\\|',
    '<!-- budgetlint-disable -->',
    '<b>',
    'www.example.cn',
    'a@b.cn',
    ':',
    '---',
    '===',
    '-',
    ':--',
    '--:',
    '\uFEFF',
  ];
  const word = fc.constantFrom(...WORDS);
  const tableLine = fc
    .array(fc.oneof(fc.constantFrom('合计', '项目', '100', '20.5', '', ' ', '　', '基本支出（万元）', '**合计**', '`x`'), word), { minLength: 1, maxLength: 5 })
    .chain((cells) =>
      fc.tuple(fc.boolean(), fc.boolean(), fc.constantFrom(' | ', '|', ' |', '| ')).map(([lead, trail, sep]) => `${lead ? '| ' : ''}${cells.join(sep)}${trail ? ' |' : ''}`),
    );
  const delimiter = fc
    .array(fc.constantFrom('---', ':--', '--:', ':-:', ' --- ', '-'), { minLength: 1, maxLength: 5 })
    .chain((cells) => fc.tuple(fc.boolean(), fc.boolean()).map(([lead, trail]) => `${lead ? '|' : ''}${cells.join('|')}${trail ? '|' : ''}`));
  const proseLine = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(''));
  const listLine = fc.tuple(fc.constantFrom('- ', '* ', '1. ', '2. ', '3) ', '-  ', '1.     '), fc.array(word, { minLength: 0, maxLength: 3 })).map(([m, w]) => m + w.join(''));
  const line = fc.oneof({ weight: 3, arbitrary: proseLine }, { weight: 3, arbitrary: tableLine }, { weight: 2, arbitrary: delimiter }, { weight: 2, arbitrary: listLine }, { weight: 1, arbitrary: fc.constant('') });
  const eol = fc.constantFrom('\n', '\r\n', '\r');
  const chunk = fc
    .tuple(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 7 }), fc.boolean())
    .map(([ls, closed]) => {
      const s = ls.map(([l, e]) => l + e).join('');
      return closed ? s : s.replace(/(?:\r\n|\r|\n)$/, '');
    });
  const unit = fc.constantFrom(undefined, '万元', '亿元');

  it('reads generated fragments as remark does, or steps aside', () => {
    let answered = 0;
    fc.assert(
      fc.property(chunk, unit, (text, u) => {
        const got = leanChunk(text, u);
        if (got) {
          answered++;
          expect(got).toEqual(parseChunkWithRemark(text, u));
        }
      }),
      { numRuns: Number(process.env.LEAN_RUNS ?? 3000), seed: Number(process.env.LEAN_SEED ?? 20261201) },
    );
    // A reader that always stepped aside would pass the comparison: it must answer a fair share.
    expect(answered).toBeGreaterThan(100);
  });

  // Well-formed tables, prose and lists, mostly plain, so the lean reader answers and its cells are checked.
  const cell = fc.constantFrom(
    ...['合计', '项目（万元）', '100', '-20.5', '', ' ', '　', '基本支出', '单位：亿元', '#', '1.', '- 甲', ':', '-'],
    ...['**合计**', 'a\\|b', '`x|y`', '*注*', '[链接](http://x.cn)', '&amp;', '&', 'www.x.cn', '~~删~~', '<!-- budgetlint-disable -->', '\\*', '![图](a.png)', '_a_'],
  );
  const wellFormedTable = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.boolean(), fc.constantFrom(' | ', '|', ' |  '), fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }))
    .chain(([cols, lead, trail, sep, rowWidths]) => {
      const row = (k: number) =>
        fc.array(cell, { minLength: k, maxLength: k }).map((cs) => `${lead ? '| ' : ''}${cs.join(sep)}${trail ? ' |' : ''}${k === 0 ? '|' : ''}`);
      const delim = fc
        .array(fc.constantFrom('---', ':--', '--:', ':-:', ' - '), { minLength: cols, maxLength: cols })
        .map((ds) => `${lead || cols === 1 ? '|' : ''}${ds.join('|')}${trail ? '|' : ''}`);
      return fc.tuple(row(cols), delim, fc.tuple(...rowWidths.map(row))).map(([h, d, rs]) => [h, d, ...rs]);
    });
  const plainLine = fc.array(fc.constantFrom(...WORDS.slice(0, 9), '## ', '#', '1. ', '- ', '|', ' '), { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
  const structured = fc
    .tuple(fc.array(plainLine, { maxLength: 3 }), fc.oneof(wellFormedTable, fc.array(plainLine, { minLength: 1, maxLength: 4 })), eol)
    .map(([before, body, e]) => [...before, ...body].join(e) + e);

  it('reads generated tables, prose and lists as remark does', () => {
    let answered = 0;
    fc.assert(
      fc.property(structured, unit, (text, u) => {
        const got = leanChunk(text, u);
        if (got) {
          answered++;
          expect(got).toEqual(parseChunkWithRemark(text, u));
        }
      }),
      { numRuns: Number(process.env.LEAN_RUNS ?? 3000), seed: Number(process.env.LEAN_SEED ?? 20261202) },
    );
    expect(answered).toBeGreaterThan(400);
  });

  it('reads tables of every common shape without the parser', () => {
    const tables = [
      '| 项目 | 预算数 | 决算数 |\n|---|---:|---:|\n| 基本支出 | 100 | 120.5 |\n| 合计 | 100 | 120.5 |\n',
      '项目 | 金额\n--- | ---\n甲 | 1\n',
      '单位：万元\n| 项目 | 金额（万元） |\n| :-- | --: |\n| 甲 |  |\n| 乙 |\n| 丙 | 2 | 3 |\n',
      '| 项目 |\n|---|\n| 一般公共预算拨款收入 |\r\n',
    ];
    for (const t of tables) {
      const got = leanChunk(t, undefined);
      expect(got, t).toBeDefined();
      expect(got).toEqual(parseChunkWithRemark(t, undefined));
    }
  });

  it('hands the parser only the rows of a table that carry inline markup, one at a time', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| 第${i}项支出 | ${i}.5 | ${i + 1}.25 |`);
    rows[120] = '| **小计** | 100.5 | `注` 101.25 |';
    rows[299] = '| **合计** | *45000.5* | 45301.25 \\| 附注 |';
    const text = ['| 项目 | 预算数（万元） | 决算数 |', '|---|---:|---:|', ...rows, ''].join('\n');
    const minis: string[] = [];
    const got = leanOnly(text, undefined, (mini) => {
      minis.push(mini);
      return parseChunkWithRemark(mini, undefined);
    });
    expect(minis).toHaveLength(2);
    expect(minis.every((m) => m.split('\n').length === 3)).toBe(true);
    expect(got).toEqual(parseChunkWithRemark(text, undefined));
    const total = got!.blocks[300];
    expect(total.cells!.map((c) => total.text.slice(c.start, c.end))).toEqual(['合计', '45000.5', '45301.25 | 附注']);
    // The head notes 万元 for its own column: the 决算数 column's head notes none.
    expect(total.table).toEqual({ id: 0, row: 300, header: false, unit: '万元', columns: [undefined, '万元', undefined] });
    // A comment in a row (a directive) or a literal autolink sends the whole table to the parser.
    expect(leanChunk(text.replace('| 第7项支出', '| <!-- budgetlint-disable --> 第7项支出'), undefined)).toBeUndefined();
    expect(leanChunk(text.replace('| 第7项支出', '| www.example.cn 第7项支出'), undefined)).toBeUndefined();
  });

  it('reads prose across lines, headings between them, and simple lists without the parser', () => {
    const chunks = [
      '## 一、收入预算情况\n2025年本部门收入预算合计3856.42万元，\n比上年增加210.5万元。\n',
      '　　全区一般公共预算支出完成45.2亿元，\r\n为调整预算的98.3%。\r\n### （一）基本支出\r\n',
      '- 人员经费支出2100.3万元；\n- 公用经费支出356.2万元。\n',
      '3. 项目支出1200万元；\n4. 其他支出8.5万元。',
      '#标签不是标题\n',
    ];
    for (const c of chunks) {
      const got = leanChunk(c, '万元');
      expect(got, c).toBeDefined();
      expect(got).toEqual(parseChunkWithRemark(c, '万元'));
    }
  });
});

function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) textFiles(p, out);
    else if (/\.txt$/i.test(name)) out.push(p);
  }
  return out;
}
