import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';
import { parseChunkWithRemark } from './parse-markdown.ts';

// A budget draft's annex tables often name their unit once, in a note over all of them (说明：本附表金额单位均为万元), and
// each table then prints bare numbers. That note stands over every table after it, past prose and other tables, until a
// note of a table's own says otherwise. A 单位：万元 line over one table holds for that table only.
const table = (label: string, n: string) => `| 项目 | 2026年预算数 |\n|---|---:|\n| ${label} | ${n} |\n`;
const prose = '2026年市本级一般公共预算收入预算安排充分考虑了经济运行态势和减税降费政策的影响，收入预算比上年预计执行数略有增长，保持了收支平衡。\n';

const units = (source: string) =>
  parseDocument(source, 'markdown')
    .blocks.filter((b) => b.kind === 'table-row' && !b.table!.header)
    .map((b) => b.table!.unit);

describe('a note naming the unit of every table', () => {
  it('stands over the tables after it, past long prose and other tables', () => {
    const doc = ['# 某市2026年市本级预算草案附表', '说明：本附表金额单位均为万元；“预计执行数”为快报数。', table('税收收入', '190,200'), prose, table('非税收入', '66,800'), prose, table('罚没收入', '6,200')].join('\n');
    expect(units(doc)).toEqual(['万元', '万元', '万元']);
  });

  it('gives way to a table\'s own note, and comes back after that table', () => {
    const doc = ['以下各表金额单位为万元。', prose, '单位：元', '', table('公务接待费', '126,000.00'), prose, table('罚没收入', '6,200')].join('\n');
    expect(units(doc)).toEqual(['元', '万元']);
  });

  it('in a traditional copy too (本附表金額單位均為萬元 reads as 万元)', () => {
    const doc = ['说明：以下各表數據單位統一為萬元。', prose, table('稅收收入', '190,200')].join('\n');
    expect(units(doc)).toEqual(['万元']);
  });

  it('leaves a note over one table to that table: after long prose the next table has no unit', () => {
    const doc = ['单位：万元', '', table('税收收入', '190,200'), prose, table('非税收入', '66,800')].join('\n');
    expect(units(doc)).toEqual(['万元', undefined]);
  });

  it('reads alike through the full Markdown reader', () => {
    const chunk = parseChunkWithRemark(['本附表金额单位均为万元。', '', prose, table('税收收入', '190,200')].join('\n'), undefined);
    expect(chunk.blocks.filter((b) => b.kind === 'table-row' && !b.table!.header).map((b) => b.table!.unit)).toEqual(['万元']);
  });
});

describe('a note naming the unit of every table, in plain text', () => {
  it('stands over tables laid out with tabs or spaces after prose, as in Markdown', () => {
    const text = [
      '某市2026年市本级预算草案附表',
      '',
      '说明：本附表金额单位均为万元。',
      '',
      prose,
      '表1  一般公共预算收入预算表',
      '项目\t2025年预计执行数\t2026年预算数',
      '税收收入\t182,460\t190,200',
      '非税收入\t68,340\t66,800',
      '收入合计\t250,800\t257,000',
      '',
      prose,
      '表2  政府性基金预算收入预算表',
      '项目          2025年预计执行数    2026年预算数',
      '土地出让收入  96,400              88,000',
      '专项债务对应项目专项收入  3,600   4,000',
      '收入合计      100,000             92,000',
    ].join('\n');
    const rows = parseDocument(text, 'text').blocks.filter((b) => b.kind === 'table-row' && b.table && !b.table.header && /[0-9]/.test(b.text));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((b) => b.table!.unit))).toEqual(new Set(['万元']));
  });
});
