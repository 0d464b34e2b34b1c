// Markdown shapes that used to take minutes, overflow the stack, or hide findings:
// deep nesting, comments quoted in code, an unclosed comment a megabyte long.
// Work is checked by what reaches the Markdown parser, never by the clock.
import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/index.ts';
import { lint } from '../engine/lint.ts';
import { ITEMS_PER_PARSE, lineNesting, markdownWork, MAX_NESTING, parseMarkdown } from './parse-markdown.ts';

const OVER = '项目支出合计20万元，其中：甲15万元，乙8万元。';
const RULES = rules.filter((r) => r.id === 'sum-mismatch');

/** Bytes handed to the Markdown parser and to the plain-text reader while parsing `source`. */
function work(source: string) {
  const before = { ...markdownWork };
  const doc = parseMarkdown(source);
  return { doc, parsed: markdownWork.parsedBytes - before.parsedBytes, plain: markdownWork.plainBytes - before.plainBytes };
}

describe('nesting is bounded', () => {
  it('counts the containers a line opens', () => {
    expect(lineNesting('正文')).toBe(0);
    expect(lineNesting('- 项目')).toBe(1);
    expect(lineNesting('> > - 1. 项目')).toBe(4);
    expect(lineNesting('>>>> 引用')).toBe(4);
    expect(lineNesting('    - 缩进的子项')).toBe(3);
    expect(lineNesting('-1万元')).toBe(0);
    expect(lineNesting('2024. 年度')).toBe(1);
    expect(lineNesting('20240101.')).toBe(1);
    expect(lineNesting('1234567890. 十位数不是列表编号')).toBe(0);
    expect(lineNesting('---')).toBe(0);
    // The scan stops once past the limit: it never reads a whole 10,000-deep chain to say "too deep".
    expect(lineNesting('- '.repeat(10_000), MAX_NESTING)).toBe(MAX_NESTING + 1);
  });

  // [shape, levels in the small and the big input]
  const SHAPES: Array<[string, (n: number) => string, number]> = [
    ['"- " repeated on one line', (n) => `${'- '.repeat(n)}${OVER}`, 5_000],
    ['">" repeated on one line', (n) => `${'>'.repeat(n)} ${OVER}`, 5_000],
    ['"> " repeated on one line', (n) => `${'> '.repeat(n)}${OVER}`, 5_000],
    ['"1. " repeated on one line', (n) => `${'1. '.repeat(n)}${OVER}`, 5_000],
    // These grow with the square of the depth, so fewer levels make as large an input.
    ['a quote one level deeper on each line', (n) => `${Array.from({ length: n }, (_, i) => `${'>'.repeat(i + 1)} 第${i + 1}层`).join('\n')}\n${OVER}`, 1_000],
    ['a list indented two more columns on each line', (n) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- 第${i + 1}层`).join('\n')}\n${OVER}`, 500],
  ];

  for (const [name, make, levels] of SHAPES) {
    it(`${name}: ${levels * 2} levels are read as plain text, and the work grows as the input does`, () => {
      const small = work(`# 说明\n\n${make(levels)}\n\n## 二、其他\n\n${OVER}\n`);
      const big = work(`# 说明\n\n${make(levels * 2)}\n\n## 二、其他\n\n${OVER}\n`);
      for (const w of [small, big]) {
        // The Markdown parser sees at most the first MAX_NESTING lines of the deep block plus the ordinary ones.
        expect(w.parsed).toBeLessThan(MAX_NESTING * 60 + 200);
        // Every byte is read by one reader, once.
        expect(w.parsed + w.plain).toBeLessThanOrEqual(w.doc.source.length);
        expect(w.doc.notices).toHaveLength(1);
        expect(w.doc.notices![0]).toMatchObject({ id: 'markdown-nesting', severity: 'info' });
        // The text after the deep part is still read, in plain text, with its figures.
        expect(w.doc.blocks.some((b) => b.text.includes(OVER))).toBe(true);
        expect(w.doc.blocks.at(-1)!.text).toBe(OVER);
      }
      // Doubling the depth: the plain-text share grows exactly with the input, the Markdown share not at all.
      const perByte = (w: typeof small) => w.plain / w.doc.source.length;
      expect(perByte(big) / perByte(small)).toBeGreaterThan(0.95);
      expect(perByte(big) / perByte(small)).toBeLessThan(1.05);
      expect(big.parsed).toBe(small.parsed);
    });
  }

  it('lints a 10,000-deep list without overflowing: one info finding, and the sum inside is still checked', () => {
    const src = `# 说明\n\n${'- '.repeat(10_000)}${OVER}\n\n${'>'.repeat(10_000)} ${OVER}\n`;
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.ruleFailures).toEqual([]);
    const nesting = r.findings.filter((f) => f.ruleId === 'markdown-nesting');
    expect(nesting).toHaveLength(1);
    expect(nesting[0]).toMatchObject({ severity: 'info', line: 3, column: 1 });
    expect(nesting[0].message).toContain(`超过 ${MAX_NESTING} 层`);
    expect(nesting[0].message).toContain('共 2 处');
    expect(r.findings.filter((f) => f.ruleId === 'sum-mismatch').map((f) => f.line)).toEqual([3, 5]);
  });

  it('leaves ordinary nesting alone: no notice, Markdown structure kept', () => {
    const src = `# 说明\n\n- 一级\n  - 二级\n    - ${OVER}\n\n> 引用\n> > ${OVER}\n`;
    const { doc, plain } = work(src);
    expect(doc.notices).toBeUndefined();
    expect(plain).toBe(0);
    expect(doc.blocks.map((b) => b.text)).toEqual(['说明', '一级', '二级', OVER, '引用', OVER]);
  });

  it('counts nesting only outside fenced code', () => {
    const src = `\`\`\`\n${'- '.repeat(100)}代码\n\`\`\`\n${OVER}\n`;
    const { doc } = work(src);
    expect(doc.notices).toBeUndefined();
    expect(doc.blocks.map((b) => b.text)).toEqual([OVER]);
  });
});

describe('directives only from real comments', () => {
  const disable = '<!-- budgetlint-disable -->';

  it('a comment quoted in inline code is text: later findings stay', () => {
    const src = `# 说明\n\n屏蔽注释的写法是 \`${disable}\`，放在段落之前。\n\n${OVER}\n`;
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.document.directives).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
  });

  it('a comment in a fenced or indented code block is text', () => {
    for (const code of [`\`\`\`md\n${disable}\n\`\`\``, `~~~\n${disable}\n~~~`, `    ${disable}`]) {
      const src = `# 说明\n\n${code}\n\n${OVER}\n`;
      const r = lint(src, { rules: RULES, format: 'markdown' });
      expect(r.document.directives).toEqual([]);
      expect(r.findings.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    }
  });

  it('real comments still work: alone, inline in a paragraph, in a table cell, several in one HTML block', () => {
    const cases = [
      `${disable}\n\n${OVER}\n`,
      `前言 ${disable} 正文。\n\n${OVER}\n`,
      `| 说明 |\n|---|\n| ${disable} |\n\n${OVER}\n`,
      `<div>\n<!-- 说明 --><!-- budgetlint-disable sum-mismatch -->\n</div>\n\n${OVER}\n`,
    ];
    for (const src of cases) {
      const r = lint(src, { rules: RULES, format: 'markdown' });
      expect(r.document.directives).toHaveLength(1);
      expect(src.slice(r.document.directives[0].start, r.document.directives[0].end)).toMatch(/^<!-- budgetlint-disable[\s\S]*-->$/);
      expect(r.findings).toEqual([]);
      expect(r.suppressed.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    }
  });

  it('a megabyte of unclosed "<!-- budgetlint-" is read once: no directive, the text after it still linted', () => {
    const unit = '<!-- budgetlint-';
    const make = (n: number) => `${unit.repeat(n)}\n\n${OVER}\n`;
    const small = work(make(32_768));
    const big = work(make(65_536)); // 1 MiB of comment openers
    for (const w of [small, big]) {
      expect(w.doc.directives).toEqual([]);
      expect(w.doc.blocks.at(-1)!.text).toBe(OVER);
    }
    expect(big.parsed / small.parsed).toBeCloseTo(2, 1);
    expect(lint(make(65_536), { rules: RULES, format: 'markdown' }).findings.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
  });
});

describe('directives naming unknown rules', () => {
  it('warn always, at the comment, naming the rule (not only with --report-unused-disable-directives)', () => {
    const src = `<!-- budgetlint-disable-next-line sum-mismatch, sum-mismach -->\n${OVER}\n`;
    const r = lint(src, { rules: RULES, format: 'markdown' });
    const unknown = r.findings.filter((f) => f.ruleId === 'unknown-rule-in-directive');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'warning', line: 1, column: 1 });
    expect(unknown[0].message).toContain('sum-mismach');
    // The known rule in the same comment still silences its finding.
    expect(r.suppressed.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
  });

  it('a known rule that is turned off is not unknown', () => {
    const r = lint(`<!-- budgetlint-disable sum-mismatch -->\n\n${OVER}\n`, { rules: RULES, format: 'markdown' });
    expect(r.findings).toEqual([]);
  });
});

describe('long lists are parsed a bounded piece at a time', () => {
  /** Parses `source` with an empty cache view of the work: how many parser calls, and the largest input one got. */
  function parses(source: string) {
    const before = markdownWork.parses;
    markdownWork.largestParse = 0;
    const doc = parseMarkdown(source);
    return { doc, calls: markdownWork.parses - before, largest: markdownWork.largestParse };
  }

  it('2,000 items with sub-lists: no parser call gets more than ITEMS_PER_PARSE items, every item is read in order', () => {
    const make = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `- - ${tag}第${i + 1}项支出${i + 1}万元`).join('\n');
    const small = parses(make(1_000, '甲'));
    const big = parses(make(2_000, '乙'));
    for (const [w, n] of [[small, 1_000], [big, 2_000]] as const) {
      expect(w.doc.blocks).toHaveLength(n);
      expect(w.doc.blocks[n - 1].text).toMatch(new RegExp(`第${n}项支出${n}万元$`));
      expect(w.doc.blocks.every((b, i) => b.text.includes(`第${i + 1}项`))).toBe(true);
      // Each call's input is bounded, so the quadratic part of the parser never sees more than a piece.
      expect(w.largest).toBeLessThan(ITEMS_PER_PARSE * 40);
    }
    // Twice the items, twice the calls: the work is linear.
    expect(big.calls / small.calls).toBeCloseTo(2, 1);
  });

  it('an ordered list cut into pieces keeps each item\'s number, and a short list is parsed whole', () => {
    const src = Array.from({ length: 200 }, (_, i) => `${i + 1}. 第${i + 1}项\n   - 其中甲1万元`).join('\n');
    const { doc, calls } = parses(src);
    expect(calls).toBeGreaterThan(1);
    const items = doc.blocks.filter((b) => b.text.includes('项'));
    expect(items.map((b) => b.text)).toEqual(Array.from({ length: 200 }, (_, i) => `${i + 1}.第${i + 1}项`));
    const short = parses(Array.from({ length: 20 }, (_, i) => `- 第${i + 1}项`).join('\n') + '\n- 唯一');
    expect(short.calls).toBe(1);
  });
});

describe('wide tables', () => {
  it('a row of 2,000 cells keeps every cell range exact (lengths are summed, not re-joined per cell)', () => {
    const n = 2_000;
    const src = `|${Array.from({ length: n }, (_, i) => ` 项目${i} |`).join('')}\n|${'---|'.repeat(n)}\n|${Array.from({ length: n }, (_, i) => ` ${i}万元 |`).join('')}\n`;
    const rows = parseMarkdown(src).blocks.filter((b) => b.kind === 'table-row');
    expect(rows).toHaveLength(2);
    const body = rows[1];
    expect(body.cells).toHaveLength(n);
    body.cells!.forEach((c, i) => expect(body.text.slice(c.start, c.end)).toBe(`${i}万元`));
  });
});

describe('the Markdown parser is kept for what the lean reader cannot read', () => {
  const remarkWork = (source: string) => {
    const before = { ...markdownWork };
    const doc = parseMarkdown(source);
    return { doc, calls: markdownWork.remarkCalls - before.remarkCalls, bytes: markdownWork.remarkBytes - before.remarkBytes };
  };

  const shapes: Record<string, (n: number) => string> = {
    sections: (n) =>
      Array.from({ length: n }, (_, i) => `## ${i + 1}. 第${i}项说明\n\n${2020 + (i % 5)}年项目支出${i + 10}万元，\n比上年增加${i % 7}万元。\n\n- 基本支出${i}万元；\n- 项目支出10万元。\n`).join('\n'),
    'one paragraph': (n) => Array.from({ length: n }, (_, i) => `第${i}项支出${i}.5万元，比上年减少${i % 7}万元，下降${i % 30}.2%。`).join(''),
    'long table': (n) => ['单位：万元', '| 项目 | 合计 | 基本支出 |', '|---|---:|---:|', ...Array.from({ length: n }, (_, i) => `| 第${i}项 | ${i}.5 | ${i} |`)].join('\n'),
    'wide table': (n) => [0, 1, 2].map((r) => `| ${Array.from({ length: n }, (_, c) => (r === 1 ? '---' : `${c}.${r}`)).join(' | ')} |`).join('\n'),
  };

  it('reads prose, headings, simple lists and tables of plain cells, long or wide, without it', () => {
    for (const [name, make] of Object.entries(shapes)) {
      for (const n of [500, 2000]) {
        const { doc, calls } = remarkWork(make(n));
        expect(calls, name).toBe(0);
        expect(doc.blocks.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives it each row with inline markup alone, so its work follows those rows, not the table', () => {
    const table = (rows: number) =>
      [
        '| 项目 | 预算数 | 决算数 |',
        '|---|---:|---:|',
        ...Array.from({ length: rows }, (_, i) => (i % 100 === 99 ? `| **小计${i}** | ${i}.5 | ${i}.75 |` : `| 第${i}项支出 | ${i}.5 | ${i}.75 |`)),
        '',
      ].join('\n');
    const small = remarkWork(table(1000));
    const large = remarkWork(table(4000));
    expect(small.calls).toBe(10);
    expect(large.calls).toBe(40);
    // Each call reads the header, the delimiter row and one row: never the table.
    expect(large.bytes / large.calls).toBeLessThan(80);
    expect(large.doc.blocks.filter((b) => b.kind === 'table-row')).toHaveLength(4001);
    expect(large.doc.blocks[100].text).toBe('小计99\t99.5\t99.75');
  });
});
